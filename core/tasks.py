"""The plugin's one background-task pattern.

``Task(description, work, on_done=..., on_error=...)`` runs ``work(feedback)`` in a QgsTask:
``feedback`` is a :class:`QgsProcessingFeedback` whose progress (0-100) shows in QGIS's task manager,
whose ``isCanceled()`` turns true when the user cancels, and whose ``pushWarning(text)`` reaches the
GUI (signal ``warned``, on the main thread): the same kind of object Processing algorithms receive, so
core functions serve both. ``start(task, after=[other tasks])`` runs it once those have finished (and
cancels it with them). ``run()`` catches every exception; ``finished()`` runs on
the main thread and hands the result or the error to the callbacks (the UI turns those into
message-bar messages). Tasks are kept referenced until they finish, so Python never collects a
running task.
"""
import traceback

from qgis.core import QgsApplication, QgsProcessingFeedback, QgsTask, QgsTaskManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer, pyqtSignal

from .errors import PluginError
from .i18n import tr
from .log import log

_running = set()
_finishing = [0]  # how many Task.finished() calls are on the stack


class TaskFeedback(QgsProcessingFeedback):
    """Progress, cancel, and warnings for the user (``warned`` is emitted from the worker thread and
    delivered on the main thread to GUI receivers)."""

    warned = pyqtSignal(str)

    def __init__(self):
        super().__init__(False)  # our log already records what is pushed

    def pushWarning(self, text: str) -> None:  # noqa: N802 (QGIS API)
        super().pushWarning(text)
        self.warned.emit(text)


class Task(QgsTask):
    def __init__(self, description, work, on_done=None, on_error=None, on_cancel=None):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.work = work
        self.on_done = on_done
        self.on_error = on_error
        self.on_cancel = on_cancel
        self.feedback = TaskFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.result = None
        self.error = None

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:  # worker thread
        try:
            self.result = self.work(self.feedback)
            return not self.feedback.isCanceled()
        except Exception as exc:  # reported in finished(), on the main thread
            self.error = exc
            if not isinstance(exc, PluginError):
                log.error("%s failed:\n%s", self.description(), traceback.format_exc())
            return False

    def finished(self, ok: bool) -> None:  # main thread
        _running.discard(self)
        _finishing[0] += 1
        try:
            if ok:
                if self.on_done:
                    self.on_done(self.result)
            elif self.isCanceled() or self.feedback.isCanceled():
                log.info("%s: cancelled", self.description())
                if self.on_cancel:
                    self.on_cancel()
            elif self.on_error:
                self.on_error(self.error)
        except Exception:  # a callback must never take QGIS down
            log.error("%s: reporting the result failed:\n%s", self.description(), traceback.format_exc())
        finally:
            _finishing[0] -= 1


def user_message(error: BaseException) -> str:
    """The text to show the user for an exception raised by background work."""
    if isinstance(error, PluginError):
        return str(error)
    return tr("Unexpected error: {error}. Details are in the log (CLMS & EGMS tab).").format(error=error)


def start(task: "Task", after=()) -> "Task":
    """Queue ``task`` in QGIS's task manager and keep it alive until it finishes. ``after``: tasks already
    started that must finish first (if one of them is cancelled, so is this one).

    A task started from another one's finished() (a poll that fetches what is ready) is handed to the task
    manager from the event loop, once that one is cleaned up: added while QgsTaskManager still handles the
    finished task, its runnable can be taken back through the finished task's stale pointer when the allocator
    reuses the address, and it stays queued forever (qgis/QGIS#53806, fixed in QGIS by #67040; seen here as a
    download that never started)."""
    _running.add(task)
    if _finishing[0]:
        QTimer.singleShot(0, lambda: _add(task, after))
    else:
        _add(task, after)
    return task


def _add(task, after):
    if after:
        QgsApplication.taskManager().addTask(QgsTaskManager.TaskDefinition(task, list(after)))
        # addTask(task) hands the task to C++; through a TaskDefinition sip does not, and Python would
        # delete it when its last reference goes, while the task manager still cleans it up (a crash)
        sip.transferto(task, None)
    else:
        QgsApplication.taskManager().addTask(task)
