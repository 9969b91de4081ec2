"""`congress-qa bench ingest`: parsing and embedding+storing throughput, and peak memory, on
synthetic corpora of growing size. Each size runs in its own process so peak memory is its own."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from congress_qa.settings import Settings


def _measure(units: int, home: Path) -> dict[str, float]:
    from ingest.pipeline import Ingestor, parse_file
    from ingest.synthetic import write_corpus

    settings = Settings(home=home)
    paths = write_corpus(home / "corpus", units)
    tick = time.perf_counter()
    parsed = sum(len(parse_file(p, settings).units) for p in paths)
    parse_s = time.perf_counter() - tick
    ingestor = Ingestor(settings)
    report = ingestor.ingest(paths)
    stored = sum(f.units for f in report.files)
    return {
        "units": parsed,
        "files": len(paths),
        "parse_units_per_s": parsed / parse_s,
        "embed_store_units_per_s": stored / (report.embed_s + report.store_s),
        "embed_s": report.embed_s,
        "store_s": report.store_s,
        # ru_maxrss is in KiB on Linux.
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_size(units: int) -> dict[str, float]:
    """One size in a fresh process (its own store, its own peak memory)."""
    with tempfile.TemporaryDirectory(prefix="congress-qa-bench-") as tmp:
        result = subprocess.run(
            [sys.executable, "-m", "ingest.bench", str(units), tmp],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    print(json.dumps(_measure(int(sys.argv[1]), Path(sys.argv[2]))))
