"""Processing: clms_egms:export_pstsv, EGMS points to a PS Time Series Viewer Shapefile."""
import os
import shutil
import tempfile

import numpy as np
from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsFields, QgsProcessing,
                       QgsProcessingOutputNumber, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFileDestination, QgsVectorFileWriter)

from ..core import compat
from ..core.errors import PluginError
from ..core.i18n import tr
from .base import Algorithm

# Shapefile field names have at most 10 characters
SHORT_NAMES = [("pid", "pid", compat.STRING), ("mean_velocity", "vel", compat.DOUBLE),
               ("mean_velocity_std", "v_stdev", compat.DOUBLE), ("acceleration", "acc", compat.DOUBLE),
               ("seasonality", "season", compat.DOUBLE), ("temporal_coherence", "coh", compat.DOUBLE),
               ("height_ortho", "height", compat.DOUBLE)]


class ExportPstsv(Algorithm):
    NAME = "export_pstsv"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Export EGMS points for PS Time Series Viewer")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Writes EGMS points (a layer, or its selection) to a Shapefile as the PS Time Series Viewer "
                  "plugin reads it: short attribute names (pid, vel, v_stdev, acc, season, coh, height) and one "
                  "field per acquisition date named D + yyyymmdd, in mm. Points of files with other dates get no "
                  "value on the dates they lack.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("An imported EGMS layer (tick 'Selected features only' for a selection)."))
        self.add(QgsProcessingParameterFileDestination("OUTPUT", tr("Shapefile"), tr("ESRI Shapefile (*.shp)")),
                 tr("Where to write the Shapefile (with its .dbf, .shx, .prj)."))
        self.addOutput(QgsProcessingOutputNumber("POINTS", tr("Points written")))

    def process(self, parameters, context, feedback):
        series = self.series_of(parameters, "INPUT", context)
        source = self.parameterAsSource(parameters, "INPUT", context)
        out_path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not out_path.lower().endswith(".shp"):
            out_path += ".shp"
        names = source.fields().names()
        kept = [(long, short, kind) for long, short, kind in SHORT_NAMES if long in names]
        try:
            pairs = list(series.read(source.getFeatures()))
            features, rows = [f for f, _r in pairs], [r for _f, r in pairs]
        finally:
            series.close()
        if not features:
            raise PluginError(tr("No points to export."))
        dates = np.unique(np.concatenate([d for d, _v in rows]))
        fields = QgsFields()
        for _long, short, kind in kept:
            fields.append(compat.field(short, kind))
        for d in dates:
            fields.append(compat.field("D" + str(d).replace("-", ""), compat.DOUBLE))
        folder = tempfile.mkdtemp(prefix="pstsv_", dir=os.path.dirname(os.path.abspath(out_path)))
        try:
            tmp = os.path.join(folder, os.path.basename(out_path))
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "ESRI Shapefile"
            options.fileEncoding = "UTF-8"
            writer = QgsVectorFileWriter.create(tmp, fields, source.wkbType(), source.sourceCrs(),
                                                QgsCoordinateTransformContext(), options)
            if writer.hasError():
                raise PluginError(tr("Could not write {path}: {error}").format(path=out_path,
                                                                               error=writer.errorMessage()))
            index = {d: i for i, d in enumerate(dates)}
            for n, (feature, (d, mm)) in enumerate(zip(features, rows)):
                values = [None] * len(dates)
                for day, v in zip(d, mm):
                    if v == v:
                        values[index[day]] = float(v)
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                out.setAttributes([feature[long] for long, _s, _k in kept] + values)
                writer.addFeature(out)
                if n % 2000 == 0:
                    feedback.setProgress(100.0 * n / len(features))
            del writer  # closes the files
            stem = os.path.splitext(os.path.basename(out_path))[0]
            for name in os.listdir(folder):  # complete: move every part into place
                os.replace(os.path.join(folder, name),
                           os.path.join(os.path.dirname(os.path.abspath(out_path)), stem + os.path.splitext(name)[1]))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        feedback.pushInfo(tr("{n} points, {d} dates written to {path}.").format(n=len(features), d=len(dates),
                                                                               path=out_path))
        return {"OUTPUT": out_path, "POINTS": len(features)}
