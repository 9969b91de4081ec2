"""A line that ends in a hyphen after a letter, joined to the line after it.

A PDF does not say whether such a hyphen is soft (typesetting broke one word: "crimi-" +
"nal") or hard (the word is a compound: "non-" + "custodial", "community-" + "based"), so it
is decided from evidence, the strongest first: how the document itself spells the word
elsewhere, then whether the joined string is an English word, then whether the two pieces
are words of their own (a compound) or not (pieces of one word WordNet does not list,
"reinte-" + "gration"). A capital or a digit after the hyphen ("Directorate-" + "General",
"COVID-" + "19") never continues a broken word: the hyphen is the word's own."""

from __future__ import annotations

import re

from ingest.errors import LexiconMissingError
from ingest.wordnet import is_word

_LETTERS = r"[^\W\d_]+"
_HEAD_RE = re.compile(rf"({_LETTERS})-$")
_TAIL_RE = re.compile(rf"^{_LETTERS}")
# Words as the document writes them, hyphenated compounds whole ("non-custodial").
_WORD_RE = re.compile(rf"{_LETTERS}(?:-{_LETTERS})*")


class Spellings:
    """The words of a document's lines, lowercased: each whole, and each pair that a hyphen
    joins inside a line ("non-custodial")."""

    def __init__(self, lines: list[str]) -> None:
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        for line in lines:
            for word in _WORD_RE.findall(line.lower()):
                pieces = word.split("-")
                self.words.update(pieces)
                self.compounds.update(f"{a}-{b}" for a, b in zip(pieces, pieces[1:], strict=False))


def _soft(head: str, tail: str, spellings: Spellings) -> bool:
    joined = (head + tail).lower()
    if joined in spellings.words:
        return True
    if f"{head}-{tail}".lower() in spellings.compounds:
        return False
    try:
        return is_word(joined) or not (is_word(head) and is_word(tail))
    except LexiconMissingError:
        return True  # no lexicon: typesetting's soft hyphen is the commoner case


def join_at_hyphen(previous: str, line: str, spellings: Spellings) -> str | None:
    """``previous`` and ``line`` as one line when ``previous`` ends in a hyphen after a
    letter and ``line`` goes on with a letter or a digit; None when they stay two lines."""
    head = _HEAD_RE.search(previous)
    if not head or not line[:1].isalnum():
        return None
    if not line[:1].islower():
        return previous + line  # "Directorate-General", "COVID-19"
    tail = _TAIL_RE.match(line)
    if tail and _soft(head.group(1), tail.group(0), spellings):
        return previous[:-1] + line  # "crimi-" + "nal"
    return previous + line  # "non-" + "custodial"
