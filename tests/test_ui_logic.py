"""UI logic without Streamlit: rendering, escaping, streaming, exports, uploads, topics."""

from __future__ import annotations

import json

import pytest
from conftest import SEED

from assistant import Answer, AnswerSentence, Assistant, Citation
from assistant.errors import UnknownDocumentFilterError
from assistant.topic import find_on_topic, named_parties
from congress_qa import Settings
from ingest import Ingestor
from ui import (
    StreamBuffer,
    answer_html,
    conversation_json,
    conversation_markdown,
    held_back,
    ingest_uploads,
    record_feedback,
    safe_label,
    source_card_html,
    topic_csv,
)

EVIL = Citation(
    doc_id="d",
    para="3",
    marker="3",
    doc_title="<b>T</b>",
    section="S",
    text="A <script>x</script> B.",
    quote="<script>x</script>",
)


def _answer(**kw) -> Answer:
    base = {"question": "q?", "answer": "Text [3].", "citations": [EVIL],
            "sentences": [AnswerSentence(text="Text <i>.", markers=["3"])]}  # fmt: skip
    return Answer(**(base | kw))


def test_document_text_is_escaped_and_markers_are_chips() -> None:
    html = answer_html(_answer())
    assert "&lt;i&gt;" in html and "<i>" not in html
    assert '<span class="cqa-chip">3</span>' in html
    card = source_card_html(EVIL)
    assert "<script>" not in card and "&lt;script&gt;" in card
    assert "<mark>&lt;script&gt;x&lt;/script&gt;</mark>" in card
    assert "&lt;b&gt;T&lt;/b&gt;" in card


def test_refusal_has_its_own_style() -> None:
    refused = _answer(answer="The documents do not say.", refused=True, citations=[], sentences=[])
    assert answer_html(refused).startswith('<div class="cqa-refusal">')


def test_partial_markers_are_held_back_until_complete() -> None:
    buffer = StreamBuffer()
    assert buffer.feed("Elderly people [8(") == "Elderly people "
    assert buffer.feed("g)] are") == "[8(g)] are"
    assert list(held_back(["a [1", "2] b [", "x"])) == ["a ", "[12] b ", "[x"]


def test_exports_carry_citations_and_paragraph_texts() -> None:
    answers = [_answer()]
    md = conversation_markdown(answers)
    assert "**Question:** q?" in md and "para. 3" in md
    # The paragraph's text is all there, its HTML escaped (issue 10, item 9).
    assert "A \\<script\\>x\\</script\\> B." in md and "<script>" not in md
    data = json.loads(conversation_json(answers))
    assert data[0]["citations"][0]["text"] == EVIL.text


def test_feedback_is_appended_as_json_lines(tmp_path) -> None:
    record_feedback(tmp_path, _answer(), "up")
    path = record_feedback(tmp_path, _answer(), "down", "wrong paragraph")
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["rating"] for r in rows] == ["up", "down"]
    assert rows[1]["comment"] == "wrong paragraph"
    assert rows[0]["citations"] == [{"doc_id": "d", "para": "3", "quote": EVIL.quote}]


def test_upload_names_are_labels_never_paths(tmp_path) -> None:
    assert safe_label("../../etc/passwd.txt") == "passwd.txt"
    assert safe_label("C:\\Users\\x\\report (final).pdf") == "report (final).pdf"
    assert safe_label("..") == "upload"
    settings = Settings(home=tmp_path / "home")
    ingestor = Ingestor(settings)
    results = ingest_uploads(
        ingestor,
        [("../../evil/../seed.txt", SEED.read_bytes()), ("big.txt", b"x" * 2_000_001),
         ("bad.docx", b"not a zip")],
        max_mb=2,
    )  # fmt: skip
    by_name = {r.path: r for r in results}
    assert by_name["seed.txt"].status == "added" and by_name["seed.txt"].doc_id == "seed"
    assert "larger than 2 MB" in by_name["big.txt"].message
    assert "not a readable Word" in by_name["bad.docx"].message
    assert not (tmp_path / "evil").exists()


def test_named_parties_in_a_statements_paragraph() -> None:
    text = SEED.read_text(encoding="utf-8").split("\n1. An introductory")[1].split("\n")[0]
    names = named_parties(text)
    assert names[:3] == ["Secretariat", "Thailand", "United Arab Emirates"]
    assert "Japan" in names and "Wildlife Conservation Society" in names
    assert any("(UNAFEI)" in n for n in names)


def test_topic_view_finds_every_paragraph_that_mentions_the_topic(tmp_path) -> None:
    settings = Settings(home=tmp_path)
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED])
    assistant = Assistant(settings, ingestor)
    rows = find_on_topic(assistant, "elderly")
    mentioning = {"4", "8(g)"}  # every unit whose text says "elderly"
    assert mentioning <= {r.para for r in rows}
    children = [r.para for r in find_on_topic(assistant, "children")]
    assert {"4", "7", "8(e)"} <= set(children)
    order = [u.unit_id for u in assistant.retriever.index().units]
    assert children == sorted(children, key=order.index)
    csv_text = topic_csv(rows, {})
    assert csv_text.splitlines()[0] == "document,doc_id,paragraph,section,names,text"
    # A document that is not in the store is named, as the chat does.
    with pytest.raises(UnknownDocumentFilterError, match="no-such-doc"):
        find_on_topic(assistant, "elderly", ["no-such-doc"])
