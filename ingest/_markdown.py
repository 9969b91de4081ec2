"""Markdown to the plain text the parser reads: markup that carries no words goes (links keep
their text, escapes their character, tables become rows of cells joined by " | "); headings
and emphasis are cleaned line by line with every other format's text."""

from __future__ import annotations

import re

# Bracket classes exclude the opening bracket too, so that a long run of "[" stays linear.
_IMAGE_RE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK_RE = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_REFERENCE_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")
_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_BULLET_RE = re.compile(r"^(\s*)(?:[-*+]|>+)\s+")


def _without_comments(text: str) -> str:
    out, start = [], 0
    while (opening := text.find("<!--", start)) >= 0:
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break
        out.append(text[start:opening])
        start = closing + 3
    return "".join(out) + text[start:]


def _is_separator(line: str) -> bool:
    return bool(_SEPARATOR_RE.match(line.strip()))


def _cells(line: str) -> str:
    cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return " | ".join(cell.strip() for cell in cells)


def markdown_text(text: str) -> str:
    text = _without_comments(text)
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if _FENCE_RE.match(line) or _REFERENCE_RE.match(line):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if "|" in line and (_is_separator(following) or (out and " | " in out[-1])):
            if not _is_separator(line):
                out.append(_cells(line))
            continue
        if _is_separator(line) and "|" in line:
            continue
        if _RULE_RE.match(line):
            out.append("")  # a rule or a heading underline separates blocks
            continue
        line = _BULLET_RE.sub(r"\1", line)
        line = _LINK_RE.sub(r"\1", _IMAGE_RE.sub(r"\1", line))
        out.append(_ESCAPE_RE.sub(r"\1", line))
    return "\n".join(out)
