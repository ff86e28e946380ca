"""What the GUI walk's steps share (tests/gui/walk.py runs inside QGIS's real desktop): the status file each step
writes "step=ok" or "step=FAIL: why" to, clicks and typing with QTest, waiting without blocking QGIS's event loop,
and the end of the walk (QGIS quits).

Environment: CLMS_EGMS_ROOT (the repository), CLMS_EGMS_SAMPLES (the real EGMS samples), CLMS_EGMS_WORK (a
scratch folder), CLMS_EGMS_GUI_STATUS (the status file)."""
import os
import time
import traceback

from qgis.core import QgsApplication, QgsRectangle
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

SAMPLES = os.environ["CLMS_EGMS_SAMPLES"]
WORK = os.environ["CLMS_EGMS_WORK"]
STATUS = os.environ["CLMS_EGMS_GUI_STATUS"]
started = time.monotonic()
lines = []


def say(step, ok, why=""):
    lines.append("{}={}".format(step, "ok" if ok else "FAIL: " + why))
    with open(STATUS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def click(widget):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(line_edit, text):
    line_edit.clear()
    QTest.keyClicks(line_edit, text)


def later(then, ms=300):
    QTimer.singleShot(ms, lambda: guarded(then))


def wait_for(predicate, then, timeout=120, step="wait"):
    deadline = time.monotonic() + timeout

    def check():
        try:
            done = predicate()
        except Exception:  # noqa: BLE001 (reported as the step's failure)
            done = False
        if done:
            later(then, 200)
        elif time.monotonic() > deadline:
            say(step, False, "timed out")
            finish()
        else:
            QTimer.singleShot(250, check)
    QTimer.singleShot(250, check)


def guarded(step):
    try:
        step()
    except Exception:  # noqa: BLE001 (any failure ends the walk, said in the status)
        say(getattr(step, "__name__", "step"), False, traceback.format_exc().strip().splitlines()[-1])
        finish()


def finish():
    lines.append("seconds={:.0f}".format(time.monotonic() - started))
    with open(STATUS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\nend\n")
    QTimer.singleShot(500, lambda: QgsApplication.instance().exit(0))


def in_modal(act):
    """Run ``act(dialog)`` on the modal dialog once it is open (exec() blocks this chain meanwhile)."""
    def look(tries=0):
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries < 40:
            QTimer.singleShot(100, lambda: look(tries + 1))
        elif dialog is not None:
            guarded(lambda: act(dialog))
    QTimer.singleShot(100, look)


def map_click(point):
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsRectangle(point.x() - 40, point.y() - 40, point.x() + 40, point.y() + 40))
    canvas.refresh()
    pixel = canvas.getCoordinateTransform().transform(point)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(round(pixel.x())), int(round(pixel.y()))))
