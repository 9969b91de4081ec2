"""Fits the answerer's evidence model on the calibration split, and only there.

Three steps, each with one kind of parameter:
1. the weights of the sentence score: a logistic regression of "this sentence holds the
   answer" (a sentence of a gold-cited unit that holds a key fact) on the three features,
   over every candidate sentence of every calibration question;
2. the answer threshold: the log-odds the best sentence must reach, chosen to maximise the
   balanced accuracy of answering answerable questions and refusing the others;
3. the keep margin: how far below the best sentence another sentence may score and still be
   quoted, chosen to maximise citation F1 on the answerable questions.

Before them, the background the features stand against (``assistant._background``) is written:
the units of the documents the calibration cases are asked of.

The test split is never read here."""

from __future__ import annotations

import datetime
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from assistant import Assistant
from assistant._evidence import FEATURES, EvidenceModel
from eval.cases import GoldCase
from eval.metrics import normalise

Progress = Callable[[str], None]
# Ridge penalty of the logistic fit: small, only to keep the weights finite when a feature
# separates the calibration sentences perfectly.
_L2 = 1e-2
_MARGINS = tuple(round(0.25 * i, 2) for i in range(1, 21))


@dataclass
class Question:
    case: GoldCase
    features: np.ndarray  # one row per eligible candidate sentence
    labels: np.ndarray  # 1 where the sentence holds the answer
    units: list[str]  # the candidate's unit id, per row
    supports: list[bool]  # the sentence holds a key fact, per row
    refused_early: bool = False  # refused before scoring (a name the documents never use)
    list_like: bool = False
    scores: np.ndarray = field(default_factory=lambda: np.zeros(0))


def _holds_fact(case: GoldCase, text: str) -> bool:
    norm = normalise(text)
    return any(normalise(s) in norm for spellings in case.key_facts for s in spellings)


def collect(assistant: Assistant, cases: list[GoldCase], progress: Progress | None) -> list:
    out = []
    for case in cases:
        found = assistant.gather(
            case.question, case.history, [case.doc_id] if case.doc_id else None
        )
        extractive = assistant.extractive
        if found.profile.unknown_names:
            empty = np.zeros((0, len(FEATURES)))
            out.append(Question(case, empty, np.zeros(0), [], [], refused_early=True))
            continue
        candidates = extractive.score(
            found.profile, found.vector, found.hits, found.metas, found.index
        )
        rows, labels, units, supports = [], [], [], []
        for c in candidates:
            if not c.eligible:
                continue
            fact = _holds_fact(case, c.match) if case.key_facts else False
            gold = case.answerable and c.hit.unit_id in case.citations
            rows.append([c.features[k] for k in FEATURES])
            labels.append(float(gold and (fact or not case.key_facts)))
            units.append(c.hit.unit_id)
            supports.append(fact)
        out.append(
            Question(
                case,
                np.asarray(rows, dtype=float).reshape(-1, len(FEATURES)),
                np.asarray(labels),
                units,
                supports,
                list_like=found.profile.list_like,
            )
        )
        if progress:
            progress(case.id)
    return out


def background_vectors(assistant: Assistant, cases: list[GoldCase]) -> np.ndarray:
    """The reference background: the first chunk's vector of every unit of the documents the
    calibration ``cases`` are asked of (a cross-document negative is asked of a document it
    was not written for, which may be a held-out one: not those)."""
    docs = {c.doc_id for c in cases if c.doc_id and c.category != "cross-doc"}
    index = assistant.retriever.index(assistant.documents())
    rows = [index.chunk_start[i] for i, u in enumerate(index.units) if u.doc_id in docs]
    return index.vectors[np.array(rows, dtype=np.int64)]


def fit_logistic(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Bias and weights by Newton's method (IRLS) with a small ridge penalty."""
    design = np.hstack([np.ones((len(x), 1)), x])
    beta = np.zeros(design.shape[1])
    penalty = _L2 * np.eye(design.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-design @ beta))
        gradient = design.T @ (p - y) + penalty @ beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(beta[0]), beta[1:]


def _best(q: Question) -> float:
    return float(q.scores.max()) if len(q.scores) and not q.refused_early else -np.inf


def choose_threshold(questions: list[Question]) -> tuple[float, float]:
    """The threshold of highest balanced accuracy; among ties, the middle of the widest
    interval, so the decision keeps the largest margin on both sides."""
    answerable = sorted(_best(q) for q in questions if q.case.answerable)
    others = sorted(_best(q) for q in questions if not q.case.answerable)
    points = sorted({v for v in answerable + others if np.isfinite(v)})
    if not points:
        return 0.0, 0.0
    middles = [(a + b) / 2 for a, b in zip(points, points[1:], strict=False)]
    cuts = [points[0] - 1.0, *middles, points[-1] + 1.0]

    def balanced(t: float) -> float:
        kept = np.mean([v >= t for v in answerable]) if answerable else 1.0
        refused = np.mean([v < t for v in others]) if others else 1.0
        return float(kept + refused) / 2

    scored = [(balanced(t), t) for t in cuts]
    top = max(s for s, _ in scored)
    best = [t for s, t in scored if s == top]
    # The widest run of equally good cuts: take its middle.
    return float(statistics.median(best)), top


def _citation_f1(q: Question, threshold: float, margin: float, max_sentences: int) -> float:
    if not len(q.scores):
        return 0.0
    order = np.argsort(-q.scores)
    best = q.scores[order[0]]
    if best < threshold:
        return 0.0
    picked = [i for i in order if q.scores[i] >= max(threshold, best - margin)][:max_sentences]
    cited = {q.units[i] for i in picked}
    gold = set(q.case.citations)
    good = {q.units[i] for i in picked if q.units[i] in gold or q.supports[i]}
    precision = len(good) / len(cited)
    if q.case.any_citation:
        recall = 1.0 if cited & gold else 0.0
    else:
        recall = len(cited & gold) / len(gold)
    return 0.0 if not precision + recall else 2 * precision * recall / (precision + recall)


def _best_margin(questions: list[Question], threshold: float, limit: int) -> tuple[float, float]:
    """The keep margin of highest mean citation F1 (the smaller on a tie), and that F1."""
    if not questions:
        return 1.0, 0.0
    f1 = {
        m: statistics.fmean(_citation_f1(q, threshold, m, limit) for q in questions)
        for m in _MARGINS
    }
    best = max(f1, key=lambda m: (round(f1[m], 4), -m))
    return best, f1[best]


def fit_support(assistant: Assistant, cases: list[GoldCase]) -> dict[str, float]:
    """The citation support check's weights and threshold: a reference answer against the
    paragraphs it cites (supported) and against retrieved paragraphs of the same document that
    hold none of its key facts (not supported)."""
    from assistant._support import SupportChecker

    checker = SupportChecker(assistant.extractive.vectors, 0.0, 0.0, 0.0)
    rows, labels, facts = [], [], []
    for case in cases:
        if not (case.answerable and case.reference and case.citations and case.doc_id):
            continue
        found = assistant.gather(case.question, case.history, [case.doc_id])
        meta = found.metas.get(case.doc_id)
        units = {u.unit_id: u for u in found.index.units if u.doc_id == case.doc_id}
        gold = [units[c] for c in case.citations if c in units]
        gold = [u for u in gold if not case.key_facts or _holds_fact(case, u.text)]
        others = [
            h
            for h in found.hits
            if h.unit_id not in case.citations and not _holds_fact(case, h.text)
        ][:4]
        for unit, label in [(u, 1.0) for u in gold] + [(h, 0.0) for h in others]:
            support = checker.measure(case.reference, unit, meta)
            rows.append([support.lexical, support.semantic])
            labels.append(label)
            facts.append(support.facts_held)
    x, y = np.asarray(rows), np.asarray(labels)
    bias, (w_lexical, w_semantic) = fit_logistic(x, y)
    scores = bias + x @ np.array([w_lexical, w_semantic])
    held = np.asarray(facts)

    def balanced(t: float) -> float:
        passed = held & (scores >= t)
        return float(passed[y == 1].mean() + (~passed[y == 0]).mean()) / 2

    cuts = np.unique(np.round(scores, 3))
    best = max(balanced(t) for t in cuts)
    threshold = float(statistics.median([t for t in cuts if balanced(t) == best]))
    return {
        "bias": round(bias, 4),
        "lexical": round(float(w_lexical), 4),
        "semantic": round(float(w_semantic), 4),
        "threshold": round(threshold, 4),
        "pairs": float(len(y)),
        "balanced_accuracy": round(best, 4),
    }


# The topic page's recall floor: the share of a topic's paragraphs it must list. It is the
# product requirement (issue "answers that generalise": topic recall at least 0.95), not a
# fitted number; the threshold is the highest whose calibration recall reaches it, so the page
# lists no more than that recall needs.
TOPIC_RECALL = 0.95


def fit_topic_threshold(
    assistant: Assistant, topics: list, bias: float, weights: np.ndarray
) -> dict[str, float]:
    """The topic page's threshold: the highest log-odds at which the pages of the calibration
    topic cases list ``TOPIC_RECALL`` of their paragraphs on average (the lowest cut when
    none does); a page errs towards including (F2, used before, kept recall at 0.94). And the
    on-topic threshold of chat answers: the F2 optimum."""
    from assistant.topic import topic_question

    k = assistant.settings.retrieval.topic_candidates
    scored = []
    for topic in topics:
        found = assistant.gather(topic_question(topic.topic), (), [topic.doc_id], k=k)
        candidates = assistant.extractive.score(
            found.profile, found.vector, found.hits, found.metas, found.index
        )
        best: dict[str, float] = {}
        for c in candidates:
            if c.hit.kind != "front":
                value = bias + float(np.dot(weights, [c.features[f] for f in FEATURES]))
                best[c.hit.unit_id] = max(best.get(c.hit.unit_id, -np.inf), value)
        scored.append((set(topic.paragraphs), best))
    if not scored:
        return {"threshold": -3.0, "recall": 0.0, "precision": 0.0}

    def measure(t: float) -> tuple[float, float]:
        recalls, precisions = [], []
        for gold, best in scored:
            listed = {u for u, s in best.items() if s >= t}
            recalls.append(len(gold & listed) / len(gold))
            precisions.append(len(gold & listed) / len(listed) if listed else 0.0)
        return statistics.fmean(recalls), statistics.fmean(precisions)

    def f2(t: float) -> float:
        r, p = measure(t)
        return 5 * p * r / (4 * p + r) if p + r else 0.0

    cuts = sorted(np.unique(np.round([s for _, best in scored for s in best.values()], 2)))
    reaching = [float(t) for t in cuts if measure(t)[0] >= TOPIC_RECALL]
    t = max(reaching) if reaching else float(cuts[0])
    recall, precision = measure(t)
    # A chat answer on a topic (a summary, an LLM sentence's paragraph) weighs precision too:
    # F2, recall four times precision.
    best_f2, on_topic = max((f2(float(c)), float(c)) for c in cuts)
    on_recall, on_precision = measure(on_topic)
    return {
        "threshold": round(t, 4),
        "recall_floor": TOPIC_RECALL,
        "recall": round(recall, 4),
        "precision": round(precision, 4),
        "on_topic_threshold": round(on_topic, 4),
        "on_topic_f2": round(best_f2, 4),
        "on_topic_recall": round(on_recall, 4),
        "on_topic_precision": round(on_precision, 4),
        "topics": float(len(scored)),
    }


def refit_topic_threshold(
    assistant: Assistant, topics: list, model: EvidenceModel
) -> EvidenceModel:
    """``model`` with only its topic thresholds refitted (on the calibration topic cases), its
    sentence weights and answer threshold as they were."""
    if any(t.split == "test" for t in topics):
        raise ValueError("the test split must never be used for calibration")
    weights = np.array([model.weights[f] for f in FEATURES])
    fit = fit_topic_threshold(assistant, topics, model.bias, weights)
    fitted_on = {
        **model.fitted_on,
        "topic_page": {**fit, "date": datetime.date.today().isoformat()},
    }
    return model.model_copy(
        update={
            "topic_threshold": fit["threshold"],
            "on_topic_threshold": fit["on_topic_threshold"],
            "fitted_on": fitted_on,
        }
    )


def calibrate(
    assistant: Assistant,
    cases: list[GoldCase],
    progress: Progress | None = None,
    topics: list | None = None,
) -> EvidenceModel:
    topics = topics or []
    if any(c.split == "test" for c in [*cases, *topics]):
        raise ValueError("the test split must never be used for calibration")
    questions = collect(assistant, cases, progress)
    x = np.vstack([q.features for q in questions if len(q.features)])
    y = np.concatenate([q.labels for q in questions if len(q.labels)])
    bias, weights = fit_logistic(x, y)
    for q in questions:
        q.scores = bias + q.features @ weights if len(q.features) else np.zeros(0)
    threshold, balanced = choose_threshold(questions)
    answerable = [q for q in questions if q.case.answerable]
    settings = assistant.settings.answer
    margin, f1 = _best_margin(
        [q for q in answerable if not q.list_like], threshold, settings.max_sentences
    )
    list_margin, list_f1 = _best_margin(
        [q for q in answerable if q.list_like], threshold, settings.max_list_sentences
    )
    margins = {
        "answerable": sorted(round(_best(q) - threshold, 3) for q in answerable),
        "unanswerable": sorted(
            round(_best(q) - threshold, 3) for q in questions if not q.case.answerable
        ),
    }
    support = fit_support(assistant, [c for c in cases if c.category != "rewording"])
    topic_fit = fit_topic_threshold(assistant, topics, bias, weights) if topics else {}
    return EvidenceModel(
        support=support,
        topic_threshold=topic_fit.get("threshold", -3.0),
        on_topic_threshold=topic_fit.get("on_topic_threshold", -3.0),
        bias=round(bias, 4),
        weights={k: round(float(w), 4) for k, w in zip(FEATURES, weights, strict=True)},
        answer_threshold=round(threshold, 4),
        keep_margin=margin,
        keep_margin_list=list_margin,
        fitted_on={
            "split": "calibration",
            "date": datetime.date.today().isoformat(),
            "cases": len(cases),
            "answerable": len(answerable),
            "sentences": int(len(y)),
            "answer_sentences": int(y.sum()),
            "balanced_accuracy": round(balanced, 4),
            "citation_f1": round(f1, 4),
            "citation_f1_lists": round(list_f1, 4),
            "topic_page": topic_fit,
            "margins": {k: [v for v in vs if np.isfinite(v)] for k, vs in margins.items()},
        },
    )
