"""Layouts found by writing new documents before the parser was run on them (a numbering gap, a
Word list style, hidden Word text, a diagonal watermark, a Markdown reference link): each file
made by the library that makes such files, every word in exactly one unit, every paragraph
citable by its number."""

from __future__ import annotations

from pathlib import Path

from _words import assert_every_word_once
from docx.oxml.ns import nsdecls

from congress_qa import get_settings
from ingest import ParsedDocument, parse_file, parse_text

W = nsdecls("w")


def _text(doc: ParsedDocument, unit_id: str) -> str:
    return next(u.text for u in doc.units if u.unit_id == unit_id)


MASTHEAD = ["A/CONF.234/RPM.5/1", "Report of the meeting"]


def test_a_gap_in_the_numbering_leaves_the_paragraphs_after_it_paragraphs() -> None:
    """An extract, or an advance version that lost a paragraph, skips a number: 6 after 4.
    Paragraph 6 and every one after it were headings (the parser still expected 5), none of
    them citable."""
    text = "\n\n".join(
        [
            *MASTHEAD,
            "I. Summary",
            "1. The meeting was held in Nairobi.",
            "2. Experts described safety audits.",
            "3. Experts discussed street lighting.",
            "4. One expert quoted the New Urban Agenda.",
            "6. Participants agreed that more than 1 000 municipalities had adopted audits.",
            "7. The meeting called for a review of target 16.1.",
            "II. Conclusions",
            "8. The meeting concluded its work.",
        ]
    )
    doc = parse_text(text, doc_id="gap")
    assert doc.unit_ids == ["front", "1", "2", "3", "4", "6", "7", "8"]
    assert doc.headings == ["I. Summary", "II. Conclusions"]
    assert_every_word_once(text, doc)


def test_a_web_page_list_that_skips_a_number_keeps_its_paragraphs(tmp_path: Path) -> None:
    """The same gap as a web page writes it: an ordered list whose item says its value."""
    items = [
        "The meeting was held in Nairobi.",
        "Experts described safety audits.",
        "Experts discussed street lighting.",
    ]
    page = (
        "<html><body><p>A/CONF.234/EGM.2/1</p><h1>Report of the expert group meeting</h1>"
        "<h2>I. Summary</h2><ol>"
        + "".join(f"<li>{t}</li>" for t in items)
        + '<li value="5">Participants agreed that audits were useful.</li>'
        + "<li>The meeting called for a review.</li></ol></body></html>"
    )
    path = tmp_path / "gap.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == ["front", "1", "2", "3", "5", "6"]
    assert _text(doc, "6") == "The meeting called for a review."
