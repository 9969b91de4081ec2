"""Settings tree, secrets and the bench command."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from congress_qa import Settings, get_settings
from congress_qa.cli import main


def test_every_field_has_a_description() -> None:
    def walk(model: type) -> list[str]:
        missing = []
        for name, field in model.model_fields.items():
            if not field.description:
                missing.append(f"{model.__name__}.{name}")
            annotation = field.annotation
            if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
                missing += walk(annotation)
        return missing

    assert walk(Settings) == []


def test_environment_overrides_nested_sections(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("CONGRESS_QA_RETRIEVAL__TOP_K", "9")
    monkeypatch.setenv("CONGRESS_QA_CHROMA_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("CONGRESS_QA_HOME", str(tmp_path / "x"))
    settings = get_settings()
    assert settings.retrieval.top_k == 9
    assert settings.effective_chroma_url == "http://127.0.0.1:9"
    assert settings.data_dir == (tmp_path / "x").resolve()


def test_unknown_settings_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError):
        Settings(retrieval={"top_kk": 3})  # type: ignore[arg-type]


def test_api_key_comes_only_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert get_settings().llm.api_key is None
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert get_settings().llm.api_key.get_secret_value() == "sk-test"
    assert "sk-test" not in get_settings().model_dump_json()
    with pytest.raises(ValidationError):
        Settings(llm={"api_key": "inline"})  # type: ignore[arg-type]


def test_bench_ingest_reports_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "ingest", "--sizes", "60"]) == 0
    header, row = capsys.readouterr().out.strip().splitlines()
    assert "embed+store u/s" in header
    units, parse, embed, reingest, rss = row.split()
    assert int(units) == 60 and float(parse) > 0 and float(embed) > 0 and float(rss) > 50
    # Re-ingesting the unchanged corpus is timed against the first ingest, as a ratio.
    assert reingest.endswith("x") and float(reingest[:-1]) > 1
