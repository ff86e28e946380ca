"""`make bench`: performance of the plugin against the reference routes, on the same files.

EGMS import (issue: >= 10x the QGIS route, >= 3x ogr2ogr, peak RSS < 500 MB on 1M points): a
synthetic L2b CSV of N points x D dates (generated once, cached in build/bench/) is loaded
- by our import (core.egms.import_egms) into a GeoPackage,
- by the QGIS route of the EEA guidelines: the CSV as a delimited-text layer saved to GeoPackage
  with QgsVectorFileWriter,
- by ogr2ogr CSV -> GPKG,
each in its own process (peak RSS from the kernel for that process). Figures go to stdout and
build/bench.txt.

Stores (issue #8): five synthetic L3 tiles of 500k points each (2.5M points) imported into a GeoPackage
and into PostGIS (a throw-away PostgreSQL 15 + PostGIS server on loopback with its default, durable
settings, started and stopped here), side by side; then the velocity filter and click-to-plot latency on
the 2.5M-point layer of each store.

Expression functions (issue #17: under 2 s for 100k points, under 20 s for 1M): egms_step written into a new field
the way QGIS's field calculator does it, and Select by expression with egms_velocity, on an imported layer.

    python tools/bench.py [--sizes 200000x300,1000000x300] [--tiles 5x500000x300] [--expressions 100000x300,...]
                          [--skip ROUTE ...]
"""
import argparse
import os
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
from clms_egms.core.egms import import_egms
result = import_egms([{csv!r}], {gpkg!r})
"""

READ_SERIES = _PRELUDE + """
import random, sqlite3, time
from clms_egms.core.egms.store import SeriesReader
layer = "egms_l2b_2020_2024"
with sqlite3.connect({gpkg!r}) as c:
    pids = [r[0] for r in c.execute('SELECT pid FROM "%s"' % layer)]
random.seed(1)
sample = random.sample(pids, min(1000, len(pids)))
reader = SeriesReader({gpkg!r}, layer)
start = time.perf_counter()
for pid in sample:
    reader.series(pid)
print("%.3f" % ((time.perf_counter() - start) * 1000 / len(sample)))
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

measure(QgsVectorLayer({gpkg!r} + "|layername=egms_l2b_2020_2024", "imported", "ogr"), "imported")
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
    from clms_egms.core.egms.postgis import PostGIS
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
    from clms_egms.core.egms.postgis import PostGIS
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
from qgis.core import QgsVectorFileWriter, QgsVectorLayer, QgsCoordinateTransformContext
uri = "file://{csv}?type=csv&delimiter=,&xField=easting&yField=northing&crs=EPSG:3035&detectTypes=yes&geomType=point"
layer = QgsVectorLayer(uri, "egms", "delimitedtext")
assert layer.isValid()
options = QgsVectorFileWriter.SaveVectorOptions()
options.driverName = "GPKG"
error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, {gpkg!r}, QgsCoordinateTransformContext(), options)
assert error[0] == QgsVectorFileWriter.NoError, error
print(layer.featureCount())
"""


# the field calculator's way (QgsFieldCalculator: a new field, the expression evaluated per feature, each value
# changed in the edit buffer, committed), then a filter as Select by expression does it; the computed field is
# checked against the stored series with a plain-Python mean before anything is printed
EXPRESSIONS = _PRELUDE + """
import time
import numpy as np
from qgis.core import (QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest, QgsField,
                       QgsProject, QgsVectorLayer)
from clms_egms.core.compat import DOUBLE, field
from clms_egms.core.egms import expressions
from clms_egms.core.egms.store import SeriesReader
expressions.register()
layer = QgsVectorLayer({gpkg!r} + "|layername=egms_l2b_2020_2024", "egms", "ogr")
QgsProject.instance().addMapLayer(layer)
n = layer.featureCount()
context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))

def timed(fn):
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out

def evaluate_only():
    e = QgsExpression("egms_step('2022-06-01')")
    e.prepare(context)
    for f in layer.getFeatures():
        context.setFeature(f)
        e.evaluate(context)

def field_calculator(name="step", text="egms_step('2022-06-01')"):
    layer.startEditing()
    layer.addAttribute(field(name, DOUBLE))
    layer.updateFields()
    index = layer.fields().indexOf(name)
    e = QgsExpression(text)
    e.prepare(context)
    layer.beginEditCommand("field calculator")
    for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
        context.setFeature(f)
        layer.changeAttributeValue(f.id(), index, e.evaluate(context))
    layer.endEditCommand()
    assert layer.commitChanges(), layer.commitErrors()

def select_by_expression():
    layer.selectByExpression("egms_velocity('2023-01-01', '2024-12-31') < -5")
    return layer.selectedFeatureCount()

expressions.CACHE.forget()
eval_s, _ = timed(evaluate_only)
expressions.CACHE.forget()
calc_s, _ = timed(field_calculator)
expressions.CACHE.forget()
select_s, selected = timed(select_by_expression)
# the same field calculator pass with a plain attribute expression: what QGIS and GDAL take whatever the function
base_s, _ = timed(lambda: field_calculator("twice", '"mean_velocity" * 2'))
# check: the written field against each point's stored series, averaged in plain Python
reader = SeriesReader({gpkg!r}, "egms_l2b_2020_2024")
feats = list(layer.getFeatures(QgsFeatureRequest().setFilterFids(list(range(1, n + 1, max(1, n // 200))))))
assert len(feats) >= 150 and all(isinstance(f["step"], float) for f in feats)  # NULL is no float
event = np.datetime64("2022-06-01")
for f in feats:
    dates, mm = reader.series(f["pid"])
    before = [v for d, v in zip(dates, mm) if event - 60 <= d < event and v == v]
    after = [v for d, v in zip(dates, mm) if event < d <= event + 60 and v == v]
    assert abs(f["step"] - (sum(after) / len(after) - sum(before) / len(before))) < 1e-6, f["pid"]
filled = sum(1 for f in layer.getFeatures() if isinstance(f["step"], float))
assert filled == n, (filled, n)
print("|".join(str(v) for v in (n, eval_s, calc_s, select_s, selected, base_s)))
"""


# Animate displacement: frames of different dates drawn as QGIS's canvas draws them (parallel render job, the map's
# scope with @map_start_time), every point of the layer in view; each date drawn for the first time
FRAMES = _PRELUDE + """
import time
from qgis.core import (QgsDateTimeRange, QgsExpressionContext, QgsExpressionContextUtils, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, QTime
from clms_egms.core.egms import expressions
from clms_egms.core.egms.animation import animate
expressions.register()
layer = QgsVectorLayer({gpkg!r} + "|layername=egms_l2b_2020_2024", "egms", "ogr")
QgsProject.instance().addMapLayer(layer)
animate(layer, None)
times, images = [], []
for year in (2020, 2021, 2022, 2023, 2024):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
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
print("%d|%f|%f" % (layer.featureCount(), times[len(times) // 2], times[-1]))
"""


def _link_plugin():
    os.makedirs(PLUGINS, exist_ok=True)
    link = os.path.join(PLUGINS, "clms_egms")
    if not os.path.islink(link):
        os.symlink(ROOT, link)


def run_measured(argv, stdout=subprocess.PIPE):
    """Run a command; (seconds, peak RSS MB, stdout). Fails loudly if the command fails."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)  # nosec B603
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError("{} failed ({}):\n{}".format(argv[:3], proc.returncode, err[-2000:]))
    return seconds, usage.ru_maxrss / 1024.0, out


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


def bench_import(n_points, n_dates, skip):
    csv = synthetic_csv(n_points, n_dates)
    size_mb = os.path.getsize(csv) / 1e6
    out = {}
    routes = [
        ("ours", lambda g: [PY, "-c", OURS.format(plugins=PLUGINS, csv=csv, gpkg=g)]),
        ("qgis", lambda g: [PY, "-c", QGIS_ROUTE.format(plugins=PLUGINS, csv=csv, gpkg=g)]),
        ("ogr2ogr", lambda g: ["ogr2ogr", "-f", "GPKG", g, csv, "-oo", "X_POSSIBLE_NAMES=easting",
                               "-oo", "Y_POSSIBLE_NAMES=northing", "-oo", "AUTODETECT_TYPE=YES",
                               "-a_srs", "EPSG:3035", "-nln", "egms"]),
    ]
    for name, argv in routes:
        if name in skip:
            continue
        gpkg = os.path.join(BENCH_DIR, "out_{}_{}x{}.gpkg".format(name, n_points, n_dates))
        if os.path.exists(gpkg):
            os.remove(gpkg)
        print("  {} ...".format(name), end="", flush=True)
        seconds, rss, _ = run_measured(argv(gpkg))
        out[name] = (seconds, rss, os.path.getsize(gpkg) / 1e6)
        print(" {:.1f} s".format(seconds), flush=True)
        if name == "ours":
            read_ms = float(run_measured([PY, "-c", READ_SERIES.format(plugins=PLUGINS, gpkg=gpkg)])[2])
            if "analysis" not in skip:
                analysis = run_measured([PY, "-c", ANALYSIS.format(plugins=PLUGINS, gpkg=gpkg, csv=csv)])[2]
            # the parse worker's own peak, run alone on the same file (inside the import, the kernel
            # counts the parent's pages it was forked from until exec: not memory it uses)
            worker_rss = run_measured([PY, os.path.join(ROOT, "core", "egms", "csvparse.py"), csv, "", "2000",
                                       "324", "24", "3", "4"], stdout=subprocess.DEVNULL)[1]
        os.remove(gpkg)
    lines = ["EGMS import, synthetic L2b CSV {:,} points x {} dates ({:.0f} MB):".format(n_points, n_dates, size_mb)]
    for name, label in (("ours", "our import"), ("qgis", "QGIS delimited text -> GPKG"),
                        ("ogr2ogr", "ogr2ogr CSV -> GPKG")):
        if name in out:
            s, rss, mb = out[name]
            lines.append("  {:<30} {:8.1f} s  {:7.0f} MB peak RSS  {:7.0f} MB GeoPackage".format(label, s, rss, mb))
    if "ours" in out and "analysis" not in skip:
        rows = dict(line.split("|", 1) for line in analysis.strip().splitlines() if "|" in line)
        for key, label in (("imported", "imported layer"), ("delimited", "delimited-text layer (same CSV)")):
            f_s, n, click_ms, clicks = rows[key].split("|")
            lines.append("  analysis, {:<32} filter applied and counted {:6.3f} s ({} points); click -> series "
                         "read and plotted {:6.1f} ms (median of {})".format(label, float(f_s), n, float(click_ms),
                                                                               clicks))
        lines.append("  (the delimited-text layer itself took {:.1f} s to open and count)".format(
            float(rows["open"])))
    if "ours" in out:
        lines.append("  (besides: our parse worker process, {:.0f} MB peak RSS)".format(worker_rss))
        lines.append("  one point's series read back by pid: {:.2f} ms (mean of 1000 random pids)".format(read_ms))
        for name, label in (("qgis", "QGIS route"), ("ogr2ogr", "ogr2ogr")):
            if name in out:
                lines.append("  ours vs {:<22} {:8.1f}x faster".format(label, out[name][0] / out["ours"][0]))
    return lines


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
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    from support.postgres import PostgresServer, unavailable

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
    n, eval_s, calc_s, select_s, selected, base_s = out.strip().splitlines()[-1].split("|")
    n = int(n)
    return ["Expression functions on an imported layer of {:,} points x {} dates (values checked against the stored "
            "series):".format(n, n_dates),
            "  field calculator, new field = egms_step('2022-06-01'), committed: {:7.2f} s ({:.1f} us a point; "
            "evaluating alone {:.2f} s)".format(float(calc_s), float(calc_s) / n * 1e6, float(eval_s)),
            "  the same with \"mean_velocity\" * 2 (QGIS's and GDAL's share):   {:7.2f} s".format(float(base_s)),
            "  select by egms_velocity('2023-01-01', '2024-12-31') < -5: {:7.2f} s ({} selected); peak RSS {:.0f} MB"
            .format(float(select_s), selected, rss),
            "  Animate displacement: a frame of {:,} points in view, each date drawn for the first time: {:.2f} s "
            "median, {:.2f} s slowest (5 frames)".format(*(f(v) for f, v in zip(
                (int, float, float), frames.strip().splitlines()[-1].split("|"))))]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="200000x300,1000000x300", help="points x dates, comma-separated")
    parser.add_argument("--tiles", default="5x500000x300", help="stores bench: tiles x points x dates ('' to skip)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["ours", "qgis", "ogr2ogr", "analysis"])
    parser.add_argument("--expressions", default="100000x300,1000000x300",
                        help="expression functions bench: points x dates, comma-separated ('' to skip)")
    args = parser.parse_args(argv)
    _link_plugin()
    os.makedirs(BENCH_DIR, exist_ok=True)
    lines = ["make bench on {} ({} cores), {}".format(os.uname().nodename, os.cpu_count(),
                                                      time.strftime("%Y-%m-%d %H:%M"))]
    for size in filter(None, args.sizes.split(",")):
        n_points, n_dates = (int(v) for v in size.lower().split("x"))
        print("EGMS import {} x {}".format(n_points, n_dates), flush=True)
        lines += bench_import(n_points, n_dates, args.skip)
    for size in filter(None, args.expressions.split(",")):
        n_points, n_dates = (int(v) for v in size.lower().split("x"))
        print("Expression functions {} x {}".format(n_points, n_dates), flush=True)
        lines += bench_expressions(n_points, n_dates)
    if args.tiles:
        n_tiles, n_points, n_dates = (int(v) for v in args.tiles.lower().split("x"))
        print("Stores {} tiles x {} x {}".format(n_tiles, n_points, n_dates), flush=True)
        lines += bench_stores(n_tiles, n_points, n_dates)
    text = "\n".join(lines)
    with open(os.path.join(ROOT, "build", "bench.txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
