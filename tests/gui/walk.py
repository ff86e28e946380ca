"""The GUI walk: run inside QGIS's real desktop (qgis --code, under Xvfb, a fresh profile) by
tests/gui/test_gui_smoke.py (make gui-test, part of make test). Every step is done the way a person does it: menu
actions are triggered, buttons clicked and fields typed with QTest, map points clicked on the canvas. Each step
writes one line to the status file (walk_kit.py), then QGIS quits. With CLMS_EGMS_GUI_LANG set, the walk in that
language is walk_languages.py instead."""
import csv
import io
import os
import sys
import zipfile

from qgis.core import QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from qgis.utils import iface, plugins

# qgis --code gives no __file__: the test kit and this walk's modules by the repository's path
sys.path[:0] = [os.path.join(os.environ["CLMS_EGMS_ROOT"], "tests"),
                os.path.join(os.environ["CLMS_EGMS_ROOT"], "tests", "gui")]
from support.gui import click_menu_entry, made_by_qgis, right_click_row  # noqa: E402
from walk_kit import (SAMPLES, WORK, click, finish, in_modal, later, map_click, say, type_into,  # noqa: E402
                      wait_for)


plugin = None
window = iface.mainWindow()
window.setGeometry(0, 0, 1600, 1000)
window.showMaximized()


# --- 1. the dock from its toolbar button -----------------------------------------------------------------------
def open_dock():
    global plugin
    plugin = plugins.get("clms_egms")
    if plugin is None:
        from qgis.utils import available_plugins
        say("open_dock", False, "the plugin is not loaded (available: {})".format(available_plugins))
        return finish()
    plugin.toggle_action.trigger()
    say("open_dock", plugin.dock is not None and plugin.dock.isVisible())
    later(settings_change)


# --- 2. Settings: change the timeout, OK, reopen: kept ----------------------------------------------------------
def settings_change():
    def edit(dialog):
        dialog.timeout.selectAll()
        QTest.keyClicks(dialog.timeout, "77")
        click(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    in_modal(edit)
    plugin.settings_action.trigger()  # returns when the dialog closed
    later(settings_reopen)


def settings_reopen():
    seen = []

    def check(dialog):
        seen.append(dialog.timeout.value())
        click(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
    in_modal(check)
    plugin.settings_action.trigger()
    say("settings_kept", seen == [77], "timeout shown {}".format(seen))
    later(import_samples)


# --- 3. import the real samples into a GeoPackage ----------------------------------------------------------------
def import_samples():
    dock = plugin.dock
    dock.tabs.setCurrentWidget(dock.egmsTab)
    zips = sorted(os.path.join(SAMPLES, n) for n in os.listdir(SAMPLES) if n.endswith(".zip"))
    type_into(dock.importFiles.lineEdit(), " ".join('"{}"'.format(p) for p in zips))
    type_into(dock.importGeopackage.lineEdit(), os.path.join(WORK, "egms.gpkg"))
    click(dock.importButton)
    wait_for(lambda: dock.importButton.isEnabled() and QgsProject.instance().mapLayersByName("egms_l2b_2020_2024"),
             imported, step="import")


def imported():
    layers = sorted(lyr.name() for lyr in QgsProject.instance().mapLayers().values())
    say("import", layers == ["egms_l2b_2020_2024", "egms_l3_e_2020_2024", "egms_l3_u_2020_2024"], str(layers))
    later(filter_points)


# --- 4. filter: the count equals an independent count of the CSV ------------------------------------------------
def csv_rows():
    """The rows of every L2b sample's CSV (the egms_l2b layer holds them all), read with the csv module."""
    for name in sorted(n for n in os.listdir(SAMPLES) if n.startswith("EGMS_L2b_") and n.endswith(".zip")):
        with zipfile.ZipFile(os.path.join(SAMPLES, name)) as z:
            with z.open(name[:-4] + ".csv") as raw:
                yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))


def filter_points():
    dock = plugin.dock
    dock.tabs.setCurrentWidget(dock.analysisTab)
    (layer,) = QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")
    combo = dock.filterLayer
    combo.setCurrentIndex(combo.findText(layer.name()))  # the user's pick in the combo
    click(dock.filterAsFilter)
    type_into(dock.maxVelocity, "-2")
    click(dock.filterApply)
    rows = list(csv_rows())
    expected = sum(1 for r in rows if float(r["mean_velocity"]) <= -2)
    text = dock.filterCount.text()
    say("filter_count", text == "{} of {} points match.".format(expected, len(rows)),
        "{} (the CSV: {} of {})".format(text, expected, len(rows)))
    click(dock.filterReset)
    later(plot_point)


# --- 5. click a point on the map and plot it --------------------------------------------------------------------
def isolated_points(layer, n):
    """``n`` points with no other point within 15 m (a click there can only mean them)."""
    import numpy as np

    features = list(layer.getFeatures())
    xy = np.array([(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in features])
    chosen = []
    for i in range(0, len(features), 7):
        d = np.hypot(*(xy - xy[i]).T)
        if np.sort(d)[1] > 15:
            chosen.append(features[i])
        if len(chosen) == n:
            break
    return chosen


def plot_point():
    (layer,) = QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")
    iface.setActiveLayer(layer)
    dock = plugin.dock
    click(dock.plotButton)
    a, b = isolated_points(layer, 2)
    plot = dock.plot
    map_click(QgsPointXY(a.geometry().asPoint()))
    later(lambda: plotted(plot, layer, a, b), 500)


def plotted(plot, layer, a, b):
    pids = [c["pid"] for c in plot.curves]
    say("plot_click", pids == [a["pid"]], "plotted {} for {}".format(pids, a["pid"]))
    click(plot.keepBox)
    map_click(QgsPointXY(b.geometry().asPoint()))
    later(lambda: reference(plot, a, b), 500)


# --- 6. set and clear a reference --------------------------------------------------------------------------------
def reference(plot, a, b):
    click(plot.referenceButton)
    ok = plot.reference is not None and plot.reference["pid"] == b["pid"] and "relative to" in plot.axes.get_title()
    say("reference_set", ok, plot.axes.get_title())
    click(plot.referenceButton)
    say("reference_cleared", plot.reference is None and sorted(c["pid"] for c in plot.curves) == sorted(
        [a["pid"], b["pid"]]), str([c["pid"] for c in plot.curves]))
    later(lambda: export(plot))


# --- 7. export the series (the save dialog answered as a user would) ---------------------------------------------
def export(plot):
    path = os.path.join(WORK, "series")
    QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: (path, "CSV files (*.csv)"))
    click(plot.csvButton)
    written = path + ".csv"
    rows = list(csv.DictReader(open(written, encoding="utf-8"))) if os.path.exists(written) else []
    say("export_series", len({r["pid"] for r in rows}) == 2, "{} rows in {}".format(len(rows), written))
    later(attribute_table)


# --- 8. the attribute table: rows selected by their headers, right-click, Actions on Selection > Plot the selected
def attribute_table():
    from qgis.gui import QgsDualView

    (layer,) = QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")
    plot = plugin.dock.plot
    click(plot.clearButton)
    dialog = iface.showAttributeTable(layer)

    def selected_and_plotted():
        table = made_by_qgis(dialog, QgsDualView).tableView()
        header = table.verticalHeader()
        for i, row in enumerate((0, 3, 4)):
            y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier, QPoint(5, y))
        selected = sorted(f["pid"] for f in layer.selectedFeatures())
        click_menu_entry(right_click_row(table, 3), "Plot the selected points' time series",
                         after="Actions on Selection")
        plotted = sorted(c["pid"] for c in plot.curves)
        say("table_plot_selection", len(selected) == 3 and plotted == selected, "{} for {}".format(plotted, selected))
        layer.removeSelection()
        dialog.close()
        later(lambda: feature_form_and_identify(layer))
    later(selected_and_plotted, 1500)


EGMS_ACTIONS = ["Plot time series", "Add to time-series plot", "Use as reference point", "Export time series (CSV)…"]


def feature_form_and_identify(layer):
    """The EGMS actions in a point's feature form (its Actions menu) and in the identify results' right-click
    menu, after a click with QGIS's Identify tool."""
    from qgis.PyQt.QtGui import QContextMenuEvent
    from qgis.PyQt.QtWidgets import QMenu, QMenuBar, QTreeWidget

    (point,) = isolated_points(layer, 1)
    form = iface.getFeatureForm(layer, point)
    form.show()
    menus = {a.text(): [x.text() for x in a.menu().actions()] for bar in form.findChildren(QMenuBar)
             for a in bar.actions() if a.menu()}
    say("feature_form_actions", menus.get("&Actions") == EGMS_ACTIONS, str(menus))
    form.close()
    iface.actionIdentify().trigger()
    map_click(QgsPointXY(point.geometry().asPoint()))

    def right_click_result():
        (tree,) = [t for t in window.findChildren(QTreeWidget) if t.objectName() == "lstResults"]
        item = tree.topLevelItem(0).child(0)
        at = tree.visualItemRect(item).center()
        QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                                  tree.viewport().mapToGlobal(at)))
        QApplication.processEvents()
        (menu,) = [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()]
        entries = [a.text() for a in menu.actions() if a.text()]
        say("identify_actions", entries[-4:] == EGMS_ACTIONS, str(entries))
        menu.close()
        iface.actionPan().trigger()
        later(field_calculator)
    later(right_click_result, 1500)


# --- 9. the field calculator: the EGMS group, a real field computed with egms_step --------------------------------
def field_calculator():
    from clms_egms.core.i18n import DECIMAL_FIELD, qgis_term
    from qgis.gui import QgsExpressionBuilderWidget
    from qgis.PyQt.QtWidgets import QComboBox, QLineEdit

    (layer,) = QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")
    iface.setActiveLayer(layer)

    def fill(dialog):
        builder = made_by_qgis(dialog, QgsExpressionBuilderWidget)
        model = builder.expressionTree().model()
        groups = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
        say("expression_group", "EGMS" in groups, str(groups))
        type_into(dialog.findChild(QLineEdit, "mOutputFieldNameLineEdit"), "step_2022")
        types = dialog.findChild(QComboBox, "mOutputFieldTypeComboBox")
        # the type the functions' help and the walk-through name, in QGIS's words in its language
        named = types.findText(qgis_term(DECIMAL_FIELD))
        say("field_type_named", named >= 0, "{!r} in {}".format(
            qgis_term(DECIMAL_FIELD), [types.itemText(i) for i in range(types.count())]))
        types.setCurrentIndex(named)
        builder.setExpressionText("egms_step('2022-06-01')")
        click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
        later(lambda: computed(layer), 1000)
    in_modal(fill)
    iface.actionOpenFieldCalculator().trigger()


def computed(layer):
    import numpy as np

    if layer.isEditable():
        layer.commitChanges()  # the user's Save Layer Edits
    row = next(r for r in csv_rows() if r["pid"] == "166ax5Ofja")
    names = [k for k in row if len(k) == 8 and k.isdigit()]
    days = np.array(["{}-{}-{}".format(d[:4], d[4:6], d[6:]) for d in names], dtype="datetime64[D]")
    mm = np.array([float(row[d]) for d in names])
    event = np.datetime64("2022-06-01")
    truth = mm[(days > event) & (days <= event + 60)].mean() - mm[(days >= event - 60) & (days < event)].mean()
    from qgis.core import QgsExpression, QgsFeatureRequest

    found = [f["step_2022"] for f in layer.getFeatures(QgsFeatureRequest(QgsExpression("pid = '166ax5Ofja'")))]
    filled = sum(1 for f in layer.getFeatures() if isinstance(f["step_2022"], float))  # NULL is no float
    say("field_egms_step", len(found) == 1 and abs(found[0] - truth) < 0.01 and filled == layer.featureCount(),
        "{} (CSV: {:.3f}), {} of {} filled".format(found, truth, filled, layer.featureCount()))
    later(workshop)


# --- 10. the workshop sample and its walk-through ----------------------------------------------------------------
def workshop():
    QgsProject.instance().clear()
    plugin.workshop_action.trigger()
    wait_for(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), workshop_loaded,
             step="workshop")


def workshop_loaded():
    dock = plugin.dock
    names = sorted(lyr.name() for lyr in QgsProject.instance().mapLayers().values())
    say("workshop", dock.workshopGroup.isVisible() and "workshop places" in names, str(names))
    # its Filter step, as written: egms_l3_u, velocity at most -10, Apply
    combo = dock.filterLayer
    combo.setCurrentIndex(combo.findText("egms_l3_u_2020_2024"))
    type_into(dock.maxVelocity, "-10")
    click(dock.filterApply)
    text = dock.filterCount.text()
    n = int(text.split()[0]) if text[:1].isdigit() else -1
    say("workshop_filter", 0 < n < 14400, text)
    # its Animate step: Animate displacement, then play in QGIS's Temporal Controller panel
    click(dock.filterReset)
    click(dock.animateButton)
    later(animation_play, 2000)


def animation_play():
    from qgis.PyQt.QtWidgets import QAbstractButton, QDockWidget

    panel = [d for d in window.findChildren(QDockWidget, "Temporal Controller") if d.isVisible()]
    buttons = {b.objectName(): b for d in panel for b in d.findChildren(QAbstractButton)}
    canvas = iface.mapCanvas()
    canvas.temporalController().setCurrentFrameNumber(130)  # the slider dragged to 2022
    shown = {}

    def played():
        frame = canvas.temporalController().currentFrameNumber()
        pause = buttons.get("mStopButton") or buttons.get("mPauseButton")  # 3.22 / 3.44
        if pause is not None:
            click(pause)
        else:
            canvas.temporalController().pause()
        say("animation_plays", frame > shown["frame"] and canvas.grab().toImage() != shown["image"],
            "frame {} -> {}".format(shown["frame"], frame))
        # the map stays usable with the plot and the Temporal Controller open (it had about 240 px left): the
        # controller a tab in front of the plot, which stays open behind it
        plot = plugin.dock.plot
        open_plot = plot is not None and (plot.isVisible() or plot in window.tabifiedDockWidgets(panel[0]))
        say("animation_map_room", canvas.height() >= 400 and open_plot,
            "map {} px tall of a {} px window, plot open: {}, controller {} px".format(
                canvas.height(), window.height(), open_plot, panel[0].height()))
        finish()

    def play():
        shown.update(frame=canvas.temporalController().currentFrameNumber(), image=canvas.grab().toImage())
        click(buttons["mForwardButton"])
        later(played, 5000)
    later(play, 2000)


# --- in German or French (QGIS started with --lang): every tab fits 420 px and shows no English left ------------


if os.environ.get("CLMS_EGMS_GUI_LANG"):
    from walk_languages import language_check

    later(language_check, 1500)
else:
    later(open_dock, 1500)
