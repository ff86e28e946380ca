"""Every algorithm of the plugin with hostile values in each of its parameters, one parameter at a time, the
others valid: through processing.run, in a process of its own (a crash would end it, not the suite). Each run
either works or ends in Processing's error with a message: never a crash, never a raw Python error, never the
plugin's "Unexpected error" (a case nobody thought of)."""
import json

from support.child import run_child

SCRIPT = r"""
import json, math, os
work = sys.argv[2]
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsProcessingFeedback,
                       QgsProject, QgsVectorLayer)
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.core.settings import Settings
Settings(clms_api_url="http://127.0.0.1:9", egms_api_url="http://127.0.0.1:9/insar-api", timeout_s=2,
         download_folder=os.path.join(work, "downloads")).save()
csv = write_egms(os.path.join(work, "in"), "L2b", "2020-2024", 60, 20, seed=5, as_zip=False)[0]
gpkg = os.path.join(work, "egms.gpkg")
uri = processing.run("clms_egms:import_egms", {"INPUT": [csv], "OUTPUT": gpkg})["LAYERS"][0]
points = QgsVectorLayer(uri, "points", "ogr")
box = points.extent()
line = QgsVectorLayer("LineString?crs=EPSG:3035", "line", "memory")
f = QgsFeature()
f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(box.xMinimum(), box.yMinimum()),
                                         QgsPointXY(box.xMaximum(), box.yMaximum())]))
line.dataProvider().addFeatures([f])
area = QgsVectorLayer("Polygon?crs=EPSG:3035", "area", "memory")
f = QgsFeature()
f.setGeometry(QgsGeometry.fromRect(box.buffered(10)))
area.dataProvider().addFeatures([f])
QgsProject.instance().addMapLayers([points, line, area])
folder = os.path.join(work, "a folder")
os.makedirs(folder, exist_ok=True)

def valid(alg):
    # a valid value for each parameter, by its type and name
    out = {}
    for p in alg.parameterDefinitions():
        kind, name = p.type(), p.name()
        if kind == "source" and name in ("LINE", "LINES", "PROFILE"):
            out[name] = line
        elif kind == "source" and name in ("AREA", "CLIP_LAYER", "POLYGONS", "CLIP"):
            out[name] = area
        elif kind in ("source", "vector"):
            out[name] = points
        elif kind == "multilayer" or kind == "file" and name == "INPUT":
            out[name] = [csv]
        elif kind.startswith("sink") or kind.endswith("Destination") or kind in ("vectorDestination",):
            out[name] = "memory:" if kind == "sink" else os.path.join(work, "out_{}_{}".format(alg.name(), name))
        elif kind == "fileDestination":
            out[name] = os.path.join(work, "out_{}.csv".format(alg.name()))
        elif kind == "folderDestination":
            out[name] = os.path.join(work, "out_{}".format(alg.name()))
        elif p.defaultValue() is not None:
            out[name] = p.defaultValue()
    if alg.name() == "import_egms":
        out["OUTPUT"] = os.path.join(work, "o.gpkg")
    if alg.name() == "export_pstsv":
        out["OUTPUT"] = os.path.join(work, "o.shp")
    return out

HOSTILE = {
    "number": [math.nan, math.inf, -math.inf, 1e308, -1e308, 0, -1, "abc"],
    "string": ["", "x" * 100000, "../../../etc/passwd", "a\x00b", "EGMS_L9z_..zip"],
    "datetime": ["9999-12-31", "0001-01-01", "banana", "2024-02-30"],
    "source": ["nope", line, area],
    "vector": ["nope", line],
    "multilayer": [[], ["/nonexistent/EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"], [folder], ["/dev/null"]],
    "file": ["/nonexistent/x.csv", folder, "/dev/null"],
    "extent": ["1,0,1,0 [EPSG:4326]", "nan,nan,nan,nan [EPSG:4326]", "-180,180,-90,90 [EPSG:4326]"],
    "crs": ["EPSG:999999", "nonsense"],
    "fileDestination": [folder, "/nonexistent/dir/x.csv", ""],
    "folderDestination": ["/dev/null", "/nonexistent/\x00", ""],
    "vectorDestination": [folder, "/nonexistent/dir/x.gpkg"],
    "sink": [folder + "/", "/nonexistent/dir/x.gpkg"],
    "boolean": ["maybe", 7],
    "enum": [99, -1, "x"],
    "field": ["no_such_field"],
}

for alg in sorted(provider.algorithms(), key=lambda a: a.name()):
    if alg.name() == "import_egms_postgis":
        continue  # needs a PostgreSQL server (tests/qgis/test_postgis_analysis.py drives it)
    base = valid(alg)
    for p in alg.parameterDefinitions():
        for value in HOSTILE.get(p.type(), []) + ([None] if not p.flags() & p.Flag.FlagOptional else []):
            params = dict(base)
            params[p.name()] = value
            shown = value.name() if hasattr(value, "name") and callable(value.name) else repr(value)[:40]
            try:
                processing.run("clms_egms:" + alg.name(), params, feedback=QgsProcessingFeedback())
                outcome = ["ok", ""]
            except QgsProcessingException as exc:
                outcome = ["refused", str(exc)[:300]]
            except Exception as exc:  # noqa: BLE001 (what the test looks for)
                outcome = [type(exc).__name__, str(exc)[:300]]
            print(json.dumps([alg.name(), p.name(), shown] + outcome), flush=True)
print(json.dumps("done"), flush=True)
"""


def test_hostile_values_in_every_parameter_of_every_algorithm(tmp_path):
    done = run_child(SCRIPT, tmp_path, timeout=900, HOME=str(tmp_path))
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith(("[", '"'))]
    assert done.returncode == 0 and lines and lines[-1] == "done", (done.returncode, done.stdout[-3000:],
                                                                       done.stderr[-3000:])
    runs = lines[:-1]
    algorithms = {r[0] for r in runs}
    assert len(algorithms) >= 10 and len(runs) > 100, (algorithms, len(runs))
    bad = [r for r in runs if r[3] not in ("ok", "refused") or "Traceback" in r[4] or "Unexpected error" in r[4]]
    assert not bad, "\n".join(json.dumps(r) for r in bad)
