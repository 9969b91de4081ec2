"""Markdown to the plain text the parser reads: markup that carries no words goes (links keep
their text, escapes their character, tables become rows of cells joined by " | "); headings
and emphasis are cleaned line by line with every other format's text."""

from __future__ import annotations

import re

_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REFERENCE_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")
_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BULLET_RE = re.compile(r"^(\s*)(?:[-*+]|>+)\s+")


def _cells(line: str) -> str:
    cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return " | ".join(cell.strip() for cell in cells)


def markdown_text(text: str) -> str:
    text = _COMMENT_RE.sub("", text)
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if _FENCE_RE.match(line) or _REFERENCE_RE.match(line):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if "|" in line and (_SEPARATOR_RE.match(following) or (out and " | " in out[-1])):
            if not _SEPARATOR_RE.match(line):
                out.append(_cells(line))
            continue
        if _SEPARATOR_RE.match(line) and "|" in line:
            continue
        if _RULE_RE.match(line):
            out.append("")  # a rule or a heading underline separates blocks
            continue
        line = _BULLET_RE.sub(r"\1", line)
        line = _LINK_RE.sub(r"\1", _IMAGE_RE.sub(r"\1", line))
        out.append(_ESCAPE_RE.sub(r"\1", line))
    return "\n".join(out)
