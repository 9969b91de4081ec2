"""What a question asks for, measured against the documents it is asked of."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant._text import FRAME_WORDS, STOPWORDS, capitalised_names, stems, words
from assistant.retrieval import UnitIndex
from ingest.models import DocumentMeta

_NUMERIC_RE = re.compile(
    r"\bhow (many|much)\b|\bwhat (percentage|proportion|share|amount|number|sum)\b"
    r"|\b(number|amount|percentage|rate|total|cost) of\b",
    re.IGNORECASE,
)
_LIST_RE = re.compile(
    r"^\s*(which|list|name|enumerate)\b|\bwhat (are|were) the\b|\bwhich\b.*\b\w+s\b", re.IGNORECASE
)
# The conversation module appends the earlier subject in parentheses: "(children)".
_CARRIED_RE = re.compile(r"\s*\(([^()]*)\)\s*$")
_CARRIED_WEIGHT = 0.5


@dataclass(frozen=True)
class QueryProfile:
    text: str
    weights: dict[str, float]  # stem -> idf weight, for the terms that pick sentences
    forms: dict[str, str]  # stem -> the word as asked, for soft matching
    unknown_names: tuple[str, ...]
    numeric: bool
    list_like: bool
    focus_text: str  # the question without the words that only name the document

    @property
    def total_weight(self) -> float:
        return sum(self.weights.values()) or 1.0


def _terms(text: str) -> dict[str, str]:
    kept = [w for w in words(text) if w not in STOPWORDS and w not in FRAME_WORDS]
    return {stems(w)[0]: w for w in kept if stems(w)}


def analyse(
    question: str,
    index: UnitIndex,
    doc_ids: Sequence[str] | None,
    metas: dict[str, DocumentMeta],
) -> QueryProfile:
    carried = _CARRIED_RE.search(question)
    asked = question[: carried.start()] if carried else question
    own = _terms(asked)
    extra = {s: w for s, w in _terms(carried.group(1)).items() if s not in own} if carried else {}
    # Words that only name the document ("the Asia and Pacific preparatory meeting") pick the
    # document, not the sentence within it.
    chosen = [m for d, m in metas.items() if doc_ids is None or d in doc_ids]
    naming = {s for m in chosen for s in stems(f"{m.meeting} {m.title} {m.place_dates}")}
    forms = {s: w for s, w in (own | extra).items() if s not in naming} or own | extra
    weights = {
        s: index.idf(s) * (_CARRIED_WEIGHT if s in extra and s not in own else 1.0) for s in forms
    }
    naming_words = {
        w for w in words(asked) if stems(w) and stems(w)[0] in naming and stems(w)[0] not in forms
    }
    focus = " ".join(w for w in re.findall(r"\S+", asked) if not set(words(w)) & naming_words)
    vocabulary = index.vocab(doc_ids)
    names = tuple(n for n in capitalised_names(asked) if not set(words(n)) & vocabulary)
    return QueryProfile(
        text=question,
        weights=weights,
        forms=forms,
        unknown_names=names,
        numeric=bool(_NUMERIC_RE.search(asked)),
        list_like=bool(_LIST_RE.search(asked)),
        focus_text=focus if naming_words else "",
    )
