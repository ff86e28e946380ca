"""Reading a GeoPackage of the import: a read-only connection that waits only a moment for an import writing the
same file, then says so (``BeingWritten``), and rolls back the unfinished write a stopped import left."""
import os
import sqlite3
from urllib.request import pathname2url

from ....errors import PluginError
from ....i18n import tr
from ....log import log

READ_WAIT_S = 2.0  # how long a read waits for an import writing the same file before it says so


class BeingWritten(PluginError):
    """A read found the GeoPackage locked by an import writing it."""


class _ReadConnection(sqlite3.Connection):
    """A read-only connection whose statements, when an import holds the file, wait READ_WAIT_S and then raise
    BeingWritten with a message for the user, not SQLite's raw "database is locked" (a plot waited 30 s)."""

    label = ""

    def execute(self, *args):
        try:
            return super().execute(*args)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise BeingWritten(tr("{gpkg} is being written by an import: try again when it finishes.").format(
                    gpkg=self.label)) from None
            raise


def connect_read_only(path: str, **kwargs) -> sqlite3.Connection:
    """A read-only connection (waiting at most READ_WAIT_S for a writer, then BeingWritten). A GeoPackage that an
    import stopped by force (killed, power lost) left with a hot journal cannot be read read-only until the
    journal is rolled back: that is done first, with one short read-write open, as SQLite does for any writer;
    a PluginError where the file cannot be written."""
    uri = "file:{}?mode=ro".format(pathname2url(os.path.abspath(path)))
    kwargs.setdefault("timeout", READ_WAIT_S)
    kwargs["factory"] = _ReadConnection
    conn = sqlite3.connect(uri, uri=True, **kwargs)
    conn.label = os.path.basename(path)
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
    conn = sqlite3.connect(uri, uri=True, **kwargs)
    conn.label = os.path.basename(path)
    return conn
