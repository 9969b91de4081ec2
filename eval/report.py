"""Tables, thresholds and the files an eval run writes: report.json, report.md, chart.png."""

from __future__ import annotations

import json
import math
import tomllib
from pathlib import Path

from eval.errors import ThresholdFileError
from eval.runner import PIPELINE, CaseResult, aggregate, by_category

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.toml"
SHOWN = ["recall@1", "recall@5", "recall@10", "mrr", "ndcg@10", "key_fact_coverage", "token_f1",
         "citation_precision", "citation_recall", "refusal_accuracy", "false_refusal_rate",
         "latency_p50_ms", "latency_p95_ms"]  # fmt: skip
CHARTED = ["recall@5", "key_fact_coverage", "citation_precision", "citation_recall",
           "refusal_accuracy"]  # fmt: skip


def summarise(results: dict[str, list[CaseResult]]) -> dict[str, dict[str, float]]:
    return {name: aggregate(rows) for name, rows in results.items()}


def check_thresholds(summary: dict[str, dict[str, float]], path: Path = THRESHOLDS) -> list[str]:
    """The failed checks, as sentences; empty when every threshold holds."""
    try:
        rules = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ThresholdFileError(f"{path}: cannot read thresholds ({exc}).") from exc
    failures = []
    for system, checks in rules.items():
        if system not in summary:
            continue
        for name, rule in checks.items():
            metric = rule.get("metric", name)
            value = summary[system].get(metric, math.nan)
            if "min" in rule and not value >= rule["min"]:
                failures.append(f"{system} {metric} = {value:.3f} is below {rule['min']}")
            if "max" in rule and not value <= rule["max"]:
                failures.append(f"{system} {metric} = {value:.3f} is above {rule['max']}")
    return failures


def table(summary: dict[str, dict[str, float]]) -> str:
    systems = list(summary)
    head = "| metric | " + " | ".join(systems) + " |"
    rule = "|---|" + "---|" * len(systems)
    rows = [head, rule]
    for metric in SHOWN:
        cells = []
        for s in systems:
            value = summary[s].get(metric, math.nan)
            cells.append(f"{value:.1f}" if metric.endswith("_ms") else f"{value:.3f}")
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


def write_reports(
    results: dict[str, list[CaseResult]], out: Path, failures: list[str], mode: str
) -> dict[str, dict[str, float]]:
    out.mkdir(parents=True, exist_ok=True)
    summary = summarise(results)
    pipeline = results.get(PIPELINE, [])
    report = {
        "mode": mode,
        "aggregates": summary.get(PIPELINE, {}),
        "baselines": {k: v for k, v in summary.items() if k != PIPELINE},
        "by_category": by_category(pipeline),
        "weakest_category": weakest_category(pipeline),
        "threshold_failures": failures,
        "cases": {
            name: [
                {
                    "id": r.case.id,
                    "category": r.case.category,
                    "question": r.case.question,
                    "answer": r.output.answer,
                    "refused": r.output.refused,
                    "citations": r.output.cited,
                    "retrieved": r.output.ranked[:10],
                    "scores": r.scores,
                }  # fmt: skip
                for r in rows
            ]
            for name, rows in results.items()
        },
    }
    (out / "report.json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False, allow_nan=True)
    )
    markdown = [
        f"# congress-qa eval ({mode} mode)",
        "",
        f"{int(summary.get(PIPELINE, {}).get('cases', 0))} cases. Retrieval and answer metrics "
        "are over answerable cases; latency over all.",
        "",
        table(summary),
        "",
        "## Pipeline by category",
        "",
        _category_table(pipeline),
        "",
        f"Weakest category: **{report['weakest_category']}**.",
        "",
        "## Thresholds",
        "",
        *(f"- FAILED: {f}" for f in failures),
        *(["- all thresholds hold"] if not failures else []),
        "",
        "![chart](chart.png)",
    ]
    (out / "report.md").write_text("\n".join(markdown) + "\n", encoding="utf-8")
    chart(summary, out / "chart.png")
    return summary


def chart(summary: dict[str, dict[str, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = list(summary)
    width = 0.8 / max(len(systems), 1)
    fig, ax = plt.subplots(figsize=(10, 4.5))
    for i, system in enumerate(systems):
        values = [summary[system].get(m, 0.0) for m in CHARTED]
        ax.bar([x + i * width for x in range(len(CHARTED))], values, width, label=system)
    ax.set_xticks([x + width * (len(systems) - 1) / 2 for x in range(len(CHARTED))])
    ax.set_xticklabels(CHARTED, rotation=15)
    ax.set_ylim(0, 1.05)
    ax.set_title("Pipeline and baselines on the same gold set")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
