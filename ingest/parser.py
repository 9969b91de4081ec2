"""Parses a UN document's text into citable units with section paths and metadata."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest._blocks import (
    LETTER_HEADING_RE,
    MARKER_RE,
    PARA_RE,
    ROMAN_HEADING_RE,
    Block,
    is_table,
    is_table_row,
    legal_number,
    split_blocks,
)
from ingest._frontmatter import read_front_matter
from ingest._ids import slugify  # noqa: F401 - re-exported: ids are made in ingest._ids
from ingest._listlines import (
    introduces_list,
    is_inline_enumeration,
    looks_like_entry,
    typed_run_goes_on,
)
from ingest._lists import ListTracker
from ingest.errors import NoParagraphsError
from ingest.models import DocumentMeta, ParsedDocument, Unit

_SENTENCE_END = (".", ":", ";", "?", "!", '."', ".”", ".)", ";)")
_CONTINUED_RE = re.compile(r"\s*\((?:continued|cont\.)\)\s*$", re.IGNORECASE)
# "Annex", "Annex II", "Annex II. List of documents", "Annex List of participants" (a Word
# heading whose title follows a line break).
_ANNEX_RE = re.compile(r"^(?:Annex|ANNEX)(?:\s+([IVXL]{1,6}|\d{1,3}|[A-Z]))?(?:\b[\s.:–—-]+\S.*)?$")
_MAX_ANNEX_HEADING_WORDS = 25
# "Annex", "Annex II": an annex heading with no title of its own, which the next line gives.
_BARE_ANNEX_WORDS = 2
_HEADING_RANK = {"annex": 0, "roman": 1, "letter": 2, "number": 3, "plain": 4}
# A numbered heading can be long (agenda item titles are), but a paragraph that breaks the
# numbering sequence is usually long too; beyond this many words it is taken as a paragraph.
_MAX_HEADING_WORDS = 60
_MAX_PLAIN_HEADING_WORDS = 12
_LETTER_RE = re.compile(r"[^\W\d_]")


@dataclass
class _Listing:
    """Lines being added to a unit that introduced them with a colon."""

    unit: Unit
    typed: int | None = None  # the last number of an agenda-style list typed in the text


@dataclass
class _State:
    section: list[tuple[int, str]] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    paragraph: Unit | None = None
    last_number: int | None = None
    # The last number of the legal numbering under way ("1.2" is (1, 2)); a numbered
    # paragraph or heading "3." starts it again at (3,).
    legal: tuple[int, ...] | None = None
    lists: ListTracker = field(default_factory=ListTracker)
    listing: _Listing | None = None
    annex: str | None = None
    tables: int = 0
    items: dict[str, Unit] = field(default_factory=dict)  # sub-items by id, for lead-ins
    annex_list: Unit | None = None  # an annex's list set as lines, while it goes on

    def path(self) -> list[str]:
        return [title for _, title in self.section]

    def heading(self, rank: int, title: str) -> None:
        self.headings.append(title)
        # A table's row that spans it ("Observers | ", a group of participants) heads the
        # rows under it: its name, without the empty cells' separator.
        title = _CONTINUED_RE.sub("", title).strip().removesuffix("|").rstrip()
        self.section = [(r, t) for r, t in self.section if r < rank] + [(rank, title)]
        self.paragraph = None
        self.listing = None
        self.annex_list = None
        self.lists.reset()

    def add(self, unit: Unit) -> Unit:
        unit.order = len(self.units)
        self.units.append(unit)
        self.listing = _Listing(unit) if introduces_list(unit.text) else None
        self.annex_list = None
        return unit

    def extend(self, unit: Unit, text: str, sep: str) -> None:
        unit.text = f"{unit.text}{sep}{text}" if unit.text else text


def _is_structural(block: str) -> bool:
    return not is_table(block) and bool(
        PARA_RE.match(block) or ROMAN_HEADING_RE.match(block) or LETTER_HEADING_RE.match(block)
    )


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _numbered(state: _State, number: int, rest: str, goes_on: bool = False) -> None:
    """``goes_on``: the next block continues this one's sentence."""
    expected = None if state.last_number is None else state.last_number + 1
    words = len(rest.split())
    # Numbering that restarts at 1 right under a heading (an annex) is a paragraph.
    restart = number == 1 and state.paragraph is None and state.section
    # A number below the one expected breaks the sequence: a short sentence numbered so is
    # a heading. A number above it is a paragraph: numbering skips where a document is an
    # extract, an advance version lost a paragraph or a reader missed one, and taken as a
    # heading, every paragraph after the gap was too (the parser still expected the missing
    # number), none of them citable.
    is_heading = (not _ends_sentence(rest) and not goes_on) or (
        expected is not None
        and number < expected
        and not restart
        and words <= _MAX_HEADING_WORDS // 2
    )
    if is_heading and words <= _MAX_HEADING_WORDS:
        state.heading(_HEADING_RANK["number"], f"{number}. {rest}")
        state.legal = (number,)  # "1. Scope" may head "1.1 …", "1.2 …"
        return
    state.last_number = number
    state.legal = (number,)
    state.lists.reset()
    state.paragraph = state.add(
        Unit(unit_id=str(number), kind="paragraph", text=rest, section=state.path())
    )


def _legal_next(state: _State, number: tuple[int, ...]) -> bool:
    """``number`` ("1.2" as (1, 2)) is the one that comes next in the legal numbering under
    way: the first of a new level (1.1 after 1, 1.2.1 after 1.2) or the next of a level
    already open (1.3 after 1.2 or after 1.2.4). Any other is a figure in running text."""
    last = state.legal
    if last is None or number[:-1] != last[: len(number) - 1]:
        return False
    if len(last) == len(number) - 1:
        return number[-1] == 1
    return len(last) >= len(number) and number[-1] == last[len(number) - 1] + 1


def _legal(state: _State, number: tuple[int, ...], rest: str) -> None:
    """A paragraph under legal numbering ("1.1 Requests should …"): citable by its number,
    as a numbered paragraph is. Its sub-items are its own ("1.1(a)")."""
    state.legal = number
    state.lists.reset()
    unit_id = ".".join(map(str, number))
    state.paragraph = state.add(
        Unit(unit_id=unit_id, kind="paragraph", text=rest, section=state.path())
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
    if len(path) > 1 and parent_id in state.items:
        lead.append(state.items[parent_id].text)
    state.items[unit_id] = state.add(
        Unit(
            unit_id=unit_id,
            kind="item",
            text=rest,
            section=state.path(),
            lead_in="\n".join(t for t in lead if t),
            parent=parent_id,
        )
    )


def _table(state: _State, block: str) -> None:
    previous = state.units[-1] if state.units else None
    if state.annex is None and previous is not None and previous.kind != "front":
        # A table in the body outside an annex belongs to the unit before it.
        state.extend(previous, block, "\n")
        return
    state.tables += 1
    state.add(
        Unit(
            # A table before any paragraph of the body is a unit of its own too.
            unit_id=f"{state.annex or 'table'}.{state.tables}",
            kind="table",
            text=block,
            section=state.path(),
        )
    )
    state.listing = None


def _is_annex_list(state: _State, block: Block, upcoming: Iterable[str]) -> bool:
    """In an annex, before any numbered paragraph, lines that end no sentence and head
    nothing: a list of participants or of documents set as lines rather than as a table
    ("Australia", "Claire Fitzgerald-Nguyen, Attorney-General's Department", …). Read as
    headings, each name would be lost to search; read as one unit, the list is citable."""
    if state.annex is None or state.paragraph is not None or _ends_sentence(block):
        return False
    if block.marked_heading:
        return False  # "### List of documents" after the participants heads the next list
    if state.annex_list is not None:
        return True
    # "Annex" alone, then its title ("List of participants"): the title is a heading.
    if (
        state.section
        and state.section[-1][0] == _HEADING_RANK["annex"]
        and len(state.section[-1][1].split()) <= _BARE_ANNEX_WORDS
    ):
        return False
    if len(block.lines) >= 2:
        return True
    # One line is a list's only if another such line follows it; before a paragraph, a
    # table or a numbered heading, it is a heading.
    following = next(iter(upcoming), None)
    return (
        following is not None
        and not is_table(following)
        and not _is_structural(following)
        and not MARKER_RE.match(following)
        and not _ANNEX_RE.match(following)
        and not _ends_sentence(following)
    )


def _numbers_annex_list(state: _State, number: int, block: Block, following: str | None) -> bool:
    """In an annex, before any numbered paragraph, numbered lines that end no sentence and
    follow each other by number ("1. Provisional agenda and annotations (…/L.1)", "2. …"):
    a numbered list of documents, one unit as a list set as lines is. Read one by one, each
    was a heading "1." like a section's, and the list was lost to search and citation. A
    numbered line followed by anything but the next number heads what follows it."""
    if state.annex is None or state.paragraph is not None or _ends_sentence(block):
        return False
    if state.annex_list is not None:
        return state.annex_list.text.rsplit("\n", 1)[-1].startswith(f"{number - 1}. ")
    nxt = PARA_RE.match(following or "")
    return (
        number == 1
        and nxt is not None
        and int(nxt.group(1)) == 2
        and not _ends_sentence(following or "")
    )


def _annex_list(state: _State, block: Block, joined: str = "\n") -> None:
    """Adds ``block`` to the annex's list under way, or starts one: its lines are entries,
    each on a line of its own, or, ``joined`` by a space, one entry set on several lines."""
    lines = joined.join(block.lines)
    if state.annex_list is not None:
        state.extend(state.annex_list, lines, "\n")
        return
    state.tables += 1  # numbered with the annex's tables: it is tabular content too
    unit_id = f"{state.annex}.{state.tables}"
    state.annex_list = state.add(
        Unit(unit_id=unit_id, kind="table", text=lines, section=state.path())
    )


def _list_line(state: _State, block: str, upcoming: Iterable[str]) -> bool:
    """Adds ``block`` to the paragraph that introduced a list, if it is a line of that list."""
    listing = state.listing
    assert listing is not None
    if m := PARA_RE.match(block):
        number = int(m.group(1))
        if listing.typed is None:
            taken = state.last_number is not None and number <= state.last_number
        else:
            taken = number == listing.typed + 1 and (
                state.last_number is None
                or number != state.last_number + 1
                or typed_run_goes_on(upcoming, number)
            )
        if not taken:
            state.listing = None
            return False
        listing.typed = number
    elif MARKER_RE.match(block):
        if listing.typed is None:
            return False  # a sub-item of the paragraph
    elif (
        ROMAN_HEADING_RE.match(block)
        or LETTER_HEADING_RE.match(block)
        or not looks_like_entry(block)
    ):
        state.listing = None  # a heading or new prose ends the list
        return False
    state.extend(listing.unit, block, "\n")
    return True


def _titles_table(state: _State, block: Block, upcoming: Iterable[str]) -> bool:
    """``block`` is the title of a body table that belongs to the paragraph before it: a line
    that ends no sentence, inside a paragraph of the body (not an annex, where a table is a
    unit of its own under its heading), with a table next."""
    if state.annex is not None or state.paragraph is None or _ends_sentence(block):
        return False
    if not state.units or state.units[-1].kind == "front" or len(block.lines) != 1:
        return False
    following = next(iter(upcoming), None)
    return following is not None and is_table(following)


def _body_block(
    state: _State, block: Block, upcoming: Iterable[str], following: str | None = None
) -> None:
    """``following``: the next block (``upcoming`` is read lazily and may be read already)."""
    if is_table(block):
        _table(state, block)
    elif (
        (m := _ANNEX_RE.match(block))
        and len(block.split()) <= _MAX_ANNEX_HEADING_WORDS
        and not block.endswith(".")
    ):
        state.annex = f"annex-{m.group(1)}" if m.group(1) else "annex"
        state.tables = 0
        state.last_number = None
        state.legal = None
        state.heading(_HEADING_RANK["annex"], block)
    elif legal := legal_number(block):
        number = tuple(map(int, legal.group(1).split(".")))
        if _legal_next(state, number):
            _legal(state, number, legal.group(2))
        elif state.units and state.units[-1].kind != "front":
            # Not the number that comes next: a figure or a stray number that began a line
            # ("12.4 Delays were …" after 12.2.1), the text of the unit before, as it was
            # before a legal number could start a block. Never a heading of its own.
            state.extend(state.units[-1], block, " ")
        else:
            state.heading(_HEADING_RANK["plain"], block)
    elif state.listing is not None and _list_line(state, block, upcoming):
        return
    elif m := ROMAN_HEADING_RE.match(block):
        state.heading(_HEADING_RANK["roman"], f"{m.group(1)}. {m.group(2)}")
    elif (m := LETTER_HEADING_RE.match(block)) and not _ends_sentence(block):
        state.heading(_HEADING_RANK["letter"], f"{m.group(1)}. {m.group(2)}")
    elif m := PARA_RE.match(block):
        if _numbers_annex_list(state, int(m.group(1)), block, following):
            _annex_list(state, block, joined=" ")
        else:
            # A numbered block that ends mid-sentence, then a block that goes on with the
            # sentence (in small letters): one paragraph that a reader parted, at a line set
            # a little further down, not a numbered heading and a stray line.
            goes_on = following is not None and following[:1].islower()
            _numbered(state, int(m.group(1)), m.group(2), goes_on)
    elif _is_annex_list(state, block, upcoming):
        _annex_list(state, block)
    elif (m := MARKER_RE.match(block)) and state.paragraph is not None:
        previous = state.units[-1]
        # Running text is a paragraph's; an item's text is itself a line of a list.
        running = previous.text if previous.kind == "paragraph" else ""
        if is_inline_enumeration(m.group(1), block, running):
            state.extend(previous, block, " ")
        else:
            _item(state, m.group(1), m.group(2))
    elif not _LETTER_RE.search(block) and state.units and state.units[-1].kind != "front":
        # Figures alone head nothing: they are the rows of a table the reader could not set
        # in columns ("2022 37 418 24.6"), the text of the unit before them.
        state.extend(state.units[-1], "\n".join(block.lines), "\n")
    elif _titles_table(state, block, upcoming):
        # A line between a paragraph and the table that follows it is the table's title:
        # the table is the paragraph's (``_table``), and so is its title ("Kidnappings for
        # ransom recorded by the police, 2022–2024"). Read as a heading, it was lost to the
        # paragraph and headed every paragraph after it.
        state.extend(state.units[-1], block, "\n")
    elif state.units and state.units[-1].kind != "front" and state.units[-1].text.endswith(":"):
        # What a unit announces with a colon follows it: "… available on the web page of the
        # Congress:" then "www.unodc.org/crimecongress" on a line of its own (a line break in
        # a Word paragraph). Read as a short heading, the address left its paragraph.
        state.extend(state.units[-1], block, " ")
    elif len(block.split()) <= _MAX_PLAIN_HEADING_WORDS and not _ends_sentence(block):
        state.heading(_HEADING_RANK["plain"], block)
    elif (
        state.paragraph is None
        and len(block.split()) <= _MAX_HEADING_WORDS
        and not _ends_sentence(block)
    ):
        # Right under a heading, a line that ends no sentence is a subtitle ("Annex" then
        # "Children in conflict with the law: national figures for 2024"), however long:
        # a heading came between it and the last paragraph, which it cannot continue.
        state.heading(_HEADING_RANK["plain"], block)
    elif (
        state.units
        and _ends_sentence(state.units[-1].text)
        and not _ends_sentence(block)
        and len(block.split()) <= _MAX_HEADING_WORDS // 2
        and following is not None
        and _is_structural(following)
    ):
        # Between a paragraph that ended its sentence and a numbered paragraph or heading, a
        # block that ends no sentence continues nothing: it is a heading too long for the
        # rule above, set on two lines ("Preparations for the Fifteenth United Nations
        # Congress on / Crime Prevention and Criminal Justice"). Read as a continuation, it
        # was merged into the paragraph before it and headed nothing.
        state.heading(_HEADING_RANK["plain"], block)
    elif (
        state.paragraph is not None
        and state.units[-1].kind == "item"
        and _ends_sentence(state.units[-1].text)
        and block[:1].isupper()
    ):
        # A sentence of its own after a paragraph's last sub-item, which ended its list with
        # a full stop, closes the paragraph ("(d) … machinery. / The meeting stressed that
        # such measures …"): it says something of all the items, not more of the last one.
        # On a line of its own: the colon that opened the list ends no sentence, and the
        # closing sentence is no part of the one that opened it.
        state.extend(state.paragraph, block, "\n")
    elif state.annex is not None and state.units and state.units[-1].section != state.path():
        # Prose under an annex's own heading ("Annex II", "Summary by the Chair", then "The
        # Chair recalled …"): a unit of that annex, numbered with its tables and lists. Read
        # as a continuation, it went on the unit before the heading (an earlier annex's list
        # of participants) and was cited as that.
        state.tables += 1
        unit_id = f"{state.annex}.{state.tables}"
        state.add(Unit(unit_id=unit_id, kind="paragraph", text=block, section=state.path()))
    elif state.units and state.units[-1].kind != "front":
        # Text that continues the previous unit after a break (a page, a quotation). After a
        # table's row, on a line of its own: a row is a whole line, and the text (a note
        # ending the paragraph that set out the table) is no cell of it.
        last = state.units[-1]
        sep = "\n" if is_table_row(last.text.rsplit("\n", 1)[-1]) else " "
        state.extend(last, block, sep)
    else:
        state.heading(_HEADING_RANK["plain"], block)


def parse_text(text: str, *, doc_id: str, source_file: str = "") -> ParsedDocument:
    """Units in document order: ``front``, numbered paragraphs, their sub-items and the
    tables of annexes; every word of the text is in one unit or one heading."""
    blocks = split_blocks(text)
    first = next((i for i, b in enumerate(blocks) if _is_structural(b)), len(blocks))
    front, body = blocks[:first], blocks[first:]
    state = _State()
    if front:
        state.add(Unit(unit_id="front", kind="front", text="\n".join(front)))
        state.listing = None
    for i, block in enumerate(body):
        # The blocks after this one, read lazily (only an ambiguous list item looks ahead).
        following = body[i + 1] if i + 1 < len(body) else None
        _body_block(state, block, itertools.islice(body, i + 1, None), following)
    # An annex's unnumbered prose is no numbered paragraph of a report.
    numbered = [u for u in state.units if u.kind == "paragraph" and u.unit_id[:5] != "annex"]
    if not numbered:
        raise NoParagraphsError(source_file or doc_id)
    _deduplicate_ids(state.units)
    meta = DocumentMeta(
        doc_id=doc_id,
        source_file=source_file,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        unit_count=len(state.units),
        **read_front_matter(front, text),
    )
    if not meta.title:
        meta.title = doc_id
    return ParsedDocument(meta=meta, units=state.units, headings=state.headings)


def _deduplicate_ids(units: list[Unit]) -> None:
    # Two paragraphs numbered alike (a document that restarts numbering in an annex) must stay
    # separately citable: the later one gets a suffix rather than overwriting the first.
    seen: dict[str, int] = {}
    for unit in units:
        count = seen.get(unit.unit_id, 0)
        seen[unit.unit_id] = count + 1
        if count:
            unit.unit_id = f"{unit.unit_id}~{count + 1}"
