"""Processing: clms_egms:filter_velocity, EGMS points by velocity, quality and area."""
from qgis.core import (QgsFeatureSink, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber)

from ..core.egms.analysis import VelocityFilter
from ..core.egms.clip import features_polygon
from ..core.egms.filtering import filter_expression, matching_features
from ..core.egms.thresholds import THRESHOLDS
from ..core.i18n import tr
from .base import Algorithm

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
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("Points with a mean_velocity field (mm/year)."))
        for threshold in THRESHOLDS:  # the dock's Analysis tab offers the same, in the same words
            title = "{} ({})".format(threshold.label(), threshold.unit())
            self.add(QgsProcessingParameterNumber(threshold.parameter, title, QgsProcessingParameterNumber.Type.Double,
                                                  optional=True), threshold.help())
        self.add(QgsProcessingParameterFeatureSource("AREA", tr("Only inside these polygons"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 tr("Optional: keep only points inside these polygons (or their selected features)."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Filtered points"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 tr("The points that pass the filter, with all their attributes."))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Points kept")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        values = {}
        for threshold in THRESHOLDS:
            if parameters.get(threshold.parameter) not in (None, ""):
                values[threshold.key] = self.parameterAsDouble(parameters, threshold.parameter, context)
        expression = filter_expression(VelocityFilter(**values), source.fields().names(), tr("The layer"))
        area = self.parameterAsSource(parameters, "AREA", context)
        polygon = None if area is None else features_polygon(area, area.sourceCrs(), target_crs=source.sourceCrs())
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(), source.wkbType(),
                                          source.sourceCrs())
        total = source.featureCount() or 1
        kept = 0
        for i, feature in enumerate(matching_features(source, expression, polygon)):
            if feedback.isCanceled():
                break
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            kept += 1
            if i % 10000 == 0:
                feedback.setProgress(100.0 * i / total)
        feedback.pushInfo(tr("{kept} points kept.").format(kept=kept))
        if polygon is not None and not kept and not feedback.isCanceled():
            feedback.pushWarning(tr("No point passed inside the area: check that it covers the points (and the "
                                    "thresholds)."))
        return {"OUTPUT": dest, "COUNT": kept}
