"""Gold cases: JSON Lines, one case a line (the README documents the fields).

The gold set is split in two. ``calibration/`` holds the cases the answerer's few parameters
are fitted on; ``test/`` holds cases written from the documents alone, before the system was
run on them, and nothing is ever fitted on them. Each split has ``topics/`` files for the
"What was said on …" page."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from assistant.models import Message
from eval.errors import GoldFileError

GOLD_DIR = Path(__file__).resolve().parent / "gold"
SPLITS = ("calibration", "test")
Split = Literal["calibration", "test"]


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
    split: str = Field(default="", description="calibration or test: the folder it came from.")
    origin: str = Field(
        default="", description="For a generated case: the id of the case it was made from."
    )


class TopicCase(BaseModel):
    """A topic for the "What was said on …" page and every paragraph that speaks to it."""

    id: str
    topic: str
    doc_id: str
    paragraphs: list[str]
    split: str = ""


def _read_lines(path: Path, model: type[BaseModel], split: str) -> list:
    if not path.is_file():
        raise GoldFileError(f"{path}: no such gold file.")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = model.model_validate_json(line)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            raise GoldFileError(f"{path}:{number}: not a valid gold case ({problems}).") from exc
        if split and not getattr(item, "split", ""):
            item.split = split
        out.append(item)
    return out


def _unique(items: list) -> None:
    ids = [c.id for c in items]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise GoldFileError(f"duplicate case ids: {', '.join(duplicates)}; ids must be unique.")


def _split_files(splits: tuple[str, ...], pattern: str) -> list[tuple[Path, str]]:
    return [(p, s) for s in splits for p in sorted((GOLD_DIR / s).glob(pattern))]


def load_cases(paths: list[Path] | None = None, splits: tuple[str, ...] = SPLITS) -> list[GoldCase]:
    """Cases from the given files, or from the named splits' ``*.jsonl`` files; ids unique."""
    files = [(p, "") for p in paths] if paths else _split_files(splits, "*.jsonl")
    cases: list[GoldCase] = []
    for path, split in files:
        cases += _read_lines(path, GoldCase, split)
    _unique(cases)
    return cases


def load_topics(splits: tuple[str, ...] = SPLITS) -> list[TopicCase]:
    topics: list[TopicCase] = []
    for path, split in _split_files(splits, "topics/*.jsonl"):
        topics += _read_lines(path, TopicCase, split)
    _unique(topics)
    return topics
