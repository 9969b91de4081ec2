"""UN reports saved or exported as HTML, Markdown and plain text, in the layouts real ones
have: every body word in exactly one unit, the unit ids the document's own numbers, and no
furniture or markup in any unit. Real files written to tmp_path, read by the real readers."""

from __future__ import annotations

from pathlib import Path

from _words import assert_every_word_once

from congress_qa import get_settings
from ingest import parse_file, read_document

TITLE = "Report of the synthetic expert group meeting on cybercrime"
P1 = "The meeting was held in Vienna from 3 to 5 March 2025 and was attended by 40 experts."
P2 = "The meeting elected the following officers:"
OFFICERS = ["Chair: Ana Lima (Brazil)", "Rapporteur: Kofi Mensah (Ghana)"]
P3 = "Experts noted that ransomware attacks on hospitals had doubled since 2022."
P4 = "The meeting adopted its report on 5 March 2025."


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _parse(path: Path):  # noqa: ANN202
    return parse_file(path, get_settings())


def _by_id(doc) -> dict[str, str]:  # noqa: ANN001
    return {u.unit_id: " ".join(u.text.split()) for u in doc.units}


def _every(doc) -> str:  # noqa: ANN001
    return " ".join([*(u.text for u in doc.units), *doc.headings])


# ------------------------------------------------------------------------------------ HTML


def test_html_paragraph_numbers_in_their_own_span(tmp_path: Path) -> None:
    """A CMS sets the number in a span of its own, floated by CSS: no space in the markup
    between "12." and the text, or a non-breaking one."""
    paras = [(12, P1), (13, P3), (14, P4)]
    seps = ["", "&nbsp;", " "]
    body = "".join(
        f'<p class="para"><span class="para-num">{n}.</span>{sep}<span>{t}</span></p>'
        for (n, t), sep in zip(paras, seps, strict=True)
    )
    path = _write(tmp_path / "spans.html", f"<html><body><h1>{TITLE}</h1>{body}</body></html>")
    doc = _parse(path)
    assert doc.unit_ids == ["front", "12", "13", "14"]
    assert _by_id(doc)["12"] == P1
    said = "\n".join([TITLE, *(f"{n}. {t}" for n, t in paras)])
    assert_every_word_once(said, doc)


def test_html_paragraph_numbers_in_a_layout_table_cell(tmp_path: Path) -> None:
    """Word's "Save as web page" of a print conversion: each paragraph a row of a borderless
    table, its number in the first cell and its text in the second; sub-items likewise."""
    rows = [("1.", P1), ("2.", P3), ("(a)", "Hospitals;"), ("(b)", "Schools."), ("3.", P4)]
    table = "".join(f"<tr><td width='40'>{m}</td><td>{t}</td></tr>" for m, t in rows)
    markup = (
        f"<html><body><p>{TITLE}</p><h2>I. Deliberations</h2>"
        f"<table border='0'>{table}</table></body></html>"
    )
    doc = _parse(_write(tmp_path / "layout.html", markup))
    assert doc.unit_ids == ["front", "1", "2", "2(a)", "2(b)", "3"]
    units = _by_id(doc)
    assert units["2"] == P3 and units["2(b)"] == "Schools."
    assert not any("|" in t for t in units.values())
    said = "\n".join([TITLE, "I. Deliberations", *(f"{m} {t}" for m, t in rows)])
    assert_every_word_once(said, doc)


def test_html_built_of_divs_with_no_p(tmp_path: Path) -> None:
    markup = (
        "<html><body><div class='doc'><div class='title'>" + TITLE + "</div>"
        "<div class='h'>I. Organization of the meeting</div>"
        f"<div class='para'>1. {P1}</div>"
        f"<div class='para'><div>2. {P2}</div><div>{OFFICERS[0]}</div>"
        f"<div>{OFFICERS[1]}</div></div>"
        f"<div class='para'>3. {P3}</div></div></body></html>"
    )
    doc = _parse(_write(tmp_path / "divs.html", markup))
    assert doc.unit_ids == ["front", "1", "2", "3"]
    units = _by_id(doc)
    assert units["2"] == " ".join([P2, *OFFICERS])
    assert doc.headings == ["I. Organization of the meeting"]
    said = "\n".join([TITLE, "I. Organization of the meeting", P1, P2, *OFFICERS, P3])
    assert_every_word_once(said + " 1 2 3", doc)


def test_html_br_separated_lines_inside_one_p(tmp_path: Path) -> None:
    """A pasted export: the officers after <br>, and two paragraphs in one <p>."""
    markup = (
        f"<html><body><p>{TITLE}</p>"
        f"<p>1. {P1}</p>"
        f"<p>2. {P2}<br>{OFFICERS[0]}<br/>{OFFICERS[1]}</p>"
        f"<p>3. {P3}<br><br>4. {P4}</p></body></html>"
    )
    doc = _parse(_write(tmp_path / "br.html", markup))
    assert doc.unit_ids == ["front", "1", "2", "3", "4"]
    units = _by_id(doc)
    assert units["2"] == " ".join([P2, *OFFICERS])
    assert units["3"] == P3 and units["4"] == P4
    said = "\n".join([TITLE, f"1. {P1}", f"2. {P2}", *OFFICERS, f"3. {P3}", f"4. {P4}"])
    assert_every_word_once(said, doc)


def test_html_table_cells_spanning_columns_and_rows_keep_every_row_s_columns(
    tmp_path: Path,
) -> None:
    """A heading cell over two columns (colspan) and cells down two heading rows (rowspan):
    each row is written with the table's columns, the spanned places left empty, so a
    figure stays under its heading ("2024" under "DNA profiles held")."""
    table = (
        "<table><tr><th rowspan='2'>State</th><th colspan='2'>DNA profiles held</th>"
        "<th rowspan='2'>Matches reported in 2024</th></tr>"
        "<tr><th>2023</th><th>2024</th></tr>"
        "<tr><td>Estonia</td><td>118,302</td><td>124,775</td><td>1,487</td></tr></table>"
    )
    markup = (
        f"<html><body><h1>{TITLE}</h1><p>1. Experts gave the figures below:</p>{table}"
        f"<p>2. {P4}</p></body></html>"
    )
    doc = _parse(_write(tmp_path / "spans.html", markup))
    assert doc.unit_ids == ["front", "1", "2"]
    unit = next(u for u in doc.units if u.unit_id == "1")
    assert unit.text.split("\n")[1:] == [
        "State | DNA profiles held | | Matches reported in 2024",
        "| 2023 | 2024 |",
        "Estonia | 118,302 | 124,775 | 1,487",
    ]


def test_html_entities_nbsp_and_soft_hyphens(tmp_path: Path) -> None:
    markup = (
        f"<html><body><p>{TITLE}</p>"
        "<p>1.&nbsp;The meeting discussed trans&shy;national organized crime &amp; "
        "the Secretary&#8209;General&rsquo;s report (A/79/123).</p>"
        "<p>2.&#160;&#160;Participants cited crimi&shy;nal&nbsp;justice responses.</p>"
        "</body></html>"
    )
    doc = _parse(_write(tmp_path / "entities.html", markup))
    assert doc.unit_ids == ["front", "1", "2"]
    units = _by_id(doc)
    assert units["1"] == (
        "The meeting discussed transnational organized crime & "
        "the Secretary\u2011General\u2019s report (A/79/123)."
    )
    assert units["2"] == "Participants cited criminal justice responses."
    assert not any(x in _every(doc) for x in ("&nbsp;", "&shy;", "\u00ad", "&amp;"))
    said = (
        f"{TITLE}\n1. The meeting discussed transnational organized crime the Secretary "
        "General s report (A/79/123).\n2. Participants cited criminal justice responses."
    )
    assert_every_word_once(said, doc)


def test_html_annex_table_of_participants(tmp_path: Path) -> None:
    rows = [
        ("State", "Name", "Title"),
        ("Austria", "Eva Gruber", "Federal Ministry of Justice"),
        ("Chile", "Pedro Soto", "Fiscalía Nacional"),
    ]
    table = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows)
    markup = (
        f"<html><body><p>{TITLE}</p><p>1. {P1}</p><p>2. {P4}</p>"
        f"<h2>Annex</h2><h3>List of participants</h3><table>{table}</table></body></html>"
    )
    doc = _parse(_write(tmp_path / "participants.html", markup))
    assert doc.unit_ids == ["front", "1", "2", "annex.1"]
    assert _by_id(doc)["annex.1"] == " ".join(" | ".join(r) for r in rows)
    said = "\n".join([TITLE, f"1. {P1}", f"2. {P4}", "Annex List of participants"])
    assert_every_word_once(said + "\n" + " ".join(" ".join(r) for r in rows), doc)


def test_html_blockquote_inside_a_paragraph(tmp_path: Path) -> None:
    """A quotation set as a blockquote between the paragraph's lead and its end."""
    quote = "Crime prevention is everyone's business, and no State can do it alone."
    markup = (
        f"<html><body><p>{TITLE}</p><p>1. {P1}</p>"
        "<p>2. The Chair read out a message from the Secretary-General, which said:</p>"
        f"<blockquote><p>&ldquo;{quote}&rdquo;</p></blockquote>"
        "<p>The experts welcomed the message.</p>"
        f"<p>3. {P4}</p></body></html>"
    )
    doc = _parse(_write(tmp_path / "quote.html", markup))
    assert doc.unit_ids == ["front", "1", "2", "3"]
    units = _by_id(doc)
    assert quote in units["2"] and units["2"].endswith("welcomed the message.")
    said = (
        f"{TITLE}\n1. {P1}\n2. The Chair read out a message from the Secretary-General, "
        f"which said: {quote} The experts welcomed the message.\n3. {P4}"
    )
    assert_every_word_once(said, doc)


def test_html_comments_scripts_styles_nav_and_footer_stay_out(tmp_path: Path) -> None:
    markup = (
        "<!DOCTYPE html><html><head><title>UNODC - Report</title>"
        "<style>p.para { margin-left: 2em } /* stylesheet words */</style>"
        "<script>var tracker = 'analytics words';</script></head><body>"
        "<header><nav><a href='/'>Home</a> | <a href='/crime'>Crime Congress</a></nav></header>"
        "<!-- Generated by the content management system; comment words -->"
        f"<main><h1>{TITLE}</h1><p>1. {P1}</p><!-- editor's note: check figures -->"
        f"<p>2. {P3}</p><noscript>Enable JavaScript please</noscript></main>"
        "<footer><p>Copyright United Nations 2025. Terms of use. Privacy notice.</p></footer>"
        "<script>document.write('late script words')</script></body></html>"
    )
    doc = _parse(_write(tmp_path / "chrome.html", markup))
    assert doc.unit_ids == ["front", "1", "2"]
    every = _every(doc)
    for furniture in ("margin", "tracker", "Home", "comment", "editor", "JavaScript",
                      "Copyright", "Privacy", "late script"):  # fmt: skip
        assert furniture not in every, furniture
    assert_every_word_once(f"{TITLE}\n1. {P1}\n2. {P3}", doc)


def test_html_site_banner_sidebar_cookie_notice_and_skip_link_stay_out(tmp_path: Path) -> None:
    """A report as a website publishes it: a skip link, a banner with language links, the
    site's name, its search and menu; a sidebar of downloads and share links after the main
    part; a cookie notice. None is the document's (blind test document, travel-documents:
    they made a unit of their own and filled the front matter). A header of the document's
    own front matter, with no navigation, is read."""
    markup = (
        "<html><head><title>Report</title></head><body>"
        "<a class='skip-link' href='#content'>Skip to main content</a>"
        "<header class='site'><div><a href='/fr/' lang='fr'>Français</a> | "
        "<a href='/ru/' lang='ru'>Русский</a></div>"
        "<form role='search'><label>Search</label><button>Go</button></form>"
        "<div class='brand'><a href='/'>Office on Drugs and Crime</a></div>"
        "<nav><a href='/'>Home</a></nav></header>"
        "<header class='doc'><p>UNODC/CCPCJ/EG.9/2025/1</p><p>Distr.: General</p></header>"
        f"<main id='content'><h1>{TITLE}</h1><p>1. {P1}</p><p>2. {P3}</p></main>"
        "<aside><h2>Download</h2><ul><li><a href='/r.pdf'>PDF (English, 412 KB)</a></li>"
        "</ul><h2>Share this page</h2></aside>"
        "<div role='dialog'><p>This website uses cookies to analyse traffic.</p>"
        "<button>Accept</button></div>"
        "</body></html>"
    )
    doc = _parse(_write(tmp_path / "site.html", markup))
    assert doc.unit_ids == ["front", "1", "2"]
    every = _every(doc)
    for furniture in ("Skip", "Français", "Search", "Office on Drugs", "Home", "Download",
                      "Share", "cookies", "Accept"):  # fmt: skip
        assert furniture not in every, furniture
    assert "UNODC/CCPCJ/EG.9/2025/1" in _by_id(doc)["front"]
    said = f"UNODC/CCPCJ/EG.9/2025/1\nDistr.: General\n{TITLE}\n1. {P1}\n2. {P3}"
    assert_every_word_once(said, doc)


def test_html_raised_note_numbers_without_back_links(tmp_path: Path) -> None:
    """A note called by a raised number linking down to it, the note not linking back (no
    pandoc or Word back-link): the note ends the paragraph that calls it, and the list of
    notes is no run of paragraphs ("1~2" and so on, before). A paragraph that leads into its
    table ("… in the table below:") keeps the table next to it; its note ends the table."""
    note1 = "Replies to the questionnaire of May 2025."
    note2 = "Protocol against the Smuggling of Migrants (Treaty Series, vol. 2241)."
    markup = (
        f"<html><body><h1>{TITLE}</h1>"
        "<p>1. The Secretariat presented the figures of 2024,<sup><a href='#fn1'>1</a></sup> "
        "set out in the table below:</p>"
        "<table><tr><th>State</th><th>Cases</th></tr><tr><td>France</td><td>3,940</td></tr>"
        "</table>"
        f"<p>2. {P3}<sup><a href='#fn2'>2</a></sup></p>"
        f"<section class='footnotes'><hr><ol><li id='fn1'>{note1}</li>"
        f"<li id='fn2'>{note2}</li></ol></section></body></html>"
    )
    doc = _parse(_write(tmp_path / "notes.html", markup))
    assert doc.unit_ids == ["front", "1", "2"]
    units = {u.unit_id: u.text for u in doc.units}
    lead = "1. The Secretariat presented the figures of 2024, set out in the table below:"
    assert units["1"].split("\n") == [
        lead.removeprefix("1. "),
        "State | Cases",
        "France | 3,940",
        note1,
    ]
    assert " ".join(units["2"].split()) == f"{P3} {note2}"
    said = f"{TITLE}\n{lead}\nState Cases France 3,940\n{note1}\n2. {P3}\n{note2}"
    assert_every_word_once(said, doc)


# -------------------------------------------------------------------------------- Markdown


def test_markdown_numbered_lists_that_restart_and_lettered_lines(tmp_path: Path) -> None:
    """An agenda numbered from 1 inside paragraph 3, the paragraphs going on at 4; lettered
    sub-items typed as indented "(a) …" lines; a hard-wrapped paragraph."""
    text = f"""\
# {TITLE}

1. {P1}

2. The experts identified the following
   challenges for investigators, in
   particular:

   (a) Encrypted communications;

   (b) Cross-border access to electronic evidence.

3. The meeting adopted the following agenda:

    1. Opening of the meeting.
    2. Adoption of the agenda.
    3. Cybercrime trends.

4. {P3}

5. {P4}
"""
    doc = _parse(_write(tmp_path / "lists.md", text))
    assert doc.unit_ids == ["front", "1", "2", "2(a)", "2(b)", "3", "4", "5"]
    units = _by_id(doc)
    assert units["2"] == (
        "The experts identified the following challenges for investigators, in particular:"
    )
    assert units["3"] == (
        "The meeting adopted the following agenda: 1. Opening of the meeting. "
        "2. Adoption of the agenda. 3. Cybercrime trends."
    )
    assert_every_word_once(text, doc)


def test_markdown_setext_headings_and_a_list_heading_after_names(tmp_path: Path) -> None:
    """Headings underlined with === and ---; the underlines are markup, and "List of
    documents", underlined after the participants' names, heads the next list (it is
    marked a heading as "### …" would mark it)."""
    text = f"""\
{TITLE}
{"=" * len(TITLE)}

I. Organization of the meeting
------------------------------

1. {P1}

2. {P4}

Annex
=====

List of participants
--------------------

Brazil
Ana Lima, Federal Police

Ghana
Kofi Mensah, Ministry of Justice

List of documents
-----------------

UNODC/EG.9/2025/L.1 Provisional agenda
UNODC/EG.9/2025/INF/1 Information for participants
"""
    doc = _parse(_write(tmp_path / "setext.md", text))
    assert doc.unit_ids[:3] == ["front", "1", "2"]
    assert "I. Organization of the meeting" in doc.headings
    assert "List of documents" in doc.headings
    units = _by_id(doc)
    participants = next(t for u, t in units.items() if u.startswith("annex") and "Ghana" in t)
    assert "List of documents" not in participants
    assert not any(c in _every(doc) for c in ("===", "---"))
    assert_every_word_once(text, doc)


def test_markdown_pipe_tables_and_html_inside(tmp_path: Path) -> None:
    """A pipe table under a paragraph and in the annex; inline HTML (a raised note number,
    a <br>, a centred div, an anchor, a comment) is markup, its words kept."""
    text = f"""\
<div align="center">

**{TITLE}**

</div>

<a name="para1"></a>
1. Experts reported the following cases<sup>1</sup> for 2024:

| Region | Cases |
|:-------|------:|
| Africa | 1,204 |
| Europe | 3,410 |

2. The experts met in two groups:<br>the first on prevention;<br>the second on
cooperation. <!-- check with the Secretariat -->

# Annex

| Symbol | Title |
| --- | --- |
| UNODC/EG.9/2025/L.1 | Provisional agenda |
"""
    doc = _parse(_write(tmp_path / "tables.md", text))
    assert doc.unit_ids == ["front", "1", "2", "annex.1"]
    units = _by_id(doc)
    assert units["1"].endswith("Region | Cases Africa | 1,204 Europe | 3,410")
    assert units["annex.1"] == "Symbol | Title UNODC/EG.9/2025/L.1 | Provisional agenda"
    every = _every(doc)
    for markup in ("<", ">", "sup", "br", "div", "align", "Secretariat", "para1"):
        assert markup not in every, markup
    said = (
        f"{TITLE}\n1. Experts reported the following cases1 for 2024: Region Cases Africa "
        "1,204 Europe 3,410\n2. The experts met in two groups: the first on prevention; the "
        "second on cooperation.\nAnnex Symbol Title UNODC/EG.9/2025/L.1 Provisional agenda"
    )
    assert_every_word_once(said, doc)


# ------------------------------------------------------------------------------ plain text

_HEADER = "A/CONF.9/EG.1/1"
_LAYOUT_PAGES = [
    f"""\
                                                                      {_HEADER}
 United Nations                                                      Distr.: General
                                                                      2 April 2025

                 {TITLE}

         I. Organization of the meeting

          1.     The meeting was held in Vienna from 3 to 5 March 2025 and was
                 attended by 40 experts from twenty-two States and by observers.

          2.     Experts noted that ransomware attacks on hospitals had doubled
                 since 2022, and that the cost of recovery often exceeded the
                 ransom demanded, in particular for small hospitals in rural
""",
    f"""\
 {_HEADER}

                 areas. They called for the sharing of indicators of compro-
                 mise through national computer emergency response teams.

          3.     The meeting adopted its report on 5 March 2025.

                                                                    Annex

                 List of documents

                 Symbol                            Title

                 UNODC/EG.9/2025/L.1               Provisional agenda
                 UNODC/EG.9/2025/INF/1             Information for participants
                 UNODC/EG.9/2025/CRP.1             Background paper

 2/3
""",
]


def test_pdftotext_layout_with_form_feeds_headers_and_a_cut_paragraph(tmp_path: Path) -> None:
    """``pdftotext -layout``: a form feed between pages, the symbol atop each page and "n/N"
    at the foot, paragraph 2 cut by the page break, a word hyphenated at a line end, and a
    two-column annex list set with wide spaces."""
    text = "\f".join(_LAYOUT_PAGES) + "\f"
    path = _write(tmp_path / "layout.txt", text)
    doc = _parse(path)
    assert doc.unit_ids == ["front", "1", "2", "3", "annex.1"]
    units = _by_id(doc)
    assert units["2"].startswith("Experts noted that ransomware")
    assert "in rural areas. They called" in units["2"]
    assert "indicators of compromise through" in units["2"]
    assert units["3"] == "The meeting adopted its report on 5 March 2025."
    annex = units["annex.1"]
    assert "UNODC/EG.9/2025/INF/1" in annex and "Background paper" in annex
    body = " ".join(t for u, t in units.items() if u != "front")
    assert _HEADER not in body and "2/3" not in body
    assert_every_word_once(text.replace("compro-\n", "compromise\n"), doc, f"{_HEADER} 2 3 mise")
    assert_every_word_once(read_document(path, max_mb=5), doc)


def test_text_copied_from_a_browser_without_blank_lines(tmp_path: Path) -> None:
    """Copied from a web page: no blank lines, numbers followed by a tab (the number in its
    own cell or span), sub-items tabbed, the officers on lines of their own."""
    lines = [
        TITLE,
        "I.\tOrganization of the meeting",
        f"1.\t{P1}",
        f"2.\t{P2}",
        *OFFICERS,
        "3.\tThe experts recommended that States:",
        "(a)\tCriminalize the unauthorized access to computer systems;",
        "(b)\tCooperate in the preservation of electronic evidence.",
        f"4.\t{P3}",
        "II.\tAdoption of the report",
        f"5.\t{P4}",
    ]
    text = "\n".join(lines) + "\n"
    doc = _parse(_write(tmp_path / "copied.txt", text))
    assert doc.unit_ids == ["front", "1", "2", "3", "3(a)", "3(b)", "4", "5"]
    units = _by_id(doc)
    assert units["2"] == " ".join([P2, *OFFICERS])
    assert units["3(a)"].startswith("Criminalize")
    assert doc.headings == ["I. Organization of the meeting", "II. Adoption of the report"]
    assert "\t" not in _every(doc)
    assert_every_word_once(text, doc)
