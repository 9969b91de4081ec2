"""Word features of the UN report templates, second round: paragraph numbers that come from
the paragraph's style (and a styled paragraph that takes no number), lettered levels written
"a." or "a)", roman sub-levels "(i)" and legal numbering "1.1", text boxes holding a side note
or the document symbol, endnotes and a note called twice, comments, bookmarks and proofing
marks inside words, symbols and non-breaking hyphens inside names, a word split across runs
of different formatting, and a list that goes on after a table. Every word of the body is in
exactly one unit, the unit ids are the document's numbers, and no comment or deleted text
enters a unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from _docx_reports import (
    SYMBOL,
    TITLE,
    W,
    _add_part,
    _append,
    _list,
    _nowhere,
    _num,
    _numbered,
    _parse,
    _report,
    _run,
    _units,
)
from _words import assert_every_word_once
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.oxml import parse_xml

CHANGE = 'w:author="Editor" w:date="2025-06-04T10:00:00Z"'


def _style(document, name: str, num_id: int, level: int | None = None, based_on=None):  # noqa: ANN001, ANN202
    """A paragraph style that numbers its paragraphs (w:numPr in styles.xml), as the UN
    templates' body styles do; the paragraphs only name the style."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if based_on is not None:
        style.base_style = based_on
    num_pr = style.element.get_or_add_pPr().get_or_add_numPr()
    if level is not None:
        num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
    return style


def test_numbers_that_come_from_the_paragraph_style(tmp_path: Path) -> None:
    """The template's "UN Para" style carries the list (numId and level in styles.xml), its
    "UN Item" style, based on it, the lettered level; a paragraph names only the style. A
    quotation set in "UN Para" takes no number (its own w:numId 0), and a paragraph in "UN
    Para" moved to the lettered level by its own w:ilvl alone keeps the style's list."""
    document = _report()
    _list(document, 60, [("decimal", "%1."), ("lowerLetter", "(%2)")])
    _num(document, 60, 60)
    para = _style(document, "UN Para", 60, 0)
    item = _style(document, "UN Item", 60, 1, based_on=para)
    document.add_heading("I. Introduction", level=1)
    document.add_paragraph("The Meeting was held in Sofia from 2 to 4 June 2025.", para)
    document.add_paragraph("The Chair recalled the words of the Kyoto Declaration:", para)
    quote = document.add_paragraph(
        "\u201cWe, the Member States, reaffirm our commitment to the rule of law.\u201d", para
    )
    _numbered(quote, 0)  # w:numId 0: the style's number is switched off
    document.add_heading("II. Recommendations", level=1)
    document.add_paragraph("The Meeting recommended that Member States:", para)
    document.add_paragraph("Criminalize the laundering of proceeds of crime;", item)
    sub = document.add_paragraph("Freeze assets without delay.", para)
    level = sub._p.get_or_add_pPr().get_or_add_numPr()
    level.get_or_add_ilvl().val = 1  # the level set on the paragraph, the list by its style
    document.add_paragraph("The Meeting adopted its report.", para)
    text, doc = _parse(document, tmp_path / "styled.docx")

    assert doc.unit_ids == ["front", "1", "2", "3", "3(a)", "3(b)", "4"]
    units = _units(doc)
    assert units["1"] == "The Meeting was held in Sofia from 2 to 4 June 2025."
    assert "reaffirm our commitment" in units["2"]
    assert units["3(b)"] == "Freeze assets without delay."
    assert units["4"] == "The Meeting adopted its report."
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1 The Meeting was held in Sofia from 2 to 4 June 2025.
        2 The Chair recalled the words of the Kyoto Declaration:
        We, the Member States, reaffirm our commitment to the rule of law.
        II. Recommendations 3 The Meeting recommended that Member States:
        a Criminalize the laundering of proceeds of crime; b Freeze assets without delay.
        4 The Meeting adopted its report."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


@pytest.mark.parametrize(("letter", "roman"), [("%2.", "(%3)"), ("%2)", "%3)")])
def test_lettered_levels_written_a_dot_or_a_paren_and_roman_sub_levels(
    tmp_path: Path, letter: str, roman: str
) -> None:
    """Templates other than the Congress's write the lettered level "a." or "a)" and nest a
    roman level "(i)" or "i)" under it; the ids are still the paragraph's number and its
    markers."""
    document = _report()
    _list(document, 61, [("decimal", "%1."), ("lowerLetter", letter), ("lowerRoman", roman)])
    _num(document, 61, 61)

    def para(words: str, level: int = 0) -> None:
        _numbered(document.add_paragraph(words), 61, level)

    document.add_heading("I. Introduction", level=1)
    para("The Meeting was held in Tirana.")
    para("The Meeting recommended that Member States:")
    para("Strengthen their central authorities, in particular by:", 1)
    para("Training their staff;", 2)
    para("Using electronic transmission of requests;", 2)
    para("Share information on trafficking routes.", 1)
    document.add_heading("II. Recommendations", level=1)
    para("The Meeting further recommended that UNODC:")
    para("Update its model law;", 1)
    para("Report to the Congress.", 1)
    text, doc = _parse(document, tmp_path / "letters.docx")

    assert doc.unit_ids == [
        "front", "1", "2", "2(a)", "2(a)(i)", "2(a)(ii)", "2(b)", "3", "3(a)", "3(b)",
    ]  # fmt: skip
    units = _units(doc)
    assert units["2"] == "The Meeting recommended that Member States:"
    assert units["2(a)(ii)"] == "Using electronic transmission of requests;"
    assert units["3(b)"] == "Report to the Congress."
    body = f"""{SYMBOL} {TITLE} I. Introduction 1 The Meeting was held in Tirana.
        2 The Meeting recommended that Member States:
        a Strengthen their central authorities, in particular by:
        i Training their staff; ii Using electronic transmission of requests;
        b Share information on trafficking routes.
        II. Recommendations 3 The Meeting further recommended that UNODC:
        a Update its model law; b Report to the Congress."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_legal_numbering_keeps_every_number_and_word(tmp_path: Path) -> None:
    """An annex of guidelines numbered "1.", "1.1", "1.2", "2." (legal numbering, lvlText
    "%1.%2"): each numbered line is a unit of its own and no word is lost or doubled."""
    document = _report()
    _list(document, 63, [("decimal", "%1."), ("decimal", "%1.%2")])
    _num(document, 63, 63)
    document.add_heading("I. Introduction", level=1)
    document.add_paragraph("1.\tThe Meeting adopted the guidelines annexed to this report.")
    document.add_heading("Annex", level=1)
    document.add_heading("Guidelines on mutual legal assistance", level=2)
    lines = [
        (0, "Central authorities should answer requests within 30 days."),
        (1, "Requests should be sent electronically."),
        (1, "Urgent requests should be marked as such."),
        (0, "States should publish their contact points."),
    ]
    for level, words in lines:
        _numbered(document.add_paragraph(words), 63, level)
    text, doc = _parse(document, tmp_path / "legal.docx")

    assert doc.unit_ids == ["front", "1", "1~2", "1.1", "1.2", "2"]
    units = _units(doc)
    assert units["1.2"] == "Urgent requests should be marked as such."
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Meeting adopted the guidelines annexed to this report.
        Annex Guidelines on mutual legal assistance
        1. {lines[0][1]} 1.1 {lines[1][1]} 1.2 {lines[2][1]} 2. {lines[3][1]}"""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def _drawing_box(words: list[str]) -> str:
    """A floating text box as Word 2010+ writes it: a DrawingML shape (wps:txbx) with the
    same text again in a VML fallback for older readers (mc:AlternateContent)."""
    content = (
        "<w:txbxContent>" + "".join(f"<w:p>{_run(w)}</w:p>" for w in words) + ("</w:txbxContent>")
    )
    return (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'Requires="wps"><w:drawing>'
        '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing" '
        'distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="914400"/><wp:wrapSquare '
        'wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
        'id="Text Box 1" type="#_x0000_t202" style="width:144pt;height:72pt">'
        f"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def _vml_box(words: str) -> str:
    """A text box as older Word files keep it: a VML shape only (w:pict)."""
    return (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="Symbol box" '
        'type="#_x0000_t202" style="position:absolute;margin-left:300pt;width:150pt;'
        f'height:20pt"><v:textbox><w:txbxContent><w:p>{_run(words)}</w:p></w:txbxContent>'
        "</v:textbox></v:shape></w:pict></w:r>"
    )


BOX_FIGURES = "Requests sent electronically rose from 40 to 212 in 2024."


def test_text_boxes_are_read_once(tmp_path: Path) -> None:
    """The symbol in a VML text box at the top right of page 1 (its anchor paragraph empty),
    and a side note in a modern text box anchored in a paragraph, with the VML copy Word
    keeps for older readers: each text is read once, after the paragraph its box is anchored
    in, and the paragraph keeps its number."""
    from docx import Document

    document = Document()
    anchor = document.add_paragraph()
    _append(anchor, _vml_box(SYMBOL))
    document.add_paragraph(TITLE)
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tThe Meeting was held in Skopje.")
    _append(first, _drawing_box(["Box 1", "Regional cooperation in figures", BOX_FIGURES]))
    document.add_paragraph("2.\tThe Meeting adopted its agenda.")
    text, doc = _parse(document, tmp_path / "boxes.docx")

    assert doc.unit_ids == ["front", "1", "2"]
    assert doc.meta.symbol == SYMBOL
    units = _units(doc)
    assert units["1"].startswith("The Meeting was held in Skopje.")
    assert units["2"] == "The Meeting adopted its agenda."
    # The box's title lines are no headings of the body: paragraph 2 is not under them.
    sections = {unit.unit_id: unit.section for unit in doc.units}
    assert sections["2"] == sections["1"] == ["I. Introduction"]
    _nowhere(doc, text, "Text Box", "shape")  # the shapes' names are no text
    body = f"""{SYMBOL} {TITLE} I. Introduction 1. The Meeting was held in Skopje.
        Box 1 Regional cooperation in figures {BOX_FIGURES}
        2. The Meeting adopted its agenda."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


ENDNOTE = "E/CN.15/2025/4, para. 7."
SHARED_NOTE = "Data from the United Nations Survey of Crime Trends."
OTHER_NOTE = "Replies received from 31 States."


def test_endnotes_and_a_footnote_called_twice(tmp_path: Path) -> None:
    """Endnotes live in endnotes.xml (w:endnoteReference) and end what calls them, as
    footnotes do. A footnote called from two paragraphs (the same w:id twice) is one note of
    the document: its text is read once, with the first paragraph that calls it."""
    document = _report()
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tThe Commission considered the report.")
    _append(first, '<w:r><w:endnoteReference w:id="1"/></w:r>')
    second = document.add_paragraph("2.\tThe rate of reported homicide fell.")
    _append(second, '<w:r><w:footnoteReference w:id="1"/></w:r>')
    third = document.add_paragraph("3.\tThe rate of reported robbery rose.")
    _append(third, '<w:r><w:footnoteReference w:id="1"/></w:r>'
                   '<w:r><w:footnoteReference w:id="2"/></w:r>')  # fmt: skip
    separators = (
        '<w:{k} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{k}>'
        '<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:{k}>"
    )
    _add_part(
        document,
        "endnotes",
        CONTENT_TYPE.WML_ENDNOTES,
        RELATIONSHIP_TYPE.ENDNOTES,
        f"<w:endnotes {W}>{separators.format(k='endnote')}"
        f'<w:endnote w:id="1"><w:p>{_run(ENDNOTE)}</w:p></w:endnote></w:endnotes>',
    )
    _add_part(
        document,
        "footnotes",
        CONTENT_TYPE.WML_FOOTNOTES,
        RELATIONSHIP_TYPE.FOOTNOTES,
        f"<w:footnotes {W}>{separators.format(k='footnote')}"
        f'<w:footnote w:id="1"><w:p>{_run(SHARED_NOTE)}</w:p></w:footnote>'
        f'<w:footnote w:id="2"><w:p>{_run(OTHER_NOTE)}</w:p></w:footnote></w:footnotes>',
    )
    text, doc = _parse(document, tmp_path / "endnotes.docx")

    assert doc.unit_ids == ["front", "1", "2", "3"]
    units = _units(doc)
    assert units["1"] == f"The Commission considered the report. {ENDNOTE}"
    assert units["2"] == f"The rate of reported homicide fell. {SHARED_NOTE}"
    assert units["3"] == f"The rate of reported robbery rose. {OTHER_NOTE}"
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Commission considered the report. {ENDNOTE}
        2. The rate of reported homicide fell. {SHARED_NOTE}
        3. The rate of reported robbery rose. {OTHER_NOTE}"""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


COMMENT = "Secretariat to check this figure before issuance."


def test_comments_never_enter_the_text(tmp_path: Path) -> None:
    """A reviewer's comments (comments.xml) anchored on a range of a paragraph and on a whole
    paragraph, with their reference marks: the body reads as printed without markup, and no
    word of a comment enters a unit."""
    document = _report()
    _add_part(
        document,
        "comments",
        CONTENT_TYPE.WML_COMMENTS,
        RELATIONSHIP_TYPE.COMMENTS,
        f"<w:comments {W}>"
        f'<w:comment w:id="0" {CHANGE} w:initials="ED"><w:p><w:r><w:annotationRef/></w:r>'
        f"{_run(COMMENT)}</w:p></w:comment>"
        f'<w:comment w:id="1" {CHANGE} w:initials="ED"><w:p><w:r><w:annotationRef/></w:r>'
        f"{_run('Reviewer asks: is Vienna right?')}</w:p></w:comment></w:comments>",
    )
    mark = (
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        '<w:commentReference w:id="{}"/></w:r>'
    )
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tThe Meeting was held in ")
    _append(
        first,
        '<w:commentRangeStart w:id="1"/>'
        + _run("Vienna")
        + '<w:commentRangeEnd w:id="1"/>'
        + mark.format(1)
        + _run(" on 2 June 2025."),
    )
    second = document.add_paragraph()
    _append(
        second,
        '<w:commentRangeStart w:id="0"/>'
        + _run("2.\tSeizures of cocaine reached 412 tons.")
        + f'<w:del w:id="5" {CHANGE}><w:r><w:delText> Provisional figure.</w:delText></w:r>'
        "</w:del>"
        '<w:commentRangeEnd w:id="0"/>' + mark.format(0),
    )
    text, doc = _parse(document, tmp_path / "comments.docx")

    assert doc.unit_ids == ["front", "1", "2"]
    units = _units(doc)
    assert units["1"] == "The Meeting was held in Vienna on 2 June 2025."
    assert units["2"] == "Seizures of cocaine reached 412 tons."
    _nowhere(doc, text, "Secretariat", "Reviewer", "Provisional")
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Meeting was held in Vienna on 2 June 2025.
        2. Seizures of cocaine reached 412 tons."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_bookmarks_proofing_marks_and_formatting_inside_words(tmp_path: Path) -> None:
    """Word splits a word across runs wherever formatting, a bookmark (a cross-reference
    target), a spelling mark (w:proofErr), a rendered page break or a permission range falls:
    "imple" in bold then "mentation", a bookmark inside "cooperation". Each stays one word."""
    document = _report()
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tThe Meeting reviewed the ")
    _append(
        first,
        "<w:r><w:rPr><w:b/></w:rPr><w:t>imple</w:t></w:r>"
        "<w:r><w:rPr><w:i/></w:rPr><w:t>men</w:t></w:r>"
        '<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>tation</w:t></w:r>'
        + _run(" of the ")
        + '<w:proofErr w:type="spellStart"/><w:r><w:t>Kyo</w:t></w:r>'
        '<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>to</w:t></w:r>'
        '<w:proofErr w:type="spellEnd"/>' + _run(" Declaration."),
    )
    second = document.add_paragraph("2.\tSpeakers stressed inter")
    _append(
        second,
        '<w:bookmarkStart w:id="0" w:name="_Ref200"/><w:r><w:t>national</w:t></w:r>'
        '<w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve"> co</w:t></w:r>'
        '<w:bookmarkEnd w:id="0"/><w:permStart w:id="3" w:edGrp="everyone"/>'
        '<w:r><w:t>operation</w:t></w:r><w:permEnd w:id="3"/>'
        f'<w:ins w:id="4" {CHANGE}><w:r><w:t>al</w:t></w:r></w:ins>'
        f'<w:del w:id="6" {CHANGE}><w:r><w:delText>ist</w:delText></w:r></w:del>'
        + _run(" networks."),
    )
    text, doc = _parse(document, tmp_path / "runs.docx")

    assert doc.unit_ids == ["front", "1", "2"]
    units = _units(doc)
    assert units["1"] == "The Meeting reviewed the implementation of the Kyoto Declaration."
    assert units["2"] == "Speakers stressed international cooperational networks."
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Meeting reviewed the implementation of the Kyoto Declaration.
        2. Speakers stressed international cooperational networks."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def _sym(char: str, font: str = "Symbol") -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def test_symbols_and_non_breaking_hyphens_inside_names_and_figures(tmp_path: Path) -> None:
    """Word keeps a character inserted from a symbol font as w:sym (its code in the font's
    private range): "12±2", "5 μg", "2015→2024"; a name hyphenated with a non-breaking hyphen
    stays one name. Dropping the symbol ran "12" and "2" together into "122"."""
    document = _report()
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tThe Meeting was chaired by Marie")
    _append(
        first,
        "<w:r><w:noBreakHyphen/><w:t>Claire</w:t></w:r>"
        + _run(" Dubois")
        + "<w:r><w:noBreakHyphen/><w:t>Laurent.</w:t></w:r>",
    )
    second = document.add_paragraph("2.\tSeizures rose by 12")
    _append(second, _sym("F0B1") + _run("2 per cent from 2015") + _sym("F0AE") + _run("2024."))
    third = document.add_paragraph("3.\tSamples held 5 ")
    _append(third, _sym("F06D") + _run("g of fentanyl") + _sym("F0FC", "Wingdings") + _run("."))
    text, doc = _parse(document, tmp_path / "symbols.docx")

    assert doc.unit_ids == ["front", "1", "2", "3"]
    units = _units(doc)
    assert units["1"] == "The Meeting was chaired by Marie-Claire Dubois-Laurent."
    assert units["2"] == "Seizures rose by 12\u00b12 per cent from 2015\u21922024."
    assert units["3"].startswith("Samples held 5 \u03bcg of fentanyl")
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Meeting was chaired by Marie-Claire Dubois-Laurent.
        2. Seizures rose by 12 2 per cent from 2015 2024.
        3. Samples held 5 \u03bcg of fentanyl."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_a_numbered_list_goes_on_after_a_table(tmp_path: Path) -> None:
    """Paragraphs 1 and 2 are automatically numbered, a data table follows paragraph 2, and
    the next paragraph goes on at 3 (same list), as its lettered items restart under it."""
    document = _report()
    _list(document, 64, [("decimal", "%1."), ("lowerLetter", "(%2)")])
    _num(document, 64, 64)
    document.add_heading("I. Introduction", level=1)
    _numbered(document.add_paragraph("The Meeting was held in Podgorica."), 64)
    _numbered(document.add_paragraph("Participation is shown in the table below."), 64)
    table = document.add_table(rows=2, cols=2)
    for cell, value in zip(table._cells, ["Group", "Participants", "States", "27"], strict=True):
        cell.text = value
    _numbered(document.add_paragraph("The Meeting recommended that States:"), 64)
    _numbered(document.add_paragraph("Ratify the Convention;"), 64, 1)
    _numbered(document.add_paragraph("Report on its implementation."), 64, 1)
    document.add_heading("II. Recommendations", level=1)
    _numbered(document.add_paragraph("The Meeting adopted its report."), 64)
    text, doc = _parse(document, tmp_path / "after_table.docx")

    assert doc.unit_ids == ["front", "1", "2", "3", "3(a)", "3(b)", "4"]
    units = _units(doc)
    assert "States | 27" in units["2"]
    assert units["3"] == "The Meeting recommended that States:"
    body = f"""{SYMBOL} {TITLE} I. Introduction 1 The Meeting was held in Podgorica.
        2 Participation is shown in the table below. Group Participants States 27
        3 The Meeting recommended that States: a Ratify the Convention;
        b Report on its implementation. II. Recommendations 4 The Meeting adopted its report."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_a_table_of_automatically_numbered_paragraphs_keeps_its_numbers(tmp_path: Path) -> None:
    """A borderless table whose left cells hold only an automatic number of the body's list
    (the template's "numbered paragraph in a table"): the numbers count on with the body's
    paragraphs, and the table's rows are the paragraphs they number."""
    document = _report()
    _list(document, 65, [("decimal", "%1."), ("lowerLetter", "(%2)")])
    _num(document, 65, 65)
    document.add_heading("I. Introduction", level=1)
    _numbered(document.add_paragraph("The Meeting was held in Belgrade."), 65)
    table = document.add_table(rows=2, cols=2)
    rows = ["The Meeting elected its officers.", "The Meeting adopted its agenda."]
    for row, words in zip(table.rows, rows, strict=True):
        _numbered(row.cells[0].paragraphs[0], 65)
        row.cells[1].text = words
    _numbered(document.add_paragraph("The Meeting adopted its report."), 65)
    text, doc = _parse(document, tmp_path / "numbered_cells.docx")

    assert doc.unit_ids == ["front", "1", "2", "3", "4"]
    units = _units(doc)
    assert units["3"] == "The Meeting adopted its agenda."
    assert units["4"] == "The Meeting adopted its report."
    body = f"""{SYMBOL} {TITLE} I. Introduction 1 The Meeting was held in Belgrade.
        2 {rows[0]} 3 {rows[1]} 4 The Meeting adopted its report."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_nothing_from_a_deleted_style_numbered_paragraph(tmp_path: Path) -> None:
    """A style-numbered paragraph deleted with its mark (tracked) takes no number, and a
    paragraph inserted in its place takes the next one."""
    document = _report()
    _list(document, 66, [("decimal", "%1.")])
    _num(document, 66, 66)
    para = _style(document, "UN Para", 66)
    document.add_heading("I. Introduction", level=1)
    document.add_paragraph("The Meeting was held in Sarajevo.", para)
    gone = document.add_paragraph(style=para)
    gone._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:del w:id="1" {CHANGE}/></w:rPr>'))
    _append(gone, f'<w:del w:id="2" {CHANGE}><w:r><w:delText>The budget was discussed.'
                  "</w:delText></w:r></w:del>")  # fmt: skip
    document.add_paragraph("The Meeting adopted its report.", para)
    text, doc = _parse(document, tmp_path / "deleted_styled.docx")

    assert doc.unit_ids == ["front", "1", "2"]
    _nowhere(doc, text, "budget")
    body = f"""{SYMBOL} {TITLE} I. Introduction 1 The Meeting was held in Sarajevo.
        2 The Meeting adopted its report."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)
