"""The text read from a file, kept on disk, keyed by the file's bytes and the readers' code: a
file ingested again, into this home or another that shares the cache, is not read again
(reading a PDF with pdfminer costs about a second a page on two cores; the gold corpus's
seven PDFs take ~55 s, and the eval suite and the tests ingest it several times).

A cache only: a file that cannot be read or written is passed over and the document is read,
never an ingest that fails or a text that differs from the readers'. Any change to the code
of ``ingest`` or to the version of a reading library gives new keys, so a reader that
changes is never answered with the text an older one read."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ingest._cache_db import connect

CACHE_FILE = "readings.sqlite3"
# The libraries whose output the readers turn into text.
_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "beautifulsoup4",
              "markdown-it-py", "lxml")  # fmt: skip


@functools.cache
def readers_version() -> str:
    """What a reading depends on besides the file: every module of ``ingest`` (the readers
    and what they call), byte for byte, and the reading libraries' versions."""
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes() + b"\0")
    for name in _LIBRARIES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    return digest.hexdigest()


class ReadingCache:
    """Texts by sha256 of (readers' version, file suffix, file bytes) in one SQLite file."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / CACHE_FILE

    def _connect(self) -> sqlite3.Connection:
        return connect(self.path, "texts", "text TEXT")

    def read(self, suffix: str, data: bytes, reader: Callable[[], str]) -> str:
        """The text of a file of these bytes, from the cache where it holds it, else
        ``reader()``'s (which may raise: a file that fails to read is not remembered)."""
        digest = hashlib.sha256(f"{readers_version()}\0{suffix.lower()}\0".encode())
        digest.update(data)
        key = digest.hexdigest()
        try:
            with contextlib.closing(self._connect()) as db:
                row = db.execute("SELECT text FROM texts WHERE key = ?", (key,)).fetchone()
        except (sqlite3.Error, OSError):
            row = None  # an unreadable cache: the file is read
        if row is not None:
            return row[0]
        text = reader()
        with (
            contextlib.suppress(sqlite3.Error, OSError),
            contextlib.closing(self._connect()) as db,
            db,
        ):
            db.execute("INSERT OR IGNORE INTO texts (key, text) VALUES (?, ?)", (key, text))
        return text
