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
    (each point's viewing geometry)."""

    def __init__(self, source, layer_name: str, context: Optional[QgsCoordinateTransformContext] = None,
                 feedback=None):
        names = source.fields().names()
        if "mean_velocity" not in names:
            raise PluginError(tr("{layer} has no mean_velocity field: choose an EGMS point layer.").format(
                layer=layer_name))
        self.crs = source.sourceCrs()
        context = context or QgsCoordinateTransformContext()
        self.to_metric = QgsCoordinateTransform(self.crs, METRIC, context) if self.crs.isGeographic() else None
        self.back = QgsCoordinateTransform(METRIC, self.crs, context) if self.crs.isGeographic() else None
        wanted = ["mean_velocity"] + [n for n in ("acceleration", "rmse_ts") + GEOMETRY_FIELDS if n in names]
        request = QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields())
        told = [n for n in GEOMETRY_FIELDS if n in names]
        labels_of = {}  # a geometry's label for each combination of the fields that tell it
        total = source.featureCount() or 1
        fids, xs, ys, v, acc, rmse, self.labels = [], [], [], [], [], [], []
        self.cancelled = False
        for k, f in enumerate(source.getFeatures(request)):
            if feedback is not None and k % 20000 == 0:
                if feedback.isCanceled():
                    self.cancelled = True
                    break
                feedback.setProgress(50.0 * k / total)
            if not f.hasGeometry():
                continue
            point = f.geometry().asPoint()
            if self.to_metric is not None:
                point = self.to_metric.transform(point)
            key = tuple(f[n] for n in told)
            if key not in labels_of:
                labels_of[key] = geometry_of(layer_name, dict(zip(told, key))).label
            fids.append(f.id())
            xs.append(point.x())
            ys.append(point.y())
            v.append(_float(f["mean_velocity"]))
            acc.append(_float(f["acceleration"]) if "acceleration" in names else np.nan)
            rmse.append(_float(f["rmse_ts"]) if "rmse_ts" in names else np.nan)
            self.labels.append(labels_of[key])
        self.fids = np.array(fids, dtype=np.int64)
        self.x, self.y = np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)
        self.velocity = np.array(v, dtype=np.float64)
        self.acceleration = np.array(acc, dtype=np.float64) if "acceleration" in names else None
        self.noise = np.array(rmse, dtype=np.float64) if "rmse_ts" in names else None

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
