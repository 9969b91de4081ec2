"""A second process must not break the first: readers (the chat UI, a long-lived assistant)
of an embedded store see another process's ingest and reload, never a traceback."""

from __future__ import annotations

from pathlib import Path

from _procs import env_for, run, start
from conftest import ROOT, SEED_ID
from streamlit.testing.v1 import AppTest

from assistant import Assistant
from congress_qa import get_settings
from ingest.synthetic import write_corpus

APP = str(ROOT / "ui" / "app.py")
MARITIME = "Report\n\nI. Part\n\n1. Speakers discussed piracy and armed robbery at sea.\n"


def _ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def test_the_chat_sees_a_cli_ingest_and_remove_and_reloads(
    isolated_home: Path, tmp_path: Path
) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    _ask(at, "Who was the rapporteur?")  # the store's vectors are loaded in this process
    doc = tmp_path / "maritime.txt"
    doc.write_text(MARITIME, encoding="utf-8")
    env = env_for(isolated_home)
    assert run(["ingest", str(doc)], env).returncode == 0

    at.run()
    assert not at.exception, at.exception
    assert [t.value for t in at.toast] == ["Documents changed, reloading."]
    assert at.multiselect(key="doc_filter").value == [SEED_ID, "maritime"]
    _ask(at, "What was said about piracy?")
    answer = at.session_state["turns"][-1]["answer"]
    assert [c.doc_id for c in answer.citations] == ["maritime"]

    assert run(["remove", "maritime"], env).returncode == 0
    at.run()
    assert not at.exception, at.exception
    assert at.multiselect(key="doc_filter").value == [SEED_ID]
    _ask(at, "Who was the rapporteur?")
    assert at.session_state["turns"][-1]["answer"].citations[0].para == "front"


def test_a_long_lived_assistant_keeps_answering_during_an_ingest(tmp_path: Path) -> None:
    assistant = Assistant.from_settings(get_settings())
    corpus = write_corpus(tmp_path / "docs", 240, units_per_doc=80)
    writer = start(["ingest", *map(str, corpus)], env_for(get_settings().data_dir))
    answered, errors = 0, []
    while writer.poll() is None or answered == 0:
        try:
            assistant.ask("What was said about trafficking in persons?")
            answered += 1
        except Exception as exc:  # counted: the test fails on any
            errors.append(repr(exc))
    assert writer.returncode == 0, writer.stderr.read()
    assert errors == []
    final = assistant.ask("What was said about trafficking in persons?")
    assert {c.doc_id for c in final.citations} & {p.stem for p in corpus}
    assert [m.doc_id for m in assistant.documents()] == sorted([SEED_ID, *(p.stem for p in corpus)])
