from __future__ import annotations

import socket
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from bench._server import free_port  # noqa: F401 - tests import it from here

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "bangkok-2025-rpm-draft-report-addendum.txt"
SEED_ID = "bangkok-2025-rpm-draft-report-addendum"
SEED_UNITS = ["front", *map(str, range(1, 9)), *(f"8({c})" for c in "abcdefghij")]

sys.path.insert(0, str(Path(__file__).parent))


def assistant_on_report(home: Path, doc_id: str, text: str, beside: Sequence[Path] = ()):  # noqa: ANN201 - an Assistant
    """An assistant over one report written for a test, ingested by the real parser, store
    and embedder into ``home``; with the reports ``beside`` it (the bundled one, as a real
    store holds more than one)."""
    from assistant import Assistant
    from congress_qa import Settings
    from ingest import Ingestor

    path = home / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    settings = Settings(home=home)
    ingestor = Ingestor(settings)
    assert not ingestor.ingest([path, *beside]).failed
    return Assistant(settings, ingestor)


SHARED_CACHE = "CONGRESS_QA_EMBEDDING__CACHE_DIR"
WORKER_THREADS = "CONGRESS_QA_EMBEDDING__THREADS"


def pytest_configure(config: pytest.Config) -> None:
    """Each pytest-xdist worker embeds on its share of the cores. By default onnxruntime takes
    every core; with two workers on two cores their four threads spin waiting for each other,
    and the suite took 13 minutes instead of 10 (the eval command's test 150 s instead of 26 s).
    The vectors are the model's either way; the servers and apps a test starts inherit it."""
    import os

    workers = os.environ.get("PYTEST_XDIST_WORKER_COUNT")
    if workers and WORKER_THREADS not in os.environ:
        os.environ[WORKER_THREADS] = str(max(1, (os.cpu_count() or 1) // int(workers)))


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes under its own data directory and sees no outside configuration."""
    import os

    for name in list(os.environ):
        # The shared folder of the ingest caches (set by `make test`) is kept: what it holds
        # is keyed by everything it depends on (model and text; bytes and readers' code), so
        # a test sees the same vectors and texts with it as without, only sooner.
        if name in (SHARED_CACHE, WORKER_THREADS):
            continue
        if name.startswith("CONGRESS_QA_") or name == "OPENAI_API_KEY":
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    monkeypatch.setenv("CONGRESS_QA_HOME", str(home))
    return home


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Fails any connection to an address outside 127.0.0.0/8 and ::1, and records it."""
    attempts: list[tuple] = []
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if (
            self.family == socket.AF_UNIX
            or str(host).startswith("127.")
            or host in ("::1", "localhost")
        ):
            return real_connect(self, address)
        attempts.append(address if isinstance(address, tuple) else (address,))
        raise OSError(f"test blocked a network connection to {address}")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    return attempts


@pytest.fixture(scope="session")
def embedder():
    from ingest import get_embedder

    return get_embedder()


def wait_http(url: str, timeout: float, ok: tuple[int, ...] = (200,)) -> None:
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status in ok:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` on 127.0.0.1 and a free port (the benchmark's own launcher)."""
    from bench._server import chroma_server as serve

    with serve(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`make test` runs the suite on two workers (pytest-xdist, ``--dist loadgroup``). The
    tests of the llama.cpp server share one worker, so one server (a session fixture) serves
    them all and two never compete for the two cores with their prompts."""
    for item in items:
        if "llama_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("llama"))


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real llama.cpp server (xllamacpp) with SmolLM2-135M on 127.0.0.1; yields its /v1 URL."""
    from eval.local_llm import model_file, serve

    model = model_file("smollm", tmp_path_factory.mktemp("models"))  # sha256 checked
    with serve(model, timeout=120) as url:
        yield url
