"""clms_egms:active_deformation_areas on the workshop scenario (a sinking graben, a rising dome, a seasonal clay
area, a noisy stable background): the graben and the dome come out as areas where they were put, each once, the
clay area and the background as none; per track on L2b, never pooled; styled and labelled when loaded."""
import pytest
import numpy as np
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

from clms_egms.core.egms.scenario import CLAY, DOME, GRINDAVIK


@pytest.fixture
def scenario(small_scenario):
    return small_scenario


def run(parameters):
    import processing

    return processing.run("clms_egms:active_deformation_areas", parameters)


def areas_of(result):
    return sorted(result["OUTPUT"].getFeatures(), key=lambda f: f["ada_id"])


def test_the_graben_and_the_dome_are_areas_of_the_vertical_motion(provider, scenario):
    layer = QgsVectorLayer(scenario + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    result = run({"INPUT": layer, "OUTPUT": "memory:", "POINTS": "memory:"})
    areas = areas_of(result)

    assert result["AREAS"] == 2 == len(areas)
    down, up = sorted(areas, key=lambda f: f["median_velocity"])
    assert down.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(*GRINDAVIK)))
    assert up.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(*DOME)))
    assert not any(f.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(CLAY[0], CLAY[1]))) for f in areas)
    assert down["median_velocity"] < -10 and up["median_velocity"] > 10
    assert down["geometry"] == up["geometry"] == "vertical (L3 up)"
    flagged = list(result["POINTS"].getFeatures())
    assert sorted({f["ada_id"] for f in flagged}) == [down["ada_id"], up["ada_id"]]
    assert sum(1 for f in flagged if f["ada_id"] == down["ada_id"]) == down["n_points"]


def test_each_track_its_own_areas(provider, scenario):
    """L2b holds an ascending and a descending track: the graben sinking (away from both satellites) is an area of
    each, never one pooled area; the threshold each track's own."""
    layer = QgsVectorLayer(scenario + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
    result = run({"INPUT": layer, "OUTPUT": "memory:", "POINTS": "memory:"})
    areas = areas_of(result)
    town = QgsGeometry.fromPointXY(QgsPointXY(*GRINDAVIK))
    graben = [f for f in areas if f.geometry().contains(town)]
    assert sorted(f["geometry"] for f in graben) == ["track 155, descending", "track 16, ascending"]
    assert all(f["motion"] == "down / away" for f in graben)
    flagged = {}
    for point in result["POINTS"].getFeatures():
        flagged.setdefault(point["ada_id"], set()).add(point["track"])
    assert all(len(tracks) == 1 for tracks in flagged.values())  # an area's points of one track


def test_a_threshold_too_high_finds_nothing_and_says_so(provider, scenario):
    layer = QgsVectorLayer(scenario + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    result = run({"INPUT": layer, "THRESHOLD": 500, "OUTPUT": "memory:"})
    assert result["AREAS"] == 0 and result["OUTPUT"].featureCount() == 0


def test_a_layer_without_velocities_is_refused(provider, tmp_path):
    from qgis.core import QgsProcessingException

    layer = QgsVectorLayer("Point?crs=EPSG:3035&field=name:string", "places", "memory")
    with pytest.raises(QgsProcessingException, match="no mean_velocity field"):
        run({"INPUT": layer, "OUTPUT": "memory:"})


def test_the_land_beneath_each_area(provider, scenario, tmp_path):
    """A CLC raster of the scenario's square, continuous urban fabric within 1.5 km of the town and arable land
    around, and a DEM rising 25 degrees under the dome: the graben's area is urban and suggested urban subsidence
    (its reasons said); the dome's steep; the fields filled from the rasters given."""
    from osgeo import gdal

    from support.rasters import cell_centres, write_raster

    west, north = GRINDAVIK[0] - 6000, GRINDAVIK[1] + 6000
    x, y = cell_centres(west, north, 100.0, 120)
    clc = np.where(np.hypot(x - GRINDAVIK[0], y - GRINDAVIK[1]) < 1500, 1, 12).astype(np.uint8)
    clc_layer = write_raster(tmp_path / "clc.tif", west, north, 100.0, clc, gdal.GDT_Byte, 48)
    dem = 50.0 + np.tan(np.radians(25.0)) * np.where(y > GRINDAVIK[1] + 2500, y - GRINDAVIK[1] - 2500, 0.0)
    dem_layer = write_raster(tmp_path / "dem.tif", west, north, 100.0, dem.astype(np.float32), gdal.GDT_Float32)
    layer = QgsVectorLayer(scenario + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    areas = areas_of(run({"INPUT": layer, "CLC": clc_layer, "DEM": dem_layer, "OUTPUT": "memory:"}))
    down, up = sorted(areas, key=lambda f: f["median_velocity"])
    from clms_egms.core.egms.ada_context import inside

    covered = inside(down.geometry(), x.ravel(), y.ravel())  # the CLC cells whose centres the area covers
    urban = np.mean(clc.ravel()[covered] == 1)
    assert down["clc_code"] == (111 if urban > 0.5 else 211)
    assert down["clc_share"] == pytest.approx(max(urban, 1 - urban), abs=0.01)
    assert down["slope_mean"] < 10 and up["slope_mean"] > 10
    assert up["interpretation"].startswith("slope instability") and "mean slope" in up["reasons"]
    assert not isinstance(down["imperv_mean"], float)  # NULL: no imperviousness given
    assert "land cover:" in down["reasons"]


def test_the_store_reads_what_qgis_features_give(scenario):
    """A layer of the import read by its store in strips (fast, in arrays) gives the points, velocities and
    geometries QGIS's features give; its filter applied alike."""
    from clms_egms.core.egms.ada_features import SourcePoints, read_points, stored_of

    layer = QgsVectorLayer(scenario + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
    layer.setSubsetString('"mean_velocity" < 1')
    strip, SourcePoints.STRIP = SourcePoints.STRIP, 1000  # several strips, their edges shared
    try:
        fast = read_points(layer, layer.name(), stored_of(layer), layer.subsetString())
    finally:
        SourcePoints.STRIP = strip
    slow = SourcePoints(layer, layer.name())
    assert len(slow.fids) == layer.featureCount() > 3000
    order_fast, order_slow = np.argsort(fast.fids), np.argsort(slow.fids)
    assert np.array_equal(fast.fids[order_fast], slow.fids[order_slow])
    for name in ("x", "y", "velocity", "acceleration", "noise"):
        assert np.allclose(getattr(fast, name)[order_fast], getattr(slow, name)[order_slow], equal_nan=True), name
    assert list(fast.labels[order_fast]) == list(slow.labels[order_slow])
    assert set(slow.labels) == {"track 16, ascending", "track 155, descending"}
