"""Word (.docx) text for UN documents, in reading order.

UN Word files put the masthead (in the body or in the first page's header) and the contents
page in tables, number paragraphs automatically (the number lives in the list definition, not
in the text) and close with annex tables. The reader walks the first page's header and the
body in order, rebuilds automatic numbers, writes tables as rows of cells joined by " | ",
and leaves out the contents table (page furniture)."""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Callable, Collection, Iterator
from typing import NamedTuple

from ingest.errors import NotTextError

_CONTENTS_RE = re.compile(r"^(?:table of )?contents$", re.IGNORECASE)
_PAGE_RE = re.compile(r"^\d{1,4}$")
# A cell that holds only a paragraph's number or an item's marker ("12.", "(b)", "(iv)").
_LABEL_CELL_RE = re.compile(r"^(?:\d{1,4}\.|\((?:[a-z]{1,2}|[ivxl]{1,6})\))$")
# A level's text that is its own counter and a full stop or a closing bracket ("%2.", "%3)").
_BARE_MARKER_RE = re.compile(r"^%\d[.)]$")
_ROMAN = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]  # fmt: skip


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def format_counter(n: int, fmt: str) -> str | None:
    """A counter as Word shows it; None for bullets (no word to show)."""
    if fmt == "bullet":
        return None
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Level(NamedTuple):
    """One level of a Word list (``w:lvl``): the number it starts at, its number format, its
    text ("%1.", "(%2)") and its ``w:lvlRestart`` (``None`` where it has none)."""

    start: int
    fmt: str
    text: str
    restart: int | None = None


def _level(lvl, overriding: bool = False) -> _Level:  # noqa: ANN001 - lxml element
    """``overriding``: the level replaces an abstract list's for one list
    (``w:lvlOverride``); Word ignores a ``w:lvlRestart`` there (MS-OI29500 on ECMA-376
    §17.9.11), and so does the reader."""
    restart = None if overriding else _val(lvl, "w:lvlRestart")
    return _Level(
        int(_val(lvl, "w:start") or 1),
        _val(lvl, "w:numFmt") or "decimal",
        _val(lvl, "w:lvlText") or "",
        int(restart) if restart is not None and restart.isdigit() else None,
    )


def _restarts(level: _Level | None, index: int, used: int) -> bool:
    """Whether the count of level ``index`` starts again when a paragraph is numbered at
    level ``used``, above it. ``w:lvlRestart`` (ECMA-376 §17.9.11) names, one-based, the
    level whose use restarts it; 0, none: paragraph numbers that run on through a list's
    chapter headings ("I.", then 1-5; "II.", then 6-9). Where it is absent, or names a level
    not above this one (the standard says to ignore it then), any level above restarts it.
    As Word does, a level above the one named restarts it too (MS-OI29500 on §17.9.11)."""
    restart = level.restart if level is not None else None
    if restart is None or restart - 1 >= index:
        return True
    return restart > 0 and used <= restart - 1


class _Numbering:
    """Word's list counters: one per abstract list, shared by the lists that use it; a list
    that overrides its start counts on its own."""

    def __init__(self, document) -> None:  # noqa: ANN001 - python-docx Document
        self.levels: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        # A list's own levels, which replace its abstract list's (``w:lvlOverride/w:lvl``,
        # ECMA-376 §17.9.8): Word writes one when part of a list changes format, "(i)" for
        # one paragraph's items under a list whose items are "(a)". Read with the abstract
        # list's level, they were (a), (b), and the items' ids were wrong.
        self.own_levels: dict[str, dict[int, _Level]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        self.links: dict[str, str] = {}  # abstract list -> the one its list style uses
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        for abstract in root.iterchildren(_qn("w:abstractNum")):
            levels = {
                int(lvl.get(_qn("w:ilvl"), "0")): _level(lvl)
                for lvl in abstract.iterchildren(_qn("w:lvl"))
            }
            self.levels[abstract.get(_qn("w:abstractNumId"))] = levels
        for num in root.iterchildren(_qn("w:num")):
            overrides, own = {}, {}
            for override in num.iterchildren(_qn("w:lvlOverride")):
                ilvl = int(override.get(_qn("w:ilvl"), "0"))
                start = _val(override, "w:startOverride")
                if start is not None:
                    overrides[ilvl] = int(start)
                if (lvl := override.find(_qn("w:lvl"))) is not None:
                    own[ilvl] = _level(lvl, overriding=True)
            num_id = num.get(_qn("w:numId"))
            self.nums[num_id] = (_val(num, "w:abstractNumId") or "", overrides)
            self.own_levels[num_id] = own
        # A list that uses a list style ("Define New List Style", a template's multilevel
        # list) has no levels of its own: its abstract list names the style
        # (``w:numStyleLink``), and the style's list holds the levels and the counter. Read
        # without it, every number of such a list was lost, and with them the paragraphs.
        styles = {
            style.get(_qn("w:styleId")): style
            for style in document.styles.element.iterchildren(_qn("w:style"))
            if style.get(_qn("w:type")) == "numbering"
        }
        for abstract in root.iterchildren(_qn("w:abstractNum")):
            link = _val(abstract, "w:numStyleLink")
            style = styles.get(link) if link else None
            num_pr = style.find(f"{_qn('w:pPr')}/{_qn('w:numPr')}") if style is not None else None
            num_id = _val(num_pr, "w:numId") if num_pr is not None else None
            if num_id in self.nums:
                self.links[abstract.get(_qn("w:abstractNumId"))] = self.nums[num_id][0]

    def label(self, num_id: str, ilvl: int) -> str | None:
        if num_id not in self.nums:
            return None
        abstract, overrides = self.nums[num_id]
        abstract = self.links.get(abstract, abstract)
        levels = {**self.levels.get(abstract, {}), **self.own_levels.get(num_id, {})}
        if ilvl not in levels:
            return None
        # Lists that override their start count on their own; the others share the abstract
        # list's counter (Word continues numbering across them).
        counters = self.counters.setdefault(f"num:{num_id}" if overrides else abstract, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for level, start in overrides.items():
                counters[level] = start - 1
        start = levels[ilvl].start
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl and _restarts(levels.get(k), k, ilvl)]:
            del counters[deeper]
        fmt, text = levels[ilvl].fmt, levels[ilvl].text
        if format_counter(1, fmt) is None:
            return None

        def shown(m: re.Match[str]) -> str:
            index = int(m.group(1)) - 1
            level = levels.get(index, _Level(1, "decimal", ""))
            return format_counter(counters.get(index, level.start), level.fmt) or ""

        label = re.sub(r"%(\d)", shown, text).strip()
        if fmt in ("lowerLetter", "lowerRoman") and _BARE_MARKER_RE.match(text.strip()):
            # A sub-level written "a." or "a)" (templates other than the Congress's): the
            # marker is the item's, written "(a)" as the parser and citations know it. Read
            # as "a. Strengthen …", each item was merged into the paragraph before it.
            return f"({label[:-1]})"
        return label

    def of(self, paragraph) -> str | None:  # noqa: ANN001 - python-docx Paragraph
        """The list number a paragraph shows, if it has one."""
        num = _num_pr(paragraph)
        return self.label(*num) if num else None


def _val(element, tag: str) -> str | None:  # noqa: ANN001 - lxml element
    child = element.find(_qn(tag))
    return None if child is None else child.get(_qn("w:val"))


def _num_pr(paragraph) -> tuple[str, int] | None:  # noqa: ANN001 - python-docx Paragraph
    """The list a paragraph belongs to: set on the paragraph, or on its style or the styles
    that style is based on."""
    num_id, ilvl = None, None
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        num_id = _val(p_pr.numPr, "w:numId")
        ilvl = _val(p_pr.numPr, "w:ilvl")
    style = paragraph.style if num_id is None or ilvl is None else None
    while style is not None and (num_id is None or ilvl is None):
        s_pr = style.element.pPr
        if s_pr is not None and s_pr.numPr is not None:
            num_id = num_id or _val(s_pr.numPr, "w:numId")
            ilvl = ilvl or _val(s_pr.numPr, "w:ilvl")
        style = style.base_style
    if num_id in (None, "0"):
        return None
    return num_id, int(ilvl or 0)


def _runs_text(element, skip: Collection = ()) -> str:  # noqa: ANN001 - lxml element
    """Visible text of an element: text, tabs and breaks, inserted but not deleted text, one
    copy of alternate content; not the elements in ``skip``, nor fields' instructions."""
    return _visible(element, {*skip, *_instruction_runs(element)})


def _instruction_runs(element) -> list:  # noqa: ANN001 - lxml element
    """The runs between a field's begin and its separator: its instruction, which Word does
    not show. w:instrText is skipped by itself, but a field nested in the instruction (an IF
    whose condition reads a DOCPROPERTY) keeps its result in plain runs; Word shows only the
    outer field's result, and reading both doubled the text."""
    hidden, fields = [], []  # fields: True while in a field's instruction
    for run in element.iter(_qn("w:r")):
        char = run.find(_qn("w:fldChar"))
        kind = None if char is None else char.get(_qn("w:fldCharType"))
        if kind == "begin":
            fields.append(True)
        elif kind == "separate" and fields:
            fields[-1] = False
        elif kind == "end" and fields:
            fields.pop()
        elif any(fields):
            hidden.append(run)
    return hidden


def _visible(element, skip: Collection) -> str:  # noqa: ANN001 - lxml element
    out: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if child in skip:
            continue
        if tag == _qn("w:t"):
            out.append(child.text or "")
        elif tag in (_qn("w:tab"), _qn("w:ptab")):
            # An absolute-position tab (w:ptab, "right-align at the margin") parts words as a
            # tab does: "seizures<ptab/>regularly" was read as one word.
            out.append(" ")
        elif tag in (_qn("w:br"), _qn("w:cr")):
            out.append("\n")
        elif tag == _qn("w:noBreakHyphen"):
            out.append("-")
        elif tag == _qn("w:sym"):
            out.append(_symbol(child))
        elif tag == _qn("w:p"):
            out.append("\n" + _visible(child, skip) + "\n")
        elif tag in _hidden() or tag.endswith("}Fallback"):
            continue
        elif isinstance(tag, str):
            out.append(_visible(child, skip))
    return "".join(out)


# The Symbol font's Greek letters (codes 0x41-0x5A, 0x61-0x7A) and its signs met in reports.
_SYMBOL_FONT = {
    **dict(zip(range(0x41, 0x5B), "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ", strict=True)),
    **dict(zip(range(0x61, 0x7B), "αβχδεφγηιϕκλμνοπθρστυϖωξψζ", strict=True)),
}
_SYMBOL_FONT.update({0xA3: "≤", 0xA5: "∞", 0xAE: "→", 0xB0: "°", 0xB1: "±", 0xB3: "≥",
                     0xB4: "×", 0xB7: "•", 0xB8: "÷", 0xB9: "≠"})  # fmt: skip


def _symbol(sym) -> str:  # noqa: ANN001 - lxml element
    """A character inserted from a symbol font (w:sym): its code is in the font's private
    range (0xF000 + the font's code). Dropped, it ran the words beside it together ("12±2"
    read "122"). The Symbol font's letters and signs are written as Unicode; another font's
    private character (a Wingdings tick) parts the words beside it, as a space does."""
    try:
        code = int(sym.get(_qn("w:char")) or "", 16)
    except ValueError:
        return " "
    if not 0xF000 <= code <= 0xF0FF:
        return chr(code)
    if (sym.get(_qn("w:font")) or "").lower() == "symbol":
        return _SYMBOL_FONT.get(code - 0xF000, " ")
    return " "


# Deleted text, and text a tracked move took away (w:moveFrom keeps it in w:t; it is read
# where it was moved to, in w:moveTo, and was read twice).
_REMOVED = ("w:del", "w:moveFrom")


@functools.cache
def _hidden() -> frozenset[str]:
    return frozenset(_qn(t) for t in (*_REMOVED, "w:pPr", "w:rPr", "w:instrText"))


def _cell_text(tc, notes: dict, number: Callable | None = None) -> str:  # noqa: ANN001
    # The notes a cell calls end its text, as they end a paragraph's (an annex table's
    # "Figures reported by 14 States only." was lost).
    labels = {p: number(p) for p in tc.iterchildren(_qn("w:p"))} if number else {}
    if not any(labels.values()):
        return " ".join([*_runs_text(tc).split(), *_noted(tc, notes)])
    # A paragraph in a cell numbered by a list (the body's own, in a table that sets numbered
    # paragraphs beside their text) shows its number there and counts on the list: its
    # number was lost, and every paragraph after the table was numbered one too low.
    words = []
    for child in tc.iterchildren():
        words += [*filter(None, [labels.get(child)]), *_runs_text(child).split()]
    return " ".join([*words, *_noted(tc, notes)])


def _table_block(rows: list[list[str]]) -> str:
    """A table's block: a line per row, its cells parted by " | "."""
    return "\n".join(" | ".join(cells) for cells in rows)


def _wrapped(parent, tag: str) -> Iterator:  # noqa: ANN001 - lxml element
    """The ``tag`` children of a table or row, also those a content control (a repeating
    section's rows) or custom XML wraps: they were lost."""
    for child in parent.iterchildren():
        if child.tag == _qn(tag):
            yield child
        elif child.tag == _qn("w:sdt"):
            content = child.find(_qn("w:sdtContent"))
            if content is not None:
                yield from _wrapped(content, tag)
        elif child.tag == _qn("w:customXml"):
            yield from _wrapped(child, tag)


def _table_rows(tbl, notes: dict, number: Callable | None = None) -> list[list[str]]:  # noqa: ANN001
    """``number``: a cell paragraph's list number, if it has one."""
    rows = []
    for tr in _wrapped(tbl, "w:tr"):
        cells = []
        for tc in _wrapped(tr, "w:tc"):
            # A cell merged with the one above repeats nothing: its text is written there.
            cells.append("" if tc.vMerge == "continue" else _cell_text(tc, notes, number))
            # A cell spanning columns of the grid leaves them empty, as a reader sees them:
            # every row keeps the table's columns ("DNA profiles held | " over "2023 | 2024").
            cells += [""] * (tc.grid_span - 1)
        if any(cells):
            rows.append(cells)
    return rows


def _is_contents(rows: list[list[str]], caption: str) -> bool:
    if _CONTENTS_RE.match(caption) or any(_CONTENTS_RE.match(c) for c in rows[0]):
        return True
    ends_with_page = [r for r in rows if r[-1] and _PAGE_RE.match(r[-1])]
    return any(c.lower() == "page" for c in rows[0]) and len(ends_with_page) * 2 >= len(rows)


def _reading_order(document) -> Iterator[tuple[object, object]]:  # noqa: ANN001
    """The paragraphs and tables of the document as a reader meets them, each with the part it
    belongs to: the first page's own header, when the first section has one, then the body.
    The UN template sets the masthead (symbol, "Distr.: General", date, "Original: English")
    in the first page's header, which only the first page shows; it is the front matter's
    text. The running header of the later pages (the symbol again) and the footers are page
    furniture, as in a PDF."""
    section = document.sections[0] if document.sections else None
    if section is not None and section.different_first_page_header_footer:
        header = section.first_page_header
        if not header.is_linked_to_previous:
            for element in _body_elements(header._element):
                yield element, header.part
    for element in _body_elements(document.element.body):
        yield element, document.part


def _body_elements(parent) -> Iterator:  # noqa: ANN001 - lxml element
    for child in parent.iterchildren():
        if child.tag in (_qn("w:p"), _qn("w:tbl")):
            yield child
        elif child.tag == _qn("w:sdt"):
            gallery = child.find(
                f"{_qn('w:sdtPr')}/{_qn('w:docPartObj')}/{_qn('w:docPartGallery')}"
            )
            if gallery is not None and "contents" in (gallery.get(_qn("w:val")) or "").lower():
                continue  # a table of contents field: page furniture
            content = child.find(_qn("w:sdtContent"))
            if content is not None:
                yield from _body_elements(content)
        elif child.tag == _qn("w:customXml"):
            yield from _body_elements(child)


_NOTE_KINDS = (("footnotes", "w:footnote", "w:footnoteReference"),
               ("endnotes", "w:endnote", "w:endnoteReference"))  # fmt: skip


def _notes(document, hidden: _HiddenText) -> dict[str, tuple[dict[str, str], dict]]:  # noqa: ANN001
    """Footnote and endnote texts by id, from their parts of the package (the separators
    Word keeps among them are not notes), each with the mark that first calls it."""
    from lxml import etree

    found: dict[str, dict[str, str]] = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        for name, tag, reference in _NOTE_KINDS:
            if kind == name and not rel.is_external:
                root = etree.fromstring(rel.target_part.blob)
                hidden.drop(root)
                found[reference] = {
                    note.get(_qn("w:id")): " ".join(_runs_text(note).split())
                    for note in root.iterchildren(_qn(tag))
                    if note.get(_qn("w:type")) in (None, "normal")
                }
    # A note called twice (the same w:id from two paragraphs) is one note of the document:
    # its text goes with the first call only; it was read with each, twice.
    first: dict[str, dict] = {reference: {} for reference in found}
    for element, _ in _reading_order(document):
        for reference, calls in first.items():
            for mark in element.iter(_qn(reference)):
                if not _deleted(mark):
                    calls.setdefault(mark.get(_qn("w:id")), mark)
    return {reference: (texts, first[reference]) for reference, texts in found.items()}


def _noted(element, notes: dict[str, tuple[dict[str, str], dict]]) -> list[str]:  # noqa: ANN001
    """The texts of the notes a paragraph first calls (not from deleted text), in order."""
    out = []
    for reference, (texts, first) in notes.items():
        for mark in element.iter(_qn(reference)):
            note_id = mark.get(_qn("w:id"))
            if first.get(note_id) is mark and (text := texts.get(note_id, "")):
                out.append(text)
    return out


def read_docx(data: bytes, path: str) -> str:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise NotTextError(path, "not a readable Word (.docx) file; open and re-save it.") from exc
    hidden = _HiddenText(document)
    parts = [r.target_part for r in document.part.rels.values() if not r.is_external]
    for part in [document.part, *parts]:
        if (root := getattr(part, "element", None)) is not None:
            hidden.drop(root)  # the body, and the headers whose masthead is read
    numbering = _Numbering(document)
    notes = _notes(document, hidden)
    blocks: list[str] = []
    # Raised numbers typed in a paragraph, by number: where a typed note's text goes.
    typed: dict[str, tuple[int, object, str | None, object]] = {}
    carried = ""  # the text of paragraphs whose mark a tracked change deleted
    for element, part in _reading_order(document):
        if element.tag == _qn("w:tbl"):
            if carried:
                blocks.append(carried)
                carried = ""
            if (frame := _single_cell(element)) is not None:
                # A table of one cell frames text (a box, a chapter set in a frame): its
                # paragraphs are the body's, each a block with its own number. Joined as one
                # cell, "I. Introduction 1. … 2. …" was one heading, its paragraphs lost.
                for p in frame.iterchildren(_qn("w:p")):
                    label = numbering.of(Paragraph(p, part))
                    if text := _block(p, label, notes):
                        blocks.append(text)
                continue
            # A cell paragraph's list number, read as the body's own paragraphs' numbers are.
            rows = _table_rows(
                element, notes, lambda p, part=part: numbering.of(Paragraph(p, part))
            )
            if not rows:
                continue
            if _is_contents(rows, blocks[-1] if blocks else ""):
                if blocks and _CONTENTS_RE.match(blocks[-1]):
                    blocks.pop()  # the contents table's caption goes with it
                continue
            if _lays_out_paragraphs(rows):
                # Each row is a paragraph: its number, then its text.
                blocks.extend(" ".join(c for c in cells if c) for cells in rows)
                continue
            blocks.append(_table_block(rows))
            continue
        paragraph = Paragraph(element, part)
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if style.startswith("toc"):
            continue  # a line of a generated table of contents
        if _mark_removed(element):
            # A tracked change deleted the paragraph's mark: accepted, it is no paragraph of
            # its own. Its text, if any, starts the next one, and it takes no number (a
            # deleted numbered paragraph still counted: every later number was one too high).
            carried = " ".join(filter(None, [carried, _block(element, None, notes)]))
            continue
        runs = _text_runs(element)
        mark = _typed_mark(runs[0]) if runs else None
        if mark in typed:
            # A note typed as a paragraph of its own ("¹ United Nations Convention …", after
            # a short rule at the section's end), as converted files carry footnotes: its text
            # ends the paragraph whose raised number called it, as a Word footnote's would.
            at, holder, label, called = typed.pop(mark)
            note = _runs_text(element, {runs[0]}).strip()
            blocks[at] = _block(holder, label, notes, {called}) + " " + note
            continue
        label = numbering.of(paragraph)
        lead = " ".join(filter(None, [label, carried]))
        boxes = _text_boxes(element)
        text = _block(element, lead, notes, boxes) or (lead if carried else "")
        carried = ""
        boxed = [b for box in boxes for b in _box_blocks(box, notes)]
        if not text:
            blocks.extend(boxed)
            continue
        for run in runs[1:]:
            if called := _typed_mark(run):
                typed[called] = (len(blocks), element, lead, run)
        blocks.append(text)
        blocks.extend(boxed)
    if carried:
        blocks.append(carried)
    # Blank lines between Word paragraphs keep each one its own block for the parser.
    return "\n\n".join(blocks)


def _switch(rpr) -> bool | None:  # noqa: ANN001 - lxml element or None
    """Whether run properties hide text (``w:vanish``, or ``w:specVanish``, which is always
    hidden), or None when they do not say."""
    if rpr is None:
        return None
    if rpr.find(_qn("w:specVanish")) is not None:
        return True
    vanish = rpr.find(_qn("w:vanish"))
    if vanish is None:
        return None
    return vanish.get(_qn("w:val"), "true").lower() not in ("0", "false", "off")


class _HiddenText:
    """The runs Word neither shows nor prints: hidden text (``w:vanish``) set on the run, or
    by its character style or its paragraph's style, the nearest of them deciding, as Word
    does. An editor's note left hidden ("[EDITOR: check the names]") was read as the
    paragraph's words, and made a heading of it; it is no part of what the document says."""

    def __init__(self, document) -> None:  # noqa: ANN001 - python-docx Document
        self.styles = {
            style.get(_qn("w:styleId")): style
            for style in document.styles.element.iterchildren(_qn("w:style"))
        }
        self.default = next(
            (
                key
                for key, style in self.styles.items()
                if style.get(_qn("w:type")) == "paragraph"
                and style.get(_qn("w:default")) in ("1", "true")
            ),
            None,
        )
        self._said: dict[str | None, bool | None] = {}

    def _style_hides(self, style_id: str | None) -> bool | None:
        if style_id not in self._said:
            said, seen, at = None, set(), style_id
            while said is None and at in self.styles and at not in seen:
                seen.add(at)
                said = _switch(self.styles[at].find(_qn("w:rPr")))
                at = _val(self.styles[at], "w:basedOn")
            self._said[style_id] = said
        return self._said[style_id]

    def drop(self, root) -> None:  # noqa: ANN001 - lxml element
        """Remove the hidden runs under ``root`` (a part's XML, read only, never saved)."""
        for paragraph in list(root.iter(_qn("w:p"))):
            ppr = paragraph.find(_qn("w:pPr"))
            style = _val(ppr, "w:pStyle") if ppr is not None else None
            by_paragraph = self._style_hides(style or self.default)
            for run in list(paragraph.iter(_qn("w:r"))):
                rpr = run.find(_qn("w:rPr"))
                hidden = _switch(rpr)
                if hidden is None and rpr is not None:
                    hidden = self._style_hides(_val(rpr, "w:rStyle"))
                if (by_paragraph if hidden is None else hidden) and run.getparent() is not None:
                    run.getparent().remove(run)


def _text_boxes(paragraph) -> list:  # noqa: ANN001 - lxml element
    """The text boxes anchored in a paragraph (w:txbxContent, in a DrawingML or a VML shape),
    not the VML copy Word keeps of a DrawingML box (mc:Fallback), nor a box in a box."""
    tag = _qn("w:txbxContent")
    return [
        box
        for box in paragraph.iter(tag)
        if not any(a.tag == tag or str(a.tag).endswith("}Fallback") for a in box.iterancestors())
    ]


def _box_blocks(box, notes: dict) -> list[str]:  # noqa: ANN001 - lxml element
    """A text box's text, after the paragraph it is anchored in: its paragraphs as the lines
    of one block, each table a block. A box floats beside the text: read inside its anchor
    paragraph, a side note ("Box 1", "Regional cooperation in figures") ended that
    paragraph's sentence, and the numbered paragraph was taken for a heading. Its lines are
    one block, not a block each, because a box's short title lines read as headings of the
    body, and every paragraph after the box took them into its section."""
    out: list[str] = []
    lines: list[str] = []
    for element in _body_elements(box):
        if element.tag == _qn("w:p"):
            lines.append(_block(element, None, notes))
            continue
        out.append("\n".join(filter(None, lines)))
        lines = []
        out.append(_table_block(_table_rows(element, notes)))
    out.append("\n".join(filter(None, lines)))
    return [b for b in out if b]


def _block(element, label: str | None, notes: dict, skip: Collection = ()) -> str:  # noqa: ANN001
    """A paragraph's block: its number, its text and the texts of the notes it calls. A
    footnote's text ends the paragraph that refers to it: it is the document's text (a
    source, a figure's basis), and Word keeps it in a part of its own."""
    text = " ".join([_runs_text(element, skip).strip(), *_noted(element, notes)]).strip()
    return f"{label} {text}" if label and text else text


def _single_cell(tbl):  # noqa: ANN001, ANN202 - lxml elements
    """The cell of a table that has one row of one cell and several paragraphs in it (and no
    table of its own), or None."""
    rows = list(_wrapped(tbl, "w:tr"))
    cells = list(_wrapped(rows[0], "w:tc")) if len(rows) == 1 else []
    if len(cells) != 1 or cells[0].find(f".//{_qn('w:tbl')}") is not None:
        return None
    return cells[0] if len(cells[0].findall(_qn("w:p"))) > 1 else None


def _lays_out_paragraphs(rows: list[list[str]]) -> bool:
    """The table sets text out, not data: every row is a paragraph's number or an item's
    marker in its first cell and the text in the next, as documents converted from print and
    some templates place their body (a borderless two-column table). A data table has a
    header row and figures or names in its first column. Read as a table, a layout table's
    paragraphs became one table unit of the paragraph before, and their numbers were lost.
    Its rows are read as numbered lines, which the parser takes as paragraphs only where
    their numbers go on with the body's: an agenda set as such a table, "1." again inside a
    later paragraph, stays that paragraph's list. Among such rows one may hold a single text:
    an item or a paragraph's second block in the text column, its number cell empty, or a
    chapter heading set across the table. One such row made the whole table a data table, and
    a body set entirely in one was refused as no report."""

    def laid_out(cells: list[str]) -> bool:
        filled = [c for c in cells if c]
        return len(filled) == 1 or (len(filled) == 2 and bool(_LABEL_CELL_RE.match(cells[0])))

    numbered = any(cells[0] and _LABEL_CELL_RE.match(cells[0]) for cells in rows)
    return numbered and all(map(laid_out, rows))


def _mark_removed(paragraph) -> bool:  # noqa: ANN001 - lxml element
    """A tracked change deleted (or moved away) the paragraph's mark."""
    mark = paragraph.find(f"{_qn('w:pPr')}/{_qn('w:rPr')}")
    removed = {_qn(tag) for tag in _REMOVED}
    return mark is not None and any(child.tag in removed for child in mark)


def _deleted(element) -> bool:  # noqa: ANN001 - lxml element
    """The element stands in text a tracked change deleted."""
    removed = {_qn(tag) for tag in _REMOVED}
    return any(a.tag in removed for a in element.iterancestors())


def _run_text(run) -> str:  # noqa: ANN001 - lxml element
    return "".join(t.text or "" for t in run.iter(_qn("w:t"))).strip()


def _text_runs(element) -> list:  # noqa: ANN001 - lxml element
    """The runs of a paragraph that show text, in order (not deleted ones)."""
    return [run for run in element.iter(_qn("w:r")) if _run_text(run) and not _deleted(run)]


def _typed_mark(run) -> str | None:  # noqa: ANN001 - lxml element
    """The number a run shows raised (superscript) and alone: a note's mark typed as text."""
    props = run.find(_qn("w:rPr"))
    align = props.find(_qn("w:vertAlign")) if props is not None else None
    if align is None or align.get(_qn("w:val")) != "superscript":
        return None
    text = _run_text(run)
    return text if text.isdigit() else None
