"""Reading the series of a PostGIS layer: a reader per layer (one read-only connection, many pids in one query)."""
from typing import Optional, Tuple

from .... import sql
from ..shared import SOURCES, StoredSeries


class PostgisReader(StoredSeries):
    """Reads point series of one layer by pid, like the GeoPackage's reader; many pids in one query (one round
    trip to the server)."""

    def __init__(self, target, layer):
        self.conn = target.connect()
        self.conn.set_session(readonly=True, autocommit=True)
        self._dates = {}
        self._sources = target.table(SOURCES)
        names = dict(t=target.table(layer), ts=target.table(layer + "_ts"))
        self._table = names["t"]
        self._many = sql.statement("SELECT pid, source_id, data FROM {ts} WHERE pid = ANY(%s)", **names)
        self._fids = sql.statement("SELECT min(fid), max(fid) FROM {t}", **names)
        self._between = {key: sql.statement("SELECT l.{key}, t.source_id, t.data FROM {t} l JOIN {ts} t ON t.pid = "
                                            "l.pid WHERE l.fid >= %s AND l.fid < %s", key=key, **names)
                         for key in ("fid", "pid")}
        self._pid = sql.statement("SELECT pid FROM {t} WHERE fid = %s", **names)
        self._in = sql.statement("SELECT l.fid, t.source_id, t.data FROM {t} l JOIN {ts} t ON t.pid = l.pid "
                                 "WHERE l.geom && ST_MakeEnvelope(%s, %s, %s, %s, 3035)", **names)

    def _dates_text(self, source_id):
        with self.conn.cursor() as cur:
            cur.execute(sql.statement("SELECT dates FROM {sources} WHERE id = %s", sources=self._sources),
                        (source_id,))
            return cur.fetchone()[0]

    def _rows(self, pids):
        with self.conn.cursor() as cur:
            cur.execute(self._many, (pids,))
            return cur.fetchall()

    def fid_range(self) -> Tuple[Optional[int], Optional[int]]:
        with self.conn.cursor() as cur:
            cur.execute(self._fids)
            return tuple(cur.fetchone())

    def _rows_between(self, first, end, key):
        with self.conn.cursor() as cur:
            cur.execute(self._between[key], (first, end))
            return cur.fetchall()

    def _pid_of(self, fid):
        with self.conn.cursor() as cur:
            cur.execute(self._pid, (fid,))
            return cur.fetchone()

    def _points_in(self, box, columns, where):
        with self.conn.cursor() as cur:
            cur.execute(sql.statement("SELECT l.fid, ST_X(l.geom), ST_Y(l.geom){columns} FROM {t} l WHERE l.geom && "
                                      "ST_MakeEnvelope(%s, %s, %s, %s, 3035){where}", columns=columns, where=where,
                                      t=self._table), box)
            return cur.fetchall()

    def _rows_in(self, xmin, ymin, xmax, ymax):
        with self.conn.cursor() as cur:
            cur.execute(self._in, (xmin, ymin, xmax, ymax))
            return cur.fetchall()
