"""Features of the PDFs Word makes of UN reports that the page layouts of
``test_pdf_page_layouts`` leave out, in PDFs written by fpdf2 and read by the real reader:
ligature glyphs in body words, a footnote that goes on at the next page's foot, a ruled table
that a page break cuts with its header row repeated, paragraph numbers set flush right in a
margin column, typographic characters (curly quotes, dashes, no-break spaces, soft hyphens),
a masthead whose distribution fields stand beside the symbol block, sub-items lettered past
(z), a quotation set as an indented block inside a paragraph, a page whose body ends with a
heading, a heading set on two lines, and text whose words or characters are placed one by
one with no space characters between them. Each document: every word of its body in exactly
one unit, the paragraph ids the document's numbers, and no page furniture in any unit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from _words import assert_every_word_once

from congress_qa import get_settings
from ingest import parse_file, read_document

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

LEFT = 22.0  # headings' labels; the margin column of paragraph numbers
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
    ("sub", letter, text), ("quote", text) for a quotation set as an indented block inside
    the paragraph before it, whose ("more", text) goes on after the quotation, ("table",
    header, rows, rows on the first page) for a ruled table a page break cuts, its header
    repeated overleaf, and ("page",) for a page break. ``notes``: footnote texts by number;
    a note's NL there breaks it over two pages' feet."""

    symbol: str
    job: str
    body: list[tuple]
    notes: dict[str, str] = field(default_factory=dict)
    title: str = "Report of the expert group meeting on the smuggling of migrants"
    font: str = "liberation"  # or "dejavu", which has the ff, ffi and ffl ligatures
    # "hang": paragraph numbers start at LEFT; "right": they end at NUMBER_END.
    numbers: str = "hang"
    # "text": each line one string; "words": each word placed at its x, no space characters;
    # "chars": each character placed at its x.
    placing: str = "text"
    # "standard": as in the first round; "beside": the fields stand under the symbol at the
    # right, beside the issuing body, with an agenda item.
    masthead: str = "standard"


def _said(text: str) -> str:
    """The words a paragraph's markup says: a soft hyphen's word whole, a hard one's kept."""
    text = _MARK_RE.sub("", text).replace(NL + PAGE, NL)
    text = text.replace(SOFT + NL, "").replace(SHY + NL, "").replace("-" + NL, "-")
    for glyph, letters in LIGATURES.items():
        text = text.replace(glyph, letters)
    return text.replace(NL, " ").replace(PAGE, " ")


def _barcode(job: str) -> str:
    return "*" + re.sub(r"\D", "", job) + "*"


def build(report: Report, path: Path) -> tuple[Path, str, list[str]]:  # noqa: C901, PLR0915
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
                for k, digit in enumerate(_barcode(report.job)[1:-1] * 3):
                    self.rect(
                        right - 50.0 + k * 2.2, bottom - 9.0, 0.3 + int(digit) % 3 * 0.4, 7.0, "F"
                    )
                self.set_font("Serif", "", 7)
                self.text(right - 40.0, bottom + 2.0, _barcode(report.job))
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

    first, _ = render()
    total["n"] = first.page_no()
    pdf, said = render()
    pdf.output(str(path))
    furniture = [report.job, _barcode(report.job), "100325", "110325"]
    furniture += [f"{n}/{total['n']}" for n in range(2, total["n"] + 1)]
    return path, "\n".join(said), furniture


def _draw(pdf, report: Report) -> list[str]:  # noqa: ANN001, C901, PLR0915
    said: list[str] = []
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
            said.append(_said(report.notes[number]))
        pending_notes.clear()
        if not lines:
            return
        y = pdf.h - 30.0 - len(lines) * NOTE_LEAD + NOTE_LEAD
        pdf.set_line_width(0.25)
        pdf.line(TEXT_X, y - 4.0, RIGHT if continued else TEXT_X + 40.0, y - 4.0)
        for number, text in lines:
            if number:
                pdf.set_font("Serif", "", 5)
                pdf.text(TEXT_X - 1.0 - pdf.get_string_width(number), y - 1.2, number)
                pdf.set_font("Serif", "", 8)
            pdf.text(TEXT_X, y, text)
            y += NOTE_LEAD
        carried.extend(rest)

    def new_page() -> None:
        flush_notes()
        pdf.add_page()
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
        """(words, justify, page break after) per line: greedy at spaces, and at the markup."""
        pdf.set_font("Serif", "", SIZE)
        out: list[tuple[list[str], bool, bool]] = []
        for chunk in re.split(
            f"({NL}|{PAGE})", text.replace(SOFT + NL, "-" + NL).replace(SHY + NL, SOFT + NL)
        ):
            if chunk in (NL, PAGE):
                if out:
                    words, _, _ = out[-1]
                    out[-1] = (words, False, chunk == PAGE)
                continue
            cur: list[str] = []
            for word in chunk.split(" "):
                if not word:
                    continue
                trial = " ".join(_MARK_RE.sub("", w) for w in [*cur, word])
                if cur and pdf.get_string_width(trial) > width:
                    out.append((cur, True, False))
                    cur = []
                cur.append(word)
            if cur:
                out.append((cur, False, False))
        return out

    def lines(text: str, x: float, right: float) -> None:
        for words, justify, page_after in lines_of(text, right - x):
            if state["y"] > bottom_limit():
                new_page()
            draw_words(x, state["y"], right - x, words, justify)
            state["y"] += LEAD
            if page_after:
                new_page()

    def paragraph(label: str, label_x: float, text_x: float, text: str) -> None:
        if state["y"] + LEAD > bottom_limit():
            new_page()
        pdf.set_font("Serif", "", SIZE)
        if report.numbers == "right" and label_x == LEFT:
            label_x = NUMBER_END - pdf.get_string_width(label)
        put(label_x, state["y"], label)
        lines(text, text_x, RIGHT)
        state["y"] += GAP
        said.append(f"{label} {_said(text)}")

    masthead(pdf, report, said)
    state["y"] = 82.0

    for item in report.body:
        kind = item[0]
        if kind == "h":
            _, label, title = item
            parts = title.split(NL)
            if state["y"] + (len(parts) + 1) * LEAD > bottom_limit():
                new_page()
            pdf.set_font("Serif", "B", 11)
            if label:
                put(LEFT, state["y"], label)
            for part in parts:
                put(TEXT_X, state["y"], part)
                state["y"] += LEAD
            state["y"] += 3.0
            said.append(f"{label} {_said(title)}")
        elif kind == "p":
            _, number, text = item
            paragraph(f"{number}.", LEFT, TEXT_X, text)
        elif kind == "sub":
            _, letter, text = item
            paragraph(f"({letter})", SUB_LABEL_X, SUB_TEXT_X, text)
        elif kind == "quote":
            # Indented on both sides, set apart from the paragraph's text above and below it.
            lines(item[1], QUOTE_X, QUOTE_RIGHT)
            state["y"] += GAP
            said[-1] += " " + _said(item[1])
        elif kind == "more":
            lines(item[1], TEXT_X, RIGHT)
            state["y"] += GAP
            said[-1] += " " + _said(item[1])
        elif kind == "page":
            new_page()
        elif kind == "table":
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
            said[-1] += " " + " ".join([*header, *(" ".join(r) for r in rows)])
    flush_notes()
    while carried:
        new_page()
    return said


def masthead(pdf, report: Report, said: list[str]) -> None:  # noqa: ANN001
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
        said += [
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
    said += [
        LABEL,
        "United Nations",
        report.symbol,
        "Economic and Social Council",
        " ".join(f for f in fields if f),
        report.title,
        "Vienna, 4-6 March 2025",
    ]


def _read(path: Path):  # noqa: ANN202
    return read_document(path, max_mb=5), parse_file(path, get_settings())


def _check(report: Report, tmp_path: Path, ids: list[str]):  # noqa: ANN202
    path, said, furniture = build(report, tmp_path / "report.pdf")
    text, doc = _read(path)
    assert doc.unit_ids == ids, text
    assert_every_word_once(said, doc)
    joined = "\n".join(unit.text for unit in doc.units)
    for thing in furniture:
        assert not re.search(rf"(?<![\w/.]){re.escape(thing)}(?![\w/])", joined), thing
    assert joined.count(report.symbol) == 1
    assert report.symbol in doc.units[0].text
    return doc, {unit.unit_id: unit.text for unit in doc.units}


def _filler(n: int, topic: str) -> str:
    return (
        f"Experts from region {n} described how {topic} had changed since the last session, "
        "how prosecutors and investigators worked together across borders, and how the "
        "courts dealt with the cases that reached them, and they asked for more training."
    )


# ----------------------------------------------------------------- the tests


def test_ligature_glyphs_in_body_words(tmp_path: Path) -> None:
    """Word sets "fi", "fl", "ff", "ffi" and "ffl" as one glyph each in some fonts; the PDF
    maps the glyph to the ligature's character (U+FB01 …): the words are the letters'."""
    body = [
        ("h", "I.", "Financial ﬂows and eﬀective oﬃces"),
        (
            "p",
            "1",
            "The meeting discussed illicit ﬁnancial ﬂows and the eﬀective work of the "
            "oﬃcials who trace them, and how aﬄuent oﬀenders hide the proﬁts of crime.",
        ),
        *[("p", str(n), _filler(n, "the ﬁnancing of terrorism")) for n in range(2, 4)],
    ]
    report = Report("E/CN.15/2025/21", "V.25-20001", body, font="dejavu")
    doc, texts = _check(report, tmp_path, ["front", "1", "2", "3"])
    assert "illicit financial flows and the effective work of the officials" in texts["1"]
    assert "how affluent offenders hide the profits of crime." in texts["1"]
    assert "the financing of terrorism" in texts["3"]
    assert doc.headings == ["I. Financial flows and effective offices"]


def test_a_footnote_that_goes_on_at_the_next_pages_foot(tmp_path: Path) -> None:
    """A note too long for its page's foot: Word sets the rest at the next page's foot, under
    a rule the text's width, without a number; the note is one, and ends its paragraph."""
    notes = {
        "1": "See the report of the Secretary-General on the implementation of the Protocol "
        "against the Smuggling of Migrants by Land, Sea and Air, supplementing the United "
        f"Nations Convention against Transnational Organized Crime, in{NL}particular the "
        "sections on the protection of the rights of smuggled migrants and on the "
        "cooperation of States at sea, and the replies of States to the questionnaire."
    }
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "the smuggling of migrants by sea")) for n in range(1, 6)]
    body += [
        (
            "p",
            "6",
            "The meeting recalled the work of the Conference of the Parties{1} and its "
            f"working group on the smuggling{PAGE} of migrants, which met every year.",
        ),
        *[("p", str(n), _filler(n, "maritime routes")) for n in range(7, 10)],
    ]
    report = Report("E/CN.15/2025/22", "V.25-20002", body, notes)
    _, texts = _check(report, tmp_path, ["front", *map(str, range(1, 10))])
    assert texts["6"] == (
        "The meeting recalled the work of the Conference of the Parties and its working "
        "group on the smuggling of migrants, which met every year. " + _said(notes["1"])
    )
    assert texts["9"] == _filler(9, "maritime routes")


def test_a_ruled_table_over_a_page_break_with_its_header_repeated(tmp_path: Path) -> None:
    """Word repeats a table's header row at the top of each page it runs onto: the header is
    the table's once, and its rows on both pages are one table."""
    header = ("Region", "2022", "2023", "2024")
    rows = [
        ("Africa", "1 204", "1 388", "1 412"),
        ("Americas", "2 310", "2 145", "2 502"),
        ("Asia and the Pacific", "3 007", "3 211", "3 390"),
        ("Eastern Europe", "812", "904", "955"),
        ("Western Europe and others", "1 650", "1 702", "1 811"),
    ]
    body = [("h", "I.", "Trends")]
    body += [("p", str(n), _filler(n, "the seizure of firearms")) for n in range(1, 3)]
    body += [
        ("p", "3", "Seizures of firearms reported by region are shown in the table below."),
        ("table", header, rows, 3),
        ("p", "4", "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/23", "V.25-20003", body)
    _, texts = _check(report, tmp_path, ["front", "1", "2", "3", "4"])
    assert texts["3"].count("Region") == 1
    assert "Region | 2022 | 2023 | 2024" in texts["3"]
    assert "Eastern Europe | 812 | 904 | 955" in texts["3"]


def test_paragraph_numbers_flush_right_in_a_margin_column(tmp_path: Path) -> None:
    """Word's numbering set right-aligned at a tab: "9." and "10." end at the same x."""
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "cybercrime")) for n in range(1, 15)]
    report = Report("A/CONF.234/RPM.9/1", "GE.25-20004", body, numbers="right")
    _, texts = _check(report, tmp_path, ["front", *map(str, range(1, 15))])
    assert texts["9"] == _filler(9, "cybercrime")
    assert texts["10"] == _filler(10, "cybercrime")


def test_curly_quotes_dashes_no_break_spaces_and_soft_hyphens(tmp_path: Path) -> None:
    body = [
        ("h", "I.", "Introduction"),
        (
            "p",
            "1",
            "The Chair said that the theme \u201cAccelerating crime prevention\u201d \u2013 "
            "adopted for 2022\u20132024 \u2014 had guided the work, and that the "
            "Commission\u2019s \u2018road map\u2019 would be reviewed in May\u00a02025 "
            "by the co\u2011facilitators.",
        ),
        (
            "p",
            "2",
            "Seizures rose by 12\u00a0per\u00a0cent, and the inter\u00adnational "
            f"imple{SHY}{NL}mentation of the Convention on the protection of "
            f"vic{SHY}{NL}tims was reviewed by 45\u00a0States.",
        ),
        ("p", "3", "The meeting adopted the present report \u2014 in full."),
    ]
    report = Report("E/CN.15/2025/24", "V.25-20005", body)
    _, texts = _check(report, tmp_path, ["front", "1", "2", "3"])
    assert "implementation of the Convention" in texts["2"]
    assert "protection of victims" in texts["2"]


def test_masthead_fields_beside_the_symbol_block(tmp_path: Path) -> None:
    """ "Distr.: General", the date and "Original: English" in a column under the symbol's
    end, their lines between those of the issuing body's two lines."""
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "corruption")) for n in range(1, 4)]
    report = Report("E/CN.15/2025/25", "V.25-20006", body, masthead="beside")
    doc, _ = _check(report, tmp_path, ["front", "1", "2", "3"])
    front = " ".join(doc.units[0].text.split())
    assert "Commission on Crime Prevention and Criminal Justice" in front
    assert "Distr.: General 11 March 2025 Original: English" in front


def test_sub_items_lettered_past_z(tmp_path: Path) -> None:
    """(a) … (z), then (aa), (bb): (i), (v) and (x) are letters here, not roman numerals."""
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)] + ["aa", "bb"]
    body = [
        ("h", "I.", "Recommendations"),
        ("p", "1", "The meeting recommended that Member States:"),
        *[("sub", m, f"Consider measure {m.upper()} against organized crime;") for m in letters],
        ("p", "2", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.10/1", "GE.25-20007", body)
    _, texts = _check(report, tmp_path, ["front", "1", *(f"1({m})" for m in letters), "2"])
    assert texts["1(aa)"] == "Consider measure AA against organized crime;"


def test_a_quotation_set_as_an_indented_block_inside_a_paragraph(tmp_path: Path) -> None:
    body = [
        ("h", "I.", "Introduction"),
        ("p", "1", _filler(1, "the laundering of proceeds")),
        ("p", "2", "The Chair recalled article 6 of the Convention, which reads:"),
        (
            "quote",
            "\u201cEach State Party shall adopt, in accordance with fundamental principles "
            "of its domestic law, such legislative and other measures as may be necessary "
            "to establish as criminal offences, when committed intentionally, the "
            "conversion or transfer of property, knowing that such property is the "
            "proceeds of crime.\u201d",
        ),
        ("more", "She added that the article had been applied in every region since then."),
        ("p", "3", "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/26", "V.25-20008", body)
    _, texts = _check(report, tmp_path, ["front", "1", "2", "3"])
    assert "which reads: \u201cEach State Party shall adopt" in texts["2"]
    assert texts["2"].endswith("applied in every region since then.")


def test_a_page_whose_body_ends_with_a_heading(tmp_path: Path) -> None:
    """Word's "keep with next" failed, or a page break came after the heading: the heading is
    the page's last line and its first paragraph is overleaf."""
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "trafficking in persons")) for n in range(1, 5)]
    body += [
        ("h", "II.", "Recommendations"),
        ("page",),
        ("p", "5", _filler(5, "trafficking in persons")),
        ("h", "", "Follow-up"),
        ("page",),
        ("p", "6", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.11/1", "GE.25-20009", body)
    doc, texts = _check(report, tmp_path, ["front", *map(str, range(1, 7))])
    assert doc.headings == ["I. Introduction", "II. Recommendations", "Follow-up"]
    assert texts["5"] == _filler(5, "trafficking in persons")


def test_a_heading_set_on_two_lines(tmp_path: Path) -> None:
    body = [
        (
            "h",
            "I.",
            f"Matters calling for action by the Economic and Social Council or{NL}"
            "brought to its attention",
        ),
        ("p", "1", _filler(1, "crime prevention")),
        (
            "h",
            "",
            f"Preparations for the Fifteenth United Nations Congress on{NL}"
            "Crime Prevention and Criminal Justice",
        ),
        ("p", "2", _filler(2, "crime prevention")),
        ("p", "3", "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/27", "V.25-20010", body)
    doc, texts = _check(report, tmp_path, ["front", "1", "2", "3"])
    assert doc.headings == [
        "I. Matters calling for action by the Economic and Social Council or brought to its "
        "attention",
        "Preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice",
    ]
    assert texts["1"] == _filler(1, "crime prevention")


@pytest.mark.parametrize("placing", ["words", "chars"])
def test_words_or_characters_placed_one_by_one(tmp_path: Path, placing: str) -> None:
    """Some producers place each word, or each character, at its own x with no space
    character between words: the gap of a word space is all that parts two words."""
    notes = {"1": "See General Assembly resolution 79/123, annex."}
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "the illicit trade in wildlife")) for n in range(1, 10)]
    body += [
        ("p", "10", "The meeting recalled the Kyoto Declaration{1} and its follow-up."),
        ("sub", "a", "By the Commission;"),
        ("sub", "b", "By the Congress."),
    ]
    report = Report("UNODC/CCPCJ/EG.8/2025/1", "V.25-20011", body, notes, placing=placing)
    _, texts = _check(report, tmp_path, ["front", *map(str, range(1, 11)), "10(a)", "10(b)"])
    assert texts["1"] == _filler(1, "the illicit trade in wildlife")
    assert texts["10"] == (
        "The meeting recalled the Kyoto Declaration and its follow-up. " + notes["1"]
    )
