"""EGMS data in a GeoPackage: one point layer per dataset, series kept compactly beside it.

Per dataset (level + component + release), e.g. ``egms_l2b_2020_2024``:

- ``<layer>``: a point layer in EPSG:3035 (L2 from easting/northing, the same metric CRS as L3), with
  every non-date attribute under its newest name, plus ``track``, ``direction`` and ``source_file``;
  unique index on ``pid``, index on ``mean_velocity``, R-tree spatial index.
- ``<layer>_ts``: one row per point: ``pid``, ``source_id`` and ``data``, the displacement series as
  little-endian integers in 0.1 mm (int16, or int32 for a series beyond ±3276.6 mm; the smallest
  value of the type means "no value"). The attribute table stays usable; a series reads back by pid
  with one index lookup, losslessly at the CSV's 0.1 mm precision.
- ``egms_sources``: one row per imported CSV: its layer, name parts, dates (stored once per file:
  bursts of one release do not share all dates), XML header, counts.

Everything is written with the standard library's sqlite3 inside one transaction, so an import
that fails or is cancelled leaves the GeoPackage exactly as it was.
"""
import datetime
import errno
import json
import os
import sqlite3
import time
from urllib.request import pathname2url

import numpy as np

from ..errors import PluginError
from ..i18n import tr
from ..log import log
from .csvparse import NODATA, encode_series  # noqa: F401 (encode_series: part of the store's API)
from .formats import INTEGER_COLUMNS, layer_columns

SRS_ID = 3035
SOURCES = "egms_sources"

_GPB_POINT = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
                       ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])  # 29 bytes, packed


def point_blobs(x, y, srs_id=SRS_ID):
    """GeoPackage binary points (no envelope, little endian), one bytes object per coordinate pair."""
    arr = np.zeros(len(x), dtype=_GPB_POINT)
    arr["magic"], arr["flags"], arr["srs"], arr["order"], arr["type"] = b"GP", 1, srs_id, 1, 1
    arr["x"], arr["y"] = x, y
    buf, size = arr.tobytes(), _GPB_POINT.itemsize
    return [buf[i:i + size] for i in range(0, len(buf), size)]


def parse_dates(text):
    """The dates of egms_sources ("yyyymmdd,yyyymmdd,...") as datetime64[D]."""
    return np.array([np.datetime64("{}-{}-{}".format(d[:4], d[4:6], d[6:])) for d in text.split(",")])


def decode_series(blob, n_dates):
    """One stored series (bytes) as mm, NaN where no value."""
    itemsize = len(blob) // n_dates
    return decode_block(np.frombuffer(blob, dtype="<i2" if itemsize == 2 else "<i4"), itemsize)


def decode_block(raw, itemsize):
    """Stored 0.1 mm integers (any shape) as mm, NaN where no value."""
    values = raw.astype(np.float64) / 10.0
    values[raw == NODATA[itemsize]] = np.nan
    return values


def _q(name):
    return '"' + name.replace('"', '""') + '"'


def _now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


def _count_triggers(t):
    """GDAL's triggers that keep gpkg_ogr_contents.feature_count right when the layer is edited."""
    return ["CREATE TRIGGER {} AFTER {} ON {} BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count {} 1 "
            "WHERE lower(table_name) = lower('{}'); END".format(
                _q("trigger_{}_feature_count_{}".format(what.lower(), t)), what, _q(t), sign, t.replace("'", "''"))
            for what, sign in (("INSERT", "+"), ("DELETE", "-"))]


def _rtree_triggers(t, c="geom", i="fid"):
    r = _q("rtree_{}_{}".format(t, c))
    T, C, ID = _q(t), _q(c), _q(i)
    values = "NEW.{I}, ST_MinX(NEW.{C}), ST_MaxX(NEW.{C}), ST_MinY(NEW.{C}), ST_MaxY(NEW.{C})".format(I=ID, C=C)
    name = lambda suffix: _q("rtree_{}_{}_{}".format(t, c, suffix))  # noqa: E731
    return [
        "CREATE TRIGGER {n} AFTER INSERT ON {T} WHEN (new.{C} NOT NULL AND NOT ST_IsEmpty(NEW.{C})) "
        "BEGIN INSERT OR REPLACE INTO {r} VALUES ({v}); END".format(n=name("insert"), T=T, C=C, r=r, v=values),
        "CREATE TRIGGER {n} AFTER UPDATE OF {C} ON {T} WHEN OLD.{I} = NEW.{I} AND "
        "(NEW.{C} NOTNULL AND NOT ST_IsEmpty(NEW.{C})) BEGIN INSERT OR REPLACE INTO {r} VALUES ({v}); END"
        .format(n=name("update1"), T=T, C=C, I=ID, r=r, v=values),
        "CREATE TRIGGER {n} AFTER UPDATE OF {C} ON {T} WHEN OLD.{I} = NEW.{I} AND "
        "(NEW.{C} ISNULL OR ST_IsEmpty(NEW.{C})) BEGIN DELETE FROM {r} WHERE id = OLD.{I}; END"
        .format(n=name("update2"), T=T, C=C, I=ID, r=r),
        "CREATE TRIGGER {n} AFTER UPDATE ON {T} WHEN OLD.{I} != NEW.{I} AND "
        "(NEW.{C} NOTNULL AND NOT ST_IsEmpty(NEW.{C})) BEGIN DELETE FROM {r} WHERE id = OLD.{I}; "
        "INSERT OR REPLACE INTO {r} VALUES ({v}); END".format(n=name("update3"), T=T, C=C, I=ID, r=r, v=values),
        "CREATE TRIGGER {n} AFTER UPDATE ON {T} WHEN OLD.{I} != NEW.{I} AND "
        "(NEW.{C} ISNULL OR ST_IsEmpty(NEW.{C})) BEGIN DELETE FROM {r} WHERE id IN (OLD.{I}, NEW.{I}); END"
        .format(n=name("update4"), T=T, C=C, I=ID, r=r),
        "CREATE TRIGGER {n} AFTER DELETE ON {T} WHEN old.{C} NOT NULL "
        "BEGIN DELETE FROM {r} WHERE id = OLD.{I}; END".format(n=name("delete"), T=T, C=C, I=ID, r=r),
    ]


_SRS_3035_WKT = (
    'PROJCS["ETRS89-extended / LAEA Europe",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",'
    'SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6258"]],'
    'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AUTHORITY["EPSG","4258"]],PROJECTION["Lambert_Azimuthal_Equal_Area"],PARAMETER["latitude_of_center",52],'
    'PARAMETER["longitude_of_center",10],PARAMETER["false_easting",4321000],PARAMETER["false_northing",3210000],'
    'UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Northing",NORTH],AXIS["Easting",EAST],AUTHORITY["EPSG","3035"]]')

_CORE_DDL = [
    "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
    "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
    "description TEXT)",
    "CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
    "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
    "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
    "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))",
    "CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
    "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
    "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
    "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
    "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
    "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))",
    "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
    "definition TEXT NOT NULL, scope TEXT NOT NULL, "
    "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))",
    # GDAL's feature counts: QGIS relies on them to count a filtered layer right
    "CREATE TABLE IF NOT EXISTS gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, "
    "feature_count INTEGER DEFAULT NULL)",
]

_SOURCE_COLUMNS = [("layer", "TEXT NOT NULL"), ("file_name", "TEXT NOT NULL"), ("level", "TEXT"),
                   ("release", "TEXT"), ("sub_release", "INTEGER"), ("component", "TEXT"), ("track", "INTEGER"),
                   ("burst", "INTEGER"), ("swath", "TEXT"), ("polarisation", "TEXT"), ("tile", "TEXT"),
                   ("direction", "TEXT"), ("dates", "TEXT NOT NULL"), ("n_points", "INTEGER"),
                   ("n_duplicates", "INTEGER"), ("n_skipped", "INTEGER"), ("n_clipped", "INTEGER"),
                   ("header", "TEXT"), ("imported_at", "TEXT")]


def connect(path, scratch=False):
    """A connection for writing. ``scratch``: a new file under a temporary name, moved into place only
    when complete, so it needs no rollback journal and no syncing until the end (see ``sync_file``)."""
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA cache_size=-32768")  # 32 MB: bounded, whatever the file
    if scratch:
        conn.execute("PRAGMA page_size=8192")  # a new file: larger pages insert faster (any size reads fine)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
    return conn


def connect_read_only(path, **kwargs):
    """A read-only connection. A GeoPackage that an import stopped by force (killed, power lost) left with a
    hot journal cannot be read read-only until the journal is rolled back: that is done first, with one
    short read-write open, as SQLite does for any writer; a PluginError where the file cannot be written."""
    uri = "file:{}?mode=ro".format(pathname2url(os.path.abspath(path)))
    conn = sqlite3.connect(uri, uri=True, **kwargs)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "readonly" not in str(exc) or not os.path.exists(path + "-journal"):
            raise
        log.info("%s: rolling back the unfinished write of a stopped import (%s)", path, exc)
    try:
        repair = sqlite3.connect(path, timeout=30)
        try:
            repair.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        finally:
            repair.close()
    except sqlite3.Error:
        raise PluginError(tr("{gpkg} holds the unfinished write of an import that was stopped; it is repaired when "
                             "it is opened once where it can be written.").format(gpkg=path)) from None
    return sqlite3.connect(uri, uri=True, **kwargs)


def sync_file(path):
    """Flush a finished scratch file to disk before it is moved into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def table_exists(conn, name):
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None


_WGS84_WKT = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
              'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
              '0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
              'AUTHORITY["EPSG","4326"]]')


def ensure_core(conn):
    """The GeoPackage core tables, EPSG:3035, and the egms_sources table (inside the caller's transaction).
    On an empty database this makes a new GeoPackage (application id, version, required SRS rows)."""
    if conn.execute("PRAGMA application_id").fetchone()[0] == 0 and not table_exists(conn, "gpkg_contents"):
        conn.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
        conn.execute("PRAGMA user_version = 10200")
    for ddl in _CORE_DDL:
        conn.execute(ddl)
    conn.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)", [
        ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
        ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
        ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT, "longitude/latitude coordinates in decimal degrees"),
    ])
    conn.execute("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)",
                 ("ETRS89-extended / LAEA Europe", SRS_ID, "EPSG", SRS_ID, _SRS_3035_WKT, None))
    if not table_exists(conn, SOURCES):
        cols = ", ".join("{} {}".format(n, t) for n, t in _SOURCE_COLUMNS)
        conn.execute("CREATE TABLE {} (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {}, "
                     "UNIQUE (layer, file_name))".format(SOURCES, cols))
        _register(conn, SOURCES, "attributes", "EGMS files imported into this GeoPackage, with their dates")


def _register(conn, table, data_type, description, srs_id=None):
    conn.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
                 "VALUES (?,?,?,?,?,?)", (table, data_type, table, description, _now(), srs_id))


def imported_files(conn, layer):
    if not table_exists(conn, SOURCES):
        return set()
    return {r[0] for r in conn.execute("SELECT file_name FROM {} WHERE layer=?".format(SOURCES), (layer,))}


def remove_source(conn, layer, file_name):
    """Delete one imported file's points and series (for a clean re-import)."""
    conn.execute("DELETE FROM {} WHERE pid IN (SELECT pid FROM {} WHERE source_file=?)".format(
        _q(layer + "_ts"), _q(layer)), (file_name,))
    conn.execute("DELETE FROM {} WHERE source_file=?".format(_q(layer)), (file_name,))
    conn.execute("DELETE FROM {} WHERE layer=? AND file_name=?".format(SOURCES), (layer, file_name))


class LayerWriter:
    """Appends rows to one dataset layer inside the caller's transaction; ``finish()`` indexes them."""

    def __init__(self, conn, layer, level, description):
        self.conn = conn
        self.layer = layer
        self.level = level
        self.columns = layer_columns(level)  # pid first
        self.extra = ["track", "direction", "source_file"]
        self.created = not table_exists(conn, layer)
        self._index_parts = []  # new layer: (fids, x, y) of each chunk, packed into the R-tree in finish()
        if self.created:
            self._create(description)
        # the spatial-index triggers call ST_* functions only GDAL provides: drop them for the bulk
        # insert (the R-tree is filled in finish()) and put them back before the transaction ends
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name=? "
                                    "AND (name LIKE 'rtree_%' OR name LIKE 'trigger_%_feature_count_%')",
                                    (layer,)).fetchall():
            conn.execute("DROP TRIGGER {}".format(_q(name)))
        names = ["geom"] + self.columns + self.extra
        self._insert_points = "INSERT OR IGNORE INTO {} ({}) VALUES ({})".format(
            _q(layer), ", ".join(_q(n) for n in names), ", ".join("?" * len(names)))
        self._insert_series = "INSERT OR IGNORE INTO {} (pid, source_id, data) VALUES (?,?,?)".format(
            _q(layer + "_ts"))
        self._max_fid = "SELECT MAX(fid) FROM {}".format(_q(layer))
        self._new_rows = "SELECT fid, easting, northing FROM {} WHERE fid >= ?".format(_q(layer))
        self._index_rows = "INSERT OR REPLACE INTO {} SELECT fid, easting, easting, northing, northing FROM {} " \
                           "WHERE fid >= ?".format(_q("rtree_{}_geom".format(layer)), _q(layer))

    def _create(self, description):
        conn, t = self.conn, self.layer
        cols = ['"fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL', '"geom" POINT', '"pid" TEXT NOT NULL']
        cols += ["{} {}".format(_q(c), "INTEGER" if c in INTEGER_COLUMNS else "REAL") for c in self.columns[1:]]
        cols += ['"track" INTEGER', '"direction" TEXT', '"source_file" TEXT']
        conn.execute("CREATE TABLE {} ({})".format(_q(t), ", ".join(cols)))
        conn.execute("CREATE UNIQUE INDEX {} ON {} (pid)".format(_q(t + "_pid_idx"), _q(t)))
        conn.execute("CREATE INDEX {} ON {} (mean_velocity)".format(_q(t + "_velocity_idx"), _q(t)))
        _register(conn, t, "features", description, SRS_ID)
        conn.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)", (t, SRS_ID))
        conn.execute("CREATE VIRTUAL TABLE {} USING rtree(id, minx, maxx, miny, maxy)".format(
            _q("rtree_{}_geom".format(t))))
        conn.execute("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                     "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (t,))
        conn.execute("CREATE TABLE {} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, pid TEXT NOT NULL UNIQUE, "
                     "source_id INTEGER NOT NULL, data BLOB NOT NULL)".format(_q(t + "_ts")))
        _register(conn, t + "_ts", "attributes",
                  "Displacement series of {} (0.1 mm integers; dates in egms_sources)".format(t))

    def add_source(self, name, dates, header, direction):
        cur = self.conn.execute(
            "INSERT INTO {} (layer, file_name, level, release, sub_release, component, track, burst, swath, "
            "polarisation, tile, direction, dates, header, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            .format(SOURCES),
            (self.layer, name.stem + ".csv", name.level, name.release, name.sub_release, name.component, name.track,
             name.burst, name.swath, name.polarisation, name.tile, direction, ",".join(dates),
             json.dumps(header, separators=(",", ":")), _now()))
        return cur.lastrowid

    def finish_source(self, source_id, n_points, n_duplicates, n_skipped, n_clipped, direction):
        self.conn.execute("UPDATE {} SET n_points=?, n_duplicates=?, n_skipped=?, n_clipped=?, direction=? "
                          "WHERE id=?".format(SOURCES),
                          (n_points, n_duplicates, n_skipped, n_clipped, direction, source_id))

    def write(self, pids, attributes, x, y, series, source_id, track, directions, source_file):
        """``series``: one encoded series (bytes) per row, see csvparse.encode_series."""
        """Insert rows and index them; ``attributes`` maps column -> numpy array (missing columns become
        NULL). Returns how many rows were new (the others had a pid already in the layer)."""
        n = len(pids)
        if n == 0:
            return 0
        columns = [point_blobs(x, y), pids]
        for c in self.columns[1:]:
            columns.append(_sql_values(attributes.get(c), c in INTEGER_COLUMNS, n))
        columns += [[track] * n, directions, [source_file] * n]
        before = self.conn.total_changes
        first_fid = (self.conn.execute(self._max_fid).fetchone()[0] or 0) + 1
        self.conn.executemany(self._insert_points, zip(*columns))
        inserted = self.conn.total_changes - before
        self.conn.executemany(self._insert_series, zip(pids, [source_id] * n, series))
        if not self.created:
            self.conn.execute(self._index_rows, (first_fid,))
        elif inserted == n:  # new rows got consecutive fids, in order
            # copies: x and y are columns of the whole chunk, which must not be kept alive
            self._index_parts.append((np.arange(first_fid, first_fid + n), x.copy(), y.copy()))
        elif inserted:  # some pids were already there: ask which rows are new
            rows = np.array(self.conn.execute(self._new_rows, (first_fid,)).fetchall(), dtype=np.float64)
            self._index_parts.append((rows[:, 0].astype(np.int64), rows[:, 1], rows[:, 2]))
        return inserted

    def finish(self):
        """Put the spatial-index triggers back and record the extent (the R-tree is filled by write())."""
        conn, t = self.conn, self.layer
        rtree = _q("rtree_{}_geom".format(t))
        if self._index_parts:
            ids, x, y = (np.concatenate(part) for part in zip(*self._index_parts))
            self._index_parts = []
            pack_rtree(conn, "rtree_{}_geom".format(t), ids, x, x, y, y)
        for ddl in _rtree_triggers(t) + _count_triggers(t):
            conn.execute(ddl)
        conn.execute("INSERT OR REPLACE INTO gpkg_ogr_contents VALUES (?, (SELECT COUNT(*) FROM {}))".format(_q(t)),
                     (t,))
        conn.execute("UPDATE gpkg_contents SET min_x=(SELECT MIN(minx) FROM {r}), max_x=(SELECT MAX(maxx) FROM {r}), "
                     "min_y=(SELECT MIN(miny) FROM {r}), max_y=(SELECT MAX(maxy) FROM {r}), last_change=? "
                     "WHERE table_name IN (?, ?)".format(r=rtree), (_now(), t, t + "_ts"))


def _float32_bounds(low, high):
    """float32 copies of box bounds, rounded outwards so the box still holds the point."""
    low32, high32 = low.astype(np.float32), high.astype(np.float32)
    down = low32.astype(np.float64) > low
    low32[down] = np.nextafter(low32[down], np.float32(-np.inf))
    up = high32.astype(np.float64) < high
    high32[up] = np.nextafter(high32[up], np.float32(np.inf))
    return low32, high32


def pack_rtree(conn, name, ids, minx, maxx, miny, maxy):
    """Fill an empty SQLite R-tree (2 dimensions) at once by sort-tile-recursive packing, writing its
    node, rowid and parent tables directly: much faster than inserting rows one by one, and a
    well-shaped tree. Node layout as SQLite's rtree module stores it: 2 bytes depth (root only),
    2 bytes cell count, then cells of a big-endian int64 id and four big-endian float32 bounds,
    zero-padded to the node size SQLite chose for the table (read from its empty root node)."""
    node_size = conn.execute("SELECT length(data) FROM {} WHERE nodeno = 1".format(_q(name + "_node"))).fetchone()[0]
    capacity = (node_size - 4) // 24
    x0, x1 = _float32_bounds(np.asarray(minx, np.float64), np.asarray(maxx, np.float64))
    y0, y1 = _float32_bounds(np.asarray(miny, np.float64), np.asarray(maxy, np.float64))
    child = np.asarray(ids, np.int64)  # level 0: row ids; above: index of the child node one level down
    boxes = np.column_stack([x0, x1, y0, y1])
    levels = []  # bottom-up: (child, boxes) in packed order, and the node count
    while True:
        n = len(child)
        n_nodes = -(-n // capacity)
        slice_len = capacity * int(np.ceil(np.sqrt(n_nodes)))
        cx = boxes[:, 0].astype(np.float64) + boxes[:, 1]
        cy = boxes[:, 2].astype(np.float64) + boxes[:, 3]
        by_x = np.argsort(cx, kind="stable")
        order = by_x[np.lexsort((cy[by_x], np.arange(n) // slice_len))]
        child, boxes = child[order], boxes[order]
        levels.append((child, boxes, n_nodes))
        if n_nodes == 1:
            break
        starts = np.arange(n_nodes) * capacity
        boxes = np.column_stack([np.minimum.reduceat(boxes[:, 0], starts), np.maximum.reduceat(boxes[:, 1], starts),
                                 np.minimum.reduceat(boxes[:, 2], starts), np.maximum.reduceat(boxes[:, 3], starts)])
        child = np.arange(n_nodes)
    numbers, next_no = [None] * len(levels), 1  # node numbers: the root is 1, then level by level downwards
    for k in reversed(range(len(levels))):
        numbers[k] = np.arange(next_no, next_no + levels[k][2])
        next_no += levels[k][2]
    depth = len(levels) - 1
    cell = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    node_rows, parent_rows = [], []
    for k, (child, boxes, n_nodes) in enumerate(levels):
        node_of = np.arange(len(child)) // capacity
        cells = np.zeros(len(child), dtype=cell)
        cells["id"] = child if k == 0 else numbers[k - 1][child]
        cells["box"] = boxes
        raw = cells.tobytes()
        for j in range(n_nodes):
            count = min(capacity, len(child) - j * capacity)
            data = ((depth if k == depth else 0).to_bytes(2, "big") + count.to_bytes(2, "big")
                    + raw[j * capacity * 24:(j * capacity + count) * 24])
            node_rows.append((int(numbers[k][j]), data + bytes(node_size - len(data))))
        if k > 0:
            parent_rows.extend(zip(numbers[k - 1][child].tolist(), numbers[k][node_of].tolist()))
    conn.executemany("INSERT OR REPLACE INTO {} (nodeno, data) VALUES (?, ?)".format(_q(name + "_node")), node_rows)
    leaves, leaf_nodes = levels[0][0], numbers[0][np.arange(len(levels[0][0])) // capacity]
    conn.executemany("INSERT INTO {} (rowid, nodeno) VALUES (?, ?)".format(_q(name + "_rowid")),
                     zip(map(int, leaves), map(int, leaf_nodes)))  # lazily: no million-item lists
    conn.executemany("INSERT INTO {} (nodeno, parentnode) VALUES (?, ?)".format(_q(name + "_parent")), parent_rows)


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


class StoredSeries:
    """What the series readers of both stores share: each source's dates read once, series decoded. A
    store's reader has ``conn`` and gives ``_rows(pids)`` ((pid, source_id, data) rows of the pids found)
    and ``_dates_text(source_id)``."""

    def dates(self, source_id):
        if source_id not in self._dates:
            self._dates[source_id] = parse_dates(self._dates_text(source_id))
        return self._dates[source_id]

    def series(self, pid):
        """(dates as datetime64[D], displacement in mm with NaN where none); KeyError for an unknown pid."""
        found = self.series_many([pid])
        if pid not in found:
            raise KeyError(pid)
        return found[pid]

    def series_many(self, pids):
        """{pid: (dates, mm)} of the pids found."""
        found = {}
        for block_pids, dates, values in self.blocks(self._rows(list(pids))):
            found.update((pid, (dates, row)) for pid, row in zip(block_pids, values))
        return found

    def blocks(self, rows, columns=None):
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
            itemsize = size // max(1, len(dates))
            raw = np.frombuffer(b"".join(blobs), dtype="<i2" if itemsize == 2 else "<i4").reshape(len(pids), -1)
            if columns is not None:
                keep = columns(dates)
                raw, dates = raw[:, keep], dates[keep]
            yield pids, dates, decode_block(raw, itemsize)

    def rows_of(self, pids):
        """(pid, source_id, data) of the pids found."""
        return list(self._rows(list(pids)))

    def rows_around(self, fid, size):
        """(fid, source_id, data, pid) of the layer's points whose feature ids fall in the block of ``size`` ids
        that holds ``fid`` (ids from a multiple of ``size``): the points a field-calculator or render pass asks for
        next, whatever order the provider gives them in, each block read once. ``blocks`` keys them by fid."""
        first = fid - fid % size
        return self._rows_between(first, first + size)

    def rows_between(self, first, end):
        """(fid, source_id, data, pid) of the layer's points with ``first <= fid < end``."""
        return self._rows_between(first, end)

    def changed(self):
        """Whether the store changed since the last call (another connection wrote to it)."""
        return False

    def close(self):
        self.conn.close()


class SeriesReader(StoredSeries):
    """Reads point series of one layer of a GeoPackage by pid; keeps its connection and the dates of each source."""

    def __init__(self, gpkg_path, layer):
        # read-only; may be handed to a background task's thread (used by one thread at a time)
        self.conn = connect_read_only(gpkg_path, timeout=30, check_same_thread=False)
        self.layer = layer
        self._dates = {}

    def _dates_text(self, source_id):
        return self.conn.execute("SELECT dates FROM {} WHERE id=?".format(SOURCES), (source_id,)).fetchone()[0]

    def _rows_between(self, first, end):
        query = "SELECT l.fid, t.source_id, t.data, l.pid FROM {} l JOIN {} t ON t.pid = l.pid WHERE l.fid >= ? " \
                "AND l.fid < ?".format(_q(self.layer), _q(self.layer + "_ts"))
        return self.conn.execute(query, (first, end)).fetchall()

    def fid_range(self):
        """(lowest, highest) feature id of the layer's points, (None, None) without points."""
        return tuple(self.conn.execute("SELECT min(fid), max(fid) FROM {}".format(_q(self.layer))).fetchone())

    def changed(self):
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        changed, self._version = version != getattr(self, "_version", version), version
        if changed:
            self._dates = {}
        return changed

    def _rows(self, pids):
        for start in range(0, len(pids), 500):  # a few hundred pids a query
            part = pids[start:start + 500]
            yield from self.conn.execute("SELECT pid, source_id, data FROM {} WHERE pid IN ({})".format(
                _q(self.layer + "_ts"), ",".join("?" * len(part))), part).fetchall()


def read_series(gpkg_path, layer, pid):
    """The displacement series (dates, mm) of one point of an imported layer."""
    reader = SeriesReader(gpkg_path, layer)
    try:
        return reader.series(pid)
    finally:
        reader.close()


def column_values(gpkg_path, layer, column):
    """One numeric column of a layer as a numpy array (fast, for styling and statistics)."""
    conn = connect_read_only(gpkg_path)
    try:
        rows = conn.execute("SELECT {} FROM {} ORDER BY fid".format(_q(column), _q(layer))).fetchall()
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
        return _Session(self.path)

    def cancelled(self, file_name):
        return tr("Import cancelled: {gpkg} was left as it was.").format(gpkg=self.label)

    def error(self, exc):
        """The PluginError saying what went wrong while writing, for database and file errors; else None."""
        if not isinstance(exc, (sqlite3.Error, OSError)):
            return None
        text, gpkg = str(exc), self.path
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "full" in text:
            return PluginError(tr("The disk is full: {gpkg} was not changed. Free some space and import again.")
                               .format(gpkg=gpkg))
        if "readonly" in text or "read-only" in text:
            return PluginError(tr("{gpkg} is read-only: choose another GeoPackage.").format(gpkg=gpkg))
        if "locked" in text:
            return PluginError(tr("{gpkg} is in use by another program (locked); close it there and try again.")
                               .format(gpkg=gpkg))
        return PluginError(tr("Could not write {gpkg}: {error}").format(gpkg=gpkg, error=text))


def _writable(path):
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


class _Session:
    """One import into a GeoPackage: a single transaction, so a failure or a cancel leaves the file as it
    was. A new GeoPackage is built under a temporary name and moved into place only when complete."""

    keeps_done_files = False  # one transaction: a failure leaves the file as it was

    def __init__(self, path):
        self.path = path
        self.new_file = not os.path.exists(path)
        self.work_path = path + ".part" if self.new_file else path
        if self.new_file:
            _claim(self.work_path, path)
        self.conn = connect(self.work_path, scratch=self.new_file)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            ensure_core(self.conn)
        except BaseException:  # the importer gets no session to abort: close, and remove a new file's start
            self.abort()
            raise

    def writer(self, layer, level, description):
        return LayerWriter(self.conn, layer, level, description)

    def imported_files(self, layer):
        return imported_files(self.conn, layer)

    def remove_source(self, layer, file_name):
        remove_source(self.conn, layer, file_name)

    def file_done(self):
        pass  # one transaction for the whole import

    def commit(self):
        self.conn.execute("COMMIT")
        self.conn.close()
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
