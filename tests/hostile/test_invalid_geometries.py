"""Invalid geometries given to the plugin's algorithms. Processing's own check, when it stops on an invalid feature,
throws a C++ exception through the Python iterator; the next plugin algorithm of the same process then crashed
(a self-intersecting area given to filter_velocity, then any algorithm: exit -11 or a corrupted interpreter). The
runs are made in a process of their own, so a crash fails this test instead of ending the suite."""
import json

from support.child import run_child

SCRIPT = r"""
import json
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessingContext,
                       QgsProcessingFeedback, QgsProject, QgsVectorLayer)
points = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string&field=mean_velocity:double", "points", "memory")
features = []
for i in range(20):
    for j in range(20):  # a 20 x 20 grid, 100 m apart, over the bow tie's square
        f = QgsFeature(points.fields())
        f.setAttributes(["p{}_{}".format(i, j), -3.0])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(4000050 + 100 * i, 3000050 + 100 * j)))
        features.append(f)
points.dataProvider().addFeatures(features)
bow = QgsVectorLayer("Polygon?crs=EPSG:3035", "bow tie", "memory")
f = QgsFeature()
f.setGeometry(QgsGeometry.fromWkt("POLYGON((4000000 3000000, 4002000 3002000, 4002000 3000000, 4000000 3002000, "
                                  "4000000 3000000))"))
bow.dataProvider().addFeatures([f])
QgsProject.instance().addMapLayers([points, bow])
checks = {"stop": QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid,
          "skip": QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid,
          "take": QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck}
for name in ("stop", "skip", "take", "stop"):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(checks[name])
    try:
        result = processing.run("clms_egms:filter_velocity", {"INPUT": points, "AREA": bow, "MAX_VELOCITY": -1,
                                                               "OUTPUT": "memory:"}, context=context,
                                feedback=QgsProcessingFeedback())
        print(json.dumps([name, "kept", result["COUNT"]]), flush=True)
    except Exception as exc:
        print(json.dumps([name, type(exc).__name__, str(exc)]), flush=True)
    # the next algorithm of the process (it crashed here)
    after = processing.run("clms_egms:filter_velocity", {"INPUT": points, "MAX_VELOCITY": -1, "OUTPUT": "memory:"})
    print(json.dumps([name, "next", after["COUNT"]]), flush=True)
print(json.dumps("done"), flush=True)
"""


def test_an_invalid_area_is_said_skipped_or_made_valid_and_the_next_algorithm_runs():
    done = run_child(SCRIPT)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith(("[", '"'))]
    assert done.returncode == 0 and lines and lines[-1] == "done", (done.returncode, done.stdout[-2000:],
                                                                       done.stderr[-3000:])
    runs = lines[:-1]
    assert [r for r in runs if r[1] == "next"] == [[n, "next", 400] for n in ("stop", "skip", "take", "stop")]
    stop, skip, take = runs[0], runs[2], runs[4]
    # Processing set to stop: the feature, the layer, why, and what to do, as the algorithm's error
    assert stop[1] == "QgsProcessingException" and "Feature (1) of “bow tie” has an invalid geometry" in stop[2]
    assert "intersect" in stop[2] and "Fix geometries" in stop[2] and "Invalid features filtering" in stop[2]
    # set to skip: the area has no valid polygon left, and says so
    assert skip[1] == "QgsProcessingException" and "has no polygons" in skip[2]
    # set to take it as it is: made valid (two triangles meeting at the centre) and clipped by
    assert take[1] == "kept" and 160 <= take[2] <= 240  # the bow tie covers half of the grid's square
    assert runs[6][:2] == ["stop", "QgsProcessingException"]
