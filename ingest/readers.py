"""Reads a file of any supported format into plain text for the parser."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

from ingest._docx import read_docx
from ingest._html import html_text
from ingest._markdown import markdown_text
from ingest._paged_text import paged_text
from ingest._pdf import read_pdf
from ingest._read_cache import ReadingCache
from ingest.errors import EmptyFileError, FileTooLargeError, NotTextError, UnsupportedFormatError


def _decode(data: bytes, path: str, codec: str = "utf-8-sig") -> str:
    """``codec``: the encoding a file declares (a web page's head), else UTF-8 with or
    without a byte-order mark."""
    if b"\x00" in data[:8192]:
        raise NotTextError(path, "binary data, not text; is it really a text document?")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        said = "UTF-8" if codec == "utf-8-sig" else f"{codec} as the file declares"
        raise NotTextError(
            path,
            f"not {said} text (byte {exc.start}); re-save it as UTF-8 and ingest it again.",
        ) from exc


def _read_text(data: bytes, path: str) -> str:
    text = _decode(data, path)
    return paged_text(text.split("\f")) if "\f" in text else text


def _read_markdown(data: bytes, path: str) -> str:
    return markdown_text(_read_text(data, path))


# A web page says its encoding in its head: <meta charset="…">, or the http-equiv
# Content-Type that Word's "Save as Web Page" writes ("text/html; charset=windows-1252").
_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_codec(data: bytes) -> str:
    """The encoding a web page's head declares, when it is not UTF-8 and no byte-order mark
    says otherwise; else UTF-8. A Windows-1252 page from Word was refused as "not UTF-8"."""
    declared = _CHARSET_RE.search(data[:4096])
    if not declared or data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codec = codecs.lookup(declared.group(1).decode("ascii")).name
    except LookupError:
        return "utf-8-sig"
    return "utf-8-sig" if codec == "utf-8" else codec


def _read_html(data: bytes, path: str) -> str:
    return html_text(_decode(data, path, _declared_codec(data)))


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
