"""Processing: clms_egms:fit_trends, per point velocity, acceleration, seasonal amplitude and RMSE over a period."""
import numpy as np
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsFields, QgsProcessing,
                       QgsProcessingParameterDateTime, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource)

from ..core import compat
from ..core.egms.analysis import fit_many
from ..core.egms.style import diverging_renderer, nice_limit
from ..core.i18n import tr
from .base import Algorithm, StyleOnLoad

FIELDS = [("fit_vel", "velocity", 2), ("fit_acc", "acceleration", 3), ("fit_season", "seasonal_amplitude", 2),
          ("fit_rmse", "rmse", 2)]
BATCH = 5000


class FitTrends(Algorithm):
    NAME = "fit_trends"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Fit trends to EGMS time series")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("For each EGMS point, fits d = d0 + v·t + ½·a·t² + s·sin(2πt) + c·cos(2πt) to its displacement "
                  "series over the chosen period (the whole series by default) and adds fit_vel (velocity, "
                  "mm/year), fit_acc (acceleration, mm/year²), fit_season (seasonal amplitude, mm), fit_rmse "
                  "(residual RMSE, mm) and fit_n (values used). With an event date (an earthquake, a dike "
                  "intrusion), a step at that date is fitted too and written as fit_step_mm (mm), so that it can be "
                  "mapped. Points with fewer than 6 values in the period get empty fields. Works on imported layers "
                  "and on the CSV loaded as delimited text.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("An imported EGMS layer, or an EGMS CSV loaded as delimited text (its selection, if ticked)."))
        for name, label, which in (("START", tr("Period start"), tr("first")), ("END", tr("Period end"), tr("last"))):
            self.add(QgsProcessingParameterDateTime(name, label, QgsProcessingParameterDateTime.Type.Date,
                                                     optional=True),
                     tr("Optional: the {which} day of the period to fit; empty: the series' own.").format(
                         which=which))
        self.add(QgsProcessingParameterDateTime("EVENT", tr("Event date"), QgsProcessingParameterDateTime.Type.Date,
                                                optional=True),
                 tr("Optional: the day of a sudden event; its step is fitted with the trend and written as "
                    "fit_step_mm (the acquisitions after that day against those up to it)."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Points with trend fields"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 tr("The input points with fit_vel, fit_acc, fit_season, fit_rmse and fit_n added."))

    def process(self, parameters, context, feedback):
        series = self.series_of(parameters, "INPUT", context)
        start, end = self.period_of(parameters, context)
        event = self.date_of(parameters, "EVENT", context)
        events = [event] if event else []
        source = self.parameterAsSource(parameters, "INPUT", context)
        fields = QgsFields(source.fields())
        for name, _key, _digits in FIELDS:
            fields.append(compat.field(name, compat.DOUBLE))
        fields.append(compat.field("fit_n", compat.INT))
        if event:
            fields.append(compat.field("fit_step_mm", compat.DOUBLE))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(), source.sourceCrs())
        groups = {}  # the points of one date sampling are fitted together
        total, done = source.featureCount() or 1, 0
        shown = []  # the values the output is styled by: the event's step, else the velocity

        def flush(key):
            dates, features, rows = groups.pop(key)
            fits = fit_many(dates, np.array(rows), start, end, events)
            for i, feature in enumerate(features):
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                values = [None if np.isnan(fits[k][i]) else round(float(fits[k][i]), d) for _n, k, d in FIELDS]
                steps = [None if np.isnan(fits["steps"][event][i]) else round(float(fits["steps"][event][i]), 1)
                         for event in events]
                out.setAttributes(feature.attributes() + values + [int(fits["n"][i])] + steps)
                sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
                shown.append(steps[0] if events else values[0])

        try:
            for feature, (dates, mm) in series.read(source.getFeatures(QgsFeatureRequest())):
                if feedback.isCanceled():
                    break
                key = dates.tobytes()
                group = groups.setdefault(key, (dates, [], []))
                group[1].append(feature)
                group[2].append(mm)
                if len(group[1]) >= BATCH:
                    flush(key)
                done += 1
                if done % 2000 == 0:
                    feedback.setProgress(100.0 * done / total)
            for key in list(groups):
                flush(key)
        finally:
            series.close()
        self.style_on_load(context, dest, "fit_step_mm" if event else "fit_vel", shown,
                           tr("mm") if event else tr("mm/year"))
        return {"OUTPUT": dest}

    @staticmethod
    def style_on_load(context, dest, field, values, unit):
        """The output, once Processing loads it, styled on ``field`` with the diverging ramp of the velocity style
        (its limit a round robust spread of ``values``): the step of the event mapped at once, else the velocity
        (it arrived in one colour, its styling left to the trainer)."""
        if not context.willLoadLayerOnCompletion(dest):
            return
        limit = nice_limit([v for v in values if v is not None])
        context.layerToLoadOnCompletionDetails(dest).setPostProcessor(StyleOnLoad.create(
            lambda layer: (layer.setRenderer(diverging_renderer(field, limit, unit)), layer.triggerRepaint())))
