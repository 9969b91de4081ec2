"""The benchmark's results: a table for the terminal, ``bench.json``, and ``bench.png`` (latency
and memory against corpus size)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import psutil

# The targets of issue 12, at 100,000 units on two cores.
TARGETS = {
    "ask_p95_ms": 300.0,
    "retrieval_p95_ms": 150.0,
    "first_answer_s": 10.0,
    "peak_rss_mb": 2048.0,
    "reingest_speedup": 20.0,
    "embed_store_units_per_s": 75.0,
}


def machine() -> dict:
    """What the figures were measured on, and how busy it was."""
    return {
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


def _row(name: str, value: str, *cells: str) -> str:
    return f"{name:<38}" + "".join(f"{c:>14}" for c in (value, *cells))


def table(results: dict) -> str:
    sizes = results.get("query", [])
    lines = []
    if sizes:
        lines.append(_row("units", *(f"{r['units']:,}" for r in sizes)))
        for label, key, path, fmt in [
            ("first ingest units/s (embed+store)", None, ("ingest", "embed_store_units_per_s"),
             "{:.1f}"),
            ("re-ingest unchanged, x faster", None, ("ingest", "reingest_speedup"), "{:.0f}x"),
            ("first answer s, index loaded", None, ("embedded", "first_answer_s"), "{:.1f}"),
            ("first answer s, index from store", None, ("embedded_cold", "first_answer_s"),
             "{:.1f}"),
            ("retrieval p50 / p95 ms", "pair", ("embedded", "retrieval_ms"), None),
            ("ask p50 / p95 ms", "pair", ("embedded", "ask_ms"), None),
            ("ask, sentence cache empty p50/p95", "pair", ("embedded", "ask_cold_cache_ms"), None),
            ("  answerer: sentence vectors ms", None,
             ("embedded", "answerer", "sentence_vectors_ms"), "{:.0f}"),
            ("  answerer: background ms", None, ("embedded", "answerer", "background_ms"),
             "{:.1f}"),
            ("peak RSS MB", None, ("embedded", "peak_rss_mb"), "{:.0f}"),
            ("server: first answer s, loaded", None, ("server", "first_answer_s"), "{:.1f}"),
            ("server: first answer s, from server", None, ("server_cold", "first_answer_s"),
             "{:.1f}"),
            ("server: retrieval p50 / p95 ms", "pair", ("server", "retrieval_ms"), None),
            ("server: ask p50 / p95 ms", "pair", ("server", "ask_ms"), None),
            ("tutorial RAG query p50 / p95 ms", "pair", ("tutorial", "query_ms"), None),
            ("ask p50 / tutorial p50", None, ("ratios", "ask_p50_vs_tutorial"), "{:.1f}x"),
            ("store / index on disk MB", "disk", ("disk_mb",), None),
        ]:  # fmt: skip
            cells = []
            for r in sizes:
                value = r
                for step in path:
                    value = value.get(step) if isinstance(value, dict) else None
                if value is None:
                    cells.append("-")
                elif key == "pair":
                    cells.append(f"{value['p50']:.0f} / {value['p95']:.0f}")
                elif key == "disk":
                    cells.append(f"{value['store']:.0f} / {value['index']:.0f}")
                else:
                    cells.append(fmt.format(value))
            lines.append(_row(label, *cells))
    for level in results.get("load", {}).get("levels", []):
        lines.append(
            f"load: {level['sessions']} conversations: {level['answers_per_s']:.2f} answers/s, "
            f"p50 {level['latency_ms']['p50']:.0f} ms, p95 {level['latency_ms']['p95']:.0f} ms, "
            f"{len(level['errors'])} errors, {len(level['mixed'])} mixed"
        )
    return "\n".join(lines)


def chart(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = results.get("query", [])
    if not sizes:
        return
    units = [r["units"] for r in sizes]
    fig, (latency, memory) = plt.subplots(1, 2, figsize=(11, 4.2))
    for key, label, style in [
        (("embedded", "ask_ms", "p95"), "ask p95", "o-"),
        (("embedded", "ask_ms", "p50"), "ask p50", "o--"),
        (("embedded", "retrieval_ms", "p95"), "retrieval p95", "s-"),
        (("server", "ask_ms", "p95"), "ask p95, Chroma server", "^-"),
        (("tutorial", "query_ms", "p95"), "tutorial RAG query p95", "x:"),
    ]:
        values = [r.get(key[0], {}).get(key[1], {}).get(key[2]) for r in sizes]
        if any(v is not None for v in values):
            latency.plot(units, [v if v is not None else float("nan") for v in values], style,
                         label=label)  # fmt: skip
    latency.axhline(TARGETS["ask_p95_ms"], color="grey", lw=0.8, ls="--", label="ask p95 target")
    latency.set(xscale="log", xlabel="units", ylabel="ms", title="Latency (warm)")
    latency.legend(fontsize=8)
    memory.plot(units, [r["embedded"]["peak_rss_mb"] for r in sizes], "o-", label="query process")
    memory.plot(units, [r["ingest"]["ingest_peak_rss_mb"] for r in sizes], "s--", label="ingest")
    memory.axhline(TARGETS["peak_rss_mb"], color="grey", lw=0.8, ls="--", label="target")
    memory.set(xscale="log", xlabel="units", ylabel="MB", title="Peak RSS")
    memory.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write(results: dict, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    results = {"machine": machine(), "targets": TARGETS} | results
    data = out / "bench.json"
    data.write_text(json.dumps(results, indent=2), encoding="utf-8")
    png = out / "bench.png"
    chart(results, png)
    return [data, png] if png.exists() else [data]
