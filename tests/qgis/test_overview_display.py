"""A large imported layer shown with its overview: the points at large scales, the cells of 100 m to 25.6 km at
smaller ones, in the points' velocity classes, loaded so by the dock's Import and by Processing alike."""
import processing
import pytest
from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingUtils, QgsProject,
                       QgsRuleBasedRenderer)

from clms_egms.core.egms import overviews
from clms_egms.core.egms.synthetic import write_egms
from support.render import map_settings, rendered


@pytest.fixture
def large(monkeypatch, tmp_path):
    """3,000 synthetic L2b points, taken for a large layer (an overview from 1,000 points on)."""
    monkeypatch.setattr(overviews, "OVERVIEW_POINTS", 1000)
    return write_egms(str(tmp_path / "in"), "L2b", n_points=3000, n_dates=12, burst=845, seed=3)[0]


def check_shown_by_scale(points, cells):
    assert points.hasScaleBasedVisibility() and points.minimumScale() == round(overviews.scale_range(100)[0])
    renderer = cells.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    sizes = renderer.rootRule().children()
    assert [rule.filterExpression() for rule in sizes] == ["side = {}".format(s) for s in overviews.SIDES]
    assert len(sizes[0].children()) == 7 and "median_velocity" in sizes[0].children()[0].filterExpression()
    # one of the two at every scale: the points from 1:47,000 in, the 100 m cells out to 1:189,000, ...
    for scale in (5000, 20000, 60000, 150000, 1e6, 5e7):
        shown = [rule.filterExpression() for rule in sizes if rule.isScaleOK(scale)]
        assert len(shown) == (0 if points.isInScaleRange(scale) else 1), scale
    # drawn at 1:100,000: coloured cells where the points are
    settings = map_settings(cells, 400)
    settings.setExtent(points.extent().buffered(3000))
    image = rendered(settings)
    colours = {image.pixel(x, y) for x in range(0, 400, 4) for y in range(0, 400, 4)}
    assert len(colours) >= 3  # white and at least two classes


def click_a_cell(dock, qgis_iface, points, cells, wait):
    """The plot's map tool clicked at the middle of ``points`` with the overview ``cells`` active at 1:100,000 (its
    100 m cells drawn): (the one curve plotted, the points of the 100 m cell clicked), the curve named for them."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsRectangle

    qgis_iface.setActiveLayer(cells)
    qgis_iface.activeLayer = lambda: cells  # the stub iface does not track the active layer itself
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    centre = points.extent().center()
    canvas.setExtent(QgsRectangle(centre.x() - 500, centre.y() - 500, centre.x() + 500, centre.y() + 500))
    canvas.zoomScale(100000)  # the 100 m cells are drawn
    plot = dock.show_plot()
    plot.pick_at(centre)
    wait(lambda: plot.curves and plot.meanButton.isEnabled())
    (curve,) = plot.curves  # one track in these files: one mean
    x0, y0 = centre.x() // 100 * 100, centre.y() // 100 * 100
    inside = [f for f in points.getFeatures(QgsFeatureRequest(QgsRectangle(x0, y0, x0 + 100, y0 + 100)))]
    assert curve["pid"] == "mean of {} points".format(len(inside)) and len(inside) > 1
    return curve, inside


def test_the_dock_loads_a_large_layer_with_its_overview(dock, large, tmp_path, wait):
    dock.importFiles.setFilePath(large)
    dock.importGeopackage.setFilePath(str(tmp_path / "egms.gpkg"))
    dock.importButton.click()
    wait(lambda: dock.importButton.isEnabled(), timeout=60)
    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert {"egms_l2b_2020_2024", "egms_l2b_2020_2024_overview"} <= set(layers)
    check_shown_by_scale(layers["egms_l2b_2020_2024"], layers["egms_l2b_2020_2024_overview"])


def test_processing_loads_a_large_layer_with_its_overview(provider, large, tmp_path, qgis_new_project):
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    processing.run("clms_egms:import_egms", {"INPUT": [large], "OUTPUT": str(tmp_path / "o.gpkg")}, context=context,
                   feedback=feedback)
    loaded = {}
    for uri, details in context.layersToLoadOnCompletion().items():  # as the Toolbox does when it finishes
        layer = QgsProcessingUtils.mapLayerFromString(uri, context)
        details.postProcessor().postProcessLayer(layer, context, feedback)
        loaded[uri.rsplit("=", 1)[-1]] = layer
    assert sorted(loaded) == ["egms_l2b_2020_2024", "egms_l2b_2020_2024_overview"]
    check_shown_by_scale(loaded["egms_l2b_2020_2024"], loaded["egms_l2b_2020_2024_overview"])


def test_a_click_on_a_cell_plots_the_mean_of_its_points(dock, qgis_iface, large, tmp_path, wait):
    import numpy as np
    from qgis.core import QgsVectorLayer

    from clms_egms.core.egms import import_egms, read_series

    gpkg = str(tmp_path / "o.gpkg")
    import_egms([large], gpkg)
    points = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
    cells = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024_overview", "cells", "ogr")
    QgsProject.instance().addMapLayers([points, cells])
    curve, inside = click_a_cell(dock, qgis_iface, points, cells, wait)
    stack = np.array([read_series(gpkg, "egms_l2b_2020_2024", f["pid"])[1] for f in inside])
    np.testing.assert_allclose(curve["mm"], np.nanmean(stack, axis=0))


def test_processing_into_postgis_loads_the_overview_and_a_click_on_a_cell_plots_its_points(
        provider, postgis, large, dock, qgis_iface, wait, qgis_new_project):
    """The same in PostGIS: the server's cells loaded by Processing with the points, shown by scale, and a click on a
    cell plots the mean of the points of that cell (a PostGIS overview is found as a GeoPackage one is)."""
    import numpy as np

    from clms_egms.core.egms.stores.postgis.store import PostGIS

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    processing.run("clms_egms:import_egms_postgis", {"INPUT": [large], "CONNECTION": postgis.connection,
                                                     "SCHEMA": "big"}, context=context, feedback=feedback)
    loaded = {}
    for uri, details in context.layersToLoadOnCompletion().items():  # as the Toolbox does when it finishes
        layer = QgsProcessingUtils.mapLayerFromString(uri, context)
        assert layer is not None and layer.isValid(), uri
        details.postProcessor().postProcessLayer(layer, context, feedback)
        QgsProject.instance().addMapLayer(layer)
        loaded[layer.name()] = layer
    assert sorted(loaded) == ["egms_l2b_2020_2024", "egms_l2b_2020_2024_overview"]
    points, cells = loaded["egms_l2b_2020_2024"], loaded["egms_l2b_2020_2024_overview"]
    assert points.providerType() == cells.providerType() == "postgres"
    check_shown_by_scale(points, cells)

    curve, inside = click_a_cell(dock, qgis_iface, points, cells, wait)
    reader = PostGIS.from_connection(postgis.connection, "big").series_reader("egms_l2b_2020_2024")
    try:
        stack = np.array([reader.series(f["pid"])[1] for f in inside])
    finally:
        reader.close()
    np.testing.assert_allclose(curve["mm"], np.nanmean(stack, axis=0))
