"""Run inside QGIS (qgis --code) by tools/screenshots/run.sh (SHOT_TIMEOUT=900 at 5M): a country of synthetic points
(make bench's file, CLMS_EGMS_COUNTRY=5000000x300 by default, made first by `python tools/bench_paths.py` or
`make bench --memory`) imported by the EGMS tab's Import button, then the map moved as a user moves it: the pan
tool dragged across the canvas by the mouse and the wheel turned, at the full extent (the overview's cells), two
notches of the wheel in, and at 1:25,000 (the points). Each redraw is timed from the mouse's release (or the wheel's
turn) to the canvas's "refreshed"; a picture after each. Writes CLMS_EGMS_SHOTS/pan_*.png and a status file."""
import os
import sys
import time

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QMouseEvent, QWheelEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import finish, import_country, imported_layers, shot, status, wait_for  # noqa: E402

dock = import_country(os.environ.get("CLMS_EGMS_COUNTRY") or "5000000x300", "screenshot-pan")
canvas = iface.mapCanvas()
viewport = canvas.viewport()
steps = []


def drag(dx, dy):
    """The pan tool dragged by the left button from the canvas's centre, ``dx``, ``dy`` pixels, in 10 moves."""
    iface.actionPan().trigger()
    centre = QPoint(viewport.width() // 2, viewport.height() // 2)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    for k in range(1, 11):  # QTest.mouseMove carries no button: the moves a held button makes, as Qt sends them
        at = centre + QPoint(dx * k // 10, dy * k // 10)
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, QPointF(at),
                                                     QPointF(viewport.mapToGlobal(at)),
                                                     Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                                     Qt.KeyboardModifier.NoModifier))
        QApplication.processEvents()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre + QPoint(dx, dy))


def wheel(notches):
    """The mouse wheel turned ``notches`` (towards the user: negative, out) over the canvas's centre."""
    at = QPoint(viewport.width() // 2, viewport.height() // 2)
    QApplication.sendEvent(viewport, QWheelEvent(QPointF(at), QPointF(viewport.mapToGlobal(at)), QPoint(0, 0),
                                                 QPoint(0, 120 * notches),
                                                 Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                                 Qt.ScrollPhase.NoScrollPhase, False))


def timed(name, action, then):
    """``action`` done, then the time until the canvas has drawn, with a picture."""
    drawn = {}

    def refreshed():
        drawn.setdefault("s", time.monotonic() - started)

    canvas.mapCanvasRefreshed.connect(refreshed)
    started = time.monotonic()
    action()

    def done():
        canvas.mapCanvasRefreshed.disconnect(refreshed)
        status.append("{}_draw_s={} scale=1:{:.0f}".format(
            name, "{:.2f}".format(drawn["s"]) if "s" in drawn else "not drawn in 100 s", canvas.scale()))
        shot("pan_{}.png".format(name))
        then()

    wait_for(lambda: "s" in drawn and not canvas.isDrawing(), done)


def run(plan):
    """Each (name, action) of ``plan`` in turn, timed."""
    if not plan:
        return finish()
    (name, action), rest = plan[0], plan[1:]
    timed(name, action, lambda: run(rest))


def imported():
    layers = imported_layers()
    whole = layers[0].extent()
    run([("full", lambda: (canvas.setExtent(whole.buffered(whole.width() * 0.05)), canvas.refresh())),
         ("full_dragged", lambda: drag(250, 120)),
         ("wheel_in", lambda: wheel(2)),
         ("wheel_in_dragged", lambda: drag(-300, 0)),
         ("25k", lambda: canvas.zoomScale(25000)),
         ("25k_dragged", lambda: drag(200, -150)),
         ("25k_dragged_again", lambda: drag(-350, 100)),
         ("wheel_out", lambda: wheel(-2))])


def import_done():
    return dock.importButton.isEnabled() and QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")


def imported_or_not():
    if not import_done():
        status.append("import: not done in 12 minutes")
        return finish()
    status.append("import_s={:.1f}".format(time.monotonic() - started))
    imported()


started = time.monotonic()
dock.importButton.click()
wait_for(import_done, imported_or_not, most=2880)  # as long as a country's import takes (up to 12 minutes)
