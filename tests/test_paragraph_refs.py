"""Questions that name a paragraph by its number ("What does paragraph 8 (d) say?") are asked
of that paragraph: quoted whole, or searched for what the question asks of it; a number the
documents do not have is refused with that reason. Real store, real embedder."""

from __future__ import annotations

import pytest
from conftest import SEED, SEED_ID
from test_generalisation import CARIBBEAN, OTHER_ID, _assistant_over

from assistant import Assistant
from assistant._references import paragraph_refs, without_refs

LETTERS = "abcdefghij"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    home = tmp_path_factory.mktemp("paragraph-refs-home")
    return _assistant_over(home, {OTHER_ID: CARIBBEAN}, SEED)


@pytest.mark.parametrize(
    "question, refs",
    [
        ("What does paragraph 8 (d) say?", ("8(d)",)),
        ("Quote para. 12, please.", ("12",)),
        ("What does § 22(a)(ii) recommend?", ("22(a)(ii)",)),
        ("What do paragraphs 3 to 5 say about prisons?", ("3", "4", "5")),
        ("Compare paragraphs 3, 4 and 6.", ("3", "4", "6")),
        ("What does subparagraph (b) of paragraph 40 ask for?", ("40(b)",)),
        ("List everything recommendation (b) covers.", ("(b)",)),
        # Legal numbering ("12.1", "2.3.1") is a paragraph's number; a full stop is not.
        ("What does paragraph 12.1 say?", ("12.1",)),
        ("Quote paragraphs 1.2 and 2.3.1.", ("1.2", "2.3.1")),
        ("Read paragraph 12.", ("12",)),
        # An agenda item is a section of the report, not a paragraph; years and counts of
        # paragraphs are no reference.
        ("Who took the floor under item 5 (a)?", ()),
        ("What happened in paragraph 2021?", ()),
        ("How many paragraphs does the report have?", ()),
    ],
)
def test_paragraph_numbers_are_read_from_the_question(question: str, refs: tuple) -> None:
    assert paragraph_refs(question) == refs


def test_the_reference_and_the_verbs_that_ask_for_its_text_are_no_subject() -> None:
    assert without_refs("Show me the full text of paragraph 7.") == "me the of ."
    assert without_refs("What does paragraph 8 say about elderly people?") == (
        "What does say about elderly people?"
    )


def test_a_named_paragraph_is_quoted_whole(assistant: Assistant) -> None:
    answer = assistant.ask("What does paragraph 8 (d) say?", doc_ids=[SEED_ID])
    assert not answer.refused
    assert [c.para for c in answer.citations] == ["8(d)"]
    assert "new technological tools" in answer.answer and "private sector" in answer.answer


def test_a_paragraph_with_sub_items_is_quoted_with_them_in_order(assistant: Assistant) -> None:
    answer = assistant.ask("Show me paragraph 8.", doc_ids=[SEED_ID])
    assert [c.para for c in answer.citations] == ["8", *(f"8({x})" for x in LETTERS)]


def test_a_lettered_recommendation_is_the_item_of_the_recommendations(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("List everything recommendation (b) covers.", doc_ids=[SEED_ID])
    assert [c.para for c in answer.citations] == ["8(b)"]
    assert "capacity-building" in answer.answer


def test_what_a_question_asks_of_a_paragraph_is_found_in_it(assistant: Assistant) -> None:
    answer = assistant.ask("What does paragraph 8 say about elderly people?", doc_ids=[SEED_ID])
    assert [c.para for c in answer.citations] == ["8(g)"]


def test_a_paragraph_the_documents_do_not_have_is_refused_with_its_number(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("Quote paragraph 99.")
    assert answer.refused and answer.citations == []
    assert "paragraph 99" in answer.answer


def test_a_paragraph_of_several_documents_is_given_for_each_unless_one_is_named(
    assistant: Assistant,
) -> None:
    # Paragraph 3 of both: the Caribbean meeting was held on 3–4 March, which names no
    # document.
    for para in ("2", "3"):
        both = assistant.ask(f"What does paragraph {para} say?")
        assert sorted(c.doc_id for c in both.citations) == sorted([SEED_ID, OTHER_ID])
        assert all(c.para == para for c in both.citations)
    one = assistant.ask("What does paragraph 2 of the Caribbean meeting report say?")
    assert [(c.doc_id, c.para) for c in one.citations] == [(OTHER_ID, "2")]
    assert "three hundred" in one.answer


def test_a_legal_number_names_its_paragraph(tmp_path) -> None:  # noqa: ANN001
    """Guidelines under legal numbering are cited and asked for by that number: "paragraph
    12.2" is 12.2, not paragraph 12."""
    text = (
        "United Nations A/CONF.999/9\n\nReport of the expert meeting on mutual legal assistance"
        "\n\nI. Guidelines\n\n"
        "12. The Meeting adopted the following guidelines on mutual legal assistance.\n\n"
        "12.1 Central authorities should answer requests within 30 days.\n\n"
        "12.2 Requests should be sent electronically through a secure platform.\n\n"
        "13. States should publish the contact points of their central authorities.\n"
    )
    answer = _assistant_over(tmp_path, {"legal-guidelines": text}).ask(
        "What does paragraph 12.2 say?"
    )
    assert not answer.refused
    assert [c.para for c in answer.citations] == ["12.2"]
    assert "sent electronically" in answer.answer and "30 days" not in answer.answer
