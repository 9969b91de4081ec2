"""Generate eval/gold/docs/synthetic-prison-alternatives-egm.pdf (a Word report printed to PDF).

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on prison overcrowding
and alternatives to imprisonment, held in preparation for the Fifteenth United Nations Congress
on Crime Prevention and Criminal Justice. It is not a United Nations document.

Most real UN PDFs are Word documents converted to PDF. This one is built the same way:

1. python-docx writes a Word file from the UN template's conventions:
   * the synthetic-document line, then a borderless masthead table (United Nations | symbol;
     issuing office | distribution, date, original language), a meeting line, the title and
     the place and dates;
   * chapter and section headings ("I.<tab>...", "A.<tab>...") typed in the UN template's
     heading styles "HChG" and "H1G";
   * body paragraphs numbered by Word's AUTOMATIC numbering (w:numPr -> numbering.xml:
     decimal "%1." at level 0, lowerLetter "(%2)" at level 1, lowerRoman "(%3)" at level 2),
     so that the numbers are not in the text of the .docx; lettered sub-items run to "(j)",
     so the LETTER "(i)" follows "(h)" in the same list as a nested roman "(i)"..."(iii)";
   * the agenda as a second automatic numbered list (its own numbering definition, "1." to
     "9.") inside paragraph 9; officer lines ("Chair:<tab>...") after the paragraph that
     introduces them;
   * a ruled Word table (prison occupancy by country) straight after the paragraph that
     introduces it;
   * real Word footnotes (footnotes.xml, w:footnoteReference in the text), which LibreOffice
     sets at the foot of the page in a smaller size with superscript marks;
   * odd and even page headers with the symbol and footers with the job number and a PAGE
     field; a different first page whose footer carries only the job number;
   * paragraphs that run over page breaks (natural flow, no manual breaks in the body);
   * an annex ("Annex" / "List of documents") with a ruled table, after a page break.
2. LibreOffice converts it:  soffice --headless --convert-to pdf  (made with LibreOffice
   7.4.7.2, Debian package libreoffice-writer-nogui 4:7.4.7-1+deb12u14; Times New Roman is
   replaced by the metric-compatible Liberation Serif).

The .docx is deterministic (fixed core properties and ZIP timestamps) and is kept out of the
gold documents: it is written to /tmp (or to the path given as the first argument). The PDF
is copied to eval/gold/docs; its bytes carry LibreOffice's creation date, so only its text is
reproducible.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_prison_alternatives_egm_pdf.py
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
    page_field,
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
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-prison-alternatives-egm.pdf"
DOCX_OUT = Path(tempfile.gettempdir()) / "synthetic-prison-alternatives-egm.docx"

FIXED_TIME = (2025, 11, 14, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.17/2025/1"
ISSUE_DATE = "14 November 2025"
JOB_NUMBER = "V.25-14027"
ISSUER = "United Nations Office on Drugs and Crime"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = "Report of the expert group meeting on prison overcrowding and alternatives to imprisonment"
PLACE_DATES = "Bogotá, 20–22 October 2025"

# Numbered in the order of their references (LibreOffice numbers notes by position and takes
# their texts in the order of footnotes.xml).
FOOTNOTES = {
    1: "General Assembly resolution 70/175, annex.",
    2: (
        "Data of the National Penitentiary Institute of Peru as at 30 June 2025, provided by "
        "the expert."
    ),
    3: "General Assembly resolution 45/110, annex.",
    4: "General Assembly resolution 65/229, annex.",
}

# Occupancy of the prison systems of some participating States at the end of 2024 (the table
# after paragraph 12): country, prison population, official capacity; the occupancy rate is
# computed (population / capacity, in per cent, rounded).
OCCUPANCY = [
    ("Ecuador", 33_500, 27_700),
    ("Ghana", 14_800, 9_900),
    ("Kenya", 58_600, 29_000),
    ("Peru", 96_800, 41_000),
    ("Philippines", 165_000, 54_000),
    ("Poland", 74_300, 81_200),
    ("Romania", 23_600, 19_800),
]


def occupancy_rows() -> list[tuple[str, ...]]:
    rows = [("Country", "Prison population", "Official capacity", "Occupancy rate (percentage)")]
    for country, population, capacity in OCCUPANCY:
        rate = int(population * 100 / capacity + 0.5)
        rows.append((country, f"{population:,}", f"{capacity:,}", str(rate)))
    return rows


AGENDA = [
    "Opening of the meeting.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "Prison overcrowding: scale, causes and consequences.",
    "Pretrial detention.",
    "Non-custodial measures and sanctions.",
    "Women, children and other groups in situations of vulnerability in the criminal justice "
    "system.",
    "Health in prisons.",
    "Conclusions and recommendations, and adoption of the report.",
]

OFFICERS = [
    "Chair:\tCatalina Muñoz Echeverría (Colombia)",
    "Vice-Chair:\tTomasz Wróbel-Głowacki (Poland)",
    "Vice-Chair:\tAmara Kwarteng-Mensah (Ghana)",
    "Rapporteur:\tIoana Bălănescu (Romania)",
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("UNODC/CCPCJ/EG.17/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/CCPCJ/EG.17/2025/INF/1", "Information for participants"),
    (
        "UNODC/CCPCJ/EG.17/2025/CRP.1",
        "Background note by the Secretariat on prison overcrowding and alternatives to "
        "imprisonment",
    ),
    (
        "UNODC/CCPCJ/EG.17/2025/CRP.2",
        "Compilation of national experiences with electronic monitoring, submitted by experts",
    ),
]

# Body, in document order.
#   ("h1", text) / ("h2", text)     heading paragraphs (typed "I.<tab>", "A.<tab>"; not units)
#   ("p", text, extras)             a paragraph numbered automatically by Word; extras:
#       "lines":  un-numbered lines that belong to it (officers)
#       "agenda": lines numbered by the second automatic list (the agenda)
#       "items":  automatically lettered sub-items; an item is a str or (str, [nested items])
#       "table":  a ruled table after it
# A footnote reference is written "{n}" right after the word that carries it.
BODY: list[tuple] = [
    ("h1", "I.\tIntroduction"),
    (
        "p",
        "The expert group meeting on prison overcrowding and alternatives to imprisonment was "
        "held in Bogotá from 20 to 22 October 2025, as part of the preparations for the "
        "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. The "
        "meeting was organized by the United Nations Office on Drugs and Crime (UNODC) and "
        "hosted by the Ministry of Justice and Law of Colombia, with financial support from "
        "the Governments of Canada and Spain. Interpretation was provided in English and "
        "Spanish.",
    ),
    (
        "p",
        "The meeting was convened to examine the causes and consequences of prison "
        "overcrowding and to identify practical measures, in particular the wider use of "
        "non-custodial measures and sanctions, that could be brought to the attention of the "
        "Congress. Experts were invited to review the implementation of the United Nations "
        "Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules){1} "
        "and of related standards and norms, and to share national experience with reforms "
        "that had reduced the number of persons in prison without compromising public safety.",
    ),
    (
        "p",
        "In a background note prepared for the meeting, the Secretariat estimated that more "
        "than 11.5 million persons were held in prisons worldwide, of whom roughly one in "
        "three had not been convicted of an offence. Prisons were operating above their "
        "official capacity in more than half of the countries for which data were available, "
        "and in about one country in five the occupancy rate exceeded 150 per cent.",
    ),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The meeting was opened by Ignacio Peñaranda Ruiz, Vice-Minister for Criminal Policy "
        "and Restorative Justice of Colombia, who welcomed participants on behalf of the "
        "Government. He recalled that the Constitutional Court of Colombia had declared the "
        "situation in the country’s prisons to be an unconstitutional state of affairs, and "
        "stated that the Government had made the reduction of overcrowding a priority of its "
        "criminal policy, including through a bill that would replace imprisonment with "
        "community service for a number of minor offences.",
    ),
    (
        "p",
        "Astrid Møllerud, Chief of the Justice Section of UNODC, made a statement on behalf "
        "of the Executive Director. She noted that overcrowding was not only a consequence of "
        "rising crime but, above all, the result of policy choices, including the excessive "
        "use of pretrial detention and of short prison sentences for minor, non-violent "
        "offences. She recalled that overcrowded prisons could offer neither decent "
        "conditions nor rehabilitation nor safety, and that they often became recruiting "
        "grounds for organized criminal groups.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The meeting was attended by 38 experts from the following 19 States: Argentina, "
        "Brazil, Chile, Colombia, Ecuador, Ghana, Indonesia, Kenya, Mexico, Norway, Peru, "
        "Philippines, Poland, Portugal, Romania, South Africa, Spain, Thailand and Uruguay. "
        "The experts, who included judges, prosecutors, public defenders, prison "
        "administrators, probation officers and health professionals, participated in their "
        "personal capacity.",
    ),
    (
        "p",
        "The Office of the United Nations High Commissioner for Human Rights (OHCHR) and the "
        "World Health Organization (WHO) were represented. The Organization of American "
        "States was represented by an observer, as were the Latin American Institute for the "
        "Prevention of Crime and the Treatment of Offenders and the non-governmental "
        "organization Penal Reform International.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its opening session, on 20 October 2025, the meeting elected the following "
        "officers by acclamation:",
        {"lines": OFFICERS},
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its opening session, the meeting adopted the following agenda:",
        {"agenda": AGENDA},
    ),
    (
        "p",
        "The meeting held six sessions. Each substantive item was introduced by a member of "
        "the Secretariat or by one or more panellists and was followed by an open discussion. "
        "The documents before the meeting are listed in the annex to the present report.",
    ),
    ("h1", "III.\tSummary of deliberations"),
    ("h2", "A.\tPrison overcrowding: scale, causes and consequences"),
    (
        "p",
        "A representative of the Secretariat introduced the item. She explained that the "
        "global prison population had grown by about a quarter since 2000, faster than the "
        "general population, and that in many countries the growth was driven less by an "
        "increase in crime than by longer sentences, by the criminalization of minor conduct "
        "and by the reluctance of courts to use alternatives. She cautioned that official "
        "capacity was defined differently from one country to another, so that occupancy "
        "rates were not always comparable.",
    ),
    (
        "p",
        "Several experts provided figures on the occupancy of the prison systems of their "
        "countries at the end of 2024, which are summarized in the table below:",
        {"table": occupancy_rows()},
    ),
    (
        "p",
        "Maria Luisa Dizon-Santos, an expert from the Philippines, described conditions in a "
        "city jail in Metro Manila that had been built for 800 persons but held some 3,200, "
        "so that detainees slept in shifts and in corridors. She reported that the Bureau of "
        "Jail Management and Penology had reduced congestion in the jails under its "
        "responsibility by some twenty percentage points in two years, mainly by placing "
        "paralegal officers in each facility to track the court dates and the time already "
        "served of every detainee.",
    ),
    (
        "p",
        "Many experts identified drug control policies as a major driver of overcrowding. It "
        "was noted that in several countries some forty per cent of women in prison and about "
        "one in five men were held for drug offences, most of them for possession or "
        "small-scale trafficking, and that mandatory minimum sentences for such offences left "
        "judges no discretion to impose a non-custodial sentence. Other drivers mentioned "
        "included imprisonment for failure to pay a fine, the lack of legal aid, slow "
        "criminal procedures and public and media pressure for harsher punishment.",
    ),
    (
        "p",
        "Experts emphasized the consequences of overcrowding for the safety of prisoners and "
        "staff and for the prospects of rehabilitation. In overcrowded facilities, the "
        "separation of pretrial detainees from convicted prisoners, and of first-time "
        "offenders from members of criminal gangs, was often impossible. Several experts "
        "observed that where the number of staff had not kept pace with the number of "
        "prisoners, the internal control of cell blocks tended to pass to prisoner leaders or "
        "criminal groups, who extorted payments from other prisoners for a bed, for food or "
        "for protection.",
    ),
    ("h2", "B.\tPretrial detention"),
    (
        "p",
        "Rodrigo Alcántara Quispe, Director of the Public Defence Service of Peru, reported "
        "that pretrial detainees accounted for some 36 per cent of the prison population of "
        "his country{2} and that the average period of pretrial detention was eighteen months. "
        "He explained that a specialized unit of public defenders now reviewed, every six "
        "months, the file of each detainee held for more than a year without trial, and that "
        "in 2024 those reviews had led to the release of 2,480 persons, most of whom were "
        "placed under an obligation to report periodically to the authorities.",
    ),
    (
        "p",
        "Wanjiru Kamau-Otieno, a judge of the High Court of Kenya, described the bail and "
        "bond policy guidelines issued by the judiciary of her country, under which courts "
        "were required to give reasons for refusing bail and to set terms that an accused "
        "person could afford. She noted that many pretrial detainees remained in custody not "
        "because a court had ordered their detention but because they could not pay a cash "
        "bail of a few thousand shillings. Court users’ committees and regular visits by "
        "judges to prisons had helped to identify such cases.",
    ),
    (
        "p",
        "Several experts described laws under which pretrial detention was mandatory for a "
        "list of offences, irrespective of the circumstances of the case or of the risk that "
        "the accused person would abscond. They noted that such lists tended to grow with each "
        "reform of the criminal code, and that international human rights mechanisms had found "
        "mandatory pretrial detention to be incompatible with the presumption of innocence.",
    ),
    (
        "p",
        "Experts highlighted the role of early access to legal aid. The observer for Penal "
        "Reform International stated that persons who had been held in police custody without "
        "a lawyer during the first forty-eight hours were far more likely to be remanded in "
        "custody, and called for legal aid schemes that relied on paralegals, law students "
        "and community-based organizations where there were too few lawyers. Experts from "
        "Chile and Mexico described the use of video-link hearings, which had reduced the "
        "number of hearings postponed because a detainee could not be transported to court, "
        "while cautioning that such hearings must not limit confidential contact between the "
        "accused and counsel.",
    ),
    (
        "p",
        "Some experts cautioned that efforts to reduce pretrial detention must take into "
        "account the safety of victims and witnesses and public confidence in the criminal "
        "justice system. They noted that a single serious offence committed by a person "
        "released pending trial could lead to legislation that made detention mandatory for "
        "whole categories of offences. Risk assessment tools used by courts should be "
        "transparent, regularly evaluated and free of bias against poor or minority "
        "defendants.",
    ),
    ("h2", "C.\tNon-custodial measures and sanctions"),
    (
        "p",
        "A representative of the Secretariat recalled that the United Nations Standard "
        "Minimum Rules for Non-custodial Measures (the Tokyo Rules){3} called on Member "
        "States to develop non-custodial measures within their legal systems, so as to "
        "provide other options and thus reduce the use of imprisonment, and to apply them at "
        "all stages of the criminal process, from the pretrial stage to release from prison. "
        "She noted that, thirty-five years after the adoption of the Rules, the range of "
        "alternatives available in law had grown considerably in most countries, but that "
        "their use in practice remained limited.",
    ),
    (
        "p",
        "João Gonçalves Pereira, head of the electronic monitoring unit of the "
        "Directorate-General for Reintegration and Prison Services of Portugal, presented the "
        "experience of his country, where some 2,100 persons were under electronic monitoring "
        "on any given day, most of them as a pretrial measure of house arrest or in cases of "
        "domestic violence. He reported that a day of electronic monitoring cost about 11 "
        "euros, against some 48 euros for a day in prison, and that monitoring was combined "
        "with supervision by reintegration officers, so that it was not reduced to a mere "
        "technical control.",
    ),
    (
        "p",
        "Håkon Strøm Eide, senior adviser at the Norwegian Correctional Service, explained "
        "that persons sentenced in Norway to short terms of imprisonment could apply to serve "
        "the sentence at home, wearing an electronic monitoring device, with an obligation to "
        "work or study. The measure had also been used to shorten the waiting lists for "
        "prison places. He stressed that it was granted only after an assessment of the "
        "person’s home situation, including the consent of the other adults living in the "
        "household.",
    ),
    (
        "p",
        "Several experts cautioned that electronic monitoring should be used as an "
        "alternative to detention, and not in addition to other measures for persons who "
        "would otherwise have been released, a phenomenon described as net-widening. "
        "Concerns were also raised about the protection of the personal data collected "
        "through monitoring devices, about the fees charged to monitored persons in some "
        "jurisdictions and about the stigma attached to visible devices, in particular for "
        "women and for young people seeking employment.",
    ),
    (
        "p",
        "Amara Kwarteng-Mensah (Ghana) reported that legislation adopted in her country in "
        "2024 allowed courts to impose community service instead of imprisonment for minor "
        "offences. Under the new law, offenders could be ordered to perform between 40 and "
        "240 hours of unpaid work for local authorities, hospitals or schools. She noted that "
        "the first community service officers had been trained in 2025, but that the scheme "
        "had yet to be extended beyond the regional capitals.",
    ),
    (
        "p",
        "Ioana Bălănescu, speaking as an expert from Romania, described the development of "
        "the probation service of her country, which supervised more than twice as many "
        "persons as were held in prison. She explained that pre-sentence reports prepared by "
        "probation counsellors had helped courts to choose suitable measures, but that "
        "caseloads of up to 150 supervised persons for each probation counsellor limited the "
        "time available for individual work with offenders.",
    ),
    (
        "p",
        "Tomasz Wróbel-Głowacki (Poland) reported that, some years earlier, about one in six "
        "persons admitted to prison in his country had been imprisoned for failure to pay a "
        "fine. The introduction of day fines calculated on the basis of income, the "
        "possibility of paying in instalments and the conversion of unpaid fines into "
        "community service had since reduced such admissions substantially. He added that "
        "offenders sentenced to up to one year of imprisonment could serve the sentence at "
        "home under electronic monitoring.",
    ),
    (
        "p",
        "Francisca Undurraga Soto (Chile) presented the drug treatment courts of her country, "
        "which offered persons charged with offences linked to drug dependence a conditional "
        "suspension of proceedings in exchange for their participation in a treatment "
        "programme supervised by the court. She noted that the programme was open only to "
        "first-time offenders and that the courts dealt with fewer than a thousand cases a "
        "year, a small share of the persons prosecuted for drug-related offences.",
    ),
    (
        "p",
        "Several experts described restorative justice programmes, including victim-offender "
        "mediation and community conferencing, which could be used to divert cases from the "
        "criminal justice system at the pretrial stage or to inform sentencing. They stressed "
        "that participation should be voluntary for both victims and offenders and that "
        "restorative processes were not suitable for all offences, in particular where there "
        "was a risk of further violence against the victim.",
    ),
    (
        "p",
        "Experts agreed that the main obstacle to the wider use of alternatives was not the "
        "lack of legal provisions but the lack of confidence of judges, prosecutors and the "
        "public in their effectiveness. Thandeka Mthembu (South Africa) observed that courts "
        "imposed community-based sentences more readily when a probation officer was present "
        "in court and could assure the judge that the sentence would be supervised. Experts "
        "called for the training of judges and prosecutors, for information to the public on "
        "the results of non-custodial measures and for the involvement of local communities, "
        "employers and civil society in their implementation.",
    ),
    ("h2", "D.\tWomen, children and other groups in situations of vulnerability"),
    (
        "p",
        "The representative of OHCHR recalled that the United Nations Rules for the "
        "Treatment of Women Prisoners and Non-custodial Measures for Women Offenders (the "
        "Bangkok Rules){4} required gender-specific options for diverting women from prison, "
        "taking into account their history of victimization and their caretaking "
        "responsibilities. She noted that the number of women in prison worldwide had "
        "increased by some sixty per cent since 2000, much faster than the number of men, and "
        "that most women in prison had been convicted of non-violent offences.",
    ),
    (
        "p",
        "Siriporn Wattanakul, an expert from the Department of Corrections of Thailand, "
        "described a programme under which pregnant women and mothers of young children who "
        "were held for minor offences could be released on parole or placed under electronic "
        "monitoring, so that their children would not grow up in prison. She reported that "
        "some 1,400 women had benefited from the programme since 2021 and that fewer than one "
        "in ten of them had been returned to prison.",
    ),
    (
        "p",
        "Martín Lacalle Ferreira, an expert from Uruguay, stressed that the deprivation of "
        "liberty of children should be used only as a measure of last resort and for the "
        "shortest appropriate period of time. He reported that, following the introduction "
        "of diversion and mediation programmes for adolescents, the number of children in "
        "detention in his country had fallen by half between 2015 and 2024. Other experts "
        "noted that children were still held in adult facilities in some countries, "
        "sometimes because their age could not be established.",
    ),
    (
        "p",
        "Citlali Ramírez Ocampo (Mexico) drew attention to the situation of indigenous persons "
        "in prison, many of whom had been tried without an interpreter and without a defence "
        "counsel who spoke their language. She described a programme under which the federal "
        "public defence service had reviewed the cases of indigenous prisoners and obtained "
        "the release of more than 600 of them. Experts also referred to the particular needs "
        "of foreign nationals, older prisoners and persons with disabilities, who were often "
        "placed in facilities that could not meet those needs.",
    ),
    ("h2", "E.\tHealth in prisons"),
    (
        "p",
        "The representative of WHO stated that overcrowding was a major risk factor for the "
        "transmission of infectious diseases. She reported that the incidence of tuberculosis "
        "in prisons was in some countries up to ten times higher than in the general "
        "population, and that the prevalence of HIV and hepatitis C among prisoners was also "
        "far higher. She recalled that, under the Nelson Mandela Rules, the provision of "
        "health care for prisoners was a State responsibility and that prisoners should enjoy "
        "the same standards of health care as were available in the community.",
    ),
    (
        "p",
        "Experts noted that mental health conditions and drug dependence were widespread "
        "among prisoners and that prisons in many countries had too few health-care staff to "
        "respond to them. One expert reported that a single doctor had been responsible for "
        "some 2,000 prisoners in the facility in which he had worked. Experts called for "
        "prison health services to be placed under, or closely linked to, the ministries "
        "responsible for public health, and for continuity of treatment for prisoners on "
        "release, including opioid agonist therapy where it was available in the community.",
    ),
    (
        "p",
        "Experts shared lessons from the emergency releases carried out by many countries "
        "during the coronavirus disease (COVID-19) pandemic. Several experts noted that large "
        "numbers of pretrial detainees and of prisoners near the end of their sentences had "
        "been released within weeks without any increase in crime, which showed that many of "
        "those persons need not have been in prison in the first place. Other experts "
        "observed, however, that in most countries the prison population had returned to its "
        "earlier level within two years, since the releases had not been accompanied by "
        "changes in law or in sentencing practice.",
    ),
    ("h2", "F.\tAmnesties, pardons and early release"),
    (
        "p",
        "Bambang Hadisuryo (Indonesia) reported that a presidential amnesty granted in 2025 "
        "had benefited some 19,000 prisoners, most of them persons convicted of drug use, as "
        "well as prisoners who were seriously ill, older persons and persons convicted of "
        "minor offences. He explained that the amnesty was to be accompanied by the "
        "rehabilitation of drug users through treatment rather than imprisonment, and that "
        "draft amendments to the narcotics law to that effect were before the legislature.",
    ),
    (
        "p",
        "Several experts considered that amnesties and collective pardons could offer "
        "immediate relief in situations of acute overcrowding but did not address its causes, "
        "and that they could undermine public trust in the justice system if they were "
        "perceived as arbitrary. Experts preferred individual mechanisms, such as conditional "
        "release, remission of sentence for good conduct or for participation in education or "
        "work, and compassionate release for terminally ill prisoners, which allowed each case "
        "to be assessed and the released person to be supervised and supported.",
    ),
    ("h2", "G.\tCosts, data and prison management"),
    (
        "p",
        "A number of experts presented cost figures. Thandeka Mthembu (South Africa) reported "
        "that the annual cost of holding a prisoner in her country was more than ten times "
        "the cost of supervising an offender in the community under a correctional "
        "supervision order. An expert from Colombia indicated that the construction of a "
        "single new prison place cost the equivalent of about 60,000 United States dollars, "
        "and noted that new prisons built in the past had been filled within a few years of "
        "their opening. Experts agreed that building more prisons, without reform of criminal "
        "policy, could not on its own solve overcrowding.",
    ),
    (
        "p",
        "Experts emphasized the importance of reliable data. Many prison administrations could "
        "not state at any given moment how many of their prisoners were pretrial detainees, "
        "how long they had been held or when their sentences would end. Experts from Kenya "
        "and Mexico described electronic case management systems linking the police, the "
        "prosecution, the courts and the prison service, which generated automatic alerts "
        "when a detainee had been held beyond a legal time limit. Experts also encouraged "
        "States to report regularly to the United Nations Surveys on Crime Trends and the "
        "Operations of Criminal Justice Systems.",
    ),
    (
        "p",
        "The observer for the Organization of American States informed participants of a "
        "regional study on alternatives to pretrial detention in the Americas, which was to "
        "be published in 2026 and whose preliminary findings had been shared with the "
        "meeting. The observer for the Latin American Institute for the Prevention of Crime "
        "and the Treatment of Offenders offered to make its training programmes on "
        "non-custodial measures available to the judicial schools of the region.",
    ),
    ("h1", "IV.\tConclusions and recommendations"),
    (
        "p",
        "The experts concluded that prison overcrowding was not inevitable but the result of "
        "laws, policies and practices that could be changed. Imprisonment should be a measure "
        "of last resort, both before trial and as a sentence, and the reduction of "
        "overcrowding required a comprehensive strategy involving the legislature, the "
        "police, the prosecution, the courts, the prison administration, probation services "
        "and civil society, rather than isolated measures.",
    ),
    (
        "p",
        "The meeting identified the following recommendations, which were not negotiated, for "
        "the consideration of the Fifteenth Congress. Member States should:",
        {
            "items": [
                "Ensure that pretrial detention is used only as a means of last resort, for "
                "the shortest possible time and on the basis of an individual assessment, "
                "subject to time limits set in law and to periodic review by a judicial "
                "authority;",
                "Guarantee access to legal aid from the moment of arrest, including through "
                "paralegals and other service providers where lawyers are scarce;",
                (
                    "Develop and make full use of a wide range of non-custodial measures and "
                    "sanctions, in line with the Tokyo Rules, including:",
                    [
                        "Community service and other forms of unpaid work for the benefit of "
                        "the community;",
                        "Electronic monitoring, used as an alternative to detention and not "
                        "as an additional measure, with safeguards for the protection of "
                        "personal data and without fees that would discriminate against poor "
                        "persons;",
                        "Conditional sentences, suspended sentences and probation "
                        "supervision, supported by adequately staffed probation services;",
                    ],
                ),
                "Review the sentencing of minor, non-violent drug offences, remove mandatory "
                "minimum sentences for such offences and offer treatment, education and "
                "social reintegration as alternatives to conviction or punishment for persons "
                "who use drugs;",
                "Abolish or restrict imprisonment for failure to pay a fine, including by "
                "adjusting fines to the means of the offender;",
                "Develop gender-specific non-custodial measures for women in line with the "
                "Bangkok Rules, giving priority to non-custodial measures for pregnant women "
                "and women with dependent children;",
                "Ensure that children are deprived of liberty only as a measure of last "
                "resort and for the shortest appropriate period of time, and expand diversion "
                "and restorative justice programmes for children in conflict with the law;",
                "Place prison health services under, or closely link them to, the public "
                "health system, in line with the Nelson Mandela Rules, and ensure continuity "
                "of care on release;",
                "Collect, publish and use data on prison occupancy, pretrial detention and "
                "the use of non-custodial measures, disaggregated by sex and age;",
                "Where amnesties or pardons are used to relieve overcrowding, accompany them "
                "with reforms of law and practice and with support for the reintegration of "
                "the persons released.",
            ]
        },
    ),
    (
        "p",
        "The meeting recommended that UNODC:",
        {
            "items": [
                "Continue to provide technical assistance to Member States in reducing the "
                "use of imprisonment, including in the development of national strategies on "
                "prison overcrowding;",
                "Update its handbook on strategies to reduce overcrowding in prisons, taking "
                "into account new technologies and the experience gained during the COVID-19 "
                "pandemic;",
                "Facilitate the exchange of experience among Member States on alternatives to "
                "imprisonment, including through regional meetings of judges, prosecutors and "
                "probation services.",
            ]
        },
    ),
    (
        "p",
        "The meeting further recommended that the Fifteenth Congress consider including in "
        "its declaration a commitment by Member States to set national targets for the "
        "reduction of prison overcrowding and of pretrial detention, and to report on "
        "progress to the Commission on Crime Prevention and Criminal Justice.",
    ),
    ("h1", "V.\tAdoption of the report"),
    (
        "p",
        "At its closing session, on 22 October 2025, the meeting adopted the present report, "
        "on the understanding that the Rapporteur, with the assistance of the Secretariat, "
        "would finalize it. In her closing remarks, the Chair thanked the Government of "
        "Colombia for hosting the meeting, the Governments of Canada and Spain for their "
        "financial support and UNODC for its organization.",
    ),
]


AGENDA_NUM_ID = 21
AGENDA_ABSTRACT_ID = 21


# --------------------------------------------------------------------------------------------
# Word parts that python-docx has no API for
# --------------------------------------------------------------------------------------------


def add_agenda_numbering(doc) -> None:  # noqa: ANN001 - a python-docx Document
    """A second numbered list ("1." at 1701 twips, text at 2268) for the agenda lines."""
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{AGENDA_ABSTRACT_ID}">'
        '<w:nsid w:val="5A1E0C27"/>'
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
    doc.settings.odd_and_even_pages_header_footer = True

    # odd pages: symbol at the right, job number at the left and page number at the right
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run(SYMBOL).bold = True
    fp = section.footer.paragraphs[0]
    tab_stop(fp, 9638, "right")
    fp.add_run(JOB_NUMBER + "\t").font.size = Pt(8)
    page_field(fp)
    # even pages: symbol at the left, page number at the left and job number at the right
    hp = section.even_page_header.paragraphs[0]
    hp.add_run(SYMBOL).bold = True
    fp = section.even_page_footer.paragraphs[0]
    tab_stop(fp, 9638, "right")
    page_field(fp)
    fp.add_run("\t" + JOB_NUMBER).font.size = Pt(8)
    # first page: only the job number, as on the first page of a UN document
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


def _body_table(doc, rows, *, numeric: bool) -> None:  # noqa: ANN001
    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_p = tbl.cell(i, j).paragraphs[0]
            run = cell_p.add_run(val)
            run.bold = i == 0
            run.font.size = Pt(9)
            if numeric and j > 0 and i > 0:
                cell_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark_header_row(tbl.rows[0])
    # a little space between the table and the text below it
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _paragraph(doc, text: str, extra: dict) -> None:  # noqa: ANN001
    para = doc.add_paragraph(style="SingleTxtG")
    add_text_with_notes(para, text)
    set_num(para, 0)
    for line in extra.get("lines", []):
        lp = doc.add_paragraph(line, style="SingleTxtG")
        lp.paragraph_format.left_indent = Twips(1701)
        lp.paragraph_format.space_after = Pt(0)
        lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        tab_stop(lp, 3402)
    if extra.get("lines"):
        lp.paragraph_format.space_after = Pt(6)
    for line in extra.get("agenda", []):
        ap = doc.add_paragraph(line, style="SingleTxtG")
        ap.paragraph_format.space_after = Pt(0)
        ap.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        numpr = ap._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = AGENDA_NUM_ID
    if extra.get("agenda"):
        ap.paragraph_format.space_after = Pt(6)
    for item in extra.get("items", []):
        item_text, nested = (item, []) if isinstance(item, str) else item
        ip = doc.add_paragraph(style="SingleTxtG")
        add_text_with_notes(ip, item_text)
        set_num(ip, 1)
        for sub in nested:
            sp = doc.add_paragraph(sub, style="SingleTxtG")
            set_num(sp, 2)
    if "table" in extra:
        _body_table(doc, extra["table"], numeric=True)


def build() -> Document:
    doc = Document()
    _styles(doc)
    add_numbering_definition(doc, "6E2B9D14")
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

    # annex, on a new page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(ANNEX_HEADING, style="HChG")
    doc.add_paragraph(ANNEX_SUBTITLE, style="H1G")
    _body_table(doc, ANNEX_TABLE, numeric=False)
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
