"""Each case answered on a store of its own: the bundled report and the one document the case
is asked of.

The shared eval store holds the bundled report and some forty reports; a delegate's store
more often holds the bundled report and one report of theirs. What a store holds besides the
document asked of must not change the answer (it did: measured against the store's own units,
a two-report store refused twice the answerable questions the shared store did), so the eval
measures this deployment too, with the same cases, metrics and floors. Cross-document
negatives are asked of the document they were not written for, on that document's store.
Questions over all documents (no ``doc_id``) have no such store and are left out; topics are
measured on the shared store only."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from assistant import Assistant
from congress_qa.settings import LLMSettings, Settings
from eval.cases import GOLD_DIR, GoldCase
from eval.errors import GoldFileError
from eval.runner import PIPELINE, CaseResult, Progress, score
from eval.systems import PipelineSystem
from ingest import Ingestor, slugify


def documents() -> dict[str, Path]:
    """The eval documents by the id the ingester gives them."""
    return {slugify(p.stem): p for p in sorted((GOLD_DIR / "docs").glob("*")) if p.is_file()}


def run(
    cases: list[GoldCase],
    *,
    mode: str = "extractive",
    progress: Progress | None = None,
    llm: LLMSettings | None = None,
    announce: Callable[[str], None] | None = None,
) -> tuple[dict[str, list[CaseResult]], list[GoldCase]]:
    """The pipeline's results, each case on the store of its document (in the cases' order),
    and the cases left out for asking of no one document. ``announce`` is told each document
    whose store is being built."""
    asked = [c for c in cases if c.doc_id]
    skipped = [c for c in cases if not c.doc_id]
    by_doc: dict[str, list[GoldCase]] = {}
    for case in asked:
        by_doc.setdefault(case.doc_id or "", []).append(case)
    files = documents()
    found: dict[str, CaseResult] = {}
    for doc_id, group in by_doc.items():
        if announce:
            announce(doc_id)
        with tempfile.TemporaryDirectory(prefix="congress-qa-eval-doc-") as tmp:
            settings = Settings(home=Path(tmp), llm=llm or LLMSettings())
            bundled = sorted(p for p in settings.ingest.corpus_dir.glob("*") if p.is_file())
            own = [files[doc_id]] if doc_id in files else []
            ingestor = Ingestor(settings)
            report = ingestor.ingest([*bundled, *own])
            if report.failed:
                raise RuntimeError("; ".join(f.message for f in report.failed))
            held = {m.doc_id for m in ingestor.store.documents()}
            if doc_id not in held:
                raise GoldFileError(
                    f"cases ask of document {doc_id!r}, which is neither the bundled report "
                    f"nor a file of {GOLD_DIR / 'docs'}: add the document or fix the cases"
                )
            system = PipelineSystem(PIPELINE, Assistant(settings, ingestor), mode)
            texts = {
                c.metadata["unit_id"]: c.metadata["text"] for c in ingestor.store.chunks([doc_id])
            }
            for case in group:
                output = system.run(case)
                output.extra["store"] = sorted(held)
                found[case.id] = CaseResult(PIPELINE, case, output, score(case, output, texts))
                if progress:
                    progress(PIPELINE, case.id)
    return {PIPELINE: [found[c.id] for c in asked]}, skipped
