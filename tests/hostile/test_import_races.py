"""Hostile input: two imports creating the same new GeoPackage never lose one another's data silently."""
import os
import sqlite3
import threading
import time

import pytest
from qgis.core import QgsFeedback

from clms_egms.core.egms import import_egms, store
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
