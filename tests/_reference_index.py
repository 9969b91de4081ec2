"""The unit index as it was computed before it was kept on disk (test helper): straight from
every served chunk, with bm25s and Python sets. The index on disk must give the same answers."""

from __future__ import annotations

import bm25s
import numpy as np

from assistant._background import BACKGROUND_FILE
from assistant._segment import proper_words, small_words
from assistant._text import same_name, stems, words


class ReferenceIndex:
    def __init__(self, store) -> None:  # noqa: ANN001 - ingest.ChromaStore
        units: dict[tuple[str, str], dict] = {}
        vectors: dict[tuple[str, str], list[np.ndarray]] = {}
        for chunk, vector in store.chunks_with_vectors():
            m = chunk.metadata
            key = (m["doc_id"], m["unit_id"])
            units.setdefault(key, m)
            vectors.setdefault(key, []).append(vector)
        self.keys = list(units)
        self.meta = units
        self.vectors = {k: np.vstack(v) for k, v in vectors.items()}
        self.vocabulary: dict[str, set[str]] = {}
        self.proper: dict[str, set[str]] = {}
        self.small: dict[str, set[str]] = {}
        corpus = []
        for key in self.keys:
            m = units[key]
            heading = m["section"].rsplit(" › ", 1)[-1]
            corpus.append(stems(f"{heading} {m['text']}") or ["∅"])
            self.vocabulary.setdefault(key[0], set()).update(words(m["text"]))
            self.proper.setdefault(key[0], set()).update(proper_words(m["text"]))
            self.small.setdefault(key[0], set()).update(small_words(m["text"]))
        self.bm25 = bm25s.BM25()
        self.bm25.index(corpus, show_progress=False)
        self.doc_freq: dict[str, int] = {}
        for tokens in corpus:
            for token in set(tokens):
                self.doc_freq[token] = self.doc_freq.get(token, 0) + 1
        # The shipped background (assistant/background.npy), read from its file here; the
        # store's own units only when none is shipped.
        shipped = BACKGROUND_FILE
        stride = max(1, len(self.keys) // 4096)
        self.sample = (
            np.load(shipped).astype(np.float32)
            if shipped.exists()
            else np.vstack([self.vectors[k][0] for k in self.keys[::stride]])
        )

    def idf(self, stem: str) -> float:
        n = max(len(self.keys), 1)
        df = self.doc_freq.get(stem, 0)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def bm25_scores(self, query_stems: list[str]) -> np.ndarray:
        known = [s for s in query_stems if s in self.doc_freq]
        if not known:
            return np.zeros(len(self.keys))
        return np.asarray(self.bm25.get_scores(known))

    def union(self, sets: dict[str, set[str]], doc_ids) -> set[str]:  # noqa: ANN001
        chosen = sets.values() if doc_ids is None else (sets.get(d, set()) for d in doc_ids)
        return set().union(*chosen)

    def known(self, word: str, doc_ids) -> bool:  # noqa: ANN001 - assistant._query._known
        vocabulary = self.union(self.vocabulary, doc_ids)
        return word in vocabulary or any(same_name(word, v) for v in vocabulary)

    def named(self, word: str, doc_ids) -> bool:  # noqa: ANN001
        return any(same_name(word, p) for p in self.union(self.proper, doc_ids))
