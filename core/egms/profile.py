"""Profiles across the ground: EGMS points within a corridor along a line, projected onto it (numpy; no widgets).

A profile line is a polyline in the points' CRS (metres). Each point within ``width / 2`` of it gets its distance
along the line from its first vertex (to its nearest place on the line) and its signed offset from the line (left
of the line's direction positive)."""
import numpy as np


def project(x: np.ndarray, y: np.ndarray, line, width: float) -> tuple:
    """(indexes of the points inside the corridor, their distance along the line, their signed offset), in the
    line's order of distance. ``x``, ``y``: the points' coordinates; ``line``: [(x, y), ...], at least two
    distinct vertices; ``width``: the corridor's whole width."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    vertices = np.asarray(line, dtype=np.float64)
    starts, ends = vertices[:-1], vertices[1:]
    lengths = np.hypot(*(ends - starts).T)
    keep = lengths > 0
    starts, ends, lengths = starts[keep], ends[keep], lengths[keep]
    if len(lengths) == 0:
        raise ValueError("a profile line needs two distinct vertices")
    offsets_along = np.concatenate([[0.0], np.cumsum(lengths)[:-1]])
    best = np.full(len(x), np.inf)
    along = np.zeros(len(x))
    side = np.zeros(len(x))
    for (x0, y0), (x1, y1), length, before in zip(starts, ends, lengths, offsets_along):
        dx, dy = (x1 - x0) / length, (y1 - y0) / length
        t = np.clip((x - x0) * dx + (y - y0) * dy, 0.0, length)  # metres along this segment
        px, py = x0 + t * dx, y0 + t * dy
        distance = np.hypot(x - px, y - py)
        closer = distance < best
        best[closer] = distance[closer]
        along[closer] = before + t[closer]
        cross = dx * (y - y0) - dy * (x - x0)  # > 0 left of the segment's direction
        side[closer] = np.sign(cross[closer]) * distance[closer]
    inside = np.flatnonzero(best <= width / 2.0)
    order = inside[np.argsort(along[inside], kind="stable")]
    return order, along[order], side[order]


def line_length(line) -> float:
    vertices = np.asarray(line, dtype=np.float64)
    return float(np.hypot(*np.diff(vertices, axis=0).T).sum())


def profile_of_layer(layer, vertices, width: float, event=None, days: int = 60) -> dict:
    """The profile of an EGMS point layer (QGIS vector layer) along ``vertices`` (layer CRS): a dict of arrays in
    order of distance: ``fid``, ``pid``, ``distance``, ``offset``, ``velocity`` (mean_velocity, NaN without it),
    ``geometry`` (each point's, core.egms.geometry) and, with an ``event`` date, ``step`` (mm: mean over ``days``
    after minus before, as egms_step)."""
    from qgis.core import QgsFeatureRequest, QgsRectangle

    from .analysis import step_many
    from .geometry import GEOMETRY_FIELDS, geometry_of
    from .series import LayerSeries, number

    xs, ys = [v[0] for v in vertices], [v[1] for v in vertices]
    box = QgsRectangle(min(xs) - width, min(ys) - width, max(xs) + width, max(ys) + width)
    features = [f for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(box)) if f.hasGeometry()]
    points = [f.geometry().boundingBox().center() for f in features]
    order, along, offset = project([p.x() for p in points], [p.y() for p in points], vertices, width)
    chosen = [features[i] for i in order]
    names = layer.fields().names()
    told = [n for n in GEOMETRY_FIELDS if n in names]
    out = {"fid": np.array([f.id() for f in chosen], dtype=np.int64),
           "pid": [str(f["pid"]) if "pid" in names else str(f.id()) for f in chosen],
           "distance": along, "offset": offset,
           "velocity": np.array([number(f["mean_velocity"]) if "mean_velocity" in names else np.nan
                                 for f in chosen]),
           "step": np.full(len(chosen), np.nan),
           # each point's viewing geometry: two tracks or directions are never one cloud of line-of-sight values
           "geometry": [geometry_of(layer.name(), {n: f[n] for n in told}) for f in chosen]}
    if event is not None and chosen:
        series = LayerSeries.for_layer(layer)
        if series is not None:
            try:
                steps = {f.id(): step_many(dates, mm[None, :], event, days)[0]
                         for f, (dates, mm) in series.read(chosen, skip_missing=True)}
            finally:
                series.close()
            out["step"] = np.array([steps.get(f.id(), np.nan) for f in chosen])
    return out


def write_profile_csv(rows: dict, out_path: str) -> None:
    """A profile's rows (``profile_of_layer``'s: pid, distance, offset, velocity, step) to ``out_path`` as pid,
    distance_m, offset_m, velocity_mm_yr, step_mm, complete or not at all."""
    from .export import write_csv

    def fill(out):
        out.writerows([pid, "%.2f" % d, "%.2f" % o, "" if v != v else "%.2f" % v, "" if s != s else "%.1f" % s]
                      for pid, d, o, v, s in zip(rows["pid"], rows["distance"], rows["offset"], rows["velocity"],
                                                 rows["step"]))
        return True

    write_csv(out_path, ["pid", "distance_m", "offset_m", "velocity_mm_yr", "step_mm"], fill)
