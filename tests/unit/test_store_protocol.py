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


def test_one_door_from_a_layer_to_its_series(tmp_path):
    """stored_layer() is the one place that says which store holds a QGIS layer's series: a layer of the import
    gets its store and name, any other layer None; nothing else in the plugin asks a store for a reader."""
    import os
    import re

    from qgis.core import QgsVectorLayer

    from clms_egms.core.egms import import_egms
    from clms_egms.core.egms.stored_layer import StoredLayer, stored_layer
    from clms_egms.core.egms.synthetic import write_egms

    csv = write_egms(str(tmp_path), level="L3", n_points=50, n_dates=20)[0]
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms([csv], gpkg)
    layer = QgsVectorLayer(gpkg + "|layername=egms_l3_u_2020_2024", "u", "ogr")
    found = stored_layer(layer)
    assert isinstance(found, StoredLayer) and found.name == "egms_l3_u_2020_2024"
    reader = found.reader()
    try:
        dates, mm = reader.series(next(layer.getFeatures())["pid"])
    finally:
        reader.close()
    assert len(dates) == len(mm) == 20 and len(found.column_values("mean_velocity")) == 50
    assert stored_layer(QgsVectorLayer("Point?field=pid:string", "plain", "memory")) is None
    assert stored_layer(None) is None
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    askers = []
    for folder in ("core", "ui", "algorithms", "expressions"):
        for path, _dirs, files in os.walk(os.path.join(root, folder)):
            for name in files:
                text = open(os.path.join(path, name), encoding="utf-8").read() if name.endswith(".py") else ""
                if re.search(r"\.series_reader\(", text) and "stores" not in path:
                    askers.append(os.path.relpath(os.path.join(path, name), root))
    assert askers == ["core/egms/stored_layer.py"]


def test_the_style_spread_is_computed_by_the_store_as_numpy_would(tmp_path):
    """The style limit's spread (98th percentile of |velocity|) comes from SQLite, not from every velocity in
    Python: the same value numpy gives on the whole column, NULLs left out."""
    import sqlite3

    import numpy as np

    from clms_egms.core.egms import import_egms
    from clms_egms.core.egms.stores.geopackage.store import GeoPackage
    from clms_egms.core.egms.style import nice_limit, stored_limit
    from clms_egms.core.egms.synthetic import write_egms

    csv = write_egms(str(tmp_path), level="L2b", n_points=1234, n_dates=12)[0]
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms([csv], gpkg)
    with sqlite3.connect(gpkg) as conn:  # GDAL's triggers call ST_ functions sqlite3 lacks: off for this edit
        from clms_egms.core import sql

        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(sql.statement("DROP TRIGGER {name}", name=name))
        conn.execute("UPDATE egms_l2b_2020_2024 SET mean_velocity = NULL WHERE fid % 10 = 0")
    store = GeoPackage(gpkg)
    values = store.column_values("egms_l2b_2020_2024", "mean_velocity")
    assert len(values) == 1234 and np.isnan(values).sum() == 123  # fids 10, 20, ..., 1230
    for q in (0, 50, 98, 100):
        expected = np.percentile(np.abs(values[np.isfinite(values)]), q)
        assert store.abs_percentile("egms_l2b_2020_2024", "mean_velocity", q) == pytest.approx(expected, abs=1e-9)
    assert stored_limit(store, "egms_l2b_2020_2024") == nice_limit(values)
    # a filtered layer's count, by SQLite on the plugin's own read-only connection (ui/filter_panel._count)
    assert store.count_where("egms_l2b_2020_2024", '"mean_velocity" <= -2 AND fid > 100') == int(
        ((values <= -2) & (np.arange(1, 1235) > 100)).sum())
