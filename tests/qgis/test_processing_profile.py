"""clms_egms:profile's swath statistics and fault offsets through Processing, on points with planted truths: a
fault across two sections with a different offset in each of two viewing geometries, noise and 5 % wild outliers."""
import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

FAULT_X, SIGMA = 1800.0, 1.5
# (track, direction): velocity before the fault, offset across it (west to east)
TRUTH = {(16, "ASCENDING"): (-2.0, -12.0), (155, "DESCENDING"): (3.0, 5.0)}


def run(parameters):
    import processing

    return processing.run("clms_egms:profile", parameters)


@pytest.fixture(scope="module")
def ground():
    """40,000 points over 4 x 2 km (EPSG:3035), alternately of two geometries, a fault at x = 1800 m."""
    rng = np.random.default_rng(34)
    n = 40000
    x, y = rng.uniform(0, 4000, n), rng.uniform(0, 2000, n)
    layer = QgsVectorLayer("Point?crs=EPSG:3035", "egms_l2b_ground", "memory")
    layer.dataProvider().addAttributes([QgsField("pid", QVariant.String), QgsField("mean_velocity", QVariant.Double),
                                        QgsField("track", QVariant.Int), QgsField("direction", QVariant.String)])
    layer.updateFields()
    features = []
    for k in range(n):
        track, direction = list(TRUTH)[k % 2]
        base, offset = TRUTH[(track, direction)]
        v = base + offset * (x[k] > FAULT_X) + rng.normal(0, SIGMA)
        if rng.random() < 0.05:
            v = rng.uniform(-60, 60)
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x[k], y[k])))
        f.setAttributes(["p%d" % k, float(v), track, direction])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def lines(name, polylines, fields=()):
    layer = QgsVectorLayer("LineString?crs=EPSG:3035", name, "memory")
    layer.dataProvider().addAttributes([QgsField(f, QVariant.String) for f in fields])
    layer.updateFields()
    features = []
    for attributes, vertices in polylines:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*v) for v in vertices]))
        f.setAttributes(list(attributes))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_two_sections_bins_and_fault_offsets_per_geometry(provider, ground):
    # section A west to east at y = 500; section B east to west at y = 1500 (its far side is the fault's west)
    sections = lines("sections", [((), [(0, 500), (4000, 500)]), ((), [(4000, 1500), (0, 1500)])])
    faults = lines("faults", [(("Eldvörp fault",), [(FAULT_X, -100), (FAULT_X, 2100)]),
                              (("elsewhere",), [(5000, 0), (5000, 2000)])], fields=("name",))
    result = run({"INPUT": ground, "LINE": sections, "WIDTH": 200, "FAULTS": faults, "FAULT_NAME": "name",
                  "FAULT_WINDOW": 600, "OUTPUT": "memory:", "BINS": "memory:", "FAULT_OFFSETS": "memory:"})
    points = list(result["OUTPUT"].getFeatures())
    assert result["POINTS"] == len(points) and {f["section"] for f in points} == {"A", "B"}
    assert 3400 < sum(f["section"] == "A" for f in points) < 4600  # 40,000 x 200 m x 4 km / 8 km²: about 4000

    bins = [{n: f[n] for n in f.fields().names()} for f in result["BINS"].getFeatures()]
    labels = {"track 16, ascending", "track 155, descending"}
    assert {(b["section"], b["geometry"]) for b in bins} == {(s, g) for s in "AB" for g in labels}
    assert {(b["quantity"], b["unit"]) for b in bins} == {("velocity", "mm/year")}
    width = bins[1]["distance_m"] - bins[0]["distance_m"]
    assert width in (20.0, 50.0, 100.0, 200.0)  # from density: about 20 points a bin, a nice number
    for b in bins:
        track = 16 if "16" in b["geometry"] else 155
        base, offset = TRUTH[(track, "ASCENDING" if track == 16 else "DESCENDING")]
        x = b["distance_m"] if b["section"] == "A" else 4000 - b["distance_m"]
        if abs(x - FAULT_X) > width:  # bins on one side of the fault: the median is the truth within the noise
            allowed = 4 * 1.2533 * SIGMA / np.sqrt(b["n"]) * 1.1
            assert abs(b["median"] - (base + offset * (x > FAULT_X))) < allowed, b
            assert b["q25"] < b["median"] < b["q75"]

    offsets = [{n: f[n] for n in f.fields().names()} for f in result["FAULT_OFFSETS"].getFeatures()]
    assert sorted((o["section"], o["geometry"]) for o in offsets) == sorted((s, g) for s in "AB" for g in labels)
    for o in offsets:
        track = 16 if "16" in o["geometry"] else 155
        _base, offset = TRUTH[(track, "ASCENDING" if track == 16 else "DESCENDING")]
        expected = offset if o["section"] == "A" else -offset  # B runs east to west: far minus near is west - east
        assert o["fault"] == "Eldvörp fault" and o["method"] == "median" and o["unit"] == "mm/year"
        assert o["distance_m"] == pytest.approx(FAULT_X if o["section"] == "A" else 4000 - FAULT_X)
        assert o["n_before"] > 200 and o["n_after"] > 200
        assert 0 < o["uncertainty"] < 0.5 and abs(o["offset"] - expected) <= 3 * o["uncertainty"], o


def test_without_faults_the_offsets_table_is_empty_and_a_set_bin_width_is_kept(provider, ground):
    sections = lines("sections", [((), [(0, 500), (4000, 500)])])
    result = run({"INPUT": ground, "LINE": sections, "WIDTH": 200, "BIN_WIDTH": 250, "OUTPUT": "memory:",
                  "BINS": "memory:", "FAULT_OFFSETS": "memory:"})
    bins = list(result["BINS"].getFeatures())
    assert len(bins) == 2 * 16 and result["FAULT_OFFSETS"].featureCount() == 0  # 4000 / 250, two geometries
    assert sorted({b["distance_m"] for b in bins})[:2] == [125.0, 375.0]


def test_degenerate_faults_are_passed_over(provider, ground):
    """Faults a user's layer may hold: an empty geometry, one lying along the section (parallel: no crossing), one
    far away; only the real crossing is measured, nothing raises. (A line of one repeated vertex is an invalid
    geometry: Processing's own filter says so, tests/hostile/test_invalid_geometries.py.)"""
    sections = lines("sections", [((), [(0, 500), (4000, 500)])])
    faults = lines("faults", [(("real",), [(FAULT_X, -100), (FAULT_X, 2100)]),
                              (("along",), [(100, 500), (3900, 500)]),
                              (("far",), [(1e7, 1e7), (1e7 + 1, 1e7 + 1)])], fields=("name",))
    empty = QgsFeature(faults.fields())
    empty.setAttributes(["empty"])
    faults.dataProvider().addFeatures([empty])
    result = run({"INPUT": ground, "LINE": sections, "WIDTH": 200, "FAULTS": faults, "FAULT_NAME": "name",
                  "FAULT_METHOD": 1, "OUTPUT": "memory:", "BINS": "memory:", "FAULT_OFFSETS": "memory:"})
    offsets = list(result["FAULT_OFFSETS"].getFeatures())
    assert {o["fault"] for o in offsets} == {"real"} and {o["method"] for o in offsets} == {"line"}
    assert all(abs(o["offset"] - TRUTH[(16, "ASCENDING") if "16" in o["geometry"] else (155, "DESCENDING")][1])
               <= 3 * o["uncertainty"] for o in offsets)
