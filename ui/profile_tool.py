"""The profile map tool: left clicks put the line's vertices, a right click (or a double click) ends it; the line
and its corridor are drawn on the map. ``done(vertices)`` gets the vertices in the canvas CRS."""
import numpy as np
from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.egms.profile import write_profile_csv


class ProfileTool(QgsMapTool):
    def __init__(self, canvas, done, width_map_units):
        super().__init__(canvas)
        self._done = done
        self._width = width_map_units  # () -> the corridor's whole width in map units
        self.vertices = []
        self.finished = False  # the line drawn was ended (a right click): the profile shown is along it
        self.line = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.LineGeometry)
        self.line.setColor(QColor(20, 20, 20))
        self.line.setWidth(2)
        self.corridor = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.corridor.setColor(QColor(20, 20, 20, 40))
        self.corridor.setStrokeColor(QColor(20, 20, 20, 120))
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802 (QGIS API)
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.finished or len(self.vertices) >= 2 and self.line.numberOfVertices() == 0:  # a new line
            self.vertices, self.finished = [], False
        self.vertices.append(QgsPointXY(event.mapPoint()))
        self.show_line()

    def canvasDoubleClickEvent(self, event):  # noqa: N802 (QGIS API)
        self.finish()

    def show_line(self, vertices=None):
        vertices = vertices if vertices is not None else self.vertices
        self.line.reset(QgsWkbTypes.GeometryType.LineGeometry)
        self.corridor.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        for point in vertices:
            self.line.addPoint(point)
        if len(vertices) >= 2:
            self.corridor.setToGeometry(QgsGeometry.fromPolylineXY(vertices).buffer(self._width() / 2.0, 8), None)

    def finish(self):
        vertices = list(self.vertices)
        if len(vertices) >= 2:
            self.finished = True
            self._done(vertices)

    def deactivate(self):  # noqa: N802 (QGIS API)
        """Another tool takes the map: a line left half drawn goes (a finished one stays, the profile's)."""
        if not self.finished:
            self.clear()
        super().deactivate()

    def clear(self):
        self.finished = False
        self.vertices = []
        self.line.reset(QgsWkbTypes.GeometryType.LineGeometry)
        self.corridor.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def unload(self):
        self.clear()
        scene = self.canvas().scene()
        for band in (self.line, self.corridor):
            scene.removeItem(band)


class ProfilePanel:
    """The plot dock's profile: its button and corridor width, the map tool, the profile drawn in the plot (velocity
    against distance, and the step of the plot's event when Event is ticked), a click on a profile point plots that
    point's series, and its CSV."""

    def __init__(self, dock):
        from qgis.PyQt.QtWidgets import QSpinBox, QToolButton

        from ..core.i18n import tr

        self.dock, self.iface = dock, dock.iface
        self.rows = None  # the profile shown: core.egms.profile.profile_of_layer's dict, with "layer"
        self.button = QToolButton()
        self.button.setText(tr("Profile"))
        self.button.setToolTip(tr("Draw a line on the map (clicks; a right click ends it): the active layer's points "
                                  "within the corridor, plotted against the distance along the line"))
        self.button.setCheckable(True)
        self.width = QSpinBox()
        self.width.setRange(10, 5000)
        self.width.setSingleStep(50)
        self.width.setValue(200)
        self.width.setSuffix(" m")
        self.width.setToolTip(tr("The corridor's whole width around the profile line"))
        canvas = self.iface.mapCanvas()
        self.tool = ProfileTool(canvas, self.drawn, self._width_in_map_units)
        self.tool.deactivated.connect(lambda: self.button.setChecked(False))
        self.button.toggled.connect(self._toggled)
        self.dock.plot_canvas.mpl_connect("pick_event", self._picked)

    def widgets(self):
        return [self.button, self.width]

    def _width_in_map_units(self):
        from qgis.core import QgsUnitTypes

        units = self.iface.mapCanvas().mapSettings().destinationCrs().mapUnits()
        return self.width.value() * QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters,
                                                                      units)

    def _toggled(self, on):
        canvas = self.iface.mapCanvas()
        if on:
            self.tool.clear()
            canvas.setMapTool(self.tool)
        elif canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)

    def drawn(self, vertices):
        """The line is drawn (canvas CRS): the profile of the active layer along it."""
        from qgis.core import Qgis, QgsCoordinateTransform, QgsProject, QgsVectorLayer

        from ..core.egms.profile import profile_of_layer
        from ..core.i18n import tr
        from .messages import notify

        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or self.dock.series_of(layer) is None:
            notify(self.iface, tr("Select an EGMS point layer in the Layers panel first."), Qgis.MessageLevel.Warning)
            return None
        to_layer = QgsCoordinateTransform(self.iface.mapCanvas().mapSettings().destinationCrs(), layer.crs(),
                                          QgsProject.instance())
        points = [to_layer.transform(v) for v in vertices]
        rows = profile_of_layer(layer, [(p.x(), p.y()) for p in points], float(self.width.value()),
                                self.dock.event_date())
        rows["layer"] = layer
        self.rows = rows
        self.dock.show()
        self.dock.redraw()
        self.dock.info.setText(tr("{n} points of {layer} in the {w} m wide corridor; click one in the plot for its "
                                  "series.").format(
            n=len(rows["pid"]), layer=layer.name(), w=self.width.value()))
        # the map goes back to picking points: the walk-through's next click plots a point instead of starting a
        # new line (Profile again draws another)
        if self.button.isChecked():
            self.dock.pickButton.setChecked(True)
        return rows

    def draw(self, ax):
        """The profile in the plot's axes: velocity (left), the event's step (right) when there is one."""
        from ..core.i18n import tr

        rows = self.rows
        ax.scatter(rows["distance"], rows["velocity"], s=9, color="#b2182b", picker=5, label=tr("mean velocity"))
        ax.set_xlabel(tr("Distance along the line (m)"))
        ax.set_ylabel(tr("Velocity (mm/year)"))
        ax.axhline(0, color="0.5", linewidth=0.6)
        ax.grid(True, alpha=0.3)
        title = tr("Profile of {layer}: {n} points").format(layer=rows["layer"].name(), n=len(rows["pid"]))
        if np.isfinite(rows["step"]).any():
            twin = ax.twinx()
            twin.scatter(rows["distance"], rows["step"], s=9, marker="x", color="#2166ac", picker=5,
                         label=tr("step on {date} (mm)").format(date=self.dock.event_date()))
            twin.set_ylabel(tr("Step (mm)"))
            handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
            ax.legend(handles, [h.get_label() for h in handles], fontsize="small", loc="lower left")
        ax.set_title(title, fontsize="medium")

    def _picked(self, event):
        """A profile point clicked in the plot: its series, plotted (the profile stays on the map)."""
        if self.rows is None or not len(getattr(event, "ind", [])):
            return
        layer, fid = self.rows["layer"], int(self.rows["fid"][event.ind[0]])
        self.rows = None
        self.dock.plot_features(layer, [layer.getFeature(fid)], keep=False)

    def write_csv(self, path):
        """The profile's rows to ``path``, complete or not at all."""
        write_profile_csv(self.rows, path)

    def unload(self):
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        self.tool.unload()
