"""Messages to the user (message bar + log) and background work started from the GUI."""
from qgis.core import Qgis

from ..core import tasks
from ..core.i18n import tr
from ..core.log import log

TITLE = "CLMS & EGMS"
_LOG_LEVEL = {Qgis.MessageLevel.Info: log.info, Qgis.MessageLevel.Success: log.info,
              Qgis.MessageLevel.Warning: log.warning, Qgis.MessageLevel.Critical: log.error}


BAR_CHARS = 56  # characters QGIS's message bar shows beside its title and buttons with the browser and the dock
# open (about 380 px in a window 1600 px wide): it shows one line, and cuts a longer text in half


def notify(iface, text, level=Qgis.MessageLevel.Info, duration=6):
    """Show ``text`` in QGIS's message bar and write it to the plugin's log. The bar shows one line: a longer text
    shows its first sentence (or its start) there, and the whole behind the bar's "Show more" button."""
    _LOG_LEVEL.get(level, log.info)(text)
    text = text.strip()
    short = bar_text(text)
    if short != text:
        iface.messageBar().pushMessage(TITLE, short, showMore=text, level=level, duration=duration)
    else:
        iface.messageBar().pushMessage(TITLE, text, level, duration)


def bar_text(text):
    """What of ``text`` fits the message bar's one line: all of it, or its first sentences (its first line, its
    start cut at a word) followed by " …"."""
    first = text.partition("\n")[0].strip()
    if len(first) <= BAR_CHARS:
        return first if first == text else first + " …"
    for separators in ((". ", "! ", "? "), (": ", "; ")):
        ends = [first.rfind(sep, 0, BAR_CHARS - 1) for sep in separators]
        end = max(ends)
        if end >= 20:
            return first[:end + 1].rstrip() + " …"
    end = first.rfind(" ", 20, BAR_CHARS - 1)
    return first[:end if end > 0 else BAR_CHARS - 2].rstrip(" ,") + " …"


def run_in_background(iface, description, work, on_done=None, success_message=None, on_finished=None, after=(),
                      on_error=None):
    """Run ``work(feedback)`` as a QgsTask; errors go to the message bar, never a traceback dialog, and so do
    the warnings the work pushes (``feedback.pushWarning``). ``on_finished()`` runs after any outcome (done,
    failed or cancelled); ``on_error(error)`` after a failure, once it is reported; ``after``: tasks to wait
    for."""
    def finishing(report):
        def callback(*args):
            try:
                report(*args)
            finally:
                if on_finished:
                    on_finished()
        return callback

    @finishing
    def done(result):
        if success_message:
            notify(iface, success_message, Qgis.MessageLevel.Success)
        if on_done:
            on_done(result)

    @finishing
    def failed(error):
        notify(iface, tasks.user_message(error), Qgis.MessageLevel.Critical, duration=0)
        if on_error:
            on_error(error)

    @finishing
    def cancelled():
        notify(iface, tr("{task}: cancelled.").format(task=description), Qgis.MessageLevel.Warning)

    task = tasks.Task(description, work, on_done=done, on_error=failed, on_cancel=cancelled)
    task.feedback.warned.connect(lambda text: notify(iface, text, Qgis.MessageLevel.Warning, 8))
    return tasks.start(task, after)


def save_path(parent, title, default_name, filters):
    """Ask where to save: the dialog opens on ``default_name`` in the download folder; the chosen filter's
    extension ((label, ".ext") pairs) is added when the name typed has none of them. "" when cancelled."""
    import os

    from qgis.PyQt.QtWidgets import QFileDialog

    from ..core.settings import Settings

    start = os.path.join(Settings.load().download_folder, default_name)
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, ";;".join(label for label, _ext in filters))
    if not path:
        return ""
    extensions = [ext for _label, ext in filters]
    if not path.lower().endswith(tuple(extensions)):
        path += next((ext for label, ext in filters if label == chosen), extensions[0])
    return path
