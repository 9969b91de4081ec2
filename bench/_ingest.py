"""`congress-qa bench ingest`, and the benchmark stores of `bench query`: each size is built in
its own process (``bench._build``), so its peak memory is its own."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench._env import child_env


def build_store(units: int, folder: Path) -> dict[str, float]:
    """Builds the store of ``units`` synthetic units (and the bundled report) in ``folder``,
    timing the first ingest and a re-ingest of the unchanged files."""
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "bench._build", str(units), str(folder)],
        capture_output=True,
        text=True,
        env=child_env(),
    )
    if result.returncode != 0:
        raise RuntimeError(f"building the {units}-unit store failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_size(units: int) -> dict[str, float]:
    """One size in a throw-away folder."""
    with tempfile.TemporaryDirectory(prefix="congress-qa-bench-") as tmp:
        return build_store(units, Path(tmp))
