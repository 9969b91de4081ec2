"""Entry point: `streamlit run ui/app.py`. Shared sidebar, then the chosen page."""

from __future__ import annotations

import sys
import time
from pathlib import Path

# `streamlit run` puts only this folder on the path; the project's packages sit one above.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from congress_qa.errors import CongressQAError  # noqa: E402
from ingest.errors import StoreChangedError  # noqa: E402
from ui import _resources  # noqa: E402
from ui.render import CSS, text_html  # noqa: E402
from ui.sidebar import sidebar  # noqa: E402

RELOADS = 3

st.set_page_config(page_title="congress-qa", page_icon=":material/gavel:", layout="wide")
st.markdown(CSS, unsafe_allow_html=True)

try:
    assistant = _resources.assistant()
except CongressQAError as exc:
    st.error(text_html(str(exc)))
    st.stop()


def watch() -> None:
    """Tells this session when the documents changed under it (another process ingested or
    removed some); the store reloads itself, so the page just shows the new state."""
    assistant.sync()
    fingerprint = assistant.store.fingerprint()
    seen = st.session_state.get("fingerprint")
    st.session_state["fingerprint"] = fingerprint
    if seen is not None and seen != fingerprint:
        st.toast("Documents changed, reloading.")


here = Path(__file__).parent
try:
    watch()
    sidebar(assistant, _resources.settings())
    page = st.navigation(
        [
            st.Page(here / "chat_page.py", title="Chat", icon=":material/chat:", default=True),
            st.Page(
                here / "topic_page.py",
                title="What was said on …",
                icon=":material/search:",
                url_path="topic",
            ),
        ]
    )
    page.run()
    st.session_state["reloads"] = 0
except StoreChangedError as exc:
    # Another process is rewriting the store right now: show it, wait a moment, run again.
    reloads = st.session_state.get("reloads", 0) + 1
    st.session_state["reloads"] = reloads
    if reloads > RELOADS:
        st.error(text_html(str(exc)))
        st.stop()
    st.info("Documents changed, reloading…")
    time.sleep(0.5 * reloads)
    st.rerun()
except CongressQAError as exc:
    st.error(text_html(str(exc)))
