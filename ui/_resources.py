"""Objects shared by every session: loaded once per process (st.cache_resource)."""

from __future__ import annotations

import streamlit as st

from assistant import Assistant
from congress_qa.settings import Settings, get_settings


@st.cache_resource(show_spinner="Loading the documents and models…")
def _assistant(home: str, chroma_url: str | None) -> Assistant:
    return Assistant.from_settings(get_settings())


def settings() -> Settings:
    return get_settings()


def assistant() -> Assistant:
    s = settings()
    return _assistant(str(s.data_dir), s.effective_chroma_url)


def llm_available(s: Settings) -> bool:
    return bool(s.llm.base_url or s.llm.api_key)
