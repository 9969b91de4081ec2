"""A country the question names as people say it, read as the documents write it.

A delegate asks what "the Ivory Coast expert" or "Cape Verde" said; a UN report writes Côte
d'Ivoire and Cabo Verde, Czechia for the Czech Republic, Myanmar for Burma. The question's
name is one the documents never write, so it was refused as naming something they never
mention. The other names of a country are published data, not rules for wordings seen: each
country's names are read from three sources, with nothing listed here:
- ISO 3166 (the ``pycountry`` package): the short, official and common names;
- CLDR's English names (the ``babel`` package), as people write them ("Cape Verde", "Laos");
- WordNet's synonym set for a country that shares one of those names ("Ivory Coast", "Cote
  d'Ivoire", "Republic of Cote d'Ivoire"), taken only when WordNet makes it an instance of a
  country or nation (Georgia the US state is not Georgia the country);
- WordNet's countries under a name the first two no longer give ("Turkey", "Swaziland",
  "Macedonia", "East Timor"), tied to their ISO country by the name patterns of the
  ``country_converter`` package, which were written to read countries as people write them.
  Each is taken only when exactly one country's pattern matches it.

The same names tell a list of countries from any other list: "How many countries made
statements?" is answered by counting the one the report gives (``listed``)."""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pycountry
from babel import Locale

from assistant._text import STOPWORDS, stem_words, word_spans, words
from assistant.retrieval import UnitIndex
from ingest.wordnet import Synset, common_word, wordnet

Name = tuple[str, ...]  # a name as its folded words: ("cote", "d'ivoire")

# What WordNet calls the classes of which a country is an instance ("African country",
# "European nation"): one of a synonym set's instance hypernyms must hold one of these words.
_COUNTRY_WORDS = frozenset({"country", "nation"})


def _source_names() -> Iterable[tuple[str, set[str]]]:
    """Per country, its ISO alpha-3 code and its ISO and CLDR names."""
    cldr = Locale("en").territories
    for country in pycountry.countries:
        names = {country.name, cldr.get(country.alpha_2, "")}
        names |= {getattr(country, f, "") for f in ("official_name", "common_name")}
        # CLDR gives a second name in brackets ("Myanmar (Burma)"): both are names. ISO's
        # inverted short forms ("Korea, Republic of") sort lists; they are not names.
        names = {part.strip() for n in names for part in n.replace(")", "").split("(")}
        yield country.alpha_3, {n for n in names if n and "," not in n}


def _is_country(synset: Synset) -> bool:
    """WordNet makes ``synset`` an instance of a country or nation ("African country")."""
    return any(
        _COUNTRY_WORDS & set(words(lemma.replace("_", " ")))
        for c in wordnet().related(synset, ("@i",))
        for lemma in c.lemmas
    )


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """``country_converter``'s name pattern of each country, with its ISO alpha-3 code. The
    data file is read where the package installed it: importing the package would import
    pandas, which nothing here needs."""
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        return []
    data = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with data.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    # The package matches case-insensitively, as here.
    return [(re.compile(r["regex"], re.IGNORECASE), r["ISO3"]) for r in rows]


@lru_cache(maxsize=1)
def _renamed() -> tuple[tuple[str, frozenset[str]], ...]:
    """WordNet's countries (the instances of its classes of countries), with the ISO alpha-3
    code of the one country whose ``country_converter`` pattern matches their name. Read
    once: both the names (``_countries``) and the former names (``_former_names``) use it."""
    net = wordnet()
    patterns = _patterns()
    level = [s for w in _COUNTRY_WORDS for _, s in net.synsets(w) if s.pos == "n"]
    classes = list(level)
    # The classes of countries are one or two levels under "country" and "nation" ("African
    # country", "Asian nation"); their instances are the countries.
    for _ in range(2):
        level = [h for c in level for h in net.related(c, ("~",))]
        classes += level
    found: list[tuple[str, frozenset[str]]] = []
    seen: set[tuple[str, int]] = set()
    for cls in classes:
        for country in net.related(cls, ("~i",)):
            if (country.pos, country.offset) in seen or not _is_country(country):
                continue
            seen.add((country.pos, country.offset))
            names = {lemma.replace("_", " ") for lemma in country.lemmas}
            # Every name of the synset is read: "Congo" alone matches the Republic of the
            # Congo's pattern, but the synset that also holds "Democratic Republic of the
            # Congo" and "Zaire" matches two countries' and is left out.
            codes = {code for pattern, code in patterns for n in names if pattern.search(n)}
            if len(codes) == 1:
                found.append((codes.pop(), frozenset(names)))
    return tuple(found)


def _wordnet_names(names: set[str]) -> set[str]:
    """The lemmas of WordNet's synonym sets of a country that one of ``names`` names."""
    found: set[str] = set()
    net = wordnet()
    for name in names:
        for _, synset in net.synsets("_".join(words(name))):
            classes = net.related(synset, ("@i",))
            if any(_COUNTRY_WORDS & set(words(lemma.replace("_", " "))) for c in classes
                   for lemma in c.lemmas):  # fmt: skip
                found |= {lemma.replace("_", " ") for lemma in synset.lemmas}
    return found


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[Name, int], dict[str, list[Name]], dict[str, list[Name]]]:
    """Every name → its country's number; the names by their first word, longest first
    ("guinea bissau" is tried before "guinea"); and the same of the ISO and CLDR names only,
    as reports write countries in their lists (not WordNet's "the States")."""
    country_of: dict[Name, int] = {}
    official: set[Name] = set()
    numbers: dict[str, int] = {}
    for number, (code, names) in enumerate(_source_names()):
        numbers[code] = number
        official |= {tuple(words(n)) for n in names}
        for name in names | _wordnet_names(names):
            country_of.setdefault(tuple(words(name)), number)
    for code, names in _renamed():
        if code in numbers:
            for name in names:
                country_of.setdefault(tuple(words(name)), numbers[code])
    return country_of, _by_first(country_of), _by_first(official)


def _by_first(names: Iterable[Name]) -> dict[str, list[Name]]:
    by_first: dict[str, list[Name]] = {}
    for name in sorted(names, key=len, reverse=True):
        if name:
            by_first.setdefault(name[0], []).append(name)
    return by_first


def _names_in(tokens: list[str], by_first: dict[str, list[Name]]) -> Iterator[tuple[int, Name]]:
    """Where a name of ``by_first`` stands in ``tokens``, left to right, the longest name at
    each place ("guinea bissau" before "guinea"); the words of a name are not read again."""
    i = 0
    while i < len(tokens):
        name = next(
            (n for n in by_first.get(tokens[i], ()) if tuple(tokens[i : i + len(n)]) == n), None
        )
        if name is None:
            i += 1
            continue
        yield i, name
        i += len(name)


def _named(text: str, spans: list[tuple[int, int, str]], i: int, n: int) -> bool:
    """The question writes the words ``i`` … ``i + n - 1`` as a name of its own: each word
    that is no function word capitalised; not part of a longer name ("Latin America"), so no
    capitalised word that is no function word stands right beside them; and not one common
    word ("the States of the subregion", "us") unless it is a country's former name, which
    the documents write no more ("Turkey")."""
    own = [spans[j] for j in range(i, i + n) if spans[j][2] not in STOPWORDS]
    if not own or not all(text[start].isupper() for start, _, _ in own):
        return False
    for j in (i - 1, i + n):
        if 0 <= j < len(spans) and spans[j][2] not in STOPWORDS and text[spans[j][0]].isupper():
            return False
    return len(own) > 1 or not common_word(own[0][2]) or (own[0][2],) in _former_names()


@lru_cache(maxsize=1)
def _former_names() -> dict[Name, str]:
    """The names of countries that only WordNet's countries give (``_renamed``), with how
    WordNet writes them: names the ISO and CLDR lists no longer give ("Turkey", "Swaziland",
    "Zaire")."""
    country_of, _, official = _countries()
    listed = {n for names in official.values() for n in names}
    return {
        name: written
        for _, names in _renamed()
        for written in names
        if (name := tuple(words(written))) in country_of and name not in listed
    }


def _written_otherwise(
    name: Name, index: UnitIndex, doc_ids: Sequence[str] | None, vocabulary: set[str]
) -> Counter[str]:
    """How the chosen documents write the other names of ``name``'s country, with how many
    units write each."""
    country_of = _countries()[0]
    others: Counter[str] = Counter()
    for other, number in country_of.items():
        if number == country_of[name] and other != name:
            others += _writings(other, index, doc_ids, vocabulary)
    return others


def is_country(name: str) -> bool:
    """``name`` is one of a country's names ("Viet Nam", "Ivory Coast")."""
    return tuple(words(name)) in _countries()[0]


def countries_named(text: str) -> dict[Name, int]:
    """The country names ``text`` writes (folded words), each with its country's number: two
    texts that write "Vietnam" and "Viet Nam", or "Turkey" and "Türkiye", name one country."""
    country_of, by_first, _ = _countries()
    tokens = [w for _, _, w in word_spans(text)[1]]
    return {name: country_of[name] for _, name in _names_in(tokens, by_first)}


def countries_written(text: str) -> list[str]:
    """The country names ``text`` writes, as it writes them (accents and capitals kept), left
    to right."""
    _, by_first, _ = _countries()
    text, spans = word_spans(text)
    tokens = [w for _, _, w in spans]
    return [text[spans[i][0] : spans[i + len(n) - 1][1]] for i, n in _names_in(tokens, by_first)]


# What stands between two names of a list of countries: a comma, "and" or both, an article, and
# after a name the qualifier UN lists give some ("Netherlands (Kingdom of the)", "Bolivia
# (Plurinational State of)").
_BETWEEN_RE = re.compile(r"^(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


# A list that goes on past the names found: a separator, then another item.
_GOES_ON_BEFORE_RE = re.compile(r"(?:,|\band)\s*(?:the\s+)?$")
_GOES_ON_AFTER_RE = re.compile(
    r"^(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[^\W\d_]"
)


def listed(text: str) -> list[str]:
    """The countries a list in ``text`` names, in its order and as it writes them, when it is
    a list of countries: two or more names with only commas and "and" between them ("by the
    representatives of Chile, Colombia, Costa Rica and Jamaica"); the longest such list, []
    when there is none. A name with "and" in it is one name ("Trinidad and Tobago")."""
    _, _, by_first = _countries()
    normalised, spans = word_spans(text)
    tokens = [w for _, _, w in spans]
    # Each name's first and last token.
    found = [(i, i + len(name) - 1) for i, name in _names_in(tokens, by_first)]
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for first, last in found:
        if run and not _BETWEEN_RE.match(normalised[spans[run[-1][1]][1] : spans[first][0]]):
            run = []
        run.append((first, last))
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return []
    # The whole list or nothing: an item before or after it that is no country's name
    # ("Chile, Peru, the Secretariat and Japan") would make any count of it wrong.
    before = normalised[: spans[best[0][0]][0]]
    after = normalised[spans[best[-1][1]][1] :]
    if _GOES_ON_BEFORE_RE.search(before) or _GOES_ON_AFTER_RE.match(after):
        return []
    return [normalised[spans[first][0] : spans[last][1]] for first, last in best]


def _runs(tokens: list[str], name: Name) -> Iterable[int]:
    """Where ``name``'s words stand in ``tokens`` one after the other."""
    n = len(name)
    return (i for i in range(len(tokens) - n + 1) if tuple(tokens[i : i + n]) == name)


def _writings(
    name: Name, index: UnitIndex, doc_ids: Sequence[str] | None, vocabulary: set[str]
) -> Counter[str]:
    """How the chosen documents write ``name`` (as written, accents and capitals kept), with
    how many units write it so."""
    found: Counter[str] = Counter()
    if not set(name) <= vocabulary:
        return found
    # Only the units that hold every stem of the name are read.
    mask = np.ones(len(index.units), dtype=bool)
    for stem in stem_words(list(name)):
        mask &= index.bm25_scores([stem]) > 0
    allowed = index.doc_mask(doc_ids)
    if allowed is not None:
        mask &= allowed
    for i in np.flatnonzero(mask):
        text, spans = word_spans(index.units[i].text)
        tokens = [w for _, _, w in spans]
        for start in _runs(tokens, name):
            found[text[spans[start][0] : spans[start + len(name) - 1][1]]] += 1
    return found


def as_written(question: str, index: UnitIndex, doc_ids: Sequence[str] | None) -> str:
    """``question`` with each country it names by a name the documents (``doc_ids``, None: all)
    never write replaced by the name of it they write most; unchanged when they write none."""
    _, by_first, _ = _countries()
    text, spans = word_spans(question)
    tokens = [w for _, _, w in spans]
    out: list[str] = []
    end = 0  # of the text already copied to ``out``
    vocabulary: set[str] | None = None  # read only for a question that names a country
    i = 0
    while i < len(tokens):
        name = next(
            (n for n in by_first.get(tokens[i], ()) if tuple(tokens[i : i + len(n)]) == n), None
        )
        if name is None or not _named(text, spans, i, len(name)):
            i += 1
            continue
        if vocabulary is None:
            vocabulary = index.word_vocab(doc_ids)
        if not _writings(name, index, doc_ids, vocabulary):
            others = _written_otherwise(name, index, doc_ids, vocabulary)
            if others:
                start, stop = spans[i][0], spans[i + len(name) - 1][1]
                out += [text[end:start], others.most_common(1)[0][0]]
                end = stop
        i += len(name)
    return "".join([*out, text[end:]]) if out else question


def in_capitals(question: str, index: UnitIndex, doc_ids: Sequence[str] | None) -> str:
    """``question`` with each country it names in small letters ("did montenegro give any
    figures …?", "what did south africa say?") written with capitals, as a name is: a question
    typed in small letters asks what the same question with capitals asks. Without them the
    country was no name (``_text.capitalised_names``), so no answer had to be said of it, and
    Ukraine's statement answered what Montenegro said. A one-word name that is a common word
    too ("china", "chad", "reunion") is the country only where it is an ISO or CLDR name that
    the documents (``doc_ids``, None: all) write as a name, or a former name ("turkey") of a
    country they write by its name of now ("Türkiye"); "the" and "of" stay small."""
    _, by_first, official = _countries()
    vocabulary: set[str] | None = None  # read only for a former name
    text, spans = word_spans(question)
    tokens = [w for _, _, w in spans]
    out: list[str] = []
    end = 0  # of the text already copied to ``out``
    for i, name in _names_in(tokens, by_first):
        own = [spans[j] for j in range(i, i + len(name)) if spans[j][2] not in STOPWORDS]
        small = bool(own) and all(text[start].islower() for start, _, _ in own)
        if small and (
            len(own) > 1
            or not common_word(own[0][2])
            or (name in official.get(name[0], ()) and index.names_like(own[0][2], doc_ids))
            or (
                # One word ("turkey"), not a phrase made of a common word ("the states"),
                # nor an acronym ("us" is no "US").
                len(name) == 1
                and (written := _former_names().get(name)) is not None
                and not written.isupper()
                and _written_otherwise(
                    name, index, doc_ids, vocabulary := vocabulary or index.word_vocab(doc_ids)
                )
            )
        ):
            for start, _, _ in own:
                out += [text[end:start], text[start].upper()]
                end = start + 1
    return "".join([*out, text[end:]]) if out else question


@lru_cache(maxsize=1)
def _initials() -> frozenset[str]:
    """The initials of every country name, with its small words and without them: "usa",
    "uk", "uae", "drc", "rok"."""
    found = set()
    for name in _countries()[0]:
        found.add("".join(w[0] for w in name))
        found.add("".join(w[0] for w in name if w not in STOPWORDS))
    return frozenset(i for i in found if len(i) > 1)


def acronym_of_country(acronym: str) -> bool:
    """``acronym`` (in capitals) names a country: a name of one ("USA", "PRC") or the initials
    of one ("UK", "UAE", "DRC"). "WHO", "UNODC" and "INTERPOL" name bodies."""
    folded = acronym.lower().replace(".", "")
    return (folded,) in _countries()[0] or folded in _initials()
