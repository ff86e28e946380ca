"""The Analysis tab's Find active deformation areas, clicked: the workshop scenario's graben and dome found in the
background, written beside the downloads, added above the points, styled by velocity and labelled; an area's row
action selects its points and plots their mean series with its envelope."""
import pytest
from qgis.core import Qgis, QgsGeometry, QgsGraduatedSymbolRenderer, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from clms_egms.core.egms.scenario import DOME, GRINDAVIK
from clms_egms.core.settings import Settings
from clms_egms.ui.layer_actions import LayerActions


@pytest.fixture
def points(dock, small_scenario, tmp_path):
    Settings(download_folder=str(tmp_path)).save()
    layer = QgsVectorLayer(small_scenario + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock.filterLayer.setLayer(layer)
    return layer


def test_the_button_finds_styles_and_labels_the_areas(dock, points, qgis_iface, wait, tmp_path):
    QTest.mouseClick(dock.adaButton, Qt.MouseButton.LeftButton)
    wait(lambda: QgsProject.instance().mapLayersByName("ada_egms_l3_u_2020_2024"), timeout=60)
    (areas,) = QgsProject.instance().mapLayersByName("ada_egms_l3_u_2020_2024")
    assert areas.source().startswith(str(tmp_path / "active_deformation_areas.gpkg"))
    assert areas.featureCount() == 2
    town, dome = (QgsGeometry.fromPointXY(QgsPointXY(*p)) for p in (GRINDAVIK, DOME))
    graben = next(f for f in areas.getFeatures() if f.geometry().contains(town))
    assert graben["median_velocity"] < -10 and any(f.geometry().contains(dome) for f in areas.getFeatures())
    assert isinstance(areas.renderer(), QgsGraduatedSymbolRenderer)
    assert areas.renderer().classAttribute() == "median_velocity" and areas.labelsEnabled()
    said = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success))
    assert "2 active deformation areas in ada_egms_l3_u_2020_2024" in said, said

    # the area's row action: its points selected, their mean plotted
    actions = LayerActions(qgis_iface, dock)
    try:
        assert actions.actions["plot_area"].canRunUsingLayer(areas)
        assert not actions.actions["plot_area"].canRunUsingLayer(points)
        actions.plot_area(areas, graben)
        wait(lambda: dock.plot is not None and dock.plot.curves, timeout=30)
    finally:
        actions.unload()
    assert points.selectedFeatureCount() == graben["n_points"]
    (curve,) = dock.plot.curves
    assert curve["pid"] == "ADA {}: mean of {} points".format(graben["ada_id"], graben["n_points"])
    assert "low" in curve and "high" in curve  # its envelope
    years = (curve["dates"][-1] - curve["dates"][0]).astype(int) / 365.25
    assert curve["mm"][-1] == pytest.approx(graben["mean_velocity"] * years, rel=0.2)  # the area's sinking


def test_the_areas_style_lets_the_points_show_through(qgis_new_project):
    from clms_egms.core.egms.style import apply_area_style

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=median_velocity:double&field=ada_id:integer"
                           "&field=quality:integer", "areas", "memory")
    apply_area_style(layer, 10.0)
    for item in layer.renderer().ranges():
        fill = item.symbol().symbolLayer(0)
        assert 0 < fill.color().alpha() < 200 and fill.strokeColor().alpha() == 255


def test_the_land_rasters_of_the_project_fill_the_context(dock, points, qgis_iface, wait, tmp_path, caplog):
    """A CLC raster and an elevation model in the project, told by their names (as the CLMS downloads name them):
    the areas found get their land cover, slope and a suggested interpretation; the message says which rasters."""
    import numpy as np
    from osgeo import gdal

    from support.rasters import cell_centres, write_raster

    west, north = GRINDAVIK[0] - 6000, GRINDAVIK[1] + 6000
    x, y = cell_centres(west, north, 100.0, 120)
    clc = write_raster(tmp_path / "U2018_CLC2018_V2020_20u1.tif", west, north, 100.0,
                       np.full(x.shape, 1, dtype=np.uint8), gdal.GDT_Byte, 48)
    dem = write_raster(tmp_path / "EU-DEM_v11.tif", west, north, 100.0,
                       (50.0 + 0.1 * (x - west)).astype(np.float32), gdal.GDT_Float32)  # 5.7 degrees east
    QgsProject.instance().addMapLayers([clc, dem])
    QTest.mouseClick(dock.adaButton, Qt.MouseButton.LeftButton)
    wait(lambda: QgsProject.instance().mapLayersByName("ada_egms_l3_u_2020_2024"), timeout=60)
    (areas,) = QgsProject.instance().mapLayersByName("ada_egms_l3_u_2020_2024")
    for area in areas.getFeatures():
        assert area["clc_code"] == 111 and area["clc_share"] == pytest.approx(1.0)
        assert area["slope_mean"] == pytest.approx(5.71, abs=0.05)
    down = next(f for f in areas.getFeatures() if f["median_velocity"] < 0)
    assert down["interpretation"].startswith("urban subsidence") and "Continuous urban fabric" in down["reasons"]
    said = " ".join(r.getMessage() for r in caplog.records)  # the message bar's "Show more", in the log as well
    assert "The land beneath from: U2018_CLC2018_V2020_20u1, EU-DEM_v11." in said, said
