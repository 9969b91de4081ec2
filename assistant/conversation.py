"""Resolves a follow-up question against the conversation, deterministically (no LLM):
"And what about youth?" after "What did speakers say about women?" becomes "What did speakers
say about youth?"; a pronoun ("their", "it") is tied to the previous question's subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant._text import FRAME_WORDS, PRONOUNS, STOPWORDS, words
from assistant.models import Message

_ELLIPSIS_RE = re.compile(
    r"^\s*(?:and\s+|but\s+)?(?:what|how)\s+about\s+(?P<topic>.+?)\s*\??\s*$"
    r"|^\s*and\s+(?!(?:what|how|which|who|whom|why|when|where|did|do|does|is|are|was|were)\b)"
    r"(?P<short>(?:\S+\s*){1,4}?)\s*\??\s*$",
    re.IGNORECASE,
)
# "in that context", "this issue": a reference to the previous subject without a pronoun.
_DEMONSTRATIVE_RE = re.compile(
    r"\b(?:this|that|these|those|such)\s+(?:context|case|issue|topic|regard|matter|area|point|"
    r"subject|question|group|groups|recommendation|measure|measures)\b",
    re.IGNORECASE,
)
_SUBJECT_RE = re.compile(
    r"\b(?:about|regarding|concerning|on|of|for|with)\s+(?P<subject>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)


def _subject(question: str) -> str:
    """The subject of a question: what follows its last 'about/on/of …', else its content words."""
    m = _SUBJECT_RE.search(question)
    if m and set(words(m.group("subject"))) - STOPWORDS - PRONOUNS:
        return m.group("subject").strip()
    kept = [w for w in words(question) if w not in STOPWORDS and w not in FRAME_WORDS]
    return " ".join(kept)


def _replace_subject(question: str, topic: str) -> str:
    m = _SUBJECT_RE.search(question)
    if m:
        return f"{question[: m.start('subject')]}{topic}?"
    return f"{question.rstrip(' ?')} — {topic}?"


def standalone_question(question: str, history: Sequence[Message]) -> str:
    """The question as it would be asked without the conversation before it."""
    previous = [m.content for m in history if m.role == "user"]
    if not previous:
        return question
    # The previous question may itself have been a follow-up.
    before = standalone_question(previous[-1], _before_last_user(history))
    if m := _ELLIPSIS_RE.match(question):
        topic = (m.group("topic") or m.group("short") or "").strip().rstrip("?").strip()
        if topic:
            return _replace_subject(before, topic)
    if set(words(question)) & PRONOUNS or _DEMONSTRATIVE_RE.search(question):
        return f"{question.rstrip()} ({_subject(before)})"
    return question


def _before_last_user(history: Sequence[Message]) -> list[Message]:
    for i in range(len(history) - 1, -1, -1):
        if history[i].role == "user":
            return list(history[:i])
    return []
