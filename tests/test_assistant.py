"""The assistant on a real store and the real embedder: retrieval, answers, citations,
refusal, follow-ups and filters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SEED, SEED_ID

from assistant import Assistant, Message
from assistant.errors import EmptyQuestionError, UnknownDocumentFilterError
from congress_qa import Settings
from ingest import Ingestor

OTHER = """Report of a synthetic meeting

Vienna, 1–2 April 2025

Rapporteur: Test Person (Austria)

I. Deliberations

1. Speakers discussed piracy and armed robbery at sea in several regions.

2. The meeting recommended the following:

(a) Improve maritime domain awareness;

(b) Train coast guards in evidence collection.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    home = tmp_path_factory.mktemp("assistant-home")
    other = home / "maritime.txt"
    other.write_text(OTHER, encoding="utf-8")
    settings = Settings(home=home)
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED, other])
    return Assistant(settings, ingestor)


def _markers(text: str) -> list[str]:
    return re.findall(r"\[([^\[\]]+)\]", text)


def test_hybrid_fuses_dense_and_keyword_evidence(assistant: Assistant) -> None:
    hits = assistant.retriever.retrieve("older people cheated by online scams", doc_ids=[SEED_ID])
    assert hits[0].unit_id == "8(g)"
    keyword = assistant.retriever.retrieve("UNAFEI", doc_ids=[SEED_ID], mode="bm25")
    assert keyword[0].unit_id == "1"
    fused = assistant.retriever.retrieve("UNAFEI statement", doc_ids=[SEED_ID])
    assert fused[0].unit_id == "1"
    assert all(h.dense is not None for h in fused)


def test_bm25_index_is_reused_and_follows_the_store(assistant: Assistant, tmp_path: Path) -> None:
    first = assistant.retriever.index()
    assert assistant.retriever.index() is first
    extra = tmp_path / "extra-doc.txt"
    extra.write_text("Extra\n\nI. Part\n\n1. Falconry was discussed at length.\n", encoding="utf-8")
    assistant.ingestor.ingest([extra])
    rebuilt = assistant.retriever.index()
    assert rebuilt is not first
    assert assistant.retriever.retrieve("falconry", mode="bm25")[0].doc_id == "extra-doc"
    assistant.ingestor.remove("extra-doc")
    assert all(h.doc_id != "extra-doc" for h in assistant.retriever.retrieve("falconry"))


def test_document_filter(assistant: Assistant) -> None:
    answer = assistant.ask("What was said about piracy?", doc_ids=["maritime"])
    assert {c.doc_id for c in answer.citations} == {"maritime"}
    assert {r.doc_id for r in answer.retrieved} == {"maritime"}
    with pytest.raises(UnknownDocumentFilterError, match="congress-qa docs"):
        assistant.ask("anything", doc_ids=["no-such-doc"])
    with pytest.raises(EmptyQuestionError):
        assistant.ask("   ")


def test_answer_cites_after_every_sentence_and_quotes_the_unit(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Who are increasingly targets of online frauds and scams?", doc_ids=[SEED_ID]
    )
    assert not answer.refused
    assert "[8(g)]" in answer.answer
    assert "elderly" in answer.answer
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", answer.answer) if s]
    assert all(_markers(s) for s in sentences)
    by_marker = {c.marker: c for c in answer.citations}
    assert set(_markers(answer.answer)) == set(by_marker)
    for citation in answer.citations:
        for quote in citation.quote.split(" … "):
            assert quote in citation.text
    g = by_marker["8(g)"]
    assert g.doc_id == SEED_ID and g.para == "8(g)"
    assert g.section.endswith("Outcome of deliberations")
    assert g.lead_in.startswith("The following recommendations")
    assert answer.mode == "extractive" and set(answer.timings_ms) == {"retrieve", "answer"}


def test_list_answers_keep_every_item(assistant: Assistant) -> None:
    answer = assistant.ask("Which countries' representatives made statements?", doc_ids=[SEED_ID])
    for country in ["Thailand", "United Arab Emirates", "Russian Federation", "Indonesia",
                    "Philippines", "Australia", "Japan"]:  # fmt: skip
        assert country in answer.answer
    listing = assistant.ask("Which measures did the meeting recommend?", doc_ids=["maritime"])
    assert {"2(a)", "2(b)"} <= {c.para for c in listing.citations}


@pytest.mark.parametrize(
    "question",
    [
        "What did the representative of Brazil say about cybercrime?",
        "Who chaired the meeting?",
        "What budget was allocated to the meeting?",
        "How many participants attended?",
    ],
)
def test_refuses_what_the_documents_do_not_say(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question, doc_ids=[SEED_ID])
    assert answer.refused
    assert answer.answer.startswith("The documents do not say")
    assert answer.citations == []


def test_answerable_questions_are_not_refused(assistant: Assistant) -> None:
    for question in ["Who was the rapporteur?", "How was artificial intelligence described?"]:
        answer = assistant.ask(question, doc_ids=[SEED_ID])
        assert not answer.refused, question
    assert "Sheraz Ali" in assistant.ask("Who was the rapporteur?", doc_ids=[SEED_ID]).answer


def test_follow_up_is_resolved_against_the_conversation(assistant: Assistant) -> None:
    history = [
        Message(role="user", content="What was said about children?"),
        Message(role="assistant", content="Child protection was emphasized [4]."),
    ]
    answer = assistant.ask(
        "Which recommendation addresses their mental health?", history, doc_ids=[SEED_ID]
    )
    assert "children" in answer.standalone_question
    assert [c.para for c in answer.citations][0] == "8(e)"
    youth = assistant.ask(
        "And what about youth?",
        [{"role": "user", "content": "What did speakers say about women?"}],
        doc_ids=[SEED_ID],
    )
    assert youth.standalone_question == "What did speakers say about youth?"
    assert "youth" in youth.answer.lower()


def test_answers_citing_two_documents_name_them_in_markers(assistant: Assistant) -> None:
    answer = assistant.ask("What was said about trafficking in persons and piracy at sea?")
    docs = {c.doc_id for c in answer.citations}
    if len(docs) > 1:
        assert all(" " in c.marker for c in answer.citations)
    assert all(c.marker in answer.answer for c in answer.citations)


def test_empty_store_ingests_the_bundled_report_on_first_use(isolated_home: Path) -> None:
    fresh = Assistant.from_settings(Settings(home=isolated_home))
    assert [m.doc_id for m in fresh.documents()] == [SEED_ID]
    assert not fresh.ask("Who was the rapporteur?").refused


def test_langchain_retriever_returns_units_as_documents(assistant: Assistant) -> None:
    from assistant import UnitRetriever

    retriever = UnitRetriever(hybrid=assistant.retriever, doc_ids=[SEED_ID], k=3)
    docs = retriever.invoke("older people targeted by online scams")
    assert len(docs) == 3
    assert docs[0].metadata["unit_id"] == "8(g)" and docs[0].id == f"{SEED_ID}::8(g)"
    assert docs[0].page_content.startswith("In an effort to address")
    assert docs[0].metadata["lead_in"].startswith("The following recommendations")
