"""Generate eval/gold/docs/synthetic-judicial-integrity-egm.docx, its expected units
eval/gold/expected/synthetic-judicial-integrity-egm.json, its 35 gold cases
eval/gold/test/synthetic-judicial-integrity-egm.jsonl and its 3 topic cases
eval/gold/test/topics/synthetic-judicial-integrity-egm.jsonl.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on judicial integrity
and corruption in the justice system, held in Ljubljana in September 2025 in preparation for
the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It is not a
United Nations document; the persons, the non-governmental organization and the figures are
invented (the treaties, resolutions and most laws cited are real ones).

It is a WORD document as LibreOffice saves one (.docx, "MS Word 2007 XML"):

1. The script writes a LibreOffice flat OpenDocument text (.fodt) as a string:
   * first page: the synthetic-document line, a borderless masthead table ("United Nations" |
     symbol over a thin rule; the Congress's name | "Distr.: General", date, "Original:
     English" over a thick rule: cell bottom borders only), the title and the place and dates;
     the first page has its own page style (Word: w:titlePg), with no header and a footer
     holding only the job number;
   * following pages: left and right page styles (Word: w:evenAndOddHeaders), the symbol in the
     HEADER and a FOOTER with the job number and a PAGE field;
   * chapter and section headings typed in the UN way ("I.<tab>Introduction");
   * body paragraphs numbered by AUTOMATIC list numbering (Word: w:numPr -> numbering.xml,
     "%1." at level 0, "(%2)" lower-letter at level 1, "(%3)" lower-roman at level 2), every
     chapter's paragraphs a list continuing the first, so the numbers run 1..40; lettered and
     roman sub-items are nested levels of the same list;
   * the agenda as a second automatic list ("1." .. "8.") after paragraph 7; officer lines with
     tabs ("Chair:<tab>Name (Country)") after paragraph 6, the two Vice-Chairs in ONE
     paragraph, the second after a manual LINE BREAK (Word: w:br);
   * a manual line break inside numbered paragraph 40 too (before a web address);
   * five real FOOTNOTES (Word: footnotes.xml), two of them in paragraph 3;
   * a HYPERLINK in paragraph 5 (Word: w:hyperlink with an external relationship);
   * italic runs inside sentences (titles of laws: paragraphs 4, 15, 21, 23, 24, 33) and a
     bold run (the defined term "sextortion" in paragraph 35);
   * NON-BREAKING SPACES in figures ("31 720", "1 418", "4 600", "2 846");
   * a ruled data TABLE (full grid, repeated header row) with its bold title above and italic
     source note below, belonging to paragraph 10;
   * an annex on a new page, "List of participants", a two-column ruled table;
   * no manual page breaks in the body: paragraphs run over page breaks where they fall
     (the script prints which ones, from a PDF made from the .docx).
2. LibreOffice converts it: soffice --headless --convert-to docx:"MS Word 2007 XML" (made with
   LibreOffice 7.4.7.2). The script then rewrites the ZIP with fixed member timestamps and
   fixed dates in docProps/core.xml.

The expected units, the gold cases and the topics are built from the same constants the
document is typeset from (the cases cite paragraphs by key, numbered as the automatic list
counts them); the script checks that every citation is a unit id, that every key fact occurs
in a cited unit, that the footnote and participant counts are as planned, and that the near
misses stay unanswered. In the units, a tab, a line break or a non-breaking space reads as a
plain space, and a line break inside a paragraph ends one `contains` piece and starts the next.

Figures in digits and in words: twenty-nine experts, forty per cent, a third (three times,
on different topics: Turkish clerks' pay, Kenyan court users, Ivorian pre-trial detainees),
two thirds, one in
five, one in seven, fewer than one in four, fewer than half, some 1,250 cases, eighteen
months, thirty-seven, seventy-two. Near misses on purpose: States that attended without
speaking (Morocco, Senegal); donors with no amount; a follow-up workshop with no date or
venue; the Chair's post never stated; complaint figures for 2022-2024 only; an Indonesian
complaint count but no Indonesian share of users asked for payments; Romanian asset
declarations without any dismissals; no word about juries.

It is built with the code shared by the other LibreOffice-made gold documents
(eval/gold/sources/_fodt.py and _expected.py).

Run:  python eval/gold/sources/make_synthetic_judicial_integrity_egm_docx.py
      (add --keep-fodt to keep the intermediate .fodt in /tmp)
"""

from __future__ import annotations

import re
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _fodt import (  # noqa: E402
    GOLD,
    NBSP,
    Front,
    Table,
    Writer,
    annex,
    body,
    case,
    check_attendance,
    check_cases,
    check_markup,
    check_mix,
    check_paragraphs,
    convert,
    document,
    expected,
    front_page,
    layout_report,
    normalize_docx,
    para_numbers,
    paragraph_texts,
    styles,
    turn,
    unanswerable,
    units,
    write_gold,
)

# ============================================================================================
# the report's content
# ============================================================================================

DOC_ID = "synthetic-judicial-integrity-egm"
OUT = GOLD / "docs" / f"{DOC_ID}.docx"
FIXED_ISO = "2025-10-09T09:00:00"
FIXED_ZIP_TIME = (2025, 10, 9, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.91/2025/1"
ISSUE_DATE = "9 October 2025"
JOB_NUMBER = "V.25-16842"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Judicial Integrity and Corruption in the Justice System"
)
PLACE_DATES = "Ljubljana, Slovenia, 22–24 September 2025"
JI_URL = "https://www.unodc.org/ji/"

# Footnote texts; "{n}" in a paragraph is the place of footnote n's mark.
FOOTNOTES = {
    1: "General Assembly resolution 70/174, annex.",
    2: "United Nations, Treaty Series, vol. 2349, No. 42146.",
    3: "Economic and Social Council resolution 2006/23, annex.",
    4: "Council of Europe, Group of States against Corruption (GRECO), Fourth Evaluation "
    "Round: Corruption Prevention in respect of Members of Parliament, Judges and Prosecutors.",
    5: "United Nations Office on Drugs and Crime, Non-binding Guidelines on the Use of Social "
    "Media by Judges (Vienna, 2019).",
}

# (label, [names]): one paragraph per officer line; a second name follows a manual line break.
OFFICERS = [
    ("Chair:", ["Nataša Kovačič-Žagar (Slovenia)"]),
    ("Vice-Chairs:", ["Adaeze Okonkwo-Ibékwé (Nigeria)", "Íñigo Barrientos Ocaña (Colombia)"]),
    ("Rapporteur:", ["Nguyễn Phương Thảo (Viet Nam)"]),
]

AGENDA = [
    "Opening of the meeting.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "Independence, selection and careers of judges.",
    "Corruption risks in the administration of courts and in prosecution services.",
    "Accountability of judges: asset declarations, codes of conduct and discipline.",
    "Transparency, technology and public trust in the justice system.",
    "Recommendations to the Fifteenth Congress and adoption of the report.",
]

TABLE_TITLE = (
    "Complaints about the conduct of judges received by judicial councils and commissions "
    "in selected States, 2022–2024"
)
TABLE_ROWS = [
    ("State", "2022", "2023", "2024"),
    ("Brazil", "7,412", "7,956", "8,305"),
    ("Indonesia", "3,071", "2,912", "2,846"),
    ("Kenya", "1,187", "1,342", "1,509"),
    ("Romania", "964", "1,033", "1,118"),
    ("Türkiye", "2,230", "2,418", "2,603"),
]
TABLE_SOURCE = (
    "Source: submissions of national judicial councils and commissions to the meeting "
    "(UNODC/CCPCJ/EG.91/2025/CRP.1). Complaints about court staff are not included; the "
    "figures for 2024 are provisional."
)

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of participants"
ANNEX_STATES = [
    ("Brazil", ["João Batista Conceição Filho", "Luíza Araújo Magalhães"]),
    ("Chile", ["Sebastián Peña Órdenes"]),
    ("Colombia", ["Íñigo Barrientos Ocaña", "Valentina Güiza Restrepo"]),
    ("Côte d’Ivoire", ["Kouamé Désiré N’Guessan"]),
    ("Czechia", ["Tomáš Dvořák"]),
    ("Denmark", ["Søren Kjærgaard-Holm"]),
    ("France", ["Hélène Lefèvre-Mégret", "Benoît Chassagne-Roussel"]),
    ("Germany", ["Jürgen Weißmüller"]),
    ("Guatemala", ["María José Quiñónez Ajú"]),
    ("Indonesia", ["Dewi Kartika Sari", "Bagus Prasetyo Wibowo"]),
    ("Kenya", ["Wambui Njoroge-Kiprotich", "Otieno Odhiambo Ochieng"]),
    ("Mexico", ["Rodrigo Ibáñez Múzquiz"]),
    ("Morocco", ["Youssef El Ouazzani"]),
    ("Nigeria", ["Adaeze Okonkwo-Ibékwé"]),
    ("Pakistan", ["Ayesha Siddiqa Qureshi"]),
    ("Philippines", ["Ma. Concepción Dizon-Peñaflor"]),
    ("Portugal", ["Inês Gonçalves Simão"]),
    ("Romania", ["Ioana Bălănescu-Știrbu", "Mihai Năstase-Vlădescu"]),
    ("Senegal", ["Mame Aïssatou Ndiaye"]),
    ("Slovenia", ["Nataša Kovačič-Žagar", "Matej Štrukelj"]),
    ("Türkiye", ["Ayşegül Çelik-Öztürk"]),
    ("Viet Nam", ["Nguyễn Phương Thảo"]),
]
ANNEX_OBSERVERS = [
    ("Council of Europe", ["Łucja Wiśniewska-Hartmann"]),
    ("International Association of Judges", ["Fernand Côté-Lévesque"]),
    ("Fair Courts Alliance", ["Amaru Condori Huamán"]),
    ("United Nations Office on Drugs and Crime", ["Dagmar Ørsted-Villanueva", "Kenji Sōma"]),
]
N_EXPERTS = "twenty-nine"  # checked against the annex
N_STATES = "22"
ANNEX_TABLE = [("State or organization", "Participants")] + [
    (name, "; ".join(people)) for name, people in ANNEX_STATES + ANNEX_OBSERVERS
]


def states_listed() -> str:
    names = [name for name, _ in ANNEX_STATES]
    return ", ".join(names[:-1]) + " and " + names[-1]


# The body, in document order, in the format and inline markup _fodt.py describes; each
# paragraph's extra also holds "key", the name the cases use for it.
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "The Expert Group Meeting on Judicial Integrity and Corruption in the Justice System was "
        "held in Ljubljana, Slovenia, from 22 to 24 September 2025, as part of the preparations "
        "for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It "
        "was organized by the United Nations Office on Drugs and Crime (UNODC) through its "
        "Global Judicial Integrity Network and hosted by the Government of Slovenia, with "
        "financial support from the Governments of Austria and the Republic of Korea.",
        {"key": "held"},
    ),
    (
        "p",
        "The purpose of the meeting was to take stock of the risks of corruption faced by "
        "judges, prosecutors and court staff; to exchange experience of the measures taken to "
        "protect the integrity of the justice system without weakening its independence; and to "
        "identify recommendations that could be brought to the attention of the Congress.",
        {"key": "purpose"},
    ),
    (
        "p",
        "The meeting recalled the Doha Declaration adopted at the Thirteenth Congress,{1} in "
        "which States had committed themselves to making every effort to prevent and counter "
        "corruption in the justice system, and article 11 of the United Nations Convention "
        "against Corruption,{2} which requires each State party to take measures to strengthen "
        "integrity and to prevent opportunities for corruption among members of the judiciary, "
        "without prejudice to judicial independence.",
        {"key": "doha"},
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "The meeting was opened by Andreja Šušteršič-Krajnc, State Secretary at the Ministry "
        "of Justice of Slovenia, who said that the courts of her country had reduced the "
        "number of cases pending for more than two years by two thirds since 2015, and that "
        "the shorter a case lasted, the fewer the occasions on which anyone could be tempted to "
        "buy a favour. She recalled that the *Integrity and Prevention of Corruption Act* of "
        "Slovenia had required judges to declare their assets since 2010.",
        {"key": "opening"},
    ),
    (
        "p",
        "Dagmar Ørsted-Villanueva, representative of UNODC, delivered a statement on behalf of "
        "the Executive Director. She recalled that the Global Judicial Integrity Network had "
        "been launched in Vienna in April 2018 and now brought together judges and judicial "
        "officials from 186 States, and that its guides, e-learning courses and podcasts were "
        "available free of charge at [[www.unodc.org/ji|" + JI_URL + "]]. She noted that "
        "requests for assistance from judicial institutions had doubled since 2022.",
        {"key": "unodc"},
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "At its 1st meeting, on 22 September 2025, the meeting elected the following officers "
        "by acclamation:",
        {"key": "officers", "lines": OFFICERS},
    ),
    ("h2", "C.", "Adoption of the agenda"),
    (
        "p",
        "Also at its 1st meeting, the meeting adopted the following agenda:",
        {"key": "agenda", "agenda": AGENDA},
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        f"The meeting was attended by {N_EXPERTS} experts from the following {N_STATES} States: "
        f"{states_listed()}. The experts participated in their personal capacity; they were "
        "judges, prosecutors, members of judicial councils, court administrators and officials "
        "of anti-corruption bodies.",
        {"key": "attendance"},
    ),
    (
        "p",
        "The Council of Europe, the International Association of Judges and the Fair Courts "
        "Alliance, a non-governmental organization, were represented by observers. The list of "
        "participants is contained in the annex to the present report.",
        {"key": "observers"},
    ),
    ("h2", "E.", "Documentation"),
    (
        "p",
        "The meeting had before it a background paper prepared by the Secretariat "
        "(UNODC/CCPCJ/EG.91/2025/CRP.1), which compiled the information provided by judicial "
        "councils and commissions on the complaints they had received about the conduct of "
        "judges, as shown in the table below.",
        {"key": "table", "table": True},
    ),
    ("h1", "III.", "Summary of deliberations"),
    ("h2", "A.", "Independence, selection and careers of judges"),
    (
        "p",
        "Many experts stressed that integrity and independence were two sides of the same "
        "coin: a judge who owed his or her appointment or promotion to a politician or to a "
        "superior was exposed to pressure, and a judiciary that was not accountable would lose "
        "the confidence of the public. Several experts referred to the Bangalore Principles of "
        "Judicial Conduct{3} as the common reference for the conduct expected of judges.",
        {"key": "bangalore"},
    ),
    (
        "p",
        "The Vice-Chair, Íñigo Barrientos Ocaña (Colombia), described the public competitions "
        f"through which judges were selected in his country. In the most recent one, 31{NBSP}720 "
        f"candidates had applied for 1{NBSP}418 posts, and the written examinations had been "
        "marked by a university under contract with the Superior Council of the Judiciary, "
        "without the names of the candidates being known to the markers. He acknowledged that "
        "the competition had lasted nearly three years, during which many posts had been filled "
        "by provisional judges without security of tenure.",
        {"key": "colombia"},
    ),
    (
        "p",
        "María José Quiñónez Ajú (Guatemala) said that the magistrates of the Supreme Court and "
        "of the courts of appeal of her country were elected by Congress from lists drawn up by "
        "nominating commissions, and that the work of those commissions had repeatedly been "
        "the object of attempts at influence by lawyers and political groups. She called for "
        "public interviews of candidates and for the publication of the scores given to each.",
        {"key": "guatemala-appointments"},
    ),
    (
        "p",
        "Ayşegül Çelik-Öztürk (Türkiye) said that low salaries and poor working conditions "
        "left court staff, in particular, open to petty corruption. In her country the "
        "salaries of court clerks had been raised by a third in 2023, and a new career "
        "structure allowed clerks to be promoted on the basis of written examinations. She "
        "noted that forty per cent of the complaints received by the Council of Judges and "
        "Prosecutors in 2024 concerned delays rather than allegations of bribery.",
        {"key": "turkiye"},
    ),
    (
        "p",
        "Jürgen Weißmüller (Germany) explained that under the *Deutsches Richtergesetz* "
        "(German Judiciary Act) judges enjoyed life tenure and could be removed only by a "
        "decision of a court. Secondary activities such as teaching or arbitration required "
        "the permission of the president of the court, and the income a judge could earn from "
        "them was capped. He warned against measures that would make judges fear dismissal for "
        "unpopular decisions.",
        {"key": "germany"},
    ),
    ("h2", "B.", "Corruption risks in the administration of courts and in prosecution services"),
    (
        "p",
        "Wambui Njoroge-Kiprotich (Kenya) presented the results of a survey of court users "
        "carried out by the Judiciary in 2024. A third of the respondents said that they had "
        "been asked by court staff for an unofficial payment, most often to trace a missing "
        "file or to obtain an early hearing date. Complaints about court staff were handled by "
        "the Office of the Judiciary Ombudsperson, which had received 2,377 of them in 2024.",
        {"key": "kenya"},
    ),
    (
        "p",
        "Ioana Bălănescu-Știrbu (Romania) said that cases had been allocated to judges at "
        "random by an electronic system in all courts of her country since 2005. An audit "
        "carried out in 2023 had nevertheless found that in one court of appeal 6 per cent of "
        "cases had been reassigned by hand, often without any reasons being recorded; the "
        "system had since been changed so that every manual reassignment had to be justified "
        "in writing and was reported to the court's president.",
        {"key": "romania-allocation"},
    ),
    (
        "p",
        "Ma. Concepción Dizon-Peñaflor (Philippines) described the problem of \u201cfixers\u201d, "
        "intermediaries who offered court users, for a fee, to speed up the release of "
        "documents or to influence the outcome of cases. The Office of the Court Administrator "
        "had some 1,250 administrative cases against court personnel pending, and in 2024 the "
        "Supreme Court had dismissed thirty-seven court employees for extortion or dishonesty.",
        {"key": "philippines"},
    ),
    (
        "p",
        "Rodrigo Ibáñez Múzquiz (Mexico) said that long delays gave corruption its opportunity, "
        "since parties were tempted to pay to have a file moved to the top of the pile. He "
        "reported that the average duration of a civil case before the federal courts had been "
        "reduced from twenty-two to fourteen months after the introduction of electronic "
        "files, and that reports of requests for payment had fallen accordingly.",
        {"key": "mexico"},
    ),
    (
        "p",
        "Kouamé Désiré N’Guessan (Côte d’Ivoire) spoke of the risks of corruption in pre-trial "
        "detention, where families of detainees sometimes paid intermediaries who promised "
        "them a provisional release. A third of the persons held in the prisons of his country "
        "were awaiting trial, many of them for more than a year. He described the inspections "
        "of places of detention carried out by prosecutors to identify persons held beyond the "
        "legal time limits.",
        {"key": "cote-divoire"},
    ),
    (
        "p",
        "Inês Gonçalves Simão (Portugal) said that prosecutors were exposed to the same "
        "risks as judges, in particular when they decided whether to prosecute. Under the "
        "*Estatuto do Ministério Público*, cases were distributed among prosecutors by "
        "electronic means, decisions to close a case could be reviewed by a superior at the "
        "request of the victim, and the High Council of the Public Prosecution Service "
        "inspected every prosecutor at least once every four years.",
        {"key": "portugal"},
    ),
    (
        "p",
        "Ayesha Siddiqa Qureshi (Pakistan) emphasized the role of lawyers and of their bar "
        "councils. Touts who brought clients to lawyers in exchange for a commission were "
        "present outside many district courts, and some offered to \u201carrange\u201d a "
        "favourable decision. In 2024 the Punjab Bar Council had suspended the licences of 58 "
        "advocates for professional misconduct, including for soliciting money on behalf of "
        "judges.",
        {"key": "pakistan"},
    ),
    ("h2", "C.", "Accountability of judges: asset declarations, codes of conduct and discipline"),
    (
        "p",
        "Ioana Bălănescu-Știrbu (Romania) explained that, under *Law No. 176/2010 on integrity "
        "in the exercise of public functions and dignities*, the declarations of assets and "
        "interests of judges were published online and verified by the National Integrity "
        f"Agency. In 2024, 97 per cent of the some 4{NBSP}600 judges of Romania had submitted "
        "their declarations on time. Where the Agency found a difference between declared "
        "income and assets that could not be justified, the case was referred to the courts.",
        {"key": "romania-declarations"},
    ),
    (
        "p",
        "João Batista Conceição Filho (Brazil) said that the National Council of Justice "
        "received complaints about judges from any person and could take over disciplinary "
        "cases from the courts. He noted that the most severe penalty provided for by the "
        "*Lei Orgânica da Magistratura Nacional* was compulsory retirement with a pension "
        "proportional to the years of service, which was widely seen as a reward rather than "
        "a sanction, and that draft legislation to replace it with dismissal was before "
        "Congress.",
        {"key": "brazil"},
    ),
    (
        "p",
        "Dewi Kartika Sari (Indonesia) said that the Judicial Commission of Indonesia had "
        f"received 2{NBSP}846 reports about judges in 2024, one in five of them concerning "
        "conduct outside the courtroom, such as meetings with parties or the acceptance of "
        "gifts. Recommendations of the Commission to sanction a judge had to be acted upon by "
        "the Supreme Court, and the two institutions held joint hearings in the most serious "
        "cases.",
        {"key": "indonesia-complaints"},
    ),
    (
        "p",
        "Tomáš Dvořák (Czechia) described the ethics committee of the Union of Judges, which "
        "gave judges confidential advice on questions of conduct. In 2024 it had answered "
        "seventy-two requests, most of them about gifts, recusal and activities outside the "
        "court. He said that advice given before the event prevented more misconduct than "
        "discipline imposed after it.",
        {"key": "czechia"},
    ),
    (
        "p",
        "Łucja Wiśniewska-Hartmann, observer for the Council of Europe, presented the findings "
        "of the fourth evaluation round of the Group of States against Corruption,{4} which had "
        "addressed the prevention of corruption in respect of judges and prosecutors. Fewer "
        "than half of the recommendations concerning judges had been implemented fully, the "
        "most frequent shortcomings being the absence of codes of conduct with practical "
        "guidance and the lack of verification of asset declarations.",
        {"key": "greco"},
    ),
    (
        "p",
        "Several experts discussed the immunity of judges. It was generally agreed that "
        "judges should not be liable for the content of their decisions, but that functional "
        "immunity should not prevent the investigation of a judge suspected of taking a bribe. "
        "Some experts cautioned that disciplinary proceedings were sometimes used to punish "
        "judges for their decisions and should be conducted by independent bodies with full "
        "guarantees of due process.",
        {"key": "immunity"},
    ),
    (
        "p",
        "Fernand Côté-Lévesque, observer for the International Association of Judges, said "
        "that judges who refused to be corrupted were themselves often the targets of threats, "
        "smear campaigns and, in some countries, physical attacks. He called on States to "
        "ensure the personal security of judges handling cases of organized crime and "
        "corruption, and to defend them publicly when they were unjustly criticized.",
        {"key": "iaj"},
    ),
    ("h2", "D.", "Transparency, technology and public trust"),
    (
        "p",
        "Bagus Prasetyo Wibowo (Indonesia) described the electronic filing system introduced "
        "in the courts of his country. It had been rolled out to all first-instance courts "
        "within eighteen months, and court fees could now be paid only by bank transfer, so "
        "that court users no longer had to hand cash to court staff.",
        {"key": "indonesia-ecourt"},
    ),
    (
        "p",
        "Sebastián Peña Órdenes (Chile) and the Rapporteur, Nguyễn Phương Thảo (Viet Nam), "
        "described the publication of judgments in their countries. Viet Nam had published "
        "more than 1.4 million judgments and decisions on the portal of the Supreme People\u2019s "
        "Court since 2017, with the names of the parties removed. In Chile all judgments of "
        "the higher courts were published, and the judiciary published each year the number "
        "of cases decided by every judge.",
        {"key": "publication"},
    ),
    (
        "p",
        "Søren Kjærgaard-Holm (Denmark) spoke of the use of social media by judges, which "
        "could reveal friendships with lawyers or parties and expose judges to harassment. He "
        "referred to the non-binding guidelines adopted by the Global Judicial Integrity "
        "Network{5} and said that the Danish courts had issued their own guidance in 2021.",
        {"key": "social-media"},
    ),
    (
        "p",
        "Hélène Lefèvre-Mégret (France) spoke of artificial intelligence in courts. Under "
        "article 33 of the *Act of 23 March 2019 on programming and reform for the justice "
        "system*, the identity of judges could not be used to evaluate, analyse or predict "
        "their professional practices. She said that the tools used to draft or summarize "
        "decisions should be tested for bias and that judges should always remain responsible "
        "for their decisions.",
        {"key": "france"},
    ),
    (
        "p",
        "Amaru Condori Huamán, observer for the Fair Courts Alliance, presented a survey "
        "carried out in twelve Latin American countries in 2024, in which fewer than one in "
        "four respondents said that they trusted the courts. Those who had been in contact "
        "with a court in the previous year expressed less trust than those who had not.",
        {"key": "trust"},
    ),
    ("h2", "E.", "Gender and judicial integrity"),
    (
        "p",
        "María José Quiñónez Ajú (Guatemala) drew attention to **sextortion**, the abuse of "
        "power to obtain a sexual benefit, which affected women court users and women "
        "employees alike. In a survey of the staff of the Judicial Branch carried out in 2024, "
        "one in seven women employees said that a superior had asked them for a sexual favour "
        "in return for a promotion or a transfer.",
        {"key": "sextortion"},
    ),
    (
        "p",
        "The Vice-Chair, Adaeze Okonkwo-Ibékwé (Nigeria), said that women made up 37 per cent "
        "of the judges of the federal and state high courts of her country. She noted that "
        "victims of sextortion rarely complained, because in most States it was not defined as "
        "an offence and was neither bribery nor sexual harassment in the eyes of the law, and "
        "because complaints went to the very superiors who were involved.",
        {"key": "nigeria"},
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "Member States should:",
        {
            "key": "ms",
            "items": [
                "Ensure that judges are selected and promoted on the basis of objective criteria "
                "of merit, through transparent procedures, and that their remuneration and "
                "security of tenure are guaranteed by law;",
                "Allocate cases to judges at random, by electronic means where possible, and "
                "record in writing the reasons for any manual reassignment;",
                (
                    "Establish or strengthen systems for the declaration of assets and interests "
                    "by judges and prosecutors, including:",
                    [
                        "The publication of declarations, subject to the protection of personal "
                        "data and of the safety of judges;",
                        "Their verification by an independent body with access to tax, land and "
                        "bank records;",
                        "Proportionate sanctions for failure to declare or for false declarations;",
                    ],
                ),
                "Adopt codes of conduct for judges, prosecutors and court staff based on the "
                "Bangalore Principles of Judicial Conduct, and give judges access to "
                "confidential advice on questions of ethics;",
                "Reduce cash payments and direct contact between court users and staff through "
                "electronic filing, payment and case tracking;",
                "Recognize sextortion as a form of corruption, and provide safe and "
                "confidential channels for complaints by court users and staff;",
                "Publish judgments and court statistics in accessible form, and survey court "
                "users regularly on their experience of the courts and their trust in them;",
                "Ensure that disciplinary proceedings against judges are conducted by "
                "independent bodies with guarantees of due process, and that the sanctions "
                "imposed are proportionate and made public.",
            ],
        },
    ),
    (
        "p",
        "The meeting recommended that UNODC, through the Global Judicial Integrity Network and "
        "subject to the availability of extrabudgetary resources:",
        {
            "key": "unodc-recs",
            "items": [
                "Prepare practical guidance on the verification of asset declarations of "
                "judges and prosecutors;",
                "Develop training for judicial institutions on the prevention of sextortion "
                "and on the handling of complaints about it;",
                "Support States in collecting comparable data on complaints about judges and "
                "on the experience of court users, and publish the results at regular intervals.",
            ],
        },
    ),
    ("h1", "V.", "Adoption of the report"),
    (
        "p",
        "At its closing meeting, on 24 September 2025, the meeting adopted the present report, "
        "as orally amended, on the basis of a draft introduced by the Rapporteur.",
        {"key": "adoption"},
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Slovenia for hosting the "
        "meeting, the Governments of Austria and the Republic of Korea for their financial "
        "support, and UNODC for organizing it. She noted the proposal made by several experts "
        "to hold a follow-up workshop for the judicial councils of Africa and Latin America, "
        "and invited the Secretariat to explore that possibility. The background paper and "
        "the presentations made at the meeting are available on the web page of the Congress:"
        "\nwww.unodc.org/crimecongress",
        {"key": "closing"},
    ),
]

N_PARAGRAPHS = 40
FRONT = Front(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
TABLE = Table("Complaints", TABLE_TITLE, TABLE_ROWS, TABLE_SOURCE)


P = para_numbers(BODY)


def expected_units() -> dict:
    doc_units = units(FRONT, BODY, FOOTNOTES, TABLE, ANNEX_TABLE, markup=True)
    return expected(DOC_ID, OUT, FRONT, doc_units)


def check_document() -> None:
    check_paragraphs(BODY, N_PARAGRAPHS)
    check_markup(paragraph_texts(BODY), FOOTNOTES)
    check_attendance(ANNEX_STATES, N_EXPERTS, N_STATES, ("twenty-nine", 29))


# --------------------------------------------------------------------------------------------
# the .docx
# --------------------------------------------------------------------------------------------

# The footers' paragraph style is "Footer"; the officer lines have a tab stop at their hanging
# indent, for the second Vice-Chair after a manual line break; the texts carry inline markup.
STYLES = styles(SYMBOL, JOB_NUMBER, footer="Footer", officer_tab=True, markup=True)


def build_fodt() -> str:
    w = Writer(FOOTNOTES, markup=True)
    front_page(w, FRONT)
    body(w, BODY, TABLE)
    if w.n_notes != len(FOOTNOTES):
        raise SystemExit(f"{w.n_notes} footnotes typeset, expected {len(FOOTNOTES)}")
    annex(w, ANNEX_HEADING, ANNEX_SUBTITLE, ANNEX_TABLE)
    return document(w, TITLE, FIXED_ISO, STYLES)


def build_docx(keep_fodt: bool = False) -> None:
    convert(
        build_fodt(),
        OUT,
        "docx:MS Word 2007 XML",
        keep_fodt=keep_fodt,
        write=partial(normalize_docx, fixed_iso=FIXED_ISO, zip_time=FIXED_ZIP_TIME),
    )


# ============================================================================================
# gold cases and topics (written from the document alone)
# ============================================================================================

gold_case = partial(case, DOC_ID)
no_answer = partial(unanswerable, DOC_ID)

A_THIRD = ["a third", "one third", "one-third", "1/3", "33 per cent", "33%"]

CASES = [
    # numbers
    gold_case(
        "ji-01",
        "numbers",
        "What proportion of court users in Kenya said court staff had asked them for a bribe?",
        "A third of the respondents to the Judiciary's 2024 survey of court users said that "
        "court staff had asked them for an unofficial payment, most often to trace a missing "
        "file or to get an early hearing date, according to Wambui Njoroge-Kiprotich (Kenya).",
        [A_THIRD],
        [P["kenya"]],
    ),
    gold_case(
        "ji-02",
        "numbers",
        "How many people applied in Colombia's last competition to become a judge, and for how "
        "many posts?",
        "31,720 candidates applied for 1,418 posts, according to the Vice-Chair, Íñigo "
        "Barrientos Ocaña (Colombia); the competition lasted nearly three years.",
        [["31 720", "31,720", "31720"], ["1 418", "1,418", "1418"]],
        [P["colombia"]],
    ),
    gold_case(
        "ji-03",
        "numbers",
        "How many court employees did the Philippine Supreme Court fire in 2024?",
        "Thirty-seven court employees were dismissed for extortion or dishonesty, according to "
        "Ma. Concepción Dizon-Peñaflor (Philippines).",
        [["thirty-seven", "37", "thirty seven"]],
        [P["philippines"]],
    ),
    gold_case(
        "ji-04",
        "numbers",
        "By how much did Türkiye raise the pay of court clerks, and when?",
        "By a third, in 2023, according to Ayşegül Çelik-Öztürk (Türkiye).",
        [A_THIRD, ["2023"]],
        [P["turkiye"]],
    ),
    gold_case(
        "ji-05",
        "numbers",
        "According to the table in the background paper, how many complaints about judges "
        "were received in Romania in 2023?",
        "1,033 (964 in 2022 and a provisional 1,118 in 2024).",
        [["1,033", "1033", "1 033"]],
        [P["table"]],
    ),
    gold_case(
        "ji-06",
        "numbers",
        "How many requests for ethics advice did the Czech judges' committee answer in 2024?",
        "Seventy-two, most of them about gifts, recusal and activities outside the court, "
        "according to Tomáš Dvořák (Czechia).",
        [["seventy-two", "72", "seventy two"]],
        [P["czechia"]],
    ),
    # names
    gold_case(
        "ji-07",
        "names",
        "Who was the rapporteur of the Ljubljana meeting on judicial integrity?",
        "Nguyễn Phương Thảo, of Viet Nam.",
        [["Nguyễn Phương Thảo", "Nguyen Phuong Thao", "Phương Thảo", "Phuong Thao"]],
        [P["officers"]],
    ),
    gold_case(
        "ji-08",
        "names",
        "Which expert talked about fixers who offer to speed up court paperwork for a fee?",
        "Ma. Concepción Dizon-Peñaflor, the expert from the Philippines.",
        [["Dizon-Peñaflor", "Dizon-Penaflor", "Peñaflor", "Penaflor", "Concepción"]],
        [P["philippines"]],
    ),
    gold_case(
        "ji-09",
        "names",
        "Who told the meeting that in France judges' identities may not be used to predict "
        "their decisions?",
        "Hélène Lefèvre-Mégret, the expert from France, referring to article 33 of the Act of "
        "23 March 2019 on programming and reform for the justice system.",
        [["Lefèvre-Mégret", "Lefevre-Megret", "Lefèvre", "Lefevre", "Hélène"]],
        [P["france"]],
    ),
    gold_case(
        "ji-10",
        "names",
        "Who said that compulsory retirement is the harshest penalty Brazilian judges can get?",
        "João Batista Conceição Filho, the expert from Brazil.",
        [["Conceição Filho", "Conceicao Filho", "Conceição", "Conceicao", "João Batista"]],
        [P["brazil"]],
    ),
    # paraphrase
    gold_case(
        "ji-11",
        "paraphrase",
        "Can people in Indonesia still pay their court fees in cash?",
        "No: since the electronic filing system was rolled out to all first-instance courts, "
        "within eighteen months, court fees can be paid only by bank transfer, so that users no "
        "longer hand cash to court staff.",
        [["bank transfer"]],
        [P["indonesia-ecourt"]],
    ),
    gold_case(
        "ji-12",
        "paraphrase",
        "What happens in Romania if a judge owns more than their declared income can explain?",
        "The National Integrity Agency, which verifies the published declarations of assets and "
        "interests, refers the case to the courts.",
        [["National Integrity Agency", "Integrity Agency"], ["courts"]],
        [P["romania-declarations"]],
    ),
    gold_case(
        "ji-13",
        "paraphrase",
        "How many women working in Guatemala's courts said a boss had asked them for sex in "
        "exchange for a promotion?",
        "One in seven women employees of the Judicial Branch, in a 2024 staff survey, said a "
        "superior had asked them for a sexual favour in return for a promotion or a transfer.",
        [["one in seven", "1 in 7"]],
        [P["sextortion"]],
    ),
    gold_case(
        "ji-14",
        "paraphrase",
        "How much quicker did civil cases in Mexico's federal courts become once files went "
        "digital?",
        "The average duration fell from twenty-two to fourteen months after electronic files "
        "were introduced, according to Rodrigo Ibáñez Múzquiz (Mexico).",
        [["twenty-two", "22"], ["fourteen", "14"]],
        [P["mexico"]],
    ),
    gold_case(
        "ji-15",
        "paraphrase",
        "Who are the middlemen hanging around Pakistan's district courts, and what do they do?",
        "Touts, who bring clients to lawyers in exchange for a commission; some offer to "
        "arrange a favourable decision, according to Ayesha Siddiqa Qureshi (Pakistan).",
        [["touts", "tout"], ["commission"]],
        [P["pakistan"]],
    ),
    # list
    gold_case(
        "ji-16",
        "list",
        "Which organizations sent observers to the judicial integrity meeting?",
        "The Council of Europe, the International Association of Judges and the Fair Courts "
        "Alliance, a non-governmental organization.",
        [["Council of Europe"], ["International Association of Judges"], ["Fair Courts Alliance"]],
        [P["observers"]],
    ),
    gold_case(
        "ji-17",
        "list",
        "What did the experts recommend that asset declaration systems for judges and "
        "prosecutors should include?",
        "The publication of declarations, subject to the protection of personal data and of "
        "judges' safety; their verification by an independent body with access to tax, land and "
        "bank records; and proportionate sanctions for failure to declare or false declarations.",
        [["publication"], ["verification", "independent body"], ["sanctions"]],
        [f"{P['ms']}(c)", f"{P['ms']}(c)(i)", f"{P['ms']}(c)(ii)", f"{P['ms']}(c)(iii)"],
    ),
    gold_case(
        "ji-18",
        "list",
        "What did the judicial integrity meeting ask UNODC to do?",
        "Through the Global Judicial Integrity Network and subject to extrabudgetary resources: "
        "prepare guidance on verifying the asset declarations of judges and prosecutors; "
        "develop training on preventing sextortion and handling complaints about it; and "
        "support States in collecting comparable data on complaints about judges and on court "
        "users' experience, publishing the results regularly.",
        [["asset declarations"], ["sextortion"], ["data"]],
        [
            P["unodc-recs"],
            f"{P['unodc-recs']}(a)",
            f"{P['unodc-recs']}(b)",
            f"{P['unodc-recs']}(c)",
        ],
    ),
    # followup
    gold_case(
        "ji-19",
        "followup",
        "Did an audit find any problems with it?",
        "Yes: a 2023 audit found that in one court of appeal 6 per cent of cases had been "
        "reassigned by hand, often without reasons being recorded; every manual reassignment "
        "must now be justified in writing and is reported to the court's president.",
        [["6 per cent", "6%", "six per cent"]],
        [P["romania-allocation"]],
        history=turn(
            "How are cases assigned to judges in Romania?",
            "According to Ioana Bălănescu-Știrbu, cases have been allocated to judges at random "
            "by an electronic system in all Romanian courts since 2005 "
            f"[{P['romania-allocation']}].",
        ),
    ),
    gold_case(
        "ji-20",
        "followup",
        "What share of those were about how judges behave outside court?",
        "One in five, concerning conduct outside the courtroom such as meetings with parties or "
        "accepting gifts.",
        [["one in five", "1 in 5", "a fifth", "20 per cent", "20%"]],
        [P["indonesia-complaints"]],
        history=turn(
            "How many complaints about judges did Indonesia's Judicial Commission get last year?",
            "Dewi Kartika Sari said that the Judicial Commission received 2,846 reports about "
            f"judges in 2024 [{P['indonesia-complaints']}].",
        ),
    ),
    gold_case(
        "ji-21",
        "followup",
        "Are they allowed to have side jobs like teaching?",
        "Yes, but secondary activities such as teaching or arbitration require the permission "
        "of the president of the court, and the income a judge can earn from them is capped.",
        [["permission"], ["capped"]],
        [P["germany"]],
        history=turn(
            "How are judges in Germany protected from being removed?",
            "Under the Deutsches Richtergesetz (German Judiciary Act) judges enjoy life tenure "
            "and can be removed only by a decision of a court, according to Jürgen Weißmüller "
            f"[{P['germany']}].",
        ),
    ),
    # frame
    gold_case(
        "ji-22",
        "frame",
        "Did anyone mention judges using social media?",
        "Yes. Søren Kjærgaard-Holm (Denmark) said it could reveal friendships with lawyers or "
        "parties and expose judges to harassment; he referred to the Global Judicial Integrity "
        "Network's non-binding guidelines and to the Danish courts' own guidance of 2021.",
        [["Kjærgaard-Holm", "Kjaergaard-Holm", "Kjærgaard", "Kjaergaard", "Søren", "Soren"]],
        [P["social-media"]],
    ),
    gold_case(
        "ji-23",
        "frame",
        "Was judicial immunity discussed?",
        "Yes. It was generally agreed that judges should not be liable for the content of "
        "their decisions, but that functional immunity should not prevent the investigation "
        "of a judge suspected of taking a bribe.",
        [["functional immunity", "immunity"], ["bribe"]],
        [P["immunity"]],
    ),
    # factual
    gold_case(
        "ji-24",
        "factual",
        "When and where was UNODC's Global Judicial Integrity Network launched?",
        "In Vienna, in April 2018; it now brings together judges and judicial officials from "
        "186 States.",
        [["April 2018"], ["Vienna"]],
        [P["unodc"]],
    ),
    gold_case(
        "ji-25",
        "factual",
        "Since when have judges in Slovenia had to declare their assets?",
        "Since 2010, under the Integrity and Prevention of Corruption Act, according to the "
        "State Secretary at the Ministry of Justice, Andreja Šušteršič-Krajnc.",
        [["2010"]],
        [P["opening"]],
    ),
    # front
    gold_case(
        "ji-26",
        "front",
        "What is the document symbol of the report on judicial integrity and corruption in the "
        "justice system?",
        f"{SYMBOL}.",
        [[SYMBOL]],
        ["front"],
    ),
    gold_case(
        "ji-27",
        "front",
        "Where and when did the judicial integrity expert group meet, and what date is its report?",
        f"In {PLACE_DATES}; the report is dated {ISSUE_DATE}.",
        [["Ljubljana"], [ISSUE_DATE]],
        ["front"],
    ),
    # unanswerable: near misses
    no_answer("ji-28", "What did the expert from Senegal say about asset declarations by judges?"),
    no_answer("ji-29", "What did the meeting recommend about jury tampering in criminal trials?"),
    no_answer("ji-30", "When and where will the follow-up workshop for judicial councils be held?"),
    no_answer(
        "ji-31",
        "How many complaints about judges did Brazil's National Council of Justice receive "
        "in 2021?",
    ),
    no_answer(
        "ji-32",
        "What share of court users in Indonesia were asked by court staff for unofficial payments?",
    ),
    no_answer("ji-33", "What position does Nataša Kovačič-Žagar hold in the Slovenian judiciary?"),
    no_answer("ji-34", "How much money did Austria give to fund the Ljubljana meeting?"),
    no_answer(
        "ji-35",
        "How many Romanian judges were dismissed for failing to submit their asset declarations?",
    ),
]

TOPICS = [
    {
        "id": "jit-01",
        "topic": "Declarations of assets and interests by judges and prosecutors: the duty to "
        "declare, the filing, publication and verification of declarations, unjustified "
        "wealth, and sanctions for failing to declare or for false declarations",
        "paragraphs": [
            P["opening"],
            P["agenda"],
            P["romania-declarations"],
            P["greco"],
            f"{P['ms']}(c)",
            f"{P['ms']}(c)(i)",
            f"{P['ms']}(c)(ii)",
            f"{P['ms']}(c)(iii)",
            f"{P['unodc-recs']}(a)",
        ],
    },
    {
        "id": "jit-02",
        "topic": "Sextortion and gender in the justice system: the abuse of power to obtain "
        "sexual favours from women court users or staff, women among judges, and complaint "
        "channels and training on sextortion",
        "paragraphs": [
            P["sextortion"],
            P["nigeria"],
            f"{P['ms']}(f)",
            f"{P['unodc-recs']}(b)",
        ],
    },
    {
        "id": "jit-03",
        "topic": "Allocation of cases and electronic court systems as safeguards against "
        "corruption: random or electronic allocation and distribution of cases to judges and "
        "prosecutors, manual reassignment, electronic files and filing, electronic payment of "
        "court fees and case tracking",
        "paragraphs": [
            P["romania-allocation"],
            P["mexico"],
            P["portugal"],
            P["indonesia-ecourt"],
            f"{P['ms']}(b)",
            f"{P['ms']}(e)",
        ],
    },
]


def check_gold(doc: dict) -> None:
    by_id = check_cases(doc, CASES, TOPICS, "ji", 35)
    check_mix(CASES)
    # the near misses stay near misses: where a word may occur
    only_in = {
        "senegal": [P["attendance"], "annex.1"],
        "morocco": [P["attendance"], "annex.1"],
        "jury": [],
        "juror": [],
        "tamper": [],
        "workshop": [P["closing"]],
        "2021": [P["social-media"]],
        "€": [],
        "dollar": [],
        "$": [],
        "contribut": [],
        "kovačič": ["annex.1", P["officers"]],
    }
    for word, allowed in only_in.items():
        found = [uid for uid, text in by_id.items() if word in text]
        if [uid for uid in found if uid not in allowed]:
            raise SystemExit(f"{word!r} occurs in {found}")
    if "dismiss" in by_id[P["romania-declarations"]]:
        raise SystemExit("a near miss is answered (Romanian dismissals)")
    indonesia = by_id[P["indonesia-complaints"]] + by_id[P["indonesia-ecourt"]]
    if re.search(r"payment|per cent|a third", indonesia):
        raise SystemExit("a near miss is answered (Indonesia)")


def _layout() -> dict:
    report = layout_report(OUT, expected_units()["units"], FOOTNOTES, TABLE)
    return report


def main() -> None:
    check_document()
    doc = expected_units()
    check_gold(doc)
    build_docx(keep_fodt="--keep-fodt" in sys.argv)
    write_gold(OUT, doc, CASES, TOPICS)
    print(f"layout (from a PDF printed from the .docx): {_layout()}")


if __name__ == "__main__":
    main()
