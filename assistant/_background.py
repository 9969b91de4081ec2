"""The background a passage must stand out against: how similar unrelated UN text is to a
question, as the mean and spread of its similarity to a fixed reference set of units.

The evidence model's ``semantic`` and ``unit`` features are z-scores against this background.
Measured against the store's own units, they depended on what else the store held: over the
bundled report and one more document, where every unit is on crime prevention, a passage stood
out less than over the forty reports of the eval store the model was calibrated on, and 15% of
the test split's answerable questions were refused, against 8% against this reference (7% in
the eval store; ``make eval-per-document`` measures it). The reference set is the same for
every store, so a threshold calibrated once means the same over one document or a hundred
thousand.

The reference is the units of the documents the calibration split's cases are asked of (the
bundled report among them; never a held-out document, whose cases are all in the test split),
embedded by the shipped model and written by ``congress-qa calibrate`` to ``background.npy``
beside this module (float16: 2 bytes per number are far finer than the spread they estimate).
Without that file, the store's own units are the background, as before."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

BACKGROUND_FILE = Path(__file__).resolve().parent / "background.npy"


@lru_cache(maxsize=1)
def reference(path: Path = BACKGROUND_FILE) -> np.ndarray | None:
    """The reference units' vectors (float32, one row each), or None when none are shipped."""
    if not path.exists():
        return None
    return np.load(path).astype(np.float32)


def save(vectors: np.ndarray, path: Path = BACKGROUND_FILE) -> None:
    np.save(path, vectors.astype(np.float16))
    reference.cache_clear()
