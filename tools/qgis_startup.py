"""Run inside QGIS by `make run` (qgis --code): open the plugin's dock; headless, also write a
screenshot and a status file, then quit. Environment: CLMS_EGMS_SCREENSHOT (path) turns on the
headless mode; CLMS_EGMS_STATUS (path) receives what was checked; CLMS_EGMS_TAB (0, 1, 2) the dock's tab shown."""
import os
import subprocess  # nosec B404

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

SHOT = os.environ.get("CLMS_EGMS_SCREENSHOT")
STATUS = os.environ.get("CLMS_EGMS_STATUS")


def _status(lines):
    if STATUS:
        with open(STATUS, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def _open_dock():
    plugin = plugins.get("clms_egms")
    if plugin is None:
        _status(["plugin_loaded=no"])
        return None
    plugin.toggle_action.setChecked(True)
    if plugin.dock is not None and os.environ.get("CLMS_EGMS_TAB", "").isdigit():  # the tab to show first
        plugin.dock.tabs.setCurrentIndex(int(os.environ["CLMS_EGMS_TAB"]))
    return plugin


def _screenshot():
    plugin = plugins.get("clms_egms")
    lines = ["plugin_loaded=" + ("yes" if plugin else "no")]
    if plugin:
        lines.append("dock_visible=" + ("yes" if plugin.dock and plugin.dock.isVisible() else "no"))
        lines.append("provider=" + ("yes" if QgsApplication.processingRegistry().providerById("clms_egms") else "no"))
    subprocess.run(["import", "-window", "root", SHOT], check=False, timeout=60)  # nosec B603
    lines.append("screenshot=" + ("yes" if os.path.exists(SHOT) else "no"))
    _status(lines)
    QgsApplication.instance().exit(0)


window = iface.mainWindow()
if SHOT:
    window.setGeometry(0, 0, 1600, 1000)
    window.showMaximized()
_open_dock()
if SHOT:
    QTimer.singleShot(6000, _screenshot)
