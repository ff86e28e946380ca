"""CLMS catalogue tab: search the catalogue, read a dataset's details, add its view service, request a download
by area (or a pre-packaged file); the area is ui/clms_area.py's, the requests followed ui/clms_requests.py's."""
import datetime as dt
import html
import os

from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import QLabel, QListWidgetItem

from ..core.clms import api as clms_api
from ..core.clms import job
from ..core.clms.catalogue import FAMILIES, FORMAT_FILTER, RESOLUTION_FILTER, THEMES, DownloadInfo
from ..core.clms.items import area_item, check_format, check_projection, file_item, output_formats
from ..core.clms.view import open_view
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.log import log
from ..core.network import Transport
from ..core.settings import Settings
from .clms_area import ClmsArea
from .clms_requests import RequestMonitor
from .messages import notify, run_in_background
from .fit import FitToText


class ClmsPanel:
    """The CLMS tab: the catalogue (search, details, view services) and the download request it sends; the area
    is ``self.area`` (ClmsArea), the requests followed ``self.requests`` (RequestMonitor)."""

    def __init__(self, iface, dock):
        self.iface = iface
        self.w = w = dock
        self.datasets = []  # the results listed
        self.next_url = ""
        self.total = 0
        self.dataset = None  # the dataset shown
        self.area = ClmsArea(iface, dock)
        self.requests = RequestMonitor(iface, dock)
        self.families_read = False  # the site's own families are read after the first search (not before: offline,
        # opening the dock must not reach for the network)
        FitToText(w.datasetDetails)  # the tab scrolls; the details do not scroll inside it

        w.catalogueFamily.addItem(tr("Any"), "")
        for title, _slug in FAMILIES:
            w.catalogueFamily.addItem(title, title)
        for combo, values in ((w.catalogueResolution, RESOLUTION_FILTER), (w.catalogueFormat, FORMAT_FILTER),
                              (w.catalogueTheme, THEMES)):
            combo.addItem(tr("Any"), "")
            for value in values:
                combo.addItem(value, value)
        w.catalogueSearchButton.clicked.connect(lambda: self.search())
        w.catalogueText.returnPressed.connect(lambda: self.search())
        w.catalogueMore.clicked.connect(lambda: self.search(more=True))
        w.catalogueResults.currentRowChanged.connect(self.show_dataset)
        w.addViewButton.clicked.connect(lambda: self.add_view())
        w.clmsFile.currentIndexChanged.connect(self._file_changed)
        w.clmsFileInfo = QLabel(objectName="clmsFileInfo", wordWrap=True)  # what the chosen entry is, wrapped
        w.clmsFileInfo.setVisible(False)
        w.clmsDownloadForm.insertRow(1, w.clmsFileInfo)
        w.clmsRequestButton.clicked.connect(lambda: self.request())

    # --- catalogue ------------------------------------------------------------------------------------------

    def filters(self):
        w = self.w
        year = w.catalogueYear.value()
        values = {clms_api.FAMILY: w.catalogueFamily.currentData(),
                  clms_api.RESOLUTION: _combo_value(w.catalogueResolution),
                  clms_api.FORMAT: _combo_value(w.catalogueFormat),
                  clms_api.THEME: _combo_value(w.catalogueTheme),
                  clms_api.YEAR: str(year) if year > w.catalogueYear.minimum() else ""}
        return {k: v for k, v in values.items() if v}

    def search(self, more=False):
        w = self.w
        api = clms_api.client(Settings.load())
        text, filters, next_url = w.catalogueText.text(), self.filters(), self.next_url if more else ""
        w.catalogueSearchButton.setEnabled(False)
        w.catalogueMore.setEnabled(False)

        def work(feedback):
            return api.search(text, filters, next_url=next_url, feedback=feedback)

        def done(page):
            if not self.families_read:
                self.families_read = True
                self.read_families()
            if not more:
                self.datasets = []
                w.catalogueResults.clear()
            self.datasets += page.datasets
            self.next_url, self.total = page.next_url, page.total
            for dataset in page.datasets:
                item = QListWidgetItem(dataset.title)
                item.setToolTip("{}\n{}".format(dataset.family, dataset.description[:300]))
                w.catalogueResults.addItem(item)
            w.catalogueCount.setText(tr("{shown} of {total} datasets").format(shown=len(self.datasets),
                                                                               total=self.total))
            if not more and self.datasets:
                w.catalogueResults.setCurrentRow(0)
            elif not self.datasets:
                self.show_dataset(-1)
                notify(self.iface, tr("No dataset in the CLMS catalogue matches this search."), Qgis.MessageLevel.Info)

        def finished():
            w.catalogueSearchButton.setEnabled(True)
            w.catalogueMore.setEnabled(bool(self.next_url))

        return run_in_background(self.iface, tr("Searching the CLMS catalogue"), work, on_done=done,
                                 on_finished=finished)

    def show_dataset(self, row):
        w = self.w
        self.dataset = self.datasets[row] if 0 <= row < len(self.datasets) else None
        d = self.dataset
        w.addViewButton.setEnabled(bool(d and d.view_service))
        w.clmsDownloadGroup.setEnabled(bool(d and d.downloadable))
        if d is None:
            w.datasetDetails.clear()
            return
        w.datasetDetails.setHtml(details_html(d))
        w.clmsFile.blockSignals(True)
        w.clmsFile.clear()
        # each collection (CLC 2018: its vector GDB and its raster), cut to the area below; under a line, the
        # pre-packaged files by year, format, resolution and size, the chosen one's name said below the box (whole
        # at 420 px in every language: "Pre-packaged: u2018_clc2018_v2020_20u1_raster100m · 2018 · Geotiff · 100 m
        # · 187 MB" was cut to half; the name alone needs 350 px of the 317 the box's field has)
        for info in d.download_infos:
            w.clmsFile.addItem(info.label, info)
            w.clmsFile.setItemData(w.clmsFile.count() - 1, info.label, Qt.ItemDataRole.ToolTipRole)
        if d.download_infos and d.files:
            w.clmsFile.insertSeparator(w.clmsFile.count())
        details = [f.details for f in d.files]
        for f in d.files:
            told = f.details and details.count(f.details) == 1  # else by name, which tells them apart
            w.clmsFile.addItem(f.details if told else f.name, f)
            w.clmsFile.setItemData(w.clmsFile.count() - 1, f.label, Qt.ItemDataRole.ToolTipRole)
        w.clmsFile.blockSignals(False)
        api = clms_api.client(Settings.load())
        _fill(w.clmsProjection, api.known_projections(d.uid))
        self.read_projections(d)
        today = dt.date.today()
        end = min(dt.date.fromisoformat(d.temporal_end), today) if d.temporal_end else today
        start = end - dt.timedelta(days=min(d.temporal_limit_days or 30, 30))
        w.clmsStart.setDate(QDate(start.year, start.month, start.day))
        w.clmsEnd.setDate(QDate(end.year, end.month, end.day))
        w.clmsFile.currentIndexChanged.emit(w.clmsFile.currentIndex())  # as a choice does: the form fits it

    def _file_changed(self, *_):
        w = self.w
        info = w.clmsFile.currentData()
        by_area = isinstance(info, DownloadInfo)
        d = self.dataset
        table = clms_api.client(Settings.load()).known_conversions()
        _fill(w.clmsFormat, output_formats(info.full_format, table, d) if by_area else [])
        for widget in (w.clmsAreaMode, w.clmsAreaStack, w.clmsFormat, w.clmsProjection):
            widget.setEnabled(by_area)
        for widget in (w.clmsStart, w.clmsEnd):
            widget.setEnabled(bool(by_area and d and d.needs_dates))
        if by_area:
            w.clmsFileInfo.setText(tr("Cut to the area below, in the format and projection chosen."))
        elif info is not None:  # the name may break after its underscores (no space in it; wider than the dock)
            w.clmsFileInfo.setText(tr("Pre-packaged file {name}, downloaded whole.").format(
                name=info.name.replace("_", "_\u200b")))
        w.clmsFileInfo.setVisible(info is not None)

    def read_projections(self, d):
        """The projections @projections offers for ``d`` (its own UTM zones among them), read with the token in
        the background once a session, replace the service's own list while ``d`` is shown. Without a service
        key nothing is asked (a download needs one anyway)."""
        settings = Settings.load()
        if not d.download_infos or not settings.auth_config_id:
            return None
        try:
            api = clms_api.client(settings, with_key=True)
        except PluginError:
            return None

        def work(feedback):
            try:
                return api.projections(d.uid, feedback)
            except PluginError as exc:  # browsing goes on; the request itself will say what is wrong
                log.info("CLMS projections of %s not read: %s", d.uid, exc)
                return None

        def done(projections):
            if projections and self.dataset is d:
                _fill(self.w.clmsProjection, projections)

        return run_in_background(self.iface, tr("Reading the projections of {dataset}").format(dataset=d.title),
                                 work, on_done=done)

    # --- view services ------------------------------------------------------------------------------------

    def add_view(self):
        d = self.dataset
        if d is None:
            return None
        transport = Transport(Settings.load().timeout_s)
        crs = self.iface.mapCanvas().mapSettings().destinationCrs().authid()

        def work(feedback):
            return open_view(transport, d, crs, feedback)

        def done(view):
            layer = QgsRasterLayer(view.uri, view.name, view.provider) if view.is_raster else \
                QgsVectorLayer(view.uri, view.name, view.provider)
            if not layer.isValid():
                notify(self.iface, tr("The view service of {dataset} could not be opened: {error}").format(
                    dataset=d.title, error=layer.error().summary() or view.uri), Qgis.MessageLevel.Critical, duration=0)
                return
            QgsProject.instance().addMapLayer(layer)
            notify(self.iface, tr("{layer} added from the view service (nothing downloaded).").format(
                layer=view.name), Qgis.MessageLevel.Success)

        return run_in_background(self.iface, tr("Opening the view service of {dataset}").format(dataset=d.title),
                                 work, on_done=done)

    # --- requests -------------------------------------------------------------------------------------------

    def request(self):
        w, d = self.w, self.dataset
        if d is None:
            return None
        settings = Settings.load()
        try:
            chosen = w.clmsFile.currentData()
            info = chosen if isinstance(chosen, DownloadInfo) else None
            if info is None:
                item = file_item(d, chosen)
            else:
                nuts, bbox = self.area.area()
                start = w.clmsStart.date().toString("yyyy-MM-dd") if d.needs_dates else None
                end = w.clmsEnd.date().toString("yyyy-MM-dd") if d.needs_dates else None
                offered = [w.clmsProjection.itemText(i) for i in range(w.clmsProjection.count())]
                item = area_item(d, info, w.clmsFormat.currentText(), w.clmsProjection.currentText(),
                                 nuts=nuts, bbox=bbox, start=start, end=end, projections=offered)
            api = clms_api.client(settings, with_key=True)
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning, duration=10)
            return None
        folder = os.path.join(settings.download_folder, "CLMS")
        w.clmsRequestButton.setEnabled(False)

        def done(tracked):
            self.requests.track(tracked)
            if not tracked[0].is_awaited:
                text = tr("Download of {dataset} requested (task {ids}). The CLMS prepares it; it lands in the project "
                          "when ready.").format(dataset=d.title, ids=", ".join(t.task_id for t in tracked))
            else:  # queued without a task id (CDSE): the monitor finds it among the requests
                text = tr("Download of {dataset} requested. The CLMS queues it (it gives the task id later, as for "
                          "datasets from the Copernicus Data Space Ecosystem); it lands in the project when "
                          "ready.").format(dataset=d.title)
            notify(self.iface, text, Qgis.MessageLevel.Success, duration=10)

        def work(feedback):
            if info is not None:  # the service's own table and projections, read once a session, have the last word
                check_format(d, info, item["OutputFormat"], api.format_conversions(feedback))
                check_projection(d, item["OutputGCS"], api.projections(d.uid, feedback))
            return job.submit(api, d, [item], folder, feedback)

        return run_in_background(self.iface, tr("Requesting {dataset}").format(dataset=d.title), work, on_done=done,
                                 on_finished=lambda: w.clmsRequestButton.setEnabled(True))

    def unload(self):
        self.requests.unload()

    def read_families(self):
        """The product families as the site indexes them (taxonomy keys, told by its @querystring) replace the
        plugin's own list, whose titles the index may not know; the choice made is kept where the site has it."""
        api = clms_api.client(Settings.load())

        def done(choices):
            combo = self.w.catalogueFamily
            if not choices:
                return
            chosen = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("Any"), "")
            for value, title in choices:
                combo.addItem(title, value)
            found = [i for i in range(combo.count()) if combo.itemText(i).split(" > ")[-1] == chosen.split(" > ")[-1]]
            combo.setCurrentIndex(found[0] if found else 0)
            combo.blockSignals(False)

        return run_in_background(self.iface, tr("Reading the CLMS catalogue's filters"),
                                 lambda feedback: api.facets(clms_api.FAMILY, feedback=feedback), on_done=done)


def _combo_value(combo):
    data = combo.currentData()
    text = combo.currentText().strip()
    if data is not None and combo.itemText(combo.currentIndex()) == text:
        return data
    return "" if text == tr("Any") else text


def _fill(combo, values):
    current = combo.currentText()
    combo.clear()
    combo.addItems(values)
    if current in values:
        combo.setCurrentText(current)


def details_html(d):
    """The dataset's details for the details pane."""
    def row(label, value):
        return "<tr><td valign='top'><b>{}</b></td><td>{}</td></tr>".format(html.escape(label), value) if value else ""

    esc = html.escape
    views = tr("yes, {kind}").format(kind=esc(d.view_service)) if d.view_service else tr("no")
    downloads = []
    if len(d.download_infos) > 1:
        downloads.append(tr("by area, {n} collections").format(n=len(d.download_infos)))
    elif d.download_infos:
        downloads.append(tr("by area"))
    if d.files:
        downloads.append(tr("{n} pre-packaged files").format(n=len(d.files)))
    if d.needs_dates:
        downloads.append(tr("time series, at most {n} days a request").format(n=d.temporal_limit_days)
                         if d.temporal_limit_days else tr("time series"))
    rows = "".join([
        row(tr("Family"), esc(d.family)), row(tr("Coverage"), esc(d.coverage)),
        row(tr("Time"), esc(d.temporal_text)), row(tr("Resolution"), esc(d.resolution)),
        row(tr("Formats"), esc(", ".join(d.formats))), row(tr("Projections"), esc(", ".join(d.projections))),
        row(tr("INSPIRE themes"), esc(", ".join(d.inspire_themes))), row(tr("View service"), views),
        row(tr("Download"), esc(", ".join(downloads)) or tr("not from here")),
    ])
    link = "<p><a href='{}'>{}</a></p>".format(esc(d.url), tr("Product page on land.copernicus.eu")) if d.url else ""
    return "<h3>{}</h3><p>{}</p><table cellspacing='4'>{}</table>{}".format(
        esc(d.title), esc(d.description), rows, link)
