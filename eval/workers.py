"""A run's cases answered in several processes: the eval is Python-bound between embeddings,
so on a machine of two cores one process leaves a core idle for most of a run.

The first process builds the store (embedding its units into the shared embedding cache);
then each other process builds its own store of the same documents from that cache, and
answers its share of the cases. Shares are whole documents, so that the words and sentences
one process embeds at question time are seldom embedded by another as well; each process
takes the next document when it finishes one, so none waits long for the others. Each case is
answered on its own, with its own history, so the results are those of one process; only
the latencies differ, measured while the processes share the cores."""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

from congress_qa.settings import Settings
from eval.cases import GoldCase
from eval.runner import CaseResult, Progress, answer_cases, build_systems, unit_texts
from eval.systems import System
from ingest.pipeline import Ingestor, cache_folder


def groups(cases: Sequence[GoldCase]) -> list[list[int]]:
    """The cases' positions by the document they ask of (the cases that name none are a
    group of their own), the largest group first: taken in this order, the last groups
    taken are the smallest, and the processes finish close together."""
    by_doc: dict[str | None, list[int]] = {}
    for i, case in enumerate(cases):
        by_doc.setdefault(case.doc_id, []).append(i)
    return sorted(by_doc.values(), key=len, reverse=True)


def _answer_groups(
    systems: list[System],
    ingestor: Ingestor,
    cases: Sequence[GoldCase],
    parts: list[list[int]],
    taken: Synchronized,
    progress: Progress | None = None,
) -> dict[int, dict[str, list[CaseResult]]]:
    """Takes the next group not yet taken by any process and answers it on ``systems``,
    until none is left. The results by group."""
    texts = unit_texts(ingestor)
    out: dict[int, dict[str, list[CaseResult]]] = {}
    while True:
        with taken.get_lock():
            index = taken.value
            taken.value += 1
        if index >= len(parts):
            return out
        share = [cases[i] for i in parts[index]]
        out[index] = answer_cases(systems, texts, share, progress, warm=not out)


def answer_in_parallel(
    systems: list[System],
    ingestor: Ingestor,
    cases: Sequence[GoldCase],
    workers: int,
    baselines: bool,
    mode: str,
    progress: Progress | None = None,
    first: Callable[[list[System]], None] | None = None,
) -> dict[str, list[CaseResult]]:
    """``answer_cases`` with the cases' documents answered by ``workers`` processes, this one
    included (its ``systems``, on ``ingestor``'s store), each taking the next document as it
    finishes one. ``first`` is called with ``systems`` once the other processes are started,
    while they build their stores."""
    parts = groups(cases)
    settings = ingestor.settings
    # The other processes read this store's units from its embedding cache, and embed on one
    # thread each: processes that each run the model on every core wait on one another.
    embedding = settings.embedding.model_copy(
        update={
            "cache_dir": cache_folder(settings),
            "threads": settings.embedding.threads or max(1, (os.cpu_count() or 1) // workers),
        }
    )
    theirs = settings.model_copy(update={"embedding": embedding})
    # Spawned, not forked: this process holds onnxruntime's and Chroma's threads.
    context = multiprocessing.get_context("spawn")
    taken = context.Value("i", 0)
    helpers = min(workers, len(parts)) - 1
    done: dict[int, dict[str, list[CaseResult]]] = {}
    with ProcessPoolExecutor(
        max_workers=max(1, helpers),
        mp_context=context,
        initializer=_share_counter,
        initargs=(taken,),
    ) as pool:
        pending = [
            pool.submit(_answer_groups_in_helper, theirs, cases, parts, baselines, mode)
            for _ in range(helpers)
        ]
        if first is not None:
            first(systems)
        done |= _answer_groups(systems, ingestor, cases, parts, taken, progress)
        for future in pending:
            answered = future.result()
            for share in answered.values():
                for system, rows in share.items():
                    for row in rows if progress else ():
                        progress(system, row.case.id)
            done |= answered
    results: dict[str, list[CaseResult]] = {}
    for system in systems:
        placed = {
            i: row
            for index, share in done.items()
            for i, row in zip(parts[index], share.get(system.name, []), strict=True)
        }
        results[system.name] = [placed[i] for i in sorted(placed)]
    return results


# The counter of groups taken, handed to each helper process as it starts (a shared value
# can be passed to a process only when it is created, not with each task).
_taken: Synchronized | None = None


def _share_counter(taken: Synchronized) -> None:
    global _taken  # noqa: PLW0603 - set once per helper process, by its initializer
    _taken = taken


def _answer_groups_in_helper(
    settings: Settings,
    cases: Sequence[GoldCase],
    parts: list[list[int]],
    baselines: bool,
    mode: str,
) -> dict[int, dict[str, list[CaseResult]]]:
    """In a helper process: systems of its own, on a store of every document in a home of its
    own (its units come from the embedding cache the first process filled), then groups."""
    assert _taken is not None
    with tempfile.TemporaryDirectory(prefix="congress-qa-eval-") as tmp:
        mine = settings.model_copy(update={"home": Path(tmp)})
        systems, ingestor = build_systems(mine, baselines, mode, cases)
        return _answer_groups(systems, ingestor, cases, parts, _taken)
