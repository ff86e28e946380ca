"""CLMS & EGMS for QGIS: entry point QGIS calls when it loads the plugin."""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Return the plugin instance for QGIS (called once per load)."""
    from .plugin import ClmsEgmsPlugin

    return ClmsEgmsPlugin(iface)
