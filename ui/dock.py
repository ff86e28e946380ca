"""The plugin's dock: tabs for the CLMS catalogue, EGMS and Analysis."""
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QDockWidget

from . import load_form
from .egms_panel import EgmsImportPanel

FORM = load_form("dock")


class Dock(QDockWidget, FORM):
    settingsRequested = pyqtSignal()

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)
        self.setObjectName("ClmsEgmsDock")
        self.settingsButton.clicked.connect(self.settingsRequested)
        self.egms = EgmsImportPanel(iface, self)

    def unload(self):
        """Release what the tabs hold on QGIS (map tools, connections); called before deletion."""
