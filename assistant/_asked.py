"""What a question demands of any answer, whoever wrote it: the kind of thing asked for (a
figure for "how many", a place for "where", reported speech for "what did Japan say") and the
names asked about. The extractive answerer checks its own sentences this way; an LLM's
sentence is held to the same demands, checked on the sentence and on the paragraph it cites."""

from __future__ import annotations

from collections.abc import Callable

from assistant._answer_type import gives
from assistant._offices import holds_office, offices
from assistant._query import QueryProfile
from assistant._text import same_name, words
from assistant._unit_index import UnitHit, UnitIndex

Demands = Callable[[str, UnitHit], bool]


def demands(profile: QueryProfile, index: UnitIndex, doc_ids: set[str]) -> Demands:
    """A check of one answer sentence and the unit it cites."""
    held = offices(profile.names, index, doc_ids)

    def met(sentence: str, unit: UnitHit) -> bool:
        if profile.answer_type == "statement":
            # The paragraph must report what was said; the sentence may paraphrase the verb.
            typed = gives("statement", f"{unit.lead_in} {unit.text}", profile.text)
        else:
            typed = gives(profile.answer_type, sentence, profile.text)
        said = set(words(unit.text)) | set(words(unit.lead_in))
        named = all(
            any(same_name(n, w) for w in said) or holds_office(n, unit.doc_id, said, held)
            for n in profile.names
        )
        return typed and named

    return met
