"""Reads a UN document's own metadata from its front matter."""

from __future__ import annotations

import re

_SYM = r"[A-Za-z0-9.()\-]"
SYMBOL_RE = re.compile(rf"\b[A-Z]{{1,6}}/(?:{_SYM}+/)+{_SYM}*\d[A-Za-z0-9.()]*")
_DATE = (
    r"\d{1,2}(?:\s*(?:[–-]|and)\s*\d{1,2})?\s+[A-Z][a-z]+"
    r"(?:\s*[–-]\s*\d{1,2}\s+[A-Z][a-z]+)?\s+\d{4}"
)
_DATE_IN_RE = re.compile(rf"\b{_DATE}\b")
_PLACE_RE = re.compile(rf"^[A-Z][^,]{{1,60}},\s+{_DATE}$")
_RAPPORTEUR_RE = re.compile(r"^Rapporteur\s*:\s*(.+)$", re.IGNORECASE)
# Capitalised, as in a meeting's name ("Regional Preparatory Meeting"), not in running prose.
_MEETING_RE = re.compile(r"\b(Meeting|Congress|Conference|Commission|Session|Group)\b")
_BOILERPLATE_RE = re.compile(
    r"^(Distr\.|Original\s*:|General Assembly$|Economic and Social Council$|Security Council$)"
    r"|\bonly$",
    re.IGNORECASE,
)
_PART_RE = re.compile(r"^(Addendum|Corrigendum|Revision)$", re.IGNORECASE)


def read_front_matter(blocks: list[str]) -> dict[str, str]:
    """Title, meeting, place and dates, issue date, symbol and rapporteur, where present."""
    found: dict[str, str] = {}
    symbol = SYMBOL_RE.search(" ".join(blocks))
    if symbol:
        found["symbol"] = symbol.group(0).rstrip(".")
    title_candidates: list[str] = []
    part = ""
    for block in blocks:
        if _PLACE_RE.match(block):
            found.setdefault("place_dates", block)
        elif m := _RAPPORTEUR_RE.match(block):
            found.setdefault("rapporteur", m.group(1).strip())
        elif _PART_RE.match(block):
            part = block.capitalize()
        elif date := _DATE_IN_RE.search(block):
            # "Distr.: Limited 21 January 2025": the issue date shares a block with the status.
            found.setdefault("issue_date", date.group(0).strip())
        elif _BOILERPLATE_RE.search(block) or (symbol and block == symbol.group(0)):
            continue
        elif len(block.split()) >= 5 and _MEETING_RE.search(block) and "meeting" not in found:
            found["meeting"] = block
        elif len(block.split()) <= 8:
            title_candidates.append(block)
    title = title_candidates[0] if title_candidates else found.get("meeting", "")
    if title and part:
        title = f"{title} ({part.lower()})"
    if title:
        found["title"] = title
    return found
