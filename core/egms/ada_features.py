"""Active deformation areas of a QGIS point source, for Processing's clms_egms:active_deformation_areas and the
dock's button alike: the points read (in metres, each with its viewing geometry), the areas found (core.egms.ada)
and made features with their fields."""
from typing import Optional

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext,
                       QgsFeature, QgsFeatureRequest, QgsFields)

from .. import compat
from ..errors import PluginError
from ..i18n import tr
from . import ada
from .ada_context import CONTEXT_FIELDS, context_of
from .geometry import GEOMETRY_FIELDS, geometry_of

AREA_FIELDS = (("ada_id", compat.INT), ("geometry", compat.STRING), ("motion", compat.STRING),
               ("n_points", compat.INT), ("mean_velocity", compat.DOUBLE), ("median_velocity", compat.DOUBLE),
               ("max_velocity", compat.DOUBLE), ("mean_abs_acceleration", compat.DOUBLE), ("area_m2", compat.DOUBLE),
               ("quality", compat.INT), ("quality_score", compat.DOUBLE), ("consistency", compat.DOUBLE),
               ("noisy_share", compat.DOUBLE), ("threshold", compat.DOUBLE), ("radius_m", compat.DOUBLE))
METRIC = QgsCoordinateReferenceSystem("EPSG:3035")  # where a layer in degrees is measured


CONTEXT_KINDS = {"clc_code": compat.INT, "clc_share": compat.DOUBLE, "imperv_mean": compat.DOUBLE,
                 "slope_mean": compat.DOUBLE}


def area_fields() -> QgsFields:
    """An area's fields: its figures (AREA_FIELDS), then the land beneath it (ada_context.CONTEXT_FIELDS)."""
    fields = QgsFields()
    for name, kind in AREA_FIELDS:
        fields.append(compat.field(name, kind))
    for name in CONTEXT_FIELDS:
        fields.append(compat.field(name, CONTEXT_KINDS.get(name, compat.STRING)))
    return fields


class SourcePoints:
    """A point source's points as arrays: ``fids``, ``x``, ``y`` (metres: EPSG:3035 for a layer in degrees),
    ``velocity``, ``acceleration`` and ``noise`` (rmse_ts; None where the layer has no such field), ``labels``
    (each point's viewing geometry). ``stored``: for a layer of the import, (its series.LayerSeries, its extent as
    (xmin, ymin, xmax, ymax), its number of points): its store then reads the columns a strip at a time
    (``subset``: the layer's filter), without QGIS's features: a million points in seconds, in arrays of 8 bytes a
    value."""

    STRIP = 50000  # points a strip of a stored layer, about (its rows as tuples: 200,000 took 320 MB at the peak)

    def __init__(self, source, layer_name: str, context: Optional[QgsCoordinateTransformContext] = None,
                 feedback=None, stored=None, subset: str = ""):
        names = source.fields().names()
        if "mean_velocity" not in names:
            raise PluginError(tr("{layer} has no mean_velocity field: choose an EGMS point layer.").format(
                layer=layer_name))
        self.crs = source.sourceCrs()
        context = context or QgsCoordinateTransformContext()
        self.to_metric = QgsCoordinateTransform(self.crs, METRIC, context) if self.crs.isGeographic() else None
        self.back = QgsCoordinateTransform(METRIC, self.crs, context) if self.crs.isGeographic() else None
        columns = ["mean_velocity"] + [n for n in ("acceleration", "rmse_ts") if n in names]
        told = [n for n in GEOMETRY_FIELDS if n in names]
        numbers = ("fid", "x", "y") + tuple(columns)
        parts = {n: [] for n in numbers}
        keys, key_index = [], {}  # each point's geometry, as an index into the keys told once each
        self.cancelled = False
        chunks = _stored_rows(stored, columns + told, subset, feedback, self.STRIP) if stored is not None else \
            _feature_rows(source, columns + told, self.to_metric, feedback)
        for rows in chunks:
            if rows is None:  # cancelled
                self.cancelled = True
                break
            if not rows:
                continue
            by_column = list(zip(*rows))  # a column at a time: numpy converts, not a Python call a value
            for name, column in zip(numbers, by_column):
                parts[name].append(_floats(column))
            told_of = list(zip(*by_column[len(numbers):])) if told else [()] * len(rows)
            keys.append(np.array([key_index.setdefault(key, len(key_index)) for key in told_of], dtype=np.int64))
        joined = {n: np.concatenate(parts[n]) if parts[n] else np.zeros(0) for n in numbers}
        labels = [geometry_of(layer_name, dict(zip(told, key))).label for key in key_index]
        self.fids = joined["fid"].astype(np.int64)
        self.x, self.y, self.velocity = joined["x"], joined["y"], joined["mean_velocity"]
        self.acceleration = joined.get("acceleration")
        self.noise = joined.get("rmse_ts")
        self.labels = np.array(labels, dtype=object)[np.concatenate(keys)] if keys else []

    def find(self, threshold: Optional[float] = None, radius: Optional[float] = None,
             fewest: int = ada.FEWEST) -> dict:
        """core.egms.ada.find_areas on these points."""
        return ada.find_areas(self.x, self.y, self.velocity, self.labels, threshold, radius, fewest, self.noise)

    def features(self, found: dict, fields: QgsFields, feedback=None, rasters: Optional[dict] = None) -> list:
        """A polygon feature of ``fields`` (area_fields()) per area of ``found`` (find's), in the source's CRS, with
        the land beneath it from ``rasters`` ({"clc", "imperviousness", "dem"}: raster layers or None)."""
        out = []
        for k, area in enumerate(found["areas"]):
            if feedback is not None and feedback.isCanceled():
                break
            used = found["settings"][area["geometry"]]
            members = area["members"]
            polygon = ada.outline(self.x[members], self.y[members], used["radius"], used["spacing"])
            square_metres = polygon.area()
            if self.back is not None:
                polygon.transform(self.back)
            polygon.convertToMultiType()
            stats = ada.area_statistics(area, self.velocity, self.acceleration)
            feature = QgsFeature(fields)
            feature.setGeometry(polygon)
            feature.setAttributes([
                area["id"], area["geometry"], tr("down / away") if area["sign"] < 0 else tr("up / towards"),
                stats["n"], round(stats["mean_velocity"], 2), round(stats["median_velocity"], 2),
                round(stats["max_velocity"], 2), _number(stats["mean_abs_acceleration"], 3), round(square_metres, 1),
                area["quality"], round(area["score"], 3), round(area["consistency"], 3), round(area["noisy_share"], 3),
                round(used["threshold"], 3), round(used["radius"], 1)] + list(
                context_of(polygon, self.crs, area["sign"], **(rasters or {})).values()))
            out.append(feature)
            if feedback is not None:
                feedback.setProgress(60 + 35 * (k + 1) / max(1, len(found["areas"])))
        return out

    def fids_by_area(self, found: dict) -> dict:
        """{area id: the source's feature ids of its points}."""
        return {area["id"]: [int(f) for f in self.fids[area["members"]]] for area in found["areas"]}


def stored_of(layer, whole_layer: bool = True) -> Optional[tuple]:
    """What SourcePoints reads a layer of the import through: (its series.LayerSeries, its extent, its number of
    points); None for a plain layer or a selection (``whole_layer`` False). Made where the layer lives (QGIS's
    main thread); closed by read_points."""
    from .series import LayerSeries

    series = LayerSeries.for_layer(layer) if layer is not None and whole_layer else None
    if series is not None and series.stored is None:
        series.close()
        series = None
    if series is None:
        return None
    e = layer.extent()
    return series, (e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()), layer.featureCount()


def read_points(source, layer_name: str, stored: Optional[tuple], subset: str = "", context=None,
                feedback=None) -> "SourcePoints":
    """SourcePoints of ``source``: through the store of ``stored`` (stored_of's) where there is one, else (or for a
    filter, ``subset``, that the store's statement refuses) through QGIS's features. Closes ``stored``'s series."""
    if stored is not None:
        try:
            return SourcePoints(source, layer_name, context, feedback, stored=stored, subset=subset)
        except ValueError:  # the layer's filter, which the store's statement refuses: QGIS's features apply it
            pass
        finally:
            stored[0].close()
    return SourcePoints(source, layer_name, context, feedback)


def _feature_rows(source, columns, to_metric, feedback, chunk=20000):
    """Lists of (fid, x, y, *columns) of a source's features (QGIS's), ``chunk`` at a time; None when cancelled."""
    request = QgsFeatureRequest().setSubsetOfAttributes(columns, source.fields())
    indexes = [source.fields().indexOf(n) for n in columns]
    total = source.featureCount() or 1
    rows = []
    for f in source.getFeatures(request):
        if not f.hasGeometry():
            continue
        point = f.geometry().asPoint()
        if to_metric is not None:
            point = to_metric.transform(point)
        attributes = f.attributes()
        rows.append((f.id(), point.x(), point.y()) + tuple(attributes[i] for i in indexes))
        if len(rows) >= chunk:
            if feedback is not None:
                if feedback.isCanceled():
                    yield None
                    return
                feedback.setProgress(min(50.0, 50.0 * rows[-1][0] / total))
            yield rows
            rows = []
    yield rows


def _stored_rows(stored, columns, subset, feedback, strip):
    """Lists of (fid, x, y, *columns) of a stored layer's points, read by its store in strips of about ``strip`` points
    west to east (each point once: a strip takes its western edge, the last also its eastern one). ``stored``:
    (series.LayerSeries, the layer's extent as (xmin, ymin, xmax, ymax), its number of points)."""
    series, (xmin, ymin, xmax, ymax), count = stored
    n = max(1, int(np.ceil(count / strip)))
    edges = np.linspace(xmin, xmax, n + 1)
    for k in range(n):
        if feedback is not None:
            if feedback.isCanceled():
                yield None
                return
            feedback.setProgress(50.0 * k / n)
        rows = series.points_in((edges[k], ymin, edges[k + 1], ymax), columns, subset)
        yield rows if k == n - 1 else [row for row in rows if row[1] < edges[k + 1]]


def settings_said(found: dict) -> list:
    """A line a geometry: the threshold, radius and moving points used (for Processing's log and the dock)."""
    return [tr("{geometry}: threshold {t:.2f} mm/year (robust sigma {s:.2f}), radius {r:.0f} m (spacing {d:.0f} m), "
               "{m} moving points.").format(geometry=label or tr("all points"), t=used["threshold"], s=used["sigma"],
                                            r=used["radius"], d=used["spacing"], m=used["moving"])
            for label, used in found["settings"].items()]


def median_velocities(found: dict, velocity) -> list:
    return [ada.area_statistics(a, velocity)["median_velocity"] for a in found["areas"]]


def _float(value) -> float:
    """A field's value as a float, NaN for NULL or text."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else np.nan


def _floats(column) -> np.ndarray:
    """A column's values as floats, NaN for NULL (None, QGIS's NULL) or text: numpy converts a column of numbers at
    once; a column with others, a value at a time."""
    try:
        return np.array(column, dtype=np.float64)
    except (TypeError, ValueError):
        return np.array([_float(v) for v in column], dtype=np.float64)


def _number(value: float, digits: int):
    return None if value != value else round(value, digits)


def members_of(layer, area) -> list:
    """The feature ids of ``layer``'s points (an EGMS layer) that make the area ``area`` (a feature of
    area_fields(), in the layer's CRS): inside its outline, of its geometry, moving its way at least as fast as its
    threshold: the points it was found from, for the plot's mean series and the attribute table's selection."""
    names = layer.fields().names()
    told = [n for n in GEOMETRY_FIELDS if n in names]
    outline = area.geometry()
    request = QgsFeatureRequest().setFilterRect(outline.boundingBox())
    request.setSubsetOfAttributes(["mean_velocity"] + told, layer.fields())
    sign = -1.0 if area["median_velocity"] < 0 else 1.0
    found = []
    for f in layer.getFeatures(request):
        v = _float(f["mean_velocity"])
        if not (v * sign >= area["threshold"]) or not f.hasGeometry() or not outline.contains(f.geometry()):
            continue
        if geometry_of(layer.name(), {n: f[n] for n in told}).label == (area["geometry"] or ""):
            found.append(f.id())
    return found
