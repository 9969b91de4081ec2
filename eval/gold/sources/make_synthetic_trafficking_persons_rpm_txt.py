"""Generate eval/gold/docs/synthetic-trafficking-persons-rpm.txt (an ODS "text" export).

SYNTHETIC TEST DOCUMENT: a fictional report of an Asia-Pacific regional preparatory meeting
on trafficking in persons (forced labour, forced criminality, sexual exploitation, removal of
organs; identification of victims and the non-punishment principle), held in Bangkok in May
2025 in preparation for the Fifteenth United Nations Congress on Crime Prevention and
Criminal Justice. It is not a United Nations document.

The text file imitates what the United Nations Official Document System gives as the "text"
version of a report, i.e. what ``pdftotext -layout`` makes of the PDF:

1. fpdf2 (2.8.9) lays out a PDF in the UN style (Liberation Serif 2.x fonts): masthead with
   the symbol, the Congress as the issuing organ next to the distribution block, title, place
   and dates; headings "I." / "A."; numbered paragraphs whose number sits at the left margin
   of the text with the first line after a tab and the following lines back at the margin
   (UN "SingleTxtG"); lettered sub-paragraphs (a), (b) ... and roman (i), (ii) under them,
   laid out the same way; officer and agenda lines inside a paragraph; justified lines, with
   long words HYPHENATED at line ends (a simple syllable rule; a line may also break after
   the hyphen of a compound such as "non-punishment"); superscript footnote marks with the
   footnote text at the foot of the page under a short rule; running header with the symbol
   (pages 2 ff.) and footer with "n/N" and the job number; paragraphs that run over page
   breaks; an annex with the list of participants by State.
2. The PDF (written to /tmp, not kept) is converted to text. ``pdftotext`` (poppler) was NOT
   installed on the machine that made the file, so pdfplumber 0.11.10 (pdfminer.six
   20260107) ``Page.extract_text(layout=True)`` is used instead, one page at a time; trailing
   blanks are stripped from each line and, as pdftotext does, each page ends with a form
   feed ("\\f"). The blank lines and indentation that pdfplumber puts before the first line
   are cut, so that the file starts with the synthetic-document line.

The output is deterministic (fixed creation date, no randomness).

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_trafficking_persons_rpm_txt.py
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
import tempfile
from pathlib import Path

import _un_pdf
import pdfplumber

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-trafficking-persons-rpm.txt"
PDF_OUT = Path(tempfile.gettempdir()) / "synthetic-trafficking-persons-rpm.pdf"

FONTS = _un_pdf.liberation(_un_pdf.FONT_ROOT / "liberation2")

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "A/CONF.999/RPM.3/1"
ISSUE_DATE = "23 May 2025"
JOB_NUMBER = "V.25-08317"
ORGAN = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Asia-Pacific Regional Preparatory Meeting on Trafficking in Persons for "
    "the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Bangkok, 12\u201314 May 2025"

FOOTNOTES = {
    "1": "United Nations, Treaty Series, vol. 2237, No. 39574.",
    "2": "United Nations publication, 2024.",
    "3": (
        "Figures provided by the Labour and Human Resource Department of the Government of "
        "Punjab as at 31 December 2024."
    ),
}

AP = "\u2019"  # typographic apostrophe
LAO = f"Lao People{AP}s Democratic Republic"

# ("h1"|"h2", label, text)   headings
# ("p", number, text)        numbered paragraph
# ("sub", letter, text)      lettered sub-paragraph of the last paragraph
# ("subsub", roman, text)    roman sub-paragraph of the last lettered one
# ("line", label, text)      officer or agenda line inside the last paragraph
# ("annex",)                 new page, "Annex" / "List of participants"
# ("state", name)            a State in the list of participants
# ("person", text)           a participant under the last State
# A footnote mark is written "{n}" right after the word that carries it.
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "1",
        "The Asia-Pacific Regional Preparatory Meeting on Trafficking in Persons for the "
        "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice was held "
        "in Bangkok from 12 to 14 May 2025. It was organized by the United Nations Office on "
        "Drugs and Crime (UNODC) in cooperation with the Economic and Social Commission for "
        "Asia and the Pacific (ESCAP), and was hosted by the Government of Thailand through "
        "its Ministry of Justice at the United Nations Conference Centre. Interpretation was "
        "provided in Chinese, English and Russian.",
    ),
    (
        "p",
        "2",
        "The meeting was convened to enable the States of the region to contribute to the "
        "preparations for the Fifteenth Congress on the subject of trafficking in persons, in "
        "particular for the purposes of forced labour, forced criminality, sexual "
        "exploitation and the removal of organs, and to discuss the identification of victims "
        "and the principle that victims should not be punished for unlawful acts that they "
        "were compelled to commit as a direct consequence of having been trafficked. "
        "Participants were invited to review the implementation in the region of the Protocol "
        "to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
        "Children, supplementing the United Nations Convention against Transnational "
        "Organized Crime.{1}",
    ),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "3",
        "The meeting was opened by Pornthip Sirisawat, Permanent Secretary of the Ministry of "
        "Justice of Thailand, who welcomed participants on behalf of the Government. She "
        "recalled that Thailand had adopted a national action plan against trafficking in "
        "persons for the period 2025\u20132029 and that, in 2024, the Thai authorities had "
        "identified 1,384 victims of trafficking, more than half of whom were foreign "
        "nationals. She stressed that no country of the region could address the problem "
        "alone, since most of the victims identified in Thailand had been recruited in a "
        "neighbouring country or were being moved onward to a third country.",
    ),
    (
        "p",
        "4",
        "Joaquín Arriola Benítez, Director of the Division for Treaty Affairs of UNODC, made "
        "a statement on behalf of the Executive Director. He noted that, according to the "
        "Global Report on Trafficking in Persons 2024,{2} the number of detected victims "
        "worldwide had risen by a quarter compared with the period before the pandemic, and "
        "that the share of victims trafficked for forced labour had grown faster than any "
        "other. He informed participants that the conclusions and recommendations of the "
        "meeting would be transmitted to the Fifteenth Congress, to be held in the United "
        "Arab Emirates in 2026.",
    ),
    (
        "p",
        "5",
        "Ngaire Te Awa-Whitmore, Chief of the Social Development Division of ESCAP, observed "
        "that poorly regulated labour migration remained the main channel through which "
        "people in the region were recruited into exploitation, and that remittances sent "
        "home by migrant workers exceeded the official development assistance received by "
        "many countries of origin. She called for closer cooperation between the authorities "
        "responsible for labour migration and those responsible for criminal justice.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "6",
        "At its opening session, on 12 May 2025, the meeting elected the following officers "
        "by acclamation:",
    ),
    ("line", "Chair:", "Wichai Thongprasert (Thailand)"),
    ("line", "Vice-Chair:", "Nguyễn Thị Lan Phương (Viet Nam)"),
    ("line", "Vice-Chair:", "Elif Doğan Kaya (Türkiye)"),
    ("line", "Rapporteur:", "Ana Lúcia Soares Guterres (Timor-Leste)"),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    (
        "p",
        "7",
        "Also at its opening session, the meeting adopted the following agenda:",
    ),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    (
        "line",
        "4.",
        "Trafficking in persons for the purposes of forced labour, forced criminality, "
        "sexual exploitation and the removal of organs: regional trends and responses.",
    ),
    (
        "line",
        "5.",
        "Identification of victims of trafficking and application of the non-punishment principle.",
    ),
    ("line", "6.", "Conclusions and recommendations."),
    ("line", "7.", "Adoption of the report."),
    (
        "p",
        "8",
        "The meeting agreed to consider agenda item 4 on the first day and the morning of the "
        "second day, and agenda item 5 on the afternoon of the second day. The Secretariat had "
        "prepared a discussion paper (A/CONF.999/RPM.3/CRP.1) and a compilation of the replies "
        "to a questionnaire on national legislation and practice, to which 19 States of the "
        "region had responded.",
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        "9",
        "The meeting was attended by representatives of the following twenty-two States: "
        "Australia, Bangladesh, Cambodia, China, Fiji, India, Indonesia, Japan, "
        f"{LAO}, Malaysia, Mongolia, Myanmar, Nepal, Pakistan, Philippines, Republic of "
        "Korea, Sri Lanka, Thailand, Timor-Leste, Türkiye, United Arab Emirates and Viet "
        "Nam. The International Labour Organization (ILO), the International Organization "
        "for Migration (IOM), the Office of the United Nations High Commissioner for Human "
        "Rights (OHCHR) and the Secretariat of the Association of Southeast Asian Nations "
        "(ASEAN) were represented by observers, as were several civil society organizations. "
        "In total, 118 participants attended the meeting, of whom sixty-three were women. The "
        "list of participants by State is contained in the annex to the present report.",
    ),
    ("h1", "II.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Trafficking in persons for the purposes of forced labour, forced criminality, "
        "sexual exploitation and the removal of organs: regional trends and responses "
        "(agenda item 4)",
    ),
    (
        "p",
        "10",
        "A representative of the Secretariat introduced the agenda item. She explained that "
        "in the region the victims detected who had been trafficked for forced labour now "
        "outnumbered those trafficked for sexual exploitation, and that about a third of all "
        "detected victims were children. Forced labour was concentrated in fishing, "
        "construction, domestic work, agriculture and manufacturing, while trafficking for "
        "forced criminality, in particular in online scam compounds, had grown rapidly since "
        "2021. Trafficking for the removal of organs was rarely detected, but was believed to "
        "be seriously under-reported.",
    ),
    (
        "p",
        "11",
        "Statements were made by the representatives of Bangladesh, Cambodia, India, "
        f"Indonesia, Japan, the {LAO}, Nepal, Pakistan, the Philippines, "
        "Thailand, Türkiye and Viet Nam. Statements were also made by the observers for ILO "
        "and IOM and by an expert from Nepal.",
    ),
    (
        "p",
        "12",
        "Rizky Pratama Wicaksono, representative of Indonesia, reported that in 2024 his "
        "Government had assisted 1,127 Indonesian fishers who had been subjected to forced "
        "labour on distant-water fishing vessels, some of whom had been kept at sea for more "
        "than two years without being allowed to go ashore. Many of them had paid "
        "recruitment fees of up to 2,000 United States dollars to manning agencies and had "
        "had their wages withheld until the end of their contracts. He called on flag States "
        "to inspect the vessels flying their flag and to require that crew lists be shared "
        "with the countries of origin of the crew.",
    ),
    (
        "p",
        "13",
        "The representative of Thailand stated that the port-in, port-out control centres of "
        "his country had inspected some 48,000 arrivals of fishing vessels in 2024 and had "
        "referred 37 cases to the police for investigation. Labour inspectors were now "
        "accompanied by interpreters speaking the languages of the crews, and workers were "
        "interviewed away from the vessel and out of sight of the captain.",
    ),
    (
        "p",
        "14",
        "Tasnim Rahman Chowdhury, representative of Bangladesh, said that a survey of 2,400 "
        "returning migrant workers conducted in 2024 had found that forty-one per cent of "
        "them had paid more than 4,000 United States dollars to recruiters and brokers to "
        "obtain work abroad, often by selling land or borrowing at high interest. Such debts "
        "made workers easy to control at destination. She called on countries of "
        "destination to apply the \u201cemployer pays\u201d principle, under which the cost "
        "of recruitment was borne by the employer and not by the worker.",
    ),
    (
        "p",
        "15",
        "The representative of Pakistan described efforts to eradicate bonded labour in "
        "brick kilns and agriculture under the Bonded Labour System (Abolition) Act of "
        "1992. In Punjab province, some 11,000 brick kilns had been registered with the "
        "labour department, and inspectors had released 286 bonded labourers in 2024, "
        "including 97 children.{3} District vigilance committees had been reactivated, but "
        "prosecutions of kiln owners remained rare.",
    ),
    (
        "p",
        "16",
        "Haruka Tanabe, representative of Japan, informed participants that the Technical "
        "Intern Training Programme would be replaced in 2027 by a new system of employment "
        "for skill development, under which foreign workers would be allowed to change "
        "employers after one to two years. The reform responded to concerns that the "
        "inability to change employers had exposed trainees to abuse, including the "
        "confiscation of passports and the payment of excessive fees in their countries of "
        "origin.",
    ),
    (
        "p",
        "17",
        "The observer for ILO recalled that, according to the most recent global estimates, "
        "27.6 million people were in forced labour on any given day, of whom some 15.1 million "
        "were in Asia and the Pacific. She noted that only a handful of States of the region "
        "had ratified the Protocol of 2014 to the Forced Labour Convention, 1930, and "
        "encouraged the others to do so.",
    ),
    (
        "p",
        "18",
        f"Bounmy Phommachanh, representative of the {LAO}, reported that in "
        "2024 joint operations in the Golden Triangle Special Economic Zone, in Bokeo "
        "province, had led to the release of some 800 foreign nationals of eleven "
        "countries who had been held in compounds and forced to commit online fraud. The "
        "authorities had closed more than 60 premises and had deported persons found to be "
        "involved in managing the operations. He acknowledged that screening so many people "
        "of different nationalities at the same time had been difficult and had depended on "
        "the help of the embassies concerned and of IOM.",
    ),
    (
        "p",
        "19",
        "Nguyễn Thị Lan Phương, speaking as the representative of Viet Nam, stated that her "
        "authorities had received 2,143 Vietnamese nationals returned from scam compounds in "
        "Cambodia and Myanmar since the beginning of 2023, of whom fewer than one in four "
        "had been formally identified as victims of trafficking. Many returnees had been "
        "recruited through advertisements on social media for jobs in casinos or online "
        "marketing, and some had been sold from one compound to another.",
    ),
    (
        "p",
        "20",
        "The representative of Cambodia said that a hotline established in 2024 to receive "
        "complaints about online scams and forced labour in compounds had received some "
        "1,900 calls in its first year, a third of them from abroad. She noted that many of "
        "the persons found in the compounds did not regard themselves as victims and "
        "refused to cooperate with the authorities, which made identification difficult.",
    ),
    (
        "p",
        "21",
        "The representative of India reported that more than 1,100 Indian nationals "
        "recruited for fictitious jobs in information technology had been brought home "
        "from compounds in South-East Asia since 2022. The Government had issued travel "
        "advisories, had blocked several thousand bank accounts and mobile numbers used by "
        "the recruiters and had prosecuted 47 recruiting agents.",
    ),
    (
        "p",
        "22",
        "Ma. Cristina Peñalosa-Dizon, Undersecretary of Justice of the Philippines, reported "
        "that in 2024 the courts of her country had convicted 212 persons of trafficking, "
        "some sixty per cent of them in cases of online sexual exploitation of children, in "
        "which abuse was livestreamed to offenders abroad who paid for it through money "
        "transfer services. She stressed that cooperation with financial intelligence units "
        "and with the countries where the offenders lived had been decisive in identifying "
        "both the offenders and the children.",
    ),
    (
        "p",
        "23",
        "The representative of Nepal said that women and girls from Nepal continued to be "
        "trafficked for sexual exploitation across the open border with India and, through "
        "irregular channels, to countries of the Gulf, often after having been promised work "
        "as domestic workers. Inside the country, girls were exploited in dance bars and "
        "massage parlours in Kathmandu. The national rapporteur on trafficking in persons had "
        "estimated that some 35,000 persons had been trafficked in a single year.",
    ),
    (
        "p",
        "24",
        "Elif Doğan Kaya, speaking as the representative of Türkiye, stated that her "
        "authorities had identified 412 victims of trafficking in 2024, most of them women "
        "from Central Asia and Eastern Europe trafficked for sexual exploitation, and that "
        "victims were accommodated in State shelters in Ankara, Istanbul and Kırıkkale. She "
        "noted that victims who were foreign nationals were issued a humanitarian residence "
        "permit of up to one year, which could be renewed.",
    ),
    (
        "p",
        "25",
        "Anjali Shrestha-Koirala, a nephrologist invited as an expert from Nepal, presented "
        "research on trafficking for the removal of organs in the Kavrepalanchok district, "
        "where brokers had for years recruited poor men to sell a kidney to patients in "
        "India. A study of 89 donors had found that almost all had been in debt, that half "
        "had not received the full amount promised and that most had received no medical "
        "follow-up after the operation. She stressed that such cases were very seldom "
        "prosecuted, since the donors rarely regarded themselves as victims.",
    ),
    (
        "p",
        "26",
        "The representative of India stated that transplants were regulated under the "
        "Transplantation of Human Organs and Tissues Act of 1994, under which a transplant "
        "from a living donor who was not a near relative had to be approved by an "
        "authorization committee. In 2024, the police had dismantled a network that had "
        "arranged some fifteen illegal kidney transplants with donors from a neighbouring "
        "country who had been given forged documents showing them to be relatives of the "
        "recipients.",
    ),
    (
        "p",
        "27",
        "Several speakers noted that trafficking for the removal of organs required the "
        "involvement of medical professionals and hospitals, and that the health sector "
        "therefore had a key role in its detection. Reference was made to the Declaration of "
        "Istanbul on Organ Trafficking and Transplant Tourism, and speakers called for "
        "registries of transplants and of living donors, for the follow-up of donors and for "
        "training of transplant professionals to recognize indicators of trafficking.",
    ),
    (
        "p",
        "28",
        "The observer for IOM reported that the organization had assisted 5,318 victims of "
        "trafficking in the region in 2024, forty-four per cent of whom were men. For the "
        "first time, victims of forced criminality had outnumbered those of sexual "
        "exploitation among the victims assisted by IOM in South-East Asia. He stressed that "
        "recruitment took place increasingly online, through social media and messaging "
        "applications, and called for cooperation with technology companies.",
    ),
    (
        "p",
        "29",
        "Many speakers emphasized the importance of financial investigations, including the "
        "tracing of payments made in cryptocurrencies, and of confiscating the proceeds of "
        "trafficking so that they could be used to compensate victims. Speakers also noted "
        "that joint investigation teams and the exchange of liaison officers had proved "
        "effective in cases involving several countries, but that mutual legal assistance "
        "requests often took more than a year to be executed.",
    ),
    (
        "p",
        "30",
        "Mi-rae Seo, representative of the Republic of Korea, described legislation in force "
        "since 2023 under which the police could open an investigation on the basis of "
        "indicators of trafficking without waiting for a complaint by the victim. The "
        "representative of Mongolia noted that Mongolian women had been recruited through "
        "marriage brokers and that, in some cases, the marriages had led to forced labour or "
        "sexual exploitation.",
    ),
    (
        "h2",
        "B.",
        "Identification of victims of trafficking and application of the non-punishment "
        "principle (agenda item 5)",
    ),
    (
        "p",
        "31",
        "A representative of the Secretariat introduced the agenda item. He recalled that "
        "victims of trafficking were often arrested, detained or prosecuted for immigration "
        "offences, for prostitution-related offences, for the use of false documents or, in "
        "the case of forced criminality, for fraud and drug offences. The non-punishment "
        "principle did not grant victims blanket immunity, but required an assessment in "
        "each case of whether the offence was a direct consequence of their having been "
        "trafficked.",
    ),
    (
        "p",
        "32",
        "Statements were made by the representatives of Australia, Indonesia, Malaysia, the "
        "Philippines, Sri Lanka and Thailand. Statements were also made by the observer for "
        "OHCHR and by an observer for a civil society organization.",
    ),
    (
        "p",
        "33",
        "The representative of Australia stated that the non-punishment principle was "
        "applied in her country through prosecution guidelines rather than through "
        "legislation, and that prosecutors were required to consider whether a suspect might "
        "be a victim of trafficking before deciding to prosecute. In the 2023\u20132024 "
        "financial year, the Australian Federal Police had received 384 reports of "
        "trafficking and slavery-like practices, of which a third concerned forced marriage.",
    ),
    (
        "p",
        "34",
        "Ahmad Faizal bin Rosli, representative of Malaysia, recalled that the "
        "Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act had been amended in "
        "2022 to define forced labour and to extend the protection available to victims. "
        "Persons believed to be victims could be placed under an interim protection order for "
        "21 days, followed by a protection order of up to three months, and victims were "
        "now allowed to move freely and to work while their cases were pending.",
    ),
    (
        "p",
        "35",
        "The representative of Indonesia reported that the Attorney General had issued "
        "guidelines in 2024 under which prosecutors were not to charge returnees from scam "
        "compounds with fraud where there were indications that they had been deceived and "
        "coerced, and were instead to treat them as witnesses against their recruiters. The "
        "representative of the Philippines noted that her country had adopted a similar "
        "approach.",
    ),
    (
        "p",
        "36",
        "Dilini Wickramasinghe, representative of Sri Lanka, described the screening of "
        "returning migrant workers at Bandaranaike International Airport, where officers "
        "trained to recognize indicators of trafficking interviewed returnees in private. "
        "She reported that in one case in three the screening interview had revealed "
        "exploitation that had not been recorded at the time of return.",
    ),
    (
        "p",
        "37",
        "The representative of Thailand stated that multidisciplinary teams composed of "
        "police officers, social workers and interpreters carried out the screening of "
        "presumed victims, and that persons were given a recovery and reflection period of "
        "at least 30 days before being asked to decide whether to cooperate with the "
        "authorities. He acknowledged that the shortage of interpreters for some languages "
        "remained a serious obstacle.",
    ),
    (
        "p",
        "38",
        "Søren Kjærgaard Holm, observer for OHCHR, stressed that the non-punishment principle "
        "applied to all unlawful acts committed as a direct consequence of trafficking, "
        "including serious offences, and that its application should not depend on the "
        "victim\u2019s willingness to cooperate with the investigation. Victims should not be "
        "held in immigration detention, and children should be presumed to be children where "
        "their age was uncertain.",
    ),
    (
        "p",
        "39",
        "An observer for a civil society organization, who had herself been trafficked to a "
        "scam compound, described how she had been charged with fraud and held in pretrial "
        "detention for five months after escaping, and had been identified as a victim only "
        "when a lawyer from a non-governmental organization took up her case. She called for "
        "the involvement of survivors in the design of identification procedures.",
    ),
    (
        "p",
        "40",
        "Speakers noted that, of the 19 States that had replied to the questionnaire, only "
        "seven had a non-punishment provision in their legislation, while the others relied "
        "on the discretion of prosecutors. Several speakers warned that screening large "
        "numbers of people released at the same time, in a short period and without "
        "interpreters, led to victims being missed and treated as irregular migrants or "
        "offenders.",
    ),
    ("h1", "III.", "Conclusions and recommendations"),
    (
        "p",
        "41",
        "The meeting concluded that trafficking in persons in the region had diversified, "
        "that forced labour and forced criminality now accounted for a growing share of "
        "detected cases, and that the misuse of online platforms for recruitment and of "
        "digital payments for the laundering of proceeds called for new forms of cooperation. "
        "Victims who were not identified were at risk of being punished for the very acts "
        "they had been forced to commit.",
    ),
    (
        "p",
        "42",
        "The meeting identified the following recommendations, which were not negotiated, for "
        "the consideration of the Fifteenth Congress. Member States should:",
    ),
    (
        "sub",
        "a",
        "Ratify or accede to the Trafficking in Persons Protocol and the Protocol of 2014 to "
        "the Forced Labour Convention, 1930, where they have not yet done so;",
    ),
    (
        "sub",
        "b",
        "Strengthen the regulation of labour recruitment, including by:",
    ),
    (
        "subsub",
        "i",
        "Prohibiting the charging of recruitment fees and related costs to workers, in "
        "line with the \u201cemployer pays\u201d principle;",
    ),
    (
        "subsub",
        "ii",
        "Licensing and monitoring recruitment agencies, manning agencies and online job platforms;",
    ),
    (
        "subsub",
        "iii",
        "Concluding agreements between countries of origin and of destination that protect "
        "the rights of migrant workers;",
    ),
    (
        "sub",
        "c",
        "Recognize in their legislation that trafficking in persons includes exploitation in "
        "criminal activities, and strengthen cooperation against scam compounds, including "
        "through joint investigations and the tracing of payments in cryptocurrencies;",
    ),
    (
        "sub",
        "d",
        "Prevent and combat trafficking for the removal of organs, including by:",
    ),
    (
        "subsub",
        "i",
        "Requiring the independent verification of the relationship between a living donor "
        "and the recipient;",
    ),
    (
        "subsub",
        "ii",
        "Keeping national registries of transplants and ensuring the medical follow-up of "
        "living donors;",
    ),
    (
        "sub",
        "e",
        "Include in their legislation a provision on the non-punishment of victims of "
        "trafficking that covers all offences committed as a direct consequence of their "
        "having been trafficked, and train police officers, prosecutors and judges in its "
        "application;",
    ),
    (
        "sub",
        "f",
        "Establish or strengthen national referral mechanisms, with multidisciplinary "
        "screening teams, interpreters and a recovery and reflection period for presumed "
        "victims;",
    ),
    (
        "sub",
        "g",
        "Collect and share data on victims and offenders, disaggregated by sex, age, "
        "nationality and form of exploitation.",
    ),
    (
        "p",
        "43",
        "The meeting recommended that UNODC:",
    ),
    (
        "sub",
        "a",
        "Develop, in cooperation with ILO and IOM, practical guidance for the screening of "
        "large numbers of persons released from scam compounds;",
    ),
    (
        "sub",
        "b",
        "Support Member States in training the health sector to detect trafficking for the "
        "removal of organs;",
    ),
    (
        "sub",
        "c",
        "Continue to publish the Global Report on Trafficking in Persons every two years, with "
        "regional data on forced criminality.",
    ),
    (
        "p",
        "44",
        "The meeting further recommended that the Fifteenth Congress consider including in "
        "its declaration a commitment by Member States to ensure that victims of trafficking "
        "are not punished for unlawful acts that they were compelled to commit, and to report "
        "on progress to the Commission on Crime Prevention and Criminal Justice.",
    ),
    ("h1", "IV.", "Adoption of the report"),
    (
        "p",
        "45",
        "At its closing session, on 14 May 2025, the meeting adopted the present report, on "
        "the understanding that the Rapporteur, with the assistance of the Secretariat, would "
        "finalize it. In his closing remarks, the Chair thanked the Government of Thailand for "
        "hosting the meeting and the Governments of Australia and Japan for their financial "
        "support.",
    ),
    ("annex",),
    ("state", "Australia"),
    ("person", "Claire Fitzgerald-Nguyen, Assistant Secretary, Attorney-General\u2019s Department"),
    ("person", "Tomás Ferreira Lindqvist, Australian Federal Police"),
    ("state", "Bangladesh"),
    ("person", "Tasnim Rahman Chowdhury, Joint Secretary, Ministry of Home Affairs"),
    ("state", "Cambodia"),
    ("person", "Sophea Chanthou, Deputy Director, National Committee for Counter Trafficking"),
    ("state", "China"),
    ("person", "Liu Jianhua, Ministry of Public Security"),
    ("person", "Zhou Meiling, Ministry of Foreign Affairs"),
    ("state", "Fiji"),
    ("person", "Losana Vuniwaqa-Reddy, Office of the Director of Public Prosecutions"),
    ("state", "India"),
    ("person", "Rajeev Menon Iyer, Ministry of Home Affairs"),
    ("person", "Priya Raghunathan, National Investigation Agency"),
    ("state", "Indonesia"),
    ("person", "Rizky Pratama Wicaksono, Ministry of Foreign Affairs"),
    ("person", "Dewi Kartika Sari, Attorney General\u2019s Office"),
    ("state", "Japan"),
    ("person", "Haruka Tanabe, Ministry of Justice"),
    ("state", LAO),
    ("person", "Bounmy Phommachanh, Ministry of Public Security"),
    ("state", "Malaysia"),
    ("person", "Ahmad Faizal bin Rosli, Ministry of Home Affairs"),
    ("state", "Mongolia"),
    ("person", "Oyuntsetseg Batbayar, General Police Department"),
    ("state", "Myanmar"),
    ("person", "Khin Mar Aye, Ministry of Home Affairs"),
    ("state", "Nepal"),
    ("person", "Sushila Adhikari, Ministry of Women, Children and Senior Citizens"),
    ("person", "Anjali Shrestha-Koirala, expert, Tribhuvan University Teaching Hospital"),
    ("state", "Pakistan"),
    ("person", "Farrukh Iqbal Qureshi, Federal Investigation Agency"),
    ("state", "Philippines"),
    ("person", "Ma. Cristina Peñalosa-Dizon, Undersecretary, Department of Justice"),
    ("state", "Republic of Korea"),
    ("person", "Mi-rae Seo, Korean National Police Agency"),
    ("state", "Sri Lanka"),
    ("person", "Dilini Wickramasinghe, Sri Lanka Bureau of Foreign Employment"),
    ("state", "Thailand"),
    ("person", "Wichai Thongprasert, Ministry of Justice"),
    ("person", "Pornthip Sirisawat, Ministry of Justice"),
    ("person", "Kittipong Chaiyaporn, Royal Thai Police"),
    ("state", "Timor-Leste"),
    ("person", "Ana Lúcia Soares Guterres, Ministry of Justice"),
    ("state", "Türkiye"),
    ("person", "Elif Doğan Kaya, Directorate General of Migration Management"),
    ("state", "United Arab Emirates"),
    ("person", "Mariam Al Suwaidi, National Committee to Combat Human Trafficking"),
    ("state", "Viet Nam"),
    ("person", "Nguyễn Thị Lan Phương, Ministry of Public Security"),
    ("person", "Trần Quốc Bảo, Ministry of Labour, Invalids and Social Affairs"),
]

# --------------------------------------------------------------------------------------------
# layout (mm, A4)
# --------------------------------------------------------------------------------------------
LEFT = 22.0  # headings' labels
MARGIN = 42.0  # UN SingleTxtG: paragraph number and continuation lines
FIRST_TAB = 52.0  # first line of a numbered paragraph after its number
SUB_LABEL_X = 52.0  # "(a)"
SUB_TAB = 62.0
SUBSUB_LABEL_X = 62.0  # "(i)"
SUBSUB_TAB = 72.0
LINE_LABEL_X = 52.0  # officer titles / agenda numbers
LINE_TEXT_X_OFFICER = 80.0
LINE_TEXT_X_AGENDA = 60.0
HEAD_TEXT_X = 42.0
RIGHT = 175.0
TOP_BODY = 30.0
BOTTOM = 266.0
FONT_SIZE = 10.0
LEAD = 4.4
PARA_GAP = 2.1
FN_SIZE = 8.0
FN_LEAD = 3.4
FN_LAST = 269.0


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


split_mark = _un_pdf.split_mark
word_width = _un_pdf.word_width
draw_line = _un_pdf.draw_line

_VOWELS = set("aeiouy")
_NO_SPLIT = {"ch", "sh", "th", "ph", "ck", "gh", "wh", "qu"}
_ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sp", "st", "tr"}
_SUFFIXES = {"red", "ted", "ded", "ned", "les", "res", "ses", "ces", "ges", "ved"}


def hyphen_points(word: str) -> list[int]:
    """Where a word may be broken with a hyphen: a crude syllable rule (V-CV, VC-CV) on
    lowercase words of 7+ letters, at least 3 letters on each side; after the hyphen of a
    compound."""
    core = word.rstrip(".,;:)\u201d\u2019")
    points: list[int] = []
    if "-" in core:
        for m in re.finditer("-", core):
            if m.start() >= 2 and len(core) - m.end() >= 3 and core[m.end()].islower():
                points.append(m.end())  # break after the hyphen, no extra hyphen
        return points
    if not (core.isalpha() and core.islower() and len(core) >= 7):
        return points
    for i in range(3, len(core) - 2):
        a, b = core[i - 1], core[i]
        if (
            core[i - 2 : i] in _NO_SPLIT
            or core[i : i + 2] in _NO_SPLIT
            or core[i - 1 : i + 1] in _NO_SPLIT
        ):
            continue
        if a + b in _ONSETS or core[i:] in _SUFFIXES or core[i - 1 : i + 1] in _ONSETS:
            continue
        nxt = core[i + 1] if i + 1 < len(core) else ""
        if a in _VOWELS and b not in _VOWELS and nxt in _VOWELS:
            points.append(i)  # V-CV
        elif (
            a not in _VOWELS
            and b not in _VOWELS
            and core[i - 2] in _VOWELS
            and a != b
            or (a == b and a not in _VOWELS)
        ):
            points.append(i)  # VC-CV, and doubled consonants
    return points


def wrap(pdf, text: str, first_width: float, width: float) -> list[tuple[list[str], bool]]:
    """Greedy line breaking at spaces, hyphenating the word that does not fit where it can."""
    space = pdf.get_string_width(" ")
    lines: list[tuple[list[str], bool]] = []
    words = text.split()
    cur: list[str] = []
    cur_w = 0.0
    k = 0
    while k < len(words):
        word = words[k]
        avail = first_width if not lines else width
        ww = word_width(pdf, word)
        need = ww if not cur else cur_w + space + ww
        if need <= avail or not cur:
            cur.append(word)
            cur_w = need
            k += 1
            continue
        best = None
        for p in hyphen_points(split_mark(word)[0]):
            head = word[:p] if word[p - 1] == "-" else word[:p] + "-"
            if cur_w + space + word_width(pdf, head) <= avail:
                best = (head, word[p:])
        if best:
            cur.append(best[0])
            words[k] = best[1]
        lines.append((cur, True))
        cur, cur_w = [], 0.0
    if cur:
        lines.append((cur, False))
    return lines


def _front_page(pdf: UNReport) -> float:
    return _un_pdf.front_page(
        pdf,
        disclaimer=DISCLAIMER,
        organ=ORGAN,
        issue_date=ISSUE_DATE,
        title=TITLE,
        place_dates=PLACE_DATES,
        text_x=MARGIN,
        disclaimer_font=("Serif", "", 8),
        distribution_x=148.0,
    )


class Layout:
    def __init__(self, pdf: UNReport) -> None:
        self.pdf = pdf
        self.page_fns: list[str] = []

    def fn_block_height(self, ids: list[str]) -> float:
        if not ids:
            return 0.0
        pdf = self.pdf
        pdf.set_font("Serif", "", FN_SIZE)
        n = sum(len(_un_pdf.wrap(pdf, FOOTNOTES[i], RIGHT - FIRST_TAB)) for i in ids)
        pdf.set_font("Serif", "", FONT_SIZE)
        return 4.0 + n * FN_LEAD

    def limit(self, extra_ids: list[str] | None = None) -> float:
        h = self.fn_block_height(self.page_fns + (extra_ids or []))
        return BOTTOM - h if h else BOTTOM

    def flush_footnotes(self) -> None:
        if not self.page_fns:
            return
        pdf = self.pdf
        h = self.fn_block_height(self.page_fns)
        top = FN_LAST - h + FN_LEAD + 0.5
        pdf.set_line_width(0.25)
        pdf.line(MARGIN, top - 3.2, MARGIN + 40.0, top - 3.2)
        y = top
        for i in self.page_fns:
            pdf.set_font("Serif", "", FN_SIZE * 0.7)
            pdf.text(FIRST_TAB - 1.5 - pdf.get_string_width(i), y - 0.8, i)
            pdf.set_font("Serif", "", FN_SIZE)
            for words, justify in _un_pdf.wrap(pdf, FOOTNOTES[i], RIGHT - FIRST_TAB):
                draw_line(pdf, FIRST_TAB, y, RIGHT - FIRST_TAB, words, justify)
                y += FN_LEAD
        self.page_fns = []
        pdf.set_font("Serif", "", FONT_SIZE)

    def new_page(self) -> float:
        self.flush_footnotes()
        self.pdf.add_page()
        return TOP_BODY


def render(total_pages: int) -> tuple[UNReport, Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 5, 23), FONTS, total_pages
    )
    pdf.add_page()
    lay = Layout(pdf)
    y = _front_page(pdf)

    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            _, label, text = item
            size = 12 if kind == "h1" else 10
            pdf.set_font("Serif", "B", size)
            hlines = _un_pdf.wrap(pdf, text, RIGHT - HEAD_TEXT_X)
            need = len(hlines) * LEAD + 8.0 + 3 * LEAD
            if y + need > lay.limit():
                y = lay.new_page()
            y += 3.0 if kind == "h1" else 1.5
            pdf.set_font("Serif", "B", size)
            pdf.text(LEFT + (6.0 if kind == "h2" else 0.0), y, label)
            for words, _ in hlines:
                pdf.text(HEAD_TEXT_X, y, " ".join(words))
                y += LEAD + (0.6 if kind == "h1" else 0.0)
            y += 2.0 if kind == "h1" else 1.2
            continue
        if kind == "annex":
            y = lay.new_page()
            pdf.set_font("Serif", "B", 14)
            pdf.text(LEFT, y + 2.0, "Annex")
            pdf.set_font("Serif", "B", 12)
            pdf.text(HEAD_TEXT_X, y + 12.0, "List of participants")
            y += 24.0
            continue
        if kind == "state":
            if y + 2 * LEAD > lay.limit():
                y = lay.new_page()
            y += 1.5
            pdf.set_font("Serif", "B", FONT_SIZE)
            pdf.text(MARGIN, y, item[1])
            y += LEAD
            continue
        if kind == "person":
            if y > lay.limit():
                y = lay.new_page()
            pdf.set_font("Serif", "", FONT_SIZE)
            pdf.text(FIRST_TAB, y, item[1])
            y += LEAD
            continue
        if kind == "line":
            _, label, text = item
            pdf.set_font("Serif", "", FONT_SIZE)
            tx = LINE_TEXT_X_AGENDA if label[:1].isdigit() else LINE_TEXT_X_OFFICER
            for n, (words, _) in enumerate(_un_pdf.wrap(pdf, text, RIGHT - tx)):
                if y > lay.limit():
                    y = lay.new_page()
                if n == 0:
                    pdf.text(LINE_LABEL_X, y, label)
                pdf.text(tx, y, " ".join(words))
                y += LEAD
            continue

        _, num, text = item
        pdf.set_font("Serif", "", FONT_SIZE)
        if kind == "p":
            label, lx, tx = num + ".", MARGIN, FIRST_TAB
        elif kind == "sub":
            label, lx, tx = f"({num})", SUB_LABEL_X, SUB_TAB
        else:
            label, lx, tx = f"({num})", SUBSUB_LABEL_X, SUBSUB_TAB
        lines = wrap(pdf, text, RIGHT - tx, RIGHT - MARGIN)
        if len(lines) > 1 and y + LEAD > lay.limit():
            y = lay.new_page()
        if y > lay.limit():
            y = lay.new_page()
        for n, (words, justify) in enumerate(lines):
            marks = [m for w in words for m in [split_mark(w)[1]] if m]
            if y > lay.limit(marks):
                y = lay.new_page()
            lay.page_fns.extend(marks)
            x = tx if n == 0 else MARGIN
            if n == 0:
                pdf.text(lx, y, label)
            draw_line(pdf, x, y, RIGHT - x, words, justify)
            y += LEAD
        y += PARA_GAP
    lay.flush_footnotes()
    return pdf, lay


def to_text(pdf_path: Path) -> str:
    """What ``pdftotext -layout`` would give, made with pdfplumber's layout extraction."""
    pages = []
    with pdfplumber.open(pdf_path) as doc:
        for page in doc.pages:
            text = page.extract_text(layout=True)
            lines = [ln.rstrip() for ln in text.split("\n")]
            while lines and not lines[-1]:
                lines.pop()
            pages.append("\n".join(lines) + "\n")
    return "\f".join(pages) + "\f"


def build(out: Path = OUT, pdf_out: Path = PDF_OUT) -> int:
    total, _ = _un_pdf.build_twice(render, pdf_out)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = to_text(pdf_out)
    text = DISCLAIMER + "\n" + text.split(DISCLAIMER, 1)[1] if DISCLAIMER in text else text
    out.write_text(text, encoding="utf-8")
    return total


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    n = build(target)
    print(f"wrote {PDF_OUT} and {target}: {n} pages")
