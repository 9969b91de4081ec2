"""Page layouts of real UN reports (ODS documents: A/CONF.…, E/CN.15/…, UNODC/CCPCJ/EG.…) set
in PDFs written by fpdf2 and read by the real reader: the running header with the symbol on
alternating sides, the job number and a barcode on the first page's foot, "n/N" and the job
number on the others, footnotes under a short rule, paragraphs and lettered sub-items that a
page break cuts, words hyphenated at a line end, paragraph numbers hanging in the margin or
alone on their line, a landscape page with a table, a two-column list of participants and a
last page with only an annex heading. Each document: every word of its body in exactly one
unit, the paragraph ids the document's numbers, and no page furniture in any unit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import _pdf_reports
import pytest
from _pdf_reports import NL, PAGE, SOFT, check, filler


@dataclass
class Report(_pdf_reports.Report):
    """These tests' reports draw as the builder first drew them, so their PDFs stay the ones
    the tests were written against: a footnote's number inline at the page's foot, a heading
    kept with three lines of text, an unnumbered heading's empty label drawn."""

    note_numbers: str = "inline"
    heading_room: int = 3
    draw_empty_label: bool = True


# ----------------------------------------------------------------- the tests


def test_running_header_on_alternating_sides_job_number_and_barcode(tmp_path: Path) -> None:
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "the smuggling of migrants by sea")) for n in range(1, 31)]
    report = Report("E/CN.15/2025/7", "V.25-01234", body)
    _, texts = check(report, tmp_path, ["front", *map(str, range(1, 31))])
    assert texts["30"] == filler(30, "the smuggling of migrants by sea")


def test_footnotes_under_a_short_rule_end_the_paragraph_that_calls_them(tmp_path: Path) -> None:
    notes = {
        "1": "United Nations, Treaty Series, vol. 2241, No. 39574.",
        "2": "See General Assembly resolution 70/1, annex, target 10.7, and the report of the "
        "Secretary-General on its implementation in the countries of transit.",
        "3": "E/CN.15/2024/12, paras. 4-9.",
    }
    body = [
        ("h", "I.", "Introduction"),
        (
            "p",
            "1",
            "The meeting reviewed the Protocol against the Smuggling of Migrants{1} "
            "and the obligations of States parties under it.",
        ),
        (
            "p",
            "2",
            "Participants recalled the 2030 Agenda{2} and the commitments made at the "
            "previous session.{3} They asked for closer work between coastguards.",
        ),
        *[("p", str(n), filler(n, "maritime routes")) for n in range(3, 6)],
    ]
    report = Report("UNODC/CCPCJ/EG.4/2025/2", "V.25-02345", body, notes)
    _, texts = check(report, tmp_path, ["front", "1", "2", "3", "4", "5"])
    assert texts["1"].endswith(notes["1"])
    assert notes["2"].split(",")[0] in texts["2"] and texts["2"].endswith(notes["3"])


def test_a_paragraph_and_a_sub_item_that_a_page_break_cuts(tmp_path: Path) -> None:
    body = [("h", "I.", "Recommendations")]
    body += [("p", str(n), filler(n, "trafficking in firearms")) for n in range(1, 3)]
    body += [
        (
            "p",
            "3",
            "The meeting noted that the illicit manufacturing of firearms had grown in "
            f"every region and that{PAGE} parts and components were shipped separately by mail.",
        ),
        ("p", "4", "The meeting recommended that Member States:"),
        ("sub", "a", "Mark firearms at the time of manufacture and import;"),
        (
            "sub",
            "b",
            "Keep records of the transfers of firearms, their parts and components "
            f"and ammunition for not less than{PAGE} ten years, as the Protocol requires; and",
        ),
        ("sub", "c", "Cooperate in tracing firearms found at crime scenes."),
        ("p", "5", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.3/1", "GE.25-03456", body)
    _, texts = check(report, tmp_path, ["front", "1", "2", "3", "4", "4(a)", "4(b)", "4(c)", "5"])
    assert "that parts and components" in texts["3"]
    assert "not less than ten years" in texts["4(b)"]


def test_words_hyphenated_at_line_ends(tmp_path: Path) -> None:
    """The document spells "co-operation" with its hyphen: broken after "co-" it stays so;
    "imple-" + "mentation", a typesetter's break, is one word, on a line or over a page."""
    body = [
        ("h", "I.", "International co-operation"),
        (
            "p",
            "1",
            f"The meeting discussed international co-{NL}operation in criminal "
            f"matters and the imple{SOFT}{NL}mentation of the Convention by the States parties.",
        ),
        (
            "p",
            "2",
            "Experts stressed that co-operation between central authorities relied "
            f"on trust, and that the review of imple{SOFT}{NL}{PAGE}mentation had helped.",
        ),
        ("p", "3", "The meeting adopted the present report."),
    ]
    report = Report("UNODC/CCPCJ/EG.7/2025/1", "V.25-04567", body)
    _, texts = check(report, tmp_path, ["front", "1", "2", "3"])
    assert "international co-operation in criminal matters" in texts["1"]
    assert "the implementation of the Convention" in texts["1"]
    assert "review of implementation had helped" in texts["2"]


def test_a_paragraph_number_alone_on_its_line(tmp_path: Path) -> None:
    body = [("h", "I.", "Organization of the meeting")]
    body += [("alone", str(n), filler(n, "cybercrime")) for n in range(1, 4)]
    body += [("p", "4", "The meeting adopted the present report.")]
    report = Report("A/CONF.234/RPM.4/1", "GE.25-05678", body)
    check(report, tmp_path, ["front", "1", "2", "3", "4"])


def test_a_landscape_page_with_a_table(tmp_path: Path) -> None:
    rows = [
        ("Region", "2022", "2023", "2024"),
        ("Africa", "1 204", "1 388", "1 412"),
        ("Americas", "2 310", "2 145", "2 502"),
        ("Asia and the Pacific", "3 007", "3 211", "3 390"),
    ]
    body = [
        ("h", "I.", "Trends"),
        ("p", "1", "Seizures of firearms reported by region are shown in the table below."),
        ("table", "Seizures of firearms by region, 2022-2024", rows),
        ("p", "2", "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/9", "V.25-06789", body)
    _, texts = check(report, tmp_path, ["front", "1", "2"])
    assert "Asia and the Pacific | 3 007 | 3 211 | 3 390" in texts["1"]


def test_a_two_column_list_of_participants_in_the_annex(tmp_path: Path) -> None:
    left = ["Algeria", "Amina Benali", "Brazil", "Carlos Souza", "Chile", "Ana Díaz"]
    right = ["Kenya", "John Otieno", "Mexico", "Lucía Ramírez", "Nepal", "Sita Sharma"]
    body = [
        ("h", "I.", "Attendance"),
        ("p", "1", "The meeting was attended by the experts listed in the annex."),
        ("annex", "Annex", "List of participants"),
        ("columns", left, right),
    ]
    report = Report("UNODC/CCPCJ/EG.5/2025/1", "V.25-07890", body)
    check(report, tmp_path, ["front", "1", "annex.1"])


def test_a_last_page_with_only_the_annex_heading(tmp_path: Path) -> None:
    body = [("h", "I.", "Conclusions")]
    body += [("p", str(n), filler(n, "money-laundering")) for n in range(1, 4)]
    body += [("annex", "Annex", "Statement by the Chair (to be issued separately)")]
    report = Report("A/CONF.234/RPM.5/1", "GE.25-08901", body)
    doc, _ = check(report, tmp_path, ["front", "1", "2", "3"])
    assert doc.headings[-2:] == ["Annex", "Statement by the Chair (to be issued separately)"]


@pytest.mark.parametrize("pages", [2, 3])
def test_footnote_called_just_before_a_page_break(tmp_path: Path, pages: int) -> None:
    """A note called on the line a page break follows is set at that page's foot; the
    paragraph goes on overleaf and the note still ends it."""
    notes = {"1": "See A/CONF.234/16, chap. I, resolution 1."}
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "corruption")) for n in range(1, pages)]
    body += [
        (
            "p",
            str(pages),
            f"The meeting recalled the Kyoto Declaration{{1}} and its{PAGE} "
            "follow-up by the Commission.",
        ),
        ("p", str(pages + 1), "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/11", "V.25-09012", body, notes)
    _, texts = check(report, tmp_path, ["front", *map(str, range(1, pages + 2))])
    assert texts[str(pages)] == (
        "The meeting recalled the Kyoto Declaration and its follow-up by the Commission. "
        + notes["1"]
    )


def test_footnotes_numbered_past_nine_on_several_pages(tmp_path: Path) -> None:
    notes = {
        str(n): f"Note {n}: see the report of the Commission, E/CN.15/2024/{n}."
        for n in range(1, 13)
    }
    body = [("h", "I.", "Introduction")]
    for n in range(1, 13):
        text = filler(n, "the smuggling of migrants")
        body.append(("p", str(n), text.replace("session,", f"session,{{{n}}}")))
    report = Report("E/CN.15/2025/13", "V.25-10123", body, notes)
    _, texts = check(report, tmp_path, ["front", *map(str, range(1, 13))])
    for n in range(1, 13):
        assert texts[str(n)].endswith(notes[str(n)]), n


def test_a_paragraph_number_alone_at_a_page_foot(tmp_path: Path) -> None:
    """A number alone on the last line of a page, its text overleaf."""
    body = [("h", "I.", "Organization of the meeting")]
    body += [("p", str(n), filler(n, "cybercrime")) for n in range(1, 3)]
    body += [("alone", "3", f"{PAGE}" + filler(3, "cybercrime"))]
    body += [("p", "4", "The meeting adopted the present report.")]
    report = Report("A/CONF.234/RPM.6/1", "GE.25-11234", body)
    check(report, tmp_path, ["front", "1", "2", "3", "4"])


def test_a_sub_item_that_goes_on_overleaf_after_a_full_stop(tmp_path: Path) -> None:
    """The page breaks after a sentence of sub-item (b); its last clause, short and ending
    in "; and", is on the next page."""
    body = [("h", "I.", "Recommendations")]
    body += [("p", str(n), filler(n, "trafficking in firearms")) for n in range(1, 3)]
    body += [
        ("p", "3", "The meeting recommended that Member States:"),
        ("sub", "a", "Mark firearms at the time of manufacture and import;"),
        (
            "sub",
            "b",
            f"Keep records of the transfers of firearms.{NL}{PAGE}Records should "
            "be shared on request; and",
        ),
        ("sub", "c", "Cooperate in tracing firearms found at crime scenes."),
        ("p", "4", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.7/1", "GE.25-12345", body)
    _, texts = check(report, tmp_path, ["front", "1", "2", "3", "3(a)", "3(b)", "3(c)", "4"])
    assert texts["3(b)"].endswith("Records should be shared on request; and")


def test_an_older_report_with_centred_page_numbers(tmp_path: Path) -> None:
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "corruption in sport")) for n in range(1, 25)]
    report = Report("E/CN.15/1999/5", "V.99-81234", body, footer="centred")
    _, texts = check(report, tmp_path, ["front", *map(str, range(1, 25))])
    assert not any(re.search(r"- \d+ -", text) for text in texts.values())


def test_a_bold_heading_at_the_top_of_a_page_stays_a_heading(tmp_path: Path) -> None:
    """The page before ends with a paragraph's last sentence; the unnumbered heading overleaf,
    set in bold where the text column starts, heads what follows."""
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "cybercrime")) for n in range(1, 3)]
    body += [
        ("p", "3", f"The meeting reviewed the draft report.{NL}{PAGE}"),
        ("h", "", "Preparations for the Congress"),
        ("p", "4", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.8/1", "GE.25-13456", body)
    doc, texts = check(report, tmp_path, ["front", "1", "2", "3", "4"])
    assert texts["3"] == "The meeting reviewed the draft report."
    assert doc.headings[-1] == "Preparations for the Congress"
