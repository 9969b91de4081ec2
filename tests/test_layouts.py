"""Real UN layouts, each in the format where it occurs: every paragraph found, lists kept in
their paragraph, annex tables as units, no text lost and the masthead read."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from _un_layouts import (
    AGENDA,
    DRAFT_COMMENT,
    DRAFT_DELETED,
    DRAFT_FOOTNOTE,
    OFFICERS,
    PACIFIC_IDS,
    PACIFIC_SYMBOL,
    PDF_AGENDA,
    PDF_ANNEX,
    PDF_IDS,
    PDF_SYMBOL,
    PDF_TITLE,
    WORD_AGENDA,
    WORD_IDS,
    WORD_SYMBOL,
    WORD_TITLE,
    make_pacific_html,
    make_pacific_markdown,
    make_pdf_report,
    make_word_draft,
    make_word_report,
    pacific_text,
)
from _words import assert_every_word_once

from congress_qa import get_settings
from congress_qa.cli import main
from ingest import parse_file, parse_text, read_document


def _norm(text: str) -> str:
    return " ".join(text.split())


def _by_id(doc) -> dict[str, str]:  # noqa: ANN001
    return {u.unit_id: u.text for u in doc.units}


def test_text_export_with_one_line_per_paragraph_parses_like_blank_lines() -> None:
    dense = parse_text(pacific_text("\r\n"), doc_id="export")
    spaced = parse_text(pacific_text(blank_lines=True), doc_id="export")
    assert dense.unit_ids == spaced.unit_ids == PACIFIC_IDS
    for a, b in zip(dense.units, spaced.units, strict=True):
        assert _norm(a.text) == _norm(b.text), a.unit_id
        assert a.section == b.section, a.unit_id
    units = _by_id(dense)
    assert units["2"] == "\n".join(
        ["The workshop elected the following officers by acclamation:"] + OFFICERS
    )
    assert units["3"].split("\n")[1:] == [f"{i}. {a}" for i, a in enumerate(AGENDA, 1)]
    assert units["4"].count("(") == 3 and units["4"].endswith("by criminal groups.")
    assert units["6"].startswith("The report was adopted on thirty May")
    assert units["annex.1"].split("\n")[1] == "A/CONF.777/WS.1/L.1 | Provisional agenda"
    assert dense.meta.title.startswith("Report of the Pacific Subregional Workshop")
    assert (dense.meta.symbol, dense.meta.issue_date, dense.meta.distribution) == (
        PACIFIC_SYMBOL,
        "2 June 2025",
        "General",
    )
    assert dense.meta.place_dates == "Suva, 28–30 May 2025"
    assert_every_word_once(pacific_text(), dense)


@pytest.mark.parametrize("maker", [make_pacific_html, make_pacific_markdown])
def test_html_and_markdown_exports_give_the_same_units(maker, tmp_path: Path) -> None:
    path = maker(tmp_path / ("export.html" if maker is make_pacific_html else "export.md"))
    doc = parse_file(path, get_settings())
    reference = parse_text(pacific_text(), doc_id="export")
    assert doc.unit_ids == PACIFIC_IDS
    for got, want in zip(doc.units[1:], reference.units[1:], strict=True):
        assert _norm(got.text) == _norm(want.text), got.unit_id
    assert doc.meta.title == reference.meta.title
    assert (doc.meta.symbol, doc.meta.issue_date, doc.meta.distribution) == (
        PACIFIC_SYMBOL,
        "2 June 2025",
        "General",
    )
    assert_every_word_once(pacific_text(), doc)
    assert_every_word_once(read_document(path, max_mb=5), doc)


def test_a_web_page_s_table_of_contents_is_page_furniture(tmp_path: Path) -> None:
    """Its links repeat the headings; read as text, "Annex. Documents" started the annex
    before the first paragraph, and every table of the body became an annex table."""
    plain = parse_file(make_pacific_html(tmp_path / "plain.html"), get_settings())
    doc = parse_file(make_pacific_html(tmp_path / "toc.html", contents=True), get_settings())
    assert doc.unit_ids == PACIFIC_IDS
    for got, want in zip(doc.units, plain.units, strict=True):
        assert (got.text, got.section) == (want.text, want.section), got.unit_id
    # A list whose links sit in prose is the document's own content, kept.
    path = tmp_path / "links.html"
    path.write_text(
        "<html><body><p>1. Participants consulted two sources:</p><ul>"
        '<li>the <a href="#a">guide</a> on victims;</li><li>the <a href="#b">manual</a>.</li>'
        "</ul></body></html>",
        encoding="utf-8",
    )
    assert "the guide on victims" in parse_file(path, get_settings()).units[-1].text


def test_a_word_draft_reads_as_accepted_with_its_footnotes(tmp_path: Path) -> None:
    """A footnote's text ends the paragraph that refers to it (Word keeps it in another part
    of the file, and it was lost); inserted text counts, deleted text and comments do not."""
    path = make_word_draft(tmp_path / "draft.docx")
    doc = parse_file(path, get_settings())
    units = _by_id(doc)
    assert doc.unit_ids == ["front", "1", "2", "3"]
    assert units["2"] == (
        f"Participants recalled the Kyoto Declaration and its follow-up. {DRAFT_FOOTNOTE}"
    )
    assert units["3"] == "Speakers called for joint financial investigations and asset recovery."
    text = read_document(path, max_mb=5)
    assert DRAFT_DELETED not in text and DRAFT_COMMENT not in text
    assert_every_word_once(text, doc)


def test_word_report_tables_automatic_numbers_lists_and_annexes(tmp_path: Path) -> None:
    path, words = make_word_report(tmp_path / "report.docx")
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == WORD_IDS
    units = _by_id(doc)
    assert units["2"].split("\n") == [
        "The Meeting elected the following officers by acclamation:",
        "Chair: Layla Haddad (Lebanon)",
        "Vice-Chairs: Ömer Çelik (Türkiye), Noor Al-Amin (Jordan)",
        "Rapporteur: Yusuf Rahimi (Iraq)",
    ]
    assert units["3"].split("\n")[1:] == [f"{i}. {a}" for i, a in enumerate(WORD_AGENDA, 1)]
    assert units["5(c)"].startswith("Cooperate in returning")
    assert units["annex-I.1"] == (
        "Symbol | Title\nA/CONF.888/RPM.2/L.1 | Provisional agenda and annotations\n"
        "A/CONF.888/PM.1 | Discussion guide"
    )
    assert units["annex-II.2"] == "Item | Hours\n4 | 6"
    assert next(u for u in doc.units if u.unit_id == "annex-II.1").section == [
        "Annex II",
        "Statements and programme",
    ]
    # The contents page is page furniture: in no unit, and it does not start the body early.
    assert not any("Paragraphs" in u.text or "1–4" in u.text for u in doc.units)
    meta = doc.meta
    assert (meta.title, meta.symbol, meta.issue_date, meta.distribution) == (
        WORD_TITLE,
        WORD_SYMBOL,
        "3 April 2025",
        "Limited",
    )
    assert "United Nations | A/CONF.888/RPM.2/1" in doc.units[0].text
    assert_every_word_once(words, doc)
    assert_every_word_once(read_document(path, max_mb=5), doc)


def test_word_numbering_that_starts_later_and_bullets(tmp_path: Path) -> None:
    """An addendum whose Word list starts at 45; a bulleted list shows no number."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = Document()
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="50">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="50"><w:abstractNumId w:val="50"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="45"/></w:lvlOverride></w:num>'
        )
    )
    document.add_paragraph("Addendum")
    document.add_heading("III. Recommendations", level=1)
    for text in ["Speakers agreed on the following points:", "Another paragraph here."]:
        p = document.add_paragraph(text)
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = 50
        if text.startswith("Speakers"):
            document.add_paragraph("Funding is needed for victims;", style="List Bullet")
    document.save(tmp_path / "add.docx")
    doc = parse_file(tmp_path / "add.docx", get_settings())
    assert doc.unit_ids == ["front", "45", "46"]
    assert _by_id(doc)["45"].endswith("points:\nFunding is needed for victims;")


def test_pdf_masthead_inline_agenda_and_title(tmp_path: Path) -> None:
    path, words = make_pdf_report(tmp_path / "report.pdf")
    text = read_document(path, max_mb=5)
    # The layout under test: line breaks put markers of the inline agenda at line starts.
    assert any(line.startswith("(3) adoption") for line in text.splitlines())
    assert any(line.startswith("(b) direct") for line in text.splitlines())
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == PDF_IDS
    units = _by_id(doc)
    assert _norm(units["3"]) == PDF_AGENDA
    assert "Rapporteur: Søren Løkke (Denmark)." in _norm(units["2"])
    assert "(a) map fishing vessels" in units["4"] and "(b) direct patrols" in units["4"]
    assert units["annex.1"] == "\n".join(" | ".join(row) for row in PDF_ANNEX)
    meta = doc.meta
    assert (meta.title, meta.symbol, meta.issue_date, meta.distribution) == (
        PDF_TITLE,
        PDF_SYMBOL,
        "12 May 2025",
        "General",
    )
    assert doc.units[0].text.startswith("SYNTHETIC TEST DOCUMENT")  # a small-font line is text
    assert all(PDF_SYMBOL not in heading for heading in doc.headings)  # running header
    assert_every_word_once(words, doc)
    assert_every_word_once(text, doc)


def test_agenda_item_numbered_like_the_next_paragraph_stays_in_the_list() -> None:
    text = (
        "Report\n\nI. Organization\n\n2. Opening statements were made.\n\n"
        "3. The Meeting adopted the following agenda:\n\n1. Opening.\n\n2. Elections.\n\n"
        "3. Agenda.\n\n4. Substantive items:\n\n(a) Crime prevention;\n\n(b) Justice.\n\n"
        "5. Report.\n\n4. The Meeting was attended by many States.\n\n"
        "5. Speakers noted the following:\n\n(a) A first point;\n\n(b) A second point.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "2", "3", "4", "5", "5(a)", "5(b)"]
    assert _by_id(doc)["3"].split("\n")[-3:] == [
        "(a) Crime prevention;",
        "(b) Justice.",
        "5. Report.",
    ]
    assert_every_word_once(text, doc)


def test_inline_enumeration_on_a_line_of_its_own_stays_in_the_paragraph() -> None:
    text = (
        "Report\n\nI. Part\n\n5. The meeting adopted the following agenda:\n"
        "(1) opening of the meeting; (2) election of officers; (3) adoption of the report.\n\n"
        "6. The meeting closed.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "5", "6"]
    assert _by_id(doc)["5"].endswith("(3) adoption of the report.")


def test_paragraph_numbers_above_9999_are_paragraphs() -> None:
    text = "Report\n\nI. Part\n\n9999. Last four-digit one.\n\n10000. Next one.\n\n10001. And so.\n"
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "9999", "10000", "10001"]
    assert _by_id(doc)["9999"] == "Last four-digit one."


def test_year_that_a_line_break_puts_first_is_not_a_paragraph() -> None:
    text = (
        "Report\n\nI. Part\n\n3. The Congress, held in Kyoto in\n2021. Speakers recalled it.\n"
        "4. The next paragraph.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "3", "4"]
    assert _by_id(doc)["3"] == "The Congress, held in Kyoto in 2021. Speakers recalled it."


def test_typed_legal_numbers_are_paragraphs_and_figures_stay_text() -> None:
    """Guidelines typed with legal numbers ("12.1", "12.2.1") in wrapped text: each number that
    comes next under the paragraph before is a paragraph of its own; a figure that a line
    break puts first ("12.5 per cent", "12.3 Mutual …" mid-sentence) and a number out of
    sequence stay the words of the paragraph they are in, even where they read like a heading
    ("12.9 Annual Figures")."""
    text = (
        "Report\n\nI. Guidelines\n\n"
        "12. The Meeting adopted the following guidelines on mutual legal\nassistance.\n"
        "12.1 Central authorities should answer requests within 30 days; the share\n"
        "answered in time rose to\n12.5 per cent of all requests in 2024.\n"
        "12.2 Requests should be sent electronically, as set out in chapter\n"
        "12.3 Mutual Legal Assistance of the manual.\n"
        "12.2.1 Urgent requests should be marked as such.\n"
        "12.4 Delays were reported by several States.\n"
        "12.9 Annual Figures\n"
        "13. States should publish their contact points.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "12", "12.1", "12.2", "12.2.1", "13"]
    units = _by_id(doc)
    assert units["12.1"].endswith("rose to 12.5 per cent of all requests in 2024.")
    assert units["12.2"].endswith("chapter 12.3 Mutual Legal Assistance of the manual.")
    assert units["12.2.1"] == (
        "Urgent requests should be marked as such. 12.4 Delays were reported by several States."
        " 12.9 Annual Figures"
    )
    assert_every_word_once(text, doc)


@pytest.mark.parametrize(
    ("masthead", "symbol", "distribution"),
    [
        (
            "United Nations A/CONF.1/2\n\nGeneral Assembly Distr.: Restricted\n\n1 May 2025",
            "A/CONF.1/2",
            "Restricted",
        ),
        (
            "United Nations | E/CN.15/2025/2\nEconomic and Social Council | Distr.: General",
            "E/CN.15/2025/2",
            "General",
        ),
        ("SYNTHETIC TEST DOCUMENT - a label\n\nUnited Nations\n\nA/CONF.1/2", "A/CONF.1/2", ""),
        ("General Assembly\n\nDistr.\nGENERAL\n\nA/AC.2/3", "A/AC.2/3", "General"),
    ],
)
def test_title_is_the_report_never_the_masthead(
    masthead: str, symbol: str, distribution: str
) -> None:
    text = f"{masthead}\n\nFifteenth Congress\n\nDraft report\n\nI. Part\n\n1. A paragraph.\n"
    meta = parse_text(text, doc_id="x").meta
    assert (meta.title, meta.symbol, meta.distribution) == ("Draft report", symbol, distribution)


def test_docs_json_shows_title_symbol_date_and_distribution(
    tmp_path: Path, capsys, embedder
) -> None:
    export = tmp_path / "pacific-export.txt"
    export.write_text(pacific_text("\r\n"), encoding="utf-8")
    word, _ = make_word_report(tmp_path / "western-asia.docx")
    pdf, _ = make_pdf_report(tmp_path / "manila-expert-group.pdf")
    assert main(["ingest", str(export), str(word), str(pdf)]) == 0
    capsys.readouterr()
    assert main(["docs", "--json"]) == 0
    listing = {d["doc_id"]: d for d in json.loads(capsys.readouterr().out)}
    shown = {
        doc_id: (d["title"], d["symbol"], d["issue_date"], d["distribution"], d["units"])
        for doc_id, d in listing.items()
    }
    assert shown == {
        "manila-expert-group": (PDF_TITLE, PDF_SYMBOL, "12 May 2025", "General", PDF_IDS),
        "pacific-export": (
            "Report of the Pacific Subregional Workshop on Maritime Security on its first meeting",
            PACIFIC_SYMBOL,
            "2 June 2025",
            "General",
            PACIFIC_IDS,
        ),
        "western-asia": (WORD_TITLE, WORD_SYMBOL, "3 April 2025", "Limited", WORD_IDS),
    }


def test_word_agenda_numbered_by_its_own_list_and_annex_title_after_a_break(
    tmp_path: Path,
) -> None:
    """Word numbers both the paragraphs and the agenda (a second list restarting at 1 from the
    same definition): the agenda stays in its paragraph and the paragraphs count on."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = Document()
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="60">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="60"><w:abstractNumId w:val="60"/></w:num>')
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="61"><w:abstractNumId w:val="60"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )

    def numbered(text: str, num_id: int) -> None:
        num_pr = document.add_paragraph(text)._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id

    document.add_paragraph("Draft report")
    document.add_heading("I. Organization of the meeting", level=1)
    numbered("The meeting was opened by the Chair.", 60)
    numbered("The meeting adopted the following agenda:", 60)
    for item in ["Opening of the meeting.", "Adoption of the agenda.", "Other matters."]:
        numbered(item, 61)
    numbered("The meeting was attended by twenty States.", 60)
    heading = document.add_heading("Annex", level=1)
    heading.add_run().add_break()
    heading.add_run("List of participants")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ["Name", "State", "Ana Díaz", "Chile"], strict=True):
        cell.text = text
    document.save(tmp_path / "agenda.docx")
    doc = parse_file(tmp_path / "agenda.docx", get_settings())
    assert doc.unit_ids == ["front", "1", "2", "3", "annex.1"]
    assert _by_id(doc)["2"].split("\n")[1:] == [
        "1. Opening of the meeting.",
        "2. Adoption of the agenda.",
        "3. Other matters.",
    ]
    assert _by_id(doc)["annex.1"] == "Name | State\nAna Díaz | Chile"


def test_pdf_masthead_lines_in_other_sizes_stay_apart_without_spacing(tmp_path: Path) -> None:
    """A title set tight above the place and date, in another size: two fields, not one."""
    from _un_layouts import _fonts
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    _fonts(pdf)
    pdf.add_page()
    for size, text in [
        (10, "United Nations"),
        (14, "Report of the expert group meeting on wildlife crime"),
        (10, "Nairobi, 2–4 June 2025"),
        (10, ""),
        (11, "I. Introduction"),
        (10, ""),
        (10, "1. The meeting was held in Nairobi."),
    ]:
        pdf.set_font("DejaVu", size=size)
        pdf.cell(0, size * 0.42, text)
        pdf.ln(size * 0.42)
    pdf.output(str(tmp_path / "tight.pdf"))
    meta = parse_file(tmp_path / "tight.pdf", get_settings()).meta
    assert meta.title == "Report of the expert group meeting on wildlife crime"
    assert meta.place_dates == "Nairobi, 2–4 June 2025"


def test_bulleted_lines_after_an_introducing_paragraph_stay_in_it() -> None:
    text = (
        "Report\n\nI. Part\n\n4. The following topics were discussed:\n\n"
        "\u2022\tTraining of judges\n\n\u2022\tLegal aid\n\nSummary of deliberations\n\n"
        "5. Speakers noted progress.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "4", "5"]
    assert _by_id(doc)["4"].split("\n")[1:] == ["\u2022 Training of judges", "\u2022 Legal aid"]
    assert doc.units[-1].section == ["I. Part", "Summary of deliberations"]


def test_short_export_with_one_line_per_paragraph_is_read_line_by_line() -> None:
    """No line is longer than wrapping would allow, but each line ends as a paragraph does."""
    text = (
        "United Nations\nA/CONF.5/WS.2/1\nGeneral Assembly\nDistr.: General\n9 May 2025\n"
        "Report of the workshop on legal aid\nApia, 5–6 May 2025\nI. Organization\n"
        "1. The workshop was held in Apia.\n2. It elected the following officers:\n"
        "Chair: Ana Lima (Brazil)\nRapporteur: Tui Sale (Samoa)\nSummary of deliberations\n"
        "3. Speakers discussed legal aid for victims.\n4. The report was adopted on 6 May 2025.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "1", "2", "3", "4"]
    assert (doc.meta.title, doc.meta.place_dates) == (
        "Report of the workshop on legal aid",
        "Apia, 5–6 May 2025",
    )
    assert _by_id(doc)["2"].endswith(
        "officers:\nChair: Ana Lima (Brazil)\nRapporteur: Tui Sale (Samoa)"
    )
    assert doc.units[-1].section == ["I. Organization", "Summary of deliberations"]
    # The same report wrapped narrow by an exporter, without blank lines, is wrapped text.
    wrapped = "\n".join(
        "\n".join(textwrap.wrap(line, 24)) if line[:1].isdigit() else line
        for line in text.splitlines()
    )
    assert any(len(line.split()) >= 5 and line[-1].isalpha() for line in wrapped.splitlines())
    assert parse_text(wrapped, doc_id="x").unit_ids == doc.unit_ids


def _two_column_masthead_pdf(path: Path) -> Path:
    """An ODS-like first page: the issuing body on the left over two lines, the distribution,
    date and language on the right at heights of their own (so read line by line the
    columns interleave), then a paragraph with a table whose header is set smaller and
    left-aligned over right-aligned figures."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(22, 20)
    pdf.cell(60, 6, "United Nations")
    pdf.set_font("Helvetica", size=14)
    pdf.set_xy(40, 30)
    pdf.cell(100, 7, "Fifteenth United Nations Congress on")
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(146, 30)
    pdf.cell(50, 7, "Distr.: General")
    pdf.set_xy(146, 35)
    pdf.cell(50, 5, "19 September 2025")
    pdf.set_font("Helvetica", size=14)
    pdf.set_xy(40, 37)
    pdf.cell(100, 7, "Crime Prevention and Criminal Justice")
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(146, 44)
    pdf.cell(50, 5, "Original: English")
    pdf.set_font("Helvetica", size=14)
    pdf.set_xy(34, 60)
    pdf.cell(150, 7, "Report of the expert group meeting on waste crime")
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(34, 70)
    pdf.cell(100, 5, "Vienna, 8-10 September 2025")
    pdf.set_xy(22, 85)
    pdf.cell(12, 5, "1.")
    pdf.cell(150, 5, "Seizures of waste were reported as shown in the table below:")
    pdf.set_font("Helvetica", size=9)
    pdf.set_xy(38, 93)
    for x, head in ((38, "Year"), (60, "Containers seized"), (100, "Cases prosecuted")):
        pdf.set_x(x)
        pdf.cell(35, 5, head)
    pdf.set_font("Helvetica", size=10)
    for i, row in enumerate((("2022", "146", "11"), ("2023", "203", "17"), ("2024", "259", "26"))):
        pdf.set_xy(38, 100 + 6 * i)
        pdf.cell(20, 5, row[0])
        pdf.set_x(72)
        pdf.cell(20, 5, row[1], align="R")
        pdf.set_x(115)
        pdf.cell(20, 5, row[2], align="R")
    pdf.set_xy(22, 126)
    pdf.cell(12, 5, "2.")
    pdf.cell(150, 5, "The meeting adopted its report.")
    pdf.output(str(path))
    return path


def test_a_two_column_masthead_and_a_table_header_set_apart(tmp_path: Path) -> None:
    """The masthead's columns are read one after the other, so the body's name is whole; the
    table's header row heads its rows instead of being read as a heading of the report."""
    path = _two_column_masthead_pdf(tmp_path / "masthead.pdf")
    doc = parse_file(path, get_settings())
    assert (
        doc.meta.meeting
        == "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice"
    )
    assert (doc.meta.distribution, doc.meta.issue_date) == ("General", "19 September 2025")
    assert doc.unit_ids == ["front", "1", "2"]
    assert _by_id(doc)["1"].split("\n")[1:] == [
        "Year | Containers seized | Cases prosecuted",
        "2022 | 146 | 11",
        "2023 | 203 | 17",
        "2024 | 259 | 26",
    ]
    assert_every_word_once(read_document(path, max_mb=5), doc)


def test_an_annex_list_of_participants_set_as_lines_is_one_citable_unit(tmp_path: Path) -> None:
    """Word: "Annex", its title, then a country a line and its delegates a line each. Read as
    headings the names would be lost to search; they are one unit, line by line."""
    import docx

    document = docx.Document()
    document.add_paragraph("Report of the meeting")
    document.add_heading("I. Organization of the meeting", level=1)
    document.add_paragraph("1. The meeting was attended by two States.")
    document.add_heading("Annex", level=1)
    document.add_heading("List of participants", level=2)
    lines = ["Chile", "Ana Díaz, Ministry of Justice", "Fiji", "Losana Vuniwaqa, Police Force"]
    for line in lines:
        document.add_paragraph(line)
    document.save(tmp_path / "participants.docx")
    doc = parse_file(tmp_path / "participants.docx", get_settings())
    assert doc.unit_ids == ["front", "1", "annex.1"]
    assert _by_id(doc)["annex.1"].split("\n") == lines
    assert doc.headings[-2:] == ["Annex", "List of participants"]
    assert_every_word_once(read_document(tmp_path / "participants.docx", max_mb=5), doc)


def test_an_annex_title_followed_by_paragraphs_stays_a_heading() -> None:
    text = (
        "Report\n\nI. Part\n\n1. The meeting met.\n\nAnnex\n\nSummary by the Chair\n\n"
        "Introduction\n\n1. The Chair opened the meeting.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "1", "1~2"]
    assert doc.headings[-3:] == ["Annex", "Summary by the Chair", "Introduction"]


PAGED_EXPORT = (
    "                                                   A/CONF.9/RPM.1/1\n"
    "        United Nations\n\n"
    "              Report of the Regional Preparatory Meeting for the Fifteenth United Nations\n\n"
    "              Congress on Crime Prevention and Criminal Justice\n\n"
    "              Vienna, 2–4 June 2025\n\n"
    "       I.    Introduction\n"
    "              1.  The meeting, preparing the Fifteenth United Nations Congress on Crime\n"
    "              Prevention and Criminal Justice, reviewed the Protocol.1\n"
    "         A.   Opening of the meeting\n"
    "              2.  The meeting was opened by the Chair, who noted that online scam com-\n\n\n"
    "                 1 United Nations, Treaty Series, vol. 2237, No. 39574.\n\n"
    "       V.25-00001 (E)\n"
    "\f\n                                                   A/CONF.9/RPM.1/1\n\n"
    "              pounds held 1,384 victims, according to the Global Report 2024,2 and\n"
    "              that the Declaration of Istanbul on Organ Trafficking\n\n\n"
    "                 2 United Nations publication, 2024.\n\n"
    "       2/3                                              V.25-00001\n"
    "\f\n                                                   A/CONF.9/RPM.1/1\n\n"
    "              and Transplant Tourism had been recalled.\n"
    "              3.  The meeting adopted its report.\n\n"
    "       V.25-00001                                       3/3\n"
)


def test_a_paged_text_export_reads_like_the_pdf_it_came_from(tmp_path: Path) -> None:
    """pdftotext -layout: footnote marks glued to words and notes at page feet, a word and a
    sentence broken across pages, the job number on the first page, a title broken by a
    blank line. Marks and furniture go; notes end the paragraph that called them."""
    path = tmp_path / "export.txt"
    path.write_text(PAGED_EXPORT, encoding="utf-8")
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == ["front", "1", "2", "3"]
    texts = _by_id(doc)
    assert texts["1"].endswith(
        "reviewed the Protocol. United Nations, Treaty Series, vol. 2237, No. 39574."
    )
    assert texts["2"] == (
        "The meeting was opened by the Chair, who noted that online scam compounds held 1,384"
        " victims, according to the Global Report 2024, and that the Declaration of Istanbul"
        " on Organ Trafficking and Transplant Tourism had been recalled."
        " United Nations publication, 2024."
    )
    assert doc.headings == ["I. Introduction", "A. Opening of the meeting"]
    assert doc.meta.title == (
        "Report of the Regional Preparatory Meeting for the Fifteenth United Nations"
        " Congress on Crime Prevention and Criminal Justice"
    )
    assert "V.25" not in texts["front"]
    # Gone on purpose: running lines, the job number, the notes' numbers and the marks that
    # call them; "com-" and "pounds", a page apart, are the one word "compounds".
    furniture = (
        "A/CONF.9/RPM.1/1 A/CONF.9/RPM.1/1 V.25-00001 (E) 2/3 V.25-00001 V.25-00001 3/3"
        " 1 2 com pounds"
    )
    said = PAGED_EXPORT.replace("Protocol.1", "Protocol.").replace("2024,2", "2024,")
    assert_every_word_once(said + " compounds", doc, furniture)


# The same export as a UN PDF prints its notes: under a short rule, which pdftotext writes as
# underscores, right above the first note (page 1) or set apart by a blank line (page 2).
RULED_EXPORT = PAGED_EXPORT.replace(
    "\n\n\n                 1 United",
    "\n\n\n              __________________\n                 1 United",
).replace(
    "\n\n\n                 2 United",
    "\n\n\n              __________________\n\n                 2 United",
)


def test_the_rule_over_a_page_s_footnotes_is_neither_text_nor_a_note(tmp_path: Path) -> None:
    """The rule above the notes marks where they start: the notes still end the paragraph
    that called them, and the paragraph the page broke goes on whole across the break."""
    assert RULED_EXPORT.count("__________________") == 2
    path = tmp_path / "export.txt"
    path.write_text(RULED_EXPORT, encoding="utf-8")
    doc = parse_file(path, get_settings())
    assert doc.unit_ids == ["front", "1", "2", "3"]
    texts = _by_id(doc)
    assert texts["2"] == (
        "The meeting was opened by the Chair, who noted that online scam compounds held 1,384"
        " victims, according to the Global Report 2024, and that the Declaration of Istanbul"
        " on Organ Trafficking and Transplant Tourism had been recalled."
        " United Nations publication, 2024."
    )
    assert texts["1"].endswith("United Nations, Treaty Series, vol. 2237, No. 39574.")
    assert not any("_" in u.text for u in doc.units)


# A page of a pdftotext -layout export with a table: its columns kept as runs of spaces, its
# rule as underscores; the masthead beside the title is set in two columns too, without a rule.
TABLE_EXPORT = (
    "                Fifteenth United Nations Congress on      Distr.: General\n"
    "                Crime Prevention and Criminal Justice     2 June 2025\n\n"
    "                Report of the Expert Group Meeting on Wildlife Trafficking\n\n"
    "       I.    Introduction\n"
    "              1.  The meeting reviewed seizures of ivory and pangolin scales, as follows:\n\n"
    "                Route                    Ivory (kg)      Scales (kg)\n"
    "                ______________________________________________________\n"
    "                East Africa–Asia               1 250            8 400\n"
    "                West Africa–Europe               310              95\n\n"
    "              2.  The meeting adopted its report.\n\n"
    "       V.25-00002 (E)                                    1/1\n\f"
)


def test_a_table_in_columns_of_spaces_is_read_as_a_table(tmp_path: Path) -> None:
    """Cells set apart by two spaces or more, over one another in every row, under a rule:
    the rows are read as a table's, each cell whole ("1 250", "East Africa–Asia"); the
    masthead's two columns, with no rule, stay text."""
    path = tmp_path / "export.txt"
    path.write_text(TABLE_EXPORT, encoding="utf-8")
    doc = parse_file(path, get_settings())
    texts = _by_id(doc)
    assert (
        "Route | Ivory (kg) | Scales (kg)\n"
        "East Africa–Asia | 1 250 | 8 400\n"
        "West Africa–Europe | 310 | 95"
    ) in "\n".join(u.text for u in doc.units)
    assert "|" not in texts["front"] and "|" not in texts["2"]
    furniture = "V.25-00002 (E) 1/1 ______________________________________________________"
    assert_every_word_once(TABLE_EXPORT, doc, furniture)


PANDOC_MARKDOWN = """\
United Nations\\
UNODC/CCPCJ/EG.99/2025/1\\
Distr.: General

# Report of the Expert Group Meeting on Countering the Smuggling of Migrants by Sea

## I. Introduction

1.  The meeting reviewed the implementation of the *Protocol against the
    Smuggling of Migrants by Land, Sea and Air*,[^1] and identified
    measures against smuggling networks.

2.  Fees ranged from US\\$1,500 to more than US\\$7,000, and arrests of the
    persons steering the boats had little effect. **Effective responses
    required financial investigations.**[^2]

| Route   | 2024  | 2025\\* |
|---------|-------|--------|
| Central | 1,810 | 382    |

# Annex

## List of participants

Malta\\
Roberta Cassar Darmanin, Ministry for Home Affairs

Senegal\\
Aminata Ndiaye Sow, Ministry of the Interior

### List of documents

UNODC/CCPCJ/EG.99/2025/L.1, Provisional agenda

[^1]: United Nations, *Treaty Series*, vol. 2241, No. 39574.

[^2]: Ministry of the Interior, *Cruscotto statistico
    giornaliero*, 31 December 2024.
"""


def test_pandoc_markdown_reads_like_the_report_it_came_from(tmp_path: Path) -> None:
    """Markdown as pandoc writes a Word report: emphasis over several lines, escaped "$" and
    "*", hard line breaks, footnotes defined at the end (their text ends the paragraph that
    calls them, the marks go), and a heading the text marks as one after an annex list."""
    path = tmp_path / "report.md"
    path.write_text(PANDOC_MARKDOWN, encoding="utf-8")
    doc = parse_file(path, get_settings())
    texts = _by_id(doc)
    assert texts["1"] == (
        "The meeting reviewed the implementation of the Protocol against the Smuggling of"
        " Migrants by Land, Sea and Air, and identified measures against smuggling networks."
        " United Nations, Treaty Series, vol. 2241, No. 39574."
    )
    assert texts["2"].startswith("Fees ranged from US$1,500 to more than US$7,000, and")
    assert (
        "Effective responses required financial investigations. Ministry of the Interior,"
        in (texts["2"])
    )
    # The table under paragraph 2 is its own, after its note.
    assert texts["2"].endswith(
        "Cruscotto statistico giornaliero, 31 December 2024.\nRoute | 2024 | 2025*\n"
        "Central | 1,810 | 382"
    )
    joined = " ".join(texts.values())
    assert not any(mark in joined for mark in ("*Protocol", "**", "\\", "[^"))
    # The participants are one unit; the heading after them heads the list of documents.
    assert "List of documents" in doc.headings
    participants = next(t for u, t in texts.items() if u.startswith("annex"))
    assert "Senegal" in participants and "List of documents" not in participants
    said = PANDOC_MARKDOWN.replace("[^1]", "").replace("[^2]", "")
    assert_every_word_once(said, doc)


def test_a_list_of_documents_whose_titles_stand_an_em_after_long_symbols(tmp_path: Path) -> None:
    """An annex's list of documents: each title an em after a long symbol, so the columns are
    no further apart than a fixed gap allows, though four word spaces apart; each row is one
    line of cells, a wrapped title joined to its row. The justified paragraph above, its
    spaces stretched alike, is no table."""
    from fpdf import FPDF

    rows = [
        ("UNODC/CCPCJ/EG.9/2025/L.1", "Provisional agenda and annotations"),
        ("UNODC/CCPCJ/EG.9/2025/INF/1", "Information for participants"),
        ("UNODC/CCPCJ/EG.9/2025/CRP.1", "Background paper prepared by the Secretariat on"),
        ("UNODC/CCPCJ/EG.9/2025/CRP.2", "Compilation of national practices"),
    ]
    wrapped = "the prevention of gender-related killings"
    paragraph = (
        "The experts examined the documents listed in the annex, which had been prepared by "
        "the Secretariat and by experts, and they agreed that the compilation of national "
        "practices should be updated before the Congress and made available to all States."
    )
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.set_xy(22, 20)
    pdf.cell(150, 7, "Report of the expert group meeting on femicide")
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(22, 40)
    pdf.cell(12, 5, "1.")
    pdf.set_xy(34, 40)
    pdf.multi_cell(120, 5, paragraph, align="J")
    pdf.set_font("Helvetica", "B", size=11)
    pdf.set_xy(22, 80)
    pdf.cell(50, 6, "Annex")
    pdf.set_xy(22, 88)
    pdf.cell(80, 6, "List of documents")
    pdf.set_font("Helvetica", size=10)
    title_x = 22 + max(pdf.get_string_width(s) for s, _ in rows) + 3.6  # about an em
    y = 100.0
    for symbol, title in rows:
        pdf.text(22, y, symbol)
        pdf.text(title_x, y, title)
        if title.endswith(" on"):
            y += 5
            pdf.text(title_x, y, wrapped)
        y += 7
    pdf.output(str(tmp_path / "documents.pdf"))
    doc = parse_file(tmp_path / "documents.pdf", get_settings())
    assert doc.unit_ids == ["front", "1", "annex.1"]
    assert _by_id(doc)["1"] == paragraph
    rows[2] = (rows[2][0], f"{rows[2][1]} {wrapped}")
    assert _by_id(doc)["annex.1"].split("\n") == [f"{s} | {t}" for s, t in rows]
    assert_every_word_once(read_document(tmp_path / "documents.pdf", max_mb=5), doc)


def test_a_note_typed_as_a_paragraph_ends_the_paragraph_that_calls_it(tmp_path: Path) -> None:
    """A converted Word file carries a footnote as text: a raised "1" after the paragraph that
    calls it, and at the section's end a rule and a small paragraph that starts with a raised
    "1". The note's text ends the paragraph that called it, without the mark, as a Word
    footnote's does; a raised number no note takes up ("km2") stays where it is."""
    import docx

    document = docx.Document()
    document.add_paragraph("Report of the meeting")
    first = document.add_paragraph("1.\tThe experts welcomed the adoption of the Convention.")
    first.add_run("1").font.superscript = True
    second = document.add_paragraph("2.\tProtected areas covered 40 km")
    second.add_run("2").font.superscript = True
    second.add_run(" of coast.")
    document.add_paragraph("3.\tThe meeting closed at noon.")
    document.add_paragraph("")
    note = document.add_paragraph()
    note.add_run("1").font.superscript = True
    note.add_run(" General Assembly resolution 79/243, annex.")
    document.save(tmp_path / "typed-note.docx")
    doc = parse_file(tmp_path / "typed-note.docx", get_settings())
    assert doc.unit_ids == ["front", "1", "2", "3"]
    units = _by_id(doc)
    assert units["1"] == (
        "The experts welcomed the adoption of the Convention. "
        "General Assembly resolution 79/243, annex."
    )
    assert units["2"] == "Protected areas covered 40 km2 of coast."
    assert units["3"] == "The meeting closed at noon."
    assert_every_word_once(read_document(tmp_path / "typed-note.docx", max_mb=5), doc)


def test_a_word_masthead_in_the_first_page_header_is_the_front_matter(tmp_path: Path) -> None:
    """The UN template sets the masthead in the first page's own header (a table: "United
    Nations" and the symbol; the issuing body and "Distr.: General", the date, "Original:
    English"). It is read as the front matter; the later pages' running header (the symbol)
    and the footer (the page number) are page furniture."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].text = "Advance unedited version"
    masthead = first.add_table(rows=2, cols=2, width=section.page_width)
    cells = [
        ["United Nations", "A/CONF.9/RPM.4/1"],
        ["Fifteenth United Nations Congress", "Distr.: General\n3 June 2025\nOriginal: English"],
    ]
    for row, texts in zip(masthead.rows, cells, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    section.header.paragraphs[0].text = "A/CONF.9/RPM.4/1"
    section.footer.paragraphs[0].text = "2"
    document.add_paragraph("Report of the Regional Preparatory Meeting, Vilnius, 2–4 June 2025")
    document.add_heading("I. Organization of the meeting", level=1)
    document.add_paragraph("1. The meeting was attended by twelve States.")
    document.add_paragraph("2. It was opened by the Minister of Justice.")
    document.save(tmp_path / "header.docx")
    doc = parse_file(tmp_path / "header.docx", get_settings())
    assert doc.unit_ids == ["front", "1", "2"]
    front = _by_id(doc)["front"]
    for field in ("Advance unedited version", "A/CONF.9/RPM.4/1", "Distr.: General"):
        assert field in front
    assert front.count("A/CONF.9/RPM.4/1") == 1  # the running header is not read
    assert (doc.meta.symbol, doc.meta.issue_date) == ("A/CONF.9/RPM.4/1", "3 June 2025")
    assert doc.meta.distribution == "General"
    assert_every_word_once(read_document(tmp_path / "header.docx", max_mb=5), doc)


def test_a_sentence_after_the_last_sub_item_closes_its_paragraph() -> None:
    """UN reports close a paragraph after its sub-items with a sentence that speaks of all of
    them; it is the paragraph's text, cited as 35, not more of 35(d). An item that a page or
    a quotation breaks goes on in the item, as does text that starts in small letters."""
    text = (
        "Report\n\nIV. Recommendations\n\n"
        "35. The meeting recommended that States consider:\n\n"
        "(a) Tax stamps with security features;\n\n"
        "(b) Production counters on all machines.\n\n"
        "The meeting stressed that such measures should not burden small retailers.\n\n"
        "36. The meeting requested UNODC:\n\n"
        "(a) To train customs officers in the\n\n"
        "detection of counterfeit stamps;\n\n"
        "(b) To report to the Commission.\n\n"
        "and to the Congress.\n\n"
        "37. The report was adopted.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "35", "35(a)", "35(b)", "36", "36(a)", "36(b)", "37"]
    units = _by_id(doc)
    assert units["35"] == (
        "The meeting recommended that States consider:\nThe meeting stressed that such"
        " measures should not burden small retailers."
    )
    assert units["35(b)"] == "Production counters on all machines."
    assert units["36(a)"] == "To train customs officers in the detection of counterfeit stamps;"
    assert units["36(b)"] == "To report to the Commission. and to the Congress."
    # The sub-items' lead-in is the paragraph's opening, not its closing sentence.
    assert doc.units[2].lead_in == "The meeting recommended that States consider:"
    assert_every_word_once(text, doc)


def test_an_annex_list_of_documents_numbered_from_1_is_one_citable_unit() -> None:
    """ "Annex", "List of documents", then "1. Provisional agenda (…/L.1)", "2. …": entries
    that end no sentence and follow each other by number are one list, an entry set on two
    lines one line of it. Read as numbered headings, no unit held them. A numbered line that
    heads something else ("1. Member States" before the names) stays a heading."""
    text = (
        "Report\n\nI. Part\n\n1. The meeting met.\n\n"
        "Annex I\n\nList of documents\n\n"
        "1. Provisional agenda and annotations (X/EG.1/L.1)\n\n"
        "2. Background paper on the trade in used vehicle\nparts (X/EG.1/CRP.1)\n\n"
        "3. Information for participants (X/EG.1/INF/1)\n\n"
        "Annex II\n\nList of participants\n\n1. Member States\n\n"
        "Chile\n\nAna Díaz, Ministry of Justice\n\n2. Observers\n\n"
        "INTERPOL\n\nJan Novák, Vehicle Crime Unit\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "1", "annex-I.1", "annex-II.1", "annex-II.2"]
    units = _by_id(doc)
    assert units["annex-I.1"].split("\n") == [
        "1. Provisional agenda and annotations (X/EG.1/L.1)",
        "2. Background paper on the trade in used vehicle parts (X/EG.1/CRP.1)",
        "3. Information for participants (X/EG.1/INF/1)",
    ]
    assert units["annex-II.1"] == "Chile\nAna Díaz, Ministry of Justice"
    assert "1. Member States" in doc.headings and "2. Observers" in doc.headings
    assert_every_word_once(text, doc)
