"""A crowded map's cells (geo.cells): every zoom's cells add up to the map's counted-once total,
each locality in exactly one cell of a zoom, and the cells stop where they would be as many as
the places."""
from __future__ import annotations

import random

from geo.cells import CELL_PX, ENOUGH, MAX_ZOOM, _pixel, cell_levels
from geo.localities import Locality


def town(k: int, lat: float, lon: float, killed: int | None, wounded: int | None = None) -> Locality:
    counted = {}
    if killed is not None:
        counted["killed"] = {"low": killed, "best": killed, "high": killed}
    if wounded is not None:
        counted["wounded"] = {"low": wounded, "best": wounded, "high": wounded}
    return Locality(place_id=f"x:{k}", name=f"Town {k}", country="ZZ", admin1="", place_kind="locality", precision=1,
                    lat=lat, lon=lon, parts=(), incidents=[], counted=counted)


def spread(n: int, seed: int = 7) -> list[Locality]:
    """``n`` made-up towns in three dense areas and scattered elsewhere; some without a death toll."""
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        if k % 4 == 3:
            lat, lon = rnd.uniform(-50, 60), rnd.uniform(-170, 170)
        else:
            clat, clon = ((12.0, 31.0), (-3.5, 28.9), (33.6, 71.4))[k % 3]
            lat, lon = clat + rnd.gauss(0, 0.8), clon + rnd.gauss(0, 0.8)
        out.append(town(k, lat, lon, rnd.choice([None, 1, 2, 5, 40]), rnd.choice([None, 3])))
    return out


def test_a_map_of_few_places_has_no_cells():
    assert cell_levels(spread(200), crowded=500) == (0, [])


def test_every_zoom_adds_up_to_the_map_and_holds_each_place_once():
    locs = spread(3000) + [town(9999, None, None, 70)]  # an unlocated toll is in no cell (tables only)
    upto, levels = cell_levels(locs, crowded=1000)
    assert upto == len(levels) and 2 <= upto <= MAX_ZOOM
    located = [loc for loc in locs if loc.lat is not None]
    killed = sum(loc.killed() or 0 for loc in located)
    wounded = sum(loc.counted["wounded"]["best"] for loc in located if "wounded" in loc.counted)
    for zoom, cells in enumerate(levels, start=1):
        assert {c.zoom for c in cells} == {zoom}
        assert sum(c.localities for c in cells) == len(located)  # each place in exactly one cell
        assert sum(c.killed for c in cells) == killed and sum(c.wounded for c in cells) == wounded
        assert len(cells) < ENOUGH * len(located)
        for c in cells:
            assert c.south <= c.lat <= c.north and c.west <= c.lon <= c.east
    # cells get finer with the zoom, and the next zoom would have been about as many as the places
    assert [len(cells) for cells in levels] == sorted(len(cells) for cells in levels)
    if upto < MAX_ZOOM:
        side = CELL_PX / 2 ** (upto + 1)
        finer = {(int(x // side), int(y // side)) for x, y in (_pixel(loc.lat, loc.lon) for loc in located)}
        assert len(finer) >= ENOUGH * len(located)


def test_a_cell_is_a_square_of_the_screen_at_its_zoom():
    # two towns 40 km apart share a cell when zoomed out and are apart when zoomed in
    locs = [town(k, 10.0 + 0.0001 * k, 20.0, 1) for k in range(1200)] + [town(5000, 10.0, 20.4, 9)]
    upto, levels = cell_levels(locs, crowded=1000)
    first = levels[0]
    assert len(first) == 1 and first[0].killed == 1200 + 9 and first[0].localities == 1201
    # 0.4 degrees of longitude is 0.28 * 2**zoom pixels: 73 at zoom 8, more than a cell's side
    assert upto >= 8
    alone = [c for c in levels[8 - 1] if c.west == 20.4]
    assert len(alone) == 1 and alone[0].localities == 1 and alone[0].killed == 9 and alone[0].east == 20.4
    assert sum(c.killed for c in levels[8 - 1]) == 1209
