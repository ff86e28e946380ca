"""EGMS tab: find EGMS files for an area, see their footprints, download them (queue), import them."""
import functools

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QMenu, QTableWidgetItem

from ..core.auth import MissingKey
from ..core.egms import api as egms_api
from ..core.download import fetch_one
from ..core.egms.download import Downloader, Fetched, items_from_hits, parse_links, read_links_file
from ..core.egms.footprints import footprints_layer
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.log import log
from ..core.network import RequestCancelled, Transport
from ..core.settings import Settings
from . import chosen_area, set_up_area_widget
from .messages import notify, run_in_background

FILE, SIZE, WHERE, DIRECTION, STATUS = range(5)
FILE_WIDTH = 190  # pixels: "EGMS_L2b_022_0845_IW2…" shows


class EgmsSearchPanel:
    """Drives the "Find and download" group of the dock's EGMS tab; ``importer`` imports what arrives."""

    def __init__(self, iface, dock, importer):
        self.iface = iface
        self.w = w = dock
        self.importer = importer
        self.items = []  # DownloadItem per table row
        self.api = None  # the EgmsApi of the last search (its token, renewals)
        self.layer_id = None  # the footprints layer
        self.tasks = []  # download tasks not finished yet
        self.outcomes = {}  # row -> Fetched or the error
        self.progress = {}  # row -> percent
        self.queue_rows = []  # rows of the current (or last) download queue
        self.releases_asked = False
        set_up_area_widget(w.searchExtent, iface.mapCanvas())
        for code, label in egms_api.product_choices():
            w.searchProduct.addItem(label, code)
        w.searchProduct.setCurrentIndex(w.searchProduct.findData(egms_api.DEFAULT_PRODUCT))
        for code, label in egms_api.direction_choices():
            w.searchDirection.addItem(label, code)
        self._set_releases(egms_api.KNOWN_RELEASES)
        settings = Settings.load()
        w.downloadFolder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        w.downloadFolder.setFilePath(settings.download_folder)
        table = w.resultsTable
        header = table.horizontalHeader()
        # the file name keeps a readable width (its start says level, track and burst); in a narrow dock the
        # table scrolls sideways instead of squeezing it to its check box
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FILE, FILE_WIDTH)
        for column in (SIZE, WHERE, DIRECTION, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # a name cut shows its both ends (level, track and burst at the start, release at the end); whole in
        # its tooltip
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.itemSelectionChanged.connect(self._select_footprints)
        menu = QMenu(w.addLinksButton)
        menu.addAction(tr("Paste links…"), self.paste_links)
        menu.addAction(tr("Open egms-archive-links.txt…"), self.open_links_file)
        w.addLinksButton.setMenu(menu)
        w.searchButton.clicked.connect(lambda: self.search())
        w.refreshReleases.clicked.connect(lambda: self.refresh_releases(explicit=True))
        w.downloadButton.clicked.connect(lambda: self.download())
        w.cancelDownloadsButton.clicked.connect(self.cancel)

    # --- releases ---------------------------------------------------------------------------------

    def _set_releases(self, releases):
        combo = self.w.searchRelease
        current = combo.currentText() or releases[0]
        combo.clear()
        combo.addItems(releases)
        combo.setCurrentIndex(max(0, combo.findText(current)))

    def refresh_releases(self, explicit):
        """The service's release list; asked once without the key after the first search (quietly keeping the
        known list when that fails; never before: offline, opening the dock must not reach for the network), with
        the key when the user asks."""
        self.releases_asked = True
        try:
            client = egms_api.client(Settings.load(), with_key=explicit)
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return

        def failed(error):
            log.info("EGMS releases not fetched: %s", error)
            if explicit:
                notify(self.iface, tr("The list of releases could not be fetched: {error}").format(error=error),
                       Qgis.MessageLevel.Warning)

        def work(feedback):
            try:
                return client.releases(feedback)
            except PluginError as exc:
                return exc

        def done(result):
            if isinstance(result, Exception) or not result:
                failed(result or tr("an empty list"))
            else:
                self._set_releases(result)

        run_in_background(self.iface, tr("Fetching the EGMS releases"), work, on_done=done)

    # --- search -----------------------------------------------------------------------------------

    def area(self):
        """The search area as (west, south, east, north) in degrees: the extent widget's, else the map view."""
        rect = chosen_area(self.w.searchExtent, self.iface.mapCanvas())
        if rect.isEmpty():
            raise PluginError(tr("Choose an area to search: the map view, a rectangle drawn on the map, or a layer."))
        return rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()

    def search(self):
        w = self.w
        try:
            bbox = self.area()
            client = egms_api.client(Settings.load())
        except MissingKey as exc:
            notify(self.iface, str(exc) + " " + tr("Without a key, use “Add Explorer links…”."),
                   Qgis.MessageLevel.Warning,
                   duration=12)
            return
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning, duration=12)
            return
        product, release = w.searchProduct.currentData(), w.searchRelease.currentText()
        direction, track = w.searchDirection.currentData(), w.searchTrack.value() or None
        w.searchButton.setEnabled(False)
        self.api = client

        def work(feedback):
            return client.search(product, release, bbox, direction=direction, track=track, feedback=feedback)

        return run_in_background(self.iface, tr("Searching EGMS files"), work, on_done=self.show_hits,
                                 on_finished=lambda: w.searchButton.setEnabled(True))

    def show_hits(self, hits):
        if not self.releases_asked:
            self.refresh_releases(explicit=False)
        self.items = items_from_hits(self.api, hits)
        self.outcomes, self.progress = {}, {}
        self._fill_table()
        self._show_footprints(hits)
        if hits:
            size = sum(h.filesize for h in hits) / 1e6
            notify(self.iface, tr("{n} EGMS files found ({mb:.1f} MB): check the ones to download.").format(
                n=len(hits), mb=size), Qgis.MessageLevel.Success)
        else:
            notify(self.iface, tr("No EGMS files of this product and release in this area."), Qgis.MessageLevel.Info)

    def _show_footprints(self, hits):
        project = QgsProject.instance()
        layer = project.mapLayer(self.layer_id) if self.layer_id else None
        if layer is None:
            layer = footprints_layer(hits)
            project.addMapLayer(layer)
            self.layer_id = layer.id()
        else:
            footprints_layer(hits, layer)

    def _select_footprints(self):
        """Flash the footprints of the rows the user selects (a selected polygon would be painted solid
        over the map)."""
        layer = QgsProject.instance().mapLayer(self.layer_id) if self.layer_id else None
        names = {self.items[i.row()].filename for i in self.w.resultsTable.selectionModel().selectedRows()}
        if layer is None or not names:
            return
        ids = [f.id() for f in layer.getFeatures() if f["filename"] in names]
        if ids:
            self.iface.mapCanvas().flashFeatureIds(layer, ids)

    # --- the table --------------------------------------------------------------------------------

    def _fill_table(self):
        table = self.w.resultsTable
        table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            hit = item.hit
            name = QTableWidgetItem(item.filename)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # a search's files wait for the user to tick them (all ticked, Download fetched everything found);
            # links the user added are what they asked for
            name.setCheckState(Qt.CheckState.Checked if item.from_link else Qt.CheckState.Unchecked)
            name.setToolTip(item.filename)
            table.setItem(row, FILE, name)
            table.setItem(row, SIZE, QTableWidgetItem("{:.1f} MB".format(item.size / 1e6) if item.size else "?"))
            if hit is None:
                where, direction = "", ""
            elif hit.tile:
                where, direction = hit.tile, ""
            else:
                where = " / ".join("?" if v is None else "{:0{}d}".format(v, width)
                                   for v, width in ((hit.track, 3), (hit.burst, 4)))
                said = hit.direction or ""
                direction = dict(egms_api.direction_choices()).get(said.upper(), said.capitalize())
            table.setItem(row, WHERE, QTableWidgetItem(where))
            table.setItem(row, DIRECTION, QTableWidgetItem(direction))
            table.setItem(row, STATUS, QTableWidgetItem(tr("link") if item.from_link else ""))

    def _status(self, row, text):
        cell = self.w.resultsTable.item(row, STATUS)
        if cell is not None:
            cell.setText(text)

    def checked_rows(self):
        table = self.w.resultsTable
        return [r for r in range(table.rowCount()) if table.item(r, FILE).checkState() == Qt.CheckState.Checked]

    # --- links --------------------------------------------------------------------------------------

    def paste_links(self):
        text, ok = QInputDialog.getMultiLineText(
            self.w, tr("Add EGMS Explorer links"),
            tr("Paste download links copied from the EGMS Explorer, one per line:"))
        if ok:
            self.add_links(text)

    def open_links_file(self):
        path, _ = QFileDialog.getOpenFileName(self.w, tr("Open EGMS Explorer links"), "",
                                              tr("Link lists (*.txt);;All files (*)"))
        if path:
            try:
                self._add_items(read_links_file(path))
            except PluginError as exc:
                notify(self.iface, str(exc), Qgis.MessageLevel.Warning)

    def add_links(self, text):
        items, rejected = parse_links(text)
        if not items:
            notify(self.iface, tr("No EGMS download links found: they look like https://egms.land.copernicus.eu/"
                                  "insar-api/archive/download/EGMS_….zip?id=…"), Qgis.MessageLevel.Warning)
            return
        if rejected:
            notify(self.iface, tr("{n} lines are not EGMS download links and were left out (first: {line}).").format(
                n=len(rejected), line=rejected[0][:80]), Qgis.MessageLevel.Warning)
        self._add_items(items)

    def _add_items(self, items):
        known = {i.filename for i in self.items}
        self.items += [i for i in items if i.filename not in known]
        self._fill_table()
        for row, outcome in self.outcomes.items():
            self._show_outcome(row, outcome)

    # --- download queue -----------------------------------------------------------------------------

    def download(self):
        rows = self.checked_rows()
        if not rows:
            notify(self.iface, tr("Check the files to download (search first, or add Explorer links)."),
                   Qgis.MessageLevel.Warning)
            return
        if self.tasks:
            notify(self.iface, tr("Downloads are already running: wait for them or cancel them."),
                   Qgis.MessageLevel.Warning)
            return
        settings = Settings.load()
        folder = self.w.downloadFolder.filePath().strip() or settings.download_folder
        transport = Transport(settings.timeout_s)
        with_api = Downloader(transport, self.api)
        without_key = Downloader(transport)
        self.queue_rows = rows
        for row in rows:
            self.outcomes.pop(row, None)
            self.progress[row] = 0.0
            self._status(row, tr("queued"))
        # one task a file, each after the one before (core.download.fetch_one): a file that fails is shown failed
        # and the queue goes on; a folder that cannot take it (disk full) fails its task, and QGIS cancels the
        # tasks queued after it
        previous = ()
        for n, row in enumerate(rows, 1):
            item = self.items[row]
            downloader = without_key if item.from_link else with_api
            task = run_in_background(
                self.iface, tr("Downloading EGMS file {n}/{total}: {file}").format(
                    n=n, total=len(rows), file=item.filename),
                functools.partial(fetch_one, downloader, item, folder),
                on_done=functools.partial(self._fetched, row), on_error=functools.partial(self._show_outcome, row),
                on_finished=functools.partial(self._finished_one, row), after=previous)
            task.progressChanged.connect(functools.partial(self._progress, row))
            self.tasks.append(task)
            previous = [task]
        self.w.downloadButton.setEnabled(False)
        self.w.cancelDownloadsButton.setEnabled(True)
        self._overall()

    def _progress(self, row, percent):
        if row not in self.outcomes:
            self.progress[row] = percent
            self._status(row, tr("downloading {p:.0f}%").format(p=percent))
            self._overall()

    def _fetched(self, row, outcome):
        self.progress[row] = 100.0
        self._show_outcome(row, outcome)
        if isinstance(outcome, Exception) and not isinstance(outcome, RequestCancelled):
            notify(self.iface, str(outcome), Qgis.MessageLevel.Critical, duration=0)

    def _show_outcome(self, row, outcome):
        self.outcomes[row] = outcome
        if isinstance(outcome, Fetched):
            self._status(row, tr("already there") if outcome.status == "present" else tr("downloaded"))
        elif isinstance(outcome, Exception):
            self._status(row, tr("failed"))
            cell = self.w.resultsTable.item(row, STATUS)
            if cell is not None:
                cell.setToolTip(str(outcome))

    def _finished_one(self, row):
        self.tasks = [t for t in self.tasks if not sip.isdeleted(t) and t.status() not in (t.Complete, t.Terminated)]
        if row not in self.outcomes:  # cancelled before or while it ran
            self.outcomes[row] = RequestCancelled(tr("cancelled"))
            self._status(row, tr("cancelled"))
        self._overall()
        if all(r in self.outcomes for r in self.queue_rows):
            self._queue_done()

    def _overall(self):
        rows = self.queue_rows
        if not rows:
            return
        done = sum(1 for r in rows if r in self.outcomes)
        percent = sum(self.progress.get(r, 0.0) for r in rows) / len(rows)
        self.w.downloadStatus.setText(tr("{done} of {total} files finished, {p:.0f}% overall.").format(
            done=done, total=len(rows), p=percent))

    def _queue_done(self):
        self.w.downloadButton.setEnabled(True)
        self.w.cancelDownloadsButton.setEnabled(False)
        outcomes = [self.outcomes[r] for r in self.queue_rows]
        paths = [o.path for o in outcomes if isinstance(o, Fetched)]
        new = sum(1 for o in outcomes if isinstance(o, Fetched) and o.status == "downloaded")
        failed = sum(1 for o in outcomes if isinstance(o, Exception) and not isinstance(o, RequestCancelled))
        cancelled = sum(1 for o in outcomes if isinstance(o, RequestCancelled))
        text = tr("Downloads finished: {new} downloaded, {present} already there, {failed} failed, {cancelled} "
                  "cancelled.").format(new=new, present=len(paths) - new, failed=failed, cancelled=cancelled)
        self.w.downloadStatus.setText(text)
        notify(self.iface, text,
               Qgis.MessageLevel.Success if not failed and not cancelled else Qgis.MessageLevel.Warning)
        if paths and self.w.importWhenDownloaded.isChecked():
            self.importer.start_import(paths)

    def cancel(self):
        for task in list(self.tasks):
            if not sip.isdeleted(task):
                task.cancel()

    def unload(self):
        self.cancel()
