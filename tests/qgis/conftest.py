"""What the tests that drive the plugin in QGIS share: the dock, made as the plugin makes it, and QGIS left as it
was found."""
import pytest

from clms_egms.ui.dock import Dock


@pytest.fixture
def dock(qgis_iface, qgis_new_project):
    """The plugin's dock on QGIS's main window, on a new project and an empty message bar. Afterwards it is
    unloaded, and the map canvas's CRS and extent and the active layer are given back as they were (a test that
    clicks through the dock changes them as a user would; the settings are given back for every test)."""
    canvas = qgis_iface.mapCanvas()
    crs, extent = canvas.mapSettings().destinationCrs(), canvas.extent()
    active = qgis_iface._active_layer_id  # pytest-qgis's iface keeps the active layer's id (None: no layer)
    qgis_iface.messageBar().clear_messages()
    made = Dock(qgis_iface, qgis_iface.mainWindow())
    yield made
    made.unload()
    made.deleteLater()
    canvas.setDestinationCrs(crs)
    canvas.setExtent(extent)
    qgis_iface._active_layer_id = active


@pytest.fixture(autouse=True)
def _active_layer_given_back(qgis_iface):
    """Tests stand in for the stub iface's activeLayer (``qgis_iface.activeLayer = lambda: layer``: it does not track
    the active layer itself); afterwards its own is given back, or a later test's activeLayer() hands out a layer
    deleted since (QGIS aborted in test_ada_land after test_overview_display)."""
    yield
    qgis_iface.__dict__.pop("activeLayer", None)


@pytest.fixture(autouse=True)
def readable_messages(qgis_iface, monkeypatch):
    """pytest-qgis's message bar keeps what the user can read of each message: its whole text, which a long one
    shows behind the bar's Show more (the bar itself shows one line). The line shown must fit it."""
    from clms_egms.ui.messages import BAR_CHARS

    bar = qgis_iface.messageBar()
    real = bar.pushMessage

    def push(*args, **kwargs):
        more = kwargs.pop("showMore", None)
        if more is not None:
            assert len(args[1]) <= BAR_CHARS + 2 and "\n" not in args[1], args[1]
            args = (args[0], more) + args[2:]
        return real(*args, **kwargs)
    monkeypatch.setattr(bar, "pushMessage", push)


@pytest.fixture
def site(loopback, auth_db, tmp_path):
    """The loopback CLMS site (support.clms_server), the user's service key in QGIS's authentication database and
    the settings pointing at the site; no download requests followed before or after."""
    from clms_egms.core.auth import store_service_key
    from clms_egms.core.settings import Settings, save_state
    from support.clms_server import ClmsSite
    from support.token_server import install_token_endpoint

    key_text, _issued = install_token_endpoint(loopback)
    site = ClmsSite(token="token-1")
    site.install(loopback)
    save_state("clms_requests", [])
    Settings(clms_api_url=loopback.url, download_folder=str(tmp_path / "downloads"), timeout_s=5,
             auth_config_id=store_service_key(key_text, "key.json")).save()
    yield site
    save_state("clms_requests", [])


@pytest.fixture(scope="session")
def small_scenario(tmp_path_factory):
    """The workshop scenario (a sinking graben, a rising dome, a seasonal clay area, a noisy stable background) on a
    150 m grid, 60 dates, imported into a GeoPackage: its path."""
    from clms_egms.core.egms import import_egms
    from clms_egms.core.egms.scenario import write_scenario

    folder = tmp_path_factory.mktemp("small_scenario")
    gpkg = str(folder / "egms.gpkg")
    import_egms(write_scenario(str(folder / "files"), n_points=6400, n_dates=60), gpkg)
    return gpkg
