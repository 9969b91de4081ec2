"""An llm-mode eval records the model's text for every call, through a proxy on 127.0.0.1, and
a later run gives those texts back for the same prompts (`eval --replay`): the proxy between
the assistant and a real llama.cpp server, and real runs of the eval command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import SEED

from assistant import Assistant
from congress_qa import Settings
from congress_qa.cli import main
from eval.cases import GOLD_DIR
from eval.errors import RecordedCallsError
from eval.llm_calls import CALLS_FILE, call_key, load_calls, recording_proxy
from ingest import Ingestor

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


# A question the bundled report answers, which the LLM is asked (not answered by quoting).
_QUESTIONS = ("Who are increasingly targets of online frauds?",)


def _answers(assistant: Assistant) -> list[dict]:
    return [
        assistant.ask(q, mode="llm").model_dump(include=set(_ANSWER) | {"mode"}) for q in _QUESTIONS
    ]


@pytest.mark.llm
def test_llm_answers_are_replayed_from_the_calls_recorded(
    llama_server: str, tmp_path: Path
) -> None:
    """Through the proxy, a real llama.cpp server's answers are recorded as it streams them;
    replayed with no endpoint behind the proxy, the assistant gives the same answers."""

    def assistant(url: str) -> Assistant:
        settings = Settings(
            home=tmp_path / "home",
            llm={"base_url": url, "model": "smollm2", "max_tokens": 40, "max_retries": 0},
        )
        ingestor = Ingestor(settings)
        ingestor.ingest([SEED])
        return Assistant(settings, ingestor)

    with recording_proxy({}, llama_server) as (url, log):
        asked = _answers(assistant(url))
    assert (log.replayed, log.asked, log.missing) == (0, len(_QUESTIONS), 0)
    assert any(a["mode"] == "llm" for a in asked)  # the model's answers, not fallbacks
    recorded = load_calls(log.write(tmp_path / "first").parent)
    assert len(recorded) == len(_QUESTIONS) and all(recorded.values())
    assert {a["draft"] for a in asked} <= set(recorded.values())

    with recording_proxy(recorded, None) as (url, log):
        replayed = _answers(assistant(url))
    assert (log.replayed, log.asked, log.missing) == (len(_QUESTIONS), 0, 0)
    assert replayed == asked
    assert load_calls(log.write(tmp_path / "second").parent) == recorded  # replayable in turn


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
