"""Uploaded files into the store. An upload's name is only ever a label: the bytes go to a
file the app names itself."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ingest.pipeline import FileResult, Ingestor
from ingest.readers import SUPPORTED

UPLOAD_TYPES = sorted({s.lstrip(".") for s in SUPPORTED})


def safe_label(name: str) -> str:
    """The base name, stripped of folders and odd characters: "../../x.pdf" -> "x.pdf"."""
    base = re.split(r"[\\/]", name)[-1]
    cleaned = re.sub(r"[^A-Za-z0-9._ ()-]+", "_", base).strip(" .") or "upload"
    return cleaned[:120]


def ingest_uploads(
    ingestor: Ingestor,
    files: Sequence[tuple[str, bytes]],
    max_mb: float,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[FileResult]:
    results: list[FileResult] = []
    accepted: list[tuple[Path, str]] = []
    with tempfile.TemporaryDirectory(prefix="congress-qa-upload-") as tmp:
        for i, (name, data) in enumerate(files):
            label = safe_label(name)
            if len(data) > max_mb * 1_000_000:
                message = (
                    f"{label}: larger than {max_mb:g} MB; split it or ask an administrator to "
                    "raise CONGRESS_QA_UI__MAX_UPLOAD_MB."
                )
                results.append(FileResult(label, "failed", message=message))
                continue
            path = Path(tmp) / f"upload-{i}{Path(label).suffix.lower()}"
            path.write_bytes(data)
            accepted.append((path, label))
        if accepted:
            report = ingestor.ingest(
                [p for p, _ in accepted], progress, display_names=[label for _, label in accepted]
            )
            results += report.files
    return results
