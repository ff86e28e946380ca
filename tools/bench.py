"""`make bench`: performance of the plugin against the reference routes, on the same files.

EGMS import (issue #20: >= 1.0x DuckDB's CSV -> Parquet, >= 12x the QGIS route, >= 4x ogr2ogr, peak RSS of QGIS's
process and the parse worker summed < 400 MB at 1M and 5M points): each file is loaded
- by our import (core.egms.import_egms) into a GeoPackage, in a QGIS process (QgsApplication initialised),
- by DuckDB: read_csv_auto -> Parquet (DuckDB from PyPI, for this bench only),
- by ogr2ogr CSV -> GPKG with -oo HEADERS=YES (without it GDAL takes the numeric date names for a data row),
- by the QGIS route of the EEA guidelines: the CSV as a delimited-text layer saved to GeoPackage with
  QgsVectorFileWriter,
the routes interleaved (A B C D, A B C D, ...), each run in its own process with the file read once beforehand (in
the page cache for every route alike), timed as a whole (start-up included) with the peak RSS of the process and its
children summed (sampled every 50 ms from /proc), and the work alone timed inside the process (our import_egms call,
DuckDB's COPY, the QGIS route's layer and writer; QGIS's start-up, about 0.9 s, and DuckDB's, about 0.2 s, left out:
in QGIS the import runs in a QGIS already started). Ratios by the best runs, the medians, and pair by pair. Every
route's output is checked (point count, coordinates or geometry present, one point's series equal to the CSV's text)
before a ratio is printed. Files: the project's synthetic L2b (build/bench/<n>x<d>/) and a second, differently shaped
older-release L2a written by tools/bench_files.py (random pid order, other decimals, int32 series); --files picks them.

Stores (issue #8): five synthetic L3 tiles of 500k points each (2.5M points) imported into a GeoPackage
and into PostGIS (a throw-away PostgreSQL 15 + PostGIS server on loopback with its default, durable
settings, started and stopped here), side by side; then the velocity filter and click-to-plot latency on
the 2.5M-point layer of each store.

Expression functions (issue #17: under 2 s for 100k points, under 20 s for 1M): egms_step written into a new field
the way QGIS's field calculator does it, and Select by expression with egms_velocity, on an imported layer.

    python tools/bench.py [--sizes 1000000x300] [--files synthetic,l2a] [--reps 2] [--memory 5000000x300]
                          [--tiles 5x500000x300] [--expressions 100000x300,...] [--profile 200000x300]
                          [--ada 1000000] [--skip ROUTE ...]
"""
import argparse
import csv as csvmodule
import itertools
import os
import statistics
import threading
import resource
import subprocess  # nosec B404
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "build", "bench")
PLUGINS = os.path.join(ROOT, "build", "test-plugins")
PY = sys.executable

_PRELUDE = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
"""

OURS = _PRELUDE + """
import time
from clms_egms.core.egms import import_egms
work = time.perf_counter()
result = import_egms([{csv!r}], {gpkg!r})
print("work %.3f" % (time.perf_counter() - work))
"""

READ_SERIES = _PRELUDE + """
import random, sqlite3, time
from clms_egms.core.egms import read_series
from clms_egms.core.egms.stores.geopackage.reader import GeoPackageReader
with sqlite3.connect({gpkg!r}) as c:
    layer = [r[0] for r in c.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")][0]
    pids = [r[0] for r in c.execute('SELECT pid FROM "%s"' % layer)]
random.seed(1)
sample = random.sample(pids, min(1000, len(pids)))
start = time.perf_counter()
for pid in sample:
    read_series({gpkg!r}, layer, pid)
function_ms = (time.perf_counter() - start) * 1000 / len(sample)
reader = GeoPackageReader({gpkg!r}, layer)
start = time.perf_counter()
for pid in sample:
    reader.series(pid)
print("%.3f %.3f" % (function_ms, (time.perf_counter() - start) * 1000 / len(sample)))
"""

# a click at a random place of the layer's extent: the nearest point within 60 m, its series read and plotted
_CLICKS = """
def clicks(layer, reader, wanted):
    import time
    import numpy as np
    from qgis.core import QgsPointXY
    from clms_egms.core.egms.series import nearest_feature
    from matplotlib.figure import Figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    fig = Figure(); ax = fig.add_subplot(111); canvas = FigureCanvasAgg(fig)
    rng = np.random.RandomState(3); times = []
    ext = layer.extent()
    for _ in range(wanted * 5):  # clicks off the points find nothing: try again, a bounded number of times
        if len(times) == wanted:
            break
        p = QgsPointXY(rng.uniform(ext.xMinimum(), ext.xMaximum()), rng.uniform(ext.yMinimum(), ext.yMaximum()))
        t = time.perf_counter()
        feature = nearest_feature(layer, p, 60.0)
        if feature is None:
            continue
        dates, mm = reader.series(feature)
        ax.clear(); ax.plot(dates, mm, marker="."); canvas.draw()
        times.append(time.perf_counter() - t)
    return times
"""

ANALYSIS = _PRELUDE + _CLICKS + """
import time
import numpy as np
from qgis.core import QgsVectorLayer
from clms_egms.core.egms.analysis import VelocityFilter
from clms_egms.core.egms.series import LayerSeries

def measure(layer, label):
    f = VelocityFilter(max_velocity=-5.0, min_coherence=0.7)
    expr = f.expression(layer.fields().names())
    t = time.perf_counter(); layer.setSubsetString(expr); n = layer.featureCount()
    filter_s = time.perf_counter() - t
    layer.setSubsetString("")
    times = clicks(layer, LayerSeries.for_layer(layer), 20)
    print("{{}}|{{:.3f}}|{{}}|{{:.1f}}|{{}}".format(label, filter_s, n, 1000 * float(np.median(times)), len(times)))

import sqlite3
with sqlite3.connect({gpkg!r}) as c:
    name = [r[0] for r in c.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")][0]
measure(QgsVectorLayer({gpkg!r} + "|layername=" + name, "imported", "ogr"), "imported")
uri = "file://{csv}?type=csv&delimiter=,&xField=easting&yField=northing&crs=EPSG:3035&detectTypes=yes&spatialIndex=yes"
t = time.perf_counter()
layer = QgsVectorLayer(uri, "csv", "delimitedtext")  # the provider reads the whole file here
layer.featureCount()
print("open|{{:.1f}}".format(time.perf_counter() - t))
measure(layer, "delimited")
"""

STORE_IMPORT = _PRELUDE + """
from clms_egms.core.egms import import_egms
target = {gpkg!r}
if {pg_uri!r}:
    from clms_egms.core.egms.stores.postgis.store import PostGIS
    target = PostGIS({pg_uri!r}, "bench")
result = import_egms({csvs!r}, target)
print(result.points)
"""

STORE_ANALYSIS = _PRELUDE + _CLICKS + """
import time
import numpy as np
from qgis.core import QgsVectorLayer
from clms_egms.core.egms.analysis import VelocityFilter
from clms_egms.core.egms.series import LayerSeries

if {pg_uri!r}:
    from clms_egms.core.egms.stores.postgis.store import PostGIS
    layer = QgsVectorLayer(PostGIS({pg_uri!r}, "bench").layer_uri("egms_l3_u_2020_2024"), "pg", "postgres")
else:
    layer = QgsVectorLayer({gpkg!r} + "|layername=egms_l3_u_2020_2024", "gpkg", "ogr")
assert layer.isValid()
t = time.perf_counter(); total = layer.featureCount(); count_s = time.perf_counter() - t
expr = VelocityFilter(max_velocity=-5.0, max_velocity_std=1.0).expression(layer.fields().names())
t = time.perf_counter(); layer.setSubsetString(expr); n = layer.featureCount(); filter_s = time.perf_counter() - t
layer.setSubsetString("")
times = clicks(layer, LayerSeries.for_layer(layer), 50)
print("{{}}|{{:.3f}}|{{:.3f}}|{{}}|{{:.1f}}|{{:.1f}}|{{}}".format(total, count_s, filter_s, n,
      1000 * float(np.median(times)), 1000 * float(np.percentile(times, 90)), len(times)))
"""

QGIS_ROUTE = _PRELUDE + """
import time
from qgis.core import QgsVectorFileWriter, QgsVectorLayer, QgsCoordinateTransformContext
work = time.perf_counter()
uri = "file://{csv}?type=csv&delimiter=,&xField=easting&yField=northing&crs=EPSG:3035&detectTypes=yes&geomType=point"
layer = QgsVectorLayer(uri, "egms", "delimitedtext")
assert layer.isValid()
options = QgsVectorFileWriter.SaveVectorOptions()
options.driverName = "GPKG"
error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, {gpkg!r}, QgsCoordinateTransformContext(), options)
assert error[0] == QgsVectorFileWriter.NoError, error
print("work %.3f" % (time.perf_counter() - work))
print(layer.featureCount())
"""


DUCKDB = """
import time
import duckdb
con = duckdb.connect()
work = time.perf_counter()
con.execute("COPY (SELECT * FROM read_csv_auto('{csv}')) TO '{out}' (FORMAT PARQUET)")
print("work %.3f" % (time.perf_counter() - work))
"""

# the output of each route, checked against the CSV: the number of points, coordinates (GeoPackage: a geometry on
# every point), and the series of one point (the CSV's text, parsed here with the csv module) value by value
CHECK = _PRELUDE + """
import json, sqlite3
import numpy as np
route, out, truth = {route!r}, {out!r}, json.loads({truth!r})
dates, expected = truth["dates"], np.array(truth["values"], dtype=np.float64)
if route == "ours":
    from clms_egms.core.egms import read_series
    from clms_egms.core.egms.formats import parse_file_name
    with sqlite3.connect(out) as c:
        layer = [r[0] for r in c.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")][0]
        n, located = c.execute('SELECT COUNT(*), COUNT(geom) FROM "%s"' % layer).fetchone()
    got_dates, got = read_series(out, layer, truth["pid"])
    assert [str(d).replace("-", "") for d in got_dates] == dates, "dates differ"
elif route == "duckdb":
    import duckdb
    con = duckdb.connect()
    n, located = con.execute("SELECT COUNT(*), COUNT(easting) FROM '%s'" % out).fetchone()
    row = con.execute("SELECT %s FROM '%s' WHERE CAST(pid AS VARCHAR) = ?" % (
        ", ".join('"%s"' % d for d in dates), out), [truth["pid"]]).fetchone()
    got = np.array(row, dtype=np.float64)
else:
    from osgeo import ogr
    ds = ogr.Open(out)
    layer = ds.GetLayer(0)
    n = layer.GetFeatureCount()
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    sql = ds.ExecuteSQL('SELECT COUNT(*) FROM "%s" WHERE "%s" IS NOT NULL' % (
        layer.GetName(), layer.GetGeometryColumn()), dialect="SQLITE")
    located = sql.GetNextFeature().GetField(0)
    ds.ReleaseResultSet(sql)
    missing = [d for d in dates if d not in names]
    assert not missing, "date columns missing: %s" % missing[:3]
    layer.SetAttributeFilter("pid = '%s'" % truth["pid"])
    feature = layer.GetNextFeature()
    assert feature is not None, "pid not found"
    got = np.array([feature.GetField(d) for d in dates], dtype=np.float64)
assert n == truth["rows"], "%d points, the CSV has %d rows" % (n, truth["rows"])
assert located == n, "%d of %d points without coordinates" % (n - located, n)
assert np.allclose(got, expected, atol=1e-6, equal_nan=True), "the series differs from the CSV's"
print("ok")
"""


# QGIS's field calculator: where QGIS gives its dialog to Python (qgis.gui.QgsFieldCalculator, 3.30+) the dialog
# itself, a new decimal field filled in and OK clicked (its C++ loop: the expression evaluated per feature, each value
# changed in the edit buffer), then the edits saved; before 3.30 the dialog's loop written in Python. Interleaved
# repetitions of egms_step and of a plain expression, each on a new field, values forgotten before each. Then a
# filter as Select by expression does it. The first egms_step field is checked against the stored series with a
# plain-Python mean before anything is printed
EXPRESSIONS = _PRELUDE.replace("QgsApplication([], False)", "QgsApplication([], True)") + """
import time
import numpy as np
from qgis.core import (QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest, QgsField,
                       QgsProject, QgsVectorLayer)
from clms_egms.core.compat import DOUBLE, field
from clms_egms.expressions import functions as expressions
from clms_egms.core.egms.stores.geopackage.reader import GeoPackageReader
expressions.register()
layer = QgsVectorLayer({gpkg!r} + "|layername=egms_l2b_2020_2024", "egms", "ogr")
QgsProject.instance().addMapLayer(layer)
n = layer.featureCount()
context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
from clms_egms.tests.support.gui import field_calculator_dialog
DIALOG = field_calculator_dialog()  # None before QGIS 3.30

def timed(fn):
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out

def click_dialog(name, text):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from clms_egms.tests.support.gui import open_field_calculator
    _dialog, ok = open_field_calculator(layer, name, text)
    start = time.perf_counter()
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    return time.perf_counter() - start

def python_loop(name, text):
    layer.startEditing()
    layer.addAttribute(field(name, DOUBLE))
    layer.updateFields()
    index = layer.fields().indexOf(name)
    start = time.perf_counter()
    e = QgsExpression(text)
    e.prepare(context)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(list(e.referencedColumns()) + [name], layer.fields())
    layer.beginEditCommand("field calculator")
    for f in layer.getFeatures(request):
        context.setFeature(f)
        layer.changeAttributeValue(f.id(), index, e.evaluate(context))
    layer.endEditCommand()
    return time.perf_counter() - start

def field_calculator(name, text):
    expressions.CACHE.forget()
    calc_s = (click_dialog if DIALOG else python_loop)(name, text)
    assert layer.fields().indexOf(name) >= 0, name
    save_s, saved = timed(layer.commitChanges)
    assert saved, layer.commitErrors()
    return calc_s, save_s

def select_by_expression():
    layer.selectByExpression("egms_velocity('2023-01-01', '2024-12-31') < -5")
    return layer.selectedFeatureCount()

runs = {{"step": [], "twice": []}}
for rep in range(3):
    runs["step"].append(field_calculator("step%d" % rep, "egms_step('2022-06-01')"))
    runs["twice"].append(field_calculator("twice%d" % rep, '"mean_velocity" * 2'))
expressions.CACHE.forget()
select_s, selected = timed(select_by_expression)
# check: the first written field against each point's stored series, averaged in plain Python
reader = GeoPackageReader({gpkg!r}, "egms_l2b_2020_2024")
feats = list(layer.getFeatures(QgsFeatureRequest().setFilterFids(list(range(1, n + 1, max(1, n // 200))))))
assert len(feats) >= 150 and all(isinstance(f["step0"], float) for f in feats)  # NULL is no float
event = np.datetime64("2022-06-01")
for f in feats:
    dates, mm = reader.series(f["pid"])
    before = [v for d, v in zip(dates, mm) if event - 60 <= d < event and v == v]
    after = [v for d, v in zip(dates, mm) if event < d <= event + 60 and v == v]
    assert abs(f["step0"] - (sum(after) / len(after) - sum(before) / len(before))) < 1e-6, f["pid"]
filled = sum(1 for f in layer.getFeatures() if isinstance(f["step0"], float))
assert filled == n, (filled, n)
def figures(pairs):
    totals = sorted(c + s for c, s in pairs)
    best = min(pairs, key=lambda p: p[0] + p[1])
    return "%.3f,%.3f,%.3f,%.3f" % (totals[0], totals[len(totals) // 2], best[0], best[1])
route = "dialog" if DIALOG else "loop"
from qgis.core import Qgis
print("|".join(str(v) for v in (n, route, figures(runs["step"]), figures(runs["twice"]), select_s, selected,
                                Qgis.version())))
"""


# Animate displacement: frames of different dates drawn as QGIS's canvas draws them (parallel render job, the map's
# scope with @map_start_time), every point of the layer in view; each date drawn for the first time
FRAMES = _PRELUDE + """
import math, time
from qgis.core import (QgsDateTimeRange, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest,
                       QgsMapRendererParallelJob, QgsMapSettings, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, QTime
from clms_egms.expressions import functions as expressions
from clms_egms.ui.animation import animate
expressions.register()
layer = QgsVectorLayer({gpkg!r} + "|layername=egms_l2b_2020_2024", "egms", "ogr")
QgsProject.instance().addMapLayer(layer)
animate(layer, None)
for fraction in (1.0, 0.1):  # the whole layer, then a view of a tenth of its area around its centre
    whole, side = layer.extent(), math.sqrt(fraction)
    view = QgsRectangle(whole)
    view.scale(side)
    in_view = sum(1 for _f in layer.getFeatures(QgsFeatureRequest(view).setNoAttributes()
                                                .setFlags(QgsFeatureRequest.NoGeometry)))
    times, images = [], []
    for year in (2020, 2021, 2022, 2023, 2024):
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        settings.setExtent(view)
        settings.setOutputSize(QSize(1000, 1000))
        start = QDateTime(QDate(year, 6, 1), QTime(0, 0))
        settings.setIsTemporal(True)
        settings.setTemporalRange(QgsDateTimeRange(start, start.addDays(6)))
        context = QgsExpressionContext()
        context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
        settings.setExpressionContext(context)
        began = time.perf_counter()
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        times.append(time.perf_counter() - began)
        assert not job.errors(), [e.message for e in job.errors()]
        images.append(job.renderedImage())
    assert all(a != b for a, b in zip(images, images[1:])), "frames of different dates drawn alike"
    times.sort()
    print("%d|%d|%f|%f" % (layer.featureCount(), in_view, times[len(times) // 2], times[-1]))
"""


def _link_plugin():
    os.makedirs(PLUGINS, exist_ok=True)
    link = os.path.join(PLUGINS, "clms_egms")
    if not os.path.islink(link):
        os.symlink(ROOT, link)


def _tree_rss_mb(root):
    """RSS of a process and its descendants, summed (MB), from /proc."""
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/{}/stat".format(name)) as f:
                    parents[int(name)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    tree, total, grown = {root}, 0, True
    while grown:  # until no process is added: a child's pid may be lower than its parent's
        before = len(tree)
        tree.update(pid for pid, parent in parents.items() if parent in tree)
        grown = len(tree) > before
    for pid in tree:
        try:
            with open("/proc/{}/status".format(pid)) as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("VmRSS"))
        except (OSError, StopIteration):
            pass
    return total / 1024.0


def run_measured(argv, stdout=subprocess.PIPE):
    """Run a command; (seconds, peak RSS MB of it and its children summed, stdout). Fails loudly if it fails."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)  # nosec B603
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError("{} failed ({}):\n{}".format(argv[:3], proc.returncode, err[-2000:]))
    return seconds, max(peak[0], usage.ru_maxrss / 1024.0), out


def synthetic_csv(n_points, n_dates):
    folder = os.path.join(BENCH_DIR, "{}x{}".format(n_points, n_dates))
    csv = os.path.join(folder, "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.csv")
    if not os.path.exists(csv):
        code = _PRELUDE.format(plugins=PLUGINS) + (
            "from clms_egms.core.egms.synthetic import write_egms\n"
            "write_egms({!r}, 'L2b', n_points={}, n_dates={}, as_zip=False, seed=42)\n").format(folder, n_points,
                                                                                                 n_dates)
        print("generating {} ({} points x {} dates)...".format(csv, n_points, n_dates), flush=True)
        run_measured([PY, "-c", code])
    return csv


def second_csv(n_points, n_dates):
    """The differently shaped older-release L2a file (tools/bench_files.py), cached."""
    folder = os.path.join(BENCH_DIR, "l2a_{}x{}".format(n_points, n_dates))
    import bench_files  # beside this script: Python puts its folder on the path

    csv = os.path.join(folder, bench_files.STEM + ".csv")
    if not os.path.exists(csv):
        print("generating {} ({} points x {} dates)...".format(csv, n_points, n_dates), flush=True)
        run_measured([PY, os.path.join(ROOT, "tools", "bench_files.py"), folder, str(n_points), str(n_dates)])
    return csv


def csv_truth(csv, row_index=None):
    """What every route's output must hold: the CSV's row count, and one row's pid and series as its text says."""
    with open(csv, "rb") as f:
        header = f.readline().decode().strip().split(",")
        rows = sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 24), b""))
    wanted = rows // 2 if row_index is None else row_index
    with open(csv, encoding="utf-8") as f:
        reader = csvmodule.reader(f)
        next(reader)
        row = next(itertools.islice(reader, wanted, None))
    first = next(i for i, name in enumerate(header) if name[:1].isdigit())
    return {"rows": rows, "pid": row[0], "dates": header[first:],
            "values": [float(v) if v else float("nan") for v in row[first:]]}


IMPORT_ROUTES = ("ours", "duckdb", "ogr2ogr", "qgis")
ROUTE_LABELS = {"ours": "our import -> GeoPackage", "duckdb": "DuckDB read_csv_auto -> Parquet",
                "ogr2ogr": "ogr2ogr -oo HEADERS=YES -> GPKG", "qgis": "QGIS delimited text -> GPKG"}


def _route_argv(name, csv, out):
    if name == "ours":
        return [PY, "-c", OURS.format(plugins=PLUGINS, csv=csv, gpkg=out)]
    if name == "duckdb":
        return [PY, "-c", DUCKDB.format(csv=csv, out=out)]
    if name == "ogr2ogr":
        return ["ogr2ogr", "-f", "GPKG", out, csv, "-oo", "HEADERS=YES", "-oo", "X_POSSIBLE_NAMES=easting",
                "-oo", "Y_POSSIBLE_NAMES=northing", "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:3035", "-nln", "egms"]
    return [PY, "-c", QGIS_ROUTE.format(plugins=PLUGINS, csv=csv, gpkg=out)]


def _warm(path):
    """Read the file once, untimed, so each route starts with it in the page cache (the QGIS route writes gigabytes
    and pushed the CSV out of it: the run after it read from the disk)."""
    with open(path, "rb") as f:
        while f.read(1 << 24):
            pass


def _remove(path):
    for p in (path, path + "-wal", path + "-shm", path + ".part"):
        if os.path.exists(p):
            os.remove(p)


def bench_import(label, csv, skip, reps):
    """The routes interleaved ``reps`` times on one file; each output checked once. Lines for the report."""
    size_mb = os.path.getsize(csv) / 1e6
    truth = csv_truth(csv)
    import json

    names = [r for r in IMPORT_ROUTES if r not in skip]
    times, peaks, works = {r: [] for r in names}, {r: [] for r in names}, {r: [] for r in names}
    for rep in range(reps):
        for name in names:
            if name == "qgis" and rep and "qgis-once" not in skip:
                continue
            out = os.path.join(BENCH_DIR, "out_{}.{}".format(name, "parquet" if name == "duckdb" else "gpkg"))
            _remove(out)
            print("  {} run {} ...".format(name, rep + 1), end="", flush=True)
            _warm(csv)
            seconds, rss, printed = run_measured(_route_argv(name, csv, out))
            # the work alone, timed inside the process (start-up and exit left out); ogr2ogr's is its whole run
            work = [float(line.split()[1]) for line in printed.splitlines() if line.startswith("work ")]
            works[name].append(work[0] if work else seconds)
            print(" {:.1f} s, {:.0f} MB (the work alone {:.1f} s)".format(seconds, rss, works[name][-1]), flush=True)
            if rep == 0:  # the output checked before any figure of this route is printed
                run_measured([PY, "-c", CHECK.format(plugins=PLUGINS, route=name, out=out, truth=json.dumps(truth))])
            times[name].append(seconds)
            peaks[name].append(rss)
            _remove(out)
    lines = ["EGMS import, {} ({:,} points x {} dates, {:.0f} MB); outputs checked (count, coordinates, pid {}'s "
             "series); {} interleaved runs:".format(label, truth["rows"], len(truth["dates"]), size_mb, truth["pid"],
                                                    reps)]
    for name in names:
        t, w = times[name], works[name]
        lines.append("  {:<32} min {:7.1f} s  median {:7.1f} s  peak RSS {:5.0f} MB ({} run{}); the work alone: min "
                     "{:.1f} s, median {:.1f} s".format(ROUTE_LABELS[name], min(t), statistics.median(t),
                                                        max(peaks[name]), len(t), "s" if len(t) > 1 else "", min(w),
                                                        statistics.median(w)))
    if "ours" in names:
        for name, target in (("duckdb", 1.0), ("ogr2ogr", 4.0), ("qgis", 12.0)):
            if name in names:
                lines.append("  ours vs {:<10} {} (target >= {:g}x)".format(name, _ratios(times, name), target))
                lines.append("  {:<18} {}".format("the work alone:", _ratios(works, name)))
    return lines


def _ratios(times, name):
    """How many times faster ours is than ``name``: by the best runs, by the medians, and the median of the runs'
    ratios pair by pair (runs of one repetition, close in time: the machine's drift cancels out)."""
    pairs = [b / a for a, b in zip(times["ours"], times[name])]
    return "{:5.2f}x faster by min, {:5.2f}x by median, {:5.2f}x pair by pair".format(
        min(times[name]) / min(times["ours"]), statistics.median(times[name]) / statistics.median(times["ours"]),
        statistics.median(pairs))


def bench_analysis(csv, skip):
    """On our import of the file: one point's series read back by pid, both ways (read_series; a kept
    GeoPackageReader); then, unless skipped, the velocity filter and a click's series against the delimited-text layer
    of the same CSV."""
    gpkg = os.path.join(BENCH_DIR, "read_series.gpkg")
    _remove(gpkg)
    run_measured([PY, "-c", OURS.format(plugins=PLUGINS, csv=csv, gpkg=gpkg)])
    out = run_measured([PY, "-c", READ_SERIES.format(plugins=PLUGINS, gpkg=gpkg)])[2].split()
    lines = ["  one point's series read back by pid (mean of 1000 random pids): read_series {} ms, a kept "
             "GeoPackageReader {} ms (target < 0.1 ms)".format(*out[-2:])]
    if "analysis" not in skip:
        analysis = run_measured([PY, "-c", ANALYSIS.format(plugins=PLUGINS, gpkg=gpkg, csv=csv)])[2]
        rows = dict(line.split("|", 1) for line in analysis.strip().splitlines() if "|" in line)
        for key, label in (("imported", "imported layer"), ("delimited", "delimited-text layer (same CSV)")):
            f_s, n, click_ms, clicks = rows[key].split("|")
            lines.append("  analysis, {:<32} filter applied and counted {:6.3f} s ({} points); click -> series "
                         "read and plotted {:6.1f} ms (median of {})".format(label, float(f_s), n, float(click_ms),
                                                                               clicks))
        lines.append("  (the delimited-text layer itself took {:.1f} s to open and count)".format(float(rows["open"])))
    _remove(gpkg)
    return lines


def bench_memory(n_points, n_dates):
    """Peak RSS of our import (QGIS's process and the parse worker summed) on a large synthetic file: the library
    call alone, then through the user's paths, Processing and the dock (bench_paths.py)."""
    import bench_paths  # beside this script

    csv = synthetic_csv(n_points, n_dates)
    gpkg = os.path.join(BENCH_DIR, "memory.gpkg")
    _remove(gpkg)
    seconds, rss, _ = run_measured([PY, "-c", OURS.format(plugins=PLUGINS, csv=csv, gpkg=gpkg)])
    _remove(gpkg)
    return ["EGMS import of {:,} synthetic points x {} dates ({:.0f} MB) into one GeoPackage layer:".format(
        n_points, n_dates, os.path.getsize(csv) / 1e6),
        "  the library call import_egms: {:.1f} s, peak RSS {:.0f} MB (QGIS's process and the parse worker "
        "summed)".format(seconds, rss)] + bench_paths.bench_paths(csv)


def synthetic_tiles(n_tiles, n_points, n_dates):
    """``n_tiles`` adjacent L3 up tiles (100 km apart, west to east) of ``n_points`` each, cached."""
    folder = os.path.join(BENCH_DIR, "tiles_{}x{}x{}".format(n_tiles, n_points, n_dates))
    paths = []
    for i in range(n_tiles):
        tile = "E{}N17".format(45 + i)
        path = os.path.join(folder, "EGMS_L3_{}_100km_U_2020_2024_1.csv".format(tile))
        if not os.path.exists(path):
            code = _PRELUDE.format(plugins=PLUGINS) + (
                "from clms_egms.core.egms.synthetic import write_egms\n"
                "write_egms({!r}, 'L3', n_points={}, n_dates={}, as_zip=False, seed={}, tile={!r}, spacing=100.0,"
                " origin=({}, 1700000.0), pid_prefix={!r})\n").format(folder, n_points, n_dates, i, tile,
                                                                     4500000.0 + 100000.0 * i, tile)
            print("generating {} ({} points x {} dates)...".format(path, n_points, n_dates), flush=True)
            run_measured([PY, "-c", code])
        paths.append(path)
    return paths


def bench_stores(n_tiles, n_points, n_dates):
    """Import the tiles into GeoPackage and PostGIS side by side, then filter and click on each."""
    from support.postgres import PostgresServer, unavailable  # the development kit: make bench sets PYTHONPATH=tests

    csvs = synthetic_tiles(n_tiles, n_points, n_dates)
    size_mb = sum(os.path.getsize(p) for p in csvs) / 1e6
    reason = unavailable()
    if reason:
        return ["Stores: PostGIS not measured: " + reason]
    gpkg = os.path.join(BENCH_DIR, "stores.gpkg")
    if os.path.exists(gpkg):
        os.remove(gpkg)
    lines = ["Stores, {} synthetic L3 tiles x {:,} points x {} dates ({:,} points, {:.0f} MB of CSV):".format(
        n_tiles, n_points, n_dates, n_tiles * n_points, size_mb)]
    with PostgresServer(durable=True) as server:
        server.create_database("bench")
        pg_uri = "dbname='bench' host={} port={} user='{}' password='{}'".format(server.host, server.port,
                                                                                 server.user, server.password)
        results = {}
        for name, uri in (("GeoPackage", ""), ("PostGIS", pg_uri)):
            print("  import into {} ...".format(name), end="", flush=True)
            seconds, rss, out = run_measured([PY, "-c", STORE_IMPORT.format(plugins=PLUGINS, csvs=csvs, gpkg=gpkg,
                                                                            pg_uri=uri)])
            print(" {:.1f} s".format(seconds), flush=True)
            analysis = run_measured([PY, "-c", STORE_ANALYSIS.format(plugins=PLUGINS, gpkg=gpkg, pg_uri=uri)])[2]
            results[name] = (seconds, rss, int(out.strip().splitlines()[-1]),
                             analysis.strip().splitlines()[-1].split("|"))
        import psycopg2

        conn = psycopg2.connect(server.dsn("bench"))
        with conn.cursor() as cur:
            cur.execute("SELECT pg_database_size('bench')")
            pg_mb = cur.fetchone()[0] / 1e6
        conn.close()
    sizes = {"GeoPackage": os.path.getsize(gpkg) / 1e6, "PostGIS": pg_mb}
    for name, (seconds, rss, points, a) in results.items():
        total, count_s, filter_s, n, click_ms, click90_ms, clicks = a
        lines.append("  {:<10} import {:7.1f} s ({:,.0f} points/s, {:.0f} MB peak RSS, {:.0f} MB stored); "
                     "count {} in {:.3f} s; filter {} points in {:.3f} s; click -> series plotted {:.1f} ms "
                     "median, {:.1f} ms 90th percentile ({} clicks)".format(
                         name, seconds, points / seconds, rss, sizes[name], total, float(count_s), n,
                         float(filter_s), float(click_ms), float(click90_ms), clicks))
    os.remove(gpkg)
    lines.append("  PostGIS import vs GeoPackage import: {:.2f}x the time".format(
        results["PostGIS"][0] / results["GeoPackage"][0]))
    return lines


def bench_expressions(n_points, n_dates):
    """egms_step written by the field calculator's route on an imported layer, and a filter by egms_velocity."""
    csv = synthetic_csv(n_points, n_dates)
    gpkg = os.path.join(BENCH_DIR, "expressions_{}x{}.gpkg".format(n_points, n_dates))
    if os.path.exists(gpkg):
        os.remove(gpkg)
    run_measured([PY, "-c", OURS.format(plugins=PLUGINS, csv=csv, gpkg=gpkg)])
    seconds, rss, out = run_measured([PY, "-c", EXPRESSIONS.format(plugins=PLUGINS, gpkg=gpkg)])
    frames = run_measured([PY, "-c", FRAMES.format(plugins=PLUGINS, gpkg=gpkg)])[2]
    for path in (gpkg, gpkg + "-wal", gpkg + "-shm"):  # QGIS opened it in WAL mode
        if os.path.exists(path):
            os.remove(path)
    n, route, step, twice, select_s, selected, version = out.strip().splitlines()[-1].split("|")
    n, (step_min, step_median, step_calc, step_save), (twice_min, twice_median, _c, _s) = int(n), (
        [float(v) for v in step.split(",")]), [float(v) for v in twice.split(",")]
    how = ("QGIS's field calculator dialog, OK clicked, then the edits saved" if route == "dialog" else
           "the field calculator's loop in Python (this QGIS does not give its dialog to Python), then saved")
    return ["Expression functions on an imported layer of {:,} points x {} dates (values checked against the stored "
            "series), QGIS {}:".format(n, n_dates, version),
            "  new field = egms_step('2022-06-01') by {}: {:.2f} s best, {:.2f} s median of 3 (best: {:.2f} s "
            "computing, {:.2f} s saving; {:.1f} us a point)".format(how, step_min, step_median, step_calc, step_save,
                                                                    step_min / n * 1e6),
            "  the same with \"mean_velocity\" * 2 (QGIS's and GDAL's share): {:.2f} s best, {:.2f} s median".format(
                twice_min, twice_median),
            "  select by egms_velocity('2023-01-01', '2024-12-31') < -5: {:7.2f} s ({} selected); peak RSS {:.0f} MB"
            .format(float(select_s), selected, rss),
            ] + ["  Animate displacement: a frame of {1:,} points in view of the layer's {0:,}, each date drawn for "
                 "the first time: {2:.2f} s median, {3:.2f} s slowest (5 frames)".format(
                     *(f(v) for f, v in zip((int, int, float, float), line.split("|"))))
                 for line in frames.strip().splitlines()[-2:]]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000000x300", help="import bench: points x dates, comma-separated")
    parser.add_argument("--files", default="synthetic,l2a", help="import bench: which files (synthetic, l2a)")
    parser.add_argument("--reps", type=int, default=2, help="import bench: interleaved runs of each route")
    parser.add_argument("--memory", default="1000000x300,5000000x300",
                        help="peak RSS of our import: the library call, through Processing and through the dock; "
                             "points x dates, comma-separated ('' to skip)")
    parser.add_argument("--tiles", default="5x500000x300", help="stores bench: tiles x points x dates ('' to skip)")
    parser.add_argument("--skip", nargs="*", default=[], choices=list(IMPORT_ROUTES) + ["qgis-once", "analysis"],
                        help="routes left out; qgis-once: the QGIS route (minutes at 1M points) in every run, "
                             "not only the first; analysis: the filter and click against the delimited-text layer")
    parser.add_argument("--profile", default="200000x300",
                        help="profile bench: points x dates of the layer, half of them in the corridor ('' to skip)")
    parser.add_argument("--ada", default="1000000",
                        help="active deformation areas bench: points of the layer ('' to skip)")
    parser.add_argument("--expressions", default="100000x300,1000000x300",
                        help="expression functions bench: points x dates, comma-separated ('' to skip)")
    args = parser.parse_args(argv)
    _link_plugin()
    os.makedirs(BENCH_DIR, exist_ok=True)
    load = os.getloadavg()
    lines = ["make bench on {} ({} cores), {}, load average {:.2f} {:.2f} {:.2f} at the start".format(
        os.uname().nodename, os.cpu_count(), time.strftime("%Y-%m-%d %H:%M"), *load)]
    files = [f.strip() for f in args.files.split(",") if f.strip()]
    for size in filter(None, args.sizes.split(",")):
        n_points, n_dates = (int(v) for v in size.lower().split("x"))
        for kind in files:
            if kind == "synthetic":
                csv, label = synthetic_csv(n_points, n_dates), "the project's synthetic L2b 2020-2024"
            else:
                csv, label = second_csv(n_points, n_dates), "a differently shaped older-release L2a 2018-2022"
            print("EGMS import: {} {} x {}".format(kind, n_points, n_dates), flush=True)
            lines += bench_import(label, csv, args.skip, args.reps)
            lines += bench_analysis(csv, args.skip)
    for size in filter(None, args.memory.split(",")):
        n_points, n_dates = (int(v) for v in size.lower().split("x"))
        print("Memory {} x {}".format(n_points, n_dates), flush=True)
        lines += bench_memory(n_points, n_dates)
    for size in filter(None, args.expressions.split(",")):
        n_points, n_dates = (int(v) for v in size.lower().split("x"))
        print("Expression functions {} x {}".format(n_points, n_dates), flush=True)
        lines += bench_expressions(n_points, n_dates)
    for size in filter(None, args.profile.split(",")):
        from bench_profile import bench_profile

        n_points, n_dates = (int(v) for v in size.lower().split("x"))
        print("Profile {} x {}".format(n_points, n_dates), flush=True)
        lines += bench_profile(n_points, n_dates, os.path.join(BENCH_DIR, "profile_{}".format(size)))
    for size in filter(None, args.ada.split(",")):
        from bench_ada import bench_ada

        print("Active deformation areas {}".format(size), flush=True)
        lines += bench_ada(int(size), os.path.join(BENCH_DIR, "ada_{}".format(size)))
    if args.tiles:
        n_tiles, n_points, n_dates = (int(v) for v in args.tiles.lower().split("x"))
        print("Stores {} tiles x {} x {}".format(n_tiles, n_points, n_dates), flush=True)
        lines += bench_stores(n_tiles, n_points, n_dates)
    lines.append("load average {:.2f} {:.2f} {:.2f} at the end".format(*os.getloadavg()))
    text = "\n".join(lines)
    with open(os.path.join(ROOT, "build", "bench.txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
