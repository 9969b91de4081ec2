"""Generate eval/gold/docs/synthetic-illicit-pesticides-egm.txt and its expected units
eval/gold/expected/synthetic-illicit-pesticides-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on the illicit trade in
counterfeit and illegal pesticides, held in Nairobi in November 2025 in preparation for the
Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It is not a United
Nations document; the names of persons, the operations and the figures are invented.

The text file imitates a plain-text export of a paged PDF (what ``pdftotext -layout`` or a copy
from a PDF viewer gives), laid out directly by this script with the standard library only:

  * lines hard-wrapped at a fixed width (text between columns 16 and 92), indentation as in
    the UN "SingleTxtG" template: a paragraph number at the left margin with the first line
    after it, continuation lines back at the margin; lettered sub-items "(a)" and roman
    sub-sub-items "(i)" indented, with their continuation lines also back at the margin;
  * pages of a fixed height separated by form feeds ("\\f", one after every page, as
    pdftotext writes them); a masthead on page 1 (symbol, issuing organ, distribution block,
    date, original language, title, place and dates) with the job number and a bar-code line
    at its foot; from page 2 on, a running header with the symbol and a footer with the job
    number and "n/N", alternating left and right on even and odd pages;
  * paragraphs that run over a page break (3, 8, 12 and 29), so that the footer and the next
    page's header cut them; a heading is never left at the foot of a page, and the page
    before a heading that does not fit is left part empty;
  * a few words hyphenated at line ends, at break points taken from a small list (five in
    this text: "regis-tration", "organi-zation", "legis-lation", "verifi-cation", "environ-
    mental"); the rule would also break a lowercase compound after its own hyphen, which
    does not happen in this text;
  * two footnotes: the mark printed as a plain digit glued to the word or comma that carries
    it (as pdftotext renders a superscript), the text at the foot of the same page under a
    short rule;
  * officer lines and agenda lines inside paragraphs 6 and 7; a recommendations chapter with
    (a)-(g) and (i)-(iii) items;
  * an annex on a new page: a table of figures set in fixed-width columns, with a rule under
    its column heads and a source note.

Figures are given in digits ("1,265", "2,040 tonnes", "7.5 million euros") and in words
("forty per cent", "nearly half", "a third", "some four hundred tonnes", "some 1,200 litres").
Speakers are named in full once and then as "Mr. X", "Ms. Y", "the Chair" or "the expert from
Z". Names from several regions carry non-ASCII letters (ł, ę, ç, ă, ș, ő, ű, ğ, ş, ß, ñ, è,
Vietnamese tone marks). Several facts are near misses on purpose (a figure for one year only,
a State that spoke without its statement being summarized, funding without an amount, no
follow-up meeting), so that unanswerable questions about them are plausible. The document
avoids the everyday words "fake", "weed killer", "bug spray" and "Facebook", so that questions
using them test paraphrase.

Deterministic output (no dates taken from the clock, no randomness).

Written, with its 33 gold cases (ip-) and 3 topics (ipt-) in eval/gold/test/, by a helper
that had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_illicit_pesticides_egm_txt.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no cache next to _expected.py
sys.path.insert(0, str(HERE))
from _expected import expected_doc, write_expected  # noqa: E402

DOC_ID = "synthetic-illicit-pesticides-egm"
ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.txt"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.71/2025/1"
ISSUE_DATE = "24 November 2025"
JOB_NUMBER = "V.25-14862"
JOB_DATES = "241125    251125"
BARCODE = "*2514862*"
ORGAN = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = "Report of the Expert Group Meeting on Illicit Trade in Counterfeit and Illegal Pesticides"
PLACE_DATES = "Nairobi, 3\u20135 November 2025"

AP = "\u2019"  # typographic apostrophe

FOOTNOTES = {
    "1": "United Nations, Treaty Series, vol. 2244, No. 39973.",
    "2": (
        "Figures provided by Europol; they cover checks carried out at seaports, airports, "
        "land borders and warehouses between January and April 2024."
    ),
}

# ("h1"|"h2", label, text)   headings
# ("p", number, text)        numbered paragraph
# ("sub", letter, text)      lettered sub-paragraph of the last paragraph
# ("subsub", roman, text)    roman sub-paragraph of the last lettered one
# ("line", label, text)      officer ("Chair:") or agenda ("1.") line in the last paragraph
# A footnote mark is written "{n}" right after the word (or comma) that carries it.
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Illicit Trade in Counterfeit and Illegal Pesticides was "
        "held at the United Nations Office at Nairobi from 3 to 5 November 2025. It was "
        "organized by the United Nations Office on Drugs and Crime (UNODC) in cooperation with "
        "the United Nations Environment Programme (UNEP) and the Food and Agriculture "
        "Organization of the United Nations (FAO), and was hosted by the Government of Kenya. "
        "The meeting was made possible by a financial contribution from the Government of "
        "Switzerland. Interpretation was provided in English, French and Spanish.",
    ),
    (
        "p",
        "2",
        "The meeting was convened as part of the preparations for the Fifteenth United Nations "
        "Congress on Crime Prevention and Criminal Justice, to examine the scale of the illicit "
        "trade in pesticides, the involvement of organized criminal groups in that trade and "
        "the responses of criminal justice systems. Participants were also invited to consider "
        "how the Rotterdam Convention on the Prior Informed Consent Procedure for Certain "
        "Hazardous Chemicals and Pesticides in International Trade{1} and national legislation "
        "on the registration of pesticides could support the investigation and prosecution of "
        "offences.",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "3",
        "The meeting was opened by Wilfred Kiprono Chebet, Principal Secretary of the State "
        "Department for Agriculture of Kenya, who welcomed participants on behalf of the "
        "Government. He stated that counterfeit pesticides had been found in almost every "
        "county of Kenya and that, in 2024, the Pest Control Products Board had closed 148 "
        "agro-dealer premises and seized some 1,200 litres of liquid products and nine tonnes "
        "of powders and granules. He stressed that the first victims of the trade were "
        "smallholder farmers, who lost their harvests and their savings when they applied "
        "products that did not work or that damaged their crops.",
    ),
    (
        "p",
        "4",
        "Hélène Marchetti-Dufour, Chief of the Organized Crime and Illicit Trafficking Branch "
        "of UNODC, delivered a statement on behalf of the Executive Director. She noted that "
        "the illicit trade in pesticides combined features of fraud, environmental crime and "
        "trafficking in counterfeit goods, but that it was often treated as an administrative "
        "matter, with fines so low that criminal groups regarded them as a cost of doing "
        "business. She announced that UNODC would publish a study on the illicit trade in "
        "pesticides in the second half of 2026.",
    ),
    (
        "p",
        "5",
        "Akosua Mensah-Boateng, speaking on behalf of the secretariat of the Basel, Rotterdam "
        "and Stockholm Conventions, recalled that the Rotterdam Convention enabled importing "
        "countries to decide which hazardous pesticides they would accept, but that the "
        "procedure was circumvented when banned products were smuggled or imported under false "
        "names. She added that obsolete pesticides shipped across borders for disposal could "
        "also fall under the Basel Convention as hazardous wastes.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "6",
        "At its 1st meeting, on 3 November 2025, the meeting elected the following officers by "
        "acclamation:",
    ),
    ("line", "Chair:", "Achieng Otieno-Ombaka (Kenya)"),
    ("line", "Vice-Chair:", "Bartłomiej Szczęsny (Poland)"),
    ("line", "Vice-Chair:", "Patrícia Gonçalves de Araújo (Brazil)"),
    ("line", "Rapporteur:", "Ioana-Mădălina Ștefănescu (Romania)"),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    ("p", "7", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    ("line", "4.", "Scale, patterns and modus operandi of the illicit trade in pesticides."),
    (
        "line",
        "5.",
        "Detection, investigation and prosecution, including at borders and in online trade.",
    ),
    (
        "line",
        "6.",
        "Protecting farmers, consumers and the environment, and international cooperation.",
    ),
    ("line", "7.", "Conclusions and recommendations."),
    ("line", "8.", "Adoption of the report."),
    (
        "p",
        "8",
        "The meeting agreed to devote one session to each substantive agenda item. The "
        "Secretariat had prepared a background paper (UNODC/CCPCJ/EG.71/2025/CRP.1) and a "
        "compilation of the replies to a questionnaire on national legislation and enforcement "
        "practice, to which 24 States had replied. On the afternoon of 4 November 2025, "
        "participants visited the pesticide analysis laboratory of the Pest Control Products "
        "Board in Nairobi, where they were shown how samples taken from markets were tested for "
        "their active ingredients.",
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        "9",
        "The meeting was attended by experts from the following nineteen States: Brazil, "
        "China, Colombia, Germany, Ghana, Hungary, India, Kenya, Netherlands (Kingdom of the), "
        "Paraguay, Poland, Romania, Senegal, South Africa, Spain, Türkiye, Uganda, United "
        "Republic of Tanzania and Viet Nam. FAO, the World Health Organization (WHO), the "
        "International Criminal Police Organization (INTERPOL), the European Union Agency for "
        "Law Enforcement Cooperation (Europol) and the World Customs Organization (WCO) were "
        "represented by observers, as was the secretariat of the Basel, Rotterdam and "
        "Stockholm Conventions. The Smallholder Safety Alliance, a non-governmental "
        "organization, also attended as an observer. In total, sixty-four participants "
        "attended the meeting, 29 of them women.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Scale, patterns and modus operandi of the illicit trade in pesticides (agenda item 4)",
    ),
    (
        "p",
        "10",
        "A representative of the Secretariat introduced the agenda item. She explained that "
        "the illicit trade covered several types of products: counterfeit pesticides that "
        "imitated the packaging and trademarks of registered brands; falsified products whose "
        "content differed from the label, often with less of the active ingredient than "
        "declared or none at all; pesticides that were not registered in the country where "
        "they were sold; and highly hazardous pesticides whose use had been banned. According "
        "to the background paper, illegal products accounted for about one in seven pesticide "
        "units sold in the European Union and for as much as a third of sales in some markets "
        "of West Africa. The profit margins were comparable with those of drug trafficking, "
        "while the risk of detection and the penalties were far lower.",
    ),
    (
        "p",
        "11",
        "Statements were made by the experts from China, Ghana, India, Poland, Senegal and Viet "
        "Nam. Statements were also made by the observers for Europol and FAO.",
    ),
    (
        "p",
        "12",
        "The observer for Europol reported that Operation Verdant Shield, coordinated by the "
        "agency in 2024 with the participation of 32 States, had led to the seizure of 2,040 "
        "tonnes of illegal pesticides,{2} the largest quantity since such operations had begun "
        "in 2012. Most of the products seized had been manufactured in Asia, shipped to Europe "
        "in containers declared as other chemicals and relabelled in the European Union, where "
        "they were sold to farmers through distributors and online.",
    ),
    (
        "p",
        "13",
        "Bartłomiej Szczęsny, speaking as the expert from Poland, said that illegal pesticides "
        "entered his country mainly by road from States outside the European Union and were "
        "sold through online marketplaces and social media, often in plain containers with "
        "photocopied labels. In 2024, the State Plant Health and Seed Inspection Service had "
        "found that forty per cent of the pesticide offers it had checked on online "
        "marketplaces concerned products that were not authorized in Poland. Mr. Szczęsny "
        "noted that buyers were attracted by prices that were a half or even a third of those "
        "of legal products.",
    ),
    (
        "p",
        "14",
        "Phạm Thị Hồng Nhung, the expert from Viet Nam, reported that the market management "
        "forces had detected 1,265 violations involving pesticides in 2024, most of them in "
        "the Mekong Delta and in the northern border provinces. Products containing paraquat, "
        "which had been banned in Viet Nam since 2017, were still carried across the northern "
        "border in small quantities by porters and then repackaged under the names of "
        "permitted products.",
    ),
    (
        "p",
        "15",
        "The expert from India stated that the agriculture departments of the states had "
        "tested some 81,000 pesticide samples in 2023 and had found 3.1 per cent of them to be "
        "misbranded or substandard. He cautioned that those figures understated the problem, "
        "since samples were mostly taken from licensed shops, whereas spurious products were "
        "sold by unlicensed vendors at village markets. The expert from China said that the "
        "authorities had removed 38,000 online listings for unregistered pesticides in 2024 and "
        "had tightened the control of export licences for active ingredients.",
    ),
    (
        "p",
        "16",
        "Mame Diarra Ndiaye-Sène, the expert from Senegal, described open-air markets in which "
        "pesticides were decanted from bulk containers into unlabelled bottles, including used "
        "water and soft drink bottles, and sold by the glass. The national poison control "
        "centre had recorded 217 cases of pesticide poisoning in 2024, nearly half of them "
        "involving children. She noted that many of the products sold in such markets had been "
        "registered by the Sahelian Pesticides Committee under other names, or not at all.",
    ),
    (
        "p",
        "17",
        "The expert from Ghana explained that subsidized pesticides distributed to cocoa "
        "farmers were diverted and smuggled across the border, while counterfeit products "
        "imitating the subsidized brands were sold in their place. The observer for FAO "
        "recalled that the International Code of Conduct on Pesticide Management called on "
        "Governments to regulate the availability, distribution and use of pesticides and to "
        "prevent illegal trade in them, and that FAO had assisted more than 40 countries in "
        "drafting pesticide legislation. She warned that the illegal trade undermined efforts "
        "to phase out highly hazardous pesticides, since banned products remained available at "
        "lower prices.",
    ),
    (
        "h2",
        "B.",
        "Detection, investigation and prosecution, including at borders and in online trade "
        "(agenda item 5)",
    ),
    (
        "p",
        "18",
        "A representative of the Secretariat introduced the agenda item, noting that in many "
        "States the placing on the market of unregistered pesticides was an administrative "
        "offence punishable only by a fine, and that investigators rarely pursued the "
        "financial side of the trade. Of the 24 States that had replied to the questionnaire, "
        "only nine had made the trade in counterfeit or unregistered pesticides a criminal "
        "offence punishable by imprisonment of four years or more, which would make it a "
        "serious crime within the meaning of the United Nations Convention against "
        "Transnational Organized Crime.",
    ),
    (
        "p",
        "19",
        "Statements were made by the experts from Colombia, Germany, Hungary, the Netherlands, "
        "Poland, Romania, Spain and Türkiye. Statements were also made by the observers for "
        "INTERPOL and WCO.",
    ),
    (
        "p",
        "20",
        "Jörg Weißmüller, the expert from Germany, described a case in which a group had "
        "imported more than 120 tonnes of pesticides from outside the European Union, "
        "relabelled them as products authorized in Germany and sold them to farms in several "
        "Länder. In 2023, the leader of the group had been sentenced to four years and six "
        "months of imprisonment, and proceeds of some 7.5 million euros had been confiscated. "
        "Mr. Weißmüller stressed that the case had succeeded because the prosecutors had "
        "charged fraud and trademark offences in addition to the offences under the plant "
        "protection legislation.",
    ),
    (
        "p",
        "21",
        "Oğuz Çağatay Şahin, the expert from Türkiye, reported that customs officers at the "
        "port of Mersin had seized 96 tonnes of pesticides in 2024 from containers declared as "
        "fertilizers or detergents. Risk profiles had been revised to compare the goods "
        "declared with the known business of each importer, and laboratory tests had been made "
        "mandatory for all consignments classified under heading 38.08 of the Harmonized "
        "System that arrived by high-risk routes.",
    ),
    (
        "p",
        "22",
        "The observer for WCO noted that chemical products were often misdeclared under "
        "neighbouring tariff headings, and that customs officers needed rapid testing "
        "equipment and access to the register of authorized pesticides of the country of "
        "import. The observer for INTERPOL drew attention to the links between the trade and "
        "other crimes, such as the laundering of proceeds through trading companies and the "
        "falsification of documents, and invited States to use INTERPOL notices to share "
        "information on the modus operandi of the groups involved.",
    ),
    (
        "p",
        "23",
        "Zsófia Kővári-Hegedűs, the expert from Hungary, described the national electronic "
        f"register in which every sale of a professional-use pesticide had to be recorded with "
        f"the buyer{AP}s licence number, which allowed inspectors to compare the quantities "
        "bought by each farm with the area that it cultivated. Ms. Kővári-Hegedűs reported "
        "that, since the register had been introduced in 2022, the share of retailers found "
        "selling illegal products during inspections had fallen from a third to less than a "
        "tenth.",
    ),
    (
        "p",
        "24",
        "Ioana-Mădălina Ștefănescu, the Rapporteur, speaking as the expert from Romania, said "
        "that illegal pesticides were increasingly delivered by courier and parcel services to "
        "buyers who had ordered them through groups on social media, and that consignments "
        "were split among several parcels addressed to different persons in order to stay "
        "below the quantities that would trigger checks. She called for online platforms to be "
        "required to verify that sellers of plant protection products were authorized. Mr. "
        "Szczęsny added that, in Poland, most of the parcels intercepted in 2024 had been "
        "declared as garden supplies or cleaning products.",
    ),
    (
        "p",
        "25",
        "Andrés Felipe Cañón Rojas, the expert from Colombia, reported that pesticides smuggled "
        "across the borders of his country were also used in the illicit cultivation of coca "
        "bush and in areas of illegal mining, and that the Colombian Agricultural Institute had "
        "seized 61 tonnes of such products in 2024. The expert from the Netherlands noted that "
        "the port of Rotterdam was used to tranship pesticides and active ingredients to third "
        "countries, and that checks on goods declared as being in transit had been "
        "intensified. The expert from Spain reported that the Guardia Civil had dismantled, in "
        "2024, a network that sold illegal pesticides to greenhouse growers in Almería.",
    ),
    (
        "h2",
        "C.",
        "Protecting farmers, consumers and the environment, and international cooperation "
        "(agenda item 6)",
    ),
    (
        "p",
        "26",
        "A representative of the Secretariat introduced the agenda item. He noted that illegal "
        "pesticides harmed farmers in several ways: they caused poisonings because their "
        "content was unknown, they destroyed crops, and they left residues in food that could "
        "lead to the rejection of exports. Products containing undeclared or banned substances "
        "contaminated soil and water, and the obsolete and illegal products seized by the "
        "authorities had to be disposed of as hazardous waste, at considerable cost.",
    ),
    (
        "p",
        "27",
        "Statements were made by the experts from Brazil, Kenya, Paraguay, South Africa, Uganda "
        "and the United Republic of Tanzania. Statements were also made by the observers for "
        "WHO and the Smallholder Safety Alliance.",
    ),
    (
        "p",
        "28",
        "Patrícia Gonçalves de Araújo, speaking as the expert from Brazil, reported that the "
        "Federal Highway Police and the Federal Revenue Service had seized some four hundred "
        "tonnes of smuggled pesticides in 2024, most of them on roads leading from the border "
        "with Paraguay in the state of Paraná. Some of the products contained active "
        "ingredients prohibited in Brazil, and their use had been linked to the death of bees "
        "and fish in several municipalities. Ms. Gonçalves de Araújo stressed that the "
        "smuggling was organized by the same groups that trafficked cigarettes and firearms "
        "across that border. The expert from Paraguay said that a joint task force established "
        "with Brazil in 2023 had carried out 37 joint operations.",
    ),
    (
        "p",
        "29",
        "The observer for WHO noted that an estimated 385 million cases of unintentional acute "
        "pesticide poisoning occurred worldwide each year, and that the ingestion of "
        "pesticides accounted for about a fifth of suicides globally. Restrictions on highly "
        "hazardous pesticides had been followed by falls in suicide rates in several countries, "
        "and the illegal supply of such products could undo those gains.",
    ),
    (
        "p",
        "30",
        "The observer for the Smallholder Safety Alliance described a verification service "
        "under which farmers could send the code printed under a scratch panel on a package by "
        "text message and receive a reply stating whether the product was genuine. Some 1.4 "
        "million verification requests had been received in Kenya, Uganda and the United "
        "Republic of Tanzania in 2024, and about six per cent of them had concerned products "
        "that were not genuine. She cautioned that counterfeiters had begun to copy the codes "
        "from genuine packages, so that such schemes had to be combined with inspections.",
    ),
    (
        "p",
        "31",
        "The Chair, speaking as the expert from Kenya, said that in 2024 Kenya had opened a "
        "telephone line through which agro-dealers and farmers could report illegal "
        "pesticides, and that a reward of up to 10 per cent of the value of the products "
        "seized was offered for information leading to a seizure. The expert from the United "
        "Republic of Tanzania noted that seized pesticides were often stored for years in "
        "police stations pending trial, sometimes in leaking containers, and called for rules "
        "allowing samples to be kept as evidence and the rest to be destroyed safely before "
        "the end of the proceedings. The expert from Senegal supported that proposal.",
    ),
    (
        "p",
        "32",
        "Many experts observed that cases of illicit trade in pesticides rarely gave rise to "
        "requests for mutual legal assistance, because the offences were not treated as "
        "serious crimes and because the authorities responsible for pesticides were not part "
        "of the criminal justice system. Several experts suggested that regional networks of "
        "prosecutors and networks on environmental crime could be used to share information "
        "on such cases, and that agricultural inspectors should be trained to preserve "
        "evidence.",
    ),
    ("h1", "IV.", "Conclusions and recommendations"),
    (
        "p",
        "33",
        "The meeting adopted the following recommendations, which were not negotiated, for the "
        "consideration of the Fifteenth Congress. Member States should:",
    ),
    (
        "sub",
        "a",
        "Make the manufacture, import, export and sale of counterfeit, falsified and "
        "unregistered pesticides criminal offences punishable by penalties commensurate with "
        "the harm caused, so that serious cases qualify as serious crime under the United "
        "Nations Convention against Transnational Organized Crime;",
    ),
    (
        "sub",
        "b",
        "Ensure that the agricultural, environmental, customs and police authorities and the "
        "prosecution services cooperate, including through:",
    ),
    (
        "subsub",
        "i",
        "Joint inspection teams and the exchange of information on seizures and on the "
        "licences of importers and dealers;",
    ),
    (
        "subsub",
        "ii",
        "Access for customs officers to the national registers of authorized pesticides and to "
        "rapid testing equipment;",
    ),
    (
        "subsub",
        "iii",
        "Training for agricultural inspectors in the collection and preservation of evidence;",
    ),
    (
        "sub",
        "c",
        "Conduct financial investigations in cases of illicit trade in pesticides and "
        "confiscate the proceeds of that trade;",
    ),
    (
        "sub",
        "d",
        "Require online marketplaces and social media platforms to remove offers of "
        "unauthorized pesticides and to verify that sellers of plant protection products hold "
        "the required authorization;",
    ),
    (
        "sub",
        "e",
        "Introduce systems for tracing pesticides from the manufacturer to the user, such as:",
    ),
    ("subsub", "i", "Unique codes on packages that buyers can verify;"),
    ("subsub", "ii", "Electronic registers of the sales of professional-use pesticides;"),
    (
        "sub",
        "f",
        "Provide for the safe storage and environmentally sound destruction of seized "
        "pesticides, with samples retained as evidence, and consider recovering the costs of "
        "destruction from the offenders;",
    ),
    (
        "sub",
        "g",
        "Raise awareness among farmers, agro-dealers and health workers of the risks of "
        "illegal pesticides, and make poison control services available to rural communities.",
    ),
    (
        "p",
        "34",
        "The meeting recommended that UNODC, in cooperation with FAO, UNEP and WCO and subject "
        "to the availability of extrabudgetary resources:",
    ),
    (
        "sub",
        "a",
        "Carry out a global study of the illicit trade in pesticides and its links to "
        "organized crime;",
    ),
    (
        "sub",
        "b",
        "Develop a training module for investigators, prosecutors and judges on crimes "
        "involving pesticides;",
    ),
    (
        "sub",
        "c",
        "Assist States, upon request, in reviewing their legislation on pesticides and on the "
        "penalties for their illicit trade.",
    ),
    (
        "p",
        "35",
        "The meeting further recommended that the Fifteenth Congress consider recognizing the "
        "illicit trade in pesticides as a crime that affects the environment, public health "
        "and food security, and calling for closer cooperation between the authorities "
        "responsible for agriculture and those responsible for criminal justice.",
    ),
    ("h1", "V.", "Adoption of the report"),
    (
        "p",
        "36",
        "At its 6th meeting, on 5 November 2025, the meeting adopted the present report, as "
        "introduced by the Rapporteur, on the understanding that the Rapporteur, with the "
        "assistance of the Secretariat, would finalize it.",
    ),
    (
        "p",
        "37",
        "In her closing remarks, the Chair thanked the Government of Kenya for hosting the "
        "meeting and the Government of Switzerland for its financial support. She observed "
        "that the discussions had shown that the illicit trade in pesticides was a serious "
        "crime that called for a criminal justice response and not only for administrative "
        "sanctions, and declared the meeting closed at 5 p.m. on 5 November 2025.",
    ),
]

ANNEX_TITLE = (
    "Seizures of illegal pesticides reported by selected participating States, 2022\u20132024"
)
ANNEX_UNIT = "(Tonnes)"
TABLE_HEAD = ("State", "2022", "2023", "2024")
TABLE_ROWS = [
    ("Brazil", "318", "356", "402"),
    ("Colombia", "34", "47", "61"),
    ("Poland", "41", "58", "73"),
    ("Türkiye", "52", "71", "131"),
    ("Viet Nam", "88", "104", "117"),
]
TABLE_NOTE = (
    "Source: national submissions to the meeting (UNODC/CCPCJ/EG.71/2025/CRP.2). Liquid "
    "products are counted at one kilogram per litre."
)

# --------------------------------------------------------------------------------------------
# layout (columns and lines of the text page)
# --------------------------------------------------------------------------------------------
RIGHT = 92  # last column of body text
MARGIN = 16  # paragraph numbers and continuation lines
FIRST_TAB = 20  # first line of a numbered paragraph
SUB_LABEL = 20  # "(a)"
SUB_TAB = 25
SUBSUB_LABEL = 25  # "(i)"
SUBSUB_TAB = 30
H1_LABEL = 9
H2_LABEL = 11
LINE_LABEL = 20  # officer titles and agenda numbers
OFFICER_TAB = 33
AGENDA_TAB = 24
FN_LABEL = 18
FN_TAB = 20
PAGE_LEFT = 9  # running header and footer
BODY_LINES = 50  # lines available to body text and footnotes on each page

# Break points for hyphenating a word that does not fit at the end of a line.
HYPHENATION = {
    "international": "inter-national",
    "investigation": "investi-gation",
    "investigators": "investi-gators",
    "administrative": "adminis-trative",
    "participants": "partici-pants",
    "participation": "partici-pation",
    "registration": "regis-tration",
    "environmental": "environ-mental",
    "intensified": "intensi-fied",
    "verification": "verifi-cation",
    "municipalities": "munici-palities",
    "consignments": "consign-ments",
    "legislation": "legis-lation",
    "misdeclared": "misde-clared",
    "distribution": "distri-bution",
    "organization": "organi-zation",
    "photocopied": "photo-copied",
    "marketplaces": "market-places",
    "authorities": "autho-rities",
    "circumvented": "circum-vented",
}

MARK_RE = re.compile(r"\{(\d+)\}")


def plain(text: str) -> str:
    """A BODY text without its footnote marks."""
    return MARK_RE.sub("", text)


def printed(word: str) -> str:
    """A word as pdftotext prints it: a superscript footnote mark becomes a plain digit."""
    return MARK_RE.sub(r"\1", word)


def marks(word: str) -> list[str]:
    return MARK_RE.findall(word)


def break_word(word: str, room: int) -> tuple[str, str] | None:
    """Split ``word`` so that its head (with the hyphen) takes at most ``room`` columns: at a
    listed break point, or after the hyphen of a lowercase compound."""
    core = word.rstrip(".,;:)")
    if core in HYPHENATION:
        head, tail = HYPHENATION[core].split("-")
        if len(head) + 1 <= room and len(head) >= 4:
            return head + "-", tail + word[len(core) :]
    if "-" in core and core.islower() and "{" not in word:
        head = core[: core.index("-") + 1]
        if len(head) <= room and len(head) >= 4 and len(core) - len(head) >= 3:
            return head, word[len(head) :]
    return None


def wrap(text: str, first_width: int, width: int) -> list[list[str]]:
    """Greedy line breaking at spaces; a word that does not fit may be hyphenated when more
    than a few columns would otherwise be left empty."""
    words = text.split()
    lines: list[list[str]] = []
    cur: list[str] = []
    cur_len = 0
    k = 0
    while k < len(words):
        word = words[k]
        avail = first_width if not lines else width
        wlen = len(printed(word))
        need = wlen if not cur else cur_len + 1 + wlen
        if need <= avail or not cur:
            cur.append(word)
            cur_len = need
            k += 1
            continue
        room = avail - cur_len - 1
        split = break_word(word, room) if room >= 6 else None
        if split:
            cur.append(split[0])
            words[k] = split[1]
        lines.append(cur)
        cur, cur_len = [], 0
    if cur:
        lines.append(cur)
    return lines


class Line:
    """One line of the body with the footnotes whose marks it carries."""

    def __init__(self, text: str, fns: list[str] | None = None) -> None:
        self.text = text
        self.fns = fns or []


def render_text(label: str, label_col: int, text_col: int, text: str) -> list[Line]:
    """A numbered paragraph or sub-item: label, first line at ``text_col``, then the margin."""
    rows = wrap(text, RIGHT - text_col, RIGHT - MARGIN)
    out = []
    for n, words in enumerate(rows):
        body = " ".join(printed(w) for w in words)
        fns = [m for w in words for m in marks(w)]
        if n == 0:
            prefix = " " * label_col + label
            prefix = prefix.ljust(text_col) if len(prefix) < text_col else prefix + " "
            out.append(Line(prefix + body, fns))
        else:
            out.append(Line(" " * MARGIN + body, fns))
    return out


def blocks() -> list[tuple[str, list[Line]]]:
    """BODY as blocks of lines: ("head", lines) keeps with what follows; ("para", lines)
    may be split over pages; ("line", lines) is an officer or agenda line."""
    out: list[tuple[str, list[Line]]] = []
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            _, label, text = item
            col = H1_LABEL if kind == "h1" else H2_LABEL
            rows = wrap(text, RIGHT - MARGIN, RIGHT - MARGIN)
            lines = [Line((" " * col + label).ljust(MARGIN) + " ".join(rows[0]))]
            lines += [Line(" " * MARGIN + " ".join(r)) for r in rows[1:]]
            out.append(("head", lines))
        elif kind == "p":
            out.append(("para", render_text(item[1] + ".", MARGIN, FIRST_TAB, item[2])))
        elif kind == "sub":
            out.append(("para", render_text(f"({item[1]})", SUB_LABEL, SUB_TAB, item[2])))
        elif kind == "subsub":
            out.append(("para", render_text(f"({item[1]})", SUBSUB_LABEL, SUBSUB_TAB, item[2])))
        elif kind == "line":
            _, label, text = item
            tab = AGENDA_TAB if label[0].isdigit() else OFFICER_TAB
            rows = wrap(text, RIGHT - tab, RIGHT - tab)
            lines = [Line((" " * LINE_LABEL + label).ljust(tab) + " ".join(rows[0]))]
            lines += [Line(" " * tab + " ".join(r)) for r in rows[1:]]
            out.append(("line", lines))
    return out


def footnote_lines(fid: str) -> list[str]:
    rows = wrap(FOOTNOTES[fid], RIGHT - FN_TAB, RIGHT - FN_TAB)
    out = [(" " * FN_LABEL + fid).ljust(FN_TAB) + " ".join(rows[0])]
    out += [" " * FN_TAB + " ".join(r) for r in rows[1:]]
    return out


def fn_height(fids: list[str]) -> int:
    if not fids:
        return 0
    return 2 + sum(len(footnote_lines(f)) for f in fids)  # blank line and the rule


def masthead() -> list[str]:
    organ_col, dist_col = 16, 58
    title_rows = wrap(TITLE, 60, 60)
    lines = [
        "",
        " " * 51 + SYMBOL,
        " " * PAGE_LEFT + "United Nations",
        "",
        (" " * organ_col + ORGAN[0]).ljust(dist_col) + "Distr.: General",
        (" " * organ_col + ORGAN[1]).ljust(dist_col) + ISSUE_DATE,
        "",
        " " * dist_col + "Original: English",
        "",
        "",
    ]
    lines += [" " * MARGIN + " ".join(r) for r in title_rows]
    lines += ["", " " * MARGIN + PLACE_DATES, "", ""]
    return lines


class Pager:
    """Fills pages with body lines, keeping each page's footnotes at its foot."""

    def __init__(self) -> None:
        self.pages: list[dict] = []
        self.new_page(first=True)

    def new_page(self, first: bool = False) -> None:
        body = masthead() if first else []
        self.pages.append({"body": body, "fns": [], "first": first})

    @property
    def page(self) -> dict:
        return self.pages[-1]

    def room(self, extra_fns: list[str] | None = None) -> int:
        fns = self.page["fns"] + [f for f in (extra_fns or []) if f not in self.page["fns"]]
        return BODY_LINES - len(self.page["body"]) - fn_height(fns)

    def gap(self) -> None:
        if self.page["body"] and self.page["body"][-1] != "" and not self.page.get("fresh"):
            if self.room() > 1:
                self.page["body"].append("")
            else:
                self.new_page()

    def put(self, line: Line) -> None:
        if self.room(line.fns) < 1:
            self.new_page()
        self.page["body"].append(line.text)
        self.page["fns"] += [f for f in line.fns if f not in self.page["fns"]]

    def place(self, kind: str, lines: list[Line], next_lines: int) -> None:
        if kind == "head":
            self.gap()
            if self.room() < len(lines) + 1 + min(next_lines, 3):
                self.new_page()
            for ln in lines:
                self.put(ln)
            self.page["body"].append("")
            self.page["fresh"] = True
            return
        if kind == "line":
            for ln in lines:
                self.put(ln)
            return
        if not self.page.get("fresh"):
            self.gap()
        self.page["fresh"] = False
        if len(lines) > 1 and self.room(lines[0].fns) < 2:
            self.new_page()  # no single first line at the foot of a page
        for ln in lines:
            self.put(ln)


def annex_page() -> list[str]:
    cols = (MARGIN, 52, 66, 80)
    widths = (0, 8, 8, 8)

    def row(cells: tuple[str, ...]) -> str:
        s = " " * cols[0] + cells[0]
        for c, w, cell in zip(cols[1:], widths[1:], cells[1:], strict=True):
            s = s.ljust(c) + cell.rjust(w)
        return s

    lines = ["", " " * H1_LABEL + "Annex", ""]
    lines += [" " * MARGIN + " ".join(r) for r in wrap(ANNEX_TITLE, RIGHT - MARGIN, RIGHT - MARGIN)]
    lines += [" " * MARGIN + ANNEX_UNIT, ""]
    lines.append(row(TABLE_HEAD))
    lines.append(" " * MARGIN + "_" * (cols[-1] + widths[-1] - MARGIN))
    lines += [row(r) for r in TABLE_ROWS]
    lines.append("")
    lines += [" " * MARGIN + " ".join(r) for r in wrap(TABLE_NOTE, RIGHT - MARGIN, RIGHT - MARGIN)]
    return lines


def paginate() -> list[dict]:
    pager = Pager()
    bl = blocks()
    for i, (kind, lines) in enumerate(bl):
        nxt = len(bl[i + 1][1]) if i + 1 < len(bl) else 0
        pager.place(kind, lines, nxt)
    pages = pager.pages
    pages.append({"body": annex_page(), "fns": [], "first": False})
    return pages


def compose(pages: list[dict]) -> str:
    total = len(pages)
    out_pages = []
    for n, page in enumerate(pages, start=1):
        body = list(page["body"])
        while body and body[-1] == "":
            body.pop()
        if n == 1:
            lines = [DISCLAIMER, ""] + body
        else:
            head = " " * PAGE_LEFT + SYMBOL if n % 2 == 0 else SYMBOL.rjust(RIGHT)
            lines = ["", "", head, "", ""] + body
        fn_block: list[str] = []
        if page["fns"]:
            fn_block = ["", " " * MARGIN + "_" * 18]
            for f in page["fns"]:
                fn_block += footnote_lines(f)
        pad = BODY_LINES - len(body) - len(fn_block)
        lines += [""] * max(pad, 1) + fn_block + ["", ""]
        if n == 1:
            lines += [" " * PAGE_LEFT + f"{JOB_NUMBER} (E)    {JOB_DATES}"]
            lines += [" " * PAGE_LEFT + BARCODE]
        elif n % 2 == 0:
            left = " " * PAGE_LEFT + f"{n}/{total}"
            lines += [left + JOB_NUMBER.rjust(RIGHT - len(left))]
        else:
            left = " " * PAGE_LEFT + JOB_NUMBER
            lines += [left + f"{n}/{total}".rjust(RIGHT - len(left))]
        out_pages.append("\n".join(ln.rstrip() for ln in lines) + "\n")
    return "\f".join(out_pages) + "\f"


# --------------------------------------------------------------------------------------------
# expected units
# --------------------------------------------------------------------------------------------


def units() -> list[dict]:
    """The expected units, in document order, from the same data the text is laid out from.
    A paragraph's officer or agenda lines and footnote texts are further strings of its
    "contains"; the annex table is the unit "annex.1", one string per row."""
    out: list[dict] = [
        {
            "id": "front",
            "contains": [
                DISCLAIMER,
                "United Nations",
                SYMBOL,
                ORGAN[0],
                ORGAN[1],
                "Distr.: General",
                ISSUE_DATE,
                "Original: English",
                TITLE,
                PLACE_DATES,
            ],
        }
    ]
    last_para = last_sub = ""
    by_id: dict[str, dict] = {}
    for item in BODY:
        kind = item[0]
        if kind == "p":
            last_para, last_sub = item[1], ""
            uid = last_para
        elif kind == "sub":
            last_sub = item[1]
            uid = f"{last_para}({last_sub})"
        elif kind == "subsub":
            uid = f"{last_para}({last_sub})({item[1]})"
        elif kind == "line":
            by_id[last_para].setdefault("extra", []).append(f"{item[1]} {item[2]}")
            continue
        else:
            continue
        u = {"id": uid, "text": plain(item[2])}
        for m in MARK_RE.findall(item[2]):
            u.setdefault("fn", []).append(FOOTNOTES[m])
        by_id[uid] = u
        out.append(u)
    for u in out:
        extra = u.pop("extra", []) + u.pop("fn", [])
        if extra:
            u["contains"] = [u.pop("text"), *extra]
    out.append(
        {
            "id": "annex.1",
            "contains": [" | ".join(TABLE_HEAD)] + [" | ".join(r) for r in TABLE_ROWS],
        }
    )
    return out


def build(out: Path = OUT, units_out: Path = UNITS_OUT) -> list[dict]:
    pages = paginate()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(compose(pages), encoding="utf-8")
    units_out.parent.mkdir(parents=True, exist_ok=True)
    write_expected(
        units_out,
        expected_doc(
            DOC_ID, f"eval/gold/docs/{DOC_ID}.txt", TITLE, SYMBOL, ISSUE_DATE, PLACE_DATES, units()
        ),
    )
    return pages


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    units_target = Path(sys.argv[2]) if len(sys.argv) > 2 else UNITS_OUT
    pages = build(target, units_target)
    print(f"wrote {target} ({len(pages)} pages) and {units_target}")
