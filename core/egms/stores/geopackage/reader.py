"""Reading the series of a GeoPackage layer: a reader per layer (one read-only connection, the dates of each source
read once), the readers read_series keeps open, and one column read whole."""
import os
import struct
import threading
from collections import OrderedDict
from typing import Optional, Tuple

import numpy as np

from .... import sql
from ..shared import SOURCES, StoredSeries
from .connection import connect_read_only
from .format import series_by_pid


class GeoPackageReader(StoredSeries):
    """Reads point series of one layer of a GeoPackage by pid; keeps its connection and the dates of each source."""

    def __init__(self, gpkg_path, layer):
        # read-only; may be handed to a background task's thread (used by one thread at a time)
        self.conn = connect_read_only(gpkg_path, check_same_thread=False)
        self.layer = layer
        self._dates = {}
        names = dict(t=layer, ts=layer + "_ts")
        self._pid = sql.statement("SELECT pid FROM {t} WHERE fid = ?", **names)
        joined = "SELECT l.{key}, t.source_id, t.data FROM {t} l JOIN {ts} t ON t.{on} = l.{on} " \
                 "WHERE l.fid >= ? AND l.fid < ?"
        by_pid = series_by_pid(self.conn, layer)
        if by_pid:  # imported before 0.4: the series keyed by pid
            self._between = {key: sql.statement(joined, key=key, on="pid", **names) for key in ("fid", "pid")}
            self._by_pids = "SELECT pid, source_id, data FROM {ts} WHERE pid IN ({pids})"
            one = "SELECT pid, source_id, data FROM {ts} WHERE pid = ?"
        else:  # keyed by fid: a block of fids is read from the series table alone
            self._between = {"fid": sql.statement("SELECT fid, source_id, data FROM {ts} WHERE fid >= ? AND fid < ?",
                                                  **names),
                             "pid": sql.statement(joined, key="pid", on="fid", **names)}
            self._by_pids = "SELECT l.pid, t.source_id, t.data FROM {t} l JOIN {ts} t ON t.fid = l.fid " \
                            "WHERE l.pid IN ({pids})"
            one = "SELECT l.pid, t.source_id, t.data FROM {t} l JOIN {ts} t ON t.fid = l.fid WHERE l.pid = ?"
        self._names = names
        # the points of a box, through the layer's R-tree (its float32 boxes hold their points)
        in_box = ("SELECT r.id, t.source_id, t.data FROM {rtree} r JOIN {t} l ON l.fid = r.id JOIN {ts} t ON t.pid = "
                  "l.pid WHERE r.minx <= ?3 AND r.maxx >= ?1 AND r.miny <= ?4 AND r.maxy >= ?2") if by_pid else (
            "SELECT r.id, t.source_id, t.data FROM {rtree} r JOIN {ts} t ON t.fid = r.id WHERE r.minx <= ?3 AND "
            "r.maxx >= ?1 AND r.miny <= ?4 AND r.maxy >= ?2")
        self._in = sql.statement(in_box, rtree="rtree_{}_geom".format(layer), **names)
        # a click's point: one constant statement (SQLite's statement cache keeps it prepared on this connection)
        self._one = sql.statement(one, **names)

    def _rows_in(self, xmin, ymin, xmax, ymax):
        return self.conn.execute(self._in, (xmin, ymin, xmax, ymax)).fetchall()

    def _points_in(self, box, columns, where):
        # the points' own coordinates from their GeoPackage blobs (the R-tree's are float32, a few decimetres off)
        found = self.conn.execute(sql.statement(
            "SELECT l.fid, l.geom{columns} FROM {rtree} r JOIN {t} l ON l.fid = r.id WHERE r.minx <= ?3 AND "
            "r.maxx >= ?1 AND r.miny <= ?4 AND r.maxy >= ?2{where}", columns=columns, where=where,
            rtree="rtree_{}_geom".format(self.layer), **self._names), box).fetchall()
        return [(row[0],) + point_of_blob(row[1]) + tuple(row[2:]) for row in found if row[1]]

    def _row(self, pid):
        return self.conn.execute(self._one, (pid,)).fetchone()

    def _dates_text(self, source_id):
        return self.conn.execute(sql.statement("SELECT dates FROM {sources} WHERE id=?", sources=SOURCES),
                                 (source_id,)).fetchone()[0]

    def _rows_between(self, first, end, key):
        return self.conn.execute(self._between[key], (first, end)).fetchall()

    def _pid_of(self, fid):
        return self.conn.execute(self._pid, (fid,)).fetchone()

    def fid_range(self) -> Tuple[Optional[int], Optional[int]]:
        """(lowest, highest) feature id of the layer's points, (None, None) without points."""
        return tuple(self.conn.execute(sql.statement("SELECT min(fid), max(fid) FROM {t}", t=self.layer)
                                       ).fetchone())

    def changed(self) -> bool:
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        changed, self._version = version != getattr(self, "_version", version), version
        if changed:
            self._dates = {}
        return changed

    def _rows(self, pids):
        for start in range(0, len(pids), 500):  # a few hundred pids a query
            part = pids[start:start + 500]
            query = sql.statement(self._by_pids, pids=sql.placeholders(len(part)), **self._names)
            yield from self.conn.execute(query, part).fetchall()


_KEPT_READERS = 4  # layers whose reader read_series keeps open (most recently used)
_readers = OrderedDict()  # (path, layer) -> (GeoPackageReader, (inode, device) of the file it opened)
_readers_lock = threading.Lock()


def point_of_blob(blob: bytes) -> tuple:
    """(x, y) of a GeoPackage point blob: its header (an envelope of 0, 32, 48 or 64 bytes after it, as its flags
    say), then the point as WKB."""
    flags = blob[3]
    offset = 8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 7, 0)
    little = blob[offset] == 1
    return struct.unpack_from("<dd" if little else ">dd", blob, offset + 5)


def read_series(gpkg_path: str, layer: str, pid: str) -> Tuple[np.ndarray, np.ndarray]:
    """The displacement series (dates, mm) of one point of an imported layer; KeyError for an unknown pid.

    The reader of the last few layers asked is kept open (opening one costs ten times the read), so a loop over
    pids is as fast as a kept ``GeoPackageReader``; a file replaced since (another inode) is opened afresh."""
    path = os.path.abspath(os.fspath(gpkg_path))
    st = os.stat(path)
    identity = (st.st_ino, st.st_dev)
    key = (path, layer)
    with _readers_lock:
        kept = _readers.get(key)
        if kept is not None and kept[1] != identity:
            kept[0].close()
            kept = None
        if kept is None:
            kept = _readers[key] = (GeoPackageReader(path, layer), identity)
            while len(_readers) > _KEPT_READERS:
                _readers.popitem(last=False)[1][0].close()
        _readers.move_to_end(key)
        reader = kept[0]
        reader.changed()  # forgets the dates it knew when another connection wrote meanwhile
        return reader.series(pid)


def close_readers() -> None:
    """Close the readers read_series keeps (the plugin's unload; before a file is deleted on Windows)."""
    with _readers_lock:
        while _readers:
            _readers.popitem()[1][0].close()


def column_values(gpkg_path: str, layer: str, column: str) -> np.ndarray:
    """One numeric column of a layer as a numpy array, read a block of rows at a time (8 bytes a value: never a
    Python object per row, which cost 400 MB for 5 million points)."""
    conn = connect_read_only(gpkg_path)
    try:
        cursor = conn.execute(sql.statement("SELECT {column} FROM {t} ORDER BY fid", column=column, t=layer))
        parts = []
        while True:
            rows = cursor.fetchmany(65536)
            if not rows:
                break
            parts.append(np.array([np.nan if r[0] is None else r[0] for r in rows], dtype=np.float64))
    finally:
        conn.close()
    return np.concatenate(parts) if parts else np.zeros(0)


def count_where(gpkg_path: str, layer: str, where: str) -> int:
    """How many features of the layer pass ``where`` (the layer's subset string), counted by SQLite through a
    read-only connection of our own (QGIS's OGR provider can fail to count or read a filtered layer while another
    layer of the file is loaded: its connection without locks cannot read once the file is in WAL mode)."""
    conn = connect_read_only(gpkg_path)
    try:
        return int(conn.execute(sql.statement("SELECT COUNT(*) FROM {t} WHERE {where}", t=layer,
                                              where=sql.owner_filter(where))).fetchone()[0])
    finally:
        conn.close()


def abs_percentile(gpkg_path: str, layer: str, column: str, q: float) -> Optional[float]:
    """The ``q``th percentile (0-100) of |column| over the layer's rows with a value, as numpy's (linear between
    the two nearest ranks), computed by SQLite: only the one or two values needed come back (SQLite sorts on disk
    past its cache, so memory stays bounded at any size); None without values."""
    conn = connect_read_only(gpkg_path)
    try:
        n = conn.execute(sql.statement("SELECT COUNT({column}) FROM {t}", column=column, t=layer)).fetchone()[0]
        if not n:
            return None
        position = (n - 1) * q / 100.0
        low = int(position)
        near = [r[0] for r in conn.execute(sql.statement(
            "SELECT abs({column}) AS a FROM {t} WHERE {column} IS NOT NULL ORDER BY a LIMIT 2 OFFSET ?",
            column=column, t=layer), (low,))]
    finally:
        conn.close()
    high = near[1] if len(near) > 1 else near[0]
    return float(near[0] + (high - near[0]) * (position - low))
