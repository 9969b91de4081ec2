"""Random UN-style documents for property tests: random words in several scripts (with control
and format characters inside words), numbering that may start anywhere (past 9999), nested
sub-items, lists inside paragraphs, inline enumerations, annex tables; rendered as plain text
(blank lines or one line per paragraph, wrapped or not), Markdown, HTML, Word and PDF by real
libraries. Each document knows the unit ids it must parse into."""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

ALPHABETS = {
    "latin": "abcdefghijklmnopqrstuvwxyzàáâäåçèéêëíîïñòóôöøúûüýłńśźżčěňřšž",
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщъыьэюя",
    "greek": "αβγδεζηθικλμνξοπρστυφχψω",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "chinese": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年",
}
# Zero-width and direction marks, joiners, BOM, soft hyphen, no-break spaces; C0 controls
# (bell, escape) only in plain text formats: Word's XML cannot hold them.
FORMAT_CHARACTERS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u00a0\u202f"
NOISE = FORMAT_CHARACTERS + "\x07\x1b"
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


@dataclass
class Block:
    """kind: roman, letter, plain, annex (headings); para, item, line, agenda (text);
    table (rows)."""

    kind: str
    text: str = ""
    label: str = ""  # "12." for a paragraph, "(a)" for an item, "3." for an agenda line
    rows: list[list[str]] = field(default_factory=list)

    def plain(self) -> str:
        if self.kind == "table":
            return "\n".join(" | ".join(r) for r in self.rows)
        return f"{self.label} {self.text}" if self.label else self.text


@dataclass
class RandomDoc:
    front: list[str]
    body: list[Block]
    ids: list[str]

    def words_text(self) -> str:
        return "\n".join(self.front + [b.plain() for b in self.body])


@st.composite
def _word(draw, scripts: tuple[str, ...], noise: str) -> str:  # noqa: ANN001
    script = draw(st.sampled_from(scripts))
    word = draw(st.text(ALPHABETS[script], min_size=1, max_size=9))
    if script in ("latin", "cyrillic", "greek") and draw(st.booleans()):
        word = word[0].upper() + word[1:]
    if noise and len(word) > 1 and draw(st.integers(0, 5)) == 0:
        at = draw(st.integers(1, len(word) - 1))
        word = word[:at] + draw(st.sampled_from(noise)) + word[at:]
    if draw(st.integers(0, 12)) == 0:
        word = str(draw(st.integers(0, 99)))  # numbers in the text, never a paragraph's
    return word


def _words(draw, ctx, low: int, high: int) -> str:  # noqa: ANN001
    return " ".join(draw(_word(*ctx)) for _ in range(draw(st.integers(low, high))))


@st.composite
def random_docs(draw, scripts: tuple[str, ...] = tuple(ALPHABETS), noise: str = NOISE):  # noqa: ANN001, ANN201
    ctx = (scripts, noise)

    def sentence(low: int = 3, high: int = 14, end: str = ".") -> str:
        text = _words(draw, ctx, low, high)
        if text.split()[-1].isdigit():
            # "… rose to\n2. Speakers …": a small number that ends a sentence and that a line
            # break puts first reads as the next paragraph's number; real text keeps it apart.
            text += " " + draw(st.sampled_from(ALPHABETS["latin"]))
        if draw(st.integers(0, 6)) == 0:
            text += f" in {draw(st.integers(1900, 2100))}"  # a year a line break may put first
        return text + end

    def heading_words() -> str:
        # A heading never ends like a sentence, and a short one is not a list entry.
        return _words(draw, ctx, 1, 6)

    front = ["United Nations", f"A/CONF.{draw(st.integers(1, 999))}/L.1", "Distr.: General"]
    front += [heading_words() for _ in range(draw(st.integers(0, 3)))]
    body: list[Block] = []
    ids = ["front"]
    number = draw(st.sampled_from([1, 1, 7, 45, 998, 9997]))
    # The first paragraph is long: a text export with one line per paragraph has such lines.
    # Often the first paragraph is long, as in most reports (a text export then has lines
    # longer than any wrapping); otherwise one paragraph a line is told by how lines end.
    long_first = sentence(10, 14)
    while draw(st.integers(0, 3)) and len(long_first) <= 200:
        long_first += " " + sentence(10, 14)
    for section in range(draw(st.integers(1, 3))):
        body.append(Block("roman", f"{_ROMANS[section]}. {heading_words()}"))
        if draw(st.booleans()):
            body.append(Block("letter", f"{'ABC'[section]}. {heading_words()}"))
        for _ in range(draw(st.integers(1, 4))):
            if draw(st.integers(0, 4)) == 0:
                body.append(Block("plain", heading_words()))
            shape = draw(st.sampled_from(["plain", "plain", "items", "list", "inline"]))
            if long_first:
                shape, text, long_first = "plain", long_first, ""
            elif shape == "plain":
                text = " ".join(sentence() for _ in range(draw(st.integers(1, 3))))
            elif shape == "inline":
                style = draw(st.sampled_from(["123", "abc"]))
                parts = [
                    f"({style[i]}) {_words(draw, ctx, 1, 6)}"
                    for i in range(draw(st.integers(2, 3)))
                ]
                text = sentence(end=":") + " " + "; ".join(parts) + "."
            else:
                text = sentence(end=":")
            body.append(Block("para", text, f"{number}."))
            ids.append(str(number))
            if shape == "items":
                for letter in "abcd"[: draw(st.integers(1, 4))]:
                    nested = draw(st.integers(0, 3)) == 0
                    end = ":" if nested else draw(st.sampled_from([";", ".", "; and"]))
                    body.append(Block("item", sentence(end=end), f"({letter})"))
                    ids.append(f"{number}({letter})")
                    for roman in ["i", "ii"][: draw(st.integers(1, 2))] if nested else []:
                        body.append(Block("item", sentence(end=";"), f"({roman})"))
                        ids.append(f"{number}({letter})({roman})")
            elif shape == "list":
                kind = draw(st.sampled_from(["officers", "agenda", "documents"]))
                for i in range(1, draw(st.integers(1, 6)) + 1):
                    if kind == "officers":
                        line = (
                            f"{draw(_word(*ctx))}: {_words(draw, ctx, 1, 3)} ({draw(_word(*ctx))})"
                        )
                        body.append(Block("line", line))
                    elif kind == "agenda":
                        body.append(Block("agenda", sentence(1, 6), f"{i}."))
                    else:
                        symbol = f"A/CONF.{draw(st.integers(1, 999))}/L.{i}"
                        body.append(Block("line", f"{symbol} {heading_words()}"))
            number += 1
    # A list or item at the very end would leave its last line ambiguous; reports end with a
    # paragraph (adoption of the report).
    body.append(Block("para", sentence(), f"{number}."))
    ids.append(str(number))
    if draw(st.booleans()):
        roman = draw(st.sampled_from(["", " II"]))
        body.append(Block("annex", f"Annex{roman}"))
        if draw(st.booleans()):
            body.append(Block("plain", heading_words()))
        columns = draw(st.integers(2, 3))
        for t in range(1, draw(st.integers(1, 2)) + 1):
            if t > 1:
                # Two tables need something between them, as in any document.
                body.append(Block("plain", heading_words()))
            rows = [
                [draw(_word(*ctx)) for _ in range(columns)] for _ in range(draw(st.integers(2, 4)))
            ]
            body.append(Block("table", rows=rows))
            ids.append(f"annex{'-' + roman.strip() if roman else ''}.{t}")
    return RandomDoc(front, body, ids)


# ------------------------------------------------------------------------------- renderers


def render_text(doc: RandomDoc, *, dense: bool, width: int | None, newline: str) -> str:
    """``dense``: one line per paragraph, no blank lines; ``width``: wrap paragraphs."""
    lines: list[str] = list(doc.front) if dense else ["\n".join(doc.front)]
    for block in doc.body:
        text = block.plain()
        if width and block.kind in ("para", "item") and not dense:
            text = "\n".join(textwrap.wrap(text, width, break_on_hyphens=False))
        lines.append(text)
    lines = [line.replace("\n", newline) for line in lines]
    return (newline if dense else newline * 2).join(lines) + newline


def render_markdown(doc: RandomDoc) -> str:
    out = ["\n\n".join(doc.front)]
    for block in doc.body:
        if block.kind in ("roman", "letter", "plain", "annex"):
            out.append(f"## {block.text}")
        elif block.kind == "table":
            rows = [f"| {' | '.join(r)} |" for r in block.rows]
            out.append("\n".join([rows[0], "|" + " --- |" * len(block.rows[0]), *rows[1:]]))
        elif block.kind == "line":
            out.append(f"- {block.text}")
        else:
            out.append(block.plain())
    return "\n\n".join(out) + "\n"


def render_html(doc: RandomDoc) -> str:
    e = html.escape
    out = [f"<p>{e(line)}</p>" for line in doc.front]
    agenda: list[str] = []
    for block in doc.body:
        if agenda and block.kind != "agenda":
            out.append("<ol>" + "".join(f"<li>{a}</li>" for a in agenda) + "</ol>")
            agenda = []
        if block.kind in ("roman", "letter", "plain", "annex"):
            out.append(f"<h2>{e(block.text)}</h2>")
        elif block.kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in block.rows
            )
            out.append(f"<table>{rows}</table>")
        elif block.kind == "agenda":
            agenda.append(e(block.text))  # the browser numbers them
        elif block.kind == "line":
            out[-1] = out[-1].replace("</p>", f"<br>{e(block.text)}</p>")
        else:
            out.append(f"<p>{e(block.plain())}</p>")
    return f"<html><body><div>{''.join(out)}</div></body></html>"


def render_docx(doc: RandomDoc, path: Path, masthead_table: bool) -> Path:
    from docx import Document

    document = Document()
    if masthead_table:
        table = document.add_table(rows=1, cols=len(doc.front))
        for cell, text in zip(table.rows[0].cells, doc.front, strict=True):
            cell.text = text
    else:
        for line in doc.front:
            document.add_paragraph(line)
    for block in doc.body:
        if block.kind in ("roman", "letter", "annex"):
            document.add_heading(block.text, level=1)
        elif block.kind == "plain":
            document.add_heading(block.text, level=2)
        elif block.kind == "table":
            table = document.add_table(rows=len(block.rows), cols=len(block.rows[0]))
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            document.add_paragraph(f"{block.label}\t{block.text}" if block.label else block.text)
    document.save(path)
    return path


def render_pdf(doc: RandomDoc, path: Path) -> Path:
    import matplotlib
    from fpdf import FPDF

    class Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf = Pdf(format="A4")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=25)
    pdf.add_page()
    for block in [*[Block("front", line) for line in doc.front], *doc.body]:
        if block.kind == "table":
            pdf.set_font("DejaVu", size=10)
            with pdf.table(text_align="LEFT") as table:
                for row in block.rows:
                    cells = table.row()
                    for text in row:
                        cells.cell(text)
            pdf.ln(3)
            continue
        heading = block.kind in ("roman", "letter", "plain", "annex")
        pdf.set_font("DejaVu", style="B" if heading else "", size=10)
        pdf.multi_cell(0, 5, block.plain(), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path
