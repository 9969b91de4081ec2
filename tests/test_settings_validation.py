"""Bad settings give one clear line naming the variable, never a traceback; passwords in
URLs are masked wherever they are shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from congress_qa.cli import main

CLI = [sys.executable, "-c", "import sys; from congress_qa.cli import main; sys.exit(main())"]


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("CONGRESS_QA_RETRIEVAL__TOP_K", "abc", "valid integer"),
        ("CONGRESS_QA_RETRIEVAL__TOP_K", "0", "greater than or equal to 1"),
        ("CONGRESS_QA_ANSWER__MODE", "gpt", "'extractive' or 'llm'"),
        ("CONGRESS_QA_EMBEDDING__BATCH_SIZE", "0", "greater than or equal to 1"),
        ("CONGRESS_QA_CHROMA_URL", "http://[::1", "not a valid URL"),
        ("CONGRESS_QA_CHROMA_URL", "ftp://127.0.0.1:8000", "http:// or https://"),
        ("CONGRESS_QA_ANSWER__MAX_LIST_SENTENCES", "500", "less than or equal to 100"),
        ("CONGRESS_QA_STORE__COLLECTION", "a b", "should match pattern"),
        ("CONGRESS_QA_LLM__DEADLINE_S", "-1", "greater than 0"),
    ],
)
def test_a_bad_value_is_one_line_naming_its_variable(
    variable: str, value: str, says: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv(variable, value)
    assert main(["docs"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"error: invalid setting {variable}=") and says in line, line


def test_home_pointing_at_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    afile = tmp_path / "not-a-folder"
    afile.write_text("x")
    monkeypatch.setenv("CONGRESS_QA_HOME", str(afile))
    assert main(["docs"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert "CONGRESS_QA_HOME" in line and "is a file, not a folder" in line


def test_several_bad_values_give_one_line_each(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("CONGRESS_QA_RETRIEVAL__TOP_K", "abc")
    monkeypatch.setenv("CONGRESS_QA_UI__PORT", "70000")
    assert main(["docs"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert {line.split("=")[0] for line in lines} == {
        "error: invalid setting CONGRESS_QA_RETRIEVAL__TOP_K",
        "error: invalid setting CONGRESS_QA_UI__PORT",
    }


def test_a_password_in_the_chroma_url_is_never_shown(isolated_home: Path) -> None:
    from conftest import free_port

    secret = "hunter2-secret"
    for url in (f"http://bob:{secret}@127.0.0.1:{free_port()}", f"http://bob:{secret}@[::1"):
        env = os.environ | {"CONGRESS_QA_CHROMA_URL": url}
        result = subprocess.run(
            CLI + ["docs"], env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 1
        assert secret not in result.stdout + result.stderr
        assert "bob:***@" in result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_real_process_prints_no_traceback(isolated_home: Path) -> None:
    env = os.environ | {"CONGRESS_QA_RETRIEVAL__TOP_K": "abc"}
    result = subprocess.run(
        CLI + ["ask", "Who?"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: invalid setting CONGRESS_QA_RETRIEVAL__TOP_K='abc': Input should be a valid "
        "integer, unable to parse string as an integer"
    )


@pytest.mark.server
def test_a_password_in_the_chroma_url_is_sent_as_basic_auth(
    chroma_server: str, monkeypatch: pytest.MonkeyPatch, embedder
) -> None:
    """A real proxy in front of the real server lets through only requests carrying the
    URL's user and password (HTTP basic auth)."""
    import base64
    import http.server
    import threading
    import urllib.error
    import urllib.request

    from conftest import SEED

    from congress_qa import get_settings
    from ingest import Ingestor

    wanted = "Basic " + base64.b64encode(b"bob:s3cret").decode()
    seen: list[str | None] = []

    class Proxy(http.server.BaseHTTPRequestHandler):
        def _forward(self) -> None:
            seen.append(self.headers.get("Authorization"))
            if self.headers.get("Authorization") != wanted:
                self.send_response(401)
                self.end_headers()
                return
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) or None
            request = urllib.request.Request(
                chroma_server + self.path, data=body, method=self.command,
                headers={"Content-Type": self.headers.get("Content-Type", "application/json")},
            )  # fmt: skip
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    status, payload = response.status, response.read()
            except urllib.error.HTTPError as exc:
                status, payload = exc.code, exc.read()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _forward  # noqa: N815 - the http.server API

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("CONGRESS_QA_STORE__COLLECTION", "behind_proxy")
        port = proxy.server_port
        monkeypatch.setenv("CONGRESS_QA_CHROMA_URL", f"http://bob:s3cret@127.0.0.1:{port}")
        ingestor = Ingestor(get_settings())
        assert ingestor.store.location == f"http://bob:***@127.0.0.1:{port}"
        assert ingestor.ingest([SEED]).files[0].status == "added"
        assert seen and set(seen) == {wanted}
        monkeypatch.setenv("CONGRESS_QA_CHROMA_URL", f"http://bob:wrong@127.0.0.1:{port}")
        assert main(["docs"]) == 1
    finally:
        proxy.shutdown()
