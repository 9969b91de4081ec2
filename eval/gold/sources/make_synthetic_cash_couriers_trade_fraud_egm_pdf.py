"""Generate eval/gold/docs/synthetic-cash-couriers-trade-fraud-egm.pdf and its expected units
eval/gold/expected/synthetic-cash-couriers-trade-fraud-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on cash couriers,
trade-based money-laundering and customs fraud, held in Tbilisi in preparation for the
Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It is not a United
Nations document; the names of persons (and the figures they give) are invented.

Layout: the UN "G" template as ODS prints it (fpdf2, page furniture and numbered body from
_un_pdf.py): masthead on page 1, running head with the symbol and "n/N" with the job number
at the foot from page 2 on, alternating left/right; paragraph numbers in a hanging left
margin (x=22 mm), text at x=34 mm; chapters with roman numerals and lettered sections, four
substantive agenda items; officer lines (a second Vice-Chair on a line with no label) and
agenda lines inside the paragraphs that introduce them; a small ruled table (a country's
detections of undeclared cash by year) inside a paragraph, its rows belonging to that
paragraph, which the next paragraph comments on; three superscript footnotes with their text
at the foot of the page below a short rule; recommendations as lettered sub-items 36(a)-(h)
and 37(a)-(c); Georgian, Turkish, Spanish, Portuguese and Kazakh names (Liberation Serif).
Amounts in US$ with digits and words, percentages written both ways, a few figures given for
one country and not for another.

No word is hyphenated at a line end (lines break at spaces only). Deterministic output (fixed
creation date, no randomness).

Written, with its 30 gold cases (ct-) and 3 topics (ctt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_cash_couriers_trade_fraud_egm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no cache next to _un_pdf.py
sys.path.insert(0, str(HERE))
import _un_pdf  # noqa: E402

DOC_ID = "synthetic-cash-couriers-trade-fraud-egm"
ROOT = HERE.parents[2]
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.36/2025/1"
ISSUE_DATE = "4 June 2025"
JOB_NUMBER = "V.25-10284"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Cash Couriers, Trade-Based Money-Laundering "
    "and Customs Fraud"
)
PLACE_DATES = "Tbilisi, 13\u201315 May 2025"

FOOTNOTES = {
    "1": (
        "Financial Action Task Force, International Standards on Combating Money Laundering "
        "and the Financing of Terrorism and Proliferation: The FATF Recommendations, "
        "recommendation 32 (Paris, 2012, as updated)."
    ),
    "2": "United Nations, Treaty Series, vol. 2225, No. 39574.",
    "3": (
        "The figures cover all land, sea and air border crossing points and include cases "
        "detected on entry and on exit. Amounts declared or found in lari and other "
        "currencies have been converted at the average exchange rate of each year."
    ),
}

# Body items, as _un_pdf.draw_body reads them, and this report's own:
#   ("table", rows)            a table inside the preceding paragraph (header row first)
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Cash Couriers, Trade-Based Money-Laundering and Customs "
        "Fraud was held in Tbilisi from 13 to 15 May 2025, at the invitation of the Government "
        "of Georgia, as part of the preparations for the Fifteenth United Nations Congress on "
        "Crime Prevention and Criminal Justice. It was organized by the United Nations Office "
        "on Drugs and Crime (UNODC) in cooperation with the World Customs Organization (WCO) "
        "and hosted by the Revenue Service of the Ministry of Finance of Georgia, with "
        "financial support from the Governments of Japan and Sweden. Interpretation was "
        "provided in English, French, Russian and Spanish.",
    ),
    (
        "p",
        "2",
        "The meeting was convened to examine how organized criminal groups moved the proceeds "
        "of crime across borders outside the banking system, either physically, by means of "
        "couriers carrying cash and bearer negotiable instruments, or through the "
        "international trade in goods and services, and how such schemes were linked to "
        "customs fraud and the evasion of duties and taxes. Experts were invited to identify "
        "good practices and to propose recommendations to the Congress, taking into account "
        "the international standards on cross-border cash controls{1} and the United Nations "
        "Convention against Transnational Organized Crime.{2}",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "3",
        "The meeting was opened by Levan Chkhartishvili, Deputy Minister of Finance of Georgia "
        "and Head of the Revenue Service, who welcomed participants to Tbilisi. He recalled "
        "that Georgia lay on one of the main overland routes between Europe and Central Asia "
        "and that some 600,000 trucks and more than 8 million travellers had crossed its "
        "borders in 2024. He stated that, in January 2024, his Government had lowered the "
        "threshold above which travellers had to declare the cash they carried from 30,000 to "
        "20,000 lari, the equivalent of about US$ 7,400, and had equipped its customs officers "
        "with handheld devices giving them direct access to the declaration records.",
    ),
    (
        "p",
        "4",
        "Annelise Vranckx, Chief of the Global Programme against Money-Laundering of UNODC, "
        "delivered a statement on behalf of the Executive Director. She observed that, as "
        "banks had strengthened their controls, criminal groups had turned to methods that "
        "left fewer records: bulk cash, which remained the preferred means of settling "
        "accounts in the drug trade, and the trade system, in which the value of a "
        "consignment could be misstated on an invoice with little risk of detection. She "
        "noted that fewer than one in five States had ever prosecuted a case of trade-based "
        "money-laundering, and that in many States the customs administration had no power "
        "to investigate the money-laundering offence at all.",
    ),
    (
        "p",
        "5",
        "Tomohiro Ishikawa, Director of Compliance and Facilitation of WCO, reported that in "
        "a global operation coordinated by WCO in October and November 2024, the customs "
        "administrations of 64 countries had carried out targeted controls on passengers, "
        "cargo and postal consignments and had seized undeclared currency, bearer negotiable "
        "instruments and gold worth more than US$ 85 million. More than half of the seizures "
        "by value had been made at airports, but the largest single seizure, of US$ 6.2 "
        "million in banknotes, had been found concealed in a consignment of frozen fish.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "6",
        "At its 1st meeting, on 13 May 2025, the meeting elected the following officers by "
        "acclamation:",
    ),
    ("line", "Chair:", "Ketevan Lomidze (Georgia)"),
    ("line", "Vice-Chairs:", "Mamadou Lamine Ndour (Senegal)"),
    ("line", "", "Aigerim Sadykova (Kazakhstan)"),
    ("line", "Rapporteur:", "Sofía Ibáñez Carrizo (Argentina)"),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    ("p", "7", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    (
        "line",
        "4.",
        "Cross-border transportation of cash and bearer negotiable instruments by couriers.",
    ),
    (
        "line",
        "5.",
        "Trade-based money-laundering: misinvoicing, phantom shipments and free trade zones.",
    ),
    ("line", "6.", "Customs fraud and its links to organized crime."),
    ("line", "7.", "Inter-agency and international cooperation and the exchange of data."),
    ("line", "8.", "Recommendations to the Fifteenth Congress."),
    ("line", "9.", "Adoption of the report."),
    (
        "p",
        "8",
        "The meeting agreed to devote one session to each substantive agenda item. On the "
        "afternoon of 14 May 2025, participants visited the cargo terminal and the passenger "
        "arrival hall of Tbilisi International Airport, where officers of the Revenue Service "
        "demonstrated a scanner for checked baggage and explained how the declarations made "
        "by travellers were checked against the passenger name records received from "
        "airlines. A background paper prepared by the Secretariat, entitled \u201cMoving money "
        "outside the banking system: cash couriers and trade-based money-laundering\u201d, was "
        "before the meeting. Member States were invited to submit written comments on the "
        "present report by 30 June 2025.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Cross-border transportation of cash and bearer negotiable instruments by couriers "
        "(agenda item 4)",
    ),
    (
        "p",
        "9",
        "A representative of the Secretariat introduced the agenda item. She explained that "
        "cash couriers concealed currency on their bodies, in their luggage, in vehicles and "
        "in cargo, and increasingly sent it through postal and express courier services. Most "
        "States had either a declaration system, under which every traveller carrying cash "
        "above a threshold had to declare it, or a disclosure system, under which travellers "
        "had to answer truthfully when asked by an officer. Thresholds were commonly set at "
        "or below the equivalent of US$ 15,000. She noted that many systems did not cover "
        "gold, precious stones or prepaid cards, which couriers were increasingly using to "
        "move value without carrying banknotes.",
    ),
    (
        "p",
        "10",
        "Statements were made by the experts from Georgia, Kazakhstan, Nigeria, Senegal and "
        "T\u00fcrkiye, and by the observer for WCO.",
    ),
    (
        "p",
        "11",
        "Giorgi Tsiklauri (Georgia) presented the results of the controls carried out by the "
        "Revenue Service at the country\u2019s border crossing points. The number of cases of "
        "undeclared or falsely declared cash had risen every year, and the amounts involved "
        "had been as follows:{3}",
    ),
    (
        "table",
        [
            ("Year", "Cases detected", "Amount involved (US$ million)"),
            ("2022", "318", "6.1"),
            ("2023", "365", "7.8"),
            ("2024", "412", "9.7"),
        ],
    ),
    (
        "p",
        "12",
        "He explained that most of the cases had been detected at the Sarpi crossing point on "
        "the border with T\u00fcrkiye and at Tbilisi International Airport, and that in about "
        "one third of them the cash had been carried by persons travelling on behalf of "
        "others, who had been paid between US$ 200 and US$ 500 for each journey. In 2024, the "
        "cash had been confiscated in 57 cases in which the courier had been unable to show "
        "that it had a lawful origin.",
    ),
    (
        "p",
        "13",
        "Chinwe Okafor-Eze (Nigeria) said that travellers entering or leaving Nigeria had to "
        "declare amounts above US$ 10,000 or its equivalent in other currencies. Couriers "
        "frequently divided large sums among several passengers travelling together, so that "
        "each of them carried slightly less than the threshold. In one case in 2023, eleven "
        "passengers on the same flight from Lagos to Dubai had each carried US$ 9,800 in "
        "cash, all of which had been provided by the same bureau de change. Customs officers "
        "now examined the passenger lists of outgoing flights for groups of travellers whose "
        "tickets had been paid for by the same person.",
    ),
    (
        "p",
        "14",
        "Mamadou Lamine Ndour, speaking as the expert from Senegal, reported that the customs "
        "service had deployed two dogs trained to detect banknotes at Blaise Diagne "
        "International Airport since 2022. In 2023, officers at the airport had intercepted "
        "undeclared cash worth the equivalent of about US$ 3.1 million, most of it in euros "
        "and United States dollars. He noted that controls on cash carried by road between "
        "the countries of the subregion remained much weaker than those on flights to other "
        "continents, and that couriers had begun to travel by bus to avoid the airport.",
    ),
    (
        "p",
        "15",
        "Serkan Y\u0131ld\u0131zo\u011flu (T\u00fcrkiye) said that, under the law of his "
        "country, a traveller who failed to declare cash above the threshold was liable to an "
        "administrative fine of ten per cent of the undeclared amount, and that the cash "
        "could be seized only if there were grounds to suspect that it derived from an "
        "offence. Several experts considered that a fine of that size was not dissuasive, "
        "since the fee charged by professional networks for moving cash across a border often "
        "exceeded it, and called for the power to detain undeclared cash for a limited period "
        "while its origin was investigated.",
    ),
    (
        "p",
        "16",
        "Aigerim Sadykova, speaking as the expert from Kazakhstan, described the concealment "
        "of cash in trucks carrying goods by road, often inside spare tyres or fuel tanks, "
        "and the use of mobile X-ray scanners at the main road crossing points. She reported "
        "that in 2024 the customs authorities of Kazakhstan had detected 27 attempts to move "
        "undeclared cash by road, involving a total of about US$ 7.4 million.",
    ),
    (
        "p",
        "17",
        "The observer for WCO noted that couriers were replacing banknotes with gold bars, "
        "luxury watches and prepaid cards, which many declaration systems did not cover, and "
        "that postal and express consignments were rarely checked for cash. He encouraged "
        "States to extend their declaration requirements to precious metals and stones and "
        "to share information on seizures through the WCO Customs Enforcement Network.",
    ),
    (
        "h2",
        "B.",
        "Trade-based money-laundering: misinvoicing, phantom shipments and free trade zones "
        "(agenda item 5)",
    ),
    (
        "p",
        "18",
        "The representative of the Secretariat explained that trade-based money-laundering "
        "consisted in disguising the proceeds of crime and moving value through trade "
        "transactions in an attempt to legitimize their illicit origin. The main techniques "
        "were the over-invoicing and under-invoicing of goods and services, the multiple "
        "invoicing of the same consignment, over-shipment and under-shipment, the false "
        "description of goods, and phantom shipments, in which goods were paid for but never "
        "shipped at all. Such schemes were often arranged by professional networks that "
        "controlled companies in several jurisdictions and made use of free trade zones.",
    ),
    (
        "p",
        "19",
        "Statements were made by the experts from Colombia, India, Mexico, the Netherlands "
        "(Kingdom of the) and the United Arab Emirates, and by the observer for the "
        "secretariat of the Financial Action Task Force (FATF).",
    ),
    (
        "p",
        "20",
        "Andr\u00e9s Felipe Rinc\u00f3n Velasco (Colombia) described schemes in which the "
        "proceeds of cocaine sold abroad were used to buy goods, such as textiles, footwear "
        "and electronics, that were then imported into Colombia and sold for pesos, so that "
        "the traffickers were paid in local currency without any money crossing the border. "
        "The customs and tax administration had compared the values declared on imports with "
        "the values declared on the corresponding exports by the trading partners and had "
        "found discrepancies totalling some US$ 1.3 billion for 2023 alone. Textiles and "
        "footwear accounted for almost half of that amount.",
    ),
    (
        "p",
        "21",
        "Mariana Elizondo Garza (Mexico) reported that her country had agreed with two of its "
        "main trading partners to exchange import and export records every month, so that "
        "customs officers could detect consignments whose declared value differed markedly "
        "between the two ends of a transaction. The analysis had revealed many cases of "
        "under-invoicing of imports, which also deprived the State of customs duties and "
        "value added tax. The financial intelligence unit of Mexico now received a copy of "
        "every alert generated by the customs risk management system.",
    ),
    (
        "p",
        "22",
        "Hamad Rashid Al Suwaidi (United Arab Emirates) said that his country hosted more "
        "than 40 free zones, through which a large share of the trade between Asia, Africa "
        "and Europe passed. Since 2021, every company licensed in a free zone had been "
        "required to keep a register of its beneficial owners and to file it with the "
        "licensing authority, and goods entering or leaving a free zone were recorded in the "
        "same customs system as other trade. He recognized, however, that goods could be "
        "re-invoiced several times while stored in a free zone, and that the value shown on "
        "the final invoice often bore no relation to the value shown on the first.",
    ),
    (
        "p",
        "23",
        "Pieter-Jan Hoogendijk (Netherlands (Kingdom of the)) described a pilot project "
        "carried out in 2024 in which the financial intelligence unit and the customs "
        "administration had matched international payments reported by banks against the "
        "corresponding customs declarations. The project had flagged 146 companies whose "
        "payments abroad bore no relation to the goods they had declared, of which 38 had "
        "been referred to the public prosecution service for criminal investigation. He added "
        "that the laundering of proceeds through invoices for services, such as consultancy, "
        "software licences and transport, was growing, since services, unlike goods, could "
        "not be inspected at the border.",
    ),
    (
        "p",
        "24",
        "Meenakshi Raghunathan (India) described a network that had sent the same "
        "consignments of cut and polished diamonds back and forth between three jurisdictions "
        "over four years, raising their declared value each time. The network had in that "
        "way moved some US$ 290 million abroad and had also claimed export incentives to "
        "which it was not entitled. She stressed that the case had been uncovered only after "
        "the tax authorities and the directorate responsible for revenue intelligence had "
        "pooled their data.",
    ),
    (
        "p",
        "25",
        "The observer for the secretariat of FATF noted that banks saw only a small part of "
        "the trade that they financed, since about eighty per cent of international trade was "
        "conducted on open account terms, under which the buyer paid the seller directly "
        "without a letter of credit and the bank never saw the invoice or the shipping "
        "documents. Customs administrations therefore held information that was essential to "
        "the detection of trade-based money-laundering, but in most States that information "
        "was not shared with financial intelligence units as a matter of routine.",
    ),
    ("h2", "C.", "Customs fraud and its links to organized crime (agenda item 6)"),
    (
        "p",
        "26",
        "Introducing the agenda item, the representative of the Secretariat recalled that "
        "customs fraud, including the undervaluation and misclassification of goods, false "
        "declarations of origin and the smuggling of goods subject to excise duties, such as "
        "cigarettes, alcohol and fuel, deprived States of revenue and was frequently committed "
        "by the same networks that laundered the proceeds of other crimes. Statements were "
        "made by the experts from Brazil, Germany and Kenya, and by the observer for the "
        "European Anti-Fraud Office (OLAF).",
    ),
    (
        "p",
        "27",
        "Wanjiru Kamau-Otieno (Kenya) said that goods declared as transit cargo destined for "
        "neighbouring countries were frequently diverted and sold in Kenya without the payment "
        "of duties. Since the introduction of an electronic cargo tracking system, under "
        "which seals fitted to transit containers reported their position by satellite from "
        "the port of Mombasa to the border, the number of transit consignments found to have "
        "been diverted had fallen by more than half. She added that the Kenya Revenue "
        "Authority had estimated its losses from the undervaluation of imports at about "
        "US$ 270 million in 2023.",
    ),
    (
        "p",
        "28",
        "Lu\u00edza Carvalho Nogueira (Brazil) described an investigation into a network that "
        "had bribed customs brokers and customs officials at the port of Santos to release "
        "containers without inspection. The containers had been used both to import "
        "undervalued goods and to export cocaine hidden among legitimate cargo. In 2024, "
        "23 persons, including six customs officials, had been convicted of offences "
        "including corruption, smuggling and money-laundering.",
    ),
    (
        "p",
        "29",
        "Katrin Vollmer-Stein (Germany) reported on the undervaluation of low-value parcels "
        "ordered online from sellers outside the European Union. In a series of controls in "
        "2024, German customs had found that 62 per cent of the consignments checked had been "
        "declared at less than their real value, in many cases below the threshold of 150 "
        "euros under which no customs duty was payable. She noted that some of the sellers "
        "concerned were linked to companies that also moved money for criminal groups, and "
        "that the abolition of the threshold was under discussion in the European Union.",
    ),
    (
        "p",
        "30",
        "The observer for OLAF described cases of origin fraud in which goods subject to "
        "anti-dumping duties, such as solar panels and steel products, had been shipped "
        "through third countries and relabelled to conceal their true origin. He noted that "
        "customs fraud was frequently treated as an administrative matter, so that the persons "
        "behind it were fined but not prosecuted, and that the proceeds of such fraud were "
        "rarely treated as proceeds of crime for the purposes of the money-laundering offence.",
    ),
    (
        "h2",
        "D.",
        "Inter-agency and international cooperation and the exchange of data (agenda item 7)",
    ),
    (
        "p",
        "31",
        "Under agenda item 7, statements were made by the experts from Kazakhstan, Spain and "
        "the United Kingdom of Great Britain and Northern Ireland, and by the observer for the "
        "Egmont Group of Financial Intelligence Units.",
    ),
    (
        "p",
        "32",
        "The Vice-Chair from Kazakhstan reported that since 2023 the customs authorities of "
        "Kazakhstan and Uzbekistan had exchanged data on the goods crossing their common "
        "border electronically and in advance of arrival, which allowed each administration "
        "to compare the declarations made on both sides of the border. In its first year, the "
        "exchange had revealed discrepancies in the declared value or quantity of more than "
        "1,200 consignments.",
    ),
    (
        "p",
        "33",
        "Javier Montalb\u00e1n Ruiz (Spain) described a joint investigation with Colombia into "
        "a network that had collected cash from drug sales in several European cities and had "
        "used it to pay European exporters for goods shipped to Latin America on behalf of "
        "importers there, who repaid the network in local currency. The investigation had led "
        "to 31 arrests in the two countries in 2024 and to the seizure of cash worth about "
        "US$ 5.2 million.",
    ),
    (
        "p",
        "34",
        "Daniel Ashworth (United Kingdom of Great Britain and Northern Ireland) explained that "
        "the law of his country allowed cash of \u00a31,000 or more to be seized and forfeited "
        "in civil proceedings where a court was satisfied that it was the proceeds of crime "
        "or intended for use in crime, without the need for a criminal conviction. The powers "
        "had been extended in 2018 to funds held in bank accounts and to items such as "
        "precious metals and watches. In the previous financial year, the equivalent of about "
        "US$ 190 million had been forfeited under those powers.",
    ),
    (
        "p",
        "35",
        "The observer for the Egmont Group noted that financial intelligence units could "
        "exchange information with their foreign counterparts within days, whereas requests "
        "for mutual legal assistance usually took months. Several experts observed, however, "
        "that in many States customs administrations were not allowed to share the "
        "declarations they received directly with financial intelligence units or with "
        "foreign customs administrations, and called for legal gateways and memorandums of "
        "understanding that would allow such exchanges.",
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "36",
        "The meeting adopted the following recommendations, to be brought to the attention "
        "of the Fifteenth Congress. Member States should:",
    ),
    (
        "sub",
        "a",
        "Ensure that their cash declaration or disclosure systems cover all means of "
        "transport, including postal and express consignments, and extend to gold, precious "
        "stones and prepaid cards;",
    ),
    (
        "sub",
        "b",
        "Provide for sanctions for false declarations that are proportionate and dissuasive, "
        "and empower the competent authorities to stop or restrain cash for a limited period "
        "where there is a suspicion of money-laundering or a false declaration;",
    ),
    (
        "sub",
        "c",
        "Give customs administrations the power to investigate money-laundering related to "
        "the offences they detect, or establish joint teams of customs, police and financial "
        "intelligence units for that purpose;",
    ),
    (
        "sub",
        "d",
        "Establish or strengthen arrangements for the regular exchange of import and export "
        "data with their main trading partners, and use those data to detect discrepancies in "
        "the value, quantity or description of goods;",
    ),
    (
        "sub",
        "e",
        "Ensure that information from cash declarations and customs declarations is made "
        "available to financial intelligence units, and that suspicious transaction reports "
        "relating to trade are shared with customs administrations;",
    ),
    (
        "sub",
        "f",
        "Require companies licensed in free trade zones to keep accurate information on their "
        "beneficial owners and to make it available to the competent authorities, and apply "
        "to goods in free trade zones the same controls as to other trade;",
    ),
    (
        "sub",
        "g",
        "Treat serious customs fraud as a predicate offence to money-laundering and consider "
        "the confiscation of the proceeds of trade-based money-laundering and cash smuggling "
        "without a criminal conviction, in accordance with the fundamental principles of "
        "their domestic law;",
    ),
    (
        "sub",
        "h",
        "Train customs officers, prosecutors and judges in the detection and investigation of "
        "trade-based money-laundering, including the valuation of goods and the analysis of "
        "trade data, and take measures to prevent and detect corruption in customs "
        "administrations.",
    ),
    (
        "p",
        "37",
        "The meeting further recommended that UNODC, in cooperation with WCO:",
    ),
    (
        "sub",
        "a",
        "Develop a practical guide for customs and law enforcement officers on the "
        "investigation of trade-based money-laundering, including cases involving invoices "
        "for services;",
    ),
    (
        "sub",
        "b",
        "Support Member States, upon request, in establishing mechanisms for the exchange of "
        "trade data and in the use of data analysis tools to detect anomalies;",
    ),
    (
        "sub",
        "c",
        "Organize regional training workshops for customs officers, prosecutors and analysts "
        "of financial intelligence units, the first of which the Government of Georgia "
        "offered to host in 2026.",
    ),
    ("h1", "V.", "Attendance and adoption of the report"),
    ("h2", "A.", "Attendance"),
    (
        "p",
        "38",
        "The meeting was attended by experts from the following twenty-three States: "
        "Argentina, Azerbaijan, Brazil, Colombia, France, Georgia, Germany, India, "
        "Kazakhstan, Kenya, Mexico, Morocco, Netherlands (Kingdom of the), Nigeria, Panama, "
        "Senegal, Spain, Sweden, T\u00fcrkiye, United Arab Emirates, United Kingdom of Great "
        "Britain and Northern Ireland, United States of America and Uzbekistan. The experts "
        "included customs officers, prosecutors, police investigators, officials of financial "
        "intelligence units and tax administrations, and a judge.",
    ),
    (
        "p",
        "39",
        "WCO, the International Criminal Police Organization (INTERPOL), the secretariat of "
        "FATF, the Egmont Group of Financial Intelligence Units, OLAF and the Eurasian Group "
        "on Combating Money Laundering and Financing of Terrorism were represented by "
        "observers. The Caucasus Institute for Customs and Trade Studies, an academic "
        "institution based in Tbilisi, was also represented. In total, 81 participants "
        "attended the meeting.",
    ),
    ("h2", "B.", "Adoption of the report"),
    (
        "p",
        "40",
        "At its closing meeting, on 15 May 2025, the meeting adopted the present report, "
        "including the recommendations set out in chapter IV, on the basis of a draft "
        "introduced by the Rapporteur.",
    ),
    (
        "p",
        "41",
        "In her closing remarks, the Chair thanked the Government of Georgia for hosting the "
        "meeting, the Governments of Japan and Sweden for their financial support, and UNODC "
        "and WCO for organizing it. She welcomed the offer of the Government of Georgia to "
        "host the first of the regional training workshops referred to in paragraph 37 (c), "
        "and expressed the hope that the recommendations would be reflected in the "
        "declaration to be adopted by the Congress.",
    ),
]

LEFT = 22.0  # left margin: headings and paragraph numbers
TEXT_X = 34.0  # paragraph text column (hanging indent)
SUB_LABEL_X = 34.0  # "(a)" labels
SUB_TEXT_X = 44.0  # sub-item text column
SUBSUB_LABEL_X = 44.0  # "(i)" labels
SUBSUB_TEXT_X = 54.0  # nested sub-item text column
LINE_LABEL_X = 44.0  # agenda numbers / officer titles
LINE_TEXT_X_AGENDA = 52.0
LINE_TEXT_X_OFFICER = 68.0
TABLE_COLS = [TEXT_X + 6.0, TEXT_X + 34.0, TEXT_X + 76.0]
RIGHT = 170.0  # right edge of the text block
FONT_SIZE = 10.0
LEAD = 4.75  # line height in mm
PARA_GAP = 2.2


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_GEOMETRY = _un_pdf.Geometry.of(globals())

_draw_table = _un_pdf.figures_table(TABLE_COLS, _GEOMETRY)


def render(total_pages: int) -> tuple[UNReport, _un_pdf.Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 6, 4), FONTS, total_pages
    )
    pdf.add_page()
    lay = _un_pdf.Layout(pdf, FOOTNOTES)
    y = _un_pdf.front_page(
        pdf,
        disclaimer=DISCLAIMER,
        organ=CONGRESS,
        issue_date=ISSUE_DATE,
        title=TITLE,
        place_dates=PLACE_DATES,
        text_x=TEXT_X,
    )
    _un_pdf.draw_body(pdf, lay, BODY, _GEOMETRY, y, extra={"table": _draw_table})
    lay.flush_footnotes()
    return pdf, lay


plain = _un_pdf.plain


def _unit_id(kind: str, num: str, last_para: str) -> str:
    return num if kind == "p" else f"{last_para}({num})"


def units() -> list[dict]:
    """The expected units, in document order, from the same data the PDF is drawn from. A
    paragraph's officer or agenda lines, table rows and footnote texts are further strings of
    its "contains"."""
    out: list[dict] = [
        _un_pdf.front_unit(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
    ]
    by_id: dict[str, dict] = {}
    last_para = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            continue
        if kind == "table":
            by_id[last_para].setdefault("extra", []).extend(" | ".join(r) for r in item[1])
            continue
        _, num, text = item
        if kind == "line":
            by_id[last_para].setdefault("extra", []).append(f"{num} {text}".strip())
            continue
        uid = _unit_id(kind, num, last_para)
        if kind == "p":
            last_para = num
        u = {"id": uid, "text": plain(text)}
        by_id[uid] = u
        out.append(u)
    # footnote texts after everything else the unit holds
    last_para = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2", "table", "line"):
            continue
        _, num, text = item
        uid = _unit_id(kind, num, last_para)
        if kind == "p":
            last_para = num
        for m in _un_pdf.MARK_RE.findall(text):
            by_id[uid].setdefault("extra", []).append(FOOTNOTES[m])
    for u in out:
        if "extra" in u:
            u["contains"] = [u.pop("text"), *u.pop("extra")]
    return out


def build(out: Path = OUT) -> dict[str, object]:
    total, lay = _un_pdf.build_twice(render, out)
    return {"pages": total, **lay.summary()}


def write_units(path: Path = UNITS_OUT) -> None:
    doc = _un_pdf.expected_doc(
        DOC_ID, f"eval/gold/docs/{DOC_ID}.pdf", TITLE, SYMBOL, ISSUE_DATE, PLACE_DATES, units()
    )
    _un_pdf.write_expected(path, doc)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    info = build(target)
    write_units()
    paragraphs = sum(1 for item in BODY if item[0] == "p")
    print(f"wrote {target}: pages={info['pages']}, numbered paragraphs={paragraphs}")
    print(f"split paragraphs (unit: pages): {info['split']}")
    print(f"footnote pages: {info['footnote_pages']}")
    print(f"table paragraph 11 on page {info['first_page'].get('11')}")
    print(f"wrote {UNITS_OUT}")
