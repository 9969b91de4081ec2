"""Tables in a PDF page, as lines of cells joined by " | " (one line a row): drawn with rules
(pdfplumber finds them), or set in columns without rules (an annex's list of documents)."""

from __future__ import annotations

import re

# Two characters further apart than this share of their size are two words. pdfplumber's
# default is 3 points, whatever the size, and a word space of Times at 10 points is 2.5: a
# producer that places each word (or character) at its own x, with no space character between
# words, had its lines read as one run-together word ("andtheyaskedformoretraining").
TEXT_OPTIONS = {"x_tolerance_ratio": 0.15}


def inside(line: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    middle = (line["top"] + line["bottom"]) / 2
    return top <= middle <= bottom and line["x0"] < x1 and line["x1"] > x0


def ruled_tables(page) -> list[tuple[tuple[float, float, float, float], list[dict]]]:  # noqa: ANN001
    """Tables drawn with rules, as rows of cells joined by " | " (one line a row)."""
    found = []
    for table in page.find_tables():
        rows = []
        for row, cells in zip(table.rows, table.extract(**TEXT_OPTIONS), strict=False):
            texts = [" ".join((cell or "").split()) for cell in cells]
            if any(texts):
                x0, top, x1, bottom = row.bbox
                text = " | ".join(texts)
                rows.append({"text": text, "top": top, "bottom": bottom, "x0": x0, "x1": x1})
        if len(rows) > 1 or (rows and " | " in rows[0]["text"]):
            for row in rows:
                row["table"] = table.bbox  # which table: its rows stay one block
            found.append((table.bbox, rows))
    return found


# Columns of a table drawn without rules stand further apart than words of a justified line.
COLUMN_GAP_EMS = 1.5
# Or narrower, when the gap is this many of the line's usual (median) word spaces: a space
# of 0.25 em set four times over is no justified stretch. Two spaces after a full stop, or a
# line stretched unevenly, stay under three.
COLUMN_GAP_SPACES = 3.0
# Never under this many ems: a column gap is still wider than any stretched word space.
MIN_COLUMN_GAP_EMS = 0.75
# A gap between two characters wider than this many ems is a space between words (kerning
# and letter spacing are narrower).
WORD_SPACE_EMS = 0.1
# Where a line's cells start, give or take this many points, they share a column.
ALIGN_PT = 3.0
# A table without rules has at least this many rows of several cells (a masthead's two or
# three lines with a field at the right are not a table).
MIN_ROWS = 3
# What stands before the text of a line without being a cell: a hanging paragraph number or
# item mark, or a label ("Chair:" with the name set at a tab stop).
MARKER_RE = re.compile(r"^(?:\d{1,4}\.|\(?[a-z]{1,5}\)|\(\d{1,3}\)|.*:)$")


def _column_gap(chars: list[dict], em: float) -> float:
    """The gap that parts two cells of this line, judged by the line's own word spacing: a
    list of documents sets a long symbol ("UNODC/CCPCJ/EG.21/2025/CRP.1") barely an em before
    its title, under the fixed ``COLUMN_GAP_EMS``, yet four word spaces apart. A justified
    line stretches all its spaces alike, so none stands out from the others."""
    spaces = sorted(
        b["x0"] - a["x1"]
        for a, b in zip(chars, chars[1:], strict=False)
        if b["x0"] - a["x1"] > WORD_SPACE_EMS * em
    )
    if len(spaces) < 2:
        return float("inf")  # one space or none: nothing to compare it with
    return max(MIN_COLUMN_GAP_EMS * em, COLUMN_GAP_SPACES * spaces[len(spaces) // 2])


def cell_spans(line: dict, em: float) -> list[tuple[float, float, str]]:
    """A line's cells, each its start, its end and its text: runs of characters apart by less
    than a column gap (``COLUMN_GAP_EMS`` of the body size ``em``, or ``_column_gap``), the
    text as pdfplumber spaced it."""
    chars = sorted((c for c in line.get("chars", []) if c["text"].strip()), key=lambda c: c["x0"])
    if not chars:
        return []
    gap = min(COLUMN_GAP_EMS * em, _column_gap(chars, em))
    sizes: list[int] = [1]
    starts = [chars[0]["x0"]]
    ends = [chars[0]["x1"]]
    for previous, c in zip(chars, chars[1:], strict=False):
        if c["x0"] - previous["x1"] > gap:
            sizes.append(0)
            starts.append(c["x0"])
            ends.append(c["x1"])
        sizes[-1] += 1
        ends[-1] = max(ends[-1], c["x1"])
    if len(sizes) == 1:
        return [(starts[0], ends[0], line["text"].strip())]
    text = iter(line["text"].strip())
    out = []
    for start, end, size in zip(starts, ends, sizes, strict=True):
        taken: list[str] = []
        while size:
            ch = next(text, "")
            if not ch:
                break
            taken.append(ch)
            size -= bool(ch.strip())
        out.append((start, end, "".join(taken).strip()))
    return out


def line_cells(line: dict, em: float) -> list[tuple[float, str]]:
    """A line's cells (``cell_spans``), each its start and text."""
    return [(start, text) for start, _, text in cell_spans(line, em)]


# A dot leader: a contents entry ("A. Attendance ........ 8–9 3"), whose page numbers line up
# like a column of figures but which is no table row.
_LEADER_RE = re.compile(r"\.{5,}|(?:\. ){4,}")
# A cell that is a figure: digits with their separators, sign, currency or per cent.
_FIGURE_RE = re.compile(r"^[-+−(]?\s*(?:US\$|\$|€|£)?\s*\d[\d.,\s]*%?\)?$")


def _column_of(cell: tuple[float, float, str], columns: list[tuple[float, float]]) -> int | None:
    """The column a cell stands in: the one it starts with, or, for a figure (set flush right:
    "418" over "1,080"), the one it ends with. Only figures: the lines of a justified
    paragraph end alike too."""
    start, end, text = cell
    for n, (x0, x1) in enumerate(columns):
        if abs(start - x0) <= ALIGN_PT:
            return n
        if abs(end - x1) <= ALIGN_PT and _FIGURE_RE.match(text):
            return n
    return None


def _gap(lines: list[dict], k: int) -> float | None:
    """The space between line ``k`` and the line above it, if any."""
    return lines[k]["top"] - lines[k - 1]["bottom"] if 0 < k < len(lines) else None


def _wraps(lines: list[dict], j: int, row_start: int) -> bool:
    """Line ``j`` is a wrapped line of the row that starts at line ``row_start``: it is set
    closer to the line above it than rows are set apart (the space above that row, or below
    line ``j``). A wrapped cell is set at the line spacing, and rows with room between them;
    in a table set without that room a lone first cell stays a row of its own."""
    above = _gap(lines, j)
    apart = [g for g in (_gap(lines, row_start), _gap(lines, j + 1)) if g is not None]
    # Half a point: the rounding of positions in a PDF, not a difference in spacing.
    return above is not None and bool(apart) and above + 0.5 < min(apart)


def unruled_tables(lines: list[dict], body: float) -> list[dict]:
    """Tables set in columns without rules (an annex's list of documents, a table of figures):
    rows whose cells start at the same places (or, figures set flush right, end there), a
    cell's wrapped line joined to it; each row becomes one line of cells joined by " | ", as a
    ruled table's rows are. A number or item mark alone before the text (a hanging paragraph
    number), or a label, is not a cell."""
    if not body:
        return lines
    cells = [cell_spans(line, body) for line in lines]

    def fits(row: list[tuple[float, float, str]], columns: list[tuple[float, float]]) -> bool:
        found = [_column_of(cell, columns) for cell in row]
        return (
            len(row) >= 2
            and not any(_LEADER_RE.search(t) for _, _, t in row)
            and not MARKER_RE.match(row[0][2])
            and abs(row[0][0] - columns[0][0]) <= ALIGN_PT
            and None not in found
            and len(set(found)) == len(found)
        )

    out: list[dict] = []
    i = 0
    while i < len(lines):
        first = cells[i]
        if len(first) < 2 or MARKER_RE.match(first[0][2]) or _LEADER_RE.search(lines[i]["text"]):
            out.append(lines[i])
            i += 1
            continue
        columns = [(x0, x1) for x0, x1, _ in first]
        rows: list[tuple[dict[int, str], list[dict]]] = [
            ({n: t for n, (_, _, t) in enumerate(first)}, [lines[i]])
        ]
        row_start = i
        j = i + 1
        while j < len(lines):
            row = cells[j]
            if fits(row, columns):
                rows.append(({_column_of(c, columns): c[2] for c in row}, [lines[j]]))
                row_start = j
            elif len(row) == 1 and (
                (column := _column_of(row[0], columns)) not in (None, 0)
                or (column == 0 and _wraps(lines, j, row_start))
            ):
                texts, members = rows[-1]
                texts[column] = f"{texts.get(column, '')} {row[0][2]}".strip()
                members.append(lines[j])
            else:
                break
            j += 1
        if len(rows) < MIN_ROWS:
            out.append(lines[i])
            i += 1
            continue
        table = (lines[i]["top"], lines[i]["x0"])  # which table: its rows stay one block
        # A header set apart from the figures below it (left-aligned over right-aligned
        # numbers, often smaller) starts where the rows do and has a cell per column: it
        # heads the table, and is no heading of the report's.
        header = cells[i - 1] if i > 0 and out and out[-1] is lines[i - 1] else []
        if (
            len(header) == len(columns)
            and not MARKER_RE.match(header[0][2])
            and abs(header[0][0] - columns[0][0]) <= ALIGN_PT
            and lines[i]["top"] - lines[i - 1]["bottom"] < 2 * body
        ):
            out[-1] = lines[i - 1] | {"text": " | ".join(t for _, _, t in header), "table": table}
        for texts, members in rows:
            out.append(
                {
                    "text": " | ".join(texts.get(n, "") for n in range(len(columns))),
                    "top": members[0]["top"],
                    "bottom": members[-1]["bottom"],
                    "x0": min(m["x0"] for m in members),
                    "x1": max(m["x1"] for m in members),
                    "table": table,
                }
            )
        i = j
    return out
