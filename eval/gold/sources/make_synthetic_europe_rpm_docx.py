"""Generate eval/gold/docs/synthetic-europe-rpm-docx.docx.

A SYNTHETIC United Nations report (clearly labelled as such in its first paragraph), laid out the
way UN Word reports are: masthead in a table, contents table, Word heading paragraphs, body
paragraphs numbered automatically by Word (w:numPr -> numbering.xml, decimal "%1." at level 0,
lowerLetter "(%2)" at level 1), un-numbered officer lines, agenda lines with typed numbers, and an
annex with a table of documents.

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_europe_rpm_docx.py
"""

from __future__ import annotations

from pathlib import Path

from _un_docx import (
    add_numbering_definition,
    base_styles,
    core_properties,
    mark_header_row,
    masthead,
    save_docx,
    set_cell_borders,
    set_num,
    symbol_header_page_footer,
)
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-europe-rpm-docx.docx"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "A/CONF.999/RPM.5/1"
ISSUE_DATE = "14 March 2025"
MEETING_LINE = (
    "Regional preparatory meeting for the Fifteenth United Nations Congress on "
    "Crime Prevention and Criminal Justice: Europe"
)
TITLE = (
    "Report of the European Regional Preparatory Meeting for the Fifteenth United Nations "
    "Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Ljubljana, 10–12 March 2025"

CONTENTS = [
    ("Chapter", "", "Page"),
    ("I.", "Recommendations", "3"),
    ("II.", "Organization of the meeting", "4"),
    ("III.", "Summary of deliberations", "6"),
    ("IV.", "Adoption of the report", "8"),
    ("Annex", "List of documents before the meeting", "9"),
]

# Body, in document order.
#   ("h1", text) / ("h2", text)             heading paragraphs (not units)
#   ("p", text)                             auto-numbered paragraph (level 0)
#   ("p", text, {"items": [...]})           + auto-lettered sub-items (level 1)
#   ("p", text, {"lines": [...]})           + un-numbered lines belonging to the paragraph
BODY = [
    ("h1", "I.\tRecommendations"),
    (
        "p",
        "The European Regional Preparatory Meeting for the Fifteenth United Nations Congress "
        "on Crime Prevention and Criminal Justice identified the recommendations set out below, "
        "which were not negotiated by the participants, for consideration by the Congress.",
    ),
    ("h2", "A.\tAgenda item 4: advancing evidence-based crime prevention strategies"),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                "Give priority to the prevention of intimate partner violence in national crime "
                "prevention strategies and fund specialized support services for victims of domestic "
                "violence in rural as well as urban areas;",
                "Extend the use of electronic monitoring devices that alert victims of domestic violence "
                "when a perpetrator who is subject to a protection order approaches them;",
                "Train police officers to recognize and record the bias motivation of hate crimes, and "
                "ensure that hate crimes committed online are investigated with the same diligence as "
                "those committed offline;",
                "Involve municipalities, schools and sports clubs in the prevention of youth violence, "
                "including violence linked to the carrying of knives.",
            ]
        },
    ),
    (
        "p",
        "The Meeting further recommended that Member States conduct national victimization "
        "surveys at least every five years and collect crime data disaggregated by sex and age, "
        "given that, according to several speakers, fewer than one in three victims of crime in "
        "the region report the offence to the police.",
    ),
    (
        "h2",
        "B.\tAgenda item 5: promoting effective, fair, humane and accountable criminal "
        "justice systems",
    ),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                "Guarantee access to legal aid from the first police interview, including for foreign "
                "nationals and for persons who cannot afford a lawyer;",
                "Provide qualified interpreters throughout criminal proceedings and ensure that essential "
                "documents are translated into a language that the suspect or accused person understands;",
                "Expand restorative justice programmes, including victim-offender mediation, for both "
                "juvenile and adult offenders, on the basis of the free and informed consent of victims;",
                "Establish State compensation schemes for victims of violent crime that pay an advance "
                "within three months of the application.",
            ]
        },
    ),
    ("h2", "C.\tAgenda item 6: strengthening international cooperation and technical assistance"),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                "Make greater use of joint investigation teams in cases of organized crime, trafficking "
                "in persons and migrant smuggling;",
                "Consider ratifying the United Nations Convention against Cybercrime, adopted by the "
                "General Assembly in December 2024, in order to facilitate the timely exchange of "
                "electronic evidence;",
                "Post liaison magistrates in countries of origin and transit of illicit drugs, including "
                "in West Africa;",
                "Cooperate in registering unaccompanied and separated children who cross borders, in "
                "order to protect them from traffickers.",
            ]
        },
    ),
    ("h2", "D.\tAgenda item 7: emerging forms of crime and new threats"),
    (
        "p",
        "The Meeting recommended that Member States strengthen the protection of hospitals and "
        "other critical infrastructure against ransomware attacks, establish national reporting "
        "obligations for such attacks and discourage the payment of ransoms.",
    ),
    (
        "p",
        "The Meeting also recommended that Member States strengthen controls on the trade in "
        "cultural property, including on online marketplaces, and require dealers to keep "
        "records of the provenance of objects for not less than ten years.",
    ),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tDuration of the meeting"),
    (
        "p",
        "The European Regional Preparatory Meeting for the Fifteenth United Nations Congress "
        "on Crime Prevention and Criminal Justice was held in Ljubljana from 10 to 12 March "
        "2025, at the invitation of the Government of Slovenia. The Meeting held six plenary "
        "meetings.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The Meeting was attended by representatives of forty-one States of the European "
        "region, including Albania, Austria, Croatia, Czechia, Estonia, France, Germany, "
        "Ireland, Italy, Lithuania, Montenegro, the Netherlands, Norway, Poland, Portugal, "
        "Romania, Slovenia, Spain, Sweden, Türkiye and Ukraine.",
    ),
    ("p", "Observers for Côte d'Ivoire and Curaçao also attended the Meeting."),
    (
        "p",
        "The United Nations Office on Drugs and Crime, the European Institute for Crime "
        "Prevention and Control, affiliated with the United Nations (HEUNI), and the United "
        "Nations Interregional Crime and Justice Research Institute were represented. The "
        "Council of Europe, the European Union Agency for Criminal Justice Cooperation "
        "(Eurojust), the European Union Agency for Law Enforcement Cooperation (Europol) and "
        "the Organization for Security and Co-operation in Europe (OSCE) were represented by "
        "observers, as were a number of non-governmental organizations. In all, some three "
        "hundred participants attended the Meeting.",
    ),
    ("h2", "C.\tOpening of the meeting"),
    (
        "p",
        "The Meeting was opened on 10 March 2025 by the Director of the Division for Treaty "
        "Affairs of the United Nations Office on Drugs and Crime, who recalled that the "
        "regional preparatory meetings were to examine the substantive items and workshop "
        "topics of the Fifteenth Congress and to formulate action-oriented recommendations.",
    ),
    (
        "p",
        "The State Secretary of the Ministry of Justice of Slovenia welcomed the participants "
        "and underlined the commitment of the host Government to victim-centred justice.",
    ),
    ("h2", "D.\tElection of officers"),
    (
        "p",
        "At its 1st meeting, on 10 March 2025, the Meeting elected the following officers by "
        "acclamation:",
        {
            "lines": [
                "Chair: Mojca Žagar (Slovenia)",
                "Vice-Chairs: João Gonçalves (Portugal), Anaïs Lefèvre (France), "
                "Zoë Kovačević (Montenegro)",
                "Rapporteur: Sigrid Ødegård (Norway)",
            ]
        },
    ),
    ("h2", "E.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its 1st meeting, the Meeting adopted the following agenda:",
        {
            "lines": [
                "1. Opening of the meeting.",
                "2. Election of officers.",
                "3. Adoption of the agenda and organization of work.",
                "4. Advancing evidence-based crime prevention strategies.",
                "5. Promoting effective, fair, humane and accountable criminal justice systems.",
                "6. Strengthening international cooperation and technical assistance.",
                "7. Emerging forms of crime and new threats.",
                "8. Adoption of the report of the Meeting.",
            ]
        },
    ),
    ("h2", "F.\tDocumentation"),
    (
        "p",
        "The Meeting had before it the documents listed in the annex to the present report, "
        "including the discussion guide for the Fifteenth Congress (A/CONF.999/PM.1).",
    ),
    ("h1", "III.\tSummary of deliberations"),
    ("h2", "A.\tAgenda item 4: advancing evidence-based crime prevention strategies"),
    (
        "p",
        "Statements were made by the representatives of Austria, Czechia, Estonia, Spain, "
        "Sweden, Türkiye and Ukraine. Statements were also made by the observers for Curaçao "
        "and the Council of Europe.",
    ),
    (
        "p",
        "The representative of Spain described a system of electronic bracelets for "
        "perpetrators of gender-based violence, linked to a device carried by the victim, and "
        "reported that about one in four protection orders in cases of intimate partner "
        "violence were now monitored in that way.",
    ),
    (
        "p",
        "The representative of Sweden reported that forty per cent of the hate crimes recorded "
        "by the police in 2024 had been committed online, mostly on social media platforms, and "
        "called for closer cooperation with service providers to preserve evidence.",
    ),
    (
        "p",
        "The representative of Türkiye presented a network of family support centres that "
        "offered counselling to families in which children were at risk of recruitment by "
        "criminal groups.",
    ),
    (
        "p",
        "The observer for Curaçao drew attention to the vulnerability of small island "
        "jurisdictions to the laundering of criminal proceeds through online gambling and real "
        "estate, and asked for technical assistance in the supervision of casinos and online "
        "gaming operators.",
    ),
    (
        "p",
        "The observer for the Council of Europe referred to the standards of that organization "
        "on combating hate speech and offered to share training materials for police and "
        "prosecutors.",
    ),
    (
        "p",
        "Many speakers noted that criminal proceedings in cases of domestic violence often "
        "lasted eighteen months or longer, during which victims remained exposed to "
        "intimidation, and called for fast-track procedures and for the immediate removal of the "
        "perpetrator from the shared home.",
    ),
    (
        "h2",
        "B.\tAgenda item 5: promoting effective, fair, humane and accountable criminal "
        "justice systems",
    ),
    (
        "p",
        "Statements were made by the representatives of Germany, Italy, Lithuania, Poland and "
        "Portugal. A statement was also made by the observer for the European Institute for "
        "Crime Prevention and Control, affiliated with the United Nations (HEUNI).",
    ),
    (
        "p",
        "The representative of Portugal presented the results of a restorative justice "
        "programme for young offenders and reported that seven in ten participants who had "
        "completed victim-offender mediation had not reoffended within two years.",
    ),
    (
        "p",
        "The representative of Germany described the use of remote interpretation by video "
        "link in criminal proceedings, which had reduced delays in cases involving rare "
        "languages, but cautioned that it should not replace interpreters present in the "
        "courtroom during trials.",
    ),
    (
        "p",
        "The representative of Lithuania described an electronic case management system shared "
        "by the police, prosecution services and courts, which allowed lawyers providing legal "
        "aid to consult case files online.",
    ),
    (
        "p",
        "The observer for HEUNI presented a study of victims' rights in the region, which had "
        "found that only a third of victims of crime had received written information on their "
        "rights, including on compensation and on access to legal aid.",
    ),
    (
        "p",
        "Several speakers stressed that legal aid and restorative justice should also be "
        "available to victims, and that the budgets of legal aid systems had not kept pace with "
        "the growing number of cases.",
    ),
    ("h2", "C.\tAgenda item 6: strengthening international cooperation and technical assistance"),
    (
        "p",
        "Statements were made by the representatives of France, the Netherlands, Romania and "
        "Ukraine. Statements were also made by the observers for Côte d'Ivoire and Eurojust.",
    ),
    (
        "p",
        "The observer for Eurojust reported that the Agency had supported more than three "
        "hundred joint investigation teams in 2024 and noted that teams involving countries "
        "outside the European Union were increasingly common.",
    ),
    (
        "p",
        "The observer for Côte d'Ivoire described the use of West African ports for the "
        "transit of cocaine bound for Europe and called for the posting of liaison magistrates "
        "and for joint training of customs and port officials.",
    ),
    (
        "p",
        "The representative of Ukraine highlighted the risk of trafficking in persons faced by "
        "displaced women and children and described cooperation with neighbouring States in "
        "registering unaccompanied children who crossed the border.",
    ),
    (
        "p",
        "The representative of France drew attention to the trafficking in cultural property "
        "looted from archaeological sites in conflict zones and sold on online marketplaces, and "
        "described the work of a specialized police office dedicated to such offences.",
    ),
    ("h2", "D.\tAgenda item 7: emerging forms of crime and new threats"),
    (
        "p",
        "Statements were made by the representatives of Estonia, Ireland, the Netherlands and "
        "Slovenia. A statement was also made by the observer for the Organization for Security "
        "and Co-operation in Europe.",
    ),
    (
        "p",
        "The representative of Ireland recalled a ransomware attack against its public health "
        "service, which had disrupted hospital services for several weeks, and stressed the "
        "importance of not paying ransoms and of rapid information-sharing with international "
        "partners.",
    ),
    (
        "p",
        "The representative of the Netherlands reported on the growing production of synthetic "
        "drugs in the region and on the environmental damage caused by the dumping of chemical "
        "waste from clandestine laboratories.",
    ),
    (
        "p",
        "The representative of Estonia reported that losses from investment fraud using "
        "deepfake videos of public figures had doubled within twelve months, and described a "
        "public awareness campaign carried out with banks and telecommunications companies.",
    ),
    (
        "p",
        "The observer for the Organization for Security and Co-operation in Europe noted that "
        "the trafficking in cultural property was a source of financing for organized criminal "
        "groups and, in some cases, for terrorist groups.",
    ),
    ("h1", "IV.\tAdoption of the report"),
    (
        "p",
        "At its 6th meeting, on 12 March 2025, the Meeting adopted its report, as orally "
        "amended. The draft report was introduced by the Rapporteur, Sigrid Ødegård (Norway).",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents before the meeting"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("A/CONF.999/RPM.5/L.1", "Provisional agenda and annotations"),
    (
        "A/CONF.999/PM.1",
        "Discussion guide for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice",
    ),
    ("A/CONF.999/RPM.5/INF/1", "Information for participants"),
    ("A/CONF.999/RPM.5/INF/2", "List of participants"),
    (
        "A/CONF.999/RPM.5/CRP.1",
        "Note by the Secretariat on trafficking in cultural property in Europe",
    ),
]


def build() -> Document:
    doc = Document()

    # styles: Times New Roman 10 pt, UN-like "SingleTxtG" body style
    base_styles(doc)
    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        st.font.name = "Times New Roman"
        st.font.color.rgb = None
        st.font.size = Pt(14 if name == "Heading 1" else 12)
        st.paragraph_format.left_indent = Twips(1134)

    add_numbering_definition(doc, "5A1E0C15")

    # core properties (fixed: deterministic output)
    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=(2025, 3, 14, 9, 0, 0),
    )

    symbol_header_page_footer(doc, SYMBOL)

    # disclaimer
    doc.add_paragraph(DISCLAIMER)

    # masthead table
    masthead(doc, SYMBOL, "General Assembly", 20, ISSUE_DATE, "English")

    # meeting line, title, place and dates
    p = doc.add_paragraph()
    p.add_run(MEETING_LINE).bold = True
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)

    # contents table
    p = doc.add_paragraph()
    r = p.add_run("Contents")
    r.bold = True
    r.font.size = Pt(14)
    toc = doc.add_table(rows=len(CONTENTS), cols=3)
    set_cell_borders(toc, none=True)
    for i, row in enumerate(CONTENTS):
        for j, val in enumerate(row):
            cell = toc.cell(i, j)
            cell.paragraphs[0].add_run(val).italic = i == 0
            if j == 2:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # body
    for item in BODY:
        kind, text = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            para = doc.add_paragraph(text, style="SingleTxtG")
            set_num(para, 0)
            for sub in extra.get("items", []):
                sp = doc.add_paragraph(sub, style="SingleTxtG")
                set_num(sp, 1)
            for line in extra.get("lines", []):
                lp = doc.add_paragraph(line, style="SingleTxtG")
                lp.paragraph_format.left_indent = Twips(1701)
                lp.paragraph_format.space_after = Pt(0)
                lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        else:  # pragma: no cover
            raise ValueError(kind)

    # annex
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_HEADING, level=1)
    doc.add_heading(ANNEX_SUBTITLE, level=2)
    tbl = doc.add_table(rows=len(ANNEX_TABLE), cols=2)
    tbl.style = doc.styles["Table Grid"]
    for i, row in enumerate(ANNEX_TABLE):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.bold = i == 0
    mark_header_row(tbl.rows[0])
    return doc


def main() -> None:
    save_docx(build(), OUT, (2025, 3, 14, 9, 0, 0))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
