"""Load workshop sample: the Grindavík-like scenario built offline, imported, styled, with a guided walk-through."""
import os

from qgis.core import QgsProject

from ..core.egms.scenario import folder_is_complete, write_scenario
from ..core.i18n import tr
from ..core.settings import Settings
from .egms_panel import import_and_measure
from .messages import run_in_background


def guide_html():
    steps = [
        (tr("Look"), tr("The three layers are styled by mean velocity: red moves away from the satellite (down), "
                        "blue towards it (up). <b>egms_l3_u</b> is vertical motion: the graben through the town "
                        "subsides (red), the dome 4.5 km north rises (blue).")),
        (tr("Filter"), tr("In <i>Filter points by velocity</i> below, choose <b>egms_l3_u_2020_2024</b>, type "
                          "<b>-10</b> in <i>Velocity at most</i> and <i>Apply</i>: only the graben stays. "
                          "<i>Reset</i> brings every point back.")),
        (tr("Style"), tr("Set <i>Style range ±</i> to 30 and <i>Style layer</i>: the same classes on every layer "
                         "make them comparable.")),
        (tr("Plot"), tr("<i>Plot time series…</i>, then click a red point in the graben: about −35 mm/year. Tick "
                        "<i>Keep previous</i> and click a blue point on the dome to compare.")),
        (tr("Seasons"), tr("Click a point south-east of the town (the clay area) and fit <i>linear + seasonal</i>: "
                           "an annual swing of about 6 mm on top of a stable trend.")),
        (tr("Reference"), tr("Click a stable point far from both and <i>Use as reference</i>: every series becomes "
                             "relative to it, as geodesists compare benchmarks.")),
        (tr("Export"), tr("Save the figure (PNG/SVG) and the series (CSV) from the plot; in the Processing toolbox, "
                          "<i>CLMS &amp; EGMS ▸ EGMS</i> exports series, fits trends for every point, and decomposes "
                          "the ascending and descending bursts (<b>egms_l2b</b>) into vertical and east-west "
                          "motion to compare with L3.")),
    ]
    items = "".join("<li><b>{}</b>: {}</li>".format(title, text) for title, text in steps)
    return "<p>{}</p><ol>{}</ol>".format(
        tr("A synthetic, Grindavík-like case in the real EGMS 2020-2024 format: a subsiding graben, an uplift "
           "dome beside it, a seasonal clay area and a noisy, stable background. Nothing comes from the network."),
        items)


class WorkshopPanel:
    def __init__(self, iface, dock):
        self.iface = iface
        self.w = dock
        self.task = None
        dock.workshopClose.clicked.connect(lambda: dock.workshopGroup.setVisible(False))

    def load(self):
        """Build (or reuse) the sample's files, import them into the workshop GeoPackage, add and style the layers,
        and show the walk-through. Runs in the background."""
        folder = os.path.join(Settings.load().download_folder, "workshop")
        files, gpkg = os.path.join(folder, "files"), os.path.join(folder, "workshop.gpkg")

        def work(feedback):
            if not folder_is_complete(files):
                feedback.setProgress(1)
                write_scenario(files)
            paths = sorted(os.path.join(files, n) for n in os.listdir(files) if n.endswith(".zip"))
            return import_and_measure(paths, gpkg, None, feedback)

        def done(outcome):
            self.w.egms.imported(outcome)
            self.show_guide()
            layers = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
            if layers:
                self.w.filterLayer.setLayer(layers[0])
                self.iface.setActiveLayer(layers[0])

        self.task = run_in_background(self.iface, tr("Building the workshop sample"), work, on_done=done)
        return self.task

    def show_guide(self):
        self.w.workshopGuide.setHtml(guide_html())
        self.w.workshopGroup.setVisible(True)
        self.w.tabs.setCurrentWidget(self.w.analysisTab)
        self.w.show()
        self.w.raise_()
