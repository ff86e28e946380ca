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
    wait(lambda: bar.get_messages(Qgis.Critical))
    assert any("EGMS_L2b_x.zip is not a zip file" in m for m in bar.get_messages(Qgis.Critical))


def test_success_message_and_result(qgis_iface, wait):
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    results = []
    run_in_background(qgis_iface, "Search", lambda f: [1, 2, 3], on_done=results.append,
                      success_message="3 files found.")
    wait(lambda: results)
    assert results == [[1, 2, 3]]
    assert any("3 files found." in m for m in bar.get_messages(Qgis.Success))
