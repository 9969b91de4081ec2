"""Units to chunks: one chunk per unit, split by tokens only when a unit outgrows the
embedder's window; every part keeps its unit's id."""

from __future__ import annotations

from functools import lru_cache

from langchain_core.documents import Document

from congress_qa.settings import ChunkingSettings
from congress_qa.textnorm import normalise
from ingest.models import DocumentMeta, ParsedDocument, Unit


@lru_cache(maxsize=4)
def _splitter(max_tokens: int, overlap: int):  # noqa: ANN202 - langchain splitter
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    # An explicit encoding: the default (gpt2) would be downloaded.
    return RecursiveCharacterTextSplitter.from_tiktoken_encoder(
        encoding_name="cl100k_base", chunk_size=max_tokens, chunk_overlap=overlap
    )


def chunk_id(doc_id: str, unit_id: str, part: int) -> str:
    return f"{doc_id}::{unit_id}::{part}"


def embed_text(unit: Unit, body: str) -> str:
    """What the embedder sees: the nearest heading, the lead-in for sub-items, then the text."""
    lines = []
    if unit.section:
        lines.append(unit.section[-1])
    if unit.lead_in:
        lines.append(unit.lead_in)
    lines.append(body)
    return "\n".join(lines)


def unit_metadata(meta: DocumentMeta, unit: Unit) -> dict[str, str | int]:
    return {
        "doc_id": meta.doc_id,
        "unit_id": unit.unit_id,
        "kind": unit.kind,
        "order": unit.order,
        "section": " › ".join(unit.section),
        "lead_in": unit.lead_in,
        "parent": unit.parent or "",
        "text": unit.text,
    }


def chunk_document(doc: ParsedDocument, settings: ChunkingSettings | None = None) -> list[Document]:
    settings = settings or ChunkingSettings()
    splitter = _splitter(settings.max_tokens, settings.overlap_tokens)
    chunks: list[Document] = []
    for unit in doc.units:
        parts = splitter.split_text(unit.text) or [unit.text]
        for part, body in enumerate(parts):
            metadata = unit_metadata(doc.meta, unit) | {"part": part, "n_parts": len(parts)}
            chunks.append(
                Document(
                    id=chunk_id(doc.meta.doc_id, unit.unit_id, part),
                    # The embedder sees normalised text; the unit keeps its text as written.
                    page_content=normalise(embed_text(unit, body)),
                    metadata=metadata,
                )
            )
    return chunks
