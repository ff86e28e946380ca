"""Hostile input: two imports creating the same new GeoPackage never lose one another's data silently."""
import os
import sqlite3
import threading
import time

import pytest
from qgis.core import QgsFeedback

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.stores.geopackage import reader as gpkg_reader, store
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.core.errors import PluginError


def burst(folder, number, n_points=300):
    return write_egms(str(folder), "L2b", "2020-2024", n_points, 30, seed=number, burst=number,
                      pid_prefix="ABCDEFGH"[number % 8])[0]


def points(gpkg):
    with sqlite3.connect(gpkg) as c:
        return c.execute('SELECT COUNT(*) FROM "egms_l2b_2020_2024"').fetchone()[0]


def test_a_second_import_does_not_destroy_the_first_ones_new_geopackage(tmp_path):
    """The first import is paused mid-way (it holds its scratch file); the second, into the same new file,
    says another import is creating it and touches nothing; the first then lands whole."""
    first, second = burst(tmp_path, 1), burst(tmp_path, 2)
    gpkg = str(tmp_path / "new.gpkg")
    inside, release = threading.Event(), threading.Event()

    class Paused(QgsFeedback):
        def setProgress(self, value):
            super().setProgress(value)
            inside.set()
            release.wait(30)

    outcome = {}
    worker = threading.Thread(target=lambda: outcome.setdefault("first", import_egms(
        [first], gpkg, feedback=Paused(), chunk_rows=100)))
    worker.start()
    try:
        assert inside.wait(30)
        part_before = os.path.getsize(gpkg + ".part")
        with pytest.raises(PluginError, match="Another import is creating"):
            import_egms([second], gpkg)
        assert os.path.exists(gpkg + ".part") and os.path.getsize(gpkg + ".part") >= part_before
    finally:
        release.set()
        worker.join(60)
    assert outcome["first"].files[0].points == 300
    assert points(gpkg) == 300 and not os.path.exists(gpkg + ".part")
    import_egms([second], gpkg)  # afterwards the second goes in beside it
    assert points(gpkg) == 600


def test_a_scratch_file_left_by_an_import_that_died_is_taken_over(tmp_path):
    gpkg = str(tmp_path / "new.gpkg")
    with open(gpkg + ".part", "wb") as f:
        f.write(b"SQLite format 3\x00" + b"\x00" * 100)  # what a kill -9 early in an import leaves
    old = time.time() - store.STALE_S - 5
    os.utime(gpkg + ".part", (old, old))
    import_egms([burst(tmp_path, 3)], gpkg)
    assert points(gpkg) == 300 and not os.path.exists(gpkg + ".part")


def test_a_new_geopackage_is_never_moved_over_one_that_appeared_meanwhile(tmp_path):
    """Both imports created the file at once (the second began before the first's scratch existed): the one
    that finishes second keeps the first's file as it is and says so."""
    work, path = tmp_path / "new.gpkg.part", tmp_path / "new.gpkg"
    work.write_bytes(b"the second import's file")
    path.write_bytes(b"the first import's file")
    with pytest.raises(PluginError, match="created by another import while this one ran"):
        store._move_new(str(work), str(path))
    assert path.read_bytes() == b"the first import's file"


def test_many_imports_at_once_into_one_new_geopackage(tmp_path):
    """Four imports racing for one new file: each either lands or fails with a message; every one that
    reported success has its points in the final file, which is a GeoPackage."""
    files = [burst(tmp_path, n, 2000) for n in range(4)]
    gpkg = str(tmp_path / "race.gpkg")
    results, errors = {}, {}

    def run(n):
        try:
            results[n] = import_egms([files[n]], gpkg, chunk_rows=200)
        except PluginError as exc:
            errors[n] = str(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results, errors
    assert all("another import" in e.lower() for e in errors.values()), errors
    assert points(gpkg) == 2000 * len(results)
    assert not os.path.exists(gpkg + ".part")


KILLED_IMPORT = """
import sys, time
sys.path.insert(0, sys.argv[3])
from qgis.core import QgsApplication, QgsFeedback
app = QgsApplication([], False)
app.initQgis()
from clms_egms.core.egms import import_egms

class Stop(QgsFeedback):
    def setProgress(self, value):
        if value > 80:
            print("at 80 %", flush=True)
            time.sleep(600)

import_egms([sys.argv[1]], sys.argv[2], feedback=Stop(), chunk_rows=500)
"""


def test_an_import_killed_mid_write_leaves_the_file_readable_as_it_was(tmp_path):
    """kill -9 while an import writes into an existing GeoPackage (past SQLite's cache: a hot journal is left).
    The analysis's read-only readers roll the journal back and read the file as it was before."""
    import signal
    import subprocess
    import sys

    from support.paths import PLUGINS_DIR

    gpkg = str(tmp_path / "egms.gpkg")
    import_egms([burst(tmp_path, 1)], gpkg)
    big = write_egms(str(tmp_path / "big"), "L2b", "2020-2024", 60000, 100, seed=5, burst=2, pid_prefix="Z")[0]
    proc = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, big, gpkg, str(PLUGINS_DIR)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    try:
        assert proc.stdout.readline() == b"at 80 %\n"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert os.path.exists(gpkg + "-journal")
    values = gpkg_reader.column_values(gpkg, "egms_l2b_2020_2024", "mean_velocity")
    assert len(values) == 300
    reader = gpkg_reader.GeoPackageReader(gpkg, "egms_l2b_2020_2024")
    try:
        assert store.GeoPackage(gpkg).has_series("egms_l2b_2020_2024")
    finally:
        reader.close()
    import_egms([big], gpkg)  # and the import, run again, completes
    assert points(gpkg) == 60300


def test_a_read_while_an_import_writes_the_file_says_so_soon(tmp_path):
    """An import holding the GeoPackage (its cache spilled: SQLite's exclusive lock) made a plot wait 30 s and then
    raise a raw "database is locked"; now a read waits a moment (connection.READ_WAIT_S) and says why."""
    from clms_egms.core.egms import read_series
    from clms_egms.core.egms.stores.geopackage.connection import READ_WAIT_S

    path = write_egms(str(tmp_path / "in"), "L2b", "2020-2024", 30, 12, seed=3, as_zip=False)[0]
    gpkg = str(tmp_path / "egms.gpkg")
    import_egms([path], gpkg)
    with sqlite3.connect(gpkg) as conn:
        pid = conn.execute("SELECT pid FROM egms_l2b_2020_2024 LIMIT 1").fetchone()[0]
    gpkg_reader.close_readers()
    writer = sqlite3.connect(gpkg, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(PluginError, match="egms.gpkg is being written by an import: try again when it finishes"):
            read_series(gpkg, "egms_l2b_2020_2024", pid)
        assert time.monotonic() - started < READ_WAIT_S + 2
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    gpkg_reader.close_readers()
    dates, mm = read_series(gpkg, "egms_l2b_2020_2024", pid)  # once it is done, the read goes through
    assert len(dates) == 12
