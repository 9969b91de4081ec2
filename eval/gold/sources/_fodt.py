"""Helpers shared by the generators that write a UN report as a LibreOffice flat OpenDocument
text (.fodt) string and have LibreOffice (soffice) convert it, printed to PDF
(make_synthetic_real_estate_laundering_egm_pdf.py, make_synthetic_prison_extremism_egm_pdf.py) or
saved as a Word .docx (make_synthetic_hate_crime_egm_docx.py,
make_synthetic_judicial_integrity_egm_docx.py).

What they share: the document skeleton (namespaces, metadata), the style sheet (UN body text
with a hanging indent, the heading styles, the masthead, the ruled tables, the footnotes, the
first-page and left/right page styles with the symbol in the header and the job number and
PAGE field in the footer), the automatic list styles for the numbered paragraphs and the
agenda, a writer for the body (footnotes, nested sub-items, tables, optional inline markup),
the soffice conversion, the expected units built from the same constants, the checks of the
gold cases and topics, and where a paragraph fell on the printed pages.

A generator keeps its own content (the report's text, its cases and topics) and passes what
differs: the footer's style name, whether the texts carry inline markup, the officer lines'
tab stop, the output filter and how the converted file is written.

The body, in document order (a generator's BODY):
  ("h1", "I.", text) / ("h2", "A.", text)   chapter / section heading (not a unit)
  ("p", text[, extra])                      automatically numbered paragraph; extra may hold
      "lines" (officer lines: (label, name) or (label, [names]), the names after the first on
      manual line breaks), "agenda" (automatic agenda list), "table" (the body table),
      "items" (lettered sub-items: a str or (str, [roman sub-items]))

Texts: "{n}" is the place of footnote n's mark. With markup (Writer(markup=True),
units(markup=True)) also: *text* an italic run, **text** a bold run, [[text|url]] a hyperlink
showing "text", "\\n" a manual line break, NBSP a non-breaking space; in the units a tab, a line
break or a non-breaking space reads as a plain space, and a line break ends one ``contains``
piece and starts the next.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from _expected import expected_doc, unit

GOLD = Path(__file__).resolve().parents[1]  # eval/gold
NBSP = "\u00a0"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]
MARK_RE = re.compile(r"\{(\d+)\}")
TOKEN_RE = re.compile(r"(\*\*.+?\*\*|\*.+?\*|\{\d+\}|\[\[.+?\|.+?\]\]|\n|\t)")
NOTES_RE = re.compile(r"(\{\d+\})")  # the tokens of a text without markup: footnote marks


@dataclass(frozen=True)
class Front:
    """The first page: the synthetic-document line, the masthead ("United Nations" | symbol;
    the Congress's name | distribution, date, original language), the title, place and dates."""

    disclaimer: str
    symbol: str
    congress: list[str]
    issue_date: str
    title: str
    place_dates: str

    def pieces(self) -> list[str]:
        return [
            self.disclaimer,
            "United Nations",
            self.symbol,
            *self.congress,
            "Distr.: General",
            self.issue_date,
            "Original: English",
            self.title,
            self.place_dates,
        ]


@dataclass(frozen=True)
class Table:
    """The ruled body table of the paragraph whose extra has "table": its name in the
    document, its bold title above, its rows (the first a repeated header row), its note."""

    name: str
    title: str
    rows: list[tuple]
    source: str


# --------------------------------------------------------------------------------------------
# expected units
# --------------------------------------------------------------------------------------------


def plain(text: str) -> str:
    """A text as it is printed, without its footnote marks."""
    return MARK_RE.sub("", text)


def plain_pieces(text: str) -> list[str]:
    """A text as it is printed, without markup or footnote marks: one piece per line (a manual
    line break starts a new piece); tabs and non-breaking spaces read as plain spaces."""
    text = MARK_RE.sub("", text)
    text = re.sub(r"\[\[(.+?)\|.+?\]\]", r"\1", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"\*(.+?)\*", r"\1", text)
    text = text.replace("\t", " ").replace(NBSP, " ")
    return [" ".join(line.split()) for line in text.split("\n")]


def notes_of(text: str, footnotes: dict[int, str]) -> list[str]:
    return [footnotes[int(n)] for n in MARK_RE.findall(text)]


def officer_pieces(lines: list[tuple]) -> list[str]:
    """The officer lines as the units read them: "Label Name", then each further name."""
    out = []
    for label, line in lines:
        names = [line] if isinstance(line, str) else line
        out.append(f"{label} {names[0]}".strip())
        out += names[1:]
    return out


def units(
    front: Front,
    body: list[tuple],
    footnotes: dict[int, str],
    table: Table,
    annex_rows: list[tuple],
    *,
    markup: bool = False,
) -> list[dict]:
    """The expected units: "front", one per numbered paragraph and sub-item (its text, its
    officer lines, agenda or table, its footnotes), and "annex.1" (the annex table)."""

    def pieces(text: str) -> list[str]:
        return plain_pieces(text) if markup else [plain(text)]

    out = [unit("front", front.pieces())]
    n = 0
    for item in body:
        if item[0] != "p":
            continue
        n += 1
        text, extra = item[1], item[2] if len(item) > 2 else {}
        parts = pieces(text) + officer_pieces(extra.get("lines", []))
        for k, line in enumerate(extra.get("agenda", []), start=1):
            parts.append(f"{k}. {line}")
        if extra.get("table"):
            parts += [table.title, *(" | ".join(r) for r in table.rows), table.source]
        out.append(unit(str(n), parts + notes_of(text, footnotes)))
        for i, sub in enumerate(extra.get("items", [])):
            sub_text, subsubs = (sub, []) if isinstance(sub, str) else sub
            sid = f"{n}({LETTERS[i]})"
            out.append(unit(sid, [*pieces(sub_text), *notes_of(sub_text, footnotes)]))
            for j, ss in enumerate(subsubs):
                out.append(unit(f"{sid}({ROMANS[j]})", [*pieces(ss), *notes_of(ss, footnotes)]))
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(r) for r in annex_rows)})
    return out


def expected(doc_id: str, out: Path, front: Front, doc_units: list[dict]) -> dict:
    """The expected-structure file's content for the document written to ``out``."""
    file = f"eval/gold/docs/{doc_id}{out.suffix}"
    return expected_doc(
        doc_id, file, front.title, front.symbol, front.issue_date, front.place_dates, doc_units
    )


def check_paragraphs(body: list[tuple], n_paragraphs: int) -> None:
    n_paras = sum(1 for item in body if item[0] == "p")
    if n_paras != n_paragraphs:
        raise SystemExit(f"{n_paras} numbered paragraphs, expected {n_paragraphs}")


def para_numbers(body: list[tuple]) -> dict[str, str]:
    """The number of each numbered paragraph, by its key, as the automatic numbering counts
    them."""
    out, n = {}, 0
    for item in body:
        if item[0] == "p":
            n += 1
            out[item[2]["key"]] = str(n)
    return out


def paragraph_texts(body: list[tuple]) -> list[str]:
    """The numbered paragraphs' texts, then their sub-items', in order, with their markup."""
    texts = [item[1] for item in body if item[0] == "p"]
    for item in body:
        if item[0] != "p" or len(item) < 3:
            continue
        for sub in item[2].get("items", []):
            texts += [sub] if isinstance(sub, str) else [sub[0], *sub[1]]
    return texts


# The mix of categories a blind document's 35 cases are written to (the helper's brief).
CASE_MIX = {
    "unanswerable": 8,
    "numbers": 6,
    "names": 4,
    "paraphrase": 5,
    "list": 3,
    "followup": 3,
    "frame": 2,
    "factual": 2,
    "front": 2,
}


def check_mix(cases: list[dict]) -> None:
    """The cases hold ``CASE_MIX``'s categories, and each follow-up's history ends with an
    assistant turn that cites a paragraph, as the assistant's answers do."""
    got = {k: sum(1 for c in cases if c["category"] == k) for k in CASE_MIX}
    if got != CASE_MIX:
        raise SystemExit(f"categories {got}")
    for c in cases:
        if c["category"] == "followup" and not re.search(r"\[\d+\]", c["history"][-1]["content"]):
            raise SystemExit(f"{c['id']}: the assistant turn cites no paragraph")


def check_markup(texts: list[str], footnotes: dict[int, str]) -> None:
    """The footnote marks come in the notes' order, one each, and every emphasis is closed."""
    marks = [int(m) for t in texts for m in MARK_RE.findall(t)]
    if marks != sorted(footnotes):
        raise SystemExit(f"footnote marks {marks} do not match the notes {sorted(footnotes)}")
    for t in texts:
        if "*" in re.sub(r"\*\*.+?\*\*|\*.+?\*", "", t):
            raise SystemExit(f"unbalanced emphasis in: {t[:60]}")


def check_attendance(
    states: list[tuple], n_experts: str, n_states: str, planned: tuple[str, int]
) -> None:
    """The number of experts in words and of States in the text against the annex's lists:
    ``planned`` is the number of experts in words and in digits."""
    counted = sum(len(people) for _, people in states)
    if (n_experts, counted, len(states)) != (*planned, int(n_states)):
        raise SystemExit(f"attendance: {counted} experts, {len(states)} States")


# --------------------------------------------------------------------------------------------
# flat OpenDocument text: styles
# --------------------------------------------------------------------------------------------


def namespaces(*, xlink: bool = False) -> str:
    return (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        + ('xmlns:xlink="http://www.w3.org/1999/xlink" ' if xlink else "")
        + 'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
    )


def list_level(level: int, fmt: str, prefix: str, suffix: str, label: float, text: float) -> str:
    """One level of a numbered list style: the label at ``label`` cm, the text (and the lines
    after the first) at ``text`` cm: a hanging indent."""
    pre = f' style:num-prefix="{prefix}"' if prefix else ""
    return (
        f'<text:list-level-style-number text:level="{level}"{pre} style:num-suffix="{suffix}" '
        f'style:num-format="{fmt}" text:display-levels="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" '
        f'text:list-tab-stop-position="{text}cm" fo:text-indent="{label - text:.2f}cm" '
        f'fo:margin-left="{text}cm"/>'
        "</style:list-level-properties></text:list-level-style-number>"
    )


def pstyle(name: str, parent: str, para: str = "", txt: str = "", extra: str = "") -> str:
    props = f"<style:paragraph-properties {para}/>" if para else ""
    tprops = f"<style:text-properties {txt}/>" if txt else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph" '
        f'style:parent-style-name="{parent}"{extra}>{props}{tprops}</style:style>'
    )


def tstyle(name: str, txt: str, display: str = "") -> str:
    disp = f' style:display-name="{display}"' if display else ""
    return (
        f'<style:style style:name="{name}"{disp} style:family="text">'
        f"<style:text-properties {txt}/></style:style>"
    )


def cell_style(name: str, borders: str) -> str:
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" '
        f'fo:padding-left="0.12cm" fo:padding-right="0.12cm" {borders}/></style:style>'
    )


def column_style(name: str, width: str) -> str:
    return (
        f'<style:style style:name="{name}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{width}"/></style:style>'
    )


def page_layout(name: str, header: bool) -> str:
    hf = (
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" '
        'fo:margin-bottom="0.6cm"/></style:header-style>'
        if header
        else "<style:header-style/>"
    )
    return (
        f'<style:page-layout style:name="{name}" style:page-usage="mirrored">'
        '<style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" '
        'fo:margin-left="2.2cm" fo:margin-right="2.2cm" style:writing-mode="lr-tb">'
        '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.2cm" '
        'style:distance-after-sep="0.15cm" style:line-style="solid" style:adjustment="left" '
        'style:rel-width="25%" style:color="#000000"/>'
        "</style:page-layout-properties>"
        + hf
        + '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
        'fo:margin-top="0.6cm"/></style:footer-style>'
        "</style:page-layout>"
    )


def master_pages(symbol: str, job_number: str, footer: str) -> str:
    """The page styles: "Standard" for the following pages (left and right: the symbol in the
    header, outside; the job number inside and the PAGE field outside in the footer), and
    "First Page" (no header; the job number alone in the footer), followed by "Standard"."""
    return (
        "<office:master-styles>"
        '<style:master-page style:name="Standard" style:page-layout-name="pm_body">'
        f'<style:header><text:p text:style-name="HeaderRight">{symbol}</text:p></style:header>'
        f'<style:header-left><text:p text:style-name="Header">{symbol}</text:p>'
        "</style:header-left>"
        f'<style:footer><text:p text:style-name="{footer}">'
        f"{job_number}<text:tab/>"
        '<text:page-number text:select-page="current">3</text:page-number></text:p></style:footer>'
        f'<style:footer-left><text:p text:style-name="{footer}">'
        '<text:page-number text:select-page="current">2</text:page-number>'
        f"<text:tab/>{job_number}</text:p></style:footer-left>"
        "</style:master-page>"
        '<style:master-page style:name="First_20_Page" style:display-name="First Page" '
        'style:page-layout-name="pm_first" style:next-style-name="Standard">'
        f'<style:footer><text:p text:style-name="{footer}">'
        f"{job_number} (E)</text:p></style:footer>"
        "</style:master-page>"
        "</office:master-styles>"
    )


BODY_LEFT = 1.2  # cm from the text area's left edge: paragraph numbers
BODY_TEXT = 2.2  # cm: body text (hanging indent)
FOOTER_TABS = (
    "<style:paragraph-properties><style:tab-stops>"
    '<style:tab-stop style:position="16.6cm" style:type="right"/>'
    "</style:tab-stops></style:paragraph-properties>"
)


def styles(
    symbol: str,
    job_number: str,
    *,
    footer: str = "Footer",
    officer_tab: bool = False,
    markup: bool = False,
) -> str:
    """The font declarations, the styles, the automatic styles and the page styles.

    ``footer`` is the name of the footers' paragraph style; ``officer_tab`` gives the officer
    lines a tab stop at their hanging indent (for names after a manual line break); ``markup``
    adds the styles that inline markup uses (the hyperlink style, italic and bold runs)."""
    officer = pstyle(
        "Officer",
        "Standard",
        f'fo:margin-left="{BODY_TEXT + 2.6}cm" fo:text-indent="-2.6cm" fo:margin-bottom="0.1cm"',
    )
    if officer_tab:
        officer = officer.replace(
            "/></style:style>",
            "><style:tab-stops>"
            f'<style:tab-stop style:position="{BODY_TEXT + 2.6}cm"/>'
            "</style:tab-stops></style:paragraph-properties></style:style>",
            1,
        )
    link = (
        tstyle(
            "Internet_20_link",
            'fo:color="#000080" style:text-underline-style="solid" '
            'style:text-underline-width="auto" style:text-underline-color="font-color"',
            "Internet link",
        )
        if markup
        else ""
    )
    runs = (
        # direct formatting (Word: w:i / w:b in the run), as a typist's Ctrl+I and Ctrl+B
        tstyle("T_italic", 'fo:font-style="italic" style:font-style-complex="italic"')
        + tstyle("T_bold", 'fo:font-weight="bold" style:font-weight-complex="bold"')
        if markup
        else ""
    )
    return (
        "<office:font-face-decls>"
        '<style:font-face style:name="Times New Roman" svg:font-family="\'Times New Roman\'" '
        'style:font-family-generic="roman" style:font-pitch="variable"/>'
        "</office:font-face-decls>"
        "<office:styles>"
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties fo:orphans="2" fo:widows="2" style:writing-mode="page"/>'
        '<style:text-properties style:font-name="Times New Roman" fo:font-size="10pt" '
        'fo:language="en" fo:country="GB" fo:hyphenate="false"/>'
        "</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
        "</style:style>"
        + pstyle(
            "SingleTxt",
            "Standard",
            f'fo:margin-left="{BODY_TEXT}cm" fo:margin-right="0.6cm" fo:margin-bottom="0.21cm" '
            'fo:text-align="justify" fo:line-height="0.42cm"',
        )
        + pstyle(
            "HChG",
            "Standard",
            'fo:margin-left="1.2cm" fo:text-indent="-1.2cm" fo:margin-right="0.6cm" '
            'fo:margin-top="0.6cm" fo:margin-bottom="0.36cm" fo:keep-with-next="always"',
            'fo:font-size="13pt" fo:font-weight="bold"',
            ' style:default-outline-level="1"',
        )
        + pstyle(
            "H1G",
            "Standard",
            f'fo:margin-left="{BODY_TEXT}cm" fo:text-indent="-1cm" fo:margin-right="0.6cm" '
            'fo:margin-top="0.36cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"',
            'fo:font-size="10.5pt" fo:font-weight="bold"',
            ' style:default-outline-level="2"',
        )
        + pstyle(
            "Synthetic",
            "Standard",
            'fo:margin-bottom="0.25cm"',
            'fo:font-size="8pt" fo:font-style="italic"',
        )
        + pstyle(
            "Title",
            "Standard",
            f'fo:margin-left="{BODY_LEFT}cm" fo:margin-right="0cm" fo:margin-top="0.9cm" '
            'fo:margin-bottom="0.3cm"',
            'fo:font-size="16pt" fo:font-weight="bold"',
        )
        + pstyle(
            "PlaceDates",
            "Standard",
            f'fo:margin-left="{BODY_LEFT}cm" fo:margin-bottom="0.5cm"',
            'fo:font-size="11pt"',
        )
        + officer
        + pstyle(
            "TableTitle",
            "Standard",
            f'fo:margin-left="{BODY_TEXT}cm" fo:margin-right="0.6cm" fo:margin-top="0.1cm" '
            'fo:margin-bottom="0.15cm" fo:keep-with-next="always"',
            'fo:font-weight="bold"',
        )
        + pstyle(
            "TableNote",
            "Standard",
            f'fo:margin-left="{BODY_TEXT}cm" fo:margin-right="0.6cm" fo:margin-top="0.1cm" '
            'fo:margin-bottom="0.3cm" fo:text-align="justify"',
            'fo:font-size="8.5pt" fo:font-style="italic"',
        )
        + pstyle(
            "Table_20_Contents",
            "Standard",
            "",
            'fo:font-size="9pt"',
            ' style:display-name="Table Contents"',
        )
        + pstyle("TableNum", "Table_20_Contents", 'fo:text-align="end"')
        + pstyle(
            "Table_20_Heading",
            "Table_20_Contents",
            "",
            'fo:font-style="italic" fo:font-weight="bold"',
            ' style:display-name="Table Heading"',
        )
        + pstyle("TableHeadNum", "Table_20_Heading", 'fo:text-align="end"')
        + pstyle(
            "Footnote",
            "Standard",
            'fo:margin-left="0.6cm" fo:text-indent="-0.6cm" '
            'fo:margin-bottom="0.05cm" fo:text-align="justify"',
            'fo:font-size="8pt"',
        )
        + pstyle("Header", "Standard", "", 'fo:font-size="9pt" fo:font-weight="bold"')
        + pstyle("HeaderRight", "Header", 'fo:text-align="end"')
        + pstyle(footer, "Standard", "", 'fo:font-size="9pt"').replace(
            "><style:text", f">{FOOTER_TABS}<style:text", 1
        )
        + pstyle(
            "AnnexHead",
            "Standard",
            f'fo:margin-left="{BODY_LEFT}cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"',
            'fo:font-size="13pt" fo:font-weight="bold"',
        )
        + pstyle(
            "AnnexSub",
            "Standard",
            f'fo:margin-left="{BODY_LEFT}cm" fo:margin-bottom="0.4cm" fo:keep-with-next="always"',
            'fo:font-size="11pt" fo:font-weight="bold"',
        )
        + '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" '
        'style:family="text"/>'
        + tstyle("Footnote_20_anchor", 'style:text-position="super 58%"', "Footnote anchor")
        + link
        + '<text:list-style style:name="UN_20_Paragraphs" style:display-name="UN Paragraphs">'
        + list_level(1, "1", "", ".", BODY_LEFT, BODY_TEXT)
        + list_level(2, "a", "(", ")", BODY_TEXT, BODY_TEXT + 1.0)
        + list_level(3, "i", "(", ")", BODY_TEXT + 1.0, BODY_TEXT + 2.0)
        + "</text:list-style>"
        '<text:list-style style:name="UN_20_Agenda" style:display-name="UN Agenda">'
        + list_level(1, "1", "", ".", BODY_TEXT, BODY_TEXT + 0.8)
        + "</text:list-style>"
        '<text:notes-configuration text:note-class="footnote" '
        'text:citation-style-name="Footnote_20_Symbol" '
        'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" '
        'text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
        "</office:styles>"
        "<office:automatic-styles>"
        + pstyle("P_first", "Synthetic", extra=' style:master-page-name="First_20_Page"')
        + pstyle("P_body", "SingleTxt", extra=' style:list-style-name="UN_20_Paragraphs"')
        + pstyle(
            "P_agenda",
            "SingleTxt",
            'fo:margin-bottom="0.08cm"',
            extra=' style:list-style-name="UN_20_Agenda"',
        )
        + pstyle("P_annex", "AnnexHead", 'fo:break-before="page"')
        + pstyle(
            "P_mast_un",
            "Standard",
            'fo:margin-top="0.1cm"',
            'fo:font-size="12pt" fo:font-weight="bold"',
        )
        + pstyle(
            "P_mast_symbol",
            "Standard",
            'fo:text-align="end" fo:margin-top="0.1cm"',
            'fo:font-size="14pt" fo:font-weight="bold"',
        )
        + pstyle(
            "P_mast_organ",
            "Standard",
            'fo:margin-top="0.15cm"',
            'fo:font-size="12pt" fo:font-weight="bold"',
        )
        + pstyle("P_mast_right", "Standard", 'fo:margin-left="1.2cm" fo:margin-top="0.15cm"')
        + pstyle("P_mast_right2", "Standard", 'fo:margin-left="1.2cm"')
        + pstyle(
            "P_mast_right3",
            "Standard",
            'fo:margin-left="1.2cm" fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"',
        )
        + '<style:style style:name="T_mast" style:family="table">'
        '<style:table-properties style:width="16.6cm" table:align="left"/></style:style>'
        + column_style("T_mast.A", "9.1cm")
        + column_style("T_mast.B", "7.5cm")
        + cell_style(
            "T_mast.thin",
            'fo:border-left="none" fo:border-right="none" fo:border-top="none" '
            'fo:border-bottom="0.5pt solid #000000"',
        )
        + cell_style(
            "T_mast.thick",
            'fo:border-left="none" fo:border-right="none" fo:border-top="none" '
            'fo:border-bottom="2.5pt solid #000000"',
        )
        + '<style:style style:name="T_body" style:family="table">'
        f'<style:table-properties style:width="11cm" fo:margin-left="{BODY_TEXT}cm" '
        'table:align="left" fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>'
        + column_style("T_body.A", "4.4cm")
        + column_style("T_body.B", "2.2cm")
        + cell_style("T_body.cell", 'fo:border="0.5pt solid #000000"')
        + cell_style("T_body.head", 'fo:border="0.5pt solid #000000" fo:background-color="#e6e6e6"')
        + '<style:style style:name="T_annex" style:family="table">'
        f'<style:table-properties style:width="14cm" fo:margin-left="{BODY_LEFT}cm" '
        'table:align="left"/></style:style>'
        + column_style("T_annex.A", "5.4cm")
        + column_style("T_annex.B", "8.6cm")
        + cell_style("T_annex.cell", 'fo:border="0.5pt solid #000000"')
        + runs
        + page_layout("pm_first", header=False)
        + page_layout("pm_body", header=True)
        + "</office:automatic-styles>"
        + master_pages(symbol, job_number, footer)
    )


# --------------------------------------------------------------------------------------------
# flat OpenDocument text: the body
# --------------------------------------------------------------------------------------------


class Writer:
    """Accumulates the body XML and numbers the footnotes. With ``markup`` the texts may hold
    italic and bold runs, hyperlinks and manual line breaks (see the module's docstring)."""

    def __init__(self, footnotes: dict[int, str], *, markup: bool = False) -> None:
        self.footnotes = footnotes
        self.markup = markup
        self.out: list[str] = []
        self.n_notes = 0
        self.list_started = False

    @staticmethod
    def t(text: str) -> str:
        out = escape(text).replace("\t", "<text:tab/>")
        return re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group()) - 1}"/>', out)

    def note(self, n: int) -> str:
        self.n_notes += 1
        if n != self.n_notes:
            raise SystemExit(f"footnote {n} out of order")
        return (
            f'<text:note text:id="ftn{n}" text:note-class="footnote">'
            f"<text:note-citation>{n}</text:note-citation><text:note-body>"
            f'<text:p text:style-name="Footnote">{self.t(self.footnotes[n])}</text:p>'
            "</text:note-body></text:note>"
        )

    def inline(self, text: str) -> str:
        if not self.markup:
            return "".join(
                self.note(int(m.group(1))) if (m := MARK_RE.fullmatch(piece)) else self.t(piece)
                for piece in NOTES_RE.split(text)
            )
        parts = []
        for piece in TOKEN_RE.split(text):
            if not piece:
                continue
            if piece == "\n":
                parts.append("<text:line-break/>")
            elif piece == "\t":
                parts.append("<text:tab/>")
            elif m := MARK_RE.fullmatch(piece):
                parts.append(self.note(int(m.group(1))))
            elif m := re.fullmatch(r"\[\[(.+?)\|(.+?)\]\]", piece):
                parts.append(
                    f'<text:a xlink:type="simple" xlink:href="{escape(m.group(2))}" '
                    'text:style-name="Internet_20_link">'
                    f"{self.t(m.group(1))}</text:a>"
                )
            elif piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
                parts.append(
                    f'<text:span text:style-name="T_bold">{self.t(piece[2:-2])}</text:span>'
                )
            elif piece.startswith("*") and piece.endswith("*") and len(piece) > 2:
                parts.append(
                    f'<text:span text:style-name="T_italic">{self.t(piece[1:-1])}</text:span>'
                )
            else:
                parts.append(self.t(piece))
        return "".join(parts)

    def p(self, style: str, text: str) -> None:
        self.out.append(f'<text:p text:style-name="{style}">{self.inline(text)}</text:p>')

    def open_list(self) -> None:
        if not self.list_started:
            self.out.append('<text:list xml:id="paras" text:style-name="UN_20_Paragraphs">')
            self.list_started = True
        else:
            self.out.append(
                '<text:list text:style-name="UN_20_Paragraphs" text:continue-list="paras">'
            )

    def items(self, items: list) -> str:
        xml = ["<text:list>"]
        for item in items:
            text, subs = (item, []) if isinstance(item, str) else item
            xml.append(
                f'<text:list-item><text:p text:style-name="P_body">{self.inline(text)}</text:p>'
            )
            if subs:
                xml.append(self.items(subs))
            xml.append("</text:list-item>")
        xml.append("</text:list>")
        return "".join(xml)

    def table(self, name: str, style: str, columns: list[str], rows: list[tuple]) -> None:
        xml = [f'<table:table table:name="{name}" table:style-name="{style}">']
        xml += [f'<table:table-column table:style-name="{c}"/>' for c in columns]
        for i, row in enumerate(rows):
            if i == 0:
                xml.append("<table:table-header-rows>")
            xml.append("<table:table-row>")
            for j, cell in enumerate(row):
                numeric = j > 0 and style == "T_body"
                if i == 0:
                    cstyle = "T_body.head" if style == "T_body" else f"{style}.cell"
                    para = "TableHeadNum" if numeric else "Table_20_Heading"
                else:
                    cstyle = f"{style}.cell"
                    para = "TableNum" if numeric else "Table_20_Contents"
                xml.append(
                    f'<table:table-cell table:style-name="{cstyle}" office:value-type="string">'
                    f'<text:p text:style-name="{para}">{self.t(cell)}</text:p>'
                    "</table:table-cell>"
                )
            xml.append("</table:table-row>")
            if i == 0:
                xml.append("</table:table-header-rows>")
        xml.append("</table:table>")
        self.out.append("".join(xml))


def masthead(front: Front) -> str:
    def cell(style: str, paras: list[tuple[str, str]]) -> str:
        inner = "".join(f'<text:p text:style-name="{s}">{escape(t)}</text:p>' for s, t in paras)
        return (
            f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            f"{inner}</table:table-cell>"
        )

    return (
        '<table:table table:name="Masthead" table:style-name="T_mast">'
        '<table:table-column table:style-name="T_mast.A"/>'
        '<table:table-column table:style-name="T_mast.B"/>'
        "<table:table-row>"
        + cell("T_mast.thin", [("P_mast_un", "United Nations")])
        + cell("T_mast.thin", [("P_mast_symbol", front.symbol)])
        + "</table:table-row><table:table-row>"
        + cell("T_mast.thick", [("P_mast_organ", line) for line in front.congress])
        + cell(
            "T_mast.thick",
            [
                ("P_mast_right", "Distr.: General"),
                ("P_mast_right2", front.issue_date),
                ("P_mast_right3", "Original: English"),
            ],
        )
        + "</table:table-row></table:table>"
    )


def front_page(w: Writer, front: Front) -> None:
    """The first page's paragraphs; the first one switches to the "First Page" page style."""
    w.p("P_first", front.disclaimer)
    w.out.append(masthead(front))
    w.p("Title", front.title)
    w.p("PlaceDates", front.place_dates)


def body(w: Writer, items: list[tuple], table: Table) -> None:
    """The headings and the numbered paragraphs: each run of paragraphs is a list continuing
    the first; officer lines, the agenda and the table close it."""
    in_list = False
    for item in items:
        kind = item[0]
        if kind in ("h1", "h2"):
            if in_list:
                w.out.append("</text:list>")
                in_list = False
            style, level = ("HChG", 1) if kind == "h1" else ("H1G", 2)
            w.out.append(
                f'<text:h text:style-name="{style}" text:outline-level="{level}">'
                f"{w.t(item[1])}<text:tab/>{w.t(item[2])}</text:h>"
            )
            continue
        extra = item[2] if len(item) > 2 else {}
        if not in_list:
            w.open_list()
            in_list = True
        w.out.append(
            f'<text:list-item><text:p text:style-name="P_body">{w.inline(item[1])}</text:p>'
        )
        if extra.get("items"):
            w.out.append(w.items(extra["items"]))
        w.out.append("</text:list-item>")
        if extra.get("lines") or extra.get("agenda") or extra.get("table"):
            w.out.append("</text:list>")
            in_list = False
            for label, line in extra.get("lines", []):
                names = line if isinstance(line, str) else "\n".join(line)
                w.p("Officer", f"{label}\t{names}")
            if extra.get("agenda"):
                w.out.append('<text:list text:style-name="UN_20_Agenda">')
                for line in extra["agenda"]:
                    w.out.append(
                        f'<text:list-item><text:p text:style-name="P_agenda">{w.t(line)}'
                        "</text:p></text:list-item>"
                    )
                w.out.append("</text:list>")
            if extra.get("table"):
                w.p("TableTitle", table.title)
                cols = ["T_body.A"] + ["T_body.B"] * (len(table.rows[0]) - 1)
                w.table(table.name, "T_body", cols, table.rows)
                w.p("TableNote", table.source)
    if in_list:
        w.out.append("</text:list>")


def annex(w: Writer, heading: str, subtitle: str, rows: list[tuple]) -> None:
    """The annex on a new page: its heading, its subtitle and a two-column ruled table."""
    w.p("P_annex", heading)
    w.p("AnnexSub", subtitle)
    w.table("Participants", "T_annex", ["T_annex.A", "T_annex.B"], rows)


def document(w: Writer, title: str, fixed_iso: str, style_xml: str) -> str:
    """The flat OpenDocument text: metadata with fixed dates, the styles, the body so far."""
    meta = (
        "<office:meta>"
        f"<dc:title>{escape(title)}</dc:title>"
        "<meta:initial-creator>Secretariat</meta:initial-creator>"
        f"<meta:creation-date>{fixed_iso}</meta:creation-date>"
        f"<dc:date>{fixed_iso}</dc:date>"
        "<dc:creator>Secretariat</dc:creator>"
        "<dc:language>en-GB</dc:language>"
        "</office:meta>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {namespaces(xlink=w.markup)} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        + meta
        + style_xml
        + "<office:body><office:text>"
        + "".join(w.out)
        + "</office:text></office:body></office:document>\n"
    )


# --------------------------------------------------------------------------------------------
# LibreOffice
# --------------------------------------------------------------------------------------------


def soffice_convert(src: Path, outdir: str, target: str = "pdf", ext: str = "pdf") -> Path:
    """``src`` converted by LibreOffice (``target``: "pdf", 'docx:MS Word 2007 XML', ...;
    ``ext``: the made file's extension), with a throwaway user profile in ``outdir``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice is needed: apt-get install -y libreoffice-writer-nogui")
    profile = Path(outdir) / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            outdir,
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    made = Path(outdir) / f"{src.stem}.{ext}"
    if not made.exists():
        sys.exit(f"LibreOffice did not write {made.name}")
    return made


_CORE_DATE = re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalize_docx(
    src: Path, dest: Path, *, fixed_iso: str, zip_time: tuple[int, int, int, int, int, int]
) -> None:
    """Copies a .docx ZIP member by member, in the same order, with fixed timestamps and the
    fixed creation and modification dates in docProps/core.xml: the same bytes each run."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = _CORE_DATE.sub(rf"\g<1>{fixed_iso}Z\g<2>", data.decode("utf-8"))
                data = text.encode("utf-8")
            member = zipfile.ZipInfo(info.filename, date_time=zip_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            zout.writestr(member, data)


def convert(
    fodt: str,
    out: Path,
    target: str,
    *,
    keep_fodt: bool = False,
    write: Callable[[Path, Path], object] = shutil.copyfile,
) -> None:
    """Converts the .fodt text to ``out`` (its extension is the made file's) with the output
    filter ``target``; ``write(made, out)`` puts the made file in place (a plain copy unless
    told otherwise). With ``keep_fodt`` the .fodt is kept in /tmp."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{out.stem}.fodt"
        src.write_text(fodt, encoding="utf-8")
        made = soffice_convert(src, tmp, target, out.suffix[1:])
        out.parent.mkdir(parents=True, exist_ok=True)
        write(made, out)
        if keep_fodt:
            shutil.copyfile(src, Path("/tmp") / src.name)


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of ``pdf`` (pdftotext), without whitespace."""
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return ["".join(p.split()) for p in raw.split("\f")]


def pages_of(pages: list[str], text: str) -> list[int]:
    """The pages (from 1) whose text holds ``text``, compared without whitespace."""
    key = "".join(text.split())
    return [k + 1 for k, p in enumerate(pages) if key in p]


def split_paragraphs(doc_units: list[dict], pages: list[str]) -> dict[str, list[int]]:
    """The numbered paragraphs that run over a page break: (unit: [page of its first words,
    page of its last words])."""
    out: dict[str, list[int]] = {}
    for u in doc_units:
        if not u["id"][0].isdigit():
            continue
        words = (u["text"] if "text" in u else u["contains"][0]).split()
        first, last = pages_of(pages, " ".join(words[:8])), pages_of(pages, " ".join(words[-8:]))
        if first and last and first[0] != last[-1]:
            out[u["id"]] = [first[0], last[-1]]
    return out


def printed_pages(out: Path) -> list[str]:
    """The text of each page of ``out`` as printed, without whitespace: a PDF as it is, a
    .docx as LibreOffice prints it; [] without pdftotext (poppler-utils)."""
    if shutil.which("pdftotext") is None:
        return []
    if out.suffix == ".pdf":
        return pdf_pages(out)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / out.name
        shutil.copyfile(out, src)
        return pdf_pages(soffice_convert(src, tmp, "pdf", "pdf"))


def layout_report(
    out: Path, doc_units: list[dict], footnotes: dict[int, str], table: Table
) -> dict:
    """Where things fell on the printed pages of ``out``: the numbered paragraphs that run
    over a page break (unit: [first page, last page]), and the pages of the footnotes and of
    the data table. Compared without whitespace ({} without pdftotext)."""
    pages = printed_pages(out)
    if not pages:
        return {}

    def where(text: str) -> list[int]:
        return pages_of(pages, text)

    return {
        "pages": len([p for p in pages if p]),
        "split paragraphs": split_paragraphs(doc_units, pages),
        "footnotes": {n: where(footnotes[n]) for n in footnotes},
        "table title": where(table.title),
        "table first row": where("".join(table.rows[1])),
        # pdftotext may read the last rows' cells interleaved: the pages holding every cell
        "table last row": sorted(set.intersection(*(set(where(c)) for c in table.rows[-1]))),
        "table source": where(table.source[:60]),
    }


# --------------------------------------------------------------------------------------------
# gold cases and topics
# --------------------------------------------------------------------------------------------

NOT_SAID = "The documents do not say."


def case(
    doc_id: str,
    cid: str,
    category: str,
    question: str,
    reference: str,
    key_facts: list,
    citations: list[str],
    *,
    any_citation: bool = False,
    history: list[dict] | None = None,
) -> dict:
    out = {
        "id": cid,
        "category": category,
        "question": question,
        "answerable": category != "unanswerable",
        "reference": reference,
        "key_facts": key_facts,
        "citations": citations,
        "doc_id": doc_id,
    }
    if history:
        out["history"] = history
    out["any_citation"] = any_citation
    return out


def turn(user: str, assistant: str) -> list[dict]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


def unanswerable(doc_id: str, cid: str, question: str) -> dict:
    return case(doc_id, cid, "unanswerable", question, NOT_SAID, [], [])


def _text_of(u: dict) -> str:
    return u["text"] if "text" in u else "\n".join(u["contains"])


def check_cases(
    doc: dict, cases: list[dict], topics: list[dict], prefix: str, n_cases: int
) -> dict[str, str]:
    """Checks the case ids (prefix-01 ...), that every citation is a unit, that every key fact
    occurs in the cited units (in each of them with any_citation), and that every topic's
    paragraphs are units, each once, in document order. Returns the units' texts, casefolded,
    by id, for a generator's own checks."""
    by_id = {u["id"]: _text_of(u).casefold() for u in doc["units"]}
    order = list(by_id)
    ids = [c["id"] for c in cases]
    if ids != [f"{prefix}-{k:02d}" for k in range(1, n_cases + 1)]:
        raise SystemExit(f"case ids {ids}")
    for c in cases:
        for cit in c["citations"]:
            if cit not in by_id:
                raise SystemExit(f"{c['id']}: citation {cit} is not a unit")
        cited = " ".join(by_id[cit] for cit in c["citations"])
        for fact in c["key_facts"]:
            if not any(s.casefold() in cited for s in fact):
                raise SystemExit(f"{c['id']}: key fact {fact} not in {c['citations']}")
        if c["any_citation"]:
            for fact in c["key_facts"]:
                for cit in c["citations"]:
                    if not any(s.casefold() in by_id[cit] for s in fact):
                        raise SystemExit(f"{c['id']}: {fact} not in {cit}")
    for t in topics:
        missing = [p for p in t["paragraphs"] if p not in by_id]
        if missing:
            raise SystemExit(f"{t['id']}: {missing} are not units")
        pos = [order.index(p) for p in t["paragraphs"]]
        if pos != sorted(pos) or len(set(pos)) != len(pos):
            raise SystemExit(f"{t['id']}: paragraphs not in document order")
    return by_id


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")


def write_gold(out: Path, doc: dict, cases: list[dict], topics: list[dict]) -> None:
    """Writes the expected units (eval/gold/expected/<doc_id>.json), the gold cases
    (eval/gold/test/<doc_id>.jsonl) and the topics (eval/gold/test/topics/<doc_id>.jsonl),
    and says what was written, the document ``out`` first."""
    doc_id = doc["doc_id"]
    units_out = GOLD / "expected" / f"{doc_id}.json"
    cases_out = GOLD / "test" / f"{doc_id}.jsonl"
    topics_out = GOLD / "test" / "topics" / f"{doc_id}.jsonl"
    units_out.parent.mkdir(parents=True, exist_ok=True)
    units_out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_jsonl(cases_out, cases)
    write_jsonl(
        topics_out,
        [
            {"id": t["id"], "topic": t["topic"], "doc_id": doc_id, "paragraphs": t["paragraphs"]}
            for t in topics
        ],
    )
    print(f"wrote {out}")
    print(f"wrote {units_out} ({len(doc['units'])} units)")
    print(f"wrote {cases_out} ({len(cases)} cases)")
    print(f"wrote {topics_out} ({len(topics)} topics)")
