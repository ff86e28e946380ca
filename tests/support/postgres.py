"""A real PostgreSQL + PostGIS server on loopback for the tests and the bench (Debian's packages).

``PostgresServer`` makes a throw-away cluster (initdb) in a temporary folder, starts it on 127.0.0.1
on a free port with password (SCRAM) authentication, and stops and removes it on ``stop()``. As
root, the server runs as the ``postgres`` system user (PostgreSQL refuses to run as root).
``unavailable()`` says why a server cannot be started here (no server binaries, no PostGIS), else None.
"""
import glob
import os
import shutil
import socket
import subprocess
import tempfile

USER = "egms_test"
PASSWORD = "loopback-only"


def _bin_dir():
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]))
    return dirs[-1] if dirs else None


def unavailable():
    """Why a PostGIS server cannot be started on this machine, or None."""
    bin_dir = _bin_dir()
    if bin_dir is None or not os.path.exists(os.path.join(bin_dir, "initdb")):
        return "PostgreSQL server binaries not found (Debian package postgresql-15; make test installs it)"
    version = bin_dir.split("/")[-2]
    if not glob.glob("/usr/share/postgresql/{}/extension/postgis.control".format(version)):
        return "PostGIS not installed for PostgreSQL {v} (Debian package postgresql-{v}-postgis-3)".format(v=version)
    if os.getuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres system user to run the server as"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is not importable (Debian package python3-psycopg2)"
    return None


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, durable=False):
        """``durable``: keep PostgreSQL's default fsync/WAL settings (for measuring); tests turn them off."""
        self.durable = durable
        self.bin = _bin_dir()
        self.port = _free_port()
        self.host = "127.0.0.1"
        self.user, self.password = USER, PASSWORD
        self.folder = None
        self._as = []

    def _run(self, *args, **kwargs):
        env = dict(os.environ, LC_ALL="C", PGPASSWORD=self.password)
        return subprocess.run(self._as + list(args), check=True, capture_output=True, text=True, env=env,
                              timeout=120, **kwargs)

    def start(self):
        self.folder = tempfile.mkdtemp(prefix="clms_egms_pg_")
        data, sockets = os.path.join(self.folder, "data"), os.path.join(self.folder, "sockets")
        os.mkdir(sockets)
        pwfile = os.path.join(self.folder, "pw")
        with open(pwfile, "w") as f:
            f.write(self.password + "\n")
        if os.getuid() == 0:  # PostgreSQL will not run as root: run it as the postgres system user
            shutil.chown(self.folder, "postgres")
            for path in (sockets, pwfile):
                shutil.chown(path, "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        try:
            self._run(os.path.join(self.bin, "initdb"), "-D", data, "-U", self.user, "--pwfile", pwfile,
                      "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C")
            options = "-c listen_addresses=127.0.0.1 -p {} -k {}".format(self.port, sockets)
            if not self.durable:
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            self._run(os.path.join(self.bin, "pg_ctl"), "-D", data, "-o", options, "-l",
                      os.path.join(self.folder, "server.log"), "-w", "-t", "60", "start")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            self.stop()
            raise RuntimeError("PostgreSQL did not start: {}".format(detail.strip()[-500:])) from None
        return self

    def stop(self):
        if self.folder is None:
            return
        data = os.path.join(self.folder, "data")
        if os.path.exists(os.path.join(data, "postmaster.pid")):
            try:
                self._run(os.path.join(self.bin, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop")
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                pass
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def dsn(self, dbname="postgres"):
        return "host={} port={} dbname={} user={} password={}".format(self.host, self.port, dbname, self.user,
                                                                      self.password)

    def create_database(self, name, postgis=True):
        """A new database (with the PostGIS extension unless told otherwise); returns its name."""
        import psycopg2

        conn = psycopg2.connect(self.dsn(), connect_timeout=10)
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                cur.execute('DROP DATABASE IF EXISTS "{}"'.format(name))
                cur.execute('CREATE DATABASE "{}"'.format(name))
        finally:
            conn.close()
        if postgis:
            conn = psycopg2.connect(self.dsn(name), connect_timeout=10)
            conn.autocommit = True
            try:
                with conn.cursor() as cur:
                    cur.execute("CREATE EXTENSION postgis")
            finally:
                conn.close()
        return name

    def save_connection(self, name, database, password=True):
        """A saved QGIS PostgreSQL connection to ``database``, as the Data Source Manager saves one with the
        user name (and, if ``password``, the password) stored. Needs a running QgsApplication."""
        from qgis.core import QgsDataSourceUri, QgsProviderRegistry

        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        uri = QgsDataSourceUri()
        uri.setConnection(self.host, str(self.port), database, self.user, self.password if password else "")
        metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True,
                                                                           "savePassword": password}), name)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

