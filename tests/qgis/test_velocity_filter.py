"""The velocity filter on an imported layer: as a layer filter and as a selection, counted directly."""
import numpy as np
import pytest
from qgis.core import QgsVectorLayer

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.analysis import VelocityFilter
from clms_egms.core.egms.store import column_values


@pytest.fixture(scope="module")
def l2b(tmp_path_factory):
    from conftest import SAMPLES_DIR

    if not SAMPLES_DIR.is_dir():
        pytest.skip("real EGMS samples not found at {} (CI has them)".format(SAMPLES_DIR))
    gpkg = str(tmp_path_factory.mktemp("f") / "egms.gpkg")
    import_egms([str(SAMPLES_DIR / "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"),
                 str(SAMPLES_DIR / "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip")], gpkg)
    return gpkg


@pytest.mark.parametrize("thresholds", [
    dict(max_velocity=-2.0), dict(min_abs_velocity=3.0, min_coherence=0.8),
    dict(min_velocity=-1.0, max_velocity=1.0, max_velocity_std=0.2),
])
def test_filter_counts_match_a_direct_computation(l2b, thresholds):
    f = VelocityFilter(**thresholds)
    names = ["mean_velocity", "mean_velocity_std", "temporal_coherence"]
    expected = int(f.mask({n: column_values(l2b, "egms_l2b_2020_2024", n) for n in names}).sum())
    assert 0 < expected < 23349
    layer = QgsVectorLayer(l2b + "|layername=egms_l2b_2020_2024", "l2b", "ogr")
    expression = f.expression(layer.fields().names())
    layer.selectByExpression(expression)
    assert layer.selectedFeatureCount() == expected
    assert layer.setSubsetString(expression)
    assert layer.featureCount() == expected
    assert np.all([abs(ft["mean_velocity"]) >= 0 for ft in layer.getFeatures()])


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
