"""Writing an EGMS layer into PostGIS (the session of ``store.PostGIS.open()`` hands out one writer per layer): points
and series appended with COPY (binary for the series), through a staging table when some pids are there already."""
import io
import json
import struct
from typing import Dict, List, Sequence

import numpy as np

from .... import sql
from ...formats import INTEGER_COLUMNS, layer_columns
from ..shared import SOURCES, SRS_ID, now_utc
from .overview import write_overview


_EXTRA = ["track", "direction", "source_file"]

# EWKB point with SRID, little endian: 1 + 4 + 4 + 8 + 8 = 25 bytes
_EWKB_POINT = np.dtype([("order", "u1"), ("type", "<u4"), ("srid", "<u4"), ("x", "<f8"), ("y", "<f8")])


def _text_column(values, integer, n):
    """One column as COPY text: numbers as Python writes them (exact round trip), \\N for none."""
    if values is None:
        return ["\\N"] * n
    finite = np.isfinite(values)
    out = list(map(str, (np.where(finite, values, 0).astype(np.int64) if integer else values).tolist()))
    if not finite.all():
        for i in np.flatnonzero(~finite):
            out[i] = "\\N"
    return out


def _text(value):
    return "\\N" if value is None else str(value).replace("\\", "\\\\").replace("\t", "\\t").replace(
        "\n", "\\n").replace("\r", "\\r")


def _copy_text(columns):
    """Columns of COPY text values -> a file-like object of tab-separated lines."""
    return io.BytesIO(("\n".join(map("\t".join, zip(*columns))) + "\n").encode("utf-8"))


_BINARY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)


def _copy_binary_series(pids, source_id, blobs):
    """(pid, source_id, data) rows in COPY's binary format: the series bytes go as they are (no hex text for
    the server to decode)."""
    middle = struct.pack("!ii", 4, source_id)
    parts = [_BINARY_HEADER]
    for pid, blob in zip(pids, blobs):
        key = pid.encode("utf-8")
        parts += [struct.pack("!hi", 3, len(key)), key, middle, struct.pack("!i", len(blob)), blob]
    parts.append(struct.pack("!h", -1))
    return io.BytesIO(b"".join(parts))


def ewkb_hex(x: np.ndarray, y: np.ndarray, srid: int = SRS_ID) -> List[str]:
    """Hex EWKB points (what PostGIS reads from COPY text), one string per coordinate pair."""
    arr = np.zeros(len(x), dtype=_EWKB_POINT)
    arr["order"], arr["type"], arr["srid"] = 1, 0x20000001, srid
    arr["x"], arr["y"] = x, y
    text, size = arr.tobytes().hex(), 2 * _EWKB_POINT.itemsize
    return [text[i:i + size] for i in range(0, len(text), size)]


class PostgisWriter:
    """Appends rows to one dataset layer with COPY, inside the session's transaction (the GeoPackage writer's API)."""

    def __init__(self, conn, target, layer, level, description):
        self.conn, self.target, self.layer = conn, target, layer
        self.columns = layer_columns(level)  # pid first
        t = target.table
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass(%s) IS NULL", (str(t(layer)),))
            self.created = cur.fetchone()[0]
            if self.created:
                self._create(cur, description)
            cur.execute("DROP TABLE IF EXISTS pg_temp.egms_stage, pg_temp.egms_stage_ts")
            cur.execute(sql.statement("CREATE TEMP TABLE egms_stage (geom geometry, pid text, {columns}, "
                                      "track integer, direction text, source_file text)",
                                      columns=self._column_types()))
            cur.execute("CREATE TEMP TABLE egms_stage_ts (pid text, source_id integer, data bytea)")
        self.indexed = not self.created
        names = ["geom"] + self.columns + _EXTRA
        quoted = sql.names(names)
        self._copy_points = sql.statement("COPY pg_temp.egms_stage ({q}) FROM STDIN", q=quoted)
        self._insert_points = sql.statement("INSERT INTO {t} ({q}) SELECT {q} FROM pg_temp.egms_stage ON CONFLICT "
                                            "(pid) DO NOTHING", t=t(layer), q=quoted)
        self._copy_series = sql.statement("COPY {ts} (pid, source_id, data) FROM STDIN (FORMAT binary)",
                                          ts=t(layer + "_ts"))
        self._copy_staged_series = "COPY pg_temp.egms_stage_ts (pid, source_id, data) FROM STDIN (FORMAT binary)"
        self._insert_series = sql.statement("INSERT INTO {ts} (pid, source_id, data) SELECT pid, source_id, data FROM "
                                            "pg_temp.egms_stage_ts ON CONFLICT (pid) DO NOTHING", ts=t(layer + "_ts"))

    def _column_types(self):
        """The layer's attribute columns with their PostgreSQL types (pid, the first, is declared by the caller)."""
        return sql.joined(sql.statement("{c} {kind}", c=c, kind=sql.keyword(
            "integer" if c in INTEGER_COLUMNS else "double precision")) for c in self.columns[1:])

    def _create(self, cur, description):
        t, layer = self.target.table, self.layer
        cur.execute(sql.statement("CREATE TABLE {t} (fid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                                  "geom geometry(Point, {srid}), pid text NOT NULL, {columns}, track integer, "
                                  "direction text, source_file text, CONSTRAINT {key} UNIQUE (pid))", t=t(layer),
                                  srid=SRS_ID, columns=self._column_types(), key=layer + "_pid_key"))
        cur.execute(sql.statement("CREATE TABLE {ts} (pid text PRIMARY KEY, source_id integer NOT NULL, data bytea NOT "
                                  "NULL)", ts=t(layer + "_ts")))
        cur.execute(sql.statement("COMMENT ON TABLE {t} IS %s", t=t(layer)), (description,))
        cur.execute(sql.statement("COMMENT ON TABLE {ts} IS %s", ts=t(layer + "_ts")), (
            "Displacement series of {} (0.1 mm little-endian integers; dates in egms_sources)".format(layer),))

    def add_source(self, name, dates: Sequence[str], header, direction) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                sql.statement("INSERT INTO {sources} (layer, file_name, level, release, sub_release, component, "
                              "track, burst, swath, polarisation, tile, direction, dates, header, imported_at) VALUES "
                              "(%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING id",
                              sources=self.target.table(SOURCES)),
                (self.layer, name.stem + ".csv", name.level, name.release, name.sub_release, name.component,
                 name.track, name.burst, name.swath, name.polarisation, name.tile, direction, ",".join(dates),
                 json.dumps(header, separators=(",", ":")), now_utc()))
            return cur.fetchone()[0]

    def write(self, pids: Sequence[str], attributes: dict, x: np.ndarray, y: np.ndarray, series, source_id: int,
              track, directions, source_file: str) -> int:
        """Copy rows in; returns how many were new (the others had a pid already in the layer)."""
        n = len(pids)
        if n == 0:
            return 0
        columns = [ewkb_hex(x, y), pids]
        for c in self.columns[1:]:
            columns.append(_text_column(attributes.get(c), c in INTEGER_COLUMNS, n))
        columns += [[_text(track)] * n, [_text(d) for d in directions], [_text(source_file)] * n]
        points = _copy_text(columns)
        del columns
        series = _copy_binary_series(pids, source_id, series)
        with self.conn.cursor() as cur:
            cur.execute("TRUNCATE pg_temp.egms_stage")
            cur.copy_expert(self._copy_points, points, size=1 << 20)
            cur.execute(self._insert_points)
            inserted = cur.rowcount
            if inserted == n:  # every pid new (the usual case): the series go straight in
                cur.copy_expert(self._copy_series, series, size=1 << 20)
            else:  # some pids were there already: their first series stays
                cur.execute("TRUNCATE pg_temp.egms_stage_ts")
                cur.copy_expert(self._copy_staged_series, series, size=1 << 20)
                cur.execute(self._insert_series)
        return inserted

    def finish_source(self, source_id: int, n_points: int, n_duplicates: int, n_skipped: int, n_clipped: int,
                      direction) -> None:
        t = self.target.table
        with self.conn.cursor() as cur:
            cur.execute(sql.statement("UPDATE {sources} SET n_points=%s, n_duplicates=%s, n_skipped=%s, "
                                      "n_clipped=%s, direction=%s WHERE id=%s", sources=t(SOURCES)),
                        (n_points, n_duplicates, n_skipped, n_clipped, direction, source_id))
            if not self.indexed:  # a new layer: its indexes built once, over its first file's rows
                cur.execute(sql.statement("CREATE INDEX {index} ON {t} USING gist (geom)",
                                          index=self.layer + "_geom_idx", t=t(self.layer)))
                cur.execute(sql.statement("CREATE INDEX {index} ON {t} (mean_velocity)",
                                          index=self.layer + "_velocity_idx", t=t(self.layer)))
                self.indexed = True

    def finish(self) -> Dict[str, int]:
        """Analyse the layer's tables and make its overview again (a large layer's); nothing dropped here (the pid
        index refused duplicates row by row)."""
        with self.conn.cursor() as cur:
            cur.execute(sql.statement("ANALYZE {t}", t=self.target.table(self.layer)))
            cur.execute(sql.statement("ANALYZE {ts}", ts=self.target.table(self.layer + "_ts")))
            write_overview(cur, self.target, self.layer)
        return {}
