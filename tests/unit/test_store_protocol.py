"""The store protocol (core/egms/stored.py) is what both stores offer: the importer and the analysis drive the
GeoPackage and PostGIS through it alone."""
import pytest

from clms_egms.core.egms import postgis, postgis_write, store, stored


def members(protocol):
    return {n for n in vars(protocol) if not n.startswith("_")} | set(getattr(protocol, "__annotations__", {}))


@pytest.mark.parametrize("protocol, classes", [
    (stored.Store, [store.GeoPackage, postgis.PostGIS]),
    (stored.Session, [store.GeoPackageSession, postgis_write.PostgisSession]),
    (stored.LayerWriting, [store.LayerWriter, postgis_write.LayerWriter]),
    (stored.SeriesReading, [store.SeriesReader, postgis.SeriesReader]),
])
def test_both_stores_offer_the_whole_protocol(protocol, classes):
    wanted = members(protocol)
    assert wanted
    for cls in classes:
        missing = [n for n in wanted if not hasattr(cls, n)]
        assert not missing, (cls.__name__, missing)
