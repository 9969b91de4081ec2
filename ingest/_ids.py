"""Document ids from file names: readable, stable, and different for different names.

An id keeps the letters and digits of every script (``Доклад.txt`` -> ``доклад``,
``报告.txt`` -> ``报告``), lower-cased, with one hyphen for each run of anything else. A name
with no letter or digit at all, or one too long to keep whole, gets a short hash of the full
name, so two different names never end up with the same id by truncation or by losing
their letters."""

from __future__ import annotations

import hashlib
import unicodedata

MAX_ID_LENGTH = 80
_HASH_LENGTH = 10
# Unicode general categories kept in an id: letters, combining marks (Devanagari vowel
# signs, Arabic harakat: dropping them would merge distinct words) and digits.
_KEPT = ("L", "M", "Nd")


def _name_hash(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:_HASH_LENGTH]


def slugify(name: str) -> str:
    """The id for a file stem: ``"Report (final) 2025"`` -> ``"report-final-2025"``."""
    text = unicodedata.normalize("NFKC", name).casefold()
    out: list[str] = []
    for ch in text:
        if unicodedata.category(ch).startswith(_KEPT):
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    slug = "".join(out).strip("-")
    if not slug:
        return f"doc-{_name_hash(name)}"
    if len(slug) > MAX_ID_LENGTH:
        keep = MAX_ID_LENGTH - _HASH_LENGTH - 1
        return f"{slug[:keep].rstrip('-')}-{_name_hash(name)}"
    return slug
