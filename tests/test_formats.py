"""Real DOCX, PDF, HTML and Markdown files, made by real libraries, give the seed's units."""

from __future__ import annotations

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
