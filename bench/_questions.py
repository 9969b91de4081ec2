"""The questions a benchmark asks: about the bundled report and about the synthetic reports,
read from the corpus itself (its invented countries, its topics, its meeting numbers), so
they have answers at every size. Deterministic for a corpus and a seed."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from ingest._ids import slugify

# About the bundled report (its id is the file's stem).
REPORT = [
    "Who are increasingly targets of online frauds and scams?",
    "Who was the rapporteur?",
    "What was said about children?",
    "Which measures were recommended on cybercrime?",
    "Where was the meeting held?",
    "What did the representative of Japan say?",
]
_COUNTRY_RE = re.compile(r"The representative of (\w+) reported that (\d+) cases of ([^,.]+?) had")
_NUMBER_RE = re.compile(r"Regional Preparatory Meeting number (\d+)")


@dataclass(frozen=True)
class Question:
    text: str
    doc_ids: tuple[str, ...] | None = None  # None: every document
    expect: str = ""  # a word the answer should hold (a country asked about)


def questions(corpus: Path, count: int, seed: int = 1) -> list[Question]:
    """``count`` questions: a third about one report and asked of it alone (a filter on one
    document), a third about one report asked of every document, and the bundled report's."""
    rng = random.Random(seed)
    files = sorted(corpus.glob("*.txt"))
    out: list[Question] = []
    while len(out) < count and files:
        path = rng.choice(files)
        text = path.read_text(encoding="utf-8")
        doc_id = slugify(path.stem)
        found = _COUNTRY_RE.findall(text)
        number = _NUMBER_RE.search(text)
        if not found or not number:
            continue
        country, _, topic = rng.choice(found)
        asked = [
            Question(f"What did the representative of {country} report?", None, country),
            Question(f"How many cases of {topic} did {country} record?", (doc_id,), country),
            Question(f"What was said about {topic} at meeting number {number.group(1)}?"),
            Question(f"Who was the rapporteur of meeting number {number.group(1)}?", (doc_id,)),
        ]
        out.append(rng.choice(asked))
        if len(out) % 3 == 0:
            out.append(Question(REPORT[(len(out) // 3) % len(REPORT)]))
    return out[:count]
