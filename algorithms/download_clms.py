"""Processing: clms_egms:download_clms, a CLMS dataset for an extent or a NUTS region, requested, waited for,
downloaded, unpacked and loaded."""
import re
import time

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProcessingOutputMultipleLayers,
                       QgsProcessingOutputString, QgsProcessingParameterCrs, QgsProcessingParameterDateTime,
                       QgsProcessingParameterExtent,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterString)

from ..core.clms import api as clms_api
from ..core.clms import clc, job
from ..core.clms.items import PROJECTIONS, area_item
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.settings import Settings
from .base import Algorithm, StyleOnLoad

POLL_S = 15.0  # how often the service is asked whether the request is ready
WAIT_S = 6 * 3600  # the longest the algorithm waits for the service


class DownloadClms(Algorithm):
    NAME = "download_clms"
    GROUP_ID = "clms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Download CLMS data for an area")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Requests a dataset of the Copernicus Land Monitoring Service for an extent or a NUTS region in "
                  "the chosen format and projection, waits while the CLMS prepares it (this can take minutes to "
                  "hours; cancelling also cancels the request), downloads and unpacks the result and loads its "
                  "layers (CORINE Land Cover with its official legend). Needs the CLMS service key imported in the "
                  "plugin's Settings.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterString("DATASET", tr("Dataset (title or UID)")),
                 tr("The dataset's title as the catalogue shows it (e.g. CORINE Land Cover 2018) or its UID."))
        self.add(QgsProcessingParameterExtent("EXTENT", tr("Extent"), optional=True),
                 tr("The area to download; or give a NUTS region instead."))
        self.add(QgsProcessingParameterString("COLLECTION", tr("Collection"), optional=True),
                 tr("Which of the dataset's collections to cut (CORINE Land Cover 2018 has its vector GDB and its "
                    "raster; imperviousness 20 m and 100 m): its number from 0, or its name, resolution or "
                    "label as the CLMS panel lists them; empty: the first."))
        self.add(QgsProcessingParameterString("NUTS", tr("NUTS region code"), optional=True),
                 tr("A NUTS 2021 code of any level (e.g. ITC11) or a country code, instead of an extent."))
        self.add(QgsProcessingParameterString("FORMAT", tr("Output format"), optional=True),
                 tr("Geotiff, GPKG, Shapefile, Geojson, Netcdf…; empty: the collection's own format."))
        self.add(QgsProcessingParameterCrs("CRS", tr("Projection"), "EPSG:3035", optional=True),
                 tr("The projection of the result: {crs}, or another the CLMS offers for the dataset (some "
                    "datasets also come in UTM zones); the first is the default.").format(crs=", ".join(PROJECTIONS)))
        for name, label in (("START", tr("Start date (time series)")), ("END", tr("End date (time series)"))):
            self.add(QgsProcessingParameterDateTime(name, label, QgsProcessingParameterDateTime.Type.Date,
                                                     optional=True),
                     tr("Time-series datasets only: the interval to download (within the dataset's limit)."))
        self.add(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Download folder")),
                 tr("The result's zip and its unpacked files go here."))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Data files, one per line")))
        self.addOutput(QgsProcessingOutputString("TASK_ID", tr("The CLMS request's task id")))
        self.addOutput(QgsProcessingOutputMultipleLayers("LAYERS", tr("Loaded layers")))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        try:  # on the main thread: the key may need QGIS's master password
            settings = Settings.load()
            self.api = clms_api.client(settings, with_key=True)
            self.max_unpack_gb = settings.max_unpack_gb
        except PluginError as exc:
            feedback.reportError(str(exc), True)
            return False
        return True

    def find(self, text, feedback):
        wanted = text.strip()
        if re.fullmatch(r"[0-9a-fA-F]{32}", wanted):
            dataset = self.api.by_uid(wanted.lower(), feedback)
            if dataset is not None:
                return dataset
        for dataset in self.api.search(wanted, feedback=feedback).datasets:
            if wanted in (dataset.uid, dataset.title) or wanted.lower() == dataset.title.lower():
                return dataset
        raise PluginError(tr("No CLMS dataset is called “{text}”: give its title as the catalogue shows it, or its "
                             "UID.").format(text=wanted))

    def process(self, parameters, context, feedback):
        dataset = self.find(self.parameterAsString(parameters, "DATASET", context), feedback)
        info = dataset.collection(self.parameterAsString(parameters, "COLLECTION", context))
        feedback.pushInfo(tr("Collection: {collection}").format(collection=info.label))
        nuts = (self.parameterAsString(parameters, "NUTS", context) or "").strip()
        bbox = None
        if parameters.get("EXTENT") and not nuts:
            e = self.parameterAsExtent(parameters, "EXTENT", context, QgsCoordinateReferenceSystem("EPSG:4326"))
            bbox = (e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum())
        start, end = self.period_of(parameters, context)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        item = area_item(dataset, info, self.parameterAsString(parameters, "FORMAT", context),
                         crs.authid() if crs.isValid() else "EPSG:3035", nuts=nuts, bbox=bbox, start=start, end=end,
                         table=self.api.format_conversions(feedback),
                         projections=self.api.projections(dataset.uid, feedback))
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        tracked = job.submit(self.api, dataset, [item], folder, feedback)[0]
        if tracked.is_awaited:
            tracked.task_id = self.awaited(dataset, set(tracked.known), feedback)
        feedback.pushInfo(tr("Request {id} made for {dataset}; waiting for the CLMS to prepare it.").format(
            id=tracked.task_id, dataset=dataset.title))
        self.wait(tracked, feedback)
        job.settle(tracked, job.fetch(self.api.transport, tracked, feedback, self.max_unpack_gb))
        for result in job.result_layers(tracked):
            details = QgsProcessingContext.LayerDetails(result.name, context.project(), "LAYERS")
            details.setPostProcessor(StyleOnLoad.create(lambda layer, is_clc=result.clc: clc.style_layer(layer,
                                                                                                          is_clc)))
            context.addLayerToLoadOnCompletion(result.path, details)
        if job.not_loaded(tracked):
            feedback.pushWarning(job.not_loaded(tracked))
        feedback.pushInfo(tr("{n} data files in {folder}.").format(n=len(tracked.files), folder=folder))
        return {"OUTPUT_FOLDER": folder, "FILES": "\n".join(tracked.files), "TASK_ID": tracked.task_id,
                "LAYERS": tracked.files}

    def awaited(self, dataset, known, feedback):
        """The task id of a request accepted without one (CDSE datasets are queued asynchronously), as it
        appears among the user's requests."""
        feedback.pushInfo(tr("The CLMS queued the request for {dataset} without a task id yet (as for datasets "
                             "from the Copernicus Data Space Ecosystem); looking for it in your requests.").format(
            dataset=dataset.title))
        deadline = time.monotonic() + WAIT_S
        while not feedback.isCanceled() and time.monotonic() < deadline:
            task_id = self.api.task_of(dataset.uid, known, feedback)
            if task_id is not None:
                return task_id
            _pause(feedback)
        raise PluginError(tr("The CLMS accepted the request for {dataset} but has not listed it yet: it will "
                             "appear in your requests (CLMS panel ▸ Refresh).").format(dataset=dataset.title))

    def wait(self, tracked, feedback):
        """Ask the service for ``tracked``'s record until its result is ready (PluginError when it failed, was
        cancelled here, or took longer than WAIT_S)."""
        task_id = tracked.task_id
        deadline = time.monotonic() + WAIT_S
        last = ""
        while True:
            if feedback.isCanceled():
                self.api.cancel(task_id)
                raise PluginError(tr("Cancelled; the CLMS request {id} was cancelled too.").format(id=task_id))
            tracked.take(self.api.status(task_id, feedback))
            if tracked.status != last:
                feedback.pushInfo(tr("Request {id}: {status}").format(id=task_id,
                                                                       status=clms_api.status_label(tracked.status)))
                last = tracked.status
            if tracked.needs_result:
                return
            if tracked.finished:
                raise PluginError(job.failure(tracked))
            if time.monotonic() > deadline:
                raise PluginError(tr("The CLMS request {id} is still not ready; it stays in your requests (CLMS "
                                     "panel) to be fetched later.").format(id=task_id))
            _pause(feedback)


def _pause(feedback):
    """Wait POLL_S seconds before asking the service again, ending early when the user cancels."""
    for _ in range(int(POLL_S * 10)):
        if feedback.isCanceled():
            return
        time.sleep(0.1)
