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
            out[key] = (int(inside.sum()), float(np.median(v[inside])))
    return out


def as_dict(found):
    return {(int(c), int(r), int(g)): (int(n), float(m)) for c, r, g, n, m in zip(
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


def test_the_overview_dealt_into_stripes_is_the_overview_of_all_points_at_once():
    rng = np.random.RandomState(2)
    n = 30000
    x = rng.uniform(4_000_000, 4_000_000 + 3.5 * overviews.STRIPE, n)  # four stripes, cells on their edges
    y = rng.uniform(3_000_000, 3_060_000, n)
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
