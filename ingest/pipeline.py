"""Ingests files into the store: parse, chunk, embed, then write under a lock."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from filelock import FileLock, Timeout
from langchain_core.documents import Document

from congress_qa.offline import ensure_tiktoken_cache
from congress_qa.settings import Settings
from ingest.chunking import chunk_document
from ingest.embeddings import get_embedder
from ingest.errors import IngestError, StoreBusyError, UnknownDocumentError
from ingest.models import DocumentMeta, ParsedDocument
from ingest.parser import parse_text, slugify
from ingest.readers import SUPPORTED, read_document
from ingest.store import ChromaStore, open_store

Status = Literal["added", "replaced", "unchanged", "failed"]
# Called with (files done, files in all, file just worked on).
Progress = Callable[[int, int, str], None]


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
def write_lock(settings: Settings):  # noqa: ANN201
    """One writer at a time; a second one fails at once with a message instead of waiting."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    path = settings.data_dir / "write.lock"
    lock = FileLock(str(path), timeout=settings.store.lock_timeout_s)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreBusyError(str(path)) from exc
    try:
        yield
    finally:
        lock.release()


def parse_file(path: Path, settings: Settings, display_name: str | None = None) -> ParsedDocument:
    name = display_name or path.name
    text = read_document(path, max_mb=settings.ingest.max_file_mb, display_name=name)
    return parse_text(text, doc_id=slugify(Path(name).stem), source_file=Path(name).name)


class Ingestor:
    """Owns the store and the embedder for a run of ingests (models load once)."""

    def __init__(self, settings: Settings, store: ChromaStore | None = None) -> None:
        ensure_tiktoken_cache(settings.data_dir)
        self.settings = settings
        self.embedder = get_embedder(settings.embedding)
        self.store = store or open_store(settings, self.embedder)

    def ingest(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
        display_names: Sequence[str] | None = None,
    ) -> IngestReport:
        """Files are parsed one by one and embedded in windows of a bounded number of chunks
        (batches sorted by length over several files waste little on padding), then each
        document is written whole; memory stays flat however many files there are."""
        started = time.perf_counter()
        report = IngestReport()
        window: list[_Pending] = []
        with write_lock(self.settings):
            self._repair()
            existing = {m.doc_id: m for m in self.store.documents()}

            def flush() -> None:
                self._write(window, report, existing, progress, len(paths))
                window.clear()

            for i, path in enumerate(paths):
                name = display_names[i] if display_names else str(path)
                tick = time.perf_counter()
                try:
                    doc = parse_file(path, self.settings, name)
                except (IngestError, OSError) as exc:
                    message = (
                        str(exc)
                        if isinstance(exc, IngestError)
                        else f"{name}: {exc.strerror or exc}"
                    )
                    report.files.append(FileResult(name, "failed", message=message))
                    if progress:
                        progress(i + 1, len(paths), name)
                    continue
                report.parse_s += time.perf_counter() - tick
                old = existing.get(doc.meta.doc_id)
                if old and old.sha256 == doc.meta.sha256 and old.unit_count == len(doc.units):
                    report.files.append(
                        FileResult(name, "unchanged", doc.meta.doc_id, len(doc.units))
                    )
                    if progress:
                        progress(i + 1, len(paths), name)
                    continue
                tick = time.perf_counter()
                chunks = chunk_document(doc, self.settings.chunking)
                report.embed_s += time.perf_counter() - tick
                window.append(_Pending(i, name, doc, chunks, old is not None))
                if sum(len(p.chunks) for p in window) >= self.settings.ingest.embed_window:
                    flush()
            flush()
        report.seconds = time.perf_counter() - started
        return report

    def _write(
        self,
        window: list[_Pending],
        report: IngestReport,
        existing: dict[str, DocumentMeta],
        progress: Progress | None,
        total: int,
    ) -> None:
        if not window:
            return
        tick = time.perf_counter()
        vectors = self.embedder.embed_array([c.page_content for p in window for c in p.chunks])
        report.embed_s += time.perf_counter() - tick
        offset = 0
        for p in window:
            tick = time.perf_counter()
            self.store.add(p.doc.meta, p.chunks, vectors[offset : offset + len(p.chunks)])
            report.store_s += time.perf_counter() - tick
            offset += len(p.chunks)
            existing[p.doc.meta.doc_id] = p.doc.meta
            status: Status = "replaced" if p.replaced else "added"
            report.files.append(FileResult(p.name, status, p.doc.meta.doc_id, len(p.doc.units)))
            if progress:
                progress(p.index + 1, total, p.name)

    def _repair(self) -> None:
        # Chunks left by an ingest that died before writing its document record.
        for doc_id in self.store.orphans():
            self.store.delete(doc_id)

    def remove(self, doc_id: str) -> None:
        with write_lock(self.settings):
            if doc_id not in {m.doc_id for m in self.store.documents()}:
                raise UnknownDocumentError(doc_id)
            self.store.delete(doc_id)

    def ensure_corpus(self, progress: Progress | None = None) -> IngestReport | None:
        """Ingests the bundled documents when the store holds none; otherwise does nothing."""
        if self.store.documents():
            return None
        return self.ingest(expand_paths([self.settings.ingest.corpus_dir]), progress)
