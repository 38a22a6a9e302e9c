"""The map's time slider in a real browser: made-up dated reports through the real pipeline; the
places of the window only, their circles sized by the window's deaths counted once, a status
line that adds them up, play that steps to the end, and off: the whole map again."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import CHROMIUM, serve_map
from geo.articles import parse_article
from geo.mapview import build_map
from geo.pipeline import build_map as build_data, read_corpus

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")

REPORTS = (
    ("a.txt", "date 2024-02-03\nGunmen killed 4 villagers in Bunia on Friday, local officials said."),
    ("b.txt", "date 2024-02-10\nAt least 9 civilians were killed in Bunia on Saturday in a new attack, the army said."),
    ("c.txt", "date 2024-02-11\nAttacks in Ituri province killed 15 civilians on Saturday, a monitor said."),
    ("d.txt", "Armed men shot dead 2 farmers in Kisangani, residents said."),
)


@pytest.fixture(scope="module")
def page_url(tmp_path_factory, gazetteer):
    corpus = read_corpus([parse_article(t.encode(), n) for n, t in REPORTS], gazetteer)
    data = build_data(corpus, gazetteer)
    url, srv = serve_map(tmp_path_factory.mktemp("time"), build_map(data, corpus, gazetteer, ("localities",),
                                                                  assets="vendor", tiles=False).get_root().render())
    yield url
    srv.shutdown()


CIRCLES = ".leaflet-overlay-pane path.leaflet-interactive"


def radii(page) -> list[float]:
    return sorted(page.evaluate("() => { const m = window[Object.keys(window).find(k => k.startsWith('map_'))]; "
                                "const out = []; m.eachLayer(l => { if (l instanceof L.CircleMarker && l.options.interactive !== false) "
                                "out.push(l.getRadius()); }); return out; }"))


def killed(page) -> int:
    m = re.search(r"([\d,]+) killed \(counted once\)", page.locator(".geo-time-status").inner_text())
    return int(m.group(1).replace(",", ""))


def test_the_time_slider_shows_the_window_counted_once_and_plays(browser, page_url):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_url)
    page.wait_for_selector(".geo-time", timeout=60_000)
    whole = radii(page)
    assert len(whole) == 3  # Bunia, Ituri, Kisangani
    assert "2024-02-02 – 2024-02-10" in page.locator(".geo-time").inner_text()
    page.locator(".geo-time-on").check()
    # the whole period: the dated places, 13 + 6 killed (the province's 15 less the town's 9 of that day)
    assert page.locator(CIRCLES).count() == 2 and killed(page) == 19
    assert "1 place(s) with undated tolls hidden" in page.locator(".geo-time-status").inner_text()
    # the first day: Bunia's 4 alone, drawn smaller than its whole toll's circle
    page.locator(".geo-time-slider").fill("0")
    assert page.locator(CIRCLES).count() == 1 and killed(page) == 4
    assert radii(page)[0] < max(whole)
    # that day only, the last day: the town's 9 and what the province adds, 6
    page.locator(".geo-time-slider").fill("8")
    page.locator(".geo-time-window").select_option("1")
    assert page.locator(CIRCLES).count() == 2 and killed(page) == 15
    # a day between: nobody
    page.locator(".geo-time-slider").fill("4")
    assert page.locator(CIRCLES).count() == 0 and killed(page) == 0
    # play steps through time to the end
    page.locator(".geo-time-window").select_option("0")
    page.locator(".geo-time-slider").fill("0")
    page.locator(".geo-time-play").click()
    page.wait_for_function("() => document.querySelector('.geo-time-slider').value === '8'", timeout=15_000)
    page.wait_for_function("() => document.querySelector('.geo-time-play').textContent.indexOf('play') >= 0", timeout=5_000)
    assert killed(page) == 19
    # off: the whole map again, undated tolls included, at their whole tolls' sizes
    page.locator(".geo-time-on").uncheck()
    assert page.locator(CIRCLES).count() == 3 and radii(page) == whole
    assert not errors and not browser.blocked
