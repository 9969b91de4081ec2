"""Reads a file of any supported format into plain text for the parser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest._docx import read_docx
from ingest._html import html_text
from ingest._markdown import markdown_text
from ingest._paged_text import paged_text
from ingest._pdf import read_pdf
from ingest._read_cache import ReadingCache
from ingest.errors import EmptyFileError, FileTooLargeError, NotTextError, UnsupportedFormatError


def _decode(data: bytes, path: str) -> str:
    if b"\x00" in data[:8192]:
        raise NotTextError(path, "binary data, not text; is it really a text document?")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotTextError(
            path,
            f"not UTF-8 text (byte {exc.start}); re-save it as UTF-8 and ingest it again.",
        ) from exc


def _read_text(data: bytes, path: str) -> str:
    text = _decode(data, path)
    return paged_text(text.split("\f")) if "\f" in text else text


def _read_markdown(data: bytes, path: str) -> str:
    return markdown_text(_read_text(data, path))


def _read_html(data: bytes, path: str) -> str:
    return html_text(_decode(data, path))


READERS: dict[str, Callable[[bytes, str], str]] = {
    ".txt": _read_text,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": _read_html,
    ".htm": _read_html,
}
SUPPORTED = sorted(READERS)


def read_document(
    path: Path,
    *,
    max_mb: float,
    display_name: str | None = None,
    cache: ReadingCache | None = None,
) -> str:
    """The file's text; raises an ``IngestError`` saying what is wrong with it. With a
    ``cache``, a file read before (the same bytes, by the same readers) is not read again."""
    name = display_name or str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedFormatError(name, path.suffix, SUPPORTED)
    size_mb = path.stat().st_size / 1_000_000
    if size_mb > max_mb:
        raise FileTooLargeError(name, size_mb, max_mb)
    data = path.read_bytes()
    if not data.strip():
        raise EmptyFileError(name)
    if cache is None:
        text = reader(data, name)
    else:
        text = cache.read(path.suffix, data, lambda: reader(data, name))
    if not text.strip():
        raise EmptyFileError(name)
    return text
