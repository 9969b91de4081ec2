"""Every unit of the store in memory, as the answerer looks it up: BM25 over their words,
their vectors, each document's words and names. Made from one store state by ``UnitIndex.of``
(loaded from disk when nothing changed, brought up to date document by document when
something did: see ``_index_cache``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np

from assistant._background import reference
from assistant._bm25 import Postings
from assistant._index_cache import IndexCache
from assistant._names import WordSets, doc_numbers
from assistant._segment import Segment
from assistant._segment import build as build_segment
from assistant._tables import Tables
from ingest.errors import StoreChangedError
from ingest.store import ChromaStore

# Times the index is brought up to date when documents change while it is being read.
_CHANGED_RETRIES = 3


@dataclass(frozen=True)
class UnitHit:
    doc_id: str
    unit_id: str
    kind: str
    order: int
    text: str
    section: str
    lead_in: str
    parent: str
    score: float = 0.0
    dense: float | None = None
    bm25: float | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc_id, self.unit_id)


class UnitIndex:
    """Every unit of the store in memory: BM25 over their words, their embeddings, and each
    document's vocabulary. Made from one store state (its fingerprint) by ``UnitIndex.of``:
    loaded from disk when nothing changed, brought up to date document by document when
    something did (see ``_index_cache``)."""

    def __init__(self, tables: Tables, fingerprint: str, state: str = "") -> None:
        self.fingerprint = fingerprint
        self.state = state  # the store state's key (``Served.key``)
        self.tables = tables
        t = tables
        doc_of = np.repeat(np.arange(len(t.docs)), np.diff(t.doc_start))
        self.units = [
            UnitHit(
                doc_id=t.docs[d],
                unit_id=u[0],
                kind=u[1],
                order=u[2],
                text=u[3],
                section=u[4],
                lead_in=u[5],
                parent=u[6],
            )  # fmt: skip
            for d, u in zip(doc_of.tolist(), t.units, strict=True)
        ]
        self.position = {u.key: i for i, u in enumerate(self.units)}
        self.doc_span = {
            d: (int(t.doc_start[i]), int(t.doc_start[i + 1])) for i, d in enumerate(t.docs)
        }
        self.vectors = t.vectors
        # The chunk rows of each unit, and the unit of each chunk row.
        self.chunk_start = t.chunk_start
        self.chunk_unit = np.repeat(np.arange(len(self.units)), np.diff(t.chunk_start))
        self._chunk_row: dict[str, int] | None = None
        self.terms = {term: i for i, term in enumerate(t.terms)}
        self.df = np.bincount(t.term_ids, minlength=len(t.terms))
        self.postings = Postings.build(
            t.term_indptr, t.term_ids, t.term_counts, t.lengths, len(t.terms)
        )
        # The background a passage must stand out against is a fixed reference set of units
        # (``_background``), whatever the store holds. Without one, at most 4,096 of the
        # store's units (an even stride): a stable mean and spread at a fixed cost.
        shipped = reference()
        stride = max(1, len(self.units) // 4096)
        self.sample = shipped if shipped is not None else t.vectors[t.chunk_start[:-1][::stride]]
        children: dict[tuple[str, str], list[int]] = {}
        for i, u in enumerate(self.units):
            if u.parent:
                children.setdefault((u.doc_id, u.parent), []).append(i)
        self._children = children
        self.vocabulary = WordSets(t.words, t.word_indptr, t.word_ids)
        self.proper = WordSets(t.words, t.proper_indptr, t.proper_ids)
        self.small = WordSets(t.words, t.small_indptr, t.small_ids)
        self._kinds: dict[str, dict[str, int]] = {}
        self._matching: dict[str, np.ndarray] = {}

    @classmethod
    def of(cls, store: ChromaStore, cache: IndexCache, previous: UnitIndex | None) -> UnitIndex:
        """The index of the store as it is now (``previous``: this process's last one)."""
        for _ in range(_CHANGED_RETRIES):
            served = store.served()
            fingerprint = served.fingerprint()
            if previous is not None and previous.fingerprint == fingerprint:
                return previous
            chunks = {(m.doc_id, v): n for m, v, n in served.records}
            try:
                tables = cache.tables(
                    served.versions(),
                    served.key,
                    (previous.tables, previous.state) if previous else None,
                    partial(fetch_segment, store, chunks),
                )
            except VersionGone:
                continue  # replaced or removed while it was read: look again
            return cls(tables, fingerprint, served.key)
        raise StoreChangedError("documents kept changing while the index was being updated")

    def idf(self, stem: str) -> float:
        n = max(len(self.units), 1)
        found = self.terms.get(stem)
        df = int(self.df[found]) if found is not None else 0
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def uses(self, stem: str, doc_ids: Sequence[str] | None = None) -> bool:
        """Some unit of ``doc_ids`` (None: of the store) holds a word of this stem."""
        term = self.terms.get(stem)
        if term is None:
            return False
        if doc_ids is None:
            return True
        holders = self.postings.indices[self.postings.indptr[term] : self.postings.indptr[term + 1]]
        return any(
            bool(((holders >= start) & (holders < end)).any())
            for start, end in (self.doc_span[d] for d in doc_ids if d in self.doc_span)
        )

    def bm25_scores(self, query_stems: list[str]) -> np.ndarray:
        known = [self.terms[s] for s in query_stems if s in self.terms]
        if not known or not self.units:
            return np.zeros(len(self.units))
        return self.postings.score(known)

    def dense(self, key: tuple[str, str], query: np.ndarray) -> float:
        i = self.position[key]
        return float(np.max(self.vectors[self.chunk_start[i] : self.chunk_start[i + 1]] @ query))

    def doc_mask(self, doc_ids: Sequence[str] | None) -> np.ndarray | None:
        """Which units belong to ``doc_ids`` (None: every unit)."""
        if doc_ids is None:
            return None
        mask = np.zeros(len(self.units), dtype=bool)
        for d in doc_ids:
            if d in self.doc_span:
                start, end = self.doc_span[d]
                mask[start:end] = True
        return mask

    def chunk_rows(self, doc_ids: Sequence[str] | None) -> int:
        if doc_ids is None:
            return len(self.vectors)
        spans = [self.doc_span[d] for d in set(doc_ids) if d in self.doc_span]
        return int(sum(self.chunk_start[e] - self.chunk_start[s] for s, e in spans))

    def unit_of_chunk(self, stored_id: str) -> int | None:
        """The position of the unit a stored chunk belongs to; None for a chunk this state
        does not serve (an old version, a write in progress)."""
        if self._chunk_row is None:
            self._chunk_row = {c: i for i, c in enumerate(self.tables.chunk_ids)}
        row = self._chunk_row.get(stored_id)
        return None if row is None else int(self.chunk_unit[row])

    def nearest(self, query: np.ndarray, doc_ids: Sequence[str] | None, k: int) -> list[int]:
        """Exact dense search (a unit scores its best part) over ``doc_ids``' units."""
        if doc_ids is None:
            spans = [(0, len(self.units))]
        else:
            spans = sorted(self.doc_span[d] for d in set(doc_ids) if d in self.doc_span)
        positions, scores = [], []
        for start, end in spans:
            if end == start:
                continue
            rows = self.vectors[self.chunk_start[start] : self.chunk_start[end]] @ query
            offsets = self.chunk_start[start:end] - self.chunk_start[start]
            scores.append(np.maximum.reduceat(rows, offsets))
            positions.append(np.arange(start, end))
        if not scores:
            return []
        best = np.concatenate(scores)
        where = np.concatenate(positions)
        order = np.lexsort((where, -best))[:k]
        return where[order].tolist()

    def word_vocab(self, doc_ids: Sequence[str] | None) -> set[str]:
        """Every (folded) word the chosen documents use."""
        return set(self.vocabulary.union(doc_numbers(self.tables.docs, doc_ids)))

    def proper_words(self, doc_ids: Sequence[str] | None) -> set[str]:
        """The (folded) words the chosen documents write as names (capitalised mid-sentence
        or in capitals): japan, secretariat, unafei; not speakers at a sentence's start."""
        return set(self.proper.union(doc_numbers(self.tables.docs, doc_ids)))

    def written_as_names(self, doc_ids: Sequence[str] | None) -> frozenset[str]:
        """``proper_words`` as the index keeps it (cached per choice of documents, not copied)."""
        return self.proper.union(doc_numbers(self.tables.docs, doc_ids))

    def only_names(self, doc_ids: Sequence[str] | None) -> frozenset[str]:
        """The (folded) words the chosen documents write as names and never in small letters:
        bellandi, interpol, kenyan; not internet or government, which some write small."""
        docs = doc_numbers(self.tables.docs, doc_ids)
        return self.proper.union(docs) - self.small.union(docs)

    def knows_word(self, word: str, doc_ids: Sequence[str] | None) -> bool:
        """The same answer as ``word in vocab or any(same_name(word, v) for v in vocab)``
        over ``word_vocab(doc_ids)``, without going through the vocabulary."""
        return self.vocabulary.has_like(word, self._doc_flags(doc_ids))

    def names_like(self, word: str, doc_ids: Sequence[str] | None) -> bool:
        """The same answer as ``any(same_name(word, p) for p in proper_words(doc_ids))``,
        without going through the names."""
        return self.proper.has_like(word, self._doc_flags(doc_ids))

    def _doc_flags(self, doc_ids: Sequence[str] | None) -> np.ndarray | None:
        numbers = doc_numbers(self.tables.docs, doc_ids)
        if numbers is None:
            return None
        flags = np.zeros(len(self.tables.docs), dtype=bool)
        flags[list(numbers)] = True
        return flags

    def background(self, query: np.ndarray) -> tuple[float, float]:
        """Mean and spread of the query's similarity to the background units (``_background``):
        how similar unrelated text is to this question, against which a passage must stand
        out."""
        if not len(self.sample):
            return 0.0, 1.0
        sims = self.sample @ query
        return float(sims.mean()), float(max(sims.std(), 1e-3))

    def kind_counts(self, kind: str) -> dict[str, int]:
        """Units of ``kind`` per document (counted once per index)."""
        if kind not in self._kinds:
            counts: dict[str, int] = {}
            for u in self.units:
                if u.kind == kind:
                    counts[u.doc_id] = counts.get(u.doc_id, 0) + 1
            self._kinds[kind] = counts
        return self._kinds[kind]

    def matching(self, name: str, test: Callable[[UnitHit], bool]) -> np.ndarray:
        """Which units pass ``test`` (a mask), read once per index and ``name``: a record the
        reports keep ("attendance") or an acronym as written ("WHO") is looked for in every
        unit, which costs a pass over the store the first time only."""
        if name not in self._matching:
            found = np.fromiter((test(u) for u in self.units), bool, len(self.units))
            self._matching[name] = found
        return self._matching[name]

    def previous(self, hit: UnitHit) -> UnitHit | None:
        """The unit before ``hit`` in its document, or None for the first."""
        i = self.position.get(hit.key)
        if i is None or i == self.doc_span[hit.doc_id][0]:
            return None
        return self.units[i - 1]

    def children(self, hit: UnitHit) -> list[UnitHit]:
        return [self.units[i] for i in self._children.get((hit.doc_id, hit.unit_id), [])]


class VersionGone(Exception):
    """A document version was replaced or removed while it was being read."""


def fetch_segment(
    store: ChromaStore, chunks: dict[tuple[str, str], int], doc_id: str, version: str
) -> Segment:
    rows = store.version_rows(doc_id, version, chunks[(doc_id, version)])
    if rows is None:
        raise VersionGone(doc_id)
    return build_segment(doc_id, version, rows)
