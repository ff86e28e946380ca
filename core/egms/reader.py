"""Find EGMS inputs (zip, csv, folders of them) and stream their rows in numpy chunks.

Nothing is loaded whole: a zip member is decompressed as it is read, and rows come in chunks of
``chunk_rows`` lines, parsed with vectorised numpy (see csvparse.py). A chunk with bad rows falls back
to a line-by-line parse that skips them and counts why, so one bad row never costs the file.
"""
import os
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .. import zips
from ..errors import PluginError
from ..i18n import tr
from ..log import log
from . import parse_worker
from .csvparse import MAX_LINE, BlockParser, LineTooLong, Truncated, open_binary, read_blocks, read_header
from .formats import csv_layout, parse_file_name, read_header_xml
from .series_codec import encode_tenths

MAX_XML = 1 << 20  # an EGMS file's XML header is a few kB: more is not read


@dataclass
class Source:
    """One EGMS CSV to import: a .csv file, or the CSV inside a .zip."""
    path: str
    member: str  # CSV member inside the zip, or None for a plain CSV
    name: object  # EgmsFileName
    size: int  # uncompressed CSV size in bytes (progress)
    header: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        return os.path.basename(self.path)

    @property
    def file_name(self) -> str:
        """The name recorded in the GeoPackage: the CSV's own name."""
        return self.name.stem + ".csv"


def _refused(exc):
    """The PluginError of a zip member refused by core/zips.py (a zip bomb), in the user's language."""
    return PluginError(exc.text(tr))


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
            if xmls:  # a few kB in real files: read at most MAX_XML, inflated in bounded memory
                data, more = zips.read_start(path, xmls[0], MAX_XML, label)
                header = {} if more else read_header_xml(data)
                if more:
                    log.warning("%s: its XML header is over %d bytes: not read", label, MAX_XML)
            return Source(path, member.filename, name, member.file_size, header)
    except zips.Refused as exc:
        raise _refused(exc) from None
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


def discover(inputs) -> tuple:
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
    attributes: np.ndarray  # (rows, attributes after pid) float64, in the file's column order
    series: list  # one encoded series (bytes) per row, see series_codec.encode_series (a list, or a RowBlock)


class CsvReader:
    """Iterate a Source's rows in chunks; counts and describes the rows it had to skip.

    Large files are parsed by a worker process (parse_worker.py under QGIS's Python) while this process
    writes the previous chunk; where no worker can start, parsing happens here, with the same result."""

    def __init__(self, source, chunk_rows=2000):
        self.source = source
        self.chunk_rows = chunk_rows
        self.skipped = Counter()  # reason -> rows
        self.examples = {}  # reason -> first example "line 12: ..."
        self.bytes_read = 0
        self.layout = None
        self.used_worker = False

    def __iter__(self):
        try:
            with open_binary(self.source.path, self.source.member) as stream:
                header = read_header(stream)
            self.layout = csv_layout(header, self.source.label)
            attrs = self.layout.attributes
            self._shape = (len(attrs) - 1, len(self.layout.dates), attrs.index("easting") - 1,
                           attrs.index("northing") - 1)
            if parse_worker.enabled() and self.source.size >= parse_worker.MIN_BYTES:
                try:
                    yield from self._from_worker()
                    return
                except parse_worker.NoWorker:
                    log.info("No Python with numpy found to run the EGMS parse worker: parsing in QGIS's process.")
            yield from self._here()
        except zips.Refused as exc:
            raise _refused(exc) from None
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise _damaged(self.source.path, exc) from None
        except UnicodeDecodeError:
            raise _not_text(self.source.label) from None
        except (LineTooLong, Truncated) as exc:
            raise self._misshapen(type(exc).__name__, exc.line) from None

    def _parser(self):
        n_attr, n_dates, easting, northing = self._shape
        return BlockParser(n_attr + n_dates, easting, northing, n_attr)

    def _parsed(self, parser, block, first_line, read):
        """The Chunk of a block parsed in this process."""
        pids, attributes, tenths, skipped = parser.parse(block, first_line)
        self.bytes_read = read
        self._record(skipped)
        return Chunk(pids, attributes, encode_tenths(tenths))

    def _here(self):
        parser = self._parser()
        with open_binary(self.source.path, self.source.member) as stream:
            header = read_header(stream)
            for block, first_line, read in read_blocks(stream, self.chunk_rows, header.count(","), len(header)):
                yield self._parsed(parser, block, first_line, read)

    def _from_worker(self):
        worker = parse_worker.Worker(self.source.path, self.source.member, self.chunk_rows, self._shape)
        self.used_worker = True
        parser = self._parser()  # for chunks we take over
        try:
            for head, parts in worker.frames():
                if head.get("error") == "damaged":
                    raise _damaged(self.source.path, head.get("detail"))
                if head.get("error") == "refused":
                    raise _refused(zips.Refused(str(head.get("template")), **dict(head.get("params") or {})))
                if head.get("error") in ("LineTooLong", "Truncated"):
                    raise self._misshapen(head["error"], head.get("line"))
                if head.get("error"):
                    raise _not_text(self.source.label)
                if head.get("raw"):
                    yield self._parsed(parser, parts[0] if parts else b"", head["first_line"], head["read"])
                    continue
                self.bytes_read = head["read"]
                self._record(head["skipped"])
                yield Chunk(*worker.decode(head, parts))
        except parse_worker.Stopped:
            raise PluginError(tr("Reading {file} stopped unexpectedly.").format(file=self.source.label)) from None
        finally:
            worker.close()

    def _misshapen(self, kind, line):
        """The PluginError for a line past the bound or a last row cut short: in a zip whose member does not
        check out (a damaged deflate stream yields such garbage), the damage is what the user is told."""
        if self.source.member:
            try:
                with zips.open_member(self.source.path, self.source.member) as raw:
                    while raw.read(1 << 20):  # to the end: the CRC is checked there
                        pass
            except zips.Refused as exc:
                return _refused(exc)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                return _damaged(self.source.path, exc)
        if kind == "LineTooLong":
            return PluginError(tr("{file} has a line longer than {n} characters (line {line}): it is not an EGMS CSV "
                                  "file. Nothing of it was imported.").format(file=self.source.label, n=MAX_LINE,
                                                                             line=line))
        return PluginError(tr("{file} ends in the middle of a row (line {line}): it is cut short (an incomplete "
                              "download or copy). Nothing of it was imported: download or copy it again.").format(
            file=self.source.label, line=line))

    def _record(self, skipped):
        for key, example in skipped:
            if key == "wrong_count":
                reason = tr("wrong number of values")
                text = tr("line {line}: {got} instead of {expected}").format(**example)
            elif key == "no_pid":
                reason, text = tr("no pid"), tr("line {line}").format(**example)
            elif key == "non_numeric":
                reason = tr("non-numeric values")
                text = tr("line {line}: {value!r} in column {column}").format(
                    line=example["line"], value=example["value"], column=self._column_name(example["index"] + 1))
            elif key == "out_of_area":
                reason = tr("coordinates outside Europe (EPSG:3035)")
                text = tr("pid {pid}: easting {x:g}, northing {y:g}").format(**example)
            elif key == "out_of_range":
                reason = tr("values out of range")
                text = tr("pid {pid}: {value} in column {column}").format(
                    pid=example["pid"], value=example["value"], column=self._column_name(example["index"] + 1))
            else:
                reason, text = tr("no coordinates"), tr("pid {pid}").format(**example)
            self.skipped[reason] += 1
            self.examples.setdefault(reason, text)

    def _column_name(self, index):
        attrs = self.layout.attributes
        return attrs[index] if index < len(attrs) else self.layout.dates[index - len(attrs)]


def _not_text(label):
    return PluginError(tr("{file} is not a text CSV file.").format(file=label))
