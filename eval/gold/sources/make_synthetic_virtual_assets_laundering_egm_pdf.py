"""Generate eval/gold/docs/synthetic-virtual-assets-laundering-egm.pdf and its expected units
eval/gold/expected/synthetic-virtual-assets-laundering-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on the laundering of
proceeds of crime through virtual assets, held in Nairobi in preparation for the Fifteenth
United Nations Congress on Crime Prevention and Criminal Justice. It is not a United Nations
document; the names of persons (and the figures they give) are invented.

Layout: the UN "G" template as ODS prints it (fpdf2, page furniture and numbered body from
_un_pdf.py): masthead on page 1, running head with the symbol and "n/N" with the job number
at the foot from page 2 on, alternating left/right; paragraph numbers in a hanging left
margin (x=22 mm), text at x=34 mm; chapters with roman numerals and lettered sections, the
summary of deliberations in one section per substantive agenda item; officer and agenda lines
inside the paragraphs that introduce them; a ruled five-column table of figures (virtual
assets seized by year and type) inside a paragraph, its rows belonging to that paragraph,
with a footnote mark on the paragraph's last word; three superscript footnotes with their
text at the foot of the page below a short rule; paragraphs that continue on the next page
(natural flow; the build prints which); recommendations with lettered sub-items (a)-(i); an
annex on a new page ("Annex" / "List of documents") with a ruled two-column table whose title
cells wrap. Gikuyu (ĩ, ũ), Czech, Brazilian Portuguese, Lithuanian, Hungarian, Turkish,
Vietnamese and French names (Liberation Serif).

Figures are given both in digits ("1,000 euros", "45.5") and in words ("some twelve hundred",
"nearly a third", "two thirds", "forty per cent", "three years"). Several facts are near misses
on purpose (a figure for one year and not for another, a State that spoke under one agenda item
and not under another, a follow-up workshop with no venue or date, a training programme with
no budget), so that unanswerable questions about them are plausible. The document avoids the
everyday words "crypto", "mixer" and "ATM", so that questions using them test paraphrase.

No word is hyphenated at a line end (lines break at spaces only). Deterministic output (fixed
creation date, no randomness).

Written, with its 33 gold cases (va-) and 3 topics (vat-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_virtual_assets_laundering_egm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no cache next to _un_pdf.py
sys.path.insert(0, str(HERE))
import _un_pdf  # noqa: E402

DOC_ID = "synthetic-virtual-assets-laundering-egm"
ROOT = HERE.parents[2]
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.63/2025/1"
ISSUE_DATE = "6 November 2025"
JOB_NUMBER = "V.25-18126"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on the Laundering of Proceeds of Crime through "
    "Virtual Assets"
)
PLACE_DATES = "Nairobi, 14\u201316 October 2025"

FOOTNOTES = {
    "1": (
        "Value in millions of United States dollars at the date of seizure. The figures for "
        "2024 are provisional."
    ),
    "2": (
        "Financial Action Task Force, International Standards on Combating Money Laundering "
        "and the Financing of Terrorism and Proliferation: the FATF Recommendations, "
        "recommendation 15 and its interpretive note, as amended in June 2019."
    ),
    "3": "General Assembly resolution 79/243, annex.",
}

# Body items, as _un_pdf.draw_body reads them, and this report's own:
#   ("table", rows)            a table inside the preceding paragraph (header row first)
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "1",
        "The Expert Group Meeting on the Laundering of Proceeds of Crime through Virtual Assets "
        "was held at the United Nations Office at Nairobi from 14 to 16 October 2025, as part "
        "of the preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice. It was organized by the United Nations Office on Drugs and Crime "
        "(UNODC) and hosted by the Government of Kenya, with financial support from the "
        "Governments of the Republic of Korea and Switzerland. The meeting was conducted in "
        "English and French, with simultaneous interpretation.",
    ),
    (
        "p",
        "2",
        "The meeting was opened by the Principal Secretary of the State Department for "
        "Internal Security of Kenya, who observed that the rapid spread of mobile money had "
        "prepared the ground for the adoption of virtual assets in Kenya, where the number of "
        "users had grown faster than in almost any other country in Africa. He warned that the "
        "speed and reach that made virtual assets attractive to legitimate users also made them "
        "attractive to criminals, and that the laundering of the proceeds of fraud, drug "
        "trafficking and ransomware through virtual assets had become a concern in every "
        "region.",
    ),
    (
        "p",
        "3",
        "Marguerite Ondoua-Essomba, representative of UNODC, delivered a statement on behalf of "
        "the Executive Director. She said that blockchain analytics companies had estimated the "
        "value received by illicit virtual asset addresses at some 40 billion United States "
        "dollars in 2024, but cautioned that such estimates covered only the addresses already "
        "identified as illicit and were therefore likely to understate the problem. She "
        "recalled that the conclusions of the meeting would be brought to the attention of the "
        "Congress and that Member States could submit written comments on the present report "
        "until 30 November 2025.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "4",
        "At its 1st meeting, on 14 October 2025, the meeting elected the following officers "
        "by acclamation:",
    ),
    ("line", "Chair:", "M\u0169thoni Wanjir\u0169 K\u0129arie (Kenya)"),
    ("line", "Vice-Chair:", "Zden\u011bk Ho\u0159ej\u0161\u00ed (Czechia)"),
    ("line", "Vice-Chair:", "Gabriela Concei\u00e7\u00e3o Ara\u00fajo Brand\u00e3o (Brazil)"),
    ("line", "Rapporteur:", "R\u016bta \u017demaitien\u0117 (Lithuania)"),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    ("p", "5", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    ("line", "4.", "Trends in the laundering of proceeds of crime through virtual assets."),
    (
        "line",
        "5.",
        "Mixing services, privacy-enhancing tools, unhosted wallets and decentralized finance.",
    ),
    ("line", "6.", "Regulation and supervision of virtual asset service providers."),
    ("line", "7.", "Investigation, seizure, confiscation and international cooperation."),
    ("line", "8.", "Recommendations to the Fifteenth Congress."),
    ("line", "9.", "Adoption of the report."),
    (
        "p",
        "6",
        "The meeting agreed to hold its deliberations in plenary and to devote one session to "
        "each substantive agenda item. On the afternoon of 15 October 2025, participants took "
        "part in a practical exercise prepared by the Secretariat, in which they traced the "
        "proceeds of a fictitious ransomware attack through more than 300 transactions, two "
        "cross-chain bridges and a mixing service to an account held with a virtual asset "
        "service provider, and drafted a request for the freezing of that account.",
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        "7",
        "The meeting was attended by 38 experts from the following 21 States, who participated "
        "in their personal capacity: Brazil, C\u00f4te d\u2019Ivoire, Czechia, Egypt, Estonia, "
        "Germany, Ghana, Hungary, India, Kenya, Lithuania, Morocco, Nigeria, Philippines, "
        "Republic of Korea, Singapore, South Africa, Switzerland, T\u00fcrkiye, United Arab "
        "Emirates and Viet Nam. The experts included police investigators, prosecutors, judges, "
        "officials of financial intelligence units and supervisors of virtual asset service "
        "providers.",
    ),
    (
        "p",
        "8",
        "The following intergovernmental organizations were represented by observers: the "
        "Financial Action Task Force (FATF), the International Criminal Police Organization "
        "(INTERPOL), the Eastern and Southern Africa Anti-Money Laundering Group (ESAAMLG) and "
        "the Inter-Governmental Action Group against Money Laundering in West Africa (GIABA). "
        "The Digital Asset Investigators Forum, a non-governmental organization, was also "
        "represented. Representatives of two blockchain analytics companies attended at the "
        "invitation of the Secretariat and contributed to the practical exercise. The list of "
        "documents before the meeting is contained in the annex to the present report.",
    ),
    ("h1", "II.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Trends in the laundering of proceeds of crime through virtual assets (agenda item 4)",
    ),
    (
        "p",
        "9",
        "A representative of the Secretariat introduced the agenda item. She said that virtual "
        "assets were now used at every stage of the laundering process. The proceeds of "
        "cyber-enabled fraud and ransomware were generated directly in virtual assets, while "
        "the cash proceeds of drug trafficking and other crimes were increasingly converted "
        "into stablecoins through over-the-counter brokers and converted back into cash in "
        "another country. She noted that stablecoins pegged to the United States dollar had "
        "accounted for some two thirds of the value received by illicit addresses in 2024, "
        "compared with less than a fifth five years earlier.",
    ),
    (
        "p",
        "10",
        "Statements were made by the experts from Brazil, C\u00f4te d\u2019Ivoire, Hungary, "
        "Kenya and Viet Nam, and by the observer for INTERPOL.",
    ),
    (
        "p",
        "11",
        "The Chair, speaking as the expert from Kenya, said that the Financial Reporting Centre "
        "of Kenya had received some twelve hundred suspicious transaction reports involving "
        "virtual assets in 2024, compared with fewer than 200 in 2021. Most of those reports "
        "had been filed by banks and mobile money operators, since virtual asset service "
        "providers had not been subject to reporting obligations until 2025. She said that "
        "nearly a third of the reports concerned peer-to-peer trades in which the sellers of "
        "virtual assets had been paid into mobile money accounts registered in the names of "
        "other persons, often students or casual workers who rented out their accounts for a "
        "small fee.",
    ),
    (
        "p",
        "12",
        "Gabriela Concei\u00e7\u00e3o Ara\u00fajo Brand\u00e3o, Vice-Chair, speaking as the "
        "expert from Brazil, said that drug trafficking organizations in her country had turned "
        "to over-the-counter brokers that accepted cash in S\u00e3o Paulo and other cities and "
        "delivered stablecoins to wallets controlled by suppliers abroad within minutes. The "
        "Federal Police had responded by creating a specialized virtual asset unit in 2022, "
        "whose seizures of virtual assets in the following three years were as shown "
        "below:{1}",
    ),
    (
        "table",
        [
            ("Year", "Bitcoin", "Stablecoins", "Other virtual assets", "Total"),
            ("2022", "14.2", "6.8", "3.1", "24.1"),
            ("2023", "11.9", "19.4", "2.6", "33.9"),
            ("2024", "9.7", "31.5", "4.3", "45.5"),
        ],
    ),
    (
        "p",
        "13",
        "She noted that the share of stablecoins in the value seized had risen from under a "
        "third in 2022 to more than two thirds in 2024, while the number of seizure operations "
        "had risen from 23 in 2022 to 71 in 2024. Most of the assets seized had not yet been "
        "sold: they were held in wallets controlled by the Federal Police, pending final court "
        "decisions, and their value rose and fell with the market.",
    ),
    (
        "p",
        "14",
        "Aya Cl\u00e9mentine Kouadio-Ahoussou (C\u00f4te d\u2019Ivoire) said that the proceeds "
        "of online romance and investment fraud committed from West Africa against victims in "
        "Europe and North America were increasingly collected in virtual assets rather than "
        "through money transfer operators. She reported that forty per cent of the suspicious "
        "transaction reports on online fraud received by the national financial intelligence "
        "unit of C\u00f4te d\u2019Ivoire in 2024 had involved virtual assets, and that "
        "offenders commonly had victims buy gift cards, which were then exchanged for virtual "
        "assets on peer-to-peer platforms.",
    ),
    (
        "p",
        "15",
        "B\u00e1lint Sz\u0151ll\u0151si (Hungary) described fraudulent online investment "
        "platforms operated from call centres abroad, which showed victims fictitious profits "
        "on their virtual asset holdings in order to persuade them to invest more. He said that "
        "the losses reported by victims of such platforms in Hungary had more than tripled in "
        "three years, and that in most cases the funds had passed through accounts with two or "
        "more virtual asset service providers in different States within a day of the "
        "victim\u2019s transfer.",
    ),
    (
        "p",
        "16",
        "V\u00f5 Thanh T\u00e2m (Viet Nam) said that criminal groups operating scam centres in "
        "South-East Asia laundered their proceeds through networks of wallets that received "
        "stablecoins from victims and passed them through dozens of intermediate addresses "
        "before they reached over-the-counter brokers. He reported that the police of Viet Nam "
        "had identified more than 2,400 bank accounts and 350 virtual asset wallets used by "
        "such networks in 2024, and that underground banking networks often provided the link "
        "between the wallets and cash.",
    ),
    (
        "p",
        "17",
        "The observer for INTERPOL said that a global operation coordinated by INTERPOL in 2025, "
        "in which the police forces of 27 States had taken part, had led to more than 800 "
        "arrests and to the freezing of virtual assets worth about 96 million United States "
        "dollars. He stressed that the speed at which virtual assets could be moved made it "
        "essential for the police to be able to ask virtual asset service providers to freeze "
        "funds within hours, including through the network of INTERPOL National Central "
        "Bureaus.",
    ),
    (
        "h2",
        "B.",
        "Mixing services, privacy-enhancing tools, unhosted wallets and decentralized finance "
        "(agenda item 5)",
    ),
    (
        "p",
        "18",
        "Under agenda item 5, statements were made by the experts from Czechia, Germany, the "
        "Republic of Korea and Singapore, and by the observer for the Digital Asset "
        "Investigators Forum.",
    ),
    (
        "p",
        "19",
        "The expert from Germany described the dismantling in 2024 of a mixing service that had "
        "pooled and redistributed the deposits of thousands of users in order to break the link "
        "between the source and the destination of funds. Analysis of the seized servers had "
        "shown that more than half of the deposits could be traced to darknet markets, "
        "ransomware and fraud. The operators had been charged with money-laundering and with "
        "operating an unlicensed financial service, and the data seized had since been shared "
        "with other States to identify users.",
    ),
    (
        "p",
        "20",
        "Park Seo-yeon (Republic of Korea) said that offenders increasingly moved funds from one "
        "blockchain to another through cross-chain bridges and decentralized exchanges, a "
        "technique known as chain hopping, in order to break the trail followed by "
        "investigators. According to an analysis by the Korean National Police Agency, more "
        "than half of the cases of laundering through virtual assets that it had investigated "
        "in 2024 had involved at least one cross-chain bridge, compared with fewer than one in "
        "ten in 2021.",
    ),
    (
        "p",
        "21",
        "Zden\u011bk Ho\u0159ej\u0161\u00ed, Vice-Chair, speaking as the expert from Czechia, "
        "said that privacy coins, which concealed the sender, the recipient and the amount of a "
        "transaction, appeared in fewer than 5 per cent of the cases investigated in his "
        "country, since most virtual asset service providers in Europe had stopped offering "
        "them. Unhosted wallets, controlled directly by their users without any service "
        "provider, posed a greater challenge: they appeared in almost every case, and the funds "
        "held in them could be seized only if investigators obtained the private key or the "
        "recovery phrase.",
    ),
    (
        "p",
        "22",
        "The expert from Singapore said that decentralized finance protocols, through which "
        "users could lend, borrow and exchange virtual assets without an intermediary, had been "
        "used to launder the proceeds of several large thefts from virtual asset service "
        "providers. She noted that many such protocols were in practice controlled by "
        "identifiable developers or holders of governance tokens, who could be regarded as "
        "service providers for regulatory purposes.",
    ),
    (
        "p",
        "23",
        "The observer for the Digital Asset Investigators Forum said that investigators in many "
        "States lacked access to blockchain analytics tools, which were costly and licensed "
        "mainly to agencies in high-income countries, and called for open-source tools and "
        "shared training. Several experts noted that mixing services also had legitimate users "
        "who wished to protect their financial privacy, and the meeting did not reach agreement "
        "on whether States should prohibit such services or regulate them as virtual asset "
        "service providers.",
    ),
    (
        "h2",
        "C.",
        "Regulation and supervision of virtual asset service providers (agenda item 6)",
    ),
    (
        "p",
        "24",
        "S\u00f8ren Kj\u00e6rgaard Vilhelmsen, observer for FATF, recalled that FATF had "
        "extended its standards to virtual assets and virtual asset service providers in 2019, "
        "requiring States to license or register such providers, to supervise them and to apply "
        "the travel rule, under which providers must obtain, hold and transmit information on "
        "the originator and the beneficiary of transfers of virtual assets.{2} He reported "
        "that, of the 138 jurisdictions assessed as of June 2025, only 40 had been rated "
        "largely or fully compliant with the relevant requirements, and that many had not yet "
        "assessed the risks of virtual assets or decided whether to permit or prohibit virtual "
        "asset activities.",
    ),
    (
        "p",
        "25",
        "He said that the travel rule was effective only when all the providers involved in a "
        "transfer applied it, and that the uneven pace of implementation created what was known "
        "as the sunrise problem: a provider in a jurisdiction that applied the rule could not "
        "obtain the required information from a counterpart in a jurisdiction that did not. He "
        "added that stablecoin issuers and transfers to and from unhosted wallets were a "
        "growing focus of the work of FATF, which intended to publish a targeted update on the "
        "implementation of its standards on virtual assets in 2026.",
    ),
    (
        "p",
        "26",
        "The Rapporteur, speaking as the expert from Lithuania, said that several hundred "
        "virtual asset service providers had once been registered in her country under a "
        "simple notification procedure, many of which had no staff or operations there. Under "
        "the new licensing regime of the European Union, providers had to be authorized and "
        "supervised by the Bank of Lithuania, and fewer than one in five of the providers "
        "previously registered had applied for a licence. By September 2025, the Bank had "
        "granted licences to 8 providers.",
    ),
    (
        "p",
        "27",
        "The expert from the Republic of Korea explained that, in her country, virtual asset "
        "service providers could allow customers to deposit or withdraw Korean won only through "
        "an account in the customer\u2019s own name at a bank with which the provider had a "
        "contract, so that every customer was identified twice, by the provider and by the "
        "bank.",
    ),
    (
        "p",
        "28",
        "The Chair, speaking as the expert from Kenya, said that the Virtual Asset Service "
        "Providers Act adopted by Kenya in 2025 required providers to be licensed by the Capital "
        "Markets Authority or the Central Bank of Kenya, depending on the services they "
        "offered, and made them reporting institutions under the Proceeds of Crime and "
        "Anti-Money Laundering Act. She noted that the regulations implementing the Act were "
        "still being drafted and that unlicensed providers based abroad remained accessible to "
        "users in Kenya through mobile applications.",
    ),
    (
        "p",
        "29",
        "Elif G\u00fcl\u015fen Aydo\u011fdu (T\u00fcrkiye) said that legislation adopted in "
        "2024 required providers of virtual asset services to be licensed by the Capital "
        "Markets Board and to report suspicious transactions to the financial intelligence "
        "unit. Since early 2025, providers had also been required to apply the travel rule to "
        "all transfers, with no minimum amount, and to hold any transfer from an unhosted "
        "wallet until the customer had shown that he or she controlled that wallet.",
    ),
    (
        "p",
        "30",
        "The Vice-Chair from Czechia said that some 250 virtual asset kiosks, at which customers "
        "could buy virtual assets for cash, operated in his country, many of them in shopping "
        "centres and petrol stations. The police had found that the kiosks were used both by "
        "victims of fraud, whom offenders instructed to deposit their savings, and by money "
        "mules depositing the cash proceeds of crime in amounts below the threshold of 1,000 "
        "euros above which customers had to be identified. Since July 2025, operators had been "
        "required to identify every customer, whatever the amount.",
    ),
    (
        "h2",
        "D.",
        "Investigation, seizure, confiscation and international cooperation (agenda item 7)",
    ),
    (
        "p",
        "31",
        "Under agenda item 7, statements were made by the experts from Czechia, Lithuania, South "
        "Africa and T\u00fcrkiye, and by the observers for ESAAMLG and GIABA.",
    ),
    (
        "p",
        "32",
        "The Rapporteur described a case in which a virtual asset service provider in Lithuania "
        "had frozen virtual assets worth about 2.3 million euros within four hours of a request "
        "transmitted by a foreign financial intelligence unit. She stressed that providers were "
        "often willing to freeze funds on the basis of credible information from the "
        "authorities, but that such voluntary freezes had no legal basis in many States and "
        "could be challenged by the holders of the accounts concerned.",
    ),
    (
        "p",
        "33",
        "The expert from T\u00fcrkiye said that seized virtual assets were transferred to "
        "wallets controlled by the prosecution service, and that the courts could order their "
        "sale before the end of the proceedings where their value was likely to fall sharply. "
        "In one case, the assets seized had lost nearly half of their value in the months "
        "before such an order was made.",
    ),
    (
        "p",
        "34",
        "The Vice-Chair from Czechia described guidelines issued by the Supreme Public "
        "Prosecutor\u2019s Office in 2024 on the seizure, storage and sale of virtual assets. "
        "The guidelines required that seized assets be moved at once to a wallet created by the "
        "authorities, that access to the private keys of that wallet require the approval of at "
        "least two officials, and that every step be documented for the court.",
    ),
    (
        "p",
        "35",
        "The expert from South Africa said that her country had declared virtual assets to be "
        "financial products in 2022 and had since licensed more than 300 providers. The courts "
        "had granted preservation orders over virtual assets held by providers under the civil "
        "forfeiture provisions of the Prevention of Organised Crime Act, which did not require "
        "a prior conviction.",
    ),
    (
        "p",
        "36",
        "The observers for ESAAMLG and GIABA said that few States in Eastern, Southern and West "
        "Africa had yet obtained the confiscation of virtual assets, and that requests for "
        "mutual legal assistance sent to the States where virtual asset service providers were "
        "established often took more than a year to be executed, by which time the funds had "
        "been moved. Several experts encouraged States to sign and ratify the United Nations "
        "Convention against Cybercrime,{3} which provided for the expedited preservation of "
        "stored computer data and for international cooperation in the confiscation of the "
        "proceeds of crime.",
    ),
    ("h1", "III.", "Recommendations"),
    (
        "p",
        "37",
        "The meeting adopted the following recommendations for the consideration of the "
        "Fifteenth Congress. Member States should:",
    ),
    (
        "sub",
        "a",
        "Assess the money-laundering risks posed by virtual assets and virtual asset service "
        "providers and take measures to mitigate them, including by licensing or registering "
        "providers, supervising them effectively and applying the travel rule;",
    ),
    (
        "sub",
        "b",
        "Make virtual asset service providers subject to the obligation to report suspicious "
        "transactions, and ensure that financial intelligence units have the skills and tools "
        "to analyse those reports;",
    ),
    (
        "sub",
        "c",
        "Establish a legal basis for the rapid freezing of virtual assets held by service "
        "providers, at the request of national or foreign authorities, pending a formal request "
        "for mutual legal assistance;",
    ),
    (
        "sub",
        "d",
        "Adopt procedures for the seizure, safe custody, management and, where appropriate, "
        "early sale of virtual assets, ensuring that access to private keys is controlled and "
        "documented;",
    ),
    (
        "sub",
        "e",
        "Consider allowing the confiscation of virtual assets without a criminal conviction, in "
        "accordance with their domestic law;",
    ),
    (
        "sub",
        "f",
        "Address the risks posed by mixing services, cross-chain bridges and decentralized "
        "finance protocols, including by clarifying when their operators are to be regarded as "
        "virtual asset service providers;",
    ),
    (
        "sub",
        "g",
        "Require the operators of virtual asset kiosks to identify their customers, monitor "
        "transactions and warn users about fraud;",
    ),
    (
        "sub",
        "h",
        "Provide investigators, prosecutors and judges with training on virtual assets and "
        "with access to blockchain analytics tools, and share such tools and expertise with "
        "States that lack them;",
    ),
    (
        "sub",
        "i",
        "Make full use of the United Nations Convention against Cybercrime and the United "
        "Nations Convention against Transnational Organized Crime to cooperate in the tracing, "
        "seizure and confiscation of virtual assets.",
    ),
    (
        "p",
        "38",
        "The meeting further recommended that UNODC, in cooperation with FATF and the "
        "FATF-style regional bodies, develop a training programme for investigators, "
        "prosecutors and judges on the tracing and confiscation of virtual assets, subject to "
        "the availability of extrabudgetary resources.",
    ),
    ("h1", "IV.", "Adoption of the report"),
    (
        "p",
        "39",
        "At its closing meeting, on 16 October 2025, the meeting adopted the present report, as "
        "orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "40",
        "In her closing remarks, the Chair thanked the Government of Kenya for hosting the "
        "meeting, the Governments of the Republic of Korea and Switzerland for their financial "
        "support and UNODC for organizing it. She noted the proposal made by several experts "
        "to hold, after the Congress, a follow-up workshop for African States on the management "
        "of seized virtual assets, and invited the Secretariat to explore that possibility.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("UNODC/CCPCJ/EG.63/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/CCPCJ/EG.63/2025/INF/1", "Information for participants"),
    (
        "UNODC/CCPCJ/EG.63/2025/CRP.1",
        "Background paper prepared by the Secretariat on the laundering of proceeds of crime "
        "through virtual assets",
    ),
    (
        "UNODC/CCPCJ/EG.63/2025/CRP.2",
        "Practical exercise: tracing the proceeds of a fictitious ransomware attack",
    ),
    (
        "UNODC/CCPCJ/EG.63/2025/CRP.3",
        "Compilation of national practices on the seizure and management of virtual assets, "
        "submitted by experts",
    ),
]

LEFT = 22.0  # left margin: headings and paragraph numbers
TEXT_X = 34.0  # paragraph text column (hanging indent)
SUB_LABEL_X = 34.0  # "(a)" labels
SUB_TEXT_X = 44.0  # sub-item text column
SUBSUB_LABEL_X = 44.0  # "(i)" labels (none in this report)
SUBSUB_TEXT_X = 54.0
LINE_LABEL_X = 44.0  # agenda numbers / officer titles
LINE_TEXT_X_AGENDA = 52.0
LINE_TEXT_X_OFFICER = 68.0
TABLE_COLS = [TEXT_X + 4.0, TEXT_X + 24.0, TEXT_X + 46.0, TEXT_X + 74.0, TEXT_X + 118.0]
RIGHT = 170.0  # right edge of the text block
FONT_SIZE = 10.0
LEAD = 4.75  # line height in mm
PARA_GAP = 2.2
ANNEX_COL2 = TEXT_X + 56.0


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_GEOMETRY = _un_pdf.Geometry.of(globals())

_draw_table = _un_pdf.figures_table(TABLE_COLS, _GEOMETRY)


def _draw_annex(pdf: UNReport, lay: _un_pdf.Layout) -> None:
    """The annex on a new page: "Annex", "List of documents" and a ruled two-column table
    whose title cells wrap; every row belongs to the unit "annex.1"."""
    y = lay.new_page()
    pdf.set_font("Serif", "B", 11)
    pdf.text(LEFT, y, ANNEX_HEADING)
    y += LEAD + 3.0
    pdf.set_font("Serif", "B", 10)
    pdf.text(TEXT_X, y, ANNEX_SUBTITLE)
    y += LEAD + 5.0
    pdf.set_line_width(0.25)
    for r, row in enumerate(ANNEX_TABLE):
        if r == 0:
            pdf.set_font("Serif", "I", 9)
            pdf.line(TEXT_X, y - 4.0, RIGHT, y - 4.0)
            pdf.text(TEXT_X, y, row[0])
            pdf.text(ANNEX_COL2, y, row[1])
            pdf.line(TEXT_X, y + 1.8, RIGHT, y + 1.8)
            y += 6.5
            lay.record("annex.1", " | ".join(row))
            continue
        pdf.set_font("Serif", "", FONT_SIZE)
        pdf.text(TEXT_X, y, row[0])
        for k, (words, _) in enumerate(_un_pdf.wrap(pdf, row[1], RIGHT - ANNEX_COL2)):
            if k:
                y += LEAD
            pdf.text(ANNEX_COL2, y, " ".join(words))
        lay.record("annex.1", " | ".join(row))
        y += LEAD + 1.5
    pdf.line(TEXT_X, y - 3.0, RIGHT, y - 3.0)


def render(total_pages: int) -> tuple[UNReport, _un_pdf.Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 11, 6), FONTS, total_pages
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
    _draw_annex(pdf, lay)
    lay.flush_footnotes()
    return pdf, lay


plain = _un_pdf.plain


def units() -> list[dict]:
    """The expected units, in document order, from the same data the PDF is drawn from. A
    paragraph's officer or agenda lines, table rows and footnote texts are further strings of
    its "contains"; the annex table is the unit "annex.1", one line per row."""
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
        if kind == "p":
            uid = num
            last_para = num
        else:  # "sub"
            uid = f"{last_para}({num})"
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
        if kind == "p":
            uid = last_para = num
        else:
            uid = f"{last_para}({num})"
        for m in _un_pdf.MARK_RE.findall(text):
            by_id[uid].setdefault("extra", []).append(FOOTNOTES[m])
    for u in out:
        if "extra" in u:
            u["contains"] = [u.pop("text"), *u.pop("extra")]
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(row) for row in ANNEX_TABLE)})
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
    fp = info["first_page"]
    print(f"table paragraph 12 on page {fp.get('12')}, 13 on page {fp.get('13')}")
    print(f"wrote {UNITS_OUT}")
