"""ingest, docs, remove."""

from __future__ import annotations

import json
from pathlib import Path

import click
from tqdm import tqdm

from congress_qa.cli._common import settings


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def ingest(paths: tuple[Path, ...]) -> None:
    """Ingest files or folders (txt, md, docx, pdf, html) into the store."""
    from ingest import Ingestor, expand_paths

    files = expand_paths(paths)
    missing = [p for p in files if not p.exists()]
    for path in missing:
        click.echo(f"failed: {path}: no such file or folder", err=True)
    files = [p for p in files if p.exists()]
    ingestor = Ingestor(settings(), say=lambda line: click.echo(line, err=True))
    retriever = _keep_index(ingestor)
    # disable=None: the bar shows on a terminal and stays out of logs and pipes.
    bar = tqdm(total=len(files), unit="file", desc="ingest", disable=None, leave=False)

    def progress(done: int, total: int, name: str) -> None:
        bar.n = done
        bar.set_postfix_str(Path(name).name, refresh=True)

    report = ingestor.ingest(files, progress)
    bar.close()
    if report.count("added") or report.count("replaced"):
        _save_index(retriever)
    for result in report.files:
        if result.status == "failed":
            click.echo(f"failed: {result.message}", err=True)
        else:
            click.echo(
                f"{result.status}: {result.doc_id} ({result.units} units) from {result.path}"
            )
    click.echo(
        f"{report.count('added')} added, {report.count('replaced')} replaced, "
        f"{report.count('unchanged')} unchanged, {len(report.failed) + len(missing)} failed "
        f"in {report.seconds:.1f}s"
    )
    if report.failed or missing:
        raise click.exceptions.Exit(1)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def docs(as_json: bool) -> None:
    """List the documents in the store with their metadata and unit ids."""
    from ingest import open_store

    store = open_store(settings())
    listing = []
    for meta in store.documents():
        units = [c.metadata for c in store.chunks([meta.doc_id]) if c.metadata["part"] == 0]
        listing.append(meta.model_dump() | {"units": [u["unit_id"] for u in units]})
    if as_json:
        click.echo(json.dumps(listing, indent=2, ensure_ascii=False))
        return
    if not listing:
        click.echo("The store is empty; `congress-qa ingest PATH` adds documents.")
    for doc in listing:
        click.echo(f"{doc['doc_id']}  {doc['symbol'] or '-'}  {doc['title']}  {doc['issue_date']}")
        click.echo(f"  {len(doc['units'])} units: {' '.join(doc['units'])}")


@click.command()
@click.argument("doc_id")
def remove(doc_id: str) -> None:
    """Remove a document and all its units from the store."""
    from ingest import Ingestor

    ingestor = Ingestor(settings(), say=lambda line: click.echo(line, err=True))
    ingestor.remove(doc_id)
    click.echo(f"removed: {doc_id}")
    _save_index(_keep_index(ingestor))


def _keep_index(ingestor):  # noqa: ANN001, ANN202 - ingest.Ingestor, assistant.HybridRetriever
    """The unit index of the store, kept as documents are committed: the chat and `ask`
    then load it at start instead of reading the new documents back from the store."""
    from assistant import HybridRetriever

    retriever = HybridRetriever(ingestor.store, ingestor.embedder, ingestor.settings.retrieval)
    ingestor.on_commit.append(retriever.remember)
    return retriever


def _save_index(retriever) -> None:  # noqa: ANN001 - assistant.HybridRetriever
    from ingest import StoreError

    try:
        retriever.index()
    except StoreError as exc:  # the documents are stored; readers update the index themselves
        click.echo(f"note: the unit index was not updated ({exc})", err=True)
