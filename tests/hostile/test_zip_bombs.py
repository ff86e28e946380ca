"""Zip bombs in EGMS files and CLMS results. Python's zipfile inflates bzip2 members without a bound per read and
ZipFile.read takes a member whole: a zip of a kilobyte holding a bzip2 CSV or XML header of gigabytes grew QGIS's
process and the parse worker by gigabytes, and a CLMS result of that kind wrote gigabytes to the disk. Now every
member is inflated a bounded slice at a time (core/zips.py): refused when it announces more than any real file
could, or stopped when it gives more than it announced; memory and disk stay small, the message is clear."""
import bz2
import json
import os
import subprocess
import sys
import zipfile
import zlib

import pytest

from clms_egms.core import zips
from clms_egms.core.clms.results import unpack
from clms_egms.core.egms.synthetic import write_egms
from clms_egms.core.errors import PluginError
from support.paths import PLUGINS_DIR

INFLATED = 256 << 20  # what each bomb unpacks to


def make_bomb(start=b""):
    """(bzip2 bytes of ``start`` then INFLATED "0" bytes, their CRC-32): a few hundred bytes."""
    compressor, zero = bz2.BZ2Compressor(9), b"0" * (1 << 20)
    parts, crc = [compressor.compress(start)], zlib.crc32(start)
    for _ in range(INFLATED >> 20):
        parts.append(compressor.compress(zero))
        crc = zlib.crc32(zero, crc)
    parts.append(compressor.flush())
    return b"".join(parts), crc


@pytest.fixture(scope="module")
def bomb():
    return make_bomb()


@pytest.fixture(scope="module")
def header_bomb(tmp_path_factory):
    """An EGMS CSV's real header line, then the bomb (the rows the parse worker reads): (stem, packed, crc)."""
    header, stem = egms_header(tmp_path_factory.mktemp("header"))
    return (stem,) + make_bomb(header)


def write_zip(path, members):
    """A zip of ``members``: (name, packed bytes, announced size, crc, method); plain members as (name, text)."""
    with zipfile.ZipFile(path, "w") as archive:
        for member in members:
            if len(member) == 2:
                archive.writestr(member[0], member[1], compress_type=zipfile.ZIP_DEFLATED)
                continue
            name, packed, size, crc, method = member
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type, info.file_size, info.compress_size, info.CRC = method, size, len(packed), crc
            info.header_offset = archive.fp.tell()
            archive.fp.write(info.FileHeader(zip64=False))
            archive.fp.write(packed)
            archive.start_dir = archive.fp.tell()
            archive.filelist.append(info)
            archive.NameToInfo[name] = info
    return str(path)


def egms_header(tmp_path):
    good = write_egms(str(tmp_path / "in"), "L2b", "2020-2024", 10, 20, seed=1, burst=845, pid_prefix="P",
                      as_zip=False)[0]
    return open(good).readline().encode(), os.path.splitext(os.path.basename(good))[0]


CHILD = r"""
import json, os, resource, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from clms_egms.core.clms.results import unpack
from clms_egms.core.egms import import_egms
from clms_egms.core.errors import PluginError
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kind, path, out = sys.argv[2:5]
if os.environ.get("WORKER_MIN_BYTES") == "1":  # the parse worker for a file of any size
    from clms_egms.core.egms import parse_worker
    parse_worker.MIN_BYTES = 0
try:
    import_egms([path], out) if kind == "import" else unpack(path, out)
    error = None
except PluginError as exc:
    error = str(exc)
print(json.dumps({"error": error, "grown_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def isolated(kind, path, out, **env):
    """Import (or unpack) in a process of its own: its peak memory is its own, not that of earlier tests."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(PLUGINS_DIR), kind, str(path), str(out)],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("announced", ["truly", "as small"])
@pytest.mark.parametrize("worker", ["0", "1"])
def test_a_bzip2_csv_bomb_is_refused_in_bounded_memory(tmp_path, header_bomb, announced, worker):
    """The header is read in QGIS's process, the rows in the parse worker (made to run for any size here) or in
    QGIS's process."""
    stem, packed, crc = header_bomb
    size = INFLATED if announced == "truly" else 1 << 20  # within what a few hundred bytes could honestly hold
    path = write_zip(tmp_path / (stem + ".zip"), [(stem + ".csv", packed, size, crc, zipfile.ZIP_BZIP2)])
    assert os.path.getsize(path) < 4096
    got = isolated("import", path, tmp_path / "egms.gpkg", CLMS_EGMS_PARSE_WORKER=worker, WORKER_MIN_BYTES=worker)
    assert got["grown_mb"] < 100 and got["worker_mb"] < 300, got  # the worker alone: about 200 MB on any file
    text = got["error"] or ""
    assert ("refused as a zip bomb" in text if announced == "truly" else
            "damaged or incomplete" in text or "a line longer than" in text), got
    assert not os.path.exists(tmp_path / "egms.gpkg")


def test_an_xml_header_bomb_is_not_read_whole(tmp_path, bomb):
    _header, stem = egms_header(tmp_path)
    packed, crc = bomb
    good_csv = write_egms(str(tmp_path / "in2"), "L2b", "2020-2024", 10, 20, seed=1, burst=845, pid_prefix="P",
                          as_zip=False)[0]
    rows = open(good_csv, "rb").read()
    for announced, expected in ((INFLATED, "refused as a zip bomb"), (500_000, "damaged or incomplete")):
        path = write_zip(tmp_path / (stem + ".zip"), [(stem + ".csv", rows),
                                                      (stem + ".xml", packed, announced, crc, zipfile.ZIP_BZIP2)])
        got = isolated("import", path, tmp_path / "egms.gpkg")
        assert expected in (got["error"] or "") and got["grown_mb"] < 100, got
        os.remove(path)


def test_a_clms_result_bomb_writes_nothing_big(tmp_path, bomb):
    packed, crc = bomb
    for announced, expected in ((INFLATED, "refused as a zip bomb"), (1000, "not a complete zip file")):
        path = write_zip(tmp_path / "CLMS_7.zip", [("Metadata/m.xml", "<m/>"),
                                                   ("data/CLC.tif", packed, announced, crc, zipfile.ZIP_BZIP2)])
        dest = tmp_path / "CLMS_7"
        got = isolated("unpack", path, dest)
        assert expected in (got["error"] or "") and got["grown_mb"] < 100, got
        assert not dest.exists() and not (tmp_path / "CLMS_7.unpacking").exists()  # nothing half-unpacked kept
        written = sum(os.path.getsize(os.path.join(d, f)) for d, _s, fs in os.walk(tmp_path) for f in fs)
        assert written < 10 << 20
        os.remove(path)


def test_the_total_a_result_may_unpack_to_is_bounded(tmp_path):
    """Honest members, each compressed as real data is, but more in all than the setting allows."""
    data = os.urandom(1 << 20)
    path = write_zip(tmp_path / "CLMS_8.zip", [("a.tif", data), ("b.tif", data)])
    with pytest.raises(PluginError, match="would unpack to 2.1 MB, more than 1.0 MB"):
        unpack(path, str(tmp_path / "CLMS_8"), max_total=1_000_000)
    assert unpack(path, str(tmp_path / "CLMS_8"), max_total=3_000_000) == sorted(
        str(tmp_path / "CLMS_8" / n) for n in ("a.tif", "b.tif"))
    assert (tmp_path / "CLMS_8" / "b.tif").read_bytes() == data


def test_a_member_read_through_the_bounded_reader_is_the_same_as_zipfiles(tmp_path):
    """Stored, deflated and bzip2 members read back byte for byte; lzma is refused with a message."""
    data = b"pid,mp_id\n" + os.urandom(3 << 20) + b"EGMS" * 500_000  # a first line of known length
    path = str(tmp_path / "m.zip")
    with zipfile.ZipFile(path, "w") as archive:
        for name, method in (("s", zipfile.ZIP_STORED), ("d", zipfile.ZIP_DEFLATED), ("b", zipfile.ZIP_BZIP2),
                             ("x", zipfile.ZIP_LZMA)):
            archive.writestr(name, data, compress_type=method)
    for name in "sdb":
        with zips.open_member(path, name) as stream:
            assert stream.readline(10) == data[:10] and stream.read() == data[10:]
    with pytest.raises(zips.Refused, match="compressed in a way EGMS and CLMS files never are"):
        zips.open_member(path, "x")
    assert zips.read_start(path, "d", 100) == (data[:100], True)
