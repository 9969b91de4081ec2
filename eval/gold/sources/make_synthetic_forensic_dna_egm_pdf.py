"""Generate eval/gold/docs/synthetic-forensic-dna-egm.pdf, its expected units
eval/gold/expected/synthetic-forensic-dna-egm.json, its 35 gold cases
eval/gold/test/synthetic-forensic-dna-egm.jsonl and its 3 topic cases
eval/gold/test/topics/synthetic-forensic-dna-egm.jsonl.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on forensic science, DNA
databases and crime laboratories in criminal justice, held in Cartagena, Colombia, in September
2025 in preparation for the Fifteenth United Nations Congress on Crime Prevention and Criminal
Justice. It is not a United Nations document; the persons, the non-governmental organization
and the figures are invented.

It is a WORD-PROCESSOR document printed to PDF by LibreOffice, in the layout of UN documents
TYPED BY HAND (no automatic lists):

1. The script writes a LibreOffice flat OpenDocument text (.fodt) as a string, with the code
   shared by the LibreOffice-made gold documents (eval/gold/sources/_fodt.py: the style sheet,
   the masthead, the footnotes, the conversion), and its own body writer:
   * paragraph numbers TYPED as text ("12.") followed by a TAB, in a paragraph with a hanging
     indent, so that the number sits in the left margin and the text block is indented;
     lettered items typed "(a)" + tab, more indented; roman sub-items typed "(i)" + tab, more
     indented still; agenda lines typed "1." + tab; officer lines "Chair:" + tab;
   * chapter and section side headings typed "I.<tab>...", "A.<tab>...", bold;
   * five real FOOTNOTES (the word processor's footnote feature), two in paragraph 3;
   * a HEADER with the symbol from page 2 on, a FOOTER with the job number and the PAGE field;
     on page 1 no header and a footer with the job number and "Please recycle";
   * body text in Liberation Serif 10 pt, JUSTIFIED, with automatic HYPHENATION (en-GB; the
     hyphen-en-gb dictionary must be installed: apt-get install -y hyphen-en-gb), so some
     words break at line ends; the expected units hold the words whole;
   * a ruled data TABLE inside paragraph 11 whose two header rows have MERGED cells ("State"
     and "Matches reported in 2024" span two rows, "DNA profiles held" spans the "2023" and
     "2024" columns), a bold title above and an italic source note below;
   * the annex "List of participants" on a new page, a two-column ruled table (State or
     organization | Participants) in which several names share one cell, on separate lines
     (manual line breaks);
   * no manual page breaks in the body: paragraphs run over page breaks where they fall (the
     script prints which ones).
2. LibreOffice converts it: soffice --headless --convert-to pdf (made with LibreOffice
   7.4.7.2). The PDF's bytes carry a creation time; its text (pdftotext) is the same at every
   run.

The expected units, the gold cases and the topics are built from the same constants the
document is typeset from; the units of the merged-header table and of the annex are given as
``contains`` (each data row "a | b | c | d", the header words, each participant's name), so that
they do not prescribe how the merged cells split.

Figures in digits and in words: twenty-one experts, forty per cent, fewer than one in ten, a
third, a quarter, some 1,250 prisoners, two hundred and fourteen, thirty-seven, eighteen months,
seven months, twenty-three days, six of the fourteen, three of its seventeen, more than 72,000,
twice as many. Near misses on purpose: New Zealand attends without speaking; no word about
wildlife; a regional workshop with no date or venue; database figures for 2023-2024 only; the
Chair's post never stated; donors with no amount; retention rules for Estonia but not for
Poland; post-conviction testing figures for Argentina but not for Kenya.

Run:  python eval/gold/sources/make_synthetic_forensic_dna_egm_pdf.py
      (add --keep-fodt to keep the intermediate .fodt in /tmp)
"""

from __future__ import annotations

import re
import sys
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _expected import unit  # noqa: E402
from _fodt import (  # noqa: E402
    GOLD,
    LETTERS,
    ROMANS,
    Front,
    Table,
    Writer,
    case,
    cell_style,
    check_attendance,
    check_cases,
    check_markup,
    check_mix,
    column_style,
    convert,
    document,
    expected,
    front_page,
    layout_report,
    master_pages,
    notes_of,
    pages_of,
    plain,
    printed_pages,
    pstyle,
    styles,
    turn,
    unanswerable,
    write_gold,
)

# ============================================================================================
# the report's content
# ============================================================================================

DOC_ID = "synthetic-forensic-dna-egm"
OUT = GOLD / "docs" / f"{DOC_ID}.pdf"
FIXED_ISO = "2025-10-14T09:00:00"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.67/2025/1"
ISSUE_DATE = "14 October 2025"
JOB_NUMBER = "V.25-15207"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Forensic Science, DNA Databases and Crime "
    "Laboratories in Criminal Justice"
)
PLACE_DATES = "Cartagena, Colombia, 22–24 September 2025"

# Footnote texts; "{n}" in a paragraph is the place of footnote n's mark.
FOOTNOTES = {
    1: "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: "
    "Towards the Achievement of the 2030 Agenda for Sustainable Development, General Assembly "
    "resolution 76/181, annex.",
    2: "United Nations Office on Drugs and Crime, Staff Skill Requirements and Equipment "
    "Recommendations for Forensic Science Laboratories (New York, 2011).",
    3: "INTERPOL, Global DNA Profiling Survey: Results 2022 (Lyon, 2023).",
    4: "International Organization for Standardization and International Electrotechnical "
    "Commission, ISO/IEC 17025:2017, General requirements for the competence of testing and "
    "calibration laboratories.",
    5: "International Covenant on Civil and Political Rights, General Assembly resolution "
    "2200 A (XXI), annex, art. 17.",
}

# (label, name): one typed line each; the second Vice-Chair's line has no label.
OFFICERS = [
    ("Chair:", "Ana Lucía Restrepo Gómez (Colombia)"),
    ("Vice-Chairs:", "Adjoua Régine Koffi-Ouattara (Côte d’Ivoire)"),
    ("", "Nguyễn Văn Đức (Viet Nam)"),
    ("Rapporteur:", "Ömer Faruk Demirtaş (Türkiye)"),
]

AGENDA = [
    "Opening of the meeting.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "National DNA databases: scope, growth and governance.",
    "Quality, accreditation and capacity of crime laboratories.",
    "Forensic evidence, fair trial guarantees and human rights.",
    "Emerging forensic technologies.",
    "Recommendations to the Fifteenth Congress and adoption of the report.",
]

TABLE_TITLE = "DNA profiles held in national databases and matches reported, selected States"
# The two header rows as printed: "State" and the last heading span both rows; "DNA profiles
# held" spans the 2023 and 2024 columns.
TABLE_HEAD = ["State", "DNA profiles held", "Matches reported in 2024", "2023", "2024"]
TABLE_ROWS = [
    ("Brazil", "212,480", "248,915", "3,126"),
    ("Estonia", "118,302", "124,775", "1,487"),
    ("Philippines", "41,260", "57,934", "612"),
    ("South Africa", "1,104,517", "1,236,840", "28,905"),
    ("Türkiye", "486,120", "531,655", "6,874"),
]
TABLE_SOURCE = (
    "Source: replies of database custodians to a questionnaire circulated by the Secretariat "
    "(UNODC/CCPCJ/EG.67/2025/CRP.1). Profiles held on 31 December of each year; matches "
    "include matches between crime scene profiles and matches with the profiles of persons."
)

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of participants"
ANNEX_HEAD = ("State or organization", "Participants")
ANNEX_STATES = [
    ("Argentina", ["Agustina Beltrán Oyhenart"]),
    ("Brazil", ["João Paulo Sant’Anna Guimarães", "Léia Cristina Magalhães Brandão"]),
    ("Colombia", ["Ana Lucía Restrepo Gómez", "Julián Andrés Peña Quiñones"]),
    ("Côte d’Ivoire", ["Adjoua Régine Koffi-Ouattara"]),
    ("Estonia", ["Kadri Õunapuu"]),
    ("Ghana", ["Kofi Boateng-Asante"]),
    ("India", ["Anjali Deshpande-Rao"]),
    ("Kenya", ["Njeri Wambũi Karanja"]),
    ("Kingdom of the Netherlands", ["Jeanine Martís-Römer"]),
    ("Mexico", ["Itzel Guadalupe Cárdenas Núñez", "Rodrigo Ibarra Saldaña"]),
    ("Morocco", ["Hajar Benslimane El Idrissi"]),
    ("New Zealand", ["Mereana Tūhoe-Walker"]),
    ("Philippines", ["Ma. Teresa Villanueva-Dacanay"]),
    ("Poland", ["Małgorzata Wójcik-Szymańska"]),
    ("São Tomé and Príncipe", ["Edite Ramos do Espírito Santo"]),
    ("South Africa", ["Thandiwe Nkosi-Mahlangu"]),
    ("Türkiye", ["Ömer Faruk Demirtaş"]),
    ("Viet Nam", ["Nguyễn Văn Đức"]),
]
ANNEX_OBSERVERS = [
    ("European Network of Forensic Science Institutes", ["Henrik Sjöström"]),
    ("Forensic Justice Initiative", ["Chiamaka Eze-Nwosu"]),
    ("International Commission on Missing Persons", ["Dragana Petrović-Ilić"]),
    ("International Criminal Police Organization (INTERPOL)", ["Séverine Aubert-Lefèvre"]),
    (
        "United Nations Office on Drugs and Crime",
        ["Zsófia Lukács-Brennan", "Pierre-Étienne Dufaÿ", "Amaru Condori Mamani"],
    ),
]
ANNEX_ROWS = ANNEX_STATES + ANNEX_OBSERVERS
N_EXPERTS = "twenty-one"  # checked against the annex
N_STATES = "18"


def states_listed() -> str:
    names = [name for name, _ in ANNEX_STATES]
    return ", ".join(names[:-1]) + " and " + names[-1]


# The body, in document order:
#   ("h1", "I.", text) / ("h2", "A.", text)   side headings (not units)
#   ("p", text, extra)   a numbered paragraph; extra holds "key" (the cases' name for it) and
#       may hold "lines" (officer lines), "agenda", "table" (True) or "items" (lettered items:
#       a str or (str, [roman sub-items])).
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "The Expert Group Meeting on Forensic Science, DNA Databases and Crime Laboratories in "
        "Criminal Justice was held in Cartagena, Colombia, from 22 to 24 September 2025, as "
        "part of the preparations for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice. It was organized by the United Nations Office on "
        "Drugs and Crime (UNODC) and hosted by the Government of Colombia through its National "
        "Institute of Legal Medicine and Forensic Sciences, with financial support from the "
        "European Union and the Government of Spain.",
        {"key": "held"},
    ),
    (
        "p",
        "The purpose of the meeting was to review how forensic science services, and in "
        "particular DNA analysis and national DNA databases, could contribute to criminal "
        "justice that is both effective and fair; to discuss the quality, independence and "
        "capacity of crime laboratories; and to identify recommendations that could be "
        "brought to the attention of the Congress.",
        {"key": "purpose"},
    ),
    (
        "p",
        "The meeting recalled that in the Kyoto Declaration{1} Member States had committed "
        "themselves to evidence-based crime prevention and criminal justice policies, and "
        "took as a point of reference the guidance developed by UNODC on the staff skill "
        "requirements and equipment of forensic science laboratories.{2} Experts observed that "
        "many of the laboratories that had applied that guidance in the past decade had since "
        "added DNA analysis to their services, often without a corresponding increase in "
        "staff.",
        {"key": "framework"},
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "The meeting was opened by Francisco Javier Ordóñez Beltrán, Vice-Minister for "
        "Criminal Policy and Restorative Justice of Colombia, who said that the genetic "
        "profiles kept by the National Institute of Legal Medicine and Forensic Sciences had "
        "made it possible to return more than 9,400 bodies of victims of the armed conflict to "
        "their families since 2016. He stressed that forensic evidence served the innocent as "
        "much as it served the prosecution, and that its value depended on the independence "
        "of the scientists who produced it.",
        {"key": "opening"},
    ),
    (
        "p",
        "Zsófia Lukács-Brennan, representative of UNODC, delivered a statement on behalf of "
        "the Executive Director. She recalled that laboratories from eighty-four countries had "
        "taken part in the 2024 round of the International Collaborative Exercises, the free "
        "proficiency testing programme of UNODC, and that requests for assistance in setting "
        "up or accrediting DNA laboratories had nearly doubled since 2020.",
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
        f"The meeting was attended by {N_EXPERTS} experts from {N_STATES} States: "
        f"{states_listed()}. The experts took part in their personal capacity; most of them "
        "were forensic scientists, heads of crime laboratories, prosecutors or officials of "
        "ministries of justice and of the interior. The European Network of Forensic Science "
        "Institutes, the International Commission on Missing Persons, the International "
        "Criminal Police Organization (INTERPOL) and the Forensic Justice Initiative, a "
        "non-governmental organization, were represented by observers. The list of "
        "participants is contained in the annex to the present report.",
        {"key": "attendance"},
    ),
    ("h2", "E.", "Documentation"),
    (
        "p",
        "The meeting had before it a background paper prepared by the Secretariat, which "
        "compiled the replies of 46 forensic laboratories in 31 States to a questionnaire on "
        "their staff, equipment, accreditation status, caseload and backlog, and on the "
        "legal framework of their national DNA databases.",
        {"key": "documentation"},
    ),
    ("h1", "III.", "Summary of deliberations"),
    ("h2", "A.", "National DNA databases: scope, growth and governance"),
    (
        "p",
        "The observer for INTERPOL, Séverine Aubert-Lefèvre, said that, according to the "
        "most recent global survey of the organization,{3} some seventy member countries kept "
        "a national DNA database established by law, and that the DNA Gateway of INTERPOL, "
        "which allowed countries to compare profiles across borders, had produced more than "
        "1,100 international matches since it was opened. She noted that most matches "
        "concerned offenders who moved between neighbouring countries, often to commit "
        "burglaries and robberies.",
        {"key": "interpol"},
    ),
    (
        "p",
        "Experts from five States provided figures on the size of their national databases "
        "and the matches they produced, which are summarized in the table below. Experts "
        "cautioned that the number of matches depended less on the size of a database than on "
        "the number of crime scene samples that were collected and analysed.",
        {"key": "table", "table": True},
    ),
    (
        "p",
        "The expert from Brazil, João Paulo Sant’Anna Guimarães, said that the Integrated "
        "Network of DNA Databases connected the federal laboratory with those of 22 states "
        "and had assisted more than 6,800 investigations since 2014. The law required persons "
        "convicted of serious violent offences to provide a sample, but only about a quarter "
        "of the persons concerned had actually been sampled, because prisons lacked trained "
        "staff and collection kits.",
        {"key": "brazil"},
    ),
    (
        "p",
        "Thandiwe Nkosi-Mahlangu (South Africa) said that the law of her country required a "
        "sample from every person arrested for one of the offences listed in it, which "
        "explained the rapid growth of its database. The backlog of case exhibits awaiting "
        "analysis had peaked at some 172,000 in 2021 and had been brought below 40,000 by "
        "mid-2025, through the outsourcing of routine analyses and the recruitment of "
        "additional analysts.",
        {"key": "south-africa"},
    ),
    (
        "p",
        "Kadri Õunapuu (Estonia) explained that the profile of a suspect was deleted from the "
        "database of her country once proceedings were discontinued or ended in an acquittal, "
        "while the profile of a convicted person was kept for ten years after the sentence "
        "had been served. A third of all matches reported in 2024 concerned burglaries and "
        "thefts from vehicles, which showed, in her view, the value of collecting samples at "
        "the scenes of high-volume crimes and not only in cases of homicide or rape.",
        {"key": "estonia"},
    ),
    (
        "p",
        "Anjali Deshpande-Rao (India) said that her country had no national DNA database "
        "established by law, after a bill on the use of DNA technology had been withdrawn in "
        "2023, and that forensic laboratories of the states had received twice as many "
        "requests for DNA analysis in 2024 as in 2019. Any future legislation would need to "
        "address the protection of personal data and independent oversight of the database.",
        {"key": "india"},
    ),
    (
        "p",
        "Hajar Benslimane El Idrissi (Morocco) described two investigations in which the "
        "prosecution service had authorized a familial search, that is, a search of the "
        "database for persons whose profiles suggested that they were close relatives of an "
        "unknown offender. She noted that the law of her country did not expressly provide for "
        "such searches and suggested that they should be allowed only for the most serious "
        "offences and with the authorization of a judge.",
        {"key": "morocco"},
    ),
    ("h2", "B.", "Quality, accreditation and capacity of crime laboratories"),
    (
        "p",
        "Experts agreed that the reliability of forensic evidence depended on quality "
        "management systems, validated methods and regular proficiency testing, and that "
        "accreditation to the international standard for testing laboratories{4} was the "
        "most widely recognized way of demonstrating competence. Several experts noted that "
        "in many States crime laboratories were part of the police, and stressed that "
        "laboratories needed functional independence from the authorities conducting "
        "investigations, whatever their place in the administration.",
        {"key": "accreditation"},
    ),
    (
        "p",
        "Ma. Teresa Villanueva-Dacanay (Philippines) said that the DNA laboratory of the "
        "Forensic Group of the national police at its headquarters had been accredited in "
        "2022, but that only three of its seventeen regional laboratories had so far "
        "obtained accreditation, mainly because of the cost of external assessments and of "
        "the turnover of trained staff.",
        {"key": "philippines"},
    ),
    (
        "p",
        "Kofi Boateng-Asante (Ghana) reported that a single laboratory carried out DNA "
        "analysis for the whole country and that evidence collected from victims of sexual "
        "violence had waited up to eighteen months to be examined. Many victims withdrew "
        "their complaints during that time, and several cases had been struck out because "
        "the prosecution could not proceed without the results.",
        {"key": "ghana"},
    ),
    (
        "p",
        "Njeri Wambũi Karanja (Kenya) said that forty per cent of the rape and defilement "
        "cases that reached trial in her country in 2024 relied on DNA evidence, compared with "
        "fewer than one in ten in 2018, following the decentralization of sample collection "
        "to county hospitals and the training of clinical officers in the use of sexual "
        "assault evidence kits.",
        {"key": "kenya"},
    ),
    (
        "p",
        "The Rapporteur, Ömer Faruk Demirtaş (Türkiye), said that the average time between "
        "the receipt of a DNA request and the report to the prosecutor had fallen from seven "
        "months in 2021 to twenty-three days in 2024 in the laboratories of his country, "
        "thanks to automated extraction, a laboratory information management system that "
        "tracked each exhibit, and the triage of requests according to the seriousness of "
        "the offence.",
        {"key": "turkiye"},
    ),
    (
        "p",
        "The expert from Curaçao (Kingdom of the Netherlands), Jeanine Martís-Römer, said "
        "that her island had no DNA laboratory and sent its samples to the Netherlands "
        "Forensic Institute in The Hague. The cost of transport and analysis, around 750 "
        "euros per sample, meant that investigators submitted samples only in cases of "
        "homicide and serious sexual violence. Small jurisdictions needed regional "
        "arrangements rather than laboratories of their own.",
        {"key": "curacao"},
    ),
    (
        "p",
        "Edite Ramos do Espírito Santo (São Tomé and Príncipe) said that her country had no "
        "forensic laboratory and that even basic crime scene kits were lacking, so that "
        "biological evidence was seldom collected. She proposed that the Portuguese-speaking "
        "countries of Africa share a regional laboratory, with the support of Portugal and "
        "Brazil.",
        {"key": "sao-tome"},
    ),
    (
        "p",
        "Małgorzata Wójcik-Szymańska (Poland) described the interlaboratory comparisons "
        "organized each year among the police and university laboratories of her country. In "
        "2023, nearly a quarter of the 38 participating laboratories had reported at least one "
        "result that required corrective action, most often because of contamination. Poland "
        "kept an elimination database of some 9,000 profiles of laboratory staff and police "
        "officers so that contamination could be recognized.",
        {"key": "poland"},
    ),
    (
        "p",
        "Experts stressed that the value of DNA analysis depended on how evidence was "
        "identified, collected, packaged and stored at the scene of a crime and afterwards. "
        "Untrained first responders could destroy or contaminate evidence, and gaps in the "
        "chain of custody could lead courts to exclude it. Experts recommended that first "
        "responders, and not only crime scene examiners, receive basic training.",
        {"key": "scene"},
    ),
    (
        "p",
        "The Vice-Chair, Adjoua Régine Koffi-Ouattara (Côte d’Ivoire), said that the "
        "scientific police laboratory in Abidjan had trained fourteen DNA analysts since 2020, "
        "six of whom had since left for better-paid posts abroad or in the private sector. "
        "Experts agreed that recruiting and retaining forensic scientists required career "
        "paths and pay comparable to those of other scientific professions.",
        {"key": "cote-divoire"},
    ),
    ("h2", "C.", "Forensic evidence, fair trial guarantees and human rights"),
    (
        "p",
        "Experts recalled that the collection of biological samples and the keeping of DNA "
        "profiles interfered with the right to privacy{5} and must therefore have a basis in "
        "law, pursue a legitimate aim and be proportionate. They discussed the categories of "
        "persons whose profiles could be kept, the length of retention, the deletion of "
        "profiles of persons who were not convicted, and the use of samples given voluntarily "
        "by victims and relatives, which should be used only for the purpose for which they "
        "had been given.",
        {"key": "rights"},
    ),
    (
        "p",
        "Agustina Beltrán Oyhenart (Argentina) described a programme of post-conviction review "
        "run by the public defence service. Since 2019, some 1,250 prisoners had asked for "
        "biological evidence in their cases to be tested; testing had been possible in two "
        "hundred and fourteen cases, and thirty-seven convictions had so far been overturned. "
        "In most of the other cases the evidence had been destroyed or could not be found.",
        {"key": "argentina"},
    ),
    (
        "p",
        "The observer for the Forensic Justice Initiative, Chiamaka Eze-Nwosu, said that "
        "defendants seldom had access to independent forensic experts or to the data "
        "underlying a laboratory report, and that the interpretation of DNA mixtures with "
        "probabilistic genotyping software should be open to challenge by the defence, "
        "including through access to the validation studies of the software.",
        {"key": "defence"},
    ),
    (
        "p",
        "Itzel Guadalupe Cárdenas Núñez (Mexico) said that more than 72,000 bodies held by "
        "the authorities of her country remained unidentified. A national forensic data bank "
        "had been created to compare the profiles of unidentified remains with reference "
        "samples given by the families of disappeared persons, many of whom searched for "
        "their relatives themselves and needed to be kept informed.",
        {"key": "mexico"},
    ),
    (
        "p",
        "The Vice-Chair, Nguyễn Văn Đức (Viet Nam), described the use of DNA analysis to "
        "identify the remains of soldiers who had died in war, a programme that had "
        "identified some 3,400 sets of remains since 2021, and its use for the identification "
        "of victims after the floods and landslides of 2024.",
        {"key": "viet-nam"},
    ),
    (
        "p",
        "The observer for the International Commission on Missing Persons, Dragana "
        "Petrović-Ilić, said that DNA-led identification had made it possible to account for "
        "some 27,000 persons missing as a result of the conflicts in the former Yugoslavia. "
        "She stressed that the consent of relatives and the protection of their genetic data "
        "were conditions of their trust.",
        {"key": "icmp"},
    ),
    ("h2", "D.", "Emerging forensic technologies"),
    (
        "p",
        "Julián Andrés Peña Quiñones (Colombia) presented a pilot project in which rapid DNA "
        "instruments, which produce a profile from a mouth swab in under two hours without "
        "the intervention of an analyst, had been placed in two police custody facilities in "
        "Medellín and Cali. Experts cautioned that such instruments should be used outside "
        "accredited laboratories only for reference samples of known persons and not for "
        "crime scene samples.",
        {"key": "rapid"},
    ),
    (
        "p",
        "The observer for the European Network of Forensic Science Institutes, Henrik "
        "Sjöström, described the use of forensic genetic genealogy, in which the profile of "
        "an unknown offender is compared with the profiles of people who have uploaded their "
        "own DNA data to genealogy websites, in order to build family trees that point to a "
        "suspect. Only a handful of European States allowed the method, which had solved old "
        "homicides but raised questions about the consent of the users of those websites.",
        {"key": "genealogy"},
    ),
    (
        "p",
        "Experts also discussed forensic DNA phenotyping, the prediction of the appearance of "
        "an unknown person, such as eye and hair colour, and of biogeographical ancestry from "
        "a biological trace. Several experts warned that ancestry predictions could lead to "
        "discriminatory investigations of entire communities and should be used only to "
        "prioritize lines of inquiry, never as evidence.",
        {"key": "phenotyping"},
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "The meeting agreed on the following recommendations for consideration by the "
        "Fifteenth Congress.",
        {"key": "recs"},
    ),
    (
        "p",
        "Member States should:",
        {
            "key": "ms",
            "items": [
                "Establish national DNA databases only on the basis of legislation that "
                "defines whose profiles may be included, how long they are kept, who may have "
                "access to them and under what independent oversight;",
                "Ensure that crime laboratories are functionally independent of the "
                "authorities conducting investigations, and support them in obtaining "
                "accreditation;",
                (
                    "Reduce backlogs of untested evidence, in particular in cases of sexual "
                    "violence, by:",
                    [
                        "Setting time limits for the analysis of evidence collected from victims;",
                        "Prioritizing requests according to clear and published criteria;",
                        "Investing in automation and in laboratory information management systems;",
                    ],
                ),
                "Provide convicted persons with access to DNA testing where it could "
                "establish their innocence, and preserve biological evidence after trial;",
                "Guarantee the defence access to forensic evidence, to the underlying data "
                "and to independent experts;",
                "Regulate the use of rapid DNA instruments, forensic genetic genealogy and "
                "DNA phenotyping before introducing them in investigations;",
                "Train and retain forensic scientists, crime scene examiners and first "
                "responders, and train prosecutors and judges in the interpretation of "
                "forensic evidence;",
                "Strengthen the identification of missing and disappeared persons and of "
                "unidentified bodies, involving their families and protecting their genetic "
                "data.",
            ],
        },
    ),
    (
        "p",
        "The meeting recommended that UNODC, subject to the availability of extrabudgetary "
        "resources:",
        {
            "key": "unodc-recs",
            "items": [
                "Update its guidance on the staff skill requirements and equipment of "
                "forensic science laboratories to cover DNA databases and emerging "
                "technologies;",
                "Extend its International Collaborative Exercises to the laboratories of "
                "small island developing States;",
                "Support regional cooperation among crime laboratories, including shared "
                "laboratories for States that cannot maintain DNA analysis of their own.",
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
        "In her closing remarks, the Chair thanked the Government of Colombia for hosting the "
        "meeting, the European Union and the Government of Spain for their financial support, "
        "and UNODC for organizing it. She noted the proposal made by several experts to hold a "
        "regional workshop on the accreditation of DNA laboratories in West Africa, and "
        "invited the Secretariat to explore that possibility.",
        {"key": "closing"},
    ),
]

N_PARAGRAPHS = 40
FRONT = Front(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
# for the shared layout report (title, rows, source); the header is given apart
TABLE = Table("DNA", TABLE_TITLE, [tuple(TABLE_HEAD[:3]), *TABLE_ROWS], TABLE_SOURCE)


def numbering() -> dict[str, str]:
    out, n = {}, 0
    for item in BODY:
        if item[0] == "p":
            n += 1
            out[item[2]["key"]] = str(n)
    return out


P = numbering()


# --------------------------------------------------------------------------------------------
# expected units
# --------------------------------------------------------------------------------------------


def officer_piece(label: str, name: str) -> str:
    return f"{label} {name}".strip()


def table_pieces() -> list[str]:
    return [TABLE_TITLE, *TABLE_HEAD, *(" | ".join(r) for r in TABLE_ROWS), TABLE_SOURCE]


def annex_pieces() -> list[str]:
    """The annex as ``contains``: the header words; a row with one name as "State | Name"; a
    row with several names (one cell, line breaks) as the State, then each name on its own."""
    out = list(ANNEX_HEAD)
    for name, people in ANNEX_ROWS:
        if len(people) == 1:
            out.append(f"{name} | {people[0]}")
        else:
            out += [name, *people]
    return out


def doc_units() -> list[dict]:
    out = [unit("front", FRONT.pieces())]
    for item in BODY:
        if item[0] != "p":
            continue
        text, extra = item[1], item[2]
        n = P[extra["key"]]
        parts = [plain(text)]
        parts += [officer_piece(label, name) for label, name in extra.get("lines", [])]
        parts += [f"{k}. {line}" for k, line in enumerate(extra.get("agenda", []), start=1)]
        if extra.get("table"):
            parts += table_pieces()
        out.append(unit(n, parts + notes_of(text, FOOTNOTES)))
        for i, sub in enumerate(extra.get("items", [])):
            sub_text, subsubs = (sub, []) if isinstance(sub, str) else sub
            sid = f"{n}({LETTERS[i]})"
            out.append(unit(sid, [plain(sub_text), *notes_of(sub_text, FOOTNOTES)]))
            for j, ss in enumerate(subsubs):
                out.append(unit(f"{sid}({ROMANS[j]})", [plain(ss), *notes_of(ss, FOOTNOTES)]))
    out.append({"id": "annex.1", "contains": annex_pieces()})
    return out


def expected_units() -> dict:
    return expected(DOC_ID, OUT, FRONT, doc_units())


def all_texts() -> list[str]:
    texts = [item[1] for item in BODY if item[0] == "p"]
    for item in BODY:
        if item[0] == "p":
            for sub in item[2].get("items", []):
                texts += [sub] if isinstance(sub, str) else [sub[0], *sub[1]]
    return texts


def check_document() -> None:
    n_paras = sum(1 for item in BODY if item[0] == "p")
    if n_paras != N_PARAGRAPHS:
        raise SystemExit(f"{n_paras} numbered paragraphs, expected {N_PARAGRAPHS}")
    check_markup(all_texts(), FOOTNOTES)
    check_attendance(ANNEX_STATES, N_EXPERTS, N_STATES, ("twenty-one", 21))


# --------------------------------------------------------------------------------------------
# the PDF: the shared style sheet, with typed numbers, hyphenation and the page furniture
# --------------------------------------------------------------------------------------------

BODY_TEXT = 2.2  # cm from the text area's left edge: the body text; numbers at 1.2 cm
HANG = 1.0


def hanging(name: str, left: float, extra_para: str = "") -> str:
    """A paragraph style for typed labels: the label at ``left - HANG`` cm, a tab stop at
    the hanging indent (``left`` cm), the text and its further lines at ``left`` cm."""
    return (
        f'<style:style style:name="{name}" style:family="paragraph" '
        'style:parent-style-name="SingleTxt">'
        f'<style:paragraph-properties fo:margin-left="{left}cm" fo:text-indent="-{HANG}cm" '
        f'fo:margin-right="0.6cm" {extra_para}>'
        '<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>'
        "</style:paragraph-properties></style:style>"
    )


_DNA_CELLS = (
    '<style:style style:name="T_dna" style:family="table"><style:table-properties '
    f'style:width="12.2cm" fo:margin-left="{BODY_TEXT}cm" table:align="left" '
    'style:may-break-between-rows="false"/></style:style>'
    + column_style("T_dna.A", "3.6cm")
    + column_style("T_dna.B", "2.4cm")
    + column_style("T_dna.D", "3.8cm")
    + cell_style("T_dna.cell", 'fo:border="0.5pt solid #000000"')
    + cell_style("T_dna.head", 'fo:border="0.5pt solid #000000" fo:background-color="#e6e6e6"')
    + pstyle("P_head_c", "Table_20_Heading", 'fo:text-align="center"')
)

_OWN_STYLES = (
    hanging("P_num", BODY_TEXT)
    + hanging("P_item", BODY_TEXT + 1.0)
    + hanging("P_roman", BODY_TEXT + 2.0)
    + hanging("P_agenda", BODY_TEXT + 0.8, 'fo:margin-bottom="0.08cm"').replace(
        f'fo:text-indent="-{HANG}cm"', 'fo:text-indent="-0.8cm"'
    )
    + pstyle(
        "P_officer",
        "Standard",
        f'fo:margin-left="{BODY_TEXT + 2.6}cm" fo:text-indent="-2.6cm" fo:margin-bottom="0.1cm"',
    )
    + _DNA_CELLS
)


def _master_pages() -> str:
    """The shared page styles, with "Please recycle" at the right of page 1's footer."""
    shared = master_pages(SYMBOL, JOB_NUMBER, "Footer")
    first = f"{JOB_NUMBER} (E)</text:p></style:footer>"
    if first not in shared:
        raise SystemExit("the first page's footer was not found")
    return shared.replace(
        first, f"{JOB_NUMBER} (E)<text:tab/>Please recycle</text:p></style:footer>"
    )


def build_styles() -> str:
    xml = styles(SYMBOL, JOB_NUMBER, footer="Footer")
    swaps = [
        # Liberation Serif throughout
        (
            '<style:font-face style:name="Times New Roman" svg:font-family="\'Times New Roman\'"',
            '<style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'"',
        ),
        ('style:font-name="Times New Roman"', 'style:font-name="Liberation Serif"'),
        # body text justified and hyphenated (headings, notes and tables are not)
        (
            'fo:text-align="justify" fo:line-height="0.42cm"/>',
            'fo:text-align="justify" fo:line-height="0.42cm"/>'
            '<style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="3" '
            'fo:hyphenation-push-char-count="3" loext:hyphenation-no-caps="true"/>',
        ),
        (master_pages(SYMBOL, JOB_NUMBER, "Footer"), _master_pages()),
        # a wider annex table, so that the names of organizations do not wrap
        ('style:width="14cm"', 'style:width="15cm"'),
        (column_style("T_annex.A", "5.4cm"), column_style("T_annex.A", "8.8cm")),
        (column_style("T_annex.B", "8.6cm"), column_style("T_annex.B", "6.2cm")),
        ("</office:automatic-styles>", _OWN_STYLES + "</office:automatic-styles>"),
    ]
    for old, new in swaps:
        if xml.count(old) != 1:
            raise SystemExit(f"style text not found once: {old[:60]}")
        xml = xml.replace(old, new)
    return xml


class TypedWriter(Writer):
    """The body typed by hand: numbers, letters and romans as text followed by a tab."""

    def label(self, style: str, label: str, text: str) -> None:
        self.out.append(
            f'<text:p text:style-name="{style}">{escape(label)}<text:tab/>'
            f"{self.inline(text)}</text:p>"
        )

    def dna_table(self) -> None:
        def cell(text: str, style: str, para: str, span: str = "") -> str:
            return (
                f'<table:table-cell table:style-name="{style}"{span} office:value-type="string">'
                f'<text:p text:style-name="{para}">{escape(text)}</text:p></table:table-cell>'
            )

        covered = "<table:covered-table-cell/>"
        state, held, matches, y1, y2 = TABLE_HEAD
        head, num = "T_dna.head", "TableHeadNum"
        xml = [
            '<table:table table:name="DNA" table:style-name="T_dna">',
            '<table:table-column table:style-name="T_dna.A"/>',
            '<table:table-column table:style-name="T_dna.B" table:number-columns-repeated="2"/>',
            '<table:table-column table:style-name="T_dna.D"/>',
            "<table:table-header-rows><table:table-row>",
            cell(state, head, "Table_20_Heading", ' table:number-rows-spanned="2"'),
            cell(held, head, "P_head_c", ' table:number-columns-spanned="2"'),
            covered,
            cell(matches, head, num, ' table:number-rows-spanned="2"'),
            "</table:table-row><table:table-row>",
            covered,
            cell(y1, head, num),
            cell(y2, head, num),
            covered,
            "</table:table-row></table:table-header-rows>",
        ]
        for row in TABLE_ROWS:
            xml.append("<table:table-row>")
            xml.append(cell(row[0], "T_dna.cell", "Table_20_Contents"))
            xml += [cell(c, "T_dna.cell", "TableNum") for c in row[1:]]
            xml.append("</table:table-row>")
        xml.append("</table:table>")
        self.out.append("".join(xml))

    def annex_table(self) -> None:
        def cell(lines: list[str], para: str) -> str:
            inner = "<text:line-break/>".join(escape(x) for x in lines)
            return (
                '<table:table-cell table:style-name="T_annex.cell" office:value-type="string">'
                f'<text:p text:style-name="{para}">{inner}</text:p></table:table-cell>'
            )

        xml = [
            '<table:table table:name="Participants" table:style-name="T_annex">',
            '<table:table-column table:style-name="T_annex.A"/>',
            '<table:table-column table:style-name="T_annex.B"/>',
            "<table:table-header-rows><table:table-row>",
            cell([ANNEX_HEAD[0]], "Table_20_Heading"),
            cell([ANNEX_HEAD[1]], "Table_20_Heading"),
            "</table:table-row></table:table-header-rows>",
        ]
        for name, people in ANNEX_ROWS:
            xml.append("<table:table-row>")
            xml.append(cell([name], "Table_20_Contents"))
            xml.append(cell(people, "Table_20_Contents"))
            xml.append("</table:table-row>")
        xml.append("</table:table>")
        self.out.append("".join(xml))


def write_body(w: TypedWriter) -> None:
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            style, level = ("HChG", 1) if kind == "h1" else ("H1G", 2)
            w.out.append(
                f'<text:h text:style-name="{style}" text:outline-level="{level}">'
                f"{escape(item[1])}<text:tab/>{escape(item[2])}</text:h>"
            )
            continue
        text, extra = item[1], item[2]
        w.label("P_num", f"{P[extra['key']]}.", text)
        for label, name in extra.get("lines", []):
            w.out.append(
                f'<text:p text:style-name="P_officer">{escape(label)}<text:tab/>'
                f"{escape(name)}</text:p>"
            )
        for k, line in enumerate(extra.get("agenda", []), start=1):
            w.label("P_agenda", f"{k}.", line)
        if extra.get("table"):
            w.p("TableTitle", TABLE_TITLE)
            w.dna_table()
            w.p("TableNote", TABLE_SOURCE)
        for i, sub in enumerate(extra.get("items", [])):
            sub_text, subsubs = (sub, []) if isinstance(sub, str) else sub
            w.label("P_item", f"({LETTERS[i]})", sub_text)
            for j, ss in enumerate(subsubs):
                w.label("P_roman", f"({ROMANS[j]})", ss)


def build_fodt() -> str:
    w = TypedWriter(FOOTNOTES)
    front_page(w, FRONT)
    write_body(w)
    if w.n_notes != len(FOOTNOTES):
        raise SystemExit(f"{w.n_notes} footnotes typeset, expected {len(FOOTNOTES)}")
    w.p("P_annex", ANNEX_HEADING)
    w.p("AnnexSub", ANNEX_SUBTITLE)
    w.annex_table()
    return document(w, TITLE, FIXED_ISO, build_styles())


def build_pdf(keep_fodt: bool = False) -> None:
    if not list(Path("/usr/share/hyphen").glob("hyph_en_GB*.dic")):
        sys.exit("LibreOffice needs the en-GB hyphenation patterns: apt-get install hyphen-en-gb")
    convert(build_fodt(), OUT, "pdf", keep_fodt=keep_fodt)


# ============================================================================================
# gold cases and topics (written from the document alone)
# ============================================================================================

gold_case = partial(case, DOC_ID)
no_answer = partial(unanswerable, DOC_ID)

MS = P["ms"]
UR = P["unodc-recs"]

CASES = [
    # numbers
    gold_case(
        "fd-01",
        "numbers",
        "How long did evidence from sexual violence victims wait to be examined in Ghana?",
        "Up to eighteen months, because a single laboratory carried out DNA analysis for the "
        "whole country, according to Kofi Boateng-Asante (Ghana).",
        [["eighteen months", "18 months"]],
        [P["ghana"]],
    ),
    gold_case(
        "fd-02",
        "numbers",
        "What share of rape and defilement cases that went to trial in Kenya in 2024 relied on "
        "DNA evidence?",
        "Forty per cent, compared with fewer than one in ten in 2018, according to Njeri "
        "Wambũi Karanja (Kenya).",
        [["forty per cent", "40 per cent", "40%", "40 percent", "forty percent"]],
        [P["kenya"]],
    ),
    gold_case(
        "fd-03",
        "numbers",
        "In Argentina's post-conviction review programme, how many prisoners asked for DNA "
        "testing and how many convictions were overturned?",
        "Since 2019 some 1,250 prisoners asked for biological evidence to be tested; testing "
        "was possible in two hundred and fourteen cases and thirty-seven convictions have so "
        "far been overturned.",
        [
            ["1,250", "1250", "one thousand two hundred and fifty"],
            ["thirty-seven", "37", "thirty seven"],
        ],
        [P["argentina"]],
    ),
    gold_case(
        "fd-04",
        "numbers",
        "How many DNA profiles did South Africa's national database hold at the end of 2024?",
        "1,236,840 profiles (31 December 2024), up from 1,104,517 in 2023; 28,905 matches were "
        "reported in 2024.",
        [["1,236,840", "1236840", "1 236 840"]],
        [P["table"]],
    ),
    gold_case(
        "fd-05",
        "numbers",
        "What fraction of Estonia's 2024 DNA database matches concerned burglaries and thefts "
        "from vehicles?",
        "A third of all matches reported in 2024, according to Kadri Õunapuu (Estonia).",
        [["a third", "one third", "one-third", "1/3"]],
        [P["estonia"]],
    ),
    gold_case(
        "fd-06",
        "numbers",
        "How much faster have Turkish laboratories become at reporting DNA results to prosecutors?",
        "The average time fell from seven months in 2021 to twenty-three days in 2024, "
        "according to the Rapporteur, Ömer Faruk Demirtaş (Türkiye).",
        [["seven months", "7 months"], ["twenty-three days", "23 days", "twenty three days"]],
        [P["turkiye"]],
    ),
    # names
    gold_case(
        "fd-07",
        "names",
        "Who talked about familial searches of the DNA database, and from which country?",
        "Hajar Benslimane El Idrissi (Morocco), who described two investigations in which the "
        "prosecution service had authorized a familial search.",
        [["Benslimane", "El Idrissi", "Hajar"], ["Morocco"]],
        [P["morocco"]],
    ),
    gold_case(
        "fd-08",
        "names",
        "Who was the expert from Curaçao, and where does the island send its DNA samples?",
        "Jeanine Martís-Römer (Kingdom of the Netherlands); Curaçao has no DNA laboratory and "
        "sends its samples to the Netherlands Forensic Institute in The Hague.",
        [
            ["Martís-Römer", "Martis-Romer", "Martís", "Römer", "Jeanine"],
            ["Netherlands Forensic Institute", "The Hague"],
        ],
        [P["curacao"]],
    ),
    gold_case(
        "fd-09",
        "names",
        "Which officer of the meeting described using DNA to identify the remains of soldiers "
        "who died in war?",
        "The Vice-Chair, Nguyễn Văn Đức (Viet Nam); the programme has identified some 3,400 "
        "sets of remains since 2021.",
        [["Nguyễn Văn Đức", "Nguyen Van Duc", "Nguyễn", "Đức"], ["Vice-Chair", "Vice Chair"]],
        [P["viet-nam"]],
    ),
    gold_case(
        "fd-10",
        "names",
        "Who presented the rapid DNA pilot in police custody facilities in Medellín and Cali?",
        "Julián Andrés Peña Quiñones (Colombia).",
        [["Peña Quiñones", "Pena Quinones", "Peña", "Quiñones", "Julián Andrés", "Julian Andres"]],
        [P["rapid"]],
    ),
    # paraphrase
    gold_case(
        "fd-11",
        "paraphrase",
        "Of the DNA analysts trained at the police lab in Abidjan, how many have quit for "
        "better-paying jobs?",
        "Six of the fourteen DNA analysts trained since 2020 have left for better-paid posts "
        "abroad or in the private sector, according to the Vice-Chair, Adjoua Régine "
        "Koffi-Ouattara (Côte d’Ivoire).",
        [["six", "6"], ["fourteen", "14"]],
        [P["cote-divoire"]],
    ),
    gold_case(
        "fd-12",
        "paraphrase",
        "Can detectives use family-tree websites to track down an unknown offender, and what "
        "was said about it?",
        "That is forensic genetic genealogy: the unknown offender's profile is compared with "
        "profiles that people uploaded to genealogy websites to build family trees. Henrik "
        "Sjöström (European Network of Forensic Science Institutes) said only a handful of "
        "European States allow it; it has solved old homicides but raises questions about the "
        "consent of the websites' users.",
        [["genetic genealogy", "genealogy"], ["handful"], ["consent"]],
        [P["genealogy"]],
    ),
    gold_case(
        "fd-13",
        "paraphrase",
        "What worries were raised about guessing what an unknown suspect looks like, or where "
        "their ancestors came from, from a DNA trace?",
        "Several experts warned that ancestry predictions from forensic DNA phenotyping could "
        "lead to discriminatory investigations of entire communities, and said they should be "
        "used only to prioritize lines of inquiry, never as evidence.",
        [["discriminatory", "discrimination"], ["never as evidence", "lines of inquiry"]],
        [P["phenotyping"]],
    ),
    gold_case(
        "fd-14",
        "paraphrase",
        "What can go wrong when the first police officers to arrive at a crime scene have no "
        "training?",
        "They can destroy or contaminate evidence, and gaps in the chain of custody can lead "
        "courts to exclude it; experts recommended basic training for first responders.",
        [["destroy", "contaminate"], ["chain of custody", "exclude"]],
        [P["scene"]],
    ),
    gold_case(
        "fd-15",
        "paraphrase",
        "How does Poland tell when a sample has been contaminated with the DNA of lab workers "
        "or police officers?",
        "It keeps an elimination database of some 9,000 profiles of laboratory staff and police "
        "officers, according to Małgorzata Wójcik-Szymańska (Poland).",
        [["elimination database", "elimination"], ["9,000", "9000", "nine thousand"]],
        [P["poland"]],
    ),
    # list
    gold_case(
        "fd-16",
        "list",
        "Who were the officers of the Cartagena meeting?",
        "Chair: Ana Lucía Restrepo Gómez (Colombia); Vice-Chairs: Adjoua Régine Koffi-Ouattara "
        "(Côte d’Ivoire) and Nguyễn Văn Đức (Viet Nam); Rapporteur: Ömer Faruk Demirtaş "
        "(Türkiye).",
        [
            ["Restrepo Gómez", "Restrepo Gomez", "Ana Lucía Restrepo", "Ana Lucia Restrepo"],
            ["Koffi-Ouattara", "Koffi Ouattara"],
            ["Nguyễn Văn Đức", "Nguyen Van Duc", "Nguyễn", "Đức"],
            ["Demirtaş", "Demirtas"],
        ],
        [P["officers"]],
    ),
    gold_case(
        "fd-17",
        "list",
        "What steps did the meeting recommend to clear backlogs of untested evidence in sexual "
        "violence cases?",
        "Setting time limits for the analysis of evidence collected from victims; prioritizing "
        "requests according to clear and published criteria; and investing in automation and "
        "laboratory information management systems.",
        [
            ["time limits"],
            ["prioritizing", "prioritising", "criteria"],
            ["automation", "laboratory information management"],
        ],
        [f"{MS}(c)", f"{MS}(c)(i)", f"{MS}(c)(ii)", f"{MS}(c)(iii)"],
    ),
    gold_case(
        "fd-18",
        "list",
        "What did the experts ask UNODC to do?",
        "Subject to extrabudgetary resources: update its guidance on the staff skill "
        "requirements and equipment of forensic laboratories to cover DNA databases and "
        "emerging technologies; extend its International Collaborative Exercises to "
        "laboratories of small island developing States; and support regional cooperation "
        "among crime laboratories, including shared laboratories.",
        [
            ["guidance"],
            ["International Collaborative Exercises", "small island"],
            ["regional cooperation", "shared laboratories"],
        ],
        [UR, f"{UR}(a)", f"{UR}(b)", f"{UR}(c)"],
    ),
    # followup
    gold_case(
        "fd-19",
        "followup",
        "How did they bring it down?",
        "By outsourcing routine analyses and recruiting additional analysts.",
        [["outsourcing", "outsourced", "outsource"], ["recruitment", "recruit", "analysts"]],
        [P["south-africa"]],
        history=turn(
            "How big was South Africa's backlog of DNA exhibits?",
            "According to Thandiwe Nkosi-Mahlangu, the backlog of case exhibits awaiting "
            "analysis peaked at some 172,000 in 2021 and was brought below 40,000 by mid-2025 "
            f"[{P['south-africa']}].",
        ),
    ),
    gold_case(
        "fd-20",
        "followup",
        "Who were the offenders behind most of those matches?",
        "Mostly offenders who moved between neighbouring countries, often to commit burglaries "
        "and robberies.",
        [["neighbouring countries", "neighboring countries"], ["burglaries", "burglary"]],
        [P["interpol"]],
        history=turn(
            "What is INTERPOL's DNA Gateway?",
            "A facility that lets countries compare DNA profiles across borders; it has "
            "produced more than 1,100 international matches since it was opened, according to "
            f"the INTERPOL observer, Séverine Aubert-Lefèvre [{P['interpol']}].",
        ),
    ),
    gold_case(
        "fd-21",
        "followup",
        "And how are the families involved?",
        "Families of disappeared persons give reference samples, which a national forensic "
        "data bank compares with the profiles of unidentified remains; many families search "
        "for their relatives themselves and need to be kept informed.",
        [["reference samples", "reference sample"], ["data bank"]],
        [P["mexico"]],
        history=turn(
            "How many bodies remain unidentified in Mexico?",
            "More than 72,000 bodies held by the authorities remain unidentified, according to "
            f"Itzel Guadalupe Cárdenas Núñez (Mexico) [{P['mexico']}].",
        ),
    ),
    # frame
    gold_case(
        "fd-22",
        "frame",
        "Did anyone mention rapid DNA machines being used at police stations?",
        "Yes. Julián Andrés Peña Quiñones (Colombia) presented a pilot in which rapid DNA "
        "instruments were placed in two police custody facilities in Medellín and Cali; "
        "experts cautioned that outside accredited laboratories they should be used only for "
        "reference samples of known persons, not crime scene samples.",
        [["Medellín", "Medellin"], ["Cali"], ["reference samples", "known persons"]],
        [P["rapid"]],
    ),
    gold_case(
        "fd-23",
        "frame",
        "Was the defence's access to DNA evidence and experts discussed?",
        "Yes. Chiamaka Eze-Nwosu, observer for the Forensic Justice Initiative, said defendants "
        "seldom had access to independent forensic experts or to the data behind a laboratory "
        "report, and that probabilistic genotyping software used to interpret DNA mixtures "
        "should be open to challenge by the defence.",
        [
            ["Eze-Nwosu", "Forensic Justice Initiative", "Chiamaka"],
            ["independent forensic experts", "independent experts"],
        ],
        [P["defence"]],
    ),
    # factual
    gold_case(
        "fd-24",
        "factual",
        "Who opened the forensic DNA expert meeting?",
        "Francisco Javier Ordóñez Beltrán, Vice-Minister for Criminal Policy and Restorative "
        "Justice of Colombia.",
        [["Ordóñez Beltrán", "Ordonez Beltran", "Ordóñez", "Ordonez"]],
        [P["opening"]],
    ),
    gold_case(
        "fd-25",
        "factual",
        "Which international standard for laboratory accreditation did the report refer to?",
        "ISO/IEC 17025:2017, General requirements for the competence of testing and "
        "calibration laboratories (the international standard for testing laboratories).",
        [["17025"]],
        [P["accreditation"]],
    ),
    # front
    gold_case(
        "fd-26",
        "front",
        "What is the symbol of the report on forensic science, DNA databases and crime labs?",
        f"{SYMBOL}.",
        [[SYMBOL]],
        ["front"],
    ),
    gold_case(
        "fd-27",
        "front",
        "Where and when did the expert group on DNA databases meet, and what date does its "
        "report carry?",
        f"In {PLACE_DATES}; the report is dated {ISSUE_DATE}.",
        [
            ["Cartagena"],
            ["22–24 September 2025", "22-24 September 2025", "22 to 24 September 2025"],
            [ISSUE_DATE],
        ],
        ["front"],
    ),
    # unanswerable: near misses
    no_answer(
        "fd-28", "What did the expert from New Zealand say about forensic genetic genealogy?"
    ),
    no_answer("fd-29", "How is DNA analysis being used against wildlife trafficking and poaching?"),
    no_answer(
        "fd-30",
        "When and where will the West African workshop on accrediting DNA laboratories be held?",
    ),
    no_answer("fd-31", "How many DNA profiles did Brazil's national database hold in 2022?"),
    no_answer(
        "fd-32",
        "What position does Ana Lucía Restrepo Gómez hold at Colombia's Institute of Legal "
        "Medicine?",
    ),
    no_answer("fd-33", "How much money did the European Union give for the Cartagena meeting?"),
    no_answer("fd-34", "How long does Poland keep the DNA profiles of people who are acquitted?"),
    no_answer(
        "fd-35", "How many prisoners in Kenya have asked for DNA testing after their conviction?"
    ),
]

TOPICS = [
    {
        "id": "fdt-01",
        "topic": "Backlogs of untested evidence and delays in DNA analysis, and the measures "
        "to reduce them: outsourcing, recruitment of analysts, automation, laboratory "
        "information management systems, triage and prioritization of requests, and time "
        "limits for analysis",
        "paragraphs": [
            P["documentation"],
            P["south-africa"],
            P["ghana"],
            P["turkiye"],
            f"{MS}(c)",
            f"{MS}(c)(i)",
            f"{MS}(c)(ii)",
            f"{MS}(c)(iii)",
        ],
    },
    {
        "id": "fdt-02",
        "topic": "Identification of missing, disappeared and dead persons with DNA: victims of "
        "armed conflict, unidentified bodies, soldiers who died in war, victims of disasters, "
        "reference samples given by relatives and the protection of their genetic data",
        "paragraphs": [
            P["opening"],
            P["rights"],
            P["mexico"],
            P["viet-nam"],
            P["icmp"],
            f"{MS}(h)",
        ],
    },
    {
        "id": "fdt-03",
        "topic": "The legal basis and privacy safeguards of DNA databases and DNA searches: "
        "laws establishing databases and saying whose profiles are kept, retention and "
        "deletion of profiles, personal data protection, consent, familial searching and "
        "genealogy searches, and independent oversight",
        "paragraphs": [
            P["interpol"],
            P["brazil"],
            P["south-africa"],
            P["estonia"],
            P["india"],
            P["morocco"],
            P["rights"],
            P["icmp"],
            P["genealogy"],
            f"{MS}(a)",
            f"{MS}(f)",
            f"{MS}(h)",
        ],
    },
]


def check_gold(doc: dict) -> None:
    by_id = check_cases(doc, CASES, TOPICS, "fd", 35)
    check_mix(CASES)
    # the near misses stay near misses: where a word may occur
    only_in = {
        "new zealand": [P["attendance"], "annex.1"],
        "wildlife": [],
        "poach": [],
        "ivory": [],
        "workshop": [P["closing"]],
        "2022": [P["interpol"], P["philippines"]],
        "budget": [P["unodc-recs"]],
        "euros": [P["curacao"]],
        "contribut": [P["purpose"]],
        "€": [],
        "dollar": [],
    }
    for word, allowed in only_in.items():
        found = [uid for uid, text in by_id.items() if word in text]
        if [uid for uid in found if uid not in allowed]:
            raise SystemExit(f"{word!r} occurs in {found}")
    if re.search(r"\d", by_id[P["closing"]]):
        raise SystemExit("a near miss is answered (a figure in the closing paragraph)")
    if re.search(r"kept|retain|delet", by_id[P["poland"]]) and "acquit" in by_id[P["poland"]]:
        raise SystemExit("a near miss is answered (Polish retention)")
    if re.search(r"post-conviction|convict", by_id[P["kenya"]]):
        raise SystemExit("a near miss is answered (Kenyan post-conviction testing)")


def _layout() -> dict:
    report = layout_report(OUT, expected_units()["units"], FOOTNOTES, TABLE)
    report["annex"] = pages_of(printed_pages(OUT), "List of participants")
    return report


def main() -> None:
    check_document()
    doc = expected_units()
    check_gold(doc)
    build_pdf(keep_fodt="--keep-fodt" in sys.argv)
    write_gold(OUT, doc, CASES, TOPICS)
    print(f"layout: {_layout()}")


if __name__ == "__main__":
    main()
