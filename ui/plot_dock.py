"""The time-series plot: pick EGMS points on the map, compare their displacement over time, export."""
import warnings

import numpy as np

from qgis.core import (Qgis, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsVectorLayer)
from qgis.gui import QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtCore import QDate, QTimer
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDockWidget, QLabel, QPushButton,
                                 QToolButton, QVBoxLayout, QWidget)

from ..core import guide
from ..core.egms.analysis import fit_trend
from ..core.egms.export import write_plot_csv
from ..core.egms.geometry import GEOMETRY_FIELDS, geometry_of, one_geometry
from ..core.egms.series import LayerSeries, key_attributes, nearest_feature
from ..core.i18n import tr
from ..core.log import log
from .flow_layout import FlowLayout
from .messages import notify, save_path
from .plot_layout import lay_out
from .plot_mean import SelectionMeanMixin, is_overview
from .plot_reference import ReferenceMixin
from .plot_text import describe, describe_fit, info_line, trends

# a dock squeezed small leaves no room for the axis labels: matplotlib then draws without its tight layout and
# says so each time (in QGIS's log), which tells the user nothing (the profile's axes still use it)
warnings.filterwarnings("ignore", message="Tight layout not applied", category=UserWarning)

PICK_RADIUS_PX = 8
MAX_SEPARATE = 10  # more points than this plot as their mean and envelope


class PlotDock(ReferenceMixin, SelectionMeanMixin, QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("EGMS time series"), parent)
        self.setObjectName("ClmsEgmsPlotDock")
        self.iface = iface
        self.curves = []  # dicts: layer, pid, dates, mm, attributes
        self._series = {}  # layer id -> LayerSeries
        self.fallback_layer = lambda: None  # the layer a click plots from when the active one has no series
        try:  # matplotlib 3.5+: the Qt binding QGIS runs on (PyQt5 or, QGIS 4, PyQt6); qt5agg would force PyQt5
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        except ImportError:  # older matplotlib (some QGIS 3.22 installers): Qt 5 only, as QGIS 3 is
            from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 3))  # laid out by plot_layout.lay_out: the legend in its own band
        self.legend = None
        self.axes = self.figure.add_subplot(111)
        self.plot_canvas = FigureCanvasQTAgg(self.figure)
        # never zero-sized: matplotlib's tight layout raises on a flat figure (a dock squeezed by the user)
        self.plot_canvas.setMinimumSize(240, 200)  # a profile's axes and a line of legend under the section's tools
        # laid out again for its new size once a resize settles (the legend band and the axis label are measured
        # in pixels: a dock made shorter after a redraw cut "Vertical displacement (mm" at the top)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(150)
        self._relayout.timeout.connect(self._laid_out_again)
        self.plot_canvas.mpl_connect("resize_event", lambda _event: self._relayout.start())

        self.pickButton = QToolButton()
        self.pickButton.setText(tr("Pick points"))
        self.pickButton.setToolTip(tr("Click EGMS points on the map to plot their displacement"))
        self.pickButton.setCheckable(True)
        self.keepBox = QCheckBox(tr("Keep previous"))
        self.keepBox.setToolTip(tr("Add each picked point to the plot instead of replacing it"))
        self.clearButton = QPushButton(tr("Clear"))
        self.meanButton = QPushButton(tr("Selection mean"))
        self.meanButton.setToolTip(tr("Plot the mean series of the selected points of the active layer, with their "
                                      "min/max envelope"))
        self.trendBox = QComboBox()
        for key, label in trends():
            self.trendBox.addItem(label, key)
        self.trendBox.setToolTip(tr("Fit a trend to each plotted series (least squares)"))
        self.eventBox = QCheckBox(tr("Event"))
        self.eventBox.setToolTip(tr("Fit a sudden step at the event's date with the trend (an earthquake, a dike "
                                    "intrusion): its size is shown in the legend"))
        self.eventDate = QDateEdit(QDate(2023, 11, 10))
        self.eventDate.setCalendarPopup(True)
        self.eventDate.setDisplayFormat("yyyy-MM-dd")
        self.eventDate.setToolTip(tr("The event's day: the acquisitions after it against those up to it"))
        self.referenceButton = QPushButton()
        self.referenceButton.setCheckable(True)
        self.figureButton = QPushButton(tr("Save figure…"))
        self.csvButton = QPushButton(tr("Save series…"))
        self.helpButton = QPushButton(tr("Help"))
        self.helpButton.setToolTip(tr("Open the user guide at the plot (shipped with the plugin: it opens without "
                                      "internet)"))
        self.info = QLabel(tr("Select an EGMS layer in the Layers panel, then click its points on the map."))
        self.info.setWordWrap(True)
        # the buttons wrap to the dock's width: they never force the dock, or QGIS's window, wider
        buttons = QWidget()
        row = FlowLayout(buttons)
        from .profile_panel import ProfilePanel

        self.profile = ProfilePanel(self)
        for w in [self.pickButton, self.keepBox, self.clearButton, self.meanButton, self.trendBox, self.eventBox,
                  self.eventDate, self.referenceButton] + self.profile.widgets() + [self.figureButton, self.csvButton,
                                                                               self.helpButton]:
            row.addWidget(w)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(buttons)
        layout.addWidget(self.plot_canvas, 1)
        layout.addWidget(self.info)
        self.setWidget(body)

        self.tool = QgsMapToolEmitPoint(iface.mapCanvas())
        self.tool.canvasClicked.connect(lambda point, _button: self.pick_at(point))
        self.tool.deactivated.connect(lambda: self.pickButton.setChecked(False))
        self.pickButton.toggled.connect(self._pick_toggled)
        self.clearButton.clicked.connect(self.clear)
        self.meanButton.clicked.connect(self.plot_selection_mean)
        self.trendBox.currentIndexChanged.connect(lambda _i: self.redraw())
        self.eventBox.toggled.connect(self._event_toggled)
        self.eventDate.dateChanged.connect(lambda _d: self.eventBox.isChecked() and self._event_changed())
        self.referenceButton.toggled.connect(self._reference_toggled)
        self.reference = None  # the reference point's curve, while one is set
        self._show_reference()
        self.figureButton.clicked.connect(self._save_figure)
        self.csvButton.clicked.connect(self._save_series)
        self.helpButton.clicked.connect(lambda: QDesktopServices.openUrl(guide.url(guide.ANALYSIS)))
        self.markers = []  # the plotted points, marked on the map in their curves' colours
        QgsProject.instance().cleared.connect(self.clear)  # a new project: the old points are gone
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
        """Plot the EGMS point nearest to ``map_point`` (map canvas CRS) of the active layer, or when that is no
        EGMS layer (the workshop's places, a basemap), of the Analysis tab's layer."""
        layer = self.iface.activeLayer()
        if is_overview(layer):  # a large layer's cells: the mean of the points of the one clicked
            return self.plot_cell_at(layer, map_point)
        reader = self.series_of(layer) if isinstance(layer, QgsVectorLayer) else None
        if reader is None:
            layer = self.fallback_layer()
            reader = self.series_of(layer) if isinstance(layer, QgsVectorLayer) else None
        if reader is None:
            notify(self.iface, tr("Select an EGMS point layer in the Layers panel first."), Qgis.MessageLevel.Warning)
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
        curve = self._curve(layer, reader, feature)
        if curve is None or self._refused_beside_reference([curve]):
            return None
        if not self.keepBox.isChecked():
            self.curves = []
        self.curves.append(curve)
        self.redraw()
        return curve

    def _curve(self, layer, reader, feature):
        """A feature's series as a curve to plot; None (and a message) for a point without a stored series."""
        pid = str(feature["pid"]) if "pid" in feature.fields().names() else str(feature.id())
        self.profile.rows = None  # a series is shown: the plot leaves the profile
        try:
            dates, mm = reader.series(feature)
        except KeyError:
            notify(self.iface, tr("{layer} has no displacement series for point {pid}.").format(
                layer=layer.name(), pid=pid), Qgis.MessageLevel.Warning)
            return None
        where = feature.geometry().asPoint() if feature.hasGeometry() else None
        names = feature.fields().names()
        geometry = geometry_of(layer.name(), {n: feature[n] for n in GEOMETRY_FIELDS if n in names})
        return {"layer": layer.name(), "pid": pid, "dates": dates, "mm": mm, "attributes": key_attributes(feature),
                "point": (QgsPointXY(where), layer.crs()) if where is not None else None, "geometry": geometry}

    def plot_features(self, layer, features, keep=False):
        """Plot the series of ``features`` of ``layer`` (the attribute table's rows, an identified point): each
        its own curve, or their mean with its envelope beyond MAX_SEPARATE points. ``keep``: add them to the
        curves plotted, else replace those."""
        reader = self.series_of(layer) if isinstance(layer, QgsVectorLayer) else None
        if reader is None or not features:
            return None
        self.show()
        self.raise_()
        if len(features) > MAX_SEPARATE:
            return self.plot_mean(layer, [f.id() for f in features], keep)
        curves = [c for c in (self._curve(layer, reader, f) for f in features) if c is not None]
        refused = self._refused_beside_reference(curves)
        curves = [c for c in curves if c not in refused]
        if curves:
            self.curves = (self.curves if keep else []) + curves
            self.redraw()
        return curves

    def event_date(self):
        """The event's date ('YYYY-MM-DD') while Event is ticked, else None."""
        return self.eventDate.date().toString("yyyy-MM-dd") if self.eventBox.isChecked() else None

    def _event_toggled(self, on):
        if on and not self.trendBox.currentData():  # a step is fitted with a trend: linear unless one is chosen
            self.trendBox.blockSignals(True)
            self.trendBox.setCurrentIndex(self.trendBox.findData("linear"))
            self.trendBox.blockSignals(False)
        self._event_changed()

    def _event_changed(self):
        """The event was ticked, unticked or moved: a profile shown is computed again (its step), else redrawn."""
        if self.profile.rows is not None and self.profile.current() is not None:
            self.profile.show_section(self.profile.current())
        else:
            self.redraw()

    def fit(self, curve):
        model = self.trendBox.currentData()
        if not model:
            return None
        try:
            event = self.event_date()
            return fit_trend(curve["dates"], self.plotted(curve), model, [event] if event else [])
        except ValueError:
            return None

    def clear(self):
        self.profile.clear()
        self.curves = []
        self.reference = None
        self._show_reference()
        self.redraw()

    def _laid_out_again(self):
        """The plot drawn again for its size (a timer's slot: nothing may leave it, PyQt would abort)."""
        try:
            self.redraw()
        except Exception:  # noqa: BLE001 (said in the log, the plot stays as it was)
            log.exception("The plot could not be laid out again for its new size")

    def redraw(self):
        # a profile shown: the series' own tools (keep, mean, trend, reference) out of its way, the dock's rows fewer
        for widget in (self.keepBox, self.meanButton, self.trendBox, self.referenceButton):
            widget.setVisible(self.profile.rows is None)
        self.figure.clear()  # a profile's second axes go too
        self.axes = ax = self.figure.add_subplot(111)
        if self.profile.rows is not None:
            self._mark([])
            self.legend = self.profile.draw(self.figure, ax)
            self.plot_canvas.draw_idle()
            return
        colours = []
        mixed = one_geometry([c["geometry"] for c in self.curves]) is None
        reference = self.reference["attributes"] if self.reference is not None else None
        for curve in self.curves:
            said = describe(curve["attributes"], reference=reference) if curve["attributes"] else ""
            label = curve["pid"] + (" ({})".format(said) if said else "")
            if mixed and curve["geometry"].label and curve["geometry"].label not in label:
                label += " · " + curve["geometry"].label
            line, = ax.plot(curve["dates"], self.plotted(curve), marker=".", markersize=3, linewidth=0.8,
                            label=label)
            colours.append((curve, line.get_color()))
            if "low" in curve:
                ax.fill_between(curve["dates"], self.plotted(curve, "low"), self.plotted(curve, "high"),
                                color=line.get_color(), alpha=0.15, linewidth=0, label=tr("min/max"))
            fit = self.fit(curve)
            if fit is not None:
                ax.plot(curve["dates"], fit.fitted, linestyle="--", linewidth=1.4, color=line.get_color(),
                        label=describe_fit(fit))
        if self.reference is not None and self.curves:  # the reference is plotted too: its line is 0 by definition
            ref = self.reference
            ax.plot(ref["dates"], np.where(np.isfinite(np.asarray(ref["mm"], dtype=float)), 0.0, np.nan),
                    color="black", linewidth=1.2, marker="s", markersize=2,
                    label=tr("{pid}: the reference (0 by definition)").format(pid=ref["pid"]))
        self._mark(colours)
        if self.event_date() and self.curves:
            ax.axvline(np.datetime64(self.event_date()), color="0.3", linestyle=":", linewidth=1.0,
                       label=tr("event {date}").format(date=self.event_date()))
        shared = one_geometry([c["geometry"] for c in self.curves] + (
            [self.reference["geometry"]] if self.reference is not None else []))
        ax.set_ylabel(shared.quantity if shared is not None else tr("Displacement (mm)"))
        ax.grid(True, alpha=0.3)
        handles, labels = ax.get_legend_handles_labels()
        if self.curves:
            ax.axhline(0, color="0.5", linewidth=0.6)
            ax.set_title(self.title(shared), fontsize="medium")
            self.info.setText(info_line(self.curves, self.reference))
        self.legend = lay_out(self.figure, ax, handles, labels, more_text=tr("… and {n} more"))
        self.plot_canvas.draw_idle()

    def title(self, shared):
        """The layer, the geometry and what is shown ("egms_l2b_2020_2024 · track 117, ascending · line of
        sight, relative to P1"); the layers' names when several are plotted."""
        layers = list(dict.fromkeys(c["layer"] for c in self.curves))
        parts = [", ".join(layers)]
        if shared is None:
            parts.append(tr("several viewing geometries"))
        elif shared.label:
            parts.append(shared.label)
        if self.reference is not None:
            parts.append(tr("relative to {pid}").format(pid=self.reference["pid"]))
        return " · ".join(parts)

    def _mark(self, colours):
        """Mark the plotted points (and the reference) on the map, each in its curve's colour."""
        canvas = self.iface.mapCanvas()
        for marker in self.markers:
            canvas.scene().removeItem(marker)
        self.markers = []
        shown = list(colours) + ([(self.reference, "#000000")] if self.reference is not None else [])
        for curve, colour in shown:
            if not curve.get("point"):
                continue
            point, crs = curve["point"]
            to_canvas = QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
            marker = QgsVertexMarker(canvas)
            marker.setCenter(to_canvas.transform(point))
            marker.setColor(QColor(colour))
            marker.setIconType(QgsVertexMarker.IconType.ICON_CIRCLE if curve is not self.reference
                               else QgsVertexMarker.IconType.ICON_BOX)
            marker.setIconSize(12)
            marker.setPenWidth(3)
            self.markers.append(marker)

    def export_figure(self, path):
        """The figure at 10 x 5 inches, whatever the dock's size, laid out for that size (plot_layout)."""
        size = self.figure.get_size_inches()
        self.figure.set_size_inches(10, 5, forward=False)
        try:
            self.redraw()
            self.figure.savefig(path, dpi=150)
        finally:
            self.figure.set_size_inches(*size, forward=False)
            self.redraw()

    def export_series(self, path):
        write_plot_csv([(c["layer"], c["pid"], c["dates"], self.plotted(c)) for c in self.curves], path,
                       self.reference["pid"] if self.reference is not None else "")

    def _save_figure(self):
        path = save_path(self, tr("Save figure"), "egms_plot.png",
                          [(tr("PNG image (*.png)"), ".png"), (tr("SVG image (*.svg)"), ".svg")])
        if path:
            self.export_figure(path)
            notify(self.iface, tr("Figure saved to {path}.").format(path=path), Qgis.MessageLevel.Success)

    def _save_series(self):
        if self.profile.rows is not None:
            path = save_path(self, tr("Save profile"), "egms_profile.csv", [(tr("CSV files (*.csv)"), ".csv")])
            if path:
                written = self.profile.write_csv(path)
                notify(self.iface, tr("Profile saved to {path}.").format(path=", ".join(written)),
                       Qgis.MessageLevel.Success)
            return
        if not self.curves:
            notify(self.iface, tr("Pick points first: there is no series to save."), Qgis.MessageLevel.Warning)
            return
        path = save_path(self, tr("Save series"), "egms_series.csv", [(tr("CSV files (*.csv)"), ".csv")])
        if path:
            self.export_series(path)
            notify(self.iface, tr("Series saved to {path}.").format(path=path), Qgis.MessageLevel.Success)

    def unload(self):
        # a resize as QGIS takes the dock away starts the layout timer: fired after this, it marked the points again
        self._relayout.stop()
        self._relayout.timeout.disconnect(self._laid_out_again)
        canvas = self.iface.mapCanvas()
        try:
            QgsProject.instance().cleared.disconnect(self.clear)
        except TypeError:
            pass
        for marker in self.markers:
            canvas.scene().removeItem(marker)
        self.markers = []
        if canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        self.profile.unload()
        for reader in self._series.values():
            if reader is not None:
                reader.close()
        self._series = {}
