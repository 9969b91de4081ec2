"""Time limits for a streamed LLM answer.

The OpenAI client's own timeout applies per request and per socket read, and it retries:
an endpoint that accepts a connection and then says nothing costs (retries + 1) × timeout
before anyone hears of it. Here the stream is read in a helper thread and the caller waits on
a queue with two clocks: a total deadline for the whole answer (the first piece may take all of
it: a local model reads the whole prompt first), and a limit on the silence between pieces.
Whichever runs out first ends the wait with ``LLMTimeoutError``; the helper thread is left to
finish on the client's own timeout (it is a daemon and its output is dropped)."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

import httpx

from assistant.errors import LLMTimeoutError
from congress_qa.settings import LLMSettings

T = TypeVar("T")
_DONE = object()


def request_timeout(settings: LLMSettings) -> httpx.Timeout:
    """Per-request limits for the HTTP client, so its helper thread ends soon after the
    caller has stopped waiting: nothing a second past the whole answer's deadline. (The
    watchdog below fires first and says which limit ran out.)"""
    cap = min(settings.timeout_s, settings.deadline_s) + 1.0
    return httpx.Timeout(cap, connect=min(cap, 10.0))


def within_deadline(
    pieces: Iterable[T], settings: LLMSettings, deadline: float | None = None
) -> Iterator[T]:
    """The pieces of ``pieces`` as they come, until it ends, fails (its error is raised
    here) or a limit runs out (``LLMTimeoutError``). ``deadline``: the ``time.monotonic()``
    by which the whole answer is due, when several calls make one answer; by default
    ``deadline_s`` from now."""
    inbox: queue.Queue = queue.Queue()
    abandoned = threading.Event()

    def pump() -> None:
        try:
            for piece in pieces:
                if abandoned.is_set():
                    return
                inbox.put(piece)
            inbox.put(_DONE)
        except BaseException as exc:  # handed to the waiting caller, raised there
            inbox.put(exc)

    threading.Thread(target=pump, name="llm-stream", daemon=True).start()
    if deadline is None:
        deadline = time.monotonic() + settings.deadline_s
    started = False
    while True:
        left = deadline - time.monotonic()
        wait = min(left, settings.stream_timeout_s) if started else left
        try:
            if wait <= 0:
                raise queue.Empty
            item = inbox.get(timeout=wait)
        except queue.Empty:
            abandoned.set()
            if time.monotonic() >= deadline - 1e-3:
                raise LLMTimeoutError(
                    f"no complete answer within {settings.deadline_s:g}s "
                    "(CONGRESS_QA_LLM__DEADLINE_S)"
                ) from None
            raise LLMTimeoutError(
                f"no text for {settings.stream_timeout_s:g}s (CONGRESS_QA_LLM__STREAM_TIMEOUT_S)"
            ) from None
        if item is _DONE:
            return
        if isinstance(item, BaseException):
            raise item
        started = True
        yield item
