"""Generate eval/gold/docs/synthetic-domestic-workers-recruitment-egm.pdf and its expected units
eval/gold/expected/synthetic-domestic-workers-recruitment-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on crimes against
migrant domestic workers and recruitment fraud, held in Amman in preparation for the Fifteenth
United Nations Congress on Crime Prevention and Criminal Justice. It is not a United Nations
document; the names of persons (and the figures they give) are invented.

Layout: the UN "G" template as ODS prints it (fpdf2, page furniture and numbered body from
_un_pdf.py): masthead on page 1, running head with the symbol and "n/N" with the job number
at the foot from page 2 on, alternating left/right; paragraph numbers in a hanging left
margin (x=22 mm), text at x=34 mm. New to the test set:

  * the chapters in the order of a report of a subsidiary body: "I. Recommendations" FIRST
    (paragraph 1 with lettered sub-items (a)-(h), two of which, (c) and (f), have nested
    (i)-(ii) items; paragraphs 2 and 3), then "II. Summary of deliberations" (sections A-C,
    one per substantive agenda item), then "III. Organization of the meeting" (A. Opening,
    B. Election of officers with officer lines, C. Adoption of the agenda with the agenda as
    numbered lines, D. Attendance, E. Adoption of the report);
  * an annex on a new page, "List of participants", set in TWO COLUMNS: each participant's
    name in bold, then the title, institution and country on the next line(s), wrapped inside
    the column; the left column is read first (one unit, "annex.1").

Also: two superscript footnotes with their text at the foot of the page below a short rule;
paragraphs that continue on the next page (natural flow; the build prints which). Names in
Arabic (with the ayn written as a turned comma, as UN documents print it), Lebanese, Amharic,
Nepali, Tagalog, Sinhala, Indonesian and Dutch transliteration, some with accents or hyphens
(Liberation Serif). Figures are given in digits ("1,146", "4.2 million Qatari riyals",
"10,000 Nepalese rupees") and in words ("some three quarters", "one in five", "some twelve
hundred", "nearly a third"). Several facts are near misses on purpose (a figure for one year and
not another, a State that spoke under one agenda item and not another, a follow-up workshop
with no venue or date, funding with no amount), so that unanswerable questions about them are
plausible. The document avoids the everyday words "maid", "housemaid", "Facebook" and "boss",
so that questions using them test paraphrase.

No word is hyphenated at a line end (lines break at spaces only). Deterministic output (fixed
creation date, no randomness).

Written, with its 33 gold cases (dw-) and 3 topics (dwt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_domestic_workers_recruitment_egm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no cache next to _un_pdf.py
sys.path.insert(0, str(HERE))
import _un_pdf  # noqa: E402

DOC_ID = "synthetic-domestic-workers-recruitment-egm"
ROOT = HERE.parents[2]
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.64/2025/1"
ISSUE_DATE = "20 October 2025"
JOB_NUMBER = "V.25-18947"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Crimes Against Migrant Domestic Workers and "
    "Recruitment Fraud"
)
PLACE_DATES = "Amman, 23\u201325 September 2025"

FOOTNOTES = {
    "1": (
        "Data of the Sri Lanka Bureau of Foreign Employment for the period from January to "
        "December 2024, provided by the expert."
    ),
    "2": "General Assembly resolution 55/25, annex II.",
}

# Body items, as _un_pdf.draw_body reads them.
BODY: list[tuple] = [
    ("h1", "I.", "Recommendations"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Crimes Against Migrant Domestic Workers and Recruitment "
        "Fraud adopted the following recommendations for the consideration of the Fifteenth "
        "United Nations Congress on Crime Prevention and Criminal Justice. The recommendations "
        "were not negotiated and reflect the views of the experts, who participated in their "
        "personal capacity. States of origin, transit and destination should:",
    ),
    (
        "sub",
        "a",
        "Prohibit the charging of recruitment fees and related costs to migrant domestic "
        "workers, and criminalize deceptive recruitment, including false promises about the "
        "nature, conditions or pay of the work offered and the use of debts incurred for "
        "recruitment to hold workers in debt bondage;",
    ),
    (
        "sub",
        "b",
        "Make the confiscation or retention of the passports and other identity documents of "
        "migrant domestic workers by employers or recruitment agencies a criminal offence, and "
        "ensure that workers can report it without risk of detention or deportation;",
    ),
    (
        "sub",
        "c",
        "Extend the protection of labour law to domestic workers, including:",
    ),
    (
        "subsub",
        "i",
        "A weekly day of rest, limits on daily working hours, paid annual leave and the "
        "payment of wages into a bank account in the name of the worker;",
    ),
    (
        "subsub",
        "ii",
        "The inspection of working conditions in private households by labour inspectors, "
        "subject to judicial authorization where the law so requires;",
    ),
    (
        "sub",
        "d",
        "Ensure that migrant domestic workers who report abuse are not detained or deported "
        "for immigration offences, that complaints of \u201cabsconding\u201d filed by employers "
        "do not lead to the arrest of workers who have fled abuse, and that victims may change "
        "employers while proceedings are pending;",
    ),
    (
        "sub",
        "e",
        "Train police officers, prosecutors, judges and labour inspectors to identify forced "
        "labour, trafficking in persons and sexual violence behind labour disputes and "
        "complaints of absconding;",
    ),
    (
        "sub",
        "f",
        "Strengthen cooperation between States of origin and destination, including through:",
    ),
    (
        "subsub",
        "i",
        "Bilateral agreements on labour migration that provide for standard employment "
        "contracts and joint mechanisms for handling complaints;",
    ),
    (
        "subsub",
        "ii",
        "The exchange of information on recruitment agencies whose licences have been revoked "
        "and on their owners, so that they cannot resume operations under new names;",
    ),
    (
        "sub",
        "g",
        "Give victims access to shelters, medical and psychological care, interpretation, "
        "legal aid and compensation, and enable them to recover unpaid wages after they have "
        "returned to their country of origin, including through claims pursued by consular "
        "officials on their behalf;",
    ),
    (
        "sub",
        "h",
        "Regulate online recruitment and the advertising of domestic workers on social media "
        "and messaging platforms, and prohibit advertisements that offer workers \u201cfor "
        "transfer\u201d or \u201cfor sale\u201d.",
    ),
    (
        "p",
        "2",
        "The meeting recommended that UNODC, in cooperation with the International Labour "
        "Organization and the International Organization for Migration, develop a training "
        "module for police officers, prosecutors and labour inspectors on the investigation "
        "of recruitment fraud and crimes against migrant domestic workers, and compile good "
        "practices on the recovery of unpaid wages across borders, subject to the availability "
        "of extrabudgetary resources.",
    ),
    (
        "p",
        "3",
        "The meeting further recommended that the Fifteenth Congress consider including in "
        "its declaration a reference to the particular vulnerability of migrant domestic "
        "workers to trafficking in persons, forced labour and recruitment fraud, and to the "
        "need for international cooperation in holding recruiters and employers accountable.",
    ),
    ("h1", "II.", "Summary of deliberations"),
    (
        "p",
        "4",
        "The meeting held its substantive deliberations under agenda items 4, 5 and 6. Each "
        "item was introduced by a representative of the Secretariat or of a partner "
        "organization and was followed by presentations by experts and an open discussion. "
        "The present summary, prepared by the Rapporteur with the assistance of the "
        "Secretariat, does not attribute views to individual experts, except where they "
        "described the experience of their own country or organization.",
    ),
    (
        "h2",
        "A.",
        "Scale and patterns of crimes against migrant domestic workers (agenda item 4)",
    ),
    (
        "p",
        "5",
        "Introducing the item, a representative of the Secretariat said that, according to "
        "the estimates cited in the background paper, some 14 million international migrants "
        "were employed as domestic workers, of whom some three quarters were women, and that "
        "the Arab States hosted nearly a third of them. Domestic workers were particularly "
        "exposed to abuse because they lived in the household of their employer, were often "
        "excluded from the protection of labour law and, under sponsorship systems, depended "
        "on their employer for their right to reside in the country.",
    ),
    (
        "p",
        "6",
        "She added that trafficking for forced labour in domestic work was among the forms of "
        "trafficking least often detected, since it took place behind closed doors, and that "
        "the victims detected were mostly women from South and South-East Asia and East "
        "Africa. Many cases came to light only when a worker fled the household, was taken to "
        "hospital or died.",
    ),
    (
        "p",
        "7",
        "Rania Abi-Saab (Lebanon) said that, before the economic crisis of 2019, some 250,000 "
        "migrant domestic workers had been registered in Lebanon, most of them from Ethiopia, "
        "the Philippines, Sri Lanka and Bangladesh. After the collapse of the Lebanese pound, "
        "many employers had been unable or unwilling to pay wages in United States dollars, as "
        "contracts required, and hundreds of workers had been left outside the consulates of "
        "their countries in Beirut. The Ministry of Labour had received 1,146 complaints from "
        "migrant domestic workers in 2024, some three quarters of which concerned unpaid "
        "wages. She recalled that a standard unified contract adopted by the Ministry in 2020, "
        "which would have allowed workers to end their employment without the consent of the "
        "employer, had been suspended by the State Consultative Council.",
    ),
    (
        "p",
        "8",
        "The Chair, speaking as the expert from Jordan, said that some 53,000 migrant domestic "
        "workers held valid work permits in Jordan in 2024. The Anti-Human Trafficking Unit of "
        "the Public Security Directorate had investigated 87 cases involving domestic workers "
        "in that year, 31 of which had been referred to the prosecution as trafficking in "
        "persons and the others treated as labour disputes. Amendments to the Anti-Human "
        "Trafficking Law adopted in 2021 had increased the penalties and established a fund to "
        "assist victims.",
    ),
    (
        "p",
        "9",
        "The Rapporteur, speaking as the expert from Sri Lanka, said that domestic workers had "
        "accounted for nearly 40 per cent of the 312,000 Sri Lankans who had left the country "
        "for employment abroad in 2024.{1} The Sri Lanka Bureau of Foreign Employment had "
        "received 4,870 complaints from domestic workers in that year, most often concerning "
        "the non-payment of wages, harassment and the denial of contact with their families. "
        "She noted that since 2013 women with children under five years of age had been "
        "required to obtain a family background report before migrating for domestic work, "
        "a rule that, in the view of several experts, had pushed some women towards irregular "
        "channels.",
    ),
    (
        "p",
        "10",
        "Tesfaye Gebremedhin (Ethiopia) said that his Government had lifted the ban on the "
        "deployment of domestic workers to the Middle East in 2018, after the adoption of a "
        "new overseas employment proclamation that prohibited the charging of any fee to "
        "workers bound for domestic work. Nevertheless, brokers continued to recruit young "
        "women in rural areas, charging them fees of up to 30,000 birr and arranging travel "
        "through neighbouring countries. Some twelve hundred Ethiopian women had been "
        "repatriated from Lebanon with the assistance of the Government in 2024, many of "
        "them without having been paid for months of work.",
    ),
    (
        "p",
        "11",
        "Siti Rahayu Kusumawardhani (Indonesia) said that the Ministry of Protection of "
        "Indonesian Migrant Workers had recorded 1,630 complaints from domestic workers in "
        "2024. About one in five of the complainants had left Indonesia through unofficial "
        "channels, often on tourist or pilgrimage visas, even though the placement of "
        "domestic workers with individual employers in 21 countries of the Middle East had "
        "been suspended since 2015. Such workers had no contract registered with the "
        "Indonesian authorities and were especially difficult to assist.",
    ),
    (
        "p",
        "12",
        "Many experts described the forms of abuse most frequently reported by migrant "
        "domestic workers: the confiscation of passports, the withholding of wages, excessive "
        "working hours without a day of rest, confinement in the household, deprivation of "
        "food and physical and sexual violence. Several experts observed that employers in "
        "some countries of destination filed complaints of \u201cabsconding\u201d against "
        "workers who had fled abuse, which could lead to the arrest and deportation of the "
        "worker and discouraged victims from coming forward. It was also noted that deaths of "
        "migrant domestic workers, including falls from buildings, were rarely investigated "
        "thoroughly.",
    ),
    (
        "h2",
        "B.",
        "Recruitment fraud, debt bondage and the regulation of recruitment agencies "
        "(agenda item 5)",
    ),
    (
        "p",
        "13",
        "Marisol Bautista-Reyes, observer for the International Labour Organization (ILO), "
        "introduced the item. She recalled the general principles and operational guidelines "
        "for fair recruitment of ILO, under which no recruitment fees or related costs should "
        "be charged to workers, and said that in practice migrant domestic workers from South "
        "Asia commonly paid fees equivalent to between three and nine months of wages before "
        "departure.",
    ),
    (
        "p",
        "14",
        "Bishnu Prasad Ghimire, Vice-Chair, speaking as the expert from Nepal, described the "
        "policy adopted by Nepal in 2015 under which employers in seven countries of "
        "destination were to bear the cost of visas and air tickets, and recruitment agencies "
        "could charge workers a service fee of no more than 10,000 Nepalese rupees. In "
        "practice, workers continued to pay agencies and their agents far more, often 150,000 "
        "rupees or more, and were given receipts for 10,000 rupees only. The Department of "
        "Foreign Employment had received 2,917 complaints of fraud against agencies and "
        "individual brokers in the 2023/24 fiscal year and had recovered some 410 million "
        "rupees for the complainants. He added that, because Nepal had restricted the "
        "migration of women for domestic work to the Gulf States since 2017, most Nepali "
        "women employed in domestic work there had travelled through India or on visit visas, "
        "outside the protection of the law.",
    ),
    (
        "p",
        "15",
        "Ma. Cristina dela Cruz, Vice-Chair, speaking as the expert from the Philippines, said "
        "that the Department of Migrant Workers had cancelled the licences of 46 recruitment "
        "agencies in 2024 for illegal recruitment, the charging of prohibited fees or contract "
        "substitution, and that agencies were not allowed to charge placement fees to domestic "
        "workers. Illegal recruitment committed by a syndicate or on a large scale was "
        "considered an offence involving economic sabotage, punishable by life imprisonment "
        "and a fine of up to 5 million pesos. She described contract substitution, in which a "
        "worker who had signed a contract approved in the Philippines was made to sign a "
        "second contract with a lower wage on arrival in the country of destination.",
    ),
    (
        "p",
        "16",
        "Dewi Anggraeni Puspitasari, observer for Jaringan Buruh Migran Nusantara, presented "
        "an analysis of 3,400 advertisements posted on social media and messaging groups "
        "between January and June 2025. Nearly half of the advertisements offered domestic "
        "work abroad without naming a licensed agency. Some 300 advertisements offered "
        "domestic workers who were already in a country of destination \u201cfor transfer\u201d "
        "to a new employer, for fees of between 600 and 1,200 Kuwaiti dinars, and some showed "
        "photographs and passport details of the workers concerned.",
    ),
    (
        "p",
        "17",
        "Khalid Rashid Al-Marri (Qatar) said that, under the law on domestic workers adopted "
        "by his country in 2017, domestic workers were entitled to a weekly rest day, three "
        "weeks of paid annual leave and a maximum of 10 hours of work a day, and that the "
        "requirement for domestic workers to obtain an exit permit had been abolished in "
        "2020. The Labour Dispute Settlement Committees had decided 1,380 cases brought by "
        "domestic workers in 2024 and had ordered the payment of some 4.2 million Qatari "
        "riyals in unpaid wages. Recruitment offices found to have charged fees to workers had "
        "their licences suspended.",
    ),
    (
        "p",
        "18",
        "Several experts said that debts incurred to pay recruitment fees, often borrowed from "
        "moneylenders at interest rates of 3 to 5 per cent a month, tied workers to abusive "
        "employers, since a worker who returned before the debt was repaid risked the loss of "
        "land or property pledged by the family. It was noted that such debts, combined with "
        "the confiscation of passports and confinement, met the indicators of forced labour "
        "and, where the recruiter had acted for the purpose of exploitation, could amount to "
        "trafficking in persons within the meaning of the Protocol to Prevent, Suppress and "
        "Punish Trafficking in Persons, Especially Women and Children.{2}",
    ),
    (
        "p",
        "19",
        "Experts from countries of origin stressed that much recruitment fraud was committed "
        "by unlicensed agents in villages, who were not registered and were difficult to hold "
        "liable, and that some licensed agencies used such agents to avoid liability. Several "
        "experts supported making licensed agencies jointly liable with their agents, and with "
        "employers abroad, for the harm suffered by the workers they had placed.",
    ),
    (
        "p",
        "20",
        "Jo\u00eblle Chidiac-Khoury (Lebanon), an investigating judge, said that recruitment "
        "offices in Lebanon charged employers between 2,000 and 3,000 United States dollars "
        "for each worker placed, and that many employers regarded that amount as the price of "
        "the worker, which underlay the confiscation of passports and the confinement of "
        "workers in the household. In 2024 she had indicted the owners of two recruitment "
        "offices for trafficking in persons after they had placed workers with new employers "
        "against payment and without the consent of the workers.",
    ),
    (
        "h2",
        "C.",
        "Access to justice, protection of victims and international cooperation (agenda item 6)",
    ),
    (
        "p",
        "21",
        "Introducing the item, Karim Bou-Assaf, of the Secretariat, said that few cases of "
        "crimes against migrant domestic workers reached the courts, because victims had "
        "usually returned to their country of origin long before the trial, and because "
        "complaints were often settled by the payment of part of the wages owed in exchange "
        "for the withdrawal of the complaint.",
    ),
    (
        "p",
        "22",
        "Annelies van den Berg (Netherlands) said that in her country a foreign national who "
        "might be a victim of trafficking in persons was offered a reflection period of three "
        "months, during which he or she could not be removed and could decide whether to "
        "cooperate with the authorities, and then a temporary residence permit. Victims who "
        "had been exploited in domestic work, including by the staff of diplomatic missions, "
        "had been granted such permits.",
    ),
    (
        "p",
        "23",
        "Sunita Tamang, observer for the Aama Returnee Women\u2019s Network, said that of the "
        "212 women returning from domestic work abroad whom her organization had assisted in "
        "Kathmandu in 2024, 58 had been owed wages by their employers, in amounts totalling "
        "the equivalent of about 96,000 United States dollars, and only 9 had recovered any "
        "part of that amount. Claims for unpaid wages generally lapsed once the worker had "
        "left the country of destination.",
    ),
    (
        "p",
        "24",
        "Nour el-Hoda Hamdan, observer for the Beit Sawa Legal Aid Centre, said that her "
        "centre had provided legal aid to 430 migrant domestic workers in Beirut in 2024 and "
        "that shelters in Lebanon could take in only a small fraction of the workers who "
        "sought refuge. Many workers who had left abusive households lived without documents "
        "and could not leave the country without paying fines for overstaying their residence "
        "permits.",
    ),
    (
        "p",
        "25",
        "Nuwan Jayasekara Bandara (Sri Lanka) said that the Criminal Investigation Department "
        "had arrested 23 persons in 2024 for sending women abroad for domestic work on "
        "tourist visas, with false promises of work as caregivers or in hotels, after "
        "charging each of them between 300,000 and 500,000 Sri Lankan rupees. Several of the "
        "women had been stranded in a country of transit before being sold on to employers in "
        "the Gulf States.",
    ),
    (
        "p",
        "26",
        "Ahmad Sa\u2018id al-Tarawneh (Jordan) described an investigation conducted in 2024 "
        "with the Ethiopian authorities, through a liaison officer and the exchange of "
        "evidence by videoconference, which had led to the arrest in Addis Ababa of a broker "
        "who had recruited 37 women for domestic work in Jordan with false promises of wages "
        "of 400 dollars a month. The women had been paid less than half of that amount and "
        "their passports had been kept by the recruitment office.",
    ),
    (
        "p",
        "27",
        "Mekdes Alemayehu Tadesse (Ethiopia) said that the Ethiopian courts allowed victims "
        "who had returned from abroad to testify by videoconference from the offices of the "
        "prosecution service, and that 14 brokers had been convicted of trafficking in "
        "persons in cases involving domestic workers in 2024 on the basis of such testimony.",
    ),
    (
        "p",
        "28",
        "Yohannes Woldemariam Haile, observer for the International Organization for "
        "Migration (IOM), said that IOM had assisted the return of migrant domestic workers "
        "stranded in several countries of the Middle East and stressed the need for screening "
        "returnees for signs of trafficking on arrival. Several experts proposed the "
        "establishment of a network of focal points of countries of origin and destination "
        "for the exchange of information on recruiters and employers under investigation. The "
        "expert from Nepal proposed that a follow-up regional workshop for countries of "
        "origin and destination in South Asia, East Africa and the Middle East be held after "
        "the Congress, and the Secretariat was invited to explore that possibility.",
    ),
    ("h1", "III.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "29",
        "The Expert Group Meeting on Crimes Against Migrant Domestic Workers and Recruitment "
        "Fraud was held in Amman from 23 to 25 September 2025, as part of the preparations for "
        "the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It was "
        "organized by the United Nations Office on Drugs and Crime (UNODC) and hosted by the "
        "Government of Jordan, with financial support from the Governments of the Netherlands "
        "and the Republic of Korea. The meeting was conducted in Arabic and English, with "
        "simultaneous interpretation.",
    ),
    (
        "p",
        "30",
        "The meeting was opened by Ruba al-Zu\u2018bi, Secretary-General of the Ministry of "
        "Labour of Jordan, who welcomed the participants on behalf of the Government. She said "
        "that since 2023 all contracts for migrant domestic workers in Jordan had been "
        "concluded through an electronic platform of the Ministry, and that wages were "
        "increasingly paid into bank accounts or electronic wallets in the name of the "
        "worker, which made it easier to prove non-payment.",
    ),
    (
        "p",
        "31",
        "Muna \u2018Abd al-Hadi, Officer-in-Charge of the UNODC Regional Office for the Middle "
        "East and North Africa, delivered a statement on behalf of the Executive Director. She "
        "said that recruitment fraud was often the first step towards trafficking in persons "
        "and forced labour, and that the conclusions of the meeting would be brought to the "
        "attention of the Congress.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "32",
        "At its 1st meeting, on 23 September 2025, the meeting elected the following officers "
        "by acclamation:",
    ),
    ("line", "Chair:", "Hanan Al-Khatib (Jordan)"),
    ("line", "Vice-Chair:", "Ma. Cristina dela Cruz (Philippines)"),
    ("line", "Vice-Chair:", "Bishnu Prasad Ghimire (Nepal)"),
    ("line", "Rapporteur:", "Kumudini Wickramasinghe (Sri Lanka)"),
    ("h2", "C.", "Adoption of the agenda"),
    ("p", "33", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    ("line", "4.", "Scale and patterns of crimes against migrant domestic workers."),
    (
        "line",
        "5.",
        "Recruitment fraud, debt bondage and the regulation of recruitment agencies.",
    ),
    (
        "line",
        "6.",
        "Access to justice, protection of victims and international cooperation.",
    ),
    (
        "line",
        "7.",
        "Recommendations to the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice.",
    ),
    ("line", "8.", "Adoption of the report."),
    (
        "p",
        "34",
        "The meeting held six sessions in plenary. On the afternoon of 24 September 2025, "
        "participants visited a shelter for migrant domestic workers in Amman run by a "
        "non-governmental organization, where they met staff and residents and learned about "
        "the referral of victims by the police and the Ministry of Labour.",
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        "35",
        "The meeting was attended by 13 experts from the following nine States, who "
        "participated in their personal capacity: Ethiopia, Indonesia, Jordan, Lebanon, "
        "Nepal, Netherlands (Kingdom of the), Philippines, Qatar and Sri Lanka. The experts "
        "included labour officials, police officers, prosecutors and judges.",
    ),
    (
        "p",
        "36",
        "ILO and IOM were represented by observers, as were three non-governmental "
        "organizations: the Aama Returnee Women\u2019s Network (Nepal), the Beit Sawa Legal "
        "Aid Centre (Lebanon) and Jaringan Buruh Migran Nusantara (Indonesia). The list of "
        "participants is contained in the annex to the present report.",
    ),
    ("h2", "E.", "Adoption of the report"),
    (
        "p",
        "37",
        "At its closing meeting, on 25 September 2025, the meeting adopted the present report, "
        "including the recommendations contained in chapter I, on the basis of a draft "
        "introduced by the Rapporteur.",
    ),
    (
        "p",
        "38",
        "In her closing remarks, the Chair thanked the Government of Jordan for hosting the "
        "meeting, the Governments of the Netherlands and the Republic of Korea for their "
        "financial support and UNODC for organizing it, and declared the meeting closed.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of participants"
# (name, title and institution): the left column holds the first half, read first.
PARTICIPANTS: list[tuple[str, str]] = [
    ("Rania Abi-Saab", "Head, Migrant Domestic Workers Unit, Ministry of Labour, Lebanon"),
    ("Jo\u00eblle Chidiac-Khoury", "Investigating Judge, Mount Lebanon, Lebanon"),
    (
        "Tesfaye Gebremedhin",
        "Director, Overseas Employment Directorate, Ministry of Labour and Skills, Ethiopia",
    ),
    (
        "Mekdes Alemayehu Tadesse",
        "Public Prosecutor, Human Trafficking and Smuggling of Migrants Directorate, "
        "Ministry of Justice, Ethiopia",
    ),
    (
        "Ma. Cristina dela Cruz",
        "Director, Welfare and Protection Bureau, Department of Migrant Workers, Philippines",
    ),
    (
        "Bishnu Prasad Ghimire",
        "Director General, Department of Foreign Employment, Nepal",
    ),
    (
        "Kumudini Wickramasinghe",
        "Deputy General Manager (Legal), Sri Lanka Bureau of Foreign Employment, Sri Lanka",
    ),
    (
        "Nuwan Jayasekara Bandara",
        "Chief Inspector of Police, Human Trafficking Investigation Unit, Criminal "
        "Investigation Department, Sri Lanka",
    ),
    (
        "Siti Rahayu Kusumawardhani",
        "Director of Protection, Ministry of Protection of Indonesian Migrant Workers, Indonesia",
    ),
    (
        "Hanan Al-Khatib",
        "Head, Secretariat of the National Committee for the Prevention of Trafficking in "
        "Persons, Ministry of Justice, Jordan",
    ),
    (
        "Ahmad Sa\u2018id al-Tarawneh",
        "Lieutenant Colonel, Anti-Human Trafficking Unit, Public Security Directorate, Jordan",
    ),
    (
        "Khalid Rashid Al-Marri",
        "Director, Labour Relations Department, Ministry of Labour, Qatar",
    ),
    (
        "Annelies van den Berg",
        "Senior Policy Adviser, Ministry of Justice and Security, Netherlands (Kingdom of the)",
    ),
    (
        "Marisol Bautista-Reyes",
        "Senior Specialist on Labour Migration, Regional Office for Arab States, International "
        "Labour Organization",
    ),
    (
        "Yohannes Woldemariam Haile",
        "Migrant Protection Officer, International Organization for Migration",
    ),
    (
        "Sunita Tamang",
        "Coordinator, Aama Returnee Women\u2019s Network, Kathmandu",
    ),
    ("Nour el-Hoda Hamdan", "Lawyer, Beit Sawa Legal Aid Centre, Beirut"),
    (
        "Dewi Anggraeni Puspitasari",
        "Research Coordinator, Jaringan Buruh Migran Nusantara, Jakarta",
    ),
    (
        "Muna \u2018Abd al-Hadi",
        "Officer-in-Charge, Regional Office for the Middle East and North Africa, United "
        "Nations Office on Drugs and Crime",
    ),
    (
        "Karim Bou-Assaf",
        "Crime Prevention and Criminal Justice Officer, Human Trafficking and Migrant "
        "Smuggling Section, United Nations Office on Drugs and Crime",
    ),
]

LEFT = 22.0  # left margin: headings and paragraph numbers
TEXT_X = 34.0  # paragraph text column (hanging indent)
SUB_LABEL_X = 34.0  # "(a)" labels
SUB_TEXT_X = 44.0  # sub-item text column
SUBSUB_LABEL_X = 44.0  # "(i)" labels
SUBSUB_TEXT_X = 54.0
LINE_LABEL_X = 44.0  # agenda numbers / officer titles
LINE_TEXT_X_AGENDA = 52.0
LINE_TEXT_X_OFFICER = 68.0
RIGHT = 170.0  # right edge of the text block
FONT_SIZE = 10.0
LEAD = 4.75  # line height in mm
PARA_GAP = 2.2

# annex: two columns of participants
ANNEX_COL_GAP = 8.0
ANNEX_COL_W = (RIGHT - TEXT_X - ANNEX_COL_GAP) / 2
ANNEX_COLS = [TEXT_X, TEXT_X + ANNEX_COL_W + ANNEX_COL_GAP]
ANNEX_FONT = 9.5
ANNEX_LEAD = 4.3
ANNEX_ENTRY_GAP = 2.6


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_GEOMETRY = _un_pdf.Geometry.of(globals())


def _draw_annex(pdf: UNReport, lay: _un_pdf.Layout) -> None:
    """The annex on a new page: "Annex", "List of participants" and the participants in two
    columns, the first half in the left column, each a bold name over its title lines wrapped
    inside the column; every entry belongs to the unit "annex.1"."""
    y = lay.new_page()
    pdf.set_font("Serif", "B", 11)
    pdf.text(LEFT, y, ANNEX_HEADING)
    y += LEAD + 3.0
    pdf.set_font("Serif", "B", 10)
    pdf.text(TEXT_X, y, ANNEX_SUBTITLE)
    top = y + LEAD + 5.0
    half = (len(PARTICIPANTS) + 1) // 2
    for col, entries in enumerate((PARTICIPANTS[:half], PARTICIPANTS[half:])):
        x = ANNEX_COLS[col]
        y = top
        for name, title in entries:
            pdf.set_font("Serif", "B", ANNEX_FONT)
            pdf.text(x, y, name)
            pdf.set_font("Serif", "", ANNEX_FONT)
            for words, _ in _un_pdf.wrap(pdf, title, ANNEX_COL_W):
                y += ANNEX_LEAD
                pdf.text(x, y, " ".join(words))
            lay.record("annex.1", f"{name} | {title}")
            y += ANNEX_LEAD + ANNEX_ENTRY_GAP
            if y > lay.limit():
                raise RuntimeError("the list of participants does not fit on one page")


def render(total_pages: int) -> tuple[UNReport, _un_pdf.Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 10, 20), FONTS, total_pages
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
    _un_pdf.draw_body(pdf, lay, BODY, _GEOMETRY, y)
    _draw_annex(pdf, lay)
    lay.flush_footnotes()
    return pdf, lay


plain = _un_pdf.plain


def _unit_ids() -> list[tuple[str, tuple]]:
    """The unit id of each paragraph, sub-item and nested item of BODY, with the item."""
    out: list[tuple[str, tuple]] = []
    last_para = last_sub = ""
    for item in BODY:
        kind = item[0]
        if kind == "p":
            last_para, last_sub = item[1], ""
            out.append((last_para, item))
        elif kind == "sub":
            last_sub = item[1]
            out.append((f"{last_para}({last_sub})", item))
        elif kind == "subsub":
            out.append((f"{last_para}({last_sub})({item[1]})", item))
    return out


def units() -> list[dict]:
    """The expected units, in document order, from the same data the PDF is drawn from. A
    paragraph's officer or agenda lines and footnote texts are further strings of its
    "contains"; the list of participants is the unit "annex.1", one string per participant
    (name, then title), left column before right column."""
    out: list[dict] = [
        _un_pdf.front_unit(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
    ]
    by_id: dict[str, dict] = {}
    for uid, item in _unit_ids():
        u = {"id": uid, "text": plain(item[2])}
        by_id[uid] = u
        out.append(u)
    last_para = ""
    for item in BODY:
        if item[0] == "p":
            last_para = item[1]
        elif item[0] == "line":
            by_id[last_para].setdefault("extra", []).append(f"{item[1]} {item[2]}")
    # footnote texts after everything else the unit holds
    for uid, item in _unit_ids():
        for m in _un_pdf.MARK_RE.findall(item[2]):
            by_id[uid].setdefault("extra", []).append(FOOTNOTES[m])
    for u in out:
        if "extra" in u:
            u["contains"] = [u.pop("text"), *u.pop("extra")]
    out.append({"id": "annex.1", "contains": [f"{n}\n{t}" for n, t in PARTICIPANTS]})
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
    print(f"wrote {target}: pages={info['pages']}")
    print(f"split paragraphs (unit: pages): {info['split']}")
    print(f"footnote pages: {info['footnote_pages']}")
    print(f"first pages: {info['first_page']}")
    print(f"wrote {UNITS_OUT}")
