"""Shared fixtures: the real gazetteer (built once per machine, then cached) and the
bundled articles. Nothing is mocked: tests run the code a user runs."""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
# the samples' expected figures, in one place (tests/test_golden.py; tests/golden/update.py)
GOLDEN = json.loads((ROOT / "tests" / "golden" / "samples.json").read_text(encoding="utf-8"))
KILLED_TOTAL = GOLDEN["killed_best_total"]
CHROMIUM = "/usr/bin/chromium"  # Debian's; never `playwright install`
MAP = 'iframe[title="streamlit_folium.st_folium"]'
MARKERS = ".leaflet-overlay-pane path.leaflet-interactive"


@pytest.fixture(scope="session")
def gazetteer():
    from geo.gazetteer import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def resolver(gazetteer):
    from geo.toponyms import ToponymResolver

    return ToponymResolver(gazetteer)


@pytest.fixture(scope="session")
def sample_places(resolver):
    """ArticlePlaces of every bundled article."""
    from geo.articles import load_articles

    articles, errors = load_articles([ARTICLES])
    assert not errors
    return [resolver.resolve(a) for a in articles]


@pytest.fixture
def isolated_user_dirs(tmp_path, monkeypatch):
    """A private cache and data dir, for tests that build or import."""
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("GEO_DATA_DIR", str(tmp_path / "userdata"))
    return tmp_path


_STORE = None


def run_env() -> dict:
    """The environment of a `python -m geo` subprocess: the project on the path and a store
    of its own (never the developer's var/)."""
    global _STORE
    import tempfile

    env = dict(os.environ)
    if _STORE is None:
        _STORE = tempfile.mkdtemp(prefix="geo-test-store-")
    env.setdefault("GEO_STORE_DIR", _STORE)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_dashboard(env: dict):
    """A real dashboard on a free port of 127.0.0.1 (``start_dashboard``) while the block runs:
    its address; stopped after."""
    import subprocess

    port = free_port()
    proc = start_dashboard(env, port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def start_dashboard(env: dict, port: int, extra: list[str] | None = None, timeout: float = 120):
    """A real `streamlit run dashboard.py` on 127.0.0.1:port; returns the process once healthy."""
    import subprocess
    import sys
    import time
    import urllib.request

    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false", *(extra or [])],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                return proc
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])


def chromium_context(p, profile: str):
    """Debian's Chromium through Playwright, every request outside 127.0.0.1 refused."""
    ctx = p.chromium.launch_persistent_context(
        profile, executable_path=CHROMIUM, headless=True, accept_downloads=True,
        viewport={"width": 1400, "height": 1000},
        args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
              "--disable-component-update", "--disable-sync"])

    blocked: list[str] = []

    def offline(route):
        url = route.request.url
        host = url.split("/")[2] if "://" in url else ""
        if host.startswith("127.0.0.1") or url.startswith(("data:", "blob:", "about:")):
            return route.continue_()
        blocked.append(url)
        return route.abort()

    ctx.route("**/*", offline)
    ctx.blocked = blocked  # what the page tried to fetch from elsewhere
    return ctx


@pytest.fixture
def browser(tmp_path):
    """A fresh offline Chromium context (own profile, so own cookies) for one test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = chromium_context(p, str(tmp_path / "profile"))
        yield ctx
        ctx.close()


def metric(page, label: str, timeout: float = 30_000) -> str:
    """The value of the dashboard's metric whose label contains ``label``."""
    m = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return m.locator('[data-testid="stMetricValue"]').inner_text(timeout=timeout)


def evaluate_in_frames(page, js: str) -> list[tuple[str, object]]:
    """(url, result of `js`) for every frame of the page. A rerun may replace the map's iframe
    while it is being read ("Frame was detached"): then all frames are read again, so the
    replacing frame is checked too."""
    from playwright.sync_api import Error

    for attempt in range(5):
        try:
            return [(fr.url, fr.evaluate(js)) for fr in page.frames]
        except Error as e:
            if "detached" not in str(e) or attempt == 4:
                raise
            page.wait_for_timeout(1000)
    raise AssertionError("unreachable")


def download(page, button: str, attempts: int = 3, name: str | None = None):
    """Click the download button named ``button``; the Download it starts. A click that lands
    while a rerun replaces the button starts nothing (seen once in CI), and one that lands just
    after a widget changed may still get the button's previous file: click again, as a user
    would, until a file (named ``name``, when given) comes. A button that never downloads
    still fails, after ``attempts`` tries."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(attempts):
        try:
            with page.expect_download(timeout=30_000) as dl:
                page.get_by_role("button", name=button).click(timeout=30_000)
            if name is None or dl.value.suggested_filename == name or attempt == attempts - 1:
                return dl.value
            page.wait_for_timeout(2000)
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def upload(page, files: list[str], attempts: int = 3) -> None:
    """Add ``files`` through the Add articles tab: pick them, click "Add N file(s)". Files
    picked while a rerun replaces the uploader are dropped by it and no button comes: pick them
    again, as a user would; a tab click lost under load is clicked again. An uploader that never
    offers the button still fails."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    uploader = page.locator('[data-testid="stFileUploader"]')
    for attempt in range(attempts):
        open_tab(page, "Add articles")  # a tab click lost under load leaves the button hidden (seen in CI)
        if uploader.locator('[data-testid="stFileChip"]').count() == 0:  # none picked, or dropped
            uploader.locator('input[type="file"]').set_input_files(files)
        try:
            page.get_by_role("button", name=f"Add {len(files)} file(s)").click(timeout=40_000)
            return
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise


def popup_text(page, k: int = 0) -> str:
    """Open the popup of the ``k``-th circle on the map and return its text. Leaflet keeps a
    closing popup in the page for its 200 ms fade, so the popup just opened is the *last* one
    (reading the first read the previous circle's under load, seen in CI); any open popup is
    closed first so that a click never toggles the same popup shut."""
    frame = page.locator(MAP).first.element_handle().content_frame()
    frame.evaluate("() => window.map.closePopup()")
    frame.locator(MARKERS).nth(k).dispatch_event("click")
    newest = frame.locator(".leaflet-popup-content").last
    newest.wait_for(timeout=10_000)
    return newest.inner_text()


def wait_idle(page, timeout: float = 90_000) -> None:
    """Wait until the page's script has finished running (Streamlit's status widget, shown
    while a rerun is under way, is gone)."""
    page.wait_for_timeout(300)  # a rerun just triggered may not have shown its widget yet
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=timeout)


def open_tab(page, name: str, attempts: int = 4) -> None:
    """Select the tab ``name``. A click that lands while a rerun redraws the tabs is lost (seen
    under load): click again until the tab says it is selected, as a user would."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    tab = page.get_by_role("tab", name=name)
    for attempt in range(attempts):
        tab.click(timeout=30_000)
        try:
            page.wait_for_function("(el) => el.getAttribute('aria-selected') === 'true'", arg=tab.element_handle(),
                                   timeout=10_000)
            return
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise


def choose(page, label: str) -> None:
    """Pick the radio option ``label`` and wait for the rerun it starts to finish."""
    option = page.get_by_text(label, exact=True).first
    for _ in range(4):
        option.click()
        wait_idle(page)
        if page.get_by_role("radio", name=label).is_checked():
            return
    raise AssertionError(f"the option {label!r} could not be chosen")


# Markers, so that a quick run can leave the slow parts out (the README's test command runs
# everything): `browser` drives Debian's Chromium or runs dashboard servers (and nginx);
# `gazetteer` needs the real gazetteer (its fixtures, or the CLI and dashboard that load it).
BROWSER_MODULES = {"test_proxy"}
GAZETTEER_MODULES = {"test_cli", "test_export", "test_cluster", "test_install", "test_dashboard_app", "test_online", "test_project"}
GAZETTEER_FIXTURES = {"gazetteer", "resolver", "sample_places"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        if module.endswith("_browser") or module in BROWSER_MODULES:
            item.add_marker(pytest.mark.browser)
        elif module in GAZETTEER_MODULES or GAZETTEER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gazetteer)


def serve_map(folder: Path, html: str):
    """``html`` (a standalone map whose assets are under ``vendor/``) served from 127.0.0.1
    with geo's own assets, as a browser test or a benchmark opens it; ``(url, server)``, the
    server to ``shutdown()``."""
    import functools
    import http.server
    import threading

    from geo.mapview import install_assets

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    (folder / "map.html").write_text(html, encoding="utf-8")
    install_assets(folder)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{srv.server_address[1]}/map.html", srv
