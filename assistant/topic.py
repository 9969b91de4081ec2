""" "What was said on …": every paragraph relevant to a topic, in document order. This is
retrieval with a relevance threshold over all units, not a chat answer, so it errs towards
including a paragraph that mentions the topic."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant._coverage import ConceptMatcher, Vectors
from assistant._text import content_words, stem_words
from assistant.retrieval import HybridRetriever

# A paragraph is on the topic when it holds every topic word, or most of them and reads
# close to the topic, or reads very close to it.
_CLOSE = 0.5
_NEAR = 0.3

_PARTY_RE = re.compile(
    r"\b(?:representatives?|delegations?|observers?|experts?|Governments?)\s+(?:of|for|from)\s+"
    r"(?P<list>.+?)(?=[.;:]|,\s+(?:which|who|and\s+(?:called|stressed|noted))\b|$)"
)


_CONNECTORS = {"of", "the", "for", "and", "in", "on", "against", "to"}


def _capital_follows(tokens: list[str], start: int) -> bool:
    for token in tokens[start:]:
        if token not in _CONNECTORS:
            return token[:1].isupper()
    return False


def _name(piece: str) -> str:
    """The leading run of a name: capitalised words, joined by of/the/for/…, and an acronym."""
    tokens = piece.split()
    kept: list[str] = []
    for i, token in enumerate(tokens):
        starts_name = token[:1].isupper() or token.startswith("(")
        if starts_name or (token in _CONNECTORS and _capital_follows(tokens, i + 1)):
            kept.append(token)
        else:
            break
    return " ".join(kept)


@dataclass(frozen=True)
class TopicParagraph:
    doc_id: str
    para: str
    section: str
    text: str
    lead_in: str
    names: tuple[str, ...]
    score: float


def named_parties(text: str) -> list[str]:
    """Countries, delegations and organisations a paragraph names as speakers."""
    names: list[str] = []
    for match in _PARTY_RE.finditer(text):
        parts = re.split(r",\s*", match.group("list"))
        for i, part in enumerate(parts):
            pieces = [part]
            last = i == len(parts) - 1
            if last and "(" not in part:
                pieces = re.split(r"\s+and\s+(?=(?:the\s+)?[A-Z])", part)
            elif last and " and the " in part:
                left, right = part.rsplit(" and the ", 1)
                # "… Institute for the Prevention of Crime and the Treatment of Offenders" is
                # one name; "the Wildlife Conservation Society and the Asia … Foundation" is two.
                if not re.search(r"\b(for|of)\s+the\b", left):
                    pieces = [left, right]
            for piece in pieces:
                name = _name(re.sub(r"^(?:and\s+)?(?:the\s+)?", "", piece.strip()))
                if name[:1].isupper() and name not in names:
                    names.append(name)
    return names


def find_on_topic(
    retriever: HybridRetriever,
    topic: str,
    doc_ids: Sequence[str] | None = None,
    concepts: ConceptMatcher | None = None,
) -> list[TopicParagraph]:
    """Every paragraph on the topic, in document order. The topic's words are weighed as a
    question's concepts are (IDF, stems, words of near meaning), so "elderly people" finds a
    paragraph that names "the elderly" in a list of groups."""
    index = retriever.index()
    forms = dict(zip(stem_words(content_words(topic)), content_words(topic), strict=True))
    if not forms:
        return []
    weights = {s: index.idf(s) for s in forms}
    concepts = concepts or ConceptMatcher(Vectors(retriever.embedder))
    query = retriever.embedder.embed_array([topic])[0]
    found: list[TopicParagraph] = []
    for unit in index.units:
        if unit.kind == "front" or (doc_ids is not None and unit.doc_id not in doc_ids):
            continue
        share = concepts.coverage(weights, forms, f"{unit.text} {unit.lead_in}")
        dense = index.dense(unit.key, np.asarray(query))
        if share == 1.0 or (share >= 0.5 and dense >= _NEAR) or dense >= _CLOSE:
            found.append(
                TopicParagraph(
                    doc_id=unit.doc_id,
                    para=unit.unit_id,
                    section=unit.section,
                    text=unit.text,
                    lead_in=unit.lead_in,
                    names=tuple(named_parties(unit.text)),
                    score=round(0.5 * share + 0.5 * dense, 4),
                )
            )
    order = {u.key: (u.doc_id, u.order) for u in index.units}
    return sorted(found, key=lambda p: order[(p.doc_id, p.para)])
