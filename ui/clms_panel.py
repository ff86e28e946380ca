"""CLMS catalogue tab: search the catalogue, read a dataset's details, add its view service, request a download
by area (or a pre-packaged file), and follow the requests until their data is in the project."""
import datetime as dt
import html
import os

from qgis.core import (Qgis, QgsCoordinateTransform, QgsMapLayerProxyModel, QgsProject, QgsRasterLayer,
                       QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QDate, QStringListModel, Qt, QTimer
from qgis.PyQt.QtWidgets import QCompleter, QFileDialog, QHeaderView, QListWidgetItem, QTableWidgetItem

from ..core.clms import api as clms_api
from ..core.clms import clc
from ..core.clms.catalogue import FAMILIES, FORMAT_FILTER, RESOLUTION_FILTER, THEMES
from ..core.clms.monitor import Tracked, Tracker
from ..core.clms.nuts import NutsIndex
from ..core.clms.requests import PROJECTIONS, area_item, check_format, file_item, output_formats
from ..core.clms.results import RASTERS, fetch_result
from ..core.clms.view import open_view
from ..core.download import LinkExpired
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.log import log
from ..core.network import Transport
from ..core.settings import Settings
from . import WGS84, chosen_area, set_up_area_widget
from .messages import notify, run_in_background

EXTENT, NUTS, LAYER = range(3)
POLL_MS = 20000


class ClmsPanel:
    def __init__(self, iface, dock):
        self.iface = iface
        self.w = w = dock
        self.datasets = []  # the results listed
        self.next_url = ""
        self.total = 0
        self.dataset = None  # the dataset shown
        self.tracker = Tracker()
        self.nuts = NutsIndex()
        self.fetching = set()  # task ids whose result is being fetched
        self.polling = None  # the running poll task
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.resumed = False

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

        set_up_area_widget(w.clmsExtent, iface.mapCanvas())
        w.clmsAreaMode.currentIndexChanged.connect(w.clmsAreaStack.setCurrentIndex)
        w.clmsAreaMode.currentIndexChanged.connect(self._area_mode_changed)
        self.nuts_file_read = False  # the user's GISCO file is read when the NUTS mode is first chosen
        w.clmsAreaLayer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        w.clmsFile.currentIndexChanged.connect(self._file_changed)
        self.completer = QCompleter(w.clmsNuts)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModel(QStringListModel(self.nuts.labels(), self.completer))
        w.clmsNuts.setCompleter(self.completer)
        w.clmsNutsFile.clicked.connect(lambda: self.choose_nuts_file())
        w.clmsRequestButton.clicked.connect(lambda: self.request())
        w.clmsRefresh.clicked.connect(lambda: self.poll(explicit=True))
        w.clmsCancel.clicked.connect(lambda: self.cancel_request())
        w.clmsForget.clicked.connect(lambda: self.forget_request())
        header = w.clmsRequests.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._show_requests()
        dock.visibilityChanged.connect(self._dock_shown)

    # --- catalogue ------------------------------------------------------------------------------------------

    def filters(self):
        w = self.w
        year = w.catalogueYear.value()
        values = {"familyTitle": w.catalogueFamily.currentData(),
                  "spatial_resolution": _combo_value(w.catalogueResolution),
                  "distribution_format_list": _combo_value(w.catalogueFormat),
                  "gemetInspireThemes": _combo_value(w.catalogueTheme),
                  "temporal_extent": str(year) if year > w.catalogueYear.minimum() else ""}
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
        if d.download_infos:
            w.clmsFile.addItem(tr("The dataset, cut to an area"), None)
        for f in d.files:
            w.clmsFile.addItem(tr("Pre-packaged: {file}").format(file=f.label), f)
        w.clmsFile.blockSignals(False)
        table = clms_api.client(Settings.load()).known_conversions()
        _fill(w.clmsFormat, output_formats(d.download_infos[0].full_format, table) if d.download_infos else [])
        _fill(w.clmsProjection, PROJECTIONS)
        today = dt.date.today()
        end = min(dt.date.fromisoformat(d.temporal_end), today) if d.temporal_end else today
        start = end - dt.timedelta(days=min(d.temporal_limit_days or 30, 30))
        w.clmsStart.setDate(QDate(start.year, start.month, start.day))
        w.clmsEnd.setDate(QDate(end.year, end.month, end.day))
        self._file_changed()

    def _file_changed(self, *_):
        w = self.w
        by_area = w.clmsFile.currentData() is None
        d = self.dataset
        for widget in (w.clmsAreaMode, w.clmsAreaStack, w.clmsFormat, w.clmsProjection):
            widget.setEnabled(by_area)
        for widget in (w.clmsStart, w.clmsEnd):
            widget.setEnabled(bool(by_area and d and d.needs_dates))

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

    # --- area -----------------------------------------------------------------------------------------------

    def _area_mode_changed(self, mode):
        """The first time the user picks "A NUTS region", read the GISCO file chosen in an earlier session (it can
        be tens of MB: not at QGIS's start)."""
        if mode != NUTS or self.nuts_file_read:
            return
        self.nuts_file_read = True
        path = Settings.load().nuts_file
        if path and os.path.exists(path):
            try:
                self._set_nuts(NutsIndex.from_gisco(path))
            except PluginError as exc:
                notify(self.iface, str(exc), Qgis.MessageLevel.Warning)

    def choose_nuts_file(self, path=None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.w, tr("GISCO NUTS regions"), "",
                                                  tr("Vector files (*.geojson *.json *.gpkg *.shp);;All files (*)"))
            if not path:
                return
        try:
            index = NutsIndex.from_gisco(path)
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return
        self._set_nuts(index)
        self.nuts_file_read = True
        Settings.load().replace(nuts_file=path).save()
        notify(self.iface, tr("{n} NUTS regions from {file}.").format(n=len(index.regions),
                                                                      file=os.path.basename(path)),
               Qgis.MessageLevel.Success)

    def _set_nuts(self, index):
        self.nuts = index
        self.completer.setModel(QStringListModel(index.labels(), self.completer))

    def area(self):
        """(nuts code, bbox): one of them, as the user chose."""
        w = self.w
        mode = w.clmsAreaMode.currentIndex()
        if mode == NUTS:
            region = self.nuts.find(w.clmsNuts.text())
            if region is None:
                raise PluginError(tr("“{text}” is not a NUTS region: type a code or a name and pick one of the "
                                     "suggestions.").format(text=w.clmsNuts.text()))
            return region.code, None
        if mode == LAYER:
            layer = w.clmsAreaLayer.currentLayer()
            if layer is None:
                raise PluginError(tr("Choose the layer whose selected features give the area."))
            rect = layer.boundingBoxOfSelected() if layer.selectedFeatureCount() else layer.extent()
            rect = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance()).transformBoundingBox(rect)
            rect = rect.intersect(QgsRectangle(-180, -90, 180, 90))
        else:
            rect = chosen_area(w.clmsExtent, self.iface.mapCanvas())
        if rect.isEmpty():
            raise PluginError(tr("The download area is empty."))
        return "", (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())

    # --- requests -------------------------------------------------------------------------------------------

    def request(self):
        w, d = self.w, self.dataset
        if d is None:
            return None
        settings = Settings.load()
        try:
            prepackaged = w.clmsFile.currentData()
            if prepackaged is not None:
                item = file_item(d, prepackaged)
            else:
                nuts, bbox = self.area()
                start = w.clmsStart.date().toString("yyyy-MM-dd") if d.needs_dates else None
                end = w.clmsEnd.date().toString("yyyy-MM-dd") if d.needs_dates else None
                item = area_item(d, d.download_infos[0], w.clmsFormat.currentText(), w.clmsProjection.currentText(),
                                 nuts=nuts, bbox=bbox, start=start, end=end)
            api = clms_api.client(settings, with_key=True)
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning, duration=10)
            return None
        folder = os.path.join(settings.download_folder, "CLMS")
        w.clmsRequestButton.setEnabled(False)

        def done(task_ids):
            if not task_ids:  # queued without a task id (CDSE): the monitor finds it among the requests
                self.tracker.add(Tracked.awaited(d.uid, d.title, folder, dt.datetime.now().isoformat(
                    timespec="seconds"), clc=clc.is_clc(d.title)))
            for task_id in task_ids:
                self.tracker.add(Tracked(task_id, d.title, folder, dt.datetime.now().isoformat(timespec="seconds"),
                                         clc=clc.is_clc(d.title)))
            self._show_requests()
            if task_ids:
                text = tr("Download of {dataset} requested (task {ids}). The CLMS prepares it; it lands in the project "
                          "when ready.").format(dataset=d.title, ids=", ".join(task_ids))
            else:
                text = tr("Download of {dataset} requested. The CLMS queues it (it gives the task id later, as for "
                          "datasets from the Copernicus Data Space Ecosystem); it lands in the project when "
                          "ready.").format(dataset=d.title)
            notify(self.iface, text, Qgis.MessageLevel.Success, duration=10)
            self.timer.start()

        def work(feedback):
            if "OutputFormat" in item:  # the service's own conversion table, read once a session, has the last word
                check_format(d, d.download_infos[0], item["OutputFormat"], api.format_conversions(feedback))
            return api.submit([item], feedback)

        return run_in_background(self.iface, tr("Requesting {dataset}").format(dataset=d.title), work, on_done=done,
                                 on_finished=lambda: w.clmsRequestButton.setEnabled(True))

    def _dock_shown(self, visible):
        """Monitoring resumes when the panel is first shown (the key may need the master password)."""
        if visible and not self.resumed:
            self.resumed = True
            self.read_families()
            if self.tracker.pending():
                self.poll()

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
                                 lambda feedback: api.facets("familyTitle", feedback=feedback), on_done=done)

    def poll(self, explicit=False):
        """Ask the service for the status of the requests; fetch the results that are ready."""
        pending = self.tracker.pending()
        if not pending and not explicit:
            self.timer.stop()
            return None
        if self.polling is not None:
            return None
        try:
            api = clms_api.client(Settings.load(), with_key=True)
        except PluginError as exc:
            self.timer.stop()
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return None

        def done(records):
            ready = self.tracker.update(records)
            self._show_requests()
            for tracked in ready:
                self.fetch_result(tracked)
            for tracked in self.tracker.requests.values():
                if tracked.status in ("Finished_nok", "Rejected") and not tracked.fetched:
                    tracked.fetched = True  # said once
                    notify(self.iface, tr("The CLMS could not prepare {dataset} (task {id}): {message}").format(
                        dataset=tracked.title, id=tracked.task_id, message=tracked.message or clms_api.status_label(
                            tracked.status)), Qgis.MessageLevel.Critical, duration=0)
            self.tracker.save()
            if self.tracker.pending():
                self.timer.start()
            else:
                self.timer.stop()

        def finished():
            self.polling = None

        self.polling = run_in_background(self.iface, tr("Checking the CLMS download requests"),
                                         lambda feedback: api.requests(feedback=feedback), on_done=done,
                                         on_finished=finished)
        return self.polling

    def fetch_result(self, tracked):
        """Download (resumable), unpack, and add the result's data to the project."""
        if tracked.task_id in self.fetching:
            return None
        self.fetching.add(tracked.task_id)
        transport = Transport(Settings.load().timeout_s)

        def work(feedback):
            return fetch_result(transport, tracked.task_id, tracked.url, tracked.size, tracked.folder, feedback)

        def done(files):
            tracked.files, tracked.fetched = files, True
            self.tracker.save()
            self._show_requests()
            added = [layer.name() for layer in self.add_result(tracked)]
            notify(self.iface, tr("{dataset}: {layers} added to the project ({folder}).").format(
                dataset=tracked.title, layers=", ".join(added) or "-", folder=tracked.folder),
                   Qgis.MessageLevel.Success, 10)

        def failed(error):
            if isinstance(error, LinkExpired):
                tracked.fetched = True  # the link will not come back
                self.tracker.save()

        return run_in_background(self.iface, tr("Downloading {dataset}").format(dataset=tracked.title), work,
                                 on_done=done, on_error=failed,
                                 on_finished=lambda: self.fetching.discard(tracked.task_id))

    def add_result(self, tracked):
        layers = []
        for path in tracked.files:
            name = "{} ({})".format(tracked.title, os.path.splitext(os.path.basename(path))[0])
            if path.lower().endswith(RASTERS):
                layer = QgsRasterLayer(path, name)
                if layer.isValid():
                    clc.style_raster(layer, clc=tracked.clc or clc.is_clc(os.path.basename(path)))
            else:
                layer = QgsVectorLayer(path, name, "ogr")
                if layer.isValid():
                    clc.style_vector(layer, clc=tracked.clc or clc.is_clc(os.path.basename(path)))
            if layer.isValid():
                QgsProject.instance().addMapLayer(layer)
                layers.append(layer)
            else:
                log.warning("%s could not be opened as a layer", path)
        return layers

    def selected_request(self):
        rows = self.w.clmsRequests.selectionModel().selectedRows()
        if not rows:
            notify(self.iface, tr("Select a request in the list first."), Qgis.MessageLevel.Warning)
            return None
        return self.w.clmsRequests.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def cancel_request(self):
        task_id = self.selected_request()
        if task_id is None:
            return None
        tracked = self.tracker.requests.get(task_id)
        if tracked is not None and tracked.finished:
            notify(self.iface, tr("This request has already finished."), Qgis.MessageLevel.Info)
            return None
        if tracked is not None and tracked.is_awaited:
            notify(self.iface, tr("The CLMS has not given this request a task id yet: it can be cancelled once it "
                                  "has one (Refresh)."), Qgis.MessageLevel.Info)
            return None
        try:
            api = clms_api.client(Settings.load(), with_key=True)
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return None

        def done(_):
            if tracked is not None:
                tracked.status = "Cancelled"
                self.tracker.save()
            self._show_requests()
            notify(self.iface, tr("Request {id} cancelled.").format(id=task_id), Qgis.MessageLevel.Info)

        return run_in_background(self.iface, tr("Cancelling CLMS request {id}").format(id=task_id),
                                 lambda feedback: api.cancel(task_id, feedback), on_done=done)

    def forget_request(self):
        task_id = self.selected_request()
        if task_id is not None:
            self.tracker.remove(task_id)
            self._show_requests()

    def _show_requests(self):
        table = self.w.clmsRequests
        tracked = sorted(self.tracker.requests.values(), key=lambda t: t.submitted, reverse=True)
        table.setRowCount(len(tracked))
        for row, t in enumerate(tracked):
            status = clms_api.status_label(t.status)
            if t.status == "Finished_ok":
                status = tr("in the project") if t.fetched and t.files else tr("downloading") if not t.fetched else \
                    status
            name = QTableWidgetItem(t.title)
            name.setData(Qt.ItemDataRole.UserRole, t.task_id)
            name.setToolTip(t.message or t.title)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(status))
            table.setItem(row, 2, QTableWidgetItem("…" if t.is_awaited else t.task_id))
        waiting = len([t for t in tracked if not t.finished])
        self.w.clmsRequestsStatus.setText(tr("{n} requests being prepared by the CLMS; checked every {s} s.").format(
            n=waiting, s=POLL_MS // 1000) if waiting else "")

    def unload(self):
        self.timer.stop()


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
    if d.download_infos:
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
