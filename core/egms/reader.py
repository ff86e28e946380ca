"""Find EGMS inputs (zip, csv, folders of them) and stream their rows in numpy chunks.

Nothing is loaded whole: a zip member is decompressed as it is read, and rows come in chunks of
``chunk_rows`` lines, parsed by numpy's C reader. A chunk with bad rows falls back to a line-by-line
parse that skips them and counts why, so one bad row never costs the file.
"""
import io
import itertools
import os
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from ..errors import PluginError
from ..i18n import tr
from .formats import csv_layout, parse_file_name, read_header_xml


@dataclass
class Source:
    """One EGMS CSV to import: a .csv file, or the CSV inside a .zip."""
    path: str
    member: str  # CSV member inside the zip, or None for a plain CSV
    name: object  # EgmsFileName
    size: int  # uncompressed CSV size in bytes (progress)
    header: dict = field(default_factory=dict)

    @property
    def label(self):
        return os.path.basename(self.path)

    @property
    def file_name(self):
        """The name recorded in the GeoPackage: the CSV's own name."""
        return self.name.stem + ".csv"


def _damaged(path, exc):
    return PluginError(tr("{file} is damaged or incomplete ({error}); download it again.")
                       .format(file=os.path.basename(path), error=exc))


def _zip_source(path):
    label = os.path.basename(path)
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            csvs = [m for m in members if m.filename.lower().endswith(".csv")]
            if not csvs:
                raise PluginError(tr("{file} holds no CSV file: it is not an EGMS download.").format(file=label))
            member = csvs[0]
            name = parse_file_name(label) or parse_file_name(member.filename)
            if name is None:
                raise _not_egms_name(label)
            header = {}
            xmls = [m for m in members if m.filename.lower().endswith(".xml")]
            if xmls:
                header = read_header_xml(zf.read(xmls[0]))
            return Source(path, member.filename, name, member.file_size, header)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _damaged(path, exc) from None


def _not_egms_name(label):
    return PluginError(tr("{file} is not named like an EGMS file (e.g. EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip), "
                          "so its level and release cannot be told. Keep the name the service gave it.")
                       .format(file=label))


def _csv_source(path):
    label = os.path.basename(path)
    name = parse_file_name(label)
    if name is None:
        raise _not_egms_name(label)
    header = {}
    xml = os.path.splitext(path)[0] + ".xml"
    if os.path.exists(xml):
        with open(xml, "rb") as f:
            header = read_header_xml(f.read())
    return Source(path, None, name, os.path.getsize(path), header)


def discover(inputs):
    """The Sources of the given files and folders, and the files of folders that were passed over."""
    sources, ignored = [], []
    for item in inputs:
        item = os.fspath(item)
        if os.path.isdir(item):
            found = {}
            for folder, _dirs, files in os.walk(item):
                for f in sorted(files):
                    stem, ext = os.path.splitext(f)
                    if ext.lower() not in (".zip", ".csv"):
                        continue
                    if parse_file_name(f) is None:
                        ignored.append(os.path.join(folder, f))
                        continue
                    # an extracted CSV beside its zip: read the CSV (no decompression)
                    if stem not in found or ext.lower() == ".csv":
                        found[stem] = os.path.join(folder, f)
            if not found:
                raise PluginError(tr("The folder {folder} holds no EGMS files (.zip or .csv).").format(folder=item))
            sources.extend(_source(p) for p in sorted(found.values()))
        elif os.path.isfile(item):
            sources.append(_source(item))
        else:
            raise PluginError(tr("{file} does not exist.").format(file=item))
    return sources, ignored


def _source(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".zip":
        return _zip_source(path)
    if ext == ".csv":
        return _csv_source(path)
    raise PluginError(tr("{file} is neither a .zip nor a .csv EGMS file.").format(file=os.path.basename(path)))


@dataclass
class Chunk:
    pids: list
    numbers: np.ndarray  # (rows, attributes-1 + dates) float64: every column after pid
    first_line: int


class CsvReader:
    """Iterate a Source's rows in chunks; counts and describes the rows it had to skip."""

    def __init__(self, source, chunk_rows=2000):
        self.source = source
        self.chunk_rows = chunk_rows
        self.skipped = Counter()  # reason -> rows
        self.examples = {}  # reason -> first example "line 12: ..."
        self.bytes_read = 0
        self.layout = None

    def _open(self):
        if self.source.member is None:
            return open(self.source.path, encoding="utf-8", newline=None)
        self._zip = zipfile.ZipFile(self.source.path)
        return io.TextIOWrapper(self._zip.open(self.source.member), encoding="utf-8", newline=None)

    def __iter__(self):
        try:
            yield from self._chunks()
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise _damaged(self.source.path, exc) from None
        except UnicodeDecodeError:
            raise PluginError(tr("{file} is not a text CSV file.").format(file=self.source.label)) from None
        finally:
            if getattr(self, "_zip", None) is not None:
                self._zip.close()

    def _chunks(self):
        with self._open() as stream:
            header = stream.readline()
            self.bytes_read += len(header)
            self.layout = csv_layout(header, self.source.label)
            n_numbers = self.layout.n_columns - 1
            line_no = 1
            trailing_comma = None
            while True:
                lines = list(itertools.islice(stream, self.chunk_rows))
                if not lines:
                    break
                first_line = line_no + 1
                line_no += len(lines)
                self.bytes_read += sum(len(x) for x in lines)
                if trailing_comma is None:
                    trailing_comma = lines[0].rstrip("\r\n").endswith(",")
                yield self._parse(lines, first_line, n_numbers, trailing_comma)

    def _skip(self, reason, example):
        self.skipped[reason] += 1
        self.examples.setdefault(reason, example)

    def _parse(self, lines, first_line, n_numbers, trailing_comma):
        strip = "\r\n," if trailing_comma else "\r\n"
        pids, rests = [], []
        for line in lines:
            line = line.rstrip(strip)
            if not line:
                continue
            pid, _, rest = line.partition(",")
            pids.append(pid)
            rests.append(rest)
        try:
            numbers = np.loadtxt(rests, delimiter=",", dtype=np.float64, ndmin=2) if rests else \
                np.empty((0, n_numbers))
            ok = numbers.shape[1] == n_numbers and all(pids)
        except ValueError:
            ok = False
        if not ok:
            return self._parse_slowly(lines, first_line, n_numbers, strip)
        return self._require_coordinates(Chunk(pids, numbers, first_line))

    def _parse_slowly(self, lines, first_line, n_numbers, strip):
        pids, rows = [], []
        for offset, line in enumerate(lines):
            line = line.rstrip(strip)
            where = tr("line {n}").format(n=first_line + offset)
            if not line:
                continue
            parts = line.split(",")
            if len(parts) != n_numbers + 1:
                self._skip(tr("wrong number of values"), "{}: {} instead of {}".format(where, len(parts),
                                                                                       n_numbers + 1))
                continue
            if not parts[0].strip():
                self._skip(tr("no pid"), where)
                continue
            try:
                values = [float(p) if p.strip() else np.nan for p in parts[1:]]
            except ValueError:
                column, value = next((self._column_name(i + 1), p) for i, p in enumerate(parts[1:])
                                     if not _is_number(p))
                self._skip(tr("non-numeric values"), "{}: {!r} in column {}".format(where, value, column))
                continue
            pids.append(parts[0].strip())
            rows.append(values)
        numbers = np.array(rows, dtype=np.float64).reshape(len(rows), n_numbers)
        return self._require_coordinates(Chunk(pids, numbers, first_line))

    def _column_name(self, index):
        attrs = self.layout.attributes
        return attrs[index] if index < len(attrs) else self.layout.dates[index - len(attrs)]

    def _require_coordinates(self, chunk):
        e = chunk.numbers[:, self.layout.attributes.index("easting") - 1]
        n = chunk.numbers[:, self.layout.attributes.index("northing") - 1]
        good = np.isfinite(e) & np.isfinite(n)
        if good.all():
            return chunk
        for i in np.flatnonzero(~good):
            self._skip(tr("no coordinates"), tr("pid {pid}").format(pid=chunk.pids[i]))
        return Chunk([p for p, g in zip(chunk.pids, good) if g], chunk.numbers[good], chunk.first_line)


def _is_number(text):
    if not text.strip():
        return True
    try:
        float(text)
        return True
    except ValueError:
        return False
