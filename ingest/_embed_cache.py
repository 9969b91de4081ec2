"""Unit embeddings kept on disk, keyed by the model and the text: a document ingested again,
into this home or another that shares the cache, is not embedded again (a full gold corpus
takes ~30 s to embed on two cores; the eval suite and the tests build it several times).

A cache only: a file that cannot be read or written is passed over and the texts are
embedded, never an ingest that fails or a vector that differs from the model's."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ingest._cache_db import connect
from ingest.embeddings import MiniLMEmbeddings, model_files

CACHE_FILE = "embeddings.sqlite3"
# SQLite's limit on host parameters in one statement is 32,766 since 3.32; fewer per query
# keeps old builds working and costs nothing measurable.
_KEYS_PER_QUERY = 900


@functools.cache
def _model_digest(model: Path, tokenizer: Path) -> str:
    """The model's identity: its weights and tokenizer, byte for byte."""
    digest = hashlib.sha256()
    for path in (model, tokenizer):
        with path.open("rb") as f:
            for block in iter(lambda f=f: f.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def model_id(embedder: MiniLMEmbeddings) -> str:
    """What an embedding depends on besides its text: the model files and the window."""
    return f"{_model_digest(*model_files())}:{embedder.settings.max_tokens}"


class EmbeddingCache:
    """Vectors by sha256 of (model id, text) in one SQLite file, shared by processes."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / CACHE_FILE

    def _connect(self) -> sqlite3.Connection:
        return connect(self.path, "vectors", "vector BLOB")

    def embed(self, embedder: MiniLMEmbeddings, texts: Sequence[str]) -> np.ndarray:
        """The embeddings of ``texts`` (rows in order), from the cache where it holds them."""
        prefix = model_id(embedder)
        keys = [hashlib.sha256(f"{prefix}\0{t}".encode()).hexdigest() for t in texts]
        width = embedder.dimensions
        found: dict[str, np.ndarray] = {}
        try:
            with contextlib.closing(self._connect()) as db:
                for start in range(0, len(keys), _KEYS_PER_QUERY):
                    part = keys[start : start + _KEYS_PER_QUERY]
                    marks = ",".join("?" * len(part))
                    rows = db.execute(
                        f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part
                    )
                    for key, blob in rows:
                        if len(blob) == width * 4:  # a row of another width is no vector of ours
                            found[key] = np.frombuffer(blob, dtype=np.float32)
        except (sqlite3.Error, OSError):
            found = {}  # an unreadable cache: every text is embedded
        missing = [i for i, k in enumerate(keys) if k not in found]
        out = np.zeros((len(texts), width), dtype=np.float32)
        for i, key in enumerate(keys):
            if key in found:
                out[i] = found[key]
        if missing:
            made = embedder.embed_array([texts[i] for i in missing]).astype(np.float32)
            out[missing] = made
            rows = [(keys[i], made[j].tobytes()) for j, i in enumerate(missing)]
            with (
                contextlib.suppress(sqlite3.Error, OSError),
                contextlib.closing(self._connect()) as db,
                db,
            ):
                db.executemany("INSERT OR IGNORE INTO vectors (key, vector) VALUES (?, ?)", rows)
        return out
