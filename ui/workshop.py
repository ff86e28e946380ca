"""Load workshop sample: the Grindavík-like scenario built offline, imported, styled, with a guided walk-through."""
import os

from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsLineSymbol, QgsMarkerSymbol,
                       QgsPalLayerSettings, QgsPointXY, QgsProcessingMultiStepFeedback, QgsProject,
                       QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor, QFont

from ..core.egms.scenario import fault_traces, folder_is_complete, mark_complete, places, write_scenario
from ..core.compat import LABEL_ALONG_LINE
from ..core.i18n import DECIMAL_FIELD, qgis_term, tr
from ..core.settings import Settings
from ..core.egms.importer import import_and_measure
from .messages import run_in_background
from .fit import FitToText


def guide_html():
    steps = [
        (tr("Look"), tr("The three layers are styled by mean velocity: red moves away from the satellite (down), "
                        "blue towards it (up). The <b>workshop places</b> layer names the town, the dome, the clay "
                        "area and a stable reference. <b>egms_l3_u</b> is vertical motion: the graben through "
                        "Grindavík subsides (red), the dome 4.5 km north rises (blue). Untick "
                        "<b>egms_l2b_2020_2024</b> and <b>egms_l3_e_2020_2024</b> in the Layers panel to see it "
                        "alone.")),
        (tr("Filter"), tr("In <i>Filter points by velocity</i> below, choose <b>egms_l3_u_2020_2024</b>, type "
                          "<b>-10</b> in <i>Velocity at most</i> and <i>Apply</i>: of that layer, only the graben's "
                          "points stay (the count says how many). <i>Reset</i> brings every point back.")),
        (tr("Style"), tr("Set <i>Style range ±</i> to 30 and press <i>Style layer</i>; then choose each of the "
                         "other two layers in <i>Layer</i> and press it again: the same classes on every layer "
                         "make them comparable.")),
        (tr("Plot"), tr("Press <i>Plot time series…</i> below, zoom in on the graben near Grindavík until single "
                        "points show, "
                        "then click a dark red point on its axis: about −35 mm/year (its flanks subside less). "
                        "Tick <i>Keep previous</i> and click a blue point at <i>Dome</i> to compare.")),
        (tr("Event"), tr("On 10 November 2023 a dike intrusion dropped the graben suddenly: the axis point's series "
                         "steps down by about 250 mm. Tick <i>Event</i> (2023-11-10) in the plot: the step is fitted "
                         "with the trend and its size shown. To map it: Processing <i>Fit trends to EGMS time "
                         "series</i> on <b>egms_l3_u_2020_2024</b> with <i>Event date</i> 2023-11-10 writes "
                         "<b>fit_step_mm</b>; or the field calculator with <b>egms_step('2023-11-10', 30)</b> into a "
                         "new field of type <i>{type}</i>.").format(type=qgis_term(DECIMAL_FIELD))),
        (tr("Animate"), tr("Choose <b>egms_l3_u_2020_2024</b> in <i>Layer</i> below and press <i>Animate "
                           "displacement</i>: press play in QGIS's <i>Temporal Controller</i> panel and watch five "
                           "years of slow sinking, then the sudden drop of November 2023; its save button exports "
                           "the frames.")),
        (tr("Profile"), tr("In the plot, set the corridor beside <i>Profile</i> to <b>400 m</b>, press "
                           "<i>Profile</i>, click on the map on one side of the graben, then across it through "
                           "Grindavík on the other side, and right-click: section A–A′ is "
                           "labelled on the map, and its velocity against distance, with its median and 25–75 % "
                           "envelope, shows the trough, deepest on the axis. Click a profile point in the plot for "
                           "its series.")),
        (tr("Faults"), tr("Choose <b>workshop faults</b> in <i>Faults</i> and tick <i>Event</i>: each of the "
                          "graben's bounding faults is marked where it crosses the section, with the offset of the "
                          "event's step across it. The floor dropped 40 mm more than its shoulders, but near the "
                          "faults the step also bends steeply: set <i>Offset from</i> to <i>lines at the fault</i> "
                          "within <b>300 m</b>, and each offset reads about 40 mm, ± its uncertainty (the medians of "
                          "wide sides measure the bend as well). Press <i>Through time</i>: the median displacement "
                          "every six months and just before and after the event, the trough deepening, then its "
                          "sudden drop. Draw a second line further along the graben: section B–B′; <i>all side by "
                          "side</i> in the section list compares the two.")),
        (tr("Areas"), tr("Choose <b>egms_l3_u_2020_2024</b> in <i>Layer</i> below and press <i>Find active "
                         "deformation areas</i>: the graben and the dome come out as two areas "
                         "(<b>ada_egms_l3_u_2020_2024</b>), labelled with their median velocity and quality index. "
                         "In its attribute table, right-click the graben's row and choose <i>Plot this area's mean "
                         "series</i>: its points are selected and their mean plotted with its envelope. With a "
                         "CORINE Land Cover raster or an elevation model from the CLMS catalogue in the project, "
                         "each area gets its land and a suggested interpretation: a lead to check (this graben is "
                         "tectonic, whatever covers it).")),
        (tr("Seasons"), tr("Click a point at <i>Clay area</i> and fit <i>Linear + seasonal</i>: an annual swing of "
                           "about 6 mm on top of a stable trend.")),
        (tr("Reference"), tr("Click a point at <i>Stable reference</i> and press <i>Use as reference</i>: every "
                             "series becomes relative to it, as geodesists compare benchmarks.")),
        (tr("Export"), tr("Save the figure (PNG/SVG) and the series (CSV) from the plot; in the Processing toolbox, "
                          "<i>CLMS &amp; EGMS ▸ EGMS</i> exports series, fits trends for every point, and decomposes "
                          "the ascending and descending bursts (<b>egms_l2b</b>) into vertical and east-west "
                          "motion to compare with L3.")),
    ]
    items = "".join("<li><b>{}</b>: {}</li>".format(title, text) for title, text in steps)
    return "<p>{}</p><ol>{}</ol>".format(
        tr("A synthetic, Grindavík-like case in the real EGMS 2020-2024 format: a subsiding graben that drops "
           "suddenly on 10 November 2023, an uplift dome beside it, a seasonal clay area and a noisy, stable "
           "background. Nothing comes from the network."),
        items)


class WorkshopPanel:
    def __init__(self, iface, dock):
        self.iface = iface
        self.w = dock
        self.task = None
        dock.workshopClose.clicked.connect(lambda: dock.workshopGroup.setVisible(False))
        FitToText(dock.workshopGuide, minimum=120)  # the steps whole; the tab's scroll bar the only one

    def load(self):
        """Build (or reuse) the sample's files, import them into the workshop GeoPackage, add and style the layers,
        and show the walk-through. Runs in the background."""
        folder = os.path.join(Settings.load().download_folder, "workshop")
        files, gpkg = os.path.join(folder, "files"), os.path.join(folder, "workshop.gpkg")

        def work(feedback):
            steps = QgsProcessingMultiStepFeedback(2, feedback)  # writing the files, then importing them
            rewritten = not folder_is_complete(files)
            if rewritten:  # never built, or built by an older version: the files, then their import, anew
                feedback.setProgress(1)
                write_scenario(files, progress=steps.setProgress)
                mark_complete(files)
            steps.setCurrentStep(1)
            paths = sorted(os.path.join(files, n) for n in os.listdir(files) if n.endswith(".zip"))
            return import_and_measure(paths, gpkg, None, steps, replace=rewritten)

        def done(outcome):
            self.w.egms.imported(outcome)
            self.add_faults()
            self.add_places()
            self.show_guide()
            layers = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
            if layers:
                self.w.filterLayer.setLayer(layers[0])
                self.iface.setActiveLayer(layers[0])
                # after QGIS's own zoom to the full extent of the first layers added (its layer tree bridge runs
                # at the next events)
                layer_id = layers[0].id()
                QTimer.singleShot(0, lambda: self.zoom_to(layer_id))

        self.task = run_in_background(self.iface, tr("Building the workshop sample"), work, on_done=done)
        return self.task

    def zoom_to(self, layer_id):
        """The map on the sample, filling the canvas (QGIS zoomed to the first layer added, the larger L2b one:
        the sample was a small square in the middle); nothing when the layer is gone already."""
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            return
        canvas = self.iface.mapCanvas()
        to_canvas = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = to_canvas.transformBoundingBox(layer.extent())
        extent.scale(1.02)
        canvas.setExtent(extent)
        canvas.refresh()

    def add_places(self):
        """The scenario's landmarks, labelled, on top (the workshop has no basemap): once per project."""
        features = [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), label) for label, x, y in places()]
        return self._landmarks(tr("workshop places"), "Point", features, QgsMarkerSymbol.createSimple(
            {"name": "star", "color": "255,255,255", "outline_color": "0,0,0", "size": "4"}))

    def add_faults(self):
        """The graben's two bounding faults (scenario.fault_traces), a line layer for the profile's Faults: once per
        project, below the places."""
        features = [(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in ends]), name)
                    for name, ends in fault_traces()]
        return self._landmarks(tr("workshop faults"), "LineString", features, QgsLineSymbol.createSimple(
            {"line_color": "40,40,40", "line_width": "0.7", "line_style": "dash"}), along=True)

    @staticmethod
    def _landmarks(name, kind, features, symbol, along=False):
        """A memory layer ``name`` of (geometry, name) in EPSG:3035, drawn with ``symbol`` and labelled with its
        names (``along`` a line, else beside the point), added once: an existing layer of that name is kept."""
        project = QgsProject.instance()
        existing = project.mapLayersByName(name)
        if existing:
            return existing[0]
        layer = QgsVectorLayer(kind + "?crs=EPSG:3035&field=name:string(60)", name, "memory")
        rows = []
        for geometry, label in features:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(geometry)
            feature.setAttribute("name", label)
            rows.append(feature)
        layer.dataProvider().addFeatures(rows)
        layer.renderer().setSymbol(symbol)
        text = QgsTextFormat()
        text.setFont(QFont("Sans Serif", 10, QFont.Weight.Bold))
        text.setSize(10 if not along else 8)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setColor(QColor("white"))
        text.setBuffer(buffer)
        labels = QgsPalLayerSettings()
        labels.fieldName = "name"
        labels.setFormat(text)
        labels.dist = 2
        if along:
            labels.placement = LABEL_ALONG_LINE
        layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
        layer.setLabelsEnabled(True)
        project.addMapLayer(layer)
        return layer

    def show_guide(self):
        self.w.workshopGuide.setHtml(guide_html())
        self.w.workshopGroup.setVisible(True)
        self.w.tabs.setCurrentWidget(self.w.analysisTab)
        self.w.show()
        self.w.raise_()
