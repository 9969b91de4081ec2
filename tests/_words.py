""" "No text lost": every word a reader hands over ends up in exactly one place of the parsed
document: the front unit, one unit's text, or one heading. Paragraph numbers and sub-item
markers become unit ids, so they are counted there."""

from __future__ import annotations

import re
from collections import Counter

from ingest import ParsedDocument

# Letters and digits; underscores, marks and punctuation separate words (the parser may drop
# markup such as *emphasis* and # heading marks, never a letter or a digit).
_WORD_RE = re.compile(r"[^\W_]+")
# A hyphen at a line end before a lowercase letter may have broken one word ("crimi-\nnal")
# or belong to a compound ("non-\ncustodial"); the text does not say which. Such a break
# counts as the joined word, or as its two pieces where the parser kept the hyphen.
_HYPHEN_BREAK_RE = re.compile(r"([A-Za-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
_BREAK_PIECES_RE = re.compile(r"([^\W_]*[A-Za-z])-[ \t]*\r?\n[ \t]*([a-z][^\W_]*)")


def words(text: str) -> Counter[str]:
    text = _HYPHEN_BREAK_RE.sub(r"\1", text.replace("\u00ad", ""))
    return Counter(_WORD_RE.findall(text))


def parsed_words(doc: ParsedDocument) -> Counter[str]:
    found: Counter[str] = Counter()
    for unit in doc.units:
        found += words(unit.text)
        base = unit.unit_id.split("~")[0]
        # A numbered paragraph's id is its number, which the text wrote; an annex's passage
        # has an id the parser made ("annex-II.1"), as its tables do.
        if unit.kind == "paragraph" and not base.startswith("annex"):
            found += words(base)
        elif unit.kind == "item":
            found += words(base.rsplit("(", 1)[1])
    for heading in doc.headings:
        found += words(heading)
    return found


def assert_every_word_once(text: str, doc: ParsedDocument, furniture: str = "") -> None:
    """``text``: what the document says (a reader's output, or the source a test wrote);
    ``furniture``: words removed on purpose (running headers, page numbers, contents)."""
    want = words(text)
    want.subtract(words(furniture))
    want = +want
    got = parsed_words(doc)
    for head, tail in _BREAK_PIECES_RE.findall(text.replace("\u00ad", "")):
        # Counted as the two pieces only where the parser's text has them and lacks the
        # joined word: a word lost is still missing under either count.
        joined = head + tail
        if got[joined] < want[joined] and got[head] > want[head] and got[tail] > want[tail]:
            want.subtract({joined: 1})
            want.update({head: 1, tail: 1})
    missing, extra = want - got, got - want
    assert not missing and not extra, (
        f"lost: {dict(list(missing.items())[:10])}; doubled or invented: "
        f"{dict(list(extra.items())[:10])}"
    )
