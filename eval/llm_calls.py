"""Recorded LLM calls: a proxy on 127.0.0.1 between the assistant and its chat endpoint that
keeps the text of every chat completion by its messages, and gives a recorded text back
instead of asking the endpoint again.

An llm-mode eval takes 20 s an answer with the 1.5B model here (35 minutes for 80 cases);
most changes to the answerer act only after the model has written (the support check, what
an answer must give), and leave its prompts as they were. Replayed, such a change is
measured on the same model outputs in a minute. A prompt the change did alter is not in the
record: it goes to the endpoint when there is one (and is recorded), and fails otherwise, so
the answer falls back with its notice, and the run says how many did."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from eval.errors import RecordedCallsError

CALLS_FILE = "llm_calls.jsonl"


def call_key(messages: list) -> str:
    """What identifies a call: its messages (role and content), whatever the model's name."""
    canonical = json.dumps(messages, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_calls(folder: Path) -> dict[str, str]:
    """The calls recorded in ``folder`` (an earlier run's ``--out``), by key."""
    path = folder / CALLS_FILE
    if not path.is_file():
        raise RecordedCallsError(
            f"{path} does not exist: replay the --out folder of an llm-mode eval run "
            "(every such run records its calls there)."
        )
    calls: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            calls[str(row["key"])] = str(row["text"])
        except (ValueError, KeyError, TypeError) as exc:
            raise RecordedCallsError(
                f"{path}, line {number}: not a recorded call ({exc}); record the run again."
            ) from exc
    return calls


@dataclass
class CallLog:
    """The calls of one run: those replayed, those asked of the endpoint, those that could
    be neither (not recorded, and no endpoint)."""

    recorded: dict[str, str]
    made: dict[str, str] = field(default_factory=dict)
    replayed: int = 0
    asked: int = 0
    missing: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def write(self, folder: Path) -> Path:
        """Every call this run made, replayed or asked, so its folder can be replayed too."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / CALLS_FILE
        with self.lock:
            made = list(self.made.items())
        rows = (json.dumps({"key": k, "text": t}, ensure_ascii=False) for k, t in made)
        path.write_text("".join(f"{row}\n" for row in rows), encoding="utf-8")
        return path

    def summary(self) -> str:
        return (
            f"LLM calls: {self.replayed} replayed, {self.asked} asked of the endpoint, "
            f"{self.missing} not recorded and no endpoint to ask"
        )


def _chunk(model: str, delta: dict, finish: str | None) -> bytes:
    body = {
        "id": "recorded",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n".encode()


def _text(payload: str) -> str:
    """The text a chat completion (``message``), or a piece of a streamed one (``delta``),
    holds; "" for anything else."""
    try:
        choices = json.loads(payload).get("choices") or [{}]
    except (ValueError, AttributeError):
        return ""
    said = choices[0].get("delta") or choices[0].get("message") or {}
    return said.get("content") or ""


def _content(line: str) -> str:
    """The text a server-sent line of a streamed chat completion adds."""
    data = line[5:].strip() if line.startswith("data:") else ""
    return _text(data) if data and data != "[DONE]" else ""


def _handler(log: CallLog, upstream: str | None, timeout: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # noqa: ANN002 - quiet: the eval has its own progress
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            key = call_key(body.get("messages") or [])
            text = log.recorded.get(key)  # never written while the proxy runs
            if text is not None:
                with log.lock:
                    log.replayed += 1
                    log.made[key] = text
                self._recorded(body, text)
            elif upstream is not None:
                self._forwarded(body, key)
            else:
                with log.lock:
                    log.missing += 1
                self._reply(404, {"error": {"message": "this call is not recorded"}})

        def _reply(self, status: int, payload: dict) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _recorded(self, body: dict, text: str) -> None:
            model = str(body.get("model") or "recorded")
            if not body.get("stream"):
                message = {"role": "assistant", "content": text}
                choice = {"index": 0, "message": message, "finish_reason": "stop"}
                self._reply(200, {"id": "recorded", "object": "chat.completion", "created": 0,
                                  "model": model, "choices": [choice]})  # fmt: skip
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()  # HTTP/1.0: the stream ends when the connection closes
            self.wfile.write(_chunk(model, {"role": "assistant", "content": text}, None))
            self.wfile.write(_chunk(model, {}, "stop"))
            self.wfile.write(b"data: [DONE]\n\n")

        def _forwarded(self, body: dict, key: str) -> None:
            """The call made of the endpoint, its answer passed on as it comes, and recorded
            when it completes."""
            headers = {"Content-Type": "application/json"}
            if auth := self.headers.get("Authorization"):
                headers["Authorization"] = auth
            parts: list[str] = []
            try:
                with httpx.stream(
                    "POST", f"{upstream}/chat/completions", json=body, headers=headers,
                    timeout=timeout,
                ) as response:  # fmt: skip
                    self.send_response(response.status_code)
                    self.send_header("Content-Type", response.headers.get("content-type", ""))
                    self.end_headers()
                    if not body.get("stream"):
                        data = response.read()
                        self.wfile.write(data)
                        parts.append(_text(data.decode("utf-8", "replace")))
                    else:
                        for line in response.iter_lines():
                            self.wfile.write(f"{line}\n".encode())
                            self.wfile.flush()
                            parts.append(_content(line))
                    complete = response.status_code == 200
            except (httpx.HTTPError, OSError):
                return  # the client sees the connection end, as it would the endpoint's
            with log.lock:
                log.asked += 1
                if complete:
                    # Not given back within this run: a measured run asks every call it
                    # makes (its seconds per answer are the model's).
                    log.made[key] = "".join(parts)

    return Handler


@contextmanager
def recording_proxy(
    recorded: dict[str, str], upstream: str | None, timeout: float = 600.0
) -> Iterator[tuple[str, CallLog]]:
    """A proxy on 127.0.0.1 and a free port that replays ``recorded`` calls and asks
    ``upstream`` (an OpenAI-compatible /v1 URL, or None) the others; yields its /v1 URL and
    the run's ``CallLog``."""
    log = CallLog(recorded=dict(recorded))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(log, upstream, timeout))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="llm-calls", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", log
    finally:
        server.shutdown()
        server.server_close()
