"""Widgets: the dock, its panels, dialogs, map tools. Thin: the work is done in core/."""
import os

from qgis.PyQt import uic

UI_DIR = os.path.dirname(__file__)


def load_form(name):
    """The form class of ``ui/<name>.ui``, loaded at run time (no compiled resources)."""
    form, _base = uic.loadUiType(os.path.join(UI_DIR, name + ".ui"))
    return form


def remove_dock(iface, dock):
    """Take a dock widget out of QGIS's main window and delete it."""
    iface.removeDockWidget(dock)
    dock.setParent(None)
    dock.deleteLater()

