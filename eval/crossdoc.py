"""Cross-document negatives: a question written for one document, asked of another that does
not answer it, must be refused.

Candidates are made deterministically: each answerable case (not front matter, not a
follow-up) is asked of one other document, chosen by a hash of its id, whose text holds none
of the case's key facts. Whether that document answers the question anyway is a judgement, so
candidates are labelled by a reader of that document before they become gold cases in
``<split>/cross-doc.jsonl`` (category ``cross-doc``, ``origin`` the case they came from)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from eval.cases import GoldCase
from eval.metrics import normalise

_SKIPPED = {"front", "followup"}


def _pick(case_id: str, choices: list[str]) -> str:
    digest = hashlib.sha256(case_id.encode("utf-8")).digest()
    return choices[int.from_bytes(digest[:4], "big") % len(choices)]


def candidates(cases: list[GoldCase], doc_texts: Mapping[str, str]) -> list[GoldCase]:
    """One candidate negative per eligible case: the case asked of another document."""
    texts = {d: normalise(t) for d, t in doc_texts.items()}
    out = []
    for case in cases:
        if not case.answerable or case.history or case.category in _SKIPPED or not case.doc_id:
            continue
        others = sorted(
            d
            for d, text in texts.items()
            if d != case.doc_id
            and not any(normalise(s) in text for spellings in case.key_facts for s in spellings)
        )
        if not others:
            continue
        target = _pick(case.id, others)
        out.append(
            GoldCase(
                id=f"{case.id}@{target}",
                question=case.question,
                answerable=False,
                doc_id=target,
                category="cross-doc",
                origin=case.id,
                split=case.split,
            )
        )
    return out


def document_texts() -> dict[str, str]:
    """The eval documents' text by id, as their labels were made from: a document with an
    expected-structure file (eval/gold/expected) by its units, a text file as it stands."""
    import json

    from congress_qa.settings import IngestSettings
    from eval.cases import GOLD_DIR
    from ingest.parser import slugify

    texts: dict[str, str] = {}
    for folder in (IngestSettings().corpus_dir, GOLD_DIR / "docs"):
        for path in sorted(folder.glob("*.txt")):
            texts[slugify(path.stem)] = path.read_text(encoding="utf-8")
    for path in sorted((GOLD_DIR / "expected").glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        texts[spec["doc_id"]] = "\n".join(
            u.get("text") or " ".join(u.get("contains", [])) for u in spec["units"]
        )
    return texts


def labelled(candidates_with_labels: list[dict]) -> list[GoldCase]:
    """The gold negatives: the candidates a reader of the target document labelled "no"
    (labels "yes" and "partly" are dropped: that document answers them, at least in part)."""
    return [
        GoldCase(
            id=row["id"],
            question=row["question"],
            answerable=False,
            doc_id=row["doc_id"],
            category="cross-doc",
            origin=row["origin"],
            reference=f"Labelled not answered by {row['doc_id']}: {row['why']}",
        )
        for row in candidates_with_labels
        if row["label"] == "no"
    ]
