"""What a question asks for, measured against the documents it is asked of."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant._answer_type import (
    FIGURE_ASKING,
    OFFICE_ASKING,
    YEAR_RE,
    AnswerType,
    Record,
    asked_record,
    asks_future,
    asks_recommended,
    counted,
    expected_type,
    reports_speech,
    speaker_asked,
    speaker_roles,
    unnamed_speakers,
)
from assistant._lexicon import names_a_kind, phrasal_verbs
from assistant._references import paragraph_refs, without_refs
from assistant._spelled import unwritten_acronym
from assistant._text import (
    EVENT_NOUNS,
    FRAME_WORDS,
    STOPWORDS,
    capitalised_names,
    content_phrases,
    content_words,
    is_acronym,
    name_key,
    name_runs,
    raw_words,
    same_name,
    sentences,
    stem_words,
    words,
)
from assistant.retrieval import UnitHit, UnitIndex
from congress_qa.textnorm import normalise
from ingest.models import DocumentMeta

_LIST_RE = re.compile(
    r"^\s*(which|list|name|enumerate)\b|\bwhat (are|were) the\b|\bwhich\b.*\b\w+s\b"
    r"|\b(?:tell me|know|see)\s+which\b"
    # A list asked for anywhere in a request ("Can you list …", "Give me the full list of
    # …"), and everything of a kind ("all the ways", "all of the recommendations").
    r"|\b(?:list|enumerate)\b"
    r"|\ball\s+(?:of\s+)?the\s+(?:[\w-]+\s+)?(?!(?:is|was|has|does|says)\b)\w+s\b",
    re.IGNORECASE,
)
# A request for a summary (the words are frames too, see ``FRAME_WORDS``).
_SUMMARY_RE = re.compile(
    r"\bsum\s+up\b|\bsummar(?:y|ies|i[sz]e[sd]?|i[sz]ing)\b|\bgist\b|\bnutshell\b|\brundown\b"
    r"|\boverview\b|\brecap\b|\brun\s+(?:me|us)\s+through\b",
    re.IGNORECASE,
)
# A hyphenated compound ("evidence-based", "3D-printed", "cross-border").
_COMPOUND_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
_KIND_RE = re.compile(r"\b(?:which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?([^\W\d_]+)", re.I)
# A meeting being held: "Where did the experts meet?", "When was the workshop held?". Held,
# taking place or happening (the verbs of ``_EVENT_RE``), the event must be a meeting ("When
# did that operation take place?" asks about something else).
# "Where was the workshop?" asks the same: a where/when question in the past whose subject,
# the event, ends it has no other verb to ask about ("When is that session?" may ask about
# one to come).
_CONVENED_RE = re.compile(
    rf"\b(?:meet|met|convened|hosted)\b|\b(?:{'|'.join(EVENT_NOUNS)})\b.*"
    r"\b(?:held|(?:tak(?:e|es|ing)|took)\s+place|happen(?:s|ed)?|occur(?:s|red)?)\b"
    r"|\b(?:where|when)\s+(?:was|were)\s+(?:the|this|that|these|those)\b[^?]*?"
    rf"\b(?:{'|'.join(EVENT_NOUNS)})s?\s*[?.!]?\s*$",
    re.I,
)
# Verbs of happening ("took place", "happened", "occurred") in a where/when question name the
# event whose place or date is asked; the answer gives the place or date (the answer-type
# check demands it) without repeating the verb: "Place and dates of the meeting: Bangkok …".
_EVENT_RE = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|taken)\s+place\b|\b(?:happen|occur)(?:s|ed|red|ring|ing)?\b", re.I
)
# "How many", "how much", "how long": the wh-phrase asks for a quantity (the answer-type
# check demands one); its adverb is no concept the answer must share, as "what" is none.
_HOW_RE = re.compile(r"\bhow\s+(?:many|much|long|often|far|old|large|big)\b", re.I)
# The conversation module appends the earlier subject in parentheses: "(children)".
_CARRIED_RE = re.compile(r"\s*\(([^()]*)\)\s*$")
# "Did the recommendations pick up on that?", "Is there a recommendation that deals with
# it?": the verb whose object, through its particle, is the earlier subject (a pronoun ending
# the question) only relates the question to that subject; a text on the subject need not
# use it ("pick"). A verb with a direct object ("How much did it cost them?") keeps it.
_ON_EARLIER_RE = re.compile(
    r"\b[^\W\d_]+(?:\s+(?:up|on|upon|with|to|back|into|over|about)){1,2}"
    r"\s+(?:that|this|it|them|those|these)\s*[?.!]*\s*$",
    re.I,
)
# "Apart from UNAFEI, which observers took the floor?", "Which organizations were represented
# besides the States?": the names after such words are excluded from the answer, not asked for.
_EXCEPT_RE = re.compile(
    r"\b(?:(?:apart|aside)\s+from|besides|other\s+than|except(?:\s+for)?|excluding)\s+"
    r"[^,;?]*?(?=\s*(?:[,;?]|$)|\s+(?:which|who|whom|what|did|do|does|was|were|is|are)\b)",
    re.IGNORECASE,
)
# "under agenda item 7", "on item 5 (a)": the part of the report the question is about. UN
# reports head their sections with the agenda item they cover, so the heading answers it.
_ITEM_SCOPE_RE = re.compile(
    r"\b(?:under|in|on|for|at)\s+(?:the\s+)?(?:agenda\s+)?item\s+(\d+)(?:\s*\(([a-z])\))?",
    re.IGNORECASE,
)
# A subject carried over from the previous question counts half as much as the words asked
# now: the new question decides what is wanted, the old one only says about what.
_CARRIED_WEIGHT = 0.5
# The noun a wh-word asks for ("which measures"), beside other concepts, counts half as much
# as the words asked about: it says what kind of thing answers, not what it is about. Half
# was the only value tried (calibration: unanswerable refused 0.809 -> 0.815, key facts
# 0.770 -> 0.772, against leaving the noun out altogether, as before).
_KIND_WEIGHT = 0.5
# Nouns for a class of parties that UN style capitalises ("Member States", "Governments",
# "States parties"): asked for after a wh-word ("Which States spoke?") they name the kind of
# answer, as "countries" does, not a party the answer must name.
_CLASS_NOUNS = frozenset({"states", "governments", "parties"})
# "State" is a common noun in capitals wherever it stands ("guns going missing from State
# stocks", "Member States"), no party the answer must name; "the Government of Peru" and "the
# Conference of the Parties" are names (calibration ae-43).
_CLASS_WORDS = frozenset({"state", "states"})


@dataclass(frozen=True)
class QueryProfile:
    text: str
    focus: str  # the question without frame words and words that only name the document
    weights: dict[str, float]  # stem -> idf weight, for the terms that pick sentences
    forms: dict[str, str]  # stem -> the word as asked, for soft matching
    names: tuple[str, ...]  # folded proper names asked about: the answer's unit must hold them
    unknown_names: tuple[str, ...]  # names no served document mentions
    answer_type: AnswerType
    list_like: bool
    given: tuple[str, ...] = ()  # sentences the conversation already gave ("what else …?")
    # Stems of the role a named speaker is asked about in ("participant" in "What did the
    # participant from São Tomé and Príncipe call for?"): held by any text that gives the
    # party a speaker's role ("the expert from São Tomé and Príncipe"), see ``speaks_as``.
    roles: tuple[str, ...] = ()
    name_forms: tuple[str, ...] = ()  # the names asked about, as written
    # The names a question joins with "and", "or" or commas ("in Brazil and Argentina"), each
    # as its words: it asks the same of each, and a sentence naming one answers for that one
    # (``names_asked``). Empty when the names are not so joined ("What did Brazil say about
    # Argentina?" asks Brazil's word on Argentina: one sentence must name both).
    each_of: tuple[tuple[str, ...], ...] = ()
    counted: str = ""  # what a "how many" question counts, as written ("firearms")
    # The agenda item the question is scoped to ("5(a)", "7"), or "": only the units under its
    # heading answer, and the words that name it are no concept (see ``in_scope``).
    scope: str = ""
    # The question without the words that only name the documents searched: within them,
    # "the Southern Africa workshop" says nothing about which paragraph is meant.
    search: str = ""
    # "Where did the experts meet?", "When was the meeting held?": the meeting's own place or
    # dates are asked for, which its report gives on its place-and-dates line.
    convened: bool = False
    # "What did the meeting recommend on custody?": a recommendation is asked for, which a
    # statement of facts on the topic is not.
    recommending: bool = False
    # "Which countries did the experts come from?", "What was on the agenda?": a record the
    # report keeps once of the meeting (who attended, the agenda), whatever its words.
    record: Record = ""
    # "Sum up the discussion on piracy": a summary asks what was said on its topic, as the
    # topic page does; it is answered at the topic threshold, at a list's length.
    summary: bool = False
    # The paragraphs the question names by number ("What does paragraph 8 (d) say?"): only
    # they answer, and the words that name them are no concept. A lettered recommendation
    # ("(b)") is given its paragraph when the store is searched (``assistant.py``).
    paragraphs: tuple[str, ...] = ()
    # "Who said that?" about the previous answer: its sentences, whose speaker is asked for
    # (the party whose statement they continue, see ``extractive.py``).
    speaker_of: tuple[str, ...] = ()
    # "Did she say anything else?": the units (doc id, unit id) of the statement it asks the
    # rest of; its sentences by that party answer without a topic to match.
    rest_of: tuple[tuple[str, str], ...] = ()
    # Stems of the words asked that no unit of the documents searched uses ("crooks",
    # "graft"): the asker's vocabulary, not the documents'; a text holding a WordNet near term
    # of one holds it (``_lexicon.py``). Another document's use of the word does not make it
    # the searched documents' own: one document says "recidivism", another "reoffending".
    unseen: frozenset[str] = frozenset()
    # Stems of the verbs asked with a particle, with the phrase they make ("set" → "set up"):
    # a text holding a WordNet near term of the phrase ("established") holds the concept,
    # whether or not the documents use the verb alone ("set out").
    phrasal: tuple[tuple[str, str], ...] = ()
    # Adjacent words asked, as their two stems and the pair as written ("machine learning",
    # "dirty money"): a two-word term may mean what neither word does alone, and the
    # documents may say it otherwise ("artificial intelligence", "money-laundering").
    pairs: tuple[tuple[str, str, str], ...] = ()

    @property
    def total_weight(self) -> float:
        return sum(self.weights.values()) or 1.0

    @property
    def quotes_paragraphs(self) -> bool:
        """The question asks only for the paragraphs it names ("What does paragraph 8 (d)
        say?"): they are quoted whole."""
        return bool(self.paragraphs) and not self.weights

    @property
    def numeric(self) -> bool:
        return self.answer_type == "number"


def _terms(text: str) -> dict[str, str]:
    kept = content_words(text)
    return dict(zip(stem_words(kept), kept, strict=True))


def asked_kind(question: str) -> str:
    """The stem of the noun a wh-word asks for ("Which steps …?" → "step"; "What kinds of
    crime …?" → "crime"), or "": the kind of answer asked for, not a thing asked about."""
    kind = _KIND_RE.search(question)
    return _stem(kind.group(1)) if kind else ""


def _stem(word: str) -> str:
    folded = words(word)
    return stem_words(folded)[0] if folded else ""


# Words of a meeting's head too common to say which meeting is meant.
_GENERIC_HEAD = frozenset({"meet", "report", "draft", "addendum", "the", "of"})
# Nouns for the event a report is about, whatever its own name calls it: "the session",
# "this workshop", "the Bangkok gathering" say which document as "the meeting" does (a closed
# class). Not with a complement ("the conference on labour exploitation" is another event)
# nor counted ("How many sessions …?").
_EVENT_NOUN_RE = re.compile(
    rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?({'|'.join(EVENT_NOUNS)})"
    r"(?!\s+(?:on|of|for|about|in|to)\b)\b",
    re.I,
)
# "On this item", "under the agenda item": with no number, the agenda item a report is
# written under, which names the document as "this meeting" does (a numbered item, "item
# 5 (a)", scopes the question instead: ``scope``; "the agenda item on cash couriers" names
# one item of several by its subject, which stays asked).
_OWN_ITEM_RE = re.compile(
    r"\b(?:the|this|that)\s+((?:agenda\s+)?item)\b(?!\s*\(?\d|\s+(?:on|of|for|about|in|to)\b)",
    re.I,
)
# A document as a reader names it: the words before a noun for the event or its report ("the
# Montevideo juvenile justice meeting", "the prison report", "the Kampala terrorist-financing
# workshop report"), up to four of them, the widest such phrase a reader writes; no article,
# preposition or conjunction among them ("the experts at the Bangkok meeting" describes the
# meeting by "Bangkok" alone).
_FUNCTION_WORDS = frozenset(
    ["the", "this", "that", "these", "those", "a", "an", "of", "on", "at", "in", "for", "to",
     "by", "from", "with", "and", "or", "as"]
)  # fmt: skip
_FUNCTION_WORD = rf"(?:{'|'.join(sorted(_FUNCTION_WORDS))})"
_DESCRIBED_RE = re.compile(
    rf"\b(?:the|this|that)\s+(?P<words>(?:(?!{_FUNCTION_WORD}\s)[^\W\d_][\w'’-]*\s+){{1,4}}?)"
    rf"(?:{'|'.join(EVENT_NOUNS)}|report|document)s?\b",
    re.I,
)
_COMPLEMENT_RE = re.compile(r"\s(?:for|on|to)\s.*?(?=\s\|\s|$)")
# A document as a reader names it by its subject: "the report on the illicit tobacco trade",
# "the meeting on prison management", "the workshop about witness protection".
_SUBJECT_RE = re.compile(
    rf"\b(?:the|this|that)\s+(?P<noun>{'|'.join(EVENT_NOUNS)}|report|document)s?\s+"
    r"(?:on|about|concerning|regarding)\s+(?P<words>[^?.!,;:]+)",
    re.I,
)


def _head(name: str) -> str:
    return _COMPLEMENT_RE.sub("", name)


# Two names offered as choices: "January or in February", "Arabic or Spanish".
_CHOICE_RE = re.compile(
    r"\b([^\W\d_][\w'’-]*)\s*,?\s+or\s+(?:(?:in|at|on|by|from|the)\s+)?([^\W\d_][\w'’-]*)"
)
# What a question asks about, after "about", "on", "regarding" or "concerning".
_TOPIC_SLOT_RE = re.compile(r"\b(?:about|regarding|concerning|on)\s+(?P<topic>[^?]+)", re.I)


def document_naming(meta: DocumentMeta, asked_stems: set[str]) -> set[str]:
    """The stems of a question (``asked_stems``) that may name the document ``meta``: its
    meeting's and title's heads and its place and dates ("the Andean meeting", "the Lima
    meeting"); with one of the heads' own words asked, the whole names ("the Andean meeting
    for the Fifteenth Congress")."""
    # Each name's head on its own: a meeting line cut short ("… Congress on", as a PDF's
    # masthead may leave it) must not take the title's head away with its complement.
    head = set(stem_words(words(f"{_head(meta.meeting)} {_head(meta.title)} {meta.place_dates}")))
    if asked_stems & head - _GENERIC_HEAD:
        return head | set(stem_words(words(f"{meta.meeting} {meta.title}")))
    return head


def described(meta: DocumentMeta, asked: str) -> set[str]:
    """The stems of the words by which ``asked`` describes the document ``meta`` before a noun
    for it ("juvenile" and "justice" in "the Montevideo juvenile justice meeting"), when one
    of them is a word of its name, title or place ("Montevideo"): the phrase then refers to
    the document as a whole, in the reader's words, and asks no concept of the answer. A
    phrase none of whose words the document's name holds ("the Bangkok meeting" of another
    report) describes another document and stays asked."""
    name = set(stem_words(words(f"{meta.meeting} {meta.title} {meta.place_dates}")))
    out: set[str] = set()
    for m in _DESCRIBED_RE.finditer(asked):
        phrase = set(stem_words(words(m.group("words"))))
        if phrase & name - _GENERIC_HEAD:
            out |= phrase
    # By its subject: the words after "on" that the document's name holds, up to the first
    # it does not ("the meeting on tobacco trade say about minors": tobacco, trade); and the
    # noun for it, whatever the document calls itself ("the session on crimes against
    # journalists" of a report on a meeting).
    for m in _SUBJECT_RE.finditer(asked):
        subject: set[str] = set()
        for word in words(m.group("words")):
            if word in _FUNCTION_WORDS:
                continue
            stem = stem_words([word])
            if not stem or stem[0] not in name:
                break
            subject.add(stem[0])
        if subject:
            out |= subject | set(stem_words(words(m.group("noun"))))
    return out


def _known(word: str, vocabulary: set[str]) -> bool:
    key = name_key(word)
    if word in vocabulary or key in vocabulary:
        return True
    # Only words that start as the name (or its country) does, or with an elided article,
    # can be the same name: the rest of the vocabulary is not compared.
    starts = (word[:1], key[:1])
    return any(same_name(word, v) for v in vocabulary if v[:1] in starts or v[1:2] == "'")


# Pronouns by which what is asked points back at a person or thing an opening statement
# named ("I met Mr. Ali. What did he say?"); not "this", which points at a topic as often.
_POINTING_BACK = frozenset(
    {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "it", "its"}
)
# Words by which an asker speaks of themselves or their side.
_FIRST_PERSON = frozenset(
    {"i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "we've", "us", "our", "ours"}
)


def about_the_asker(question: str) -> str:
    """``question`` without its opening statements about the asker ("Our delegation wants to
    raise whistle-blowing at the Congress.", "I work for an NGO in Borneo."): sentences before
    the question proper that speak in the first person and ask nothing. They say who asks and
    why, not what is asked, unless what is asked speaks of the asker too ("I am from Kenya.
    What did my country say?") or points back at what they named ("… What did he say?"):
    then they are kept, as they say whom "my" or "he" is. Sentences are a text's
    (``sentences``): a colon ends none, as it joins what it introduces to it ("… a note on
    Kenya and India: how were their nationals recruited?" asks about Kenya and India)."""
    parts = sentences(question.strip())
    if len(parts) < 2:
        return question
    *opening, last = parts
    if (_FIRST_PERSON | _POINTING_BACK) & set(words(last)):
        return question
    kept = [p for p in opening if p.rstrip().endswith("?") or not _FIRST_PERSON & set(words(p))]
    return " ".join([*kept, last])


def analyse(
    question: str,
    index: UnitIndex,
    doc_ids: Sequence[str] | None,
    metas: dict[str, DocumentMeta],
    given: Sequence[str] = (),
) -> QueryProfile:
    carried = _CARRIED_RE.search(question)
    asked = question[: carried.start()] if carried else question
    answer_type = expected_type(asked)
    paragraphs = paragraph_refs(asked)
    unreferenced = without_refs(asked) if paragraphs else asked
    unframed = _HOW_RE.sub(" ", unreferenced)
    if carried:
        unframed = _ON_EARLIER_RE.sub(" ", unframed)
    own = _terms(_EVENT_RE.sub(" ", unframed) if answer_type in ("place", "date") else unframed)
    extra = {s: w for s, w in _terms(carried.group(1)).items() if s not in own} if carried else {}
    # Words that only name the document ("the Asia and Pacific preparatory meeting") pick the
    # document, not the sentence within it.
    # A meeting's name names the document: "the Asia and Pacific regional preparatory
    # meeting", "the expert group meeting on prison management". Its complement alone (what
    # follows "for"/"on": "the Fifteenth Congress") names another event or a subject, and
    # stays a concept of the question unless the question names the meeting's head too.
    chosen = [m for d, m in metas.items() if doc_ids is None or d in doc_ids]
    asked_stems = set(stem_words(words(asked)))
    events = [m.group(1).lower() for m in _EVENT_NOUN_RE.finditer(asked)]
    events += [w for m in _OWN_ITEM_RE.finditer(asked) for w in words(m.group(1))]
    naming: set[str] = set(stem_words(events)) if chosen else set()
    for m in chosen:
        naming |= document_naming(m, asked_stems) | described(m, asked)
    # What a "how many" question counts must be in the answer even when it also names the
    # document: "How many experts were there?" of an expert group meeting.
    what = counted(asked)
    naming.discard(_stem(what) if what else "")
    forms = {s: w for s, w in (own | extra).items() if s not in naming}
    if not forms and not paragraphs:
        # A question made only of a document's name asks about the document ("What was the
        # Bangkok meeting about?"); with a paragraph named, the name only picks the document.
        forms = own | extra
    # The noun a wh-word asks for ("which measures", "what penalties", "which countries")
    # names the kind of answer: the document may list the measures without calling them
    # measures, but a text that says "penalties" is likelier about penalties. Beside other
    # concepts it is half a concept (``_KIND_WEIGHT``); alone, none.
    kind = _KIND_RE.search(asked)
    kind_stem = asked_kind(asked)
    scope = ""
    if item := _ITEM_SCOPE_RE.search(asked):
        number, letter = item.group(1), (item.group(2) or "").lower()
        scope = f"{number}({letter})" if letter else number
        for word in ("agenda", "item", number, letter):
            forms.pop(_stem(word), None)
    if answer_type == "office":
        # "What role did Sheraz Ali play?" asks for an office: "Rapporteur of the meeting:
        # Sheraz Ali" gives it without the words that ask for it.
        for word in OFFICE_ASKING:
            forms.pop(_stem(word), None)
    if answer_type == "name":
        # "the name of the Chair" asks for a name: the answer gives it without the word.
        forms.pop(_stem("name"), None)
    asking_figure = {_stem(w) for w in FIGURE_ASKING} & set(forms)
    if answer_type == "number" and len(asking_figure) < len(forms):
        # "What percentage of the States …?" asks for a share, which the answer gives as
        # "forty per cent": the word asks for the kind of answer, as "name" does above.
        for stem in asking_figure:
            del forms[stem]
    # Who said it, when the question names no one ("What did speakers say about …?"), is
    # no concept either: the report gives the same point as the experts' or the meeting's.
    for role in stem_words(sorted(unnamed_speakers(asked))):
        if len(forms) > 1:
            forms.pop(role, None)
    if set(forms) == {kind_stem}:
        # With nothing else asked ("Which measures did the meeting recommend?"), the noun
        # only names the kind of answer, which the document lists without the word.
        del forms[kind_stem]
    carried_over = {s for s in forms if s in extra and s not in own}
    weights = {
        s: index.idf(s)
        * (_CARRIED_WEIGHT if s in carried_over else _KIND_WEIGHT if s == kind_stem else 1.0)
        for s in forms
    }
    # A hyphenated compound is one word: its parts share one concept's weight, so that a
    # text holding "evidence-based" alone does not hold two of the concepts of "challenges
    # and evidence-based responses".
    for compound in _COMPOUND_RE.findall(asked):
        parts = [s for s in dict.fromkeys(stem_words(words(compound))) if s in weights]
        for s in parts:
            weights[s] /= len(parts)
    # The agenda item a question is scoped to is found by the headings, not by similarity.
    unscoped = _ITEM_SCOPE_RE.sub(" ", unreferenced)
    focus_words = [
        w
        for w in raw_words(unscoped)
        if (f := words(w)) and f[0] not in FRAME_WORDS and (_stem(w) not in naming or not forms)
    ]
    focus = " ".join(focus_words) or asked
    if carried:
        focus = f"{focus} {carried.group(1)}"
    vocabulary = index.word_vocab(doc_ids)
    proper = index.proper_words(doc_ids)
    # Names that only say who asks ("I work for an NGO in Borneo. Did the delegates …?")
    # are not what is asked: an answer need not name them (``about_the_asker``).
    named_in = about_the_asker(asked)
    asked_names = capitalised_names(named_in)
    class_kind = kind.group(1) if kind and kind.group(1).lower() in _CLASS_NOUNS else ""
    unknown = tuple(
        n
        for n in asked_names
        if not set(words(n)) <= _CLASS_WORDS
        and not all(_known(w, vocabulary) for w in words(n))
        # "NGOs", "TVs": the short form of a kind of thing, asked about as any concept is
        # (the lexicon's near terms), not a name the documents fail to mention.
        and not names_a_kind(n)
    )
    # The party whose statement is asked, when it is an acronym the documents never write
    # nor spell ("What did the WCS say …?"), said nothing in them: no sentence of another
    # party's answers. (An acronym elsewhere in a question is a concept, which a near word
    # may hold: "What did the EU representative say?", "Do CCTV cameras work?")
    party = [w for w in raw_words(speaker_asked(asked)) if w.lower() != "the"]
    if (
        len(party) == 1
        and party[0] not in unknown
        and not names_a_kind(party[0])
        and unwritten_acronym(party[0], index, doc_ids)
    ):
        unknown = (*unknown, party[0])
    # "Did the meeting take place in January or in February?": a name offered as one choice
    # among others the documents do know is no reason to refuse; the known choice answers.
    for first, second in _CHOICE_RE.findall(asked):
        if first in unknown and second in asked_names and second not in unknown:
            unknown = tuple(n for n in unknown if n != first)
        if second in unknown and first in asked_names and first not in unknown:
            unknown = tuple(n for n in unknown if n != second)
    # A question typed in capitals throughout has no acronyms to tell apart.
    acronyms = [t for t in raw_words(named_in) if is_acronym(t) and not asked.isupper()]
    excluded = {w for m in _EXCEPT_RE.finditer(asked) for w in words(m.group(0))} & {
        w for n in [*asked_names, *acronyms] for w in words(n)
    }
    if class_kind:
        # "Which States spoke …?" asks for States, as "Which countries" asks for countries.
        excluded.add(class_kind.lower())
    # An acronym is a name even when it spells a common word: "the WHO representative".
    spelled = {w.lower() for w in acronyms}
    # Not the short form of a kind of thing ("DNA", "NGOs"): asked about as any concept is, it
    # need not be written that way by the sentence that answers ("the profiles of laboratory
    # staff" answers what was asked of their DNA), as a name must be.
    kinds = {w.lower() for w in acronyms if names_a_kind(w)}
    names = tuple(
        dict.fromkeys(
            w
            for n in [*asked_names, *acronyms]
            for w in words(n)
            if any(same_name(w, p) for p in proper)
            and _stem(w) not in naming
            and (w not in STOPWORDS or w in spelled)
            and w not in excluded
            and w not in _CLASS_WORDS
            and w not in kinds
        )
    )
    if excluded:
        # An excluded name is no concept either: the answer is about the others.
        dropped = {_stem(w) for w in excluded}
        weights = {s: v for s, v in weights.items() if s not in dropped}
    # A year the question gives ("How many vessels were detained in 2020?") restricts the
    # answer as a name does; one the documents never give is named in the refusal, as an
    # unknown name is. Years that date the document itself ("the 2025 Bangkok meeting") only
    # pick it.
    dating = {y for m in chosen for y in YEAR_RE.findall(f"{m.place_dates} {m.issue_date}")}
    years = [y for y in dict.fromkeys(YEAR_RE.findall(unscoped)) if y not in dating]
    names = (*names, *(y for y in years if y in vocabulary))
    unknown = (*unknown, *(y for y in years if y not in vocabulary))
    # A name asked about is checked on its own (the answer's sentence must hold it); what the
    # question asks of it is the rest: "What did UNAFEI say about prison overcrowding?" is not
    # answered by a sentence that names UNAFEI and nothing on prisons.
    # A name within what is asked about, beside its other words, is part of the topic: "What
    # did he say about DNA testing?" asks about DNA testing, which the name's sentence holds.
    slot = _TOPIC_SLOT_RE.search(asked)
    in_topic = set(stem_words(content_words(slot.group("topic")))) if slot else set()
    named_stems = {_stem(n) for n in names}
    if in_topic - named_stems:
        named_stems -= in_topic
    topic = {s: w for s, w in weights.items() if s not in named_stems}
    if topic and len(topic) < len(weights):
        weights = topic
    if set(weights) == {kind_stem}:
        # "Who was the Rapporteur, and which country was he from?": with the name asked about
        # checked on its own, the noun the wh-word asks for is all that is left, and it only
        # names the kind of answer, as when it stands alone (above): no concept.
        weights = {}
    roles = tuple(s for s in stem_words(sorted(speaker_roles(asked))) if s in weights)
    if (
        answer_type == "statement"
        and names
        and all(reports_speech(s) or s in roles for s in weights)
    ):
        # With nothing else asked ("What did the Canadian expert warn about?"), the verb only
        # names the kind of answer, a statement of the party's, which the report may write
        # "noted" or "recommended": as a kind noun alone is (above), it is no concept; nor
        # is the role the party spoke in, which the names check holds it to.
        weights = {s: w for s, w in weights.items() if s in roles}
    # A name the documents never use is named in the refusal as the question writes it, with
    # the words of it they do use: "the documents do not mention West Africa", not "West",
    # when a report on Africa never writes "West" ("Curaçao" was once cut to "Cura").
    runs = name_runs(asked, set(asked_names))
    unknown = tuple(
        dict.fromkeys(
            next((r for r in runs if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", r)), n)
            for n in unknown
        )
    )
    name_forms = tuple(
        name_runs(
            asked,
            {n for n in [*asked_names, *acronyms, *years] if any(w in names for w in words(n))},
        )
    )
    return QueryProfile(
        text=question,
        focus=focus,
        weights=weights,
        forms=forms,
        names=names,
        unknown_names=unknown,
        answer_type=answer_type,
        list_like=bool(_LIST_RE.search(asked)),
        given=tuple(given),
        name_forms=name_forms,
        each_of=_joined(name_forms, asked, names),
        counted=what,
        scope=scope,
        roles=roles,
        unseen=frozenset(s for s in weights if not index.uses(s, doc_ids)),
        phrasal=tuple(
            (stem, phrase)
            for verb, phrase in phrasal_verbs(asked).items()
            if (stem := _stem(verb)) in weights
        ),
        pairs=tuple(
            (a, b, f"{first} {second}")
            for first, second in (pair.split() for pair in content_phrases(asked))
            if (a := _stem(first)) in weights and (b := _stem(second)) in weights and a != b
        ),
        search=" ".join(w for w in raw_words(question) if _stem(w) not in naming) or question,
        summary=bool(_SUMMARY_RE.search(asked)),
        paragraphs=paragraphs,
        convened=answer_type in ("place", "date")
        and bool(_CONVENED_RE.search(asked))
        and not asks_future(asked),
        record=asked_record(asked),
        recommending=asks_recommended(asked),
    )


# What may stand between two names a question joins: a comma, "and", "or", or both.
_JOINER_RE = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)(?:the\s+)?", re.IGNORECASE)


def _joined(forms: Sequence[str], asked: str, names: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """The names ``forms`` as groups of their words when the question joins them all, one
    after the other, by ``_JOINER_RE`` (and every name asked is in one); else ()."""
    if len(forms) < 2:
        return ()
    text = normalise(asked)
    spans = []
    for form in forms:
        at = text.find(form)
        if at < 0:
            return ()
        spans.append((at, at + len(form)))
    spans.sort()
    gaps = [text[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
    if not all(_JOINER_RE.fullmatch(gap) for gap in gaps):
        return ()
    groups = tuple(tuple(w for w in words(form) if w in names) for form in forms)
    if not all(groups) or set(names) - {w for g in groups for w in g}:
        return ()
    return groups


def in_scope(scope: str, hit: UnitHit) -> bool:
    """True when ``hit`` sits under the heading of agenda item ``scope`` ("7", "5(a)"); an item
    asked without its letter takes in every lettered part ("5" finds "item 5 (a)")."""
    return _under_item(scope, hit.section, hit.lead_in)


# Units share their headings: each heading is matched once per scope, not once per unit.
@lru_cache(maxsize=4096)
def _under_item(scope: str, section: str, lead_in: str) -> bool:
    heading = re.sub(r"\s+", "", f"{section} {lead_in}".lower())
    number, _, letter = scope.rstrip(")").partition("(")
    pattern = rf"item{number}(?!\d)" + (rf"\({letter}\)" if letter else "")
    return bool(re.search(pattern, heading))
