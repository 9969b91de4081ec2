"""The eval suite per split: the written cases, their rewordings and the cross-document
negatives, run together, and the figures that say whether answers hold on new wordings."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from assistant import Assistant
from assistant.topic import find_on_topic
from eval.cases import GoldCase, TopicCase, load_cases, load_topics
from eval.rewordings import rewordings
from eval.runner import CaseResult, aggregate

GENERATED = ("rewording",)
# The figures only a run with the rewordings measures.
REWORDING_METRICS = ("rewording_stability", "rewording_key_facts")
# The topic page's figures, measured on the shared store only.
TOPIC_METRICS = ("topic_recall", "topic_precision", "topic_in_order")


@dataclass
class SplitCases:
    name: str
    written: list[GoldCase]  # written by hand, incl. the labelled cross-document negatives
    reworded: list[GoldCase]

    @property
    def all(self) -> list[GoldCase]:
        return self.written + self.reworded


def _source(case: GoldCase) -> str:
    """The gold file a case was written from: its id's prefix ("gm" for gm-12, and for the
    cross-document negative gm-12@synthetic-…)."""
    return case.id.split("-")[0]


def spread(cases: list[GoldCase], limit: int | None) -> list[GoldCase]:
    """``limit`` cases taken at even steps through the list, so a quick sample covers the
    split rather than only the first file's cases. A gold file the steps pass over gets its
    middle case, in place of a case of the file with the most in the sample, so every file
    is in it; then a category the steps pass over gets a case from a file already in the
    sample, in place of that file's case of the category with the most in the sample, so the
    files stay covered and as many categories as the limit allows are too. With more files
    than places, ``limit`` files are covered, one case each."""
    if not limit or limit >= len(cases):
        return cases
    chosen = [i * len(cases) // limit for i in range(limit)]
    by_file: dict[str, list[int]] = {}
    for n, case in enumerate(cases):
        by_file.setdefault(_source(case), []).append(n)
    for f, ns in by_file.items():
        if any(_source(cases[n]) == f for n in chosen):
            continue
        counts = Counter(_source(cases[n]) for n in chosen)
        most = max(counts, key=lambda g: counts[g])
        if counts[most] < 2:
            break  # more files than places: one case of each of ``limit`` files
        chosen.remove(max(n for n in chosen if _source(cases[n]) == most))
        chosen.append(ns[len(ns) // 2])
    _cover_categories(cases, chosen)
    return [cases[n] for n in sorted(chosen)]


def _cover_categories(cases: list[GoldCase], chosen: list[int]) -> None:
    """Swap, in ``chosen``, cases of the categories it holds most of for cases of the ones it
    lacks, each swap within one gold file, largest missing category first, until no swap is
    left that keeps every category already in it."""
    sizes = Counter(c.category for c in cases)
    for missing in sorted(sizes, key=lambda k: (-sizes[k], k)):
        counts = Counter(cases[n].category for n in chosen)
        if counts[missing]:
            continue
        # A chosen case may go when its category keeps another case in the sample.
        spare = sorted(
            (n for n in chosen if counts[cases[n].category] > 1),
            key=lambda n: (-counts[cases[n].category], n),
        )
        for n in spare:
            same_file = [
                m
                for m, c in enumerate(cases)
                if c.category == missing and _source(c) == _source(cases[n])
            ]
            if same_file:
                chosen.remove(n)
                chosen.append(same_file[len(same_file) // 2])
                break


def split_cases(
    split: str, *, variants: bool = True, limit: int | None = None, category: str | None = None
) -> SplitCases:
    """The split's written cases (of one ``category`` when given), ``limit`` of them spread
    over its files, and their rewordings."""
    cases = load_cases(splits=(split,))
    if category:
        cases = [c for c in cases if c.category == category]
    written = spread(cases, limit)
    return SplitCases(split, written, rewordings(written) if variants else [])


def _agrees(a: CaseResult, b: CaseResult) -> bool:
    """Same decision, and when answered, at least one cited paragraph in common."""
    if a.output.refused != b.output.refused:
        return False
    return a.output.refused or bool(set(a.output.cited) & set(b.output.cited))


def summarise_split(results: list[CaseResult]) -> dict[str, float]:
    written = [r for r in results if r.case.category not in GENERATED + ("cross-doc",)]
    out = aggregate(written)
    by_id = {r.case.id: r for r in results}
    variants = [r for r in results if r.case.category == "rewording"]
    if variants:
        out["rewording_stability"] = statistics.fmean(
            _agrees(r, by_id[r.case.origin]) for r in variants if r.case.origin in by_id
        )
        out["rewording_key_facts"] = aggregate(variants)["key_fact_coverage"]
        out["rewordings"] = float(len(variants))
    negatives = [r for r in results if r.case.category == "cross-doc"]
    if negatives:
        out["crossdoc_refused"] = statistics.fmean(float(r.output.refused) for r in negatives)
        out["crossdoc_cases"] = float(len(negatives))
    for category in ("numbers", "names"):
        rows = [r for r in written if r.case.category == category]
        if rows:
            agg = aggregate(rows)
            out[f"{category}_key_facts"] = agg["key_fact_coverage"]
            out[f"{category}_correct"] = statistics.fmean(
                r.scores.get("refusal_correct", 1.0 - r.scores.get("false_refusal", 0.0))
                for r in rows
            )
    return out


def llm_figures(results: list[CaseResult], threshold: float) -> dict[str, float]:
    """What the LLM did on the written cases: how often its answer was kept, fell back to
    extractive, or was a refusal; the share of its citations the support check found
    unsupported (before), and of the final answers' sentences below the check (after)."""
    rows = [r for r in results if r.case.category not in GENERATED]
    checks = [r.output.extra.get("support_check") or {} for r in rows]
    if not any(checks) and not any(r.output.extra.get("mode") == "llm" for r in rows):
        return {}
    kept = [r for r in rows if r.output.extra.get("mode") == "llm"]
    cited = sum(c.get("citations", 0) for c in checks)
    final = [s for r in kept if not r.output.refused for s in r.output.extra["sentence_support"]]
    n = len(rows) or 1
    fell = [r for r in rows if "extractive answer instead" in r.output.extra.get("notice", "")]
    return {
        "llm_answers": sum(not r.output.refused for r in kept) / n,
        "llm_refusals": sum(c.get("llm_refused", 0) for c in checks) / n,
        # Refused on the evidence alone (a name the documents never use): the LLM not asked.
        "refused_before_llm": sum(c.get("refused_before_llm", 0) for c in checks) / n,
        # The LLM asked again with only the paragraphs that could ground an answer, its first
        # answer having lost every sentence to the checks, and the second kept.
        "retried": sum(c.get("retried", 0) for c in checks) / n,
        "fallbacks": len(fell) / n,
        # Of those, the ones whose final answer is a refusal: the LLM answered, every sentence
        # failed the checks, and the evidence does not answer either (the user sees "The
        # documents do not say" with the notice, not an extractive answer).
        "fallbacks_to_refusal": sum(r.output.refused for r in fell) / n,
        "unsupported_citations_before": sum(c.get("unsupported", 0) for c in checks) / cited
        if cited
        else 0.0,
        "unsupported_sentences_after": sum(s is None or s < threshold for s in final) / len(final)
        if final
        else 0.0,
        "seconds_per_answer": statistics.fmean(r.output.latency_ms for r in rows) / 1000,
    }  # fmt: skip


def margins(results: list[CaseResult]) -> dict[str, list[float]]:
    """The evidence margin (best sentence's log-odds minus the answer threshold) of every
    written case, answerable and not: how far each decision is from flipping."""
    out: dict[str, list[float]] = {"answerable": [], "unanswerable": []}
    for r in results:
        support = r.output.extra.get("support")
        if r.case.category in GENERATED or support is None:
            continue
        out["answerable" if r.case.answerable else "unanswerable"].append(round(support, 3))
    return {k: sorted(v) for k, v in out.items()}


def topic_scores(assistant: Assistant, topics: list[TopicCase]) -> dict[str, float]:
    """Share of each topic's gold paragraphs the topic page lists, the share of what it lists
    that is gold, and whether it lists them in document order."""
    if not topics:
        return {}
    recalls, precisions, ordered = [], [], []
    for topic in topics:
        found = find_on_topic(assistant, topic.topic, [topic.doc_id])
        listed = [p.para for p in found]
        gold = set(topic.paragraphs)
        recalls.append(len(gold & set(listed)) / len(gold))
        precisions.append(len(gold & set(listed)) / len(listed) if listed else 0.0)
        units = assistant.retriever.index().units
        order = {u.unit_id: u.order for u in units if u.doc_id == topic.doc_id}
        orders = [order.get(p, 0) for p in listed]
        ordered.append(float(orders == sorted(orders)))
    return {
        "topic_recall": statistics.fmean(recalls),
        "topic_precision": statistics.fmean(precisions),
        "topic_in_order": statistics.fmean(ordered),
        "topics": float(len(topics)),
    }


def split_topics(split: str) -> list[TopicCase]:
    return load_topics((split,))
