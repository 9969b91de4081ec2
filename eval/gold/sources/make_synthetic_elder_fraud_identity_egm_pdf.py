"""Generate eval/gold/docs/synthetic-elder-fraud-identity-egm.pdf and its expected units
eval/gold/expected/synthetic-elder-fraud-identity-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on fraud against older
persons and identity-related crime, held in Lisbon in preparation for the Fifteenth United
Nations Congress on Crime Prevention and Criminal Justice. It is not a United Nations
document; the names of persons (and the figures they give) are invented.

Layout: the UN "G" template as ODS prints it (fpdf2, page furniture and numbered body from
_un_pdf.py): masthead on page 1, running head with the symbol and "n/N" with the job number
at the foot from page 2 on, alternating left/right; paragraph numbers in a hanging left
margin (x=22 mm), text at x=34 mm; chapters with roman numerals and lettered sections; the
conclusions and recommendations FIRST (chapter I), as in many expert group reports, with
lettered sub-items and one nested (i)-(iii) level; officer and agenda lines inside the
paragraphs that introduce them (a second Vice-Chair on a line with no label); a small ruled
table (cases and losses by year) inside a paragraph, its rows belonging to that paragraph;
five superscript footnotes with their text at the foot of the page below a short rule;
Czech, Turkish, Portuguese, Polish, Spanish and Vietnamese names (Liberation Serif).

What the earlier PDF generators do not cover:

  * BULLET POINTS ("•", hanging at x=40 mm, text at x=45 mm) inside two numbered paragraphs
    (paragraphs 16 and 37): the bullets belong to the paragraph they follow, not to a
    paragraph or sub-item of their own;
  * a paragraph that continues on the next page RIGHT AFTER A FOOTNOTE BLOCK: the text of the
    page runs on into a footnote that belongs to another paragraph, the page foot and the
    next page's running head, and only then into the rest of the paragraph (the build prints
    which split paragraphs those are: "split after footnotes");
  * a table whose paragraph goes on after it (paragraph 20 is introduced, the table follows,
    and paragraph 21 comments on it).

No word is hyphenated at a line end (lines break at spaces only). Deterministic output (fixed
creation date, no randomness).

Written, with its 36 gold cases (ef-) and 4 topics (eft-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_elder_fraud_identity_egm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no cache next to _un_pdf.py
sys.path.insert(0, str(HERE))
import _un_pdf  # noqa: E402

DOC_ID = "synthetic-elder-fraud-identity-egm"
ROOT = HERE.parents[2]
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.44/2025/1"
ISSUE_DATE = "12 November 2025"
JOB_NUMBER = "V.25-17493"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Fraud against Older Persons and Identity-Related Crime"
)
PLACE_DATES = "Lisbon, 20\u201322 October 2025"

FOOTNOTES = {
    "1": (
        "Economic and Social Council resolution 2004/26, on international cooperation in the "
        "prevention, investigation, prosecution and punishment of fraud, the criminal misuse "
        "and falsification of identity and related crimes."
    ),
    "2": "General Assembly resolution 79/243, annex.",
    "3": (
        "The survey was carried out in 2024 among 1,850 persons aged 65 and over living in the "
        "districts of Bragança, Guarda and Viseu; its results were presented to the meeting in "
        "a conference room paper."
    ),
    "4": (
        "Cases in which the victim was aged 65 or over at the time of the offence. The figures "
        "for 2024 are provisional."
    ),
    "5": (
        "The term refers to a form of fraud in which offenders posing as police or customs "
        "officers tell the victim that he or she is under investigation and keep him or her "
        "under continuous video surveillance, sometimes for several days, until the money "
        "demanded has been transferred."
    ),
}

# Body items, as _un_pdf.draw_body reads them, and this report's own:
#   ("bullet", text)           a bullet point inside the preceding paragraph
#   ("table", rows)            a table inside the preceding paragraph (header row first)
BODY: list[tuple] = [
    ("h1", "I.", "Conclusions and recommendations"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Fraud against Older Persons and Identity-Related Crime, "
        "held in Lisbon from 20 to 22 October 2025, adopted the conclusions and "
        "recommendations set out below, which are brought to the attention of the Fifteenth "
        "United Nations Congress on Crime Prevention and Criminal Justice for its "
        "consideration.",
    ),
    ("h2", "A.", "Conclusions"),
    (
        "p",
        "2",
        "The experts concluded that fraud against older persons had grown considerably in "
        "scale and sophistication over the previous five years and had become a major source "
        "of profit for organized criminal groups operating across borders. Offenders combined "
        "telephone calls, text messages and social media with personal data obtained "
        "unlawfully in order to impersonate relatives, bank employees, police officers and "
        "other public officials, and had begun to use artificial intelligence to imitate the "
        "voices of their victims’ children and grandchildren.",
    ),
    (
        "p",
        "3",
        "The experts further concluded that fraud against older persons and identity-related "
        "crime were closely linked. Personal data obtained through data breaches, phishing or "
        "the theft of documents were used both to select and persuade victims and to open the "
        "bank accounts, mobile telephone lines and payment accounts through which the proceeds "
        "of fraud were moved. Most States, however, did not criminalize the obtaining, "
        "possession or transfer of identification information as such, so that offenders "
        "could be prosecuted only once a fraud had been committed or attempted.",
    ),
    (
        "p",
        "4",
        "The experts noted that fraud against older persons remained greatly under-reported. "
        "Many victims felt ashamed, feared that their relatives would consider them no longer "
        "able to manage their own affairs or did not know where to report. The harm suffered "
        "went well beyond the financial loss and included a loss of confidence, isolation and "
        "a decline in physical and mental health, and victims who had been defrauded once were "
        "frequently targeted again, sometimes by offenders who offered to recover the money "
        "they had lost.",
    ),
    ("h2", "B.", "Recommendations addressed to Member States"),
    (
        "p",
        "5",
        "The meeting adopted the following recommendations addressed to Member States. Member "
        "States should:",
    ),
    (
        "sub",
        "a",
        "Consider establishing as criminal offences the obtaining, possession, transfer and "
        "misuse of identification information with the intent to commit a crime, taking into "
        "account Economic and Social Council resolution 2004/26;{1}",
    ),
    (
        "sub",
        "b",
        "Consider providing that the fact that an offender deliberately targeted a victim "
        "because of his or her age constitutes an aggravating circumstance in sentencing for "
        "fraud;",
    ),
    (
        "sub",
        "c",
        "Strengthen cooperation between law enforcement authorities, financial institutions "
        "and telecommunications providers, in particular by:",
    ),
    (
        "subsub",
        "i",
        "Enabling banks to delay, for up to seventy-two hours, an unusual payment from the "
        "account of a customer who appears to be acting on the instructions of a third party, "
        "and to contact the customer or a trusted person designated by the customer in "
        "advance;",
    ),
    (
        "subsub",
        "ii",
        "Requiring telecommunications providers to block calls that display falsified "
        "national numbers and to verify the identity of a customer in person or through a "
        "secure procedure before replacing a SIM card;",
    ),
    (
        "subsub",
        "iii",
        "Establishing secure channels for the rapid freezing of funds transferred to accounts "
        "held by money mules, including in other States;",
    ),
    (
        "sub",
        "d",
        "Designate specialized police units or contact points for fraud against older "
        "persons, and train police officers, prosecutors and judges to treat older victims "
        "with respect and to take their statements early and in a manner adapted to their "
        "needs, including by video recording;",
    ),
    (
        "sub",
        "e",
        "Ensure that victims of fraud and identity theft can report through a single national "
        "channel that is available by telephone and in person as well as online, and that "
        "they are kept informed of the progress of their case;",
    ),
    (
        "sub",
        "f",
        "Make full use of the United Nations Convention against Cybercrime{2} and of existing "
        "instruments of international cooperation in criminal matters to obtain electronic "
        "evidence and to trace, freeze and recover the proceeds of fraud;",
    ),
    (
        "sub",
        "g",
        "Develop, together with associations of older persons and other civil society "
        "organizations, prevention campaigns that use the channels that older persons trust, "
        "such as pharmacies, post offices, community radio and places of worship;",
    ),
    (
        "sub",
        "h",
        "Collect and publish data on fraud and identity-related crime disaggregated by the "
        "age and sex of the victim and by the type of fraud.",
    ),
    ("h2", "C.", "Recommendations addressed to the United Nations Office on Drugs and Crime"),
    (
        "p",
        "6",
        "The meeting also recommended that the United Nations Office on Drugs and Crime "
        "(UNODC), subject to the availability of extrabudgetary resources:",
    ),
    (
        "sub",
        "a",
        "Prepare a practical guide for investigators and prosecutors on fraud against older "
        "persons, including cases involving the use of artificial intelligence and of stolen "
        "or synthetic identities;",
    ),
    (
        "sub",
        "b",
        "Facilitate the exchange of information among national fraud reporting centres on the "
        "telephone numbers, accounts and websites used by offenders;",
    ),
    (
        "sub",
        "c",
        "Provide technical assistance to States that wish to review their legislation on "
        "identity-related crime.",
    ),
    (
        "p",
        "7",
        "The meeting requested the Secretariat to submit the present report to the Fifteenth "
        "Congress as a contribution to its deliberations.",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "8",
        "The Expert Group Meeting on Fraud against Older Persons and Identity-Related Crime "
        "was held in Lisbon from 20 to 22 October 2025, as part of the preparations for the "
        "Fifteenth Congress. It was organized by UNODC and hosted by the Government of "
        "Portugal, with financial support from the Governments of Japan and Portugal. The "
        "meeting was conducted in English, French and Spanish, with simultaneous "
        "interpretation.",
    ),
    (
        "p",
        "9",
        "The meeting was opened by the Secretary of State for Justice of Portugal, who "
        "observed that nearly a quarter of the population of Portugal was aged 65 or over and "
        "that the country’s older citizens held a large share of its household savings. She "
        "said that the offenders who defrauded older persons exploited the qualities that "
        "societies most valued in them, namely their trust, courtesy and willingness to help "
        "their families, and that the shame felt by victims was the greatest ally of those "
        "offenders.",
    ),
    (
        "p",
        "10",
        "A representative of UNODC, Tomasz Ołdakowski, delivered an opening statement on "
        "behalf of the Executive Director. He noted that the ageing of populations in all "
        "regions meant that the number of potential victims would continue to grow, and that "
        "older persons were increasingly obliged to use online services to manage their "
        "pensions, their health care and their banking. He recalled that the meeting was one "
        "of a series of expert group meetings convened to prepare the substantive discussions "
        "of the Fifteenth Congress.",
    ),
    ("h2", "B.", "Attendance"),
    (
        "p",
        "11",
        "The meeting was attended by forty-one experts from 23 States, who participated in "
        "their personal capacity: Argentina, Brazil, Canada, Chile, Czechia, Germany, Ghana, "
        "India, Italy, Japan, Kenya, Mexico, Morocco, Nigeria, Poland, Portugal, Republic of "
        "Korea, Spain, Sweden, Türkiye, United Kingdom of Great Britain and Northern Ireland, "
        "United States of America and Viet Nam. The experts included police investigators, "
        "prosecutors, judges, officials of financial intelligence units, banking supervisors "
        "and representatives of national agencies responsible for the rights of older "
        "persons.",
    ),
    (
        "p",
        "12",
        "The following intergovernmental organizations were represented by observers: the "
        "International Criminal Police Organization (INTERPOL), the European Union Agency for "
        "Law Enforcement Cooperation (Europol), the Council of Europe and the World Health "
        "Organization (WHO). Two non-governmental organizations also attended as observers: "
        "the Global Alliance of Older Persons’ Associations and the Associação Vizinhos "
        "Atentos, a Portuguese organization of volunteers who visit older persons living "
        "alone. In total, 68 participants attended the meeting.",
    ),
    ("h2", "C.", "Election of officers"),
    (
        "p",
        "13",
        "At its 1st meeting, on 20 October 2025, the meeting elected the following officers "
        "by acclamation:",
    ),
    ("line", "Chair:", "Maria João Gonçalves Simões (Portugal)"),
    ("line", "Vice-Chairs:", "Zdeňka Řeháková (Czechia)"),
    ("line", "", "Barış Gökçe Özdemir (Türkiye)"),
    ("line", "Rapporteur:", "Đoàn Thu Hà (Viet Nam)"),
    ("h2", "D.", "Adoption of the agenda and organization of work"),
    ("p", "14", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    (
        "line",
        "4.",
        "Fraud against older persons: forms, trends and the use of new technologies.",
    ),
    ("line", "5.", "Identity-related crime and its links to fraud."),
    ("line", "6.", "Prevention, victim support and cooperation with the private sector."),
    ("line", "7.", "International cooperation and the recovery of proceeds."),
    ("line", "8.", "Conclusions and recommendations."),
    ("line", "9.", "Adoption of the report."),
    (
        "p",
        "15",
        "The meeting agreed to consider agenda items 4 to 7 in plenary, each item being "
        "introduced by the Secretariat and by two or three experts, and to hold a closed "
        "session on 22 October 2025 to finalize its conclusions and recommendations. The "
        "meeting had before it a background paper prepared by the Secretariat and national "
        "submissions received from seventeen States. On the afternoon of 21 October 2025, "
        "participants attended a demonstration by the fraud prevention team of a Portuguese "
        "bank of the system it used to detect unusual payments from the accounts of older "
        "customers.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Fraud against older persons: forms, trends and the use of new technologies "
        "(agenda item 4)",
    ),
    (
        "p",
        "16",
        "A representative of the Secretariat introduced the background paper. The paper found "
        "that older persons were not more likely than younger adults to be targeted by fraud, "
        "but that they lost considerably larger amounts when they were defrauded, since "
        "offenders sought out their savings and pensions and often persuaded them to make "
        "several payments over a period of weeks or months. The paper identified four forms "
        "of fraud that were most frequently reported by older victims:",
    ),
    (
        "bullet",
        "impersonation fraud, in which offenders pose as relatives in distress, bank "
        "employees, police officers or other public officials;",
    ),
    (
        "bullet",
        "romance fraud, in which offenders build a relationship with the victim online over "
        "several months before asking for money;",
    ),
    (
        "bullet",
        "investment fraud, including fraudulent schemes involving virtual assets promoted "
        "with false endorsements by well-known persons;",
    ),
    (
        "bullet",
        "technical support fraud, in which offenders claim that the victim’s computer has "
        "been infected and obtain remote access to it.",
    ),
    (
        "p",
        "17",
        "Under agenda item 4, statements were made by the experts from Czechia, Germany, "
        "Japan, Nigeria, Portugal and Türkiye, and by the observer for the Associação "
        "Vizinhos Atentos.",
    ),
    (
        "p",
        "18",
        "The Chair, speaking as the expert from Portugal, described the rapid spread since "
        "2022 of messages sent through messaging applications in which offenders claimed to "
        "be a son or daughter who had lost his or her telephone and urgently needed money to "
        "pay a bill. She reported that a survey of older persons living in three inland "
        "districts{3} had found that nearly a third of respondents had received at least one "
        "such message in the previous twelve months, and that one in twenty had made a "
        "payment. Most of those who had paid had not reported the fraud to the police.",
    ),
    (
        "p",
        "19",
        "Kenta Morioka (Japan) said that what had been known in his country as “it’s me” "
        "fraud, in which the caller pretended to be a son or grandson in trouble, had evolved "
        "into a range of schemes that the police now referred to collectively as special "
        "fraud. Offenders no longer asked only for bank transfers but sent couriers, often "
        "young people recruited through social media with offers of well-paid part-time work, "
        "to collect cash and bank cards from the victim’s home. He reported that 17,460 cases "
        "of special fraud had been recorded by the police in 2024 and that some 76 per cent "
        "of the victims had been aged 65 or over. He added that banks had begun to limit the "
        "amount that customers aged 70 or over could transfer at cash machines if they had "
        "made no such transfer in the previous three years.",
    ),
    (
        "p",
        "20",
        "Zdeňka Řeháková, speaking as the expert from Czechia, reported that the police had "
        "recorded a steady rise in fraud against older persons, most of it committed by "
        "offenders who telephoned the victim pretending to be a police officer or a bank "
        "employee and persuaded him or her to transfer savings to a “safe account”. The "
        "figures for the period 2021–2024 were as follows:{4}",
    ),
    (
        "table",
        [
            ("Year", "Cases recorded", "Losses (CZK million)", "Persons charged"),
            ("2021", "1,148", "262", "97"),
            ("2022", "1,391", "318", "104"),
            ("2023", "1,726", "455", "121"),
            ("2024", "2,034", "587", "133"),
        ],
    ),
    (
        "p",
        "21",
        "She noted that the amounts recovered each year had been less than 10 per cent of the "
        "reported losses, and that most of the persons charged were couriers or holders of "
        "mule accounts rather than the organizers of the fraud, who often operated from call "
        "centres abroad.",
    ),
    (
        "p",
        "22",
        "Barış Gökçe Özdemir, speaking as the expert from Türkiye, described fraud in which "
        "offenders posing as police officers or prosecutors told older victims that their "
        "bank accounts had been used to finance terrorism and that their savings, gold and "
        "jewellery had to be handed over to an officer for examination. He reported that "
        "seven in ten victims of such fraud recorded in 2024 had been aged 60 or over, and "
        "that the national police had set up a special unit that worked with banks and "
        "jewellers to identify victims while the fraud was still under way. He stressed that "
        "the offenders frequently called from abroad and used numbers that appeared on the "
        "victim’s telephone as those of a police station.",
    ),
    (
        "p",
        "23",
        "Johannes Weißkirchen (Germany) described so-called shock calls, in which a caller in "
        "tears claimed to be a grandchild who had caused a serious accident and was in police "
        "custody, followed by a second caller posing as a police officer or lawyer who "
        "demanded a sum for the grandchild’s release on bail. He reported that the police had "
        "identified some two hundred and forty cases since the beginning of 2024 in which the "
        "voice of the relative appeared to have been imitated using artificial intelligence, "
        "on the basis of recordings taken from videos posted on social media. He suggested "
        "that families agree on a code word known only to them, to be asked for whenever a "
        "relative called with an urgent request for money.",
    ),
    (
        "p",
        "24",
        "Adaeze Okonkwo-Bello (Nigeria) said that romance fraud was increasingly directed at "
        "widows and widowers abroad, who were contacted on social media and dating sites by "
        "offenders posing as soldiers, engineers on oil platforms or doctors working for "
        "humanitarian organizations. She reported that the national financial crimes agency "
        "had secured 214 convictions for romance and related fraud in 2024 and had returned "
        "funds to victims in several States through cooperation with their authorities. She "
        "stressed that victims of romance fraud frequently refused to believe that they had "
        "been deceived, even after being shown the evidence, and continued to send money. "
        "She suggested that banks be allowed, with the prior consent of the customer, to "
        "alert a relative when a customer kept sending money to a person he or she had never "
        "met.",
    ),
    (
        "p",
        "25",
        "Conceição Brandão Lopes, observer for the Associação Vizinhos Atentos, said that the "
        "volunteers of her organization visited some 3,200 older persons living alone in "
        "rural areas of Portugal. She described the case of a widow aged 81 who had "
        "transferred the whole of her savings to a man she had met online and had not told "
        "her children for eighteen months, until her bank refused to grant her a loan that "
        "he had asked her to take out. She said that isolation was both a cause and a "
        "consequence of fraud, since victims often withdrew from their families and "
        "neighbours out of shame.",
    ),
    ("h2", "B.", "Identity-related crime and its links to fraud (agenda item 5)"),
    (
        "p",
        "26",
        "A representative of the Secretariat introduced the agenda item, recalling that "
        "identity-related crime covered the unlawful obtaining, transfer, possession and use "
        "of identification information, whether of a living person, a deceased person or a "
        "fictitious person, and that it was frequently a preparatory step to fraud, "
        "money-laundering and other crimes. He noted that offenders increasingly created "
        "synthetic identities, which combined genuine data, such as the identity number of "
        "an older person who rarely used credit, with a false name, photograph and address.",
    ),
    (
        "p",
        "27",
        "Under agenda item 5, statements were made by the experts from Brazil, Czechia, India, "
        "Kenya, Poland and Spain, and by the observers for INTERPOL and WHO.",
    ),
    (
        "p",
        "28",
        "Luíza Falcão Monteiro (Brazil) described the fraudulent contracting of "
        "payroll-deductible loans in the names of retired persons, in which offenders used "
        "stolen identity documents and, in some cases, photographs of the pensioner taken "
        "without his or her knowledge to pass the biometric checks of the lender. The "
        "repayments were deducted directly from the pension, and many victims discovered the "
        "loan only months later. She reported that the social security authorities had "
        "received more than 1.3 million complaints of unauthorized deductions between 2023 "
        "and 2025.",
    ),
    (
        "p",
        "29",
        "Małgorzata Wójcik-Zielińska (Poland) described how offenders obtained duplicate SIM "
        "cards for the telephone numbers of older persons, using forged authorizations or "
        "with the help of corrupt employees of mobile telephone shops, and then intercepted "
        "the one-time codes sent by banks to approve payments. She reported that since June "
        "2024 every resident of Poland could block the use of his or her national "
        "identification number online, so that no loan could be taken out and no telephone "
        "contract concluded in his or her name without first lifting the block, and that "
        "more than four million persons had done so by September 2025.",
    ),
    (
        "p",
        "30",
        "Íñigo Larrañaga Esnaola (Spain) said that the identities of deceased older persons "
        "were being used to continue collecting their pensions and to open bank accounts that "
        "served as mule accounts. He explained that the information held in civil "
        "registries, social security records and the records of banks was not always linked, "
        "so that an account could remain active for years after the death of its holder, and "
        "called for the automatic exchange of death records between public authorities and "
        "financial institutions.",
    ),
    (
        "p",
        "31",
        "Ritu Malhotra (India) described “digital arrest”,{5} a form of fraud that had spread "
        "rapidly in her country since 2023 and that targeted retired officials, doctors and "
        "teachers in particular. She explained that the offenders used the victim’s identity "
        "number, address and bank details, obtained from data leaks, to convince the victim "
        "that the call was genuine. She reported that the national cybercrime reporting "
        "portal had received more than 92,000 complaints of digital arrest in 2024, and that "
        "the Government had since blocked several thousand mobile numbers and video calling "
        "accounts used by the offenders.",
    ),
    (
        "p",
        "32",
        "Achieng Odhiambo (Kenya) said that many older persons in rural areas received their "
        "pensions and the cash transfers of the national social protection programme through "
        "mobile money, and that offenders who obtained their personal identification "
        "numbers, often by posing as agents of the programme, emptied their accounts within "
        "minutes. She reported that mobile network operators had introduced a waiting period "
        "of twenty-four hours before a replaced SIM card could be used for mobile money "
        "transactions, which had significantly reduced such fraud.",
    ),
    (
        "p",
        "33",
        "The observer for INTERPOL said that complete sets of personal data, including names, "
        "dates of birth, identity numbers, addresses and bank details, were sold on illicit "
        "online markets for a few dollars each, and that data on older persons were offered "
        "at higher prices because of their assumed savings. Lists of persons who had already "
        "been defrauded once were also sold and used to target them again.",
    ),
    (
        "p",
        "34",
        "The observer for WHO recalled that around one in six persons aged 60 or over "
        "experienced some form of abuse each year, and that financial abuse was among the "
        "most common forms. She stressed that a considerable part of the identity-related "
        "crime affecting older persons was committed not by strangers but by relatives, "
        "carers or other persons the victim trusted, who used the victim’s identity "
        "documents, bank cards or a power of attorney to take money without his or her "
        "consent. Such cases were seldom treated as crimes by the police, who often regarded "
        "them as family matters.",
    ),
    (
        "p",
        "35",
        "The Vice-Chair from Czechia added that remote identity verification, in which a new "
        "customer photographed his or her identity card and recorded a video of his or her "
        "face, could be defeated by offenders who used stolen images of identity cards and "
        "manipulated video. She called on supervisory authorities to set minimum standards "
        "for remote identity verification and to require banks to report attempts to defeat "
        "it.",
    ),
    (
        "h2",
        "C.",
        "Prevention, victim support and cooperation with the private sector (agenda item 6)",
    ),
    (
        "p",
        "36",
        "Under agenda item 6, statements were made by the experts from Mexico, the Republic "
        "of Korea, the United Kingdom and Viet Nam, and by the observers for the Council of "
        "Europe and the Global Alliance of Older Persons’ Associations.",
    ),
    (
        "p",
        "37",
        "Eleanor Whitcombe (United Kingdom) described the banking protocol, an arrangement "
        "between the police and banks under which branch staff who suspected that a customer "
        "was being defrauded could call the police, who undertook to attend immediately. She "
        "said that staff were trained to recognize, in particular, the following warning "
        "signs:",
    ),
    (
        "bullet",
        "a customer who wished to withdraw a large amount of cash or to buy gold, which he or "
        "she had never done before;",
    ),
    (
        "bullet",
        "a customer who was on the telephone with someone who appeared to be giving instructions;",
    ),
    (
        "bullet",
        "a customer who could not explain the purpose of a payment or said that it was "
        "confidential;",
    ),
    (
        "bullet",
        "a customer who said that the police or the bank had asked him or her to move money "
        "to a “safe account”.",
    ),
    (
        "p",
        "38",
        "She added that since October 2024 payment service providers in the United Kingdom "
        "had been required to reimburse most victims of fraud in which the victim had been "
        "manipulated into authorizing a payment, with the cost shared equally between the "
        "sending and the receiving provider. Some experts welcomed that approach as an "
        "incentive for banks to invest in prevention, while others cautioned that it might "
        "discourage victims from reporting to the police, since reimbursement did not depend "
        "on a criminal complaint.",
    ),
    (
        "p",
        "39",
        "Seo Ji-hoon (Republic of Korea) reported that telecommunications providers in his "
        "country had introduced an application that analysed calls in real time using "
        "artificial intelligence and warned the user when the conversation resembled a known "
        "voice phishing script. He said that the application had issued some 310,000 "
        "warnings in its first year, and that the police had also set up a service through "
        "which any person could check whether a telephone number had been reported as used "
        "in voice phishing.",
    ),
    (
        "p",
        "40",
        "Ximena Villaseñor Cortés (Mexico) described a national campaign carried out with "
        "pharmacy chains, the postal service and community radio stations under the slogan "
        "“Cuelga y verifica” (Hang up and check). Pharmacists had been trained to talk about "
        "fraud with older customers collecting their medicines, and leaflets were included "
        "with pension statements. She noted, however, that a survey carried out after the "
        "campaign had found that recognizing the warning signs did not always prevent "
        "victimization, since offenders deliberately created a sense of panic in which "
        "victims stopped thinking critically.",
    ),
    (
        "p",
        "41",
        "Hélène Vasseur-Ndiaye, observer for the Global Alliance of Older Persons’ "
        "Associations, said that older victims were too often dismissed by the police as "
        "confused or forgetful and that their evidence was given less weight in court. She "
        "stressed that proceedings in fraud cases frequently lasted several years, and cited "
        "a case in which four of the eleven victims had died before the trial began. She "
        "called for the statements of older victims to be recorded on video at an early "
        "stage, so that they could be used at trial, and for victims to be accompanied by a "
        "support person of their choice.",
    ),
    (
        "p",
        "42",
        "The observer for the Council of Europe stressed that victims of fraud were entitled "
        "to information, support and protection like victims of any other crime. She noted "
        "that several member States of the Council of Europe had set up specialized support "
        "services for victims of fraud, which offered emotional support as well as help in "
        "securing bank accounts and replacing stolen identity documents.",
    ),
    (
        "p",
        "43",
        "The Rapporteur, speaking as the expert from Viet Nam, said that since the beginning "
        "of 2025 bank accounts in her country had had to be verified against the biometric "
        "data stored in the chip of the holder’s identity card before online transfers above "
        "a certain amount could be made. The measure had made it more difficult for "
        "offenders to use accounts opened in the names of other persons, although it had also "
        "caused difficulties for older persons who did not have a smartphone able to read "
        "the chip.",
    ),
    (
        "p",
        "44",
        "Several experts cautioned that the closure of bank branches and the move of public "
        "services online had left many older persons dependent on relatives, neighbours or "
        "strangers to carry out transactions for them, which increased their exposure to both "
        "fraud and identity theft. They called on banks and public authorities to maintain "
        "channels that did not require the use of the Internet, and to offer digital literacy "
        "programmes designed for older persons.",
    ),
    (
        "h2",
        "D.",
        "International cooperation and the recovery of proceeds (agenda item 7)",
    ),
    (
        "p",
        "45",
        "Under agenda item 7, statements were made by the experts from Germany, Spain, "
        "Türkiye and Viet Nam, and by the observer for Europol.",
    ),
    (
        "p",
        "46",
        "The observer for Europol said that many of the call centres from which older persons "
        "in Europe were defrauded operated from outside the European Union and employed "
        "dozens of callers working from scripts in several languages. He described a joint "
        "operation carried out in 2025 by the police forces of six States, with the support "
        "of Europol, in which four call centres had been searched, 38 suspects arrested and "
        "assets worth about 11 million euros seized. He stressed that money mules, frequently "
        "students or young people in financial difficulty, were recruited through social "
        "media and were often unaware of the seriousness of the offence.",
    ),
    (
        "p",
        "47",
        "The expert from Germany and the Vice-Chair from Türkiye described cooperation "
        "between their police services in cases in which older persons in Germany had been "
        "defrauded by callers posing as police officers from call centres located in "
        "Türkiye. Liaison officers had exchanged information on telephone numbers and "
        "suspects in real time, which had led to arrests in both countries and to the return "
        "of gold and cash to several victims.",
    ),
    (
        "p",
        "48",
        "Several experts noted that requests for mutual legal assistance in fraud cases took "
        "on average more than ten months to be executed, while the proceeds of fraud were "
        "usually moved through several accounts, and often converted into virtual assets, "
        "within hours. They called for greater use of direct cooperation between police "
        "services and between financial intelligence units, and for arrangements that would "
        "allow banks to hold funds temporarily at the request of a foreign authority.",
    ),
    (
        "p",
        "49",
        "The expert from Spain reported on a joint investigation team formed with the "
        "authorities of two other States, which had made it possible to identify some 1,600 "
        "victims, most of them aged over 70, and to return part of the proceeds to them. He "
        "noted, however, that the amounts returned to victims of fraud committed across "
        "borders remained very small, since the proceeds were seldom frozen in time.",
    ),
    (
        "p",
        "50",
        "The Rapporteur recalled that the United Nations Convention against Cybercrime would "
        "be opened for signature at a ceremony in Hanoi on 25 and 26 October 2025, and noted "
        "that it provided for the expedited preservation of stored computer data and for "
        "cooperation in the confiscation and return of the proceeds of the offences it "
        "established, including computer-related fraud. Several experts encouraged States to "
        "sign and ratify the Convention.",
    ),
    ("h1", "IV.", "Adoption of the report"),
    (
        "p",
        "51",
        "At its closing meeting, on 22 October 2025, the meeting adopted the present report, "
        "including the conclusions and recommendations set out in chapter I, on the basis of "
        "a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "52",
        "In her closing remarks, the Chair thanked the experts for their contributions, the "
        "Governments of Japan and Portugal for their support and UNODC for organizing the "
        "meeting. She noted the proposal made by several experts to hold a further meeting "
        "after the Congress, in cooperation with associations of older persons, to review "
        "progress in implementing the recommendations, and invited the Secretariat to explore "
        "that possibility.",
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
BULLET_X = 40.0  # the bullet glyph
BULLET_TEXT_X = 45.0  # bullet text (hanging)
TABLE_COLS = [TEXT_X + 6.0, TEXT_X + 28.0, TEXT_X + 60.0, TEXT_X + 100.0]
RIGHT = 170.0  # right edge of the text block
FONT_SIZE = 10.0
LEAD = 4.75  # line height in mm
PARA_GAP = 2.2
BULLET_GAP = 1.2  # space after a bullet point


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_GEOMETRY = _un_pdf.Geometry.of(globals())

_draw_table = _un_pdf.figures_table(TABLE_COLS, _GEOMETRY)


def _draw_bullet(pdf: UNReport, lay: _un_pdf.Layout, item: tuple, y: float, unit: str) -> float:
    """A bullet point of the paragraph before it (``unit``): the glyph hanging at BULLET_X, the
    text at BULLET_TEXT_X and its further lines under it; set a little closer to the
    paragraph and to the next bullet than paragraphs are to each other."""
    text = item[1]
    y -= PARA_GAP - BULLET_GAP  # bullets follow their paragraph (and each other) closely
    pdf.set_font("Serif", "", FONT_SIZE)
    lines = _un_pdf.wrap(pdf, text, RIGHT - BULLET_TEXT_X)
    if len(lines) > 1 and y + LEAD > lay.limit():
        y = lay.new_page()
    if y > lay.limit():
        y = lay.new_page()
    first = True
    for words, justify in lines:
        marks = [m for w in words for m in [_un_pdf.split_mark(w)[1]] if m]
        if y > lay.limit(marks):
            y = lay.new_page()
        if first:
            pdf.text(BULLET_X, y, "\u2022")
            first = False
        lay.page_fns.extend(marks)
        lay.record(unit, " ".join(_un_pdf.split_mark(w)[0] for w in words))
        _un_pdf.draw_line(pdf, BULLET_TEXT_X, y, RIGHT - BULLET_TEXT_X, words, justify)
        y += LEAD
    return y + PARA_GAP


def render(total_pages: int) -> tuple[UNReport, _un_pdf.Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 11, 12), FONTS, total_pages
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
    _un_pdf.draw_body(
        pdf, lay, BODY, _GEOMETRY, y, extra={"table": _draw_table, "bullet": _draw_bullet}
    )
    lay.flush_footnotes()
    return pdf, lay


plain = _un_pdf.plain


def units() -> list[dict]:
    """The expected units, in document order, from the same data the PDF is drawn from. A
    paragraph's officer or agenda lines, bullet points (without the glyph), table rows and
    footnote texts are further strings of its "contains"."""
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
            by_id[last_para].setdefault("extra", []).extend(" | ".join(r) for r in item[1])
            continue
        if kind == "bullet":
            by_id[last_para].setdefault("extra", []).append(plain(item[1]))
            continue
        _, num, text = item
        if kind == "line":
            by_id[last_para].setdefault("extra", []).append(f"{num} {text}".strip())
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
        by_id[uid] = u
        out.append(u)
    # footnote texts after everything else the unit holds
    last_para = last_sub = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2", "table", "line", "bullet"):
            continue
        _, num, text = item
        if kind == "p":
            uid = num
            last_para, last_sub = num, ""
        elif kind == "sub":
            uid = f"{last_para}({num})"
            last_sub = num
        else:
            uid = f"{last_para}({last_sub})({num})"
        for m in _un_pdf.MARK_RE.findall(text):
            by_id[uid].setdefault("extra", []).append(FOOTNOTES[m])
    for u in out:
        if "extra" in u:
            u["contains"] = [u.pop("text"), *u.pop("extra")]
    return out


def build(out: Path = OUT) -> dict[str, object]:
    total, lay = _un_pdf.build_twice(render, out)
    fn_pages = set(lay.fn_page.values())
    after_fn = [u for u, pages in lay.split_units().items() if pages[0] in fn_pages]
    return {"pages": total, **lay.summary(), "split_after_footnotes": after_fn}


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
    print(f"split after footnotes: {info['split_after_footnotes']}")
    fp = info["first_page"]
    print(f"bullets: paragraph 16 on page {fp.get('16')}, 37 on page {fp.get('37')}")
    print(f"table paragraph 20 on page {fp.get('20')}, 21 on page {fp.get('21')}")
    print(f"wrote {UNITS_OUT}")
