"""The Settings dialog edits the one settings object; bad input is refused with a message."""
from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QDialog

from clms_egms.core.settings import Settings
from clms_egms.ui.settings_dialog import SettingsDialog


def click(dialog, which):
    """Click one of the dialog's buttons as a person does (the real button, through QTest)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    QTest.mouseClick(dialog.buttonBox.button(getattr(QDialogButtonBox.StandardButton, which)),
                     Qt.MouseButton.LeftButton)


def type_into(field, text):
    from qgis.PyQt.QtTest import QTest

    field.selectAll()
    QTest.keyClicks(field, text)


def test_dialog_saves_edited_settings(qgis_iface, tmp_path):
    """Typed into the fields, then OK clicked: saved, and the dialog closes. (OK and Cancel did nothing:
    nothing connected the button box.)"""
    dialog = SettingsDialog(qgis_iface.mainWindow(), Settings(download_folder=str(tmp_path)))
    dialog.show()
    type_into(dialog.clmsUrl, "http://127.0.0.1:8765/ ")
    type_into(dialog.egmsUrl, "http://127.0.0.1:8766/insar-api/archive")
    dialog.timeout.setValue(12)
    dialog.geopackagePath.setFilePath(str(tmp_path / "egms.gpkg"))
    click(dialog, "Ok")
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    saved = Settings.load()
    assert saved.clms_api_url == "http://127.0.0.1:8765"
    assert saved.egms_api_url == "http://127.0.0.1:8766/insar-api/archive"
    assert saved.timeout_s == 12
    assert saved.download_folder == str(tmp_path)
    assert saved.geopackage_path == str(tmp_path / "egms.gpkg")


def test_dialog_refuses_a_bad_url(qgis_iface, tmp_path):
    Settings(download_folder=str(tmp_path)).save()
    dialog = SettingsDialog(qgis_iface.mainWindow())
    dialog.show()
    type_into(dialog.clmsUrl, "land.copernicus.eu")  # no scheme
    click(dialog, "Ok")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()  # stays open, saying why
    assert dialog.bar.currentItem() is not None
    assert "http://" in dialog.bar.currentItem().text()
    assert Settings.load().clms_api_url == Settings().clms_api_url
    assert QgsSettings().value("clms_egms/clms_api_url") != "land.copernicus.eu"


def test_restore_defaults(qgis_iface, tmp_path):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    edited = Settings(clms_api_url="http://x.test", download_folder=str(tmp_path))
    dialog = SettingsDialog(qgis_iface.mainWindow(), edited)
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.clmsUrl.text() == Settings().clms_api_url


def test_import_check_and_remove_the_service_key(qgis_iface, tmp_path, auth_db, loopback, wait):
    from qgis.core import Qgis

    from support.token_server import make_service_key, token_route

    uri = loopback.url + "/@@oauth2-token"
    text, public = make_service_key(uri)
    issued = []
    loopback.routes[("POST", "/@@oauth2-token")] = token_route(public, uri, counter=issued)
    key_file = tmp_path / "my-clms-key.json"
    key_file.write_text(text)
    Settings(download_folder=str(tmp_path)).save()
    dialog = SettingsDialog(qgis_iface.mainWindow())
    assert "No service key yet" in dialog.keyStatus.text() and not dialog.checkKeyButton.isEnabled()

    not_json = tmp_path / "notes.txt"
    not_json.write_text("my notes")
    dialog.import_key(str(not_json))
    assert dialog.bar.currentItem().level() == Qgis.MessageLevel.Warning
    dialog.import_key(str(key_file))
    auth_id = Settings.load().auth_config_id
    assert auth_id in auth_db.configIds()
    # the key's name is shown, not QGIS's internal configuration id; the earlier failure is gone
    assert "CLMS service key (test key)" in dialog.keyStatus.text() and auth_id not in dialog.keyStatus.text()
    assert len(dialog.bar.items()) == 1
    assert "PRIVATE KEY" not in str(QgsSettings().allKeys()) + str(
        [QgsSettings().value(k) for k in QgsSettings().allKeys() if k.startswith("clms_egms/")])
    assert dialog.bar.currentItem().level() == Qgis.MessageLevel.Success

    dialog.check_key()
    wait(lambda: dialog.checkKeyButton.isEnabled())
    assert "access token for test-client" in dialog.bar.currentItem().text() and len(issued) == 1

    bad = tmp_path / "damaged.json"
    bad.write_text(text[:200])
    dialog.import_key(str(bad))
    assert "damaged.json is not a CLMS service key" in dialog.bar.currentItem().text()
    assert Settings.load().auth_config_id == auth_id  # the good key stays

    loopback.routes[("POST", "/@@oauth2-token")] = token_route(make_service_key(uri)[1], uri)  # key revoked
    dialog.check_key()
    wait(lambda: dialog.checkKeyButton.isEnabled())
    assert "refused the service key" in dialog.bar.currentItem().text()

    dialog.remove_key()
    assert Settings.load().auth_config_id == "" and auth_id not in auth_db.configIds()
    assert "No service key yet" in dialog.keyStatus.text()


def test_cancel_closes_without_saving(qgis_iface, tmp_path):
    Settings(download_folder=str(tmp_path)).save()
    dialog = SettingsDialog(qgis_iface.mainWindow())
    dialog.show()
    type_into(dialog.clmsUrl, "http://elsewhere.test")
    click(dialog, "Cancel")
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert Settings.load().clms_api_url == Settings().clms_api_url
