"""Swath statistics along a profile and offsets across faults (numpy; no widgets).

A profile's points (core.egms.profile.project) have a distance along the line and a value (a velocity, a
displacement between two dates, an event's step). Here they become robust statistics: per bin of distance the
count, the median and the 25th/75th percentiles (outliers do not move them), and per fault crossing the offset
between its two sides with its standard uncertainty: the medians of each side within a window, or a robust line
fitted on each side and evaluated at the fault (where the ground tilts). Points of different viewing geometries
are never pooled: the caller passes one geometry's points at a time (``by_geometry`` splits them)."""
import math

import numpy as np

PER_BIN = 20  # points a bin holds, on average, when its width comes from the points' density
MOST_BINS, FEWEST_BINS = 200, 20
MAD_TO_SIGMA = 1.4826  # a normal distribution's standard deviation from its median absolute deviation
MEDIAN_EFFICIENCY = 1.2533  # the median's standard error, in the mean's: sqrt(pi / 2)


def section_name(k: int) -> str:
    """A, B, … Z, then S27, S28, …: the k-th (0-based) section's name (its ends: A and A′)."""
    return chr(ord("A") + k) if k < 26 else "S{}".format(k + 1)


def nice(raw: float) -> float:
    """``raw`` rounded to the nearest of 1, 2, 5 × 10^k (a bin width a reader can take in)."""
    if not raw > 0 or not math.isfinite(raw):
        raise ValueError("a width must be positive")
    power = 10.0 ** math.floor(math.log10(raw))
    return min((f * power for f in (1.0, 2.0, 5.0, 10.0)), key=lambda w: abs(math.log(w / raw)))


def bin_width(count: int, length: float) -> float:
    """A bin width from the density of ``count`` points along ``length`` metres: about PER_BIN points a bin, between
    FEWEST_BINS and MOST_BINS bins, rounded by ``nice``."""
    bins = min(MOST_BINS, max(FEWEST_BINS, count // PER_BIN))
    return nice(max(length, 1e-3) / bins)


def bin_width_of(geometries, length: float) -> float:
    """``bin_width`` for the points of the most numerous geometry (each geometry is binned apart: the bins are
    filled as that one's density fills them)."""
    groups = by_geometry(geometries)
    return bin_width(max((len(g) for g in groups.values()), default=0), length)


def _quantiles(sorted_values, starts, counts, p):
    """The ``p`` quantile of each group of ``sorted_values`` (``starts``, ``counts``; linear, as numpy's default);
    NaN for an empty group."""
    position = starts + np.maximum(counts - 1, 0) * p
    low = np.floor(position).astype(np.int64)
    high = np.minimum(low + 1, starts + np.maximum(counts - 1, 0))
    frac = position - low
    if len(sorted_values) == 0:
        return np.full(len(counts), np.nan)
    low, high = np.clip(low, 0, len(sorted_values) - 1), np.clip(high, 0, len(sorted_values) - 1)
    out = sorted_values[low] * (1.0 - frac) + sorted_values[high] * frac
    return np.where(counts > 0, out, np.nan)


def binned(distance, values, width: float, length: float) -> dict:
    """Per bin of ``width`` metres from 0 to ``length``: ``distance`` (the bin's centre), ``n``, ``median``, ``q25``,
    ``q75`` (NaN where a bin has no finite value: a drawn line breaks there). ``distance``, ``values``: the points'."""
    if not width > 0:
        raise ValueError("a bin width must be positive")
    d, v = np.asarray(distance, dtype=np.float64), np.asarray(values, dtype=np.float64)
    count = max(1, int(math.ceil(length / width - 1e-9)))
    keep = np.isfinite(d) & np.isfinite(v) & (d >= 0) & (d <= length)
    index = np.minimum((d[keep] / width).astype(np.int64), count - 1)
    order = np.lexsort((v[keep], index))
    sorted_values, counts = v[keep][order], np.bincount(index, minlength=count)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    return {"distance": (np.arange(count) + 0.5) * width, "n": counts,
            "median": _quantiles(sorted_values, starts, counts, 0.5),
            "q25": _quantiles(sorted_values, starts, counts, 0.25),
            "q75": _quantiles(sorted_values, starts, counts, 0.75)}


def by_geometry(geometries) -> dict:
    """{geometry: indexes of the points of that geometry} (in order of first appearance): each its own series."""
    groups = {}
    for k, g in enumerate(geometries):
        groups.setdefault(g, []).append(k)
    return {g: np.asarray(ks, dtype=np.int64) for g, ks in groups.items()}


def crossings(line, faults) -> list:
    """Where fault lines cross a profile: [(fault index, distance along the profile (m)), ...] in order of distance.
    ``line``: the profile's vertices [(x, y), ...]; ``faults``: a list of polylines in the same CRS."""
    vertices = np.asarray(line, dtype=np.float64)
    p0, p1 = vertices[:-1], vertices[1:]
    lengths = np.hypot(*(p1 - p0).T)
    before = np.concatenate([[0.0], np.cumsum(lengths)[:-1]])
    found = []
    for k, fault in enumerate(faults):
        f = np.asarray(fault, dtype=np.float64)
        if len(f) < 2:
            continue
        q0, q1 = f[:-1], f[1:]
        for a, b, length, start in zip(p0, p1, lengths, before):
            r, s = b - a, q1 - q0
            denominator = r[0] * s[:, 1] - r[1] * s[:, 0]
            with np.errstate(divide="ignore", invalid="ignore"):
                t = ((q0[:, 0] - a[0]) * s[:, 1] - (q0[:, 1] - a[1]) * s[:, 0]) / denominator
                u = ((q0[:, 0] - a[0]) * r[1] - (q0[:, 1] - a[1]) * r[0]) / denominator
            hit = (denominator != 0) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)
            found.extend((k, float(start + tk * length)) for tk in t[hit])
    unique = sorted(set((k, round(d, 6)) for k, d in found), key=lambda kd: (kd[1], kd[0]))
    return [(k, d) for k, d in unique]


def _robust_scale(residuals) -> float:
    centre = np.median(residuals)
    return float(MAD_TO_SIGMA * np.median(np.abs(residuals - centre)))


def _side_median(values):
    """(median, its standard error) of one side."""
    n = len(values)
    return float(np.median(values)), MEDIAN_EFFICIENCY * _robust_scale(values) / math.sqrt(n)


def _side_line(x, values, rounds=20):
    """(the value at x = 0, its standard error) of a line fitted to one side by iteratively reweighted least
    squares with Tukey's biweight (c = 4.685 robust scales): wild points get no weight."""
    design = np.column_stack([np.ones_like(x), x])
    weights = np.ones_like(values)
    for _ in range(rounds):
        w = np.sqrt(weights)
        coefficients = np.linalg.lstsq(design * w[:, None], values * w, rcond=None)[0]
        residuals = values - design @ coefficients
        scale = _robust_scale(residuals) or 1e-12
        u = residuals / (4.685 * scale)
        new = np.where(np.abs(u) < 1, (1 - u ** 2) ** 2, 0.0)
        if np.allclose(new, weights, atol=1e-6):
            break
        weights = new
    kept = weights > 0
    normal = (design[kept] * weights[kept, None]).T @ design[kept]
    try:
        covariance = np.linalg.inv(normal) * (_robust_scale(residuals[kept]) ** 2)
    except np.linalg.LinAlgError:
        return float(coefficients[0]), math.nan
    # the weighted normal matrix understates the spread of a sum of weights < n: scaled by n / sum(weights)
    covariance *= kept.sum() / max(weights[kept].sum(), 1e-12)
    return float(coefficients[0]), float(math.sqrt(max(covariance[0, 0], 0.0)))


def offset_across(distance, values, at: float, window: float, method: str = "median", fewest: int = 5) -> dict:
    """The offset of ``values`` across a fault at ``at`` metres along the profile: the far side (greater distance)
    minus the near side, from the points within ``window`` metres on each side. ``method`` "median": each side's
    median; "line": each side's robust line evaluated at the fault. Returns offset, uncertainty (standard, both
    sides' in quadrature), n_before, n_after; offset and uncertainty NaN where a side has fewer than ``fewest``."""
    if method not in ("median", "line"):
        raise ValueError("method is median or line")
    d, v = np.asarray(distance, dtype=np.float64), np.asarray(values, dtype=np.float64)
    finite = np.isfinite(d) & np.isfinite(v)
    near = finite & (d >= at - window) & (d < at)
    far = finite & (d > at) & (d <= at + window)
    out = {"offset": math.nan, "uncertainty": math.nan, "n_before": int(near.sum()), "n_after": int(far.sum())}
    if out["n_before"] < fewest or out["n_after"] < fewest:
        return out
    if method == "median":
        (a, ea), (b, eb) = _side_median(v[near]), _side_median(v[far])
    else:
        (a, ea), (b, eb) = _side_line(d[near] - at, v[near]), _side_line(d[far] - at, v[far])
    out["offset"], out["uncertainty"] = b - a, math.hypot(ea, eb)
    return out


def section_statistics(distance, quantities: dict, geometries, width: float, length: float, crossed=(),
                       window: float = 0.0, method: str = "median") -> tuple:
    """A section's bins and fault offsets, one geometry at a time: (bin rows, offset rows), lists of dicts.
    ``quantities``: {name: (values, unit)}, each of the points' (in ``distance``'s order); ``geometries``: each
    point's label; ``crossed``: [(fault name, distance)], ``window`` (0: five bins) and ``method`` for the offsets.
    A bin row: geometry, quantity, unit, distance_m, n, median, q25, q75; an offset row: fault, distance_m, geometry,
    quantity, unit, offset, uncertainty, n_before, n_after, method."""
    d = np.asarray(distance, dtype=np.float64)
    window = window or 5 * width
    bins, offsets = [], []
    for label, members in by_geometry(geometries).items():
        for name, (values, unit) in quantities.items():
            v = np.asarray(values, dtype=np.float64)[members]
            if not np.isfinite(v).any():
                continue
            stats = binned(d[members], v, width, length)
            bins.extend({"geometry": label, "quantity": name, "unit": unit, "distance_m": float(c), "n": int(n),
                         "median": float(m), "q25": float(a), "q75": float(b)}
                        for c, n, m, a, b in zip(stats["distance"], stats["n"], stats["median"], stats["q25"],
                                                 stats["q75"]))
            for fault, at in crossed:
                found = offset_across(d[members], v, at, window, method)
                offsets.append(dict(found, fault=fault, distance_m=float(at), geometry=label, quantity=name,
                                    unit=unit, method=method))
    return bins, offsets


BIN_COLUMNS = ("section", "geometry", "quantity", "unit", "distance_m", "n", "median", "q25", "q75")
OFFSET_COLUMNS = ("section", "fault", "distance_m", "geometry", "quantity", "unit", "offset", "uncertainty",
                  "n_before", "n_after", "method")


def write_table_csv(rows, columns, section: str, out_path: str) -> None:
    """Bin or offset rows (``section_statistics``'s) to ``out_path`` with ``columns`` (BIN_COLUMNS or
    OFFSET_COLUMNS, as clms_egms:profile's tables), complete or not at all; numbers with 3 decimals, empty for
    none (an empty bin, a side with too few points)."""
    from .export import write_csv

    def text(value):
        if isinstance(value, float):
            return "" if value != value else "%.3f" % value
        return str(value)

    def fill(out):
        out.writerows([text(section if c == "section" else row[c]) for c in columns] for row in rows)
        return True

    write_csv(out_path, list(columns), fill)
