"""Wires the plugin into QGIS: actions, Web menu, toolbar button, dock, Processing provider."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.i18n import tr
from .core.egms.stored_layer import close_readers
from .algorithms import provider as processing_provider
from .expressions import functions as expressions

PLUGIN_DIR = os.path.dirname(__file__)
ICON = os.path.join(PLUGIN_DIR, "resources", "icons", "icon.svg")


def locale_code():
    """Two-letter language QGIS's interface is in: the translation QGIS loaded (its --lang option, or the
    language chosen in its options), else its locale setting, else the system's."""
    app = QgsApplication.instance()
    translation = app.translation() if isinstance(app, QgsApplication) else ""
    return (translation or QgsApplication.locale() or "en")[:2]


class ClmsEgmsPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.menu = tr("&CLMS && EGMS")
        self.provider = None
        self.translator = None
        self.dock = None
        self.layer_actions = None
        self.actions = []

    # Processing (called alone by qgis_process, from initGui in the desktop)
    def initProcessing(self):  # noqa: N802 (QGIS API)
        if self.provider is None:
            self.provider = processing_provider.Provider()
            QgsApplication.processingRegistry().addProvider(self.provider)
        expressions.register()

    def initGui(self):  # noqa: N802 (QGIS API)
        self._install_translator()
        self.menu = tr("&CLMS && EGMS")
        self.initProcessing()
        from .ui.dock import Dock

        main_window = self.iface.mainWindow()
        self.dock = Dock(self.iface, main_window)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        from .ui.layer_actions import LayerActions

        self.layer_actions = LayerActions(self.iface, self.dock)

        self.toggle_action = QAction(QIcon(ICON), tr("CLMS && EGMS panel"), main_window)
        self.toggle_action.setObjectName("clmsEgmsToggleDock")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(tr("Show or hide the CLMS & EGMS panel"))
        self.toggle_action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.toggle_action.setChecked)

        self.settings_action = QAction(tr("Settings…"), main_window)
        self.settings_action.setObjectName("clmsEgmsSettings")
        self.settings_action.triggered.connect(self.show_settings)
        self.dock.settingsRequested.connect(self.show_settings)

        self.workshop_action = QAction(tr("Load workshop sample"), main_window)
        self.workshop_action.setObjectName("clmsEgmsWorkshop")
        self.workshop_action.setToolTip(tr("Build an offline, synthetic Grindavík-like EGMS case, import it and open "
                                           "a guided walk-through"))
        self.workshop_action.triggered.connect(lambda: self.dock.workshop.load())

        self.help_action = QAction(tr("CLMS && EGMS user guide"), main_window)
        self.help_action.setObjectName("clmsEgmsHelp")
        self.help_action.triggered.connect(self.dock.open_help)

        self.iface.addWebToolBarIcon(self.toggle_action)
        for action in (self.toggle_action, self.workshop_action, self.settings_action, self.help_action):
            self.iface.addPluginToWebMenu(self.menu, action)
            self.actions.append(action)
        self.iface.pluginHelpMenu().addAction(self.help_action)  # QGIS's Help ▸ Plugins, where guides are looked for

    def show_settings(self):
        from .ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.iface.mainWindow()).exec() and self.dock is not None:
            self.dock.settings_changed()

    def unload(self):
        if self.actions:
            self.iface.pluginHelpMenu().removeAction(self.help_action)
        for action in self.actions:
            self.iface.removePluginWebMenu(self.menu, action)
            action.deleteLater()
        if self.actions:
            self.iface.removeWebToolBarIcon(self.toggle_action)
        self.actions = []
        if self.layer_actions is not None:
            self.layer_actions.unload()
            self.layer_actions = None
        expressions.unregister()
        close_readers()
        if self.dock is not None:
            from .ui import remove_dock

            self.dock.unload()
            remove_dock(self.iface, self.dock)
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    def _install_translator(self):
        path = os.path.join(PLUGIN_DIR, "i18n", "clms_egms_{}.qm".format(locale_code()))
        if os.path.exists(path):
            self.translator = QTranslator()
            if self.translator.load(path):
                QCoreApplication.installTranslator(self.translator)
            else:
                self.translator = None
