"""What an ingest writes is all there or not served at all: the writers' lock holds across
clients of one Chroma server, repair touches only what is provably abandoned, an ingest
verifies its chunks before it reports success, and a unit's text is stored once."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import chromadb
import pytest
from _procs import env_for, start, wait_until
from chromadb.config import Settings as ChromaSettings

from congress_qa import get_settings
from ingest import Ingestor, StoreBusyError, parse_file
from ingest.synthetic import write_corpus


def _http(url: str) -> chromadb.api.ClientAPI:
    port = int(url.rsplit(":", 1)[1])
    return chromadb.HttpClient(
        host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False)
    )


def _unit_ids(ingestor: Ingestor, doc_id: str) -> list[str]:
    return [
        c.metadata["unit_id"] for c in ingestor.store.chunks([doc_id]) if not c.metadata["part"]
    ]


@pytest.mark.server
def test_a_second_client_never_harms_a_replacement_in_progress(
    chroma_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Client A (its own home) replaces a document on the shared server; it is frozen half-way
    through writing; client B (another home) starts an ingest. B must be refused with A named,
    and A must end with every unit in the store."""
    prefix = "two_clients"
    (doc,) = write_corpus(tmp_path / "docs", 150, units_per_doc=150)
    doc_id = doc.stem
    monkeypatch.setenv("CONGRESS_QA_HOME", str(tmp_path / "b"))
    monkeypatch.setenv("CONGRESS_QA_CHROMA_URL", chroma_server)
    monkeypatch.setenv("CONGRESS_QA_STORE__COLLECTION", prefix)
    b = Ingestor(get_settings())
    expected = [u.unit_id for u in parse_file(doc, get_settings()).units]
    assert b.ingest([doc]).files[0].status == "added"
    env_a = env_for(
        tmp_path / "a", CONGRESS_QA_CHROMA_URL=chroma_server, CONGRESS_QA_STORE__COLLECTION=prefix
    )
    doc.write_text(doc.read_text(encoding="utf-8").replace("Speakers", "Delegates"), "utf-8")
    client = _http(chroma_server)
    units, docs = client.get_collection(f"{prefix}_units"), client.get_collection(f"{prefix}_docs")
    before = units.count()

    def writing() -> bool:  # A has written part of its new version, and not switched yet
        count = units.count()
        return count > before or (count > 0 and docs.count() == 0)

    a = start(["ingest", str(doc)], env_a)
    try:
        wait_until(writing, timeout=120, every=0.01)
        os.kill(a.pid, signal.SIGSTOP)
        other = tmp_path / "other.txt"
        other.write_text("Other\n\nI. Part\n\n1. Piracy was discussed.\n", encoding="utf-8")
        with pytest.raises(StoreBusyError, match=f"an ingest, by pid {a.pid} on"):
            b.ingest([other])
    finally:
        os.kill(a.pid, signal.SIGCONT)
    out, err = a.communicate(timeout=120)
    assert a.returncode == 0, err
    assert f"replaced: {doc_id} ({len(expected)} units)" in out
    assert _unit_ids(b, doc_id) == expected
    assert all("Speakers" not in c.metadata["text"] for c in b.store.chunks([doc_id]))
    assert b.store.orphans() == []
    # Once A is done, B gets the lock and ingests.
    assert b.ingest([other]).files[0].status == "added"


def test_an_ingest_that_cannot_verify_its_chunks_reports_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder
) -> None:
    """Another client (a second, real Chroma client on the same store, with no respect for the
    lock) deletes chunks while they are written. The ingest must say so and keep serving the
    version it had."""
    (doc,) = write_corpus(tmp_path / "docs", 30, units_per_doc=30)
    ingestor = Ingestor(get_settings())
    ingestor.store.max_batch = 5
    assert ingestor.ingest([doc]).files[0].status == "added"
    doc.write_text(doc.read_text(encoding="utf-8").replace("Speakers", "Delegates"), "utf-8")
    rogue = chromadb.PersistentClient(
        path=str(get_settings().data_dir / "chroma"),
        settings=ChromaSettings(anonymized_telemetry=False),
    ).get_collection("congress_qa_units")
    real_upsert = ingestor.store.units.upsert
    calls = {"n": 0}

    def upsert_then_rogue_delete(**kwargs) -> None:  # noqa: ANN003
        real_upsert(**kwargs)
        calls["n"] += 1
        if calls["n"] == 3:  # the rogue client removes one chunk already written
            rogue.delete(ids=kwargs["ids"][:1])

    monkeypatch.setattr(ingestor.store.units, "upsert", upsert_then_rogue_delete)
    result = ingestor.ingest([doc]).files[0]
    assert result.status == "failed"
    assert "holds 29 of the 30 chunks just written" in result.message
    assert "previous version" in result.message
    chunks = ingestor.store.chunks([doc.stem])
    assert len(chunks) == 30 and all("Delegates" not in c.metadata["text"] for c in chunks)
    assert ingestor.store.orphans() == []


def test_a_long_paragraph_stores_its_text_once(tmp_path: Path, embedder) -> None:
    """A one-paragraph file of 45 kB is forty chunks; its text must be stored once, not once
    per chunk (which made a 1 MB file of 884 chunks a 2.7 GB store)."""
    sentence = "Speakers stressed cooperation against trafficking in cultural property, {}. "
    body = "".join(sentence.format(i) for i in range(560)).strip()
    path = tmp_path / "long.txt"
    path.write_text(f"Report\n\nI. Part\n\n1. {body}\n", encoding="utf-8")
    ingestor = Ingestor(get_settings())
    assert ingestor.ingest([path]).files[0].status == "added"
    raw = ingestor.store.units.get(where={"doc_id": "long"}, include=["metadatas", "documents"])
    parts = [m for m in raw["metadatas"] if m["unit_id"] == "1"]
    assert len(parts) > 35
    assert sum(len(m.get("text", "")) for m in raw["metadatas"]) == len(body) + len("Report")
    assert sum(len(d) for d in raw["documents"]) < 1.5 * len(body)
    chroma_dir = get_settings().data_dir / "chroma"
    store_bytes = sum(f.stat().st_size for f in chroma_dir.rglob("*") if f.is_file())
    assert store_bytes < 40 * len(body), store_bytes
    # Readers still get the unit's whole text on every part: one string, shared.
    chunks = [c for c in ingestor.store.chunks(["long"]) if c.metadata["unit_id"] == "1"]
    assert chunks[0].metadata["text"] == body
    assert all(c.metadata["text"] is chunks[0].metadata["text"] for c in chunks)


def test_a_writer_overtaken_before_its_switch_puts_back_what_was_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder
) -> None:
    """A writer passes its last lock check, then stalls past its lease; another writer takes
    over and removes the chunks no record serves (the stalled writer's new version). When the
    stalled writer switches its record, it must find its version gone, put back the record
    that was served, and fail instead of serving a document with no text."""
    from ingest._lock import FileWriterLock

    (doc,) = write_corpus(tmp_path / "docs", 20, units_per_doc=20)
    ingestor = Ingestor(get_settings())
    assert ingestor.ingest([doc]).files[0].status == "added"
    doc.write_text(doc.read_text(encoding="utf-8").replace("Speakers", "Delegates"), "utf-8")
    client = chromadb.PersistentClient(
        path=str(get_settings().data_dir / "chroma"),
        settings=ChromaSettings(anonymized_telemetry=False),
    )
    units, docs = (
        client.get_collection("congress_qa_units"),
        client.get_collection("congress_qa_docs"),
    )

    def checked_then_overtaken(self: FileWriterLock) -> None:
        served = [
            f"{doc.stem}@{m['version']}" for m in docs.get(include=["metadatas"])["metadatas"]
        ]
        unserved = units.get(where={"doc_version": {"$nin": served}}, include=[])["ids"]
        if unserved:
            units.delete(ids=unserved)

    monkeypatch.setattr(FileWriterLock, "check", checked_then_overtaken)
    result = ingestor.ingest([doc]).files[0]
    assert result.status == "failed" and "holds 0 of the 20 chunks" in result.message
    chunks = ingestor.store.chunks([doc.stem])
    assert len(chunks) == 20 and all("Delegates" not in c.metadata["text"] for c in chunks)
