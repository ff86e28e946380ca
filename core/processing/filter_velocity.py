"""Processing: clms_egms:filter_velocity, EGMS points by velocity, quality and area."""
from qgis.core import (QgsFeatureRequest, QgsFeatureSink, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber)

from ..egms.analysis import VelocityFilter
from ..egms.clip import features_polygon
from ..errors import PluginError
from ..i18n import tr
from .base import Algorithm

THRESHOLDS = [
    ("MIN_VELOCITY", "min_velocity", "Minimum mean velocity (mm/year)",
     "Keep points moving at least this fast towards the satellite (or up); negative values are away/down."),
    ("MAX_VELOCITY", "max_velocity", "Maximum mean velocity (mm/year)",
     "Keep points whose mean velocity is at most this, e.g. -2 for subsidence faster than 2 mm/year."),
    ("MIN_ABS_VELOCITY", "min_abs_velocity", "Minimum |mean velocity| (mm/year)",
     "Keep points moving at least this fast in either direction."),
    ("MAX_VELOCITY_STD", "max_velocity_std", "Maximum velocity standard deviation (mm/year)",
     "Keep points whose velocity is known at least this well."),
    ("MIN_COHERENCE", "min_coherence", "Minimum temporal coherence (0-1)",
     "Keep points at least this coherent (L2 products only)."),
]


class FilterVelocity(Algorithm):
    NAME = "filter_velocity"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Filter EGMS points by velocity")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Keeps the EGMS points that pass every threshold given (empty thresholds are ignored), and "
                  "optionally only those inside polygons. Works on imported layers and on EGMS layers loaded from "
                  "the CSV, as long as they carry mean_velocity (and mean_velocity_std, temporal_coherence for "
                  "those thresholds).")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        p = QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                [QgsProcessing.SourceType.TypeVectorPoint])
        p.setHelp(tr("Points with a mean_velocity field (mm/year)."))
        self.addParameter(p)
        for name, _attr, label, help_text in THRESHOLDS:
            p = QgsProcessingParameterNumber(name, tr(label), QgsProcessingParameterNumber.Type.Double, optional=True)
            p.setHelp(tr(help_text))
            self.addParameter(p)
        p = QgsProcessingParameterFeatureSource("AREA", tr("Only inside these polygons"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Optional: keep only points inside these polygons (or their selected features)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink("OUTPUT", tr("Filtered points"), QgsProcessing.SourceType.TypeVectorPoint)
        p.setHelp(tr("The points that pass the filter, with all their attributes."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Points kept")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        values = {}
        for name, attr, _label, _help in THRESHOLDS:
            if parameters.get(name) not in (None, ""):
                values[attr] = self.parameterAsDouble(parameters, name, context)
        try:
            expression = VelocityFilter(**values).expression(source.fields().names())
        except KeyError as missing:
            raise PluginError(tr("The layer has no {field} field, needed for that threshold.").format(
                field=missing.args[0])) from None
        request = QgsFeatureRequest()
        if expression:
            request.setFilterExpression(expression)
        area = self.parameterAsSource(parameters, "AREA", context)
        if area is not None:
            polygon = features_polygon(area, area.sourceCrs(), target_crs=source.sourceCrs())
            request.setFilterRect(polygon.boundingBox())
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(), source.wkbType(),
                                          source.sourceCrs())
        total = source.featureCount() or 1
        kept = 0
        engine = None
        if area is not None:
            from qgis.core import QgsGeometry

            engine = QgsGeometry.createGeometryEngine(polygon.constGet())
            engine.prepareGeometry()
        for i, feature in enumerate(source.getFeatures(request)):
            if feedback.isCanceled():
                break
            if engine is not None and not engine.intersects(feature.geometry().constGet()):
                continue
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            kept += 1
            if i % 10000 == 0:
                feedback.setProgress(100.0 * i / total)
        feedback.pushInfo(tr("{kept} points kept.").format(kept=kept))
        return {"OUTPUT": dest, "COUNT": kept}
