"""Rewordings of gold questions, generated deterministically: the same question in another
frame ("Did anyone mention …?", "Can you tell me …?"), with a near term (minors for
children, graft for corruption), or typed as people type in a chat (names in small letters).
A reworded case keeps its original's expected answer, so it grows the data without anyone
writing answers, and measures whether an answer hangs on the wording. The term table below
is evaluation data: the answerer never sees it."""

from __future__ import annotations

import re

from eval.cases import GoldCase

# A question about a subject: "What did speakers say about X?", "What was recommended on X?",
# "What is recommended regarding X?", "What was said about X?".
_SUBJECT_RE = re.compile(
    r"^(?:what|how)\s+(?:did|does|do|was|were|is|are)\s+(?P<who>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)"
    r"(?:say|said|says|mention\w*|discuss\w*|recommend\w*|note[sd]?|propos\w*|decide[sd]?|"
    r"emphasi[sz]\w*|highlight\w*|stress\w*|identif\w*)\s+"
    r"(?:about|on|regarding|concerning|in relation to|with regard to)\s+(?P<subject>[^?]+?)\s*\??$",
    re.IGNORECASE,
)
_WH_RE = re.compile(r"^(?:what|which|who|whom|whose|where|when|how|why)\b", re.IGNORECASE)

SUBJECT_FRAMES = (
    "Did anyone mention {s}?",
    "Is there anything on {s}?",
    "Was {s} discussed?",
    "Tell me what the report says about {s}.",
)
INDIRECT_FRAMES = (
    "Can you tell me {q}?",
    "I would like to know {q}.",
)
# Near terms: a phrase of the documents' register and the word a user might type instead.
NEAR_TERMS = (
    ("children", "minors"),
    ("elderly people", "older persons"),
    ("elderly", "older people"),
    ("youth", "young people"),
    ("corruption", "graft"),
    ("reoffending", "recidivism"),
    ("repeat offending", "recidivism"),
    ("artificial intelligence", "AI"),
    ("law enforcement agencies", "police forces"),
    ("law enforcement", "police"),
    ("trafficking in persons", "human trafficking"),
    ("smuggling of migrants", "people smuggling"),
    ("prisons", "jails"),
    ("prison", "jail"),
    ("recommendations", "proposals"),
    ("recommended", "suggested"),
    ("speakers", "delegates"),
    ("emphasized", "stressed"),
    ("cooperation", "collaboration"),
    ("firearms", "guns"),
    ("online", "internet"),
    ("victims", "people harmed"),
    ("offenders", "convicted people"),
    ("money-laundering", "laundering of criminal money"),
    ("capacity-building", "training"),
    ("measures", "steps"),
    ("illegal logging", "illegal tree felling"),
    ("meeting", "session"),
)


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    # Keep names and acronyms as written.
    return text if first[1:2].isupper() or first in {"I", "AI"} else text[:1].lower() + text[1:]


def _typed(question: str) -> str:
    """The question as people type it in a chat: in small letters but for acronyms ("UNODC",
    "AI"), without its question mark ("what did japan say about prisons")."""
    words = re.sub(
        r"[^\W\d_]+", lambda m: m[0] if len(m[0]) > 1 and m[0].isupper() else m[0].lower(), question
    )
    return words.rstrip(" ?")


def _variant(case: GoldCase, kind: str, n: int, question: str) -> GoldCase:
    return case.model_copy(
        update={
            "id": f"{case.id}~{kind}{n}",
            "question": question,
            "category": "rewording",
            "origin": case.id,
        }
    )


def reword(case: GoldCase) -> list[GoldCase]:
    """Frame and near-term rewordings of one case; none for follow-ups (their wording is
    tied to the conversation)."""
    if case.history:
        return []
    question = case.question.strip()
    out: list[GoldCase] = []
    m = _SUBJECT_RE.match(question)
    if m and any(w[:1].isupper() for w in m.group("who").split()):
        # "What did Indonesia say about X?" is not "Did anyone mention X?": a frame that
        # drops who spoke asks another question (an unanswerable one became answerable).
        m = None
    if m:
        subject = m.group("subject")
        for n, frame in enumerate(SUBJECT_FRAMES, 1):
            out.append(_variant(case, "frame", n, frame.format(s=subject)))
    elif _WH_RE.match(question):
        body = _lower_first(question.rstrip(" ?"))
        for n, frame in enumerate(INDIRECT_FRAMES, 1):
            out.append(_variant(case, "indirect", n, frame.format(q=body)))
    for n, (term, near) in enumerate(NEAR_TERMS, 1):
        pattern = re.compile(rf"\b{re.escape(term)}\b", re.IGNORECASE)
        if pattern.search(question):
            out.append(_variant(case, "near", n, pattern.sub(near, question, count=1)))
            break  # one near-term variant per case keeps every case equally weighted
    # Only a question that names something with capitals is typed otherwise than it reads.
    typed = _typed(question)
    if typed != _lower_first(question).rstrip(" ?"):
        out.append(_variant(case, "typed", 1, typed))
    return out


def rewordings(cases: list[GoldCase]) -> list[GoldCase]:
    return [variant for case in cases for variant in reword(case)]
