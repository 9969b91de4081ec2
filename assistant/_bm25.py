"""BM25 (the Lucene variant bm25s computes by default) over a sparse term matrix, built and
queried with array operations: no Python loop over units, when indexing or when scoring.

A question's score for a unit is the sum over its terms of
``idf(t) * tf / (tf + k1 * (1 - b + b * len / avg_len))`` with
``idf(t) = log(1 + (N - df + 0.5) / (df + 0.5))``, as in ``bm25s.BM25()``: the figures are
bm25s's, to the float (``tests/test_bm25.py`` holds them side by side). The scores of each
term's postings are computed once per store state; a question then touches only the postings
of its own terms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

K1 = 1.5
B = 0.75


def idf(df: np.ndarray | int, n: int) -> np.ndarray:
    return np.log(1 + (n - np.asarray(df, dtype=np.float64) + 0.5) / (np.asarray(df) + 0.5))


@dataclass(frozen=True)
class Postings:
    """Term-major scores: the units holding term ``t`` are ``indices[indptr[t]:indptr[t+1]]``
    and their scores for it ``scores[...]`` (each unit once per term)."""

    indptr: np.ndarray  # int64, terms + 1
    indices: np.ndarray  # int32, unit positions
    scores: np.ndarray  # float32
    units: int

    @classmethod
    def build(
        cls,
        unit_indptr: np.ndarray,
        term_ids: np.ndarray,
        counts: np.ndarray,
        lengths: np.ndarray,
        terms: int,
    ) -> Postings:
        """From the unit-major term counts: unit ``u`` holds ``term_ids[unit_indptr[u]:
        unit_indptr[u+1]]`` (distinct), ``counts`` times each, in ``lengths[u]`` tokens."""
        units = len(lengths)
        if not units:
            return cls(np.zeros(terms + 1, np.int64), np.zeros(0, np.int32),
                       np.zeros(0, np.float32), 0)  # fmt: skip
        owner = np.repeat(np.arange(units, dtype=np.int32), np.diff(unit_indptr))
        df = np.bincount(term_ids, minlength=terms)
        average = float(np.asarray(lengths, dtype=np.float64).mean())
        tf = counts.astype(np.float32)
        # The same roundings as bm25s: idf kept as float32, the length norm in float64, the
        # product stored as float32.
        norm = K1 * ((1 - B) + B * lengths[owner].astype(np.float64) / average)
        weight = idf(df, units).astype(np.float32)[term_ids]
        scores = (weight * (tf / (norm + tf))).astype(np.float32)
        order = np.argsort(term_ids, kind="stable")
        indptr = np.zeros(terms + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        return cls(indptr, owner[order], scores[order], units)

    def score(self, term_ids: Sequence[int]) -> np.ndarray:
        """Every unit's score for the terms (a term asked twice counts twice, as in bm25s)."""
        out = np.zeros(self.units, dtype=np.float32)
        for t in term_ids:
            start, end = self.indptr[t], self.indptr[t + 1]
            # A unit appears once per term: plain fancy-index addition is exact here.
            out[self.indices[start:end]] += self.scores[start:end]
        return out


def top(scores: np.ndarray, allowed: np.ndarray | None, k: int) -> np.ndarray:
    """Positions of the ``k`` best positive scores among ``allowed`` units, best first; ties
    in unit order."""
    mask = scores > 0
    if allowed is not None:
        mask &= allowed
    found = np.flatnonzero(mask)
    if len(found) > k:
        # Everything scoring at least the k-th best, so ties at the cut are decided below.
        kth = np.partition(scores[found], len(found) - k)[len(found) - k]
        found = found[scores[found] >= kth]
    order = np.lexsort((found, -scores[found]))
    return found[order][:k]
