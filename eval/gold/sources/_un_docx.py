"""Helpers shared by the generators of the synthetic Word reports with Word's automatic
paragraph numbering (the UN template's "1." paragraphs and "(a)" sub-items): numbering.xml
definitions, masthead table borders and cells, the PAGE field, the template's styles,
footnotes, ruled and grid tables, fixed core properties, and a deterministic .docx."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

NUM_ID = 20  # w:num/@w:numId used by the body paragraphs
ABSTRACT_NUM_ID = 20  # w:abstractNum/@w:abstractNumId


def add_numbering_definition(doc, nsid: str) -> None:  # noqa: ANN001 - a python-docx Document
    """Add abstractNum + num for the UN paragraph numbering to numbering.xml (``nsid``: the
    list's own id, one per document)."""
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}">'
        f'<w:nsid w:val="{nsid}"/>'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:tmpl w:val="0409001F"/>'
        # level 0: 1. 2. 3. ... (number at 1134 twips, text at 1701)
        '<w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="1701"/></w:tabs>'
        '<w:ind w:left="1134" w:firstLine="0"/></w:pPr>'
        "</w:lvl>"
        # level 1: (a) (b) (c) ... restarting after each level-0 paragraph
        '<w:lvl w:ilvl="1">'
        '<w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlRestart w:val="1"/>'
        '<w:suff w:val="tab"/><w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="2268"/></w:tabs>'
        '<w:ind w:left="1134" w:firstLine="567"/></w:pPr>'
        "</w:lvl>"
        # level 2: (i) (ii) ... restarting after each level-1 item
        '<w:lvl w:ilvl="2">'
        '<w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlRestart w:val="2"/>'
        '<w:suff w:val="tab"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="2835"/></w:tabs>'
        '<w:ind w:left="1701" w:firstLine="567"/></w:pPr>'
        "</w:lvl>"
        "</w:abstractNum>"
    )
    add_list(doc, abstract, ABSTRACT_NUM_ID, NUM_ID)


def add_list(doc, abstract, abstract_id: int, num_id: int) -> None:  # noqa: ANN001
    """Put a list definition (``abstract``, a w:abstractNum) into numbering.xml with the
    w:num that paragraphs refer to it by (``num_id``)."""
    numbering = doc.part.numbering_part.element
    # schema order: all w:abstractNum before the first w:num
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    abs_ref = OxmlElement("w:abstractNumId")
    abs_ref.set(qn("w:val"), str(abstract_id))
    num.append(abs_ref)
    numbering.append(num)


def set_num(paragraph, ilvl: int) -> None:
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = NUM_ID


def set_cell_borders(table, *, none: bool) -> None:
    """Remove all borders of a table (masthead, contents)."""
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil" if none else "single")
        borders.append(el)
    # schema order inside w:tblPr: tblBorders comes before shd, tblLayout, tblCellMar, tblLook
    for succ in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"):
        nxt = tblPr.find(qn(succ))
        if nxt is not None:
            nxt.addprevious(borders)
            return
    tblPr.append(borders)


def bottom_border(cell, size: int = 12) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "0")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    tcPr.append(borders)


def mark_header_row(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    trPr.append(hdr)


def page_field(paragraph) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def cell_text(cell, lines, *, bold=False, size=None, align=None) -> None:
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align


# --------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------


def deterministic_zip(
    data: bytes,
    fixed_time: tuple[int, ...],
    edit: Callable[[str, bytes], bytes] | None = None,
) -> bytes:
    """The .docx with fixed timestamps and attributes: the same bytes on every run.
    ``edit``: each part's bytes by its name, changed (a converter's dates in docProps)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if edit is not None:
                body = edit(info.filename, body)
            zi = zipfile.ZipInfo(info.filename, date_time=fixed_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def soffice_convert(src: Path, to: str, outdir: str) -> Path:
    """``src`` converted by LibreOffice (``to``: its filter, "pdf" or "docx:MS Word 2007 XML")
    into ``outdir``, with a throwaway user profile there; the converted file's path."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice is needed: apt-get install -y libreoffice-writer-nogui")
    profile = Path(outdir) / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            outdir,
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return Path(outdir) / f"{src.stem}.{to.split(':')[0]}"


def masthead(doc, symbol: str, issuer: str, issuer_size: int, issue_date: str, original: str):  # noqa: ANN001, ANN201
    """The masthead table of a UN document: "United Nations" and the symbol above a rule, the
    issuing organ and the distribution, date and original language above a thick one."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    mast = doc.add_table(rows=2, cols=2)
    mast.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(mast, none=True)
    cell_text(mast.cell(0, 0), ["United Nations"], bold=True, size=12)
    cell_text(mast.cell(0, 1), [symbol], bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(mast.cell(1, 0), [issuer], bold=True, size=issuer_size)
    cell_text(mast.cell(1, 1), ["Distr.: General", issue_date, "", f"Original: {original}"])
    for c in (0, 1):
        bottom_border(mast.cell(0, c), size=4)
        bottom_border(mast.cell(1, c), size=24)
    return mast


# A footnote mark as the generators write it in their text: "{3}".
_MARK_RE = re.compile(r"\{(\d+)\}")


def add_footnotes_part(doc, footnotes: dict[int, str]) -> None:  # noqa: ANN001
    """word/footnotes.xml with the separator notes and ``footnotes`` (number: text), related
    to the document."""
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/>'
        "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
        '<w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>",
    ]
    for number, text in footnotes.items():
        notes.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
            '<w:ind w:left="1134" w:right="1134"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {nsdecls('w')}>{''.join(notes)}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def add_text_with_notes(paragraph, text: str) -> None:  # noqa: ANN001
    """The text as runs, with a footnote reference wherever "{n}" stands."""
    pos = 0
    for m in _MARK_RE.finditer(text):
        paragraph.add_run(text[pos : m.start()])
        footnote_ref(paragraph, int(m.group(1)))
        pos = m.end()
    paragraph.add_run(text[pos:])


def tab_stop(paragraph, pos: int, align: str = "left") -> None:  # noqa: ANN001
    ppr = paragraph._p.get_or_add_pPr()
    tabs = ppr.find(qn("w:tabs"))
    if tabs is None:
        tabs = OxmlElement("w:tabs")
        ppr.insert(0, tabs)
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), align)
    tab.set(qn("w:pos"), str(pos))
    tabs.append(tab)


def base_styles(doc):  # noqa: ANN001, ANN201 - a python-docx Document; its Normal style
    """The UN Word template's text styles: Normal in 10-point Times New Roman (every script),
    and "SingleTxtG", the indented, justified body paragraph based on it. Returns Normal."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Twips

    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Times New Roman")
    single = doc.styles.add_style("SingleTxtG", WD_STYLE_TYPE.PARAGRAPH)
    single.base_style = normal
    single.paragraph_format.left_indent = Twips(1134)
    single.paragraph_format.right_indent = Twips(1134)
    single.paragraph_format.space_after = Pt(6)
    single.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return normal


def outline_level(style, level: int) -> None:  # noqa: ANN001 - a python-docx style
    """Give a paragraph style an outline level, so that the navigation pane and a PDF export
    see the template's own heading styles as headings."""
    pPr = style.element.get_or_add_pPr()
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    pPr.append(el)


def un_heading_styles(doc, normal) -> None:  # noqa: ANN001
    """The UN template's heading styles, chapter "HChG" (14 pt) and section "H1G" (12 pt),
    bold and hanging, based on ``normal``: not Word's Heading 1/2."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Twips

    for name, size, level in (("HChG", 14, 0), ("H1G", 12, 1)):
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.bold = True
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.left_indent = Twips(1134)
        pf.first_line_indent = Twips(-567)
        pf.right_indent = Twips(1134)
        pf.space_before = Pt(12 if level == 0 else 9)
        pf.space_after = Pt(6)
        pf.keep_with_next = True
        outline_level(st, level)


# --------------------------------------------------------------------------------------------
# footnotes
# --------------------------------------------------------------------------------------------


def footnote_styles(doc, normal, size: float) -> None:  # noqa: ANN001
    """The "Footnote Text" paragraph style (``size`` points, based on ``normal``) and the
    superscript "Footnote Reference" character style that add_footnotes_part's notes use."""
    from docx.enum.style import WD_STYLE_TYPE

    fn_text = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    fn_text.base_style = normal
    fn_text.font.size = Pt(size)
    fn_ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.font.superscript = True


def footnote_settings(doc) -> None:  # noqa: ANN001
    """w:footnotePr in settings.xml naming the two separator notes, as Word writes it (before
    w:compat, its schema place)."""
    settings = doc.settings.element
    fpr = parse_xml(
        f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    )
    settings.find(qn("w:compat")).addprevious(fpr)


def footnote_ref(paragraph, number: int) -> None:  # noqa: ANN001
    """A run with the reference to footnote ``number``, in the FootnoteReference style."""
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "FootnoteReference")
    rpr.append(style)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(number))
    run._r.append(ref)


# --------------------------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------------------------


def top_border(cell, size: int = 4) -> None:  # noqa: ANN001
    """A rule above the cell (w:top goes first in w:tcBorders, before a bottom_border's)."""
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcPr.append(borders)
    top = OxmlElement("w:top")
    top.set(qn("w:val"), "single")
    top.set(qn("w:sz"), str(size))
    top.set(qn("w:space"), "0")
    top.set(qn("w:color"), "000000")
    borders.insert(0, top)


def check_totals(rows: list[tuple[str, ...]]) -> None:
    """The last row of a table of figures must be the column totals of the rows between the
    header and it, so that the figures a gold case asks for add up."""
    body = rows[1:-1]
    for j in range(1, len(rows[0])):
        assert sum(int(r[j].replace(",", "")) for r in body) == int(rows[-1][j]), j


def ruled_table(doc, title: str, rows: list[tuple[str, ...]], source: str, widths: list) -> None:  # noqa: ANN001
    """A table of figures in the UN style: a bold title paragraph, horizontal rules only, an
    italic header row repeated on each page, figures flush right, a bold last (total) row,
    and the "Source: ..." note in small type (its first word in italics). ``widths``: the
    columns' widths (python-docx lengths)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    tp = doc.add_paragraph(style="SingleTxtG")
    tp.paragraph_format.keep_with_next = True
    tp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    tp.add_run(title).bold = True

    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(tbl, none=True)
    last = len(rows) - 1
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.width = widths[j]
            cp = cell.paragraphs[0]
            run = cp.add_run(val)
            run.font.size = Pt(9)
            run.italic = i == 0
            run.bold = i == last
            if j > 0:
                cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == 0:
                top_border(cell)
                bottom_border(cell, size=4)
            elif i == last:
                top_border(cell)
                bottom_border(cell, size=12)
    mark_header_row(tbl.rows[0])

    sp = doc.add_paragraph(style="SingleTxtG")
    sp.paragraph_format.space_before = Pt(3)
    label, rest = source.split(" ", 1)
    r = sp.add_run(label)
    r.italic = True
    r.font.size = Pt(8)
    r = sp.add_run(" " + rest)
    r.font.size = Pt(8)


def grid_table(
    doc,  # noqa: ANN001
    rows: list[tuple[str, ...]],
    *,
    bold: bool | None = None,
    italic: bool | None = None,
    centered: bool = False,
):  # noqa: ANN201 - a python-docx Table
    """A "Table Grid" table of ``rows`` whose first row is the header, repeated on each page.
    ``bold``/``italic``: when given, every run's bold/italic is set (on for the header row if
    true, off elsewhere); when None, left unset (None and False write different XML)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT

    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = doc.styles["Table Grid"]
    if centered:
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            if bold is not None:
                run.bold = bold and i == 0
            if italic is not None:
                run.italic = italic and i == 0
    mark_header_row(tbl.rows[0])
    return tbl


# --------------------------------------------------------------------------------------------
# the document as a whole
# --------------------------------------------------------------------------------------------


def core_properties(
    doc,  # noqa: ANN001
    *,
    title: str,
    subject: str,
    comments: str,
    created: tuple[int, ...],
    modified: tuple[int, ...] | None = None,
    keywords: str = "synthetic; test document",
    language: str | None = None,
    revision: int = 1,
) -> None:
    """docProps/core.xml of a synthetic report, with fixed dates (``created``, also the
    printed date; ``modified``, by default the same) so that the file does not change from run
    to run. The properties are set in this order because python-docx appends each element as
    it is first set, and the committed files have them so."""
    import datetime as dt

    cp = doc.core_properties
    cp.title = title
    cp.author = "congress-qa evaluation (synthetic)"
    cp.last_modified_by = "congress-qa evaluation (synthetic)"
    cp.subject = subject
    cp.comments = comments
    cp.keywords = keywords
    if language is not None:
        cp.language = language
    cp.created = dt.datetime(*created)
    cp.modified = dt.datetime(*(modified or created))
    cp.last_printed = dt.datetime(*created)
    cp.revision = revision


def symbol_header_page_footer(doc, symbol: str) -> None:  # noqa: ANN001
    """No header or footer on the first page (the masthead is there); from page 2 on, the
    document's ``symbol`` in the header and the page number flush right in the footer, as in
    UN files."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = symbol
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(fp)


def save_docx(doc, out: Path, fixed_time: tuple[int, ...]) -> None:  # noqa: ANN001
    """Write the document to ``out`` as a deterministic .docx (deterministic_zip)."""
    buf = io.BytesIO()
    doc.save(buf)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(deterministic_zip(buf.getvalue(), fixed_time))
