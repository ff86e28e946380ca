"""Swath statistics and fault offsets (core.egms.swath) against planted truths: a fault with a known offset, noise
of a known spread and 5 % wild outliers."""
import math

import numpy as np
import pytest

from clms_egms.core.egms import swath

FAULT, OFFSET, SIGMA, LENGTH = 1800.0, -12.0, 1.5, 4000.0


def ground(seed, n=4000, tilt=0.0, outliers=0.05):
    """Points along a 4 km profile: -2 mm/year before the fault, -14 after (plus ``tilt`` mm/year per km), noise
    of SIGMA, and ``outliers`` of the points replaced by values anywhere in ±60."""
    rng = np.random.default_rng(seed)
    d = np.sort(rng.uniform(0, LENGTH, n))
    truth = -2.0 + OFFSET * (d > FAULT) + tilt * d / 1000.0
    v = truth + rng.normal(0, SIGMA, n)
    wild = rng.random(n) < outliers
    v[wild] = rng.uniform(-60, 60, wild.sum())
    return d, v, truth


def test_nice_widths_and_the_width_from_density():
    assert [swath.nice(x) for x in (0.9, 1.6, 3.3, 4.0, 7.5, 130.0)] == [1.0, 2.0, 5.0, 5.0, 10.0, 100.0]
    assert swath.bin_width(4000, 4000.0) == 20.0  # 200 bins of 20 points
    assert swath.bin_width(1500, 4000.0) == 50.0  # 75 bins of 20 points: 53 m
    assert swath.bin_width(10, 4000.0) == 200.0  # too few points: still 20 bins
    assert swath.bin_width(10 ** 6, 10000.0) == 50.0  # 200 bins at the most
    # binned a geometry at a time: the width from the most numerous one's density
    assert swath.bin_width_of(["a"] * 1500 + ["b"] * 500, 4000.0) == 50.0  # 75 bins of 20 of a: 53 m
    with pytest.raises(ValueError):
        swath.nice(0.0)


def test_binned_quantiles_are_numpys():
    rng = np.random.default_rng(1)
    d, v = rng.uniform(0, 1000, 5000), rng.normal(0, 3, 5000)
    v[::97] = np.nan
    bins = swath.binned(d, v, 100.0, 1000.0)
    for k, centre in enumerate(bins["distance"]):
        inside = (d >= centre - 50) & (d < centre + 50) & np.isfinite(v)
        assert bins["n"][k] == inside.sum()
        q25, median, q75 = np.percentile(v[inside], [25, 50, 75])
        assert (bins["q25"][k], bins["median"][k], bins["q75"][k]) == pytest.approx((q25, median, q75), abs=1e-12)


def test_an_empty_bin_breaks_the_line():
    bins = swath.binned([10.0, 30.0, 250.0], [1.0, 3.0, 5.0], 100.0, 300.0)
    assert list(bins["n"]) == [2, 0, 1]
    assert bins["median"][0] == 2.0 and math.isnan(bins["median"][1]) and bins["median"][2] == 5.0


def test_binned_median_on_each_side_is_the_truth_unmoved_by_outliers():
    d, v, truth = ground(7)
    width = swath.bin_width(len(d), LENGTH)
    bins = swath.binned(d, v, width, LENGTH)
    whole_side = np.abs(bins["distance"] - FAULT) > width  # bins that do not straddle the fault
    expected = -2.0 + OFFSET * (bins["distance"] > FAULT)
    # the median's standard error in a bin of n: 1.2533 sigma / sqrt(n); 5 % outliers widen it by a few percent
    allowed = 4 * 1.2533 * SIGMA / np.sqrt(bins["n"]) * 1.1
    assert np.all(np.abs(bins["median"] - expected)[whole_side] < allowed[whole_side])
    means = np.array([v[(d >= c - width / 2) & (d < c + width / 2)].mean() for c in bins["distance"]])
    assert np.abs(means - expected)[whole_side].max() > 2.0  # the outliers do move a mean: the test can fail


@pytest.mark.parametrize("method,tilt", [("median", 0.0), ("line", 0.0), ("line", 3.0)])
def test_the_offset_is_the_truth_within_its_stated_uncertainty(method, tilt):
    d, v, _truth = ground(11, tilt=tilt)
    found = swath.offset_across(d, v, FAULT, 500.0, method=method)
    assert found["n_before"] > 400 and found["n_after"] > 400
    assert 0 < found["uncertainty"] < 0.4
    assert abs(found["offset"] - OFFSET) <= 3 * found["uncertainty"]  # 99.7 %: one ground; many grounds below


@pytest.mark.parametrize("method,tilt", [("median", 0.0), ("line", 3.0)])
def test_the_stated_uncertainty_is_honest_over_many_grounds(method, tilt):
    """Across 300 grounds, about 68 % of offsets within one stated uncertainty and 95 % within two."""
    errors = []
    for seed in range(300):
        d, v, _truth = ground(1000 + seed, n=1200, tilt=tilt)
        found = swath.offset_across(d, v, FAULT, 400.0, method=method)
        errors.append(abs(found["offset"] - OFFSET) / found["uncertainty"])
    errors = np.array(errors)
    assert 0.58 <= (errors <= 1).mean() <= 0.80
    assert (errors <= 2).mean() >= 0.90


def test_a_tilted_ground_fools_the_medians_not_the_lines():
    d, v, _truth = ground(5, tilt=8.0)
    by_median = swath.offset_across(d, v, FAULT, 500.0, method="median")
    by_line = swath.offset_across(d, v, FAULT, 500.0, method="line")
    assert abs(by_median["offset"] - OFFSET) > 3 * by_median["uncertainty"]  # 8 mm/yr/km over 500 m: ~4 mm off
    assert abs(by_line["offset"] - OFFSET) <= 2 * by_line["uncertainty"]


def test_too_few_points_on_a_side_give_no_offset():
    d, v, _truth = ground(3, n=200)
    found = swath.offset_across(d, v, 3990.0, 5.0)
    assert math.isnan(found["offset"]) and math.isnan(found["uncertainty"]) and found["n_after"] < 5


def test_crossings_along_a_bent_profile():
    line = [(0, 0), (1000, 0), (1000, 1000)]  # 2 km, bent at 1 km
    faults = [[(300, -50), (300, 50)],  # crosses the first leg at 300 m
              [(900, 400), (1100, 400)],  # the second leg at 1400 m
              [(-500, 5000), (-400, 5000)],  # nowhere
              [(500, -10), (600, 10), (700, -10)]]  # a zigzag: twice, at 550 and 650 m
    found = swath.crossings(line, faults)
    assert [k for k, _d in found] == [0, 3, 3, 1]
    assert [d for _k, d in found] == pytest.approx([300.0, 550.0, 650.0, 1400.0])


def test_geometries_are_never_pooled():
    groups = swath.by_geometry(["t022 asc", "t095 desc", "t022 asc", "t095 desc", "t022 asc"])
    assert {g: list(ks) for g, ks in groups.items()} == {"t022 asc": [0, 2, 4], "t095 desc": [1, 3]}
