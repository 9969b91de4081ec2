"""An llm-mode eval records the model's text for every call, through a proxy on 127.0.0.1, and
a later run gives those texts back for the same prompts (`eval --replay`): real runs of the
eval command, a real llama.cpp server for the recording."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from congress_qa.cli import main
from eval.cases import GOLD_DIR
from eval.errors import RecordedCallsError
from eval.llm_calls import CALLS_FILE, call_key, load_calls

# What the answer to a case is made of, compared between a run and its replay.
_ANSWER = ("answer", "refused", "citations", "notice", "support_check", "draft")


def _subset(tmp_path: Path, lines: slice) -> Path:
    rows = (GOLD_DIR / "calibration" / "bangkok-seed.jsonl").read_text(encoding="utf-8")
    subset = tmp_path / "subset.jsonl"
    subset.write_text("\n".join(rows.splitlines()[lines]) + "\n", encoding="utf-8")
    return subset


def _cases(out: Path) -> dict[str, dict]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {c["id"]: c for c in report["cases"]["custom"]["pipeline"]}


@pytest.mark.llm
def test_an_llm_eval_is_replayed_from_the_calls_it_recorded(
    llama_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    subset = _subset(tmp_path, slice(0, 2))
    monkeypatch.setenv("CONGRESS_QA_LLM__MODEL", "smollm2")
    monkeypatch.setenv("CONGRESS_QA_LLM__MAX_TOKENS", "40")
    monkeypatch.setenv("CONGRESS_QA_LLM__BASE_URL", llama_server)
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["eval", "--mode", "llm", "--gold", str(subset), "--out", str(first)]) == 0
    err = capsys.readouterr().err
    recorded = load_calls(first)
    assert recorded and all(recorded.values())  # the model's texts, as it streamed them
    # A measured run asks every call it makes, a repeated one too (the eval's warm-up).
    assert "LLM calls: 0 replayed" in err
    asked = _cases(first)
    assert any(c["draft"] for c in asked.values())  # the LLM wrote some of the answers

    # No endpoint now: every answer must come from the record, and come out the same.
    monkeypatch.delenv("CONGRESS_QA_LLM__BASE_URL")
    command = ["eval", "--mode", "llm", "--gold", str(subset), "--out", str(second)]
    assert main([*command, "--replay", str(first)]) == 0
    err = capsys.readouterr().err
    assert "replayed, 0 asked of the endpoint, 0 not recorded" in err
    assert "LLM calls: 0 replayed" not in err
    replayed = _cases(second)
    assert replayed.keys() == asked.keys()
    for case_id, case in asked.items():
        assert {k: replayed[case_id][k] for k in _ANSWER} == {k: case[k] for k in _ANSWER}
    assert load_calls(second) == recorded  # a replay can be replayed in turn


def test_a_call_that_was_not_recorded_falls_back_and_is_counted(tmp_path: Path, capsys) -> None:
    """A prompt the record does not hold is never answered with another prompt's text: with
    no endpoint to ask, the answer falls back to the extractive one with its notice."""
    subset = _subset(tmp_path, slice(0, 1))
    other = [{"role": "user", "content": "Another question entirely"}]
    record = tmp_path / "record"
    record.mkdir()
    (record / CALLS_FILE).write_text(
        json.dumps({"key": call_key(other), "text": "Elderly people [1]."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    command = ["eval", "--mode", "llm", "--gold", str(subset), "--out", str(out)]
    assert main([*command, "--replay", str(record)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"0 replayed, 0 asked of the endpoint, [1-9]\d* not recorded", err), err
    (case,) = _cases(out).values()
    assert "LLM endpoint failed" in case["notice"] and "Elderly people" not in case["answer"]
    assert (out / CALLS_FILE).read_text(encoding="utf-8") == ""


def test_replay_needs_a_recorded_run_and_llm_mode(tmp_path: Path, capsys) -> None:
    subset = _subset(tmp_path, slice(0, 1))
    command = ["eval", "--gold", str(subset), "--out", str(tmp_path / "out")]
    assert main([*command, "--replay", str(tmp_path)]) == 2
    assert "add --mode llm" in capsys.readouterr().err
    assert main([*command, "--mode", "llm", "--replay", str(tmp_path)]) != 0
    assert "does not exist: replay the --out folder" in capsys.readouterr().err
    (tmp_path / CALLS_FILE).write_text("not json\n", encoding="utf-8")
    with pytest.raises(RecordedCallsError, match="line 1"):
        load_calls(tmp_path)
