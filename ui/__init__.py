"""The Streamlit chat UI (`streamlit run ui/app.py`) and its pure rendering helpers."""

from ui.feedback import record_feedback
from ui.render import (
    StreamBuffer,
    answer_html,
    conversation_json,
    conversation_markdown,
    held_back,
    highlight,
    source_card_html,
    topic_csv,
    topic_markdown,
)
from ui.uploads import ingest_uploads, safe_label

__all__ = [
    "StreamBuffer",
    "answer_html",
    "conversation_json",
    "conversation_markdown",
    "held_back",
    "highlight",
    "ingest_uploads",
    "record_feedback",
    "safe_label",
    "source_card_html",
    "topic_csv",
    "topic_markdown",
]
