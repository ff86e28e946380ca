"""Run inside QGIS (qgis --code) by `make screenshots`: the EGMS tab against a compromised archive, clicked as a
user does. Its search answers also name ``../../python/startup.py`` and an absolute path; its downloads redirect
to another host, which records whether the bearer token came along. Then a CSV cut short is imported from the
EGMS tab. Writes CLMS_EGMS_SHOTS/hostile_search.png, hostile_import.png and a status file: what reached the
other host, what exists outside the download folder, and the messages the user saw."""
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
from support.http_server import LoopbackServer  # noqa: E402

WORK = os.path.join(ROOT, "build", "hostile-work")
shutil.rmtree(WORK, ignore_errors=True)
PROFILE = os.path.join(WORK, "profile", "python")
os.makedirs(PROFILE)
server, auth_id = loopback_with_key()
other = LoopbackServer().__enter__()  # another origin: a compromised service redirects downloads here
files = synthetic_index(os.path.join(WORK, "archive"), n_points=400, n_dates=40, bursts=False)
by_name = {f["filename"]: f for f in files}
evil = dict(files[0], filename="../../profile/python/startup.py")
absolute = dict(files[1], filename=os.path.join(PROFILE, "startup2.zip"))
archive = EgmsArchive(files + [evil, absolute], token="token-1")
base = archive.install(server)


def redirect_away(request):
    name = request.path.rsplit("/", 1)[-1]
    return 302, {"Location": "{}/files/{}".format(other.url, name)}, ""


def serve(request):
    entry = by_name.get(request.path.rsplit("/", 1)[-1])
    return (200, {}, open(entry["path"], "rb").read()) if entry else (404, {}, "")


server.routes[("GET", "/insar-api/archive/download/*")] = redirect_away
other.routes[("GET", "/files/*")] = serve
downloads = os.path.join(WORK, "downloads")
Settings(egms_api_url=base, download_folder=downloads, geopackage_path=os.path.join(WORK, "egms.gpkg"),
         timeout_s=30, auth_config_id=auth_id).save()

dock = open_dock("egmsTab")
canvas = iface.mapCanvas()
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
canvas.setExtent(QgsRectangle(13.02, 38.52, 13.36, 38.90))


def search():
    dock.searchButton.click()
    wait_for(lambda: dock.searchButton.isEnabled() and dock.resultsTable.rowCount() > 0, searched)


def searched():
    table = dock.resultsTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    status.append("results={}".format(" ".join(names)))
    for row in range(table.rowCount()):
        wanted = "_L2b_022_0845_" in names[row]
        table.item(row, 0).setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    shot("hostile_search.png")
    dock.downloadButton.click()
    wait_for(lambda: QgsProject.instance().mapLayersByName("egms_l2b_2020_2024"), downloaded)


def downloaded():
    status.append("other_host_got_authorization={}".format(
        [r.headers.get("authorization") for r in other.requests]))
    status.append("downloads={}".format(sorted(os.listdir(downloads))))
    outside = [os.path.relpath(os.path.join(d, f), WORK) for d, _s, fs in os.walk(WORK) for f in fs
               if not os.path.join(d, f).startswith((downloads, os.path.join(WORK, "archive")))
               and not f.startswith("egms.gpkg")]
    status.append("written_outside_downloads={}".format(outside))
    source = by_name["EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip"]["path"]
    import zipfile

    with zipfile.ZipFile(source) as z:
        data = z.read("EGMS_L2b_117_0227_IW2_VV_2020_2024_1.csv")
    cut = os.path.join(WORK, "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.csv")
    with open(cut, "wb") as f:
        f.write(data[:int(len(data) * 0.6)])
    dock.importFiles.setFilePath(cut)
    dock.importButton.click()
    wait_for(lambda: dock.importButton.isEnabled() and any("cut short" in t for t in bar_texts()), imported)


def bar_texts():
    return [item.text() for item in iface.messageBar().items()]


def imported():
    status.append("message_bar={}".format(" | ".join(bar_texts())))
    shot("hostile_import.png")
    finish()


QTimer.singleShot(2500, search)
