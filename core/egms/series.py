"""A point's displacement series from any EGMS layer the plugin supports.

- layers made by the EGMS import (GeoPackage or PostGIS): the series stored beside the layer, read by pid;
- plain EGMS layers, following the EEA guideline route: the CSV loaded as delimited text (one field
  per date, named ``yyyymmdd``), or a Shapefile with ``D`` + ``yyyymmdd`` fields (PS Time Series Viewer).
"""
import re
from typing import Iterator, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsFeatureRequest, QgsRectangle

from .stored_layer import stored_layer

_DATE_FIELD = re.compile(r"^D?(\d{8})$")

# the point attributes shown beside a series, when the layer has them
KEY_ATTRIBUTES = ["pid", "mean_velocity", "mean_velocity_std", "acceleration", "seasonality",
                  "temporal_coherence", "height_ortho"]


def number(value) -> float:
    """A displacement value of a field as a float; NaN for an empty or non-numeric one."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan


def date_fields(layer) -> list:
    """(field index, datetime64) of every date field of a plain EGMS layer, in date order."""
    found = []
    for index, field in enumerate(layer.fields()):
        m = _DATE_FIELD.match(field.name())
        if m:
            d = m.group(1)
            try:
                found.append((index, np.datetime64("{}-{}-{}".format(d[:4], d[4:6], d[6:]))))
            except ValueError:
                continue
    return sorted(found, key=lambda item: item[1])


class LayerSeries:
    """Reads series of one layer's points; ``None`` from ``for_layer`` when the layer has none."""

    def __init__(self, layer, stored=None, fields=None):
        self.layer = layer
        self.stored = stored  # stored_layer.StoredLayer of a layer of the EGMS import; None for a plain one
        self.fields = fields
        self._reader = stored.reader() if stored else None

    @classmethod
    def for_layer(cls, layer) -> Optional["LayerSeries"]:
        if layer is None or not hasattr(layer, "fields"):
            return None
        stored = stored_layer(layer)
        if stored:
            return cls(layer, stored=stored)
        fields = date_fields(layer)
        return cls(layer, fields=fields) if len(fields) >= 2 else None

    def series(self, feature) -> Tuple[np.ndarray, np.ndarray]:
        """(dates datetime64[D], displacement mm with NaN where none) of a feature of the layer."""
        if self._reader is not None:
            return self._reader.series(feature["pid"])
        values = [number(feature.attribute(index)) for index, _date in self.fields]
        return np.array([d for _i, d in self.fields]), np.array(values, dtype=np.float64)

    def read(self, features, batch: int = 1000, skip_missing: bool = False) -> Iterator:
        """(feature, (dates, mm)) for each of ``features`` (any iterable, consumed lazily). Stored series are
        read ``batch`` pids at a time: one query per batch instead of one per point, which matters most on a
        database server (measured on loopback PostGIS: 0.2 ms a point one by one). KeyError for a pid with no
        series, as ``series()``, or that point left out with ``skip_missing``."""
        if self._reader is None:
            for feature in features:
                yield feature, self.series(feature)
            return
        chunk = []
        for feature in features:
            chunk.append(feature)
            if len(chunk) == batch:
                yield from self._read_chunk(chunk, skip_missing)
                chunk = []
        if chunk:
            yield from self._read_chunk(chunk, skip_missing)

    def blocks_of(self, pids: Sequence[str], columns=None) -> Optional[Iterator]:
        """(pids, dates, values) blocks of the stored series of ``pids`` (found ones; a block's series share their
        dates; only the dates ``columns(dates)`` marks are decoded): many points at numpy's speed. None for a plain
        layer (its series are its features' date fields: ``read``)."""
        if self._reader is None:
            return None
        return self._reader.blocks(self._reader.rows_of(pids), columns)

    def points_in(self, box: Tuple[float, float, float, float], columns: Sequence[str], where: str = "") -> list:
        """(fid, x, y, *columns) of the stored layer's points in ``box`` (stores.shared.StoredSeries.points_in)."""
        return self._reader.points_in(box, columns, where)

    def _read_chunk(self, features, skip_missing):
        found = self._reader.series_many([f["pid"] for f in features])
        for feature in features:
            if not skip_missing or feature["pid"] in found:
                yield feature, found[feature["pid"]]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()


def key_attributes(feature) -> list:
    """The point's key attributes present on its layer, as (name, value) pairs."""
    names = feature.fields().names()
    return [(name, feature[name]) for name in KEY_ATTRIBUTES if name in names]


def nearest_feature(layer, point, radius: float):
    """The feature of ``layer`` nearest to ``point`` (layer CRS) within ``radius`` (layer units), or None.
    Only the search box around the point is read (the provider's spatial index serves it)."""
    box = QgsRectangle(point.x() - radius, point.y() - radius, point.x() + radius, point.y() + radius)
    best, best_d = None, radius * radius
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(box)):
        if not feature.hasGeometry():
            continue
        p = feature.geometry().boundingBox().center()  # points and single-part multipoints alike
        d = (p.x() - point.x()) ** 2 + (p.y() - point.y()) ** 2
        if d <= best_d:
            best, best_d = feature, d
    return best
