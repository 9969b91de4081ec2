"""Hybrid retrieval: dense search in Chroma plus BM25 over the same units, fused by
reciprocal rank fusion. The BM25 index is built once per store state and reused."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace

import bm25s
import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant._text import content_stems, raw_words, sentences, stems, words
from congress_qa.settings import RetrievalSettings
from ingest.embeddings import MiniLMEmbeddings
from ingest.models import DocumentMeta
from ingest.store import ChromaStore


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
    document's vocabulary. Built from one store state (its fingerprint)."""

    def __init__(self, store: ChromaStore, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        units: dict[tuple[str, str], UnitHit] = {}
        vectors: dict[tuple[str, str], np.ndarray] = {}
        for chunk, vector in store.chunks_with_vectors():
            m = chunk.metadata
            key = (m["doc_id"], m["unit_id"])
            if key not in units:
                units[key] = UnitHit(
                    doc_id=m["doc_id"], unit_id=m["unit_id"], kind=m["kind"], order=m["order"],
                    text=m["text"], section=m["section"], lead_in=m["lead_in"], parent=m["parent"],
                )  # fmt: skip
                vectors[key] = vector
            else:  # a unit in parts: keep the part that matches best, per query, via max
                vectors[key] = np.vstack([vectors[key], vector])
        self.units = list(units.values())
        self.position = {u.key: i for i, u in enumerate(self.units)}
        self.vectors = [np.atleast_2d(vectors[u.key]) for u in self.units]
        self.vocabulary: dict[str, set[str]] = {}
        self.proper: dict[str, set[str]] = {}
        corpus = []
        for unit in self.units:
            heading = unit.section.rsplit(" › ", 1)[-1]
            tokens = stems(f"{heading} {unit.text}")
            corpus.append(tokens or ["∅"])
            self.vocabulary.setdefault(unit.doc_id, set()).update(words(unit.text))
            self.proper.setdefault(unit.doc_id, set()).update(_proper_words(unit.text))
        self.bm25 = bm25s.BM25()
        if corpus:
            self.bm25.index(corpus, show_progress=False)
        # At most 4,096 units (an even stride) estimate the background: enough for a stable
        # mean and spread, and a fixed cost per question however large the store.
        stride = max(1, len(self.vectors) // 4096)
        self.sample = (
            np.vstack([v[0] for v in self.vectors[::stride]])
            if self.vectors
            else np.zeros((0, 384), dtype=np.float32)
        )
        df: dict[str, int] = {}
        for tokens in corpus:
            for token in set(tokens):
                df[token] = df.get(token, 0) + 1
        self.doc_freq = df

    def idf(self, stem: str) -> float:
        n = max(len(self.units), 1)
        return float(
            np.log(1 + (n - self.doc_freq.get(stem, 0) + 0.5) / (self.doc_freq.get(stem, 0) + 0.5))
        )

    def bm25_scores(self, query_stems: list[str]) -> np.ndarray:
        known = [s for s in query_stems if s in self.doc_freq]
        if not known or not self.units:
            return np.zeros(len(self.units))
        return np.asarray(self.bm25.get_scores(known))

    def dense(self, key: tuple[str, str], query: np.ndarray) -> float:
        return float(np.max(self.vectors[self.position[key]] @ query))

    def _union(self, sets: dict[str, set[str]], doc_ids: Sequence[str] | None) -> set[str]:
        chosen = sets.values() if doc_ids is None else (sets.get(d, set()) for d in doc_ids)
        return set().union(*chosen)

    def word_vocab(self, doc_ids: Sequence[str] | None) -> set[str]:
        """Every (folded) word the chosen documents use."""
        return self._union(self.vocabulary, doc_ids)

    def proper_words(self, doc_ids: Sequence[str] | None) -> set[str]:
        """The (folded) words the chosen documents write as names (capitalised mid-sentence
        or in capitals): japan, secretariat, unafei; not speakers at a sentence's start."""
        return self._union(self.proper, doc_ids)

    def background(self, query: np.ndarray) -> tuple[float, float]:
        """Mean and spread of the query's similarity to the units of the store: how similar
        unrelated text is to this question, against which a passage must stand out."""
        if not len(self.sample):
            return 0.0, 1.0
        sims = self.sample @ query
        return float(sims.mean()), float(max(sims.std(), 1e-3))

    def children(self, hit: UnitHit) -> list[UnitHit]:
        return [u for u in self.units if u.doc_id == hit.doc_id and u.parent == hit.unit_id]


def _proper_words(text: str) -> set[str]:
    names = []
    for line in text.split("\n"):
        for sentence in sentences(line):
            tokens = raw_words(sentence)
            names += [
                t
                for i, t in enumerate(tokens)
                if (len(t) > 1 and t.isupper()) or (i > 0 and t[:1].isupper())
            ]
    return {w for n in names for w in words(n)}


class HybridRetriever:
    def __init__(
        self, store: ChromaStore, embedder: MiniLMEmbeddings, settings: RetrievalSettings
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self._index: UnitIndex | None = None
        self._lock = threading.Lock()

    def index(self, documents: Sequence[DocumentMeta] | None = None) -> UnitIndex:
        """The unit index for the store as it is now; rebuilt only after ingest or remove.
        A caller that has just read the document list passes it to save reading it again."""
        fingerprint = self.store.fingerprint(documents)
        with self._lock:
            if self._index is None or self._index.fingerprint != fingerprint:
                self._index = UnitIndex(self.store, fingerprint)
            return self._index

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
        documents = self.store.documents() if documents is None else documents
        index = self.index(documents)
        served = [m.doc_id for m in documents if doc_ids is None or m.doc_id in doc_ids]
        vector = query_vector if query_vector is not None else self.embedder.embed_array([query])[0]
        allowed = set(doc_ids) if doc_ids is not None else None
        rankings: list[list[tuple[str, str]]] = []
        if mode in ("hybrid", "dense"):
            hits = self.store.search(vector, self.settings.candidates, served)
            ranked = [(h.document.metadata["doc_id"], h.document.metadata["unit_id"]) for h in hits]
            rankings.append(list(dict.fromkeys(ranked)))
        # Frame words ("did anyone mention …") are no evidence of a passage's subject.
        bm25 = index.bm25_scores(content_stems(query) or stems(query))
        if mode in ("hybrid", "bm25"):
            order = [i for i in np.argsort(-bm25) if bm25[i] > 0]
            ranked = [
                index.units[i].key
                for i in order
                if allowed is None or index.units[i].doc_id in allowed
            ]
            rankings.append(ranked[: self.settings.candidates])
        fused: dict[tuple[str, str], float] = {}
        for ranking in rankings:
            for rank, key in enumerate(ranking):
                fused[key] = fused.get(key, 0.0) + 1.0 / (self.settings.rrf_k + rank + 1)
        best = sorted(fused, key=lambda key: -fused[key])[:k]
        return [
            replace(
                index.units[index.position[key]],
                score=fused[key],
                dense=index.dense(key, vector),
                bm25=float(bm25[index.position[key]]),
            )
            for key in best
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
