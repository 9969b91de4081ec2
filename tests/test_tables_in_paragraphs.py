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


def _assistant_on(folder: Path, report: Path) -> Assistant:
    """The assistant over a store in ``folder`` that holds ``report``."""
    settings = Settings(home=folder / "home")
    ingestor = Ingestor(settings)
    ingestor.ingest([report])
    return Assistant(settings, ingestor)


def _table(doc, rows: list[tuple[str, ...]]):  # noqa: ANN001, ANN202 - python-docx objects
    """A Word table of ``rows`` added to ``doc``."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    return table


def _report(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Report of the synthetic Levant drug control workshop")
    doc.add_paragraph("Amman, 3–4 June 2025")
    doc.add_paragraph("I. Deliberations")
    doc.add_paragraph(
        "1. The Secretariat presented the seizures of captagon tablets reported by States "
        "for 2024, which are set out in the table below:"
    )
    _table(doc, ROWS)
    doc.add_paragraph(
        "2. Speakers called for joint border patrols and for the exchange of forensic "
        "profiles of seized tablets."
    )
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder) -> Assistant:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("tables")
    return _assistant_on(folder, _report(folder / "levant-workshop.docx"))


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
    _table(doc, ANNEX)
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
    assistant = _assistant_on(tmp_path, _annexed(tmp_path / "baltic-workshop.docx"))
    answer = assistant.ask("How many cigarettes did Poland seize in 2022?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["annex.1"], answer.answer
    assert "2022 402.5" in answer.answer, answer.answer


SPANNED = [
    ("State", "DNA profiles held", "", "Matches reported in 2024"),
    ("", "2023", "2024", ""),
    ("Estonia", "118,302", "124,775", "1,487"),
    ("Philippines", "41,260", "57,934", "612"),
    ("South Africa", "1,104,517", "1,236,840", "28,905"),
]


def _spanned(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Report of the synthetic forensic databases workshop")
    doc.add_paragraph("Tallinn, 2–3 June 2025")
    doc.add_paragraph("I. Deliberations")
    doc.add_paragraph(
        "1. Experts provided figures on the size of their national DNA databases, which are "
        "summarized in the table below:"
    )
    table = _table(doc, SPANNED)
    # Word's merged cells: "DNA profiles held" spans the two year columns; "State" and the
    # matches' heading span both heading rows.
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 3).merge(table.cell(1, 3))
    doc.add_paragraph("2. Speakers called for the exchange of profiles through INTERPOL.")
    doc.save(path)
    return path


def test_a_heading_cell_spanning_two_columns_heads_both(tmp_path: Path, embedder) -> None:  # noqa: ANN001
    """Under a heading that spans two columns ("DNA profiles held" over "2023 | 2024"), each
    column is read with both headings: the second heading row is no row of data, and each
    figure is said with its year. Seen on a blind test document (a LibreOffice PDF): the
    spanning cells' empty places made the rows misread, and the question was refused."""
    assistant = _assistant_on(tmp_path, _spanned(tmp_path / "forensic-workshop.docx"))
    units = {c.metadata["unit_id"]: c.metadata["text"] for c in assistant.store.chunks()}
    assert "South Africa | 1,104,517 | 1,236,840 | 28,905" in units["1"]
    answer = assistant.ask("How many DNA profiles did South Africa's database hold in 2024?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"], answer.answer
    assert "DNA profiles held 2024 1,236,840" in answer.answer, answer.answer
    assert "Matches reported in 2024 28,905" in answer.answer, answer.answer
    earlier = assistant.ask("How many DNA profiles did Estonia hold in 2023?")
    assert "DNA profiles held 2023 118,302" in earlier.answer, earlier.answer
