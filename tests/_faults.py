"""Shared by the fault-injection tests: rounds and seed from the environment, the store
checks that decide "data lost", and the record of each round (test helper).

CONGRESS_QA_FAULT_ROUNDS (default 1) and CONGRESS_QA_FAULT_SEED (default 10) scale and vary
the loops; each test writes its rounds to test-output/faults/<fault>.json, and
`python tests/_faults.py` prints the table of all of them."""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output" / "faults"
ROUNDS = int(os.environ.get("CONGRESS_QA_FAULT_ROUNDS", "1"))
SEED = int(os.environ.get("CONGRESS_QA_FAULT_SEED", "10"))


@dataclass
class Round:
    fault: str
    crashed: bool = False  # a traceback, or an exit the user was not told about
    lost: list[str] = field(default_factory=list)  # what a reader could no longer get back
    surfaced_s: float | None = None  # fault injected -> the user is told (or it is repaired)
    note: str = ""


def record(name: str, rounds: list[Round]) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    (OUTPUT / f"{slug}.json").write_text(
        json.dumps({"fault": name, "rounds": [asdict(r) for r in rounds]}, indent=2)
    )


class Versions:
    """Every version of every file written in a test: what a served document may be."""

    def __init__(self) -> None:
        self.by_doc: dict[str, dict[str, list[tuple[str, str]]]] = {}

    def remember(self, paths: list[Path]) -> None:
        from congress_qa import Settings
        from ingest import parse_file

        for path in paths:
            doc = parse_file(path, Settings(home=path.parent / ".parse"))
            units = [(u.unit_id, u.text) for u in doc.units]
            self.by_doc.setdefault(doc.meta.doc_id, {})[doc.meta.sha256] = units

    def problems(
        self, store, must_have: set[str], latest: dict[str, str] | None = None
    ) -> list[str]:  # noqa: ANN001, E501
        """What is wrong with the served documents: one missing that was served before, one
        incomplete or mixing versions, one not in the latest version when that is required."""
        out: list[str] = []
        metas = {m.doc_id: m for m in store.documents()}
        for doc_id in sorted(must_have - set(metas)):
            out.append(f"{doc_id}: gone")
        chunks = store.chunks(sorted(metas))
        served: dict[str, list[tuple[str, str]]] = {}
        for chunk in chunks:
            m = chunk.metadata
            if m["part"] == 0:
                served.setdefault(m["doc_id"], []).append((m["unit_id"], m["text"]))
        for doc_id, meta in metas.items():
            known = self.by_doc.get(doc_id, {})
            if meta.sha256 not in known:
                out.append(f"{doc_id}: served version {meta.sha256[:8]} was never written")
                continue
            if served.get(doc_id, []) != known[meta.sha256]:
                got, want = len(served.get(doc_id, [])), len(known[meta.sha256])
                out.append(f"{doc_id}: {got} of {want} units served, or texts differ")
            if latest and latest.get(doc_id) not in (None, meta.sha256):
                out.append(f"{doc_id}: not the latest version")
        return out


def table() -> str:
    """One row per kind of fault, over every recorded file."""
    kinds: dict[str, list[dict]] = {}
    for path in sorted(OUTPUT.glob("*.json")):
        for r in json.loads(path.read_text())["rounds"]:
            kinds.setdefault(r["fault"], []).append(r)
    lines = [
        "| fault or input tried | count | crashes | data lost | time to surface (median, max) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for fault, rounds in kinds.items():
        times = sorted(r["surfaced_s"] for r in rounds if r["surfaced_s"] is not None)
        when = f"{times[len(times) // 2]:.2f} s, {times[-1]:.2f} s" if times else "-"
        crashes = sum(r["crashed"] for r in rounds)
        lost = sum(bool(r["lost"]) for r in rounds)
        lines.append(f"| {fault} | {len(rounds)} | {crashes} | {lost} | {when} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(table() + "\n")
