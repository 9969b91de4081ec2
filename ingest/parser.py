"""Parses a UN document's text into citable units with section paths and metadata."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ingest._blocks import (
    LETTER_HEADING_RE,
    MARKER_RE,
    PARA_RE,
    ROMAN_HEADING_RE,
    split_blocks,
)
from ingest._frontmatter import read_front_matter
from ingest._ids import slugify  # noqa: F401 - re-exported: ids are made in ingest._ids
from ingest._lists import ListTracker
from ingest.errors import NoParagraphsError
from ingest.models import DocumentMeta, ParsedDocument, Unit

_SENTENCE_END = (".", ":", ";", "?", "!", '."', ".”", ".)", ";)")
_CONTINUED_RE = re.compile(r"\s*\((?:continued|cont\.)\)\s*$", re.IGNORECASE)
_HEADING_RANK = {"roman": 1, "letter": 2, "number": 3, "plain": 4}
# A numbered heading can be long (agenda item titles are), but a paragraph that breaks the
# numbering sequence is usually long too; beyond this many words it is taken as a paragraph.
_MAX_HEADING_WORDS = 60
_MAX_PLAIN_HEADING_WORDS = 12


@dataclass
class _State:
    section: list[tuple[int, str]] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    paragraph: Unit | None = None
    last_number: int | None = None
    lists: ListTracker = field(default_factory=ListTracker)

    def path(self) -> list[str]:
        return [title for _, title in self.section]

    def heading(self, rank: int, title: str) -> None:
        title = _CONTINUED_RE.sub("", title).strip()
        self.section = [(r, t) for r, t in self.section if r < rank] + [(rank, title)]
        self.paragraph = None
        self.lists.reset()

    def add(self, unit: Unit) -> Unit:
        unit.order = len(self.units)
        self.units.append(unit)
        return unit


def _is_structural(block: str) -> bool:
    return bool(
        PARA_RE.match(block) or ROMAN_HEADING_RE.match(block) or LETTER_HEADING_RE.match(block)
    )


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _numbered(state: _State, number: int, rest: str) -> None:
    expected = None if state.last_number is None else state.last_number + 1
    words = len(rest.split())
    # Numbering that restarts at 1 right under a heading (an annex) is a paragraph.
    restart = number == 1 and state.paragraph is None and state.section
    is_heading = not _ends_sentence(rest) or (
        expected is not None
        and number != expected
        and not restart
        and words <= _MAX_HEADING_WORDS // 2
    )
    if is_heading and words <= _MAX_HEADING_WORDS:
        state.heading(_HEADING_RANK["number"], f"{number}. {rest}")
        return
    state.last_number = number
    state.lists.reset()
    state.paragraph = state.add(
        Unit(unit_id=str(number), kind="paragraph", text=rest, section=state.path())
    )


def _item(state: _State, marker: str, rest: str) -> None:
    para = state.paragraph
    assert para is not None
    previous = state.units[-1]
    opens = previous.kind == "item" and previous.text.rstrip().endswith(":")
    path = state.lists.place(marker, opens_list=opens)
    unit_id = para.unit_id + "".join(f"({m})" for m in path)
    parent_id = para.unit_id + "".join(f"({m})" for m in path[:-1])
    lead = [para.text]
    if len(path) > 1:
        lead += [u.text for u in state.units if u.unit_id == parent_id]
    state.add(
        Unit(
            unit_id=unit_id,
            kind="item",
            text=rest,
            section=state.path(),
            lead_in="\n".join(t for t in lead if t),
            parent=parent_id,
        )
    )


def _body_block(state: _State, block: str) -> None:
    if m := ROMAN_HEADING_RE.match(block):
        state.heading(_HEADING_RANK["roman"], f"{m.group(1)}. {m.group(2)}")
    elif (m := LETTER_HEADING_RE.match(block)) and not _ends_sentence(block):
        state.heading(_HEADING_RANK["letter"], f"{m.group(1)}. {m.group(2)}")
    elif m := PARA_RE.match(block):
        _numbered(state, int(m.group(1)), m.group(2))
    elif (m := MARKER_RE.match(block)) and state.paragraph is not None:
        _item(state, m.group(1), m.group(2))
    elif len(block.split()) <= _MAX_PLAIN_HEADING_WORDS and not _ends_sentence(block):
        state.heading(_HEADING_RANK["plain"], block)
    elif state.units and state.units[-1].kind != "front":
        # Text that continues the previous unit after a break (a page, a quotation).
        state.units[-1].text = f"{state.units[-1].text} {block}"
    else:
        state.heading(_HEADING_RANK["plain"], block)


def parse_text(text: str, *, doc_id: str, source_file: str = "") -> ParsedDocument:
    """Units in document order: ``front``, numbered paragraphs and their sub-items."""
    blocks = split_blocks(text)
    first = next((i for i, b in enumerate(blocks) if _is_structural(b)), len(blocks))
    front, body = blocks[:first], blocks[first:]
    state = _State()
    if front:
        state.add(Unit(unit_id="front", kind="front", text="\n".join(front)))
    for block in body:
        _body_block(state, block)
    if not any(u.kind == "paragraph" for u in state.units):
        raise NoParagraphsError(source_file or doc_id)
    _deduplicate_ids(state.units)
    meta = DocumentMeta(
        doc_id=doc_id,
        source_file=source_file,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        unit_count=len(state.units),
        **read_front_matter(front),
    )
    if not meta.title:
        meta.title = doc_id
    return ParsedDocument(meta=meta, units=state.units)


def _deduplicate_ids(units: list[Unit]) -> None:
    # Two paragraphs numbered alike (a document that restarts numbering in an annex) must stay
    # separately citable: the later one gets a suffix rather than overwriting the first.
    seen: dict[str, int] = {}
    for unit in units:
        count = seen.get(unit.unit_id, 0)
        seen[unit.unit_id] = count + 1
        if count:
            unit.unit_id = f"{unit.unit_id}~{count + 1}"
