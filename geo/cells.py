"""Localities gathered into grid cells, zoom level by zoom level, for a map too crowded to
draw place by place.

A map of 20,000 localities cannot draw 20,000 circles at once (the browser stalls, and the
circles hide one another), so where a map holds more than ``CROWDED`` localities the server
sums them here, per cell of a square grid of ``CELL_PX`` screen pixels at each zoom level
(Web Mercator, as Leaflet draws), and the page draws the cells of its zoom until the cells
are about as many as the localities; from that zoom on it draws the localities in view.

A cell's figures are sums over its localities' counted-once figures (``Locality.counted``),
which are built to be added: an area's toll and those of the places inside it are counted
once between them. So the cells of any zoom add up to the map's own total, and no toll is
counted in two cells: a locality lies in exactly one cell of each zoom.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from geo.localities import Locality

CELL_PX = 64            # a cell's side on the screen, in pixels, at its own zoom
CROWDED = 1_500         # localities on a map above which it is drawn in cells at its far zooms
MAX_ZOOM = 14           # the last zoom that may still have cells
ENOUGH = 0.7            # cells at a zoom / localities: from here on, the localities themselves
WORLD_PX = 256          # Leaflet's world at zoom 0, in pixels


@dataclass(frozen=True)
class Cell:
    """Localities of one grid cell at one zoom, and their summed counted-once figures."""

    zoom: int
    lat: float            # the mean point of its localities (where the circle is drawn)
    lon: float
    localities: int
    incidents: int
    killed: int           # counted once, best; 0 where none of its localities has a death toll
    wounded: int
    event_type: str       # the dominant event type of its localities, weighted by their tolls
    south: float          # the box of its localities (a click zooms to it)
    west: float
    north: float
    east: float


def _pixel(lat, lon):
    """Web Mercator pixel coordinates at zoom 0 (x east, y south), as Leaflet's EPSG:3857; of
    numbers or of numpy arrays."""
    lat = np.clip(lat, -85.0511, 85.0511)
    x = (np.asarray(lon) + 180.0) / 360.0 * WORLD_PX
    s = np.sin(np.radians(lat))
    y = (0.5 - np.log((1 + s) / (1 - s)) / (4 * math.pi)) * WORLD_PX
    return x, y


def cell_levels(localities: list[Locality], crowded: int = CROWDED) -> tuple[int, list[list[Cell]]]:
    """``(upto, levels)``: the cells of zoom 1, 2, ... ``upto`` (``levels[z - 1]``) for the
    localities with a point, or ``(0, [])`` when they are ``crowded`` or fewer (drawn one by one
    at every zoom). ``upto`` is the last zoom whose cells are fewer than ``ENOUGH`` of the
    localities (or ``MAX_ZOOM``)."""
    located = [loc for loc in localities if loc.lat is not None and loc.lon is not None]
    if len(located) <= crowded:
        return 0, []
    rows = [_figures(loc) for loc in located]
    lat, lon, killed, wounded, incidents = (np.array(col) for col in list(zip(*rows))[:5])
    names = sorted({r[5] for r in rows})
    index = {t: k for k, t in enumerate(names)}
    kind = np.array([index[r[5]] for r in rows])
    x, y = _pixel(lat, lon)
    levels: list[list[Cell]] = []
    for zoom in range(1, MAX_ZOOM + 1):
        side = CELL_PX / 2 ** zoom  # a cell's side in zoom-0 pixels
        key = np.floor(x / side).astype(np.int64) * (1 << 32) + np.floor(y / side).astype(np.int64)
        keys, cell = np.unique(key, return_inverse=True)
        n = len(keys)
        if n >= ENOUGH * len(located):
            break
        count = np.bincount(cell, minlength=n)
        # the dominant event type: the largest sum of (1 + deaths) of the places of that type
        weight = np.bincount(cell * len(names) + kind, weights=1 + killed, minlength=n * len(names))
        dominant = weight.reshape(n, len(names)).argmax(axis=1)
        south, north = np.full(n, np.inf), np.full(n, -np.inf)
        west, east = south.copy(), north.copy()
        np.minimum.at(south, cell, lat)
        np.maximum.at(north, cell, lat)
        np.minimum.at(west, cell, lon)
        np.maximum.at(east, cell, lon)
        sums = [np.bincount(cell, weights=w, minlength=n) for w in (lat, lon, killed, wounded, incidents)]
        columns = zip((sums[0] / count).tolist(), (sums[1] / count).tolist(), count.tolist(),
                      sums[4].astype(np.int64).tolist(), sums[2].astype(np.int64).tolist(),
                      sums[3].astype(np.int64).tolist(), [names[k] for k in dominant.tolist()], south.tolist(),
                      west.tolist(), north.tolist(), east.tolist())
        levels.append([Cell(zoom, *c) for c in columns])
    return len(levels), levels


def _figures(loc: Locality) -> tuple:
    """What a cell takes of a locality (kept with it: a toggle keeps most localities)."""
    hit = loc.views.get("cell")
    if hit is None:
        hit = loc.views["cell"] = (loc.lat, loc.lon, loc.killed() or 0,
                                   (loc.counted.get("wounded") or {}).get("best", 0), len(loc.incidents),
                                   loc.dominant_event_type)
    return hit
