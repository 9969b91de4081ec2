"""ask: one question, or a JSON Lines batch (models load once per process)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from congress_qa.cli._common import settings
from congress_qa.errors import UserError


def render(answer) -> str:  # noqa: ANN001 - assistant.Answer, imported lazily
    """Plain-text rendering of an Answer for the terminal."""
    lines = [answer.answer]
    if answer.notice:
        lines.insert(0, f"note: {answer.notice}")
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            where = c.symbol or c.doc_title
            lines.append(f"  [{c.marker}] {where}, para. {c.para} — {c.section or 'front matter'}")
            lines.append(f"      “{c.quote}”")
    return "\n".join(lines)


def _batch(assistant, path: Path, doc_ids, mode) -> int:  # noqa: ANN001
    from assistant import Message

    failures = 0
    source = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    with source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            row = None
            try:
                row = json.loads(line)
                history = [Message(**m) for m in row.get("history", [])]
                answer = assistant.ask(row["question"], history, doc_ids, mode)
                out = {"id": row.get("id", number)} | answer.model_dump()
            except (json.JSONDecodeError, KeyError, TypeError, ValidationError, UserError) as exc:
                failures += 1
                ident = row.get("id", number) if isinstance(row, dict) else number
                out = {"id": ident, "error": f"line {number}: {exc}"}
            click.echo(json.dumps(out, ensure_ascii=False))
    return failures


@click.command()
@click.argument("question", required=False)
@click.option("--doc", "doc_ids", multiple=True, help="Restrict to this document id (repeatable).")
@click.option("--mode", type=click.Choice(["extractive", "llm"]), default=None, help="Answerer.")
@click.option("--json", "as_json", is_flag=True, help="Print the Answer as JSON.")
@click.option(
    "--batch",
    type=click.Path(path_type=Path, allow_dash=True),
    help="JSON Lines of {id, question, history}; one JSON answer per line on stdout.",
)
def ask(question, doc_ids, mode, as_json, batch) -> None:  # noqa: ANN001
    """Answer QUESTION from the documents, citing paragraphs."""
    from assistant import Assistant

    if bool(question) == bool(batch):
        raise click.UsageError("give either a QUESTION or --batch FILE")
    assistant = Assistant.from_settings(settings())
    docs = list(doc_ids) or None
    if batch:
        if _batch(assistant, batch, docs, mode):
            raise click.exceptions.Exit(1)
        return
    answer = assistant.ask(question, doc_ids=docs, mode=mode)
    click.echo(answer.model_dump_json(indent=2) if as_json else render(answer))
