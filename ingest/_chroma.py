"""Opening Chroma (embedded or a server) and turning its failures into our errors.

Two facts of chromadb 1.5 shape this module:

* An embedded store keeps its vector segment in memory per process and does not reload it
  when another process writes; reads of new ids then fail with ``InternalError: Error
  finding id`` for good. The cure is to drop this process's cached system for the path and
  open it again (``forget_embedded``).
* A server that goes away surfaces as ``httpx`` transport errors from any call."""

from __future__ import annotations

import base64
from urllib.parse import unquote, urlparse

from congress_qa.settings import Settings, mask_url
from ingest.errors import StoreUnavailableError


def connect(settings: Settings):  # noqa: ANN201 - chromadb's ClientAPI
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    # Telemetry would try to reach the internet.
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    url = settings.effective_chroma_url
    if url:
        parsed = urlparse(url)
        headers = {}
        if parsed.username is not None:
            # user:password in the URL is sent as HTTP basic auth (a proxy in front of Chroma).
            pair = f"{unquote(parsed.username)}:{unquote(parsed.password or '')}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname or "127.0.0.1",
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                headers=headers or None,
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:  # chromadb raises several unrelated types for "unreachable"
            raise StoreUnavailableError(mask_url(url), _detail(exc)) from exc
        return client
    path = settings.data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def forget_embedded(path: str):  # noqa: ANN201 - chromadb's System, or None
    """Drops this process's cached chromadb system for an embedded store, so the next client
    for the path loads what is on disk. Returns the old system: the caller stops it once no
    thread can still be reading through it (a system never stopped keeps ~1 MB)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    with SharedSystemClient._refcount_lock:
        SharedSystemClient._identifier_to_refcount.pop(path, None)
        return SharedSystemClient._identifier_to_system.pop(path, None)


def is_unreachable(exc: BaseException) -> bool:
    """A server that is down, restarting or cut off."""
    import httpx

    return isinstance(exc, httpx.TransportError | ConnectionError)


def is_stale(exc: BaseException) -> bool:
    """An embedded store read through a system that another process has written past."""
    from chromadb.errors import InternalError

    return isinstance(exc, InternalError)


def _detail(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
