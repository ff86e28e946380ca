"""Bad arguments to the algorithms and the stores: each gets a clear message, never a raw Python error or a
silent empty result, and nothing is written where it must not be."""
import math

import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from clms_egms.core.egms.analysis import VelocityFilter
from clms_egms.core.egms.filtering import filter_expression
from clms_egms.core.egms.stores.postgis.store import PostGIS
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.core.errors import PluginError


@pytest.mark.parametrize("schema", ["information_schema", "pg_catalog", "PG_TOAST", "pg_temp_3"])
def test_postgresqls_own_schemas_are_refused(schema):
    with pytest.raises(PluginError, match="one of PostgreSQL's own schemas"):
        PostGIS("dbname='egms' host=localhost port=5432", schema)
    assert PostGIS("dbname='egms' host=localhost port=5432", "egms").schema == "egms"


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_threshold_that_is_not_a_number_is_said(value):
    """A NaN threshold kept no point at all, without a word."""
    with pytest.raises(PluginError, match="The threshold max_velocity is .*not a number"):
        filter_expression(VelocityFilter(max_velocity=value), ["mean_velocity"], "egms")
    assert filter_expression(VelocityFilter(max_velocity=-2.0), ["mean_velocity"], "egms") == '"mean_velocity" <= -2.0'


def test_an_output_that_is_a_folder_is_said_not_raised(provider, tmp_path, qgis_new_project):
    """export_timeseries with OUTPUT an existing folder raised a raw IsADirectoryError."""
    import processing

    path = write_egms(str(tmp_path / "in"), "L2b", n_points=20, n_dates=10)[0]
    uri = processing.run("clms_egms:import_egms", {"INPUT": [path], "OUTPUT": str(tmp_path / "o.gpkg")})["LAYERS"][0]
    layer = QgsVectorLayer(uri, "egms", "ogr")
    QgsProject.instance().addMapLayer(layer)
    folder = tmp_path / "a folder.csv"
    folder.mkdir()
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("clms_egms:export_timeseries", {"INPUT": layer, "OUTPUT": str(folder)})
    text = str(refused.value)
    assert "a folder.csv" in text and "Is a directory" in text and "Traceback" not in text
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("damage", ["dates", "short blob", "unknown source"])
def test_a_crafted_geopackage_gives_a_message_not_a_value_error(provider, tmp_path, qgis_new_project, damage):
    """Bad egms_sources.dates, a series blob shorter than its dates, a series naming no source: a raw ValueError
    (or TypeError) left export_timeseries, fit_trends, the plot and the animation."""
    import sqlite3

    import processing

    from clms_egms.core.egms import read_series
    from clms_egms.core.egms.stores.geopackage import reader as gpkg_reader

    path = write_egms(str(tmp_path / "in"), "L2b", n_points=20, n_dates=10)[0]
    gpkg = str(tmp_path / "o.gpkg")
    uri = processing.run("clms_egms:import_egms", {"INPUT": [path], "OUTPUT": gpkg})["LAYERS"][0]
    gpkg_reader.close_readers()
    with sqlite3.connect(gpkg) as conn:
        pid = conn.execute("SELECT pid FROM egms_l2b_2020_2024 LIMIT 1").fetchone()[0]
        if damage == "dates":
            conn.execute("UPDATE egms_sources SET dates = '2020-01-01,banana'")
        elif damage == "short blob":
            conn.execute("UPDATE egms_l2b_2020_2024_ts SET data = substr(data, 1, 7)")
        else:
            conn.execute("UPDATE egms_l2b_2020_2024_ts SET source_id = 99")
    with pytest.raises(PluginError, match="The store is damaged"):
        read_series(gpkg, "egms_l2b_2020_2024", pid)
    layer = QgsVectorLayer(uri, "egms", "ogr")
    QgsProject.instance().addMapLayer(layer)
    for algorithm, extra in (("export_timeseries", {"OUTPUT": str(tmp_path / "s.csv")}),
                             ("fit_trends", {"OUTPUT": "memory:"})):
        with pytest.raises(QgsProcessingException, match="The store is damaged"):
            processing.run("clms_egms:" + algorithm, dict(extra, INPUT=layer))
    gpkg_reader.close_readers()


def test_a_world_sized_area_in_degrees_keeps_the_points_inside_it(provider, qgis_new_project):
    """A polygon of the whole world in EPSG:4326 became garbage in EPSG:3035 and kept 0 of 200 points."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    points = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string&field=mean_velocity:double", "p", "memory")
    features = []
    for i in range(200):
        f = QgsFeature(points.fields())
        f.setAttributes(["p{}".format(i), -3.0])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(3000000 + 10000 * (i % 20), 2000000 + 10000 * (i // 20))))
        features.append(f)
    points.dataProvider().addFeatures(features)
    world = QgsVectorLayer("Polygon?crs=EPSG:4326", "world", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((-180 -90, 180 -90, 180 90, -180 90, -180 -90))"))
    world.dataProvider().addFeatures([f])
    QgsProject.instance().addMapLayers([points, world])
    result = processing.run("clms_egms:filter_velocity", {"INPUT": points, "AREA": world, "OUTPUT": "memory:"})
    assert result["COUNT"] == 200
