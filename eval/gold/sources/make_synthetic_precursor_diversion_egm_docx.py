"""Generate eval/gold/docs/synthetic-precursor-diversion-egm.docx and its expected units
eval/gold/expected/synthetic-precursor-diversion-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on the diversion of
precursor chemicals and the illicit manufacture of synthetic drugs, held in Lisbon in
preparation for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice.
It is not a United Nations document; the names of persons are invented, and so are the figures.

Layout: a Word report drafted from the UN template (python-docx, helpers from _un_docx.py):

  * the synthetic-document line as the first body paragraph, then the masthead table in the
    body (United Nations | symbol; issuing office | "Distr.: General", date, "Original:
    English"), a bold meeting line, the title and the place and dates;
  * a page header with the symbol and a footer with a PAGE field from page 2 on (the first
    page has its own, empty header and footer);
  * chapter and section headings with a tab between the number or letter and the title
    ("I.<tab>...", "A.<tab>... (agenda item 4)") in the template's paragraph styles "HChG"
    and "H1G" with an outline level, not in Word's Heading styles;
  * ALL paragraph numbers, letters and romans come from Word's automatic numbering
    (w:numPr -> numbering.xml: "1." level 0, "(a)" level 1 restarting after each paragraph,
    "(i)" level 2): none of them is in the text of the document;
  * officer lines ("Chair:<tab>...") and agenda lines ("1.<tab>...", typed) as un-numbered
    indented paragraphs after the paragraph that introduces them; the two Vice-Chairs share
    ONE line paragraph, the second name after a soft line break (w:br) and a tab;
  * a numbered paragraph (18) with two soft line breaks inside it, around a quoted definition;
  * a body table in the UN style after paragraph 13, introduced by a bold title paragraph and
    followed by a "Source:" note in small type: horizontal rules only, an italic header row
    repeated on each page, figures flush right, a bold "Total" row. The automatic numbering
    continues across the table, and the next paragraph ("She added that ...") carries on the
    statement the table belongs to;
  * three real footnotes (footnotes.xml): two in numbered paragraphs and one in a lettered
    recommendation (36(b));
  * recommendations (a)-(h) with a nested (i)-(iii) under (c), and requests (a)-(c);
  * an annex after a page break ("Annex" / "List of documents"): a ruled two-column table.

Portuguese, Vietnamese, Turkish, Icelandic, Polish, Czech, French, German and Serbian names
(Magalhães, Nguyễn Thị Minh Châu, Yılmazoğlu, Sigurðardóttir, Wiśniewska-Żak, Dvořák,
Côté-Tremblay, Weißbach, Petković ...).

Deterministic output: fixed core properties and fixed ZIP timestamps.

Written, with its 31 gold cases (pd-) and 3 topics (pdt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_precursor_diversion_egm_docx.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # leave no cache next to _un_docx.py

from _word_report import WordReport, main  # noqa: E402
from docx.shared import Twips  # noqa: E402

DOC_ID = "synthetic-precursor-diversion-egm"
FIXED_TIME = (2025, 10, 17, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.47/2025/1"
ISSUE_DATE = "17 October 2025"
ISSUER = "United Nations Office on Drugs and Crime"
ORIGINAL = "English"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = (
    "Report of the Expert Group Meeting on the Diversion of Precursor Chemicals and the Illicit "
    "Manufacture of Synthetic Drugs"
)
PLACE_DATES = "Lisbon, 22\u201324 September 2025"

FOOTNOTES = {
    1: "The Precursors Incident Communication System (PICS) is a secure online platform of "
    "INCB through which competent national authorities share information on seizures, "
    "stopped shipments and dismantled laboratories in real time; some 300 agencies of about "
    "130 countries and territories were registered users at the end of 2024.",
    2: "INCB maintains a limited international special surveillance list of non-scheduled "
    "substances, which is shared with competent national authorities but is not published.",
    3: "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic "
    "Substances of 1988 (United Nations, Treaty Series, vol. 1582, No. 27627).",
}

TABLE_TITLE = "Clandestine laboratories dismantled in Poland, by main drug produced, 2021\u20132024"
TABLE_ROWS = [
    ("Main drug produced", "2021", "2022", "2023", "2024"),
    ("Amphetamine", "18", "21", "17", "14"),
    ("Mephedrone and other cathinones", "9", "15", "26", "33"),
    ("Methamphetamine", "2", "3", "5", "4"),
    ("Total", "29", "39", "48", "51"),
]
TABLE_SOURCE = (
    "Source: submission of Poland to the meeting (UNODC/CCPCJ/EG.47/2025/CRP.2); laboratories "
    "producing more than one drug are counted under the main one."
)

# The markup of the texts and the shape of BODY: see _word_report.WordReport.
BODY: list[tuple] = [
    ("h1", "I.\tIntroduction"),
    (
        "p",
        "The Expert Group Meeting on the Diversion of Precursor Chemicals and the Illicit "
        "Manufacture of Synthetic Drugs was held in Lisbon from 22 to 24 September 2025, as part "
        "of the preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice. It was convened by the United Nations Office on Drugs and Crime "
        "(UNODC) in cooperation with the Government of Portugal and the secretariat of the "
        "International Narcotics Control Board (INCB), with financial support from the "
        "Governments of Japan and Portugal.",
    ),
    (
        "p",
        "The purpose of the meeting was to examine how criminal groups obtained the chemicals "
        "needed to manufacture synthetic drugs, including methamphetamine, amphetamine, "
        "synthetic cathinones and fentanyl and its analogues, to review the responses of States "
        "and of the chemical industry, and to formulate recommendations for consideration by the "
        "Fifteenth Congress. The meeting did not address the chemicals used in the processing of "
        "plant-based drugs, which had been the subject of earlier expert consultations.",
    ),
    (
        "p",
        "The present report summarizes the deliberations of the meeting and sets out the "
        "recommendations adopted at its final session. The documents before the meeting are "
        "listed in the annex.",
    ),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The meeting was opened by Helena Sarmento Pais, Secretary of State for Justice of "
        "Portugal, who welcomed the experts to Lisbon. She said that the criminal police of "
        "Portugal had dismantled seven clandestine laboratories since 2022, all of them "
        "producing synthetic cathinones or methamphetamine for export, and that the port of "
        "Sines was increasingly used to tranship chemicals from Asia to Europe and Latin America, "
        "often declared as solvents, cleaning agents or raw materials for the cosmetics "
        "industry.",
    ),
    (
        "p",
        "Dragana Petković, Chief of the Laboratory and Scientific Service of UNODC, delivered an "
        "opening statement on behalf of the Executive Director. She observed that synthetic "
        "drugs could be manufactured anywhere, close to their consumers and without any crop, "
        "so that the control of their precursors was one of the few points at which the supply "
        "chain could be interrupted. She recalled that more than 1,250 new psychoactive "
        "substances had been reported to the UNODC early warning advisory since 2009, and that "
        "the chemists who designed them were just as quick to find substitutes for controlled "
        "precursors.",
    ),
    (
        "p",
        "Hiroshi Tanabe, speaking on behalf of the secretariat of INCB, described the system of "
        "pre-export notifications through which exporting countries informed importing "
        "countries of each planned shipment of a scheduled precursor, and the Precursors "
        "Incident Communication System.{1} He reported that some forty per cent of the incidents "
        "communicated through that system in 2024 had involved chemicals that were not under "
        "international control, a share that had doubled in five years.",
    ),
    ("h2", "B.\tElection of officers"),
    (
        "p",
        "At its opening session, on 22 September 2025, the meeting elected the following "
        "officers by acclamation:",
        {
            "lines": [
                "Chair:\tInês Conceição Magalhães (Portugal)",
                "Vice-Chairs:\tNguyễn Thị Minh Châu (Viet Nam)\n\tEmre Yılmazoğlu (Türkiye)",
                "Rapporteur:\tGuðrún Björk Sigurðardóttir (Iceland)",
            ]
        },
    ),
    ("h2", "C.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "At the same session, the meeting adopted the following agenda:",
        {
            "lines": [
                "1.\tOpening of the meeting.",
                "2.\tElection of officers.",
                "3.\tAdoption of the agenda and organization of work.",
                "4.\tTrends in the diversion of precursor chemicals and the illicit manufacture "
                "of synthetic drugs.",
                "5.\tNon-scheduled chemicals and designer precursors.",
                "6.\tOnline trade, shipping and the role of the chemical industry.",
                "7.\tInvestigation, prosecution and international cooperation.",
                "8.\tAdoption of the recommendations and of the report.",
                "9.\tClosure of the meeting.",
            ]
        },
    ),
    (
        "p",
        "The meeting had before it a background paper prepared by the Secretariat and national "
        "submissions received from fourteen States. The meeting worked in plenary, in English "
        "and Spanish with simultaneous interpretation. On the afternoon of 23 September 2025, "
        "the participants visited the forensic science laboratory of the Polícia Judiciária in "
        "Lisbon, where they were shown how seized chemicals were identified, stored and "
        "destroyed.",
    ),
    ("h1", "III.\tSummary of deliberations"),
    (
        "h2",
        "A.\tTrends in the diversion of precursor chemicals and the illicit manufacture of "
        "synthetic drugs (agenda item 4)",
    ),
    (
        "p",
        "The Secretariat presented its background paper. It noted that, of the clandestine "
        "laboratories reported dismantled worldwide in 2023 for which the type of drug was "
        "known, about seven in ten had manufactured methamphetamine, and that most of the "
        "methamphetamine seized in Europe, North America and South-East Asia was now made from "
        "phenyl-2-propanone (P-2-P) and its own precursors rather than from ephedrine or "
        "pseudoephedrine. The paper estimated that each kilogram of methamphetamine required "
        "between five and eight kilograms of chemicals, most of which ended up as toxic waste.",
    ),
    (
        "p",
        "Rodrigo Peña Villaseñor, the expert from Mexico, said that the precursors of fentanyl "
        "and methamphetamine reached his country mainly by sea, declared under false tariff "
        "codes or hidden in legitimate consignments. In 2024 the authorities had seized 312 "
        "tonnes of precursor chemicals at the ports of Manzanillo and Lázaro Cárdenas, and the "
        "administration of the ports had been transferred to the Navy to reduce the risk of "
        "corruption. He noted that criminal groups had responded by importing smaller "
        "quantities of pre-precursors, one or two steps further back in the chain of synthesis, "
        "which were not under international control.",
    ),
    (
        "p",
        "Nguyễn Thị Minh Châu, the Vice-Chair, speaking as the expert from Viet Nam, said that "
        "methamphetamine in the Mekong subregion was increasingly manufactured in industrial-"
        "scale facilities with chemicals bought from legitimate trading companies through front "
        "companies. Her country had revoked the licences of 23 chemical trading companies since "
        "2021 for failing to keep records of their customers, and now required every sale of a "
        "controlled chemical above a set quantity to be reported electronically within 24 "
        "hours.",
    ),
    (
        "p",
        "Katarzyna Wiśniewska-Żak, the expert from Poland, said that her country had long "
        "produced amphetamine for European markets, but that production had shifted towards "
        "mephedrone and other synthetic cathinones, for which demand had grown among young "
        "people in Central and Eastern Europe. She presented the following figures on the "
        "clandestine laboratories dismantled by the police:",
        {"table": True},
    ),
    (
        "p",
        "She added that the cathinone laboratories were supplied mainly with chemicals ordered "
        "from suppliers outside Europe and delivered by courier in consignments of less than 25 "
        "kilograms, and that about a third of the laboratories dismantled in 2024 had been set "
        "up in rented agricultural buildings, whose owners were often unaware of the activity "
        "until the police arrived.",
    ),
    (
        "p",
        "Chukwuemeka Obiora, the expert from Nigeria, said that the drug law enforcement agency "
        "of his country had dismantled nineteen methamphetamine laboratories since 2018, "
        "several of them run with the help of foreign chemists, and that the ephedrine used had "
        "been diverted from imports declared for the pharmaceutical industry. Since import "
        "quotas based on the medical and industrial needs of the country had been introduced, "
        "the quantity of ephedrine imported had fallen by two thirds.",
    ),
    (
        "p",
        "The observer for the European Union Drugs Agency (EUDA) said that Europe had become a "
        "producer as well as a consumer of synthetic drugs, that the laboratories dismantled in "
        "the European Union were increasingly large, and that the chemicals for roughly one in "
        "four of them had been bought from suppliers within the Union.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Brazil, Canada, Germany, India, "
        "Mexico, Nigeria, Poland, South Africa and Viet Nam, and by the observers for EUDA and "
        "the World Customs Organization (WCO).",
    ),
    ("h2", "B.\tNon-scheduled chemicals and designer precursors (agenda item 5)"),
    (
        "p",
        "Introducing the item, Mr. Tanabe recalled the working definition of designer "
        "precursors used by the Board:{2}\n\u201cclose chemical relatives of controlled "
        "precursors, made on purpose to evade controls, that have no known legitimate use and "
        "are often offered for sale by companies that cannot be traced\u201d.\nHe explained that, "
        "because such substances had no legitimate use, they could in principle be placed under "
        "control without harming industry, but that scheduling them one at a time under the "
        "1988 Convention was slow, and that a replacement was usually on the market before a "
        "substance had been scheduled.",
    ),
    (
        "p",
        "Geneviève Côté-Tremblay, the expert from Canada, described the approach of her country "
        "of controlling precursors by class: since 2022 its regulations had covered not only "
        "named precursors of fentanyl but also their salts, derivatives and analogues, so that a "
        "slightly modified chemical was controlled automatically. She said that the approach "
        "had allowed the seizure of designer precursors that had not yet been notified "
        "internationally, and that the chemical industry had been consulted and had reported no "
        "significant burden.",
    ),
    (
        "p",
        "Anirudh Venkataraman, the expert from India, said that his country had one of the "
        "largest chemical and pharmaceutical industries in the world, with about 2,400 companies "
        "registered to handle controlled precursors. Under a voluntary partnership with industry "
        "associations, companies had reported 86 suspicious orders to the Narcotics Control "
        "Bureau in 2024, 11 of which had led to seizures. He cautioned that many enquiries for "
        "non-scheduled chemicals now came through online business-to-business platforms from "
        "buyers who used free e-mail addresses and asked for delivery to freight forwarders.",
    ),
    (
        "p",
        "Tomáš Dvořák, the expert from Czechia, described the electronic register in which "
        "pharmacies recorded every sale of medicines containing pseudoephedrine, limiting each "
        "buyer to 1,800 milligrams a month. He said that the number of small \u201ckitchen\u201d "
        "laboratories making methamphetamine from cold medicines detected by the police had "
        "fallen by nearly half since 2019, but that organized groups had responded by smuggling "
        "pseudoephedrine tablets from neighbouring countries or by switching to the P-2-P "
        "method.",
    ),
    (
        "p",
        "Emre Yılmazoğlu, the Vice-Chair, speaking as the expert from Türkiye, said that his "
        "country lay on the routes by which chemicals for the manufacture of captagon tablets "
        "were shipped to the Middle East. In 2024 the customs administration had stopped 37 "
        "consignments of non-scheduled chemicals, totalling some 96 tonnes, whose declared "
        "consignees could not be found at the addresses given. He proposed that States share "
        "the results of such checks with the exporting country immediately, even when the "
        "chemical was not under control.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Belgium, Canada, Czechia, "
        "India, the Netherlands, Thailand and Türkiye, and by the observers for INCB and the "
        "International Council of Chemical Associations (ICCA).",
    ),
    ("h2", "C.\tOnline trade, shipping and the role of the chemical industry (agenda item 6)"),
    (
        "p",
        "Guðrún Björk Sigurðardóttir, the Rapporteur, speaking as the expert from Iceland, said "
        "that even a small country with no known production of synthetic drugs was affected, "
        "since precursors and finished drugs alike were ordered online and delivered by post. "
        "Over eighteen months, ending in March 2025, customs officers at the postal centre in "
        "Reykjavík had intercepted 64 parcels containing precursors or pre-precursors, almost "
        "all of them ordered from websites that advertised the chemicals as research chemicals "
        "or cleaning products and offered to send a new parcel free of charge if the first was "
        "seized.",
    ),
    (
        "p",
        "Maaike Dijkstra, the expert from the Netherlands, described the dumping of chemical "
        "waste from the production of synthetic drugs, which polluted soil and groundwater and "
        "endangered the persons who came across it. In 2024 the authorities had recorded 212 "
        "dumping incidents, most of them in the south of the country. The clean-up of a single "
        "site could cost up to \u20ac150,000, a cost that was usually borne by the municipality "
        "or the landowner rather than by the offenders.",
    ),
    (
        "p",
        "Thandiwe Mokoena, the expert from South Africa, said that sellers of precursors used "
        "general online marketplaces and social media as well as specialized websites, and that "
        "the platforms had removed some 3,700 listings in 2024 after notification by the police. "
        "She noted that the listings often reappeared under new names within days, and called "
        "on platforms to detect such offers themselves rather than wait to be notified.",
    ),
    (
        "p",
        "Thiago Araújo Nogueira, the expert from Brazil, said that express courier and air "
        "cargo consignments arriving at Guarulhos International Airport in São Paulo were "
        "selected for inspection by a risk-profiling system that compared the goods declared "
        "with the usual business of the consignee; the system had identified 41 consignments "
        "of precursors in its first year of operation.",
    ),
    (
        "p",
        "The observer for ICCA said that the chemical industry shared the objective of "
        "preventing diversion, and that more than 600 companies had signed a voluntary code of "
        "conduct requiring them to verify the identity and legitimate business of new "
        "customers, to refuse suspicious orders and to report them to the authorities. She "
        "acknowledged that the code did not reach small distributors and online traders, which "
        "were not members of industry associations.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Brazil, Iceland, India, the "
        "Netherlands, Poland and South Africa, and by the observers for ICCA, the Universal "
        "Postal Union (UPU) and WCO.",
    ),
    ("h2", "D.\tInvestigation, prosecution and international cooperation (agenda item 7)"),
    (
        "p",
        "Jürgen Weißbach, the expert from Germany, described a joint investigation with the "
        "police of Belgium and the Netherlands in which a consignment of pre-precursors had "
        "been allowed to continue under surveillance to its destination. The controlled "
        "delivery had led to a clandestine laboratory and to the arrest of 14 persons in three "
        "countries in 2024. He said that controlled deliveries of chemicals were more complex "
        "than those of drugs, because the chemicals were often hazardous and could not be "
        "replaced by a harmless substance.",
    ),
    (
        "p",
        "The Chair, speaking as the expert from Portugal, said that prosecutions for the "
        "diversion of precursors often failed because prosecutors had to prove that the "
        "supplier knew the chemicals would be used to manufacture drugs, and that Portugal was "
        "considering an offence of supplying chemicals with gross negligence. She added that "
        "the Maritime Analysis and Operations Centre \u2013 Narcotics (MAOC-N), based in Lisbon, "
        "had begun to include shipments of chemicals in its maritime intelligence.",
    ),
    (
        "p",
        "Frédérique Lemaître, the expert from Belgium, said that administrative measures were "
        "often faster than criminal proceedings: in 2024 the Belgian authorities had suspended "
        "the licences of nine chemical companies and closed four warehouses used to store "
        "diverted chemicals. She called for the liability of legal persons for diversion "
        "offences, since the companies concerned often changed their names and managers after "
        "each investigation.",
    ),
    (
        "p",
        "Siriporn Chaiyasit, the expert from Thailand, said that the border liaison offices "
        "established with neighbouring countries with the support of UNODC exchanged "
        "information on shipments of chemicals crossing land borders, and that such exchanges "
        "had led to the seizure of 27 tonnes of chemicals in 2024. She noted that many of the "
        "chemicals seized had been declared as intended for the production of glue, paint or "
        "rubber.",
    ),
    (
        "p",
        "The observer for the International Criminal Police Organization (INTERPOL) said that "
        "seizures of chemicals were rarely followed by an investigation of the supplier or the "
        "buyer, so that the organizers of diversion were seldom identified. He invited States to "
        "make greater use of INTERPOL notices to locate persons involved in the supply of "
        "chemicals to clandestine laboratories.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Belgium, Germany, Mexico, "
        "Portugal and Thailand, and by the observers for the European Union Agency for Law "
        "Enforcement Cooperation (Europol), INTERPOL and MAOC-N.",
    ),
    ("h1", "IV.\tRecommendations"),
    (
        "p",
        "The meeting adopted the following recommendations for consideration by the Fifteenth "
        "Congress. Member States should:",
        {
            "items": [
                "Keep their national lists of controlled chemicals up to date and consider "
                "controlling precursors by class, including their salts, derivatives and "
                "analogues, so that designer precursors are controlled as soon as they appear;",
                "Make full use of pre-export notifications and of the Precursors Incident "
                "Communication System, in accordance with article 12 of the 1988 Convention,{3} "
                "and share the results of checks on suspicious shipments with the exporting "
                "country without delay, including shipments of non-scheduled chemicals;",
                (
                    "Strengthen cooperation with the chemical industry, in particular by:",
                    [
                        "Establishing voluntary partnerships under which companies report "
                        "suspicious orders, enquiries and thefts to a designated national "
                        "authority;",
                        "Extending such partnerships to small distributors, online business-to-"
                        "business platforms and freight forwarders;",
                        "Providing companies with regularly updated guidance on the chemicals "
                        "sought by criminal groups and the ways in which they are ordered;",
                    ],
                ),
                "Establish the liability of legal persons for the diversion of precursors and "
                "provide for administrative measures, such as the suspension of licences, "
                "alongside criminal penalties;",
                "Require online marketplaces, social media platforms and postal and courier "
                "services to take reasonable steps to detect and remove offers of precursors, "
                "and to preserve the related data for investigations;",
                "Use controlled deliveries and joint investigation teams to identify the "
                "organizers of diversion, and follow every significant seizure of chemicals "
                "with an investigation of its supplier and its buyer;",
                "Ensure the safe storage and environmentally sound destruction of seized "
                "chemicals, and help municipalities and landowners to meet the cost of "
                "cleaning up sites where waste from drug production has been dumped;",
                "Collect and share data on seizures of precursors, dismantled laboratories and "
                "dumping sites, using common definitions.",
            ]
        },
    ),
    (
        "p",
        "The meeting requested UNODC and the secretariat of INCB to:",
        {
            "items": [
                "Develop, together with the chemical industry, model guidelines for chemical "
                "companies and online platforms on verifying their customers;",
                "Train customs officers, forensic chemists and prosecutors in the "
                "identification of precursors and designer precursors;",
                "Present the conclusions and recommendations of the meeting to the Fifteenth "
                "Congress.",
            ]
        },
    ),
    ("h1", "V.\tAttendance and adoption of the report"),
    ("h2", "A.\tAttendance"),
    (
        "p",
        "The meeting was attended by 58 participants, among them thirty-one experts from 19 "
        "States, who took part in their personal capacity: Belgium, Brazil, Canada, Colombia, "
        "Czechia, Germany, Iceland, India, Kazakhstan, Mexico, Netherlands (Kingdom of the), "
        "Nigeria, Poland, Portugal, South Africa, Thailand, Türkiye, United States of America "
        "and Viet Nam.",
    ),
    (
        "p",
        "The following organizations were represented by observers: the secretariat of INCB, "
        "EUDA, Europol, INTERPOL, WCO, UPU and MAOC-N. ICCA attended as an observer on behalf of "
        "the chemical industry.",
    ),
    ("h2", "B.\tAdoption of the report and closure of the meeting"),
    (
        "p",
        "At its final session, on 24 September 2025, the meeting adopted the present report, "
        "including its recommendations, as orally amended. The Rapporteur was entrusted with "
        "the finalization of the report in consultation with the Secretariat.",
    ),
    (
        "p",
        "Closing statements were made by the representative of UNODC and by the representative "
        "of the Government of Portugal.",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Portugal for its "
        "hospitality, the Governments of Japan and Portugal for their financial support and the "
        "experts for their contributions. She declared the meeting closed on 24 September 2025 "
        "at 5.30 p.m.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Document symbol", "Title"),
    ("UNODC/CCPCJ/EG.47/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/CCPCJ/EG.47/2025/INF/1", "Information for participants"),
    (
        "UNODC/CCPCJ/EG.47/2025/CRP.1",
        "Background paper prepared by the Secretariat on the diversion of precursor chemicals "
        "and the illicit manufacture of synthetic drugs",
    ),
    (
        "UNODC/CCPCJ/EG.47/2025/CRP.2",
        "Compilation of national submissions on precursor control",
    ),
    (
        "UNODC/CCPCJ/EG.47/2025/CRP.3",
        "Note by the secretariat of INCB on designer precursors and non-scheduled chemicals",
    ),
]

# column widths of the body table, in twips
TABLE_WIDTHS = [Twips(2800), Twips(900), Twips(900), Twips(900), Twips(900)]

REPORT = WordReport.of(globals(), numbering_id="4D2F8A17")


if __name__ == "__main__":
    main(REPORT)
