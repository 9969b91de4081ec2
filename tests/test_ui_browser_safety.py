"""In a real browser, a document that plants Markdown images (in its title, meeting, heading
and paragraphs) makes no request: Debian's Chromium on `congress-qa ui`, and a recording HTTP
server on 127.0.0.1 standing where the images point."""

from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from _procs import env_for, run
from conftest import free_port, wait_http

CHROMIUM = "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="`make test` installs Debian chromium"),
]


def _planted(port: int) -> str:
    img = f"http://127.0.0.1:{port}"
    return (
        "General Assembly\n\nDistr.: Limited\n3 March 2025\n\n"
        f"Regional Preparatory Meeting ![m]({img}/meeting.png) for the Fifteenth Congress\n\n"
        "Bangkok, 1–3 March 2025\n\n"
        f"Report ![t]({img}/title.png)\n\n"
        f"I. Findings ![h]({img}/heading.png)\n\n"
        f"1. Speakers discussed piracy and armed robbery at sea ![p]({img}/para.png) in the "
        f"region, <img src='{img}/tag.png'>.\n\n"
        f"2. Speakers also discussed fisheries crime [link]({img}/link.png).\n"
    )


@pytest.fixture
def recorder():  # noqa: ANN201
    requests: list[str] = []

    class Record(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Record)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_port, requests
    server.shutdown()


def test_planted_images_are_never_fetched(recorder, isolated_home: Path, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    port, requests = recorder
    doc = tmp_path / "planted.txt"
    doc.write_text(_planted(port), encoding="utf-8")
    env = env_for(isolated_home)
    assert run(["ingest", str(doc)], env).returncode == 0
    ui_port = free_port()
    cli = shutil.which("congress-qa", path=str(Path(sys.executable).parent))
    proc = subprocess.Popen(
        [cli, "ui", "--port", str(ui_port)],
        env=os.environ | env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_http(f"http://127.0.0.1:{ui_port}/_stcore/health", timeout=120)
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM,
                args=["--headless", "--no-sandbox", "--disable-gpu",
                      "--disable-background-networking", "--disable-component-update",
                      "--no-first-run"],
            )  # fmt: skip
            page = browser.new_page(viewport={"width": 1300, "height": 1000})
            page.goto(f"http://127.0.0.1:{ui_port}")
            box = page.get_by_placeholder("Ask about the documents…")
            box.wait_for(timeout=120_000)
            sidebar = page.locator("[data-testid=stSidebar]")
            assert "Report ![t](" in sidebar.inner_text()  # shown, as text
            box.fill("What was said about piracy?")
            box.press("Enter")
            card = page.locator(".cqa-card").first
            card.wait_for(timeout=120_000)
            assert "at sea ![p](" in card.inner_text()
            assert "I. Findings ![h](" in card.inner_text()
            page.goto(f"http://127.0.0.1:{ui_port}/topic")
            topic = page.get_by_placeholder("e.g. children, environment, migrants")
            topic.wait_for(timeout=60_000)
            topic.fill("piracy")
            topic.press("Enter")
            page.locator(".cqa-card").first.wait_for(timeout=60_000)
            assert "![p](" in page.locator(".cqa-card").first.inner_text()
            page.wait_for_timeout(1500)  # time for any image request to go out
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    time.sleep(0.2)
    assert requests == []
