"""Maps in a real browser. A crowded map: zoomed out, cells with the places' counted-once
deaths; a click on a cell zooms in; where few places are in view, the places themselves, on a
canvas. Any map: a search box over its places' names that flies to the one picked and opens it.
Made-up towns; the page is served from 127.0.0.1 with geo's own assets, nothing from elsewhere."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from conftest import CHROMIUM, serve_map
from geo.cells import cell_levels
from geo.localities import Locality
from geo.mapview import build_map
from geo.pipeline import Corpus, MapData

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


def crowd(n: int = 2400) -> list[Locality]:
    rnd = random.Random(3)
    out = []
    for k in range(n):  # three dense areas and a scatter; every fifth place without a death toll
        clat, clon = ((9.0, 8.5), (-1.5, 29.0), (34.0, 70.5), (rnd.uniform(-40, 55), rnd.uniform(-120, 140)))[k % 4]
        killed = None if k % 5 == 0 else rnd.randint(1, 30)
        out.append(Locality(place_id=f"x:{k}", name=f"<img src=x onerror=window.__pwned=1>Town {k}", country="ZZ",
                            admin1="", place_kind="locality", precision=1, lat=clat + rnd.gauss(0, 0.7),
                            lon=clon + rnd.gauss(0, 0.7), parts=(), incidents=[],
                            counted={"killed": {"low": killed, "best": killed, "high": killed}} if killed else {}))
    return out


def serve(folder: Path, locs: list[Locality]):
    data = MapData(claims=[], incidents=[], localities=locs, rule="latest", sources=[])
    return serve_map(folder, build_map(data, Corpus([], [], []), None, ("localities",), assets="vendor",
                                       tiles=False).get_root().render())


@pytest.fixture(scope="module")
def crowded_page(tmp_path_factory):
    locs = crowd()
    url, srv = serve(tmp_path_factory.mktemp("crowded"), locs)
    yield url, locs
    srv.shutdown()


@pytest.fixture(scope="module")
def small_page(tmp_path_factory):
    locs = crowd(60)
    url, srv = serve(tmp_path_factory.mktemp("small"), locs)
    yield url, locs
    srv.shutdown()


def map_call(page, js: str):
    return page.evaluate("() => { const m = window[Object.keys(window).find(k => k.startsWith('map_'))]; return "
                         + js + "; }")


def test_a_crowded_map_shows_cells_that_add_up_and_places_when_zoomed_in(browser, crowded_page):
    url, locs = crowded_page
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector(".geo-cell", timeout=60_000)
    upto, levels = cell_levels(locs)
    assert upto >= 3
    # the whole world in view at zoom 2: every cell of zoom 2 is drawn, and no place circle
    map_call(page, "(m.setView([10, 20], 2), 0)")
    page.wait_for_timeout(500)
    cells = page.locator(".geo-cell")
    assert cells.count() == len(levels[1])
    assert page.locator("path.leaflet-interactive").count() == 0 and page.locator(".leaflet-overlay-pane canvas").count() == 0
    # a cell's tooltip gives its places and their counted-once deaths; those of all cells add up
    total = sum(loc.killed() or 0 for loc in locs)
    seen = 0
    for k in range(cells.count()):
        cells.nth(k).dispatch_event("mouseover")
        tip = page.locator(".leaflet-tooltip").last.inner_text()
        cells.nth(k).dispatch_event("mouseout")
        m = re.match(r"([\d,]+) places, [\d,]+ incidents: (?:([\d,]+) killed \(counted once\)|no death toll)", tip)
        assert m, tip
        seen += int((m.group(2) or "0").replace(",", ""))
    assert seen == total
    assert "counted once" in page.locator("#geo-legend").inner_text()
    # a click on a cell zooms in to its places
    cells.first.click(force=True)
    page.wait_for_timeout(800)
    assert map_call(page, "m.getZoom()") > 2
    # close in on one dense area: its places, drawn on a canvas; no cell
    map_call(page, f"(m.setView([9.0, 8.5], {upto + 1}), 0)")
    page.wait_for_timeout(800)
    assert page.locator(".geo-cell").count() == 0 and page.locator(".leaflet-overlay-pane canvas").count() >= 1
    assert not errors and page.evaluate("() => window.__pwned") is None
    assert not browser.blocked


@pytest.mark.parametrize("which", ["small_page", "crowded_page"])
def test_the_search_box_finds_a_place_flies_to_it_and_opens_it(browser, request, which):
    url, locs = request.getfixturevalue(which)
    page = browser.new_page()
    page.goto(url)
    box = page.locator(".geo-search input")
    box.wait_for(timeout=60_000)
    page.wait_for_timeout(300)
    box.fill("town 4")  # Town 4, Town 40-49, Town 400-499 ...: at most ten, the largest tolls first
    hits = page.locator(".geo-search-hit")
    assert 1 <= hits.count() <= 10
    texts = [hits.nth(k).inner_text() for k in range(hits.count())]
    assert all("Town 4" in t and t.startswith("<img src=x") for t in texts)  # names as text, never markup
    name = texts[0].split(":")[0]
    target = next(loc for loc in locs if loc.name == name)
    hits.first.click()
    page.wait_for_selector(".leaflet-popup-content", timeout=10_000)
    assert page.locator(".leaflet-popup-content b").first.inner_text() == name
    centre = map_call(page, "[m.getCenter().lat, m.getCenter().lng, m.getZoom()]")
    assert abs(centre[0] - target.lat) < 0.01 and abs(centre[1] - target.lon) < 0.01 and centre[2] >= 8
    box.fill("no such town")
    assert page.locator(".geo-search").inner_text().strip().endswith("No place of that name on the map")
    assert page.evaluate("() => window.__pwned") is None and not browser.blocked


def dated_crowd(n: int = 2400) -> list[Locality]:
    """``crowd`` with one dated toll per place: day k % 30 of January 2024."""
    from geo.reconcile import Incident

    out = []
    for k, loc in enumerate(crowd(n)):
        killed = loc.killed() or 0
        day = f"2024-01-{k % 30 + 1:02d}"
        inc = Incident(incident_id=f"i{k}", event_type="killing/massacre", acled_event_type="", acled_sub_event_type="",
                       place_id=loc.place_id, name=loc.name, place_kind=loc.place_kind, precision=loc.precision,
                       lat=loc.lat, lon=loc.lon, country="ZZ", admin1="", parts=(), outcome="killed", victims="total",
                       reported_low=killed, reported_best=killed, reported_high=killed, rule="latest",
                       conflicting=False, date_start=day, date_end=day, claims=[], killed_best=killed)
        loc.incidents = [inc]
        out.append(loc)
    return out


def test_the_time_slider_on_a_crowded_map_gathers_the_window_in_cells(browser, tmp_path):
    locs = dated_crowd()
    url, srv = serve(tmp_path, locs)

    def cell_sums() -> tuple[int, int]:
        tips = map_call(page, "(() => { const out = []; m.eachLayer(l => { if (l.options.icon && l.options.icon.options"
                              ".className === 'geo-cell') { const c = l.getTooltip()._content; out.push(c(l).textContent); } });"
                              " return out; })()")
        assert len(tips) == page.locator(".geo-cell").count() > 0
        places = killed = 0
        for tip in tips:
            m = re.match(r"([\d,]+) places with incidents in the window: ([\d,]+) killed", tip)
            assert m, tip
            places += int(m.group(1).replace(",", ""))
            killed += int(m.group(2).replace(",", ""))
        return places, killed

    try:
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        page.wait_for_selector(".geo-cell", timeout=60_000)
        map_call(page, "(m.setView([10, 20], 2, {animate: false}), 0)")
        page.locator(".geo-time-on").check()
        # up to 15 January: half the places, in cells made here, adding up to the window's deaths
        page.locator(".geo-time-slider").fill("14")
        half = [loc for k, loc in enumerate(locs) if k % 30 <= 14]
        want = sum(loc.killed() or 0 for loc in half)
        status = page.locator(".geo-time-status").inner_text()
        assert status.startswith(f"up to 2024-01-15: {len(half):,} place(s), ") and f"{want:,} killed" in status
        page.wait_for_timeout(300)
        assert cell_sums() == (len(half), want)
        # 1 January only: 80 places, under the 400 a view gathers in cells: the places themselves
        page.locator(".geo-time-window").select_option("1")
        page.locator(".geo-time-slider").fill("0")
        page.wait_for_timeout(300)
        assert page.locator(".geo-cell").count() == 0
        circles = map_call(page, "(() => { let n = 0; m.eachLayer(l => { if (l instanceof L.CircleMarker && "
                                 "l.options.interactive !== false && l._map) n++; }); return n; })()")
        assert circles == 80
        # off: the server's cells of that zoom again
        page.locator(".geo-time-on").uncheck()
        page.wait_for_timeout(300)
        assert page.locator(".geo-cell").count() == len(cell_levels(locs)[1][1])
        assert not errors and page.evaluate("() => window.__pwned") is None and not browser.blocked
    finally:
        srv.shutdown()
