"""The plugin's dock: tabs for the CLMS catalogue, EGMS and Analysis."""
from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.gui import QgsExtentWidget
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QComboBox, QDockWidget, QFormLayout, QLayout, QSizePolicy

from ..core import guide
from ..core.optional import MissingPackage, require
from . import load_form, remove_dock
from .clms_panel import ClmsPanel
from .egms_panel import EgmsImportPanel
from .egms_search_panel import EgmsSearchPanel
from .fit import FitForm
from .flow_layout import wrap
from .ada_panel import AreasPanel
from .filter_panel import FilterPanel
from .messages import notify
from .workshop import WorkshopPanel

FORM = load_form("dock")


WRAPPED_ROWS = ("catalogueMoreLayout", "clmsRequestButtons", "searchButtons", "downloadButtons", "workshopButtons",
                "filterModeLayout", "filterButtons", "styleLayout", "directionLayout", "releaseLayout")


def keep_scale(canvas, scale, centre):
    """The canvas back at ``scale`` around ``centre`` (a timer's slot: nothing may leave it, PyQt would abort)."""
    try:
        if scale > 0 and abs(canvas.scale() - scale) > 1e-6 * scale:
            canvas.setCenter(centre)
            canvas.zoomScale(scale)
    except RuntimeError:  # the canvas is gone (QGIS closing)
        pass


class Dock(QDockWidget, FORM):
    settingsRequested = pyqtSignal()

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)
        self.setObjectName("ClmsEgmsDock")
        # the dock stays narrow: long combo items (family names, file names) and the extent widget's hidden
        # expanded form (its minimum width counts it) must not widen it
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            # and takes the room its row has (a form's fields stay at that hint in some styles: "L2b kalibriert
            # (Blickrichtung)" was cut to 141 px)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
        for extent in self.findChildren(QgsExtentWidget):
            extent.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # forms put their labels above their fields when the dock is too narrow for both side by side
        for form in self.findChildren(QFormLayout):
            FitForm(form)
        # rows of buttons wrap to the dock's width (in German and French they are wider than 420 px)
        for name in WRAPPED_ROWS:
            wrap(self.findChild(QLayout, name))
        self.settingsButton.clicked.connect(self.settingsRequested)
        self.helpButton.clicked.connect(self.open_help)
        self.visibilityChanged.connect(self._widen_once)
        self.clms = ClmsPanel(iface, self)
        self.egms = EgmsImportPanel(iface, self)
        self.egms_search = EgmsSearchPanel(iface, self, self.egms)
        self.filter = FilterPanel(iface, self)
        self.workshop = WorkshopPanel(iface, self)
        self.areas = AreasPanel(iface, self)
        self.plot = None
        self.plotButton.clicked.connect(self.show_plot)

    # the guide's section of each tab
    HELP = {"catalogueTab": "clms-catalogue-view-services-and-downloads", "egmsTab": "egms-search-and-download",
            "analysisTab": guide.ANALYSIS}

    def open_help(self):
        """The user guide at the section of the tab shown, in the system's browser."""
        url = guide.url(self.HELP.get(self.tabs.currentWidget().objectName(), ""))
        QDesktopServices.openUrl(url)
        return url

    COMFORTABLE_WIDTH = 420

    def _widen_once(self, visible):
        """The first time the panel shows, give it room for its forms (QGIS then keeps the user's width)."""
        if visible and self.width() < self.COMFORTABLE_WIDTH and self.iface.mainWindow() is not None:
            window = self.iface.mainWindow()
            if hasattr(window, "resizeDocks") and window.dockWidgetArea(self) != Qt.DockWidgetArea.NoDockWidgetArea:
                window.resizeDocks([self], [self.COMFORTABLE_WIDTH], Qt.Orientation.Horizontal)
        if visible:
            self.visibilityChanged.disconnect(self._widen_once)

    def settings_changed(self):
        """The Settings dialog saved new settings: the fields that start from them follow."""
        from ..core.settings import Settings

        settings = Settings.load()
        self.downloadFolder.setFilePath(settings.download_folder)
        self.importGeopackage.setFilePath(settings.effective_geopackage_path)

    def show_plot(self):
        """Open the time-series plot with its point picker active."""
        plot = self.plot_dock()
        if plot is not None:
            plot.start_picking()
        return plot

    def plot_dock(self):
        """The time-series plot, created on first use; None, said in the message bar, without matplotlib."""
        if self.plot is None:
            try:
                require("matplotlib")
            except MissingPackage as exc:
                notify(self.iface, str(exc), Qgis.MessageLevel.Warning, duration=0)
                return None
            from .plot_dock import PlotDock

            self.plot = PlotDock(self.iface, self.iface.mainWindow())
            self.plot.fallback_layer = self.filterLayer.currentLayer  # the Analysis tab's layer
            canvas = self.iface.mapCanvas()
            scale, centre = canvas.scale(), canvas.center()
            self.iface.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.plot)
            # the map keeps its scale and centre when the plot takes the bottom of the window (QGIS keeps the
            # extent: the map zoomed out, from 1:64,000 to 1:315,000 in the workshop)
            for ms in (0, 600):  # the window lays itself out at its next events, the canvas follows with a delay
                QTimer.singleShot(ms, lambda: keep_scale(canvas, scale, centre))
        return self.plot

    def unload(self):
        """Release what the tabs hold on QGIS (map tools, connections); called before deletion."""
        self.egms_search.unload()
        self.clms.unload()
        self.filter.unload()
        if self.plot is not None:
            self.plot.unload()
            remove_dock(self.iface, self.plot)
            self.plot = None
