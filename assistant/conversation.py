"""Resolves a follow-up question against the conversation, deterministically (no LLM):
"And what about youth?" after "What did speakers say about women?" becomes "What did speakers
say about youth?"; a pronoun ("their", "it") is tied to the previous question's subject; and a
question that points back ("Who said that?", "What else does that paragraph ask for?") keeps
the paragraphs the previous answer cited in view."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant._answer_type import (
    ATTENDEES,
    YEAR_RE,
    asks_recommended,
    expected_type,
    person_named,
)
from assistant._countries import countries_written, is_country
from assistant._lexicon import is_noun
from assistant._text import FRAME_WORDS, PRONOUNS, STOPWORDS, content_words, words
from assistant.models import Message
from ingest.wordnet import is_word

_ELLIPSIS_RE = re.compile(
    r"^\s*(?:and\s+|but\s+)?(?:what|how)\s+about\s+(?P<topic>.+?)\s*\??\s*$"
    r"|^\s*and\s+(?!(?:what|how|which|who|whom|why|when|where|did|do|does|is|are|was|were)\b)"
    r"(?P<short>(?:\S+\s*){1,4}?)\s*\??\s*$",
    re.IGNORECASE,
)
# "in that context", "this issue": a reference to the previous subject without a pronoun.
_DEMONSTRATIVE_RE = re.compile(
    r"\b(?:this|that|these|those|such)\s+(?:context|case|issue|topic|regard|matter|area|point|"
    r"subject|question|group|groups|recommendation|measure|measures)\b",
    re.IGNORECASE,
)
_SUBJECT_RE = re.compile(
    r"\b(?:about|regarding|concerning|on|of|for|with)\s+(?P<subject>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)


def _subject(question: str) -> str:
    """The subject of a question: what follows its last 'about/on/of …', else its content words
    that can name a thing. A pronoun stands for a noun phrase, never for what was done to it:
    "who chaired it?" after "Where was the container meeting held?" carries "container
    meeting", not "held"; a word WordNet does not know (a name, an acronym) is kept."""
    m = _SUBJECT_RE.search(question)
    if m and set(words(m.group("subject"))) - STOPWORDS - PRONOUNS:
        return m.group("subject").strip()
    kept = [
        w
        for w in words(question)
        if w not in STOPWORDS and w not in FRAME_WORDS and (is_noun(w) or not is_word(w))
    ]
    return " ".join(kept)


def _with_subject(question: str, before: str) -> str:
    """``question`` with the previous question's subject after it, in brackets (none when
    the previous question named no thing)."""
    subject = _subject(before)
    return f"{question.rstrip()} ({subject})" if subject else question


# A run of capitalised words after the question's first word: "the World Customs
# Organization", "Côte d'Ivoire", "UNAFEI".
_NAME_RUN_RE = re.compile(
    r"(?<!^)(?<![.?!]\s)\b(?:the\s+)?[^\W\d_a-z][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?"
    r"(?:the\s+)?[^\W\d_a-z][\w'’-]*)*"
)


_PARTIES_ASKED_RE = re.compile(r"\b(?:which|what|how\s+many)\s+(?P<noun>[^\W\d_]+)", re.I)


def _substitute(question: str, topic: str) -> str | None:
    """``question`` with ``topic`` put for the element of its kind: a year for its year, a name
    for its first name ("And the World Health Organization?" after "What did the World Customs
    Organization report?"); None when the question holds none of that kind."""
    # "And the observers?" after "Which countries spoke on the item?" asks which observers
    # did: one kind of party for another where the question asks for parties.
    head = topic.split()[-1].lower() if topic else ""
    asked = _PARTIES_ASKED_RE.search(question)
    if head in ATTENDEES and asked and asked.group("noun").lower() in ATTENDEES:
        bare = re.sub(r"^the\s+", "", topic, flags=re.IGNORECASE)
        return f"{question[: asked.start('noun')]}{bare}{question[asked.end('noun') :]}"
    if YEAR_RE.fullmatch(topic):
        year = YEAR_RE.search(question)
        return f"{question[: year.start()]}{topic}{question[year.end() :]}" if year else None
    named = topic[:1].isupper() or re.match(r"the\s+[^\W\d_a-z]", topic)
    if named and (m := _NAME_RUN_RE.search(question)):
        return f"{question[: m.start()]}{topic}{question[m.end() :]}"
    return None


def _replace_subject(question: str, topic: str) -> str:
    """Puts ``topic`` where the question had its subject: a year or a name for one of its kind
    (``_substitute``), else what followed about/on/of."""
    if (replaced := _substitute(question, topic)) is not None:
        return replaced
    m = _SUBJECT_RE.search(question)
    if m:
        # The subject's slot has its preposition already: "And for prison staff?" -> "… about
        # prison staff?"
        bare = re.sub(r"^(?:for|about|on|regarding|concerning|of|with)\s+", "", topic, flags=re.I)
        return f"{question[: m.start('subject')]}{bare}?"
    return f"{question.rstrip(' ?')} — {topic}?"


# "that", "this paragraph", "he", "there": words that point at what was just said.
_POINTER_RE = re.compile(
    r"\b(?:that|this|these|those|it|its|he|she|him|her|his|they|them|their|there)\b",
    re.IGNORECASE,
)
# What points at the answer itself: a demonstrative ("that", "this paragraph", "there");
# a personal pronoun points at a person or group, which the question then names.
_ANSWER_POINTER_RE = re.compile(r"\b(?:that|this|these|those|it|there)\b", re.IGNORECASE)
_MARKER_RE = re.compile(r"\[([^\[\]]{1,120})\]")
# A pointer after a preposition points at the subject ("recommended on that", "about it",
# "in that context", "their mental health"), not at the answer.
_TOPIC_POINTER_RE = re.compile(
    r"\b(?:on|about|regarding|concerning|in|for|with|to|against|of)\s+"
    r"(?:that|this|these|those|it|them)\b|\b(?:its|their|his|her)\b",
    re.IGNORECASE,
)
_CARRIED_RE = re.compile(r"\([^()]*\)\s*$")
# "How many of them …", "Which of these …": a part of what the answer gave is asked about.
_PARTITIVE_RE = re.compile(
    r"\b(?:how\s+many|how\s+much|which|what\s+share|what\s+proportion|what\s+part|some|"
    r"most|all|any|none|one|each|both|several)\s+of\s+(?:them|those|these|it|that)\b",
    re.IGNORECASE,
)
# "What else …", "any other …", "anything more": the answer must go beyond what was quoted.
_BEYOND_RE = re.compile(r"\b(?:else|other|others|more|further|besides)\b", re.IGNORECASE)


# "What else does that recommendation ask for?", "… that paragraph …", "… that one …": the
# previous answer's own paragraph is pointed at, by a demonstrative and a noun for a part of a
# report (a closed class), or "one".
_PART_RE = re.compile(
    r"\b(?:that|this|the\s+same)\s+(?:paragraph|recommendation|item|sub-?item|point|sentence"
    r"|passage|list|section|clause|provision|part|one)\b"
    # "What else does it ask for?": "it", the subject of a verb a text asks or says by, is
    # the paragraph the answer quoted.
    r"|\b(?:does|did|do)\s+it\s+(?:say|ask|call|recommend|propose|suggest|urge|mention|cover"
    r"|include|request|add)\b",
    re.IGNORECASE,
)


# "Which paragraph is that?", "Where does it say that?", "What is the source?": where the
# previous answer comes from, which its citations say, not what the documents say.
_SOURCE_RE = re.compile(
    r"\b(?:which|what)\s+(?:paragraph|section|part|page|recommendation|item|sub-?item|document"
    r"|report)\s+(?:is|was|does|did|has)\s+(?:that|this|it)\b"
    r"|\bwhere\s+(?:does|did|do|is)\s+(?:it|that|this|they)\s+(?:say|said|state|come\s+from)\b"
    r"|\bwhat(?:'s|\s+is)\s+the\s+source\b",
    re.IGNORECASE,
)


def asks_source(question: str) -> bool:
    """The question asks where the previous answer comes from ("Which paragraph is that?"):
    the paragraphs it cited answer, as quoted, in either mode."""
    return bool(_SOURCE_RE.search(question))


# "And what does the next one ask for?", "What about the previous recommendation?", "the
# paragraph after that": the unit beside the one the previous answer cited last, in the
# report's order. A closed class of English words for order.
_ADJACENT_RE = re.compile(
    r"\b(?P<dir>next|following|previous|preceding)\s+(?:one|paragraph|recommendation|item"
    r"|point|sub-?paragraph)\b"
    r"|\b(?:one|paragraph|recommendation)\s+(?P<dir2>before|after)\s+(?:that|it|this)\b",
    re.IGNORECASE,
)


def adjacent_asked(question: str, history: Sequence[Message]) -> tuple[str, int] | None:
    """For a question about the unit beside the one the previous answer cited ("What does the
    next one ask for?"): that answer's last marker, and +1 (after it) or -1 (before it)."""
    m = _ADJACENT_RE.search(question)
    answers = [h.content for h in history if h.role == "assistant"]
    markers = _MARKER_RE.findall(answers[-1]) if m and answers else []
    if not m or not markers:
        return None
    word = (m.group("dir") or m.group("dir2")).lower()
    return markers[-1].strip(), 1 if word in ("next", "following", "after") else -1


def asks_rest_of_part(question: str) -> bool:
    """The question asks what else the paragraph the previous answer quoted says ("What else
    does that recommendation ask for?"): its other sentences answer, whatever their topic."""
    return bool(_BEYOND_RE.search(question)) and bool(_PART_RE.search(question))


@dataclass(frozen=True)
class Resolved:
    """A question as asked in a conversation, made to stand alone."""

    standalone: str
    cited: tuple[str, ...] = ()  # markers of the previous answer, when the question points back
    beyond: tuple[str, ...] = ()  # sentences already given, when the question asks for more
    # True when the question asks about the previous answer itself ("Who said that?", "Which
    # year was that?"): only its paragraphs can answer. False when it points at the subject
    # ("What was recommended on that?"): other paragraphs may answer too.
    about_answer: bool = False
    # The previous answer's sentences, when the question is about that answer: "Who said that?"
    # asks for the speaker of what they quote.
    quoted: tuple[str, ...] = ()
    # True when the previous answer ended on a sentence that introduces a list it did not give
    # ("… in particular by:") and the question only echoes it ("In particular by what?",
    # "By what?", "Which ones?"): the items that sentence introduces answer.
    introduced: bool = False


def resolve(question: str, history: Sequence[Message]) -> Resolved:
    standalone = standalone_question(question, history)
    answers = [m.content for m in history if m.role == "assistant"]
    if not answers or not [m for m in history if m.role == "user"]:
        return Resolved(standalone)
    previous = answers[-1]
    cited = tuple(dict.fromkeys(m.strip() for m in _MARKER_RE.findall(previous)))
    announced = cited and _MARKER_RE.sub("", previous).rstrip().endswith(":")
    # Nothing asked that the answer did not say: the question asks for what it announced.
    if announced and not set(content_words(question)) - set(words(previous)):
        return Resolved(standalone, cited, introduced=True)
    points_back = (
        bool(_POINTER_RE.search(question)) or not set(words(question)) - STOPWORDS - FRAME_WORDS
    )
    if not points_back:
        return Resolved(standalone)
    said = tuple(s for s in re.split(r"(?<=[.;:!?])\s+", _MARKER_RE.sub("", previous)) if s)
    beyond = said if _BEYOND_RE.search(question) else ()
    about_answer = bool(
        _ANSWER_POINTER_RE.search(question) and not _TOPIC_POINTER_RE.search(question)
    ) or bool(_PARTITIVE_RE.search(question))
    before = standalone_question(
        [m.content for m in history if m.role == "user"][-1], _before_last_user(history)
    )
    if (
        cited
        and asks_recommended(question)
        and not asks_recommended(before)
        and (about_answer or _party_only(before))
    ):
        # "Did the recommendations pick that up?" after what a speaker said asks whether
        # another part of the report takes up what the answer said: the recommendations
        # answer, not the paragraphs quoted, and what was said is the subject, not the person
        # the previous question named. A pointer after a preposition ("recommend about it")
        # stands for the previous subject instead, when the previous question had one
        # besides the party it asked about. (A refusal cites nothing, and says no point.)
        return Resolved(f"{_CARRIED_RE.sub('', question).rstrip()} ({_statement(said)})")
    if about_answer and not _CARRIED_RE.search(standalone):
        standalone = _with_subject(standalone, before)
    return Resolved(standalone, cited, beyond, about_answer, said if about_answer else ())


def _party_only(question: str) -> bool:
    """The question's subject is only the party it asks about ("What did Efua Mensah talk
    about?", "What did the representative of Kenya say?"): every word of it is written as a
    name, with a capital after the question's first word, or names the speaker."""
    capitalised = {w for t in question.split()[1:] if t[:1].isupper() for w in words(t)}
    # "the representative of Kenya": a speaker as a report gives the floor.
    speakers = {w for m in _SPEAKER_RE.finditer(question) for w in words(m.group(0))}
    return set(words(_subject(question))) - FRAME_WORDS - STOPWORDS <= capitalised | speakers


def _statement(said: Sequence[str]) -> str:
    """What an answer's sentences say, without who said it: the speakers it names ("Efua
    Mensah (Ghana)", "the observer for the CyberPeace Institute") and what it puts in
    brackets, which a passage taking up the point need not repeat."""
    text = " ".join(said)
    for pattern in (_PERSON_RE, _SPEAKER_RE, _BRACKETED_RE):
        text = pattern.sub(" ", text)
    return " ".join(text.split()).rstrip(" .;:")


_BRACKETED_RE = re.compile(r"\([^()]*\)")


def standalone_question(question: str, history: Sequence[Message]) -> str:
    """The question as it would be asked without the conversation before it."""
    previous = [m.content for m in history if m.role == "user"]
    if not previous:
        return question
    # The previous question may itself have been a follow-up.
    before = standalone_question(previous[-1], _before_last_user(history))
    if m := _ELLIPSIS_RE.match(question):
        topic = (m.group("topic") or m.group("short") or "").strip().rstrip("?").strip()
        if topic and _SCOPE_RE.match(topic):
            # "And in 2021?" after "… seized in 2024?" asks the same of another year, as "And in
            # Kyrgyzstan?" after "What did Azerbaijan say …?" does of another name; "And in the
            # recommendations?" narrows the question, it replaces nothing.
            bare = _SCOPE_RE.sub("", topic, count=1).strip()
            return _substitute(before, bare) or f"{before.rstrip(' ?')} {topic}?"
        if topic:
            return _replace_subject(before, topic)
    if (m := _DISLOCATED_RE.match(question)) and (
        pronoun := _DISLOCATED_POINTER_RE.search(m.group("rest"))
    ):
        # "And young people — anything for them in the recommendations?": the pronoun stands
        # for the subject set out before the dash, not for the previous question's.
        topic, rest = m.group("topic").strip(), m.group("rest")
        said = f"{topic}'s" if pronoun.group(0).lower() in ("its", "their") else topic
        return f"{rest[: pronoun.start()]}{said}{rest[pronoun.end() :]}"
    if (place := _country_named(before)) and (there := _LOCATIVE_THERE_RE.search(question)):
        # "And what are the police there doing about it?" after "What did Malaysia say …?":
        # "there" stands for the place named before, as a pronoun for the subject.
        question = f"{question[: there.start()]}in {place}{question[there.end() :]}"
    person = _person(history)
    if person and _PERSON_PRONOUN_RE.search(question):
        # "Which country was he from?" after an answer naming "Björn Åkesson (Sweden)".
        return _PERSON_PRONOUN_RE.sub(
            lambda m: f"{person}'s" if m.group(0).lower() in ("his", "her") else person, question
        )
    own = set(words(question)) - STOPWORDS - FRAME_WORDS
    pointing = bool(_POINTER_RE.search(question)) and not own
    # "recommended on that", "said about this": a demonstrative after a preposition stands for
    # the previous subject, as a pronoun does.
    if (
        set(words(question)) & PRONOUNS
        or _DEMONSTRATIVE_RE.search(question)
        or _TOPIC_POINTER_RE.search(question)
        or pointing
    ):
        return _with_subject(question, before)
    return question


_SCOPE_RE = re.compile(r"^(?:in|at|under|during|within|among|from)\s", re.IGNORECASE)
# "there" as a place ("the police there"), not the "there" of "Is there …?", "there was …".
_LOCATIVE_THERE_RE = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)\bthere\b"
    r"(?!\s+(?:is|are|was|were|will|would|has|have|had|must|should|could|might|may|seems?|"
    r"appears?|'s|’s)\b)",
    re.IGNORECASE,
)


def _country_named(question: str) -> str:
    """The country ``question`` names last, as it writes it ("" for none)."""
    written = countries_written(question)
    return written[-1] if written else ""


# A subject set out first, then the question about it ("And young people — anything for them
# in the recommendations?", "As for migrants: what was said about them?"): left dislocation,
# whose pronoun points back to the subject before the dash or colon.
_DISLOCATED_RE = re.compile(
    r"^\s*(?:and|but|as\s+for|as\s+to|now)\s+(?P<topic>[^—–:,?]{2,60}?)\s*(?:—|–|:|,|\s-)\s*"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_DISLOCATED_POINTER_RE = re.compile(r"\b(?:them|they|their|it|its)\b", re.IGNORECASE)
_PERSON_PRONOUN_RE = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)
# A person as UN reports write one: "Ms. Nadia Benali (Tunisia)", "Björn Åkesson (Sweden)".
_PERSON_RE = re.compile(
    r"(?:\b(?:Ms|Mr|Mrs|Dr)\.\s+)?\b([^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){1,3})"
    r"(?=\s*\()"
)


# One speaker as a report gives the floor: "the observer for Europol", "the expert from
# Curaçao", "the representative of the Republic of Korea" (the name ends where the capitals do).
_SPEAKER_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:representative|observer|expert|delegate|participant|panellist|panelist)"
    r"\s+(?:of|from|for)\s+(?:the\s+)?[^\W\d_a-z][\w'’-]*"
    r"(?:\s+(?:(?:of|and|for|on|the)\s+)*[^\W\d_a-z][\w'’-]*)*"
)


def _person(history: Sequence[Message]) -> str:
    """The person the conversation last named (in the last answer, else the last question):
    by name ("Björn Åkesson (Sweden)") or as the speaker a report gives the floor to ("the
    observer for Europol"), whichever the message names first. An answer to "Who …?" names
    its person however it writes them ("It was opened by Serik Tölegenov, First Deputy
    Minister …"), and so does an answer that opens with a person."""
    asked_who = [m for m in history[-2:] if m.role == "user"]
    for message in reversed(history[-2:]):
        found = [m for r in (_PERSON_RE, _SPEAKER_RE) if (m := r.search(message.content))]
        if found:
            first = min(found, key=lambda m: m.start())
            if first.re is _PERSON_RE:
                return first.group(1)
            return re.sub(r"^The\b", "the", first.group(0))
        if message.role != "assistant":
            continue
        said = _MARKER_RE.sub("", message.content).strip()
        named = person_named(said, is_country)
        if named and (
            (asked_who and expected_type(asked_who[-1].content) in ("agent", "name"))
            or _TITLE_RE.sub("", said).startswith(named)
        ):
            # An answer to "Who …?" names its person wherever it does; any other answer that
            # opens with a person ("João Pedro Araújo described audits …") has them for its
            # subject, whom "he" or "she" next stands for.
            return named
    return ""


_TITLE_RE = re.compile(r"^(?:Mrs|Mr|Ms|Dr)\.?\s+")


def _before_last_user(history: Sequence[Message]) -> list[Message]:
    for i in range(len(history) - 1, -1, -1):
        if history[i].role == "user":
            return list(history[:i])
    return []
