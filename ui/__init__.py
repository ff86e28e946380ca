"""Widgets: the dock, its panels, dialogs, map tools. Thin: the work is done in core/."""
import os

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt import uic

from ..core.i18n import tr

UI_DIR = os.path.dirname(__file__)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def load_form(name):
    """The form class of ``ui/<name>.ui``, loaded at run time (no compiled resources)."""
    form, _base = uic.loadUiType(os.path.join(UI_DIR, name + ".ui"))
    return form


def remove_dock(iface, dock):
    """Take a dock widget out of QGIS's main window and delete it."""
    iface.removeDockWidget(dock)
    dock.setParent(None)
    dock.deleteLater()



def set_up_area_widget(widget, canvas):
    """An extent widget for choosing an area: the map view unless the user draws a rectangle on the map or
    takes a layer's extent; its output in EPSG:4326."""
    widget.setMapCanvas(canvas)
    widget.setOutputCrs(WGS84)
    widget.setNullValueAllowed(True, tr("Current map view"))
    widget.clear()


def chosen_area(widget, canvas):
    """The area chosen in ``widget`` (else the map view) as a QgsRectangle in degrees, within the world."""
    if widget.isValid():
        rect = widget.outputExtent()
    else:
        transform = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), WGS84, QgsProject.instance())
        rect = transform.transformBoundingBox(canvas.extent())
    return rect if rect.isEmpty() else rect.intersect(QgsRectangle(-180, -90, 180, 90))
