"""The vector store behind a small interface, with Chroma (embedded or server) behind it.

Three collections:

* ``<prefix>_units``: one record per chunk. Each write of a document gets a fresh version
  and its chunks are stored under it (``doc_version`` = ``<doc_id>@<version>``), so a
  replacement never touches the chunks being served.
* ``<prefix>_docs``: the document records, each naming a version and its chunk count. It
  is written only once every chunk of the new version is verified in the store, and the old
  version's chunks are deleted after it: readers see the old document or the new one, never
  a mix and never half of one. On a Chroma server each writer writes its record under its
  lock's fence (``<doc_id>#<fence>``) and readers serve the record with the highest fence, so
  a writer that stalled past its lease and resumes cannot overwrite a later writer's record;
  the embedded store (fence 0) keeps one record per document, under its id.
* ``<prefix>_meta``: the store's state token (changed by every commit, so readers notice
  other processes' writes), whether it was ever initialised, and on a server the writers'
  lease lock.

A unit's full text is stored once, on its first chunk; its other parts carry only their own
slice, and readers put the full text back from the first part."""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import numpy as np
from langchain_core.documents import Document

from congress_qa.settings import Settings, mask_url
from ingest._chroma import connect, forget_embedded, is_stale, is_unreachable
from ingest._lock import FileWriterLock, LeaseLock, WriterLock, new_holder
from ingest.errors import StoreChangedError, StoreUnavailableError, WriteNotVerifiedError
from ingest.models import DocumentMeta

T = TypeVar("T")
_STATE_ID = "state"
# Metadata the store adds to chunks for its own bookkeeping; readers do not see it.
_INTERNAL = ("version", "doc_version", "writer")
_STALE_RETRIES = 3
# A system replaced by a reload is stopped this long after, when no read can still be using it.
_RETIRE_AFTER_S = 30.0
# A question reads the state token several times within milliseconds (document list, index,
# filter); one read serves them all. Writers, and ``sync(fresh=True)``, always read it.
_TOKEN_TTL_S = 0.2


@dataclass(frozen=True)
class Hit:
    document: Document
    score: float


@dataclass(frozen=True)
class Served:
    """What the store serves at one state (one state token): every document with its version
    and its number of chunks, in doc-id order; and the records a later fence superseded
    (record id, version), which nothing serves."""

    token: str
    records: tuple[tuple[DocumentMeta, str, int], ...]
    superseded: tuple[tuple[str, str], ...] = ()

    def documents(self) -> list[DocumentMeta]:
        return [meta for meta, _, _ in self.records]

    def versions(self) -> list[tuple[str, str]]:
        return [(meta.doc_id, version) for meta, version, _ in self.records]

    def fingerprint(self, documents: Sequence[DocumentMeta] | None = None) -> str:
        """Changes whenever a document is added, replaced or removed."""
        versions = {meta.doc_id: version for meta, version, _ in self.records}
        metas = self.documents() if documents is None else documents
        return "|".join(
            f"{m.doc_id}:{m.sha256}@{versions.get(m.doc_id, '')}"
            for m in sorted(metas, key=lambda m: m.doc_id)
        )

    @property
    def key(self) -> str:
        """Names this set of document versions (a version's chunks never change)."""
        lines = "\n".join(f"{d}@{v}" for d, v in self.versions())
        return hashlib.sha256(lines.encode("utf-8")).hexdigest()[:32]


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


class ChromaStore:
    def __init__(self, settings: Settings, embeddings=None) -> None:  # noqa: ANN001
        self.settings = settings
        self.embeddings = embeddings
        url = settings.effective_chroma_url
        self.embedded = not url
        self.path = str(settings.data_dir / "chroma")
        self.location = mask_url(url) if url else self.path
        self._reopen = threading.Lock()
        self._retired: list[tuple[float, Any]] = []
        self._call(self._open)
        self.max_batch = self._call(self.client.get_max_batch_size)
        self._seen_token = self._state().get("token", "")
        self._served: Served | None = None
        self._token_read: tuple[float, str] | None = None

    def _open(self) -> None:
        from langchain_chroma import Chroma

        prefix = self.settings.store.collection
        self.client = connect(self.settings)
        self.langchain = Chroma(
            collection_name=f"{prefix}_units",
            embedding_function=self.embeddings,
            client=self.client,
            collection_configuration={"hnsw": {"space": "cosine"}},
        )
        self.units = self.client.get_or_create_collection(
            f"{prefix}_units", embedding_function=None
        )
        self.docs = self.client.get_or_create_collection(f"{prefix}_docs", embedding_function=None)
        self.meta = self.client.get_or_create_collection(f"{prefix}_meta", embedding_function=None)

    def refresh(self) -> None:
        """Open the embedded store afresh, so this process sees what others wrote."""
        if not self.embedded:
            return
        with self._reopen:
            old = forget_embedded(self.path)
            self._open()
            now = time.monotonic()
            for since, system in [r for r in self._retired if now - r[0] > _RETIRE_AFTER_S]:
                system.stop()
                self._retired.remove((since, system))
            if old is not None:
                self._retired.append((now, old))

    def _call(self, fn: Callable[[], T]) -> T:
        """Runs a store operation, turning Chroma's failures into our errors. A stale read of
        an embedded store (another process wrote) reopens it and tries again."""
        for attempt in range(_STALE_RETRIES):
            try:
                return fn()
            except Exception as exc:
                if is_unreachable(exc):
                    raise StoreUnavailableError(
                        self.location, str(exc) or type(exc).__name__
                    ) from exc
                if not is_stale(exc):
                    raise
                if attempt == _STALE_RETRIES - 1:
                    raise StoreChangedError(str(exc)) from exc
                self.refresh()
                time.sleep(0.1 * (attempt + 1))
        raise AssertionError("unreachable")

    # -- state and locking ---------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        got = self._call(lambda: self.meta.get(ids=[_STATE_ID], include=["metadatas"]))
        return dict(got["metadatas"][0]) if got["ids"] else {}

    def _set_state(self, **fields: Any) -> None:  # noqa: ANN401 - scalar metadata values
        token = uuid.uuid4().hex
        state = self._state() | fields | {"token": token}
        self._call(lambda: self.meta.upsert(ids=[_STATE_ID], embeddings=[[1.0]], metadatas=[state]))
        self._seen_token = token
        self._token_read = (time.monotonic(), token)

    def _token(self, fresh: bool = False) -> str:
        now = time.monotonic()
        if not fresh and self._token_read and now - self._token_read[0] < _TOKEN_TTL_S:
            return self._token_read[1]
        token = str(self._state().get("token", ""))
        self._token_read = (now, token)
        return token

    def initialised(self) -> bool:
        """Whether anything was ever written here (an emptied store is not a new one).
        Stores made before the marker existed count as initialised once they hold documents."""
        return bool(self._state().get("initialised")) or bool(self.documents())

    def mark_initialised(self, seeded: bool) -> None:
        if not self._state().get("initialised"):
            self._set_state(initialised=True, seeded=seeded)

    def sync(self, fresh: bool = False) -> bool:
        """True when another process changed the store since this one last looked; an embedded
        store is then reopened so the change can be read. ``fresh``: ask the store even if
        this process asked a moment ago."""
        token = self._token(fresh)
        if token == self._seen_token:
            return False
        self._seen_token = token
        self.refresh()
        return True

    def writer_lock(self, purpose: str) -> WriterLock:
        holder = new_holder(purpose)
        if self.embedded:
            return FileWriterLock(self.settings.data_dir, holder)
        return LeaseLock(
            self.meta,
            clock=lambda: self._call(self.client.heartbeat) / 1e9,
            lease_s=self.settings.store.lease_s,
            holder=holder,
        )

    # -- writing -------------------------------------------------------------------------

    def _batches(self, n: int) -> Iterator[slice]:
        size = max(1, min(self.max_batch, 1000))
        for start in range(0, n, size):
            yield slice(start, start + size)

    def _page(self, where: dict, include: list[str], offset: int) -> dict:
        return self._call(
            lambda: self.units.get(
                where=where, include=include, limit=self.max_batch, offset=offset
            )
        )

    def _ids(self, where: dict) -> list[str]:
        out: list[str] = []
        while True:
            got = self._page(where, [], len(out))
            if not got["ids"]:
                return out
            out += got["ids"]

    def add(
        self,
        meta: DocumentMeta,
        chunks: Sequence[Document],
        vectors: np.ndarray,
        lock: WriterLock | None = None,
    ) -> str:
        """Writes the document as a new version, verifies every chunk is there, then makes it
        the served version and deletes the previous one; returns the version. ``lock`` is
        checked just before the switch, so a writer that lost its lease commits nothing."""
        version = uuid.uuid4().hex[:12]
        doc_version = f"{meta.doc_id}@{version}"
        writer = lock.holder.owner if lock else ""
        for part in self._batches(len(chunks)):
            batch = chunks[part]
            metadatas = []
            for c in batch:
                m = dict(c.metadata)
                if m.get("part", 0):
                    m.pop("text", None)  # the full text lives on the unit's first part only
                metadatas.append(m | {"version": version, "doc_version": doc_version,
                                      "writer": writer})  # fmt: skip
            self._call(
                lambda batch=batch, part=part, metadatas=metadatas: self.units.upsert(
                    ids=[self.stored_id(str(c.id), version) for c in batch],
                    embeddings=vectors[part],
                    documents=[c.page_content for c in batch],
                    metadatas=metadatas,
                )
            )
        written = len(self._ids({"doc_version": doc_version}))
        if written != len(chunks):
            self._delete_where({"doc_version": doc_version})
            raise WriteNotVerifiedError(meta.doc_id, written, len(chunks))
        if lock:
            lock.check()
        fence = lock.fence if lock else 0
        if fence:
            replaced = self._switch_fenced(meta, version, len(chunks), fence, lock)
        else:
            self._switch(meta, version, len(chunks))
        # Readers learn of the new version before the old one's chunks go.
        self._set_state(initialised=True)
        if fence:
            # Only the records this one supersedes, and their versions' chunks: decided now,
            # they stay right if this writer stalls here and another writes the document.
            self._drop_records(replaced)
        else:
            self._delete_where(
                {"$and": [{"doc_id": meta.doc_id}, {"doc_version": {"$ne": doc_version}}]}
            )
        return version

    def stored_id(self, chunk_id: str, version: str) -> str:
        """A chunk's id in Chroma: its id within the document, at a version."""
        return f"{chunk_id}@{version}" if version else chunk_id

    def _switch(self, meta: DocumentMeta, version: str, count: int) -> None:
        """Makes ``version`` the served one, then checks it is whole. If it is not (a writer
        that outlived its lease between its check and this switch, while another took over
        and cleaned up), the record served before is put back and the write fails."""
        doc_id = meta.doc_id
        before = self._call(lambda: self.docs.get(ids=[doc_id], include=["metadatas"]))
        record = {"json": meta.model_dump_json(), "version": version, "chunks": count}
        self._call(
            lambda: self.docs.upsert(
                ids=[doc_id], embeddings=[[1.0]], documents=[meta.title], metadatas=[record]
            )
        )
        got = self._call(lambda: self.docs.get(ids=[doc_id], include=["metadatas"]))
        served = got["ids"] and got["metadatas"][0].get("version") == version
        found = len(self._ids({"doc_version": f"{doc_id}@{version}"}))
        if served and found == count:
            return
        if served and before["ids"]:
            previous = before["metadatas"][0]
            self._call(
                lambda: self.docs.upsert(
                    ids=[doc_id], embeddings=[[1.0]], documents=[meta.title], metadatas=[previous]
                )
            )
        elif served:
            self._call(lambda: self.docs.delete(ids=[doc_id]))
        # The record changed and changed back: readers that looked in between look again.
        self._set_state()
        raise WriteNotVerifiedError(doc_id, found if served else 0, count)

    def _record_id(self, doc_id: str, fence: int) -> str:
        return f"{doc_id}#{fence:012d}" if fence else doc_id

    def _records_of(self, doc_id: str) -> list[tuple[str, int, str]]:
        """Every record of ``doc_id`` as (record id, fence, version): the fenced ones, and the
        one under the bare id (the embedded store's, or one written before fences)."""
        got = self._call(lambda: self.docs.get(where={"doc_id": doc_id}, include=["metadatas"]))
        bare = self._call(lambda: self.docs.get(ids=[doc_id], include=["metadatas"]))
        rows = list(zip(got["ids"], got["metadatas"], strict=True))
        fenced = set(got["ids"])
        rows += [r for r in zip(bare["ids"], bare["metadatas"], strict=True) if r[0] not in fenced]
        return [(rid, int(m.get("fence", 0)), str(m.get("version", ""))) for rid, m in rows]

    def _switch_fenced(
        self, meta: DocumentMeta, version: str, count: int, fence: int, lock: WriterLock
    ) -> list[tuple[str, str]]:
        """Writes this writer's record of ``version`` under its fence, then checks that the
        version is whole. If it is not (a writer that stalled past its lease between its
        check and this write, while another took over and cleaned up), the record is deleted
        again, which can only be its own, and the write fails. Returns the records this one
        supersedes (record id, version), listed while the write was verified."""
        doc_id = meta.doc_id
        record_id = self._record_id(doc_id, fence)
        record = {"json": meta.model_dump_json(), "version": version, "chunks": count,
                  "doc_id": doc_id, "fence": fence}  # fmt: skip
        self._call(
            lambda: self.docs.upsert(
                ids=[record_id], embeddings=[[1.0]], documents=[meta.title], metadatas=[record]
            )
        )
        found = len(self._ids({"doc_version": f"{doc_id}@{version}"}))
        if found == count:
            return [(rid, v) for rid, f, v in self._records_of(doc_id) if f < fence]
        self._call(lambda: self.docs.delete(ids=[record_id]))
        self._set_state()  # readers that saw the record look again
        lock.check()  # the usual cause, said as such
        raise WriteNotVerifiedError(doc_id, found, count)

    def _drop_records(self, records: Sequence[tuple[str, str]]) -> None:
        """Deletes document records that nothing serves and their versions' chunks."""
        if not records:
            return
        self._call(lambda: self.docs.delete(ids=[rid for rid, _ in records]))
        versions = sorted({f"{rid.split('#')[0]}@{v}" for rid, v in records if v})
        if versions:
            self._delete_where({"doc_version": {"$in": versions}})

    def _delete_where(self, where: dict) -> None:
        # Ids first, then deletes: deleting while paging would skip records.
        ids = self._ids(where)
        for part in self._batches(len(ids)):
            self._call(lambda part=part: self.units.delete(ids=ids[part]))

    def delete(self, doc_id: str, lock: WriterLock | None = None) -> None:
        """Removes a document: its records, then its chunks. Both are listed, then ``lock``
        checked, then deleted: a writer that stalls after its check deletes only what was
        there while it held the lock, never a version a later writer adds."""
        records = [rid for rid, _, _ in self._records_of(doc_id)]
        ids = self._ids({"doc_id": doc_id})
        if lock:
            lock.check()
        self._call(lambda: self.docs.delete(ids=records or [doc_id]))
        self._set_state(initialised=True)
        for part in self._batches(len(ids)):
            self._call(lambda part=part: self.units.delete(ids=ids[part]))

    def orphans(self) -> list[str]:
        """Doc ids with chunks that no document record serves: writes that never finished."""
        return sorted({doc_id for doc_id, _ in self._abandoned(None)})

    def _abandoned(self, spare_writer: str | None) -> list[tuple[str, str]]:
        """(doc_id, chunk id) of chunks no document record serves, except those of
        ``spare_writer`` (the live writer's own, still being written)."""
        records = self.served(fresh=True).records
        expected = [n for _, v, n in records if v and n >= 0]
        # Every served version holds exactly its recorded chunks: when the store holds no
        # more than that, nothing is abandoned (and the scan below is skipped).
        if len(expected) == len(records) and self._call(self.units.count) == sum(expected):
            return []
        current = sorted(f"{m.doc_id}@{v}" for m, v, _ in records if v)
        legacy = {m.doc_id for m, v, _ in records if not v}
        where = {"doc_version": {"$nin": current or ["\x00none"]}}
        out: list[tuple[str, str]] = []
        seen = 0
        while True:
            got = self._page(where, ["metadatas"], seen)
            if not got["ids"]:
                return out
            seen += len(got["ids"])
            for cid, m in zip(got["ids"], got["metadatas"], strict=True):
                if "doc_version" not in m and m["doc_id"] in legacy:
                    continue  # served: written before versions existed
                if spare_writer and m.get("writer") == spare_writer:
                    continue
                out.append((str(m["doc_id"]), cid))

    def repair(self, lock: WriterLock) -> list[str]:
        """Deletes chunks left by writers that died, and records a later fence superseded
        (under the lock, so no other writer is live: only this one's own chunks are spared).
        Returns the doc ids cleaned.

        What to delete is listed first and the lock checked after: a writer that stalled past
        its lease while listing would otherwise take a later writer's new chunks, not yet
        served in what it read, for abandoned ones."""
        superseded = self.served(fresh=True).superseded
        abandoned = self._abandoned(lock.holder.owner)
        lock.check()
        if superseded:
            self._call(lambda: self.docs.delete(ids=[rid for rid, _ in superseded]))
        ids = [cid for _, cid in abandoned]
        for part in self._batches(len(ids)):
            self._call(lambda part=part: self.units.delete(ids=ids[part]))
        return sorted({doc_id for doc_id, _ in abandoned})

    # -- reading -------------------------------------------------------------------------

    def served(self, fresh: bool = False) -> Served:
        """The documents served now: of each document's records, the one with the highest
        fence. Read again only when the state token has changed (one small read), so asking
        per question costs next to nothing; ``fresh`` asks for the token even so."""
        token = self._token(fresh)
        cached = self._served
        if cached is not None and cached.token == token:
            return cached
        got = self._call(lambda: self.docs.get(include=["metadatas"]))
        best: dict[str, tuple[int, str, tuple[DocumentMeta, str, int]]] = {}
        superseded: list[tuple[str, str]] = []
        for rid, m in zip(got["ids"], got["metadatas"] or [], strict=True):
            meta = DocumentMeta(**json.loads(m["json"]))
            fence, version = int(m.get("fence", 0)), str(m.get("version", ""))
            row = (meta, version, int(m.get("chunks", -1)))
            held = best.get(meta.doc_id)
            if held is None or fence > held[0]:
                if held is not None:
                    superseded.append((held[1], held[2][1]))
                best[meta.doc_id] = (fence, rid, row)
            else:
                superseded.append((rid, version))
        records = sorted((row for _, _, row in best.values()), key=lambda r: r[0].doc_id)
        self._served = Served(token, tuple(records), tuple(sorted(superseded)))
        return self._served

    def _records(self) -> tuple[tuple[DocumentMeta, str, int], ...]:
        return self.served().records

    def documents(self) -> list[DocumentMeta]:
        return self.served().documents()

    def _where(self, doc_ids: Sequence[str] | None) -> dict:
        """The filter for the served chunks of ``doc_ids``, from the records as they are now
        (another process may have replaced a document since the caller last looked)."""
        versions = {meta.doc_id: version for meta, version, _ in self._records()}
        wanted = [d for d in sorted(versions) if doc_ids is None or d in doc_ids]
        current = [f"{d}@{versions[d]}" for d in wanted if versions[d]]
        legacy = [d for d in wanted if not versions[d]]
        clauses = []
        if current:
            clauses.append({"doc_version": {"$in": current}})
        if legacy:
            clauses.append({"doc_id": {"$in": legacy}})
        if not clauses:
            return {"doc_version": {"$in": ["\x00none"]}}
        return clauses[0] if len(clauses) == 1 else {"$or": clauses}

    def search(self, vector: Sequence[float], k: int, doc_ids: Sequence[str] | None) -> list[Hit]:
        """Nearest chunks of the served versions of ``doc_ids`` (None: every document)."""
        where = self._where(doc_ids)
        found = self._call(
            lambda: self.langchain.similarity_search_by_vector_with_relevance_scores(
                np.asarray(vector, dtype=float).tolist(), k=k, filter=where
            )
        )
        # Chroma returns cosine distance; similarity reads better in scores and thresholds.
        return [Hit(_public(doc), 1.0 - float(distance)) for doc, distance in found]

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The ``k`` chunks nearest to ``vector`` by Chroma's HNSW index, unfiltered, as
        (stored id, cosine similarity): the caller keeps those of the versions it serves. No
        metadata filter: filtering by document in Chroma costs time linear in the store."""
        found = self._call(
            lambda: self.units.query(
                query_embeddings=[np.asarray(vector, dtype=np.float32)],
                n_results=k,
                include=["distances"],
            )
        )
        return [
            (cid, 1.0 - float(d))
            for cid, d in zip(found["ids"][0], found["distances"][0], strict=True)
        ]

    def version_rows(
        self, doc_id: str, version: str, chunks: int
    ) -> list[tuple[Document, np.ndarray]] | None:
        """One served version's chunks with their vectors, in document order, ids as stored;
        None when the store does not hold exactly ``chunks`` of them (the version is being
        replaced or removed right now)."""
        where = {"doc_version": f"{doc_id}@{version}"} if version else {"doc_id": doc_id}
        rows = self._collect(where, vectors=True, public=False)
        if version and len(rows) != chunks:
            return None
        return rows

    def _collect(
        self, where: dict, vectors: bool, public: bool = True
    ) -> list[tuple[Document, Any]]:
        """Chunks matching ``where`` in document order, page by page under the batch limit,
        each with the full text of its unit."""
        include = ["metadatas", "documents"] + (["embeddings"] if vectors else [])
        out: list[tuple[Document, Any]] = []
        while True:
            got = self._page(where, include, len(out))
            if not len(got["ids"]):
                break
            found = got["embeddings"] if vectors else [None] * len(got["ids"])
            rows = zip(got["ids"], got["documents"], got["metadatas"], found, strict=True)
            for cid, text, meta, vector in rows:
                doc = Document(id=cid, page_content=text, metadata=dict(meta))
                if public:
                    doc = _public(doc)
                out.append((doc, None if vector is None else np.asarray(vector, dtype=np.float32)))
        out.sort(
            key=lambda r: (r[0].metadata["doc_id"], r[0].metadata["order"], r[0].metadata["part"])
        )
        # Parts after the first share the first part's text (one string, not a copy each).
        full: dict[tuple[str, str], str] = {}
        for doc, _ in out:
            m = doc.metadata
            key = (m["doc_id"], m["unit_id"])
            if m["part"] == 0 or key not in full:
                full[key] = m.get("text", "")
            m["text"] = full[key]
        return out

    def _rows(self, doc_ids: Sequence[str] | None, vectors: bool) -> list[tuple[Document, Any]]:
        """Served chunks in document order."""
        return self._collect(self._where(doc_ids), vectors)

    def chunks(self, doc_ids: Sequence[str] | None = None) -> list[Document]:
        return [doc for doc, _ in self._rows(doc_ids, vectors=False)]

    def chunks_with_vectors(self) -> list[tuple[Document, np.ndarray]]:
        """Every served chunk with its stored embedding (for in-memory scoring)."""
        return self._rows(None, vectors=True)

    def fingerprint(self, documents: Sequence[DocumentMeta] | None = None) -> str:
        """Changes whenever a document is added, replaced or removed."""
        return self.served().fingerprint(documents)


def _public(doc: Document) -> Document:
    """A chunk as callers know it: its id without the version, no bookkeeping metadata."""
    version = doc.metadata.get("version")
    if version and doc.id and doc.id.endswith(f"@{version}"):
        doc.id = doc.id[: -len(version) - 1]
    for key in _INTERNAL:
        doc.metadata.pop(key, None)
    return doc


def open_store(settings: Settings, embeddings=None) -> ChromaStore:  # noqa: ANN001
    return ChromaStore(settings, embeddings)
