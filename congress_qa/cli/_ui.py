"""ui: the chat on 127.0.0.1, after making sure the store holds the bundled documents."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from congress_qa.cli._common import settings

APP = Path(__file__).resolve().parents[2] / "ui" / "app.py"


def streamlit_argv(host: str, port: int, max_upload_mb: float) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", host,
        "--server.port", str(port),
        "--server.headless", "true",
        "--server.maxUploadSize", str(max(1, int(max_upload_mb))),
        # A served app never reloads its modules when files change on disk (an upgrade in
        # place, a checkout): mid-conversation, sessions failed with KeyError
        # 'congress_qa.settings' while Streamlit re-imported the project's packages.
        "--server.fileWatcherType", "none",
        "--server.runOnSave", "false",
        # Usage statistics would try to reach the internet.
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "viewer",
    ]  # fmt: skip


@click.command()
@click.option("--host", default=None, help="Address to listen on (default from settings).")
@click.option("--port", type=int, default=None, help="Port (default from settings).")
def ui(host: str | None, port: int | None) -> None:
    """Start the chat UI, ingesting the bundled documents into an empty store first."""
    from ingest import Ingestor

    s = settings()
    ingestor = Ingestor(s)
    report = ingestor.ensure_corpus(
        lambda done, total, name: click.echo(f"ingested {done}/{total}: {name}"), say=click.echo
    )
    if report is not None:
        click.echo(f"store was new: ingested {sum(f.units for f in report.files)} units")
    del ingestor  # the app opens the store itself; one handle per process
    argv = streamlit_argv(host or s.ui.host, port or s.ui.port, s.ui.max_upload_mb)
    click.echo(f"chat UI on http://{host or s.ui.host}:{port or s.ui.port}")
    os.execv(sys.executable, argv)
