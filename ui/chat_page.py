"""The chat: questions, answers with citation chips and source cards, feedback, export."""

from __future__ import annotations

import uuid

import streamlit as st

from assistant import Answer, Message
from congress_qa.errors import CongressQAError
from ui import _resources
from ui.feedback import record_feedback
from ui.render import (
    answer_html,
    conversation_json,
    conversation_markdown,
    held_back,
    source_card_html,
    text_html,
)

assistant = _resources.assistant()
settings = _resources.settings()
turns: list[dict] = st.session_state.setdefault("turns", [])

st.title("congress-qa")
st.caption("Answers from the documents, with the paragraph behind every sentence.")


def _rate(turn: dict, key: str) -> None:
    value = st.session_state.get(key)
    if value is not None:
        record_feedback(settings.data_dir, turn["answer"], "up" if value == 1 else "down")


def _comment(turn: dict, key: str) -> None:
    text = st.session_state.get(key, "").strip()
    if text:
        rating = st.session_state.get(f"rate-{turn['id']}")
        label = "" if rating is None else ("up" if rating == 1 else "down")
        record_feedback(settings.data_dir, turn["answer"], label, text)
        st.session_state[key] = ""
        st.toast("Thank you: your comment was saved.")


def show(turn: dict) -> None:
    answer: Answer = turn["answer"]
    with st.chat_message("user"):
        st.text(answer.question)
    with st.chat_message("assistant"):
        if answer.notice:
            st.info(text_html(answer.notice))
        st.markdown(answer_html(answer), unsafe_allow_html=True)
        if answer.citations:
            with st.expander(f"Sources ({len(answer.citations)})", expanded=True):
                for citation in answer.citations:
                    st.markdown(source_card_html(citation), unsafe_allow_html=True)
        if answer.related:
            # Context for a refusal, never a citation: what the documents hold nearest to it.
            with st.expander("Closest passage (it does not answer the question)", expanded=True):
                for passage in answer.related:
                    st.markdown(source_card_html(passage), unsafe_allow_html=True)
        st.caption(f"{answer.mode} · {sum(answer.timings_ms.values()):.0f} ms")
        rate_key = f"rate-{turn['id']}"
        st.feedback("thumbs", key=rate_key, on_change=_rate, args=(turn, rate_key))
        note_key = f"note-{turn['id']}"
        st.text_input("Comment on this answer (optional)", key=note_key,
                      on_change=_comment, args=(turn, note_key))  # fmt: skip


for turn in turns:
    show(turn)

question = st.chat_input("Ask about the documents…")
if question:
    doc_ids = st.session_state.get("doc_filter")
    if not st.session_state.get("known_docs"):
        st.warning("The store holds no documents: add some under “Add documents” in the sidebar.")
        st.stop()
    if not doc_ids:
        st.warning("No document is selected in the sidebar: choose at least one to answer from.")
        st.stop()
    history: list[Message] = []
    for turn in turns:
        history += [Message(role="user", content=turn["answer"].question),
                    Message(role="assistant", content=turn["answer"].answer)]  # fmt: skip
    mode = st.session_state.get("mode", "extractive")
    with st.chat_message("user"):
        st.text(question)
    with st.chat_message("assistant"):
        final: list[Answer] = []

        def pieces():  # noqa: ANN202 - a generator of text for st.write_stream
            for piece in assistant.stream(question, history, doc_ids, mode):
                if isinstance(piece, Answer):
                    final.append(piece)
                else:
                    yield piece

        try:
            if mode == "llm":
                st.write_stream(held_back(pieces()))
            else:
                for _ in pieces():
                    pass
        except CongressQAError as exc:
            st.error(text_html(str(exc)))
            st.stop()
    turns.append({"id": uuid.uuid4().hex[:12], "answer": final[-1]})
    st.rerun()

if turns:
    answers = [t["answer"] for t in turns]
    left, middle, right = st.columns(3)
    left.download_button("Export Markdown", conversation_markdown(answers),
                         file_name="conversation.md", mime="text/markdown")  # fmt: skip
    middle.download_button("Export JSON", conversation_json(answers),
                           file_name="conversation.json", mime="application/json")  # fmt: skip
    if right.button("New conversation"):
        st.session_state["turns"] = []
        st.rerun()
