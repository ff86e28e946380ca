"""Parse EGMS CSV rows into numpy: used in QGIS's process, or in a parse worker process.

This module needs only the standard library and numpy (no QGIS), so it also runs as a script under
QGIS's own Python interpreter: ``python csvparse.py PATH MEMBER CHUNK_ROWS N_NUMBERS N_ATTRIBUTES
EASTING NORTHING`` streams the file's rows (after its header line) to stdout as frames, while QGIS's
process writes the previous chunk to the GeoPackage: two cores at work instead of one.

Frame: 8-byte header (b"EGMF", uint32 length of a JSON head) + JSON head + the parts it lists:
``pids`` (utf-8, newline-separated), ``attributes`` (float64, rows x attributes after pid) and
``displacements`` (float32, rows x dates: exact for the CSV's one-decimal millimetres; QGIS's process
encodes them, which balances the work of the two processes). When QGIS's process runs out of work it
writes a byte to the worker's stdin: the worker then sends its next chunk unparsed (``raw`` frame:
the lines as utf-8) and QGIS's process parses that one itself (work stealing, where select() works
on pipes; elsewhere no chunk is stolen).
"""
import functools
import io
import itertools
import json
import os
import select
import struct
import sys
import zipfile
import zlib

import numpy as np

NODATA = {2: -32768, 4: -2147483648}
MAGIC = b"EGMF"
MAX_LINE = 1 << 16  # characters in a line: a real row of 400 dates has about 4,000; longer is not an EGMS file
# Bounds of what a row may hold; rows outside are skipped and counted (one bad value must not break a layer)
AREA_3035 = (150_000.0, -150_000.0, 7_000_000.0, 7_900_000.0)  # EPSG:3035's area of use, in its metres
MAX_DISPLACEMENT_MM = 100_000.0  # 100 m: no ground moves more within a release
MAX_ATTRIBUTE = 1e7  # any other value (velocities in mm/year, heights, angles, line/pixel) is far below this


class LineTooLong(ValueError):
    """A line longer than MAX_LINE (``line``: its number)."""

    def __init__(self, line):
        super().__init__(line)
        self.line = line


class Truncated(ValueError):
    """The file ends in the middle of a row (``line``: its number): it was cut short."""

    def __init__(self, line):
        super().__init__(line)
        self.line = line


def encode_series(values_mm):
    """Rows of displacements (mm, NaN = none) -> one bytes object per row: little-endian integers in
    0.1 mm, int16 where the row fits (|v| <= 3276.6 mm) else int32; the type's smallest value = none."""
    scaled = np.rint(values_mm * 10.0)
    missing = np.isnan(scaled)
    scaled[missing] = 0
    wide = (np.abs(scaled) > 32766).any(axis=1)
    blobs = [None] * len(values_mm) if wide.any() else None
    for dtype, rows in (("<i2", ~wide), ("<i4", wide)):
        if not rows.any():
            continue
        part = scaled[rows].astype(dtype)
        part[missing[rows]] = NODATA[part.itemsize]
        buf, step = part.tobytes(), part.shape[1] * part.itemsize
        pieces = [buf[i:i + step] for i in range(0, len(buf), step)]
        if blobs is None:
            return pieces
        for i, piece in zip(np.flatnonzero(rows), pieces):
            blobs[i] = piece
    return blobs


def _is_number(text):
    if not text.strip():
        return True
    try:
        float(text)
        return True
    except ValueError:
        return False


class ChunkParser:
    """Parses lines of one file. Bad rows are skipped and reported as (reason key, example dict):
    wrong_count, no_pid, non_numeric, no_coordinates, out_of_area (coordinates outside EPSG:3035's area of
    use), out_of_range (a value past its physical bound, infinity included)."""

    def __init__(self, n_numbers, easting, northing, n_attributes):
        self.n_numbers = n_numbers  # values after the pid
        self.easting, self.northing = easting, northing  # their indexes among those values
        self.n_attributes = n_attributes  # the first values are attributes, the rest displacements
        self.strip = None

    def parse(self, lines, first_line):
        """(pids, numbers float64 rows x n_numbers, skipped [(key, example)])."""
        if self.strip is None:
            self.strip = "\r\n," if lines and lines[0].rstrip("\r\n").endswith(",") else "\r\n"
        pids, rests = [], []
        for line in lines:
            line = line.rstrip(self.strip)
            if line:
                pid, _, rest = line.partition(",")
                pids.append(pid)
                rests.append(rest)
        skipped = []
        try:
            numbers = np.loadtxt(rests, delimiter=",", dtype=np.float64, ndmin=2) if rests else \
                np.empty((0, self.n_numbers))
            ok = numbers.shape[1] == self.n_numbers and all(pids)
        except ValueError:
            ok = False
        if not ok:
            pids, numbers = self._parse_slowly(lines, first_line, skipped)
        x, y = numbers[:, self.easting], numbers[:, self.northing]
        located = np.isfinite(x) & np.isfinite(y)
        west, south, east, north = AREA_3035
        with np.errstate(invalid="ignore"):
            inside = located & (x >= west) & (x <= east) & (y >= south) & (y <= north)
            sane = (~(np.abs(numbers[:, :self.n_attributes]) > MAX_ATTRIBUTE).any(axis=1)
                    & ~(np.abs(numbers[:, self.n_attributes:]) > MAX_DISPLACEMENT_MM).any(axis=1))
        good = inside & sane
        if not good.all():
            for i in np.flatnonzero(~good):
                if not located[i]:
                    skipped.append(("no_coordinates", {"pid": pids[i]}))
                elif not inside[i]:
                    skipped.append(("out_of_area", {"pid": pids[i], "x": float(x[i]), "y": float(y[i])}))
                else:
                    row = numbers[i]
                    j = int(np.flatnonzero(np.abs(row) > np.where(np.arange(len(row)) < self.n_attributes,
                                                                  MAX_ATTRIBUTE, MAX_DISPLACEMENT_MM))[0])
                    skipped.append(("out_of_range", {"pid": pids[i], "index": j, "value": repr(float(row[j]))}))
            pids, numbers = [p for p, g in zip(pids, good) if g], numbers[good]
        return pids, numbers, skipped

    def _parse_slowly(self, lines, first_line, skipped):
        pids, rows = [], []
        for offset, line in enumerate(lines):
            line = line.rstrip(self.strip)
            if not line:
                continue
            number = first_line + offset
            parts = line.split(",")
            if len(parts) != self.n_numbers + 1:
                skipped.append(("wrong_count", {"line": number, "got": len(parts), "expected": self.n_numbers + 1}))
                continue
            if not parts[0].strip():
                skipped.append(("no_pid", {"line": number}))
                continue
            try:
                values = [float(p) if p.strip() else np.nan for p in parts[1:]]
            except ValueError:
                index, value = next((i, p) for i, p in enumerate(parts[1:]) if not _is_number(p))
                skipped.append(("non_numeric", {"line": number, "value": value, "index": index}))
                continue
            pids.append(parts[0].strip())
            rows.append(values)
        return pids, np.array(rows, dtype=np.float64).reshape(len(rows), self.n_numbers)


def open_text(path, member):
    """The CSV as a text stream: a plain file, or a zip member decompressed as it is read."""
    if not member:
        return open(path, encoding="utf-8-sig", newline=None)  # -sig: a byte-order mark is not the header's
    return _ZipText(path, member)


class _ZipText(io.TextIOWrapper):
    """A zip member as text; closing it closes the archive too."""

    def __init__(self, path, member):
        self._archive = zipfile.ZipFile(path)
        try:
            super().__init__(self._archive.open(member), encoding="utf-8-sig", newline=None)
        except BaseException:
            self._archive.close()
            raise

    def close(self):
        try:
            super().close()
        finally:
            self._archive.close()


def read_line(stream):
    """The first line, of at most MAX_LINE characters (LineTooLong past it: memory stays bounded whatever the
    file holds)."""
    line = stream.readline(MAX_LINE)
    if len(line) >= MAX_LINE:
        raise LineTooLong(1)
    return line


def read_chunks(stream, chunk_rows):
    """(lines, first line number, characters read so far) per chunk, after the header line. LineTooLong for
    a line past MAX_LINE; Truncated when the last line stops short of a whole row (fewer commas than the
    header, no line end): the file was cut."""
    header = read_line(stream)
    read, line_no, commas = len(header), 1, header.count(",")
    rows = iter(functools.partial(stream.readline, MAX_LINE), "")
    while True:
        lines = []
        while len(lines) < chunk_rows:  # a few lines at a time: at most 64 x MAX_LINE held before the check
            part = list(itertools.islice(rows, min(64, chunk_rows - len(lines))))
            if not part:
                break
            if max(map(len, part)) >= MAX_LINE:
                raise LineTooLong(line_no + 1 + len(lines) + next(i for i, t in enumerate(part) if len(t) >= MAX_LINE))
            lines += part
        if not lines:
            return
        last = lines[-1]
        if not last.endswith("\n") and last.count(",") < commas:
            raise Truncated(line_no + len(lines))
        read += sum(map(len, lines))
        yield lines, line_no + 1, read
        line_no += len(lines)


def write_frame(out, head, parts=()):
    head = dict(head, parts=[len(p) for p in parts])
    data = json.dumps(head).encode("utf-8")
    out.write(MAGIC + struct.pack("<I", len(data)) + data)
    for part in parts:
        out.write(part)
    out.flush()


def read_frame(stream):
    """(head dict, [parts]) or None at the end of the stream."""
    header = stream.read(8)
    if len(header) < 8:
        return None
    if header[:4] != MAGIC:
        raise ValueError("not a parse-worker frame")
    head = json.loads(stream.read(struct.unpack("<I", header[4:])[0]).decode("utf-8"))
    return head, [stream.read(n) for n in head["parts"]]


def _steal_requested(stdin):
    """True when QGIS's process asked for a chunk to parse itself (a byte waits on stdin)."""
    if stdin is None or os.name == "nt":
        return False
    try:
        ready = select.select([stdin], [], [], 0)[0]
    except (OSError, ValueError):
        return False
    return bool(ready) and bool(os.read(stdin.fileno(), 1))


def worker_main(argv):
    path, member, chunk_rows, n_numbers, n_attributes, easting, northing = argv
    out = sys.stdout.buffer
    stdin = sys.stdin if sys.stdin is not None and not sys.stdin.closed else None
    write_frame(out, {"ready": True})
    n_attr = int(n_attributes)
    parser = ChunkParser(int(n_numbers), int(easting), int(northing), n_attr)
    try:
        with open_text(path, member) as stream:
            for lines, first_line, read in read_chunks(stream, int(chunk_rows)):
                if _steal_requested(stdin):
                    write_frame(out, {"raw": True, "first_line": first_line, "read": read},
                                ["".join(lines).encode("utf-8")])
                    continue
                pids, numbers, skipped = parser.parse(lines, first_line)
                write_frame(out, {"rows": len(pids), "read": read, "skipped": skipped},
                            ["\n".join(pids).encode("utf-8"), np.ascontiguousarray(numbers[:, :n_attr]).tobytes(),
                             numbers[:, n_attr:].astype(np.float32).tobytes()])
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        write_frame(out, {"error": "damaged", "detail": str(exc)})
        return 1
    except UnicodeDecodeError:
        write_frame(out, {"error": "not_text", "detail": ""})
        return 1
    except (LineTooLong, Truncated) as exc:
        write_frame(out, {"error": type(exc).__name__, "line": exc.line})
        return 1
    write_frame(out, {"end": True})
    return 0


if __name__ == "__main__":
    sys.exit(worker_main(sys.argv[1:]))
