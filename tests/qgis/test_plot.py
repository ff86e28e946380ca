"""The time-series plot driven as a user drives it: synthetic clicks on the map canvas."""
import csv
import io
import zipfile

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QEvent, QPoint, Qt
from qgis.PyQt.QtTest import QTest

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.synthetic import write_egms
from support.figures import figure_faults

L2B = "EGMS_L2b_117_0227_IW2_VV_2020_2024_1"


def all_rows(zip_path, stem):
    with zipfile.ZipFile(zip_path) as zf, zf.open(stem + ".csv") as raw:
        yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))


def csv_row(zip_path, stem, pid):
    return next(row for row in all_rows(zip_path, stem) if row["pid"] == pid)


def series_of(row):
    dates = [k for k in row if len(k) == 8 and k.isdigit()]
    return [np.datetime64("{}-{}-{}".format(d[:4], d[4:6], d[6:])) for d in dates], [float(row[d]) for d in dates]


def title(plot):
    """The plot's title as one line (it is wrapped to the figure's width)."""
    return " ".join(plot.axes.get_title().split())


def click(canvas, tool, x, y):
    """A left click (press and release) at map coordinates (x, y) of the canvas CRS."""
    pixel = canvas.getCoordinateTransform().transform(x, y)
    at = QPoint(int(round(pixel.x())), int(round(pixel.y())))
    tool.canvasPressEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonPress, at, Qt.MouseButton.LeftButton))
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, at, Qt.MouseButton.LeftButton))


@pytest.fixture
def dock(dock, qgis_iface):
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))  # the layers' CRS
    return dock


def l3_plot(dock, qgis_iface, tmp_path, n_dates, seed):
    """A synthetic 100-point L3 tile imported and shown around its first point, and the plot dock open:
    (layer, that point, the plot)."""
    path = write_egms(str(tmp_path / "in"), "L3", n_points=100, n_dates=n_dates, seed=seed)[0]
    gpkg = str(tmp_path / "l3.gpkg")
    import_egms([path], gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    point = next(layer.getFeatures()).geometry().asPoint()
    show(qgis_iface, layer, point.x(), point.y())
    return layer, point, dock.show_plot()


def show(qgis_iface, layer, x, y, half=30):
    """Layer in the project, active, the map zoomed close around (x, y): the test canvas is never
    shown and stays a few pixels wide, so a close zoom keeps a click's pixel rounding well under a metre."""
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    qgis_iface.activeLayer = lambda: layer  # the stub iface does not track the active layer itself
    qgis_iface.mapCanvas().setExtent(QgsRectangle(x - half, y - half, x + half, y + half))


def test_click_plots_the_csv_row(dock, qgis_iface, samples_dir, tmp_path):
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms([str(samples_dir / (L2B + ".zip"))], gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
    rows = list(all_rows(samples_dir / (L2B + ".zip"), L2B))
    xy = np.array([(float(r["easting"]), float(r["northing"])) for r in rows])

    def isolated(i):  # no other point within 5 m: a click there can only mean this one
        d = np.hypot(*(xy - xy[i]).T)
        return np.sort(d)[1] > 5.0

    first = next(i for i in range(0, len(rows), 97) if isolated(i))
    row = rows[first]
    x, y = xy[first]
    show(qgis_iface, layer, x, y)
    plot = dock.show_plot()
    canvas = qgis_iface.mapCanvas()
    assert canvas.mapTool() is plot.tool
    click(canvas, plot.tool, x + 0.5, y - 0.5)
    assert len(plot.curves) == 1
    curve = plot.curves[0]
    dates, values = series_of(row)
    assert curve["pid"] == row["pid"]
    assert list(curve["dates"]) == dates
    np.testing.assert_array_equal(curve["mm"], values)
    assert dict(curve["attributes"])["mean_velocity"] == float(row["mean_velocity"])
    assert row["pid"] in plot.info.text() and "v {:+.1f}".format(float(row["mean_velocity"])) in plot.info.text()
    line = plot.axes.get_lines()[0]
    np.testing.assert_array_equal(line.get_ydata(), values)

    # a second point kept beside the first, then exports
    second = next(i for i in range(len(rows)) if 50 < np.hypot(*(xy[i] - xy[first])) < 300 and isolated(i))
    other = rows[second]
    plot.keepBox.setChecked(True)
    click(canvas, plot.tool, *xy[second])
    assert [c["pid"] for c in plot.curves] == [row["pid"], other["pid"]]
    out = tmp_path / "series.csv"
    plot.export_series(str(out))
    written = list(csv.DictReader(open(out)))
    assert len(written) == 2 * len(values) and written[0]["pid"] == row["pid"]
    assert float(written[-1]["displacement_mm"]) == series_of(other)[1][-1]
    png = tmp_path / "plot.png"
    plot.export_figure(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # far from any point: said so, the plot stays
    click(canvas, plot.tool, x, y + 20000)  # out at sea
    assert "No EGMS point" in plot.info.text()
    assert len(plot.curves) == 2


def test_delimited_text_layer_of_the_guideline_route(dock, qgis_iface, tmp_path):
    path, dates, truth = write_egms(str(tmp_path / "in"), "L2b", n_points=100, n_dates=30, as_zip=False, seed=4)
    uri = "file://{}?type=csv&delimiter=,&xField=easting&yField=northing&crs=EPSG:3035&detectTypes=yes".format(path)
    layer = QgsVectorLayer(uri, "egms csv", "delimitedtext")
    assert layer.isValid()
    with open(path) as f:
        rows = list(csv.DictReader(f))
    row = rows[42]
    x, y = float(row["easting"]), float(row["northing"])
    show(qgis_iface, layer, x, y, half=10)
    plot = dock.show_plot()
    click(qgis_iface.mapCanvas(), plot.tool, x, y)
    assert plot.curves and plot.curves[0]["pid"] == row["pid"]
    assert list(plot.curves[0]["dates"]) == list(dates)
    np.testing.assert_allclose(plot.curves[0]["mm"], series_of(row)[1])


def test_unload_releases_the_map_tool_and_the_dock(dock, qgis_iface):
    plot = dock.show_plot()
    canvas = qgis_iface.mapCanvas()
    assert canvas.mapTool() is plot.tool
    dock.unload()
    assert canvas.mapTool() is not plot.tool and dock.plot is None
    from qgis.PyQt.QtCore import QCoreApplication

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert sip.isdeleted(plot)


def test_trend_fit_and_reference_point(dock, qgis_iface, tmp_path):
    path, dates, truth = write_egms(str(tmp_path / "in"), "L3", n_points=400, n_dates=60, seed=8)
    gpkg = str(tmp_path / "l3.gpkg")
    import_egms([path], gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    features = sorted(layer.getFeatures(), key=lambda f: f["pid"])
    a, b = features[0], features[-1]  # 100 m grid cells: far apart
    pa, pb = a.geometry().asPoint(), b.geometry().asPoint()
    show(qgis_iface, layer, pa.x(), pa.y())
    plot = dock.show_plot()
    canvas = qgis_iface.mapCanvas()
    click(canvas, plot.tool, pb.x(), pb.y())  # the future reference
    plot.referenceButton.setChecked(True)
    assert plot.reference["pid"] == b["pid"] and plot.curves == []
    click(canvas, plot.tool, pa.x(), pa.y())
    (curve,) = plot.curves
    expected = curve["mm"] - plot.reference["mm"]  # same tile, same dates
    np.testing.assert_allclose(plot.axes.get_lines()[0].get_ydata(), expected)
    assert "relative to " + b["pid"] in title(plot)
    # the legend says the velocity as plotted, relative; the reference is there, its line 0 by definition
    labels = [line.get_label() for line in plot.axes.get_lines()]
    mine, ref = dict(curve["attributes"]), dict(plot.reference["attributes"])
    relative = mine["mean_velocity"] - ref["mean_velocity"]
    spread = (mine["mean_velocity_std"] ** 2 + ref["mean_velocity_std"] ** 2) ** 0.5
    assert labels[0] == "{} (v {:+.1f} ± {:.1f} mm/yr relative)".format(curve["pid"], relative, spread), labels
    reference_line = plot.axes.get_lines()[labels.index(b["pid"] + ": the reference (0 by definition)")]
    assert set(np.asarray(reference_line.get_ydata())[np.isfinite(b_mm := np.asarray(plot.reference["mm"]))]) == {0.0}
    assert b_mm.size == len(reference_line.get_ydata())

    plot.trendBox.setCurrentIndex(plot.trendBox.findData("linear"))
    t = (np.asarray(curve["dates"]) - curve["dates"][0]).astype(float) / 365.25
    velocity = np.polyfit(t, expected, 1)[0]
    labels = [line.get_label() for line in plot.axes.get_lines()]
    assert any("Linear fit: v {:+.2f} mm/yr".format(velocity) in label for label in labels)

    out = tmp_path / "relative.csv"
    plot.export_series(str(out))
    rows = list(csv.DictReader(open(out)))
    assert rows[0]["relative_to"] == b["pid"] and float(rows[1]["displacement_mm"]) == round(expected[1], 1)

    QTest.mouseClick(plot.referenceButton, Qt.MouseButton.LeftButton)  # "Clear reference"
    assert plot.reference is None and plot.referenceButton.text() == "Use as reference"
    np.testing.assert_array_equal(plot.axes.get_lines()[0].get_ydata(), curve["mm"])
    # the reference point is plotted again as itself, not dropped
    assert [c["pid"] for c in plot.curves] == [curve["pid"], b["pid"]]


def test_picked_points_are_marked_and_a_new_project_clears_the_plot(dock, qgis_iface, tmp_path):
    from qgis.gui import QgsVertexMarker

    layer, point, plot = l3_plot(dock, qgis_iface, tmp_path, n_dates=30, seed=4)
    canvas = qgis_iface.mapCanvas()
    others = sorted(layer.getFeatures(), key=lambda f: f.geometry().asPoint().distance(point))
    plot.keepBox.setChecked(True)
    for feature in others[:3]:
        p = feature.geometry().asPoint()
        click(canvas, plot.tool, p.x(), p.y())
    markers = [item for item in canvas.scene().items() if isinstance(item, QgsVertexMarker)]
    assert len(plot.curves) == 3 and len(markers) == 3
    centres = sorted((round(m.center().x()), round(m.center().y())) for m in markers)
    assert centres == sorted((round(f.geometry().asPoint().x()), round(f.geometry().asPoint().y()))
                             for f in others[:3])
    QgsProject.instance().clear()  # File > New project
    assert plot.curves == [] and plot.axes.get_lines() == []
    assert not [item for item in canvas.scene().items() if isinstance(item, QgsVertexMarker)]


def test_the_figure_of_a_busy_plot_is_publishable_in_the_dock_and_saved(dock, qgis_iface, tmp_path, monkeypatch):
    """The issue's state: several series, a linear + seasonal fit each, an event and a reference. The legend sat
    beside the axes or below them, cut at both sides and over the year labels, and the saved figure squeezed the
    axes into a strip 80 px wide: now measured, at the dock's width and in the saved 10 x 5 in figure."""
    from qgis.PyQt.QtCore import QCoreApplication

    window = qgis_iface.mainWindow()
    window.resize(1280, 800)
    window.show()
    QCoreApplication.processEvents()
    width = window.width()
    path = write_egms(str(tmp_path / "in"), "L3", n_points=100, n_dates=260, seed=6,
                      event=("2023-11-10", lambda x, y: -50.0 + 0 * x))[0]
    import_egms([path], str(tmp_path / "l3.gpkg"))
    layer = QgsVectorLayer(str(tmp_path / "l3.gpkg") + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024",
                           "ogr")
    point = next(layer.getFeatures()).geometry().asPoint()
    show(qgis_iface, layer, point.x(), point.y())
    plot = dock.show_plot()
    features = sorted(layer.getFeatures(), key=lambda f: f["pid"])
    plot.plot_features(layer, features[:3])  # three rows of the attribute table
    plot.use_as_reference(layer, features[-1])  # a fourth point, far off, as the reference
    plot.trendBox.setCurrentIndex(plot.trendBox.findData("seasonal"))
    plot.eventBox.setChecked(True)
    QCoreApplication.processEvents()
    assert len({c["pid"] for c in plot.curves}) == 3 and plot.reference["pid"] not in [c["pid"] for c in plot.curves]
    assert window.width() == width
    assert plot.minimumSizeHint().width() < 420  # the buttons wrap instead of widening the dock
    for dock_width, height in ((420, 300), (700, 300), (420, 200)):
        plot.figure.set_size_inches(dock_width / plot.figure.dpi, height / plot.figure.dpi, forward=False)
        plot.redraw()
        assert figure_faults(plot.figure, plot.axes, plot.legend) == [], dock_width
        texts = [t.get_text() for t in plot.legend.get_texts()]  # 3 series, 3 fits, the reference, the event: or
        assert len(texts) == 8 or texts[-1].startswith("… and "), texts  # summed up
    assert title(plot) == "egms_l3_u_2020_2024 · vertical (L3 up) · relative to {}".format(plot.reference["pid"])
    assert " ".join(plot.axes.get_ylabel().split()) == "Vertical displacement (mm)"

    seen = []
    real_save = plot.figure.savefig

    def save(path, **kwargs):
        seen.append((tuple(plot.figure.get_size_inches()), figure_faults(plot.figure, plot.axes, plot.legend),
                     len(plot.legend.get_texts())))
        return real_save(path, **kwargs)

    monkeypatch.setattr(plot.figure, "savefig", save)
    out = tmp_path / "figure.png"
    plot.export_figure(str(out))
    assert seen == [((10.0, 5.0), [], 8)] and out.stat().st_size > 10000  # the whole legend, in the picture


def test_points_of_two_geometries_are_never_subtracted_or_averaged_together(dock, qgis_iface, tmp_path, wait):
    """The real L2b import holds ascending track 117 and descending track 22 in one layer: a point of one may
    not be the reference of the other's, their mean is one per geometry, and the plot names each."""
    from qgis.core import Qgis

    paths = [write_egms(str(tmp_path / "in"), "L2b", n_points=64, n_dates=30, seed=s, track=t, burst=b,
                        ascending=a, pid_prefix=p)[0]
             for s, t, b, a, p in ((1, 22, 845, False, "D"), (2, 117, 227, True, "A"))]
    gpkg = str(tmp_path / "l2b.gpkg")
    import_egms(paths, gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
    features = {f["pid"]: f for f in layer.getFeatures()}
    down = next(f for pid, f in sorted(features.items()) if pid.startswith("D"))
    up = next(f for pid, f in sorted(features.items()) if pid.startswith("A"))
    show(qgis_iface, layer, down.geometry().asPoint().x(), down.geometry().asPoint().y())
    plot = dock.show_plot()
    qgis_iface.messageBar().clear_messages()
    plot.plot_features(layer, [down])
    assert title(plot) == "egms_l2b_2020_2024 · track 22, descending"
    assert " ".join(plot.axes.get_ylabel().split()) == "Line-of-sight displacement (mm)"
    assert plot.use_as_reference(layer, up) is None and plot.reference is None  # refused
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("seen from track 22, descending" in m and "track 117, ascending" in m and "cannot be subtracted" in m
               for m in warnings), warnings
    plot.plot_features(layer, [down, up])  # side by side is fine, each named
    labels = plot.axes.get_legend_handles_labels()[1]
    assert any("track 22, descending" in t for t in labels) and any("track 117, ascending" in t for t in labels)
    assert "several viewing geometries" in title(plot)
    # a profile across both: one cloud a geometry, each named, never one of them all
    from clms_egms.core.egms.profile import profile_of_layer

    box = layer.extent()
    rows = profile_of_layer(layer, [(box.xMinimum(), box.yMinimum()), (box.xMaximum(), box.yMaximum())],
                            max(box.width(), box.height()))
    rows["layer"] = layer
    assert {g.label for g in rows["geometry"]} == {"track 22, descending", "track 117, ascending"}
    plot.profile.rows = rows
    plot.redraw()
    clouds = [c.get_label() for c in plot.axes.collections]
    assert sorted(clouds) == ["mean velocity · track 117, ascending", "mean velocity · track 22, descending"]
    assert "several viewing geometries" in " ".join(plot.axes.get_title().split())
    plot.profile.rows = None
    plot.keepBox.setChecked(False)
    layer.selectByIds([f.id() for f in features.values()][:40] + [f.id() for f in features.values()][-40:])
    qgis_iface.setActiveLayer(layer)
    plot.meanButton.click()
    wait(lambda: plot.meanButton.isEnabled() and len(plot.curves) == 2)
    assert sorted(c["pid"] for c in plot.curves) == ["mean of 40 points (track 117, ascending)",
                                                     "mean of 40 points (track 22, descending)"]


def test_selection_mean_with_envelope(dock, qgis_iface, tmp_path, wait):
    from qgis.core import Qgis

    from clms_egms.core.egms import read_series

    layer, _point, plot = l3_plot(dock, qgis_iface, tmp_path, n_dates=40, seed=9)
    gpkg = str(tmp_path / "l3.gpkg")
    qgis_iface.messageBar().clear_messages()
    plot.meanButton.click()
    assert any("Select points" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    chosen = [f for f in layer.getFeatures()][:10]
    layer.selectByIds([f.id() for f in chosen])
    plot.meanButton.click()  # runs in the background
    wait(lambda: plot.curves and plot.meanButton.isEnabled())
    (curve,) = plot.curves
    stack = np.array([read_series(gpkg, "egms_l3_u_2020_2024", f["pid"])[1] for f in chosen])
    np.testing.assert_allclose(curve["mm"], stack.mean(axis=0))
    np.testing.assert_allclose(curve["low"], stack.min(axis=0))
    np.testing.assert_allclose(curve["high"], stack.max(axis=0))
    assert curve["pid"] == "mean of 10 points"
    assert any(c.get_label() == "min/max" for c in plot.axes.collections)


def test_plot_squeezed_flat_in_a_visible_window(dock, qgis_iface):
    """A user can drag the plot dock down to nothing; matplotlib must never get a zero-sized figure (its tight
    layout raised "Singular matrix" from the paint event)."""
    from qgis.PyQt.QtCore import QCoreApplication

    qgis_iface.mainWindow().show()
    plot = dock.show_plot()
    plot.show()
    plot.resize(500, 1)
    for _ in range(5):
        QCoreApplication.processEvents()
    plot.plot_canvas.draw()
    assert plot.plot_canvas.height() >= 140 and plot.plot_canvas.width() >= 240


def test_save_buttons_offer_a_name_and_add_the_extension(dock, qgis_iface, tmp_path, monkeypatch):
    """The Save figure / Save series buttons, clicked: the file dialog (QGIS's, answered here) opens on a file
    name in the download folder, a name typed without extension gets the chosen filter's, and the message
    names the file written."""
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QFileDialog

    from clms_egms.core.settings import Settings

    before = Settings.load()
    Settings(download_folder=str(tmp_path)).save()
    _layer, point, plot = l3_plot(dock, qgis_iface, tmp_path, n_dates=30, seed=3)
    click(qgis_iface.mapCanvas(), plot.tool, point.x(), point.y())
    asked = []
    answers = iter([(str(tmp_path / "series"), "CSV files (*.csv)"), (str(tmp_path / "plot"), "SVG image (*.svg)"),
                    (str(tmp_path / "plot2.PNG"), "PNG image (*.png)")])

    def dialog(parent, title, start, filters):
        asked.append(start)
        return next(answers)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    try:
        QTest.mouseClick(plot.csvButton, Qt.MouseButton.LeftButton)
        QTest.mouseClick(plot.figureButton, Qt.MouseButton.LeftButton)
        QTest.mouseClick(plot.figureButton, Qt.MouseButton.LeftButton)
    finally:
        before.save()
    assert asked == [str(tmp_path / n) for n in ("egms_series.csv", "egms_plot.png", "egms_plot.png")]
    assert (tmp_path / "series.csv").read_text().startswith("layer,pid,date,displacement_mm")
    assert (tmp_path / "plot.svg").read_text().lstrip().startswith("<?xml")
    assert (tmp_path / "plot2.PNG").read_bytes()[:4] == b"\x89PNG"
    from qgis.core import Qgis

    texts = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success))
    assert "Series saved to {}.".format(tmp_path / "series.csv") in texts
    assert "Figure saved to {}.".format(tmp_path / "plot.svg") in texts


def test_profile_drawn_on_the_map_clicked_in_the_plot_and_saved(dock, qgis_iface, tmp_path, monkeypatch, provider):
    """Profile: two clicks on the map and a right click draw a line across the scenario's graben; the plot shows
    the corridor's points against distance, the same as Processing's clms_egms:profile, with the event's step when
    Event is ticked; a click on a profile point in the plot plots its series; Save series writes the profile."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from clms_egms.core.egms.profile import profile_of_layer
    from clms_egms.core.egms.scenario import GRABEN_AZIMUTH, GRINDAVIK, write_scenario

    paths = write_scenario(str(tmp_path / "files"), n_points=2500, n_dates=300)  # five years: the event in them
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms(paths[2:3], gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "egms_l3_u_2020_2024", "ogr")
    ux, uy = np.cos(GRABEN_AZIMUTH), -np.sin(GRABEN_AZIMUTH)  # across the graben's axis
    a = (GRINDAVIK[0] - 1500 * ux, GRINDAVIK[1] - 1500 * uy)
    b = (GRINDAVIK[0] + 1500 * ux, GRINDAVIK[1] + 1500 * uy)
    show(qgis_iface, layer, GRINDAVIK[0], GRINDAVIK[1], half=2500)
    qgis_iface.mainWindow().show()
    plot = dock.show_plot()  # shown, as a user sees it (its check boxes are clicked below)
    plot.eventBox.setChecked(True)  # 2023-11-10
    QTest.mouseClick(plot.profile.button, Qt.MouseButton.LeftButton)
    canvas = qgis_iface.mapCanvas()
    assert canvas.mapTool() is plot.profile.tool
    for x, y, button in ((a[0], a[1], Qt.MouseButton.LeftButton), (b[0], b[1], Qt.MouseButton.LeftButton),
                         (b[0], b[1], Qt.MouseButton.RightButton)):
        pixel = canvas.getCoordinateTransform().transform(x, y)
        at = QPoint(int(round(pixel.x())), int(round(pixel.y())))
        plot.profile.tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, at, button))
    rows = plot.profile.rows
    assert rows is not None and len(rows["pid"]) > 10
    # the map goes back to picking points (the walk-through's next step clicks a point: it started a new line)
    assert canvas.mapTool() is plot.tool and not plot.profile.button.isChecked()
    assert plot.profile.tool.line.numberOfVertices() == 2  # the profile's line stays shown
    assert "in the 200 m wide corridor" in plot.info.text()
    # the same points and distances as the line's own profile (the clicks land within a pixel of a and b)
    vertices = [(p.x(), p.y()) for p in plot.profile.tool.vertices]
    assert np.hypot(vertices[0][0] - a[0], vertices[0][1] - a[1]) < 2 * canvas.mapUnitsPerPixel()
    direct = profile_of_layer(layer, vertices, 200.0, "2023-11-10")
    assert rows["pid"] == direct["pid"]
    np.testing.assert_allclose(rows["distance"], direct["distance"])
    # the step across the event is the graben's drop, deepest at the middle of the line (the town, on the axis)
    assert np.nanmin(rows["step"]) < -200 and abs(rows["distance"][np.nanargmin(rows["step"])] - 1500) < 150
    lines = QgsVectorLayer("LineString?crs=EPSG:3035", "line", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*v) for v in vertices]))
    lines.dataProvider().addFeatures([f])
    import processing

    out = processing.run("clms_egms:profile", {"INPUT": layer, "LINE": lines, "WIDTH": 200,
                                               "OUTPUT": "memory:"})["OUTPUT"]
    assert [g["pid"] for g in out.getFeatures()] == rows["pid"]
    # the plot: velocity and step against distance, two axes, their zeros at the same height
    assert len(plot.figure.axes) == 2 and "Distance" in plot.figure.axes[0].get_xlabel()
    zeros = [(0 - low) / (high - low) for low, high in (axes.get_ylim() for axes in plot.figure.axes)]
    assert zeros[0] == pytest.approx(zeros[1], abs=1e-9) and 0 < zeros[0] < 1
    # Event unticked: the profile without its step; ticked again on another day: the step of that day (none)
    QTest.mouseClick(plot.eventBox, Qt.MouseButton.LeftButton)
    assert plot.profile.rows is not None and np.isnan(plot.profile.rows["step"]).all()
    assert len(plot.figure.axes) == 1 and plot.profile.rows["pid"] == rows["pid"]
    plot.eventDate.setDate(QDate(2021, 6, 1))
    QTest.mouseClick(plot.eventBox, Qt.MouseButton.LeftButton)
    assert np.nanmin(np.abs(plot.profile.rows["step"])) < 20 and np.nanmax(np.abs(plot.profile.rows["step"])) < 60
    plot.eventDate.setDate(QDate(2023, 11, 10))  # moved back: the drop again
    rows = plot.profile.rows
    assert np.nanmin(rows["step"]) < -200
    # Save series writes the profile
    target = tmp_path / "profile.csv"
    monkeypatch.setattr("clms_egms.ui.plot_dock.save_path", lambda *args: str(target))
    QTest.mouseClick(plot.csvButton, Qt.MouseButton.LeftButton)
    with open(target) as f:
        saved = list(csv.DictReader(f))
    assert [r["pid"] for r in saved] == rows["pid"] and float(saved[0]["distance_m"]) == pytest.approx(
        rows["distance"][0], abs=0.01)
    # a click on the deepest profile point in the plot: its series
    k = int(np.nanargmin(rows["velocity"]))
    plot.plot_canvas.resize(800, 400)
    plot.plot_canvas.draw()
    ax = plot.figure.axes[0]
    x, y = ax.transData.transform((rows["distance"][k], rows["velocity"][k]))
    height = plot.plot_canvas.figure.bbox.height
    ratio = plot.plot_canvas.devicePixelRatioF() if hasattr(plot.plot_canvas, "devicePixelRatioF") else 1
    QTest.mouseClick(plot.plot_canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(x / ratio), int((height - y) / ratio)))
    assert plot.profile.rows is None and [c["pid"] for c in plot.curves] == [rows["pid"][k]]


def test_words_under_the_plot_have_units_and_the_users_decimal_comma():
    """"a 0.18, season 0.8, h 7.3" had no units; a selection's mean showed "mean of 15 points: " with nothing
    after the colon; French showed decimal points."""
    from qgis.PyQt.QtCore import QLocale

    from clms_egms.ui.plot_text import describe, info_line

    attributes = [("mean_velocity", -19.64), ("mean_velocity_std", 0.12), ("acceleration", 0.18),
                  ("seasonality", 0.8), ("temporal_coherence", 0.93), ("height_ortho", 7.3)]
    assert describe(attributes, long=True) == ("v -19.6 ± 0.1 mm/yr, a 0.18 mm/yr², seasonal 0.8 mm, coherence 0.93, "
                                               "height 7.3 m")
    assert info_line([{"pid": "mean of 15 points", "attributes": []}]) == "mean of 15 points"
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert describe(attributes) == "v -19,6 ± 0,1 mm/yr"
    finally:
        QLocale.setDefault(before)


def test_a_profile_line_left_half_drawn_goes_when_another_tool_takes_the_map(dock, qgis_iface, tmp_path):
    layer, point, plot = l3_plot(dock, qgis_iface, tmp_path, n_dates=20, seed=2)
    canvas = qgis_iface.mapCanvas()
    QTest.mouseClick(plot.profile.button, Qt.MouseButton.LeftButton)
    pixel = canvas.getCoordinateTransform().transform(point.x(), point.y())
    at = QPoint(int(round(pixel.x())), int(round(pixel.y())))
    plot.profile.tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, at,
                                                          Qt.MouseButton.LeftButton))
    assert plot.profile.tool.line.numberOfVertices() > 0 and not plot.profile.tool.finished
    QTest.mouseClick(plot.pickButton, Qt.MouseButton.LeftButton)  # the user goes back to picking points
    assert canvas.mapTool() is plot.tool and plot.profile.tool.line.numberOfVertices() == 0
    click(canvas, plot.tool, point.x(), point.y())
    assert len(plot.curves) == 1  # the click plots the point


def test_the_plot_is_laid_out_again_when_its_dock_is_resized(dock, qgis_iface, tmp_path, wait):
    """The legend band and the axis label are measured in pixels: after the dock is made shorter and narrower
    (by the user, or by QGIS giving room to another panel) the plot is laid out again for its new size."""
    import time

    layer, point, plot = l3_plot(dock, qgis_iface, tmp_path, n_dates=60, seed=5)
    features = sorted(layer.getFeatures(), key=lambda f: f["pid"])
    plot.plot_features(layer, features[:3])
    plot.trendBox.setCurrentIndex(plot.trendBox.findData("seasonal"))
    plot.setFloating(True)
    for width, height in ((900, 500), (430, 300)):
        plot.resize(width, height)
        until = time.monotonic() + 0.6
        wait(lambda until=until: time.monotonic() >= until)
        size = plot.figure.get_size_inches() * plot.figure.dpi
        assert abs(size[0] - plot.plot_canvas.width() * plot.plot_canvas.devicePixelRatioF()) < 2
        assert figure_faults(plot.figure, plot.axes, plot.legend) == [], (width, height)


def test_no_mark_is_left_on_the_map_once_the_plot_is_unloaded(dock, qgis_iface, tmp_path, wait):
    """A resize just before the plugin unloads (QGIS taking the dock away) starts the plot's layout timer: when it
    fires after the unload, the points are not marked on the map again."""
    import time

    from qgis.gui import QgsVertexMarker

    layer, point, plot = l3_plot(dock, qgis_iface, tmp_path, n_dates=30, seed=6)
    features = sorted(layer.getFeatures(), key=lambda f: f["pid"])
    plot.plot_features(layer, features[:3])
    canvas = qgis_iface.mapCanvas()

    def marks():
        return [item for item in canvas.scene().items() if isinstance(item, QgsVertexMarker)]

    assert len(marks()) == 3
    plot.setFloating(True)
    plot.resize(700, 420)
    until = time.monotonic() + 0.05
    wait(lambda: time.monotonic() >= until)
    plot.resize(500, 300)
    dock.unload()
    until = time.monotonic() + 0.5
    wait(lambda: time.monotonic() >= until)
    assert marks() == []
