"""The vector store behind a small interface, with Chroma (embedded or server) behind it.

Two collections: ``<prefix>_units`` holds one record per chunk; ``<prefix>_docs`` holds one
record per document and is written last, so a document is only visible once all its chunks
are in. Readers ignore chunks whose document has no record."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlparse

import numpy as np
from langchain_core.documents import Document

from congress_qa.settings import Settings
from ingest.errors import StoreUnavailableError
from ingest.models import DocumentMeta


@dataclass(frozen=True)
class Hit:
    document: Document
    score: float


class VectorStore(Protocol):
    def add(self, meta: DocumentMeta, chunks: Sequence[Document], vectors: np.ndarray) -> None: ...
    def search(
        self, vector: Sequence[float], k: int, doc_ids: Sequence[str] | None
    ) -> list[Hit]: ...
    def delete(self, doc_id: str) -> None: ...
    def documents(self) -> list[DocumentMeta]: ...
    def chunks(self, doc_ids: Sequence[str] | None = None) -> list[Document]: ...
    def chunks_with_vectors(self) -> list[tuple[Document, np.ndarray]]: ...
    def fingerprint(self, documents: Sequence[DocumentMeta] | None = None) -> str: ...


def _client(settings: Settings):  # noqa: ANN202 - chromadb's ClientAPI
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    # Telemetry would try to reach the internet.
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    url = settings.effective_chroma_url
    if url:
        parsed = urlparse(url)
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname or "127.0.0.1",
                port=parsed.port or 8000,
                ssl=parsed.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:  # chromadb raises several unrelated types for "unreachable"
            raise StoreUnavailableError(url, str(exc) or type(exc).__name__) from exc
        return client
    path = settings.data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class ChromaStore:
    def __init__(self, settings: Settings, embeddings=None) -> None:  # noqa: ANN001
        from langchain_chroma import Chroma

        self.settings = settings
        self.client = _client(settings)
        prefix = settings.store.collection
        self.location = settings.effective_chroma_url or str(settings.data_dir / "chroma")
        self.langchain = Chroma(
            collection_name=f"{prefix}_units",
            embedding_function=embeddings,
            client=self.client,
            collection_configuration={"hnsw": {"space": "cosine"}},
        )
        self.units = self.client.get_or_create_collection(
            f"{prefix}_units", embedding_function=None
        )
        self.docs = self.client.get_or_create_collection(f"{prefix}_docs", embedding_function=None)
        self.max_batch = self.client.get_max_batch_size()

    def _batches(self, n: int) -> Iterator[slice]:
        size = max(1, min(self.max_batch, 1000))
        for start in range(0, n, size):
            yield slice(start, start + size)

    def add(self, meta: DocumentMeta, chunks: Sequence[Document], vectors: np.ndarray) -> None:
        """Replace the document: its record goes first, then every old chunk, then the new
        chunks in batches, and the record comes back last."""
        self.docs.delete(ids=[meta.doc_id])
        self._delete_chunks(meta.doc_id)
        for part in self._batches(len(chunks)):
            batch = chunks[part]
            self.units.upsert(
                ids=[c.id for c in batch],
                embeddings=vectors[part],
                documents=[c.page_content for c in batch],
                metadatas=[c.metadata for c in batch],
            )
        self.docs.upsert(
            ids=[meta.doc_id],
            embeddings=[[1.0]],
            documents=[meta.title],
            metadatas=[{"json": meta.model_dump_json()}],
        )

    def _delete_chunks(self, doc_id: str) -> None:
        while True:
            ids = self.units.get(where={"doc_id": doc_id}, include=[], limit=self.max_batch)["ids"]
            if not ids:
                return
            self.units.delete(ids=ids)

    def delete(self, doc_id: str) -> None:
        self.docs.delete(ids=[doc_id])
        self._delete_chunks(doc_id)

    def documents(self) -> list[DocumentMeta]:
        records = self.docs.get(include=["metadatas"])
        metas = [DocumentMeta(**json.loads(m["json"])) for m in records["metadatas"] or []]
        return sorted(metas, key=lambda m: m.doc_id)

    def orphans(self) -> list[str]:
        """Doc ids with chunks but no record: an ingest that was interrupted."""
        known = {m.doc_id for m in self.documents()}
        found: set[str] = set()
        offset = 0
        while True:
            got = self.units.get(include=["metadatas"], limit=self.max_batch, offset=offset)
            if not got["ids"]:
                return sorted(found - known)
            found.update(str(m["doc_id"]) for m in got["metadatas"])
            offset += len(got["ids"])

    def _where(self, doc_ids: Sequence[str] | None) -> dict:
        known = [m.doc_id for m in self.documents()]
        wanted = [d for d in known if doc_ids is None or d in doc_ids]
        return {"doc_id": {"$in": wanted or ["\x00none"]}}

    def search(self, vector: Sequence[float], k: int, doc_ids: Sequence[str] | None) -> list[Hit]:
        """Nearest chunks. ``doc_ids`` None means every served document; a caller that passes
        ids has checked they are served (it holds the document list it read)."""
        if doc_ids is None:
            where = self._where(None)
        else:
            where = {"doc_id": {"$in": list(doc_ids) or ["\x00none"]}}
        found = self.langchain.similarity_search_by_vector_with_relevance_scores(
            np.asarray(vector, dtype=float).tolist(), k=k, filter=where
        )
        # Chroma returns cosine distance; similarity reads better in scores and thresholds.
        return [Hit(doc, 1.0 - float(distance)) for doc, distance in found]

    def _rows(self, doc_ids: Sequence[str] | None, vectors: bool) -> list[tuple[Document, Any]]:
        """Served chunks in document order, page by page under the batch limit."""
        include = ["metadatas", "documents"] + (["embeddings"] if vectors else [])
        where = self._where(doc_ids)
        out: list[tuple[Document, Any]] = []
        offset = 0
        while True:
            got = self.units.get(where=where, include=include, limit=self.max_batch, offset=offset)
            if not len(got["ids"]):
                break
            found = got["embeddings"] if vectors else [None] * len(got["ids"])
            rows = zip(got["ids"], got["documents"], got["metadatas"], found, strict=True)
            for cid, text, meta, vector in rows:
                doc = Document(id=cid, page_content=text, metadata=dict(meta))
                out.append((doc, None if vector is None else np.asarray(vector, dtype=np.float32)))
            offset += len(got["ids"])
        out.sort(
            key=lambda r: (r[0].metadata["doc_id"], r[0].metadata["order"], r[0].metadata["part"])
        )
        return out

    def chunks(self, doc_ids: Sequence[str] | None = None) -> list[Document]:
        return [doc for doc, _ in self._rows(doc_ids, vectors=False)]

    def chunks_with_vectors(self) -> list[tuple[Document, np.ndarray]]:
        """Every served chunk with its stored embedding (for in-memory scoring)."""
        return self._rows(None, vectors=True)

    def fingerprint(self, documents: Sequence[DocumentMeta] | None = None) -> str:
        """Changes whenever a document is added, replaced or removed."""
        metas = self.documents() if documents is None else documents
        return "|".join(f"{m.doc_id}:{m.sha256}" for m in sorted(metas, key=lambda m: m.doc_id))


def open_store(settings: Settings, embeddings=None) -> ChromaStore:  # noqa: ANN001
    return ChromaStore(settings, embeddings)
