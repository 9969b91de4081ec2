"""A question that asks two things: "Where was the meeting held, and when was its report
issued?" is two questions, the second a follow-up of the first. Each asks for its own kind of
answer (a place, then a date); asked as one, the answer-type check and the evidence look for
one sentence that gives both, and the second part was lost or the whole refused."""

from __future__ import annotations

import re

# A second question joined to a first by "and" or "but" (after a comma or not) or by a
# semicolon, then a wh-word or an auxiliary that opens a question ("…, and what did she say?",
# "… and has it reduced thefts?"). A comma alone joins no question: "How much tax revenue, in
# dollars, does Benin lose …?" is one. A closed class of English question openers.
_AUX = r"did|does|do|is|are|was|were|has|have|had|can|could|will|would|should"
_WH = r"what|what's|whats|when|where|who|whom|whose|which|how|why"
_JOIN_RE = re.compile(
    rf"(?:\s*,?\s+(?:and|but)|\s*;\s*(?:and|but)?)\s+(?:if\s+so\s*,\s*)?(?=(?:{_WH}|{_AUX})\b)",
    re.IGNORECASE,
)
# "When cops get to the scene …, what are they supposed to do?": a wh-word that opens a
# subordinate clause, not a question, which inverts its auxiliary ("When was …", "How many
# …").
_SUBORDINATE_RE = re.compile(
    rf"^\W*(?:when|where|why|how)\s+(?!(?:{_AUX}|many|much|long|often|far|old|large|big|"
    r"exactly|else)\b)",
    re.IGNORECASE,
)
# A part that is a question by itself: it holds a wh-word ("According to the survey, how many
# …", "Herizo Randriamampianina: which country …"), or opens with an auxiliary or a request
# ("Is there …", "Tell me …").
_WH_RE = re.compile(rf"\b(?:{_WH})\b", re.IGNORECASE)
_OPENS_QUESTION_RE = re.compile(rf"^\W*(?:{_AUX}|tell|give|list|name)\b", re.IGNORECASE)
# The fewest words a part needs to ask something of its own: "Where and when did …?" joins
# two wh-words to one question, and "Are kids used to carry guns and do shootings?" one verb
# to another. A second part that opens with a wh-word may be shorter ("… and which ones?").
_MIN_WORDS = 3


def question_parts(question: str) -> list[str]:
    """The questions ``question`` joins, each as a question of its own ("Where was the meeting
    held?", "when was its report issued?"); the question alone when it joins none. The second
    part may point back at the first ("and what did she say?"): it is asked as a follow-up."""
    text = question.strip()
    for m in _JOIN_RE.finditer(text):
        first, second = text[: m.start()].strip(), text[m.end() :].strip()
        asked = second.rstrip("?. ").split()
        if len(first.split()) < _MIN_WORDS or len(asked) < (2 if _WH_RE.match(second) else 3):
            continue
        if not (_WH_RE.search(first) or _OPENS_QUESTION_RE.match(first)):
            continue
        if _SUBORDINATE_RE.match(first):
            continue
        return [f"{first.rstrip(' ,;?')}?", *question_parts(second)]
    return [text]
