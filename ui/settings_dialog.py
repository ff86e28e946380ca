"""Settings dialog: edits the one :class:`Settings` object."""
from urllib.parse import urlsplit

from qgis.core import Qgis
from qgis.gui import QgsFileWidget, QgsMessageBar
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QSizePolicy

from ..core.i18n import tr
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
        self.bar.setSizePolicy(QSizePolicy.Minimum, QSizePolicy.Fixed)
        self.layout().insertWidget(0, self.bar)
        self.downloadFolder.setStorageMode(QgsFileWidget.GetDirectory)
        self.geopackagePath.setStorageMode(QgsFileWidget.SaveFile)
        self.geopackagePath.setFilter(tr("GeoPackage (*.gpkg)"))
        self.buttonBox.button(QDialogButtonBox.RestoreDefaults).clicked.connect(lambda: self.show_settings(Settings()))
        self.show_settings(settings or Settings.load())

    def show_settings(self, settings):
        self._settings = settings
        self.clmsUrl.setText(settings.clms_api_url)
        self.egmsUrl.setText(settings.egms_api_url)
        self.timeout.setValue(settings.timeout_s)
        self.downloadFolder.setFilePath(settings.download_folder)
        self.geopackagePath.setFilePath(settings.geopackage_path)

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
            self.bar.pushMessage(tr("Settings not saved"), str(exc), Qgis.Warning, 0)
            return
        settings.save()
        super().accept()
