"""The extractive answerer: no LLM, offline, deterministic. It picks the sentences of the
retrieved units that answer the question, cites each, and refuses when none does.

A sentence answers when (1) the calibrated evidence model (``_evidence.py``) scores it above
the answer threshold, (2) it gives the kind of thing asked for (a figure for "how many", a
time for "when", a place for "where", a person or body for "who"), and (3) it names every
person, country or body the question asks about. When sentences share the question's
concepts but none passes, the answer is a refusal that shows the closest passage."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from assistant._answer_type import (
    ATTENDEES,
    COUNTRY_NOUNS,
    MONTHS,
    YEAR_RE,
    asks_person,
    asks_whether,
    asks_who_spoke,
    counted_by_share,
    counts,
    counts_as,
    gives,
    is_figure,
    is_speaker_role,
    measured_in,
    names_speaker,
    opens_statement,
    opens_statement_of,
    opens_with_speaker,
    people_of,
    recommending_part,
    recommends,
    records,
    records_speakers,
    speaker_named,
    speaks_as,
    spoke_count_party,
)
from assistant._countries import listed
from assistant._coverage import ConceptMatcher, Vectors
from assistant._enumeration import enumerated
from assistant._evidence import EvidenceModel, load_model
from assistant._lexicon import kind_of, usually_verb
from assistant._offices import holds_office, names_all, names_asked, offices, said_in
from assistant._query import QueryProfile
from assistant._table_text import cells, headings, runs
from assistant._text import OPENING_PRONOUNS, raw_words, sentences, stem_words, stems, words
from assistant.retrieval import UnitHit, UnitIndex
from congress_qa.settings import AnswerSettings
from ingest.embeddings import MiniLMEmbeddings
from ingest.models import DocumentMeta

REFUSAL = "The documents do not say"
# Front-matter lines that match a metadata field get that field's name, so that a question
# such as "where was the meeting held?" finds "Bangkok, 21–23 January 2025".
# What each metadata field is, in the words a reader would use for it: a front-matter line
# is matched against its field's description, so "Which city hosted it?" finds the place and
# "What's the reference number?" the symbol. The answer shows the name before the bracket.
_FRONT_LABELS = {
    "symbol": "Document symbol (its reference number or document number)",
    "issue_date": "Date of issue of the document (when it was issued, published or came out)",
    "distribution": "Distribution of the document (how it is distributed: general or limited)",
    "title": "Title and kind of document (the report's full title)",
    "meeting": "Name of the meeting (the meeting or event the document reports on)",
    "place_dates": "Place and dates of the meeting (where and when it was held, the host city "
    "and how many days it lasted)",
    "rapporteur": "Rapporteur of the meeting (who drafted or wrote up the report)",
}
_FRONT_PATTERNS = [
    ("Original", "Original language of the document"),
    ("only", "Languages in which the document is issued"),
    ("Distr.", "Distribution of the document (how it is distributed)"),
]
# Masthead lines hold several fields at once ("General Assembly | Distr.: General 14 March
# 2025 Original: English"): table cells and the fields a masthead names are read apart.
_FRONT_PIECE_RE = re.compile(r"\s*\|\s*|\s+(?=(?:Distr\.|Original\s*:|Rapporteur\s*:))")
_MISSING = {
    "number": "no figure is given for it",
    "date": "no date or time is given for it",
    "place": "no place is given for it",
    "agent": "no person, body or country is named for it",
    "statement": "no statement of theirs is reported, only their name",
    "name": "no name is given for it",
    "office": "no position or employer is given for them",
    "sanction": "no penalty or term is given for it",
}
# The kinds of answer each metadata field gives, of the kinds a field can give: its value is
# what the field's name says. Dates give counts of days too ("How many days after the meeting
# closed was the report issued?"), and a symbol is the "document number" asked for.
_FIELD_GIVES = {
    "place_dates": frozenset({"place", "date", "number"}),
    "issue_date": frozenset({"date", "number"}),
    "symbol": frozenset({"name", "number"}),
    "rapporteur": frozenset({"agent", "name"}),
}
_TYPED_BY_FIELD = frozenset().union(*_FIELD_GIVES.values())
# Kinds of answer a single phrase gives (not a person or body: "elected the following
# officers:" names its officers in the list that follows).
_SELF_ANSWERING = frozenset({"number", "date", "place", "name"})
# Two quoted sentences sharing more than this share of their stems say the same thing.
_DUPLICATE = 0.8


@dataclass
class Candidate:
    hit: UnitHit
    position: int
    sentence: str  # as shown in the answer
    quote: str  # as it stands in the unit
    match: str  # what is compared with the question (a front line with its field's name)
    features: dict[str, float] = field(default_factory=dict)
    typed: bool = True  # gives the kind of answer asked for
    by_list: bool = False  # typed only through the list it introduces ("… elected:")
    named: bool = True  # it names every name asked about
    # Of the names a question joins (``QueryProfile.each_of``), those it names.
    names_of: tuple[tuple[str, ...], ...] = ()
    score: float = 0.0  # the evidence model's log-odds
    # For a table's row, the sentence that introduces the table; for a front-matter line, the
    # document's title.
    frame: str = ""
    field: str = ""  # for a front-matter line, the metadata field it quotes ("place_dates")
    # The sentence that opened the statement of a party asked about which this one goes on
    # with ("Åsa Lindström, representative of Sweden, confirmed …" for "In Malmö …").
    opener: str = ""
    # For "How many countries …?" answered by a list that names them without a figure: the
    # countries it names ("Chile, Colombia, Costa Rica and Jamaica"), which the answer counts.
    listed: tuple[str, ...] = ()
    # ``listed`` holds the items of a list of the kind counted ("groups, such as women,
    # children …"), not countries' names.
    enumerates: bool = False
    # For a question that asks what was recommended: how its paragraph recommends. 2: by
    # the report's structure (a "Recommendations" heading, a lead-in "The meeting
    # recommended that:"); 1: in its own words only ("Experts called for …"); 0: not.
    recommends: int = 2

    @property
    def eligible(self) -> bool:
        return self.typed and self.named


@dataclass
class Extract:
    chosen: list[Candidate]
    refused: bool
    reason: str
    support: float  # log-odds of the best eligible sentence minus the answer threshold
    related: Candidate | None = None
    candidates: list[Candidate] = field(default_factory=list)
    # Answered by the record's structure ("Who said that?": the sentence that opened the
    # statement), not by matching the question: the same in either mode.
    structural: bool = False

    def on_topic(self, bar: float) -> set[tuple[str, str]]:
        """The retrieved units that speak of what the question asks about: a sentence of
        theirs reaches ``bar`` (log-odds), or one of the paragraph that introduces them does
        (a list item is on the topic its lead-in states: "measures to improve cooperation:
        (i) …")."""
        best: dict[tuple[str, str], float] = {}
        parent: dict[tuple[str, str], tuple[str, str]] = {}
        for c in self.candidates:
            key = c.hit.key
            best[key] = max(best.get(key, -np.inf), c.score)
            if c.hit.parent:
                parent[key] = (c.hit.doc_id, c.hit.parent)
        out = set()
        for key in best:
            seen, at = set(), key
            while at in best and at not in seen:
                if best[at] >= bar:
                    out.add(key)
                    break
                seen.add(at)
                at = parent.get(at, ("", ""))
        return out

    def near_best(self, margin: float) -> set[tuple[str, str]]:
        """The retrieved units with a sentence within ``margin`` (log-odds) of the best
        sentence that could answer (that gives the kind of answer asked for and names whom it
        asks about; of any sentence, if none could): the units the extractive answer would
        quote from, had the best reached the answer threshold."""
        ranked = [c for c in self.candidates if c.eligible] or self.candidates
        if not ranked:
            return set()
        best = max(c.score for c in ranked)
        return {c.hit.key for c in self.candidates if c.score >= best - margin}


def _front_candidates(hit: UnitHit, meta: DocumentMeta | None) -> list[Candidate]:
    """The front matter as answers: one candidate per metadata field the parser read from it
    ("Document symbol: A/CONF.…", quoting the value as it stands), then every other piece
    of its lines (the original language, the languages it is issued in, anything unread)."""
    out: list[Candidate] = []
    fields = meta.model_dump() if meta else {}
    # Every line of the front matter is about the meeting its title names: "Place and dates
    # of the meeting: Łódź, Poland, …" is where "the expert group meeting on victimization
    # surveys" took place. The title frames the other lines, as a heading frames a paragraph.
    title = str(fields.get("title") or "")
    given: list[str] = []
    for key, label in _FRONT_LABELS.items():
        value = str(fields.get(key) or "").strip()
        # A title the parser composed ("Draft report (addendum)") is quoted by its first part.
        value = value if value in hit.text else value.split(" (")[0]
        if value and value in hit.text:
            given.append(value)
            shown = f"{label.split(' (')[0]}: {value}"
            frame = title if key != "title" else ""
            out.append(
                Candidate(hit, len(out), shown, value, f"{label}: {value}", frame=frame, field=key)
            )
    for line in hit.text.split("\n"):
        for piece in (p.strip() for p in _FRONT_PIECE_RE.split(line)):
            bare = re.sub(r"^(?:Distr\.|Rapporteur)\s*:\s*", "", piece)
            if not piece or any(bare in v for v in given):
                continue
            labels = [
                lab
                for cue, lab in _FRONT_PATTERNS
                if piece.startswith(cue) or (cue == "only" and piece.endswith(" only"))
            ]
            match = f"{'; '.join(labels)}: {piece}" if labels else piece
            out.append(Candidate(hit, len(out), piece, piece, match, frame=title))
    return out


def _candidates(hits: Sequence[UnitHit], metas: dict[str, DocumentMeta]) -> list[Candidate]:
    out: list[Candidate] = []
    for hit in hits:
        if hit.kind == "front":
            out += _front_candidates(hit, metas.get(hit.doc_id))
            continue
        out += _unit_candidates(hit)
    return out


def _last_order(hit: UnitHit, index: UnitIndex) -> int:
    """The order of the last unit under ``hit`` (its sub-items' and theirs), or its own."""
    kids = index.children(hit)
    return max((_last_order(k, index) for k in kids), default=hit.order)


def in_reading_order(chosen: list[Candidate], index: UnitIndex) -> None:
    """Sorts ``chosen`` as the document reads them: by document, unit and sentence; a
    sentence that closes a paragraph after its sub-items ("… consider:" / (a) … (d) / "The
    meeting stressed that such measures …") after the last of them, where the reader meets it,
    not between the colon and the list it opens."""

    def key(c: Candidate) -> tuple[str, float, int]:
        order = float(c.hit.order)
        if c.position and c.hit.kind != "front":
            before = [x.quote for x in _unit_candidates(c.hit) if x.position < c.position]
            if any(q.rstrip().endswith(":") for q in before) and index.children(c.hit):
                # Between the last sub-item and the unit that follows it.
                order = _last_order(c.hit, index) + 0.5
        return c.hit.doc_id, order, c.position

    chosen.sort(key=key)


def _unit_candidates(hit: UnitHit) -> list[Candidate]:
    """A unit's sentences; a table in it (a table unit, or the rows a paragraph introduces:
    "… as set out in the table below:") is read row by row with its header, as a row means
    nothing without its columns."""
    out: list[Candidate] = []
    position = 0  # a table's header takes a position too: positions follow the text
    last = ""
    for is_table, lines in runs(hit.text.split("\n")):
        if is_table:
            rows = _row_candidates(hit, lines, position)
            # "… seizures reported for 2024, set out in the table below:" frames each row; a
            # table that opens its unit is framed by the title it sits under, its heading
            # ("Seizures of cigarettes reported by selected States, 2022–2024"), which says
            # what its figures count as an introducing sentence would.
            title = last or (hit.section.rsplit(" › ", 1)[-1] if hit.kind == "table" else "")
            for row in rows:
                row.frame = title
            out += rows
            position += len(lines)
            continue
        for sentence in sentences("\n".join(lines)):
            last = sentence
            out.append(Candidate(hit, position, sentence, sentence, sentence))
            position += 1
    return out


def _without(weights: dict[str, float], word: str) -> dict[str, float]:
    """The question's concepts but the noun a count counts ("countries" in "How many
    countries made statements?"), which a list of countries need not say."""
    counted_stems = set(stem_words(words(word)))
    return {s: w for s, w in weights.items() if s not in counted_stems}


# Sentences of one unit that are embedded per question: a unit of thousands of sentences (a
# 1 MB paragraph) keeps those that share most of the question's words, so a question costs
# the same whatever the paragraph's length.
_MAX_SENTENCES_PER_UNIT = 60


def _bounded(candidates: list[Candidate], profile: QueryProfile) -> list[Candidate]:
    per_unit: dict[tuple[str, str], list[Candidate]] = {}
    for c in candidates:
        per_unit.setdefault(c.hit.key, []).append(c)
    if all(len(v) <= _MAX_SENTENCES_PER_UNIT for v in per_unit.values()):
        return candidates
    wanted = set(profile.weights)
    out: list[Candidate] = []
    for group in per_unit.values():
        if len(group) > _MAX_SENTENCES_PER_UNIT:
            group = sorted(group, key=lambda c: -len(wanted & set(stems(c.match))))
            group = sorted(group[:_MAX_SENTENCES_PER_UNIT], key=lambda c: c.position)
        out += group
    return out


def _row_candidates(hit: UnitHit, lines: list[str], start: int = 0) -> list[Candidate]:
    """A table's rows, each read with its columns' headings ("Symbol A/CONF.…/1; Title
    Provisional agenda"): a row means nothing without its columns, and the headings alone
    answer nothing. Positions count from ``start`` (each row of headings takes one)."""
    rows = [cells(line) for line in lines]
    heads, taken = headings(rows)
    out = []
    for i, (line, row) in enumerate(zip(lines[taken:], rows[taken:], strict=True), start + taken):
        match = "; ".join(f"{h} {c}" for h, c in zip(heads, row, strict=False) if c)
        # The answer says the row with its columns too ("State Poland; 2022 402.5; …"): the
        # bare figures ("Poland; 402.5; 468.0") do not say which is the year asked.
        out.append(Candidate(hit, i, match, line, match))
    return out


@lru_cache(maxsize=256)
def _held_at(place_dates: str, kind: str) -> frozenset[str]:
    """The words of a meeting's place-and-dates line ("Vienna, 12–13 May 2025") that give its
    place (the names) or its dates (the month and the year); empty when the report gives none.
    Cached: every candidate of a document asks the same."""
    found = words(place_dates)
    if kind == "place":
        return frozenset(w for w in found if not w.isdigit() and w not in MONTHS)
    return frozenset(w for w in found if w in MONTHS or len(w) == 4 and w.isdigit())


def _title(meta: DocumentMeta | None) -> str:
    """The document's title: what every paragraph of it is about, as a heading is for its
    section (a report on killings of women speaks of them in an item on "the alleged
    perpetrator" without the word)."""
    return meta.title if meta else ""


def _context_words(hit: UnitHit, meta: DocumentMeta | None) -> set[str]:
    """Words that frame every sentence of a unit: its lead-in and heading; for the front
    matter, the document's metadata too."""
    extra = ""
    if meta and hit.kind == "front":
        extra = " ".join(str(v) for v in meta.model_dump(exclude={"sha256", "doc_id"}).values())
    return said_in(f"{hit.lead_in} {hit.section} {extra}")


class ExtractiveAnswerer:
    def __init__(
        self,
        embedder: MiniLMEmbeddings,
        settings: AnswerSettings,
        model: EvidenceModel | None = None,
        vectors: Vectors | None = None,
    ) -> None:
        self.settings = settings
        self.vectors = vectors or Vectors(embedder)
        self.concepts = ConceptMatcher(self.vectors)
        self.model = model or (
            load_model(settings.calibration) if settings.calibration else load_model()
        )

    def _introduced_items(
        self,
        leads: list[Candidate],
        candidates: list[Candidate],
        index: UnitIndex,
        limit: int,
        have: set[tuple[tuple[str, str], int]],
        lists: bool = False,
    ) -> list[Candidate]:
        """A chosen sentence (of ``leads``) that ends in a colon introduces a list, which comes
        along: the lines that follow it in its unit (agenda items, officers) and the sub-items
        it introduces (from the index when retrieval did not bring them): the sentence alone
        answers nothing. At most ``limit`` items are taken from the lists the chosen sentences
        introduce; an item's own sub-items come with it ("in particular by:" before (i), (ii)),
        since without them the item says nothing either. ``have``: the sentences (unit key,
        position) the answer already quotes, leads included. ``lists``: the question asks for
        a list, so a chosen sentence of a paragraph that ends in a colon brings the list the
        paragraph introduces, as its last sentence would ("The meeting adopted the following
        recommendations … Member States should:" before (a), (b), …)."""
        added: list[Candidate] = []
        taken = set(have)
        items = 0

        def take(x: Candidate, nested: bool) -> bool:
            nonlocal items
            if (x.hit.key, x.position) in taken or (not nested and items >= limit):
                return False
            taken.add((x.hit.key, x.position))
            added.append(x)
            items += not nested
            return True

        def introduce(c: Candidate, nested: bool) -> None:
            # The paragraph's list opens at a sentence that ends in a colon: its last, or one
            # a closing sentence after the sub-items follows ("… consider: / (a) … (d) … /
            # The meeting stressed that such measures …").
            whole = (
                lists
                and not nested
                and any(s.rstrip().endswith(":") for s in sentences(c.hit.text))
            )
            if not (c.quote.rstrip().endswith(":") or whole):
                return
            for x in candidates:
                if x.hit.key == c.hit.key and x.position > c.position:
                    take(x, nested)
            for child in index.children(c.hit):
                first = min(
                    (x for x in candidates if x.hit.key == child.key),
                    key=lambda x: x.position,
                    default=None,
                )
                if first is None:
                    text = (sentences(child.text) or [child.text])[0]
                    first = Candidate(child, 0, text, text, text)
                if take(first, nested):
                    introduce(first, True)

        for c in leads:
            introduce(c, False)
        return added

    def _mentions(self, word: str, text: str) -> bool:
        """``text`` holds ``word``, a word of its stem, or a near word (``SOFT_MATCH``)."""
        stem = stem_words(words(word))
        if stem and stem[0] in set(stems(text)):
            return True
        return self.concepts.soft_matches([word.lower()], text).get(word.lower(), 0.0) > 0

    def _of_kind(self, word: str, text: str) -> Callable[[str], bool]:
        """Whether a word of ``text`` (as written) names ``word``'s kind: the same stem, a
        narrower kind, or a near word (``SOFT_MATCH``)."""
        near = self.concepts.near_words(word.lower(), text)
        return lambda token: token.lower() in near or counts_as(token, word)

    def _counts(self, word: str, text: str, row: bool = False, title: str = "") -> bool:
        """``text`` gives a figure of ``word``: of a word of its stem or a near word
        (``SOFT_MATCH``), as ``answer_type.counts`` places figures. In a table's row (read
        "header cell; header cell") a cell's figure counts what its header names, however
        long the header ("Fishing vessels detained for illegal fishing 12"), or, in a column
        headed by a year, what the table's ``title`` (the line that introduces it) says it
        counts ("Kidnappings for ransom recorded by the police, 2022–2024" over columns 2022,
        2023, 2024). A column headed by words says itself what it counts ("Relocated abroad")."""
        # A figure of a narrower kind is one of the kind asked: "How many people attended?"
        # is answered by "54 participants"; so is one of a compound headed by it, and of
        # "States" for countries (``counts_as``).
        framing = f"{title} {text}" if row and title else text
        if people_of(word, framing):
            word = "people"
        kinds = {w for w in words(framing) if counts_as(w, word)}
        if not kinds and not self._mentions(word, framing):
            return False
        stem = set(stem_words(words(word)))
        is_counted = self._of_kind(word, framing)

        if row:
            pairs = [pair.rsplit(" ", 1) for pair in text.split("; ") if " " in pair]
            # A title names what the table counts in the documents' own word: its stem or a
            # narrower kind, not a near word ("arrests" is 0.607 from "police").
            titled = any(stem & set(stems(t)) or kind_of(t, word) for t in words(title))
            return any(
                is_figure(cell)
                and (
                    (titled and bool(YEAR_RE.fullmatch(header.strip())))
                    or any(map(is_counted, words(header)))
                )
                for header, cell in pairs
            )
        return counts(text, is_counted)

    def _coverage(
        self,
        c: Candidate,
        profile: QueryProfile,
        referent: str,
        opener: str = "",
        aliases: dict[str, dict[str, set[tuple[str, ...]]]] | None = None,
        title: str = "",
    ) -> float:
        """The share of the question's concepts the sentence holds; what frames it (its
        ``title``, heading, lead-in, the statement it goes on with) counts by half."""
        heading = c.hit.section.rsplit(" › ", 1)[-1]
        # "The expert from São Tomé and Príncipe stressed …" is what the participant from it
        # said, and so are the sentences that go on with the statement it opened (``opener``).
        speaking = f"{opener} {c.match}" if opener else c.match
        # When the sentence gives the party asked about a speaker's role, the question's
        # nouns for one are held, beside its name or not ("Was the Japan delegation one of the
        # speakers?" of "Statements were made by the representatives of … Japan"). Checked
        # only when there is such a noun: this runs for every candidate sentence.
        roles = (
            *profile.roles,
            *(s for s in profile.weights if is_speaker_role(profile.forms.get(s, s))),
        )
        held = roles if roles and profile.names and speaks_as(speaking, profile.names) else ()
        # "He proposed …" is said by whom "He" stands for: the names of ``referent`` are the
        # sentence's own subject, not context around it.
        held = (*held, *stems(referent))
        if aliases:
            # A name said by another name the document gives it ("WHO" for the World Health
            # Organization, "the Chair" for Hélène Dubois) is said.
            said = said_in(speaking)
            held = (
                *held,
                *(
                    s
                    for n in profile.names
                    if holds_office(n, c.hit.doc_id, said, aliases)
                    for s in stems(n)
                ),
            )
        return self.concepts.coverage(
            profile.weights,
            profile.forms,
            c.match,
            # A statement's opening sentence frames the sentences that go on with it, as a
            # lead-in frames its items: after "Inês Conceição … delivered a statement", "She
            # recalled that …" is that statement, which the question asked for. The title
            # frames the whole document as the heading does its section (``_title``).
            f"{title} {heading} {c.hit.lead_in} {c.frame} {opener}",
            held,
            profile.unseen,
            dict(profile.phrasal),
            profile.pairs,
        )

    def score(
        self,
        profile: QueryProfile,
        query_vector: np.ndarray,
        hits: Sequence[UnitHit],
        metas: dict[str, DocumentMeta],
        index: UnitIndex,
    ) -> list[Candidate]:
        """Every sentence of the retrieved units with its features, checks and log-odds."""
        candidates = _bounded(_candidates(hits, metas), profile)
        if profile.given:
            # "What else …?": what the conversation already quoted is not an answer again.
            given = [" ".join(words(s)) for s in profile.given]
            candidates = [
                c for c in candidates if not any(" ".join(words(c.quote)) in g for g in given)
            ]
        if not candidates:
            return []
        held = offices(profile.names, index, {c.hit.doc_id for c in candidates})
        measures = measured_in(profile.text)
        proper = index.written_as_names(sorted({c.hit.doc_id for c in candidates}))
        focus_vector = self.vectors.get([profile.focus])[0]
        f_mean, f_spread = index.background(focus_vector)
        q_mean, q_spread = index.background(query_vector)
        sims = self.vectors.get([c.match for c in candidates]) @ focus_vector
        context: dict[tuple[str, str], set[str]] = {}
        for c, sim in zip(candidates, sims, strict=True):
            key = c.hit.key
            if key not in context:
                context[key] = _context_words(c.hit, metas.get(c.hit.doc_id))
            # "He described camp courts …" speaks of the person named by the nearest sentence
            # before it that names anyone; a paragraph's first sentence, of the person named at
            # the end of the paragraph before.
            earlier, _, after = c.hit.text.partition(c.quote)  # the unit around the sentence
            opening = words(c.quote)[:1]
            referent = ""
            if opening and opening[0] in OPENING_PRONOUNS:
                before = sentences(earlier)
                for sentence in reversed(before):
                    if referent := _names_in(sentence):
                        break
                if not before:
                    referent = _names_in(_last_sentence(index.previous(c.hit)))
            elif short := _short_name(c.quote):
                referent = _full_name(short, sentences(earlier))
            # The statement this sentence goes on with, when a party asked about opened it:
            # no other speaker takes the floor between ("What did the Swedish delegate say
            # about Malmö?": "In Malmö … rival networks used such weapons" goes on with what
            # Sweden's representative confirmed, after SEESAC's statement in that paragraph).
            record = self._statement_before(c, earlier, index) if profile.names else []
            opener = c.opener = _opened_for(record, c.quote, profile.names) if profile.names else ""
            if opener and profile.answer_type == "statement":
                # The sentences of one statement answer "What did she say?" together: "She
                # recalled that seizures had tripled" is as near to what was asked as "Dolores
                # Ibarra Núñez … delivered a statement", which names her. Not so a figure, a
                # date or a sanction: the sentence that gives it must itself be near the
                # question ("How much did it cost Indonesia …?" is no salary it reported).
                sim = max(float(sim), float(self.vectors.get([opener])[0] @ focus_vector))
            c.features = {
                "coverage": self._coverage(
                    c, profile, referent, opener, held, _title(metas.get(c.hit.doc_id))
                ),
                "semantic": (float(sim) - f_mean) / f_spread,
                "unit": (float(c.hit.dense or 0.0) - q_mean) / q_spread,
            }
            c.score = self.model.logit(c.features)
            # A statement may be reported by its paragraph's lead-in ("Japan proposed: (a) …").
            # An office stands beside its holder's name as the line shows it ("Rapporteur of
            # the meeting: Sheraz Ali"), not as matched (with its field's description); in a
            # table's row, in its cells: the header names the columns ("State or organization
            # | Participants"), not the office of the person in a cell.
            said_as = c.match
            if profile.answer_type == "office":
                said_as = c.quote if " | " in c.quote else c.sentence
            typed_text = f"{c.hit.lead_in} {said_as}" if c.hit.lead_in else said_as
            c.typed = gives(profile.answer_type, typed_text, profile.text, proper)
            # A report carries a statement over several sentences: in "The representative of
            # Kyrgyzstan reported that … Kyrgyzstan was establishing a register …" the second
            # sentence is still what Kyrgyzstan reported. Only the party asked about is carried
            # over: after "The observer for INTERPOL noted …", "The observer for the Task Force
            # offered …" is not a report of the Task Force's.
            if not c.typed and profile.answer_type == "statement":
                if opener:
                    c.typed = gives("statement", f"{opener} {typed_text}", profile.text, proper)
                elif set(profile.names) <= set(words(earlier)):
                    c.typed = gives("statement", f"{earlier} {typed_text}", profile.text, proper)
            if (
                not c.typed
                and profile.answer_type == "statement"
                and asks_whether(profile.text)
                and records_speakers(c.quote)
            ):
                # "Did Russia say anything?" asks whether they spoke, not what they said: the
                # report's record of who spoke answers it ("Statements were made by the
                # representatives of … the Russian Federation"). Whether it spoke on what the
                # question asks is the evidence model's to say, as for any sentence.
                c.typed = True
            if not c.typed and c.quote.rstrip().endswith(":"):
                # "The following officers were elected:" gives what its list gives: the
                # names follow it, and are quoted with it (``_introduced_items``).
                typed_text = f"{typed_text} {_introduced_text(after, c.hit, index)}"
                c.typed = c.by_list = gives(profile.answer_type, typed_text, profile.text, proper)
            if c.typed and c.field in _FIELD_GIVES and profile.answer_type in _TYPED_BY_FIELD:
                # A front-matter field is the kind of thing its name says: the place and dates
                # of the meeting name no one who organized it ("Santiago" is no body).
                c.typed = profile.answer_type in _FIELD_GIVES[c.field]
            if c.typed and profile.convened:
                # The meeting's own place or dates: its place-and-dates line names them.
                meta = metas.get(c.hit.doc_id)
                held_at = _held_at(meta.place_dates if meta else "", profile.answer_type)
                c.typed = not held_at or bool(held_at & set(words(typed_text)))
            if profile.recommending:
                # Its heading or lead-in ("The meeting recommended that Member States:")
                # makes it the meeting's recommendation; its own words, a speaker's (see
                # below).
                if recommending_part(c.hit.section, c.hit.lead_in):
                    c.recommends = 2
                else:
                    c.recommends = 1 if recommends(c.hit.text) else 0
            if c.typed and profile.counted:
                # "How many women attended?" is not answered by a count of participants: a
                # figure must count the thing asked about, or a near word for it.
                row = " | " in c.quote
                c.typed = self._counts(profile.counted, typed_text, row, c.frame if row else "")
                if c.typed and counted_by_share(typed_text, profile.text):
                    # Of a share, what the sentence says of the part must be what was asked:
                    # every concept of the question but the thing counted is in it.
                    asked = replace(profile, weights=_without(profile.weights, profile.counted))
                    whole = self._coverage(c, asked, referent, opener, held) >= 1.0 - 1e-9
                    c.typed = whole
                if c.typed and measures and not row:
                    # A quantity asked in a measure is given in it (a table's row may carry
                    # its measure in a header, and is left to the check above).
                    c.typed = counts(typed_text, lambda token: token.lower() in measures)
            if not c.typed and profile.counted.lower() in COUNTRY_NOUNS:
                # Reports list the countries that spoke or attended without counting them: the
                # list gives the count, when every item of it is a country's name, and it is
                # the record asked about (those who spoke are not those who attended).
                if profile.record:
                    of_record = records(profile.record, c.quote, c.hit.section)
                else:
                    of_record = not asks_who_spoke(profile.text) or records_speakers(c.quote)
                # A count the answer makes itself is of exactly what was asked: every concept
                # of the question is in the sentence ("How many ASEAN member States spoke?" is
                # not answered by counting the States that spoke).
                asked = replace(profile, weights=_without(profile.weights, profile.counted))
                whole = self._coverage(c, asked, referent, opener, held) >= 1.0 - 1e-9
                c.listed = tuple(listed(c.quote)) if of_record and whole else ()
                c.typed = len(c.listed) > 1
            if not c.typed and profile.counted and c.quote.rstrip().endswith(":"):
                # "The following recommendations … were identified:" gives how many by the
                # items it introduces ("How many recommendations were adopted?"), when it
                # names the kind counted and holds what else the question says of them but
                # its verbs ("adopted", "made", "identified": how a report records them).
                items = index.children(c.hit)
                kind = set(stem_words(words(profile.counted)))
                rest = {
                    s: w
                    for s, w in _without(profile.weights, profile.counted).items()
                    if not usually_verb(profile.forms.get(s, s))
                }
                if len(items) > 1 and kind & set(stems(c.quote)):
                    said = self._coverage(c, replace(profile, weights=rest), referent, opener)
                    if not rest or said >= 1.0 - 1e-9:
                        c.listed = tuple(item.unit_id for item in items)
                        c.typed = True
            if not c.typed and profile.counted and " | " not in c.quote and not listed(c.quote):
                # "Specific groups, such as women, children, youth and elderly" gives how
                # many groups were singled out: a list of the kind counted, the last plural
                # before it, counts it (``_enumeration``). Whether the sentence is on what the
                # question asks is the evidence model's to say, as for a figure. A list of
                # countries is counted by their names only (above): "and" is inside some
                # ("Trinidad and Tobago"), so a count by commas would be wrong.
                items = enumerated(c.quote, self._of_kind(profile.counted, c.quote))
                if items:
                    c.listed, c.enumerates, c.typed = items, True, True
            # A name asked about must be in the sentence itself (or what frames it): "What
            # did Japan say about wildlife?" is not answered by a paragraph that lists Japan
            # among the speakers in one sentence and wildlife in another.
            # A person may be named by the office the document gave them ("the Chair").
            said = context[key] | said_in(f"{c.match} {referent} {c.frame}")
            c.named = names_asked(profile.names, profile.each_of, c.hit.doc_id, said, held)
            if not c.named and profile.names and opener:
                # A paragraph that opens with a party's statement ("The representative of
                # Myanmar stated that …") reports that party in its later sentences too
                # ("Since January 2025, the authorities had arrested …"), until it gives
                # another speaker the floor; so does the next paragraph when it opens with a
                # pronoun ("She added that …").
                said |= said_in(opener)
                c.named = names_asked(profile.names, profile.each_of, c.hit.doc_id, said, held)
            if not c.named and profile.names:
                # A statement's later sentences speak of what its opening sentence named:
                # after "The representative of Türkiye presented surveys conducted by the
                # Istanbul Metropolitan Municipality …", "Forty-two per cent of women said
                # …" is still of Istanbul. The scope is one party's statement, never a
                # record of who spoke, nor the paragraph of another speaker.
                told = _statement_so_far(record, c.quote, proper)
                if told:
                    said |= said_in(" ".join(told))
                    c.named = names_asked(profile.names, profile.each_of, c.hit.doc_id, said, held)
            if c.named and profile.each_of:
                c.names_of = tuple(
                    g for g in profile.each_of if names_all(g, c.hit.doc_id, said, held)
                )
        if profile.recommending:
            # "What did the meeting recommend on custody?" is answered by a recommendation
            # when one answers: not then by what a speaker reported on custody. When none
            # does, what was said on it answers, as for any question.
            # The report's recommendations section, when it answers, is what the meeting
            # recommended: not then a speaker's call in the discussion ("She called for
            # …"), nor the purpose "to formulate recommendations".
            threshold = self.model.answer_threshold
            level = max(
                (c.recommends for c in candidates if c.eligible and c.score >= threshold),
                default=0,
            )
            if level:
                for c in candidates:
                    c.typed = c.typed and c.recommends >= level
        return sorted(candidates, key=lambda c: -c.score)

    def _complements(
        self,
        profile: QueryProfile,
        chosen: list[Candidate],
        ranked: list[Candidate],
        limit: int,
    ) -> list[Candidate]:
        """Sentences of the cited paragraphs that hold a concept of the question which the
        quoted ones do not touch at all (not even by a near word): "How big was the ransom
        demand and how long did it take the hospitals to recover?" is answered by the sentence
        with the demand and the next one, with the weeks, which scores below the threshold on
        its own since it says nothing of a ransom. No parameter of its own: a sentence must be
        on the question's topic (``on_topic_threshold``, the bar of a summary's paragraphs)
        and hold the concept itself, not a near word; and only cited paragraphs are read, so
        no citation is added. Greedy, the sentence holding the most weight first."""
        cited = {c.hit.key for c in chosen}
        pool = [
            c
            for c in ranked
            if c.named
            and c.score >= self.model.on_topic_threshold
            and c.hit.key in cited
            and c not in chosen
            and not any(_same(c, d) for d in chosen)
        ]
        total = sum(profile.weights.values())
        if not total:
            return []
        text = " ".join(c.match for c in chosen)
        credit = self.concepts.credits(profile.weights, profile.forms, text)
        # Concepts of the question the answer does not touch at all (not even by a near word).
        absent = {s: profile.weights[s] for s, v in credit.items() if v == 0.0}
        added: list[Candidate] = []
        while pool and absent and len(chosen) + len(added) < limit:
            gains = []
            for c in pool:
                got = self.concepts.credits(absent, profile.forms, c.match)
                gains.append(sum(w for s, w in absent.items() if got[s] == 1.0) / total)
            i = int(np.argmax(gains))
            if gains[i] <= 0:
                break
            c = pool.pop(i)
            added.append(c)
            got = self.concepts.credits(absent, profile.forms, c.match)
            absent = {s: w for s, w in absent.items() if got[s] < 1.0}
        return added

    @staticmethod
    def _statement_before(c: Candidate, earlier: str, index: UnitIndex) -> list[str]:
        """The sentences of ``c``'s paragraph before it, and the paragraph before that when
        its own opens with a pronoun and no sentence of it gives anyone the floor ("She
        added that …"): where the statement ``c`` may go on with began."""
        record = sentences(earlier)
        leading = words(record[0] if record else c.quote)[:1]
        if leading and leading[0] in OPENING_PRONOUNS and not any(map(names_speaker, record)):
            previous = index.previous(c.hit)
            record = [*sentences(previous.text if previous else ""), *record]
        return record

    def _speakers(
        self, profile: QueryProfile, ranked: list[Candidate], index: UnitIndex, threshold: float
    ) -> Extract | None:
        """ "Who said that?": for each sentence of the previous answer, the sentence of its
        paragraphs that it quotes (the one sharing most of its words), and the sentence that
        opened the statement it belongs to, which gives the speaker. The question points at
        what was quoted, so no evidence score decides here; the opener must give the kind of
        speaker asked for ("Speakers noted …" answers "Who said that?", not "Which delegation
        said that?"). None when nothing quoted belongs to anyone's statement (a recommendation):
        the report may record elsewhere who raised it, and the question is searched as usual."""
        proper = index.written_as_names(sorted({c.hit.doc_id for c in ranked}))
        chosen: list[Candidate] = []
        openers = 0
        for said in profile.speaker_of:
            wanted = set(stems(said))
            if not wanted:
                continue  # "Yes."
            quoted = max(ranked, key=lambda c: (len(wanted & set(stems(c.quote))), -c.position))
            opener = _statement_opener(quoted, ranked, index, proper)
            if opener is None:
                continue
            openers += 1
            if not gives(profile.answer_type, opener.quote, profile.text, proper):
                continue
            for c in (opener, quoted):
                if c not in chosen:
                    chosen.append(c)
        if not openers:
            return None
        if not chosen:
            return Extract([], True, _MISSING["agent"], -np.inf, None, ranked, structural=True)
        in_reading_order(chosen, index)
        support = max(c.score for c in chosen) - threshold
        return Extract(chosen, False, "", support, None, ranked, structural=True)

    def _summary(
        self,
        eligible: list[Candidate],
        ranked: list[Candidate],
        index: UnitIndex,
        threshold: float,
        support: float,
    ) -> Extract:
        """A summary gives the gist of each paragraph on its topic, as the topic page lists
        them: the best sentence of each paragraph at the topic threshold (the best paragraphs
        first), then each one's next best, up to a list's length; in document order, with the
        items of a list a chosen sentence introduces. Quoting every sentence of the first
        paragraphs instead left the rest of the discussion out; the front matter is no part
        of what was discussed."""
        # Each paragraph's sentences at the threshold, best first; the paragraphs in the order
        # of their best sentence (``eligible`` is ranked).
        # A paragraph on the topic speaks of it: one of its sentences holds a concept of the
        # question, or a near word of one. A paragraph of the same report on something else
        # ("regional data sharing on seizures" in a summary on drones) can score as high.
        speaks = {c.hit.key for c in eligible if c.features["coverage"] > 0}
        by_unit: dict[tuple[str, str], list[Candidate]] = {}
        for c in eligible:
            if c.score >= threshold and c.hit.kind != "front" and c.hit.key in speaks:
                by_unit.setdefault(c.hit.key, []).append(c)
        chosen: list[Candidate] = []
        limit = self.settings.max_list_sentences
        for depth in range(max((len(v) for v in by_unit.values()), default=0)):
            for found in by_unit.values():
                if len(chosen) < limit and depth < len(found):
                    c = found[depth]
                    if not any(_same(c, d) for d in chosen):
                        chosen.append(c)
        if not chosen:
            return Extract([], True, "the passages found do not answer it", support, None)
        have = {(c.hit.key, c.position) for c in chosen}
        chosen += self._introduced_items(chosen, ranked, index, limit, have)
        in_reading_order(chosen, index)
        return Extract(chosen, False, "", support, None, ranked)

    def _record(
        self, profile: QueryProfile, ranked: list[Candidate], index: UnitIndex, threshold: float
    ) -> Extract | None:
        """ "Which observer organizations attended?" or "What was on the agenda?" is answered
        by the report's record (``records``), whatever its words: of its sentences that give
        what is asked (a figure for "how many", the names asked about), those within a list's
        keep margin of the best, in document order, with the items of any list they introduce
        (the agenda's). None when the documents asked keep no such record."""
        found = [
            c
            for c in ranked
            if c.eligible
            and c.hit.kind != "front"
            and records(profile.record, c.quote, c.hit.section)
        ]
        if not found:
            return None
        best = max(c.score for c in found)
        limit = self.settings.max_list_sentences
        chosen = [c for c in found if c.score >= best - self.model.keep_margin_list][:limit]
        have = {(c.hit.key, c.position) for c in chosen}
        chosen += self._introduced_items(chosen, ranked, index, limit, have)
        in_reading_order(chosen, index)
        return Extract(chosen, False, "", best - threshold, None, ranked)

    def extract(
        self,
        profile: QueryProfile,
        query_vector: np.ndarray,
        hits: Sequence[UnitHit],
        metas: dict[str, DocumentMeta],
        index: UnitIndex,
    ) -> Extract:
        if profile.unknown_names:
            names = ", ".join(profile.unknown_names)
            return Extract([], True, f"the documents do not mention {names}", -np.inf)
        ranked = self.score(profile, query_vector, hits, metas, index)
        if not ranked:
            return Extract([], True, "nothing relevant was found", -np.inf)
        if profile.quotes_paragraphs:
            # "What does paragraph 8 (d) say?" asks for the paragraph itself, which ``hits``
            # are: it is quoted whole, in document order, whatever the evidence score.
            whole = [c for c in _candidates(hits, metas) if c.hit.unit_id != "front"]
            in_reading_order(whole, index)
            if whole:
                return Extract(whole, False, "", -np.inf, None, ranked)
        threshold = self.model.answer_threshold
        if profile.speaker_of and (spoken := self._speakers(profile, ranked, index, threshold)):
            return spoken
        if profile.record and (kept := self._record(profile, ranked, index, threshold)):
            return kept
        if profile.rest_of:
            # The party's own sentences (the names check follows a statement over sentences
            # and into a paragraph opened by "She …"), less what was given already.
            rest = [c for c in ranked if c.hit.key in profile.rest_of and c.eligible]
            if rest:
                rest = rest[: self.settings.max_list_sentences]
                in_reading_order(rest, index)
                support = max(c.score for c in rest) - threshold
                return Extract(rest, False, "", support, None, ranked)
        if profile.summary:
            # A summary asks what was said on its topic: a paragraph is on the topic at the
            # on-topic threshold (F2 on the calibration topics). The topic page's own, set for
            # its recall floor, let a paragraph on migrants into a summary on evidence-based
            # responses (test_a_summary_is_answered_from_the_paragraphs_on_its_topic).
            threshold = self.model.on_topic_threshold
        if profile.convened:
            # Where or when the meeting was held is a field of its report, looked up rather
            # than found by similarity: the place-and-dates line answers it.
            for c in ranked:
                if c.field == "place_dates" and c.eligible:
                    c.score = max(c.score, threshold)
            ranked.sort(key=lambda c: -c.score)
        if (party := spoke_count_party(profile.text)) and profile.counted:
            # How many spoke on a topic is given by the record of who spoke under the item
            # that discussed it, as which spoke is (``_speaker_records``): the record names
            # no topic, its section does. Its list of countries counts them when it says
            # whatever else the question says of them ("How many Andean countries …").
            records = _speaker_records(ranked, threshold, profile.text)
            qualifiers = set(stem_words(words(party))) - set(stem_words(words(profile.counted)))
            for r in records:
                if not r.listed and qualifiers <= set(stems(r.quote)):
                    r.listed = tuple(listed(r.quote))
            if profile.counted.lower() in COUNTRY_NOUNS and any(len(r.listed) > 1 for r in records):
                on_topic = max(c.score for c in ranked if c.named)
                return Extract(records, False, "", on_topic - threshold, None, ranked)
        eligible = [c for c in ranked if c.eligible]
        best = eligible[0] if eligible else None
        support = (best.score if best else -np.inf) - threshold
        # "Something close" shares at least one of the question's concepts.
        closest = next((c for c in ranked if c.features["coverage"] > 0), None)
        if best is None or best.score < threshold:
            top = ranked[0]
            if top.score >= threshold and not top.named:
                reason = f"nothing they say on it is said of {' and '.join(profile.name_forms)}"
            elif top.score >= threshold and not top.typed:
                kind = "name" if asks_person(profile.text) else profile.answer_type
                reason = _MISSING.get(kind, "")
            else:
                reason = "the passages found do not answer it"
            return Extract([], True, reason, support, closest, ranked)
        if profile.summary:
            return self._summary(eligible, ranked, index, threshold, support)
        if asks_who_spoke(profile.text) and (
            records := _speaker_records(ranked, threshold, profile.text)
        ):
            return Extract(records, False, "", support, None, ranked)
        limit = (
            self.settings.max_list_sentences if profile.list_like else self.settings.max_sentences
        )
        margin = self.model.margin(profile.list_like)
        chosen: list[Candidate] = []
        for c in eligible:
            if len(chosen) >= limit:
                break
            if c.score < threshold or c.score < best.score - margin:
                break
            # Beside an answer that holds some of what was asked, a sentence that holds none
            # of it is only near it in the embedder's space (a meeting "declared closed" for
            # "Who opened the meeting?").
            if chosen and c.features["coverage"] == 0 < best.features["coverage"]:
                continue
            if not any(_same(c, d) for d in chosen):
                chosen.append(c)
        # A question that asks the same of each name it joins ("in Brazil and Argentina") is
        # answered for each that a sentence answers for (at the threshold), however far below
        # the best it scores: the keep margin compares answers to one question, and these
        # are answers to one question each.
        for group in profile.each_of:
            if len(chosen) < limit and not any(group in d.names_of for d in chosen):
                extra = next(
                    (c for c in eligible if c.score >= threshold and group in c.names_of), None
                )
                if extra is not None and not any(_same(extra, d) for d in chosen):
                    chosen.append(extra)
        # The keep margin decides which paragraphs are cited (it is fitted on citation F1);
        # a paragraph once cited is quoted in every sentence that answers on its own, so
        # "Training was considered essential. Staff should be trained in human rights …" is
        # not cut after its first sentence because the second scored a little lower. Nor after
        # the sentence that introduces what the paragraph then tells in words of its own: "The
        # expert from Nigeria discussed the return of assets" answers "How was the money sent
        # back to Nigeria spent?" only with the sentence after it, which names none of the
        # question's words. Such a sentence is on the question's topic, which is the bar here
        # (the on-topic threshold: fitted for chat answers on the calibration topic cases).
        cited = {c.hit.key for c in chosen}
        # Not for a question asking for a figure, date, place or name: the sentence that
        # gives it answers, and the rest of its paragraph is padding ("How much did they
        # demand?" is not answered with how long the attack lasted).
        bar = threshold
        if profile.answer_type not in _SELF_ANSWERING:
            bar = min(threshold, self.model.on_topic_threshold)
        for c in eligible:
            if len(chosen) >= limit or c.score < bar:
                break
            # A sentence on the topic that only introduces a list ("… in one of the following
            # ways:") is left out: the list answers no more than the sentence does, and the
            # sentence means nothing without it.
            if c.score < threshold and c.quote.rstrip().endswith(":"):
                continue
            if c.hit.key in cited and c not in chosen and not any(_same(c, d) for d in chosen):
                chosen.append(c)
        chosen += self._complements(profile, chosen, ranked, limit)
        # A sentence quoted for going on with a party's statement comes with the sentence
        # that opened it, which says who is speaking ("In Malmö …" after "Åsa Lindström,
        # representative of Sweden, confirmed …").
        for c in list(chosen):
            if c.opener and c.opener != c.quote:
                opened = next(
                    (x for x in ranked if x.hit.key == c.hit.key and x.quote == c.opener), None
                )
                if opened is not None and opened not in chosen:
                    chosen.append(opened)
        # A lead-in that itself gives the figure, date, place or name asked for answers without
        # its list ("… covering eighty per cent of its waters, and called on States to:").
        leads = [
            c
            for c in chosen
            if not (profile.answer_type in _SELF_ANSWERING and c.typed and not c.by_list)
        ]
        have = {(c.hit.key, c.position) for c in chosen}
        chosen += self._introduced_items(
            leads, ranked, index, self.settings.max_list_sentences, have, profile.list_like
        )
        in_reading_order(chosen, index)
        return Extract(chosen, False, "", support, None, ranked)


def _opened_for(record: list[str], sentence: str, names: tuple[str, ...]) -> str:
    """The sentence of ``record`` (what comes before ``sentence``) that opened the statement
    ``sentence`` goes on with, when it opened it for one of ``names``: the nearest one that
    gives anyone the floor, "" when that is another party or ``sentence`` gives the floor
    itself. A paragraph may hold several statements ("The observer for SEESAC reported …
    Åsa Lindström, representative of Sweden, confirmed … In Malmö …")."""
    if names_speaker(sentence):
        return ""
    for before in reversed(record):
        if opens_statement_of(before, names):
            return before
        if names_speaker(before):
            return ""
    return ""


# Parties a record of statements lists by their names alone ("the representatives of Ghana
# and Togo"), without the word the question asks with.
_LISTED_BY_NAME = frozenset(
    {"countries", "country", "states", "state", "governments", "delegations", "members"}
)
# The kind of party a question asks for: "Which observers …", "What delegations …".
_PARTY_KIND_RE = re.compile(r"\b(?:which|what)\s+([^\W\d_]+)", re.IGNORECASE)


def _statement_so_far(record: list[str], sentence: str, proper: frozenset[str]) -> list[str]:
    """The sentences of ``record`` (what comes before ``sentence``) from the one that opened
    the statement ``sentence`` goes on with: none when ``sentence`` gives the floor itself,
    or when the nearest sentence before it that gives the floor opens no one's statement (a
    record of who spoke or attended), or none does (a recommendation, a narrative)."""
    if speaker_named(sentence, proper) or opens_with_speaker(sentence):
        return []
    for i in range(len(record) - 1, -1, -1):
        before = record[i]
        if speaker_named(before, proper) or opens_with_speaker(before):
            return record[i:] if opens_statement(before, proper) else []
    return []


def _speaker_records(ranked: list[Candidate], threshold: float, asked: str = "") -> list[Candidate]:
    """ "Which countries spoke on piracy?" is answered by the report's record of who spoke
    under the item that discussed it ("Statements were made by the representatives of …"):
    the record of the section of the best sentence on the topic that has one, whatever the
    record's own words (it names no topic; its section does). A sentence is on the topic at
    the answer threshold, whether or not it names a speaker itself ("Victims of forced
    criminality were at particular risk …"). In document order; none when no such
    sentence's section records its speakers."""
    for c in (c for c in ranked if c.score >= threshold and c.named):
        section = (c.hit.doc_id, c.hit.section)
        records = [
            r
            for r in ranked
            if (r.hit.doc_id, r.hit.section) == section and records_speakers(r.quote)
        ]
        # "Which observers spoke …?" is answered by the record of the observers' statements
        # when the section keeps one apart from the States' ("Statements were also made by
        # the observers for …"); "Which countries …?" by every record, none saying so.
        # A record that names no party of that kind does not answer: the sentences that do
        # are sought as usual ("The observers for INTERPOL … also made statements").
        kind = _PARTY_KIND_RE.search(asked)
        if kind and kind.group(1).lower() in ATTENDEES:
            wanted = set(stems(kind.group(1)))
            narrowed = [r for r in records if wanted & set(stems(r.quote))]
            named_by_name = kind.group(1).lower() in _LISTED_BY_NAME
            records = narrowed or (records if named_by_name else [])
        if records:
            return sorted(records, key=lambda r: (r.hit.order, r.position))
    return []


def _introduced_text(after: str, hit: UnitHit, index: UnitIndex) -> str:
    """What a sentence ending in a colon introduces: ``after`` it in its unit, and the unit's
    sub-items."""
    return " ".join([after, *(child.text for child in index.children(hit))])


def _statement_opener(
    quoted: Candidate, ranked: list[Candidate], index: UnitIndex, proper: frozenset[str]
) -> Candidate | None:
    """The sentence that opened the statement ``quoted`` belongs to: the nearest one up to it
    that gives the floor to someone, named or not, looking back through its paragraph and,
    when the paragraph opens with a pronoun ("She added that …"), the paragraph before. None
    when no sentence does (a recommendation, a record in the passive)."""

    def sentences_of(hit: UnitHit) -> list[Candidate]:
        return sorted((c for c in ranked if c.hit.key == hit.key), key=lambda c: c.position)

    chain = [c for c in sentences_of(quoted.hit) if c.position <= quoted.position]
    opening = words(chain[0].quote)[:1] if chain else []
    previous = index.previous(quoted.hit)
    if opening and opening[0] in OPENING_PRONOUNS and previous is not None:
        chain = sentences_of(previous) + chain
    for c in reversed(chain):
        if speaker_named(c.quote, proper) or opens_with_speaker(c.quote):
            return c
    return None


def _last_sentence(hit: UnitHit | None) -> str:
    found = sentences(hit.text) if hit is not None else []
    return found[-1] if found else ""


# "The Protocol had been ratified by nine …": a sentence opening on a name cut to its head
# word, which a verb or other lower-case word follows (not "The Government of Kenya", a name
# in full).
_SHORT_NAME_RE = re.compile(r"^\s*The\s+([^\W\d_a-z][\w'’-]+)\s+(?!(?:of|for|on|and|in)\b)[a-z]")
# A name in full from its head word: capitalised words, with the function words and commas UN
# style writes between them ("Protocol on the Prevention, Combating and Eradication of Cattle
# Rustling in Eastern Africa").
_NAME_TAIL = r"(?:,?\s+(?:(?:on|of|the|and|for|in|against|to)\s+)*[^\W\d_a-z][\w'’-]*)+"


def _short_name(sentence: str) -> str:
    """The head word of a name a sentence opens with in short ("Protocol" in "The Protocol
    had been ratified …"), or ""."""
    m = _SHORT_NAME_RE.match(sentence)
    return m.group(1) if m else ""


def _full_name(head: str, earlier: Sequence[str]) -> str:
    """The name in full that an earlier sentence of the unit gave, whose head word ``head``
    the sentence opens with ("The Protocol …" after "… presented the Protocol on the
    Prevention … of Cattle Rustling in Eastern Africa"): UN style names a body or instrument
    in full once, then by its head word, and what the sentence says is of the one named in
    full. The nearest earlier mention; "" when none."""
    pattern = re.compile(rf"\b{re.escape(head)}{_NAME_TAIL}")
    for sentence in reversed(earlier):
        if m := pattern.search(sentence):
            return m.group(0)
    return ""


def _names_in(sentence: str) -> str:
    """The names a sentence gives (its capitalised words after the first): whom a pronoun
    opening the next sentence refers to."""
    return " ".join(w for w in raw_words(sentence)[1:] if w[:1].isupper())


def _same(a: Candidate, b: Candidate) -> bool:
    x, y = set(stems(a.quote)), set(stems(b.quote))
    return bool(x and y) and len(x & y) / len(x | y) > _DUPLICATE
