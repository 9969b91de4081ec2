"""A table that a paragraph introduces ("… as set out in the table below:") is part of that
paragraph and is read row by row with its header, as a table of an annex is: the header
row alone answers nothing. A Word file made by python-docx; real parser, store, embedder and
the shipped calibration."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from assistant import Assistant
from congress_qa import Settings
from ingest import Ingestor

ROWS = [
    ("Country", "Tablets seized", "Cases recorded"),
    ("Jordan", "12.4 million", "310"),
    ("Iraq", "3.1 million", "95"),
    ("Lebanon", "0.8 million", "41"),
]


def _report(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Report of the synthetic Levant drug control workshop")
    doc.add_paragraph("Amman, 3–4 June 2025")
    doc.add_paragraph("I. Deliberations")
    doc.add_paragraph(
        "1. The Secretariat presented the seizures of captagon tablets reported by States "
        "for 2024, which are set out in the table below:"
    )
    table = doc.add_table(rows=len(ROWS), cols=3)
    for row, values in zip(table.rows, ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    doc.add_paragraph(
        "2. Speakers called for joint border patrols and for the exchange of forensic "
        "profiles of seized tablets."
    )
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder) -> Assistant:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("tables")
    settings = Settings(home=folder / "home")
    ingestor = Ingestor(settings)
    ingestor.ingest([_report(folder / "levant-workshop.docx")])
    return Assistant(settings, ingestor)


def test_the_table_belongs_to_the_paragraph_that_introduces_it(assistant: Assistant) -> None:
    units = {c.metadata["unit_id"]: c.metadata["text"] for c in assistant.store.chunks()}
    assert sorted(units) == ["1", "2", "front"]
    assert units["1"].split("\n")[1:] == [" | ".join(r) for r in ROWS]


def test_a_row_answers_with_its_header_not_the_header_alone(assistant: Assistant) -> None:
    answer = assistant.ask("Which country seized the most tablets?")
    assert not answer.refused
    assert [c.para for c in answer.citations] == ["1"]
    assert "Jordan" in answer.answer and "12.4 million" in answer.answer
    assert "Cases recorded [" not in answer.answer  # the header row is no answer by itself
    figures = assistant.ask("How many cases did Iraq record?")
    # The row is said with its columns: which figure is the cases is in the answer.
    assert not figures.refused and "Iraq; Tablets seized 3.1 million; Cases recorded 95" in (
        figures.answer
    ), figures.answer


ANNEX = [
    ("State", "2022", "2023", "2024"),
    ("Latvia", "98.4", "104.7", "112.0"),
    ("Poland", "402.5", "468.0", "515.7"),
    ("Romania", "156.3", "171.9", "149.2"),
]


def _annexed(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Report of the synthetic Baltic excise workshop")
    doc.add_paragraph("Riga, 7–9 October 2025")
    doc.add_paragraph("I. Deliberations")
    doc.add_paragraph(
        "1. The expert from Poland said that most of the illicit cigarettes seized in the "
        "country had been made in clandestine factories."
    )
    doc.add_paragraph("Annex")
    doc.add_paragraph(
        "Seizures of cigarettes reported by selected States, 2022–2024 (millions of pieces)"
    )
    table = doc.add_table(rows=len(ANNEX), cols=4)
    for row, values in zip(table.rows, ANNEX, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    doc.save(path)
    return path


def test_a_row_of_an_annex_table_is_framed_by_the_title_it_sits_under(
    tmp_path: Path,
    embedder,  # noqa: ANN001
) -> None:
    """A table that opens its unit under its own title (an annex's "Seizures of cigarettes
    … 2022–2024"): the title says what every row counts, and the column headed 2022 gives
    the year asked. Without the title, no figure of the row counted cigarettes and the
    question was refused."""
    settings = Settings(home=tmp_path / "home")
    ingestor = Ingestor(settings)
    ingestor.ingest([_annexed(tmp_path / "baltic-workshop.docx")])
    assistant = Assistant(settings, ingestor)
    answer = assistant.ask("How many cigarettes did Poland seize in 2022?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["annex.1"], answer.answer
    assert "2022 402.5" in answer.answer, answer.answer
