"""Run inside QGIS (qgis --code) by tools/screenshots/run.sh: a million synthetic points (make bench's file, made first
by `python tools/bench_paths.py` or `make bench`) imported by the EGMS tab's Import button, then the map at the
layer's full extent (its overview's cells) and at 1:20,000 (the points), a draw's time measured for each. Writes
CLMS_EGMS_SHOTS/overview_cells.png and overview_points.png, and a status file."""
import os
import sys
import time

from qgis.core import QgsProject
from qgis.utils import iface

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import finish, import_country, imported_layers, shot, status, wait_for  # noqa: E402

dock = import_country("1000000x300", "screenshot-overview")
canvas = iface.mapCanvas()
drawn = {}


def timed_refresh(name, then):
    started = time.monotonic()
    canvas.mapCanvasRefreshed.connect(lambda: drawn.setdefault(name, time.monotonic() - started))
    canvas.refreshAllLayers()
    wait_for(lambda: name in drawn, lambda: (status.append("{}_draw_s={:.2f} scale=1:{:.0f}".format(
        name, drawn[name], canvas.scale())), shot("overview_{}.png".format(name)), then()))


def points():
    canvas.zoomScale(20000)
    timed_refresh("points", finish)


def imported():
    layers = imported_layers()
    canvas.setExtent(layers[0].extent().buffered(layers[0].extent().width() * 0.6))
    timed_refresh("cells", points)


started = time.monotonic()
dock.importButton.click()
wait_for(lambda: dock.importButton.isEnabled() and QgsProject.instance().mapLayersByName("egms_l2b_2020_2024"),
         lambda: (status.append("import_s={:.1f}".format(time.monotonic() - started)), imported()))
