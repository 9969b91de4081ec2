"""The answerer's evidence model: how strongly a sentence answers a question, as a calibrated
logistic score over three features, and the two cut-offs applied to it.

Features of a candidate sentence (see ``extractive.py``):
- ``coverage``: the share of the question's key concepts (IDF-weighted) the sentence holds,
  exactly, through its paragraph's heading or lead-in, or through a word of near meaning;
- ``semantic``: how far the sentence's similarity to the question's focus stands above the
  similarity of the store's units to it, in standard deviations (a normalised score, not one
  absolute cosine: "elderly" must stand out against unrelated units, whatever their level);
- ``unit``: the same normalised similarity for the sentence's whole paragraph.

The weights and cut-offs are fitted by ``congress-qa calibrate`` on the calibration split of
the gold set (never the test split) and stored in ``calibration.json`` beside this module,
with the figures of the fit."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

CALIBRATION_FILE = Path(__file__).resolve().parent / "calibration.json"
FEATURES = ("coverage", "semantic", "unit")


class EvidenceModel(BaseModel):
    bias: float = Field(description="Log-odds of a sentence answering with every feature at 0.")
    weights: dict[str, float] = Field(description="Log-odds added per unit of each feature.")
    answer_threshold: float = Field(
        description="Log-odds the best sentence must reach for the question to be answered; "
        "fitted to balance false refusals against wrong answers on the calibration split."
    )
    keep_margin: float = Field(
        description="A further sentence is quoted when its log-odds are within this margin of "
        "the best sentence's (and above the answer threshold)."
    )
    keep_margin_list: float = Field(
        description="The same margin for a question that asks for a list, whose answer is "
        "several sentences by nature."
    )
    topic_threshold: float = Field(
        default=-3.0,
        description="Log-odds at which a paragraph's best sentence puts it on the topic page; "
        "the highest at which the calibration split's topic pages list 0.95 of their "
        "paragraphs (``eval.calibrate.TOPIC_RECALL``).",
    )
    on_topic_threshold: float = Field(
        default=-3.0,
        description="Log-odds at which a paragraph is on a question's topic for a chat answer "
        "(a summary's paragraphs, the paragraphs an LLM sentence may cite): an answer weighs "
        "precision as well, so it is the F2 optimum on the calibration topic cases, stricter "
        "than the topic page's.",
    )
    support: dict[str, float] = Field(
        default_factory=lambda: {"bias": -6.0, "lexical": 6.0, "semantic": 4.0, "threshold": 0.0},
        description="The citation support check of LLM answers: log-odds that a paragraph "
        "supports a sentence, from the share of the sentence's words it holds (lexical) and "
        "the sentence's best similarity to one of its sentences (semantic); supported at or "
        "above the threshold.",
    )
    fitted_on: dict = Field(default_factory=dict, description="Provenance and figures of the fit.")

    def margin(self, list_like: bool) -> float:
        """The margin within which a further sentence is quoted, for a question that asks for
        a list (``list_like``) or not."""
        return self.keep_margin_list if list_like else self.keep_margin

    def logit(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights[k] * features[k] for k in FEATURES)

    @staticmethod
    def probability(logit: float) -> float:
        return 1.0 / (1.0 + math.exp(-logit))

    def save(self, path: Path = CALIBRATION_FILE) -> None:
        path.write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")


@lru_cache(maxsize=4)
def load_model(path: Path = CALIBRATION_FILE) -> EvidenceModel:
    return EvidenceModel.model_validate(json.loads(path.read_text(encoding="utf-8")))
