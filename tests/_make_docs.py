"""Builds real DOCX, PDF, HTML and Markdown files from a plain-text UN document with real
libraries, laid out the way UN documents are (running header and footer, a paragraph number in
its own column, superscript footnote marks, hyphenated line breaks)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from docx import Document
from fpdf import FPDF

SYMBOL = "A/CONF.245/RPM.1/L.1/Add.1"


def blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]


def make_docx(text: str, path: Path) -> Path:
    document = Document()
    for block in blocks(text):
        if re.match(r"^([IVX]+|[A-Z])\.\s", block):
            document.add_heading(block, level=2)
        else:
            m = re.match(r"^(\d+\.|\([a-z]+\))\s+(.*)$", block)
            # UN Word documents separate the number from the text with a tab.
            document.add_paragraph(f"{m.group(1)}\t{m.group(2)}" if m else block)
    document.save(path)
    return path


def make_html(text: str, path: Path) -> Path:
    body = []
    for block in blocks(text):
        tag = "h2" if re.match(r"^([IVX]+|[A-Z])\.\s", block) else "p"
        body.append(f"<{tag}>{html.escape(block)}</{tag}>")
    path.write_text(
        "<!doctype html><html><head><title>Report</title><style>p{margin:0}</style></head>"
        f"<body><nav>Home</nav>{''.join(body)}</body></html>",
        encoding="utf-8",
    )
    return path


def make_markdown(text: str, path: Path) -> Path:
    out = []
    for block in blocks(text):
        if re.match(r"^([IVX]+|[A-Z])\.\s", block):
            out.append(f"## {block}")
        elif block in {"Summary of deliberations", "Outcome of deliberations"}:
            out.append(f"### {block}")
        else:
            out.append(block)
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return path


class _UNPdf(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", size=9)
        self.cell(0, 5, SYMBOL, align="R")
        self.ln(10)

    note = ""  # a footnote to set at the foot of the current page

    def footer(self) -> None:
        if self.note:
            self.set_y(-28)
            self.set_font("DejaVu", size=8)
            self.cell(0, 4, f"3 {self.note}")
            self.note = ""
        self.set_y(-15)
        self.set_font("DejaVu", size=9)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")


def _add_fonts(pdf: FPDF) -> None:
    # matplotlib ships DejaVu, a Unicode font: the en dashes of UN headings survive.
    import matplotlib

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))


def make_pdf(
    text: str, path: Path, *, footnote_after: str | None = None, footnote: str = ""
) -> Path:
    """A PDF whose paragraph numbers stand alone in a left column. ``footnote_after`` puts a
    superscript footnote mark after the first occurrence of that phrase, and ``footnote`` its
    text at the foot of that page."""
    pdf = _UNPdf(format="A4")
    _add_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=25)
    pdf.add_page()
    for block in blocks(text):
        m = re.match(r"^(\d+\.)\s+(.*)$", block)
        heading = re.match(r"^([IVX]+|[A-Z])\.\s", block) or (m and not block.endswith("."))
        pdf.set_font("DejaVu", style="B" if heading else "", size=11)
        if m and not heading:
            pdf.cell(12, 6, m.group(1))
            pdf.ln(6)  # the number alone on its line, as text extraction sees UN layouts
            body = m.group(2)
        else:
            body = block
        if footnote_after and footnote_after in body:
            before, after = body.split(footnote_after, 1)
            pdf.write(6, before + footnote_after)
            pdf.set_font(size=6)
            pdf.write(4, "3")
            pdf.note = footnote
            pdf.set_font(size=11)
            pdf.write(6, after)
            pdf.ln(6)
            footnote_after = None
        else:
            pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(path))
    return path
