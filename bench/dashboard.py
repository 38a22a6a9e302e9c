"""Server-side cost of a dashboard rerun after a source toggle, at scale.

    python bench/dashboard.py [--incidents 10000] [--localities 2000] [--sources 200] [--by-country] [--dated]
                              [--country-tolls 0.5] [--browser]

Builds a synthetic corpus of claims (random GeoNames localities, reporters, figures) that
reconciles into about ``--incidents`` incidents over ``--localities`` places, then times what
a toggle re-runs, unchecking a different source each time: reconciliation + localities
(``geo.pipeline.build_map``), the map's base and data layer (``geo.mapview``), what
streamlit-folium does with them on the server, and the localities table. ``--browser`` also
opens the default view's map in Debian's Chromium: the time until it is drawn (in cells, for a
crowded map: ``geo.cells``), and until the places of its densest cell show once zoomed in. A
new visitor of the running server (the corpus and its parts already built: warm) is timed too:
the default view's map, its data layer and table, which with the browser's drawing is the warm
first paint.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))

from geo.articles import Article  # noqa: E402
from geo.claims import Claim  # noqa: E402
from geo.gazetteer import LOCALITY, Gazetteer  # noqa: E402
from geo.export import LOCALITY_COLUMNS, locality_records  # noqa: E402
from geo.mapview import base_map, bounds_of, data_layer  # noqa: E402
from geo.pipeline import Corpus, build_map  # noqa: E402

VICTIMS = ("civilians", "security forces", "fighters", "total")
REPORTERS = ("Example Monitor", "Health Ministry", "Defence Ministry", "Local activists", "UN agency")


def synthetic_corpus(gaz: Gazetteer, n_incidents: int, n_places: int, n_sources: int, seed: int = 1,
                     by_country: bool = False, dated: bool = False, country_tolls: float = 0.0) -> Corpus:
    """Claims over ``n_places`` random towns. ``by_country``: each source reports from one
    country (as an article or a country desk does), else from anywhere (a source's claims
    spread over ~40 countries: the worst case for a toggle, which rebuilds every place a
    source touches). ``dated``: each incident on a day of one year (what the time slider plays).
    ``country_tolls``: this share of the countries also has a toll of the whole country (which
    holds the country's claims together: a toggle then rebuilds each such country it touches
    whole, ``geo.parts``)."""
    rnd = random.Random(seed)
    localities = [i for i in range(len(gaz.ids)) if gaz.kind[i] == LOCALITY]
    places = [gaz.place(i) for i in rnd.sample(localities, n_places)]
    articles = [Article(id=f"{k:016x}", path=f"synthetic/{k}.txt", text="x", outlet=f"outlet{k % 20}.example",
                        title=f"Report {k}") for k in range(n_sources)]
    countries = sorted({p.country for p in places})
    covering: dict[str, list[Article]] = {}
    for k, a in enumerate(articles):
        covering.setdefault(countries[k % len(countries)], []).append(a)
    claims = []
    for k in range(n_incidents):
        p = places[k % n_places]
        victims = VICTIMS[(k // n_places) % len(VICTIMS)]
        outcome = "killed" if (k // (n_places * len(VICTIMS))) % 2 == 0 else "wounded"
        day = (dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randrange(365))).isoformat() if dated else None
        for v in range(rnd.randint(1, 3)):  # 1-3 versions per incident from different sources
            own = covering.get(p.country) if by_country else None
            a = rnd.choice(own) if own else articles[rnd.randrange(n_sources)]
            best = rnd.randint(1, 60)
            sentence = f"{best} {victims} were {outcome} in {p.name}, {REPORTERS[v % 5]} said."
            claims.append(_toll(f"c{k}-{v}", a, p, victims, outcome, best, day, REPORTERS[v % 5], sentence, 2))
    for n, cc in enumerate(rnd.sample(countries, round(country_tolls * len(countries)))):
        p = gaz.country_place(cc)
        a = articles[rnd.randrange(n_sources)]
        sentence = f"Across {p.name}, 300 people were killed this month, {REPORTERS[n % 5]} said."
        claims.append(_toll(f"cc{n}", a, p, "total", "killed", 300, None, REPORTERS[n % 5], sentence, 4))
    return Corpus(articles, [], claims)


def _toll(claim_id: str, a: Article, p, victims: str, outcome: str, best: int, day: str | None, reporter: str,
          sentence: str, precision: int) -> Claim:
    """A toll of ``best`` ``victims`` ``outcome`` at place ``p``, said by ``reporter`` in article ``a``."""
    return Claim(
        claim_id=claim_id, article_id=a.id, path=a.path, event_type="killing/massacre",
        acled_event_type="Violence against civilians", acled_sub_event_type="Attack", outcome=outcome,
        victims=victims, low=best, best=best, high=best, qualifier="exact", vague=False, count_text=str(best),
        incident_count=None, place_id=p.id, place_name=p.name, place_kind=p.kind, precision=precision, lat=p.lat,
        lon=p.lon, country=p.country, admin1=p.admin1_name, parts=(), place_mentions=[], date_start=day,
        date_end=day, date_text="", reported_by=reporter, reporter_kind="other", relayed_by="",
        attribution="", sentence=sentence, sentence_start=0, sentence_end=len(sentence), start=0, end=3,
        published=None, outlet=a.outlet)


def streamlit_folium_server_side(base, layer) -> int:
    """What ``st_folium(base, feature_group_to_add=layer)`` does on the server before it hands
    the strings to the browser (streamlit-folium 0.27's own functions); returns bytes sent."""
    import streamlit_folium as sf

    base.get_root().render()
    base.render()
    html, header, leaflet = sf._get_html(base), sf._get_header(base), sf._get_map_string(base)
    group = sf._get_feature_group_string(layer, map=base, idx=0)
    sf.generate_js_hash(leaflet, "map", False)
    return len(html) + len(header) + len(leaflet) + len(group)


def measure_toggle(n_incidents: int = 10_000, n_localities: int = 2_000, n_sources: int = 200, toggles: int = 5,
                   by_country: bool = False, browser: bool = False, dated: bool = False,
                   country_tolls: float = 0.0) -> dict:
    """Median server-side milliseconds per step of a toggle (see the module docstring)."""
    gaz = Gazetteer.load()
    corpus = synthetic_corpus(gaz, n_incidents, n_localities, n_sources, by_country=by_country, dated=dated,
                              country_tolls=country_tolls)
    t0 = time.perf_counter()
    build_map(corpus, gaz, "latest", None)  # the dashboard's first run, before any toggle
    first = time.perf_counter() - t0
    gc.freeze()  # as dashboard.py's tune_gc() does once the gazetteer and corpus are loaded
    gc.set_threshold(100_000, 50, 100)
    bounds = bounds_of(corpus.claims)
    steps: dict[str, list[float]] = {k: [] for k in ("rec", "map", "send", "tables", "total")}
    sent = 0
    for k in range(toggles):  # each toggle unchecks a different source
        selection = [a.id for j, a in enumerate(corpus.articles) if j != k]
        t0 = time.perf_counter()
        data = build_map(corpus, gaz, "latest", selection)
        t1 = time.perf_counter()
        base, layer = base_map(bounds), data_layer(data, corpus, gaz, ("localities", "regions"), compress=True)
        t2 = time.perf_counter()
        sent = streamlit_folium_server_side(base, layer)
        t3 = time.perf_counter()
        pd.DataFrame(locality_records(data.localities), columns=LOCALITY_COLUMNS)
        t4 = time.perf_counter()
        for key, v in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0)):
            steps[key].append(v)
    # a new visitor of the running server (warm: the corpus and its parts already built), the
    # default view: every source selected
    t0 = time.perf_counter()
    data = build_map(corpus, gaz, "latest", None)
    base, layer = base_map(bounds), data_layer(data, corpus, gaz, ("localities", "regions"), compress=True)
    streamlit_folium_server_side(base, layer)
    pd.DataFrame(locality_records(data.localities), columns=LOCALITY_COLUMNS)
    warm = time.perf_counter() - t0
    out = {k: statistics.median(v) * 1000 for k, v in steps.items()}
    out.update(warm=warm, claims=len(data.claims), incidents=len(data.incidents), localities=len(data.localities), sent=sent,
               peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, toggles=toggles, first=first)
    if browser:  # (a new map: streamlit-folium's functions above renamed the layer they were given)
        page = base_map(bounds)
        data_layer(data, corpus, gaz, ("localities", "regions"), compress=True).add_to(page)
        out.update(browser_times(page.get_root().render(), data))
    return out


def browser_times(html: str, data) -> dict:
    """Seconds until Debian's Chromium shows the dashboard's map (the compressed data layer it
    is sent: inflated, parsed, drawn in cells or circles), and until it shows the places of
    the densest cell once zoomed in to them. Served from 127.0.0.1 with geo's assets."""
    import tempfile

    from playwright.sync_api import sync_playwright

    from conftest import serve_map  # (tests/conftest.py: the browser tests' page server)
    from geo.cells import cell_levels

    url, srv = serve_map(Path(tempfile.mkdtemp(prefix="geo-bench-")), html.replace("/app/static/vendor", "vendor"))
    upto, levels = cell_levels(data.localities)
    out = {"cells_upto": upto, "cells_z2": len(levels[1]) if len(levels) > 1 else 0}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        page = b.new_page(viewport={"width": 1400, "height": 800})
        t0 = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(".geo-cell, path.leaflet-interactive", timeout=300_000)
        out["paint_s"] = time.perf_counter() - t0
        if upto:
            dense = max(levels[upto - 1], key=lambda c: c.localities)
            t0 = time.perf_counter()
            page.evaluate("() => { const m = window[Object.keys(window).find(k => k.startsWith('map_'))]; "
                          f"m.setView([{dense.lat}, {dense.lon}], {upto + 1}); }}")
            page.wait_for_selector("canvas", timeout=300_000)
            page.wait_for_timeout(0)
            out["zoom_in_s"] = time.perf_counter() - t0
        b.close()
    srv.shutdown()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--localities", type=int, default=2_000)
    ap.add_argument("--sources", type=int, default=200)
    ap.add_argument("--toggles", type=int, default=5)
    ap.add_argument("--by-country", action="store_true", help="each source reports from one country")
    ap.add_argument("--dated", action="store_true", help="each incident dated (the time slider's rows)")
    ap.add_argument("--country-tolls", type=float, default=0.0,
                    help="share of the countries with a toll of the whole country too (0-1)")
    ap.add_argument("--browser", action="store_true", help="also time the map in Debian's Chromium (/usr/bin/chromium)")
    args = ap.parse_args()
    m = measure_toggle(args.incidents, args.localities, args.sources, args.toggles, args.by_country, args.browser, args.dated,
                       args.country_tolls)
    rows = [
        ("claims / incidents / localities", f"{m['claims']:,} / {m['incidents']:,} / {m['localities']:,}"),
        ("first build (reconcile + localities of every part)", f"{m['first'] * 1000:,.0f} ms"),
        ("reconcile + localities after a toggle", f"{m['rec']:,.0f} ms"),
        ("map payload (base map + data layer)", f"{m['map']:,.0f} ms"),
        ("streamlit-folium server side", f"{m['send']:,.0f} ms, {m['sent'] / 1e6:.1f} MB to the browser"),
        ("localities table", f"{m['tables']:,.0f} ms"),
        (f"total server time per toggle (median of {m['toggles']})", f"{m['total']:,.0f} ms"),
        ("a new visitor's page, warm server (every source): server time", f"{m['warm'] * 1000:,.0f} ms"),
        ("process peak memory", f"{m['peak_mb']:.0f} MB"),
    ]
    if "paint_s" in m:
        cells = (f"cells up to zoom {m['cells_upto']} ({m['cells_z2']:,} at zoom 2)" if m["cells_upto"]
                 else "every locality a circle")
        rows.append(("browser: map drawn after the page opens", f"{m['paint_s']:.1f} s, {cells}"))
        rows.append(("warm first paint: the new visitor's server time + the map drawn", f"{m['warm'] + m['paint_s']:.1f} s"))
        if "zoom_in_s" in m:
            rows.append(("browser: the densest cell's places after zooming in", f"{m['zoom_in_s']:.2f} s"))
    w = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{w}}  {value}")


if __name__ == "__main__":
    main()
