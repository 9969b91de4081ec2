"""calibrate: fits the answerer's evidence model on the calibration split (never the test
split) and writes it where the answerer reads it."""

from __future__ import annotations

import json
from pathlib import Path

import click
from tqdm import tqdm


@click.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write the model (default: the shipped assistant/calibration.json). The "
    "background it is measured against is always written to assistant/background.npy.",
)
@click.option("--no-rewordings", "no_rewordings", is_flag=True, help="Fit on written cases only.")
@click.option(
    "--topic-only",
    "topic_only",
    is_flag=True,
    help="Refit only the topic thresholds (page and chat answers), keeping the rest as shipped.",
)
def calibrate(out, no_rewordings, topic_only) -> None:  # noqa: ANN001
    """Fit the evidence weights, answer threshold and keep margin on the calibration split."""
    import tempfile

    from assistant import Assistant
    from assistant import _background as background
    from assistant._evidence import CALIBRATION_FILE
    from congress_qa.settings import Settings
    from eval.calibrate import background_vectors, refit_topic_threshold
    from eval.calibrate import calibrate as fit
    from eval.cases import load_topics
    from eval.runner import corpus_paths
    from eval.suite import split_cases
    from ingest import Ingestor

    part = split_cases("calibration", variants=not no_rewordings)
    with tempfile.TemporaryDirectory(prefix="congress-qa-calibrate-") as tmp:
        settings = Settings(home=Path(tmp))
        ingestor = Ingestor(settings)
        ingestor.ingest([p for folder in corpus_paths(settings) for p in sorted(folder.glob("*"))])
        assistant = Assistant(settings, ingestor)
        topics = load_topics(("calibration",))
        if topic_only:
            model = refit_topic_threshold(assistant, topics, assistant.extractive.model)
        else:
            # The background first: every feature is measured against it.
            background.save(background_vectors(assistant, part.all))
            assistant = Assistant(settings, ingestor)
            bar = tqdm(
                total=len(part.all), desc="calibrate", unit="case", disable=None, leave=False
            )
            model = fit(assistant, part.all, lambda _: bar.update(1), topics=topics)
            bar.close()
    target = out or CALIBRATION_FILE
    model.save(target)
    shown = model.model_dump()
    shown["fitted_on"] = {k: v for k, v in model.fitted_on.items() if k != "margins"}
    click.echo(json.dumps(shown, indent=2))
    click.echo(f"written to {target}")
