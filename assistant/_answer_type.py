"""What kind of answer a question asks for, and whether a sentence gives it.

A passage that shares the question's words but not the kind of thing asked for is not an
answer: "How many participants attended?" is not answered by a sentence without a figure,
"When will the strategies be adopted?" not by one without a time, "Who chaired?" not by one
that names no person or body. The word lists are closed classes of English (number words,
month names, nouns for people and bodies), not wordings of particular questions."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Literal

from assistant._countries import acronym_of_country, countries_named, is_country, listed
from assistant._lexicon import kind_of, usually_noun, usually_verb
from assistant._text import (
    EVENT_NOUNS,
    STOPWORDS,
    capitalised_names,
    name_key,
    raw_words,
    same_name,
    stem_words,
    words,
)
from assistant._text import wordset as _wordset
from congress_qa.textnorm import fold

AnswerType = Literal[
    "number", "date", "place", "agent", "name", "statement", "office", "sanction", "any"
]

_QUANTITY = (
    r"(?:percentage|proportion|share|fraction|portion|amount|number|sum|figure|rate|total|"
    r"cost|costs|budget|value|price|count|size|population|volume)"
)
# Measures a figure gives, when they head what is asked for ("What is the minimum age of
# criminal responsibility …?", "What is the legal maximum for pretrial detention?"): not
# after "of", where they are a topic ("What was recommended on the age of criminal
# responsibility?").
_MEASURE = r"(?:age|duration|length|maximum|minimum|threshold)"
# "how many", "what share", "the number of", and a quantity that heads the thing asked for:
# "What is the unemployment rate …?", "What was the value of …?".
# A sum of money asked for by what names one ("What monthly salary …?", "Which fees …?").
_SUM_ASKED = (
    r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:salary|salaries|wage|wages|fee|fees|ransom|ransoms|bribe|bribes|rent|rents)\b"
)
_NUMBER_Q = re.compile(
    r"\bhow (?:many|much|long|old|often|large|big)\b"
    rf"|{_SUM_ASKED}"
    # "What were the shark fins worth?": what a thing is worth is a sum.
    r"|\bwhat\s+(?:is|was|are|were|will\s+be)\b[^?]{0,80}?\bworth\b"
    rf"|\b(?:what|which)\s+{_QUANTITY}\b"
    rf"|\b{_QUANTITY} of\b"
    rf"|\b(?:what|which)\s+(?:is|was|are|were)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_QUANTITY}\b"
    rf"|\b(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+(?:[\w-]+\s+){{0,2}}?)?{_MEASURE}\b",
    re.IGNORECASE,
)
# The question word that opens the question proper, after any frame ("Can you tell me who
# chaired …?"): its first wh-word.
_WH_RE = re.compile(r"\b(who|whom|whose|where|when|what|which|how|why)\b", re.IGNORECASE)
# A question that opens with an auxiliary asks yes or no ("Did anyone talk about people who
# were trafficked?", "… consular help when a country has no embassy?"): a wh-word inside it
# joins a clause and asks for nothing, unless it opens an embedded question, after a verb of
# saying or knowing ("Did the report say who chaired it?", "Can you tell me where …?"), after
# "about" ("Was anything said about where they came from?"), or a second question (", and
# what was their role?").
_YES_NO_RE = re.compile(
    r"^\s*(?:did|does|do|is|was|were|are|has|have|had|can|could|would|will|should|may)\b",
    re.IGNORECASE,
)
_EMBEDDING_RE = re.compile(
    r"(?:\b(?:say|says|said|tell|told|me|us|know|known|knows|mention|mentions|mentioned|"
    r"explain|explains|explained|report|reports|reported|specify|specifies|specified|"
    r"indicate|indicates|indicated|state|states|stated|ask|asked|show|shows|shown|clear|"
    r"about|and|or)|,)\s*$",
    re.IGNORECASE,
)


# A clause of time or place that opens a question ("When the police get to the scene, what
# must they do first?") is no question of its own: the clause after its comma asks.
# A when-question inverts its verb ("When was …", "Where did …"): that asks, it opens nothing.
_OPENING_CLAUSE_RE = re.compile(
    r"^\s*(?:when|where|whenever|wherever)\b(?!\s+(?:did|does|do|is|was|were|are|has|have|"
    r"had|can|could|would|will|should|may|might|must)\b)[^,?]*,\s*",
    re.IGNORECASE,
)


def _asking_wh(question: str) -> re.Match[str] | None:
    """The wh-word that asks the question (see ``_YES_NO_RE``), if one does."""
    opening = _OPENING_CLAUSE_RE.match(question)
    start = opening.end() if opening else 0
    main = question[start:]
    yes_no = bool(_YES_NO_RE.match(main))
    for m in _WH_RE.finditer(question, start):
        if not yes_no or _EMBEDDING_RE.search(question[start : m.start()]):
            return m
    return None


def asks_whether(question: str) -> bool:
    """A yes-or-no question ("Did Russia say anything?", "Was Japan among the speakers?"),
    with no wh-word asking for more ("Did they say what it cost?" asks what)."""
    opening = _OPENING_CLAUSE_RE.match(question)
    main = question[opening.end() if opening else 0 :]
    return bool(_YES_NO_RE.match(main)) and _asking_wh(question) is None


# The noun a wh-word asks for may stand right after it ("What dates …?") or after a copula
# and its article ("What are the dates of the workshop?", "What was the venue?"), as the
# quantities of ``_NUMBER_Q`` may: the same question either way.
_ASKED_AFTER_WH = (
    r"^(?:what|which)(?:['’]s\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"|\s+(?:(?:is|was|are|were|will\s+be)\s+the\s+(?:[\w-]+\s+){0,2}?)?)"
)
_DATE_NOUNS = r"(?:date|dates|year|years|day|days|month|time|period)\b"
_PLACE_NOUNS = r"(?:city|cities|venue|location|place)\b"
# "On what exact dates …?", "Which precise venue …?": how precisely it is asked for.
_EXACTLY = r"(?:(?:exact|precise)\s+)?"
_DATE_AFTER_WH = re.compile(rf"{_ASKED_AFTER_WH}{_EXACTLY}{_DATE_NOUNS}", re.IGNORECASE)
_PLACE_AFTER_WH = re.compile(rf"{_ASKED_AFTER_WH}{_EXACTLY}{_PLACE_NOUNS}", re.IGNORECASE)
# A yes-or-no question whether a date or a place exists or was decided, with at most one
# word before the noun ("Is there a date for …?", "Has a venue been chosen …?", "Has a host
# city been chosen …?", "Was any new date set …?"; not "Was the main city affected …?").
_KIND_NOUN = r"(?:a|an|the|any)\s+(?:[\w-]+\s+)?(dates?|days?|venue|location|place|city)\b"
_KIND_ASKED_YES_NO = re.compile(
    rf"^\W*(?:is|are|was|were)\s+there\s+{_KIND_NOUN}"
    rf"|^\W*(?:has|have|had|was|were|is|are)\s+{_KIND_NOUN}(?:\s+\w+){{0,2}}?\s+"
    r"(?:chosen|set|fixed|decided|agreed|announced|selected|named|confirmed|scheduled|known)\b",
    re.IGNORECASE,
)
# The words a wh-word asks for, up to the first small word ("what's the final deadline to
# send comments" asks for "final deadline").
_ASKED_WORDS_RE = re.compile(
    r"^(?:what|which)(?:['’]s\s+the|\s+(?:is|was|are|were|will\s+be)\s+the)?"
    r"((?:\s+(?!(?:to|for|of|on|in|at|by|that|which|when|do|does|did)\b)[\w-]+){1,3})",
    re.IGNORECASE,
)


def _asks_time(rest: str) -> bool:
    """The wh-word asks for a point or span of time by a noun the lists above do not hold: a
    word most often a noun (``usually_noun``) that WordNet makes a kind of point in time or
    of time period ("deadline", "week"; not "full" or "go", which have such a noun sense but
    rarely mean it)."""
    m = _ASKED_WORDS_RE.match(rest)
    return bool(m) and any(
        usually_noun(w) and (kind_of(w, "point in time") or kind_of(w, "time period"))
        for w in words(m.group(1))
    )


# The words after "which" or "what" that name what it asks for ("Which ransomware gang hit
# …"), read as far as a verb, a verb's helper, a preposition or a conjunction: "What is the
# country doing?" asks what the country does, not which one it is.
_ASKED_NOUN_RE = re.compile(r"^(?:what|which)\s+(.*)", re.IGNORECASE | re.DOTALL)
_ASKED_NOUN_REACH = 3
_ASKED_NOUN_ENDS = _wordset(
    "to for of on in at by that which when who and or is are was were be been do does did "
    "has have had can could will would shall should may might must"
)


def _asks_organization(rest: str) -> bool:
    """Which or what asks for an organisation by a noun the list of ``_NAME_Q`` does not
    hold: the noun it qualifies (the last before a verb or a function word; an owner, "the
    Secretariat's", only qualifies it) is most often a noun, and WordNet makes it a kind of
    organization ("Which ransomware gang …?", "What cartel …?"). An organisation is
    answered by its name: "a ransomware attack on a regional hospital" names no gang. A
    country is WordNet's organization too, and is asked for as one (``_COUNTRY_Q``)."""
    m = _ASKED_NOUN_RE.match(rest)
    if not m:
        return False
    head = ""
    for token in re.findall(r"[\w'’-]+", m.group(1))[:_ASKED_NOUN_REACH]:
        word = token.lower()
        if word in _ASKED_NOUN_ENDS or (head and usually_verb(word)):
            break
        if re.search(r"['’]s?$", token):
            continue
        if usually_noun(word):
            head = word
    return bool(head) and kind_of(head, "organization") and not kind_of(head, "political unit")


# Asked for by name: a person's or an organisation's name, which the answer must add.
# Up to two words that qualify the noun a wh-word asks for ("Which mobile money companies
# …?"), never a verb's helper or a determiner ("What did the companies say?" asks what).
_MODIFIERS = (
    r"(?:(?!(?:do|does|did|is|are|was|were|can|could|would|will|should|has|have|had|the|"
    r"that|this|these|those|of)\b)[\w'’-]+\s+){0,2}?"
)
_NAME_Q = re.compile(
    r"\bname\s+of\b|\bwhat\s+(?:is|was)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:'s|’s)?\s+"
    r"name\b"
    rf"|\b(?:which|what)\s+{_MODIFIERS}(?:companies|company|firms?|businesses|banks?|"
    r"providers?|platforms?|brands?|ngos?)\b",
    re.IGNORECASE,
)
# A count between the wh-word and the noun asks for the same thing: "Which 23 countries sent
# experts?" asks for countries as "Which countries …?" does (their number it already gives).
# Numbers written in words as a count or an age is ("eleven", "twenty-two").
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)"
)
_GIVEN_COUNT = rf"(?:(?:\d{{1,4}}|{_NUMBER_WORD})(?:-[a-z]+)?\s+)?"
_AGENT_AFTER_WH = re.compile(
    rf"^(?:which|what)\s+{_GIVEN_COUNT}(?:country|countries|delegations?|states?|organi[sz]ations?|persons?|"
    r"speakers?|experts?|body|bodies|agency|agencies|institutions?|observers?|governments?|"
    r"officials?|officers?|people)\b",
    re.IGNORECASE,
)

# "What did Japan say?", "What did the expert from Senegal report?", "Did Ms. Dubois present
# anything herself?", "What did she talk about as an expert?": what a named party said.
# A sentence that only names the party (among those present, as an officer) does not answer.
# Not "speak": "Did the Thai delegation speak on this item?" asks whether it spoke, which the
# record of who spoke answers.
_STATEMENT_Q = re.compile(
    r"(?:\bwhat\s+|^\s*)(?:did|does|do|has|have)\s+(?P<who>.+?)\s+(?:say|report|tell|mention|"
    r"describe|note|stress|propose|share|present|explain|suggest|highlight|emphasi[sz]e|raise|"
    r"add|call|ask|urge|request|recommend|advocate|warn|express|talk|discuss|argue|comment)"
    r"\b"
    # The same asked indirectly: "Tell me what Solomon Islands said."
    r"|\bwhat\s+(?P<who2>.+?)\s+(?:said|reported|told|mentioned|described|noted|stressed|"
    r"proposed|shared|presented|explained|suggested|highlighted|emphasi[sz]ed|raised|added|"
    r"called|asked|urged|requested|recommended|advocated|warned|expressed|talked|discussed|"
    r"argued|commented)\b",
    re.IGNORECASE,
)
# "What did the Africa meeting recommend?" asks what the report says, not what a party said:
# the meeting speaks through all its paragraphs.
_EVENT_WHO_RE = re.compile(rf"\b(?:{'|'.join(EVENT_NOUNS)}|report|document)s?\b", re.I)
# Verbs (and nouns) of reported speech in UN reports: a closed class of English. "Statements
# were made by …" and "A statement was delivered by …" record who spoke, not what they said:
# "statement" and "delivered" are not among them.
_REPORTING = _wordset(
    """said say says stated noted notes noting stressed stressing
    reported reporting described describing highlighted highlighting emphasized emphasised
    emphasizing underlined underscored informed explained explaining expressed referred
    called calling recommended recommending proposed proposing suggested shared presented
    presenting outlined welcomed urged thanked mentioned observed pointed drew raised
    announced indicated recalled acknowledged commended encouraged warned cautioned argued
    agreed invited requested affirmed reaffirmed reiterated confirmed added gave provided
    introduced briefed spoke told advocated supported concluded considered
    identified discussed addressed estimated cited illustrated shown showed
    remarks remarked view views proposal proposals suggestion suggestions recommendation
    recommendations concern concerns"""
)

# What opens a statement by its speaker's name: a verb of reported speech, or the record of
# one ("… delivered a statement on behalf of the Executive Director").
_STATING = _REPORTING | {"statement", "statements"}
_REPORTING_STEMS = frozenset(stem_words(sorted(_REPORTING)))

_CARDINALS = _wordset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions trillion dozen
    dozens half halves twice double triple tripled doubled quadrupled thirds quarters fifths
    tenths percent"""
)
# "one" and the ordinals read as figures only as fractions ("a third", "one in five").
_FRACTION_RE = re.compile(
    r"\b(?:a|one|two|three)[\s-]+(?:third|quarter|fifth|tenth|half)s?\b"
    r"|\bone\s+(?:in|out\s+of)\s+\w+|\bper\s*cent\b|%",
    re.IGNORECASE,
)
# A question about a share ("What proportion of …?", "By what percentage …?") is answered by
# a share: a per cent, a fraction, or a part of a whole ("12 of the 20 States"); one about
# money ("What did it cost?", "the value of the goods seized") by an amount in a currency.
# A count of units seized answers neither.
_HOW_LONG_RE = re.compile(r"\bhow\s+(?:long|old|often)\b", re.I)
# "How many times …?" asks how often or by how much, not for a count of things, and is
# answered by a figure ("three times", "on 12 occasions") or by a word that is a multiple
# (the closed class of English multiplicatives: "twice", "tenfold", "had tripled").
_TIMES_Q = re.compile(r"\bhow\s+many\s+times\b", re.I)
_MULTIPLE_RE = re.compile(
    r"\b(?:once|twice|thrice|\w+fold|(?:doubl|tripl|quadrupl|halv)(?:e|ed|es|ing))\b", re.I
)
# A time or a frequency written without a figure: "more than a year", "several months",
# "a few weeks", "annually", "every year".
_SPAN_RE = re.compile(
    r"\b(?:an?|several|many|few|some)\s+(?:more\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)\b"
    r"|\b(?:annually|yearly|monthly|weekly|daily|every\s+(?:year|month|week|day))\b",
    re.I,
)
# "By how much …?", "How much higher …?": the size of a change or a difference, which a
# share gives as well as a sum or a count ("20 per cent higher", "from 27 to 9 per cent").
_DIFFERENCE_Q = re.compile(
    r"\bby\s+how\s+much\b|\bhow\s+much\s+(?:more|less|higher|lower|greater|cheaper|dearer|"
    r"bigger|larger|smaller|fewer|faster|slower|longer|shorter)\b",
    re.I,
)
# "How much of Gabon is covered by forest?", "How much of the fish caught is IUU?" ask for a
# part of a whole, as a share does: a year or a count in the sentence gives no part of it.
_SHARE_Q = re.compile(
    r"\b(?:percentage|proportion|share|fraction|per\s*cent)\b|%|\bhow\s+much\s+of\b", re.I
)
_MONEY_Q = re.compile(
    r"\b(?:cost|costs|costed|budget|budgets|price|prices|worth|value|spend|spent)\b"
    # "How much tax revenue …?", "How much ransom …?": how much of a sum of money (nouns that
    # name money, a closed class).
    r"|\bhow\s+much\s+(?:[\w-]+\s+){0,2}?(?:money|revenue|revenues|income|earnings|ransom|"
    r"ransoms|tax|taxes|funding|funds|profit|profits|salary|salaries|wages|bribes?)\b"
    # "What monthly salary were they promised?", "Which fee …?": what names a sum of money.
    rf"|{_SUM_ASKED}",
    re.I,
)
# The meeting's own cost asked ("How much did the Kigali meeting cost?", "the budget of the
# workshop", "How much did the EU put up for the Valletta meeting?"), not a cost the meeting
# heard of ("What did illegal fishing cost the region, according to the meeting?").
_EVENT = rf"(?:{'|'.join(EVENT_NOUNS)})s?"
_EVENT_COST_Q = re.compile(
    rf"\b{_EVENT}\s+(?:cost|costs|budget)\b|\b{_EVENT}['’]s?\s+(?:cost|budget)"
    r"|\b(?:cost|costs|budgets?|paid|pay|funded|fund|put|spent|spend)\b[^?.]*?"
    r"\b(?:for|of|into|to\s+(?:organi[sz]e|host|hold|run))\s+(?:the|this|that|its)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_EVENT}\b",
    re.I,
)
_EVENT_TEXT_RE = re.compile(rf"\b{_EVENT}\b", re.I)
_FIGURE = r"(?:\d[\d,.]*|[a-z]+)"
_SHARE_RE = re.compile(
    r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority)\b"
    rf"|\b{_FIGURE}\s+(?:(?:out\s+)?of|in)\s+(?:the\s+|all\s+|every\s+)?{_FIGURE}\b",
    re.I,
)
# "How many people …?" asks for a count: a year, a day of a month or a share ("forty per
# cent") is not one. "How many of the websites …?" may be answered by a share, and "How
# many days …?" by the dates.
_COUNT_Q = re.compile(
    r"\bhow\s+many\s+(?!of\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b|sessions?\b|times\b)",
    re.I,
)
# The words a count question counts run from "how many" to its verb: "How many illegal
# firearms were seized?" counts firearms; a participle after an adverb qualifies the noun
# ("How many privately made guns did France seize?"). Up to six words: a head with its
# qualifier ("tonnes of cocaine from Colombia"); longer runs are rare, and a wrong verb
# further on would be taken. A conjunction ends the phrase: "how many people and did it
# work?" joins a second question, whose verb is not the count's.
_COUNTED_RE = re.compile(
    r"\bhow\s+many\s+(?P<phrase>(?:(?!(?:and|or|but)\s)[^\W\d_][\w'’-]*\s+){0,5}?"
    r"(?!(?:and|or|but)\s)[^\W\d_][\w'’-]*(?<!ly))\s+"
    r"(?:did|do|does|were|was|are|is|have|has|had|will|would|can|could|should|took|take|"
    r"attended|attend|died|die|came|come|made|make|spoke|speak|sent|send|gave|give|"
    r"participated|participate|delivered|presented|submitted|signed|ratified|joined)\b",
    re.I,
)
# Units of measure and amount: a closed class.
_MEASURES = _wordset(
    """tonnes tons kilograms kilos kg grams litres liters metres meters kilometres kilometers
    hectares acres pounds ounces barrels gallons units doses"""
)
# Nouns that classify what they count: "How many kinds of crime …?" counts crimes, as "How
# many tonnes of ivory …?" counts ivory; a list of crimes answers it (``_enumeration``).
_CLASSIFIERS = _wordset("kinds types sorts forms examples categories varieties classes")
_QUALIFIER_RE = re.compile(r"\s+(?:from|of|in|at|on|for|with|by|to|under|among|between)\s+", re.I)
MONTHS = _wordset(
    """january february march april may june july august september october november
    december"""
)
_MONTH = f"(?:{'|'.join(sorted(MONTHS))})"  # matched without case
# "21–23 January", "from 16 to 18 June", "June 16": days of a month, in either order.
_DAY_MONTH_RE = re.compile(
    rf"\b\d{{1,2}}(?:\s*(?:[–-]|to|and)\s*\d{{1,2}})?\s+{_MONTH}\b|\b{_MONTH}\s+\d{{1,2}}\b",
    re.I,
)
_PER_CENT_RE = re.compile(r"(?:[\w,.-]+\s+)?(?:per\s*cent\b|%)", re.I)
# "When will the Congress take place?" asks about an event to come: a sentence telling where
# and when a meeting was held (the report's own meeting, or the front matter's "Place and
# dates of the meeting (where and when it was held …)") gives another event's place and date.
_FUTURE_Q = re.compile(r"\b(?:will|shall|going\s+to|next|upcoming|forthcoming|future)\b", re.I)


# A sentence about something still to come: "will be held", "would meet", "is scheduled for",
# "the next session", "to be held in …", "by 2030".
_FUTURE_TEXT_RE = re.compile(
    r"\b(?:will|shall|would|going\s+to|next|upcoming|forthcoming|future|scheduled|planned|"
    r"plans?|expected|intends?|to\s+be\s+(?:held|convened|organi[sz]ed|hosted)|to\s+take\s+place|"
    r"by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2})\b",
    re.I,
)


def asks_person(question: str) -> bool:
    """Who held a role is asked ("Who represented China?", "Who was the staff member that
    introduced the item?"): a person's name answers."""
    if _PERSON_WHO_Q.search(question):
        return True
    m = _WHO_ROLE_RE.search(question)
    return bool(m) and kind_of(m.group(1).lower(), "person")


def asks_future(question: str) -> bool:
    """The question asks about something still to come ("the next meeting")."""
    return bool(_FUTURE_Q.search(question))


# Currencies by symbol, code and name: a closed class.
_MONEY_RE = re.compile(
    r"[$€£¥₹₦]|\b(?:USD|EUR|GBP|CHF|JPY|CNY)\b"
    r"|\b(?:dollars?|euros?|pounds?\s+sterling|francs?|yen|yuan|renminbi|rupees?|naira|rand|"
    r"pesos?|shillings?|dinars?|dirhams?|riyals?|roubles?|rubles?|reais|bahts?|"
    r"ringgits?|rupiahs?|cedis?|kwachas?)\b",
    re.I,
)
# An ordinal places ("at its thirty-fourth session"), where a cardinal counts ("six sessions").
_ORDINAL_RE = re.compile(r"^(?:\d+(?:st|nd|rd|th)|[a-z-]*(?:first|second|third|th))$")
# After a count of days or sessions, what makes it a time: "two years ago", "six months later".
_RELATIVE = _wordset("ago later earlier after before previously")


def _times(text: str) -> set[str]:
    """The time words of ``text`` that place something in time ("at its next session", "in
    the spring"), not those a figure counts: "The Expert Group held six sessions" and "a
    three-day meeting" say how many or how long, not when."""
    tokens = [t.lower() for t in _TOKEN_RE.findall(text)]
    found = set()
    for i, token in enumerate(tokens):
        for part in token.split("-"):
            if part not in _TIME_WORDS:
                continue
            before = tokens[i - 1] if i else ""
            counted = part != token.split("-")[0] or (
                bool(before) and is_figure(before) and not _ORDINAL_RE.match(before)
            )
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not counted or after in _RELATIVE:
                found.add(part)
    return found


_TIME_WORDS = _wordset(
    """day days week weeks month months year years annual annually biennial biennium decade
    decades session sessions monday tuesday wednesday thursday friday saturday sunday spring
    summer autumn winter century"""
)
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# Nouns for people, groups and bodies: who can say, do or be something.
_AGENTS = _wordset(
    """representative representatives delegation delegations delegate delegates speaker
    speakers participant participants observer observers expert experts member members state
    states country countries government governments secretariat chair chairs chairperson
    vice rapporteur president minister ministers officer officers official officials agency
    agencies organization organizations organisation organisations institution institutions
    institute society societies academia sector authorities authority police prosecutors
    judges judge lawyers people persons person women men children youth victims offenders
    migrants communities community ngos partners donors parliament parliaments commission
    committee council assembly office meeting conference congress workshop group panel
    panellist panellists panelists moderator director chief head staff"""
)


# The nouns a report calls whoever takes the floor: "the expert from Senegal", "the observer
# for Chile", "the delegation of Mexico" are one speaker under any of them (a closed class).
_SPEAKER_ROLES = _wordset(
    """representative representatives delegation delegations delegate delegates speaker
    speakers participant participants observer observers expert experts panellist
    panellists panelist panelists"""
)


def is_speaker_role(word: str) -> bool:
    """``word`` is a noun a report calls whoever takes the floor by ("speakers", "delegation")."""
    return word.lower() in _SPEAKER_ROLES


def _who(question: str) -> str:
    """Whoever a question asks what they said ("the expert from Senegal", "speakers"), or ""."""
    statement = _STATEMENT_Q.search(question)
    return (statement.group("who") or statement.group("who2")) if statement else ""


def speaker_asked(question: str) -> str:
    """Who a statement question asks about ("the expert from Senegal" in "What did the expert
    from Senegal report?"), or "" when it asks what no named party said."""
    who = _who(question)
    if who and _has_proper_noun(f"x {who}") and not _EVENT_WHO_RE.search(who):
        return who
    return ""


# "Which groups did delegates discuss?", "What measures have experts shared?": a role noun
# that is the subject of the question's verb, with no party named after it.
_ROLE_SUBJECT_RE = re.compile(
    r"\b(?:did|do|does|have|has|had)\s+(?:the\s+|some\s+|several\s+|many\s+|other\s+)?"
    r"(?P<role>[a-z]+)\s+(?!(?:from|of|for)\b)[a-z]+",
    re.IGNORECASE,
)


def unnamed_speakers(question: str) -> set[str]:
    """The role nouns of a question's speaker when it names no party: "speakers" in "What did
    speakers say about women?" or "delegates" in "Which groups did delegates discuss?" asks
    what was said, by whoever said it."""
    found = [
        w for w in words(_who(question)) if w not in ("the", "some", "several", "many", "other")
    ]
    if found:
        return set(found) if set(found) <= _SPEAKER_ROLES else set()
    return {
        m.group("role").lower()
        for m in _ROLE_SUBJECT_RE.finditer(question)
        if m.group("role").lower() in _SPEAKER_ROLES
    }


def speaker_roles(question: str) -> set[str]:
    """The words of a question that only say in what role its named party spoke ("expert",
    "observer"): in a statement question ("What did the expert from Senegal report?"), or
    beside the name they go with ("Who was the expert from Georgia?", "the Georgian
    expert"). The name check finds the party, and the report may call the same speaker by
    another of these nouns, or by no role at all ("Ms. Mariam Kvaratskhelia (Georgia)"), so
    they are no concept the answer must share."""
    roles = set(words(speaker_asked(question))) & _SPEAKER_ROLES
    tokens = raw_words(question)
    for i, token in enumerate(tokens):
        role = token.lower()
        if role not in _SPEAKER_ROLES:
            continue
        before = tokens[i - 1] if i > 1 else ""  # not the question's first word
        after = tokens[i + 2] if i + 2 < len(tokens) and tokens[i + 1] in _OF_PARTY else ""
        if any(t[:1].isupper() for t in (before, after)):
            roles.add(role)
    return roles


# "The expert from Georgia", "the representative of Kenya", "the observer for UNICEF".
_OF_PARTY = frozenset({"from", "of", "for"})


# How far after "the expert from" the party's name may begin and end: "the representative of
# the United Kingdom of Great Britain and Northern Ireland" is one speaker.
_ROLE_REACH = 8
# A sentence's subject is within its first five words: "Ms. Hélène Dubois (France)".
_SUBJECT_REACH = 5


def opens_statement_of(sentence: str, names: tuple[str, ...]) -> bool:
    """``sentence`` opens a statement of one of the (folded) ``names``: by a speaker's role
    ("The representative of Myanmar stated …"), or with the party's name as its subject and
    a verb of speech ("Łukasz Wiśniewski, Chief of the Branch, delivered a statement …",
    "Ousmane Ndiaye (Senegal) reported …")."""
    if speaks_as(sentence, names):
        return True
    found = words(sentence)
    subject = found[:_SUBJECT_REACH]
    return all(any(same_name(w, n) for w in subject) for n in names) and bool(set(found) & _STATING)


def names_speaker(text: str) -> bool:
    """``text`` names a speaker by role ("The observer for INTERPOL", "Several speakers")."""
    return bool(_SPEAKER_ROLES & set(words(text)))


# "Who said that?", "Which delegation raised it?", "Who made that point?": the wh-word is the
# subject of a verb of reported speech. Not "Did the speakers say who …?" (the speakers said
# it) nor "Who was it to be presented to?" (who received it).
_SPEAKER_Q = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:who|which\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+"
    r"(?:had\s+|has\s+|also\s+|first\s+|actually\s+)?"
    rf"(?P<verb>{'|'.join(sorted(_REPORTING | {'made'}, key=len, reverse=True))})\b"
    r"(?:\s+(?:that|this|the|a|an|it)\s+(?P<noun>[\w'’-]+))?",
    re.IGNORECASE,
)


# "Which countries spoke on piracy?", "Who took the floor under item 4?": the parties that
# spoke, which a UN report records per item ("Statements were made by the representatives
# of …", "… took the floor").
_SPOKE = (
    r"(?:spoke|made\s+(?:a\s+)?statements?|delivered\s+(?:a\s+)?statements?"
    r"|gave\s+(?:a\s+)?statements?|took\s+the\s+floor|intervened)\b"
)
_WHO_SPOKE_RE = re.compile(
    rf"\b(?:who|which\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:also\s+)?{_SPOKE}", re.IGNORECASE
)
# "How many countries took the floor on the drugs item?": a count of the parties that spoke,
# which the same record gives by its list.
_HOW_MANY_SPOKE_RE = re.compile(
    rf"\bhow\s+many\s+(?P<party>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:also\s+)?{_SPOKE}",
    re.IGNORECASE,
)
_RECORD_RE = re.compile(
    r"\bstatements?\s+(?:was|were)\s+(?:also\s+)?(?:made|delivered|given)\s+by\b"
    r"|\btook\s+the\s+floor\b",
    re.IGNORECASE,
)


# A question opened by another interrogative asks something else of those who spoke ("What
# did the delegations who spoke on piracy recommend?").
_OTHER_ASK_RE = re.compile(
    r"^\W*(?:what|how|why|when|where|did|do|does|was|were|is|are|has|have|had)\b", re.I
)


def asks_who_spoke(question: str) -> bool:
    """The question asks which parties spoke ("Which countries spoke on piracy?", "Give me
    everyone who took the floor under item 5 (a).")."""
    return bool(_WHO_SPOKE_RE.search(question)) and not _OTHER_ASK_RE.match(question)


def spoke_count_party(question: str) -> str:
    """The parties a question asks how many of spoke ("countries" in "How many countries
    took the floor on prevention, and which ones?"); "" for any other question."""
    m = _HOW_MANY_SPOKE_RE.search(question)
    return m.group("party") if m else ""


def records_speakers(sentence: str) -> bool:
    """``sentence`` is the report's record of who spoke ("Statements were also made by the
    observers for …", "The representatives of Ghana and Togo took the floor")."""
    return bool(_RECORD_RE.search(sentence))


# "Which countries attended?", "Which countries did the experts come from?", "How many
# experts took part?": who was at the meeting, which a UN report records once, under its
# "Attendance" heading ("The meeting was attended by …", "… were represented by observers").
# Taking part in anything but the meeting ("took part in that operation", "in the discussion
# on piracy") is not attending it.
_ATTENDED_Q_RE = re.compile(
    r"\b(?:attend(?:ed|s|ing)?|participat(?:ed|e|es|ing)|(?:take|takes|took|taking)\s+part"
    r"|(?:was|were)\s+(?:also\s+)?(?:represented|present)|(?:came|come|comes)\s+from"
    r"|sent\s+(?:delegations?|experts?|representatives?|observers?))\b"
    rf"(?!\s+in\s+(?:(?:the|that|this|a|an|its|their)\s+)?+(?!(?:{'|'.join(EVENT_NOUNS)})s?\b)\w)",
    re.IGNORECASE,
)
# Those a count of attendance counts: people and parties (a closed class). "How many of the
# seized firearms came from legal stocks?" counts no one who attended.
ATTENDEES = _wordset(
    """experts expert participants participant people persons delegates delegations
    delegation representatives observers states countries governments organizations
    organisations women men officials speakers members"""
)
_ATTENDANCE_RE = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?attended\s+by\b"
    r"|\battended\s+the\s+(?:meeting|workshop|session|conference|seminar)\b"
    r"|\b(?:was|were)\s+(?:also\s+)?represented\b"
    r"|\bparticipated\s+in\s+their\s+personal\s+capacity\b",
    re.IGNORECASE,
)


# "What was on the agenda?", "List the substantive items on the agenda": the agenda, which a
# report records once ("The meeting adopted the following agenda: 1. Opening …"). "The agenda
# item" (the one under discussion) and "agenda item 5" are items, not the agenda; "the 2030
# Agenda" is another.
_AGENDA_Q_RE = re.compile(r"(?<!\d{4}\s)\bagenda\b(?!\s+item\b|\s+items\s+\d)", re.IGNORECASE)
_AGENDA_RE = re.compile(r"\bfollowing\s+agenda\b|\bagenda\b[^.]*\bas\s+follows\b", re.I)

# The records a report keeps once, of the meeting itself, which answer whatever words the
# question uses: who attended, and the agenda.
Record = Literal["attendance", "agenda", ""]


def asked_record(question: str) -> Record:
    """The report's record the question asks for: "attendance" for who attended or how many
    did ("Which observer organizations attended?", "How many experts took part, and from how
    many States?"), "agenda" for what was on the agenda, or ""."""
    kind = expected_type(question)
    attended = _ATTENDED_Q_RE.search(question)
    if attended and re.match(r"(?:came|come|comes)\s", attended.group(0), re.IGNORECASE):
        # "Which countries did the experts come from?" asks who attended; "Which country did
        # the toxic cough syrup come from?" asks where a thing came from: the one that came
        # must be an attendee.
        attended = attended if set(words(question)) & ATTENDEES else None
    if attended and (
        kind == "agent" or (kind == "number" and counted(question).lower() in ATTENDEES)
    ):
        return "attendance"
    # "Was cybercrime on the agenda?" asks yes or no; "Can you tell me what was on the
    # agenda?" asks what.
    yes_no = bool(_YES_NO_RE.match(question)) and _asking_wh(question) is None
    if _AGENDA_Q_RE.search(question) and kind == "any" and not yes_no:
        return "agenda"
    return ""


def records(record: Record, sentence: str, section: str = "") -> bool:
    """``sentence`` (under the heading ``section``) is the report's ``record``: for
    attendance, it stands under the report's "Attendance" heading or says who attended or was
    represented ("The meeting was attended by twenty-six experts …", "Observers for Egypt …
    also attended the Meeting"); for the agenda, it gives it ("… adopted the following
    agenda:")."""
    if record == "agenda":
        return bool(_AGENDA_RE.search(sentence))
    if record != "attendance":
        return False
    heading = section.rsplit(" › ", 1)[-1]
    if re.fullmatch(r"(?:[A-Z]\.\s*)?Attendance", heading.strip(), re.IGNORECASE):
        return True
    return bool(_ATTENDANCE_RE.search(sentence))


def asks_speaker(question: str) -> bool:
    """The question asks who said something: "Who said that?", "Which delegation raised it?",
    "Who made that point?"."""
    m = _SPEAKER_Q.match(question)
    if m is None or expected_type(question) != "agent":
        return False
    verb, noun = m.group("verb").lower(), (m.group("noun") or "").lower()
    return verb in _REPORTING or (verb == "made" and (noun in _STATING or noun == "point"))


def speaker_named(sentence: str, proper: Collection[str] = ()) -> bool:
    """``sentence`` names the party whose statement it opens: a speaker's role given to a name
    ("The representative of Indonesia said …", "INTERPOL's observer noted …"), or a name as
    its subject with a verb of speech ("Rosalía Magbanua, observer for …, said …"). "Speakers
    noted …" and "Artificial intelligence was described as …" name no one."""
    tokens = _tokens(sentence)
    folded = [" ".join(words(t)) for t in tokens]
    for i, word in enumerate(folded):
        if word not in _SPEAKER_ROLES:
            continue
        if i and _name_at(i - 1, tokens[i - 1], proper):
            return True
        if i + 1 < len(folded) and folded[i + 1] in ("of", "from", "for"):
            reach = range(i + 2, min(len(tokens), i + 2 + _ROLE_REACH))
            if any(_name_at(j, tokens[j], proper) for j in reach):
                return True
    # The name must come before the verb, as its subject: in "She added that her Government
    # had …" the Government is not who spoke.
    verb = next((i for i, word in enumerate(folded) if word in _STATING), None)
    if verb is None:
        return False
    return any(_name_at(j, tokens[j], proper) for j in range(min(verb, _SUBJECT_REACH)))


def opens_with_speaker(sentence: str) -> bool:
    """A speaker's role is the subject of ``sentence`` ("Several experts agreed …"): it
    gives the floor to someone, named or not."""
    return bool(set(words(sentence)[:_SUBJECT_REACH]) & _SPEAKER_ROLES)


def opens_statement(sentence: str, proper: Collection[str] = ()) -> bool:
    """``sentence`` gives the floor to one speaker, named or not, who says something in it
    ("The representative of Türkiye presented …", "Several experts agreed …"): not the
    report's record of who spoke or attended ("The meeting was attended by representatives
    of …"), which lists parties without a statement of theirs."""
    return (
        (speaker_named(sentence, proper) or opens_with_speaker(sentence))
        and bool(set(words(sentence)) & _STATING)
        and not records_speakers(sentence)
    )


# "What did the meeting recommend on …?", "Did the experts recommend …?": a recommendation
# is asked for.
_ASKS_RECOMMENDED_RE = re.compile(
    r"\brecommend(?:s|ed|ing|ation|ations)?\b"
    # A request is one too: "What did the meeting ask UNODC to do?" asks what UNODC was
    # requested to do ("The meeting requested UNODC to …", "recommended that UNODC …"), not
    # what UNODC did or organized.
    r"|\b(?:ask|asks|asked|request|requests|requested)\s+(?:\S+\s+){1,4}?to\s+\w",
    re.IGNORECASE,
)
# How UN reports make one: the verbs of recommending and their nouns ("The meeting
# recommended that …", "called on States to …", "Experts urged …", "proposals"), in the
# sentence, its lead-in or its section's heading ("Recommendations").
_RECOMMENDING_RE = re.compile(
    r"\b(?:recommend\w*|propos\w*|call(?:ed|s|ing)?\s+(?:for|on|upon)|urg\w*|"
    r"encourag\w*|invit\w*)",
    re.IGNORECASE,
)


def reports_speech(stem: str) -> bool:
    """Whether a stemmed word is a verb (or noun) of reported speech: "warn" in "What did
    Canada warn about?" names the act of speaking, which the report may write "noted"."""
    return stem in _REPORTING_STEMS


# Headings that say what kind of text their section holds: the record of a discussion
# ("Summary of deliberations", "Discussion", "Conclusions") or the meeting's recommendations.
# A closed class of UN report headings, not of topics.
_PART_KIND_RE = re.compile(
    r"\b(?:recommend\w*|deliberations?|discussions?|conclusions?|summary|proceedings|debate)\b",
    re.IGNORECASE,
)


def recommending_part(section: str, lead_in: str) -> bool:
    """A unit is one of the meeting's recommendations: its lead-in makes one ("The meeting
    recommended that Member States:"), or the nearest heading over it that says what kind of
    text its section holds does. An outer heading does not outweigh a nearer one: the
    Bangkok report sets its "Summary of deliberations" under "II. Recommendations
    (continued)", and a "Conclusions" part sits under "Conclusions and recommendations"."""
    if recommends(lead_in):
        return True
    for heading in reversed(section.split(" › ")):
        if _PART_KIND_RE.search(heading) or recommends(heading):
            return recommends(heading)
    return False


def asks_recommended(question: str) -> bool:
    """``question`` asks what was recommended."""
    return bool(_ASKS_RECOMMENDED_RE.search(question))


def recommends(text: str) -> bool:
    """``text`` (a sentence with its lead-in and heading) makes a recommendation."""
    return bool(_RECOMMENDING_RE.search(text))


def speaks_as(text: str, names: tuple[str, ...]) -> bool:
    """True when ``text`` gives one of the (folded) ``names`` a speaker's role: "the expert
    from São Tomé and Príncipe", "the representative of the World Customs Organization",
    "INTERPOL's representative", "the Kenyan delegation". A name merely near such a noun
    ("experts referred to the Council of Europe Convention") is not one. A person written
    with the country in brackets ("Ms. Mariam Kvaratskhelia (Georgia) said …") speaks for
    it, in whatever role the meeting gave its participants, as UN reports write them."""
    for m in _PERSON_FOR_RE.finditer(text):
        if any(same_name(w, n) for w in words(m.group(2)) for n in names):
            return True
    found = words(text)
    for i, word in enumerate(found):
        if word not in _SPEAKER_ROLES:
            continue
        if i and any(same_name(found[i - 1], n) for n in names):
            return True
        if i + 1 < len(found) and found[i + 1] in ("of", "from", "for"):
            after = found[i + 2 : i + 2 + _ROLE_REACH]
            if any(same_name(w, n) for w in after for n in names):
                return True
    # The role is each country's of a list right after it, however long: "the
    # representatives of Thailand, the United Arab Emirates, …, Australia and Japan".
    for m in _ROLE_OF_RE.finditer(text):
        if m.group(1).lower() not in _SPEAKER_ROLES:
            continue
        countries = listed(text[m.end() :])
        starts = bool(countries) and text[m.end() :].startswith(countries[0])
        if starts and any(same_name(w, n) for c in countries for w in words(c) for n in names):
            return True
    return False


_ROLE_OF_RE = re.compile(r"\b([^\W\d_]+)\s+(?:of|from|for)\s+(?:the\s+)?", re.IGNORECASE)


# The office a person holds: "What role did Sheraz Ali play?", "What is Mariama Bâ's job?",
# "What position does he hold in the administration?"; and whom they work for ("Which
# ministry does he work for?"). Not a stance: "the position on probation", "What position did
# the European Union take on cybercrime?" (no verb of holding an office).
_OFFICE_NOUN = r"(?:role|position|job|title|post|office|function|capacity)"
_OFFICE_Q = re.compile(
    rf"\bwhat\s+{_OFFICE_NOUN}\s+(?:did|does|do|is|was|has|had)\s+.+?\s+"
    r"(?:play|plays|played|hold|holds|held|have|has|had|occupy|occupies|occupied|fill|serve)\b"
    rf"|\bwhat(?:'s|’s|\s+(?:is|was|were|are))\s+(?:(?:\S+\s+){{0,3}}\S+(?:'s|’s)|his|her|their)\s+"
    rf"(?:\w+\s+)?{_OFFICE_NOUN}\b",
    re.IGNORECASE,
)
# "Which ministry does he work for?", "Who does Björn Åkesson work for?" (not "Which NGOs work
# in Kenya?", nor "Did Kenya employ community service?").
_EMPLOYER_Q = re.compile(
    r"\b(?:does|did|do|is|was)\s+\S.{0,40}?\s+work(?:ing)?\s+(?:for|at)\b", re.IGNORECASE
)
# The words a share question asks with, which no answer need share: "What percentage of
# the States …?" is answered by "forty per cent of the responding States". Not a cost, a
# budget or a rate: those are what is asked about; nor "number", which names a document's
# ("What's the doc number of the Addis report?" asks for its symbol).
FIGURE_ASKING = _wordset(
    """percentage percentages percent proportion proportions share fraction fractions portion"""
)
# The words an office question asks with, which no answer need share ("role", "play").
OFFICE_ASKING = _wordset(
    """role position job title post office function capacity play plays played hold holds
    held have has had occupy occupies occupied fill serve work works worked working employ
    employs employed employer"""
)
# Offices as UN reports give them beside a name ("Mariama Bâ, Minister of Fisheries", "the
# Chief of the Justice Section", "Rapporteur: José Muñoz"): a closed class of titles.
_TITLES = _wordset(
    """chair chairperson chairman chairwoman vice president rapporteur secretary minister
    director head chief deputy commissioner representative ambassador officer adviser advisor
    coordinator judge prosecutor inspector commander superintendent professor lecturer
    researcher expert observer consultant manager counsellor attorney magistrate governor
    delegate envoy executive"""
)
# The offices a meeting gives its participants, which answer for their role at the meeting
# only: asked as a role, a capacity or a function, or asked of the meeting itself ("What was
# José Muñoz's job at the meeting?", "What position was he elected to?").
_MEETING_OFFICES = _wordset("chair chairperson chairman chairwoman vice rapporteur")
_MEETING_ROLE_Q = re.compile(
    r"\b(?:role|roles|capacity|function|elected|(?:at|of|in|for)\s+(?:the|this|that)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(EVENT_NOUNS)}))\b",
    re.IGNORECASE,
)
# Whom a person works for: the bodies that employ officials (a closed class), or an acronym.
_EMPLOYERS = _wordset(
    """ministry minister department agency university institute institution office authority
    commission directorate division section branch unit service police customs court
    secretariat organization organisation council centre center bureau company bank network
    association foundation academy college laboratory programme force government"""
)
# Where an apposition ends: the name's own clause stops at a reporting verb or a relative.
_CLAUSE_END = _REPORTING | _wordset("that which who whose whom")
# Capitalised words that name no body: an office ("Commander"), or a word that is capitalised
# for where it stands ("The").
_NO_BODY_WORDS = _TITLES | STOPWORDS
# Words between a name and its office in an apposition: at most four, the widest of the forms
# UN reports write ("Ms. Nadia Benali (Tunisia) as its Chair", "Rapporteur of the meeting:
# Sheraz Ali"). Set from those forms, not tuned: it is the only value tried.
_APPOSITION = 4


def _office_of(text: str, asked: str) -> bool:
    """True when ``text`` gives the person the question names an office (or, asked whom they
    work for, a body): a title or body within a few words of their name, in their clause."""
    employer = bool(_EMPLOYER_Q.search(asked)) and not _OFFICE_Q.search(asked)
    wanted = _EMPLOYERS if employer else _TITLES | _EMPLOYERS
    if not _MEETING_ROLE_Q.search(asked):
        # "What is her job title?", "… her position in the Samoan government?": the office
        # the meeting gave her ("Chair: Aimée Uwase (Rwanda)") is not her job.
        wanted = wanted - _MEETING_OFFICES
    # Their name is no office, body or country the question names beside it ("the Chair,
    # Gülnara Sadıkova", "… in the Philippine government"), and a country the sentence names
    # is none of it: "The Chair thanked the Government and people of the Philippines" gives
    # no one a post in that government.
    person = {w for n in capitalised_names(asked) if _named_person(n) for w in words(n)}
    tokens = raw_words(text)
    folded = [(words(t) or [""])[0] for t in tokens]
    country = {w for name in countries_named(text) for w in name}
    theirs = [w not in country and any(same_name(p, w) for p in person) for w in folded]
    for i in (i for i, own in enumerate(theirs) if own):
        for step in (1, -1):
            gap, j, run = 0, i + step, 0
            while 0 <= j < len(tokens) and gap <= _APPOSITION:
                if folded[j] in _CLAUSE_END:
                    break
                if not theirs[j]:
                    acronym = employer and tokens[j].isupper() and len(tokens[j]) > 1
                    # A closed compound names a kind of its head: an "Undersecretary" is
                    # a secretary.
                    title = folded[j] in wanted or any(headed_by(folded[j], t) for t in wanted)
                    if title or acronym:
                        return True
                    # A body is written by its own name, whatever its head noun: asked whom
                    # they work for, two capitalised words in a row beside the name, neither
                    # of them an office, name the body ("Martín Ezequiel Lavalle, Commander,
                    # Argentine Naval Prefecture" in a list of participants).
                    named = tokens[j][:1].isupper() and folded[j] not in _NO_BODY_WORDS
                    run = run + 1 if named else 0
                    if employer and run >= 2:
                        return True
                    gap += 1
                j += step
    return False


# Two or more capitalised words in a row, after the question's first word.
_CAPITALISED_RUN_RE = re.compile(r"(?<!^)\b[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*)+")


def _names_person(question: str) -> bool:
    """The question names a person: a run of two or more capitalised words that is no body,
    country or acronym ("Sheraz Ali", not "the European Union", "Kenya" or "UNODC"); the role
    of a body is what it does, not an office."""
    return any(
        not any(w.isupper() for w in m.group(0).split())
        and not set(words(m.group(0))) & _NOT_PERSONS
        for m in _CAPITALISED_RUN_RE.finditer(question)
    )


def person_named(text: str, is_country: Callable[[str], bool]) -> str:
    """The first person ``text`` names by a run of two to four capitalised words that is no
    body, country, office or acronym: "Serik Tölegenov" in "It was opened by Serik Tölegenov,
    First Deputy Minister …", "Sheraz Ali" in "The Rapporteur was Sheraz Ali of Pakistan";
    "" when it names none."""
    for m in _NAME_RUN_RE.finditer(text):
        run = m.group(0)
        own = words(run)
        if (
            not any(w.isupper() for w in run.split())
            and not set(own) & (_NOT_PERSONS | _TITLES | STOPWORDS)
            and not is_country(run)
        ):
            return run
    return ""


# Two to four capitalised words in a row, anywhere.
_NAME_RUN_RE = re.compile(r"\b[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){1,3}\b")


def expected_type(question: str) -> AnswerType:
    if _SANCTION_Q.search(question):
        return "sanction"
    if _NUMBER_Q.search(question):
        return "number"
    if (_OFFICE_Q.search(question) or _EMPLOYER_Q.search(question)) and _names_person(question):
        return "office"
    if _NAME_Q.search(question):
        return "name"
    if speaker_asked(question):
        return "statement"
    m = _asking_wh(question)
    if not m:
        # "Has a venue been chosen for the follow-up meeting?", "Is there a date for it?":
        # whether a place or a date is known is answered by giving it.
        yes_no = _KIND_ASKED_YES_NO.search(question)
        if yes_no:
            noun = (yes_no.group(1) or yes_no.group(2)).lower()
            return "date" if noun.startswith(("date", "day")) else "place"
        return "any"
    word, rest = m.group(1).lower(), question[m.start() :]
    if (
        word == "when"
        or _DATE_AFTER_WH.match(rest)
        or re.search(r"\bon what dates?\b", rest, re.I)
        or _asks_time(rest)
    ):
        return "date"
    if (
        word == "where"
        or _PLACE_AFTER_WH.match(rest)
        or re.search(r"\bin which (?:city|country)\b", rest, re.I)
    ):
        return "place"
    if word in ("who", "whom", "whose") or _AGENT_AFTER_WH.match(rest):
        return "agent"
    if word in ("which", "what") and _asks_organization(rest):
        return "name"
    return "any"


# Pronouns a count may be asked of ("How many of them were women?"): they stand for what the
# conversation named, and name nothing a sentence can be checked against.
_COUNTED_PRONOUNS = _wordset("them they those these it ones")
# The pronouns after a figure and "of" that stand for a plural named before ("38 of them").
_PARTITIVE_PRONOUNS = _wordset("them these those")


def counted(question: str) -> str:
    """What a count question counts ("firearms" in "How many illegal firearms were seized?"),
    or "" when it counts no thing named (or is not a count question)."""
    head = _counted_head(question)
    return "" if head.lower() in _COUNTED_PRONOUNS else head


# Measures of one dimension: a figure in any of them gives a quantity asked in another
# ("12,000 kg of ivory" for "How many tonnes of ivory …?").
_DIMENSIONS = (
    _wordset("tonnes tons kilograms kilos kg grams pounds ounces"),
    _wordset("hectares acres"),
    _wordset("litres liters gallons barrels"),
    _wordset("metres meters kilometres kilometers"),
)


def measured_in(question: str) -> frozenset[str]:
    """The measures in which a count question asks for a quantity ("tonnes" and the other
    measures of mass for "How many tonnes of ivory …?"), or none: "How many hectares of coca
    are grown?" is not answered by "3,600 laboratories producing cocaine"."""
    m = _COUNTED_RE.search(question) if _COUNT_Q.search(question) else None
    if not m:
        return frozenset()
    parts = _QUALIFIER_RE.split(m.group("phrase"))
    head = parts[0].split()[-1].lower() if parts[0].split() else ""
    if head not in _MEASURES or len(parts) < 2:
        return frozenset()
    return next((d for d in _DIMENSIONS if head in d), frozenset({head}))


def _counted_head(question: str) -> str:
    if not _COUNT_Q.search(question):
        return ""
    m = _COUNTED_RE.search(question)
    if not m:
        return _plural_head(question)
    # The head noun comes before what qualifies it: "experts" in "experts from Kenya"; but a
    # measure counts what it measures: "methamphetamine" in "tonnes of methamphetamine".
    parts = _QUALIFIER_RE.split(m.group("phrase"))
    # A possessive is what is counted: "How many countries' experts took part?" counts
    # countries, "How many States' reports …?" States.
    for word in parts[0].split():
        if re.search(r"['’]s?$", word):
            return re.sub(r"['’]s?$", "", word)
    # A count is of a plural: an adverb after it qualifies it ("witnesses abroad", "prisoners
    # worldwide"), so the head is the last plural of the phrase (its last word when none is).
    phrase = parts[0].split()
    # A verb the pattern does not list ends the noun phrase, once it has its plural:
    # "How many countries keep central statistics …?" counts countries.
    for i, word in enumerate(phrase):
        if i and any(map(is_plural, phrase[:i])) and usually_verb(word):
            phrase = phrase[:i]
            break
    head = next((w for w in reversed(phrase) if is_plural(w)), phrase[-1])
    of = re.match(rf"{re.escape(parts[0])}\s+of\s+(.*)$", m.group("phrase"))
    if head.lower() in _MEASURES and of:
        return parts[1].split()[-1]
    if head.lower() in _CLASSIFIERS and of:
        return _classified(of.group(1).split()) or head
    return head


# Plurals that do not end in "s".
_IRREGULAR_PLURALS = _wordset("people men women children police personnel staff crew")
# A count's head is among the first words after "how many": "How many 3D-printed guns did
# France seize?" has its noun third.
_HEAD_REACH = 4


def is_plural(word: str) -> bool:
    """``word`` looks like a plural noun: a count is of a plural, and a list enumerates one."""
    word = word.lower()
    # A word in -is or -us is a singular ("analysis", "status") unless it is the plural of a
    # noun WordNet knows: nationality nouns ("Somalis", "Iraqis", "Pakistanis"), "taxis".
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and (not word.endswith(("us", "is")) or usually_noun(word[:-1]))
    )


def _classified(after_of: list[str]) -> str:
    """What a classifier counts, from the words after its "of": the last noun of the first
    run of nouns, past the adjectives before it ("environmental crime get named": crime;
    "cross-border police cooperation initiatives": initiatives; "violence against women":
    violence)."""
    run: list[str] = []
    for word in after_of:
        if word.lower() not in STOPWORDS and usually_noun(word.strip("?,.;:")):
            run.append(word.strip("?,.;:"))
        elif run:
            break
    return run[-1] if run else ""


def _plural_head(question: str) -> str:
    """What a count question counts when its verb is none of ``_COUNTED_RE``'s ("How many
    containers pass through …?", "How many States answered …?", "… and how many experts?"):
    the first plural noun after "how many", since a count is of a plural; a measure counts
    what it measures ("tonnes of cocaine")."""
    after = re.split(r"\bhow\s+many\s+", question, maxsplit=1, flags=re.I)
    tokens = re.findall(r"[^\W_][\w'’-]*", after[1]) if len(after) == 2 else []
    for i, token in enumerate(tokens[:_HEAD_REACH]):
        word = token.lower()
        if not is_plural(word):
            continue
        if word in _MEASURES and tokens[i + 1 : i + 2] == ["of"]:
            return next((t for t in tokens[i + 2 : i + 2 + _HEAD_REACH] if t.lower()
                         not in STOPWORDS), "")  # fmt: skip
        if word in _CLASSIFIERS and tokens[i + 1 : i + 2] == ["of"]:
            return _classified(tokens[i + 2 : i + 2 + _HEAD_REACH]) or token
        return token
    return ""


# A figure that counts, as a token: digits that are not a year, or a cardinal word
# ("thirty-one"; "one" is left out: "one of the speakers" counts nothing).
_COUNT_WORDS = _wordset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions dozen dozens"""
)
_TOKEN_RE = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_][\w'’-]*|[;.]", re.UNICODE)
# Words between a figure and what it counts: adjectives ("480 privately made firearms",
# "3,600 clandestine laboratories"), up to three; a measure and its "of" are not counted
# ("250 tonnes of precursor chemicals"). Longer runs are rare in the reports, and a figure
# that far off counts something else ("31 States …, and by civil society organizations").
_COUNT_REACH = 3
# Words that, between a noun and a figure after it, make the figure another noun's ("experts
# from 23 States"); otherwise a figure right after the noun gives its count ("Crew members
# kidnapped 57" in a table row, "participants: 118", "returnees numbered 1,200").
_LINKS = _wordset("from of in at on for with by to under among between and or than")
# Of them, those that join a figure to what it counts before it: a measure or a part ("twelve
# tonnes of ivory", "thirty of the experts") and a coordination ("twelve judges and
# prosecutors").
_JOINING = _wordset("of and or")
# Words that put an age, not a number, after what they qualify.
_AGED = _wordset("aged age")


def is_figure(token: str) -> bool:
    if token[0].isdigit():
        return not YEAR_RE.fullmatch(token)
    return any(part in _COUNT_WORDS for part in token.lower().split("-"))


def counts(text: str, is_counted: Callable[[str], bool]) -> bool:
    """Whether ``text`` gives a count of what ``is_counted`` names (a word of it, as written):
    a figure before it with at most ``_COUNT_REACH`` words between ("thirty-one experts"),
    a figure right after it ("Crew members kidnapped 57"), or "the number of" it and a figure
    in the same sentence ("the number of cases referred … had risen to 2,950"). "How many
    returnees does the country receive?" is not answered by "returnees were met on arrival"
    in a sentence whose figures count other things."""
    for sentence in re.split(r"[;.](?!\d)", text):
        tokens = [t for t in _TOKEN_RE.findall(sentence) if t not in ";."]
        lowered = [t.lower() for t in tokens]
        for i, token in enumerate(tokens):
            if token[0].isdigit() or not is_counted(token):
                continue
            between, j = 0, i - 1
            while j >= 0 and between <= _COUNT_REACH:
                if is_figure(tokens[j]):
                    return True
                # A noun after a preposition is another noun's complement: "twelve tonnes of
                # ivory at the port" counts no ports ("of" is the measure's or a part's:
                # "twelve tonnes of ivory", "thirty of the experts").
                if lowered[j] in _LINKS - _JOINING:
                    break
                if not (lowered[j] in _MEASURES or lowered[j] == "of"):
                    between += 1
                j -= 1
            after = tokens[i + 1 : i + 3]
            for k, t in enumerate(after):
                # "women aged sixteen to seventy" gives their age, not their number.
                if is_figure(t) and not any(w.lower() in _LINKS | _AGED for w in after[:k]):
                    return True
            if "number" in lowered[max(0, i - 4) : i] and any(map(is_figure, tokens)):
                return True
            # "Brazilian nationals … had been found in compounds …, and Brazil had assisted
            # 38 of them": a figure of a pronoun counts what the pronoun stands for, named
            # before it in the sentence.
            for k in range(i + 1, len(tokens) - 2):
                of_them = lowered[k + 1] == "of" and lowered[k + 2] in _PARTITIVE_PRONOUNS
                if of_them and is_figure(tokens[k]):
                    return True
    return False


def number_words(text: str) -> set[str]:
    """The number words a text uses ("forty", "third", "hundred"): what a sentence that
    restates it must not change."""
    found = {w for w in words(text) for part in w.split("-") if part in _CARDINALS}
    found |= {m.group(0).lower() for m in _FRACTION_RE.finditer(text)}
    return found


def _share(text: str) -> bool:
    """A part of a whole: "half", "a majority", "12 of the 20", "seven in ten", "three out
    of four" (both sides figures)."""
    for m in _SHARE_RE.finditer(text):
        sides = re.findall(_FIGURE, m.group(0), re.IGNORECASE)
        if len(sides) < 2 or all(has_number(s) for s in (sides[0], sides[-1])):
            return True
    return False


# "How many of the participants were women?": a part of a whole the question names. The
# whole's own count ("87 participants attended") and a number the question gave ("How many
# of the eleven States …?") do not answer it.
_PART_OF_Q = re.compile(
    r"\bhow\s+many\s+of\s+(?:the|these|those)\s+(?:[\d,]+\s+|[a-z]+(?:-[a-z]+)?\s+(?=\w))??"
    r"(?:[\w-]+\s+){0,2}?(?P<whole>[a-z][\w-]*s)\b",
    re.IGNORECASE,
)
# The same part asked with its whole first: "Of the bodies recovered, how many were identified?"
_FRONTED_PART_OF_Q = re.compile(
    r"^\W*(?:and\s+)?of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?P<whole>[a-z][\w-]*s)\b"
    r"[^?]*?,\s*how\s+many\b",
    re.IGNORECASE,
)


# What a sentence may call the whole a part-of question names, once it has named it.
_WHOLE_PRONOUNS = _wordset("them those these they")


def _without_whole(text: str, whole: str, asked: str) -> str:
    given = [t for t in raw_words(asked) if has_number(t)]
    for number in given:
        text = re.sub(rf"\b{re.escape(number)}\b", " ", text, flags=re.IGNORECASE)
    # A figure right before the whole's noun counts the whole.
    return re.sub(rf"\b[\w,.-]+\s+{re.escape(whole)}\b", " ", text, flags=re.IGNORECASE)


# What a count of countries asks for ("How many countries / States / delegations spoke?"), a
# closed class of nouns for the parties of a UN meeting: the reports' word for a country is
# "State", and a count of States is a count of countries.
COUNTRY_NOUNS = frozenset(
    {"country", "countries", "state", "states", "delegation", "delegations", "nations"}
)
# An English compound names a kind of its last part ("websites" are sites, "bodyguards"
# guards): a part this long is a word of its own, not a chance ending ("sons" in "persons").
_HEAD_LETTERS = 5


def headed_by(token: str, word: str) -> bool:
    """``token`` is a closed compound whose last part is ``word`` ("websites" for "sites")."""
    token, word = token.lower(), word.lower()
    return len(word) >= _HEAD_LETTERS and len(token) > len(word) and token.endswith(word)


def counts_as(token: str, word: str) -> bool:
    """A figure of ``token`` (as written) is one of ``word``: the same stem, a narrower kind
    (WordNet), a compound headed by it, or, for countries, the reports' "States"."""
    lowered = token.lower()
    return (
        bool(set(stem_words([lowered])) & set(stem_words([word.lower()])))
        or (word.lower() in COUNTRY_NOUNS and lowered in COUNTRY_NOUNS)
        or headed_by(lowered, word)
        or kind_of(lowered, word)
    )


def people_of(word: str, text: str) -> bool:
    """``word`` (as the question wrote it) names the people of a country that ``text`` names:
    a nationality noun, capitalised as English writes one ("Chileans", "Somalis",
    "Filipinos"), beside that country's name or adjective ("in Chile", "the Philippine
    authorities"). A figure of people there then counts them: "some 150,000 people in Chile"
    answers "How many Chileans …?", as "120 Jordanian nationals" answers "How many
    Jordanians …?". Without the country, a figure of people counts anyone."""
    if not word[:1].isupper() or not kind_of(word, "person"):
        return False
    folded = fold(word)
    return any(
        same_name(folded, fold(token))
        for token in raw_words(text)
        if token[:1].isupper() and fold(token) != folded
    )


def _share_of_counted(figures: str, asked: str) -> bool:
    """A document may answer "how many" with a share of what is counted ("fewer than one in
    ten cases were reported" for "How many cases get reported?", "one in five responding
    States" for "How many countries …?"): the figure it gives is of the thing asked, not of
    something beside it ("forty per cent of the samples" for "How many people die …?")."""
    if not (_FRACTION_RE.search(figures) or _PER_CENT_RE.search(figures) or _share(figures)):
        return False
    what = counted(asked)
    # "How many of them …?": what "them" counts is the conversation's, unchecked here.
    return not what or counts(figures, lambda token: counts_as(token, what))


def counted_by_share(text: str, asked: str) -> bool:
    """``text`` answers the count question ``asked`` only by a share of what it counts: a
    share says how many of a whole have what the sentence says of them, which is the count
    asked only if that is what the question says of them (``extractive`` holds such a
    sentence to every concept of the question: "one in three women had experienced
    violence" does not say how many women were killed)."""
    if not _asks_count(asked):
        return False
    figures = _SYMBOL_RE.sub(" ", text)
    return not _count(figures) and _share_of_counted(figures, asked)


def _asks_count(asked: str) -> bool:
    """``asked`` is a count question ("How many …?") that asks for no age, time, sum of
    money or share, and not for a part of a whole asked first ("Of the bodies …, how many")."""
    return bool(
        _COUNT_Q.search(asked)
        and not _FRONTED_PART_OF_Q.search(asked)
        and not (_AGE_Q.search(asked) or _HOW_LONG_RE.search(asked))
        and not (_MONEY_Q.search(asked) or _MONEY_RE.search(asked) or _SHARE_Q.search(asked))
    )


def _count(text: str) -> bool:
    """A figure that counts: what is left after the item mark, years, days of months and
    shares are taken out still holds a number."""
    rest = _ITEM_MARK_RE.sub(" ", text, count=1)
    for pattern in (YEAR_RE, _DAY_MONTH_RE, _PER_CENT_RE, _FRACTION_RE):
        rest = pattern.sub(" ", rest)
    for m in _SHARE_RE.finditer(rest):
        if _share(m.group(0)):
            rest = rest.replace(m.group(0), " ")
    return has_number(rest)


_SANCTION_NOUN = r"(?:penalt(?:y|ies)|sentences?|punishments?|sanctions?|(?:jail|prison)\s+terms?)"
# An age asked for ("How old is she?", "At what age …?", "What is the minimum age of
# criminal responsibility …?"): a figure that is an age, not any figure of the sentence.
_AGE_Q = re.compile(
    r"\bhow\s+old\b|\bat\s+what\s+age\b"
    r"|\b(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?(?:[\w-]+\s+){0,2}?age\b",
    re.IGNORECASE,
)
_AGE_NUMBER = rf"(\d{{1,3}}|{_NUMBER_WORD}(?:-{_NUMBER_WORD})?)"
# How an age is written: "aged 15", "15 years old", "15 years of age", "a 15-year-old", and an
# age the sentence sets or states ("set the age … at not less than 14", "under the age of
# 18"), within the clause that names the age.
_AGE_RE = re.compile(
    rf"\baged\s+(?:between\s+|under\s+|over\s+)?{_AGE_NUMBER}"
    rf"|{_AGE_NUMBER}[\s-]+years?[\s-]+(?:old|of\s+age)\b"
    rf"|{_AGE_NUMBER}-year-olds?\b"
    r"|\bages?\b[^.;,()]*?\b(?:at|to|from|of|is|was|be|below|above|under|over|between)\s+"
    rf"(?:not\s+less\s+than\s+|at\s+least\s+|the\s+age\s+of\s+)?{_AGE_NUMBER}\b",
    re.IGNORECASE,
)


def _gives_age(text: str) -> bool:
    return any(
        has_number(number) for m in _AGE_RE.finditer(text) for number in m.groups() if number
    )


# A penalty asked for, as the head of what the wh-word asks ("What penalty …?", "What prison
# sentences did the courts give …?", "What's the maximum custodial sentence …?"); not a noun
# that is another verb's subject ("What does that sentence say?").
_SANCTION_Q = re.compile(
    r"\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were))?\s+(?:the\s+)?"
    r"(?:(?!(?:do|does|did|can|could|would|will|should|has|have|had|that|this|else)\b)"
    r"[\w-]+\s+){0,2}?"
    rf"{_SANCTION_NOUN}\b"
    r"(?!\s+(?:say|says|said|mean|means|refer|refers)\b)",
    re.IGNORECASE,
)
# A penalty is given by a term ("five years' imprisonment", "a two-year sentence"), a sum (a
# fine), the sanction named, or penalties spoken of ("dissuasive sanctions", "penalties were
# raised"); a sentence on the offence that speaks of none ("prison overcrowding") gives none.
_TERM_RE = re.compile(r"\b([\w.,]+)[\s-]+(?:years?|months?|weeks?|days?)\b", re.IGNORECASE)
_SANCTION_RE = re.compile(
    r"\b(?:imprison(?:ment|ed)|incarcerat(?:ion|ed)|jail(?:ed)?|fines|fined|a\s+fine"
    r"|death\s+(?:penalty|sentences?)|capital\s+punishment|life\s+(?:sentences?|imprisonment)"
    r"|community\s+service|probation)\b"
    rf"|\b{_SANCTION_NOUN}\b",
    re.IGNORECASE,
)


def _gives_sanction(text: str) -> bool:
    return bool(
        _SANCTION_RE.search(text)
        or (_MONEY_RE.search(text) and has_number(text))
        or any(has_number(m.group(1)) for m in _TERM_RE.finditer(text))
    )


def has_number(text: str) -> bool:
    return bool(
        re.search(r"\d", text)
        or _FRACTION_RE.search(text)
        or any(w in _CARDINALS or w.split("-")[0] in _CARDINALS for w in words(text))
    )


# Nouns for people by their ending: journalists, defenders, prosecutors, participants.
_AGENT_ENDING_RE = re.compile(r"^[a-z]{3,}(?:ists?|ers|ors?|ants|ents|ians)$")


def _has_agent(text: str, said: Collection[str] = ()) -> bool:
    """``said``: the stems of agents the question gave, which do not count."""
    found = words(text)
    if said:
        found = [w for w, s in zip(found, stem_words(found), strict=True) if s not in said]
    return bool(set(found) & _AGENTS) or any(_AGENT_ENDING_RE.match(w) for w in found)


_ITEM_MARK_RE = re.compile(r"^\s*(?:\d+[.)]|\(?[a-z]{1,4}\)|\(?\d+\))\s+")


def _tokens(text: str) -> list[str]:
    """The words of ``text`` after its item mark: "1. Opening of the meeting." starts with
    "Opening", capitalised as the first word of a sentence is, not as a name is."""
    return raw_words(_ITEM_MARK_RE.sub("", text, count=1))


def _name_at(i: int, token: str, proper: Collection[str]) -> bool:
    """``token`` is written as a name: capitalised after a sentence's first word; as the
    first word, only in capitals ("UNODC") or when the documents write it as a name
    elsewhere ("Norway presented …": "norway" is in ``proper``)."""
    if not (token[:1].isupper() and len(token) > 1):
        return False
    return i > 0 or token.isupper() or all(w in proper for w in words(token))


def _has_proper_noun(text: str, proper: Collection[str] = (), said: Collection[str] = ()) -> bool:
    return any(
        _name_at(i, t, proper) and not set(stem_words(words(t))) <= set(said)
        for i, t in enumerate(_tokens(text))
    )


def _new_name(text: str, asked: str) -> bool:
    """A name in ``text`` that the question did not already say; a month is the name of no
    one ("in October 2023 a ransomware attack …" names no gang)."""
    said = set(words(asked)) | MONTHS
    return any(
        _name_at(i, t, ()) and not set(words(t)) <= said for i, t in enumerate(_tokens(text))
    )


# "The name of the branch chief", "the Minister's name": a person's name is asked for, and
# the office alone ("the Chief of the Organized Crime Branch") does not give it.
_PERSON_NAME_Q = re.compile(
    r"\bname\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?P<role>chief|chair|chairperson|chairman|chairwoman|minister|head|director|rapporteur|"
    r"president|secretary|officer|official|expert|representative|speaker|judge|prosecutor|"
    r"person|woman|man|ambassador|commissioner|coordinator|moderator|panellist|panelist|"
    r"observer|delegate|participant)\b"
    r"|\b(?:chief|chair|chairperson|minister|head|director|rapporteur|president|secretary|"
    r"expert|representative|speaker|person|ambassador|commissioner|observer|delegate|"
    r"participant|panellist|panelist)(?:'s|’s)\s+name\b",
    re.I,
)
# "Who represented China?", "Who was the WHO representative?": who held the role is asked,
# and the role alone ("the representative of China", "the observer for WHO") does not say.
_PERSON_WHO_Q = re.compile(
    r"\bwho\s+(?:represented|was\s+(?:the\s+|that\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:representative|observer|delegate)"
    # Presiding is an office a person holds: "Who chaired the meeting?" is answered by the
    # person elected Chair, not by "In her closing remarks, the Chair thanked …".
    r"|(?:co-)?chaired|presided|moderated)\b",
    re.I,
)
# "Who was the Secretariat staff member that introduced the item?": a role whose head noun
# is, in WordNet, a kind of person (member, official, coordinator; not "chair", whose usual
# sense is furniture, nor a body) asks for that person, whom the role alone does not name.
_WHO_ROLE_RE = re.compile(
    r"\bwho\s+(?:was|is|were|are)\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}?([\w'’-]+)"
    r"(?=\s+(?:that|who|which|of|from|for|at|in|on|to|with)\b|\s*[?,.!]|\s*$)",
    re.I,
)


# How UN reports write a person: with a title ("Ms. Ana Pereira", "H.E. Mr. …"), or as two to
# four capitalised words before a country in brackets ("Björn Åkesson (Sweden)").
_TITLED_RE = re.compile(r"\b(?:Ms|Mr|Mrs|Dr|Prof|H\.E)\.?\s+[^\W\d_a-z]")
_BRACKETED_RE = re.compile(r"\b([^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){1,3})\s*\(")
# The same, with what is in brackets after the name: a person and the country they speak for.
_PERSON_FOR_RE = re.compile(_BRACKETED_RE.pattern + r"([^()]+)\)")
# Nouns that make a capitalised name a body's, an event's or an instrument's ("Office on Drugs
# and Crime", "Expert Group Meeting", "Convention against Corruption"): a closed class.
_BODIES = _wordset(
    """office branch section division organization organisation ministry department
    committee commission council agency institute centre center secretariat bureau unit
    service services group meeting conference congress convention declaration protocol
    programme program fund bank university network association court assembly forum
    workshop session nations union police academy foundation alliance board directorate
    authority authorities parliament"""
)
# A name before brackets that is a State's ("the Republic of Korea (ROK)") is no person either.
_NOT_PERSONS = _BODIES | _wordset("government republic kingdom states federation")


# A run of two to four capitalised words in apposition, after a comma, to words of which one
# names a kind of person: "Lucía Benavente Ortega, observer for ILO", "Carolina Ávila
# Mendoza, Regional Director of UN-Women".
_APPOSED_RE = re.compile(
    r"\b([^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){1,3}),\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)"
)


# The same apposition with the role first: "The expert from Türkiye, Emre Kılıçarslan,
# presented …", "the representative of UNODC, Séverine Côté, delivered …": the role's head
# noun, what it is from or of, then the name between commas.
_ROLE_FIRST_RE = re.compile(
    r"\b([\w'’-]+)(?:\s+(?:from|of|for)\s+[^,;()]{1,60})?,\s+"
    # The sentence goes on after the name (a verb, not the next item of a list of places).
    r"([^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){1,3}),(?=\s+(?!and\b|or\b)[a-z])"
)


def _person(text: str) -> bool:
    """A person's name in ``text``, written as UN reports write one: with a title, before a
    country in brackets, or beside the role a person holds (WordNet: a kind of person),
    before or after it."""
    if _TITLED_RE.search(text):
        return True
    if any(not set(words(m.group(1))) & _NOT_PERSONS for m in _BRACKETED_RE.finditer(text)):
        return True
    if any(
        _named_person(m.group(2)) and _person_role(m.group(1))
        for m in _ROLE_FIRST_RE.finditer(text)
    ):
        return True
    return any(
        _named_person(m.group(1)) and any(map(_person_role, words(m.group(2))))
        for m in _APPOSED_RE.finditer(text)
    )


def _person_role(word: str) -> bool:
    """A role only a person holds: a kind of person in WordNet, or an office of the meeting
    ("the Chair, Nāṣir Al-Kindī, thanked …": "chair" is furniture in WordNet's usual sense)."""
    return word.lower() in _MEETING_OFFICES or kind_of(word.lower(), "person")


def _named_person(name: str) -> bool:
    """Capitalised words that may be a person's name: no body's, agent's or country's."""
    return not set(words(name)) & (_NOT_PERSONS | _AGENTS) and not is_country(name)


# "Which countries …?", "Which State …?": a country is asked for, and a body ("the World
# Customs Organization") or "Member States" does not give one.
_COUNTRY_Q = re.compile(
    rf"\b(?:which|what)\s+{_GIVEN_COUNT}"
    r"(?:countries|country|states?|nations?|delegations?|governments?)\b",
    re.I,
)
# A body, or a group of States ("Member States"), is no country.
_NOT_COUNTRIES = _BODIES | _wordset("report member members")
# Short words inside a name: "Office on Drugs and Crime", "Republic of Korea".
_NAME_JOINERS = frozenset({"of", "on", "and", "for", "to", "the", "de", "du", "la", "des"})


# Capitalised words that stand for a country without naming one: "scanners donated by
# partner States", "the Government had banned …" give no answer to "Which countries …?".
_COUNTRY_STAND_INS = COUNTRY_NOUNS | _wordset("government governments nation")


def _country(text: str, proper: Collection[str] = (), given: Collection[str] = ()) -> bool:
    """A name in ``text`` that can be a country's: a run of names (joined by short words such
    as "of") that is no body's, group's or month's, nor a country the question ``given``
    (its words) named itself: "Which countries donated the scanners to Tajikistan?" is not
    answered by Tajikistan."""
    # Its own names, and a country's the way its people are called ("the Kazakh government").
    given = {name_key(w) for w in given}
    runs: list[list[str]] = [[]]
    for i, token in enumerate(_tokens(text)):
        if _name_at(i, token, proper) or (runs[-1] and token.lower() in _NAME_JOINERS):
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        found = set(words(" ".join(run)))
        # A name in capitals is a body's ("WHO", "UNODC", "INTERPOL") unless it names a
        # country or spells one's initials ("USA", "UAE").
        acronym = len(run) == 1 and run[0].strip(".,;:()").isupper()
        if acronym and not acronym_of_country(run[0].strip(".,;:()")):
            continue
        named = found - _NAME_JOINERS - MONTHS
        if found & _NOT_COUNTRIES:
            # A body's name may end in its country's: "the Directorate-General for
            # Reintegration and Prison Services of Portugal".
            ofs = [i for i, t in enumerate(run) if t.lower() == "of"]
            tail = " ".join(run[ofs[-1] + 1 :]) if ofs else ""
            if any({name_key(w) for w in name} - given for name in countries_named(tail)):
                return True
        elif {name_key(w) for w in named - _COUNTRY_STAND_INS} - given:
            return True
    return False


# A document symbol ("UNODC/SYN/EG.4/2025/CRP.1", "A/CONF.234/RPM.1/1") names a document: its
# digits are no count, share or date of anything the report says.
_SYMBOL_RE = re.compile(r"\b[A-Za-z][\w.()-]*(?:/[\w.()-]+)+")


_MONTH_STEMS = frozenset(stem_words(sorted(MONTHS)))
# (Case matters for the name after "in", so only the wh-word ignores it.)
_PLACE_IN_Q = re.compile(
    r"\b(?i:where|which|what)\s+(?:[\w-]+\s+){0,4}?in\s+"
    r"([^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*)*)"
)


# "Exactly how many …?", "When exactly …?", "On what exact dates …?" ask for the figure or
# the date itself: one given only roughly does not answer them.
_EXACT_Q = re.compile(r"\b(?:exact(?:ly)?|precise(?:ly)?)\b", re.I)
# What makes a figure a rough one: a bound or an estimate before it ("more than 400", "some
# thirty"), or an order of magnitude with no figure of its own ("tens of thousands").
_ROUGHLY = (
    r"(?:more|fewer|less|over|under|above|below|nearly|almost|about|around|roughly|some|"
    r"approximately|close\s+to|up\s+to|at\s+least|at\s+most|an?\s+estimated|upwards\s+of)"
)
_ROUGH_FIGURE_RE = re.compile(
    rf"\b{_ROUGHLY}(?:\s+than)?\s+(?:\S*[$€£]\s*)?$"
    r"|\b(?:tens|dozens|hundreds|thousands|millions|scores)\s+of\s+$|\bseveral\s+$",
    re.I,
)
# A figure as written, in digits or in words, with all its parts: "2 million", "two hundred
# and fifty", "forty-three".
_FIGURE_WORD = (
    r"(?:\d+(?:[,.]\d+)*|(?:"
    + "|".join(sorted(_CARDINALS | {"one"}, key=len, reverse=True))
    + r")\b)"
)
_FIGURE_RUN_RE = re.compile(rf"\b{_FIGURE_WORD}(?:(?:\s+and\s+|\s+|-){_FIGURE_WORD})*", re.I)
_NO_EXACT_FIGURE = _wordset("one hundreds thousands millions billions dozen dozens")
# A date is exact to the day or the month: "on 5 March", "in March 2026"; a year, a half or
# "later in the year" is not.
_EXACT_DATE_RE = re.compile(rf"\b{_MONTH}\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b", re.I)


def _exact(kind: AnswerType, text: str) -> bool:
    """``text`` gives a figure (``kind`` "number") or a date ("date") exactly, not roughly."""
    if kind == "date":
        return bool(_EXACT_DATE_RE.search(text))
    # A year dates what is counted, "one" is as often no figure ("one of the …"), and
    # "hundreds" or "dozens" alone is an order of magnitude.
    return any(
        not YEAR_RE.fullmatch(m.group(0))
        and m.group(0).lower() not in _NO_EXACT_FIGURE
        and not _ROUGH_FIGURE_RE.search(text[: m.start()])
        for m in _FIGURE_RUN_RE.finditer(text)
    )


def gives(kind: AnswerType, text: str, asked: str = "", proper: Collection[str] = ()) -> bool:
    """True when ``text`` holds the kind of thing asked for (for a name, one the question
    ``asked`` did not already give). ``proper``: the (folded) words the documents write as
    names, by which a sentence's first word is known to be one where an agent is asked for."""
    if kind in ("number", "date") and _EXACT_Q.search(asked) and not _exact(kind, text):
        return False
    if kind == "name":
        if _PERSON_NAME_Q.search(asked):
            return _person(text) and _new_name(text, asked)
        return _new_name(text, asked)
    if kind == "number":
        # A figure asked for ("What is the document's number?") may be a symbol; an amount,
        # a share or a count may not.
        figures = _SYMBOL_RE.sub(" ", text)
        # "How long …?", "How old …?", "How often …?" ask for a time, an age or a frequency,
        # whatever else they say ("How long did he spend in detention?" spends no money).
        if _AGE_Q.search(asked):
            return _gives_age(figures)
        if _HOW_LONG_RE.search(asked):
            return has_number(figures) or bool(_SPAN_RE.search(figures))
        if _TIMES_Q.search(asked):
            return has_number(figures) or bool(_MULTIPLE_RE.search(figures))
        if _DIFFERENCE_Q.search(asked) and (_FRACTION_RE.search(figures) or _share(figures)):
            return True
        # A question that names a currency ("… in dollars?") asks for a sum of money too.
        if _MONEY_Q.search(asked) or _MONEY_RE.search(asked):
            # A meeting's cost is given by a sentence about the meeting.
            if _EVENT_COST_Q.search(asked) and not _EVENT_TEXT_RE.search(text):
                return False
            return bool(_MONEY_RE.search(figures)) and has_number(figures)
        if _SHARE_Q.search(asked):
            return bool(_FRACTION_RE.search(figures) or _share(figures))
        fronted = _FRONTED_PART_OF_Q.search(asked)
        if _COUNT_Q.search(asked) and not fronted:
            return _count(figures) or _share_of_counted(figures, asked)
        if part := fronted or _PART_OF_Q.search(asked):
            rest = _without_whole(figures, part.group("whole"), asked)
            # A part is given by a share ("seven in ten of the websites") or by a count of
            # the part: of the whole's kind ("twelve of the experts", "nine experts from
            # Kenya") or of what the question says of it ("nine women"); not by a count of
            # something else beside it ("52 experts from 35 States" for "How many of the 52
            # experts were women?"), nor of the whole (taken out of ``rest``).
            # A share is of the whole asked about, which the sentence names or stands for
            # ("of them"): "a third of women aged 16 to 70" says nothing of the participants.
            whole = part.group("whole")
            of_whole = any(
                counts_as(t, whole) or t.lower() in _WHOLE_PRONOUNS for t in raw_words(figures)
            )
            if of_whole and any(_FRACTION_RE.search(t) or _share(t) for t in (figures, rest)):
                return True
            # Common nouns only: a count is of people or things, not of a name ("from
            # Kazakhstan").
            said = [
                w
                for w in raw_words(asked[part.end() :])
                if not w[:1].isupper() and w.lower() not in STOPWORDS
            ]
            of_part = set(stem_words(words(" ".join([part.group("whole"), *said]))))
            return counts(rest, lambda token: bool(set(stem_words([token.lower()])) & of_part))
        return has_number(text)
    if kind in ("date", "place") and _FUTURE_Q.search(asked) and not _FUTURE_TEXT_RE.search(text):
        # An event to come is placed and dated by a sentence about what is to come: "At its
        # 1st meeting, on 3 March 2025, …" dates this meeting, not the next.
        return False
    if kind == "date":
        # A time the question gave itself is no answer: "When will the Commission's next
        # session take place?" is not answered by "… to the Commission at its next session".
        text = _SYMBOL_RE.sub(" ", text)
        given = set(words(asked))
        folded = set(words(text)) - given
        years = set(YEAR_RE.findall(text)) - given
        return bool(years or folded & MONTHS or _times(text) - given)
    if kind == "place":
        # A place asked for inside a place the question names ("Which venue in Bangkok …?",
        # "Where in Thailand …?") is another place: the one named does not answer.
        inside = stem_words(words(" ".join(_PLACE_IN_Q.findall(asked))))
        # A month is capitalised as a name is, but places nothing.
        return _has_proper_noun(text, (), {*inside, *_MONTH_STEMS})
    if kind == "agent":
        if asks_person(asked):
            return _person(text)
        # Who did it is the subject, often a sentence's first word: "Norway presented …".
        if _COUNTRY_Q.search(asked):
            return _country(text, proper, words(asked))
        # The agent must be one the question did not give: "Who opened the meeting?" is not
        # answered by "1. Opening of the meeting.", whose only agent is the meeting asked about.
        said = set(stem_words(words(asked)))
        return _has_proper_noun(text, proper, said) or _has_agent(text, said)
    if kind == "statement":
        return bool(set(words(text)) & _REPORTING)
    if kind == "office":
        return _office_of(text, asked)
    if kind == "sanction":
        return _gives_sanction(_SYMBOL_RE.sub(" ", text))
    return True
