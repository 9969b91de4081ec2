"""The Word report that make_synthetic_precursor_diversion_egm_docx.py,
make_synthetic_journalists_safety_egm_docx.py and make_synthetic_medical_oxygen_supplies_egm_docx.py
write, each from its own text (a ``WordReport``):
the UN template's masthead, headings and automatic numbering, officer and agenda lines, one
ruled table inside a paragraph, real footnotes and an annex table; and the units the parser
must find in it (the expected-units file). The second generator once had a copy of this code,
the only differences being its text and its numbering definition's id."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

from _expected import expected_doc, numbered, unit, write_expected
from _un_docx import (
    add_footnotes_part,
    add_numbering_definition,
    base_styles,
    check_totals,
    core_properties,
    footnote_ref,
    footnote_settings,
    footnote_styles,
    grid_table,
    masthead,
    ruled_table,
    save_docx,
    set_num,
    symbol_header_page_footer,
    un_heading_styles,
)
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class WordReport:
    """One report's text and settings; ``body`` items as ``_expected.numbered`` reads them.

    Inline markup in texts: ``{n}`` = footnote reference n; ``"\\n"`` = a soft line break (w:br).

    ``body``, in document order:
      ("h1", text) / ("h2", text)      chapter / section heading (not a unit)
      ("p", text)                      automatically numbered paragraph
      ("p", text, {"lines": [...]})    + un-numbered indented lines belonging to it
      ("p", text, {"table": True})     + the body table (title, table, source note)
      ("p", text, {"items": [...]})    + automatically lettered sub-items; an item is a str or
                                         (str, [nested items, numbered (i), (ii) ...])
    """

    doc_id: str
    fixed_time: tuple[int, int, int, int, int, int]  # core properties and ZIP timestamps
    disclaimer: str
    symbol: str
    issue_date: str
    issuer: str
    original: str
    meeting_line: str
    title: str
    place_dates: str
    footnotes: dict[int, str]
    table_title: str
    table_rows: list[tuple[str, ...]]
    table_source: str
    table_widths: list[Twips]  # of the body table's columns
    body: list[tuple]
    annex_heading: str
    annex_subtitle: str
    annex_table: list[tuple[str, str]]
    numbering_id: str  # the numbering definition's w:nsid, as Word gives each list its own

    @classmethod
    def of(cls, constants: dict[str, object], numbering_id: str) -> WordReport:
        """The report a generator writes its text for as module constants named after the
        fields in capitals (``DOC_ID``, ``BODY``, ``TABLE_ROWS`` …): ``of(globals(), …)``."""
        named = {f.name: constants[f.name.upper()] for f in fields(cls) if f.name != "numbering_id"}
        return cls(numbering_id=numbering_id, **named)  # type: ignore[arg-type]

    @property
    def out(self) -> Path:
        return ROOT / "eval" / "gold" / "docs" / f"{self.doc_id}.docx"

    @property
    def units_out(self) -> Path:
        return ROOT / "eval" / "gold" / "expected" / f"{self.doc_id}.json"


LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMANS = ["i", "ii", "iii", "iv", "v", "vi"]
_TOKEN = re.compile(r"(\{\d+\}|\n)")


def plain(text: str) -> str:
    """The text as a reader sees it: no footnote marks, tabs and soft breaks as spaces."""
    text = re.sub(r"\{\d+\}", "", text)
    text = text.replace("\t", " ").replace("\n", " ")
    return re.sub(" +", " ", text).strip()


def _notes(report: WordReport, text: str) -> list[str]:
    return [report.footnotes[int(m)] for m in re.findall(r"\{(\d+)\}", text)]


# --------------------------------------------------------------------------------------------
# expected units
# --------------------------------------------------------------------------------------------


def units(report: WordReport) -> list[dict]:
    front = [
        report.disclaimer,
        "United Nations",
        report.symbol,
        report.issuer,
        "Distr.: General",
        report.issue_date,
        f"Original: {report.original}",
        report.meeting_line,
        report.title,
        report.place_dates,
    ]
    out: list[dict] = [{"id": "front", "contains": front}]
    for item in numbered(report.body):
        if item[0] != "p":
            continue
        _, n, text, extra = item
        parts = [plain(text), *_notes(report, text)]
        parts += [plain(line) for line in extra.get("lines", [])]
        if extra.get("table"):
            parts += [
                report.table_title,
                *(" | ".join(r) for r in report.table_rows),
                report.table_source,
            ]
        out.append(unit(str(n), parts))
        for i, sub in enumerate(extra.get("items", [])):
            sub_text, nested = (sub, []) if isinstance(sub, str) else sub
            uid = f"{n}({LETTERS[i]})"
            out.append(unit(uid, [plain(sub_text), *_notes(report, sub_text)]))
            for j, nt in enumerate(nested):
                out.append(unit(f"{uid}({ROMANS[j]})", [plain(nt), *_notes(report, nt)]))
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(r) for r in report.annex_table)})
    return out


def units_doc(report: WordReport) -> dict:
    return expected_doc(
        report.doc_id,
        f"eval/gold/docs/{report.doc_id}.docx",
        report.title,
        report.symbol,
        report.issue_date,
        report.place_dates,
        units(report),
    )


# --------------------------------------------------------------------------------------------
# Word document
# --------------------------------------------------------------------------------------------


def _styles(doc) -> None:  # noqa: ANN001
    normal = base_styles(doc)
    un_heading_styles(doc, normal)
    footnote_styles(doc, normal, 8)


def _inline(paragraph, text: str) -> None:  # noqa: ANN001
    """Runs for the marked-up text: footnote references and soft line breaks."""
    for piece in _TOKEN.split(text):
        if not piece:
            continue
        if piece == "\n":
            paragraph.add_run().add_break(WD_BREAK.LINE)
        elif re.fullmatch(r"\{\d+\}", piece):
            footnote_ref(paragraph, int(piece[1:-1]))
        else:
            paragraph.add_run(piece)


def _numbered(doc, text: str, level: int):  # noqa: ANN001, ANN202
    p = doc.add_paragraph(style="SingleTxtG")
    set_num(p, level)
    _inline(p, text)
    return p


def _line(doc, text: str, *, last: bool) -> None:  # noqa: ANN001
    """An un-numbered indented line (officer or agenda line) with a tab stop; a "\\n" in it
    is a soft line break inside the same paragraph."""
    p = doc.add_paragraph(style="SingleTxtG")
    pf = p.paragraph_format
    pf.left_indent = Twips(1701)
    pf.first_line_indent = Twips(0)
    pf.alignment = WD_ALIGN_PARAGRAPH.LEFT
    pf.space_after = Pt(6 if last else 0)
    agenda = text[:1].isdigit()
    pf.tab_stops.add_tab_stop(Twips(1701 + (567 if agenda else 1418)))
    _inline(p, text)


def build(report: WordReport) -> Document:
    check_totals(report.table_rows)
    doc = Document()
    _styles(doc)
    add_footnotes_part(doc, report.footnotes)
    footnote_settings(doc)
    add_numbering_definition(doc, report.numbering_id)

    core_properties(
        doc,
        title=report.title,
        subject=report.symbol,
        comments=report.disclaimer,
        created=report.fixed_time,
        language="en",
    )
    symbol_header_page_footer(doc, report.symbol)

    # disclaimer, masthead, meeting line, title, place and dates
    doc.add_paragraph(report.disclaimer)
    masthead(doc, report.symbol, report.issuer, 12, report.issue_date, report.original)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(report.meeting_line).bold = True
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(report.title)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph(report.place_dates)

    for item in numbered(report.body):
        kind = item[0]
        if kind == "h1":
            doc.add_paragraph(item[1], style="HChG")
            continue
        if kind == "h2":
            doc.add_paragraph(item[1], style="H1G")
            continue
        _, _n, text, extra = item
        _numbered(doc, text, 0)
        lines = extra.get("lines", [])
        for k, line in enumerate(lines):
            _line(doc, line, last=k == len(lines) - 1)
        if extra.get("table"):
            ruled_table(
                doc, report.table_title, report.table_rows, report.table_source, report.table_widths
            )
        for sub in extra.get("items", []):
            sub_text, nested = (sub, []) if isinstance(sub, str) else sub
            _numbered(doc, sub_text, 1)
            for nt in nested:
                _numbered(doc, nt, 2)

    # annex, after a page break
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(report.annex_heading, style="HChG")
    doc.add_paragraph(report.annex_subtitle, style="H1G")
    grid_table(doc, report.annex_table, italic=True, centered=True)
    return doc


def main(report: WordReport) -> None:
    save_docx(build(report), report.out, report.fixed_time)
    write_expected(report.units_out, units_doc(report))
    n_units = len(units(report))
    n_paras = sum(1 for it in numbered(report.body) if it[0] == "p")
    print(
        f"wrote {report.out.name} and {report.units_out.name}: {n_paras} paragraphs, {n_units} units"
    )
