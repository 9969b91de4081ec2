"""Runs gold cases through the pipeline and its baselines, in one run, on one store."""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant import Assistant
from congress_qa.settings import LLMSettings, Settings
from eval.cases import GOLD_DIR, GoldCase
from eval.metrics import citation_scores, key_fact_coverage, percentile, retrieval_scores, token_f1
from eval.systems import Output, PipelineSystem, System, TutorialRAG
from ingest.pipeline import Ingestor

PIPELINE = "pipeline"
Progress = Callable[[str, str], None]


@dataclass
class CaseResult:
    system: str
    case: GoldCase
    output: Output
    scores: dict[str, float] = field(default_factory=dict)


def corpus_paths(settings: Settings) -> list[Path]:
    return [settings.ingest.corpus_dir, GOLD_DIR / "docs"]


def score(case: GoldCase, output: Output, unit_texts: dict[str, str]) -> dict[str, float]:
    s: dict[str, float] = {"latency_ms": output.latency_ms, "refused": float(output.refused)}
    if not case.answerable:
        s["refusal_correct"] = float(output.refused)
        return s
    s["false_refusal"] = float(output.refused)
    s |= retrieval_scores(case, output.ranked)
    s["key_fact_coverage"] = 0.0 if output.refused else key_fact_coverage(case, output.answer)
    s["token_f1"] = 0.0 if output.refused else token_f1(case.reference, output.answer)
    if not output.refused:
        s |= citation_scores(case, output.cited, unit_texts)
    else:
        s["citation_recall"] = 0.0
    return s


def aggregate(results: list[CaseResult]) -> dict[str, float]:
    def mean(key: str, rows: list[CaseResult]) -> float:
        values = [r.scores[key] for r in rows if key in r.scores]
        return statistics.fmean(values) if values else 0.0

    answerable = [r for r in results if r.case.answerable]
    unanswerable = [r for r in results if not r.case.answerable]
    keys = ["recall@1", "recall@3", "recall@5", "recall@10", "mrr", "ndcg@10", "key_fact_coverage",
            "token_f1", "citation_precision", "citation_recall"]  # fmt: skip
    out = {key: mean(key, answerable) for key in keys}
    out["refusal_accuracy"] = mean("refusal_correct", unanswerable)
    out["false_refusal_rate"] = mean("false_refusal", answerable)
    latencies = [r.output.latency_ms for r in results]
    out["latency_p50_ms"] = percentile(latencies, 0.5)
    out["latency_p95_ms"] = percentile(latencies, 0.95)
    out["cases"] = float(len(results))
    return out


def by_category(results: list[CaseResult]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[CaseResult]] = {}
    for r in results:
        groups.setdefault(r.case.category, []).append(r)
    out = {}
    for name, rows in sorted(groups.items()):
        agg = aggregate(rows)
        answerable = any(r.case.answerable for r in rows)
        out[name] = {
            "cases": float(len(rows)),
            "key_fact_coverage": agg["key_fact_coverage"] if answerable else float("nan"),
            "citation_recall": agg["citation_recall"] if answerable else float("nan"),
            "correct_refusal_or_answer": statistics.fmean(
                r.scores.get("refusal_correct", 1.0 - r.scores.get("false_refusal", 0.0))
                for r in rows
            ),
        }
    return out


def build_systems(
    settings: Settings, baselines: bool, mode: str, cases: Sequence[GoldCase] = ()
) -> tuple[list[System], Ingestor]:
    """The pipeline on a store of every document, and with ``baselines`` the systems it is
    compared with, prepared for ``cases``."""
    ingestor = Ingestor(settings)
    report = ingestor.ingest(
        [p for folder in corpus_paths(settings) for p in sorted(folder.glob("*"))]
    )
    if report.failed:
        raise RuntimeError("; ".join(f.message for f in report.failed))
    systems: list[System] = [PipelineSystem(PIPELINE, Assistant(settings, ingestor), mode)]
    if baselines:
        for method in ("bm25", "dense"):
            variant = settings.model_copy(
                update={"retrieval": settings.retrieval.model_copy(update={"mode": method})}
            )
            systems.append(PipelineSystem(f"{method}-only", Assistant(variant, ingestor)))
        # Only the documents the cases ask of, when each names one (see ``TutorialRAG``).
        asked = [c.doc_id for c in cases]
        documents = {d for d in asked if d} if asked and all(asked) else None
        systems.append(TutorialRAG(ingestor, corpus_paths(settings), documents))
    return systems, ingestor


def unit_texts(ingestor: Ingestor) -> dict[str, dict[str, str]]:
    """Each document's unit texts by unit id, read from the store once per run (not filtered
    out of every unit for each case: 2.5 ms a case over the gold store's 3,500 units)."""
    out: dict[str, dict[str, str]] = {}
    for chunk in ingestor.store.chunks():
        meta = chunk.metadata
        out.setdefault(meta["doc_id"], {})[meta["unit_id"]] = meta["text"]
    return out


def answer_cases(
    systems: list[System],
    texts: dict[str, dict[str, str]],
    cases: Sequence[GoldCase],
    progress: Progress | None = None,
    warm: bool = True,
) -> dict[str, list[CaseResult]]:
    """Each system's results on ``cases``, in their order, scored against the store's unit
    ``texts`` (``unit_texts``). ``warm``: answer the first case once, untimed, before."""
    every = {u: t for units in texts.values() for u, t in units.items()}
    results: dict[str, list[CaseResult]] = {}
    for system in systems:
        rows = results.setdefault(system.name, [])
        if warm and cases:
            # Loading caches is not per-question latency.
            system.run(cases[0])
        for case in cases:
            output = system.run(case)
            scored = texts.get(case.doc_id, {}) if case.doc_id else every
            rows.append(CaseResult(system.name, case, output, score(case, output, scored)))
            if progress:
                progress(system.name, case.id)
    return results


def run(
    cases: list[GoldCase],
    *,
    settings: Settings | None = None,
    baselines: bool = False,
    mode: str = "extractive",
    progress: Progress | None = None,
    llm: LLMSettings | None = None,
    after: Callable[[list[System]], None] | None = None,
    workers: int = 1,
) -> dict[str, list[CaseResult]]:
    """Results per system, in the cases' order. Uses its own store (never the user's) unless
    settings are given; ``llm`` configures the endpoint for llm mode; ``after`` is called with
    the systems while the store still exists (for measures that need it, such as the topic
    page). With ``workers`` > 1 the cases are shared among that many processes
    (``eval.workers``): the same results sooner, latencies measured side by side."""
    from eval.workers import answer_in_parallel

    with tempfile.TemporaryDirectory(prefix="congress-qa-eval-") as tmp:
        settings = settings or Settings(home=Path(tmp), llm=llm or LLMSettings())
        systems, ingestor = build_systems(settings, baselines, mode, cases)
        if workers > 1:
            # ``after`` runs while the other processes build their stores.
            return answer_in_parallel(
                systems, ingestor, cases, workers, baselines, mode, progress, first=after
            )
        results = answer_cases(systems, unit_texts(ingestor), cases, progress)
        if after is not None:
            after(systems)
        return results
