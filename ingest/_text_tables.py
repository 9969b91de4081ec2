"""Tables in a text export of a PDF page (``pdftotext -layout``): the page's columns kept as
runs of spaces, the table's rules as lines of underscores or dashes. Such a block is written
as the rows the parser reads as a table ("State | 2022 | 2023"), its rules left out."""

from __future__ import annotations

import re

from ingest._blocks import CELL_SEPARATOR

# A rule printed across a table (under its header, above or below it): underscores, dashes
# or box-drawing lines, and nothing else on the line.
_RULE_RE = re.compile(r"^\s*(?:_{5,}|-{5,}|─{5,}|—{5,})\s*$")
# A cell: words joined by single spaces; two spaces or more set cells apart.
_CELL_RE = re.compile(r"\S+(?: \S+)*")


def with_layout_tables(lines: list[str]) -> list[str]:
    """``lines`` with every table block written as rows of cells; the rest as it was."""
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
            continue
        out.extend(_rows(block) or block)
        block = []
        out.append(line)
    return out[:-1]


def _rows(block: list[str]) -> list[str]:
    """The block's rows when it is a table: a rule and at least a header and two rows, each
    line of the same number (two or more) of cells, and each column's cells over one another
    on the page (every cell of a column shares a character position with every other: left,
    right or centre aligned alike). [] when it is not one."""
    text = [line for line in block if not _RULE_RE.match(line)]
    if len(text) == len(block) or len(text) < 3:
        return []
    cells = [[(m.start(), m.end(), m.group(0)) for m in _CELL_RE.finditer(line)] for line in text]
    width = len(cells[0])
    if width < 2 or any(len(row) != width for row in cells):
        return []
    for column in range(width):
        spans = [row[column] for row in cells]
        if max(start for start, _, _ in spans) >= min(end for _, end, _ in spans):
            return []
    return [CELL_SEPARATOR.join(cell for _, _, cell in row) for row in cells]
