"""Generate eval/gold/docs/synthetic-terrorism-financing-rpm.pdf (a Word report printed to PDF).

SYNTHETIC TEST DOCUMENT: a fictional report of a subregional workshop for Eastern Africa on
countering the financing of terrorism through non-profit organizations, hawala and other
informal value transfer systems, and virtual assets (Kampala, 23-25 September 2025). It is not
a United Nations document; the names of persons are invented.

Built like most real UN PDFs, a Word document converted to PDF:

1. python-docx writes a .docx with
   * the synthetic-document line, a borderless masthead table (United Nations | symbol;
     issuing office | distribution, date, original language), a meeting line, title, place
     and dates;
   * chapter and section headings typed "I.<tab>..." / "A.<tab>..." (styles HChG and H1G);
   * body paragraphs numbered by Word's AUTOMATIC numbering ("1." / "(a)" / "(i)"), the
     agenda as a second automatic list, officer lines ("Chair:<tab>...") after their lead-in;
   * real Word footnotes (footnotes.xml) set by LibreOffice at the foot of the page in 8.5 pt
     with superscript marks: two notes in one paragraph (2), a note whose text is a figure
     (paragraph 28, which runs over a page break), a note in a lettered recommendation (41(b));
   * ONE page header (not odd/even) with the symbol, on every page after the first; a footer
     with the job number and the page number as "PAGE/NUMPAGES" (e.g. "3/8"); the first page
     footer carries only the job number;
   * paragraphs that run over page breaks (natural flow, no manual breaks in the body);
   * an annex ("Annex" / "List of documents") with a ruled table, after a page break.
2. LibreOffice converts it:  soffice --headless --convert-to pdf  (made with LibreOffice
   7.4.7.2, python-docx 1.2.0; Times New Roman is replaced by Liberation Serif).

The .docx is deterministic (fixed core properties and ZIP timestamps) and is written to /tmp
(or to the path given as the first argument). The PDF carries LibreOffice's creation date, so
only its text is reproducible.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_terrorism_financing_rpm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import io
import shutil
import sys
import tempfile
from pathlib import Path

from _un_docx import (
    add_footnotes_part,
    add_list,
    add_numbering_definition,
    add_text_with_notes,
    deterministic_zip,
    mark_header_row,
    masthead,
    set_num,
    soffice_convert,
    tab_stop,
)
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-terrorism-financing-rpm.pdf"
DOCX_OUT = Path(tempfile.gettempdir()) / "synthetic-terrorism-financing-rpm.docx"

FIXED_TIME = (2025, 10, 17, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/TPB/WS.6/2025/1"
ISSUE_DATE = "17 October 2025"
JOB_NUMBER = "V.25-16842"
ISSUER = "United Nations Office on Drugs and Crime"
MEETING_LINE = (
    "Subregional workshop for Eastern Africa in preparation for the Fifteenth United Nations "
    "Congress on Crime Prevention and Criminal Justice"
)
TITLE = (
    "Report of the subregional workshop on countering the financing of terrorism through "
    "non-profit organizations, informal value transfer systems and virtual assets"
)
PLACE_DATES = "Kampala, 23–25 September 2025"

# Numbered in the order of their references.
FOOTNOTES = {
    1: "United Nations, Treaty Series, vol. 2178, No. 38349.",
    2: (
        "Financial Action Task Force, International Standards on Combating Money Laundering "
        "and the Financing of Terrorism and Proliferation: the FATF Recommendations (Paris, "
        "2012), as updated."
    ),
    3: (
        "See the reports of the panels of experts established by the Security Council, which "
        "are available on the website of the Council."
    ),
    4: "Security Council resolution 2664 (2022), para. 1.",
    5: (
        "According to the background note, only three of the eleven responding States "
        "reported having used data obtained from mobile money providers in a terrorist "
        "financing investigation."
    ),
    6: (
        "Financial Action Task Force, Best Practices on Combating the Terrorist Financing "
        "Abuse of Non-Profit Organisations (Paris, November 2023)."
    ),
}

AGENDA = [
    "Opening of the workshop.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "Terrorist financing risks in Eastern Africa.",
    "Preventing the abuse of non-profit organizations.",
    "Hawala and other informal value transfer systems.",
    "Virtual assets and new payment technologies.",
    "International cooperation and capacity-building.",
    "Conclusions and recommendations, and adoption of the report.",
]

OFFICERS = [
    "Chair:\tJosephine Akello Nsubuga (Uganda)",
    "Vice-Chair:\tAbdourahman Houmed Guédi (Djibouti)",
    "Vice-Chair:\tSaïd Ahamada Mbaé (Comoros)",
    "Rapporteur:\tHélène Ndayishimiye (Burundi)",
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("UNODC/TPB/WS.6/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/TPB/WS.6/2025/INF/1", "Information for participants"),
    (
        "UNODC/TPB/WS.6/2025/CRP.1",
        "Background note by the Secretariat on terrorist financing risks in Eastern Africa",
    ),
    (
        "UNODC/TPB/WS.6/2025/CRP.2",
        "Summary of replies to the questionnaire on countering the financing of terrorism",
    ),
    (
        "UNODC/TPB/WS.6/2025/CRP.3",
        "Practical exercise: tracing the funds of a fictitious charity",
    ),
]

# Body, in document order.
#   ("h1", text) / ("h2", text)     headings (not units)
#   ("p", text, extras)             a paragraph numbered automatically; extras:
#       "lines":  un-numbered lines that belong to it (officers)
#       "agenda": lines numbered by the second automatic list
#       "items":  lettered sub-items; an item is a str or (str, [roman sub-items])
# A footnote reference is written "{n}" right after the word that carries it.
BODY: list[tuple] = [
    ("h1", "I.\tIntroduction"),
    (
        "p",
        "The subregional workshop on countering the financing of terrorism through non-profit "
        "organizations, informal value transfer systems and virtual assets was held in Kampala "
        "from 23 to 25 September 2025. The workshop was organized by the Terrorism Prevention "
        "Branch of the United Nations Office on Drugs and Crime (UNODC), in cooperation with "
        "the Eastern and Southern Africa Anti-Money Laundering Group (ESAAMLG), and was hosted "
        "by the Financial Intelligence Authority of Uganda. It was funded by the Governments of "
        "Germany and Japan. Interpretation was provided in English and French.",
    ),
    (
        "p",
        "The workshop was convened to help States of Eastern Africa to identify and address the "
        "risk that terrorist groups raise, move and store funds through non-profit "
        "organizations, through hawala and other informal value transfer systems and through "
        "virtual assets, and to formulate recommendations that could be brought to the "
        "attention of the Fifteenth United Nations Congress on Crime Prevention and Criminal "
        "Justice. Participants were invited to take into account the International Convention "
        "for the Suppression of the Financing of Terrorism,{1} Security Council resolution "
        "2462 (2019) and the standards of the Financial Action Task Force (FATF), in "
        "particular its Recommendation 8 on non-profit organizations, as revised in November "
        "2023,{2} and its Recommendation 15 on new technologies.",
    ),
    (
        "p",
        "In a background note prepared for the workshop, the Secretariat summarized the replies "
        "of 11 States of the subregion to a questionnaire circulated in June 2025. Nine of the "
        "eleven responding States reported that they had completed a national assessment of "
        "the risk of terrorist financing, but only four had carried out a specific assessment "
        "of the non-profit sector, and only two had assessed the risks posed by virtual "
        "assets. Some forty per cent of the responding States reported at least one "
        "investigation in the previous three years in which funds had been moved through a "
        "hawala operator, and about a third reported a case involving virtual assets.",
    ),
    ("h1", "II.\tOrganization of the workshop"),
    ("h2", "A.\tOpening of the workshop"),
    (
        "p",
        "The workshop was opened by Samuel Okello-Wamala, Executive Director of the Financial "
        "Intelligence Authority of Uganda, who welcomed participants on behalf of the "
        "Government. He recalled that his country had recently completed a lengthy programme "
        "of reforms to its framework against money-laundering and the financing of terrorism, "
        "and observed that the experience had shown that compliance on paper was of little "
        "value unless supervisors, investigators and prosecutors worked together on real "
        "cases.",
    ),
    (
        "p",
        "Raúl Echegaray Solís, Chief of the Terrorism Prevention Branch of UNODC, made a "
        "statement on behalf of the Executive Director. He noted that terrorist groups in the "
        "subregion had shown great adaptability in financing their activities, combining "
        "extortion, the abuse of charitable giving and the use of mobile money and virtual "
        "assets. He cautioned, however, that measures against terrorist financing must not "
        "become an obstacle to legitimate humanitarian action or to the remittances on which "
        "millions of families in the subregion depended.",
    ),
    (
        "p",
        "Speaking on behalf of ESAAMLG, Thandeka Ncube-Hlatshwayo said that the mutual "
        "evaluations conducted in the subregion had found that Recommendation 8 and "
        "Recommendation 15 remained among the standards with the lowest levels of technical "
        "compliance. She welcomed the focus of the workshop on practical cooperation between "
        "financial intelligence units, supervisors and the non-profit sector.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The workshop was attended by 54 participants from the following 11 States: Burundi, "
        "Comoros, Djibouti, Ethiopia, Kenya, Rwanda, Seychelles, Somalia, South Sudan, Uganda "
        "and United Republic of Tanzania. The participants included analysts from financial "
        "intelligence units, supervisors of banks, money transfer operators and virtual asset "
        "service providers, regulators of non-profit organizations, police investigators and "
        "prosecutors.",
    ),
    (
        "p",
        "The Counter-Terrorism Committee Executive Directorate (CTED), the Intergovernmental "
        "Authority on Development (IGAD), the African Union Mechanism for Police Cooperation "
        "(AFRIPOL) and ESAAMLG were represented. The Global NPO Coalition on FATF attended as "
        "an observer. Resource persons from Brazil, Norway, Poland, Spain and Türkiye shared "
        "the experience of their countries.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its opening session, on 23 September 2025, the workshop elected the following "
        "officers by acclamation:",
        {"lines": OFFICERS},
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its opening session, the workshop adopted the following agenda:",
        {"agenda": AGENDA},
    ),
    (
        "p",
        "The workshop held six sessions. Each substantive item was introduced by a "
        "representative of the Secretariat or by a resource person and was followed by an open "
        "discussion. On the afternoon of 24 September 2025, participants took part in a "
        "practical exercise based on a fictitious case, described in paragraph 39 below. The "
        "documents before the workshop are listed in the annex to the present report.",
    ),
    ("h1", "III.\tSummary of deliberations"),
    ("h2", "A.\tTerrorist financing risks in Eastern Africa"),
    (
        "p",
        "A representative of the Secretariat introduced the item. She explained that the main "
        "terrorist group operating in the subregion, Al-Shabaab, raised most of its revenue "
        "locally, by imposing so-called taxes on businesses, farmers, transporters and imports "
        "at ports and checkpoints, and that United Nations monitoring reports had estimated its "
        "annual revenue at well over 100 million United States dollars.{3} Only a small part "
        "of terrorist financing in the subregion therefore crossed borders, but the funds that "
        "did so frequently passed through hawala operators, mobile money accounts and, "
        "increasingly, virtual assets.",
    ),
    (
        "p",
        "The representative of CTED noted that the Security Council, in its resolution 2462 "
        "(2019), had called upon States to assess the risks of terrorist financing to which "
        "their non-profit sectors were exposed, and had at the same time urged them to take "
        "into account the potential effect of their measures on exclusively humanitarian "
        "activities. She observed that country visits conducted by CTED in the subregion since "
        "2022 had found that investigations of terrorist financing were rarely opened in "
        "parallel with investigations of terrorist acts, so that the financial trail of "
        "attacks was seldom followed.",
    ),
    (
        "p",
        "Tesfaye Gebremedhin Alemu, a prosecutor from Ethiopia, reported that between 2021 and "
        "2024 the prosecution service of his country had brought charges of terrorist "
        "financing in 17 cases, of which 12 had resulted in convictions. Most of the cases had "
        "involved small sums, often less than 2,000 United States dollars, collected from "
        "relatives and sympathizers and sent through hawala agents or mobile money. He stressed "
        "that small amounts were sufficient to finance attacks and that investigators should "
        "not disregard cases because of the sums involved.",
    ),
    (
        "p",
        "Several participants noted that the links between terrorist financing and other forms "
        "of crime, including the smuggling of charcoal and sugar, kidnapping for ransom and the "
        "illicit trade in livestock, were insufficiently understood. Participants from Kenya "
        "and Somalia described how funds raised through extortion were laundered through "
        "legitimate businesses, including real estate and transport companies, making it "
        "difficult to distinguish terrorist financing from ordinary commercial activity.",
    ),
    ("h2", "B.\tPreventing the abuse of non-profit organizations"),
    (
        "p",
        "A representative of the Secretariat recalled that the revised Recommendation 8 "
        "required States to apply focused, proportionate and risk-based measures only to those "
        "non-profit organizations identified as being at risk of terrorist financing abuse, and "
        "not to the sector as a whole. She noted that FATF had found that the misapplication of "
        "the previous standard had led, in a number of countries, to burdensome registration "
        "requirements, intrusive reporting obligations and the closure of the bank accounts of "
        "legitimate organizations.",
    ),
    (
        "p",
        "Wanjiku Mwangi-Kariuki, a senior officer of the authority responsible for the "
        "registration of public benefit organizations in Kenya, reported that some 11,400 "
        "organizations were registered in her country. A risk assessment completed in 2024 had "
        "identified fewer than 300 of them, about two and a half per cent, as exposed to a "
        "higher risk of abuse, mostly organizations that transferred funds to, or operated in, "
        "areas where terrorist groups were active. Supervision and outreach had since been "
        "concentrated on that group, while the reporting requirements for the remaining "
        "organizations had been simplified.",
    ),
    (
        "p",
        "The observer for the Global NPO Coalition on FATF stated that the closure of the bank "
        "accounts of non-profit organizations, and the refusal of banks to process transfers to "
        "certain countries, remained a serious problem in the subregion. Humanitarian "
        "organizations working in Somalia had reported that transfers could take weeks to be "
        "approved, and some had resorted to carrying cash, which increased rather than reduced "
        "the risk of diversion. She welcomed the humanitarian exemption adopted by the "
        "Security Council in its resolution 2664 (2022){4} and called on States to reflect it "
        "in their national sanctions laws.",
    ),
    (
        "p",
        "Ingrid Sæther Bjørnstad, a senior adviser at the Norwegian Agency for Development "
        "Cooperation, described the due diligence expected by her agency from the "
        "organizations it funded, including the screening of partners and the monitoring of "
        "cash distributions. She emphasized that donors shared responsibility for the risks "
        "faced by their partners and should not transfer the whole burden of compliance to "
        "small local organizations, which often lacked the staff to meet complex requirements.",
    ),
    (
        "p",
        "Hodan Abdirahman Warsame (Somalia) explained that much of the humanitarian assistance "
        "in her country was delivered in cash, through mobile money or through hawala "
        "operators, because the banking system did not reach most of the population. She "
        "reported that in 2024 humanitarian agencies had delivered cash assistance to some 1.9 "
        "million people in Somalia. Safeguards included the verification of recipients through "
        "biometric registration, third-party monitoring and the reporting of any suspected "
        "diversion to the financial intelligence unit.",
    ),
    (
        "p",
        "Several participants expressed concern that broadly worded laws on terrorist "
        "financing had been used in some countries to restrict the activities of civil society "
        "organizations, journalists and human rights defenders. Participants agreed that "
        "measures taken under Recommendation 8 should be consistent with international human "
        "rights law, including the rights to freedom of association and of expression, and "
        "that non-profit organizations should be consulted in the preparation of risk "
        "assessments.",
    ),
    (
        "p",
        "Participants from Rwanda and the United Republic of Tanzania described outreach "
        "campaigns for religious organizations, which collected a large share of charitable "
        "donations in the subregion, often in cash. In Rwanda, guidance on the safe handling of "
        "donations had been prepared jointly with an association of faith-based organizations "
        "and distributed to some 2,600 congregations.",
    ),
    ("h2", "C.\tHawala and other informal value transfer systems"),
    (
        "p",
        "A representative of the Secretariat introduced the item. He explained that hawala was "
        "a system of trust-based transfers in which funds were paid to an agent in one country "
        "and an equivalent sum was paid out by a counterpart in another, without the physical "
        "movement of money, the balances between agents being settled later through trade, "
        "cash or bank transfers. Remittances to Somalia, most of them sent through hawala "
        "operators, were estimated at about 1.7 billion United States dollars a year, "
        "equivalent to roughly a quarter of the gross domestic product of the country.",
    ),
    (
        "p",
        "The Vice-Chair, Abdourahman Houmed Guédi, speaking as a participant from Djibouti, "
        "noted that hawala was a legitimate and indispensable service for the diaspora and for "
        "the population of the subregion, and that the objective of regulation should be to "
        "bring operators under supervision rather than to drive them underground. He described "
        "the licensing regime introduced by the Central Bank of Djibouti, under which operators "
        "had to identify their customers and keep records for five years, and reported that "
        "fourteen operators had been licensed by mid-2025.",
    ),
    (
        "p",
        "Hodan Abdirahman Warsame added that the Central Bank of Somalia had licensed some 18 "
        "money transfer businesses and that the largest of them had adopted automated systems "
        "to screen customers against sanctions lists. The principal weakness lay in the agents "
        "and sub-agents operating in remote areas, whose records were often kept by hand, and "
        "in the settlement of balances between operators, which frequently took place in third "
        "countries and was not visible to the supervisors of the subregion.",
    ),
    (
        "p",
        "Oğuz Kaan Yılmaz, a chief inspector with the Financial Crimes Investigation Board of "
        "Türkiye (MASAK), presented a case in which a network of unlicensed money transmitters "
        "had moved funds for a terrorist group through trading companies importing clothing and "
        "electronic goods. The operators had settled their balances by over-invoicing "
        "shipments, so that the value of the transfers was hidden in trade documents. The "
        "investigation had required the analysis of customs data as well as financial records "
        "and had led to the conviction of nine persons in 2023.",
    ),
    (
        "p",
        "Participants from Uganda reported that the Financial Intelligence Authority had "
        "identified, through reports of suspicious transactions filed by banks, a number of "
        "unlicensed hawala operators who had used the accounts of forex bureaus to settle their "
        "balances. In one case in 2024, the courts had ordered the freezing of accounts holding "
        "some 2.3 billion Uganda shillings. Participants noted that the operation of an "
        "unlicensed money transfer business was an offence in most States of the subregion but "
        "that prosecutions for it were rare.",
    ),
    (
        "p",
        "Participants discussed the growing overlap between hawala and mobile money. In Kenya, "
        "Somalia and Uganda, mobile money accounts were now used by a majority of the adult "
        "population, and hawala operators increasingly received and paid out funds through "
        "such accounts rather than in cash. Mobile money providers were subject to obligations "
        "to identify customers and report suspicious transactions, but participants observed "
        "that accounts were often registered in the name of one person and used by others, that "
        "limits on transactions could be circumvented by using many accounts, and that the "
        "transaction data of providers were seldom used in investigations of terrorist "
        "financing.{5} Participants from Kenya described an investigation in which the analysis "
        "of mobile money transactions had made it possible to identify some 40 persons who had "
        "contributed to the financing of a terrorist cell, in amounts ranging from 500 to "
        "20,000 Kenya shillings.",
    ),
    ("h2", "D.\tVirtual assets and new payment technologies"),
    (
        "p",
        "A representative of the Secretariat recalled that FATF Recommendation 15 required "
        "States to license or register virtual asset service providers and to apply to them the "
        "same obligations as to other financial institutions, including the “travel rule”, "
        "under which information on the originator and the beneficiary had to accompany "
        "transfers. She noted that only two States of the subregion had adopted a legal "
        "framework for virtual asset service providers, and that stablecoins pegged to the "
        "United States dollar had become the virtual assets most frequently used for illicit "
        "purposes.",
    ),
    (
        "p",
        "Conceição Albuquerque Leão, a federal police officer from Brazil, described the use of "
        "blockchain analytics tools in an investigation of a network that had collected "
        "donations for a terrorist group through appeals on messaging applications. Donors had "
        "been asked to send stablecoins to addresses that changed every few days. By tracing "
        "the funds to accounts held with exchanges, the investigators had identified the "
        "persons controlling the addresses and seized virtual assets worth the equivalent of "
        "450,000 United States dollars. She stressed that such cases depended on the rapid "
        "cooperation of exchanges, many of which were located abroad.",
    ),
    (
        "p",
        "Łukasz Wierzbicki, a prosecutor from Poland, addressed the seizure and management of "
        "virtual assets. He explained that prosecutors needed clear legal authority to take "
        "control of the private keys of a suspect, wallets held by the State to which seized "
        "assets could be transferred, and procedures for the sale of volatile assets before the "
        "end of proceedings. He warned that seized assets had been lost in some countries "
        "because they had been left on devices or with exchanges that later became insolvent.",
    ),
    (
        "p",
        "The representative of Kenya reported that a bill on virtual asset service providers "
        "had been submitted to Parliament in 2025 and would designate the Central Bank and the "
        "Capital Markets Authority as supervisors. A participant from Seychelles described the "
        "registration of virtual asset service providers under legislation adopted in 2024, "
        "and noted that the financial intelligence unit of the country had received 312 "
        "reports of suspicious transactions involving virtual assets in the first half of "
        "2025, compared with 97 in the whole of 2023.",
    ),
    (
        "p",
        "Participants from Rwanda described the regulatory sandbox operated by the National "
        "Bank of Rwanda, in which providers of new payment services could test their products "
        "under supervision before obtaining a licence. Participants considered that such "
        "arrangements could help supervisors to understand new technologies early, but "
        "cautioned that they should include obligations to identify customers from the outset.",
    ),
    (
        "p",
        "Several participants drew attention to the use of social media and crowdfunding "
        "platforms to solicit donations for terrorist groups, sometimes disguised as appeals "
        "for humanitarian causes or for the families of detained fighters. Such appeals "
        "increasingly asked for payment in virtual assets or through mobile money. "
        "Participants called for closer cooperation with technology companies and for the "
        "inclusion of crowdfunding platforms in the scope of national regulations.",
    ),
    ("h2", "E.\tInternational cooperation and capacity-building"),
    (
        "p",
        "Íñigo Zubiaurre Ibáñez, an analyst with the financial intelligence unit of Spain "
        "(SEPBLAC), described the exchange of information between financial intelligence units "
        "through the secure web of the Egmont Group, and encouraged the units of the subregion "
        "that were not yet members of the Group to apply. He noted that spontaneous "
        "disclosures, made without a prior request, had in his experience been the most useful "
        "source of information in cases of terrorist financing.",
    ),
    (
        "p",
        "The representative of IGAD presented the work of its Security Sector Programme on "
        "transnational organized crime and terrorist financing, including a regional network of "
        "financial investigators established in 2023 that now included 46 members from eight "
        "countries. She called for the network to be connected with the Asset Recovery "
        "Inter-Agency Network for Eastern Africa.",
    ),
    (
        "p",
        "Participants from Burundi and the United Republic of Tanzania noted that requests for "
        "mutual legal assistance in cases of terrorist financing often took more than a year to "
        "be executed, by which time the funds had long been moved. They called for greater use "
        "of informal cooperation between financial intelligence units and police services "
        "before formal requests were made, and for the designation of contact points for urgent "
        "requests to freeze funds.",
    ),
    (
        "p",
        "Participants identified their most pressing needs for capacity-building as follows:",
        {
            "items": [
                "Training of financial investigators and prosecutors in the tracing of virtual "
                "assets and in the use of blockchain analytics tools;",
                "Guidance for supervisors on the risk-based supervision of money transfer "
                "operators and hawala agents;",
                "Support for sectoral risk assessments of non-profit organizations, with the "
                "participation of the sector;",
                "Secure systems for the exchange of information between financial intelligence "
                "units, supervisors and law enforcement authorities.",
            ]
        },
    ),
    (
        "p",
        "In the practical exercise held on 24 September 2025, participants were divided into "
        "four groups, each representing the authorities of a different country, and were asked "
        "to trace the funds of a fictitious charity that had collected donations in cash, "
        "through mobile money and in virtual assets and had transferred them through a hawala "
        "operator. The exercise showed that each group could reconstruct only part of the flow "
        "of funds on the basis of its own information, and that the full picture emerged only "
        "when the financial intelligence units of the four groups shared what they knew. "
        "Participants found the exercise useful and asked that it be repeated at the national "
        "level.",
    ),
    ("h1", "IV.\tConclusions and recommendations"),
    (
        "p",
        "Participants concluded that the financing of terrorism in Eastern Africa relied to a "
        "large extent on funds raised within the subregion, but that the channels through which "
        "such funds were moved, namely hawala, mobile money and virtual assets, were also used "
        "by millions of people for legitimate purposes. Measures against terrorist financing "
        "should therefore be targeted at the risks identified and should preserve access to "
        "financial services, the delivery of humanitarian assistance and the work of civil "
        "society.",
    ),
    (
        "p",
        "The workshop identified the following recommendations, which were not negotiated, for "
        "the consideration of the Fifteenth Congress. States of the subregion should:",
        {
            "items": [
                "Conduct, and update at least every three years, assessments of the risk of "
                "terrorist financing in the non-profit sector, in hawala and other informal "
                "value transfer systems and in virtual assets, in consultation with the private "
                "sector and civil society;",
                "Apply focused and proportionate measures only to those non-profit "
                "organizations identified as being at risk, in line with the revised "
                "Recommendation 8 and the related best practices of FATF,{6} and avoid measures "
                "that restrict legitimate humanitarian and civil society activities;",
                (
                    "Bring hawala and other money transfer operators under supervision, "
                    "including by:",
                    [
                        "Licensing or registering operators and their agents, with simple "
                        "procedures and reasonable fees;",
                        "Requiring operators to identify their customers, keep records and "
                        "report suspicious transactions;",
                        "Investigating and prosecuting the operation of unlicensed money "
                        "transfer businesses;",
                    ],
                ),
                "License or register virtual asset service providers, implement the travel "
                "rule and establish procedures for the seizure, custody and disposal of virtual "
                "assets;",
                "Make use of the data held by mobile money providers in financial "
                "investigations, subject to safeguards for the protection of personal data;",
                "Open a parallel financial investigation in every investigation of a terrorist "
                "offence;",
                "Reflect the humanitarian exemption set out in Security Council resolution 2664 "
                "(2022) in national law and practice.",
            ]
        },
    ),
    (
        "p",
        "The workshop recommended that UNODC, in cooperation with CTED, ESAAMLG and IGAD:",
        {
            "items": [
                "Develop a training module for investigators, prosecutors and judges on "
                "terrorist financing through virtual assets, adapted to the legal systems of "
                "the subregion;",
                "Support States in conducting risk assessments of the non-profit sector and in "
                "their outreach to the sector;",
                "Organize a follow-up workshop within two years to review progress in the "
                "implementation of the present recommendations.",
            ]
        },
    ),
    (
        "p",
        "The workshop further recommended that the Fifteenth Congress give attention to the "
        "financing of terrorism through informal and new payment channels, and to the need to "
        "ensure that measures to counter it did not impede humanitarian action or financial "
        "inclusion.",
    ),
    ("h1", "V.\tAdoption of the report"),
    (
        "p",
        "At its closing session, on 25 September 2025, the workshop adopted the present report, "
        "on the basis of a draft introduced by the Rapporteur, Hélène Ndayishimiye (Burundi), "
        "on the understanding that the Rapporteur, with the assistance of the Secretariat, "
        "would finalize it.",
    ),
    (
        "p",
        "In her closing remarks, the Chair, Josephine Akello Nsubuga, thanked the Government of "
        "Uganda for hosting the workshop, the Governments of Germany and Japan for their "
        "financial support and UNODC and ESAAMLG for its organization. She observed that the "
        "workshop had brought together, for the first time in the subregion, regulators of "
        "non-profit organizations, supervisors of money transfer operators and financial "
        "intelligence units, and expressed the hope that the contacts made would be "
        "maintained.",
    ),
]


AGENDA_NUM_ID = 21
AGENDA_ABSTRACT_ID = 21


# --------------------------------------------------------------------------------------------
# Word parts that python-docx has no API for
# --------------------------------------------------------------------------------------------


def add_agenda_numbering(doc) -> None:  # noqa: ANN001
    """A second numbered list ("1." at 1701 twips, text at 2268) for the agenda lines."""
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{AGENDA_ABSTRACT_ID}">'
        '<w:nsid w:val="3C7F2A61"/>'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="2268"/></w:tabs>'
        '<w:ind w:left="2268" w:hanging="567"/></w:pPr>'
        "</w:lvl>"
        "</w:abstractNum>"
    )
    add_list(doc, abstract, AGENDA_ABSTRACT_ID, AGENDA_NUM_ID)


def field(paragraph, instr: str, placeholder: str = "1") -> None:  # noqa: ANN001
    """A simple field (PAGE, NUMPAGES) at the end of the paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instr} ")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "17")
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


# --------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------


def _styles(doc) -> None:  # noqa: ANN001
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Times New Roman")
    normal.paragraph_format.space_after = Pt(0)

    single = doc.styles.add_style("SingleTxtG", WD_STYLE_TYPE.PARAGRAPH)
    single.base_style = normal
    single.paragraph_format.left_indent = Twips(1134)
    single.paragraph_format.right_indent = Twips(1134)
    single.paragraph_format.space_after = Pt(6)
    single.paragraph_format.line_spacing = Pt(12)
    single.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    single.paragraph_format.widow_control = True

    for name, size, level in (("HChG", 14, 0), ("H1G", 12, 1)):
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.bold = True
        st.font.size = Pt(size)
        st.paragraph_format.left_indent = Twips(1134)
        st.paragraph_format.first_line_indent = Twips(-567)
        st.paragraph_format.right_indent = Twips(1134)
        st.paragraph_format.space_before = Pt(12)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.keep_with_next = True
        ppr = st.element.get_or_add_pPr()
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(level))
        ppr.append(outline)

    note = doc.styles.add_style("FootnoteText", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.size = Pt(8.5)
    ref = doc.styles.add_style("FootnoteReference", WD_STYLE_TYPE.CHARACTER)
    ref.font.superscript = True


def _header_footer(doc) -> None:  # noqa: ANN001
    section = doc.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = Cm(2.5)
    section.bottom_margin = Cm(2.5)
    section.left_margin = Cm(2.0)
    section.right_margin = Cm(2.0)
    section.header_distance = Cm(1.25)
    section.footer_distance = Cm(1.25)
    section.different_first_page_header_footer = True

    # every page after the first: the symbol at the right of the header; the job number at
    # the left of the footer and "page/pages" at the right
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run(SYMBOL).bold = True
    fp = section.footer.paragraphs[0]
    tab_stop(fp, 9638, "right")
    fp.add_run(JOB_NUMBER + "\t").font.size = Pt(8)
    field(fp, "PAGE")
    fp.add_run("/").font.size = Pt(8.5)
    field(fp, "NUMPAGES")
    # first page: only the job number
    fp = section.first_page_footer.paragraphs[0]
    fp.add_run(JOB_NUMBER + " (E)").font.size = Pt(8)


def _masthead(doc) -> None:  # noqa: ANN001
    doc.add_paragraph(DISCLAIMER)
    masthead(doc, SYMBOL, ISSUER, 14, ISSUE_DATE, "English")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(MEETING_LINE).bold = True
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph(PLACE_DATES)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(12)


def _body_table(doc, rows) -> None:  # noqa: ANN001
    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.bold = i == 0
            run.font.size = Pt(9)
    mark_header_row(tbl.rows[0])
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _paragraph(doc, text: str, extra: dict) -> None:  # noqa: ANN001
    para = doc.add_paragraph(style="SingleTxtG")
    add_text_with_notes(para, text)
    set_num(para, 0)
    lp = None
    for line in extra.get("lines", []):
        lp = doc.add_paragraph(line, style="SingleTxtG")
        lp.paragraph_format.left_indent = Twips(1701)
        lp.paragraph_format.space_after = Pt(0)
        lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        tab_stop(lp, 3402)
    if lp is not None:
        lp.paragraph_format.space_after = Pt(6)
    ap = None
    for line in extra.get("agenda", []):
        ap = doc.add_paragraph(line, style="SingleTxtG")
        ap.paragraph_format.space_after = Pt(0)
        ap.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        numpr = ap._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = AGENDA_NUM_ID
    if ap is not None:
        ap.paragraph_format.space_after = Pt(6)
    for item in extra.get("items", []):
        item_text, nested = (item, []) if isinstance(item, str) else item
        ip = doc.add_paragraph(style="SingleTxtG")
        add_text_with_notes(ip, item_text)
        set_num(ip, 1)
        for sub in nested:
            sp = doc.add_paragraph(sub, style="SingleTxtG")
            set_num(sp, 2)


def build() -> Document:
    doc = Document()
    _styles(doc)
    add_numbering_definition(doc, "2B8E51C4")
    add_agenda_numbering(doc)
    add_footnotes_part(doc, FOOTNOTES)

    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "congress-qa evaluation (synthetic)"
    cp.last_modified_by = "congress-qa evaluation (synthetic)"
    cp.subject = SYMBOL
    cp.comments = DISCLAIMER
    cp.keywords = "synthetic; test document"
    cp.language = "en"
    cp.created = _dt.datetime(*FIXED_TIME)
    cp.modified = _dt.datetime(*FIXED_TIME)
    cp.last_printed = _dt.datetime(*FIXED_TIME)
    cp.revision = 1

    _header_footer(doc)
    _masthead(doc)
    for item in BODY:
        kind, text = item[0], item[1]
        if kind == "h1":
            doc.add_paragraph(text, style="HChG")
        elif kind == "h2":
            doc.add_paragraph(text, style="H1G")
        elif kind == "p":
            _paragraph(doc, text, item[2] if len(item) > 2 else {})
        else:  # pragma: no cover
            raise ValueError(kind)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(ANNEX_HEADING, style="HChG")
    doc.add_paragraph(ANNEX_SUBTITLE, style="H1G")
    _body_table(doc, ANNEX_TABLE)
    return doc


def write_docx(path: Path) -> None:
    buf = io.BytesIO()
    build().save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(deterministic_zip(buf.getvalue(), FIXED_TIME))


def convert_to_pdf(docx: Path, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        made = soffice_convert(docx, "pdf", tmp)
        pdf.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made, pdf)


def main() -> None:
    docx = Path(sys.argv[1]) if len(sys.argv) > 1 else DOCX_OUT
    write_docx(docx)
    print(f"wrote {docx}")
    convert_to_pdf(docx, OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
