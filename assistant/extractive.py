"""The extractive answerer: no LLM, offline, deterministic. It picks the sentences of the
retrieved units that answer the question, cites each, and refuses when the evidence is weak."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant._query import QueryProfile
from assistant._text import STOPWORDS, sentences, stems, words
from assistant.retrieval import UnitHit
from congress_qa.settings import AnswerSettings
from ingest.embeddings import MiniLMEmbeddings
from ingest.models import DocumentMeta

REFUSAL = "The documents do not say"
_DIGIT_RE = re.compile(r"\d")
# Front-matter lines that match a metadata field get that field's name, so that a question
# such as "where was the meeting held?" finds "Bangkok, 21–23 January 2025".
_FRONT_LABELS = {
    "place_dates": "Place and dates of the meeting (where and when it was held)",
    "issue_date": "Date of issue of the document",
    "meeting": "Name of the meeting",
    "title": "Title and kind of document",
    "symbol": "Document symbol",
}
# Lines of UN front matter that no metadata field holds, recognised by their form.
_FRONT_PATTERNS = [
    (re.compile(r"^Original\s*:", re.IGNORECASE), "Original language of the document"),
    (re.compile(r"\bonly$", re.IGNORECASE), "Languages in which the document is issued"),
    (re.compile(r"^Distr\.", re.IGNORECASE), "Distribution of the document"),
]


@dataclass
class Candidate:
    hit: UnitHit
    position: int
    sentence: str  # as shown in the answer
    quote: str  # as it stands in the unit
    match: str  # what is compared with the question (a front line with its field's name)
    lexical: float = 0.0
    semantic: float = 0.0
    score: float = 0.0


@dataclass
class Extract:
    chosen: list[Candidate]
    refused: bool
    reason: str
    support: float


class SentenceVectors:
    """Sentence embeddings, computed on first use and kept (bounded) for later questions."""

    def __init__(self, embedder: MiniLMEmbeddings, capacity: int = 20_000) -> None:
        self.embedder = embedder
        self.capacity = capacity
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def get(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for text, vector in zip(missing, self.embedder.embed_array(missing), strict=True):
                self._cache[text] = vector
            while len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
        return np.vstack([self._cache[t] for t in texts])


def _holds(value: str | None, line: str) -> bool:
    """The line shows the field: all of it, or a telling part ("Draft report" of the title
    "Draft report (addendum)")."""
    return bool(value) and (value in line or (len(line) > 8 and line in value))


def _front_candidates(hit: UnitHit, meta: DocumentMeta | None) -> list[Candidate]:
    fields = meta.model_dump() if meta else {}
    out = []
    for i, line in enumerate(hit.text.split("\n")):
        labels = [lab for key, lab in _FRONT_LABELS.items() if _holds(fields.get(key), line)]
        labels += [lab for pattern, lab in _FRONT_PATTERNS if pattern.search(line)]
        if not labels:
            out.append(Candidate(hit, i, line, line, line))
            continue
        # A line that names itself ("Rapporteur: …") is shown as it is.
        shown = line if ":" in line else f"{labels[0].split(' (')[0]}: {line}"
        out.append(Candidate(hit, i, shown, line, f"{'; '.join(labels)}: {line}"))
    return out


def _candidates(hits: Sequence[UnitHit], metas: dict[str, DocumentMeta]) -> list[Candidate]:
    out: list[Candidate] = []
    for hit in hits:
        if hit.kind == "front":
            out += _front_candidates(hit, metas.get(hit.doc_id))
            continue
        for i, sentence in enumerate(sentences(hit.text)):
            out.append(Candidate(hit, i, sentence, sentence, sentence))
    return out


# A question word absent from a sentence still counts when a word of the sentence means
# nearly the same (older ~ elderly, guns ~ firearms): measured by the embedder, not a list.
_SOFT_MATCH = 0.6


def _content_words(text: str) -> list[str]:
    return list(dict.fromkeys(w for w in words(text) if w not in STOPWORDS and len(w) > 2))


class ExtractiveAnswerer:
    def __init__(self, embedder: MiniLMEmbeddings, settings: AnswerSettings) -> None:
        self.settings = settings
        self.vectors = SentenceVectors(embedder)

    def _introduced_items(
        self, chosen: list[Candidate], candidates: list[Candidate], hits: Sequence[UnitHit]
    ) -> list[Candidate]:
        """A chosen sentence that ends in a colon introduces a list: its items come along."""
        added: list[Candidate] = []
        taken = {(c.hit.key, c.position) for c in chosen}
        for c in chosen:
            if not c.quote.rstrip().endswith(":"):
                continue
            for child in (
                h for h in hits if h.doc_id == c.hit.doc_id and h.parent == c.hit.unit_id
            ):
                first = next((x for x in candidates if x.hit.key == child.key), None)
                if first is not None and (first.hit.key, first.position) not in taken:
                    taken.add((first.hit.key, first.position))
                    added.append(first)
        return added

    def _lexical(self, c: Candidate, profile: QueryProfile) -> float:
        """Share of the question's weighted terms the sentence holds: exactly, through the
        unit's heading or lead-in (half), or through a word of near meaning."""
        own = set(stems(c.match))
        heading = c.hit.section.rsplit(" › ", 1)[-1]
        context = set(stems(f"{heading} {c.hit.lead_in}"))
        missing = [s for s in profile.weights if s not in own]
        soft = self._soft_matches([profile.forms[s] for s in missing], c.match) if missing else {}
        got = 0.0
        for stem, weight in profile.weights.items():
            if stem in own:
                got += weight
            else:
                near = soft.get(profile.forms[stem], 0.0)
                got += weight * max(0.5 if stem in context else 0.0, near)
        return got / profile.total_weight

    def _soft_matches(self, asked: list[str], text: str) -> dict[str, float]:
        found = _content_words(text)
        if not found:
            return {}
        sims = self.vectors.get(asked) @ self.vectors.get(found).T
        return {
            w: float(m) if m >= _SOFT_MATCH else 0.0
            for w, m in zip(asked, sims.max(axis=1), strict=True)
        }

    def extract(
        self,
        profile: QueryProfile,
        query_vector: np.ndarray,
        hits: Sequence[UnitHit],
        metas: dict[str, DocumentMeta],
    ) -> Extract:
        if profile.unknown_names:
            names = ", ".join(profile.unknown_names)
            return Extract([], True, f"the documents do not mention {names}", 0.0)
        candidates = _candidates(hits, metas)
        if not candidates:
            return Extract([], True, "nothing relevant was found", 0.0)
        if profile.focus_text:
            # Naming the meeting makes its name line look relevant; score without the name.
            query_vector = self.vectors.get([profile.focus_text])[0]
        sims = self.vectors.get([c.match for c in candidates]) @ query_vector
        for c, sim in zip(candidates, sims, strict=True):
            c.lexical = self._lexical(c, profile)
            c.semantic = 0.7 * float(sim) + 0.3 * float(c.hit.dense or 0.0)
            c.score = 0.55 * c.semantic + 0.45 * c.lexical
        ranked = sorted(candidates, key=lambda c: -c.score)
        best = ranked[0]
        support = best.score
        if support < self.settings.min_support:
            return Extract([], True, "the passages found do not answer it", support)
        ratio = 0.7 if profile.list_like else 0.8
        chosen: list[Candidate] = []
        for c in ranked:
            if len(chosen) >= self.settings.max_sentences or c.score < best.score * ratio:
                break
            if not any(_same(c, d) for d in chosen):
                chosen.append(c)
        if profile.list_like:
            chosen += self._introduced_items(chosen, candidates, hits)
        if profile.numeric and not any(_DIGIT_RE.search(c.quote) for c in chosen):
            return Extract([], True, "no figure is given for it", support)
        chosen.sort(key=lambda c: (c.hit.doc_id, c.hit.order, c.position))
        return Extract(chosen, False, "", support)


def _same(a: Candidate, b: Candidate) -> bool:
    x, y = set(stems(a.quote)), set(stems(b.quote))
    return bool(x and y) and len(x & y) / len(x | y) > 0.8
