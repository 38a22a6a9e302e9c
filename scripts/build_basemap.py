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
- geo/data/basemap/admin1/CC.json  the first-order areas of country CC as approximate polygons,
  ``{"admin-1 code": [polygons packed as the squares' land]}``, for the gazetteer's areas
  (``a1:CC.code``). No open admin-1 boundaries ship offline here, so they are made from what
  does: each of the gazetteer's populated places (GeoNames) takes the land nearest to it (a
  Voronoi cell), an area is the union of its places' cells, clipped to the 1:10m land. Coasts
  are Natural Earth's; a boundary between two areas (or countries) runs halfway between their
  nearest towns: within a few km where towns are dense, tens of km in empty land. Simplified
  at 0.01 degrees.

Input: Natural Earth 1:10m (public domain) as GeoJSON, e.g. the CC0 conversion at
github.com/martynafford/natural-earth-geojson (its ``.7z`` files unpacked)::

    python scripts/build_basemap.py NE_FOLDER

where NE_FOLDER holds ne_10m_land.json, ne_10m_lakes.json,
ne_10m_admin_0_boundary_lines_land.json and ne_10m_populated_places_simple.json; run from a
checkout (the admin-1 areas use its gazetteer).
"""
from __future__ import annotations

import json
import sys
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


def build_admin1(folder: Path) -> None:
    """geo/data/basemap/admin1/ (module docstring), from the gazetteer's own tables (no user imports)."""
    import numpy as np
    import shapely
    from shapely import STRtree, points, voronoi_polygons

    sys.path.insert(0, str(OUT.parent.parent.parent))
    from geo.gazetteer import LOCALITY, build as build_gazetteer

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
    cells = shapely.get_parts(voronoi_polygons(shapely.multipoints(pts), extend_to=box(-200, -100, 200, 100)))
    owner = np.full(len(cells), -1)
    p_idx, c_idx = STRtree(cells).query(pts, predicate="within")
    owner[c_idx] = p_idx
    groups: dict[tuple[str, str], list] = {}
    for c, p in enumerate(owner):
        if p >= 0:
            groups.setdefault((str(cc[p]), str(a1[p])), []).append(cells[c])
    land = shapely.get_parts(np.array([shape(f["geometry"]).buffer(0) for f in read(folder, "ne_10m_land.json")]))
    land_tree = STRtree(land)
    by_country: dict[str, dict[str, list]] = {}
    for (country, code), parts in sorted(groups.items()):
        try:
            area = shapely.coverage_union_all(parts)  # (cells that share their edges exactly: fast)
        except shapely.errors.GEOSException:  # (a few cells of nearly equal points: the slow way)
            area = shapely.union_all([p.buffer(1e-7) for p in parts])
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
    print(f"{sum(map(len, by_country.values()))} first-order areas of {len(by_country)} countries, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build(Path(sys.argv[1]))
    build_admin1(Path(sys.argv[1]))
