"""A benchmark store of a given size: the bundled report plus the synthetic corpus, ingested
the way ``congress-qa ingest`` does (the unit index kept as documents are committed and saved
at the end), with the first ingest and a re-ingest of the unchanged files timed. Runs in its
own process (``python -m bench._build UNITS FOLDER``) so its peak memory is its own."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from congress_qa.settings import Settings


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(units: int, folder: Path) -> dict[str, float]:
    from assistant import HybridRetriever
    from ingest.pipeline import Ingestor
    from ingest.synthetic import write_corpus

    settings = Settings(home=folder / "home")
    # The build measures the readers and the embedder: no text or vector may come from a cache.
    settings = settings.model_copy(
        update={
            "embedding": settings.embedding.model_copy(update={"cache": False}),
            "ingest": settings.ingest.model_copy(update={"cache": False}),
        }
    )
    paths = write_corpus(folder / "corpus", units)
    ingestor = Ingestor(settings)
    retriever = HybridRetriever(ingestor.store, ingestor.embedder, settings.retrieval)
    ingestor.on_commit.append(retriever.remember)
    ingestor.ensure_corpus()
    first = ingestor.ingest(paths)
    if first.failed:
        raise SystemExit(f"ingest failed: {first.failed[0].message}")
    ingest_rss = peak_rss_mb()
    tick = time.perf_counter()
    again = ingestor.ingest(paths)
    reingest_s = time.perf_counter() - tick
    unchanged = again.count("unchanged")
    tick = time.perf_counter()
    index = retriever.index()
    index_s = time.perf_counter() - tick
    stored = sum(f.units for f in first.files)
    work = first.embed_s + first.store_s + first.index_s
    return {
        "units": len(index.units),
        "synthetic_units": stored,
        "files": len(paths),
        "ingest_s": first.seconds,
        "parse_s": first.parse_s,
        "embed_s": first.embed_s,
        "store_s": first.store_s,
        "index_s": first.index_s,
        "embed_store_units_per_s": stored / work if work else 0.0,
        "ingest_units_per_s": stored / first.seconds if first.seconds else 0.0,
        "ingest_peak_rss_mb": ingest_rss,
        "reingest_s": reingest_s,
        "reingest_unchanged": unchanged,
        "reingest_speedup": first.seconds / reingest_s if reingest_s else 0.0,
        "index_update_s": index_s,
        "peak_rss_mb": peak_rss_mb(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


if __name__ == "__main__":
    print(json.dumps(build(int(sys.argv[1]), Path(sys.argv[2]))))
