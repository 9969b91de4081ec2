"""PDF text for UN documents: drops running headers and footers, page numbers and superscript
footnote marks, and keeps paragraph breaks from the vertical spacing of lines."""

from __future__ import annotations

import io
import math
import re
import statistics
from collections import Counter
from collections.abc import Collection

from ingest._blocks import starts_block
from ingest._frontmatter import SYMBOL_RE
from ingest._furniture import SENTENCE_END_RE, page_or_job, recurrence_key
from ingest._pdf_columns import number_chars, text_columns
from ingest._pdf_tables import TEXT_OPTIONS, inside, line_cells, ruled_tables, unruled_tables
from ingest.errors import NotTextError

# A dropped superscript leaves the gap it stood in: "Declaration ." -> "Declaration."
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([.,;:])(?=\s|$)")
_SOFT_HYPHEN = "\u00ad"
# Lines this close to the top or bottom of a page can be running headers or footers.
_MARGIN_SHARE = 0.1
_SMALL_FONT_SHARE = 0.8
# Font sizes this far apart mark different elements, even without space between the lines.
_SIZE_STEP = 1.5


def _open(data: bytes, path: str):  # noqa: ANN202 - pdfplumber's PDF type
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages  # forces the page tree to be read: truncated files fail here
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if "password" in type(cause).__name__.lower() or "encrypt" in str(cause).lower():
            raise NotTextError(
                path, "the PDF is encrypted; save an unprotected copy and ingest that."
            ) from exc
        raise NotTextError(
            path, "the PDF is damaged or truncated; download or export it again."
        ) from exc
    return pdf


def _body_size(pdf) -> float:  # noqa: ANN001
    sizes: Counter[float] = Counter()
    for page in pdf.pages[:20]:
        sizes.update(round(c["size"], 1) for c in page.chars)
    return sizes.most_common(1)[0][0] if sizes else 0.0


# How far above the middle of the line beside it a small character's middle must stand to be
# a raised mark, as a share of the body size. A superscript (about two thirds of the size,
# raised a third) stands about 0.2 above it; a small capital set on the line stands level
# with it or below, give or take the rounding of a layout (0.01 seen).
_RAISED_SHARE = 0.1


# How far from the horizontal or the vertical a character may lean and still be text: type
# is set upright, or turned a quarter (a landscape table, a margin's job number); a stamp
# across the page ("ADVANCE UNEDITED VERSION", "DRAFT") is set at a slant, typically 30-60
# degrees. The tolerance only absorbs rounding in the text matrix.
_LEAN_DEGREES = 5.0


def _oblique(o: dict) -> bool:
    """A character set at a slant: a watermark's, whose letters a reader splices into the
    body lines they cross ("recalledEthat", "bTy")."""
    if o.get("object_type") != "char" or "matrix" not in o:
        return False
    a, b = o["matrix"][0], o["matrix"][1]
    if not a and not b:
        return False
    lean = abs(math.degrees(math.atan2(b, a))) % 90.0
    return _LEAN_DEGREES < lean < 90.0 - _LEAN_DEGREES


# Letters set apart ("expanded" type: a heading with a character spacing of 1.5 pt or more)
# were split where any gap passed the reader's space rule ("I N T R O D U C T I O N",
# "INTRODUCTI ON"). A line is expanded when the median gap between its letters is more than
# an ordinary line's rounding and kerning (this share of the type size) and yet clearly less
# than the page's own word space (``_LETTER_SHARE`` of it): a line of one-letter words ("a b
# c", "0 0 0") is spaced by word spaces, and read as the reader gives it. In an expanded line
# a gap is a space only beyond the spacing its letters have.
_EXPANDED_SHARE = 0.05
# Word spaces within one font vary by rounding and kerning, well under a fifth; a gap four
# fifths of the page's word space or less is no word space of the same type.
_LETTER_SHARE = 0.8


def _inked(char: dict) -> bool:
    return bool(char["text"].strip())


def _letters(line: dict) -> list[dict]:
    """The inked characters of an upright ``line``, left to right; none for a turned one."""
    chars = sorted((c for c in line.get("chars", ()) if _inked(c)), key=lambda c: c["x0"])
    return chars if all(c.get("upright", True) for c in chars) else []


def _gaps(chars: list[dict]) -> list[tuple[float, float]]:
    """Each gap between ``chars`` (``_letters``) set side by side, with the size of the
    letter after it."""
    return [(b["x0"] - a["x1"], b["size"]) for a, b in zip(chars, chars[1:], strict=False)]


def _word_space(lines: list[dict]) -> float:
    """The word space of the page's ordinary lines (their letters set close), as a share of
    the type size: the median of their gaps wider than the reader's space rule and narrower
    than a column gap (one type size). 0 when the page has no such line."""
    tolerance = TEXT_OPTIONS["x_tolerance_ratio"]
    spaces: list[float] = []
    for line in lines:
        shares = [gap / size for gap, size in _gaps(_letters(line)) if size]
        if shares and statistics.median(shares) <= _EXPANDED_SHARE:
            spaces += [share for share in shares if tolerance < share < 1.0]
    return statistics.median(spaces) if spaces else 0.0


def _respaced(line: dict, word_space: float) -> dict:
    """``line`` with its words found again when its letters are set apart (see above)."""
    chars = _letters(line)
    gaps = _gaps(chars)
    # Expanded type sets words: a line mostly of figures and signs (a page number "- 2 -",
    # a row of figures) is left as read.
    if len(gaps) < 2 or sum(c["text"].isalpha() for c in chars) * 2 <= len(chars):
        return line
    size = statistics.median(size for _, size in gaps)
    spacing = statistics.median(gap for gap, _ in gaps) / size
    if not _EXPANDED_SHARE < spacing < _LETTER_SHARE * word_space:
        return line
    space = (spacing + TEXT_OPTIONS["x_tolerance_ratio"]) * size
    text = chars[0]["text"] + "".join(
        (" " if b["x0"] - a["x1"] > space else "") + b["text"]
        for a, b in zip(chars, chars[1:], strict=False)
    )
    return {**line, "text": text}


def _page_lines(page, body: float, carried: Collection[str] = ()) -> list[dict]:  # noqa: ANN001
    """Lines of a page without superscript marks: small characters set beside text of the
    body size on its line. A line that is small throughout (a footnote, a label) is text.
    ``carried``: marks earlier pages called whose notes they did not hold."""
    page = page.filter(lambda o: not _oblique(o))
    number_chars(page)
    if body:

        def small(o: dict) -> bool:
            return o.get("object_type") == "char" and o["size"] < body * _SMALL_FONT_SHARE

        lines = page.filter(lambda o: not small(o)).extract_text_lines(**TEXT_OPTIONS)

        def superscript(o: dict) -> bool:
            # Raised: a mark's middle stands clearly above the middle of the line beside it.
            # Small letters set on the line itself (small capitals: "P" then "RESERVATION")
            # are text, and were dropped as marks ("P ERVATION").
            middle = (o["top"] + o["bottom"]) / 2
            return any(
                line["top"] - body * 0.6
                <= middle
                < (line["top"] + line["bottom"]) / 2 - body * _RAISED_SHARE
                and line["x0"] - body <= o["x0"] <= line["x1"] + body
                for line in lines
            )

        raised = [c for c in page.chars if small(c) and superscript(c)]
        suffixes = _ordinal_suffixes(raised, [c for c in page.chars if not small(c)])
        marks = [c for c in raised if _char_key(c) not in suffixes]
        page = page.filter(lambda o: not small(o) or not superscript(o) or _char_key(o) in suffixes)
    else:
        marks = []
    tables = ruled_tables(page)
    lines = [
        line
        for line in page.extract_text_lines(**TEXT_OPTIONS)
        if line["text"].strip() and not any(inside(line, box) for box, _ in tables)
    ]
    word_space = _word_space(lines)
    lines = [_respaced(line, word_space) for line in lines]
    # Each dropped mark is remembered on the line it stood beside: its footnote comes back
    # at the end of that line's paragraph (see ``_footnotes``).
    for line in lines:
        line["marks"] = _mark_numbers(
            [c for c in marks if line["top"] - body * 0.6 <= c["top"] <= line["bottom"]]
        ) + _ASTERISK_CALL_RE.findall(line["text"])
    lines = sorted(lines + [row for _, rows in tables for row in rows], key=lambda x: x["top"])
    _mark_rules(lines, page)
    _mark_notes(lines, body, carried)
    return lines


def _mark_rules(lines: list[dict], page) -> None:  # noqa: ANN001
    """Marks each line that stands right under a horizontal rule that heads it
    (``under_rule``): nothing but the rule between it and the line above, and the rule
    nearer to it than to that line. The rule over a page's notes is what tells a note Word
    goes on with overleaf from small text of the page (see ``_footnotes``): it opens the
    notes, set after a space, where a table's rule closes the row right above it (and a
    table's source line under it is no note)."""
    rules = [edge["top"] for edge in page.horizontal_edges]
    above = 0.0
    for line in lines:
        line["under_rule"] = any(
            above <= top <= line["top"] and line["top"] - top < top - above for top in rules
        )
        above = line["bottom"]


def _char_key(c: dict) -> tuple[str, float, float]:
    return c["text"], round(c["x0"], 2), round(c["top"], 2)


def _ordinal(number: str) -> str:
    """The English ordinal suffix of a number: 1st, 2nd, 3rd, 4th, and 11th to 13th."""
    if number[-2:] in ("11", "12", "13"):
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(number[-1], "th")


def _ordinal_suffixes(raised: list[dict], text: list[dict]) -> set[tuple[str, float, float]]:
    """The raised small letters that are an ordinal's suffix ("21" + raised "st", "14" +
    "th"): set right after the number on the line, closer than a space, and the suffix that
    number takes. They are text; dropped as a note mark, they left "the 21 century". A
    raised letter after a number that is no ordinal suffix of it ("2019" + "b", a table's
    note) stays a mark."""
    found: set[tuple[str, float, float]] = set()
    letters = sorted((c for c in raised if c["text"].isalpha()), key=lambda c: c["x0"])
    runs: list[list[dict]] = []
    for c in letters:
        if runs and _touches(runs[-1][-1], c):
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in runs:
        number = _number_before(run[0], text)
        if number and "".join(c["text"] for c in run).lower() == _ordinal(number):
            found.update(_char_key(c) for c in run)
    return found


def _touches(before: dict, after: dict) -> bool:
    """``after`` follows ``before`` in one word: on its line, closer than the reader's space
    rule (a share of the type size) after it."""
    gap = after["x0"] - before["x1"]
    return (
        # -1 pt: a kerned pair may overlap, by about a tenth of an em at most (1 pt at 10
        # points).
        -1.0 < gap < TEXT_OPTIONS["x_tolerance_ratio"] * after["size"]
        and after["top"] < before["bottom"]
        and before["top"] < after["bottom"]
    )


def _number_before(first: dict, text: list[dict]) -> str:
    """The digits of the line's text that end right before ``first``."""
    digits = ""
    at = first
    while before := next(
        (c for c in text if c["text"].isdigit() and c is not at and _touches(c, at)), None
    ):
        digits, at = before["text"] + digits, before
    return digits


def _mark_numbers(chars: list[dict]) -> list[str]:
    """Footnote numbers from superscript characters (adjacent digits make one number), and
    raised asterisks (adjacent ones one mark, "**")."""
    numbers: list[str] = []
    previous = None
    for c in sorted(chars, key=lambda c: c["x0"]):
        if not (c["text"].isdigit() or c["text"] == "*"):
            previous = None
            continue
        if (
            previous is not None
            and c["x0"] - previous["x1"] < 1.0
            and previous["text"].isdigit() == c["text"].isdigit()
        ):
            numbers[-1] += c["text"]
        else:
            numbers.append(c["text"])
        previous = c
    return numbers


# A note's first line: its number, or the asterisks a title's or an agenda line's note
# takes ("* The present document is being issued without formal editing.", "**").
_NOTE_START_RE = re.compile(r"^(\d{1,3}|\*{1,3})\s+(\S.*)$")
# Asterisks after a word, as the line's text keeps them (set at the line's own size, not
# raised small): the call of a note with that mark ("Report of the meeting *").
_ASTERISK_CALL_RE = re.compile(r"(?<=[^\W\d_])\s?(\*{1,3})(?=\s|$)")


def _mark_notes(lines: list[dict], body: float, carried: Collection[str] = ()) -> None:
    """Marks a page's footnote lines (``note``), which are text wherever they stand: however
    like another page's note a note reads ("1 General Assembly resolution 70/175, annex." and
    "3 … 45/110, annex."), and however low on the page, it is no running footer. A note starts
    on a line set smaller than the body with the number of a mark that the text above calls
    (typed, or itself raised), unless the rest of the line is a page or job number (the
    footer "4 V.25-14027" of a page that calls note 4); the lines set in its size right
    below it go on with it. Marks an earlier page called without holding their notes
    (``carried``: endnotes, or a note Word moved to the next page) are called here too."""
    called: set[str] = set(carried)
    note: dict | None = None  # the note the previous line belongs to
    previous: dict | None = None
    for line in lines:
        size, text, raised = _size(line), line["text"].strip(), line.get("marks", [])
        small = 0 < size <= body - 0.5
        if typed := _NOTE_START_RE.match(text):
            number, rest = typed.group(1), typed.group(2)
        else:
            number, rest = (raised[0] if raised else ""), text
        if small and number in called and not page_or_job(rest):
            note = line
        elif not (
            note is not None
            and previous is not None
            and small
            and abs(size - _size(note)) < 0.5
            and line["top"] - previous["bottom"] <= previous["bottom"] - previous["top"]
            and not page_or_job(text)
        ):
            note = None
        if note is not None:
            line["note"] = True
        else:
            called.update(raised)
        previous = line


def _note_number(line: dict) -> str:
    typed = _NOTE_START_RE.match(line["text"].strip())
    raised = line.get("marks", [])
    return typed.group(1) if typed else (raised[0] if raised else "")


def _footnotes(
    lines: list[dict],
    body: float,
    carried: Collection[str] = (),
    continues: bool = False,
    after_note: bool = False,
) -> tuple[list[dict], dict[str, str], str]:
    """Footnotes at the foot of a page: the run of last lines set smaller than the body, each
    note starting with the number of a mark in the page's text above (typed, or itself
    raised), or of a mark an earlier page called without holding its note (``carried``).
    ``continues``: the page before ended in a note, which Word goes on with at this page's
    foot, before its own notes and without a number, when the note was cut mid-sentence
    (True) or, cut after a full stop, when the small text stands under the notes' rule
    (``after_note``: the page before ended in a note). Returns the page's other lines, the
    notes' texts by number and the rest of the note cut."""
    start = len(lines)
    while start > 0 and 0 < _size(lines[start - 1]) <= body - 0.5:
        start -= 1
    called = {m for line in lines[:start] for m in line.get("marks", [])} | set(carried)
    # Unnumbered small text right under a rule at the foot of a page after a note is that
    # note going on: read as the page's text, a note ending a sentence on the page before
    # was spliced into the paragraph this page broke (and the paragraph read as a heading).
    continues = continues or (after_note and start < len(lines) and lines[start]["under_rule"])
    notes: dict[str, str] = {}
    number = None
    first = start
    rest: list[str] = []
    for line in lines[start:]:
        text = line["text"].strip()
        m = _NOTE_START_RE.match(text)
        raised = line.get("marks", [])
        if m and m.group(1) in called and m.group(1) not in notes:
            number, text = m.group(1), m.group(2).strip()
            notes[number] = text
        elif raised and raised[0] in called and raised[0] not in notes:
            number = raised[0]
            notes[number] = text
        elif number is not None:
            notes[number] += " " + text
        elif continues:
            # Read as body text, the rest of the note ended the page's last paragraph, and
            # the note's first part, ending mid-sentence, made the paragraph that called it
            # read as a heading.
            rest.append(text)
        else:
            first += 1  # small text above the first note is not a note
    if not notes and not rest:
        return lines, {}, ""
    return lines[:first], notes, " ".join(rest)


def _size(line: dict) -> float:
    sizes = Counter(round(c["size"] * 2) / 2 for c in line.get("chars", []) if c["text"].strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


# What starts the body on the first page: a paragraph number ("1.") or a chapter's ("I.").
_BODY_START_RE = re.compile(r"^(?:\d{1,4}|[IVXL]{1,6})\.(?:\s|$)")


def _masthead_columns(lines: list[dict], width: float, body: float) -> list[dict]:
    """The first page's masthead read column by column. A UN masthead sets the issuing body on
    the left ("Fifteenth United Nations Congress on / Crime Prevention and Criminal Justice")
    and the distribution, date and language on the right, on lines of their own heights, so
    read line by line the two columns interleave ("Fifteenth United Nations Congress on
    Distr.: General"). Above the body's first numbered paragraph or chapter, the text that
    starts in the page's right half is the right column: it follows the lines of the left
    one beside it, as a block of its own, before what comes below both (the title)."""
    cells = [line_cells(line, body) if body else [] for line in lines]
    start = next((i for i, c in enumerate(cells) if c and _BODY_START_RE.match(c[0][1])), None)
    if start is None:
        return lines
    middle = width / 2
    left: list[dict] = []
    right: list[dict] = []
    for line, found in zip(lines[:start], cells[:start], strict=True):
        split = next((x for x, _ in found if x >= middle), None)
        if split is None:
            left.append(line)
            continue
        chars = line.get("chars", [])
        for side, on_left in ((left, True), (right, False)):
            part = [c for c in chars if (c["x0"] < split) == on_left]
            text = " ".join(t for x, t in found if (x < split) == on_left)
            if part and text.strip():
                marks = line.get("marks", []) if on_left else []
                side.append(
                    line
                    | {
                        "chars": part,
                        "text": text,
                        "x0": min(c["x0"] for c in part),
                        "x1": max(c["x1"] for c in part),
                        "marks": marks,
                    }
                )
    if not right:
        return lines
    right[0] = right[0] | {"new_block": True}
    beside = [line for line in left if line["top"] <= right[-1]["top"]]
    below = [line for line in left if line["top"] > right[-1]["top"]]
    if below:
        below[0] = below[0] | {"new_block": True}
    return beside + right + below + lines[start:]


def _margin_keys(pages: list[tuple[float, list[dict]]]) -> set[str]:
    """Normalised texts of lines that recur in the margins of several pages."""
    counts: Counter[str] = Counter()
    for height, lines in pages:
        seen = {
            recurrence_key(line["text"])
            for line in lines
            if not line.get("note")
            and (
                line["top"] < height * _MARGIN_SHARE
                or line["bottom"] > height * (1 - _MARGIN_SHARE)
            )
            # A paragraph number alone at a page edge ("4.") recurs too, but is content.
            and not starts_block(line["text"].strip())
        }
        counts.update(seen)
    return {key for key, n in counts.items() if n >= 2} if len(pages) >= 2 else set()


def _is_furniture(line: dict, height: float, recurring: set[str], page: int) -> bool:
    text = line["text"].strip()
    in_margin = line["top"] < height * _MARGIN_SHARE or line["bottom"] > height * (
        1 - _MARGIN_SHARE
    )
    if not in_margin or line.get("note"):
        return False
    return bool(
        recurrence_key(text) in recurring
        or page_or_job(text)
        # The symbol alone in the margin of a later page: the running header of a document
        # too short for it to recur.
        or (page > 0 and SYMBOL_RE.fullmatch(text))
    )


def _below_footer(lines: list[dict], height: float, furniture: list[dict]) -> list[dict]:
    """The lines a page sets below the top of its footer (its highest furniture line in the
    bottom margin): on a first page, the recycling logo's caption ("Please recycle") under
    the job number and barcode. A page's text and its notes end above its footer, so what
    is under it is the footer's too; kept, it was spliced into the next page's first line,
    and a sub-item there lost its label."""
    footer = [line["top"] for line in furniture if line["bottom"] > height * (1 - _MARGIN_SHARE)]
    if not footer:
        return []
    known = {id(line) for line in furniture}
    return [
        line
        for line in lines
        if line["top"] > min(footer) and not line.get("note") and id(line) not in known
    ]


def read_pdf(data: bytes, path: str) -> str:
    if not data.startswith(b"%PDF"):
        raise NotTextError(path, "not a PDF file (no %PDF header); check the file.")
    pdf = _open(data, path)
    with pdf:
        body = _body_size(pdf)
        pages = []
        carried: set[str] = set()
        for page in pdf.pages:
            lines = _page_lines(page, body, carried)
            pages.append((float(page.height), lines))
            carried |= {m for line in lines if not line.get("note") for m in line.get("marks", [])}
            carried -= {_note_number(line) for line in lines if line.get("note")}
        width = float(pdf.pages[0].width) if pdf.pages else 0.0
    recurring = _margin_keys(pages)
    out: list[str] = []
    # The document symbol lives in the running header; keep one copy for the front matter.
    symbols = [
        m.group(0)
        for height, lines in pages[:1]
        for line in lines
        if _is_furniture(line, height, recurring, 0) and (m := SYMBOL_RE.search(line["text"]))
    ]
    if symbols:
        out += [symbols[0], ""]
    # A footnote's text is the document's (a source, a figure's basis): it ends the paragraph
    # whose mark calls it, even when that paragraph goes on over the page, instead of
    # splitting whatever paragraph the page broke.
    pending: list[str] = []
    last = ""
    last_line: dict | None = None  # the last line written, on whatever page
    before_last: dict | None = None  # the line written before it
    table_head = ""  # the first row of the last table begun

    # A word that a soft hyphen (U+00AD, which Word's PDFs keep at a line end) broke: its
    # head, moved down to the next line. Text readers drop U+00AD, which left "imple" and
    # "mentation" two words; a hyphen the lexicon judged could also be read as a compound's.
    carry: list[str] = []

    def end_block() -> None:
        out.extend(carry)
        carry.clear()
        out.extend(pending)
        pending.clear()
        out.append("")

    # The notes of each page's marks, found on the page or on a later one (endnotes, or a
    # note Word moved to the next page): a mark's note is the first one with its number
    # from its page on.
    bodies: list[list[dict]] = []
    notes_of: list[dict[str, str]] = []
    waiting: dict[str, int] = {}  # a mark called and not yet given its note: its page
    last_note: tuple[int, str] | None = None  # the last page's last note: its page, number
    cut = False  # that note ended mid-sentence
    for number, (height, lines) in enumerate(pages):
        furniture = [line for line in lines if _is_furniture(line, height, recurring, number)]
        furniture += _below_footer(lines, height, furniture)
        dropped = {id(line) for line in furniture}
        kept = [line for line in lines if id(line) not in dropped]
        kept, found, rest = _footnotes(
            kept, body, waiting, continues=cut, after_note=last_note is not None
        )
        notes_of.append({})
        if last_note is not None and rest:
            notes_of[last_note[0]][last_note[1]] += " " + rest
        last_note = last_note if rest else None
        cut = bool(rest) and not SENTENCE_END_RE.search(rest)
        for line in kept:
            for m in line.get("marks", []):
                waiting.setdefault(m, number)
        for m, text in found.items():
            at = waiting.pop(m, number)
            notes_of[at][m] = text
            last_note, cut = (at, m), not SENTENCE_END_RE.search(text)
        bodies.append(kept)
    laid_out = [
        unruled_tables(
            text_columns(_masthead_columns(kept, width, body) if number == 0 else kept, body),
            body,
        )
        for number, kept in enumerate(bodies)
    ]
    spacing = _line_spacing(laid_out)
    for number, kept in enumerate(laid_out):
        notes = notes_of[number]
        # A table the page break cut goes on at the top of this page, and Word repeats its
        # header row there ("Repeat as header row"): the repeat is layout, as a running
        # header is, and read as a row it doubled the header's words in the table.
        continued = bool(kept and kept[0].get("table") and last_line and last_line.get("table"))
        repeat = continued and kept[0]["text"] == table_head
        if repeat or (kept and _repeats_head(kept[0], last_line, before_last, table_head)):
            kept = kept[1:]
        if out and kept and SENTENCE_END_RE.search(last) and not _goes_on(last_line, kept[0]):
            end_block()  # a page that ended a paragraph: the next page starts a new block
        previous = None
        for line in kept:
            starts_table = line.get("table") and line["table"] != (previous or {}).get("table")
            if starts_table and (previous is not None or not continued):
                table_head = line["text"]  # a table's first row: its header, if any
            if line.get("new_block"):
                end_block()
            elif previous is not None:
                gap = line["top"] - previous["bottom"]
                line_height = previous["bottom"] - previous["top"]
                same_table = line.get("table") and line.get("table") == previous.get("table")
                if not same_table and (
                    gap > max(_BREAK_SHARE * line_height, spacing + _JITTER_SHARE * line_height)
                    # Text stands apart from a table above or below it, and a line set in
                    # another size (a title, a masthead field) from its neighbours.
                    or line.get("table") != previous.get("table")
                    or abs(_size(line) - _size(previous)) >= _SIZE_STEP
                ):
                    end_block()
            last = "".join(carry) + _SPACE_BEFORE_PUNCT_RE.sub(r"\1", line["text"])
            carry.clear()
            text = last.rstrip()
            if text.endswith(_SOFT_HYPHEN):
                text, _, head = text[:-1].rpartition(" ")
                carry.append(head)
            if text:
                out.append(text)
            for m in line.get("marks", []):
                if m in notes:
                    # An asterisk's note is a title's or a masthead line's ("* The present
                    # document is being issued without formal editing."): a block of its
                    # own after it, so the title stays the title.
                    pending.extend(["", notes.pop(m)] if m.startswith("*") else [notes.pop(m)])
            previous = line
            before_last, last_line = last_line, line
    out.extend(carry)
    out.extend(pending)
    return "\n".join(out)


def _repeats_head(
    first: dict, last: dict | None, before_last: dict | None, table_head: str
) -> bool:
    """The first line of a page repeats the header row of a table the page break cut, where a
    side of the break holds too few rows to be read as a table (a header and one row): its
    words are the header's on the page before, the last table's first row when that page
    ended in the table, or the line before its last when this page opens the table. Read as
    text, the header's words were doubled."""

    def said(text: str) -> list[str]:
        return text.replace("|", " ").split()

    if last is None or not said(first["text"]):
        return False
    if last.get("table") and table_head:
        return said(first["text"]) == said(table_head)
    if before_last is None or not first.get("table"):
        return False
    return said(first["text"]) == said(before_last["text"])


# A gap between two lines of more than this share of a line's height parts two blocks in a
# single-spaced text (a paragraph's spacing after it, a heading's before it).
_BREAK_SHARE = 0.6
# In a text set wider (1.5 lines, double), the lines of one paragraph stand as far apart as
# that: a gap parts blocks only when it exceeds the text's own line spacing by more than
# this share of a line's height. A single-spaced text's spacing is at most 0.4 of a line's
# height (0.19 to 0.39 in the 20 gold PDFs), so with 0.2 its blocks part exactly where
# ``_BREAK_SHARE`` parted them; a paragraph's spacing after it, in any spacing, is half a
# line or more.
_JITTER_SHARE = 0.2
# A wrapped line ends short of the text's right edge by at most the word that did not fit:
# about four line heights of letters (a ten-letter word at half a height a letter).
_WORD_HEIGHTS = 4.0


def _line_spacing(pages: list[list[dict]]) -> float:
    """The gap between the lines of one paragraph in this document: the median gap after a
    line the paragraph wrapped (it ends no sentence and reaches the right edge of the page's
    text, within ``_WORD_HEIGHTS`` line heights), between lines of one size outside tables
    and notes. 0 when there is none. Read at 1.5 or double spacing, every line of a
    paragraph had been a block of its own, and numbered paragraphs headings."""
    gaps = []
    for lines in pages:
        text = [line for line in lines if not line.get("table") and not line.get("note")]
        right = max((line["x1"] for line in text), default=0.0)
        for before, line in zip(text, text[1:], strict=False):
            height = before["bottom"] - before["top"]
            gap = line["top"] - before["bottom"]
            if (
                0 < gap < 2 * height
                and before["x1"] >= right - _WORD_HEIGHTS * height
                and abs(_size(line) - _size(before)) < _SIZE_STEP
                and not SENTENCE_END_RE.search(before["text"])
            ):
                gaps.append(gap)
    return float(statistics.median(gaps)) if gaps else 0.0


def _font(line: dict) -> str:
    names = Counter(c.get("fontname", "") for c in line.get("chars", []) if c["text"].strip())
    return names.most_common(1)[0][0] if names else ""


def _text_x(line: dict) -> float:
    """Where a line's text starts: after its label ("(b)", "12.") when it opens a block."""
    if not starts_block(line["text"].strip()):
        return line["x0"]
    chars = sorted(line.get("chars", []), key=lambda c: c["x0"])
    for before, char in zip(chars, chars[1:], strict=False):
        if char["text"].strip() and (not before["text"].strip() or char["x0"] - before["x1"] > 1.0):
            return char["x0"]
    return line["x0"]


def _goes_on(before: dict | None, line: dict) -> bool:
    """A page's first line goes on with the paragraph whose sentence the page before ended,
    rather than starting a block, when it opens nothing (no paragraph number, sub-item marker
    or heading label), starts where that page's last line started and is set in its face and
    size. A page break can fall after any sentence: read as a block of its own, a short last
    clause of a sub-item overleaf ("Records should be shared on request; and") was taken for a
    heading, lost to its item, and the next item ("(c) …") was read into the one before. A
    heading at the top of a page stands apart by its place or its face, and new paragraphs
    are numbered."""
    if before is None or line.get("new_block") or line.get("table") or before.get("table"):
        return False
    return (
        not starts_block(line["text"].strip())
        and abs(line["x0"] - _text_x(before)) < 1.5
        and _font(line) == _font(before)
        and abs(_size(line) - _size(before)) < 0.5
    )
