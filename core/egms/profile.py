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


def polylines(features, transform) -> list:
    """[(feature, [[(x, y), ...] each part of two vertices or more])] of line features (a profile's sections, a
    fault layer), their geometries through ``transform`` (a QgsCoordinateTransform); empty ones left out."""
    found = []
    for feature in features:
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry.transform(transform)
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        found.append((feature, [[(p.x(), p.y()) for p in part] for part in parts if len(part) >= 2]))
    return found


def line_length(line) -> float:
    vertices = np.asarray(line, dtype=np.float64)
    return float(np.hypot(*np.diff(vertices, axis=0).T).sum())


def profile_of_layer(layer, vertices, width: float, event=None, days: int = 60) -> dict:
    """The profile of an EGMS point layer (QGIS vector layer) along ``vertices`` (layer CRS): a dict of arrays in
    order of distance: ``fid``, ``pid``, ``distance``, ``offset``, ``velocity`` (mean_velocity, NaN without it),
    ``geometry`` (each point's, core.egms.geometry) and, with an ``event`` date, ``step`` (mm: mean over ``days``
    after minus before, as egms_step). Only the attributes it needs are read, each geometry told once, the steps
    of a block of stored series at once from the acquisitions around the event only: 100,000 points in a second."""
    from qgis.core import QgsFeatureRequest, QgsRectangle

    from .geometry import GEOMETRY_FIELDS, geometry_of
    from .series import number

    xs, ys = [v[0] for v in vertices], [v[1] for v in vertices]
    half = width / 2.0 + 1e-6  # the corridor reaches half its width from the line
    box = QgsRectangle(min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half)
    fields = layer.fields()
    names = fields.names()
    told = [names.index(n) for n in GEOMETRY_FIELDS if n in names]
    pid_at = names.index("pid") if "pid" in names else None
    velocity_at = names.index("mean_velocity") if "mean_velocity" in names else None
    rows = _stored_points(layer, box, [names[i] for i in told])
    if rows is None:  # a plain layer (a CSV as delimited text): QGIS's features, only the attributes needed
        wanted = [i for i in told + [pid_at, velocity_at] if i is not None]
        request = QgsFeatureRequest().setFilterRect(box).setSubsetOfAttributes(wanted)
        rows = []
        for f in layer.getFeatures(request):
            geometry = f.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            centre, attributes = geometry.boundingBox().center(), f.attributes()
            rows.append((f.id(), centre.x(), centre.y(),
                         str(attributes[pid_at]) if pid_at is not None else str(f.id()),
                         attributes[velocity_at] if velocity_at is not None else None)
                        + tuple(attributes[i] for i in told))
    rows.sort(key=lambda r: r[0])  # by fid: points at one distance in one order whichever way they were read
    fids = [r[0] for r in rows]
    px, py = [r[1] for r in rows], [r[2] for r in rows]
    pids = [str(r[3]) for r in rows]
    velocity = [number(r[4]) for r in rows]
    keys = [tuple(r[5:]) for r in rows]
    order, along, offset = project(px, py, vertices, width)
    told_names = [names[i] for i in told]
    geometries = {}  # each point's viewing geometry, told once per distinct key: two tracks or directions are
    for key in set(keys[i] for i in order):  # never one cloud of line-of-sight values
        geometries[key] = geometry_of(layer.name(), dict(zip(told_names, key)))
    out = {"fid": np.array([fids[i] for i in order], dtype=np.int64), "pid": [pids[i] for i in order],
           "distance": along, "offset": offset, "velocity": np.array([velocity[i] for i in order], dtype=float),
           "step": np.full(len(order), np.nan), "geometry": [geometries[keys[i]] for i in order]}
    if event is not None and len(order):
        out["step"] = _steps(layer, out, event, days)
    return out


def _stored_points(layer, box, told):
    """(fid, x, y, pid, mean_velocity, *told) of a stored layer's points in ``box`` (its own filter applied), read
    by its store; None for a plain layer or a filter the store cannot apply."""
    from .series import LayerSeries

    series = LayerSeries.for_layer(layer)
    if series is None or series.stored is None:
        return None
    try:  # a layer of the import holds pid and mean_velocity
        return series.points_in((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()),
                                ["pid", "mean_velocity"] + list(told), layer.subsetString() or "")
    except ValueError:  # a filter the store's statement refuses: QGIS's features apply it
        return None
    finally:
        series.close()


def _steps(layer, rows, event, days):
    """The event's step of each profile point (NaN where its series lacks one side)."""
    from .analysis import step_many
    from .series import LayerSeries

    series = LayerSeries.for_layer(layer)
    if series is None:
        return np.full(len(rows["pid"]), np.nan)
    at = np.datetime64(event, "D")
    steps = {}
    try:
        for pids, dates, values in _blocks(layer, series, rows, lambda dates: (dates >= at - days) &
                                           (dates <= at + days)):
            steps.update(zip(pids, step_many(dates, values, event, days)))
    finally:
        series.close()
    return np.array([steps.get(pid, np.nan) for pid in rows["pid"]])


def _blocks(layer, series, rows, columns):
    """(pids, dates, values) of the profile points' series, only the dates ``columns(dates)`` marks: a stored
    layer's a block at a time (LayerSeries.blocks_of), a plain layer's a point at a time from its features."""
    blocks = series.blocks_of(rows["pid"], columns)
    if blocks is not None:
        yield from blocks
        return
    pid_of = dict(zip((int(f) for f in rows["fid"]), rows["pid"]))
    for f, (dates, mm) in series.read(list(layer.getFeatures(list(pid_of))), skip_missing=True):
        keep = columns(dates)
        yield [pid_of[f.id()]], dates[keep], mm[None, keep]


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


def time_steps(dates, event=None, months: int = 6) -> list:
    """Acquisition dates for profiles through time: the first, one every ``months`` after it, the last, and with an
    ``event`` the last acquisition before it and the first after it (its step between two lines)."""
    d = np.asarray(dates, dtype="datetime64[D]")
    if not len(d):
        return []
    step, chosen, t = np.timedelta64(int(round(months * 30.44)), "D"), {d[0], d[-1]}, d[0]
    while t <= d[-1]:
        chosen.add(d[np.argmin(np.abs(d - t))])
        t = t + step
    if event is not None:
        at = np.datetime64(event, "D")
        before, after = d[d < at], d[d > at]
        chosen.update(([before[-1]] if len(before) else []) + ([after[0]] if len(after) else []))
    return sorted(chosen)


def displacements_at(layer, rows, event=None, months: int = 6) -> dict:
    """{date: displacement (mm) of each profile point at that acquisition, NaN where it has none} at the
    ``time_steps`` of the points' series: only those dates' values decoded (100,000 points x 300 dates would be
    240 MB as floats). Points of another source with other dates get their own dates."""
    from .series import LayerSeries

    series = LayerSeries.for_layer(layer)
    out = {}
    if series is None or not len(rows["pid"]):
        return out
    where = {pid: k for k, pid in enumerate(rows["pid"])}
    try:
        for pids, dates, values in _blocks(layer, series, rows,
                                           lambda dates: np.isin(dates, time_steps(dates, event, months))):
            index = np.array([where[p] for p in pids], dtype=np.int64)
            for j, date in enumerate(dates):
                column = out.setdefault(np.datetime64(date, "D"), np.full(len(rows["pid"]), np.nan))
                column[index] = values[:, j]
    finally:
        series.close()
    return dict(sorted(out.items()))


def terrain_along(raster, vertices, crs, samples: int = 400) -> tuple:
    """(distance along the line (m), elevation) of ``raster`` (a QGIS raster layer, its first band) beneath the line
    ``vertices`` (in ``crs``, metres), at ``samples`` evenly spaced places; NaN where the raster has no value."""
    from qgis.core import QgsCoordinateTransform, QgsCsException, QgsPointXY, QgsProject

    vertices = np.asarray(vertices, dtype=np.float64)
    lengths = np.hypot(*np.diff(vertices, axis=0).T)
    along = np.concatenate([[0.0], np.cumsum(lengths)])
    distance = np.linspace(0.0, along[-1], max(2, int(samples)))
    x, y = np.interp(distance, along, vertices[:, 0]), np.interp(distance, along, vertices[:, 1])
    to_raster = QgsCoordinateTransform(crs, raster.crs(), QgsProject.instance())
    provider = raster.dataProvider()
    elevation = np.full(len(distance), np.nan)
    for k, (px, py) in enumerate(zip(x, y)):
        try:
            value, ok = provider.sample(to_raster.transform(QgsPointXY(px, py)), 1)
        except QgsCsException:  # outside the raster's CRS's domain: no value there
            value, ok = np.nan, False
        if ok and value == value:
            elevation[k] = value
    return distance, elevation
