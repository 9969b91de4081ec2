"""Fault injection, seeded and bounded: kill -9 at random points of an ingest (embedded store
and Chroma server), the server stopped and started under a batch, two clients writing to one
server (one of them stalled past its lease), and the chat UI reading while the CLI writes.

Every round checks that nothing crashed and no data was lost: each served document is whole
and is a version that was written, no document served before the fault is gone, and a run
after the fault brings the store to the latest files. Rounds go to test-output/faults/."""

from __future__ import annotations

import json
import random
import signal
import time
from functools import partial
from pathlib import Path

import pytest
from _chroma_server import ChromaServer
from _faults import ROUNDS, SEED, Round, Versions, record
from _procs import env_for, run, start, wait_until
from conftest import ROOT

from congress_qa import Settings
from ingest import Ingestor, StoreBusyError, open_store
from ingest.synthetic import write_corpus

APP = str(ROOT / "ui" / "app.py")
# Short, so a dead or frozen writer frees the store quickly; long enough that a live writer on
# a busy machine (two cores shared with other work) still renews it in time.
LEASE = "5"
QUESTIONS = [
    "Who was the rapporteur?",
    "Who are increasingly targets of online frauds and scams?",
    "What was said about children?",
    "What did the representative of Brazil say?",
]
WORDS = ["Speakers", "Participants", "cooperation", "victims", "training", "offenders"]


def _edit(path: Path, rng: random.Random) -> None:
    """A new version of the file: words changed, and sometimes a paragraph fewer."""
    text = path.read_text(encoding="utf-8")
    word = rng.choice(WORDS)
    text = text.replace(word, f"{word[:-1]}{rng.choice('xyz')}{word[-1]}")
    blocks = text.rstrip().split("\n\n")
    if rng.random() < 0.5 and len(blocks) > 10:
        blocks = blocks[:-1]
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def _store(settings: Settings):  # noqa: ANN202 - a ChromaStore seeing what is on disk now
    store = open_store(settings)
    store.refresh()
    return store


def _latest(paths: list[Path]) -> dict[str, str]:
    import hashlib

    return {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.mark.parametrize("kind", ["embedded", pytest.param("server", marks=pytest.mark.server)])
def test_kill_9_at_random_points_of_an_ingest(kind: str, tmp_path: Path, embedder) -> None:
    """A CLI ingest replacing three documents is killed at a random moment after it took the
    lock; a reader then checks the store, and the next ingest (in this process: a second
    client) must bring it to the new files."""
    rng = random.Random(SEED)
    server = ChromaServer(tmp_path / "server").start() if kind == "server" else None
    url = server.url if server else None
    # A killed writer's lease must run out before the next writer may repair.
    store_settings = {"lease_s": float(LEASE), "lock_timeout_s": 30.0}
    settings = Settings(home=tmp_path / "home", chroma_url=url, store=store_settings)
    env = env_for(tmp_path / "cli-home" if server else tmp_path / "home",
                  **({"CONGRESS_QA_CHROMA_URL": url, "CONGRESS_QA_STORE__LEASE_S": LEASE}
                     if server else {}))  # fmt: skip
    try:
        paths = write_corpus(tmp_path / "docs", 60, units_per_doc=20, seed=SEED)
        versions = Versions()
        versions.remember(paths)
        ingestor = Ingestor(settings)
        tick = time.monotonic()
        assert {f.status for f in ingestor.ingest(paths).files} == {"added"}
        work = time.monotonic() - tick
        rounds: list[Round] = []
        for _ in range(ROUNDS):
            for path in paths:
                _edit(path, rng)
            versions.remember(paths)
            writer = start(["ingest", *map(str, paths)], env)
            pid = writer.pid
            wait_until(partial(_held_by, pid, settings), timeout=120, every=0.01)
            delay = rng.uniform(0, 1.2 * work)
            time.sleep(delay)
            finished = writer.poll() is not None
            writer.send_signal(signal.SIGKILL)
            writer.wait()
            round_ = Round(f"kill -9 during ingest ({kind})", note=f"{delay:.2f}s into the lock"
                           + (" (it had finished)" if finished else ""))  # fmt: skip
            round_.lost += versions.problems(_store(settings), must_have={p.stem for p in paths})
            tick = time.monotonic()
            try:
                report = ingestor.ingest(paths)
                round_.crashed = bool(report.failed)
            except Exception as exc:  # recorded as a crash
                round_.crashed, round_.note = True, repr(exc)
            round_.surfaced_s = round(time.monotonic() - tick, 2)  # until the store is whole
            after = _store(settings)
            round_.lost += versions.problems(
                after, must_have={p.stem for p in paths}, latest=_latest(paths)
            )
            round_.lost += [f"orphan chunks of {d}" for d in after.orphans()]
            rounds.append(round_)
        record(f"kill -9 during ingest ({kind})", rounds)
        assert [r for r in rounds if r.crashed or r.lost] == []
    finally:
        if server:
            server.stop()


def _held_by(pid: int, settings: Settings) -> bool:
    """Whether process ``pid`` holds the store's writer lock now."""
    if not settings.effective_chroma_url:
        try:
            return json.loads((settings.data_dir / "write.lock.json").read_text())["pid"] == pid
        except (OSError, ValueError, KeyError):
            return False
    return any(
        m["pid"] == pid and not m["released"] for m in _leases(settings.effective_chroma_url)
    )


def _leases(url: str) -> list[dict]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.HttpClient(
        host="127.0.0.1", port=int(url.rsplit(":", 1)[1]),
        settings=ChromaSettings(anonymized_telemetry=False),
    )  # fmt: skip
    try:
        return client.get_collection("congress_qa_meta").get(where={"kind": "lock"})["metadatas"]
    except Exception:  # the collection is made by the first client
        return []


@pytest.mark.server
def test_chroma_server_stopped_and_started_under_a_batch(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    server = ChromaServer(tmp_path / "server").start()
    try:
        env = env_for(tmp_path / "home", CONGRESS_QA_CHROMA_URL=server.url)
        assert run(["ask", "Who was the rapporteur?"], env).returncode == 0  # seeds the store
        batch = start(["ask", "--batch", "-"], env, stdin=-1, bufsize=1)
        sent = 0
        down = False
        rounds: list[Round] = []

        def ask() -> dict:
            nonlocal sent
            sent += 1
            line = {"id": sent, "question": rng.choice(QUESTIONS)}
            batch.stdin.write(json.dumps(line) + "\n")
            batch.stdin.flush()
            return json.loads(batch.stdout.readline())

        for _ in range(ROUNDS):
            for _ in range(rng.randint(1, 3)):
                assert "answer" in ask()
            how = rng.choice(["kill -9", "stop"])
            server.kill() if how == "kill -9" else server.stop()
            down = True
            tick = time.monotonic()
            row = ask()
            round_ = Round(f"Chroma server {how} under ask --batch")
            round_.surfaced_s = round(time.monotonic() - tick, 2)
            round_.crashed = (
                "error" not in row or "Cannot reach the Chroma store" not in row["error"]
            )
            for _ in range(rng.randint(0, 2)):
                round_.crashed |= "Cannot reach" not in ask().get("error", "")
            server.start()
            down = False
            back = ask()
            if "answer" not in back:
                round_.lost.append(f"line {sent} after the restart: {back}")
            rounds.append(round_)
        batch.stdin.close()
        code = batch.wait(timeout=60)
        stderr = batch.stderr.read()
        rounds[-1].crashed |= code != 1 or "Traceback" in stderr
        record("Chroma server stopped and started under ask --batch", rounds)
        assert [r for r in rounds if r.crashed or r.lost] == []
    finally:
        if not down:
            server.stop()


@pytest.mark.server
def test_two_clients_write_to_one_server(tmp_path: Path, embedder) -> None:
    """Client A (a CLI process, its own home) and client B (this process, another home) ingest
    into one server, both replacing a shared document. B starts at a random moment while A
    holds the lock; in turn B waits for A, or is refused at once. In the last round A is frozen
    past its lease: B takes over, and A, thawed, must commit nothing and say so."""
    rng = random.Random(SEED)
    server = ChromaServer(tmp_path / "server").start()
    env_a = env_for(tmp_path / "home-a", CONGRESS_QA_CHROMA_URL=server.url,
                    CONGRESS_QA_STORE__LEASE_S=LEASE)  # fmt: skip
    try:
        shared = write_corpus(tmp_path / "shared", 30, units_per_doc=30, seed=SEED)
        own = {}
        for i, client in enumerate("ab"):
            (path,) = write_corpus(tmp_path / client, 30, units_per_doc=30, seed=SEED + i + 1)
            own[client] = [path.rename(path.with_name(f"{client}-{path.name}"))]
        versions = Versions()
        rounds: list[Round] = []
        served: set[str] = set()
        for number in range(ROUNDS + 1):
            stalled = number == ROUNDS
            wait = 30.0 if number % 2 == 0 or stalled else 0.0
            for path in shared + own["a"] + own["b"]:
                _edit(path, rng)
            versions.remember(shared + own["a"] + own["b"])
            store = {"lease_s": float(LEASE), "lock_timeout_s": wait}
            settings = Settings(home=tmp_path / "home-b", chroma_url=server.url, store=store)
            b = Ingestor(settings)
            a = start(["ingest", *map(str, shared + own["a"])], env_a)
            pid = a.pid
            wait_until(partial(_held_by, pid, settings), timeout=120, every=0.01)
            if stalled:
                a.send_signal(signal.SIGSTOP)
                time.sleep(float(LEASE) + 1)  # past the lease
            else:
                time.sleep(rng.uniform(0, 0.5))
            tick = time.monotonic()
            refused = ""
            try:
                report = b.ingest(shared + own["b"])
            except StoreBusyError as exc:
                report, refused = None, str(exc)
            b_took = round(time.monotonic() - tick, 2)
            if stalled:
                a.send_signal(signal.SIGCONT)
            a_out, a_err = a.communicate(timeout=300)
            if stalled:
                round_ = Round("a writer frozen past its lease while another takes over")
                # Frozen before it committed, the writer must find out and commit nothing
                # more; frozen after, it has nothing left to do. The store stays whole.
                lost_lock = a.returncode == 1 and "lost the store lock" in a_err
                round_.crashed = not (lost_lock or a.returncode == 0)
                round_.note = "the frozen writer lost the lock" if lost_lock else "it had committed"
                round_.surfaced_s = b_took
            elif wait:
                round_ = Round("two clients of one server, the second waiting")
                round_.crashed = a.returncode != 0
            elif report is None:
                round_ = Round("two clients of one server, the second refused while busy")
                round_.crashed = a.returncode != 0 or f"pid {pid}" not in refused
                round_.surfaced_s = b_took
            else:  # A was done before B asked
                round_ = Round("two clients of one server, one after the other")
                round_.crashed = a.returncode != 0
            round_.crashed |= "Traceback" in a_err or bool(report and report.failed)
            served |= {line.split()[1] for line in a_out.splitlines()
                       if line.startswith(("added:", "replaced:", "unchanged:"))}  # fmt: skip
            served |= {f.doc_id for f in (report.files if report else []) if f.status != "failed"}
            round_.lost += versions.problems(_store(b.settings), must_have=served)
            if round_.crashed:
                round_.note += f" a={a.returncode} {a_err[-300:]!r} b={refused or report}"
            rounds.append(round_)
        record("two clients of one Chroma server", rounds)
        assert [r for r in rounds if r.crashed or r.lost] == []
    finally:
        server.stop()


def test_the_chat_keeps_working_while_the_cli_writes(isolated_home: Path, tmp_path: Path) -> None:
    from streamlit.testing.v1 import AppTest

    rng = random.Random(SEED)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    rounds: list[Round] = []
    for number in range(ROUNDS):
        paths = write_corpus(tmp_path / f"docs{number}", 60, units_per_doc=30, seed=SEED + number)
        for path in paths:
            path.rename(path.with_name(f"r{number}-{path.name}"))
        paths = sorted((tmp_path / f"docs{number}").glob("*.txt"))
        writer = start(["ingest", *map(str, paths)], env_for(isolated_home))
        round_ = Round("chat UI reading while the CLI ingests")
        runs = 0
        while writer.poll() is None:
            at.chat_input[0].set_value(rng.choice(QUESTIONS)).run()
            runs += 1
            if at.exception:
                round_.crashed = True
                round_.note = str(at.exception[0].message)[:200]
                break
        writer.wait()
        done = time.monotonic()
        at.run()
        round_.crashed |= bool(at.exception) or writer.returncode != 0
        shown = at.multiselect(key="doc_filter").value
        round_.surfaced_s = round(time.monotonic() - done, 2)  # the next page run shows them
        missing = [p.stem for p in paths if p.stem not in shown]
        round_.lost += [f"{d}: not shown after the ingest" for d in missing]
        round_.note = round_.note or f"{runs} page runs during the ingest"
        rounds.append(round_)
    record("chat UI reading while the CLI ingests", rounds)
    assert [r for r in rounds if r.crashed or r.lost] == []
