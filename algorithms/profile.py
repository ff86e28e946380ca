"""Processing: clms_egms:profile, the EGMS points in a corridor along a line, with their distance along it."""
import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsFields,
                       QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterDateTime,
                       QgsProcessingParameterDistance,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource)

from ..core import compat
from ..core.egms.analysis import between_many
from ..core.egms.profile import project
from ..core.errors import PluginError
from ..core.i18n import tr
from .base import Algorithm


class Profile(Algorithm):
    NAME = "profile"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Profile of EGMS points along a line")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("The EGMS points within a corridor along the first line of the line layer (its selection, if "
                  "ticked), each with distance_m (along the line from its first vertex), offset_m (from the line, "
                  "left positive), its mean velocity and, with two dates, disp_mm, the displacement between the "
                  "acquisitions nearest them (across an event: its step). Sorted by distance: plot velocity or "
                  "displacement against distance_m for a cross-section of the ground.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("An imported EGMS layer, or an EGMS CSV loaded as delimited text."))
        self.add(QgsProcessingParameterFeatureSource("LINE", tr("Profile line"),
                                                     [QgsProcessing.SourceType.TypeVectorLine]),
                 tr("The profile follows the first line of this layer."))
        self.add(QgsProcessingParameterDistance("WIDTH", tr("Corridor width"), 200.0, "INPUT", minValue=0.01),
                 tr("The whole width of the corridor around the line (half of it on each side)."))
        for name, label in (("START", tr("Start date")), ("END", tr("End date"))):
            self.add(QgsProcessingParameterDateTime(name, label, QgsProcessingParameterDateTime.Type.Date,
                                                     optional=True),
                     tr("Optional, with the other date: disp_mm between the acquisitions nearest the two dates."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Profile points"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 tr("The points in the corridor with distance_m, offset_m, velocity and disp_mm, by distance."))
        self.addOutput(QgsProcessingOutputNumber("POINTS", tr("Points in the corridor")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        lines = self.parameterAsSource(parameters, "LINE", context)
        width = self.parameterAsDouble(parameters, "WIDTH", context)
        start, end = self.period_of(parameters, context, both_or_neither=True)
        line = next((f.geometry() for f in lines.getFeatures() if f.hasGeometry()), None)
        if line is None or line.isEmpty():
            raise PluginError(tr("The line layer has no line."))
        line.transform(QgsCoordinateTransform(lines.sourceCrs(), source.sourceCrs(), context.transformContext()))
        vertices = [(v.x(), v.y()) for v in line.vertices()]
        features = list(source.getFeatures(QgsFeatureRequest().setFilterRect(
            line.boundingBox().buffered(width))))
        points = [f.geometry().asPoint() for f in features]
        try:
            order, along, offset = project([p.x() for p in points], [p.y() for p in points], vertices, width)
        except ValueError:
            raise PluginError(tr("The profile line needs two distinct vertices.")) from None
        chosen = [features[i] for i in order]
        disp = [None] * len(chosen)
        if start:
            series = self.series_of(parameters, "INPUT", context)
            try:
                values = {f.id(): mm_dates for f, mm_dates in series.read(chosen, skip_missing=True)}
            finally:
                series.close()
            for k, feature in enumerate(chosen):
                if feature.id() in values:
                    dates, mm = values[feature.id()]
                    d = between_many(dates, mm[None, :], start, end)[0]
                    disp[k] = None if np.isnan(d) else round(float(d), 1)
        fields = QgsFields(source.fields())
        for name in ("distance_m", "offset_m", "velocity", "disp_mm"):
            fields.append(compat.field(name, compat.DOUBLE))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(), source.sourceCrs())
        names = source.fields().names()
        for feature, a, o, d in zip(chosen, along, offset, disp):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            velocity = feature["mean_velocity"] if "mean_velocity" in names else None
            out.setAttributes(feature.attributes() + [round(float(a), 2), round(float(o), 2), velocity, d])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{n} points within {w:g} m of the line ({length:.0f} m long).").format(
            n=len(chosen), w=width / 2.0, length=line.length()))
        return {"OUTPUT": dest, "POINTS": len(chosen)}
