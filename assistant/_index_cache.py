"""Where a store's unit index is kept on disk, and how it is brought to the store's state.

Under ``<data dir>/index/<store>/``:

* ``tables.npz``: the whole index of the last state a process assembled (replaced whole);
* ``segments/``: one file per document version that a process here wrote or read from the
  store and that ``tables.npz`` does not hold yet.

A process that starts on an unchanged store loads ``tables.npz`` and reads nothing else. After
an ingest or a removal (by any process, any client of a shared server) the documents whose
version did not change are taken from the index it had; a new version comes from its segment
file, or failing that is read from the store (only that document) and made into one. A
document version's chunks never change, so a segment is valid for as long as its version is
served."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant import _segment, _tables
from assistant._segment import Segment
from assistant._tables import Tables
from congress_qa.textnorm import FOLD_VERSION

# Files of versions no longer served, and temporary files of writers that died, are removed
# once this old: long enough that no live process is still reading or writing them.
_STALE_S = 3600.0

Fetch = Callable[[str, str], Segment]


def folder_for(data_dir: Path, location: str, collection: str) -> Path:
    """The index folder of one store (a data directory may be a client of several). It
    holds folded words and names read from the text, so a change of ``fold`` or of that
    reading gives it a new folder, rebuilt from the store."""
    key = f"{location}\n{collection}\nfold {FOLD_VERSION}\nderived {_segment.DERIVED_VERSION}"
    name = hashlib.sha256(key.encode()).hexdigest()[:16]
    return data_dir / "index" / name


class IndexCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.tables_path = folder / "tables.npz"
        self.segments = folder / "segments"

    def segment_path(self, doc_id: str, version: str) -> Path:
        # Doc ids may hold any script: the file is named by a hash of the id.
        name = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:20]
        return self.segments / f"{name}-{version or 'unversioned'}.npz"

    def put(self, segment: Segment) -> None:
        _segment.save(segment, self.segment_path(segment.doc_id, segment.version))

    def _segment(self, doc_id: str, version: str, fetch: Fetch) -> Segment:
        path = self.segment_path(doc_id, version)
        try:
            found = _segment.load(path)
            if (found.doc_id, found.version) == (doc_id, version):
                return found
        except (OSError, ValueError, KeyError):
            pass  # missing, or half of a file from a writer that died: read from the store
        segment = fetch(doc_id, version)
        self.put(segment)
        return segment

    def tables(
        self,
        served: Sequence[tuple[str, str]],
        state: str,
        previous: tuple[Tables, str] | None,
        fetch: Fetch,
    ) -> Tables:
        """The index tables for ``served`` (doc id, version) at ``state``, from ``previous``
        (this process's last ones), the saved tables and segments, and the store."""
        if previous is not None and previous[1] == state:
            return previous[0]
        if _tables.saved_state(self.tables_path) == state:
            saved = _tables.load(self.tables_path)
            if saved is not None and saved[1] == state:
                return saved[0]
        if previous is None:
            previous = _tables.load(self.tables_path)  # another state: a base to start from
        base = previous[0] if previous else None
        have = set(zip(base.docs, base.versions, strict=True)) if base else set()
        segments = {(d, v): self._segment(d, v, fetch) for d, v in served if (d, v) not in have}
        tables = _tables.assemble(served, base, segments)
        _tables.save(tables, self.tables_path, state)
        self._tidy(set(served))
        return tables

    def _tidy(self, served: set[tuple[str, str]]) -> None:
        """Segments now held by ``tables.npz`` go; so do old ones of versions no longer
        served and old temporary files."""
        if not self.segments.is_dir():
            return
        held = {self.segment_path(d, v).name for d, v in served}
        now = time.time()
        for path in self.segments.iterdir():
            try:
                if path.name in held or now - path.stat().st_mtime > _STALE_S:
                    path.unlink(missing_ok=True)
            except OSError:
                continue  # another process tidied it first
        for path in self.folder.glob("*.tmp"):
            try:
                if now - path.stat().st_mtime > _STALE_S:
                    path.unlink(missing_ok=True)
            except OSError:
                continue
