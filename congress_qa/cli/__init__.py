"""The ``congress-qa`` command: one short function per command, calling library code."""

from __future__ import annotations

import sys

import click

from congress_qa.cli._common import run_guarded
from congress_qa.cli._ingest import docs, ingest, remove


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Answers questions about UN Crime Congress documents, citing the exact paragraph."""


cli.add_command(ingest)
cli.add_command(docs)
cli.add_command(remove)


def _register_optional() -> None:
    from congress_qa.cli._ask import ask
    from congress_qa.cli._bench import bench
    from congress_qa.cli._calibrate import calibrate
    from congress_qa.cli._eval import eval_command
    from congress_qa.cli._ui import ui

    cli.add_command(ask)
    cli.add_command(eval_command)
    cli.add_command(ui)
    cli.add_command(bench)
    cli.add_command(calibrate)


_register_optional()


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (tests call it with argv)."""
    return run_guarded(cli, argv if argv is not None else sys.argv[1:])


__all__ = ["cli", "main"]
