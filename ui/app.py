"""Entry point: `streamlit run ui/app.py`. Shared sidebar, then the chosen page."""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run` puts only this folder on the path; the project's packages sit one above.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from congress_qa.errors import CongressQAError  # noqa: E402
from ui import _resources  # noqa: E402
from ui.render import CSS  # noqa: E402
from ui.sidebar import sidebar  # noqa: E402

st.set_page_config(page_title="congress-qa", page_icon=":material/gavel:", layout="wide")
st.markdown(CSS, unsafe_allow_html=True)

try:
    assistant = _resources.assistant()
except CongressQAError as exc:
    st.error(str(exc))
    st.stop()

sidebar(assistant, _resources.settings())
here = Path(__file__).parent
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
