""" "What was said on …": every relevant paragraph, grouped by document and section."""

from __future__ import annotations

import streamlit as st

from assistant.topic import find_on_topic
from ui import _resources
from ui.render import chip, text_html, topic_csv, topic_markdown

assistant = _resources.assistant()
titles = {d.doc_id: d.title for d in assistant.documents()}

st.title("What was said on …")
st.caption("Every paragraph on a topic, in document order, with the speakers it names.")
topic = st.text_input("Topic", key="topic", placeholder="e.g. children, environment, migrants")
if topic.strip():
    rows = find_on_topic(assistant, topic, st.session_state.get("doc_filter"))
    if not rows:
        st.info(f"No paragraph of the selected documents is on “{text_html(topic)}”.")
    else:
        st.write(f"{len(rows)} paragraphs")
        doc, section = None, None
        for row in rows:
            if row.doc_id != doc:
                doc, section = row.doc_id, None
                st.subheader(text_html(titles.get(doc, doc)))
            if row.section != section:
                section = row.section
                st.markdown(f"**{text_html(section or 'Front matter')}**")
            names = (
                f'<div class="cqa-names">Named: {text_html(", ".join(row.names))}</div>'
                if row.names
                else ""
            )
            st.markdown(
                f'<div class="cqa-card">{chip(row.para)} {text_html(row.text)}{names}</div>',
                unsafe_allow_html=True,
            )
        left, right = st.columns(2)
        left.download_button("Export Markdown", topic_markdown(topic, rows, titles),
                             file_name="topic.md", mime="text/markdown")  # fmt: skip
        right.download_button("Export CSV", topic_csv(rows, titles),
                              file_name="topic.csv", mime="text/csv")  # fmt: skip
