"""Generate eval/gold/docs/synthetic-medical-oxygen-supplies-egm.docx and its expected units
eval/gold/expected/synthetic-medical-oxygen-supplies-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on illicit trafficking in
medical oxygen and hospital supplies, held in Hanoi in preparation for the Fifteenth United
Nations Congress on Crime Prevention and Criminal Justice. It is not a United Nations document;
the names of persons are invented, and so are the figures.

Layout: a Word report drafted from the UN template (python-docx, helpers from _un_docx.py), as
make_synthetic_journalists_safety_egm_docx.py writes it (both through _word_report.py):

  * the synthetic-document line as the first body paragraph, then the masthead table in the
    body (United Nations | symbol; issuing office | "Distr.: General", date, "Original:
    English"), a bold meeting line, the title and the place and dates;
  * a page header with the symbol and a footer with a PAGE field from page 2 on;
  * chapter and section headings "I.<tab>..." / "A.<tab>... (agenda item 4)" in the
    template's paragraph styles "HChG" and "H1G", not Word's Heading styles;
  * ALL paragraph numbers and letters come from Word's automatic numbering (w:numPr):
    none of them is in the text of the document;
  * officer and agenda lines as un-numbered indented paragraphs after the paragraph that
    introduces them; the two Vice-Chairs share one line paragraph, the second name after a
    soft line break (w:br) and a tab;
  * a ruled table of Viet Nam's detected cases by type of product and year (2021-2024) after
    paragraph 11, with a title, an italic header row, a bold Total row and a "Source:" note;
    the statement goes on in paragraph 12 ("He added that ...");
  * three real footnotes (footnotes.xml): two in numbered paragraphs (17, 28) and one in a
    lettered recommendation (33(g));
  * recommendations 33(a)-(h) and requests 34(a)-(c);
  * an annex after a page break ("Annex" / "List of documents"): a two-column table.

Vietnamese, Polish, Icelandic, Turkish, Romanian, Spanish and Quechua names with their accents
(Nguyễn Thị Thu Hương, Trần Văn Đức, Wiśniewska-Żółtowska, Sigríður Þórðardóttir,
Yıldırım-Aksoy, Ștefănescu-Vlad, Quispe Huamán, Gutiérrez Peña ...), and the States Türkiye
and Viet Nam. Figures in digits and in words (nearly forty per cent, a third, a quarter,
fifteen times, eighteen months, nine thousand).

Deterministic output: fixed core properties and fixed ZIP timestamps.

Written, with its 33 gold cases (mo-) and 3 topics (mot-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_medical_oxygen_supplies_egm_docx.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # leave no cache next to _un_docx.py

from _word_report import WordReport, main  # noqa: E402
from docx.shared import Twips  # noqa: E402

DOC_ID = "synthetic-medical-oxygen-supplies-egm"
FIXED_TIME = (2025, 11, 5, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.61/2025/1"
ISSUE_DATE = "5 November 2025"
ISSUER = "United Nations Office on Drugs and Crime"
ORIGINAL = "English"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = (
    "Report of the Expert Group Meeting on Illicit Trafficking in Medical Oxygen and Hospital "
    "Supplies"
)
PLACE_DATES = "Hanoi, 14\u201316 October 2025"

FOOTNOTES = {
    1: "The WHO Global Surveillance and Monitoring System for substandard and falsified medical "
    "products receives reports from national regulatory authorities and issues medical product "
    "alerts where a falsified product is found in more than one country.",
    2: "Council of Europe Convention on the Counterfeiting of Medical Products and Similar "
    "Crimes involving Threats to Public Health, opened for signature in Moscow on 28 October "
    "2011.",
    3: "A tool used by WHO to evaluate national regulatory systems for medical products against "
    "a common set of indicators and to assign them a maturity level from 1 to 4.",
}

TABLE_TITLE = (
    "Cases of illicit trade in medical oxygen and hospital supplies detected by the Economic "
    "Police Department of Viet Nam, by type of product, 2021\u20132024"
)
TABLE_ROWS = [
    ("Type of product", "2021", "2022", "2023", "2024"),
    ("Medical oxygen and oxygen cylinders", "142", "96", "41", "38"),
    ("Oxygen concentrators", "87", "71", "33", "29"),
    ("Personal protective equipment", "311", "188", "92", "77"),
    ("Diagnostic test kits", "205", "163", "47", "21"),
    ("Other hospital supplies", "64", "58", "49", "52"),
    ("Total", "809", "576", "262", "217"),
]
TABLE_SOURCE = (
    "Source: submission of Viet Nam to the meeting (UNODC/CCPCJ/EG.61/2025/CRP.2); a case "
    "concerning more than one type of product is counted under the product of greatest value."
)

# The markup of the texts and the shape of BODY: see _word_report.WordReport.
BODY: list[tuple] = [
    ("h1", "I.\tIntroduction"),
    (
        "p",
        "The Expert Group Meeting on Illicit Trafficking in Medical Oxygen and Hospital Supplies "
        "was held in Hanoi from 14 to 16 October 2025, as part of the preparations for the "
        "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It was "
        "convened by the United Nations Office on Drugs and Crime (UNODC) in cooperation with "
        "the Government of Viet Nam and the World Health Organization (WHO), with financial "
        "support from the Governments of Iceland and Japan.",
    ),
    (
        "p",
        "The purpose of the meeting was to examine how criminal groups and corrupt officials "
        "exploited shortages of medical oxygen, oxygen equipment and other hospital supplies, "
        "in particular during health emergencies, through theft, hoarding, price gouging, "
        "falsification and the diversion of public procurement, and to formulate "
        "recommendations for consideration by the Fifteenth Congress. The meeting did not "
        "address the trafficking in falsified medicines as such, which had been the subject of "
        "other consultations.",
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
        "The meeting was opened by Phạm Thị Lan Anh, Vice-Minister of Health of Viet Nam, who "
        "welcomed the experts to Hanoi. She recalled that, at the height of the COVID-19 "
        "pandemic in August 2021, the price of a 40-litre oxygen cylinder on the black market "
        "in Ho Chi Minh City had risen to ten times its official price, while patients waited "
        "for oxygen in hospital corridors. She said that the memory of those weeks had led Viet "
        "Nam to treat the hoarding of essential medical supplies during an emergency as a "
        "criminal offence.",
    ),
    (
        "p",
        "Henrik Vestergaard-Olsen, Chief of the Organized Crime and Illicit Trafficking Branch "
        "of UNODC, delivered an opening statement on behalf of the Executive Director. He said "
        "that criminal groups had moved into the markets for oxygen, masks and test kits within "
        "weeks of the first shortages in 2020, and that the same groups had often used the "
        "routes and the corrupt contacts they already used for other forms of trafficking. A "
        "falsified or stolen hospital supply was not a victimless crime: its victims were "
        "patients who could not breathe.",
    ),
    (
        "p",
        "Adaeze Nwachukwu-Bello, Director of the Department of Regulation and Prequalification "
        "of WHO, said that an estimated one in ten medical products in low- and middle-income "
        "countries was substandard or falsified, and that medical devices and diagnostic tests "
        "were now reported almost as often as medicines. She noted that many hospitals in those "
        "countries still depended on oxygen delivered in cylinders by road, which made the "
        "supply easy to divert.",
    ),
    ("h2", "B.\tElection of officers"),
    (
        "p",
        "At its opening session, on 14 October 2025, the meeting elected the following officers "
        "by acclamation:",
        {
            "lines": [
                "Chair:\tNguyễn Thị Thu Hương (Viet Nam)",
                "Vice-Chairs:\tKatarzyna Wiśniewska-Żółtowska (Poland)\n"
                "\tEmre Yıldırım-Aksoy (Türkiye)",
                "Rapporteur:\tSigríður Þórðardóttir (Iceland)",
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
                "4.\tIllicit markets in medical oxygen and hospital supplies during health "
                "emergencies.",
                "5.\tFalsified and diverted medical devices and corruption in the procurement "
                "of hospital supplies.",
                "6.\tBorder controls, online marketplaces and international cooperation.",
                "7.\tAdoption of the recommendations and of the report.",
                "8.\tClosure of the meeting.",
            ]
        },
    ),
    (
        "p",
        "The meeting had before it a background paper prepared by the Secretariat, a note by "
        "WHO and national submissions received from eleven States. The meeting worked in "
        "plenary, in English, French and Spanish, with simultaneous interpretation. On the "
        "afternoon of 15 October 2025, the participants visited the oxygen production plant of "
        "Bạch Mai Hospital, where they were shown how cylinders were filled, tracked and "
        "delivered to the wards.",
    ),
    ("h1", "III.\tSummary of deliberations"),
    (
        "h2",
        "A.\tIllicit markets in medical oxygen and hospital supplies during health emergencies "
        "(agenda item 4)",
    ),
    (
        "p",
        "The Secretariat presented its background paper. It noted that about a third of the "
        "cases of illicit trade in medical products reported by Member States for the years "
        "2020 to 2022 had concerned oxygen, oxygen equipment or personal protective equipment. "
        "The most common forms of the crime were the theft of cylinders and supplies from "
        "hospitals, hoarding and resale at inflated prices, the sale of industrial oxygen as "
        "medical oxygen, and the refilling of cylinders that did not meet safety and purity "
        "standards. Offenders ranged from individual speculators to organized criminal groups "
        "working with hospital staff.",
    ),
    (
        "p",
        "Trần Văn Đức, the expert from Viet Nam, said that the Economic Police Department of the "
        "Ministry of Public Security had set up a special task force on medical supplies in "
        "July 2021, when oxygen shortages were at their worst in the southern provinces. He "
        "presented the following figures on the cases it had detected:",
        {"table": True},
    ),
    (
        "p",
        "He added that personal protective equipment had accounted for nearly forty per cent of "
        "the cases detected in 2021, mostly masks and gloves sold without a licence or falsely "
        "labelled as medical grade, and that cases involving oxygen had fallen sharply once "
        "hospital supply had been restored. Since 2021, 214 persons had been prosecuted for "
        "offences detected by the task force. A telephone hotline opened in 2021 allowed "
        "patients and their families to report sellers of oxygen at inflated prices.",
    ),
    (
        "p",
        "Ananya Raghunathan, the expert from India, said that during the second wave of the "
        "pandemic, in April and May 2021, the police in several states had registered more than "
        "1,900 cases of hoarding and black marketing of oxygen cylinders, oxygen concentrators "
        "and flow meters. Some sellers had demanded up to twelve times the usual price, often "
        "through messaging groups set up to help families find oxygen. The law on essential "
        "commodities allowed the authorities to seize hoarded stocks and redistribute them to "
        "hospitals.",
    ),
    (
        "p",
        "Rosa Elvira Quispe Huamán, the expert from Peru, said that in the first months of 2021 "
        "the price of medical oxygen in Lima had risen to fifteen times its usual level, and "
        "that some suppliers had sold oxygen that had been produced for industrial use and was "
        "unfit for patients. Prosecutors had opened 63 investigations for speculation in and "
        "adulteration of medical oxygen in 2021. She added that public oxygen plants built in "
        "regional hospitals since then had reduced the dependence on private suppliers.",
    ),
    (
        "p",
        "Chukwuemeka Adebayo-Okafor, the expert from Nigeria, said that oxygen cylinders were "
        "regularly stolen from public hospitals and resold to private clinics, and that the "
        "theft was usually organized with the help of hospital employees. In 2023 the national "
        "regulatory agency had seized 1,240 falsified pulse oximeters and 380 cylinders of "
        "industrial oxygen that had been relabelled as medical oxygen.",
    ),
    (
        "p",
        "Akosua Mensah-Bonsu, the expert from Ghana, said that the leakage of hospital supplies "
        "such as gloves, syringes and catheters was a daily problem that drew less attention "
        "than the large seizures. Audits carried out in 2024 had found that up to a quarter of "
        "the supplies delivered to some regional hospitals could not be accounted for. She "
        "called for electronic stock records in every public hospital store.",
    ),
    (
        "p",
        "The observer for WHO said that the WHO Global Surveillance and Monitoring System{1} "
        "had received 412 reports of substandard or falsified personal protective equipment and "
        "diagnostic tests between 2020 and 2022, most of them from countries with limited "
        "regulatory capacity. Falsified pulse oximeters and oxygen concentrators that gave false "
        "readings could lead doctors to wrong decisions about treatment.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Ghana, India, Nigeria, Peru "
        "and Viet Nam, and by the observer for WHO.",
    ),
    (
        "h2",
        "B.\tFalsified and diverted medical devices and corruption in the procurement of "
        "hospital supplies (agenda item 5)",
    ),
    (
        "p",
        "Katarzyna Wiśniewska-Żółtowska, the Vice-Chair, speaking as the expert from Poland, said "
        "that emergency procurement without competitive tendering had been necessary in 2020 "
        "but had opened the door to fraud and corruption. The Central Anti-Corruption Bureau had "
        "examined 14 emergency contracts for ventilators and masks concluded in 2020, worth a "
        "total of 310 million złoty, and prosecutors had brought charges in connection with "
        "nine of them. Several of the suppliers had had no experience in medical equipment and "
        "had been created only weeks before the contracts were signed.",
    ),
    (
        "p",
        "Andrei Ștefănescu-Vlad, the expert from Romania, described a data analysis tool used "
        "by the national integrity agency to detect warning signs in hospital procurement, such "
        "as contracts awarded to a single bidder, repeated direct awards and prices far above "
        "the market. In 2023 the tool had flagged 1,870 contracts for review, of which 96 had "
        "been referred to prosecutors.",
    ),
    (
        "p",
        "Dewi Kartika Sari, the expert from Indonesia, described the case of a network that had "
        "washed and repackaged used nasal swabs for rapid antigen tests at an airport, exposing "
        "some nine thousand travellers to infection. The organizers, who included employees of "
        "the testing company, had been sentenced to prison terms of up to ten years. She said "
        "that the case had shown the need for regular inspections of private testing "
        "facilities.",
    ),
    (
        "p",
        "Martín Andrés Cevallos Peñaherrera, the expert from Ecuador, said that in 2020 some "
        "public hospitals had paid up to eleven times the market price for masks and body bags, "
        "and that prosecutors had charged 37 persons, among them hospital directors and "
        "suppliers. Asset recovery in those cases had been slow, since much of the money had "
        "been moved abroad within days.",
    ),
    (
        "p",
        "Youssef El-Sherbiny, the expert from Egypt, said that second-hand ventilators and "
        "oxygen concentrators were being imported as refurbished equipment with false "
        "certificates of conformity, and then sold to private clinics as new. He proposed that "
        "refurbished medical devices be subject to the same registration rules as new ones.",
    ),
    (
        "p",
        "The observer for Supply Integrity Watch, a non-governmental organization, said that "
        "hospital employees who reported theft or corruption in the supply chain were often "
        "dismissed or threatened, and that few States offered them effective protection. Most "
        "of the procurement fraud uncovered in 2020 and 2021 had first been reported by "
        "whistle-blowers or journalists, not by auditors.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Ecuador, Egypt, Indonesia, "
        "Poland and Romania, and by the observer for Supply Integrity Watch.",
    ),
    (
        "h2",
        "C.\tBorder controls, online marketplaces and international cooperation (agenda item 6)",
    ),
    (
        "p",
        "Emre Yıldırım-Aksoy, the Vice-Chair, speaking as the expert from Türkiye, said that "
        "customs risk profiles for medical supplies had been revised in 2021 to give priority "
        "to shipments declared under vague descriptions or sent by companies with no record of "
        "trade in medical products. In 2022 Turkish customs had seized 3.1 million falsified "
        "surgical masks and 46,000 diagnostic test kits, most of them at Istanbul Airport.",
    ),
    (
        "p",
        "Sigríður Þórðardóttir, the Rapporteur, speaking as the expert from Iceland, said that "
        "a small country that imported almost all of its medical supplies depended on the "
        "checks carried out by its suppliers and neighbours. The Icelandic Medicines Agency "
        "monitored online sales and had had 58 advertisements for unregistered oxygen "
        "concentrators and pulse oximeters removed in 2023. Iceland also took part in joint "
        "procurement with the other Nordic countries.",
    ),
    (
        "p",
        "Álvaro Gutiérrez Peña, the expert from Spain, said that Spain had ratified the "
        "MEDICRIME Convention,{2} which required States parties to criminalize the manufacture "
        "and supply of counterfeit medical devices. An investigation lasting eighteen months "
        "by the Guardia Civil had dismantled a network that sold falsified FFP2 masks through "
        "online marketplaces in several European countries, and 11 persons had been arrested.",
    ),
    (
        "p",
        "Farzana Rahman Chowdhury, the expert from Bangladesh, said that unlicensed refilling "
        "of oxygen cylinders, often in industrial cylinders that had not been cleaned or "
        "tested, was a danger to patients. Mobile courts had fined 140 unlicensed refillers in "
        "2021, and a licensing scheme for refilling stations had been introduced in 2022.",
    ),
    (
        "p",
        "The observer for the World Customs Organization (WCO) said that a joint customs "
        "operation conducted in 2023 in 92 countries had led to the seizure of more than 4.6 "
        "million items of falsified or unregistered medical supplies. He said that small "
        "parcels sent by post and express courier were the hardest to control.",
    ),
    (
        "p",
        "The observer for the International Criminal Police Organization (INTERPOL) said that "
        "its notices could be used to alert police in other countries to the methods of "
        "networks trading in falsified medical supplies, and encouraged States to share "
        "information on such networks through its secure communication system. He noted that "
        "the same online shops often sold falsified medical supplies and falsified medicines.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Bangladesh, Iceland, Spain "
        "and Türkiye, and by the observers for WCO and INTERPOL.",
    ),
    ("h1", "IV.\tRecommendations"),
    (
        "p",
        "The meeting adopted the following recommendations for consideration by the Fifteenth "
        "Congress. Member States should:",
        {
            "items": [
                "Establish as criminal offences the theft, hoarding and resale at excessive "
                "prices of medical oxygen and essential hospital supplies during a declared "
                "health emergency;",
                "Criminalize the manufacture, supply and sale of falsified medical devices, "
                "including oxygen equipment and diagnostic tests, and consider becoming parties "
                "to the MEDICRIME Convention;",
                "Keep electronic records of the stocks of oxygen and hospital supplies in public "
                "hospitals, and track oxygen cylinders from filling to delivery;",
                "Ensure that emergency procurement remains transparent, by publishing the "
                "contracts awarded and the beneficial owners of the suppliers, and review such "
                "contracts once the emergency is over;",
                "Protect hospital employees and other persons who report theft, fraud or "
                "corruption in the supply of medical products;",
                "Require online marketplaces to remove advertisements for unregistered or "
                "falsified medical devices promptly and to cooperate with law enforcement "
                "authorities;",
                "Strengthen their national regulatory authorities, including through the WHO "
                "Global Benchmarking Tool,{3} so that they can inspect oxygen producers, "
                "refilling stations and importers of refurbished medical devices;",
                "Designate contact points in police, customs and regulatory authorities for the "
                "rapid exchange of information on falsified and diverted medical supplies.",
            ]
        },
    ),
    (
        "p",
        "The meeting requested UNODC, in cooperation with WHO and WCO, to:",
        {
            "items": [
                "Develop guidance for police, customs and prosecutors on the investigation of "
                "illicit trafficking in medical oxygen and hospital supplies;",
                "Support States, at their request, in assessing the risks of corruption in "
                "emergency procurement of medical supplies;",
                "Present the conclusions and recommendations of the meeting to the Fifteenth "
                "Congress.",
            ]
        },
    ),
    ("h1", "V.\tAttendance and adoption of the report"),
    ("h2", "A.\tAttendance"),
    (
        "p",
        "The meeting was attended by 58 participants, among them twenty-seven experts from 16 "
        "States, who took part in their personal capacity: Bangladesh, Czechia, Ecuador, Egypt, "
        "Ghana, Iceland, India, Indonesia, Nigeria, Peru, Poland, Romania, Spain, Türkiye, "
        "Uganda and Viet Nam.",
    ),
    (
        "p",
        "The following organizations were represented by observers: WHO, WCO and INTERPOL. "
        "Supply Integrity Watch attended as a non-governmental organization.",
    ),
    ("h2", "B.\tAdoption of the report and closure of the meeting"),
    (
        "p",
        "At its final session, on 16 October 2025, the meeting adopted the present report, "
        "including its recommendations, as orally amended. The Rapporteur was entrusted with "
        "the finalization of the report in consultation with the Secretariat.",
    ),
    (
        "p",
        "Closing statements were made by the representative of WHO, the representative of "
        "UNODC and the representative of the Government of Viet Nam.",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Viet Nam for its "
        "hospitality, the Governments of Iceland and Japan for their financial support and the "
        "experts for their contributions. She declared the meeting closed on 16 October 2025 "
        "at 5.30 p.m.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Document symbol", "Title"),
    ("UNODC/CCPCJ/EG.61/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/CCPCJ/EG.61/2025/INF/1", "Information for participants"),
    (
        "UNODC/CCPCJ/EG.61/2025/CRP.1",
        "Background paper prepared by the Secretariat on illicit trafficking in medical oxygen "
        "and hospital supplies",
    ),
    (
        "UNODC/CCPCJ/EG.61/2025/CRP.2",
        "Compilation of national submissions on illicit trade in medical supplies",
    ),
    (
        "UNODC/CCPCJ/EG.61/2025/CRP.3",
        "Note by WHO on substandard and falsified medical devices and diagnostics",
    ),
]

# column widths of the body table, in twips
TABLE_WIDTHS = [Twips(3400), Twips(800), Twips(800), Twips(800), Twips(800)]

REPORT = WordReport.of(globals(), numbering_id="7C4A2E61")


if __name__ == "__main__":
    main(REPORT)
