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


def unit(uid: str, parts: list[str]) -> dict:
    """An expected unit: its whole ``text`` when it is one piece, else the pieces it
    ``contains`` (paragraph text, its footnotes, its lines or table)."""
    if len(parts) == 1:
        return {"id": uid, "text": parts[0]}
    return {"id": uid, "contains": parts}


def numbered(body: list[tuple]) -> list[tuple]:
    """A generator's BODY with paragraph numbers, as Word's automatic numbering counts them:
    ("p", n, text, extra) for each ("p", text[, extra]), the heading items unchanged."""
    out, n = [], 0
    for item in body:
        if item[0] == "p":
            n += 1
            out.append(("p", n, item[1], item[2] if len(item) > 2 else {}))
        else:
            out.append(item)
    return out
