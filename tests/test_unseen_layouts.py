"""Layouts found by writing new documents before the parser was run on them (a numbering gap, a
Word list style, hidden Word text, a diagonal watermark, a Markdown reference link): each file
made by the library that makes such files, every word in exactly one unit, every paragraph
citable by its number."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from _words import assert_every_word_once
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from fpdf import FPDF

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


def _list_style_document() -> Document:
    """A document whose list uses a list style, as Word saves a template's multilevel list:
    the paragraphs' list (41) names the style; the style's list (40) holds the levels."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    levels = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/></w:lvl>'
    )
    numbering.append(
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="40"><w:styleLink w:val="UNParaList"/>'
            f"{levels}</w:abstractNum>"
        )
    )
    numbering.append(
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="41">'
            '<w:numStyleLink w:val="UNParaList"/></w:abstractNum>'
        )
    )
    # Word lists the abstract lists before the lists that use them.
    for abstract in numbering.findall(qn("w:abstractNum")):
        numbering.remove(abstract)
        numbering.insert(0, abstract)
    for num_id in ("40", "41"):
        numbering.append(
            parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
        )
    doc.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="numbering" w:styleId="UNParaList"><w:name w:val="UN List"/>'
            '<w:pPr><w:numPr><w:numId w:val="40"/></w:numPr></w:pPr></w:style>'
        )
    )
    return doc


def _numbered(doc: Document, text: str, level: int) -> None:
    paragraph = doc.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="41"/></w:numPr>')
    )


def test_word_numbers_that_come_from_a_list_style_are_read(tmp_path: Path) -> None:
    """Read without the list style, every number was lost and the file was refused as no
    UN report (or, with one typed number, its numbered paragraphs went into the front)."""
    doc = _list_style_document()
    for line in MASTHEAD:
        doc.add_paragraph(line)
    body = [
        ("The meeting was held in Addis Ababa.", 0),
        ("The meeting elected its officers.", 0),
        ("The meeting recommended that States:", 0),
        ("Strengthen cooperation;", 1),
        ("Share information.", 1),
        ("The meeting adopted its report.", 0),
    ]
    for text, level in body:
        _numbered(doc, text, level)
    path = tmp_path / "list-style.docx"
    doc.save(path)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "3", "3(a)", "3(b)", "4"]
    assert _text(parsed, "4") == "The meeting adopted its report."
    shown = ["1.", "2.", "3.", "(a)", "(b)", "4."]
    said = [f"{number} {text}" for number, (text, _) in zip(shown, body, strict=True)]
    assert_every_word_once("\n".join([*MASTHEAD, *said]), parsed)


def test_hidden_word_text_is_no_part_of_the_document(tmp_path: Path) -> None:
    """Text Word neither shows nor prints: set hidden on the run, or by a character style.
    Read as words, an editor's hidden note made its paragraph a heading, and every later
    paragraph with it (the numbering gap above)."""
    doc = Document()
    doc.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="character" w:styleId="EditorNote">'
            '<w:name w:val="Editor note"/><w:rPr><w:vanish/></w:rPr></w:style>'
        )
    )
    for line in MASTHEAD:
        doc.add_paragraph(line)
    doc.add_paragraph("1.\tThe meeting was held in Bangkok.")
    second = doc.add_paragraph("2.\tThe meeting elected its Chair.")
    second.add_run(" [EDITOR: check the names]").font.hidden = True
    third = doc.add_paragraph("3.\tThe meeting adopted its report.")
    styled = third.add_run(" [EDITOR: confirm the date]")
    styled._r.get_or_add_rPr().append(parse_xml(f'<w:rStyle {W} w:val="EditorNote"/>'))
    # Shown again where the run says so, whatever its style: Word's nearest setting decides.
    fourth = doc.add_paragraph("4.\tThe meeting closed.")
    shown = fourth.add_run(" It thanked the host.")
    rpr = shown._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:rStyle {W} w:val="EditorNote"/>'))
    rpr.append(parse_xml(f'<w:vanish {W} w:val="0"/>'))
    path = tmp_path / "hidden.docx"
    doc.save(path)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "3", "4"]
    assert parsed.headings == []
    assert _text(parsed, "2") == "The meeting elected its Chair."
    assert _text(parsed, "4") == "The meeting closed. It thanked the host."
    said = [
        *MASTHEAD,
        "1. The meeting was held in Bangkok.",
        "2. The meeting elected its Chair.",
        "3. The meeting adopted its report.",
        "4. The meeting closed. It thanked the host.",
    ]
    assert_every_word_once("\n".join(said), parsed)


def test_a_diagonal_watermark_is_not_read_into_the_lines_it_crosses(tmp_path: Path) -> None:
    """ "ADVANCE UNEDITED VERSION" set at a slant across the page: its letters sat on the
    body's baselines and were spliced into their words ("recalledEthat", "bTy"), and two
    paragraphs were lost into the one before."""
    body = [
        *MASTHEAD,
        *(
            f"{n}. The meeting was held in Beirut and was attended by representatives of "
            f"{n + 10} States of the region."
            for n in range(1, 13)
        ),
    ]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_text_color(200, 200, 200)
    pdf.set_font("Helvetica", "", 30)
    with pdf.rotation(45, 105, 150):
        pdf.text(40, 150, "ADVANCE UNEDITED VERSION")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 10)
    for n, line in enumerate(body):
        pdf.text(20, 30 + 8 * n, line)
    path = tmp_path / "watermark.pdf"
    pdf.output(str(path))
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", *(str(n) for n in range(1, 13))]
    assert_every_word_once("\n\n".join(body), parsed)


def test_a_line_turned_a_quarter_is_not_dropped_with_the_watermark(tmp_path: Path) -> None:
    """Only a slant marks a stamp: text turned on its side (a landscape table's, a margin's)
    is text, and every letter of it is still read. (In what order is not asserted: a reader
    reads such a line a word per line, and a line turned anticlockwise backwards.)"""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    lines = [*MASTHEAD, "1. The meeting was held in Beirut.", "2. The meeting closed."]
    for n, line in enumerate(lines):
        pdf.text(20, 30 + 8 * n, line)
    turned = "Seizures by region"
    with pdf.rotation(90, 190, 200):
        pdf.text(190, 200, turned)
    path = tmp_path / "quarter.pdf"
    pdf.output(str(path))
    parsed = parse_file(path, get_settings())
    read = Counter("".join([*(u.text for u in parsed.units), *parsed.headings]).replace(" ", ""))
    read.subtract(Counter("".join(lines).replace(" ", "")))
    assert not Counter(turned.replace(" ", "")) - +read


def test_a_markdown_reference_link_keeps_its_text_not_its_label(tmp_path: Path) -> None:
    """ "[meeting page][site]" is a link whose address is defined elsewhere: its label
    ("site") is no word of the document. Brackets with no such definition are text."""
    path = tmp_path / "links.md"
    path.write_text(
        "A/CONF.234/RPM.5/1\n\nReport of the meeting\n\n"
        "1. The report is on the [meeting page][site] and the [portal][].\n\n"
        "2. A [bracketed remark][none] stays as written.\n\n"
        "[site]: https://www.unodc.org/congress\n[portal]: https://www.unodc.org\n",
        encoding="utf-8",
    )
    doc = parse_file(path, get_settings())
    assert _text(doc, "1") == "The report is on the meeting page and the portal."
    assert _text(doc, "2") == "A [bracketed remark][none] stays as written."


def _spaced_pdf(path: Path, leading_pt: float, paragraphs: list[str]) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(20, 20)
    for text in paragraphs:
        pdf.set_x(20)
        pdf.multi_cell(170, leading_pt * 25.4 / 72, text)
        pdf.ln(3)
    pdf.output(str(path))


def test_a_pdf_set_at_one_and_a_half_or_double_spacing_keeps_its_paragraphs(
    tmp_path: Path,
) -> None:
    """Drafts and submissions are often set at 1.5 lines or double: each line of a paragraph
    stood further below the last than a single-spaced text's paragraphs do, was read as a
    block of its own, and the numbered first lines became headings (or the file was refused
    as no UN report)."""
    paragraphs = [
        *MASTHEAD,
        *(
            f"{n}. The meeting was held in Addis Ababa and was attended by representatives of "
            f"{n + 30} States Members of the United Nations from the African region and by "
            "observers."
            for n in range(1, 5)
        ),
    ]
    for leading in (12, 18, 24):  # single, 1.5 lines, double, for 10-point type
        path = tmp_path / f"spacing-{leading}.pdf"
        _spaced_pdf(path, leading, paragraphs)
        parsed = parse_file(path, get_settings())
        assert parsed.unit_ids == ["front", "1", "2", "3", "4"], leading
        assert parsed.headings == [], leading
        assert_every_word_once("\n\n".join(paragraphs), parsed)


def test_a_numbered_paragraph_parted_mid_sentence_stays_one_paragraph() -> None:
    """A reader may part a paragraph at a line set a little further down: the numbered part
    ends mid-sentence and the next block goes on with it in small letters. It was read as a
    numbered heading, and its tail was joined to the paragraph before."""
    text = "\n\n".join(
        [
            *MASTHEAD,
            "I. Introduction",
            "1. The meeting was held in Santiago.",
            "2. The meeting was opened by the Minister of Justice, who underlined that "
            "organized crime had become more closely linked to illicit financial flows than",
            "at any time in the past two decades.",
            "3. Opening statements were also made.",
        ]
    )
    doc = parse_text(text, doc_id="parted")
    assert doc.unit_ids == ["front", "1", "2", "3"]
    assert doc.headings == ["I. Introduction"]
    assert _text(doc, "1") == "The meeting was held in Santiago."
    assert _text(doc, "2").endswith("financial flows than at any time in the past two decades.")


def test_a_web_page_in_the_encoding_its_head_declares_is_read(tmp_path: Path) -> None:
    """Word's "Save as Web Page" writes Windows-1252 on Western systems and says so in the
    page's head; such a page was refused as "not UTF-8"."""
    page = (
        '<html><head><meta http-equiv=Content-Type content="text/html; '
        'charset=windows-1252"></head><body>'
        "<p class=MsoNormal>A/CONF.234/RPM.3/1</p><p class=MsoNormal>Report of the meeting</p>"
        "<p class=MsoNormal>1. The meeting was held in Willemstad, Cura\u00e7ao.</p>"
        "<p class=MsoNormal>2. The representative of C\u00f4te d\u2019Ivoire made a statement.</p>"
        "</body></html>"
    )
    path = tmp_path / "report.htm"
    path.write_bytes(page.encode("cp1252"))
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == ["front", "1", "2"]
    assert _text(doc, "1") == "The meeting was held in Willemstad, Cura\u00e7ao."
    assert _text(doc, "2") == "The representative of C\u00f4te d\u2019Ivoire made a statement."


def test_small_capitals_in_a_pdf_heading_are_read_whole(tmp_path: Path) -> None:
    """Small capitals are small letters set on the line ("P" then "RESERVATION" a size
    smaller); read as raised note marks, they were dropped ("P ERVATION")."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for n, line in enumerate(MASTHEAD):
        pdf.text(20, 20 + 6 * n, line)
    pdf.set_xy(20, 40)
    pdf.write(6, "A. ")
    for word in ["Preservation", "and", "production", "of", "data"]:
        if word[0].isupper():
            pdf.set_font("Helvetica", "", 10)
            pdf.write(6, word[0])
            word = word[1:]
        pdf.set_font("Helvetica", "", 7.5)
        pdf.write(6, word.upper() + " ")
    pdf.set_font("Helvetica", "", 10)
    paragraphs = [
        f"{n}. Experts agreed that the preservation of stored data came first." for n in (1, 2)
    ]
    pdf.set_xy(20, 52)
    for text in paragraphs:
        pdf.set_x(20)
        pdf.multi_cell(170, 5, text)
        pdf.ln(3)
    path = tmp_path / "small-caps.pdf"
    pdf.output(str(path))
    parsed = parse_file(path, get_settings())
    assert parsed.headings == ["A. PRESERVATION AND PRODUCTION OF DATA"]
    assert parsed.unit_ids == ["front", "1", "2"]
    said = [*MASTHEAD, "A. PRESERVATION AND PRODUCTION OF DATA", *paragraphs]
    assert_every_word_once("\n\n".join(said), parsed)


@pytest.mark.parametrize("spacing_pt", [1.5, 2.2])
def test_letter_spaced_pdf_headings_are_read_as_words(tmp_path: Path, spacing_pt: float) -> None:
    """Expanded type (a heading's character spacing) set its letters further apart than the
    reader's space rule: "I N T R O D U C T I O N", "INTRODUCTI ON". (Letters set a word
    space apart or more are read as the reader gives them: nothing tells them from a line of
    one-letter words.)"""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for n, line in enumerate(MASTHEAD):
        pdf.text(20, 20 + 6 * n, line)
    headings = ["I. INTRODUCTION", "II. SUMMARY OF DELIBERATIONS"]
    paragraphs = [
        f"{n}. Experts agreed that the preservation of stored data came first." for n in (1, 2)
    ]
    y = 40.0
    for heading, text in zip(headings, paragraphs, strict=True):
        number, title = heading.split(" ", 1)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(20, y, number)
        pdf.set_char_spacing(spacing_pt)
        pdf.text(32, y, title)
        pdf.set_char_spacing(0)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(20, y + 6)
        pdf.multi_cell(170, 5, text)
        y += 24
    path = tmp_path / "expanded.pdf"
    pdf.output(str(path))
    parsed = parse_file(path, get_settings())
    assert parsed.headings == headings
    assert parsed.unit_ids == ["front", "1", "2"]
    said = [*MASTHEAD, headings[0], paragraphs[0], headings[1], paragraphs[1]]
    assert_every_word_once("\n\n".join(said), parsed)


def test_a_web_page_set_in_preformatted_text_keeps_its_paragraphs(tmp_path: Path) -> None:
    """An older page sets a whole report in <pre>, as a text file, paragraphs parted by blank
    lines and wrapped by hand; its line breaks collapsed, it was one line with no paragraph,
    and the file was refused as no UN report."""
    report = "\n".join(
        [
            "A/CONF.234/RPM.4/1",
            "",
            "Report of the meeting",
            "",
            "1.   The meeting was held at the United Nations Conference Centre",
            "in Addis Ababa from 10 to 12 March 2025.",
            "",
            "2.   The meeting elected its officers.",
        ]
    )
    path = tmp_path / "legacy.html"
    path.write_text(f"<html><body><pre>\n{report}\n</pre></body></html>", encoding="utf-8")
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == ["front", "1", "2"]
    assert _text(doc, "1") == (
        "The meeting was held at the United Nations Conference Centre in Addis Ababa from 10 "
        "to 12 March 2025."
    )
    assert_every_word_once(report, doc)


def test_a_delegation_under_a_merged_country_cell_stays_in_one_unit(tmp_path: Path) -> None:
    """A list of participants in Word names a country once, in a cell merged down over its
    delegation's rows, under rows that span the table for each group. The rows under the
    merged cell start with its empty place: they were read as a text line of their own,
    apart from the country they belong to, and each group's name kept the empty cells'
    separator ("Observers |")."""
    doc = Document()
    for line in MASTHEAD:
        doc.add_paragraph(line)
    doc.add_paragraph("1.\tThe meeting was held in Vienna.")
    doc.add_paragraph("2.\tThe meeting adopted its report.")
    doc.add_paragraph("Annex")
    doc.add_paragraph("List of participants")
    rows = [
        ("State", "Name and title"),
        ("States Members of the United Nations", None),
        ("Austria", "Johanna Gruber-Lindner, Director, Federal Ministry of Justice"),
        ("", "Stefan Pölzl, Public Prosecutor"),
        ("", "Katharina Weiß, Attaché, Permanent Mission"),
        ("Czechia", "Tomáš Dvořák, Head of Unit, Ministry of the Interior"),
        ("Observers", None),
        ("Holy See", "Monsignor Piotr Żmijewski, Counsellor"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, (state, name) in enumerate(rows):
        table.cell(r, 0).text = state
        if name is None:
            table.cell(r, 0).merge(table.cell(r, 1))  # the group's row spans the table
        else:
            table.cell(r, 1).text = name
    table.cell(2, 0).merge(table.cell(4, 0))  # Austria, over its delegation's three rows
    path = tmp_path / "participants.docx"
    doc.save(path)
    parsed = parse_file(path, get_settings())
    austria = next(u for u in parsed.units if "Stefan" in u.text)
    assert "Austria" in austria.text and "Katharina" in austria.text
    assert austria.section[-1] == "States Members of the United Nations"
    holy_see = next(u for u in parsed.units if "Holy See" in u.text)
    assert holy_see.section[-1] == "Observers"
    said = [
        *MASTHEAD,
        "1. The meeting was held in Vienna.",
        "2. The meeting adopted its report.",
        "Annex",
        "List of participants",
        *(f"{state} {name or ''}" for state, name in rows),
    ]
    assert_every_word_once("\n".join(said), parsed)


def test_a_chapter_framed_in_a_word_table_of_one_cell_keeps_its_paragraphs(
    tmp_path: Path,
) -> None:
    """A table of one cell frames text (a box, a chapter set in a frame). Joined as one
    cell, "I. Introduction 1. … 2. …" was one heading, and paragraphs 1 and 2 were lost to
    citation."""
    doc = Document()
    for line in MASTHEAD:
        doc.add_paragraph(line)
    frame = doc.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "I. Introduction"
    frame.add_paragraph("1.\tThe meeting was held in Beirut.")
    frame.add_paragraph("2.\tIt adopted its agenda.")
    doc.add_paragraph("II. Conclusions")
    doc.add_paragraph("3.\tThe meeting closed on 12 March 2025.")
    path = tmp_path / "framed.docx"
    doc.save(path)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "3"]
    assert parsed.headings == ["I. Introduction", "II. Conclusions"]
    said = [
        *MASTHEAD,
        "I. Introduction",
        "1. The meeting was held in Beirut.",
        "2. It adopted its agenda.",
        "II. Conclusions",
        "3. The meeting closed on 12 March 2025.",
    ]
    assert_every_word_once("\n".join(said), parsed)


@pytest.mark.parametrize("participants", ["table", "lines"])
def test_prose_under_a_later_annex_s_heading_is_a_unit_of_that_annex(participants: str) -> None:
    """ "Annex II", "Summary by the Chair", then unnumbered sentences: they went on the unit
    before the heading (Annex I's list of participants) and were cited as that."""
    listed = (
        "State | Name\nChile | Constanza Núñez\nPeru | Rocío Huamán"
        if participants == "table"
        else "Constanza Núñez (Chile)\n\nRocío Huamán (Peru)"
    )
    summary = [
        "The Chair recalled that the region had contributed to the negotiation of the Convention.",
        "She noted that prison overcrowding was a shared concern.",
    ]
    text = (
        "Report of the meeting\n\nI. Introduction\n\n1. The meeting was held in Santiago.\n\n"
        f"Annex I\n\nList of participants\n\n{listed}\n\n"
        f"Annex II\n\nSummary by the Chair\n\n{summary[0]}\n\n{summary[1]}\n"
    )
    parsed = parse_text(text, doc_id="annexes")
    assert parsed.unit_ids == ["front", "1", "annex-I.1", "annex-II.1"]
    assert _text(parsed, "annex-II.1") == " ".join(summary)
    assert "Chair" not in _text(parsed, "annex-I.1")
    unit = next(u for u in parsed.units if u.unit_id == "annex-II.1")
    assert unit.section == ["Annex II", "Summary by the Chair"]
    assert_every_word_once(text.replace(" | ", " "), parsed)
