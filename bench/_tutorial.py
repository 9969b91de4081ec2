"""The tutorial-RAG baseline at benchmark scale: what a user would otherwise build (1000/200-
character chunks, the same embedder, dense top-4 from Chroma, as ``eval.systems.TutorialRAG``
does), in a Chroma store of its own beside the benchmark's, so its query latency can be set
beside ours. Built once per corpus: ``python -m bench._tutorial FOLDER`` prints its figures."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

COLLECTION = "tutorial_rag"
BATCH = 256


class Tutorial:
    def __init__(self, store) -> None:  # noqa: ANN001 - langchain_chroma.Chroma
        self.store = store

    def search(self, question: str, doc_ids: Sequence[str] | None) -> list:
        where = {"doc_id": doc_ids[0]} if doc_ids and len(doc_ids) == 1 else None
        if doc_ids and len(doc_ids) > 1:
            where = {"doc_id": {"$in": list(doc_ids)}}
        return self.store.similarity_search(question, k=4, filter=where)


def _chroma(folder: Path):  # noqa: ANN202 - langchain_chroma.Chroma
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma

    from ingest import get_embedder

    client = chromadb.PersistentClient(
        path=str(folder / "tutorial"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    return Chroma(collection_name=COLLECTION, embedding_function=get_embedder(), client=client)


def open_tutorial(folder: Path) -> Tutorial:
    return Tutorial(_chroma(folder))


def build(folder: Path) -> dict[str, float]:
    """Chunks and embeds the corpus (the synthetic reports and the bundled report)."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from congress_qa.settings import PROJECT_ROOT
    from ingest._ids import slugify
    from ingest.readers import read_document

    started = time.perf_counter()
    store = _chroma(folder)
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    paths = sorted((folder / "corpus").glob("*.txt")) + sorted((PROJECT_ROOT / "data").iterdir())
    batch, ids, chunks = [], [], 0
    for path in paths:
        text = read_document(path, max_mb=100)
        doc_id = slugify(path.stem)
        for piece in splitter.create_documents([text], metadatas=[{"doc_id": doc_id}]):
            batch.append(piece)
            ids.append(f"t{chunks}")
            chunks += 1
            if len(batch) >= BATCH:
                store.add_documents(batch, ids=ids)
                batch, ids = [], []
    if batch:
        store.add_documents(batch, ids=ids)
    return {"chunks": chunks, "build_s": time.perf_counter() - started}


if __name__ == "__main__":
    print(json.dumps(build(Path(sys.argv[1]))))
