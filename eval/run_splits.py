"""Runs several splits through every system on one store, then measures each split: its
aggregates, its evidence margins and its topic-page recall."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from assistant._evidence import load_model
from congress_qa.settings import LLMSettings
from eval import per_document
from eval.cases import GoldCase
from eval.runner import PIPELINE, CaseResult, Progress, run
from eval.suite import (
    SplitCases,
    llm_figures,
    margins,
    split_topics,
    summarise_split,
    topic_scores,
)
from eval.systems import PipelineSystem, System


@dataclass
class SplitRun:
    name: str
    results: dict[str, list[CaseResult]] = field(default_factory=dict)
    summary: dict[str, dict[str, float]] = field(default_factory=dict)
    margins: dict[str, list[float]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"results": self.results, "summary": self.summary, "margins": self.margins}


def run_splits(
    parts: list[SplitCases],
    *,
    baselines: bool = False,
    mode: str = "extractive",
    progress: Progress | None = None,
    llm: LLMSettings | None = None,
    judge: bool = False,
    store: str = "shared",
    announce: Callable[[str], None] | None = None,
    workers: int = 1,
) -> dict[str, SplitRun]:
    """``store``: "shared" answers every case on one store of every document (and measures
    the topic pages there); "per-document" each case on a store of the bundled report and its
    own document (``eval.per_document``; no baselines, no topics). ``announce`` is told what
    the run is doing between cases. ``workers``: processes the shared store's cases are
    answered in (``eval.workers``)."""
    cases = [c for part in parts for c in part.all]
    topics: dict[str, dict[str, float]] = {}
    # Read with the cases, before the run: a gold file added during an hour-long LLM run
    # named a document its store never had, and the run failed at its very end.
    topic_cases = {part.name: split_topics(part.name) for part in parts}

    def measure_topics(systems: list[System]) -> None:
        pipeline = next(s for s in systems if s.name == PIPELINE)
        assert isinstance(pipeline, PipelineSystem)
        for part in parts:
            topics[part.name] = topic_scores(pipeline.assistant, topic_cases[part.name])

    if store == "per-document":
        results, skipped = per_document.run(
            cases, mode=mode, progress=progress, llm=llm, announce=announce
        )
        if skipped and announce:
            announce(f"left out: {len(skipped)} cases asked of every document, not of one")
    else:
        results = run(
            cases,
            baselines=baselines,
            mode=mode,
            progress=progress,
            llm=llm,
            after=measure_topics,
            workers=workers,
        )
    if judge and llm is not None:
        from eval.judge import judge_faithfulness

        judge_faithfulness(results, llm)
    out: dict[str, SplitRun] = {}
    for part in parts:
        ids = {c.id for c in part.all}
        split = SplitRun(part.name)
        for system, rows in results.items():
            mine = [r for r in rows if r.case.id in ids]
            split.results[system] = mine
            split.summary[system] = summarise_split(mine)
        split.summary[PIPELINE] |= topics.get(part.name, {})
        if mode == "llm":
            threshold = load_model().support["threshold"]
            split.summary[PIPELINE] |= llm_figures(split.results[PIPELINE], threshold)
        split.margins = margins(split.results[PIPELINE])
        out[part.name] = split
    return out


def subset_run(runs: dict[str, SplitRun], name: str, cases: list[GoldCase]) -> SplitRun | None:
    """The figures of a subset of the cases a run answered (the first gold files, held to
    their own floors), measured from that run's results rather than by a run of their own:
    every case is answered on its own, with its own history, so the results are the same.
    None when the run did not answer every case of the subset (it ran the other split)."""
    wanted = {c.id for c in cases}
    out = SplitRun(name)
    for part in runs.values():
        for system, rows in part.results.items():
            out.results.setdefault(system, []).extend(r for r in rows if r.case.id in wanted)
    if {r.case.id for r in out.results.get(PIPELINE, [])} != wanted:
        return None
    out.summary = {system: summarise_split(rows) for system, rows in out.results.items()}
    out.margins = margins(out.results[PIPELINE])
    return out
