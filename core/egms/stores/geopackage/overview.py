"""A GeoPackage layer's overview (core/egms/overviews.py): the table ``<layer>_overview`` of square cells (polygons,
EPSG:3035, with an R-tree) holding each cell's size, geometry (track), number of points and median velocity, made
again whenever the layer is written (a merged file changes its cells), only for layers of OVERVIEW_POINTS or
more (overviews.py; the PostGIS store's overview.py makes the same cells in the database)."""
from typing import Optional

import numpy as np

from .... import sql
from ... import overviews
from ...overviews import Tiles, overview, overview_name
from ..shared import SRS_ID, now_utc
from .format import count_triggers, insert_rows, register, rtree_triggers, table_exists
from .rtree import pack_rtree

_GPB_SQUARE = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("envelope", "<f8", 4),
                        ("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"),
                        ("xy", "<f8", (5, 2))])  # packed: GeoPackage header with its envelope, then a WKB polygon


def square_blobs(x0: np.ndarray, y0: np.ndarray, side: float):
    """GeoPackage binary polygons (little endian, with their envelope) of the squares of ``side`` from (x0, y0)."""
    arr = np.zeros(len(x0), dtype=_GPB_SQUARE)
    arr["magic"], arr["flags"], arr["srs"], arr["order"], arr["type"] = b"GP", 3, SRS_ID, 1, 3
    arr["rings"], arr["points"] = 1, 5
    x1, y1 = x0 + side, y0 + side
    arr["envelope"] = np.column_stack([x0, x1, y0, y1])
    arr["xy"] = np.stack([np.column_stack(c) for c in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0))], axis=1)
    buf, size = arr.tobytes(), _GPB_SQUARE.itemsize
    return [buf[i:i + size] for i in range(0, len(buf), size)]


def _drop(conn, t):
    if not table_exists(conn, t):
        return
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name=?", (t,)).fetchall():
        conn.execute(sql.statement("DROP TRIGGER {name}", name=name))
    conn.execute(sql.statement("DROP TABLE {t}", t=t))
    conn.execute(sql.statement("DROP TABLE IF EXISTS {rtree}", rtree="rtree_{}_geom".format(t)))
    for table in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents"):
        conn.execute(sql.statement("DELETE FROM {table} WHERE table_name = ?", table=table), (t,))


def _blocks(conn, layer):
    cursor = conn.execute(sql.statement("SELECT easting, northing, mean_velocity, coalesce(track, 0) FROM {t}",
                                        t=layer))
    while True:
        rows = cursor.fetchmany(16384)
        if not rows:
            return
        table = np.array(rows, dtype=np.float64)  # None (no velocity) becomes NaN
        yield table[:, 0], table[:, 1], table[:, 2], table[:, 3].astype(np.int64)


def write_overview(conn, layer: str, n_points: int, tiles: Optional[Tiles] = None) -> Optional[str]:
    """(Re)make the overview of ``layer`` (of ``n_points`` points) inside the caller's transaction; dropped for a layer
    under OVERVIEW_POINTS. ``tiles``: the layer's points as the import dealt them (read from the layer without).
    Returns the overview's table name, or None."""
    t = overview_name(layer)
    _drop(conn, t)
    if n_points < overviews.OVERVIEW_POINTS:
        if tiles is not None:
            tiles.close()
        return None
    conn.execute(sql.statement('CREATE TABLE {t} ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "geom" POLYGON, '
                               '"side" INTEGER NOT NULL, "track" INTEGER, "n" INTEGER NOT NULL, '
                               '"median_velocity" REAL)', t=t))
    register(conn, t, "features", "Overview of {}: cells of 100 m to 25.6 km, per track the number of points and their "
             "median velocity (mm/year)".format(layer), SRS_ID)
    conn.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POLYGON', ?, 0, 0)", (t, SRS_ID))
    rtree = "rtree_{}_geom".format(t)
    conn.execute(sql.statement("CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy)", rtree=rtree))
    conn.execute("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                 "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (t,))
    insert = sql.statement('INSERT INTO {t} ("fid", "geom", "side", "track", "n", "median_velocity") VALUES ', t=t)
    boxes, fid = [], 1
    for side, found in overview(tiles if tiles is not None else _blocks(conn, layer)):
        x0, y0 = found["column"] * float(side), found["row"] * float(side)
        fids = np.arange(fid, fid + len(x0))
        tracks = [None if g == 0 else g for g in found["geometry"].tolist()]
        insert_rows(conn, insert, zip(fids.tolist(), square_blobs(x0, y0, side), [side] * len(x0), tracks,
                                      found["n"].tolist(), np.round(found["median"], 3).tolist()), 6)
        boxes.append((fids, x0, x0 + side, y0, y0 + side))
        fid += len(x0)
    ids, minx, maxx, miny, maxy = (np.concatenate(c) for c in zip(*boxes)) if boxes else [np.zeros(0)] * 5
    pack_rtree(conn, rtree, ids.astype(np.int64), minx, maxx, miny, maxy)
    for ddl in rtree_triggers(t) + count_triggers(t):
        conn.execute(ddl)
    conn.execute("INSERT OR REPLACE INTO gpkg_ogr_contents VALUES (?, ?)", (t, int(len(ids))))
    bounds = (float(minx.min()), float(maxx.max()), float(miny.min()), float(maxy.max())) if len(ids) else (None,) * 4
    conn.execute("UPDATE gpkg_contents SET min_x=?, max_x=?, min_y=?, max_y=?, last_change=? WHERE table_name = ?",
                 bounds + (now_utc(), t))
    return t
