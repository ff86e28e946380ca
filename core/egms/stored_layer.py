"""The one door from a QGIS layer to the series the EGMS import stored with it.

``stored_layer(layer)`` says which store holds a layer made by the import (a GeoPackage or a PostGIS schema) and
under which name, as a ``StoredLayer``; ``None`` for any other layer (a plain EGMS layer's series are its date
fields: series.LayerSeries reads both). The plot, the expression functions' cache, the animation, the style,
Processing and the plugin's unload all come through here."""
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .overviews import points_of
from .stores.protocol import SeriesReading, Store


@dataclass(frozen=True)
class StoredLayer:
    """A layer of the EGMS import: the ``store`` holding it and its ``name`` there."""
    store: Store
    name: str

    def reader(self) -> SeriesReading:
        """A series reader of the layer (one connection: close it when done)."""
        return self.store.series_reader(self.name)

    def column_values(self, column: str) -> np.ndarray:
        """One numeric column of the layer, whole (styling, statistics)."""
        return self.store.column_values(self.name, column)


def stored_layer(layer) -> Optional[StoredLayer]:
    """Where the EGMS import stored ``layer``'s series, or None when it holds none."""
    if layer is None or not hasattr(layer, "providerType"):
        return None
    if layer.providerType() == "postgres":
        from .stores.postgis.store import PostGIS

        found = PostGIS.of_layer(layer)
        return StoredLayer(*found) if found else None
    found = geopackage_table(layer)
    if found is None:
        return None
    target, name = found
    return StoredLayer(target, name) if target.has_series(name) else None


def geopackage_table(layer) -> Optional[tuple]:
    """(geopackage.store.GeoPackage, table name) of a QGIS ogr layer of one table of a file, else None."""
    from qgis.core import QgsProviderRegistry

    from .stores.geopackage.store import GeoPackage

    if layer is None or not hasattr(layer, "providerType") or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, name = parts.get("path"), parts.get("layerName")
    return (GeoPackage(path), name) if path and name else None


def table_of(layer) -> Optional[tuple]:
    """(store, table name) of a QGIS layer of a GeoPackage's table or a PostGIS table, else None; nothing is
    connected to (a PostGIS store made from the layer's source tells layers apart by their URIs)."""
    if layer is None or not hasattr(layer, "providerType"):
        return None
    if layer.providerType() == "postgres":
        from .stores.postgis.store import PostGIS

        return PostGIS.table_of(layer)
    return geopackage_table(layer)


def overview_points(layer) -> Optional[tuple]:
    """(store, name of the points' layer) of a large layer's overview (``<layer>_overview`` in either store, with
    its cells' ``side``), else None."""
    found = table_of(layer)
    if found is None or "side" not in layer.fields().names():
        return None
    name = points_of(found[1])
    return (found[0], name) if name else None


def close_readers() -> None:
    """Close the readers kept open between reads (the plugin's unload; before a file is deleted on Windows)."""
    from .stores.geopackage.reader import close_readers as close_kept

    close_kept()


def ids_are_fids(layer) -> bool:
    """Whether QGIS's feature ids of an imported layer are its store's fids: always in a GeoPackage; in PostGIS
    when the layer is keyed by fid (keyed by another column, QGIS numbers the features itself)."""
    return layer.providerType() != "postgres" or _key_column(layer).keyColumn() == "fid"


def _key_column(layer):
    from qgis.core import QgsDataSourceUri

    return QgsDataSourceUri(layer.source()).keyColumn()
