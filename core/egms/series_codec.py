"""How a displacement series is stored: 0.1 mm integers, little-endian, int16 for a row that fits (|v| <= 3276.6 mm)
else int32, the type's smallest value for "no value". Standard library and numpy only: the parse worker
(parse_worker.py, run as a script) encodes with it too."""
import bisect
from collections.abc import Sequence
from typing import Dict, List, Tuple, Union

import numpy as np

NODATA = {2: -32768, 4: -2147483648}


def to_tenths(values_mm: np.ndarray) -> np.ndarray:
    """Displacements in mm (NaN = none) as int32 0.1 mm, NODATA[4] for none."""
    scaled = np.rint(values_mm * 10.0)
    missing = np.isnan(scaled)
    scaled[missing] = 0
    tenths = scaled.astype(np.int32)
    tenths[missing] = NODATA[4]
    return tenths


def _narrow(tenths):
    """int32 tenths whose every value fits int16 (|v| <= 3276.6 mm), as int16 (none: NODATA[2])."""
    missing = tenths == NODATA[4]
    out = tenths.astype("<i2")
    if missing.any():
        out[missing] = NODATA[2]
    return out


def rows_of(array: np.ndarray) -> List[bytes]:
    """One bytes object per row of a 2-D array."""
    buf, step = array.tobytes(), array.shape[1] * array.itemsize
    return [buf[i:i + step] for i in range(0, len(buf), step)]


def split_widths(tenths: np.ndarray) -> Tuple[np.ndarray, np.ndarray, List[int]]:
    """(int16 rows, int32 rows, indexes of the int32 rows) of int32 tenths (NODATA[4] = none): each row as narrow as
    it fits (|v| <= 3276.6 mm: int16), the type's smallest value = none."""
    wide = (np.abs(tenths) > 32766).any(axis=1)  # NODATA[4] is its own abs (it overflows): never counted as wide
    if not wide.any():
        return _narrow(tenths), np.empty((0, tenths.shape[1]), "<i4"), []
    return _narrow(tenths[~wide]), tenths[wide].astype("<i4"), np.flatnonzero(wide).tolist()


class RowBlock(Sequence):
    """Encoded series of a chunk's rows: the int16 rows, all of one length, kept as one bytes object (``data``, ``size``
    bytes a row), and the int32 rows beside it (``wide``: row index -> bytes). A row's bytes are cut out only when asked
    for, and a writer can hand the int16 rows to the database in one piece (``narrow_index``: their row indexes)."""

    __slots__ = ("data", "size", "wide", "_wide_index")

    def __init__(self, data: bytes, size: int, wide: Dict[int, bytes] = None):
        self.data, self.size, self.wide = data, size, wide or {}
        self._wide_index = sorted(self.wide)

    def __len__(self):
        return len(self.data) // self.size + len(self.wide)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if i in self.wide:
            return self.wide[i]
        k = i - bisect.bisect_left(self._wide_index, i)  # its place among the int16 rows
        return self.data[k * self.size:(k + 1) * self.size]

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, (list, RowBlock)) else NotImplemented

    def narrow_index(self) -> np.ndarray:
        """The row indexes of the int16 rows, in order (numpy int64)."""
        return np.delete(np.arange(len(self)), self._wide_index)


def joined_rows(narrow_rows: np.ndarray, wide_rows: np.ndarray, wide_index: List[int]
                ) -> Union["RowBlock", List[bytes]]:
    """One bytes object per row, in the rows' order, from ``split_widths``'s parts: a RowBlock (a list where rows hold
    no values)."""
    if narrow_rows.shape[1]:
        return RowBlock(narrow_rows.tobytes(), narrow_rows.shape[1] * narrow_rows.itemsize,
                        dict(zip(wide_index, rows_of(wide_rows))))
    blobs = rows_of(narrow_rows)
    for i, blob in zip(wide_index, rows_of(wide_rows)):  # ascending: each lands where it belongs
        blobs.insert(i, blob)
    return blobs


def encode_tenths(tenths: np.ndarray) -> Union["RowBlock", List[bytes]]:
    """Rows of 0.1 mm integers (int32, NODATA[4] = none) -> one bytes object per row: little-endian, int16 where the
    row fits (|v| <= 3276.6 mm) else int32; the type's smallest value = none."""
    return joined_rows(*split_widths(tenths))


def encode_series(values_mm) -> Union["RowBlock", List[bytes]]:
    """Rows of displacements (mm, NaN = none) -> one bytes object per row, as ``encode_tenths``."""
    return encode_tenths(to_tenths(np.asarray(values_mm, dtype=np.float64)))
