"""Layouts found by writing new documents before the parser was run on them, round 4: Word,
web pages, Markdown (pandoc's attributes and bookmark spans). Each file is written as the tool
that makes such files writes it; every word ends in exactly one unit, every paragraph keeps
its number."""

from __future__ import annotations

from pathlib import Path

from _words import assert_every_word_once
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from congress_qa import get_settings
from ingest import ParsedDocument, parse_file

W = nsdecls("w")
MASTHEAD = ["A/CONF.234/RPM.6/1", "Report of the meeting"]


def _text(doc: ParsedDocument, unit_id: str) -> str:
    return next(u.text for u in doc.units if u.unit_id == unit_id)


def _section(doc: ParsedDocument, unit_id: str) -> list[str]:
    return next(list(u.section) for u in doc.units if u.unit_id == unit_id)


def test_pandoc_attributes_and_bookmark_spans_are_no_words(tmp_path: Path) -> None:
    """Pandoc writes Word's heading ids as "{#i-introduction}", its bookmarks as
    "[]{#_Toc190 .anchor}" and underlining as "[Willemstad]{.underline}". Read as text, they
    invented words ("underline", "anchor", the heading's slug), and a bookmark before "II."
    made the chapter heading a sub-heading of chapter I. Braces that hold words are text."""
    path = tmp_path / "pandoc.md"
    path.write_text(
        f"{MASTHEAD[0]}\\\n{MASTHEAD[1]}\n\n"
        "I. Introduction {#i-introduction}\n=================================\n\n"
        "1.  The meeting was held in [Willemstad]{.underline}, Curaçao, and\n"
        "    visited the [port]{#_Ref190 .anchor}.\n\n"
        "## []{#_Toc190 .anchor}II. Recommendations {#ii-recommendations .unnumbered}\n\n"
        '2.  Member States should collect data ![](media/image1.png){width="6.5in"}.\n\n'
        "3.  The set {a, b} is written as in the source.\n",
        encoding="utf-8",
    )
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == ["front", "1", "2", "3"]
    assert doc.headings == ["I. Introduction", "II. Recommendations"]
    assert _section(doc, "2") == ["II. Recommendations"]
    assert _text(doc, "1") == "The meeting was held in Willemstad, Curaçao, and visited the port."
    assert _text(doc, "3") == "The set {a, b} is written as in the source."
    said = [
        *MASTHEAD,
        "I. Introduction",
        "1. The meeting was held in Willemstad, Curaçao, and visited the port.",
        "II. Recommendations",
        "2. Member States should collect data.",
        "3. The set {a, b} is written as in the source.",
    ]
    assert_every_word_once("\n".join(said), doc)


def _page(tmp_path: Path, name: str, body: str) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(
        f"<html><body><p>{MASTHEAD[0]}</p><p>{MASTHEAD[1]}</p>{body}</body></html>",
        encoding="utf-8",
    )
    return parse_file(path, get_settings())


def test_an_unlinked_raised_note_number_is_not_part_of_the_word_before_it(
    tmp_path: Path,
) -> None:
    """An older page raises a footnote's number without linking it to its note:
    "78/224.<sup>1</sup>", the note at the foot opening with the same raised number. Read
    into the word, "78/224.1" ended no sentence: paragraph 1 became a heading, and the note
    went to the last paragraph of the page. Now the mark is paired with its note, as a linked
    mark is: the note ends the paragraph that calls it."""
    doc = _page(
        tmp_path,
        "raised.html",
        "<p>1.&nbsp;The meeting was held in Abidjan, pursuant to resolution 78/224.<sup>1</sup></p>"
        "<p>2.&nbsp;The meeting elected its officers.</p>"
        "<p>3.&nbsp;The meeting covered 20 km<sup>2</sup> of the city.</p>"
        '<div class="footnotes"><p><sup>1</sup>&nbsp;See also resolution 2024/15.</p></div>',
    )
    assert doc.unit_ids == ["front", "1", "2", "3"]
    assert doc.headings == []
    assert _text(doc, "1") == (
        "The meeting was held in Abidjan, pursuant to resolution 78/224. "
        "See also resolution 2024/15."
    )
    # A raised number that calls no note is kept, apart from the word before it.
    assert _text(doc, "3") == "The meeting covered 20 km 2 of the city."
    said = [
        *MASTHEAD,
        "1. The meeting was held in Abidjan, pursuant to resolution 78/224.",
        "See also resolution 2024/15.",
        "2. The meeting elected its officers.",
        "3. The meeting covered 20 km 2 of the city.",
    ]
    assert_every_word_once("\n".join(said), doc)


def test_a_layout_table_keeps_its_numbers_beside_item_and_heading_rows(tmp_path: Path) -> None:
    """An older page sets the body in a two-column table, "1.&nbsp;" in the left cell and the
    text in the right; an item's row leaves the number cell empty, a chapter heading spans
    both cells. One such row made the whole table a data table: every paragraph lost its
    number into the unit before the table ("1. | The meeting …"), or the page was refused."""
    rows = [
        ("1.&nbsp;", "The meeting was held in Abidjan."),
        ("2.&nbsp;", "The meeting elected the following officers:"),
        ("&nbsp;", "(a)&nbsp;Chair: Aïcha Koné (Côte d'Ivoire);"),
        ("&nbsp;", "(b)&nbsp;Rapporteur: Sékou Traoré (Mali)."),
    ]
    table = "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in rows)
    table += '<tr><td colspan="2"><b>II. Adoption of the report</b></td></tr>'
    table += "<tr><td>3.&nbsp;</td><td>The meeting adopted its report.</td></tr>"
    doc = _page(tmp_path, "layout.html", f"<h2>I. Introduction</h2><table>{table}</table>")
    assert doc.unit_ids == ["front", "1", "2", "2(a)", "2(b)", "3"]
    assert doc.headings == ["I. Introduction", "II. Adoption of the report"]
    assert _text(doc, "2(a)") == "Chair: Aïcha Koné (Côte d'Ivoire);"
    assert _section(doc, "3") == ["II. Adoption of the report"]
    said = [
        *MASTHEAD,
        "I. Introduction",
        "1. The meeting was held in Abidjan.",
        "2. The meeting elected the following officers:",
        "(a) Chair: Aïcha Koné (Côte d'Ivoire);",
        "(b) Rapporteur: Sékou Traoré (Mali).",
        "II. Adoption of the report",
        "3. The meeting adopted its report.",
    ]
    assert_every_word_once("\n".join(said), doc)


def _list_document(levels: str, nums: str) -> Document:
    """A Word document whose abstract list 40 has the given levels (``w:lvl`` elements) and
    whose lists (``w:num``) are the given ones, as Word writes them: abstract lists first
    (python-docx's template holds lists 1-9 of its own)."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="40">{levels}</w:abstractNum>')
    )
    for num in nums.split("|"):
        numbering.append(parse_xml(num.replace("<w:num ", f"<w:num {W} ", 1)))
    for line in MASTHEAD:
        doc.add_paragraph(line)
    return doc


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def _in_list(doc: Document, text: str, num_id: int, level: int) -> None:
    paragraph = doc.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_a_list_level_overridden_wholesale_shows_its_own_format(tmp_path: Path) -> None:
    """Word writes a list whose items are "(a)" and, where one paragraph's items were changed
    to "(i)", a second list on the same levels that replaces level 1 (``w:lvlOverride`` with
    a ``w:lvl``, ECMA-376 §17.9.8). Read with the first list's level, the items were (a) and
    (b): wrong ids, and markers the document does not show."""
    doc = _list_document(
        _lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "(%2)"),
        '<w:num w:numId="40"><w:abstractNumId w:val="40"/></w:num>|'
        '<w:num w:numId="41"><w:abstractNumId w:val="40"/><w:lvlOverride w:ilvl="1">'
        + _lvl(1, "lowerRoman", "(%2)")
        + "</w:lvlOverride></w:num>",
    )
    body = [
        ("The meeting was held in Abidjan.", 40, 0),
        ("The meeting elected the following officers:", 40, 0),
        ("Chair: Aïcha Koné (Côte d'Ivoire);", 40, 1),
        ("Rapporteur: Sékou Traoré (Mali).", 40, 1),
        ("The meeting adopted the following recommendations:", 41, 0),
        ("Member States should ratify the Convention;", 41, 1),
        ("Member States should collect data.", 41, 1),
    ]
    for text, num_id, level in body:
        _in_list(doc, text, num_id, level)
    path = tmp_path / "override.docx"
    doc.save(path)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "2(a)", "2(b)", "3", "3(i)", "3(ii)"]
    assert _text(parsed, "3(ii)") == "Member States should collect data."
    shown = ["1.", "2.", "(a)", "(b)", "3.", "(i)", "(ii)"]
    said = [f"{n} {text}" for n, (text, _, _) in zip(shown, body, strict=True)]
    assert_every_word_once("\n".join([*MASTHEAD, *said]), parsed)


def test_paragraph_numbers_that_never_restart_count_on_across_chapters(tmp_path: Path) -> None:
    """One list numbers the chapters (level 0, "I.") and the paragraphs (level 1) and says
    that the paragraphs never count from 1 again (``w:lvlRestart`` 0, ECMA-376 §17.9.11):
    Word numbers them 1 to 4 through both chapters. Read as restarting under each chapter,
    chapter II's paragraphs were 1 and 2 again: ids "1~2", "2~2", none of them right. The
    items (level 2, no lvlRestart) still restart under each paragraph."""
    doc = _list_document(
        _lvl(0, "upperRoman", "%1.")
        + _lvl(1, "decimal", "%2.", '<w:lvlRestart w:val="0"/>')
        + _lvl(2, "lowerLetter", "(%3)"),
        '<w:num w:numId="40"><w:abstractNumId w:val="40"/></w:num>',
    )
    body = [
        ("I.", "Introduction", 0),
        ("1.", "The meeting was held in Abidjan.", 1),
        ("2.", "The meeting elected the following officers:", 1),
        ("(a)", "Chair: Aïcha Koné (Côte d'Ivoire);", 2),
        ("(b)", "Rapporteur: Sékou Traoré (Mali).", 2),
        ("II.", "Recommendations", 0),
        ("3.", "The meeting recommended that States:", 1),
        ("(a)", "Ratify the Convention;", 2),
        ("(b)", "Collect data.", 2),
        ("4.", "The meeting adopted its report.", 1),
    ]
    for _, text, level in body:
        _in_list(doc, text, 40, level)
    path = tmp_path / "never-restart.docx"
    doc.save(path)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "2(a)", "2(b)", "3", "3(a)", "3(b)", "4"]
    assert parsed.headings == ["I. Introduction", "II. Recommendations"]
    assert _section(parsed, "3") == ["II. Recommendations"]
    said = [f"{shown} {text}" for shown, text, _ in body]
    assert_every_word_once("\n".join([*MASTHEAD, *said]), parsed)


def test_a_markdown_list_written_the_lazy_way_is_numbered_as_it_renders(tmp_path: Path) -> None:
    """A Markdown list may repeat one number before every item ("3." "3." "3."), which
    CommonMark renders 3, 4, 5: read as written, the items after the first were headings and
    the paragraphs lost their numbers. Two items of one number (paragraph 1, then a
    sub-heading numbered 1, as in the bundled report) are read as written."""
    paragraphs = [
        "The meeting was held in Willemstad, Curaçao.",
        "It was attended by experts from twelve States.",
        "Speakers described the smuggling of migrants by sea.",
        "Speakers recommended closer cooperation between coastguards.",
        "The meeting adopted its report.",
    ]
    path = tmp_path / "lazy.md"
    path.write_text(
        f"{MASTHEAD[0]}\\\n{MASTHEAD[1]}\n\n## I. Introduction\n\n"
        f"1. {paragraphs[0]}\n\n1. Organization of work\n\n2. {paragraphs[1]}\n\n"
        "## II. Deliberations\n\n" + "".join(f"3. {text}\n\n" for text in paragraphs[2:]),
        encoding="utf-8",
    )
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "3", "4", "5"]
    assert parsed.headings == ["I. Introduction", "1. Organization of work", "II. Deliberations"]
    for number, text in enumerate(paragraphs, start=1):
        assert _text(parsed, str(number)) == text
    said = [
        *MASTHEAD,
        "I. Introduction",
        f"1. {paragraphs[0]}",
        "1. Organization of work",
        f"2. {paragraphs[1]}",
        "II. Deliberations",
        *(f"{n}. {text}" for n, text in enumerate(paragraphs[2:], start=3)),
    ]
    assert_every_word_once("\n\n".join(said), parsed)


def test_markdown_paragraphs_numbered_with_a_parenthesis_keep_their_numbers(
    tmp_path: Path,
) -> None:
    """ "1)" opens an ordered list item as "1." does, and CommonMark renders both "1.": read
    as written, no paragraph was numbered and the file was refused."""
    path = tmp_path / "paren.md"
    path.write_text(
        f"{MASTHEAD[0]}\\\n{MASTHEAD[1]}\n\n## I. Introduction\n\n"
        "1) The meeting was held in Lima from 3 to 5 March 2025.\n\n"
        "2) Speakers described the smuggling of migrants by sea, in particular:\n"
        "   (a) By fishing boats;\n   (b) By container ships.\n",
        encoding="utf-8",
    )
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "2(a)", "2(b)"]
    assert _text(parsed, "2(b)") == "By container ships."
    said = [
        *MASTHEAD,
        "I. Introduction",
        "1. The meeting was held in Lima from 3 to 5 March 2025.",
        "2. Speakers described the smuggling of migrants by sea, in particular:",
        "(a) By fishing boats;",
        "(b) By container ships.",
    ]
    assert_every_word_once("\n\n".join(said), parsed)


def test_a_word_layout_table_keeps_its_numbers_beside_item_and_heading_rows(
    tmp_path: Path,
) -> None:
    """A body set in a borderless two-column Word table ("1. | text"), with items set in the
    text column beside an empty number cell and a chapter heading across both columns: one
    such row made the whole table a data table, and the document was refused as no report."""
    document = Document()
    for line in MASTHEAD:
        document.add_paragraph(line)
    document.add_paragraph("I. Introduction")
    table = document.add_table(rows=0, cols=2)

    def row(label: str, text: str) -> None:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, text

    row("1.", "The meeting was held in Lima from 3 to 5 March 2025, and considered:")
    row("", "(a) The smuggling of migrants;")
    row("", "(b) Trafficking in persons.")
    heading = table.add_row().cells
    heading[0].merge(heading[1]).text = "II. Deliberations"
    row("2.", "Speakers described the smuggling of migrants by sea.")
    path = tmp_path / "layout-table.docx"
    document.save(str(path))
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "1(a)", "1(b)", "2"]
    assert parsed.headings == ["I. Introduction", "II. Deliberations"]
    assert _section(parsed, "2") == ["II. Deliberations"]
    said = [
        *MASTHEAD,
        "I. Introduction",
        "1. The meeting was held in Lima from 3 to 5 March 2025, and considered:",
        "(a) The smuggling of migrants;",
        "(b) Trafficking in persons.",
        "II. Deliberations",
        "2. Speakers described the smuggling of migrants by sea.",
    ]
    assert_every_word_once("\n\n".join(said), parsed)
