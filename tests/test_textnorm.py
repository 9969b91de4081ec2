"""Normalisation looks only at the non-ASCII runs of a text for format characters (the answerer
normalises thousands of short texts per question) and gives what looking at every character
gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from congress_qa.textnorm import normalise

FORMAT = "\u00ad\u200b\u200c\u200d\u200e\u202a\u202e\u2060\ufeff\U000e0001"


def _every_character(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(FORMAT)), max_size=80))
def test_normalise_drops_exactly_the_format_characters(text: str) -> None:
    assert normalise(text) == _every_character(text)


def test_normalise_keeps_text_without_format_characters() -> None:
    text = "II. Recommendations › B. Curaçao – “victims”"
    assert normalise(text) == text
    assert normalise("cor\u200brup\u200btion › Côte") == "corruption › Côte"
