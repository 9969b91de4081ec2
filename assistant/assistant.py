"""The assistant: resolves the question against the conversation, retrieves, answers."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from assistant._answer_type import asks_speaker, recommending_part, records
from assistant._asked import Demands
from assistant._bm25 import top
from assistant._countries import as_written, in_capitals
from assistant._coverage import Vectors
from assistant._offices import offices
from assistant._parts import question_parts
from assistant._query import QueryProfile, analyse, in_scope
from assistant._references import paragraph_refs
from assistant._spelled import spell_out
from assistant._text import OPENING_PRONOUNS, content_stems, stem_words, with_apostrophes, words
from assistant._typed import with_capitals
from assistant.compose import (
    compose,
    document_labels,
    refusal_text,
    related_for,
    with_markers,
)
from assistant.conversation import adjacent_asked, asks_rest_of_part, asks_source, resolve
from assistant.errors import EmptyQuestionError, UnknownDocumentFilterError
from assistant.extractive import Extract, ExtractiveAnswerer, in_reading_order
from assistant.models import Answer, AnswerSentence, Message, Mode, RetrievedUnit
from assistant.retrieval import HybridRetriever, UnitHit, UnitIndex
from congress_qa.settings import Settings, get_settings
from congress_qa.textnorm import normalise
from ingest.errors import EmptyStoreError
from ingest.models import DocumentMeta
from ingest.pipeline import Ingestor


def _messages(history: Sequence[Message | dict]) -> list[Message]:
    return [m if isinstance(m, Message) else Message(**m) for m in history]


def _with_list_items(index: UnitIndex, hits: list[UnitHit], list_like: bool) -> list[UnitHit]:
    """A paragraph that introduces sub-items brings them along when a list is asked for."""
    if not list_like:
        return hits
    seen = {h.key for h in hits}
    out = list(hits)
    for hit in hits[:3]:
        for child in index.children(hit):
            if child.key not in seen:
                seen.add(child.key)
                out.append(child)
    return out


@dataclass
class Evidence:
    """What a question is measured against: the question resolved against the conversation,
    its analysis, the retrieved units and the documents they come from."""

    standalone: str
    vector: np.ndarray
    profile: QueryProfile
    hits: list[UnitHit]
    metas: dict[str, DocumentMeta]
    index: UnitIndex
    retrieve_ms: float
    # When ``hits`` are only the previous answer's paragraphs: every candidate, asked next
    # if those do not answer.
    wider: list[UnitHit] | None = None


def _with_front_matter(index: UnitIndex, hits: list[UnitHit], vector: np.ndarray) -> list[UnitHit]:
    """The front matter of every document in play comes along: what a document says about
    itself (symbol, dates, place, distribution) answers questions that share few words with
    its masthead, and it is one small unit per document."""
    seen = {h.key for h in hits}
    out = list(hits)
    for doc_id in dict.fromkeys(h.doc_id for h in hits):
        key = (doc_id, "front")
        if key in index.position and key not in seen:
            out.append(replace(index.units[index.position[key]], dense=index.dense(key, vector)))
    return out


def _with_record(
    index: UnitIndex,
    hits: list[UnitHit],
    profile: QueryProfile,
    doc_ids: Sequence[str] | None,
    vector: np.ndarray,
) -> list[UnitHit]:
    """A question on a record the report keeps once ("Which countries did the experts come
    from?", "What was on the agenda?") brings that record, of every document asked (or
    retrieved): it names the States, organizations or items without the question's words
    ("countries", "come", "substantive")."""
    if not profile.record:
        return hits
    kind = profile.record
    kept = index.matching(f"record:{kind}", lambda u: records(kind, u.text, u.section))
    return hits + _others(index, hits, kept, doc_ids, vector)


def _others(
    index: UnitIndex,
    hits: list[UnitHit],
    kept: np.ndarray,
    doc_ids: Sequence[str] | None,
    vector: np.ndarray,
) -> list[UnitHit]:
    """The units ``kept`` (a mask) not among ``hits``, of the documents asked (or, with none
    asked, of those retrieved), with their similarity to the question."""
    docs = set(doc_ids) if doc_ids is not None else {h.doc_id for h in hits}
    seen = {h.key for h in hits}
    return [
        replace(u, dense=index.dense(u.key, vector))
        for i in np.flatnonzero(kept).tolist()
        if (u := index.units[i]).doc_id in docs and u.key not in seen
    ]


def _with_recommendations(
    index: UnitIndex,
    hits: list[UnitHit],
    profile: QueryProfile,
    doc_ids: Sequence[str] | None,
    vector: np.ndarray,
    k: int,
) -> list[UnitHit]:
    """A question on what a meeting recommended ("What did they recommend to protect
    fishermen?") is answered from the report's recommendations section, which words its
    topic its own way ("fishers"): that section's units closest to the question join the
    candidates, as many as retrieval hands on (``k``), of every document asked (or
    retrieved)."""
    if not profile.recommending:
        return hits
    kept = index.matching("recommendations", lambda u: recommending_part(u.section, u.lead_in))
    extra = _others(index, hits, kept, doc_ids, vector)
    extra.sort(key=lambda u: -(u.dense or 0.0))
    return hits + extra[:k]


def _within_scope(
    index: UnitIndex,
    hits: list[UnitHit],
    profile: QueryProfile,
    doc_ids: Sequence[str] | None,
    vector: np.ndarray,
    k: int,
) -> list[UnitHit]:
    """A question scoped to an agenda item ("Which countries spoke under agenda item 7?") is
    answered from the units under that item's heading: those retrieved, and the rest of the
    section up to ``k`` units. When no unit sits under such a heading, the scope is no
    filter."""
    if not profile.scope:
        return hits
    allowed = index.doc_mask(doc_ids)
    under = [
        u for i, u in enumerate(index.units)
        if (allowed is None or allowed[i]) and in_scope(profile.scope, u)
    ]  # fmt: skip
    if not under:
        return hits
    kept = [h for h in hits if in_scope(profile.scope, h)]
    seen = {h.key for h in kept}
    rest = [replace(u, dense=index.dense(u.key, vector)) for u in under if u.key not in seen]
    # A long section brings its units closest to the question, as many as retrieval hands on.
    rest.sort(key=lambda u: -(u.dense or 0.0))
    return kept + rest[: max(0, k - len(kept))]


def _with_named_units(
    index: UnitIndex,
    hits: list[UnitHit],
    profile: QueryProfile,
    doc_ids: Sequence[str] | None,
    vector: np.ndarray,
    k: int,
) -> list[UnitHit]:
    """A question that names a country, body or person is answered only by a unit that names
    it (the answerer's names check). The units that do, best by BM25 on the whole question,
    join the candidates (``k``: as many as retrieval hands the answerer, not a fitted number):
    among many reports, long paragraphs that share only the topic's words
    can outrank the one paragraph that names the country."""
    if not profile.names:
        return hits
    # A unit names whom it calls by another name the document gives them: the Chair, or
    # the acronym of a body spelled out once ("WHO").
    docs = doc_ids if doc_ids is not None else sorted({u.doc_id for u in index.units})
    aliases = offices(profile.names, index, docs)
    named = np.ones(len(index.units), dtype=bool)
    for name in profile.names:
        found = index.bm25_scores(stem_words([name])) > 0
        for alias in {a for held in aliases.get(name, {}).values() for a in held}:
            also = np.ones(len(index.units), dtype=bool)
            for word in alias:
                also &= index.bm25_scores(stem_words([word])) > 0
            if len(alias) == 1 and alias[0].isupper():
                # An acronym, found as written, in capitals: "WHO" spells a word the lexical
                # index leaves out, and is not the "who" of "experts who …".
                written = re.compile(rf"\b{re.escape(alias[0])}\b")
                also = index.matching(
                    f"written:{alias[0]}", lambda u, w=written: bool(w.search(u.text))
                )
            found |= also
        named &= found
    allowed = index.doc_mask(doc_ids)
    # A unit that names the party only by its other name ("WHO") shares no word with the
    # question: it still counts, after those that do (ties in document order).
    scores = index.bm25_scores(content_stems(profile.text)) + np.where(named, 1e-9, 0.0)
    seen = {h.key for h in hits}
    out = list(hits)
    for i in top(scores, named if allowed is None else named & allowed, k):
        unit = index.units[int(i)]
        if unit.key not in seen:
            out.append(replace(unit, dense=index.dense(unit.key, vector), bm25=float(scores[i])))
    return out


def _marked(
    index: UnitIndex, marker: str, doc_ids: Sequence[str] | None, metas: dict[str, DocumentMeta]
) -> Iterator[tuple[str, int]]:
    """Where the unit a marker cites ("8(g)", or "<label> 8(g)" when an answer cited several
    documents) stands in ``index``, per served document that has it: (doc_id, position)."""
    labels = document_labels(metas)
    for doc_id in (d for d in metas if doc_ids is None or d in doc_ids):
        label = labels[doc_id]
        unit_id = marker.removeprefix(f"{label} ") if marker.startswith(label) else marker
        if (i := index.position.get((doc_id, unit_id))) is not None:
            yield doc_id, i


def _beside(
    index: UnitIndex,
    marker: str,
    step: int,
    doc_ids: Sequence[str] | None,
    metas: dict[str, DocumentMeta],
) -> str:
    """The id of the unit ``step`` places after (or before) the one ``marker`` cites, in its
    document, when a question can name it by number ("8(b)", "12"); "" otherwise."""
    for doc_id, i in _marked(index, marker, doc_ids, metas):
        start, end = index.doc_span[doc_id]
        if start <= i + step < end:
            beside = index.units[i + step].unit_id
            return beside if paragraph_refs(f"paragraph {beside}") else ""
    return ""


def _cited_units(
    index: UnitIndex,
    markers: Sequence[str],
    doc_ids: Sequence[str] | None,
    metas: dict[str, DocumentMeta],
    vector: np.ndarray,
) -> list[UnitHit]:
    """The units a previous answer cited, found by their markers, among the served
    documents."""
    out: list[UnitHit] = []
    for marker in markers:
        for _, i in _marked(index, marker, doc_ids, metas):
            unit = index.units[i]
            if all(h.key != unit.key for h in out):
                out.append(replace(unit, dense=index.dense(unit.key, vector)))
    return out


def _with_previous(index: UnitIndex, units: list[UnitHit], vector: np.ndarray) -> list[UnitHit]:
    """``units`` with the paragraph before each, in document order."""
    out: list[UnitHit] = []
    for unit in units:
        previous = index.previous(unit)
        for u in ([previous] if previous is not None else []) + [unit]:
            if all(o.key != u.key for o in out):
                out.append(replace(u, dense=index.dense(u.key, vector)))
    return sorted(out, key=lambda u: (u.doc_id, u.order))


def _continued(index: UnitIndex, units: list[UnitHit], vector: np.ndarray) -> list[UnitHit]:
    """``units`` with the paragraph after each that goes on with its statement ("She further
    noted that …"): a follow-up about the speaker ("Did she say anything else?") may be
    answered there."""
    out = list(units)
    for unit in units:
        at = index.position.get(unit.key)
        if at is None or at + 1 >= index.doc_span[unit.doc_id][1]:
            continue
        after = index.units[at + 1]
        opening = words(after.text)[:1]
        if opening and opening[0] in OPENING_PRONOUNS and all(o.key != after.key for o in out):
            out.append(replace(after, dense=index.dense(after.key, vector)))
    return out


def _named_paragraphs(
    index: UnitIndex,
    profile: QueryProfile,
    doc_ids: Sequence[str] | None,
    metas: dict[str, DocumentMeta],
    hits: Sequence[UnitHit],
    standalone: str,
) -> list[UnitHit]:
    """The units a question names by number, with their sub-items, in document order. A
    lettered recommendation ("(b)") is the item of that letter in a paragraph that introduces
    recommendations. When several documents have the paragraph and the question names one
    ("paragraph 8 of the Bangkok report"), the one retrieval ranks first is meant; when it
    names none, each document's paragraph is given, each cited to its document."""
    served = [d for d in metas if doc_ids is None or d in doc_ids]
    found: list[UnitHit] = []
    for ref in profile.paragraphs:
        if ref.startswith("("):
            for doc_id in served:
                start, end = index.doc_span.get(doc_id, (0, 0))
                for u in index.units[start:end]:
                    if not re.fullmatch(rf"\d+{re.escape(ref)}", u.unit_id):
                        continue
                    at = index.position.get((doc_id, u.parent))
                    parent = index.units[at].text if at is not None else ""
                    if "recommend" in f"{u.lead_in} {u.section} {parent}".lower():
                        found.append(u)
        else:
            keys = [(d, ref) for d in served if (d, ref) in index.position]
            found += [index.units[index.position[key]] for key in keys]
    docs = list(dict.fromkeys(u.doc_id for u in found))
    # The question names a document when words of its name were taken out of the search (its
    # dates' digits aside: "paragraph 3" is no mention of a meeting held on 3–4 March).
    asked = [w for w in words(standalone) if not w.isdigit()]
    if len(docs) > 1 and [w for w in words(profile.search) if not w.isdigit()] != asked:
        ranked = [h.doc_id for h in hits if h.doc_id in docs]
        docs = ranked[:1] or docs
    out: list[UnitHit] = []
    todo = [u for u in found if u.doc_id in docs]
    while todo:
        unit = todo.pop(0)
        if all(u.key != unit.key for u in out):
            out.append(unit)
            todo[:0] = index.children(unit)
    return sorted(out, key=lambda u: (u.doc_id, u.order))


class Assistant:
    """Holds the models and the store; holds no conversation (history is passed in)."""

    def __init__(self, settings: Settings, ingestor: Ingestor) -> None:
        self.settings = settings
        self.ingestor = ingestor
        self.store = ingestor.store
        self.embedder = ingestor.embedder
        self.retriever = HybridRetriever(self.store, self.embedder, settings.retrieval)
        # What this process ingests goes into its index without being read back.
        ingestor.on_commit.append(self.retriever.remember)
        # Embeddings of questions, sentences and words, shared by the retrieval and the answerer.
        self.vectors = Vectors(self.embedder, disk=ingestor.cache)
        self.extractive = ExtractiveAnswerer(self.embedder, settings.answer, vectors=self.vectors)
        self._llm = None

    @classmethod
    def from_settings(
        cls,
        settings: Settings | None = None,
        *,
        ensure_corpus: bool = True,
        say: Callable[[str], None] | None = None,
    ) -> Assistant:
        """Opens the store (ingesting the bundled documents into a new one, and telling ``say``
        so) and loads models."""
        settings = settings or get_settings()
        ingestor = Ingestor(settings, say=say)
        if ensure_corpus:
            ingestor.ensure_corpus()
        return cls(settings, ingestor)

    def documents(self) -> list[DocumentMeta]:
        return self.store.documents()

    def sync(self) -> bool:
        """True when another process changed the documents since the last look; the store is
        then reloaded so the change can be read."""
        return self.store.sync()

    def ask(
        self,
        question: str,
        history: Sequence[Message | dict] = (),
        doc_ids: Sequence[str] | None = None,
        mode: Mode | None = None,
    ) -> Answer:
        final = None
        for piece in self.stream(question, history, doc_ids, mode):
            if isinstance(piece, Answer):
                final = piece
        assert final is not None
        return final

    def stream(
        self,
        question: str,
        history: Sequence[Message | dict] = (),
        doc_ids: Sequence[str] | None = None,
        mode: Mode | None = None,
    ) -> Iterator[str | Answer]:
        """Text pieces as they are produced, then the final ``Answer``."""
        mode = mode or self.settings.answer.mode
        tick = time.perf_counter()
        rewritten = None
        if mode == "llm" and history and self.settings.llm.rewrite_followups:
            rewritten = self._llm_answerer().rewrite(question, _messages(history))
        found = self.gather(question, history, doc_ids, standalone=rewritten)
        timings = {"retrieve": found.retrieve_ms}
        tick = time.perf_counter()
        extract, hits = self._extract(found)
        metas = found.metas
        if mode != "llm" and not found.profile.quotes_paragraphs and not extract.structural:
            extract = self._in_parts(question, history, doc_ids, extract, found.index)
        base = Answer(
            question=question,
            standalone_question=found.standalone,
            answer="",
            retrieved=[
                RetrievedUnit(
                    doc_id=h.doc_id, para=h.unit_id, score=h.score, dense=h.dense, bm25=h.bm25
                )
                for h in hits
            ],
        )
        # "What does paragraph 8 (d) say?" is answered by quoting it, in either mode; so is
        # "Who said that?" by the sentence that opened the statement (given the paragraph
        # before as well, the 1.5B model named that paragraph's speaker: calibration ca-60).
        # "Which paragraph is that?" is answered by the paragraphs the previous answer cited,
        # quoted: the 1.5B model took it for a question on the documents and refused (test
        # sample bt-49).
        about_source = bool(history) and asks_source(question) and not extract.refused
        if (
            mode == "llm"
            and not found.profile.quotes_paragraphs
            and not extract.structural
            and not about_source
        ):
            # The LLM is asked even when the extractive answerer would refuse: its own refusal
            # is taken, and its answer is kept only where the support check passes and its
            # sentences give what the question demands (kind of answer, names asked about, a
            # paragraph on the question's topic: the topic page's threshold, fitted on the
            # calibration split's topic cases).
            model = self.extractive.model
            on_topic = extract.on_topic(model.on_topic_threshold)
            if not found.profile.summary:
                # A summary draws on every paragraph on its topic; an answer to a question, on
                # those the evidence puts near the best, by the extractive answer's own margin
                # for quoting a further sentence (fitted there). Farther ones, though on the
                # topic, held the 1.5B model's wrong citations: in an 80-case calibration
                # sample of the LLM eval, 11 of its 14 citations beyond that margin of the best
                # sentence were wrong, and 3 of the 59 within it.
                on_topic &= extract.near_best(model.margin(found.profile.list_like))
            demands = Demands(found.profile, found.index, {h.doc_id for h in hits}, on_topic)
            # A sentence citing a paragraph that could not ground an answer (off the topic, or
            # not naming whom the question asks about) is dropped. The LLM still sees every
            # retrieved paragraph: shown only the grounded ones, the 1.5B model answered from
            # them where it had refused before (test sample of 40: unanswerable refused 6/8 ->
            # 4/8, though 2.5x faster), as the unrelated ones show it that the documents do
            # not say. With ``llm.retry_grounded``, when every sentence it wrote is dropped
            # and the evidence answers, it is asked again with the grounded ones alone (its
            # refusal then not taken, so no decision to refuse changes).
            grounding = [h for h in hits if demands.grounds(h)]
            if not grounding:
                # None could (nor can any when the documents never use a name the question
                # asks about, or no sentence of them gives the kind of answer asked for: a
                # place for "where", a figure for "how many"): whatever the LLM wrote would
                # be dropped, so it is not asked.
                answer = self._extractive_answer(base, extract, metas)
                if extract.refused:
                    answer.support_check = {"refused_before_llm": 1}
                else:
                    why = (
                        "No retrieved paragraph could ground an answer (on the question's topic, "
                        "naming whom it asks about, giving the kind of answer it asks for)"
                    )
                    answer = self._llm_answerer().fallback(answer, why)
                timings["answer"] = (time.perf_counter() - tick) * 1000
                answer.timings_ms = timings
                yield answer.answer
                yield answer
                return
            retry_with = grounding if self.settings.llm.retry_grounded else []
            yield from self._llm_stream(
                base, hits, metas, extract, timings, tick, demands, retry_with
            )
            return
        answer = self._extractive_answer(base, extract, metas)
        timings["answer"] = (time.perf_counter() - tick) * 1000
        answer.timings_ms = timings
        yield answer.answer
        yield answer

    def _extract(self, found: Evidence) -> tuple[Extract, list[UnitHit]]:
        """The extractive answer to the evidence, and the units it was drawn from: the hits,
        or every candidate (``found.wider``) when only the previous answer's paragraphs were
        asked first and they do not answer."""
        extract = self.extractive.extract(
            found.profile, found.vector, found.hits, found.metas, found.index
        )
        if extract.refused and found.wider is not None and found.wider != found.hits:
            wider = self.extractive.extract(
                found.profile, found.vector, found.wider, found.metas, found.index
            )
            return wider, found.wider
        return extract, found.hits

    def _in_parts(
        self,
        question: str,
        history: Sequence[Message | dict],
        doc_ids: Sequence[str] | None,
        whole: Extract,
        index: UnitIndex,
    ) -> Extract:
        """A question that joins two ("How many delegations spoke under the item, and which
        ones?"): each part answered on its own (``question_parts``), the second asked after
        the first and its answer, as a delegate would ask it next ("… and what did she say?"
        after "Who spoke for UNODC?"). Refused as a whole, it is answered only when every part
        is: a question half of which the documents do not answer ("What was the budget of the
        meeting and who paid for it?") stays refused. Answered as a whole, the best paragraph
        of each part its answer does not cite is added, when every part is answered."""
        parts = question_parts(question)
        if len(parts) < 2:
            return whole
        # Answered as a whole, the answer may still give one part only: the best sentence
        # for "what did they say about older people, and was there a recommendation on it?"
        # is the recommendation, and what was said is lost. Measured on calibration, its
        # 96 joined questions and the 50 dc cases (key facts +.004, citation recall +.006,
        # precision -.003); the test split agreed (+.002, +.003, -.003).
        chosen: list = [] if whole.refused else list(whole.chosen)
        turns: list[Message | dict] = list(history)
        for part in parts:
            found = self.gather(part, turns, doc_ids)
            if not found.profile.weights and not found.profile.names:
                # "… and which ones?" names nothing the part before it did not: the sentence
                # that answers the one answers the other, and a part with nothing to match
                # would be answered by whatever was retrieved (calibration ga-08).
                continue
            extract, _ = self._extract(found)
            if extract.refused:
                return whole
            said = self._extractive_answer(Answer(question=part, answer=""), extract, found.metas)
            turns += [
                {"role": "user", "content": part},
                {"role": "assistant", "content": said.answer},
            ]
            have = {(c.hit.key, c.position) for c in chosen}
            new = [c for c in extract.chosen if (c.hit.key, c.position) not in have]
            if not whole.refused:
                # A part the whole's answer already cites a paragraph of is answered by it;
                # for one it does not, the part's best paragraph is added, not every sentence
                # near it: what the whole answered stays the answer.
                if {c.hit.key for c in extract.chosen} & {c.hit.key for c in whole.chosen}:
                    new = []
                elif new:
                    best = max(new, key=lambda c: c.score).hit.key
                    new = [c for c in new if c.hit.key == best]
            chosen += new
        in_reading_order(chosen, index)
        if not whole.refused:
            return replace(whole, chosen=chosen)
        support = max((c.score for c in chosen if c.features), default=whole.support)
        threshold = self.extractive.model.answer_threshold
        return replace(whole, chosen=chosen, refused=False, reason="", support=support - threshold)

    def gather(
        self,
        question: str,
        history: Sequence[Message | dict] = (),
        doc_ids: Sequence[str] | None = None,
        standalone: str | None = None,
        k: int | None = None,
    ) -> Evidence:
        """Resolves, analyses and retrieves: everything an answerer needs. ``standalone`` is
        the question already made to stand alone (by the LLM), if it was."""
        if not question.strip():
            raise EmptyQuestionError()
        tick = time.perf_counter()
        # A question's first look always asks the store (one small read), so a store that went
        # away or changed is seen by the very next question; its later looks reuse that read.
        self.store.sync(fresh=True)
        documents = self.documents()  # read once per question; passed down from here
        if not documents:
            raise EmptyStoreError()
        metas = {m.doc_id: m for m in documents}
        if doc_ids is not None:
            missing = [d for d in doc_ids if d not in metas]
            if missing:
                raise UnknownDocumentFilterError(missing)
        # Compared and embedded normalised (no zero-width or direction characters); the
        # question is shown as it was typed.
        # "whats" typed for "what's" asks what, as the contraction does.
        resolved = resolve(with_apostrophes(normalise(question.strip())), _messages(history))
        standalone = normalise(standalone) if standalone else resolved.standalone
        index = self.retriever.index(documents)
        if (adjacent := adjacent_asked(question, _messages(history))) and (
            beside := _beside(index, *adjacent, doc_ids, metas)
        ):
            # "And what does the next one ask for?" after recommendation (a) asks what (b)
            # says: the paragraph is quoted, as when it is asked by its number.
            standalone = f"What does paragraph {beside} say?"
        # "NGOs" asked of a report that writes only "non-governmental organizations".
        standalone = spell_out(standalone, index, doc_ids)
        # "montenegro" typed in small letters is the name Montenegro, "lorenzo bellandi" the
        # person the report names; "Ivory Coast" asked of a report that writes Côte d'Ivoire.
        typed = with_capitals(in_capitals(standalone, index, doc_ids), index, doc_ids)
        standalone = as_written(typed, index, doc_ids)
        profile = analyse(standalone, index, doc_ids, metas, resolved.beyond)
        # The question, its focus and its search words (``_retrieve``) are embedded in one
        # call: the model's fixed cost per call is most of what a short text costs.
        queries = [standalone, profile.focus]
        if doc_ids is not None and profile.search != standalone:
            queries.append(profile.search)
        vector = self.vectors.get(queries)[0]
        if profile.summary and k is None:
            # "Sum up the discussion on piracy" asks what the topic page lists: its
            # paragraphs are sought among as many candidates as the page's.
            k = self.settings.retrieval.topic_candidates
        hits = self._retrieve(standalone, profile, vector, index, doc_ids, documents, k)
        hits = _with_named_units(
            index, hits, profile, doc_ids, vector, k or self.settings.retrieval.top_k
        )
        hits = _with_list_items(index, hits, profile.list_like)
        hits = _with_front_matter(index, hits, vector)
        hits = _with_record(index, hits, profile, doc_ids, vector)
        hits = _with_recommendations(
            index, hits, profile, doc_ids, vector, k or self.settings.retrieval.top_k
        )
        hits = _within_scope(
            index, hits, profile, doc_ids, vector, k or self.settings.retrieval.top_k
        )
        cited = _cited_units(index, resolved.cited, doc_ids, metas, vector)
        cited = _continued(index, cited, vector)
        seen = {h.key for h in hits}
        widened = hits + [h for h in cited if h.key not in seen]
        focused: list[UnitHit] = []
        if profile.paragraphs:
            # "What does paragraph 8 (d) say?" is asked of that paragraph (with its sub-items).
            named = _named_paragraphs(index, profile, doc_ids, metas, hits, standalone)
            if named:
                focused = [replace(u, dense=index.dense(u.key, vector)) for u in named]
                profile = replace(profile, paragraphs=tuple(u.unit_id for u in named))
            else:
                asked = ", ".join(profile.paragraphs)
                profile = replace(
                    profile,
                    paragraphs=(),
                    unknown_names=(*profile.unknown_names, f"paragraph {asked}"),
                )
        elif resolved.about_answer and cited and not resolved.beyond and asks_speaker(standalone):
            # "Who said that?": the speaker of what the previous answer quoted, who may have
            # taken the floor in the paragraph before ("She added that …").
            profile = replace(profile, speaker_of=resolved.quoted)
            focused = _with_previous(index, cited, vector)
        elif resolved.introduced and cited:
            # "In particular by what?" after "…, in particular by:" asks for the items that
            # sentence introduced, which the previous answer did not give.
            items = [child for hit in cited for child in index.children(hit)]
            if items:
                profile = replace(profile, rest_of=tuple(h.key for h in items))
                focused = [replace(u, dense=index.dense(u.key, vector)) for u in items]
        elif resolved.beyond and cited and asks_rest_of_part(question):
            # "What else does that recommendation ask for?" asks for the rest of the
            # paragraph quoted, not for the previous question's topic again.
            profile = replace(profile, rest_of=tuple(h.key for h in cited))
            focused = _with_list_items(index, cited, profile.list_like)
        elif resolved.about_answer and cited:
            # "How many of them …?": the previous answer's paragraphs are asked about first.
            focused = _with_list_items(index, cited, profile.list_like)
        elif (
            resolved.beyond
            and cited
            and profile.names
            and set(profile.weights) <= set(profile.roles)
        ):
            # "Did she say anything else?" asks for the rest of her statement, wherever it
            # leads, not for a topic: the previous answer's paragraphs and those that go on
            # with them say it.
            profile = replace(profile, rest_of=tuple(h.key for h in cited))
        elapsed = (time.perf_counter() - tick) * 1000
        return Evidence(
            standalone, vector, profile, focused or widened, metas, index, elapsed, widened
        )

    def _retrieve(
        self,
        standalone: str,
        profile: QueryProfile,
        vector: np.ndarray,
        index: UnitIndex,
        doc_ids: Sequence[str] | None,
        documents: Sequence[DocumentMeta],
        k: int | None,
    ) -> list[UnitHit]:
        """Units for the question. Within chosen documents, the words that only name them
        are left out of the search: "Who chaired the Southern Africa workshop?" found the
        paragraphs that repeat the workshop's name, not the one listing its officers. The
        evidence still compares every unit with the whole question."""
        query, query_vector = standalone, vector
        if doc_ids is not None and profile.search != standalone:
            query = profile.search
            query_vector = self.vectors.get([query])[0]
        hits = self.retriever.retrieve(
            query, doc_ids=doc_ids, query_vector=query_vector, documents=documents, k=k
        )
        if query_vector is vector:
            return hits
        return [replace(h, dense=index.dense(h.key, vector)) for h in hits]

    def _extractive_answer(
        self, base: Answer, extract: Extract, metas: dict[str, DocumentMeta]
    ) -> Answer:
        support = None if extract.support == float("-inf") else round(extract.support, 4)
        if extract.refused:
            related = related_for(extract.related, metas) if extract.related else None
            text = refusal_text(extract.reason, related)
            return base.model_copy(
                update={
                    "answer": text,
                    "refused": True,
                    "sentences": [AnswerSentence(text=text)],
                    "related": [related] if related else [],
                    "support": support,
                }
            )
        parts, citations = compose(extract.chosen, metas)
        text = " ".join(with_markers(p) for p in parts)
        return base.model_copy(
            update={"answer": text, "sentences": parts, "citations": citations, "support": support}
        )

    def _llm_answerer(self):  # noqa: ANN202 - assistant.llm.LLMAnswerer, imported lazily
        from assistant._support import SupportChecker
        from assistant.llm import LLMAnswerer, token_counter

        if self._llm is None:
            fit = self.extractive.model.support
            checker = SupportChecker(self.vectors, fit["bias"], fit["lexical"], fit["semantic"])
            count = token_counter(self.settings.data_dir)
            self._llm = LLMAnswerer(self.settings.llm, checker, fit["threshold"], count)
        return self._llm

    def _llm_stream(self, base, hits, metas, extract, timings, tick, demands, retry_with):  # noqa: ANN001, ANN202, PLR0913
        fallback = self._extractive_answer(base, extract, metas)
        llm = self._llm_answerer()
        for piece in llm.stream(base, hits, metas, fallback, demands, retry_with=retry_with):
            if isinstance(piece, Answer):
                timings["answer"] = (time.perf_counter() - tick) * 1000
                piece.timings_ms = timings
            yield piece
