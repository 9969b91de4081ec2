"""Generate eval/gold/docs/synthetic-livestock-theft-egm.pdf and its expected units
eval/gold/expected/synthetic-livestock-theft-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on livestock theft,
cattle rustling and related organized crime, held in Arusha in October 2025 in preparation for
the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It is not a
United Nations document; the names of persons, the non-governmental organization and the
figures are invented.

Layout (fpdf2 only, self-contained: it does not use _un_pdf.py, so that its page differs from
the "G" template the other PDF generators share):

  * the body set in a SANS-SERIF face (Liberation Sans), RAGGED RIGHT (lines are not
    justified), 10 pt on a 4.9 mm line;
  * paragraph numbers RIGHT-ALIGNED in their own column ("9." and "10." end at the same x,
    33 mm), the text in a hanging indent at 36 mm; lettered sub-items "(a)" at 36/45 mm and
    roman items "(i)" at 45/54 mm, their further lines back at their own text column;
  * chapter headings ("I. Introduction") CENTRED over the text block, section headings
    ("A. ...") bold at the left margin (25 mm) with their text at 32 mm;
  * page furniture: a masthead on page 1; from page 2 on a running head with the symbol,
    always at the right, over a thin rule; on EVERY page (page 1 included) a footer with the
    job number at the left ("V.25-06183 (E)" on page 1, "V.25-06183" after) and the page
    number alone, centred;
  * words HYPHENATED at line ends in body paragraphs, at break points from a small list
    (HYPHENATION; the build prints which words were broken and checks there are at least
    three); a word is never broken after its own hyphen, and footnotes, headings, tables and
    the annex are never hyphenated. The expected units hold the words whole;
  * five footnotes, the mark a small raised figure right after the word that carries it, the
    notes at the foot of the same page under a short rule, in 8 pt; paragraphs that continue
    on the next page (natural flow; the build prints which, including any that run on past a
    footnote block);
  * a BOXED table in the body (full grid, vertical rules too) with a bold title above it and
    a source note in small italics under it, all belonging to the paragraph that introduces
    it (paragraph 10): its units are the paragraph's text, the title, one "a | b | c" string
    per row, and the note, as in the other expected files with body tables;
  * officer lines (a second Vice-Chair on a line with no label) and agenda lines inside the
    paragraphs that introduce them;
  * recommendations 39(a)-(h) with a nested (i)-(ii) under (c), and 40(a)-(c);
  * an annex on a new page, "List of participants", a boxed two-column table whose cells
    wrap (one unit, "annex.1": rows joined by newlines, cells by " | ").

Names with non-ASCII letters: Sebastián Olazábal Pereyra, Gülşen Kılıçarslan, Kouadio Aimé
N'Goran-Yapi (typographic apostrophe), Marie-Hélène Ducrocq-Sánchez, Luíza Fagundes Brandão,
'Maseabata Mokhothu (a Sesotho name that begins with an apostrophe), Fatoumata
Traoré-Sangaré, Raphaël Kouyaté; the States Côte d'Ivoire, Türkiye and São Tomé and Príncipe.
Figures in digits and in words (forty per cent, more than a third, nearly a third, two thirds,
nearly half, a quarter, fewer than one in five, two hundred and ten, nine of the fourteen,
twice the number). Near misses on purpose: States that attended without speaking (Argentina,
São Tomé and Príncipe, Burkina Faso, Chad, Mali, Niger), donors with no amount, a follow-up
workshop with no date or venue, a guide with no budget, table figures from 2022 only, a
Stock Theft Act without its penalties, and no word about horses or drones. The document
avoids the everyday words "rustler", "stock thief", "cow", "beef", "gun", "butcher" and
"marriage", so that questions using them test paraphrase.

Deterministic output (fixed creation date, no randomness). Paths are resolved from this
file, so the script writes into the tree it is kept in.

Written, with its 35 gold cases (lt-) and 3 topics (ltt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_livestock_theft_egm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DOC_ID = "synthetic-livestock-theft-egm"
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
FONTS = [
    ("Sans", "", FONT_DIR / "LiberationSans-Regular.ttf"),
    ("Sans", "B", FONT_DIR / "LiberationSans-Bold.ttf"),
    ("Sans", "I", FONT_DIR / "LiberationSans-Italic.ttf"),
]

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.53/2025/1"
ISSUE_DATE = "6 November 2025"
JOB_NUMBER = "V.25-06183"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Livestock Theft, Cattle Rustling and Related "
    "Organized Crime"
)
PLACE_DATES = "Arusha, United Republic of Tanzania, 14\u201316 October 2025"
AUTHOR = "congress-qa evaluation (synthetic)"

FOOTNOTES = {
    "1": "United Nations, Treaty Series, vol. 2225, No. 39574.",
    "2": "Act No. 57 of 1959, as amended.",
    "3": "United Nations, Treaty Series, vol. 2326, No. 39574.",
    "4": (
        "Decision A/DEC.5/10/98 of the Authority of Heads of State and Government of the "
        "Economic Community of West African States relating to the regulation of "
        "transhumance between its member States, adopted in Abuja on 31 October 1998."
    ),
    "5": (
        "Adopted in 2008 by the ministers responsible for police affairs of the member States "
        "of the Eastern Africa Police Chiefs Cooperation Organization."
    ),
}

# Body items:
#   ("h1", label, text)   chapter heading, centred
#   ("h2", label, text)   section heading
#   ("p", number, text)   numbered paragraph; a footnote mark is written "{n}" after its word
#   ("sub", letter, text) lettered sub-item of the preceding paragraph
#   ("subsub", roman, text) item nested in the preceding lettered sub-item
#   ("line", label, text) officer or agenda line inside the preceding paragraph
#   ("table", title, rows, note)  boxed table belonging to the preceding paragraph
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "1",
        (
            "The Expert Group Meeting on Livestock Theft, Cattle Rustling and Related Organized "
            "Crime was held in Arusha, United Republic of Tanzania, from 14 to 16 October 2025, as "
            "part of the preparations for the Fifteenth United Nations Congress on Crime "
            "Prevention and Criminal Justice. It was organized by the United Nations Office on "
            "Drugs and Crime (UNODC) in cooperation with the Interafrican Bureau for Animal "
            "Resources of the African Union (AU-IBAR) and hosted by the Government of the United "
            "Republic of Tanzania, with financial support from the Governments of Ireland and "
            "Norway. The meeting was conducted in English and French, with simultaneous "
            "interpretation."
        ),
    ),
    (
        "p",
        "2",
        (
            "The purpose of the meeting was to review the forms that livestock theft and cattle "
            "rustling take in different regions, from the theft of a few animals from a farm to "
            "armed raids involving hundreds of attackers; to examine the links between such crime, "
            "the circulation of small arms and the conflicts affecting pastoralist communities; "
            "and to identify criminal justice and preventive responses that could be brought to "
            "the attention of the Congress."
        ),
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "3",
        (
            "The meeting was opened by Juma Athumani Kombo, Permanent Secretary of the Ministry of "
            "Livestock and Fisheries of the United Republic of Tanzania, who said that livestock "
            "were the main store of wealth of millions of rural households in his country and that "
            "the loss of a herd could push a family into destitution overnight. He reported that "
            "the police had recorded 6,930 cases of livestock theft in the country in 2024, and "
            "that nearly half of them had occurred in the regions bordering Kenya. He stressed "
            "that the theft of animals was too often regarded as a minor rural offence, whereas "
            "part of it was organized by networks that moved stolen animals across borders and "
            "sold them far from where they had been taken."
        ),
    ),
    (
        "p",
        "4",
        (
            "Marie-H\u00e9l\u00e8ne Ducrocq-S\u00e1nchez, representative of UNODC, delivered a "
            "statement on behalf of the Executive Director. She noted that in several regions "
            "cattle rustling had changed from a customary practice, limited by the authority of "
            "elders, into a commercial activity financed by businesspersons and carried out with "
            "military weapons, and that its proceeds were laundered through livestock markets and "
            "the meat trade. She recalled that the United Nations Convention against "
            "Transnational Organized Crime{1} could serve as a basis for cooperation among States "
            "in the investigation of such offences where they were committed by organized "
            "criminal groups."
        ),
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "5",
        (
            "At its 1st meeting, on 14 October 2025, the meeting elected the following officers by "
            "acclamation:"
        ),
    ),
    ("line", "Chair:", "Halima Mussa Mwinyi (United Republic of Tanzania)"),
    ("line", "Vice-Chairs:", "Sebasti\u00e1n Olaz\u00e1bal Pereyra (Uruguay)"),
    ("line", "", "G\u00fcl\u015fen K\u0131l\u0131\u00e7arslan (T\u00fcrkiye)"),
    (
        "line",
        "Rapporteur:",
        "Kouadio Aim\u00e9 N\u2019Goran-Yapi (C\u00f4te d\u2019Ivoire)",
    ),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    ("p", "6", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    ("line", "4.", "Trends and patterns in livestock theft and cattle rustling."),
    (
        "line",
        "5.",
        "Identification and traceability of animals, livestock markets and illegal slaughter.",
    ),
    ("line", "6.", "Small arms, conflict and pastoralist communities."),
    ("line", "7.", "Compensation, restorative approaches and regional cooperation."),
    ("line", "8.", "Recommendations to the Fifteenth Congress."),
    ("line", "9.", "Adoption of the report."),
    (
        "p",
        "7",
        (
            "The meeting held its deliberations in plenary. On the afternoon of 15 October 2025, "
            "participants visited the livestock market of Themi and the municipal abattoir of "
            "Arusha, where officials of the Ministry of Livestock and Fisheries demonstrated how "
            "the electronic ear tags of animals were read at the entrance of the market and "
            "checked against the national livestock register before a sale or slaughter was "
            "allowed."
        ),
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        "8",
        (
            "The meeting was attended by 36 experts from the following 21 States, who participated "
            "in their personal capacity: Argentina, Australia, Brazil, Burkina Faso, Chad, "
            "C\u00f4te d\u2019Ivoire, Ethiopia, Kenya, Lesotho, Madagascar, Mali, Mongolia, Niger, "
            "Nigeria, S\u00e3o Tom\u00e9 and Pr\u00edncipe, South Africa, South Sudan, "
            "T\u00fcrkiye, Uganda, United Republic of Tanzania and Uruguay. The experts included "
            "police officers, prosecutors, judges, veterinary officials and officials of "
            "livestock registration services."
        ),
    ),
    (
        "p",
        "9",
        (
            "The following intergovernmental organizations were represented by observers: "
            "AU-IBAR, the Eastern Africa Police Chiefs Cooperation Organization (EAPCCO), the Food "
            "and Agriculture Organization of the United Nations (FAO), the Intergovernmental "
            "Authority on Development (IGAD), the International Criminal Police Organization "
            "(INTERPOL) and the Regional Centre on Small Arms in the Great Lakes Region, the Horn "
            "of Africa and Bordering States (RECSA). The Pastoralist Peace Network, a "
            "non-governmental organization, was also represented. The list of participants is "
            "contained in the annex to the present report."
        ),
    ),
    ("h1", "III.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Trends and patterns in livestock theft and cattle rustling (agenda item 4)",
    ),
    (
        "p",
        "10",
        (
            "A representative of the Secretariat introduced the background paper, which "
            "distinguished between three forms of the offence: the theft of animals from farms and "
            "ranches, often for immediate slaughter; cattle rustling by armed groups in "
            "pastoralist areas, in which whole herds were driven off; and the trafficking of "
            "stolen animals across borders for sale. Few States collected comparable data, but "
            "the paper compiled the figures submitted by five of them:"
        ),
    ),
    (
        "table",
        "Head of cattle reported stolen in selected States, 2022\u20132024",
        [
            ("State", "2022", "2023", "2024"),
            ("Kenya", "38,450", "44,120", "51,760"),
            ("Lesotho", "9,640", "8,910", "8,275"),
            ("Nigeria", "14,300", "12,850", "11,460"),
            ("South Africa", "37,512", "35,904", "33,268"),
            ("Uruguay", "2,145", "1,870", "1,512"),
        ],
        (
            "Source: national submissions to the meeting (UNODC/CCPCJ/EG.53/2025/CRP.2). The "
            "figures for Nigeria cover the States of Katsina, Sokoto and Zamfara only; the figures "
            "for 2024 are provisional."
        ),
    ),
    (
        "p",
        "11",
        (
            "The representative of the Secretariat added that the figures reflected only the "
            "thefts reported to the police, and that in remote pastoralist areas most thefts went "
            "unreported, because the victims had no access to a police station or no confidence "
            "that their animals would be recovered. The background paper also described a shift, "
            "observed in Eastern and Western Africa, from customary raiding towards commercial "
            "rustling, in which raids were financed by traders or local politicians who supplied "
            "weapons and ammunition and took most of the animals, while the raiders were paid in "
            "cash or with a share of the herd."
        ),
    ),
    (
        "p",
        "12",
        (
            "Joseph Lokorio Ekai (Kenya) said that in the counties of the North Rift, raids by "
            "groups of fifty to more than a hundred armed men had become more frequent and more "
            "violent. In 2024, such raids had killed 163 persons, including 21 police officers, "
            "and the number of cattle reported stolen in Kenya had risen by more than a third "
            "since 2022. Stolen animals were driven through the night to roads where they were "
            "loaded onto lorries and sold within two days at markets several hundred kilometres "
            "away, so that fewer than one in five was ever recovered."
        ),
    ),
    (
        "p",
        "13",
        (
            "Deng Majak Akech (South Sudan) described raids among communities of cattle keepers in "
            "Jonglei and the Greater Pibor Administrative Area, in which women and children were "
            "abducted together with the animals. More than 400 persons had been killed in such "
            "raids in 2024. He explained that cattle were paid as bride wealth, and that the "
            "rising number of animals demanded as bride wealth pushed young men who wished to "
            "start a family to take part in raids. An assault rifle could be obtained for the "
            "price of two or three head of cattle, and each raid provoked a raid in revenge."
        ),
    ),
    (
        "p",
        "14",
        (
            "Hadiza Abubakar Sadiq (Nigeria) said that in the north-west of her country the theft "
            "of cattle had become one of the main sources of income of armed groups, which also "
            "kidnapped villagers for ransom and imposed levies on farming communities. The armed "
            "groups moved on motorcycles and used forest reserves as their bases. In Katsina, "
            "Sokoto and Zamfara States, 11,460 head of cattle had been reported stolen in 2024, "
            "and ransoms were sometimes demanded and paid in animals. Many herders had lost their "
            "entire herds and had moved to the cities."
        ),
    ),
    (
        "p",
        "15",
        (
            "Haingonirina Rakotoarisoa (Madagascar) said that armed raiders known as dahalo stole "
            "zebu in the south and west of the country, often in groups of several dozen. Two "
            "thirds of the raids recorded in 2024 had involved firearms, many of them homemade. "
            "The stolen zebu were walked to clandestine slaughter sites or to small ports from "
            "which the meat was shipped. Since 2021, each animal had to be recorded in a bovine "
            "passport issued by the local authorities, but such documents were easily forged or "
            "bought."
        ),
    ),
    (
        "p",
        "16",
        (
            "Oyunchimeg Batbayar (Mongolia) said that in her country thefts of sheep, goats and "
            "cattle were committed mainly on winter pastures far from settlements, by offenders "
            "who used motor vehicles and slaughtered the animals on the spot. The meat was sold "
            "in the markets of Ulaanbaatar in the weeks before the Lunar New Year, when prices "
            "were highest. Reported thefts had fallen by a quarter since 2022, after herders in "
            "several provinces had formed mutual watch groups linked to the local police by "
            "radio."
        ),
    ),
    (
        "h2",
        "B.",
        (
            "Identification and traceability of animals, livestock markets and illegal slaughter "
            "(agenda item 5)"
        ),
    ),
    (
        "p",
        "17",
        (
            "Statements were made under this item by the experts from Australia, Brazil, Lesotho, "
            "South Africa, T\u00fcrkiye and Uruguay and by the observer for AU-IBAR."
        ),
    ),
    (
        "p",
        "18",
        (
            "Sebasti\u00e1n Olaz\u00e1bal Pereyra, Vice-Chair, speaking as the expert from "
            "Uruguay, said that since 2006 every calf born in his country had to be identified in "
            "its first months of life with two ear tags, one visual and one electronic, carrying "
            "the same number, which was recorded in a national livestock information system "
            "together with every change of owner and every movement of the animal. Thefts of "
            "cattle had fallen by nearly a third between 2022 and 2024. Most of the cattle still "
            "reported stolen, however, were slaughtered in the field at night, the carcasses cut "
            "up on the spot and the meat sold to small retailers and street markets without any "
            "sanitary inspection."
        ),
    ),
    (
        "p",
        "19",
        (
            "Lu\u00edza Fagundes Brand\u00e3o (Brazil) described the situation in the state of Rio "
            "Grande do Sul, where the theft of cattle was linked to clandestine slaughterhouses "
            "that supplied meat to restaurants and small shops. In 2024, joint operations of the "
            "civil police and the state agricultural inspection service had closed 37 clandestine "
            "slaughterhouses and seized 18 tonnes of meat unfit for consumption. She stressed "
            "that meat from animals slaughtered without inspection exposed consumers to diseases "
            "such as brucellosis and tuberculosis, and that the offence should be treated as a "
            "threat to public health as well as to property."
        ),
    ),
    (
        "p",
        "20",
        (
            "G\u00fcl\u015fen K\u0131l\u0131\u00e7arslan, Vice-Chair, speaking as the expert from "
            "T\u00fcrkiye, said that all cattle, sheep and goats in her country had to be "
            "identified with ear tags and recorded in a national animal register, and that "
            "movements between provinces required a veterinary health certificate. Offenders who "
            "smuggled animals across the eastern border removed the tags of stolen animals and "
            "attached tags taken from animals that had died or been slaughtered. Forty per cent of "
            "the animals seized at the eastern border in 2024 had carried no ear tag or a tag "
            "registered to another animal. Since 2023, only tamper-evident tags, which broke when "
            "removed, had been issued."
        ),
    ),
    (
        "p",
        "21",
        (
            "\u2019Maseabata Mokhothu (Lesotho) said that the theft of sheep and goats, valued for "
            "their wool and mohair, and of cattle was a serious threat to rural livelihoods in the "
            "highlands. Nearly half of the cases recorded in 2024 concerned animals driven across "
            "the border into South Africa. Under the Stock Theft Act of Lesotho, animals could be "
            "moved only with a permit issued by the chief of the village of origin, but such "
            "permits were often forged. Herders guarding animals at remote cattle posts were "
            "sometimes attacked and killed."
        ),
    ),
    (
        "p",
        "22",
        (
            "Thandiwe Nkosi-van Wyk (South Africa) said that the Stock Theft Act{2} required every "
            "owner to mark his or her animals with a registered brand or tattoo, and that any "
            "person selling livestock had to hand the buyer a document of identification. The "
            "Stock Theft Units of the South African Police Service investigated the offence and "
            "worked with the police of Lesotho in joint patrols along the border. In the 2024/25 "
            "financial year, those units had recovered livestock worth 412 million rand. She "
            "noted that speculators who bought animals at auctions and resold them quickly were "
            "sometimes used to launder stolen animals."
        ),
    ),
    (
        "p",
        "23",
        (
            "Several experts discussed the marking of animals by branding. Hot-iron brands were "
            "cheap and permanent, but could be altered by adding lines to the original mark and "
            "caused pain to the animal; freeze branding was less harmful but required equipment "
            "that was not available in remote areas. The experts agreed that brands were useful "
            "only where they were recorded in a national register of brands that the police and "
            "the markets could consult, and noted that such registers were often kept on paper at "
            "the district level."
        ),
    ),
    (
        "p",
        "24",
        (
            "Fatoumata Traor\u00e9-Sangar\u00e9, observer for AU-IBAR, said that some twenty "
            "African States had begun to introduce systems for the identification and "
            "traceability of livestock, mostly in order to control animal diseases and to meet "
            "the requirements of export markets. Electronic ear tags cost between 2 and 4 United "
            "States dollars each, which was beyond the means of many pastoralists, while visual "
            "tags and registration by mobile telephone were cheaper. She warned that systems "
            "introduced without consulting pastoralist communities had failed, because herders "
            "saw them as a tax or as a means of control."
        ),
    ),
    (
        "p",
        "25",
        (
            "Callum Fitzgerald (Australia) said that under his country\u2019s National Livestock "
            "Identification System every head of cattle had carried an electronic ear tag since "
            "2005, and that electronic tags had become mandatory for sheep and goats from 1 "
            "January 2025. Every movement of an animal between properties, saleyards and abattoirs "
            "was recorded in a central database, so that an animal could be traced to its "
            "property of birth within 24 hours. Police investigators specialized in stock crime "
            "used the database to identify stolen animals offered for sale."
        ),
    ),
    ("h2", "C.", "Small arms, conflict and pastoralist communities (agenda item 6)"),
    (
        "p",
        "26",
        (
            "Achan Grace Lomongin (Uganda) said that in the Karamoja subregion a disarmament "
            "exercise, combined with the registration of cattle in protected kraals, had reduced "
            "raids considerably. In 2024, security forces had recovered two hundred and ten "
            "illegal firearms and some 4,800 rounds of ammunition in the subregion. However, "
            "weapons continued to enter from neighbouring areas affected by conflict, and some "
            "raiders had moved their operations across the border."
        ),
    ),
    (
        "p",
        "27",
        (
            "Emmanuel Rutayisire, observer for RECSA, said that the small arms used in raids were "
            "mostly assault rifles diverted from national stockpiles or brought in from conflict "
            "zones, and that ammunition was traded at markets in the same way as other goods. He "
            "urged States that had not done so to ratify the Protocol against the Illicit "
            "Manufacturing of and Trafficking in Firearms, Their Parts and Components and "
            "Ammunition{3} and to mark and record the weapons held by their security forces and by "
            "community police reservists, some of whom had been found to rent their weapons to "
            "raiders."
        ),
    ),
    (
        "p",
        "28",
        (
            "Tigist Alemu Bekele (Ethiopia) described cross-border raids along the borders with "
            "Kenya and South Sudan, where communities competed for water and grazing. The number "
            "of raids reported in the border areas had doubled during the drought of 2022, when "
            "many herds were lost and families tried to rebuild them by force. She said that the "
            "early warning mechanism of IGAD allowed field monitors to report signs of an imminent "
            "raid, such as the movement of armed men or the sale of animals to buy ammunition, so "
            "that local peace committees and the authorities could intervene."
        ),
    ),
    (
        "p",
        "29",
        (
            "The Rapporteur, speaking as the expert from C\u00f4te d\u2019Ivoire, said that every "
            "year herds from Burkina Faso, Mali and Niger entered the north of his country during "
            "the seasonal transhumance, and that conflicts between herders and farmers over "
            "damaged crops sometimes led to the theft or killing of animals in retaliation. Armed "
            "groups active in the border areas also stole cattle to finance their activities. He "
            "called for wider use of the International Transhumance Certificate established under "
            "the decision of the Economic Community of West African States on transhumance,{4} "
            "which recorded the number of animals, their vaccinations and their route, and could "
            "help the authorities to distinguish herds on a lawful journey from stolen animals."
        ),
    ),
    (
        "p",
        "30",
        (
            "Nasra Abdi Farah, observer for the Pastoralist Peace Network, said that pastoralists "
            "were the first victims of cattle rustling, yet were often treated as suspects because "
            "of their way of life. Disarmament operations had at times been accompanied by "
            "beatings, the seizure of entire herds and other forms of collective punishment, "
            "which deepened mistrust of the State. She stressed that young men took part in raids "
            "for lack of other means of acquiring the animals needed for bride wealth, and called "
            "for programmes that offered them other livelihoods. Women, who lost their husbands "
            "and sons in raids, were rarely consulted in peace processes."
        ),
    ),
    (
        "p",
        "31",
        (
            "Several experts observed that stolen animals could not be sold in large numbers "
            "without the complicity of officials. Police officers had been found to escort stolen "
            "herds, veterinary officers to issue movement permits and health certificates for "
            "animals they knew to be stolen, and market officials to register sales without "
            "checking ownership. The experts called for such officials to be investigated and "
            "prosecuted, and for the documents issued for animals to be recorded electronically "
            "so that forgeries could be detected."
        ),
    ),
    (
        "h2",
        "D.",
        "Compensation, restorative approaches and regional cooperation (agenda item 7)",
    ),
    (
        "p",
        "32",
        (
            "Several experts from Eastern Africa described customary mechanisms through which "
            "councils of elders resolved cases of livestock theft between communities. Under "
            "those mechanisms, the family or clan of the offender was required to return the "
            "stolen animals and to hand over additional animals as compensation, often twice the "
            "number taken. The experts noted that such mechanisms were accepted by the "
            "communities and could restore relations between them, but that they excluded women "
            "from decision-making, did not always respect the rights of suspects and were "
            "ill-suited to cases of homicide."
        ),
    ),
    (
        "p",
        "33",
        (
            "The expert from Kenya said that courts in his country had begun to refer cases "
            "involving the theft of a few animals between neighbours to restorative justice "
            "processes, in which the offender met the victim, returned or replaced the animals "
            "and agreed on reparation, and that reoffending among those who had taken part was "
            "low. The expert from Lesotho added that victims seldom recovered their losses, and "
            "suggested that part of the proceeds confiscated from organized stock theft be paid "
            "into a fund to compensate them."
        ),
    ),
    (
        "p",
        "34",
        (
            "Mwajuma Saidi Lukindo, observer for EAPCCO, presented the Protocol on the "
            "Prevention, Combating and Eradication of Cattle Rustling in Eastern Africa,{5} which "
            "required its States parties to establish cattle rustling as a criminal offence, to "
            "adopt a common system of animal identification, to set up national units on cattle "
            "rustling and to allow the pursuit of raiders across borders. The Protocol had been "
            "ratified by nine of the fourteen member States of the organization. She said that "
            "the regional database foreseen by the Protocol had not yet been established."
        ),
    ),
    (
        "p",
        "35",
        (
            "Rapha\u00ebl Kouyat\u00e9, observer for INTERPOL, said that stolen livestock was "
            "rarely recorded in international police databases, because animals, unlike vehicles "
            "or works of art, had no unique identifier that could be searched across borders. "
            "Where animals carried electronic identification, the numbers of stolen animals could "
            "be shared through INTERPOL channels. In a regional operation coordinated by INTERPOL "
            "in West Africa in 2024, police and customs services had checked herds at 26 border "
            "crossing points and recovered 1,340 head of cattle."
        ),
    ),
    (
        "p",
        "36",
        (
            "Several experts noted that recovered animals could not be kept as evidence until the "
            "end of criminal proceedings, because they had to be fed and cared for and could die "
            "or be sold in the meantime. They suggested that photographs, veterinary records and, "
            "where necessary, samples for DNA analysis be accepted as evidence, so that animals "
            "could be returned to their owners promptly, including to owners in another State."
        ),
    ),
    (
        "p",
        "37",
        (
            "The experts welcomed the cross-border peace committees established along the borders "
            "of Ethiopia, Kenya, South Sudan and Uganda, which brought together elders, local "
            "administrators and police officers and had negotiated the return of stolen animals "
            "in several cases. They called for movement permits and registers of brands to be "
            "harmonized at the regional level, so that the documents issued in one State could be "
            "verified in another."
        ),
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "38",
        (
            "The meeting adopted the following recommendations for the consideration of the "
            "Fifteenth Congress."
        ),
    ),
    ("p", "39", "Member States should:"),
    (
        "sub",
        "a",
        (
            "Establish livestock theft committed by organized or armed groups, including cattle "
            "rustling, as a serious crime, and criminalize the financing of raids and the "
            "purchase, transport or slaughter of animals known to be stolen;"
        ),
    ),
    (
        "sub",
        "b",
        (
            "Establish specialized police units for livestock theft, or designate officers "
            "responsible for it, and provide them with vehicles, communications equipment and "
            "training;"
        ),
    ),
    (
        "sub",
        "c",
        (
            "Establish or strengthen systems for the identification and traceability of "
            "livestock, in particular by:"
        ),
    ),
    (
        "subsub",
        "i",
        (
            "Requiring that animals be marked with a registered brand or with ear tags, including "
            "electronic ear tags where feasible, and that only tamper-evident tags be issued;"
        ),
    ),
    (
        "subsub",
        "ii",
        (
            "Recording the births, sales, movements and slaughter of animals in national "
            "databases that the police, veterinary services and markets can consult and that can "
            "be linked to those of neighbouring States;"
        ),
    ),
    (
        "sub",
        "d",
        (
            "Require proof of ownership and a movement permit for every sale of animals at "
            "livestock markets, and inspect slaughterhouses and meat markets regularly in order to "
            "close clandestine slaughter sites;"
        ),
    ),
    (
        "sub",
        "e",
        (
            "Mark and record the small arms held by their security forces and by community police "
            "reservists, collect illicit weapons through voluntary programmes linked to "
            "development assistance, and refrain from collective punishment during disarmament "
            "operations;"
        ),
    ),
    (
        "sub",
        "f",
        (
            "Involve pastoralist communities, including women and young people, in the prevention "
            "of raids, support local peace committees and early warning mechanisms, and create "
            "other livelihoods for young men in pastoralist areas;"
        ),
    ),
    (
        "sub",
        "g",
        (
            "Provide for restitution and compensation to victims of livestock theft, including "
            "through funds fed by confiscated proceeds, and make use of restorative justice "
            "processes and customary mechanisms where they are consistent with international human "
            "rights standards;"
        ),
    ),
    (
        "sub",
        "h",
        (
            "Cooperate across borders in the investigation of cattle rustling, including through "
            "joint operations, harmonized movement permits and the prompt return of recovered "
            "animals to their owners."
        ),
    ),
    (
        "p",
        "40",
        (
            "The meeting recommended that UNODC, in cooperation with AU-IBAR, EAPCCO, INTERPOL and "
            "other relevant organizations and subject to the availability of extrabudgetary "
            "resources:"
        ),
    ),
    (
        "sub",
        "a",
        (
            "Prepare a practical guide on the investigation and prosecution of livestock theft, "
            "including on the collection of evidence that allows recovered animals to be returned "
            "to their owners promptly;"
        ),
    ),
    (
        "sub",
        "b",
        (
            "Provide training for police officers, prosecutors, judges and veterinary officials in "
            "the States of the Karamoja cluster and of the Sahel;"
        ),
    ),
    (
        "sub",
        "c",
        (
            "Support States in collecting data on livestock theft on the basis of common "
            "definitions, and publish the results at regular intervals."
        ),
    ),
    ("h1", "V.", "Adoption of the report"),
    (
        "p",
        "41",
        (
            "At its closing meeting, on 16 October 2025, the meeting adopted the present report, "
            "as orally amended, on the basis of a draft introduced by the Rapporteur."
        ),
    ),
    (
        "p",
        "42",
        (
            "In her closing remarks, the Chair thanked the Government of the United Republic of "
            "Tanzania for hosting the meeting, the Governments of Ireland and Norway for their "
            "financial support, and UNODC and AU-IBAR for organizing it. She noted the proposal "
            "made by several experts to hold a follow-up workshop for the States of the Karamoja "
            "cluster, and invited the Secretariat to explore that possibility."
        ),
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_TITLE = "List of participants"
ANNEX_TABLE = [
    ("State or organization", "Participants"),
    ("Argentina", "Mariela N\u00fa\u00f1ez Echeverr\u00eda"),
    ("Australia", "Callum Fitzgerald"),
    ("Brazil", "Lu\u00edza Fagundes Brand\u00e3o; Ot\u00e1vio Pereira Lins"),
    ("Burkina Faso", "Issaka Ou\u00e9draogo"),
    ("Chad", "Mahamat Abakar Haggar"),
    (
        "C\u00f4te d\u2019Ivoire",
        "Kouadio Aim\u00e9 N\u2019Goran-Yapi; Adjoua B\u00e9n\u00e9dicte Kon\u00e9",
    ),
    ("Ethiopia", "Tigist Alemu Bekele; Dawit Gebremariam Haile"),
    ("Kenya", "Joseph Lokorio Ekai; Wanjiru Muthoni Kariuki; Abdirahman Hassan Dahir"),
    ("Lesotho", "\u2019Maseabata Mokhothu; Teboho Lehlohonolo Ramakatane"),
    ("Madagascar", "Haingonirina Rakotoarisoa"),
    ("Mali", "Aminata Coulibaly Diarra"),
    ("Mongolia", "Oyunchimeg Batbayar"),
    ("Niger", "Issoufou Hamani Garba"),
    ("Nigeria", "Hadiza Abubakar Sadiq; Chukwuemeka Obiora Nwachukwu"),
    ("S\u00e3o Tom\u00e9 and Pr\u00edncipe", "Edite Concei\u00e7\u00e3o Neto"),
    ("South Africa", "Thandiwe Nkosi-van Wyk; Johannes Petrus Bezuidenhout"),
    ("South Sudan", "Deng Majak Akech; Nyandeng Akol Ajak"),
    ("T\u00fcrkiye", "G\u00fcl\u015fen K\u0131l\u0131\u00e7arslan; Mehmet Emin Do\u011fru"),
    ("Uganda", "Achan Grace Lomongin; Paul Lokiru Apalia"),
    (
        "United Republic of Tanzania",
        "Halima Mussa Mwinyi; Juma Athumani Kombo; Neema Joseph Mollel; Baraka Said Mfinanga",
    ),
    ("Uruguay", "Sebasti\u00e1n Olaz\u00e1bal Pereyra; Valentina Ferr\u00e9s Sosa"),
    (
        "Interafrican Bureau for Animal Resources of the African Union",
        "Fatoumata Traor\u00e9-Sangar\u00e9",
    ),
    ("Eastern Africa Police Chiefs Cooperation Organization", "Mwajuma Saidi Lukindo"),
    ("Food and Agriculture Organization of the United Nations", "Giulia Bernasconi"),
    ("Intergovernmental Authority on Development", "Abdi Yusuf Warsame"),
    ("International Criminal Police Organization", "Rapha\u00ebl Kouyat\u00e9"),
    (
        (
            "Regional Centre on Small Arms in the Great Lakes Region, the Horn of Africa and "
            "Bordering States"
        ),
        "Emmanuel Rutayisire",
    ),
    ("Pastoralist Peace Network", "Nasra Abdi Farah"),
    (
        "United Nations Office on Drugs and Crime",
        "Marie-H\u00e9l\u00e8ne Ducrocq-S\u00e1nchez; Tomasz Wierzbicki",
    ),
]

# Break points for a word that does not fit at the end of a line (body paragraphs only).
HYPHENATION = {
    w.replace("-", ""): w
    for w in [
        "traf-ficking",
        "identi-fication",
        "trace-ability",
        "pastor-alist",
        "pastor-alists",
        "commu-nities",
        "inter-national",
        "investi-gation",
        "investi-gated",
        "investi-gators",
        "compen-sation",
        "compen-sate",
        "cooper-ation",
        "regis-tration",
        "regis-tered",
        "slaughter-houses",
        "author-ities",
        "organi-zations",
        "organi-zation",
        "organ-ized",
        "infor-mation",
        "ammu-nition",
        "disarma-ment",
        "restor-ative",
        "veteri-nary",
        "prose-cutors",
        "prose-cuted",
        "mecha-nisms",
        "move-ment",
        "move-ments",
        "certifi-cate",
        "develop-ment",
        "liveli-hoods",
        "proceed-ings",
        "repara-tion",
        "neigh-bouring",
        "adminis-trators",
        "harmo-nized",
        "estab-lished",
        "destitu-tion",
        "speci-alized",
        "clandes-tine",
        "consump-tion",
        "tuber-culosis",
        "brucel-losis",
        "electron-ically",
        "retali-ation",
        "vacci-nations",
        "trans-humance",
        "pro-grammes",
        "settle-ments",
        "prov-inces",
        "permis-sion",
        "com-plicity",
        "forg-eries",
        "confis-cated",
        "reoffend-ing",
        "accom-panied",
        "kilo-metres",
        "interpre-tation",
        "prepar-ations",
        "deliber-ations",
        "stock-piles",
        "reser-vists",
        "require-ments",
        "consid-erably",
    ]
}

# Geometry (mm), A4
PAGE_W = 210.0
LEFT = 25.0  # section labels, annex table
NUM_RIGHT = 33.0  # paragraph numbers end here (right-aligned)
TEXT_X = 36.0
SUB_LABEL_X = 36.0
SUB_TEXT_X = 45.0
SUBSUB_LABEL_X = 45.0
SUBSUB_TEXT_X = 54.0
LINE_LABEL_X = 45.0
LINE_TEXT_X_AGENDA = 52.0
LINE_TEXT_X_OFFICER = 72.0
H2_TEXT_X = 32.0
RIGHT = 182.0
TOP_BODY = 27.0
BODY_BOTTOM = 273.0  # last body baseline on a page without footnotes
FN_LAST = 275.0  # last footnote baseline
FOOTER_Y = 287.0
FONT_SIZE = 10.0
LEAD = 4.9
PARA_GAP = 2.4
FN_SIZE = 8.0
FN_LEAD = 3.6
HYPHEN_MIN_ROOM = 0.09  # hyphenate only when the line would otherwise lose this share

MARK_RE = re.compile(r"\{(\d+)\}")
TRAIL = ".,;:)\u2019"


def plain(text: str) -> str:
    return MARK_RE.sub("", text)


def split_mark(word: str) -> tuple[str, str]:
    m = MARK_RE.search(word)
    if not m:
        return word, ""
    return word[: m.start()] + word[m.end() :], m.group(1)


class Report(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 8)
        self.text(RIGHT - self.get_string_width(SYMBOL), 14.0, SYMBOL)
        self.set_line_width(0.2)
        self.line(LEFT, 16.0, RIGHT, 16.0)

    def footer(self) -> None:
        self.set_font("Sans", "", 8)
        job = f"{JOB_NUMBER} (E)" if self.page_no() == 1 else JOB_NUMBER
        self.text(LEFT, FOOTER_Y, job)
        num = str(self.page_no())
        self.set_font("Sans", "", 9)
        self.text((LEFT + RIGHT) / 2 - self.get_string_width(num) / 2, FOOTER_Y, num)


def word_width(pdf: FPDF, word: str) -> float:
    base, mark = split_mark(word)
    w = pdf.get_string_width(base)
    if mark:
        size = pdf.font_size_pt
        pdf.set_font_size(size * 0.65)
        w += pdf.get_string_width(mark) + 0.2
        pdf.set_font_size(size)
    return w


def wrap(pdf: FPDF, text: str, width: float, hyph: list[str] | None = None) -> list[list[str]]:
    """Greedy line breaking at spaces. With ``hyph`` (a list that collects the broken words),
    a listed word that does not fit is broken at its break point when the line would
    otherwise be short by more than HYPHEN_MIN_ROOM of the width."""
    space = pdf.get_string_width(" ")
    words = text.split()
    lines: list[list[str]] = []
    cur: list[str] = []
    cur_w = 0.0
    i = 0
    while i < len(words):
        word = words[i]
        ww = word_width(pdf, word)
        need = ww if not cur else cur_w + space + ww
        if need <= width or not cur:
            cur.append(word)
            cur_w = need
            i += 1
            continue
        if hyph is not None and "{" not in word:
            core = word.rstrip(TRAIL)
            tail = word[len(core) :]
            pattern = HYPHENATION.get(core)
            room = width - cur_w - space
            if pattern and room > HYPHEN_MIN_ROOM * width:
                head, rest = pattern.split("-", 1)
                if pdf.get_string_width(head + "-") <= room:
                    cur.append(head + "-")
                    hyph.append(core)
                    words[i] = rest + tail
        lines.append(cur)
        cur, cur_w = [], 0.0
    if cur:
        lines.append(cur)
    return lines


def draw_words(pdf: FPDF, x: float, y: float, words: list[str]) -> None:
    """One ragged-right line; a footnote mark is set as a small raised figure."""
    run = ""
    cx = x
    for k, word in enumerate(words):
        base, mark = split_mark(word)
        sep = " " if k < len(words) - 1 else ""
        if not mark:
            run += base + sep
            continue
        run += base
        pdf.text(cx, y, run)
        cx += pdf.get_string_width(run) + 0.1
        size = pdf.font_size_pt
        pdf.set_font_size(size * 0.65)
        pdf.text(cx, y - 1.4, mark)
        cx += pdf.get_string_width(mark) + 0.1
        pdf.set_font_size(size)
        run = sep
    if run:
        pdf.text(cx, y, run)


class Layout:
    """The pages as they fill: footnotes called on the current page, set at its foot when the
    page is full, and the pages each unit's lines were drawn on."""

    def __init__(self, pdf: Report) -> None:
        self.pdf = pdf
        self.page_fns: list[str] = []
        self.pages_of: dict[str, list[int]] = {}
        self.fn_page: dict[str, int] = {}
        self.after_fn: list[str] = []  # units continued on a page after a footnote block
        self.hyphenated: list[tuple[str, str]] = []

    def fn_lines(self, ids: list[str]) -> int:
        pdf = self.pdf
        pdf.set_font("Sans", "", FN_SIZE)
        n = sum(len(wrap(pdf, FOOTNOTES[i], RIGHT - TEXT_X - 4.0)) for i in ids)
        pdf.set_font("Sans", "", FONT_SIZE)
        return n

    def limit(self, extra: list[str] | None = None) -> float:
        ids = self.page_fns + (extra or [])
        if not ids:
            return BODY_BOTTOM
        first = FN_LAST - (self.fn_lines(ids) - 1) * FN_LEAD
        return first - 3.5 - 4.0

    def flush_footnotes(self) -> None:
        if not self.page_fns:
            return
        pdf = self.pdf
        y = FN_LAST - (self.fn_lines(self.page_fns) - 1) * FN_LEAD
        pdf.set_line_width(0.2)
        pdf.line(TEXT_X, y - 3.5, TEXT_X + 45.0, y - 3.5)
        for i in self.page_fns:
            self.fn_page[i] = pdf.page_no()
            pdf.set_font("Sans", "", FN_SIZE * 0.7)
            pdf.text(TEXT_X, y - 1.1, i)
            pdf.set_font("Sans", "", FN_SIZE)
            for words in wrap(pdf, FOOTNOTES[i], RIGHT - TEXT_X - 4.0):
                draw_words(pdf, TEXT_X + 4.0, y, words)
                y += FN_LEAD
        self.page_fns = []
        pdf.set_font("Sans", "", FONT_SIZE)

    def new_page(self, unit: str = "") -> float:
        had_fns = bool(self.page_fns)
        self.flush_footnotes()
        self.pdf.add_page()
        if had_fns and unit:
            self.after_fn.append(unit)
        return TOP_BODY

    def record(self, unit: str) -> None:
        pages = self.pages_of.setdefault(unit, [])
        if self.pdf.page_no() not in pages:
            pages.append(self.pdf.page_no())


def front_page(pdf: Report) -> float:
    """Page 1: the synthetic-document line, then the masthead. Returns the body's first
    baseline."""
    pdf.set_font("Sans", "B", 7.5)
    pdf.text(LEFT, 10.0, DISCLAIMER)
    pdf.set_font("Sans", "B", 12)
    pdf.text(LEFT, 22.0, "United Nations")
    pdf.set_font("Sans", "B", 16)
    pdf.text(RIGHT - pdf.get_string_width(SYMBOL), 22.0, SYMBOL)
    pdf.set_line_width(1.0)
    pdf.line(LEFT, 25.0, RIGHT, 25.0)
    pdf.set_font("Sans", "B", 13)
    for k, line in enumerate(CONGRESS):
        pdf.text(LEFT, 33.0 + k * 5.8, line)
    pdf.set_font("Sans", "", 9)
    for k, line in enumerate(["Distr.: General", ISSUE_DATE, "", "Original: English"]):
        if line:
            pdf.text(150.0, 32.0 + k * 4.2, line)
    pdf.set_line_width(0.3)
    pdf.line(LEFT, 49.0, RIGHT, 49.0)
    pdf.set_font("Sans", "B", 13)
    y = 59.0
    for words in wrap(pdf, TITLE, 130.0):
        pdf.text(LEFT, y, " ".join(words))
        y += 6.0
    pdf.set_font("Sans", "I", 10)
    pdf.text(LEFT, y + 1.0, PLACE_DATES)
    return y + 13.0


def draw_table(pdf: Report, lay: Layout, item: tuple, y: float, unit: str) -> float:
    """A boxed table under the paragraph it belongs to: bold title, full grid with a bold
    header row, the first column left-aligned and the figures flush right, and a small
    italic source note under it."""
    _, title, rows, note = item
    widths = [46.0, 33.0, 33.0, 34.0]
    xs = [TEXT_X]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    row_h = 6.0
    pdf.set_font("Sans", "I", 8)
    note_lines = wrap(pdf, note, RIGHT - TEXT_X)
    height = 2.0 + LEAD + row_h * len(rows) + 2.0 + 3.6 * len(note_lines)
    if y + height > lay.limit():
        y = lay.new_page()
    y += 1.0
    pdf.set_font("Sans", "B", 9.5)
    pdf.text(TEXT_X, y, title)
    lay.record(unit)
    top = y + 2.5
    pdf.set_line_width(0.2)
    for r, row in enumerate(rows):
        y0 = top + r * row_h
        base = y0 + row_h - 1.8
        pdf.set_font("Sans", "B" if r == 0 else "", 9)
        for c, cell in enumerate(row):
            if c == 0:
                pdf.text(xs[c] + 1.5, base, cell)
            else:
                pdf.text(xs[c] + widths[c] - 2.0 - pdf.get_string_width(cell), base, cell)
        pdf.line(TEXT_X, y0, RIGHT, y0)
    bottom = top + row_h * len(rows)
    pdf.line(TEXT_X, bottom, RIGHT, bottom)
    for x in [*xs, RIGHT]:
        pdf.line(x, top, x, bottom)
    y = bottom + 4.0
    pdf.set_font("Sans", "I", 8)
    for words in note_lines:
        pdf.text(TEXT_X, y, " ".join(words))
        y += 3.6
    pdf.set_font("Sans", "", FONT_SIZE)
    return y + PARA_GAP + 1.0


def draw_body(pdf: Report, lay: Layout, y: float) -> float:
    last_para = last_sub = ""
    for idx, item in enumerate(BODY):
        kind = item[0]
        nxt = BODY[idx + 1] if idx + 1 < len(BODY) else ("",)
        if kind == "table":
            y = draw_table(pdf, lay, item, y, last_para)
            continue
        if kind == "h1":
            _, label, text = item
            need = 8.0 + 3 * LEAD + (8.0 if nxt[0] == "h2" else 0.0)
            if y + need > lay.limit():
                y = lay.new_page()
            y += 3.0
            pdf.set_font("Sans", "B", 11)
            heading = f"{label}  {text}"
            pdf.text((LEFT + RIGHT) / 2 - pdf.get_string_width(heading) / 2, y, heading)
            y += LEAD + 3.0
            continue
        if kind == "h2":
            _, label, text = item
            pdf.set_font("Sans", "B", 10)
            hlines = wrap(pdf, text, RIGHT - H2_TEXT_X)
            need = 2.0 + len(hlines) * LEAD + 3 * LEAD
            if y + need > lay.limit():
                y = lay.new_page()
            pdf.set_font("Sans", "B", 10)
            y += 1.0
            pdf.text(LEFT, y, label)
            for k, words in enumerate(hlines):
                if k:
                    y += LEAD
                pdf.text(H2_TEXT_X, y, " ".join(words))
            y += LEAD + 1.6
            continue
        _, num, text = item
        pdf.set_font("Sans", "", FONT_SIZE)
        if kind == "line":
            unit = last_para
            tx = LINE_TEXT_X_AGENDA if num[:1].isdigit() else LINE_TEXT_X_OFFICER
            if y > lay.limit():
                y = lay.new_page(unit)
            if num:
                pdf.text(LINE_LABEL_X, y, num)
            for k, words in enumerate(wrap(pdf, text, RIGHT - tx)):
                if k:
                    y += LEAD
                pdf.text(tx, y, " ".join(words))
            lay.record(unit)
            y += LEAD
            if nxt[0] != "line":
                y += PARA_GAP
            continue
        if kind == "p":
            unit, label = num, f"{num}."
            last_para, last_sub = num, ""
            tx = TEXT_X
        elif kind == "sub":
            unit, label = f"{last_para}({num})", f"({num})"
            last_sub = num
            lx, tx = SUB_LABEL_X, SUB_TEXT_X
        else:
            unit, label = f"{last_para}({last_sub})({num})", f"({num})"
            lx, tx = SUBSUB_LABEL_X, SUBSUB_TEXT_X
        broken: list[str] = []
        lines = wrap(pdf, text, RIGHT - tx, broken)
        lay.hyphenated.extend((unit, w) for w in broken)
        if len(lines) > 1 and y + LEAD > lay.limit():
            y = lay.new_page()
        for k, words in enumerate(lines):
            marks = [m for w in words for m in [split_mark(w)[1]] if m]
            if y > lay.limit(marks):
                y = lay.new_page(unit)
            if k == 0:
                if kind == "p":
                    pdf.text(NUM_RIGHT - pdf.get_string_width(label), y, label)
                else:
                    pdf.text(lx, y, label)
            lay.page_fns.extend(marks)
            lay.record(unit)
            draw_words(pdf, tx, y, words)
            y += LEAD
        y += PARA_GAP
    return y


def cell_lines(pdf: FPDF, text: str, width: float) -> list[str]:
    return [" ".join(words) for words in wrap(pdf, text, width)]


def draw_annex(pdf: Report, lay: Layout) -> None:
    """The annex on a new page: a boxed two-column table whose cells wrap; a row that does not
    fit goes to the next page. Every row belongs to the unit "annex.1"."""
    y = lay.new_page()
    pdf.set_font("Sans", "B", 11)
    pdf.text((LEFT + RIGHT) / 2 - pdf.get_string_width(ANNEX_HEADING) / 2, y, ANNEX_HEADING)
    y += LEAD + 2.0
    pdf.text((LEFT + RIGHT) / 2 - pdf.get_string_width(ANNEX_TITLE) / 2, y, ANNEX_TITLE)
    y += 5.0
    col = [LEFT, LEFT + 62.0, RIGHT]
    lead = 4.2
    pdf.set_line_width(0.2)
    for r, row in enumerate(ANNEX_TABLE):
        pdf.set_font("Sans", "B" if r == 0 else "", 9)
        cells = [cell_lines(pdf, row[c], col[c + 1] - col[c] - 3.0) for c in range(2)]
        n = max(len(c) for c in cells)
        h = n * lead + 2.2
        if y + h > BODY_BOTTOM:
            y = lay.new_page()
        pdf.line(LEFT, y, RIGHT, y)
        for c in range(2):
            for k, line in enumerate(cells[c]):
                pdf.text(col[c] + 1.5, y + 4.0 + k * lead, line)
        for x in col:
            pdf.line(x, y, x, y + h)
        y += h
        pdf.line(LEFT, y, RIGHT, y)
        lay.record("annex.1")


def render() -> tuple[Report, Layout]:
    pdf = Report(orientation="P", unit="mm", format="A4")
    for family, style, path in FONTS:
        pdf.add_font(family, style, str(path))
    pdf.set_auto_page_break(False)
    pdf.set_margins(LEFT, 20.0, PAGE_W - RIGHT)
    created = _dt.datetime(2025, 11, 6, 9, 0, tzinfo=_dt.UTC)
    pdf.set_creation_date(created)
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_subject(SYMBOL)
    pdf.set_creator(Path(__file__).name)
    pdf.set_producer(Path(__file__).name)
    pdf.add_page()
    lay = Layout(pdf)
    y = front_page(pdf)
    draw_body(pdf, lay, y)
    draw_annex(pdf, lay)
    lay.flush_footnotes()
    return pdf, lay


def units() -> list[dict]:
    """The expected units, in document order. Headings belong to no unit. A paragraph's
    officer or agenda lines, its table (title, one "a | b" string per row, note) and its
    footnote texts are further strings of its "contains", in that order."""
    out: list[dict] = [
        {
            "id": "front",
            "contains": [
                DISCLAIMER,
                "United Nations",
                SYMBOL,
                *CONGRESS,
                "Distr.: General",
                ISSUE_DATE,
                "Original: English",
                TITLE,
                PLACE_DATES,
            ],
        }
    ]
    by_id: dict[str, dict] = {}
    last_para = last_sub = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            continue
        if kind == "table":
            _, title, rows, note = item
            by_id[last_para]["extra"].extend([title, *(" | ".join(r) for r in rows), note])
            continue
        _, num, text = item
        if kind == "line":
            by_id[last_para]["extra"].append(f"{num} {text}".strip())
            continue
        if kind == "p":
            uid = last_para = num
            last_sub = ""
        elif kind == "sub":
            uid = f"{last_para}({num})"
            last_sub = num
        else:
            uid = f"{last_para}({last_sub})({num})"
        u = {"id": uid, "text": plain(text), "extra": [], "notes": MARK_RE.findall(text)}
        by_id[uid] = u
        out.append(u)
    for u in out[1:]:
        parts = [u.pop("text"), *u.pop("extra"), *(FOOTNOTES[m] for m in u.pop("notes"))]
        if len(parts) == 1:
            u["text"] = parts[0]
        else:
            u["contains"] = parts
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(row) for row in ANNEX_TABLE)})
    return out


def expected() -> dict:
    return {
        "doc_id": DOC_ID,
        "file": f"eval/gold/docs/{DOC_ID}.pdf",
        "meta": {
            "title": TITLE,
            "symbol": SYMBOL,
            "issue_date": ISSUE_DATE,
            "distribution": "General",
            "place_dates": PLACE_DATES,
        },
        "units": units(),
    }


def build(out: Path = OUT) -> dict[str, object]:
    pdf, lay = render()
    if len(lay.hyphenated) < 3:
        raise RuntimeError(f"only {len(lay.hyphenated)} words hyphenated: {lay.hyphenated}")
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return {
        "pages": pdf.page_no(),
        "split": {u: p for u, p in lay.pages_of.items() if len(p) > 1},
        "after_footnotes": lay.after_fn,
        "footnote_pages": lay.fn_page,
        "hyphenated": lay.hyphenated,
        "table_page": lay.pages_of.get("10"),
    }


def write_units(path: Path = UNITS_OUT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(expected(), ensure_ascii=False, indent=1) + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    info = build(target)
    write_units()
    print(f"wrote {target}: pages={info['pages']}")
    print(f"split units (unit: pages): {info['split']}")
    print(f"continued after a footnote block: {info['after_footnotes']}")
    print(f"footnote pages: {info['footnote_pages']}")
    print(f"hyphenated (unit, word): {info['hyphenated']}")
    print(f"paragraph 10 with its table on pages: {info['table_page']}")
    print(f"wrote {UNITS_OUT}")
