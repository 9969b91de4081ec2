"""`congress-qa bench query`: the query side at growing corpus sizes, for the embedded store
and for a Chroma server on 127.0.0.1, beside the tutorial-RAG baseline.

Each size has a folder under the work directory: the synthetic corpus, the store (built once
and kept: a 100,000-unit store takes the better part of an hour to embed on two cores; its
first ingest and re-ingest figures are kept with it, with the time they were measured), the
tutorial baseline's store, and the questions. Every measurement runs in a fresh process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from bench._env import child_env
from bench._ingest import build_store
from bench._questions import questions
from bench._server import chroma_server

QUESTIONS = 36
Say = Callable[[str], None]


def _child(args: list[str], timeout: float = 7200) -> dict:
    result = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=child_env(), timeout=timeout
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _size_mb(path: Path) -> float:
    if not path.exists():
        return 0.0
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def _cached(path: Path, make: Callable[[], dict], fresh: bool) -> dict:
    if path.is_file() and not fresh:
        return json.loads(path.read_text(encoding="utf-8"))
    result = make()
    path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def measure_size(
    units: int,
    work: Path,
    *,
    server: bool = True,
    baseline: bool = True,
    fresh: bool = False,
    asked_count: int = QUESTIONS,
    say: Say = print,
) -> dict:
    folder = work / str(units)
    if fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    say(f"[{units}] store: building or reusing {folder}")
    ingest = _cached(folder / "build.json", lambda: build_store(units, folder), fresh)
    asked = folder / "questions.json"
    asked.write_text(
        json.dumps([asdict(q) for q in questions(folder / "corpus", asked_count)]), encoding="utf-8"
    )
    out: dict = {"units": ingest["units"], "ingest": ingest}
    # Cold: the index made from the store (a new data directory of an existing store).
    shutil.rmtree(folder / "home" / "index", ignore_errors=True)
    say(f"[{units}] embedded store, index made from the store")
    out["embedded_cold"] = _child(["-m", "bench._measure", "pipeline", str(folder), str(asked)])
    say(f"[{units}] embedded store, index loaded")
    out["embedded"] = _child(["-m", "bench._measure", "pipeline", str(folder), str(asked)])
    if server:
        shutil.rmtree(folder / "client", ignore_errors=True)
        with chroma_server(folder / "home" / "chroma") as url:
            say(f"[{units}] Chroma server at {url}, index made from the server")
            args = ["-m", "bench._measure", "pipeline", str(folder), str(asked), url]
            out["server_cold"] = _child(args)
            say(f"[{units}] Chroma server, index loaded")
            out["server"] = _child(args)
    if baseline:
        say(f"[{units}] tutorial RAG baseline")
        out["tutorial_build"] = _cached(
            folder / "tutorial.json", lambda: _child(["-m", "bench._tutorial", str(folder)]), fresh
        )
        out["tutorial"] = _child(["-m", "bench._measure", "tutorial", str(folder), str(asked)])
        tutorial_p50 = out["tutorial"]["query_ms"]["p50"]
        out["ratios"] = {
            "ask_p50_vs_tutorial": out["embedded"]["ask_ms"]["p50"] / tutorial_p50,
            "retrieval_p50_vs_tutorial": out["embedded"]["retrieval_ms"]["p50"] / tutorial_p50,
        }
    out["disk_mb"] = {
        "store": _size_mb(folder / "home" / "chroma"),
        "index": _size_mb(folder / "home" / "index"),
        "tutorial": _size_mb(folder / "tutorial"),
    }
    return out
