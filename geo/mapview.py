"""The map: localities, incidents, regions and a heatmap as a folium map, readable offline.

Knows nothing of Streamlit. Leaflet and its plugins are served by the app (``install_assets``
copies them from the xstatic packages and folium into a static folder); a Natural Earth
country outline from ``data/world.geojson`` is always drawn in a pane below the tiles, so
online tiles cover it when they load and the outline shows when they do not.

Every string that comes from an article is escaped here, once, before it reaches HTML:
popups and tooltips are built from escaped text only, and links only with http(s) URLs.
"""
from __future__ import annotations

import html
import json
import math
import shutil
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import folium
import numpy as np
from folium.plugins import HeatMap

from geo.gazetteer import DATA_DIR, Gazetteer
from geo.localities import Locality
from geo.pipeline import Corpus, MapData
from geo.precision import LABELS as PRECISION_LABELS
from geo.reconcile import Incident

ASSET_URL = "/app/static/vendor"
LAYERS = ("localities", "incidents", "regions", "heatmap")
MAX_RADIUS = 28
MIN_RADIUS = 4
EVENT_COLORS = {
    "killing/massacre": "#b2182b", "execution": "#67001f", "attack/ambush": "#e66101", "clash": "#8073ac",
    "displacement/flight": "#1b7837", "protest": "#2166ac", "arrest": "#4d4d4d",
    "security operation/deployment": "#5e3c99", "infrastructure damage": "#a6761d", "other": "#878787",
}
VICTIM_LABELS = {"civilians": "civilians", "security forces": "security forces", "fighters": "fighters",
                 "total": "unspecified"}


# ----------------------------------------------------------------------------- assets

def install_assets(static_dir: Path) -> Path:
    """Copy Leaflet, MarkerCluster and leaflet-heat into ``static_dir/vendor`` (idempotent)."""
    import xstatic.pkg.leaflet as xl
    import xstatic.pkg.leaflet_markercluster as xm

    vendor = static_dir / "vendor"
    targets = {
        vendor / "leaflet": Path(xl.BASE_DIR),
        vendor / "markercluster": Path(xm.BASE_DIR),
    }
    for dest, src in targets.items():
        if not (dest / ".complete").exists():
            shutil.copytree(src, dest, dirs_exist_ok=True)
            (dest / ".complete").write_text("ok")
    heat = vendor / "leaflet-heat" / "leaflet_heat.min.js"
    if not heat.exists():
        heat.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js", heat)
    return vendor


def _local_assets(m: folium.Map, base: str) -> None:
    """Point the map at the app's own Leaflet (no CDN; nothing else folium would load)."""
    m.default_js = [("leaflet", f"{base}/leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", f"{base}/leaflet/leaflet.css")]


# ----------------------------------------------------------------------------- text

def esc(value) -> str:
    """HTML-escape anything (quotes too): the only door article text has into the map."""
    return html.escape("" if value is None else str(value), quote=True)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is http(s) with a host, else None (no javascript:, data:, file:)."""
    if not url:
        return None
    try:
        p = urlparse(url.strip())
    except ValueError:
        return None
    return url.strip() if p.scheme in ("http", "https") and p.netloc else None


def _fmt(n: int | None) -> str:
    return "–" if n is None else f"{n:,}"


def _range(low, best, high) -> str:
    if best is None:
        return "no toll reported"
    if low == best == high:
        return _fmt(best)
    return f"{_fmt(best)} (low {_fmt(low)}, high {_fmt(high)})"


def source_label(corpus: Corpus, article_id: str) -> str:
    a = corpus.article(article_id)
    return a.label if a else article_id


MAX_POPUP_INCIDENTS = 5   # the rest is in the table and the exports: popups stay small,
MAX_POPUP_VERSIONS = 3    # so a map of thousands of places renders in well under a second


def incident_html(i: Incident, corpus: Corpus, max_versions: int = MAX_POPUP_VERSIONS) -> str:
    """One incident: what, toll, and per source the value, reporter, date and sentence."""
    head = f"<b>{esc(i.event_type)}</b>"
    if i.outcome:
        head += f" · {esc(i.outcome)} ({esc(VICTIM_LABELS.get(i.victims, i.victims))}): {esc(_range(i.reported_low, i.reported_best, i.reported_high))}"
        if i.conflicting:
            head += " <span style='color:#b2182b'>⚠ sources disagree</span>"
    if i.date_start:
        head += f"<br><small>{esc(i.date_start)}{' – ' + esc(i.date_end) if i.date_end and i.date_end != i.date_start else ''}</small>"
    rows = []
    if i.versions:
        for v in i.versions[:max_versions]:
            a = corpus.article(v.article_id)
            src = esc(a.label if a else v.article_id)
            url = safe_url(a.url) if a else None
            if url:
                src = f"<a href='{esc(url)}' target='_blank' rel='noopener noreferrer'>{src}</a>"
            who = esc(v.reporter or "unattributed") + (f" via {esc(v.relayed_by)}" if v.relayed_by else "")
            qual = "" if v.qualifier in ("exact", "") else esc(v.qualifier) + " "
            rows.append(f"<li>{src}: <b>{qual}{esc(_fmt(v.best))}</b> per {who}"
                        f"{' (' + esc(v.date) + ')' if v.date else ''}<br><i>“{esc(_clip(v.sentence))}”</i></li>")
        if len(i.versions) > max_versions:
            rows.append(f"<li>… {len(i.versions) - max_versions} more</li>")
    else:
        for c in i.claims[:max_versions]:
            a = corpus.article(c.article_id)
            rows.append(f"<li>{esc(a.label if a else c.article_id)}: <i>“{esc(_clip(c.sentence))}”</i></li>")
    return head + (f"<ul style='margin:4px 0 6px 16px;padding:0'>{''.join(rows)}</ul>" if rows else "")


def _clip(s: str, n: int = 200) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def locality_html(loc: Locality, corpus: Corpus) -> str:
    """Popup of a locality: place, precision, counted and reported tolls, every incident."""
    k = loc.counted.get("killed")
    kr = loc.reported.get("killed")
    parts = [f"<div style='max-height:360px;overflow:auto;font-size:12px'>",
             f"<b style='font-size:14px'>{esc(loc.name)}</b> <small>{esc(loc.place_kind)} · precision "
             f"{esc(loc.precision)} ({esc(PRECISION_LABELS.get(loc.precision, ''))})</small>"]
    if k:
        parts.append(f"<br>Killed, counted once: <b>{esc(_range(k['low'], k['best'], k['high']))}</b>")
        if kr and kr["best"] != k["best"]:
            parts.append(f"<br><small>reported for the whole area {esc(_fmt(kr['best']))}; the rest is counted at places inside it</small>")
        cats = ", ".join(f"{esc(VICTIM_LABELS.get(v, v))} {esc(_fmt(n))}" for v, n in sorted(loc.by_victims.items()))
        if cats:
            parts.append(f"<br><small>by category (reported): {cats}</small>")
    for outcome in ("wounded", "displaced", "arrested"):
        c = loc.counted.get(outcome)
        if c:
            parts.append(f"<br>{esc(outcome.capitalize())}: {esc(_range(c['low'], c['best'], c['high']))}")
    parts.append(f"<br><small>{len(loc.sources)} source(s) · {esc(', '.join(loc.event_types))}</small><hr style='margin:4px 0'>")
    ranked = sorted(loc.incidents, key=lambda i: -(i.reported_best or 0))
    for i in ranked[:MAX_POPUP_INCIDENTS]:
        parts.append(incident_html(i, corpus))
    if len(ranked) > MAX_POPUP_INCIDENTS:
        parts.append(f"<i>… {len(ranked) - MAX_POPUP_INCIDENTS} more incident(s): see the tables and downloads</i>")
    parts.append("</div>")
    return "".join(parts)


def locality_tooltip(loc: Locality) -> str:
    k = loc.killed()
    return esc(f"{loc.name}: {k:,} killed" if k else f"{loc.name}: {', '.join(loc.event_types)}")


# ----------------------------------------------------------------------------- geometry

def radius_for(killed: int | None, largest: int) -> float:
    """Circle radius in pixels with the *area* proportional to the toll."""
    if not killed or largest <= 0:
        return MIN_RADIUS
    return max(MIN_RADIUS + 1, MAX_RADIUS * math.sqrt(killed / largest))


@lru_cache(maxsize=256)
def _area_outline(gaz: Gazetteer, parts: tuple[str, ...]) -> dict | None:
    """An approximate outline of admin-1 areas: the hull of their GeoNames places (no
    admin-1 polygons ship offline), slightly buffered."""
    from shapely.geometry import MultiPoint, mapping
    from shapely.ops import unary_union

    shapes = []
    for pid in parts:
        if not pid.startswith("a1:"):
            p = gaz.get(pid)
            if p:
                shapes.append(MultiPoint([(p.lon, p.lat)]).buffer(0.1))
            continue
        cc, _, code = pid[3:].partition(".")
        mask = np.fromiter((c == cc and a == code for c, a in zip(gaz.country, gaz.admin1)), bool, len(gaz.ids))
        pts = list(zip(gaz.lon[mask], gaz.lat[mask]))
        if pts:
            shapes.append(MultiPoint(pts).convex_hull.buffer(0.08))
    if not shapes:
        return None
    return mapping(unary_union(shapes).simplify(0.01))


@lru_cache(maxsize=1)
def _world() -> dict:
    with open(DATA_DIR / "world.geojson", encoding="utf-8") as f:
        return json.load(f)


# ----------------------------------------------------------------------------- the map

def _legend(event_types: list[str], largest: int) -> folium.Element:
    items = "".join(
        f"<div><span style='display:inline-block;width:10px;height:10px;border-radius:5px;background:{EVENT_COLORS.get(t, '#878787')};margin-right:4px'></span>{esc(t)}</div>"
        for t in event_types)
    size = f"<div style='margin-top:4px'>circle area ∝ deaths (largest {largest:,})</div>" if largest else ""
    box = ("<div id='geo-legend' style='position:absolute;bottom:24px;left:10px;z-index:1000;background:rgba(255,255,255,.92);"
           "padding:6px 8px;border-radius:4px;font:12px sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)'>"
           f"<b>Dominant event type</b>{items}{size}</div>")
    return folium.Element(box)


def build_map(data: MapData, corpus: Corpus, gaz: Gazetteer | None = None, layers: tuple[str, ...] = ("localities", "regions"),
              assets: str = ASSET_URL, tiles: bool = True, height: int = 560) -> folium.Map:
    """A folium map of ``data``. ``layers`` picks among localities, incidents, regions, heatmap."""
    m = folium.Map(location=[20, 10], zoom_start=2, tiles=None, max_zoom=18, min_zoom=1, prefer_canvas=False,
                   control_scale=True, height=height)
    _local_assets(m, assets)
    pane = folium.map.CustomPane("outline", z_index=150, pointer_events=False)
    m.add_child(pane)
    folium.GeoJson(_world(), name="Country outlines (offline)", pane="outline",
                   style_function=lambda f: {"fillColor": "#efebe2", "color": "#8c8c8c", "weight": 0.8, "fillOpacity": 1},
                   interactive=False, control=False).add_to(m)
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", max_zoom=18,
                         attr="© OpenStreetMap contributors").add_to(m)
    locs = data.localities
    largest = max((loc.killed() or 0 for loc in locs), default=0)
    if "regions" in layers and gaz is not None:
        for loc in locs:
            if loc.parts and len(loc.parts) > 1:
                outline = _area_outline(gaz, tuple(loc.parts))
                if outline:
                    folium.GeoJson({"type": "Feature", "geometry": outline, "properties": {}}, name=f"region {loc.name}",
                                   style_function=lambda f, c=EVENT_COLORS.get(loc.dominant_event_type, "#878787"): {
                                       "fillColor": c, "color": c, "weight": 1.5, "dashArray": "5 4", "fillOpacity": 0.08},
                                   interactive=False, control=False).add_to(m)
    if "heatmap" in layers:
        pts = [[loc.lat, loc.lon, float(loc.killed() or 1)] for loc in locs]
        if pts:
            h = HeatMap(pts, name="Heatmap", radius=25, max_zoom=10)
            h.default_js = [("leaflet-heat.js", f"{assets}/leaflet-heat/leaflet_heat.min.js")]
            h.add_to(m)
    if "localities" in layers and locs:
        feats = []
        for loc in sorted(locs, key=lambda l: -(l.killed() or 0)):  # small circles drawn last, on top
            color = EVENT_COLORS.get(loc.dominant_event_type, "#878787")
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
                          "properties": {"popup": locality_html(loc, corpus), "tooltip": locality_tooltip(loc),
                                         "radius": radius_for(loc.killed(), largest), "color": color,
                                         "hollow": not loc.killed()}})
        folium.GeoJson(
            {"type": "FeatureCollection", "features": feats}, name="Localities",
            marker=folium.CircleMarker(radius=MIN_RADIUS),
            style_function=lambda f: {"radius": f["properties"]["radius"], "fill": True, "fillColor": f["properties"]["color"],
                                      "color": "#222" if not f["properties"]["hollow"] else f["properties"]["color"],
                                      "weight": 1, "fillOpacity": 0.25 if f["properties"]["hollow"] else 0.7},
            popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=440),
            tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False),
        ).add_to(m)
    if "incidents" in layers:
        feats = []
        for inc in data.incidents:
            if inc.lat is None:
                continue
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [inc.lon, inc.lat]},
                          "properties": {"popup": f"<div style='font-size:12px'><b>{esc(inc.name)}</b><br>{incident_html(inc, corpus)}</div>",
                                         "tooltip": esc(f"{inc.name}: {inc.event_type}"),
                                         "color": EVENT_COLORS.get(inc.event_type, "#878787")}})
        if feats:
            folium.GeoJson(
                {"type": "FeatureCollection", "features": feats}, name="Incidents",
                marker=folium.CircleMarker(radius=3),
                style_function=lambda f: {"radius": 3, "fill": True, "fillColor": f["properties"]["color"], "color": "#000",
                                          "weight": 0.5, "fillOpacity": 0.9},
                popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=440),
                tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False),
            ).add_to(m)
    if locs:
        lats = [loc.lat for loc in locs]
        lons = [loc.lon for loc in locs]
        pad = 0.5
        m.fit_bounds([[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]], max_zoom=9)
    m.get_root().html.add_child(_legend(sorted({loc.dominant_event_type for loc in locs}), largest))
    # sea colour under the outline, so the map reads as a map with no tiles at all
    m.get_root().header.add_child(folium.Element("<style>.leaflet-container{background:#d7e6ee}</style>"))
    return m
