"""Generate eval/gold/docs/synthetic-illicit-tobacco-excise-egm.docx and its expected units
eval/gold/expected/synthetic-illicit-tobacco-excise-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on the illicit trade in
tobacco products and excise fraud, held in Riga in October 2025 in preparation for the
Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It is not a United
Nations document; the names of persons, the operations, the non-governmental organization and
the figures are invented.

Layout: a Word report drafted from the UN template (python-docx, helpers from _un_docx.py):

  * the synthetic-document line as the first body paragraph, then the masthead table
    (United Nations | symbol; issuing office | "Distr.: General", date, "Original: English"),
    a bold meeting line, the title and the place and dates;
  * a page header with the symbol and a footer with a PAGE field from page 2 on;
  * chapter and section headings "I.<tab>..." / "A.<tab>... (agenda item 4)" in the
    template's paragraph styles "HChG" and "H1G", not Word's Heading styles;
  * ALL paragraph numbers and letters come from Word's automatic numbering (w:numPr): none of
    them is in the text of the document;
  * officer and agenda lines as un-numbered indented paragraphs after the paragraph that
    introduces them;
  * two real footnotes (footnotes.xml), in paragraphs 2 and 6.

New to the test set:

  * a MULTI-PARAGRAPH QUOTATION: paragraph 5 ends with a colon and is followed by two
    un-numbered paragraphs, indented on both sides, quoting a message; as in UN editorial
    style, each quoted paragraph opens with a quotation mark and only the last one closes it.
    Both belong to paragraph 5 (strings of its "contains"); the next numbered paragraph is 6;
  * a numbered paragraph whose lettered sub-items are followed by an UN-NUMBERED CLOSING
    SENTENCE: paragraph 35 introduces (a)-(d) with a colon, and after (d) comes a paragraph
    in the body style without a number or letter ("The meeting stressed that such measures
    ..."). The closing sentence belongs to paragraph 35, not to 35(d): unit "35" contains the
    lead-in and the closing sentence, although 35(a)-(d) stand between them in the file.

Also an annex after a page break ("Annex" and a subtitle with the unit of measure, both
headings) with a grid table of cigarette seizures by State and year (unit "annex.1").

Latvian, Lithuanian, Polish, Romanian, Hungarian, Turkish, Spanish, Vietnamese, Icelandic,
Norwegian and Finnish/Swedish names with their letters (Bērziņš, Kalniņa-Ozoliņa,
Vaitkevičiūtė, Łukaszewicz, Țăranu-Popescu, Szőke, Karaağaç, Muñoz Cárdenas, Lê Thị Thanh
Huyền, Sæmundsdóttir, Bjørnstad, Lindqvist-Häkkinen ...). Figures in digits and in words
(112 million, 1.9 million packs, 2,387 of 9,140, 1,430, 34 per cent, 4.3 million euros; some
three hundred, about a third, two thirds, one in four, fourteen, eighteen months, some seven
billion rand). Near misses on purpose: a share of illicit cigarettes for one year only,
States and organizations that spoke without their statements being summarized (France,
Spain, Türkiye, Egypt, Europol), States that attended without speaking (Kenya, Morocco ...),
funding without an amount, a follow-up meeting with no date or venue. The document avoids the everyday words "fake", "black market", "duty-free", "vape",
"drone" and "shisha"/"hookah", so that questions using them test paraphrase.

Deterministic output: fixed core properties and fixed ZIP timestamps.

Written, with its 34 gold cases (tb-) and 3 topics (tbt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_illicit_tobacco_excise_egm_docx.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no cache next to _un_docx.py
sys.path.insert(0, str(HERE))
from _expected import expected_doc, numbered, unit, write_expected  # noqa: E402
from _un_docx import (  # noqa: E402
    add_footnotes_part,
    add_numbering_definition,
    base_styles,
    core_properties,
    footnote_ref,
    footnote_settings,
    footnote_styles,
    grid_table,
    masthead,
    save_docx,
    set_num,
    symbol_header_page_footer,
    un_heading_styles,
)
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.shared import Pt, Twips  # noqa: E402

DOC_ID = "synthetic-illicit-tobacco-excise-egm"
OUT = HERE.parents[2] / "eval" / "gold" / "docs" / f"{DOC_ID}.docx"
UNITS_OUT = HERE.parents[2] / "eval" / "gold" / "expected" / f"{DOC_ID}.json"
FIXED_TIME = (2025, 10, 27, 9, 0, 0)
NUMBERING_ID = "5E2B9A47"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.88/2025/1"
ISSUE_DATE = "27 October 2025"
ISSUER = "United Nations Office on Drugs and Crime"
ORIGINAL = "English"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = (
    "Report of the Expert Group Meeting on the Illicit Trade in Tobacco Products and Excise Fraud"
)
PLACE_DATES = "Riga, 7\u20139 October 2025"

AP = "\u2019"  # typographic apostrophe
LQ, RQ = "\u201c", "\u201d"  # typographic double quotation marks

FOOTNOTES = {
    1: "Adopted by the Conference of the Parties to the WHO Framework Convention on Tobacco "
    "Control at its fifth session, held in Seoul in November 2012; the Protocol entered into "
    "force on 25 September 2018.",
    2: "Protocol to Eliminate Illicit Trade in Tobacco Products, art. 8, para. 12.",
}

# BODY items (numbered by _expected.numbered, as Word's automatic numbering counts them):
#   ("h1", text) / ("h2", text)      chapter / section heading (not a unit)
#   ("p", text[, extra])             automatically numbered paragraph; extra may hold
#       "lines":   un-numbered indented officer or agenda lines belonging to it
#       "quote":   un-numbered quoted paragraphs belonging to it (indented both sides)
#       "items":   automatically lettered sub-items (a), (b) ...
#       "closing": an un-numbered paragraph after the sub-items, belonging to the paragraph
# A footnote reference is written "{n}" right after the word or punctuation that carries it.
BODY: list[tuple] = [
    ("h1", "I.\tIntroduction"),
    (
        "p",
        "The Expert Group Meeting on the Illicit Trade in Tobacco Products and Excise Fraud was "
        "held in Riga from 7 to 9 October 2025. It was organized by the United Nations Office "
        "on Drugs and Crime (UNODC) in cooperation with the Convention Secretariat of the World "
        "Health Organization Framework Convention on Tobacco Control (WHO FCTC), and was hosted "
        "by the Government of Latvia at the premises of the Ministry of Finance. The meeting "
        "was made possible by a financial contribution from the European Union. Interpretation "
        "was provided in English, French and Russian.",
    ),
    (
        "p",
        "The meeting was convened as part of the preparations for the Fifteenth United Nations "
        "Congress on Crime Prevention and Criminal Justice, to examine the scale and patterns "
        "of the illicit trade in tobacco products, the fraud committed against excise and "
        "customs revenue, the involvement of organized criminal groups and the responses of "
        "criminal justice systems. Participants were also invited to consider how the Protocol "
        "to Eliminate Illicit Trade in Tobacco Products{1} and the United Nations Convention "
        "against Transnational Organized Crime (the Organized Crime Convention) could be applied "
        "together in investigations and prosecutions.",
    ),
    (
        "p",
        "The present report summarizes the deliberations of the meeting and sets out the "
        "conclusions and recommendations it adopted. Figures on the seizures of cigarettes "
        "submitted by selected participating States are reproduced in the annex.",
    ),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The meeting was opened by Ilze Kalniņa-Ozoliņa, State Secretary of the Ministry of "
        "Finance of Latvia, who welcomed participants to Riga. She stated that, according to a "
        "study commissioned by the Ministry, about a quarter of the cigarettes consumed in "
        f"Latvia in 2024 had not been taxed in the country, and that the State{AP}s loss of "
        "excise revenue was close to what it spent each year on the treatment of cancer. She "
        "described how the methods of the smugglers had changed: in addition to cigarettes "
        "concealed in freight trains and lorries, border guards had intercepted some three "
        "hundred balloons and unmanned aerial vehicles carrying cigarettes across the external "
        "border of the European Union in 2024, most of them at night.",
    ),
    (
        "p",
        "Tomás Echeverría Ibáñez, Director of the Division for Operations of UNODC, read out a "
        "message from the Executive Director, in which she stated:",
        {
            "quote": [
                f"{LQ}The illicit trade in tobacco is too often dismissed as a minor offence, a "
                "matter of unpaid taxes. It is nothing of the kind. It deprives States of the "
                "revenue they need for health care and education, it puts cheap and unregulated "
                "products within the reach of children, and it generates profits that organized "
                "criminal groups use to corrupt officials and to finance other forms of crime.",
                f"{LQ}The Fifteenth Congress offers an opportunity to place this trade where it "
                "belongs: among the serious crimes that call for coordinated investigation, "
                "financial intelligence and international cooperation, and not among the "
                f"customs offences that are settled with a fine.{RQ}",
            ]
        },
    ),
    (
        "p",
        "Ingibjörg Sæmundsdóttir, speaking on behalf of the Convention Secretariat of the WHO "
        "FCTC, recalled that the Protocol required each Party to establish a tracking and "
        "tracing system for cigarettes within five years of its entry into force, and for all "
        "other tobacco products within ten years, as part of a global tracking and tracing "
        "regime. The deadline for cigarettes had passed in September 2023, but fewer than half "
        "of the Parties had reported having such a system in place. She emphasized that the "
        "obligations of Parties concerning tracking and tracing could not be performed by or "
        "delegated to the tobacco industry.{2}",
    ),
    ("h2", "B.\tElection of officers"),
    (
        "p",
        "At its opening session, on 7 October 2025, the meeting elected the following officers "
        "by acclamation:",
        {
            "lines": [
                "Chair:\tGintarė Vaitkevičiūtė (Lithuania)",
                "Vice-Chair:\tJuan Pablo Muñoz Cárdenas (Colombia)",
                "Vice-Chair:\tLê Thị Thanh Huyền (Viet Nam)",
                "Rapporteur:\tZeynep Gökçe Karaağaç (Türkiye)",
            ]
        },
    ),
    ("h2", "C.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its opening session, the meeting adopted the following agenda:",
        {
            "lines": [
                "1.\tOpening of the meeting.",
                "2.\tElection of officers.",
                "3.\tAdoption of the agenda and organization of work.",
                "4.\tScale, patterns and modus operandi of the illicit trade in tobacco products.",
                "5.\tExcise fraud, tax stamps and tracking and tracing systems.",
                "6.\tInvestigation, prosecution and international cooperation.",
                "7.\tConclusions and recommendations.",
                "8.\tAdoption of the report and closure of the meeting.",
            ]
        },
    ),
    (
        "p",
        "The meeting had before it a background paper prepared by the Secretariat "
        "(UNODC/CCPCJ/EG.88/2025/CRP.1) and a compilation of the replies to a questionnaire on "
        "national legislation and enforcement practice, to which 23 States had replied. On the "
        "afternoon of 8 October 2025, participants visited a customs post at a railway border "
        "crossing, where they were shown how freight wagons were screened with a mobile X-ray "
        "scanner and how the customs dog unit searched loads of timber and fertilizer.",
    ),
    ("h2", "D.\tAttendance"),
    (
        "p",
        "The meeting was attended by experts from the following twenty-two States: Brazil, "
        "Colombia, Egypt, France, Germany, Ghana, Hungary, Indonesia, Kenya, Latvia, "
        "Lithuania, Morocco, Norway, Philippines, Poland, Romania, South Africa, Spain, "
        "Türkiye, United Arab Emirates, United Kingdom of Great Britain and Northern Ireland "
        "and Viet Nam. The Convention Secretariat of the WHO FCTC, the World Customs "
        "Organization (WCO), the International Criminal Police Organization (INTERPOL), the "
        "European Union Agency for Law Enforcement Cooperation (Europol) and the European "
        "Anti-Fraud Office (OLAF) were represented by observers. The Tax Justice for Health "
        "Network, a non-governmental organization, also attended as an observer. In total, "
        "fifty-eight participants attended the meeting, 26 of them women. In keeping with "
        "article 5, paragraph 3, of the WHO FCTC, no representatives of the tobacco industry "
        "were invited.",
    ),
    ("h1", "III.\tSummary of deliberations"),
    (
        "h2",
        "A.\tScale, patterns and modus operandi of the illicit trade in tobacco products "
        "(agenda item 4)",
    ),
    (
        "p",
        "A representative of the Secretariat introduced the agenda item. She described the "
        "main forms of the illicit trade: the smuggling of genuine products on which taxes had "
        "not been paid; counterfeit cigarettes bearing the trademarks of established brands; "
        f"so-called {LQ}illicit whites{RQ}, brands manufactured legally in one country, often "
        "in a free trade zone, but intended mainly for smuggling into countries where they had "
        "no legal market; and cigarettes produced in clandestine factories inside the country "
        "of consumption. According to the background paper, illicit products accounted for "
        "about one in ten cigarettes consumed worldwide, and Governments lost an estimated 40 "
        "to 50 billion United States dollars in tax revenue each year. Because taxes often "
        "made up more than half of the retail price of a pack, a single lorry load of some ten "
        "million cigarettes could earn a criminal group more than one million euros, while in "
        "many States the penalties were no higher than those for an ordinary customs offence.",
    ),
    (
        "p",
        "Statements were made by the experts from Colombia, France, Latvia, Poland, Spain and "
        "Viet Nam. Statements were also made by the observers for OLAF and WCO.",
    ),
    (
        "p",
        "The observer for OLAF reported that, in 2024, operations coordinated by the Office "
        "with the customs and police authorities of member States of the European Union and of "
        "third countries had led to the seizure of 531 million cigarettes and to the "
        "dismantling of eighteen illegal factories inside the European Union. She noted a "
        "shift from the smuggling of finished cigarettes towards production close to the "
        "markets where they were sold: raw and cut tobacco was shipped in containers declared "
        "as other goods, such as tea or animal feed, and processed in factories set up in farm "
        "buildings and industrial warehouses.",
    ),
    (
        "p",
        "Przemysław Łukaszewicz, the expert from Poland, said that the National Revenue "
        "Administration and the police had dismantled fourteen illegal cigarette factories in "
        "2024, some of which could produce more than a million cigarettes a day. The machines "
        "were usually bought second-hand from legitimate manufacturers and reassembled by "
        "technicians brought from abroad. Mr. Łukaszewicz drew attention to the situation of "
        "the workers found in those factories: about a third of them were foreign nationals "
        "who had been recruited with promises of jobs in construction, locked in the premises "
        "with their passports taken away, and made to work and sleep beside the machines. He "
        "said that Polish prosecutors now investigated such cases as possible trafficking in "
        "persons for forced labour.",
    ),
    (
        "p",
        "Jānis Bērziņš, the expert from Latvia, said that most of the illicit cigarettes "
        "reaching his country arrived by rail, concealed in consignments of timber, peat and "
        "fertilizer or in compartments built into the wagons, and that the State Revenue "
        "Service had seized 112 million cigarettes in 2024. Mr. Bērziņš explained that the "
        "balloons and unmanned aerial vehicles now used by smugglers were guided by satellite "
        "navigation and could carry loads of up to ten kilograms, and that the border "
        "authorities had begun to deploy detection systems originally designed for the "
        "protection of airports.",
    ),
    (
        "p",
        "Lê Thị Thanh Huyền, the expert from Viet Nam, reported that the market management "
        "forces and the customs service had seized nearly 1.9 million packs of smuggled "
        "cigarettes in 2024, most of them along the south-western land border and in the "
        "provinces of the Mekong Delta. The cigarettes were carried across the border by "
        "porters on motorbikes or in small boats, in loads of a few hundred packs, and "
        "gathered in warehouses before being distributed to retail outlets. Most of them were "
        "foreign brands that had never been authorized for sale in Viet Nam and carried health "
        "warnings in other languages.",
    ),
    (
        "p",
        "Juan Pablo Muñoz Cárdenas, speaking as the expert from Colombia, said that a survey "
        "of discarded packs carried out in 2023 had found that illicit products accounted for "
        "34 per cent of the cigarettes consumed in his country, most of them illicit whites "
        "that entered through free trade zones in the region and along the Caribbean coast. "
        "He stressed that the groups involved were the same groups that trafficked cocaine and "
        "smuggled fuel, and that the trade in cigarettes served them to launder the proceeds "
        "of drug trafficking, since cigarettes bought with cash could be resold through "
        "legitimate shops.",
    ),
    (
        "h2",
        "B.\tExcise fraud, tax stamps and tracking and tracing systems (agenda item 5)",
    ),
    (
        "p",
        "Introducing the agenda item, a representative of the Secretariat described the main "
        "schemes of excise fraud: the under-declaration of production by licensed "
        "manufacturers; the diversion of goods declared in transit or for export, which "
        "disappeared on the domestic market; the abuse of excise warehouses and of other "
        "arrangements for the suspension of duties; the sale to ordinary consumers of products "
        "intended for tax-free shops at airports and borders; and the use of forged or reused "
        "tax stamps. She noted that tax stamps were effective only when their security "
        "features were checked in the market and when the number of stamps issued to each "
        "manufacturer was reconciled with its declared production.",
    ),
    (
        "p",
        "Statements were made by the experts from Ghana, Hungary, the Philippines, South "
        "Africa and Türkiye, and by the observer for WCO.",
    ),
    (
        "p",
        "Kwabena Owusu-Ansah, the expert from Ghana, described how cigarettes declared in "
        "transit to landlocked neighbouring countries had been unloaded on the way and sold on "
        "the domestic market, while the transit documents were stamped by corrupt officials at "
        "the border. Since electronic cargo tracking seals had been made compulsory in 2023 for "
        "all transit containers carrying tobacco products, the number of transit consignments "
        "that failed to reach their declared destination had fallen by half. He cautioned, "
        "however, that the seals did not prevent the false declaration of the contents of a "
        "container at the point of loading.",
    ),
    (
        "p",
        "María Teresa Dela Cruz-Santiago, the expert from the Philippines, said that in 2024 "
        "the Bureau of Internal Revenue had found cigarettes bearing counterfeit tax stamps in "
        "2,387 of the 9,140 retail outlets it had inspected, or about one in four, and that "
        "investigators had traced the stamps to a printing shop that also produced counterfeit "
        "labels for alcoholic beverages. She added that, in 2025, two excise officers and the "
        "owner of a cigarette factory had been convicted of bribery in connection with the "
        "under-declaration of the factory\u2019s production, and that the court had ordered the "
        "confiscation of its machines.",
    ),
    (
        "p",
        "Thandiwe Mokoena, the expert from South Africa, recalled that the sale of tobacco "
        "products had been prohibited in her country for almost five months in 2020, during "
        "the lockdown imposed in response to the COVID-19 pandemic. The illicit market had "
        "expanded rapidly during that period and had not returned to its earlier size after "
        "the prohibition was lifted; the South African Revenue Service estimated that it had "
        "lost some seven billion rand in excise revenue in 2020 alone. Ms. Mokoena explained "
        "that the Service had since required manufacturers to install certified production "
        "counters on every cigarette-making machine and to transmit their readings "
        "electronically, so that declared production could be compared with the actual output "
        "of the machines.",
    ),
    (
        "p",
        "Ádám Szőke, the expert from Hungary, said that the fastest-growing part of the "
        "illicit market in his country was the online sale of waterpipe tobacco, heated "
        "tobacco products and liquids for electronic nicotine delivery systems, offered "
        "through messaging applications and social media groups and delivered by courier, "
        "without excise stamps and often without health warnings. In 2024, the National Tax "
        "and Customs Administration had reported 1,430 such offers to the platforms concerned, "
        "of which about two thirds had been removed within a week. Mr. Szőke noted that many "
        "of the buyers were minors.",
    ),
    (
        "p",
        "The observer for WCO said that free trade zones were used at several stages of the "
        "illicit trade: for the manufacture of illicit whites, for the relabelling and "
        "repacking of goods and for changing the declared origin of consignments. She "
        "encouraged States to apply customs controls inside free trade zones and to subject "
        "goods leaving them to the same risk assessment as other imports.",
    ),
    (
        "p",
        "In the discussion that followed, several experts stressed that tracking and tracing "
        "systems and tax stamp systems had to remain under the control of the State and be "
        "independent of the tobacco industry. Others noted that small retailers in rural areas "
        "could not afford the equipment needed to scan the unique identifiers printed on "
        "packs, and suggested that inspectors should carry the scanners instead.",
    ),
    (
        "h2",
        "C.\tInvestigation, prosecution and international cooperation (agenda item 6)",
    ),
    (
        "p",
        "A representative of the Secretariat recalled that the Organized Crime Convention "
        "applied to the illicit trade in tobacco products where the offences were serious "
        "crimes, that is, punishable by a maximum deprivation of liberty of at least four "
        "years. According to the replies to the questionnaire, the maximum penalty for "
        "smuggling tobacco products was below that threshold in nine of the 23 States that had "
        "replied, which limited the use of special investigative techniques and of mutual "
        "legal assistance.",
    ),
    (
        "p",
        "Statements were made by the experts from Egypt, Norway and Romania, and by the "
        "observers for INTERPOL, Europol and the Tax Justice for Health Network.",
    ),
    (
        "p",
        "Øystein Bjørnstad, the expert from Norway, described an investigation in which the "
        "Norwegian Customs Service, working through Europol with the authorities of the Baltic "
        "States, had traced lorries carrying cigarettes hidden behind loads of frozen fish "
        "across several borders. The driver arrested in Norway in 2023 had been sentenced to "
        "eighteen months of imprisonment, but the organizers had been identified only later, "
        "through a financial investigation that followed the payments made for the transport. "
        "Mr. Bjørnstad said that the case showed the value of treating each seizure as the "
        "starting point of a financial investigation rather than as the end of the case.",
    ),
    (
        "p",
        "Mihaela Țăranu-Popescu, the expert from Romania, presented the work of a joint "
        "investigation team set up in 2023 by prosecutors from Romania and the Republic of "
        "Moldova against a network that had smuggled cigarettes in boats across the Prut "
        "river and laundered the proceeds through currency exchange offices and the purchase "
        "of real estate. The investigation had led to the conviction of 23 persons and to the "
        "confiscation of assets worth 4.3 million euros. Ms. Țăranu-Popescu noted that the "
        "joint investigation team had received funding from Eurojust and that evidence had "
        "been exchanged between the two countries within days rather than months.",
    ),
    (
        "p",
        "The observer for INTERPOL reported on Operation Ember Gate, carried out in 2024 in "
        "twenty-seven countries of Africa, Europe and the Middle East, which had resulted in "
        "the seizure of more than 200 million cigarettes and 96 tonnes of raw tobacco and in "
        "the arrest of 312 persons. He highlighted the growing involvement of the groups "
        "engaged in the illicit tobacco trade in other crimes, including trafficking in "
        "firearms and trafficking in persons.",
    ),
    (
        "p",
        "Sanna Lindqvist-Häkkinen, speaking for the Tax Justice for Health Network, said that "
        "the argument that tax increases inevitably fuelled the illicit trade was not "
        "supported by the evidence: the size of the illicit market depended more on the "
        "strength of tax administration and border control and on the level of corruption "
        "than on the level of taxation. She urged States to dedicate part of the revenue "
        "recovered through the fight against the illicit trade to tobacco control and health "
        "programmes.",
    ),
    (
        "p",
        "Several experts highlighted the importance of information provided by insiders and "
        "by members of the public. The Chair, speaking in her capacity as the expert from "
        "Lithuania, described a scheme under which persons whose information led to a seizure "
        "of illicit tobacco products received a reward of up to ten per cent of the value of "
        "the goods seized; the scheme had generated some 1,100 reports in 2024.",
    ),
    ("h1", "IV.\tConclusions and recommendations"),
    (
        "p",
        "The meeting concluded that the illicit trade in tobacco products was a form of "
        "organized crime that caused serious harm to public health and public revenue, that it "
        "was linked to corruption, money-laundering, trafficking in persons and other serious "
        "crimes, and that it called for a criminal justice response going beyond customs "
        "penalties.",
    ),
    (
        "p",
        "The meeting adopted the following recommendations for consideration by the Fifteenth "
        "Congress. States should:",
        {
            "items": [
                "Consider ratifying or acceding to the Protocol to Eliminate Illicit Trade in "
                "Tobacco Products, and implement it together with the Organized Crime "
                "Convention;",
                "Ensure that the most serious forms of the illicit trade in tobacco products, "
                "in particular when committed by organized criminal groups, are punishable by "
                "a maximum penalty of at least four years of imprisonment, so that they are "
                "serious crimes within the meaning of the Organized Crime Convention;",
                "Conduct parallel financial investigations in cases of large-scale smuggling "
                "and illicit manufacture, and make full use of the confiscation of proceeds "
                "and instrumentalities of crime, including the machinery of illegal "
                "factories;",
                "Screen workers found in illegal factories for indicators of trafficking in "
                "persons, and ensure that victims are not punished for offences they were "
                "compelled to commit;",
                "Subject free trade zones to effective customs control and share information "
                "on the tobacco products manufactured in them or passing through them;",
                "Require online platforms and courier services to remove offers of tobacco "
                "and nicotine products sold without tax stamps and to cooperate with tax and "
                "customs authorities;",
                "Strengthen the protection of persons who report the illicit trade, including "
                "employees of manufacturers and of transport companies.",
            ]
        },
    ),
    (
        "p",
        "With regard to excise administration, the meeting recommended that States consider:",
        {
            "items": [
                "Establishing tracking and tracing systems for tobacco products, in line with "
                "article 8 of the Protocol, that are controlled by the State and independent "
                "of the tobacco industry;",
                "Introducing tax stamps with modern security features, and reconciling the "
                "number of stamps issued to each manufacturer with its declared production;",
                "Requiring certified production counters on all cigarette-making machines;",
                "Licensing the manufacture, import, export and wholesale distribution of "
                "tobacco products and of the machinery used to produce them.",
            ],
            "closing": "The meeting stressed that such measures should be designed so as not "
            "to impose a disproportionate burden on small retailers, and that their cost "
            "should be borne by manufacturers and importers rather than by public budgets.",
        },
    ),
    (
        "p",
        "The meeting requested UNODC, in cooperation with the Convention Secretariat of the "
        "WHO FCTC and WCO and subject to the availability of extrabudgetary resources:",
        {
            "items": [
                "To develop a training module for investigators, prosecutors and judges on the "
                "illicit trade in tobacco products and related financial crime;",
                "To assist States, upon request, in reviewing their legislation and penalties;",
                "To compile good practices in the investigation of illegal factories, "
                "including the identification of victims of trafficking in persons among "
                "their workers.",
            ]
        },
    ),
    (
        "p",
        "The meeting recommended that a follow-up meeting of practitioners be convened in 2026 "
        "to review progress in the implementation of the present recommendations, at a date "
        "and venue to be determined.",
    ),
    ("h1", "V.\tAdoption of the report and closure of the meeting"),
    (
        "p",
        "At its final session, on 9 October 2025, the meeting adopted the present report on "
        "the basis of a draft introduced by the Rapporteur, on the understanding that the "
        "Secretariat would finalize it in consultation with the officers.",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Latvia for hosting the "
        "meeting and the European Union for its financial support. She observed that the "
        "discussions had shown that the illicit trade in tobacco products was not a victimless "
        "offence against the treasury but a source of profit for organized crime, and declared "
        "the meeting closed at 4.30 p.m. on 9 October 2025.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = (
    "Seizures of cigarettes reported by selected participating States, 2022\u20132024 "
    "(millions of pieces)"
)
ANNEX_TABLE = [
    ("State", "2022", "2023", "2024"),
    ("Latvia", "98.4", "104.7", "112.0"),
    ("Lithuania", "47.9", "55.2", "61.3"),
    ("Norway", "9.6", "11.8", "14.1"),
    ("Poland", "402.5", "468.0", "515.7"),
    ("Romania", "156.3", "171.9", "149.2"),
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MARK = re.compile(r"\{(\d+)\}")


def plain(text: str) -> str:
    """The text as a reader sees it: no footnote marks, a tab as a space."""
    return re.sub(" +", " ", _MARK.sub("", text).replace("\t", " ")).strip()


def notes(text: str) -> list[str]:
    return [FOOTNOTES[int(m)] for m in _MARK.findall(text)]


# --------------------------------------------------------------------------------------------
# expected units, written from the same data as the document
# --------------------------------------------------------------------------------------------


def units() -> list[dict]:
    """The expected units in document order. A paragraph's officer or agenda lines, quoted
    paragraphs, footnote texts and closing sentence are further strings of its "contains";
    its lettered sub-items are units of their own; the annex table is "annex.1"."""
    out: list[dict] = [
        {
            "id": "front",
            "contains": [
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
            ],
        }
    ]
    for item in numbered(BODY):
        if item[0] != "p":
            continue
        _, n, text, extra = item
        parts = [plain(text), *notes(text)]
        parts += [plain(line) for line in extra.get("lines", [])]
        parts += extra.get("quote", [])
        if extra.get("closing"):
            parts.append(extra["closing"])
        out.append(unit(str(n), parts))
        for k, sub in enumerate(extra.get("items", [])):
            out.append(unit(f"{n}({LETTERS[k]})", [plain(sub), *notes(sub)]))
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(r) for r in ANNEX_TABLE)})
    return out


# --------------------------------------------------------------------------------------------
# Word document
# --------------------------------------------------------------------------------------------


def _inline(paragraph, text: str) -> None:  # noqa: ANN001
    """Runs for the text, with a footnote reference wherever "{n}" stands."""
    pos = 0
    for m in _MARK.finditer(text):
        paragraph.add_run(text[pos : m.start()])
        footnote_ref(paragraph, int(m.group(1)))
        pos = m.end()
    paragraph.add_run(text[pos:])


def _numbered(doc, text: str, level: int) -> None:  # noqa: ANN001
    p = doc.add_paragraph(style="SingleTxtG")
    set_num(p, level)
    _inline(p, text)


def _line(doc, text: str, *, last: bool) -> None:  # noqa: ANN001
    """An un-numbered indented officer or agenda line with a tab stop."""
    p = doc.add_paragraph(style="SingleTxtG")
    pf = p.paragraph_format
    pf.left_indent = Twips(1701)
    pf.first_line_indent = Twips(0)
    pf.alignment = WD_ALIGN_PARAGRAPH.LEFT
    pf.space_after = Pt(6 if last else 0)
    agenda = text[:1].isdigit()
    pf.tab_stops.add_tab_stop(Twips(1701 + (567 if agenda else 1418)))
    _inline(p, text)


def _quote(doc, text: str) -> None:  # noqa: ANN001
    """A quoted paragraph: body style, indented a further 567 twips on both sides."""
    p = doc.add_paragraph(style="SingleTxtG")
    pf = p.paragraph_format
    pf.left_indent = Twips(1701)
    pf.right_indent = Twips(1701)
    pf.first_line_indent = Twips(0)
    _inline(p, text)


def _closing(doc, text: str) -> None:  # noqa: ANN001
    """The un-numbered sentence that closes a paragraph after its sub-items: body style, at
    the left edge of the text (under the paragraph number), no numbering."""
    p = doc.add_paragraph(style="SingleTxtG")
    _inline(p, text)


def build() -> Document:
    doc = Document()
    normal = base_styles(doc)
    un_heading_styles(doc, normal)
    footnote_styles(doc, normal, 8)
    add_footnotes_part(doc, FOOTNOTES)
    footnote_settings(doc)
    add_numbering_definition(doc, NUMBERING_ID)

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=FIXED_TIME,
        language="en",
    )
    symbol_header_page_footer(doc, SYMBOL)

    doc.add_paragraph(DISCLAIMER)
    masthead(doc, SYMBOL, ISSUER, 12, ISSUE_DATE, ORIGINAL)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(MEETING_LINE).bold = True
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(16)
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
        for q in extra.get("quote", []):
            _quote(doc, q)
        for sub in extra.get("items", []):
            _numbered(doc, sub, 1)
        if extra.get("closing"):
            _closing(doc, extra["closing"])

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(ANNEX_HEADING, style="HChG")
    doc.add_paragraph(ANNEX_SUBTITLE, style="H1G")
    grid_table(doc, ANNEX_TABLE, italic=True, centered=True)
    return doc


def main() -> None:
    save_docx(build(), OUT, FIXED_TIME)
    write_expected(
        UNITS_OUT,
        expected_doc(
            DOC_ID,
            f"eval/gold/docs/{DOC_ID}.docx",
            TITLE,
            SYMBOL,
            ISSUE_DATE,
            PLACE_DATES,
            units(),
        ),
    )
    n_paras = sum(1 for it in numbered(BODY) if it[0] == "p")
    print(f"wrote {OUT} and {UNITS_OUT}: {n_paras} paragraphs, {len(units())} units")


if __name__ == "__main__":
    main()
