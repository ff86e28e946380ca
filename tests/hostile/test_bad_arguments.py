"""Bad arguments to the algorithms and the stores: each gets a clear message, never a raw Python error or a
silent empty result, and nothing is written where it must not be."""
import math

import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from clms_egms.core.egms.analysis import VelocityFilter
from clms_egms.core.egms.filtering import filter_expression
from clms_egms.core.egms.postgis import PostGIS
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
