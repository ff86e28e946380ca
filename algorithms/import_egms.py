"""Processing: clms_egms:import_egms and clms_egms:import_egms_postgis, the EGMS import as algorithms."""
from qgis.core import (QgsProcessing, QgsProcessingContext, QgsProcessingOutputMultipleLayers,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterDatabaseSchema, QgsProcessingParameterExtent,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterProviderConnection)

from ..core.egms import clip
from ..core.egms.importer import import_and_measure
from ..core.egms.stores.postgis.store import DEFAULT_SCHEMA, PostGIS
from ..core.egms.style import apply_overview_style, apply_velocity_style, points_at_large_scales, stored_limit
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.settings import Settings
from .base import Algorithm, StyleOnLoad


class ImportEgms(Algorithm):
    NAME = "import_egms"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Import EGMS files into GeoPackage")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Imports EGMS files (L2a, L2b, L3 up/east; any release) as downloaded (.zip) or extracted (.csv), "
                  "or whole folders of them, into a GeoPackage: one point layer per level, component and release "
                  "(EPSG:3035), several bursts or tiles merged, each point's time series stored compactly beside "
                  "it instead of hundreds of date columns. Files already in the GeoPackage are left as they are "
                  "unless Re-import is checked. Other layers of the GeoPackage are not touched.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterMultipleLayers("INPUT", tr("EGMS files (.zip, .csv) or folders"),
                                                      QgsProcessing.SourceType.TypeFile),
                 tr("Files as downloaded from EGMS (or their extracted CSV) and folders holding them."))
        self.add_destination()
        self.add(QgsProcessingParameterExtent("EXTENT", tr("Keep only points inside this extent"), optional=True),
                 tr("Optional: points outside are not imported."))
        self.add(QgsProcessingParameterFeatureSource("CLIP_LAYER", tr("Keep only points inside these polygons"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 tr("Optional: a polygon layer (or its selected features); points outside are not imported."))
        self.add(QgsProcessingParameterBoolean("REPLACE", self.replace_label(), False),
                 tr("Replace the points of files imported before instead of leaving them as they are."))
        self.addOutput(QgsProcessingOutputMultipleLayers("LAYERS", tr("Imported layers")))
        self.addOutput(QgsProcessingOutputString("LAYER_NAMES", tr("Names of the imported layers, comma-separated")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("What was imported")))

    def replace_label(self):
        return tr("Re-import files already in the GeoPackage")

    def add_destination(self):
        self.add(QgsProcessingParameterFileDestination("OUTPUT", tr("GeoPackage"), tr("GeoPackage (*.gpkg)")),
                 tr("A new or existing GeoPackage; existing layers are kept."))

    def destination(self, parameters, context):
        """(where to import, the OUTPUT value to report)."""
        gpkg = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        return gpkg, gpkg

    def process(self, parameters, context, feedback):
        inputs = self.parameterAsFileList(parameters, "INPUT", context)
        target, output = self.destination(parameters, context)
        area = None
        if parameters.get("EXTENT"):
            area = self.parameterAsExtentGeometry(parameters, "EXTENT", context, clip.EGMS_CRS)
        polygons = None
        source = self.parameterAsSource(parameters, "CLIP_LAYER", context)
        if source is not None:
            polygons = clip.features_polygon(source, source.sourceCrs())
        result, limits = import_and_measure(inputs, target, clip_geometry=clip.combine(area, polygons),
                                            feedback=feedback,
                                            replace=self.parameterAsBoolean(parameters, "REPLACE", context))
        feedback.pushInfo(result.summary())
        uris = load_on_completion(result, context, limits=limits)
        return {"OUTPUT": output, "LAYERS": uris, "LAYER_NAMES": ",".join(result.layers), "SUMMARY": result.summary()}


class ImportEgmsPostgis(ImportEgms):
    """The same import into a schema of a PostGIS database (a saved QGIS PostgreSQL connection)."""

    NAME = "import_egms_postgis"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Import EGMS files into PostGIS")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Imports EGMS files (L2a, L2b, L3 up/east; any release), as downloaded or extracted, or folders of "
                  "them, into a schema of a PostGIS database: the same layers and compact time series as the "
                  "GeoPackage import, loaded in bulk (COPY), one transaction per file, indexed on geometry, "
                  "velocity and pid. For many bursts and tiles, and for sharing them with colleagues. The "
                  "connection is one of QGIS's saved PostgreSQL connections, with its credentials.")

    def replace_label(self):
        return tr("Re-import files already in the database")

    def add_destination(self):
        last = Settings.load()  # the connection and schema last used in the EGMS tab, as defaults
        self.add(QgsProcessingParameterProviderConnection("CONNECTION", tr("PostgreSQL connection"), "postgres",
                                                          last.postgis_connection or None),
                 tr("A saved PostgreSQL connection (Data Source Manager ▸ PostgreSQL); the database needs the "
                    "PostGIS extension."))
        self.add(QgsProcessingParameterDatabaseSchema("SCHEMA", tr("Schema"), "CONNECTION",
                                                      last.postgis_schema or DEFAULT_SCHEMA),
                 tr("The schema to write into; created if it does not exist."))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        # on the main thread: QGIS may ask for its master password to read the connection's credentials
        name = self.parameterAsConnectionName(parameters, "CONNECTION", context)
        schema = self.parameterAsSchema(parameters, "SCHEMA", context) or DEFAULT_SCHEMA
        try:
            self.target = PostGIS.from_connection(name, schema)
        except PluginError as exc:
            feedback.reportError(str(exc), True)
            return False
        return True

    def destination(self, parameters, context):
        return self.target, self.target.label


def load_on_completion(result, context, output_name="LAYERS", limits=None):
    """Have Processing load the imported layers into the project, styled by velocity; returns their layer
    strings (for PostGIS with Processing's ``postgres://`` prefix, so the next algorithm and the loader
    know the provider)."""
    target = result.target

    def uri_of(name):
        return target.layer_uri(name) if target.provider == "ogr" else "{}://{}".format(target.provider,
                                                                                       target.layer_uri(name))
    uris = [uri_of(name) for name in result.layers]
    for uri, name in zip(uris, result.layers):
        details = QgsProcessingContext.LayerDetails(name, context.project(), output_name)
        limit = (limits or {}).get(name)  # measured after the import, as the dock does
        overview = target.overview_of(name)  # a large layer's cells, drawn at small scales

        def style(layer, limit=limit, overview=overview):
            apply_velocity_style(layer, limit=limit)
            if overview:
                points_at_large_scales(layer)

        details.setPostProcessor(StyleOnLoad.create(style))
        context.addLayerToLoadOnCompletion(uri, details)
        if overview:
            cells = QgsProcessingContext.LayerDetails(overview, context.project(), output_name)
            cells.setPostProcessor(StyleOnLoad.create(lambda layer, limit=limit, name=name: apply_overview_style(
                layer, limit if limit is not None else stored_limit(target, name))))
            context.addLayerToLoadOnCompletion(uri_of(overview), cells)
    return uris
