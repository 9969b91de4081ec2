"""A sentence is read in its paragraph. A cited paragraph is quoted in every sentence that
answers on its own, or is on its topic: which paragraphs are cited is the keep margin's
decision, how much of a cited paragraph is shown is not. And a sentence that opens with a
pronoun ("He described camp courts …") speaks of whom the sentence before named. Real parser,
store, embedder and the shipped calibration."""

from __future__ import annotations

import pytest

from assistant import Assistant
from congress_qa import Settings
from ingest import Ingestor

PARAGRAPHS = [
    "Report of the synthetic expert meeting on prison conditions",
    "Vienna, 12–13 May 2025",
    "I. Deliberations",
    "1. The meeting was opened by a representative of the Secretariat.",
    "2. Experts agreed that overcrowding undermines the safety of prisoners and staff.",
    "3. Training of prison staff was considered essential. Experts recommended that staff "
    "receive training in human rights, conflict de-escalation and mental health first aid.",
    "4. Experts stressed that women prisoners have specific needs, including "
    "gender-sensitive health care.",
    "5. The representative of Malawi reported that the prisons of his country operated at "
    "almost 200 per cent of their capacity. He described camp courts held inside prisons, "
    "which had led to the release of more than 900 persons in 2024.",
    "6. The representative of Palau described a national marine sanctuary covering eighty per "
    "cent of the waters of the country and called on the States of the subregion to:",
    "(a) Treat illegal fishing as a form of organized crime;",
    "(b) Share the data of their vessel monitoring systems.",
    "7. In all, three hundred and twenty participants took part in the meeting, of whom one "
    "hundred and twelve attended in person.",
    "8. The expert from Nigeria discussed the return of assets to the victim State. She "
    "described a framework agreement under which some 311 million dollars had been returned "
    "to her country and used to finance three infrastructure projects, with the use of the "
    "funds monitored by civil society.",
    "9. Experts noted that ransomware was the final stage of a chain of criminal services. In "
    "most of the attacks reported, the offenders had first gained access to the network of the "
    "victim in one of the following ways:",
    "(a) Through emails containing malicious links or attachments, sent to staff;",
    "(b) Through vulnerabilities in remote access systems that had not been updated.",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder) -> Assistant:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("cited")
    path = folder / "prison-meeting.txt"
    path.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    settings = Settings(home=folder / "home")
    ingestor = Ingestor(settings)
    ingestor.ingest([path])
    return Assistant(settings, ingestor)


def test_a_cited_paragraph_is_quoted_in_each_sentence_that_answers(assistant: Assistant) -> None:
    answer = assistant.ask("In which subjects should prison staff receive training?")
    assert not answer.refused
    assert [c.para for c in answer.citations] == ["3"]
    assert "de-escalation" in answer.answer and "mental health first aid" in answer.answer
    assert "considered essential" in answer.answer


def test_a_sentence_opening_with_a_pronoun_speaks_of_whom_the_one_before_named(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("How many persons were released by the camp courts in Malawi?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["5"]
    assert "900" in answer.answer


def test_a_lead_in_that_gives_the_figure_asked_for_answers_without_its_list(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("How much of Palau's waters does its marine sanctuary cover?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["6"], answer.answer
    assert "eighty per cent" in answer.answer
    listed = assistant.ask("What did Palau call on the States of the subregion to do?")
    assert {"6(a)", "6(b)"} <= {c.para for c in listed.citations}, listed.answer


def test_a_count_answers_only_for_the_thing_it_counts(assistant: Assistant) -> None:
    """ "How many women attended?" is not answered by the number of participants."""
    answer = assistant.ask("How many participants attended in person?")
    assert not answer.refused and "one hundred and twelve" in answer.answer, answer.answer
    women = assistant.ask("How many women attended the meeting?")
    assert women.refused and women.citations == [], women.answer


def test_a_cited_paragraph_goes_on_past_the_sentence_that_introduces_its_subject(
    assistant: Assistant,
) -> None:
    """The sentence that answers in the question's words ("assets", "victim State") only
    introduces what the next one tells in words of its own (how much was returned, and what it
    paid for): that sentence scores below the answer threshold, but is on the topic."""
    answer = assistant.ask("Did anyone discuss asset recovery for victim States?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["8"], answer.answer
    assert "three infrastructure projects" in answer.answer, answer.answer


def test_a_sentence_on_the_topic_that_only_introduces_a_list_is_left_out(
    assistant: Assistant,
) -> None:
    """ "In most attacks … in one of the following ways:" is on the topic of the question, but
    says nothing without its list, and its list does not answer it."""
    answer = assistant.ask("Is ransomware the last step of a criminal chain?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["9"], answer.answer
    assert "final stage of a chain of criminal services" in answer.answer
    assert "following ways" not in answer.answer, answer.answer
