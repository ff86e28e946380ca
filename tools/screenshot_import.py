"""Run inside QGIS (qgis --code) by `make screenshots`: import the real EGMS samples through the
dock's EGMS tab, as a user does, and write docs/egms_import.png. Environment: CLMS_EGMS_SAMPLES
(folder of EGMS zips), CLMS_EGMS_GPKG (output), CLMS_EGMS_SCREENSHOT (png)."""
import glob
import os
import subprocess  # nosec B404: ImageMagick's `import`, fixed arguments

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

plugin = plugins["clms_egms"]
window = iface.mainWindow()
window.setGeometry(0, 0, 1600, 1000)
window.showMaximized()
plugin.toggle_action.setChecked(True)
dock = plugin.dock
dock.tabs.setCurrentWidget(dock.egmsTab)
files = sorted(glob.glob(os.path.join(os.environ["CLMS_EGMS_SAMPLES"], "EGMS_L2b_*.zip")))
dock.importFiles.setFilePath(" ".join('"{}"'.format(f) for f in files))
dock.importGeopackage.setFilePath(os.environ["CLMS_EGMS_GPKG"])
dock.clipMode.setCurrentIndex(0)


def shot():
    subprocess.run(["import", "-window", "root", os.environ["CLMS_EGMS_SCREENSHOT"]], check=False)  # nosec
    QgsApplication.instance().exit(0)


TRIES = []


def wait_for_layers():
    TRIES.append(1)
    if any(layer.name().startswith("egms_") for layer in QgsProject.instance().mapLayers().values()) or len(TRIES) > 60:
        QTimer.singleShot(3000, shot)
    else:
        QTimer.singleShot(500, wait_for_layers)


QTimer.singleShot(1500, dock.importButton.click)
QTimer.singleShot(2000, wait_for_layers)
