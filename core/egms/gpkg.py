"""The GeoPackage file format as the EGMS store writes it with the standard library's sqlite3: the core tables and
EPSG:3035, binary points, GDAL's feature-count and R-tree triggers, an R-tree packed in one pass, connections
(scratch files, read-only ones that repair a stopped import's journal)."""
import os
import sqlite3
import threading
from itertools import chain, islice

import numpy as np

from .stored import SOURCE_COLUMNS, SOURCES, SRS_ID, now_utc

_GPB_POINT = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
                       ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])  # 29 bytes, packed


def point_blobs(x, y, srs_id=SRS_ID):
    """GeoPackage binary points (no envelope, little endian), one bytes object per coordinate pair."""
    arr = np.zeros(len(x), dtype=_GPB_POINT)
    arr["magic"], arr["flags"], arr["srs"], arr["order"], arr["type"] = b"GP", 1, srs_id, 1, 1
    arr["x"], arr["y"] = x, y
    buf, size = arr.tobytes(), _GPB_POINT.itemsize
    return [buf[i:i + size] for i in range(0, len(buf), size)]


def insert_rows(conn, insert, rows, n_columns, constants=()):
    """Run ``insert`` ("INSERT ... VALUES ", without the values) for ``rows`` (an iterable of tuples of
    ``n_columns``), several rows to a statement: a third faster than one statement a row (fewer statements run, and
    the AUTOINCREMENT counter is written once per statement), within the 999 parameters older SQLite builds allow;
    a few thousand rows held at a time, whatever the iterable's length. ``constants``: values the same in every row,
    after the tuples' (numbers or text, written into the statement as SQL literals: nothing bound for each row)."""
    per = max(1, min(64, 999 // n_columns))
    row = "({})".format(",".join(["?"] * n_columns + [_literal(v) for v in constants]))
    full = insert + ",".join([row] * per)
    step = per * n_columns
    rows = iter(rows)
    while True:
        batch = list(islice(rows, per * 64))
        whole = len(batch) - len(batch) % per
        if whole:
            flat = list(chain.from_iterable(batch[:whole]))
            conn.executemany(full, (flat[i:i + step] for i in range(0, len(flat), step)))
        if whole < len(batch):
            conn.execute(insert + ",".join([row] * (len(batch) - whole)), list(chain.from_iterable(batch[whole:])))
        if len(batch) < per * 64:
            return


def _literal(value):
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def count_triggers(t):
    """GDAL's triggers that keep gpkg_ogr_contents.feature_count right when the layer is edited."""
    return ["CREATE TRIGGER {} AFTER {} ON {} BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count {} 1 "
            "WHERE lower(table_name) = lower('{}'); END".format(
                quote("trigger_{}_feature_count_{}".format(what.lower(), t)), what, quote(t), sign,
                t.replace("'", "''"))
            for what, sign in (("INSERT", "+"), ("DELETE", "-"))]


def rtree_triggers(t, c="geom", i="fid"):
    r = quote("rtree_{}_{}".format(t, c))
    T, C, ID = quote(t), quote(c), quote(i)
    values = "NEW.{I}, ST_MinX(NEW.{C}), ST_MaxX(NEW.{C}), ST_MinY(NEW.{C}), ST_MaxY(NEW.{C})".format(I=ID, C=C)
    name = lambda suffix: quote("rtree_{}_{}_{}".format(t, c, suffix))  # noqa: E731
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


def connect(path, scratch=False):
    """A connection for writing. ``scratch``: a new file under a temporary name, moved into place only
    when complete, so it needs no rollback journal and no syncing until the end (see ``sync_file``)."""
    # used by one thread at a time; pack_rtree's ``meanwhile`` runs a statement on it in another while it computes
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cache_size=-32768")  # 32 MB: bounded, whatever the file
    if scratch:
        conn.execute("PRAGMA page_size=8192")  # a new file: larger pages insert faster (any size reads fine)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
    return conn


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
        cols = ", ".join("{} {}".format(n, t) for n, t in SOURCE_COLUMNS)
        conn.execute("CREATE TABLE {} (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {}, "
                     "UNIQUE (layer, file_name))".format(SOURCES, cols))
        register(conn, SOURCES, "attributes", "EGMS files imported into this GeoPackage, with their dates")


def register(conn, table, data_type, description, srs_id=None):
    conn.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
                 "VALUES (?,?,?,?,?,?)", (table, data_type, table, description, now_utc(), srs_id))


def _float32_bounds(low, high):
    """float32 copies of box bounds, rounded outwards so the box still holds the point."""
    low32, high32 = low.astype(np.float32), high.astype(np.float32)
    down = low32.astype(np.float64) > low
    low32[down] = np.nextafter(low32[down], np.float32(-np.inf))
    up = high32.astype(np.float64) < high
    high32[up] = np.nextafter(high32[up], np.float32(np.inf))
    return low32, high32


def _enclosing(boxes, capacity):
    """The box enclosing each run of ``capacity`` boxes (minx, maxx, miny, maxy rows): a node's, from its cells."""
    starts = np.arange(0, len(boxes), capacity)
    return np.column_stack([np.minimum.reduceat(boxes[:, 0], starts), np.maximum.reduceat(boxes[:, 1], starts),
                            np.minimum.reduceat(boxes[:, 2], starts), np.maximum.reduceat(boxes[:, 3], starts)])


ROWIDS_IN_ORDER = 2_000_000  # boxes whose rowid-table rows are kept to be written in id order (8 MB a million)


def has_json(conn):
    """Whether this SQLite has its JSON functions (built in since 3.38, and in most builds before)."""
    try:
        return conn.execute("SELECT COUNT(*) FROM json_each('[1]')").fetchone()[0] == 1
    except sqlite3.OperationalError:
        return False


def json_integers(values):
    """A JSON array of integers (a numpy array or a list), for SQLite's ``json_each``."""
    return "[" + ",".join(map(str, np.asarray(values, np.int64).tolist())) + "]"


def _insert_rowids(conn, table, ids, nodes, pairs=None):
    """An R-tree's rowid table rows (id, node). With ``pairs`` (each pair one integer, id * 2^32 + node: ids below
    2^31) through SQLite's ``json_each``, a statement per 65,536 (about half the time of binding the rows from
    Python); else as rows."""
    if pairs is None:
        insert_rows(conn, "INSERT INTO {} (rowid, nodeno) VALUES ".format(table), zip(ids.tolist(), nodes.tolist()), 2)
        return
    for start in range(0, len(pairs), 65536):
        conn.execute("INSERT INTO {} (rowid, nodeno) SELECT value >> 32, value & 4294967295 FROM json_each(?)"
                     .format(table), (json_integers(pairs[start:start + 65536]),))


def pack_rtree(conn, name, ids, minx, maxx, miny, maxy, meanwhile=None):
    """Fill an empty SQLite R-tree (2 dimensions) from arrays: ``pack_rtree_sorted`` with the boxes in x order
    (sorted while ``meanwhile`` runs)."""
    def in_x_order():
        x0, x1 = np.asarray(minx, np.float64), np.asarray(maxx, np.float64)
        order = np.argsort(x0 + x1, kind="stable")
        columns = [np.asarray(ids, np.int64)[order], x0[order], None, np.asarray(miny, np.float64)[order], None]
        # points (the same array as both bounds) are sorted once for both
        columns[2] = columns[1] if maxx is minx else x1[order]
        columns[4] = columns[3] if maxy is miny else np.asarray(maxy, np.float64)[order]
        yield columns

    pack_rtree_sorted(conn, name, len(ids), in_x_order(), meanwhile)


class _Recorded:
    """Stands in for a connection another thread is using: keeps the statements run on it, for ``replay``."""

    def __init__(self):
        self.calls = []

    def execute(self, sql, parameters=()):
        self.calls.append((sql, [parameters]))

    def executemany(self, sql, parameters):
        self.calls.append((sql, list(parameters)))

    def replay(self, conn):
        for sql, parameters in self.calls:
            conn.executemany(sql, parameters)
        self.calls = []


class Meanwhile:
    """Runs ``work(*args)`` in a thread while the caller goes on (a statement, during which SQLite leaves the
    interpreter lock so Python and numpy go on here; a file's sync, the disk at work): ``wait()`` waits for it,
    ``finish()`` waits and raises its error, if any."""

    def __init__(self, work, *args):
        self.error = None

        def run():
            try:
                work(*args)
            except BaseException as exc:  # raised again by finish(), in the caller's thread
                self.error = exc

        self.thread = threading.Thread(target=run, name="egms-gpkg-meanwhile", daemon=True)
        self.thread.start()

    def wait(self):
        self.thread.join()

    def finish(self):
        self.wait()
        if self.error is not None:
            raise self.error


def pack_rtree_sorted(conn, name, n, blocks, meanwhile=None):
    """Fill an empty SQLite R-tree (2 dimensions) with ``n`` boxes at once by sort-tile-recursive packing, writing
    its node, rowid and parent tables directly: much faster than inserting rows one by one, and a well-shaped tree.
    ``blocks``: (ids, minx, maxx, miny, maxy) arrays of the boxes, all of them in the order of their centres' x
    (e.g. read from the table with ORDER BY): they are taken a vertical slice at a time (about
    capacity x sqrt(leaves) boxes), so memory stays bounded whatever ``n``; only the leaves' boxes are kept.
    Node layout as SQLite's rtree module stores it: 2 bytes depth (root only), 2 bytes cell count, then cells of a
    big-endian int64 id and four big-endian float32 bounds, zero-padded to the node size SQLite chose for the table
    (read from its empty root node).

    ``meanwhile``: a statement (e.g. a CREATE INDEX) run on ``conn`` in another thread while the tree is computed (the
    blocks must not come from ``conn`` then); the tree is written when it is done. Without it (or without boxes), it
    runs first."""
    if n == 0:
        if meanwhile is not None:
            conn.execute(meanwhile)
        return
    node_size = conn.execute("SELECT length(data) FROM {} WHERE nodeno = 1".format(quote(name + "_node"))).fetchone()[0]
    by_json = has_json(conn)
    if meanwhile is None:
        _pack(conn, name, n, blocks, node_size, by_json)
        return
    running, recorded = Meanwhile(conn.execute, meanwhile), _Recorded()
    try:
        _pack(recorded, name, n, blocks, node_size, by_json)
    finally:
        running.finish()
    recorded.replay(conn)


def _pack(out, name, n, blocks, node_size, by_json):
    """``pack_rtree_sorted``'s work: its statements run on ``out`` (a connection, or ``_Recorded``)."""
    capacity = (node_size - 4) // 24
    sizes = [-(-n // capacity)]  # nodes per level, leaves first
    while sizes[-1] > 1:
        sizes.append(-(-sizes[-1] // capacity))
    depth = len(sizes) - 1
    first = [1 + sum(sizes[k + 1:]) for k in range(len(sizes))]  # node numbers: the root is 1, then level by level
    slice_len = capacity * int(np.ceil(np.sqrt(sizes[0])))
    cell = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    node_table, rowid_table = quote(name + "_node"), quote(name + "_rowid")
    # the rowid table written in id order (appended to its B-tree, not inserted all over it: half the time) where
    # the boxes are few enough to keep their ids
    keep_rowids, kept = n <= ROWIDS_IN_ORDER, []
    leaf_boxes, next_leaf = [], first[0]

    def write_nodes(numbers, cells, level):  # the nodes ``numbers`` of a level, ``capacity`` cells each
        raw = cells.tobytes()
        header = (depth if level == depth else 0).to_bytes(2, "big")

        def rows():
            for j, number in enumerate(numbers):
                count = min(capacity, len(cells) - j * capacity)
                data = header + count.to_bytes(2, "big") + raw[j * capacity * 24:(j * capacity + count) * 24]
                yield int(number), data + bytes(node_size - len(data))

        insert_rows(out, "INSERT OR REPLACE INTO {} (nodeno, data) VALUES ".format(node_table), rows(), 2)

    def leaves(columns):  # one vertical slice: by y, then cut into leaves
        nonlocal next_leaf
        ids, x0, x1, y0, y1 = columns
        x0, x1 = _float32_bounds(x0, x1)
        y0, y1 = _float32_bounds(y0, y1)
        order = np.argsort(y0.astype(np.float64) + y1, kind="stable")
        cells = np.zeros(len(ids), dtype=cell)
        cells["id"] = ids[order]
        boxes = np.column_stack([x0[order], x1[order], y0[order], y1[order]])
        cells["box"] = boxes
        count = -(-len(ids) // capacity)
        numbers = np.arange(next_leaf, next_leaf + count)
        next_leaf += count
        write_nodes(numbers, cells, 0)
        slice_ids, nodes = cells["id"].astype(np.int64), np.repeat(numbers, capacity)[:len(ids)]
        pairs = (slice_ids << 32) | nodes if by_json and slice_ids.min() >= 0 and slice_ids.max() < 2 ** 31 else None
        if pairs is not None and keep_rowids:  # written in id order at the end
            kept.append(pairs)
        else:
            _insert_rowids(out, rowid_table, slice_ids, nodes, pairs)
        leaf_boxes.append(_enclosing(boxes, capacity))

    held, have = [], 0  # blocks not yet packed (views: a slice taken off a block copies nothing)
    for block in blocks:
        held.append([np.asarray(c) for c in block])
        have += len(held[-1][0])
        while have >= slice_len:
            columns = held[0] if len(held) == 1 else [np.concatenate(c) for c in zip(*held)]
            leaves([c[:slice_len] for c in columns])
            held, have = [[c[slice_len:] for c in columns]], have - slice_len
    if have:
        leaves(held[0] if len(held) == 1 else [np.concatenate(c) for c in zip(*held)])
    if kept:
        pairs = np.concatenate(kept)
        del kept[:]
        pairs.sort()  # by id: the high 32 bits
        _insert_rowids(out, rowid_table, None, None, pairs)
    # the levels above the leaves, in memory (a few thousand boxes): each sorted by x in slices, then by y
    child, boxes = np.arange(first[0], first[0] + sizes[0]), np.concatenate(leaf_boxes)
    parent_rows = []
    for level in range(1, depth + 1):
        count = len(child)
        level_slice = capacity * int(np.ceil(np.sqrt(sizes[level])))
        cx = boxes[:, 0].astype(np.float64) + boxes[:, 1]
        cy = boxes[:, 2].astype(np.float64) + boxes[:, 3]
        by_x = np.argsort(cx, kind="stable")
        order = by_x[np.lexsort((cy[by_x], np.arange(count) // level_slice))]
        child, boxes = child[order], boxes[order]
        numbers = np.arange(first[level], first[level] + sizes[level])
        parent_rows.extend(zip(child.tolist(), numbers[np.arange(count) // capacity].tolist()))
        cells = np.zeros(count, dtype=cell)
        cells["id"], cells["box"] = child, boxes
        write_nodes(numbers, cells, level)
        boxes = _enclosing(boxes, capacity)
        child = numbers
    insert_rows(out, "INSERT INTO {} (nodeno, parentnode) VALUES ".format(quote(name + "_parent")), parent_rows, 2)
