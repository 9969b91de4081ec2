"""Hybrid retrieval: dense search (Chroma's HNSW index, or exact over a few documents) plus
BM25 over the same units, fused by reciprocal rank fusion. The unit index (BM25, the units'
vectors, the documents' words) is kept on disk per store state and updated per document."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant._bm25 import Postings, top
from assistant._index_cache import IndexCache, folder_for
from assistant._names import WordSets, doc_numbers
from assistant._segment import Segment
from assistant._segment import build as build_segment
from assistant._tables import Tables
from assistant._text import content_stems, stems
from congress_qa.settings import RetrievalSettings
from ingest.embeddings import MiniLMEmbeddings
from ingest.errors import StoreChangedError
from ingest.models import DocumentMeta
from ingest.store import ChromaStore

_log = logging.getLogger(__name__)
# Times the index is brought up to date when documents change while it is being read.
_CHANGED_RETRIES = 3
# Most chunks asked of Chroma's HNSW index for one question; when the documents asked about
# are too small a share of the store to show among them, the search is exact instead.
_MAX_FETCH = 1000


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
        # At most 4,096 units (an even stride) estimate the background: enough for a stable
        # mean and spread, and a fixed cost per question however large the store.
        stride = max(1, len(self.units) // 4096)
        self.sample = t.vectors[t.chunk_start[:-1][::stride]]
        children: dict[tuple[str, str], list[int]] = {}
        for i, u in enumerate(self.units):
            if u.parent:
                children.setdefault((u.doc_id, u.parent), []).append(i)
        self._children = children
        self.vocabulary = WordSets(t.words, t.word_indptr, t.word_ids)
        self.proper = WordSets(t.words, t.proper_indptr, t.proper_ids)
        self._kinds: dict[str, dict[str, int]] = {}

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
                    partial(_fetch, store, chunks),
                )
            except _VersionGone:
                continue  # replaced or removed while it was read: look again
            return cls(tables, fingerprint, served.key)
        raise StoreChangedError("documents kept changing while the index was being updated")

    def idf(self, stem: str) -> float:
        n = max(len(self.units), 1)
        found = self.terms.get(stem)
        df = int(self.df[found]) if found is not None else 0
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

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
        """Mean and spread of the query's similarity to the units of the store: how similar
        unrelated text is to this question, against which a passage must stand out."""
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

    def children(self, hit: UnitHit) -> list[UnitHit]:
        return [self.units[i] for i in self._children.get((hit.doc_id, hit.unit_id), [])]


class _VersionGone(Exception):
    """A document version was replaced or removed while it was being read."""


def _fetch(
    store: ChromaStore, chunks: dict[tuple[str, str], int], doc_id: str, version: str
) -> Segment:
    rows = store.version_rows(doc_id, version, chunks[(doc_id, version)])
    if rows is None:
        raise _VersionGone(doc_id)
    return build_segment(doc_id, version, rows)


class HybridRetriever:
    def __init__(
        self, store: ChromaStore, embedder: MiniLMEmbeddings, settings: RetrievalSettings
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self.cache = IndexCache(
            folder_for(store.settings.data_dir, store.location, store.settings.store.collection)
        )
        self._index: UnitIndex | None = None
        self._lock = threading.Lock()

    def index(self, documents: Sequence[DocumentMeta] | None = None) -> UnitIndex:
        """The unit index for the store as it is now; brought up to date only after an
        ingest or a removal. (``documents`` is accepted for callers that have just read the
        list; the store's own cache makes reading it again cheap.)"""
        with self._lock:
            tick = time.perf_counter()
            previous = self._index
            self._index = UnitIndex.of(self.store, self.cache, previous)
            if self._index is not previous:
                _log.info(
                    "unit index: %d units of %d documents, %s in %.2fs",
                    len(self._index.units), len(self._index.doc_span),
                    "loaded" if previous is None else "updated", time.perf_counter() - tick,
                )  # fmt: skip
            return self._index

    def remember(self, doc_id: str, version: str, chunks: int) -> None:
        """Makes the index share of a document version this process has just written, so
        that no process of this data directory has to. It is made from the chunks as the
        store holds them (Chroma renormalises vectors), as any reader would make it."""
        try:
            self.cache.put(_fetch(self.store, {(doc_id, version): chunks}, doc_id, version))
        except _VersionGone:
            return  # already replaced: nothing of it will be served

    def _dense(self, index: UnitIndex, vector: np.ndarray, doc_ids: Sequence[str] | None) -> list:
        """Units nearest to the question: exact over a few documents' chunks; through
        Chroma's HNSW index (unfiltered, then kept to the served versions of ``doc_ids``)
        over many, so the cost does not grow with the store."""
        k = self.settings.candidates
        rows = index.chunk_rows(doc_ids)
        if rows <= self.settings.exact_rows:
            return [index.units[i].key for i in index.nearest(vector, doc_ids, k)]
        total = len(index.vectors)
        # Parts of one unit, other documents and other versions' chunks take places too:
        # fetch with room for them, then fall back to exact search if that was not enough.
        fetch = min(int(2 * k * total / max(rows, 1)) + 10, total, _MAX_FETCH)
        allowed = set(doc_ids) if doc_ids is not None else None
        ranked: list[tuple[str, str]] = []
        for stored_id, _ in self.store.nearest(vector, fetch):
            position = index.unit_of_chunk(stored_id)
            if position is None:
                continue
            key = index.units[position].key
            if (allowed is None or key[0] in allowed) and key not in ranked:
                ranked.append(key)
        if len(ranked) >= k or fetch >= total:
            return ranked[:k]
        return [index.units[i].key for i in index.nearest(vector, doc_ids, k)]

    def retrieve(
        self,
        query: str,
        *,
        doc_ids: Sequence[str] | None = None,
        k: int | None = None,
        query_vector: np.ndarray | None = None,
        mode: str | None = None,
        documents: Sequence[DocumentMeta] | None = None,
    ) -> list[UnitHit]:
        k = k or self.settings.top_k
        mode = mode or self.settings.mode
        index = self.index(documents)
        vector = query_vector if query_vector is not None else self.embedder.embed_array([query])[0]
        rankings: list[list[tuple[str, str]]] = []
        if mode in ("hybrid", "dense"):
            rankings.append(self._dense(index, vector, doc_ids))
        # Frame words ("did anyone mention …") are no evidence of a passage's subject.
        bm25 = index.bm25_scores(content_stems(query) or stems(query))
        if mode in ("hybrid", "bm25"):
            best = top(bm25, index.doc_mask(doc_ids), self.settings.candidates)
            rankings.append([index.units[i].key for i in best])
        fused: dict[tuple[str, str], float] = {}
        for ranking in rankings:
            for rank, key in enumerate(ranking):
                fused[key] = fused.get(key, 0.0) + 1.0 / (self.settings.rrf_k + rank + 1)
        best_keys = sorted(fused, key=lambda key: -fused[key])[:k]
        return [
            replace(
                index.units[index.position[key]],
                score=fused[key],
                dense=index.dense(key, vector),
                bm25=float(bm25[index.position[key]]),
            )
            for key in best_keys
            if key in index.position
        ]


class UnitRetriever(BaseRetriever):
    """The hybrid retriever as a LangChain retriever: units as Documents."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    hybrid: HybridRetriever
    doc_ids: list[str] | None = None
    k: int | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                id=f"{hit.doc_id}::{hit.unit_id}",
                page_content=hit.text,
                metadata={
                    "doc_id": hit.doc_id,
                    "unit_id": hit.unit_id,
                    "section": hit.section,
                    "lead_in": hit.lead_in,
                    "score": hit.score,
                    "dense": hit.dense,
                },  # fmt: skip
            )
            for hit in self.hybrid.retrieve(query, doc_ids=self.doc_ids, k=self.k)
        ]
