"""A cited paragraph is quoted in every sentence that answers on its own: which paragraphs
are cited is the keep margin's decision, how much of a cited paragraph is shown is not. A
paragraph that opens by restating the question's subject ("Training of prison staff was
considered essential.") and answers in its next sentence must not be cut after the first.
Real parser, store, embedder and the shipped calibration."""

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
