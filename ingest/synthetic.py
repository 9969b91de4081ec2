"""A deterministic synthetic corpus of UN-style reports, for benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

_SUBJECTS = [
    "Speakers", "Several delegations", "The representative of the Secretariat", "Participants",
    "Some speakers", "The observer for the institute", "Many representatives",
]  # fmt: skip
_VERBS = [
    "highlighted", "emphasized", "noted", "underlined", "welcomed", "recalled", "stressed",
]  # fmt: skip
_TOPICS = [
    "the importance of international cooperation in criminal matters",
    "the need to strengthen mutual legal assistance and extradition",
    "the role of civil society in crime prevention",
    "measures against trafficking in persons and the smuggling of migrants",
    "the misuse of information and communications technologies for criminal purposes",
    "alternatives to imprisonment and the reduction of prison overcrowding",
    "the protection of victims and witnesses",
    "the recovery and return of assets derived from corruption",
    "crimes that affect the environment, including wildlife trafficking",
    "the rehabilitation and social reintegration of offenders",
    "data collection and evidence-based crime prevention policies",
    "access to legal aid in criminal justice systems",
]  # fmt: skip
_TAILS = [
    "in line with national legislation and international standards",
    "with the support of technical assistance programmes",
    "taking into account the specific needs of developing countries",
    "through training and the exchange of good practices",
    "in accordance with the relevant United Nations standards and norms",
]  # fmt: skip


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_TOPICS)}, {rng.choice(_TAILS)}."
    )


def _report(rng: random.Random, index: int, units: int) -> str:
    lines = [
        "General Assembly",
        f"Distr.: Limited\n{rng.randint(1, 28)} March 2025",
        f"Regional Preparatory Meeting number {index} for the Fifteenth United Nations Congress on "
        "Crime Prevention and Criminal Justice",
        f"Vienna, {rng.randint(1, 20)}–{rng.randint(21, 28)} March 2025",
        "Draft report",
        f"Rapporteur: Delegate {index}",
        "I. Matters of substance",
    ]
    number, made, section = 1, 1, 0
    while made < units:
        if number % 12 == 1:
            section += 1
            lines.append(f"{chr(64 + (section - 1) % 26 + 1)}. Agenda item {section}")
            lines.append("Summary of deliberations")
        sentences = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        if number % 6 == 0 and units - made > 4:
            lines.append(f"{number}. The following recommendations were identified:")
            made += 1
            for letter in "abcd":
                lines.append(f"({letter}) {_sentence(rng)[:-1]};")
                made += 1
        else:
            lines.append(f"{number}. {sentences}")
            made += 1
        number += 1
    return "\n\n".join(lines) + "\n"


def write_corpus(
    folder: Path, total_units: int, units_per_doc: int = 100, seed: int = 7
) -> list[Path]:
    """Reports of about ``units_per_doc`` units each, ``total_units`` in all (front included)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    remaining, index = total_units, 1
    while remaining > 0:
        size = min(units_per_doc, remaining)
        path = folder / f"synthetic-report-{index:04d}.txt"
        path.write_text(_report(rng, index, size), encoding="utf-8")
        paths.append(path)
        remaining -= size
        index += 1
    return paths
