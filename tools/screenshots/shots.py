"""What the `make screenshots` scripts share (they run inside QGIS with `qgis --code`): the loopback servers and
a service key in the profile's authentication database, the main window and dock, screenshots, a status file,
and waiting for the GUI without blocking it."""
import os
import subprocess  # nosec B404
import sys
import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

ROOT = os.environ["CLMS_EGMS_ROOT"]
SHOTS = os.environ["CLMS_EGMS_SHOTS"]
sys.path.insert(0, os.path.join(ROOT, "tests"))

from support.http_server import LoopbackServer  # noqa: E402
from support.token_server import install_token_endpoint  # noqa: E402

STARTED = time.monotonic()
status = []


def _drop_font_warning():
    """QGIS 3.44 says "Open Sans font installation failed" a few seconds after it starts where that font is missing
    (with no plugin, in a fresh profile: QGIS's own, not the plugin's): the pictures show the plugin's messages."""
    bar = iface.messageBar()
    for item in bar.items():
        if "font installation failed" in item.text():
            bar.popWidget(item)
            for _ in range(5):  # drawn without it before the picture is taken
                QgsApplication.processEvents()


def loopback_with_key():
    """A loopback server with a token endpoint; returns (server, auth config id of a key it accepts)."""
    from clms_egms.core.auth import store_service_key

    server = LoopbackServer().__enter__()
    key_text, _issued = install_token_endpoint(server, client_id="workshop-laptop")
    QgsApplication.authManager().setMasterPassword("screenshot-master-password", True)
    return server, store_service_key(key_text, "clms-key.json")


def clms_site(work):
    """The loopback CLMS site (tests/support) with a service key for it, its requests finished at the first poll;
    the settings pointed at it, downloads into ``work`` (emptied), no request followed yet. Returns the site."""
    import shutil

    from clms_egms.core.settings import Settings, save_state
    from support.clms_server import ClmsSite

    server, auth_id = loopback_with_key()
    site = ClmsSite(token="token-1")
    site.install(server)
    site.polls_to_finish = 1
    shutil.rmtree(work, ignore_errors=True)
    save_state("clms_requests", [])
    Settings(clms_api_url=server.url, download_folder=work, timeout_s=30, auth_config_id=auth_id).save()
    return site


def table_shot(layer, name, then, height=300, top=640):
    """``layer``'s attribute table below the map, scrolled to its last columns: the picture ``name``, the table
    closed, then ``then()``."""
    from qgis.PyQt.QtWidgets import QTableView

    dialog = iface.showAttributeTable(layer)
    dialog.resize(1500, height)
    dialog.move(60, top)

    def shown():
        for view in dialog.findChildren(QTableView):
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
        QTimer.singleShot(800, guarded(lambda: (shot(name), dialog.close(), then())))
    QTimer.singleShot(2000, guarded(shown))


def open_dock(tab_name, width=None):
    """The dock on ``tab_name``, at ``width`` px (CLMS_EGMS_DOCK_WIDTH, else 420: about QGIS's default dock width,
    what a user sees first)."""
    width = width or int(os.environ.get("CLMS_EGMS_DOCK_WIDTH") or 420)
    window = iface.mainWindow()
    window.setGeometry(0, 0, 1600, 1000)
    window.showMaximized()
    plugin = plugins["clms_egms"]
    plugin.toggle_action.setChecked(True)
    dock = plugin.dock
    dock.settings_changed()
    dock.tabs.setCurrentWidget(getattr(dock, tab_name))
    dock.setMinimumWidth(width)
    dock.setMaximumWidth(width)
    return dock


def plot_below(dock, height=620):
    """The plot dock under the panel, as wide as it (420 px: what a user sees first), ``height`` px tall."""
    from qgis.PyQt.QtCore import Qt

    plot = dock.plot_dock()
    width = dock.maximumWidth()
    window = iface.mainWindow()
    window.removeDockWidget(plot)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, plot)
    window.splitDockWidget(dock, plot, Qt.Orientation.Vertical)
    plot.show()
    window.resizeDocks([dock, plot], [970 - height, height], Qt.Orientation.Vertical)
    plot.setMinimumWidth(width)
    plot.setMaximumWidth(width)
    return plot


def draw_section(plot, a, b):
    """A section drawn as a user does: the plot's Profile pressed, a click at ``a`` and at ``b`` (map coordinates of
    the canvas), a right click at ``b``."""
    from qgis.core import QgsPointXY
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt
    from qgis.PyQt.QtTest import QTest

    canvas = iface.mapCanvas()
    QTest.mouseClick(plot.profile.button, Qt.MouseButton.LeftButton)
    for (x, y), button in ((a, Qt.MouseButton.LeftButton), (b, Qt.MouseButton.LeftButton),
                           (b, Qt.MouseButton.RightButton)):
        pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
        plot.profile.tool.canvasReleaseEvent(QgsMapMouseEvent(
            canvas, QEvent.Type.MouseButtonRelease, QPoint(int(pixel.x()), int(pixel.y())), button))


def shot(name):
    _drop_font_warning()
    path = os.path.join(SHOTS, name)
    subprocess.run(["import", "-window", "root", path], check=False, timeout=60)  # nosec B603 B607
    status.append("{}={}".format(name, "yes" if os.path.exists(path) else "no"))


def finish():
    status.append("seconds={:.1f}".format(time.monotonic() - STARTED))
    with open(os.path.join(SHOTS, "screenshot-status.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(status) + "\n")
    QgsApplication.instance().exit(0)


def guarded(then):
    """``then``, or, where it raises, its traceback in the status and QGIS closed (a script's error would otherwise
    wait in QGIS's Python error dialog until run.sh's timeout, with no status)."""
    def call():
        try:
            then()
        except Exception:  # noqa: BLE001 (reported in the status file, which run.sh prints)
            import traceback
            status.append("error=" + traceback.format_exc())
            finish()
    return call


def wait_for(predicate, then, tries=0, most=400):
    """Call ``then`` once ``predicate()`` holds (checked every 250 ms, at most ``most`` times: ~100 s), the GUI
    running."""
    if predicate() or tries > most:
        QTimer.singleShot(800, guarded(then))
    else:
        QTimer.singleShot(250, lambda: wait_for(predicate, then, tries + 1, most))


def import_country(size, work):
    """The dock's EGMS tab set to import make bench's synthetic file of ``size`` ("5000000x300") into
    build/``work``/country.gpkg (emptied first); returns the dock."""
    import shutil

    folder = os.path.join(ROOT, "build", work)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    dock = open_dock("egmsTab")
    dock.importFiles.setFilePath(os.path.join(ROOT, "build", "bench", size, "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.csv"))
    dock.importGeopackage.setFilePath(os.path.join(folder, "country.gpkg"))
    return dock


def imported_layers():
    """The project's layers by name, said in the status with the message bar's last message; the overview's
    legend open (the cell size at this scale, its classes), the points' folded."""
    from qgis.core import QgsProject

    layers = sorted(QgsProject.instance().mapLayers().values(), key=lambda lyr: lyr.name())
    status.append("layers={}".format([(lyr.name(), lyr.featureCount()) for lyr in layers]))
    status.append("message={}".format([w.text() for w in iface.messageBar().items()][-1:]))
    tree = QgsProject.instance().layerTreeRoot()
    for layer in layers:
        tree.findLayer(layer.id()).setExpanded(layer.name().endswith("_overview"))
    return layers
