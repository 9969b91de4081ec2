"""eval: gold cases through the pipeline (and baselines), reports and the threshold gate."""

from __future__ import annotations

from pathlib import Path

import click
from tqdm import tqdm


@click.command("eval")
@click.option(
    "--gold",
    "gold",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Gold JSONL file(s); default: eval/gold/*.jsonl.",
)
@click.option(
    "--mode", type=click.Choice(["extractive", "llm"]), default="extractive", show_default=True
)
@click.option("--out", type=click.Path(path_type=Path), default=Path("eval-out"), show_default=True)
@click.option("--baselines", is_flag=True, help="Also run BM25-only, dense-only and tutorial RAG.")
@click.option(
    "--thresholds", type=click.Path(path_type=Path), default=None, help="TOML of minimums/maximums."
)
@click.option(
    "--judge", is_flag=True, help="Add an LLM-judged faithfulness score (needs an endpoint)."
)
def eval_command(gold, mode, out, baselines, thresholds, judge) -> None:  # noqa: ANN001
    """Score answers against gold Q&A pairs; exits non-zero below the thresholds."""
    from congress_qa.settings import get_settings
    from eval.cases import load_cases
    from eval.report import THRESHOLDS, check_thresholds, summarise, table, write_reports
    from eval.runner import run

    cases = load_cases(list(gold) or None)
    settings = get_settings()
    systems = 4 if baselines else 1
    bar = tqdm(total=len(cases) * systems, desc="eval", unit="case", disable=None, leave=False)
    results = run(
        cases,
        settings=None,
        baselines=baselines,
        mode=mode,
        progress=lambda system, case: bar.update(1),
        llm=settings.llm,
    )
    bar.close()
    if judge:
        from eval.judge import judge_faithfulness

        judge_faithfulness(results, settings.llm)
    failures = check_thresholds(summarise(results), thresholds or THRESHOLDS)
    summary = write_reports(results, out, failures, mode)
    click.echo(table(summary))
    click.echo(f"\nreports: {out / 'report.md'}, {out / 'report.json'}, {out / 'chart.png'}")
    for failure in failures:
        click.echo(f"below threshold: {failure}", err=True)
    if failures:
        raise click.exceptions.Exit(1)
