"""The one settings tree. Every field can be overridden from the environment with the
``CONGRESS_QA_`` prefix, nested sections with a double underscore
(``CONGRESS_QA_RETRIEVAL__TOP_K=8``). Secrets are read from the environment only."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic_settings import SettingsError as _SourceError

from congress_qa.errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "CONGRESS_QA_"
_USERINFO_RE = re.compile(r"(?<=://)([^/@:\s]*):[^/@\s]*@")


def mask_url(url: str) -> str:
    """The URL with any password replaced: ``http://me:secret@host`` -> ``http://me:***@host``."""
    return _USERINFO_RE.sub(r"\1:***@", url)


def _check_url(value: str | None) -> str | None:
    """An http(s) URL with a host, or None. Parsed here so a typo fails at start-up."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = urlparse(value)
        parsed.port  # noqa: B018 - parsing the port is the check
    except ValueError as exc:
        raise ValueError(f"not a valid URL ({exc}); expected e.g. http://127.0.0.1:8000") from None
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ValueError(
            "expected an http:// or https:// URL with a host, e.g. http://127.0.0.1:8000"
        )
    return value


class SettingsError(UserError):
    """Settings that cannot be used; one line per bad setting, naming its variable."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreSettings(_Section):
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000). Unset: an embedded "
        "store under the data directory.",
    )
    collection: str = Field(
        default="congress_qa",
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{1,58}[A-Za-z0-9]$",
        description="Prefix of the Chroma collections (3-60 characters: letters, digits, . _ -).",
    )
    lock_timeout_s: float = Field(
        default=0.0,
        ge=0,
        le=86_400,
        description="Seconds a writer waits for another writer's lock before failing.",
    )
    lease_s: float = Field(
        default=30.0,
        ge=1,
        le=3600,
        description="On a Chroma server: seconds a writer's lock lasts unless renewed (it is "
        "renewed every third of that); a writer that dies frees the store after this long.",
    )
    startup_wait_s: float = Field(
        default=600.0,
        ge=0,
        le=86_400,
        description="Seconds `ask` and `ui` wait for another process's first ingest into a new "
        "store before giving up.",
    )

    _url = field_validator("chroma_url")(_check_url)


class EmbeddingSettings(_Section):
    provider: Literal["minilm-onnx"] = Field(
        default="minilm-onnx",
        description="Embedder: the int8 ONNX all-MiniLM-L6-v2 shipped on PyPI.",
    )
    max_tokens: int = Field(
        default=256, ge=8, le=512, description="Word pieces kept per text (model window)."
    )
    batch_size: int = Field(
        default=16,
        ge=1,
        le=1024,
        description="Texts per ONNX batch (8-16 measured fastest on 2 cores).",
    )
    threads: int = Field(
        default=0, ge=0, le=256, description="ONNX intra-op threads; 0 uses every core."
    )
    cache: bool = Field(
        default=True,
        description="Keep embeddings on disk, keyed by the model and the text: those of "
        "ingested units, so that a document ingested again is not embedded again, and the "
        "words, terms and sentences the answerer compares, so that a new process does not "
        "embed them again.",
    )
    cache_dir: Path | None = Field(
        default=None,
        description="Folder of that cache and of ingest.cache's; unset: <home>/cache. Homes may "
        "share one (the test suite and the eval stores do).",
    )


class ChunkingSettings(_Section):
    max_tokens: int = Field(
        default=200,
        ge=16,
        le=8192,
        description="cl100k tokens per chunk; a longer unit is split into parts keeping its id.",
    )
    overlap_tokens: int = Field(
        default=30, ge=0, le=4096, description="Tokens shared by consecutive parts."
    )

    @model_validator(mode="after")
    def _overlap_below_size(self) -> ChunkingSettings:
        if self.overlap_tokens >= self.max_tokens:
            raise ValueError("overlap_tokens must be smaller than max_tokens")
        return self


class IngestSettings(_Section):
    max_file_mb: float = Field(
        default=20.0, gt=0, le=10_000, description="Files larger than this are refused."
    )
    embed_window: int = Field(
        default=512,
        ge=1,
        le=100_000,
        description="Chunks embedded together across files (bounds memory; larger pools pad less).",
    )
    corpus_dir: Path = Field(
        default=PROJECT_ROOT / "data", description="Bundled documents ingested into an empty store."
    )
    cache: bool = Field(
        default=True,
        description="Keep the text read from each file on disk (in embedding.cache_dir), keyed by "
        "the file's bytes and the readers' code, so that a file ingested again is not read again "
        "(a PDF costs about a second a page).",
    )


class RetrievalSettings(_Section):
    top_k: int = Field(default=6, ge=1, le=100, description="Units handed to the answerer.")
    topic_candidates: int = Field(
        default=40,
        ge=1,
        le=1000,
        description="Units the topic page weighs (the topic's best retrieval candidates).",
    )
    candidates: int = Field(
        default=30, ge=1, le=1000, description="Candidates taken from each retriever."
    )
    rrf_k: int = Field(default=60, ge=1, le=10_000, description="Reciprocal rank fusion constant.")
    exact_rows: int = Field(
        default=20_000,
        ge=0,
        le=10_000_000,
        description="Dense search is exact, in memory, when the documents asked about have at "
        "most this many chunks (a few milliseconds); above it goes through Chroma's HNSW index.",
    )
    mode: Literal["hybrid", "dense", "bm25"] = Field(
        default="hybrid", description="Retrieval method (dense and bm25 exist as baselines)."
    )


class AnswerSettings(_Section):
    mode: Literal["extractive", "llm"] = Field(
        default="extractive", description="Answerer: extractive (no LLM) or llm."
    )
    max_sentences: int = Field(
        default=6, ge=1, le=50, description="Sentences in an extractive answer."
    )
    max_list_sentences: int = Field(
        default=12,
        ge=1,
        le=100,
        description="Sentences in an extractive answer to a question that asks for a list.",
    )
    calibration: Path | None = Field(
        default=None,
        description="Evidence model fitted by `congress-qa calibrate`; unset: the shipped "
        "assistant/calibration.json.",
    )


class LLMSettings(_Section):
    base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp). Unset: OpenAI's.",
    )
    model: str = Field(
        default="gpt-4o-mini", min_length=1, description="Chat model name at the endpoint."
    )
    temperature: float = Field(default=0.0, ge=0, le=2, description="Sampling temperature.")
    timeout_s: float = Field(
        default=60.0, gt=0, le=3600, description="Seconds before one request is abandoned."
    )
    max_retries: int = Field(
        default=2, ge=0, le=10, description="Retries (with backoff) before falling back."
    )
    max_tokens: int = Field(
        default=512, ge=1, le=32_768, description="Tokens the model may generate."
    )
    context_tokens: int = Field(
        default=4096,
        ge=1024,
        le=1_048_576,
        description="The model's context window in tokens: the sources it is given are cut, "
        "the best retrieved first, so that the prompt and an answer of max_tokens fit. 4096 "
        "suits small local models (the eval serves Qwen2.5 1.5B with 4096); set the "
        "endpoint's own (128000 for gpt-4o-mini) to give a summary more paragraphs.",
    )
    deadline_s: float = Field(
        default=30.0,
        gt=0,
        le=3600,
        description="Seconds one answer may take in all (retries and a second call "
        "included); past it the "
        "extractive answer is given with a notice.",
    )
    # Off by default: on 30 calibration follow-ups with Qwen2.5-Coder-1.5B (two samples,
    # `eval --mode llm --split calibration --category followup --limit 30`), the model's
    # rewrite lost key facts (.713 -> .557), citation precision (.859 -> .731) and recall
    # (.759 -> .621) against the deterministic rewrite; false refusals were the same (10.3%).
    rewrite_followups: bool = Field(
        default=False,
        description="In llm mode, have the model rewrite a follow-up as a standalone question "
        "(one short call; the deterministic rewrite when it fails). Off by default: with a "
        "small local model the deterministic rewrite answered follow-ups better.",
    )
    # Measured with Qwen2.5-Coder-1.5B on 80-case samples of the LLM eval (first drafts
    # replayed, second calls live): fallbacks 21.2% -> 7.5% (calibration) and 20.0% -> 6.2%
    # (test), but its second answers were shorter than the extractive answers they replaced:
    # key facts .871 -> .857 and .770 -> .688, citation recall .887 -> .866 and .915 -> .875.
    retry_grounded: bool = Field(
        default=False,
        description="In llm mode, when every sentence of the model's answer fails the checks "
        "and the extractive answerer does answer, ask the model once more with only the "
        "paragraphs that could ground an answer, before falling back to the extractive answer "
        "(its refusal then is not taken). Off by default: with a small local model the "
        "second answers were shorter than the extractive ones.",
    )
    stream_timeout_s: float = Field(
        default=20.0,
        gt=0,
        le=3600,
        description="Seconds of silence allowed between pieces of a streamed answer (the "
        "first piece may take up to the deadline).",
    )

    _url = field_validator("base_url")(_check_url)

    @property
    def api_key(self) -> SecretStr | None:
        """Only ever from the environment: never a settings file or an argument."""
        value = os.environ.get("OPENAI_API_KEY")
        return SecretStr(value) if value else None


class UISettings(_Section):
    host: str = Field(
        default="127.0.0.1", min_length=1, description="Address the chat UI listens on."
    )
    port: int = Field(default=8501, ge=1, le=65535, description="Port of the chat UI.")
    max_upload_mb: float = Field(
        default=20.0, gt=0, le=10_000, description="Largest accepted upload."
    )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="forbid"
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

    _url = field_validator("chroma_url")(_check_url)

    @field_validator("home")
    @classmethod
    def _home_is_a_folder(cls, value: Path) -> Path:
        path = value.expanduser()
        for place in (path, *path.parents):
            if place.exists():
                if not place.is_dir():
                    raise ValueError(f"{place} is a file, not a folder; point it at a folder")
                break
        return value

    @property
    def data_dir(self) -> Path:
        return self.home.expanduser().resolve()

    @property
    def effective_chroma_url(self) -> str | None:
        return self.chroma_url or self.store.chroma_url


def _shown(value: object) -> str:
    text = mask_url(value) if isinstance(value, str) else str(value)
    return repr(text if len(text) <= 80 else f"{text[:77]}...")


def _line(error: dict) -> str:
    """One bad setting: its variable, the value given (passwords masked), what is wrong."""
    loc = [str(part) for part in error["loc"] if not isinstance(part, int)]
    name = ENV_PREFIX + "__".join(part.upper() for part in loc) if loc else "settings"
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] in ("missing", "extra_forbidden") or isinstance(error.get("input"), dict):
        return f"{name}: {message}"
    return f"{name}={_shown(error.get('input'))}: {message}"


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with keyword overrides on top. Bad values raise a
    ``SettingsError`` with one line per setting, naming the variable to fix."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        # Not chained: the validation error repeats each input, passwords included.
        lines = [f"invalid setting {_line(e)}" for e in exc.errors(include_url=False)]
        raise SettingsError("\n".join(lines)) from None
    except _SourceError as exc:
        raise SettingsError(f"invalid settings: {mask_url(str(exc))}") from None
