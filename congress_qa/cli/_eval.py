"""eval: gold cases through the pipeline (and baselines), per split, reports and the gate."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm


@click.command("eval")
@click.option(
    "--split",
    type=click.Choice(["calibration", "test", "both"]),
    default="both",
    show_default=True,
    help="Which gold split to run; both are reported side by side.",
)
@click.option(
    "--gold",
    "gold",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Gold JSONL file(s) to run instead of the splits (reported as 'custom').",
)
@click.option(
    "--mode", type=click.Choice(["extractive", "llm"]), default="extractive", show_default=True
)
@click.option("--out", type=click.Path(path_type=Path), default=Path("eval-out"), show_default=True)
@click.option("--baselines", is_flag=True, help="Also run BM25-only, dense-only and tutorial RAG.")
@click.option(
    "--no-rewordings", "no_rewordings", is_flag=True, help="Skip the generated rewordings."
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="N cases per split, spread evenly over its gold files.",
)
@click.option(
    "--category",
    default=None,
    help="Only the cases of this category (e.g. followup), before --limit picks among them.",
)
@click.option(
    "--thresholds", type=click.Path(path_type=Path), default=None, help="TOML of minimums/maximums."
)
@click.option(
    "--judge", is_flag=True, help="Add an LLM-judged faithfulness score (needs an endpoint)."
)
@click.option(
    "--store",
    type=click.Choice(["shared", "per-document"]),
    default="shared",
    show_default=True,
    help="shared: one store of every document. per-document: each case on a store of the "
    "bundled report and its own document, as a delegate's store often is (no baselines; topic "
    "pages and questions over every document are measured on the shared store only).",
)
@click.option(
    "--serve",
    type=click.Choice(["qwen", "smollm"]),
    default=None,
    help="Serve a local model from its PyPI package on 127.0.0.1 for this run (llm mode).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes the cases are answered in (shared store). The results are the same; "
    "latencies are measured while the processes share the cores, so report them from one.",
)
def eval_command(  # noqa: ANN201, PLR0913
    split,
    gold,
    mode,
    out,
    baselines,
    no_rewordings,
    limit,
    category,
    thresholds,
    judge,
    store,
    serve,
    workers,
):  # noqa: ANN001
    """Score answers against gold Q&A pairs; exits non-zero below the thresholds."""
    if store == "per-document" and baselines:
        raise click.UsageError("--baselines runs on the shared store only: drop one of them.")
    if store == "per-document" and workers > 1:
        raise click.UsageError("--workers shares the shared store's cases: drop one of them.")
    from congress_qa.settings import get_settings
    from eval.cases import load_cases
    from eval.suite import SplitCases, split_cases, spread

    if gold:
        cases = load_cases(list(gold))
        cases = spread([c for c in cases if not category or c.category == category], limit)
        parts = [SplitCases("custom", cases, [])]
    else:
        names = ["calibration", "test"] if split == "both" else [split]
        parts = [
            split_cases(n, variants=not no_rewordings, limit=limit, category=category)
            for n in names
        ]
    settings = get_settings()
    if serve:
        from eval.local_llm import model_file
        from eval.local_llm import serve as serving

        model = model_file(serve, settings.data_dir / "models")
        click.echo(f"serving {model.name} on 127.0.0.1 for this run", err=True)
        with serving(model) as url:
            llm = settings.llm.model_copy(update={"base_url": url, "model": serve})
            _run(parts, mode, baselines, llm, judge, out, thresholds, store, workers)
        return
    _run(parts, mode, baselines, settings.llm, judge, out, thresholds, store, workers)


def _run(parts, mode, baselines, llm, judge, out, thresholds, store, workers) -> None:  # noqa: ANN001, PLR0913
    from eval.cases import load_cases
    from eval.report import THRESHOLDS, check_thresholds, gated_subsets, table, write_reports
    from eval.run_splits import run_splits, subset_run
    from eval.suite import REWORDING_METRICS, TOPIC_METRICS

    systems = 4 if baselines else 1
    total = sum(len(p.all) for p in parts) * systems
    bar = tqdm(total=total, desc="eval", unit="case", disable=None, leave=False)
    run = run_splits(
        parts,
        baselines=baselines,
        mode=mode,
        progress=lambda system, case: bar.update(1),
        llm=llm,
        judge=judge,
        store=store,
        announce=lambda doing: tqdm.write(doing, file=sys.stderr),
        workers=workers,
    )
    bar.close()
    # The shipped gate is for the extractive answerer; llm mode is gated only when asked.
    gate = thresholds or (THRESHOLDS if mode == "extractive" else None)
    for name, files in (gated_subsets(gate) if gate else {}).items():
        subset = subset_run(run, name, load_cases(files))
        if subset is not None:
            run[name] = subset
    view = {name: part.as_dict() for name, part in run.items()}
    columns = {name: part.summary["pipeline"] for name, part in run.items()}
    unmeasured = () if any(p.reworded for p in parts) else REWORDING_METRICS
    if store == "per-document":
        unmeasured = (*unmeasured, *TOPIC_METRICS)
    failures = check_thresholds(columns, gate, unmeasured) if gate else []
    shown = write_reports(view, out, failures, mode)
    click.echo(table(shown))
    click.echo(f"\nreports: {out / 'report.md'}, {out / 'report.json'}, {out / 'chart.png'}")
    if gate and unmeasured and any(p.name != "custom" for p in parts):
        click.echo(
            f"not checked (no rewordings in this run; `make eval` runs them): "
            f"{', '.join(unmeasured)}",
            err=True,
        )
    for failure in failures:
        click.echo(f"below threshold: {failure}", err=True)
    if failures:
        raise click.exceptions.Exit(1)
