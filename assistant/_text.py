"""Words, stems and sentences: the lexical side of retrieval and answering.

Every comparison goes through ``congress_qa.textnorm``: words are normalised (NFKC, no format
characters), lower-cased and stripped of accents, so "Curaçao", "Curacao" and a copy with a
zero-width space in it are one word."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

import Stemmer

from congress_qa.textnorm import fold, normalise

# Letters and digits of any script; an apostrophe joins "d'Ivoire" and "UNODC's".
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
# A sentence ends at . ; ! ? followed by a capital, a parenthesis or a quote; not after the
# abbreviations UN documents use.
_SENTENCE_RE = re.compile(r"(?<=[.;!?])\s+(?=[\"“(\d]|[^\W\d_])")
_LINE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\.(?=\s)")
_INLINE_ITEM_RE = re.compile(r"\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s")
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


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = wordset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom whose why will with
    would you your yours yourself yourselves may might must shall s t
    i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll they're they've
    they'd they'll he'd he'll she'd she'll don't doesn't didn't isn't aren't wasn't weren't
    hasn't haven't hadn't can't couldn't won't wouldn't shouldn't mustn't let's
    get gets got getting gotten supposed gonna wanna gotta
    make makes made making
    """
)
# The second last line: English semi-auxiliaries, which carry tense or mood, not a subject
# ("what are they supposed to do", "what money do kids get"): the words around them say
# what. The last: the light verb "make", whose object says what is done ("the
# recommendations the meeting made", "made a statement", "make proposals").
# Words that frame a question about a document ("Did anyone mention …?", "Is there any
# information on …?", "Tell me what was said about …") rather than name its subject. A
# closed class of English discourse words, not a list of the subjects asked about; the last
# line, a speaker's stance ("does it actually work") and the whole of what a request asks
# for ("the full list", "a complete picture").
FRAME_WORDS = wordset(
    """
    say said says saying tell told telling mention mentioned mentions mentioning discuss
    discussed discusses discussing discussion discussions talk talked talking talks speak
    spoke spoken raise raises raised bring brings bringing brought covered touched addressed
    regarding concerning according
    report reported reports document documents state stated text paragraph paragraphs note
    noted describe described give given anyone anybody anything someone somebody something
    everything whether please kindly know like want wondering info information details
    detail else stance opinion views thing things re ask asked
    suggest suggested suggests suggesting suggestion suggestions propose proposed proposes
    proposing proposal proposals recommend recommended recommends recommending urge urged
    stress stressed stresses emphasize emphasized emphasise emphasised highlight highlighted
    put forward call called calls mean means meant position positions view kind kinds type
    types sort
    sum summarise summarised summarize summarized summary summaries gist nutshell rundown
    overview recap outline briefly quick list lists listed listing enumerate
    cover covers covering touch touches touching address addresses addressing notes
    noting describes describing gives gave urges urging stressing emphasizes
    emphasizing emphasises emphasising highlights highlighting calling reporting
    argue argues argued arguing claim claims claimed claiming
    acknowledge acknowledges acknowledged acknowledging express expresses expressed
    expressing comment comments commented commenting indicate indicates indicated
    indicating assert asserts asserted asserting insist insists insisted insisting
    reiterate reiterates reiterated reiterating underline underlines underlined
    underlining underscore underscores underscored underscoring voice voiced
    refer refers referred referring
    actually really basically exactly full complete entire
    """
)
# English contractions typed without their apostrophe ("whats the deadline", "dont they"),
# as people type questions in a hurry: read as the contraction, so that "whats" asks what
# and is no word to look for. A closed class; forms that are also English words ("well",
# "were", "ill", "id", "its", "lets", "shed", "wed") are left out.
_BARE_CONTRACTIONS = {
    **{f"{w}s": f"{w}'s" for w in ("what", "where", "who", "how", "when", "why", "that",
                                   "there", "here")},
    **{f"{w}nt": f"{w}n't" for w in ("do", "does", "did", "is", "are", "was", "were", "has",
                                     "have", "had", "could", "would", "should", "must")},
    "cant": "can't", "wont": "won't", "im": "i'm", "ive": "i've", "youre": "you're",
    "youve": "you've", "theyre": "they're", "theyve": "they've", "weve": "we've",
}  # fmt: skip
_BARE_CONTRACTION_RE = re.compile(r"\b(?:" + "|".join(_BARE_CONTRACTIONS) + r")\b", re.IGNORECASE)


def with_apostrophes(question: str) -> str:
    """``question`` with its contractions typed without an apostrophe written with one
    ("whats" -> "what's"); the first letter keeps its case."""

    def restore(m: re.Match[str]) -> str:
        word = m.group()
        if word.isupper():
            return word  # an acronym ("IM"), not a contraction
        full = _BARE_CONTRACTIONS[word.lower()]
        return full[0].upper() + full[1:] if word[0].isupper() else full

    return _BARE_CONTRACTION_RE.sub(restore, question)


# Nouns for a meeting as an event, whatever its own name calls it: a closed class.
EVENT_NOUNS = ("meeting", "session", "workshop", "conference", "gathering", "event", "seminar")
PRONOUNS = wordset(
    """
    they them their theirs it its he him his she her hers these those
    """
)
# Personal pronouns that open a sentence refer to whom the sentence before named (not the
# demonstratives "these"/"those", nor "hers"/"theirs", which stand alone).
OPENING_PRONOUNS = PRONOUNS - {"these", "those", "hers", "theirs"}


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def raw_words(text: str) -> list[str]:
    """Word tokens as written (normalised, case and accents kept), e.g. for names."""
    return _WORD_RE.findall(normalise(text))


# The answerer splits the same sentences again and again (every question looks at the
# retrieved units' sentences several times over): splits and folds are kept for texts and
# tokens seen before, bounded (a text's entry is a few hundred bytes).
_TEXTS_KEPT = 50_000


def words(text: str) -> list[str]:
    """Folded word tokens (lower case, no accents); hyphenated compounds give their parts."""
    return list(_words(text))


@lru_cache(maxsize=_TEXTS_KEPT)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_folded(token) for token in _WORD_RE.findall(normalise(text)))


@lru_cache(maxsize=_TEXTS_KEPT)
def _folded(token: str) -> str:
    word = fold(token).replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def word_spans(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``text`` normalised, with each word token's start, end and folded form in it (as
    ``words`` folds them): for replacing a run of words the question wrote."""
    text = normalise(text)
    return text, [(m.start(), m.end(), _folded(m.group(0))) for m in _WORD_RE.finditer(text)]


def stem_words(tokens: list[str]) -> list[str]:
    return _stemmer().stemWords(tokens)


def stems(text: str) -> list[str]:
    """Stems of the non-stopword tokens, in order (repeats kept, for BM25)."""
    return list(_stems(text))


@lru_cache(maxsize=_TEXTS_KEPT)
def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem_words([w for w in _words(text) if w not in STOPWORDS]))


# The idioms of a meeting's record that frame a question as the words above do: "Did the
# Emirates take the floor?" asks whether they spoke, "Which groups took part?" who attended,
# "Did anything come up about …?" or "Did anyone point out …?" whether it was discussed. A
# closed class of phrases.
_FRAME_PHRASES_RE = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+(?:the\s+)?(?:floor|part)\b"
    r"|\b(?:come|comes|came|coming)\s+up\b|\b(?:point|points|pointed|pointing)\s+out\b"
    # Requests for the items of an answer: "Break down recommendation (c)", "Walk me through
    # the recommendations", "Spell out what was agreed", "Name all the crimes …".
    r"|\bbreak\s+down\b|\b(?:walk|run)\s+(?:me|us)\s+through\b|\bspell\s+out\b"
    r"|^\s*name\b"
    # Asking what an acronym is short for, as "What does GAATW mean?" asks ("mean" is a
    # frame word): "What does GAATW stand for?", "What's ACPF short for?", "What is UNAFEI
    # an abbreviation of?".
    r"|\b(?:stand|stands|stood|standing)\s+for\b|\bshort\s+for\b"
    r"|\b(?:abbreviation|acronym)s?\s+(?:of|for)\b"
    # A role held: "Who served as Rapporteur?", "Which State acted as host?" ask who was
    # Rapporteur or host. The verb with "as" only links the person to the role, as "was" does.
    r"|\b(?:serve|serves|served|serving|act|acts|acted|acting)\s+as\b",
    re.IGNORECASE,
)


def _unframed_words(text: str) -> list[str]:
    """The words of ``text`` once its frame phrases ("take the floor", "served as") are out."""
    return words(_FRAME_PHRASES_RE.sub(" ", text))


def _carries(word: str) -> bool:
    return word not in STOPWORDS and word not in FRAME_WORDS


def content_words(text: str) -> list[str]:
    """Distinct folded words that carry a question's subject: no stopwords, no frame words."""
    return list(dict.fromkeys(w for w in _unframed_words(text) if _carries(w)))


def content_phrases(text: str) -> list[str]:
    """Distinct pairs of adjacent content words ("law enforcement", "mobile money"): a
    reader's one word often stands for a two-word term of the documents ("cops")."""
    tokens = _unframed_words(text)
    kept = (
        f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False) if _carries(a) and _carries(b)
    )
    return list(dict.fromkeys(kept))


def content_stems(text: str) -> list[str]:
    """Distinct stems that carry a question's subject: no stopwords, no framing words."""
    return list(dict.fromkeys(stem_words(content_words(text))))


def sentences(text: str) -> list[str]:
    """Sentences of a unit's text, in order. A line of its own (an agenda item, an officer,
    a row of a table) is a sentence of its own."""
    return list(_sentences(text))


@lru_cache(maxsize=_TEXTS_KEPT)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(s for line in text.split("\n") for s in _line_sentences(line))


def _line_sentences(line: str) -> list[str]:
    # A line's own number ("2. Election of officers.") ends no sentence.
    protected = _LINE_NUMBER_RE.sub(lambda m: m.group(0).replace(".", "\x00"), line)
    for abbreviation in _ABBREVIATIONS:
        # Hide the abbreviation's periods so they end no sentence.
        protected = re.sub(
            rf"\b{re.escape(abbreviation)}", abbreviation.replace(".", "\x00"), protected
        )
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_RE.finditer(protected):
        following = protected[m.end()]
        if following.isalpha() and not following.isupper():
            continue  # a lower-case word after a stop continues the sentence
        if protected[m.start() - 1] == ";" and _INLINE_ITEM_RE.match(protected, m.end()):
            continue  # "…; (2) election of officers": the next item of an inline list
        parts.append(protected[start : m.start()])
        start = m.end()
    parts.append(protected[start:])
    return [p.replace("\x00", ".").strip() for p in parts if p.strip()]


# A country's name and the adjective made from it share a stem of 4 letters or more and
# differ by a country ending on one side and an adjective ending on the other: India/Indian,
# Sweden/Swedish, Kenya/Kenyan, Japan/Japanese; not Austria/Australia, Niger/Nigeria.
_NAME_STEM = 4
_COUNTRY_ENDINGS = frozenset(["", "a", "ia", "y", "e", "en", "o", "land", "s", "es"])
_ADJECTIVE_ENDINGS = frozenset(["n", "an", "ian", "ean", "ese", "ish", "i", "ic", "ite", "er"])
# The plural of a nationality noun names its country too: Indonesians, Kenyans, Iraqis.
_ADJECTIVE_ENDINGS |= {f"{e}s" for e in ("n", "an", "ian", "ean", "i", "ite")}


# Adjectives and nouns of nationality that the stem rule above cannot tie to their country's
# name, as their spelling departs from it (French/France, Dutch/Netherlands, German/Germany,
# Ivorian/Côte d'Ivoire), each with the word of the country's name it stands for. A closed
# class of English: the irregular demonyms of United Nations Member States, and the everyday
# short forms a delegate may type (Aussies, Brits, Kiwis, Yanks).
_DEMONYMS = {
    "afghan": "afghanistan", "argentine": "argentina", "aussie": "australia",
    "bahamian": "bahamas", "brit": "britain", "kiwi": "zealand", "yank": "america",
    "barbadian": "barbados", "basotho": "lesotho", "batswana": "botswana",
    "belgian": "belgium", "british": "britain", "burkinabe": "burkina", "burmese": "myanmar",
    "comorian": "comoros", "congolese": "congo", "croat": "croatia", "cypriot": "cyprus",
    "czech": "czechia", "dane": "denmark", "danish": "denmark", "dutch": "netherlands",
    "emirati": "emirates", "filipino": "philippines", "finn": "finland",
    "finnish": "finland", "french": "france", "german": "germany", "greek": "greece",
    "guyanese": "guyana", "irish": "ireland", "ivorian": "ivoire", "kazakh": "kazakhstan",
    "kittitian": "kitts", "kyrgyz": "kyrgyzstan", "lebanese": "lebanon",
    "malagasy": "madagascar", "mauritian": "mauritius", "monegasque": "monaco",
    "montenegrin": "montenegro", "motswana": "botswana", "mozambican": "mozambique",
    "nevisian": "nevis", "nigerien": "niger", "norwegian": "norway", "panamanian": "panama",
    "peruvian": "peru", "philippine": "philippines", "pole": "poland", "polish": "poland",
    "portuguese": "portugal", "serb": "serbia", "seychellois": "seychelles",
    "slovak": "slovakia", "slovene": "slovenia", "somali": "somalia", "spaniard": "spain",
    "spanish": "spain", "surinamese": "suriname", "swazi": "eswatini", "swede": "sweden",
    "swiss": "switzerland", "tajik": "tajikistan", "thai": "thailand", "tobagonian": "tobago",
    "togolese": "togo", "turk": "turkiye", "turkey": "turkiye", "turkish": "turkiye",
    "turkmen": "turkmenistan", "uzbek": "uzbekistan", "vietnamese": "viet",
    "vincentian": "vincent",
}  # fmt: skip
# A French elided article is no part of the name it opens: "d'Ivoire", "l'Union".
_ELIDED_RE = re.compile(r"^[dl]'(?=\w)")


def name_key(word: str) -> str:
    """The form of a folded word that names compare by: without an elided article, and an
    irregular demonym as the word of its country's name."""
    # Called for every word a name is compared with: the regex only where an article can be.
    bare = _ELIDED_RE.sub("", word) if word[1:2] == "'" else word
    if bare not in _DEMONYMS and bare.endswith("s") and bare[:-1] in _DEMONYMS:
        bare = bare[:-1]  # Filipinos, Thais, Afghans: the plural of an irregular demonym
    return _DEMONYMS.get(bare, bare)


# Every word of a sentence is compared with each name asked, for every candidate sentence
# of every question: 1.2 million comparisons in an eval split, of far fewer distinct pairs.
@lru_cache(maxsize=1 << 16)
def same_name(a: str, b: str) -> bool:
    """Folded words ``a`` and ``b`` name the same place or people."""
    if a == b:
        return True
    a, b = name_key(a), name_key(b)
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    if shared < _NAME_STEM:
        return False
    ends = {a[shared:], b[shared:]}
    plural = "" in ends and ends & {"s", "es"}
    return bool(plural) or any(
        x in _COUNTRY_ENDINGS and y in _ADJECTIVE_ENDINGS for x in ends for y in ends
    )


_NAME_TOKEN_RE = re.compile(r"[^\W\d_][\w'’\-]*")


# The end of a sentence before a word: "?", "!" or a full stop after a word of four letters
# or more (not "Mr.", "Ms.", "Dr.", "No.", which a name follows).
_SENTENCE_END_RE = re.compile(r"(?:[?!]|[^\W\d_]{4,}\.)[\s\"'“‘(]*$")


_POSSESSIVE_RE = re.compile(r"['’]s$")


def is_acronym(token: str) -> bool:
    """``token`` is written in capitals throughout, its possessive aside: "EU's" is the
    acronym "EU" as "Kenya's" is the name "Kenya"."""
    bare = _POSSESSIVE_RE.sub("", token)
    return len(bare) > 1 and bare.isupper()


def capitalised_names(question: str) -> list[str]:
    """Words a question capitalises mid-sentence: the names of countries, bodies, people, in
    any script that has case ("Curaçao", "Côte", "Łukasz"). A word that starts a sentence is
    capitalised as every first word is, the question's first or a later one's ("Are referees
    attacked? Anything on that?")."""
    text = normalise(question)
    return [
        t
        for i, m in enumerate(_NAME_TOKEN_RE.finditer(text))
        if i > 0
        and len(t := m.group(0)) >= 3
        and t[0].isupper()
        and not is_acronym(t)
        and fold(t) not in STOPWORDS
        and not _SENTENCE_END_RE.search(text[: m.start()])
    ]


# What may join the words of one name: "Islamic Republic of Iran", "Maria do Céu". Not
# "and", which joins names as often as it is in one ("Kenya and Uganda").
_RUN_JOINERS = frozenset({"", "of", "de", "do", "da", "du", "del", "des"})


def name_runs(question: str, names: Collection[str]) -> list[str]:
    """The ``names`` (words of ``question``) as the question writes them together: "Cabo
    Verde", not "Cabo" and "Verde"; a run is broken by anything but a space or a joiner."""
    runs: list[str] = []
    end = -1
    text = normalise(question)
    for m in re.finditer(r"[^\W_][\w'’\-]*", text):
        if m.group(0) not in names:
            if m.group(0).lower() not in _RUN_JOINERS:
                end = -1
            continue
        if runs and end >= 0 and text[end : m.start()].strip().lower() in _RUN_JOINERS:
            runs[-1] += text[end : m.start()] + m.group(0)
        else:
            runs.append(m.group(0))
        end = m.end()
    return runs
