"""Ingestion errors; each message says what is wrong with which file and what to do."""

from __future__ import annotations

from congress_qa.errors import RuntimeFailure, UserError


class IngestError(UserError):
    """A file that cannot be ingested as it is."""


class UnsupportedFormatError(IngestError):
    def __init__(self, path: str, suffix: str, supported: list[str]) -> None:
        super().__init__(
            f"{path}: unsupported file type '{suffix or '(none)'}'; "
            f"convert it to one of {', '.join(supported)}."
        )


class EmptyFileError(IngestError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: the file has no text; check that it is the right file.")


class NotTextError(IngestError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")


class FileTooLargeError(IngestError):
    def __init__(self, path: str, size_mb: float, limit_mb: float) -> None:
        super().__init__(
            f"{path}: {size_mb:.1f} MB is over the {limit_mb:g} MB limit; split the file or raise "
            "CONGRESS_QA_INGEST__MAX_FILE_MB."
        )


class NoParagraphsError(IngestError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: no numbered paragraphs found (expected lines such as '1. Text…'); "
            "this does not look like a UN report."
        )


class StoreBusyError(RuntimeFailure):
    def __init__(self, lock_path: str) -> None:
        super().__init__(
            f"Another ingest or remove is writing to the store (lock {lock_path}); "
            "wait for it to finish and try again."
        )


class StoreUnavailableError(RuntimeFailure):
    def __init__(self, where: str, detail: str) -> None:
        super().__init__(
            f"Cannot reach the Chroma store at {where} ({detail}); start the server or unset "
            "CONGRESS_QA_CHROMA_URL to use the embedded store."
        )


class UnknownDocumentError(UserError):
    def __init__(self, doc_id: str) -> None:
        super().__init__(f"No document '{doc_id}' in the store; `congress-qa docs` lists the ids.")
