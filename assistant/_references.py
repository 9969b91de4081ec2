"""Paragraphs a question names by their number: "What does paragraph 8 (d) say?", "Quote
para. 12", "paragraphs 3 and 4", "subparagraph (b) of paragraph 40", "recommendation (b)".

UN reports number their paragraphs, and staff cite them by number; a question that names one
asks about that paragraph, whatever words it shares with it. The number is found in the
question, the unit in the store (``assistant.py``)."""

from __future__ import annotations

import re

# One reference: a paragraph number with its letters and roman numerals ("8", "8 (d)",
# "40(a)(ii)"), or a legal number ("12.1", "2.3.1": ``ingest.parser._legal``). Letters go up
# to four characters: "(aa)" and "(iii)".
_REF = r"\d{1,3}(?:\.\d{1,2}){0,3}(?!\d)(?:\s*\(\s*[a-z]{1,4}\s*\))*"
# The words that introduce paragraph numbers, and a run of references after them ("paragraphs
# 3, 4 and 6", "paragraphs 3 to 5"). Not "item": "agenda item 5 (a)" is a section of the
# report (``_query._ITEM_SCOPE_RE``), not one of its paragraphs.
_PARAGRAPHS_RE = re.compile(
    rf"(?<!\w)(?:(?:sub-?)?(?:paragraphs?|paras?)\b\.?|§§?)\s*(?P<refs>{_REF}(?:\s*(?:,|and|or|to|through|"
    rf"[-–])\s*{_REF})*)",
    re.IGNORECASE,
)
# "subparagraph (b) of paragraph 40": the letter comes before its paragraph.
_SUB_OF_RE = re.compile(
    r"\b(?:sub-?paragraph|item|point|recommendation)\s*\(\s*(?P<letter>[a-z]{1,4})\s*\)\s+of\s+"
    r"(?:paragraph|para\.?)\s*(?P<number>\d{1,3})\b",
    re.IGNORECASE,
)
# "recommendation (b)", "recommendations (a) and (c)": lettered items of a recommendations
# paragraph, found in the store by their letter (``assistant._named_paragraphs``).
_LETTERED_RE = re.compile(
    r"\brecommendations?\s+(?P<letters>\(\s*[a-z]{1,4}\s*\)(?:\s*(?:,|and|or)\s*\(\s*[a-z]{1,4}"
    r"\s*\))*)",
    re.IGNORECASE,
)
_ONE_RE = re.compile(_REF, re.IGNORECASE)
_LETTER_RE = re.compile(r"\(\s*([a-z]{1,4})\s*\)", re.IGNORECASE)
# "paragraphs 3 to 5" is expanded; a longer span is read as its two ends only (a typo such as
# "3 to 50" must not quote half a report).
_MAX_SPAN = 10


def _unit_id(ref: str) -> str:
    """ "8 (d)" -> "8(d)", "12.1" -> "12.1", as the store writes unit ids."""
    number = re.match(r"\d+(?:\.\d+)*", ref)
    assert number is not None
    letters = "".join(f"({x.lower()})" for x in _LETTER_RE.findall(ref))
    return f"{number.group(0)}{letters}"


def paragraph_refs(question: str) -> tuple[str, ...]:
    """The unit ids a question names, in order: "8(d)", "12"; a lettered recommendation
    without its paragraph is "(b)" (resolved against the store). Empty when it names none."""
    found: list[str] = []
    for m in _SUB_OF_RE.finditer(question):
        found.append(f"{m.group('number')}({m.group('letter').lower()})")
    rest = _SUB_OF_RE.sub(" ", question)
    for m in _PARAGRAPHS_RE.finditer(rest):
        refs = m.group("refs")
        ids: list[str] = []
        end = 0
        for r in _ONE_RE.finditer(refs):
            unit = _unit_id(r.group(0))
            span = re.fullmatch(r"\s*(?:to|through|[-–])\s*", refs[end : r.start()], re.I)
            if span and ids and ids[-1].isdigit() and unit.isdigit():
                first, last = int(ids[-1]), int(unit)
                if 0 < last - first <= _MAX_SPAN:
                    ids += [str(n) for n in range(first + 1, last)]
            ids.append(unit)
            end = r.end()
        found += ids
    for m in _LETTERED_RE.finditer(rest):
        found += [f"({x.lower()})" for x in _LETTER_RE.findall(m.group("letters"))]
    return tuple(dict.fromkeys(found))


# Verbs that ask what a named paragraph holds ("What does recommendation (b) cover?", "Show
# me paragraph 12"): asked of a paragraph, they name no subject (a closed class; "say",
# "mention" and the like are frame words of every question already).
_CONTENT_VERBS_RE = re.compile(
    r"\b(?:cover|covers|covering|contain|contains|contained|include|includes|included|show|"
    r"shows|quote|read|reads|display|print|full|text|wording|exactly|entire|whole)\b",
    re.IGNORECASE,
)


def without_refs(question: str) -> str:
    """The question with its paragraph references, and the verbs that only ask for their
    content, taken out: what it asks of them ("What does paragraph 8 say about elderly
    people?" -> "What does say about elderly people?")."""
    out = _SUB_OF_RE.sub(" ", question)
    out = _PARAGRAPHS_RE.sub(" ", out)
    out = _LETTERED_RE.sub(" ", out)
    out = _CONTENT_VERBS_RE.sub(" ", out)
    return re.sub(r"\s+", " ", out).strip()
