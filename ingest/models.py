"""Typed records of a parsed document: its metadata and its citable units."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

UnitKind = Literal["front", "paragraph", "item", "table"]


class Unit(BaseModel):
    """One citable piece of a document: front matter, a numbered paragraph, a sub-item, or a
    table, list or unnumbered passage of an annex."""

    unit_id: str = Field(
        description="Citable id as the document numbers it: front, 8, 8(g), 1(c)(ii), annex.1, "
        "annex-II.2."
    )
    kind: UnitKind
    text: str = Field(description="The unit's own text, without its number or marker.")
    section: list[str] = Field(default_factory=list, description="Headings above the unit.")
    lead_in: str = Field(default="", description="For sub-items: the text that introduces them.")
    parent: str | None = Field(default=None, description="Id of the unit this item belongs to.")
    order: int = Field(default=0, description="Position in the document, from 0.")

    @property
    def section_path(self) -> str:
        return " › ".join(self.section)


class DocumentMeta(BaseModel):
    """What the document says about itself, plus where it came from."""

    doc_id: str
    title: str = ""
    meeting: str = ""
    place_dates: str = ""
    issue_date: str = ""
    distribution: str = Field(default="", description="General, Limited or Restricted.")
    symbol: str = ""
    rapporteur: str = ""
    source_file: str = ""
    sha256: str = ""
    unit_count: int = 0

    @property
    def label(self) -> str:
        """How a citation names the document: its symbol, else its title."""
        return self.symbol or self.title or self.doc_id


class ParsedDocument(BaseModel):
    meta: DocumentMeta
    units: list[Unit]
    headings: list[str] = Field(
        default_factory=list,
        description="Every heading of the body as written, in order (section paths shorten them).",
    )

    @property
    def unit_ids(self) -> list[str]:
        return [u.unit_id for u in self.units]
