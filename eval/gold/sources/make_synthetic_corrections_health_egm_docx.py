"""Generate eval/gold/docs/synthetic-corrections-health-egm.docx.

A SYNTHETIC United Nations-style report (clearly labelled as such in its first paragraph) of an
expert group meeting on health care in prisons: drug dependence treatment, tuberculosis, mental
health, women prisoners and older prisoners.

Word features exercised:
  * roman-numeral chapter headings as "Heading 1", lettered section headings as "Heading 2";
  * paragraph numbers typed as text ("12.<TAB>") at the start of each body paragraph;
  * sub-items "(a)", "(b)" ... as separate, indented paragraphs;
  * un-numbered officer lines and agenda lines with typed numbers;
  * one table (tuberculosis figures by country) introduced by a numbered paragraph and a
    caption paragraph;
  * a superscript note marker in the text and one footnote-like note at the end of the body;
  * a page header with the document symbol and a page footer.

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_corrections_health_egm_docx.py
"""

from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path

from _un_docx import deterministic_zip
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-corrections-health-egm.docx"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.33/2025/1"
ISSUE_DATE = "24 June 2025"
TITLE = "Report of the Expert Group Meeting on Health Care in Prisons"
PLACE_DATES = "Kraków, Poland, 9–11 June 2025"

# ---------------------------------------------------------------------------------------------
# Body. Items are tuples:
#   ("h1", text)            chapter heading (Heading 1)
#   ("h2", text)            section heading (Heading 2)
#   ("p", n, text)          numbered paragraph, number typed as text
#   ("sub", letter, text)   sub-item "(a)" etc. as its own paragraph
#   ("line", text)          un-numbered indented line (officers, agenda)
#   ("caption", text)       table caption
#   ("table", rows)         table, first row is the header
# A "^1" in a text is rendered as a superscript note marker "1".
# ---------------------------------------------------------------------------------------------

BODY: list[tuple] = [
    ("h1", "I. Organization of the meeting"),
    ("h2", "A. Opening of the meeting"),
    (
        "p",
        1,
        "The Expert Group Meeting on Health Care in Prisons was held in Kraków, Poland, from 9 to "
        "11 June 2025, as part of the preparations for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice. It was hosted by the Ministry of Justice of Poland and the "
        "Central Board of the Prison Service at the Collegium Novum of the Jagiellonian University, and "
        "organized by the United Nations Office on Drugs and Crime (UNODC) in cooperation with the "
        "Regional Office for Europe of the World Health Organization (WHO). Simultaneous interpretation "
        "was provided in English, French, Russian and Spanish.",
    ),
    (
        "p",
        2,
        "The meeting was opened by Tomasz Wójcik, Deputy Minister of Justice of Poland, who recalled "
        "that the Polish prison system held about seventy thousand people and employed some two "
        "thousand health-care staff, including physicians, nurses and psychologists. He observed that "
        "people entering prison were, on the whole, in poorer health than the general population, and "
        "that a period in prison could be an opportunity to diagnose and treat conditions that had long "
        "gone untreated, provided that health care in prison was of the same standard as in the "
        "community.",
    ),
    (
        "p",
        3,
        "Dagmar Nováková-Říhová, Chief of the Justice Section of UNODC, delivered a statement on behalf "
        "of the Executive Director. She recalled that more than eleven and a half million people were "
        "held in prisons worldwide and that, under rule 24 of the United Nations Standard Minimum Rules "
        "for the Treatment of Prisoners (the Nelson Mandela Rules), the provision of health care for "
        "prisoners was a State responsibility. She announced that UNODC would publish in 2026 a handbook "
        "on the health of women in prison, prepared jointly with WHO.",
    ),
    (
        "p",
        4,
        "Émile Nkurunziza, Regional Adviser on Health in Prisons at the WHO Regional Office for Europe, "
        "stressed that prison health was public health, since the great majority of prisoners returned "
        "to the community, many of them after sentences of less than a year. He noted that tuberculosis "
        "was, on average, about ten times more frequent among prisoners than in the general "
        "population,^1 and that the weeks immediately following release were a period of particularly "
        "high risk of death, notably from drug overdose and suicide.",
    ),
    ("h2", "B. Election of officers"),
    (
        "p",
        5,
        "At its 1st meeting, on 9 June 2025, the meeting elected the following officers by "
        "acclamation:",
    ),
    ("line", "Chair: Jadwiga Sołtysiak-Brzęk (Poland)"),
    ("line", "Vice-Chair: Luís Otávio Damasceno Peçanha (Brazil)"),
    ("line", "Vice-Chair: Trần Minh Đức (Viet Nam)"),
    ("line", "Rapporteur: Anaïs Dufresne-Lévêque (Canada)"),
    ("h2", "C. Adoption of the agenda and organization of work"),
    ("p", 6, "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1. Opening of the meeting."),
    ("line", "2. Election of officers."),
    ("line", "3. Adoption of the agenda and organization of work."),
    ("line", "4. Treatment of drug dependence and prevention of overdose in prisons."),
    ("line", "5. Tuberculosis and other infectious diseases in prisons."),
    ("line", "6. Mental health care and the prevention of suicide in prisons."),
    ("line", "7. The health needs of women prisoners and older prisoners."),
    ("line", "8. Conclusions and recommendations."),
    ("line", "9. Adoption of the report."),
    (
        "p",
        7,
        "The meeting agreed to conduct its deliberations in plenary and to devote one session to each "
        "substantive agenda item. On the afternoon of 10 June 2025, participants visited the "
        "Kraków-Podgórze Remand Centre, where they were received by its director and medical staff and "
        "toured the medical unit and a therapeutic ward for prisoners with drug dependence, which had "
        "places for thirty-two men.",
    ),
    ("h2", "D. Attendance"),
    (
        "p",
        8,
        "The meeting was attended by sixty-three participants, including experts from the following "
        "21 Member States: Brazil, Canada, Denmark, Georgia, Germany, Indonesia, Japan, Kenya, "
        "Kyrgyzstan, Mexico, Morocco, Nigeria, Norway, Poland, Portugal, Republic of Moldova, South "
        "Africa, Thailand, Ukraine, Uruguay and Viet Nam. The World Health Organization, the Joint "
        "United Nations Programme on HIV/AIDS (UNAIDS), the International Committee of the Red Cross "
        "(ICRC) and Penal Reform International were represented by observers. The experts participated "
        "in their personal capacity.",
    ),
    ("h2", "E. Documentation"),
    ("p", 9, "The meeting had before it the following documents:"),
    ("sub", "a", "Provisional agenda and annotations;"),
    (
        "sub",
        "b",
        "Discussion guide for the Fifteenth United Nations Congress on Crime Prevention and Criminal "
        "Justice;",
    ),
    (
        "sub",
        "c",
        "Background paper prepared by WHO on the screening, diagnosis and treatment of tuberculosis in "
        "prisons;",
    ),
    (
        "sub",
        "d",
        "Compilation of national practices on the health care of women prisoners and older prisoners, "
        "prepared by the Secretariat on the basis of replies received from thirty-four Member States.",
    ),
    ("h1", "II. Summary of deliberations"),
    ("h2", "A. Treatment of drug dependence and prevention of overdose in prisons (agenda item 4)"),
    (
        "p",
        10,
        "Introducing the item, Inés Ramírez Güell, of the Drug Prevention and Health Branch of UNODC, "
        "said that drug use was common before, during and after imprisonment: about one in three "
        "prisoners had used drugs at least once while in prison, and the risk of death from overdose in "
        "the first two weeks after release was up to eight times higher than in later periods. Yet "
        "opioid agonist therapy was available in prisons in fewer than half of the countries that "
        "offered it in the community.",
    ),
    (
        "p",
        11,
        "The expert from Portugal described the national approach, under which opioid agonist therapy "
        "with methadone or buprenorphine was available in every prison in the country, and prisoners "
        "who had been receiving it in the community continued it without interruption on admission. "
        "About one in seven prisoners in Portugal received such treatment. Every prisoner receiving "
        "treatment was given, before release, an appointment at a community treatment centre within two "
        "days of leaving prison, and a supply of medication to cover the interval.",
    ),
    (
        "p",
        12,
        "The expert from Kyrgyzstan reported that needle and syringe programmes had operated in the "
        "prisons of his country since 2002, alongside methadone programmes. He acknowledged that prison "
        "staff had at first feared that syringes would be used as weapons, but said that no such "
        "incident had been recorded in over twenty years. He attributed the acceptance of the "
        "programmes by staff to training and to the involvement of prisoners themselves as peer "
        "educators.",
    ),
    (
        "p",
        13,
        "The expert from Canada described the prison needle exchange programme introduced in federal "
        "institutions in 2018. Uptake had remained low, with fewer than one in ten prisoners who "
        "injected drugs taking part, largely because prisoners had to apply to the head of the "
        "institution to participate and feared that doing so would count against them when they "
        "applied for parole. Canada was therefore reviewing the confidentiality of the programme.",
    ),
    (
        "p",
        14,
        "The expert from Norway described a scheme under which a person convicted of an offence related "
        "to drug dependence might serve part of the sentence in a residential therapeutic community "
        "outside prison. The standard programme lasted eighteen months and combined treatment with "
        "education and work training. An evaluation had found lower reoffending among those who "
        "completed the programme than among comparable prisoners.",
    ),
    (
        "p",
        15,
        "The expert from the Republic of Moldova reported that, since 2023, prisoners with a history of "
        "opioid use had been trained in overdose response and given a naloxone kit on release. Some "
        "participants noted that naloxone was still a prescription-only medicine in their countries, "
        "which made its distribution on release difficult, and called for it to be made more widely "
        "available.",
    ),
    ("h2", "B. Tuberculosis and other infectious diseases in prisons (agenda item 5)"),
    (
        "p",
        16,
        "Introducing the item, Mr. Nkurunziza presented the background paper prepared by WHO. He "
        "explained that overcrowding, poor ventilation, malnutrition and late diagnosis made prisons a "
        "reservoir of tuberculosis, including multidrug-resistant tuberculosis, and that infection "
        "spread from prisons to staff, visitors and the wider community. He recommended the systematic "
        "screening of all prisoners on admission, including by chest X-ray, and noted that portable "
        "X-ray equipment with computer-aided detection software now made it possible to screen large "
        "numbers of people quickly, even where radiologists were scarce.",
    ),
    (
        "p",
        17,
        "The expert from Georgia described the screening by chest X-ray of every person admitted to "
        "prison, and of the entire prison population once a year, which had been introduced in 2012. "
        "Since then, the number of tuberculosis cases in Georgian prisons had fallen by nearly ninety "
        "per cent. Prisoners diagnosed with the disease were treated in a specialized unit of the "
        "central prison hospital in Tbilisi.",
    ),
    (
        "p",
        18,
        "Several participants provided figures for 2024 on tuberculosis in their prison systems, which "
        "are set out in the table below. They cautioned that differences between countries reflected "
        "differences in the intensity of screening as much as differences in the spread of the "
        "disease.",
    ),
    ("caption", "Tuberculosis among prisoners in selected countries, 2024"),
    (
        "table",
        [
            (
                "Country",
                "Prison population",
                "Tuberculosis cases notified among prisoners",
                "Treatment success rate (per cent)",
            ),
            ("Georgia", "9,800", "41", "88"),
            ("Indonesia", "271,000", "5,630", "79"),
            ("Kyrgyzstan", "8,200", "164", "82"),
            ("South Africa", "157,000", "4,120", "76"),
            ("Viet Nam", "130,000", "2,410", "85"),
        ],
    ),
    (
        "p",
        19,
        "The expert from Indonesia said that Indonesian prisons held nearly twice as many people as "
        "their official capacity. Mobile X-ray vans now visited prisons in turn, and a screening "
        "campaign conducted in 2024 had found that three in ten of the prisoners diagnosed with "
        "tuberculosis had reported no symptoms, and would therefore have been missed by screening based "
        "on symptoms alone.",
    ),
    (
        "p",
        20,
        "The expert from South Africa reported that forty per cent of prisoners diagnosed with "
        "tuberculosis were also living with HIV, and that all prisoners were therefore offered an HIV "
        "test at the same time as screening for tuberculosis. The greatest difficulty was continuity of "
        "treatment after release: about a quarter of prisoners released while on treatment for "
        "tuberculosis never reached a community clinic. Prisoners were now released with a referral "
        "letter and a month's supply of medication.",
    ),
    (
        "p",
        21,
        "The expert from Viet Nam described an electronic register shared by the prison health service "
        "and the national tuberculosis programme, which allowed the treatment of each patient to be "
        "followed after transfer to another prison or release. Prisoners with multidrug-resistant "
        "tuberculosis received a shorter, all-oral treatment regimen lasting six months.",
    ),
    (
        "p",
        22,
        "Participants agreed that the medical isolation of prisoners with infectious tuberculosis was "
        "sometimes necessary, but stressed that it should take place in a health-care setting, for as "
        "short a time as possible, and should never be confused with disciplinary solitary confinement. "
        "The observer for ICRC emphasized that no health measure could fully compensate for "
        "overcrowding, and called for attention to ventilation and natural light in the design and "
        "renovation of prisons. Several participants added that prison staff should be included in "
        "screening programmes, since they were exposed to the same risks.",
    ),
    ("h2", "C. Mental health care and the prevention of suicide in prisons (agenda item 6)"),
    (
        "p",
        23,
        "The expert from Denmark reported that about four in ten prisoners in Denmark had been "
        "diagnosed with a psychiatric disorder at some point in their lives, often in combination with "
        "substance use. Psychiatric outreach teams from regional hospitals visited prisons every week, "
        "and all newly admitted prisoners were screened for suicide risk within the first twenty-four "
        "hours, since the first days of detention carried the highest risk.",
    ),
    (
        "p",
        24,
        "The expert from Mexico explained that persons with psychosocial disabilities who had been "
        "found not criminally responsible were held in psychiatric units of prisons for indefinite "
        "periods, in some cases for longer than the maximum sentence for the offence of which they had "
        "been accused. A legislative reform under discussion would set time limits and transfer such "
        "persons to community-based services, in line with the Convention on the Rights of Persons with "
        "Disabilities.",
    ),
    (
        "p",
        25,
        "The expert from Kenya said that a single psychiatrist served a prison population of more than "
        "sixty thousand. To make up for the shortage, the Kenya Prisons Service had trained prison "
        "officers in mental health first aid and had set up a network of peer counsellors among the "
        "prisoners themselves, who were trained to recognize signs of distress and to refer fellow "
        "prisoners to health staff.",
    ),
    (
        "p",
        26,
        "The expert from Uruguay described the harm caused to mental health by prolonged solitary "
        "confinement, as documented by the Parliamentary Commissioner for the Prison System. She "
        "recalled that the Nelson Mandela Rules prohibited solitary confinement for more than fifteen "
        "consecutive days, and reported that Uruguay had limited disciplinary isolation accordingly.",
    ),
    (
        "p",
        27,
        "Several participants stressed that the mental health of prison staff also deserved attention. "
        "The expert from Poland reported that a survey of Polish prison officers conducted in 2024 had "
        "found that half of them showed signs of burnout, and that the Prison Service had set up a "
        "confidential psychological support line for staff.",
    ),
    ("h2", "D. The health needs of women prisoners and older prisoners (agenda item 7)"),
    (
        "p",
        28,
        "The expert from Thailand said that women made up about one in six prisoners in Thailand, one "
        "of the highest proportions in the world, and that most of them had been convicted of drug "
        "offences. In line with the United Nations Rules for the Treatment of Women Prisoners and "
        "Non-custodial Measures for Women Offenders (the Bangkok Rules), all women admitted to prison "
        "were screened for cervical and breast cancer, for reproductive health needs and for any "
        "history of violence.",
    ),
    (
        "p",
        29,
        "The expert from Brazil reported that two thirds of women in Brazilian prisons were held for "
        "drug-related offences, and that many were mothers and sole carers. The Supreme Federal Court "
        "had ruled in 2018 that pregnant women and mothers of children under twelve held in pretrial "
        "detention should in principle be placed under house arrest. Where a baby was born in prison, "
        "it could stay with its mother in a mother-and-baby unit until the age of six months.",
    ),
    (
        "p",
        30,
        "The expert from Morocco said that women prisoners should have access to female health-care "
        "staff, and reported that Morocco had recruited female doctors and midwives for all its prisons "
        "for women. Sanitary products were provided free of charge.",
    ),
    (
        "p",
        31,
        "The observer for Penal Reform International noted that women in prison were more likely than "
        "men to have experienced physical or sexual violence before imprisonment and to self-harm, and "
        "called for trauma-informed care and for alternatives to strip searches, in line with rule 20 "
        "of the Bangkok Rules.",
    ),
    (
        "p",
        32,
        "The expert from Japan said that people aged sixty-five or over now accounted for more than "
        "one in seven new admissions to prison in Japan, many of them convicted of shoplifting or other "
        "minor theft driven by poverty and isolation. All prisoners over sixty were screened for "
        "dementia on admission, care workers had been employed in prisons to help older prisoners with "
        "bathing and meals, and welfare specialists arranged housing and social services before "
        "release.",
    ),
    (
        "p",
        33,
        "The expert from Germany described a prison unit reserved for men aged over sixty-two, with "
        "cells adapted for people with limited mobility, a slower daily routine and activities suited "
        "to older people. He also described arrangements for palliative care in prison and for the "
        "release on compassionate grounds of prisoners who were terminally ill.",
    ),
    (
        "p",
        34,
        "The expert from Poland reported that the number of prisoners in Poland aged over sixty had "
        "doubled in ten years, and that the Prison Service had opened a geriatric ward in the prison "
        "hospital in Wrocław and adapted cells for wheelchair users in several prisons.",
    ),
    (
        "p",
        35,
        "Participants agreed that older prisoners often fell between health services and social "
        "services, and that planning for their release should begin early. Several participants called "
        "for clear criteria for the early release of prisoners who were terminally ill or living with "
        "advanced dementia.",
    ),
    ("h1", "III. Conclusions and recommendations"),
    ("p", 36, "On the basis of its deliberations, the meeting recommended that Member States:"),
    (
        "sub",
        "a",
        "Ensure that health care in prisons is of the same standard as that available in the "
        "community, and consider placing prison health services under the authority of the ministry "
        "of health;",
    ),
    (
        "sub",
        "b",
        "Ensure that opioid agonist therapy and needle and syringe programmes are available in prisons "
        "wherever they are available in the community, and that treatment continues without "
        "interruption on admission, transfer and release;",
    ),
    (
        "sub",
        "c",
        "Provide naloxone and overdose-response training to prisoners with a history of opioid use "
        "before their release;",
    ),
    (
        "sub",
        "d",
        "Screen all prisoners for tuberculosis on admission and periodically thereafter, including by "
        "chest X-ray, offer HIV testing at the same time, include prison staff in screening programmes "
        "and link prisoners on treatment to community services on release;",
    ),
    (
        "sub",
        "e",
        "Distinguish medical isolation from disciplinary solitary confinement, and prohibit solitary "
        "confinement for people with serious mental illness;",
    ),
    (
        "sub",
        "f",
        "Screen all newly admitted prisoners for suicide risk and ensure access to specialized "
        "psychiatric care, including through outreach by community services;",
    ),
    (
        "sub",
        "g",
        "Apply the Bangkok Rules, including gender-specific health screening, access to female "
        "health-care staff and free sanitary products, and give preference to non-custodial measures "
        "for pregnant women and mothers of young children;",
    ),
    (
        "sub",
        "h",
        "Adapt prison facilities and care to the needs of older prisoners, including dementia "
        "screening, palliative care and clear procedures for release on compassionate grounds;",
    ),
    (
        "sub",
        "i",
        "Support the mental health of prison staff, including through confidential psychological "
        "support.",
    ),
    ("p", 37, "The meeting recommended that UNODC, in cooperation with WHO:"),
    (
        "sub",
        "a",
        "Publish the handbook on the health of women in prison and support its application;",
    ),
    ("sub", "b", "Develop guidance on the health care of older prisoners;"),
    (
        "sub",
        "c",
        "Support Member States in collecting data on health in prisons, including on deaths in custody "
        "and in the weeks following release.",
    ),
    ("h1", "IV. Adoption of the report and closure of the meeting"),
    (
        "p",
        38,
        "In her concluding remarks, the Chair observed that what happened to health in prison did not "
        "stay in prison: prisoners brought their illnesses with them when they entered and took them "
        "home when they left. Health care in prison was therefore not a privilege for offenders but an "
        "investment in the health of the whole population.",
    ),
    (
        "p",
        39,
        "Several participants proposed that a follow-up meeting be convened after the Fifteenth "
        "Congress to review progress in the implementation of the present recommendations. The meeting "
        "requested the Secretariat to explore that possibility, subject to the availability of "
        "extrabudgetary resources.",
    ),
    (
        "p",
        40,
        "At its 6th meeting, on 11 June 2025, the meeting adopted its report, as orally amended, as "
        "introduced by the Rapporteur, Anaïs Dufresne-Lévêque. The Chair thanked the Government of "
        "Poland and the Jagiellonian University for their hospitality and declared the meeting "
        "closed.",
    ),
]

NOTE = (
    "1",
    "Estimate presented by the WHO Regional Office for Europe. Participants noted that the ratio "
    "varied considerably between countries and that figures were not available for many "
    "countries.",
)

FIXED_TIME = _dt.datetime(2025, 6, 24, 9, 0, 0)
FIXED_ZIP_TIME = (2025, 6, 24, 9, 0, 0)


def _add_runs(par, text: str) -> None:
    """Add text to a paragraph, rendering "^1" as a superscript note marker."""
    parts = text.split("^1")
    for i, part in enumerate(parts):
        if part:
            par.add_run(part)
        if i < len(parts) - 1:
            sup = par.add_run("1")
            sup.font.superscript = True


def build() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hdr = sec.header.paragraphs[0]
    hdr.text = SYMBOL
    hdr.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ftr = sec.footer.paragraphs[0]
    ftr.text = "V.25-09133"
    ftr.alignment = WD_ALIGN_PARAGRAPH.LEFT

    # Front matter.
    p = doc.add_paragraph()
    r = p.add_run(DISCLAIMER)
    r.bold = True
    doc.add_paragraph("United Nations")
    p = doc.add_paragraph(SYMBOL)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in ("Distr.: General", ISSUE_DATE, "Original: English"):
        doc.add_paragraph(line)
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)

    for item in BODY:
        kind = item[0]
        if kind == "h1":
            doc.add_heading(item[1], level=1)
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            par = doc.add_paragraph()
            par.paragraph_format.left_indent = Cm(1.0)
            par.paragraph_format.first_line_indent = Cm(-1.0)
            _add_runs(par, f"{item[1]}.\t{item[2]}")
        elif kind == "sub":
            par = doc.add_paragraph()
            par.paragraph_format.left_indent = Cm(2.0)
            par.paragraph_format.first_line_indent = Cm(-1.0)
            _add_runs(par, f"({item[1]})\t{item[2]}")
        elif kind == "line":
            par = doc.add_paragraph(item[1])
            par.paragraph_format.left_indent = Cm(2.0)
        elif kind == "caption":
            par = doc.add_paragraph()
            r = par.add_run(item[1])
            r.bold = True
        elif kind == "table":
            rows = item[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = val
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    if j > 0:
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:  # pragma: no cover
            raise ValueError(kind)

    # Footnote-like note at the end of the body.
    doc.add_paragraph("__________________")
    par = doc.add_paragraph()
    sup = par.add_run(NOTE[0])
    sup.font.superscript = True
    par.add_run(" " + NOTE[1])
    for run in par.runs:
        run.font.size = Pt(8)

    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "congress-qa evaluation (synthetic)"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_modified_by = "congress-qa evaluation (synthetic)"
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    return deterministic_zip(buf.getvalue(), FIXED_ZIP_TIME)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
