"""`congress-qa bench load`: simultaneous conversations through the running chat app.

The app (`congress-qa ui`) is started on 127.0.0.1 over a benchmark store; each conversation
is a websocket session of its own (``bench._streamlit``), all started together, each asking
about its own report (an invented country no other report names). Reported per level:
answers per second, answer latency as a user sees it (question sent to page redrawn), and
whether any answer was mixed between sessions (a question or a country of another session in
a conversation). The app's log must show models and the index loaded once for the process."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from bench._env import child_env
from bench._server import free_port, stop, wait_http
from bench._stats import percentiles
from bench._streamlit import Session

_COUNTRY_RE = re.compile(r"The representative of (\w+) reported that (\d+) cases of ([^,.]+?) had")
Say = Callable[[str], None]


@dataclass
class Conversation:
    country: str
    questions: list[str]
    latencies: list[float] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    error: str = ""


def conversations(corpus: Path, count: int, per_session: int, seed: int = 3) -> list[Conversation]:
    """One per report, each about a country that only its report names."""
    reports: dict[str, dict[str, str]] = {}  # file -> country -> a topic it reported on
    files_of: dict[str, int] = {}
    for path in sorted(corpus.glob("*.txt")):
        said = {}
        for country, _, topic in _COUNTRY_RE.findall(path.read_text(encoding="utf-8")):
            said.setdefault(country, topic)
        reports[path.name] = said
        for country in said:
            files_of[country] = files_of.get(country, 0) + 1
    rng = random.Random(seed)
    names = sorted(reports)
    rng.shuffle(names)
    out = []
    for name in names:
        own = sorted(c for c in reports[name] if files_of[c] == 1)
        if not own:
            continue
        country = rng.choice(own)
        asked = [
            f"What did the representative of {country} report?",
            f"How many cases of {reports[name][country]} did {country} record?",
            f"Which year did {country} report on?",
        ]
        out.append(Conversation(country, asked[:per_session]))
        if len(out) == count:
            break
    return out


def _converse(url: str, talk: Conversation, start: threading.Barrier) -> None:
    try:
        with Session(url) as session:
            session.run()
            start.wait()
            for question in talk.questions:
                run = session.ask(question)
                talk.latencies.append(run.seconds * 1000)
                messages = run.tree.chat_message
                talk.asked = [" ".join(t.value for t in m.text) for m in messages[0::2]]
                talk.answers = [" ".join(md.value for md in m.markdown) for m in messages[1::2]]
    except Exception as exc:  # one failed session is reported, the others go on
        talk.error = f"{type(exc).__name__}: {exc}"
        if not start.broken:
            start.abort()


def _mixed(talks: list[Conversation]) -> list[str]:
    """Conversations that show another session's question or country."""
    problems = []
    countries = {t.country for t in talks}
    for talk in talks:
        if talk.error:
            continue
        if talk.asked != talk.questions:
            problems.append(f"{talk.country}: shows questions {talk.asked}")
        for answer in talk.answers:
            strangers = [c for c in countries - {talk.country} if re.search(rf"\b{c}\b", answer)]
            if strangers:
                problems.append(f"{talk.country}: an answer names {strangers}")
    return problems


def run_level(url: str, talks: list[Conversation]) -> dict:
    start = threading.Barrier(len(talks) + 1)
    threads = [threading.Thread(target=_converse, args=(url, t, start)) for t in talks]
    for thread in threads:
        thread.start()
    start.wait()  # every session has its page: the questions go out together
    tick = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - tick
    latencies = [ms for t in talks for ms in t.latencies]
    return {
        "sessions": len(talks),
        "answers": len(latencies),
        "wall_s": wall,
        "answers_per_s": len(latencies) / wall if wall else 0.0,
        "latency_ms": percentiles(latencies),
        "errors": [f"{t.country}: {t.error}" for t in talks if t.error],
        "mixed": _mixed(talks),
    }


def load_test(
    folder: Path, levels: tuple[int, ...] = (10, 25), per_session: int = 2, say: Say = print
) -> dict:
    """Starts the app over ``folder``'s store, runs each level of simultaneous conversations
    and stops the app."""
    port = free_port()
    log = folder / "ui-load.log"
    with log.open("w", encoding="utf-8") as stderr:
        app = subprocess.Popen(
            [sys.executable, "-c", "import sys; from congress_qa.cli import main; sys.exit(main())",
             "ui", "--port", str(port)],
            env=child_env(CONGRESS_QA_HOME=str(folder / "home")),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/_stcore/health", timeout=300)
        with Session(url) as first:  # the first session loads models and the index
            first.run()
            first.ask("Who was the rapporteur?")
        server = psutil.Process(app.pid)  # `congress-qa ui` execs Streamlit in its process
        rss_before = server.memory_info().rss / 2**20
        results = []
        for n in levels:
            talks = conversations(folder / "corpus", n, per_session)
            if len(talks) < n:
                raise RuntimeError(f"the corpus names only {len(talks)} countries; need {n}")
            say(f"load: {n} simultaneous conversations, {per_session} questions each")
            results.append(run_level(url, talks))
        rss_after = server.memory_info().rss / 2**20
    finally:
        stop(app)
    text = log.read_text(encoding="utf-8", errors="replace")
    return {
        "levels": results,
        "server_rss_mb": {"after_first_session": rss_before, "after_load": rss_after},
        "assistant_loads": text.count("assistant loaded:"),
        "index_loads": len(re.findall(r"unit index: .* loaded in", text)),
        "log": str(log),
    }
