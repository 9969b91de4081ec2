"""bench: throughput and latency figures for the closing notes and for comparing changes."""

from __future__ import annotations

from pathlib import Path

import click

WORK = Path(".congress-qa-bench")


@click.group()
def bench() -> None:
    """Benchmarks (ingest, query, load) on the deterministic synthetic corpus."""


def _sizes(sizes: str, with_100k: bool) -> list[int]:
    out = [int(s) for s in sizes.split(",") if s.strip()]
    return out + [100_000] if with_100k and 100_000 not in out else out


@bench.command("ingest")
@click.option("--sizes", default="1000,10000", show_default=True, help="Units, comma-separated.")
def bench_ingest(sizes: str) -> None:
    """Parse and embed+store throughput, re-ingest speed-up and peak memory."""
    from bench import run_size

    click.echo(f"{'units':>7} {'parse u/s':>10} {'embed+store u/s':>16} {'re-ingest':>10} "
               f"{'peak RSS MB':>12}")  # fmt: skip
    for size in _sizes(sizes, False):
        r = run_size(size)
        click.echo(
            f"{int(r['synthetic_units']):>7} {r['synthetic_units'] / r['parse_s']:>10.0f} "
            f"{r['embed_store_units_per_s']:>16.1f} {r['reingest_speedup']:>9.0f}x "
            f"{r['ingest_peak_rss_mb']:>12.0f}"
        )


def _query_options(fn):  # noqa: ANN001, ANN202 - a click command
    for option in reversed([
        click.option("--sizes", default="1000,10000", show_default=True,
                     help="Corpus sizes in units, comma-separated."),
        click.option("--100k", "with_100k", is_flag=True,
                     help="Add the 100,000-unit corpus (its store takes hours to build)."),
        click.option("--work", type=click.Path(path_type=Path), default=WORK, show_default=True,
                     help="Where the benchmark stores are built and kept between runs."),
        click.option("--out", type=click.Path(path_type=Path), default=Path("bench-out"),
                     show_default=True, help="Where bench.json and bench.png are written."),
        click.option("--fresh", is_flag=True, help="Rebuild the stores instead of reusing them."),
        click.option("--no-server", is_flag=True, help="Skip the Chroma server measurements."),
        click.option("--no-baseline", is_flag=True, help="Skip the tutorial-RAG baseline."),
    ]):  # fmt: skip
        fn = option(fn)
    return fn


def _run_query(sizes, with_100k, work, fresh, no_server, no_baseline) -> list[dict]:  # noqa: ANN001
    from bench import measure_size

    return [
        measure_size(
            size,
            work,
            server=not no_server,
            baseline=not no_baseline,
            fresh=fresh,
            say=lambda line: click.echo(line, err=True),
        )  # fmt: skip
        for size in _sizes(sizes, with_100k)
    ]


def _finish(results: dict, out: Path) -> None:
    from bench import table, write

    click.echo(table(results))
    for path in write(results, out):
        click.echo(f"wrote {path}")


@bench.command("query")
@_query_options
def bench_query(sizes, with_100k, work, out, fresh, no_server, no_baseline) -> None:  # noqa: ANN001
    """Time to first answer, retrieval and ask latency, memory and disk at growing sizes."""
    _finish({"query": _run_query(sizes, with_100k, work, fresh, no_server, no_baseline)}, out)


def _load_options(fn):  # noqa: ANN001, ANN202
    sessions = click.option(
        "--sessions", default="10,25", show_default=True,
        help="Simultaneous conversations per level, comma-separated.",
    )  # fmt: skip
    size = click.option(
        "--load-size", default=10_000, show_default=True,
        help="Units of the store the app serves during the load test.",
    )  # fmt: skip
    return sessions(size(fn))


def _run_load(sessions: str, load_size: int, work: Path, fresh: bool) -> dict:
    from bench import build_store, load_test

    folder = work / str(load_size)
    if fresh or not (folder / "home").is_dir():
        build_store(load_size, folder)
    levels = tuple(int(s) for s in sessions.split(",") if s.strip())
    return load_test(folder, levels, say=lambda line: click.echo(line, err=True))


@bench.command("load")
@_load_options
@click.option("--work", type=click.Path(path_type=Path), default=WORK, show_default=True)
@click.option(
    "--out", type=click.Path(path_type=Path), default=Path("bench-out"), show_default=True
)
@click.option("--fresh", is_flag=True)
def bench_load(sessions: str, load_size: int, work: Path, out: Path, fresh: bool) -> None:
    """Simultaneous conversations through the running chat app (127.0.0.1 only)."""
    _finish({"load": _run_load(sessions, load_size, work, fresh)}, out)


@bench.command("all")
@_query_options
@_load_options
def bench_all(
    sizes, with_100k, work, out, fresh, no_server, no_baseline, sessions, load_size
) -> None:  # noqa: ANN001, E501
    """The query benchmark, then the load test."""
    query = _run_query(sizes, with_100k, work, fresh, no_server, no_baseline)
    _finish({"query": query, "load": _run_load(sessions, load_size, work, False)}, out)
