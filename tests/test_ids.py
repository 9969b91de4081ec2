"""Document ids: unique and stable for names in any script; a collision is reported, never a
silent replacement (CLI and uploads)."""

from __future__ import annotations

import json
from pathlib import Path

from congress_qa import get_settings
from congress_qa.cli import main
from ingest import Ingestor, slugify
from ingest.parser import slugify as parser_slugify
from ui import ingest_uploads

NAMES = ["Доклад", "Отчёт", "报告", "会议报告", "تقرير", "اجتماع", "रिपोर्ट", "report"]


def _doc(topic: str) -> str:
    return f"Report on {topic}\n\nI. Part\n\n1. Speakers discussed {topic} at length.\n"


def test_ids_keep_every_script_and_stay_distinct() -> None:
    ids = [slugify(n) for n in NAMES]
    assert ids == ["доклад", "отчёт", "报告", "会议报告", "تقرير", "اجتماع", "रिपोर्ट", "report"]
    assert slugify("Report (Final) 2025") == "report-final-2025"
    assert parser_slugify is slugify  # the old import path gives the same ids


def test_names_without_letters_or_too_long_get_a_stable_hash() -> None:
    assert slugify("!!!") == slugify("!!!") != slugify("???")
    assert slugify("!!!").startswith("doc-")
    long_a, long_b = "x" * 100 + "a", "x" * 100 + "b"
    assert slugify(long_a) != slugify(long_b)
    assert len(slugify(long_a)) <= 80


def test_nine_files_nine_results_none_lost_silently(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(NAMES):
        (folder / f"{name}.txt").write_text(_doc(f"topic {i}"), encoding="utf-8")
    html = "<html><body><p>Report on piracy</p><p>I. Part</p><p>1. Piracy was discussed.</p>"
    (folder / "report.html").write_text(html, encoding="utf-8")
    assert main(["ingest", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert "8 added, 0 replaced, 0 unchanged, 1 failed" in out
    (failed,) = [line for line in err.splitlines() if line.startswith("failed: ")]
    # Files go in name order: report.html takes the id, report.txt is refused, saying why.
    assert failed.startswith(f"failed: {folder / 'report.txt'}: its document id 'report' is")
    assert "already taken by" in failed and "report.html" in failed
    assert main(["docs", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert sorted(d["doc_id"] for d in listing) == sorted(slugify(n) for n in NAMES)
    # Each document kept its own text: nothing overwrote anything.
    store = Ingestor(get_settings()).store
    texts = {
        c.metadata["doc_id"]: c.metadata["text"]
        for c in store.chunks()
        if c.metadata["unit_id"] == "1"
    }
    assert texts[slugify("report")] == "Piracy was discussed."
    assert texts[slugify("تقرير")] == "Speakers discussed topic 4 at length."


def test_a_later_file_with_a_taken_id_is_refused_and_the_stored_one_kept(tmp_path: Path) -> None:
    ingestor = Ingestor(get_settings())
    txt, html = tmp_path / "report.txt", tmp_path / "report.html"
    txt.write_text(_doc("fisheries"), encoding="utf-8")
    html.write_text("<p>Other</p><p>I. Part</p><p>1. Piracy was discussed.</p>", encoding="utf-8")
    assert ingestor.ingest([txt]).files[0].status == "added"
    result = ingestor.ingest([html]).files[0]
    assert result.status == "failed" and "report.txt in the store" in result.message
    assert "congress-qa remove report" in result.message
    (chunk,) = [c for c in ingestor.store.chunks(["report"]) if c.metadata["unit_id"] == "1"]
    assert "fisheries" in chunk.metadata["text"]
    # The same file again is still a replacement of itself, not a collision.
    txt.write_text(_doc("forestry"), encoding="utf-8")
    assert ingestor.ingest([txt]).files[0].status == "replaced"


def test_uploads_with_non_latin_names_are_kept_apart(tmp_path: Path) -> None:
    ingestor = Ingestor(get_settings())
    files = [(f"{name}.txt", _doc(f"topic {i}").encode()) for i, name in enumerate(NAMES[:4])]
    files.append(("Доклад.txt", _doc("a second upload of the same name").encode()))
    results = ingest_uploads(ingestor, files, max_mb=1)
    added = [r for r in results if r.status == "added"]
    (failed,) = [r for r in results if r.status == "failed"]
    assert [r.doc_id for r in added] == ["доклад", "отчёт", "报告", "会议报告"]
    assert "already taken by Доклад.txt in this ingest" in failed.message
    assert sorted(m.doc_id for m in ingestor.store.documents()) == sorted(r.doc_id for r in added)
