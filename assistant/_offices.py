"""The office a person named in the documents holds. UN reports name their officers once
("Chair: Hélène Dubois (France)", "elected Ms. Nadia Benali (Tunisia) as its Chair") and call
them by office afterwards ("In her closing remarks, the Chair thanked …"), so within that
document a sentence about the Chair is a sentence about that person."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant._text import same_name, stem_words, words
from assistant._unit_index import UnitIndex
from congress_qa.textnorm import fold

# The offices of a UN meeting's bureau (rule 2 of its rules of procedure: a Chair, Vice-Chairs,
# a Rapporteur; a President for a Congress or conference). Lower case: matched on folded text.
_OFFICE = r"(?:vice-)?(?:chair(?:person)?|president|rapporteur)"
# "Chair: Ms. Hélène Dubois (France)", "Rapporteur of the meeting: Sheraz Ali": the office,
# then on the same line a colon and the name.
_BEFORE = r"\b(?P<office>{office})\b[^\n:.;]{{0,40}}:\s*[^\n:;]{{0,40}}?\b{name}\b"
# "elected Ms. Nadia Benali (Tunisia) as its Chair": the name, then "as (its|the) office".
_AFTER = r"\b{name}\b[^\n.;:]{{0,60}}?\bas\s+(?:its\s+|the\s+)?(?P<office>{office})\b"


def offices(
    names: Iterable[str], index: UnitIndex, doc_ids: Iterable[str]
) -> dict[str, dict[str, set[tuple[str, ...]]]]:
    """For each folded name word asked about, the offices its holder has in each document:
    ``{"dubois": {"europe-rpm": {("chair",)}}}``. Only units that hold the name are read."""
    scope = set(doc_ids)
    found: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    for name in names:
        stems = stem_words([name])
        scores = index.bm25_scores(stems) if stems else None
        if scores is None:
            continue
        patterns = [
            re.compile(p.format(office=_OFFICE, name=re.escape(name))) for p in (_BEFORE, _AFTER)
        ]
        for i in scores.nonzero()[0].tolist():
            unit = index.units[i]
            if unit.doc_id not in scope:
                continue
            text = fold(unit.text)
            for pattern in patterns:
                for m in pattern.finditer(text):
                    office = tuple(words(m.group("office")))
                    found.setdefault(name, {}).setdefault(unit.doc_id, set()).add(office)
    return found


def holds_office(
    name: str, doc_id: str, said: set[str], held: dict[str, dict[str, set[tuple[str, ...]]]]
) -> bool:
    """True when the words ``said`` name an office that ``name`` holds in ``doc_id``."""
    return any(set(office) <= said for office in held.get(name, {}).get(doc_id, ()))


def names_all(
    names: tuple[str, ...],
    doc_id: str,
    said: set[str],
    held: dict[str, dict[str, set[tuple[str, ...]]]],
) -> bool:
    """True when the words ``said`` name every one of ``names``: as written (``same_name``),
    or by an office the name holds in ``doc_id``."""
    return all(
        any(same_name(n, w) for w in said) or holds_office(n, doc_id, said, held) for n in names
    )
