"""Several users at once: 10, then 25 simultaneous conversations through the running chat app
(Streamlit's websocket, 127.0.0.1 only), each about its own report. Every conversation gets
its own answers and only those; the app loads its models and index once for all of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT

from assistant import HybridRetriever
from bench import load_test
from congress_qa import Settings
from ingest import Ingestor
from ingest.synthetic import write_corpus

pytestmark = pytest.mark.server


def test_simultaneous_conversations_through_the_app(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "corpus", 26 * 24, units_per_doc=24, seed=5)
    settings = Settings(home=tmp_path / "home")
    ingestor = Ingestor(settings)
    retriever = HybridRetriever(ingestor.store, ingestor.embedder, settings.retrieval)
    ingestor.on_commit.append(retriever.remember)
    ingestor.ensure_corpus()
    assert not ingestor.ingest(paths).failed
    retriever.index()
    del ingestor, retriever

    result = load_test(tmp_path, levels=(10, 25), per_session=1, say=lambda _: None)
    out = ROOT / "test-output" / "load"
    out.mkdir(parents=True, exist_ok=True)
    (out / "load.json").write_text(json.dumps(result, indent=2), encoding="utf-8")

    for level, sessions in zip(result["levels"], (10, 25), strict=True):
        assert level["sessions"] == sessions
        assert level["errors"] == []
        assert level["answers"] == sessions
        assert level["mixed"] == [], level["mixed"]
        assert level["answers_per_s"] > 0 and level["latency_ms"]["p95"] > 0
    # One process, one set of models and one index, whatever the number of sessions.
    assert result["assistant_loads"] == 1
    assert result["index_loads"] == 1
    growth = result["server_rss_mb"]["after_load"] - result["server_rss_mb"]["after_first_session"]
    assert growth < 300, result["server_rss_mb"]
