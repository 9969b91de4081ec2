"""The unit index of a whole store state as flat arrays, put together from document segments.

Documents come in doc-id order and each one's units, chunks, term counts and words are one
contiguous run of every array, so a document is a slice: an index for a new store state
takes the unchanged documents' slices from the previous one and only the changed documents
from their segments. Terms and words are numbered store-wide; the ones no document holds
any more are dropped, so "is this term in the store" is "does it have a number"."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from assistant._segment import DIMENSIONS, Segment

_FORMAT = 2  # 2: the words each document writes in small letters


@dataclass
class Tables:
    docs: list[str]  # doc ids, sorted
    versions: list[str]  # each document's served version
    doc_start: np.ndarray  # int64, docs + 1: a document's units are [start, end)
    units: list[tuple]  # _segment.UNIT_FIELDS
    chunk_ids: list[str]
    chunk_start: np.ndarray  # int64, units + 1
    vectors: np.ndarray  # float32, chunks x 384
    terms: list[str]
    term_indptr: np.ndarray  # int64, units + 1
    term_ids: np.ndarray  # int32
    term_counts: np.ndarray  # int32
    lengths: np.ndarray  # int32
    words: list[str]
    word_indptr: np.ndarray  # int64, docs + 1
    word_ids: np.ndarray  # int32: each document's words
    proper_indptr: np.ndarray  # int64, docs + 1
    proper_ids: np.ndarray  # int32: the words each document writes as names
    small_indptr: np.ndarray  # int64, docs + 1
    small_ids: np.ndarray  # int32: the words each document writes in small letters

    def doc_slice(self, d: int) -> Piece:
        u0, u1 = int(self.doc_start[d]), int(self.doc_start[d + 1])
        c0, c1 = int(self.chunk_start[u0]), int(self.chunk_start[u1])
        t0, t1 = int(self.term_indptr[u0]), int(self.term_indptr[u1])
        w0, w1 = int(self.word_indptr[d]), int(self.word_indptr[d + 1])
        p0, p1 = int(self.proper_indptr[d]), int(self.proper_indptr[d + 1])
        s0, s1 = int(self.small_indptr[d]), int(self.small_indptr[d + 1])
        return Piece(
            doc_id=self.docs[d],
            version=self.versions[d],
            units=self.units[u0:u1],
            chunk_ids=self.chunk_ids[c0:c1],
            chunk_start=self.chunk_start[u0 : u1 + 1] - c0,
            vectors=self.vectors[c0:c1],
            term_indptr=self.term_indptr[u0 : u1 + 1] - t0,
            term_ids=self.term_ids[t0:t1],
            term_counts=self.term_counts[t0:t1],
            lengths=self.lengths[u0:u1],
            word_ids=self.word_ids[w0:w1],
            proper_ids=self.proper_ids[p0:p1],
            small_ids=self.small_ids[s0:s1],
        )


@dataclass
class Piece:
    """One document's slice, its term and word ids in the numbering of where it came from."""

    doc_id: str
    version: str
    units: list[tuple]
    chunk_ids: list[str]
    chunk_start: np.ndarray
    vectors: np.ndarray
    term_indptr: np.ndarray
    term_ids: np.ndarray
    term_counts: np.ndarray
    lengths: np.ndarray
    word_ids: np.ndarray
    proper_ids: np.ndarray
    small_ids: np.ndarray


def _piece(segment: Segment, terms: dict[str, int], words: dict[str, int]) -> Piece:
    term_map = np.asarray([terms.setdefault(t, len(terms)) for t in segment.terms], np.int32)
    word_ids = [words.setdefault(w, len(words)) for w in segment.words]
    proper_ids = [words.setdefault(w, len(words)) for w in segment.proper]
    small_ids = [words.setdefault(w, len(words)) for w in segment.small]
    return Piece(
        doc_id=segment.doc_id,
        version=segment.version,
        units=segment.units,
        chunk_ids=segment.chunk_ids,
        chunk_start=segment.chunk_start,
        vectors=segment.vectors,
        term_indptr=segment.term_indptr,
        term_ids=term_map[segment.term_ids] if len(term_map) else segment.term_ids,
        term_counts=segment.term_counts,
        lengths=segment.lengths,
        word_ids=np.asarray(word_ids, np.int32),
        proper_ids=np.asarray(proper_ids, np.int32),
        small_ids=np.asarray(small_ids, np.int32),
    )


def _renumbered(previous: Tables, terms: dict[str, int], words: dict[str, int]):  # noqa: ANN202
    term_map = np.asarray([terms.setdefault(t, len(terms)) for t in previous.terms], np.int32)
    word_map = np.asarray([words.setdefault(w, len(words)) for w in previous.words], np.int32)
    return term_map, word_map


def _offsets(parts: Sequence[np.ndarray], sizes: Sequence[int]) -> np.ndarray:
    """Per-piece offset arrays (each starting at 0, one longer than its piece) joined into one."""
    out = [np.zeros(1, np.int64)]
    base = 0
    for part, size in zip(parts, sizes, strict=True):
        out.append(np.asarray(part[1:], np.int64) + base)
        base += size
    return np.concatenate(out)


def _lengths_indptr(lengths: Sequence[int]) -> np.ndarray:
    """Offsets of runs of these lengths laid end to end: [0, l0, l0 + l1, …]."""
    return np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)]).astype(np.int64)


def _compact(names: dict[str, int], *id_arrays: np.ndarray) -> tuple[list[str], list[np.ndarray]]:
    """Drops the names no array refers to and renumbers the arrays."""
    used = np.zeros(len(names), dtype=bool)
    for ids in id_arrays:
        used[ids] = True
    renumber = np.cumsum(used, dtype=np.int64) - 1
    ordered = list(names)
    kept = [name for name, keep in zip(ordered, used, strict=True) if keep]
    return kept, [renumber[ids].astype(np.int32) for ids in id_arrays]


def assemble(
    served: Sequence[tuple[str, str]],
    previous: Tables | None,
    segments: dict[tuple[str, str], Segment],
) -> Tables:
    """The tables for ``served`` ((doc id, version) pairs): a document found in ``previous``
    at the same version is taken from it, the others from ``segments``."""
    terms: dict[str, int] = {}
    words: dict[str, int] = {}
    kept = {}
    if previous is not None:
        kept = {
            (d, v): i for i, (d, v) in enumerate(zip(previous.docs, previous.versions, strict=True))
        }
        term_map, word_map = _renumbered(previous, terms, words)
    pieces: list[Piece] = []
    for doc_id, version in sorted(served):
        if (doc_id, version) in kept:
            piece = previous.doc_slice(kept[(doc_id, version)])  # type: ignore[union-attr]
            piece.term_ids = term_map[piece.term_ids]
            piece.word_ids = word_map[piece.word_ids]
            piece.proper_ids = word_map[piece.proper_ids]
            piece.small_ids = word_map[piece.small_ids]
        else:
            piece = _piece(segments[(doc_id, version)], terms, words)
        pieces.append(piece)
    unit_counts = [len(p.units) for p in pieces]
    term_ids = np.concatenate([np.zeros(0, np.int32), *(p.term_ids for p in pieces)])
    word_ids = np.concatenate([np.zeros(0, np.int32), *(p.word_ids for p in pieces)])
    proper_ids = np.concatenate([np.zeros(0, np.int32), *(p.proper_ids for p in pieces)])
    small_ids = np.concatenate([np.zeros(0, np.int32), *(p.small_ids for p in pieces)])
    term_names, (term_ids,) = _compact(terms, term_ids)
    word_names, (word_ids, proper_ids, small_ids) = _compact(words, word_ids, proper_ids, small_ids)
    return Tables(
        docs=[p.doc_id for p in pieces],
        versions=[p.version for p in pieces],
        doc_start=np.concatenate([[0], np.cumsum(unit_counts)]).astype(np.int64),
        units=[u for p in pieces for u in p.units],
        chunk_ids=[c for p in pieces for c in p.chunk_ids],
        chunk_start=_offsets([p.chunk_start for p in pieces], [len(p.chunk_ids) for p in pieces]),
        vectors=np.concatenate(
            [np.zeros((0, DIMENSIONS), np.float32), *(p.vectors for p in pieces)]
        ),
        terms=term_names,
        term_indptr=_offsets([p.term_indptr for p in pieces], [len(p.term_ids) for p in pieces]),
        term_ids=term_ids,
        term_counts=np.concatenate([np.zeros(0, np.int32), *(p.term_counts for p in pieces)]),
        lengths=np.concatenate([np.zeros(0, np.int32), *(p.lengths for p in pieces)]),
        words=word_names,
        word_indptr=_lengths_indptr([len(p.word_ids) for p in pieces]),
        word_ids=word_ids,
        proper_indptr=_lengths_indptr([len(p.proper_ids) for p in pieces]),
        proper_ids=proper_ids,
        small_indptr=_lengths_indptr([len(p.small_ids) for p in pieces]),
        small_ids=small_ids,
    )


_LISTS = ("docs", "versions", "units", "chunk_ids", "terms", "words")


def save(tables: Tables, path: Path, state: str) -> None:
    """One file, replaced whole: a reader sees the old tables or the new ones."""
    header = {"format": _FORMAT, "state": state} | {n: getattr(tables, n) for n in _LISTS}
    blob = np.frombuffer(json.dumps(header, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    arrays = {f.name: getattr(tables, f.name) for f in fields(Tables) if f.name not in _LISTS}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    marker = np.frombuffer(state.encode("utf-8"), dtype=np.uint8)
    with tmp.open("wb") as out:
        np.savez(out, state=marker, header=blob, **arrays)
    tmp.replace(path)


def saved_state(path: Path) -> str | None:
    """The state the saved tables are of, read without loading them."""
    try:
        with np.load(path, allow_pickle=False) as data:
            return data["state"].tobytes().decode("utf-8")
    except (OSError, ValueError, KeyError):
        return None


def load(path: Path) -> tuple[Tables, str] | None:
    """The tables saved at ``path`` and the state they are of; None when there are none (or
    they were written by another format)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(data["header"].tobytes().decode("utf-8"))
            if header.get("format") != _FORMAT:
                return None
            arrays = {f.name: data[f.name] for f in fields(Tables) if f.name not in _LISTS}
    except (OSError, ValueError, KeyError):
        return None
    header["units"] = [tuple(u) for u in header["units"]]
    lists = {n: header[n] for n in _LISTS}
    return Tables(**lists, **arrays), header["state"]
