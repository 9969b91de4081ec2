"""Layouts found by writing new documents before the parser ran on them, round 4, PDF: a compound
broken at a line end after its own hyphen, a note Word goes on with overleaf after a full stop,
the recycling caption under a first page's footer, a raised ordinal suffix, a title's asterisk
note. Each file made by fpdf2, every word in exactly one unit, every paragraph citable by its
number."""

from __future__ import annotations

from pathlib import Path

import pytest
from _words import assert_every_word_once
from fpdf import FPDF

from congress_qa import get_settings
from ingest import ParsedDocument, parse_file

MASTHEAD = ["A/CONF.234/RPM.5/1", "Report of the meeting"]


def _texts(doc: ParsedDocument) -> dict[str, str]:
    return {u.unit_id: u.text for u in doc.units}


def _lines_pdf(path: Path, blocks: list[list[str]]) -> None:
    """Each block's lines set one under the other as given, a wider gap between blocks."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Times", "", 10)
    y = 20.0
    for block in blocks:
        for line in block:
            pdf.text(20, y, line)
            y += 4.5  # 10-point type set solid plus a little leading (about 12.8 pt)
        y += 3  # the space between paragraphs
    pdf.output(str(path))


def test_compounds_broken_after_their_own_hyphen_keep_it(tmp_path: Path) -> None:
    """Word breaks a line after a compound's own hyphen, and a report nobody hyphenated
    breaks lines nowhere else. A compound the document writes only once lost its hyphen
    ("cyberenabled", "followup", "counterterrorism"): the lexicon lists some joined forms,
    and some first pieces ("cyber", "multi") are no words of their own. (A first piece that
    is no word before a joined form that is one, "socio-" + "economic", still reads closed:
    so does a typesetter's "com-" + "pounds".)"""
    blocks = [
        MASTHEAD[:1],
        MASTHEAD[1:],
        ["1. Speakers described laws on cyber-", "enabled offences adopted since 2023."],
        [
            "2. The meeting requested the secretariat to ensure the follow-",
            "up of its recommendations.",
        ],
        [
            "3. Speakers called for multi-",
            "stakeholder consultations on counter-",
            "terrorism and cross-",
            "border cooperation.",
        ],
    ]
    path = tmp_path / "compounds.pdf"
    _lines_pdf(path, blocks)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2", "3"]
    assert parsed.headings == []
    texts = _texts(parsed)
    assert texts["1"] == "Speakers described laws on cyber-enabled offences adopted since 2023."
    assert texts["2"] == (
        "The meeting requested the secretariat to ensure the follow-up of its recommendations."
    )
    assert texts["3"] == (
        "Speakers called for multi-stakeholder consultations on counter-terrorism and "
        "cross-border cooperation."
    )
    assert_every_word_once("\n\n".join("\n".join(b) for b in blocks), parsed)


_FILLER = (
    "The meeting was held in Abidjan and was attended by representatives of thirty-one "
    "States of the region."
)


def _note_overleaf_pdf(path: Path, note_first_part: str, note_rest: str) -> None:
    """Paragraph 1 calls note 1, whose first part stands at page 1's foot under the short
    rule; Word goes on with it at page 2's foot, under a rule the text's width, below the
    first line of paragraph 10, which page 3 ends."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Times", "", 10)
    pdf.text(72, 32, MASTHEAD[0])
    pdf.text(72, 52, MASTHEAD[1])
    pdf.text(72, 77, "1. The meeting was held pursuant to resolution 79/176.")
    pdf.set_font("Times", "", 6)  # a raised note mark
    pdf.text(288.5, 73.5, "1")
    pdf.set_font("Times", "", 10)
    for k in range(5):
        pdf.text(72, 102 + 20 * k, f"{k + 2}. {_FILLER}")
    pdf.line(72, 684, 216, 684)
    pdf.set_font("Times", "", 6)
    pdf.text(72, 689, "1")
    pdf.set_font("Times", "", 8)
    pdf.text(82, 692, note_first_part)
    pdf.add_page()
    pdf.set_font("Times", "", 10)
    for k in range(3):
        pdf.text(72, 32 + 20 * k, f"{k + 7}. {_FILLER}")
    pdf.text(72, 92, "10. Member States should strengthen the financial investigation capacity")
    pdf.line(72, 674, 523, 674)
    pdf.set_font("Times", "", 8)
    pdf.text(82, 682, note_rest)
    pdf.add_page()
    pdf.set_font("Times", "", 10)
    pdf.text(72, 32, "of law enforcement agencies and establish asset recovery offices.")
    pdf.text(72, 52, "11. The meeting adopted its report.")
    pdf.output(str(path))


@pytest.mark.parametrize("ending", [".", " and"])
def test_a_note_continued_overleaf_after_a_full_stop_stays_a_note(
    tmp_path: Path, ending: str
) -> None:
    """Word goes on with a long note at the foot of the next page, under a rule, without a
    number. Where the first part ended a sentence, the rest was read as the page's text:
    spliced into paragraph 9, and paragraph 10, cut by the page break, read as a heading.
    (Cut mid-sentence, the note was already read whole.)"""
    first = "The Assembly requested the Secretary-General to hold regional meetings" + ending
    rest = "Information on earlier meetings is available from the secretariat."
    path = tmp_path / "note-overleaf.pdf"
    _note_overleaf_pdf(path, first, rest)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", *(str(n) for n in range(1, 12))]
    assert parsed.headings == []
    texts = _texts(parsed)
    assert texts["1"] == (f"The meeting was held pursuant to resolution 79/176. {first} {rest}")
    assert texts["9"] == _FILLER
    assert texts["10"] == (
        "Member States should strengthen the financial investigation capacity of law "
        "enforcement agencies and establish asset recovery offices."
    )
    said = [
        *MASTHEAD,
        "1. The meeting was held pursuant to resolution 79/176.",
        f"{first} {rest}",  # the note, its number and mark dropped as marks
        *(f"{n}. {_FILLER}" for n in range(2, 10)),
        texts["10"].join(["10. ", ""]),
        "11. The meeting adopted its report.",
    ]
    assert_every_word_once("\n\n".join(said), parsed)


# What the first page of ``_first_page_footer_pdf`` and the page after it say (the footer's
# job number, barcode and recycling caption are no text of the report).
_FIRST_PAGE_SAID = [
    *MASTHEAD,
    "The present document is being issued without formal editing.",
    "1. Speakers described laws on, in particular:",
    "(i) The fraudulent use of mobile payment accounts;",
    "(ii) The sexual exploitation of children through online platforms.",
    "2. The meeting adopted its report.",
]


def _first_page_footer_pdf(path: Path, recycle: bool) -> None:
    """A UN first page: the title's "*" note under a short rule, then the footer (job number
    with dates, its barcode) and, under it, the recycling logo's caption; item 1(ii) starts
    page 2, which has a running header and a page and job number."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Times", "", 10)
    pdf.text(72, 32, MASTHEAD[0])
    pdf.set_font("Times", "B", 12)
    pdf.text(72, 52, MASTHEAD[1])
    pdf.set_font("Times", "B", 8)
    pdf.text(190, 48, "*")
    pdf.set_font("Times", "", 10)
    pdf.text(72, 77, "1. Speakers described laws on, in particular:")
    pdf.text(100, 92, "(i) The fraudulent use of mobile payment accounts;")
    pdf.line(72, 694, 216, 694)
    pdf.set_font("Times", "", 8)
    pdf.text(72, 704, "*")
    pdf.text(82, 704, "The present document is being issued without formal editing.")
    pdf.text(72, 730, "V.25-01234 (E)    020425    030425")
    pdf.set_font("Courier", "", 14)
    pdf.text(72, 748, "*2501234*")
    if recycle:
        pdf.set_font("Times", "", 7)
        pdf.text(452, 762, "Please recycle")
    pdf.add_page()
    pdf.set_font("Times", "B", 9)
    pdf.text(72, 40, MASTHEAD[0])  # the running header
    pdf.set_font("Times", "", 10)
    pdf.text(100, 72, "(ii) The sexual exploitation of children through online platforms.")
    pdf.text(72, 92, "2. The meeting adopted its report.")
    pdf.set_font("Times", "", 8)
    pdf.text(72, 742, "2/2")
    pdf.text(480, 742, "V.25-01234")
    pdf.output(str(path))


def test_text_under_the_first_page_footer_is_furniture(tmp_path: Path) -> None:
    """Under the first page's job number and barcode, the recycling logo's caption ("Please
    recycle") was kept as text and joined to page 2's first line, and item 1(ii), no longer
    at a line start, lost its label into item 1's text."""
    path = tmp_path / "first-page-footer.pdf"
    _first_page_footer_pdf(path, recycle=True)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "1(i)", "1(ii)", "2"]
    assert parsed.headings == []
    texts = _texts(parsed)
    assert texts["1"] == "Speakers described laws on, in particular:"
    assert texts["1(ii)"] == "The sexual exploitation of children through online platforms."
    assert_every_word_once("\n\n".join(_FIRST_PAGE_SAID), parsed)


def test_a_raised_ordinal_suffix_is_text(tmp_path: Path) -> None:
    """ "21" + a raised, smaller "st": the letters passed for a note mark and were dropped
    ("the 21 century"); the suffix a number takes as an ordinal, set right after it, is text."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Times", "", 10)
    pdf.text(72, 32, MASTHEAD[0])
    pdf.text(72, 52, MASTHEAD[1])
    x = 72.0
    for piece, raised in [
        ("1. The 14", False),
        ("th", True),
        (" Congress discussed crime in the 21", False),
        ("st", True),
        (" century.", False),
    ]:
        # A superscript: about two thirds of the size, raised a third (Word's default).
        pdf.set_font("Times", "", 6.5 if raised else 10)
        pdf.text(x, 77 - (3.6 if raised else 0), piece)
        x += pdf.get_string_width(piece)
    pdf.set_font("Times", "", 10)
    pdf.text(72, 97, "2. The meeting adopted its report.")
    path = tmp_path / "ordinal.pdf"
    pdf.output(str(path))
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "2"]
    assert _texts(parsed)["1"] == "The 14th Congress discussed crime in the 21st century."
    said = [
        *MASTHEAD,
        "1. The 14th Congress discussed crime in the 21st century.",
        "2. The meeting adopted its report.",
    ]
    assert_every_word_once("\n\n".join(said), parsed)


def test_a_title_s_asterisk_note_stays_in_the_front_matter(tmp_path: Path) -> None:
    """ "* The present document is being issued without formal editing.", the title's note at
    the first page's foot: read as text, with no number to call it, it ended the unit page 1
    ended with (item 1(i))."""
    path = tmp_path / "asterisk-note.pdf"
    _first_page_footer_pdf(path, recycle=False)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids == ["front", "1", "1(i)", "1(ii)", "2"]
    texts = _texts(parsed)
    assert texts["1(i)"] == "The fraudulent use of mobile payment accounts;"
    assert texts["front"].endswith(
        "Report of the meeting *\nThe present document is being issued without formal editing."
    )
    assert parsed.meta.title == "Report of the meeting"
    assert_every_word_once("\n\n".join(_FIRST_PAGE_SAID), parsed)


_PARTICIPANTS = [
    ("Argentina", "Gonzalo Ibanez", "Ambassador"),
    ("Brazil", "Joao Guimaraes", "Prosecutor"),
    ("Chile", "Constanza Nunez", "Judge"),
    ("Cuba", "Yanelis Ortiz", "Legal Adviser"),
    ("Peru", "Rocio Huaman", "Director"),
    ("Uruguay", "Ana Silva", "Judge"),
]


def _header_overleaf_pdf(
    path: Path, rows_before_break: int, bottom: float = 255, top: float = 40
) -> list[str]:
    """A report whose annex table the page break cuts after ``rows_before_break`` rows, its
    last row on page 1 set at ``bottom`` mm; the header row is repeated on page 2 at ``top``
    mm. What the document says."""
    head = ("State", "Name", "Title")
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    said = [*MASTHEAD]
    for n, line in enumerate(MASTHEAD):
        pdf.text(25, 20 + 6 * n, line)
    for n in (1, 2):
        text = f"{n}. The meeting was held in Santiago and adopted its report on day {n}."
        pdf.text(25, 30 + 10 * n, text)
        said.append(text)
    pdf.text(25, 70, "Annex")
    pdf.text(25, 77, "List of participants")
    said += ["Annex", "List of participants", " ".join(head)]
    said += [" ".join(row) for row in _PARTICIPANTS]

    def row(cells: tuple[str, ...], y: float) -> None:
        # Cells at fixed columns with a rule under the row, as annex tables are set.
        for x, cell in zip((25, 70, 130), cells, strict=True):
            pdf.text(x, y, cell)
        pdf.line(25, y + 2, 185, y + 2)

    y = bottom - 7 * (rows_before_break + 1)
    for cells in [head, *_PARTICIPANTS[:rows_before_break]]:
        row(cells, y)
        y += 7
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for k, cells in enumerate([head, *_PARTICIPANTS[rows_before_break:]]):
        row(cells, top + 7 * k)
    pdf.output(str(path))
    return said


@pytest.mark.parametrize("rows_before_break", [1, 5])
def test_a_table_header_repeated_overleaf_beside_one_row_is_read_once(
    tmp_path: Path, rows_before_break: int
) -> None:
    """A browser or Word repeats a table's header row on the page after a break. Where a side
    of the break holds the header and one row, too few rows to be read as a table, the
    repeat was read as text: "State Name Title" twice."""
    path = tmp_path / "header-overleaf.pdf"
    said = _header_overleaf_pdf(path, rows_before_break)
    parsed = parse_file(path, get_settings())
    assert parsed.unit_ids[:3] == ["front", "1", "2"]
    assert_every_word_once("\n\n".join(said), parsed)
