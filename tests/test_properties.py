"""Property tests of the parser and every reader: random words in several scripts, control and
format characters, numbering that starts anywhere, nesting, lists inside paragraphs, tables;
no crash, the right unit ids, and every word of the body in exactly one place."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from _random_docs import (
    FORMAT_CHARACTERS,
    RandomDoc,
    random_docs,
    render_docx,
    render_html,
    render_markdown,
    render_pdf,
    render_text,
)
from _words import assert_every_word_once
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from congress_qa import get_settings
from ingest import IngestError, parse_file, parse_text, read_document

# Bounded and reproducible: the whole module adds a few seconds to the suite.
_SETTINGS = dict(
    phases=[Phase.explicit, Phase.generate],
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# DejaVu, the font the PDF tests embed, has no Chinese glyphs and no zero-width characters (a
# PDF shows glyphs; invisible characters do not survive it).
_PDF_SCRIPTS = ("latin", "cyrillic", "greek", "arabic")
_PDF_NOISE = "\u00a0\u202f"


def _check(doc: RandomDoc, parsed, *texts: str) -> None:  # noqa: ANN001
    assert parsed.unit_ids == doc.ids
    for text in texts:
        assert_every_word_once(text, parsed)


@settings(max_examples=60, **_SETTINGS)
@given(
    doc=random_docs(),
    dense=st.booleans(),
    width=st.sampled_from([None, 50, 72, 100]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_text_in_any_layout(doc: RandomDoc, dense: bool, width: int | None, newline: str) -> None:
    text = render_text(doc, dense=dense, width=width, newline=newline)
    _check(doc, parse_text(text, doc_id="x"), text, doc.words_text())


def _read(path: Path) -> tuple[str, object]:
    settings_ = get_settings()
    return read_document(path, max_mb=50), parse_file(path, settings_)


@settings(max_examples=20, **_SETTINGS)
@given(doc=random_docs())
def test_markdown_reader(doc: RandomDoc) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.md"
        path.write_text(render_markdown(doc), encoding="utf-8")
        text, parsed = _read(path)
    _check(doc, parsed, text, doc.words_text())


@settings(max_examples=20, **_SETTINGS)
@given(doc=random_docs())
def test_html_reader(doc: RandomDoc) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.html"
        path.write_text(render_html(doc), encoding="utf-8")
        text, parsed = _read(path)
    _check(doc, parsed, text, doc.words_text())


@settings(max_examples=12, **_SETTINGS)
@given(doc=random_docs(noise=FORMAT_CHARACTERS), masthead_table=st.booleans())
def test_docx_reader(doc: RandomDoc, masthead_table: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = render_docx(doc, Path(folder) / "doc.docx", masthead_table)
        text, parsed = _read(path)
    _check(doc, parsed, text, doc.words_text())


@settings(max_examples=8, **_SETTINGS)
@given(doc=random_docs(scripts=_PDF_SCRIPTS, noise=_PDF_NOISE))
def test_pdf_reader(doc: RandomDoc) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = render_pdf(doc, Path(folder) / "doc.pdf")
        text, parsed = _read(path)
    # Page numbers are page furniture, gone from the reader's text.
    _check(doc, parsed, text, doc.words_text())


_ANY_CHARACTER = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)


@settings(max_examples=150, **_SETTINGS)
@given(
    text=st.lists(
        st.one_of(
            _ANY_CHARACTER,
            st.sampled_from(["\n", "\n\n", "1. ", "(a) ", "(1) ", "II. ", "A. ", " | ", ":"]),
            st.integers(0, 20000).map(lambda n: f"\n{n}. "),
        ),
        max_size=40,
    ).map("".join)
)
def test_any_text_parses_or_says_why(text: str) -> None:
    try:
        parsed = parse_text(text, doc_id="x")
    except IngestError as exc:
        assert "no numbered paragraphs" in str(exc)
        return
    assert_every_word_once(text, parsed)
    assert len(set(parsed.unit_ids)) == len(parsed.unit_ids)


@pytest.mark.parametrize(
    "line",
    [
        "word " * 40_000,
        "A/" * 40_000,
        "(a) " * 20_000,
        "*x_ " * 30_000,
        "[" * 100_000,
        "1. " * 30_000,
        "\u200b\u202e" * 50_000,
    ],
)
def test_huge_lines_parse_without_crash(line: str) -> None:
    text = f"Report\n\nI. Part\n\n1. Start.\n\n2. {line}\n"
    parsed = parse_text(text, doc_id="huge")
    assert "1" in parsed.unit_ids
    assert_every_word_once(text, parsed)


@settings(max_examples=40, **_SETTINGS)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_random_bytes_are_read_or_refused_with_a_message(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        try:
            parse_file(path, get_settings())
        except IngestError as exc:
            assert str(exc).startswith("doc")
