"""The systems compared side by side: the project's pipeline and its baselines."""

from __future__ import annotations

import re
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from assistant import Assistant
from eval.cases import GoldCase
from ingest.pipeline import Ingestor, expand_paths
from ingest.readers import read_document


@dataclass
class Output:
    answer: str
    refused: bool
    cited: list[str]
    ranked: list[str]
    latency_ms: float
    extra: dict = field(default_factory=dict)


class System(Protocol):
    name: str

    def run(self, case: GoldCase) -> Output: ...


class PipelineSystem:
    """The assistant, with a chosen retrieval method and answer mode."""

    def __init__(self, name: str, assistant: Assistant, mode: str = "extractive") -> None:
        self.name = name
        self.assistant = assistant
        self.mode = mode

    def run(self, case: GoldCase) -> Output:
        tick = time.perf_counter()
        answer = self.assistant.ask(
            case.question,
            history=case.history,
            doc_ids=[case.doc_id] if case.doc_id else None,
            mode=self.mode,  # type: ignore[arg-type]
        )
        latency = (time.perf_counter() - tick) * 1000
        return Output(
            answer=answer.answer,
            refused=answer.refused,
            cited=[c.para for c in answer.citations],
            ranked=[r.para for r in answer.retrieved],
            latency_ms=latency,
            extra={
                "mode": answer.mode,
                "support_check": answer.support_check,
                "sentence_support": [s.support for s in answer.sentences],
                "support": answer.support,
                "notice": answer.notice,
                "draft": answer.draft,
                "citations": [c.model_dump() for c in answer.citations],
            },
        )


_PARA_RE = re.compile(r"(?m)^\s*(\d{1,4})\.\s")
_ITEM_RE = re.compile(r"(?m)^\s*\(([a-z]{1,2})\)\s")


class TutorialRAG:
    """What a user would otherwise build: 1000/200-character chunks, dense top-4 in Chroma with
    the same embedder; it answers with its best chunk (what an LLM would be handed) and cites
    the paragraph numbers it can recover from the chunks. It never refuses."""

    name = "tutorial-rag"

    def __init__(
        self, ingestor: Ingestor, corpus: list, documents: Collection[str] | None = None
    ) -> None:
        """``documents``: the doc_ids the cases ask of, when every case names one. A search
        filtered to one document finds only its chunks, so the other documents' chunks,
        which cost most of a small run's time to embed, change no answer and are left out;
        None embeds every document."""
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.store = Chroma(
            collection_name=f"{ingestor.settings.store.collection}_tutorial",
            embedding_function=_CachedEmbeddings(ingestor),
            client=ingestor.store.client,
        )
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=1000, chunk_overlap=200, add_start_index=True
        )
        known = {m.source_file: m.doc_id for m in ingestor.store.documents()}
        docs: list[Document] = []
        for path in expand_paths(corpus):
            text = read_document(
                path, max_mb=ingestor.settings.ingest.max_file_mb, cache=ingestor.readings
            )
            doc_id = known.get(path.name, path.stem)
            if documents is not None and doc_id not in documents:
                continue
            for chunk in splitter.create_documents([text], metadatas=[{"doc_id": doc_id}]):
                start = chunk.metadata["start_index"]
                chunk.metadata["paras"] = ",".join(_recover_ids(text, start, chunk.page_content))
                docs.append(chunk)
        if self.store.get(limit=1)["ids"]:
            self.store.reset_collection()
        self.store.add_documents(docs, ids=[f"t{i}" for i in range(len(docs))])

    def run(self, case: GoldCase) -> Output:
        tick = time.perf_counter()
        found = self.store.similarity_search(
            case.question, k=4, filter={"doc_id": case.doc_id} if case.doc_id else None
        )
        latency = (time.perf_counter() - tick) * 1000
        ids = [p for d in found for p in d.metadata["paras"].split(",") if p]
        ranked = list(dict.fromkeys(ids))
        return Output(
            answer=found[0].page_content if found else "",
            refused=False,
            cited=ranked,
            ranked=ranked,
            latency_ms=latency,
        )


class _CachedEmbeddings(Embeddings):
    """The ingest's embedder, through its embedding cache when it has one: the baseline's
    chunks are the same model's vectors, not computed again on every eval run."""

    def __init__(self, ingestor: Ingestor) -> None:
        self.embedder, self.cache = ingestor.embedder, ingestor.cache

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.cache is None:
            return self.embedder.embed_documents(texts)
        return self.cache.embed(self.embedder, texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text)


def _recover_ids(text: str, start: int, chunk: str) -> list[str]:
    """Paragraph ids a chunk shows (8, 8(g)); a chunk without any gets the paragraph it
    starts inside."""
    before = [m.group(1) for m in _PARA_RE.finditer(text[:start])]
    current = before[-1] if before else "front"
    ids: list[str] = []
    for line_start in re.finditer(r"(?m)^", chunk):
        rest = chunk[line_start.start() :]
        if m := _PARA_RE.match(rest):
            current = m.group(1)
            ids.append(current)
        elif (m := _ITEM_RE.match(rest)) and current != "front":
            ids.append(f"{current}({m.group(1)})")
    return ids or [current]
