"""Markdown to the plain text the parser reads: markup that carries no words goes (links keep
their text, escapes their character, emphasis its words even when it runs over several lines,
tables become rows of cells joined by " | "); a footnote's text ends the paragraph that calls
it, as in a page-by-page export (``_paged_text.py``); headings are cleaned line by line with
every other format's text."""

from __future__ import annotations

import re

# A pandoc attribute block, "{#_Toc190412 .anchor}", "{.underline}", "{width="6.5in"}": ids,
# classes and key=value pairs only (pandoc's grammar), so that braces holding words ("{see
# below}", "{1, 2}") are never taken for one. Pandoc writes them from Word's bookmarks,
# underlining, images and heading ids; they are markup and no word of the document.
# Tokens are parted by spaces, so that "#a.b" reads one way only (an id) and a brace left
# open costs no backtracking.
_ATTRIBUTE = r"(?:#[\w:.-]+|\.[\w-]+|-|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s\"'{}]+))"
_ATTRIBUTES = rf"\{{\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}}"
# Bracket classes exclude the opening bracket too, so that a long run of "[" stays linear.
_IMAGE_RE = re.compile(rf"!\[([^\[\]]*)\]\([^()]*\)(?:{_ATTRIBUTES})?")
_LINK_RE = re.compile(rf"\[([^\[\]]+)\]\([^()]*\)(?:{_ATTRIBUTES})?")
# A bracketed span, "[Willemstad]{.underline}" or the empty bookmark "[]{#_Ref190 .anchor}":
# its text is the document's, over the lines of one paragraph; escaped brackets are text.
_SPAN_RE = re.compile(rf"(?<!\\)\[((?:(?!\n[ \t]*\n)[^\[\]])*)(?<!\\)\]{_ATTRIBUTES}")
# A heading's own attributes end its line: "## Annex {#annex .unnumbered}", and the text line
# of a setext heading, "I. Introduction {#i-introduction}".
_HEADING_ATTRIBUTES_RE = re.compile(rf"[ \t]+{_ATTRIBUTES}[ \t]*$")
_ATX_RE = re.compile(r"^\s{0,3}#{1,6}\s")
_REFERENCE_RE = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s+\S+.*$")
# A reference-style link, "[meeting page][site]" or "[site][]": its text is the words; the
# label only names the address defined elsewhere (and is no word of the document).
_REFERENCE_LINK_RE = re.compile(r"\[([^\[\]]+)\]\[([^\[\]]*)\]")
# Any ASCII punctuation may be escaped (CommonMark); pandoc writes "US\\$1,500", "2025\\*".
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
# A backslash that ends a line is a hard line break (pandoc's, for an officers' list).
_HARD_BREAK_RE = re.compile(r"(?<!\\)\\$")
# A footnote's definition, "[^2]: Ministry of the Interior …", its later lines indented; and
# the mark that calls it, "2023,[^2]".
_NOTE_RE = re.compile(r"^\s{0,3}\[\^([^\]\s]+)\]:\s?(.*)$")
_NOTE_MARK_RE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
_NOTE_GOES_ON_RE = re.compile(r"^(?: {4}|\t)\S")
# Emphasis (*x*, **x**, _x_) over one paragraph's lines, never over a blank line; an escaped
# or word-internal star or underscore is no delimiter.
_EMPHASIS_RE = re.compile(
    r"(?<![\w*\\])(\*{1,3}|_{1,3})(?=\S)((?:(?!\n[ \t]*\n)[^*_])+?)(?<=[^\s\\])\1(?![\w*])"
)
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")
_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_BULLET_RE = re.compile(r"^(\s*)(?:[-*+]|>+)\s+")
# A setext heading's underline, and a line no such underline can make a heading (a list item).
_SETEXT_RE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
# Raw HTML in Markdown (CommonMark allows it): a tag is markup, its text is the document's;
# <br> is a line break; a script or style holds no words of the document.
_RAW_CODE_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


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


def _notes(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The lines without footnote definitions, and each footnote's text by its label."""
    body: list[str] = []
    notes: dict[str, str] = {}
    label = None
    for i, line in enumerate(lines):
        if m := _NOTE_RE.match(line):
            label = m.group(1)
            notes[label] = m.group(2).strip()
            continue
        if label is not None:
            # A note goes on over its indented lines, and over a blank line before one.
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if _NOTE_GOES_ON_RE.match(line) or (
                not line.strip() and _NOTE_GOES_ON_RE.match(following)
            ):
                notes[label] = f"{notes[label]} {line.strip()}".strip()
                continue
            label = None
        body.append(line)
    return body, notes


def _without_html(text: str) -> str:
    """The text without raw HTML tags: read as text, "<div align=\"center\">", "<br>" and
    "<sup>1</sup>" put words such as "div", "br" and "sup" into the units."""
    text = _BR_RE.sub("\n", _RAW_CODE_RE.sub("", text))
    return _TAG_RE.sub("", text)


# An item of an ordered list at the margin (up to three spaces in): its number and delimiter.
_ORDERED_RE = re.compile(r"^(\s{0,3})(\d{1,9})([.)])(?=\s)")
# Two items of one number follow each other in reports as written (the bundled report's
# paragraph 1, then its sub-heading "1. Advancing …"); three or more in one list are the
# lazy way of writing a list.
_LAZY_ITEMS = 3


def _as_rendered(lines: list[str]) -> list[str]:
    """Lines with each ordered list's numbers as CommonMark renders them. A list written the
    lazy way ("1." before every item) shows 1, 2, 3 from its first item's number; read as
    written, the second "1." was a heading and the paragraph numbers were lost. A list whose
    numbers differ keeps them as written (a gap in them is the document's: an extract). An
    item's ")" ("1)") is rendered as an ordered list's number is, "1.": read as written, no
    paragraph was numbered and the file was refused."""
    out = list(lines)
    for items in _lists(lines):
        numbers = {number for _, number in items}
        lazy = len(items) >= _LAZY_ITEMS and len(numbers) == 1
        first = int(items[0][1])
        for k, (i, number) in enumerate(items):
            shown = first + k if lazy else int(number)
            out[i] = _ORDERED_RE.sub(lambda m, n=shown: f"{m.group(1)}{n}.", lines[i])
    return out


def _lists(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Each ordered list's items, as their line's index and number: a list runs on over its
    items' lines and blank lines, and ends at a line at the margin that is no item of it (a
    heading, a paragraph after a blank line), at a fence, or at an item with the other
    delimiter."""
    lists: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    delimiter = ""
    fenced = blank = False
    for i, line in enumerate(lines):
        if _FENCE_RE.match(line):
            fenced = not fenced
        m = None if fenced else _ORDERED_RE.match(line)
        if m and (not current or m.group(3) == delimiter):
            current.append((i, m.group(2)))
            delimiter, blank = m.group(3), False
            continue
        at_margin = line[:1].strip() != ""
        if current and (fenced or m or (at_margin and (blank or line.lstrip().startswith("#")))):
            lists.append(current)
            current = [(i, m.group(2))] if m else []
            delimiter = m.group(3) if m else ""
        blank = not line.strip()
    if current:
        lists.append(current)
    return lists


def markdown_text(text: str) -> str:
    text = _without_html(_without_comments(text))
    lines, notes = _notes(text.splitlines())
    lines = _as_rendered(lines)
    defined = {m.group(1).casefold() for line in lines if (m := _REFERENCE_RE.match(line))}

    def linked(m: re.Match[str]) -> str:
        label = (m.group(2) or m.group(1)).casefold()
        return m.group(1) if label in defined else m.group(0)

    out: list[str] = []
    called: list[str] = []  # notes called in the paragraph being read, for its end
    ever_called: set[str] = set()

    def end_paragraph() -> None:
        last = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
        if called and last is not None:
            out[last] = f"{out[last].rstrip()} {' '.join(notes[n] for n in called)}"
        called.clear()

    for i, line in enumerate(lines):
        if _FENCE_RE.match(line) or _REFERENCE_RE.match(line):
            continue
        if not line.strip():
            end_paragraph()
        for label in _NOTE_MARK_RE.findall(line):
            if label in notes and label not in called:
                called.append(label)
            ever_called.add(label)
        line = _NOTE_MARK_RE.sub(lambda m: "" if m.group(1) in notes else m.group(0), line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if "|" in line and (_is_separator(following) or (out and " | " in out[-1])):
            if not _is_separator(line):
                out.append(_cells(line))
            continue
        if _is_separator(line) and "|" in line:
            continue
        if _RULE_RE.match(line):
            previous = lines[i - 1] if i else ""
            before = lines[i - 2] if i > 1 else ""
            if (
                _SETEXT_RE.match(line)
                and out
                and out[-1].strip()
                and not before.strip()
                and not _LIST_ITEM_RE.match(previous)
            ):
                # A setext heading ("List of documents" underlined): marked as the "## …" it
                # stands for, which no reading of its words overrides. Left unmarked, a
                # heading after an annex's list of names was read as one more name.
                out[-1] = f"## {out[-1].strip()}"
            end_paragraph()
            out.append("")  # a rule or a heading underline separates blocks
            continue
        if _ATX_RE.match(line) or _SETEXT_RE.match(following):
            line = _HEADING_ATTRIBUTES_RE.sub("", line)
        line = _HARD_BREAK_RE.sub("", _BULLET_RE.sub(r"\1", line))
        line = _REFERENCE_LINK_RE.sub(linked, line)
        out.append(_LINK_RE.sub(r"\1", _IMAGE_RE.sub(r"\1", line)))
    end_paragraph()
    # A note no paragraph calls is kept, at the end: no text is lost.
    uncalled = [text for label, text in notes.items() if label not in ever_called]
    out.extend(["", *uncalled] if uncalled else [])
    text = _SPAN_RE.sub(r"\1", "\n".join(out))
    return _ESCAPE_RE.sub(r"\1", _EMPHASIS_RE.sub(r"\2", text))
