"""`make bench` (tools/bench.py --profile): a profile of 100,000 points in its corridor (issue #34: under 1 s), as the
plot dock computes it: the corridor's points read (core.egms.profile.profile_of_layer), the swath's bins per
geometry (core.egms.swath.section_statistics), and with an event the step of each point. The layer: a synthetic L2b
of ``n`` points imported into a GeoPackage; the line across its middle, the corridor half its height (half of the
points in it). Checked first: the same points and distances as QGIS's own features give (its slow path, every
attribute read), and velocities equal to the layer's."""
import os
import subprocess  # nosec B404
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = os.path.join(ROOT, "build", "test-plugins")

# run after bench._PRELUDE (QGIS started, the plugin on the path, os and sys imported)
SCRIPT = """
import time
from qgis.core import QgsVectorLayer
import numpy as np
from clms_egms.core.egms import import_egms, swath
from clms_egms.core.egms.profile import profile_of_layer, project
from clms_egms.core.egms.synthetic import write_egms
folder = {folder!r}
gpkg = os.path.join(folder, "profile.gpkg")
if not os.path.exists(gpkg):
    path = write_egms(os.path.join(folder, "in"), "L2b", n_points={n}, n_dates={dates}, seed=34, spacing=10.0)[0]
    import_egms([path], gpkg)
layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
e = layer.extent()
line, width = [(e.xMinimum(), e.center().y()), (e.xMaximum(), e.center().y())], e.height() / 2

def dock(event=None):
    rows = profile_of_layer(layer, line, width, event)
    labels = {{g: g.label for g in set(rows["geometry"])}}
    each = [labels[g] for g in rows["geometry"]]
    quantities = {{"velocity": (rows["velocity"], "mm/year")}}
    if event:
        quantities["step"] = (rows["step"], "mm")
    swath.section_statistics(rows["distance"], quantities, each, swath.bin_width_of(each, e.width()), e.width())
    return rows

rows = dock()
# checked first: QGIS's own features, every attribute, projected alike
features = list(layer.getFeatures())
order, along, _offset = project([f.geometry().asPoint().x() for f in features],
                                [f.geometry().asPoint().y() for f in features], line, width)
assert [features[i]["pid"] for i in order] == rows["pid"], "not the corridor's points"
assert np.allclose(along, rows["distance"], atol=1e-6)
assert np.array_equal([features[i]["mean_velocity"] for i in order], rows["velocity"])
stepped = dock("2022-06-01")
assert np.isfinite(stepped["step"]).mean() > 0.99
for event in (None, "2022-06-01"):
    times = []
    for _ in range(5):
        began = time.perf_counter()
        dock(event)
        times.append(time.perf_counter() - began)
    times.sort()
    print("%d|%d|%s|%.3f|%.3f" % (layer.featureCount(), len(rows["pid"]), event or "", times[2], times[0]))
"""


def bench_profile(n_points, n_dates, folder):
    """Lines for bench.txt: the profile's time (median and best of 5) without and with an event's step."""
    from bench import _PRELUDE

    os.makedirs(folder, exist_ok=True)
    code = _PRELUDE.format(plugins=PLUGINS) + SCRIPT.format(folder=folder, n=n_points, dates=n_dates)
    out = subprocess.run([sys.executable, "-c", code],
                         check=True, capture_output=True, text=True, timeout=3600).stdout  # nosec B603
    lines = ["Profile (issue #34: 100,000 points in the corridor under 1 s; the dock's computation, outputs checked "
             "against QGIS's features first)"]
    for row in out.strip().splitlines():
        if row.count("|") != 4:
            continue
        total, inside, event, median, best = row.split("|")
        lines.append("  {} points in the corridor of a {}-point layer{}: {} s median of 5, best {} s".format(
            inside, total, ", with the step of " + event if event else "", median, best))
    return lines
