"""Parse EGMS CSV rows into numpy: in QGIS's process, or in the parse worker (parse_worker.py, a process of its own
under QGIS's Python, which is why this module needs only the standard library and numpy).

The file is read as bytes, a chunk of lines at a time. The displacement columns (one decimal, in mm) are parsed
with vectorised integer arithmetic on the bytes themselves, eight bytes of a field at once, straight into the
stored 0.1 mm integers; the attribute columns by numpy's C reader. A chunk that is not exactly so (an empty line,
a value with two decimals, a bad row) is parsed line by line instead (``ChunkParser``), which skips bad rows and
says why: the same result, slower.
"""
import io
import os
import sys

import numpy as np

try:
    from .. import zips
    from .series_codec import NODATA, to_tenths
except ImportError:  # imported by the parse worker's script (parse_worker.py): no package around it
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import zips
    from series_codec import NODATA, to_tenths

MAX_LINE = 1 << 16  # bytes in a line: a real row of 400 dates has about 4,000; longer is not an EGMS file
READ_BYTES = 1 << 20  # bytes read from the file at a time
PIECE_ROWS = 256  # rows parsed together by the vectorised parse
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

    def _trim(self, line):
        """The line without its end, and without a trailing comma where the row has one field too many (files
        whose rows end in a comma); a row whose last value is empty keeps its last field."""
        line = line.rstrip("\r\n")
        if line.endswith(",") and line.count(",") > self.n_numbers:
            return line[:-1]
        return line

    def parse(self, lines, first_line: int) -> tuple:
        """(pids, numbers float64 rows x n_numbers, skipped [(key, example)])."""
        pids, rests = [], []
        for line in lines:
            line = self._trim(line)
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
            line = self._trim(line)
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


NEWLINE, COMMA, MINUS, DOT = 10, 44, 45, 46
_U = np.uint64


def _word_constants(size, dtype):
    """For words of ``size`` bytes: by a field's length without its sign, the bytes of its word that are the field's
    (``keep``) and '0' for the others (``fill``); eight '0'; what an empty field is parsed as ("0.0", then marked
    none); the point's '0' fix; the high-nibble mask and the +6 of the digit check."""
    full = (1 << (8 * size)) - 1
    repeat = lambda byte: int.from_bytes(bytes([byte]) * size, "little")  # noqa: E731
    keep = np.array([(full << (8 * (size - n))) & full if n else 0 for n in range(size + 1)], dtype=dtype)
    return {"keep": keep, "fill": (dtype(repeat(0x30)) & ~keep).astype(dtype), "zeros": dtype(repeat(0x30)),
            "zero_field": dtype(repeat(0x30) - (2 << (8 * (size - 2)))),  # '0' - 2 = '.'
            "point": dtype(2 << (8 * (size - 2))), "high": dtype(repeat(0xF0)), "six": dtype(repeat(0x06))}


_WORD = {4: _word_constants(4, np.uint32), 8: _word_constants(8, np.uint64)}


def _tenths(block, buf, starts, ends):
    """The one-decimal fields ``block[starts:ends]`` (arrays of the same shape; ``buf`` is the block as uint8) as
    int32 0.1 mm, NODATA[4] where a field is empty; None unless every field is [-]digits.digit in at most 8 bytes,
    or empty.

    Each field's last four bytes (eight where a value has more than four digits) are read as one little-endian
    integer, its last character in the top byte; the bytes before its digits are set to '0' and the point to '0',
    and the digits combined in a few multiplications (the SWAR method of Lemire's fast number parsing), whose
    factors skip the point."""
    length = ends - starts
    if length.max() > 8 or ends.min() < 8:
        return None
    empty = None
    if length.min() < 3:
        empty = length == 0
        if (length[~empty] < 3).any():
            return None
    negative = buf[starts] == MINUS
    digits = length - negative
    if empty is not None:
        digits[empty] = 3
    if digits.max() <= 4:  # every value within +-999.9 mm (nearly all EGMS data): four bytes a field are enough
        return _tenths_in(block, ends, digits, negative, empty, np.uint32)
    return _tenths_in(block, ends, digits, negative, empty, np.uint64)


def _tenths_in(block, ends, digits, negative, empty, dtype):
    """``_tenths`` with words of ``dtype`` (uint32: fields of at most four digits and the point; uint64: eight)."""
    size = np.dtype(dtype).itemsize
    k = _WORD[size]
    words = np.ndarray((len(block) - size + 1,), dtype=dtype, buffer=block, strides=(1,))  # a word at every byte
    word = words[ends - size]
    if empty is not None:
        word[empty] = k["zero_field"]
    if ((word >> dtype(8 * (size - 2))) & dtype(0xFF) != DOT).any():  # the point, second last
        return None
    word &= k["keep"][digits]
    word |= k["fill"][digits]
    word += k["point"]  # the point ('.', 0x2E, the second last byte) becomes '0'
    if ((word & k["high"]) != k["zeros"]).any() or (((word + k["six"]) & k["high"]) != k["zeros"]).any():
        return None  # a byte that is not a digit (each must now be 0x30 to 0x39)
    word -= k["zeros"]
    word = word * dtype(10) + (word >> dtype(8))  # pairs of digits: bytes 0, 2 (, 4, 6)
    if size == 4:  # bytes 0 and 2: hundreds and tens; the tenths
        word = (word & dtype(0xFF)) * dtype(10) + ((word >> dtype(16)) & dtype(0xFF))
    else:  # bytes 0, 2, 4: the integer part; 6: the tenths
        word = (((word & _U(0x000000FF000000FF)) * _U(10 + (100000 << 32)))
                + (((word >> _U(16)) & _U(0x000000FF000000FF)) * _U(1 + (1000 << 32)))) >> _U(32)
    tenths = word.astype(np.int32)
    tenths *= 1 - 2 * negative.view(np.int8)  # the sign
    if empty is not None:
        tenths[empty] = NODATA[4]
    return tenths


class BlockParser:
    """Parses blocks of whole lines (bytes, from ``read_blocks``) into (pids, attributes float64 rows x attributes
    after pid, tenths int32 rows x dates with NODATA[4] for none, skipped [(key, example)]).

    A block whose every row has the header's number of fields, a pid, numeric attributes, one-decimal
    displacements and values within bounds is parsed the vectorised way; any other by ``ChunkParser``, line by
    line, which skips and reports the bad rows."""

    def __init__(self, n_numbers, easting, northing, n_attributes):
        self.lines = ChunkParser(n_numbers, easting, northing, n_attributes)
        self.n_fields = n_numbers + 1
        self.n_attributes = n_attributes
        self.easting, self.northing = easting, northing

    def parse(self, block: bytes, first_line: int) -> tuple:
        found = self._vectorised_in_pieces(block)
        if found is not None:
            return found + ([],)
        lines = block.decode("utf-8").splitlines(True)
        for i, line in enumerate(lines):
            if len(line) >= MAX_LINE:
                raise LineTooLong(first_line + i)
        pids, numbers, skipped = self.lines.parse(lines, first_line)
        return pids, numbers[:, :self.n_attributes], to_tenths(numbers[:, self.n_attributes:]), skipped

    def _vectorised_in_pieces(self, block):
        """``_vectorised`` a few hundred rows at a time: its arrays then stay in the processor's cache, and are
        reused by the allocator instead of being mapped afresh (page faults cost more than the parse itself)."""
        pieces, start = [], 0
        while start < len(block):
            end = start - 1
            for _ in range(PIECE_ROWS):
                end = block.find(b"\n", end + 1)
                if end < 0:
                    end = len(block) - 1
                    break
            found = self._vectorised(block[start:end + 1])
            if found is None:
                return None
            pieces.append(found)
            start = end + 1
        if len(pieces) == 1:
            return pieces[0]
        pids, attributes, tenths = zip(*pieces)
        return [p for part in pids for p in part], np.concatenate(attributes), np.concatenate(tenths)

    def _vectorised(self, block):
        buf = np.frombuffer(block, np.uint8)
        newline = buf == NEWLINE
        rows = int(np.count_nonzero(newline))
        sep = np.flatnonzero((buf == COMMA) | newline)
        if not rows or len(sep) % rows:
            return None
        per_row = len(sep) // rows
        if per_row not in (self.n_fields, self.n_fields + 1):
            return None
        sep = sep.reshape(rows, per_row)
        if not (buf[sep[:, -1]] == NEWLINE).all():
            return None
        if per_row > self.n_fields and ((sep[:, -1] - sep[:, -2]) != 1).any():  # a trailing comma: nothing after it
            return None
        starts = np.empty(rows, np.int64)
        starts[0] = 0
        starts[1:] = sep[:-1, -1] + 1
        if (sep[:, -1] - starts >= MAX_LINE).any() or (sep[:, 0] == starts).any():  # too long, or no pid
            return None
        na = self.n_attributes
        tenths = _tenths(block, buf, sep[:, na:self.n_fields - 1] + 1, sep[:, na + 1:self.n_fields])
        if tenths is None or (np.abs(tenths) > MAX_DISPLACEMENT_MM * 10).any():  # (none's abs is negative)
            return None
        pid_ends, attribute_ends = sep[:, 0].tolist(), sep[:, na].tolist()
        pids = b"\n".join([block[a:b] for a, b in zip(starts.tolist(), pid_ends)]).decode("utf-8").split("\n")
        text = b"\n".join([block[b + 1:c] for b, c in zip(pid_ends, attribute_ends)]).decode("utf-8")
        try:
            attributes = np.loadtxt(io.StringIO(text), delimiter=",", dtype=np.float64, ndmin=2)
        except ValueError:
            return None
        if attributes.shape != (rows, na):
            return None
        x, y = attributes[:, self.easting], attributes[:, self.northing]
        west, south, east, north = AREA_3035
        with np.errstate(invalid="ignore"):
            if not ((x >= west) & (x <= east) & (y >= south) & (y <= north)).all() \
                    or (np.abs(attributes) > MAX_ATTRIBUTE).any():
                return None
        return pids, attributes, tenths


def open_binary(path: str, member):
    """The CSV as a binary stream: a plain file, or a zip member decompressed as it is read."""
    if not member:
        return open(path, "rb")
    return zips.open_member(path, member)  # bounded whatever its compression (a bzip2 bomb is refused)


def read_header(stream) -> str:
    """The first line as text, a byte-order mark dropped; LineTooLong past MAX_LINE bytes (memory stays bounded
    whatever the file holds), UnicodeDecodeError when it is not UTF-8."""
    line = stream.readline(MAX_LINE)
    if len(line) >= MAX_LINE:
        raise LineTooLong(1)
    return line.decode("utf-8-sig")


def read_blocks(stream, chunk_rows: int, commas: int, read: int = 0):
    """(block, first line number, bytes parsed so far) per ``chunk_rows`` lines after the header line (``stream`` is
    past it, ``read`` bytes in): ``block`` holds whole lines, each ending in "\n" (line ends "\r\n" and "\r" are
    made "\n"). LineTooLong for a line past MAX_LINE bytes; Truncated when the last line stops short of a whole row
    (fewer commas than the header's ``commas``, no line end): the file was cut."""
    line_no, data, pos, end = 1, b"", 0, False  # data[pos:]: read, not yet handed out
    while True:
        lines, cut = 0, pos - 1  # lines found so far, and where the last of them ends
        while lines < chunk_rows:
            found = data.find(b"\n", cut + 1)
            if found >= 0:
                if found - cut > MAX_LINE:
                    raise LineTooLong(line_no + lines + 1)
                lines, cut = lines + 1, found
                continue
            if len(data) - cut > MAX_LINE:
                raise LineTooLong(line_no + lines + 1)
            more = b"" if end else stream.read(READ_BYTES)
            if not more:
                end = True
                break
            if b"\r" in more:
                if more.endswith(b"\r"):  # its "\n" may be the next read's first byte
                    more += stream.read(1)
                more = more.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            data, cut, pos = data[pos:] + more, cut - pos, 0
        block, pos = data[pos:cut + 1], cut + 1
        if lines < chunk_rows and pos < len(data):  # the end of the file: a last line without its line end
            rest = data[pos:]
            if rest.count(b",") < commas or not _whole_last_value(rest):
                raise Truncated(line_no + lines + 1)
            block, pos, lines = block + rest + b"\n", len(data), lines + 1
        if not lines:
            return
        read += len(block)
        yield block, line_no + 1, read
        line_no += lines


def _whole_last_value(line):
    """Whether the last value of a file's last line, which has no line end, can be whole: EGMS writes every
    displacement with one decimal ("-7.7"), so a cut inside one ("1.9" cut to "1" or "1.") leaves a value without
    it, which is then taken for a cut file rather than imported with the wrong value. An empty value is whole."""
    last = line.rsplit(b",", 1)[-1].strip()
    if not last:
        return True
    digits = last[1:] if last[:1] in (b"-", b"+") else last
    whole, dot, decimal = digits.partition(b".")
    return bool(dot) and whole.isdigit() and len(decimal) == 1 and decimal.isdigit()
