"""Tables, thresholds and the files an eval run writes: report.json, report.md, chart.png.

Figures are given per split, side by side: ``calibration`` (what the answerer's parameters
were fitted on) and ``test`` (never fitted on). Baselines run on the same cases and store."""

from __future__ import annotations

import json
import math
import tomllib
from collections.abc import Collection
from pathlib import Path

import numpy as np

from eval.cases import GOLD_DIR
from eval.errors import ThresholdFileError
from eval.runner import PIPELINE, CaseResult, by_category

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.toml"
SHOWN = ["recall@1", "recall@5", "recall@10", "mrr", "ndcg@10", "key_fact_coverage", "token_f1",
         "citation_precision", "citation_recall", "refusal_accuracy", "false_refusal_rate",
         "rewording_stability", "rewording_key_facts", "crossdoc_refused", "numbers_key_facts",
         "numbers_correct", "names_key_facts", "names_correct", "topic_recall",
         "topic_precision", "topic_in_order", "llm_answers", "llm_refusals",
         "refused_before_llm", "retried", "fallbacks", "fallbacks_to_refusal",
         "unsupported_citations_before", "unsupported_sentences_after", "seconds_per_answer",
         "latency_p50_ms", "latency_p95_ms", "cases",
         "rewordings", "crossdoc_cases", "topics"]  # fmt: skip
CHARTED = ["key_fact_coverage", "citation_precision", "citation_recall", "refusal_accuracy",
           "rewording_stability", "crossdoc_refused", "topic_recall"]  # fmt: skip


def check_thresholds(
    summary: dict[str, dict[str, float]],
    path: Path = THRESHOLDS,
    unmeasured: Collection[str] = (),
) -> list[str]:
    """The failed checks, as sentences; empty when every threshold holds. Sections of the
    thresholds file name a column of the summary (a split, e.g. ``test``). ``unmeasured``:
    metrics this run did not measure by choice (the rewordings' figures of a run without
    them), whose thresholds are not checked; any other metric missing fails its check."""
    failures = []
    for column, checks in _rules(path).items():
        if column not in summary:
            continue
        for name, rule in checks.items():
            if name == "gold":
                continue
            metric = rule.get("metric", name)
            if metric in unmeasured:
                continue
            value = summary[column].get(metric, math.nan)
            if "min" in rule and not value >= rule["min"]:
                failures.append(f"{column} {metric} = {value:.3f} is below {rule['min']}")
            if "max" in rule and not value <= rule["max"]:
                failures.append(f"{column} {metric} = {value:.3f} is above {rule['max']}")
    return failures


def _rules(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ThresholdFileError(f"{path}: cannot read thresholds ({exc}).") from exc


def gated_subsets(path: Path) -> dict[str, list[Path]]:
    """Sections of a thresholds file that hold a subset of the run's cases to floors of its
    own: their ``gold`` key names the subset's gold files, relative to ``eval/gold``."""
    out = {}
    for column, checks in _rules(path).items():
        files = checks.get("gold")
        if files is None:
            continue
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise ThresholdFileError(f"{path}: [{column}] gold must be a list of file names.")
        out[column] = [GOLD_DIR / f for f in files]
    return out


def _cell(metric: str, value: float) -> str:
    if math.isnan(value):
        return "–"
    if metric in ("cases", "rewordings", "crossdoc_cases", "topics"):
        return f"{value:.0f}"
    return f"{value:.1f}" if metric.endswith("_ms") else f"{value:.3f}"


def table(summary: dict[str, dict[str, float]]) -> str:
    columns = list(summary)
    rows = ["| metric | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for metric in SHOWN:
        if not any(metric in summary[c] for c in columns):
            continue
        cells = [_cell(metric, summary[c].get(metric, math.nan)) for c in columns]
        rows.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _category_table(results: list[CaseResult]) -> str:
    rows = ["| category | cases | key-fact coverage | citation recall | right answer or refusal |",
            "|---|---|---|---|---|"]  # fmt: skip
    for name, agg in by_category(results).items():
        keys = ("key_fact_coverage", "citation_recall", "correct_refusal_or_answer")
        cells = [f"{agg[k]:.3f}" if not math.isnan(agg[k]) else "–" for k in keys]
        rows.append(f"| {name} | {int(agg['cases'])} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def weakest_category(results: list[CaseResult]) -> str:
    def quality(agg: dict[str, float]) -> float:
        coverage = agg["key_fact_coverage"]
        return agg["correct_refusal_or_answer"] * (1.0 if math.isnan(coverage) else coverage)

    scores = {name: quality(agg) for name, agg in by_category(results).items()}
    return min(scores, key=scores.get) if scores else ""


def _margin_lines(margins: dict[str, dict[str, list[float]]]) -> list[str]:
    lines = ["| split | cases | p5 | p25 | median | p75 | p95 | share within ±0.5 |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for split, kinds in margins.items():
        for kind, values in kinds.items():
            finite = [v for v in values if math.isfinite(v)]
            if not finite:
                continue
            p = np.percentile(finite, [5, 25, 50, 75, 95])
            close = sum(abs(v) <= 0.5 for v in finite) / len(finite)
            cells = " | ".join(f"{v:+.2f}" for v in p)
            lines.append(f"| {split} {kind} | {len(values)} | {cells} | {close:.2f} |")
    return lines


def write_reports(
    run: dict, out: Path, failures: list[str], mode: str
) -> dict[str, dict[str, float]]:
    """``run`` holds, per split: ``results`` (per system), ``summary`` (per system) and
    ``margins``. Returns the table's columns: each split's pipeline, then its baselines."""
    out.mkdir(parents=True, exist_ok=True)
    columns: dict[str, dict[str, float]] = {}
    for split, part in run.items():
        columns[split] = part["summary"][PIPELINE]
    for split, part in run.items():
        for system, summary in part["summary"].items():
            if system != PIPELINE:
                columns[f"{split} · {system}"] = summary
    report = {
        "mode": mode,
        "splits": {
            split: {
                "aggregates": part["summary"][PIPELINE],
                "baselines": {k: v for k, v in part["summary"].items() if k != PIPELINE},
                "by_category": by_category(part["results"][PIPELINE]),
                "weakest_category": weakest_category(part["results"][PIPELINE]),
                "margins": part["margins"],
            }
            for split, part in run.items()
        },
        "threshold_failures": failures,
        "cases": {
            split: {
                system: [
                    {
                        "id": r.case.id,
                        "category": r.case.category,
                        "question": r.case.question,
                        "answer": r.output.answer,
                        "refused": r.output.refused,
                        "citations": r.output.cited,
                        "retrieved": r.output.ranked[:10],
                        "support": r.output.extra.get("support"),
                        "notice": r.output.extra.get("notice", ""),
                        "support_check": r.output.extra.get("support_check"),
                        "draft": r.output.extra.get("draft", ""),
                        "scores": r.scores,
                    }  # fmt: skip
                    for r in rows
                ]
                for system, rows in part["results"].items()
            }
            for split, part in run.items()
        },
    }
    (out / "report.json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False, allow_nan=True)
    )
    markdown = [
        f"# congress-qa eval ({mode} mode)",
        "",
        "Columns are splits: `calibration` is what the answerer's parameters were fitted on, "
        "`test` was never fitted on. Answer metrics are over the written answerable cases; "
        "refusal accuracy over the written unanswerable ones; rewordings and cross-document "
        "negatives have their own rows.",
        "",
        table(columns),
        "",
        "## Evidence margins",
        "",
        "The best sentence's log-odds minus the answer threshold, per written case (refusals "
        "before scoring, such as unknown names, are not shown). Above 0 the question is "
        "answered.",
        "",
        *_margin_lines({s: p["margins"] for s, p in run.items()}),
    ]
    for split, part in run.items():
        markdown += [
            "",
            f"## {split}: pipeline by category",
            "",
            _category_table(part["results"][PIPELINE]),
            "",
            f"Weakest category: **{weakest_category(part['results'][PIPELINE])}**.",
        ]
    markdown += [
        "",
        "## Thresholds",
        "",
        *(f"- FAILED: {f}" for f in failures),
        *(["- all thresholds hold"] if not failures else []),
        "",
        "![chart](chart.png)",
    ]
    (out / "report.md").write_text("\n".join(markdown) + "\n", encoding="utf-8")
    chart(columns, out / "chart.png")
    return columns


def chart(summary: dict[str, dict[str, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    columns = list(summary)
    width = 0.8 / max(len(columns), 1)
    fig, ax = plt.subplots(figsize=(11, 4.5))
    for i, column in enumerate(columns):
        values = [summary[column].get(m, 0.0) for m in CHARTED]
        values = [0.0 if math.isnan(v) else v for v in values]
        ax.bar([x + i * width for x in range(len(CHARTED))], values, width, label=column)
    ax.set_xticks([x + width * (len(columns) - 1) / 2 for x in range(len(CHARTED))])
    ax.set_xticklabels(CHARTED, rotation=15)
    ax.set_ylim(0, 1.05)
    ax.set_title("Calibration and test splits, pipeline and baselines, same store")
    ax.legend(loc="lower right", fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
