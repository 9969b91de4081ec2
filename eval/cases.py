"""Gold cases: JSON Lines, one case a line (the README documents the fields)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from assistant.models import Message
from eval.errors import GoldFileError

GOLD_DIR = Path(__file__).resolve().parent / "gold"


class GoldCase(BaseModel):
    id: str
    question: str
    history: list[Message] = Field(default_factory=list)
    answerable: bool
    reference: str = ""
    key_facts: list[list[str]] = Field(default_factory=list)
    citations: list[str] = Field(default_factory=list)
    doc_id: str | None = None
    any_citation: bool = False
    category: str = Field(default="uncategorised", description="For the per-category table.")


def load_cases(paths: list[Path] | None = None) -> list[GoldCase]:
    """Cases from the given files (or every ``*.jsonl`` in eval/gold), ids unique."""
    files = paths or sorted(GOLD_DIR.glob("*.jsonl"))
    cases: list[GoldCase] = []
    for path in files:
        if not path.is_file():
            raise GoldFileError(f"{path}: no such gold file.")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                cases.append(GoldCase.model_validate_json(line))
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
                )
                raise GoldFileError(
                    f"{path}:{number}: not a valid gold case ({problems})."
                ) from exc
    ids = [c.id for c in cases]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise GoldFileError(f"duplicate case ids: {', '.join(duplicates)}; ids must be unique.")
    return cases
