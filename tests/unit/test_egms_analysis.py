"""Trend fits against numpy on series with known parameters; velocity filter expressions."""
import numpy as np
import pytest

from clms_egms.core.egms.analysis import VelocityFilter, displacement_between, fit_trend, years_since_start

DATES = np.datetime64("2020-01-03") + np.arange(0, 5 * 365, 6)
T = years_since_start(DATES)


def test_linear_fit_finds_the_velocity():
    rng = np.random.RandomState(0)
    values = 3.0 - 12.5 * T + rng.normal(0, 0.5, len(T))
    fit = fit_trend(DATES, values, "linear")
    assert fit.parameters["velocity"] == pytest.approx(-12.5, abs=0.1)
    assert fit.rmse == pytest.approx(0.5, abs=0.05)
    expected = np.polyfit(T, values, 1)
    assert fit.parameters["velocity"] == pytest.approx(expected[0], rel=1e-9)


def test_quadratic_fit_finds_the_acceleration():
    values = 2.0 * T + 0.5 * -1.6 * T ** 2
    fit = fit_trend(DATES, values, "quadratic")
    assert fit.parameters["velocity"] == pytest.approx(2.0, abs=1e-9)
    assert fit.parameters["acceleration"] == pytest.approx(-1.6, abs=1e-9)
    assert fit.rmse == pytest.approx(0.0, abs=1e-9)


def test_seasonal_fit_finds_the_amplitude_and_ignores_gaps():
    values = -4.0 * T + 3.0 * np.sin(2 * np.pi * T + 0.7)
    values[10:20] = np.nan
    fit = fit_trend(DATES, values, "seasonal")
    assert fit.parameters["velocity"] == pytest.approx(-4.0, abs=1e-6)
    assert fit.parameters["seasonal_amplitude"] == pytest.approx(3.0, abs=1e-6)
    assert np.isnan(fit.fitted[10:20]).all() and np.isfinite(fit.fitted[:10]).all()


def test_too_few_values():
    with pytest.raises(ValueError):
        fit_trend(DATES[:3], [1.0, np.nan, np.nan], "linear")


def test_displacement_between_dates():
    values = 10.0 * T
    assert displacement_between(DATES, values, "2021-01-01", "2023-01-01") == pytest.approx(20.0, abs=0.4)


def test_filter_expression_and_mask_agree():
    fields = ["mean_velocity", "mean_velocity_std", "temporal_coherence"]
    f = VelocityFilter(max_velocity=-2.0, max_velocity_std=0.5, min_coherence=0.7)
    assert f.expression(fields) == '"mean_velocity" <= -2.0 AND "mean_velocity_std" <= 0.5 AND ' \
                                   '"temporal_coherence" >= 0.7'
    assert VelocityFilter(min_abs_velocity=3).expression(fields) == 'abs("mean_velocity") >= 3.0'
    assert VelocityFilter().expression(fields) == ""
    with pytest.raises(KeyError):
        VelocityFilter(min_coherence=0.7).expression(["mean_velocity"])
    columns = {"mean_velocity": np.array([-5.0, -1.0, -3.0, np.nan]),
               "mean_velocity_std": np.array([0.1, 0.1, 0.9, 0.1]),
               "temporal_coherence": np.array([0.9, 0.9, 0.9, 0.9])}
    assert f.mask(columns).tolist() == [True, False, False, False]


def test_relative_to_a_reference_with_other_dates():
    from clms_egms.core.egms.analysis import relative_to

    ref_dates = DATES[::2]
    ref = 2.0 * years_since_start(ref_dates)  # the reference moves 2 mm/year
    values = 5.0 * T  # the point moves 5 mm/year: 3 mm/year relative
    rel = relative_to(DATES, values, ref_dates, ref)
    inside = np.isfinite(rel)
    assert inside.sum() >= len(T) - 1  # only past the reference's last date is unknown
    fit = fit_trend(DATES, rel, "linear")
    assert fit.parameters["velocity"] == pytest.approx(3.0, abs=1e-6)


def test_mean_series_with_envelope_over_different_dates():
    from clms_egms.core.egms.analysis import mean_series

    a = (DATES, 1.0 * T)
    b = (DATES[::2], 3.0 * T[::2])
    dates, mean, low, high, count = mean_series([a, b])
    assert list(dates) == list(DATES)  # the union
    inside = count == 2
    np.testing.assert_allclose(mean[inside], 2.0 * T[inside], atol=1e-9)
    np.testing.assert_allclose(low[inside], 1.0 * T[inside], atol=1e-9)
    np.testing.assert_allclose(high[inside], 3.0 * T[inside], atol=1e-9)
    assert count.max() == 2 and count.min() >= 1
