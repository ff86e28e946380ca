"""The EGMS import measured through the user's paths (part of ``make bench``, see bench.py): the Processing algorithm
``clms_egms:import_egms`` as the Toolbox runs it (layers loaded and styled on completion), and the dock's Import
button (its background task, the layer added and drawn), each in a QGIS process of its own whose peak RSS is summed
with the parse worker's. Both end with one draw of the imported layer on an 800 x 600 map at its full extent.

Run alone: ``python tools/bench_paths.py CSV [processing|dock]`` prints the measured lines."""
import os
import sys

import bench  # beside this script

_APP = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication, QgsProject
app = QgsApplication([], True)
app.initQgis()
csv, gpkg = {csv!r}, {gpkg!r}
start = time.perf_counter()

def draw(layer):
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(800, 600))
    job = QgsMapRendererParallelJob(settings)
    t = time.perf_counter()
    job.start()
    job.waitForFinished()
    return time.perf_counter() - t
"""

PROCESSING = _APP + """
sys.path.insert(0, os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
from processing.core.Processing import Processing
import processing
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingUtils
Processing.initialize()
from clms_egms.algorithms.provider import Provider
provider = Provider()  # kept referenced: the registry does not own a Python provider
QgsApplication.processingRegistry().addProvider(provider)
context = QgsProcessingContext()
context.setProject(QgsProject.instance())
feedback = QgsProcessingFeedback()
result = processing.run("clms_egms:import_egms", {{"INPUT": [csv], "OUTPUT": gpkg}}, context=context,
                        feedback=feedback)
layers = []
for uri, details in context.layersToLoadOnCompletion().items():  # what the Toolbox does when it finishes
    layer = QgsProcessingUtils.mapLayerFromString(uri, context)
    QgsProject.instance().addMapLayer(context.temporaryLayerStore().takeMapLayer(layer) or layer)
    if details.postProcessor():
        details.postProcessor().postProcessLayer(layer, context, feedback)
    layers.append(layer)
imported = time.perf_counter() - start
print("seconds %.1f draw %.2f points %d" % (imported, draw(layers[0]), layers[0].featureCount()))
"""

DOCK = _APP + """
from unittest import mock
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow
from clms_egms.ui.dock import Dock
window = QMainWindow()
canvas = QgsMapCanvas(window)
canvas.resize(800, 600)
iface = mock.MagicMock()  # QGIS's interface as far as the dock uses it: its map canvas, message bar, main window
iface.mapCanvas.return_value, iface.messageBar.return_value = canvas, QgsMessageBar(window)
iface.mainWindow.return_value = window
dock = Dock(iface, window)
dock.importFiles.setFilePath(csv)
dock.importGeopackage.setFilePath(gpkg)
dock.importButton.click()
while not dock.importButton.isEnabled():  # the import runs in a background task, the layer is added after it
    app.processEvents()
    time.sleep(0.02)
imported = time.perf_counter() - start
layers = list(QgsProject.instance().mapLayers().values())
print("seconds %.1f draw %.2f points %d" % (imported, draw(layers[0]), layers[0].featureCount()))
dock.unload()
"""

SCRIPTS = {"processing": PROCESSING, "dock": DOCK}
LABELS = {"processing": "Processing (clms_egms:import_egms, layers loaded and styled on completion)",
          "dock": "the dock's Import button (background task, layer added and styled)"}


def bench_paths(csv: str, paths=("processing", "dock")) -> list:
    """A line per path: its seconds, the first draw of the layer, and the peak RSS summed over QGIS's process and
    the parse worker; the output checked first (the points in the layer are the CSV's rows)."""
    truth = bench.csv_truth(csv)
    lines = []
    for path in paths:
        gpkg = os.path.join(bench.BENCH_DIR, "path_{}.gpkg".format(path))
        bench._remove(gpkg)
        code = SCRIPTS[path].format(plugins=bench.PLUGINS, csv=csv, gpkg=gpkg)
        seconds, rss, out = bench.run_measured([bench.PY, "-c", code])
        words = out.split()
        imported, draw, points = float(words[1]), float(words[3]), int(words[5])
        if points != truth["rows"]:
            raise RuntimeError("{}: {} points in the layer, the CSV has {} rows".format(path, points, truth["rows"]))
        lines.append("  through {}: {:,} points in {:.1f} s, first full-extent draw {:.2f} s; peak RSS {:.0f} MB "
                     "summed over QGIS's process and the parse worker (target < 400 MB)".format(
                         LABELS[path], points, imported, draw, rss))
        bench._remove(gpkg)
    return lines


if __name__ == "__main__":
    bench._link_plugin()
    os.makedirs(bench.BENCH_DIR, exist_ok=True)
    print("\n".join(bench_paths(sys.argv[1], sys.argv[2:] or ("processing", "dock"))))
