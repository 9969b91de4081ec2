"""The Streamlit chat UI (`streamlit run ui/app.py`) and its pure rendering helpers."""

from ui.feedback import record_feedback
from ui.render import (
    StreamBuffer,
    answer_html,
    conversation_json,
    conversation_markdown,
    csv_cell,
    held_back,
    highlight,
    markdown_text,
    source_card_html,
    text_html,
    topic_csv,
    topic_markdown,
)
from ui.uploads import Upload, ingest_uploads, safe_label

__all__ = [
    "StreamBuffer",
    "Upload",
    "answer_html",
    "conversation_json",
    "conversation_markdown",
    "csv_cell",
    "held_back",
    "highlight",
    "ingest_uploads",
    "markdown_text",
    "record_feedback",
    "safe_label",
    "source_card_html",
    "text_html",
    "topic_csv",
    "topic_markdown",
]
