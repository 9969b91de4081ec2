"""The eval's per-document stores: each case on a store of the bundled report and its own
document, with the real ingester, Chroma store and embedder."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEED_ID

from congress_qa.cli import main
from eval import per_document
from eval.cases import load_cases

OTHER = "synthetic-expert-group-meeting"
CASES = [
    {
        "id": "pd-1",
        "category": "front",
        "question": "Who was the rapporteur of the expert group meeting on prison management?",
        "answerable": True,
        "reference": "Amina Diallo of Senegal.",
        "key_facts": [["Amina Diallo"], ["Senegal"]],
        "citations": ["front"],
        "doc_id": OTHER,
    },
    {
        "id": "pd-2",
        "category": "factual",
        "question": "What did the meeting recommend on the protection of elderly people?",
        "answerable": True,
        "reference": "More attention to the protection of elderly people.",
        "key_facts": [["elderly"]],
        "citations": ["8(g)"],
        "doc_id": SEED_ID,
    },
    {
        "id": "pd-3",
        "category": "factual",
        "question": "Which meetings discussed prisons?",
        "answerable": True,
        "reference": "The expert group meeting on prison management.",
        "key_facts": [["prison"]],
        "citations": ["1"],
    },
]


def _gold(tmp_path: Path) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in CASES) + "\n", encoding="utf-8")
    return path


def test_each_case_is_answered_on_a_store_of_the_bundled_report_and_its_own_document(
    tmp_path: Path,
) -> None:
    built: list[str] = []
    results, skipped = per_document.run(load_cases([_gold(tmp_path)]), announce=built.append)
    rows = results["pipeline"]
    assert [r.case.id for r in rows] == ["pd-1", "pd-2"] and [c.id for c in skipped] == ["pd-3"]
    # One store per document asked of; each holds the bundled report and that document only.
    assert built == [OTHER, SEED_ID]
    assert [r.output.extra["store"] for r in rows] == [sorted({SEED_ID, OTHER}), [SEED_ID]]
    assert not rows[0].output.refused and "Amina Diallo" in rows[0].output.answer
    assert rows[0].scores["key_fact_coverage"] == 1.0
    assert rows[1].output.cited == ["8(g)"]


def test_the_eval_command_reports_per_document_stores_and_what_it_left_out(
    tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    command = ["eval", "--gold", str(_gold(tmp_path)), "--store", "per-document"]
    assert main([*command, "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "left out: 1 cases asked of every document" in err
    report = json.loads((out / "report.json").read_text())
    assert [c["id"] for c in report["cases"]["custom"]["pipeline"]] == ["pd-1", "pd-2"]
    assert report["splits"]["custom"]["aggregates"]["key_fact_coverage"] == 1.0
    # Baselines are a shared store's: asking for both is a usage error.
    assert main([*command, "--out", str(out), "--baselines"]) == 2
