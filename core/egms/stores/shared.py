"""What the two EGMS stores (geopackage.store.GeoPackage and postgis.store.PostGIS) share: the names of the sources
table and its columns, the CRS, how a series is stored (0.1 mm integers, the smallest value of the type for no value)
and read back, and the series readers' common part. The interface both offer is protocol.py."""
import datetime
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from ... import sql
from ...errors import PluginError
from ...i18n import tr
from ..series_codec import NODATA

SRS_ID = 3035

SOURCES = "egms_sources"

SOURCE_COLUMNS = [("layer", "TEXT NOT NULL"), ("file_name", "TEXT NOT NULL"), ("level", "TEXT"),
                   ("release", "TEXT"), ("sub_release", "INTEGER"), ("component", "TEXT"), ("track", "INTEGER"),
                   ("burst", "INTEGER"), ("swath", "TEXT"), ("polarisation", "TEXT"), ("tile", "TEXT"),
                   ("direction", "TEXT"), ("dates", "TEXT NOT NULL"), ("n_points", "INTEGER"),
                   ("n_duplicates", "INTEGER"), ("n_skipped", "INTEGER"), ("n_clipped", "INTEGER"),
                   ("header", "TEXT"), ("imported_at", "TEXT")]


class DamagedStore(PluginError):
    """What a store holds is not what the import writes (a crafted or damaged file): said, never a raw error."""


def _damaged(what):
    return DamagedStore(tr("The store is damaged: {what}. Import the files again into a new GeoPackage or schema.")
                        .format(what=what))


def parse_dates(text: str) -> np.ndarray:
    """The dates of egms_sources ("yyyymmdd,yyyymmdd,...") as datetime64[D]; DamagedStore for anything else."""
    try:
        parts = str(text).split(",")
        if not text or any(len(d) != 8 or not d.isdigit() for d in parts):
            raise ValueError(text)
        return np.array([np.datetime64("{}-{}-{}".format(d[:4], d[4:6], d[6:])) for d in parts])
    except ValueError:
        raise _damaged(tr("the dates of a source are not dates ({text})").format(text=str(text)[:40])) from None


def _itemsize(size, n_dates):
    """The width of one stored value of a series of ``size`` bytes over ``n_dates`` dates: 2 or 4."""
    if n_dates and size in (2 * n_dates, 4 * n_dates):
        return size // n_dates
    raise _damaged(tr("a series of {size} bytes cannot hold {n} dates").format(size=size, n=n_dates))


def decode_series(blob: bytes, n_dates: int) -> np.ndarray:
    """One stored series (bytes) as mm, NaN where no value."""
    itemsize = _itemsize(len(blob), n_dates)
    return decode_block(np.frombuffer(blob, dtype="<i2" if itemsize == 2 else "<i4"), itemsize)


def decode_block(raw: bytes, itemsize: int) -> np.ndarray:
    """Stored 0.1 mm integers (any shape) as mm, NaN where no value."""
    values = raw.astype(np.float64) / 10.0
    values[raw == NODATA[itemsize]] = np.nan
    return values


def now_utc() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


class StoredSeries:
    """What the series readers of both stores share: each source's dates read once, series decoded. A
    store's reader has ``conn`` and gives ``_rows(pids)`` ((pid, source_id, data) rows of the pids found),
    ``_rows_between(first, end, key)`` (rows of a range of fids, keyed by fid or pid), ``_pid_of(fid)`` (a row
    or None) and ``_dates_text(source_id)``."""

    def dates(self, source_id: int) -> np.ndarray:
        if source_id not in self._dates:
            try:
                text = self._dates_text(source_id)
            except TypeError:  # no such source: fetchone() gave None
                raise _damaged(tr("a series names source {id}, which is not listed").format(id=source_id)) from None
            self._dates[source_id] = parse_dates(text)
        return self._dates[source_id]

    def series(self, pid: str) -> Tuple[np.ndarray, np.ndarray]:
        """(dates as datetime64[D], displacement in mm with NaN where none); KeyError for an unknown pid."""
        row = self._row(pid)
        if row is None:
            raise KeyError(pid)
        dates = self.dates(row[1])
        return dates, decode_series(row[2], len(dates))

    def _row(self, pid: str) -> Optional[tuple]:
        """(pid, source_id, data) of one pid, None when it is not there (a store may read it more directly)."""
        return next(iter(self._rows([pid])), None)

    def series_many(self, pids: Iterable[str]) -> Dict[str, Tuple[np.ndarray, np.ndarray]]:
        """{pid: (dates, mm)} of the pids found."""
        found = {}
        for block_pids, dates, values in self.blocks(self._rows(list(pids))):
            found.update((pid, (dates, row)) for pid, row in zip(block_pids, values))
        return found

    def blocks(self, rows: Sequence, columns=None) -> Iterator:
        """(pids, dates, values) for ``rows`` ((pid, source_id, data) as ``_rows`` gives them), one block per
        source and storage width: the series of a block share their dates, ``values`` is points x dates in mm.
        ``columns(dates)``: a mask of the dates wanted (only those are decoded), all by default."""
        groups = {}
        for row in rows:
            pid, source_id, blob = row[0], row[1], row[2]
            group = groups.get((source_id, len(blob)))
            if group is None:
                group = groups[source_id, len(blob)] = ([], [])
            group[0].append(pid)
            group[1].append(blob)
        for (source_id, size), (pids, blobs) in groups.items():
            dates = self.dates(source_id)
            itemsize = _itemsize(size, len(dates))
            raw = np.frombuffer(b"".join(blobs), dtype="<i2" if itemsize == 2 else "<i4").reshape(len(pids), -1)
            if columns is not None:
                keep = columns(dates)
                raw, dates = raw[:, keep], dates[keep]
            yield pids, dates, decode_block(raw, itemsize)

    def rows_of(self, pids: Iterable[str]) -> List[tuple]:
        """(pid, source_id, data) of the pids found."""
        return list(self._rows(list(pids)))

    def rows_around(self, fid: int, size: int, key: str = "fid") -> List[tuple]:
        """(fid, source_id, data) of the layer's points whose feature ids fall in the block of ``size`` ids that
        holds ``fid`` (ids from a multiple of ``size``): the points a field-calculator or render pass asks for next,
        whatever order the provider gives them in, each block read once. ``blocks`` keys them by their first item:
        the fid, or with ``key="pid"`` the pid ((pid, source_id, data) rows)."""
        first = fid - fid % size
        return self._rows_between(first, first + size, key)

    def rows_between(self, first: int, end: int, key: str = "fid") -> List[tuple]:
        """(fid, source_id, data) of the layer's points with ``first <= fid < end``; ``key="pid"``: (pid, ...)."""
        return self._rows_between(first, end, key)

    def rows_in(self, box: Tuple[float, float, float, float]) -> List[tuple]:
        """(fid, source_id, data) of the layer's points inside ``box`` (xmin, ymin, xmax, ymax in EPSG:3035, edges
        included; found through the layer's spatial index): the points of a map's view."""
        return self._rows_in(*(float(v) for v in box))

    def points_in(self, box: Tuple[float, float, float, float], columns: Sequence[str], where: str = "") -> List[tuple]:
        """(fid, x, y, *columns) of the layer's points inside ``box`` (as rows_in), with ``where`` (the layer's own
        filter in QGIS, its subset string) applied: a profile's corridor read without QGIS's feature objects.
        ``columns``: names of the layer's attributes."""
        parts = sql.joined([sql.statement(", l.{c}", c=c) for c in columns], " ")
        extra = sql.statement(" AND {f}", f=sql.owner_filter(where)) if where.strip() else sql.joined([], " ")
        return self._points_in([float(v) for v in box], parts, extra)

    def pid_of(self, fid: int) -> Optional[str]:
        """The pid of the point with this fid, None if the layer has none."""
        found = self._pid_of(fid)
        return found[0] if found else None

    def changed(self) -> bool:
        """Whether the store changed since the last call (another connection wrote to it)."""
        return False

    def close(self) -> None:
        self.conn.close()
