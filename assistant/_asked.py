"""What a question demands of any answer, whoever wrote it: the kind of thing asked for (a
figure for "how many", a place for "where", reported speech for "what did Japan say"), the
names asked about, and a paragraph that speaks of what was asked. The extractive answerer
checks its own sentences this way; an LLM's sentence is held to the same demands, checked on
the sentence and on the paragraph it cites."""

from __future__ import annotations

from collections.abc import Collection

from assistant._answer_type import gives
from assistant._offices import names_asked, offices, said_in
from assistant._query import QueryProfile
from assistant._text import raw_words, sentences, stem_words, words
from assistant._unit_index import UnitHit, UnitIndex


class Demands:
    """A check of one answer sentence and the unit it cites. ``on_topic`` holds the keys of
    the retrieved units an answer may rest on (their evidence reaches the topic threshold
    and, for a question other than a summary, lies near the best): a sentence citing any
    other unit is off the question, however well that unit supports the sentence ("Is there
    anything on reporters covering organized crime?" is not answered by a paragraph on
    mobile money, true as the sentence drawn from it is)."""

    def __init__(
        self,
        profile: QueryProfile,
        index: UnitIndex,
        doc_ids: set[str],
        on_topic: Collection[tuple[str, str]],
    ) -> None:
        self.profile = profile
        self.on_topic = on_topic
        self.index = index
        self.held = offices(profile.names, index, doc_ids)
        self.proper = index.written_as_names(sorted(doc_ids))
        self._vocabularies: dict[str, frozenset[str]] = {}

    def vocabulary(self, doc_id: str) -> frozenset[str]:
        """The stems of every word the document uses."""
        if doc_id not in self._vocabularies:
            words_used = sorted(self.index.word_vocab([doc_id]))
            self._vocabularies[doc_id] = frozenset(stem_words(words_used))
        return self._vocabularies[doc_id]

    def unit(self, unit: UnitHit) -> bool:
        """The unit could ground an answer: it is on the question's topic and names every
        person, country or body asked about (or the office the document gave them)."""
        if unit.key not in self.on_topic:
            return False
        said = said_in(unit.text) | said_in(unit.lead_in)
        return names_asked(self.profile.names, self.profile.each_of, unit.doc_id, said, self.held)

    def grounds(self, unit: UnitHit) -> bool:
        """The unit could ground an answer sentence that passes this check: it holds
        (``unit``), and one of its sentences gives the kind of answer asked for, as the check
        asks of the sentence an answer rests on (a statement: the paragraph, as a whole).
        Where no retrieved unit grounds one, whatever an LLM wrote would be dropped."""
        if not self.unit(unit):
            return False
        if self.profile.answer_type == "statement":
            return self._reports(unit)
        return any(self._gives(unit, q) for q in sentences(unit.text) or [unit.text])

    def _reports(self, unit: UnitHit) -> bool:
        """The paragraph reports what was said (a sentence may paraphrase the verb)."""
        return gives("statement", f"{unit.lead_in} {unit.text}", self.profile.text)

    def _gives(self, unit: UnitHit, quote: str) -> bool:
        """``quote``, a sentence of ``unit``, read with the unit's lead-in, gives the kind of
        answer asked for."""
        said = f"{unit.lead_in} {quote}" if unit.lead_in else quote
        return gives(self.profile.answer_type, said, self.profile.text, self.proper)

    def __call__(self, sentence: str, unit: UnitHit, quote: str = "") -> bool:
        """``sentence`` (an LLM's) gives what is asked, and so does ``quote``, the sentence of
        ``unit`` it rests on: a model may write "The Congress will be held in Athens" from
        "The meeting was held in Athens", and only the quote tells that no place of a meeting
        to come is given."""
        if not self.unit(unit):
            return False
        if self.profile.answer_type == "statement":
            return self._reports(unit)
        # Who was asked, and the sentence names someone as a model writes a name, bare
        # ("Nguyễn Thị Thu Hương [1].") or as a subject ("Mihkel Tõnisson chaired the
        # meeting"), without the title or bracketed country by which a report shows a person:
        # it gives the person when the sentence it rests on does, and names that person, by a
        # name that sentence holds and the question does not.
        if not gives(self.profile.answer_type, sentence, self.profile.text, self.proper) and not (
            quote and self._names_given(sentence, quote)
        ):
            return False
        return not quote or self._gives(unit, quote)

    def _names_given(self, sentence: str, quote: str) -> bool:
        """For a question asking who: ``sentence`` holds a capitalised word of ``quote`` that
        the question does not, and ``quote`` gives a person or party."""
        if self.profile.answer_type not in ("agent", "name"):
            return False
        asked = set(words(self.profile.text))
        named = {
            w for raw in raw_words(quote) if raw[:1].isupper() for w in words(raw) if w not in asked
        }
        return bool(named & set(words(sentence))) and gives(
            self.profile.answer_type, quote, self.profile.text, self.proper
        )
