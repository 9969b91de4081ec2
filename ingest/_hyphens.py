"""A line that ends in a hyphen after a letter, joined to the line after it.

A PDF does not say whether such a hyphen is soft (typesetting broke one word: "crimi-" +
"nal") or hard (the word is a compound: "non-" + "custodial", "community-" + "based"), so it
is decided from evidence, the strongest first: how the document itself spells the word
elsewhere, then whether WordNet lists the hyphenated compound ("follow-up"), then whether
the piece after the hyphen is a word at all (not: a piece of one word, "crimi-" + "nal",
"reinte-" + "gration"). When it is a word, the hyphen may be either, and the document's
other line ends weigh in: only a typesetter's hyphenation breaks words inside (a line end
that joins into a known word whose second piece is no word). In a document that never
does, as Word leaves a report, a line-end hyphen is a compound's own ("cyber-" +
"enabled", "counter-" + "terrorism") unless the first piece is no word and the joined
string is one ("com-" + "pounds"; "socio-" + "economic" reads "socioeconomic" too). In one
that does, the joined string being a word, or the first piece not being one, says soft. A
capital or a digit after the hyphen ("Directorate-" + "General", "COVID-" + "19") never
continues a broken word: the hyphen is the word's own."""

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
    joins inside a line ("non-custodial"); and the pieces its line ends hyphenate."""

    def __init__(self, lines: list[str]) -> None:
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        for line in lines:
            for word in _WORD_RE.findall(line.lower()):
                pieces = word.split("-")
                self.words.update(pieces)
                self.compounds.update(f"{a}-{b}" for a, b in zip(pieces, pieces[1:], strict=False))
        self.breaks = [
            pieces for a, b in zip(lines, lines[1:], strict=False) if (pieces := _pieces(a, b))
        ]
        self._typeset: bool | None = None

    def typeset(self) -> bool:
        """Some line end of the document breaks a word inside it: the joined string is a
        word (of the document or WordNet's) and the piece after the hyphen is none
        ("crimi-" + "nal"), which only a typesetter's hyphenation does. Asked once, on the
        first line end whose hyphen the other evidence leaves open."""
        if self._typeset is None:
            self._typeset = any(
                ((h + t).lower() in self.words or is_word(h + t)) and not is_word(t)
                for h, t in self.breaks
            )
        return self._typeset


def _pieces(previous: str, line: str) -> tuple[str, str] | None:
    """The letters before a line-end hyphen and the small letters after it."""
    head = _HEAD_RE.search(previous)
    tail = _TAIL_RE.match(line) if line[:1].islower() else None
    return (head.group(1), tail.group(0)) if head and tail else None


def _soft(head: str, tail: str, spellings: Spellings) -> bool:
    joined = (head + tail).lower()
    if joined in spellings.words:
        return True
    if f"{head}-{tail}".lower() in spellings.compounds:
        return False
    try:
        if is_word(f"{head}-{tail}"):
            return False  # a compound the lexicon spells with its hyphen ("follow-up")
        if not is_word(tail):
            return True  # a piece of one word ("crimi-" + "nal", "reinte-" + "gration")
        if not spellings.typeset():
            # A document nobody hyphenated breaks lines at compounds' hyphens: soft only
            # where the first piece is no word and the joined string is ("com-" + "pounds").
            return is_word(joined) and not is_word(head)
        return is_word(joined) or not is_word(head)
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
