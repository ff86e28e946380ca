"""Writing EGMS layers into a GeoPackage (``GeoPackage.open()``'s session hands out one writer per layer): the rows
appended in bulk, the series beside them, the indexes and the R-tree built once at the end (store.py has the data
model)."""
import functools
import json
import tempfile
from collections import Counter
from typing import Dict, Sequence

import numpy as np

from .... import sql
from ...formats import INTEGER_COLUMNS, layer_columns
from ..shared import SOURCES, SRS_ID, now_utc
from ...overviews import Tiles
from ...series_codec import RowBlock
from .format import (count_triggers, insert_rows, point_blobs, register, rtree_triggers, series_by_pid,
                     table_exists)
from .overview import write_overview
from .rtree import has_json, json_integers, pack_rtree_sorted


def imported_files(conn, layer: str) -> set:
    if not table_exists(conn, SOURCES):
        return set()
    return {r[0] for r in conn.execute(sql.statement("SELECT file_name FROM {sources} WHERE layer=?", sources=SOURCES),
                                       (layer,))}


def remove_source(conn, layer: str, file_name: str) -> None:
    """Delete one imported file's points and series (for a clean re-import)."""
    key = "pid" if series_by_pid(conn, layer) else "fid"
    conn.execute(sql.statement("DELETE FROM {ts} WHERE {k} IN (SELECT {k} FROM {t} WHERE source_file=?)",
                               ts=layer + "_ts", t=layer, k=key), (file_name,))
    conn.execute(sql.statement("DELETE FROM {t} WHERE source_file=?", t=layer), (file_name,))
    conn.execute(sql.statement("DELETE FROM {sources} WHERE layer=? AND file_name=?", sources=SOURCES),
                 (layer, file_name))


IN_MEMORY_POINTS = 1_000_000  # a new layer of up to this many points has its R-tree sorted in memory (80 MB at most)


class GeoPackageWriter:
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
        self._dropped = 0  # a new layer's rows dropped in finish() as a pid seen before
        self._tiles = None  # a new layer's points dealt into tiles as they come, for its overview (overviews.py)
        if self.created:
            self._create(description)
        # appending to a new layer touches only its last pages: a small cache; an existing layer's pid index takes
        # random pids, each a page of its own: the cache holds that index
        conn.execute(sql.statement("PRAGMA cache_size={size}", size=-4096 if self.created else -32768))
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
        # the unique index on pid and the one on mean_velocity are made in finish(), at once: kept up row by row, the
        # pid index (random pids) needs all its pages in the cache (50 MB at 1M points) and a third of the insert
        # time; the velocity index costs four times as much
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

    def add_source(self, name, dates: Sequence[str], header, direction) -> int:
        cur = self.conn.execute(
            sql.statement("INSERT INTO {sources} (layer, file_name, level, release, sub_release, component, track, "
                          "burst, swath, polarisation, tile, direction, dates, header, imported_at) VALUES "
                          "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", sources=SOURCES),
            (self.layer, name.stem + ".csv", name.level, name.release, name.sub_release, name.component, name.track,
             name.burst, name.swath, name.polarisation, name.tile, direction, ",".join(dates),
             json.dumps(header, separators=(",", ":")), now_utc()))
        return cur.lastrowid

    def finish_source(self, source_id: int, n_points: int, n_duplicates: int, n_skipped: int, n_clipped: int,
                      direction) -> None:
        self.conn.execute(sql.statement("UPDATE {sources} SET n_points=?, n_duplicates=?, n_skipped=?, n_clipped=?, "
                                        "direction=? WHERE id=?", sources=SOURCES),
                          (n_points, n_duplicates, n_skipped, n_clipped, direction, source_id))

    def write(self, pids: Sequence[str], attributes: dict, x: np.ndarray, y: np.ndarray, series, source_id: int,
              track, directions, source_file: str) -> int:
        """Insert rows and index them; ``attributes`` maps column -> numpy array (missing columns become
        NULL), ``series`` holds one encoded series (bytes) per row, see series_codec.encode_series. Returns how many
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
            if self._tiles is None:
                self._tiles = Tiles()
            self._tiles.add(x, y, attributes.get("mean_velocity", np.full(n, np.nan)), track or 0)
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

    def finish(self) -> Dict[str, int]:
        """Index a new layer's pids (a pid seen twice keeps its first row), pack its R-tree, put the spatial-index
        triggers back, index mean_velocity and record the extent. Returns the rows dropped as a pid seen before, by
        source file (a new layer's duplicates are found here; an existing layer's index refused them row by row)."""
        conn, t = self.conn, self.layer
        if self._before_finish is not None:
            self._before_finish()
        name = "rtree_{}_geom".format(t)
        velocity_index = sql.statement("CREATE INDEX IF NOT EXISTS {index} ON {t} (mean_velocity)",
                                       index=t + "_velocity_idx", t=t)
        # a small cache from here: SQLite then sorts an index in short runs merged on disk, in half the time and
        # 45 MB less than in its 32 MB cache (1M points)
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute("PRAGMA cache_size=-2048")
        dropped = {}

        def index_layer():  # the pid and velocity indexes; in another thread while a tree is computed here
            if self.created:
                dropped.update(self._index_pids())
            conn.execute(velocity_index)

        try:
            if self._points is not None:  # read back and sorted here, within a few tens of MB
                self._points.seek(0)
                points = np.fromfile(self._points, dtype=np.float64).reshape(-1, 3)
                self._points.close()
                self._points = None
                order = np.argsort(points[:, 1], kind="stable")  # x order (the points' centres), the copies sorted
                ids, x, y = points[order, 0].astype(np.int64), points[order, 1], points[order, 2]
                del points, order  # 32 bytes a point from here, not 100
                # SQLite makes the indexes in another thread while the tree is computed here: both cores at work
                pack_rtree_sorted(conn, name, len(ids), iter([(ids, x, x, y, y)]), meanwhile=index_layer)
                if self._dropped:  # the rows of pids seen before, dropped meanwhile, leave the tree
                    conn.executemany(sql.statement("DELETE FROM {rtree} WHERE id = ?", rtree=name),
                                     ((int(fid),) for fid in self._dropped_fids))
            else:
                index_layer()
                if self.created and self._n_points:
                    # the points in x order, sorted by SQLite (on disk past its cache): memory bounded at any size
                    rows = conn.execute(sql.statement("SELECT fid, easting, northing FROM {t} ORDER BY easting", t=t))
                    pack_rtree_sorted(conn, name, self._n_points, _columns(rows))
        finally:
            conn.execute(sql.statement("PRAGMA cache_size={size}", size=int(cache)))
        for ddl in rtree_triggers(t) + count_triggers(t):
            conn.execute(ddl)
        count, bounds = self._n_points, self._bounds if self._n_points else (None,) * 4  # a new layer's: known
        if not self.created or self._dropped:  # an extended one's, or one with rows dropped: asked of its tables
            count = conn.execute(sql.statement("SELECT COUNT(*) FROM {t}", t=t)).fetchone()[0]
            bounds = conn.execute(sql.statement("SELECT MIN(minx), MAX(maxx), MIN(miny), MAX(maxy) FROM {rtree}",
                                                rtree=name)).fetchone()
        conn.execute("INSERT OR REPLACE INTO gpkg_ogr_contents VALUES (?, ?)", (t, count))
        conn.execute("UPDATE gpkg_contents SET min_x=?, max_x=?, min_y=?, max_y=?, last_change=? "
                     "WHERE table_name IN (?, ?)", tuple(bounds) + (now_utc(), t, t + "_ts"))
        tiles, self._tiles = self._tiles, None
        if tiles is not None and (self._dropped or not self.created):  # read from the layer instead
            tiles.close()
            tiles = None
        write_overview(conn, t, count, tiles)  # made again with the layer's new points
        return dropped

    def discard(self) -> None:
        """Remove the temporary files of an import that failed or was cancelled."""
        if self._tiles is not None:
            self._tiles.close()
            self._tiles = None
        if self._points is not None:
            self._points.close()
            self._points = None

    def _index_pids(self) -> Dict[str, int]:
        """A new layer's unique pid index, made once all its rows are in. Where a pid came twice (overlapping bursts,
        a file listing a point twice) its later rows are dropped first, with their series, and their files' counts
        in egms_sources corrected: as INSERT OR IGNORE would have done row by row. {source file: rows dropped}."""
        conn, t = self.conn, self.layer
        unique = sql.statement("CREATE UNIQUE INDEX {index} ON {t} (pid)", index=t + "_pid_idx", t=t)
        # looked for before the unique index is made: a failing CREATE cannot be undone in a file written without
        # a journal (a new GeoPackage is, see format.connect)
        seen = t + "_pid_seen"
        conn.execute(sql.statement("CREATE INDEX {seen} ON {t} (pid)", seen=seen, t=t))
        twice = sql.statement("SELECT pid FROM {t} INDEXED BY {seen} GROUP BY pid HAVING COUNT(*) > 1", t=t, seen=seen)
        later = []
        if conn.execute(sql.statement("{twice} LIMIT 1", twice=twice)).fetchone() is not None:
            later = conn.execute(sql.statement("SELECT fid, source_file FROM {t} AS a WHERE pid IN ({twice}) AND fid > "
                                               "(SELECT MIN(fid) FROM {t} AS b WHERE b.pid = a.pid)", t=t,
                                               twice=twice)).fetchall()
        conn.execute(sql.statement("DROP INDEX {seen}", seen=seen))
        if not later:
            conn.execute(unique)
            return {}
        fids = sorted(fid for fid, _file in later)
        conn.execute("CREATE TEMP TABLE egms_dropped (fid INTEGER PRIMARY KEY)")
        insert_rows(conn, sql.statement("INSERT INTO temp.egms_dropped (fid) VALUES "), ((f,) for f in fids), 1)
        for table in (t, t + "_ts"):
            conn.execute(sql.statement("DELETE FROM {table} WHERE fid IN (SELECT fid FROM temp.egms_dropped)",
                                       table=table))
        conn.execute("DROP TABLE temp.egms_dropped")
        conn.execute(unique)
        dropped = Counter(file for _fid, file in later)
        for file, n in dropped.items():
            conn.execute(sql.statement("UPDATE {sources} SET n_points = n_points - ?, n_duplicates = n_duplicates + ? "
                                       "WHERE layer = ? AND file_name = ?", sources=SOURCES), (n, n, t, file))
        self._dropped, self._dropped_fids = len(fids), fids
        self._n_points -= len(fids)
        return dict(dropped)


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
