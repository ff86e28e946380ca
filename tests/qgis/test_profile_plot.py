"""The profile in the plot dock, drawn on the map by clicks, on EGMS files with planted truths: a fault across
which two viewing geometries move by different offsets, noise and 5 % wild points. The swath's medians and
envelopes per geometry, the fault's crossing with its offsets, a density for a wide corridor, the figure
publishable in the dock and saved."""
import numpy as np
import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProject,
                       QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QPoint, Qt, QVariant
from qgis.PyQt.QtTest import QTest

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.synthetic import write_egms
from support.faulted import planted_velocity, write_dem
from support.figures import figure_faults
from support.gui import draw_line, shown_plot

ORIGIN, SPACING, SIDE = (4598000.0, 1740000.0), 20.0, 80  # 6400 points a file on an 80 x 20 m grid: 1.6 km
FAULT_X = ORIGIN[0] + 800.0
TRUTH = {"track 16, ascending": (-2.0, -12.0), "track 155, descending": (3.0, 5.0)}  # before, offset (west-east)


@pytest.fixture
def faulted(dock, qgis_iface, tmp_path):
    """Both geometries imported into one layer, shown; a fault layer (named) in the project: (layer, faults)."""
    paths = [write_egms(str(tmp_path / "in"), "L2b", n_points=SIDE * SIDE, n_dates=40, seed=seed, track=track,
                        burst=burst, ascending=ascending, pid_prefix=prefix, origin=ORIGIN, spacing=SPACING,
                        velocity_fn=planted_velocity(*TRUTH[label], FAULT_X, seed=seed))[0]
             for seed, track, burst, ascending, prefix, label in (
                 (1, 16, 336, True, "R", "track 16, ascending"), (2, 155, 340, False, "G", "track 155, descending"))]
    gpkg = str(tmp_path / "faulted.gpkg")
    import_egms(paths, gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
    faults = QgsVectorLayer("LineString?crs=EPSG:3035", "faults", "memory")
    faults.dataProvider().addAttributes([QgsField("name", QVariant.String)])
    faults.updateFields()
    fault = QgsFeature(faults.fields())
    fault.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(FAULT_X, ORIGIN[1] - 100),
                                                  QgsPointXY(FAULT_X, ORIGIN[1] + 1700)]))
    fault.setAttributes(["Sundhnúkur fault"])
    faults.dataProvider().addFeatures([fault])
    QgsProject.instance().addMapLayers([layer, faults])
    qgis_iface.setActiveLayer(layer)
    qgis_iface.activeLayer = lambda: layer  # the stub iface does not track the active layer itself
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    canvas.setExtent(QgsRectangle(ORIGIN[0] - 50, ORIGIN[1] - 50, ORIGIN[0] + 1650, ORIGIN[1] + 1650))
    return layer, faults


def ramp_dem(tmp_path, west, north):
    """A DEM from ``west``, ``north`` rising 5 m every 100 m eastwards from 50 m at ``west`` + 100 m."""
    raster = write_dem(str(tmp_path / "dem.tif"), west, north, lambda x: 50.0 + 0.05 * (x - west - 100.0))
    assert raster.isValid()
    return raster


def click_lonely_point(plot, ax, rows, among):
    """A left click in the plot on the point of ``among`` (indexes into ``rows``) farthest from any other point of
    ``rows`` in ``ax``'s pixels: a click there can mean it only. Returns (its index, that distance in pixels)."""
    pixels = ax.transData.transform(np.column_stack([rows["distance"], rows["velocity"]]))
    nearest = [np.sort(np.hypot(*(pixels - pixels[k]).T))[1] for k in among]
    k = int(among[int(np.argmax(nearest))])
    x, y = pixels[k]
    height = plot.plot_canvas.figure.bbox.height
    ratio = plot.plot_canvas.devicePixelRatioF() if hasattr(plot.plot_canvas, "devicePixelRatioF") else 1
    QTest.mouseClick(plot.plot_canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(x / ratio), int((height - y) / ratio)))
    return k, max(nearest)


def test_swath_medians_and_fault_offsets_per_geometry_in_the_plot(dock, qgis_iface, faulted, tmp_path, monkeypatch):
    layer, faults = faulted
    plot = shown_plot(dock)
    profile = plot.profile
    # a section's tools out of the series' way until Profile is pressed; how an offset is measured, with faults
    assert all(w.isHidden() for w in profile.section_tools()) and not profile.button.isHidden()
    profile.button.setChecked(True)
    assert [w.isHidden() for w in profile.section_tools()] == [False, False, False, True, True, False]
    profile.faults.setLayer(faults)
    assert not any(w.isHidden() for w in profile.section_tools())
    profile.button.setChecked(False)
    canvas = qgis_iface.mapCanvas()
    y = ORIGIN[1] + 800
    draw_line(plot, canvas, (ORIGIN[0] + 20, y), (ORIGIN[0] + 1580, y))
    rows = plot.profile.rows
    assert rows is not None and len(rows["pid"]) > 1000
    # the crossing where the fault is (the line starts 20 m east of the grid's edge, within a pixel)
    assert [name for name, _d in rows["crossings"]] == ["Sundhnúkur fault"]
    assert rows["crossings"][0][1] == pytest.approx(780.0, abs=2 * canvas.mapUnitsPerPixel() + 0.5)
    offsets = {o["geometry"]: o for o in rows["offsets"] if o["quantity"] == "velocity"}
    assert set(offsets) == set(TRUTH)  # one offset per geometry: never pooled
    for label, (_base, offset) in TRUTH.items():
        o = offsets[label]
        assert 0 < o["uncertainty"] < 0.6 and abs(o["offset"] - offset) <= 3 * o["uncertainty"], o
    # drawn: per geometry its dots, its median line and its envelope, each named; the crossing, named with offsets
    ax = plot.figure.axes[0]
    medians = sorted(line.get_gid() for line in ax.get_lines() if (line.get_gid() or "").startswith("median"))
    assert medians == ["median velocity · track 155, descending", "median velocity · track 16, ascending"]
    for line in ax.get_lines():
        if (line.get_gid() or "").startswith("median"):
            before, offset = TRUTH[line.get_gid().split(" · ")[1]]
            d, m = line.get_xdata(), line.get_ydata()
            at = rows["crossings"][0][1]
            far = np.abs(d - at) > 150  # bins away from the fault: the truth within the noise
            truth = before + offset * (d > at)
            assert np.nanmax(np.abs(m - truth)[far]) < 2.0
    # in the legend, one entry a geometry: its points, median and envelope together (at a size that holds them all)
    plot.plot_canvas.resize(900, 500)
    plot.redraw()
    ax = plot.figure.axes[0]
    entries = [" ".join(t.get_text().split()) for t in plot.legend.get_texts()]
    assert sorted(e for e in entries if e.startswith("mean velocity")) == [
        "mean velocity · track 155, descending (median, 25–75 %)", "mean velocity · track 16, ascending (median, "
        "25–75 %)"]
    crossing = [line for line in ax.get_lines() if line.get_label().startswith("Sundhnúkur fault at")]
    assert len(crossing) == 1 and crossing[0].get_xdata()[0] == pytest.approx(rows["crossings"][0][1])
    said = crossing[0].get_label()  # in the legend: the offsets, one per geometry, each named
    assert said.count("Δ") == 2 and "track 16, ascending" in said and "track 155, descending" in said
    assert [t.get_text() for t in ax.texts] == ["Sundhnúkur fault"]  # along the line, inside the axes
    at = "Sundhnúkur fault at {:.0f} m: Δ".format(rows["crossings"][0][1])
    assert plot.info.text().count(at) == 2  # one per geometry
    # publishable: in the dock at QGIS's dock width and in the saved figure
    plot.plot_canvas.resize(420, 380)
    plot.redraw()
    assert figure_faults(plot.figure, plot.figure.axes[0], plot.legend) == []
    seen = []
    real_save = plot.figure.savefig

    def save(path, **kwargs):
        seen.append(figure_faults(plot.figure, plot.figure.axes[0], plot.legend))
        return real_save(path, **kwargs)

    monkeypatch.setattr(plot.figure, "savefig", save)
    plot.export_figure(str(tmp_path / "profile.png"))
    assert seen == [[]] and (tmp_path / "profile.png").stat().st_size > 10000
    # Save series: the points, and beside them the bins and the fault offsets, as clms_egms:profile's tables
    import csv

    target = tmp_path / "section.csv"
    monkeypatch.setattr("clms_egms.ui.plot_dock.save_path", lambda *args: str(target))
    QTest.mouseClick(plot.csvButton, Qt.MouseButton.LeftButton)
    with open(target) as f:
        assert [r["pid"] for r in csv.DictReader(f)] == rows["pid"]
    with open(tmp_path / "section_bins.csv") as f:
        bins = list(csv.DictReader(f))
    assert list(bins[0]) == ["section", "geometry", "quantity", "unit", "distance_m", "n", "median", "q25", "q75"]
    assert len(bins) == len(rows["bins"]) and {b["section"] for b in bins} == {"A"}
    assert sum(int(b["n"]) for b in bins) == np.isfinite(rows["velocity"]).sum()  # each point in one bin
    with open(tmp_path / "section_faults.csv") as f:
        faults = list(csv.DictReader(f))
    assert sorted(o["geometry"] for o in faults) == sorted(TRUTH) and all(
        abs(float(o["offset"]) - TRUTH[o["geometry"]][1]) <= 3 * float(o["uncertainty"]) for o in faults)


def test_a_wide_corridor_is_a_density_and_its_points_still_answer_a_click(dock, qgis_iface, faulted):
    layer, _faults = faulted
    plot = shown_plot(dock)
    plot.profile.width.setValue(1600)  # the whole grid: 6400 points a geometry
    canvas = qgis_iface.mapCanvas()
    y = ORIGIN[1] + 800
    draw_line(plot, canvas, (ORIGIN[0] + 20, y), (ORIGIN[0] + 1580, y))
    rows = plot.profile.rows
    assert len(rows["pid"]) > 2 * 5000 and rows["crossings"] == []  # no fault layer chosen: none
    ax = plot.figure.axes[0]
    densities = sorted(c.get_label() for c in ax.collections if "(density)" in c.get_label())
    assert densities == ["mean velocity · track 155, descending (density)",
                         "mean velocity · track 16, ascending (density)"]
    plot.plot_canvas.resize(800, 400)
    plot.plot_canvas.draw()
    ax = plot.figure.axes[0]
    wild = np.flatnonzero(np.abs(rows["velocity"]) > 30)  # wild points, alone outside the density
    k, apart = click_lonely_point(plot, ax, rows, wild)
    assert apart > 10
    assert plot.profile.rows is None and [c["pid"] for c in plot.curves] == [rows["pid"][k]]


def test_a_filtered_layer_gives_the_profile_of_its_filtered_points(dock, qgis_iface, faulted):
    """The corridor's points are read by the store (fast), with the layer's own filter applied as QGIS applies
    it (the Filter panel's velocity filter, or the user's): the profile of what the map shows."""
    from clms_egms.core.egms.profile import profile_of_layer

    layer, _faults = faulted
    y = ORIGIN[1] + 800
    line = [(ORIGIN[0] + 20, y), (ORIGIN[0] + 1580, y)]
    whole = profile_of_layer(layer, line, 200.0)
    layer.setSubsetString('"mean_velocity" > 0 AND "track" = 155')
    shown = {f["pid"] for f in layer.getFeatures()}
    part = profile_of_layer(layer, line, 200.0)
    assert 0 < len(part["pid"]) < len(whole["pid"]) and set(part["pid"]) == shown & set(whole["pid"])
    assert (part["velocity"] > 0).all() and {g.label for g in part["geometry"]} == {"track 155, descending"}


def test_sections_are_named_on_the_map_chosen_in_the_plot_kept_with_the_project_and_cleared(
        dock, qgis_iface, faulted, tmp_path):
    from clms_egms.ui.profile_sections import EndLabel

    layer, _faults = faulted
    plot = shown_plot(dock)
    canvas = qgis_iface.mapCanvas()

    def labels():
        return sorted(item.text for item in canvas.scene().items() if isinstance(item, EndLabel))

    draw_line(plot, canvas, (ORIGIN[0] + 20, ORIGIN[1] + 400), (ORIGIN[0] + 1580, ORIGIN[1] + 400))
    plot.profile.width.setValue(400)  # B's corridor is twice as wide: each section keeps its own
    draw_line(plot, canvas, (ORIGIN[0] + 800, ORIGIN[1] + 20), (ORIGIN[0] + 800, ORIGIN[1] + 1580))
    assert labels() == ["A", "A′", "B", "B′"]
    box = plot.profile.section_box
    assert [box.itemText(i) for i in range(box.count())] == ["A–A′", "B–B′", "all side by side"]
    assert box.currentText() == "B–B′"
    b = plot.profile.rows
    assert b["section"] == "B" and "Section B–B′" in " ".join(plot.figure.axes[0].get_title().split())
    box.setCurrentIndex(0)
    box.activated.emit(0)  # as a user's choice in the list
    a = plot.profile.rows
    assert a["section"] == "A" and "Section A–A′" in " ".join(plot.figure.axes[0].get_title().split())
    assert 0.4 < len(a["pid"]) / len(b["pid"]) < 0.6  # 200 m against 400 m of corridor over the same length
    # all side by side: one axes a section, the velocity axis shared, each named, laid out apart
    assert box.itemText(2) == "all side by side"
    box.setCurrentIndex(2)
    box.activated.emit(2)
    axes = plot.figure.axes
    assert len(axes) == 2 and axes[0].get_shared_y_axes().joined(axes[0], axes[1])
    titles = [" ".join(ax.get_title().split()) for ax in axes]
    assert titles[0].startswith("A–A′") and titles[1].startswith("B–B′")
    assert "Sections of egms_l2b_2020_2024" in " ".join(plot.figure._suptitle.get_text().split())
    for size in ((420, 380), (900, 500)):
        plot.plot_canvas.resize(*size)
        plot.redraw()
        axes = plot.figure.axes
        renderer = plot.figure.canvas.get_renderer()
        for ax in axes:
            assert figure_faults(plot.figure, ax, plot.legend, columns=2) == [], size
        assert axes[0].get_tightbbox(renderer).x1 < axes[1].get_window_extent(renderer).x0, size
        top = min(ax.title.get_window_extent(renderer).y0 for ax in axes)
        above = max(ax.title.get_window_extent(renderer).y1 for ax in axes)
        figure_title = plot.figure._suptitle.get_window_extent(renderer)
        assert figure_title.y0 >= above and figure_title.y1 <= plot.figure.bbox.y1 + 1 and top > 0, size
    # the words under the plot tell each section's points
    rows_b = plot.profile.rows["beside"][0]
    assert plot.info.text().startswith("A–A′: {} points.".format(len(plot.profile.rows["pid"])))
    assert "B–B′: {} points.".format(len(rows_b["pid"])) in plot.info.text()
    # a click on a point of B's plot plots that point's series
    plot.plot_canvas.draw()
    k, _apart = click_lonely_point(plot, axes[1], rows_b, np.arange(len(rows_b["pid"])))
    assert plot.profile.rows is None and [c["pid"] for c in plot.curves] == [rows_b["pid"][k]]
    # saved with the project, drawn again when it opens
    project = QgsProject.instance()
    path = str(tmp_path / "sections.qgz")
    assert project.write(path)
    project.clear()
    assert labels() == [] and box.count() == 0
    assert project.read(path)
    assert labels() == ["A", "A′", "B", "B′"] and box.count() == 3
    saved = plot.profile.sections.items
    assert [s["width"] for s in saved] == [200.0, 400.0]
    assert saved[0]["vertices"][0].x() == pytest.approx(ORIGIN[0] + 20, abs=2 * canvas.mapUnitsPerPixel() + 0.5)
    # Clear: every section goes, from the map and from the project
    QTest.mouseClick(plot.clearButton, Qt.MouseButton.LeftButton)
    assert labels() == [] and box.count() == 0 and plot.profile.rows is None
    assert all(w.isHidden() for w in plot.profile.section_tools())  # no section: its tools out of the way
    assert project.readEntry("clms_egms", "profile_sections", "")[0] == "[]"


def test_through_time_the_graben_deepens_and_drops_at_the_event(dock, qgis_iface, tmp_path):
    """The workshop scenario's graben across a section, Through time with the event ticked: one median line a date,
    each deeper at the axis than the one before, the line after the event about the event's drop below the line
    before it, the flanks far from the axis near zero."""
    from clms_egms.core.egms.scenario import (FAULT_ACROSS, GRABEN_AZIMUTH, GRINDAVIK, MAX_STEP, motion,
                                              write_scenario)

    paths = write_scenario(str(tmp_path / "files"), n_points=2500, n_dates=300)
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms(paths[2:3], gpkg)  # the L3 up tile
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    qgis_iface.activeLayer = lambda: layer
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    canvas.setExtent(QgsRectangle(GRINDAVIK[0] - 2500, GRINDAVIK[1] - 2500, GRINDAVIK[0] + 2500,
                                  GRINDAVIK[1] + 2500))
    plot = shown_plot(dock)
    plot.eventBox.setChecked(True)  # 2023-11-10
    QTest.mouseClick(plot.profile.in_time, Qt.MouseButton.LeftButton)
    plot.profile.width.setValue(600)  # L3's 100 m grid: 6 points a 100 m of line
    ux, uy = np.cos(GRABEN_AZIMUTH), -np.sin(GRABEN_AZIMUTH)
    draw_line(plot, canvas, (GRINDAVIK[0] - 2000 * ux, GRINDAVIK[1] - 2000 * uy),
              (GRINDAVIK[0] + 2000 * ux, GRINDAVIK[1] + 2000 * uy))
    rows = plot.profile.rows
    dates = sorted(rows["at"])
    assert 10 <= len(dates) <= 14 and dates[0] < np.datetime64("2020-02-01") and dates[-1] > np.datetime64("2024-11-01")
    ax = plot.figure.axes[0]
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 2]
    assert len(lines) == len(dates)  # one geometry: one line a date
    start = plot.profile.sections.items[0]["vertices"][0]
    axis = []
    for date, line in zip(dates, lines):
        d, m = np.asarray(line.get_xdata()), np.asarray(line.get_ydata(), dtype=float)
        axis.append(m[np.argmin(np.abs(d - 2000))])  # the bin on the axis
        # the truth at the bins' centres: the velocity over the years since the first date, the drop after the event
        truth = motion(start.x() + d * ux, start.y() + d * uy)
        years = (date - dates[0]).astype(int) / 365.25
        expected = truth.up * years + truth.step * (date > np.datetime64("2023-11-10"))
        # bins astride a bounding fault (700 m either side of the axis) hold both of its sides: left out
        clear = np.isfinite(m) & (np.abs(np.abs(d - 2000) - FAULT_ACROSS) > (d[1] - d[0]))
        error = np.abs(m - expected)[clear]
        assert np.median(error) < 3 and error.max() < 30, (date, np.median(error), error.max())
    before = dates.index(max(d for d in dates if d < np.datetime64("2023-11-10")))
    assert all(b < a + 3 for a, b in zip(axis[:before], axis[1:before + 1])), (before, axis)  # deeper, noise aside
    assert axis[before + 1] - axis[before] == pytest.approx(MAX_STEP, abs=60)  # the drop, less its Gaussian's width
    labels = [" ".join(t.get_text().split()) for t in plot.legend.get_texts()]
    assert any("(before the event)" in t for t in labels) and any("(after the event)" in t for t in labels)
    assert "Vertical displacement (mm)" in " ".join(ax.get_ylabel().split())
    plot.plot_canvas.resize(420, 380)
    plot.redraw()
    assert figure_faults(plot.figure, plot.figure.axes[0], plot.legend) == []
    # back to velocity and step, the terrain beside: three axes, the terrain's outside the step's, all readable
    raster = ramp_dem(tmp_path, GRINDAVIK[0] - 1000, GRINDAVIK[1] + 1000)
    QgsProject.instance().addMapLayer(raster)
    plot.profile.terrain.setLayer(raster)
    QTest.mouseClick(plot.profile.in_time, Qt.MouseButton.LeftButton)
    axes = plot.figure.axes
    assert len(axes) == 3 and [" ".join(a.get_ylabel().split()) for a in axes[1:]] == ["Step (mm)", "Elevation (m)"]
    for size in ((420, 380), (900, 500)):
        plot.plot_canvas.resize(*size)
        plot.redraw()
        assert figure_faults(plot.figure, plot.figure.axes[0], plot.legend, others=plot.figure.axes[1:]) == [], size


def test_the_terrain_beneath_the_section_on_its_own_axis(dock, qgis_iface, faulted, tmp_path):
    """A DEM in the project chosen in Terrain: its elevations beneath the section, sampled along it, on a second
    axis under the data, the figure still publishable."""
    raster = ramp_dem(tmp_path, ORIGIN[0] - 100, ORIGIN[1] + 1900)
    QgsProject.instance().addMapLayer(raster)
    plot = shown_plot(dock)
    plot.profile.terrain.setLayer(raster)
    canvas = qgis_iface.mapCanvas()
    draw_line(plot, canvas, (ORIGIN[0] + 20, ORIGIN[1] + 800), (ORIGIN[0] + 1580, ORIGIN[1] + 800))
    rows = plot.profile.rows
    distance, elevation = rows["terrain"]
    start = plot.profile.sections.items[0]["vertices"][0].x() - ORIGIN[0]
    assert len(distance) >= 100 and np.isfinite(elevation).all()
    np.testing.assert_allclose(elevation, 50.0 + 0.05 * (start + distance), atol=0.05 * 10)  # within a cell
    axes = plot.figure.axes
    assert len(axes) == 2 and " ".join(axes[1].get_ylabel().split()) == "Elevation (m)"
    assert axes[1].get_zorder() < axes[0].get_zorder()  # under the points and medians
    assert "terrain (m)" in [t.get_text() for t in plot.legend.get_texts()]
    plot.plot_canvas.resize(420, 380)
    plot.redraw()
    assert figure_faults(plot.figure, plot.figure.axes[0], plot.legend, others=plot.figure.axes[1:]) == []
