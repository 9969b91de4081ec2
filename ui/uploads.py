"""Uploaded files into the store. An upload's name is only ever a label: the bytes go to a
file the app names itself. Sizes are checked before a byte is copied, and the bytes are
streamed to that file in blocks."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ingest.pipeline import FileResult, Ingestor
from ingest.readers import SUPPORTED

UPLOAD_TYPES = sorted({s.lstrip(".") for s in SUPPORTED})
_BLOCK = 1 << 20
_KEPT_PUNCTUATION = set("._ ()-")


class Upload(NamedTuple):
    """An uploaded file: its name as sent, its size as announced, and its bytes (a readable
    binary file, or the bytes themselves)."""

    name: str
    size: int
    data: BinaryIO | bytes


def safe_label(name: str) -> str:
    """The base name, stripped of folders and odd characters: "../../x.pdf" -> "x.pdf".
    Letters and digits of every script stay ("Доклад.pdf"); control and format characters
    (such as right-to-left overrides) go."""
    base = unicodedata.normalize("NFC", re.split(r"[\\/]", name)[-1])
    kept = "".join(
        ch if unicodedata.category(ch)[0] in "LMN" or ch in _KEPT_PUNCTUATION else "_"
        for ch in base
    )
    cleaned = re.sub(r"_+", "_", kept).strip(" .") or "upload"
    return cleaned[:120]


def _too_large(label: str, max_mb: float) -> FileResult:
    message = (
        f"{label}: larger than {max_mb:g} MB; split it or ask an administrator to raise "
        "CONGRESS_QA_UI__MAX_UPLOAD_MB."
    )
    return FileResult(label, "failed", message=message)


def _save(upload: Upload, path: Path, limit: int) -> bool:
    """Copies the upload to ``path``; False (and nothing kept) once it proves larger than
    ``limit`` bytes, whatever size it announced."""
    if isinstance(upload.data, bytes | bytearray):
        if len(upload.data) > limit:
            return False
        path.write_bytes(upload.data)
        return True
    upload.data.seek(0)
    written = 0
    with path.open("wb") as out:
        while block := upload.data.read(_BLOCK):
            written += len(block)
            if written > limit:
                break
            out.write(block)
    if written > limit:
        path.unlink()
        return False
    return True


def ingest_uploads(
    ingestor: Ingestor,
    files: Sequence[Upload | tuple[str, bytes]],
    max_mb: float,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[FileResult]:
    results: list[FileResult] = []
    accepted: list[tuple[Path, str]] = []
    limit = int(max_mb * 1_000_000)
    with tempfile.TemporaryDirectory(prefix="congress-qa-upload-") as tmp:
        for i, item in enumerate(files):
            upload = item if isinstance(item, Upload) else Upload(item[0], len(item[1]), item[1])
            label = safe_label(upload.name)
            path = Path(tmp) / f"upload-{i}{Path(label).suffix.lower()}"
            if upload.size > limit or not _save(upload, path, limit):
                results.append(_too_large(label, max_mb))
                continue
            accepted.append((path, label))
        if accepted:
            report = ingestor.ingest(
                [p for p, _ in accepted], progress, display_names=[label for _, label in accepted]
            )
            results += report.files
    return results
