"""The hostile-input suite, in a real browser: articles whose text, title, outlet, URL,
reporter and file name carry HTML, script, Markdown and template payloads are uploaded, then
every surface they reach is visited (source labels, map popups and tooltips, tables, charts,
corrections, the log, messages, downloads). Nothing may run, load from elsewhere, or link to
a javascript:/data: URL; the text must show as typed."""
from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from conftest import (ARTICLES, CHROMIUM, MAP, MARKERS, ROOT, download, evaluate_in_frames, popup_text,
                      free_port, start_dashboard, upload)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")

HTML_ARTICLE = """<html><head>
<title>**Bold** ![t](http://evil.example/title.png) [click](javascript:window.__pwned=5) :red[RED] {{ 7*7 }}</title>
<meta property="og:site_name" content="<script>window.__pwned=6</script>Evil News">
<meta property="og:url" content="javascript:window.__pwned=7">
</head><body>
<p>Gunmen killed 11 civilians in Hama on Monday, according to the Evil Monitor &lt;img src=x onerror=window.__pwned=8&gt; {{ 7*7 }}.</p>
<p>On Wednesday the Evil Monitor said the toll in Hama had risen to 13 civilians.</p>
</body></html>"""
TEXT_ARTICLE = ("![pixel](http://evil.example/pixel.png) <img src=x onerror=window.__pwned=9> =HYPERLINK(\"http://evil.example\")\n"
                "Shelling killed 6 civilians in Idlib on Tuesday, according to the <svg onload=window.__pwned=10> Observers.\n"
                "Source: data:text/html,<script>window.__pwned=11</script>\n")
CHECK_FRAME = """() => ({
  pwned: window.__pwned,
  badLinks: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')).filter(h => /^\\s*(javascript|data|vbscript):/i.test(h)),
  evilImages: [...document.querySelectorAll('img, image, iframe')].map(e => e.getAttribute('src') || e.getAttribute('href') || '').filter(s => s.includes('evil')),
  evilLinks: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')).filter(h => h.includes('evil')),
  injected: document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script, .leaflet-tooltip img, [data-testid="stSidebar"] img').length,
})"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    env = dict(os.environ, GEO_ARTICLES=str(ARTICLES), GEO_STORE_DIR=str(tmp / "store"), GEO_ALIASES=str(tmp / "a.csv"),
               PYTHONPATH=str(ROOT))
    port = free_port()
    proc = start_dashboard(env, port)
    yield f"http://127.0.0.1:{port}"
    proc.kill()


def assert_clean(pg, dialogs):
    assert not dialogs, f"a dialog opened: {dialogs}"
    for url, r in evaluate_in_frames(pg, CHECK_FRAME):
        assert r["pwned"] is None, f"a payload ran in {url}"
        assert not r["badLinks"] and not r["evilImages"] and not r["evilLinks"] and not r["injected"], r
    assert not [u for u in pg.context.blocked if "evil" in u], "the page fetched an attacker's URL"


def test_every_surface_shows_hostile_text_as_text(server, browser, tmp_path):
    html = tmp_path / "<img src=x onerror=window.__pwned=4>[l](javascript:x).html"
    html.write_text(HTML_ARTICLE, encoding="utf-8")
    txt = tmp_path / "=cmd|' calc'!A0 ..txt"
    txt.write_text(TEXT_ARTICLE, encoding="utf-8")
    pg = browser.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.goto(server, wait_until="domcontentloaded")
    pg.get_by_text("Incidents and tolls").first.wait_for(timeout=90_000)
    upload(pg, [str(html), str(txt)])
    pg.get_by_text("Added:").first.wait_for(timeout=90_000)

    # source labels: the Markdown shows as typed
    sidebar = pg.locator('[data-testid="stSidebar"]').inner_text().replace("\u2060", "")  # invisible joiners
    assert "**Bold**" in sidebar and ":red[RED]" in sidebar and "{{ 7*7 }}" in sidebar
    assert "![pixel](http://evil.example/pixel.png)" in sidebar
    assert_clean(pg, dialogs)

    # downloads: valid whatever the text, and no formula in the CSV
    pg.get_by_role("tab", name="Download").click()
    level = pg.locator('[data-testid="stRadio"]').filter(has_text="Level")
    level.get_by_text("claim", exact=True).click()
    assert level.get_by_role("radio", name="claim").is_checked()
    pg.wait_for_timeout(3000)
    for fmt in ("GEOJSON", "CSV", "GPKG"):
        got = download(pg, f"Download {fmt}")
        path = tmp_path / got.suggested_filename
        assert got.suggested_filename == f"geo-claim.{fmt.lower()}"
        got.save_as(path)
        if fmt == "CSV":
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            assert not any(v.startswith(("=", "+", "@")) for col in df.columns for v in df[col])
            assert df.evidence.str.contains("<img src=x onerror=window.__pwned=8>", regex=False).any()
        else:
            gdf = gpd.read_file(path, layer="claims" if fmt == "GPKG" else None)
            assert gdf.geometry.is_valid.all() and len(gdf) > 0
            assert gdf.evidence.str.contains("{{ 7*7 }}", regex=False).any()
    assert_clean(pg, dialogs)

    # map: every popup and tooltip
    frame = pg.frame_locator(MAP).first
    frame.locator(MARKERS).first.wait_for(timeout=60_000)
    seen = ""
    for k in range(frame.locator(MARKERS).count()):
        m = frame.locator(MARKERS).nth(k)
        m.dispatch_event("mouseover")
        seen += popup_text(pg, k)
    assert "Evil Monitor <img src=x onerror=window.__pwned=8> {{ 7*7 }}" in seen  # evidence, character for character
    assert "javascript:" not in frame.locator(".leaflet-popup-content").first.inner_html()
    assert_clean(pg, dialogs)

    for tab in ("Localities", "Tolls over time", "Conflicts", "Unresolved names", "Add articles", "Corrections", "Log",
                "Download"):
        pg.get_by_role("tab", name=tab).click()
        pg.wait_for_timeout(800)
        assert_clean(pg, dialogs)
    pg.get_by_role("tab", name="Corrections").click()
    pg.get_by_text("Claim").first.wait_for(timeout=30_000)

    assert_clean(pg, dialogs)
    ARTIFACTS = ROOT / "test-artifacts"
    ARTIFACTS.mkdir(exist_ok=True)
    pg.get_by_role("tab", name="Localities").click()
    pg.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)
