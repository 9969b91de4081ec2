"""The ask command's JSON contract, single and batch."""

from __future__ import annotations

import json

from conftest import SEED_ID

from congress_qa.cli import main


def test_ask_json_has_the_answer_fields(capsys) -> None:
    assert main(["ask", "Who are increasingly targets of online frauds and scams?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {
        "question",
        "answer",
        "refused",
        "citations",
        "mode",
        "retrieved",
        "timings_ms",
    }
    citation = data["citations"][0]
    assert citation["doc_id"] == SEED_ID and citation["para"] == "8(g)"
    assert citation["text"].startswith("In an effort") and citation["quote"]
    assert all({"doc_id", "para", "score"} <= set(r) for r in data["retrieved"])


def test_ask_text_renders_sources(capsys) -> None:
    assert main(["ask", "Who was the rapporteur?", "--doc", SEED_ID]) == 0
    out = capsys.readouterr().out
    assert "Sheraz Ali" in out and "Sources:" in out and "[front]" in out


def test_batch_answers_each_line_in_order_with_history(tmp_path, capsys) -> None:
    batch = tmp_path / "in.jsonl"
    rows = [
        {"id": "q1", "question": "What was said about children?"},
        {"id": "q2", "question": "Which recommendation addresses their mental health?",
         "history": [{"role": "user", "content": "What was said about children?"}]},
        {"id": "q3", "question": "Who chaired the meeting?"},
    ]  # fmt: skip
    batch.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["ask", "--batch", str(batch)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["q1", "q2", "q3"]
    assert out[1]["citations"][0]["para"] == "8(e)"
    assert out[2]["refused"] is True and out[2]["citations"] == []


def test_batch_reports_bad_lines_and_exits_non_zero(tmp_path, capsys) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "ok", "question": "Who was the rapporteur?"}\nnot json\n{"id": "x"}\n')
    assert main(["ask", "--batch", str(batch)]) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out[0]["id"] == "ok" and "answer" in out[0]
    assert out[1]["id"] == 2 and "error" in out[1]
    assert out[2]["id"] == "x" and "question" in out[2]["error"]


def test_ask_needs_a_question_or_a_batch(capsys) -> None:
    assert main(["ask"]) == 2
