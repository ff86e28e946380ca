"""EGMS data in PostGIS: the GeoPackage store's data model (see store.py) in a shared database.

In the chosen schema, per dataset (level + component + release), e.g. ``egms_l2b_2020_2024``:

- ``<layer>``: ``fid`` (identity key), ``geom`` (Point, EPSG:3035), ``pid`` (unique), every attribute,
  ``track``, ``direction``, ``source_file``; GiST index on ``geom``, b-tree on ``mean_velocity``.
- ``<layer>_ts``: ``pid`` (primary key), ``source_id``, ``data``: the series as in the GeoPackage
  (little-endian int16/int32 in 0.1 mm, the same bytes), so one decoder serves both stores.
- ``egms_sources``: one row per imported CSV with its dates (once per file), header and counts.
- ``<layer>_overview``: a large layer's cells for small scales (overview.py), as in the GeoPackage.

Here: the store and its import session; writer.py writes a layer with COPY, reader.py reads its series.

Loading is bulk: each chunk of rows goes by ``COPY`` into a temporary table, then into the layer with
``INSERT … ON CONFLICT (pid) DO NOTHING`` (a pid seen twice is kept once, as in the GeoPackage). Each
file is one transaction: a failure or a cancel rolls back that file, and the files committed before
it stay. The indexes of a new layer are built once, after its first file.

The connection comes from QGIS's saved PostgreSQL connections (Data Source Manager ▸ PostgreSQL), with
credentials from the connection or its authentication configuration, expanded by QGIS on the main
thread: the expanded connection string lives only in memory, never in settings or logs.
"""
import io
import sys
from typing import Any, Optional, Tuple

import numpy as np
from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsWkbTypes

from .... import sql
from ....errors import PluginError
from ....i18n import tr
from ....log import log
from ....optional import require
from ..shared import SOURCE_COLUMNS, SOURCES, SRS_ID
from ...overviews import overview_name, points_of
from .overview import has_overview
from .reader import PostgisReader
from .writer import PostgisWriter

DEFAULT_SCHEMA = "public"


class ConnectionFailed(PluginError):
    """The database could not be reached, or refused the login (libpq says which, in the user's language)."""


class PostGIS:
    """A schema of a PostgreSQL/PostGIS database as the home of imported layers, like geopackage.store.GeoPackage.
    Make it on the main thread (``from_connection``, ``of_layer``): credentials are expanded there."""

    provider = "postgres"
    chunk_rows = 5000  # rows per COPY: as fast as 20,000 here with half the memory; few round trips to a remote server

    def __init__(self, uri, schema=None, name=None):
        source = QgsDataSourceUri(uri)
        self.schema = (schema or source.schema() or DEFAULT_SCHEMA).strip()
        if self.schema.lower() in ("information_schema", "pg_catalog", "pg_toast") or \
                self.schema.lower().startswith("pg_"):
            raise PluginError(tr("“{schema}” is one of PostgreSQL's own schemas: import into a schema of yours "
                                 "(public, or one you create).").format(schema=self.schema[:60]))
        self.name = name
        self.database = source.database()
        self.host = source.host() or source.service()
        self._source = source
        self._connection = source.connectionInfo(False)  # what layers get: authcfg or saved user, as QGIS does
        self._dsn = source.connectionInfo(True)  # for our own connections: credentials expanded, in memory only

    @classmethod
    def from_connection(cls, name: str, schema: Optional[str] = None) -> "PostGIS":
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        connections = metadata.connections(False) if metadata is not None else {}
        if name not in connections:
            raise PluginError(tr("There is no saved PostgreSQL connection called “{name}”: add it in the Data Source "
                                 "Manager (PostgreSQL) or pick another one.").format(name=name))
        target = cls(connections[name].uri(), schema, name)
        target.ask_credentials()
        return target

    def ask_credentials(self) -> None:
        """For a connection that keeps no password (and no authentication configuration): connect once, and
        if that fails ask for the credentials as QGIS's PostgreSQL provider does (its credentials dialog showing
        the server's answer, and its cache, under the same realm, so the layers added next do not ask again).
        Any failure to connect asks, as in QGIS: libpq's messages are translated, so "password" cannot be
        looked for in them."""
        source = self._source
        if source.password() or source.authConfigId():
            return
        from qgis.core import QgsCredentials

        realm, user, password, message = self._connection, source.username(), None, ""
        for _attempt in range(3):
            try:
                self.connect().close()
            except ConnectionFailed as exc:
                message = str(exc)
            else:
                if password is not None:
                    QgsCredentials.instance().put(realm, user, password)
                return
            ok, user, password = QgsCredentials.instance().get(realm, user, password or "", message)
            if not ok:  # cancelled, or no one to ask (qgis_process): what the server said
                raise ConnectionFailed(message)
            source.setUsername(user)
            source.setPassword(password)
            self._dsn = source.connectionInfo(True)
        raise PluginError(message)

    @property
    def label(self) -> str:
        where = self.name or "{}@{}".format(self.database, self.host)
        return "PostGIS {} ({})".format(where, self.schema)

    def __repr__(self):  # never the connection string: it may hold a password
        return "PostGIS({!r}, schema={!r})".format(self.name or self.database, self.schema)

    def table(self, name: str) -> sql.Sql:
        """The table ``name`` of this schema, both quoted (core.sql)."""
        return sql.qualified(self.schema, name)

    def connect(self) -> Any:  # a psycopg2 connection
        psycopg2 = require("psycopg2")
        try:
            return psycopg2.connect(self._dsn, connect_timeout=15, application_name="QGIS CLMS & EGMS")
        except psycopg2.Error as exc:
            raise self.error(exc) from None

    def layer_uri(self, layer: str) -> str:
        uri = QgsDataSourceUri(self._connection)
        uri.setDataSource(self.schema, layer, "geom", "", "fid")
        uri.setSrid(str(SRS_ID))
        uri.setWkbType(QgsWkbTypes.Type.Polygon if points_of(layer) else QgsWkbTypes.Type.Point)  # cells, points
        return uri.uri(False)

    def is_layer(self, map_layer, layer: str) -> bool:
        """Whether a QGIS layer shows ``layer`` of this schema and database (however its source is written)."""
        if map_layer.providerType() != "postgres":
            return False
        uri = QgsDataSourceUri(map_layer.source())
        where = lambda u: (u.host(), u.port(), u.database(), u.service())  # noqa: E731
        return (uri.schema(), uri.table()) == (self.schema, layer) and where(uri) == where(self._source)

    def series_reader(self, layer: str) -> PostgisReader:
        return PostgisReader(self, layer)

    def overview_of(self, layer: str) -> Optional[str]:
        """The name of the layer's overview table (overview.py), None where it has none (a smaller layer)."""
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                return overview_name(layer) if has_overview(cur, self, layer) else None
        finally:
            conn.close()

    def column_values(self, layer: str, column: str) -> np.ndarray:
        """One numeric column as a numpy array, by fid, streamed with COPY (fast for millions of rows)."""
        conn = self.connect()
        try:
            buf = io.BytesIO()
            with conn.cursor() as cur:
                cur.copy_expert(sql.statement("COPY (SELECT {column} FROM {t} ORDER BY fid) TO STDOUT", column=column,
                                              t=self.table(layer)), buf)
            text = buf.getvalue().replace(b"\\N", b"nan").split()
        finally:
            conn.close()
        return np.array(text, dtype=np.float64) if text else np.zeros(0)

    def abs_percentile(self, layer: str, column: str, q: float) -> Optional[float]:
        """The ``q``th percentile of |column| (numpy's, linear between ranks), computed by the server; None without
        values."""
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                cur.execute(sql.statement("SELECT percentile_cont(%s) WITHIN GROUP (ORDER BY abs({column})) FROM {t} "
                                          "WHERE {column} IS NOT NULL", column=column, t=self.table(layer)),
                            (q / 100.0,))
                value = cur.fetchone()[0]
        finally:
            conn.close()
        return None if value is None else float(value)

    def has_series(self, layer: str) -> bool:
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT to_regclass(%s) IS NOT NULL", (str(self.table(layer + "_ts")),))
                return cur.fetchone()[0]
        finally:
            conn.close()

    def check(self) -> None:
        pass  # the session's connection, opened next and before any file is read, says what is wrong

    def open(self) -> "PostgisSession":
        return PostgisSession(self)

    def cancelled(self, file_name: str) -> str:
        return tr("Import cancelled: {file} was not imported; files imported before it stay in {target}.").format(
            file=file_name, target=self.label)

    def error(self, exc: BaseException) -> Optional[BaseException]:
        """The PluginError saying what went wrong with the database, for psycopg2's errors; else None."""
        if isinstance(exc, PluginError):
            return None
        psycopg2 = sys.modules.get("psycopg2")  # not imported: the error is not one of its own
        if psycopg2 is None or not isinstance(exc, psycopg2.Error):
            return None
        text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        code = getattr(exc, "pgcode", None) or ""
        where = self.label
        if isinstance(exc, psycopg2.OperationalError) and not code:  # the connection itself
            if "password" in text or "authentication" in text:  # libpq in English; else the message below
                return ConnectionFailed(tr("{target}: the database refused the user name or password ({error}). "
                                           "Check the connection's credentials in the Data Source Manager.").format(
                                               target=where, error=text))
            return ConnectionFailed(tr("Cannot connect to {target}: {error}").format(target=where, error=text))
        if code == "42501":
            return PluginError(tr("{target}: permission denied ({error}). The database user needs the right to "
                                  "create tables in schema {schema}.").format(target=where, error=text,
                                                                            schema=self.schema))
        if code in ("53100", "53200"):
            return PluginError(tr("{target}: the database server is out of disk or memory; the file being imported "
                                  "was rolled back.").format(target=where))
        if code == "42704" and "postgis" in text.lower() or "type \"geometry\" does not exist" in text:
            return PluginError(tr("{target}: PostGIS is not enabled in this database. Ask its administrator to run "
                                  "CREATE EXTENSION postgis;").format(target=where))
        return PluginError(tr("{target}: {error}").format(target=where, error=text))

    @classmethod
    def table_of(cls, layer) -> Optional[Tuple["PostGIS", str]]:
        """(PostGIS, table) of a QGIS postgres layer, whatever its table, else None; nothing is connected to (the
        store tells layers apart by their URIs)."""
        uri = QgsDataSourceUri(layer.source())
        return (cls(layer.source(), uri.schema()), uri.table()) if uri.table() else None

    @classmethod
    def of_layer(cls, layer) -> Optional[Tuple["PostGIS", str]]:
        """(PostGIS, table) of a QGIS postgres layer made by the EGMS import, else None (stored_layer.py asks)."""
        found = cls.table_of(layer)
        if found is None:
            return None
        target, table = found
        try:
            target.ask_credentials()  # a layer of a connection that keeps no password: QGIS's cached credentials
            return (target, table) if target.has_series(table) else None
        except PluginError as exc:
            log.warning("%s", exc)
            return None


class PostgisSession:
    """One import into PostGIS: the schema and egms_sources made if needed, then one transaction per file."""

    keeps_done_files = True  # each file is committed on its own: a later failure does not undo it

    def __init__(self, target):
        self.target = target
        self.conn = target.connect()
        try:
            self._prepare()
        except BaseException:  # the importer gets no session to abort: roll back and close here
            self.abort()
            raise

    def _prepare(self):
        target = self.target
        with self.conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
            if cur.fetchone() is None:
                raise PluginError(tr("{target}: PostGIS is not enabled in this database. Ask its administrator to "
                                     "run CREATE EXTENSION postgis;").format(target=target.label))
            # only what is missing is created: a user may have rights in an existing schema and no others
            cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (target.schema,))
            if cur.fetchone() is None:
                cur.execute(sql.statement("CREATE SCHEMA {schema}", schema=target.schema))
            cur.execute("SELECT to_regclass(%s) IS NULL", (str(target.table(SOURCES)),))
            if cur.fetchone()[0]:
                columns = sql.joined(sql.statement("{name} {kind}", name=n, kind=sql.keyword(t))
                                     for n, t in SOURCE_COLUMNS)
                cur.execute(sql.statement("CREATE TABLE {sources} (id serial PRIMARY KEY, {columns}, UNIQUE (layer, "
                                          "file_name))", sources=target.table(SOURCES), columns=columns))
        self.conn.commit()

    def writer(self, layer: str, level: str, description: str):
        return PostgisWriter(self.conn, self.target, layer, level, description)

    def imported_files(self, layer: str) -> set:
        with self.conn.cursor() as cur:
            cur.execute(sql.statement("SELECT file_name FROM {sources} WHERE layer = %s",
                                      sources=self.target.table(SOURCES)), (layer,))
            return {r[0] for r in cur.fetchall()}

    def remove_source(self, layer: str, file_name: str) -> None:
        t = self.target.table
        with self.conn.cursor() as cur:
            cur.execute(sql.statement("DELETE FROM {ts} WHERE pid IN (SELECT pid FROM {t} WHERE source_file = %s)",
                                      ts=t(layer + "_ts"), t=t(layer)), (file_name,))
            cur.execute(sql.statement("DELETE FROM {t} WHERE source_file = %s", t=t(layer)), (file_name,))
            cur.execute(sql.statement("DELETE FROM {sources} WHERE layer = %s AND file_name = %s", sources=t(SOURCES)),
                        (layer, file_name))

    def file_done(self) -> None:
        self.conn.commit()

    def commit(self) -> None:
        self.conn.commit()
        self.conn.close()

    def abort(self) -> None:
        if not self.conn.closed:
            try:
                self.conn.rollback()
            finally:
                self.conn.close()
