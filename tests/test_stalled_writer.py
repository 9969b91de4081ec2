"""A writer on a Chroma server that stalls past its lease (a process stopped, a VM paused, a
long garbage collection) and then resumes must not harm what the writer that took over wrote.

A lease cannot stop a stalled process from acting on what it read before it stalled: it only
finds out at its next check. Each test stops writer A at one point of its work (its lease
renewer stops too, as in a stopped process), lets writer B take the lock and ingest, then lets
A go on; every served document must then be whole, and a later ingest must leave no orphans.
The points are chosen where a resumed writer still holds a decision made before the stall:
what is abandoned (repair), which record to overwrite (the switch), which old chunks to
delete (after the switch). ``tests/test_faults.py`` stops a real CLI process at random points;
these tests hit each point every time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _faults import Versions

from congress_qa import Settings
from ingest import Ingestor
from ingest.synthetic import write_corpus

pytestmark = pytest.mark.server
# The shortest lease the settings allow: B takes over about a second into A's stall.
LEASE = 1.0


class Stall:
    """Stops writer A once, at the point a test chooses: its lease renewer stops (as every
    thread of a stopped process would) and ``meanwhile`` runs, to completion, before A goes
    on."""

    def __init__(self, a: Ingestor, meanwhile: Callable[[], None]) -> None:
        self.meanwhile = meanwhile
        self.locks: list[Any] = []
        self.armed = True
        self.happened = False
        original = a.store.writer_lock

        def writer_lock(purpose: str):  # noqa: ANN202 - the store's lock, remembered
            lock = original(purpose)
            self.locks.append(lock)
            return lock

        a.store.writer_lock = writer_lock

    def __call__(self) -> None:
        if not self.armed or self.happened:
            return
        self.happened = True
        lock = self.locks[-1]
        lock._stop.set()  # the renewer thread is stopped with the rest of the process
        if lock._renewer is not None:
            lock._renewer.join()
        self.meanwhile()


class _Docs:
    """A's view of the document records, stalling just before A writes one."""

    def __init__(self, docs: Any, stall: Stall) -> None:  # noqa: ANN401 - a Collection
        self._docs, self._stall = docs, stall

    def upsert(self, **kwargs: Any) -> None:  # noqa: ANN401
        self._stall()
        self._docs.upsert(**kwargs)

    def delete(self, **kwargs: Any) -> None:  # noqa: ANN401
        self._stall()
        self._docs.delete(**kwargs)

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        return getattr(self._docs, name)


def _writers(tmp_path: Path, url: str, prefix: str) -> tuple[Ingestor, Ingestor]:
    store = {"collection": prefix, "lease_s": LEASE, "lock_timeout_s": 30.0}
    return tuple(  # type: ignore[return-value]
        Ingestor(Settings(home=tmp_path / name, chroma_url=url, store=store)) for name in "ab"
    )


def _edit(path: Path, old: str, new: str, versions: Versions) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    versions.remember([path])


def _run(tmp_path: Path, url: str, prefix: str, where: str, b_writes_shared: bool) -> dict:
    """B ingests the shared document; A starts replacing it and one of its own, and is stopped
    at ``where``; B then takes over and writes its own document (and, if asked, the shared one
    again, changed). Returns what a checker needs."""
    shared, a_own, b_own = write_corpus(tmp_path / "docs", 60, units_per_doc=20, seed=3)
    a, b = _writers(tmp_path, url, prefix)
    versions = Versions()
    versions.remember([shared, a_own, b_own])
    assert {f.status for f in b.ingest([shared]).files} == {"added"}
    _edit(shared, "Speakers", "Delegates", versions)  # the version A writes
    got: dict[str, Any] = {}

    def b_takes_over() -> None:
        paths = [b_own]
        if b_writes_shared:
            _edit(shared, "Delegates", "Representatives", versions)  # B's later version
            paths.insert(0, shared)
        got["b"] = b.ingest(paths)

    stall = Stall(a, b_takes_over)
    if where == "repair":
        served = a.store.served

        def served_then_stall(*args: Any, **kwargs: Any):  # noqa: ANN202, ANN401
            out = served(*args, **kwargs)
            stall()
            return out

        repair = a.store.repair

        def repair_stalling(lock: Any) -> list[str]:  # noqa: ANN401
            a.store.served = served_then_stall
            try:
                return repair(lock)
            finally:
                a.store.served = served

        a.store.repair = repair_stalling
    elif where == "switch":
        a.store.docs = _Docs(a.store.docs, stall)
    elif where == "cleanup":
        set_state = a.store._set_state

        def set_state_then_stall(**fields: Any) -> None:  # noqa: ANN401
            set_state(**fields)
            stall()

        a.store._set_state = set_state_then_stall
    got["a"] = a.ingest([shared, a_own])
    assert stall.happened, f"A was never stopped at {where}"
    assert {f.status for f in got["b"].files} <= {"added", "replaced"}, got["b"]
    return {"a": a, "b": b, "versions": versions, "got": got,
            "must_have": {shared.stem, b_own.stem}, "shared": shared.stem}  # fmt: skip


def _check(run: dict, tmp_path: Path, url: str, prefix: str) -> None:
    b = run["b"]
    b.store.sync(fresh=True)
    assert run["versions"].problems(b.store, must_have=run["must_have"]) == []
    # A writer that comes later finds nothing abandoned that it cannot account for.
    (c,) = [Ingestor(Settings(home=tmp_path / "c", chroma_url=url,
                              store={"collection": prefix, "lease_s": LEASE}))]  # fmt: skip
    c.ingest([])
    assert c.store.orphans() == []
    assert run["versions"].problems(c.store, must_have=run["must_have"]) == []


@pytest.mark.parametrize("b_writes_shared", [True, False], ids=["b-replaces", "b-elsewhere"])
def test_a_writer_stopped_in_its_repair_deletes_nothing_written_after(
    chroma_server: str, tmp_path: Path, embedder, b_writes_shared: bool
) -> None:
    """A read which versions are served, then stopped before it listed the chunks no record
    serves. B's new versions, written meanwhile, are not served in what A read: A must not
    delete them as abandoned."""
    prefix = f"stall_repair_{int(b_writes_shared)}"
    run = _run(tmp_path, chroma_server, prefix, "repair", b_writes_shared)
    a_files = run["got"]["a"].files
    assert [f.status for f in a_files] == ["failed", "failed"]
    assert all("lost the store lock" in f.message for f in a_files), a_files
    _check(run, tmp_path, chroma_server, prefix)


@pytest.mark.parametrize("b_writes_shared", [True, False], ids=["b-replaces", "b-elsewhere"])
def test_a_writer_stopped_before_its_switch_leaves_the_later_record_served(
    chroma_server: str, tmp_path: Path, embedder, b_writes_shared: bool
) -> None:
    """A checked its lock and read the record it replaces, then stopped before writing its
    own. B took over and (in one case) replaced the same document. A, resumed, must not serve
    its own version over B's, nor put back a record whose chunks B has since deleted."""
    prefix = f"stall_switch_{int(b_writes_shared)}"
    run = _run(tmp_path, chroma_server, prefix, "switch", b_writes_shared)
    (shared, a_own) = run["got"]["a"].files
    assert shared.status == "failed" and a_own.status == "failed"
    _check(run, tmp_path, chroma_server, prefix)
    served = {m.doc_id: m for m in run["b"].store.documents()}
    text = " ".join(c.metadata["text"] for c in run["b"].store.chunks([run["shared"]]))
    # B's version if B replaced it, else the one served before A began: never A's.
    assert ("Representatives" in text) == b_writes_shared and "Delegates" not in text
    assert run["shared"] in served


@pytest.mark.parametrize("b_writes_shared", [True, False], ids=["b-replaces", "b-elsewhere"])
def test_a_writer_stopped_after_its_switch_deletes_only_what_it_replaced(
    chroma_server: str, tmp_path: Path, embedder, b_writes_shared: bool
) -> None:
    """A switched the shared document to its version, then stopped before deleting the
    version it replaced. B took over and (in one case) replaced the document again. A,
    resumed, must delete the version it replaced and nothing B wrote; its next document
    fails with the lock lost."""
    prefix = f"stall_cleanup_{int(b_writes_shared)}"
    run = _run(tmp_path, chroma_server, prefix, "cleanup", b_writes_shared)
    (shared, a_own) = run["got"]["a"].files
    assert shared.status == "replaced"
    assert a_own.status == "failed" and "lost the store lock" in a_own.message
    _check(run, tmp_path, chroma_server, prefix)
    text = " ".join(c.metadata["text"] for c in run["b"].store.chunks([run["shared"]]))
    assert ("Representatives" if b_writes_shared else "Delegates") in text


def test_a_remove_stopped_after_its_check_leaves_a_later_version_served(
    chroma_server: str, tmp_path: Path, embedder
) -> None:
    """A removes a document: it checked its lock, then stopped before deleting. B took over
    and ingested the document again, changed. A, resumed, deletes what it listed while it
    held the lock, and not B's version."""
    prefix = "stall_remove"
    (shared,) = write_corpus(tmp_path / "docs", 20, units_per_doc=20, seed=5)
    a, b = _writers(tmp_path, chroma_server, prefix)
    versions = Versions()
    versions.remember([shared])
    assert {f.status for f in a.ingest([shared]).files} == {"added"}

    def b_takes_over() -> None:
        _edit(shared, "Speakers", "Representatives", versions)
        assert {f.status for f in b.ingest([shared]).files} == {"replaced"}

    stall = Stall(a, b_takes_over)
    a.store.docs = _Docs(a.store.docs, stall)
    a.remove(shared.stem)
    assert stall.happened
    b.store.sync(fresh=True)
    assert versions.problems(b.store, must_have={shared.stem}) == []
    text = " ".join(c.metadata["text"] for c in b.store.chunks([shared.stem]))
    assert "Representatives" in text
