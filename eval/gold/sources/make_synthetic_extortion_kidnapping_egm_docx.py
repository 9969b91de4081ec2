"""Generate eval/gold/docs/synthetic-extortion-kidnapping-egm.docx and its expected units
eval/gold/expected/synthetic-extortion-kidnapping-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on extortion and
kidnapping for ransom by organized criminal groups in Central America and Mexico, held in
Tegucigalpa in preparation for the Fifteenth United Nations Congress on Crime Prevention and
Criminal Justice. It is not a United Nations document; the names of persons are invented, and
so are the figures.

Layout: a Word report drafted from the UN template (python-docx, helpers from _un_docx.py):

  * the synthetic-document line as the first body paragraph, then the masthead table in the
    body (United Nations | symbol; issuing office | "Distr.: General", date, "Original:
    Spanish" - the report is an English translation), a bold meeting line, the title and the
    place and dates;
  * a page header with the symbol and a footer with a PAGE field from page 2 on (the first
    page has its own, empty header and footer);
  * chapter and section headings ("I.<tab>...", "A.<tab>...") in the template's own paragraph
    styles "HChG" and "H1G" with an outline level, not in Word's Heading styles;
  * ALL paragraph numbers, letters and romans come from Word's automatic numbering
    (w:numPr -> numbering.xml: "1." level 0, "(a)" level 1 restarting after each paragraph,
    "(i)" level 2): none of them is in the text of the document;
  * officer lines ("Chair:<tab>...") and agenda lines ("1.<tab>...", typed) as un-numbered
    indented paragraphs after the paragraph that introduces them;
  * a body table in the UN style after paragraph 13, introduced by a bold title paragraph and
    followed by a "Source:" note in small type (italic "Source:" run): horizontal rules only,
    an italic header row repeated on each page, figures flush right, a bold "Total" row. The
    automatic numbering continues across the table (the next paragraph is 14);
  * Spanish and Portuguese terms in italic runs in the middle of sentences (cobro de piso,
    renta, sequestro relâmpago, gota a gota);
  * three real footnotes (footnotes.xml): two in numbered paragraphs and one in a lettered
    recommendation (45(a));
  * recommendations (a)-(k) with a nested (i)-(iii) under (c);
  * an annex after a page break ("Annex" / "List of documents"): a ruled two-column table.

Spanish, Portuguese, French, Italian, Turkish, Polish and Vietnamese names (Ávila Zúñiga,
Gonçalves, Lefèvre, Pirrò, Yıldırım, Wróblewski, Trần Thị Thu Hằng ...).

Deterministic output: fixed core properties and fixed ZIP timestamps.

Written, with its 48 gold cases (kr-) and 4 topics (krt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_extortion_kidnapping_egm_docx.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # leave no cache next to _un_docx.py

from _expected import expected_doc, numbered, unit, write_expected  # noqa: E402
from _un_docx import (  # noqa: E402
    add_footnotes_part,
    add_numbering_definition,
    base_styles,
    check_totals,
    core_properties,
    footnote_ref,
    footnote_settings,
    footnote_styles,
    grid_table,
    masthead,
    ruled_table,
    save_docx,
    set_num,
    symbol_header_page_footer,
    un_heading_styles,
)
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.shared import Pt, Twips  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DOC_ID = "synthetic-extortion-kidnapping-egm"
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.docx"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"
FIXED_TIME = (2025, 11, 4, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.40/2025/1"
ISSUE_DATE = "4 November 2025"
ISSUER = "United Nations Office on Drugs and Crime"
ORIGINAL = "Spanish"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = (
    "Report of the Expert Group Meeting on Extortion and Kidnapping for Ransom by Organized "
    "Criminal Groups in Central America and Mexico"
)
PLACE_DATES = "Tegucigalpa, 14\u201316 October 2025"

FOOTNOTES = {
    1: "GAFILAT is a regional body in the style of the Financial Action Task Force; it has "
    "eighteen member countries in Latin America and its secretariat is in Buenos Aires.",
    2: "United Nations Office on Drugs and Crime, Counter-Kidnapping Manual (Vienna, 2006).",
    3: "United Nations, Treaty Series, vol. 2225, No. 39574.",
}

TABLE_TITLE = "Kidnappings for ransom recorded by the police in selected countries, 2022\u20132024"
TABLE_ROWS = [
    ("Country", "2022", "2023", "2024"),
    ("Costa Rica", "14", "11", "9"),
    ("Guatemala", "47", "39", "52"),
    ("Honduras", "63", "58", "41"),
    ("Mexico", "512", "468", "431"),
    ("Panama", "22", "31", "27"),
    ("Total", "658", "607", "560"),
]
TABLE_SOURCE = (
    "Source: national submissions to the meeting (UNODC/CCPCJ/EG.40/2025/CRP.2); the figures "
    "do not include virtual kidnappings."
)

# Inline markup in texts:  *italic*  and  {n} = footnote reference n.
#
# Body, in document order:
#   ("h1", text) / ("h2", text)      chapter / section heading (not a unit)
#   ("p", text)                      automatically numbered paragraph
#   ("p", text, {"lines": [...]})    + un-numbered indented lines belonging to it
#   ("p", text, {"table": True})     + the body table (title, table, source note)
#   ("p", text, {"items": [...]})    + automatically lettered sub-items; an item is a str or
#                                      (str, [nested items, numbered (i), (ii) ...])
BODY: list[tuple] = [
    ("h1", "I.\tIntroduction"),
    (
        "p",
        "The Expert Group Meeting on Extortion and Kidnapping for Ransom by Organized Criminal "
        "Groups in Central America and Mexico was held in Tegucigalpa from 14 to 16 October "
        "2025, as part of the preparations for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice. It was convened by the United Nations Office on Drugs "
        "and Crime (UNODC) in cooperation with the Government of Honduras and the General "
        "Secretariat of the Central American Integration System (SICA), with financial support "
        "from the Governments of Canada and Spain.",
    ),
    (
        "p",
        "The purpose of the meeting was to review the forms that extortion and kidnapping for "
        "ransom had taken in the subregion, the ways in which criminal groups collected and "
        "laundered the proceeds of those crimes and the responses of States, and to formulate "
        "recommendations for consideration by the Fifteenth Congress. The meeting also "
        "considered the experience of countries outside the subregion that had significantly "
        "reduced kidnapping or extortion.",
    ),
    (
        "p",
        "The present report was prepared in Spanish, the working language of most participants, "
        "and translated into English. It summarizes the deliberations of the meeting and sets "
        "out the recommendations adopted at its final session.",
    ),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The meeting was opened by the Minister of Security of Honduras, who welcomed the "
        "experts to Tegucigalpa and said that extortion was the crime that Hondurans feared "
        "most, because it reached into every neighbourhood and every small business. He "
        "recalled that more than 1,500 bus and taxi drivers, conductors and fare collectors had "
        "been killed in the country over the past fifteen years, most of them for refusing or "
        "failing to pay the sums demanded by criminal groups.",
    ),
    (
        "p",
        "Thibault Lefèvre, representative of UNODC, delivered an opening statement on behalf of "
        "the Executive Director. He described extortion and kidnapping for ransom as \u201csilent "
        "crimes\u201d, since most victims paid and kept quiet, and observed that criminal groups "
        "that had once depended on drug trafficking now drew a steady income from extortion, "
        "which required little investment and carried a low risk of prosecution. He said that "
        "the conclusions of the meeting would be presented to the Fifteenth Congress as a "
        "contribution to its discussion of organized crime.",
    ),
    (
        "p",
        "The representative of the General Secretariat of SICA recalled that the Central "
        "American Security Strategy identified extortion as a regional priority, and announced "
        "that the ministers responsible for security in the SICA countries had agreed in 2024 "
        "to create a network of anti-extortion units to exchange information on the telephone "
        "numbers, bank accounts and persons linked to extortion cases.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The meeting was attended by thirty-four experts from 15 States, who participated in "
        "their personal capacity: Belize, Brazil, Colombia, Costa Rica, Dominican Republic, El "
        "Salvador, Guatemala, Honduras, Italy, Mexico, Nicaragua, Panama, Poland, T\u00fcrkiye "
        "and Viet Nam. The experts from Brazil, Colombia, Italy, Poland, T\u00fcrkiye and Viet Nam "
        "had been invited to share the experience of their countries. The experts included "
        "police investigators, prosecutors, judges, officials of financial intelligence units "
        "and prison administrations, and specialists in crisis negotiation.",
    ),
    (
        "p",
        "The following organizations were represented by observers: the International Criminal "
        "Police Organization (INTERPOL), the Organization of American States (OAS), the "
        "Financial Action Task Force of Latin America (GAFILAT){1} and the General Secretariat "
        "of SICA. The Chamber of Commerce and Industry of Tegucigalpa and two non-governmental "
        "organizations, Fundaci\u00f3n Caminos Seguros and the Red de Familias del Transporte, "
        "also attended as observers. The list of documents before the meeting is contained in "
        "the annex to the present report.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its opening session, on 14 October 2025, the meeting elected the following officers "
        "by acclamation:",
        {
            "lines": [
                "Chair:\tMariela \u00c1vila Z\u00fa\u00f1iga (Honduras)",
                "Vice-Chair:\tJoaqu\u00edn Pe\u00f1aloza Ib\u00e1\u00f1ez (Mexico)",
                "Rapporteur:\tAna L\u00facia Gon\u00e7alves Tavares (Brazil)",
            ]
        },
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "At the same session, the meeting adopted the following agenda:",
        {
            "lines": [
                "1.\tOpening of the meeting.",
                "2.\tElection of officers.",
                "3.\tAdoption of the agenda and organization of work.",
                "4.\tScale and trends of extortion and kidnapping for ransom in Central America "
                "and Mexico.",
                "5.\tExtortion of public transport, small businesses and communities.",
                "6.\tKidnapping for ransom, express kidnapping and virtual kidnapping.",
                "7.\tInvestigation, telecommunications and the proceeds of extortion.",
                "8.\tVictims, reporting and prevention.",
                "9.\tAdoption of the recommendations and of the report.",
                "10.\tClosure of the meeting.",
            ]
        },
    ),
    (
        "p",
        "The meeting had before it a background paper prepared by the Secretariat and national "
        "submissions received from eleven States. The meeting worked in plenary, with "
        "simultaneous interpretation between Spanish and English, and agreed to finalize its "
        "recommendations in a closed session on the afternoon of the last day.",
    ),
    ("h1", "III.\tSummary of deliberations"),
    ("h2", "A.\tScale and trends of extortion and kidnapping for ransom"),
    (
        "p",
        "The Secretariat presented its background paper, which estimated that complaints of "
        "extortion registered by the police in the countries of the subregion had risen by "
        "about forty per cent between 2020 and 2024, while homicides had fallen in most of "
        "them. The paper noted that extortion was among the most under-reported of all crimes: "
        "according to victimization surveys conducted in three countries, fewer than one in "
        "eight victims of extortion had gone to the police, and roughly a third of the "
        "businesses surveyed in the capital cities had received at least one extortion demand "
        "in the previous twelve months.",
    ),
    (
        "p",
        "The Secretariat observed that kidnapping for ransom in its traditional form, in which "
        "a wealthy victim was held for weeks or months, had declined in most countries of the "
        "subregion since 2010, and had been replaced by shorter and less visible forms: express "
        "kidnapping, virtual kidnapping and the kidnapping of migrants in transit. It presented "
        "the following figures on kidnappings for ransom recorded by the police in five "
        "countries:",
        {"table": True},
    ),
    (
        "p",
        "The Vice-Chair, speaking as the expert from Mexico, reported that the prosecution "
        "services of his country had opened some 11,000 investigations into extortion in 2024, "
        "the highest number on record, but that the national victimization survey indicated "
        "that about 97 per cent of extortion attempts were never reported. He described the "
        "practice known as *cobro de piso*, in which criminal groups charged shops, market "
        "stalls and tortilla makers a weekly fee for the right to operate, and said that in the "
        "west of the country growers of limes and avocados were forced to pay a fee for every "
        "box they shipped.",
    ),
    (
        "p",
        "The Chair, speaking as the expert from Honduras, said that extortion had spread from "
        "the capital to medium-sized towns and to rural areas, where criminal groups demanded "
        "payments from coffee growers at harvest time. She reported that some 300 teachers had "
        "asked to be transferred to other schools in 2024 after receiving threats, and that in "
        "some neighbourhoods families had abandoned their homes because they could not pay.",
    ),
    (
        "p",
        "Several experts observed that criminal groups had diversified from drug trafficking "
        "into extortion because it provided a regular and predictable income, and that in some "
        "areas they had come to act as a de facto authority, settling disputes and deciding who "
        "could open a business. Some experts cautioned that copycat extortion, committed by "
        "individuals or small groups who used the name of a known gang to frighten their "
        "victims, accounted for a large share of the demands received by telephone.",
    ),
    ("h2", "B.\tExtortion of public transport, small businesses and communities"),
    (
        "p",
        "H\u00e9ctor Iv\u00e1n Qui\u00f1\u00f3nez (Guatemala) said that the urban buses of "
        "Guatemala City had been the main target of extortion for two decades. Transport "
        "companies on many routes paid criminal groups a weekly fee for each bus, and drivers "
        "on routes whose owners refused to pay had been attacked and killed. In 2024, the "
        "operators of eleven routes had suspended service for several days after such attacks, "
        "leaving tens of thousands of passengers without transport. He reported that the "
        "introduction of an electronic fare card on the main routes had reduced the cash "
        "carried on buses and, with it, robberies of drivers, but had not ended the extortion "
        "of the companies themselves.",
    ),
    (
        "p",
        "Roc\u00edo Menj\u00edvar Ar\u00e9valo (El Salvador) described the extortion of market "
        "vendors, small shops and families that received remittances from relatives abroad, "
        "which criminal groups called *renta*. She said that children as young as twelve had "
        "been used to deliver threats and collect payments, because they attracted less "
        "attention and could not be prosecuted as adults. She reported that the number of "
        "extortion complaints in her country had fallen sharply since 2022, but stressed that "
        "reporting remained low in the communities that had been most affected, where "
        "residents still feared reprisals.",
    ),
    (
        "p",
        "The observer for the Chamber of Commerce and Industry of Tegucigalpa, \u00d3scar "
        "Ben\u00edtez Midence, presented the results of a survey of some 1,200 member "
        "businesses, which had found that two in five of them had paid extortion at some time "
        "and that a quarter of those that paid had later closed, moved or reduced their staff. "
        "He said that businesses passed the cost of extortion on in their prices, so that the "
        "whole population paid for it, and called for confidential channels through which "
        "business associations could report extortion on behalf of their members without "
        "revealing their identity.",
    ),
    (
        "p",
        "The observer for the Red de Familias del Transporte, Lourdes Maradiaga Ferrufino, said "
        "that the widows and children of drivers killed for not paying received no "
        "compensation and no psychological support, and that many of them had themselves been "
        "threatened when they sought justice. She called for the families of transport workers "
        "killed by criminal groups to be recognized as victims and given access to support and "
        "compensation.",
    ),
    (
        "p",
        "Several experts said that payments were increasingly demanded by bank transfer or "
        "through mobile wallets rather than collected in cash, since the collection of cash "
        "exposed the members of criminal groups to arrest. The accounts used were often opened "
        "in the names of persons paid a small fee for the use of their identity, or of persons "
        "who had been coerced into lending them. Demands were typically delivered through "
        "messaging applications, accompanied by photographs of the victim\u2019s house, car or "
        "children.",
    ),
    ("h2", "C.\tKidnapping for ransom, express kidnapping and virtual kidnapping"),
    (
        "p",
        "Jos\u00e9 Pablo Sol\u00eds Araya (Costa Rica) described virtual kidnapping, in which "
        "callers, often operating from prisons, told a family that a relative had been "
        "kidnapped and demanded an urgent payment, while the supposed victim was persuaded by a "
        "second call to switch off his or her telephone and hide in a hotel room. Offenders "
        "used information published on social media to make their story credible, and foreign "
        "tourists and students were frequent targets. The judicial investigation police of his "
        "country had received some 2,300 reports of such calls in 2024, and in about one case "
        "in six the family had paid before discovering that no one had been kidnapped.",
    ),
    (
        "p",
        "Mr. Sol\u00eds Araya added that virtual kidnapping was not defined as a crime in the "
        "legislation of several countries of the subregion, so that offenders were prosecuted "
        "for fraud or attempted fraud and received light sentences. He called for the offence "
        "of extortion to be defined broadly enough to include threats made at a distance "
        "concerning a person who was not in fact being held.",
    ),
    (
        "p",
        "The Vice-Chair described express kidnapping, in which victims were seized in the "
        "street or picked up by unregistered taxis and held for several hours while they were "
        "driven from one cash machine to another. He said that such kidnappings were "
        "concentrated in the largest cities and rose during the end-of-year holidays, and that "
        "the victims, who were usually released the same day, seldom reported the crime, which "
        "was therefore recorded as robbery, if at all.",
    ),
    (
        "p",
        "The Rapporteur, speaking as the expert from Brazil, said that in her country express "
        "kidnapping, known as *sequestro rel\u00e2mpago*, had changed with the spread of instant "
        "payments: offenders now forced victims to transfer money from their mobile telephones "
        "rather than withdraw cash. She reported that in 2021 the central bank had limited "
        "instant transfers made between 8 p.m. and 6 a.m. to 1,000 reais and had allowed "
        "customers to set lower limits, measures that had made such kidnappings less "
        "profitable.",
    ),
    (
        "p",
        "Yaneth Cede\u00f1o Batista (Panama) reported that migrants crossing the Dari\u00e9n "
        "region on their way north were frequently robbed, assaulted and held until their "
        "relatives abroad paid a ransom, typically between 500 and 3,000 United States dollars "
        "per person. She said that victims rarely reported these crimes because they wished to "
        "continue their journey and feared being detained or returned, and that the groups "
        "responsible handed migrants on to other groups along the route from one country to the "
        "next.",
    ),
    (
        "p",
        "The observer for Fundaci\u00f3n Caminos Seguros, Beatriz Olvera Santoyo, said that the "
        "shelters supported by her organization in southern and northern Mexico had recorded "
        "340 cases of migrants kidnapped for ransom in 2024, in which the kidnappers had "
        "obtained the telephone numbers of relatives in the United States and demanded payment "
        "by money transfer. She called on States to allow migrants who were victims of "
        "kidnapping to report the crime and to remain in the country while the case was "
        "investigated, and to train migration officials to identify such victims.",
    ),
    (
        "p",
        "Camilo Andr\u00e9s Nari\u00f1o Pe\u00f1a (Colombia) said that his country had recorded "
        "more than 3,000 kidnappings a year around 2000, and fewer than 200 a year a decade "
        "later. He attributed the decline to specialized units combining police and military "
        "personnel, known as the Unified Action Groups for Personal Liberty (GAULA), which dealt "
        "with both kidnapping and extortion; to a free national hotline; and to the support "
        "given to families by trained negotiators and psychologists from the first call. He "
        "cautioned that kidnapping had risen again in some rural areas in recent years, and "
        "that extortion had become the main source of income of the armed groups present there.",
    ),
    (
        "p",
        "Ay\u015fe G\u00fcl Y\u0131ld\u0131r\u0131m (T\u00fcrkiye) presented the crisis "
        "negotiation units of the national police of her country, which had trained some 240 "
        "negotiators since 2018 and deployed them in kidnappings, hostage situations and threats "
        "of suicide. She stressed that the first hours after a ransom demand were decisive, that "
        "families should be advised by a trained officer before they spoke to the kidnappers, "
        "and that the safe release of the victim had to take priority over the arrest of the "
        "offenders.",
    ),
    (
        "p",
        "Several experts discussed whether the payment of ransoms should be prohibited. Some "
        "considered that payment financed criminal groups and encouraged further kidnappings, "
        "while others warned that a prohibition would deter families from contacting the "
        "police. Mr. Nari\u00f1o Pe\u00f1a recalled that a law prohibiting the payment of "
        "ransoms had been declared unconstitutional in his country, and experts generally "
        "agreed that families should not be prosecuted for paying to save the life of a "
        "relative.",
    ),
    (
        "p",
        "The observer for INTERPOL described a coordinated operation against kidnapping and "
        "extortion conducted in 2024 in seven countries of Central America and in Mexico, which "
        "had led to more than 150 arrests and to the rescue of twenty-three kidnapping victims. "
        "He encouraged States to share through INTERPOL channels the telephone numbers and bank "
        "accounts used in extortion cases, since the same numbers often appeared in several "
        "countries.",
    ),
    ("h2", "D.\tInvestigation, telecommunications and the proceeds of extortion"),
    (
        "p",
        "The Chair, speaking as the expert from Honduras, described the national anti-extortion "
        "task force of her country, created in 2013, which brought together police "
        "investigators, prosecutors and intelligence analysts under one roof and received "
        "complaints through a free and confidential telephone line. She reported that the time "
        "from a complaint to the arrest of the suspects had fallen from about eighteen months "
        "to under four months since the task force had been given direct access to telephone "
        "and bank records under judicial authorization.",
    ),
    (
        "p",
        "Mr. Qui\u00f1\u00f3nez reported that a large share of the extortion calls in his "
        "country were made from prisons with smuggled mobile telephones, and that the devices "
        "installed to block mobile signals around the main prisons covered only part of the "
        "premises. He called for telecommunications companies to be required to block signals "
        "in and around prisons and to be held responsible if they failed to do so.",
    ),
    (
        "p",
        "Several experts said that extortion calls were mostly made with prepaid SIM cards "
        "bought without identification or registered with stolen identity documents, and that "
        "requests to telecommunications companies for subscriber information and call records "
        "often took weeks to be answered, by which time the numbers had been discarded.",
    ),
    (
        "p",
        "Pawe\u0142 Wr\u00f3blewski (Poland) described the work of the central cybercrime bureau "
        "of the police of his country in tracing payments demanded in virtual assets, including "
        "in cases in which offenders threatened to publish data stolen from companies. He said "
        "that virtual assets could be traced through public blockchains to the exchanges at "
        "which they were converted into cash, and that ransoms had been recovered in several "
        "cases in which exchanges had been asked to freeze the funds within hours.",
    ),
    (
        "p",
        "The observer for GAFILAT said that the proceeds of extortion were small in each payment "
        "but large in total, and that they were laundered through cash-intensive businesses, "
        "transport companies, used-car dealers and purchases of land. He noted that few "
        "countries of the subregion had conducted parallel financial investigations in "
        "extortion cases or confiscated the assets of those who led extortion networks, and "
        "called on financial intelligence units to develop indicators of the accounts used to "
        "receive extortion payments.",
    ),
    (
        "p",
        "Tr\u1ea7n Th\u1ecb Thu H\u1eb1ng (Viet Nam) described the extortion of borrowers by "
        "illegal moneylenders operating through mobile applications, which gave the lenders "
        "access to the contacts and photographs stored on the borrower\u2019s telephone. When a "
        "borrower fell behind, the lenders sent threatening messages and edited photographs to "
        "the borrower\u2019s family, friends and employer. She reported that the police of her "
        "country had shut down more than 90 such applications in 2024, and that similar "
        "applications had appeared in Latin America.",
    ),
    (
        "p",
        "Mr. Nari\u00f1o Pe\u00f1a said that *gota a gota* lenders, who lent small sums at very "
        "high daily interest and collected repayments through threats and violence, had spread "
        "from his country to several countries of Central America, and that their victims were "
        "mostly street vendors and small shopkeepers with no access to bank credit.",
    ),
    (
        "p",
        "Several experts noted that extortion networks frequently relied on the complicity of "
        "insiders: police officers who warned suspects of operations, prison staff who allowed "
        "telephones into prisons, and employees of banks and telecommunications companies who "
        "sold the data of customers. They called for regular vetting of the members of "
        "anti-extortion units and for the prosecution of the officials involved.",
    ),
    ("h2", "E.\tVictims, reporting and prevention"),
    (
        "p",
        "Carmela Pirr\u00f2 (Italy) described the solidarity fund established in her country in "
        "1999 to compensate entrepreneurs who had refused to pay extortion, reported it and "
        "suffered damage to their businesses as a result. She also described a movement started "
        "in Palermo in 2004, in which more than a thousand shops and businesses had declared "
        "publicly that they did not pay protection money and consumers were encouraged to buy "
        "from them. She said that what had changed in her country was that victims no longer "
        "had to face extortion alone.",
    ),
    (
        "p",
        "Ms. Menj\u00edvar Ar\u00e9valo said that the main reason why victims did not report "
        "extortion was the fear that the criminal group would learn of the complaint, and that "
        "in some cases information had been leaked from police stations. She described a pilot "
        "scheme in which complaints were received online and by telephone by a unit located "
        "away from local police stations, which had received twice as many complaints in its "
        "first year as the local stations in the same districts.",
    ),
    (
        "p",
        "A representative of the Secretariat recalled the Counter-Kidnapping Manual published "
        "by UNODC,{2} which set out good practices for the response to kidnapping, including the "
        "management of negotiations and the support of families. Several experts observed that "
        "the Manual predated express and virtual kidnapping and the use of virtual assets, and "
        "suggested that it be updated.",
    ),
    (
        "p",
        "Several experts stressed that victims of kidnapping and their families often suffered "
        "lasting psychological harm, and that former hostages and the children of murdered "
        "extortion victims needed specialized support long after the crime. Ms. "
        "Y\u0131ld\u0131r\u0131m said that in her country every released hostage was offered "
        "psychological support for at least six months.",
    ),
    (
        "p",
        "The experts from Guatemala and Honduras described municipal prevention programmes that "
        "combined street lighting, the recovery of public spaces and activities for young "
        "people at risk of recruitment, and said that such programmes worked best where they "
        "were designed with local businesses and residents. Several experts stressed the "
        "importance of public campaigns explaining how to respond to extortion calls, including "
        "by hanging up, giving no personal information and checking where relatives were "
        "before paying anything.",
    ),
    ("h1", "IV.\tRecommendations"),
    (
        "p",
        "The meeting adopted the following recommendations for consideration by the Fifteenth "
        "Congress. Member States, in particular the States of Central America and Mexico, "
        "should:",
        {
            "items": [
                "Ensure that their legislation defines extortion and kidnapping for ransom "
                "broadly enough to cover threats made by telephone or online and virtual "
                "kidnapping, and treat them as serious crimes within the meaning of the United "
                "Nations Convention against Transnational Organized Crime;{3}",
                "Establish or strengthen specialized units that bring together police "
                "investigators, prosecutors and analysts to deal with both kidnapping and "
                "extortion, and vet their members regularly;",
                (
                    "Make it safer for victims to report extortion, in particular by:",
                    [
                        "Providing free and confidential telephone lines and online channels "
                        "for complaints that are not handled by local police stations;",
                        "Allowing business and transport associations to report extortion on "
                        "behalf of their members without revealing their identity;",
                        "Protecting victims and witnesses who report, and their families, "
                        "against reprisals;",
                    ],
                ),
                "Require telecommunications companies to answer requests for subscriber "
                "information and call records promptly, and to block mobile signals in and "
                "around prisons;",
                "Conduct parallel financial investigations in cases of extortion and "
                "kidnapping, and require banks and providers of mobile wallets to detect and "
                "close accounts used to receive extortion payments;",
                "Consider limits on instant transfers at night and other measures that make "
                "express kidnapping less profitable;",
                "Provide the families of kidnapping victims with the support of trained "
                "negotiators and psychologists from the first contact with the kidnappers, and "
                "refrain from prosecuting families for paying a ransom to save the life of a "
                "relative;",
                "Allow migrants who are victims of kidnapping or extortion to report the crime "
                "and to remain in the country while it is investigated, and train migration "
                "officials to identify such victims;",
                "Recognize the families of transport workers killed by criminal groups as "
                "victims, with access to support and compensation;",
                "Consider establishing funds to compensate victims who refuse to pay extortion "
                "and report it, drawing on the experience of Italy;",
                "Conduct public awareness campaigns on how to respond to extortion calls and "
                "virtual kidnapping, including campaigns aimed at foreign tourists and "
                "students.",
            ]
        },
    ),
    (
        "p",
        "The meeting requested UNODC to:",
        {
            "items": [
                "Update the Counter-Kidnapping Manual to cover express kidnapping, virtual "
                "kidnapping and ransoms paid in virtual assets;",
                "Develop, with the States of the subregion, a training programme for crisis "
                "negotiators and for investigators of extortion;",
                "Support the network of anti-extortion units agreed upon by the ministers "
                "responsible for security in the SICA countries;",
                "Present the conclusions and recommendations of the meeting to the Fifteenth "
                "Congress.",
            ]
        },
    ),
    (
        "p",
        "The meeting invited INTERPOL and GAFILAT to develop, together with financial "
        "intelligence units, indicators for identifying the accounts and telephone numbers "
        "used in extortion, and to share them with the States of the subregion.",
    ),
    (
        "p",
        "The representative of the Secretariat said that the cost of the training programme "
        "would be estimated together with the States concerned and with donors, and that its "
        "first courses could be held in 2026 if funding was secured.",
    ),
    ("h1", "V.\tAdoption of the report and closure of the meeting"),
    (
        "p",
        "At its final session, on 16 October 2025, the meeting adopted the present report, "
        "including its recommendations, as orally amended. The Rapporteur was entrusted with "
        "the finalization of the report, in Spanish and English, in consultation with the "
        "Secretariat.",
    ),
    (
        "p",
        "Closing statements were made by the representative of UNODC, by the representative of "
        "the General Secretariat of SICA and by the observer for the Red de Familias del "
        "Transporte, who spoke on behalf of the non-governmental organizations that had "
        "attended the meeting.",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Honduras for its "
        "hospitality, the Governments of Canada and Spain for their financial support and the "
        "experts for their contributions, and dedicated the work of the meeting to the "
        "transport workers who had lost their lives. She declared the meeting closed on 16 "
        "October 2025 at 6 p.m.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Document symbol", "Title"),
    ("UNODC/CCPCJ/EG.40/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/CCPCJ/EG.40/2025/INF/1", "Information for participants"),
    (
        "UNODC/CCPCJ/EG.40/2025/CRP.1",
        "Background paper prepared by the Secretariat on extortion and kidnapping for ransom "
        "in Central America and Mexico",
    ),
    (
        "UNODC/CCPCJ/EG.40/2025/CRP.2",
        "Compilation of national submissions on extortion, kidnapping for ransom and virtual "
        "kidnapping",
    ),
    (
        "UNODC/CCPCJ/EG.40/2025/CRP.3",
        "Note by the Secretariat on the Counter-Kidnapping Manual",
    ),
]

# column widths of the body table, in twips
TABLE_WIDTHS = [Twips(2600), Twips(1300), Twips(1300), Twips(1300)]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMANS = ["i", "ii", "iii", "iv", "v", "vi"]
_TOKEN = re.compile(r"(\*[^*]+\*|\{\d+\})")


def plain(text: str) -> str:
    """The text as a reader sees it: no italics markup, no footnote marks, tabs as spaces."""
    text = re.sub(r"\*([^*]+)\*", r"\1", text)
    text = re.sub(r"\{\d+\}", "", text)
    return text.replace("\t", " ")


def _notes(text: str) -> list[str]:
    return [FOOTNOTES[int(m)] for m in re.findall(r"\{(\d+)\}", text)]


# --------------------------------------------------------------------------------------------
# expected units
# --------------------------------------------------------------------------------------------


def units() -> list[dict]:
    front = [
        DISCLAIMER,
        "United Nations",
        SYMBOL,
        ISSUER,
        "Distr.: General",
        ISSUE_DATE,
        f"Original: {ORIGINAL}",
        MEETING_LINE,
        TITLE,
        PLACE_DATES,
    ]
    out: list[dict] = [{"id": "front", "contains": front}]
    for item in numbered(BODY):
        if item[0] != "p":
            continue
        _, n, text, extra = item
        parts = [plain(text), *_notes(text)]
        parts += [plain(line) for line in extra.get("lines", [])]
        if extra.get("table"):
            parts += [TABLE_TITLE, *(" | ".join(r) for r in TABLE_ROWS), TABLE_SOURCE]
        out.append(unit(str(n), parts))
        for i, sub in enumerate(extra.get("items", [])):
            sub_text, nested = (sub, []) if isinstance(sub, str) else sub
            uid = f"{n}({LETTERS[i]})"
            out.append(unit(uid, [plain(sub_text), *_notes(sub_text)]))
            for j, nt in enumerate(nested):
                out.append(unit(f"{uid}({ROMANS[j]})", [plain(nt), *_notes(nt)]))
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(r) for r in ANNEX_TABLE)})
    return out


def units_doc() -> dict:
    return expected_doc(
        DOC_ID, f"eval/gold/docs/{DOC_ID}.docx", TITLE, SYMBOL, ISSUE_DATE, PLACE_DATES, units()
    )


# --------------------------------------------------------------------------------------------
# Word document
# --------------------------------------------------------------------------------------------


def _styles(doc) -> None:  # noqa: ANN001
    normal = base_styles(doc)
    un_heading_styles(doc, normal)
    footnote_styles(doc, normal, 8)


def _inline(paragraph, text: str) -> None:  # noqa: ANN001
    """Runs for the marked-up text: italic runs and footnote references."""
    for piece in _TOKEN.split(text):
        if not piece:
            continue
        if piece.startswith("*"):
            paragraph.add_run(piece[1:-1]).italic = True
        elif re.fullmatch(r"\{\d+\}", piece):
            footnote_ref(paragraph, int(piece[1:-1]))
        else:
            paragraph.add_run(piece)


def _numbered(doc, text: str, level: int):  # noqa: ANN001, ANN202
    p = doc.add_paragraph(style="SingleTxtG")
    set_num(p, level)
    _inline(p, text)
    return p


def _line(doc, text: str, *, last: bool) -> None:  # noqa: ANN001
    """An un-numbered indented line (officer or agenda line) with a tab stop."""
    p = doc.add_paragraph(style="SingleTxtG")
    pf = p.paragraph_format
    pf.left_indent = Twips(1701)
    pf.first_line_indent = Twips(0)
    pf.alignment = WD_ALIGN_PARAGRAPH.LEFT
    pf.space_after = Pt(6 if last else 0)
    agenda = text[:1].isdigit()
    pf.tab_stops.add_tab_stop(Twips(1701 + (567 if agenda else 1418)))
    p.add_run(text)


def build() -> Document:
    check_totals(TABLE_ROWS)
    doc = Document()
    _styles(doc)
    add_footnotes_part(doc, FOOTNOTES)
    footnote_settings(doc)
    add_numbering_definition(doc, "3E7A40C5")

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=FIXED_TIME,
        language="en",
    )
    symbol_header_page_footer(doc, SYMBOL)

    # disclaimer, masthead, meeting line, title, place and dates
    doc.add_paragraph(DISCLAIMER)
    masthead(doc, SYMBOL, ISSUER, 12, ISSUE_DATE, ORIGINAL)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(MEETING_LINE).bold = True
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(PLACE_DATES)

    for item in numbered(BODY):
        kind = item[0]
        if kind == "h1":
            doc.add_paragraph(item[1], style="HChG")
            continue
        if kind == "h2":
            doc.add_paragraph(item[1], style="H1G")
            continue
        _, _n, text, extra = item
        _numbered(doc, text, 0)
        lines = extra.get("lines", [])
        for k, line in enumerate(lines):
            _line(doc, line, last=k == len(lines) - 1)
        if extra.get("table"):
            ruled_table(doc, TABLE_TITLE, TABLE_ROWS, TABLE_SOURCE, TABLE_WIDTHS)
        for sub in extra.get("items", []):
            sub_text, nested = (sub, []) if isinstance(sub, str) else sub
            _numbered(doc, sub_text, 1)
            for nt in nested:
                _numbered(doc, nt, 2)

    # annex, after a page break
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(ANNEX_HEADING, style="HChG")
    doc.add_paragraph(ANNEX_SUBTITLE, style="H1G")
    grid_table(doc, ANNEX_TABLE, italic=True, centered=True)
    return doc


def main() -> None:
    save_docx(build(), OUT, FIXED_TIME)
    write_expected(UNITS_OUT, units_doc())
    n_units = len(units())
    n_paras = sum(1 for it in numbered(BODY) if it[0] == "p")
    print(f"wrote {OUT.name} and {UNITS_OUT.name}: {n_paras} paragraphs, {n_units} units")


if __name__ == "__main__":
    main()
