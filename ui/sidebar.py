"""The sidebar: documents and the filter, answer mode, uploads."""

from __future__ import annotations

import streamlit as st

from assistant import Assistant
from assistant.compose import document_labels
from congress_qa.errors import CongressQAError
from congress_qa.settings import Settings, mask_url
from ui._resources import llm_available
from ui.render import text_html
from ui.uploads import UPLOAD_TYPES, Upload, ingest_uploads

# Up to this many documents are listed one element each; a library larger than that is
# listed as one element in a closed expander (a thousand elements per page view would cost
# every session a thousand messages at every rerun).
LISTED = 25


def _paragraph_counts(assistant: Assistant) -> dict[str, int]:
    return assistant.retriever.index().kind_counts("paragraph")


def _entry(d, counts: dict[str, int]) -> str:  # noqa: ANN001 - DocumentMeta
    facts = " · ".join(
        x for x in (d.symbol, d.issue_date, f"{counts.get(d.doc_id, 0)} paragraphs") if x
    )
    lines = [f"**{text_html(d.title or d.doc_id)}**", text_html(d.meeting), text_html(facts)]
    return "  \n".join(line for line in lines if line)


def _labels(docs: list) -> dict[str, str]:  # noqa: ANN001 - DocumentMeta
    """A label per document that tells it apart: the filter maps a chosen label back to its
    document, and many reports share a title ("Draft report")."""
    return document_labels({d.doc_id: d for d in docs}, lambda m: m.title)


def sidebar(assistant: Assistant, settings: Settings) -> None:
    docs = assistant.documents()
    counts = _paragraph_counts(assistant)
    titles = _labels(docs)
    with st.sidebar:
        st.header("Documents")
        if len(docs) <= LISTED:
            for d in docs:
                st.markdown(_entry(d, counts), help=d.doc_id)
        else:
            with st.expander(f"All {len(docs)} documents"):
                st.markdown("\n\n".join(f"{_entry(d, counts)}  \n`{d.doc_id}`" for d in docs))
        ids = [d.doc_id for d in docs]
        # Keep the user's choice across reruns; removed documents leave it, new ones join it.
        known = st.session_state.get("known_docs", [])
        current = st.session_state.get("doc_filter", [])
        st.session_state["doc_filter"] = [d for d in current if d in ids] + [
            d for d in ids if d not in known
        ]
        st.session_state["known_docs"] = ids
        st.multiselect("Answer from", ids, format_func=lambda d: titles.get(d, d), key="doc_filter")

        st.header("Answer mode")
        modes = ["extractive", "llm"] if llm_available(settings) else ["extractive"]
        st.radio("Mode", modes, key="mode", format_func=_mode_label, horizontal=True)
        if llm_available(settings):
            where = mask_url(settings.llm.base_url) if settings.llm.base_url else "OpenAI"
            st.caption(f"LLM: {text_html(settings.llm.model)} at {text_html(where)}")
        else:
            st.caption("No LLM endpoint is configured: answers are extractive (no LLM needed).")

        st.header("Add documents")
        files = st.file_uploader(
            f"txt, md, docx, pdf, html (up to {settings.ui.max_upload_mb:g} MB each)",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key="uploads",
        )
        if files and st.button("Ingest uploaded files", key="ingest"):
            # The uploaded objects go down as they are: sizes are checked before any byte
            # is copied, and the bytes are streamed to disk, never duplicated in memory.
            _ingest(assistant, settings, [Upload(f.name, f.size, f) for f in files])
        for status, message in st.session_state.pop("upload_results", []):
            (st.error if status == "failed" else st.success)(text_html(message))


def _mode_label(mode: str) -> str:
    return {"extractive": "Extractive", "llm": "LLM"}[mode]


def _ingest(assistant: Assistant, settings: Settings, files: list[Upload]) -> None:
    bar = st.progress(0.0, text="Ingesting…")

    def progress(done: int, total: int, name: str) -> None:
        bar.progress(done / max(total, 1), text=f"Ingested {done} of {total}: {text_html(name)}")

    try:
        results = ingest_uploads(assistant.ingestor, files, settings.ui.max_upload_mb, progress)
    except CongressQAError as exc:  # the store is busy or unreachable: say so, keep the page
        bar.empty()
        st.error(text_html(str(exc)))
        return
    bar.empty()
    st.session_state.pop("fingerprint", None)  # this session's own change: no "changed" notice
    # Shown after the rerun, which lists the new documents in the sidebar and the filter.
    st.session_state["upload_results"] = [
        (
            r.status,
            r.message
            if r.status == "failed"
            else f"{r.path}: {r.status} as {r.doc_id} ({r.units} units)",
        )
        for r in results
    ]
    st.rerun()
