"""Rendering of answers, citations and conversations: pure functions, no Streamlit, so the
logic is tested on its own. Document text is always rendered as text: escaped for HTML and
for Markdown (a document that says ``![x](http://…)`` must not make browsers fetch it), one
line per block so no blank line can end our HTML and let Markdown in. The only markup is
ours. Exports are escaped for their formats too (Markdown; CSV against spreadsheet
formulas)."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator, Sequence

from assistant.models import Answer, Citation

CSS = """
<style>
.cqa-chip {display:inline-block; padding:0 .45em; margin:0 .1em; border-radius:.7em;
  background:#e3ecfa; color:#1d4e89; font-size:.8em; font-weight:600; white-space:nowrap;}
.cqa-refusal {border-left:4px solid #b26a00; background:#fff4e0; padding:.5em .8em;
  border-radius:.3em; color:#5a3b00;}
.cqa-card {border:1px solid #d9dee7; border-radius:.4em; padding:.6em .8em; margin:.4em 0;}
.cqa-card .cqa-head {font-weight:600;} .cqa-card .cqa-section {color:#5b6472; font-size:.85em;}
.cqa-card mark {background:#fff0a8; padding:0 .1em;}
.cqa-names {color:#5b6472; font-size:.85em;}
</style>
"""


# Characters with a meaning in Markdown (Streamlit's: CommonMark, GFM, math) that survive
# html.escape; written as character references they are plain text to any renderer.
_MARKDOWN_SYNTAX = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]!#|~$"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_EXPORT_SYNTAX = {ord(c): "\\" + c for c in "\\`*_[]<>!#|~$&"}


def text_html(text: str) -> str:
    """Document text as inert text for ``st.markdown``: no HTML, no Markdown, one line."""
    return " ".join(html.escape(text).translate(_MARKDOWN_SYNTAX).split())


def chip(marker: str) -> str:
    return f'<span class="cqa-chip">{text_html(marker)}</span>'


def answer_html(answer: Answer) -> str:
    """The answer with a chip for each citation marker; a refusal in its own style."""
    if answer.refused:
        return f'<div class="cqa-refusal">{text_html(answer.answer)}</div>'
    parts = []
    for sentence in answer.sentences:
        chips = "".join(chip(m) for m in sentence.markers)
        parts.append(f"{text_html(sentence.text)} {chips}".strip())
    body = " ".join(parts) if parts else text_html(answer.answer)
    return f'<div class="cqa-answer">{body}</div>'


def highlight(text: str, quote: str) -> str:
    """The text escaped, with each quoted passage marked."""
    spans = []
    for piece in (q.strip() for q in quote.split(" … ")):
        start = text.find(piece) if piece else -1
        if start >= 0:
            spans.append((start, start + len(piece)))
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out += [_inert(text[last:start]), f"<mark>{_inert(text[start:end])}</mark>"]
        last = end
    out.append(_inert(text[last:]))
    return "".join(out)


def _inert(text: str) -> str:
    """Like ``text_html`` but keeping the spaces at the ends (pieces of a longer text)."""
    return html.escape(text).translate(_MARKDOWN_SYNTAX).replace("\r", " ").replace("\n", " ")


def source_card_html(citation: Citation) -> str:
    where = " · ".join(x for x in (citation.symbol, citation.doc_title) if x)
    lead = (
        f'<div class="cqa-section">{text_html(citation.lead_in.splitlines()[-1])}</div>'
        if citation.lead_in.strip()
        else ""
    )
    return (
        '<div class="cqa-card">'
        f'<div class="cqa-head">{chip(citation.marker)} {text_html(where)} — para. '
        f"{text_html(citation.para)}</div>"
        f'<div class="cqa-section">{text_html(citation.section or "Front matter")}</div>'
        f"{lead}<div>{highlight(citation.text, citation.quote)}</div></div>"
    )


class StreamBuffer:
    """Holds back a citation marker until it is complete, so "[8(" never shows alone."""

    def __init__(self) -> None:
        self._pending = ""

    def feed(self, piece: str) -> str:
        text = self._pending + piece
        cut = text.rfind("[")
        if cut >= 0 and "]" not in text[cut:] and len(text) - cut <= 80:
            self._pending = text[cut:]
            return text[:cut]
        self._pending = ""
        return text

    def flush(self) -> str:
        rest, self._pending = self._pending, ""
        return rest


def held_back(pieces: Iterable[str]) -> Iterator[str]:
    buffer = StreamBuffer()
    for piece in pieces:
        if out := buffer.feed(piece):
            yield out
    if rest := buffer.flush():
        yield rest


def markdown_text(text: str) -> str:
    """Document text for a Markdown file: every character with a meaning backslash-escaped
    (so no HTML, link or image), on one line."""
    return " ".join(text.translate(_MARKDOWN_EXPORT_SYNTAX).split())


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a quote first."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def conversation_markdown(answers: Sequence[Answer]) -> str:
    md = markdown_text
    lines = ["# congress-qa conversation", ""]
    for answer in answers:
        lines += [
            f"**Question:** {md(answer.question)}",
            "",
            f"**Answer:** {md(answer.answer)}",
            "",
        ]
        if answer.notice:
            lines += [f"> {md(answer.notice)}", ""]
        for c in answer.citations:
            where = md(c.symbol or c.doc_title)
            lines += [f"- \\[{md(c.marker)}\\] {where}, para. {md(c.para)} "
                      f"({md(c.section or 'front matter')}): “{md(c.text)}”"]  # fmt: skip
        lines.append("")
    return "\n".join(lines)


def conversation_json(answers: Sequence[Answer]) -> str:
    return json.dumps([a.model_dump() for a in answers], indent=2, ensure_ascii=False)


def topic_markdown(topic: str, rows: Sequence, titles: dict[str, str]) -> str:  # noqa: ANN001
    md = markdown_text
    lines = [f"# What was said on “{md(topic)}”", ""]
    doc, section = None, None
    for row in rows:
        if row.doc_id != doc:
            doc, section = row.doc_id, None
            lines += [f"## {md(titles.get(doc, doc))}", ""]
        if row.section != section:
            section = row.section
            lines += [f"### {md(section or 'Front matter')}", ""]
        names = f" (named: {md(', '.join(row.names))})" if row.names else ""
        lines += [f"- **{md(row.para)}**{names}: {md(row.text)}", ""]
    return "\n".join(lines)


def topic_csv(rows: Sequence, titles: dict[str, str]) -> str:  # noqa: ANN001
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["document", "doc_id", "paragraph", "section", "names", "text"])
    for row in rows:
        cells = [titles.get(row.doc_id, row.doc_id), row.doc_id, row.para, row.section,
                 "; ".join(row.names), row.text]  # fmt: skip
        writer.writerow([csv_cell(c) for c in cells])
    return out.getvalue()
