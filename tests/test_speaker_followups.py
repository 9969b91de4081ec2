"""Who said that? after an answer: the speaker of the statement the answer quoted, found
where the statement was opened (in the paragraph before, when the quoted one goes on "She
added …"), or a refusal when the report names no one. Real parser, store, embedder and the
shipped calibration, on a report written for these tests."""

from __future__ import annotations

import pytest
from conftest import assistant_on_report

from assistant import Assistant, Message
from assistant._answer_type import asks_speaker
from assistant._segment import proper_words
from assistant.conversation import resolve, standalone_question

REPORT = """Report of the synthetic expert meeting on fraud compounds

Nairobi, 3–4 June 2025

I. Deliberations

1. The meeting was attended by experts from eleven States and by observers for INTERPOL.

2. The representative of Kenya said that 1,200 nationals had been brought home from fraud
compounds since 2023, most of them young graduates. She noted that many had been recruited
through advertisements on social media.

3. She added that every returnee was now interviewed a second time by officers trained in
victim identification. One in four assessments had changed after that second interview.

4. Speakers noted that fraud compounds were moving to new border areas. Cryptocurrency
wallets were described as the main channel for moving the proceeds.

5. The experts recommended joint investigations of the networks that ran the compounds.

6. Björn Åkesson (Sweden) presented a study of illegal online pharmacies. He explained that
such pharmacies changed their domain names every few weeks.

7. The observer for Europol reported that a joint action day in 2024 had led to the arrest of
52 suspects.

8. She further noted that vendors increasingly sold both physical parts and digital files.

9. The expert from Curaçao (Kingdom of the Netherlands) drew attention to the abuse of free
trade zones by traffickers. He proposed closer cooperation between customs and the operators
of those zones.
"""
DOC = "fraud"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_on_report(tmp_path_factory.mktemp("speaker-home"), DOC, REPORT)


def _turns(question: str, answer: str) -> list[Message]:
    return [Message(role="user", content=question), Message(role="assistant", content=answer)]


def test_the_speaker_is_found_where_the_statement_was_opened(assistant: Assistant) -> None:
    question = "Did any returnee assessments change after the second interview?"
    first = assistant.ask(question, doc_ids=[DOC])
    assert [c.para for c in first.citations] == ["3"], first.answer
    answer = assistant.ask("Who said that?", _turns(question, first.answer), doc_ids=[DOC])
    assert not answer.refused, answer.answer
    assert "representative of Kenya" in answer.answer
    # The opening of the statement names her; the quoted sentence is what she said.
    assert [c.para for c in answer.citations] == ["2", "3"]


def test_a_record_that_names_no_speaker_is_no_answer_to_who_said_it(
    assistant: Assistant,
) -> None:
    question = "How were the proceeds of the compounds moved?"
    first = assistant.ask(question, doc_ids=[DOC])
    assert [c.para for c in first.citations] == ["4"], first.answer
    answer = assistant.ask(
        "Which delegation said that?", _turns(question, first.answer), doc_ids=[DOC]
    )
    assert answer.refused and not answer.citations
    assert "no person, body or country is named" in answer.answer.lower()


def test_who_said_it_is_answered_by_speakers_the_report_does_not_name(
    assistant: Assistant,
) -> None:
    """The same record answers "Who said that?": the speakers, unnamed as they are."""
    question = "How were the proceeds of the compounds moved?"
    first = assistant.ask(question, doc_ids=[DOC])
    answer = assistant.ask("Who said that?", _turns(question, first.answer), doc_ids=[DOC])
    assert not answer.refused and "Speakers noted" in answer.answer
    assert [c.para for c in answer.citations] == ["4"]


def test_a_statement_that_names_its_speaker_answers_by_itself(assistant: Assistant) -> None:
    question = "How many nationals were brought home from the compounds?"
    first = assistant.ask(question, doc_ids=[DOC])
    assert [c.para for c in first.citations] == ["2"], first.answer
    answer = assistant.ask("Who said that?", _turns(question, first.answer), doc_ids=[DOC])
    assert "representative of Kenya" in answer.answer
    assert [c.para for c in answer.citations] == ["2"]


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Who said that?", True),
        ("Which delegation raised it?", True),
        ("Who made that point?", True),
        ("And who stressed that?", True),
        # The speakers said it; who is behind the crimes is asked.
        ("Did the speakers say who tends to be behind those crimes?", False),
        # Who received it, not who presented it.
        ("Who was it to be presented to?", False),
        ("Who chaired that session?", False),
    ],
)
def test_only_a_question_about_who_spoke_asks_for_the_speaker(question: str, asks: bool) -> None:
    assert asks_speaker(question) is asks


def test_a_name_that_only_opens_sentences_is_still_a_name() -> None:
    """ "Björn" is written only where it opens a sentence, before the name it runs into."""
    found = proper_words("Björn Åkesson (Sweden) presented a study. Distr.: General. Mr. Ali")
    assert {"bjorn", "akesson", "sweden"} <= found
    assert "distr" not in found and "mr" not in found
    # A word the text also writes in lower case is no name where it opens a sentence.
    assert "several" not in proper_words("Several Member States agreed; several did not.")


def test_what_else_a_person_explained_is_found_after_their_first_statement(
    assistant: Assistant,
) -> None:
    history = _turns(
        "Who presented the study on online pharmacies?",
        "Björn Åkesson (Sweden) presented a study of illegal online pharmacies [6].",
    )
    answer = assistant.ask("What else did he explain?", history, doc_ids=[DOC])
    assert not answer.refused, answer.answer
    assert "domain names" in answer.answer and [c.para for c in answer.citations] == ["6"]


def test_a_pronoun_stands_for_the_speaker_the_answer_gave_the_floor_to() -> None:
    history = _turns(
        "What did the expert from Curaçao raise?",
        "The expert from Curaçao (Kingdom of the Netherlands) drew attention to the abuse of "
        "free trade zones by traffickers [9].",
    )
    assert standalone_question("What did he propose?", history) == (
        "What did the expert from Curaçao propose?"
    )


def test_what_the_speaker_went_on_to_say_is_found_in_the_same_paragraph(
    assistant: Assistant,
) -> None:
    """ "He proposed …" is the expert's own sentence: his name counts as said in it."""
    question = "What did the expert from Curaçao raise?"
    first = assistant.ask(question, doc_ids=[DOC])
    assert [c.para for c in first.citations] == ["9"], first.answer
    history = _turns(question, "The expert from Curaçao (Kingdom of the Netherlands) drew "
                     "attention to the abuse of free trade zones by traffickers [9].")  # fmt: skip
    answer = assistant.ask("What did he propose?", history, doc_ids=[DOC])
    assert "closer cooperation between customs" in answer.answer
    assert [c.para for c in answer.citations] == ["9"]


def test_what_else_she_said_is_found_in_the_paragraph_that_goes_on_with_her_statement(
    assistant: Assistant,
) -> None:
    history = _turns(
        "What did the observer for Europol report?",
        "The observer for Europol reported that a joint action day in 2024 had led to the "
        "arrest of 52 suspects [7].",
    )
    answer = assistant.ask("Did she say anything else?", history, doc_ids=[DOC])
    assert not answer.refused, answer.answer
    assert "digital files" in answer.answer and [c.para for c in answer.citations] == ["8"]


@pytest.mark.parametrize(
    ("question", "about_answer"),
    [
        ("How many of them were brought back?", True),
        ("Which of these were women?", True),
        ("What share of them were men?", True),
        # A pointer after a preposition stands for the previous subject, not for the answer.
        ("What was recommended on them?", False),
        ("Did anyone else talk about them?", False),
    ],
)
def test_a_part_of_what_the_answer_gave_is_asked_of_its_paragraphs(
    question: str, about_answer: bool
) -> None:
    """ "Of them" after a quantifier is a part of what the answer gave (the returnees of the
    quoted paragraph), not the previous question's subject (the compounds in Myanmar)."""
    history = _turns(
        "Did the Philippines get its people out of the compounds in Myanmar?",
        "The representative of the Philippines reported that victims had been brought home [22].",
    )
    found = resolve(question, history)
    assert found.about_answer is about_answer
    assert found.cited == ("22",)


TITLED = """Report of the synthetic expert meeting on procurement fraud

Chisinau, 8–9 October 2025

I. Deliberations

1. Tomás Eduardo Quiroga (Chile) described audits of emergency purchases of medical supplies
that had found overpricing in more than 300 contracts.

2. Ana Lucía Tzul Batz (Guatemala) said that indigenous communities rarely reported bribery,
since the nearest prosecutor's office was often a day's travel away.

3. Several experts noted that bid rigging and bribery often went hand in hand.

4. Mr. Quiroga described the leniency agreements concluded with companies involved in
bribery, which had returned some 840 million dollars to the public entities harmed.

5. Ms. Tzul Batz added that mobile prosecution units had visited forty municipalities in 2024.
"""


def test_a_person_named_in_full_is_the_one_the_report_calls_by_title_and_surname(
    tmp_path,
) -> None:
    """A report names a participant in full once and "Mr. Quiroga" afterwards: within it,
    that paragraph is about Tomás Eduardo Quiroga, and "he", after an answer that opens with
    him, is him."""
    assistant = assistant_on_report(tmp_path, "procurement", TITLED)
    answer = assistant.ask("What did Tomás Eduardo Quiroga say about leniency agreements?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["4"], answer.answer
    # A surname of two words.
    answer = assistant.ask("What did Ana Lucía Tzul Batz say about mobile prosecution units?")
    assert [c.para for c in answer.citations] == ["5"], answer.answer
    history = _turns(
        "What was said about emergency purchases?",
        "Tomás Eduardo Quiroga (Chile) described audits of emergency purchases of medical"
        " supplies that had found overpricing in more than 300 contracts [1].",
    )
    asked = standalone_question("What did he say about leniency agreements?", history)
    assert asked == "What did Tomás Eduardo Quiroga say about leniency agreements?"
    history[1] = Message(
        role="assistant",
        content="Tomás Eduardo Quiroga described audits of emergency purchases of medical"
        " supplies that had found overpricing in more than 300 contracts [1].",
    )
    answer = assistant.ask("What did he say about leniency agreements?", history)
    assert [c.para for c in answer.citations] == ["4"], answer.answer
    # An answer that opens with no person leaves "he" to the question before.
    history[1] = Message(role="assistant", content="Audits found overpricing [1].")
    assert "Quiroga" not in standalone_question("What did he say about bribery?", history)


PLACES = """Report of a synthetic expert group meeting on recruitment fraud

Manila, 2–3 June 2025

I. Deliberations

1. The representative of Malaysia said that Malaysia was used mainly as a transit country
for victims flown to Kuala Lumpur. The Royal Malaysia Police had set up a dedicated unit to
investigate recruiters.

2. The representative of Kenya said that recruiters advertised jobs on social media. The
Kenyan police had arrested twelve recruitment agents in 2024.
"""


def test_there_stands_for_the_country_named_before(tmp_path) -> None:
    """ "there" is a place: the country the question before named ("the police there" after
    "What did Malaysia say …?"), not the "there" of "Is there …?"."""
    history = [
        Message(role="user", content="What did Malaysia say about its role?"),
        Message(role="assistant", content="Malaysia was used mainly as a transit country [1]."),
    ]
    assert "in Malaysia" in standalone_question("And what are the police there doing?", history)
    assert standalone_question("Is there anything on youth?", history).startswith("Is there")
    report = assistant_on_report(tmp_path, "places", PLACES)
    answer = report.ask("And what are the police there doing?", history)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"], answer.answer
    assert "dedicated unit" in answer.answer
