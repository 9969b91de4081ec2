"""Synthetic UN reports in the layouts real ones use, written with real libraries:

- a text export with one line per paragraph and no blank lines (also as HTML and Markdown);
- a Word report with its masthead and contents page in tables, paragraphs numbered by Word,
  officers on lines of their own and the agenda as lines inside a paragraph, annex tables;
- a PDF report whose masthead puts "United Nations" beside the symbol, with an agenda given
  inline as "(1) …; (2) …" that line breaks cut at its markers.

Each builder returns the file and the words it holds (for the "no text lost" checks)."""

from __future__ import annotations

import html
import re
import textwrap
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from fpdf import FPDF

LABEL = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa tests; not a United Nations document."
)

# ---------------------------------------------------------------- the export (txt, html, md)
PACIFIC_SYMBOL = "A/CONF.777/WS.1/1"
PACIFIC_FRONT = [
    LABEL,
    "United Nations",
    PACIFIC_SYMBOL,
    "General Assembly",
    "Distr.: General",
    "2 June 2025",
    "Original: English",
    "Pacific Subregional Workshop in preparation for the Fifteenth United Nations Congress on "
    "Crime Prevention and Criminal Justice",
    "Report of the Pacific Subregional Workshop on Maritime Security on its first meeting",
    "Suva, 28–30 May 2025",
]
OFFICERS = [
    "Chair: Losaline Tōnga (Tonga)",
    "Vice-Chair: Émile Dupré (New Caledonia)",
    "Rapporteur: Siosaia Fīfita (Tonga)",
]
AGENDA = [
    "Opening of the workshop.",
    "Election of officers.",
    "Adoption of the agenda.",
    "Illegal, unreported and unregulated fishing and maritime crime.",
    "Adoption of the report.",
]
DOCUMENTS = [
    ("Symbol", "Title"),
    ("A/CONF.777/WS.1/L.1", "Provisional agenda"),
    ("A/CONF.777/WS.1/INF/1", "List of participants"),
]
# (kind, number, text): the body in order.
PACIFIC_BODY: list[tuple[str, str, str]] = [
    ("heading", "", "I. Organization of the workshop"),
    ("heading", "", "A. Opening and attendance"),
    (
        "para",
        "1",
        "The Pacific Subregional Workshop on Maritime Security was held in Suva from 28 to 30 "
        "May 2025. It was attended by representatives of twelve States and territories, "
        "including Tuvalu, Nauru and Wallis-et-Futuna, and by one hundred and twenty observers.",
    ),
    ("para", "2", "The workshop elected the following officers by acclamation:"),
    *(("line", "", officer) for officer in OFFICERS),
    ("para", "3", "The workshop adopted the following agenda:"),
    *(("agenda", str(i), item) for i, item in enumerate(AGENDA, 1)),
    (
        "para",
        "4",
        "Speakers identified the following priorities for patrolling the ocean: (1) "
        "patrolling exclusive economic zones with vessels shared among States; (2) exchanging "
        "vessel monitoring data in real time; and (3) prosecuting illegal fishing as organized "
        "crime when it is committed by criminal groups.",
    ),
    ("heading", "", "II. Recommendations"),
    ("para", "5", "The workshop recommended that:"),
    ("item", "a", "States share vessel monitoring data with their neighbours; and"),
    ("item", "b", "States ratify the Agreement on Port State Measures."),
    (
        "para",
        "6",
        "The report was adopted on thirty May, two thousand and twenty-five, as orally amended "
        "by the Chair, Ms. Tōnga, and by the Vice-Chair, Mr. Dupré, who thanked Fiji.",
    ),
    ("heading", "", "Annex"),
    ("heading", "", "Documents before the workshop"),
    ("table", "", "\n".join(" | ".join(row) for row in DOCUMENTS)),
]
PACIFIC_IDS = ["front", "1", "2", "3", "4", "5", "5(a)", "5(b)", "6", "annex.1"]


def _marker(kind: str, number: str) -> str:
    return {"para": f"{number}. ", "agenda": f"{number}. ", "item": f"({number}) "}.get(kind, "")


def pacific_text(newline: str = "\n", blank_lines: bool = False) -> str:
    """Word's "Save as text": one line per paragraph, no blank lines (or, to compare, the
    same with a blank line after each paragraph; a table's rows stay together)."""
    lines = list(PACIFIC_FRONT)
    for kind, number, text in PACIFIC_BODY:
        lines.append(f"{_marker(kind, number)}{text}")
    separator = newline * 2 if blank_lines else newline
    return separator.join(line.replace("\n", newline) for line in lines) + newline


def make_pacific_html(path: Path, contents: bool = False) -> Path:
    """Masthead in a table, officers after <br>, the agenda as an <ol> the browser numbers;
    with ``contents``, a web page's table of contents (links to its own headings, the annex
    among them) between the masthead and the body."""
    e = html.escape
    parts = [
        f"<p><small>{e(LABEL)}</small></p>",
        "<table><tr><td>United Nations</td><td>" + e(PACIFIC_SYMBOL) + "</td></tr>",
        "<tr><td>General Assembly</td><td>Distr.: General<br>2 June 2025<br>"
        "Original: English</td></tr></table>",
        *(f"<p>{e(line)}</p>" for line in PACIFIC_FRONT[7:]),
    ]
    if contents:
        headings = [t for kind, _, t in PACIFIC_BODY if kind == "heading"]
        links = "".join(f'<li><a href="#h{i}">{e(t)}</a></li>' for i, t in enumerate(headings))
        parts.append(f"<ul>{links}<li><a href='#annex'>Annex. Documents</a></li></ul>")
    body = iter(PACIFIC_BODY)
    for kind, number, text in body:
        if kind == "heading":
            parts.append(f"<h2>{e(text)}</h2>")
        elif kind == "para" and number == "2":
            parts.append(f"<p>{number}. {e(text)}<br>" + "<br>".join(map(e, OFFICERS)) + "</p>")
        elif kind == "para":
            # Emphasis inside a paragraph is markup, not words.
            shown = f"<b>{e(text)}</b>" if number == "5" else e(text)
            parts.append(f"<p>{number}. {shown}</p>")
            if number == "3":
                parts.append("<ol>" + "".join(f"<li>{e(a)}</li>" for a in AGENDA) + "</ol>")
        elif kind == "item":
            parts.append(f"<p>({number}) {e(text)}</p>")
        elif kind == "table":
            rows = "".join(
                f"<tr>{''.join(f'<td>{e(c)}</td>' for c in row)}</tr>" for row in DOCUMENTS
            )
            parts.append(f"<table>{rows}</table>")
    path.write_text(
        "<!doctype html><html><head><title>Report</title></head><body><nav>Home</nav>"
        f"<main>{''.join(parts)}</main><script>var x = 'not text';</script></body></html>",
        encoding="utf-8",
    )
    return path


def make_pacific_markdown(path: Path) -> Path:
    out = [*PACIFIC_FRONT]
    for kind, number, text in PACIFIC_BODY:
        if kind == "heading":
            out.append(f"## {text}")
        elif kind == "line":
            out.append(f"- {text}")
        elif kind == "table":
            rows = [f"| {' | '.join(row)} |" for row in DOCUMENTS]
            out.append("\n".join([rows[0], "| --- | --- |", *rows[1:]]))
        elif kind == "agenda":
            out.append(f"{number}. {text}")
        else:
            out.append(f"{_marker(kind, number)}{text}")
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return path


def pacific_words_text() -> str:
    """Every word the export holds, whatever the format."""
    return pacific_text()


# ---------------------------------------------------------------- the Word report
WORD_SYMBOL = "A/CONF.888/RPM.2/1"
WORD_CONTENTS = [
    ("", "", "Paragraphs", "Page"),
    ("I.", "Organization of the meeting", "1–4", "2"),
    ("II.", "Recommendations", "5–6", "3"),
    ("Annexes", "", "", "4"),
]
WORD_OFFICERS = [
    ("Chair:", "Layla Haddad (Lebanon)"),
    ("Vice-Chairs:", "Ömer Çelik (Türkiye), Noor Al-Amin (Jordan)"),
    ("Rapporteur:", "Yusuf Rahimi (Iraq)"),
]
WORD_AGENDA = [
    "Opening of the meeting.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "Trafficking in cultural property.",
    "Adoption of the report of the Meeting.",
]
WORD_ANNEX_I = [
    ("Symbol", "Title"),
    ("A/CONF.888/RPM.2/L.1", "Provisional agenda and annotations"),
    ("A/CONF.888/PM.1", "Discussion guide"),
]
WORD_ANNEX_II = [
    [("Speaker", "Delegation"), ("Layla Haddad", "Lebanon")],
    [("Item", "Hours"), ("4", "6")],
]
WORD_IDS = [
    "front", "1", "2", "3", "4", "5", "5(a)", "5(b)", "5(c)", "6",
    "annex-I.1", "annex-II.1", "annex-II.2",
]  # fmt: skip
WORD_TITLE = "Report of the Western Asia Regional Preparatory Meeting"


def _list_definition(document: Document) -> str:
    """A list numbered by Word: "1." at level 0 and "(a)" at level 1; returns its numId."""
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate([("decimal", "%1."), ("lowerLetter", "(%2)")])
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">{levels}</w:abstractNum>'
    )
    numbering.find(qn("w:num")).addprevious(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
    )
    return "77"


def _numbered(paragraph, num_id: str, level: int) -> None:  # noqa: ANN001
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = int(num_id)


def _table(document: Document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def make_word_report(path: Path) -> tuple[Path, str]:
    """Returns the file and its words, less those of its contents page (page furniture)."""
    document = Document()
    words: list[str] = []

    def para(text: str, style: str | None = None, num: tuple[str, int] | None = None):  # noqa: ANN202
        p = document.add_paragraph(text, style=style)
        if num:
            _numbered(p, *num)
        words.append(text)
        return p

    label = para(LABEL)
    label.runs[0].font.size = Pt(7)
    masthead = document.add_table(rows=2, cols=2)
    masthead.cell(0, 0).text = "United Nations"
    masthead.cell(0, 1).text = WORD_SYMBOL
    masthead.cell(1, 0).text = "General Assembly"
    cell = masthead.cell(1, 1)
    cell.text = "Distr.: Limited"
    cell.add_paragraph("3 April 2025")
    cell.add_paragraph("Original: English")
    words += ["United Nations", WORD_SYMBOL, "General Assembly", "Distr.: Limited 3 April 2025"]
    words.append("Original: English")
    para(
        "Western Asia Regional Preparatory Meeting for the Fifteenth United Nations Congress on "
        "Crime Prevention and Criminal Justice"
    )
    para("Beirut, 1–3 April 2025")
    para(WORD_TITLE)
    document.add_paragraph("Contents")
    _table(document, WORD_CONTENTS)

    num = _list_definition(document)
    document.add_heading("I. Organization of the meeting", level=1)
    words.append("I. Organization of the meeting")
    para(
        "The Western Asia Regional Preparatory Meeting was held in Beirut from 1 to 3 April "
        "2025, at the invitation of the Government of Lebanon.",
        num=(num, 0),
    )
    para("The Meeting elected the following officers by acclamation:", num=(num, 0))
    for role, name in WORD_OFFICERS:
        para(f"{role}\t{name}")
    agenda = para("The Meeting adopted the following agenda:", num=(num, 0))
    for i, item in enumerate(WORD_AGENDA, 1):
        run = agenda.add_run()
        run.add_break()
        run.add_text(f"{i}.")
        run.add_tab()
        run.add_text(item)
        words.append(f"{i} {item}")
    para("The Meeting had before it the documents listed in annex I.", num=(num, 0))
    document.add_heading("II. Recommendations", level=1)
    words.append("II. Recommendations")
    para("The Meeting recommended that Member States:", num=(num, 0))
    para("Register cultural objects held by museums and private collectors;", num=(num, 1))
    para("Train customs officers to recognize looted antiquities;", num=(num, 1))
    para("Cooperate in returning trafficked objects to their countries of origin.", num=(num, 1))
    para("The Meeting adopted the present report on 3 April 2025.", num=(num, 0))
    for title, subtitle, tables in [
        ("Annex I", "Documents before the Meeting", [WORD_ANNEX_I]),
        ("Annex II", "Statements and programme", WORD_ANNEX_II),
    ]:
        document.add_heading(title, level=1)
        document.add_heading(subtitle, level=2)
        words += [title, subtitle]
        for rows in tables:
            _table(document, rows)
            words += [" ".join(row) for row in rows]
    document.save(path)
    # The automatic numbers: six paragraphs and three sub-items.
    words += [str(n) for n in range(1, 7)] + ["a", "b", "c"]
    return path, "\n".join(words)


# ---------------------------------------------------------------- the PDF report
PDF_SYMBOL = "A/CONF.666/EG.4/1"
PDF_TITLE = "Report of the expert group meeting on maritime crime and the use of satellite data"
PDF_AGENDA = (
    "The meeting adopted the following agenda: (1) opening of the meeting; (2) election of "
    "officers; (3) adoption of the agenda; (4) illegal fishing and the use of satellite data by "
    "coastguards; (5) piracy and armed robbery at sea; (6) adoption of the report. The meeting "
    "agreed to work in plenary."
)
PDF_PARAGRAPHS = [
    (
        "I. Introduction",
        [
            "The expert group meeting on maritime crime and the use of satellite data was held "
            "in Manila from 5 to 7 May 2025. Thirty experts from eighteen Member States took "
            "part in their personal capacity.",
            "At its first session, the meeting elected the following officers by acclamation: "
            "Chair: Maria Santos (Philippines); Vice-Chair: Kofi Mensah (Ghana); Rapporteur: "
            "Søren Løkke (Denmark).",
            PDF_AGENDA,
        ],
    ),
    (
        "II. Summary of deliberations",
        [
            "Experts described how satellite imagery allowed coastguards to (a) map fishing "
            "vessels that switch off their transponders and (b) direct patrols to the areas "
            "where illegal fishing is most likely.",
            *(
                f"Experts from region {n} shared their experience with vessel monitoring, "
                "port inspections and the prosecution of crews and owners, and stressed the "
                "need for training and for regional cooperation among coastguards."
                for n in ("one", "two", "three", "four", "five", "six", "seven", "eight")
            ),
            "The meeting adopted the present report at its closing session, on 7 May 2025.",
        ],
    ),
]
PDF_ANNEX = [
    ("Symbol", "Title"),
    ("A/CONF.666/EG.4/L.1", "Provisional agenda"),
    ("A/CONF.666/EG.4/CRP.1", "Satellite data for coastguards: a background paper"),
]
PDF_IDS = ["front", *map(str, range(1, 14)), "annex.1"]


class _ReportPdf(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("DejaVu", "B", 9)
            self.cell(0, 5, PDF_SYMBOL, align="R")
            self.ln(10)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", size=9)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")


def _fonts(pdf: FPDF) -> None:
    import matplotlib

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))


def _wrap(text: str, width: int = 88) -> list[str]:
    """Wraps as a typesetter would, but breaks before "(3)" and "(5)" so that a line starts
    with a marker of the inline enumeration, as in real reports."""
    lines: list[str] = []
    for piece in re.split(r" (?=\((?:[35]|b)\))", text):
        lines += textwrap.wrap(piece, width, break_on_hyphens=False)
    return lines


def make_pdf_report(path: Path) -> tuple[Path, str]:
    """Returns the file and its words, less its page furniture (running header, numbers)."""
    pdf = _ReportPdf(format="A4")
    _fonts(pdf)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=25)
    pdf.add_page()
    words = [LABEL, "United Nations", PDF_SYMBOL, "General Assembly", "Distr.: General"]
    pdf.set_font("DejaVu", size=6.5)
    pdf.cell(0, 4, LABEL)
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(95, 8, "United Nations")
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, PDF_SYMBOL, align="R")
    pdf.ln(12)
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(130, 9, "General Assembly")
    pdf.set_font("DejaVu", size=10)
    pdf.cell(0, 9, "Distr.: General")
    pdf.ln(5)
    for line in ["12 May 2025", "", "Original: English"]:
        pdf.cell(130, 5, "")
        pdf.cell(0, 5, line)
        pdf.ln(5)
        words.append(line)
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(150, 7, PDF_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", size=10)
    pdf.cell(0, 6, "Manila, 5–7 May 2025")
    pdf.ln(14)
    words += [PDF_TITLE, "Manila, 5–7 May 2025"]
    number = 0
    for heading, paragraphs in PDF_PARAGRAPHS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, heading)
        pdf.ln(10)
        words.append(heading)
        pdf.set_font("DejaVu", size=10)
        for text in paragraphs:
            number += 1
            words.append(f"{number}. {text}")
            for i, line in enumerate(_wrap(text)):
                pdf.set_x(pdf.l_margin)
                pdf.cell(10, 5, f"{number}." if i == 0 else "")
                pdf.cell(0, 5, line)
                pdf.ln(5)
            pdf.ln(4)
    pdf.set_font("DejaVu", "B", 11)
    for heading in ["Annex", "Documents before the meeting"]:
        pdf.cell(0, 7, heading)
        pdf.ln(9)
        words.append(heading)
    pdf.set_font("DejaVu", size=10)
    with pdf.table(col_widths=(50, 110), text_align="LEFT") as table:
        for row in PDF_ANNEX:
            cells = table.row()
            for text in row:
                cells.cell(text)
            words.append(" ".join(row))
    pdf.output(str(path))
    return path, "\n".join(words)


# ---------------------------------------------------------------- a Word draft with notes
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DRAFT_FOOTNOTE = "See A/CONF.234/16, chap. I, resolution 1."
DRAFT_DELETED = "The Meeting also discussed the budget of the Congress."
DRAFT_COMMENT = "Check this figure with the Secretariat."


def make_word_draft(path: Path) -> Path:
    """A secretariat draft as Word keeps it: a footnote (in its own part of the package, marked
    in paragraph 2), tracked changes (an inserted phrase, a deleted sentence) and a reviewer's
    comment (in its own part)."""
    from docx import Document
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from lxml import etree

    document = Document()
    document.add_paragraph("Report of the synthetic Baltic expert meeting")
    document.add_paragraph("Riga, 2–3 June 2025")
    document.add_paragraph("1. The meeting was opened by the Chair.")
    second = document.add_paragraph("2. Participants recalled the Kyoto Declaration")
    ns = f'xmlns:w="{_W}"'
    second._p.append(parse_xml(f'<w:r {ns}><w:footnoteReference w:id="1"/></w:r>'))
    second._p.append(
        parse_xml(f"<w:r {ns}><w:t xml:space='preserve'> and its follow-up.</w:t></w:r>")
    )
    third = document.add_paragraph("3. Speakers called for ")
    third._p.append(
        parse_xml(
            f'<w:ins {ns} w:id="7" w:author="Editor" w:date="2025-06-04T10:00:00Z">'
            "<w:r><w:t xml:space='preserve'>joint financial investigations and </w:t></w:r></w:ins>"
        )
    )
    third._p.append(parse_xml(f"<w:r {ns}><w:t xml:space='preserve'>asset recovery. </w:t></w:r>"))
    third._p.append(
        parse_xml(
            f'<w:del {ns} w:id="8" w:author="Editor" w:date="2025-06-04T10:00:00Z">'
            f"<w:r><w:delText>{DRAFT_DELETED}</w:delText></w:r></w:del>"
        )
    )
    third._p.append(parse_xml(f'<w:r {ns}><w:commentReference w:id="0"/></w:r>'))
    footnotes = parse_xml(
        f"<w:footnotes {ns}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
        f"{DRAFT_FOOTNOTE}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    comments = parse_xml(
        f'<w:comments {ns}><w:comment w:id="0" w:author="Reviewer"><w:p><w:r>'
        f"<w:t>{DRAFT_COMMENT}</w:t></w:r></w:p></w:comment></w:comments>"
    )
    package = document.part.package
    for name, content_type, reltype, xml in (
        ("footnotes", CONTENT_TYPE.WML_FOOTNOTES, RELATIONSHIP_TYPE.FOOTNOTES, footnotes),
        ("comments", CONTENT_TYPE.WML_COMMENTS, RELATIONSHIP_TYPE.COMMENTS, comments),
    ):
        blob = etree.tostring(xml, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI(f"/word/{name}.xml"), content_type, blob, package)
        document.part.relate_to(part, reltype)
    document.save(path)
    return path
