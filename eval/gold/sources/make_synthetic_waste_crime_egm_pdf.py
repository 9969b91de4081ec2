"""Generate the synthetic test PDF eval/gold/docs/synthetic-waste-crime-egm.pdf.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on illicit
trafficking in hazardous waste and pollution crime, held in preparation for the
Fifteenth United Nations Congress on Crime Prevention and Criminal Justice, laid out
like a United Nations ODS PDF report: masthead with the symbol, distribution block
and job number; running headers with the symbol and footers with "n/N" page numbers
and the job number, alternating left/right; paragraph numbers in their own left
column with the text in a hanging indent; lettered sub-items and one nested level;
agenda and officer lines inside a paragraph; a small table inside a paragraph;
superscript footnote marks with the footnote text at the bottom of the page below a
short rule; paragraphs that continue on the next page. Names with accents are
written with a TrueType font (Liberation Serif). It is not a United Nations document.

No word is hyphenated at a line end (lines break at spaces only).

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_waste_crime_egm_pdf.py
The output is deterministic (fixed creation date, no randomness).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import _un_pdf

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-waste-crime-egm.pdf"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.16/2025/1"
ISSUE_DATE = "19 September 2025"
JOB_NUMBER = "V.25-09362"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Illicit Trafficking in Hazardous Waste "
    "and Pollution Crime"
)
PLACE_DATES = "Vienna, 8\u201310 September 2025"

FOOTNOTES = {
    "1": "General Assembly resolution 70/1.",
    "2": "United Nations, Treaty Series, vol. 1673, No. 28911.",
    "3": (
        "The review was carried out by the Nigeria Customs Service with the assistance "
        "of WCO and covered the period from January to June 2023."
    ),
    "4": "United Nations, Treaty Series, vol. 1522, No. 26369.",
}

# Body items:
#   ("h1", label, text), ("h2", label, text)  headings
#   ("p", number, text)        numbered paragraph
#   ("sub", letter, text)      lettered sub-item of the preceding paragraph
#   ("subsub", roman, text)    nested sub-item of the preceding lettered sub-item
#   ("line", label, text)      an agenda or officer line inside the preceding paragraph
#   ("table", rows)            a table inside the preceding paragraph (header row first)
# A footnote mark is written "{n}" right after the word that carries it.
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Illicit Trafficking in Hazardous Waste and Pollution "
        "Crime was held at the Vienna International Centre from 8 to 10 September 2025, as "
        "part of the preparations for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice. It was organized by the United Nations Office on "
        "Drugs and Crime (UNODC) in cooperation with the United Nations Environment "
        "Programme (UNEP), with financial support from the Governments of Germany and "
        "Norway. Interpretation was provided in English, French and Spanish.",
    ),
    (
        "p",
        "2",
        "The meeting was convened to examine the growing involvement of organized "
        "criminal groups in the illegal collection, transport, disposal and export of "
        "waste, and to identify criminal justice responses that could be brought to the "
        "attention of the Congress. Experts were asked to consider, in particular, how "
        "such responses could contribute to the targets on the environmentally sound "
        "management of chemicals and all wastes set out in the 2030 Agenda for "
        "Sustainable Development,{1} and how cooperation between environmental "
        "authorities, customs and police could be improved.",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "3",
        "The meeting was opened by Gerhard W\u00f6hrer, Director of the Division for "
        "Treaty Affairs of UNODC, who delivered a statement on behalf of the Executive "
        "Director. He noted that waste had become a commodity for criminal groups: "
        "legitimate businesses paid them to take waste away, and they profited a second "
        "time by dumping it or by selling it abroad as a raw material. He warned that the "
        "risk of detection remained low and the penalties light, so that pollution crime "
        "offered profits comparable to those of drug trafficking for a fraction of the "
        "risk.",
    ),
    (
        "p",
        "4",
        "Beatriz Lemos Cardoso, Secretary of the Fifteenth Congress, briefed participants "
        "on the discussion guide for the Congress, which identified crimes that affect the "
        "environment as an emerging area of concern. She recalled that the conclusions of "
        "the meeting would be brought to the attention of the Congress and that Member "
        "States could submit written comments on the present report until 31 October "
        "2025.",
    ),
    (
        "p",
        "5",
        "Ingrid \u00c5kesson-Nyqvist, speaking on behalf of the secretariat of the Basel "
        "Convention on the Control of Transboundary Movements of Hazardous Wastes and "
        "their Disposal,{2} recalled that the Convention treated illegal traffic in "
        "hazardous wastes as criminal and required each Party to introduce appropriate "
        "national legislation to prevent and punish it. She observed that more than "
        "ninety per cent of the Parties had designated a competent authority, but that "
        "fewer than a third had reported any case of illegal traffic to the secretariat "
        "in the previous five years.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "6",
        "At its 1st meeting, on 8 September 2025, the meeting elected the following "
        "officers by acclamation:",
    ),
    ("line", "Chair:", "Adjoa \u00c9lise Konan-Y\u00e9bou\u00e9 (C\u00f4te d\u2019Ivoire)"),
    ("line", "Vice-Chair:", "Mehmet \u00c7a\u011flar Y\u0131ld\u0131r\u0131m (T\u00fcrkiye)"),
    (
        "line",
        "Vice-Chair:",
        "Edmilson Sebasti\u00e3o Neto da Gra\u00e7a (S\u00e3o Tom\u00e9 and Pr\u00edncipe)",
    ),
    ("line", "Rapporteur:", "L\u00ea Thu H\u00e0 (Viet Nam)"),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    ("p", "7", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    (
        "line",
        "4.",
        "Trends in the illicit transboundary movement of hazardous waste, including "
        "electronic and plastic waste.",
    ),
    ("line", "5.", "Pollution crime, corruption and the involvement of organized criminal groups."),
    ("line", "6.", "Detection, investigation and prosecution: ports, customs and cooperation."),
    ("line", "7.", "Protection of affected communities and remediation of harm."),
    ("line", "8.", "Recommendations to the Fifteenth Congress."),
    ("line", "9.", "Adoption of the report."),
    (
        "p",
        "8",
        "The meeting agreed to hold its deliberations in plenary and to devote one session "
        "to each substantive agenda item. On the afternoon of 9 September 2025, "
        "participants attended a demonstration by the Austrian customs administration of "
        "the use of portable X-ray fluorescence analysers to identify the metals and "
        "hazardous substances contained in consignments declared as scrap.",
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        "9",
        "The meeting was attended by experts from the following twenty-two States: "
        "Austria, Brazil, C\u00f4te d\u2019Ivoire, Germany, Ghana, India, Indonesia, Italy, "
        "Kenya, Malaysia, Mexico, Netherlands (Kingdom of the), Nigeria, Philippines, "
        "Poland, S\u00e3o Tom\u00e9 and Pr\u00edncipe, Senegal, Spain, Thailand, "
        "T\u00fcrkiye, United States of America and Viet Nam. The experts included "
        "prosecutors, police and customs officers, judges, and officials of environmental "
        "inspectorates and port authorities.",
    ),
    (
        "p",
        "10",
        "The International Criminal Police Organization (INTERPOL), the World Customs "
        "Organization (WCO), UNEP, the secretariat of the Basel Convention and the Basel "
        "Convention Regional Centre for French-speaking African Countries, based in "
        "Dakar (BCRC), were represented by observers. The Coastal Justice Network, a "
        "non-governmental organization working with communities living near dumpsites "
        "and ports, and the Vienna Institute for Environmental Law were also represented. "
        "In total, 96 participants attended the meeting.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Trends in the illicit transboundary movement of hazardous waste (agenda item 4)",
    ),
    (
        "p",
        "11",
        "A representative of the Secretariat introduced the agenda item. He noted that "
        "the world had generated some 62 million tonnes of electrical and electronic "
        "waste in 2022, of which less than a quarter had been documented as collected and "
        "recycled in an environmentally sound manner. The remainder was landfilled, "
        "burned in the open or shipped, often illegally, to countries with lower "
        "treatment costs and weaker controls. Waste was typically exported under false "
        "descriptions, such as second-hand goods, scrap metal or raw materials for "
        "recycling, and routed through several transit ports to conceal its origin.",
    ),
    (
        "p",
        "12",
        "Statements were made by the representatives of Ghana, Malaysia, the Philippines, "
        "T\u00fcrkiye and Viet Nam. Statements were also made by the observers for the "
        "secretariat of the Basel Convention and BCRC.",
    ),
    (
        "p",
        "13",
        "The observer for the secretariat of the Basel Convention recalled that "
        "amendments to the annexes of the Convention that had entered into force on 1 "
        "January 2021 had brought most mixed and contaminated plastic waste under the "
        "prior informed consent procedure. She explained that, under that procedure, a "
        "shipment could lawfully leave the State of export only after the State of "
        "import had consented to it in writing, and that a shipment made without such "
        "consent, or with consent obtained through falsification or fraud, constituted "
        "illegal traffic.",
    ),
    (
        "p",
        "14",
        "She added that several Parties had reported a shift in flows of plastic waste "
        "after the amendments took effect, away from countries that had strengthened "
        "their controls and towards countries with less capacity to inspect imports. She "
        "encouraged Parties to report every case of illegal traffic to the secretariat, "
        "since the absence of reported cases was often mistaken for the absence of the "
        "problem.",
    ),
    (
        "p",
        "15",
        "Kwabena Asante-Mensah (Ghana) described the informal recovery of metals from "
        "electronic waste at scrap yards in Accra, where workers, including children, "
        "burned cable insulation in the open air to recover copper. He reported that soil "
        "samples taken near the burning sites contained lead at concentrations many times "
        "above international guideline levels. He noted that most of the used equipment "
        "arriving at the port of Tema was declared as second-hand goods for resale, but "
        "that inspections in 2024 had found that some forty per cent of the televisions "
        "and computers in the consignments checked did not work and could not be "
        "repaired.",
    ),
    (
        "p",
        "16",
        "The representative of Malaysia reported that imports of plastic waste into the "
        "country had risen sharply after 2018, when a major importing country had closed "
        "its market to most foreign plastic waste, and that hundreds of unlicensed "
        "recycling plants had opened, many of them on plantations and in industrial "
        "estates far from any inspection. Since 2019, the authorities had closed more "
        "than 200 illegal plants and returned 312 containers of illegally imported "
        "plastic waste to the countries from which they had been shipped.",
    ),
    (
        "p",
        "17",
        "Mehmet \u00c7a\u011flar Y\u0131ld\u0131r\u0131m, speaking as the representative of "
        "T\u00fcrkiye, said that his country had prohibited the import of polyethylene "
        "waste in 2021 and allowed other plastic waste to be imported only by licensed "
        "recycling facilities. Each facility could import no more than half of its "
        "licensed capacity, and an electronic tracking system linked every import "
        "declaration to the plant that received the waste. He acknowledged, however, that "
        "imported waste had been found dumped or burned at roadsides near Adana, and that "
        "some licensed facilities had been used as fronts for importing waste that was "
        "never recycled.",
    ),
    (
        "p",
        "18",
        "The representative of the Philippines described the case of some 70 containers "
        "of household waste, declared as plastic scrap for recycling, that had arrived in "
        "Manila in 2014 and had remained in the port for five years before being "
        "returned to the State of export. He noted that the case had shown that the "
        "prior informed consent procedure worked only if the State of import was able to "
        "detect misdeclared waste on arrival and the State of export accepted its return "
        "promptly.",
    ),
    (
        "p",
        "19",
        "The Rapporteur, speaking as the representative of Viet Nam, reported that the "
        "customs administration had intensified the inspection of containers declared as "
        "scrap or used goods at the ports of Hai Phong and Cai Mep, with the results "
        "shown in the table below:",
    ),
    (
        "table",
        [
            ("Year", "Containers seized", "Tonnes of waste", "Cases prosecuted"),
            ("2022", "146", "2,980", "11"),
            ("2023", "203", "4,115", "17"),
            ("2024", "259", "5,640", "26"),
        ],
    ),
    (
        "p",
        "20",
        "She added that most of the seized containers had been shipped from ports in "
        "Europe and North America through transit ports in Asia, and that in almost half "
        "of the cases the consignee named in the shipping documents was a company that "
        "had been dissolved or had never existed. She stressed that abandoned containers "
        "were costly to store and that the return of waste to the State of export often "
        "took more than eighteen months, during which the waste deteriorated in the port.",
    ),
    (
        "p",
        "21",
        "The observer for BCRC, Ousmane Faye, reported that the Centre had trained "
        "customs and environmental officers from eleven countries of West and Central "
        "Africa since 2022 to recognize waste disguised as used goods. He noted that used "
        "vehicles and tyres, lead-acid batteries and old refrigerators containing "
        "ozone-depleting refrigerants were among the items most frequently shipped to the "
        "subregion, and that many ports lacked even the basic equipment needed to test "
        "whether electrical goods worked.",
    ),
    (
        "h2",
        "B.",
        "Pollution crime, corruption and the involvement of organized criminal groups "
        "(agenda item 5)",
    ),
    (
        "p",
        "22",
        "A representative of the Secretariat introduced the agenda item. She noted that "
        "pollution crime covered a wide range of conduct, including the illegal dumping "
        "and burning of waste, illegal discharges of oil and other substances from "
        "vessels, the illegal operation of landfills and the smuggling of ozone-depleting "
        "substances and fluorinated gases. Criminal groups were attracted by the low risk "
        "of detection and by the difference in price between lawful treatment and illegal "
        "disposal: in the case of hazardous industrial waste, illegal disposal could cost "
        "as little as a third of the price of lawful treatment. Such groups relied on "
        "brokers, shell companies, falsified laboratory analyses and the complicity of "
        "officials to give their activities an appearance of legality.",
    ),
    (
        "p",
        "23",
        "The representative of Italy described the involvement of mafia-type "
        "organizations in the waste sector, which had led the country to introduce in "
        "2001 the offence of organized activities for the illegal trafficking of waste, "
        "now included in its Criminal Code. He reported that investigators had recorded, "
        "in a single region, more than 1,400 fires at waste storage sites between 2018 "
        "and 2024, many of them set deliberately to destroy waste that had been accepted "
        "for a fee but never treated. He noted that proceedings in such cases frequently "
        "took more than five years, so that many ended when the limitation period "
        "expired.",
    ),
    (
        "p",
        "24",
        "The Chair, speaking as the representative of C\u00f4te d\u2019Ivoire, recalled "
        "the events of August 2006, when several hundred tonnes of toxic waste from a "
        "chartered vessel had been unloaded in the port of Abidjan and dumped by a local "
        "contractor at some eighteen sites around the city. Thousands of residents had "
        "sought medical care for headaches, nausea and breathing difficulties. She said "
        "that the case had exposed the ease with which a company could find a local "
        "contractor willing to dispose of waste without asking questions, and the "
        "difficulty of holding to account companies registered in other jurisdictions.",
    ),
    (
        "p",
        "25",
        "She added that the events had led her country to create a specialized "
        "environmental police unit and to revise its environmental code, and that the "
        "victims had been compensated only in part, many years later, through a "
        "settlement rather than a judgment. In her view, the case showed that remedies "
        "for affected communities should be considered from the very start of criminal "
        "proceedings.",
    ),
    (
        "p",
        "26",
        "The representative of Nigeria stated that corruption was the single most "
        "important enabler of illegal waste shipments. Customs and port officials were "
        "offered bribes to release containers without inspection or to reclassify their "
        "contents, and officials of environmental agencies were bribed to issue permits "
        "to recycling facilities that did not exist. He reported that an internal review "
        "of a major port{3} had found that forty-two per cent of the containers flagged as "
        "high risk had been released without the required physical inspection.",
    ),
    (
        "p",
        "27",
        "Xiomara Marti\u00f1a-Isenia, an expert from Cura\u00e7ao in the delegation of the "
        "Netherlands (Kingdom of the), described the vulnerability of small island "
        "economies in the Caribbean, where transhipment ports handled far more containers "
        "than the local authorities could inspect. She reported that refrigerant gases "
        "controlled under the Montreal Protocol on Substances that Deplete the Ozone "
        "Layer{4} were regularly smuggled through the region in cylinders labelled as "
        "permitted substances, and that used tyres and end-of-life vehicles were exported "
        "from the islands under false declarations. She called for cooperation between "
        "the customs administrations of the region and the national ozone offices "
        "responsible for licensing refrigerants.",
    ),
    (
        "p",
        "28",
        "Edmilson Sebasti\u00e3o Neto da Gra\u00e7a (S\u00e3o Tom\u00e9 and "
        "Pr\u00edncipe) drew attention to pollution from vessels in the Gulf of Guinea. "
        "He reported that vessels regularly discharged oily waste and bilge water at sea "
        "to avoid the cost of delivering it to port reception facilities, and that "
        "ageing vessels were sometimes sold for a last voyage to beaches in South Asia, "
        "where they were dismantled by hand. He noted that his country had a single "
        "patrol boat to monitor an exclusive economic zone more than 130 times larger "
        "than its land territory, and that satellite imagery provided by partners had "
        "made it possible to identify oil slicks and the vessels that had caused them.",
    ),
    (
        "p",
        "29",
        "The observer for INTERPOL described a global operation against pollution crime "
        "coordinated in 2024 with the participation of 58 countries, during which 1,250 "
        "tonnes of illegally shipped waste had been seized and more than 300 suspects "
        "identified. The observer noted that the same networks frequently engaged in "
        "fraud, tax evasion and money laundering, and encouraged States to share "
        "information on waste brokers and shipping routes through the notices and "
        "databases of INTERPOL.",
    ),
    (
        "p",
        "30",
        "Several speakers stressed that pollution crime was often treated as an "
        "administrative matter, sanctioned by fines that companies regarded as a cost of "
        "doing business. They noted that environmental inspectors seldom had powers to "
        "investigate crimes, and that police and prosecutors seldom had the technical "
        "knowledge needed to recognize hazardous waste, with the result that cases fell "
        "between institutions.",
    ),
    (
        "h2",
        "C.",
        "Detection, investigation and prosecution: ports, customs and cooperation (agenda item 6)",
    ),
    (
        "p",
        "31",
        "A representative of the Secretariat introduced the agenda item, recalling that "
        "the United Nations Convention against Transnational Organized Crime could be "
        "applied to waste trafficking where the offence was punishable by at least four "
        "years of imprisonment and involved an organized criminal group, and that the "
        "United Nations Convention against Corruption could be used to address the "
        "bribery of officials. Few States had yet used either convention as the basis "
        "for mutual legal assistance in a case involving waste.",
    ),
    (
        "p",
        "32",
        "The representative of the Netherlands (Kingdom of the) described the joint "
        "inspection teams at the port of Rotterdam, in which customs officers, "
        "environmental inspectors and police worked from a single risk analysis. "
        "Containers were selected for inspection on the basis of indicators such as the "
        "declared value of the goods, the trading history of the exporter, freight paid "
        "in cash and destinations known for informal recycling. In 2024, some 1,900 "
        "containers had been inspected in this way, and about a quarter of them had been "
        "found to contain waste that was misdeclared or shipped without the required "
        "consent.",
    ),
    (
        "p",
        "33",
        "The observer for WCO reported on a customs operation conducted in 2024 with the "
        "participation of customs administrations in Africa, Asia and Europe, which had "
        "led to 89 seizures totalling more than 4,300 tonnes of waste. He noted that the "
        "new tariff codes for electrical and electronic waste that had entered into force "
        "in 2022 would make misdeclared consignments easier to detect, provided that "
        "customs officers were trained to use them.",
    ),
    (
        "p",
        "34",
        "The representative of Germany explained that the public prosecution offices of "
        "several federal states had established specialized units for environmental "
        "crime, whose prosecutors worked with inspectors from the start of an "
        "investigation. He stressed that expert evidence was essential, since courts "
        "needed to be convinced that a material was waste and that it was hazardous, and "
        "that laboratory analyses had to be carried out under a documented chain of "
        "custody.",
    ),
    (
        "p",
        "35",
        "Ximena Ib\u00e1\u00f1ez Olvera (Mexico) reported that used lead-acid batteries "
        "were imported in large numbers for the recovery of lead, and that some smelters "
        "operated without emission controls in residential areas. She described the use "
        "of financial investigations to trace the payments made by exporters to the "
        "operators of illegal smelters, which had made it possible in one case to charge "
        "company directors in two countries.",
    ),
    (
        "p",
        "36",
        "The representative of Brazil reported that the federal police used satellite "
        "images and drones to detect illegal dumpsites in the Amazon region and along "
        "rivers, and that the environmental crimes law of 1998 allowed legal persons to "
        "be held criminally liable. He noted that fines imposed on companies were often "
        "never paid, and called for assets to be frozen from the earliest stage of "
        "proceedings.",
    ),
    (
        "p",
        "37",
        "Several experts described difficulties in international cooperation. Requests "
        "for mutual legal assistance in waste cases were often refused because the "
        "conduct was not a criminal offence in the requested State, or went unanswered "
        "for many months, by which time the waste had been moved or the evidence lost. "
        "Experts called for the use of joint investigation teams and of direct contacts "
        "between environmental prosecutors, and suggested that the networks of "
        "environmental prosecutors established in several regions be linked with one "
        "another.",
    ),
    (
        "h2",
        "D.",
        "Protection of affected communities and remediation of harm (agenda item 7)",
    ),
    (
        "p",
        "38",
        "Speakers agreed that the harm caused by the illegal disposal of waste fell "
        "disproportionately on poor communities living near dumpsites, informal recycling "
        "sites and ports, and on workers, including children, who handled waste without "
        "protection. Exposure to lead, mercury, dioxins and other toxic substances caused "
        "long-term damage to health, and the contamination of soil and water could "
        "persist for decades.",
    ),
    (
        "p",
        "39",
        "Priscila Magalh\u00e3es S\u00e1, observer for the Coastal Justice Network, said "
        "that communities affected by dumping were rarely informed of criminal "
        "proceedings and were almost never recognized as victims. She described a "
        "fishing community in which the contamination of a lagoon by leachate from an "
        "illegal landfill had destroyed the livelihoods of some 400 families, while the "
        "company responsible had been fined an amount lower than the profit it had made "
        "from the dumping.",
    ),
    (
        "p",
        "40",
        "She added that waste pickers, many of them women, were often the first to detect "
        "illegal dumping but were reluctant to report it, for fear of losing access to the "
        "sites on which they depended or of reprisals by the criminal groups that "
        "controlled those sites. She called for safe reporting channels, for the "
        "participation of affected communities in decisions on the clean-up of sites and "
        "for compensation to be paid from confiscated assets.",
    ),
    (
        "p",
        "41",
        "The representative of Indonesia described a telephone hotline and a mobile "
        "application through which residents could report illegal dumping and the open "
        "burning of waste, which had received more than 8,000 reports since 2023. Each "
        "report was geolocated and forwarded to the competent environmental office, and "
        "the person who had made it could follow the action taken.",
    ),
    (
        "p",
        "42",
        "The representative of Senegal reported that a court in Dakar had, for the first "
        "time, ordered a company convicted of dumping hazardous waste to pay for the "
        "decontamination of the site and for the medical monitoring of the residents of "
        "the neighbourhood for five years.",
    ),
    (
        "p",
        "43",
        "The observer for UNEP stressed that remediation should be treated as part of "
        "the criminal justice response and not left to environmental authorities alone. "
        "She estimated that the clean-up of a contaminated site could cost ten times more "
        "than the lawful disposal of the waste would have cost in the first place, and "
        "encouraged States to use court orders and confiscated proceeds to finance "
        "clean-up.",
    ),
    (
        "p",
        "44",
        "Several speakers regretted the lack of comparable data on pollution crime. Few "
        "States published statistics on seizures, prosecutions and convictions for waste "
        "offences, and the figures that existed were often spread across customs, police "
        "and environmental agencies that used different definitions.",
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "45",
        "The meeting adopted the following recommendations for the consideration of the "
        "Fifteenth Congress. Member States should:",
    ),
    (
        "sub",
        "a",
        "Establish as criminal offences the illegal traffic in hazardous wastes and the "
        "most serious forms of pollution, punishable where appropriate by a maximum "
        "deprivation of liberty of at least four years, so that the United Nations "
        "Convention against Transnational Organized Crime can be applied;",
    ),
    (
        "sub",
        "b",
        "Strengthen the detection of illegal shipments of waste at ports and border "
        "crossings, in particular by:",
    ),
    (
        "subsub",
        "i",
        "Setting up joint inspection teams of customs officers, environmental inspectors "
        "and police that work from a shared risk analysis;",
    ),
    (
        "subsub",
        "ii",
        "Equipping ports with the tools needed to test used electrical and electronic "
        "equipment and to identify hazardous substances;",
    ),
    (
        "subsub",
        "iii",
        "Requiring that consignments declared as used goods or scrap be accompanied by "
        "evidence that the goods function or are destined for a licensed facility;",
    ),
    (
        "sub",
        "c",
        "Prevent and combat corruption in customs administrations, port authorities and "
        "environmental agencies, in particular by:",
    ),
    (
        "subsub",
        "i",
        "Rotating the staff assigned to the inspection of high-risk consignments;",
    ),
    (
        "subsub",
        "ii",
        "Recording and auditing every decision to release without inspection a container "
        "flagged as high risk;",
    ),
    (
        "sub",
        "d",
        "Establish specialized prosecutors or prosecution units for environmental crime "
        "and ensure that they work with inspectors from the start of investigations;",
    ),
    (
        "sub",
        "e",
        "Conduct parallel financial investigations in cases of waste trafficking, trace "
        "the payments made to brokers and to the operators of illegal facilities, and "
        "seek the confiscation of the proceeds of crime;",
    ),
    (
        "sub",
        "f",
        "Recognize communities affected by illegal dumping as victims, keep them informed "
        "of proceedings, protect those who report offences, including waste pickers, and "
        "ensure that offenders bear the costs of remediation;",
    ),
    (
        "sub",
        "g",
        "Make greater use of mutual legal assistance, joint investigation teams and the "
        "channels of INTERPOL and WCO, and report every case of illegal traffic to the "
        "secretariat of the Basel Convention;",
    ),
    (
        "sub",
        "h",
        "Collect and publish data on seizures, prosecutions and convictions for waste "
        "trafficking and pollution crime.",
    ),
    (
        "p",
        "46",
        "The meeting further recommended that UNODC, in cooperation with UNEP, the "
        "secretariat of the Basel Convention and BCRC, develop a training programme for "
        "prosecutors and judges on the investigation and adjudication of cases of waste "
        "trafficking, subject to the availability of extrabudgetary resources.",
    ),
    ("h1", "V.", "Adoption of the report"),
    (
        "p",
        "47",
        "At its closing meeting, on 10 September 2025, the meeting adopted the present "
        "report, as orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "48",
        "In her closing remarks, the Chair thanked the Government of Austria for its "
        "hospitality, the Governments of Germany and Norway for their financial support "
        "and UNODC for organizing the meeting. She noted the proposal made by several "
        "experts to hold a follow-up meeting after the Congress to review progress in "
        "implementing the recommendations, and invited the Secretariat to explore that "
        "possibility.",
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
TABLE_COLS = [TEXT_X + 4.0, TEXT_X + 26.0, TEXT_X + 66.0, TEXT_X + 102.0]
RIGHT = 170.0  # right edge of the text block
FONT_SIZE = 10.0
LEAD = 4.75  # line height in mm
PARA_GAP = 2.2


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_split_mark = _un_pdf.split_mark
_word_width = _un_pdf.word_width
_wrap = _un_pdf.wrap
_draw_line = _un_pdf.draw_line


def _front_page(pdf: UNReport) -> float:
    return _un_pdf.front_page(
        pdf,
        disclaimer=DISCLAIMER,
        organ=CONGRESS,
        issue_date=ISSUE_DATE,
        title=TITLE,
        place_dates=PLACE_DATES,
        text_x=TEXT_X,
    )


def render(total_pages: int) -> tuple[UNReport, _un_pdf.Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 9, 19), FONTS, total_pages
    )
    pdf.add_page()
    lay = _un_pdf.Layout(pdf, FOOTNOTES)
    y = _front_page(pdf)

    last_para = ""
    last_sub = ""
    for idx, item in enumerate(BODY):
        kind = item[0]
        if kind in ("h1", "h2"):
            _, label, text = item
            need = 6.0 + 3 * LEAD  # keep a heading with the start of the next paragraph
            nxt = BODY[idx + 1] if idx + 1 < len(BODY) else ("",)
            if nxt[0] == "h2":  # ... and with the sub-heading that follows it
                pdf.set_font("Serif", "B", 10)
                need += len(_wrap(pdf, nxt[2], RIGHT - TEXT_X)) * LEAD + 2.2
            pdf.set_font("Serif", "B", 11 if kind == "h1" else 10)
            hlines = _wrap(pdf, text, RIGHT - TEXT_X)
            need += (len(hlines) - 1) * LEAD
            if y + need > lay.limit():
                y = lay.new_page()
            y += 2.5 if kind == "h1" else 1.0
            pdf.set_font("Serif", "B", 11 if kind == "h1" else 10)
            pdf.text(LEFT, y, label)
            for k, (words, _) in enumerate(hlines):
                if k:
                    y += LEAD
                pdf.text(TEXT_X, y, " ".join(words))
            y += LEAD + (2.0 if kind == "h1" else 1.2)
            continue
        if kind == "table":
            rows = item[1]
            unit = last_para
            height = 7.0 + LEAD * (len(rows) - 1) + 2.0
            y -= PARA_GAP - 3.0  # the table follows its paragraph closely
            if y + height > lay.limit():
                y = lay.new_page() + 2.0
            pdf.set_line_width(0.25)
            for r, row in enumerate(rows):
                if r == 0:
                    pdf.set_font("Serif", "I", 9)
                    pdf.line(TEXT_X, y - 4.0, RIGHT, y - 4.0)
                else:
                    pdf.set_font("Serif", "", FONT_SIZE)
                for c, cell in enumerate(row):
                    if c == 0:
                        pdf.text(TABLE_COLS[c], y, cell)
                    else:
                        # numeric columns right-aligned under their headings
                        head_w = 0.0
                        pdf.set_font("Serif", "I", 9)
                        head_w = pdf.get_string_width(rows[0][c])
                        pdf.set_font("Serif", "I" if r == 0 else "", 9 if r == 0 else FONT_SIZE)
                        w = pdf.get_string_width(cell)
                        pdf.text(TABLE_COLS[c] + head_w - w, y, cell)
                lay.record(unit, " | ".join(row))
                if r == 0:
                    pdf.line(TEXT_X, y + 1.8, RIGHT, y + 1.8)
                    y += 6.5
                else:
                    y += LEAD
            pdf.line(TEXT_X, y - 3.0, RIGHT, y - 3.0)
            y += PARA_GAP
            pdf.set_font("Serif", "", FONT_SIZE)
            continue

        _, num, text = item
        pdf.set_font("Serif", "", FONT_SIZE)
        if kind == "p":
            unit, label, lx, tx = num, num + ".", LEFT, TEXT_X
            last_para, last_sub = num, ""
        elif kind == "sub":
            unit, label, lx, tx = f"{last_para}({num})", f"({num})", SUB_LABEL_X, SUB_TEXT_X
            last_sub = num
        elif kind == "subsub":
            unit = f"{last_para}({last_sub})({num})"
            label, lx, tx = f"({num})", SUBSUB_LABEL_X, SUBSUB_TEXT_X
        else:  # "line": agenda or officer line inside the last paragraph
            unit = last_para
            is_agenda = num[:1].isdigit()
            tx = LINE_TEXT_X_AGENDA if is_agenda else LINE_TEXT_X_OFFICER
            if y > lay.limit():
                y = lay.new_page()
            if num:
                pdf.text(LINE_LABEL_X, y, num)
            for k, (words, _) in enumerate(_wrap(pdf, text, RIGHT - tx)):
                if k:
                    y += LEAD
                pdf.text(tx, y, " ".join(words))
            lay.record(unit, f"{num} {text}".strip())
            y += LEAD
            continue
        lines = _wrap(pdf, text, RIGHT - tx)
        # no single first line stranded at the foot of a page
        if len(lines) > 1 and y + LEAD > lay.limit():
            y = lay.new_page()
        if y > lay.limit():
            y = lay.new_page()
        first = True
        for words, justify in lines:
            # a line carrying a footnote mark needs room for the footnote on its page
            marks = [m for w in words for m in [_split_mark(w)[1]] if m]
            if y > lay.limit(marks):
                y = lay.new_page()
            if first:
                pdf.text(lx, y, label)
                first = False
            lay.page_fns.extend(marks)
            lay.record(unit, " ".join(_split_mark(w)[0] for w in words))
            _draw_line(pdf, tx, y, RIGHT - tx, words, justify)
            y += LEAD
        y += PARA_GAP
    lay.flush_footnotes()
    return pdf, lay


plain = _un_pdf.plain


def build(out: Path = OUT) -> dict[str, object]:
    total, lay = _un_pdf.build_twice(render, out)
    split = {}
    for u, ls in lay.lines_of.items():
        pages = sorted({p for p, _ in ls})
        if len(pages) > 1:
            split[u] = [" ".join(t for p, t in ls if p == n) for n in pages]
    return {
        "pages": total,
        "split": split,
        "first_page": lay.first_pages(),
        "footnote_pages": lay.fn_page,
    }


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    info = build(target)
    print(f"wrote {target}: pages={info['pages']}")
    print(f"split paragraphs: {info['split']}")
    print(f"footnote pages: {info['footnote_pages']}")
