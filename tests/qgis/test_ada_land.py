"""The land beneath the active deformation areas requested from the CLMS, clicked: the areas found in the workshop
scenario, Request land data for the areas sends the loopback CLMS site (answering as clms.downloadtool does) one
request each for the newest CORINE Land Cover and Imperviousness Density, cut to the areas' extent; the requests
are followed in the CLMS tab as any other; when both have landed the areas' land fields are written from them."""
from dataclasses import replace

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from clms_egms.core.settings import Settings
from clms_egms.ui.ada_land import LAND_TASKS
from support.clms_catalogue import CLIPPED_CLC_INDEX, CLIPPED_IMPERVIOUSNESS

NAME = "ada_egms_l3_u_2020_2024"


def find_areas(dock, small_scenario, qgis_iface, wait):
    """The scenario's areas found by the Analysis tab's button, the dock shown (as the CLMS tab's monitor wants)."""
    qgis_iface.mainWindow().show()
    dock.show()
    points = QgsVectorLayer(small_scenario + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(points)
    dock.filterLayer.setLayer(points)
    QTest.mouseClick(dock.adaButton, Qt.MouseButton.LeftButton)
    wait(lambda: QgsProject.instance().mapLayersByName(NAME), timeout=60)
    (found,) = QgsProject.instance().mapLayersByName(NAME)
    return found


@pytest.fixture
def areas(dock, site, small_scenario, qgis_iface, wait):
    found = find_areas(dock, small_scenario, qgis_iface, wait)
    assert [f["clc_code"] for f in found.getFeatures()] == [None, None]  # no land in the project yet
    return found


def messages(iface, level):
    return " ".join(iface.messageBar().get_messages(level))


def refresh(dock, wait):
    dock.clmsRefresh.click()
    wait(lambda: dock.clms.requests.polling is None and not dock.clms.requests.fetching, timeout=30)


def test_the_land_the_project_lacks_is_requested_for_the_areas_and_describes_them(dock, site, areas, qgis_iface,
                                                                                  wait):
    QTest.mouseClick(dock.adaLandButton, Qt.MouseButton.LeftButton)
    wait(lambda: len(site.posts) == 2 and dock.adaLandButton.isEnabled(), timeout=30)

    # one request a dataset, the newest of each, its raster collection (the finest), in the CLMS rasters' grid
    by_title = {d["title"]: d for d in site.datasets}
    clc, imd = by_title["CORINE Land Cover 2018"], by_title["Imperviousness Density 2018 (10m)"]
    (first,), (second,) = (post["Datasets"] for post in site.posts)
    assert first["DatasetID"] == clc["UID"] and second["DatasetID"] == imd["UID"]
    assert first["DatasetDownloadInformationID"] == clc["dataset_download_information"]["items"][1]["@id"]  # raster
    for item in (first, second):
        assert item["OutputFormat"] == "Geotiff" and item["OutputGCS"] == "EPSG:3035"
        assert "NUTS" not in item and "TemporalFilter" not in item
        # the box holds every area, in degrees, in the order the service's documentation reads (W, N, E, S)
        west, north, east, south = item["BoundingBox"]
        to_degrees = QgsCoordinateTransform(areas.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                            QgsProject.instance())
        extent = to_degrees.transformBoundingBox(areas.extent())
        assert west < extent.xMinimum() < extent.xMaximum() < east
        assert south < extent.yMinimum() < extent.yMaximum() < north
        assert east - west < 1.0 and north - south < 0.5  # the areas' extent, not the country's
    said = messages(qgis_iface, Qgis.MessageLevel.Success)
    assert "CORINE Land Cover 2018, Imperviousness Density 2018 (10m)" in said, said
    assert "offers no elevation model" in said  # none in the catalogue: told what to add for the slope
    assert sorted(areas.customProperty(LAND_TASKS)) == sorted(site.tasks)

    # followed in the CLMS tab as any request; landed, the areas are described with what came
    assert dock.clmsRequests.rowCount() == 2
    for _ in range(3):
        refresh(dock, wait)
    layers = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    assert any(n.startswith("CORINE Land Cover 2018 (") for n in layers), layers
    assert any(n.startswith("Imperviousness Density 2018 (10m) (") for n in layers), layers
    wait(lambda: "described with the land beneath them" in messages(qgis_iface, Qgis.MessageLevel.Success),
         timeout=30)
    assert not areas.customProperty(LAND_TASKS)
    order = [node.layer().name() for node in QgsProject.instance().layerTreeRoot().findLayers()]
    land = [i for i, name in enumerate(order) if name.startswith(("CORINE", "Imperviousness"))]
    assert len(land) == 2 and max(order.index(NAME), order.index("egms_l3_u_2020_2024")) < min(land), order  # under
    written = QgsVectorLayer(areas.source(), "again", "ogr")  # in the file, not only in the project
    for area in written.getFeatures():
        assert area["clc_code"] == 112 == 110 + CLIPPED_CLC_INDEX  # the class the site's clipped raster holds
        assert area["clc_share"] == pytest.approx(1.0)
        assert area["imperv_mean"] == pytest.approx(CLIPPED_IMPERVIOUSNESS)
    down = next(f for f in written.getFeatures() if f["median_velocity"] < 0)
    assert down["interpretation"].startswith("urban subsidence"), down["interpretation"]
    assert "2 areas of {} described with the land beneath them".format(NAME) in messages(
        qgis_iface, Qgis.MessageLevel.Success)


def test_without_areas_or_a_key_the_user_is_told(dock, site, areas, qgis_iface, wait, small_scenario):
    replace(Settings.load(), auth_config_id="").save()  # no service key imported
    QTest.mouseClick(dock.adaLandButton, Qt.MouseButton.LeftButton)
    assert "No CLMS service key yet" in messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert not site.posts
    qgis_iface.messageBar().clear_messages()
    other = QgsVectorLayer(small_scenario + "|layername=egms_l3_e_2020_2024", "egms_l3_e_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(other)
    dock.filterLayer.setLayer(other)
    qgis_iface.setActiveLayer(other)
    QTest.mouseClick(dock.adaLandButton, Qt.MouseButton.LeftButton)
    assert "Find the active deformation areas first" in messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert not site.posts


def test_a_dem_of_the_project_joins_the_land_requested_and_nothing_is_asked_twice(dock, site, small_scenario,
                                                                                  qgis_iface, wait, tmp_path):
    """An elevation model in the project (the catalogue has none to cut): CLC and imperviousness are requested, and
    the areas are described with all three; pressed again, everything is in the project and nothing is asked."""
    import numpy as np
    from osgeo import gdal

    from clms_egms.core.egms.scenario import GRINDAVIK
    from support.rasters import cell_centres, write_raster

    west, north = GRINDAVIK[0] - 8000, GRINDAVIK[1] + 8000
    x, _y = cell_centres(west, north, 100.0, 160)
    dem = write_raster(tmp_path / "EU-DEM_v11.tif", west, north, 100.0,
                       (50.0 + 0.1 * (x - west)).astype(np.float32), gdal.GDT_Float32)  # 5.71 degrees east
    QgsProject.instance().addMapLayer(dem)
    found = find_areas(dock, small_scenario, qgis_iface, wait)
    QTest.mouseClick(dock.adaLandButton, Qt.MouseButton.LeftButton)
    wait(lambda: len(site.posts) == 2 and dock.adaLandButton.isEnabled(), timeout=30)
    assert "elevation" not in messages(qgis_iface, Qgis.MessageLevel.Success)  # the project has one
    for _ in range(3):
        refresh(dock, wait)
    wait(lambda: "described with the land beneath them" in messages(qgis_iface, Qgis.MessageLevel.Success),
         timeout=30)
    for area in found.getFeatures():
        assert area["clc_code"] == 112 and area["imperv_mean"] == pytest.approx(CLIPPED_IMPERVIOUSNESS)
        assert area["slope_mean"] == pytest.approx(5.71, abs=0.05)

    qgis_iface.messageBar().clear_messages()
    QTest.mouseClick(dock.adaLandButton, Qt.MouseButton.LeftButton)
    wait(lambda: "described with the land beneath them" in messages(qgis_iface, Qgis.MessageLevel.Success),
         timeout=30)
    assert len(site.posts) == 2 and "has its land rasters already" in messages(qgis_iface, Qgis.MessageLevel.Info)
