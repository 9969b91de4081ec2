"""Generate eval/gold/docs/synthetic-real-estate-laundering-egm.pdf, its expected units
eval/gold/expected/synthetic-real-estate-laundering-egm.json, its 35 gold cases
eval/gold/test/synthetic-real-estate-laundering-egm.jsonl and its 3 topic cases
eval/gold/test/topics/synthetic-real-estate-laundering-egm.jsonl.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on money-laundering
through real estate and beneficial ownership transparency, held in Marrakech in September 2025
in preparation for the Fifteenth United Nations Congress on Crime Prevention and Criminal
Justice. It is not a United Nations document; the persons, the non-governmental organization
and the figures are invented (the laws, registers and court judgments cited are real ones).

It is a WORD-PROCESSOR document printed to PDF, as most real UN PDFs are:

1. The script writes a LibreOffice flat OpenDocument text (.fodt) as a string:
   * first page: the synthetic-document line, a borderless masthead table ("United Nations" |
     symbol over a thin rule; the Congress's name | "Distr.: General", date, "Original:
     English" over a thick rule), the title and the place and dates; the first page has its
     own page style, with no header and a footer holding only the job number "V.25-16842 (E)";
   * following pages: LEFT/RIGHT page styles, the symbol in the header (at the left on even
     pages, at the right on odd ones) and a footer with the job number and the PAGE field
     (page number outside, job number inside);
   * chapter and section headings typed in the UN way ("I.<tab>Introduction",
     "A.<tab>Opening of the meeting") in hanging-indent heading styles;
   * body paragraphs numbered by an AUTOMATIC list style ("1." at level 1, "(a)" at level 2,
     "(i)" at level 3, each with a hanging indent); every chapter's paragraphs are a separate
     text:list continuing the first (xml:id + text:continue-list), so the numbers run 1..43
     through the report; the sub-items are nested lists inside their lead-in's list item;
   * the agenda as a second automatic list ("1." .. "9.") after paragraph 6; officer lines
     ("Chair:<tab>...", a second Vice-Chair on a line of its own) after paragraph 5;
   * JUSTIFIED body text, 10 pt Times New Roman (printed with the metric-compatible Liberation
     Serif), A4;
   * five real FOOTNOTES (text:note: raised marks, the notes at the foot of the page under a
     separator line, 8 pt);
   * a ruled TABLE with a full grid, its bold title above and its italic source note below,
     straight after the paragraph that introduces it (paragraph 10); its header row is a
     repeated heading row (table:table-header-rows), so where the table runs over a page
     break (it does, after the Morocco row) LibreOffice prints the header row again;
   * an annex on a new page, "List of participants", a two-column ruled table whose cells wrap;
   * no manual page breaks in the body: paragraphs run over page breaks where they fall
     (the script prints which ones).
2. LibreOffice converts it: soffice --headless --convert-to pdf (made with LibreOffice
   7.4.7.2, Debian package libreoffice-writer-nogui 4:7.4.7-1+deb12u14, fonts-liberation).

The expected units, the gold cases and the topics are built from the same constants the
document is typeset from; the script checks that every citation is a unit id, that every key
fact occurs in a cited unit, and that the paragraph and footnote counts are as planned. The
PDF's bytes carry LibreOffice's creation date; its text (pdftotext) is reproducible.

Names with non-ASCII letters: Salma Bennani-Idrissi, Nguyễn Thị Thu Hương, Geneviève
Lévesque-Tremblay, Rayén Quilapán Sepúlveda, Gökhan Yılmazoğlu, Yao Théodore Kouamé-N’Dri,
Íñigo Echeverría Goñi, Jürgen Oßwald-Kühn, Siobhán Ní Dhuibhir, Thaís Conceição Araújo,
Anneliese Wörgötter-Moreau, Dagný Sigurðardóttir, Niccolò Bellè Santoro; the States Côte
d’Ivoire, Türkiye, São Tomé and Príncipe, Viet Nam and (for Curaçao) the Kingdom of the
Netherlands. Figures in digits and in words (thirty-five experts, forty per cent, a third,
two thirds, some 1,250 properties, eighteen months, nearly a fifth, about one in five, fewer
than one in fifty, three years, twice). Near misses on purpose: States that attended without
speaking (Argentina, Luxembourg, the Philippines, São Tomé and Príncipe, Senegal) and an
observer that said nothing (CFATF); donors with no amount; a follow-up workshop with no date
or venue; a guide with no budget; the Moroccan notaries' reports for 2020 and 2024 only; a
Spanish share of cash purchases but none for Germany; the number of Turkish property
purchases reviewed but not of citizenships granted; the Chair's post never stated; and no
word about casinos. The text avoids the everyday words "shell company", "flipping", "house",
"flat", "passport", "mafia" and "dirty money", so that questions using them test paraphrase.

The flat OpenDocument skeleton, the style sheet, the body writer, the soffice call, the
expected units and the checks of the cases are shared with the Word generator
make_synthetic_hate_crime_egm_docx.py, in _fodt.py next to this script.

Run:  python eval/gold/sources/make_synthetic_real_estate_laundering_egm_pdf.py
      (add --keep-fodt to keep the intermediate .fodt in /tmp)
"""

from __future__ import annotations

import shutil
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _fodt  # noqa: E402

ROOT = HERE.parents[2]
DOC_ID = "synthetic-real-estate-laundering-egm"
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
FIXED_ISO = "2025-09-26T09:00:00"


DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.77/2025/1"
ISSUE_DATE = "26 September 2025"
JOB_NUMBER = "V.25-16842"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Money-Laundering through Real Estate and "
    "Beneficial Ownership Transparency"
)
PLACE_DATES = "Marrakech, Morocco, 8–10 September 2025"

# Footnote texts; "{n}" in a paragraph is the place of footnote n's mark.
FOOTNOTES = {
    1: "United Nations, Treaty Series, vol. 2349, No. 42146.",
    2: "Commission of Inquiry into Money Laundering in British Columbia, Final Report "
    "(Victoria, British Columbia, June 2022).",
    3: "Financial Action Task Force, International Standards on Combating Money Laundering and "
    "the Financing of Terrorism and Proliferation: The FATF Recommendations (Paris, 2012, as "
    "updated).",
    4: "Court of Justice of the European Union, judgment of 22 November 2022, WM and Sovim SA v. "
    "Luxembourg Business Registers, joined cases C-37/20 and C-601/20.",
    5: "National Council of Justice, Provimento No. 88 of 1 October 2019, in force since "
    "3 February 2020.",
}

OFFICERS = [
    ("Chair:", "Salma Bennani-Idrissi (Morocco)"),
    ("Vice-Chairs:", "Nguyễn Thị Thu Hương (Viet Nam)"),
    ("", "Geneviève Lévesque-Tremblay (Canada)"),
    ("Rapporteur:", "Rayén Quilapán Sepúlveda (Chile)"),
]

AGENDA = [
    "Opening of the meeting.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "Methods of laundering the proceeds of crime through real estate.",
    "Beneficial ownership of companies, trusts and other legal arrangements.",
    "Notaries, lawyers, real estate agents and property developers.",
    "Investigation, confiscation and management of real estate assets.",
    "Recommendations to the Fifteenth Congress.",
    "Adoption of the report.",
]

TABLE_TITLE = (
    "Suspicious transaction reports filed by notaries and real estate agents in selected "
    "jurisdictions, 2022–2024"
)
TABLE_ROWS = [
    ("Jurisdiction", "2022", "2023", "2024"),
    ("Brazil", "38,912", "41,507", "44,236"),
    ("Côte d’Ivoire", "96", "143", "211"),
    ("Curaçao", "402", "517", "612"),
    ("Morocco", "1,126", "1,742", "2,587"),
    ("South Africa", "1,954", "2,368", "2,805"),
    ("Spain", "5,430", "5,871", "6,264"),
]
TABLE_SOURCE = (
    "Source: national submissions to the meeting (UNODC/CCPCJ/EG.77/2025/CRP.1). The figures "
    "for Curaçao cover real estate agents only; the figures for 2024 are provisional."
)

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of participants"
ANNEX_STATES = [
    ("Argentina", ["Martín Ezequiel Iturralde"]),
    ("Brazil", ["Thaís Conceição Araújo", "Rodrigo Magalhães Peçanha"]),
    ("Canada", ["Geneviève Lévesque-Tremblay", "Priya Raghunathan"]),
    ("Chile", ["Rayén Quilapán Sepúlveda"]),
    ("Costa Rica", ["Ana Lucía Sáenz Quirós"]),
    ("Côte d’Ivoire", ["Yao Théodore Kouamé-N’Dri", "Mariam Bamba-Touré"]),
    ("Germany", ["Jürgen Oßwald-Kühn", "Friederike Schäfer"]),
    ("Ireland", ["Siobhán Ní Dhuibhir"]),
    ("Italy", ["Niccolò Bellè Santoro"]),
    ("Luxembourg", ["Claude Weydert-Schmit"]),
    (
        "Morocco",
        [
            "Salma Bennani-Idrissi",
            "Nour-Eddine Benkirane El Alaoui",
            "Youssef Aït Lahcen",
            "Khadija Ezzahraoui",
        ],
    ),
    ("Netherlands (Kingdom of the)", ["Shurandy Martina-Rosalia", "Maartje Oosterbroek"]),
    ("Philippines", ["Ma. Cristina Dela Peña-Soriano"]),
    ("São Tomé and Príncipe", ["Edvaldo Quaresma dos Ramos"]),
    ("Senegal", ["Aïssatou Ndiaye Sèye"]),
    ("South Africa", ["Thandeka Mahlangu-Du Plessis", "Johan Swanepoel"]),
    ("Spain", ["Íñigo Echeverría Goñi", "Begoña Larrañaga Ibáñez"]),
    ("Türkiye", ["Gökhan Yılmazoğlu", "Şeyma Karagöz"]),
    ("United Arab Emirates", ["Mariam Saeed Al Suwaidi", "Omar Khalfan Al Mazrouei"]),
    (
        "United Kingdom of Great Britain and Northern Ireland",
        ["Harriet Okonkwo-Blake", "Duncan McAlister"],
    ),
    ("Viet Nam", ["Nguyễn Thị Thu Hương", "Trần Quốc Bảo"]),
]
ANNEX_OBSERVERS = [
    ("Caribbean Financial Action Task Force", ["Kendra Baptiste-Wilkinson"]),
    ("Financial Action Task Force", ["Dagný Sigurðardóttir"]),
    ("International Union of Notaries", ["Ludovica Sgarbossa-Ferreira"]),
    (
        "Middle East and North Africa Financial Action Task Force",
        ["Rachid Oulad Benaïssa"],
    ),
    ("Land and Ownership Transparency Initiative", ["Maëlys Ravoahangy-Dupont"]),
    (
        "United Nations Office on Drugs and Crime",
        ["Anneliese Wörgötter-Moreau", "Kateryna Bondarenko-Weiss"],
    ),
]
N_EXPERTS = "thirty-five"  # checked against the annex
N_STATES = "21"
ANNEX_TABLE = [("State or organization", "Participants")] + [
    (name, "; ".join(people)) for name, people in ANNEX_STATES + ANNEX_OBSERVERS
]

# The body, in document order:
#   ("h1", "I.", text) / ("h2", "A.", text)   chapter / section heading (not a unit)
#   ("p", text[, extra])                      automatically numbered paragraph; extra may hold
#       "lines" (officer lines), "agenda" (automatic agenda list), "table" (the body table),
#       "items" (lettered sub-items: a str or (str, [roman sub-items]))
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "The Expert Group Meeting on Money-Laundering through Real Estate and Beneficial "
        "Ownership Transparency was held in Marrakech, Morocco, from 8 to 10 September 2025, as "
        "part of the preparations for the Fifteenth United Nations Congress on Crime Prevention "
        "and Criminal Justice. It was organized by the United Nations Office on Drugs and Crime "
        "(UNODC) in cooperation with the Middle East and North Africa Financial Action Task Force "
        "(MENAFATF) and hosted by the Government of Morocco, with financial support from the "
        "Governments of Canada and Luxembourg. The meeting was conducted in Arabic, English and "
        "French, with simultaneous interpretation.",
    ),
    (
        "p",
        "The purpose of the meeting was to examine the methods by which the proceeds of crime and "
        "corruption are invested in land and in residential and commercial property, including "
        "through companies, trusts and nominees registered in other jurisdictions; to review the "
        "experience of States with registers of beneficial ownership and with the supervision of "
        "notaries, lawyers and real estate agents; and to identify measures that could be brought "
        "to the attention of the Congress.",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "The meeting was opened by Nour-Eddine Benkirane El Alaoui, President of the National "
        "Financial Intelligence Authority of Morocco, who said that real estate remained one of "
        "the preferred channels for placing illicit funds in his country, because prices were "
        "rarely questioned and the price of a property could be split between a declared part "
        "paid by bank transfer and an undeclared part settled in banknotes. He reported that the "
        "Authority had received 2,314 suspicious transaction reports from notaries in 2024, "
        "compared with 389 in 2020, and that nearly a fifth of the transactions reported had "
        "been paid, at least in part, in cash.",
    ),
    (
        "p",
        "Anneliese Wörgötter-Moreau, representative of UNODC, delivered a statement on behalf of "
        "the Executive Director. She noted that investigations into cases of grand corruption "
        "regularly led to apartments, villas and hotels held through chains of companies in "
        "three or more jurisdictions, and that the persons who ultimately owned and controlled "
        "those assets were seldom recorded in any land registry. She recalled that, under the "
        "United Nations Convention against Corruption,{1} States parties were to establish a "
        "regulatory and supervisory regime for banks and non-bank financial institutions and, "
        "where appropriate, for other bodies particularly susceptible to money-laundering, "
        "with emphasis on requirements for the identification of customers and beneficial "
        "owners.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "At its 1st meeting, on 8 September 2025, the meeting elected the following officers by "
        "acclamation:",
        {"lines": OFFICERS},
    ),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    (
        "p",
        "Also at its 1st meeting, the meeting adopted the following agenda:",
        {"agenda": AGENDA},
    ),
    (
        "p",
        "The meeting held its deliberations in plenary, on the basis of a background paper "
        "prepared by the Secretariat (UNODC/CCPCJ/EG.77/2025/CRP.1). On the afternoon of "
        "9 September 2025, participants visited the land registry office (Conservation foncière) "
        "of Marrakech, where officials of the National Agency for Land Conservation, Cadastre "
        "and Cartography demonstrated how a change of ownership was recorded electronically and "
        "checked against the national identity records of the buyer and the seller.",
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        f"The meeting was attended by {N_EXPERTS} experts from the following {N_STATES} States: "
        "Argentina, Brazil, Canada, Chile, Costa Rica, Côte d’Ivoire, Germany, Ireland, Italy, "
        "Luxembourg, Morocco, Netherlands (Kingdom of the), Philippines, São Tomé and Príncipe, "
        "Senegal, South Africa, Spain, Türkiye, United Arab Emirates, United Kingdom of Great "
        "Britain and Northern Ireland and Viet Nam. The experts participated in their personal "
        "capacity.",
    ),
    (
        "p",
        "Observers for the Caribbean Financial Action Task Force (CFATF), the Financial Action "
        "Task Force (FATF), the International Union of Notaries and MENAFATF also attended, as "
        "did an observer for the Land and Ownership Transparency Initiative, a non-governmental "
        "organization. The list of participants is contained in the annex to the present report.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    ("h2", "A.", "Methods of laundering the proceeds of crime through real estate"),
    (
        "p",
        "A representative of the Secretariat introduced the background paper, which described "
        "the methods most often observed: the purchase of property in cash or with funds "
        "transferred from abroad through intermediaries; the undervaluation or overvaluation of "
        "property in order to move value between the parties; the use of companies, trusts and "
        "nominees to conceal the identity of the buyer; the repeated resale of the same property "
        "among related parties within a short period; and the early repayment of mortgage loans "
        "with illicit funds. Few States published data on the reports filed by the real estate "
        "sector, but the paper compiled the figures submitted by six jurisdictions:",
        {"table": True},
    ),
    (
        "p",
        "The Vice-Chair, Geneviève Lévesque-Tremblay, speaking as the expert from Canada, "
        "recalled that the commission of inquiry into money-laundering in British Columbia{2} had "
        "found that illicit funds had been invested on a large scale in residential property "
        "in the province, although it had not been able to measure their effect on prices. "
        "Since 2020, the provincial Land Owner Transparency Registry had required corporations, "
        "trusts and partnerships holding land in British Columbia to disclose the individuals "
        "with an interest in it, and a federal registry of individuals with significant control "
        "over federally incorporated corporations had been open to the public since January "
        "2024.",
    ),
    (
        "p",
        "Gökhan Yılmazoğlu (Türkiye) said that foreign nationals could acquire Turkish "
        "citizenship by purchasing real estate worth at least 400,000 United States dollars and "
        "undertaking not to sell it for three years. The Financial Crimes Investigation Board "
        "had reviewed some 1,250 properties acquired by applicants in 2024 and had found that, "
        "in a third of them, the price recorded in the title deed differed from the amount "
        "transferred through the banking system, in some cases by more than half. A valuation "
        "report by a licensed appraiser had since been made compulsory for every such purchase.",
    ),
    (
        "p",
        "Mariam Saeed Al Suwaidi (United Arab Emirates) said that real estate agents and brokers "
        "in her country were required to report to the Financial Intelligence Unit every "
        "purchase of property paid wholly or partly in cash, where the cash amount equalled or "
        "exceeded 55,000 dirhams, and every purchase paid in virtual assets or with funds "
        "derived from virtual assets. The number of such reports had risen from 4,870 in 2023 "
        "to 7,215 in 2024, and two thirds of them concerned off-plan purchases of apartments in "
        "buildings that had not yet been completed.",
    ),
    (
        "p",
        "Yao Théodore Kouamé-N’Dri (Côte d’Ivoire) said that the construction of residential "
        "buildings in Abidjan had become a means of investing the proceeds of fraud, "
        "corruption and drug trafficking. According to a survey by the Ministry of Construction, "
        "forty per cent of the residential buildings completed in the districts of Cocody and "
        "Riviera in 2024 had been financed without any bank loan, the builders being paid in "
        "instalments in cash. The national financial intelligence unit had received only 211 "
        "reports from the real estate sector in 2024, most of them from two notarial offices, "
        "and the land of customary holders was sometimes sold several times over to different "
        "buyers before any title was registered.",
    ),
    (
        "p",
        "Íñigo Echeverría Goñi (Spain) described the centralized prevention body of the General "
        "Council of Notaries, which analysed the data of every deed executed by a notary in the "
        "country and alerted the financial intelligence unit to patterns of risk. The share of "
        "property purchases in which part of the price had been paid in banknotes had fallen "
        "from about one in five in 2012 to fewer than one in fifty in 2024. Purchases by "
        "companies whose beneficial owner the notary had been unable to identify had to be "
        "reported.",
    ),
    (
        "p",
        "Jürgen Oßwald-Kühn (Germany) said that, since 1 April 2023, the price of real estate "
        "could no longer be paid in cash, in crypto-assets or in gold or other raw materials, "
        "and that notaries could not submit an application for registration of the new owner "
        "in the land register until the parties had shown that the price had been paid by bank "
        "transfer. He cautioned that share deals, in which a buyer acquired less than 90 per "
        "cent of the shares of a company owning property, did not appear in the land register "
        "at all, and that the company registers did not always show who stood behind the "
        "buyer.",
    ),
    (
        "p",
        "Shurandy Martina-Rosalia, expert from the Kingdom of the Netherlands, said that in "
        "Curaçao holiday villas and apartments in resorts were frequently bought by companies "
        "registered in third jurisdictions and paid for from accounts held there. The "
        "financial intelligence unit of Curaçao had received 612 unusual transaction reports "
        "from real estate agents in 2024. Obtaining information on the beneficial owners of the "
        "foreign companies and trusts involved, through requests to foreign registries and "
        "counterparts, took on average eighteen months, by which time the property had often "
        "been resold.",
    ),
    (
        "p",
        "The Vice-Chair, Nguyễn Thị Thu Hương, speaking as the expert from Viet Nam, said that "
        "under the Law on Real Estate Business adopted in 2023, real estate businesses had been "
        "required since 1 August 2024 to receive payments through accounts opened with credit "
        "institutions. In a case of embezzlement prosecuted in 2024, investigators had traced "
        "1,046 plots of land and apartments held in the names of relatives and employees of the "
        "accused, which showed that land-use rights registered in the name of third persons "
        "remained an important means of concealment.",
    ),
    ("h2", "B.", "Beneficial ownership of companies, trusts and other legal arrangements"),
    (
        "p",
        "Dagný Sigurðardóttir, observer for FATF, presented the revised Recommendations 24 and "
        "25 of the FATF Recommendations,{3} adopted in March 2022 and February 2023, which "
        "required countries to ensure that adequate, accurate and up-to-date information on the "
        "beneficial ownership of legal persons and legal arrangements was available to "
        "competent authorities in a timely manner, through a register of beneficial ownership "
        "or an alternative mechanism. She drew attention to the guidance on a risk-based "
        "approach for the real estate sector published by FATF in 2022.",
    ),
    (
        "p",
        "Siobhán Ní Dhuibhir (Ireland) said that, following the judgment of the Court of "
        "Justice of the European Union of 22 November 2022,{4} which had found that general "
        "public access to information on beneficial owners interfered seriously with the right "
        "to respect for private life and the right to the protection of personal data, the "
        "central register of beneficial ownership of companies in Ireland had been closed to "
        "the public. Journalists and civil society organizations could now consult it only on "
        "showing a legitimate interest; since then the register had received 317 applications "
        "for access from such persons and had granted fewer than half of them.",
    ),
    (
        "p",
        "Harriet Okonkwo-Blake (United Kingdom of Great Britain and Northern Ireland) presented "
        "the Register of Overseas Entities, opened in August 2022, which required any foreign "
        "company or other entity owning land in the United Kingdom to identify its beneficial "
        "owners. Roughly a tenth of the entities concerned had not registered by the deadline "
        "of 31 January 2023; the land they held could not be sold, leased or charged until they "
        "did. She added that the Economic Crime and Corporate Transparency Act 2023 required "
        "the identity of directors and persons with significant control to be verified.",
    ),
    (
        "p",
        "Ana Lucía Sáenz Quirós (Costa Rica) described the Registry of Transparency and "
        "Beneficial Owners kept by the Central Bank since 2019, which was accessible only to "
        "competent authorities. Legal entities that failed to declare their beneficial owners "
        "were fined and could not obtain a certificate of good standing, with the result that "
        "more than 90 per cent of the entities required to report had done so by the end of "
        "2024.",
    ),
    (
        "p",
        "Thandeka Mahlangu-Du Plessis (South Africa) said that, since the amendments adopted in "
        "2022 to the laws against money-laundering, companies had been required to file "
        "information on their beneficial owners with the Companies and Intellectual Property "
        "Commission, and trustees with the Master of the High Court. The deeds registry, "
        "however, recorded only the legal owner of a property, and an estimated quarter of "
        "high-value residential properties in Cape Town and Johannesburg were registered in "
        "the name of trusts or companies.",
    ),
    (
        "p",
        "The Rapporteur, Rayén Quilapán Sepúlveda, speaking as the expert from Chile, said that "
        "property in her country was recorded by more than 150 separate real estate registrars, "
        "whose records were not linked with one another or with the tax administration, and "
        "that a bill establishing a national register of beneficial owners was before the "
        "National Congress.",
    ),
    (
        "p",
        "In the ensuing discussion, several experts stressed that a register was only as "
        "reliable as the information declared to it, and that nominee shareholders and "
        "directors remained widely used to hide the persons in control. Registers should "
        "therefore verify the information they received and be linked with land registries and "
        "tax records. Some experts considered that public access allowed journalists and civil "
        "society to detect discrepancies; others emphasized the privacy of the persons "
        "concerned and the risk to their safety.",
    ),
    (
        "p",
        "Maëlys Ravoahangy-Dupont, observer for the Land and Ownership Transparency Initiative, "
        "said that the organization’s analysis of the land registries of three capital cities "
        "had found that, for 46 per cent of the properties owned by foreign companies, the "
        "beneficial owner could not be identified from any public source.",
    ),
    ("h2", "C.", "Notaries, lawyers, real estate agents and property developers"),
    (
        "p",
        "Thaís Conceição Araújo (Brazil) said that, under a regulation of the National Council "
        "of Justice,{5} notaries and property registrars were required to report to the Council "
        "for Financial Activities Control (COAF) any transaction that gave rise to suspicion, "
        "and to report automatically any payment of 30,000 reais or more made in cash. Notaries "
        "had become the largest source of reports from the real estate sector, with 44,236 "
        "reports in 2024, although most of them were generated automatically and only a small "
        "share led to intelligence reports disseminated to the police and prosecutors.",
    ),
    (
        "p",
        "Ludovica Sgarbossa-Ferreira, observer for the International Union of Notaries, said "
        "that notaries were well placed to identify the parties to a transaction and the origin "
        "of the funds, since in many legal systems no transfer of property could be registered "
        "without a notarial deed. She called for notaries to be given direct access to "
        "registers of beneficial ownership and for feedback from financial intelligence units "
        "on the reports they filed.",
    ),
    (
        "p",
        "The expert from Canada noted that lawyers in her country were not subject to the "
        "reporting obligations of the federal law on proceeds of crime, following a 2015 "
        "judgment of the Supreme Court of Canada based on solicitor-client privilege, and that "
        "the law societies of the provinces had instead adopted rules restricting the amount of "
        "cash a lawyer could receive from a client. Several experts said that lawyers who "
        "handled the purchase of property through client accounts should be subject to the "
        "same obligations as other professionals.",
    ),
    (
        "p",
        "Many experts observed that real estate agents were often small businesses, that in "
        "several States anyone could act as an agent without a licence, and that supervisors "
        "had too few staff to inspect them. In one State represented at the meeting, a single "
        "supervisory authority with twelve inspectors was responsible for more than 9,000 "
        "agencies.",
    ),
    (
        "p",
        "Experts also discussed property developers, who received payments for apartments "
        "sold before construction and were not covered by the obligations against "
        "money-laundering in a number of States. They suggested that payments for such "
        "purchases be made into escrow accounts held with regulated banks, so that the origin "
        "of the funds could be checked.",
    ),
    (
        "p",
        "The expert from Spain drew attention to loan-back schemes, in which a buyer obtained "
        "a loan secured by a mortgage from a lender, often a company registered abroad, that "
        "was in fact controlled by the buyer, so that illicit funds returned to the buyer as a "
        "loan and its repayments appeared lawful. He said that notaries in Spain now reported "
        "mortgage loans granted by private lenders that were not supervised financial "
        "institutions.",
    ),
    ("h2", "D.", "Investigation, confiscation and management of real estate assets"),
    (
        "p",
        "Niccolò Bellè Santoro (Italy) said that some 23,000 properties confiscated from "
        "organized criminal groups had been transferred to municipalities and to associations "
        "for social use, such as housing for families in need and community centres, under the "
        "supervision of a national agency for the administration of seized and confiscated "
        "assets. Many properties, however, were occupied, mortgaged or in poor condition, and "
        "nearly twice as many were still awaiting allocation.",
    ),
    (
        "p",
        "The expert from the United Kingdom said that unexplained wealth orders, available "
        "since 2018, allowed the High Court to require a person to explain how property worth "
        "more than 50,000 pounds sterling had been obtained, but that fewer than a dozen had "
        "been obtained so far, owing to the cost of litigation against wealthy respondents.",
    ),
    (
        "p",
        "The expert from Ireland described the Criminal Assets Bureau, which since 1996 had "
        "been able to apply to the High Court for the freezing of property shown to be the "
        "proceeds of crime, without a criminal conviction, and for its transfer to the State "
        "after seven years. Residential property accounted for the largest part of the assets "
        "frozen in that way.",
    ),
    (
        "p",
        "The expert from Costa Rica said that the Costa Rican Drug Institute administered the "
        "real estate seized in cases of drug trafficking and money-laundering, and that more "
        "than four years passed on average between the seizure of a property and its final "
        "confiscation, during which it lost value. Experts agreed that the early sale of "
        "seized property at risk of deterioration, with the proceeds held in an account until "
        "the end of the proceedings, should be allowed where the owner could be compensated.",
    ),
    (
        "p",
        "Several experts noted that identifying property held abroad by a suspect remained "
        "difficult, because land registries could seldom be searched by the name of the owner "
        "from another State. Experts from States members of the European Union referred to the "
        "interconnection of their registers of beneficial ownership, and called for similar "
        "arrangements in other regions.",
    ),
    (
        "p",
        "The Chair, speaking as the expert from Morocco, said that in 2023 the land registry "
        "had linked its records with the national identity database and with the tax "
        "administration, which allowed the financial intelligence authority to identify persons "
        "who had acquired several properties in a short period without declared income to "
        "match.",
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "The meeting agreed on the following recommendations, to be brought to the attention "
        "of the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice.",
    ),
    (
        "p",
        "Member States should:",
        {
            "items": [
                "Include the real estate sector in their national assessments of the risks of "
                "money-laundering, and publish data on the suspicious transaction reports filed "
                "by that sector and on the action taken on them;",
                "Require notaries, lawyers, real estate agents and property developers involved "
                "in the purchase or sale of property to identify their customers and the "
                "beneficial owners of legal persons and arrangements and to report suspicious "
                "transactions, and ensure that they are supervised effectively;",
                (
                    "Establish central registers of the beneficial ownership of companies and, "
                    "where relevant, of trusts and other legal arrangements, and in particular:",
                    [
                        "Verify the information submitted to such registers, including the "
                        "identity of the persons declared as beneficial owners;",
                        "Require foreign companies and trusts that acquire real estate in their "
                        "territory to declare their beneficial owners;",
                        "Give competent authorities, financial intelligence units and notaries "
                        "timely access to the information, and consider access for journalists "
                        "and civil society organizations that show a legitimate interest;",
                    ],
                ),
                "Link land registries with registers of beneficial ownership and with tax "
                "records, so that the persons who ultimately own and control property can be "
                "identified;",
                "Limit or prohibit the payment of the price of real estate in cash, and require "
                "payment through accounts held with regulated financial institutions;",
                "Require an independent valuation of property in transactions that present "
                "higher risks, including purchases made in order to obtain residence or "
                "citizenship;",
                "Provide for the freezing, seizure and confiscation of real estate acquired "
                "with the proceeds of crime, including, where consistent with the fundamental "
                "principles of their domestic law, without a criminal conviction, and "
                "establish bodies able to manage such property and dispose of it, including "
                "for social use;",
                "Respond promptly to requests from other States for information on real "
                "estate and its beneficial owners, and designate contact points for that "
                "purpose.",
            ]
        },
    ),
    (
        "p",
        "The meeting recommended that UNODC, in cooperation with FATF and the FATF-style "
        "regional bodies and subject to the availability of extrabudgetary resources:",
        {
            "items": [
                "Prepare a practical guide on the investigation of money-laundering through "
                "real estate, including indicators of suspicion for notaries and real estate "
                "agents;",
                "Provide technical assistance to States in establishing registers of "
                "beneficial ownership and mechanisms for verifying the information they hold;",
                "Support the training of land registry officials, notaries, prosecutors and "
                "judges in the identification, seizure and confiscation of real estate acquired "
                "with illicit funds;",
                "Bring the present recommendations to the attention of the Fifteenth Congress.",
            ]
        },
    ),
    ("h1", "V.", "Adoption of the report"),
    (
        "p",
        "At its closing meeting, on 10 September 2025, the meeting adopted the present report, "
        "as orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Morocco for hosting the "
        "meeting, the Governments of Canada and Luxembourg for their financial support, and "
        "UNODC and MENAFATF for organizing it. She noted the proposal made by several experts to "
        "hold a regional workshop for notaries and land registry officials of French-speaking "
        "African States, and invited the Secretariat to explore that possibility.",
    ),
]

N_PARAGRAPHS = 43
FRONT = _fodt.Front(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
TABLE = _fodt.Table("Reports", TABLE_TITLE, TABLE_ROWS, TABLE_SOURCE)


def expected() -> dict:
    units = _fodt.units(FRONT, BODY, FOOTNOTES, TABLE, ANNEX_TABLE)
    return _fodt.expected(DOC_ID, OUT, FRONT, units)


def check_document() -> None:
    _fodt.check_paragraphs(BODY, N_PARAGRAPHS)
    marks = [int(m) for item in BODY if item[0] == "p" for m in _fodt.MARK_RE.findall(item[1])]
    if marks != sorted(FOOTNOTES):
        raise SystemExit(f"footnote marks {marks} do not match the notes {sorted(FOOTNOTES)}")
    _fodt.check_attendance(ANNEX_STATES, N_EXPERTS, N_STATES, ("thirty-five", 35))


# --------------------------------------------------------------------------------------------
# flat OpenDocument text (its skeleton, styles and writer are in _fodt.py)
# --------------------------------------------------------------------------------------------

# The footers' paragraph style is "FooterOdd"; the texts carry no inline markup.
STYLES = _fodt.styles(SYMBOL, JOB_NUMBER, footer="FooterOdd")


def build_fodt() -> str:
    w = _fodt.Writer(FOOTNOTES)
    _fodt.front_page(w, FRONT)
    _fodt.body(w, BODY, TABLE)
    _fodt.annex(w, ANNEX_HEADING, ANNEX_SUBTITLE, ANNEX_TABLE)
    return _fodt.document(w, TITLE, FIXED_ISO, STYLES)


def build_pdf(keep_fodt: bool = False) -> None:
    _fodt.convert(build_fodt(), OUT, "pdf", keep_fodt=keep_fodt)


# --------------------------------------------------------------------------------------------
# gold cases and topics
# --------------------------------------------------------------------------------------------

case = partial(_fodt.case, DOC_ID)
unanswerable = partial(_fodt.unanswerable, DOC_ID)
turn = _fodt.turn


CASES = [
    # numbers
    case(
        "re-01",
        "numbers",
        "How many property purchases by applicants for Turkish citizenship were reviewed in "
        "2024, and in what share was the deed price different from what went through the banks?",
        "Some 1,250 properties acquired by applicants in 2024 were reviewed by the Financial "
        "Crimes Investigation Board; in a third of them the price in the title deed differed "
        "from the amount transferred through the banking system, according to Gökhan "
        "Yılmazoğlu (Türkiye).",
        [
            ["1,250", "1250", "1 250"],
            ["a third", "one third", "one-third", "1/3", "a third of them"],
        ],
        ["12"],
    ),
    case(
        "re-02",
        "numbers",
        "How long does Curaçao typically wait to get beneficial ownership details on foreign "
        "companies buying villas there?",
        "On average eighteen months, through requests to foreign registries and counterparts, "
        "by which time the property has often been resold (Shurandy Martina-Rosalia, Kingdom of "
        "the Netherlands).",
        [["eighteen months", "18 months", "a year and a half", "one and a half years"]],
        ["17"],
    ),
    case(
        "re-03",
        "numbers",
        "According to the Secretariat's table, how many suspicious transaction reports did "
        "notaries and estate agents in South Africa file in 2023?",
        "2,368 (compared with 1,954 in 2022 and a provisional 2,805 in 2024).",
        [["2,368", "2368", "2 368"]],
        ["10"],
    ),
    case(
        "re-04",
        "numbers",
        "How many experts took part in the Marrakech meeting on real estate laundering?",
        "Thirty-five experts from 21 States, participating in their personal capacity, plus "
        "observers from FATF, MENAFATF, CFATF, the International Union of Notaries and a "
        "non-governmental organization.",
        [["thirty-five", "35", "thirty five"]],
        ["8"],
    ),
    case(
        "re-05",
        "numbers",
        "In the UAE, what proportion of the 2024 reports on property bought with cash or "
        "virtual assets concerned off-plan apartments?",
        "Two thirds of the 7,215 reports filed in 2024 concerned off-plan purchases of "
        "apartments in buildings not yet completed, according to Mariam Saeed Al Suwaidi.",
        [["two thirds", "two-thirds", "2/3", "66"]],
        ["13"],
    ),
    case(
        "re-06",
        "numbers",
        "What share of new residential buildings in Cocody and Riviera were financed without a "
        "bank loan in 2024?",
        "Forty per cent, according to a survey by the Ministry of Construction cited by the "
        "expert from Côte d’Ivoire, the builders being paid in instalments in cash.",
        [["forty per cent", "40 per cent", "40%", "40 percent", "forty percent"]],
        ["14"],
    ),
    # names
    case(
        "re-07",
        "names",
        "Who chaired the expert group meeting on money-laundering through real estate?",
        "Salma Bennani-Idrissi, of Morocco.",
        [["Bennani-Idrissi", "Bennani Idrissi", "Salma Bennani"]],
        ["5"],
    ),
    case(
        "re-08",
        "names",
        "Who explained that Ireland's beneficial ownership register was closed to the public "
        "after the EU court ruling?",
        "Siobhán Ní Dhuibhir, the expert from Ireland.",
        [["Ní Dhuibhir", "Ni Dhuibhir", "Siobhán", "Siobhan"]],
        ["20"],
    ),
    case(
        "re-09",
        "names",
        "Which Vice-Chair talked about Viet Nam's rule that property businesses must be paid "
        "through bank accounts?",
        "Nguyễn Thị Thu Hương, Vice-Chair, speaking as the expert from Viet Nam.",
        [
            [
                "Nguyễn Thị Thu Hương",
                "Nguyen Thi Thu Huong",
                "Thu Hương",
                "Thu Huong",
                "Nguyễn Thị",
                "Nguyen Thi",
            ]
        ],
        ["18"],
    ),
    case(
        "re-10",
        "names",
        "Who presented Germany's ban on paying for real estate in cash?",
        "Jürgen Oßwald-Kühn, the expert from Germany.",
        [["Oßwald-Kühn", "Osswald-Kühn", "Osswald-Kuhn", "Oßwald", "Osswald", "Jürgen", "Jurgen"]],
        ["16"],
    ),
    # paraphrase
    case(
        "re-11",
        "paraphrase",
        "Can criminals lend themselves their own dirty money to buy a home?",
        "Yes: the expert from Spain described loan-back schemes, in which the buyer takes a "
        "mortgage loan from a lender, often a company registered abroad, that he in fact "
        "controls, so that illicit funds come back as a loan whose repayments look lawful; "
        "Spanish notaries now report mortgage loans from private lenders that are not "
        "supervised financial institutions.",
        [["loan-back", "loan back"]],
        ["32"],
    ),
    case(
        "re-12",
        "paraphrase",
        "Can you get a Turkish passport just by buying a home?",
        "Foreign nationals can acquire Turkish citizenship by buying real estate worth at least "
        "400,000 United States dollars and undertaking not to sell it for three years; a "
        "valuation report by a licensed appraiser is now compulsory for such purchases.",
        [["400,000", "400 000", "400000", "$400k"], ["three years", "3 years"]],
        ["12"],
    ),
    case(
        "re-13",
        "paraphrase",
        "What happens to a foreign company that owns UK property but never said who is behind it?",
        "Under the Register of Overseas Entities, opened in August 2022, it must identify its "
        "beneficial owners; roughly a tenth had not registered by the deadline of 31 January "
        "2023, and the land they held cannot be sold, leased or charged until they do.",
        [["sold", "sell"], ["Register of Overseas Entities", "overseas entities"]],
        ["21"],
    ),
    case(
        "re-14",
        "paraphrase",
        "In Italy, what is done with buildings taken away from the mob?",
        "Some 23,000 confiscated properties have been transferred to municipalities and "
        "associations for social use, such as housing for families in need and community "
        "centres, under a national agency; many are occupied, mortgaged or run down, and "
        "nearly twice as many still await allocation.",
        [["social use", "social"], ["23,000", "23000", "23 000"]],
        ["33"],
    ),
    case(
        "re-15",
        "paraphrase",
        "Do the regulators have enough people to police estate agencies?",
        "Often not: many experts said supervisors had too few staff to inspect real estate "
        "agents, who were often small businesses and in several States needed no licence; in one "
        "State represented at the meeting a single supervisory authority with twelve inspectors "
        "was responsible for more than 9,000 agencies.",
        [["twelve", "12"], ["9,000", "9000", "9 000"]],
        ["30"],
    ),
    # list
    case(
        "re-16",
        "list",
        "Which jurisdictions are covered by the table of reports from notaries and real "
        "estate agents?",
        "Six: Brazil, Côte d’Ivoire, Curaçao, Morocco, South Africa and Spain, for 2022 to 2024.",
        [
            ["Brazil"],
            ["Côte d’Ivoire", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
            ["Curaçao", "Curacao"],
            ["Morocco"],
            ["South Africa"],
            ["Spain"],
        ],
        ["10"],
    ),
    case(
        "re-17",
        "list",
        "What did the meeting recommend about beneficial ownership registers?",
        "That Member States establish central registers of the beneficial ownership of "
        "companies and, where relevant, of trusts and other legal arrangements, and in "
        "particular verify the information submitted, including the identity of the declared "
        "beneficial owners; require foreign companies and trusts acquiring real estate to "
        "declare their beneficial owners; and give competent authorities, financial "
        "intelligence units and notaries timely access, considering access for journalists "
        "and civil society organizations with a legitimate interest.",
        [
            ["verify", "verification"],
            ["foreign companies", "foreign"],
            ["journalists", "civil society"],
        ],
        ["40(c)", "40(c)(i)", "40(c)(ii)", "40(c)(iii)"],
    ),
    case(
        "re-18",
        "list",
        "What was UNODC asked to do after the real estate laundering meeting?",
        "Subject to extrabudgetary resources and in cooperation with FATF and FATF-style "
        "regional bodies: prepare a practical guide on investigating money-laundering through "
        "real estate, with indicators of suspicion for notaries and agents; provide technical "
        "assistance on beneficial ownership registers and their verification; support "
        "training of land registry officials, notaries, prosecutors and judges; and bring the "
        "recommendations to the Fifteenth Congress.",
        [["guide"], ["technical assistance"], ["training"]],
        ["41", "41(a)", "41(b)", "41(c)", "41(d)"],
    ),
    # followup
    case(
        "re-19",
        "followup",
        "How many had they sent four years before that?",
        "389, in 2020.",
        [["389"]],
        ["3"],
        history=turn(
            "How many suspicious transaction reports did Moroccan notaries file in 2024?",
            "The National Financial Intelligence Authority received 2,314 suspicious "
            "transaction reports from notaries in 2024, according to its President, "
            "Nour-Eddine Benkirane El Alaoui [3].",
        ),
    ),
    case(
        "re-20",
        "followup",
        "Is there a way around the land register there?",
        "Yes: share deals, in which a buyer acquires less than 90 per cent of the shares of a "
        "company owning property, do not appear in the land register at all, and the company "
        "registers do not always show who stands behind the buyer.",
        [
            ["share deal", "share deals", "shares"],
            ["90 per cent", "90%", "ninety per cent", "90 percent"],
        ],
        ["16"],
        history=turn(
            "How does Germany stop people paying for property in cash?",
            "Since 1 April 2023 the price of real estate can no longer be paid in cash, "
            "crypto-assets or gold, and notaries cannot apply to register the new owner until "
            "payment by bank transfer has been shown, according to Jürgen Oßwald-Kühn [16].",
        ),
    ),
    case(
        "re-21",
        "followup",
        "And what about lawyers there?",
        "Lawyers in Canada are not covered by the reporting obligations of the federal law on "
        "proceeds of crime, after a 2015 Supreme Court of Canada judgment based on "
        "solicitor-client privilege; the provincial law societies instead limit the cash a "
        "lawyer may receive from a client.",
        [["Supreme Court"], ["privilege", "solicitor-client"]],
        ["29"],
        history=turn(
            "What did the Canadian expert say about property in British Columbia?",
            "Geneviève Lévesque-Tremblay said the British Columbia commission of inquiry found "
            "illicit funds had been invested on a large scale in residential property, and that "
            "since 2020 the Land Owner Transparency Registry requires corporations, trusts and "
            "partnerships holding land to disclose the individuals with an interest in it [11].",
        ),
    ),
    # frame
    case(
        "re-22",
        "frame",
        "Did anyone mention cryptocurrency being used to buy property?",
        "Yes. In the United Arab Emirates agents must report every purchase paid in virtual "
        "assets or with funds derived from them; in Germany, since 1 April 2023, property can no "
        "longer be paid for in crypto-assets.",
        [["virtual assets", "crypto-assets", "crypto"]],
        ["13", "16"],
        any_citation=True,
    ),
    case(
        "re-23",
        "frame",
        "Were privacy concerns about public ownership registers discussed?",
        "Yes. Ireland closed its register to the public after the Court of Justice of the "
        "European Union found in November 2022 that general public access interfered with the "
        "right to private life and data protection; in the discussion some experts defended "
        "public access while others stressed the privacy and safety of the persons concerned.",
        [["privacy", "private life"]],
        ["20", "25"],
        any_citation=True,
    ),
    # factual
    case(
        "re-24",
        "factual",
        "What did the participants visit during the Marrakech meeting?",
        "The land registry office (Conservation foncière) of Marrakech, on 9 September 2025, "
        "where officials showed how a change of ownership is recorded electronically and "
        "checked against the national identity records of buyer and seller.",
        [["land registry", "Conservation foncière", "Conservation fonciere"]],
        ["7"],
    ),
    case(
        "re-25",
        "factual",
        "Which Brazilian body receives the reports that notaries file?",
        "The Council for Financial Activities Control (COAF).",
        [["COAF", "Council for Financial Activities Control"]],
        ["27"],
    ),
    # front
    case(
        "re-26",
        "front",
        "What is the document symbol of the report on money-laundering through real estate?",
        "UNODC/CCPCJ/EG.77/2025/1.",
        [["UNODC/CCPCJ/EG.77/2025/1"]],
        ["front"],
    ),
    case(
        "re-27",
        "front",
        "Where was the real estate laundering meeting held, and what date does the report bear?",
        "In Marrakech, Morocco, 8–10 September 2025; the report is dated 26 September 2025.",
        [["Marrakech"], ["26 September 2025"]],
        ["front"],
    ),
    # unanswerable (near misses)
    unanswerable(
        "re-28",
        "What did the expert from São Tomé and Príncipe say about beneficial ownership registers?",
    ),
    unanswerable(
        "re-29",
        "What did the meeting say about money-laundering through casinos in British Columbia?",
    ),
    unanswerable(
        "re-30",
        "Where and when will the workshop for notaries of French-speaking African States be held?",
    ),
    unanswerable(
        "re-31",
        "What did the meeting conclude about mortgage fraud, where buyers lie to banks to obtain "
        "home loans?",
    ),
    unanswerable(
        "re-32",
        "How many suspicious transaction reports did Moroccan notaries file in 2021?",
    ),
    unanswerable(
        "re-33",
        "What share of property purchases in Germany were paid in cash before the 2023 ban?",
    ),
    unanswerable(
        "re-34",
        "What post does Salma Bennani-Idrissi hold in the Moroccan administration?",
    ),
    unanswerable(
        "re-35",
        "How many foreigners obtained Turkish citizenship through property purchases in 2024?",
    ),
]

TOPICS = [
    {
        "id": "ret-01",
        "topic": "Cash in real estate transactions: purchases paid wholly or partly in cash or "
        "banknotes, thresholds for reporting cash payments, bans and limits on cash payments, "
        "and requirements to pay the price through bank accounts, bank transfers or escrow "
        "accounts",
        "paragraphs": ["3", "10", "13", "14", "15", "16", "18", "27", "29", "31", "40(e)"],
    },
    {
        "id": "ret-02",
        "topic": "Beneficial ownership of property: the use of companies, trusts, nominees and "
        "relatives to conceal who ultimately owns or controls real estate; registers of "
        "beneficial ownership or of persons with significant control; the identification and "
        "verification of beneficial owners by registers, notaries and other professionals; and "
        "access to that information, at home and from abroad",
        "paragraphs": [
            "2",
            "4",
            "6",
            "10",
            "11",
            "15",
            "16",
            "17",
            "18",
            "19",
            "20",
            "21",
            "22",
            "23",
            "24",
            "25",
            "26",
            "28",
            "37",
            "40(b)",
            "40(c)",
            "40(c)(i)",
            "40(c)(ii)",
            "40(c)(iii)",
            "40(d)",
            "40(h)",
            "41(b)",
        ],
    },
    {
        "id": "ret-03",
        "topic": "Freezing, seizure, confiscation and management of real estate acquired with "
        "the proceeds of crime: non-conviction-based confiscation, unexplained wealth orders, "
        "and the administration, early sale and social reuse of seized or confiscated property",
        "paragraphs": ["6", "33", "34", "35", "36", "40(g)", "41(c)"],
    },
]


def check_cases(doc: dict) -> None:
    _fodt.check_cases(doc, CASES, TOPICS, "re", 35)


def split_paragraphs() -> dict[str, list[int]]:
    """The numbered paragraphs that run over a page break: (unit: [page of its first words,
    page of its last words]), from the PDF's text (pdftotext), compared without whitespace."""
    if shutil.which("pdftotext") is None:
        return {}
    return _fodt.split_paragraphs(expected()["units"], _fodt.pdf_pages(OUT))


def main() -> None:
    check_document()
    doc = expected()
    check_cases(doc)
    build_pdf(keep_fodt="--keep-fodt" in sys.argv)
    _fodt.write_gold(OUT, doc, CASES, TOPICS)
    print(f"paragraphs running over a page break (unit: pages): {split_paragraphs()}")


if __name__ == "__main__":
    main()
