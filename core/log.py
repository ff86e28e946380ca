"""The plugin's one logger.

``log`` is a standard :mod:`logging` logger whose records go to the QGIS message log under the
plugin's own tab, so core code (which may run in QgsTask worker threads) logs the usual way and
the user finds everything in one place. QgsMessageLog is thread safe.
"""
import logging

from qgis.core import Qgis, QgsMessageLog

TAB = "CLMS & EGMS"

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.INFO, Qgis.MessageLevel.Info),
)


class QgisMessageLogHandler(logging.Handler):
    """Send log records to the QGIS message log panel (tab ``TAB``)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = self.format(record)
            level = next((q for py, q in _LEVELS if record.levelno >= py), Qgis.MessageLevel.Info)
            QgsMessageLog.logMessage(message, TAB, level, notifyUser=record.levelno >= logging.WARNING)
        except Exception:  # a logger must never raise into its caller
            self.handleError(record)


def _make_logger():
    logger = logging.getLogger("clms_egms")
    # by class name: a plugin reload re-creates the class, and must not add a second handler
    if not any(type(h).__name__ == "QgisMessageLogHandler" for h in logger.handlers):
        handler = QgisMessageLogHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


log = _make_logger()


def warn_user(feedback, text: str) -> None:
    """Log ``text`` and show it to the user where the work runs: the message bar for the plugin's tasks,
    the algorithm's log in Processing (both feedbacks have ``pushWarning``)."""
    log.warning(text)
    if feedback is not None and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(text)
