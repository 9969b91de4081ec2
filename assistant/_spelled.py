"""An acronym the documents never write, read as the phrase they do write whose initials
spell it.

A delegate asks about "NGOs", an "MoU" or "IUU fishing"; the report says "non-governmental
organizations", "memorandum of understanding", "illegal, unreported and unregulated fishing".
The acronym is no name the documents know, so the question was refused as naming something
they never mention. An acronym is, by how it is made, the initials of its phrase: the phrase
is found in the documents themselves, for any acronym, with no list of expansions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from assistant._text import STOPWORDS, raw_words, words
from assistant.retrieval import UnitIndex

# Two letters spell too many phrases by chance ("EU": "each unit", "early use"); from three
# the initials of words that are not function words seldom line up by chance.
_MIN_LETTERS = 3
# Up to eight letters: longer runs of capitals are shouted words, not acronyms.
_MAX_LETTERS = 8
# Words an acronym passes over between two of its capitals ("IUU" is "illegal, unreported
# and unregulated"), or writes as a small letter ("MoU": "memorandum of understanding").
_JOINING = ("and", "of", "the", "for", "on", "in", "to")
_NEXT = r"(?:[\s,]+|-)"


def _skip(joining: int) -> str:
    return rf"(?:[\s,]+|-)(?:(?:{'|'.join(_JOINING)})\s+){{0,{joining}}}"


def _letters(token: str) -> str:
    """The letters an acronym spells, without a plural "s" ("NGOs" → "NGO"); "" when
    ``token`` is no acronym: letters only, a capital first and another after it."""
    if not token.isalpha() or not token[0].isupper() or sum(c.isupper() for c in token) < 2:
        return ""
    letters = token[:-1] if token.endswith("s") and token[-2].isupper() else token
    return letters if _MIN_LETTERS <= len(letters) <= _MAX_LETTERS else ""


def _pattern(letters: str, joining: int = 1) -> re.Pattern[str]:
    pattern = r"\b"
    for i, c in enumerate(letters):
        if i:
            pattern += _skip(joining) if c.isupper() and letters[i - 1].isupper() else _NEXT
        pattern += rf"(?P<w{i}>{re.escape(c)}[\w'’]*)"
    return re.compile(pattern + r"\b", re.IGNORECASE)


def _phrases(letters: str, text: str) -> list[str]:
    """The phrases of ``text`` that ``letters`` spell: each capital the first letter of a
    word that is no function word, each small letter a joining word ("MoU": "of")."""
    out = []
    for m in _pattern(letters).finditer(text):
        spelled = [m.group(f"w{i}").lower() for i in range(len(letters))]
        if all(
            w in _JOINING if c.islower() else w not in STOPWORDS
            for c, w in zip(letters, spelled, strict=True)
        ):
            out.append(m.group(0))
    return out


def spell_out(question: str, index: UnitIndex, doc_ids: Sequence[str] | None) -> str:
    """``question`` with each acronym that the documents (``doc_ids``, None: all) never write
    replaced by the phrase they write most often whose initials spell it; unchanged when they
    write none."""
    out = question
    vocabulary: set[str] | None = None  # read only for a question that has an acronym
    for token in dict.fromkeys(raw_words(question)):
        letters = _letters(token)
        if not letters:
            continue
        if vocabulary is None:
            vocabulary = index.word_vocab(doc_ids)
        if {token.lower(), letters.lower()} & vocabulary:
            continue
        pattern = _pattern(letters)
        mask = index.matching(f"spelled:{letters}", lambda u, p=pattern: bool(p.search(u.text)))
        found: Counter[str] = Counter()
        for unit, hit in zip(index.units, mask, strict=True):
            if hit and (doc_ids is None or unit.doc_id in doc_ids):
                found.update(" ".join(words(p)) for p in _phrases(letters, unit.text))
        if found:
            # The most frequent, the first of equals; a plural acronym ("NGOs") by its plural.
            plural = len(token) > len(letters)
            phrase = max(found, key=lambda p: (p.endswith("s") == plural, found[p]))
            out = re.sub(rf"\b{re.escape(token)}\b", phrase, out)
    return out


def unwritten_acronym(token: str, index: UnitIndex, doc_ids: Sequence[str] | None) -> bool:
    """``token`` is an acronym ("WCS", "EU") that the documents never write and whose letters
    spell none of their phrases, two letters included: a phrase spelled by chance only keeps
    the acronym from being taken for something they never mention."""
    letters = token[:-1] if token.endswith("s") and token[-2:-1].isupper() else token
    if not (token.isalpha() and 2 <= len(letters) <= _MAX_LETTERS and letters.isupper()):
        return False
    if {token.lower(), letters.lower()} & index.word_vocab(doc_ids):
        return False
    # Two joining words may stand between two capitals here ("DRC": "Democratic Republic of
    # the Congo"): a phrase spelled too freely only keeps a question from being refused.
    pattern = _pattern(letters, joining=2)
    mask = index.matching(f"spelled2:{letters}", lambda u, p=pattern: bool(p.search(u.text)))
    return not any(
        hit and (doc_ids is None or unit.doc_id in doc_ids) and pattern.search(unit.text)
        for unit, hit in zip(index.units, mask, strict=True)
    )
