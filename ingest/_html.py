"""HTML text for UN documents: every piece of text in reading order, one block per block
element, tables as rows of cells joined by " | ", ordered lists with their numbers; a
footnote's text ends the paragraph that calls it, without its mark, as a Word footnote's
does."""

from __future__ import annotations

import re

from ingest._docx import format_counter

_SKIP = {"script", "style", "head", "nav", "noscript", "template", "svg", "iframe", "object"}
_BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure",
    "figcaption", "address", "body", "html", "form", "fieldset", "legend", "details", "summary",
    "hr", "caption", "center",
}  # fmt: skip
_BREAK = "\u2028"  # stands for <br> until whitespace is collapsed
_LIST_TYPES = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_STARTS_NUMBERED_RE = re.compile(r"^\s*(?:\d+\.|\([a-z0-9]{1,6}\))\s")
# A paragraph number or sub-item marker that is all of an element's text ("12.", "(a)"): in a
# <span> of its own, or a table cell beside the paragraph's text.
_LABEL_RE = re.compile(r"^(?:\d{1,5}\.|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\))$")
# Where a page's own footer may be a section's rather than the page's.
_SECTIONING = ["article", "main", "section"]


def _is_contents(listing) -> bool:  # noqa: ANN001 - bs4 Tag
    """A table of contents: every item of the list is a link to an anchor of the same page
    ("#sec-1"), perhaps with a list of such items under it. Read as text, its lines would be
    taken for the headings they point to, and a line "Annex. …" for the start of the annex."""
    items = listing.find_all("li", recursive=False)
    return len(items) >= 2 and all(_is_contents_entry(item) for item in items)


def _is_contents_entry(item) -> bool:  # noqa: ANN001 - bs4 Tag
    nested = [n for n in item.find_all(["ul", "ol"]) if n.find_parent("li") is item]
    links = [a for a in item.find_all("a") if a.find_parent("li") is item]
    if not links or not all(str(a.get("href", "")).startswith("#") for a in links):
        return False
    if not all(_is_contents_entry(li) for n in nested for li in n.find_all("li", recursive=False)):
        return False
    # Nothing but the links' own words: an item with prose around a link is content.
    said = len(item.get_text(" ").split())
    linked = sum(len(a.get_text(" ").split()) for a in links)
    return said == linked + sum(len(n.get_text(" ").split()) for n in nested)


def _format_item(n: int, kind: str) -> str:
    return format_counter(n, _LIST_TYPES.get(kind, "decimal")) or str(n)


def _raised(link):  # noqa: ANN001, ANN202 - bs4 Tag
    """A note's mark: the raised ``<sup>`` around its link, or the link."""
    parent = link.parent
    return parent if parent is not None and parent.name == "sup" else link


# A note's mark as a page sets it: a raised number, perhaps in brackets ("1", "[12]").
_MARK_RE = re.compile(r"^\[?\d{1,3}\]?$")


def _raised_number(link) -> bool:  # noqa: ANN001 - bs4 Tag
    """The link is a raised number (``<sup><a href="#fn1">1</a></sup>``): a footnote's mark
    whether or not its note links back to it."""
    return _raised(link) is not link and bool(_MARK_RE.match(link.get_text().strip()))


def _notes(soup) -> tuple[dict[int, str], set[int]]:  # noqa: ANN001 - bs4 soup
    """The page's footnotes: each reference (its raised mark, by ``id()`` of the element) with
    the text of the note it calls, and the notes' own elements, read there instead. A
    reference is a link to an element of the page that links back to it (pandoc's
    ``#fn1``/``#fnref1``, Word's ``#_ftn1``/``#_ftnref1``), or that the page marks as one
    (``role="doc-noteref"``); the note is the block holding the target, without its
    back-link."""
    anchors: dict[str, object] = {}
    for tag in soup.find_all(attrs={"id": True}):
        anchors.setdefault(str(tag["id"]), tag)
    for tag in soup.find_all("a", attrs={"name": True}):
        anchors.setdefault(str(tag["name"]), tag)
    # A note comes after the text that calls it (at the foot of the page, or of its section):
    # its back-link, which points up to the call, is no call of a note.
    order = {id(tag): i for i, tag in enumerate(soup.find_all(True))}
    refs: dict[int, str] = {}
    notes: set[int] = set()
    for link in soup.find_all("a", href=True):
        href = str(link["href"])
        target = anchors.get(href[1:]) if href.startswith("#") else None
        if target is None or target is link:
            continue
        mark = _raised(link)
        own = {str(t.get(a) or "") for t in (link, mark) for a in ("id", "name")} - {""}
        note = target if target.name in _BLOCK else target.find_parent(list(_BLOCK))
        if note is None or order.get(id(note), -1) < order[id(mark)]:
            continue  # a link up the page (a back-link, "back to top") calls no note
        backs = [a for a in note.find_all("a", href=True) if str(a["href"])[1:] in own]
        if not (backs or "doc-noteref" in str(link.get("role", "")) or _raised_number(link)):
            continue
        for back in backs:
            _raised(back).extract()
        text = " ".join(note.get_text(" ").split())
        if text:
            refs[id(mark)] = text
            notes.add(id(note))
    _unlinked_notes(soup, order, refs, notes)
    return refs, notes


def _is_raised_number(tag) -> bool:  # noqa: ANN001 - bs4 Tag
    """A ``<sup>`` holding a note's number and no link (an older page's "78/224.<sup>1</sup>"):
    linked marks are paired with their notes by their links."""
    return (
        tag.name == "sup"
        and tag.find("a") is None
        and tag.find_parent("a") is None
        and bool(_MARK_RE.match(tag.get_text().strip()))
    )


def _opened_note(sup):  # noqa: ANN001, ANN202 - bs4 Tag
    """The block a raised number opens, "<p><sup>1</sup>&nbsp;See also …</p>": a footnote as
    an older page sets it at the foot, with the number that calls it; ``None`` for a mark in
    running text. Only a block holding no other block is a note: a container (a <div> round
    the whole body) that happens to start with a raised number is not one."""
    block = sup.find_parent(list(_BLOCK))
    if block is None or block.find(list(_BLOCK)) is not None:
        return None
    before = []
    for piece in block.descendants:
        if piece is sup:
            break
        if isinstance(piece, str):
            before.append(piece)
    return block if not "".join(before).strip() else None


def _unlinked_notes(soup, order: dict[int, int], refs: dict[int, str], notes: set[int]) -> None:  # noqa: ANN001 - bs4 soup
    """Pairs each unlinked raised number in the text with the first note after it that opens
    with the same number, as linked marks are paired: the mark goes, the note's text ends the
    paragraph that calls it. Read as words, "78/224.<sup>1</sup>" was "78/224.1", no longer
    the end of a sentence, and the paragraph became a heading."""
    raised = [sup for sup in soup.find_all("sup") if _is_raised_number(sup)]
    opened = {id(sup): block for sup in raised if (block := _opened_note(sup)) is not None}
    free = [sup for sup in raised if id(sup) in opened]
    for mark in raised:
        if id(mark) in opened or id(mark) in refs:
            continue
        number = mark.get_text().strip().strip("[]")
        note = next(
            (
                sup
                for sup in free
                if order[id(sup)] > order[id(mark)] and sup.get_text().strip().strip("[]") == number
            ),
            None,
        )
        if note is None:
            continue
        free.remove(note)
        block = opened[id(note)]
        note.extract()
        text = " ".join(block.get_text(" ").split())
        if text:
            refs[id(mark)] = text
            notes.add(id(block))


# Elements a page shows over or beside its content, never part of it: a cookie notice or
# other dialog (ARIA's dialog roles), a site search.
_FURNITURE_ROLES = {"dialog", "alertdialog", "search"}


def _main_ids(soup) -> set[str]:  # noqa: ANN001 - bs4 soup
    """The ids of the page's main part (``<main>`` or ``role="main"``), which a "Skip to
    main content" link points to: found once per page, not once per link."""
    return {
        str(tag["id"])
        for tag in soup.find_all(attrs={"id": True})
        if tag.name == "main" or str(tag.get("role", "")).lower() == "main"
    }


def _is_site_furniture(tag, main_ids: set[str]) -> bool:  # noqa: ANN001 - bs4 Tag
    """The site's parts around a document, by the page's own markup (HTML's landmarks), as
    <nav> and the page's <footer> are: a dialog (a cookie notice) or a site search; outside
    any article, main part or section, a sidebar (<aside>) and a banner (a <header> holding
    the site's navigation or search, with its language links and name); a link that skips to
    the main part. A <header> without them may hold the document's own front matter (its
    symbol, its date of issue) and is read."""
    name = tag.name.lower() if tag.name else ""
    if name in ("dialog", "search") or str(tag.get("role", "")).lower() in _FURNITURE_ROLES:
        return True
    href = str(tag.get("href", "")) if name == "a" else ""
    if href.startswith("#") and href[1:] in main_ids:
        return True  # "Skip to main content", for keyboard users
    if name not in ("aside", "header") or tag.find_parent(_SECTIONING) is not None:
        return False
    if name == "aside":
        return True
    return tag.find(["nav", "search", "form"]) is not None


def _introduces_table(block) -> bool:  # noqa: ANN001 - bs4 Tag
    """The block leads into the table after it ("… set out in the table below:"): the table
    is the rest of its paragraph, and the notes the block calls end the table, as they end a
    paragraph whose table a PDF sets under it."""
    after = block.find_next_sibling()
    return after is not None and after.name == "table" and block.get_text().rstrip().endswith(":")


def _span(cell, attribute: str) -> int:  # noqa: ANN001 - bs4 Tag
    """How many columns (``colspan``) or rows (``rowspan``) a table cell spans: 1 unless it
    says a whole number of them."""
    value = str(cell.get(attribute) or "1").strip()
    # HTML caps a span at 1,000 columns (the living standard's colspan limit); a page cannot
    # make a row of more empty cells than that.
    return max(1, min(int(value), 1000)) if value.isdigit() else 1


class _Writer:
    def __init__(
        self,
        refs: dict[int, str] | None = None,
        notes: set[int] | None = None,
        main_ids: set[str] | None = None,
    ) -> None:
        self.blocks: list[str] = []
        self.main_ids = main_ids or set()
        self.buffer: list[str] = []
        self.refs = refs or {}
        self.notes = notes or set()
        # Notes called in the paragraph being read, and how deep in numbered items it is.
        self.pending: list[str] = []
        self.depth = 0

    def attach(self) -> None:
        """The notes called so far end the last block: the paragraph that called them."""
        if self.pending and self.blocks:
            self.blocks[-1] = "\n".join([self.blocks[-1], *self.pending])
            self.pending = []

    def flush(self) -> None:
        lines = [" ".join(line.split()) for line in "".join(self.buffer).split(_BREAK)]
        joined = "\n".join(line for line in lines if line)
        if joined:
            self.blocks.append(joined)
        self.buffer = []

    def walk(self, node) -> None:  # noqa: ANN001 - bs4 Tag
        from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

        for child in node.children:
            if isinstance(child, Comment | Doctype | Declaration | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
                continue
            name = child.name.lower() if child.name else ""
            if name in _SKIP or id(child) in self.notes:
                continue
            if id(child) in self.refs:
                self.pending.append(self.refs[id(child)])
                continue
            if name == "br":
                self.buffer.append(_BREAK)
            elif _is_raised_number(child):
                # A raised number no note is found for is still no part of the word before
                # it: "78/224.<sup>1</sup>" is "78/224. 1", not "78/224.1".
                self.buffer.append(f" {child.get_text().strip()} ")
            elif name == "table":
                self.flush()
                self.table(child)
                if not self.depth:
                    self.attach()
            elif name in ("ol", "ul") and _is_contents(child):
                continue  # a list of links to the page's own headings: page furniture, like <nav>
            elif name == "ol":
                self.flush()
                self.ordered(child)
            elif name == "pre":
                # Preformatted text keeps its lines as written: an older page sets a whole
                # report in <pre>, paragraphs parted by blank lines, as a text file does.
                # With its line breaks collapsed, it was one line with no paragraph.
                self.flush()
                lines = [" ".join(line.split()) for line in child.get_text().splitlines()]
                text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
                if text:
                    self.blocks.append(text)
                if not self.depth:
                    self.attach()
            elif name == "footer" and self.is_page_footer(child):
                continue  # the site's footer (copyright, terms of use): furniture, like <nav>
            elif _is_site_furniture(child, self.main_ids):
                continue
            elif name in _BLOCK:
                self.flush()
                self.walk(child)
                self.flush()
                if not self.depth and not _introduces_table(child):
                    self.attach()
            else:
                self.walk(child)
                # A number in an element of its own is set apart from the text by the page's
                # style ("<span class='para-num'>12.</span><span>The …"): without a space
                # the parser read "12.The" as text and lost paragraph 12's number.
                if _LABEL_RE.match("".join(self.buffer).strip()):
                    self.buffer.append(" ")

    def is_page_footer(self, footer) -> bool:  # noqa: ANN001 - bs4 Tag
        """A <footer> outside any article or section is the page's (the site's copyright and
        links), unless it holds the page's notes, which are read where they are called."""
        if footer.find_parent(_SECTIONING) is not None:
            return False
        return not any(id(tag) in self.notes for tag in footer.find_all(True))

    def ordered(self, ol) -> None:  # noqa: ANN001 - bs4 Tag
        number = int(ol.get("start", "1")) if str(ol.get("start", "1")).isdigit() else 1
        kind = ol.get("type", "1")
        # Notes called by the text that leads into these items end that text, not an item.
        self.flush()
        self.attach()
        for child in ol.children:
            if getattr(child, "name", None) != "li":
                if getattr(child, "name", None):
                    self.walk_one(child)
                continue
            if str(child.get("value", "")).isdigit():
                number = int(child["value"])
            if id(child) in self.notes:
                number += 1
                continue  # a note, read where it is called (pandoc lists its notes)
            start = len(self.blocks)
            self.depth += 1
            self.walk(child)
            self.depth -= 1
            self.flush()
            # A browser shows the number; the parser needs it in the text, as Word's are.
            if len(self.blocks) > start and not _STARTS_NUMBERED_RE.match(self.blocks[start]):
                label = _format_item(number, kind)
                label = f"({label})" if kind in _LIST_TYPES else f"{label}."
                self.blocks[start] = f"{label} {self.blocks[start]}"
            self.attach()
            number += 1

    def walk_one(self, tag) -> None:  # noqa: ANN001 - bs4 Tag
        self.flush()
        self.walk(tag)
        self.flush()

    def layout_rows(self, table) -> list | None:  # noqa: ANN001, ANN202 - bs4 Tags
        """A table used for layout, not data (a print conversion saved as a web page): rows of
        a paragraph number or sub-item marker in one cell and its text in the next, among
        which a row may leave the number cell empty (an item, "(a) Chair: …", or a paragraph's
        second block set in the text column) or hold one cell across the table (a chapter
        heading). Its rows, each as (label, text cell), the label "" where the row has none;
        ``None`` for a table of data. One such row made the whole table a data table: its
        paragraphs lost their numbers into the unit before it."""
        rows = []
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            cells = [c for c in tr.find_all(["td", "th"]) if c.find_parent("tr") is tr]
            texts = [" ".join(c.get_text(" ").split()) for c in cells]
            if not any(texts):
                continue
            if len(cells) == 1:
                rows.append(("", cells[0]))  # a heading or a note set across the table
            elif len(cells) == 2 and texts[1] and (not texts[0] or _LABEL_RE.match(texts[0])):
                rows.append((texts[0], cells[1]))
            else:
                return None
        # Without a numbered row it is a table of text, not a paragraphs' layout.
        return rows if any(label for label, _ in rows) else None

    def table(self, table) -> None:  # noqa: ANN001 - bs4 Tag
        if (layout := self.layout_rows(table)) is not None:
            # Read as the numbered paragraphs they are: as rows of cells ("12. | The …"), they
            # made one table of the whole body and no paragraph kept its number.
            for label, cell in layout:
                start = len(self.blocks)
                self.walk_one(cell)
                if label and len(self.blocks) > start:
                    self.blocks[start] = f"{label} {self.blocks[start]}"
                self.attach()
            return
        rows = []
        # Columns a cell above still spans (rowspan): {column: rows left}.
        spanned: dict[int, int] = {}
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue  # a nested table's rows are read with the cell that holds them
            cells: list[str] = []
            for cell in tr.find_all(["td", "th"]):
                if cell.find_parent("tr") is not tr:
                    continue
                while spanned.get(len(cells)):
                    cells.append("")  # under a cell spanning rows: its text is written above
                width, height = _span(cell, "colspan"), _span(cell, "rowspan")
                for column in range(len(cells), len(cells) + width):
                    if height > 1:
                        spanned[column] = height
                cells += [" ".join(cell.get_text(" ").split()), *[""] * (width - 1)]
            while spanned.get(len(cells)):
                cells.append("")
            # A cell spanning columns or rows leaves them empty, as a reader sees them: every
            # row keeps the table's columns ("DNA profiles held | " over "2023 | 2024").
            spanned = {c: n - 1 for c, n in spanned.items() if n > 1}
            if any(cells):
                rows.append(" | ".join(cells))
        caption = table.find("caption")
        if caption is not None and caption.find_parent("table") is table:
            self.walk_one(caption)
        if rows:
            self.blocks.append("\n".join(rows))


def html_text(markup: str) -> str:
    from bs4 import BeautifulSoup

    # lxml (installed with python-docx) stays linear on malformed markup where html.parser
    # does not (a long run of unclosed comments took minutes).
    soup = BeautifulSoup(markup, "lxml")
    writer = _Writer(*_notes(soup), _main_ids(soup))
    writer.walk(soup)
    writer.flush()
    writer.attach()
    return "\n\n".join(writer.blocks)
