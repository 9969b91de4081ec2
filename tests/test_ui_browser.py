"""End to end in a real browser: `congress-qa ui` on 127.0.0.1 and Debian's Chromium driven
by Playwright (never a downloaded browser)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, free_port, wait_http

CHROMIUM = "/usr/bin/chromium"
OUTPUT = ROOT / "test-output" / "ui"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="`make test` installs Debian chromium"),
]


@pytest.fixture
def served(isolated_home: Path):  # noqa: ANN201
    port = free_port()
    started = time.monotonic()
    cli = shutil.which("congress-qa", path=str(Path(sys.executable).parent))
    proc = subprocess.Popen(
        [cli, "ui", "--port", str(port)],
        env=os.environ | {"CONGRESS_QA_HOME": str(isolated_home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/_stcore/health", timeout=120)
        yield f"http://127.0.0.1:{port}", started
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_chat_in_chromium(served, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    url, started = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],  # fmt: skip
        )
        page = browser.new_page(viewport={"width": 1300, "height": 1000}, accept_downloads=True)
        page.goto(url)
        box = page.get_by_placeholder("Ask about the documents…")
        box.wait_for(timeout=120_000)
        tick = time.monotonic()
        box.fill("Who are increasingly targets of online frauds and scams?")
        box.press("Enter")
        card = page.locator(".cqa-card").first
        card.wait_for(timeout=120_000)
        first_answer = time.monotonic()
        chip = page.locator("[data-testid=stChatMessage] .cqa-chip").first
        assert chip.inner_text() == "8(g)"
        assert "who are increasingly targets of online frauds and scams" in card.inner_text()
        assert card.locator("mark").count() == 1

        tick2 = time.monotonic()
        box.fill("Why are they vulnerable?")
        box.press("Enter")
        page.wait_for_function(
            "document.querySelectorAll('[data-testid=stChatMessage]').length >= 4", timeout=120_000
        )
        page.locator(".cqa-card").nth(1).wait_for(timeout=60_000)
        warm = time.monotonic() - tick2
        messages = page.locator("[data-testid=stChatMessage]")
        assert "Why are they vulnerable?" in messages.nth(2).inner_text()
        assert "8(g)" in messages.nth(3).inner_text()

        with page.expect_download() as download:
            page.get_by_role("button", name="Export Markdown").click()
        exported = Path(download.value.path()).read_text(encoding="utf-8")
        assert "**Question:** Why are they vulnerable?" in exported
        assert "online frauds and scams" in exported

        shot = OUTPUT / "chat.png"
        page.screenshot(path=str(shot), full_page=True)
        shutil.copy(shot, tmp_path / "chat.png")
        browser.close()
    timings = {
        "cold_start_to_first_answer_s": round(first_answer - started, 2),
        "first_answer_after_page_load_s": round(first_answer - tick, 2),
        "warm_follow_up_s": round(warm, 2),
    }
    (OUTPUT / "timings.json").write_text(json.dumps(timings, indent=2))
    assert shot.stat().st_size > 10_000
