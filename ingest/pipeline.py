"""Ingests files into the store: parse, chunk, embed, then write under a lock."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from langchain_core.documents import Document

from congress_qa.offline import ensure_tiktoken_cache
from congress_qa.settings import Settings
from ingest._embed_cache import EmbeddingCache
from ingest._ids import slugify
from ingest._lock import WriterLock, current_writer
from ingest.chunking import chunk_document
from ingest.embeddings import get_embedder
from ingest.errors import (
    IdCollisionError,
    IngestError,
    StoreBusyError,
    StoreError,
    UnknownDocumentError,
)
from ingest.models import DocumentMeta, ParsedDocument
from ingest.parser import parse_text
from ingest.readers import SUPPORTED, ReadingCache, read_document
from ingest.store import ChromaStore, open_store

Status = Literal["added", "replaced", "unchanged", "failed"]
# Called with (files done, files in all, file just worked on).
Progress = Callable[[int, int, str], None]
# Told what start-up is doing (a line for the user).
Say = Callable[[str], None]
# Told of every document version committed: (doc id, version, number of chunks).
Committed = Callable[[str, str, int], None]


@dataclass
class FileResult:
    path: str
    status: Status
    doc_id: str = ""
    units: int = 0
    message: str = ""


@dataclass
class _Pending:
    """A parsed document waiting in the embedding window."""

    index: int
    name: str
    doc: ParsedDocument
    chunks: list[Document]
    replaced: bool


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    parse_s: float = 0.0
    embed_s: float = 0.0
    store_s: float = 0.0
    index_s: float = 0.0  # keeping each committed version's share of the unit index

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def count(self, status: Status) -> int:
        return sum(1 for f in self.files if f.status == status)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the supported files inside given folders (sorted, recursive).
    Unsupported files named directly are kept so they are reported, not silently skipped."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED
            )
        else:
            out.append(path)
    return out


@contextmanager
def write_lock(
    store: ChromaStore, settings: Settings, purpose: str, say: Say | None = None
) -> Iterator[WriterLock]:
    """One writer at a time per store; a second one fails at once with a message (or waits
    ``store.lock_timeout_s``). Seeding a new store takes a second, so a writer that finds
    one seeding waits for it (``store.startup_wait_s``) rather than fail."""
    lock = store.writer_lock(purpose)
    try:
        lock.acquire(settings.store.lock_timeout_s, _waiting(say, settings.store.lock_timeout_s))
    except StoreBusyError as busy:
        if busy.purpose != "seed" and purpose != "seed":
            raise
        lock.acquire(settings.store.startup_wait_s, _waiting(say, settings.store.startup_wait_s))
    try:
        # Another process may have written since this one opened the store.
        store.sync(fresh=True)
        yield lock
    finally:
        lock.release()


def _waiting(say: Say | None, wait_s: float) -> Callable[[str], None]:
    def tell(holder: str) -> None:
        if say:
            say(
                f"Another process is writing to the store ({holder}); waiting for it "
                f"(up to {wait_s:g}s)…"
            )

    return tell


def _tell_if_writing(settings: Settings, say: Say | None) -> None:
    """Said before an embedded store is opened, because opening it waits while another
    process is inside a write (chromadb #7040): without this line a frozen or slow writer
    leaves the user looking at a silent command."""
    if say is None or settings.effective_chroma_url:
        return
    holder = current_writer(settings.data_dir)
    if holder is not None:
        say(
            f"Another process is writing to the store ({holder.describe()}); waiting for it "
            "to finish its current write before the store can be opened…"
        )


def parse_file(
    path: Path,
    settings: Settings,
    display_name: str | None = None,
    cache: ReadingCache | None = None,
) -> ParsedDocument:
    """The parsed document; its id is made from the file's name (``_ids.slugify``)."""
    name = display_name or path.name
    max_mb = settings.ingest.max_file_mb
    text = read_document(path, max_mb=max_mb, display_name=name, cache=cache)
    return parse_text(text, doc_id=slugify(Path(name).stem), source_file=Path(name).name)


def cache_folder(settings: Settings) -> Path:
    """Where the embedding and reading caches are kept (``embedding.cache_dir``, else the data
    folder's ``cache``)."""
    return (settings.embedding.cache_dir or settings.data_dir / "cache").expanduser()


class Ingestor:
    """Owns the store and the embedder for a run of ingests (models load once)."""

    def __init__(
        self, settings: Settings, store: ChromaStore | None = None, say: Say | None = None
    ) -> None:
        ensure_tiktoken_cache(settings.data_dir)
        self.settings = settings
        self.say = say  # told when this process has to wait for another writer
        self.embedder = get_embedder(settings.embedding)
        folder = cache_folder(settings)
        self.cache = EmbeddingCache(folder) if settings.embedding.cache else None
        self.readings = ReadingCache(folder) if settings.ingest.cache else None
        if store is None:
            _tell_if_writing(settings, say)
        self.store = store or open_store(settings, self.embedder)
        self.on_commit: list[Committed] = []

    def ingest(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
        display_names: Sequence[str] | None = None,
    ) -> IngestReport:
        """Files are parsed one by one and embedded in windows of a bounded number of chunks
        (batches sorted by length over several files waste little on padding), then each
        document is written whole; memory stays flat however many files there are."""
        with write_lock(self.store, self.settings, "ingest", self.say) as lock:
            return self._ingest(lock, paths, progress, display_names)

    def _ingest(
        self,
        lock: WriterLock,
        paths: Sequence[Path],
        progress: Progress | None,
        display_names: Sequence[str] | None,
        seeding: bool = False,
    ) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        window: list[_Pending] = []
        names = [display_names[i] if display_names else str(p) for i, p in enumerate(paths)]
        try:
            self._repair(lock)
            existing = {m.doc_id: m for m in self.store.documents()}
            claimed: dict[str, str] = {}

            def flush() -> None:
                self._write(lock, window, report, existing, progress, len(paths))
                window.clear()

            for i, path in enumerate(paths):
                pending = self._prepare(i, path, names[i], report, existing, claimed)
                if pending is None:
                    if progress:
                        progress(i + 1, len(paths), names[i])
                    continue
                window.append(pending)
                if sum(len(p.chunks) for p in window) >= self.settings.ingest.embed_window:
                    flush()
            flush()
        except StoreError as exc:
            # The store went away or this writer lost its lock: what was committed is
            # reported as such, every other file as failed with the reason.
            done = {f.path for f in report.files}
            report.files += [FileResult(n, "failed", message=f"{n}: {exc}") for n in names
                             if n not in done]  # fmt: skip
        if any(f.status != "failed" for f in report.files):
            self.store.mark_initialised(seeded=seeding)
        report.seconds = time.perf_counter() - started
        return report

    def _prepare(
        self,
        i: int,
        path: Path,
        name: str,
        report: IngestReport,
        existing: dict[str, DocumentMeta],
        claimed: dict[str, str],
    ) -> _Pending | None:
        """Parses one file; None when it is done with (failed, unchanged or a collision)."""
        tick = time.perf_counter()
        try:
            doc = parse_file(path, self.settings, name, self.readings)
            doc_id = doc.meta.doc_id
            old = existing.get(doc_id)
            if doc_id in claimed:
                raise IdCollisionError(name, doc_id, f"{claimed[doc_id]} in this ingest")
            if old and old.source_file and old.source_file != doc.meta.source_file:
                raise IdCollisionError(name, doc_id, f"{old.source_file} in the store")
        except (IngestError, OSError) as exc:
            message = str(exc) if isinstance(exc, IngestError) else f"{name}: {exc.strerror or exc}"
            report.files.append(FileResult(name, "failed", message=message))
            return None
        claimed[doc_id] = name
        report.parse_s += time.perf_counter() - tick
        if old and old.sha256 == doc.meta.sha256 and old.unit_count == len(doc.units):
            report.files.append(FileResult(name, "unchanged", doc_id, len(doc.units)))
            return None
        tick = time.perf_counter()
        chunks = chunk_document(doc, self.settings.chunking)
        report.embed_s += time.perf_counter() - tick
        return _Pending(i, name, doc, chunks, old is not None)

    def _write(
        self,
        lock: WriterLock,
        window: list[_Pending],
        report: IngestReport,
        existing: dict[str, DocumentMeta],
        progress: Progress | None,
        total: int,
    ) -> None:
        if not window:
            return
        tick = time.perf_counter()
        texts = [c.page_content for p in window for c in p.chunks]
        if self.cache:
            vectors = self.cache.embed(self.embedder, texts)
        else:
            vectors = self.embedder.embed_array(texts)
        report.embed_s += time.perf_counter() - tick
        offset = 0
        for p in window:
            tick = time.perf_counter()
            part = vectors[offset : offset + len(p.chunks)]
            offset += len(p.chunks)
            version = self.store.add(p.doc.meta, p.chunks, part, lock=lock)
            report.store_s += time.perf_counter() - tick
            tick = time.perf_counter()
            for listener in self.on_commit:
                # A cache that cannot be written: readers read the store instead.
                with contextlib.suppress(OSError):
                    listener(p.doc.meta.doc_id, version, len(p.chunks))
            report.index_s += time.perf_counter() - tick
            existing[p.doc.meta.doc_id] = p.doc.meta
            status: Status = "replaced" if p.replaced else "added"
            report.files.append(FileResult(p.name, status, p.doc.meta.doc_id, len(p.doc.units)))
            if progress:
                progress(p.index + 1, total, p.name)

    def _repair(self, lock: WriterLock) -> None:
        # Chunks of writers that died before their document record was written.
        self.store.repair(lock)

    def remove(self, doc_id: str) -> None:
        with write_lock(self.store, self.settings, "remove", self.say) as lock:
            if doc_id not in {m.doc_id for m in self.store.documents()}:
                raise UnknownDocumentError(doc_id)
            self.store.delete(doc_id, lock)

    def ensure_corpus(
        self, progress: Progress | None = None, say: Say | None = None
    ) -> IngestReport | None:
        """Ingests the bundled documents into a new store, once. A store emptied by the user
        is left empty; a store another process is filling is waited for, then left alone."""
        say = say or self.say
        if self.store.initialised():
            return None
        with write_lock(self.store, self.settings, "seed", say) as lock:
            if self.store.initialised():
                return None
            corpus = self.settings.ingest.corpus_dir
            if say:
                say(f"The store is new: ingesting the bundled documents from {corpus}…")
            return self._ingest(lock, expand_paths([corpus]), progress, None, seeding=True)
