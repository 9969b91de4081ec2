"""A team on one deployment: one `chroma run` server, two chat apps (separate processes and
data directories) pointing at it with CONGRESS_QA_CHROMA_URL. A document uploaded through one
app is answerable in the other without a restart: its index notices the new document and
reads it (only it) from the server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from _chroma_server import ChromaServer
from conftest import SEED_ID, free_port, wait_http

from bench import Session

pytestmark = pytest.mark.server

FALCONRY = (
    "Report of the falconry working group\n\nI. Deliberations\n\n"
    "1. Speakers discussed falconry and the trade in hunting birds across the region of "
    "Zembla, and called for licences.\n"
)


@contextmanager
def app(home: Path, url: str, log: Path) -> Iterator[str]:
    """`congress-qa ui` on a free port of 127.0.0.1, a client of the server at ``url``."""
    port = free_port()
    cli = shutil.which("congress-qa", path=str(Path(sys.executable).parent))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONGRESS_QA_")}
    with log.open("w", encoding="utf-8") as stderr:
        proc = subprocess.Popen(
            [cli, "ui", "--port", str(port)],
            env=env | {"CONGRESS_QA_HOME": str(home), "CONGRESS_QA_CHROMA_URL": url},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        wait_http(f"http://127.0.0.1:{port}/_stcore/health", timeout=180)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _answer(session: Session, question: str) -> str:
    run = session.ask(question)
    return " ".join(m.value for m in run.tree.chat_message[-1].markdown)


def test_a_document_uploaded_through_one_app_is_answered_by_the_other(tmp_path: Path) -> None:
    server = ChromaServer(tmp_path / "server").start()
    try:
        with (
            app(tmp_path / "alice", server.url, tmp_path / "alice.log") as alice_url,
            app(tmp_path / "bob", server.url, tmp_path / "bob.log") as bob_url,
            Session(alice_url) as alice,
            Session(bob_url) as bob,
        ):
            assert "8(g)" in _answer(bob, "Who are increasingly targets of online frauds?")
            before = _answer(bob, "What was said about falconry in Zembla?")
            assert "falconry" not in before.lower() or "do not say" in before

            alice.upload([("falconry.txt", FALCONRY.encode())])
            done = alice.click("Ingest uploaded files")
            assert any("added as falconry" in s.value for s in done.tree.sidebar.success)

            # Bob's app was not restarted: its next question sees the new document.
            run = bob.ask("What was said about falconry in Zembla?")
            answer = " ".join(m.value for m in run.tree.chat_message[-1].markdown)
            assert "hunting birds" in answer and "do not say" not in answer
            shown = " ".join(m.value for m in run.tree.sidebar.markdown)
            assert "falconry working group" in shown and "Draft report (addendum)" in shown
            # And the other app still answers from the report it had.
            assert "8(g)" in _answer(alice, "Who are increasingly targets of online frauds?")
        bob_log = (tmp_path / "bob.log").read_text(encoding="utf-8")
        alice_log = (tmp_path / "alice.log").read_text(encoding="utf-8")
        # Each app loaded its models once; Bob's index was updated in place, not rebuilt.
        assert bob_log.count("assistant loaded:") == alice_log.count("assistant loaded:") == 1
        assert "unit index: 2" in bob_log and " updated in " in bob_log
        # Alice's app kept the index share of what it wrote; Bob's read it from the server.
        assert list((tmp_path / "alice" / "index").rglob("tables.npz"))
        assert SEED_ID  # the bundled report was seeded into the server by the first app
    finally:
        server.stop()
        time.sleep(0.1)
