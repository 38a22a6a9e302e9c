"""Containment and distance: which area holds which place, how far apart two points are.

One module owns both, so that every step (the place of a claim, reconciliation, counting once
per locality) decides alike. ``contains`` answers from gazetteer ids: a country holds every
place of that country; a first-order area its localities, landmarks and districts; a
second-order area the towns and landmarks of its first-order area within ``ADMIN2_REACH_KM``
of its point (the gazetteer gives towns no second-order code); a city of half a million the
much smaller towns of its first-order area within its reach (its quarters, which GeoNames lists
as towns: ``city_reach_km``); a region
(curated, "the Syrian coast", or made of several areas, ``region:a1:SY.02+a1:SY.14``) its
parts, what lies in them, and smaller regions of its parts; ``in_box`` which places lie in a
box drawn on the map (an area by its populated places). Distance is great-circle, in km.
``PointIndex`` answers "how far is the nearest point, if within ``reach`` km" without looking
at points far away: points are bucketed in cells of a fixed size in degrees and a query reads
only the cells that can hold a point within reach. An article naming thousands of places then
costs thousands of small lookups, not thousands times thousands of distances.
"""
from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from geo.vocab import PlaceKind

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

EARTH_RADIUS_KM = 6371.0
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180  # along a meridian: 111.2 km


class Area(NamedTuple):
    """What containment needs to know of a place: its kind, country and first-order area
    codes, and the first-order areas (ids) a region is made of."""

    kind: str
    country: str
    admin1: str
    parts: tuple[str, ...]


REGION_PREFIX = "region:"
# Where tolls that no place could be given to are counted: listed, exported, never drawn.
UNLOCATED = "unlocated"


def area_of(place_id: str | None, gaz: "Gazetteer") -> Area | None:
    """The ``Area`` of a gazetteer id or of a region id made of parts; None if unknown."""
    if not place_id:
        return None
    hit = gaz.areas.get(place_id)
    if hit is not None:
        return hit
    area = _area_of(place_id, gaz)
    if area is not None:
        gaz.areas[place_id] = area
    return area


def _area_of(place_id: str, gaz: "Gazetteer") -> Area | None:
    i = gaz.by_id.get(place_id)
    if i is not None:
        return Area(gaz.kind_name(i), gaz.country[i], gaz.admin1[i], tuple(gaz.parts.get(i, ())))
    if place_id.startswith(REGION_PREFIX):
        parts = tuple(place_id[len(REGION_PREFIX):].split("+"))
        found = [j for j in (gaz.by_id.get(p) for p in parts) if j is not None]
        countries = {gaz.country[j] for j in found}
        # towns of one first-order area make a region inside it ("Tlajomulco + Guadalajara" in Jalisco)
        areas = {(gaz.country[j], gaz.admin1[j]) for j in found}
        inside = len(found) == len(parts) and len(areas) == 1 and all(gaz.kind_name(j) in INSIDE_ADMIN1 for j in found)
        return Area(PlaceKind.REGION, countries.pop() if len(countries) == 1 else "",
                    next(iter(areas))[1] if inside else "", parts)
    return None


# How far from a second-order area's centre its towns are taken to lie (a district's or a
# county's half-width; the gazetteer has no second-order boundaries)
ADMIN2_REACH_KM = 50.0

# The cities whose quarters the gazetteer lists as towns of their own, held by the city: a
# city of this many people holds a town of its first-order area of at most a tenth of its people
# within the radius of a disc of its people at ``CITY_DENSITY`` a km² (Chicago ~18 km, Baltimore
# ~9 km), never beyond ``CITY_REACH_KM``
CITY_QUARTERS_POP = 500_000
QUARTER_SHARE = 10
CITY_DENSITY = 2500
CITY_REACH_KM = 20.0


def degree_cell(lat: float, lon: float) -> tuple[int, int]:
    """The one-degree cell a point lies in (its longitude wrapped into [-180, 180))."""
    return math.floor(lat), (math.floor(lon) + 180) % 360 - 180


def degree_cells_within(lat: float, lon: float, km: float) -> list[tuple[int, int]]:
    """The one-degree cells that hold every point within ``km`` of a point (and a few more): where
    to look before asking ``contains`` of each place there, not of every place of an area."""
    dlat = km / KM_PER_DEGREE
    dlon = min(180.0, km / max(KM_PER_DEGREE * math.cos(math.radians(min(89.0, abs(lat)))), 1e-9))
    return [(a, (b + 180) % 360 - 180)
            for a in range(math.floor(lat - dlat), math.floor(lat + dlat) + 1)
            for b in range(math.floor(lon - dlon), math.floor(lon + dlon) + 1)]


def city_reach_km(population: int) -> float:
    """How far from a large city's point the towns it holds lie (``CITY_QUARTERS_POP``)."""
    return min(CITY_REACH_KM, math.sqrt(population / (math.pi * CITY_DENSITY)))


# kinds a first-order area holds
INSIDE_ADMIN1 = (PlaceKind.LOCALITY, PlaceKind.LANDMARK, PlaceKind.ADMIN2)


def contains(outer_id: str | None, inner_id: str | None, gaz: "Gazetteer") -> bool:
    """True when the place ``inner_id`` lies inside the area ``outer_id`` (and is not it)."""
    if not outer_id or not inner_id or outer_id == inner_id:
        return False
    outer, inner = area_of(outer_id, gaz), area_of(inner_id, gaz)
    if outer is None or inner is None:
        return False
    if outer.kind == PlaceKind.COUNTRY:
        return inner.country == outer.country and inner.kind != PlaceKind.COUNTRY
    if outer.kind == PlaceKind.ADMIN1:
        return (inner.kind in INSIDE_ADMIN1 or inner.kind == PlaceKind.REGION and inner.admin1 != "") \
            and (inner.country, inner.admin1) == (outer.country, outer.admin1)
    if outer.kind == PlaceKind.ADMIN2:
        # a second-order area holds the towns and landmarks of its first-order area near its
        # centre (the gazetteer gives towns no second-order code): "Djibo, in Soum province"
        if inner.kind not in (PlaceKind.LOCALITY, PlaceKind.LANDMARK) or (inner.country, inner.admin1) != (outer.country, outer.admin1):
            return False
        a, b = gaz.by_id[outer_id], gaz.by_id[inner_id]
        return places_km(gaz, a, b) <= ADMIN2_REACH_KM
    if outer.kind == PlaceKind.LOCALITY:
        # a large city holds the much smaller towns of its first-order area within its reach: its
        # quarters, which GeoNames lists as towns ("Englewood", "Rogers Park" of Chicago; "Cherry
        # Hill" of Baltimore), and the suburbs at its edge
        if inner.kind not in (PlaceKind.LOCALITY, PlaceKind.LANDMARK) or (inner.country, inner.admin1) != (outer.country, outer.admin1):
            return False
        a, b = gaz.by_id[outer_id], gaz.by_id[inner_id]
        big, small = int(gaz.pop[a]), int(gaz.pop[b])
        return big >= CITY_QUARTERS_POP and small * QUARTER_SHARE <= big and places_km(gaz, a, b) <= city_reach_km(big)
    if outer.parts:
        if inner_id in outer.parts or (inner.parts and set(inner.parts) < set(outer.parts)):
            return True
        return inner.kind in INSIDE_ADMIN1 and f"a1:{inner.country}.{inner.admin1}" in outer.parts
    return False


# An area drawn on the map: a box between two parallels and two meridians, as an id
# "box:SOUTH_WEST_NORTH_EAST" (degrees) that a link can carry.
BOX_PREFIX = "box:"
_BOX_SHARE = 0.98  # an area lies in a box when all but its 2% outermost places do (strays)


def box_id(south: float, west: float, north: float, east: float) -> str:
    """The id of the box (degrees, rounded to 4 decimals: ~10 m)."""
    return BOX_PREFIX + "_".join(f"{round(v, 4):g}" for v in (south, west, north, east))


def parse_box(area_id: str | None) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of a box id; None for anything else, or a box that is not one."""
    if not area_id or not area_id.startswith(BOX_PREFIX):
        return None
    try:
        s, w, n, e = (float(v) for v in area_id[len(BOX_PREFIX):].split("_"))
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (s, w, n, e)) or not (-90 <= s < n <= 90 and -180 <= w < e <= 180):
        return None
    return s, w, n, e


def in_box(box: tuple[float, float, float, float], place_id: str | None, gaz: "Gazetteer") -> bool:
    """True when the place ``place_id`` lies in the box: a town, landmark or district by its
    point; a first-order area or a country when its populated places do (all but the 2% at its
    edges: a place coded to the wrong area does not keep a province out); a region of several
    areas or places when each of its parts does."""
    area = area_of(place_id, gaz)
    if area is None:
        return False
    if area.parts and place_id not in area.parts:
        return all(in_box(box, part, gaz) for part in area.parts)
    s, w, n, e = box
    if area.kind == PlaceKind.COUNTRY or area.kind == PlaceKind.ADMIN1:
        lo_lat, lo_lon, hi_lat, hi_lon = _extent(gaz, area.country, area.admin1 if area.kind == PlaceKind.ADMIN1 else None)
        return s <= lo_lat and hi_lat <= n and w <= lo_lon and hi_lon <= e
    i = gaz.by_id.get(place_id)
    return i is not None and s <= gaz.lat[i] <= n and w <= gaz.lon[i] <= e


@lru_cache(maxsize=4096)
def _extent(gaz: "Gazetteer", country: str, admin1: str | None) -> tuple[float, float, float, float]:
    """(south, west, north, east) of the populated places of a country or of one of its
    first-order areas, leaving out the 1% outermost on each side."""
    import numpy as np

    countries, areas = _codes(gaz)
    mask = countries == country
    if admin1 is not None:
        mask &= areas == admin1
    lat, lon = np.asarray(gaz.lat)[mask], np.asarray(gaz.lon)[mask]
    if not len(lat):
        return (math.inf, math.inf, -math.inf, -math.inf)  # (no places: in no box)
    q = [(1 - _BOX_SHARE) / 2 * 100, (1 + _BOX_SHARE) / 2 * 100]
    (s, n), (w, e) = np.percentile(lat, q), np.percentile(lon, q)
    return float(s), float(w), float(n), float(e)


@lru_cache(maxsize=2)
def _codes(gaz: "Gazetteer"):
    """The gazetteer's country and first-order area codes as arrays (made once)."""
    import numpy as np

    return np.asarray(gaz.country), np.asarray(gaz.admin1)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, max(0.0, a))))


def places_km(gaz: "Gazetteer", a: int, b: int) -> float:
    """Great-circle distance between two places of the gazetteer, by index, in kilometres."""
    return haversine_km(float(gaz.lat[a]), float(gaz.lon[a]), float(gaz.lat[b]), float(gaz.lon[b]))


_SCAN = 48  # up to this many points, a plain scan is faster than reading cells


class PointIndex:
    """Points (lat, lon, tag) in a grid of ``cell`` degrees; ``nearest`` finds the nearest one
    within ``reach`` km whose tag differs from the query's."""

    def __init__(self, points: list[tuple[float, float, str]], reach_km: float, cell: float = 2.0):
        self.reach = reach_km
        self.cell = cell
        self.points = list(dict.fromkeys(points))  # the same place named twice is one point
        self.cells: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for p in self.points:
            self.cells[(math.floor(p[0] / cell), math.floor(p[1] / cell))].append(p)

    def __bool__(self) -> bool:
        return bool(self.cells)

    def nearest_km(self, lat: float, lon: float, skip_tag: str | None = None, enough_km: float = 0.0) -> float:
        """Distance to the nearest point within reach whose tag is not ``skip_tag``, else
        ``inf``. Cells are read nearest first, and a caller that only needs to know whether
        some point is closer than ``enough_km`` gets the first such distance found at once."""
        c = self.cell
        dlat = self.reach / KM_PER_DEGREE
        if len(self.points) <= _SCAN:  # a handful of points (most articles): read them all
            best = min((haversine_km(lat, lon, la, lo) for la, lo, tag in self.points
                        if tag != skip_tag and abs(la - lat) <= dlat), default=math.inf)
            return best if best <= self.reach else math.inf
        coslat = math.cos(math.radians(min(89.0, abs(lat) + dlat)))
        dlon = min(180.0, self.reach / (KM_PER_DEGREE * coslat))
        iq, jq = math.floor(lat / c), math.floor(lon / c)
        n = round(360 / c)
        best = math.inf
        ring = 0
        for di, dj, r in self._offsets(math.ceil(dlat / c), min(math.ceil(dlon / c), n // 2)):
            if r != ring:
                if best < enough_km:
                    break
                ring = r
            pts = self.cells.get((iq + di, (jq + dj + n // 2) % n - n // 2))
            if pts:
                for la, lo, tag in pts:
                    if tag != skip_tag and abs(la - lat) <= dlat:
                        d = haversine_km(lat, lon, la, lo)
                        if d < best:
                            best = d
                            if d < enough_km:
                                return d
        return best if best <= self.reach else math.inf

    @staticmethod
    @lru_cache(maxsize=256)
    def _offsets(ri: int, rj: int) -> tuple[tuple[int, int, int], ...]:
        """Cell offsets within ``ri`` rows and ``rj`` columns, nearest ring first."""
        return tuple(sorted(((di, dj, max(abs(di), abs(dj))) for di in range(-ri, ri + 1) for dj in range(-rj, rj + 1)),
                            key=lambda o: o[2]))
