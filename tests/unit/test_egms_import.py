"""EGMS import into GeoPackage: real samples, every release's header, and bad input."""
import contextlib
import csv
import io
import os
import shutil
import sqlite3
import tempfile
import zipfile

import numpy as np
import pytest
from osgeo import ogr

from clms_egms.core.egms import import_egms, read_series
from clms_egms.core.egms.stores.geopackage import reader as gpkg_reader, store, writer
from clms_egms.core.egms.stores.geopackage import rtree as rtree_packer
from clms_egms.core.egms.stores.geopackage.rtree import pack_rtree
from clms_egms.core.egms.importer import ImportCancelled
from clms_egms.core.egms.series_codec import encode_series
from clms_egms.core.egms.stores.geopackage.reader import GeoPackageReader
from clms_egms.core.egms.stores.shared import decode_series
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.core.errors import PluginError

L2B_022 = "EGMS_L2b_022_0845_IW2_VV_2020_2024_1"
L2B_117 = "EGMS_L2b_117_0227_IW2_VV_2020_2024_1"
L3_U = "EGMS_L3_E45N17_100km_U_2020_2024_1"
L3_E = "EGMS_L3_E45N17_100km_E_2020_2024_1"


def csv_rows(zip_path, stem):
    """The sample's CSV text, row by row, as dicts (the ground truth)."""
    with zipfile.ZipFile(zip_path) as zf, zf.open(stem + ".csv") as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8"))
        header = next(reader)
        for row in reader:
            yield dict(zip(header, row))


def count(gpkg, table):
    with sqlite3.connect(gpkg) as c:
        return c.execute('SELECT COUNT(*) FROM "{}"'.format(table)).fetchone()[0]


@pytest.fixture(scope="module")
def real_gpkg(tmp_path_factory):
    from support.paths import SAMPLES_DIR

    if not SAMPLES_DIR.is_dir():
        pytest.skip("real EGMS samples not found at {} (CI has them)".format(SAMPLES_DIR))
    gpkg = str(tmp_path_factory.mktemp("real") / "egms.gpkg")
    result = import_egms([str(SAMPLES_DIR)], gpkg)
    return gpkg, result


def test_real_samples_counts(real_gpkg):
    gpkg, result = real_gpkg
    by_file = {f.file_name: f for f in result.files}
    assert by_file[L2B_022 + ".csv"].points == 11590
    assert by_file[L2B_117 + ".csv"].points == 11759
    assert by_file[L3_U + ".csv"].points == 522 and by_file[L3_E + ".csv"].points == 522
    assert result.layers == ["egms_l2b_2020_2024", "egms_l3_e_2020_2024", "egms_l3_u_2020_2024"]
    # the two bursts merge into one layer; L3 components stay apart
    assert count(gpkg, "egms_l2b_2020_2024") == 11590 + 11759
    assert count(gpkg, "egms_l2b_2020_2024_ts") == 11590 + 11759
    assert count(gpkg, "egms_l3_u_2020_2024") == 522
    with sqlite3.connect(gpkg) as c:
        dates = dict(c.execute("SELECT file_name, dates FROM egms_sources"))
        dirs = dict(c.execute("SELECT file_name, direction FROM egms_sources"))
        per_track = dict(c.execute("SELECT track, COUNT(*) FROM egms_l2b_2020_2024 GROUP BY track"))
    assert [len(dates[f + ".csv"].split(",")) for f in (L2B_022, L2B_117, L3_U)] == [210, 207, 304]
    assert dirs[L2B_022 + ".csv"] == "DESCENDING" and dirs[L2B_117 + ".csv"] == "ASCENDING"
    assert per_track == {22: 11590, 117: 11759}


@pytest.mark.parametrize("stem,layer,row_index", [
    (L2B_022, "egms_l2b_2020_2024", 0), (L2B_117, "egms_l2b_2020_2024", 5000), (L2B_117, "egms_l2b_2020_2024", 11758),
    (L3_U, "egms_l3_u_2020_2024", 300), (L3_E, "egms_l3_e_2020_2024", 521),
])
def test_real_values_equal_the_csv_text(real_gpkg, samples_dir, stem, layer, row_index):
    gpkg, _ = real_gpkg
    row = next(r for i, r in enumerate(csv_rows(samples_dir / (stem + ".zip"), stem)) if i == row_index)
    ds = ogr.Open(gpkg)
    lyr = ds.GetLayerByName(layer)
    lyr.SetAttributeFilter("pid = '{}'".format(row["pid"]))
    feature = lyr.GetNextFeature()
    assert feature is not None
    for column in ("mean_velocity", "mean_velocity_std", "acceleration", "seasonality", "height_ortho", "rmse_ts"):
        assert feature[column] == float(row[column]), column
    assert feature.GetGeometryRef().GetX() == float(row["easting"])
    assert feature.GetGeometryRef().GetY() == float(row["northing"])
    date_columns = [k for k in row if len(k) == 8 and k.isdigit()]
    dates, mm = read_series(gpkg, layer, row["pid"])
    assert [str(d).replace("-", "") for d in dates] == date_columns
    # exact: n/10 is the same double as the CSV's text parsed (the CSV's "-0.0" equals 0.0)
    np.testing.assert_array_equal(mm, [float(row[d]) for d in date_columns])
    assert lyr.GetSpatialRef().GetAuthorityCode(None) == "3035"
    if stem.startswith("EGMS_L2"):
        assert feature["latitude"] == float(row["latitude"]) and feature["mp_type"] == int(row["mp_type"])
        assert feature["gnss_velocity"] == float(row["gnss_velocity"])
        assert feature["source_file"] == stem + ".csv"


def test_real_layer_in_qgis(real_gpkg):
    from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    gpkg, _ = real_gpkg
    layer = QgsVectorLayer("{}|layername=egms_l2b_2020_2024".format(gpkg), "l2b", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:3035"
    assert layer.featureCount() == 23349
    names = layer.fields().names()
    assert not any(n.isdigit() for n in names), "no date columns in the attribute table"
    assert len(names) < 35
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(4598500, 1739700, 4598700, 1739800))
    assert sum(1 for _ in layer.getFeatures(request)) == 190


def test_imported_spatial_index_is_sound(real_gpkg):
    gpkg, _ = real_gpkg
    with sqlite3.connect(gpkg) as c:
        for layer in ("egms_l2b_2020_2024", "egms_l3_u_2020_2024"):
            assert c.execute("SELECT rtreecheck(?)", ("rtree_{}_geom".format(layer),)).fetchone()[0] == "ok"
            assert c.execute('SELECT COUNT(*) FROM "rtree_{}_geom"'.format(layer)).fetchone()[0] == count(gpkg, layer)


@pytest.mark.parametrize("way", ["in id order", "in id order, ids past 2^31", "a slice at a time", "rows",
                                 "while SQLite makes an index"])
@pytest.mark.parametrize("n", [1, 51, 52, 2601, 2602, 20000])
def test_packed_rtree_finds_every_point(n, way, monkeypatch):
    """A packed index answers window queries with every point inside (extra ones only within float32
    rounding of the window), passes SQLite's own check, and stays usable for later edits; its rowid table
    written through SQLite's JSON functions in id order (ids that do not fit the packed form as rows), or a slice
    of leaves at a time (beyond ROWIDS_IN_ORDER), or where this SQLite has no JSON functions as rows; or computed
    while another thread makes an index on the same connection, and written when it is done."""
    monkeypatch.setattr(rtree_packer, "has_json", lambda conn: way != "rows")
    if way == "a slice at a time":
        monkeypatch.setattr(rtree_packer, "ROWIDS_IN_ORDER", 0)
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    conn.execute("CREATE TABLE t (v REAL)")
    conn.executemany("INSERT INTO t VALUES (?)", [(float(v),) for v in range(5000)])
    rng = np.random.RandomState(n)
    x, y = 4598000 + rng.uniform(0, 5000, n), 1740000 + rng.uniform(0, 5000, n)
    ids = np.arange(1, n + 1) * 7 + (2 ** 31 if way.endswith("2^31") else 0)
    meanwhile = "CREATE INDEX t_v ON t (v)" if way.startswith("while") else None
    pack_rtree(conn, "r", ids, x, x, y, y, meanwhile=meanwhile)
    assert (conn.execute("SELECT name FROM sqlite_master WHERE name = 't_v'").fetchone() is not None) == bool(meanwhile)
    assert conn.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM r").fetchone()[0] == n
    for _ in range(100):
        x0, x1 = sorted(4598000 + rng.uniform(-100, 5100, 2))
        y0, y1 = sorted(1740000 + rng.uniform(-100, 5100, 2))
        got = {r[0] for r in conn.execute("SELECT id FROM r WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?",
                                          (x0, x1, y0, y1))}
        inside = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
        assert set(ids[inside].tolist()) <= got
        for i in got - set(ids[inside].tolist()):
            k = (i - int(ids[0]) + 7) // 7 - 1
            assert max(x0 - x[k], x[k] - x1, y0 - y[k], y[k] - y1) < 1.0  # float32 rounding at 4.6e6 m
    conn.execute("INSERT INTO r VALUES (1, 1, 2, 3, 4)")
    conn.execute("DELETE FROM r WHERE id = ?", (int(ids[-1]),))
    assert conn.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"


def test_a_failing_statement_meanwhile_writes_no_tree():
    """When the statement run meanwhile fails, its error is raised and nothing of the tree is written."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    x, y = np.linspace(4598000, 4599000, 3000), np.linspace(1740000, 1741000, 3000)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        pack_rtree(conn, "r", np.arange(1, 3001), x, x, y, y, meanwhile="CREATE INDEX i ON missing (v)")
    assert conn.execute("SELECT COUNT(*) FROM r_rowid").fetchone()[0] == 0
    assert conn.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"


@pytest.mark.parametrize("in_memory", [True, False])
def test_a_new_layers_rtree_either_way(tmp_path, monkeypatch, in_memory):
    """A new layer's R-tree is packed from its points sorted in memory (up to IN_MEMORY_POINTS) or sorted by SQLite
    (bounded memory at any size): the same sound index, extent and counts either way."""
    monkeypatch.setattr(writer, "IN_MEMORY_POINTS", 10 ** 9 if in_memory else 0)
    spills = []
    original = writer.tempfile.TemporaryFile
    monkeypatch.setattr(writer.tempfile, "TemporaryFile", lambda **kw: spills.append(kw) or original(**kw))
    gpkg, layer = str(tmp_path / "o.gpkg"), "egms_l2b_2020_2024"
    path = write_egms(str(tmp_path / "a"), "L2b", n_points=30000, n_dates=12, burst=845, pid_prefix="A")[0]
    import_egms([path], gpkg)
    assert len(spills) == (1 if in_memory else 0)  # sorted by SQLite: the points are not written aside
    with sqlite3.connect(gpkg) as c:
        assert c.execute("SELECT rtreecheck('rtree_{}_geom')".format(layer)).fetchone()[0] == "ok"
        assert c.execute("SELECT COUNT(*) FROM rtree_{}_geom".format(layer)).fetchone()[0] == 30000
        assert c.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?", (layer,)).fetchone() \
            == (30000,)
        extent = c.execute("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = ?",
                           (layer,)).fetchone()
        true = c.execute("SELECT MIN(easting), MAX(easting), MIN(northing), MAX(northing) FROM {}".format(
            layer)).fetchone()
        assert np.allclose(extent, true, atol=1.0)
        x0, x1, y0, y1 = true[0] + 500, true[0] + 900, true[2] + 300, true[2] + 800
        within = "SELECT COUNT(*) FROM {} WHERE easting BETWEEN ? AND ? AND northing BETWEEN ? AND ?".format(layer)
        inside = c.execute(within, (x0, x1, y0, y1)).fetchone()[0]
        near = c.execute(within, (x0 - 1, x1 + 1, y0 - 1, y1 + 1)).fetchone()[0]  # (float32 boxes: < 1 m off)
    ds = ogr.Open(gpkg)
    lyr = ds.GetLayerByName(layer)
    lyr.SetSpatialFilterRect(x0, y0, x1, y1)
    assert 0 < inside <= lyr.GetFeatureCount() <= near
    with sqlite3.connect(gpkg) as c:  # made meanwhile (in memory) or after the tree
        assert c.execute("SELECT sql FROM sqlite_master WHERE name = ?", (layer + "_velocity_idx",)).fetchone()[0] \
            .endswith("(mean_velocity)")


def test_row_block_is_the_list_of_its_rows():
    from clms_egms.core.egms.series_codec import RowBlock, joined_rows, split_widths

    rows = np.arange(24, dtype="<i2").reshape(4, 6)
    block = joined_rows(*split_widths(rows.astype(np.int32)))
    listed = [r.tobytes() for r in rows]
    assert isinstance(block, RowBlock) and block.size == 12 and len(block) == 4 and not block.wide
    assert block == listed and list(block) == listed and block[-1] == listed[3] and block[1:3] == listed[1:3]
    with pytest.raises(IndexError):
        block[4]  # noqa: B018
    wide = rows.astype(np.int32)
    wide[1, 0] = wide[2, 5] = 40000
    block = joined_rows(*split_widths(wide))
    assert block == [rows[0].tobytes(), wide[1].astype("<i4").tobytes(), wide[2].astype("<i4").tobytes(),
                     rows[3].tobytes()]
    assert sorted(block.wide) == [1, 2] and block.narrow_index().tolist() == [0, 3] and len(block) == 4


def test_series_written_as_one_block_are_those_written_row_by_row(tmp_path, monkeypatch):
    """A chunk's int16 series go to the series table in one statement (SQLite cuts the rows out of one block), its
    int32 ones bound: the table is the same, byte for byte, as when each row is bound on its own."""
    path = write_egms(str(tmp_path / "in"), "L2b", n_points=3000, n_dates=40, as_zip=False,
                      velocity_fn=lambda x, y: np.where(x < 4597998.5, -9000.0, -4.0))[0]

    def series_table(gpkg):
        import_egms([path], gpkg, chunk_rows=250)
        with sqlite3.connect(gpkg) as c:
            return c.execute("SELECT fid, source_id, data FROM egms_l2b_2020_2024_ts ORDER BY fid").fetchall()

    wide = []
    original = writer.GeoPackageWriter.write
    monkeypatch.setattr(writer.GeoPackageWriter, "write", lambda self, *a: wide.append(len(a[4].wide)) or
                        original(self, *a))
    as_blocks = series_table(str(tmp_path / "block.gpkg"))
    assert 0 in wide and max(wide) > 0  # chunks with int32 rows and without
    monkeypatch.setattr(writer, "RowBlock", type("NotABlock", (), {}))  # every chunk row by row
    assert series_table(str(tmp_path / "rows.gpkg")) == as_blocks
    assert len(as_blocks) == 3000 and {len(data) for _fid, _source, data in as_blocks} == {80, 160}


def test_series_encoding_round_trip():
    values = np.array([[0.0, -1.5, 3276.6, np.nan], [0.1, -4000.2, 12.3, 5000.0]])
    blobs = encode_series(values)
    assert len(blobs[0]) == 8 and len(blobs[1]) == 16  # int16 where it fits, int32 beyond
    np.testing.assert_array_equal(decode_series(blobs[0], 4), values[0])
    np.testing.assert_array_equal(decode_series(blobs[1], 4), values[1])


@pytest.mark.parametrize("level,release,component", [
    ("L2a", "2015-2021", None), ("L2b", "2018-2022", None), ("L2a", "2019-2023", None), ("L2b", "2020-2024", None),
    ("L3", "2018-2022", "U"), ("L3", "2020-2024", "E"),
])
def test_every_release_header(tmp_path, level, release, component):
    path, dates, truth = write_egms(str(tmp_path / "in"), level, release, n_points=300, n_dates=40,
                                    component=component or "U", seed=3)
    gpkg = str(tmp_path / "out.gpkg")
    result = import_egms([path], gpkg)
    layer = result.layers[0]
    assert result.points == 300
    ds = ogr.Open(gpkg)
    lyr = ds.GetLayerByName(layer)
    names = [lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(lyr.GetLayerDefn().GetFieldCount())]
    assert "height_ortho" in names and "rmse_ts" in names and "height" not in names and "rmse" not in names
    if level != "L3":
        assert "height_ellipse" in names
    assert ("cluster_label" in names) == (level == "L2a")
    feature = lyr.GetNextFeature()
    assert feature["height_ortho"] is not None and feature["rmse_ts"] is not None
    if release == "2020-2024" and level != "L3":
        assert feature["gnss_velocity"] == -1.6
    else:
        assert feature["gnss_velocity" if level != "L3" else "gnss_velocity_u"] is None or release == "2020-2024"
    got_dates, mm = read_series(gpkg, layer, feature["pid"])
    assert len(got_dates) == 40 and got_dates[0] == dates[0]


def synthetic(tmp_path, **kwargs):
    args = dict(level="L2b", release="2020-2024", n_points=400, n_dates=30, seed=1)
    args.update(kwargs)
    return write_egms(str(tmp_path / "in"), **args)[0]


def test_existing_geopackage_keeps_its_layers_and_reimport_is_a_noop(tmp_path):
    gpkg = str(tmp_path / "mine.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    mine = ds.CreateLayer("my_sites", geom_type=ogr.wkbPoint)
    mine.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    f = ogr.Feature(mine.GetLayerDefn())
    f["name"] = "borehole 7"
    f.SetGeometry(ogr.CreateGeometryFromWkt("POINT (1 2)"))
    mine.CreateFeature(f)
    del f, mine, ds  # close the dataset (a layer object keeps it open)
    path = synthetic(tmp_path)
    first = import_egms([path], gpkg)
    again = import_egms([path], gpkg)
    assert first.points == 400 and again.points == 0 and again.files[0].already_imported
    assert "already in egms_l2b_2020_2024" in again.summary()
    assert count(gpkg, "egms_l2b_2020_2024") == 400
    ds = ogr.Open(gpkg)
    assert ds.GetLayerByName("my_sites").GetFeatureCount() == 1
    assert ds.GetLayerByName("my_sites").GetNextFeature()["name"] == "borehole 7"
    del ds  # an open reading statement holds a lock
    replaced = import_egms([path], gpkg, replace=True)
    assert replaced.points == 400 and count(gpkg, "egms_l2b_2020_2024") == 400
    assert count(gpkg, "egms_sources") == 1


def test_duplicate_pids_are_kept_once(tmp_path):
    a = write_egms(str(tmp_path / "a"), "L2b", n_points=300, n_dates=20, burst=845, seed=1)[0]
    b = write_egms(str(tmp_path / "b"), "L2b", n_points=500, n_dates=20, burst=846, seed=2)[0]  # same pids 0..299
    result = import_egms([a, b], str(tmp_path / "o.gpkg"))
    assert [f.points for f in result.files] == [300, 200]
    assert result.files[1].duplicates == 300
    assert "300 already present under the same pid (kept once)" in result.summary()
    assert count(str(tmp_path / "o.gpkg"), "egms_l2b_2020_2024") == 500
    with sqlite3.connect(str(tmp_path / "o.gpkg")) as c:  # the new rows of the second file are indexed too
        assert c.execute("SELECT rtreecheck('rtree_egms_l2b_2020_2024_geom')").fetchone()[0] == "ok"
        assert c.execute("SELECT COUNT(*) FROM rtree_egms_l2b_2020_2024_geom").fetchone()[0] == 500
        # the first file's rows are kept, each with its series; the files' counts in egms_sources say what happened
        assert c.execute("SELECT COUNT(*) FROM egms_l2b_2020_2024_ts").fetchone()[0] == 500
        assert c.execute("SELECT COUNT(*) FROM egms_l2b_2020_2024 WHERE source_file = ?",
                         ("EGMS_L2b_022_0845_IW2_VV_2020_2024_1.csv",)).fetchone()[0] == 300
        assert c.execute("SELECT n_points, n_duplicates FROM egms_sources ORDER BY id").fetchall() == [(300, 0),
                                                                                                     (200, 300)]
        assert c.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = "
                         "'egms_l2b_2020_2024'").fetchone()[0] == 500
        indexes = {row[1]: row[2] for row in c.execute("PRAGMA index_list(egms_l2b_2020_2024)")}
    assert indexes["egms_l2b_2020_2024_pid_idx"] == 1 and not any("seen" in name for name in indexes)  # unique


def test_a_pid_twice_in_one_file_keeps_its_first_row_and_the_layer_refuses_it_later(tmp_path):
    """A new layer's pid index is made at the end of its import: a pid listed twice keeps its first row (with its
    own series), the second is counted as a duplicate, and a later import into the layer refuses the pid again."""
    folder = tmp_path / "a"
    csv = write_egms(str(folder), "L2b", n_points=50, n_dates=12, burst=845, seed=1, as_zip=False)[0]
    with open(csv, encoding="utf-8") as f:
        lines = f.read().splitlines(True)
    first = lines[1].split(",")
    twin = ",".join([first[0]] + first[1:-1] + ["9.9\n"])  # the pid of row 1 again, another last value
    with open(csv, "w", encoding="utf-8") as f:
        f.writelines(lines[:30] + [twin] + lines[30:])
    gpkg = str(tmp_path / "o.gpkg")
    result = import_egms([csv], gpkg)
    assert (result.files[0].points, result.files[0].duplicates) == (50, 1)
    with sqlite3.connect(gpkg) as c:
        assert c.execute("SELECT COUNT(*) FROM egms_l2b_2020_2024_ts").fetchone()[0] == 50
        assert c.execute("SELECT n_points, n_duplicates FROM egms_sources").fetchone() == (50, 1)
        assert c.execute("SELECT rtreecheck('rtree_egms_l2b_2020_2024_geom')").fetchone()[0] == "ok"
        assert c.execute("SELECT COUNT(*) FROM rtree_egms_l2b_2020_2024_geom").fetchone()[0] == 50
    dates, mm = read_series(gpkg, "egms_l2b_2020_2024", first[0])
    assert mm[-1] == pytest.approx(float(first[-1]))  # the first row's series, not the twin's 9.9
    again = write_egms(str(tmp_path / "b"), "L2b", n_points=60, n_dates=12, burst=846, seed=2)[0]  # pids 0..59
    later = import_egms([again], gpkg)
    assert (later.files[0].points, later.files[0].duplicates) == (10, 50)


def test_appending_to_a_layer_keeps_its_spatial_index(tmp_path):
    gpkg = str(tmp_path / "o.gpkg")
    import_egms([write_egms(str(tmp_path / "a"), "L2b", n_points=300, n_dates=20, burst=845, pid_prefix="A")[0]], gpkg)
    import_egms([write_egms(str(tmp_path / "b"), "L2b", n_points=200, n_dates=20, burst=846, pid_prefix="B",
                            origin=(4610000.0, 1750000.0))[0]], gpkg)
    with sqlite3.connect(gpkg) as c:
        assert c.execute("SELECT rtreecheck('rtree_egms_l2b_2020_2024_geom')").fetchone()[0] == "ok"
        assert c.execute("SELECT COUNT(*) FROM rtree_egms_l2b_2020_2024_geom").fetchone()[0] == 500
    ds = ogr.Open(gpkg)  # keep the dataset referenced while its layer is used
    lyr = ds.GetLayerByName("egms_l2b_2020_2024")
    lyr.SetSpatialFilterRect(4609990, 1749990, 4611000, 1751000)
    assert lyr.GetFeatureCount() == 200 and all(f["pid"].startswith("B") for f in lyr)
    assert lyr.GetExtent()[1] > 4610000  # the layer's extent grew with the new points


def test_a_geopackage_of_an_earlier_version_is_read_and_extended(tmp_path):
    """Layers imported before 0.4 keep their series by pid (``<layer>_ts`` with a pid column): they are read,
    extended by a new file, and re-imported, as before; a new layer keys its series by feature id."""
    gpkg, layer = str(tmp_path / "old.gpkg"), "egms_l2b_2020_2024"
    first, dates, _ = write_egms(str(tmp_path / "a"), "L2b", n_points=300, n_dates=20, burst=845, pid_prefix="A")
    import_egms([first], gpkg)
    with sqlite3.connect(gpkg) as c:
        assert [r[1] for r in c.execute('PRAGMA table_info("{}_ts")'.format(layer))] == ["fid", "source_id", "data"]
        expected = {pid: decode_series(data, 20) for pid, data in c.execute(
            'SELECT l.pid, t.data FROM "{0}" l JOIN "{0}_ts" t ON t.fid = l.fid'.format(layer))}
        c.executescript("""
            CREATE TABLE old_ts (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, pid TEXT NOT NULL UNIQUE,
                                 source_id INTEGER NOT NULL, data BLOB NOT NULL);
            INSERT INTO old_ts (pid, source_id, data) SELECT l.pid, t.source_id, t.data
                FROM "{0}" l JOIN "{0}_ts" t ON t.fid = l.fid ORDER BY l.fid;
            DROP TABLE "{0}_ts";
            ALTER TABLE old_ts RENAME TO "{0}_ts";""".format(layer))
    gpkg_reader.close_readers()
    assert all(np.array_equal(read_series(gpkg, layer, pid)[1], mm, equal_nan=True) for pid, mm in expected.items())
    second = write_egms(str(tmp_path / "b"), "L2b", n_points=200, n_dates=20, burst=846, pid_prefix="B",
                        origin=(4610000.0, 1750000.0))[0]
    assert import_egms([second], gpkg).points == 200
    assert import_egms([first], gpkg, replace=True).points == 300
    with sqlite3.connect(gpkg) as c:
        assert c.execute('SELECT COUNT(*) FROM "{0}" l JOIN "{0}_ts" t ON t.pid = l.pid'.format(layer)).fetchone() \
            == (500,)
        assert c.execute('SELECT COUNT(*) FROM "{}_ts"'.format(layer)).fetchone() == (500,)
        assert c.execute("SELECT rtreecheck('rtree_{}_geom')".format(layer)).fetchone()[0] == "ok"
        b_pid = c.execute('SELECT pid FROM "{}" WHERE pid LIKE \'B%\' LIMIT 1'.format(layer)).fetchone()[0]
    reader = GeoPackageReader(gpkg, layer)
    try:
        assert set(reader.series_many(list(expected))) == set(expected)
        assert len(reader.series(b_pid)[1]) == 20
        assert len(reader.rows_between(1, 10_000)) == 500
    finally:
        reader.close()


def test_edits_through_gdal_keep_index_and_counts(tmp_path):
    """After the import, QGIS/GDAL edits (move, delete, add) keep the spatial index and the count right."""
    gpkg = str(tmp_path / "e.gpkg")
    import_egms([write_egms(str(tmp_path / "a"), "L3", n_points=100, n_dates=10)[0]], gpkg)
    ds = ogr.Open(gpkg, 1)
    lyr = ds.GetLayerByName("egms_l3_u_2020_2024")
    moved = lyr.GetFeature(1)
    moved.SetGeometry(ogr.CreateGeometryFromWkt("POINT (4000000 2000000)"))
    lyr.SetFeature(moved)
    lyr.DeleteFeature(2)
    added = ogr.Feature(lyr.GetLayerDefn())
    added["pid"], added["easting"], added["northing"], added["mean_velocity"] = "NEW", 4100000, 2100000, -1.0
    added.SetGeometry(ogr.CreateGeometryFromWkt("POINT (4100000 2100000)"))
    lyr.CreateFeature(added)
    del moved, added, lyr, ds
    with sqlite3.connect(gpkg) as c:
        assert c.execute("SELECT rtreecheck('rtree_egms_l3_u_2020_2024_geom')").fetchone()[0] == "ok"
        assert c.execute("SELECT * FROM rtree_egms_l3_u_2020_2024_geom WHERE id = 1").fetchone()[1:3] == (4e6, 4e6)
        assert c.execute("SELECT COUNT(*) FROM rtree_egms_l3_u_2020_2024_geom WHERE id = 2").fetchone()[0] == 0
        assert c.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = "
                         "'egms_l3_u_2020_2024'").fetchone()[0] == 100
    ds = ogr.Open(gpkg)
    lyr = ds.GetLayerByName("egms_l3_u_2020_2024")
    lyr.SetSpatialFilterRect(3999999, 1999999, 4000001, 2000001)
    assert [f.GetFID() for f in lyr] == [1]


def test_clip_to_polygon(tmp_path):
    from qgis.core import QgsGeometry

    path = synthetic(tmp_path, n_points=900)  # a 30 x 30 grid, 20 m apart, from (4598000, 1740000)
    triangle = QgsGeometry.fromWkt("POLYGON((4597990 1739990, 4598300 1739990, 4597990 1740300, 4597990 1739990))")
    gpkg = str(tmp_path / "c.gpkg")
    result = import_egms([path], gpkg, clip_geometry=triangle)
    ds = ogr.Open(gpkg)
    lyr = ds.GetLayerByName("egms_l2b_2020_2024")
    inside = 0
    for f in lyr:
        assert triangle.contains(QgsGeometry.fromWkt(f.GetGeometryRef().ExportToWkt()))
        inside += 1
    assert 0 < inside < 900 and result.files[0].clipped == 900 - inside
    assert "outside the clip area" in result.summary()


def test_cancel_leaves_no_partial_layer(tmp_path):
    from qgis.core import QgsFeedback

    gpkg = str(tmp_path / "keep.gpkg")
    import_egms([synthetic(tmp_path, level="L3", n_points=100)], gpkg)
    before = open(gpkg, "rb").read()

    class CancelAfterFirstChunk(QgsFeedback):
        def setProgress(self, value):
            super().setProgress(value)
            self.cancel()

    with pytest.raises(ImportCancelled):
        import_egms([synthetic(tmp_path, n_points=2000)], gpkg, feedback=CancelAfterFirstChunk(), chunk_rows=500)
    assert open(gpkg, "rb").read() == before
    with pytest.raises(ImportCancelled):
        import_egms([synthetic(tmp_path, n_points=2000)], str(tmp_path / "new.gpkg"),
                    feedback=CancelAfterFirstChunk(), chunk_rows=500)
    assert not (tmp_path / "new.gpkg").exists() and not (tmp_path / "new.gpkg.part").exists()


def test_progress_reported(tmp_path):
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    import_egms([synthetic(tmp_path, n_points=3000)], str(tmp_path / "p.gpkg"), feedback=feedback, chunk_rows=500)
    assert len(seen) >= 6 and seen == sorted(seen) and seen[-1] <= 100


def test_streaming_chunks_are_bounded(tmp_path):
    from clms_egms.core.egms.reader import CsvReader, discover

    sources, _ = discover([synthetic(tmp_path, n_points=2500)])
    sizes = [len(chunk.pids) for chunk in CsvReader(sources[0], chunk_rows=1000)]
    assert sizes == [1000, 1000, 500]


# ---- bad input: a clear message naming the file, and the user's GeoPackage intact ----

@pytest.fixture
def existing(tmp_path):
    gpkg = str(tmp_path / "existing.gpkg")
    import_egms([write_egms(str(tmp_path / "base"), "L3", n_points=50, n_dates=10)[0]], gpkg)
    return gpkg, open(gpkg, "rb").read()


def assert_refused(inputs, gpkg_and_bytes, *fragments, **kwargs):
    gpkg, before = gpkg_and_bytes
    with pytest.raises(PluginError) as info:
        import_egms(inputs, gpkg, **kwargs)
    for fragment in fragments:
        assert fragment in str(info.value)
    assert open(gpkg, "rb").read() == before
    return str(info.value)


def test_corrupt_zip(tmp_path, existing):
    bad = tmp_path / "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert_refused([str(bad)], existing, bad.name, "damaged or incomplete")


def test_truncated_zip(tmp_path, existing):
    path = synthetic(tmp_path, n_points=3000, n_dates=60)
    data = open(path, "rb").read()
    cut = tmp_path / "cut"
    cut.mkdir()
    truncated = cut / os.path.basename(path)
    truncated.write_bytes(data[: len(data) // 2])
    assert_refused([str(truncated)], existing, truncated.name, "damaged or incomplete")


def test_truncated_member_inside_a_valid_zip(tmp_path, existing):
    """The archive's directory is fine but the compressed CSV stops half way (bad CRC/EOF)."""
    path = synthetic(tmp_path, n_points=3000, n_dates=60)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(os.path.basename(path)[:-4] + ".csv")
    data = bytearray(open(path, "rb").read())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle:middle + 64] = b"\x00" * 64
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / os.path.basename(path)).write_bytes(bytes(data))
    assert_refused([str(broken / os.path.basename(path))], existing, os.path.basename(path), "damaged or incomplete")


def test_csv_that_is_not_egms(tmp_path, existing):
    f = tmp_path / "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.csv"
    f.write_text("name,x,y\nwell,1,2\n")
    assert_refused([str(f)], existing, f.name, "is not an EGMS file")


def test_file_not_named_like_egms(tmp_path, existing):
    f = tmp_path / "my_points.csv"
    f.write_text("pid,easting,northing,mean_velocity,20200101\nA,1,2,3,4\n")
    assert_refused([str(f)], existing, "my_points.csv", "not named like an EGMS file")


def test_missing_required_columns(tmp_path, existing):
    f = tmp_path / "EGMS_L3_E50N20_100km_U_2020_2024_1.csv"
    f.write_text("pid,easting,height_ortho,20200103,20200109\nA,4597550,1.0,0.0,1.0\n")
    assert_refused([str(f)], existing, f.name, "lacks required columns", "northing", "mean_velocity")


def test_empty_file(tmp_path, existing):
    f = tmp_path / "EGMS_L3_E50N20_100km_U_2020_2024_1.csv"
    f.write_text("")
    assert_refused([str(f)], existing, f.name, "is empty")


def test_header_only(tmp_path, existing):
    f = tmp_path / "EGMS_L3_E50N20_100km_U_2020_2024_1.csv"
    f.write_text("pid,easting,northing,mean_velocity,20200103\n")
    assert_refused([str(f)], existing, f.name, "holds no data rows")


def test_mixed_releases(tmp_path, existing):
    a = write_egms(str(tmp_path / "a"), "L2b", "2019-2023", n_points=10, n_dates=5)[0]
    b = write_egms(str(tmp_path / "b"), "L2b", "2020-2024", n_points=10, n_dates=5)[0]
    message = assert_refused([a, b], existing, "different EGMS releases", "2019-2023", "2020-2024")
    assert os.path.basename(a) in message and os.path.basename(b) in message


def test_some_rows_bad(tmp_path):
    path = synthetic(tmp_path, n_points=100, n_dates=10, as_zip=False)
    lines = open(path).read().splitlines(True)
    parts = lines[5].split(",")
    parts[20] = "n/a"  # a velocity column of line 6
    lines[5] = ",".join(parts)
    lines[9] = ",".join(lines[9].split(",")[:-3]) + "\n"  # a row cut short
    open(path, "w").writelines(lines)
    gpkg = str(tmp_path / "rows.gpkg")
    result = import_egms([path], gpkg)
    report = result.files[0]
    assert report.points == 98
    assert report.skipped == {"non-numeric values": 1, "wrong number of values": 1}
    summary = result.summary()
    assert "1 rows skipped (non-numeric values; first: line 6: 'n/a' in column" in summary
    assert "1 rows skipped (wrong number of values; first: line 10" in summary
    assert count(gpkg, "egms_l2b_2020_2024") == 98


@contextlib.contextmanager
def unprivileged():
    """Root ignores file permissions: run the block as 'nobody' (effective uid) where we are root."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def shared_dir():
    """A folder every user may read (tmp_path is private to root's tests)."""
    folder = tempfile.mkdtemp(prefix="clms_egms_ro_")
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_read_only_destination(shared_dir):
    gpkg = os.path.join(shared_dir, "existing.gpkg")
    import_egms([write_egms(os.path.join(shared_dir, "a"), "L3", n_points=50, n_dates=10)[0]], gpkg)
    new_file = write_egms(os.path.join(shared_dir, "b"), "L2b", n_points=50, n_dates=10)[0]
    os.chmod(gpkg, 0o444)
    for folder in ("a", "b"):
        for name in os.listdir(os.path.join(shared_dir, folder)):
            os.chmod(os.path.join(shared_dir, folder, name), 0o644)
    before = open(gpkg, "rb").read()
    with unprivileged():
        assert_refused([new_file], (gpkg, before), "read-only", "existing.gpkg")


def test_read_only_folder_for_a_new_geopackage(shared_dir):
    new_file = write_egms(os.path.join(shared_dir, "b"), "L2b", n_points=50, n_dates=10)[0]
    os.chmod(new_file, 0o644)
    with unprivileged():
        with pytest.raises(PluginError) as info:
            import_egms([new_file], os.path.join(shared_dir, "new.gpkg"))
    assert "read-only" in str(info.value)
    assert not os.path.exists(os.path.join(shared_dir, "new.gpkg"))


def test_full_destination(tmp_path, existing, monkeypatch):
    """The disk fills up half way: SQLite reports SQLITE_FULL; nothing is half-written."""
    real_connect = store.connect

    def small_disk(path, **kwargs):
        conn = real_connect(path, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute("PRAGMA max_page_count = {}".format(pages + 20))
        return conn

    monkeypatch.setattr(store, "connect", small_disk)
    assert_refused([synthetic(tmp_path, n_points=3000, n_dates=100)], existing, "disk is full", "was not changed")
    new = tmp_path / "new.gpkg"
    with pytest.raises(PluginError):
        import_egms([synthetic(tmp_path, n_points=3000, n_dates=100)], str(new))
    assert not new.exists() and not (tmp_path / "new.gpkg.part").exists()


def test_destination_that_is_not_a_geopackage(tmp_path):
    target = tmp_path / "notes.gpkg"
    target.write_text("my notes")
    with pytest.raises(PluginError) as info:
        import_egms([synthetic(tmp_path)], str(target))
    assert "is not a GeoPackage" in str(info.value)
    assert target.read_text() == "my notes"


def test_series_reader_many_points(tmp_path):
    path, dates, truth = write_egms(str(tmp_path / "in"), "L3", n_points=200, n_dates=50, seed=9)
    gpkg = str(tmp_path / "s.gpkg")
    import_egms([path], gpkg)
    reader = GeoPackageReader(gpkg, "egms_l3_u_2020_2024")
    try:
        with sqlite3.connect(gpkg) as c:
            pids = [r[0] for r in c.execute("SELECT pid FROM egms_l3_u_2020_2024 ORDER BY fid")]
        for p in pids[:20]:
            d, mm = reader.series(p)
            assert len(d) == 50 and mm[0] == 0.0
        with pytest.raises(KeyError):
            reader.series("nope")
    finally:
        reader.close()
    shutil.rmtree(str(tmp_path / "in"))


def test_read_series_keeps_its_reader_and_sees_a_replaced_file(tmp_path, monkeypatch):
    """read_series in a loop opens the layer once (#20: a connection per call cost ten times the read); a GeoPackage
    replaced under the same name is read afresh, not from the old file's connection."""
    layer = "egms_l3_u_2020_2024"
    opened = []
    original = gpkg_reader.GeoPackageReader.__init__

    def counting(self, path, name):
        opened.append(name)
        original(self, path, name)

    monkeypatch.setattr(gpkg_reader.GeoPackageReader, "__init__", counting)
    gpkg = str(tmp_path / "s.gpkg")
    path, _dates, _truth = write_egms(str(tmp_path / "a"), "L3", n_points=50, n_dates=20, seed=1)
    import_egms([path], gpkg)
    with sqlite3.connect(gpkg) as c:
        pids = [r[0] for r in c.execute('SELECT pid FROM "{}" ORDER BY fid'.format(layer))]
    first = {p: read_series(gpkg, layer, p)[1] for p in pids}
    assert opened == [layer]
    with pytest.raises(KeyError):
        read_series(gpkg, layer, "nope")

    os.remove(gpkg)
    path, _dates, _truth = write_egms(str(tmp_path / "b"), "L3", n_points=50, n_dates=20, seed=2)
    import_egms([path], gpkg)
    again = read_series(gpkg, layer, pids[3])[1]
    assert len(opened) == 2
    assert not np.array_equal(again, first[pids[3]])
    gpkg_reader.close_readers()
    with pytest.raises(FileNotFoundError):
        read_series(str(tmp_path / "gone.gpkg"), layer, pids[0])


def test_a_failure_while_the_import_starts_leaves_no_half_made_geopackage(tmp_path, monkeypatch):
    def failing(conn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "ensure_core", failing)
    gpkg = tmp_path / "new.gpkg"
    with pytest.raises(PluginError, match="Could not write .*disk I/O error"):
        import_egms([synthetic(tmp_path, n_points=50)], str(gpkg))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # neither the GeoPackage nor its .part
