"""Run inside QGIS (qgis --code) by `make screenshots`: import the Ustica L2b samples, filter the points subsiding
faster than 3 mm/year in the Analysis tab, open the time-series plot and click the fastest and a stable point
through its map tool, as a user does; writes CLMS_EGMS_SHOTS/analysis.png (the user guide's Analysis picture)."""
import glob
import os
import sys

from qgis.core import QgsPointXY, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt, QTimer
from qgis.utils import iface

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, finish, open_dock, shot  # noqa: E402

from clms_egms.core.egms import import_egms  # noqa: E402
from clms_egms.core.egms.stores.geopackage.reader import column_values  # noqa: E402
from clms_egms.core.egms.style import apply_velocity_style, nice_limit  # noqa: E402

SAMPLES = os.path.join(os.path.dirname(ROOT), "shared", "egms-samples")
GPKG = os.path.join(ROOT, "build", "screenshot-plot", "egms.gpkg")
os.makedirs(os.path.dirname(GPKG), exist_ok=True)
if os.path.exists(GPKG):
    os.remove(GPKG)
import_egms(sorted(glob.glob(os.path.join(SAMPLES, "EGMS_L2b_*.zip"))), GPKG)
layer = QgsVectorLayer(GPKG + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
apply_velocity_style(layer, limit=nice_limit(column_values(GPKG, "egms_l2b_2020_2024", "mean_velocity")))
QgsProject.instance().addMapLayer(layer)
iface.setActiveLayer(layer)
dock = open_dock("analysisTab")
canvas = iface.mapCanvas()


def click(x, y):
    plot = dock.plot
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    at = QPoint(int(pixel.x()), int(pixel.y()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QgsMapMouseEvent(canvas, kind, at, Qt.MouseButton.LeftButton)
        (plot.tool.canvasPressEvent if kind == QEvent.Type.MouseButtonPress else plot.tool.canvasReleaseEvent)(event)


def pick():
    plot = dock.show_plot()
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
    dock.filterLayer.setLayer(layer)
    dock.maxVelocity.setText("-3")
    dock.filter.apply()
    canvas.zoomToFullExtent()
    canvas.refresh()
    QTimer.singleShot(4000, lambda: (shot("analysis.png"), finish()))


QTimer.singleShot(2000, pick)
