"""bench: throughput figures for the closing notes and for comparing changes."""

from __future__ import annotations

import click


@click.group()
def bench() -> None:
    """Benchmarks."""


@bench.command("ingest")
@click.option(
    "--sizes",
    default="1000,10000",
    show_default=True,
    help="Corpus sizes in units, comma-separated.",
)
def bench_ingest(sizes: str) -> None:
    """Parse and embed+store throughput, and peak memory, on synthetic UN-style corpora."""
    from ingest.bench import run_size

    click.echo(f"{'units':>7} {'parse u/s':>10} {'embed+store u/s':>16} {'peak RSS MB':>12}")
    for size in (int(s) for s in sizes.split(",")):
        r = run_size(size)
        click.echo(
            f"{int(r['units']):>7} {r['parse_units_per_s']:>10.0f} "
            f"{r['embed_store_units_per_s']:>16.1f} {r['peak_rss_mb']:>12.0f}"
        )
