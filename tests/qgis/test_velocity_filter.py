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
