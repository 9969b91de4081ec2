"""The other names a document gives whom it names. UN reports name their officers once
("Chair: Hélène Dubois (France)", "elected Ms. Nadia Benali (Tunisia) as its Chair") and call
them by office afterwards ("In her closing remarks, the Chair thanked …"), so within that
document a sentence about the Chair is a sentence about that person. They spell a body's name
out once with its acronym ("the World Health Organization (WHO)") and use the acronym
afterwards ("The representative of WHO recalled …"): within that document the two are one
name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant._text import raw_words, same_name, stem_words, words
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
# "World Health Organization (WHO)": capitalised words (with the small words a name joins them
# by), then an acronym of capitals in brackets.
_JOINING = frozenset(
    {"of", "for", "on", "and", "the", "in", "against", "de", "la", "des", "du", "et"}
)
_DEFINED = re.compile(
    rf"((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|{'|'.join(sorted(_JOINING))}))*)"
    r"\s+\(([A-Za-z]*[A-Z][A-Za-z]*[A-Z]\w*)\)"
)


# "Mr. Araújo", "Ms. Tzul Batz": how a report calls a person after naming them in full.
# Folded text, so the title is in small letters; "Mrs" before "Mr" so that it is read whole.
_TITLED = r"\b(?P<title>mrs|mr|ms|dr)\.?\s+{surname}\b"
# A person's full name as a report writes it: two to five capitalised words ("João Pedro
# Araújo", "Andrés Felipe Quiñones Rúa"), on the original (unfolded) text.
_FULL_NAME = re.compile(r"\b[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){1,4}\b")


def _spelled_out(run: str, acronym: str) -> tuple[str, ...]:
    """The words of ``run`` that the acronym abbreviates: from a capitalised word with the
    acronym's first letter, the start whose count of capitalised words is nearest the
    acronym's length ("Representatives of the World Health Organization" → "World Health
    Organization" for WHO)."""
    tokens = run.split()
    starts = [
        i for i, t in enumerate(tokens) if t[0].upper() == acronym[0].upper() and t[0].isupper()
    ]
    if not starts:
        return ()

    def capitals(i: int) -> int:
        return sum(t[0].isupper() for t in tokens[i:])

    start = min(starts, key=lambda i: (abs(capitals(i) - len(acronym)), -i))
    return tuple(words(" ".join(tokens[start:])))


def acronyms(text: str) -> list[tuple[tuple[str, ...], str]]:
    """The names ``text`` spells out with their acronym: (folded words, the acronym as
    written). An acronym stays in capitals: "WHO" is not the "who" of "experts who …"."""
    found = []
    for m in _DEFINED.finditer(text):
        full = tuple(w for w in _spelled_out(m.group(1), m.group(2)) if w not in _JOINING)
        if len(full) > 1:
            found.append((full, m.group(2)))
    return found


# "Vice-Chair" is an office of its own: a sentence about the Vice-Chair is not about the
# Chair. Folded words split it, so each office word after "vice" is also kept joined to it.
_VICE = "vice"


def said_in(text: str) -> set[str]:
    """The words of ``text`` a name is looked for among: folded, and its acronyms as written
    (see ``acronyms``); an office after "Vice-" as one word ("vice-chair"), and the office's
    own word only where the text also holds it alone."""
    found = words(text)
    said = set(found) | {t for t in raw_words(text) if len(t) > 1 and t.isupper()}
    vice = [i + 1 for i, w in enumerate(found[:-1]) if w == _VICE]
    if vice:
        said |= {f"{_VICE}-{found[i]}" for i in vice}
        alone = {w for i, w in enumerate(found) if i not in vice}
        said -= {found[i] for i in vice} - alone
    return said


def offices(
    names: Iterable[str], index: UnitIndex, doc_ids: Iterable[str]
) -> dict[str, dict[str, set[tuple[str, ...]]]]:
    """For each folded name word asked about, the other names its holder has in each
    document, as word tuples: the offices ``{"dubois": {"europe-rpm": {("chair",)}}}``, and
    the acronym a spelled-out name is given, as written, or the reverse (``{"health": {"asia":
    {("WHO",)}}, "unodc": {"asia": {("united", "nations", "office", "drugs", "crime")}}}``).
    Only units that hold the name are read."""
    scope = set(doc_ids)
    found: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    # A full name's title forms, by document and the words after the name asked: looked up
    # once, however many units and name words share the full name.
    titled: dict[tuple[str, tuple[str, ...]], set[tuple[str, ...]]] = {}
    for name in names:
        # The name's initials forms, by document, when it writes the name as an acronym.
        initials: dict[str, set[tuple[str, ...]]] = {}
        as_acronym = re.compile(rf"\b{re.escape(name.upper())}\b")
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
            held = found.setdefault(name, {}).setdefault(unit.doc_id, set())
            text = fold(unit.text)
            for pattern in patterns:
                for m in pattern.finditer(text):
                    held.add(_office(m.group("office")))
            # A body's name and the acronym the document defines for it name each other.
            for full, acronym in acronyms(unit.text):
                if name in full:
                    held.add((acronym,))
                elif name == acronym.lower():
                    held.add(full)
            held |= _titled(name, unit.text, unit.doc_id, index, titled)
            if unit.doc_id not in initials and as_acronym.search(unit.text):
                initials[unit.doc_id] = _initials(name.upper(), unit.doc_id, index)
            held |= initials.get(unit.doc_id, set())
    # Only the names that have another name somewhere.
    return {n: kept for n, docs in found.items() if (kept := {d: v for d, v in docs.items() if v})}


def _initials(acronym: str, doc_id: str, index: UnitIndex) -> set[tuple[str, ...]]:
    """The names ``doc_id`` writes whose capitalised words' initials spell ``acronym``, as
    folded words without their joining words: ("united", "nations") for "UN" in a report
    that writes "UN-Women" and "the United Nations Convention against Cybercrime" but never
    defines "UN" (``acronyms``). An acronym is made of its name's initials; every one of them
    written as a capital (not "each unit" for "EU") is what keeps a phrase spelled by chance
    out, for two letters as for eight."""
    if not (2 <= len(acronym) <= 8 and acronym.isalpha()):
        return set()
    joining = "|".join(sorted(_JOINING))
    pattern = re.compile(
        r"\b"
        + rf"(?:[\s-]+(?:(?:{joining})\s+){{0,2}})".join(
            rf"{c}[^\W\d_]*(?:['’][^\W\d_]+)?" for c in acronym
        )
        + r"\b"
    )
    mask = index.matching(f"initials:{acronym}", lambda u: bool(pattern.search(u.text)))
    start, end = index.doc_span[doc_id]
    return {
        tuple(w for w in words(m.group(0)) if w not in _JOINING)
        for i in mask[start:end].nonzero()[0].tolist()
        for m in pattern.finditer(index.units[start + i].text)
        # Words, not other acronyms: "UNODC National" spells no "UN".
        if not any(len(t) > 1 and t.isupper() for t in raw_words(m.group(0)))
    }


def _titled(
    name: str,
    text: str,
    doc_id: str,
    index: UnitIndex,
    known: dict[tuple[str, tuple[str, ...]], set[tuple[str, ...]]],
) -> set[tuple[str, ...]]:
    """How the document calls by title and surname the person whose full name ``text``
    writes with ``name`` before its surname: ("mr", "araujo") for "joao" in
    "João Pedro Araújo" when the document also writes "Mr. Araújo". A report names a
    participant in full once and by title and surname afterwards, so within that document
    a sentence about Mr. Araújo is about João Pedro Araújo. ``known`` keeps the forms found
    (``_title_forms``) for the other units and name words that write the same full name."""
    found: set[tuple[str, ...]] = set()
    for run in _FULL_NAME.finditer(text):
        written = words(run.group(0))
        if name not in written[:-1]:
            continue
        after = tuple(written[written.index(name) + 1 :])
        if (doc_id, after) not in known:
            known[doc_id, after] = _title_forms(after, doc_id, index)
        found |= known[doc_id, after]
    return found


def _title_forms(after: tuple[str, ...], doc_id: str, index: UnitIndex) -> set[tuple[str, ...]]:
    """The title-and-surname forms ``doc_id`` writes of a name whose words after the one asked
    are ``after``: the surname is their last word or words ("Rúa", "Quiñones Rúa")."""
    found: set[tuple[str, ...]] = set()
    holding = index.bm25_scores(stem_words(list(after[-1:]))) > 0
    for start in range(len(after)):
        surname = after[start:]
        pattern = re.compile(_TITLED.format(surname=r"\s+".join(map(re.escape, surname))))
        for i in holding.nonzero()[0].tolist():
            unit = index.units[i]
            if unit.doc_id == doc_id and (m := pattern.search(fold(unit.text))):
                found.add((m.group("title"), *surname))
    return found


def _office(written: str) -> tuple[str, ...]:
    """An office as ``said_in`` holds it: "Vice-Chair" as ("vice-chair",)."""
    found = words(written)
    if len(found) == 2 and found[0] == _VICE:
        return (f"{_VICE}-{found[1]}",)
    return tuple(found)


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
    # A name written in the question is looked for among every word, the office words of
    # "Vice-Chair" too ("Who were the Vice-Chairs?"); only the office a name is called by
    # must be the office itself (``holds_office``).
    vice = [w.removeprefix(f"{_VICE}-") for w in said if w.startswith(f"{_VICE}-")]
    return all(
        any(same_name(n, w) for w in [*said, *vice]) or holds_office(n, doc_id, said, held)
        for n in names
    )


def names_asked(
    names: tuple[str, ...],
    each_of: tuple[tuple[str, ...], ...],
    doc_id: str,
    said: set[str],
    held: dict[str, dict[str, set[tuple[str, ...]]]],
) -> bool:
    """True when ``said`` names what the question asks about: every one of ``names``, or,
    when the question joins them ("in Brazil and Argentina", ``QueryProfile.each_of``), any
    one of them whole (both words of "Güleryüz Aksoy"): it asks the same of each."""
    if each_of:
        return any(names_all(group, doc_id, said, held) for group in each_of)
    return names_all(names, doc_id, said, held)
