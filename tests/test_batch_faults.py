"""`ask --batch` loses no line: a malformed line gets its error row, and so does every line
asked while the Chroma server is down; the batch goes on and exits non-zero at the end."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from _chroma_server import ChromaServer
from _procs import env_for, start
from conftest import SEED

from congress_qa import get_settings
from congress_qa.cli import main
from ingest import Ingestor

GOOD = {"id": "ok", "question": "Who was the rapporteur?"}


def test_every_malformed_line_gets_its_row_and_the_batch_goes_on(tmp_path: Path, capsys) -> None:
    lines = [
        json.dumps({"id": "num", "question": 5}),
        json.dumps({"id": "null", "question": None}),
        json.dumps({"id": "list", "question": ["Who?"]}),
        json.dumps({"id": "obj", "question": {"q": "Who?"}}),
        json.dumps({"id": "hist", "question": "Who?", "history": [{"role": "bot", "content": 1}]}),
        json.dumps({"id": "histtype", "question": "Who?", "history": "not a list"}),
        json.dumps(["a", "JSON", "array"]),
        json.dumps("a JSON string"),
        "42",
        "null",
        json.dumps({"id": "empty", "question": "  "}),
        json.dumps({"id": ["odd", "id"], "question": 1}),
        json.dumps(GOOD),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["ask", "--batch", str(batch)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == len(lines)
    ids = ["num", "null", "list", "obj", "hist", "histtype", 7, 8, 9, 10, "empty", 12, "ok"]
    assert [r["id"] for r in rows] == ids
    assert all("error" in r for r in rows[:-1])
    assert "question: Input should be a valid string" in rows[0]["error"]
    assert "role: Input should be 'user' or 'assistant'" in rows[4]["error"]
    assert "expected a JSON object" in rows[6]["error"] and "got list" in rows[6]["error"]
    assert "got NoneType" in rows[9]["error"]
    assert "question is empty" in rows[10]["error"]
    assert rows[-1]["citations"][0]["para"] == "front" and "error" not in rows[-1]


@pytest.mark.server
def test_a_server_that_dies_mid_batch_costs_only_the_lines_asked_while_it_is_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = ChromaServer(tmp_path / "server").start()
    try:
        monkeypatch.setenv("CONGRESS_QA_CHROMA_URL", server.url)
        Ingestor(get_settings()).ingest([SEED])
        env = env_for(tmp_path / "home", CONGRESS_QA_CHROMA_URL=server.url)
        proc = start(["ask", "--batch", "-"], env, stdin=-1, bufsize=1)

        def ask(ident: str) -> dict:
            proc.stdin.write(json.dumps(GOOD | {"id": ident}) + "\n")
            proc.stdin.flush()
            return json.loads(proc.stdout.readline())

        assert "answer" in ask("before")
        server.kill()
        tick = time.monotonic()
        down = ask("down")
        surfaced = time.monotonic() - tick
        assert down["id"] == "down" and "Cannot reach the Chroma store" in down["error"]
        assert surfaced < 30, surfaced
        assert "error" in ask("still-down")
        server.start()
        after = ask("after")
        assert "answer" in after and after["citations"][0]["para"] == "front"
        proc.stdin.close()
        assert proc.wait(timeout=60) == 1  # lines failed: the exit code says so
        assert "Traceback" not in proc.stderr.read()
    finally:
        server.stop()
