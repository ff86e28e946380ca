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


# --- the measures of the EGMS expression functions, on series small enough to compute by hand ---------------------

from clms_egms.core.egms.analysis import (between_many, count_many, nearest_many, step_many,  # noqa: E402
                                          velocity_many)

HAND_DATES = np.array(["2023-10-29", "2023-11-04", "2023-11-10", "2023-11-16", "2023-11-22", "2023-11-28"],
                      dtype="datetime64[D]")
HAND = np.array([
    [0.0, -1.0, -2.0, -40.0, -41.0, -42.0],  # a step of about -38 mm on 10 November
    [np.nan, 1.0, np.nan, 3.0, np.nan, np.nan],  # gaps
    [np.nan] * 6,  # no value at all
])


def test_nearest_value_skips_gaps_and_prefers_the_earlier_of_two_equally_near():
    # 13 November: 10 and 16 November are both 3 days away; row 1 has no value on the 10th
    np.testing.assert_array_equal(nearest_many(HAND_DATES, HAND, "2023-11-13"), [-2.0, 3.0, np.nan])
    np.testing.assert_array_equal(nearest_many(HAND_DATES, HAND, "2020-01-01"), [0.0, 1.0, np.nan])
    np.testing.assert_array_equal(between_many(HAND_DATES, HAND, "2023-10-29", "2023-11-28"), [-42.0, 2.0, np.nan])


def test_nearest_value_matches_a_plain_python_search_on_irregular_dates_with_gaps():
    rng = np.random.default_rng(7)
    dates = np.datetime64("2020-01-01") + np.sort(rng.choice(1800, 120, replace=False)).astype("timedelta64[D]")
    values = rng.normal(size=(300, 120))
    values[rng.random(values.shape) < 0.6] = np.nan
    values[:3] = np.nan  # series without any value
    for day in ["2019-06-01", "2021-02-14", str(dates[40] + 1), "2026-01-01"]:
        target = np.datetime64(day)
        expected = []
        for row in values:
            near = [(abs(int((d - target).astype(int))), d, v) for d, v in zip(dates, row) if v == v]
            expected.append(min(near)[2] if near else np.nan)
        np.testing.assert_array_equal(nearest_many(dates, values, day), expected)


def test_velocity_is_the_least_squares_slope_per_year():
    # row 0 over 29 Oct - 10 Nov: -1 mm per 6 days, i.e. -365.25/6 mm/year; row 1 there has one value: none
    v = velocity_many(HAND_DATES, HAND, "2023-10-29", "2023-11-10")
    assert v[0] == pytest.approx(-365.25 / 6)
    assert np.isnan(v[1]) and np.isnan(v[2])
    # row 1 over the whole span: 1 mm on 4 Nov, 3 mm on 16 Nov: 2 mm in 12 days
    assert velocity_many(HAND_DATES, HAND, "2023-01-01", "2023-12-31")[1] == pytest.approx(2 / 12 * 365.25)
    full = velocity_many(HAND_DATES, HAND, "2023-01-01", "2023-12-31")[0]
    t = (HAND_DATES - HAND_DATES[0]).astype(float) / 365.25
    assert full == pytest.approx(np.polyfit(t, HAND[0], 1)[0])


def test_step_is_the_mean_after_minus_the_mean_before_leaving_the_day_itself_out():
    # 10 Nov, 12 days each side: before = 29 Oct, 4 Nov (-0.5); after = 16, 22 Nov (-40.5); 10 Nov in neither
    step = step_many(HAND_DATES, HAND, "2023-11-10", 12)
    assert step[0] == pytest.approx(-40.5 - -0.5)
    # 11 days: 29 Oct is 12 days before, out of the window
    assert step_many(HAND_DATES, HAND, "2023-11-10", 11)[0] == pytest.approx(-40.0 - -1.0)
    assert step[1] == pytest.approx(3.0 - 1.0)
    assert np.isnan(step[2])
    # 60 days: before = 29 Oct, 4 Nov (-0.5); after = 16, 22, 28 Nov (-41)
    assert step_many(HAND_DATES, HAND, "2023-11-10")[0] == pytest.approx(-41.0 - -0.5)
    # a window with nothing on one side
    assert np.isnan(step_many(HAND_DATES, HAND, "2023-10-29", 30)[0])


def test_acquisitions_counts_the_values():
    np.testing.assert_array_equal(count_many(HAND), [6, 2, 0])


# --- events: a step term fitted with the trend ---------------------------------------------------------------------

from clms_egms.core.egms.analysis import fit_many  # noqa: E402


def test_a_step_is_fitted_with_the_trend_on_a_noisy_series():
    rng = np.random.RandomState(7)
    event = np.datetime64("2023-11-10")
    step = np.where(DATES > event, -180.0, 0.0)
    values = -12.0 * T + 3.0 * np.sin(2 * np.pi * T) + step + rng.normal(0, 1.5, len(T))
    fit = fit_trend(DATES, values, "seasonal", events=["2023-11-10"])
    assert fit.steps == {"2023-11-10": pytest.approx(-180.0, abs=1.0)}
    assert fit.parameters["velocity"] == pytest.approx(-12.0, abs=0.5)
    assert fit.parameters["seasonal_amplitude"] == pytest.approx(3.0, abs=0.5)
    assert fit.rmse == pytest.approx(1.5, abs=0.2)
    # without the event the trend swallows the step: the velocity is far off, the residuals large
    plain = fit_trend(DATES, values, "seasonal")
    assert abs(plain.parameters["velocity"] + 12.0) > 20 and plain.rmse > 20 and plain.steps == {}
    # an event outside the series, or with no value on one side, has no step term
    assert fit_trend(DATES, values, "linear", events=["2030-01-01"]).steps == {}
    early = values.copy()
    early[DATES <= event] = np.nan
    assert fit_trend(DATES, early, "linear", events=[str(event)]).steps == {}


def test_fit_many_with_events_gives_each_point_its_step():
    rng = np.random.RandomState(3)
    sizes = np.array([0.0, -50.0, -250.0, 20.0])
    after = DATES > np.datetime64("2022-03-01")
    values = (-5.0 * T)[None, :] + sizes[:, None] * after[None, :] + rng.normal(0, 1.0, (4, len(T)))
    values[3, ::3] = np.nan  # gaps: that point is solved on its own
    out = fit_many(DATES, values, events=["2022-03-01", "2030-01-01"])
    np.testing.assert_allclose(out["steps"]["2022-03-01"], sizes, atol=1.0)
    np.testing.assert_allclose(out["velocity"], -5.0, atol=0.5)
    assert np.isnan(out["steps"]["2030-01-01"]).all()
    # a period that ends before the event: no step there
    before = fit_many(DATES, values, end="2021-12-31", events=["2022-03-01"])
    assert np.isnan(before["steps"]["2022-03-01"]).all() and np.isfinite(before["velocity"]).all()
