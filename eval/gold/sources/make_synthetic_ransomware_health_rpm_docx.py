"""Generate synthetic-ransomware-health-rpm.docx (and its expected units) in this folder.

A SYNTHETIC report of a regional preparatory meeting (Eastern Europe) for the Fifteenth United
Nations Congress on Crime Prevention and Criminal Justice whose thematic discussion concerns
ransomware and other cyber-enabled crime against hospitals and other critical infrastructure.
It is clearly labelled as synthetic in its first line.

Layout exercised:

* the synthetic-document line and the UN masthead (a borderless 2x2 table: United Nations |
  symbol; issuing body | distribution, date, original language) sit in the FIRST-PAGE HEADER
  (w:titlePg); later pages carry a header with the symbol and a footer with a PAGE field;
* title and place/dates are the first body paragraphs; no contents table;
* chapters I and III: paragraph numbers produced by Word's automatic numbering (w:numPr ->
  numbering.xml; "%1." level 0, "(%2)" level 1, "(%3)" level 2). Chapter III uses a second
  w:num on the same abstractNum with a startOverride, so its numbers continue from chapter II;
* chapters II and IV: paragraph numbers typed as text ("6.<tab>...");
* a paragraph with soft line breaks (w:br) inside it (officers), a paragraph with a hyperlink
  run (w:hyperlink, external relationship), two real footnotes (footnotes.xml), bold lead-ins
  ("Ms. X (Country) said ..."), recommendations with (a)... and nested (i), (ii), (iii);
* an annex with a table listing the documents (one unit, annex.1).

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python make_synthetic_ransomware_health_rpm_docx.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _expected import write_expected  # noqa: E402
from _un_docx import (  # noqa: E402
    ABSTRACT_NUM_ID,
    NUM_ID,
    add_footnotes_part,
    add_numbering_definition,
    base_styles,
    bottom_border,
    cell_text,
    core_properties,
    footnote_ref,
    footnote_settings,
    mark_header_row,
    save_docx,
    set_cell_borders,
    symbol_header_page_footer,
)
from docx import Document  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Pt, RGBColor, Twips  # noqa: E402

HERE = Path(__file__).resolve().parent
DOC_ID = "synthetic-ransomware-health-rpm"
OUT = HERE.parents[2] / "eval" / "gold" / "docs" / f"{DOC_ID}.docx"
UNITS_OUT = HERE.parents[2] / "eval" / "gold" / "expected" / f"{DOC_ID}.json"
FIXED_TIME = (2025, 10, 3, 9, 0, 0)
NUM_ID_CH3 = 21  # second w:num on the same abstractNum, restarting at the next number

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "A/CONF.250/RPM.8/1"
ISSUE_DATE = "20 June 2025"
ISSUER = "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice"
TITLE = (
    "Report of the Eastern European Regional Preparatory Meeting for the Fifteenth United "
    "Nations Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Vilnius, 2–4 June 2025"
LINK_URL = "https://www.unodc.org/unodc/en/crimecongress/index.html"

FOOTNOTES = {
    1: "Financial Action Task Force, International Standards on Combating Money Laundering "
    "and the Financing of Terrorism and Proliferation: the FATF Recommendations (Paris, 2012, "
    "as updated), recommendation 15 and its interpretive note.",
    2: "General Assembly resolution 79/243, annex.",
}

# Inline markup inside texts:
#   **bold**          a bold run (lead-ins)
#   {n}               footnote reference n
#   [[text|url]]      hyperlink run showing "text"
#   "\n"              soft line break (w:br) inside the paragraph
#
# Body, in document order:
#   ("h1", text, mode)   chapter heading (not a unit); mode "auto" (Word numbering) or "typed"
#   ("h2", text)         section heading (not a unit)
#   ("p", text)          numbered paragraph
#   ("p", text, items)   + lettered sub-items; an item is str or (str, [nested (i) items])
BODY: list[tuple] = [
    ("h1", "I.\tRecommendations", "auto"),
    (
        "p",
        "The recommendations set out below emanated from the deliberations of the Meeting. "
        "They were not negotiated among the participants and do not necessarily reflect the "
        "views of every State represented; they are submitted to the Fifteenth Congress as a "
        "record of the main proposals made by the experts.",
    ),
    (
        "p",
        "With regard to the protection of hospitals and other critical infrastructure against "
        "ransomware, Member States should:",
        [
            "Recognize the health sector, including public and private hospitals, emergency "
            "medical services and the supply chains for medicines and blood products, as "
            "critical infrastructure in national legislation or policy, with minimum "
            "cybersecurity obligations proportionate to the size of each facility;",
            "Require operators of critical infrastructure to notify ransomware incidents to a "
            "designated national authority within seventy-two hours, and ensure that such "
            "notifications are shared promptly with law enforcement authorities so that "
            "evidence can be preserved;",
            "Support small and rural hospitals, which often lack dedicated information "
            "technology staff, through shared security operations centres, offline back-up "
            "schemes and regular exercises simulating the loss of all digital systems;",
        ],
    ),
    (
        "p",
        "With regard to ransom payments and the proceeds of ransomware, Member States should:",
        [
            "Discourage victims from paying ransoms, recognizing that payments finance further "
            "criminal activity and do not guarantee that data will be restored or deleted, "
            "while refraining from measures that would penalize victims who pay in situations "
            "in which human life is at risk;",
            (
                "Subject virtual asset service providers to the same obligations of customer "
                "due diligence, record-keeping and reporting of suspicious transactions as "
                "other financial institutions, in particular by:",
                [
                    "Licensing or registering all virtual asset service providers operating in "
                    "or from their territory;",
                    "Applying the “travel rule” on the transmission of originator and "
                    "beneficiary information to transfers of virtual assets;",
                    "Enabling the rapid freezing of virtual assets identified as proceeds of "
                    "ransomware, including at the request of another State;",
                ],
            ),
            "Strengthen the capacity of financial intelligence units, prosecutors and "
            "investigators to trace transactions on public blockchains, including through "
            "access to specialized analytical tools;",
        ],
    ),
    (
        "p",
        "With regard to investigations and international cooperation, Member States should:",
        [
            "Consider becoming parties to the United Nations Convention against Cybercrime and "
            "make full use of existing instruments on mutual legal assistance, extradition and "
            "the expedited preservation of electronic data;",
            "Ensure that their 24/7 points of contact are staffed around the clock by "
            "personnel able to act on requests for the preservation of data, and keep their "
            "contact details up to date in the relevant directories;",
            "Target not only ransomware operators but also the services on which they depend, "
            "including initial access brokers, “bulletproof” hosting providers and "
            "money-laundering services, through joint investigations and coordinated action;",
        ],
    ),
    (
        "p",
        "With regard to victims, partnerships and capacity-building, Member States should:",
        [
            "Treat hospitals, patients and other persons whose data are stolen or published as "
            "victims of crime, entitled to information, support and, where possible, the "
            "removal of leaked data from websites and platforms;",
            "Develop public-private partnerships with cybersecurity firms, Internet service "
            "providers, hosting providers and virtual asset service providers, with clear "
            "safeguards for data protection and for the sharing of information on threats;",
            "Request the United Nations Office on Drugs and Crime (UNODC) to continue "
            "providing technical assistance to the States of the region, in particular on "
            "blockchain analysis, the handling of electronic evidence and the investigation of "
            "attacks on critical infrastructure.",
        ],
    ),
    ("h1", "II.\tOrganization of the meeting", "typed"),
    ("h2", "A.\tDuration and venue of the meeting"),
    (
        "p",
        "The Eastern European Regional Preparatory Meeting for the Fifteenth United Nations "
        "Congress on Crime Prevention and Criminal Justice was held in Vilnius from 2 to "
        "4 June 2025, pursuant to General Assembly resolution 78/224. The Meeting was hosted "
        "by the Government of Lithuania and organized by UNODC, which serves as the "
        "secretariat of the Congress.",
    ),
    ("h2", "B.\tOpening of the meeting"),
    (
        "p",
        "The Meeting was opened on 2 June 2025 by Rasa Mačiulytė, Vice-Minister of Justice of "
        "Lithuania. She recalled that in October 2023 a ransomware attack on a regional "
        "hospital in her country had forced it to divert ambulances to other facilities for "
        "eleven days and to postpone some 340 planned operations. Although no patient had died "
        "as a direct result, the attack had shown that crimes committed from thousands of "
        "kilometres away could put lives at risk at the bedside.",
    ),
    (
        "p",
        "Julien Ferré, Chief of the Cybercrime and Anti-Money-Laundering Section of UNODC, made "
        "a statement on behalf of the Executive Director. He noted that ransomware had become "
        "the most disruptive form of cybercrime affecting public services, and that the health "
        "sector was targeted because criminals knew that hospitals could not afford to stop "
        "working. He observed that payments to ransomware groups tracked on public blockchains "
        "had been estimated at more than 800 million United States dollars in 2024, a figure "
        "that did not include the far higher costs of recovery, lost services and harm to "
        "patients.",
    ),
    ("h2", "C.\tAttendance"),
    (
        "p",
        "The Meeting was attended by experts from the following twenty-one States of the "
        "region: Albania, Armenia, Azerbaijan, Bosnia and Herzegovina, Bulgaria, Croatia, "
        "Czechia, Estonia, Georgia, Hungary, Latvia, Lithuania, Montenegro, North Macedonia, "
        "Poland, Republic of Moldova, Romania, Serbia, Slovakia, Slovenia and Ukraine. "
        "Türkiye was represented by an observer.",
    ),
    (
        "p",
        "The following intergovernmental organizations were represented by observers: the "
        "Council of Europe, the European Union Agency for Law Enforcement Cooperation "
        "(Europol), the European Union Agency for Cybersecurity (ENISA), the International "
        "Criminal Police Organization (INTERPOL), the Organization for Security and "
        "Co-operation in Europe (OSCE) and the Regional Office for Europe of the World Health "
        "Organization (WHO). The CyberPeace Institute and the Global Forum on Cyber Expertise "
        "also attended as observers. In all, 94 participants took part in the Meeting, of whom "
        "forty-one were women.",
    ),
    ("h2", "D.\tElection of officers"),
    (
        "p",
        "At its 1st meeting, on 2 June 2025, the Meeting elected the following officers by "
        "acclamation:\nChair: Gintarė Žilinskienė (Lithuania)\nVice-Chairs: Tomáš Dvořák "
        "(Czechia) and Ioana Căpraru (Romania)\nRapporteur: Zsófia Kovács-Horváth (Hungary)",
    ),
    ("h2", "E.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its 1st meeting, the Meeting adopted its agenda. In addition to the "
        "procedural items, the agenda provided for a general discussion of the substantive "
        "items of the provisional agenda of the Fifteenth Congress (item 4), a thematic "
        "discussion on ransomware and other cyber-enabled crime against hospitals and other "
        "critical infrastructure (item 5), the consideration of recommendations (item 6) and "
        "the adoption of the report (item 7).",
    ),
    (
        "p",
        "The Meeting held six plenary meetings. Interpretation was provided in English and "
        "Russian. The thematic discussion under agenda item 5 was organized in six panels, "
        "each introduced by a representative of the Secretariat and followed by a moderated "
        "exchange among the experts.",
    ),
    ("h2", "F.\tDocumentation"),
    (
        "p",
        "The Meeting had before it the discussion guide for the Fifteenth Congress "
        "(A/CONF.250/PM.1), a background paper prepared by the Secretariat on ransomware and "
        "other cyber-enabled crime against critical infrastructure (A/CONF.250/RPM.8/CRP.1) "
        "and the other documents listed in the annex to the present report. The documents are "
        "available on the website of the Congress ([[www.unodc.org/unodc/en/crimecongress|"
        + LINK_URL
        + "]]).",
    ),
    ("h1", "III.\tSummary of deliberations", "auto"),
    (
        "h2",
        "A.\tGeneral discussion of the substantive items of the provisional agenda of the "
        "Fifteenth Congress (agenda item 4)",
    ),
    (
        "p",
        "A representative of the Secretariat introduced the item, recalling the overall theme "
        "of the Fifteenth Congress and its four substantive agenda items, which concerned "
        "crime prevention, criminal justice systems, international cooperation and technical "
        "assistance, and the use of new technologies to prevent and counter crime.",
    ),
    (
        "p",
        "**Mr. Ion Munteanu (Republic of Moldova)** said that his country's new crime "
        "prevention strategy for 2025–2030 gave particular attention to young people recruited "
        "online to commit fraud, and that about one in three persons prosecuted for online "
        "fraud in 2024 had been under the age of twenty-five.",
    ),
    (
        "p",
        "**Ms. Biljana Stojanovska (North Macedonia)** described reforms to reduce the length "
        "of pre-trial detention, which had fallen from an average of 7.5 months in 2020 to "
        "four months in 2024, and the introduction of electronic monitoring as an alternative "
        "to custody.",
    ),
    (
        "p",
        "**Mr. Nikola Petrović (Serbia)** stressed that international cooperation remained "
        "slow when requests for mutual legal assistance were sent through diplomatic channels, "
        "and that a request for subscriber information could still take between six and "
        "eighteen months to be answered. He welcomed the growing use of electronic "
        "transmission of requests between central authorities.",
    ),
    (
        "p",
        "Several experts said that new technologies offered opportunities as well as risks. "
        "**Ms. Anahit Grigoryan (Armenia)** reported that the police of her country had begun "
        "to use artificial intelligence to detect fraudulent websites, and that 1,150 such "
        "websites had been blocked in 2024. Other experts cautioned that the use of such tools "
        "had to respect the right to privacy and be subject to independent oversight.",
    ),
    (
        "h2",
        "B.\tRansomware against hospitals and other critical infrastructure: trends and "
        "impact (agenda item 5)",
    ),
    (
        "p",
        "Introducing the thematic discussion, a representative of the Secretariat explained "
        "that ransomware was malicious software that encrypted the data and systems of a "
        "victim, after which the offenders demanded a payment, usually in cryptocurrency, in "
        "exchange for a decryption key. In the “double extortion” model now used by most "
        "groups, the offenders also stole data before encrypting them and threatened to "
        "publish them on a leak site if the ransom was not paid. Many groups operated as "
        "“ransomware as a service”, in which developers rented their tools to affiliates in "
        "return for a share of each ransom, typically between 20 and 30 per cent.",
    ),
    (
        "p",
        "**Ms. Agnieszka Wróbel (Poland)** said that the national computer security incident "
        "response team had recorded 61 ransomware incidents affecting health-care entities in "
        "2024, an increase of thirty-eight per cent over the previous year. Hospitals had "
        "needed on average three weeks to restore their main clinical systems, and during "
        "that period staff had reverted to paper records, which slowed admissions and "
        "increased the risk of errors in medication.",
    ),
    (
        "p",
        "**Ms. Ioana Căpraru (Romania)**, speaking as an expert, described an attack in 2024 "
        "in which a single compromised software platform shared by more than 100 hospitals had "
        "been encrypted. The offenders had demanded 3 million United States dollars. The "
        "authorities had decided not to pay, and most hospitals had restored their systems "
        "from back-ups within nine days; the incident had nonetheless led to a national "
        "programme to separate the networks of individual hospitals.",
    ),
    (
        "p",
        "**Mr. Oleksandr Hnatiuk (Ukraine)** said that attacks on critical infrastructure in "
        "his country, including on energy companies, water utilities and hospitals, had been "
        "carried out both by criminal groups and by actors linked to the armed conflict, and "
        "that the line between the two was often blurred. More than 4,300 cyber incidents had "
        "been handled by the national response team in 2024. He stressed that ransomware was "
        "sometimes used as a cover for attacks whose real purpose was destruction.",
    ),
    (
        "p",
        "The observer for the Regional Office for Europe of WHO said that the harm caused by "
        "attacks on hospitals was measured not only in money but in delayed treatment, "
        "diverted ambulances and cancelled operations. Studies in several countries had found "
        "that mortality among patients admitted during an attack could rise measurably, "
        "although the evidence remained limited. She called for ransomware attacks on health "
        "care to be treated as a threat to public health.",
    ),
    (
        "p",
        "**Ms. Elira Hoxha (Albania)** noted that attacks on public institutions in her "
        "country in 2022 had shown that the systems of ministries, hospitals and civil "
        "registries were often interconnected, so that a single intrusion could affect many "
        "services. Albania had since adopted a law requiring operators of critical information "
        "infrastructure to appoint a security officer and to report incidents within "
        "twenty-four hours.",
    ),
    ("h2", "C.\tRansom payments, cryptocurrency and the tracing of proceeds"),
    (
        "p",
        "Experts discussed whether ransom payments should be prohibited. Some experts "
        "considered that a ban would deprive criminal groups of their revenue and remove the "
        "incentive to attack. Others warned that a ban could push victims to pay secretly, "
        "without informing the authorities, and would be difficult to apply to hospitals when "
        "the lives of patients were at stake. There was broad agreement that victims should "
        "be strongly discouraged from paying and encouraged to report every attack, whether or "
        "not a ransom was paid.",
    ),
    (
        "p",
        "**Mr. Jānis Bērziņš (Latvia)** described an investigation in which the financial "
        "intelligence unit and the police had traced ransom payments of some 2.4 million euros "
        "through more than 1,000 transactions on a public blockchain. With the cooperation of "
        "two virtual asset service providers in other countries, the equivalent of 1.7 million "
        "United States dollars had been frozen, and part of it had been returned to a victim "
        "company. He said that tracing was possible because every transaction remained "
        "visible on the blockchain, but that it became much more difficult when offenders used "
        "mixing services or converted the assets into privacy coins.",
    ),
    (
        "p",
        "Several experts referred to the standards of the Financial Action Task Force on "
        "virtual assets and virtual asset service providers{1} and noted that their "
        "implementation in the region remained uneven. **Ms. Aysel Məmmədova (Azerbaijan)** "
        "reported that her country had introduced a licensing regime for virtual asset "
        "service providers in 2024, and that the providers now filed reports of suspicious "
        "transactions with the financial monitoring service, which had received 236 such "
        "reports in the first year.",
    ),
    (
        "p",
        "**Mr. Miroslav Šťastný (Slovakia)** pointed out that small States rarely had the "
        "specialized software needed for blockchain analysis, whose licences could cost tens "
        "of thousands of euros a year, and that most of the investigators trained in its use "
        "had later left for the private sector. He proposed that States of the region share "
        "tools and analysts through regional arrangements.",
    ),
    (
        "p",
        "Some experts noted that insurance policies covering cyber risks had in the past "
        "reimbursed ransom payments, and that some insurers had since changed their policies "
        "to require that victims meet minimum security standards and notify the police. The "
        "question of whether insurers should be permitted to reimburse ransoms was left open.",
    ),
    ("h2", "D.\tInitial access brokers and the criminal ecosystem"),
    (
        "p",
        "Experts noted that ransomware was the final stage of a chain of criminal services. In "
        "most of the attacks reported, the offenders had first gained access to the network "
        "of the victim in one of the following ways:",
        [
            "Through emails containing malicious links or attachments, sent to staff;",
            "Through vulnerabilities in remote access systems and virtual private networks "
            "that had not been updated;",
            "Through stolen or guessed passwords, often bought from criminals who specialize "
            "in selling access to compromised networks, known as initial access brokers.",
        ],
    ),
    (
        "p",
        "**Mr. Tomáš Dvořák (Czechia)** described the prosecution of an initial access broker "
        "who had sold access to more than 200 corporate and public networks on criminal "
        "forums, at prices ranging from 500 to 5,000 United States dollars depending on the "
        "size and sector of the victim. At least three of those networks, including that of a "
        "hospital, had later been attacked with ransomware. The broker had been sentenced in "
        "2024 to six years' imprisonment for, inter alia, unauthorized access and "
        "participation in an organized criminal group.",
    ),
    (
        "p",
        "Several experts said that national legislation did not always make it possible to "
        "prosecute brokers, since the sale of access to a network was not in itself an "
        "offence in some jurisdictions unless the buyer committed a further crime. "
        "**Ms. Mariam Kvaratskhelia (Georgia)** said that her country was amending its "
        "criminal code to criminalize the sale of credentials and of access to computer "
        "systems obtained without authorization.",
    ),
    (
        "p",
        "The representative of Europol described coordinated operations in which the servers, "
        "leak sites and cryptocurrency wallets of ransomware groups had been seized and the "
        "keys for decrypting the data of victims had been made available free of charge. Such "
        "operations required months of preparation and the participation of law enforcement "
        "authorities in many countries, some of which lay outside the region.",
    ),
    ("h2", "E.\tInternational cooperation and 24/7 networks"),
    (
        "p",
        "Experts welcomed the adoption by the General Assembly, on 24 December 2024, of the "
        "United Nations Convention against Cybercrime,{2} and noted that the Convention "
        "provided for a network of points of contact available twenty-four hours a day, seven "
        "days a week, and for the expedited preservation of stored electronic data. Several "
        "experts recalled that most States of the region were also parties to the Council of "
        "Europe Convention on Cybercrime and participated in its 24/7 network.",
    ),
    (
        "p",
        "**Ms. Kadri Mägi (Estonia)** said that the 24/7 point of contact of her country, "
        "located within the cybercrime unit of the police, had handled 312 requests in 2024 "
        "and aimed to respond to urgent requests within four hours. In a case involving an "
        "attack on a hospital laboratory, preservation requests sent to three countries on a "
        "Saturday night had been acted upon before the data were deleted. She emphasized that "
        "a point of contact was only as good as its ability to reach a prosecutor at any "
        "time.",
    ),
    (
        "p",
        "Other experts reported that their points of contact were staffed only during working "
        "hours or had not been tested for several years, and that contact details in the "
        "directories were sometimes outdated. **Mr. Petar Stoyanov (Bulgaria)** suggested "
        "that the networks organize regular test calls, and that any failure to answer within "
        "a set period be reported to the coordinator of the network.",
    ),
    (
        "p",
        "Experts discussed the difficulties of obtaining electronic evidence held by service "
        "providers in other jurisdictions. They noted that the voluntary disclosure of "
        "subscriber information by providers was quicker than formal mutual legal assistance, "
        "but that its availability varied from one provider to another. Several experts "
        "expressed concern that some ransomware groups operated from States that did not "
        "extradite their nationals and did not respond to requests for assistance.",
    ),
    (
        "p",
        "The observer for Türkiye described the establishment of a joint cybercrime centre "
        "bringing together the police, prosecutors and the national response team in one "
        "building, which had reduced the time needed to open an investigation after an attack "
        "on critical infrastructure from several days to a few hours.",
    ),
    ("h2", "F.\tVictims, leaks of data and public-private partnerships"),
    (
        "p",
        "**Ms. Jelena Kovačević (Croatia)** said that, after a hospital in her country had "
        "refused to pay a ransom in 2023, the offenders had published on their leak site the "
        "records of about 150,000 patients, including diagnoses and test results. The "
        "authorities had set up a telephone helpline for the patients concerned, which had "
        "received more than 9,000 calls in its first month, and had obtained the removal of "
        "copies of the data from several websites. She stressed that patients whose data were "
        "leaked were victims in their own right and were often targeted by further attempts at "
        "extortion.",
    ),
    (
        "p",
        "Several experts noted that victims, including hospitals, were often reluctant to "
        "report attacks because they feared damage to their reputation, regulatory penalties "
        "or the loss of control over their own systems during an investigation. Experts "
        "suggested that reporting be made simple, through a single point of reporting, and "
        "that law enforcement authorities give victims regular feedback on the progress of "
        "investigations.",
    ),
    (
        "p",
        "The observer for the CyberPeace Institute said that, according to its monitoring, "
        "attacks on the health sector in Europe had exposed the personal data of more than "
        "30 million patients since 2020. He called for more research on the long-term "
        "consequences of leaks of health data for the persons concerned.",
    ),
    (
        "p",
        "Experts agreed that cooperation with the private sector was indispensable, since most "
        "critical infrastructure, networks and data were owned or operated by private "
        "companies. **Ms. Amra Hadžić (Bosnia and Herzegovina)** described a partnership under "
        "which cybersecurity companies shared indicators of compromise with the national "
        "response team and the police within an agreed legal framework, and reported that the "
        "number of hospitals connected to the scheme had grown from 12 to 37 in two years.",
    ),
    (
        "p",
        "Some experts cautioned that partnerships had to respect the rules on data protection "
        "and should not lead private companies to carry out tasks that belonged to the law "
        "enforcement authorities, such as hacking back against offenders. Experts also noted "
        "that virtual asset service providers, hosting providers and telecommunications "
        "companies could play an important role in freezing proceeds, taking down criminal "
        "infrastructure and preserving evidence.",
    ),
    ("h2", "G.\tCapacity-building and technical assistance"),
    (
        "p",
        "Many experts identified the lack of specialized staff as the main obstacle to "
        "effective investigations. **Mr. Ion Munteanu (Republic of Moldova)** said that his "
        "country had only two investigators trained in blockchain analysis, both of whom "
        "worked in the capital. **Ms. Mariam Kvaratskhelia (Georgia)** reported that some "
        "1,800 hospital employees in her country had been trained since 2023 to recognize "
        "phishing emails, which had reduced the proportion of staff clicking on simulated "
        "malicious links from 27 per cent to 9 per cent.",
    ),
    (
        "p",
        "The representative of the Secretariat described the technical assistance provided by "
        "UNODC through its Global Programme on Cybercrime, including training on "
        "cryptocurrency investigations, which had reached more than 600 practitioners in the "
        "region since 2021, and support for the establishment of specialized cybercrime units. "
        "Experts requested that such assistance be extended to prosecutors and judges, who "
        "often lacked the knowledge needed to assess digital evidence.",
    ),
    (
        "p",
        "Experts also called for training to be sustained over time rather than delivered as "
        "one-off courses, for materials to be available in the languages of the region, and "
        "for greater use of regional centres of excellence. **Ms. Zsófia Kovács-Horváth "
        "(Hungary)**, speaking as an expert, proposed that a regional roster of experts in "
        "digital forensics be established, so that a State facing a major attack on critical "
        "infrastructure could request assistance from its neighbours at short notice.",
    ),
    ("h1", "IV.\tAdoption of the report and closing of the meeting", "typed"),
    (
        "p",
        "At its 6th meeting, on 4 June 2025, the Meeting adopted the present report, including "
        "the recommendations contained in chapter I, as orally revised.",
    ),
    (
        "p",
        "In her closing remarks, the Chair, Gintarė Žilinskienė, thanked the experts for their "
        "frank and practical exchange and expressed the hope that the recommendations would "
        "contribute to the deliberations of the Fifteenth Congress.",
    ),
    (
        "p",
        "The representative of the Secretariat thanked the Government of Lithuania for hosting "
        "the Meeting and informed the participants that the reports of all the regional "
        "preparatory meetings would be submitted to the Fifteenth Congress. The Chair declared "
        "the Meeting closed on 4 June 2025 at 5.30 p.m.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents before the Meeting"
ANNEX_TABLE = [
    ["Symbol", "Title"],
    ["A/CONF.250/RPM.8/L.1", "Provisional agenda and annotations"],
    [
        "A/CONF.250/PM.1",
        "Discussion guide for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice",
    ],
    [
        "A/CONF.250/RPM.8/CRP.1",
        "Ransomware and other cyber-enabled crime against hospitals and other critical "
        "infrastructure: background paper prepared by the Secretariat",
    ],
    ["A/CONF.250/RPM.8/INF.1", "Information for participants"],
    ["A/CONF.250/RPM.8/INF.2/Rev.1", "List of participants"],
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMANS = ["i", "ii", "iii", "iv", "v", "vi"]
_TOKEN = re.compile(r"(\*\*.+?\*\*|\{\d+\}|\[\[.+?\|.+?\]\]|\n)")


def plain(text: str) -> str:
    """The text as a reader sees it, on one line: no markup, no footnote marks."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"\{\d+\}", "", text)
    text = re.sub(r"\[\[(.+?)\|.+?\]\]", r"\1", text)
    return text.replace("\n", " ")


def numbered() -> list[tuple]:
    """BODY with numbers and modes: ("p", text, items, n, mode) or headings."""
    out, n, mode = [], 0, None
    for item in BODY:
        if item[0] == "h1":
            mode = item[2]
            out.append(item)
        elif item[0] == "p":
            n += 1
            out.append(("p", item[1], item[2] if len(item) > 2 else [], n, mode))
        else:
            out.append(item)
    return out


# --------------------------------------------------------------------------------------------
# expected units
# --------------------------------------------------------------------------------------------


def units() -> list[dict]:
    front = [
        DISCLAIMER,
        "United Nations",
        SYMBOL,
        ISSUER,
        "Distr.: General",
        ISSUE_DATE,
        "Original: English",
        TITLE,
        PLACE_DATES,
    ]
    out = [{"id": "front", "contains": front}]
    for item in numbered():
        if item[0] != "p":
            continue
        _, text, items, n, _mode = item
        marks = [int(m) for m in re.findall(r"\{(\d+)\}", text)]
        if marks:
            out.append({"id": str(n), "contains": [plain(text)] + [FOOTNOTES[m] for m in marks]})
        else:
            out.append({"id": str(n), "text": plain(text)})
        for i, sub in enumerate(items):
            sub_text, nested = (sub, []) if isinstance(sub, str) else sub
            out.append({"id": f"{n}({LETTERS[i]})", "text": plain(sub_text)})
            for j, nt in enumerate(nested):
                out.append({"id": f"{n}({LETTERS[i]})({ROMANS[j]})", "text": plain(nt)})
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(r) for r in ANNEX_TABLE)})
    return out


def units_doc() -> dict:
    return {
        "doc_id": DOC_ID,
        "file": f"eval/gold/docs/{DOC_ID}.docx",
        "meta": {
            "title": TITLE,
            "symbol": SYMBOL,
            "issue_date": ISSUE_DATE,
            "distribution": "General",
            "place_dates": PLACE_DATES,
        },
        "units": units(),
    }


# --------------------------------------------------------------------------------------------
# Word document
# --------------------------------------------------------------------------------------------


def _styles(doc) -> None:  # noqa: ANN001
    normal = base_styles(doc)
    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        st.font.name = "Times New Roman"
        st.font.color.rgb = None
        st.font.size = Pt(12 if name == "Heading 1" else 10)
        st.font.bold = True
        st.paragraph_format.left_indent = Twips(1134)
        st.paragraph_format.first_line_indent = Twips(-567)
    fn_text = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    fn_text.base_style = normal
    fn_text.font.size = Pt(9)
    fn_ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.font.superscript = True
    link = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x00, 0x00, 0xFF)
    link.font.underline = True


def _second_num(doc, start: int) -> None:  # noqa: ANN001
    """A second w:num on the UN paragraph list, its level 0 restarting at ``start``."""
    numbering = doc.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID_CH3}">'
            f'<w:abstractNumId w:val="{ABSTRACT_NUM_ID}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            "</w:num>"
        )
    )


def _set_num(paragraph, ilvl: int, num_id: int) -> None:  # noqa: ANN001
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def _first_number_of_chapter(prefix: str) -> int:
    seen = False
    for it in numbered():
        if it[0] == "h1":
            seen = it[1].startswith(prefix)
        elif it[0] == "p" and seen:
            return it[3]
    raise ValueError(prefix)


def _tab_stop(paragraph, pos: int) -> None:  # noqa: ANN001
    ppr = paragraph._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "left")
    tab.set(qn("w:pos"), str(pos))
    tabs.append(tab)
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(tabs)
    else:
        ppr.insert(0, tabs)


def _hyperlink(paragraph, text: str, url: str) -> None:  # noqa: ANN001
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _inline(paragraph, text: str) -> None:  # noqa: ANN001
    """Runs for the marked-up text (bold lead-ins, footnotes, hyperlinks, soft breaks)."""
    for piece in _TOKEN.split(text):
        if not piece:
            continue
        if piece == "\n":
            paragraph.add_run().add_break(WD_BREAK.LINE)
        elif piece.startswith("**"):
            paragraph.add_run(piece[2:-2]).bold = True
        elif re.fullmatch(r"\{\d+\}", piece):
            footnote_ref(paragraph, int(piece[1:-1]))
        elif piece.startswith("[["):
            shown, url = piece[2:-2].split("|", 1)
            _hyperlink(paragraph, shown, url)
        else:
            paragraph.add_run(piece)


def _typed(doc, label: str, text: str, level: int):  # noqa: ANN001, ANN202
    """A paragraph whose number/letter is typed as text: "label<tab>text"."""
    p = doc.add_paragraph(style="SingleTxtG")
    pf = p.paragraph_format
    if level == 0:
        pf.left_indent = Twips(1134)
        pf.first_line_indent = Twips(0)
        _tab_stop(p, 1701)
    elif level == 1:
        pf.left_indent = Twips(1134)
        pf.first_line_indent = Twips(567)
        _tab_stop(p, 2268)
    else:
        pf.left_indent = Twips(1701)
        pf.first_line_indent = Twips(567)
        _tab_stop(p, 2835)
    p.add_run(f"{label}\t")
    _inline(p, text)
    return p


def _auto(doc, text: str, level: int, num_id: int):  # noqa: ANN001, ANN202
    p = doc.add_paragraph(style="SingleTxtG")
    _set_num(p, level, num_id)
    _inline(p, text)
    return p


def _header_masthead(section) -> None:  # noqa: ANN001
    """Disclaimer line and the masthead table in the first-page header."""
    hdr = section.first_page_header
    hdr.is_linked_to_previous = False
    first = hdr.paragraphs[0]
    r = first.add_run(DISCLAIMER)
    r.bold = True
    r.font.size = Pt(9)
    mast = hdr.add_table(rows=2, cols=2, width=Twips(9638))
    mast.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(mast, none=True)
    cell_text(mast.cell(0, 0), ["United Nations"], bold=True, size=12)
    cell_text(mast.cell(0, 1), [SYMBOL], bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(mast.cell(1, 0), [ISSUER], bold=True, size=14)
    cell_text(mast.cell(1, 1), ["Distr.: General", ISSUE_DATE, "", "Original: English"])
    for c in (0, 1):
        bottom_border(mast.cell(0, c), size=4)
        bottom_border(mast.cell(1, c), size=24)
    hdr.add_paragraph()  # a header must end with a paragraph


def build() -> Document:
    doc = Document()
    _styles(doc)
    add_footnotes_part(doc, FOOTNOTES)
    footnote_settings(doc)
    add_numbering_definition(doc, "5A3C7E21")
    # chapter III continues the numbering after the typed paragraphs of chapter II
    first_ch3 = _first_number_of_chapter("III.")
    _second_num(doc, first_ch3)

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=(2025, 10, 3, 9, 0, 0),
    )

    symbol_header_page_footer(doc, SYMBOL)
    _header_masthead(doc.sections[0])

    # body: title and place/dates (the masthead is in the first-page header)
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)

    for item in numbered():
        kind = item[0]
        if kind in ("h1", "h2"):
            doc.add_heading(item[1], level=1 if kind == "h1" else 2)
            continue
        _, text, items, n, mode = item
        if mode == "auto":
            num_id = NUM_ID if n < first_ch3 else NUM_ID_CH3
            _auto(doc, text, 0, num_id)
            for sub in items:
                sub_text, nested = (sub, []) if isinstance(sub, str) else sub
                _auto(doc, sub_text, 1, num_id)
                for nt in nested:
                    _auto(doc, nt, 2, num_id)
        else:
            _typed(doc, f"{n}.", text, 0)
            for i, sub in enumerate(items):
                sub_text, nested = (sub, []) if isinstance(sub, str) else sub
                _typed(doc, f"({LETTERS[i]})", sub_text, 1)
                for j, nt in enumerate(nested):
                    _typed(doc, f"({ROMANS[j]})", nt, 2)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_HEADING, level=1)
    doc.add_heading(ANNEX_SUBTITLE, level=2)
    tbl = doc.add_table(rows=len(ANNEX_TABLE), cols=2)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(ANNEX_TABLE):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.italic = i == 0
    mark_header_row(tbl.rows[0])
    return doc


def main() -> None:
    save_docx(build(), OUT, FIXED_TIME)
    write_expected(UNITS_OUT, units_doc())
    print(f"wrote {OUT.name} and {UNITS_OUT.name}")


if __name__ == "__main__":
    main()
