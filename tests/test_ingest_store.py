"""Ingest into a real embedded Chroma and a real Chroma server: ids, replacement, batches,
bad input, crash safety and the write lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _make_docs import make_pdf
from conftest import ROOT, SEED, SEED_ID, SEED_UNITS

from congress_qa import get_settings
from congress_qa.cli import main
from ingest import Ingestor, StoreBusyError


def _units(ingestor: Ingestor, doc_id: str = SEED_ID) -> list[str]:
    return [c.metadata["unit_id"] for c in ingestor.store.chunks([doc_id])]


def test_ingest_then_reingest_unchanged_changes_nothing(embedder) -> None:
    ingestor = Ingestor(get_settings())
    first = ingestor.ingest([SEED])
    assert [(f.status, f.units) for f in first.files] == [("added", 19)]
    ids_before = [c.id for c in ingestor.store.chunks()]
    again = ingestor.ingest([SEED])
    assert again.files[0].status == "unchanged"
    assert [c.id for c in ingestor.store.chunks()] == ids_before
    assert ids_before[0] == f"{SEED_ID}::front::0"
    assert f"{SEED_ID}::8(g)::0" in ids_before


def test_changed_file_replaces_its_units_completely(tmp_path: Path, embedder) -> None:
    copy = tmp_path / f"{SEED_ID}.txt"
    text = SEED.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    ingestor = Ingestor(get_settings())
    ingestor.ingest([copy])
    shorter = text.split("(h) Engage civil society")[0].rstrip() + "\n"
    copy.write_text(shorter.replace("elderly people", "older persons"), encoding="utf-8")
    report = ingestor.ingest([copy])
    assert report.files[0].status == "replaced"
    assert _units(ingestor) == SEED_UNITS[:-3]
    texts = {c.metadata["unit_id"]: c.metadata["text"] for c in ingestor.store.chunks()}
    assert "older persons" in texts["8(g)"]
    assert len(ingestor.store.documents()) == 1


def test_adds_are_batched_under_the_store_limit(embedder) -> None:
    ingestor = Ingestor(get_settings())
    ingestor.store.max_batch = 4
    ingestor.ingest([SEED])
    assert _units(ingestor) == SEED_UNITS


def test_long_unit_is_split_into_parts_that_keep_its_id(tmp_path: Path, embedder) -> None:
    long_para = " ".join(
        f"Sentence {i} about judicial cooperation and extradition." for i in range(120)
    )
    path = tmp_path / "long.txt"
    path.write_text(
        f"Report\n\nI. Part\n\n1. {long_para}\n\n2. Short paragraph.\n", encoding="utf-8"
    )
    ingestor = Ingestor(get_settings())
    ingestor.ingest([path])
    chunks = ingestor.store.chunks(["long"])
    parts = [c for c in chunks if c.metadata["unit_id"] == "1"]
    assert len(parts) > 1
    assert [c.metadata["part"] for c in parts] == list(range(len(parts)))
    assert all(c.metadata["n_parts"] == len(parts) for c in parts)
    assert all(embedder.count_tokens(c.page_content) <= 256 for c in parts)
    assert all(c.page_content.startswith("I. Part\n") for c in parts)


def test_sub_item_chunk_embeds_heading_and_lead_in(embedder) -> None:
    ingestor = Ingestor(get_settings())
    ingestor.ingest([SEED])
    chunk = next(c for c in ingestor.store.chunks() if c.metadata["unit_id"] == "8(g)")
    heading, lead, body = chunk.page_content.split("\n")
    assert heading == "Outcome of deliberations"
    assert lead.startswith("The following recommendations")
    assert body.startswith("In an effort to address the risks")


def test_dense_search_finds_the_paragraph_and_filters_by_document(embedder, tmp_path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "Other\n\nI. Part\n\n1. Piracy at sea was discussed at length.\n", encoding="utf-8"
    )
    ingestor = Ingestor(get_settings())
    ingestor.ingest([SEED, other])
    query = embedder.embed_query("older people targeted by online fraud")
    hits = ingestor.store.search(query, 3, None)
    assert hits[0].document.metadata["unit_id"] == "8(g)"
    only_other = ingestor.store.search(query, 3, ["other"])
    assert {h.document.metadata["doc_id"] for h in only_other} == {"other"}


def test_interrupted_ingest_never_shows_half_a_document(embedder, monkeypatch) -> None:
    ingestor = Ingestor(get_settings())
    ingestor.store.max_batch = 5
    real_upsert = ingestor.store.units.upsert
    calls = {"n": 0}

    def dying_upsert(**kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("power cut")
        return real_upsert(**kwargs)

    monkeypatch.setattr(ingestor.store.units, "upsert", dying_upsert)
    with pytest.raises(KeyboardInterrupt):
        ingestor.ingest([SEED])
    assert ingestor.store.documents() == []
    assert ingestor.store.chunks() == []  # the 5 written chunks are not served
    assert ingestor.store.orphans() == [SEED_ID]
    monkeypatch.setattr(ingestor.store.units, "upsert", real_upsert)
    report = ingestor.ingest([SEED])
    assert report.files[0].status == "added"
    assert _units(ingestor) == SEED_UNITS
    assert ingestor.store.orphans() == []


def test_second_writer_is_refused_with_a_message(isolated_home: Path, embedder) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from filelock import FileLock
                with FileLock({str(isolated_home / "write.lock")!r}):
                    print("locked", flush=True)
                    time.sleep(30)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreBusyError, match="Another ingest or remove is writing"):
            Ingestor(get_settings()).ingest([SEED])
    finally:
        holder.kill()
        holder.wait()
    assert Ingestor(get_settings()).ingest([SEED]).files[0].status == "added"


def _bad_files(folder: Path) -> dict[str, str]:
    """Each bad file and a phrase its one-line message must contain."""
    from pypdf import PdfReader, PdfWriter

    (folder / "empty.txt").write_text("")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "latin1.txt").write_bytes("Rapport\n\n1. Les états ont débattu.\n".encode("latin-1"))
    (folder / "notes.rtf").write_text("{\\rtf1 hello}")
    (folder / "prose.txt").write_text("Just some prose without any numbered paragraphs at all.\n")
    pdf = make_pdf(SEED.read_text(encoding="utf-8"), folder / "tmp.pdf")
    data = pdf.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    writer = PdfWriter()
    for page in PdfReader(pdf).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with (folder / "encrypted.pdf").open("wb") as out:
        writer.write(out)
    pdf.unlink()
    with (folder / "huge.txt").open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # a 50 MB file (sparse on disk)
    return {
        "empty.txt": "has no text",
        "junk.txt": "binary data",
        "latin1.txt": "not UTF-8",
        "notes.rtf": "unsupported file type",
        "prose.txt": "no numbered paragraphs",
        "truncated.pdf": "damaged or truncated",
        "encrypted.pdf": "encrypted",
        "huge.txt": "over the 20 MB limit",
    }


def test_folder_of_good_and_bad_files(tmp_path: Path, capsys, embedder) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    expected = _bad_files(folder)
    (folder / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code = main(["ingest", str(folder), str(folder / "notes.rtf")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    failed_lines = [line for line in err.splitlines() if line.startswith("failed: ")]
    assert len(failed_lines) == len(expected)
    for name, phrase in expected.items():
        line = next(line for line in failed_lines if name in line)
        assert phrase in line, line
    assert "added: good (19 units)" in out
    assert "1 added, 0 replaced, 0 unchanged, 8 failed" in out
    main(["docs", "--json"])
    listing = json.loads(capsys.readouterr().out)
    assert [d["doc_id"] for d in listing] == ["good"]


def test_cli_docs_json_lists_the_seed_in_document_order(capsys, embedder) -> None:
    assert main(["ingest", str(SEED)]) == 0
    capsys.readouterr()
    assert main(["docs", "--json"]) == 0
    (doc,) = json.loads(capsys.readouterr().out)
    assert doc["doc_id"] == SEED_ID
    assert doc["units"] == SEED_UNITS
    assert doc["rapporteur"] == "Sheraz Ali (Pakistan)"
    assert doc["unit_count"] == 19


def test_cli_remove(capsys, embedder) -> None:
    main(["ingest", str(SEED)])
    assert main(["remove", SEED_ID]) == 0
    assert main(["remove", SEED_ID]) == 1
    _, err = capsys.readouterr()
    assert "No document" in err and "congress-qa docs" in err
    main(["docs", "--json"])
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.server
def test_chroma_server_mode(chroma_server: str, monkeypatch, embedder) -> None:
    monkeypatch.setenv("CONGRESS_QA_CHROMA_URL", chroma_server)
    settings = get_settings()
    ingestor = Ingestor(settings)
    assert ingestor.store.location == chroma_server
    ingestor.ingest([SEED])
    hits = ingestor.store.search(embedder.embed_query("rehabilitation of offenders"), 3, None)
    assert hits[0].document.metadata["unit_id"] in {"8(j)", "7"}
    assert not (settings.data_dir / "chroma").exists()
    assert ingestor.ingest([SEED]).files[0].status == "unchanged"


def test_unreachable_chroma_server_says_what_to_do(monkeypatch) -> None:
    from conftest import free_port

    monkeypatch.setenv("CONGRESS_QA_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    assert main(["docs"]) == 1


def test_ingest_and_query_make_no_connection_beyond_loopback(no_network, tmp_path: Path) -> None:
    # A fresh process-wide state is not possible inside pytest, so the tiktoken cache is
    # rebuilt under this test's home and the whole path runs with the network blocked.
    from ingest import get_embedder

    ingestor = Ingestor(get_settings())
    ingestor.ingest([SEED])
    hits = ingestor.store.search(get_embedder().embed_query("elderly"), 2, None)
    assert hits
    assert no_network == []


def test_tiktoken_cl100k_loads_offline_in_a_fresh_process(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import socket
        def refuse(*a, **k):
            raise OSError("network blocked")
        socket.socket.connect = refuse
        from pathlib import Path
        from congress_qa.offline import ensure_tiktoken_cache
        ensure_tiktoken_cache(Path({str(tmp_path)!r}))
        import tiktoken
        print(len(tiktoken.get_encoding("cl100k_base").encode("Crime Congress")))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 0


_BLAS_THREADS = """
import json
import numpy as np
from threadpoolctl import threadpool_info
from ingest.embeddings import get_embedder
def blas():
    return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
before = blas()
get_embedder()
print(json.dumps([before, blas()]))
"""


def test_the_embedder_keeps_numpy_s_blas_off_its_cores() -> None:
    """OpenBLAS would run the store-sized products on threads of its own, which spin on the
    cores onnxruntime embeds on (a 60% slower embedder on 2 cores): once an embedder exists,
    NumPy's BLAS runs on one thread. In a fresh process, as a user's command starts."""
    out = subprocess.run(
        [sys.executable, "-c", _BLAS_THREADS], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    before, after = json.loads(out.splitlines()[-1])
    assert after and all(n == 1 for n in after)
    if (os.cpu_count() or 1) > 1:
        assert max(before) > 1  # so the test sees the limit being set, not a default of 1


def _cache_settings(home: Path, cache: Path, **embedding: object):  # noqa: ANN202
    from congress_qa import Settings

    return Settings(home=home, embedding={"cache_dir": cache, **embedding})


def _stored_vectors(ingestor: Ingestor) -> dict[str, list[float]]:
    return {d.id: v.tolist() for d, v in ingestor.store.chunks_with_vectors()}


def test_a_document_ingested_again_takes_its_vectors_from_the_shared_cache(tmp_path) -> None:
    import sqlite3

    import numpy as np

    cache = tmp_path / "shared-cache"
    first = Ingestor(_cache_settings(tmp_path / "a", cache))
    first.ingest([SEED])
    stored = first.store.chunks_with_vectors()
    # Each vector is the model's own for its chunk's text.
    model = first.embedder.embed_array([d.page_content for d, _ in stored])
    assert np.allclose(np.vstack([v for _, v in stored]), model, atol=1e-5)
    db = sqlite3.connect(cache / "embeddings.sqlite3")
    rows = db.execute("SELECT key, vector FROM vectors").fetchall()
    assert len(rows) == len({d.page_content for d, _ in stored})
    # Another home sharing the folder reads its vectors from it: a planted vector comes back.
    planted = np.zeros(first.embedder.dimensions, dtype=np.float32)
    planted[0] = 1.0
    with db:
        db.execute("UPDATE vectors SET vector = ?", (planted.tobytes(),))
    second = Ingestor(_cache_settings(tmp_path / "b", cache))
    second.ingest([SEED])
    assert all(v[0] == 1.0 and not any(v[1:]) for v in _stored_vectors(second).values())
    # A model window of another size is another model: its vectors are its own.
    third = Ingestor(_cache_settings(tmp_path / "c", cache, max_tokens=128))
    third.ingest([SEED])
    assert not any(v[0] == 1.0 and not any(v[1:]) for v in _stored_vectors(third).values())
    assert db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 2 * len(rows)
    db.close()


def test_an_unreadable_embedding_cache_is_passed_over(tmp_path) -> None:
    import numpy as np

    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "embeddings.sqlite3").write_bytes(b"this is no database" * 100)
    ingestor = Ingestor(_cache_settings(tmp_path / "home", cache))
    report = ingestor.ingest([SEED])
    assert not report.failed
    stored = ingestor.store.chunks_with_vectors()
    assert {d.metadata["unit_id"] for d, _ in stored} == set(SEED_UNITS)
    model = ingestor.embedder.embed_array([d.page_content for d, _ in stored])
    assert np.allclose(np.vstack([v for _, v in stored]), model, atol=1e-5)


def test_a_file_ingested_again_takes_its_text_from_the_shared_cache(tmp_path, monkeypatch) -> None:
    """A PDF read once (about a second a page) is not read again by a home sharing the cache;
    other bytes, or readers whose code changed, read it afresh."""
    import sqlite3

    from ingest import _read_cache, read_document

    pdf = make_pdf(SEED.read_text(encoding="utf-8"), tmp_path / "seed.pdf")
    cache = tmp_path / "shared-cache"
    first = Ingestor(_cache_settings(tmp_path / "a", cache))
    assert not first.ingest([pdf]).failed
    db = sqlite3.connect(cache / "readings.sqlite3")
    (text,) = db.execute("SELECT text FROM texts").fetchone()
    assert text == read_document(pdf, max_mb=20)  # the readers' own text
    # Another home sharing the folder reads the file's text from it: a planted word comes back.
    with db:
        db.execute("UPDATE texts SET text = replace(text, 'Bangkok', 'Planted')")

    def units(ingestor: Ingestor) -> str:
        return " ".join(d.page_content for d, _ in ingestor.store.chunks_with_vectors())

    second = Ingestor(_cache_settings(tmp_path / "b", cache))
    assert not second.ingest([pdf]).failed
    assert "Planted" in units(second) and "Bangkok" not in units(second)
    # Readers whose code changed give other keys: the planted text is not theirs.
    monkeypatch.setattr(_read_cache, "readers_version", lambda: "readers of another commit")
    third = Ingestor(_cache_settings(tmp_path / "c", cache))
    assert not third.ingest([pdf]).failed
    assert "Bangkok" in units(third) and "Planted" not in units(third)
    assert db.execute("SELECT count(*) FROM texts").fetchone()[0] == 2
    db.close()
    # Turned off, the cache is neither read nor written.
    from congress_qa import Settings

    unused = tmp_path / "unused"
    off = Ingestor(
        Settings(home=tmp_path / "d", embedding={"cache_dir": unused}, ingest={"cache": False})
    )
    assert not off.ingest([pdf]).failed
    assert not (unused / "readings.sqlite3").exists()


def test_an_unreadable_reading_cache_is_passed_over(tmp_path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "readings.sqlite3").write_bytes(b"this is no database" * 100)
    ingestor = Ingestor(_cache_settings(tmp_path / "home", cache))
    report = ingestor.ingest([SEED])
    assert not report.failed
    stored = ingestor.store.chunks_with_vectors()
    assert {d.metadata["unit_id"] for d, _ in stored} == set(SEED_UNITS)
