"""Load workshop sample: built offline, imported, styled, the walk-through open; the scenario's features are
where they were put."""
import html

import numpy as np
import pytest
from qgis.core import Qgis, QgsCoordinateTransform, QgsGraduatedSymbolRenderer, QgsProject

from clms_egms.core.egms.scenario import DOME, GRABEN_AZIMUTH, GRINDAVIK
from clms_egms.core.settings import Settings


@pytest.fixture
def download_folder(tmp_path):
    Settings(download_folder=str(tmp_path)).save()


@pytest.fixture
def dock(download_folder, dock):
    """The dock made with the download folder in tmp_path (where the workshop sample is built)."""
    return dock


def test_load_workshop_sample(dock, qgis_iface, wait, tmp_path):
    import socket

    real_connect = socket.socket.connect
    attempts = []

    def no_network(self, address):  # the sample must not touch the network
        attempts.append(address)
        return real_connect(self, address)

    socket.socket.connect = no_network
    try:
        dock.workshop.load()
        wait(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), timeout=120)
    finally:
        socket.socket.connect = real_connect
    assert attempts == []
    names = sorted(lyr.name() for lyr in QgsProject.instance().mapLayers().values())
    assert names == ["egms_l2b_2020_2024", "egms_l3_e_2020_2024", "egms_l3_u_2020_2024", "workshop faults",
                     "workshop places"]
    # without a basemap, the places the walk-through names are on the map, labelled
    (marks,) = QgsProject.instance().mapLayersByName("workshop places")
    assert marks.labelsEnabled() and sorted(f["name"] for f in marks.getFeatures()) == [
        "Clay area", "Dome", "Grindavík", "Stable reference"]
    guide = dock.workshopGuide.toPlainText()
    assert "zoom in on the graben" in guide and "Stable reference" in guide and "Clay area" in guide
    (up,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
    assert isinstance(up.renderer(), QgsGraduatedSymbolRenderer)
    assert up.featureCount() == 14400 and up.source().startswith(str(tmp_path / "workshop" / "workshop.gpkg"))
    assert dock.workshopGroup.isVisibleTo(dock) and dock.tabs.currentWidget() is dock.analysisTab
    guide = dock.workshopGuide.toPlainText()
    for step in ("Filter", "Style", "Plot", "Event", "Animate", "Profile", "Faults", "Areas", "Seasons", "Reference",
                 "Export"):
        assert step in guide
    assert dock.filterLayer.currentLayer() is up

    # the event: the deepest step on the graben's axis, fitted in the plot as the walk-through says
    from clms_egms.core.egms.scenario import EVENT_DATE, MAX_STEP, motion
    from clms_egms.core.egms.series import LayerSeries

    features = list(up.getFeatures())
    axis = min(features, key=lambda f: motion(f.geometry().asPoint().x(), f.geometry().asPoint().y()).step)
    truth = motion(axis.geometry().asPoint().x(), axis.geometry().asPoint().y()).step
    assert truth < 0.95 * MAX_STEP
    # the Analysis tab's Layer box offers the EGMS layers, not the places
    combo = dock.filterLayer
    assert sorted(combo.itemText(i) for i in range(combo.count())) == [
        "egms_l2b_2020_2024", "egms_l3_e_2020_2024", "egms_l3_u_2020_2024"]
    # step 4 with the places the active layer (the last added): a click plots from the Analysis tab's layer
    plot = dock.plot_dock()
    qgis_iface.activeLayer = lambda: marks
    canvas_crs = qgis_iface.mapCanvas().mapSettings().destinationCrs()
    to_canvas = QgsCoordinateTransform(up.crs(), canvas_crs, QgsProject.instance())
    assert plot.pick_at(to_canvas.transform(axis.geometry().asPoint())) is not None
    assert [(c["layer"], c["pid"]) for c in plot.curves] == [("egms_l3_u_2020_2024", axis["pid"])]
    qgis_iface.activeLayer = lambda: up
    plot.plot_features(up, [axis])
    plot.eventBox.setChecked(True)  # Event ticked: a linear fit with the step, as no trend was chosen
    assert plot.trendBox.currentData() == "linear" and plot.event_date() == EVENT_DATE
    fit = plot.fit(plot.curves[0])
    assert fit.steps[EVENT_DATE] == pytest.approx(float(truth), abs=4.0)
    labels = plot.axes.get_legend_handles_labels()[1]
    assert any("step" in label and EVENT_DATE in label for label in labels), labels
    series = LayerSeries.for_layer(up)
    dates, mm = series.series(axis)
    series.close()
    jump = np.nanmean(mm[(dates > np.datetime64(EVENT_DATE)) & (dates <= np.datetime64(EVENT_DATE) + 30)]) - \
        np.nanmean(mm[(dates < np.datetime64(EVENT_DATE)) & (dates >= np.datetime64(EVENT_DATE) - 30)])
    assert jump == pytest.approx(float(truth), abs=10)

    # the bowl's deepest point on the graben's axis in town, the dome's top where it was put
    rows = [(f.geometry().asPoint(), f["mean_velocity"]) for f in up.getFeatures()]
    x, y = np.array([p.x() for p, _v in rows]), np.array([p.y() for p, _v in rows])
    v = np.array([v for _p, v in rows])
    deepest, top = np.argmin(v), np.argmax(v)
    dx, dy = x[deepest] - GRINDAVIK[0], y[deepest] - GRINDAVIK[1]
    assert abs(dx * np.cos(GRABEN_AZIMUTH) - dy * np.sin(GRABEN_AZIMUTH)) < 150 and np.hypot(dx, dy) < 4000
    assert v[deepest] == pytest.approx(-35, abs=1.5)
    assert np.hypot(x[top] - DOME[0], y[top] - DOME[1]) < 300 and v[top] == pytest.approx(28, abs=1.5)
    stable = np.hypot(x - GRINDAVIK[0] + 5000, y - GRINDAVIK[1] + 5000) < 1000  # the south-west corner
    assert abs(np.median(v[stable])) < 0.5

    # a second time reuses the files and the GeoPackage, and says so (not "0 points imported")
    QgsProject.instance().removeAllMapLayers()
    qgis_iface.messageBar().clear_messages()
    dock.workshop.load()
    wait(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), timeout=60)
    assert QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")[0].featureCount() == 14400
    said = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("Nothing new to import: the 4 files are already in" in m for m in said), said
    assert not any("0 points imported" in m for m in said)


def test_a_workshop_built_by_an_older_version_is_built_again(dock, qgis_iface, wait, tmp_path):
    """Files written before the scenario had its event (no version mark) are written again and imported in place
    of the old ones: the trainer's sample then has the event the walk-through speaks of."""
    from clms_egms.core.egms.scenario import EVENT_DATE, folder_is_complete

    dock.workshop.load()
    wait(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), timeout=120)
    files = tmp_path / "workshop" / "files"
    assert folder_is_complete(str(files))
    mark = next(files.glob("scenario-v*.txt"))
    mark.unlink()  # as an older version left the folder
    (up,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
    import sqlite3

    gpkg = str(tmp_path / "workshop" / "workshop.gpkg")
    with sqlite3.connect(gpkg) as conn:  # and its import: the old series had no event
        conn.execute("UPDATE egms_l3_u_2020_2024_ts SET data = zeroblob(length(data))")
    QgsProject.instance().removeAllMapLayers()
    dock.workshop.load()
    wait(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), timeout=120)
    assert mark.exists()
    (up,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
    assert up.featureCount() == 14400
    from clms_egms.core.egms.stores.geopackage.reader import GeoPackageReader

    reader = GeoPackageReader(gpkg, "egms_l3_u_2020_2024")
    try:
        pids = [f["pid"] for f in up.getFeatures()]
        found = reader.series_many(pids)
    finally:
        reader.close()
    deepest = min(np.nanmin(mm[dates > np.datetime64(EVENT_DATE)]) for dates, mm in found.values())
    assert len(found) == 14400 and deepest < -200  # re-imported: the event is in the store


def test_opening_the_dock_and_every_tab_asks_nothing_of_the_network(qgis_iface, qgis_new_project, wait):
    """A workshop room has no network: the dock shown, each of its tabs shown, nothing is asked of any server
    (QGIS's network manager sees every request, from any thread) until the user searches or downloads."""
    import time

    from qgis.core import QgsNetworkAccessManager, QgsNetworkRequestParameters

    from clms_egms.core.errors import PluginError
    from clms_egms.core.network import Transport
    from clms_egms.ui.dock import Dock

    asked = []
    signal = QgsNetworkAccessManager.instance().requestAboutToBeCreated[QgsNetworkRequestParameters]

    def seen(parameters):
        asked.append(parameters.request().url().toString())
    signal.connect(seen)
    dock = Dock(qgis_iface, qgis_iface.mainWindow())
    try:
        dock.setFloating(True)
        dock.show()
        for i in range(dock.tabs.count()):
            dock.tabs.setCurrentIndex(i)
            until = time.monotonic() + 1
            wait(lambda until=until: time.monotonic() >= until)
        assert asked == []
        with pytest.raises(PluginError):  # the listener sees a request: one made here, to a closed port
            Transport(timeout_s=2).get_json("http://127.0.0.1:9/nothing")
        wait(lambda: asked)
        assert asked == ["http://127.0.0.1:9/nothing"]
    finally:
        signal.disconnect(seen)
        dock.unload()
        dock.deleteLater()


@pytest.mark.parametrize("locale", ["en", "de", "fr"])
def test_every_name_the_walk_through_gives_is_what_the_user_sees(qgis_iface, qgis_new_project, locale):
    """Each name the walk-through puts in italics (a button, a box, a tab, a place on the map, an algorithm or its
    parameter, a panel or a field type of QGIS) is, in English, German and French, a text the user sees there: the
    plugin's own in its dock, plot, places and Processing algorithms, QGIS's own in QGIS's translation."""
    import re

    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel

    from clms_egms.core.egms.scenario import places
    from clms_egms.core.i18n import DECIMAL_FIELD, qgis_term
    from clms_egms.algorithms.provider import Provider
    from clms_egms.ui.dock import Dock
    from clms_egms.ui.workshop import guide_html
    from support.gui import translated

    with translated(locale):
        dock = Dock(qgis_iface, qgis_iface.mainWindow())
        try:
            plot = dock.plot_dock()
            seen = {dock.tabs.tabText(i) for i in range(dock.tabs.count())}
            for widget in dock.findChildren(QAbstractButton) + plot.findChildren(QAbstractButton):
                seen.add(widget.text().replace("&", ""))
            for widget in dock.findChildren(QLabel) + plot.findChildren(QLabel):
                seen.add(widget.text().rstrip(": "))
            for widget in dock.findChildren(QGroupBox):
                seen.add(widget.title())
            for combo in dock.findChildren(QComboBox) + plot.findChildren(QComboBox):
                seen.update(combo.itemText(i) for i in range(combo.count()))
            seen.update(name for name, _x, _y in places())
            plot.profile.sections.items = [{"name": "A"}, {"name": "B"}]  # two sections drawn: the list's last entry
            plot.profile._names_shown()
            box = plot.profile.section_box
            seen.add(box.itemText(box.count() - 1))
            plot.profile.sections.items = []
            provider = Provider()
            provider.loadAlgorithms()
            for algorithm in provider.algorithms():
                seen.add(algorithm.displayName())
                algorithm.initAlgorithm({})
                seen.update(p.description() for p in algorithm.parameterDefinitions())
            seen.add("CLMS & EGMS ▸ " + dock.tabs.tabText(1))  # the Web menu's entry and the tab
            seen.add(QCoreApplication.translate("QgisApp", "Temporal Controller"))  # QGIS's panel
            seen.add(qgis_term(DECIMAL_FIELD))
            from clms_egms.ui.layer_actions import LayerActions

            actions = LayerActions(qgis_iface, dock)  # the names of the rows' actions (an area's among them)
            seen.update(action.text() for action in actions.actions.values())
            actions.unload()
            named = {html.unescape(n) for n in re.findall(r"<i>(.*?)</i>", guide_html())}
            assert len(named) > 15
            assert named <= seen, sorted(named - seen)
        finally:
            dock.unload()
            dock.deleteLater()


def test_the_walk_throughs_graben_profile_with_its_faults(dock, qgis_iface, wait):
    """The walk-through's Profile and Faults steps, done as written: a 400 m corridor across the graben through
    Grindavík, the workshop's fault layer chosen, Event ticked, the offsets from lines at the fault within 300 m:
    each bounding fault's crossing where it is, with the event's offset of 40 mm within three stated uncertainties
    (the velocity, continuous across the faults, without one); through time, the trough deepening before the event
    and dropping across it; a second section beside the first."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from clms_egms.core.egms.scenario import EVENT_DATE, FAULT_DROP
    from clms_egms.ui.profile_plot import number_text
    from support.gui import choose, draw_line, shown_plot, type_in

    dock.workshop.load()
    wait(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), timeout=120)
    (faults,) = QgsProject.instance().mapLayersByName("workshop faults")
    assert faults.labelsEnabled() and sorted(f["name"] for f in faults.getFeatures()) == [
        "north-western graben fault", "south-eastern graben fault"]
    (up,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
    qgis_iface.activeLayer = lambda: up
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    canvas.setExtent(QgsRectangle(GRINDAVIK[0] - 3000, GRINDAVIK[1] - 3000, GRINDAVIK[0] + 3000,
                                  GRINDAVIK[1] + 3000))
    plot = shown_plot(dock)
    type_in(plot.profile.width, "400")
    assert plot.profile.width.value() == 400
    ux, uy = np.cos(GRABEN_AZIMUTH), -np.sin(GRABEN_AZIMUTH)  # across the axis, north-west to south-east
    draw_line(plot, canvas, (GRINDAVIK[0] - 2000 * ux, GRINDAVIK[1] - 2000 * uy),
              (GRINDAVIK[0] + 2000 * ux, GRINDAVIK[1] + 2000 * uy))
    rows = plot.profile.rows
    assert rows["section"] == "A" and rows["width"] == 400 and len(rows["pid"]) > 150
    velocity = [b for b in rows["bins"] if b["quantity"] == "velocity" and b["n"] >= 5]
    deepest = min(velocity, key=lambda b: b["median"])
    assert deepest["distance_m"] == pytest.approx(2000, abs=200) and deepest["median"] < -30  # the trough's axis

    assert plot.profile.offset_boxes[0].isHidden()  # how an offset is measured: once there are faults
    choose(plot.profile.faults, "workshop faults")
    assert not plot.profile.offset_boxes[0].isHidden()
    plot.eventBox.setChecked(True)  # the plot's window is not shown here: ticked as a click does
    assert plot.event_date() == EVENT_DATE
    choose(plot.profile.method, "lines at the fault")
    assert plot.profile.method.currentData() == "line"
    type_in(plot.profile.window, "300")
    rows = plot.profile.rows
    assert plot.profile.window.value() == 300 and rows["offsets"][0]["method"] == "line"
    step = {o["fault"]: o for o in rows["offsets"] if o["quantity"] == "step"}
    nw, se = step["north-western graben fault"], step["south-eastern graben fault"]
    resolution = 2 * canvas.mapUnitsPerPixel()
    assert nw["distance_m"] == pytest.approx(1300, abs=resolution)
    assert se["distance_m"] == pytest.approx(2700, abs=resolution)
    assert abs(nw["offset"] - FAULT_DROP) <= 3 * nw["uncertainty"] and nw["uncertainty"] < 3  # -40.9 +/- 1.9 mm
    assert abs(se["offset"] + FAULT_DROP) <= 3 * se["uncertainty"] and se["uncertainty"] < 3  # +41.4 +/- 2.0 mm
    velocity_of = {o["fault"]: o for o in rows["offsets"] if o["quantity"] == "velocity"}
    for o in rows["offsets"]:
        if o["quantity"] == "velocity":  # the trough's slope is no offset
            assert abs(o["offset"]) <= 3 * o["uncertainty"] + 0.5
    said = plot.info.text()
    for o in (nw, se):  # said in the dock with both offsets, as measured
        v = velocity_of[o["fault"]]
        assert "{} at {} m: Δ {} ± {} mm/yr, step Δ {} ± {} mm".format(
            o["fault"], number_text(o["distance_m"], 0), number_text(v["offset"]), number_text(v["uncertainty"]),
            number_text(o["offset"]), number_text(o["uncertainty"])) in said, said
    legend = [t.get_text() for t in plot.legend.get_texts()]
    assert any("south-eastern graben fault" in t and "step Δ 4" in t for t in legend), legend

    # Through time: the median displacement on the axis deepens before the event and drops across it
    QTest.mouseClick(plot.profile.in_time, Qt.MouseButton.LeftButton)
    rows = plot.profile.rows
    dates = sorted(rows["at"])
    on_axis = np.abs(rows["distance"] - 2000) < 200
    axis = [float(np.nanmedian(rows["at"][d][on_axis])) for d in dates]
    e = np.datetime64(EVENT_DATE)
    before = [a for d, a in zip(dates, axis) if d < e]
    assert all(b < a for a, b in zip(before, before[1:])), before  # deepening, date after date
    just_before, just_after = before[-1], axis[len(before)]
    assert just_after - just_before < -150  # the drop of the event on the axis
    legend = [t.get_text() for t in plot.legend.get_texts()]
    assert any("(before the event)" in t for t in legend) and any("(after the event)" in t for t in legend)

    # a second line further along the graben: B-B', the two side by side
    QTest.mouseClick(plot.profile.in_time, Qt.MouseButton.LeftButton)
    ax_, ay_ = np.sin(GRABEN_AZIMUTH), np.cos(GRABEN_AZIMUTH)  # along the axis
    b0 = (GRINDAVIK[0] + 1500 * ax_, GRINDAVIK[1] + 1500 * ay_)
    draw_line(plot, canvas, (b0[0] - 2000 * ux, b0[1] - 2000 * uy), (b0[0] + 2000 * ux, b0[1] + 2000 * uy))
    box = plot.profile.section_box
    assert [box.itemText(i) for i in range(box.count())] == ["A–A′", "B–B′", "all side by side"]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert plot.profile.side_by_side() and len(plot.profile.rows["beside"]) == 1


def test_the_walk_throughs_areas_step(dock, qgis_iface, wait):
    """The Areas step as written: egms_l3_u in Layer, Find active deformation areas: the graben and the dome, two
    areas where they were put; the graben's row action plots its points' mean."""
    from qgis.core import QgsGeometry, QgsPointXY
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from clms_egms.ui.layer_actions import LayerActions
    from support.gui import click_menu_entry, right_click_row, table_of

    dock.workshop.load()
    wait(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), timeout=120)
    (up,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
    dock.filterLayer.setLayer(up)
    QTest.mouseClick(dock.adaButton, Qt.MouseButton.LeftButton)
    wait(lambda: QgsProject.instance().mapLayersByName("ada_egms_l3_u_2020_2024"), timeout=60)
    (areas,) = QgsProject.instance().mapLayersByName("ada_egms_l3_u_2020_2024")
    town, top = (QgsGeometry.fromPointXY(QgsPointXY(*p)) for p in (GRINDAVIK, DOME))
    found = list(areas.getFeatures())
    assert len(found) == 2
    (graben,) = [f for f in found if f.geometry().contains(town)]
    (dome,) = [f for f in found if f.geometry().contains(top)]
    assert graben["median_velocity"] < -10 < 10 < dome["median_velocity"] and areas.labelsEnabled()
    # in its attribute table, the graben's row right-clicked, the area's action chosen (as QGIS triggers it)
    actions = LayerActions(qgis_iface, dock)
    view, table = table_of(areas, qgis_iface.mapCanvas())
    try:
        model = table.model()
        column = next(c for c in range(model.columnCount())
                      if model.headerData(c, Qt.Orientation.Horizontal) == "ada_id")
        row = next(r for r in range(model.rowCount()) if str(model.index(r, column).data()) == str(graben["ada_id"]))
        click_menu_entry(right_click_row(table, row), "Plot this area's mean series")
        wait(lambda: dock.plot is not None and dock.plot.curves, timeout=30)
    finally:
        view.close()
        actions.unload()
    assert up.selectedFeatureCount() == graben["n_points"]
    assert dock.plot.curves[0]["pid"] == "ADA {}: mean of {} points".format(graben["ada_id"], graben["n_points"])
