"""The evidence model is fitted on the calibration split only, on a real store and model."""

from __future__ import annotations

import pytest
from conftest import SEED

from assistant import Assistant
from assistant._evidence import FEATURES, load_model
from congress_qa import Settings
from eval.calibrate import TOPIC_RECALL, calibrate, fit_logistic, refit_topic_threshold
from eval.cases import load_cases, load_topics
from ingest import Ingestor


def test_logistic_fit_recovers_a_known_rule() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] - 0.5 * x[:, 1] > 0).astype(float)
    bias, weights = fit_logistic(x, y)
    assert weights[0] > 0 > weights[1] and abs(bias) < 1.0


def test_calibration_fits_on_calibration_cases_and_refuses_test_cases(tmp_path) -> None:
    settings = Settings(home=tmp_path)
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED])
    assistant = Assistant(settings, ingestor)
    seed = [c for c in load_cases(splits=("calibration",)) if c.id.startswith(("s", "u", "p"))]
    model = calibrate(assistant, seed[:45])
    assert set(model.weights) == set(FEATURES)
    assert model.weights["coverage"] > 0 and model.weights["semantic"] > 0
    assert model.fitted_on["split"] == "calibration"
    assert 0.5 < model.fitted_on["balanced_accuracy"] <= 1.0
    assert model.support["lexical"] > 0 and model.support["semantic"] > 0
    test_cases = load_cases(splits=("test",))[:3]
    with pytest.raises(ValueError, match="test split"):
        calibrate(assistant, test_cases)


def test_the_shipped_model_says_where_it_was_fitted() -> None:
    model = load_model()
    assert model.fitted_on["split"] == "calibration"
    assert model.fitted_on["cases"] > 300 and "margins" in model.fitted_on


def test_the_topic_threshold_is_the_highest_that_lists_the_required_share(tmp_path) -> None:
    """Refitted alone on the seed report's calibration topics, the topic page's threshold
    lists at least ``TOPIC_RECALL`` of their paragraphs, and the page one step stricter does
    not; the sentence weights and answer threshold stay as shipped; test topics are refused."""
    from assistant.topic import find_on_topic

    settings = Settings(home=tmp_path)
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED])
    assistant = Assistant(settings, ingestor)
    shipped = assistant.extractive.model
    topics = [
        t
        for t in load_topics(("calibration",))
        if t.doc_id == "bangkok-2025-rpm-draft-report-addendum"
    ]
    assert len(topics) >= 10
    model = refit_topic_threshold(assistant, topics, shipped)
    assert model.weights == shipped.weights and model.answer_threshold == shipped.answer_threshold
    fit = model.fitted_on["topic_page"]
    assert fit["recall"] >= TOPIC_RECALL and fit["recall_floor"] == TOPIC_RECALL

    def recall(threshold: float) -> float:
        assistant.extractive.model = model.model_copy(update={"topic_threshold": threshold})
        shares = []
        for t in topics:
            listed = {p.para for p in find_on_topic(assistant, t.topic, [t.doc_id])}
            shares.append(len(listed & set(t.paragraphs)) / len(t.paragraphs))
        return sum(shares) / len(shares)

    assert recall(model.topic_threshold) >= TOPIC_RECALL
    assert recall(model.topic_threshold + 0.25) < TOPIC_RECALL
    with pytest.raises(ValueError, match="test split"):
        refit_topic_threshold(assistant, load_topics(("test",))[:2], shipped)
