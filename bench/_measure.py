"""The query side of one store, measured in a process of its own:
``python -m bench._measure pipeline|tutorial FOLDER QUESTIONS.json [CHROMA_URL]``.

Time to the first answer counts from the moment the process started (imports, opening the
store, loading models and the index, the first question). Then a few questions warm it up
and the measured ones are asked twice: once with the answerer's caches as they come, once
with its sentence-vector cache emptied before each question (what a corpus whose sentences
never repeat costs). Retrieval alone is timed apart. Peak memory is the process's."""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil

from bench._stats import percentiles

WARM_UP = 5


def _since_start() -> float:
    return time.time() - psutil.Process().create_time()


class _Timed:
    """Adds up the milliseconds spent in a callable; ``wrap`` is what replaces it."""

    def __init__(self, fn: Callable) -> None:
        self.ms = 0.0

        def wrap(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            tick = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.ms += (time.perf_counter() - tick) * 1000

        self.wrap = wrap


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pipeline(folder: Path, asked: list[dict], chroma_url: str | None) -> dict:
    import assistant.assistant as module
    from assistant import Assistant
    from assistant.retrieval import UnitIndex
    from congress_qa.settings import Settings

    imported = _since_start()
    settings = Settings(home=folder / ("client" if chroma_url else "home"), chroma_url=chroma_url)
    bot = Assistant.from_settings(settings, ensure_corpus=False)
    opened = _since_start()
    tick = time.perf_counter()
    index = bot.retriever.index()
    index_s = time.perf_counter() - tick
    first = asked[0]
    bot.ask(first["text"], doc_ids=first["doc_ids"])
    first_answer_s = _since_start()

    # What the answerer spends per question (assistant/_query.py, _coverage.py, extractive.py):
    # measured here, from outside, without changing them.
    vectors = bot.extractive.vectors
    embedded = {"texts": 0}
    real_get = vectors.get

    def get(texts):  # noqa: ANN001, ANN202
        embedded["texts"] += len({t for t in texts if t not in vectors._cache})
        return real_get(texts)

    vectors_get = _Timed(get)
    vectors.get = vectors_get.wrap
    background = _Timed(UnitIndex.background)
    UnitIndex.background = background.wrap  # type: ignore[method-assign]
    analyse = _Timed(module.analyse)
    module.analyse = analyse.wrap

    for q in asked[1 : 1 + WARM_UP]:
        bot.ask(q["text"], doc_ids=q["doc_ids"])
    measured = asked[1 + WARM_UP :]
    for timer in (vectors_get, background, analyse):
        timer.ms = 0.0
    embedded["texts"] = 0
    retrieval, ask, gather, answer, answered = [], [], [], [], 0
    for q in measured:
        tick = time.perf_counter()
        bot.retriever.retrieve(q["text"], doc_ids=q["doc_ids"])
        retrieval.append((time.perf_counter() - tick) * 1000)
        tick = time.perf_counter()
        reply = bot.ask(q["text"], doc_ids=q["doc_ids"])
        ask.append((time.perf_counter() - tick) * 1000)
        gather.append(reply.timings_ms.get("retrieve", 0.0))
        answer.append(reply.timings_ms.get("answer", 0.0))
        answered += not reply.refused
    n = max(len(measured), 1)
    answerer = {
        "sentence_vectors_ms": vectors_get.ms / n,
        "texts_embedded": embedded["texts"] / n,
        "background_ms": background.ms / n,
        "analyse_ms": analyse.ms / n,
    }
    cold = []
    for q in measured:
        vectors._cache.clear()
        tick = time.perf_counter()
        bot.ask(q["text"], doc_ids=q["doc_ids"])
        cold.append((time.perf_counter() - tick) * 1000)
    return {
        "units": len(index.units),
        "documents": len(index.doc_span),
        "imports_s": imported,
        "open_s": opened - imported,
        "index_s": index_s,
        "first_answer_s": first_answer_s,
        "questions": len(measured),
        "answered": answered,
        "retrieval_ms": percentiles(retrieval),
        "ask_ms": percentiles(ask),
        "gather_ms": percentiles(gather),
        "answer_ms": percentiles(answer),
        "ask_cold_cache_ms": percentiles(cold),
        "answerer": answerer,
        "peak_rss_mb": _peak_mb(),
    }


def tutorial(folder: Path, asked: list[dict]) -> dict:
    from bench._tutorial import open_tutorial

    store = open_tutorial(folder)
    imported = _since_start()
    first = asked[0]
    store.search(first["text"], first["doc_ids"])
    first_answer_s = _since_start()
    for q in asked[1 : 1 + WARM_UP]:
        store.search(q["text"], q["doc_ids"])
    latency = []
    for q in asked[1 + WARM_UP :]:
        tick = time.perf_counter()
        store.search(q["text"], q["doc_ids"])
        latency.append((time.perf_counter() - tick) * 1000)
    return {
        "imports_s": imported,
        "first_answer_s": first_answer_s,
        "query_ms": percentiles(latency),
        "peak_rss_mb": _peak_mb(),
    }


def main(argv: list[str]) -> dict:
    kind, folder, questions = argv[0], Path(argv[1]), Path(argv[2])
    asked = json.loads(questions.read_text(encoding="utf-8"))
    if kind == "tutorial":
        return tutorial(folder, asked)
    return pipeline(folder, asked, argv[3] if len(argv) > 3 else None)


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
