"""Text normalisation shared by ingestion and questions.

Text is stored and shown as the document has it; every comparison (BM25 terms, names,
embedder input) goes through ``normalise`` so that invisible differences do not decide a
match: compatibility forms (NFKC: ligatures, full-width letters, non-breaking spaces) and
format characters (zero-width spaces and joiners, soft hyphens, direction controls), which
would otherwise split "cor\u200brup\u200btion" into three unknown words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Format characters are never ASCII: only runs of other characters need looking at.
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _is_format(ch: str) -> bool:
    # Unicode category Cf: U+200B..U+200F, U+202A..U+202E, U+2060..U+2064, U+FEFF, U+00AD...
    return unicodedata.category(ch) == "Cf"


def _without_format(run: re.Match) -> str:
    return "".join(ch for ch in run.group() if not _is_format(ch))


def normalise(text: str) -> str:
    """NFKC with format characters removed; letters keep their case and accents."""
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    return _NON_ASCII_RE.sub(_without_format, text)


# Latin letters that are not a base letter with an accent, so that removing accents leaves
# them as they are, and that an English keyboard writes as these: "Łukasz" is typed
# "Lukasz", "Øystein" "Oystein", "Sadıkova" "Sadikova", "Đorđević" "Dordevic".
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "đ": "d", "ð": "d", "ø": "o", "ħ": "h", "ı": "i", "ŧ": "t", "æ": "ae",
     "œ": "oe", "þ": "th"}
)  # fmt: skip
# Raised whenever ``fold`` changes: indexes of folded words made before are rebuilt.
FOLD_VERSION = 2


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word for matching: normalised, lower-cased, accents removed (São -> sao, Łukasz ->
    lukasz), so that "Curacao" typed on an English keyboard still finds "Curaçao"."""
    word = normalise(word).casefold()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_PLAIN_LETTERS)
