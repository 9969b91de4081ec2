"""One document version's share of the unit index: its units, their stored vectors, their
BM25 term counts and the document's words. Made once per version (from the chunks just
written, or read back from the store) and kept on disk, because the lexical side costs about
a millisecond a unit: far too much to redo for every unit at every start."""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.documents import Document

from assistant._text import STOPWORDS, raw_words, sentences, stem_words, words

DIMENSIONS = 384
# Fields of a unit, in the order they are stored.
UNIT_FIELDS = ("unit_id", "kind", "order", "text", "section", "lead_in", "parent")
EMPTY_TERM = "∅"  # the one token of a unit with no word, so every unit has a length


@dataclass
class Segment:
    doc_id: str
    version: str
    units: list[tuple]  # UNIT_FIELDS, in document order
    chunk_ids: list[str]  # as stored (with the version), in unit order then part order
    chunk_start: np.ndarray  # int64, units + 1: a unit's chunks are rows [start, end)
    vectors: np.ndarray  # float32, chunks x 384
    terms: list[str]  # this document's BM25 terms
    term_indptr: np.ndarray  # int64, units + 1
    term_ids: np.ndarray  # int32, distinct terms of each unit
    term_counts: np.ndarray  # int32
    lengths: np.ndarray  # int32, tokens per unit (repeats included)
    words: list[str]  # every folded word of the document's text
    proper: list[str]  # the words it writes as names
    small: list[str]  # the words it writes in small letters somewhere

    @property
    def key(self) -> str:
        return f"{self.doc_id}@{self.version}"


# Raised whenever what a segment derives from its text changes (the words it writes as names
# or in small letters, its BM25 terms, which leave out ``STOPWORDS``): index folders made
# before are rebuilt from the store, not misread.
DERIVED_VERSION = 5
# Two capitalised words with only a space between them open the sentence: "Björn Åkesson",
# not "Distr.: General", "Mr. Ali" or "Year | 2024".
_OPENING_NAMES_RE = re.compile(r"([^\W\d_][\w'’-]*) +[^\W\d_a-z]")


def small_words(text: str) -> set[str]:
    """The (folded) words a text writes in small letters somewhere: "internet" where it
    speaks of "the internet"; never "bellandi"."""
    return {w for t in raw_words(text) if t[:1].islower() for w in words(t)}


def proper_words(text: str) -> set[str]:
    """The (folded) words a text writes as names: capitalised mid-sentence or in capitals."""
    names = []
    # Words the text also writes in lower case are no names where they open a sentence.
    common = small_words(text)
    for line in text.split("\n"):
        for sentence in sentences(line):
            tokens = raw_words(sentence)
            names += [
                t
                for i, t in enumerate(tokens)
                if (len(t) > 1 and t.isupper()) or (i > 0 and t[:1].isupper())
            ]
            # A name that opens a sentence is known by the name it runs into: "Björn Åkesson
            # (Sweden) presented …", where "Björn" is never written anywhere else.
            run = _OPENING_NAMES_RE.match(sentence)
            if run and not set(words(run.group(1))) & (STOPWORDS | common):
                names.append(run.group(1))
    return {w for n in names for w in words(n)}


def build(doc_id: str, version: str, rows: Sequence[tuple[Document, np.ndarray]]) -> Segment:
    """From the document's chunks (ids as stored, metadata with each unit's full text) and
    their vectors, in document order."""
    units: list[tuple] = []
    chunk_ids: list[str] = []
    starts: list[int] = []
    seen: set[str] = set()
    for i, (doc, _) in enumerate(rows):
        m = doc.metadata
        if m["unit_id"] not in seen:
            seen.add(m["unit_id"])
            starts.append(i)
            units.append(tuple(m[f] if f != "parent" else m[f] or "" for f in UNIT_FIELDS))
        chunk_ids.append(str(doc.id))
    starts.append(len(rows))
    vectors = (
        np.vstack([np.asarray(v, dtype=np.float32) for _, v in rows])
        if rows
        else np.zeros((0, DIMENSIONS), dtype=np.float32)
    )
    terms: dict[str, int] = {}
    indptr, ids, counts, lengths = [0], [], [], []
    vocabulary: set[str] = set()
    proper: set[str] = set()
    small: set[str] = set()
    headings: dict[str, list[str]] = {}
    for unit in units:
        text, section = unit[3], unit[4]
        heading = section.rsplit(" › ", 1)[-1]
        if heading not in headings:
            headings[heading] = words(heading)
        said = words(text)
        vocabulary.update(said)
        proper |= proper_words(text)
        small |= small_words(text)
        # The BM25 tokens are the stems of the heading and the text, stopwords out. Words of
        # "heading text" are the heading's then the text's, unless the text starts with a
        # combining mark (which would join the space before it).
        joined = (
            words(f"{heading} {text}")
            if text and unicodedata.combining(text[0])
            else headings[heading] + said
        )
        tokens = stem_words([w for w in joined if w not in STOPWORDS])
        tokens = tokens or [EMPTY_TERM]
        for term, n in Counter(tokens).items():
            ids.append(terms.setdefault(term, len(terms)))
            counts.append(n)
        indptr.append(len(ids))
        lengths.append(len(tokens))
    return Segment(
        doc_id=doc_id,
        version=version,
        units=units,
        chunk_ids=chunk_ids,
        chunk_start=np.asarray(starts, dtype=np.int64),
        vectors=vectors,
        terms=list(terms),
        term_indptr=np.asarray(indptr, dtype=np.int64),
        term_ids=np.asarray(ids, dtype=np.int32),
        term_counts=np.asarray(counts, dtype=np.int32),
        lengths=np.asarray(lengths, dtype=np.int32),
        words=sorted(vocabulary),
        proper=sorted(proper),
        small=sorted(small),
    )


_ARRAYS = ("chunk_start", "vectors", "term_indptr", "term_ids", "term_counts", "lengths")


def save(segment: Segment, path: Path) -> None:
    """Written whole or not at all (a temporary file, then renamed)."""
    header = {
        "doc_id": segment.doc_id,
        "version": segment.version,
        "units": segment.units,
        "chunk_ids": segment.chunk_ids,
        "terms": segment.terms,
        "words": segment.words,
        "proper": segment.proper,
        "small": segment.small,
    }
    blob = np.frombuffer(json.dumps(header, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    with tmp.open("wb") as out:
        np.savez(out, header=blob, **{name: getattr(segment, name) for name in _ARRAYS})
    tmp.replace(path)


def load(path: Path) -> Segment:
    with np.load(path, allow_pickle=False) as data:
        header = json.loads(data["header"].tobytes().decode("utf-8"))
        arrays = {name: data[name] for name in _ARRAYS}
    header["units"] = [tuple(u) for u in header["units"]]
    return Segment(**header, **arrays)
