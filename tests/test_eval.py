"""The eval suite: gold data checked against the documents, metrics, reports and the gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED, SEED_ID

from congress_qa import get_settings
from congress_qa.cli import main
from eval.cases import GOLD_DIR, GoldCase, load_cases, load_topics
from eval.errors import GoldFileError
from eval.metrics import (
    citation_scores,
    key_fact_coverage,
    normalise,
    retrieval_scores,
    token_f1,
)
from ingest import ReadingCache, cache_folder, parse_file


def _case(**kw) -> GoldCase:
    base = {"id": "x", "question": "q", "answerable": True, "key_facts": [], "citations": ["8(g)"]}
    return GoldCase(**(base | kw))


def test_shipped_gold_set_has_the_required_shape() -> None:
    cases = load_cases(splits=("calibration",))
    seed = [c for c in cases if c.doc_id == "bangkok-2025-rpm-draft-report-addendum"]
    assert len(seed) >= 60
    assert sum(not c.answerable for c in seed) / len(seed) >= 0.15
    categories = {c.category for c in seed}
    assert {
        "factual",
        "paraphrase",
        "list",
        "topic",
        "front",
        "followup",
        "unanswerable",
    } <= categories
    assert any(c.history for c in seed)
    others = {c.doc_id for c in cases} - {seed[0].doc_id}
    assert len(others) >= 2


def test_test_split_is_apart_and_covers_what_generalisation_needs() -> None:
    calibration = load_cases(splits=("calibration",))
    test = load_cases(splits=("test",))
    assert {c.split for c in calibration} == {"calibration"}
    assert {c.split for c in test} == {"test"}

    def key(case: GoldCase) -> tuple:
        return (case.question, case.doc_id, tuple(m.content for m in case.history))

    # No case is in both splits (two independently written calibration cases that matched a
    # test case word for word were taken out of calibration).
    assert not {key(c) for c in calibration} & {key(c) for c in test}
    written = [c for c in test if c.category != "cross-doc"]
    assert len(written) >= 150
    assert sum(not c.answerable for c in written) / len(written) >= 0.2
    categories = {c.category for c in written}
    assert {"numbers", "names", "list", "followup", "unanswerable", "front"} <= categories
    # Each labelled layout document has at least 25 cases of its own.
    per_doc = {d: sum(c.doc_id == d for c in written) for d in {c.doc_id for c in written}}
    assert per_doc["synthetic-europe-rpm-docx"] >= 25
    assert per_doc["synthetic-caribbean-workshop-export"] >= 25
    negatives = [c for c in test if c.category == "cross-doc"]
    assert len(negatives) >= 50 and all(not c.answerable and c.origin for c in negatives)
    assert len(load_topics(("test",))) >= 20


def test_every_gold_citation_exists_and_holds_its_key_facts() -> None:
    """Against the documents as the parser reads them, in every format the corpus has."""
    settings = get_settings()
    # Read as an ingest reads them: through the shared reading cache, which `make test`'s eval
    # gate has filled (the layout tests read every file without it).
    readings = ReadingCache(cache_folder(settings))
    docs = {}
    for path in [SEED, *sorted((GOLD_DIR / "docs").glob("*"))]:
        doc = parse_file(path, settings, cache=readings)
        docs[doc.meta.doc_id] = {u.unit_id: u.text for u in doc.units}
    for case in load_cases():
        units = docs[case.doc_id]
        assert set(case.citations) <= set(units), case.id
        # Spellings match as the metric matches them (dashes and quotes folded).
        # A question about the paragraph itself ("Which paragraph is that?") has its id as fact.
        text = normalise(" ".join([*case.citations, *(units[c] for c in case.citations)]))
        for spellings in case.key_facts:
            assert any(normalise(s) in text for s in spellings), (case.id, spellings)
        assert case.answerable == bool(case.citations), case.id
    for topic in load_topics():
        assert set(topic.paragraphs) <= set(docs[topic.doc_id]), topic.id


def test_bad_gold_files_are_reported_with_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "question": "q", "answerable": true}\n{"id": "b"}\n')
    with pytest.raises(GoldFileError, match=r"bad.jsonl:2.*answerable"):
        load_cases([bad])
    dup = tmp_path / "dup.jsonl"
    dup.write_text('{"id": "a", "question": "q", "answerable": false}\n' * 2)
    with pytest.raises(GoldFileError, match="duplicate"):
        load_cases([dup])


def test_retrieval_metrics() -> None:
    case = _case(citations=["4", "8(e)"])
    scores = retrieval_scores(case, ["8(e)", "1", "4"])
    assert scores["recall@1"] == 0.5 and scores["recall@3"] == 1.0
    assert scores["mrr"] == 1.0
    assert 0.9 < scores["ndcg@10"] < 1.0
    any_case = _case(citations=["7", "8(f)"], any_citation=True)
    assert retrieval_scores(any_case, ["1", "8(f)"])["recall@1"] == 0.0
    assert retrieval_scores(any_case, ["1", "8(f)"])["recall@3"] == 1.0


def test_answer_and_citation_metrics() -> None:
    case = _case(key_facts=[["elderly", "older persons"], ["scams"]], citations=["8(g)"])
    assert key_fact_coverage(case, "Older persons face fraud [8(g)].") == 0.5
    assert key_fact_coverage(case, "The elderly face online scams.") == 1.0
    assert token_f1("the elderly people", "elderly people [8(g)]") == 1.0
    texts = {"8(g)": "protect elderly people from scams", "5": "elderly mentioned", "1": "other"}
    scores = citation_scores(case, ["8(g)", "5", "1"], texts)
    assert scores["citation_precision"] == pytest.approx(2 / 3)
    assert scores["citation_recall"] == 1.0


def test_eval_command_writes_reports_and_gates(tmp_path: Path, capsys) -> None:
    subset = tmp_path / "subset.jsonl"
    lines = (GOLD_DIR / "calibration" / "bangkok-seed.jsonl").read_text(encoding="utf-8")
    lines = lines.splitlines()
    subset.write_text("\n".join(lines[:4] + lines[-3:]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    # One run, gated by a floor no build can meet: it writes its reports in full, then exits
    # non-zero naming the figure below its floor (a run that clears its floors exits 0: the
    # gates of `make test` do).
    # A section with gold files holds that subset of the run's cases to floors of its own,
    # measured from the same run; a subset the run did not answer in full is not gated.
    first, absent = tmp_path / "first.jsonl", tmp_path / "absent.jsonl"
    first.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    absent.write_text("\n".join(lines[3:5]) + "\n", encoding="utf-8")
    strict = tmp_path / "strict.toml"
    strict.write_text(
        "[custom]\nlatency_p50_ms = { max = 0.0001 }\n"
        f"[first]\ngold = [{json.dumps(str(first))}]\nkey_fact_coverage = {{ min = 1.01 }}\n"
        f"[absent]\ngold = [{json.dumps(str(absent))}]\nkey_fact_coverage = {{ min = 1.01 }}\n"
    )
    command = ["eval", "--gold", str(subset), "--out", str(out), "--baselines"]
    assert main([*command, "--thresholds", str(strict)]) == 1
    err = capsys.readouterr().err
    assert "below threshold: custom latency_p50_ms" in err
    assert "below threshold: first key_fact_coverage" in err
    assert "absent" not in err
    report = json.loads((out / "report.json").read_text())
    assert set(report["splits"]) == {"custom", "first"}
    assert [c["id"] for c in report["cases"]["first"]["pipeline"]] == [
        c["id"] for c in report["cases"]["custom"]["pipeline"][:4]
    ]
    assert report["splits"]["first"]["aggregates"]["cases"] == 4
    custom = report["splits"]["custom"]
    assert set(custom["baselines"]) == {"bm25-only", "dense-only", "tutorial-rag"}
    assert custom["aggregates"]["cases"] == 7
    assert len(report["cases"]["custom"]["pipeline"]) == 7
    assert (out / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "| key_fact_coverage |" in (out / "report.md").read_text()


def test_the_tutorial_baseline_embeds_only_the_documents_its_cases_ask_of(tmp_path: Path) -> None:
    from congress_qa import Settings
    from eval.systems import TutorialRAG
    from ingest import Ingestor

    other = GOLD_DIR / "docs" / "synthetic-latin-america-rpm.txt"
    ingestor = Ingestor(Settings(home=tmp_path / "home"))
    assert not ingestor.ingest([SEED, other]).failed
    corpus = [SEED, other]
    every = TutorialRAG(ingestor, corpus)
    embedded = every.store.get(include=["metadatas"])["metadatas"]
    assert {m["doc_id"] for m in embedded} == {SEED_ID, "synthetic-latin-america-rpm"}
    case = _case(id="t", question="Who was the rapporteur of the meeting?", doc_id=SEED_ID)
    before = every.run(case)
    one = TutorialRAG(ingestor, corpus, documents={SEED_ID})
    kept = one.store.get(include=["metadatas"])["metadatas"]
    assert kept and {m["doc_id"] for m in kept} == {SEED_ID}
    # A case asked of one document is answered as it was with every document embedded.
    after = one.run(case)
    assert (after.answer, after.cited) == (before.answer, before.cited)
    assert "front" in after.cited


def test_a_parallel_run_takes_whole_documents_largest_first() -> None:
    from eval.workers import groups

    docs = ["a"] * 5 + ["b"] * 3 + ["c"] * 4 + [None] * 2 + ["a"]
    cases = [_case(id=str(i), doc_id=d) for i, d in enumerate(docs)]
    parts = groups(cases)
    assert [[cases[i].doc_id for i in part] for part in parts] == [
        ["a"] * 6,
        ["c"] * 4,
        ["b"] * 3,
        [None] * 2,
    ]
    assert sorted(i for part in parts for i in part) == list(range(len(cases)))


def test_cases_answered_in_two_processes_get_the_answers_of_one() -> None:
    from eval.runner import run

    seed = load_cases([GOLD_DIR / "calibration" / "bangkok-seed.jsonl"])[:4]
    other = [
        c
        for c in load_cases([GOLD_DIR / "calibration" / "multi-doc.jsonl"])
        if c.doc_id == "synthetic-latin-america-rpm"
    ][:3]
    cases = [*seed, *other]
    again = {}

    def one_process(systems) -> None:  # noqa: ANN001 - the run's systems, its store still open
        again.update({c.id: systems[0].run(c) for c in cases})

    rows = run(cases, workers=2, after=one_process)["pipeline"]
    assert [r.case.id for r in rows] == [c.id for c in cases]
    for row in rows:
        alone = again[row.case.id]
        got = (row.output.answer, row.output.cited, row.output.refused)
        assert got == (alone.answer, alone.cited, alone.refused), row.case.id
    assert any(not r.output.refused for r in rows[:4]) and any(
        not r.output.refused for r in rows[4:]
    )


def test_rewordings_are_deterministic_frames_and_near_terms() -> None:
    from eval.rewordings import reword

    case = _case(id="q", question="What was recommended about the protection of children?")
    variants = reword(case)
    assert [v.question for v in variants] == [v.question for v in reword(case)]
    questions = [v.question for v in variants]
    assert "Did anyone mention the protection of children?" in questions
    assert "Was the protection of children discussed?" in questions
    assert "What was recommended about the protection of minors?" in questions
    assert all(v.origin == "q" and v.category == "rewording" for v in variants)
    assert all(v.citations == case.citations for v in variants)
    follow = _case(id="f", question="And youth?", history=[{"role": "user", "content": "x"}])
    assert reword(follow) == []
    # A frame that drops who spoke asks another question: "What did Indonesia say about
    # environmental crime?" is reworded indirectly, never as "Did anyone mention …?".
    named = _case(id="n", question="What did Indonesia say about environmental crime?")
    # Typed as in a chat: the name in small letters, acronyms kept, no question mark; a
    # question with no name is typed as it reads, so it has no such variant.
    assert [v.question for v in reword(named)] == [
        "Can you tell me what did Indonesia say about environmental crime?",
        "I would like to know what did Indonesia say about environmental crime.",
        "what did indonesia say about environmental crime",
    ]
    acronym = _case(id="a", question="What did UNODC and Japan say on AI?")
    assert reword(acronym)[-1].question == "what did UNODC and japan say on AI"
    assert not any("~typed" in v.id for v in variants)


def test_cross_document_candidates_skip_documents_that_hold_the_facts() -> None:
    from eval.crossdoc import candidates, labelled

    case = _case(id="c1", doc_id="a", key_facts=[["mobile money"]], citations=["4"])
    texts = {"a": "mobile money", "b": "mobile money too", "c": "nothing of the kind"}
    made = candidates([case], texts)
    assert [(c.doc_id, c.answerable, c.origin) for c in made] == [("c", False, "c1")]
    rows = [c.model_dump() | {"label": label, "why": "w"} for c, label in zip(
        made * 2, ["no", "partly"], strict=True)]  # fmt: skip
    assert [c.id for c in labelled(rows)] == [made[0].id]


def test_a_limited_sample_spreads_over_every_gold_file_of_the_split() -> None:
    from eval.suite import split_cases

    every = split_cases("test", variants=False).written
    sample = split_cases("test", variants=False, limit=40).written
    assert len(sample) == 40 and len({c.id for c in sample}) == 40
    assert [c for c in every if c in sample] == sample  # in the split's order
    files = lambda cases: {c.id.split("-")[0] for c in cases}  # noqa: E731
    # As many files as there are places, one case each when the files outnumber them (41
    # files since the split's 2026-12-06 documents), and every category too.
    assert len(files(sample)) == min(40, len(files(every)))
    assert {c.category for c in sample} == {c.category for c in every}
    # With a place for each, every file is in the sample.
    wide = split_cases("test", variants=False, limit=len(files(every))).written
    assert files(wide) == files(every)
    assert {c.category for c in wide} == {c.category for c in every}
    # One category, sampled among its own cases (as `eval --category followup` runs).
    followups = split_cases("test", variants=False, limit=20, category="followup").written
    assert len(followups) == 20 and {c.category for c in followups} == {"followup"}
    assert all(c.history for c in followups)


def test_a_gate_skips_only_the_figures_its_run_chose_not_to_measure(tmp_path: Path) -> None:
    from eval.report import check_thresholds
    from eval.suite import REWORDING_METRICS

    gate = tmp_path / "gate.toml"
    gate.write_text(
        "[test]\nrewording_stability = { min = 0.9 }\nkey_fact_coverage = { min = 0.8 }\n"
    )
    measured = {"test": {"key_fact_coverage": 0.85}}
    assert check_thresholds(measured, gate, REWORDING_METRICS) == []
    # Without saying so, a figure that is missing fails its floor: nothing passes unseen.
    assert check_thresholds(measured, gate) == ["test rewording_stability = nan is below 0.9"]
    assert check_thresholds({"test": {}}, gate, REWORDING_METRICS) == [
        "test key_fact_coverage = nan is below 0.8"
    ]
