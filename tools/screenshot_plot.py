"""Run inside QGIS (qgis --code): import the Ustica L2b samples, open the time-series plot and click two
points through its map tool, as a user does; write the screenshot CLMS_EGMS_SCREENSHOT."""
import glob
import os
import subprocess  # nosec B404

from qgis.core import QgsApplication, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt, QTimer
from qgis.utils import iface, plugins

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.stores.geopackage.reader import column_values
from clms_egms.core.egms.style import apply_velocity_style, nice_limit

SAMPLES = os.environ["CLMS_EGMS_SAMPLES"]
GPKG = os.environ["CLMS_EGMS_GPKG"]
window = iface.mainWindow()
window.setGeometry(0, 0, 1600, 1000)
window.showMaximized()
if os.path.exists(GPKG):
    os.remove(GPKG)
import_egms(sorted(glob.glob(os.path.join(SAMPLES, "EGMS_L2b_*.zip"))), GPKG)
layer = QgsVectorLayer(GPKG + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
apply_velocity_style(layer, limit=nice_limit(column_values(GPKG, "egms_l2b_2020_2024", "mean_velocity")))
QgsProject.instance().addMapLayer(layer)
iface.setActiveLayer(layer)
plugin = plugins["clms_egms"]
plugin.toggle_action.setChecked(True)
plugin.dock.tabs.setCurrentWidget(plugin.dock.analysisTab)
canvas = iface.mapCanvas()


def click(x, y):
    plot = plugin.dock.plot
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    at = QPoint(int(pixel.x()), int(pixel.y()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QgsMapMouseEvent(canvas, kind, at, Qt.MouseButton.LeftButton)
        (plot.tool.canvasPressEvent if kind == QEvent.Type.MouseButtonPress else plot.tool.canvasReleaseEvent)(event)


def pick():
    plot = plugin.dock.show_plot()
    # the fastest-moving point and a stable one, by velocity
    fastest = min(layer.getFeatures(), key=lambda f: f["mean_velocity"])
    stable = min(layer.getFeatures(), key=lambda f: abs(f["mean_velocity"]) + 10 * f["mean_velocity_std"])
    canvas.zoomToFeatureIds(layer, [fastest.id()])
    canvas.zoomScale(5000)
    canvas.refresh()
    click(fastest.geometry().asPoint().x(), fastest.geometry().asPoint().y())
    plot.keepBox.setChecked(True)
    point = stable.geometry().asPoint()
    canvas.setCenter(point)
    click(point.x(), point.y())
    plot.trendBox.setCurrentIndex(plot.trendBox.findData("linear"))
    dock = plugin.dock
    dock.filterLayer.setLayer(layer)
    dock.maxVelocity.setText("-3")
    dock.filter.apply()
    canvas.zoomToFullExtent()
    canvas.refresh()
    QTimer.singleShot(4000, shot)


def shot():
    subprocess.run(["import", "-window", "root", os.environ["CLMS_EGMS_SCREENSHOT"]], check=False)  # nosec
    QgsApplication.instance().exit(0)


QTimer.singleShot(2000, pick)
