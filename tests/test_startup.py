"""Start-up is race-free and says what it does: commands started together on a new home,
the tiktoken set-up, and a store the user emptied (never seeded again)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from _procs import env_for, start, wait_until
from conftest import SEED, SEED_ID

from congress_qa import Settings
from congress_qa.cli import main
from congress_qa.offline import CL100K_SHA256, _sha256, ensure_tiktoken_cache
from ingest import Ingestor, open_store

MARITIME = "Report\n\nI. Part\n\n1. Speakers discussed piracy and armed robbery at sea.\n"


def _set_up(home: Path, barrier: threading.Barrier, errors: list[BaseException]) -> None:
    barrier.wait()
    try:
        ensure_tiktoken_cache(home)
    except BaseException as exc:  # recorded: the test fails on any of them
        errors.append(exc)


def test_tiktoken_set_up_by_many_at_once(tmp_path: Path) -> None:
    for round_ in range(10):
        home = tmp_path / f"home{round_}"
        errors: list[BaseException] = []
        barrier = threading.Barrier(8)
        threads = [threading.Thread(target=_set_up, args=(home, barrier, errors)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        (cached,) = (home / "tiktoken-cache").iterdir()  # no temporary file left behind
        assert _sha256(cached) == CL100K_SHA256


def _holds_lock(home: Path) -> bool:
    return (home / "write.lock.json").exists()


@pytest.mark.parametrize("first", ["ingest", "ask"])
def test_ask_and_ingest_started_together_on_a_new_home(first: str, tmp_path: Path) -> None:
    """Whichever starts first, both finish: `ask` waits for a first ingest (and then does not
    seed), `ingest` waits for a seeding `ask`. Each says what it does."""
    home = tmp_path / "home"
    doc = tmp_path / "maritime.txt"
    doc.write_text(MARITIME, encoding="utf-8")
    env = env_for(home)
    commands = {
        "ingest": ["ingest", str(doc)],
        "ask": ["ask", "What was said about piracy?", "--json"],
    }
    second = "ask" if first == "ingest" else "ingest"
    procs = {first: start(commands[first], env)}
    wait_until(lambda: _holds_lock(home), timeout=120, every=0.01)
    # The first is frozen while it holds the lock, so the second surely finds it busy.
    os.kill(procs[first].pid, signal.SIGSTOP)
    try:
        procs[second] = start(commands[second], env)
        told = procs[second].stderr.readline()
        holder = "an ingest" if first == "ingest" else "the bundled documents being ingested"
        assert told.startswith(f"Another process is writing to the store ({holder}")
        assert f"by pid {procs[first].pid} on" in told
        assert "waiting for it" in told
    finally:
        os.kill(procs[first].pid, signal.SIGCONT)
    results = {name: (proc.wait(timeout=300), *proc.communicate()) for name, proc in procs.items()}
    for name, (code, _out, err) in results.items():
        assert code == 0, f"{name}: {err}"
        assert "Traceback" not in err
    ask_err = results["ask"][2]
    assert "added: maritime" in results["ingest"][1]
    answer = json.loads(results["ask"][1])
    if first == "ingest":  # the store was filled by the user's ingest: nothing is seeded
        assert "The store is new" not in ask_err
        assert [c["doc_id"] for c in answer["citations"]] == ["maritime"]
    else:
        assert "The store is new: ingesting the bundled documents" in ask_err
    docs = [m.doc_id for m in open_store(Settings(home=home)).documents()]
    assert docs == (["maritime"] if first == "ingest" else [SEED_ID, "maritime"])


_HOLD = """
import sys, time
from pathlib import Path
from ingest._lock import FileWriterLock, new_holder
FileWriterLock(Path(sys.argv[1]), new_holder("ingest")).acquire(0)
print("held", flush=True)
time.sleep(300)
"""


def test_a_store_being_written_is_announced_before_it_is_opened(tmp_path: Path) -> None:
    """Opening an embedded store waits while another process is inside a write (a frozen
    writer: for good), so the line comes first, before the store is touched; a lock record
    left by a process that died is no one's."""
    home = tmp_path / "home"
    home.mkdir()
    settings = Settings(home=home)
    heard: list[tuple[str, bool]] = []

    def say(line: str) -> None:
        heard.append((line, (settings.data_dir / "chroma").exists()))

    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(settings.data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=env_for(home),
    )
    try:
        assert holder.stdout.readline() == "held\n"
        Ingestor(settings, say=say)
    finally:
        holder.kill()
        holder.wait()
    (line, opened), *rest = heard
    assert rest == []
    assert not opened, "the line came after the store was opened"
    assert line.startswith(
        f"Another process is writing to the store (an ingest, by pid {holder.pid} on"
    )
    assert "waiting for it" in line
    # The killed holder's record stays on disk; it holds nothing.
    assert (settings.data_dir / "write.lock.json").exists()
    heard.clear()
    Ingestor(settings, say=say)
    assert heard == []


def test_an_emptied_store_stays_empty(capsys) -> None:
    assert main(["ingest", str(SEED)]) == 0
    assert main(["remove", SEED_ID]) == 0
    capsys.readouterr()
    assert main(["ask", "Who was the rapporteur?"]) == 1
    err = capsys.readouterr().err
    assert "The store holds no documents" in err and "congress-qa ingest" in err
    assert main(["docs", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_new_store_is_seeded_once_and_says_so(capsys) -> None:
    assert main(["ask", "Who was the rapporteur?"]) == 0
    out, err = capsys.readouterr()
    assert "The store is new: ingesting the bundled documents" in err
    assert "Sheraz Ali" in out
    assert main(["ask", "Who was the rapporteur?"]) == 0
    assert "The store is new" not in capsys.readouterr().err
