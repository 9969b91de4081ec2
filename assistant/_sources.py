"""Sources as the LLM sees them: numbered [1], [2], … (small models copy a number reliably,
a marker such as "[Draft report (addendum) 8(g)]" they mangle), each labelled with its
document and paragraph and fenced as data, so that text inside a document is never read as
an instruction and two documents' paragraph 3 are never one source."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.compose import marker_for
from assistant.retrieval import UnitHit
from ingest.models import DocumentMeta

# "[2]", "[1, 3]", "[1][2]", "[source 2]": what the model writes for a citation.
NUMBER_MARK_RE = re.compile(
    r"\[\s*(?:sources?\s*)?(\d{1,3}(?:\s*[,;]\s*(?:sources?\s*)?\d{1,3})*)\s*\]"
)
_FENCE_RE = re.compile(r"</?\s*source\b", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    number: int
    hit: UnitHit
    marker: str  # the marker the user sees: "8(g)", or "<document label> 8(g)"


def number_sources(hits: Sequence[UnitHit], metas: dict[str, DocumentMeta]) -> list[Source]:
    several = len({h.doc_id for h in hits}) > 1
    return [Source(i, h, marker_for(h, metas, several)) for i, h in enumerate(hits, 1)]


def _document(meta: DocumentMeta | None, doc_id: str) -> str:
    if meta is None:
        return doc_id
    parts = [meta.title, meta.symbol, meta.meeting, meta.place_dates]
    return "; ".join(dict.fromkeys(p for p in parts if p))


def _data(text: str) -> str:
    """Document text with anything that could close or open a fence defused."""
    return _FENCE_RE.sub(lambda m: m.group(0).replace("<", "‹"), text)


_FIELDS = {
    "title": "Title",
    "symbol": "Document symbol",
    "issue_date": "Date of issue of the document",
    "distribution": "Distribution",
    "meeting": "Meeting",
    "place_dates": "Place and dates of the meeting",
    "rapporteur": "Rapporteur",
}


def _front_fields(meta: DocumentMeta | None) -> str:
    """The front matter as the parser read it, field by field: a masthead's layout (table
    cells, side-by-side columns) says little to a small model; "Date of issue: …" says it."""
    if meta is None:
        return ""
    fields = meta.model_dump()
    lines = [f"{label}: {fields[key]}" for key, label in _FIELDS.items() if fields.get(key)]
    return "\n".join(lines) + "\n" if lines else ""


def render(sources: Sequence[Source], metas: dict[str, DocumentMeta]) -> str:
    blocks = []
    for s in sources:
        lead = f"(introduced by: {s.hit.lead_in.splitlines()[-1]})\n" if s.hit.lead_in else ""
        if s.hit.kind == "front":
            lead = _front_fields(metas.get(s.hit.doc_id))
        document = _data(_document(metas.get(s.hit.doc_id), s.hit.doc_id)).replace('"', "'")
        blocks.append(
            f'<source number="{s.number}" document="{document}" '
            f'paragraph="{s.hit.unit_id}">\n{_data(lead + s.hit.text)}\n</source>'
        )
    return "\n".join(blocks)


def numbers_in(mark: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", mark)]


def shown_markers(text: str, sources: Sequence[Source]) -> str:
    """The model's "[2]" as the user's "[8(g)]"; unknown numbers disappear."""
    by_number = {s.number: s.marker for s in sources}

    def swap(m: re.Match[str]) -> str:
        known = [by_number[n] for n in numbers_in(m.group(1)) if n in by_number]
        return f"[{'; '.join(known)}]" if known else ""

    return NUMBER_MARK_RE.sub(swap, text)


def stream_markers(pieces: Iterator[str], sources: Sequence[Source]) -> Iterator[str]:
    """Streamed text with "[2]" shown as "[8(g)]" as it arrives: an open bracket is held
    back until it closes (or is plainly not a citation)."""
    pending = ""
    for piece in pieces:
        text = pending + piece
        cut = text.rfind("[")
        if cut >= 0 and "]" not in text[cut:] and len(text) - cut <= 24:
            pending, text = text[cut:], text[:cut]
        else:
            pending = ""
        if text:
            yield shown_markers(text, sources)
    if pending:
        yield shown_markers(pending, sources)
