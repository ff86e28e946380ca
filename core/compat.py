"""The one place for the API that differs between the QGIS versions the plugin runs on: 3.22 (Qt5) to 3.44 LTR
and QGIS 4 (Qt6). Everything else is written once, in the fully scoped forms both Qt5 and Qt6 take."""
from qgis.core import (Qgis, QgsField, QgsPalLayerSettings, QgsTemporalNavigationObject, QgsUnitTypes,
                       QgsVectorLayerTemporalProperties)

# Field types: QVariant's up to QGIS 3.36 (QgsField takes nothing else there), QMetaType.Type from 3.38, the
# only one Qt6 has (PyQt6 has no QVariant.Type); QVariant.Double, not QVariant.Type.Double: the form QGIS's migration
# script writes (tools/check_qt6.py)
if Qgis.versionInt() >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _TYPES = {"double": QMetaType.Type.Double, "int": QMetaType.Type.Int, "string": QMetaType.Type.QString}
else:
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {"double": QVariant.Double, "int": QVariant.Int, "string": QVariant.String}

DOUBLE, INT, STRING = "double", "int", "string"


def field(name: str, kind: str) -> QgsField:
    """A QgsField called ``name`` of ``kind`` (DOUBLE, INT or STRING)."""
    return QgsField(name, _TYPES[kind])


def _enum(owner, name, member, fallback):
    """``owner.name.member`` where QGIS has it, else ``fallback()``. A member may be 0: looked up, never or-ed."""
    scoped = getattr(owner, name, None)
    return getattr(scoped, member) if scoped is not None and hasattr(scoped, member) else fallback()


# the temporal enums: Qgis's since QGIS 3.22 (vector modes) and 3.30 (navigation, units), their classes' own before
# redrawn at each frame, never filtered by time: what a layer styled by the frame's date needs (with a fixed range
# QGIS's map canvas keeps the layer's first image while the controller plays)
REDRAW_LAYER_ONLY = _enum(Qgis, "VectorTemporalMode", "RedrawLayerOnly",
                          lambda: QgsVectorLayerTemporalProperties.TemporalMode.ModeRedrawLayerOnly)
DAYS = _enum(Qgis, "TemporalUnit", "Days", lambda: QgsUnitTypes.TemporalUnit.TemporalDays)
ANIMATED = _enum(Qgis, "TemporalNavigationMode", "Animated",
                 lambda: QgsTemporalNavigationObject.NavigationMode.Animated)
# labels along a line: Qgis.LabelPlacement since QGIS 3.26, QgsPalLayerSettings.Placement before
LABEL_ALONG_LINE = _enum(Qgis, "LabelPlacement", "Line", lambda: QgsPalLayerSettings.Placement.Line)
NAVIGATION_OFF = _enum(Qgis, "TemporalNavigationMode", "NavigationOff",
                       lambda: QgsTemporalNavigationObject.NavigationMode.NavigationOff)
