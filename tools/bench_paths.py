"""The EGMS import measured through the user's paths (part of ``make bench``, see bench.py): the Processing algorithm
``clms_egms:import_egms`` as the Toolbox runs it (layers loaded and styled on completion), and the dock's Import
button (its background task, the layer added and drawn), each in a QGIS process of its own whose peak RSS is summed
with the parse worker's. Both end with a draw of what was loaded (the points, and a large layer's overview) on an
800 x 600 map at the full extent, then at 1:25,000 around its centre, and one of the points alone (every point at
every scale: the plain layer).

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

def draw(layers, scale=None):
    # seconds of one draw of the layers (as QGIS's canvas draws them: each at its scales) on an 800 x 600 map at
    # their full extent, or at 1:scale around its centre
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(800, 600))
    extent = QgsRectangle(layers[0].extent())
    if scale:
        centre, metres = extent.center(), 800 * scale * 0.0254 / 96
        extent = QgsRectangle(centre.x() - metres / 2, centre.y() - metres * 0.375, centre.x() + metres / 2,
                              centre.y() + metres * 0.375)
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    t = time.perf_counter()
    job.start()
    job.waitForFinished()
    return time.perf_counter() - t


def report(imported, layers):
    points = [layer for layer in layers if not layer.name().endswith("_overview")][0]
    print("seconds %.1f draw %.2f pan %.2f points %d layers %d" % (imported, draw(layers), draw(layers, 25000),
                                                                   points.featureCount(), len(layers)))
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
report(imported, layers)
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
report(imported, list(QgsProject.instance().mapLayers().values()))
dock.unload()
"""

# the plain layer, for comparison, in a process of its own (its memory is no part of the paths'): every point drawn
PLAIN = _APP + """
from qgis.core import QgsVectorLayer
layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "points", "ogr")
from clms_egms.core.egms.style import apply_velocity_style
apply_velocity_style(layer)
print("plain %.2f" % draw([layer]))
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
        imported, full, pan, points, n_layers = (float(words[1]), float(words[3]), float(words[5]), int(words[7]),
                                                 int(words[9]))
        plain = float(bench.run_measured([bench.PY, "-c", PLAIN.format(plugins=bench.PLUGINS, csv=csv, gpkg=gpkg)]
                                         )[2].split()[-1])
        if points != truth["rows"]:
            raise RuntimeError("{}: {} points in the layer, the CSV has {} rows".format(path, points, truth["rows"]))
        lines.append("  through {}: {:,} points in {:.1f} s{}; a first draw of the map at the full extent {:.2f} s "
                     "(the points alone: {:.2f} s), at 1:25,000 {:.2f} s; peak RSS {:.0f} MB summed over QGIS's "
                     "process and the parse worker (target < 400 MB)".format(
                         LABELS[path], points, imported, " (and its overview)" if n_layers > 1 else "", full, plain,
                         pan, rss))
        bench._remove(gpkg)
    return lines


if __name__ == "__main__":
    bench._link_plugin()
    os.makedirs(bench.BENCH_DIR, exist_ok=True)
    print("\n".join(bench_paths(sys.argv[1], sys.argv[2:] or ("processing", "dock"))))
