"""Processing: clms_egms:active_deformation_areas, the active deformation areas of an EGMS point layer
(core.egms.ada): outlined, described, styled by velocity and labelled; their points flagged with their area."""
import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsFeatureRequest,
                       QgsFeatureSink, QgsFields, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterDistance, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber, QgsWkbTypes)

from ..core import compat
from ..core.egms import ada
from ..core.egms.geometry import GEOMETRY_FIELDS, geometry_of
from ..core.egms.style import apply_area_style, nice_limit
from ..core.errors import PluginError
from ..core.i18n import tr
from .base import Algorithm, StyleOnLoad

AREA_FIELDS = (("ada_id", compat.INT), ("geometry", compat.STRING), ("motion", compat.STRING),
               ("n_points", compat.INT), ("mean_velocity", compat.DOUBLE), ("median_velocity", compat.DOUBLE),
               ("max_velocity", compat.DOUBLE), ("mean_abs_acceleration", compat.DOUBLE), ("area_m2", compat.DOUBLE),
               ("quality", compat.INT), ("quality_score", compat.DOUBLE), ("consistency", compat.DOUBLE),
               ("noisy_share", compat.DOUBLE), ("threshold", compat.DOUBLE), ("radius_m", compat.DOUBLE))
METRIC = QgsCoordinateReferenceSystem("EPSG:3035")  # where a layer in degrees is measured


class ActiveDeformationAreas(Algorithm):
    NAME = "active_deformation_areas"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Active deformation areas")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("The active deformation areas (ADA) of EGMS points, as ADAfinder and ADAtools find them (Barra et "
                  "al. 2017; Tomás et al. 2019; Navarro et al. 2020): the points moving faster than a stability "
                  "threshold, clustered by distance, each cluster of enough points, surrounded mostly by points "
                  "moving with it, an area. One viewing geometry at a time (two tracks, or L3 up and east, are "
                  "never pooled), subsidence and uplift apart. By default the threshold is twice the robust "
                  "standard deviation of the geometry's velocities and the radius twice the points' typical "
                  "spacing. Each area: its outline hugging its points, the number of points, the mean, median and "
                  "largest velocity, the mean |acceleration|, its area, and a quality index from 1 (best) to 4 "
                  "(the spatial consistency of its velocities and the share of its points with noisy series, "
                  "rmse_ts).")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("Points with a mean_velocity field (mm/year): an imported EGMS layer (L2a, L2b, L3) or its "
                    "CSV."))
        self.add(QgsProcessingParameterNumber("THRESHOLD", tr("Stability threshold (mm/year; empty: from the data)"),
                                              QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0),
                 tr("Points at least this fast (either way) are moving. Empty: twice the robust standard deviation "
                    "of each geometry's velocities."))
        self.add(QgsProcessingParameterDistance("RADIUS", tr("Clustering radius (0: from the data)"), 0.0, "INPUT",
                                                minValue=0.0),
                 tr("Moving points this close join one area. 0: twice the points' typical spacing."))
        self.add(QgsProcessingParameterNumber("MIN_POINTS", tr("Fewest points in an area"),
                                              QgsProcessingParameterNumber.Type.Integer, ada.FEWEST, minValue=2),
                 tr("Clusters of fewer moving points are no area."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Active deformation areas"),
                                                   QgsProcessing.SourceType.TypeVectorPolygon),
                 tr("A polygon per area with ada_id, geometry, motion, n_points, mean/median/max velocity, "
                    "mean_abs_acceleration, area_m2, quality (1 best to 4), quality_score, consistency, "
                    "noisy_share, and the threshold and radius used."))
        self.add(QgsProcessingParameterFeatureSink("POINTS", tr("Points of the areas"),
                                                   QgsProcessing.SourceType.TypeVectorPoint, optional=True,
                                                   createByDefault=False),
                 tr("Optional: the areas' points, with all their attributes and ada_id."))
        self.addOutput(QgsProcessingOutputNumber("AREAS", tr("Areas found")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        names = source.fields().names()
        if "mean_velocity" not in names:
            raise PluginError(tr("{layer} has no mean_velocity field: choose an EGMS point layer.").format(
                layer=source.sourceName()))
        layer = self.layer_of(parameters, "INPUT", context)
        layer_name = layer.name() if layer is not None else source.sourceName()
        crs = source.sourceCrs()
        to_metric = QgsCoordinateTransform(crs, METRIC, context.transformContext()) if crs.isGeographic() else None
        points = self._points(source, names, layer_name, to_metric, feedback)
        if points is None:
            return {"OUTPUT": None, "POINTS": None, "AREAS": 0}
        fids, x, y, velocity, acceleration, noise, labels = points
        threshold = parameters.get("THRESHOLD")
        threshold = None if threshold in (None, "") else self.parameterAsDouble(parameters, "THRESHOLD", context)
        radius = self.parameterAsDouble(parameters, "RADIUS", context) or None
        feedback.setProgressText(tr("Clustering {n} points").format(n=len(fids)))
        found = ada.find_areas(x, y, velocity, labels, threshold, radius,
                               self.parameterAsInt(parameters, "MIN_POINTS", context), noise)
        feedback.setProgress(60)
        for label, used in found["settings"].items():
            feedback.pushInfo(tr("{geometry}: threshold {t:.2f} mm/year (robust sigma {s:.2f}), radius {r:.0f} m "
                                 "(spacing {d:.0f} m), {m} moving points.").format(
                geometry=label or tr("all points"), t=used["threshold"], s=used["sigma"], r=used["radius"],
                d=used["spacing"], m=used["moving"]))
        fields = QgsFields()
        for name, kind in AREA_FIELDS:
            fields.append(compat.field(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        back = QgsCoordinateTransform(METRIC, crs, context.transformContext()) if to_metric is not None else None
        for k, area in enumerate(found["areas"]):
            if feedback.isCanceled():
                break
            used = found["settings"][area["geometry"]]
            members = area["members"]
            polygon = ada.outline(x[members], y[members], used["radius"], used["spacing"])
            square_metres = polygon.area()
            if back is not None:
                polygon.transform(back)
            polygon.convertToMultiType()
            stats = ada.area_statistics(area, velocity, acceleration)
            feature = QgsFeature(fields)
            feature.setGeometry(polygon)
            feature.setAttributes([
                area["id"], area["geometry"], tr("down / away") if area["sign"] < 0 else tr("up / towards"),
                stats["n"], round(stats["mean_velocity"], 2), round(stats["median_velocity"], 2),
                round(stats["max_velocity"], 2), _number(stats["mean_abs_acceleration"], 3), round(square_metres, 1),
                area["quality"], round(area["score"], 3), round(area["consistency"], 3), round(area["noisy_share"], 3),
                round(used["threshold"], 3), round(used["radius"], 1)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(60 + 35 * (k + 1) / max(1, len(found["areas"])))
        points_dest = self._flag_points(parameters, context, source, fids, found["area"])
        feedback.pushInfo(tr("{n} active deformation areas.").format(n=len(found["areas"])))
        if context.willLoadLayerOnCompletion(dest):
            limit = nice_limit([ada.area_statistics(a, velocity)["median_velocity"] for a in found["areas"]])
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(StyleOnLoad.create(
                lambda loaded: apply_area_style(loaded, limit)))
        return {"OUTPUT": dest, "POINTS": points_dest, "AREAS": len(found["areas"])}

    @staticmethod
    def _points(source, names, layer_name, to_metric, feedback):
        """(fids, x, y, velocity, acceleration or None, rmse_ts or None, geometry labels) of the source's points
        (in metres), None when cancelled."""
        wanted = ["mean_velocity"] + [n for n in ("acceleration", "rmse_ts") + GEOMETRY_FIELDS if n in names]
        request = QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields())
        told = [n for n in GEOMETRY_FIELDS if n in names]
        labels_of = {}  # a geometry's label for each combination of the fields that tell it
        total = source.featureCount() or 1
        fids, xs, ys, v, acc, rmse, labels = [], [], [], [], [], [], []
        for k, f in enumerate(source.getFeatures(request)):
            if k % 20000 == 0:
                if feedback.isCanceled():
                    return None
                feedback.setProgress(50.0 * k / total)
            if not f.hasGeometry():
                continue
            point = f.geometry().asPoint() if to_metric is None else to_metric.transform(f.geometry().asPoint())
            key = tuple(f[n] for n in told)
            if key not in labels_of:
                labels_of[key] = geometry_of(layer_name, dict(zip(told, key))).label
            fids.append(f.id())
            xs.append(point.x())
            ys.append(point.y())
            v.append(_float(f["mean_velocity"]))
            acc.append(_float(f["acceleration"]) if "acceleration" in names else np.nan)
            rmse.append(_float(f["rmse_ts"]) if "rmse_ts" in names else np.nan)
            labels.append(labels_of[key])
        return (np.array(fids, dtype=np.int64), np.array(xs), np.array(ys), np.array(v, dtype=np.float64),
                np.array(acc, dtype=np.float64) if "acceleration" in names else None,
                np.array(rmse, dtype=np.float64) if "rmse_ts" in names else None, labels)

    def _flag_points(self, parameters, context, source, fids, area_of):
        """The POINTS output, when asked for: the areas' points with their attributes and ada_id."""
        fields = QgsFields(source.fields())
        fields.append(compat.field("ada_id", compat.INT))
        sink, dest = self.parameterAsSink(parameters, "POINTS", context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            return None
        in_area = {int(f): int(a) for f, a in zip(fids, area_of) if a > 0}
        if in_area:
            for feature in source.getFeatures(QgsFeatureRequest().setFilterFids(sorted(in_area))):
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                out.setAttributes(feature.attributes() + [in_area[feature.id()]])
                sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest


def _float(value):
    """A field's value as a float, NaN for NULL or text."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else np.nan


def _number(value, digits):
    return None if value != value else round(value, digits)
