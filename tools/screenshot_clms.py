"""Run inside QGIS (qgis --code) by `make screenshots`: the CLMS catalogue tab as a user drives it, against the
project's loopback CLMS site (tests/support) started in this process. Writes CLMS_EGMS_SHOTS/clms_catalogue.png
(search results, a dataset's details, its view service on the map) and clms_download.png (the downloaded CLC
layer in the project with its legend), and a status file."""
import os
import subprocess  # nosec B404
import sys
import time

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

ROOT = os.environ["CLMS_EGMS_ROOT"]
SHOTS = os.environ["CLMS_EGMS_SHOTS"]
WORK = os.path.join(ROOT, "build", "screenshot-clms")
sys.path.insert(0, os.path.join(ROOT, "tests"))

from support.clms_server import ClmsSite  # noqa: E402
from support.http_server import LoopbackServer  # noqa: E402
from support.token_server import make_service_key, token_route  # noqa: E402

from clms_egms.core.auth import store_service_key  # noqa: E402
from clms_egms.core.settings import Settings, save_state  # noqa: E402

STARTED = time.monotonic()
status = []
server = LoopbackServer().__enter__()
uri = server.url + "/@@oauth2-token"
key_text, public = make_service_key(uri, client_id="workshop-laptop")
server.routes[("POST", "/@@oauth2-token")] = token_route(public, uri, counter=[])
site = ClmsSite(token="token-1")
site.install(server)
site.polls_to_finish = 1
QgsApplication.authManager().setMasterPassword("screenshot-master-password", True)
subprocess.run(["rm", "-rf", WORK], check=False)  # nosec B603 B607
save_state("clms_requests", [])
Settings(clms_api_url=server.url, download_folder=WORK, timeout_s=30,
         auth_config_id=store_service_key(key_text, "clms-key.json")).save()

window = iface.mainWindow()
window.setGeometry(0, 0, 1600, 1000)
window.showMaximized()
plugin = plugins["clms_egms"]
plugin.toggle_action.setChecked(True)
dock = plugin.dock
dock.settings_changed()
dock.tabs.setCurrentWidget(dock.catalogueTab)
dock.setMinimumWidth(560)
canvas = iface.mapCanvas()
QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
canvas.setExtent(QgsRectangle(4000000, 2300000, 4700000, 2800000))


def shot(name):
    path = os.path.join(SHOTS, name)
    subprocess.run(["import", "-window", "root", path], check=False, timeout=60)  # nosec B603 B607
    status.append("{}={}".format(name, "yes" if os.path.exists(path) else "no"))


def finish():
    status.append("seconds={:.1f}".format(time.monotonic() - STARTED))
    with open(os.path.join(SHOTS, "screenshot-status.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(status) + "\n")
    QgsApplication.instance().exit(0)


def wait_for(predicate, then, tries=None):
    tries = (tries or 0) + 1
    if predicate() or tries > 300:
        QTimer.singleShot(800, then)
    else:
        QTimer.singleShot(250, lambda: wait_for(predicate, then, tries))


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
    dock.clmsFormat.setCurrentText("Geotiff")
    dock.clmsProjection.setCurrentText("EPSG:3035")
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
