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
that fails or is cancelled leaves the GeoPackage exactly as it was. Here: the store and its import session (a new
file built under a scratch name, claimed and moved into place); writer.py writes a layer, reader.py reads its series,
format.py is the file format, rtree.py its spatial index, connection.py its read-only connection.
"""
import errno
import os
import shutil
import sqlite3
import time
from typing import Optional

import numpy as np

from ....errors import PluginError
from ....i18n import tr
from .connection import connect_read_only
from .format import connect, ensure_core, sync_file, table_exists
from ...overviews import overview_name
from .reader import GeoPackageReader, abs_percentile, column_values, count_where
from .rtree import Meanwhile
from .writer import GeoPackageWriter, imported_files, remove_source


class GeoPackage:
    """A GeoPackage file as the home of imported layers: where the import writes (``open()``), and
    where the analysis reads series and columns. ``postgis.PostGIS`` is the same for a database."""

    provider = "ogr"
    chunk_rows = 2000  # CSV rows per write: small transactions of executemany are fastest here

    def __init__(self, path):
        self.path = os.path.abspath(os.fspath(path))

    @property
    def label(self) -> str:
        return os.path.basename(self.path)

    def layer_uri(self, layer: str) -> str:
        return "{}|layername={}".format(self.path, layer)

    def is_layer(self, map_layer, layer: str) -> bool:
        """Whether a QGIS layer shows ``layer`` of this GeoPackage (however its source is written)."""
        from qgis.core import QgsProviderRegistry

        if map_layer.providerType() != "ogr":
            return False
        parts = QgsProviderRegistry.instance().decodeUri("ogr", map_layer.source())
        path = parts.get("path")
        return bool(path) and os.path.abspath(path) == self.path and parts.get("layerName") == layer

    def overview_of(self, layer: str) -> Optional[str]:
        """The name of the layer's overview table (overview.py), None where it has none (a smaller layer)."""
        name = overview_name(layer)
        conn = connect_read_only(self.path)
        try:
            found = conn.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (name,)).fetchone()
        finally:
            conn.close()
        return name if found else None

    def series_reader(self, layer: str) -> GeoPackageReader:
        return GeoPackageReader(self.path, layer)

    def column_values(self, layer: str, column: str) -> np.ndarray:
        return column_values(self.path, layer, column)

    def count_where(self, layer: str, where: str) -> int:
        return count_where(self.path, layer, where)

    def abs_percentile(self, layer: str, column: str, q: float) -> Optional[float]:
        return abs_percentile(self.path, layer, column, q)

    def has_series(self, layer: str) -> bool:
        if not self.path.lower().endswith(".gpkg") or not os.path.exists(self.path):
            return False
        conn = connect_read_only(self.path)
        try:
            return table_exists(conn, layer + "_ts")
        finally:
            conn.close()

    def check(self) -> None:
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

    def open(self) -> "GeoPackageSession":
        return GeoPackageSession(self.path)

    def cancelled(self, file_name: str) -> str:
        return tr("Import cancelled: {gpkg} was left as it was.").format(gpkg=self.label)

    def error(self, exc: BaseException) -> Optional[BaseException]:
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
        self._writers = []
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

    def writer(self, layer: str, level: str, description: str):
        made = GeoPackageWriter(self.conn, layer, level, description, before_finish=self._sync_early)
        self._writers.append(made)
        return made

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

    def imported_files(self, layer: str) -> set:
        return imported_files(self.conn, layer)

    def remove_source(self, layer: str, file_name: str) -> None:
        remove_source(self.conn, layer, file_name)

    def file_done(self) -> None:
        pass  # one transaction for the whole import

    def commit(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.close()
        self._synced()
        if self.new_file:
            sync_file(self.work_path)
            _move_new(self.work_path, self.path)

    def abort(self) -> None:
        for made in getattr(self, "_writers", ()):
            made.discard()  # their temporary files
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
