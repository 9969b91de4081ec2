"""Running the real `congress-qa` command in child processes (test helper)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

CLI = [sys.executable, "-c", "import sys; from congress_qa.cli import main; sys.exit(main())"]


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONGRESS_QA_")}
    return env | {"CONGRESS_QA_HOME": str(home)} | extra


def start(args: list[str], env: dict[str, str], **kw) -> subprocess.Popen:  # noqa: ANN003
    return subprocess.Popen(
        CLI + args,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def run(args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, env=env, capture_output=True, text=True, timeout=timeout)


def wait_until(condition, timeout: float, every: float = 0.05) -> float:  # noqa: ANN001
    """Polls ``condition`` until true; returns the seconds it took (fails after ``timeout``)."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"condition not met within {timeout}s")
        time.sleep(every)
    return time.monotonic() - started
