"""Animate displacement, clicked in the Analysis tab on the workshop scenario: QGIS's temporal controller spans the
acquisitions one step a frame, the layer is drawn by its displacement at each frame's date in one fixed range, and
frames of different dates differ as the scenario's motion says."""
import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsDateTimeRange, QgsExpression,
                       QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest, QgsGraduatedSymbolRenderer,
                       QgsProject, QgsRectangle, QgsTemporalNavigationObject, QgsVectorLayer)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtTest import QTest

from clms_egms.core.egms import import_egms
from clms_egms.expressions import functions as expressions
from clms_egms.core.egms.scenario import write_scenario
from support.render import map_settings, rendered


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    folder = tmp_path_factory.mktemp("animation")
    paths = write_scenario(str(folder / "files"), n_points=2500, n_dates=300)
    path = str(folder / "egms.gpkg")
    import_egms(paths[2:3], path)  # the L3 up tile: the graben's drop is vertical
    return path


@pytest.fixture
def dock(qgis_iface, dock):
    controller = QgsTemporalNavigationObject()  # QGIS's canvas has its temporal controller panel's
    canvas = qgis_iface.mapCanvas()
    before = canvas.temporalController()
    canvas.setTemporalController(controller)
    expressions.register()
    yield dock
    expressions.unregister()
    canvas.setTemporalController(before)


def settings_of(layer, day):
    """The map settings of a frame of ``day``, as the temporal controller sets them."""
    return map_settings(layer, 240, day)


def frame_image(layer, day):
    """The frame of ``day`` drawn as QGIS draws it (its render threads)."""
    return rendered(settings_of(layer, day))


def frame_classes(layer, day):
    """How many points fall in each of the renderer's classes in the frame of ``day`` (the renderer's value
    evaluated with the frame's map scope, as the renderer does)."""
    renderer = layer.renderer()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings_of(layer, day)))
    expression = QgsExpression(renderer.classAttribute())
    expression.prepare(context)
    counts = [0] * len(renderer.ranges())
    for feature in layer.getFeatures():
        context.setFeature(feature)
        value = expression.evaluate(context)
        counts[next(i for i, r in enumerate(renderer.ranges()) if r.lowerValue() <= value <= r.upperValue())] += 1
    return counts


def frame_values(layer, day, text=None):
    """{pid: value} of the renderer's value (or of ``text``) in the frame of ``day``, as the renderer evaluates it."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings_of(layer, day)))
    expression = QgsExpression(text or layer.renderer().classAttribute())
    assert expression.prepare(context), expression.parserErrorString()
    out = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        out[feature["pid"]] = expression.evaluate(context)
    assert not expression.hasEvalError(), expression.evalErrorString()
    assert len(out) == layer.featureCount() and sum(v is not None for v in out.values()) > 0.9 * len(out)
    return out


def test_animate_displacement_by_clicking(dock, qgis_iface, gpkg):
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock.filterLayer.setLayer(layer)
    QTest.mouseClick(dock.animateButton, Qt.MouseButton.LeftButton)
    controller = qgis_iface.mapCanvas().temporalController()
    extent = controller.temporalExtents()
    # the acquisitions: 2020-01-03 on, every 6 days, 300 of them
    assert extent.begin().date() == QDate(2020, 1, 3)
    assert extent.end().date() == QDate(2020, 1, 3).addDays(6 * 299 + 1)
    assert controller.frameDuration().days() == pytest.approx(6)
    assert controller.totalFrameCount() == 300 and controller.currentFrameNumber() == 0
    # the five years play in about 25 s (at QGIS's 1 frame a second they took 5 minutes)
    assert 20 <= controller.totalFrameCount() / controller.framesPerSecond() <= 30
    renderer = layer.renderer()
    # each frame's values computed at once for the points in view (egms_displacement_in_view), looked up per point
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert "egms_displacement_in_view(" in renderer.classAttribute() and "@map_extent" in renderer.classAttribute()
    for day in ("2020-01-03", "2021-05-17", "2023-11-13", "2024-12-01"):
        assert frame_values(layer, day) == frame_values(layer, day, "egms_displacement('{}')".format(day))
    assert layer.temporalProperties().isActive()
    limits = [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()]
    assert all("mm" in r.label() and "mm/year" not in r.label() for r in renderer.ranges())
    # the first frame: nothing has moved yet (the series start at 0): every point in the class around 0
    first = frame_classes(layer, "2020-01-03")
    assert first[3] == layer.featureCount()
    # later frames: the graben sinks (the lowest class fills as the years pass, and at once with the event), the
    # dome rises (the highest class), in the same classes for every frame
    frames = [frame_classes(layer, day) for day in ("2021-01-01", "2022-06-01", "2023-11-01", "2023-12-01")]
    sinking = [sum(counts[:3]) for counts in frames]  # the three red classes
    assert sinking[0] < sinking[1] < sinking[2] < sinking[3]
    assert frames[2][0] == 0 < frames[3][0]  # the lowest class: reached only with the event's drop
    assert sum(frame_classes(layer, "2024-12-01")[4:]) > 0  # the blue classes
    assert [(r.lowerValue(), r.upperValue()) for r in layer.renderer().ranges()] == limits
    # and QGIS draws the frames differently, asking the plugin once a frame (not once a point)
    asked = []
    real = expressions.CACHE.in_view
    expressions.CACHE.in_view = lambda *args: asked.append(args[1]) or real(*args)
    try:
        assert frame_image(layer, "2020-01-03") != frame_image(layer, "2024-12-01")
    finally:
        del expressions.CACHE.in_view
    assert [str(day) for day in asked] == ["2020-01-03", "2024-12-01"]


def test_a_frame_reads_only_the_points_in_its_view(dock, qgis_iface, gpkg):
    """Zoomed in, in another CRS (Web Mercator, as over a basemap): a frame's values are those of the points in view,
    the same as egms_displacement gives them, and only those points' series are read."""
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock.filterLayer.setLayer(layer)
    QTest.mouseClick(dock.animateButton, Qt.MouseButton.LeftButton)
    view = QgsRectangle(layer.extent())
    view.scale(0.15)  # a small part of the layer around its centre (wider once turned into Web Mercator)
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    to_map = QgsCoordinateTransform(layer.crs(), mercator, QgsProject.instance())
    settings = settings_of(layer, "2023-12-01")
    settings.setDestinationCrs(mercator)
    settings.setExtent(to_map.transformBoundingBox(view))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    read = []
    real = expressions.CACHE.in_view
    expressions.CACHE.in_view = lambda *args: read.append(real(*args)) or read[-1]
    try:
        frame = QgsExpression(layer.renderer().classAttribute())
        truth = QgsExpression("egms_displacement('2023-12-01')")
        assert frame.prepare(context) and truth.prepare(context)
        # what QGIS's render job reads of the layer: the view's box in the layer's CRS
        to_layer = QgsCoordinateTransform(mercator, layer.crs(), QgsProject.instance())
        in_view = QgsFeatureRequest(to_layer.transformBoundingBox(settings.visibleExtent()))
        shown = 0
        for feature in layer.getFeatures(in_view):
            context.setFeature(feature)
            assert frame.evaluate(context) == truth.evaluate(context) is not None
            shown += 1
    finally:
        del expressions.CACHE.in_view
    assert len(read) == 1  # one value for the frame, prepared once: a map of the points in view only
    assert isinstance(read[0], dict) and len(read[0]) == shown < 0.1 * layer.featureCount()


def test_the_map_canvas_draws_each_frame(dock, qgis_iface, gpkg):
    """QGIS's map canvas keeps each layer's last image and reuses it when the temporal controller moves on, unless
    the layer says it changes with time: played in the canvas, a frame after the event is drawn anew (the sunk
    graben in red), not the first frame's image again."""
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(layer)
    canvas = qgis_iface.mapCanvas()
    canvas.setLayers([layer])
    canvas.setDestinationCrs(layer.crs())
    canvas.resize(300, 300)
    canvas.setExtent(layer.extent())
    canvas.setCachingEnabled(True)  # as QGIS's canvas has it by default
    dock.filterLayer.setLayer(layer)
    QTest.mouseClick(dock.animateButton, Qt.MouseButton.LeftButton)
    controller = canvas.temporalController()
    # QGIS's canvas keeps a layer's image when the range changes if the layer's temporal properties say it may
    # (QgsTemporalProperty's FlagDontInvalidateCachedRendersWhenRangeChanges: set for a fixed range): not here
    assert not layer.temporalProperties().flags()

    def drawn(frame):
        controller.setCurrentFrameNumber(frame)
        canvas.refresh()
        canvas.waitWhileRendering()
        return canvas.grab().toImage()  # what the canvas shows

    first, later = drawn(0), drawn(int(controller.totalFrameCount() * 0.88))
    assert first != later
    reds = sum(1 for x in range(0, 300, 3) for y in range(0, 300, 3) if later.pixelColor(x, y).red() > 150 and
               later.pixelColor(x, y).green() < 100)
    assert reds > 0 and reds != sum(1 for x in range(0, 300, 3) for y in range(0, 300, 3)
                                    if first.pixelColor(x, y).red() > 150 and first.pixelColor(x, y).green() < 100)


def test_qgis_exports_the_animation_frames(dock, qgis_iface, gpkg, tmp_path):
    """QGIS's own animation export (the temporal controller's Export Animation) writes frames that differ."""
    from qgis.core import QgsInterval, QgsTemporalUtils

    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock.filterLayer.setLayer(layer)
    QTest.mouseClick(dock.animateButton, Qt.MouseButton.LeftButton)
    settings = map_settings(layer, 200)
    export = QgsTemporalUtils.AnimationExportSettings()
    start = QDateTime(QDate(2021, 1, 1), QTime(0, 0))
    export.animationRange = QgsDateTimeRange(start, start.addDays(4 * 360))
    export.frameDuration = QgsInterval(360 * 86400)  # a frame every 360 days: 4 frames, the last after the event
    export.outputDirectory = str(tmp_path)
    export.fileNameTemplate = "frame####.png"
    ok, error = QgsTemporalUtils.exportAnimation(settings, export)
    assert ok, error
    frames = sorted(tmp_path.glob("frame*.png"))
    assert len(frames) == 4 and len({f.read_bytes() for f in frames}) == 4


def test_animate_refuses_a_layer_without_series(dock, qgis_iface):
    plain = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string", "plain", "memory")
    QgsProject.instance().addMapLayer(plain)
    dock.filterLayer.setLayer(plain)  # not offered: the Layer box lists EGMS layers only
    assert dock.filterLayer.currentLayer() is None
    assert [dock.filterLayer.itemText(i) for i in range(dock.filterLayer.count())] in ([], [""])
    qgis_iface.messageBar().clear_messages()
    QTest.mouseClick(dock.animateButton, Qt.MouseButton.LeftButton)
    from qgis.core import Qgis

    said = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("Choose an EGMS layer to animate." in m for m in said), said
    from clms_egms.ui.animation import animate  # and the animation itself refuses it, said
    from clms_egms.core.errors import PluginError

    with pytest.raises(PluginError, match="not an EGMS layer"):
        animate(plain, qgis_iface.mapCanvas().temporalController())


def test_a_plain_layer_animates_point_by_point(qgis_new_project):
    """A layer carrying its series in date fields (the guideline's delimited text, a Shapefile) has no store to
    read a frame from at once: its renderer asks point by point, with the same values."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from clms_egms.ui.animation import animate

    plain = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string&field=D20200103:double&field=D20200109:double"
                           "&field=D20200115:double", "plain", "memory")
    features = []
    for i, series in enumerate([(0.0, -2.0, -5.0), (0.0, 1.0, 3.5), (0.0, None, -1.0)]):
        feature = QgsFeature(plain.fields())
        feature.setAttributes(["P{}".format(i)] + list(series))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(4000000 + 100 * i, 3000000)))
        features.append(feature)
    plain.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(plain)
    expressions.register()
    try:
        # egms_displacement_array has nothing to give here (no store): NULL, and the point-by-point functions
        # still read the layer's date fields afterwards
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(plain))
        array = QgsExpression("egms_displacement_array('2020-01-09')")
        array.prepare(context)
        assert array.evaluate(context) is None
        first, last, step, _limit = animate(plain, None)
        assert (first, last, step) == ("2020-01-03", "2020-01-15", 6)
        assert plain.renderer().classAttribute().startswith("egms_displacement(")
        assert frame_values(plain, "2020-01-09") == {"P0": -2.0, "P1": 1.0, "P2": 0.0}  # P2: nearest with a value
        assert frame_values(plain, "2020-01-15") == {"P0": -5.0, "P1": 3.5, "P2": -1.0}
    finally:
        expressions.unregister()
