"""One ``tr()`` for every user-facing string of the plugin.

pylupdate5 files a plain ``tr("...")`` call under the ``@default`` context, so that is the
context we translate with at run time. Strings in ``.ui`` files carry their form's own context.
"""
from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("@default", text)
