"""Run inside QGIS (qgis --code) by tools/screenshots/run.sh: the land beneath the active deformation areas requested
from the CLMS (the project's loopback CLMS site, tests/support, started in this process; the workshop is offline).
Load workshop sample, Find active deformation areas, Request land data for the areas clicked:
CLMS_EGMS_SHOTS/ada_land_button.png (the Analysis tab), ada_land_requested.png (the message bar says what was
requested and that no elevation model is offered; the CLMS tab lists the two requests); Refresh clicked until they
have landed: ada_land_described.png (the CLC and imperviousness rasters under the points, the areas' attribute
table at its land columns)."""
import os
import sys

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface, plugins

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, clms_site, finish, guarded, open_dock, shot, status, table_shot, wait_for  # noqa: E402


WORK = os.path.join(ROOT, "build", "screenshot-ada-land")
LAYER = "egms_l3_u_2020_2024"
site = clms_site(WORK)
dock = open_dock("analysisTab")


def loaded():
    (layer,) = QgsProject.instance().mapLayersByName(LAYER)
    for other in QgsProject.instance().mapLayers().values():
        if other.name().startswith("egms_") and other is not layer:
            QgsProject.instance().layerTreeRoot().findLayer(other.id()).setItemVisibilityChecked(False)
    dock.tabs.setCurrentWidget(dock.analysisTab)
    dock.filterLayer.setLayer(layer)
    iface.setActiveLayer(layer)
    QTest.mouseClick(dock.adaButton, Qt.MouseButton.LeftButton)
    wait_for(lambda: QgsProject.instance().mapLayersByName("ada_" + LAYER), found, most=600)


def found():
    iface.messageBar().clearWidgets()
    dock.analysisScroll.ensureWidgetVisible(dock.adaLandButton)
    QTest.mouseClick(dock.adaLandButton, Qt.MouseButton.LeftButton)
    wait_for(lambda: len(site.posts) == 2 and dock.adaLandButton.isEnabled(), requested)


def requested():
    status.append("posts={}".format([(p["Datasets"][0]["DatasetID"][-4:], p["Datasets"][0]["OutputGCS"],
                                      [round(v, 3) for v in p["Datasets"][0]["BoundingBox"]]) for p in site.posts]))
    status.append("message={}".format([item.text() for item in iface.messageBar().items()]))
    shot("ada_land_button.png")  # the Analysis tab with its button
    dock.tabs.setCurrentWidget(dock.catalogueTab)
    dock.catalogueScroll.ensureWidgetVisible(dock.clmsRequests)
    QTimer.singleShot(1500, guarded(lambda: (shot("ada_land_requested.png"), refresh(0))))


def refresh(times):
    (areas,) = QgsProject.instance().mapLayersByName("ada_" + LAYER)
    if all(isinstance(f["imperv_mean"], float) for f in areas.getFeatures()) or times > 8:  # described
        QTimer.singleShot(1500, guarded(described))
        return
    dock.clmsRefresh.click()
    QTimer.singleShot(2500, guarded(lambda: refresh(times + 1)))


def described():
    (areas,) = QgsProject.instance().mapLayersByName("ada_" + LAYER)
    status.append("layers={}".format([layer.name() for layer in QgsProject.instance().mapLayers().values()]))
    status.append("land={}".format([(f["ada_id"], f["clc_class"], f["imperv_mean"], f["interpretation"])
                                    for f in areas.getFeatures()]))
    status.append("message={}".format([item.text() for item in iface.messageBar().items()]))
    table_shot(areas, "ada_land_described.png", finish, height=260, top=680)


plugins["clms_egms"].workshop_action.trigger()
wait_for(lambda: QgsProject.instance().mapLayersByName(LAYER), loaded)
