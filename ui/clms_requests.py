"""The CLMS tab's download requests: kept across sessions (core.clms.tracker), checked with the service every
POLL_MS while some are being prepared, their results downloaded, unpacked and added to the project through the
request lifecycle of core.clms.job; cancel and forget."""

from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from ..core.clms import api as clms_api
from ..core.clms import clc, job
from ..core.clms.tracker import Tracker
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.log import log
from ..core.network import Transport
from ..core.settings import Settings
from .messages import notify, run_in_background

POLL_MS = 20000


class RequestMonitor:
    def __init__(self, iface, dock):
        self.iface = iface
        self.w = w = dock
        self.tracker = Tracker()
        self.fetching = set()  # task ids whose result is being fetched
        self.polling = None  # the running poll task
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.resumed = False
        self.listeners = []  # called with (tracked, layers) when a request's data has been added to the project
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

    def track(self, tracked):
        """Follow new requests (core.clms.tracker.Tracked): shown, and checked until their data is in."""
        for t in tracked:
            self.tracker.add(t)
        self._show_requests()
        self.timer.start()

    def _dock_shown(self, visible):
        """Monitoring resumes when the panel is first shown (the key may need the master password)."""
        if visible and not self.resumed:
            self.resumed = True
            if self.tracker.pending():
                self.poll()

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
                if tracked.failed and tracked.status != "Cancelled" and not tracked.fetched:
                    tracked.fetched = True  # said once
                    notify(self.iface, job.failure(tracked), Qgis.MessageLevel.Critical, duration=0)
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
        settings = Settings.load()
        transport = Transport(settings.timeout_s)

        def work(feedback):
            return job.fetch(transport, tracked, feedback, settings.max_unpack_gb)

        def done(files):
            job.settle(tracked, files)
            self.tracker.save()
            self._show_requests()
            layers = self.add_result(tracked)
            added = [layer.name() for layer in layers]
            notify(self.iface, tr("{dataset}: {layers} added to the project ({folder}).").format(
                dataset=tracked.title, layers=", ".join(added[:5]) + (", …" if len(added) > 5 else "") or "-",
                folder=tracked.folder), Qgis.MessageLevel.Success, 10)
            if job.not_loaded(tracked):
                notify(self.iface, job.not_loaded(tracked), Qgis.MessageLevel.Warning, 0)
            for listener in self.listeners:
                listener(tracked, layers)

        def failed(error):
            job.settle(tracked, error=error)
            self.tracker.save()

        return run_in_background(self.iface, tr("Downloading {dataset}").format(dataset=tracked.title), work,
                                 on_done=done, on_error=failed,
                                 on_finished=lambda: self.fetching.discard(tracked.task_id))

    def add_result(self, tracked):
        layers = []
        for result in job.result_layers(tracked):
            layer = QgsRasterLayer(result.path, result.name) if result.raster else \
                QgsVectorLayer(result.path, result.name, "ogr")
            if layer.isValid():
                clc.style_layer(layer, clc=result.clc)
                QgsProject.instance().addMapLayer(layer)
                layers.append(layer)
            else:
                log.warning("%s could not be opened as a layer", result.path)
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
