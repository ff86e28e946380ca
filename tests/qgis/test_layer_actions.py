"""The EGMS actions in QGIS's attribute table, clicked as a user clicks them: rows selected by clicking their
headers, a right-click on a selected row, the action picked from the context menu."""
import csv
import io
import zipfile

import numpy as np
import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.ui.layer_actions import MULTIPLE, SINGLE, LayerActions
from support.gui import click_menu_entry, right_click_row, table_of

L2B = "EGMS_L2b_117_0227_IW2_VV_2020_2024_1"
NAMES = ["Plot time series", "Add to time-series plot", "Use as reference point", "Export time series (CSV)…"]
SELECTED = ["Plot the selected points' time series", "Add the selected points to the time-series plot",
            "Export the selected points' time series (CSV)…"]


@pytest.fixture
def actions(dock, qgis_iface):
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    ours = LayerActions(qgis_iface, dock)
    yield ours
    ours.unload()


@pytest.fixture
def l2b(qgis_new_project, samples_dir, tmp_path):
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms([str(samples_dir / (L2B + ".zip"))], gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


def csv_series(samples_dir, pids):
    with zipfile.ZipFile(samples_dir / (L2B + ".zip")) as zf, zf.open(L2B + ".csv") as raw:
        rows = {r["pid"]: r for r in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")) if r["pid"] in pids}
    names = [k for k in next(iter(rows.values())) if len(k) == 8 and k.isdigit()]
    return {pid: np.array([float(r[d]) if r[d] else np.nan for d in names]) for pid, r in rows.items()}


def names_offered(layer, targets):
    return [a.text() for a in QgsGui.mapLayerActionRegistry().mapLayerActions(layer, targets)]


def pid_of_row(layer, table, row):
    """The pid shown in the table's row (its "pid" column)."""
    model = table.model()
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "pid")
    return model.index(row, column).data()


def click_row_headers(table, rows):
    """Click the rows' headers, Ctrl held from the second on: the rows become the layer's selection."""
    header = table.verticalHeader()
    for i, row in enumerate(rows):
        y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier,
                         QPoint(5, y))


def test_offered_on_egms_layers_only(actions, l2b, tmp_path):
    assert names_offered(l2b, SINGLE) == NAMES
    # the selection's actions while several points are selected (the identify results and the feature form list
    # every action, whatever its targets: not there then)
    assert names_offered(l2b, MULTIPLE) == [] and names_offered(l2b, SINGLE | MULTIPLE) == NAMES
    l2b.selectByIds([f.id() for f in l2b.getFeatures(QgsFeatureRequest().setLimit(2))])
    assert names_offered(l2b, MULTIPLE) == SELECTED
    l2b.removeSelection()
    # the guideline's delimited-text layer of an EGMS CSV is an EGMS layer too
    path = write_egms(str(tmp_path / "in"), "L2b", n_points=20, n_dates=12, as_zip=False, seed=2)[0]
    plain = QgsVectorLayer("file://{}?type=csv&delimiter=,&xField=easting&yField=northing&crs=EPSG:3035"
                           "&detectTypes=yes".format(path), "csv", "delimitedtext")
    assert plain.isValid() and names_offered(plain, SINGLE) == NAMES
    # not on other layers: points without series, a GeoPackage layer that the import did not make, lines
    others = [QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string&field=mean_velocity:double", "p", "memory"),
              QgsVectorLayer("LineString?crs=EPSG:3035&field=pid:string", "l", "memory")]
    for layer in others:
        assert names_offered(layer, SINGLE) == [] and names_offered(layer, MULTIPLE) == []


def test_a_selected_row_s_menu_shows_each_label_once(actions, l2b, qgis_iface):
    """Right-clicking a row of a selection: the row's four actions, then under "Actions on Selection" the
    selection's three, named for it; no label twice (QGIS lists an action meant for both in each part)."""
    view, table = table_of(l2b, qgis_iface.mapCanvas())
    click_row_headers(table, [0, 2, 3])
    menu = right_click_row(table, 2)
    labels = [a.text() for a in menu.actions() if a.text()]
    ours = [t for t in labels if t in NAMES + SELECTED]
    menu.close()
    assert ours == NAMES + SELECTED and len(set(labels)) == len(labels), labels
    assert any(t.startswith("Actions on Selection") for t in labels[labels.index(NAMES[-1]):
                                                                     labels.index(SELECTED[0])])
    view.close()
    view.deleteLater()


def test_selected_rows_plotted_from_the_table_context_menu(actions, l2b, qgis_iface, samples_dir):
    view, table = table_of(l2b, qgis_iface.mapCanvas())
    click_row_headers(table, [0, 2, 3])
    assert l2b.selectedFeatureCount() == 3
    menu = right_click_row(table, 2)
    click_menu_entry(menu, SELECTED[0], after="Actions on Selection")
    plot = actions.dock.plot
    assert plot is not None and not plot.isHidden()
    selected = {f["pid"] for f in l2b.selectedFeatures()}
    assert {c["pid"] for c in plot.curves} == selected
    truth = csv_series(samples_dir, selected)
    for curve in plot.curves:
        np.testing.assert_allclose(curve["mm"], truth[curve["pid"]])

    # one row: right-click it, "Use as reference point"; then another row's "Add to time-series plot"
    menu = right_click_row(table, 5)
    click_menu_entry(menu, "Use as reference point")
    reference = plot.reference["pid"]
    assert reference == pid_of_row(l2b, table, 5)
    assert plot.referenceButton.isChecked() and reference not in {c["pid"] for c in plot.curves}
    menu = right_click_row(table, 7)
    click_menu_entry(menu, "Add to time-series plot")
    assert [c["pid"] for c in plot.curves][-1] == pid_of_row(l2b, table, 7) and len(plot.curves) == 4
    view.close()
    view.deleteLater()


def test_many_selected_rows_plot_as_their_mean(actions, l2b, qgis_iface, wait):
    l2b.selectByIds([f.id() for f in l2b.getFeatures(QgsFeatureRequest().setLimit(40))])
    view, table = table_of(l2b, qgis_iface.mapCanvas())
    menu = right_click_row(table, 1)
    click_menu_entry(menu, SELECTED[0], after="Actions on Selection")
    plot = actions.dock.plot
    wait(lambda: plot.curves)
    assert len(plot.curves) == 1 and plot.curves[0]["pid"] == "mean of 40 points" and "low" in plot.curves[0]
    view.close()
    view.deleteLater()


def test_export_of_the_selection(actions, l2b, qgis_iface, samples_dir, tmp_path, monkeypatch, wait):
    from clms_egms.ui import messages

    out = tmp_path / "chosen.csv"
    monkeypatch.setattr(messages, "save_path", lambda *args: str(out))
    view, table = table_of(l2b, qgis_iface.mapCanvas())
    click_row_headers(table, [1, 4])
    menu = right_click_row(table, 4)
    click_menu_entry(menu, SELECTED[2], after="Actions on Selection")
    wait(out.exists)
    with open(out) as f:
        rows = list(csv.DictReader(f))
    pids = {f["pid"] for f in l2b.selectedFeatures()}
    assert {r["pid"] for r in rows} == pids
    truth = csv_series(samples_dir, pids)
    for pid in pids:
        mine = [float(r["displacement_mm"]) for r in rows if r["pid"] == pid]
        np.testing.assert_allclose(mine, truth[pid][np.isfinite(truth[pid])])
    assert not (tmp_path / "chosen.csv.part").exists()
    view.close()
    view.deleteLater()


def test_unload_removes_the_actions(dock, qgis_iface, l2b):
    ours = LayerActions(qgis_iface, dock)
    assert names_offered(l2b, SINGLE) == NAMES
    ours.unload()
    assert names_offered(l2b, SINGLE) == []


def test_without_matplotlib_the_plot_says_what_to_install(actions, l2b, qgis_iface, monkeypatch, tmp_path, wait):
    """matplotlib is not in every QGIS: the dock's Plot button and the table's action say in the message bar what
    to install, never a traceback; the rest of the plugin goes on (the export still works)."""
    import sys

    bar = qgis_iface.messageBar()
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib fails, as in a QGIS without it
    actions.dock.plotButton.click()
    view, table = table_of(l2b, qgis_iface.mapCanvas())
    menu = right_click_row(table, 2)
    click_menu_entry(menu, "Plot time series")
    said = bar.get_messages(Qgis.MessageLevel.Warning)
    assert len([m for m in said if "needs the Python package matplotlib" in m and "python3-matplotlib" in m]) == 2
    assert actions.dock.plot is None
    actions.export(l2b, [next(l2b.getFeatures())], path=str(tmp_path / "one.csv"))
    wait((tmp_path / "one.csv").exists)
    view.close()
    view.deleteLater()
