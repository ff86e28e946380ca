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
        self.dock.plot_canvas.mpl_connect("button_press_event", self._clicked)

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
        self.dock.raise_()  # in front of a panel tabbed with it (the Temporal Controller after Animate)
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
        """The profile in the plot's axes: velocity (left), the event's step (right, its zero level with the
        velocity's) when there is one; one colour a viewing geometry, each named (two tracks or directions are
        never one cloud of line-of-sight values)."""
        from ..core.egms.geometry import one_geometry
        from ..core.i18n import tr

        rows = self.rows
        groups = {}
        for i, geometry in enumerate(rows.get("geometry") or [None] * len(rows["pid"])):
            groups.setdefault(geometry, []).append(i)
        several = len(groups) > 1
        self._picks = {}
        has_step = np.isfinite(rows["step"]).any()
        twin = ax.twinx() if has_step else None
        for n, (geometry, indices) in enumerate(groups.items()):
            where = np.array(indices)
            named = " · " + geometry.label if several and geometry is not None and geometry.label else ""
            colour, cross = (["#b2182b", "#e08214", "#8073ac"][n % 3], ["#2166ac", "#1b7837", "#542788"][n % 3])
            dots = ax.scatter(rows["distance"][where], rows["velocity"][where], s=9, color=colour,
                              label=tr("mean velocity") + named)
            self._picks[dots] = where
            if twin is not None:
                crosses = twin.scatter(rows["distance"][where], rows["step"][where], s=9, marker="x", color=cross,
                                       label=tr("step on {date} (mm)").format(
                                           date=self.dock.event_date()) + named)
                self._picks[crosses] = where
        ax.set_xlabel(tr("Distance along the line (m)"))
        ax.set_ylabel(tr("Velocity (mm/year)"))
        ax.axhline(0, color="0.5", linewidth=0.6)
        ax.grid(True, alpha=0.3)
        shared = one_geometry([g for g in groups if g is not None])
        place = shared.label if shared is not None and shared.label else (tr("several viewing geometries")
                                                                          if shared is None else "")
        title = tr("Profile of {layer}: {n} points").format(layer=rows["layer"].name(), n=len(rows["pid"]))
        if place:
            title += " · " + place
        handles = ax.get_legend_handles_labels()[0]
        if twin is not None:
            twin.set_ylabel(tr("Step (mm)"))
            align_zeros(ax, twin)
            handles += twin.get_legend_handles_labels()[0]
        if twin is not None or several:
            ax.legend(handles, [h.get_label() for h in handles], fontsize="small", loc="lower left")
        ax.set_title(title, fontsize="medium")

    def _clicked(self, event, radius_px=8):
        """A click in the plot on a profile point (a velocity dot or a step cross, whichever is nearest, within
        ``radius_px``): its series, plotted (the profile stays on the map)."""
        if self.rows is None or event.x is None:
            return
        best = None
        for artist, where in getattr(self, "_picks", {}).items():
            points = artist.axes.transData.transform(np.asarray(artist.get_offsets(), dtype=np.float64))
            if not len(points):
                continue
            distance = np.hypot(points[:, 0] - event.x, points[:, 1] - event.y)
            distance[~np.isfinite(distance)] = np.inf
            i = int(np.argmin(distance))
            if distance[i] <= radius_px and (best is None or distance[i] < best[0]):
                best = (distance[i], int(where[i]))
        if best is None:
            return
        layer, fid = self.rows["layer"], int(self.rows["fid"][best[1]])
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


def align_zeros(ax, twin):
    """Limits for the two y axes that put both zeros at the same height (they sat at different heights, so a
    step and a velocity of the same sign looked opposed)."""
    spans = []
    for axis in (ax, twin):
        low, high = axis.get_ylim()
        spans.append((min(low, 0.0), max(high, 0.0)))
    # the share of the height below zero: the larger of the two, so that both fit
    below = max(-low / (high - low) if high > low else 0.5 for low, high in spans)
    below = min(max(below, 0.05), 0.95)
    for axis, (low, high) in zip((ax, twin), spans):
        scale = max(-low / below if below else 0.0, high / (1 - below) if below < 1 else 0.0)
        axis.set_ylim(-below * scale, (1 - below) * scale)
