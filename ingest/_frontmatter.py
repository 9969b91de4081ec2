"""Reads a UN document's own metadata from its front matter.

Mastheads come in many shapes: one field a line (text exports), fields side by side in one
line (PDF), cells of a layout table (Word, joined by " | "). The front matter is cut into
parts at line breaks and cell boundaries, and each part is recognised by what it says."""

from __future__ import annotations

import re

from ingest._furniture import SENTENCE_END_RE

_SYM = r"[A-Za-z0-9.()\-]"
# Bounded: symbols are short, and unbounded repeats made the search quadratic on long lines.
SYMBOL_RE = re.compile(
    rf"\b[A-Z]{{1,6}}/(?:{_SYM}{{1,24}}/){{1,8}}{_SYM}{{0,24}}\d[A-Za-z0-9.()]{{0,24}}"
)
_DATE = (
    r"\d{1,2}(?:\s*(?:[–-]|and)\s*\d{1,2})?\s+[A-Z][a-z]+"
    r"(?:\s*[–-]\s*\d{1,2}\s+[A-Z][a-z]+)?\s+\d{4}"
)
_DATE_IN_RE = re.compile(rf"\b{_DATE}\b")
# "Bangkok, 21–23 January 2025", or with the country: "Budva, Montenegro, 16–18 September 2025".
_PLACE_RE = re.compile(rf"^[^\W\d_][^,]{{1,60}}(?:,\s+[^\W\d_][^,]{{1,60}})?,\s+{_DATE}$")
_RAPPORTEUR_RE = re.compile(r"^Rapporteur\s*:\s*(.+)$", re.IGNORECASE)
_DISTRIBUTION_RE = re.compile(
    r"\bDistr(?:ibution)?\.?\s*:?\s*(General|Limited|Restricted)\b", re.IGNORECASE
)
# Capitalised, as in a meeting's name ("Regional Preparatory Meeting"), not in running prose.
_MEETING_RE = re.compile(r"\b(Meeting|Congress|Conference|Commission|Session|Group|Workshop)\b")
# The report's own title: "Draft report", "Report of the … Meeting", "Report of the meeting".
_REPORT_TITLE_RE = re.compile(r"^(?:Draft\s+|Final\s+)?report\b", re.IGNORECASE)
# Lines every UN masthead carries, which never name the document.
_BOILERPLATE_RE = re.compile(
    r"^(?:Distr\.|Distribution\s*:|Original\s*:|Contents$|Page$"
    r"|United Nations$|Nations Unies$|General Assembly$|Economic and Social Council$"
    r"|Security Council$|Secretariat$|SYNTHETIC TEST DOCUMENT\b"
    r"|(?:Provisional\s+)?agenda item\b|Item \d+ of the (?:provisional )?agenda)"
    r"|\bonly$",
    re.IGNORECASE,
)
_PART_RE = re.compile(r"^(Addendum|Corrigendum|Revision)$", re.IGNORECASE)
_MAX_TITLE_WORDS = 8


def front_parts(blocks: list[str]) -> list[str]:
    """The front matter cut at line breaks and table cells, with document symbols taken out
    (a symbol shares its line with "United Nations" in many mastheads)."""
    parts = []
    for block in blocks:
        for line in block.split("\n"):
            for cell in line.split(" | "):
                text = " ".join(SYMBOL_RE.sub(" ", cell).split()).strip(" *")
                if text:
                    parts.append(text)
    return parts


def _title_goes_on(title: str, following: str, document: str) -> bool:
    """A title the layout broke at a blank line ("… for the Fifteenth United Nations" and
    "Congress on Crime Prevention …"): the next part starts in lower case, or the two words
    either side of the break stand together elsewhere in the document."""
    if (
        not following
        or SENTENCE_END_RE.search(title)
        or _PLACE_RE.match(following)
        or _DATE_IN_RE.search(following)
        or _BOILERPLATE_RE.search(following)
    ):
        return False
    if following[0].islower():
        return True
    pair = f"{title.split()[-1]} {following.split()[0]}"
    # Once at the break itself (where the parts meet again), and once more elsewhere.
    return " ".join(document.split()).count(pair) >= 2


def read_front_matter(blocks: list[str], document: str = "") -> dict[str, str]:
    """Title, meeting, place and dates, issue date, distribution, symbol and rapporteur,
    where present. ``document``: the whole text, where a title's broken words are looked up."""
    found: dict[str, str] = {}
    whole = "\n".join(blocks)
    if symbol := SYMBOL_RE.search(whole):
        found["symbol"] = symbol.group(0).rstrip(".")
    if distribution := _DISTRIBUTION_RE.search(whole):
        found["distribution"] = distribution.group(1).capitalize()
    title = ""
    short: list[str] = []
    part = ""
    parts = front_parts(blocks)
    for i, text in enumerate(parts):
        if _REPORT_TITLE_RE.match(text):
            while i + 1 < len(parts) and _title_goes_on(parts[i], parts[i + 1], document):
                parts[i : i + 2] = [f"{parts[i]} {parts[i + 1]}"]
            break
    for text in parts:
        if _PLACE_RE.match(text):
            found.setdefault("place_dates", text)
        elif m := _RAPPORTEUR_RE.match(text):
            found.setdefault("rapporteur", m.group(1).strip())
        elif _PART_RE.match(text):
            part = text.capitalize()
        elif _REPORT_TITLE_RE.match(text):
            title = title or text
        elif date := _DATE_IN_RE.search(text):
            # "Distr.: Limited 21 January 2025": the issue date shares a part with the status.
            found.setdefault("issue_date", date.group(0).strip())
        elif _BOILERPLATE_RE.search(text) or not any(c.isalpha() for c in text):
            continue
        elif len(text.split()) >= 5 and _MEETING_RE.search(text) and "meeting" not in found:
            found["meeting"] = text
        elif len(text.split()) <= _MAX_TITLE_WORDS:
            short.append(text)
    title = title or (short[0] if short else found.get("meeting", ""))
    if title and part:
        title = f"{title} ({part.lower()})"
    if title:
        found["title"] = title
    return found
