"""Text set in two columns on a PDF page (an annex's list of participants, a two-column
section), read one column after the other.

A line of the page runs across both columns ("Rania Abi-Saab      Ahmad Sa'id al-Tarawneh"),
so read by position the two columns interleave, and their lines looked like the rows of a
table without rules: an entry of the left column was joined to the entry beside it, and the
list was cut into several tables. Columns and a table look alike on the page; the file says
which it is by the order it draws them in. A producer writes a table row by row, each row's
cells in turn (Word, LibreOffice, fpdf2's tables), and text set in columns column by column
(Word's and LaTeX's columns), as it flows. So lines that split at one gutter are columns when
every character of the left side was drawn before every character of the right side: no
width, share or count decides."""

from __future__ import annotations

from ingest._pdf_tables import ALIGN_PT, MARKER_RE, MIN_ROWS, cell_spans

# The order a character was drawn in on its page, set by ``number_chars`` before lines are
# built (pdfplumber keeps the page's characters in content-stream order).
SEQ = "seq"


def number_chars(page) -> None:  # noqa: ANN001 - a pdfplumber page
    """Record on each character of ``page`` the order it was drawn in."""
    for n, char in enumerate(page.chars):
        char[SEQ] = n


def _sides(line: dict, body: float, gutter: float) -> tuple[list, list] | None:
    """The cells of ``line`` left of the gutter and from it on; None when a cell crosses it
    (a heading or a paragraph set across the page) or the line is no text line of the body."""
    if line.get("table") or line.get("note") or not line.get("chars"):
        return None
    left, right = [], []
    for cell in cell_spans(line, body):
        start, end, _ = cell
        if start >= gutter - ALIGN_PT:
            right.append(cell)
        elif end < gutter - ALIGN_PT:
            left.append(cell)
        else:
            return None
    return left, right


def _part(line: dict, cells: list, gutter: float, right: bool, marks: bool) -> dict:
    """The half of ``line`` on one side of the gutter, as a line of its own (its cells, which
    a justified line's wide spaces part, joined); with the line's footnote marks when
    ``marks`` (the half read first)."""
    chars = [c for c in line["chars"] if (c["x0"] >= gutter - ALIGN_PT) == right]
    return line | {
        "text": " ".join(text for _, _, text in cells),
        "x0": min(start for start, _, _ in cells),
        "x1": max(end for _, end, _ in cells),
        "chars": chars,
        "marks": line.get("marks", []) if marks else [],
    }


def text_columns(lines: list[dict], body: float) -> list[dict]:
    """``lines`` with each run of lines set in two columns read column by column: the left
    column's lines top to bottom, then the right column's. A run is at least ``MIN_ROWS``
    lines with text on both sides of one gutter (where the right side's first cell starts),
    with no text across it; it is read as columns only if the page drew its left side whole
    before its right side, as columns are drawn and a table's rows are not."""
    if not body:
        return lines
    out: list[dict] = []
    i = 0
    while i < len(lines):
        found = _run(lines, i, body)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        end, gutter, parts = found
        if gutter is None:
            # Drawn row by row: a table, whose lines are left as they are. Not one of its
            # lines starts columns either: a last row's cells, each drawn whole, would.
            out += lines[i:end]
            i = end
            continue
        left = [_part(line, cells, gutter, False, True) for line, cells, _ in parts if cells]
        right = [
            _part(line, cells, gutter, True, not before) for line, before, cells in parts if cells
        ]
        out += left + right
        i = end
    return out


def _run(lines: list[dict], i: int, body: float) -> tuple[int, float | None, list] | None:
    """The run of two-column lines starting at line ``i``: where it ends, its gutter (None
    when the page drew it row by row) and each line with its left and right cells; None when
    no such run starts there."""
    if not lines[i].get("chars") or lines[i].get("table") or lines[i].get("note"):
        return None
    first = cell_spans(lines[i], body)
    if len(first) != 2 or MARKER_RE.match(first[0][2]):
        return None
    gutter = first[1][0]
    parts = []
    j = i
    while j < len(lines):
        sides = _sides(lines[j], body, gutter)
        if sides is None:
            break
        if len(sides[0]) == 1 and MARKER_RE.match(sides[0][0][2]) and not sides[1]:
            break  # a hanging paragraph number alone: no column
        parts.append((lines[j], *sides))
        j += 1
    if sum(1 for _, left, right in parts if left and right) < MIN_ROWS:
        return None
    if any(SEQ not in c for line, _, _ in parts for c in line["chars"]):
        return None  # characters not numbered: their order is unknown
    cut = gutter - ALIGN_PT
    drawn = [(c["x0"] >= cut, c[SEQ]) for line, _, _ in parts for c in line["chars"]]
    left_seq = [n for right, n in drawn if not right]
    right_seq = [n for right, n in drawn if right]
    if not left_seq or not right_seq:
        return None
    if max(left_seq) > min(right_seq):
        return j, None, parts  # drawn row by row: a table
    return j, gutter, parts
