"""The labelled synthetic documents written for the new layouts (eval/gold/docs) parse into
exactly the units, texts and metadata their expected files give (eval/gold/expected)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _words import assert_every_word_once
from conftest import ROOT

from congress_qa import get_settings
from congress_qa.cli import main
from ingest import ReadingCache, parse_file, read_document

EXPECTED = sorted((ROOT / "eval" / "gold" / "expected").glob("*.json"))


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_gold_document_parses_into_its_expected_units(expected_file: Path, tmp_path) -> None:
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    path = ROOT / expected["file"]
    # The file is read once (a PDF takes seconds): the word check below reads it through the
    # same reading cache, which holds the readers' text of these bytes.
    readings = ReadingCache(tmp_path)
    doc = parse_file(path, get_settings(), cache=readings)
    assert doc.meta.doc_id == expected["doc_id"]
    assert doc.unit_ids == [u["id"] for u in expected["units"]]
    for got, want in zip(doc.units, expected["units"], strict=True):
        if "text" in want:
            assert _norm(got.text) == _norm(want["text"]), got.unit_id
        for part in want.get("contains", []):
            assert _norm(part) in _norm(got.text), (got.unit_id, part)
    for field, value in expected["meta"].items():
        assert getattr(doc.meta, field) == value, field
    assert_every_word_once(read_document(path, max_mb=20, cache=readings), doc)


def test_docs_json_shows_each_gold_document_s_metadata(capsys, embedder) -> None:
    expected = [json.loads(p.read_text(encoding="utf-8")) for p in EXPECTED]
    assert main(["ingest", *(str(ROOT / e["file"]) for e in expected)]) == 0
    capsys.readouterr()
    assert main(["docs", "--json"]) == 0
    listing = {d["doc_id"]: d for d in json.loads(capsys.readouterr().out)}
    for want in expected:
        shown = listing[want["doc_id"]]
        for field in ("title", "symbol", "issue_date", "distribution"):
            assert shown[field] == want["meta"][field], (want["doc_id"], field)
        assert shown["units"] == [u["id"] for u in want["units"]]
