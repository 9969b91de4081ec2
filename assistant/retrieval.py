"""Hybrid retrieval: dense search (Chroma's HNSW index, or exact over a few documents) plus
BM25 over the same units, fused by reciprocal rank fusion. The unit index (BM25, the units'
vectors, the documents' words) is kept on disk per store state and updated per document."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant._bm25 import top
from assistant._index_cache import IndexCache, folder_for
from assistant._text import content_stems, stems
from assistant._unit_index import UnitHit, UnitIndex, VersionGone, fetch_segment
from congress_qa.settings import RetrievalSettings
from ingest.embeddings import MiniLMEmbeddings
from ingest.models import DocumentMeta
from ingest.store import ChromaStore

__all__ = ["HybridRetriever", "UnitHit", "UnitIndex", "UnitRetriever"]

_log = logging.getLogger(__name__)
# Most chunks asked of Chroma's HNSW index for one question; when the documents asked about
# are too small a share of the store to show among them, the search is exact instead.
_MAX_FETCH = 1000


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
            self.cache.put(fetch_segment(self.store, {(doc_id, version): chunks}, doc_id, version))
        except VersionGone:
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
        ranked: dict[tuple[str, str], None] = {}  # in order, each unit once
        for stored_id, _ in self.store.nearest(vector, fetch):
            position = index.unit_of_chunk(stored_id)
            if position is None:
                continue
            key = index.units[position].key
            if allowed is None or key[0] in allowed:
                ranked.setdefault(key)
        if len(ranked) >= k or fetch >= total:
            return list(ranked)[:k]
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
