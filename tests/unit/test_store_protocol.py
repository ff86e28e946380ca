"""The store protocol (core/egms/stores/protocol.py) is what both stores offer: the importer and the analysis drive
the GeoPackage and PostGIS through it alone. Each backend has the same files: store, writer, reader."""
import pytest

from clms_egms.core.egms.stores import protocol
from clms_egms.core.egms.stores.geopackage import reader as gpkg_reader, store as gpkg_store, writer as gpkg_writer
from clms_egms.core.egms.stores.postgis import reader as pg_reader, store as pg_store, writer as pg_writer


def members(protocol):
    return {n for n in vars(protocol) if not n.startswith("_")} | set(getattr(protocol, "__annotations__", {}))


@pytest.mark.parametrize("protocol, classes", [
    (protocol.Store, [gpkg_store.GeoPackage, pg_store.PostGIS]),
    (protocol.Session, [gpkg_store.GeoPackageSession, pg_store.PostgisSession]),
    (protocol.LayerWriting, [gpkg_writer.GeoPackageWriter, pg_writer.PostgisWriter]),
    (protocol.SeriesReading, [gpkg_reader.GeoPackageReader, pg_reader.PostgisReader]),
])
def test_both_stores_offer_the_whole_protocol(protocol, classes):
    wanted = members(protocol)
    assert wanted
    for cls in classes:
        missing = [n for n in wanted if not hasattr(cls, n)]
        assert not missing, (cls.__name__, missing)
