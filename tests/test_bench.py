"""The benchmark itself, small: `congress-qa bench query` on a tiny synthetic corpus, with the
Chroma server and the tutorial-RAG baseline, writes its table, bench.json and bench.png with
every figure the closing notes quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import measure_size, table, write

pytestmark = pytest.mark.server


def test_a_small_query_benchmark_measures_everything(tmp_path: Path) -> None:
    result = measure_size(120, tmp_path / "work", asked_count=9, say=lambda _: None)
    ingest = result["ingest"]
    assert ingest["synthetic_units"] == 120 and ingest["reingest_unchanged"] == ingest["files"]
    assert ingest["embed_store_units_per_s"] > 0 and ingest["reingest_speedup"] > 1
    for kind in ("embedded_cold", "embedded", "server_cold", "server"):
        figures = result[kind]
        assert figures["units"] == result["units"] > 120  # the bundled report too
        assert figures["questions"] == 3 and figures["first_answer_s"] > figures["imports_s"] > 0
        for key in ("retrieval_ms", "ask_ms", "ask_cold_cache_ms"):
            assert 0 < figures[key]["p50"] <= figures[key]["p95"]
        assert figures["answerer"]["texts_embedded"] >= 0 and figures["peak_rss_mb"] > 100
    assert result["tutorial"]["query_ms"]["p50"] > 0 and result["tutorial_build"]["chunks"] > 0
    assert result["ratios"]["ask_p50_vs_tutorial"] > 0
    assert result["disk_mb"]["store"] > 0 and result["disk_mb"]["index"] > 0

    written = write({"query": [result]}, tmp_path / "out")
    saved = json.loads((tmp_path / "out" / "bench.json").read_text(encoding="utf-8"))
    assert saved["query"][0]["units"] == result["units"] and saved["machine"]["cpus"] >= 1
    assert (tmp_path / "out" / "bench.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(written) == 2
    shown = table({"query": [result]})
    assert "ask p50 / p95 ms" in shown and "tutorial RAG query" in shown
