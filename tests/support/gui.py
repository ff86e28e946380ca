"""Driving QGIS widgets as a user does, for the GUI tests."""
from qgis.core import QgsPointXY
from qgis.gui import QgsMapMouseEvent, QgsMapToolPan
from qgis.PyQt.QtCore import QEvent, Qt


def draw_extent(canvas, extent_widget, west, south, east, north):
    """Draw a rectangle on the map with ``extent_widget``'s "Draw on Map Canvas" tool (press, drag, release at
    the corners' pixels). The canvas gets a Pan tool first, as QGIS always has one to go back to."""
    previous = QgsMapToolPan(canvas)
    canvas.setMapTool(previous)
    extent_widget.setOutputExtentFromDrawOnCanvas()
    tool = canvas.mapTool()
    to_pixels = canvas.getCoordinateTransform()

    def mouse(kind, lon, lat):
        p = to_pixels.transform(QgsPointXY(lon, lat)).toQPointF().toPoint()
        return QgsMapMouseEvent(canvas, kind, p, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)

    tool.canvasPressEvent(mouse(QEvent.Type.MouseButtonPress, west, north))
    tool.canvasMoveEvent(mouse(QEvent.Type.MouseMove, (west + east) / 2, (south + north) / 2))
    tool.canvasReleaseEvent(mouse(QEvent.Type.MouseButtonRelease, east, south))
    return previous
