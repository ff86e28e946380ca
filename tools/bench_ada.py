"""`make bench` (tools/bench.py --ada): active deformation areas of 1M points (issue #35: in seconds), through
Processing's clms_egms:active_deformation_areas as the dock's button and a model run it: the layer read, the areas
found and outlined, written. The layer: a synthetic L2b of ``n`` points (20 m apart, 1.5 mm/year of noise in their
velocities) with 40 planted subsiding discs of 150 to 600 m radius at -6 to -20 mm/year, imported into a
GeoPackage. Checked first: each planted disc is one area containing its centre, and no area lies elsewhere. Timed as
a whole process (QGIS's start-up included) and inside it (the algorithm alone), with the peak RSS summed."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = os.path.join(ROOT, "build", "test-plugins")

# run after bench._PRELUDE (QGIS started, the plugin on the path, os and sys imported)
SCRIPT = """
import time
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer
import numpy as np
from clms_egms.core.egms import import_egms
from clms_egms.core.egms.synthetic import write_egms
folder = {folder!r}
gpkg = os.path.join(folder, "ada.gpkg")
rng = np.random.default_rng(35)
side = np.sqrt({n}) * 20.0
origin = (4000000.0, 3000000.0)
discs = [(origin[0] + rng.uniform(0.05, 0.95) * side, origin[1] + rng.uniform(0.05, 0.95) * side,
          rng.uniform(150, 600), rng.uniform(-20, -6)) for _ in range(40)]
kept = []
for d in discs:  # apart from each other
    if all(np.hypot(d[0] - k[0], d[1] - k[1]) > d[2] + k[2] + 300 for k in kept):
        kept.append(d)
if not os.path.exists(gpkg):
    noise = np.random.default_rng(1)

    def velocity(x, y):
        v = noise.normal(0.0, 1.5, len(x))
        for cx, cy, r, rate in kept:
            v[np.hypot(x - cx, y - cy) <= r] += rate
        return v

    path = write_egms(os.path.join(folder, "in"), "L2b", n_points={n}, n_dates=30, seed=35, spacing=20.0,
                      origin=origin, velocity_fn=velocity)[0]
    import_egms([path], gpkg)
sys.path.insert(0, os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
from processing.core.Processing import Processing
Processing.initialize()
from clms_egms.algorithms.provider import Provider
provider = Provider()
QgsApplication.processingRegistry().addProvider(provider)
import processing
layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
began = time.perf_counter()
result = processing.run("clms_egms:active_deformation_areas", {{"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}})
seconds = time.perf_counter() - began
areas = result["OUTPUT"]
areas = areas if isinstance(areas, QgsVectorLayer) else QgsVectorLayer(areas, "areas", "ogr")
found = list(areas.getFeatures())
hits = [sum(1 for f in found if f.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(cx, cy))))
        for cx, cy, _r, _rate in kept]
assert hits == [1] * len(kept), hits
assert len(found) == len(kept), (len(found), len(kept))
print("%d|%d|%.2f" % (layer.featureCount(), len(found), seconds))
"""


def bench_ada(n_points, folder):
    """Lines for bench.txt: the areas of ``n_points``, timed, with the peak RSS of the process."""
    from bench import _PRELUDE, run_measured

    os.makedirs(folder, exist_ok=True)
    argv = [sys.executable, "-c", _PRELUDE.format(plugins=PLUGINS) + SCRIPT.format(folder=folder, n=n_points)]
    run_measured(argv)  # the layer written and imported once, outside the measure
    whole, peak, out = run_measured(argv)
    total, found, seconds = out.strip().splitlines()[-1].split("|")
    return ["Active deformation areas (issue #35: 1M points in seconds; Processing's algorithm as the dock runs it, "
            "each planted area found once first)",
            "  {} points, {} areas: the algorithm {} s, the process {:.1f} s (QGIS's start-up included), peak RSS "
            "{:.0f} MB".format(total, found, seconds, whole, peak)]
