"""Helpers shared by the generators of the synthetic Word reports with Word's automatic
paragraph numbering (the UN template's "1." paragraphs and "(a)" sub-items): numbering.xml
definitions, masthead table borders and cells, the PAGE field, and a deterministic .docx."""

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
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "FootnoteReference")
        rpr.append(style)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), m.group(1))
        run._r.append(ref)
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
