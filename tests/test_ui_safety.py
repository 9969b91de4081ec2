"""Nothing planted in a document runs or loads: document text renders as text in the UI and
in the exports (rendered here by a real CommonMark renderer, markdown-it-py); spreadsheet
formulas are defused in CSV; uploads are size-checked before they are read, and a busy store
during an upload is a message, not a traceback."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from assistant import Answer, AnswerSentence, Citation
from assistant.topic import TopicParagraph
from congress_qa import get_settings
from ingest import Ingestor
from ui import (
    Upload,
    answer_html,
    conversation_markdown,
    ingest_uploads,
    source_card_html,
    text_html,
    topic_csv,
    topic_markdown,
)

APP = str(ROOT / "ui" / "app.py")
PLANTED = [
    "![x](http://127.0.0.1:9/pixel.png)",
    "[click](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "line one\n\n![y](http://127.0.0.1:9/after-blank-line.png)",
    "`code` **bold** $x^2$ # heading | a | b |",
    "[ref]\n\n[ref]: http://127.0.0.1:9/ref.png",
]
RENDER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def _rendered(markdown: str) -> str:
    return RENDER.render(markdown)


def _no_markup(html: str) -> None:
    for tag in ("<img", "<a ", "<script", "<code", "<strong", "<em", "<h1", "<table"):
        assert tag not in html, (tag, html)


def _answer(text: str) -> Answer:
    citation = Citation(
        doc_id="d", para="1", marker=text, doc_title=text, symbol=text, section=text,
        text=f"Before {text} after.", lead_in=text, quote=text,
    )  # fmt: skip
    return Answer(
        question=text,
        answer=f"{text} [1].",
        sentences=[AnswerSentence(text=text, markers=[text])],
        citations=[citation],
        notice=text,
    )


@pytest.mark.parametrize("planted", PLANTED)
def test_document_text_renders_as_text(planted: str) -> None:
    answer = _answer(planted)
    for html in (answer_html(answer), source_card_html(answer.citations[0]), text_html(planted)):
        shown = _rendered(html)
        _no_markup(shown.replace('<span class="cqa-chip">', ""))
        assert "\n\n" not in html  # a blank line would end our HTML block and let Markdown in


@pytest.mark.parametrize("planted", PLANTED)
def test_exports_carry_the_text_escaped(planted: str) -> None:
    md = conversation_markdown([_answer(planted)])
    row = TopicParagraph(doc_id="d", para=planted, section=planted, text=planted,
                         lead_in="", names=(planted,), score=1.0)  # fmt: skip
    for markdown in (md, topic_markdown(planted, [row], {"d": planted})):
        _no_markup(_rendered(markdown).replace("<strong>", "").replace("<h1>", "", 1))
        assert re.search(r"(?<!\\)<", markdown) is None  # every "<" is escaped


def test_csv_cells_that_look_like_formulas_are_defused() -> None:
    cells = ('=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "plain")
    rows = [
        TopicParagraph(doc_id="d", para="1", section=s, text=s, lead_in="", names=(), score=1)
        for s in cells
    ]
    parsed = list(csv.reader(io.StringIO(topic_csv(rows, {"d": "=cmd|' /C calc'!A0"}))))[1:]
    texts = [r[5] for r in parsed]
    assert texts == ['\'=HYPERLINK("http://x")', "'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1", "plain"]
    assert all(r[0] == "'=cmd|' /C calc'!A0" for r in parsed)


def test_an_upload_over_the_limit_is_never_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    small = tmp_path / "seed.txt"
    small.write_bytes(SEED.read_bytes())
    ingestor = Ingestor(get_settings())
    with big.open("rb") as huge, small.open("rb") as fine, big.open("rb") as liar:
        results = ingest_uploads(
            ingestor,
            [
                Upload("big.txt", 50 * 1024 * 1024, huge),
                Upload("seed.txt", small.stat().st_size, fine),
                Upload("liar.txt", 10, liar),  # announces 10 bytes, holds 50 MB
            ],
            max_mb=2,
        )  # fmt: skip
        assert huge.tell() == 0  # the size was enough to refuse it
        assert liar.tell() <= 2_000_000 + (1 << 20)  # read only until it proved too large
    by_name = {r.path: r for r in results}
    assert "larger than 2 MB" in by_name["big.txt"].message
    assert "larger than 2 MB" in by_name["liar.txt"].message
    assert by_name["seed.txt"].status == "added"


def test_a_busy_store_during_an_upload_is_a_message(isolated_home: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import time
            from filelock import FileLock
            with FileLock({str(isolated_home / "write.lock")!r}):
                print("locked", flush=True)
                time.sleep(60)
            """)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        at.file_uploader(key="uploads").set_value(
            ("other.txt", b"T\n\nI. P\n\n1. Text.\n", "text/plain")
        )
        at.run()
        at.button(key="ingest").click().run()
        assert not at.exception, at.exception
        assert any("Another ingest or remove is writing" in e.value for e in at.sidebar.error)
    finally:
        holder.kill()
        holder.wait()
