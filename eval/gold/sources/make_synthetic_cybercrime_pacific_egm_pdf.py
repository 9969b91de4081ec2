"""Generate eval/gold/docs/synthetic-cybercrime-pacific-egm.pdf and its expected units
eval/gold/expected/synthetic-cybercrime-pacific-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on cybercrime and online
fraud affecting small island States of the Pacific and South-East Asia, held in Apia in
preparation for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice.
It is not a United Nations document; the names of persons are invented.

Layout: the UN "G" template as ODS prints it (fpdf2, page furniture from _un_pdf.py,
imported by path). What the earlier PDF generators do not cover:

  * BLOCK paragraphs, no hanging indent: the paragraph number "12." is typed at the left edge
    of the text block (x=34 mm) with a tab to x=44 mm, and every further line of the paragraph
    goes back to x=34 mm, i.e. under the number. Lettered sub-items "(a)" start with a
    first-line indent (label at 44 mm, text at 54 mm) and "(i)" items further in (label at
    54 mm, text at 64 mm), and their further lines ALSO go back to x=34 mm. Only chapter and
    section labels ("I.", "A.") hang in the margin (x=22 mm). A wrapped line of a paragraph
    may therefore begin with a figure such as "2024." at the very x where paragraph numbers
    stand (see SPLIT_DIGIT_CHECK below);
  * a first page whose foot carries the job number with the two ODS processing dates
    ("V.25-08316 (E)    211125    241125") and the job's barcode text "*2508316*";
  * a body table in the UN style: "Table" and a bold title above it, an italic header row,
    horizontal rules only (above, under the header, below), figures flush right, and a
    "Source:" note in small type under it, all belonging to the paragraph before it;
  * running head with the symbol over a rule and "n/N" with the job number at the foot,
    alternating left/right from page 2 on (as the other ODS generators);
  * officer lines and the agenda ("1. Opening of the meeting.") inside the paragraphs that
    introduce them, set as indented lines;
  * two footnotes with superscript marks, their text at the foot of the page under a short
    rule; paragraphs that continue on the next page (natural flow);
  * recommendations (a)-(j) with a nested roman (i)-(iii) under (b), so the LETTER "(i)"
    follows "(h)" after the roman "(i)";
  * an annex on a new page ("Annex" / "List of documents"), a ruled two-column table with
    wrapping titles;
  * Vietnamese, Tongan, Samoan and Maori names and words (DejaVu Serif, which has the
    Vietnamese letters and the okina U+02BB that Liberation Serif lacks).

No word is hyphenated at a line end (lines break at spaces only). Deterministic output (fixed
creation date, no randomness).

Written, with its 48 gold cases (cy-) and 4 topics (cyt-) in eval/gold/test/, by a helper that had not
read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_cybercrime_pacific_egm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.dont_write_bytecode = True  # leave no cache next to ../sources/_un_pdf.py
_SPEC = importlib.util.spec_from_file_location("_un_pdf", HERE / "_un_pdf.py")
_un_pdf = importlib.util.module_from_spec(_SPEC)
sys.modules["_un_pdf"] = _un_pdf
_SPEC.loader.exec_module(_un_pdf)

DOC_ID = "synthetic-cybercrime-pacific-egm"
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONT_DIR = _un_pdf.FONT_ROOT / "dejavu"
FONTS = [
    ("Serif", "", FONT_DIR / "DejaVuSerif.ttf"),
    ("Serif", "B", FONT_DIR / "DejaVuSerif-Bold.ttf"),
    ("Serif", "I", FONT_DIR / "DejaVuSerif-Italic.ttf"),
    ("SansB", "", FONT_DIR / "DejaVuSans-Bold.ttf"),
]

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.31/2025/1"
ISSUE_DATE = "21 November 2025"
JOB_NUMBER = "V.25-08316"
JOB_DATES = "211125    241125"
BARCODE = "*2508316*"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Cybercrime and Online Fraud Affecting Small "
    "Island States of the Pacific and South-East Asia"
)
PLACE_DATES = "Apia, 3\u20135 November 2025"

FOOTNOTES = {
    "1": (
        "The Pacific Islands Law Officers\u2019 Network brings together the law officers of "
        "eighteen Pacific island countries and territories; its secretariat is in Apia."
    ),
    "2": (
        "General Assembly resolution 79/243, annex. The Convention was opened for signature "
        "at a ceremony held in Hanoi on 25 and 26 October 2025."
    ),
}

# Body items:
#   ("h1", label, text), ("h2", label, text)  headings (not part of any unit)
#   ("p", number, text)        numbered paragraph; "{n}" marks footnote n
#   ("sub", letter, text)      lettered sub-item of the preceding paragraph
#   ("subsub", roman, text)    item of the preceding sub-item
#   ("line", label, text)      agenda or officer line inside the preceding paragraph
#   ("table", title, rows, source)  table belonging to the preceding paragraph
BODY: list[tuple] = [
    ("h1", "I.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Cybercrime and Online Fraud Affecting Small Island States "
        "of the Pacific and South-East Asia was held in Apia from 3 to 5 November 2025, as part "
        "of the preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice. It was organized by the United Nations Office on Drugs and Crime "
        "(UNODC) in cooperation with the Government of Samoa and the Pacific Islands Forum "
        "Secretariat, with financial support from the Governments of Australia, Japan and New "
        "Zealand.",
    ),
    (
        "p",
        "2",
        "The meeting was opened by the Attorney General of Samoa, who welcomed the experts to "
        "Apia and observed that small island States had moved a large part of their public "
        "services and payments online in a few years, often faster than their laws and their "
        "police could adapt. He recalled that most countries of the Pacific depended on one or "
        "two undersea cables for their connection to the rest of the world, and that a single "
        "attack or outage could cut off a whole country from its banks, its courts and its "
        "families abroad.",
    ),
    (
        "p",
        "3",
        "A representative of UNODC, S\u00e9verine C\u00f4t\u00e9, delivered an opening "
        "statement on behalf of the Executive Director. She noted that criminal groups "
        "operating from scam compounds in South-East Asia had turned their attention to the "
        "Pacific, where victims were less familiar with online fraud and where the police had "
        "few investigators trained to follow money across borders. She said that the "
        "conclusions of the meeting would be presented to the Fifteenth Congress as a "
        "contribution to its discussions on new and emerging forms of crime.",
    ),
    (
        "p",
        "4",
        "The representative of the Pacific Islands Forum Secretariat, speaking by video link "
        "from Suva, recalled that the leaders of the Forum had identified cybersecurity as a "
        "regional priority and said that the Secretariat would bring the recommendations of "
        "the meeting to the attention of the next meeting of Forum Economic Ministers.",
    ),
    ("h2", "B.", "Attendance"),
    (
        "p",
        "5",
        "The meeting was attended by thirty-one experts from 14 States, who participated in "
        "their personal capacity: Australia, Fiji, Indonesia, Japan, Kiribati, Malaysia, New "
        "Zealand, Palau, Papua New Guinea, Philippines, Samoa, Tonga, Vanuatu and Viet Nam. "
        "The experts included police investigators, prosecutors, judges, officials of financial "
        "intelligence units and central banks, and staff of national computer emergency "
        "response teams.",
    ),
    (
        "p",
        "6",
        "The following organizations were represented by observers: the International Criminal "
        "Police Organization (INTERPOL), the Asia/Pacific Group on Money Laundering, the "
        "Pacific Islands Law Officers\u2019 Network{1} and the Pacific Transnational Crime "
        "Coordination Centre. Three non-governmental organizations also attended as observers: "
        "the Moana Digital Rights Collective, Te Whare Haumaru and the Oceania Seniors "
        "Network. The list of documents before the meeting is contained in the annex to the "
        "present report.",
    ),
    ("h2", "C.", "Election of officers"),
    (
        "p",
        "7",
        "At its opening session, on 3 November 2025, the meeting elected the following "
        "officers by acclamation:",
    ),
    ("line", "Chair:", "Tevita Fifita L\u0101t\u016b (Tonga)"),
    ("line", "Vice-Chair:", "Nguy\u1ec5n Th\u1ecb H\u01b0\u01a1ng (Viet Nam)"),
    ("line", "Rapporteur:", "Ana Sof\u00eda N\u00fa\u00f1ez (Philippines)"),
    ("h2", "D.", "Adoption of the agenda and organization of work"),
    ("p", "8", "At the same session, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    ("line", "4.", "Trends in cybercrime and online fraud affecting small island States."),
    ("line", "5.", "Money mules, virtual assets and the proceeds of online fraud."),
    ("line", "6.", "Electronic evidence and international cooperation."),
    ("line", "7.", "Victims, prevention and capacity-building."),
    ("line", "8.", "Adoption of the recommendations and of the report."),
    ("line", "9.", "Closure of the meeting."),
    (
        "p",
        "9",
        "The meeting had before it a background paper prepared by the Secretariat and national "
        "submissions received from nine States. The meeting agreed to discuss agenda items 4 "
        "to 7 in plenary, each item being introduced by two or three experts, and to finalize "
        "its recommendations in a closed session on the last day.",
    ),
    ("h1", "II.", "Summary of deliberations"),
    ("h2", "A.", "Trends in cybercrime and online fraud affecting small island States"),
    (
        "p",
        "10",
        "The Secretariat presented its background paper, which estimated that reported cases "
        "of online fraud in the Pacific island States covered by the study had risen by about "
        "forty per cent between 2022 and 2024, and that only a third of victims reported "
        "their losses to the police or to their bank. The paper noted that the true extent of "
        "the losses was unknown, since many victims were ashamed to come forward and few "
        "countries recorded online fraud as a separate offence.",
    ),
    (
        "p",
        "11",
        "The Chair, speaking as the expert from Tonga, described the ransomware attack of 2023 "
        "on the network of a government ministry, which had taken the ministry\u2019s systems "
        "offline for several weeks and had forced staff to return to paper records. He said "
        "that the Government had refused to pay the ransom and that the full recovery of the "
        "data had taken eighteen months. He stressed that the attack had been possible "
        "because the ministry kept no offline copy of its data and had never tested its "
        "backups.",
    ),
    (
        "p",
        "12",
        "The expert from Papua New Guinea, Kila Mondo Wari, reported that a ransomware attack "
        "on the integrated financial management system of the national Government had delayed "
        "the payment of salaries to public servants, and that the attackers had demanded the "
        "ransom in bitcoin. He noted that the Government had since created a national "
        "cybersecurity centre, but that it remained difficult to recruit and keep qualified "
        "staff, who were offered far higher salaries by banks and telecommunications "
        "companies.",
    ),
    (
        "p",
        "13",
        "The expert from Palau, Ulai Ngirchemat, said that the administrations of small island "
        "States often had no more than a handful of information technology staff and no "
        "specialist in cybersecurity. Palau had established its national computer emergency "
        "response team in 2024 with four staff members, with support from Japan and the United "
        "States, and it now shared alerts with the computer emergency response teams of the "
        "other Pacific islands.",
    ),
    (
        "p",
        "14",
        "The expert from Fiji, Ratu Semi Naivalu, reported that the cybercrime unit of the "
        "Fiji Police Force had received 1,250 complaints of online fraud in 2024, about three "
        "times as many as in 2022. Most complaints concerned fake online shops, romance scams "
        "and fraudulent investment schemes advertised on social media. He presented the "
        "following figures on complaints received by the police in four Pacific island States:",
    ),
    (
        "table",
        "Online fraud complaints received by the police in selected Pacific island States, "
        "2022\u20132024",
        [
            ("State", "2022", "2023", "2024"),
            ("Fiji", "410", "780", "1,250"),
            ("Samoa", "64", "97", "152"),
            ("Tonga", "38", "71", "119"),
            ("Vanuatu", "52", "88", "143"),
        ],
        "Source: national submissions to the meeting (UNODC/CCPCJ/EG.31/2025/CRP.2).",
    ),
    (
        "p",
        "15",
        "Several experts described romance scams in which offenders built an online "
        "relationship with the victim over weeks or months before asking for money for a "
        "medical emergency, a plane ticket or customs fees. The expert from Samoa, Leilani "
        "Fa\u02bbamausili, said that the victims in her country were often women whose "
        "husbands worked abroad, and that some victims had been persuaded to send the money "
        "received from relatives overseas. She noted that victims seldom reported the crime, "
        "because of the shame attached to it in small communities where everyone knew each "
        "other.",
    ),
    (
        "p",
        "16",
        "The Rapporteur, speaking as the expert from the Philippines, described investment "
        "scams in which victims were invited to trade on fake cryptocurrency platforms that "
        "showed fictitious profits, until the victim tried to withdraw the money. She reported "
        "that such scams were frequently run from scam compounds in which workers, including "
        "nationals of the Philippines and of Pacific island States, had been recruited with "
        "false offers of employment and were held against their will. Since 2023, the "
        "authorities of her country had repatriated more than 1,100 nationals from such "
        "compounds.",
    ),
    (
        "p",
        "17",
        "The expert from New Zealand, Aroha Te Rangi Whaanga, reported that older persons were "
        "the group most targeted by investment and impersonation scams, and that the average "
        "loss reported by victims over the age of 65 was three times that of younger victims. "
        "She said that older victims often lost their retirement savings in a few weeks, and "
        "that the harm extended to their wh\u0101nau, who frequently supported them "
        "afterwards. She described a programme run with community elders, or "
        "kaum\u0101tua, under which trusted members of each community explained common "
        "scams at gatherings on the marae.",
    ),
    (
        "p",
        "18",
        "The observer for the Oceania Seniors Network, Losana Ravuvu, described calls in which "
        "an offender pretended to be a grandchild in trouble overseas and asked for money to "
        "be sent urgently, sometimes with a second caller posing as a police officer or a "
        "lawyer. She called on banks to introduce alerts for unusual transfers from the "
        "accounts of older customers and to allow them to name a trusted contact whom the bank "
        "could call before releasing a large payment.",
    ),
    (
        "p",
        "?",
        "The expert from Australia, Priya Ramanathan, reported that since the establishment "
        "of a national anti-scam centre in 2023, banks, telecommunications companies and "
        "digital platforms had shared information on suspected scams in real time, so that "
        "fraudulent websites could be taken down and scam calls blocked within hours. She "
        "said that the losses reported by victims in her country had fallen by a quarter in "
        "2024, but that the scam networks had moved part of their activity to countries of "
        "the region with weaker defences, including Pacific island States.",
    ),
    ("h2", "B.", "Money mules, virtual assets and the proceeds of online fraud"),
    (
        "p",
        "19",
        "Ms. Ramanathan further explained that the proceeds of online "
        "fraud were moved through chains of money mule accounts, opened by or in the name of "
        "persons who received a small fee for letting criminals use them. She reported that "
        "a third of the mule accounts identified by Australian banks in 2024 belonged to "
        "persons under the age of 25, many of whom had been recruited through social media "
        "and gaming platforms with offers of easy money, and did not realize that they were "
        "committing an offence.",
    ),
    (
        "p",
        "20",
        "The expert from Samoa added that young people from Pacific island communities, "
        "including students abroad, had been asked by acquaintances to receive transfers on "
        "their accounts and to send the money on through money transfer operators. She "
        "stressed that prosecuting such young people would not stop the networks that "
        "recruited them, and called for school programmes and warnings from banks to be used "
        "first. The observer for Te Whare Haumaru, H\u0113mi Paraone, agreed and said that "
        "rangatahi, or young people, were more likely to listen to peers and to their own "
        "communities than to official campaigns.",
    ),
    (
        "p",
        "21",
        "The observer for the Asia/Pacific Group on Money Laundering noted that few Pacific "
        "island States had yet licensed or supervised virtual asset service providers, and "
        "that the proceeds of online fraud were increasingly converted into virtual assets "
        "within hours of the transfer. He recalled that the standards of the Financial Action "
        "Task Force required countries to apply the travel rule to transfers of virtual "
        "assets.",
    ),
    (
        "p",
        "22",
        "The expert from Japan, Kenji \u014ctsuka, described how investigators traced "
        "cryptocurrency through public blockchains to the exchanges at which it was converted "
        "into cash. He said that the funds could be frozen only if the exchange was asked to "
        "act within hours of the transfer, and that the police of his country had agreed with "
        "the largest exchanges on a procedure under which a request for freezing received "
        "through the national point of contact was acted upon within 48 hours.",
    ),
    (
        "p",
        "23",
        "The Vice-Chair, speaking as the expert from Viet Nam, reported that the networks "
        "behind investment scams in the region increasingly used stablecoins rather than "
        "bitcoin, because their value was stable and transfers were cheap and fast. She said "
        "that cooperation between law enforcement and virtual asset exchanges had enabled the "
        "authorities of her country to freeze funds in several cases, but that the funds were "
        "often moved through many wallets and several countries before the victim had even "
        "reported the crime.",
    ),
    (
        "p",
        "?",
        "The observer for INTERPOL described a coordinated operation against online fraud "
        "conducted in 2024 in eleven countries of Asia and the Pacific, which had led to more "
        "than 300 arrests and to the blocking of some 2,400 bank accounts and virtual asset "
        "wallets. He encouraged the States of the region to make greater use of the "
        "INTERPOL mechanism for the rapid interception of payments, through which a "
        "fraudulent transfer could be stopped before the money left the banking system.",
    ),
    (
        "p",
        "24",
        "Experts agreed that the commercial software used to analyse blockchain transactions "
        "was beyond the means of most small island States, and that the region would benefit "
        "from shared access to such tools and from a pool of trained analysts. Some experts "
        "suggested that the Pacific Transnational Crime Coordination Centre could host such a "
        "service, while others preferred that it be provided by UNODC.",
    ),
    ("h2", "C.", "Electronic evidence and international cooperation"),
    (
        "p",
        "25",
        "The expert from Tonga recalled that the eruption of the Hunga Tonga\u2013Hunga "
        "Ha\u02bbapai volcano in January 2022 had severed the only undersea cable connecting "
        "the country, which had remained largely cut off from the Internet for about five "
        "weeks. During that time, banks could not process international payments and "
        "investigators could not reach the service providers holding data needed in ongoing "
        "cases.",
    ),
    (
        "p",
        "26",
        "The expert from Kiribati, Tiaon Kaitu, said that his country had also experienced "
        "long cable outages and relied on satellite links as a backup, which were slow and "
        "expensive. He noted that almost all the electronic evidence needed in cases of "
        "online fraud was held by service providers abroad, so that investigations stopped "
        "whenever the connection was lost. The expert from Vanuatu, \u00c9lise Vira Naupa, "
        "added that the data of government agencies of her country were increasingly stored "
        "in data centres overseas, and called for contracts with providers of such services "
        "to guarantee access to the data for law enforcement purposes.",
    ),
    (
        "p",
        "?",
        "The observer for the Pacific Transnational Crime Coordination Centre noted that the "
        "network of transnational crime units coordinated by the Centre, present in more than "
        "twenty Pacific jurisdictions, had become the main channel for the exchange of police "
        "information on online fraud in the region. He cautioned, however, that most of the "
        "officers in those units had received little training in cybercrime and could not "
        "themselves examine seized telephones or computers.",
    ),
    (
        "p",
        "27",
        "Several experts stated that mutual legal assistance was too slow for cases of online "
        "fraud. The expert from New Zealand reported that requests to foreign service "
        "providers for subscriber information and content data took on average ten months to "
        "be answered, by which time the proceeds of the fraud had long been moved. She noted "
        "that many Pacific island States had no dedicated staff in their central authorities, "
        "and that requests were often returned because they did not meet the legal "
        "requirements of the requested State.",
    ),
    (
        "p",
        "28",
        "The observer for the Pacific Islands Law Officers\u2019 Network presented a template "
        "for requests for mutual legal assistance concerning electronic evidence, developed "
        "with the central authorities of the region, and a guide on the preservation of data "
        "held by service providers. He said that the template had already been used in more "
        "than 60 requests and that the rate at which requests were returned for lack of "
        "information had fallen.",
    ),
    (
        "p",
        "29",
        "The expert from Japan underlined the importance of networks of points of contact "
        "available 24 hours a day, seven days a week, through which the expedited "
        "preservation of data could be requested before a formal request for mutual legal "
        "assistance was sent. He encouraged the small island States that had not yet done so "
        "to designate such a point of contact and to ensure that it could act outside "
        "office hours.",
    ),
    (
        "p",
        "30",
        "The expert from Papua New Guinea said that courts in his country had on several "
        "occasions refused to admit screenshots and other electronic evidence because the "
        "law of evidence had not been updated to cover it and the chain of custody could not "
        "be shown. He called for model provisions on the admissibility of electronic evidence "
        "and for training of judges and magistrates, including in the provinces.",
    ),
    (
        "p",
        "31",
        "Ms. C\u00f4t\u00e9 recalled that the United Nations Convention against Cybercrime{2} "
        "provided for the expedited preservation of stored computer data, the production of "
        "subscriber information and a network of points of contact available at all times, "
        "and that it could serve as a legal basis for mutual legal assistance between States "
        "that had no bilateral treaty. She said that UNODC stood ready to assist States of the "
        "region in reviewing their legislation with a view to becoming parties to the "
        "Convention.",
    ),
    ("h2", "D.", "Victims, prevention and capacity-building"),
    (
        "p",
        "32",
        "The observer for the Moana Digital Rights Collective, J\u00e9r\u00f4me Tehei "
        "Teriitahi, said that victims of online fraud were often blamed for their losses, "
        "both by their families and by the officials to whom they reported, and that many "
        "victims in remote islands had no way of reporting the crime other than travelling to "
        "the capital. He called for online reporting, helplines in national languages and "
        "support for victims who had lost their savings, and warned that victims of one scam "
        "were often targeted again by offenders who promised to recover their money.",
    ),
    (
        "p",
        "33",
        "The expert from Vanuatu described an awareness campaign conducted in Bislama, English "
        "and French through community radio, churches and mobile telephone messages, and "
        "reported that calls to the police about suspected scams had doubled during the "
        "campaign. The expert from Fiji described a programme in secondary schools that warned "
        "students against lending their bank accounts and against sharing passwords and "
        "identity documents online.",
    ),
    (
        "p",
        "?",
        "The Rapporteur reported that the law adopted by her country in 2022 requiring the "
        "registration of all SIM cards had reduced the number of scam text messages, but had "
        "not ended them, since offenders registered cards with false or stolen identity "
        "documents. She added that telecommunications companies had been asked to block "
        "messages containing links to known fraudulent websites.",
    ),
    (
        "p",
        "34",
        "Experts agreed that the shortage of trained personnel was the main obstacle to the "
        "investigation of cybercrime in small island States. The expert from Kiribati said that "
        "his country had no digital forensic examiner and sent seized devices to Australia or "
        "New Zealand for examination, which could take several months. Experts welcomed the "
        "training provided by Australia, Japan, New Zealand and UNODC, but stressed that "
        "officers who had been trained often left for the private sector.",
    ),
    (
        "p",
        "35",
        "Several experts proposed a regional programme to train and certify digital forensic "
        "examiners and to provide the equipment and software they needed. The representative "
        "of the Secretariat said that a budget for such a programme would be prepared in "
        "consultation with donors and presented to the States of the region in 2026, and that "
        "its costs would depend on the number of States taking part.",
    ),
    ("h1", "III.", "Recommendations"),
    (
        "p",
        "36",
        "The meeting adopted the following recommendations, for consideration by the "
        "Fifteenth Congress. Member States, in particular small island States of the Pacific "
        "and South-East Asia, should:",
    ),
    (
        "sub",
        "a",
        "Review their legislation on cybercrime and online fraud, and consider becoming "
        "parties to the United Nations Convention against Cybercrime;",
    ),
    (
        "sub",
        "b",
        "Protect the information systems of government institutions against ransomware, in "
        "particular by:",
    ),
    (
        "subsub",
        "i",
        "Keeping offline copies of essential data and testing regularly that they can be restored;",
    ),
    (
        "subsub",
        "ii",
        "Establishing or strengthening national computer emergency response teams and "
        "connecting them with their counterparts in the region;",
    ),
    (
        "subsub",
        "iii",
        "Reporting ransomware attacks to the police, so that they can be investigated as crimes;",
    ),
    (
        "sub",
        "c",
        "Diversify their international connections, including through additional undersea "
        "cables and satellite links, and plan for the continuity of investigations and the "
        "preservation of electronic evidence during outages;",
    ),
    (
        "sub",
        "d",
        "Require banks and money transfer operators to detect and close money mule accounts, "
        "and give priority to prevention and diversion for young people recruited as money "
        "mules, while prosecuting those who recruit them;",
    ),
    (
        "sub",
        "e",
        "Regulate and supervise virtual asset service providers and build the capacity of "
        "investigators to trace and freeze virtual assets, including through shared access to "
        "blockchain analysis tools;",
    ),
    (
        "sub",
        "f",
        "Designate central authorities and points of contact available at all times, use "
        "common templates for requests for mutual legal assistance concerning electronic "
        "evidence and accept such requests by electronic means;",
    ),
    (
        "sub",
        "g",
        "Protect older persons against fraud, including by encouraging banks to introduce "
        "alerts for unusual transfers and trusted contact arrangements;",
    ),
    (
        "sub",
        "h",
        "Provide victims of online fraud with accessible means of reporting, helplines in "
        "national languages and support, and train officials to receive their complaints "
        "without blame;",
    ),
    (
        "sub",
        "i",
        "Raise public awareness of online fraud through schools, churches, community radio "
        "and community leaders, in national and local languages;",
    ),
    (
        "sub",
        "j",
        "Update the law of evidence to cover electronic evidence and train judges, "
        "prosecutors and investigators in its collection and use.",
    ),
    ("p", "37", "The meeting requested UNODC to:"),
    (
        "sub",
        "a",
        "Develop, with the States of the region and their partners, a regional programme to "
        "train and certify digital forensic examiners;",
    ),
    (
        "sub",
        "b",
        "Support the States of the region in reviewing their legislation on cybercrime and "
        "electronic evidence;",
    ),
    (
        "sub",
        "c",
        "Convene a follow-up meeting of experts in 2026 to review progress in the "
        "implementation of the present recommendations.",
    ),
    (
        "p",
        "?",
        "The representative of the Secretariat said that the venue and dates of the "
        "follow-up meeting would be communicated to the States of the region once the "
        "necessary funding had been secured.",
    ),
    ("h1", "IV.", "Adoption of the report and closure of the meeting"),
    (
        "p",
        "38",
        "At its final session, on 5 November 2025, the meeting adopted the present report, "
        "including its recommendations, as orally amended. The Rapporteur was entrusted with "
        "the finalization of the report in consultation with the Secretariat.",
    ),
    (
        "p",
        "?",
        "Closing statements were made by the representative of UNODC and by the observer for "
        "the Oceania Seniors Network, speaking on behalf of the non-governmental "
        "organizations that had attended the meeting.",
    ),
    (
        "p",
        "39",
        "In his closing remarks, the Chair thanked the Government of Samoa for its "
        "hospitality, the Governments of Australia, Japan and New Zealand for their financial "
        "support and the experts for their contributions, saying \u201cM\u0101l\u014d "
        "\u02bbaupito\u201d. He declared the meeting closed on 5 November 2025 at 5.30 p.m.",
    ),
]


def _renumber(body: list[tuple]) -> list[tuple]:
    """Numbers the paragraphs 1, 2, ... in document order."""
    out, n = [], 0
    for item in body:
        if item[0] == "p":
            n += 1
            item = ("p", str(n), item[2])
        out.append(item)
    return out


BODY = _renumber(BODY)

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Document symbol", "Title"),
    ("UNODC/CCPCJ/EG.31/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/CCPCJ/EG.31/2025/INF/1", "Information for participants"),
    (
        "UNODC/CCPCJ/EG.31/2025/CRP.1",
        "Background paper prepared by the Secretariat on cybercrime and online fraud "
        "affecting small island States of the Pacific and South-East Asia",
    ),
    (
        "UNODC/CCPCJ/EG.31/2025/CRP.2",
        "Compilation of national submissions on online fraud, money mules and electronic evidence",
    ),
    (
        "UNODC/CCPCJ/EG.31/2025/CRP.3",
        "Note by the Secretariat on the United Nations Convention against Cybercrime",
    ),
]

LEFT = 22.0  # chapter and section labels hang here
BLOCK_X = 34.0  # left edge of the text block: paragraph numbers AND every wrapped line
TAB = 10.0  # "1.<tab>" and "(a)<tab>" stops
RIGHT = 172.0
FONT_SIZE = 9.5
LEAD = 4.7
PARA_GAP = 2.3
TABLE_COLS = [BLOCK_X + 4.0, 100.0, 125.0, 150.0]  # right edges for the figure columns
ANNEX_COL2 = BLOCK_X + 66.0  # clear of the longest symbol (DejaVu Serif 9 pt)


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT

    def footer(self) -> None:
        if self.page_no() == 1:
            # the ODS first page: job number with the processing dates, and the barcode text
            self.set_font("Serif", "", 8)
            self.text(self.left, 281.0, f"{self.job_number} (E)    {JOB_DATES}")
            self.set_font("Serif", "", 11)
            self.text(self.left, 287.0, BARCODE)
            return
        super().footer()


def wrap_first(pdf, text: str, first_width: float, width: float):
    """Greedy line breaking at spaces: the first line has its own width (after the label
    and tab), the others run the full block width. Returns (words, justify) per line."""
    space = pdf.get_string_width(" ")
    lines: list[tuple[list[str], bool]] = []
    cur: list[str] = []
    cur_w = 0.0
    limit = first_width
    for word in text.split():
        ww = _un_pdf.word_width(pdf, word)
        need = ww if not cur else cur_w + space + ww
        if need <= limit or not cur:
            cur.append(word)
            cur_w = need
        else:
            lines.append((cur, True))
            cur, cur_w = [word], ww
            limit = width
    if cur:
        lines.append((cur, False))
    return lines


# wrapped lines that begin with a figure (checked, printed by build())
DIGIT_LINES: list[tuple[str, str]] = []


def draw_table(pdf, lay, item, y: float, unit: str) -> float:
    _, title, rows, source = item
    pdf.set_font("Serif", "B", FONT_SIZE)
    tlines = _un_pdf.wrap(pdf, title, RIGHT - BLOCK_X)
    height = 4.5 + LEAD * len(tlines) + 7.0 + LEAD * (len(rows) - 1) + 8.0
    if y + height > lay.limit():
        y = lay.new_page()
    pdf.set_font("Serif", "", FONT_SIZE)
    pdf.text(BLOCK_X, y, "Table")
    lay.record(unit, "Table")
    y += LEAD
    pdf.set_font("Serif", "B", FONT_SIZE)
    for words, _ in tlines:
        pdf.text(BLOCK_X, y, " ".join(words))
        lay.record(unit, " ".join(words))
        y += LEAD
    y += 4.0
    pdf.set_line_width(0.25)
    for r, row in enumerate(rows):
        if r == 0:
            pdf.line(BLOCK_X, y - 4.0, RIGHT, y - 4.0)
        for c, cell in enumerate(row):
            pdf.set_font("Serif", "I" if r == 0 else "", 8.5 if r == 0 else FONT_SIZE)
            w = pdf.get_string_width(cell)
            x = TABLE_COLS[c] if c == 0 else TABLE_COLS[c] - w
            pdf.text(x, y, cell)
        lay.record(unit, " | ".join(row))
        if r == 0:
            pdf.line(BLOCK_X, y + 1.8, RIGHT, y + 1.8)
            y += 6.3
        else:
            y += LEAD
    pdf.line(BLOCK_X, y - 3.0, RIGHT, y - 3.0)
    y += 1.5
    pdf.set_font("Serif", "I", 8)
    pdf.text(BLOCK_X, y, source)
    lay.record(unit, source)
    y += LEAD + PARA_GAP
    pdf.set_font("Serif", "", FONT_SIZE)
    return y


def draw_body(pdf, lay, y: float) -> float:
    last_para = last_sub = ""
    for idx, item in enumerate(BODY):
        kind = item[0]
        if kind == "table":
            y = draw_table(pdf, lay, item, y, last_para)
            continue
        if kind in ("h1", "h2"):
            _, label, text = item
            size = 11 if kind == "h1" else 10
            pdf.set_font("Serif", "B", size)
            hlines = _un_pdf.wrap(pdf, text, RIGHT - BLOCK_X)
            need = 6.0 + 3 * LEAD + (len(hlines) - 1) * LEAD
            nxt = BODY[idx + 1] if idx + 1 < len(BODY) else ("",)
            if nxt[0] == "h2":
                need += LEAD + 3.0
            if y + need > lay.limit():
                y = lay.new_page()
            y += 3.0 if kind == "h1" else 1.2
            pdf.set_font("Serif", "B", size)
            pdf.text(LEFT, y, label)
            for k, (words, _) in enumerate(hlines):
                if k:
                    y += LEAD
                pdf.text(BLOCK_X, y, " ".join(words))
            y += LEAD + (2.4 if kind == "h1" else 1.4)
            continue
        _, num, text = item
        pdf.set_font("Serif", "", FONT_SIZE)
        if kind == "line":
            unit = last_para
            is_agenda = num[:1].isdigit()
            lx = BLOCK_X + TAB
            tx = lx + (8.0 if is_agenda else 25.0)
            if y > lay.limit():
                y = lay.new_page()
            pdf.text(lx, y, num)
            for k, (words, _) in enumerate(_un_pdf.wrap(pdf, text, RIGHT - tx)):
                if k:
                    y += LEAD
                pdf.text(tx, y, " ".join(words))
            lay.record(unit, f"{num} {text}")
            y += LEAD
            nxt = BODY[idx + 1] if idx + 1 < len(BODY) else ("",)
            if nxt[0] != "line":
                y += PARA_GAP
            continue
        if kind == "p":
            unit, label, lx = num, num + ".", BLOCK_X
            last_para, last_sub = num, ""
        elif kind == "sub":
            unit, label, lx = f"{last_para}({num})", f"({num})", BLOCK_X + TAB
            last_sub = num
        else:
            unit, label, lx = f"{last_para}({last_sub})({num})", f"({num})", BLOCK_X + 2 * TAB
        tx = lx + TAB
        lines = wrap_first(pdf, text, RIGHT - tx, RIGHT - BLOCK_X)
        if len(lines) > 1 and y + LEAD > lay.limit():
            y = lay.new_page()
        if y > lay.limit():
            y = lay.new_page()
        for k, (words, justify) in enumerate(lines):
            marks = [m for w in words for m in [_un_pdf.split_mark(w)[1]] if m]
            if y > lay.limit(marks):
                y = lay.new_page()
            if k == 0:
                pdf.text(lx, y, label)
                x, width = tx, RIGHT - tx
            else:
                x, width = BLOCK_X, RIGHT - BLOCK_X
                if words[0][:1].isdigit():
                    DIGIT_LINES.append((unit, " ".join(words[:3])))
            lay.page_fns.extend(marks)
            lay.record(unit, " ".join(_un_pdf.split_mark(w)[0] for w in words))
            _un_pdf.draw_line(pdf, x, y, width, words, justify)
            y += LEAD
        y += PARA_GAP
    return y


def render(total_pages: int):
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 11, 21), FONTS, total_pages
    )
    pdf.add_page()
    lay = _un_pdf.Layout(pdf, FOOTNOTES)
    lay.text_x = BLOCK_X
    lay.right = RIGHT
    lay.fn_size = 7.5
    y = _un_pdf.front_page(
        pdf,
        disclaimer=DISCLAIMER,
        organ=CONGRESS,
        issue_date=ISSUE_DATE,
        title=TITLE,
        place_dates=PLACE_DATES,
        text_x=BLOCK_X,
        distribution_x=148.0,
    )
    DIGIT_LINES.clear()
    y = draw_body(pdf, lay, y)

    # annex, on a new page
    y = lay.new_page()
    pdf.set_font("Serif", "B", 11)
    pdf.text(LEFT, y, ANNEX_HEADING)
    y += LEAD + 3.0
    pdf.set_font("Serif", "B", 10)
    pdf.text(BLOCK_X, y, ANNEX_SUBTITLE)
    y += LEAD + 5.0
    pdf.set_line_width(0.25)
    for r, row in enumerate(ANNEX_TABLE):
        if r == 0:
            pdf.set_font("Serif", "I", 8.5)
            pdf.line(BLOCK_X, y - 4.0, RIGHT, y - 4.0)
            pdf.text(BLOCK_X, y, row[0])
            pdf.text(ANNEX_COL2, y, row[1])
            pdf.line(BLOCK_X, y + 1.8, RIGHT, y + 1.8)
            y += 6.5
            lay.record("annex.1", " | ".join(row))
            continue
        pdf.set_font("Serif", "", 9)
        pdf.text(BLOCK_X, y, row[0])
        for k, (words, _) in enumerate(_un_pdf.wrap(pdf, row[1], RIGHT - ANNEX_COL2)):
            if k:
                y += LEAD
            pdf.text(ANNEX_COL2, y, " ".join(words))
        lay.record("annex.1", " | ".join(row))
        y += LEAD + 1.5
    pdf.line(BLOCK_X, y - 3.0, RIGHT, y - 3.0)
    lay.flush_footnotes()
    return pdf, lay


plain = _un_pdf.plain


def units() -> list[dict]:
    """The expected units, in document order, from the same data the PDF is drawn from."""
    out: list[dict] = [
        _un_pdf.front_unit(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
    ]
    by_id: dict[str, dict] = {}
    last_para = last_sub = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            continue
        if kind == "table":
            _, title, rows, source = item
            u = by_id[last_para]
            u.setdefault("extra", []).extend([title, *(" | ".join(r) for r in rows), source])
            continue
        _, num, text = item
        if kind == "line":
            u = by_id[last_para]
            u.setdefault("extra", []).append(f"{num} {text}")
            continue
        if kind == "p":
            uid = num
            last_para, last_sub = num, ""
        elif kind == "sub":
            uid = f"{last_para}({num})"
            last_sub = num
        else:
            uid = f"{last_para}({last_sub})({num})"
        u = {"id": uid, "text": plain(text)}
        marks = _un_pdf.MARK_RE.findall(text)
        if marks:
            u["extra"] = [FOOTNOTES[m] for m in marks]
        by_id[uid] = u
        out.append(u)
    for u in out:
        if "extra" in u:
            u["contains"] = [u.pop("text"), *u.pop("extra")]
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(row) for row in ANNEX_TABLE)})
    return out


def build(out: Path = OUT) -> dict[str, object]:
    total, lay = _un_pdf.build_twice(render, out)
    return {"pages": total, **lay.summary(), "digit_lines": list(DIGIT_LINES)}


def write_units(path: Path = UNITS_OUT) -> None:
    doc = _un_pdf.expected_doc(
        DOC_ID, f"eval/gold/docs/{DOC_ID}.pdf", TITLE, SYMBOL, ISSUE_DATE, PLACE_DATES, units()
    )
    _un_pdf.write_expected(path, doc)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    info = build(target)
    write_units()
    print(f"wrote {target}: pages={info['pages']}")
    print(f"split paragraphs (unit: pages): {info['split']}")
    print(f"footnote pages: {info['footnote_pages']}")
    print(f"wrapped lines starting with a figure: {info['digit_lines']}")
    print(f"wrote {UNITS_OUT}")
