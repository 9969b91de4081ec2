"""The one settings tree. Every field can be overridden from the environment with the
``CONGRESS_QA_`` prefix, nested sections with a double underscore
(``CONGRESS_QA_RETRIEVAL__TOP_K=8``). Secrets are read from the environment only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreSettings(_Section):
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000). Unset: an embedded "
        "store under the data directory.",
    )
    collection: str = Field(
        default="congress_qa", description="Prefix of the Chroma collections (3-60 characters)."
    )
    lock_timeout_s: float = Field(
        default=0.0, description="Seconds a writer waits for another writer's lock before failing."
    )


class EmbeddingSettings(_Section):
    provider: Literal["minilm-onnx"] = Field(
        default="minilm-onnx",
        description="Embedder: the int8 ONNX all-MiniLM-L6-v2 shipped on PyPI.",
    )
    max_tokens: int = Field(default=256, description="Word pieces kept per text (model window).")
    batch_size: int = Field(
        default=16, description="Texts per ONNX batch (8-16 measured fastest on 2 cores)."
    )
    threads: int = Field(default=0, description="ONNX intra-op threads; 0 uses every core.")


class ChunkingSettings(_Section):
    max_tokens: int = Field(
        default=200,
        description="cl100k tokens per chunk; a longer unit is split into parts keeping its id.",
    )
    overlap_tokens: int = Field(default=30, description="Tokens shared by consecutive parts.")


class IngestSettings(_Section):
    max_file_mb: float = Field(default=20.0, description="Files larger than this are refused.")
    embed_window: int = Field(
        default=512,
        description="Chunks embedded together across files (bounds memory; larger pools pad less).",
    )
    corpus_dir: Path = Field(
        default=PROJECT_ROOT / "data", description="Bundled documents ingested into an empty store."
    )


class RetrievalSettings(_Section):
    top_k: int = Field(default=6, description="Units handed to the answerer.")
    candidates: int = Field(default=30, description="Candidates taken from each retriever.")
    rrf_k: int = Field(default=60, description="Reciprocal rank fusion constant.")
    mode: Literal["hybrid", "dense", "bm25"] = Field(
        default="hybrid", description="Retrieval method (dense and bm25 exist as baselines)."
    )


class AnswerSettings(_Section):
    mode: Literal["extractive", "llm"] = Field(
        default="extractive", description="Answerer: extractive (no LLM) or llm."
    )
    max_sentences: int = Field(default=6, description="Sentences in an extractive answer.")
    min_support: float = Field(
        default=0.37,
        description="Evidence score below which the answerer refuses (0-1); calibrated on the "
        "eval gold set.",
    )


class LLMSettings(_Section):
    base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp). Unset: OpenAI's.",
    )
    model: str = Field(default="gpt-4o-mini", description="Chat model name at the endpoint.")
    temperature: float = Field(default=0.0, description="Sampling temperature.")
    timeout_s: float = Field(default=60.0, description="Seconds before a request is abandoned.")
    max_retries: int = Field(default=2, description="Retries (with backoff) before falling back.")
    max_tokens: int = Field(default=512, description="Tokens the model may generate.")

    @property
    def api_key(self) -> SecretStr | None:
        """Only ever from the environment: never a settings file or an argument."""
        value = os.environ.get("OPENAI_API_KEY")
        return SecretStr(value) if value else None


class UISettings(_Section):
    host: str = Field(default="127.0.0.1", description="Address the chat UI listens on.")
    port: int = Field(default=8501, description="Port of the chat UI.")
    max_upload_mb: float = Field(default=20.0, description="Largest accepted upload.")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="CONGRESS_QA_", env_nested_delimiter="__", extra="forbid"
    )

    home: Path = Field(
        default=Path(".congress-qa"), description="Data directory: store, caches, feedback."
    )
    chroma_url: str | None = Field(
        default=None, description="Shortcut for store.chroma_url (CONGRESS_QA_CHROMA_URL)."
    )
    store: StoreSettings = Field(default_factory=StoreSettings, description="Vector store.")
    embedding: EmbeddingSettings = Field(
        default_factory=EmbeddingSettings, description="Embedding model."
    )
    chunking: ChunkingSettings = Field(default_factory=ChunkingSettings, description="Chunking.")
    ingest: IngestSettings = Field(default_factory=IngestSettings, description="Ingestion.")
    retrieval: RetrievalSettings = Field(
        default_factory=RetrievalSettings, description="Retrieval."
    )
    answer: AnswerSettings = Field(default_factory=AnswerSettings, description="Answering.")
    llm: LLMSettings = Field(default_factory=LLMSettings, description="Optional LLM endpoint.")
    ui: UISettings = Field(default_factory=UISettings, description="Chat UI.")

    @property
    def data_dir(self) -> Path:
        return self.home.expanduser().resolve()

    @property
    def effective_chroma_url(self) -> str | None:
        return self.chroma_url or self.store.chroma_url


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with keyword overrides on top."""
    return Settings(**overrides)  # type: ignore[arg-type]
