"""Every algorithm of the plugin once through ``qgis_process run``, as automation uses it: the plugin installed in
a profile and enabled with ``qgis_process plugins enable``, its settings and service key in that profile (the key
in the profile's authentication database, unlocked through QGIS_AUTH_PASSWORD_FILE), the services on loopback."""
import json
import os
import shutil
import subprocess  # nosec B404
import sys
import textwrap

import pytest
from qgis.PyQt.QtCore import QSettings

from support.hidden import hiding
from support.paths import ROOT

# Debian's qgis_process wrapper adds --noversioncheck from /etc/default/qgis, which qgis_process refuses
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
pytestmark = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
MASTER = "qgis-process-master"


def clean_environment():
    """This process's environment without pytest-qgis's pointers to the tests' own QGIS settings."""
    return {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    home = tmp_path_factory.mktemp("qgis-process-home")
    folder = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    (folder / "python" / "plugins").mkdir(parents=True)
    (folder / "python" / "plugins" / "clms_egms").symlink_to(ROOT, target_is_directory=True)
    (home / "runtime").mkdir(mode=0o700)
    (home / "master").write_text(MASTER)
    env = dict(clean_environment(), HOME=str(home), QT_QPA_PLATFORM="offscreen",
               XDG_RUNTIME_DIR=str(home / "runtime"), QGIS_AUTH_PASSWORD_FILE=str(home / "master"))
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "clms_egms"], env=env, capture_output=True,
                             text=True, timeout=120)  # nosec B603
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env, folder


def configure(folder, **values):
    """The plugin's settings in the profile, as the Settings dialog writes them."""
    ini = QSettings(str(folder / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    for name, value in values.items():
        ini.setValue("clms_egms/" + name, value)
    ini.sync()


def store_key(folder, key_text):
    """The service key in the profile's authentication database (a QGIS of that profile stores it). The profile
    is named by QGIS_CUSTOM_CONFIG_PATH: QGIS 3.44 no longer takes QgsApplication's third argument as the
    profile folder."""
    script = textwrap.dedent("""
        import sys
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        assert QgsApplication.authManager().setMasterPassword(sys.argv[2], True)
        sys.path.insert(0, sys.argv[3])
        from clms_egms.core.auth import store_service_key
        print(store_service_key(sys.stdin.read(), "key.json"))
    """)
    done = subprocess.run([sys.executable, "-c", script, str(folder), MASTER, str(folder / "python" / "plugins")],
                          input=key_text, capture_output=True, text=True, timeout=120,
                          env=dict(clean_environment(), QT_QPA_PLATFORM="offscreen",
                                   QGIS_CUSTOM_CONFIG_PATH=str(folder.parent.parent)))  # nosec B603
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def run(env, algorithm, **parameters):
    args = [QGIS_PROCESS, "--json", "run", "clms_egms:" + algorithm, "--"]
    for name, value in parameters.items():
        for v in value if isinstance(value, list) else [value]:
            args.append("{}={}".format(name, v))
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)  # nosec B603
    assert done.returncode == 0, "{}\n{}\n{}".format(algorithm, done.stdout[-3000:], done.stderr[-3000:])
    return json.loads(done.stdout[done.stdout.index("{"):])["results"]


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    from clms_egms.core.egms.scenario import write_scenario

    return write_scenario(str(tmp_path_factory.mktemp("scenario")), n_points=900, n_dates=120)


def test_every_local_algorithm(profile, scenario, tmp_path):
    env, _folder = profile
    gpkg = str(tmp_path / "egms.gpkg")
    imported = run(env, "import_egms", INPUT=scenario, OUTPUT=gpkg)
    assert imported["LAYER_NAMES"] == "egms_l2b_2020_2024,egms_l3_u_2020_2024,egms_l3_e_2020_2024"
    l2b, l3u = gpkg + "|layername=egms_l2b_2020_2024", gpkg + "|layername=egms_l3_u_2020_2024"
    from qgis.core import QgsVectorLayer

    pid = next(QgsVectorLayer(l3u, "u", "ogr").getFeatures())["pid"]
    series = run(env, "export_timeseries", INPUT=l3u, PIDS=pid, OUTPUT=str(tmp_path / "series.csv"))
    assert series["POINTS"] == 1 and series["ROWS"] == 120
    filtered = run(env, "filter_velocity", INPUT=l3u, MAX_VELOCITY=-10, OUTPUT=str(tmp_path / "sub.gpkg"))
    assert QgsVectorLayer(filtered["OUTPUT"], "f", "ogr").featureCount() > 0
    derived = run(env, "derived_fields", INPUT=l3u, START="2020-02-01", END="2021-06-01",
                  OUTPUT=str(tmp_path / "derived.gpkg"))
    assert "disp_mm" in QgsVectorLayer(derived["OUTPUT"], "d", "ogr").fields().names()
    pstsv = run(env, "export_pstsv", INPUT=l2b, OUTPUT=str(tmp_path / "ps.shp"))
    assert os.path.exists(pstsv["OUTPUT"])
    fits = run(env, "fit_trends", INPUT=l3u, OUTPUT=str(tmp_path / "fits.gpkg"))
    assert "fit_season" in QgsVectorLayer(fits["OUTPUT"], "t", "ogr").fields().names()
    grid = run(env, "decompose_los", ASCENDING=l2b, DESCENDING=l2b, CELL_SIZE=400, OUTPUT=str(tmp_path / "g.gpkg"))
    assert grid["SOLVED_CELLS"] == 30 * 30 and grid["ONE_GEOMETRY_CELLS"] == 0  # 900 points, 400 m apart


def test_native_field_calculator_with_a_hostile_egms_step_does_not_abort(profile, scenario, tmp_path):
    """qgis_process run native:fieldcalculator with egms_step(d, 10^400): the OverflowError left the expression
    function and QGIS aborted (exit -6). Now the field is NULL and the run ends normally."""
    env, _folder = profile
    gpkg = str(tmp_path / "egms.gpkg")
    run(env, "import_egms", INPUT=scenario[2], OUTPUT=gpkg)
    for formula in ("egms_step('2023-11-10', 10^400)", "egms_step('2023-11-10', 1e308)"):
        args = [QGIS_PROCESS, "--json", "run", "native:fieldcalculator", "--",
                "INPUT=" + gpkg + "|layername=egms_l3_u_2020_2024", "FIELD_NAME=step", "FIELD_TYPE=0",
                "FORMULA=" + formula, "OUTPUT=" + str(tmp_path / "calc.gpkg")]
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)  # nosec B603
        assert done.returncode in (0, 1) and done.returncode >= 0, (formula, done.returncode, done.stderr[-2000:])
        assert "Traceback" not in done.stderr and "OverflowError" not in done.stderr + done.stdout
        assert "window must be a number of days" in done.stdout + done.stderr or done.returncode == 0


@pytest.mark.parametrize("hidden", [(), ("jwt", "cryptography", "matplotlib")], ids=["all", "without-jwt"])
def test_download_algorithms_with_the_profiles_key(profile, loopback, egms_index, tmp_path, hidden):
    """Both downloads through the plugin loaded by qgis_process; also with PyJWT, cryptography and matplotlib
    hidden (the service key signs its grant with the standard library)."""
    from support.clms_server import ClmsSite
    from support.egms_server import EgmsArchive
    from support.token_server import install_token_endpoint

    env, folder = profile
    if hidden:
        env = dict(env, PYTHONPATH=hiding(tmp_path / "hidden", *hidden))
        probe = subprocess.run([sys.executable, "-c", "import jwt"], env=env, capture_output=True, text=True,
                               timeout=60)  # nosec B603
        assert "jwt hidden by the test" in probe.stderr
    key_text, issued = install_token_endpoint(loopback)
    archive = EgmsArchive([dict(f) for f in egms_index], token="token-1")
    egms_url = archive.install(loopback)
    site = ClmsSite(token="token-1")
    site.install(loopback)
    site.polls_to_finish = 1
    configure(folder, egms_api_url=egms_url, clms_api_url=loopback.url, auth_config_id=store_key(folder, key_text),
              timeout_s=20, download_folder=str(tmp_path))
    egms = run(env, "download_egms", EXTENT="13.0,13.5,38.5,39.0 [EPSG:4326]", LEVEL=2, RELEASE="2020-2024",
               OUTPUT_FOLDER=str(tmp_path / "egms"))
    assert egms["FILES"].endswith("EGMS_L3_E45N17_100km_U_2020_2024_1.zip") and egms["DOWNLOADED"] == 1
    assert len(issued) == 1
    site.token = "token-2"  # each qgis_process run is a new process: a new grant for the same key
    clms = run(env, "download_clms", DATASET="CORINE Land Cover 2018", COLLECTION="1", NUTS="ITC11",
               FORMAT="Geotiff", OUTPUT_FOLDER=str(tmp_path / "clms"))  # its second collection, the raster
    assert clms["FILES"].endswith(".tif") and site.posts[0]["Datasets"][0]["NUTS"] == "ITC11"
    raster = site.datasets[0]["dataset_download_information"]["items"][1]["@id"]
    assert site.posts[0]["Datasets"][0]["DatasetDownloadInformationID"] == raster
    assert len(issued) == 2


def test_postgis_import_and_analysis_from_the_command_line(profile, scenario, postgres_server, tmp_path):
    """The connection as the Data Source Manager saves it in the profile; the PostGIS layer given to the next
    algorithm as ``postgres://<uri>``, as Processing writes layer strings of other providers."""
    env, folder = profile
    database = postgres_server.create_database("cli")
    ini = QSettings(str(folder / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    for key, value in dict(host=postgres_server.host, port=postgres_server.port, database=database,
                           username=postgres_server.user, password=postgres_server.password, saveUsername="true",
                           savePassword="true", sslmode="SslDisable").items():
        ini.setValue("PostgreSQL/connections/team/" + key, value)
    ini.sync()
    imported = run(env, "import_egms_postgis", INPUT=scenario[2], CONNECTION="team", SCHEMA="cli")
    assert imported["LAYER_NAMES"] == "egms_l3_u_2020_2024" and imported["OUTPUT"] == "PostGIS team (cli)"
    layer = imported["LAYERS"][0]
    assert layer.startswith("postgres://")  # Processing's layer string for another provider
    fits = run(env, "fit_trends", INPUT=layer, OUTPUT=str(tmp_path / "fits.gpkg"))
    from qgis.core import QgsVectorLayer

    fitted = QgsVectorLayer(fits["OUTPUT"], "t", "ogr")
    assert fitted.featureCount() == 14400 and {f["fit_n"] for f in fitted.getFeatures()} == {120}
    series = run(env, "export_timeseries", INPUT=layer, OUTPUT=str(tmp_path / "series.csv"))
    assert series["POINTS"] == 14400 and series["ROWS"] == 14400 * 120
