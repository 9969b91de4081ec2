"""A name asked about may be given by the sentence that opened the statement an answer goes on
with, not only by the answer's own sentence; and an office is the office itself ("the
Vice-Chair" is not "the Chair"); and what a party talked about is what it said, which the line
electing it does not say. Real parser, store, embedder and the shipped calibration."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant._answer_type import expected_type, opens_statement
from assistant._offices import names_all, said_in
from congress_qa import Settings
from ingest import Ingestor

PARAGRAPHS = [
    "Report of the synthetic expert meeting on urban safety",
    "Muscat, 18–20 February 2025",
    "I. Organization of the meeting",
    "1. The following officers were elected: Chair: Nāṣir Al-Kindī (Oman); Vice-Chair: Rania "
    "Haddad (Jordan).",
    "2. The meeting was attended by representatives of Chile, China and Peru. The United "
    "Nations Children's Fund and the International Organization for Migration were "
    "represented by observers.",
    "II. Deliberations",
    "3. The representative of Türkiye presented the results of neighbourhood safety surveys "
    "conducted by the Istanbul Metropolitan Municipality in 39 districts of the city in 2024. "
    "Forty-two per cent of women said that they felt unsafe walking alone after dark.",
    "4. The Vice-Chair, Rania Haddad, speaking as the representative of Jordan, described a "
    "juvenile justice reform under which cases involving children were diverted from the "
    "courts. The share of children held in pretrial detention in Jordan had fallen by half in "
    "five years.",
    "5. Experts recommended that municipalities light streets, underpasses and parks.",
    "6. The Chair, speaking in his capacity as an expert from Oman, described a programme of "
    "school patrols that had reduced bag snatching near schools by a third.",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder) -> Assistant:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("scope")
    path = folder / "urban-safety.txt"
    path.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    settings = Settings(home=folder / "home")
    ingestor = Ingestor(settings)
    ingestor.ingest([path])
    return Assistant(settings, ingestor)


def test_a_name_the_statement_opened_with_is_named_in_its_later_sentences(
    assistant: Assistant,
) -> None:
    # "Istanbul" is in the sentence that gave Türkiye the floor, not in the figure's own.
    answer = assistant.ask("What share of women in Istanbul felt unsafe walking alone at night?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["3"]
    assert "Forty-two per cent" in answer.answer


def test_a_record_of_who_attended_opens_no_statement(assistant: Assistant) -> None:
    # The attendance record names China; the sentence after it is not China's.
    assert not opens_statement(PARAGRAPHS[4].split(". ", 1)[1].split(". ")[0] + ".")
    assert opens_statement("The representative of Türkiye presented the results of surveys.")
    assert opens_statement("Several experts agreed that the data were scarce.")
    answer = assistant.ask("Who represented China at the meeting?")
    assert answer.refused, answer.answer
    assert not answer.citations


def test_the_vice_chair_is_not_the_chair(assistant: Assistant) -> None:
    # Oman's expert is the Chair; paragraph 4's "The Vice-Chair" is Jordan's.
    answer = assistant.ask("What share of Oman's prisoners are in pretrial detention?")
    assert answer.refused, answer.answer
    assert not answer.citations


def test_an_office_after_vice_is_its_own_office() -> None:
    chair = {"oman": {"doc": {("chair",)}}}
    assert not names_all(("oman",), "doc", said_in("The Vice-Chair, Rania Haddad, said"), chair)
    assert names_all(("oman",), "doc", said_in("The Chair and the Vice-Chair spoke"), chair)
    # A name written in the question is still found in the office's words.
    assert names_all(("chair", "chairs"), "doc", said_in("Vice-Chair: Rania Haddad"), {})


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What did Nāṣir Al-Kindī talk about as an expert?", "statement"),
        ("What did the expert from Türkiye discuss?", "statement"),
        ("Tell me what Rania Haddad talked about.", "statement"),
        # Whether a party spoke is asked of the record of who spoke, not of what it said.
        ("Did the Thai delegation speak on this item?", "statement-free"),
    ],
)
def test_talking_about_something_asks_what_was_said(question: str, kind: str) -> None:
    if kind == "statement":
        assert expected_type(question) == "statement"
    else:
        assert expected_type(question) != "statement"


def test_what_the_chair_talked_about_is_their_statement_not_their_election(
    assistant: Assistant,
) -> None:
    """ "Chair: Nāṣir Al-Kindī (Oman)" names him; it says nothing he talked about."""
    answer = assistant.ask("What did Nāṣir Al-Kindī talk about as an expert?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["6"], answer.answer
    assert "school patrols" in answer.answer
