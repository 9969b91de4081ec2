"""Synthetic UN reports written as Word files by python-docx (raw OOXML where python-docx has
no API), for the tests that read them back with the real reader and parser
(``test_docx_word_features`` and ``test_docx_templates``): a report's opening lines, list
definitions and numbered paragraphs, raw runs and parts, and the reading of the saved file.

``test_docx_templates`` once imported these from ``test_docx_word_features``, another test
module; they live here so that neither test module depends on the other."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from congress_qa import get_settings
from ingest import parse_file, read_document

W = nsdecls("w")
WR = nsdecls("w", "r")
SYMBOL = "A/CONF.234/RPM.9/1"
TITLE = "Report of the synthetic Danube Regional Preparatory Meeting"


def _report(document=None):  # noqa: ANN001, ANN202 - python-docx Document
    """A report's opening lines: its symbol, then its title."""
    document = document or Document()
    document.add_paragraph(SYMBOL)
    document.add_paragraph(TITLE)
    return document


def _list(document, abstract_id: int, levels: list[tuple[str, str]]) -> None:  # noqa: ANN001
    """A Word list definition (abstractNum): one (numFmt, lvlText) per level."""
    xml = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(
        parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{xml}</w:abstractNum>')
    )


def _num(document, num_id: int, abstract_id: int, restart: int | None = None) -> None:  # noqa: ANN001
    """A list (w:num) using a definition; ``restart``: Word's "Restart at" on level 0."""
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart}"/></w:lvlOverride>'
        if restart
        else ""
    )
    document.part.numbering_part.element.append(
        parse_xml(
            f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{override}</w:num>"
        )
    )


def _numbered(paragraph, num_id: int, level: int = 0):  # noqa: ANN001, ANN202
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
    return paragraph


def _append(paragraph, xml: str) -> None:  # noqa: ANN001
    """Raw OOXML at the end of a paragraph (runs, changes, fields, content controls)."""
    for child in list(parse_xml(f"<w:wrap {WR}>{xml}</w:wrap>")):
        paragraph._p.append(child)


def _before(element, xml: str) -> None:  # noqa: ANN001
    """Raw OOXML blocks before an element of the body (its section properties)."""
    for child in list(parse_xml(f"<w:wrap {W}>{xml}</w:wrap>")):
        element.addprevious(child)


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _add_part(document, name: str, content_type: str, reltype: str, xml: str) -> None:  # noqa: ANN001
    root = parse_xml(xml)
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI(f"/word/{name}.xml"), content_type, blob, document.part.package)
    document.part.relate_to(part, reltype)


def _parse(document, path: Path):  # noqa: ANN001, ANN202
    document.save(path)
    return read_document(path, max_mb=5), parse_file(path, get_settings())


def _units(doc) -> dict[str, str]:  # noqa: ANN001
    return {u.unit_id: u.text for u in doc.units}


def _nowhere(doc, text: str, *hidden: str) -> None:  # noqa: ANN001
    """None of ``hidden`` is in the reader's text, a unit or a heading."""
    everything = "\n".join([text, *(u.text for u in doc.units), *doc.headings])
    for words in hidden:
        assert words not in everything, words
