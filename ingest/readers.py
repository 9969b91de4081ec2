"""Reads a file of any supported format into plain text for the parser."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ingest._blocks import starts_block
from ingest._docx import read_docx
from ingest._html import html_text
from ingest._markdown import markdown_text
from ingest._pdf import read_pdf
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


_PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?$", re.IGNORECASE)


def _read_text(data: bytes, path: str) -> str:
    text = _decode(data, path)
    return _drop_page_furniture(text.split("\f")) if "\f" in text else text


def _drop_page_furniture(pages: list[str]) -> str:
    """Text exported from PDF (pdftotext) keeps form feeds between pages; the lines that
    recur at the top or bottom of pages are running headers and footers."""

    def edges(lines: list[str]) -> list[str]:
        # A paragraph number alone at a page edge ("4.") recurs too, but is content.
        filled = [line.strip() for line in lines if line.strip() and not starts_block(line.strip())]
        return filled[:2] + filled[-2:]

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    split = [page.split("\n") for page in pages]
    counts = Counter(k for lines in split for k in {key(line) for line in edges(lines)})
    recurring = {k for k, n in counts.items() if n >= 2}
    out: list[str] = []
    for number, lines in enumerate(split):
        margin = set(edges(lines))
        for line in lines:
            text = line.strip()
            furniture = text in margin and (
                _PAGE_NUMBER_RE.match(text) or (key(text) in recurring and number > 0)
            )
            if not furniture:
                out.append(line)
    return "\n".join(out)


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


def read_document(path: Path, *, max_mb: float, display_name: str | None = None) -> str:
    """The file's text; raises an ``IngestError`` saying what is wrong with it."""
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
    text = reader(data, name)
    if not text.strip():
        raise EmptyFileError(name)
    return text
