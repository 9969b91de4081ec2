"""Features of the PDFs Word makes of UN reports that the page layouts of
``test_pdf_page_layouts`` leave out, in PDFs written by fpdf2 and read by the real reader:
ligature glyphs in body words, a footnote that goes on at the next page's foot, a ruled table
that a page break cuts with its header row repeated, paragraph numbers set flush right in a
margin column, typographic characters (curly quotes, dashes, no-break spaces, soft hyphens),
a masthead whose distribution fields stand beside the symbol block, sub-items lettered past
(z), a quotation set as an indented block inside a paragraph, a page whose body ends with a
heading, a heading set on two lines, and text whose words or characters are placed one by
one with no space characters between them. Each document: every word of its body in exactly
one unit, the paragraph ids the document's numbers, and no page furniture in any unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pdf_reports import NL, PAGE, SHY, Report, check, filler, said

# ----------------------------------------------------------------- the tests


def test_ligature_glyphs_in_body_words(tmp_path: Path) -> None:
    """Word sets "fi", "fl", "ff", "ffi" and "ffl" as one glyph each in some fonts; the PDF
    maps the glyph to the ligature's character (U+FB01 …): the words are the letters'."""
    body = [
        ("h", "I.", "Financial ﬂows and eﬀective oﬃces"),
        (
            "p",
            "1",
            "The meeting discussed illicit ﬁnancial ﬂows and the eﬀective work of the "
            "oﬃcials who trace them, and how aﬄuent oﬀenders hide the proﬁts of crime.",
        ),
        *[("p", str(n), filler(n, "the ﬁnancing of terrorism")) for n in range(2, 4)],
    ]
    report = Report("E/CN.15/2025/21", "V.25-20001", body, font="dejavu")
    doc, texts = check(report, tmp_path, ["front", "1", "2", "3"])
    assert "illicit financial flows and the effective work of the officials" in texts["1"]
    assert "how affluent offenders hide the profits of crime." in texts["1"]
    assert "the financing of terrorism" in texts["3"]
    assert doc.headings == ["I. Financial flows and effective offices"]


def test_a_footnote_that_goes_on_at_the_next_pages_foot(tmp_path: Path) -> None:
    """A note too long for its page's foot: Word sets the rest at the next page's foot, under
    a rule the text's width, without a number; the note is one, and ends its paragraph."""
    notes = {
        "1": "See the report of the Secretary-General on the implementation of the Protocol "
        "against the Smuggling of Migrants by Land, Sea and Air, supplementing the United "
        f"Nations Convention against Transnational Organized Crime, in{NL}particular the "
        "sections on the protection of the rights of smuggled migrants and on the "
        "cooperation of States at sea, and the replies of States to the questionnaire."
    }
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "the smuggling of migrants by sea")) for n in range(1, 6)]
    body += [
        (
            "p",
            "6",
            "The meeting recalled the work of the Conference of the Parties{1} and its "
            f"working group on the smuggling{PAGE} of migrants, which met every year.",
        ),
        *[("p", str(n), filler(n, "maritime routes")) for n in range(7, 10)],
    ]
    report = Report("E/CN.15/2025/22", "V.25-20002", body, notes)
    _, texts = check(report, tmp_path, ["front", *map(str, range(1, 10))])
    assert texts["6"] == (
        "The meeting recalled the work of the Conference of the Parties and its working "
        "group on the smuggling of migrants, which met every year. " + said(notes["1"])
    )
    assert texts["9"] == filler(9, "maritime routes")


def test_a_ruled_table_over_a_page_break_with_its_header_repeated(tmp_path: Path) -> None:
    """Word repeats a table's header row at the top of each page it runs onto: the header is
    the table's once, and its rows on both pages are one table."""
    header = ("Region", "2022", "2023", "2024")
    rows = [
        ("Africa", "1 204", "1 388", "1 412"),
        ("Americas", "2 310", "2 145", "2 502"),
        ("Asia and the Pacific", "3 007", "3 211", "3 390"),
        ("Eastern Europe", "812", "904", "955"),
        ("Western Europe and others", "1 650", "1 702", "1 811"),
    ]
    body = [("h", "I.", "Trends")]
    body += [("p", str(n), filler(n, "the seizure of firearms")) for n in range(1, 3)]
    body += [
        ("p", "3", "Seizures of firearms reported by region are shown in the table below."),
        ("ruled", header, rows, 3),
        ("p", "4", "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/23", "V.25-20003", body)
    _, texts = check(report, tmp_path, ["front", "1", "2", "3", "4"])
    assert texts["3"].count("Region") == 1
    assert "Region | 2022 | 2023 | 2024" in texts["3"]
    assert "Eastern Europe | 812 | 904 | 955" in texts["3"]


def test_paragraph_numbers_flush_right_in_a_margin_column(tmp_path: Path) -> None:
    """Word's numbering set right-aligned at a tab: "9." and "10." end at the same x."""
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "cybercrime")) for n in range(1, 15)]
    report = Report("A/CONF.234/RPM.9/1", "GE.25-20004", body, numbers="right")
    _, texts = check(report, tmp_path, ["front", *map(str, range(1, 15))])
    assert texts["9"] == filler(9, "cybercrime")
    assert texts["10"] == filler(10, "cybercrime")


def test_curly_quotes_dashes_no_break_spaces_and_soft_hyphens(tmp_path: Path) -> None:
    body = [
        ("h", "I.", "Introduction"),
        (
            "p",
            "1",
            "The Chair said that the theme \u201cAccelerating crime prevention\u201d \u2013 "
            "adopted for 2022\u20132024 \u2014 had guided the work, and that the "
            "Commission\u2019s \u2018road map\u2019 would be reviewed in May\u00a02025 "
            "by the co\u2011facilitators.",
        ),
        (
            "p",
            "2",
            "Seizures rose by 12\u00a0per\u00a0cent, and the inter\u00adnational "
            f"imple{SHY}{NL}mentation of the Convention on the protection of "
            f"vic{SHY}{NL}tims was reviewed by 45\u00a0States.",
        ),
        ("p", "3", "The meeting adopted the present report \u2014 in full."),
    ]
    report = Report("E/CN.15/2025/24", "V.25-20005", body)
    _, texts = check(report, tmp_path, ["front", "1", "2", "3"])
    assert "implementation of the Convention" in texts["2"]
    assert "protection of victims" in texts["2"]


def test_masthead_fields_beside_the_symbol_block(tmp_path: Path) -> None:
    """ "Distr.: General", the date and "Original: English" in a column under the symbol's
    end, their lines between those of the issuing body's two lines."""
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "corruption")) for n in range(1, 4)]
    report = Report("E/CN.15/2025/25", "V.25-20006", body, masthead="beside")
    doc, _ = check(report, tmp_path, ["front", "1", "2", "3"])
    front = " ".join(doc.units[0].text.split())
    assert "Commission on Crime Prevention and Criminal Justice" in front
    assert "Distr.: General 11 March 2025 Original: English" in front


def test_sub_items_lettered_past_z(tmp_path: Path) -> None:
    """(a) … (z), then (aa), (bb): (i), (v) and (x) are letters here, not roman numerals."""
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)] + ["aa", "bb"]
    body = [
        ("h", "I.", "Recommendations"),
        ("p", "1", "The meeting recommended that Member States:"),
        *[("sub", m, f"Consider measure {m.upper()} against organized crime;") for m in letters],
        ("p", "2", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.10/1", "GE.25-20007", body)
    _, texts = check(report, tmp_path, ["front", "1", *(f"1({m})" for m in letters), "2"])
    assert texts["1(aa)"] == "Consider measure AA against organized crime;"


def test_a_quotation_set_as_an_indented_block_inside_a_paragraph(tmp_path: Path) -> None:
    body = [
        ("h", "I.", "Introduction"),
        ("p", "1", filler(1, "the laundering of proceeds")),
        ("p", "2", "The Chair recalled article 6 of the Convention, which reads:"),
        (
            "quote",
            "\u201cEach State Party shall adopt, in accordance with fundamental principles "
            "of its domestic law, such legislative and other measures as may be necessary "
            "to establish as criminal offences, when committed intentionally, the "
            "conversion or transfer of property, knowing that such property is the "
            "proceeds of crime.\u201d",
        ),
        ("more", "She added that the article had been applied in every region since then."),
        ("p", "3", "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/26", "V.25-20008", body)
    _, texts = check(report, tmp_path, ["front", "1", "2", "3"])
    assert "which reads: \u201cEach State Party shall adopt" in texts["2"]
    assert texts["2"].endswith("applied in every region since then.")


def test_a_page_whose_body_ends_with_a_heading(tmp_path: Path) -> None:
    """Word's "keep with next" failed, or a page break came after the heading: the heading is
    the page's last line and its first paragraph is overleaf."""
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "trafficking in persons")) for n in range(1, 5)]
    body += [
        ("h", "II.", "Recommendations"),
        ("page",),
        ("p", "5", filler(5, "trafficking in persons")),
        ("h", "", "Follow-up"),
        ("page",),
        ("p", "6", "The meeting adopted the present report."),
    ]
    report = Report("A/CONF.234/RPM.11/1", "GE.25-20009", body)
    doc, texts = check(report, tmp_path, ["front", *map(str, range(1, 7))])
    assert doc.headings == ["I. Introduction", "II. Recommendations", "Follow-up"]
    assert texts["5"] == filler(5, "trafficking in persons")


def test_a_heading_set_on_two_lines(tmp_path: Path) -> None:
    body = [
        (
            "h",
            "I.",
            f"Matters calling for action by the Economic and Social Council or{NL}"
            "brought to its attention",
        ),
        ("p", "1", filler(1, "crime prevention")),
        (
            "h",
            "",
            f"Preparations for the Fifteenth United Nations Congress on{NL}"
            "Crime Prevention and Criminal Justice",
        ),
        ("p", "2", filler(2, "crime prevention")),
        ("p", "3", "The meeting adopted the present report."),
    ]
    report = Report("E/CN.15/2025/27", "V.25-20010", body)
    doc, texts = check(report, tmp_path, ["front", "1", "2", "3"])
    assert doc.headings == [
        "I. Matters calling for action by the Economic and Social Council or brought to its "
        "attention",
        "Preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice",
    ]
    assert texts["1"] == filler(1, "crime prevention")


@pytest.mark.parametrize("placing", ["words", "chars"])
def test_words_or_characters_placed_one_by_one(tmp_path: Path, placing: str) -> None:
    """Some producers place each word, or each character, at its own x with no space
    character between words: the gap of a word space is all that parts two words."""
    notes = {"1": "See General Assembly resolution 79/123, annex."}
    body = [("h", "I.", "Introduction")]
    body += [("p", str(n), filler(n, "the illicit trade in wildlife")) for n in range(1, 10)]
    body += [
        ("p", "10", "The meeting recalled the Kyoto Declaration{1} and its follow-up."),
        ("sub", "a", "By the Commission;"),
        ("sub", "b", "By the Congress."),
    ]
    report = Report("UNODC/CCPCJ/EG.8/2025/1", "V.25-20011", body, notes, placing=placing)
    _, texts = check(report, tmp_path, ["front", *map(str, range(1, 11)), "10(a)", "10(b)"])
    assert texts["1"] == filler(1, "the illicit trade in wildlife")
    assert texts["10"] == (
        "The meeting recalled the Kyoto Declaration and its follow-up. " + notes["1"]
    )
