"""The dashboard in real Chromium: every page renders its charts without an error, deep links
work, and full-page screenshots land in ``artifacts/screenshots/`` (with DETENTE_UPDATE_DOCS=1 the
Commitments one with a ledger decision also replaces ``docs/commitments.png`` for the README)."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGES = {"overview": "", "topics": "topics", "tension": "tension", "commitments": "commitments", "articles": "articles"}
CHARTS = {"overview": 2, "topics": 5, "tension": 3, "commitments": 2, "articles": 0}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Chromium not found at {CHROMIUM}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit not healthy at {url} after {timeout} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``streamlit run dashboard.py`` on a free port, stopped at the end of the module."""
    port = free_port()
    log = (tmp_path_factory.mktemp("streamlit") / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true", "--server.port", str(port),
         "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=ROOT,
        env={**os.environ, "DETENTE_DATA_DIR": str(tmp_path_factory.mktemp("ledger"))},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def wait_for_app(page, charts: int) -> None:
    """Wait for the title, for the script run to finish and for every chart to draw."""
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=90_000)
    page.wait_for_function(
        """(charts) => {
            const running = document.querySelector('[data-testid="stStatusWidget"]');
            const drawn = document.querySelectorAll('[data-testid="stPlotlyChart"] .main-svg').length;
            const frames = document.querySelectorAll('[data-testid="stPlotlyChart"]').length;
            return !running && frames >= charts && drawn >= frames;
        }""",
        arg=charts,
        timeout=90_000,
        polling=250,
    )
    page.wait_for_timeout(800)


def assert_no_errors(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator('[data-testid="stException"]').first.inner_text()
    errors = page.locator('[data-testid="stAlertContentError"]')
    assert errors.count() == 0, errors.first.inner_text()


def full_page_screenshot(page, path: Path) -> None:
    """Streamlit scrolls inside its own container: grow the viewport to the content, then shoot."""
    width = page.viewport_size["width"]
    height = page.evaluate(
        """() => Math.max(document.body.scrollHeight,
            ...Array.from(document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"], section'))
                .map(e => e.scrollHeight))"""
    )
    page.set_viewport_size({"width": width, "height": min(int(height) + 40, 16_000)})
    page.wait_for_timeout(900)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)


@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders_in_chromium(server, browser, name):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        page.goto(f"{server}/{PAGES[name]}")
        wait_for_app(page, CHARTS[name])
        assert_no_errors(page)
        nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
        assert all(title in nav for title in ("Overview", "Topics", "Tension", "Commitments", "Articles")), nav
        if name == "articles":
            page.wait_for_selector(".dt-article", timeout=30_000)
            assert page.locator(".dt-article").count() == 1
            assert page.get_by_text("Sample", exact=True).count() >= 1
        full_page_screenshot(page, SHOTS / f"{name}.png")
    finally:
        page.close()


@pytest.mark.parametrize("name", ["overview", "commitments"])
def test_narrow_window(server, browser, name):
    page = browser.new_page(viewport={"width": 480, "height": 900})
    try:
        page.goto(f"{server}/{PAGES[name]}")
        wait_for_app(page, CHARTS[name])
        assert_no_errors(page)
        full_page_screenshot(page, SHOTS / f"narrow-{name}.png")
    finally:
        page.close()


def test_clicking_a_bar_lists_its_sentences(server, browser):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        page.goto(f"{server}/topics")
        wait_for_app(page, CHARTS["topics"])
        chart = page.locator('[data-testid="stPlotlyChart"]').first
        chart.scroll_into_view_if_needed()
        top_bar = chart.locator(".point path").last.bounding_box()
        page.mouse.click(top_bar["x"] + top_bar["width"] / 2, top_bar["y"] + top_bar["height"] / 2)
        page.wait_for_selector("text=Sentences behind", timeout=30_000)
        assert_no_errors(page)
        assert page.locator("text=Sentences behind").first.inner_text().startswith("Sentences behind ")
    finally:
        page.close()


def test_deep_link_reproduces_the_view_and_opens_an_article(server, browser):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        page.goto(f"{server}/commitments?actor=China&topic=trade")
        wait_for_app(page, CHARTS["commitments"])
        assert_no_errors(page)
        subtitle = page.locator(".js-plotly-plot .gtitle-subtitle, .js-plotly-plot text.gtitle-subtitle").first
        # the subtitle wraps to fit a narrow window: read its lines with a space between them
        lines = subtitle.evaluate("e => Array.from(e.querySelectorAll('tspan.line')).map(t => t.textContent).join(' ') || e.textContent") if subtitle.count() else page.content()
        assert "actors China" in " ".join(lines.split()), lines
        assert "actor=China" in page.url and "topic=trade" in page.url
        link = page.locator('[data-testid="stPageLink"] a').first
        link.click()
        page.wait_for_url("**/articles?*", timeout=30_000)
        wait_for_app(page, 0)
        assert_no_errors(page)
        assert "article=" in page.url and "actor=China" in page.url
        assert page.locator(".dt-article").count() == 1
    finally:
        page.close()


def shows(page, text: str) -> None:
    """Wait until the main area's text contains ``text``."""
    page.wait_for_function("(t) => document.querySelector('[data-testid=\"stMain\"]').innerText.includes(t)", arg=text, timeout=15_000)


def test_commitments_page_shows_the_ledger(server, browser):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        page.goto(f"{server}/commitments")
        wait_for_app(page, CHARTS["commitments"])
        assert_no_errors(page)
        main = page.locator('[data-testid="stMain"]')
        assert main.get_by_text("Verification ledger", exact=True).count() >= 2, "the panel and the section"
        for label in ("Record decision", "Add commitment", "Import", "Export JSON", "Export CSV (ZIP)"):
            assert main.get_by_role("button", name=label).count() >= 1, label
        for tab in ("Change status", "Notes (0)", "History (0)"):
            assert main.get_by_role("tab", name=tab).count() == 1, tab
        shows(page, "(inferred by the analysis)")
        main.get_by_role("textbox", name="Your name").fill("ann")
        main.get_by_role("textbox", name="Your name").press("Enter")
        page.wait_for_timeout(800)

        # add evidence by hand: it is listed and drawn on the timeline, outlined
        main.get_by_role("tab", name="Add evidence (0)").click()
        main.get_by_role("button", name="Add evidence").wait_for(timeout=10_000)
        assert_no_errors(page)
        main.get_by_role("textbox", name="Source").fill("DOJ press release")
        main.get_by_role("button", name="Add evidence").click()
        page.wait_for_selector("text=Evidence added", timeout=30_000)
        wait_for_app(page, CHARTS["commitments"])
        assert_no_errors(page)
        assert "evidence by an analyst" in page.locator(".js-plotly-plot").first.text_content()

        # record a decision through the form: the history gains a row and the timeline an analyst mark
        main.get_by_role("tab", name="Change status").click()
        page.wait_for_timeout(300)
        main.locator('[data-testid="stSelectbox"]').filter(has_text="New status").click()
        page.get_by_role("option", name="Partial", exact=True).click()
        main.get_by_role("textbox", name="Reason (required)").fill("DOJ indictments of two precursor makers; shipments continue")
        main.locator('[data-testid="stMultiSelect"]').filter(has_text="Evidence (at least one)").locator("input").click()
        page.locator('[role="option"]').first.click()
        page.keyboard.press("Escape")
        main.get_by_role("button", name="Record decision").click()
        page.wait_for_selector("text=Recorded:", timeout=30_000)
        wait_for_app(page, CHARTS["commitments"])
        assert_no_errors(page)
        assert main.get_by_role("tab", name="History (1)").count() == 1
        assert main.get_by_role("textbox", name="Reason (required)").input_value() == "", "the form is cleared after a write"
        shows(page, "Partial (analyst decision)")
        shows(page, "(analyst decision)")
        assert "analyst decision" in page.locator(".js-plotly-plot").first.text_content()
        full_page_screenshot(page, SHOTS / "commitments-ledger.png")
        if os.environ.get("DETENTE_UPDATE_DOCS"):  # refresh the README's screenshot on request only
            shutil.copyfile(SHOTS / "commitments-ledger.png", ROOT / "docs" / "commitments.png")
    finally:
        page.close()
