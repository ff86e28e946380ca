"""The GUI walk in one language (CLMS_EGMS_GUI_LANG; QGIS started with --lang): every tab of the dock fits 420 px
and wider and shows no English text that has a translation, then the workshop's walk-through clicked step by step
as its text says, in that language. Run from walk.py inside QGIS's desktop."""
import os

from qgis.core import QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialogButtonBox
from qgis.utils import iface, plugins

from support.gui import made_by_qgis
from walk_kit import WORK, click, finish, in_modal, later, map_click, say, type_into, wait_for

plugin = None


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
            later(faults_step, 300)
        later(drawn, 1500)

    def faults_step():
        """The walk-through's Faults step in this language, the plot 420 px wide: the workshop's fault layer chosen
        in Faults, Event ticked, Offset from set to lines at the fault within 300 m: each graben fault's step offset
        about the 40 mm planted, said in this language; none of the plot's controls cut."""
        from clms_egms.core.egms.scenario import FAULT_DROP
        from clms_egms.core.i18n import tr
        from support.gui import choose, cut_in

        plot = dock.plot
        plot.setMinimumWidth(420)
        plot.setMaximumWidth(420)
        choose(plot.profile.faults, tr("workshop faults"))
        if not plot.eventBox.isChecked():
            click(plot.eventBox)
        choose(plot.profile.method, tr("lines at the fault"))
        type_into(plot.profile.window, "300")
        QTest.keyClick(plot.profile.window, Qt.Key.Key_Return)  # typed values apply on Enter

        def measured():
            steps = [o for o in (plot.profile.rows or {}).get("offsets", ()) if o["quantity"] == "step"]
            right = len(steps) == 2 and all(abs(abs(o["offset"]) + FAULT_DROP) <= 3 * o["uncertainty"] < 9
                                            for o in steps)
            word = tr("step Δ {v} ± {u} mm").split(" ")[0]
            said_ = plot.info.text()
            say("workshop_faults_" + lang, right and word in said_ and (lang == "en") == (word == "step"),
                "offsets {}; {!r}".format([(round(o["offset"], 1), round(o["uncertainty"], 1)) for o in steps],
                                          said_))
            cut = ["{}: {}".format(w.objectName(), why) for w, why in cut_in(plot.widget())]
            say("plot_fits_420_" + lang, not cut and plot.width() == 420, "{} px: {}".format(plot.width(), cut))
            plot.setMinimumWidth(0)
            plot.setMaximumWidth(16777215)
            later(areas_step, 300)
        later(measured, 1500)

    def areas_step():
        """The walk-through's Areas step in this language: egms_l3_u in Layer, Find active deformation areas
        clicked: the graben and the dome, two areas, their suggestion and the message in this language."""
        from clms_egms.core.i18n import tr

        (layer,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
        dock.filterLayer.setLayer(layer)
        click(dock.adaButton)

        def found():
            (areas,) = QgsProject.instance().mapLayersByName("ada_egms_l3_u_2020_2024")
            rows = list(areas.getFeatures())
            said_ = [item.text() for item in iface.messageBar().items()]
            message = tr("{n} active deformation areas in {layer}.").format(n=2, layer=areas.name())
            motions = sorted(f["motion"] for f in rows)
            # the bar shows the message's start where it is long (the rest behind "Show more")
            shown = [t[:-2] if t.endswith(" …") else t for t in said_]
            say("workshop_areas_" + lang, len(rows) == 2 and any(len(t) > 10 and message.startswith(t) for t in shown)
                and motions == sorted([tr("down / away"), tr("up / towards")]),
                "{} areas {}; {}".format(len(rows), motions, said_))
            later(seasons_step, 300)
        wait_for(lambda: QgsProject.instance().mapLayersByName("ada_egms_l3_u_2020_2024"), found,
                 step="workshop_areas_" + lang)

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
