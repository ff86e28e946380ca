"""Python packages the plugin uses that QGIS does not ship on every platform: one check and one message for each.

PyJWT and cryptography are not needed (core/rs256.py signs with the standard library); numpy and GDAL come with
every QGIS. What is left is optional, for one part of the plugin each; without it the rest works."""
import importlib
from types import ModuleType

from .errors import PluginError
from .i18n import tr

# module -> the package to install (its name in Debian/Ubuntu and in OSGeo4W on Windows)
PACKAGES = {"matplotlib": "python3-matplotlib", "psycopg2": "python3-psycopg2"}


class MissingPackage(PluginError):
    """An optional package is not installed in this QGIS's Python; the message says what needs it and how to get
    it."""


def _purpose(module):
    return {"matplotlib": tr("The time-series plot"), "psycopg2": tr("PostGIS")}[module]


def require(module: str) -> ModuleType:
    """The imported ``module`` (a key of PACKAGES); MissingPackage saying what to install when it cannot be
    imported. A package that is there but broken is named too, with its error's kind."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        broken = getattr(exc, "name", None) not in (None, module)  # it is there, one of its own imports failed
        detail = " ({})".format(type(exc).__name__ + ": " + str(exc)[:120]) if broken else ""
        raise MissingPackage(tr(
            "{what} needs the Python package {module}{detail}, which this QGIS lacks. Install it for QGIS's "
            "Python (Debian/Ubuntu: {package}; Windows: {package} in the OSGeo4W installer) and restart QGIS."
        ).format(what=_purpose(module), module=module, detail=detail, package=PACKAGES[module])) from None
