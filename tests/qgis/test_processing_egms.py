"""The EGMS Processing algorithms, run through processing.run as users and models do."""
import csv
import os

import numpy as np
import pytest
from qgis.core import (QgsApplication, QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer)

from clms_egms.core.egms import read_series
from clms_egms.core.egms.synthetic import write_egms


def run(algorithm, parameters):
    import processing

    return processing.run("clms_egms:" + algorithm, parameters)


def test_algorithms_are_listed(provider):
    ids = {a.id() for a in QgsApplication.processingRegistry().providerById("clms_egms").algorithms()}
    assert {"clms_egms:import_egms", "clms_egms:export_timeseries"} <= ids
    for alg in QgsApplication.processingRegistry().providerById("clms_egms").algorithms():
        assert alg.shortHelpString()
        for p in alg.parameterDefinitions():
            assert p.help(), "{}: {} has no help".format(alg.id(), p.name())


def test_import_with_extent(provider, tmp_path, qgis_new_project):
    files = [write_egms(str(tmp_path / "in"), "L2b", n_points=400, n_dates=20, burst=b, seed=b, pid_prefix=p)[0]
             for b, p in ((845, "A"), (846, "B"))]
    gpkg = str(tmp_path / "out.gpkg")
    result = run("import_egms", {"INPUT": files, "OUTPUT": gpkg})
    assert result["LAYER_NAMES"] == "egms_l2b_2020_2024"
    assert "800 points imported" in result["SUMMARY"]
    layer = QgsVectorLayer(result["LAYERS"][0], "x", "ogr")
    assert layer.isValid() and layer.featureCount() == 800

    clipped = str(tmp_path / "clipped.gpkg")
    result = run("import_egms", {"INPUT": [str(tmp_path / "in")], "OUTPUT": clipped,
                                 "EXTENT": "4598000,4598200,1740000,1740200 [EPSG:3035]"})
    layer = QgsVectorLayer(result["LAYERS"][0], "x", "ogr")
    assert 0 < layer.featureCount() < 800
    for f in layer.getFeatures():
        p = f.geometry().asPoint()
        assert 4598000 <= p.x() <= 4598200 and 1740000 <= p.y() <= 1740200


def test_import_with_clip_layer_in_another_crs(provider, tmp_path, qgis_new_project):
    path = write_egms(str(tmp_path / "in"), "L3", n_points=400, n_dates=20)[0]
    polygons = QgsVectorLayer("Polygon?crs=EPSG:4326", "area", "memory")
    f = QgsFeature()
    # a box in WGS84 over the western half of the synthetic tile (13.164-13.169 E, about 38.69 N)
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((13.160 38.690, 13.1665 38.690, 13.1665 38.700, 13.160 38.700, "
                                      "13.160 38.690))"))
    polygons.dataProvider().addFeatures([f])
    QgsProject.instance().addMapLayer(polygons)
    result = run("import_egms", {"INPUT": [path], "OUTPUT": str(tmp_path / "o.gpkg"), "CLIP_LAYER": polygons})
    layer = QgsVectorLayer(result["LAYERS"][0], "x", "ogr")
    assert 0 < layer.featureCount() < 400
    assert "outside the clip area" in result["SUMMARY"]


def test_bad_input_is_a_clear_processing_error(provider, tmp_path):
    bad = tmp_path / "EGMS_L3_E45N17_100km_U_2020_2024_1.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(QgsProcessingException, match="damaged or incomplete"):  # (keep no traceback: see
        run("import_egms", {"INPUT": [str(bad)], "OUTPUT": str(tmp_path / "o.gpkg")})  # test_velocity_filter)
    assert not (tmp_path / "o.gpkg").exists()


def test_export_timeseries(provider, tmp_path, qgis_new_project):
    path = write_egms(str(tmp_path / "in"), "L2b", n_points=50, n_dates=25)[0]
    gpkg = str(tmp_path / "o.gpkg")
    uri = run("import_egms", {"INPUT": [path], "OUTPUT": gpkg})["LAYERS"][0]
    layer = QgsVectorLayer(uri, "egms", "ogr")
    QgsProject.instance().addMapLayer(layer)
    pids = [f["pid"] for f in layer.getFeatures()][:3]

    out = str(tmp_path / "series.csv")
    result = run("export_timeseries", {"INPUT": layer, "PIDS": "{}, {}\n{} nope".format(*pids), "OUTPUT": out})
    assert result["POINTS"] == 3 and result["ROWS"] == 75
    rows = list(csv.DictReader(open(out)))
    assert list(rows[0]) == ["pid", "date", "displacement_mm"]
    dates, mm = read_series(gpkg, "egms_l2b_2020_2024", pids[1])
    mine = [r for r in rows if r["pid"] == pids[1]]
    assert [r["date"] for r in mine] == [str(d) for d in dates]
    assert [float(r["displacement_mm"]) for r in mine] == list(mm)

    layer.selectByIds([f.id() for f in layer.getFeatures()][:5])
    out2 = str(tmp_path / "selected.csv")
    result = run("export_timeseries", {"INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True),
                                       "OUTPUT": out2})
    assert result["POINTS"] == 5 and len({r["pid"] for r in csv.DictReader(open(out2))}) == 5


def test_export_refuses_a_layer_that_is_not_imported(provider, tmp_path, qgis_new_project):
    layer = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string", "plain", "memory")
    QgsProject.instance().addMapLayer(layer)
    with pytest.raises(QgsProcessingException, match="not a layer made by the EGMS import"):
        run("export_timeseries", {"INPUT": layer, "OUTPUT": str(tmp_path / "x.csv")})
    assert not os.path.exists(str(tmp_path / "x.csv"))


def test_derived_fields(provider, tmp_path, qgis_new_project):
    path = write_egms(str(tmp_path / "in"), "L3", n_points=60, n_dates=200, seed=6)[0]
    gpkg = str(tmp_path / "o.gpkg")
    uri = run("import_egms", {"INPUT": [path], "OUTPUT": gpkg})["LAYERS"][0]
    out = run("derived_fields", {"INPUT": uri, "START": "2020-06-01", "END": "2022-06-01", "OUTPUT": "memory:"})
    layer = out["OUTPUT"]
    assert layer.featureCount() == 60 and {"disp_mm", "vel_mm_yr"} <= set(layer.fields().names())
    for f in layer.getFeatures():
        dates, mm = read_series(gpkg, "egms_l3_u_2020_2024", f["pid"])
        i = int(np.argmin(np.abs(dates - np.datetime64("2020-06-01"))))
        j = int(np.argmin(np.abs(dates - np.datetime64("2022-06-01"))))
        assert f["disp_mm"] == pytest.approx(round(mm[j] - mm[i], 1))
        window = (dates >= np.datetime64("2020-06-01")) & (dates <= np.datetime64("2022-06-01"))
        t = (dates[window] - dates[window][0]).astype(float) / 365.25
        assert f["vel_mm_yr"] == pytest.approx(round(np.polyfit(t, mm[window], 1)[0], 2))
    with pytest.raises(QgsProcessingException, match="start date must come before"):
        run("derived_fields", {"INPUT": uri, "START": "2023-01-01", "END": "2022-01-01", "OUTPUT": "memory:"})


def test_export_for_ps_time_series_viewer(provider, tmp_path, qgis_new_project):
    from clms_egms.core.egms.series import LayerSeries

    files = [write_egms(str(tmp_path / "in"), "L2b", n_points=30, n_dates=20, burst=b, seed=b, pid_prefix=p)[0]
             for b, p in ((845, "A"), (846, "B"))]
    gpkg = str(tmp_path / "o.gpkg")
    uri = run("import_egms", {"INPUT": files, "OUTPUT": gpkg})["LAYERS"][0]
    layer = QgsVectorLayer(uri, "egms", "ogr")
    QgsProject.instance().addMapLayer(layer)
    layer.selectByIds([f.id() for f in layer.getFeatures()][::6])
    out = str(tmp_path / "pstsv.shp")
    result = run("export_pstsv", {"INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "OUTPUT": out})
    assert result["POINTS"] == 10
    shp = QgsVectorLayer(out, "shp", "ogr")
    assert shp.isValid() and shp.featureCount() == 10 and shp.crs().authid() == "EPSG:3035"
    names = shp.fields().names()
    assert names[:7] == ["pid", "vel", "v_stdev", "acc", "season", "coh", "height"]
    assert all(len(n) <= 10 for n in names) and all(n.startswith("D") and len(n) == 9 for n in names[7:])
    reader = LayerSeries.for_layer(shp)  # the plugin reads the PS Time Series Viewer layout back
    for f in shp.getFeatures():
        dates, mm = reader.series(f)
        stored_dates, stored = read_series(gpkg, "egms_l2b_2020_2024", f["pid"])
        np.testing.assert_array_equal(mm[np.isin(dates, stored_dates)], stored)
    assert sorted(p.suffix for p in tmp_path.glob("pstsv.*")) == [".cpg", ".dbf", ".prj", ".shp", ".shx"]
