"""The SQLite file an ingest cache keeps its rows in (``_embed_cache``, ``_read_cache``):
one key-value table, shared by processes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Seconds a writer waits for another process's write (ingests in parallel share a cache).
_BUSY_TIMEOUT_S = 30.0


def connect(path: Path, table: str, value: str) -> sqlite3.Connection:
    """The cache file at ``path``, made with its table ``table`` (key, ``value``) if new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S)
    db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, {value} NOT NULL) WITHOUT ROWID"
    )
    return db
