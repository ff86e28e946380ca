"""Processing: clms_egms:filter_velocity, EGMS points by velocity, quality and area."""
from qgis.core import (QgsFeatureSink, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber)

from ..core.egms.analysis import VelocityFilter
from ..core.egms.clip import features_polygon
from ..core.egms.filtering import filter_expression, matching_features
from ..core.i18n import tr
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
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("Points with a mean_velocity field (mm/year)."))
        for name, _attr, label, help_text in THRESHOLDS:
            self.add(QgsProcessingParameterNumber(name, tr(label), QgsProcessingParameterNumber.Type.Double,
                                                   optional=True),
                     tr(help_text))
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
        for name, attr, _label, _help in THRESHOLDS:
            if parameters.get(name) not in (None, ""):
                values[attr] = self.parameterAsDouble(parameters, name, context)
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
