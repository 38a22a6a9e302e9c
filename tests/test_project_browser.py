"""End to end: a big project's claims (written by ``geo extract --dask`` on a real LocalCluster)
opened by the real dashboard in Debian's Chromium, its sources found by a search."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CHROMIUM, MAP, MARKERS, ROOT, metric, run_env, running_dashboard, wait_idle

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (scripts/test.sh installs it)")
ARTIFACTS = ROOT / "test-artifacts"
REPORTS = [  # made-up reports, each its own place
    "Gunmen killed 11 villagers in Kaduna state on Sunday, police said.",
    "A roadside bomb killed 4 soldiers in Helmand province, officials said on Monday.",
    "The Example Monitor said 6 civilians were killed by shelling in Idlib.",
    "Police said two men were shot dead in Culiacan on Friday night.",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("project")
    (tmp / "articles").mkdir()
    for k, t in enumerate(REPORTS):
        (tmp / "articles" / f"r{k}.txt").write_text(t, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "geo", "extract", tmp / "articles", "-o", tmp / "out.csv", "--dask", "local",
                        "--jobs", "2", "--claims-dir", tmp / "claims"], capture_output=True, text=True, cwd=ROOT,
                       env=run_env(), timeout=600)
    assert r.returncode == 0, r.stderr
    env = dict(os.environ, GEO_CLAIMS_DIR=str(tmp / "claims"), GEO_SOURCE_BOXES="2", GEO_ALIASES=str(tmp / "aliases.csv"),
               GEO_STORE_DIR=str(tmp / "store"), PYTHONPATH=str(ROOT))
    with running_dashboard(env) as address:
        yield address


def test_a_project_opens_on_the_map_and_its_sources_are_found(server, browser):
    page = browser.pages[0] if browser.pages else browser.new_page()
    page.goto(server, wait_until="domcontentloaded")
    page.get_by_text("Incidents and tolls").first.wait_for(timeout=90_000)
    frame = page.frame_locator(MAP).first
    frame.locator(MARKERS).nth(3).wait_for(timeout=60_000)  # Kaduna, Helmand, Idlib, Culiacan
    assert metric(page, "Sources") == "4 / 4" and metric(page, "Killed") == "23"
    side = page.locator('[data-testid="stSidebar"]')
    side.get_by_text("4 of 4 sources on the map · 4 found").wait_for(timeout=30_000)
    search = side.get_by_role("textbox", name="Find sources")
    search.fill("helmand soldiers")
    search.press("Enter")
    wait_idle(page)
    side.get_by_text("4 of 4 sources on the map · 1 found").wait_for(timeout=30_000)
    assert side.locator('[data-testid="stCheckbox"]').count() == 1
    side.locator('[data-testid="stCheckbox"]').first.click()
    wait_idle(page)
    assert metric(page, "Sources") == "3 / 4" and metric(page, "Killed") == "19"
    page.wait_for_timeout(1000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-project.png"), full_page=False)
