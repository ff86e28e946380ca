"""Run inside QGIS (qgis --code) by `make screenshots`: the EGMS tab's search and download as a user does
them, against the project's loopback EGMS archive (tests/support) started in this process, with a service key
imported into the profile's authentication database. Writes CLMS_EGMS_SHOTS/egms_search.png (results and
footprints) and egms_download.png (downloaded, imported, in the project), and a status file."""
import os
import subprocess  # nosec B404
import sys
import time

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.utils import iface, plugins

ROOT = os.environ["CLMS_EGMS_ROOT"]
SHOTS = os.environ["CLMS_EGMS_SHOTS"]
WORK = os.path.join(ROOT, "build", "screenshot-work")
sys.path.insert(0, os.path.join(ROOT, "tests"))

from support.egms_server import EgmsArchive, synthetic_index  # noqa: E402
from support.http_server import LoopbackServer  # noqa: E402
from support.token_server import make_service_key, token_route  # noqa: E402

from clms_egms.core.auth import store_service_key  # noqa: E402
from clms_egms.core.settings import Settings  # noqa: E402

STARTED = time.monotonic()
status = []
server = LoopbackServer().__enter__()
uri = server.url + "/@@oauth2-token"
key_text, public = make_service_key(uri, client_id="workshop-laptop")
server.routes[("POST", "/@@oauth2-token")] = token_route(public, uri, counter=[])
archive = EgmsArchive(synthetic_index(os.path.join(WORK, "archive"), n_points=2500, n_dates=120, spacing=60.0),
                      token="token-1")
QgsApplication.authManager().setMasterPassword("screenshot-master-password", True)
for name in os.listdir(os.path.join(WORK)) if os.path.isdir(WORK) else []:
    if name in ("downloads",) or name.endswith(".gpkg"):
        subprocess.run(["rm", "-rf", os.path.join(WORK, name)], check=False)  # nosec B603 B607
Settings(egms_api_url=archive.install(server), download_folder=os.path.join(WORK, "downloads"),
         geopackage_path=os.path.join(WORK, "egms.gpkg"), timeout_s=30,
         auth_config_id=store_service_key(key_text, "clms-key.json")).save()

window = iface.mainWindow()
window.setGeometry(0, 0, 1600, 1000)
window.showMaximized()
plugin = plugins["clms_egms"]
plugin.toggle_action.setChecked(True)
dock = plugin.dock
dock.settings_changed()
dock.tabs.setCurrentWidget(dock.egmsTab)
plugin.iface.addDockWidget(Qt.RightDockWidgetArea, dock)
dock.setMinimumWidth(560)
canvas = iface.mapCanvas()
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
canvas.setExtent(QgsRectangle(13.02, 38.52, 13.36, 38.90))  # the user's map view over Ustica


def shot(name):
    path = os.path.join(SHOTS, name)
    subprocess.run(["import", "-window", "root", path], check=False, timeout=60)  # nosec B603 B607
    status.append("{}={}".format(name, "yes" if os.path.exists(path) else "no"))


def finish():
    status.append("seconds={:.1f}".format(time.monotonic() - STARTED))
    with open(os.path.join(SHOTS, "screenshot-status.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(status) + "\n")
    QgsApplication.instance().exit(0)


def wait_for(predicate, then, tries=[0]):  # noqa: B006 (a counter across calls)
    tries[0] += 1
    if predicate() or tries[0] > 400:
        QTimer.singleShot(800, then)
    else:
        QTimer.singleShot(250, lambda: wait_for(predicate, then))


def search():
    dock.searchButton.click()
    wait_for(lambda: dock.searchButton.isEnabled() and dock.resultsTable.rowCount() > 0, searched)


def searched():
    table = dock.resultsTable
    status.append("results={}".format(table.rowCount()))
    layers = QgsProject.instance().mapLayersByName("EGMS search results")
    status.append("footprints={}".format(layers[0].featureCount() if layers else 0))
    for row in range(table.rowCount()):
        name = table.item(row, 0).text()
        keep = "_0845_" in name or "_0227_" in name
        table.item(row, 0).setCheckState(Qt.Checked if keep else Qt.Unchecked)
    shot("egms_search.png")
    dock.downloadButton.click()
    wait_for(lambda: QgsProject.instance().mapLayersByName("egms_l2b_2020_2024"), downloaded)


def downloaded():
    layers = QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")
    status.append("imported_points={}".format(layers[0].featureCount() if layers else 0))
    status.append("download_status={}".format(dock.downloadStatus.text()))
    canvas.setExtent(QgsRectangle(13.10, 38.63, 13.27, 38.77))  # the user zooms out a little from the import
    canvas.refresh()
    QTimer.singleShot(2500, lambda: (shot("egms_download.png"), finish()))


QTimer.singleShot(2500, search)
