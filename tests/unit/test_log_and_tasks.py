"""The one logger and the one background-task pattern."""
from qgis.core import QgsApplication

from clms_egms.core import tasks
from clms_egms.core.errors import PluginError
from clms_egms.core.log import TAB, log


def test_log_goes_to_the_plugin_tab():
    received = []

    def on_message(message, tag, level):
        received.append((message, tag))

    QgsApplication.messageLog().messageReceived.connect(on_message)
    try:
        log.warning("something %s", "odd")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(on_message)
    assert ("something odd", TAB) in received


def test_task_result_reaches_the_main_thread(wait):
    import threading

    seen = {}

    def work(feedback):
        seen["worker"] = threading.current_thread()
        feedback.setProgress(50)
        return 42

    def done(result):
        seen.update(result=result, done=threading.current_thread())

    task = tasks.start(tasks.Task("answer", work, on_done=done))
    wait(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["done"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    assert task.progress() == 100


def test_task_error_is_reported_not_raised(wait):
    errors = []

    def work(feedback):
        raise PluginError("The file x.zip is not an EGMS file.")

    tasks.start(tasks.Task("import", work, on_error=errors.append))
    wait(lambda: errors)
    assert tasks.user_message(errors[0]) == "The file x.zip is not an EGMS file."


def test_unexpected_error_gets_a_plain_message(wait):
    errors = []
    tasks.start(tasks.Task("boom", lambda f: 1 / 0, on_error=errors.append))
    wait(lambda: errors)
    assert isinstance(errors[0], ZeroDivisionError)
    assert "Unexpected error" in tasks.user_message(errors[0]) and "log" in tasks.user_message(errors[0])


def test_cancel_stops_work(wait):
    import time

    outcome = []

    def work(feedback):
        for _ in range(500):
            if feedback.isCanceled():
                return "stopped"
            time.sleep(0.01)
        return "ran to the end"

    task = tasks.start(tasks.Task("long", work, on_done=outcome.append, on_cancel=lambda: outcome.append("cancelled")))
    wait(lambda: task.status() == task.Running)
    task.cancel()
    wait(lambda: outcome)
    assert outcome == ["cancelled"]
