"""Layouts found by writing new documents before the parser ran on them, round 4, PDF: a
compound broken at a line end after its own hyphen. Each file made by fpdf2, every word in
exactly one unit, every paragraph citable by its number."""

from __future__ import annotations

from pathlib import Path

from _words import assert_every_word_once
from fpdf import FPDF

from congress_qa import get_settings
from ingest import ParsedDocument, parse_file

MASTHEAD = ["A/CONF.234/RPM.5/1", "Report of the meeting"]


def _texts(doc: ParsedDocument) -> dict[str, str]:
    return {u.unit_id: u.text for u in doc.units}


def _lines_pdf(path: Path, blocks: list[list[str]]) -> None:
    """Each block's lines set one under the other as given, a wider gap between blocks."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Times", "", 10)
    y = 20.0
    for block in blocks:
        for line in block:
            pdf.text(20, y, line)
            y += 4.5  # 10-point type set solid plus a little leading (about 12.8 pt)
        y += 3  # the space between paragraphs
    pdf.output(str(path))


def test_compounds_broken_after_their_own_hyphen_keep_it(tmp_path: Path) -> None:
    """Word breaks a line after a compound's own hyphen, and a report nobody hyphenated
    breaks lines nowhere else. A compound the document writes only once lost its hyphen
    ("cyberenabled", "followup", "counterterrorism"): the lexicon lists some joined forms,
    and some first pieces ("cyber", "multi") are no words of their own. (A first piece that
    is no word before a joined form that is one, "socio-" + "economic", still reads closed:
    so does a typesetter's "com-" + "pounds".)"""
    blocks = [
        MASTHEAD[:1],
        MASTHEAD[1:],
        ["1. Speakers described laws on cyber-", "enabled offences adopted since 2023."],
        [
            "2. The meeting requested the secretariat to ensure the follow-",
            "up of its recommendations.",
        ],
        [
            "3. Speakers called for multi-",
            "stakeholder consultations on counter-",
            "terrorism and cross-",
            "border cooperation.",
        ],
    ]
    path = tmp_path / "compounds.pdf"
    _lines_pdf(path, blocks)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "3"]
    assert parsed.headings == []
    texts = _texts(parsed)
    assert texts["1"] == "Speakers described laws on cyber-enabled offences adopted since 2023."
    assert texts["2"] == (
        "The meeting requested the secretariat to ensure the follow-up of its recommendations."
    )
    assert texts["3"] == (
        "Speakers called for multi-stakeholder consultations on counter-terrorism and "
        "cross-border cooperation."
    )
    assert_every_word_once("\n\n".join("\n".join(b) for b in blocks), parsed)
