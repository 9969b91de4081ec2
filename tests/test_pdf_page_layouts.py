"""Page layouts of real UN reports (ODS documents: A/CONF.…, E/CN.15/…, UNODC/CCPCJ/EG.…) set
in PDFs written by fpdf2 and read by the real reader: the running header with the symbol on
alternating sides, the job number and a barcode on the first page's foot, "n/N" and the job
number on the others, footnotes under a short rule, paragraphs and lettered sub-items that a
page break cuts, words hyphenated at a line end, paragraph numbers hanging in the margin or
alone on their line, a landscape page with a table, a two-column list of participants and a
last page with only an annex heading. Each document: every word of its body in exactly one
unit, the paragraph ids the document's numbers, and no page furniture in any unit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from _words import assert_every_word_once

from congress_qa import get_settings
from ingest import parse_file, read_document

FONTS = Path("/usr/share/fonts/truetype/liberation")
LABEL = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa tests; not a United Nations document."
)
# Markup of a paragraph's text: a line break the typesetter made, a page break after the line,
# a soft hyphen at a line break (drawn "-", the word is one) and a footnote mark "{n}".
NL = "⏎"
PAGE = "⇟"
SOFT = "\u00ad"
_MARK_RE = re.compile(r"\{(\d+)\}")

LEFT = 22.0  # paragraph numbers and headings' labels
TEXT_X = 34.0  # paragraph text (hanging indent)
SUB_LABEL_X = 34.0
SUB_TEXT_X = 44.0
RIGHT = 188.0
LEAD = 4.9
GAP = 3.2
SIZE = 10.0


@dataclass
class Report:
    """What a test sets: the symbol, the job number and the body, item by item:
    ("h", label, title), ("p", number, text), ("alone", number, text) for a number on a line
    of its own, ("sub", letter, text), ("table", title, rows) on a landscape page of its own,
    ("annex", heading, title) on a new page, ("columns", left lines, right lines) and
    ("page",) for a page break."""

    symbol: str
    job: str
    body: list[tuple]
    notes: dict[str, str] = field(default_factory=dict)
    title: str = "Report of the expert group meeting on the smuggling of migrants"
    # "ods": "n/N" and the job number on alternating sides; "centred": an older report's
    # "- n -" centred at the foot, the job number on the first page only.
    footer: str = "ods"


def _said(text: str) -> str:
    """The words a paragraph's markup says: a soft hyphen's word whole, a hard one's kept."""
    text = _MARK_RE.sub("", text).replace(NL + PAGE, NL)
    text = text.replace(SOFT + NL, "").replace("-" + NL, "-")
    return text.replace(NL, " ").replace(PAGE, " ")


def _barcode(job: str) -> str:
    """The Code 39 text under the first page's barcode: "GE.25-01234" -> "*2501234*"."""
    return "*" + re.sub(r"\D", "", job) + "*"


def build(report: Report, path: Path) -> tuple[Path, str, list[str]]:
    """Writes the report; returns it, the words of its body and front matter (footnote texts
    included, marks and furniture not) and the furniture strings that must enter no unit."""
    from fpdf import FPDF

    total = {"n": 0}
    furniture: list[str] = []

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
        pdf.add_font("Serif", "", str(FONTS / "LiberationSerif-Regular.ttf"))
        pdf.add_font("Serif", "B", str(FONTS / "LiberationSerif-Bold.ttf"))
        pdf.add_font("Sans", "B", str(FONTS / "LiberationSans-Bold.ttf"))
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, 20.0, 22.0)
        return pdf, _draw(pdf, report)

    pdf, said = render()
    total["n"] = pdf.page_no()
    pdf, said = render()
    pdf.output(str(path))
    furniture += [report.job, _barcode(report.job), "100325", "110325"]
    furniture += [f"{n}/{total['n']}" for n in range(2, total["n"] + 1)]
    return path, "\n".join(said), furniture


def _draw(pdf, report: Report) -> list[str]:  # noqa: ANN001, C901, PLR0915
    said: list[str] = []
    pending_notes: list[str] = []
    state = {"y": 0.0}

    def bottom_limit() -> float:
        notes = sum(1 + len(report.notes[n]) // 95 for n in pending_notes)
        return pdf.h - 30.0 - (notes * 3.6 + 5.0 if notes else 0.0)

    def flush_notes() -> None:
        if not pending_notes:
            return
        lines = []
        pdf.set_font("Serif", "", 8)
        for number in pending_notes:
            words = report.notes[number].split()
            first = True
            while words:
                line: list[str] = []
                while words and pdf.get_string_width(" ".join([*line, words[0]])) < RIGHT - TEXT_X:
                    line.append(words.pop(0))
                lines.append((number if first else "", " ".join(line)))
                first = False
            said.append(report.notes[number])
        y = pdf.h - 30.0 - len(lines) * 3.6 + 3.6
        pdf.set_line_width(0.25)
        pdf.line(TEXT_X, y - 4.0, TEXT_X + 40.0, y - 4.0)
        for number, text in lines:
            if number:
                pdf.text(TEXT_X - 1.5 - pdf.get_string_width(number), y, number)
            pdf.text(TEXT_X, y, text)
            y += 3.6
        pending_notes.clear()

    def new_page(orientation: str = "P") -> None:
        flush_notes()
        pdf.add_page(orientation=orientation)
        state["y"] = 26.0

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
            pdf.text(x, y, base + ("" if last else " "))
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
        for chunk in re.split(f"({NL}|{PAGE})", text.replace(SOFT + NL, "-" + NL)):
            if chunk in (NL, PAGE):
                if out:
                    words, _, _ = out[-1]
                    out[-1] = (words, False, chunk == PAGE)
                continue
            cur: list[str] = []
            for word in chunk.split():
                trial = " ".join(_MARK_RE.sub("", w) for w in [*cur, word])
                if cur and pdf.get_string_width(trial) > width:
                    out.append((cur, True, False))
                    cur = []
                cur.append(word)
            if cur:
                out.append((cur, False, False))
        return out

    def paragraph(label: str, label_x: float, text_x: float, text: str, alone: bool) -> None:
        lines = lines_of(text, RIGHT - text_x)
        if state["y"] + LEAD * (2 if alone else 1) > bottom_limit():
            new_page()
        pdf.set_font("Serif", "", SIZE)
        pdf.text(label_x, state["y"], label)
        if alone:
            state["y"] += LEAD
        for words, justify, page_after in lines:
            if state["y"] > bottom_limit():
                new_page()
            draw_words(text_x, state["y"], RIGHT - text_x, words, justify)
            state["y"] += LEAD
            if page_after:
                new_page()
        state["y"] += GAP
        said.append(f"{label} {_said(text)}")

    # The first page's masthead.
    pdf.add_page()
    pdf.set_font("Serif", "", 7)
    pdf.text(LEFT, 10.0, LABEL)
    pdf.set_font("Sans", "B", 11)
    pdf.text(LEFT, 22.0, "United Nations")
    pdf.set_font("Sans", "B", 15)
    pdf.text(RIGHT - pdf.get_string_width(report.symbol), 22.0, report.symbol)
    pdf.set_line_width(0.9)
    pdf.line(LEFT, 24.5, RIGHT, 24.5)
    pdf.set_font("Sans", "B", 14)
    pdf.text(LEFT + 18.0, 33.0, "Economic and Social Council")
    pdf.set_font("Serif", "", 10)
    for k, line in enumerate(["Distr.: General", "11 March 2025", "Original: English"]):
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
        "Distr.: General 11 March 2025 Original: English",
        report.title,
        "Vienna, 4-6 March 2025",
    ]
    state["y"] = 82.0

    for item in report.body:
        kind = item[0]
        if kind == "h":
            _, label, title = item
            if state["y"] + 4 * LEAD > bottom_limit():
                new_page()
            pdf.set_font("Serif", "B", 11)
            pdf.text(LEFT, state["y"], label)
            pdf.text(TEXT_X, state["y"], title)
            state["y"] += LEAD + 3.0
            said.append(f"{label} {title}")
        elif kind in ("p", "alone"):
            _, number, text = item
            paragraph(f"{number}.", LEFT, TEXT_X, text, kind == "alone")
        elif kind == "sub":
            _, letter, text = item
            paragraph(f"({letter})", SUB_LABEL_X, SUB_TEXT_X, text, False)
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
            said += [title, *(" ".join(row) for row in rows)]
            new_page("P")
        elif kind == "annex":
            _, heading, title = item
            new_page()
            pdf.set_font("Serif", "B", 14)
            pdf.text(LEFT, state["y"], heading)
            pdf.text(TEXT_X, state["y"] + 8.0, title)
            state["y"] += 20.0
            said += [heading, title]
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
            said += [*left, *right]
    flush_notes()
    return said


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
    # The running header: the symbol once, in the front matter.
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


def test_running_header_on_alternating_sides_job_number_and_barcode(tmp_path: Path) -> None:
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "the smuggling of migrants by sea")) for n in range(1, 31)]
    report = Report("E/CN.15/2025/7", "V.25-01234", body)
    _, texts = _check(report, tmp_path, ["front", *map(str, range(1, 31))])
    assert texts["30"] == _filler(30, "the smuggling of migrants by sea")


def test_footnotes_under_a_short_rule_end_the_paragraph_that_calls_them(tmp_path: Path) -> None:
    notes = {
        "1": "United Nations, Treaty Series, vol. 2241, No. 39574.",
        "2": "See General Assembly resolution 70/1, annex, target 10.7, and the report of the "
        "Secretary-General on its implementation in the countries of transit.",
        "3": "E/CN.15/2024/12, paras. 4-9.",
    }
    body = [
        ("h", "I.", "Introduction"),
        (
            "p",
            "1",
            "The meeting reviewed the Protocol against the Smuggling of Migrants{1} "
            "and the obligations of States parties under it.",
        ),
        (
            "p",
            "2",
            "Participants recalled the 2030 Agenda{2} and the commitments made at the "
            "previous session.{3} They asked for closer work between coastguards.",
        ),
        *[("p", str(n), _filler(n, "maritime routes")) for n in range(3, 6)],
    ]
    report = Report("UNODC/CCPCJ/EG.4/2025/2", "V.25-02345", body, notes)
    _, texts = _check(report, tmp_path, ["front", "1", "2", "3", "4", "5"])
    assert texts["1"].endswith(notes["1"])
    assert notes["2"].split(",")[0] in texts["2"] and texts["2"].endswith(notes["3"])


def test_a_paragraph_and_a_sub_item_that_a_page_break_cuts(tmp_path: Path) -> None:
    body = [("h", "I.", "Recommendations")]
    body += [("p", str(n), _filler(n, "trafficking in firearms")) for n in range(1, 3)]
    body += [
        (
            "p",
            "3",
            "The meeting noted that the illicit manufacturing of firearms had grown in "
            f"every region and that{PAGE} parts and components were shipped separately by mail.",
        ),
        ("p", "4", "The meeting recommended that Member States:"),
        ("sub", "a", "Mark firearms at the time of manufacture and import;"),
        (
            "sub",
            "b",
            "Keep records of the transfers of firearms, their parts and components "
            f"and ammunition for not less than{PAGE} ten years, as the Protocol requires; and",
        ),
        ("sub", "c", "Cooperate in tracing firearms found at crime scenes."),
        ("p", "5", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.3/1", "GE.25-03456", body)
    _, texts = _check(report, tmp_path, ["front", "1", "2", "3", "4", "4(a)", "4(b)", "4(c)", "5"])
    assert "that parts and components" in texts["3"]
    assert "not less than ten years" in texts["4(b)"]


def test_words_hyphenated_at_line_ends(tmp_path: Path) -> None:
    """The document spells "co-operation" with its hyphen: broken after "co-" it stays so;
    "imple-" + "mentation", a typesetter's break, is one word, on a line or over a page."""
    body = [
        ("h", "I.", "International co-operation"),
        (
            "p",
            "1",
            f"The meeting discussed international co-{NL}operation in criminal "
            f"matters and the imple{SOFT}{NL}mentation of the Convention by the States parties.",
        ),
        (
            "p",
            "2",
            "Experts stressed that co-operation between central authorities relied "
            f"on trust, and that the review of imple{SOFT}{NL}{PAGE}mentation had helped.",
        ),
        ("p", "3", "The meeting adopted the present report."),
    ]
    report = Report("UNODC/CCPCJ/EG.7/2025/1", "V.25-04567", body)
    _, texts = _check(report, tmp_path, ["front", "1", "2", "3"])
    assert "international co-operation in criminal matters" in texts["1"]
    assert "the implementation of the Convention" in texts["1"]
    assert "review of implementation had helped" in texts["2"]


def test_a_paragraph_number_alone_on_its_line(tmp_path: Path) -> None:
    body = [("h", "I.", "Organization of the meeting")]
    body += [("alone", str(n), _filler(n, "cybercrime")) for n in range(1, 4)]
    body += [("p", "4", "The meeting adopted the present report.")]
    report = Report("A/CONF.234/RPM.4/1", "GE.25-05678", body)
    _check(report, tmp_path, ["front", "1", "2", "3", "4"])


def test_a_landscape_page_with_a_table(tmp_path: Path) -> None:
    rows = [
        ("Region", "2022", "2023", "2024"),
        ("Africa", "1 204", "1 388", "1 412"),
        ("Americas", "2 310", "2 145", "2 502"),
        ("Asia and the Pacific", "3 007", "3 211", "3 390"),
    ]
    body = [
        ("h", "I.", "Trends"),
        ("p", "1", "Seizures of firearms reported by region are shown in the table below."),
        ("table", "Seizures of firearms by region, 2022-2024", rows),
        ("p", "2", "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/9", "V.25-06789", body)
    _, texts = _check(report, tmp_path, ["front", "1", "2"])
    assert "Asia and the Pacific | 3 007 | 3 211 | 3 390" in texts["1"]


def test_a_two_column_list_of_participants_in_the_annex(tmp_path: Path) -> None:
    left = ["Algeria", "Amina Benali", "Brazil", "Carlos Souza", "Chile", "Ana Díaz"]
    right = ["Kenya", "John Otieno", "Mexico", "Lucía Ramírez", "Nepal", "Sita Sharma"]
    body = [
        ("h", "I.", "Attendance"),
        ("p", "1", "The meeting was attended by the experts listed in the annex."),
        ("annex", "Annex", "List of participants"),
        ("columns", left, right),
    ]
    report = Report("UNODC/CCPCJ/EG.5/2025/1", "V.25-07890", body)
    _check(report, tmp_path, ["front", "1", "annex.1"])


def test_a_last_page_with_only_the_annex_heading(tmp_path: Path) -> None:
    body = [("h", "I.", "Conclusions")]
    body += [("p", str(n), _filler(n, "money-laundering")) for n in range(1, 4)]
    body += [("annex", "Annex", "Statement by the Chair (to be issued separately)")]
    report = Report("A/CONF.234/RPM.5/1", "GE.25-08901", body)
    doc, _ = _check(report, tmp_path, ["front", "1", "2", "3"])
    assert doc.headings[-2:] == ["Annex", "Statement by the Chair (to be issued separately)"]


@pytest.mark.parametrize("pages", [2, 3])
def test_footnote_called_just_before_a_page_break(tmp_path: Path, pages: int) -> None:
    """A note called on the line a page break follows is set at that page's foot; the
    paragraph goes on overleaf and the note still ends it."""
    notes = {"1": "See A/CONF.234/16, chap. I, resolution 1."}
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "corruption")) for n in range(1, pages)]
    body += [
        (
            "p",
            str(pages),
            f"The meeting recalled the Kyoto Declaration{{1}} and its{PAGE} "
            "follow-up by the Commission.",
        ),
        ("p", str(pages + 1), "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/11", "V.25-09012", body, notes)
    _, texts = _check(report, tmp_path, ["front", *map(str, range(1, pages + 2))])
    assert texts[str(pages)] == (
        "The meeting recalled the Kyoto Declaration and its follow-up by the Commission. "
        + notes["1"]
    )


def test_footnotes_numbered_past_nine_on_several_pages(tmp_path: Path) -> None:
    notes = {
        str(n): f"Note {n}: see the report of the Commission, E/CN.15/2024/{n}."
        for n in range(1, 13)
    }
    body = [("h", "I.", "Introduction")]
    for n in range(1, 13):
        text = _filler(n, "the smuggling of migrants")
        body.append(("p", str(n), text.replace("session,", f"session,{{{n}}}")))
    report = Report("E/CN.15/2025/13", "V.25-10123", body, notes)
    _, texts = _check(report, tmp_path, ["front", *map(str, range(1, 13))])
    for n in range(1, 13):
        assert texts[str(n)].endswith(notes[str(n)]), n


def test_a_paragraph_number_alone_at_a_page_foot(tmp_path: Path) -> None:
    """A number alone on the last line of a page, its text overleaf."""
    body = [("h", "I.", "Organization of the meeting")]
    body += [("p", str(n), _filler(n, "cybercrime")) for n in range(1, 3)]
    body += [("alone", "3", f"{PAGE}" + _filler(3, "cybercrime"))]
    body += [("p", "4", "The meeting adopted the present report.")]
    report = Report("A/CONF.234/RPM.6/1", "GE.25-11234", body)
    _check(report, tmp_path, ["front", "1", "2", "3", "4"])


def test_a_sub_item_that_goes_on_overleaf_after_a_full_stop(tmp_path: Path) -> None:
    """The page breaks after a sentence of sub-item (b); its last clause, short and ending
    in "; and", is on the next page."""
    body = [("h", "I.", "Recommendations")]
    body += [("p", str(n), _filler(n, "trafficking in firearms")) for n in range(1, 3)]
    body += [
        ("p", "3", "The meeting recommended that Member States:"),
        ("sub", "a", "Mark firearms at the time of manufacture and import;"),
        (
            "sub",
            "b",
            f"Keep records of the transfers of firearms.{NL}{PAGE}Records should "
            "be shared on request; and",
        ),
        ("sub", "c", "Cooperate in tracing firearms found at crime scenes."),
        ("p", "4", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.7/1", "GE.25-12345", body)
    _, texts = _check(report, tmp_path, ["front", "1", "2", "3", "3(a)", "3(b)", "3(c)", "4"])
    assert texts["3(b)"].endswith("Records should be shared on request; and")


def test_an_older_report_with_centred_page_numbers(tmp_path: Path) -> None:
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "corruption in sport")) for n in range(1, 25)]
    report = Report("E/CN.15/1999/5", "V.99-81234", body, footer="centred")
    _, texts = _check(report, tmp_path, ["front", *map(str, range(1, 25))])
    assert not any(re.search(r"- \d+ -", text) for text in texts.values())


def test_a_bold_heading_at_the_top_of_a_page_stays_a_heading(tmp_path: Path) -> None:
    """The page before ends with a paragraph's last sentence; the unnumbered heading overleaf,
    set in bold where the text column starts, heads what follows."""
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), _filler(n, "cybercrime")) for n in range(1, 3)]
    body += [
        ("p", "3", f"The meeting reviewed the draft report.{NL}{PAGE}"),
        ("h", "", "Preparations for the Congress"),
        ("p", "4", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.8/1", "GE.25-13456", body)
    doc, texts = _check(report, tmp_path, ["front", "1", "2", "3", "4"])
    assert texts["3"] == "The meeting reviewed the draft report."
    assert doc.headings[-1] == "Preparations for the Congress"
