"""Words, stems and sentences: the lexical side of retrieval and answering."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

_WORD_RE = re.compile(r"[A-Za-z0-9À-ÿ]+(?:['’][A-Za-z]+)?")
# A sentence ends at . ; ! ? followed by a capital, a parenthesis or a quote; not after the
# abbreviations UN documents use.
_SENTENCE_RE = re.compile(r"(?<=[.;!?])\s+(?=[\"“(A-Z0-9])")
_ABBREVIATIONS = (
    "Ms.",
    "Mr.",
    "Mrs.",
    "Dr.",
    "No.",
    "e.g.",
    "i.e.",
    "para.",
    "Add.",
    "Rev.",
    "St.",
)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _wordset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom whose why will with
    would you your yours yourself yourselves may might must shall s t
    """
)
# Words that frame a question about a document rather than name its subject.
FRAME_WORDS = _wordset(
    """
    say said says tell told mention mentioned mentions discuss discussed discussion
    regarding concerning according report reported document documents state stated text
    paragraph paragraphs note noted describe described give given
    """
)
PRONOUNS = _wordset(
    """
    they them their theirs it its he him his she her hers these those
    """
)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Lower-cased word tokens; hyphenated compounds give their parts."""
    return [w.lower().replace("’", "'").removesuffix("'s") for w in _WORD_RE.findall(text)]


def stems(text: str) -> list[str]:
    """Stems of the non-stopword tokens, in order (repeats kept, for BM25)."""
    return _stemmer().stemWords([w for w in words(text) if w not in STOPWORDS])


def content_stems(text: str) -> list[str]:
    """Distinct stems that carry a question's subject: no stopwords, no framing words."""
    seen: dict[str, None] = {}
    kept = [w for w in words(text) if w not in STOPWORDS and w not in FRAME_WORDS]
    for stem in _stemmer().stemWords(kept):
        seen.setdefault(stem, None)
    return list(seen)


def sentences(text: str) -> list[str]:
    """Sentences of a unit's text, in order."""
    protected = text
    for abbreviation in _ABBREVIATIONS:
        # Hide the abbreviation's periods so they end no sentence.
        protected = re.sub(
            rf"\b{re.escape(abbreviation)}", abbreviation.replace(".", "\x00"), protected
        )
    parts = _SENTENCE_RE.split(protected)
    return [p.replace("\x00", ".").strip() for p in parts if p.strip()]


def capitalised_names(question: str) -> list[str]:
    """Words a question capitalises mid-sentence: the names of countries, bodies, people."""
    tokens = re.findall(r"[A-Za-z][A-Za-z'’\-]*", question)
    return [
        t
        for i, t in enumerate(tokens)
        if i > 0
        and len(t) >= 3
        and t[0].isupper()
        and not t.isupper()
        and t.lower() not in STOPWORDS
    ]
