"""A stalled LLM endpoint costs one answer its deadline, not (retries + 1) × timeout: real
HTTP servers on 127.0.0.1 that accept and then stall, or start streaming and stall."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from _faults import Round, record
from conftest import SEED

from assistant import Assistant
from congress_qa import Settings
from ingest import Ingestor

QUESTION = "Who are increasingly targets of online frauds?"


class _StallingServer:
    """Accepts connections on 127.0.0.1. ``silent``: reads the request and says nothing.
    ``trickle``: answers 200 with an SSE stream, sends one piece, then nothing."""

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.stop = threading.Event()
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            self.conns.append(conn)
            conn.recv(65536)
            if self.behaviour == "trickle":
                piece = (
                    'data: {"id":"x","object":"chat.completion.chunk","created":0,"model":"m",'
                    '"choices":[{"index":0,"delta":{"role":"assistant","content":"Elderly"},'
                    '"finish_reason":null}]}\n\n'
                )
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                    b"Transfer-Encoding: chunked\r\n\r\n"
                    + f"{len(piece.encode()):x}\r\n{piece}\r\n".encode()
                )

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        for conn in self.conns:
            conn.close()


@pytest.fixture
def stalling(request: pytest.FixtureRequest) -> Iterator[_StallingServer]:
    server = _StallingServer(request.param)
    yield server
    server.close()


def _assistant(home, port: int, **llm) -> Assistant:  # noqa: ANN001
    settings = Settings(
        home=home,
        llm={"base_url": f"http://127.0.0.1:{port}/v1", "model": "m", "max_retries": 2, **llm},
    )
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED])
    return Assistant(settings, ingestor)


@pytest.mark.parametrize("stalling", ["silent"], indirect=True)
def test_a_silent_endpoint_costs_the_deadline_then_the_extractive_answer(
    stalling: _StallingServer, tmp_path
) -> None:
    # The per-request timeout (60 s) and retries (2) are the defaults that made one question
    # wait 3 × 60 s; the deadline for the whole answer is what must bound it.
    assistant = _assistant(tmp_path, stalling.port, deadline_s=3, stream_timeout_s=60)
    tick = time.monotonic()
    answer = assistant.ask(QUESTION, mode="llm")
    took = time.monotonic() - tick
    record("LLM endpoint silent", [Round("LLM endpoint accepts and stalls (deadline 3 s)",
                                         surfaced_s=round(took, 2))])  # fmt: skip
    assert stalling.accepted >= 1
    assert took < 3 + 5, took
    assert answer.mode == "extractive" and not answer.refused
    assert "within 3s" in answer.notice and "extractive answer instead" in answer.notice
    assert "[8(g)]" in answer.answer


@pytest.mark.parametrize("stalling", ["trickle"], indirect=True)
def test_a_stream_that_stops_mid_answer_times_out_on_silence(
    stalling: _StallingServer, tmp_path
) -> None:
    assistant = _assistant(tmp_path, stalling.port, deadline_s=60, stream_timeout_s=2)
    pieces: list[str] = []
    tick = time.monotonic()
    final = None
    for piece in assistant.stream(QUESTION, mode="llm"):
        if isinstance(piece, str):
            pieces.append(piece)
        else:
            final = piece
    took = time.monotonic() - tick
    record("LLM stream stalls", [Round("LLM stream stalls mid-answer (silence limit 2 s)",
                                       surfaced_s=round(took, 2))])  # fmt: skip
    assert pieces[:1] == ["Elderly"]  # the piece that came was shown while waiting
    assert took < 2 + 5, took
    assert final is not None and final.mode == "extractive"
    assert "no text for 2s" in final.notice
    assert final.citations
