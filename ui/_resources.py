"""Objects shared by every session: loaded once per process (st.cache_resource)."""

from __future__ import annotations

import logging
import sys

import streamlit as st

from assistant import Assistant
from congress_qa.settings import Settings, get_settings

_log = logging.getLogger("ui")


def _log_to_stderr() -> None:
    """The server's log says when models and the index are loaded (once per process, not
    per session; again only when the documents change)."""
    for name in ("ui", "assistant"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)


@st.cache_resource(show_spinner="Loading the documents and models…")
def _assistant(home: str, chroma_url: str | None) -> Assistant:
    _log_to_stderr()
    assistant = Assistant.from_settings(get_settings())
    _log.info("assistant loaded: models and store opened once for this process")
    return assistant


def settings() -> Settings:
    return get_settings()


def assistant() -> Assistant:
    s = settings()
    return _assistant(str(s.data_dir), s.effective_chroma_url)


def llm_available(s: Settings) -> bool:
    return bool(s.llm.base_url or s.llm.api_key)
