"""The llm answerer against a real OpenAI-compatible server (llama.cpp with SmolLM2-135M).
The small model answers poorly: these tests check plumbing, validation and fallback."""

from __future__ import annotations

import pytest
from conftest import SEED, SEED_ID, free_port

from assistant import Answer, Assistant
from assistant.llm import LLMAnswerer, build_messages, validate
from assistant.retrieval import UnitHit
from congress_qa import Settings
from congress_qa.cli import main
from ingest import Ingestor


def _assistant(home, base_url: str | None) -> Assistant:
    settings = Settings(
        home=home,
        llm={"base_url": base_url, "model": "smollm2", "max_tokens": 80, "max_retries": 1,
             "timeout_s": 60},
    )  # fmt: skip
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED])
    return Assistant(settings, ingestor)


def _hit(unit_id: str, text: str) -> UnitHit:
    return UnitHit(SEED_ID, unit_id, "item", 0, text, "Outcome", "Lead:", "8")


def test_validation_drops_unknown_ids_and_keeps_known_ones() -> None:
    markers = {"8(g)": _hit("8(g)", "Protect elderly people from scams;")}
    text = "Elderly people need protection [8(g)]. Youth are agents [6(g)]. Both [8(g); 99]."
    parts, citations, dropped = validate(text, markers, {})
    assert [p.markers for p in parts] == [["8(g)"], [], ["8(g)"]]
    assert parts[1].text == "Youth are agents."
    assert dropped == 2
    assert [c.para for c in citations] == ["8(g)"]
    assert citations[0].quote == "Protect elderly people from scams;"


def test_prompt_numbers_units_by_their_ids_and_has_a_one_shot_example() -> None:
    hits = [_hit("8(g)", "Protect elderly people;"), _hit("8(e)", "Support mental health;")]
    messages = build_messages("Q?", hits, {"8(g)": hits[0], "8(e)": hits[1]})
    assert len(messages) == 4
    assert "[8(g)]" in messages[-1].content and "[8(e)]" in messages[-1].content
    assert "The documents do not say" in messages[0].content


def test_llm_mode_needs_an_endpoint(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from congress_qa.settings import LLMSettings

    with pytest.raises(Exception, match="OPENAI_API_KEY"):
        LLMAnswerer(LLMSettings())
    assert main(["ask", "Who was the rapporteur?", "--mode", "llm"]) == 1
    assert "CONGRESS_QA_LLM__BASE_URL" in capsys.readouterr().err


def test_endpoint_down_falls_back_to_extractive_with_a_notice(tmp_path) -> None:
    assistant = _assistant(tmp_path, f"http://127.0.0.1:{free_port()}/v1")
    answer = assistant.ask("Who are increasingly targets of online frauds?", mode="llm")
    assert answer.mode == "extractive"
    assert "LLM endpoint failed" in answer.notice
    assert "[8(g)]" in answer.answer


@pytest.mark.llm
def test_real_server_streams_and_every_citation_was_retrieved(llama_server: str, tmp_path) -> None:
    assistant = _assistant(tmp_path, llama_server)
    pieces: list[str] = []
    final: Answer | None = None
    for piece in assistant.stream(
        "Who are increasingly targets of online frauds and scams?", mode="llm"
    ):
        if isinstance(piece, Answer):
            final = piece
        else:
            pieces.append(piece)
    assert final is not None
    assert len(pieces) > 3  # tokens arrived one by one
    retrieved = {r.para for r in final.retrieved}
    assert all(c.para in retrieved for c in final.citations)
    if final.mode == "llm":
        assert final.citations and not final.notice
    else:
        assert "this is the extractive answer instead" in final.notice
        assert final.citations  # the fallback still answers with citations
    assert final.model == "smollm2"


@pytest.mark.llm
def test_real_server_refusal_gate_and_cli(llama_server: str, tmp_path, monkeypatch, capsys) -> None:
    assistant = _assistant(tmp_path, llama_server)
    refused = assistant.ask("What did the representative of Brazil say?", mode="llm")
    assert refused.refused and refused.citations == []
    monkeypatch.setenv("CONGRESS_QA_HOME", str(tmp_path))
    monkeypatch.setenv("CONGRESS_QA_LLM__BASE_URL", llama_server)
    monkeypatch.setenv("CONGRESS_QA_LLM__MAX_TOKENS", "60")
    assert (
        main(["ask", "What is recommended about the mental health of children?", "--mode", "llm"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Sources:" in out or "do not say" in out


@pytest.mark.parametrize("status", [429, 500, 503])
def test_busy_or_failing_endpoint_is_retried_then_falls_back(tmp_path, status: int) -> None:
    import http.server
    import threading

    hits: list[str] = []

    class Failing(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            hits.append(self.path)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Retry-After", "0")
            self.end_headers()
            self.wfile.write(b'{"error": {"message": "busy"}}')

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        assistant = _assistant(tmp_path, f"http://127.0.0.1:{server.server_port}/v1")
        answer = assistant.ask("Who are increasingly targets of online frauds?", mode="llm")
    finally:
        server.shutdown()
    assert len(hits) == 2  # the first try and max_retries=1 more
    assert answer.mode == "extractive" and "LLM endpoint failed" in answer.notice
    assert answer.citations and not answer.refused


@pytest.mark.llm
def test_judge_scores_lie_between_zero_and_one(llama_server: str, tmp_path) -> None:
    from congress_qa.settings import LLMSettings
    from eval.cases import load_cases
    from eval.judge import judge_faithfulness
    from eval.runner import run

    cases = [c for c in load_cases() if c.id in {"s21", "u01"}]
    results = run(cases, settings=Settings(home=tmp_path))
    judge_faithfulness(results, LLMSettings(base_url=llama_server, model="smollm2", max_tokens=8))
    scores = [r.scores.get("faithfulness") for r in results["pipeline"]]
    assert scores[1] is None  # a refusal is not judged
    assert all(0.0 <= s <= 1.0 for s in scores if s is not None)
