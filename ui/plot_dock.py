"""The time-series plot: pick EGMS points on the map, compare their displacement over time, export."""
import csv
import os

from qgis.core import Qgis, QgsCoordinateTransform, QgsProject
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtWidgets import (QCheckBox, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                                 QToolButton, QVBoxLayout, QWidget)

from ..core.egms.series import LayerSeries, key_attributes, nearest_feature
from ..core.i18n import tr
from .messages import notify

PICK_RADIUS_PX = 8
LABELS = {"mean_velocity": "v", "mean_velocity_std": "±", "acceleration": "a", "seasonality": "season",
          "temporal_coherence": "coh", "height_ortho": "h"}


class PlotDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("EGMS time series"), parent)
        self.setObjectName("ClmsEgmsPlotDock")
        self.iface = iface
        self.curves = []  # dicts: layer, pid, dates, mm, attributes
        self._series = {}  # layer id -> LayerSeries
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg  # loaded when first needed
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 3), tight_layout=True)
        self.axes = self.figure.add_subplot(111)
        self.plot_canvas = FigureCanvasQTAgg(self.figure)

        self.pickButton = QToolButton()
        self.pickButton.setText(tr("Pick points"))
        self.pickButton.setToolTip(tr("Click EGMS points on the map to plot their displacement"))
        self.pickButton.setCheckable(True)
        self.keepBox = QCheckBox(tr("Keep previous"))
        self.keepBox.setToolTip(tr("Add each picked point to the plot instead of replacing it"))
        self.clearButton = QPushButton(tr("Clear"))
        self.figureButton = QPushButton(tr("Save figure…"))
        self.csvButton = QPushButton(tr("Save series…"))
        self.info = QLabel(tr("Select an EGMS layer in the Layers panel, then click its points on the map."))
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        for w in (self.pickButton, self.keepBox, self.clearButton, self.figureButton, self.csvButton):
            row.addWidget(w)
        row.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(row)
        layout.addWidget(self.plot_canvas, 1)
        layout.addWidget(self.info)
        self.setWidget(body)

        self.tool = QgsMapToolEmitPoint(iface.mapCanvas())
        self.tool.canvasClicked.connect(lambda point, _button: self.pick_at(point))
        self.tool.deactivated.connect(lambda: self.pickButton.setChecked(False))
        self.pickButton.toggled.connect(self._pick_toggled)
        self.clearButton.clicked.connect(self.clear)
        self.figureButton.clicked.connect(self._save_figure)
        self.csvButton.clicked.connect(self._save_series)
        self.redraw()

    def _pick_toggled(self, on):
        canvas = self.iface.mapCanvas()
        if on:
            canvas.setMapTool(self.tool)
        elif canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)

    def start_picking(self):
        self.show()
        self.raise_()
        self.pickButton.setChecked(True)

    def series_of(self, layer):
        if layer.id() not in self._series:
            self._series[layer.id()] = LayerSeries.for_layer(layer)
        return self._series[layer.id()]

    def pick_at(self, map_point):
        """Plot the EGMS point of the active layer nearest to ``map_point`` (map canvas CRS)."""
        layer = self.iface.activeLayer()
        reader = self.series_of(layer) if layer is not None and layer.type() == layer.VectorLayer else None
        if reader is None:
            notify(self.iface, tr("Select an EGMS point layer in the Layers panel first."), Qgis.Warning)
            return None
        canvas = self.iface.mapCanvas()
        to_layer = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), layer.crs(), QgsProject.instance())
        point = to_layer.transform(map_point)
        edge = to_layer.transform(map_point.x() + canvas.mapUnitsPerPixel() * PICK_RADIUS_PX, map_point.y())
        radius = max(abs(edge.x() - point.x()), abs(edge.y() - point.y()))
        feature = nearest_feature(layer, point, radius)
        if feature is None:
            self.info.setText(tr("No EGMS point of {layer} within {n} pixels of the click.").format(
                layer=layer.name(), n=PICK_RADIUS_PX))
            return None
        dates, mm = reader.series(feature)
        attributes = key_attributes(feature)
        if not self.keepBox.isChecked():
            self.curves = []
        self.curves.append({"layer": layer.name(), "pid": str(feature["pid"]) if "pid" in feature.fields().names()
                            else str(feature.id()), "dates": dates, "mm": mm, "attributes": attributes})
        self.redraw()
        return self.curves[-1]

    def clear(self):
        self.curves = []
        self.redraw()

    def redraw(self):
        ax = self.axes
        ax.clear()
        for curve in self.curves:
            ax.plot(curve["dates"], curve["mm"], marker=".", markersize=3, linewidth=0.8,
                    label="{} ({})".format(curve["pid"], describe(curve["attributes"])))
        ax.set_ylabel(tr("Displacement (mm)"))
        ax.grid(True, alpha=0.3)
        if self.curves:
            ax.axhline(0, color="0.5", linewidth=0.6)
            ax.legend(fontsize="small", loc="best")
            ax.set_title(self.curves[-1]["layer"], fontsize="medium")
            self.info.setText("; ".join("{}: {}".format(c["pid"], describe(c["attributes"], long=True))
                                        for c in self.curves))
        self.figure.autofmt_xdate()
        self.plot_canvas.draw_idle()

    def export_figure(self, path):
        self.figure.savefig(path, dpi=150)

    def export_series(self, path):
        tmp = path + ".part"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(["layer", "pid", "date", "displacement_mm"])
            for c in self.curves:
                for d, v in zip(c["dates"], c["mm"]):
                    if v == v:  # skip dates without a value
                        out.writerow([c["layer"], c["pid"], str(d), "%.1f" % v])
        os.replace(tmp, path)

    def _save_figure(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save figure"), "", tr("PNG image (*.png);;SVG image (*.svg)"))
        if path:
            self.export_figure(path)
            notify(self.iface, tr("Figure saved to {path}.").format(path=path), Qgis.Success)

    def _save_series(self):
        if not self.curves:
            notify(self.iface, tr("Pick points first: there is no series to save."), Qgis.Warning)
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Save series"), "", tr("CSV files (*.csv)"))
        if path:
            self.export_series(path)
            notify(self.iface, tr("Series saved to {path}.").format(path=path), Qgis.Success)

    def unload(self):
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        for reader in self._series.values():
            if reader is not None:
                reader.close()
        self._series = {}


def describe(attributes, long=False):
    parts = []
    values = dict(attributes)
    v = values.get("mean_velocity")
    if isinstance(v, (int, float)):
        std = values.get("mean_velocity_std")
        parts.append("v {:+.1f}{} mm/yr".format(v, " ± {:.1f}".format(std) if isinstance(std, (int, float)) else ""))
    if long:
        for name in ("acceleration", "seasonality", "temporal_coherence", "height_ortho"):
            value = values.get(name)
            if isinstance(value, (int, float)):
                parts.append("{} {:g}".format(LABELS[name], value))
    return ", ".join(parts)
