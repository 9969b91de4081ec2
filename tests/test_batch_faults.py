"""`ask --batch` loses no line: a malformed line gets its error row, the batch goes on and
exits non-zero at the end. (Lines asked while the Chroma server is down, and after it is back,
are in test_faults.py.)"""

from __future__ import annotations

import json
from pathlib import Path

from _faults import Round, record

from congress_qa.cli import main

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
    record("malformed batch lines", [
        Round("malformed ask --batch line", crashed="error" not in row, note=line[:60])
        for line, row in zip(lines[:-1], rows, strict=False)
    ])  # fmt: skip
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
