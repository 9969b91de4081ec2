"""Does a paragraph support a sentence? The check every LLM citation must pass.

Two measures, combined by a logistic model fitted by ``congress-qa calibrate`` on the
calibration split (a reference answer's sentence against the paragraph it cites, and against
paragraphs of the same document that do not hold its facts):
- ``lexical``: the share of the sentence's content words (stems, clippings) the paragraph
  holds, with its lead-in;
- ``semantic``: the highest similarity of the sentence to one of the paragraph's sentences.
On top, a hard rule: every figure, name and date the sentence states must be in the
paragraph (or, for a name, in the metadata of the paragraph's document), so a chair of one
meeting is never attributed to another and no number is invented."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from assistant._answer_type import _CARDINALS, MONTHS, number_words
from assistant._countries import countries_named
from assistant._coverage import PREFIX_LETTERS, ConceptMatcher, Vectors
from assistant._lexicon import held as lexicon_held
from assistant._lexicon import near_terms, usually_noun
from assistant._offices import names_all
from assistant._query import asked_kind
from assistant._table_text import cells, headings, runs
from assistant._text import (
    EVENT_NOUNS,
    FRAME_WORDS,
    STOPWORDS,
    raw_words,
    sentences,
    stem_words,
    words,
)
from assistant.retrieval import UnitHit
from ingest.models import DocumentMeta

_YEAR_OR_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_PER_CENT_RE = re.compile(r"\s*%|\bpercent\b", re.IGNORECASE)


@dataclass(frozen=True)
class Support:
    lexical: float
    semantic: float
    facts_held: bool  # every figure, name and date of the sentence is in the paragraph
    score: float  # log-odds of support; with facts_held, passes when >= the model's threshold


def _per_cent(text: str) -> str:
    """The text with "18%" and "18 percent" written "18 per cent": one figure, three ways."""
    return _PER_CENT_RE.sub(" per cent", text)


def _facts(sentence: str) -> tuple[set[str], set[str], set[str], set[tuple[str, str]]]:
    """Figures (digits), number words, names and figures of things a sentence states."""
    digits = set(_YEAR_OR_NUMBER_RE.findall(sentence))
    normalised = _per_cent(sentence)
    numbers = number_words(normalised)
    tokens = raw_words(sentence)
    names = {
        w
        for i, t in enumerate(tokens)
        if i > 0 and t[:1].isupper() and len(t) > 1
        for w in words(t)
        if w not in STOPWORDS
    }
    return digits, numbers, names, _figures_of(normalised)


# A figure is stated of something: "18 per cent", "31 States", "forty-six participants". A
# sentence restates a paragraph's figure only of the thing the paragraph states it of: "Latvia
# employs 18 probation officers" is not supported by "… reduced the prison population by 18 per
# cent". The thing is the first word after the figure; a figure followed by a stopword, a month,
# a letter or nothing ("from 5 to 7 February", "in 2024", "8(e)") need only be in the paragraph.
# On the calibration split's reference answers, no sentence the check passed before fails it;
# 76 of 902 sentences against paragraphs that do not hold their facts newly fail it.
_YEAR_LIKE_RE = re.compile(r"^(?:1[89]|20)\d\d$")


def figures_in(text: str) -> set[str]:
    """The figures ``text`` states, in digits or in words ("24", "2025", "forty")."""
    return set(_YEAR_OR_NUMBER_RE.findall(text)) | number_words(_per_cent(text))


def _figures_of(text: str) -> set[tuple[str, str]]:
    """The (figure, stem of the thing it counts) pairs of a text (``_per_cent`` already
    applied)."""
    tokens = words(text)
    out: set[tuple[str, str]] = set()
    for i, token in enumerate(tokens):
        if not _is_figure(token) or _YEAR_LIKE_RE.match(token):
            continue
        rest = [t for t in tokens[i + 1 : i + 6] if not (_is_figure(t) or t == "and")]
        thing = rest[0] if rest else ""
        if len(thing) > 1 and thing not in STOPWORDS and thing not in MONTHS:  # not "8(e)"
            out.add((token, stem_words([thing])[0]))
    return out


def _table_figures(text: str) -> set[tuple[str, str]]:
    """The (figure, stem of the thing it counts) pairs of the tables of ``text``: a cell's
    figure counts what its column's headings name ("Tablets seized"), what its row's first
    cell names ("Persons protected at the end of 2024"), and what the line introducing the
    table names ("seizures of captagon tablets … in the table below") but another column's
    headings do not ("Cases recorded" counts no tablets). Not the word that follows it in
    the text, which is the next cell's ("14,800,000 | 610" is no count of 610s)."""
    out: set[tuple[str, str]] = set()
    intro = ""
    for is_table, lines in runs(text.split("\n")):
        if not is_table:
            intro = lines[-1]
            continue
        rows = [cells(line) for line in lines]
        heads, taken = headings(rows)
        named = [_counted(h) for h in heads]
        introduced = _counted(intro)
        for row in rows[taken:]:
            for i, cell in enumerate(row):
                figures = [t for t in words(cell) if _is_figure(t)]
                if not figures or i >= len(named):
                    continue
                others = set().union(*(h for j, h in enumerate(named) if j != i))
                things = named[i] | (_counted(row[0]) if i else set()) | (introduced - others)
                out |= {(figure, thing) for figure in figures for thing in things}
    return out


def _counted(text: str) -> set[str]:
    """The stems of the words of ``text`` that may name what a figure counts."""
    return {
        stem_words([w])[0]
        for w in words(text)
        if len(w) > 1 and w not in STOPWORDS and w not in MONTHS and not _is_figure(w)
    }


def _is_figure(token: str) -> bool:
    return token.isdigit() or token in _CARDINALS


def _things(text: str) -> dict[str, str]:
    """The common nouns of ``text`` (by their most usual sense), by stem: what a sentence is
    about, not how it qualifies it ("online", "illegal") nor whom it names (names are checked
    as names)."""
    tokens = raw_words(text)
    out = {}
    for i, token in enumerate(tokens):
        if i > 0 and token[:1].isupper():
            continue
        for word in words(token):
            common = word not in STOPWORDS and word not in FRAME_WORDS
            # A figure ("two") is checked as a figure, not as a thing.
            # By its usual sense, from WordNet's tagged-corpus counts: WordNet lists a word's
            # noun senses first, so "tamper" (a rammer, rarely) would be a thing asked about
            # in "smugglers tamper with a box" (calibration sample of the LLM eval, mc-23).
            if common and word not in EVENT_NOUNS and not _is_figure(word) and usually_noun(word):
                out[stem_words([word])[0]] = word
    return out


class SupportChecker:
    def __init__(self, vectors: Vectors, bias: float, lexical: float, semantic: float) -> None:
        self.vectors = vectors
        self.matcher = ConceptMatcher(vectors)
        self.bias, self.w_lexical, self.w_semantic = bias, lexical, semantic

    def measure(
        self,
        sentence: str,
        hit: UnitHit,
        meta: DocumentMeta | None,
        asked: str = "",
        document_stems: Collection[str] | None = None,
    ) -> Support:
        """How far ``hit`` supports ``sentence``; a figure the question (``asked``) gave is
        the question's, not a claim of the answer: "Who were the two vice-chairs?" is
        answered by "The two vice-chairs were …" from a list that does not say "two". Names
        stay claims: the question's name in a paragraph that does not hold it is a party
        misquoted. ``document_stems``, the stems of the words the paragraph's document uses,
        limit the check of the things asked about to those the document never names."""
        unit_text = f"{hit.lead_in}\n{hit.text}" if hit.lead_in else hit.text
        claimed = [w for w in words(sentence) if w not in STOPWORDS and w not in FRAME_WORDS]
        held_words = words(unit_text)
        held = set(stem_words(held_words))
        got = 0
        for word, stem in zip(claimed, stem_words(claimed), strict=True):
            if stem in held or (
                len(word) >= PREFIX_LETTERS and any(w.startswith(word) for w in held_words)
            ):
                got += 1
        lexical = got / len(claimed) if claimed else 0.0
        pieces = sentences(hit.text) or [hit.text]
        semantic = float(np.max(self.vectors.get(pieces) @ self.vectors.get([sentence])[0]))
        digits, numbers, names, figures = _facts(sentence)
        if asked:
            given_digits, given_numbers, _, _ = _facts(asked)
            given = given_digits | given_numbers
            digits, numbers = digits - given, numbers - given
            figures = {f for f in figures if f[0] not in given}
        context = set(held_words)
        if meta is not None:
            context |= set(words(" ".join(str(v) for v in meta.model_dump().values())))
        # A country the paragraph names by another of its names is named ("Vietnam" for
        # "Viet Nam", "Turkey" for "Türkiye"): the name's words are not looked for as written.
        if names:
            named_here = set(countries_named(unit_text).values())
            names -= {
                w for name, n in countries_named(sentence).items() if n in named_here for w in name
            }
        unit_normalised = _per_cent(unit_text)
        facts_held = (
            digits <= set(_YEAR_OR_NUMBER_RE.findall(unit_text))
            and numbers <= number_words(unit_normalised)
            # A name as the answerer's names check reads it: "Czech" names Czechia.
            and names_all(tuple(names), hit.doc_id, context, {})
            and figures <= _figures_of(unit_normalised) | _table_figures(unit_normalised)
        )
        # The front matter's fields (its symbol, languages, dates) are named by their labels,
        # not by its text: there, the figures and names above are the facts checked.
        if asked and facts_held and hit.unit_id != "front":
            facts_held = not self._things_missing(
                sentence, asked, unit_text, context, document_stems
            )
        score = self.bias + self.w_lexical * lexical + self.w_semantic * semantic
        return Support(round(lexical, 4), round(semantic, 4), facts_held, round(score, 4))

    def _things_missing(
        self,
        sentence: str,
        asked: str,
        unit_text: str,
        context: set[str],
        document_stems: Collection[str] | None = None,
    ) -> list[str]:
        """The things the question asks about that the sentence says, and the paragraph does
        not hold, nor a word of near meaning for them (as the answerer's coverage reads near
        meaning): "What did the experts say about counterfeit cigarettes?" is not answered by
        "The experts noted that counterfeit cigarettes endangered the lives of patients",
        drawn from a paragraph on falsified medicines. With ``document_stems``, only a thing
        the whole document never names counts: a word as general as "group" is often said of
        a paragraph in other words, but a thing the document never names cannot be said of
        any paragraph of it."""
        asked_things = _things(asked)
        # The kind of answer asked for ("Which steps does the recommendation set out?") is
        # how an answer introduces what it gives ("It sets out the following steps:"), which
        # the document may list without the word: no thing the sentence claims of it.
        asked_things.pop(asked_kind(asked), None)
        said = {s: w for s, w in _things(sentence).items() if s in asked_things}
        if not said:
            return []
        held_stems = set(stem_words(sorted(context)))
        text_stems = stem_words(words(unit_text))
        missing = []
        for stem, word in said.items():
            if stem in held_stems or (document_stems is not None and stem in document_stems):
                continue
            if len(word) >= PREFIX_LETTERS and any(w.startswith(word) for w in context):
                continue
            if self.matcher.soft_matches([word], unit_text).get(word, 0.0) > 0:
                continue
            if any(lexicon_held(same | near, text_stems) for _, same, near in near_terms(word)):
                continue
            missing.append(word)
        return missing
