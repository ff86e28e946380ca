"""Run inside QGIS (qgis --code) by `make screenshots`: the workshop scenario's event of 10 November 2023, as a
geologist works it. Writes CLMS_EGMS_SHOTS/event_fit.png (the graben's axis point plotted with Event ticked: the
fitted step in the legend), event_step_map.png (Processing's fit_step_mm mapped) and animation_frame.png (Animate
displacement, a frame after the event, QGIS's temporal controller panel open) and profile.png (a profile across the
graben: velocity and the event's step against distance), profile_time.png and profile_time_saved.png (the same
section Through time)."""
import os
import shutil
import sys

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, finish, open_dock, shot, status, wait_for  # noqa: E402

from clms_egms.core.egms import import_egms  # noqa: E402
from clms_egms.core.egms.scenario import EVENT_DATE, motion, write_scenario  # noqa: E402
from clms_egms.core.egms.style import apply_velocity_style, diverging_renderer  # noqa: E402

WORK = os.path.join(ROOT, "build", "screenshot-events")
shutil.rmtree(WORK, ignore_errors=True)
paths = write_scenario(os.path.join(WORK, "files"), n_points=10000, n_dates=300)
GPKG = os.path.join(WORK, "egms.gpkg")
import_egms(paths[2:3], GPKG)  # the L3 up tile
layer = QgsVectorLayer(GPKG + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
apply_velocity_style(layer)
QgsProject.instance().addMapLayer(layer)
iface.setActiveLayer(layer)
dock = open_dock("analysisTab")
canvas = iface.mapCanvas()
canvas.setExtent(layer.extent())
canvas.refresh()


def plot_event():
    features = list(layer.getFeatures())
    axis = min(features, key=lambda f: motion(f.geometry().asPoint().x(), f.geometry().asPoint().y()).step)
    plot = dock.plot_dock()
    plot.plot_features(layer, [axis])
    QTest.mouseClick(plot.eventBox, Qt.MouseButton.LeftButton)  # Event, on its default day: 2023-11-10
    fit = plot.fit(plot.curves[0])
    status.append("step={}".format(fit.steps))
    canvas.setExtent(layer.extent())
    canvas.refresh()
    wait_for(lambda: True, lambda: (shot("event_fit.png"), map_step()))


def map_step():
    import processing

    out = processing.run("clms_egms:fit_trends", {"INPUT": layer, "EVENT": EVENT_DATE, "OUTPUT": "memory:"})["OUTPUT"]
    out.setName("fit_step_mm ({})".format(EVENT_DATE))
    out.setRenderer(diverging_renderer("fit_step_mm", 200.0, "mm"))
    QgsProject.instance().addMapLayer(out)
    QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    status.append("mapped={}".format(out.featureCount()))
    iface.layerTreeView().collapseAllNodes()
    QgsProject.instance().layerTreeRoot().findLayer(out.id()).setExpanded(True)
    canvas.setExtent(layer.extent())
    canvas.refresh()
    wait_for(lambda: True, lambda: (shot("event_step_map.png"), animation(out)))


def animation(mapped):
    QgsProject.instance().layerTreeRoot().findLayer(mapped.id()).setItemVisibilityChecked(False)
    QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(True)
    dock.filterLayer.setLayer(layer)
    QTest.mouseClick(dock.animateButton, Qt.MouseButton.LeftButton)
    QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setExpanded(True)
    canvas.setExtent(layer.extent())
    canvas.refresh()
    QTimer.singleShot(4000, later_frame)  # the first frame drawn: nothing has moved yet


def later_frame():
    first = canvas.grab().toImage()
    controller = canvas.temporalController()
    # a frame half a year after the event: 2024-05-xx
    frames = controller.totalFrameCount()
    controller.setCurrentFrameNumber(int(frames * 0.88))
    status.append("frames={} frame={}".format(frames, controller.dateTimeRangeForFrameNumber(
        controller.currentFrameNumber()).begin().toString("yyyy-MM-dd")))
    QTimer.singleShot(4000, lambda: (status.append("canvas_frames_differ={}".format(
        canvas.grab().toImage() != first)), shot("animation_frame.png"), profile()))


def profile():
    """A profile across the graben through the town: two clicks and a right click with the plot's Profile tool."""
    import numpy as np
    from qgis.core import QgsPointXY
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint

    from clms_egms.core.egms.scenario import GRABEN_AZIMUTH, GRINDAVIK

    from clms_egms.core.compat import NAVIGATION_OFF

    canvas.temporalController().setNavigationMode(NAVIGATION_OFF)
    iface.setActiveLayer(layer)  # the profile is of the active layer
    plot = dock.plot_dock()
    QTest.mouseClick(plot.profile.button, Qt.MouseButton.LeftButton)
    ux, uy = np.cos(GRABEN_AZIMUTH), -np.sin(GRABEN_AZIMUTH)
    for k, button in ((-2500, Qt.MouseButton.LeftButton), (2500, Qt.MouseButton.LeftButton),
                      (2500, Qt.MouseButton.RightButton)):
        pixel = canvas.getCoordinateTransform().transform(QgsPointXY(GRINDAVIK[0] + k * ux, GRINDAVIK[1] + k * uy))
        plot.profile.tool.canvasReleaseEvent(QgsMapMouseEvent(
            canvas, QEvent.Type.MouseButtonRelease, QPoint(int(pixel.x()), int(pixel.y())), button))
    status.append("profile_points={}".format(len(plot.profile.rows["pid"]) if plot.profile.rows else 0))
    QTimer.singleShot(3000, lambda: (shot("profile.png"), through_time(plot)))


def through_time(plot):
    """The same section Through time, the event ticked: the trough deepening, its drop between two lines."""
    plot.eventBox.setChecked(True)
    QTest.mouseClick(plot.profile.in_time, Qt.MouseButton.LeftButton)
    status.append("time_profile_dates={}".format(len((plot.profile.rows or {}).get("at") or {})))
    plot.export_figure(os.path.join(os.environ["CLMS_EGMS_SHOTS"], "profile_time_saved.png"))
    QTimer.singleShot(2000, lambda: (shot("profile_time.png"), finish()))


QTimer.singleShot(1500, plot_event)
