"""The PostGIS store against a real PostgreSQL + PostGIS on loopback: the same data model and answers as
the GeoPackage store, bulk loading, one transaction per file, credentials through QGIS."""
import numpy as np
import psycopg2
import pytest
from qgis.core import QgsCredentials, QgsProviderRegistry, QgsVectorLayer

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.stores.postgis import store as pg
from clms_egms.core.egms.export import export_series_csv
from clms_egms.core.egms.stored_layer import stored_layer
from clms_egms.core.egms.importer import ImportCancelled
from clms_egms.core.egms.stores.geopackage.store import GeoPackage
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.core.errors import PluginError


def synthetic(folder, **kwargs):
    args = dict(level="L2b", release="2020-2024", n_points=400, n_dates=30, seed=1)
    args.update(kwargs)
    return write_egms(str(folder), **args)[0]


def rows(server, sql, *args):
    conn = psycopg2.connect(server.dsn(server.database))
    try:
        with conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall()
    finally:
        conn.close()


def test_import_writes_the_geopackage_data_model_and_reads_back_the_same_series(postgis, tmp_path):
    files = [synthetic(tmp_path / "a", n_points=1500, track=15, burst=1),
             synthetic(tmp_path / "b", n_points=1200, track=15, burst=2, seed=2, pid_prefix="B")]
    target = pg.PostGIS.from_connection(postgis.connection, "egms")
    result = import_egms(files, target)
    gpkg = import_egms(files, str(tmp_path / "same.gpkg"))
    assert result.layers == gpkg.layers == ["egms_l2b_2020_2024"]
    assert [f.points for f in result.files] == [f.points for f in gpkg.files]
    layer = result.layers[0]
    # the tables, the indexes that serve the analysis, the geometry type
    tables = {r[0] for r in rows(postgis, "SELECT tablename FROM pg_tables WHERE schemaname = 'egms'")}
    assert tables == {layer, layer + "_ts", "egms_sources"}
    indexes = " ".join(r[0] for r in rows(postgis, "SELECT indexdef FROM pg_indexes WHERE tablename = %s", layer))
    assert "USING gist (geom)" in indexes and "(mean_velocity)" in indexes and "(pid)" in indexes
    assert rows(postgis, "SELECT type, srid FROM geometry_columns WHERE f_table_name = %s", layer) == [("POINT", 3035)]
    # dates once per file
    sources = rows(postgis, "SELECT file_name, dates, n_points FROM egms.egms_sources ORDER BY id")
    assert [s[0] for s in sources] == [f.file_name for f in result.files]
    assert len(sources[0][1].split(",")) == 30
    # the same points, attributes and series as in the GeoPackage
    pg_values = target.column_values(layer, "mean_velocity")
    gpkg_values = GeoPackage(gpkg.target.path).column_values(layer, "mean_velocity")
    assert len(pg_values) == result.points and np.array_equal(np.sort(pg_values), np.sort(gpkg_values))
    # the style's spread, computed by the server as numpy computes it (and as the GeoPackage's SQLite does)
    spread = target.abs_percentile(layer, "mean_velocity", 98)
    assert spread == pytest.approx(np.percentile(np.abs(pg_values), 98), abs=1e-9)
    assert spread == pytest.approx(GeoPackage(gpkg.target.path).abs_percentile(layer, "mean_velocity", 98), abs=1e-9)
    pid = rows(postgis, "SELECT pid FROM egms.{} ORDER BY fid LIMIT 1 OFFSET 700".format(layer))[0][0]
    reader, gpkg_reader = target.series_reader(layer), gpkg.target.series_reader(layer)
    dates, mm = reader.series(pid)
    dates2, mm2 = gpkg_reader.series(pid)
    assert np.array_equal(dates, dates2) and np.array_equal(mm, mm2, equal_nan=True)
    with pytest.raises(KeyError):
        reader.series("no-such-pid")
    # many at once (one query), the same as one by one, on both stores; unknown pids left out
    some = [r[0] for r in rows(postgis, "SELECT pid FROM egms.{} ORDER BY fid DESC LIMIT 1200".format(layer))]
    for store_reader in (reader, gpkg_reader):
        many = store_reader.series_many(some + ["no-such-pid"])
        assert sorted(many) == sorted(some)
        for p in some[::97]:
            one = store_reader.series(p)
            assert np.array_equal(many[p][0], one[0]) and np.array_equal(many[p][1], one[1], equal_nan=True)
    # the points of a box (a map's view), through each store's spatial index: the points inside, and at most those
    # within a metre of its edges (the indexes keep float32 boxes), with their series
    x0, y0 = rows(postgis, "SELECT MIN(ST_X(geom)), MIN(ST_Y(geom)) FROM egms.{}".format(layer))[0]
    box = (x0 + 100.0, y0 + 100.0, x0 + 1100.0, y0 + 700.0)
    near = "SELECT pid FROM egms.{} WHERE ST_X(geom) BETWEEN %s AND %s AND ST_Y(geom) BETWEEN %s AND %s".format(layer)
    inside = {r[0] for r in rows(postgis, near, box[0], box[2], box[1], box[3])}
    edges = {r[0] for r in rows(postgis, near, box[0] - 1, box[2] + 1, box[1] - 1, box[3] + 1)}
    assert 0 < len(inside) < result.points
    for store_reader in (reader, gpkg_reader):
        found = {store_reader.pid_of(fid): data for fid, _source, data in store_reader.rows_in(box)}
        assert inside <= set(found) <= edges
        assert all(bytes(found[p]) == bytes(gpkg_reader.rows_of([p])[0][2]) for p in list(inside)[:50])
    # a profile's points: fid, the exact coordinates and the columns asked for, the layer's own filter applied
    exact = {r[0]: (r[1], r[2], r[3]) for r in rows(
        postgis, "SELECT pid, ST_X(geom), ST_Y(geom), mean_velocity FROM egms.{}".format(layer))}
    for store_reader in (reader, gpkg_reader):
        points = store_reader.points_in(box, ["pid", "mean_velocity"])
        assert inside <= {p[3] for p in points} <= edges
        assert all((x, y, v) == exact[pid] for _fid, x, y, pid, v in points)
        assert all(store_reader.pid_of(fid) == pid for fid, _x, _y, pid, _v in points[:50])
        middle = float(np.median([p[4] for p in points]))
        slow = store_reader.points_in(box, ["pid"], '"mean_velocity" < {}'.format(middle))
        assert {p[3] for p in slow} == {p[3] for p in points if p[4] < middle} and 0 < len(slow) < len(points)
        with pytest.raises(ValueError):
            store_reader.points_in(box, ["pid"], "1; DROP TABLE x")
    reader.close()
    gpkg_reader.close()
    # coordinates exactly as in the file
    x, y = rows(postgis, "SELECT ST_X(geom), ST_Y(geom) FROM egms.{} WHERE pid = %s".format(layer), pid)[0]
    gx, gy = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in QgsVectorLayer(
        gpkg.target.layer_uri(layer), "g", "ogr").getFeatures("\"pid\" = '{}'".format(pid))][0]
    assert (x, y) == (gx, gy)


def test_the_layer_opens_in_qgis_and_is_found_as_an_imported_dataset(postgis, tmp_path):
    target = pg.PostGIS.from_connection(postgis.connection)
    result = import_egms([synthetic(tmp_path, n_points=800)], target)
    layer = QgsVectorLayer(target.layer_uri(result.layers[0]), "pg", "postgres")
    assert layer.isValid(), layer.error().summary()
    assert layer.featureCount() == 800
    assert layer.crs().authid() == "EPSG:3035"
    assert "pid" in layer.fields().names() and not any(n.isdigit() for n in layer.fields().names())
    stored = stored_layer(layer)
    found, name = stored.store, stored.name
    assert name == result.layers[0] and found.schema == "public"
    feature = next(layer.getFeatures())
    dates, mm = found.series_reader(name).series(feature["pid"])
    assert len(dates) == 30 and np.isfinite(mm).sum() > 20
    out = tmp_path / "series.csv"
    written, n_rows, unknown = export_series_csv(stored, [feature["pid"], "nope"], str(out))
    assert (written, unknown) == (1, ["nope"]) and n_rows == out.read_text().count("\n") - 1


def test_duplicates_are_kept_once_and_a_reimport_is_a_noop_or_a_replacement(postgis, tmp_path):
    path = synthetic(tmp_path, n_points=600)
    target = pg.PostGIS.from_connection(postgis.connection)
    first = import_egms([path], target)
    again = import_egms([path], target)
    assert again.files[0].already_imported and again.points == 0
    replaced = import_egms([path], target, replace=True)
    assert replaced.files[0].points == 600
    layer = first.layers[0]
    assert rows(postgis, "SELECT count(*), count(DISTINCT pid) FROM {}".format(layer)) == [(600, 600)]
    assert rows(postgis, "SELECT count(*) FROM {}_ts".format(layer)) == [(600,)]
    # a second burst whose first 600 pids are those of the first file: kept once (the first file's)
    other = synthetic(tmp_path / "b", n_points=700, burst=2, seed=5)
    result = import_egms([other], target, chunk_rows=128)
    assert (result.files[0].points, result.files[0].duplicates) == (100, 600)
    assert rows(postgis, "SELECT count(*), count(DISTINCT pid) FROM {}".format(layer)) == [(700, 700)]
    assert rows(postgis, "SELECT count(*) FROM {}_ts".format(layer)) == [(700,)]
    assert rows(postgis, "SELECT count(*) FROM {} WHERE source_file LIKE '%%_0845_%%'".format(layer)) == [(600,)]


class CancelAt:
    def __init__(self, calls):
        self.calls = calls

    def isCanceled(self):  # noqa: N802 (QGIS API)
        self.calls -= 1
        return self.calls < 0

    def setProgress(self, value):  # noqa: N802 (QGIS API)
        pass


def test_one_transaction_per_file_a_cancel_rolls_back_only_the_file_being_imported(postgis, tmp_path):
    files = [synthetic(tmp_path / "a", n_points=1000, burst=1), synthetic(tmp_path / "b", n_points=1000, burst=2,
                                                                        seed=3, pid_prefix="B")]
    target = pg.PostGIS.from_connection(postgis.connection)
    # the first file in 4 chunks, then the second is cancelled after its first chunk
    with pytest.raises(ImportCancelled) as raised:
        import_egms(files, target, feedback=CancelAt(5), chunk_rows=250)
    assert "files imported before it stay" in str(raised.value)
    assert rows(postgis, "SELECT file_name, n_points FROM egms_sources") == [(files[0].split("/")[-1][:-4] + ".csv",
                                                                              1000)]
    assert rows(postgis, "SELECT count(*) FROM egms_l2b_2020_2024") == [(1000,)]
    assert rows(postgis, "SELECT count(*) FROM egms_l2b_2020_2024_ts") == [(1000,)]
    # cancelled in the very first file of a new layer: nothing of it is left, not even its tables
    with pytest.raises(ImportCancelled):
        import_egms([synthetic(tmp_path / "c", level="L3", component="U", n_points=900)], target,
                    feedback=CancelAt(2), chunk_rows=250)
    assert rows(postgis, "SELECT to_regclass('egms_l3_2020_2024_up') IS NULL")[0][0]
    # and the import goes on where it stopped
    result = import_egms(files, target)
    assert [f.already_imported for f in result.files] == [True, False] and result.files[1].points > 0


def test_credentials_from_an_authentication_configuration(postgis, auth_db, tmp_path):
    from qgis.core import QgsAuthMethodConfig, QgsDataSourceUri

    config = QgsAuthMethodConfig("Basic")
    config.setName("egms database")
    config.setConfig("username", postgis.user)
    config.setConfig("password", postgis.password)
    assert auth_db.storeAuthenticationConfig(config)[0]
    uri = QgsDataSourceUri()
    uri.setConnection(postgis.host, str(postgis.port), postgis.database, "", "", QgsDataSourceUri.SslMode.SslDisable,
                      config.id())
    target = pg.PostGIS(uri.uri(False), "shared")
    result = import_egms([synthetic(tmp_path, n_points=300)], target)
    assert result.points == 300
    layer_uri = target.layer_uri(result.layers[0])
    assert "authcfg=" + config.id() in layer_uri and postgis.password not in layer_uri
    assert postgis.password not in repr(target) and postgis.password not in result.summary()
    layer = QgsVectorLayer(layer_uri, "pg", "postgres")
    assert layer.isValid() and layer.featureCount() == 300


def test_clear_messages_for_a_wrong_password_no_server_no_postgis_and_unknown_connection(postgis, tmp_path):
    from qgis.core import QgsDataSourceUri

    path = synthetic(tmp_path, n_points=50)
    uri = QgsDataSourceUri()
    uri.setConnection(postgis.host, str(postgis.port), postgis.database, postgis.user, "wrong")
    with pytest.raises(PluginError, match="refused the user name or password"):
        import_egms([path], pg.PostGIS(uri.uri(False)))
    uri.setConnection(postgis.host, "1", postgis.database, postgis.user, postgis.password)
    with pytest.raises(PluginError, match="Cannot connect to"):
        import_egms([path], pg.PostGIS(uri.uri(False)))
    plain = postgis.create_database("plain_" + postgis.database[:40], postgis=False)
    uri.setConnection(postgis.host, str(postgis.port), plain, postgis.user, postgis.password)
    with pytest.raises(PluginError, match="CREATE EXTENSION postgis"):
        import_egms([path], pg.PostGIS(uri.uri(False)))
    with pytest.raises(PluginError, match="no saved PostgreSQL connection"):
        pg.PostGIS.from_connection("nowhere")
    assert postgis.connection in QgsProviderRegistry.instance().providerMetadata("postgres").connections(False)


class Credentials(QgsCredentials):
    """QGIS's credentials prompt, answered as a user would (QGIS desktop shows its dialog here)."""

    def __init__(self, user, password):
        super().__init__()
        self.answer = (user, password)
        self.ok = True
        self.asked = []
        self.setInstance(self)

    def request(self, realm, username, password, message=""):
        self.asked.append((realm, message))
        return self.ok, self.answer[0], self.answer[1]

    def requestMasterPassword(self, password, stored=False):  # noqa: N802 (QGIS API)
        return False, password


_KEEP = []  # QGIS keeps a pointer to the credentials instance for the rest of the session


def test_a_connection_without_a_saved_password_asks_through_qgis(postgis, tmp_path):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    postgis.save_connection("ask-me", postgis.database, password=False)
    try:
        prompt = Credentials(postgis.user, postgis.password)
        _KEEP.append(prompt)
        target = pg.PostGIS.from_connection("ask-me")
        assert len(prompt.asked) == 1 and "password" in prompt.asked[0][1]
        result = import_egms([synthetic(tmp_path, n_points=120)], target)
        uri_text = target.layer_uri(result.layers[0])
        assert postgis.password not in uri_text  # layers keep the connection's own form
        layer = QgsVectorLayer(uri_text, "pg", "postgres")  # QGIS's provider finds the cached answer
        assert layer.isValid() and layer.featureCount() == 120
        assert stored_layer(layer) is not None
        assert len(prompt.asked) == 1  # QGIS's credentials cache answered the rest
        # another database (another realm): a wrong password is asked again, then the user cancels
        postgis.save_connection("ask-me", postgis.create_database("other_" + postgis.database[:40]), password=False)
        prompt.answer = (postgis.user, "wrong")
        with pytest.raises(PluginError, match="refused the user name or password"):
            pg.PostGIS.from_connection("ask-me")
        assert len(prompt.asked) == 4
        prompt.ok = False  # cancelled: what the server said
        with pytest.raises(PluginError, match="refused the user name or password"):
            pg.PostGIS.from_connection("ask-me")
    finally:
        metadata.deleteConnection("ask-me")


def test_a_user_with_rights_in_one_existing_schema_only(postgis, tmp_path):
    admin = psycopg2.connect(postgis.dsn(postgis.database))
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute("CREATE ROLE analyst LOGIN PASSWORD 'analyst-pass'")
        cur.execute("CREATE SCHEMA shared AUTHORIZATION analyst")
    admin.close()
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    uri.setConnection(postgis.host, str(postgis.port), postgis.database, "analyst", "analyst-pass")
    path = synthetic(tmp_path, n_points=200)
    assert import_egms([path], pg.PostGIS(uri.uri(False), "shared")).points == 200
    with pytest.raises(PluginError, match="permission denied.*right to create tables in schema elsewhere"):
        import_egms([path], pg.PostGIS(uri.uri(False), "elsewhere"))
    # the failed start closed its connection (no session was handed back to close it)
    import time

    deadline = time.monotonic() + 10
    while rows(postgis, "SELECT count(*) FROM pg_stat_activity WHERE usename = 'analyst'") != [(0,)]:
        assert time.monotonic() < deadline, "the analyst's connection stayed open"
        time.sleep(0.1)


def test_a_large_layer_gets_the_geopackages_overview_made_again_when_a_file_is_merged(postgis, tmp_path,
                                                                                       monkeypatch):
    """The cells the server computes are the GeoPackage overview's, cell by cell (count and median per track),
    whether the layer is new or extended; a small layer has none; QGIS opens them as polygons."""
    from clms_egms.core.egms import overviews

    monkeypatch.setattr(overviews, "OVERVIEW_POINTS", 1000)  # "large": 1,000 points here
    target = pg.PostGIS.from_connection(postgis.connection, "egms")
    small = synthetic(tmp_path / "s", n_points=400, n_dates=12, track=15, burst=845, pid_prefix="S")
    layer = import_egms([small], target).layers[0]
    assert target.overview_of(layer) is None
    more = synthetic(tmp_path / "m", n_points=1500, n_dates=12, track=44, burst=846, seed=2, pid_prefix="M")
    import_egms([more], target)  # two tracks in the layer now, 1,900 points: large
    gpkg = str(tmp_path / "same.gpkg")
    import_egms([small, more], gpkg)
    assert target.overview_of(layer) == layer + "_overview"
    import sqlite3

    with sqlite3.connect(gpkg) as c:
        truth = sorted(c.execute("SELECT side, track, n, round(median_velocity, 3) FROM {}_overview".format(layer)))
    cells = sorted(rows(postgis, "SELECT side, track, n, round(median_velocity::numeric, 3)::float FROM "
                                 "egms.{}_overview".format(layer)))
    assert len(truth) > 100 and {c[1] for c in cells} == {15, 44}
    assert cells == truth
    assert rows(postgis, "SELECT type, srid FROM geometry_columns WHERE f_table_name = %s", layer + "_overview") == [
        ("POLYGON", 3035)]
    shown = QgsVectorLayer(target.layer_uri(layer + "_overview"), "cells", "postgres")
    assert shown.isValid() and shown.featureCount() == len(truth) and shown.geometryType() == 2  # polygons
    # every cell holds its points: a 400 m cell's square contains the points counted in it
    (square, n, track), = rows(postgis, "SELECT ST_AsText(geom), n, track FROM egms.{}_overview WHERE side = 400 "
                                        "ORDER BY n DESC LIMIT 1".format(layer))
    assert rows(postgis, "SELECT count(*) FROM egms.{} WHERE track = %s AND ST_Within(geom, ST_GeomFromText(%s, "
                         "3035))".format(layer), track, square) == [(n,)]
