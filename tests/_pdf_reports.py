"""Synthetic UN reports (ODS documents: A/CONF.…, E/CN.15/…, UNODC/CCPCJ/EG.…) written as PDFs
by fpdf2, for the tests that read them back with the real reader and parser
(``test_pdf_page_layouts`` and ``test_pdf_word_features``).

The PDFs are built here rather than kept as files so that each test states, in a few lines,
exactly the layout it is about (a page break inside a sub-item, a footnote carried overleaf,
a table cut by a page break, …) and knows the words the document says: ``build`` returns
them with the PDF, and ``check`` asserts that every one of them lands in exactly one unit,
that the units are the document's numbers and that no page furniture (running header, job
number, barcode, page numbers) leaks into any unit.

The two test files once had a copy each of this builder, the second extended; the few places
where the copies drew differently are ``Report`` fields (``note_numbers``, ``heading_room``,
``draw_empty_label``), so that each file's tests still write the PDFs they always wrote."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _words import assert_every_word_once

from congress_qa import get_settings
from ingest import ParsedDocument, parse_file, read_document

FONTS = Path("/usr/share/fonts/truetype")
LABEL = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa tests; not a United Nations document."
)
# Markup of a paragraph's text: a line break the typesetter made, a page break after the line,
# a soft hyphen at a line break (drawn "-", the word is one) and a footnote mark "{n}".
NL = "⏎"
PAGE = "⇟"
SOFT = "\u00ad"
# A soft hyphen at a line break that the PDF keeps as the character U+00AD (drawn as a hyphen).
SHY = "¬"
# The ligature glyphs of a body word; the document's word is spelt with the letters.
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl"}
_MARK_RE = re.compile(r"\{(\d+)\}")

LEFT = 22.0  # headings' labels; paragraph numbers, or the margin column they are set in
TEXT_X = 34.0  # paragraph text (hanging indent)
NUMBER_END = 31.0  # where right-aligned paragraph numbers end
SUB_LABEL_X = 34.0
SUB_TEXT_X = 44.0
QUOTE_X = 44.0
QUOTE_RIGHT = 178.0
RIGHT = 188.0
LEAD = 4.9
GAP = 3.2
SIZE = 10.0
NOTE_LEAD = 3.6


@dataclass
class Report:
    """What a test sets: the symbol, the job number and the body, item by item:
    ("h", label, title) (the title's NL breaks it over two lines), ("p", number, text),
    ("alone", number, text) for a number on a line of its own, ("sub", letter, text),
    ("quote", text) for a quotation set as an indented block inside the paragraph before it,
    whose ("more", text) goes on after the quotation, ("table", title, rows) on a landscape
    page of its own, ("ruled", header, rows, rows on the first page) for a ruled table a page
    break cuts, its header repeated overleaf, ("annex", heading, title) on a new page,
    ("columns", left lines, right lines) and ("page",) for a page break. ``notes``: footnote
    texts by number; a note's NL there breaks it over two pages' feet."""

    symbol: str
    job: str
    body: list[tuple]
    notes: dict[str, str] = field(default_factory=dict)
    title: str = "Report of the expert group meeting on the smuggling of migrants"
    # "ods": "n/N" and the job number on alternating sides; "centred": an older report's
    # "- n -" centred at the foot, the job number on the first page only.
    footer: str = "ods"
    font: str = "liberation"  # or "dejavu", which has the ff, ffi and ffl ligatures
    # "hang": paragraph numbers start at LEFT; "right": they end at NUMBER_END.
    numbers: str = "hang"
    # "text": each line one string; "words": each word placed at its x, no space characters;
    # "chars": each character placed at its x.
    placing: str = "text"
    # "standard": the fields in a column at the right, under the issuing body's line;
    # "beside": the fields stand under the symbol at the right, beside the issuing body, with
    # an agenda item.
    masthead: str = "standard"
    # A footnote's number at the page's foot: "raised", small and above the line as Word sets
    # it; "inline", at the note's size on its first line's baseline.
    note_numbers: str = "raised"
    # Lines of text that must fit under a heading on its page, else it starts the next page.
    heading_room: int = 1
    # An unnumbered heading's empty label still drawn (an empty text object on the page), as
    # the page-layout tests' PDFs always had it.
    draw_empty_label: bool = False


def said(text: str) -> str:
    """The words a paragraph's markup says: a soft hyphen's word whole, a hard one's kept,
    a ligature glyph's letters."""
    text = _MARK_RE.sub("", text).replace(NL + PAGE, NL)
    text = text.replace(SOFT + NL, "").replace(SHY + NL, "").replace("-" + NL, "-")
    for glyph, letters in LIGATURES.items():
        text = text.replace(glyph, letters)
    return text.replace(NL, " ").replace(PAGE, " ")


def _barcode(job: str) -> str:
    """The Code 39 text under the first page's barcode: "GE.25-01234" -> "*2501234*"."""
    return "*" + re.sub(r"\D", "", job) + "*"


def build(report: Report, path: Path) -> tuple[Path, str, list[str]]:  # noqa: C901
    """Writes the report; returns it, the words of its body and front matter (footnote texts
    included, marks and furniture not) and the furniture strings that must enter no unit."""
    from fpdf import FPDF

    total = {"n": 0}

    class Pdf(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("Serif", "B", 8.5)
            w = self.get_string_width(report.symbol)
            right = self.w - 22.0
            x = LEFT if self.page_no() % 2 == 0 else right - w
            self.text(x, 14.0, report.symbol)
            self.set_line_width(0.25)
            self.line(LEFT, 16.0, right, 16.0)

        def footer(self) -> None:
            right = self.w - 22.0
            bottom = self.h - 12.0
            if self.page_no() == 1:
                self.set_font("Serif", "", 8)
                self.text(LEFT, bottom, f"{report.job} (E)    100325    110325")
                # A barcode: bars, and its Code 39 text under them.
                for k, digit in enumerate(_barcode(report.job)[1:-1] * 3):
                    self.rect(
                        right - 50.0 + k * 2.2, bottom - 9.0, 0.3 + int(digit) % 3 * 0.4, 7.0, "F"
                    )
                self.set_font("Serif", "", 7)
                self.text(right - 40.0, bottom + 2.0, _barcode(report.job))
                return
            if report.footer == "centred":
                self.set_font("Serif", "", 10)
                label = f"- {self.page_no()} -"
                self.text((self.w - self.get_string_width(label)) / 2, bottom, label)
                return
            self.set_line_width(0.25)
            self.line(LEFT, bottom - 5.0, right, bottom - 5.0)
            label = f"{self.page_no()}/{total['n']}"
            self.set_font("Serif", "B", 8.5)
            if self.page_no() % 2 == 0:
                self.text(LEFT, bottom, label)
                self.set_font("Serif", "", 8)
                self.text(right - self.get_string_width(report.job), bottom, report.job)
            else:
                self.set_font("Serif", "", 8)
                self.text(LEFT, bottom, report.job)
                self.set_font("Serif", "B", 8.5)
                self.text(right - self.get_string_width(label), bottom, label)

    def render() -> tuple[FPDF, list[str]]:
        pdf = Pdf(unit="mm", format="A4")
        if report.font == "dejavu":
            pdf.add_font("Serif", "", str(FONTS / "dejavu/DejaVuSerif.ttf"))
            pdf.add_font("Serif", "B", str(FONTS / "dejavu/DejaVuSerif-Bold.ttf"))
        else:
            pdf.add_font("Serif", "", str(FONTS / "liberation/LiberationSerif-Regular.ttf"))
            pdf.add_font("Serif", "B", str(FONTS / "liberation/LiberationSerif-Bold.ttf"))
        pdf.add_font("Sans", "B", str(FONTS / "liberation/LiberationSans-Bold.ttf"))
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, 20.0, 22.0)
        return pdf, _draw(pdf, report)

    # Rendered twice: the footers' "n/N" needs the page count N, known after a first pass.
    first, _ = render()
    total["n"] = first.page_no()
    pdf, words = render()
    pdf.output(str(path))
    furniture = [report.job, _barcode(report.job), "100325", "110325"]
    furniture += [f"{n}/{total['n']}" for n in range(2, total["n"] + 1)]
    return path, "\n".join(words), furniture


def _draw(pdf: Any, report: Report) -> list[str]:  # noqa: C901
    """Sets the masthead and the body on ``pdf``; returns what each block says."""
    out: list[str] = []
    pending_notes: list[str] = []  # notes called on this page
    carried: list[tuple[str, str]] = []  # a note's part for the next page's foot
    state = {"y": 0.0}

    def note_lines() -> int:
        count = sum(1 + len(report.notes[n].split(NL)[0]) // 95 for n in pending_notes) + sum(
            1 + len(text) // 95 for _, text in carried
        )
        return count

    def bottom_limit() -> float:
        notes = note_lines()
        return pdf.h - 30.0 - (notes * NOTE_LEAD + 5.0 if notes else 0.0)

    def wrap(text: str, width: float) -> list[str]:
        words = text.split()
        lines = []
        while words:
            line: list[str] = []
            while words and pdf.get_string_width(" ".join([*line, words[0]])) < width:
                line.append(words.pop(0))
            lines.append(" ".join(line))
        return lines

    def flush_notes() -> None:
        """The notes called on this page at its foot, under a short rule; a part a note's NL
        puts overleaf at the next page's foot first, under a rule the text's width."""
        if not pending_notes and not carried:
            # Nothing to set, so the font is left alone: a footer set in the body's font
            # then needs no font change of its own (the page-layout tests' PDFs have none).
            return
        lines: list[tuple[str, str]] = []
        pdf.set_font("Serif", "", 8)
        rest: list[tuple[str, str]] = []
        continued = bool(carried)
        for _, text in carried:
            lines += [("", line) for line in wrap(text, RIGHT - TEXT_X)]
        carried.clear()
        for number in pending_notes:
            first, *more = report.notes[number].split(NL)
            for k, line in enumerate(wrap(first, RIGHT - TEXT_X)):
                lines.append((number if k == 0 else "", line))
            rest += [(number, text) for text in more]
            out.append(said(report.notes[number]))
        pending_notes.clear()
        if not lines:
            return
        y = pdf.h - 30.0 - len(lines) * NOTE_LEAD + NOTE_LEAD
        pdf.set_line_width(0.25)
        pdf.line(TEXT_X, y - 4.0, RIGHT if continued else TEXT_X + 40.0, y - 4.0)
        for number, text in lines:
            if number and report.note_numbers == "raised":
                pdf.set_font("Serif", "", 5)
                pdf.text(TEXT_X - 1.0 - pdf.get_string_width(number), y - 1.2, number)
                pdf.set_font("Serif", "", 8)
            elif number:
                pdf.text(TEXT_X - 1.5 - pdf.get_string_width(number), y, number)
            pdf.text(TEXT_X, y, text)
            y += NOTE_LEAD
        carried.extend(rest)

    def new_page(orientation: str = "P") -> None:
        flush_notes()
        pdf.add_page(orientation=orientation)
        state["y"] = 26.0

    def put(x: float, y: float, text: str) -> None:
        """A run of text as the report's producer places it."""
        if report.placing == "text":
            pdf.text(x, y, text)
        elif report.placing == "words":
            space = pdf.get_string_width(" ")
            for word in text.split(" "):
                if word:
                    pdf.text(x, y, word)
                x += pdf.get_string_width(word) + space
        else:
            for ch in text:
                if ch != " ":
                    pdf.text(x, y, ch)
                x += pdf.get_string_width(ch)

    def draw_words(x: float, y: float, width: float, words: list[str], justify: bool) -> None:
        pdf.set_font("Serif", "", SIZE)
        plain = [_MARK_RE.sub("", w) for w in words]
        space = pdf.get_string_width(" ")
        natural = sum(pdf.get_string_width(w) for w in plain) + space * (len(words) - 1)
        extra = (width - natural) / (len(words) - 1) if justify and len(words) > 1 else 0.0
        for k, word in enumerate(words):
            base = plain[k]
            last = k == len(words) - 1
            pdf.set_font("Serif", "", SIZE)
            put(x, y, base + ("" if last else " "))
            step = pdf.get_string_width(base)
            for mark in _MARK_RE.findall(word):
                pdf.set_font("Serif", "", SIZE * 0.6)
                pdf.text(x + step + 0.2, y - 1.4, mark)
                step += pdf.get_string_width(mark) + 0.2
                pending_notes.append(mark)
            pdf.set_font("Serif", "", SIZE)
            x += step + space + extra

    def lines_of(text: str, width: float) -> list[tuple[list[str], bool, bool]]:
        """(words, justify, page break after) per line: greedy at spaces, and at the markup.
        Only the space parts words: a no-break space stays inside its word."""
        pdf.set_font("Serif", "", SIZE)
        result: list[tuple[list[str], bool, bool]] = []
        for chunk in re.split(
            f"({NL}|{PAGE})", text.replace(SOFT + NL, "-" + NL).replace(SHY + NL, SOFT + NL)
        ):
            if chunk in (NL, PAGE):
                if result:
                    words, _, _ = result[-1]
                    result[-1] = (words, False, chunk == PAGE)
                continue
            cur: list[str] = []
            for word in chunk.split(" "):
                if not word:
                    continue
                trial = " ".join(_MARK_RE.sub("", w) for w in [*cur, word])
                if cur and pdf.get_string_width(trial) > width:
                    result.append((cur, True, False))
                    cur = []
                cur.append(word)
            if cur:
                result.append((cur, False, False))
        return result

    def lines(text: str, x: float, right: float) -> None:
        for words, justify, page_after in lines_of(text, right - x):
            if state["y"] > bottom_limit():
                new_page()
            draw_words(x, state["y"], right - x, words, justify)
            state["y"] += LEAD
            if page_after:
                new_page()

    def paragraph(label: str, label_x: float, text_x: float, text: str, alone: bool) -> None:
        if state["y"] + LEAD * (2 if alone else 1) > bottom_limit():
            new_page()
        pdf.set_font("Serif", "", SIZE)
        if report.numbers == "right" and label_x == LEFT:
            label_x = NUMBER_END - pdf.get_string_width(label)
        put(label_x, state["y"], label)
        if alone:
            state["y"] += LEAD
        lines(text, text_x, RIGHT)
        state["y"] += GAP
        out.append(f"{label} {said(text)}")

    masthead(pdf, report, out)
    state["y"] = 82.0

    for item in report.body:
        kind = item[0]
        if kind == "h":
            _, label, title = item
            parts = title.split(NL)
            if state["y"] + (len(parts) + report.heading_room) * LEAD > bottom_limit():
                new_page()
            pdf.set_font("Serif", "B", 11)
            if label or report.draw_empty_label:
                put(LEFT, state["y"], label)
            for part in parts:
                put(TEXT_X, state["y"], part)
                state["y"] += LEAD
            state["y"] += 3.0
            out.append(f"{label} {said(title)}")
        elif kind in ("p", "alone"):
            _, number, text = item
            paragraph(f"{number}.", LEFT, TEXT_X, text, kind == "alone")
        elif kind == "sub":
            _, letter, text = item
            paragraph(f"({letter})", SUB_LABEL_X, SUB_TEXT_X, text, False)
        elif kind == "quote":
            # Indented on both sides, set apart from the paragraph's text above and below it.
            lines(item[1], QUOTE_X, QUOTE_RIGHT)
            state["y"] += GAP
            out[-1] += " " + said(item[1])
        elif kind == "more":
            lines(item[1], TEXT_X, RIGHT)
            state["y"] += GAP
            out[-1] += " " + said(item[1])
        elif kind == "page":
            new_page()
        elif kind == "table":
            _, title, rows = item
            new_page("L")
            pdf.set_font("Serif", "B", 10)
            pdf.text(LEFT, state["y"], title)
            pdf.set_font("Serif", "", 9)
            pdf.set_xy(LEFT, state["y"] + 4.0)
            with pdf.table(col_widths=(90, 40, 40, 40), text_align="LEFT", width=210) as table:
                for row in rows:
                    cells = table.row()
                    for text in row:
                        cells.cell(text)
            out += [title, *(" ".join(row) for row in rows)]
            new_page("P")
        elif kind == "ruled":
            _, header, rows, first = item

            def row(cells: tuple[str, ...], bold: bool) -> None:
                widths = [70.0, 28.0, 28.0, 28.0]
                x = TEXT_X
                pdf.set_font("Serif", "B" if bold else "", 9)
                for w, text in zip(widths, cells, strict=True):
                    pdf.rect(x, state["y"], w, 6.0)
                    put(x + 1.5, state["y"] + 4.2, text)
                    x += w
                state["y"] += 6.0

            row(header, True)
            for k, cells in enumerate(rows):
                if k == first:
                    new_page()
                    row(header, True)  # Word's "Repeat as header row at the top of each page"
                row(cells, False)
            state["y"] += LEAD + GAP
            out[-1] += " " + " ".join([*header, *(" ".join(r) for r in rows)])
        elif kind == "annex":
            _, heading, title = item
            new_page()
            pdf.set_font("Serif", "B", 14)
            pdf.text(LEFT, state["y"], heading)
            pdf.text(TEXT_X, state["y"] + 8.0, title)
            state["y"] += 20.0
            out += [heading, title]
        elif kind == "columns":
            _, left, right = item
            pdf.set_font("Serif", "", SIZE)
            for k in range(max(len(left), len(right))):
                if state["y"] > bottom_limit():
                    new_page()
                for x, column in ((TEXT_X, left), (112.0, right)):
                    if k < len(column):
                        pdf.text(x, state["y"], column[k])
                state["y"] += LEAD
            out += [*left, *right]
        else:
            raise ValueError(f"unknown body item {item!r}")
    flush_notes()
    while carried:
        new_page()
    return out


def masthead(pdf: Any, report: Report, out: list[str]) -> None:
    """The first page's masthead: the label saying the document is synthetic, "United
    Nations", the symbol, the issuing body, the distribution fields and the title."""
    pdf.add_page()
    pdf.set_font("Serif", "", 7)
    pdf.text(LEFT, 10.0, LABEL)
    pdf.set_font("Sans", "B", 11)
    pdf.text(LEFT, 22.0, "United Nations")
    pdf.set_font("Sans", "B", 15)
    pdf.text(RIGHT - pdf.get_string_width(report.symbol), 22.0, report.symbol)
    pdf.set_line_width(0.9)
    pdf.line(LEFT, 24.5, RIGHT, 24.5)
    fields = ["Distr.: General", "11 March 2025", "", "Original: English"]
    if report.masthead == "beside":
        # The issuing body on two lines at the left, the fields in a column under the
        # symbol's right end, their lines interleaved with the body's.
        pdf.set_font("Sans", "B", 14)
        pdf.text(LEFT + 18.0, 31.0, "Commission on Crime Prevention")
        pdf.text(LEFT + 18.0, 37.0, "and Criminal Justice")
        pdf.set_font("Serif", "", 10)
        for k, line in enumerate(fields):
            if line:
                pdf.text(158.0, 29.0 + k * 4.2, line)
        pdf.line(LEFT, 48.0, RIGHT, 48.0)
        pdf.set_font("Serif", "B", 10)
        pdf.text(LEFT, 53.0, "Thirty-fourth session")
        pdf.set_font("Serif", "", 10)
        pdf.text(LEFT, 57.5, "Vienna, 19-23 May 2025")
        pdf.text(LEFT, 62.0, "Item 4 of the provisional agenda")
        pdf.set_font("Serif", "B", 13)
        pdf.text(LEFT, 71.0, report.title)
        out += [
            LABEL,
            "United Nations",
            report.symbol,
            "Commission on Crime Prevention and Criminal Justice",
            " ".join(fields),
            "Thirty-fourth session Vienna, 19-23 May 2025 Item 4 of the provisional agenda",
            report.title,
        ]
        return
    pdf.set_font("Sans", "B", 14)
    pdf.text(LEFT + 18.0, 33.0, "Economic and Social Council")
    pdf.set_font("Serif", "", 10)
    for k, line in enumerate([f for f in fields if f]):
        pdf.text(150.0, 31.0 + k * 4.6, line)
    pdf.line(LEFT, 48.0, RIGHT, 48.0)
    pdf.set_font("Serif", "B", 14)
    pdf.text(TEXT_X, 60.0, report.title)
    pdf.set_font("Serif", "", 10)
    pdf.text(TEXT_X, 68.0, "Vienna, 4-6 March 2025")
    out += [
        LABEL,
        "United Nations",
        report.symbol,
        "Economic and Social Council",
        " ".join(f for f in fields if f),
        report.title,
        "Vienna, 4-6 March 2025",
    ]


def _read(path: Path) -> tuple[str, ParsedDocument]:
    return read_document(path, max_mb=5), parse_file(path, get_settings())


def check(report: Report, tmp_path: Path, ids: list[str]) -> tuple[ParsedDocument, dict[str, str]]:
    """Builds the report and reads it back: the unit ids are ``ids``, every word of the
    document is in exactly one unit, no furniture is in any, and the symbol (set in every
    page's running header) is in the front matter only. Returns the parsed document and its
    units' texts by id."""
    path, words, furniture = build(report, tmp_path / "report.pdf")
    text, doc = _read(path)
    assert doc.unit_ids == ids, text
    assert_every_word_once(words, doc)
    joined = "\n".join(unit.text for unit in doc.units)
    for thing in furniture:
        assert not re.search(rf"(?<![\w/.]){re.escape(thing)}(?![\w/])", joined), thing
    # The running header: the symbol once, in the front matter.
    assert joined.count(report.symbol) == 1
    assert report.symbol in doc.units[0].text
    return doc, {unit.unit_id: unit.text for unit in doc.units}


def filler(n: int, topic: str) -> str:
    """A paragraph long enough to fill two or three lines, different for each ``n``."""
    return (
        f"Experts from region {n} described how {topic} had changed since the last session, "
        "how prosecutors and investigators worked together across borders, and how the "
        "courts dealt with the cases that reached them, and they asked for more training."
    )
