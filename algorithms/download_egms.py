"""Processing: clms_egms:download_egms, search the EGMS archive for an area and download (and import) the files."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingMultiStepFeedback, QgsProcessingOutputNumber,
                       QgsProcessingOutputMultipleLayers, QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterDatabaseSchema, QgsProcessingParameterExtent,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterProviderConnection,
                       QgsProcessingParameterString)

from ..core.egms import api as egms_api
from ..core.egms.importer import import_and_measure
from ..core.download import fetch_one
from ..core.egms.download import Downloader, items_from_hits
from ..core.egms.stores.postgis.store import DEFAULT_SCHEMA, PostGIS
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.network import RequestCancelled
from ..core.settings import Settings
from .base import Algorithm
from .import_egms import load_on_completion

PRODUCTS = list(egms_api.PRODUCTS)  # the LEVEL enum's order
DIRECTIONS = egms_api.DIRECTIONS


class DownloadEgms(Algorithm):
    NAME = "download_egms"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Download EGMS files for an area")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Searches the EGMS archive for the files of one product and release that cover an extent and "
                  "downloads them into a folder (files already there are skipped, interrupted ones resumed), then "
                  "optionally imports them into a GeoPackage or a PostGIS database. Needs the CLMS service key "
                  "imported in the plugin's "
                  "Settings (CLMS & EGMS panel ▸ Settings…); the EGMS service address is a setting there too.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterExtent("EXTENT", tr("Area")),
                 tr("The files covering this extent are downloaded (searched 5 degrees at a time, as the service "
                    "asks; at most 20 × 20 degrees)."))
        self.add(QgsProcessingParameterEnum("LEVEL", tr("Product"), [label for _c, label in egms_api.product_choices()],
                                            defaultValue=PRODUCTS.index(egms_api.DEFAULT_PRODUCT)),
                 tr("L2a: per burst, relative to a local reference point; L2b: per burst, calibrated with GNSS "
                    "(the main product); L3: 100 km tiles of vertical or east-west motion on a 100 m grid."))
        self.add(QgsProcessingParameterString("RELEASE", tr("Release"), defaultValue=egms_api.KNOWN_RELEASES[0]),
                 tr("The release as the service writes it, e.g. 2020-2024, 2019-2023, 2018-2022 or 2015-2021."))
        self.add(QgsProcessingParameterEnum("DIRECTION", tr("Orbit direction (L2)"),
                                            [label for _c, label in egms_api.direction_choices()], defaultValue=0,
                                            optional=True),
                 tr("L2 products only: keep the bursts of ascending or descending orbits."))
        self.add(QgsProcessingParameterNumber("TRACK", tr("Track (relative orbit, L2)"),
                                              QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=1,
                                              maxValue=175),
                 tr("L2 products only: keep the bursts of this Sentinel-1 track (1 to 175); empty for every track."))
        self.add(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Download folder")),
                 tr("Where the files are saved; files already there are not downloaded again."))
        self.add(QgsProcessingParameterFileDestination("IMPORT_TO", tr("Import into GeoPackage"),
                                                       tr("GeoPackage (*.gpkg)"), optional=True,
                                                       createByDefault=False),
                 tr("Optional: import the downloaded files into this GeoPackage (new or existing) and load the "
                    "layers, styled by velocity."))
        self.add(QgsProcessingParameterProviderConnection(
            "IMPORT_CONNECTION", tr("Or import into PostGIS (connection)"), "postgres", optional=True),
                 tr("Optional, instead of a GeoPackage: import into this saved PostgreSQL connection's database "
                    "(see Import EGMS files into PostGIS)."))
        self.add(QgsProcessingParameterDatabaseSchema("IMPORT_SCHEMA", tr("PostGIS schema"), "IMPORT_CONNECTION",
                                                      DEFAULT_SCHEMA, optional=True),
                 tr("The schema to import into; created if it does not exist."))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Downloaded files, one per line")))
        self.addOutput(QgsProcessingOutputNumber("DOWNLOADED", tr("Files downloaded now")))
        self.addOutput(QgsProcessingOutputMultipleLayers("LAYERS", tr("Imported layers")))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        # on the main thread: reading the key from QGIS's authentication database may ask for the master password
        try:
            self.client = egms_api.client(Settings.load())
            self.database = None
            name = self.parameterAsConnectionName(parameters, "IMPORT_CONNECTION", context)
            if name:
                schema = self.parameterAsSchema(parameters, "IMPORT_SCHEMA", context) or DEFAULT_SCHEMA
                self.database = PostGIS.from_connection(name, schema)  # here: credentials may need asking
        except PluginError as exc:
            feedback.reportError(str(exc), True)
            return False
        return True

    def process(self, parameters, context, feedback):
        extent = self.parameterAsExtent(parameters, "EXTENT", context, QgsCoordinateReferenceSystem("EPSG:4326"))
        bbox = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        product = PRODUCTS[self.parameterAsEnum(parameters, "LEVEL", context)]
        release = self.parameterAsString(parameters, "RELEASE", context).strip()
        direction = DIRECTIONS[self.parameterAsEnum(parameters, "DIRECTION", context)] or None
        track = self.parameterAsInt(parameters, "TRACK", context) if parameters.get("TRACK") not in (None, "") else None
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        gpkg = self.parameterAsFileOutput(parameters, "IMPORT_TO", context) if parameters.get("IMPORT_TO") else ""
        target = self.database or gpkg

        hits = self.client.search(product, release, bbox, direction=direction, track=track, feedback=feedback)
        if not hits:
            raise PluginError(tr("No EGMS files of {product} {release} in this area.").format(
                product=product, release=release))
        feedback.pushInfo(tr("{n} files found ({mb:.1f} MB).").format(n=len(hits),
                                                                       mb=sum(h.filesize for h in hits) / 1e6))
        steps = QgsProcessingMultiStepFeedback(len(hits) + (1 if target else 0), feedback)
        downloader = Downloader(self.client.transport, self.client)
        fetched, failures = [], []
        for n, item in enumerate(items_from_hits(self.client, hits)):
            steps.setCurrentStep(n)
            try:
                outcome = fetch_one(downloader, item, folder, steps)  # a folder that cannot take it: raised
            except RequestCancelled:
                break
            if isinstance(outcome, PluginError):  # this file failed: the others still come
                failures.append(str(outcome))
                feedback.reportError(str(outcome))
            else:
                fetched.append(outcome)
            if feedback.isCanceled():
                break
        if feedback.isCanceled():
            raise PluginError(tr("Download cancelled; what arrived is kept in {folder} to resume.").format(
                folder=folder))
        if not fetched:
            raise PluginError(tr("No file could be downloaded: {first}").format(first=failures[0]))
        downloaded = sum(1 for f in fetched if f.status == "downloaded")
        feedback.pushInfo(tr("{new} files downloaded, {present} already there, {failed} failed.").format(
            new=downloaded, present=len(fetched) - downloaded, failed=len(failures)))
        outputs = {"OUTPUT_FOLDER": folder, "FILES": "\n".join(f.path for f in fetched), "DOWNLOADED": downloaded,
                   "LAYERS": []}
        if target:
            steps.setCurrentStep(len(hits))
            result, limits = import_and_measure([f.path for f in fetched], target, feedback=steps)
            feedback.pushInfo(result.summary())
            outputs.update(IMPORT_TO=gpkg or result.target.label,
                           LAYERS=load_on_completion(result, context, limits=limits))
        return outputs
