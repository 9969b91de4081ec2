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


def _spans(line: dict, body: float) -> list[tuple[float, float, str]] | None:
    """The cells of a text line of the body (``cell_spans``); None for a table's row, a
    footnote or a line without characters, which no column holds."""
    if line.get("table") or line.get("note") or not line.get("chars"):
        return None
    return cell_spans(line, body)


def _sides(cells: list | None, cut: float) -> tuple[list, list] | None:
    """A line's cells left of the gutter's edge ``cut`` and from it on; None when a cell
    crosses it (a heading or a paragraph set across the page) or the line has no cells."""
    if cells is None:
        return None
    left, right = [], []
    for cell in cells:
        start, end, _ = cell
        if start >= cut:
            right.append(cell)
        elif end < cut:
            left.append(cell)
        else:
            return None
    return left, right


def _part(line: dict, cells: list, cut: float, right: bool, marks: bool) -> dict:
    """The half of ``line`` on one side of the gutter's edge ``cut``, as a line of its own
    (its cells, which a justified line's wide spaces part, joined); with the line's footnote
    marks when ``marks`` (the half read first)."""
    return line | {
        "text": " ".join(text for _, _, text in cells),
        "x0": min(start for start, _, _ in cells),
        "x1": max(end for _, end, _ in cells),
        "chars": [c for c in line["chars"] if (c["x0"] >= cut) == right],
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
    spans = [_spans(line, body) for line in lines]  # once per line: runs are tried per line
    out: list[dict] = []
    i = 0
    while i < len(lines):
        found = _run(lines, spans, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        end, cut, parts = found
        if cut is None:
            # Drawn row by row: a table, whose lines are left as they are. Not one of its
            # lines starts columns either: a last row's cells, each drawn whole, would.
            out += lines[i:end]
        else:
            out += [_part(line, left, cut, False, True) for line, left, _ in parts if left]
            out += [_part(line, right, cut, True, not left) for line, left, right in parts if right]
        i = end
    return out


def _run(lines: list[dict], spans: list, i: int) -> tuple[int, float | None, list] | None:
    """The run of two-column lines starting at line ``i``: where it ends, its gutter's left
    edge (None when the page drew it row by row) and each line with its left and right
    cells; None when no such run starts there."""
    first = spans[i]
    if first is None or len(first) != 2 or MARKER_RE.match(first[0][2]):
        return None
    cut = first[1][0] - ALIGN_PT
    parts = []
    j = i
    while j < len(lines) and (sides := _sides(spans[j], cut)) is not None:
        if len(sides[0]) == 1 and MARKER_RE.match(sides[0][0][2]) and not sides[1]:
            break  # a hanging paragraph number alone: no column
        parts.append((lines[j], *sides))
        j += 1
    if sum(1 for _, left, right in parts if left and right) < MIN_ROWS:
        return None
    drawn = [(c["x0"] >= cut, c[SEQ]) for line, _, _ in parts for c in line["chars"]]
    left_seq = [n for right, n in drawn if not right]
    right_seq = [n for right, n in drawn if right]
    if max(left_seq) > min(right_seq):
        return j, None, parts  # drawn row by row: a table
    return j, cut, parts
