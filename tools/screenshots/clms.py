"""Run inside QGIS (qgis --code) by `make screenshots`: the CLMS catalogue tab as a user drives it, against the
project's loopback CLMS site (tests/support) started in this process. Writes CLMS_EGMS_SHOTS/clms_catalogue.png
(search results, a dataset's details, its view service on the map), clms_collections.png (the download group
with CORINE Land Cover 2018's collections listed in What) and clms_download.png (the raster collection
downloaded, in the project with its legend), and a status file. CLMS_EGMS_DOCK_WIDTH fixes the dock's width
(420: QGIS's default) to look at it as a user first sees it."""
import os
import sys

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, clms_site, finish, open_dock, shot, status, wait_for  # noqa: E402


WORK = os.path.join(ROOT, "build", "screenshot-clms")
site = clms_site(WORK)

dock = open_dock("catalogueTab")
canvas = iface.mapCanvas()
QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
canvas.setExtent(QgsRectangle(4000000, 2300000, 4700000, 2800000))


def search():
    dock.catalogueText.setText("corine")
    dock.catalogueSearchButton.click()
    wait_for(lambda: dock.catalogueSearchButton.isEnabled() and dock.catalogueResults.count(), searched)


def searched():
    status.append("results={}".format(dock.catalogueResults.count()))
    dock.catalogueResults.setCurrentRow(0)
    dock.addViewButton.click()
    wait_for(lambda: QgsProject.instance().mapLayersByName("CORINE Land Cover 2018"), viewed)


def viewed():
    status.append("view_layer={}".format(bool(QgsProject.instance().mapLayersByName("CORINE Land Cover 2018"))))
    shot("clms_catalogue.png")
    for layer in QgsProject.instance().mapLayersByName("CORINE Land Cover 2018"):
        QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    dock.clmsExtent.setOutputExtentFromUser(QgsRectangle(9.5, 45.6, 10.6, 46.2),
                                            QgsCoordinateReferenceSystem("EPSG:4326"))
    raster = [i for i in range(dock.clmsFile.count()) if "RASTER" in dock.clmsFile.itemText(i)]
    dock.clmsFile.setCurrentIndex(raster[0])
    status.append("collections={}".format(sum(1 for i in range(dock.clmsFile.count())
                                              if not dock.clmsFile.itemData(i).__class__.__name__ ==
                                              "PrepackagedFile")))
    wait_for(lambda: dock.clmsProjection.findText("EPSG:32633") >= 0, projections_read)


def projections_read():
    status.append("projections={}".format(dock.clmsProjection.count()))
    dock.clmsProjection.setCurrentText("EPSG:3035")
    dock.catalogueScroll.ensureWidgetVisible(dock.clmsRequestButton)
    dock.clmsFile.showPopup()
    QTimer.singleShot(1500, collections_shown)


def collections_shown():
    shot("clms_collections.png")
    dock.clmsFile.hidePopup()
    dock.clmsRequestButton.click()
    wait_for(lambda: dock.clmsRequests.rowCount() > 0, requested)


def requested():
    status.append("requested={}".format(dock.clmsRequests.rowCount()))
    dock.clmsRefresh.click()
    wait_for(lambda: any(lyr.name().startswith("CORINE Land Cover 2018 (")
                         for lyr in QgsProject.instance().mapLayers().values()), loaded)


def loaded():
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.name().startswith("CORINE Land Cover 2018 (")]
    status.append("clc_classes={}".format(len(layer.renderer().classes())))
    status.append("request_status={}".format(dock.clmsRequests.item(0, 1).text()))
    iface.setActiveLayer(layer)
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    node.setExpanded(True)
    canvas.setExtent(layer.extent().buffered(layer.extent().width() * 0.1))
    canvas.refresh()
    dock.catalogueScroll.verticalScrollBar().setValue(dock.catalogueScroll.verticalScrollBar().maximum())
    QTimer.singleShot(2500, lambda: (shot("clms_download.png"), finish()))


QTimer.singleShot(2500, search)
