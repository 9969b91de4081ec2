"""A second process must not break the first: the chat UI, reading an embedded store, sees
another process's ingest and remove and reloads, never a traceback. (The same while the
ingest runs is in test_faults.py.)"""

from __future__ import annotations

from pathlib import Path

from _procs import env_for, run
from conftest import ROOT, SEED_ID
from streamlit.testing.v1 import AppTest

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
