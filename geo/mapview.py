"""The map: localities, incidents, regions and a heatmap as a folium map, readable offline.

Knows nothing of Streamlit. Leaflet and its plugins are served by the app (``install_assets``
copies them from the xstatic packages and folium into a static folder); a Natural Earth
country outline from ``geo/data/world.geojson`` is always drawn in a pane below the tiles, so
online tiles cover it when they load and the outline shows when they do not.

Article text never becomes HTML: popups, tooltips and the legend travel as plain text in a JSON
payload (``map_payload``) and the browser (``geo/static/draw.js``) puts them on the page with
``textContent``; links
are kept only with http(s) URLs, checked here and again in the browser. The base map (outline,
tiles) is separate from the data layer, so a dashboard can swap the data and keep the view.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import json
import math
import shutil
import unicodedata
import zlib
from collections import Counter
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import folium
from branca.element import Element, MacroElement
from jinja2 import Template
import numpy as np

from geo.cells import cell_levels
from geo.gazetteer import DATA_DIR, Gazetteer
from geo.geometry import box_id, parse_box
from geo.localities import Locality, period
from geo.pipeline import Corpus, MapData
from geo.precision import LABELS as PRECISION_LABELS
from geo.safe import strip_bidi
from geo.reconcile import Incident
from geo.vocab import PlaceKind

ASSET_URL = "/app/static/vendor"
# The browser side of the data layer: plain JavaScript, served with Leaflet (install_assets).
DRAW_JS = Path(__file__).parent / "static" / "draw.js"
# The offline basemap's script (geo/static/basemap.js) and its data (scripts/build_basemap.py):
# Natural Earth 1:10m land, coast and borders per 10-degree square, and populated places to label.
BASE_JS = Path(__file__).parent / "static" / "basemap.js"
BASEMAP_DIR = DATA_DIR / "basemap"
LAYERS = ("localities", "incidents", "regions", "heatmap")
MAX_RADIUS = 28
VIEW_PLACES = 400  # a crowded map draws the localities themselves where no more than this many are in view
MAX_AREAS = 300    # areas drawn as outlines at most (the largest tolls first)
MIN_RADIUS = 4
EVENT_COLORS = {
    "killing/massacre": "#b2182b", "execution": "#67001f", "attack/ambush": "#e66101", "clash": "#8073ac",
    "displacement/flight": "#1b7837", "protest": "#2166ac", "arrest": "#4d4d4d", "abduction": "#01665e",
    "security operation/deployment": "#5e3c99", "infrastructure damage": "#a6761d", "other": "#878787",
}


def _color(event_type: str) -> str:
    return EVENT_COLORS.get(event_type, EVENT_COLORS["other"])


VICTIM_LABELS = {"civilians": "civilians", "security forces": "security forces", "fighters": "fighters",
                 "total": "unspecified"}


# ----------------------------------------------------------------------------- assets

def _copy_if_changed(src: Path, dest: Path) -> None:
    code = src.read_bytes()
    if not dest.exists() or dest.read_bytes() != code:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(".tmp")
        tmp.write_bytes(code)
        tmp.replace(dest)  # (a page loading it meanwhile gets the old or the new file, never half)


def install_assets(static_dir: Path) -> Path:
    """Copy Leaflet, MarkerCluster, leaflet-heat, geo's own scripts (``geo/static``) and the
    offline basemap's data (``geo/data/basemap``) into ``static_dir/vendor`` (idempotent; geo's
    files whenever they differ, as they change with geo)."""
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
    for script in (DRAW_JS, BASE_JS):
        _copy_if_changed(script, vendor / "geo" / script.name)
    # the basemap's ~460 files: copied again only when their list or sizes change
    files = sorted(p for p in BASEMAP_DIR.rglob("*.json"))
    stamp = "\n".join(f"{p.relative_to(BASEMAP_DIR)} {p.stat().st_size}" for p in files)
    dest = vendor / "geo" / "basemap"
    done = dest / ".complete"
    if not done.exists() or done.read_text(encoding="utf-8") != stamp:
        for p in files:
            _copy_if_changed(p, dest / p.relative_to(BASEMAP_DIR))
        done.write_text(stamp, encoding="utf-8")
    return vendor


# ----------------------------------------------------------------------------- text

def esc(value) -> str:
    """HTML-escape anything (quotes too), for the few places that write HTML from Python."""
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


def source_labels(articles) -> dict[str, str]:
    """Each article's label (outlet, title or first words, date), with its file name added where
    two or more articles would read alike ("Syria's leader ... has called for ..." four times)."""
    labels = {a.id: a.label for a in articles}
    seen = Counter(labels.values())
    return {a.id: (f"{labels[a.id]} · {Path(a.path).name}" if seen[labels[a.id]] > 1 else labels[a.id]) for a in articles}


def source_search_texts(articles, claims, labels: dict[str, str]) -> dict[str, str]:
    """What a source is found by (``find_sources``): its label, file, and the places its claims
    are at."""
    places: dict[str, dict[str, None]] = {}
    for c in claims:
        if c.place_name:
            places.setdefault(c.article_id, {})[c.place_name] = None
    return {a.id: " ".join([labels[a.id], a.path, *places.get(a.id, ())]) for a in articles}


def _folded(text: str) -> str:
    """``text`` without case or diacritics ("Culiacán" is found by "culiacan")."""
    text = text.casefold()
    return text if text.isascii() else "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def find_sources(texts: dict[str, str], query: str, limit: int) -> tuple[int, list[str]]:
    """How many sources' texts (what a user knows a source by: ``source_search_texts``)
    hold every word of ``query`` (any case, any diacritics; every source for an empty one), and the first
    ``limit`` of them in corpus order: a big project's sources are found, not listed (a page
    of 100,000 checkboxes never draws)."""
    words = _folded(query).split()
    found = [i for i, text in texts.items() if all(w in _folded(text) for w in words)] if words else list(texts)
    return len(found), found[:limit]


def source_label(corpus: Corpus, article_id: str) -> str:
    a = corpus.article(article_id)
    return a.label if a else article_id


@lru_cache(maxsize=65536)
def _clip(s: str, n: int = 200) -> str:
    s = " ".join(strip_bidi(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


MAX_POPUP_INCIDENTS = 5   # the rest is in the table and the exports: popups stay small,
MAX_POPUP_VERSIONS = 3    # so a map of thousands of places stays light to send and to draw


# ----------------------------------------------------------------------------- popups as data
#
# Popups and tooltips travel to the browser as plain text inside JSON and are put on the page
# with ``textContent`` by the script below: article text is never parsed as HTML, so no
# escaping can be forgotten, and the payload is a third of folium's HTML-in-JSON.

def incident_rows(i: Incident, max_versions: int = MAX_POPUP_VERSIONS) -> list:
    """One incident for a popup, raw (the browser formats it): [event type, outcome, victims,
    low, best, high, conflicting, first date, last date, versions, more]; a version is
    [article id, qualifier, figure, reporter, relayed by, date, sentence] (figure null for an
    event)."""
    rows = []
    if i.versions:
        for v in i.versions[:max_versions]:
            rows.append([v.article_id, "" if v.qualifier == "exact" else v.qualifier, v.best,
                         v.reporter or "unattributed", v.relayed_by or "", v.date or "", _clip(v.sentence)])
        more = len(i.versions) - len(rows)
    else:
        for c in i.claims[:max_versions]:
            rows.append([c.article_id, "", None, "", "", "", _clip(c.sentence)])
        more = len(i.claims) - len(rows)
    return [i.event_type, i.outcome or "", VICTIM_LABELS.get(i.victims, i.victims or ""), i.reported_low,
            i.reported_best, i.reported_high, 1 if i.conflicting else 0, i.date_start or "", i.date_end or "",
            rows, more]


def _incident_json(i: Incident) -> tuple[str, list[str]]:
    """``incident_rows`` as script JSON and the article ids it cites, built once per incident."""
    hit = i.views.get("popup")
    if hit is None:
        rows = incident_rows(i)
        hit = i.views["popup"] = (to_script_json(rows), [v[0] for v in rows[9]])
    return hit


def locality_rows(loc: Locality) -> list:
    """A locality's popup without its incidents, raw: [name, kind, precision, precision label,
    killed [low, best, high] or null, reported best for the whole area or null, [[category,
    n]], [[outcome, low, best, high]] for the other outcomes, source count, event types]."""
    k = loc.counted.get("killed")
    kr = loc.reported.get("killed")
    killed = [k["low"], k["best"], k["high"]] if k else None
    whole = kr["best"] if k and kr and kr["best"] != k["best"] else None
    cats = [[VICTIM_LABELS.get(v, v), n] for v, n in sorted(loc.by_victims.items())] if k else []
    others = [[o, c["low"], c["best"], c["high"]] for o in ("wounded", "displaced", "arrested")
              if (c := loc.counted.get(o))]
    return [loc.name, loc.place_kind, loc.precision, PRECISION_LABELS.get(loc.precision, ""), killed, whole, cats,
            others, len(loc.sources), ", ".join(loc.event_types)]


def _locality_json(loc: Locality) -> tuple[str, str, set[str]]:
    """A locality of the payload as script JSON, split around its radius (which depends on the
    map's largest toll), and the article ids its popup cites: built once per locality."""
    hit = loc.views.get("marker")
    if hit is None:
        ranked = sorted(loc.incidents, key=lambda i: -(i.reported_best or 0))
        frags, ids = [], set()
        for i in ranked[:MAX_POPUP_INCIDENTS]:
            frag, cites = _incident_json(i)
            frags.append(frag)
            ids.update(cites)
        rest = to_script_json([_color(loc.dominant_event_type), int(not loc.killed()), locality_tooltip(loc),
                               locality_rows(loc)])
        hit = loc.views["marker"] = (f"{to_script_json([round(loc.lat, 5), round(loc.lon, 5)])[:-1]},",
                                     f"{rest[1:-1]},[{','.join(frags)}],{max(len(ranked) - MAX_POPUP_INCIDENTS, 0)}]",
                                     ids)
    return hit


def locality_tooltip(loc: Locality) -> str:
    k = loc.killed()
    return f"{loc.name}: {k:,} killed" if k else f"{loc.name}: {', '.join(loc.event_types)}"


def drawn_box(drawing) -> str | None:
    """The box id (``geometry.box_id``) of an area drawn on the map, as the page reports it (a
    GeoJSON Feature of a Polygon: untrusted input); None for anything else."""
    try:
        ring = drawing["geometry"]["coordinates"][0]
        lons = [float(p[0]) for p in ring]
        lats = [float(p[1]) for p in ring]
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    if not 4 <= len(ring) <= 10:
        return None
    clamp = lambda v, lim: max(-lim, min(lim, v))  # noqa: E731  (a box drawn past the map's edge)
    box = box_id(clamp(min(lats), 90), clamp(min(lons), 180), clamp(max(lats), 90), clamp(max(lons), 180))
    return box if parse_box(box) else None


def clicked_locality(localities: list[Locality], point: dict | None) -> Locality | None:
    """The locality a click on the map chose: the map reports a click on a circle at the
    circle's own point (``geo/static/draw.js``), as ``{"lat": .., "lng": ..}``. None for a click
    on anything else (the outline, the sea) or on a circle no longer drawn (the filters
    changed since)."""
    if not point or point.get("lat") is None or point.get("lng") is None:
        return None
    try:
        lat, lon = float(point["lat"]), float(point["lng"])
    except (TypeError, ValueError):
        return None
    at = [loc for loc in localities if abs(round(loc.lat, 5) - lat) < 1e-6 and abs(round(loc.lon, 5) - lon) < 1e-6]
    return at[0] if at else None


# ----------------------------------------------------------------------------- geometry

def radius_for(killed: int | None, largest: int) -> float:
    """Circle radius in pixels with the *area* proportional to the toll."""
    if not killed or largest <= 0:
        return MIN_RADIUS
    return max(MIN_RADIUS + 1, MAX_RADIUS * math.sqrt(killed / largest))


@lru_cache(maxsize=1)
def _admin1_polygons() -> frozenset[str]:
    """The first-order areas that have a polygon in ``geo/data/basemap/admin1`` ("SY.14")."""
    out = set()
    for f in (BASEMAP_DIR / "admin1").glob("*.json"):
        with open(f, encoding="utf-8") as fh:
            out.update(f"{f.stem}.{code}" for code in json.load(fh))
    return frozenset(out)


def area_refs(loc: Locality) -> list[str] | None:
    """The polygons that draw a first-order area, or a region made of them ("SY.14"; the page
    fetches them from ``geo/data/basemap/admin1``); None for any other place, or an area with
    no polygon."""
    if loc.place_kind == PlaceKind.ADMIN1:
        ids = [loc.place_id]
    elif loc.parts and len(loc.parts) > 1 and all(p.startswith("a1:") for p in loc.parts):
        ids = list(loc.parts)
    else:
        return None
    have = _admin1_polygons()
    refs = [i[3:] for i in ids if i.startswith("a1:")]
    return refs if refs and len(refs) == len(ids) and all(r in have for r in refs) else None


@lru_cache(maxsize=256)
def _area_outline(gaz: Gazetteer, parts: tuple[str, ...]) -> dict | None:
    """An approximate outline of a region made of towns (or of areas with no polygon): the hull
    of their GeoNames places, slightly buffered."""
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
    geom = mapping(unary_union(shapes).simplify(0.01))
    return json.loads(json.dumps(geom))  # tuples -> lists, rounded once


@lru_cache(maxsize=1)
def _world_json() -> str:
    """The outline's geometries as a JS literal (our own file; no names, just shapes)."""
    with open(DATA_DIR / "world.geojson", encoding="utf-8") as f:
        world = json.load(f)
    shapes = {"type": "FeatureCollection",
              "features": [{"type": "Feature", "properties": {}, "geometry": f["geometry"]} for f in world["features"]]}
    return json.dumps(shapes, separators=(",", ":"))


def bounds_of(items, pad: float = 0.5) -> list[list[float]] | None:
    """[[south, west], [north, east]] around ``items`` (localities, incidents or claims: anything
    with ``lat`` and ``lon``), padded; None when none has a position."""
    pts = [(x.lat, x.lon) for x in items if x.lat is not None and x.lon is not None]
    if not pts:
        return None
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    return [[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]]


# ----------------------------------------------------------------------------- payload

# Characters that must not appear raw in a script, or that streamlit-folium rewrites in the
# scripts it sends (``_x`` suffixes, ``{{ }}``): all of them can only occur inside JSON
# strings here (the payload holds lists, numbers and strings only), where \\uXXXX means the same.
_JS_UNSAFE = [(ch, f"\\u{ord(ch):04x}") for ch in "<>&_{}\u2028\u2029"]


def to_script_json(value) -> str:
    """``value`` (lists, numbers, strings) as JSON that is safe to embed in a script."""
    out = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch, code in _JS_UNSAFE:  # str.replace per character: ~30x faster than str.translate here
        if ch in out:
            out = out.replace(ch, code)
    return out


def map_payload(data: MapData, corpus: Corpus, gaz: Gazetteer | None = None,
                layers: tuple[str, ...] = ("localities", "regions"), box: str | None = None) -> str:
    """What the browser draws, as script JSON: [sources, localities, incidents, regions, heat,
    legend, largest, cells, time, box]. No HTML anywhere: the script puts every string in with textContent.

    ``cells`` is null, or for a crowded map (``geo.cells``) [upto, [[cell, ...] of zoom 1, ...],
    places] with a cell [lat, lon, localities, incidents, killed, wounded, colour, south, west,
    north, east]: the page draws the cells of its zoom up to ``upto`` where more than ``places``
    localities are in view, else the localities in view. ``time`` is ``time_rows``: what the
    time slider plays (on a crowded map the page gathers the window's places in cells
    itself). ``box``: [south, west, north, east] of an area drawn on the map that the data is
    narrowed to (``geometry.box_id``), else null.

    A locality is [lat, lon, radius, colour, hollow, tooltip, ``locality_rows``, incidents,
    more]; an incident of the incidents layer [lat, lon, colour, tooltip, name, incident]; a
    region ["a1", [area refs], colour] (``area_refs``: first-order areas' polygons the page
    fetches) or [GeoJSON type, coordinates, colour] (a hull); an
    incident is ``incident_rows``; a source [article id, label, http(s) URL or ""]. Incidents
    are serialised once and reused (``Incident.views``): a toggle re-serialises only the
    localities and the incidents it changed.
    """
    locs = data.localities
    mapped = [loc for loc in locs if loc.lat is not None and loc.lon is not None]  # unlocated tolls: tables only
    largest = max((loc.killed() or 0 for loc in mapped), default=0)
    cited: set[str] = set()
    loc_rows, inc_rows, regions, heat = [], [], [], []
    shown = sorted(mapped, key=lambda l: -(l.killed() or 0)) if "localities" in layers else []
    if shown:
        for loc in shown:  # small circles drawn last, on top
            head, tail, ids = _locality_json(loc)
            cited.update(ids)
            # (a number's JSON is its repr: json.dumps per place cost ~0.1 s at 20,000 places)
            loc_rows.append(f"{head}{round(radius_for(loc.killed(), largest), 1)!r},{tail}")
    if "incidents" in layers:
        for inc in data.incidents:
            if inc.lat is not None:
                frag, ids = _incident_json(inc)
                cited.update(ids)
                shell = to_script_json([round(inc.lat, 5), round(inc.lon, 5), _color(inc.event_type),
                                        f"{inc.name}: {inc.event_type}", inc.name])
                inc_rows.append(f"{shell[:-1]},{frag}]")
    if "regions" in layers and gaz is not None:
        drawn = 0
        for loc in sorted(locs, key=lambda l: -(l.killed() or 0)):
            if drawn >= MAX_AREAS:
                break
            refs = area_refs(loc)
            if refs:  # a first-order area, or a region of them: their polygons (geo/data/basemap/admin1)
                regions.append(["a1", refs, _color(loc.dominant_event_type)])
                drawn += 1
            elif loc.parts and len(loc.parts) > 1:
                outline = _area_outline(gaz, tuple(loc.parts))
                if outline:
                    regions.append([outline["type"], outline["coordinates"],
                                    _color(loc.dominant_event_type)])
                    drawn += 1
    if "heatmap" in layers:
        heat = [[round(loc.lat, 4), round(loc.lon, 4), float(loc.killed() or 1)] for loc in mapped]
    sources = []
    for aid in sorted(cited):
        a = corpus.article(aid)
        sources.append([aid, a.label if a else aid, (safe_url(a.url) if a else None) or ""])
    legend = [[t, _color(t)] for t in sorted({loc.dominant_event_type for loc in mapped})]
    cells = timeline = None
    if shown:
        upto, levels = cell_levels(mapped)
        if upto:
            cells = [upto, [[[round(c.lat, 4), round(c.lon, 4), c.localities, c.incidents, c.killed, c.wounded,
                              _color(c.event_type), c.south, c.west, c.north, c.east] for c in level]
                            for level in levels], VIEW_PLACES]  # (a box's corners are localities' points)
        timeline = time_rows(shown, largest)
    return (f"[{to_script_json(sources)},[{','.join(loc_rows)}],[{','.join(inc_rows)}],"
            f"{to_script_json([regions, heat, legend, largest, cells])[1:-1]},{timeline or 'null'},"
            f"{to_script_json(parse_box(box))}]")


EPOCH = dt.date(1970, 1, 1).toordinal()  # the time rows' days count from 1970-01-01


def time_rows(shown: list[Locality], largest: int) -> str:
    """What the map's time slider needs (``geo/static/draw.js``), as script JSON: [first day,
    last day (days after the first), [per locality of ``shown``: [[start, end, killed], ...]
    of its incidents, days since 1970-01-01], smallest radius, largest radius, ``largest``
    (the largest toll), the first day in days since 1970-01-01]; ``null`` when no incident
    has a date.

    An incident's period is ``localities.period`` (its dates, else when its sources reported
    it); ``killed`` is what it adds to the map counted once (``Incident.killed_best``), so the
    deaths of the incidents in any window of time add up without counting any twice, and to
    the map's total over the whole period. Each locality's rows are serialised once and kept
    with it, so a toggle joins strings (100,000 incidents: ~0.2 s less per toggle)."""
    spans = [_time_spans(loc) for loc in shown]
    dated = [(lo, hi) for _, lo, hi in spans if lo is not None]
    if not dated:
        return "null"
    first, last = min(lo for lo, _ in dated), max(hi for _, hi in dated)
    tail = to_script_json([MIN_RADIUS, MAX_RADIUS, largest, first])[1:-1]
    return (f'["{dt.date.fromordinal(first + EPOCH).isoformat()}",{last - first},'
            f'[{",".join(rows for rows, _, _ in spans)}],{tail}]')


def _time_spans(loc: Locality) -> tuple[str, int | None, int | None]:
    """A locality's dated incidents as JSON [[first day, last day, killed counted once], ...]
    (days since 1970-01-01), with its first and last day (None: no dated incident); kept with
    the locality (its incidents and their counted figures never change)."""
    out = loc.views.get("time")
    if out is None:
        rows = []
        for i in loc.incidents:
            p = period(i)
            if p:
                rows.append([dt.date.fromisoformat(p[0]).toordinal() - EPOCH,
                             dt.date.fromisoformat(p[1]).toordinal() - EPOCH, i.killed_best or 0])
        out = (to_script_json(rows), min(r[0] for r in rows), max(r[1] for r in rows)) if rows else ("[]", None, None)
        loc.views["time"] = out
    return out


class _Raw(Element):
    """Text that goes into the page as it is."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _ScriptLayer(MacroElement):
    """A layer whose script is written here in Python, not by a Jinja template.

    branca wraps every rendered script in a new ``Element(template=...)``, so the output is
    parsed again as a Jinja template: slow for megabytes of data, and a template injection if
    article text ever held ``{{ }}``. This layer's script goes into the page as it is.
    """

    _template = Template("{% macro script(this, kwargs) %}{{ this.script_text() }}{% endmacro %}")

    def script_text(self) -> str:
        raise NotImplementedError

    def render(self, **kwargs) -> None:
        self.get_root().script.add_child(_Raw(self.script_text()), name=self.get_name())


class DataLayer(_ScriptLayer):
    """Draws a ``map_payload`` into its parent layer (a FeatureGroup). ``compress``: the payload
    goes as base64 of its zlib deflate, a string the browser inflates (a fifth of the bytes, and
    of what streamlit-folium scans with its regular expressions on every rerun)."""

    def __init__(self, payload: str, compress: bool = False):
        super().__init__()
        self._name = "DataLayer"
        # map_payload's script JSON; base64 has no character a script or streamlit-folium would touch
        self.payload = '"' + base64.b64encode(zlib.compress(payload.encode("utf-8"), 1)).decode("ascii") + '"' \
            if compress else payload

    def script_text(self) -> str:
        return "geoDraw(" + self._parent.get_name() + ", " + self.payload + ");"  # (geo/static/draw.js)


class OutlineLayer(_ScriptLayer):
    """The offline basemap in its panes under the tiles (``geo/static/basemap.js``): the country
    outline (``geo/data/world.geojson``, carried by the page) zoomed out, the detailed 1:10m
    squares and the place names fetched from ``assets`` zoomed in."""

    def __init__(self, pane: str, labels: str, assets: str):
        super().__init__()
        self._name = "OutlineLayer"
        self.pane, self.labels, self.assets = pane, labels, assets

    def script_text(self) -> str:
        opts = (f"{{outline: {json.dumps(self.pane)}, labels: {json.dumps(self.labels)}, "
                f"assets: {to_script_json(self.assets)}, world: {_world_json()}}}")
        return f"geoBase({self._parent.get_name()}, {opts});"


# ----------------------------------------------------------------------------- the map

def base_map(bounds: list[list[float]] | None = None, assets: str = ASSET_URL, tiles: bool = True,
             height: int = 560) -> folium.Map:
    """The map without data: local Leaflet, the offline outline under online tiles, sea colour.
    It depends only on ``bounds``, so a dashboard can keep it (and the user's view) while the
    data layer changes."""
    m = folium.Map(location=[20, 10], zoom_start=2, tiles=None, max_zoom=18, min_zoom=1, prefer_canvas=False,
                   control_scale=True, height=height)
    m.default_js = [("leaflet", f"{assets}/leaflet/leaflet.js"),
                    ("leaflet-heat", f"{assets}/leaflet-heat/leaflet_heat.min.js"),
                    ("geo-base", f"{assets}/geo/{BASE_JS.name}"),
                    ("geo-draw", f"{assets}/geo/{DRAW_JS.name}")]
    m.default_css = [("leaflet_css", f"{assets}/leaflet/leaflet.css")]
    m.add_child(folium.map.CustomPane("outline", z_index=150, pointer_events=False))
    m.add_child(folium.map.CustomPane("labels", z_index=160, pointer_events=False))
    m.add_child(OutlineLayer("outline", "labels", assets))
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", max_zoom=18,
                         attr="© OpenStreetMap contributors").add_to(m)
    if bounds:
        m.fit_bounds(bounds, max_zoom=9)
    # sea colour under the outline, so the map reads as a map with no tiles at all
    m.get_root().header.add_child(folium.Element("<style>.leaflet-container{background:#d7e6ee}</style>"))
    return m


def data_layer(data: MapData, corpus: Corpus, gaz: Gazetteer | None = None,
               layers: tuple[str, ...] = ("localities", "regions"), compress: bool = False,
               box: str | None = None) -> folium.FeatureGroup:
    """The data of ``data`` as one layer. ``layers`` picks among localities, incidents, regions,
    heatmap; ``compress``: see ``DataLayer`` (a page the dashboard redraws on every toggle);
    ``box``: the area drawn on the map the data is narrowed to, framed on the map."""
    group = folium.FeatureGroup(name="geo data", control=False)
    group.add_child(DataLayer(map_payload(data, corpus, gaz, layers, box), compress))
    return group


def build_map(data: MapData, corpus: Corpus, gaz: Gazetteer | None = None, layers: tuple[str, ...] = ("localities", "regions"),
              assets: str = ASSET_URL, tiles: bool = True, height: int = 560) -> folium.Map:
    """A standalone folium map of ``data`` (base map and data layer in one)."""
    m = base_map(bounds_of(data.localities), assets, tiles, height)
    data_layer(data, corpus, gaz, layers).add_to(m)
    return m
