"""EGMS data in a GeoPackage: one point layer per dataset, series kept compactly beside it.

Per dataset (level + component + release), e.g. ``egms_l2b_2020_2024``:

- ``<layer>``: a point layer in EPSG:3035 (L2 from easting/northing, the same metric CRS as L3), with
  every non-date attribute under its newest name, plus ``track``, ``direction`` and ``source_file``;
  unique index on ``pid``, index on ``mean_velocity``, R-tree spatial index.
- ``<layer>_ts``: one row per point, under the point's feature id (``fid``): ``source_id`` and ``data``, the
  displacement series as little-endian integers in 0.1 mm (int16, or int32 for a series beyond ±3276.6 mm; the
  smallest value of the type means "no value"). The attribute table stays usable; a series reads back by pid
  with two index lookups, losslessly at the CSV's 0.1 mm precision. (Layers imported before 0.4 keep a ``pid``
  column there instead; both are read and extended.)
- ``egms_sources``: one row per imported CSV: its layer, name parts, dates (stored once per file:
  bursts of one release do not share all dates), XML header, counts.

Everything is written with the standard library's sqlite3 inside one transaction, so an import
that fails or is cancelled leaves the GeoPackage exactly as it was.
"""
import errno
import functools
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections import OrderedDict
from typing import Tuple

import numpy as np

from .. import sql
from ..errors import PluginError
from ..i18n import tr
from .csvparse import RowBlock, encode_series  # noqa: F401 (encode_series: part of the store's API)
from .formats import INTEGER_COLUMNS, layer_columns
from .gpkg import connect, count_triggers, ensure_core, insert_rows, point_blobs, register, rtree_triggers, sync_file, \
    table_exists
from .rtree import Meanwhile, has_json, json_integers, pack_rtree, pack_rtree_sorted
from .gpkg_read import connect_read_only
from .stored import SOURCES, SRS_ID, StoredSeries, decode_series, now_utc  # noqa: F401 (decode_series: the API)


def imported_files(conn, layer):
    if not table_exists(conn, SOURCES):
        return set()
    return {r[0] for r in conn.execute(sql.statement("SELECT file_name FROM {sources} WHERE layer=?", sources=SOURCES),
                                       (layer,))}


def series_by_pid(conn, layer):
    """Whether the layer's series table is keyed by pid (layers imported before 0.4), not by feature id."""
    return "pid" in {row[1] for row in conn.execute(sql.statement("PRAGMA table_info({ts})", ts=layer + "_ts"))}


def remove_source(conn, layer, file_name):
    """Delete one imported file's points and series (for a clean re-import)."""
    key = "pid" if series_by_pid(conn, layer) else "fid"
    conn.execute(sql.statement("DELETE FROM {ts} WHERE {k} IN (SELECT {k} FROM {t} WHERE source_file=?)",
                               ts=layer + "_ts", t=layer, k=key), (file_name,))
    conn.execute(sql.statement("DELETE FROM {t} WHERE source_file=?", t=layer), (file_name,))
    conn.execute(sql.statement("DELETE FROM {sources} WHERE layer=? AND file_name=?", sources=SOURCES),
                 (layer, file_name))


IN_MEMORY_POINTS = 2_000_000  # a new layer of up to this many points has its R-tree sorted in memory (48 MB)


class LayerWriter:
    """Appends rows to one dataset layer inside the caller's transaction; ``finish()`` indexes them."""

    def __init__(self, conn, layer, level, description, before_finish=None):
        self.conn = conn
        self._before_finish = before_finish
        self.layer = layer
        self.level = level
        self.columns = layer_columns(level)  # pid first
        self.created = not table_exists(conn, layer)
        self._points = None  # a new layer of up to IN_MEMORY_POINTS: (fid, x, y) of its points, for its R-tree
        self._n_points = 0  # a new layer's points so far, and their bounds (min x, max x, min y, max y)
        self._bounds = (np.inf, -np.inf, np.inf, -np.inf)
        if self.created:
            self._create(description)
        # the spatial-index triggers call ST_* functions only GDAL provides: drop them for the bulk
        # insert (the R-tree is filled in finish()) and put them back before the transaction ends
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name=? "
                                    "AND (name LIKE 'rtree_%' OR name LIKE 'trigger_%_feature_count_%')",
                                    (layer,)).fetchall():
            conn.execute(sql.statement("DROP TRIGGER {name}", name=name))
        self._by_pid = series_by_pid(conn, layer)
        self._insert_series = sql.statement("INSERT OR {conflict} INTO {ts} ({key}, source_id, data) VALUES ",
                                            conflict=sql.keyword("IGNORE" if self._by_pid else "REPLACE"),
                                            ts=layer + "_ts", key="pid" if self._by_pid else "fid")
        self._json = has_json(conn)
        # the series of a RowBlock's int16 rows: fids in order from ?1 (json_each numbers them), or listed (?5)
        self._insert_block = [sql.statement(template, ts=layer + "_ts") for template in (
            "INSERT OR REPLACE INTO {ts} (fid, source_id, data) SELECT ?1 + key, ?2, substr(?3, key * ?4 + 1, ?4) "
            "FROM json_each(?5)",
            "INSERT OR REPLACE INTO {ts} (fid, source_id, data) SELECT value, ?2, substr(?3, key * ?4 + 1, ?4) "
            "FROM json_each(?5)")]
        self._next_fid = sql.statement("SELECT max(coalesce((SELECT MAX(fid) FROM {t}), 0), coalesce((SELECT seq "
                                       "FROM sqlite_sequence WHERE name = ?), 0)) + 1", t=layer)
        self._new_rows = sql.statement("SELECT fid, pid FROM {t} WHERE fid >= ?", t=layer)
        self._index_rows = sql.statement("INSERT OR REPLACE INTO {rtree} SELECT fid, easting, easting, northing, "
                                         "northing FROM {t} WHERE fid >= ?", rtree="rtree_{}_geom".format(layer),
                                         t=layer)

    def _create(self, description):
        conn, t = self.conn, self.layer
        cols = sql.joined(sql.statement("{c} {kind}", c=c, kind=sql.keyword("INTEGER" if c in INTEGER_COLUMNS
                                                                             else "REAL")) for c in self.columns[1:])
        conn.execute(sql.statement('CREATE TABLE {t} ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "geom" POINT, '
                                   '"pid" TEXT NOT NULL, {cols}, "track" INTEGER, "direction" TEXT, '
                                   '"source_file" TEXT)', t=t, cols=cols))
        conn.execute(sql.statement("CREATE UNIQUE INDEX {index} ON {t} (pid)", index=t + "_pid_idx", t=t))
        # the index on mean_velocity is made in finish(), at once: kept up row by row it costs four times as much
        register(conn, t, "features", description, SRS_ID)
        conn.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)", (t, SRS_ID))
        conn.execute(sql.statement("CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy)",
                                   rtree="rtree_{}_geom".format(t)))
        conn.execute("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                     "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (t,))
        conn.execute(sql.statement("CREATE TABLE {ts} (fid INTEGER PRIMARY KEY NOT NULL, source_id INTEGER NOT NULL, "
                                   "data BLOB NOT NULL)", ts=t + "_ts"))
        register(conn, t + "_ts", "attributes",
                  "Displacement series of {} (0.1 mm integers; dates in egms_sources)".format(t))

    def add_source(self, name, dates, header, direction):
        cur = self.conn.execute(
            sql.statement("INSERT INTO {sources} (layer, file_name, level, release, sub_release, component, track, "
                          "burst, swath, polarisation, tile, direction, dates, header, imported_at) VALUES "
                          "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", sources=SOURCES),
            (self.layer, name.stem + ".csv", name.level, name.release, name.sub_release, name.component, name.track,
             name.burst, name.swath, name.polarisation, name.tile, direction, ",".join(dates),
             json.dumps(header, separators=(",", ":")), now_utc()))
        return cur.lastrowid

    def finish_source(self, source_id, n_points, n_duplicates, n_skipped, n_clipped, direction):
        self.conn.execute(sql.statement("UPDATE {sources} SET n_points=?, n_duplicates=?, n_skipped=?, n_clipped=?, "
                                        "direction=? WHERE id=?", sources=SOURCES),
                          (n_points, n_duplicates, n_skipped, n_clipped, direction, source_id))

    def write(self, pids, attributes, x, y, series, source_id, track, directions, source_file):
        """Insert rows and index them; ``attributes`` maps column -> numpy array (missing columns become
        NULL), ``series`` holds one encoded series (bytes) per row, see csvparse.encode_series. Returns how many
        rows were new (the others had a pid already in the layer)."""
        n = len(pids)
        if n == 0:
            return 0
        columns = [point_blobs(x, y), pids]
        for c in self.columns[1:]:
            columns.append(_sql_values(attributes.get(c), c in INTEGER_COLUMNS, n))
        names = ["geom"] + self.columns
        fixed, constants = ["track", "source_file"], [track, source_file]  # the same in every row: not bound
        if all(d == directions[0] for d in directions):
            fixed.append("direction")
            constants.append(directions[0])
        else:
            names.append("direction")
            columns.append(directions)
        insert = sql.statement("INSERT OR IGNORE INTO {t} ({columns}) VALUES ", t=self.layer,
                               columns=sql.names(names + fixed))
        before = self.conn.total_changes
        first_fid = self.conn.execute(self._next_fid, (self.layer,)).fetchone()[0]
        insert_rows(self.conn, insert, zip(*columns), len(columns), constants)
        inserted = self.conn.total_changes - before
        if inserted == n and self.created:  # new rows got consecutive fids, in order
            if isinstance(series, RowBlock) and not self._by_pid and self._json:
                # the int16 rows in one statement: SQLite cuts them out of the block (json_each numbers them) ...
                fids = _numbers(n) if not series.wide else json_integers(first_fid + series.narrow_index())
                self.conn.execute(self._insert_block[bool(series.wide)],
                                  (first_fid, source_id, series.data, series.size, fids))
                # ... the few int32 ones bound
                insert_rows(self.conn, self._insert_series, ((first_fid + i, source_id, blob)
                                                             for i, blob in sorted(series.wide.items())), 3)
            else:
                keys = pids if self._by_pid else range(first_fid, first_fid + n)
                insert_rows(self.conn, self._insert_series, zip(keys, [source_id] * n, series), 3)
            self._spill(np.arange(first_fid, first_fid + n), x, y)
            return inserted
        if not inserted:
            return 0
        rows = self.conn.execute(self._new_rows, (first_fid,)).fetchall()  # which rows are new: their fids
        position = {}
        for i, pid in enumerate(pids):
            position.setdefault(pid, i)  # a pid twice in the chunk: its first row was inserted
        insert_rows(self.conn, self._insert_series, ((pid if self._by_pid else fid, source_id, series[position[pid]])
                                                     for fid, pid in rows), 3)
        if not self.created:
            self.conn.execute(self._index_rows, (first_fid,))
        else:  # a new layer's R-tree is packed in finish()
            chosen = np.array([position[pid] for _fid, pid in rows], dtype=np.int64)
            self._spill(np.array([fid for fid, _pid in rows], dtype=np.int64), x[chosen], y[chosen])
        return inserted

    def _spill(self, fids, x, y):
        """Count a new layer's points and their bounds; keep them in a temporary file while finish() can sort them in
        memory (past that, SQLite sorts them from the layer: the file is dropped)."""
        if not len(fids):
            return
        low_x, high_x, low_y, high_y = self._bounds
        self._bounds = (min(low_x, float(x.min())), max(high_x, float(x.max())), min(low_y, float(y.min())),
                        max(high_y, float(y.max())))
        self._n_points += len(fids)
        if self._n_points > IN_MEMORY_POINTS:
            if self._points is not None:
                self._points.close()
                self._points = None
            return
        if self._points is None:
            self._points = tempfile.TemporaryFile(prefix="egms-rtree-")
        self._points.write(np.column_stack([fids.astype(np.float64), x, y]).tobytes())

    def finish(self):
        """Pack a new layer's R-tree, put the spatial-index triggers back, index mean_velocity and record the
        extent."""
        conn, t = self.conn, self.layer
        if self._before_finish is not None:
            self._before_finish()
        name = "rtree_{}_geom".format(t)
        velocity_index = sql.statement("CREATE INDEX IF NOT EXISTS {index} ON {t} (mean_velocity)",
                                       index=t + "_velocity_idx", t=t)
        # a small cache from here: SQLite then sorts an index in short runs merged on disk, in half the time and
        # 45 MB less than in its 32 MB cache (1M points); the inserts before needed the pid index in the cache
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute("PRAGMA cache_size=-2048")
        try:
            if self._points is not None:  # read back and sorted here, within a few tens of MB
                self._points.seek(0)
                points = np.fromfile(self._points, dtype=np.float64).reshape(-1, 3)
                self._points.close()
                self._points = None
                x, y = points[:, 1], points[:, 2]
                # SQLite indexes mean_velocity in another thread while the tree is computed here: both cores at work
                pack_rtree(conn, name, points[:, 0].astype(np.int64), x, x, y, y, meanwhile=velocity_index)
            else:
                if self.created and self._n_points:
                    # the points in x order, sorted by SQLite (on disk past its cache): memory bounded at any size
                    rows = conn.execute(sql.statement("SELECT fid, easting, northing FROM {t} ORDER BY easting", t=t))
                    pack_rtree_sorted(conn, name, self._n_points, _columns(rows))
                conn.execute(velocity_index)
        finally:
            conn.execute(sql.statement("PRAGMA cache_size={size}", size=int(cache)))
        for ddl in rtree_triggers(t) + count_triggers(t):
            conn.execute(ddl)
        count, bounds = self._n_points, self._bounds if self._n_points else (None,) * 4  # a new layer's: known
        if not self.created:  # an extended one's: asked of its tables
            count = conn.execute(sql.statement("SELECT COUNT(*) FROM {t}", t=t)).fetchone()[0]
            bounds = conn.execute(sql.statement("SELECT MIN(minx), MAX(maxx), MIN(miny), MAX(maxy) FROM {rtree}",
                                                rtree=name)).fetchone()
        conn.execute("INSERT OR REPLACE INTO gpkg_ogr_contents VALUES (?, ?)", (t, count))
        conn.execute("UPDATE gpkg_contents SET min_x=?, max_x=?, min_y=?, max_y=?, last_change=? "
                     "WHERE table_name IN (?, ?)", tuple(bounds) + (now_utc(), t, t + "_ts"))


@functools.lru_cache(maxsize=4)
def _numbers(n):
    """A JSON array of ``n`` zeros: json_each numbers its rows 0 to n - 1 (``key``)."""
    return json_integers([0] * n)


def _columns(cursor, rows=65536):
    """(fid, x, x, y, y) arrays of a (fid, x, y) cursor's rows, a block at a time."""
    while True:
        block = cursor.fetchmany(rows)
        if not block:
            return
        table = np.array(block, dtype=np.float64)
        yield table[:, 0].astype(np.int64), table[:, 1], table[:, 1], table[:, 2], table[:, 2]


def _sql_values(values, integer, n):
    if values is None:
        return [None] * n
    finite = np.isfinite(values)
    if finite.all():
        return (values.astype(np.int64) if integer else values).tolist()
    out = (np.where(finite, values, 0).astype(np.int64) if integer else values).tolist()
    for i in np.flatnonzero(~finite):
        out[i] = None
    return out


class SeriesReader(StoredSeries):
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
        if series_by_pid(self.conn, layer):  # imported before 0.4: the series keyed by pid
            self._between = {key: sql.statement(joined, key=key, on="pid", **names) for key in ("fid", "pid")}
            self._by_pids = "SELECT pid, source_id, data FROM {ts} WHERE pid IN ({pids})"
        else:  # keyed by fid: a block of fids is read from the series table alone
            self._between = {"fid": sql.statement("SELECT fid, source_id, data FROM {ts} WHERE fid >= ? AND fid < ?",
                                                  **names),
                             "pid": sql.statement(joined, key="pid", on="fid", **names)}
            self._by_pids = "SELECT l.pid, t.source_id, t.data FROM {t} l JOIN {ts} t ON t.fid = l.fid " \
                            "WHERE l.pid IN ({pids})"
        self._names = names

    def _dates_text(self, source_id):
        return self.conn.execute(sql.statement("SELECT dates FROM {sources} WHERE id=?", sources=SOURCES),
                                 (source_id,)).fetchone()[0]

    def _rows_between(self, first, end, key):
        return self.conn.execute(self._between[key], (first, end)).fetchall()

    def _pid_of(self, fid):
        return self.conn.execute(self._pid, (fid,)).fetchone()

    def fid_range(self):
        """(lowest, highest) feature id of the layer's points, (None, None) without points."""
        return tuple(self.conn.execute(sql.statement("SELECT min(fid), max(fid) FROM {t}", t=self.layer)
                                       ).fetchone())

    def changed(self):
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
_readers = OrderedDict()  # (path, layer) -> (SeriesReader, (inode, device) of the file it opened)
_readers_lock = threading.Lock()


def read_series(gpkg_path: str, layer: str, pid: str) -> Tuple[np.ndarray, np.ndarray]:
    """The displacement series (dates, mm) of one point of an imported layer; KeyError for an unknown pid.

    The reader of the last few layers asked is kept open (opening one costs ten times the read), so a loop over
    pids is as fast as a kept ``SeriesReader``; a file replaced since (another inode) is opened afresh."""
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
            kept = _readers[key] = (SeriesReader(path, layer), identity)
            while len(_readers) > _KEPT_READERS:
                _readers.popitem(last=False)[1][0].close()
        _readers.move_to_end(key)
        reader = kept[0]
        reader.changed()  # forgets the dates it knew when another connection wrote meanwhile
        return reader.series(pid)


def close_readers():
    """Close the readers read_series keeps (the plugin's unload; before a file is deleted on Windows)."""
    with _readers_lock:
        while _readers:
            _readers.popitem()[1][0].close()


def column_values(gpkg_path: str, layer: str, column: str) -> np.ndarray:
    """One numeric column of a layer as a numpy array (fast, for styling and statistics)."""
    conn = connect_read_only(gpkg_path)
    try:
        rows = conn.execute(sql.statement("SELECT {column} FROM {t} ORDER BY fid", column=column, t=layer)).fetchall()
    finally:
        conn.close()
    return np.array([r[0] for r in rows], dtype=np.float64)


class GeoPackage:
    """A GeoPackage file as the home of imported layers: where the import writes (``open()``), and
    where the analysis reads series and columns. ``postgis.PostGIS`` is the same for a database."""

    provider = "ogr"
    chunk_rows = 2000  # CSV rows per write: small transactions of executemany are fastest here

    def __init__(self, path):
        self.path = os.path.abspath(os.fspath(path))

    @property
    def label(self):
        return os.path.basename(self.path)

    def layer_uri(self, layer):
        return "{}|layername={}".format(self.path, layer)

    def is_layer(self, map_layer, layer):
        """Whether a QGIS layer shows ``layer`` of this GeoPackage (however its source is written)."""
        from qgis.core import QgsProviderRegistry

        if map_layer.providerType() != "ogr":
            return False
        parts = QgsProviderRegistry.instance().decodeUri("ogr", map_layer.source())
        path = parts.get("path")
        return bool(path) and os.path.abspath(path) == self.path and parts.get("layerName") == layer

    def series_reader(self, layer):
        return SeriesReader(self.path, layer)

    def column_values(self, layer, column):
        return column_values(self.path, layer, column)

    def has_series(self, layer):
        if not self.path.lower().endswith(".gpkg") or not os.path.exists(self.path):
            return False
        conn = connect_read_only(self.path)
        try:
            return table_exists(conn, layer + "_ts")
        finally:
            conn.close()

    def check(self):
        """A PluginError now for a destination that cannot be written."""
        path, folder = self.path, os.path.dirname(self.path)
        if not os.path.isdir(folder):
            raise PluginError(tr("The folder of {gpkg} does not exist.").format(gpkg=path))
        if os.path.exists(path):
            if not _writable(path):
                raise PluginError(tr("{gpkg} is read-only: choose another GeoPackage.").format(gpkg=path))
            with open(path, "rb") as f:
                if f.read(16) != b"SQLite format 3\x00":
                    raise PluginError(tr("{gpkg} exists and is not a GeoPackage.").format(gpkg=path))
        elif not _writable(folder):
            raise PluginError(tr("Cannot write in {folder} (read-only): choose another place for the GeoPackage.")
                              .format(folder=folder))

    def open(self):
        return GeoPackageSession(self.path)

    def cancelled(self, file_name):
        return tr("Import cancelled: {gpkg} was left as it was.").format(gpkg=self.label)

    def error(self, exc):
        """The PluginError saying what went wrong while writing, for database and file errors; else None."""
        if not isinstance(exc, (sqlite3.Error, OSError)):
            return None
        text, gpkg = str(exc), self.path
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "full" in text or _nearly_full(gpkg):
            # a new file's first pages cut short by a full disk read back as "file is not a database"
            return PluginError(tr("The disk is full: {gpkg} was not changed. Free some space and import again.")
                               .format(gpkg=gpkg))
        if "readonly" in text or "read-only" in text:
            return PluginError(tr("{gpkg} is read-only: choose another GeoPackage.").format(gpkg=gpkg))
        if "locked" in text:
            return PluginError(tr("{gpkg} is in use by another program (locked); close it there and try again.")
                               .format(gpkg=gpkg))
        return PluginError(tr("Could not write {gpkg}: {error}").format(gpkg=gpkg, error=text))


def _nearly_full(path, least=4 << 20):
    """Whether the disk holding ``path`` has less than ``least`` bytes free (what any error there most likely
    comes from)."""
    try:
        return shutil.disk_usage(os.path.dirname(os.path.abspath(path)) or ".").free < least
    except OSError:
        return False


def _writable(path):
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


class GeoPackageSession:
    """One import into a GeoPackage: a single transaction, so a failure or a cancel leaves the file as it
    was. A new GeoPackage is built under a temporary name and moved into place only when complete."""

    keeps_done_files = False  # one transaction: a failure leaves the file as it was

    def __init__(self, path):
        self.path = path
        self.new_file = not os.path.exists(path)
        self.work_path = path + ".part" if self.new_file else path
        if self.new_file:
            _claim(self.work_path, path)
        self._syncing = None  # a new file's early flush (a thread)
        self.conn = connect(self.work_path, scratch=self.new_file)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            ensure_core(self.conn)
        except BaseException:  # the importer gets no session to abort: close, and remove a new file's start
            self.abort()
            raise

    def writer(self, layer, level, description):
        return LayerWriter(self.conn, layer, level, description, before_finish=self._sync_early)

    def _sync_early(self):
        """A new file's pages written so far are flushed to disk in another thread while its indexes are made (the
        disk at work while the processor is): the sync before it is moved into place then has little left to do."""
        if self.new_file and self._syncing is None:
            self._syncing = Meanwhile(sync_file, self.work_path)

    def _synced(self):
        """Waits for the early sync; its error, if any, is left to the sync in commit() to say."""
        if self._syncing is not None:
            self._syncing.wait()
            self._syncing = None

    def imported_files(self, layer):
        return imported_files(self.conn, layer)

    def remove_source(self, layer, file_name):
        remove_source(self.conn, layer, file_name)

    def file_done(self):
        pass  # one transaction for the whole import

    def commit(self):
        self.conn.execute("COMMIT")
        self.conn.close()
        self._synced()
        if self.new_file:
            sync_file(self.work_path)
            _move_new(self.work_path, self.path)

    def abort(self):
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        self.conn.close()
        self._synced()
        if self.new_file and os.path.exists(self.work_path):
            os.remove(self.work_path)


STALE_S = 10  # seconds: a scratch file older than this and not locked was left by an import that died


def _claim(part, path):
    """Make the scratch file ``part`` of a new GeoPackage ours, created exclusively: one left by an import
    that died is taken over; one that another import is writing (it holds SQLite's write lock) is not
    touched, and the import says so instead of destroying the other's work."""
    busy = PluginError(tr("Another import is creating {gpkg} right now: wait until it has finished, then import "
                          "again (the files are added to it).").format(gpkg=path))
    for _attempt in range(3):
        try:
            os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
            return
        except FileExistsError:
            pass
        try:
            if time.time() - os.path.getmtime(part) < STALE_S or _locked(part):
                raise busy
            os.remove(part)
        except FileNotFoundError:
            continue  # it went (that import finished or gave up): try again
    raise busy


def _locked(path):
    """Whether another connection holds a write lock on the SQLite file ``path``."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc)
    except sqlite3.Error:
        return False  # not a database (an import killed before it wrote one): not in use
    finally:
        conn.close()


def _move_new(work, path):
    """Move a finished new GeoPackage into place, never over a file that appeared meanwhile (another import
    that created it first): that would silently drop the other's data."""
    taken = PluginError(tr("{gpkg} was created by another import while this one ran: this import was not kept, "
                           "so nothing of either is lost. Import again to add these files to it.").format(gpkg=path))
    try:
        os.link(work, path)  # fails if path exists: atomic, no replacing
    except FileExistsError:
        raise taken from None
    except OSError:  # no hard links on this file system (FAT, some shares)
        if os.path.exists(path):
            raise taken from None
        os.replace(work, path)
        return
    os.remove(work)
