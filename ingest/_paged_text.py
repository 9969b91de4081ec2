"""Text exported from a PDF page by page (``pdftotext``, ``pdftotext -layout``): pages are
separated by form feeds, and the page's furniture, its footnotes and its breaks are still in the
text. Read as a PDF is read: running headers and footers, page numbers and the job number go;
a footnote's mark goes and its text ends the paragraph that called it; a paragraph the page
broke goes on across the break; a table set in columns of spaces is read as one
(``_text_tables``)."""

from __future__ import annotations

import re
from collections import Counter

from ingest._blocks import clean_line, starts_block
from ingest._furniture import SENTENCE_END_RE, page_or_job, recurrence_key
from ingest._text_tables import with_layout_tables

# A footnote at a page's foot: its number, then its text ("   3 Figures provided by …").
_NOTE_START_RE = re.compile(r"^(\d{1,3})\s+(\S.*)$")
# The short rule a UN page prints above its footnotes, exported as a line of underscores.
_NOTE_RULE_RE = re.compile(r"^_{5,}$")
# A footnote mark exported as plain digits, glued to the word or the punctuation it follows:
# "Crime.1", "2024,2", "children3". (Two letters before it: "G20", "H5N1" are names.)
_MARK_RE = re.compile(r"(?<=[^\W\d_]{2}|[^\W\d_][.,;:)”’\"]|\d,)(\d{1,3})(?=[\s.,;:)”’]|$)")


def paged_text(pages: list[str]) -> str:
    """The pages' text as one document, without furniture, with notes after their paragraphs."""
    bodies = _drop_furniture([page.split("\n") for page in pages])
    lines: list[str] = []
    called_at: list[tuple[int, str]] = []  # the line of a mark whose note was found, the note
    waiting: dict[str, int] = {}  # a mark called whose note no page has given yet: its line
    for body in bodies:
        body, notes = _foot_notes(body, _marks(body) | set(waiting))
        while body and not body[0].strip():
            body = body[1:]
        while body and not body[-1].strip():
            body = body[:-1]
        if lines and body and SENTENCE_END_RE.search(lines[-1].rstrip()):
            lines.append("")  # a page that ended a paragraph: the next starts a new block
        start = len(lines)
        lines.extend(body)
        for offset, line in enumerate(body):
            for number in _marks([line]):
                waiting.setdefault(number, start + offset)
        for number, text in notes.items():
            at = waiting.pop(number)
            lines[at] = _drop_mark(lines[at], number)
            called_at.append((at, text))
    # Where a paragraph ends is known once the pages after its mark's are joined.
    notes_after: dict[int, list[str]] = {}
    for at, text in called_at:
        notes_after.setdefault(_paragraph_end(lines, at), []).append(text)
    # Inserted from the end so that earlier indexes stay right.
    for at in sorted(notes_after, reverse=True):
        lines[at + 1 : at + 1] = notes_after[at]
    return "\n".join(with_layout_tables(lines))


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Lines that recur at the top or bottom of pages are running headers and footers; a page
    number or the job number at a page's edge is furniture too, even on the first page."""

    def edges(lines: list[str]) -> list[str]:
        # A paragraph number alone at a page edge ("4.") recurs too, but is content.
        filled = [line.strip() for line in lines if line.strip() and not starts_block(line.strip())]
        return filled[:2] + filled[-2:]

    counts = Counter(k for lines in pages for k in {recurrence_key(x) for x in edges(lines)})
    recurring = {k for k, n in counts.items() if n >= 2}
    kept: list[list[str]] = []
    for number, lines in enumerate(pages):
        margin = set(edges(lines))
        kept.append(
            [
                line
                for line in lines
                if not (
                    line.strip() in margin
                    and (
                        page_or_job(line.strip())
                        # The first page's masthead holds the symbol the later pages' running
                        # header repeats: there it is the document's own.
                        or (recurrence_key(line) in recurring and number > 0)
                    )
                )
            ]
        )
    while kept and not any(line.strip() for line in kept[-1]):
        kept.pop()
    return kept


def _marks(lines: list[str]) -> set[str]:
    return {m.group(1) for line in lines for m in _mark_matches(line)}


def _mark_matches(line: str) -> list[re.Match[str]]:
    # After a digit and a comma, three digits are a thousands group ("1,384"), not a mark.
    return [
        m
        for m in _MARK_RE.finditer(line)
        if not (line[m.start() - 1] == "," and line[m.start() - 2].isdigit() and len(m[1]) == 3)
    ]


def _drop_mark(line: str, number: str) -> str:
    for m in _mark_matches(line):
        if m.group(1) == number:
            return line[: m.start()] + line[m.end() :]
    return line


def _foot_notes(lines: list[str], called: set[str]) -> tuple[list[str], dict[str, str]]:
    """The notes at a page's foot: the last runs of lines, set apart by a blank line, whose
    first line starts with the number of a mark called on this page or an earlier one. Returns
    the page's other lines and the notes' texts by number."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    notes: dict[str, str] = {}
    while True:
        start = end
        while start and lines[start - 1].strip():
            start -= 1
        run = [clean_line(line) for line in lines[start:end]]
        # The rule above the notes is no text of the page's: the notes start after it,
        # whether a blank line sets it apart or not.
        rule = max((i for i, text in enumerate(run) if _NOTE_RULE_RE.match(text)), default=-1)
        if rule >= 0 and rule + 1 < len(run) and _NOTE_START_RE.match(run[rule + 1]):
            ruled = _notes_in(run[rule + 1 :], called, notes)
            if ruled:
                notes = ruled | notes
                end = start + rule
                break
        first = _NOTE_START_RE.match(run[0]) if start and run else None
        if first is None or first[1] not in called or first[1] in notes:
            break
        notes = _notes_in(run, called, notes) | notes  # the run above comes first
        end = start
        while end and not lines[end - 1].strip():
            end -= 1
    # A rule left alone above the notes found goes with them.
    while notes and end and _NOTE_RULE_RE.match(clean_line(lines[end - 1])):
        end -= 1
        while end and not lines[end - 1].strip():
            end -= 1
    return (lines[:end], notes) if notes else (lines, {})


def _notes_in(run: list[str], called: set[str], taken: dict[str, str]) -> dict[str, str]:
    """The notes a run of lines holds, by number, when its first line opens one called (and
    not ``taken``); a line that opens none goes on the note before it. {} when it opens none."""
    first = _NOTE_START_RE.match(run[0]) if run else None
    if first is None or first[1] not in called or first[1] in taken:
        return {}
    found: dict[str, str] = {}
    number = ""
    for text in run:
        m = _NOTE_START_RE.match(text)
        if m and m[1] in called and m[1] not in taken and m[1] not in found:
            number = m[1]
            found[number] = m[2]
        else:
            found[number] += " " + text
    return found


def _paragraph_end(lines: list[str], at: int) -> int:
    """The last line of the paragraph that line ``at`` is in: the line before a blank one, before
    one that opens a block ("12. …", "(b) …", "B. …"), or before a line set further left after
    a sentence's end (a heading)."""
    end = at
    while end + 1 < len(lines):
        line, following = lines[end], lines[end + 1]
        if not following.strip() or starts_block(clean_line(following)):
            break
        if SENTENCE_END_RE.search(line.rstrip()) and _indent(following) < _indent(line):
            break
        end += 1
    return end


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
