"""Trend fits of many series at once, and LOS decomposition against an analytic case."""
import numpy as np
import pytest

from clms_egms.core.egms.analysis import fit_many, fit_trend
from clms_egms.core.egms.decompose import decompose

DATES = np.datetime64("2020-01-03") + np.arange(0, 5 * 365, 6)


def model(t, v, a, s):
    return 3.0 + v * t + 0.5 * a * t * t + s * np.sin(2 * np.pi * t + 0.7)


def test_fit_many_recovers_known_trends_with_and_without_gaps():
    rng = np.random.RandomState(1)
    t = (DATES - DATES[0]).astype(float) / 365.25
    truth = np.column_stack([rng.uniform(-20, 5, 500), rng.uniform(-1, 1, 500), rng.uniform(0, 4, 500)])
    values = np.array([model(t, *p) for p in truth])
    values[::7, 10:20] = np.nan  # some series have a gap
    fits = fit_many(DATES, values)
    assert np.allclose(fits["velocity"], truth[:, 0], atol=1e-9)
    assert np.allclose(fits["acceleration"], truth[:, 1], atol=1e-9)
    assert np.allclose(fits["seasonal_amplitude"], truth[:, 2], atol=1e-9)
    assert np.allclose(fits["rmse"], 0, atol=1e-9) and fits["n"][0] == len(DATES) - 10
    noisy = values + rng.normal(0, 2.0, values.shape)
    fits = fit_many(DATES, noisy)
    assert abs(np.nanmedian(fits["rmse"]) - 2.0) < 0.1
    for row in (0, 3):  # row 0 has a gap (solved alone), row 3 none (solved with the others)
        ok = np.isfinite(noisy[row])
        design = np.column_stack([np.ones_like(t), t, 0.5 * t * t, np.sin(2 * np.pi * t), np.cos(2 * np.pi * t)])
        coef = np.linalg.lstsq(design[ok], noisy[row, ok], rcond=None)[0]
        assert fits["velocity"][row] == pytest.approx(coef[1], abs=1e-9)
        assert fits["seasonal_amplitude"][row] == pytest.approx(np.hypot(coef[3], coef[4]), abs=1e-9)
    linear = fit_trend(DATES, values[1], "linear")  # the single-series fit of the plot, on a clean series
    assert linear.parameters["velocity"] == pytest.approx(truth[1, 0] + truth[1, 1] * t[-1] / 2, abs=1.0)


def test_fit_many_over_a_period_and_too_few_values():
    t = (DATES - DATES[0]).astype(float) / 365.25
    broken = np.where(t < 2.5, -2.0 * t, -2.0 * 2.5 - 15.0 * (t - 2.5))  # the motion speeds up mid-way
    fits = fit_many(DATES, broken[None, :], start="2022-07-10", end="2024-12-31")
    assert fits["velocity"][0] == pytest.approx(-15.0, abs=0.5)
    few = np.full((1, len(DATES)), np.nan)
    few[0, :5] = 1.0
    fits = fit_many(DATES, few)
    assert np.isnan(fits["velocity"][0]) and fits["n"][0] == 5


def test_decompose_an_analytic_case():
    """Known vertical and east motion, projected onto two LOS geometries, comes back out."""
    rng = np.random.RandomState(2)
    asc_los, desc_los = np.array([-0.59, -0.12, 0.795]), np.array([0.594, -0.12, 0.795])

    def motion(xy):
        up = np.where(xy[:, 0] < 500, -12.0, 4.0)  # a subsiding west half, an uplifting east half
        east = np.where(xy[:, 1] < 300, 2.5, -1.0)
        return up, east

    asc_xy = rng.uniform(0, 1000, (3000, 2))
    desc_xy = rng.uniform(0, 1000, (3000, 2))
    desc_xy = desc_xy[desc_xy[:, 0] < 900]  # the last 100 m are seen from the ascending orbit only
    (ua, ea), (ud, ed) = motion(asc_xy), motion(desc_xy)
    v_asc = ea * asc_los[0] + ua * asc_los[2]  # north motion is 0
    v_desc = ed * desc_los[0] + ud * desc_los[2]
    grid = decompose(asc_xy, v_asc, np.tile(asc_los, (len(asc_xy), 1)),
                     desc_xy, v_desc, np.tile(desc_los, (len(desc_xy), 1)), cell=100.0)
    assert len(grid.x0) == 100  # a 10 x 10 grid
    centre = np.column_stack([grid.x0 + 50, grid.y0 + 50])
    up, east = motion(centre)
    solved = np.isfinite(grid.up)
    assert np.allclose(grid.up[solved], up[solved], atol=1e-9)
    assert np.allclose(grid.east[solved], east[solved], atol=1e-9)
    assert grid.one_geometry == 10 and grid.solved == 90  # the eastern column: left empty, counted
    assert (grid.n_desc[~solved] == 0).all() and (grid.x0[~solved] == 900).all()
    assert grid.n_asc.sum() == 3000 and grid.n_desc.sum() == len(desc_xy)
