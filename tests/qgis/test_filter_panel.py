"""The Analysis tab's velocity filter, driven as a user drives it."""
import numpy as np
import pytest
from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.stores.geopackage.reader import column_values
from clms_egms.core.egms.synthetic import write_egms


@pytest.fixture
def setup(dock, qgis_iface, tmp_path):
    path = write_egms(str(tmp_path / "in"), "L2b", n_points=2500, n_dates=20, seed=11)[0]
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms([path], gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock.filterLayer.setLayer(layer)
    qgis_iface.messageBar().clear_messages()
    columns = {n: column_values(gpkg, "egms_l2b_2020_2024", n)
               for n in ("mean_velocity", "mean_velocity_std", "temporal_coherence", "easting", "northing")}
    return dock, layer, columns


def test_filter_the_layer_and_reset(setup):
    dock, layer, c = setup
    layer.setSubsetString('"mean_velocity_std" < 1')  # the user's own filter, to be kept
    dock.maxVelocity.setText("-5")
    dock.minCoherence.setText("0,7")  # a decimal comma is understood
    n = dock.filter.apply()
    passing = (c["mean_velocity"] <= -5) & (c["temporal_coherence"] >= 0.7) & (c["mean_velocity_std"] < 1)
    expected = int(passing.sum())
    assert 0 < n == expected == layer.featureCount()
    assert dock.filterCount.text() == "{} points match.".format(expected)
    dock.filter.reset()
    assert layer.subsetString() == '"mean_velocity_std" < 1' and layer.featureCount() == 2500
    assert dock.maxVelocity.text() == ""


def test_select_and_count(setup):
    dock, layer, c = setup
    dock.filterAsSelection.setChecked(True)
    dock.minAbsVelocity.setText("8")
    n = dock.filter.apply()
    assert n == int((np.abs(c["mean_velocity"]) >= 8).sum()) == layer.selectedFeatureCount()
    assert layer.subsetString() == ""
    assert dock.filterCount.text() == "{} of 2500 points match.".format(n)


def test_inside_selected_polygons(setup):
    dock, layer, c = setup
    area = QgsVectorLayer("Polygon?crs=EPSG:3035", "area", "memory")
    f1, f2 = QgsFeature(), QgsFeature()
    f1.setGeometry(QgsGeometry.fromWkt("POLYGON((4598000 1740000, 4598400 1740000, 4598400 1740400, "
                                       "4598000 1740400, 4598000 1740000))"))
    f2.setGeometry(QgsGeometry.fromWkt("POLYGON((4598600 1740600, 4598900 1740600, 4598900 1740900, "
                                       "4598600 1740900, 4598600 1740600))"))
    area.dataProvider().addFeatures([f1, f2])
    QgsProject.instance().addMapLayer(area)
    area.selectByIds([next(area.getFeatures()).id()])  # only the first polygon
    dock.filterInside.setChecked(True)
    dock.filterArea.setLayer(area)
    dock.maxVelocity.setText("-1")
    n = dock.filter.apply()
    e, no, v = c["easting"], c["northing"], c["mean_velocity"]
    inside = (e >= 4598000) & (e <= 4598400) & (no >= 1740000) & (no <= 1740400) & (v <= -1)
    assert n == int(inside.sum()) > 0 and layer.featureCount() == n


def test_threshold_on_a_missing_field(dock, qgis_iface, tmp_path):
    gpkg = str(tmp_path / "l3.gpkg")
    import_egms([write_egms(str(tmp_path / "in"), "L3", n_points=50, n_dates=10)[0]], gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "l3", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock.filterLayer.setLayer(layer)
    qgis_iface.messageBar().clear_messages()
    dock.minCoherence.setText("0.8")
    assert dock.filter.apply() is None
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("no temporal_coherence field" in m for m in warnings)
    assert layer.subsetString() == ""


def test_style_range_of_the_users_choosing(setup):
    dock, layer, c = setup
    dock.styleRange.setValue(7.5)
    assert dock.filter.style() == 7.5
    ranges = layer.renderer().ranges()
    assert (ranges[0].upperValue(), ranges[-1].lowerValue()) == (-7.5, 7.5)
    assert ranges[0].label() == "< -7.5 mm/year"
    dock.styleRange.setValue(0)  # automatic: the data's robust spread, rounded
    from clms_egms.core.egms.style import nice_limit

    assert dock.filter.style() == nice_limit(c["mean_velocity"])


def test_applying_again_counts_against_the_whole_layer(setup):
    dock, layer, c = setup
    tight, loose = np.percentile(c["mean_velocity"], [25, 75]).round(1)
    dock.maxVelocity.setText(str(tight))
    first = dock.filter.apply()
    dock.maxVelocity.setText(str(loose))  # a looser filter: the layer must not stay cut to the first one
    second = dock.filter.apply()
    assert first == int((c["mean_velocity"] <= tight).sum()) < second == int((c["mean_velocity"] <= loose).sum())
    assert dock.filterCount.text() == "{} of 2500 points match.".format(second)


def test_the_first_filter_on_the_real_samples_counts_by_clicking(dock, samples_dir, tmp_path, wait, capfd):
    """Seen by a user: the first Apply in "Filter the layer" mode on the real samples said "-1 of 23349 points
    match" (the provider's count failed). Imported and filtered by clicking, as a user does; the count is
    checked against the imported velocities."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    gpkg = str(tmp_path / "egms.gpkg")
    name = "egms_l2b_2020_2024"
    dock.importFiles.setFilePath(" ".join('"{}"'.format(p) for p in sorted(samples_dir.glob("*.zip"))))
    dock.importGeopackage.setFilePath(gpkg)
    QTest.mouseClick(dock.importButton, Qt.MouseButton.LeftButton)
    wait(lambda: dock.importButton.isEnabled(), timeout=60)
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == name]
    velocities = column_values(gpkg, name, "mean_velocity")
    dock.filterLayer.setLayer(layer)
    QTest.mouseClick(dock.filterAsFilter, Qt.MouseButton.LeftButton)
    dock.maxVelocity.clear()
    QTest.keyClicks(dock.maxVelocity, "-2")
    QTest.mouseClick(dock.filterApply, Qt.MouseButton.LeftButton)
    expected = int((velocities <= -2).sum())
    assert dock.filterCount.text() == "{} of {} points match.".format(expected, len(velocities))
    # and GDAL's own count worked: no "ERROR 1: In ExecuteSQL(): sqlite3_step(SELECT COUNT(*) FROM (SELECT 1 FROM
    # "egms_l2b_2020_2024" LIMIT 100000)): unable to open database file" (its connection without locks, on a file
    # QGIS had switched to WAL meanwhile)
    assert "ERROR" not in capfd.readouterr().err


def test_a_filtered_geopackage_layer_beside_another_is_counted_right(qgis_new_project, samples_dir, tmp_path, capfd):
    """Why the filter counts a filtered GeoPackage layer itself (filter_panel._count): QGIS's own count can fail,
    with no plugin code involved, once two layers of one GeoPackage are loaded and one is filtered (3.22 and 3.44,
    seen alone and in the workshop: -1 and GDAL's "unable to open database file"; its read-only connection without
    locks, GDAL's NOLOCK, cannot read after the filter opened the file for update and put it in WAL mode; whether
    it fails depends on what QGIS holds open). The plugin's count is right either way, and prints nothing."""
    from clms_egms.ui.filter_panel import _count

    gpkg = str(tmp_path / "egms.gpkg")
    import_egms(sorted(str(p) for p in samples_dir.glob("*.zip")), gpkg)
    truth = int((column_values(gpkg, "egms_l2b_2020_2024", "mean_velocity") <= -2).sum())
    layers = [QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
              for name in ("egms_l2b_2020_2024", "egms_l3_e_2020_2024")]
    QgsProject.instance().addMapLayers(layers)
    layers[0].setSubsetString('"mean_velocity" <= -2')
    capfd.readouterr()
    assert _count(layers[0]) == truth
    assert "ERROR" not in capfd.readouterr().err
    assert layers[0].featureCount() in (-1, truth)  # QGIS's own: -1 where it fails
