"""The parse worker (parse_worker.py under QGIS's Python) gives exactly what parsing in-process gives."""
import os
import sqlite3

import pytest

from clms_egms.core.egms import import_egms, parse_worker, read_series, reader
from clms_egms.core.egms.importer import ImportCancelled
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.core.errors import PluginError


@pytest.fixture
def worker_runs(monkeypatch):
    """Use the worker whatever the file size; record the worker processes started (whether it really ran)."""
    monkeypatch.setattr(parse_worker, "MIN_BYTES", 0)
    monkeypatch.setattr(parse_worker, "_interpreter", None)
    monkeypatch.delenv("CLMS_EGMS_PARSE_WORKER", raising=False)
    runs = []
    original = parse_worker.Worker._start

    def start(*args):
        proc = original(*args)
        runs.append(proc)
        return proc

    monkeypatch.setattr(parse_worker.Worker, "_start", staticmethod(start))
    return runs


def table(gpkg, sql):
    with sqlite3.connect(gpkg) as c:
        return c.execute(sql).fetchall()


def file_with_bad_rows(tmp_path):
    path = write_egms(str(tmp_path / "in"), "L2b", n_points=5000, n_dates=40, as_zip=False, seed=5)[0]
    lines = open(path).read().splitlines(True)
    parts = lines[5].split(",")
    parts[20] = "n/a"
    lines[5] = ",".join(parts)
    lines[2500] = ",".join(lines[2500].split(",")[:-3]) + "\n"
    for row in (7, 3000):  # points moving metres: their series are stored as int32, the others' as int16
        parts = lines[row].rstrip("\n").split(",")
        lines[row] = ",".join(parts[:-4] + ["-4000.1", "3276.7", "-12345.6", "99999.9"]) + "\n"
    open(path, "w").writelines(lines)
    return path


def test_worker_and_in_process_give_the_same_geopackage(tmp_path, worker_runs, monkeypatch):
    path = file_with_bad_rows(tmp_path)
    by_worker = import_egms([path], str(tmp_path / "worker.gpkg"))
    assert worker_runs, "the worker did not run"
    monkeypatch.setenv("CLMS_EGMS_PARSE_WORKER", "0")
    here = import_egms([path], str(tmp_path / "here.gpkg"))
    assert len(worker_runs) == 1
    assert by_worker.summary().replace("worker.gpkg", "x") == here.summary().replace("here.gpkg", "x")
    assert by_worker.files[0].points == 4998 and len(by_worker.files[0].skipped) == 2
    with sqlite3.connect(str(tmp_path / "worker.gpkg")) as c:
        sizes = sorted({r[0] for r in c.execute("SELECT length(data) FROM egms_l2b_2020_2024_ts")})
    assert sizes == [80, 160]  # 40 dates: int16 and, for the two moving points, int32
    for sql in ("SELECT * FROM egms_l2b_2020_2024 ORDER BY fid", "SELECT * FROM egms_l2b_2020_2024_ts ORDER BY fid",
                "SELECT layer, file_name, dates, n_points, n_skipped FROM egms_sources"):
        assert table(str(tmp_path / "worker.gpkg"), sql) == table(str(tmp_path / "here.gpkg"), sql)


def test_worker_reads_the_real_samples(tmp_path, samples_dir, worker_runs):
    gpkg = str(tmp_path / "real.gpkg")
    result = import_egms([str(samples_dir / "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip")], gpkg)
    assert worker_runs and result.points == 11759
    dates, mm = read_series(gpkg, "egms_l2b_2020_2024", "1WBfX4cr1s")
    assert len(dates) == 207 and mm[-1] == -3.5  # the CSV's last value for this pid (20241231)


def test_worker_reports_a_damaged_zip_member(tmp_path, worker_runs):
    import zipfile

    path = write_egms(str(tmp_path / "in"), "L2b", n_points=3000, n_dates=60, seed=2)[0]
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(os.path.basename(path)[:-4] + ".csv")
    data = bytearray(open(path, "rb").read())
    middle = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + info.compress_size // 2
    data[middle:middle + 64] = b"\x00" * 64
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / os.path.basename(path)).write_bytes(bytes(data))
    with pytest.raises(PluginError) as info:
        import_egms([str(broken / os.path.basename(path))], str(tmp_path / "o.gpkg"))
    assert "damaged or incomplete" in str(info.value) and worker_runs
    assert not (tmp_path / "o.gpkg").exists()


def test_no_usable_python_falls_back_to_parsing_here(tmp_path, monkeypatch):
    monkeypatch.setattr(parse_worker, "MIN_BYTES", 0)
    monkeypatch.setattr(parse_worker, "_interpreter", None)
    monkeypatch.setattr(parse_worker, "_interpreter_candidates", lambda: ["/bin/false"])
    path = write_egms(str(tmp_path / "in"), "L3", n_points=500, n_dates=30)[0]
    result = import_egms([path], str(tmp_path / "o.gpkg"))
    assert result.points == 500
    assert parse_worker._interpreter == ""  # remembered: no second attempt this session


def test_cancel_stops_the_worker(tmp_path, worker_runs):
    from qgis.core import QgsFeedback

    class CancelAfterFirstChunk(QgsFeedback):
        def setProgress(self, value):
            super().setProgress(value)
            self.cancel()

    path = write_egms(str(tmp_path / "in"), "L2b", n_points=20000, n_dates=50, seed=3)[0]
    with pytest.raises(ImportCancelled):
        import_egms([path], str(tmp_path / "o.gpkg"), feedback=CancelAfterFirstChunk())
    assert worker_runs and all(proc.poll() is not None for proc in worker_runs)  # each worker it started ended
    assert not (tmp_path / "o.gpkg").exists()


def test_chunks_taken_back_from_the_worker_give_the_same_result(tmp_path, worker_runs, monkeypatch):
    """When QGIS's process is idle it parses chunks itself (work stealing): force it for every chunk."""
    def ask_for_everything(proc):
        proc.stdin.write(b"r" * 10000)
        proc.stdin.flush()
        return True

    monkeypatch.setattr(parse_worker, "_ask", ask_for_everything)
    taken = []  # chunks parsed in this process: with the worker running, those that came back unparsed
    original = reader.CsvReader._parsed

    def parsed(self, *args):
        taken.append(1)
        return original(self, *args)

    monkeypatch.setattr(reader.CsvReader, "_parsed", parsed)
    path = file_with_bad_rows(tmp_path)
    stolen = import_egms([path], str(tmp_path / "stolen.gpkg"), chunk_rows=500)
    assert worker_runs and len(taken) >= 5  # (the first chunk may be parsed before the request arrives)
    monkeypatch.setenv("CLMS_EGMS_PARSE_WORKER", "0")
    here = import_egms([path], str(tmp_path / "here.gpkg"), chunk_rows=500)
    assert stolen.summary().replace("stolen.gpkg", "x") == here.summary().replace("here.gpkg", "x")
    for sql in ("SELECT * FROM egms_l2b_2020_2024 ORDER BY fid", "SELECT * FROM egms_l2b_2020_2024_ts ORDER BY fid"):
        assert table(str(tmp_path / "stolen.gpkg"), sql) == table(str(tmp_path / "here.gpkg"), sql)
