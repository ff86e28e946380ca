"""Active deformation areas (ADA) from EGMS points, after Barra et al. 2017 (Remote Sensing 9(8):794), Tomás et al.
2019 (ADAfinder, Geomorphology 343:84) and Navarro et al. 2020 (ADAtools, ISPRS IJGI 9(10):584): the points moving
faster than a stability threshold, clustered by distance, each cluster of enough points an area with its statistics
and a quality index. One viewing geometry at a time (two tracks, or L3 up and east, are never pooled), and moving
away and towards the satellite apart (a subsiding bowl and a rising dome beside it are two areas).

Defaults from the data, as the published tools advise: the threshold twice the robust standard deviation of the
geometry's velocities about zero (1.4826 × their median |velocity|: the moving areas themselves do not widen it, as
they widen a plain standard deviation, and a region that moves as a whole raises it); the radius twice the points'
typical spacing (their median distance to the sixth nearest neighbour over √2: a grid's step); five points at least;
and an area's points surrounded mostly by points moving with them (half at least, on average), which the scattered
movers of a noisy stable field never are (at twice σ, one point in 44 moves each way by chance: a chain of five of
them, with still points between, is noise). numpy only: a grid of cells a radius wide finds the neighbours, the
clusters are the connected components of the neighbour graph."""
from typing import Optional, Sequence

import numpy as np

K_SIGMA = 2.0  # the threshold: this many robust standard deviations of the velocities
RADIUS_SPACINGS = 2.0  # the clustering radius: this many typical spacings
FEWEST = 5  # points in an area, at least
MOVING_SHARE = 0.5  # of the points around an area's points, on average, moving with them: else a chance cluster
SPACING_SAMPLE = 20000  # points whose neighbours give the spacing
NEIGHBOURS = 6  # the spacing from the distance to this nearest neighbour


def robust_sigma(values) -> float:
    """1.4826 × the median absolute deviation of ``values`` (NaN ignored): a standard deviation that a minority
    of outliers, or of moving points, does not inflate."""
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v)]
    if not len(v):
        return float("nan")
    return float(1.4826 * np.median(np.abs(v - np.median(v))))


def stable_sigma(values) -> float:
    """1.4826 × the median of |``values``| (NaN ignored): the robust standard deviation about zero, where stable
    ground is. Equal to robust_sigma where the ground is still on the whole; larger where a whole region moves
    (EGMS L2b calibrated on GNSS: a region sinking 1.5 mm/year made half its points "moving" past a threshold
    measured about the median)."""
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v)]
    return float(1.4826 * np.median(np.abs(v))) if len(v) else float("nan")


def pairs_within(x, y, radius: float) -> tuple:
    """(i, j) with i < j of every two points within ``radius`` of each other (query_pairs of every point, each
    pair once)."""
    i, j = query_pairs(x, y, np.arange(len(x)), radius)
    keep = i < j
    return i[keep], j[keep]


def query_pairs(x, y, queries, radius: float) -> tuple:
    """(q, j): for each point ``queries[q]`` (indexes into ``x``, ``y``), every other point j within ``radius``; the
    candidates only those of the nine cells around each query (memory for the queries' neighbours, not for every
    pair of the layer)."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    queries = np.asarray(queries, dtype=np.int64)
    if not len(queries) or not radius > 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    cx = np.floor((x - x.min()) / radius).astype(np.int64)
    cy = np.floor((y - y.min()) / radius).astype(np.int64)
    width = int(cy.max()) + 3
    key = (cx + 1) * width + (cy + 1)
    order = np.argsort(key, kind="stable")
    cells, starts, counts = np.unique(key[order], return_index=True, return_counts=True)
    found_q, found_j = [], []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            target = key[queries] + dx * width + dy
            at = np.minimum(np.searchsorted(cells, target), len(cells) - 1)
            reps = np.where(cells[at] == target, counts[at], 0)
            total = int(reps.sum())
            if not total:
                continue
            q = np.repeat(np.arange(len(queries)), reps)
            within = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
            j = order[np.repeat(starts[at], reps) + within]
            keep = (j != queries[q]) & ((x[queries[q]] - x[j]) ** 2 + (y[queries[q]] - y[j]) ** 2 <= radius * radius)
            found_q.append(q[keep])
            found_j.append(j[keep])
    if not found_q:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(found_q), np.concatenate(found_j)


def typical_spacing(x, y, seed: int = 0) -> float:
    """The points' typical spacing: the median distance from a point to its sixth nearest neighbour, over √2 (of
    up to SPACING_SAMPLE points drawn at random, against all). On a grid (L3) that is the grid's step; on scattered
    points (L2's) about one over the square root of the local density, where the nearest neighbour alone is much
    closer (clusters then fell apart). NaN with fewer than seven points."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    n = len(x)
    if n < NEIGHBOURS + 1:
        return float("nan")
    span = max(float(np.ptp(x)) * float(np.ptp(y)), 1.0)
    radius = 2.0 * np.sqrt(span / n)  # a few points' worth of room around each, on average
    sample = np.random.default_rng(seed).choice(n, min(n, SPACING_SAMPLE), replace=False)
    for _ in range(20):  # widened until most sampled points have their neighbours within it
        q, j = query_pairs(x, y, sample, radius)
        d = np.hypot(x[sample[q]] - x[j], y[sample[q]] - y[j])
        order = np.lexsort((d, q))
        q, d = q[order], d[order]
        _firsts, starts, counts = np.unique(q, return_index=True, return_counts=True)
        enough = counts >= NEIGHBOURS
        if enough.sum() >= 0.9 * len(sample):
            return float(np.median(d[starts[enough] + NEIGHBOURS - 1]) / np.sqrt(2.0))
        radius *= 2.0
    return float("nan")


def mover_share(x, y, flags, members, radius: float) -> np.ndarray:
    """For each point of ``members`` (indexes into ``x``, ``y``), the share of the points within ``radius`` of it
    (itself apart) whose ``flags`` are set: nearly all in an area that moves as one, a few where a cluster is a
    chance of the noise (stable points between its scattered movers). NaN for a point with no neighbour."""
    flags, members = np.asarray(flags, dtype=bool), np.asarray(members, dtype=np.int64)
    q, j = query_pairs(x, y, members, radius)
    total = np.bincount(q, minlength=len(members))
    flagged = np.bincount(q[flags[j]], minlength=len(members))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, flagged / total, np.nan)


def components(n: int, i, j) -> np.ndarray:
    """The connected component of each of ``n`` nodes joined by the edges (i, j): labels, each the smallest node of
    its component (propagated along the edges, the labels' chains shortened at every round)."""
    labels = np.arange(n)
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    while len(i):
        low = np.minimum(labels[i], labels[j])
        new = labels.copy()
        np.minimum.at(new, i, low)
        np.minimum.at(new, j, low)
        while True:  # pointer jumping: each label to its label's label
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


def find_areas(x, y, velocity, geometries: Optional[Sequence] = None, threshold: Optional[float] = None,
               radius: Optional[float] = None, fewest: int = FEWEST, noise=None) -> dict:
    """The active deformation areas of points at ``x``, ``y`` (metres) with ``velocity`` (mm/year).

    ``geometries``: each point's viewing geometry label (None: one geometry); ``threshold`` (mm/year), ``radius``
    (m): None for the defaults from each geometry's data; ``fewest``: points in an area, at least; ``noise``: each
    point's time-series noise (EGMS's rmse_ts, mm), for the quality index.

    Returns {"area": each point's area id (-1: none), "areas": [{"id", "geometry", "sign" (-1 away from the
    satellite / down, +1 towards / up), "members" (point indexes), "consistency", "noisy_share", "quality" (1 best
    to 4), "score"}], "settings": {geometry label: {"threshold", "radius", "spacing", "sigma", "moving"}}}."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    v = np.asarray(velocity, dtype=np.float64)
    labels = np.array(["" if g is None else str(g) for g in geometries], dtype=object) if geometries is not None \
        else np.full(len(v), "", dtype=object)
    rmse = np.asarray(noise, dtype=np.float64) if noise is not None else None
    area = np.full(len(v), -1, dtype=np.int64)
    areas, settings = [], {}
    for label in sorted(set(labels)):
        group = np.flatnonzero((labels == label) & np.isfinite(v) & np.isfinite(x) & np.isfinite(y))
        if not len(group):
            continue
        sigma = robust_sigma(v[group])  # the spread of the velocities: what noise gives neighbours
        stable = stable_sigma(v[group])
        limit = float(threshold) if threshold is not None else K_SIGMA * stable
        spacing = typical_spacing(x[group], y[group])
        reach = float(radius) if radius is not None else RADIUS_SPACINGS * spacing
        moving = group[np.abs(v[group]) >= limit] if limit == limit else group[:0]
        settings[label] = {"threshold": limit, "radius": reach, "spacing": spacing, "sigma": stable,
                           "moving": int(len(moving))}
        noisy_limit = 2.0 * np.nanmedian(rmse[group]) if rmse is not None and np.isfinite(rmse[group]).any() \
            else None
        for sign in (-1, 1):
            members = moving[np.sign(v[moving]) == sign]
            if len(members) < max(1, fewest) or not reach > 0:
                continue
            i, j = pairs_within(x[members], y[members], reach)
            component = components(len(members), i, j)
            ids, sizes = np.unique(component, return_counts=True)
            # among this geometry's points only (another track's are no neighbours); np.flatnonzero(same) lists
            # them in members' order (both ascending)
            same = np.isin(group, members)
            share = mover_share(x[group], y[group], same, np.flatnonzero(same), reach)
            for root in ids[sizes >= fewest]:
                inside = component == root
                if not np.nanmean(share[inside]) >= MOVING_SHARE:  # scattered movers of the noise, no area
                    continue
                edges = inside[i]
                # neighbours moving alike: their difference within what the noise gives two stable points (twice
                # its standard deviation, √2 σ)
                alike = np.abs(v[members[i[edges]]] - v[members[j[edges]]]) <= 2.0 * np.sqrt(2.0) * sigma
                consistency = float(alike.mean()) if len(alike) else 1.0
                noisy = float(np.mean(rmse[members[inside]] > noisy_limit)) if noisy_limit is not None else 0.0
                score = consistency * (1.0 - noisy)
                found = {"id": len(areas) + 1, "geometry": label, "sign": sign, "members": members[inside],
                         "consistency": consistency, "noisy_share": noisy, "score": score,
                         "quality": quality_index(score)}
                area[found["members"]] = found["id"]
                areas.append(found)
    return {"area": area, "areas": areas, "settings": settings}


def quality_index(score: float) -> int:
    """The area's quality index, 1 (best) to 4, from its score (spatial consistency × the share of its points whose
    series are not noisy), as ADAtools' four classes."""
    return 1 if score >= 0.8 else 2 if score >= 0.6 else 3 if score >= 0.4 else 4


def area_statistics(found: dict, velocity, acceleration=None) -> dict:
    """An area's figures: n, mean/median velocity and the largest |velocity| (signed), mean |acceleration|
    (NaN without)."""
    v = np.asarray(velocity, dtype=np.float64)[found["members"]]
    stats = {"n": int(len(v)), "mean_velocity": float(np.mean(v)), "median_velocity": float(np.median(v)),
             "max_velocity": float(v[np.argmax(np.abs(v))])}
    acc = np.asarray(acceleration, dtype=np.float64)[found["members"]] if acceleration is not None else None
    stats["mean_abs_acceleration"] = float(np.nanmean(np.abs(acc))) if acc is not None and np.isfinite(acc).any() \
        else float("nan")
    return stats


def outline(x, y, radius: float, spacing: float) -> "QgsGeometry":  # noqa: F821 (qgis.core's, imported inside)
    """A polygon hugging the points at ``x``, ``y`` (a QgsGeometry): discs of ``radius`` around them joined, then
    shrunk back to half a spacing beyond the outer points (where the ground stops moving, between the last moving
    point and the first still one), not the convex hull of a sprawling cluster. Quick for thousands of points: only
    the points at the edge of the area get their disc; inside, squares stand for theirs (a still pocket wider than
    the discs join is an edge too: it stays a hole)."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

    # on a grid half a spacing wide from the first point (a grid's points stay where they are; scattered ones move
    # a third of a spacing at most, within the half spacing the outline keeps beyond them)
    step = max(spacing / 2.0, 1e-3)
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    x0, y0 = float(x.min()), float(y.min())
    cells = np.unique(np.column_stack([np.round((x - x0) / step), np.round((y - y0) / step)]), axis=0).astype(np.int64)
    centres = np.column_stack([x0 + cells[:, 0] * step, y0 + cells[:, 1] * step])
    # the edge: cells a radius wide with an empty neighbour (of scattered points, a cell a radius wide is seldom
    # empty inside an area); only their points get a disc
    coarse = np.floor(cells * step / max(radius, step)).astype(np.int64)
    width = int(coarse[:, 1].max()) + 5
    key = (coarse[:, 0] + 2) * width + (coarse[:, 1] + 2)
    occupied = np.unique(key)
    whole = np.ones(len(occupied), dtype=bool)  # every cell two around in the area: an inner cell, its square
    for dx in (-2, -1, 0, 1, 2):  # well inside the discs of its neighbours (its points kept inside the outline)
        for dy in (-2, -1, 0, 1, 2):
            if dx or dy:
                whole &= np.isin(occupied + dx * width + dy, occupied)
    edge = centres[np.isin(key, occupied[~whole])]
    points = QgsGeometry.fromMultiPointXY([QgsPointXY(float(a), float(b)) for a, b in edge])
    # inside, the cells a radius wide whose neighbours are all in the area stand for their points' discs, each run
    # of them up a column one rectangle (a large area's inner cells are many: their union, one polygon each, took
    # hundreds of MB)
    side = max(radius, step)
    inner = occupied[whole]  # sorted: by column, then row
    starts = np.flatnonzero(np.diff(inner, prepend=inner[:1] - 2) != 1)
    ends = np.append(starts[1:], len(inner))[:len(starts)] - 1
    squares = [QgsGeometry.fromRect(QgsRectangle(x0 + (i - 2) * side, y0 + (j - 2) * side, x0 + (i - 1) * side,
                                                 y0 + (k - 1) * side))
               for i, j, k in zip(inner[starts] // width, inner[starts] % width, inner[ends] % width)]
    joined = QgsGeometry.unaryUnion([points.buffer(radius, 4)] + squares)
    shrunk = joined.buffer(-(radius - spacing / 2.0), 4)
    return shrunk if not shrunk.isEmpty() else joined


def in_ring(x, y, ring) -> np.ndarray:
    """Even-odd rule: which points (x, y) a closed ring [(x, y), …] encloses."""
    xs, ys = np.array([p[0] for p in ring]), np.array([p[1] for p in ring])
    found = np.zeros(len(x), dtype=bool)
    for x0, y0, x1, y1 in zip(xs[:-1], ys[:-1], xs[1:], ys[1:]):
        if y0 != y1:
            found ^= ((y0 > y) != (y1 > y)) & (x < x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return found
