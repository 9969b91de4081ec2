"""The parser on the seed report and on the traps UN documents set."""

from __future__ import annotations

import re

import pytest
from _words import assert_every_word_once
from conftest import SEED, SEED_UNITS

from ingest import parse_text
from ingest._blocks import split_blocks

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_LINES = {" ".join(line.split()) for line in SEED_TEXT.splitlines()}


def test_seed_units_are_exactly_front_paragraphs_and_lettered_items() -> None:
    doc = parse_text(SEED_TEXT, doc_id="seed")
    assert doc.unit_ids == SEED_UNITS
    assert [u.order for u in doc.units] == list(range(19))


def test_each_seed_unit_has_the_text_written_after_its_number() -> None:
    doc = parse_text(SEED_TEXT, doc_id="seed")
    for unit in doc.units[1:]:
        marker = f"{unit.unit_id}." if unit.kind == "paragraph" else unit.unit_id[1:]
        assert f"{marker} {unit.text}" in SEED_LINES, unit.unit_id
    by_id = {u.unit_id: u for u in doc.units}
    assert by_id["1"].text.startswith("An introductory presentation was delivered")
    assert by_id["2"].text.startswith("Speakers discussed existing challenges")
    assert by_id["8(g)"].text.endswith("increasingly targets of online frauds and scams;")
    assert by_id["8(j)"].text.endswith("currently being negotiated.")


def test_numbered_heading_is_not_paragraph_one_and_plain_headings_are_sections() -> None:
    by_id = {u.unit_id: u for u in parse_text(SEED_TEXT, doc_id="seed").units}
    assert by_id["1"].section == [
        "II. Recommendations",
        "B. Substantive items and workshops – Agenda item 5 (a)",
    ]
    heading = by_id["2"].section[2]
    assert heading.startswith("1. Advancing innovative and evidence-based crime prevention")
    assert heading.endswith("(workshop 1)")
    assert by_id["2"].section[3] == "Summary of deliberations"
    assert by_id["7"].section[3] == "Summary of deliberations"
    assert by_id["8"].section[3] == "Outcome of deliberations"
    assert by_id["8(g)"].section == by_id["8"].section
    assert all("*" not in part for u in by_id.values() for part in u.section)


@pytest.mark.parametrize(
    "line",
    ["Budva, Montenegro, 16–18 September 2025", "Vienna, 3 and 4 March 2025", "Lomé, 2 May 2025"],
)
def test_the_place_and_dates_line_may_name_the_country(line: str) -> None:
    title = "Report of the regional workshop on witness protection"
    text = f"United Nations\n\n{title}\n\n{line}\n\n1. The workshop met.\n"
    assert parse_text(text, doc_id="w").meta.place_dates == line


def test_sub_items_carry_their_lead_in_and_parent() -> None:
    by_id = {u.unit_id: u for u in parse_text(SEED_TEXT, doc_id="seed").units}
    item = by_id["8(g)"]
    assert item.kind == "item" and item.parent == "8"
    assert item.lead_in == by_id["8"].text
    assert item.lead_in.startswith("The following recommendations")


def test_front_matter_metadata() -> None:
    doc = parse_text(SEED_TEXT, doc_id="seed")
    meta = doc.meta
    assert meta.rapporteur == "Sheraz Ali (Pakistan)"
    assert meta.place_dates == "Bangkok, 21–23 January 2025"
    assert meta.issue_date == "21 January 2025"
    assert meta.meeting.startswith("Asia and Pacific Regional Preparatory Meeting")
    assert meta.title.lower().startswith("draft report")
    assert meta.symbol == ""
    assert "Rapporteur: Sheraz Ali (Pakistan)" in doc.units[0].text
    assert len(meta.sha256) == 64


NESTED = """Economic and Social Council

E/CN.15/2025/L.9

Distr.: General
3 March 2025

I. Matters for action

1. The Commission recommends the following:

(a) Items under a letter:

(i) First roman point;

(ii) Second roman point;

(b) Plain letter b;

(c) Letter c;

(d) d; (e) is skipped in this test

(f) f;

(g) g;

(h) h;

(i) A letter i, not a roman numeral;

(j) And j.

2. Another paragraph with nested items:

(a) First:

(i) deep one; and

(ii) deep two.
"""


def test_roman_numerals_nest_and_letter_i_after_h_stays_a_letter() -> None:
    doc = parse_text(NESTED, doc_id="nested")
    ids = doc.unit_ids
    assert ids[:6] == ["front", "1", "1(a)", "1(a)(i)", "1(a)(ii)", "1(b)"]
    assert "1(i)" in ids and "1(j)" in ids and "1(h)(i)" not in ids
    assert ids[-4:] == ["2", "2(a)", "2(a)(i)", "2(a)(ii)"]
    by_id = {u.unit_id: u for u in doc.units}
    assert by_id["1(a)(ii)"].parent == "1(a)"
    assert "Items under a letter:" in by_id["1(a)(ii)"].lead_in
    assert "recommends the following" in by_id["1(a)(ii)"].lead_in
    assert doc.meta.symbol == "E/CN.15/2025/L.9"


def test_pdf_style_text_wrapped_hyphenated_and_number_alone() -> None:
    text = (
        "I. Heading\n\n12.\nThe meeting discussed crimi-\nnal justice and the\n"
        "rule of law.\n13. Next."
    )
    assert split_blocks(text) == [
        "I. Heading",
        "12. The meeting discussed criminal justice and the rule of law.",
        "13. Next.",
    ]


def test_a_hard_hyphen_at_a_line_end_stays_and_a_soft_one_goes() -> None:
    """The document's own spelling decides first ("non-custodial" and "caseloads" appear
    whole in paragraph 2), then the lexicon: "prosecutions" is a word, "communitybased" is
    not (a compound of two words), "reinte" + "gration" are not words (one word WordNet does
    not list). A capital after the hyphen is a compound's next word, with no space."""
    text = (
        "Report\n\n"
        "1. Courts with heavy case-\nloads imposed non-\ncustodial sentences, cut crimi-\n"
        "nal prosecu-\ntions and left community-\nbased work and the reinte-\ngration of\n"
        "first-\ntime offenders to the Directorate-\nGeneral.\n\n"
        "2. Caseloads fell where non-custodial sentences were used.\n"
    )
    assert split_blocks(text)[1] == (
        "1. Courts with heavy caseloads imposed non-custodial sentences, cut criminal "
        "prosecutions and left community-based work and the reintegration of first-time "
        "offenders to the Directorate-General."
    )
    doc = parse_text(text, doc_id="x")
    assert_every_word_once(text, doc)


def test_the_word_count_takes_a_kept_line_end_hyphen_either_way_and_still_finds_losses() -> None:
    text = "Report\n\n1. Wider use of non-\ncustodial measures.\n"
    doc = parse_text(text, doc_id="x")
    assert doc.units[-1].text == "Wider use of non-custodial measures."
    assert_every_word_once(text, doc)  # "non" + "custodial" stand for "noncustodial"
    for more in ("and non-\ncustodial ones.", "and custodial ones."):
        with pytest.raises(AssertionError, match="lost"):
            assert_every_word_once(text.replace("measures.", f"measures {more}"), doc)


def test_paragraph_numbering_may_start_anywhere_in_an_addendum() -> None:
    text = "Report\n\nII. Part\n\n45. First paragraph here.\n\n46. Second one.\n\n"
    assert parse_text(text, doc_id="x").unit_ids == ["front", "45", "46"]


def test_duplicate_paragraph_numbers_stay_citable() -> None:
    text = (
        "T\n\nI. A\n\n1. One.\n\n2. Two.\n\nAnnex\n\n"
        "1. Annex one restarts numbering here and is long enough.\n"
    )
    ids = parse_text(text, doc_id="x").unit_ids
    assert len(ids) == len(set(ids))
    assert re.fullmatch(r"1~2", ids[-1])


def test_a_long_subtitle_under_an_annex_heading_does_not_continue_the_last_paragraph() -> None:
    # Word files give the annex a heading and a subtitle of their own; the subtitle, longer
    # than a plain heading and with no full stop, was added to the last paragraph's text.
    text = (
        "I. Closing\n\n"
        "45. In her closing remarks, the Chair thanked the participants.\n\n"
        "Annex\n\n"
        "Children in conflict with the law: national figures for 2024 reported by experts\n\n"
        "State | Cases diverted\nChile | 6,820\nKenya | 3,020"
    )
    doc = parse_text(text, doc_id="annex-subtitle")
    by_id = {u.unit_id: u for u in doc.units}
    assert by_id["45"].text == "In her closing remarks, the Chair thanked the participants."
    assert by_id["annex.1"].section[-1].startswith("Children in conflict with the law")
    assert_every_word_once(text, doc)


def test_figures_alone_are_the_text_of_the_paragraph_before_them_not_a_heading() -> None:
    """A table's rows that reach the parser as plain lines of figures head nothing: read as a
    heading, the figures would be lost to search and to citation."""
    text = (
        "Report\n\nI. Seizures\n\n1. The customs service reported the results shown below:\n\n"
        "2022 37 418 24.6\n2023 52 655 40.2\n\nB. Next steps\n\n2. The meeting went on.\n"
    )
    doc = parse_text(text, doc_id="x")
    assert doc.unit_ids == ["front", "1", "2"]
    assert doc.units[1].text.endswith("below:\n2022 37 418 24.6\n2023 52 655 40.2")
    assert doc.headings == ["I. Seizures", "B. Next steps"]


def test_one_long_line_in_wrapped_text_does_not_make_every_line_a_paragraph() -> None:
    # A PDF reader writes a footnote's text on one line, longer than any wrapped line: the
    # wrapped paragraphs around it must still be joined, not each line made a heading.
    note = "The Network brings together the law officers of eighteen Pacific island " * 3
    text = (
        "Report of the meeting\n\nI. Organization\n\n"
        "1. The meeting was held in Apia from 3 to\n5 November 2025, and it was opened\n"
        "by the Attorney General.\n"
        "2. The following organizations were represented\nby observers: the Network.\n"
        f"{note.strip()}.\n"
        "3. The meeting adopted its report\non the last day.\n"
    )
    doc = parse_text(text, doc_id="x")
    by_id = {u.unit_id: u.text for u in doc.units}
    assert [u.unit_id for u in doc.units] == ["front", "1", "2", "3"]
    assert by_id["1"] == (
        "The meeting was held in Apia from 3 to 5 November 2025, and it was opened by the "
        "Attorney General."
    )
    assert note.strip() in by_id["2"]
    assert by_id["3"] == "The meeting adopted its report on the last day."


TITLED_TABLE = """Report of a synthetic expert group meeting

Tegucigalpa, 14–16 October 2025

I. Deliberations

1. The Secretariat presented the following figures on kidnappings recorded by the police:

Kidnappings for ransom recorded by the police in selected countries, 2022–2024

Country | 2022 | 2023
Honduras | 63 | 58
Panama | 22 | 31

2. The expert from Mexico described virtual kidnapping.
"""


def test_a_table_s_title_is_the_paragraph_s_as_its_table_is() -> None:
    """The line between a paragraph and its table titles the table: it is read into that
    paragraph, with the table, not as a heading over every paragraph after it."""
    doc = parse_text(TITLED_TABLE, doc_id="titled")
    by_id = {u.unit_id: u for u in doc.units}
    assert "Kidnappings for ransom recorded by the police" in by_id["1"].text
    assert "Honduras | 63 | 58" in by_id["1"].text
    assert not any("Kidnappings" in heading for heading in by_id["2"].section)
    assert_every_word_once(TITLED_TABLE, doc)


def test_what_a_paragraph_announces_with_a_colon_stays_in_it() -> None:
    """A web address on a line of its own after "… on the web page of the Congress:" (a line
    break in a Word paragraph, blind test document synthetic-hate-crime-egm) is what the
    paragraph announces, not a heading: read as one, it left its paragraph."""
    text = (
        "Report of a synthetic meeting\n\nRabat, 3–4 March 2025\n\nI. Adoption of the report\n\n"
        "1. The papers are available on the web page of the Congress:\n"
        "www.unodc.org/crimecongress\n\n2. The meeting closed.\n"
    )
    doc = parse_text(text, doc_id="w")
    by_id = {u.unit_id: u for u in doc.units}
    assert by_id["1"].text.endswith("Congress: www.unodc.org/crimecongress"), by_id["1"].text
    assert "www.unodc.org/crimecongress" not in doc.headings
    assert_every_word_once(text, doc)
