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
    "--replay",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="llm mode: give back the model texts recorded by an earlier llm-mode run (its --out "
    "folder) for the calls it made, and ask the endpoint (--serve or the configured one) only "
    "the others: a change that acts after the model has written is measured on the same "
    "outputs in a minute. Every llm-mode run records its calls in OUT/llm_calls.jsonl.",
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
    replay,
    workers,
):  # noqa: ANN001
    """Score answers against gold Q&A pairs; exits non-zero below the thresholds."""
    if replay is not None and mode != "llm":
        raise click.UsageError("--replay gives back an LLM's texts: add --mode llm.")
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
    recorded = {}
    if replay is not None:
        from eval.llm_calls import load_calls

        recorded = load_calls(replay)

    def run(llm) -> None:  # noqa: ANN001 - LLMSettings
        _run(parts, mode, baselines, llm, judge, out, thresholds, store, workers)

    if serve:
        from eval.local_llm import model_file
        from eval.local_llm import serve as serving

        model = model_file(serve, settings.data_dir / "models")
        click.echo(f"serving {model.name} on 127.0.0.1 for this run", err=True)
        with serving(model) as url:
            llm = settings.llm.model_copy(update={"base_url": url, "model": serve})
            _recorded(run, llm, mode, recorded, replay is not None, out)
        return
    _recorded(run, settings.llm, mode, recorded, replay is not None, out)


def _recorded(run, llm, mode, recorded, replaying, out) -> None:  # noqa: ANN001
    """``run(llm)``, its LLM calls going through the recording proxy (llm mode, with an
    endpoint or a record to replay) and written beside its reports in ``out``."""
    endpoint = llm.base_url or ("https://api.openai.com/v1" if llm.api_key else None)
    if mode != "llm" or (endpoint is None and not replaying):
        run(llm)
        return
    from eval.llm_calls import recording_proxy

    with recording_proxy(recorded, endpoint, timeout=llm.timeout_s) as (url, log):
        try:
            run(llm.model_copy(update={"base_url": url}))
        finally:
            path = log.write(out)
            click.echo(f"{log.summary()}; recorded in {path}", err=True)


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
