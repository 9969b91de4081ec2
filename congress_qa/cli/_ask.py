"""ask: one question, or a JSON Lines batch (models load once per process)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, ValidationError

from congress_qa.cli._common import settings
from congress_qa.errors import CongressQAError, UserError


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


class _Line(BaseModel):
    """One line of a batch file."""

    model_config = ConfigDict(extra="ignore")

    id: StrictStr | StrictInt | None = None
    question: StrictStr
    history: list[dict] = []


def _problem(exc: ValidationError) -> str:
    first = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in first["loc"]) or "line"
    return f"{where}: {first['msg']}"


def _answer_line(assistant, number: int, line: str, doc_ids, mode) -> tuple[dict, bool]:  # noqa: ANN001
    """The output row for one input line, and whether it failed. Never raises: one bad line
    (or a store that is down for a moment) must not cost the lines after it."""
    from assistant import Message

    ident: object = number
    try:
        row = json.loads(line)
        if not isinstance(row, dict):
            raise UserError(
                f'expected a JSON object such as {{"id": "q1", "question": "…"}}, '
                f"got {type(row).__name__}"
            )
        if isinstance(row.get("id"), str | int) and not isinstance(row.get("id"), bool):
            ident = row["id"]
        parsed = _Line.model_validate(row)
        history = [Message.model_validate(m) for m in parsed.history]
        answer = assistant.ask(parsed.question, history, doc_ids, mode)
        return {"id": ident} | answer.model_dump(), False
    except json.JSONDecodeError as exc:
        reason = f"not JSON ({exc.msg} at column {exc.colno})"
    except ValidationError as exc:
        reason = _problem(exc)
    except CongressQAError as exc:
        reason = str(exc)
    except Exception as exc:  # a bug must not lose the rest of the batch either
        reason = f"internal error ({type(exc).__name__}: {exc})"
    return {"id": ident, "error": f"line {number}: {reason}"}, True


def _batch(assistant, path: Path, doc_ids, mode) -> int:  # noqa: ANN001
    failures = 0
    source = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    with source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            out, failed = _answer_line(assistant, number, line, doc_ids, mode)
            failures += failed
            click.echo(json.dumps(out, ensure_ascii=False))
            sys.stdout.flush()  # a reader on a pipe gets each answer as it is made
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
    assistant = Assistant.from_settings(settings(), say=lambda line: click.echo(line, err=True))
    docs = list(doc_ids) or None
    if batch:
        if _batch(assistant, batch, docs, mode):
            raise click.exceptions.Exit(1)
        return
    answer = assistant.ask(question, doc_ids=docs, mode=mode)
    click.echo(answer.model_dump_json(indent=2) if as_json else render(answer))
