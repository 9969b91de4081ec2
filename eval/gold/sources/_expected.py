"""The expected-structure file every gold document generator writes, whatever the format."""

from __future__ import annotations

import json
from pathlib import Path


def expected_doc(
    doc_id: str, file: str, title: str, symbol: str, issue_date: str, place_dates: str, units: list
) -> dict:
    """An expected-structure file's content (eval/gold/expected/<doc_id>.json)."""
    return {
        "doc_id": doc_id,
        "file": file,
        "meta": {
            "title": title,
            "symbol": symbol,
            "issue_date": issue_date,
            "distribution": "General",
            "place_dates": place_dates,
        },
        "units": units,
    }


def write_expected(path: Path, doc: dict) -> None:
    """Writes an expected-structure file as the gold files are kept: UTF-8, one-space indent."""
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
