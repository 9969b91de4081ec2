"""Word features real UN reports carry, each in a report written by python-docx (raw OOXML
where python-docx has no API) and read by the real reader: automatic numbering with lettered
sub-levels and a list that restarts, footnotes in their own part, tracked changes (moves
too), content controls, hyperlinks and fields, a table used for layout, soft breaks and tabs,
smart tags and custom XML, and sections with headers and footers of their own. Every word
of the body is in exactly one unit, the unit ids are the document's numbers, and no deleted
text, field instruction or header and footer text enters a unit."""

from __future__ import annotations

from pathlib import Path

from _docx_reports import (
    SYMBOL,
    TITLE,
    W,
    _add_part,
    _append,
    _before,
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
from docx import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.oxml import parse_xml


def test_automatic_numbering_with_lettered_levels_a_restart_and_numbered_headings(
    tmp_path: Path,
) -> None:
    """Paragraph numbers and "(a)" sub-items come from a Word list (numbering.xml), the
    letters restart under each numbered paragraph, the headings are numbered "I.", "II." by
    their style, and the annex's draft resolution restarts the list at 1 ("Restart at 1")."""
    document = _report()
    _list(document, 70, [("decimal", "%1."), ("lowerLetter", "(%2)")])
    _num(document, 70, 70)
    _num(document, 71, 70, restart=1)
    _list(document, 72, [("upperRoman", "%1.")])
    _num(document, 72, 72)
    heading_style = document.styles["Heading 1"].element
    num_pr = heading_style.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = 72

    def para(text: str, level: int = 0, num_id: int = 70) -> None:
        _numbered(document.add_paragraph(text), num_id, level)

    document.add_heading("Introduction", level=1)
    para("The Meeting was held in Vienna from 2 to 4 June 2025.")
    para("The Meeting recommended that Member States:")
    para("Strengthen cooperation between central authorities;", 1)
    para("Share data on trafficking routes.", 1)
    document.add_heading("Recommendations", level=1)
    para("The Meeting further recommended that States:")
    para("Train judges on electronic evidence;", 1)
    para("Protect the victims of trafficking.", 1)
    para("The Meeting adopted its report on 4 June 2025.")
    annex = document.add_heading("Annex", level=1)
    _numbered(annex, 0)  # the annex heading takes no number from its style
    document.add_heading("Draft resolution for adoption by the Congress", level=2)
    para("Welcomes the report of the Meeting.", num_id=71)
    para("Decides to remain seized of the matter.", num_id=71)
    text, doc = _parse(document, tmp_path / "numbered.docx")

    assert doc.unit_ids == [
        "front", "1", "2", "2(a)", "2(b)", "3", "3(a)", "3(b)", "4", "1~2", "2~2",
    ]  # fmt: skip
    assert doc.headings[:2] == ["I. Introduction", "II. Recommendations"]
    units = _units(doc)
    assert units["3(a)"] == "Train judges on electronic evidence;"
    assert units["1~2"] == "Welcomes the report of the Meeting."
    body = f"""{SYMBOL} {TITLE}
        I Introduction 1 The Meeting was held in Vienna from 2 to 4 June 2025.
        2 The Meeting recommended that Member States:
        a Strengthen cooperation between central authorities;
        b Share data on trafficking routes.
        II Recommendations 3 The Meeting further recommended that States:
        a Train judges on electronic evidence; b Protect the victims of trafficking.
        4 The Meeting adopted its report on 4 June 2025.
        Annex Draft resolution for adoption by the Congress
        1 Welcomes the report of the Meeting. 2 Decides to remain seized of the matter."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


NOTE_PARAGRAPH = "General Assembly resolution 79/243, annex."
NOTE_ITEM = "See CTOC/COP/2024/3, para. 12."
NOTE_TABLE = "Figures reported by 14 States only."
NOTE_TWO = ("Available from the UNODC website.", "Last consulted on 1 May 2025.")


def _footnotes(document) -> None:  # noqa: ANN001
    notes = {1: [NOTE_PARAGRAPH], 2: [NOTE_ITEM], 3: [NOTE_TABLE], 4: list(NOTE_TWO)}
    body = "".join(
        f'<w:footnote w:id="{i}">'
        + "".join(
            '<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            + ("<w:r><w:footnoteRef/></w:r><w:r><w:tab/></w:r>" if k == 0 else "")
            + _run(line)
            + "</w:p>"
            for k, line in enumerate(lines)
        )
        + "</w:footnote>"
        for i, lines in notes.items()
    )
    _add_part(
        document,
        "footnotes",
        CONTENT_TYPE.WML_FOOTNOTES,
        RELATIONSHIP_TYPE.FOOTNOTES,
        f"<w:footnotes {W}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f"{body}</w:footnotes>",
    )


def _note_mark(note_id: int) -> str:
    return (
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'
    )


def test_footnotes_in_their_own_part_end_what_calls_them(tmp_path: Path) -> None:
    """Word keeps footnotes in footnotes.xml and marks the body with w:footnoteReference: in a
    paragraph, in a sub-item, in an annex table's cell, and a note of two paragraphs."""
    document = _report()
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tThe Meeting recalled the Kyoto Declaration.")
    _append(first, _note_mark(1))
    document.add_paragraph("2.\tThe Meeting recommended that Member States:")
    item = document.add_paragraph("(a)\tReview their legislation")
    _append(item, _note_mark(2) + _run(" on cybercrime;"))
    last = document.add_paragraph("(b)\tConsult the knowledge portal.")
    _append(last, _note_mark(4))
    document.add_heading("II. Recommendations", level=1)
    document.add_paragraph("3.\tThe Meeting adopted the present report.")
    document.add_heading("Annex", level=1)
    document.add_heading("Cases recorded, 2024", level=2)
    table = document.add_table(rows=2, cols=2)
    for cell, value in zip(table._cells, ["Region", "Cases", "Danube basin", "412"], strict=True):
        cell.text = value
    table.cell(1, 1).paragraphs[0]._p.append(parse_xml(f"<w:wrap {W}>{_note_mark(3)}</w:wrap>")[0])
    _footnotes(document)
    text, doc = _parse(document, tmp_path / "notes.docx")

    assert doc.unit_ids == ["front", "1", "2", "2(a)", "2(b)", "3", "annex.1"]
    units = _units(doc)
    assert units["1"] == f"The Meeting recalled the Kyoto Declaration. {NOTE_PARAGRAPH}"
    assert NOTE_ITEM in units["2(a)"] and "on cybercrime;" in units["2(a)"]
    assert " ".join(NOTE_TWO) in " ".join(units["2(b)"].split())
    assert NOTE_TABLE in units["annex.1"]
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Meeting recalled the Kyoto Declaration. {NOTE_PARAGRAPH}
        2. The Meeting recommended that Member States:
        (a) Review their legislation {NOTE_ITEM} on cybercrime;
        (b) Consult the knowledge portal. {" ".join(NOTE_TWO)}
        II. Recommendations 3. The Meeting adopted the present report.
        Annex Cases recorded, 2024 Region Cases Danube basin 412 {NOTE_TABLE}"""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


DELETED_SENTENCE = "The Meeting also discussed the budget of the Congress."
DELETED_PARAGRAPH = "The secretariat withdrew its earlier proposal on travel funds."
MOVED = "Several speakers stressed the role of civil society."
DELETED_FIELD = "PAGEREF _Ref123 \\h"


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    """A draft with tracked changes reads as if they were accepted: insertions count,
    deletions do not (a whole numbered paragraph deleted with its mark takes no number), and
    a moved sentence is read once, where it was moved to (w:moveTo), not where it was
    (w:moveFrom keeps its text in w:t)."""
    document = _report()
    _list(document, 80, [("decimal", "%1."), ("lowerLetter", "(%2)")])
    _num(document, 80, 80)
    change = 'w:author="Editor" w:date="2025-06-04T10:00:00Z"'
    document.add_heading("I. Introduction", level=1)
    _numbered(document.add_paragraph("The Meeting was opened by the Chair."), 80)
    gone = _numbered(document.add_paragraph(), 80)
    gone._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:del w:id="1" {change}/></w:rPr>'))
    _append(gone, f'<w:del w:id="2" {change}><w:r><w:delText>{DELETED_PARAGRAPH}'
                  "</w:delText></w:r></w:del>")  # fmt: skip
    second = _numbered(document.add_paragraph("Speakers called for "), 80)
    _append(
        second,
        f'<w:ins w:id="3" {change}>{_run("joint financial investigations and ")}</w:ins>'
        + _run("asset recovery. ")
        + f'<w:del w:id="4" {change}><w:r><w:delText>{DELETED_SENTENCE}</w:delText></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f"<w:r><w:delInstrText>{DELETED_FIELD}</w:delInstrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>',
    )
    third = _numbered(document.add_paragraph("The Meeting heard statements. "), 80)
    _append(
        third,
        f'<w:moveToRangeStart w:id="5" w:name="move1" {change}/>'
        f'<w:moveTo w:id="6" {change}>{_run(MOVED)}</w:moveTo>'
        '<w:moveToRangeEnd w:id="5"/>',
    )
    document.add_heading("II. Recommendations", level=1)
    fourth = _numbered(document.add_paragraph("The Meeting adopted its report. "), 80)
    _append(
        fourth,
        f'<w:moveFromRangeStart w:id="7" w:name="move1" {change}/>'
        f'<w:moveFrom w:id="8" {change}>{_run(MOVED)}</w:moveFrom>'
        '<w:moveFromRangeEnd w:id="7"/>',
    )
    added = _numbered(document.add_paragraph(), 80)
    added._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:ins w:id="9" {change}/></w:rPr>'))
    _append(added, f'<w:ins w:id="10" {change}>{_run("The report was adopted by consensus.")}'
                   "</w:ins>")  # fmt: skip
    text, doc = _parse(document, tmp_path / "draft.docx")

    assert doc.unit_ids == ["front", "1", "2", "3", "4", "5"]
    units = _units(doc)
    assert units["2"] == "Speakers called for joint financial investigations and asset recovery."
    assert units["3"] == f"The Meeting heard statements. {MOVED}"
    assert units["4"] == "The Meeting adopted its report."
    assert units["5"] == "The report was adopted by consensus."
    _nowhere(doc, text, DELETED_SENTENCE, DELETED_PARAGRAPH, "PAGEREF", "_Ref123")
    body = f"""{SYMBOL} {TITLE} I. Introduction 1 The Meeting was opened by the Chair.
        2 Speakers called for joint financial investigations and asset recovery.
        3 The Meeting heard statements. {MOVED}
        II. Recommendations 4 The Meeting adopted its report.
        5 The report was adopted by consensus."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def _sdt(content: str, tag: str = "field", gallery: str | None = None) -> str:
    part = (
        f'<w:docPartObj><w:docPartGallery w:val="{gallery}"/><w:docPartUnique/></w:docPartObj>'
        if gallery
        else f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
    )
    return f"<w:sdt><w:sdtPr>{part}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def _p(text: str) -> str:
    return f"<w:p>{_run(text)}</w:p>"


def _cell(text: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{_p(text)}</w:tc>'


def _table_xml(rows: str) -> str:
    return (
        f'<w:tbl {W}><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>'
        f"{rows}</w:tbl>"
    )


def test_content_controls_around_paragraphs_runs_rows_and_cells(tmp_path: Path) -> None:
    """Templates wrap text in content controls (w:sdt): around paragraphs, around runs inside a
    paragraph, around an annex table's rows (a repeating section) and cells. The table of
    contents is a content control too, and page furniture."""
    document = _report()
    body = document.element.body
    sect = body[-1]
    toc = _sdt(
        _p("Contents") + _p("I.\tIntroduction\t2") + _p("II.\tRecommendations\t3"),
        gallery="Table of Contents",
    )
    _before(sect, toc)
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tThe Meeting was held in ")
    _append(first, _sdt(_run("Budapest"), "venue") + _run(" from 2 to 4 June 2025."))
    wrapped = _sdt(
        _p("2.\tThe Meeting elected its officers by acclamation.")
        + _p("3.\tThe Meeting adopted its agenda.")
    )
    _before(sect, wrapped)
    document.add_heading("II. Recommendations", level=1)
    document.add_paragraph("4.\tThe Meeting recommended that States ratify the Convention.")
    document.add_heading("Annex", level=1)
    document.add_heading("List of documents", level=2)
    rows = f"<w:tr>{_cell('Symbol')}{_cell('Title')}</w:tr>" + _sdt(
        f"<w:tr>{_cell('A/CONF.234/RPM.9/L.1')}{_cell('Provisional agenda')}</w:tr>"
        f"<w:tr>{_cell('A/CONF.234/PM.1')}{_sdt(_cell('Discussion guide'), 'cell')}</w:tr>",
        "rows",
    )
    sect.addprevious(parse_xml(_table_xml(rows)))
    text, doc = _parse(document, tmp_path / "controls.docx")

    assert doc.unit_ids == ["front", "1", "2", "3", "4", "annex.1"]
    units = _units(doc)
    assert units["1"] == "The Meeting was held in Budapest from 2 to 4 June 2025."
    assert units["annex.1"].split("\n") == [
        "Symbol | Title",
        "A/CONF.234/RPM.9/L.1 | Provisional agenda",
        "A/CONF.234/PM.1 | Discussion guide",
    ]
    _nowhere(doc, text, "Contents")
    body_text = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Meeting was held in Budapest from 2 to 4 June 2025.
        2. The Meeting elected its officers by acclamation. 3. The Meeting adopted its agenda.
        II. Recommendations 4. The Meeting recommended that States ratify the Convention.
        Annex List of documents Symbol Title A/CONF.234/RPM.9/L.1 Provisional agenda
        A/CONF.234/PM.1 Discussion guide"""
    assert_every_word_once(body_text, doc)
    assert_every_word_once(text, doc)


def test_hyperlinks_and_fields_show_their_results_never_their_instructions(
    tmp_path: Path,
) -> None:
    """A hyperlink (w:hyperlink), a simple field (w:fldSimple) and complex fields (w:fldChar
    and w:instrText, one nested in another's result, one whose instruction spans runs): the
    reader keeps what Word shows, the result, and never the instruction."""
    document = _report()
    rel = document.part.relate_to(
        "https://www.unodc.org/congress", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tDocuments are on the ")
    _append(
        first,
        f'<w:hyperlink r:id="{rel}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
        "</w:rPr><w:t>Congress website</w:t></w:r></w:hyperlink>" + _run("."),
    )
    second = document.add_paragraph("2.\tAs noted in paragraph ")
    _append(
        second,
        '<w:fldSimple w:instr=" REF _Ref111 \\r \\h  \\* MERGEFORMAT ">'
        f"{_run('1')}</w:fldSimple>" + _run(" above, the guide is online at "),
    )
    _append(
        second,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK </w:instrText></w:r>'
        '<w:r><w:instrText xml:space="preserve">"https://www.unodc.org/guide" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run('the guide page')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + _run("."),
    )
    document.add_heading("II. Recommendations", level=1)
    third = document.add_paragraph("3.\tThe Meeting, in its ")
    _append(
        third,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF 1 = 1 "</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY Session </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run('second session')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:instrText xml:space="preserve">" "draft" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run('second session')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + _run(", adopted the report."),
    )
    text, doc = _parse(document, tmp_path / "fields.docx")

    assert doc.unit_ids == ["front", "1", "2", "3"]
    units = _units(doc)
    assert units["1"] == "Documents are on the Congress website."
    assert units["2"] == "As noted in paragraph 1 above, the guide is online at the guide page."
    _nowhere(doc, text, "HYPERLINK", "MERGEFORMAT", "_Ref111", "https", "DOCPROPERTY", "draft")
    body = f"""{SYMBOL} {TITLE} I. Introduction 1. Documents are on the Congress website.
        2. As noted in paragraph 1 above, the guide is online at the guide page.
        II. Recommendations 3. The Meeting, in its second session, adopted the report."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_a_two_column_table_used_for_layout_holds_numbered_paragraphs(tmp_path: Path) -> None:
    """Documents converted from print, and some templates, set the body in a borderless
    two-column table: the paragraph number in the left cell, its text in the right one
    (and the sub-item's letter beside its text). The numbers are still the paragraphs'."""
    document = _report()
    document.add_heading("I. Introduction", level=1)
    document.add_paragraph("1.\tThe Meeting was held in Bratislava.")
    document.add_heading("II. Recommendations", level=1)
    rows = [
        ("2.", "The Meeting recommended that Member States:"),
        ("(a)", "Adopt national action plans;"),
        ("(b)", "Fund victim support services."),
        ("3.", "The Meeting adopted the present report on 4 June 2025."),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (number, words) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = number, words
    text, doc = _parse(document, tmp_path / "layout.docx")

    assert doc.unit_ids == ["front", "1", "2", "2(a)", "2(b)", "3"]
    units = _units(doc)
    assert units["2(b)"] == "Fund victim support services."
    body = f"""{SYMBOL} {TITLE} I. Introduction 1. The Meeting was held in Bratislava.
        II. Recommendations """ + " ".join(f"{n} {t}" for n, t in rows)
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_an_agenda_set_as_a_numbered_table_stays_a_table(tmp_path: Path) -> None:
    """An agenda typed as a two-column table ("1." | "Opening of the meeting.") looks like a
    layout table, but its numbers start again at 1 inside a later paragraph: the items are
    the agenda's, not paragraphs of the report."""
    document = _report()
    document.add_heading("I. Introduction", level=1)
    document.add_paragraph("1.\tThe Meeting was held in Bratislava.")
    document.add_paragraph("2.\tThe Meeting adopted the following agenda:")
    items = [("1.", "Opening of the meeting."), ("2.", "Adoption of the agenda.")]
    table = document.add_table(rows=len(items), cols=2)
    for row, (number, words) in zip(table.rows, items, strict=True):
        row.cells[0].text, row.cells[1].text = number, words
    document.add_paragraph("3.\tThe Meeting adopted the present report.")
    text, doc = _parse(document, tmp_path / "agenda.docx")

    assert doc.unit_ids == ["front", "1", "2", "3"]
    assert "Opening of the meeting." in _units(doc)["2"]
    assert_every_word_once(text, doc)


def test_soft_breaks_tabs_and_special_characters_inside_paragraphs(tmp_path: Path) -> None:
    """Manual numbers set off by a tab, soft line breaks (w:br, w:cr), a page break inside a
    paragraph, an absolute-position tab (w:ptab), an optional hyphen and a non-breaking one:
    no two words run together and no word is lost."""
    document = _report()
    document.add_heading("I. Introduction", level=1)
    document.add_paragraph("1.\tThe Meeting elected the following officers:")
    officers = document.add_paragraph("Chair:")
    _append(
        officers,
        '<w:r><w:tab/><w:t>Ana</w:t><w:t xml:space="preserve"> Novak</w:t><w:br/>'
        "<w:t>Rapporteur:</w:t><w:tab/><w:t>Ivan Horvat</w:t></w:r>",
    )
    second = document.add_paragraph("2.\tThe Meeting considered")
    _append(
        second,
        "<w:r><w:br/><w:t>cross</w:t><w:noBreakHyphen/><w:t>border</w:t><w:cr/>"
        "<w:t>cooperation and the</w:t></w:r>"
        '<w:r><w:br w:type="page"/><w:t xml:space="preserve">pro</w:t><w:softHyphen/>'
        "<w:t>tection of witnesses.</w:t></w:r>",
    )
    document.add_heading("II. Recommendations", level=1)
    third = document.add_paragraph("3.\tStates should share data on seizures")
    _append(third, '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'
                   "<w:t>regularly.</w:t></w:r>")  # fmt: skip
    text, doc = _parse(document, tmp_path / "breaks.docx")

    assert doc.unit_ids == ["front", "1", "2", "3"]
    units = _units(doc)
    # The parser joins the lines of a block as it joins wrapped lines; the words stay apart.
    assert " ".join(units["1"].split()) == (
        "The Meeting elected the following officers: Chair: Ana Novak Rapporteur: Ivan Horvat"
    )
    assert " ".join(units["2"].split()) == (
        "The Meeting considered cross-border cooperation and the protection of witnesses."
    )
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Meeting elected the following officers: Chair: Ana Novak Rapporteur: Ivan Horvat
        2. The Meeting considered cross-border cooperation and the protection of witnesses.
        II. Recommendations 3. States should share data on seizures regularly."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_smart_tags_and_custom_xml_around_runs_paragraphs_and_rows(tmp_path: Path) -> None:
    """Older Word files tag places and dates (w:smartTag) and schema-bound templates wrap text
    in custom XML (w:customXml) around runs, paragraphs and a table's rows."""
    document = _report()
    sect = document.element.body[-1]
    document.add_heading("I. Introduction", level=1)
    first = document.add_paragraph("1.\tThe Meeting was held in ")
    _append(
        first,
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
        '<w:smartTagPr><w:attr w:name="City" w:val="Ljubljana"/></w:smartTagPr>'
        f"{_run('Ljubljana')}</w:smartTag>"
        + _run(" on ")
        + f'<w:customXml w:element="date">{_run("3 June 2025")}</w:customXml>'
        + _run("."),
    )
    block = (
        f'<w:customXml {W} w:element="paragraphs">'
        + _p("2.\tThe Meeting adopted its agenda.")
        + "</w:customXml>"
    )
    sect.addprevious(parse_xml(block))
    document.add_heading("II. Recommendations", level=1)
    document.add_paragraph("3.\tThe Meeting recommended the measures listed in the annex.")
    document.add_heading("Annex", level=1)
    document.add_heading("Measures", level=2)
    rows = (
        f"<w:tr>{_cell('Measure')}{_cell('Lead')}</w:tr>"
        f'<w:customXml w:element="row"><w:tr>{_cell("Joint investigations")}'
        f"{_cell('Prosecutors')}</w:tr></w:customXml>"
    )
    sect.addprevious(parse_xml(_table_xml(rows)))
    text, doc = _parse(document, tmp_path / "tags.docx")

    assert doc.unit_ids == ["front", "1", "2", "3", "annex.1"]
    units = _units(doc)
    assert units["1"] == "The Meeting was held in Ljubljana on 3 June 2025."
    assert units["annex.1"].split("\n") == ["Measure | Lead", "Joint investigations | Prosecutors"]
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1. The Meeting was held in Ljubljana on 3 June 2025. 2. The Meeting adopted its agenda.
        II. Recommendations 3. The Meeting recommended the measures listed in the annex.
        Annex Measures Measure Lead Joint investigations Prosecutors"""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_sections_with_their_own_headers_and_footers_leave_them_out(tmp_path: Path) -> None:
    """The annex starts a new section (landscape) with headers and footers of its own: a
    different first page, even pages and the running symbol and job number. Only the first
    section's first-page header (the masthead) is read; the rest is page furniture."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    document = Document()
    document.settings.odd_and_even_pages_header_footer = True
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = SYMBOL
    first.header.paragraphs[0].text = "Running header of the report"
    first.even_page_header.paragraphs[0].text = "Even page header of the report"
    first.footer.paragraphs[0].text = "Footer job number V.25-01234"
    first.first_page_footer.paragraphs[0].text = "First footer please recycle"
    document.add_paragraph(TITLE)
    document.add_heading("I. Introduction", level=1)
    document.add_paragraph("1.\tThe Meeting was held in Zagreb.")
    document.add_heading("II. Recommendations", level=1)
    document.add_paragraph("2.\tThe Meeting recommended stronger border cooperation.")
    annex = document.add_section(WD_SECTION.NEW_PAGE)
    annex.orientation = WD_ORIENT.LANDSCAPE
    annex.different_first_page_header_footer = True
    for header, words in [
        (annex.header, "Annex running header"),
        (annex.first_page_header, "Annex first header"),
        (annex.even_page_header, "Annex even header"),
        (annex.footer, "Annex footer"),
        (annex.first_page_footer, "Annex first footer"),
    ]:
        header.is_linked_to_previous = False
        header.paragraphs[0].text = words
    document.add_heading("Annex", level=1)
    document.add_heading("Programme of work", level=2)
    table = document.add_table(rows=2, cols=2)
    for cell, value in zip(table._cells, ["Date", "Item", "2 June", "Opening"], strict=True):
        cell.text = value
    text, doc = _parse(document, tmp_path / "sections.docx")

    assert doc.unit_ids == ["front", "1", "2", "annex.1"]
    assert doc.meta.symbol == SYMBOL
    _nowhere(doc, text, "Running", "Even page", "V.25-01234", "recycle", "Annex running",
             "Annex first", "Annex even", "Annex footer")  # fmt: skip
    body = f"""{SYMBOL} {TITLE} I. Introduction 1. The Meeting was held in Zagreb.
        II. Recommendations 2. The Meeting recommended stronger border cooperation.
        Annex Programme of work Date Item 2 June Opening"""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next(tmp_path: Path) -> None:
    """An editor joined two numbered paragraphs by deleting the first one's mark (tracked):
    accepted, they are one paragraph with one number, and the numbers after it close up."""
    document = _report()
    _list(document, 90, [("decimal", "%1.")])
    _num(document, 90, 90)
    change = 'w:author="Editor" w:date="2025-06-04T10:00:00Z"'
    document.add_heading("I. Introduction", level=1)
    joined = _numbered(document.add_paragraph("The Meeting was opened by the Chair,"), 90)
    joined._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:del w:id="1" {change}/></w:rPr>'))
    _numbered(document.add_paragraph("who welcomed the participants."), 90)
    _numbered(document.add_paragraph("The Meeting adopted its agenda."), 90)
    text, doc = _parse(document, tmp_path / "joined.docx")

    assert doc.unit_ids == ["front", "1", "2"]
    units = _units(doc)
    assert units["1"] == "The Meeting was opened by the Chair, who welcomed the participants."
    assert units["2"] == "The Meeting adopted its agenda."
    body = f"""{SYMBOL} {TITLE} I. Introduction
        1 The Meeting was opened by the Chair, who welcomed the participants.
        2 The Meeting adopted its agenda."""
    assert_every_word_once(body, doc)
    assert_every_word_once(text, doc)
