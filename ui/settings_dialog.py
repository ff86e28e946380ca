"""Settings dialog: edits the one :class:`Settings` object, and imports the CLMS service key into QGIS's
authentication database (the settings keep only its id)."""
import html
import os
from urllib.parse import urlsplit

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsFileWidget, QgsMessageBar
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QSizePolicy

from ..core import auth, tasks
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.network import Transport
from ..core.settings import Settings
from . import load_form

FORM = load_form("settings_dialog")


def url_problem(url):
    """Why ``url`` is not usable as a service base URL, or '' when it is."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return tr("“{url}” is not a web address (it must start with http:// or https://).").format(url=url)
    return ""


class SettingsDialog(QDialog, FORM):
    def __init__(self, parent=None, settings=None):
        super().__init__(parent)
        self.setupUi(self)
        self.bar = QgsMessageBar(self)
        self.bar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.layout().insertWidget(0, self.bar)
        self.downloadFolder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.geopackagePath.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.geopackagePath.setFilter(tr("GeoPackage (*.gpkg)"))
        self.buttonBox.accepted.connect(self.accept)  # OK saves (when the input is good) and closes
        self.buttonBox.rejected.connect(self.reject)  # Cancel closes, nothing saved
        self.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_settings(Settings(auth_config_id=self._settings.auth_config_id)))
        self.importKeyButton.clicked.connect(lambda: self.import_key())
        self.checkKeyButton.clicked.connect(lambda: self.check_key())
        self.removeKeyButton.clicked.connect(lambda: self.remove_key())
        self.show_settings(settings or Settings.load())

    def show_settings(self, settings):
        self._settings = settings
        self.clmsUrl.setText(settings.clms_api_url)
        self.egmsUrl.setText(settings.egms_api_url)
        self.timeout.setValue(settings.timeout_s)
        self.downloadFolder.setFilePath(settings.download_folder)
        self.geopackagePath.setFilePath(settings.geopackage_path)
        self._show_key()

    # --- the service key (kept at once: it is an action, not an edit of the form) ---

    def _show_key(self):
        auth_id = self._settings.auth_config_id
        if auth_id:
            config = QgsApplication.authManager().availableAuthMethodConfigs().get(auth_id)
            name = config.name() if config is not None else tr("CLMS service key")
            self.keyStatus.setText(tr("<b>{name}</b> is kept in QGIS's authentication database.").format(
                name=html.escape(name)))
        else:
            self.keyStatus.setText(tr("No service key yet. Searching and downloading EGMS files and CLMS data needs "
                                      "one: in your <a href=\"https://land.copernicus.eu\">land.copernicus.eu</a> "
                                      "profile, create an API token and download its key file (JSON), then import "
                                      "it here."))
        self.checkKeyButton.setEnabled(bool(auth_id))
        self.removeKeyButton.setEnabled(bool(auth_id))

    def _keep_auth_id(self, auth_id):
        self._settings = self._settings.replace(auth_config_id=auth_id)
        Settings.load().replace(auth_config_id=auth_id).save()
        self._show_key()

    def import_key(self, path=None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Import CLMS service key"), "",
                                                  tr("Service key (*.json);;All files (*)"))
            if not path:
                return
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8-sig") as f:
                text = f.read(1_000_000)
            auth_id = auth.store_service_key(text, name, self._settings.auth_config_id)
        except (OSError, UnicodeDecodeError) as exc:
            self.bar.pushMessage(tr("Key not imported"), tr("Cannot read {file}: {reason}").format(
                file=name, reason=getattr(exc, "strerror", None) or exc), Qgis.MessageLevel.Warning, 0)
            return
        except PluginError as exc:
            self.bar.pushMessage(tr("Key not imported"), str(exc), Qgis.MessageLevel.Warning, 0)
            return
        self._keep_auth_id(auth_id)
        self.bar.clearWidgets()  # an earlier failure no longer holds
        self.bar.pushMessage(tr("Key imported"), tr("{file} is kept in QGIS's authentication database.").format(
            file=name), Qgis.MessageLevel.Success, 8)

    def remove_key(self):
        try:
            auth.remove_service_key(self._settings.auth_config_id)
        except PluginError as exc:
            self.bar.pushMessage(tr("Key not removed"), str(exc), Qgis.MessageLevel.Warning, 0)
            return
        self._keep_auth_id("")
        self.bar.clearWidgets()
        self.bar.pushMessage(tr("Key removed"), tr("The service key was removed from QGIS's authentication "
                                                   "database."), Qgis.MessageLevel.Info, 8)

    def check_key(self):
        """Ask for an access token with the stored key, in the background."""
        try:
            key = auth.load_service_key(self._settings.auth_config_id)
        except PluginError as exc:
            self.bar.pushMessage(tr("Key"), str(exc), Qgis.MessageLevel.Warning, 0)
            return None
        provider = auth.tokens_for(key, Transport(self.timeout.value()))
        provider.forget()  # really ask the service
        self.checkKeyButton.setEnabled(False)

        def done(_token):
            self.checkKeyButton.setEnabled(True)
            self.bar.pushMessage(tr("Key works"), tr("The service gave an access token for {client}.").format(
                client=key.client_id), Qgis.MessageLevel.Success, 8)

        def failed(error):
            self.checkKeyButton.setEnabled(True)
            self.bar.pushMessage(tr("Key"), tasks.user_message(error), Qgis.MessageLevel.Critical, 0)

        return tasks.start(tasks.Task(tr("Checking the CLMS service key"), provider.token, on_done=done,
                                      on_error=failed, on_cancel=lambda: self.checkKeyButton.setEnabled(True)))

    def edited_settings(self):
        """The settings as edited; raises ValueError with a message for the user on bad input."""
        for widget in (self.clmsUrl, self.egmsUrl):
            problem = url_problem(widget.text())
            if problem:
                widget.setFocus()
                raise ValueError(problem)
        folder = self.downloadFolder.filePath().strip()
        if not folder:
            raise ValueError(tr("Choose a download folder."))
        return self._settings.replace(
            clms_api_url=self.clmsUrl.text().strip().rstrip("/"),
            egms_api_url=self.egmsUrl.text().strip().rstrip("/"),
            timeout_s=self.timeout.value(),
            download_folder=folder,
            geopackage_path=self.geopackagePath.filePath().strip(),
        )

    def accept(self):
        try:
            settings = self.edited_settings()
        except ValueError as exc:
            self.bar.pushMessage(tr("Settings not saved"), str(exc), Qgis.MessageLevel.Warning, 0)
            return
        settings.save()
        super().accept()
