"""Background work started from the GUI reports to the message bar, never with a traceback dialog."""
from qgis.core import Qgis

from clms_egms.core.errors import PluginError
from clms_egms.ui.messages import run_in_background


def test_error_goes_to_the_message_bar(qgis_iface, wait):
    bar = qgis_iface.messageBar()
    bar.clear_messages()

    def work(feedback):
        raise PluginError("EGMS_L2b_x.zip is not a zip file (it may be truncated).")

    run_in_background(qgis_iface, "Import", work)
    wait(lambda: bar.get_messages(Qgis.MessageLevel.Critical))
    assert any("EGMS_L2b_x.zip is not a zip file" in m for m in bar.get_messages(Qgis.MessageLevel.Critical))


def test_success_message_and_result(qgis_iface, wait):
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    results = []
    run_in_background(qgis_iface, "Search", lambda f: [1, 2, 3], on_done=results.append,
                      success_message="3 files found.")
    wait(lambda: results)
    assert results == [[1, 2, 3]]
    assert any("3 files found." in m for m in bar.get_messages(Qgis.MessageLevel.Success))


def test_warnings_pushed_by_the_work_reach_the_message_bar(qgis_iface, wait):
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    results = []

    def work(feedback):
        feedback.pushWarning("The EGMS service is busy (too many requests): x.zip is tried again in 2 s.")
        return "ok"

    run_in_background(qgis_iface, "Download", work, on_done=results.append)
    wait(lambda: results)
    assert any("tried again in 2 s" in m for m in bar.get_messages(Qgis.MessageLevel.Warning))


def test_tasks_after_others_run_in_order_and_are_cancelled_with_them(qgis_iface, wait):
    import threading
    import time

    order, cancelled = [], []
    release = threading.Event()

    def first(feedback):
        while not release.is_set() and not feedback.isCanceled():
            time.sleep(0.01)
        order.append("first")

    a = run_in_background(qgis_iface, "a", first)
    run_in_background(qgis_iface, "b", lambda f: order.append("second"), after=[a])
    wait(lambda: a.status() == a.Running)
    time.sleep(0.2)
    assert order == []  # b waits for a
    release.set()
    wait(lambda: order == ["first", "second"])
    release.clear()  # before c starts: set, c could finish at once and let d run (seen on a loaded machine)
    c = run_in_background(qgis_iface, "c", first)
    run_in_background(qgis_iface, "d", lambda f: order.append("never"),
                          on_finished=lambda: cancelled.append("d"), after=[c])
    wait(lambda: c.status() == c.Running)
    c.cancel()
    wait(lambda: cancelled == ["d"])
    assert "never" not in order


def test_a_task_started_when_another_finishes_is_handed_over_once_that_one_is_cleaned_up(qgis_iface, wait):
    """A poll that fetches what is ready starts its download from the poll task's finished(): added while QGIS's
    task manager still handles the finished task, the new task could stay queued forever (qgis/QGIS#53806). It is
    added from the event loop, and a chain of such tasks all run."""
    from qgis.core import QgsApplication

    manager, seen, ran = QgsApplication.taskManager(), [], []

    def chain(n):
        def done(_result):
            if n < 20:
                task = chain(n + 1)
                seen.append(task in manager.tasks())  # not in the task manager yet, from inside finished()
        return run_in_background(qgis_iface, "step {}".format(n), lambda f: ran.append(n), on_done=done)

    chain(0)
    wait(lambda: len(ran) == 21, timeout=20)
    assert seen == [False] * 20 and ran == list(range(21))


def test_a_message_of_several_lines_shows_its_first_and_the_rest_behind_more():
    """The message bar shows one line: the rest of a longer message is behind its "Show more" button, in QGIS's real
    message bar (not the test stand-in)."""
    from qgis.gui import QgsMessageBar

    from clms_egms.ui.messages import notify

    class Iface:
        bar = QgsMessageBar()

        def messageBar(self):  # noqa: N802 (QGIS API)
            return self.bar

    iface = Iface()
    notify(iface, "Import stopped.\nEGMS_L2b_x.csv: line 7 has 3 fields, 280 expected.", Qgis.MessageLevel.Warning)
    item = iface.bar.currentItem()
    assert item.text() == "Import stopped. …"
    from qgis.PyQt.QtWidgets import QAbstractButton

    assert any(b.text() == "Show more" for b in item.findChildren(QAbstractButton))  # the rest is behind it
