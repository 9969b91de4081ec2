"""Generate the synthetic test PDF synthetic-fisheries-crime-egm.pdf (under eval/gold/docs, its expected units under eval/gold/expected).

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on crimes in the
fisheries sector (illegal, unreported and unregulated fishing linked to forced labour on
vessels, document fraud, tax crimes, transshipment at sea and the corruption of inspectors),
held in Valparaíso, Chile, in preparation for the Fifteenth United Nations Congress on Crime
Prevention and Criminal Justice, laid out like a United Nations ODS PDF report (fpdf2):

  * masthead with the symbol and distribution block (helper _un_pdf.py), the job number
    "V.25-04711 (E)" at the foot of the first page;
  * a CONTENTS block on the first page, right after the title: chapter and section titles
    with dot leaders, a "Paragraphs" range column and a "Page" column (page numbers come
    from a first rendering pass, so they are the pages the headings really fall on);
  * running headers with the symbol and footers with "n/N" and the job number, alternating
    left/right, from page 2 on; the body starts on page 2;
  * paragraph numbers in their own left column with the text in a hanging indent;
  * officer lines and agenda lines inside a paragraph;
  * lettered sub-items in the deliberations and in the recommendations, with one nested
    (i)-(iii) level inside a recommendation;
  * two superscript footnote marks, footnote text at the foot of the page under a short rule;
  * paragraphs that continue on the next page (natural flow);
  * an annex on a new page, "List of participants", set as grouped lines: category
    headings (States, intergovernmental organizations, ...), each State or organization in
    bold, and under it one line per participant ("Name, title"), wrapped with a hanging
    indent.

Names with accents are set in Liberation Serif (TrueType). No word is hyphenated at a line
end (lines break at spaces only). The output is deterministic (fixed creation date).

The same data writes the expected units, synthetic-fisheries-crime-egm.json, so that the
document and its units cannot drift.

Run:  .venv/bin/python eval/gold/sources/make_synthetic_fisheries_crime_egm_pdf.py
It is not a United Nations document.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _un_pdf  # noqa: E402

DOC_ID = "synthetic-fisheries-crime-egm"
OUT = HERE.parents[2] / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = HERE.parents[2] / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.24/2025/1"
ISSUE_DATE = "30 May 2025"
JOB_NUMBER = "V.25-04711"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = "Report of the Expert Group Meeting on Crimes in the Fisheries Sector"
PLACE_DATES = "Valparaíso, Chile, 7–9 May 2025"

FOOTNOTES = {
    "1": (
        "Food and Agriculture Organization of the United Nations, Agreement on Port State "
        "Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing "
        "(Rome, 2009), which entered into force on 5 June 2016."
    ),
    "2": (
        "International Labour Organization, Work in Fishing Convention, 2007 (No. 188), "
        "which entered into force on 16 November 2017."
    ),
}

# Body items, as _un_pdf.draw_body reads them.
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Crimes in the Fisheries Sector was held in Valparaíso, "
        "Chile, from 7 to 9 May 2025, as part of the preparations for the Fifteenth United "
        "Nations Congress on Crime Prevention and Criminal Justice. It was organized by the "
        "United Nations Office on Drugs and Crime (UNODC), through its Global Maritime Crime "
        "Programme, and hosted by the Government of Chile through the Undersecretariat for "
        "Fisheries and Aquaculture and the Directorate General of the Maritime Territory and "
        "Merchant Marine. The meeting received financial support from the Government of "
        "Norway. Interpretation was provided in English, French and Spanish.",
    ),
    (
        "p",
        "2",
        "The meeting was convened to examine the crimes committed along the fisheries value "
        "chain, from the catching of fish at sea to its landing, processing, transport and "
        "sale, and to identify criminal justice responses that could be brought to the "
        "attention of the Congress. Experts were invited to look beyond illegal, unreported "
        "and unregulated fishing as a question of fisheries management and to consider the "
        "serious offences that frequently accompany it, including forced labour and "
        "trafficking in persons on board fishing vessels, the falsification of licences and "
        "catch documents, tax and customs fraud, money-laundering and the corruption of "
        "public officials.",
    ),
    (
        "p",
        "3",
        "The meeting also considered how existing international instruments could be used "
        "more effectively against those crimes, in particular the United Nations Convention "
        "against Transnational Organized Crime, the United Nations Convention against "
        "Corruption and the Agreement on Port State Measures to Prevent, Deter and Eliminate "
        "Illegal, Unreported and Unregulated Fishing.{1}",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "4",
        "The meeting was opened by Ricardo Valdés Echeverría, Undersecretary for Fisheries "
        "and Aquaculture of Chile, who welcomed participants to Valparaíso. He recalled that "
        "fishing and aquaculture provided employment to some 150,000 people in Chile, many "
        "of them in small coastal communities, and that the country had made the processing, "
        "transport and marketing of illegally caught fish a criminal offence. He stressed "
        "that the ocean did not recognize borders and that no State could protect its "
        "fisheries alone.",
    ),
    (
        "p",
        "5",
        "Henrik Aasland Brekke, Coordinator of the Global Maritime Crime Programme of UNODC, "
        "delivered a statement on behalf of the Executive Director. He observed that crime "
        "in the fisheries sector was too often treated as an administrative matter and "
        "settled with a fine that the offending company regarded as a cost of doing "
        "business. He recalled estimates according to which up to one in every five fish "
        "caught worldwide might come from illegal, unreported or unregulated fishing, and "
        "losses to coastal States of between US$ 10 billion and US$ 23.5 billion a year.",
    ),
    (
        "p",
        "6",
        "Naledi Mokoena-Hart, Secretary of the Fifteenth Congress, addressed the meeting by "
        "video link. She recalled that the discussion guide for the Congress identified "
        "crimes that affect the environment, including crimes in the fisheries sector, as "
        "an emerging form of crime, and informed participants that the conclusions of the "
        "meeting would be brought to the attention of the Congress. Written comments on the "
        "present report could be submitted to the Secretariat until 20 June 2025.",
    ),
    (
        "p",
        "7",
        "Rear Admiral Patricio Sepúlveda Lagos, Director General of the Maritime Territory "
        "and Merchant Marine, described the monitoring of the exclusive economic zone of "
        "Chile, which extended over more than 3.6 million square kilometres. He reported "
        "that some four hundred foreign fishing vessels operated each year close to the "
        "outer limit of the zone, mostly in the jumbo flying squid fishery, and that several "
        "had been detected switching off their automatic identification systems as they "
        "approached it.",
    ),
    ("h2", "B.", "Attendance"),
    (
        "p",
        "8",
        "The meeting was attended by 32 experts from the following sixteen States: "
        "Argentina, Cabo Verde, Chile, Côte d’Ivoire, Ecuador, Ghana, Indonesia, Mexico, "
        "Namibia, Norway, Peru, Philippines, São Tomé and Príncipe, South Africa, Thailand "
        "and Türkiye. The experts included fisheries inspectors, prosecutors, police and "
        "naval officers, labour inspectors, customs and tax officials, and judges.",
    ),
    (
        "p",
        "9",
        "The Food and Agriculture Organization of the United Nations (FAO), the "
        "International Labour Organization (ILO), the International Maritime Organization "
        "(IMO), the International Criminal Police Organization (INTERPOL) and the Permanent "
        "Commission for the South Pacific were represented by observers. The Fishers’ "
        "Rights Alliance, a non-governmental organization that assists migrant fishers, and "
        "the Benguela Institute for Ocean Governance were also represented. In total, 44 "
        "participants attended the meeting, in addition to the officials of the host "
        "Government who took part in the opening session. The list of participants is "
        "contained in the annex to the present report.",
    ),
    ("h2", "C.", "Election of officers"),
    (
        "p",
        "10",
        "At its 1st meeting, on 7 May 2025, the meeting elected the following officers by "
        "acclamation:",
    ),
    ("line", "Chair:", "Catalina Ibáñez Zúñiga (Chile)"),
    ("line", "Vice-Chair:", "Aménan Kouassi-Brou (Côte d’Ivoire)"),
    ("line", "Vice-Chair:", "Rizal Prasetyo Nugroho (Indonesia)"),
    ("line", "Rapporteur:", "Nelson Conceição Bragança (São Tomé and Príncipe)"),
    ("h2", "D.", "Adoption of the agenda and organization of work"),
    ("p", "11", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    (
        "line",
        "4.",
        "Illegal, unreported and unregulated fishing and its links with organized crime.",
    ),
    ("line", "5.", "Forced labour and trafficking in persons on board fishing vessels."),
    ("line", "6.", "Document fraud, tax crimes and money-laundering in the fisheries sector."),
    ("line", "7.", "Transshipment at sea and the monitoring of fishing vessels."),
    ("line", "8.", "Corruption of fisheries inspectors and port officials."),
    ("line", "9.", "Recommendations to the Fifteenth Congress."),
    ("line", "10.", "Adoption of the report."),
    (
        "p",
        "12",
        "The meeting held its deliberations in plenary. On the afternoon of 8 May 2025, "
        "participants visited the port of San Antonio, where officers of the National "
        "Fisheries and Aquaculture Service demonstrated the inspection of a foreign-flagged "
        "refrigerated cargo vessel under port State measures and the use of satellite data "
        "to verify the route it had declared.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Illegal, unreported and unregulated fishing and organized crime (agenda item 4)",
    ),
    (
        "p",
        "13",
        "A representative of the Secretariat introduced the agenda item. She explained that "
        "the expression “fisheries crime” was used to describe serious offences committed "
        "throughout the fisheries sector, and that it was broader than illegal, unreported "
        "and unregulated fishing, which was a fisheries management concept and not, in "
        "itself, a crime under international law. Much of the most harmful conduct in the "
        "sector, such as the use of forced labour, the falsification of documents and tax "
        "evasion, took place on land, in offices, ports and processing plants, and not at "
        "sea.",
    ),
    (
        "p",
        "14",
        "Statements were made by the representatives of Argentina, Ecuador, Norway and Peru. "
        "A statement was also made by the observer for the Permanent Commission for the "
        "South Pacific.",
    ),
    (
        "p",
        "15",
        "Ingrid Solheim Aas (Norway) presented the findings of a multi-agency analysis of "
        "crime in the fishing industry carried out by the Norwegian authorities. The "
        "analysis had found that the industry was exposed to the same crimes as other "
        "industries, namely fraud, tax evasion, labour exploitation and money-laundering, "
        "but that those crimes went largely undetected because fisheries control had "
        "focused on the quantity of fish caught and not on the companies that caught it. "
        "She reported that an investigation into landings of cod had shown that some 30 per "
        "cent of the landings checked had been under-reported, and that the proceeds had "
        "been moved through shell companies in three jurisdictions.",
    ),
    (
        "p",
        "16",
        "Martín Ezequiel Lavalle (Argentina) reported that, during the squid season, between "
        "300 and 500 foreign vessels operated along the outer limit of the exclusive "
        "economic zone of Argentina. Vessels had been detected entering the zone at night "
        "with their automatic identification systems switched off. In 2024, a foreign "
        "vessel caught fishing inside the zone had been fined the equivalent of US$ 1.8 "
        "million and its catch of 250 tonnes of squid had been confiscated; the owner had "
        "paid the fine within a week, which suggested that the penalty had little deterrent "
        "effect.",
    ),
    (
        "p",
        "17",
        "Andrés Patricio Cevallos Mora (Ecuador) described the trafficking of shark fins "
        "from the waters around the Galápagos Islands to markets in Asia. In 2023, customs "
        "officers at the airport of Guayaquil had seized some 9,000 shark fins declared as "
        "dried fish. He explained that the fins had been collected from artisanal fishers "
        "by intermediaries who were also involved in the trafficking of cocaine, and that "
        "the same boats, routes and money couriers were used for both.",
    ),
    (
        "p",
        "18",
        "Rosa Elvira Quispe Huamán (Peru) noted that informality in the artisanal fleet "
        "made it easy to launder illegal catch: fewer than half of the vessels landing "
        "jumbo flying squid in northern ports held a valid fishing permit. Since 2020, Peru "
        "had required foreign vessels seeking access to its ports to transmit their "
        "satellite positions continuously for the whole of their voyage, and several "
        "vessels had chosen to land their catch elsewhere rather than comply.",
    ),
    (
        "p",
        "19",
        "Hernán Zegarra Bustos, observer for the Permanent Commission for the South Pacific, "
        "described a regional register of vessels authorized to fish in the South-East "
        "Pacific, which listed 1,140 vessels, and a system through which member States "
        "shared the results of port inspections within 48 hours. He noted that a vessel "
        "refused entry to one port was often able to land its catch in a neighbouring "
        "country a few days later.",
    ),
    (
        "p",
        "20",
        "Several experts observed that in many jurisdictions fisheries offences were "
        "punishable only by administrative fines or by short terms of imprisonment, so "
        "that they did not qualify as serious crime within the meaning of the Organized "
        "Crime Convention, which requires a maximum penalty of at least four years of "
        "deprivation of liberty. As a result, mutual legal assistance, extradition and the "
        "confiscation of proceeds were frequently unavailable in fisheries cases.",
    ),
    (
        "h2",
        "B.",
        "Forced labour and trafficking in persons on board fishing vessels (agenda item 5)",
    ),
    (
        "p",
        "21",
        "Lucía Benavente Ortega, observer for ILO, introduced the agenda item. She recalled "
        "that fishing was one of the most dangerous occupations in the world and that the "
        "Work in Fishing Convention, 2007 (No. 188),{2} set minimum standards for written "
        "work agreements, hours of rest, food, accommodation and medical care on board. The "
        "indicators of forced labour most frequently found on fishing vessels included the "
        "withholding of wages and identity documents, debt bondage arising from recruitment "
        "fees, physical violence and isolation at sea for months or even years.",
    ),
    (
        "p",
        "22",
        "Statements were made by the representatives of Ghana, Indonesia, the Philippines, "
        "South Africa and Thailand. A statement was also made by the observer for the "
        "Fishers’ Rights Alliance.",
    ),
    (
        "p",
        "23",
        "Suthida Wongsakul (Thailand) described the reforms undertaken by her country since "
        "2015. A network of 30 port-in, port-out control centres inspected every commercial "
        "fishing vessel of 30 gross tonnes or more on departure and on return, checking the "
        "crew list against the persons actually on board. Fishers were paid by bank "
        "transfer, and vessels were not allowed to stay at sea for more than thirty days "
        "without returning to port. She acknowledged that enforcement against vessels "
        "fishing in distant waters under the flags of other States remained difficult.",
    ),
    (
        "p",
        "24",
        "Rizal Prasetyo Nugroho, Vice-Chair, speaking as the representative of Indonesia, "
        "reported that Indonesian fishers recruited by manning agencies to work on "
        "distant-water vessels had paid recruitment fees of up to US$ 1,500 and had signed "
        "contracts in languages that they could not read. Some had worked for up to two "
        "years without setting foot on land. The Government had received 412 complaints "
        "from migrant fishers in 2024, more than half of which concerned unpaid wages.",
    ),
    (
        "p",
        "25",
        "Maria Lourdes Villanueva Santos (Philippines) said that the Department of Migrant "
        "Workers had suspended the licences of 14 manning agencies in 2024 for deploying "
        "fishers without approved contracts. She noted that many fishers were recruited "
        "informally in their villages by sub-agents and that the agencies later denied any "
        "responsibility for them.",
    ),
    (
        "p",
        "26",
        "Kwame Osei-Bonsu (Ghana) observed that fisheries observers placed on board "
        "industrial trawlers to monitor the catch were often the only independent "
        "witnesses of abuse of the crew, but that they were themselves exposed to threats, "
        "intimidation and offers of bribes. He called for observers to be given the same "
        "protection as other witnesses in criminal proceedings.",
    ),
    (
        "p",
        "27",
        "Thandeka Mahlangu (South Africa) said that labour inspectors seldom had the power "
        "to board foreign vessels in port and rarely had any maritime training. Since 2023, "
        "inspections in the port of Cape Town had been carried out by joint teams of "
        "fisheries, labour and police officers, who interviewed crew members in private, "
        "away from the officers of the vessel, and with the help of interpreters. In the "
        "first year, the joint teams had referred 19 fishers to the authorities as "
        "presumed victims of trafficking in persons.",
    ),
    (
        "p",
        "28",
        "Dewi Anggraini Sasmita, observer for the Fishers’ Rights Alliance, said that "
        "fishers who escaped or were rescued were too often treated as irregular migrants "
        "or as accomplices in illegal fishing rather than as victims. She described the "
        "case of 23 fishers abandoned in a foreign port for eleven months, without wages "
        "and with little food, after their vessel had been detained, and called for the "
        "principle of non-punishment of victims of trafficking to be applied to fishers.",
    ),
    (
        "h2",
        "C.",
        "Document fraud, tax crimes and money-laundering (agenda item 6)",
    ),
    (
        "p",
        "29",
        "A representative of the Secretariat introduced the agenda item. She noted that "
        "fish was among the most traded food commodities in the world and that its "
        "traceability still depended largely on paper documents that could be forged, "
        "altered or obtained by fraud. The main forms of document fraud observed in the "
        "sector were the following:",
    ),
    ("sub", "a", "The use of forged or altered fishing licences and authorizations;"),
    (
        "sub",
        "b",
        "The use by two or more vessels of the same name, registration number and "
        "identification documents, and repeated changes of name and flag to escape "
        "sanctions;",
    ),
    (
        "sub",
        "c",
        "The use of false catch certificates to introduce illegally caught fish into "
        "legal supply chains;",
    ),
    (
        "sub",
        "d",
        "The misdeclaration of the species, weight, value or origin of fish in customs and "
        "tax declarations.",
    ),
    (
        "p",
        "30",
        "Statements were made by the representatives of Cabo Verde, Chile, Mexico and "
        "Türkiye. A statement was also made by the observer for INTERPOL.",
    ),
    (
        "p",
        "31",
        "Élodie Marchand, observer for INTERPOL, described a vessel that had changed its name "
        "twelve times and its flag eight times in ten years, and had used at least six "
        "different radio call signs. She explained that INTERPOL had issued Purple Notices "
        "to alert member countries to the methods used by such vessels, and encouraged "
        "States to share information on vessels suspected of fraud through the "
        "Organization’s channels.",
    ),
    (
        "p",
        "32",
        "Maria da Luz Tavares Semedo (Cabo Verde) reported that in 2023 the authorities had "
        "refused to allow the landing of 340 tonnes of tuna at the port of Mindelo, after "
        "inspectors found that the catch certificates bore the name and number of a vessel "
        "that had been scrapped in 2019. She stressed that small island States with large "
        "maritime areas depended on the cooperation of flag States to verify documents.",
    ),
    (
        "p",
        "33",
        "Gerardo Alonso Treviño Ruiz (Mexico) described the trafficking of the swim "
        "bladders of the totoaba, a protected species of the Gulf of California, which "
        "could fetch more than US$ 10,000 per kilogram on destination markets. The bladders "
        "were exported in passenger luggage and by courier, declared as dried fish maw, "
        "and the networks involved also trafficked drugs and laundered money through "
        "seafood export companies.",
    ),
    (
        "p",
        "34",
        "Emre Çağatay Öztürk (Türkiye) presented the results of joint audits of fishing and "
        "fish trading companies carried out since 2022 by the tax inspection board and the "
        "fisheries authorities. The audits had found that sales of fish paid for in cash "
        "were frequently left out of the accounts, and that invoices issued by companies "
        "that did not trade at all had been used to claim refunds of value added tax. Taxes "
        "and penalties amounting to about 240 million Turkish lira had been recovered.",
    ),
    (
        "p",
        "35",
        "Javiera Montt Larraín (Chile) explained that the National Fisheries and "
        "Aquaculture Service compared landing declarations with the records of processing "
        "plants and with export declarations. In 2024, the comparison had identified some "
        "2,700 tonnes of common hake that had been processed without any documented legal "
        "origin, which had led to criminal investigations against the owners of four "
        "processing plants.",
    ),
    (
        "p",
        "36",
        "Experts agreed that fisheries authorities should share information with tax "
        "administrations, customs and financial intelligence units, and that registers of "
        "the beneficial owners of fishing vessels and companies would help investigators to "
        "identify the persons who profited from fisheries crime, who were seldom those on "
        "board.",
    ),
    (
        "h2",
        "D.",
        "Transshipment at sea and the monitoring of fishing vessels (agenda item 7)",
    ),
    (
        "p",
        "37",
        "Paola Grimaldi, observer for FAO, introduced the agenda item. She explained that "
        "transshipment at sea, the transfer of catch from a fishing vessel to a "
        "refrigerated cargo vessel, allowed fishing vessels to remain at sea for months or "
        "years, concealed where and by whom fish had been caught, and kept crew members "
        "beyond the reach of inspectors. The same encounters were used to resupply vessels "
        "with fuel and food and to exchange crew.",
    ),
    (
        "p",
        "38",
        "Statements were made by the representatives of Ghana, Peru and South Africa. "
        "Statements were also made by the observers for IMO and the Benguela Institute for "
        "Ocean Governance.",
    ),
    (
        "p",
        "39",
        "Kwame Osei-Bonsu (Ghana) described an illegal trade in which canoes collected "
        "frozen fish from industrial trawlers at sea and landed it in coastal towns for "
        "sale. The fish, much of it juvenile small pelagic fish targeted by artisanal "
        "fishers, was caught by the trawlers in breach of their licences. He estimated that "
        "the trade involved some 80,000 tonnes of fish a year and deprived artisanal "
        "fishing communities of their livelihoods.",
    ),
    (
        "p",
        "40",
        "Matthew Ellingworth, observer for IMO, recalled that fishing vessels of 100 gross "
        "tonnage and above could be assigned a unique and permanent IMO ship identification "
        "number, which remained unchanged when a vessel changed its name or flag. He "
        "encouraged States to require such numbers as a condition for the licensing of "
        "fishing vessels and for access to port.",
    ),
    (
        "p",
        "41",
        "Sipho Dlamini-Roux, observer for the Benguela Institute for Ocean Governance, "
        "presented an analysis of satellite tracking data which had identified more than "
        "1,600 probable transshipment events in the South-East Atlantic between 2021 and "
        "2024. Fewer than one in ten of those events had been reported to the competent "
        "regional fisheries management organization. On average, the refrigerated cargo "
        "vessels involved had not transmitted their positions for 40 per cent of the time "
        "they spent at sea.",
    ),
    (
        "p",
        "42",
        "Thandeka Mahlangu (South Africa) and Rosa Elvira Quispe Huamán (Peru) both "
        "described cases in which fishers who had been kept at sea for more than a year "
        "had been transferred between vessels during transshipment, so that no port State "
        "had ever had the opportunity to inspect the conditions in which they worked.",
    ),
    (
        "p",
        "43",
        "Experts did not agree on whether transshipment at sea should be prohibited. Some "
        "considered that a general prohibition was the only effective response, while "
        "others favoured requiring prior authorization for each transshipment, the "
        "presence of an independent observer on board the receiving vessel and the "
        "continuous transmission of positions by both vessels.",
    ),
    (
        "h2",
        "E.",
        "Corruption of fisheries inspectors and port officials (agenda item 8)",
    ),
    (
        "p",
        "44",
        "A representative of the Secretariat introduced the agenda item. She explained "
        "that corruption enabled most of the crimes discussed at the meeting, whether it "
        "took the form of bribes paid to fisheries inspectors and port officials, the "
        "manipulation of the allocation of licences and quotas, or pressure on observers. "
        "In a survey conducted by UNODC in 2024, one in four of the fisheries inspectors "
        "who responded in eleven countries said that they had been offered a bribe in the "
        "previous twelve months.",
    ),
    (
        "p",
        "45",
        "Statements were made by the representatives of Côte d’Ivoire, Namibia, Norway, "
        "the Philippines and São Tomé and Príncipe.",
    ),
    (
        "p",
        "46",
        "Aménan Kouassi-Brou, Vice-Chair, speaking as the representative of Côte d’Ivoire, "
        "said that until 2022 inspectors at the port of Abidjan had received allowances "
        "from the agents of the vessels that they inspected. The allowances were now paid "
        "by the State, and since 2023 inspection assignments had been made at random by "
        "software, so that no inspector could know in advance which vessel he or she would "
        "inspect. Complaints from vessel operators about requests for payment had fallen by "
        "half.",
    ),
    (
        "p",
        "47",
        "Selma Ndapewa Nangolo (Namibia) described a prosecution, still pending, of senior "
        "officials accused of allocating fishing quotas to companies in exchange for "
        "payments. She said that the case had shown that the allocation of quotas was "
        "exposed to the same corruption risks as public procurement. Assets worth the "
        "equivalent of US$ 35 million had been frozen at the request of the prosecution.",
    ),
    (
        "p",
        "48",
        "Nelson Conceição Bragança, Rapporteur, speaking as the representative of São Tomé "
        "and Príncipe, observed that his country’s exclusive economic zone was more than "
        "one hundred times larger than its land territory and that it was monitored by a "
        "single patrol boat. Licence fees paid by foreign fleets were an important source "
        "of public revenue, yet the agreements granting access to those fleets had not "
        "been published. He called for the publication of fishing access agreements and "
        "of the lists of licensed vessels.",
    ),
    (
        "p",
        "49",
        "Torbjørn Hægeland Lie (Norway) and Jose Emmanuel Dimaculangan (Philippines) "
        "described integrity measures for inspection services, including the regular "
        "rotation of inspectors, inspections carried out by two officers together, "
        "electronic inspection reports that could not be altered after submission, and "
        "asset declarations by inspectors and licensing officials. Several experts added "
        "that such measures would be effective only if inspectors were adequately paid "
        "and those who reported corruption were protected.",
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "50",
        "The meeting adopted the following recommendations for the consideration of the "
        "Fifteenth Congress. Member States should:",
    ),
    (
        "sub",
        "a",
        "Establish the most serious forms of crime in the fisheries sector as criminal "
        "offences punishable by a maximum deprivation of liberty of at least four years, so "
        "that the United Nations Convention against Transnational Organized Crime can be "
        "applied to them;",
    ),
    (
        "sub",
        "b",
        "Set up multi-agency task forces bringing together fisheries, labour, customs, tax "
        "and police authorities and prosecutors, to investigate crimes along the entire "
        "fisheries value chain;",
    ),
    (
        "sub",
        "c",
        "Protect fishers against forced labour and trafficking in persons, in particular by:",
    ),
    (
        "subsub",
        "i",
        "Requiring written work agreements in a language that the fisher understands and "
        "prohibiting the charging of recruitment fees to fishers;",
    ),
    (
        "subsub",
        "ii",
        "Empowering labour inspectors to board fishing vessels in port and to interview "
        "crew members in private, with the assistance of interpreters;",
    ),
    (
        "subsub",
        "iii",
        "Applying the principle of non-punishment to fishers who are victims of "
        "trafficking and ensuring that they are paid their wages and repatriated;",
    ),
    (
        "sub",
        "d",
        "Combat document fraud by introducing electronic catch documentation schemes, "
        "requiring IMO ship identification numbers for eligible fishing vessels, and "
        "refusing port entry to vessels that present false documents;",
    ),
    (
        "sub",
        "e",
        "Regulate transshipment at sea by requiring prior authorization, independent "
        "observers on board receiving vessels and the continuous transmission of vessel "
        "positions;",
    ),
    (
        "sub",
        "f",
        "Prevent corruption in fisheries administrations by rotating inspectors, assigning "
        "inspections at random, requiring asset declarations, and protecting observers and "
        "persons who report corruption;",
    ),
    (
        "sub",
        "g",
        "Conduct parallel financial investigations in fisheries cases, in cooperation with "
        "tax administrations and financial intelligence units, and seek the confiscation "
        "of the proceeds of crime;",
    ),
    (
        "sub",
        "h",
        "Publish fishing access agreements, lists of licensed vessels and information on "
        "the beneficial owners of fishing vessels and companies.",
    ),
    (
        "p",
        "51",
        "The meeting further recommended that UNODC, in cooperation with FAO, ILO and IMO, "
        "develop a joint training programme for investigators, prosecutors and judges on "
        "crimes in the fisheries sector, subject to the availability of extrabudgetary "
        "resources.",
    ),
    (
        "p",
        "52",
        "Some experts proposed that the Congress consider whether a new international "
        "instrument on crimes in the fisheries sector would be desirable. Other experts "
        "considered that the existing conventions provided a sufficient legal basis and "
        "that the priority was their effective implementation.",
    ),
    ("h1", "V.", "Adoption of the report and closing of the meeting"),
    (
        "p",
        "53",
        "At its closing meeting, on 9 May 2025, the meeting adopted the present report, as "
        "orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "54",
        "In her closing remarks, the Chair thanked the Government of Chile for its "
        "hospitality, the Government of Norway for its financial support and UNODC for "
        "organizing the meeting. She welcomed the offer made by the Government of Namibia "
        "to host a regional follow-up workshop for States of the South Atlantic, the dates "
        "of which would be announced by the Secretariat, and declared the meeting closed.",
    ),
]

# The annex: a list of participants set as grouped lines. Category headings (not part of any
# unit), then groups: a State or organization (bold) and its participants, one per line.
ANNEX_HEADING = "Annex"
ANNEX_TITLE = "List of participants"
ANNEX: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "States",
        [
            (
                "Argentina",
                [
                    "Martín Ezequiel Lavalle, Commander, Argentine Naval Prefecture",
                    "Florencia Beatriz Orsini, Prosecutor, Environmental Crimes Unit, Public "
                    "Prosecution Service",
                ],
            ),
            (
                "Cabo Verde",
                ["Maria da Luz Tavares Semedo, Director, Fisheries Inspection Service"],
            ),
            (
                "Chile",
                [
                    "Catalina Ibáñez Zúñiga, National Director, National Fisheries and "
                    "Aquaculture Service",
                    "Javiera Montt Larraín, Head, Fisheries Intelligence Unit, National "
                    "Fisheries and Aquaculture Service",
                    "Cristóbal Aguirre Peñaloza, Commander, Directorate General of the "
                    "Maritime Territory and Merchant Marine",
                    "Rodrigo Fuenzalida Hott, Prosecutor, Specialized Unit on Money-Laundering, "
                    "Economic and Environmental Crimes, Public Prosecutor’s Office",
                ],
            ),
            (
                "Côte d’Ivoire",
                [
                    "Aménan Kouassi-Brou, Inspector General, Ministry of Animal and Fisheries "
                    "Resources",
                    "Yao Germain N’Guessan, Judge, Court of First Instance of Abidjan",
                ],
            ),
            (
                "Ecuador",
                [
                    "Andrés Patricio Cevallos Mora, Prosecutor, Office of the Attorney General",
                    "Gabriela Alejandra Jaramillo Vélez, Analyst, Undersecretariat of Fisheries "
                    "Resources",
                ],
            ),
            (
                "Ghana",
                [
                    "Kwame Osei-Bonsu, Deputy Director, Fisheries Enforcement Unit",
                    "Abena Serwaa Darko, Chief Inspector, Marine Police Unit, Ghana Police Service",
                ],
            ),
            (
                "Indonesia",
                [
                    "Rizal Prasetyo Nugroho, Director, Directorate General of Marine and "
                    "Fisheries Resources Surveillance, Ministry of Marine Affairs and Fisheries",
                    "Putri Ayu Lestari, Labour Inspector, Ministry of Manpower",
                ],
            ),
            (
                "Mexico",
                [
                    "Gerardo Alonso Treviño Ruiz, Director, Federal Attorney’s Office for "
                    "Environmental Protection",
                    "Ximena Cárdenas Olvera, Financial Analyst, Financial Intelligence Unit",
                ],
            ),
            (
                "Namibia",
                [
                    "Selma Ndapewa Nangolo, Deputy Prosecutor-General, Office of the "
                    "Prosecutor-General",
                    "Johannes Haufiku, Chief Fisheries Inspector, Ministry of Fisheries and "
                    "Marine Resources",
                ],
            ),
            (
                "Norway",
                [
                    "Ingrid Solheim Aas, Senior Adviser, National Authority for Investigation "
                    "and Prosecution of Economic and Environmental Crime",
                    "Torbjørn Hægeland Lie, Senior Tax Inspector, Norwegian Tax Administration",
                ],
            ),
            (
                "Peru",
                [
                    "Rosa Elvira Quispe Huamán, Director of Supervision, Ministry of Production",
                    "Luis Fernando Ñique Salazar, Captain, General Directorate of Captaincies "
                    "and Coast Guards",
                ],
            ),
            (
                "Philippines",
                [
                    "Maria Lourdes Villanueva Santos, Assistant Secretary, Department of "
                    "Migrant Workers",
                    "Jose Emmanuel Dimaculangan, Chief, Fisheries Law Enforcement Division, "
                    "Bureau of Fisheries and Aquatic Resources",
                ],
            ),
            (
                "São Tomé and Príncipe",
                [
                    "Nelson Conceição Bragança, Director of Fisheries, Ministry of "
                    "Agriculture, Rural Development and Fisheries",
                ],
            ),
            (
                "South Africa",
                [
                    "Thandeka Mahlangu, Director, Inspection and Enforcement Services, "
                    "Department of Employment and Labour",
                    "Pieter Johannes van Wyk, Senior State Advocate, National Prosecuting "
                    "Authority",
                ],
            ),
            (
                "Thailand",
                [
                    "Suthida Wongsakul, Director, Fishing Vessel Control Division, Department "
                    "of Fisheries",
                    "Anan Chaiyaporn, Police Colonel, Anti-Trafficking in Persons Division, "
                    "Royal Thai Police",
                ],
            ),
            (
                "Türkiye",
                [
                    "Emre Çağatay Öztürk, Chief Tax Inspector, Tax Inspection Board, Ministry "
                    "of Treasury and Finance",
                    "Zeynep Akgül Şahin, Head of Department, General Directorate of Fisheries "
                    "and Aquaculture",
                ],
            ),
        ],
    ),
    (
        "Intergovernmental organizations",
        [
            (
                "Food and Agriculture Organization of the United Nations",
                [
                    "Paola Grimaldi, Fishery Officer",
                    "Samuel Kwesi Annan, Legal Officer",
                ],
            ),
            (
                "International Criminal Police Organization",
                [
                    "Élodie Marchand, Criminal Intelligence Officer, Environmental Security "
                    "Programme",
                ],
            ),
            (
                "International Labour Organization",
                ["Lucía Benavente Ortega, Senior Specialist on Fishing and Maritime Labour"],
            ),
            (
                "International Maritime Organization",
                ["Matthew Ellingworth, Technical Officer, Maritime Safety Division"],
            ),
            (
                "Permanent Commission for the South Pacific",
                ["Hernán Zegarra Bustos, Scientific Coordinator"],
            ),
        ],
    ),
    (
        "Non-governmental organizations and academic institutions",
        [
            (
                "Benguela Institute for Ocean Governance",
                ["Sipho Dlamini-Roux, Research Fellow"],
            ),
            (
                "Fishers’ Rights Alliance",
                [
                    "Dewi Anggraini Sasmita, Legal Coordinator",
                    "Joel Mensah Agyei, Caseworker",
                ],
            ),
        ],
    ),
    (
        "Secretariat",
        [
            (
                "United Nations Office on Drugs and Crime",
                [
                    "Henrik Aasland Brekke, Coordinator, Global Maritime Crime Programme",
                    "Amira Haddad, Crime Prevention and Criminal Justice Officer",
                    "Tomás Riquelme Varas, Programme Officer, Global Maritime Crime Programme",
                ],
            ),
        ],
    ),
]

LEFT = 22.0  # left margin: headings and paragraph numbers
TEXT_X = 34.0  # paragraph text column (hanging indent)
SUB_LABEL_X = 34.0
SUB_TEXT_X = 44.0
SUBSUB_LABEL_X = 44.0
SUBSUB_TEXT_X = 54.0
LINE_LABEL_X = 44.0
LINE_TEXT_X_AGENDA = 52.0
LINE_TEXT_X_OFFICER = 68.0
RIGHT = 170.0
FONT_SIZE = 10.0
LEAD = 4.6
PARA_GAP = 2.0

# contents block (first page)
TOC_CH_LABEL_X = LEFT + 2.0  # "I."
TOC_CH_TEXT_X = LEFT + 11.0  # chapter title
TOC_SEC_LABEL_X = TOC_CH_TEXT_X  # "A."
TOC_SEC_TEXT_X = TOC_CH_TEXT_X + 7.0  # section title
TOC_TITLE_RIGHT = 128.0  # titles wrap before this
TOC_LEADER_END = 142.0  # dot leaders end here
TOC_PARA_RIGHT = 158.0  # paragraph ranges are right-aligned here
TOC_PAGE_RIGHT = RIGHT + 8.0  # page numbers are right-aligned here

# annex
ANNEX_GROUP_X = TEXT_X  # State / organization (bold)
ANNEX_NAME_X = TEXT_X + 6.0  # participant lines
ANNEX_WRAP_X = TEXT_X + 12.0  # continuation of a wrapped participant line


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_wrap = _un_pdf.wrap
_GEOMETRY = _un_pdf.Geometry.of(globals())


plain = _un_pdf.plain


def toc_entries() -> list[tuple[str, str, str, str]]:
    """(kind, label, title, paragraph range) for each chapter and section, from BODY, and
    the annex. The range runs from the first to the last numbered paragraph under it."""
    entries: list[list] = []
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            entries.append([kind, item[1], item[2], []])
        elif kind == "p":
            # a paragraph belongs to the last chapter and to the last section, if the
            # section comes after the chapter heading
            last_h1 = max(i for i, e in enumerate(entries) if e[0] == "h1")
            entries[last_h1][3].append(item[1])
            if entries[-1][0] == "h2":
                entries[-1][3].append(item[1])
    out = []
    for kind, label, title, paras in entries:
        rng = paras[0] if len(paras) == 1 else f"{paras[0]}\u2013{paras[-1]}"
        out.append((kind, label, title, rng))
    out.append(("annex", "Annex", ANNEX_TITLE, ""))
    return out


def leader(pdf: UNReport, x0: float, x1: float) -> str:
    """A run of dots that fills the space between x0 and x1 (at the current font)."""
    w = pdf.get_string_width(".")
    n = int((x1 - x0) / w)
    return "." * max(n, 3)


def draw_contents(pdf: UNReport, y: float, pages: dict[str, int]) -> tuple[float, list[str]]:
    """The CONTENTS block; returns the y after it and the text of each entry as one line
    ("I. Introduction ....... 1–3 2"), for the front unit."""
    lines: list[str] = []
    pdf.set_font("Serif", "B", 11)
    pdf.text(TOC_CH_TEXT_X, y, "Contents")
    lines.append("Contents")
    y += 6.0
    pdf.set_font("Serif", "I", 8.5)
    w1 = pdf.get_string_width("Paragraphs")
    w2 = pdf.get_string_width("Page")
    pdf.text(TOC_PARA_RIGHT - w1, y, "Paragraphs")
    pdf.text(TOC_PAGE_RIGHT - w2, y, "Page")
    lines.append("Paragraphs Page")
    y += 5.5
    for kind, label, title, rng in toc_entries():
        key = f"{kind}:{label}:{title}"
        page = str(pages.get(key, 0))
        pdf.set_font("Serif", "", FONT_SIZE)
        if kind == "h1":
            lx, tx = TOC_CH_LABEL_X, TOC_CH_TEXT_X
            y += 1.2
        elif kind == "h2":
            lx, tx = TOC_SEC_LABEL_X, TOC_SEC_TEXT_X
        else:
            lx, tx = TOC_CH_LABEL_X, TOC_CH_TEXT_X + 7.0
            y += 1.2
        pdf.text(lx, y, label)
        tlines = _wrap(pdf, title, TOC_TITLE_RIGHT - tx)
        for k, (words, _) in enumerate(tlines):
            if k:
                y += LEAD
            pdf.text(tx, y, " ".join(words))
        last = " ".join(tlines[-1][0])
        end = tx + pdf.get_string_width(last + " ")
        dots = leader(pdf, end, TOC_LEADER_END)
        pdf.text(end, y, dots)
        if rng:
            pdf.text(TOC_PARA_RIGHT - pdf.get_string_width(rng), y, rng)
        pdf.text(TOC_PAGE_RIGHT - pdf.get_string_width(page), y, page)
        parts = [label, title, dots] + ([rng] if rng else []) + [page]
        lines.append(" ".join(parts))
        y += LEAD
    return y, lines


def render(pages: dict[str, int], total_pages: int) -> tuple[UNReport, _un_pdf.Layout, dict]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 5, 30), FONTS, total_pages
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
    y, toc_lines = draw_contents(pdf, y + 4.0, pages)
    found: dict[str, int] = {}

    # the body starts on page 2
    y = lay.new_page()
    y = _un_pdf.draw_body(pdf, lay, BODY, _GEOMETRY, y, found)

    # annex, on a new page: grouped lines
    y = lay.new_page()
    found[f"annex:Annex:{ANNEX_TITLE}"] = pdf.page_no()
    pdf.set_font("Serif", "B", 11)
    pdf.text(LEFT, y, ANNEX_HEADING)
    y += LEAD + 3.0
    pdf.set_font("Serif", "B", 12)
    pdf.text(TEXT_X, y, ANNEX_TITLE)
    y += LEAD + 4.0
    n = 0
    for category, groups in ANNEX:
        pdf.set_font("Serif", "B", 10.5)
        if y + 6.0 + 3 * LEAD > lay.limit():
            y = lay.new_page()
        pdf.text(LEFT, y, category)
        y += LEAD + 2.0
        for group, people in groups:
            n += 1
            unit = f"annex.{n}"
            # keep a group with its first participant (and short groups whole)
            need = LEAD * (1 + min(len(people), 2))
            if y + need > lay.limit():
                y = lay.new_page()
            pdf.set_font("Serif", "B", FONT_SIZE)
            pdf.text(ANNEX_GROUP_X, y, group)
            lay.record(unit, group)
            y += LEAD
            pdf.set_font("Serif", "", FONT_SIZE)
            for person in people:
                plines = _wrap(pdf, person, RIGHT - ANNEX_WRAP_X)
                if y + LEAD * (len(plines) - 1) > lay.limit():
                    y = lay.new_page()
                for k, (words, _) in enumerate(plines):
                    if k:
                        y += LEAD
                    pdf.text(ANNEX_NAME_X if k == 0 else ANNEX_WRAP_X, y, " ".join(words))
                lay.record(unit, person)
                y += LEAD
            y += 2.0
        y += 2.0
    lay.flush_footnotes()
    return pdf, lay, {"found": found, "toc_lines": toc_lines}


def units(toc_lines: list[str]) -> list[dict]:
    """The expected units, in document order, from the same data the PDF is drawn from. The
    contents block (``toc_lines``) is page furniture, in no unit, as the reader treats it."""
    out: list[dict] = [
        _un_pdf.front_unit(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
    ]
    by_id: dict[str, dict] = {}
    last_para = last_sub = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            continue
        _, num, text = item
        if kind == "line":
            u = by_id[last_para]
            u["text"] = f"{u['text']} {num} {text}"
            continue
        if kind == "p":
            uid = num
            last_para, last_sub = num, ""
        elif kind == "sub":
            uid = f"{last_para}({num})"
            last_sub = num
        else:
            uid = f"{last_para}({last_sub})({num})"
        marks = _un_pdf.MARK_RE.findall(text)
        u = {"id": uid, "text": plain(text)}
        if marks:
            u["footnotes"] = [FOOTNOTES[m] for m in marks]
        by_id[uid] = u
        out.append(u)
    for u in out:
        if "footnotes" in u:
            u["contains"] = [u.pop("text"), *u.pop("footnotes")]
    # The annex, a list of participants, is one unit (as the reader makes every annex list):
    # each group (a State or an organization with its participants) is in it, in order.
    groups = ["\n".join([group, *people]) for _category, gs in ANNEX for group, people in gs]
    out.append({"id": "annex.1", "contains": groups})
    return out


def build(out: Path = OUT) -> dict[str, object]:
    # pass 1 finds the pages the headings fall on, pass 2 draws the contents with them
    heading_pages: dict[str, int] = {}

    def render_pass(total_pages: int) -> tuple[UNReport, tuple[_un_pdf.Layout, dict]]:
        pdf, lay, info = render(heading_pages, total_pages)
        if not total_pages:
            heading_pages.update(info["found"])
        return pdf, (lay, info)

    total, (lay, info2) = _un_pdf.build_twice(render_pass, out)
    assert info2["found"] == heading_pages, "layout changed between passes"
    return {
        "pages": total,
        **lay.summary(),
        "toc_lines": info2["toc_lines"],
        "heading_pages": info2["found"],
    }


def write_units(toc_lines: list[str], path: Path = UNITS_OUT) -> None:
    doc = _un_pdf.expected_doc(
        DOC_ID,
        f"eval/gold/docs/{DOC_ID}.pdf",
        TITLE,
        SYMBOL,
        ISSUE_DATE,
        PLACE_DATES,
        units(toc_lines),
    )
    _un_pdf.write_expected(path, doc)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    info = build(target)
    write_units(info["toc_lines"])
    print(f"wrote {target}: pages={info['pages']}")
    print(f"split units (unit: pages): {info['split']}")
    print(f"footnote pages: {info['footnote_pages']}")
    print(f"heading pages: {info['heading_pages']}")
    for line in info["toc_lines"]:
        print("  toc:", line)
    print(f"wrote {UNITS_OUT}")
