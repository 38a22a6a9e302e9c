"""End to end: the real dashboard in a real headless Chromium (Debian's, driven by Playwright),
with every request outside 127.0.0.1 refused: the map must draw with no network."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import (ARTICLES, CHROMIUM, KILLED_TOTAL, MAP, MARKERS, ROOT, download, evaluate_in_frames, metric,
                      popup_text, running_dashboard, upload)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (scripts/test.sh installs it)")
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dash")
    articles = tmp / "articles"
    shutil.copytree(ARTICLES, articles)
    env = dict(os.environ, GEO_ARTICLES=str(articles), GEO_ALIASES=str(tmp / "aliases.csv"),
               GEO_STORE_DIR=str(tmp / "store"), PYTHONPATH=str(ROOT))
    with running_dashboard(env) as address:
        yield address


@pytest.fixture
def page(server, browser):
    pg = browser.pages[0] if browser.pages else browser.new_page()
    pg.blocked = browser.blocked
    pg.goto(server, wait_until="domcontentloaded")
    pg.get_by_text("Incidents and tolls").first.wait_for(timeout=90_000)
    return pg


def _markers(page, minimum: int = 1, timeout: int = 60_000) -> int:
    frame = page.frame_locator(MAP).first
    frame.locator(MARKERS).nth(minimum - 1).wait_for(timeout=timeout)
    return frame.locator(MARKERS).count()


def test_map_draws_offline_and_screenshot(page):
    n = _markers(page, 5)
    assert n >= 5
    page.wait_for_timeout(1500)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=False)
    assert metric(page, "Killed") == f"{KILLED_TOTAL:,}"
    # Leaflet came from the app itself, never from a CDN
    assert not [u for u in page.blocked if "leaflet" in u.lower()]


def _table(page) -> str:
    page.get_by_role("tab", name="Localities").click()
    return page.locator('[data-testid="stDataFrame"] table').first.inner_text()


def _first_popup(page) -> str:
    """Open the popup of the first (largest) circle and return its text."""
    return popup_text(page, 0)


def _wait_changed(read, before: str, timeout_s: float = 30) -> str:
    """``read()`` once it differs from ``before`` and has settled: a rerun redraws
    asynchronously, and a table read halfway through its redraw differs from the one before
    it and from the one after, so a changed value counts only when the next read, half a
    second later, gives it again."""
    deadline = time.time() + timeout_s
    now = read()
    while time.time() < deadline:
        if now != before:
            time.sleep(0.5)
            again = read()
            if again == now:
                return now
            now = again
            continue
        time.sleep(0.5)
        now = read()
    return now


def test_unchecking_a_source_changes_map_and_table(page):
    _markers(page, 5)
    before_killed = metric(page, "Killed")
    table_before = _table(page)
    popup_before = _first_popup(page)
    # zoom out (everything stays in view) and check the toggle keeps it
    zoom = _map_frame(page).evaluate("() => { window.map.setZoom(window.map.getZoom() - 1, {animate: false}); return window.map.getZoom(); }")
    page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]').first.click()
    page.wait_for_function("""() => [...document.querySelectorAll('[data-testid="stMetric"]')]
                               .some(m => m.innerText.includes('Sources') && m.innerText.includes('4 /'))""", timeout=60_000)
    assert metric(page, "Killed") != before_killed
    assert _wait_changed(lambda: _table(page), table_before) != table_before
    _markers(page, 1)
    assert _wait_changed(lambda: _first_popup(page), popup_before) != popup_before
    # only the data layer was replaced: the analyst's view (zoom) survived the toggle
    assert _map_frame(page).evaluate("() => window.map.getZoom()") == zoom


def _map_frame(page):
    return page.locator(MAP).first.element_handle().content_frame()


def test_download_is_valid_geojson(page, tmp_path):
    import geopandas as gpd

    page.get_by_role("tab", name="Download").click()
    path = tmp_path / "d.geojson"
    download(page, "Download GEOJSON").save_as(str(path))
    df = gpd.read_file(path)
    assert len(df) > 3 and df.crs.to_epsg() == 4326 and "killed_best" in df.columns
    assert int(df.killed_best.fillna(0).sum()) == KILLED_TOTAL


EVIL = ('Gunmen killed 7 civilians in Homs on Monday. <img src=x onerror="window.__pwned=1"> '
        '<script>window.__pwned=2</script> "quotes" \'single\' `backticks` back\\slash \\u003c /script>\n')


def test_hostile_upload_is_shown_as_text_and_runs_no_script(page, tmp_path):
    evil = tmp_path / "evil<img src=y onerror=window.__pwned=3>.txt"
    evil.write_text(EVIL, encoding="utf-8")
    before = _markers(page, 5)
    upload(page, [str(evil)])
    page.get_by_text("Added:").first.wait_for(timeout=60_000)
    n = _markers(page, before + 1)  # the rerun replaced the map: wait for the new marker
    found = ""
    for k in range(n):  # open popups until the one that quotes the hostile sentence
        text = popup_text(page, k)
        if "__pwned" in text:
            found = text
            break
    assert found, "the hostile article's popup was not found"
    # shown as text, character for character
    assert '<img src=x onerror="window.__pwned=1">' in found
    assert "<script>window.__pwned=2</script>" in found
    assert "`backticks`" in found and "back\\slash" in found and '"quotes"' in found
    for url, (pwned, injected) in evaluate_in_frames(page, "() => [window.__pwned === undefined, "
                                                     "document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script').length]"):
        assert pwned, f"a payload ran in {url}"
        assert injected == 0, url
    # its place is in the table (which the last click, on its circle, narrowed to it: a rerun away)
    deadline = time.time() + 30
    while "Homs" not in _table(page) and time.time() < deadline:
        time.sleep(0.5)
    assert "Homs" in _table(page)


def test_bad_upload_gets_its_message_and_loses_nothing(page, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 64)
    good = tmp_path / "good.txt"
    good.write_text("Shelling killed 9 civilians in Idlib on Tuesday.", encoding="utf-8")
    before = int(metric(page, "Sources").split("/")[1])  # uploads of earlier tests are kept: the store is shared
    upload(page, [str(empty), str(binary), str(good)])
    page.get_by_text("the file is empty").first.wait_for(timeout=60_000)
    assert page.get_by_text("binary data").first.is_visible()
    assert page.get_by_text("Added:").first.is_visible()
    assert int(metric(page, "Sources").split("/")[1]) == before + 1


def test_the_view_is_in_the_address_and_a_link_opens_it(page, server):
    # a toggle writes the view into the address bar ...
    page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]').first.click()
    page.wait_for_function("() => window.location.search.includes('sources=')", timeout=60_000)
    link = page.url
    killed = _wait_changed(lambda: metric(page, "Killed"), f"{KILLED_TOTAL:,}")
    sources = metric(page, "Sources")  # (earlier tests of this server may have added uploads)
    assert sources.split(" / ")[0] == str(int(sources.split(" / ")[1]) - 1)
    # ... and a colleague opening that link (a new session) sees the same view
    page.goto("about:blank")
    page.goto(link, wait_until="domcontentloaded")
    page.get_by_text("Incidents and tolls").first.wait_for(timeout=90_000)
    assert _wait_changed(lambda: metric(page, "Sources"), "", timeout_s=60) == sources
    assert _wait_changed(lambda: metric(page, "Killed"), "", timeout_s=60) == killed
    _markers(page, 1)


def test_a_click_on_a_circle_narrows_the_tables_to_its_locality(page):
    _markers(page, 5)
    everything = _table(page)
    popup_text(page, 0)  # a click on the largest circle
    note = page.get_by_text("chosen on the map").first
    note.wait_for(timeout=60_000)
    name = note.inner_text().split("Tables show ", 1)[1].split(" only", 1)[0]
    narrowed = _wait_changed(lambda: _table(page), everything)
    assert name in narrowed
    page.wait_for_function("() => window.location.search.includes('place=')", timeout=30_000)  # (a link keeps it)
    assert len(narrowed) < len(everything)
    page.wait_for_timeout(800)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-clicked.png"), full_page=False)
    # ... and the whole table is back on request; the map kept its circles
    page.get_by_role("button", name="Show all localities").click()
    assert _wait_changed(lambda: _table(page), narrowed) == everything
    page.wait_for_function("() => !window.location.search.includes('place=')", timeout=30_000)
    assert page.frame_locator(MAP).first.locator(MARKERS).count() >= 5  # (the popup may have panned some out of view)


def test_the_map_search_box_picks_a_place_and_narrows_the_tables_to_it(page):
    _markers(page, 5)
    everything = _table(page)
    frame = page.frame_locator(MAP).first
    frame.locator(".geo-search input").fill("jabl")  # part of a name shown on the map
    hit = frame.locator(".geo-search-hit").first
    hit.wait_for(timeout=30_000)
    assert hit.inner_text().startswith("Jablah")
    hit.click()
    assert frame.locator(".leaflet-popup-content b").first.inner_text() == "Jablah"
    page.get_by_text("Tables show Jablah only").first.wait_for(timeout=60_000)
    narrowed = _wait_changed(lambda: _table(page), everything)
    assert "Jablah" in narrowed and len(narrowed) < len(everything)


def test_an_area_drawn_on_the_map_narrows_the_page_and_a_link_keeps_it(page):
    _markers(page, 5)
    killed = metric(page, "Killed")
    frame = page.frame_locator(MAP).first
    # a box around Tartus only (press, drag, release with the map's own tool)
    where = next(fr for fr in page.frames if "__GLOBAL_DATA__" in fr.evaluate("() => Object.keys(window).join(' ')"))
    pts = where.evaluate("""() => { const m = window[Object.keys(window).find(k => k.startsWith('map_'))];
        m.setView([34.95, 35.9], 9, {animate: false});
        const r = m.getContainer().getBoundingClientRect();
        return [[34.75, 35.7], [35.1, 36.1]].map(p => { const q = m.latLngToContainerPoint(p); return [q.x + r.left, q.y + r.top]; }); }""")
    page.wait_for_timeout(500)
    origin = frame.locator(".leaflet-container").bounding_box()
    frame.locator(".geo-draw-area").click()
    (x0, y0), (x1, y1) = pts
    page.mouse.move(origin["x"] + x0, origin["y"] + y0)
    page.mouse.down()
    page.mouse.move(origin["x"] + (x0 + x1) / 2, origin["y"] + (y0 + y1) / 2, steps=5)
    page.mouse.move(origin["x"] + x1, origin["y"] + y1, steps=5)
    page.mouse.up()
    page.wait_for_function("() => window.location.search.includes('area=box')", timeout=60_000)
    narrowed = _wait_changed(lambda: metric(page, "Killed"), killed)
    assert int(narrowed.replace(",", "")) < int(killed.replace(",", ""))
    area = page.locator('[data-testid="stSidebar"] input[aria-label="Area"]')
    assert _wait_changed(lambda: area.input_value(), "Everywhere").startswith("Drawn on the map: 34.75°N 35.70°E")
    page.wait_for_timeout(800)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-area.png"), full_page=False)
    link = page.url
    page.goto("about:blank")
    page.goto(link, wait_until="domcontentloaded")
    page.get_by_text("Incidents and tolls").first.wait_for(timeout=90_000)
    assert _wait_changed(lambda: metric(page, "Killed"), "", timeout_s=60) == narrowed
