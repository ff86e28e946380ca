"""Run inside QGIS (qgis --code) by `make screenshots`: the EGMS tab's search and download as a user does
them, against the project's loopback EGMS archive (tests/support) started in this process, with a service key
imported into the profile's authentication database. Writes CLMS_EGMS_SHOTS/egms_search.png (results and
footprints) and egms_download.png (downloaded, imported, in the project), and a status file."""
import os
import shutil
import sys

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.utils import iface

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, finish, loopback_with_key, open_dock, shot, status, wait_for  # noqa: E402

from clms_egms.core.settings import Settings  # noqa: E402
from support.egms_server import EgmsArchive, synthetic_index  # noqa: E402

WORK = os.path.join(ROOT, "build", "screenshot-work")
server, auth_id = loopback_with_key()
archive = EgmsArchive(synthetic_index(os.path.join(WORK, "archive"), n_points=2500, n_dates=120, spacing=60.0),
                      token="token-1")
shutil.rmtree(os.path.join(WORK, "downloads"), ignore_errors=True)  # the synthetic archive stays, cached
if os.path.exists(os.path.join(WORK, "egms.gpkg")):
    os.remove(os.path.join(WORK, "egms.gpkg"))
Settings(egms_api_url=archive.install(server), download_folder=os.path.join(WORK, "downloads"),
         geopackage_path=os.path.join(WORK, "egms.gpkg"), timeout_s=30, auth_config_id=auth_id).save()

dock = open_dock("egmsTab")
canvas = iface.mapCanvas()
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
canvas.setExtent(QgsRectangle(13.02, 38.52, 13.36, 38.90))  # the user's map view over Ustica


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
        table.item(row, 0).setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
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
