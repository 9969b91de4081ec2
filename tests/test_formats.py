"""Real DOCX, PDF, HTML and Markdown files, made by real libraries, give the seed's units."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _make_docs import make_docx, make_html, make_markdown, make_pdf
from _words import assert_every_word_once
from conftest import SEED, SEED_UNITS

from congress_qa import get_settings
from ingest import parse_file, parse_text, read_document

SEED_TEXT = SEED.read_text(encoding="utf-8")
REFERENCE = parse_text(SEED_TEXT, doc_id="seed")


@pytest.mark.parametrize(
    ("maker", "suffix"),
    [(make_docx, ".docx"), (make_pdf, ".pdf"), (make_html, ".html"), (make_markdown, ".md")],
)
def test_every_format_gives_the_same_units_text_and_sections(maker, suffix, tmp_path: Path) -> None:
    path = maker(SEED_TEXT, tmp_path / f"report{suffix}")
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == SEED_UNITS
    for got, want in zip(doc.units[1:], REFERENCE.units[1:], strict=True):
        assert got.text == want.text, got.unit_id
        assert got.section == want.section, got.unit_id
        assert got.lead_in == want.lead_in, got.unit_id
    assert doc.meta.rapporteur == "Sheraz Ali (Pakistan)"
    assert doc.meta.doc_id == "report"


def test_pdf_running_header_footer_and_footnote_mark_are_dropped(tmp_path: Path) -> None:
    path = make_pdf(SEED_TEXT, tmp_path / "r.pdf", footnote_after="Kyoto Declaration")
    doc = parse_file(path, get_settings())
    by_id = {u.unit_id: u for u in doc.units}
    assert doc.unit_ids == SEED_UNITS
    assert by_id["5"].text == {u.unit_id: u for u in REFERENCE.units}["5"].text
    every_text = " ".join(u.text for u in doc.units[1:])
    assert "A/CONF.245" not in every_text
    assert "/2" not in every_text  # page numbers such as 1/2


def test_a_pdf_footnote_ends_the_paragraph_that_calls_it(tmp_path: Path) -> None:
    """Set at the foot of the page, its text used to join whatever paragraph the page broke."""
    note = "See A/CONF.234/16, chap. I, resolution 1."
    path = make_pdf(
        SEED_TEXT, tmp_path / "r.pdf", footnote_after="Kyoto Declaration", footnote=note
    )
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == SEED_UNITS
    reference = {u.unit_id: u.text for u in REFERENCE.units}
    for unit in doc.units[1:]:
        want = f"{reference['5']} {note}" if unit.unit_id == "5" else reference[unit.unit_id]
        assert " ".join(unit.text.split()) == " ".join(want.split()), unit.unit_id
    assert_every_word_once(read_document(path, max_mb=5), doc)


def test_pdf_symbol_in_header_is_read_as_metadata(tmp_path: Path) -> None:
    path = make_pdf(SEED_TEXT, tmp_path / "r.pdf")
    doc = parse_file(path, get_settings())
    assert doc.meta.symbol == "A/CONF.245/RPM.1/L.1/Add.1"
    assert doc.units[0].text.startswith("A/CONF.245/RPM.1/L.1/Add.1")


def _columns_pdf(path: Path) -> Path:
    """Paragraphs with hanging numbers, officers with their names at a tab stop, and an
    annex's list of documents set in two columns without rules, one title wrapping."""
    from _make_docs import _add_fonts, _UNPdf

    pdf = _UNPdf(format="A4")
    _add_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, "Report of the synthetic Andean workshop", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for number, text in (
        ("1.", "The workshop elected the following officers:"),
        ("2.", "The documents before the workshop are listed in the annex."),
    ):
        pdf.cell(15, 6, number)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        if number == "1.":
            for label, name in (
                ("Chair:", "Lucía Quispe (Peru)"),
                ("Rapporteur:", "Iván Mamani (Bolivia)"),
            ):
                pdf.cell(15)
                pdf.cell(35, 6, label)
                pdf.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.multi_cell(0, 6, "Annex", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [
        ("Symbol", "Title"),
        ("A/CONF.999/WS.7/L.1", "Provisional agenda"),
        (
            "A/CONF.999/PM.1",
            "Discussion guide for the Fifteenth United Nations Congress on Crime Prevention"
            " and Criminal Justice",
        ),
        ("A/CONF.999/WS.7/INF/1", "Information for participants"),
    ]
    for symbol, title in rows:
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(60, 6, symbol)
        pdf.set_xy(85, y)
        pdf.multi_cell(100, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path


def test_a_pdf_table_set_in_columns_without_rules_is_a_table(tmp_path: Path) -> None:
    """An annex's list of documents had its rows taken for headings, and a wrapped row for
    the text of the last paragraph; hanging numbers and labels at a tab stop are no cells."""
    path = _columns_pdf(tmp_path / "columns.pdf")
    doc = parse_file(path, get_settings())
    units = {u.unit_id: u.text for u in doc.units}
    assert doc.unit_ids == ["front", "1", "2", "annex.1"]
    assert units["annex.1"].split("\n") == [
        "Symbol | Title",
        "A/CONF.999/WS.7/L.1 | Provisional agenda",
        "A/CONF.999/PM.1 | Discussion guide for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice",
        "A/CONF.999/WS.7/INF/1 | Information for participants",
    ]
    assert "Chair: Lucía Quispe (Peru)" in " ".join(units["1"].split())
    assert units["2"] == "The documents before the workshop are listed in the annex."
    assert_every_word_once(read_document(path, max_mb=5), doc)


_PARTICIPANTS = [
    ("Rania Abi-Saab", "Head, Migrant Domestic Workers Unit, Ministry of Labour, Lebanon"),
    ("Tesfaye Gebremedhin", "Director, Overseas Employment Directorate, Ethiopia"),
    (
        "Ma. Cristina dela Cruz",
        "Director, Welfare and Protection Bureau, Department of Migrant Workers, Philippines",
    ),  # fmt: skip
    ("Ahmad Sa‘id al-Tarawneh", "Lieutenant Colonel, Public Security Directorate, Jordan"),
    ("Sunita Tamang", "Coordinator, Returnee Women’s Network, Kathmandu"),
    (
        "Kumudini Wickramasinghe",
        "Deputy General Manager (Legal), Sri Lanka Bureau of Foreign Employment",
    ),  # fmt: skip
]


def _participants_pdf(path: Path, by_columns: bool) -> Path:
    """An annex's list of participants set in two columns, each entry a name and its office
    wrapped below it, so that the entries of the two columns do not line up. ``by_columns``:
    the file draws the left column whole, then the right (as Word's columns are drawn);
    otherwise entry beside entry, row by row (as a table's rows are)."""
    from _make_docs import _add_fonts, _UNPdf

    pdf = _UNPdf(format="A4")
    _add_fonts(pdf)
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, "Report of the synthetic Amman meeting", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(15, 6, "1.")
    pdf.multi_cell(0, 6, "The participants are listed in the annex.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Annex", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 6, "List of participants", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    columns = (_PARTICIPANTS[:3], _PARTICIPANTS[3:])

    def entry(x: float, y: float, name: str, office: str) -> float:
        pdf.set_xy(x, y)
        pdf.multi_cell(80, 6, name, new_x="LEFT", new_y="NEXT")
        pdf.multi_cell(80, 6, office, new_x="LEFT", new_y="NEXT")
        return pdf.get_y() + 4

    if by_columns:
        for x, column in zip((20, 110), columns, strict=True):
            y = top
            for name, office in column:
                y = entry(x, y, name, office)
    else:
        ys = [top, top]
        for left, right in zip(*columns, strict=True):
            row = max(ys)
            ys = [entry(20, row, *left), entry(110, row, *right)]
    pdf.output(str(path))
    return path


def test_a_pdf_list_set_in_two_columns_is_read_column_by_column(tmp_path: Path) -> None:
    """A list of participants in two columns was read across the page, as the rows of a
    table: an entry's office was joined to the name beside it and the list cut in three.
    Drawn column by column, it is read so; the same entries drawn row by row stay a table."""
    doc = parse_file(_participants_pdf(tmp_path / "columns.pdf", True), get_settings())
    assert doc.unit_ids == ["front", "1", "annex.1"]
    listed = " ".join(doc.units[-1].text.split())
    expected = " ".join(f"{name} {office}" for name, office in _PARTICIPANTS)
    assert listed == expected
    assert_every_word_once(read_document(tmp_path / "columns.pdf", max_mb=5), doc)
    table = parse_file(_participants_pdf(tmp_path / "rows.pdf", False), get_settings())
    rows = "\n".join(u.text for u in table.units if u.unit_id.startswith("annex"))
    assert "Rania Abi-Saab | Ahmad Sa‘id al-Tarawneh" in rows
    assert "Ma. Cristina dela Cruz\nDirector, Welfare" not in rows  # its last row too


_JOB = "V.25-14027"


def _job_pdf(path: Path, pages: list[list[str]], notes: dict[int, str | list[str]]) -> Path:
    """A report printed from Word: the symbol atop later pages, the job number and page number
    at the foot of each (the number outside: "V.25-14027 3", "2 V.25-14027"), and a page's
    note (``notes`` by page) set small just above the footer, so that it sits in the bottom
    tenth of the page. A line "… Rules^1 and …" carries its mark raised, written "^1"."""
    from _make_docs import SYMBOL, _add_fonts
    from fpdf import FPDF

    class _Pdf(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("DejaVu", size=9)
                self.cell(0, 5, SYMBOL, align="R")
                self.ln(10)

        def footer(self) -> None:
            page = self.page_no()
            if page in notes:
                lines = notes[page] if isinstance(notes[page], list) else [notes[page]]
                self.set_y(-20 - 4 * len(lines))
                self.set_font("DejaVu", size=8)
                for line in lines:
                    self.cell(0, 4, line)
                    self.ln(4)
            self.set_y(-14)
            self.set_font("DejaVu", size=8)
            even = page % 2 == 0
            self.cell(
                0, 4, f"{page} {_JOB}" if even else f"{_JOB} {page}", align="L" if even else "R"
            )

    pdf = _Pdf(format="A4")
    _add_fonts(pdf)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.set_font("DejaVu", size=11)
            for i, piece in enumerate(line.split("^")):
                if i:  # a raised mark, then the line goes on
                    mark, piece = re.match(r"(\d+)(.*)", piece).groups()
                    pdf.set_font(size=6)
                    pdf.write(4, mark)
                    pdf.set_font(size=11)
                pdf.write(6, piece)
            pdf.ln(6)
    pdf.output(str(path))
    return path


def test_pdf_notes_worded_alike_at_the_foot_of_pages_are_text(tmp_path: Path) -> None:
    """Notes that differ only in their figures ("resolution 70/175" and "45/110") used to read
    as one running footer once digits were masked, and were lost before the footnotes were
    read; the job number and page numbers beside them are still furniture, "2 V.25-14027"
    included on the page that calls note 2."""
    notes = {
        1: "1 General Assembly resolution 70/175, annex.",
        2: "2 General Assembly resolution 45/110, annex.",
        3: "3 General Assembly resolution 65/229, annex.",
    }
    pages = [
        [
            "Report of the expert group meeting on prison overcrowding",
            "",
            "1. The experts recalled the Nelson Mandela Rules^1 and the duty of States",
            "to offer decent conditions in every prison.",
        ],
        [
            "2. They also recalled the Tokyo Rules^2 on measures other than imprisonment",
            "for persons awaiting trial.",
        ],
        ["3. Finally, they recalled the Bangkok Rules^3 on women offenders."],
    ]
    path = _job_pdf(tmp_path / "notes.pdf", pages, notes)
    doc = parse_file(path, get_settings())
    units = {u.unit_id: " ".join(u.text.split()) for u in doc.units}
    assert doc.unit_ids == ["front", "1", "2", "3"]
    assert units["1"].endswith("every prison. General Assembly resolution 70/175, annex.")
    assert units["2"].endswith("awaiting trial. General Assembly resolution 45/110, annex.")
    assert units["3"].endswith("offenders. General Assembly resolution 65/229, annex.")
    assert not any(_JOB in text or "A/CONF.245" in text for text in units.values())
    # The words as written, not as the reader hands them over: the reader is what lost them.
    written = "\n".join(re.sub(r"\^\d+", "", line) for page in pages for line in page)
    assert_every_word_once(f"{written}\n" + "\n".join(n[2:] for n in notes.values()), doc)


def test_pdf_notes_printed_at_the_end_end_the_paragraphs_that_call_them(tmp_path: Path) -> None:
    """A web version printed to PDF, or a report with endnotes, sets the notes after the text
    on the last page, far from the marks that call them: each still ends the paragraph
    whose mark calls it, not whatever the last page holds (it used to end the annex's
    table)."""
    pages = [
        [
            "Report of the expert group meeting",
            "",
            "1. The experts recalled the resolution on AI.^1",
        ],
        ["2. They also referred to the Framework Convention^2 of the Council of Europe."],
        ["3. The meeting adopted its report.", "", "Total | 32 States | 40"],
    ]
    notes = {
        3: ["1 General Assembly resolution 78/265.", "2 Council of Europe, Treaty Series, No. 225."]
    }
    doc = parse_file(_job_pdf(tmp_path / "endnotes.pdf", pages, notes), get_settings())
    units = {u.unit_id: " ".join(u.text.split()) for u in doc.units}
    assert units["1"].endswith("resolution on AI. General Assembly resolution 78/265.")
    assert units["2"].endswith("Council of Europe. Council of Europe, Treaty Series, No. 225.")
    assert "78/265" not in units["3"] and "No. 225" not in units["3"]
    written = "\n".join(re.sub(r"\^\d+", "", line) for page in pages for line in page)
    assert_every_word_once(f"{written}\n" + "\n".join(n[2:] for n in notes[3]), doc)


def test_pdf_hard_hyphens_at_line_ends_stay_and_soft_ones_go(tmp_path: Path) -> None:
    lines = [
        "Report of the expert group meeting on prison overcrowding",
        "",
        "1. The experts called for the wider use of non-",
        "custodial measures and of community-",
        "based sanctions for first-",
        "time offenders, and for fewer crimi-",
        "nal prosecutions of minor offences, as the Directorate-",
        "General for Reintegration had proposed.",
    ]
    path = _job_pdf(tmp_path / "hyphens.pdf", [lines], {})
    doc = parse_file(path, get_settings())
    assert " ".join(doc.units[-1].text.split()) == (
        "The experts called for the wider use of non-custodial measures and of community-based "
        "sanctions for first-time offenders, and for fewer criminal prosecutions of minor "
        "offences, as the Directorate-General for Reintegration had proposed."
    )
    assert_every_word_once(read_document(path, max_mb=5), doc)


_NOTED_HTML = """<html><body>
<h1>Report of a synthetic meeting on organ trafficking</h1>
<p>Lisbon, 16–18 June 2025</p>
<h2>I. Deliberations</h2>
<ol start="1">
<li>Experts reviewed cases under the Protocol,{ref1} including brokers who recruited donors.
<ol type="a"><li>Brokers used social media;</li><li>Clinics were paid in cash.</li></ol></li>
<li><p>The Secretariat presented figures for 2022–2024,{ref2} set out below:</p>
<table><tr><th>Country</th><th>2024</th></tr><tr><td>Egypt</td><td>52</td></tr></table>
<p>The figures were not comparable.</p></li>
</ol>
{notes}
</body></html>"""
_NOTE_1 = "Protocol to Prevent, Suppress and Punish Trafficking in Persons."
_NOTE_2 = "Figures reported by Member States in March 2025."


@pytest.mark.parametrize("style", ["pandoc", "word"])
def test_an_html_footnote_ends_the_paragraph_that_calls_it(style: str, tmp_path: Path) -> None:
    """A web export's note is a link to the foot of the page that links back: its raised mark
    is no part of the sentence ("Protocol,1 including"), and its text belongs to the paragraph
    that calls it, after the paragraph's table, not to the annex the page ends with. Seen on
    the gold HTML report synthetic-organ-trafficking-egm (pandoc's markup); Word's "Save as
    web page" links the other way round, by anchor names."""
    if style == "pandoc":
        ref = '<sup><a href="#fn{n}" id="fnref{n}" role="doc-noteref">{n}</a></sup>'
        note = '<li id="fn{n}"><p>{text} <a href="#fnref{n}" role="doc-backlink">↩︎</a></p></li>'
        notes = '<section class="footnotes"><hr><ol>{}</ol></section>'
    else:
        ref = '<a href="#_ftn{n}" name="_ftnref{n}"><sup>[{n}]</sup></a>'
        note = '<div id="ftn{n}"><p><a href="#_ftnref{n}" name="_ftn{n}">[{n}]</a> {text}</p></div>'
        notes = "<div><hr>{}</div>"
    markup = _NOTED_HTML.format(
        ref1=ref.format(n=1),
        ref2=ref.format(n=2),
        notes=notes.format(
            "".join(note.format(n=n, text=t) for n, t in ((1, _NOTE_1), (2, _NOTE_2)))
        ),
    )
    path = tmp_path / "noted.html"
    path.write_text(markup, encoding="utf-8")
    doc = parse_file(path, get_settings())
    units = {u.unit_id: " ".join(u.text.split()) for u in doc.units}
    assert "Protocol, including brokers" in units["1"], units["1"]
    assert units["1"].endswith(_NOTE_1), units["1"]
    assert units["1(b)"] == "Clinics were paid in cash.", units
    assert "2022–2024, set out below" in units["2"], units["2"]
    assert units["2"].endswith(f"not comparable. {_NOTE_2}"), units["2"]
    every = " ".join(units.values())
    assert every.count(_NOTE_1) == 1 and every.count(_NOTE_2) == 1
    assert "↩" not in every and "[1]" not in every
    assert_every_word_once(read_document(path, max_mb=5), doc)
