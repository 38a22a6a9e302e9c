"""The offline basemap in a real browser, with every request outside 127.0.0.1 refused: the
country outline zoomed out; zoomed in on a coast, the 1:10m land of the squares in view (fetched
from the page's own server) instead of it, and place names, the data's beside its circles and
the basemap's around them, none over another; names are text, never HTML; a province's toll
drawn as the province's polygon."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CHROMIUM, serve_map
from geo.localities import Locality
from geo.mapview import build_map
from geo.pipeline import Corpus, MapData

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")

HOSTILE = "<img src=x onerror=window.__pwned=1>Porto Vecchio"


def place(k: int, name: str, lat: float, lon: float, killed: int) -> Locality:
    return Locality(place_id=f"x:{k}", name=name, country="ZZ", admin1="", place_kind="locality", precision=2,
                    lat=lat, lon=lon, parts=(), incidents=[],
                    counted={"killed": {"low": killed, "best": killed, "high": killed}})


@pytest.fixture(scope="module")
def page_url(tmp_path_factory, gazetteer):
    # made-up places on the coast of the Levant and of Sicily
    locs = [place(0, HOSTILE, 35.52, 35.79, 40), place(1, "Marina Alta", 35.14, 35.93, 12),
            place(2, "Capo Nord", 38.12, 13.36, 3)]
    # a toll about a province (Tartus): drawn as the province's polygon (geo/data/basemap/admin1)
    province = place(3, "Tartus Governorate", 34.89, 35.99, 7)
    province.place_id, province.place_kind, province.precision = "a1:SY.14", "admin1", 4
    data = MapData(claims=[], incidents=[], localities=[*locs, province], rule="latest", sources=[])
    url, srv = serve_map(tmp_path_factory.mktemp("basemap"),
                         build_map(data, Corpus([], [], []), gazetteer, ("localities", "regions"), assets="vendor",
                                   tiles=False).get_root().render())
    yield url
    srv.shutdown()


def map_call(page, js: str):
    return page.evaluate("() => { const m = window[Object.keys(window).find(k => k.startsWith('map_'))]; return "
                         + js + "; }")


def boxes(page, selector: str) -> list[tuple[float, float, float, float]]:
    return page.evaluate("(s) => Array.from(document.querySelectorAll(s)).map(e => { const r = "
                         "e.firstChild.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })", selector)


def test_zoomed_in_the_detailed_land_and_names_replace_the_outline(browser, page_url):
    page = browser.new_page()
    errors, fetched = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfinished", lambda r: fetched.append(r.url))
    page.goto(page_url)
    page.wait_for_selector(".geo-name", state="attached", timeout=60_000)
    page.wait_for_timeout(500)  # (the opening fit to the data's bounds is animated)
    map_call(page, "(m.setView([0, -60], 3, {animate: false}), 0)")
    page.wait_for_timeout(500)
    del fetched[:]
    map_call(page, "(m.setView([10, -40], 3, {animate: false}), 0)")
    page.wait_for_timeout(500)
    outline = ".leaflet-outline-pane path"
    assert page.locator(outline).count() > 100  # the 1:110m countries, as SVG
    assert not map_call(page, "m.hasLayer(m._geoBase.detail)")
    assert not [u for u in fetched if "/basemap/tiles/" in u]  # zoomed out, nothing more is fetched
    # zoomed in on the coast: the squares in view come from the page's own server, drawn on a
    # canvas in the basemap's pane; the outline is gone
    map_call(page, "(m.setView([6.9, 79.9], 9, {animate: false}), 0)")  # a coast far from the data
    page.wait_for_function("() => document.querySelector('.leaflet-outline-pane canvas') !== null", timeout=30_000)
    page.wait_for_timeout(800)
    assert page.locator(outline).count() == 0 and map_call(page, "m.hasLayer(m._geoBase.detail)")
    tiles = {u.rsplit("/", 1)[1] for u in fetched if "/basemap/tiles/" in u}
    assert "70_0.json" in tiles and len(tiles) <= 4 and all(u.startswith("http://127.0.0.1") for u in fetched)
    assert map_call(page, "Object.values(m._geoBase.squares).filter(Boolean).length") >= 1
    # the data's names beside their circles, as text; the basemap's names elsewhere, none over another
    map_call(page, "(m.setView([35.3, 35.9], 9, {animate: false}), 0)")
    page.wait_for_timeout(500)
    names = page.locator(".geo-name").all_inner_texts()
    assert HOSTILE in names and "Marina Alta" in names
    map_call(page, "(m.setView([35.3, 36.3], 7, {animate: false}), 0)")
    page.wait_for_timeout(1000)
    base = page.locator(".geo-place-label")
    assert base.count() >= 5
    shown = boxes(page, ".geo-name") + boxes(page, ".geo-place-label")
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            assert not (a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1), (a, b)
    # the province's polygon, from the page's own server, drawn under the circles; it holds
    # the province's towns and not its neighbours'
    assert map_call(page, "!!(m._geoAdmin1 && m._geoAdmin1.SY)")  # (fetched once, at the start)
    inside = map_call(page, """(() => { let out = null; m.eachLayer(l => { if (l._geoArea === 'SY.14') out = l; });
        return out && [out.getBounds().contains([34.89, 35.88]), out.getBounds().contains([35.52, 35.79])]; })()""")
    assert inside == [True, False]  # Tartus in it; Latakia, to the north, outside
    # zoomed out again: the outline is back, the detailed land put away
    map_call(page, "(m.setView([30, 20], 3, {animate: false}), 0)")
    page.wait_for_timeout(500)
    assert page.locator(outline).count() > 100 and not map_call(page, "m.hasLayer(m._geoBase.detail)")
    assert not errors and page.evaluate("() => window.__pwned") is None
    assert not browser.blocked
