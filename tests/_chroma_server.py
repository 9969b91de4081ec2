"""A real `chroma run` on 127.0.0.1 that a test may kill and start again on the same port
and data (test helper)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

from conftest import free_port, wait_http


class ChromaServer:
    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path = path
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> ChromaServer:
        chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
        assert chroma, "the chroma CLI is installed with chromadb"
        self.proc = subprocess.Popen(
            [chroma, "run", "--path", str(self.path), "--host", "127.0.0.1",
             "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_http(f"{self.url}/api/v2/heartbeat", timeout=60)
        return self

    def kill(self) -> None:
        """kill -9: no chance to flush or say goodbye."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
