"""Lists that stay inside a paragraph's text.

A paragraph that ends with a colon often introduces lines that are not paragraphs of their
own: an agenda or programme typed as "1. Opening of the meeting." (numbering that restarts is a
list, not new paragraphs), officers ("Chair: Ms. X (Austria)"), documents
("A/CONF.999/L.1 Provisional agenda"). Inline enumerations ("(1) …; (2) …") belong to the
running text even when a line break puts a marker at the start of a line."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest._blocks import MARKER_RE, PARA_RE, continues_inline_list
from ingest._frontmatter import SYMBOL_RE

_INTRO_END_RE = re.compile(r":[\"'”’)\]]*$")
_ENTRY_RES = [
    re.compile(r"^[^\W\d][^:]{0,40}:\s+\S"),  # Chair: Ms. X
    re.compile(r"^[^\W\d][^:]{0,40}:$"),  # a label whose value is on the next line
    re.compile(r"\([^()]{2,80}\)[.;,]?$"),  # Ms. X (Austria)
    re.compile(r"^(?:Mr|Ms|Mrs|Mme|Dr|Prof|H\.\s?E)\.\s"),
    re.compile(r"[;,]$|;\s+(?:and|or)$"),
    re.compile(r"^[•●◦▪‣∙·–—*-]\s+\S"),  # a bulleted line, as "Save as text" writes it
]
_FIRST_MARKERS = {"1", "a", "i"}


def introduces_list(text: str) -> bool:
    return bool(_INTRO_END_RE.search(text.rstrip()))


def looks_like_entry(block: str) -> bool:
    """A line of an officers' or documents' list rather than a heading or new prose."""
    return bool(SYMBOL_RE.match(block)) or any(r.search(block) for r in _ENTRY_RES)


def is_inline_enumeration(marker: str, text: str, previous: str) -> bool:
    """A marker block that is part of an enumeration in running text: the previous unit holds
    the marker before it inline, or the block opens a list it carries on inline itself
    ("(1) opening of the meeting; (2) election of officers; …")."""
    if continues_inline_list(previous, marker):
        return True
    if marker not in _FIRST_MARKERS:
        return False
    following = {str(int(marker) + 1)} if marker.isdigit() else {"b", "ii"}
    return any(f"({m})" in text for m in following)


def typed_run_goes_on(upcoming: Iterable[str], number: int) -> bool:
    """At a typed list item numbered like the next paragraph: does the list go on?

    Paragraph numbers never repeat, so if the run of consecutive numbers from here is
    followed by this number again, that later block is the paragraph and the run is the list."""
    expected = number + 1
    for block in upcoming:
        m = PARA_RE.match(block)
        if not m:
            continue
        found = int(m.group(1))
        if found == expected:
            expected += 1
            continue
        return found == number
    return False


def marker_of(block: str) -> str | None:
    m = MARKER_RE.match(block)
    return m.group(1) if m else None
