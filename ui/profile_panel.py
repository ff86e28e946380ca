"""The plot dock's profile panel: its widgets (Profile, the corridor width, the section list, Through time, Faults,
Terrain), the sections it keeps, the profile of the active layer along the chosen one (core.egms.profile and
core.egms.swath), drawn by ui.profile_plot; a click on a profile point plots that point's series; its CSVs."""
import os

import numpy as np
from qgis.core import Qgis, QgsCoordinateTransform, QgsMapLayerProxyModel, QgsProject, QgsUnitTypes, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from ..core.egms import swath
from ..core.egms.profile import (displacements_at, line_length, polylines, profile_of_layer, terrain_along,
                                 write_profile_csv)
from ..core.i18n import tr
from ..core.log import log
from .messages import notify
from .profile_plot import draw_profile, draw_side_by_side, draw_time_profiles, number_text, offset_text, pick
from .profile_sections import Sections
from .profile_tool import ProfileTool


def _labelled(text, widget):
    """``widget`` behind its label ``text``, one piece that wraps whole in the dock's flowing row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(QLabel(text))
    row.addWidget(widget)
    return box


class ProfilePanel:
    """The plot dock's profile: its button and corridor width, the map tool, the profile drawn in the plot (velocity
    against distance, and the step of the plot's event when Event is ticked), a click on a profile point plots that
    point's series, and its CSV."""

    def __init__(self, dock):
        self.dock, self.iface = dock, dock.iface
        self.rows = None  # the profile shown: core.egms.profile.profile_of_layer's dict, with "layer"
        self.button = QToolButton()
        self.button.setText(tr("Profile"))
        self.button.setToolTip(tr("Draw a line on the map (clicks; a right click ends it): the active layer's points "
                                  "within the corridor, plotted against the distance along the line"))
        self.button.setCheckable(True)
        self.width = QSpinBox()
        self.width.setRange(10, 5000)
        self.width.setSingleStep(50)
        self.width.setValue(200)
        self.width.setSuffix(" m")
        self.width.setToolTip(tr("The corridor's whole width around the profile line"))
        self.faults = QgsMapLayerComboBox()
        self.faults.setFilters(QgsMapLayerProxyModel.Filter.LineLayer)
        self.faults.setAllowEmptyLayer(True)
        self.faults.setLayer(None)
        self.faults.setSizeAdjustPolicy(QgsMapLayerComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.faults.setMinimumContentsLength(12)  # a layer's name readable, none chosen or one
        self.faults_box = _labelled(tr("Faults"), self.faults)
        self.terrain = QgsMapLayerComboBox()
        self.terrain.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer)
        self.terrain.setAllowEmptyLayer(True)
        self.terrain.setLayer(None)
        self.terrain.setSizeAdjustPolicy(QgsMapLayerComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.terrain.setMinimumContentsLength(12)
        self.terrain.setToolTip(tr("A raster layer of elevations (a DEM; the CLMS offers one): the ground beneath "
                                   "the section, drawn on a second axis"))
        self.terrain_box = _labelled(tr("Terrain"), self.terrain)
        self.terrain.layerChanged.connect(self._again)
        self.faults.setToolTip(tr("A line layer of fault traces: each crossing is marked on the profile, with the "
                                  "offset across it of the velocity, and of the event's step when Event is ticked "
                                  "(±: its standard uncertainty)"))
        self.faults.layerChanged.connect(self._faults_chosen)
        self.offset_boxes = self._offset_choice()
        canvas = self.iface.mapCanvas()
        self.sections = Sections(canvas)
        self.in_time = QToolButton()
        self.in_time.setText(tr("Through time"))
        self.in_time.setCheckable(True)
        self.in_time.setToolTip(tr("The section's median displacement every six months and just before and after "
                                   "the event (when Event is ticked), one line a date: how a trough deepened"))
        self.in_time.toggled.connect(self._again)
        self.section_box = QComboBox()
        self.section_box.setToolTip(tr("The section plotted: each line drawn is the next, A–A′, B–B′, … on the map, "
                                       "kept with the project until Clear"))
        self.section_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.section_box.setEnabled(False)
        self.section_box.activated.connect(lambda _i: self.show_section(self.current()))
        QgsProject.instance().readProject.connect(self._project_read)
        self.tool = ProfileTool(canvas, self.drawn, self._width_in_map_units)
        self.tool.deactivated.connect(lambda: self.button.setChecked(False))
        self.button.toggled.connect(self._toggled)
        self.dock.plot_canvas.mpl_connect("button_press_event", self._clicked)
        for name, widget in (("profileButton", self.button), ("profileWidth", self.width),
                             ("profileSection", self.section_box), ("profileInTime", self.in_time),
                             ("profileFaults", self.faults), ("profileTerrain", self.terrain),
                             ("profileOffsetMethod", self.method), ("profileOffsetWindow", self.window)):
            widget.setObjectName(name)  # for the GUI walk's check that nothing is cut at 420 px
        self._tools_shown()

    def widgets(self):
        return [self.button, self.width] + self.section_tools()

    def section_tools(self):
        """The widgets for a section drawn (its list, Through time, Faults, the offset, Terrain): shown while there
        is a section or Profile is pressed, out of the way of the series' plot otherwise."""
        return [self.section_box, self.in_time, self.faults_box] + self.offset_boxes + [self.terrain_box]

    def _tools_shown(self):
        shown = bool(self.sections.items) or self.button.isChecked()
        for widget in self.section_tools():
            # how an offset is measured: with a fault layer chosen only
            widget.setVisible(shown and (widget not in self.offset_boxes or self.faults.currentLayer() is not None))

    def _offset_choice(self):
        """How a fault's offset is measured, as clms_egms:profile's FAULT_METHOD and FAULT_WINDOW: "Offset from
        [medians | lines at the fault]", "within [five bins | n m]": two pieces of the dock's flowing row."""
        self.method = QComboBox()
        self.method.addItem(tr("medians"), "median")
        self.method.addItem(tr("lines at the fault"), "line")
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.method.setToolTip(tr("A fault's offset from the median of each side (where the ground is level on "
                                  "each side), or from a robust line fitted on each side and taken at the fault "
                                  "(where it tilts)"))
        self.window = QSpinBox()
        self.window.setRange(0, 5000)
        self.window.setSingleStep(50)
        self.window.setSuffix(" m")
        self.window.setSpecialValueText(tr("five bins"))
        self.window.setToolTip(tr("The points within this distance along the section on each side of a fault "
                                  "measure its offset: narrow where the ground bends near the fault"))
        self.method.activated.connect(self._again)
        self.window.setKeyboardTracking(False)  # typed: applied on Enter; the arrows: at once
        self.window.valueChanged.connect(self._again)
        return [_labelled(tr("Offset from"), self.method), _labelled(tr("within"), self.window)]

    def current(self):
        """The section chosen (the last drawn unless another was picked), None without one."""
        k = self.section_box.currentIndex()
        if self.side_by_side():
            return self.sections.items[0]  # the first, the others beside it
        return self.sections.items[k] if 0 <= k < len(self.sections.items) else None

    def _names_shown(self, chosen=None):
        self.section_box.blockSignals(True)
        self.section_box.clear()
        self.section_box.addItems([s["name"] + "–" + s["name"] + "′" for s in self.sections.items])
        if len(self.sections.items) > 1:
            self.section_box.addItem(tr("all side by side"))
        self.section_box.setEnabled(bool(self.sections.items))
        self._tools_shown()
        if chosen is not None:
            self.section_box.setCurrentIndex(self.sections.items.index(chosen))
        self.section_box.blockSignals(False)

    def _project_read(self, *_args):
        """A project opened: its sections on the map again (the plot waits for a section to be chosen)."""
        try:
            self.sections.restore()
            self._names_shown()
        except Exception:  # noqa: BLE001 (a slot: nothing may leave it; said in the log)
            log.exception("The project's profile sections could not be drawn again")

    def clear(self):
        """Clear: the profile, its line and every section go."""
        self.rows = None
        self.tool.clear()
        self.sections.clear()
        self._names_shown()

    def _width_in_map_units(self, metres=None):
        units = self.iface.mapCanvas().mapSettings().destinationCrs().mapUnits()
        factor = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters, units)
        return (self.width.value() if metres is None else metres) * factor

    def _faults_chosen(self, layer):
        # the chosen layer's name whole beside its icon, up to 30 x's wide (12 were too few: "Workshop-Störun")
        metrics = self.faults.fontMetrics()
        needs = metrics.horizontalAdvance(layer.name()) + self.faults.iconSize().width() + 4 if layer is not None else 0
        self.faults.setMinimumContentsLength(min(max(12, -(-needs // max(1, metrics.horizontalAdvance("x")))), 30))
        self._tools_shown()
        self._again()

    def _again(self, *_changed):
        """A choice changed (terrain, faults, the offset's, Through time): the profile shown is computed again."""
        if self.rows is not None:
            self.show_section(self.current())

    def _toggled(self, on):
        self._tools_shown()
        canvas = self.iface.mapCanvas()
        if on:
            self.tool.clear()
            canvas.setMapTool(self.tool)
        elif canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)

    def _egms_layer(self):
        """The active layer when it is an EGMS point layer; else None, and the message bar says what to do."""
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or self.dock.series_of(layer) is None:
            notify(self.iface, tr("Select an EGMS point layer in the Layers panel first."), Qgis.MessageLevel.Warning)
            return None
        return layer

    def drawn(self, vertices):
        """A line is drawn (canvas CRS): the next section, and the profile of the active layer along it."""
        if self._egms_layer() is None:
            return None
        section = self.sections.add(vertices, self.width.value())
        self._names_shown(section)
        return self.show_section(section)

    def show_section(self, section):
        """The profile of the active layer along ``section`` (its line and corridor width), in the plot."""
        layer = self._egms_layer()
        if layer is None or section is None:
            return None
        rows = self._rows_of(section, layer)
        if self.side_by_side():
            rows["beside"] = [self._rows_of(s, layer) for s in self.sections.items[1:]]
        self.rows = rows
        self.dock.show()
        self.dock.raise_()  # in front of a panel tabbed with it (the Temporal Controller after Animate)
        self.dock.redraw()
        said = [tr("{n} points of {layer} in the {w} m wide corridor; click one in the plot for its series.").format(
            n=len(rows["pid"]), layer=layer.name(), w=number_text(rows["width"], 0)) + self._offsets_said(rows)]
        for other in rows.get("beside", ()):  # side by side: each section's own count and offsets
            said.append(tr("{a}–{a}′: {n} points.").format(a=other["section"], n=len(other["pid"])) +
                        self._offsets_said(other))
        if "beside" in rows:
            said[0] = tr("{a}–{a}′: {n} points.").format(a=rows["section"], n=len(rows["pid"])) + \
                self._offsets_said(rows)
        self.dock.info.setText(" ".join(said))
        # the map goes back to picking points: the walk-through's next click plots a point instead of starting a
        # new line (Profile again draws another)
        if self.button.isChecked():
            self.dock.pickButton.setChecked(True)
        return rows

    def _rows_of(self, section, layer):
        """The profile of ``layer`` along ``section``: its points, bins, crossings, and as chosen its terrain and
        its displacements through time."""
        vertices, width = section["vertices"], section["width"]
        self.tool.vertices, self.tool.finished = list(vertices), True
        self.tool.show_line(vertices, width)
        to_layer = QgsCoordinateTransform(self.iface.mapCanvas().mapSettings().destinationCrs(), layer.crs(),
                                          QgsProject.instance())
        points = [to_layer.transform(v) for v in vertices]
        line = [(p.x(), p.y()) for p in points]
        rows = profile_of_layer(layer, line, width, self.dock.event_date())
        rows["layer"], rows["section"], rows["width"] = layer, section["name"], width
        if self.terrain.currentLayer() is not None:
            rows["terrain"] = terrain_along(self.terrain.currentLayer(), line, layer.crs())
        if self.in_time.isChecked():
            rows["at"] = displacements_at(layer, rows, self.dock.event_date())
        self._swath(rows, line, layer)
        return rows

    def side_by_side(self):
        """Whether "all side by side" is chosen in the section list (its last entry, with two sections or more)."""
        return len(self.sections.items) > 1 and self.section_box.currentIndex() == len(self.sections.items)

    def _swath(self, rows, vertices, layer):
        """The profile's bins and, with a fault layer, its crossings and their offsets (core.egms.swath, as
        clms_egms:profile gives them), into ``rows``."""
        length = line_length(vertices)
        faults, fault_layer = [], self.faults.currentLayer()
        if fault_layer is not None:
            to_layer = QgsCoordinateTransform(fault_layer.crs(), layer.crs(), QgsProject.instance())
            has_name = "name" in fault_layer.fields().names()
            faults = [(str(f["name"]) if has_name and f["name"] else str(f.id()), part)
                      for f, parts in polylines(fault_layer.getFeatures(), to_layer) for part in parts]
        crossed = [(faults[i][0], at) for i, at in swath.crossings(vertices, [part for _n, part in faults])]
        quantities = {"velocity": (rows["velocity"], "mm/year")}
        if np.isfinite(rows["step"]).any():
            quantities["step"] = (rows["step"], "mm")
        named = {g: g.label if g is not None else "" for g in set(rows["geometry"])}  # told once a geometry
        labels = [named[g] for g in rows["geometry"]]
        rows["bins"], rows["offsets"] = swath.section_statistics(
            rows["distance"], quantities, labels, swath.bin_width_of(labels, length), length, crossed,
            window=float(self.window.value()), method=self.method.currentData())
        rows["crossings"] = crossed

    @staticmethod
    def _offsets_said(rows):
        """" Fault X at 1,800 m: Δ -12.1 ± 0.3 mm/yr, step Δ -40.2 ± 1.1 mm" for each crossing (and geometry, named
        where the section has several): its velocity's offset, and the event's step's where Event is ticked."""
        said, several = {}, len({o["geometry"] for o in rows.get("offsets", ())}) > 1
        for o in rows.get("offsets", ()):
            key = (o["fault"], o["distance_m"], o["geometry"] if several else "")
            said.setdefault(key, []).append(offset_text(o) or tr("too few points on a side"))
        return "".join(
            " " + tr("{fault} at {d} m: {value}").format(fault=fault, d=number_text(at, 0), value=", ".join(values)) +
            (" ({})".format(geometry) if geometry else "") + "."
            for (fault, at, geometry), values in said.items())

    def draw(self, figure, ax):
        """The profile in the plot (ui.profile_plot); returns its legend."""
        if "beside" in self.rows:
            figure.clear()  # the dock's one axes make way for one a section
            axes, self._picks, legend = draw_side_by_side(figure, [self.rows] + self.rows["beside"])
            self.dock.axes = axes[0]
            return legend
        if "at" in self.rows:
            self._picks = []
            return draw_time_profiles(figure, ax, self.rows, self.dock.event_date())
        self._picks, legend = draw_profile(figure, ax, self.rows, self.dock.event_date())
        return legend

    def _clicked(self, event):
        """A click in the plot on a profile point (a velocity dot or a step cross, whichever is nearest, also
        within a density): its series, plotted (the profile stays on the map)."""
        if self.rows is None or event.x is None:
            return
        fid = pick(getattr(self, "_picks", []), event)
        if fid is None:
            return
        layer = self.rows["layer"]
        self.rows = None
        self.dock.plot_features(layer, [layer.getFeature(fid)], keep=False)

    def write_csv(self, path):
        """The profile's points to ``path``, its bins beside it (…_bins.csv) and with faults their offsets
        (…_faults.csv), each complete or not at all; returns the paths written."""
        write_profile_csv(self.rows, path)
        stem = os.path.splitext(path)[0]
        written = [path]
        section = self.rows.get("section", "")
        for rows, columns, suffix in ((self.rows.get("bins"), swath.BIN_COLUMNS, "_bins.csv"),
                                      (self.rows.get("offsets"), swath.OFFSET_COLUMNS, "_faults.csv")):
            if rows:
                swath.write_table_csv(rows, columns, section, stem + suffix)
                written.append(stem + suffix)
        return written

    def unload(self):
        try:
            QgsProject.instance().readProject.disconnect(self._project_read)
        except TypeError:
            pass
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        self.sections.clear(save=False)
        self.tool.unload()

