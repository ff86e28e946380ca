"""Export point series of an imported layer to CSV (pid, date, displacement_mm)."""
import csv
import os
from typing import Optional

import numpy as np

from ..errors import PluginError
from ..i18n import tr


def write_csv(out_path: str, header: list, fill):
    """Write a CSV file: ``header``, then the rows ``fill(writer)`` writes with the csv writer it is given. Through
    a temporary file moved into place only when complete: a failure, or ``fill`` returning None (cancelled),
    leaves no partial file and any earlier file as it was. Returns what ``fill`` returned."""
    tmp = out_path + ".part"
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(header)
            result = fill(out)
        if result is not None:
            os.replace(tmp, out_path)
        return result
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def write_series_csv(series, out_path: str, total: Optional[int] = None, feedback=None, empty_error=None):
    """Write ``series`` ((pid, dates, mm) of each point, any iterable) to ``out_path`` as one row per date with a
    value (pid, date, displacement_mm), complete or not at all (``write_csv``). Returns (points, rows), or None
    when cancelled. ``total``: the number of points expected, for progress; ``empty_error``: raised instead of
    writing a file without points."""
    def fill(out):
        points = rows = 0
        for pid, dates, mm in series:
            if feedback is not None:
                if feedback.isCanceled():
                    return None
                if total and points % 500 == 0:
                    feedback.setProgress(100.0 * points / total)
            keep = np.isfinite(mm)
            n = int(keep.sum())
            out.writerows(zip([pid] * n, np.asarray(dates)[keep].astype(str), ["%.1f" % v for v in mm[keep]]))
            rows += n
            points += 1
        if points == 0 and empty_error is not None:
            raise empty_error
        return points, rows

    return write_csv(out_path, ["pid", "date", "displacement_mm"], fill)


def write_plot_csv(curves: list, out_path: str, reference: str = ""):
    """The plotted series (``curves``: (layer name, pid, dates, values as plotted) each) to ``out_path``, one row
    per date with a value: layer, pid, date, displacement_mm, relative_to (the reference point's pid, if any)."""
    def fill(out):
        for layer, pid, dates, values in curves:
            out.writerows([layer, pid, str(d), "%.1f" % v, reference] for d, v in zip(dates, values) if v == v)
        return True

    write_csv(out_path, ["layer", "pid", "date", "displacement_mm", "relative_to"], fill)


def export_series_csv(stored, pids, out_path: str, feedback=None) -> Optional[tuple]:
    """Write the series of ``pids`` of a layer of the EGMS import (``stored_layer.StoredLayer``) to ``out_path``;
    returns (points written, rows, unknown pids), or None when cancelled."""
    reader = stored.reader()
    pids = list(pids)
    unknown = []

    def found():
        for start in range(0, len(pids), 1000):  # a batch of pids a query
            batch = reader.series_many(pids[start:start + 1000])
            for pid in pids[start:start + 1000]:
                if pid in batch:
                    yield (pid,) + batch[pid]
                else:
                    unknown.append(pid)

    try:
        written = write_series_csv(found(), out_path, len(pids), feedback, empty_error=PluginError(
            tr("None of the requested points is in {layer}.").format(layer=stored.name)))
    finally:
        reader.close()
    return None if written is None else written + (unknown,)

