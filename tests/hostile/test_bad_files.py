"""Hostile input: crafted and damaged EGMS files. A file is recorded as imported only when it was read to its
end and at least one row was accepted; one bad value never breaks a layer; memory stays bounded."""
import csv
import os
import resource
import sqlite3
import zipfile

import pytest

from clms_egms.core.egms import import_egms, parse_worker, read_series
from clms_egms.core.egms.csvparse import MAX_LINE
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.core.errors import PluginError

LAYER = "egms_l2b_2020_2024"


def synthetic_csv(folder, n_points=400, n_dates=40, seed=1, burst=845):
    return write_egms(str(folder), "L2b", "2020-2024", n_points, n_dates, seed=seed, burst=burst, pid_prefix="PQ"[
        burst % 2], as_zip=False)[0]


def rows_of(path):
    with open(path, newline="") as f:
        return list(csv.reader(f))


def write_rows(path, rows, bom=False):
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def stored(gpkg):
    if not os.path.exists(gpkg):
        return None
    with sqlite3.connect(gpkg) as c:
        points = c.execute('SELECT COUNT(*) FROM "{}"'.format(LAYER)).fetchone()[0]
        files = c.execute("SELECT COUNT(*) FROM egms_sources").fetchone()[0]
    return points, files


@pytest.mark.parametrize("worker", ["0", "1"])
def test_a_truncated_csv_is_refused_and_its_good_copy_imports_later(tmp_path, monkeypatch, worker):
    """The CSV cut at 60 % (mid-row): refused with a message, nothing recorded; the whole file then imports
    (it was not taken as 'already there'). With and without the parse worker (a file over 8 MB uses it)."""
    monkeypatch.setenv("CLMS_EGMS_PARSE_WORKER", worker)
    monkeypatch.setattr(parse_worker, "MIN_BYTES", 0)
    good = synthetic_csv(tmp_path / "good", n_points=3000)
    data = open(good, "rb").read()
    cut = tmp_path / "cut" / os.path.basename(good)
    cut.parent.mkdir()
    cut.write_bytes(data[:int(len(data) * 0.6)])
    assert not cut.read_bytes().endswith(b"\n")
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms([synthetic_csv(tmp_path / "other", n_points=100, seed=9, burst=846)], gpkg)  # data that must stay
    before = open(gpkg, "rb").read()
    with pytest.raises(PluginError, match="ends in the middle of a row.*cut short"):
        import_egms([str(cut)], gpkg)
    assert open(gpkg, "rb").read() == before
    result = import_egms([good], gpkg)
    assert result.files[0].points == 3000 and not result.files[0].already_imported


@pytest.mark.parametrize("cut_to", [b"1", b"1.", b"-12", b"-"])
def test_a_csv_cut_inside_its_last_value_is_refused_not_imported_wrong(tmp_path, cut_to):
    """",1.9" cut to ",1" kept the right number of values: the file imported with a wrong last value and was
    recorded, so its good copy was then skipped. EGMS writes every value with one decimal: a last value without it,
    on a last line without its line end, is a cut."""
    good = synthetic_csv(tmp_path / "good", n_points=50)
    data = open(good, "rb").read().rstrip(b"\n")
    head, _, last = data.rpartition(b",")
    cut = tmp_path / "cut" / os.path.basename(good)
    cut.parent.mkdir()
    cut.write_bytes(head + b"," + cut_to)
    gpkg = str(tmp_path / "egms.gpkg")
    with pytest.raises(PluginError, match="ends in the middle of a row.*cut short"):
        import_egms([str(cut)], gpkg)
    assert stored(gpkg) is None
    whole = tmp_path / "whole" / os.path.basename(good)  # the same line whole, still without its line end
    whole.parent.mkdir()
    whole.write_bytes(data)
    assert import_egms([str(whole)], gpkg).files[0].points == 50


def test_a_file_whose_rows_are_all_refused_is_not_recorded(tmp_path):
    path = synthetic_csv(tmp_path / "in")
    rows = rows_of(path)
    bad = tmp_path / "bad" / os.path.basename(path)
    bad.parent.mkdir()
    write_rows(bad, [rows[0]] + [[r[0], "x"] + r[2:] for r in rows[1:]])  # mp_type not a number in every row
    gpkg = str(tmp_path / "egms.gpkg")
    with pytest.raises(PluginError, match="None of the 400 rows.*non-numeric"):
        import_egms([str(bad)], gpkg)
    assert stored(gpkg) is None
    assert import_egms([path], gpkg).files[0].points == 400


def test_out_of_range_values_are_skipped_and_counted_and_the_layer_stays_whole(tmp_path):
    """Easting 1e308, a point in America, displacements of 1e308, 5e9 and -inf: each row skipped with its
    reason; the layer's extent is finite and QGIS reads it."""
    from qgis.core import QgsVectorLayer

    path = synthetic_csv(tmp_path / "in")
    rows = rows_of(path)
    header = rows[0]
    e, n, first_date = header.index("easting"), header.index("northing"), len(header) - 40
    rows[1][e] = "1e308"
    rows[2][e], rows[2][n] = "-9000000", "1000000"
    rows[3][first_date] = "1e308"
    rows[4][first_date + 5] = "5e9"
    rows[5][-1] = "-inf"
    rows[6][header.index("mean_velocity")] = "inf"
    crafted = tmp_path / "crafted" / os.path.basename(path)
    crafted.parent.mkdir()
    write_rows(crafted, rows)
    gpkg = str(tmp_path / "egms.gpkg")
    report = import_egms([str(crafted)], gpkg).files[0]
    assert report.points == 394
    assert report.skipped == {"coordinates outside Europe (EPSG:3035)": 2, "values out of range": 4}
    assert "1e+308" in report.examples["coordinates outside Europe (EPSG:3035)"]
    layer = QgsVectorLayer("{}|layername={}".format(gpkg, LAYER), "t", "ogr")
    assert layer.isValid() and layer.featureCount() == 394
    extent = layer.extent()
    assert all(abs(v) < 1e7 for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))
    assert len(read_series(gpkg, LAYER, rows[10][0])[1]) == 40


def test_a_date_header_that_is_no_date_refuses_the_file(tmp_path):
    path = synthetic_csv(tmp_path / "in")
    rows = rows_of(path)
    rows[0][-3] = "20201399"
    crafted = tmp_path / "crafted" / os.path.basename(path)
    crafted.parent.mkdir()
    write_rows(crafted, rows)
    with pytest.raises(PluginError, match="“20201399” is not a date"):
        import_egms([str(crafted)], str(tmp_path / "egms.gpkg"))
    assert not os.path.exists(tmp_path / "egms.gpkg")


def test_a_byte_order_mark_is_not_part_of_the_header(tmp_path):
    path = synthetic_csv(tmp_path / "in")
    with_bom = tmp_path / "bom" / os.path.basename(path)
    with_bom.parent.mkdir()
    write_rows(with_bom, rows_of(path), bom=True)
    assert with_bom.read_bytes()[:3] == b"\xef\xbb\xbf"
    assert import_egms([str(with_bom)], str(tmp_path / "egms.gpkg")).files[0].points == 400


def huge_line_zip(path, stem, header, line_bytes, in_header=False):
    """A zip of a few MB holding a CSV with one line of ``line_bytes`` characters and no newline."""
    block = b"1" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, z.open(stem + ".csv", "w", force_zip64=True) as out:
        if not in_header:
            out.write(header.encode() + b"\n")
        for _ in range(line_bytes // len(block)):
            out.write(block)
    return str(path)


@pytest.mark.parametrize("where", ["header", "row in QGIS's process", "row in the parse worker"])
def test_an_endless_line_is_refused_in_bounded_memory(tmp_path, monkeypatch, where):
    monkeypatch.setenv("CLMS_EGMS_PARSE_WORKER", "1" if where.endswith("worker") else "0")
    good = synthetic_csv(tmp_path / "in", n_points=10)
    header = open(good).readline().rstrip("\n")
    stem = os.path.splitext(os.path.basename(good))[0]
    path = huge_line_zip(tmp_path / (stem + ".zip"), stem, header, 512 << 20, in_header=where == "header")
    assert os.path.getsize(path) < 5 << 20
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(PluginError, match="a line longer than {} characters".format(MAX_LINE)):
        import_egms([path], str(tmp_path / "egms.gpkg"))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert grown_mb < 100
    assert not os.path.exists(tmp_path / "egms.gpkg")


def test_a_csv_that_is_not_utf8_text_or_ends_cleanly_without_a_newline(tmp_path):
    """A last row complete but without a final newline is a whole file (not truncated)."""
    path = synthetic_csv(tmp_path / "in")
    data = open(path, "rb").read().rstrip(b"\n")
    clean = tmp_path / "clean" / os.path.basename(path)
    clean.parent.mkdir()
    clean.write_bytes(data)
    assert import_egms([str(clean)], str(tmp_path / "egms.gpkg")).files[0].points == 400


def test_wrong_json_shapes_from_the_clms_give_a_message_naming_the_service(loopback):
    from clms_egms.core.clms.api import ClmsApi
    from clms_egms.core.network import Transport

    class Tokens:
        def token(self, feedback=None):
            return "t"

        def forget(self):
            pass

    api = ClmsApi(loopback.url, Transport(timeout_s=5), Tokens())
    for answer in ("[1, 2]", '"text"', "null", "5"):  # JSON, but not an object
        loopback.routes[("POST", "/api/@datarequest_post")] = lambda r, a=answer: (201, {}, a)
        loopback.routes[("GET", "/api/@datarequest_status_get")] = lambda r, a=answer: (200, {}, a)
        loopback.routes[("GET", "/api/@datarequest_search")] = lambda r, a=answer: (200, {}, a)
        for call in (lambda: api.submit([{"DatasetID": "x"}]), lambda: api.status("1"), lambda: api.requests()):
            with pytest.raises(PluginError, match="The CLMS service"):
                call()
    loopback.routes[("POST", "/api/@datarequest_post")] = lambda r: (201, {}, {"TaskIds": [{"TaskID": None}, 3]})
    with pytest.raises(PluginError, match="created no download request"):
        api.submit([{"DatasetID": "x"}])
    loopback.routes[("GET", "/api/@search")] = lambda r: (200, {}, {"items": [], "items_total": "many",
                                                                     "batching": "x"})
    page = api.search("x")
    assert page.total == 0 and page.next_url == ""


def test_wrong_json_shapes_from_the_egms_give_a_message_naming_the_service(loopback):
    from clms_egms.core.egms.api import EgmsApi
    from clms_egms.core.network import Transport

    api = EgmsApi(loopback.url, Transport(timeout_s=5), sleep=lambda s: None)
    for answer in ("[1]", {"hits": "none"}, {"hits": {}}, '"x"', "null", {"status": True}):
        loopback.routes[("POST", "/search")] = lambda r, a=answer: (200, {}, a)
        loopback.routes[("GET", "/releases")] = lambda r, a=answer: (200, {}, a)
        with pytest.raises(PluginError, match="The EGMS service"):
            api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0))
    loopback.routes[("GET", "/releases")] = lambda r: (200, {}, {"releases": 7})
    with pytest.raises(PluginError, match="The EGMS service"):
        api.releases()


def test_a_postgis_import_that_fails_on_a_file_says_which_files_were_kept(postgis, tmp_path):
    """PostGIS commits each file on its own: when the second file turns out cut short, the message names the
    first, which stays in the database (and the second left nothing)."""
    import psycopg2

    from clms_egms.core.egms.stores.postgis import store as pg

    first = synthetic_csv(tmp_path / "a", n_points=300, burst=846)
    good = synthetic_csv(tmp_path / "b", n_points=300)
    data = open(good, "rb").read()
    cut = tmp_path / "c" / os.path.basename(good)
    cut.parent.mkdir()
    cut.write_bytes(data[:len(data) // 2])
    target = pg.PostGIS.from_connection(postgis.connection, "egms")
    with pytest.raises(PluginError, match="cut short.*Imported before it and kept in .*: {}".format(
            os.path.basename(first))):
        import_egms([first, str(cut)], target)
    conn = psycopg2.connect(postgis.dsn(postgis.database))
    try:
        with conn.cursor() as cur:
            cur.execute('SELECT COUNT(*) FROM egms."{}"'.format(LAYER))
            assert cur.fetchone()[0] == 300
            cur.execute("SELECT COUNT(*) FROM egms.egms_sources")
            assert cur.fetchone()[0] == 1
    finally:
        conn.close()


def test_wrong_shapes_inside_a_catalogue_item_and_a_token_answer(loopback):
    """Fields of the wrong type inside a CLMS search item, and a token answer with odd fields, are read as far
    as they make sense, never as a raw AttributeError or ValueError."""
    from clms_egms.core.auth import TokenProvider, parse_service_key
    from clms_egms.core.clms.catalogue import parse_dataset
    from clms_egms.core.network import Transport
    from support.token_server import install_token_endpoint

    dataset = parse_dataset({"UID": "u", "title": "T", "dataset_download_information": {"items": ["x", 3, {
        "@id": "i", "name": "n", "full_format": "GeoTIFF"}]}, "downloadable_files": [None, "f", {"@id": "a"}],
        "mapviewer_layers": "nope", "download_limit_temporal_extent": "many"})
    assert [i.name for i in dataset.download_infos] == ["n"] and len(dataset.files) == 1

    key_text, _issued = install_token_endpoint(loopback)
    for answer, expected in (({"access_token": "t", "expires_in": "soon"}, None),
                             ({"access_token": 5}, "gave no access token"),
                             ({"message": {"odd": 1}}, "gave no access token"),
                             ([1, 2], "gave no access token")):
        loopback.routes[("POST", "/@@oauth2-token")] = lambda r, a=answer: (200, {}, a)
        tokens = TokenProvider(parse_service_key(key_text), Transport(timeout_s=5))
        if expected is None:
            assert tokens.token() == "t"
        else:
            with pytest.raises(PluginError, match=expected):
                tokens.token()


@pytest.fixture
def tiny_disk(tmp_path):
    """A file system of 1 MB (tmpfs; mounting needs root, as CI has), removed afterwards."""
    import subprocess

    folder = tmp_path / "tiny"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("a 1 MB file system cannot be mounted here (needs root): {}".format(done.stderr[:200]))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.mark.parametrize("free_kb", [500, 60, 4])
def test_a_full_disk_is_said_whatever_is_left(tmp_path, tiny_disk, free_kb):
    """With a few kB left, a new GeoPackage's first pages were cut short and the message read "file is not a
    database"; whatever is left, the disk is said full, and nothing is left behind."""
    (tiny_disk / "fill").write_bytes(b"\0" * ((1024 - free_kb) * 1024))
    path = synthetic_csv(tmp_path / "in", n_points=3000, n_dates=100)
    with pytest.raises(PluginError, match="The disk is full: .*egms.gpkg was not changed"):
        import_egms([path], str(tiny_disk / "egms.gpkg"))
    assert sorted(os.listdir(tiny_disk)) == ["fill"]
