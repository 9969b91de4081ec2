"""A table as the ingest writes it into a unit's text: a row a line, its cells joined by
" | ". A cell left empty stays a cell: under a heading cell that spans two columns, the
heading row reads "State | DNA profiles held | | Matches reported in 2024" and the row of
headings under it "| 2023 | 2024 |"."""

from __future__ import annotations

import re

# A cell boundary: a bar with a space or the line's end on each side; a bar inside a cell's
# text ("a|b") is that cell's.
_BOUNDARY_RE = re.compile(r"(?<!\S)\|(?!\S)")


def cells(line: str) -> list[str]:
    """The cells of a table row; [] for a line of prose."""
    parts = _BOUNDARY_RE.split(line.strip())
    return [p.strip() for p in parts] if len(parts) > 1 else []


def headings(rows: list[list[str]]) -> tuple[list[str], int]:
    """Each column's heading, and how many of the first rows the headings take: the first row,
    and each row under it whose first cell is empty, since a row of data names its row in its
    first cell and a row of headings under a spanning cell leaves that cell to the span. A
    heading cell left empty over a filled heading is the span of the cell to its left
    ("DNA profiles held" over "2023 | 2024"): its column is "DNA profiles held 2024"."""
    n = 1
    while n < len(rows) and not rows[n][0] and any(rows[n][1:]):
        n += 1
    width = max(len(row) for row in rows[:n])
    grid = [row + [""] * (width - len(row)) for row in rows[:n]]
    for i in range(n - 1):
        for j in range(1, width):
            if not grid[i][j] and grid[i + 1][j]:
                grid[i][j] = grid[i][j - 1]
    return [" ".join(cell for cell in column if cell) for column in zip(*grid, strict=True)], n


def runs(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """Lines in runs of prose and of tables: at least two consecutive lines of the same
    number of cells are a table (headings first)."""
    widths = [len(cells(line)) for line in lines]
    out: list[tuple[bool, list[str]]] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and widths[i] and widths[j] == widths[i]:
            j += 1
        is_table = j - i >= 2
        if out and not is_table and not out[-1][0]:
            out[-1][1].extend(lines[i:j])
        else:
            out.append((is_table, lines[i:j]))
        i = j
    return out
