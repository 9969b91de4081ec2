"""The documents' words, looked up per question without scanning the vocabulary: by the word
itself, or by the first letters a name shares with its other forms (``same_name``: Sweden /
Swedish share "swed")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from assistant._text import _NAME_STEM, name_key, same_name


class WordSets:
    """For each document, a set of word ids into ``words``; queried by word and by document."""

    def __init__(self, words: list[str], indptr: np.ndarray, ids: np.ndarray) -> None:
        self.words = words
        self.indptr = indptr
        self.ids = ids
        docs = len(indptr) - 1
        owner = np.repeat(np.arange(docs, dtype=np.int32), np.diff(indptr))
        order = np.argsort(ids, kind="stable")
        # Word-major: the documents holding word w are docs_of[by_word[w]:by_word[w+1]].
        self.docs_of = owner[order]
        self.by_word = np.zeros(len(words) + 1, dtype=np.int64)
        np.cumsum(np.bincount(ids, minlength=len(words)), out=self.by_word[1:])
        self.position = {w: i for i, w in enumerate(words)}
        self._stems: dict[str, list[int]] | None = None
        self.union = lru_cache(maxsize=16)(self._union)

    def _union(self, docs: tuple[int, ...] | None) -> frozenset[str]:
        if docs is None:
            chosen = self.ids
        else:
            chosen = np.concatenate(
                [np.zeros(0, np.int32)]
                + [self.ids[self.indptr[d] : self.indptr[d + 1]] for d in docs]
            )
        return frozenset(self.words[i] for i in np.unique(chosen))

    def _held(self, word_id: int, docs: np.ndarray | None) -> bool:
        start, end = self.by_word[word_id], self.by_word[word_id + 1]
        if docs is None:
            return end > start
        return bool(docs[self.docs_of[start:end]].any())

    def _like(self, word: str) -> list[int]:
        """Ids of the words sharing ``word``'s first letters: the only ones ``same_name``
        can match (it needs a common start of ``_NAME_STEM`` letters)."""
        if self._stems is None:
            stems: dict[str, list[int]] = {}
            for i, w in enumerate(self.words):
                key = name_key(w)
                if len(key) >= _NAME_STEM:
                    stems.setdefault(key[:_NAME_STEM], []).append(i)
                if key != w:  # "d'ivoire" is found by its own letters as well
                    stems.setdefault(w[:_NAME_STEM], []).append(i)
            self._stems = stems
        key = name_key(word)
        return self._stems.get(key[:_NAME_STEM], []) if len(key) >= _NAME_STEM else []

    def has(self, word: str, docs: np.ndarray | None) -> bool:
        found = self.position.get(word)
        return found is not None and self._held(found, docs)

    def has_like(self, word: str, docs: np.ndarray | None) -> bool:
        """Whether a chosen document holds ``word`` or a word ``same_name`` matches to it."""
        if self.has(word, docs):
            return True
        return any(self._held(i, docs) for i in self._like(word) if same_name(word, self.words[i]))


def doc_numbers(docs: Sequence[str], doc_ids: Sequence[str] | None) -> tuple[int, ...] | None:
    if doc_ids is None:
        return None
    position = {d: i for i, d in enumerate(docs)}
    return tuple(sorted({position[d] for d in doc_ids if d in position}))
