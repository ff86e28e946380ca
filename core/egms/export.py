"""Export point series of an imported layer to CSV (pid, date, displacement_mm)."""
import csv
import os

import numpy as np

from ..errors import PluginError
from ..i18n import tr
from .store import GeoPackage


def dataset_of_layer(layer):
    """(store, layer name) of a QGIS layer made by the EGMS import, else None. The store is a
    ``store.GeoPackage`` or a ``postgis.PostGIS``; both read series and columns the same way."""
    from qgis.core import QgsProviderRegistry

    if layer is None or not hasattr(layer, "providerType"):
        return None
    if layer.providerType() == "postgres":
        from . import postgis

        return postgis.dataset_of_layer(layer)
    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, name = parts.get("path"), parts.get("layerName")
    if not path or not name:
        return None
    target = GeoPackage(path)
    return (target, name) if target.has_series(name) else None


def export_series_csv(target, layer_name, pids, out_path, feedback=None):
    """Write the series of ``pids`` of a layer of ``target`` (GeoPackage or PostGIS) to ``out_path``;
    returns (points written, rows, unknown pids)."""
    reader = target.series_reader(layer_name)
    tmp = out_path + ".part"
    written = rows = 0
    unknown = []
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(["pid", "date", "displacement_mm"])
            pids = list(pids)
            for start in range(0, len(pids), 1000):  # a batch of pids a query
                if feedback is not None:
                    if feedback.isCanceled():
                        break
                    feedback.setProgress(100.0 * start / max(1, len(pids)))
                found = reader.series_many(pids[start:start + 1000])
                for pid in pids[start:start + 1000]:
                    if pid not in found:
                        unknown.append(pid)
                        continue
                    dates, mm = found[pid]
                    keep = np.isfinite(mm)
                    out.writerows(zip([pid] * int(keep.sum()), dates[keep].astype(str),
                                      ["%.1f" % v for v in mm[keep]]))
                    rows += int(keep.sum())
                    written += 1
        if written == 0:
            raise PluginError(tr("None of the requested points is in {layer}.").format(layer=layer_name))
        os.replace(tmp, out_path)
    finally:
        reader.close()
        if os.path.exists(tmp):
            os.remove(tmp)
    return written, rows, unknown
