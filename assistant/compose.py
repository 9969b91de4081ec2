"""Turns chosen sentences into answer text with inline markers, and into citations."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.extractive import REFUSAL, Candidate
from assistant.models import AnswerSentence, Citation
from assistant.retrieval import UnitHit
from ingest.models import DocumentMeta


def document_label(
    doc_id: str,
    metas: dict[str, DocumentMeta],
    name: Callable[[DocumentMeta], str] = lambda m: m.label,
) -> str:
    """How a document is named where several are shown: by ``name`` (for markers its symbol,
    else its title); when other documents share that name (six reports titled "Draft report
    (addendum)"), with its place, else its id, so that two documents' paragraph 3 are never
    one marker and the document filter never merges two reports."""
    meta = metas.get(doc_id)
    if meta is None:
        return doc_id
    label = name(meta) or doc_id
    twins = [m for m in metas.values() if (name(m) or m.doc_id) == label]
    if len(twins) < 2:
        return label
    place = meta.place_dates.split(",")[0].strip()
    if place and sum(m.place_dates.split(",")[0].strip() == place for m in twins) < 2:
        return f"{label}, {place}"
    return f"{label}, {doc_id}"


def document_labels(
    metas: dict[str, DocumentMeta],
    name: Callable[[DocumentMeta], str] = lambda m: m.label,
) -> dict[str, str]:
    """``document_label`` of every document at once, in time linear in their number (a
    library of a thousand reports asks it per page view)."""
    twins: dict[str, list[DocumentMeta]] = {}
    for doc_id, meta in metas.items():
        twins.setdefault(name(meta) or doc_id, []).append(meta)
    out: dict[str, str] = {}
    for label, group in twins.items():
        places: dict[str, int] = {}
        for m in group:
            place = m.place_dates.split(",")[0].strip()
            places[place] = places.get(place, 0) + 1
        for m in group:
            place = m.place_dates.split(",")[0].strip()
            if len(group) < 2:
                out[m.doc_id] = label
            elif place and places[place] < 2:
                out[m.doc_id] = f"{label}, {place}"
            else:
                out[m.doc_id] = f"{label}, {m.doc_id}"
    return out


def marker_for(hit: UnitHit, metas: dict[str, DocumentMeta], several_docs: bool) -> str:
    """``8(g)`` when one document is cited; prefixed with the document's label otherwise."""
    if not several_docs:
        return hit.unit_id
    return f"{document_label(hit.doc_id, metas)} {hit.unit_id}"


def citation_for(hit: UnitHit, marker: str, metas: dict[str, DocumentMeta], quote: str) -> Citation:
    meta = metas.get(hit.doc_id)
    return Citation(
        doc_id=hit.doc_id,
        para=hit.unit_id,
        marker=marker,
        doc_title=meta.title if meta else hit.doc_id,
        symbol=meta.symbol if meta else "",
        section=hit.section,
        text=hit.text,
        lead_in=hit.lead_in,
        quote=quote,
    )


def _sentence(text: str) -> str:
    """The sentence as the answer shows it: capitalised, ending in one stop."""
    text = text.strip().rstrip(";,").strip()
    if text.endswith("; and") or text.endswith("; or"):
        text = text.rsplit(";", 1)[0]
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".?!:" else f"{text}."


def with_markers(sentence: AnswerSentence) -> str:
    """``… of elderly people [8(g)].``: markers stand before the closing stop (or the
    semicolon that ends one clause of an LLM's list of points)."""
    marks = " ".join(f"[{m}]" for m in sentence.markers)
    if not marks:
        return sentence.text
    text = sentence.text
    if text and text[-1] in ".?!:;":
        return f"{text[:-1]} {marks}{text[-1]}"
    return f"{text} {marks}"


def compose(
    chosen: Sequence[Candidate], metas: dict[str, DocumentMeta]
) -> tuple[list[AnswerSentence], list[Citation]]:
    several = len({c.hit.doc_id for c in chosen}) > 1
    parts: list[AnswerSentence] = []
    quotes: dict[tuple[str, str], list[str]] = {}
    hits: dict[tuple[str, str], UnitHit] = {}
    for c in chosen:
        marker = marker_for(c.hit, metas, several)
        if c.listed:
            # The count a list gives, said before the list it was counted from: of the
            # countries it names, or of the items a sentence introduces.
            introduced = c.quote.rstrip().endswith(":")
            counted = "items are listed" if introduced or c.enumerates else "countries are named"
            parts.append(AnswerSentence(text=f"{len(c.listed)} {counted}.", markers=[marker]))
        text = _sentence(c.sentence)
        if c.listed and text.endswith(":"):
            # The count is the answer; the items it counts are in the cited paragraph.
            text = f"{text[:-1]}."
        parts.append(AnswerSentence(text=text, markers=[marker]))
        quotes.setdefault(c.hit.key, []).append(c.quote)
        hits[c.hit.key] = c.hit
    citations = [
        citation_for(hit, marker_for(hit, metas, several), metas, " … ".join(quotes[key]))
        for key, hit in hits.items()
    ]
    return parts, citations


def refusal_text(reason: str, related: Citation | None = None) -> str:
    """ "The documents do not say. No figure is given for it. The closest passage is 8(g)." """
    reason = reason.strip()
    text = f"{REFUSAL}. {reason[:1].upper()}{reason[1:]}." if reason else f"{REFUSAL}."
    if related is not None:
        text += f" The closest passage is {related.marker}, shown below."
    return text


def related_for(c: Candidate, metas: dict[str, DocumentMeta]) -> Citation:
    """The closest passage of a refusal: its unit and the sentence that came nearest."""
    marker = f"{document_label(c.hit.doc_id, metas)} {c.hit.unit_id}"
    return citation_for(c.hit, marker, metas, c.quote)
