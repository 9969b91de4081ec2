"""Turns extracted text into logical blocks: one block a paragraph, item or heading.

Readers of every format hand over plain text; PDF text is the hardest case (wrapped lines,
hyphenated breaks, a paragraph number alone on its line), so the rules are written for it and
hold for the others."""

from __future__ import annotations

import re

PARA_RE = re.compile(r"^(\d{1,4})\.\s+(\S.*)$")
NUMBER_ONLY_RE = re.compile(r"^(\d{1,4})\.$")
MARKER_RE = re.compile(r"^\(([a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)\s*(.*)$")
ROMAN_HEADING_RE = re.compile(r"^([IVXL]{1,6})\.\s+(\S.*)$")
LETTER_HEADING_RE = re.compile(r"^([A-Z])\.\s+(\S.*)$")

# Markdown/emphasis markup that survives in plain-text exports: *continued*, **bold**, _x_.
_EMPHASIS_RE = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u202f]+")
_HYPHEN_BREAK_RE = re.compile(r"[A-Za-z]-$")


def starts_block(line: str) -> bool:
    """True when a line opens a new structural element even without a blank line before it."""
    return bool(
        PARA_RE.match(line)
        or NUMBER_ONLY_RE.match(line)
        or MARKER_RE.match(line)
        or ROMAN_HEADING_RE.match(line)
        or LETTER_HEADING_RE.match(line)
    )


def clean_line(line: str) -> str:
    line = _SPACES_RE.sub(" ", line.replace("\u00ad", "")).strip()
    line = _MD_HEADING_RE.sub("", line)
    return _EMPHASIS_RE.sub(r"\2", line)


def _join(block: str, line: str) -> str:
    if not block:
        return line
    if _HYPHEN_BREAK_RE.search(block) and line[:1].islower():
        return block[:-1] + line
    return f"{block} {line}"


def split_blocks(text: str) -> list[str]:
    """Blocks in document order, each on one line with whitespace normalised."""
    blocks: list[str] = []
    current = ""
    pending_number = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_line(raw)
        if not line:
            if current:
                blocks.append(current)
                current = ""
            continue
        if NUMBER_ONLY_RE.match(line):
            if current:
                blocks.append(current)
            current = ""
            pending_number = line
            continue
        if pending_number:
            # A paragraph number set alone on its line (PDF layout) belongs to the next text.
            current, pending_number = f"{pending_number} {line}", ""
            continue
        if current and starts_block(line):
            blocks.append(current)
            current = line
            continue
        current = _join(current, line)
    if current:
        blocks.append(current)
    return blocks
