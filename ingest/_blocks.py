"""Turns extracted text into logical blocks: one block a paragraph, item, heading or table.

Readers of every format hand over plain text; PDF text is the hardest case (wrapped lines,
hyphenated breaks, a paragraph number alone on its line), so the rules are written for it and
hold for the others. Text that puts each paragraph on one line with no blank lines between
(Word's "Save as text", many exports) is recognised and read line by line. Tables arrive as rows
of cells joined by " | ", one row a line, and stay one block with their rows on lines."""

from __future__ import annotations

import re

from ingest._hyphens import Spellings, join_at_hyphen

PARA_RE = re.compile(r"^(\d+)\.\s+(\S.*)$", re.DOTALL)
NUMBER_ONLY_RE = re.compile(r"^(\d+)\.$")
# A paragraph under legal numbering, as Word shows it or a text types it: "1.1 Requests …",
# "2.3.1. Central authorities …" (``legal_number``).
_LEGAL_RE = re.compile(r"^(\d{1,3}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$", re.DOTALL)
_OPENING_MARKS = "\"'“‘(["
MARKER_RE = re.compile(r"^\(([a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)\s*(.*)$", re.DOTALL)
ROMAN_HEADING_RE = re.compile(r"^([IVXL]{1,6})\.\s+(\S.*)$", re.DOTALL)
LETTER_HEADING_RE = re.compile(r"^([A-Z])\.\s+(\S.*)$", re.DOTALL)
CELL_SEPARATOR = " | "

# Markdown/emphasis markup that survives in plain-text exports: *continued*, **bold**, _x_.
_EMPHASIS_RE = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u202f]+")
_CLAUSE_END_RE = re.compile(r"(?:[.;:!?][\"'”’)\]]*|;\s+(?:and|or))$")
_INTRODUCES_RE = re.compile(r":[\"'”’)\]]*$")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
# Wrapped text (PDF, fixed-width exports) never has lines this long; text that has them and
# hardly any blank lines puts one paragraph on each line.
_PARAGRAPH_LINE_CHARS = 150
_BLANK_SHARE_OF_WRAPPED = 0.25
_WHOLE_LINE_SHARE = 0.6
_MIN_LINES_TO_JUDGE = 2


def is_table_row(line: str) -> bool:
    """Cells joined by " | "; a row whose first cell is empty (merged with the cell above,
    as a delegation's second member under its country) starts with the separator, which
    the line's trimming leaves as "| ": it is a row of its table, not a line of text."""
    return CELL_SEPARATOR in line or line.startswith(CELL_SEPARATOR.lstrip())


def is_table(block: str) -> bool:
    return all(is_table_row(line) for line in block.split("\n"))


def legal_number(line: str) -> re.Match[str] | None:
    """``line`` opens with a legal number ("1.1", "2.3.1.") and words that begin with a capital
    or an opening quote or bracket: "12.5 per cent of …" at the start of a wrapped line is a
    figure. Whether the number is a paragraph's at all is for the parser to say: only the
    number that comes next under the paragraph before is (``parser._legal_next``)."""
    m = _LEGAL_RE.match(line)
    return m if m and (m.group(2)[0].isupper() or m.group(2)[0] in _OPENING_MARKS) else None


def starts_block(line: str) -> bool:
    """True when a line opens a new structural element even without a blank line before it."""
    return bool(
        PARA_RE.match(line)
        or NUMBER_ONLY_RE.match(line)
        or legal_number(line)
        or MARKER_RE.match(line)
        or ROMAN_HEADING_RE.match(line)
        or LETTER_HEADING_RE.match(line)
    )


def clean_line(line: str) -> str:
    line = _SPACES_RE.sub(" ", line.replace("\u00ad", "")).strip()
    line = _MD_HEADING_RE.sub("", line)
    return _EMPHASIS_RE.sub(r"\2", line)


def previous_markers(marker: str) -> list[str]:
    """The markers that come just before this one in any list style: (b) -> (a), (3) -> (2),
    (iv) -> (iii); (i) could follow (h) or start a roman list."""
    found = []
    if marker.isdigit() and int(marker) > 1:
        found.append(str(int(marker) - 1))
    if len(marker) == 1 and marker.isalpha() and marker > "a":
        found.append(chr(ord(marker) - 1))
    if marker in _ROMAN[1:]:
        found.append(_ROMAN[_ROMAN.index(marker) - 1])
    return found


def continues_inline_list(text: str, marker: str) -> bool:
    """True when ``text`` holds, after its start, the marker before ``marker``: an inline
    enumeration "… (1) opening of the meeting; (2) …" whose next marker begins a line. Text
    that is itself a sub-item ("(d) …") is part of a list of lines, not of running text."""
    if MARKER_RE.match(text):
        return False
    return any(text.find(f"({m})", 1) > 0 for m in previous_markers(marker))


def lines_are_paragraphs(lines: list[str]) -> bool:
    """One paragraph a line: few blank lines, and lines that were not wrapped (some longer
    than wrapping allows, or lengths that do not gather under a right margin)."""
    filled = [line for line in lines if line and not is_table_row(line)]
    blanks = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a and not b)
    if not filled or blanks >= _BLANK_SHARE_OF_WRAPPED * len(filled):
        return False
    starts = [line for line in filled if PARA_RE.match(line) or MARKER_RE.match(line)]
    # A line longer than wrapping allows is a paragraph on one line; where paragraphs are
    # numbered, it must be one of them: a PDF reader writes a footnote's text or a table's
    # row on one line inside wrapped text, which says nothing of how the paragraphs are set.
    if any(len(line) > _PARAGRAPH_LINE_CHARS for line in starts or filled):
        return True
    # Wrapping breaks the first line of most paragraphs mid-sentence; a line that holds a
    # whole paragraph ends like one. (Where both readings fit, they give the same blocks.)
    whole = sum(bool(_CLAUSE_END_RE.search(line)) for line in starts)
    return len(starts) >= _MIN_LINES_TO_JUDGE and whole >= _WHOLE_LINE_SHARE * len(starts)


def _inside_sentence(parts: list[str]) -> bool:
    """The current block is a paragraph or item whose last line stops mid-sentence."""
    return bool(parts) and (
        bool(PARA_RE.match(parts[0]) or legal_number(parts[0]) or MARKER_RE.match(parts[0]))
        and not _CLAUSE_END_RE.search(parts[-1])
    )


def _opens_block(parts: list[str], line: str, last_number: int | None) -> bool:
    """Whether ``line`` opens a new block after the lines ``parts`` of the current one."""
    last = parts[-1]
    if _INTRODUCES_RE.search(last):
        return True  # the lines after "… the following officers:" are a list's
    if not starts_block(line):
        return False
    numbered = PARA_RE.match(line) or NUMBER_ONLY_RE.match(line)
    if _inside_sentence(parts) and (
        (numbered and last_number is not None and int(numbered.group(1)) != last_number + 1)
        or legal_number(line)
        or ROMAN_HEADING_RE.match(line)
        or LETTER_HEADING_RE.match(line)
    ):
        # "… held in\n2015. Speakers …", "… set out in annex\nII. The meeting …": a sentence
        # that a line break cut before a number, not a new paragraph or heading.
        return False
    marker = MARKER_RE.match(line)
    # An inline enumeration, or a line broken mid-sentence: the marker is running text.
    return not marker or not (
        not _CLAUSE_END_RE.search(last) or continues_inline_list(" ".join(parts), marker.group(1))
    )


class Block(str):
    """A block's text, as one line (a table: one row a line), that keeps the lines it was
    set in: a list of names without punctuation reads as text but is a list of lines.
    ``marked_heading``: the text marked it a heading itself (Markdown's "### List of
    documents"), which no reading of its words overrides."""

    lines: tuple[str, ...]
    marked_heading: bool

    def __new__(cls, text: str, lines: tuple[str, ...] = (), marked_heading: bool = False) -> Block:
        block = super().__new__(cls, text)
        block.lines = lines or (text,)
        block.marked_heading = marked_heading
        return block


def split_blocks(text: str) -> list[Block]:
    """Blocks in document order, each on one line with whitespace normalised (a table keeps
    one row a line)."""
    raw_lines = text.splitlines()
    marked = [bool(_MD_HEADING_RE.match(raw.strip())) for raw in raw_lines]
    lines = [clean_line(raw) for raw in raw_lines]
    one_per_line = lines_are_paragraphs(lines)
    spellings = Spellings(lines)  # how the document spells a word a line end hyphenates
    blocks: list[Block] = []
    parts: list[str] = []  # the current block's lines
    in_table = False
    pending_number = ""
    last_number: int | None = None

    def flush() -> None:
        nonlocal in_table
        if parts:
            blocks.append(Block(("\n" if in_table else " ").join(parts), tuple(parts)))
        parts.clear()
        in_table = False

    for line, heading in zip(lines, marked, strict=True):
        if not line:
            flush()
            continue
        if heading:
            # A heading the text marks as one is a block of its own, whatever its words.
            flush()
            blocks.append(Block(line, marked_heading=True))
            continue
        if is_table_row(line) and not pending_number:
            if not in_table:
                flush()
            parts.append(line)
            in_table = True
            continue
        if in_table:
            flush()
        if (number_only := NUMBER_ONLY_RE.match(line)) and not (
            # "… in\n2015." ends a sentence; "12." alone opens paragraph 12 (PDF layout).
            _inside_sentence(parts)
            and (last_number is None or int(number_only.group(1)) != last_number + 1)
        ):
            flush()
            if pending_number:
                blocks.append(Block(pending_number))
            pending_number = line
            continue
        if pending_number:
            # A paragraph number set alone on its line (PDF layout) belongs to the next text.
            parts.append(f"{pending_number} {line}")
            last_number, pending_number = int(pending_number[:-1]), ""
            continue
        if parts and (one_per_line or _opens_block(parts, line, last_number)):
            flush()
        if not parts and (numbered := PARA_RE.match(line)):
            last_number = int(numbered.group(1))
        if parts and (joined := join_at_hyphen(parts[-1], line, spellings)) is not None:
            parts[-1] = joined  # "crimi-" + "nal", "non-" + "custodial"
        else:
            parts.append(line)
    flush()
    if pending_number:
        blocks.append(Block(pending_number))
    return blocks
