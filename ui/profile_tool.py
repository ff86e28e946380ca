"""The profile map tool: left clicks put the line's vertices, a right click (or a double click) ends it; the line
and its corridor are drawn on the map. ``done(vertices)`` gets the vertices in the canvas CRS."""
from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor


class ProfileTool(QgsMapTool):
    def __init__(self, canvas, done, width_map_units):
        super().__init__(canvas)
        self._done = done
        self._width = width_map_units  # (metres or None: the panel's) -> the corridor's whole width in map units
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

    def show_line(self, vertices=None, width=None):
        """The line and its corridor (``width`` m; the panel's width by default) on the map."""
        vertices = vertices if vertices is not None else self.vertices
        self.line.reset(QgsWkbTypes.GeometryType.LineGeometry)
        self.corridor.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        for point in vertices:
            self.line.addPoint(point)
        if len(vertices) >= 2:
            whole = self._width(width)
            self.corridor.setToGeometry(QgsGeometry.fromPolylineXY(vertices).buffer(whole / 2.0, 8), None)

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
