"""The typed settings object over QgsSettings."""
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSettings

from clms_egms.core.settings import DEFAULT_CLMS_URL, DEFAULT_EGMS_URL, PREFIX, Settings


def _qs(tmp_path):
    return QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_defaults_when_nothing_stored(tmp_path):
    s = Settings.load(_qs(tmp_path))
    assert s.clms_api_url == DEFAULT_CLMS_URL
    assert s.egms_api_url == DEFAULT_EGMS_URL
    assert s.timeout_s == 60
    assert s.download_folder
    assert s.effective_geopackage_path.endswith("egms.gpkg")


def test_round_trip(tmp_path):
    original = Settings(clms_api_url="http://127.0.0.1:8080", egms_api_url="http://127.0.0.1:8081/archive",
                        download_folder=str(tmp_path / "dl"), geopackage_path=str(tmp_path / "x.gpkg"),
                        timeout_s=7, auth_config_id="abc1234")
    original.save(_qs(tmp_path))
    loaded = Settings.load(_qs(tmp_path))  # a fresh QgsSettings reads the file again
    assert loaded == original
    assert isinstance(loaded.timeout_s, int)
    assert loaded.effective_geopackage_path == str(tmp_path / "x.gpkg")


def test_bad_stored_value_falls_back_to_default(tmp_path):
    qs = _qs(tmp_path)
    qs.setValue(PREFIX + "timeout_s", "not a number")
    qs.setValue(PREFIX + "clms_api_url", "http://example.test")
    s = Settings.load(qs)
    assert s.timeout_s == 60
    assert s.clms_api_url == "http://example.test"


def test_no_secret_fields():
    names = {f for f in Settings.__dataclass_fields__}
    assert not any(word in name for name in names for word in ("key", "token", "password", "secret"))
