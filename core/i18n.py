"""One ``tr()`` for every user-facing string of the plugin.

pylupdate5 files a plain ``tr("...")`` call under the ``@default`` context, so that is the
context we translate with at run time. Strings in ``.ui`` files carry their form's own context.
"""
from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("@default", text)


def qgis_term(text: str) -> str:
    """A term of QGIS's own interface (e.g. the field type "Decimal number (real)"), in QGIS's words in the user's
    language: translated with QGIS's own translations, under the context QGIS files it in."""
    return QCoreApplication.translate("QObject", text)


DECIMAL_FIELD = "Decimal number (real)"  # QGIS's name for a GeoPackage field of decimals (3.22 to 3.44)
