"""The GUI smoke walk: run inside QGIS's real desktop (qgis --code, under Xvfb, a fresh profile) by
tests/gui/test_gui_smoke.py (make gui-test). Every step is done the way a person does it: menu actions are
triggered, buttons clicked and fields typed with QTest, map points clicked on the canvas. Each step writes one
line "step=ok" or "step=FAIL: why" to CLMS_EGMS_GUI_STATUS, then QGIS quits.

Environment: CLMS_EGMS_ROOT (the repository), CLMS_EGMS_SAMPLES (the real EGMS samples), CLMS_EGMS_WORK (a
scratch folder), CLMS_EGMS_GUI_STATUS (the status file)."""
import csv
import io
import os
import sys
import time
import traceback
import zipfile

from qgis.core import QgsApplication, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from qgis.utils import iface, plugins

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tests"))  # qgis --code gives no __file__
from support.gui import click_menu_entry, made_by_qgis, right_click_row  # noqa: E402

SAMPLES = os.environ["CLMS_EGMS_SAMPLES"]
WORK = os.environ["CLMS_EGMS_WORK"]
STATUS = os.environ["CLMS_EGMS_GUI_STATUS"]
started = time.monotonic()
lines = []


def say(step, ok, why=""):
    lines.append("{}={}".format(step, "ok" if ok else "FAIL: " + why))
    with open(STATUS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def click(widget):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(line_edit, text):
    line_edit.clear()
    QTest.keyClicks(line_edit, text)


def later(then, ms=300):
    QTimer.singleShot(ms, lambda: guarded(then))


def wait_for(predicate, then, timeout=120, step="wait"):
    deadline = time.monotonic() + timeout

    def check():
        try:
            done = predicate()
        except Exception:  # noqa: BLE001 (reported as the step's failure)
            done = False
        if done:
            later(then, 200)
        elif time.monotonic() > deadline:
            say(step, False, "timed out")
            finish()
        else:
            QTimer.singleShot(250, check)
    QTimer.singleShot(250, check)


def guarded(step):
    try:
        step()
    except Exception:  # noqa: BLE001 (any failure ends the walk, said in the status)
        say(getattr(step, "__name__", "step"), False, traceback.format_exc().strip().splitlines()[-1])
        finish()


def finish():
    lines.append("seconds={:.0f}".format(time.monotonic() - started))
    with open(STATUS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\nend\n")
    QTimer.singleShot(500, lambda: QgsApplication.instance().exit(0))


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
def in_modal(act):
    """Run ``act(dialog)`` on the modal dialog once it is open (exec() blocks this chain meanwhile)."""
    def look(tries=0):
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries < 40:
            QTimer.singleShot(100, lambda: look(tries + 1))
        elif dialog is not None:
            guarded(lambda: act(dialog))
    QTimer.singleShot(100, look)


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
def map_click(point):
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsRectangle(point.x() - 40, point.y() - 40, point.x() + 40, point.y() + 40))
    canvas.refresh()
    pixel = canvas.getCoordinateTransform().transform(point)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(round(pixel.x())), int(round(pixel.y()))))


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
def untranslated_sources(lang):
    """English sources whose translation differs from them (so seeing the source means it was not translated);
    none in English."""
    import xml.etree.ElementTree as ET  # nosec B405 (the project's own .ts file)

    if lang == "en":
        return set()

    root = ET.parse(os.path.join(os.environ["CLMS_EGMS_ROOT"], "i18n", "clms_egms_{}.ts".format(lang)))  # nosec B314
    sources = set()
    for message in root.iter("message"):
        source, translation = message.find("source").text or "", message.find("translation").text or ""
        if translation and translation != source:
            sources.add(source.replace("&&", "&"))
    return sources


def language_check():
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QScrollArea

    from support.gui import cut_widgets, own_widgets

    lang = os.environ["CLMS_EGMS_GUI_LANG"]
    global plugin
    plugin = plugins.get("clms_egms")
    plugin.toggle_action.trigger()
    dock = plugin.dock
    dock.setFloating(True)
    widths = [420, 450, 480, 560]  # QGIS's default dock width, and wider as users drag it
    dock.resize(widths[0], 900)
    english = untranslated_sources(lang)
    cut, left, overlaps = [], [], []
    # the state after a search and downloads: long status lines that wrap
    from clms_egms.core.i18n import tr

    dock.downloadStatus.setText(tr("Downloads finished: {new} downloaded, {present} already there, {failed} failed, "
                                   "{cancelled} cancelled.").format(new=2, present=0, failed=0, cancelled=0))
    # results in the EGMS table (links pasted from the Explorer, as a user without a key adds them)
    dock.egms_search.add_links("\n".join(
        "https://egms.land.copernicus.eu/insar-api/archive/download/{}.zip?id=0123456789abcdef".format(name)
        for name in ("EGMS_L2b_117_0227_IW2_VV_2020_2024_1", "EGMS_L2b_022_0844_IW3_VV_2020_2024_1",
                     "EGMS_L3_E27N52_100km_U_2020_2024_1")))

    def tab(i):
        if i == dock.tabs.count():
            widths.pop(0)
            if widths:
                dock.resize(widths[0], 900)
                dock.tabs.setCurrentIndex(dock.tabs.count() - 1)
                return later(lambda: tab(0), 300)
            say("fits_420_" + lang, not cut, "; ".join(cut))
            say("no_overlap_" + lang, not overlaps, "; ".join(overlaps))
            say("translated_" + lang, not left, "; ".join(sorted(set(left))))
            return later(filter_step)
        if dock.tabs.currentIndex() != i:
            dock.tabs.setCurrentIndex(i)
            return later(lambda: tab(i), 1500)
        (area,) = dock.tabs.widget(i).findChildren(QScrollArea)
        texts = [dock.tabs.tabText(i)] + [
            w.title() if isinstance(w, QGroupBox) else w.currentText() if isinstance(w, QComboBox) else w.text()
            for w in own_widgets(area.widget(), (QAbstractButton, QLabel, QComboBox, QGroupBox))]
        for w, why in cut_widgets(area):
            cut.append("{} px, {} {}: {}".format(dock.width(), dock.tabs.tabText(i), w.objectName(), why))
        left.extend(t for t in texts if t in english)
        # no widget drawn over another (rows of a form that wrap must push the next rows down)
        from qgis.PyQt.QtCore import QRect
        from qgis.PyQt.QtWidgets import QAbstractItemView, QLineEdit

        boxes = [(w.objectName(), QRect(w.mapTo(area.widget(), QPoint(0, 0)), w.size()).adjusted(1, 1, -1, -1), w)
                 for w in own_widgets(area.widget(), (QAbstractButton, QLabel, QComboBox, QLineEdit, QAbstractItemView))
                 if w.objectName() != "qt_spinbox_lineedit"]
        for k, (name, box, w) in enumerate(boxes):
            for other, other_box, o in boxes[k + 1:]:
                if box.intersects(other_box) and not (w.isAncestorOf(o) or o.isAncestorOf(w)):
                    overlaps.append("{} px, {}: {} over {} ({} and {})".format(
                        dock.width(), dock.tabs.tabText(i), name, other, box, other_box))
                    dock.grab().save(os.path.join(WORK, "overlap_{}_{}.png".format(dock.width(), i)))
        if cut:
            from qgis.PyQt.QtWidgets import QWidget
            widest = sorted(((c.minimumSizeHint().width(), c.objectName()) for c in area.widget().findChildren(QWidget)
                             if c.isVisibleTo(area.widget())), reverse=True)[:6]
            cut.append("content {} min {}: {}".format(area.widget().width(), area.widget().minimumSizeHint().width(),
                                                      widest))
        later(lambda: tab(i + 1), 400)
    def filter_step():
        """The walk-through's Filter step, clicked in this language at 420 px: egms_l3_u, velocity at most -10,
        Apply (the decimal comma of German and French typed as a German or French user types it)."""
        dock.resize(420, 900)
        dock.tabs.setCurrentWidget(dock.analysisTab)
        combo = dock.filterLayer
        combo.setCurrentIndex(combo.findText("egms_l3_u_2020_2024"))
        type_into(dock.maxVelocity, "-10,5" if lang in ("de", "fr") else "-10.5")
        click(dock.filterApply)
        text = dock.filterCount.text()
        grouped = text.replace("\u202f", "").replace("\xa0", "").replace(".", "")  # 1.234 (de), 1 234 (fr)
        digits = grouped.split()[0] if grouped.split() else ""
        n = int(digits) if digits.isdigit() else -1
        say("workshop_filter_" + lang, 0 < n < 14400, text)
        click(dock.filterReset)
        later(style_step, 300)

    def style_step():
        """The walk-through's Style step in this language: Style range ± 30 typed, Style layer pressed: the layer's
        classes end at ±30 mm/year."""
        (layer,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
        dock.filterLayer.setLayer(layer)
        dock.styleRange.lineEdit().selectAll()
        QTest.keyClicks(dock.styleRange.lineEdit(), "30")
        click(dock.styleButton)
        ranges = getattr(layer.renderer(), "ranges", list)()
        bounds = sorted({round(b, 6) for r in ranges for b in (r.lowerValue(), r.upperValue()) if abs(b) < 1e6})
        say("workshop_style_" + lang, bool(bounds) and bounds[0] == -30 and bounds[-1] == 30,
            "class bounds {} after typing 30 into {!r}".format(bounds, dock.styleRangeLabel.text()))
        later(event_step, 300)

    def event_step():
        """The walk-through's Event step in this language: QGIS's field calculator lists the field type the step
        names, in QGIS's words, and egms_step written into it keeps its decimals."""
        from qgis.core import QgsVectorLayer
        from qgis.gui import QgsExpressionBuilderWidget
        from qgis.PyQt.QtWidgets import QComboBox, QLineEdit

        from clms_egms.core.i18n import DECIMAL_FIELD, qgis_term
        from clms_egms.ui.workshop import guide_html

        (layer,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
        iface.setActiveLayer(layer)
        named = qgis_term(DECIMAL_FIELD)

        def fill(dialog):
            types = dialog.findChild(QComboBox, "mOutputFieldTypeComboBox")
            offered = [types.itemText(i) for i in range(types.count())]
            say("workshop_field_type_" + lang, named in offered and "<i>{}</i>".format(named) in guide_html(),
                "{!r} in {}".format(named, offered))
            type_into(dialog.findChild(QLineEdit, "mOutputFieldNameLineEdit"), "step_nov")
            types.setCurrentIndex(types.findText(named))
            made_by_qgis(dialog, QgsExpressionBuilderWidget).setExpressionText("egms_step('2023-11-10', 30)")
            click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
            later(written, 1000)

        def written():
            if layer.isEditable():
                layer.commitChanges()
            again = QgsVectorLayer(layer.source(), "again", "ogr")
            values = [f["step_nov"] for f in again.getFeatures() if isinstance(f["step_nov"], float)]
            say("workshop_event_field_" + lang, len(values) == again.featureCount()
                and any(v != round(v) for v in values) and abs(min(values) + 250) < 40,  # "about 250 mm"
                "{} values, deepest {}".format(len(values), min(values) if values else None))
            later(plot_step, 300)
        in_modal(fill)
        iface.actionOpenFieldCalculator().trigger()

    def plot_step():
        """The walk-through's Plot step in this language: Plot time series… pressed in the dock, a point on the
        graben's axis clicked on the map (the places layer active, as it is after loading): its series plotted,
        about -35 mm/year, the plot's texts translated."""
        (layer,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
        (places,) = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.geometryType() == 0
                     and "pid" not in lyr.fields().names()]
        iface.setActiveLayer(places)
        dock.tabs.setCurrentWidget(dock.analysisTab)
        dock.filterLayer.setLayer(layer)
        axis = min(layer.getFeatures(), key=lambda f: f["mean_velocity"])
        click(dock.plotButton)
        map_click(QgsPointXY(axis.geometry().asPoint()))
        later(lambda: plotted_step(layer, axis), 1500)

    def plotted_step(layer, axis):
        from clms_egms.core.i18n import tr

        plot = dock.plot
        pids = [c["pid"] for c in plot.curves] if plot else []
        label = plot.axes.get_ylabel() if plot else ""
        say("workshop_plot_" + lang, pids == [axis["pid"]] and axis["mean_velocity"] < -30
            and (lang == "en") == (label == "Vertical displacement (mm)" and tr("Pick points") == "Pick points"),
            "plotted {} for {} ({:.1f} mm/year), axis label {!r}".format(pids, axis["pid"], axis["mean_velocity"],
                                                                        label))
        later(animate_step, 300)

    def animate_step():
        """The walk-through's Animate step in this language: egms_l3_u in Layer, Animate displacement pressed: QGIS's
        temporal controller holds the acquisitions, and the message names its panel in QGIS's words."""
        from qgis.PyQt.QtCore import QCoreApplication

        (layer,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
        dock.filterLayer.setLayer(layer)
        click(dock.animateButton)
        panel = QCoreApplication.translate("QgisApp", "Temporal Controller")

        def animated():
            frames = iface.mapCanvas().temporalController().totalFrameCount()
            said_ = [item.text() for item in iface.messageBar().items()]
            say("workshop_animate_" + lang, frames > 100 and any(panel in t for t in said_),
                "{} frames; {!r} in {}".format(frames, panel, said_))
            later(profile_step, 300)
        later(animated, 1500)

    def profile_step():
        """The walk-through's Profile step in this language, after Animate (the Temporal Controller in front of the
        plot): Profile pressed in the plot, two clicks across the graben through the town and a right click: the
        profile drawn, deepest near the axis, and the plot in front again."""
        import numpy as np
        from qgis.gui import QgsMapMouseEvent
        from qgis.PyQt.QtCore import QEvent

        from clms_egms.core.egms.scenario import GRABEN_AZIMUTH, GRINDAVIK

        (layer,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
        iface.setActiveLayer(layer)
        canvas = iface.mapCanvas()
        canvas.setExtent(layer.extent())
        canvas.refresh()
        plot = dock.plot
        click(plot.profile.button)
        ux, uy = np.cos(GRABEN_AZIMUTH), -np.sin(GRABEN_AZIMUTH)
        for k, button in ((-2500, Qt.MouseButton.LeftButton), (2500, Qt.MouseButton.LeftButton),
                          (2500, Qt.MouseButton.RightButton)):
            pixel = canvas.getCoordinateTransform().transform(QgsPointXY(GRINDAVIK[0] + k * ux,
                                                                         GRINDAVIK[1] + k * uy))
            plot.profile.tool.canvasReleaseEvent(QgsMapMouseEvent(
                canvas, QEvent.Type.MouseButtonRelease, QPoint(int(pixel.x()), int(pixel.y())), button))

        def drawn():
            rows = plot.profile.rows
            n = len(rows["pid"]) if rows is not None else 0
            in_front = not plot.visibleRegion().isEmpty()
            in_english = plot.axes.get_xlabel() == "Distance along the line (m)"
            say("workshop_profile_" + lang, n > 50 and in_front and (lang == "en") == in_english,
                "{} points, plot in front: {}, x label {!r}".format(n, in_front, plot.axes.get_xlabel()))
            later(seasons_step, 300)
        later(drawn, 1500)

    def place_point(name_index):
        """The workshop layer's point nearest the walk-through's place (0 the town, 2 the clay area, 3 the stable
        reference), in the places' own names and coordinates."""
        from clms_egms.core.egms.scenario import places

        (layer,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
        _name, x, y = places()[name_index]
        return layer, min(layer.getFeatures(), key=lambda f: f.geometry().asPoint().sqrDist(QgsPointXY(x, y)))

    def seasons_step():
        """The walk-through's Seasons step in this language: a point at the clay area clicked, Linear + seasonal
        chosen: an annual swing of about 6 mm (the amplitude planted), its legend in this language's numbers."""
        layer, point = place_point(2)
        plot = dock.plot
        plot.keepBox.setChecked(False)
        if not plot.pickButton.isChecked():
            click(plot.pickButton)
        map_click(QgsPointXY(point.geometry().asPoint()))
        plot.trendBox.setCurrentIndex(plot.trendBox.findData("seasonal"))

        def fitted():
            curves = plot.curves
            fit = plot.fit(curves[0]) if len(curves) == 1 else None
            amplitude = fit.parameters.get("seasonal_amplitude") if fit else None
            labels = plot.axes.get_legend_handles_labels()[1]
            say("workshop_seasons_" + lang, amplitude is not None and abs(amplitude - 6.0) < 1.5
                and [c["pid"] for c in curves] == [point["pid"]],
                "amplitude {} at {}; legend {}".format(amplitude, point["pid"], labels))
            later(reference_step, 300)
        later(fitted, 1500)

    def reference_step():
        """The walk-through's Reference step in this language: with the clay point plotted, Keep previous ticked, a
        point at the stable reference clicked and Use as reference pressed: the clay point's series relative to it
        (the title says so in this language)."""
        from clms_egms.core.i18n import tr

        layer, point = place_point(3)
        plot = dock.plot
        plot.keepBox.setChecked(True)
        map_click(QgsPointXY(point.geometry().asPoint()))
        click(plot.referenceButton)

        def relative():
            title = plot.axes.get_title()
            said_title = tr("relative to {pid}").format(pid=point["pid"])
            say("workshop_reference_" + lang, plot.reference is not None and plot.reference["pid"] == point["pid"]
                and said_title in title and (lang == "en") == (said_title == "relative to {}".format(point["pid"])),
                "reference {}; title {!r}".format(plot.reference and plot.reference["pid"], title))
            finish()
        later(relative, 1500)

    # with the workshop's layers loaded and its walk-through open, as a trainer's dock is
    plugin.workshop_action.trigger()
    wait_for(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), lambda: tab(0),
             step="workshop_" + lang)


later(language_check if os.environ.get("CLMS_EGMS_GUI_LANG") else open_dock, 1500)
