"""Page furniture both page-by-page readers (PDF, and text exported from PDF) recognise:
page numbers and the UN job number, and the key under which running lines recur."""

from __future__ import annotations

import re

PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?$", re.IGNORECASE)
# The job number, with the page number ("3", "3/9") after it or, on an even page, before it.
JOB_NUMBER_RE = re.compile(
    r"^(?:\d{1,4}(?:/\d{1,4})?\s+)?[A-Z]{1,2}\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?"
)
# The job number's barcode on a first page, as a PDF reader gives its Code 39 text: the job
# number's digits between the start and stop asterisks ("*2508316*" for V.25-08316).
_BARCODE_RE = re.compile(r"^\*\d{7}\*$")
SENTENCE_END_RE = re.compile(r"[.;:?!]\W{0,2}$")


def page_or_job(text: str) -> bool:
    """A page number ("3", "Page 3", "3/9") or the job number ("V.25-08317 (E)", or its
    barcode "*2508317*")."""
    return bool(PAGE_NUMBER_RE.match(text) or JOB_NUMBER_RE.match(text) or _BARCODE_RE.match(text))


def recurrence_key(text: str) -> str:
    """A margin line with its numbers blanked: "2/9 V.25-08317" and "4/9 V.25-08317" recur."""
    return re.sub(r"\d+", "#", " ".join(text.split()))
