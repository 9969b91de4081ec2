"""Small evaluators: each takes a case and a system output and returns named scores."""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Sequence

from eval.cases import GoldCase

_DASHES = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'"})


def normalise(text: str) -> str:
    text = text.translate(_DASHES).lower()
    return " ".join(text.split())


def retrieval_scores(case: GoldCase, ranked: Sequence[str]) -> dict[str, float]:
    """recall@k (k = 1, 3, 5, 10), MRR and nDCG@10 of the ranked unit ids."""
    gold = set(case.citations)
    out: dict[str, float] = {}
    for k in (1, 3, 5, 10):
        top = set(ranked[:k])
        if case.any_citation:
            out[f"recall@{k}"] = float(bool(gold & top))
        else:
            out[f"recall@{k}"] = len(gold & top) / len(gold)
    first = next((i for i, unit in enumerate(ranked) if unit in gold), None)
    out["mrr"] = 0.0 if first is None else 1.0 / (first + 1)
    dcg = sum(1.0 / math.log2(i + 2) for i, unit in enumerate(ranked[:10]) if unit in gold)
    ideal_n = 1 if case.any_citation else min(len(gold), 10)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(ideal_n))
    out["ndcg@10"] = min(dcg / ideal, 1.0) if ideal else 0.0
    return out


def key_fact_coverage(case: GoldCase, answer: str) -> float:
    if not case.key_facts:
        return 1.0
    text = normalise(answer)
    found = sum(any(normalise(s) in text for s in spellings) for spellings in case.key_facts)
    return found / len(case.key_facts)


def _tokens(text: str) -> list[str]:
    text = normalise(text)
    text = "".join(ch if ch not in string.punctuation else " " for ch in text)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return text.split()


def token_f1(reference: str, answer: str) -> float:
    # Citation markers are not words of the answer.
    ref, got = _tokens(reference), _tokens(re.sub(r"\[[^\]]*\]", " ", answer))
    common = sum((Counter(ref) & Counter(got)).values())
    if not ref or not got or not common:
        return 0.0
    precision, recall = common / len(got), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def citation_scores(
    case: GoldCase, cited: Sequence[str], unit_texts: dict[str, str]
) -> dict[str, float]:
    """ALCE-style at paragraph level. Precision: cited ids that are gold or whose text holds a
    key fact. Recall: gold ids cited (for any_citation, at least one)."""
    cited = list(dict.fromkeys(cited))
    gold = set(case.citations)

    def supports(unit: str) -> bool:
        text = normalise(unit_texts.get(unit, ""))
        return any(normalise(s) in text for spellings in case.key_facts for s in spellings)

    precision = sum(1 for u in cited if u in gold or supports(u)) / len(cited) if cited else 0.0
    if case.any_citation:
        recall = float(bool(gold & set(cited)))
    else:
        recall = len(gold & set(cited)) / len(gold) if gold else 1.0
    return {"citation_precision": precision, "citation_recall": recall}


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
