"""Overviews of large layers (core/egms/overviews.py): cells whose count and median velocity are the exact ones of
their points, per geometry, whatever the stripes the points were dealt into."""
import numpy as np

from clms_egms.core.egms import overviews


def brute(x, y, v, g, side):
    """The cells as a reader would count them: {(column, row, geometry): (n, median)}."""
    out = {}
    for key in set(zip(np.floor(x / side).astype(int), np.floor(y / side).astype(int), g)):
        inside = (np.floor(x / side) == key[0]) & (np.floor(y / side) == key[1]) & (g == key[2]) & np.isfinite(v)
        if inside.any():
            out[key] = (int(inside.sum()), round(float(np.median(v[inside])), 6))
    return out


def as_dict(found):
    return {(int(c), int(r), int(g)): (int(n), round(float(m), 6)) for c, r, g, n, m in zip(
        found["column"], found["row"], found["geometry"], found["n"], found["median"])}


def test_cells_are_the_exact_counts_and_medians_of_their_points_per_geometry():
    rng = np.random.RandomState(1)
    x, y = rng.uniform(4_000_000, 4_003_000, 5000), rng.uniform(3_000_000, 3_002_000, 5000)
    v, g = rng.normal(0, 3, 5000).round(2), rng.choice([15, 44, 117], 5000)
    v[::97] = np.nan  # points without a velocity count nowhere
    for side in (100, 400, 1600):
        assert as_dict(overviews.cells(x, y, v, g, side)) == brute(x, y, v, g, side)


def test_a_planted_cell_keeps_its_median_against_outliers_and_tracks_are_never_pooled():
    # one 400 m cell: 9 points of track 15 sinking at -10 mm/year, 2 wild ones; 5 points of track 44 at +2
    x = np.array([4_000_010.0 + 35 * i for i in range(11)] + [4_000_020.0 + 50 * i for i in range(5)])
    y = np.full(16, 3_000_200.0)
    v = np.array([-10.0] * 9 + [80.0, -95.0] + [2.0] * 5)
    g = np.array([15] * 11 + [44] * 5)
    found = as_dict(overviews.cells(x, y, v, g, 400))
    assert found == {(10000, 7500, 15): (11, -10.0), (10000, 7500, 44): (5, 2.0)}


def test_the_overview_dealt_into_tiles_is_the_overview_of_all_points_at_once():
    rng = np.random.RandomState(2)
    n = 30000
    x = rng.uniform(4_000_000, 4_000_000 + 3.5 * overviews.TILE, n)  # several tiles, cells on their edges
    y = rng.uniform(3_000_000, 3_000_000 + 2.5 * overviews.TILE, n)
    v, g = rng.normal(-1, 4, n).round(1), rng.choice([15, 44], n)
    blocks = [(x[i:i + 4096], y[i:i + 4096], v[i:i + 4096], g[i:i + 4096]) for i in range(0, n, 4096)]
    got = {}
    for side, found in overviews.overview(blocks):
        got.setdefault(side, {}).update(as_dict(found))
    assert sorted(got) == list(overviews.SIDES)
    for side in overviews.SIDES:
        assert got[side] == as_dict(overviews.cells(x, y, v, g, side))
    assert sum(n for n, _m in got[overviews.SIDES[-1]].values()) == n


def test_each_size_is_drawn_from_two_to_eight_pixels_wide_the_largest_at_any_smaller_scale():
    ranges = [overviews.scale_range(side) for side in overviews.SIDES]
    assert ranges[0][0] == 100 / (8 * 0.0254 / 96)  # about 1:47,000: points below it
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))  # one size at every scale
    assert ranges[-1][1] == 0


def test_a_large_layer_gets_its_overview_in_the_geopackage_made_again_when_a_file_is_merged(tmp_path, monkeypatch):
    import sqlite3

    from osgeo import ogr

    from clms_egms.core.egms import import_egms
    from clms_egms.core.egms.synthetic import write_egms

    monkeypatch.setattr(overviews, "OVERVIEW_POINTS", 1000)  # "large": 1,000 points here
    gpkg = str(tmp_path / "o.gpkg")
    small = write_egms(str(tmp_path / "s"), "L2b", n_points=400, n_dates=12, burst=845, seed=1, pid_prefix="S")[0]
    import_egms([small], gpkg)
    with sqlite3.connect(gpkg) as c:  # too small: none
        assert c.execute("SELECT COUNT(*) FROM gpkg_contents WHERE table_name LIKE '%overview'").fetchone()[0] == 0
    more = write_egms(str(tmp_path / "m"), "L2b", n_points=1500, n_dates=12, burst=846, seed=2, pid_prefix="M",
                      origin=(4610000.0, 1750000.0))[0]
    import_egms([more], gpkg)  # the layer extended: its overview made from its table
    alone = str(tmp_path / "alone.gpkg")
    import_egms([more], alone)  # a new layer: made from its points as the import dealt them into tiles
    layer = "egms_l2b_2020_2024"
    with sqlite3.connect(alone) as c:
        rows = c.execute("SELECT side, n, median_velocity, track FROM {}_overview".format(layer)).fetchall()
        points = c.execute("SELECT easting, northing, mean_velocity, track FROM {}".format(layer)).fetchall()
        x, y, v, g = (np.array(col, dtype=float) for col in zip(*points))
        for side in overviews.SIDES:
            assert sorted((n, round(m, 3), t) for s, n, m, t in rows if s == side) == sorted(
                (n, round(m, 3), key[2]) for key, (n, m) in brute(x, y, v, g.astype(int), side).items())
    with sqlite3.connect(gpkg) as c:
        points = c.execute("SELECT easting, northing, mean_velocity, track FROM {}".format(layer)).fetchall()
        x, y, v, g = (np.array(col, dtype=float) for col in zip(*points))
        assert len(points) == 1900
        for side in overviews.SIDES:  # every cell of every size, with its points' count and median, per track
            rows = c.execute("SELECT n, median_velocity, track FROM {}_overview WHERE side = ?".format(layer),
                             (side,)).fetchall()
            truth = brute(x, y, v, g.astype(int), side)
            assert sorted((n, round(m, 3), t) for n, m, t in rows) == sorted(
                (n, round(m, 3), key[2]) for key, (n, m) in truth.items())
        assert c.execute("SELECT rtreecheck('rtree_{}_overview_geom')".format(layer)).fetchone()[0] == "ok"
    ds = ogr.Open(gpkg)  # GDAL reads it as a polygon layer in EPSG:3035, its cells where they belong
    lyr = ds.GetLayerByName(layer + "_overview")
    assert lyr.GetGeomType() == ogr.wkbPolygon and lyr.GetSpatialRef().GetAuthorityCode(None) == "3035"
    lyr.SetAttributeFilter("side = 100")
    lyr.SetSpatialFilterRect(4609990, 1749990, 4611000, 1751000)
    assert lyr.GetFeatureCount() > 0
    for feature in lyr:
        envelope = feature.GetGeometryRef().GetEnvelope()
        assert envelope[1] - envelope[0] == 100 == envelope[3] - envelope[2]
        assert envelope[0] % 100 == 0 and envelope[2] % 100 == 0
