"""Shared by the generators of the synthetic UN PDF reports (fpdf2): the document's setup
(``open_report``) and its two-pass build (``build_twice``), the page furniture and first-page
masthead of an ODS report, line-breaking that sets footnote marks written "{n}" as
superscripts, the pages as they fill (``Layout``) and the numbered body (``draw_body``). Each
generator sets its symbol, job number and margins on the class."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TypeVar

from _expected import expected_doc, write_expected  # noqa: F401 - the generators call them from here too
from fpdf import FPDF

MARK_RE = re.compile(r"\{(\d+)\}")
FONT_ROOT = Path("/usr/share/fonts/truetype")
PAGE_W = 210.0  # A4, mm
AUTHOR = "congress-qa evaluation (synthetic)"

# A font a report is set in: the family and style its drawing calls name, and its file.
Font = tuple[str, str, Path]


class UNReport(FPDF):
    """A report page: running header with the symbol from page 2 on, the job number on the
    first page's foot, and "n/N" and the job number on the others, alternating sides."""

    total_pages = 0
    symbol = ""
    job_number = ""
    left = 22.0
    right = 170.0

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "B", 8.5)
        w = self.get_string_width(self.symbol)
        x = self.left if self.page_no() % 2 == 0 else self.right - w
        self.text(x, 16.0, self.symbol)
        self.set_line_width(0.25)
        self.line(self.left, 18.0, self.right, 18.0)

    def footer(self) -> None:
        if self.page_no() == 1:
            self.set_font("Serif", "", 8)
            self.text(self.left, 283.0, f"{self.job_number} (E)")
            return
        self.set_line_width(0.25)
        self.line(self.left, 276.0, self.right, 276.0)
        label = f"{self.page_no()}/{self.total_pages}"
        self.set_font("Serif", "B", 8.5)
        wl = self.get_string_width(label)
        self.set_font("Serif", "", 8)
        wj = self.get_string_width(self.job_number)
        if self.page_no() % 2 == 0:
            self.set_font("Serif", "B", 8.5)
            self.text(self.left, 281.0, label)
            self.set_font("Serif", "", 8)
            self.text(self.right - wj, 281.0, self.job_number)
        else:
            self.set_font("Serif", "", 8)
            self.text(self.left, 281.0, self.job_number)
            self.set_font("Serif", "B", 8.5)
            self.text(self.right - wl, 281.0, label)


UNReportT = TypeVar("UNReportT", bound="UNReport")
Info = TypeVar("Info")


def liberation(font_dir: Path = FONT_ROOT / "liberation", *, italic: bool = True) -> list[Font]:
    """The reports' usual fonts: Liberation Serif regular, bold and (unless not ``italic``)
    italic as "Serif", and Liberation Sans Bold, for the masthead, as "SansB"."""
    fonts = [
        ("Serif", "", font_dir / "LiberationSerif-Regular.ttf"),
        ("Serif", "B", font_dir / "LiberationSerif-Bold.ttf"),
    ]
    if italic:
        fonts.append(("Serif", "I", font_dir / "LiberationSerif-Italic.ttf"))
    fonts.append(("SansB", "", font_dir / "LiberationSans-Bold.ttf"))
    return fonts


def open_report(
    cls: type[UNReportT],
    title: str,
    creator: str,
    created: _dt.date,
    fonts: Sequence[Font],
    total_pages: int,
) -> UNReportT:
    """A new A4 report of class ``cls``, measured in mm, before its first page: margins at the
    class's ``left`` and ``right``, no page breaking itself (the generators place every line and
    break pages where the layout says), ``fonts`` added in their order (which fixes their
    names inside the file) and ``total_pages``, the N of the "n/N" footers (0 on a first pass).
    The metadata carry the title, the class's symbol as subject and the generator's file name
    (``creator``) as creator and producer; the creation date is 09:00 UTC on ``created``:
    fpdf2 would otherwise stamp the time of the run, and no two runs would give the same
    bytes."""
    pdf = cls(orientation="P", unit="mm", format="A4")
    for family, style, path in fonts:
        pdf.add_font(family, style, str(path))
    pdf.total_pages = total_pages
    pdf.set_auto_page_break(False)
    pdf.set_margins(cls.left, 20.0, PAGE_W - cls.right)
    pdf.set_creation_date(_dt.datetime.combine(created, _dt.time(9, 0, tzinfo=_dt.UTC)))
    pdf.set_title(title)
    pdf.set_author(AUTHOR)
    pdf.set_subject(cls.symbol)
    pdf.set_creator(creator)
    pdf.set_producer(creator)
    return pdf


def build_twice(render: Callable[[int], tuple[FPDF, Info]], out: Path) -> tuple[int, Info]:
    """Lays the report out twice and writes the second rendering to ``out``. The footers print
    "n/N", and N is known only once the whole report is laid out: ``render(0)`` counts the
    pages, ``render(N)`` draws them. Returns N and what the second pass gave besides its PDF."""
    pdf, _ = render(0)
    total = pdf.page_no()
    pdf, info = render(total)
    if pdf.page_no() != total:  # the footers would be wrong
        raise RuntimeError(f"{out.name}: {total} pages in pass 1, {pdf.page_no()} in pass 2")
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return total, info


def split_mark(word: str) -> tuple[str, str]:
    m = MARK_RE.search(word)
    if not m:
        return word, ""
    return word[: m.start()] + word[m.end() :], m.group(1)


def word_width(pdf: FPDF, word: str) -> float:
    base, mark = split_mark(word)
    w = pdf.get_string_width(base)
    if mark:
        size = pdf.font_size_pt
        pdf.set_font_size(size * 0.65)
        w += pdf.get_string_width(mark) + 0.3
        pdf.set_font_size(size)
    return w


def wrap(pdf: FPDF, text: str, width: float) -> list[tuple[list[str], bool]]:
    """Greedy line breaking at spaces only; returns (words, justify) per line."""
    space = pdf.get_string_width(" ")
    lines: list[tuple[list[str], bool]] = []
    cur: list[str] = []
    cur_w = 0.0
    for word in text.split():
        ww = word_width(pdf, word)
        need = ww if not cur else cur_w + space + ww
        if need <= width or not cur:
            cur.append(word)
            cur_w = need
        else:
            lines.append((cur, True))
            cur, cur_w = [word], ww
    if cur:
        lines.append((cur, False))
    return lines


def draw_word(pdf: FPDF, x: float, y: float, word: str, trailing_space: bool) -> None:
    base, mark = split_mark(word)
    pdf.text(x, y, base + (" " if trailing_space and not mark else ""))
    if mark:
        size = pdf.font_size_pt
        bx = x + pdf.get_string_width(base) + 0.15
        pdf.set_font_size(size * 0.65)
        pdf.text(bx, y - 1.3, mark)
        pdf.set_font_size(size)
        if trailing_space:
            # keep a real space character after the mark
            pdf.set_font_size(size * 0.65)
            mw = pdf.get_string_width(mark)
            pdf.set_font_size(size)
            pdf.text(bx + mw, y, " ")


def draw_line(pdf: FPDF, x: float, y: float, width: float, words: list[str], justify: bool) -> None:
    space = pdf.get_string_width(" ")
    natural = sum(word_width(pdf, w) for w in words) + space * (len(words) - 1)
    extra = 0.0
    if justify and len(words) > 1:
        extra = (width - natural) / (len(words) - 1)
    cx = x
    for k, w in enumerate(words):
        last = k == len(words) - 1
        draw_word(pdf, cx, y, w, not last)
        cx += word_width(pdf, w) + space + extra


def front_page(
    pdf: UNReport,
    *,
    disclaimer: str,
    organ: list[str],
    issue_date: str,
    title: str,
    place_dates: str,
    text_x: float,
    disclaimer_font: tuple[str, str, float] = ("SansB", "", 7.5),
    distribution_x: float = 146.0,
) -> float:
    """The first page's masthead: "United Nations" and the symbol over a rule, the organ at
    the left and the distribution block at the right, a rule, the title and the place and
    dates. Returns where the body starts."""
    left, right = pdf.left, pdf.right
    pdf.set_font(*disclaimer_font)
    pdf.text(left, 11.0, disclaimer)
    pdf.set_font("SansB", "", 11)
    pdf.text(left, 24.0, "United Nations")
    pdf.set_font("SansB", "", 15)
    pdf.text(right + 8.0 - pdf.get_string_width(pdf.symbol), 24.0, pdf.symbol)
    pdf.set_line_width(0.9)
    pdf.line(left, 26.5, right + 8.0, 26.5)
    pdf.set_font("SansB", "", 14)
    for k, line in enumerate(organ):
        pdf.text(left + 18.0, 35.0 + k * 6.0, line)
    pdf.set_font("Serif", "", 10)
    for k, line in enumerate(["Distr.: General", issue_date, "", "Original: English"]):
        if line:
            pdf.text(distribution_x, 33.0 + k * 4.4, line)
    pdf.set_line_width(0.9)
    pdf.line(left, 52.0, right + 8.0, 52.0)
    pdf.set_font("Serif", "B", 14)
    y = 63.0
    for words, _ in wrap(pdf, title, 125.0):
        pdf.text(text_x, y, " ".join(words))
        y += 6.2
    pdf.set_font("Serif", "", 10)
    pdf.text(text_x, y + 1.5, place_dates)
    return y + 14.0


class Layout:
    """A report's pages as they fill: the footnotes called on the current page, set at its
    foot below a short rule when the page is full (``flush_footnotes``), and the lines each
    unit was drawn on, by page (``record``). The geometry is the reports' text block (mm)."""

    text_x = 34.0  # paragraph text column (hanging indent)
    right = 170.0  # right edge of the text block
    top_body = 30.0  # first baseline on pages 2+
    bottom = 266.0  # last body baseline allowed
    font_size = 10.0
    fn_size = 8.0
    fn_lead = 3.5
    fn_last = 269.0  # last footnote baseline

    def __init__(self, pdf: UNReport, footnotes: dict[str, str]) -> None:
        self.pdf = pdf
        self.footnotes = footnotes
        self.page_fns: list[str] = []
        self.lines_of: dict[str, list[tuple[int, str]]] = {}
        self.fn_page: dict[str, int] = {}

    def fn_block_height(self, ids: list[str]) -> float:
        if not ids:
            return 0.0
        pdf = self.pdf
        pdf.set_font("Serif", "", self.fn_size)
        width = self.right - self.text_x
        n = sum(len(wrap(pdf, self.footnotes[i], width)) for i in ids)
        pdf.set_font("Serif", "", self.font_size)
        return 4.0 + n * self.fn_lead

    def limit(self, extra_ids: list[str] | None = None) -> float:
        ids = self.page_fns + (extra_ids or [])
        h = self.fn_block_height(ids)
        return self.bottom - h if h else self.bottom

    def flush_footnotes(self) -> None:
        if not self.page_fns:
            return
        pdf, x, width = self.pdf, self.text_x, self.right - self.text_x
        h = self.fn_block_height(self.page_fns)
        top = self.fn_last - h + self.fn_lead + 0.5
        pdf.set_line_width(0.25)
        pdf.line(x, top - 3.2, x + 40.0, top - 3.2)
        y = top
        for i in self.page_fns:
            self.fn_page[i] = pdf.page_no()
            pdf.set_font("Serif", "", self.fn_size * 0.7)
            pdf.text(x - 2.5 - pdf.get_string_width(i), y - 1.0, i)
            pdf.set_font("Serif", "", self.fn_size)
            for words, justify in wrap(pdf, self.footnotes[i], width):
                draw_line(pdf, x, y, width, words, justify)
                y += self.fn_lead
        self.page_fns = []
        pdf.set_font("Serif", "", self.font_size)

    def new_page(self) -> float:
        self.flush_footnotes()
        self.pdf.add_page()
        return self.top_body

    def record(self, unit: str, text: str) -> None:
        self.lines_of.setdefault(unit, []).append((self.pdf.page_no(), text))

    def split_units(self) -> dict[str, list[int]]:
        """The units drawn on more than one page, with their pages."""
        pages = {u: sorted({p for p, _ in ls}) for u, ls in self.lines_of.items()}
        return {u: p for u, p in pages.items() if len(p) > 1}

    def first_pages(self) -> dict[str, int]:
        """The page each unit starts on."""
        return {u: ls[0][0] for u, ls in self.lines_of.items()}

    def summary(self) -> dict[str, object]:
        """What a generator reports of a build, to check the layout by eye: the units split
        over pages, the page each footnote is set on and the page each unit starts on."""
        return {
            "split": self.split_units(),
            "footnote_pages": self.fn_page,
            "first_page": self.first_pages(),
        }


@dataclass(frozen=True)
class Geometry:
    """Where a report's body is set (mm) and how tightly."""

    left: float  # headings and paragraph numbers
    text_x: float  # paragraph text (hanging indent)
    sub_label_x: float  # "(a)"
    sub_text_x: float
    subsub_label_x: float  # "(i)"
    subsub_text_x: float
    line_label_x: float  # agenda numbers and officers' titles
    line_text_x_agenda: float
    line_text_x_officer: float
    right: float  # right edge of the text block
    font_size: float
    lead: float  # line height
    para_gap: float  # space after a paragraph

    @classmethod
    def of(cls, constants: Mapping[str, object]) -> Geometry:
        """The geometry a generator sets as module constants named as the fields, in
        capitals (LEFT, TEXT_X, …, PARA_GAP): ``Geometry.of(globals())``."""
        return cls(**{f.name: constants[f.name.upper()] for f in fields(cls)})


# Draws an item of a kind of its own (a table) from a baseline, for the paragraph it belongs
# to; returns the next baseline.
ExtraItem = Callable[[UNReport, Layout, tuple, float, str], float]


def figures_table(cols: Sequence[float], g: Geometry) -> ExtraItem:
    """How to draw a ("table", rows) item: a small table of figures set close under the
    paragraph it belongs to, ruled above, below and under its italic headings; the first column
    left-aligned at ``cols[0]``, the figures flush right under their headings, which start at
    the other ``cols``."""

    def draw(pdf: UNReport, lay: Layout, item: tuple, y: float, unit: str) -> float:
        rows = item[1]
        height = 7.0 + g.lead * (len(rows) - 1) + 2.0
        y -= g.para_gap - 3.5  # the table follows its paragraph closely
        if y + height > lay.limit():
            y = lay.new_page() + 2.0
        pdf.set_line_width(0.25)
        for r, row in enumerate(rows):
            if r == 0:
                pdf.line(g.text_x, y - 4.0, g.right, y - 4.0)
            for c, cell in enumerate(row):
                pdf.set_font("Serif", "I", 9)
                head_w = pdf.get_string_width(rows[0][c])
                if r == 0:
                    w = head_w
                else:
                    pdf.set_font("Serif", "", g.font_size)
                    w = pdf.get_string_width(cell)
                x = cols[c] if c == 0 else cols[c] + head_w - w
                pdf.text(x, y, cell)
            lay.record(unit, " | ".join(row))
            if r == 0:
                pdf.line(g.text_x, y + 1.8, g.right, y + 1.8)
                y += 6.5
            else:
                y += g.lead
        pdf.line(g.text_x, y - 3.0, g.right, y - 3.0)
        y += g.para_gap + 1.0
        pdf.set_font("Serif", "", g.font_size)
        return y

    return draw


def draw_body(
    pdf: UNReport,
    lay: Layout,
    body: list[tuple],
    g: Geometry,
    y: float,
    found: dict[str, int] | None = None,
    extra: Mapping[str, ExtraItem] | None = None,
) -> float:
    """Draws the numbered body from ``y``, recording each unit's lines in ``lay``. Its items:

        ("h1", label, text), ("h2", label, text)  headings, kept with what follows
        ("p", number, text)        numbered paragraph
        ("sub", letter, text)      lettered sub-item of the preceding paragraph
        ("subsub", roman, text)    item nested in the preceding lettered sub-item
        ("line", label, text)      an agenda or officer line inside the preceding paragraph

    A footnote mark is written "{n}" right after the word that carries it. ``found``: filled
    with the page each heading falls on (key ``kind:label:text``), for a contents page.
    ``extra``: how to draw items of other kinds (a generator's own table), given the last
    paragraph's number. Returns the next baseline."""
    last_para = ""
    last_sub = ""
    for idx, item in enumerate(body):
        kind = item[0]
        if extra and kind in extra:
            y = extra[kind](pdf, lay, item, y, last_para)
            continue
        if kind in ("h1", "h2"):
            _, label, text = item
            need = 6.0 + 3 * g.lead  # keep a heading with the start of the next paragraph
            nxt = body[idx + 1] if idx + 1 < len(body) else ("",)
            if nxt[0] == "h2":
                pdf.set_font("Serif", "B", 10)
                need += len(wrap(pdf, nxt[2], g.right - g.text_x)) * g.lead + 2.2
            pdf.set_font("Serif", "B", 11 if kind == "h1" else 10)
            hlines = wrap(pdf, text, g.right - g.text_x)
            need += (len(hlines) - 1) * g.lead
            if y + need > lay.limit():
                y = lay.new_page()
            if found is not None:
                found[f"{kind}:{label}:{text}"] = pdf.page_no()
            y += 2.5 if kind == "h1" else 1.0
            pdf.set_font("Serif", "B", 11 if kind == "h1" else 10)
            pdf.text(g.left, y, label)
            for k, (words, _) in enumerate(hlines):
                if k:
                    y += g.lead
                pdf.text(g.text_x, y, " ".join(words))
            y += g.lead + (2.0 if kind == "h1" else 1.2)
            continue

        _, num, text = item
        pdf.set_font("Serif", "", g.font_size)
        if kind == "p":
            unit, label, lx, tx = num, num + ".", g.left, g.text_x
            last_para, last_sub = num, ""
        elif kind == "sub":
            unit, label, lx, tx = f"{last_para}({num})", f"({num})", g.sub_label_x, g.sub_text_x
            last_sub = num
        elif kind == "subsub":
            unit = f"{last_para}({last_sub})({num})"
            label, lx, tx = f"({num})", g.subsub_label_x, g.subsub_text_x
        else:  # "line": agenda or officer line inside the last paragraph
            unit = last_para
            is_agenda = num[:1].isdigit()
            tx = g.line_text_x_agenda if is_agenda else g.line_text_x_officer
            if y > lay.limit():
                y = lay.new_page()
            if num:
                pdf.text(g.line_label_x, y, num)
            for k, (words, _) in enumerate(wrap(pdf, text, g.right - tx)):
                if k:
                    y += g.lead
                pdf.text(tx, y, " ".join(words))
            lay.record(unit, f"{num} {text}".strip())
            y += g.lead
            nxt = body[idx + 1] if idx + 1 < len(body) else ("",)
            if nxt[0] != "line":  # space after the last line of the block
                y += g.para_gap
            continue
        lines = wrap(pdf, text, g.right - tx)
        if len(lines) > 1 and y + g.lead > lay.limit():
            y = lay.new_page()
        if y > lay.limit():
            y = lay.new_page()
        first = True
        for words, justify in lines:
            marks = [m for w in words for m in [split_mark(w)[1]] if m]
            if y > lay.limit(marks):
                y = lay.new_page()
            if first:
                pdf.text(lx, y, label)
                first = False
            lay.page_fns.extend(marks)
            lay.record(unit, " ".join(split_mark(w)[0] for w in words))
            draw_line(pdf, tx, y, g.right - tx, words, justify)
            y += g.lead
        y += g.para_gap
    return y


def plain(text: str) -> str:
    """The text of a body item without its footnote marks ("{1}")."""
    return MARK_RE.sub("", text)


def front_unit(
    disclaimer: str,
    symbol: str,
    congress: list[str] | tuple[str, ...],
    issue_date: str,
    title: str,
    place_dates: str,
) -> dict:
    """The expected front-matter unit of a report set in the UN "G" masthead."""
    return {
        "id": "front",
        "contains": [
            disclaimer,
            "United Nations",
            symbol,
            *congress,
            "Distr.: General",
            issue_date,
            "Original: English",
            title,
            place_dates,
        ],
    }
