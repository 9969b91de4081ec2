""" "What was said on …": every paragraph relevant to a topic, in document order. It is the
question "What was said about <topic>?" answered with every paragraph the evidence model
scores above the topic threshold (fitted on the calibration split's topic cases for recall
first), not a chat answer, so it errs towards including a paragraph that mentions the topic."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from assistant._evidence import EvidenceModel
from assistant._text import content_words

if TYPE_CHECKING:
    from assistant.assistant import Assistant

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


def topic_question(topic: str) -> str:
    return f"What was said about {topic.strip().rstrip('?.')}?"


def find_on_topic(
    assistant: Assistant, topic: str, doc_ids: Sequence[str] | None = None
) -> list[TopicParagraph]:
    """Every paragraph on the topic, in document order: the paragraphs among the topic's
    retrieval candidates one of whose sentences the evidence model scores above the topic
    threshold (lower than the answer threshold: a topic page errs towards including, so
    "elderly people" lists a paragraph that names "the elderly" in a list of groups)."""
    if not content_words(topic):
        return []
    found = assistant.gather(
        topic_question(topic), (), doc_ids, k=assistant.settings.retrieval.topic_candidates
    )
    extractive = assistant.extractive
    scored = extractive.score(found.profile, found.vector, found.hits, found.metas, found.index)
    best: dict[tuple[str, str], float] = {}
    for c in scored:
        if c.hit.kind != "front":
            best[c.hit.key] = max(best.get(c.hit.key, -np.inf), c.score)
    threshold = extractive.model.topic_threshold
    units = {h.key: h for h in found.hits}
    rows = [
        TopicParagraph(
            doc_id=key[0],
            para=key[1],
            section=units[key].section,
            text=units[key].text,
            lead_in=units[key].lead_in,
            names=tuple(named_parties(units[key].text)),
            score=round(EvidenceModel.probability(score), 4),
        )
        for key, score in best.items()
        if score >= threshold
    ]
    return sorted(rows, key=lambda p: (p.doc_id, units[(p.doc_id, p.para)].order))
