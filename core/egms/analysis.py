"""Time-series maths and velocity filters for EGMS points (numpy; no widgets).

Trend models, fitted by least squares to displacement d (mm) against time t (years since the first
date), with the conventions of the EGMS product description:

- ``linear``: d = d0 + v·t  (velocity v, mm/year)
- ``quadratic``: d = d0 + v·t + ½·a·t²  (acceleration a, mm/year²)
- ``seasonal``: d = d0 + v·t + s·sin(2πt) + c·cos(2πt)  (seasonal amplitude √(s²+c²), mm)
"""
import warnings
import dataclasses
from dataclasses import dataclass
from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from .. import sql
from .thresholds import THRESHOLDS

MODELS = ("linear", "quadratic", "seasonal")


def years_since_start(dates) -> np.ndarray:
    dates = np.asarray(dates, dtype="datetime64[D]")
    return (dates - dates[0]).astype(np.float64) / 365.25


@dataclass
class Fit:
    model: str
    parameters: dict  # name -> value (velocity, acceleration, seasonal_amplitude, offset, ...)
    rmse: float  # residual root mean square, mm
    fitted: np.ndarray  # the model's displacement at every date (NaN where the input had none)
    steps: dict = dataclasses.field(default_factory=dict)  # event date ('YYYY-MM-DD') -> fitted step (mm)


def event_columns(dates, events: Sequence, usable: Optional[np.ndarray] = None) -> np.ndarray:
    """The step terms of events: 1 at the acquisitions after an event's date, 0 before (an acquisition on the date
    counts as before). Only events with values on both sides (``usable``: a mask of the acquisitions with values)
    are kept. Returns (the events kept, as datetime64[D], their columns)."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    usable = np.ones(len(dates), dtype=bool) if usable is None else usable
    kept, columns = [], []
    for event in sorted({np.datetime64(e, "D") for e in events}):
        after = dates > event
        if after[usable].any() and not after[usable].all():
            kept.append(event)
            columns.append(after.astype(np.float64))
    return kept, columns


def fit_trend(dates, values, model: str = "linear", events: Sequence = ()) -> "Fit":
    """Fit one of MODELS to a series; dates as datetime64, values in mm (NaN ignored). ``events``: dates of
    sudden events (an earthquake, a dike intrusion): a step term each, fitted with the trend (``Fit.steps``)."""
    if model not in MODELS:
        raise ValueError("unknown model {!r}".format(model))
    t = years_since_start(dates)
    values = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(values)
    columns = [np.ones_like(t), t]
    if model == "quadratic":
        columns.append(0.5 * t * t)
    elif model == "seasonal":
        columns += [np.sin(2 * np.pi * t), np.cos(2 * np.pi * t)]
    n_trend = len(columns)
    kept, steps = event_columns(dates, events, ok)
    design = np.column_stack(columns + steps)
    if ok.sum() < design.shape[1]:
        raise ValueError("too few values to fit a {} trend".format(model))
    coef, *_ = np.linalg.lstsq(design[ok], values[ok], rcond=None)
    fitted = design @ coef
    fitted[~ok] = np.nan
    rmse = float(np.sqrt(np.mean((values[ok] - fitted[ok]) ** 2)))
    parameters = {"offset": float(coef[0]), "velocity": float(coef[1])}
    if model == "quadratic":
        parameters["acceleration"] = float(coef[2])
    elif model == "seasonal":
        parameters["seasonal_amplitude"] = float(np.hypot(coef[2], coef[3]))
    return Fit(model, parameters, rmse, fitted, {str(e): float(coef[n_trend + k]) for k, e in enumerate(kept)})


def displacement_between(dates, values, start, end) -> float:
    """Displacement (mm) from the value nearest ``start`` to the value nearest ``end`` (dates as
    datetime64 or 'YYYY-MM-DD'); NaN where the series has no value there."""
    return float(between_many(dates, np.atleast_2d(np.asarray(values, dtype=np.float64)), start, end)[0])


@dataclass
class VelocityFilter:
    """Thresholds on the EGMS point attributes (thresholds.THRESHOLDS says what each tests); None means no limit."""
    min_velocity: float = None
    max_velocity: float = None
    min_abs_velocity: float = None
    max_velocity_std: float = None
    min_coherence: float = None

    def expression(self, fields: Sequence[str]) -> str:
        """The filter as one expression, valid both as a QGIS expression and as an OGR/SQLite filter
        (so it can be a layer's subset string or a selection); '' when nothing is set. ``fields``: the
        layer's field names; a threshold on a field the layer lacks (e.g. coherence on L3) is refused."""
        parts = []
        for threshold in THRESHOLDS:
            value = getattr(self, threshold.key)
            if value is None:
                continue
            if threshold.field not in fields:
                raise KeyError(threshold.field)
            parts.append(sql.statement(threshold.template(), f=threshold.field, v=sql.literal(float(value))))
        return str(sql.joined(parts, " AND "))

    def mask(self, columns: Dict[str, np.ndarray]) -> np.ndarray:
        """The same filter on numpy columns (name -> array): True where a point passes."""
        n = len(next(iter(columns.values())))
        keep = np.ones(n, dtype=bool)
        for threshold in THRESHOLDS:
            value = getattr(self, threshold.key)
            if value is not None:
                keep &= threshold.passes(columns[threshold.field], value)
        return keep


def relative_to(dates, values, ref_dates, ref_values) -> np.ndarray:
    """``values`` minus the reference series, the reference interpolated linearly at ``dates`` (series of
    different bursts do not share all dates); NaN outside the reference's time span."""
    dates = np.asarray(dates, dtype="datetime64[D]").astype(np.float64)
    ref_dates = np.asarray(ref_dates, dtype="datetime64[D]").astype(np.float64)
    ref_values = np.asarray(ref_values, dtype=np.float64)
    have = np.isfinite(ref_values)
    if have.sum() < 2:
        return np.full(len(dates), np.nan)
    ref = np.interp(dates, ref_dates[have], ref_values[have], left=np.nan, right=np.nan)
    return np.asarray(values, dtype=np.float64) - ref


def mean_series(series: Sequence[Tuple[np.ndarray, np.ndarray]]) -> Tuple[np.ndarray, ...]:
    """Mean, min and max of several series [(dates, values)], on the union of their dates (each series
    interpolated linearly inside its own time span, no value outside it). Returns (dates, mean, low,
    high, count per date)."""
    all_dates = np.unique(np.concatenate([np.asarray(d, dtype="datetime64[D]") for d, _v in series]))
    x = all_dates.astype(np.float64)
    stack = np.full((len(series), len(all_dates)), np.nan)
    for row, (dates, values) in enumerate(series):
        values = np.asarray(values, dtype=np.float64)
        days = np.asarray(dates, dtype="datetime64[D]").astype(np.float64)
        have = np.isfinite(values)
        if have.sum() >= 2:
            stack[row] = np.interp(x, days[have], values[have], left=np.nan, right=np.nan)
        elif have.sum() == 1:
            stack[row, np.searchsorted(x, days[have][0])] = values[have][0]
    count = np.isfinite(stack).sum(axis=0)
    with warnings.catch_warnings():  # dates no series covers give NaN, not a warning
        warnings.simplefilter("ignore", RuntimeWarning)
        return all_dates, np.nanmean(stack, axis=0), np.nanmin(stack, axis=0), np.nanmax(stack, axis=0), count


def velocity_over(dates, values, start, end) -> float:
    """Velocity (mm/year) of a linear fit to the values between ``start`` and ``end``; NaN with fewer than
    two values there."""
    return float(velocity_many(dates, np.atleast_2d(np.asarray(values, dtype=np.float64)), start, end)[0])


# The measures of many series sharing their dates at once (``values``: points x dates in mm, NaN where there is
# no value), one row of results per point. The expression functions (egms_displacement, ...) compute them for
# a block of points at a time; the single-series functions above are their one-row case.

def _days(dates):
    return np.asarray(dates, dtype="datetime64[D]").astype(np.int64)


def nearest_many(dates, values: np.ndarray, date) -> np.ndarray:
    """Each series' value at the acquisition nearest ``date`` among those with a value (the earlier of two
    equally near); NaN for a series without values. Column by column from the nearest: most series have a value
    there, so a block of points costs about one column."""
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    out = np.full(len(values), np.nan)
    days = _days(dates)
    order = np.lexsort((days, np.abs(days - np.datetime64(date, "D").astype(np.int64))))
    missing = np.arange(len(values))
    for column in order:
        if missing.size == 0:
            break
        picked = values[missing, column]
        found = np.isfinite(picked)
        out[missing[found]] = picked[found]
        missing = missing[~found]
    return out


def between_many(dates, values: np.ndarray, start, end) -> np.ndarray:
    """Displacement (mm) from the value nearest ``start`` to the value nearest ``end``, per series."""
    return nearest_many(dates, values, end) - nearest_many(dates, values, start)


def velocity_many(dates, values: np.ndarray, start, end) -> np.ndarray:
    """Velocity (mm/year) of a least-squares line through each series' values in [start, end]; NaN where
    fewer than two values (or only one date) fall in the period."""
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    days = _days(dates)
    window = (days >= np.datetime64(start, "D").astype(np.int64)) & (days <= np.datetime64(end, "D").astype(np.int64))
    if not window.any():
        return np.full(len(values), np.nan)
    t = (days[window] - days[window].mean()) / 365.25  # centred: the sums stay well conditioned
    y = values[:, window]  # only the period's columns
    use = np.isfinite(y)
    y = np.where(use, y, 0.0)
    w = use.astype(np.float64)
    n, st, sy = w.sum(axis=1), w @ t, y.sum(axis=1)
    stt, sty = w @ (t * t), y @ t
    denominator = n * stt - st * st
    with np.errstate(invalid="ignore", divide="ignore"):
        slope = (n * sty - st * sy) / denominator
    return np.where((n >= 2) & (np.abs(denominator) > 1e-12), slope, np.nan)


def step_many(dates, values: np.ndarray, date, days: int = 60) -> np.ndarray:
    """Mean displacement after ``date`` minus mean displacement before it, each over ``days`` days (the
    acquisitions in [date - days, date) and in (date, date + days]; one on the date itself belongs to neither:
    it may have been taken before or after the event). NaN where either side has no value."""
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    d, at = _days(dates), np.datetime64(date, "D").astype(np.int64)

    def mean(side):
        y = values[:, side]  # only that side's columns
        n = np.isfinite(y).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(n > 0, np.where(np.isfinite(y), y, 0.0).sum(axis=1) / n, np.nan)

    return mean((d > at) & (d <= at + days)) - mean((d >= at - days) & (d < at))


def count_many(values: np.ndarray) -> np.ndarray:
    """How many acquisitions of each series have a value."""
    return np.isfinite(np.atleast_2d(np.asarray(values, dtype=np.float64))).sum(axis=1)


TREND_COLUMNS = ("velocity", "acceleration", "seasonal_amplitude", "rmse", "n")


def fit_many(dates, values: np.ndarray, start=None, end=None, events: Sequence = ()) -> Dict[str, np.ndarray]:
    """Velocity (mm/year), acceleration (mm/year²), seasonal amplitude (mm) and residual RMSE (mm) of many
    series sharing ``dates`` (``values``: points × dates, NaN where none), from one least-squares fit each of
    d = d0 + v·t + ½·a·t² + s·sin(2πt) + c·cos(2πt) over [start, end] (whole series by default). Returns a
    dict of arrays (and ``n``, the values used); NaN where fewer than 6 values fall in the period.
    Series without gaps are solved together (one pseudo-inverse), the others one by one. ``events``: dates of
    sudden events, a step term each (``steps``: event ('YYYY-MM-DD') -> array, NaN for an event outside the period
    or a point without values on both of its sides in it)."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    window = np.ones(len(dates), dtype=bool)
    if start is not None:
        window &= dates >= np.datetime64(start, "D")
    if end is not None:
        window &= dates <= np.datetime64(end, "D")
    out = {name: np.full(len(values), np.nan) for name in TREND_COLUMNS}
    out["n"] = np.zeros(len(values), dtype=np.int64)
    out["steps"] = {str(np.datetime64(e, "D")): np.full(len(values), np.nan) for e in events}
    if window.sum() == 0:
        return out
    t = years_since_start(dates[window])
    kept, steps = event_columns(dates[window], events)
    design = np.column_stack([np.ones_like(t), t, 0.5 * t * t, np.sin(2 * np.pi * t), np.cos(2 * np.pi * t)] + steps)
    need = 6 + len(kept)
    y = values[:, window]
    finite = np.isfinite(y)
    out["n"] = finite.sum(axis=1)

    def store(rows, coef, residuals, counts):
        out["velocity"][rows] = coef[:, 1]
        out["acceleration"][rows] = coef[:, 2]
        out["seasonal_amplitude"][rows] = np.hypot(coef[:, 3], coef[:, 4])
        out["rmse"][rows] = np.sqrt(residuals / counts)
        for k, event in enumerate(kept):
            out["steps"][str(event)][rows] = coef[:, 5 + k]

    full = finite.all(axis=1)
    if full.any() and len(t) >= need:
        coef = (np.linalg.pinv(design) @ y[full].T).T
        residuals = ((y[full] - coef @ design.T) ** 2).sum(axis=1)
        store(np.flatnonzero(full), coef, residuals, len(t))
    for row in np.flatnonzero(~full & (out["n"] >= need)):
        ok = finite[row]
        columns = [0, 1, 2, 3, 4] + [5 + k for k in range(len(kept)) if 0 < design[ok, 5 + k].sum() < ok.sum()]
        coef = np.full(design.shape[1], np.nan)
        coef[columns], *_ = np.linalg.lstsq(design[ok][:, columns], y[row, ok], rcond=None)
        residual = ((y[row, ok] - design[ok][:, columns] @ coef[columns]) ** 2).sum()
        store(np.array([row]), coef[None, :], np.array([residual]), ok.sum())
    return out
