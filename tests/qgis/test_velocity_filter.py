"""The velocity filter on an imported layer: as a layer filter and as a selection, against each point's values
read from the real files and the thresholds' meaning written out by hand."""
import csv
import io
import zipfile

import pytest
from qgis.core import QgsVectorLayer

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.analysis import VelocityFilter
from clms_egms.core.egms.stores.geopackage.reader import column_values


@pytest.fixture(scope="module")
def l2b(tmp_path_factory):
    from support.paths import SAMPLES_DIR

    if not SAMPLES_DIR.is_dir():
        pytest.skip("real EGMS samples not found at {} (CI has them)".format(SAMPLES_DIR))
    gpkg = str(tmp_path_factory.mktemp("f") / "egms.gpkg")
    import_egms([str(SAMPLES_DIR / "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"),
                 str(SAMPLES_DIR / "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip")], gpkg)
    return gpkg


def csv_points(samples_dir):
    """{pid: (mean_velocity, mean_velocity_std, temporal_coherence)} straight from the real files' CSV."""
    points = {}
    for stem in ("EGMS_L2b_022_0845_IW2_VV_2020_2024_1", "EGMS_L2b_117_0227_IW2_VV_2020_2024_1"):
        with zipfile.ZipFile(samples_dir / (stem + ".zip")) as zf, zf.open(stem + ".csv") as raw:
            for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")):
                points[row["pid"]] = tuple(float(row[n]) for n in (
                    "mean_velocity", "mean_velocity_std", "temporal_coherence"))
    return points


# each filter with its meaning written out by hand, point by point (velocity v, its std s, coherence c)
FILTERS = [
    (dict(max_velocity=-2.0), lambda v, s, c: v <= -2.0),
    (dict(min_abs_velocity=3.0, min_coherence=0.8), lambda v, s, c: (v <= -3.0 or v >= 3.0) and c >= 0.8),
    (dict(min_velocity=-1.0, max_velocity=1.0, max_velocity_std=0.2), lambda v, s, c: -1.0 <= v <= 1.0 and s <= 0.2),
]


@pytest.mark.parametrize("thresholds, passes", FILTERS)
def test_filter_keeps_exactly_the_points_that_pass_by_hand(l2b, samples_dir, thresholds, passes):
    expected = {pid for pid, values in csv_points(samples_dir).items() if passes(*values)}
    assert 0 < len(expected) < 23349
    f = VelocityFilter(**thresholds)
    names = ["mean_velocity", "mean_velocity_std", "temporal_coherence"]
    assert int(f.mask({n: column_values(l2b, "egms_l2b_2020_2024", n) for n in names}).sum()) == len(expected)
    layer = QgsVectorLayer(l2b + "|layername=egms_l2b_2020_2024", "l2b", "ogr")
    expression = f.expression(layer.fields().names())
    layer.selectByExpression(expression)
    assert {ft["pid"] for ft in layer.selectedFeatures()} == expected
    assert layer.setSubsetString(expression)
    assert layer.featureCount() == len(expected)
    assert {ft["pid"] for ft in layer.getFeatures()} == expected


def test_processing_filter_velocity(l2b, provider, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer(l2b + "|layername=egms_l2b_2020_2024", "l2b", "ogr")
    names = ["mean_velocity", "mean_velocity_std", "temporal_coherence"]
    columns = {n: column_values(l2b, "egms_l2b_2020_2024", n) for n in names}
    expected = int(VelocityFilter(max_velocity=-1.5, min_coherence=0.7).mask(columns).sum())
    result = processing.run("clms_egms:filter_velocity", {"INPUT": layer, "MAX_VELOCITY": -1.5, "MIN_COHERENCE": 0.7,
                                                          "OUTPUT": "memory:"})
    assert result["COUNT"] == expected == result["OUTPUT"].featureCount()
    assert all(f["mean_velocity"] <= -1.5 for f in result["OUTPUT"].getFeatures())

    # inside a polygon (drawn in WGS84 over the west of Ustica), counted against the points' own coordinates
    area = QgsVectorLayer("Polygon?crs=EPSG:4326", "area", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((13.14 38.69, 13.17 38.69, 13.17 38.72, 13.14 38.72, 13.14 38.69))"))
    area.dataProvider().addFeatures([f])
    lon = column_values(l2b, "egms_l2b_2020_2024", "longitude")
    lat = column_values(l2b, "egms_l2b_2020_2024", "latitude")
    inside = (lon >= 13.14) & (lon <= 13.17) & (lat >= 38.69) & (lat <= 38.72)
    result = processing.run("clms_egms:filter_velocity", {"INPUT": layer, "AREA": area, "OUTPUT": "memory:"})
    assert abs(result["COUNT"] - int(inside.sum())) <= 3  # ETRS89/WGS84 and LAEA rounding at the edges
    assert 0 < result["COUNT"] < 23349


def test_processing_filter_needs_the_field(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    from clms_egms.core.egms.synthetic import write_egms

    gpkg = str(tmp_path / "l3.gpkg")
    import_egms([write_egms(str(tmp_path / "in"), "L3", n_points=50, n_dates=10)[0]], gpkg)
    # the layer by its source, as models and qgis_process pass it: a failed run's frames stay referenced
    # from C++ (sip keeps the exception), and a layer object in them would be destroyed only after QGIS
    # has shut down, which crashes the interpreter's exit
    with pytest.raises(QgsProcessingException, match="no temporal_coherence field"):
        processing.run("clms_egms:filter_velocity", {"INPUT": gpkg + "|layername=egms_l3_u_2020_2024",
                                                     "MIN_COHERENCE": 0.7, "OUTPUT": "memory:"})


@pytest.mark.parametrize("locale,label,unit", [("en", "Velocity at least", "mm/year"),
                                               ("de", "Geschwindigkeit mindestens", "mm/Jahr"),
                                               ("fr", "Vitesse au moins", "mm/an")])
def test_the_dock_and_the_algorithm_say_each_threshold_in_the_same_words(qgis_iface, locale, label, unit):
    """One vocabulary (core/egms/thresholds.py): the dock's Analysis tab and the Processing algorithm
    filter_velocity name and explain every threshold alike, in the user's language."""
    from clms_egms.algorithms.filter_velocity import FilterVelocity
    from clms_egms.core.egms.thresholds import THRESHOLDS
    from clms_egms.ui.dock import Dock
    from support.gui import translated

    with translated(locale):
        dock = Dock(qgis_iface, qgis_iface.mainWindow())
        algorithm = FilterVelocity()
        algorithm.initAlgorithm()
        try:
            assert dock.minVelocityLabel.text() == label
            assert algorithm.parameterDefinition("MIN_VELOCITY").description() == "{} ({})".format(label, unit)
            for threshold in THRESHOLDS:
                shown = getattr(dock, threshold.widget + "Label").text()
                parameter = algorithm.parameterDefinition(threshold.parameter)
                assert shown and parameter.description().startswith(shown + " (")
                assert parameter.help() in getattr(dock, threshold.widget).toolTip()
        finally:
            dock.unload()
            dock.deleteLater()
