"""The GeoPackage file format as the EGMS store writes it with the standard library's sqlite3: the core tables and
EPSG:3035, binary points, GDAL's feature-count and R-tree triggers, an R-tree packed in one pass, connections
(scratch files, read-only ones that repair a stopped import's journal). The R-tree packer is rtree.py, the
read-only connection connection.py."""
import os
import sqlite3
from typing import List, Optional
from itertools import chain, islice

import numpy as np

from .... import sql
from ..shared import SOURCE_COLUMNS, SOURCES, SRS_ID, now_utc

_GPB_POINT = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
                       ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])  # 29 bytes, packed


def point_blobs(x: np.ndarray, y: np.ndarray, srs_id: int = SRS_ID) -> List[bytes]:
    """GeoPackage binary points (no envelope, little endian), one bytes object per coordinate pair."""
    arr = np.zeros(len(x), dtype=_GPB_POINT)
    arr["magic"], arr["flags"], arr["srs"], arr["order"], arr["type"] = b"GP", 1, srs_id, 1, 1
    arr["x"], arr["y"] = x, y
    buf, size = arr.tobytes(), _GPB_POINT.itemsize
    return [buf[i:i + size] for i in range(0, len(buf), size)]


def insert_rows(conn, insert: sql.Sql, rows, n_columns: int, constants=()) -> None:
    """Run ``insert`` (an ``sql.statement`` "INSERT ... VALUES ", without the values) for ``rows`` (an iterable of
    tuples of ``n_columns``), several rows to a statement: a third faster than one statement a row (fewer statements
    run, and the AUTOINCREMENT counter is written once per statement), within the 999 parameters older SQLite builds
    allow; a few thousand rows held at a time, whatever the iterable's length. ``constants``: values the same in every
    row, after the tuples' (numbers or text, written into the statement as SQL literals: nothing bound for each row)."""
    per = max(1, min(64, 999 // n_columns))
    row = sql.statement("({values})", values=sql.joined([sql.placeholders(n_columns)] +
                                                        [sql.literal(v) for v in constants]))

    def rows_of(count):
        return sql.statement("{insert}{rows}", insert=insert, rows=sql.joined([row] * count, ","))

    full = rows_of(per)
    step = per * n_columns
    rows = iter(rows)
    while True:
        batch = list(islice(rows, per * 64))
        whole = len(batch) - len(batch) % per
        if whole:
            flat = list(chain.from_iterable(batch[:whole]))
            conn.executemany(full, (flat[i:i + step] for i in range(0, len(flat), step)))
        if whole < len(batch):
            conn.execute(rows_of(len(batch) - whole), list(chain.from_iterable(batch[whole:])))
        if len(batch) < per * 64:
            return


def count_triggers(t: str) -> List[sql.Sql]:
    """GDAL's triggers that keep gpkg_ogr_contents.feature_count right when the layer is edited."""
    return [sql.statement("CREATE TRIGGER {trigger} AFTER {event} ON {t} BEGIN UPDATE gpkg_ogr_contents SET "
                          "feature_count = feature_count {sign} 1 WHERE lower(table_name) = lower({name}); END",
                          trigger="trigger_{}_feature_count_{}".format(what.lower(), t), event=sql.keyword(what),
                          t=t, sign=sql.keyword(sign), name=sql.literal(t))
            for what, sign in (("INSERT", "+"), ("DELETE", "-"))]


def rtree_triggers(t: str, c: str = "geom", i: str = "fid") -> List[sql.Sql]:
    """GDAL's triggers that keep the layer's R-tree index right when its geometries are edited."""
    names = dict(T=t, C=c, I=i, r="rtree_{}_{}".format(t, c))
    values = sql.statement("NEW.{I}, ST_MinX(NEW.{C}), ST_MaxX(NEW.{C}), ST_MinY(NEW.{C}), ST_MaxY(NEW.{C})", **names)

    def trigger(suffix, template):
        return sql.statement(template, n="rtree_{}_{}_{}".format(t, c, suffix), v=values, **names)
    return [
        trigger("insert", "CREATE TRIGGER {n} AFTER INSERT ON {T} WHEN (new.{C} NOT NULL AND NOT "
                          "ST_IsEmpty(NEW.{C})) BEGIN INSERT OR REPLACE INTO {r} VALUES ({v}); END"),
        trigger("update1", "CREATE TRIGGER {n} AFTER UPDATE OF {C} ON {T} WHEN OLD.{I} = NEW.{I} AND "
                           "(NEW.{C} NOTNULL AND NOT ST_IsEmpty(NEW.{C})) BEGIN INSERT OR REPLACE INTO {r} "
                           "VALUES ({v}); END"),
        trigger("update2", "CREATE TRIGGER {n} AFTER UPDATE OF {C} ON {T} WHEN OLD.{I} = NEW.{I} AND "
                           "(NEW.{C} ISNULL OR ST_IsEmpty(NEW.{C})) BEGIN DELETE FROM {r} WHERE id = OLD.{I}; END"),
        trigger("update3", "CREATE TRIGGER {n} AFTER UPDATE ON {T} WHEN OLD.{I} != NEW.{I} AND "
                           "(NEW.{C} NOTNULL AND NOT ST_IsEmpty(NEW.{C})) BEGIN DELETE FROM {r} WHERE id = OLD.{I}; "
                           "INSERT OR REPLACE INTO {r} VALUES ({v}); END"),
        trigger("update4", "CREATE TRIGGER {n} AFTER UPDATE ON {T} WHEN OLD.{I} != NEW.{I} AND "
                           "(NEW.{C} ISNULL OR ST_IsEmpty(NEW.{C})) BEGIN DELETE FROM {r} WHERE id IN (OLD.{I}, "
                           "NEW.{I}); END"),
        trigger("delete", "CREATE TRIGGER {n} AFTER DELETE ON {T} WHEN old.{C} NOT NULL "
                          "BEGIN DELETE FROM {r} WHERE id = OLD.{I}; END"),
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


def connect(path: str, scratch: bool = False) -> sqlite3.Connection:
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


def sync_file(path: str) -> None:
    """Flush a finished scratch file to disk before it is moved into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def table_exists(conn, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None


_WGS84_WKT = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
              'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
              '0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
              'AUTHORITY["EPSG","4326"]]')


def ensure_core(conn) -> None:
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
        cols = sql.joined(sql.statement("{name} {kind}", name=n, kind=sql.keyword(t)) for n, t in SOURCE_COLUMNS)
        conn.execute(sql.statement("CREATE TABLE {sources} (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {cols}, "
                                   "UNIQUE (layer, file_name))", sources=SOURCES, cols=cols))
        register(conn, SOURCES, "attributes", "EGMS files imported into this GeoPackage, with their dates")


def register(conn, table: str, data_type: str, description: str, srs_id: Optional[int] = None) -> None:
    conn.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
                 "VALUES (?,?,?,?,?,?)", (table, data_type, table, description, now_utc(), srs_id))


def series_by_pid(conn, layer: str) -> bool:
    """Whether the layer's series table is keyed by pid (layers imported before 0.4), not by feature id."""
    return "pid" in {row[1] for row in conn.execute(sql.statement("PRAGMA table_info({ts})", ts=layer + "_ts"))}
