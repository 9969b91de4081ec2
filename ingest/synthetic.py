"""A deterministic synthetic corpus of UN-style reports, for benchmarks.

Besides the stock phrases every report shares, each report names its own invented countries,
cities and people and gives figures, so that the vocabulary grows with the corpus as a real
library's does (names are what the answerer looks up per question) and questions about one
report have one answer."""

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


_SYLLABLES = [
    "ka", "ro", "vi", "ne", "ta", "lu", "mo", "sa", "ri", "do", "el", "an", "bu", "zi", "pe",
    "or", "gal", "tem", "mar", "sol",
]  # fmt: skip
_COUNTRY_ENDINGS = ["ia", "a", "land", "stan", "ey", "o", "ania"]
_CITY_ENDINGS = ["burg", "ville", "port", "grad", "polis", "ton"]


def _name(rng: random.Random, endings: list[str]) -> str:
    body = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return (body + rng.choice(endings)).capitalize()


def _country_sentence(rng: random.Random, country: str) -> str:
    topic = rng.choice(_TOPICS).removeprefix("the ")
    return (
        f"The representative of {country} reported that {rng.randint(2, 950)} cases of "
        f"{topic} had been recorded in {rng.randint(2015, 2024)}."
    )


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_TOPICS)}, {rng.choice(_TAILS)}."
    )


def _report(rng: random.Random, index: int, units: int) -> str:
    countries = [_name(rng, _COUNTRY_ENDINGS) for _ in range(4)]
    lines = [
        "General Assembly",
        f"Distr.: Limited\n{rng.randint(1, 28)} March 2025",
        f"Regional Preparatory Meeting number {index} for the Fifteenth United Nations Congress on "
        "Crime Prevention and Criminal Justice",
        f"{_name(rng, _CITY_ENDINGS)}, {rng.randint(1, 20)}–{rng.randint(21, 28)} March 2025",
        "Draft report",
        f"Rapporteur: {_name(rng, [''])} {_name(rng, ['son', 'ez', 'ova', 'ic'])} ({countries[0]})",
        "I. Matters of substance",
    ]
    number, made, section = 1, 1, 0
    while made < units:
        if number % 12 == 1:
            section += 1
            lines.append(f"{chr(64 + (section - 1) % 26 + 1)}. Agenda item {section}")
            lines.append("Summary of deliberations")
        said = [_sentence(rng) for _ in range(rng.randint(2, 5))]
        if number % 3 == 0:
            said.insert(rng.randint(0, len(said)), _country_sentence(rng, rng.choice(countries)))
        sentences = " ".join(said)
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
