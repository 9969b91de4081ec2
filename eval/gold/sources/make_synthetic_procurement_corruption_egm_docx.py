"""Generate synthetic-procurement-corruption-egm.docx and its expected units
(synthetic-procurement-corruption-egm.json) next to this script.

A SYNTHETIC report (clearly labelled as such in its first paragraph) of an expert group meeting
on preventing corruption in public procurement and recovering stolen assets, organized by UNODC
in cooperation with the OECD in Chișinău in September 2025, laid out the way UN Word reports
drafted from the UN template are:

* the synthetic-document line, then a borderless masthead table (United Nations | symbol;
  issuing office | distribution, date, original language), a meeting line, the title and the
  place and dates;
* page header with the symbol and footer with a PAGE field (different first page);
* chapter and section headings typed as text ("I.<tab>...", "A.<tab>...") in the template's
  styles "HChG" / "H1G" (bold, outline level);
* body paragraphs numbered AUTOMATICALLY by Word (w:numPr -> numbering.xml: decimal "%1." at
  level 0, lowerLetter "(%2)" at level 1, lowerRoman "(%3)" at level 2): no paragraph number,
  letter or roman numeral is in the paragraph text; numbering runs on across headings;
* the officers as un-numbered indented paragraphs "Chair:<tab>Name (Country)" after the
  numbered paragraph that introduces them with a colon;
* one real Word footnote (word/footnotes.xml, w:footnoteReference in the middle of a sentence);
* a recommendations paragraph with lettered items (a) to (i) (so a LETTER "(i)" exists) and a
  nested roman level (i)-(iii) under (d);
* an "Annex" with a list of documents as one Word table.

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  .venv/bin/python eval/gold/sources/ make_synthetic_procurement_corruption_egm_docx.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _expected import write_expected  # noqa: E402
from _un_docx import (  # noqa: E402
    add_footnotes_part,
    add_numbering_definition,
    add_text_with_notes,
    base_styles,
    core_properties,
    mark_header_row,
    masthead,
    save_docx,
    set_num,
    symbol_header_page_footer,
)
from docx import Document  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Twips  # noqa: E402

HERE = Path(__file__).resolve().parent
DOC_ID = "synthetic-procurement-corruption-egm"
OUT = HERE.parents[2] / "eval" / "gold" / "docs" / f"{DOC_ID}.docx"
UNITS_OUT = HERE.parents[2] / "eval" / "gold" / "expected" / f"{DOC_ID}.json"
FIXED_TIME = (2025, 10, 8, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.23/2025/2"
ISSUE_DATE = "8 October 2025"
ISSUER = "United Nations Office on Drugs and Crime"
MEETING_LINE = (
    "Expert group meeting held in preparation for the Fifteenth United Nations Congress on "
    "Crime Prevention and Criminal Justice"
)
TITLE = (
    "Report of the expert group meeting on preventing corruption in public procurement and "
    "recovering stolen assets"
)
PLACE_DATES = "Chișinău, 16–18 September 2025"

FOOTNOTES = {1: "United Nations, Treaty Series, vol. 2349, No. 42146."}

# Body, in document order.
#   ("h1", text) / ("h2", text)      headings typed as text (not units)
#   ("p", text)                      automatically numbered paragraph (level 0); "{n}" marks
#                                    a Word footnote reference
#   ("p", text, {"lines": [...]})    + un-numbered lines ("Role:<tab>Name (Country)")
#   ("p", text, {"items": [...]})    + automatically lettered items (level 1); an item is a str
#                                    or (str, [nested items at level 2])
BODY = [
    ("h1", "I.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The expert group meeting on preventing corruption in public procurement and recovering "
        "stolen assets was held in Chișinău from 16 to 18 September 2025. It was organized by "
        "the United Nations Office on Drugs and Crime (UNODC) in cooperation with the "
        "Organisation for Economic Co-operation and Development (OECD) and hosted by the "
        "Government of the Republic of Moldova, as part of the preparations for the Fifteenth "
        "United Nations Congress on Crime Prevention and Criminal Justice, to be held in the "
        "United Arab Emirates in 2026.",
    ),
    (
        "p",
        "The meeting was opened by the Secretary of State of the Ministry of Justice of the "
        "Republic of Moldova, who noted that public procurement accounted for some 11 per cent "
        "of gross domestic product in her country and for roughly one third of general "
        "government expenditure, and that it had for that reason become the area of public "
        "administration most exposed to corruption. She recalled that preventing corruption in "
        "procurement was at the heart of the commitments made by States under the United "
        "Nations Convention against Corruption{1} and, in particular, its article 9 on public "
        "procurement and the management of public finances.",
    ),
    (
        "p",
        "Opening statements were also made by the Director of the Division for Treaty Affairs "
        "of UNODC and by the Deputy Director for Public Governance of the OECD. The Director "
        "recalled that in the Kyoto Declaration, adopted by the Fourteenth Congress, States had "
        "committed to strengthening measures to prevent and counter corruption, including in "
        "public procurement, and to enhancing the recovery and return of proceeds of crime. The "
        "Deputy Director presented the OECD Recommendation on Public Procurement and noted that, "
        "across the member countries of the OECD, public procurement represented on average "
        "around 13 per cent of gross domestic product.",
    ),
    (
        "p",
        "The Director informed participants that the outcome of the meeting would be made "
        "available to the Congress and to the Commission on Crime Prevention and Criminal "
        "Justice as a background contribution. The meeting was conducted in English and "
        "Russian, with simultaneous interpretation.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The meeting was attended by 46 experts from 23 States, participating in their personal "
        "capacity, including procurement regulators, staff of anti-corruption agencies, "
        "prosecutors, officers of financial intelligence units, judges and asset recovery "
        "practitioners. Twenty-one of the experts were women. The following States were "
        "represented: Albania, Armenia, Azerbaijan, Bosnia and Herzegovina, Brazil, Côte "
        "d’Ivoire, Czechia, Georgia, Kazakhstan, Kyrgyzstan, Montenegro, Nigeria, North "
        "Macedonia, Poland, Republic of Moldova, Romania, Serbia, Switzerland, Tajikistan, "
        "Türkiye, Ukraine, United Kingdom of Great Britain and Northern Ireland and Uzbekistan.",
    ),
    (
        "p",
        "Representatives of the OECD, the World Bank, including the Stolen Asset Recovery "
        "(StAR) Initiative of the World Bank and UNODC, the International Criminal Police "
        "Organization (INTERPOL) and the Regional Anti-Corruption Initiative attended the "
        "meeting. Transparency International and two academic institutions attended as "
        "observers.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its opening session, on 16 September 2025, the meeting elected the following "
        "officers by acclamation:",
        {
            "lines": [
                ("Chair", "Victoria Munteanu-Căpățînă (Republic of Moldova)"),
                ("Vice-Chair", "Aizhan Sadıkova (Kyrgyzstan)"),
                ("Rapporteur", "Amra Hadžić (Bosnia and Herzegovina)"),
            ]
        },
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "At the same session, the meeting adopted its agenda, as contained in the annotated "
        "provisional agenda (UNODC/CCPCJ/EG.23/2025/1). In addition to procedural items, the "
        "agenda covered corruption risks in public procurement, transparency tools, "
        "procurement in emergencies, the protection of reporting persons and the recovery and "
        "return of stolen assets.",
    ),
    (
        "p",
        "The meeting held seven sessions over three days. Each substantive item was introduced "
        "by a member of the secretariat or by a representative of the OECD, followed by "
        "presentations by experts and an open discussion. The Chair recalled that the "
        "recommendations contained in chapter III had not been negotiated and reflected the "
        "views of the experts in their personal capacity.",
    ),
    ("h2", "E.\tDocumentation"),
    (
        "p",
        "The experts had before them the documents listed in the annex to the present report, "
        "including a background paper prepared jointly by UNODC and the OECD and a compilation "
        "of replies to a survey on integrity in public procurement, which had been completed "
        "by 31 States before the meeting.",
    ),
    ("h1", "II.\tSummary of deliberations"),
    (
        "h2",
        "A.\tCorruption risks in public procurement: bid rigging and conflicts of interest "
        "(agenda item 3)",
    ),
    (
        "p",
        "Introducing the item, the representative of the OECD, Claire Lefèvre-Dumont, recalled "
        "that collusion among bidders remained one of the most damaging forms of fraud in "
        "public procurement. She cited studies indicating that prices in tenders affected by "
        "bid rigging were on average 20 per cent higher than in competitive tenders and that "
        "the overcharge could reach a quarter of contract value in sectors such as road "
        "construction, school catering and medical supplies. She noted that bid rigging and "
        "bribery often went hand in hand, since officials could be paid to tolerate or even "
        "organize a cartel.",
    ),
    (
        "p",
        "The secretariat presented the results of the survey. Of the 31 responding States, 24 "
        "had a specific criminal offence or administrative sanction for bid rigging, but only 9 "
        "reported that their competition authority and their anti-corruption bodies exchanged "
        "information on a regular basis. Fewer than half of the responding States (14 of 31) "
        "collected data on the number of bidders per tender.",
    ),
    (
        "p",
        "The expert from Türkiye, Emre Kılıçarslan, presented the use of data analytics on the "
        "national electronic public procurement platform to detect patterns indicative of "
        "collusion, such as bidders that systematically lost to the same competitor, identical "
        "errors in bids submitted by different companies and bids submitted from the same "
        "Internet address. He reported that, in an analysis of 180,000 tenders conducted "
        "between 2021 and 2024, two in five tenders in the construction sector had received a "
        "single bid, compared with fewer than one in five in other sectors. Alerts generated by "
        "the system had led to 37 referrals to the competition authority and to prosecutors in "
        "2024.",
    ),
    (
        "p",
        "Mr. Kılıçarslan added that the analysis had also revealed the splitting of contracts "
        "to keep their value below the threshold for open tendering: the number of contracts "
        "with a value within 5 per cent of the threshold had risen by 30 per cent after the "
        "threshold was raised in 2022. He suggested that contracting authorities be required "
        "to justify repeated purchases of the same goods from the same supplier within a "
        "single year.",
    ),
    (
        "p",
        "The expert from Bosnia and Herzegovina, Amra Hadžić, addressed conflicts of interest. "
        "She explained that members of tender evaluation committees in her country were "
        "required to sign a declaration of absence of conflict of interest for each procedure, "
        "but that the declarations were rarely checked against other sources. A pilot project "
        "linking the declarations with the business register and the register of asset "
        "declarations of public officials had, in its first year, identified 63 potential "
        "conflicts of interest, of which 11 had been confirmed and had led to the exclusion of "
        "a committee member or the annulment of a contract award.",
    ),
    (
        "p",
        "Several experts stressed that conflicts of interest arose not only at the evaluation "
        "stage but also when procurement was planned, as technical specifications could be "
        "tailored to a favoured supplier, and after the award, when contracts were amended. In "
        "some States, amendments increasing the value of a contract by more than 15 per cent "
        "now had to be published and justified, which had reduced the number of such "
        "amendments by almost half.",
    ),
    (
        "p",
        "The representative of Transparency International, Ilze Bērziņa, speaking as an "
        "observer, drew attention to the risks of the “revolving door” between procurement "
        "offices and suppliers. She noted that only 6 of the 23 States represented at the "
        "meeting had rules restricting former procurement officials from working for suppliers "
        "with which they had dealt, and called for cooling-off periods of at least two years.",
    ),
    (
        "p",
        "The experts discussed the relationship between criminal and administrative responses. "
        "A number of experts noted that the debarment of companies convicted of bid rigging or "
        "bribery was an effective deterrent, provided that debarment lists were published and "
        "shared among contracting authorities, and that leniency programmes for the first "
        "member of a cartel to report the collusion had uncovered cases that would otherwise "
        "not have come to light. Some experts cautioned that leniency granted by competition "
        "authorities should be coordinated with prosecutors so as not to undermine criminal "
        "proceedings.",
    ),
    (
        "h2",
        "B.\tTransparency tools: beneficial ownership registers and electronic procurement "
        "platforms (agenda item 4)",
    ),
    (
        "p",
        "The expert from Czechia, Markéta Horáčková, described the register of beneficial "
        "owners of her country, which had been in operation since 2018 and had been "
        "strengthened by enforcement measures in 2021. Companies that had not registered their "
        "beneficial owners could not be awarded public contracts, and a contract awarded to a "
        "company whose beneficial owner was a public official or a member of his or her family "
        "could be annulled. She reported that in 2024 contracting authorities had excluded some "
        "4,300 bidders for failing to disclose their beneficial owners and that the register "
        "was consulted more than 12,000 times a day on average.",
    ),
    (
        "p",
        "Several experts observed that the value of beneficial ownership registers depended on "
        "the accuracy of the information they contained. The expert from Kyrgyzstan, Aizhan "
        "Sadıkova, noted that registers based solely on declarations by the companies "
        "themselves were easily circumvented through nominee shareholders and chains of "
        "companies registered abroad. She recommended that registry authorities be given the "
        "mandate and resources to verify information and that discrepancies reported by banks, "
        "notaries and contracting authorities be followed up.",
    ),
    (
        "p",
        "The representative of the World Bank, Rahul Venkataraman, presented research by the "
        "StAR Initiative showing that, in a review of 213 cases of grand corruption, companies "
        "or other legal arrangements had been used to conceal the ownership of the proceeds in "
        "some 70 per cent of the cases. He stressed that timely access to beneficial ownership "
        "information by contracting authorities, law enforcement agencies and foreign "
        "counterparts was essential both for preventing corrupt awards and for tracing assets.",
    ),
    (
        "p",
        "Turning to electronic procurement platforms, Ms. Sadıkova explained that the use of "
        "the national e-procurement portal of Kyrgyzstan had been mandatory for all contracting "
        "authorities since 2015 and that all tender notices, bids, evaluation reports and "
        "contracts were now published in an open data format. The share of tenders with only "
        "one bidder had fallen from 46 per cent in 2016 to 21 per cent in 2024, and average "
        "savings compared with estimated contract values had risen to about 9 per cent.",
    ),
    (
        "p",
        "The expert from the Republic of Moldova, Ion Răileanu, described the national "
        "electronic procurement system introduced in 2018 and the monitoring portal attached "
        "to it, through which civil society organizations and members of the public could "
        "report irregularities in ongoing procedures. In 2024, the portal had received 1,450 "
        "reports, roughly one third of which had led the contracting authority to correct or "
        "cancel the procedure.",
    ),
    (
        "p",
        "Some experts cautioned that electronic platforms were not in themselves a safeguard "
        "against corruption. The expert from Nigeria, Ngozi Adaeze Okonkwo, noted that "
        "corruption had in some cases simply moved to the stages of procurement that remained "
        "offline, such as the assessment of needs and the implementation of contracts, and that "
        "platforms could be manipulated, for instance by setting very short deadlines for bids "
        "or through technical failures at the time of submission. Several experts emphasized "
        "the importance of audit trails and of publishing data on contract implementation, "
        "including payments and amendments.",
    ),
    (
        "p",
        "The experts also discussed the use of artificial intelligence to detect red flags. "
        "While several experts reported promising results, others cautioned that risk-scoring "
        "tools should be transparent, that their results should be reviewed by human analysts "
        "and that they should not replace investigations. The representative of the OECD noted "
        "that fewer than one in three member countries of the OECD systematically used data "
        "analytics to detect collusion.",
    ),
    ("h2", "C.\tProcurement in emergencies and crises (agenda item 5)"),
    (
        "p",
        "The experts agreed that emergencies, such as pandemics, natural disasters and large "
        "movements of displaced persons, created particular corruption risks, because "
        "procurement rules were relaxed to allow goods and services to be acquired rapidly. "
        "The secretariat noted that, according to the survey, 27 of the 31 responding States "
        "had used direct awards or other accelerated procedures on a large scale during the "
        "COVID-19 pandemic.",
    ),
    (
        "p",
        "The expert from Brazil, João Pedro Araújo, described audits of the emergency "
        "procurement of medical supplies conducted by the federal audit institution in 2020 "
        "and 2021, which had found overpricing in more than 300 contracts and had identified "
        "suppliers that had been created only weeks before the award. He noted that the audits "
        "had been possible because all emergency contracts had to be published on a dedicated "
        "website within five working days of their signature.",
    ),
    (
        "p",
        "The expert from Albania, Erion Çela, described the procurement arrangements for "
        "reconstruction following the earthquake of November 2019. Special procedures had been "
        "authorized for a maximum period of three years, all contracts had been published "
        "together with the names of the beneficial owners of the contractors, and the supreme "
        "audit institution had carried out ex post audits of every contract above a value of "
        "100,000 euros. He noted that the audits had led to the recovery of some 4.6 million "
        "euros in overpayments.",
    ),
    (
        "p",
        "Experts identified several safeguards that could be maintained in emergencies without "
        "delaying the acquisition of urgently needed goods, including the publication of all "
        "contracts and of the beneficial owners of suppliers, the use of framework agreements "
        "concluded in advance with vetted suppliers, time limits on emergency procedures and "
        "ex post audits whose results were made public. Several experts considered the "
        "preparation of emergency procurement plans before a crisis to be the most effective "
        "measure of all.",
    ),
    (
        "p",
        "The representative of INTERPOL, Kemal Osmanović, drew attention to the involvement of "
        "organized criminal groups in fraud related to emergency procurement, including the "
        "sale of falsified or substandard medical products and the use of shell companies to "
        "obtain advance payments. He reported that a coordinated operation in 2023 had led to "
        "769 arrests in 89 countries and to the seizure of falsified medical products worth "
        "some 7 million dollars.",
    ),
    ("h2", "D.\tProtection of reporting persons (agenda item 6)"),
    (
        "p",
        "The experts underlined that most cases of corruption in procurement came to light "
        "through reports by insiders, including employees of contracting authorities and of "
        "bidding companies. The secretariat noted that 19 of the 31 responding States had "
        "adopted dedicated legislation on the protection of whistle-blowers, but that only 7 "
        "collected data on the number of reports received and on their outcome.",
    ),
    (
        "p",
        "The expert from Côte d’Ivoire, Koffi Théodore Ané, presented the law on the protection "
        "of whistle-blowers adopted by his country in 2023, which provided for confidential and "
        "anonymous reporting channels, shifted the burden of proof to the employer in cases of "
        "retaliation and allowed the courts to order the reinstatement of dismissed employees. "
        "He reported that the national anti-corruption authority had received 212 reports in "
        "the first eighteen months of the law’s operation, some 40 per cent of which concerned "
        "public procurement.",
    ),
    (
        "p",
        "Ms. Bērziņa of Transparency International reported that, in a survey conducted by her "
        "organization in the region in 2024, more than half of the respondents (54 per cent) "
        "said that they would not report corruption they witnessed, mainly for fear of "
        "retaliation, and only one in ten knew where a report could be made.",
    ),
    (
        "p",
        "Several experts noted that protection should extend to employees of private "
        "companies, including bidders who reported collusion by their competitors, and that "
        "financial rewards for whistle-blowers, as provided for in some jurisdictions, could "
        "encourage reporting but should be accompanied by safeguards against abuse. Experts "
        "stressed the importance of independent bodies to receive reports, given that in "
        "procurement cases the senior management of the contracting authority could itself be "
        "implicated.",
    ),
    (
        "h2",
        "E.\tRecovery and return of stolen assets, including non-conviction-based confiscation "
        "(agenda item 7)",
    ),
    (
        "p",
        "Introducing the item, the representative of the StAR Initiative recalled that chapter "
        "V of the Convention made the return of assets a fundamental principle of the "
        "Convention and noted that, although the amount of assets frozen and returned "
        "internationally had grown, it remained small compared with the estimated proceeds of "
        "corruption. In the cases tracked by the Initiative, some 1.2 billion dollars in "
        "proceeds of corruption had been returned internationally between 2020 and 2024, while "
        "a considerably larger amount remained frozen pending proceedings.",
    ),
    (
        "p",
        "The expert from the Republic of Moldova, Mr. Răileanu, described the civil "
        "confiscation of unjustified assets introduced in his country in 2023, which allowed "
        "prosecutors to apply to a court for the confiscation of assets whose lawful origin "
        "could not be shown, without a prior criminal conviction. Since then, prosecutors had "
        "filed 58 applications, and the courts had ordered the confiscation of assets worth "
        "some 23 million dollars in 17 cases. He stressed that in procurement cases the main "
        "suspects had often fled abroad or died, so that a criminal conviction could not be "
        "obtained.",
    ),
    (
        "p",
        "The expert from Switzerland, Béatrice Zürcher, explained that the legislation of her "
        "country allowed the confiscation of illicit assets of politically exposed persons "
        "even where the State of origin was unable to conduct criminal proceedings because of "
        "the failure of its institutions, and that the assets were returned through programmes "
        "of public interest agreed with the State of origin. She noted that such cases took on "
        "average seven years from the freezing of assets to their return.",
    ),
    (
        "p",
        "Several experts discussed the safeguards that should accompany non-conviction-based "
        "confiscation, including the right of the owner to be heard, judicial review, a clear "
        "standard of proof and the protection of the rights of bona fide third parties. Some "
        "experts noted that non-conviction-based confiscation orders issued in one State were "
        "not always recognized in others and called for greater use of the possibilities "
        "provided by article 54 of the Convention.",
    ),
    (
        "p",
        "Mr. Araújo described the leniency agreements concluded by the authorities of Brazil "
        "with companies involved in bribery related to public contracts. Since 2017, such "
        "agreements had provided for the repayment of amounts equivalent to some 840 million "
        "dollars to the public entities harmed, and the companies concerned had been required "
        "to adopt compliance programmes monitored for up to 24 months.",
    ),
    (
        "p",
        "The expert from Nigeria, Ms. Okonkwo, discussed the return of assets to the victim "
        "State. She described a framework agreement under which some 311 million dollars had "
        "been returned to her country and used to finance three infrastructure projects, with "
        "the use of the funds monitored by civil society organizations. She stressed that the "
        "use of returned assets should be transparent and accountable, in line with the "
        "principles for the disposition and transfer of confiscated stolen assets adopted at "
        "the Global Forum on Asset Recovery in 2017.",
    ),
    (
        "p",
        "Experts also discussed the compensation of victims of corruption in procurement. "
        "Several experts noted that in procurement cases the State itself was usually the main "
        "victim, but that communities deprived of schools, hospitals or roads were also harmed. "
        "Mr. Ané noted that article 53 of the Convention allowed a State to initiate civil "
        "action in the courts of another State to establish its ownership of property acquired "
        "through corruption, and that that possibility remained underused.",
    ),
    (
        "p",
        "The representative of the OECD noted that foreign bribery cases involving public "
        "contracts were often settled in the State where the company had its headquarters, "
        "without any compensation for the State in which the bribes had been paid, and stressed "
        "the value of informing the authorities of that State in good time so that they could "
        "claim compensation.",
    ),
    (
        "p",
        "Mr. Osmanović described the network of focal points on asset recovery established by "
        "INTERPOL and the StAR Initiative, which connected practitioners in some 130 countries, "
        "and the new Silver Notice, piloted by INTERPOL in 2025, which allowed member countries "
        "to request information on assets linked to criminal activities.",
    ),
    (
        "p",
        "Ms. Hadžić noted that seized assets such as vehicles, real estate and companies lost "
        "value rapidly if they were not properly managed, and that the asset management office "
        "established in Bosnia and Herzegovina in 2022 administered 146 seized properties, "
        "including two construction companies. Several experts called for the establishment of "
        "specialized offices for the management of seized and confiscated assets.",
    ),
    ("h1", "III.\tConclusions and recommendations"),
    (
        "p",
        "The experts concluded that corruption in public procurement and the recovery of "
        "stolen assets were two sides of the same problem: procurement was among the main "
        "sources of the proceeds of corruption, and the recovery and return of those proceeds "
        "were essential to repair the harm done to the public. They noted that prevention was "
        "more effective than recovery, since only a small fraction of stolen assets was ever "
        "recovered.",
    ),
    (
        "p",
        "The experts identified the following recommendations, which were not negotiated, for "
        "consideration by the Fifteenth Congress:",
        {
            "items": [
                "States should collect and publish data on public procurement in an open format "
                "covering all stages of the procurement cycle, from planning to the "
                "implementation of contracts, including the number of bidders per tender;",
                "States should strengthen cooperation among competition authorities, "
                "procurement regulators and law enforcement agencies in detecting and "
                "sanctioning bid rigging, and coordinate leniency programmes with criminal "
                "proceedings;",
                "States should require members of tender evaluation committees and other "
                "officials involved in procurement to declare any conflict of interest, and "
                "should verify those declarations against business registers and asset "
                "declarations;",
                (
                    "States should establish or strengthen central registers of beneficial "
                    "ownership that are adequate, accurate and up to date, with:",
                    [
                        "Verification of the information submitted by companies;",
                        "Timely access for contracting authorities, competent authorities and "
                        "foreign counterparts;",
                        "Effective, proportionate and dissuasive sanctions for failure to "
                        "disclose beneficial owners, including exclusion from public tenders;",
                    ],
                ),
                "States should prepare emergency procurement plans before crises occur and "
                "ensure that accelerated procedures are limited in time, that all emergency "
                "contracts and the beneficial owners of suppliers are published and that "
                "emergency procurement is subject to ex post audit;",
                "States should adopt comprehensive legislation to protect persons who report "
                "corruption, including employees of private companies, with confidential and "
                "anonymous reporting channels, independent bodies to receive reports and "
                "effective protection against retaliation;",
                "States should consider adopting non-conviction-based confiscation, with "
                "appropriate safeguards, and give effect to foreign non-conviction-based "
                "confiscation orders, in line with article 54 of the Convention;",
                "States should return confiscated proceeds of corruption to the victim States "
                "in a transparent and accountable manner, taking into account the principles "
                "adopted at the Global Forum on Asset Recovery, and involve civil society in "
                "monitoring the use of returned assets;",
                "UNODC, the OECD, the World Bank and other partners should continue to provide "
                "technical assistance on integrity in public procurement and on asset recovery, "
                "including through the StAR Initiative, and facilitate the exchange of risk "
                "indicators among practitioners.",
            ]
        },
    ),
    (
        "p",
        "The experts requested UNODC to transmit the present report to the Fifteenth Congress "
        "and to the Commission on Crime Prevention and Criminal Justice at its thirty-fifth "
        "session, and invited the OECD to share it with its working party of leading "
        "practitioners on public procurement.",
    ),
    ("h1", "IV.\tAdoption of the report and closure of the meeting"),
    (
        "p",
        "At its seventh session, on 18 September 2025, the meeting adopted the present report "
        "on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "The representative of UNODC thanked the Government of the Republic of Moldova for "
        "hosting the meeting and the OECD for its cooperation. In her closing remarks, the "
        "Chair thanked the experts and the interpreters and declared the meeting closed at "
        "4.45 p.m. on 18 September 2025.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("UNODC/CCPCJ/EG.23/2025/1", "Annotated provisional agenda"),
    (
        "UNODC/CCPCJ/EG.23/2025/CRP.1",
        "Preventing corruption in public procurement and recovering stolen assets: background "
        "paper prepared by UNODC and the OECD",
    ),
    (
        "UNODC/CCPCJ/EG.23/2025/CRP.2",
        "Compilation of replies to the survey on integrity in public procurement",
    ),
    (
        "UNODC/CCPCJ/EG.23/2025/CRP.3",
        "Emergency procurement: lessons learned from the COVID-19 pandemic",
    ),
    ("UNODC/CCPCJ/EG.23/2025/INF/1", "List of participants"),
    ("OECD/LEGAL/0411", "Recommendation of the Council on Public Procurement"),
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
_MARK = re.compile(r"\{(\d+)\}")


# --------------------------------------------------------------------------------------------
# expected units, written from the same data as the document
# --------------------------------------------------------------------------------------------


def units() -> list[dict]:
    out: list[dict] = [
        {
            "id": "front",
            "contains": [
                DISCLAIMER,
                "United Nations",
                SYMBOL,
                ISSUER,
                "Distr.: General",
                ISSUE_DATE,
                "Original: English",
                MEETING_LINE,
                TITLE,
                PLACE_DATES,
            ],
        }
    ]
    number = 0
    for item in BODY:
        if item[0] != "p":
            continue
        number += 1
        text = item[1]
        extra = item[2] if len(item) > 2 else {}
        marks = [int(n) for n in _MARK.findall(text)]
        if marks:
            unit = {
                "id": str(number),
                "contains": [_MARK.sub("", text), *(FOOTNOTES[n] for n in marks)],
            }
        elif extra.get("lines"):
            lines = [f"{role}: {name}" for role, name in extra["lines"]]
            unit = {"id": str(number), "text": "\n".join([text, *lines])}
        else:
            unit = {"id": str(number), "text": text}
        out.append(unit)
        for k, sub in enumerate(extra.get("items", [])):
            sub_text, nested = (sub, []) if isinstance(sub, str) else sub
            out.append({"id": f"{number}({LETTERS[k]})", "text": sub_text})
            for j, nest in enumerate(nested):
                out.append({"id": f"{number}({LETTERS[k]})({ROMAN[j]})", "text": nest})
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
# document
# --------------------------------------------------------------------------------------------


def _styles(doc) -> None:  # noqa: ANN001
    normal = base_styles(doc)

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


def build() -> Document:
    doc = Document()
    _styles(doc)
    add_numbering_definition(doc, "3C7B2E51")
    add_footnotes_part(doc, FOOTNOTES)

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=FIXED_TIME,
        language="en",
    )

    symbol_header_page_footer(doc, SYMBOL)

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
    doc.add_paragraph(PLACE_DATES)

    for item in BODY:
        kind, text = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        if kind == "h1":
            doc.add_paragraph(text, style="HChG")
        elif kind == "h2":
            doc.add_paragraph(text, style="H1G")
        elif kind == "p":
            para = doc.add_paragraph(style="SingleTxtG")
            add_text_with_notes(para, text)
            set_num(para, 0)
            lp = None
            for role, name in extra.get("lines", []):
                lp = doc.add_paragraph(f"{role}:\t{name}", style="SingleTxtG")
                lp.paragraph_format.left_indent = Twips(1701)
                lp.paragraph_format.space_after = Pt(0)
                lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
                lp.paragraph_format.tab_stops.add_tab_stop(Twips(3402))
            if lp is not None:
                lp.paragraph_format.space_after = Pt(6)
            for sub in extra.get("items", []):
                sub_text, nested = (sub, []) if isinstance(sub, str) else sub
                sp = doc.add_paragraph(sub_text, style="SingleTxtG")
                set_num(sp, 1)
                for nest in nested:
                    np_ = doc.add_paragraph(nest, style="SingleTxtG")
                    set_num(np_, 2)
        else:  # pragma: no cover
            raise ValueError(kind)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(ANNEX_HEADING, style="HChG")
    doc.add_paragraph(ANNEX_SUBTITLE, style="H1G")
    tbl = doc.add_table(rows=len(ANNEX_TABLE), cols=len(ANNEX_TABLE[0]))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(ANNEX_TABLE):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.bold = i == 0
            run.font.size = Pt(9)
    mark_header_row(tbl.rows[0])
    return doc


def main() -> None:
    save_docx(build(), OUT, FIXED_TIME)
    write_expected(UNITS_OUT, units_doc())
    print(f"wrote {OUT.name} and {UNITS_OUT.name}")


if __name__ == "__main__":
    main()
