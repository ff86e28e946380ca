"""The one place for the API that differs between the QGIS versions the plugin runs on: 3.22 (Qt5) to 3.44 LTR
and QGIS 4 (Qt6). Everything else is written once, in the fully scoped forms both Qt5 and Qt6 take."""
from qgis.core import Qgis, QgsField

# Field types: QVariant.Type up to QGIS 3.36 (QgsField takes nothing else there), QMetaType.Type from 3.38, the
# only one Qt6 has (PyQt6 has no QVariant.Type)
if Qgis.versionInt() >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _TYPES = {"double": QMetaType.Type.Double, "int": QMetaType.Type.Int, "string": QMetaType.Type.QString}
else:
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {"double": QVariant.Type.Double, "int": QVariant.Type.Int, "string": QVariant.Type.String}

DOUBLE, INT, STRING = "double", "int", "string"


def field(name, kind):
    """A QgsField called ``name`` of ``kind`` (DOUBLE, INT or STRING)."""
    return QgsField(name, _TYPES[kind])
