"""Feedback on answers, appended to a JSON Lines file in the data directory."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from assistant.models import Answer

_lock = threading.Lock()


def feedback_path(data_dir: Path) -> Path:
    return data_dir / "feedback.jsonl"


def record_feedback(data_dir: Path, answer: Answer, rating: str, comment: str = "") -> Path:
    path = feedback_path(data_dir)
    row = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "rating": rating,
        "comment": comment,
        "question": answer.question,
        "answer": answer.answer,
        "refused": answer.refused,
        "mode": answer.mode,
        "citations": [
            {"doc_id": c.doc_id, "para": c.para, "quote": c.quote} for c in answer.citations
        ],
    }
    with _lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
