"""The Settings dialog edits the one settings object; bad input is refused with a message."""
from qgis.core import QgsSettings

from clms_egms.core.settings import Settings
from clms_egms.ui.settings_dialog import SettingsDialog


def test_dialog_saves_edited_settings(qgis_iface, tmp_path):
    dialog = SettingsDialog(qgis_iface.mainWindow(), Settings(download_folder=str(tmp_path)))
    dialog.clmsUrl.setText("http://127.0.0.1:8765/ ")
    dialog.egmsUrl.setText("http://127.0.0.1:8766/insar-api/archive")
    dialog.timeout.setValue(12)
    dialog.geopackagePath.setFilePath(str(tmp_path / "egms.gpkg"))
    dialog.accept()
    saved = Settings.load()
    assert saved.clms_api_url == "http://127.0.0.1:8765"
    assert saved.egms_api_url == "http://127.0.0.1:8766/insar-api/archive"
    assert saved.timeout_s == 12
    assert saved.download_folder == str(tmp_path)
    assert saved.geopackage_path == str(tmp_path / "egms.gpkg")


def test_dialog_refuses_a_bad_url(qgis_iface, tmp_path):
    Settings(download_folder=str(tmp_path)).save()
    dialog = SettingsDialog(qgis_iface.mainWindow())
    dialog.clmsUrl.setText("land.copernicus.eu")  # no scheme
    dialog.accept()
    assert dialog.result() != dialog.Accepted
    assert dialog.bar.currentItem() is not None
    assert "http://" in dialog.bar.currentItem().text()
    assert Settings.load().clms_api_url == Settings().clms_api_url
    assert QgsSettings().value("clms_egms/clms_api_url") != "land.copernicus.eu"


def test_restore_defaults(qgis_iface, tmp_path):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    edited = Settings(clms_api_url="http://x.test", download_folder=str(tmp_path))
    dialog = SettingsDialog(qgis_iface.mainWindow(), edited)
    dialog.buttonBox.button(QDialogButtonBox.RestoreDefaults).click()
    assert dialog.clmsUrl.text() == Settings().clms_api_url
