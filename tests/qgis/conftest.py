"""What the tests that drive the plugin in QGIS share: the dock, made as the plugin makes it, and QGIS left as it
was found."""
import pytest

from clms_egms.ui.dock import Dock


@pytest.fixture
def dock(qgis_iface, qgis_new_project):
    """The plugin's dock on QGIS's main window, on a new project and an empty message bar. Afterwards it is
    unloaded, and the map canvas's CRS and extent and the active layer are given back as they were (a test that
    clicks through the dock changes them as a user would; the settings are given back for every test)."""
    canvas = qgis_iface.mapCanvas()
    crs, extent = canvas.mapSettings().destinationCrs(), canvas.extent()
    active = qgis_iface._active_layer_id  # pytest-qgis's iface keeps the active layer's id (None: no layer)
    qgis_iface.messageBar().clear_messages()
    made = Dock(qgis_iface, qgis_iface.mainWindow())
    yield made
    made.unload()
    made.deleteLater()
    canvas.setDestinationCrs(crs)
    canvas.setExtent(extent)
    qgis_iface._active_layer_id = active
