"""Shared test set-up.

The repository root is the plugin folder; QGIS imports it as the package ``clms_egms``. Tests
do the same through a symlink ``build/test-plugins/clms_egms`` -> repository root, so every test
imports the plugin under its real name. pytest-qgis keeps QGIS's settings in .qgis-settings/
(git-ignored), so tests never touch the user's own QGIS settings.
"""
import sys
import time

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from support.paths import PLUGINS_DIR, ROOT, SAMPLES_DIR  # the development kit: pytest.ini puts tests/ on the path


def _link_plugin():
    PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
    link = PLUGINS_DIR / "clms_egms"
    if not (link.is_symlink() and link.resolve() == ROOT):
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(ROOT, target_is_directory=True)
    if str(PLUGINS_DIR) not in sys.path:
        sys.path.insert(0, str(PLUGINS_DIR))


_link_plugin()


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The plugin's Processing provider, registered as the plugin registers it (and kept referenced:
    QGIS calls back into the Python object)."""
    from qgis.core import QgsApplication

    from clms_egms.algorithms.provider import Provider

    registry = QgsApplication.processingRegistry()
    assert registry.providerById("clms_egms") is None
    ours = Provider()
    assert registry.addProvider(ours)
    yield ours
    registry.removeProvider(ours)


@pytest.fixture(autouse=True, scope="session")
def _layer_tree_view(qgis_iface):
    """pytest-qgis's stand-in for QGIS's interface answers layerTreeView() with a mock, which QGIS 3.44's
    Processing hands to C++ when it loads an algorithm's results (QgsProcessingGuiUtils.addResultLayers): give
    it a real layer tree view of the project, as QGIS's window has."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    # nor does it have QGIS's Help ▸ Plugins menu, where the plugin puts its user guide
    from qgis.PyQt.QtWidgets import QMenu

    help_menu = QMenu("Plugins")
    qgis_iface.pluginHelpMenu = lambda: help_menu
    yield view
    view.setModel(None)


@pytest.fixture(autouse=True)
def _settings_left_as_found(qgis_app):
    """Every test leaves the plugin's settings as it found them (a test types a folder, a URL, a store into them
    as a user would)."""
    from clms_egms.core.settings import Settings

    before = Settings.load()
    yield
    before.save()


@pytest.fixture
def loopback():
    """A running loopback HTTP server (see tests/support/http_server.py)."""
    from clms_egms.core.clms import api
    from support.http_server import LoopbackServer

    api._SESSION.clear()  # a new server on a port an earlier test's site may have used: nothing of it remembered
    with LoopbackServer() as server:
        yield server


def wait_until(predicate, timeout=20.0):
    """Process Qt events until ``predicate()`` is true; fail after ``timeout`` seconds, saying where every
    thread stood (a background task that never ends shows where it waits)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met within {} s; the threads:\n{}".format(timeout, _stacks()))
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _stacks():
    import sys
    import traceback

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QThreadPool

    pool, manager = QThreadPool.globalInstance(), QgsApplication.taskManager()
    tasks = ["{} ({})".format(t.description(), t.status()) for t in manager.tasks()]
    head = "thread pool: {} of {} threads busy; QGIS tasks: {}\n".format(
        pool.activeThreadCount(), pool.maxThreadCount(), ", ".join(tasks) or "none")
    return head + "\n".join("thread {}:\n{}".format(ident, "".join(traceback.format_stack(frame)[-12:]))
                            for ident, frame in sys._current_frames().items())


@pytest.fixture
def wait():
    return wait_until


@pytest.fixture
def samples_dir():
    """The real EGMS samples beside the repository; skip with the reason where they are absent."""
    if not SAMPLES_DIR.is_dir():
        pytest.skip("real EGMS samples not found at {} (CI has them)".format(SAMPLES_DIR))
    return SAMPLES_DIR


@pytest.fixture
def auth_db(qgis_app):
    """QGIS's authentication database, unlocked with a test master password (a user types theirs when QGIS
    asks); the configurations a test stores are removed after it."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("test-master-password", True)
    before = set(manager.configIds())
    yield manager
    for auth_id in set(manager.configIds()) - before:
        manager.removeAuthenticationConfig(auth_id)


@pytest.fixture(scope="session")
def egms_index(tmp_path_factory):
    """The project's synthetic EGMS files and the archive's index of them (see support/egms_server.py)."""
    from support.egms_server import synthetic_index

    return synthetic_index(str(tmp_path_factory.mktemp("archive")), n_points=400, n_dates=60)


@pytest.fixture
def egms_service(loopback, egms_index, auth_db, tmp_path):
    """The loopback token endpoint and EGMS archive; the user's settings point at them, with their service key
    imported into QGIS's authentication database. ``.issued_tokens``: the token grants made."""
    from clms_egms.core.auth import store_service_key
    from clms_egms.core.settings import Settings
    from support.egms_server import EgmsArchive
    from support.token_server import install_token_endpoint

    key_text, issued = install_token_endpoint(loopback)
    archive = EgmsArchive([dict(f) for f in egms_index], token="token-1")
    archive.issued_tokens = issued
    Settings(egms_api_url=archive.install(loopback), download_folder=str(tmp_path / "downloads"),
             geopackage_path=str(tmp_path / "egms.gpkg"), timeout_s=10,
             auth_config_id=store_service_key(key_text, "key.json")).save()
    yield archive  # the settings are given back by _settings_left_as_found


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL + PostGIS on loopback for this test session, stopped at its end; the tests that
    need it skip, saying why, only where it cannot be started (see support/postgres.py)."""
    from support.postgres import PostgresServer, unavailable

    reason = unavailable()
    if reason:
        pytest.skip("PostGIS tests need a local PostgreSQL server: " + reason)
    server = PostgresServer()
    try:
        server.start()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture
def postgis(postgres_server, qgis_app, request):
    """A fresh PostGIS database and a saved QGIS PostgreSQL connection to it named "egms-test" (user name
    and password stored in the connection, as the Data Source Manager does when asked to); yields the
    server with ``.database`` and ``.connection`` (the name) set. The connection is removed afterwards."""
    from qgis.core import QgsProviderRegistry

    name = "t_" + request.node.name.lower().replace("[", "_").replace("]", "")[:40].replace("-", "_")
    postgres_server.database = postgres_server.create_database(name)
    postgres_server.save_connection("egms-test", name)
    postgres_server.connection = "egms-test"
    yield postgres_server
    QgsProviderRegistry.instance().providerMetadata("postgres").deleteConnection("egms-test")


def pytest_runtest_logreport(report):
    """A failure is printed as it happens, not only in the summary at the end, which a crash of QGIS's own
    exit would lose."""
    if report.failed:
        import sys

        sys.stderr.write("\nFAILED {} ({}):\n{}\n".format(report.nodeid, report.when, report.longreprtext))
