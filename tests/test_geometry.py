"""Distance and the point index (geo/geometry.py) against a plain scan of every point."""
import math
import random

import pytest

from geo.geometry import PointIndex, haversine_km


def test_haversine_known_distances():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(33.51, 36.29, 33.89, 35.50) == pytest.approx(85, abs=3)  # Damascus - Beirut
    assert haversine_km(10, 179.9, 10, -179.9) < 25  # across the antimeridian


@pytest.mark.parametrize("n", [10, 2000])
def test_nearest_equals_a_scan_everywhere_on_the_globe(n):
    rnd = random.Random(n)
    pts = [(rnd.uniform(-89, 89), rnd.uniform(-180, 180), str(rnd.randint(0, 30))) for _ in range(n)]
    index = PointIndex(pts, reach_km=400)
    for _ in range(400):
        lat, lon, tag = rnd.uniform(-89.9, 89.9), rnd.uniform(-180, 180), str(rnd.randint(0, 30))
        want = min((haversine_km(lat, lon, a, b) for a, b, t in pts if t != tag), default=math.inf)
        want = want if want <= 400 else math.inf
        assert index.nearest_km(lat, lon, skip_tag=tag) == pytest.approx(want)
        quick = index.nearest_km(lat, lon, skip_tag=tag, enough_km=50)
        assert quick == pytest.approx(want) or (quick < 50 and want < 50)


def test_many_points_near_a_pole_and_across_the_antimeridian():
    rnd = random.Random(3)
    pts = [(rnd.uniform(88, 89.9), rnd.uniform(-180, 180), "p") for _ in range(100)]
    pts += [(rnd.uniform(-11, -9), rnd.choice([rnd.uniform(179, 180), rnd.uniform(-180, -179)]), "q") for _ in range(100)]
    index = PointIndex(pts, reach_km=400)  # over the scan size: the grid is read
    for lat, lon, tag in [(89.95, 0.0, None), (-10, -179.99, None), (-10, 179.99, "p"), (88.5, 90, "q")]:
        want = min((haversine_km(lat, lon, a, b) for a, b, t in pts if t != tag), default=math.inf)
        assert index.nearest_km(lat, lon, skip_tag=tag) == pytest.approx(want if want <= 400 else math.inf)
    assert index.nearest_km(-10, -179.99, skip_tag="q") == math.inf


def test_the_cells_within_a_reach_hold_every_point_that_near():
    # random points and random points within the reach of each (on the dateline and near the poles too)
    from geo.geometry import degree_cell, degree_cells_within

    rnd = random.Random(7)
    for lat, lon in [(rnd.uniform(-80, 80), rnd.uniform(-180, 180)) for _ in range(300)] + [(65.0, 179.9), (-40.0, -179.95)]:
        cells = set(degree_cells_within(lat, lon, 50.0))
        for _ in range(40):
            bearing, dist = rnd.uniform(0, 2 * math.pi), rnd.uniform(0, 49.9)
            dlat = dist / 111.2 * math.cos(bearing)
            dlon = dist / (111.2 * math.cos(math.radians(lat + dlat))) * math.sin(bearing)
            p = (lat + dlat, (lon + dlon + 180) % 360 - 180)
            if haversine_km(lat, lon, *p) <= 50.0:
                assert degree_cell(*p) in cells, (lat, lon, p)
