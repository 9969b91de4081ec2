"""The assistant: resolves the question against the conversation, retrieves, answers."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence

from assistant._query import analyse
from assistant.compose import compose, refusal_text, with_markers
from assistant.conversation import standalone_question
from assistant.errors import EmptyQuestionError, UnknownDocumentFilterError
from assistant.extractive import Extract, ExtractiveAnswerer
from assistant.models import Answer, AnswerSentence, Message, Mode, RetrievedUnit
from assistant.retrieval import HybridRetriever, UnitHit, UnitIndex
from congress_qa.settings import Settings, get_settings
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


class Assistant:
    """Holds the models and the store; holds no conversation (history is passed in)."""

    def __init__(self, settings: Settings, ingestor: Ingestor) -> None:
        self.settings = settings
        self.ingestor = ingestor
        self.store = ingestor.store
        self.embedder = ingestor.embedder
        self.retriever = HybridRetriever(self.store, self.embedder, settings.retrieval)
        self.extractive = ExtractiveAnswerer(self.embedder, settings.answer)
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
        ingestor = Ingestor(settings)
        if ensure_corpus:
            ingestor.ensure_corpus(say=say)
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
        if not question.strip():
            raise EmptyQuestionError()
        mode = mode or self.settings.answer.mode
        timings: dict[str, float] = {}
        tick = time.perf_counter()
        self.sync()
        documents = self.documents()  # read once per question; passed down from here
        if not documents:
            raise EmptyStoreError()
        metas = {m.doc_id: m for m in documents}
        if doc_ids is not None:
            missing = [d for d in doc_ids if d not in metas]
            if missing:
                raise UnknownDocumentFilterError(missing)
        standalone = standalone_question(question.strip(), _messages(history))
        vector = self.embedder.embed_array([standalone])[0]
        index = self.retriever.index(documents)
        hits = self.retriever.retrieve(
            standalone, doc_ids=doc_ids, query_vector=vector, documents=documents
        )
        profile = analyse(standalone, index, doc_ids, metas)
        hits = _with_list_items(index, hits, profile.list_like)
        timings["retrieve"] = (time.perf_counter() - tick) * 1000
        tick = time.perf_counter()
        extract = self.extractive.extract(profile, vector, hits, metas)
        base = Answer(
            question=question,
            standalone_question=standalone,
            answer="",
            retrieved=[
                RetrievedUnit(
                    doc_id=h.doc_id, para=h.unit_id, score=h.score, dense=h.dense, bm25=h.bm25
                )
                for h in hits
            ],
        )
        if mode == "llm" and not extract.refused:
            yield from self._llm_stream(base, hits, metas, extract, timings, tick)
            return
        answer = self._extractive_answer(base, extract, metas)
        timings["answer"] = (time.perf_counter() - tick) * 1000
        answer.timings_ms = timings
        yield answer.answer
        yield answer

    def _extractive_answer(
        self, base: Answer, extract: Extract, metas: dict[str, DocumentMeta]
    ) -> Answer:
        if extract.refused:
            text = refusal_text(extract.reason)
            return base.model_copy(
                update={"answer": text, "refused": True, "sentences": [AnswerSentence(text=text)]}
            )
        parts, citations = compose(extract.chosen, metas)
        text = " ".join(with_markers(p) for p in parts)
        return base.model_copy(update={"answer": text, "sentences": parts, "citations": citations})

    def _llm_stream(self, base, hits, metas, extract, timings, tick):  # noqa: ANN001, ANN202
        from assistant.llm import LLMAnswerer

        if self._llm is None:
            self._llm = LLMAnswerer(self.settings.llm)
        fallback = self._extractive_answer(base, extract, metas)
        for piece in self._llm.stream(base, hits, metas, fallback):
            if isinstance(piece, Answer):
                timings["answer"] = (time.perf_counter() - tick) * 1000
                piece.timings_ms = timings
            yield piece
