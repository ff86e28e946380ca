"""Processing: clms_egms:export_timeseries, point series of an imported layer to CSV."""
import re

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ..core.egms.export import export_series_csv
from ..core.egms.stored_layer import stored_layer
from ..core.errors import PluginError
from ..core.i18n import tr
from .base import Algorithm


class ExportTimeseries(Algorithm):
    NAME = "export_timeseries"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Export EGMS time series to CSV")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Writes the displacement time series of points of an imported EGMS layer to a CSV file with the "
                  "columns pid, date, displacement_mm (one row per point and date). The points are the given pids, "
                  "or else every feature of the input (tick 'Selected features only' for a selection).")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("Imported EGMS layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("A layer made by 'Import EGMS files into GeoPackage'."))
        self.add(QgsProcessingParameterString("PIDS", tr("Point ids (pid), separated by commas, spaces or new lines"),
                                              multiLine=True, optional=True),
                 tr("Optional: export these points; empty exports the input's features."))
        self.add(QgsProcessingParameterFileDestination("OUTPUT", tr("CSV file"), tr("CSV files (*.csv)")),
                 tr("Where to write the series."))
        self.addOutput(QgsProcessingOutputNumber("POINTS", tr("Points written")))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows written")))

    def process(self, parameters, context, feedback):
        layer = self.layer_of(parameters, "INPUT", context)
        stored = stored_layer(layer)
        if stored is None:
            raise PluginError(tr("{layer} is not a layer made by the EGMS import (no time series stored with it).")
                              .format(layer=layer.name() if layer else parameters.get("INPUT")))
        text = self.parameterAsString(parameters, "PIDS", context) or ""
        pids = [p for p in re.split(r"[\s,;]+", text) if p]
        if not pids:
            source = self.parameterAsSource(parameters, "INPUT", context)
            pids = [f["pid"] for f in source.getFeatures()]
        out = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        written = export_series_csv(stored, pids, out, feedback)
        if written is None:  # cancelled: no file was written
            return {}
        points, rows, unknown = written
        if unknown:
            feedback.reportError(tr("{n} pids are not in {layer}: {pids}").format(
                n=len(unknown), layer=stored.name, pids=", ".join(unknown[:20])))
        feedback.pushInfo(tr("{points} points, {rows} rows written to {path}.").format(points=points, rows=rows,
                                                                                        path=out))
        return {"OUTPUT": out, "POINTS": points, "ROWS": rows}
