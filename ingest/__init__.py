"""Ingestion: UN documents parsed into citable units, chunked, embedded and stored."""

from ingest._embed_cache import EmbeddingCache
from ingest._ids import slugify
from ingest._read_cache import ReadingCache
from ingest.chunking import chunk_document, chunk_id
from ingest.embeddings import MiniLMEmbeddings, get_embedder
from ingest.errors import (
    EmptyStoreError,
    IngestError,
    LockLostError,
    StoreBusyError,
    StoreChangedError,
    StoreError,
    StoreUnavailableError,
    UnknownDocumentError,
)
from ingest.models import DocumentMeta, ParsedDocument, Unit
from ingest.parser import parse_text
from ingest.pipeline import (
    FileResult,
    Ingestor,
    IngestReport,
    cache_folder,
    expand_paths,
    parse_file,
)
from ingest.readers import SUPPORTED, read_document
from ingest.store import ChromaStore, Hit, VectorStore, open_store

__all__ = [
    "SUPPORTED",
    "ChromaStore",
    "DocumentMeta",
    "EmbeddingCache",
    "EmptyStoreError",
    "FileResult",
    "Hit",
    "IngestError",
    "IngestReport",
    "Ingestor",
    "LockLostError",
    "MiniLMEmbeddings",
    "ParsedDocument",
    "ReadingCache",
    "StoreBusyError",
    "StoreChangedError",
    "StoreError",
    "StoreUnavailableError",
    "Unit",
    "UnknownDocumentError",
    "VectorStore",
    "chunk_document",
    "cache_folder",
    "chunk_id",
    "expand_paths",
    "get_embedder",
    "open_store",
    "parse_file",
    "parse_text",
    "read_document",
    "slugify",
]
