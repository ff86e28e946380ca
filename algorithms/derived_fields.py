"""Processing: clms_egms:derived_fields, displacement between two dates and velocity over that period."""
import numpy as np
from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields, QgsProcessing,
                       QgsProcessingParameterDateTime, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource)

from ..core import compat
from ..core.egms.analysis import displacement_between, velocity_over
from ..core.i18n import tr
from .base import Algorithm


class DerivedFields(Algorithm):
    NAME = "derived_fields"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Add displacement and velocity over a period")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("For each EGMS point: disp_mm, the displacement (mm) from the acquisition nearest the start date "
                  "to the one nearest the end date, and vel_mm_yr, the velocity (mm/year) of a linear fit to the "
                  "series between the two dates. The output holds the input's points and fields plus these two. "
                  "Works on imported layers and on the CSV loaded as delimited text.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("An imported EGMS layer, or an EGMS CSV loaded as delimited text."))
        for name, label in (("START", tr("Start date")), ("END", tr("End date"))):
            self.add(QgsProcessingParameterDateTime(name, label, QgsProcessingParameterDateTime.Type.Date),
                     tr("The period's {which} (the nearest acquisition is used for the displacement).").format(
                         which=tr("first day") if name == "START" else tr("last day")))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Points with derived fields"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 tr("The input points with disp_mm and vel_mm_yr added."))

    def process(self, parameters, context, feedback):
        series = self.series_of(parameters, "INPUT", context)
        start, end = self.period_of(parameters, context)  # both required by their parameters
        source = self.parameterAsSource(parameters, "INPUT", context)
        fields = QgsFields(source.fields())
        fields.append(compat.field("disp_mm", compat.DOUBLE))
        fields.append(compat.field("vel_mm_yr", compat.DOUBLE))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(), source.sourceCrs())
        total = source.featureCount() or 1
        try:
            for i, (feature, (dates, mm)) in enumerate(series.read(source.getFeatures())):
                if feedback.isCanceled():
                    break
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                disp, vel = displacement_between(dates, mm, start, end), velocity_over(dates, mm, start, end)
                out.setAttributes(feature.attributes() + [None if np.isnan(disp) else round(disp, 1),
                                                          None if np.isnan(vel) else round(vel, 2)])
                sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
                if i % 5000 == 0:
                    feedback.setProgress(100.0 * i / total)
        finally:
            series.close()
        return {"OUTPUT": dest}
