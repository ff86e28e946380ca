"""Processing: clms_egms:import_egms, the EGMS import as an algorithm."""
from qgis.core import (QgsProcessing, QgsProcessingContext, QgsProcessingLayerPostProcessorInterface,
                       QgsProcessingOutputMultipleLayers, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterExtent, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterMultipleLayers)

from ..egms import clip, import_egms
from ..egms.style import apply_velocity_style
from ..i18n import tr
from .base import Algorithm


class _VelocityStyle(QgsProcessingLayerPostProcessorInterface):
    """Styles an imported layer by velocity once Processing has loaded it. QGIS owns and deletes each
    instance after use; the Python side is kept in ``pending`` until then."""

    pending = []

    @classmethod
    def create(cls):
        cls.pending = cls.pending[-20:] + [cls()]
        return cls.pending[-1]

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        apply_velocity_style(layer)  # the limit from the imported column, read from its store


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
        p = QgsProcessingParameterMultipleLayers("INPUT", tr("EGMS files (.zip, .csv) or folders"),
                                                 QgsProcessing.TypeFile)
        p.setHelp(tr("Files as downloaded from EGMS (or their extracted CSV) and folders holding them."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination("OUTPUT", tr("GeoPackage"), tr("GeoPackage (*.gpkg)"))
        p.setHelp(tr("A new or existing GeoPackage; existing layers are kept."))
        self.addParameter(p)
        p = QgsProcessingParameterExtent("EXTENT", tr("Keep only points inside this extent"), optional=True)
        p.setHelp(tr("Optional: points outside are not imported."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource("CLIP_LAYER", tr("Keep only points inside these polygons"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Optional: a polygon layer (or its selected features); points outside are not imported."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean("REPLACE", tr("Re-import files already in the GeoPackage"), False)
        p.setHelp(tr("Replace the points of files imported before instead of leaving them as they are."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputMultipleLayers("LAYERS", tr("Imported layers")))
        self.addOutput(QgsProcessingOutputString("LAYER_NAMES", tr("Names of the imported layers, comma-separated")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("What was imported")))

    def process(self, parameters, context, feedback):
        inputs = self.parameterAsFileList(parameters, "INPUT", context)
        gpkg = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        area = None
        if parameters.get("EXTENT"):
            area = self.parameterAsExtentGeometry(parameters, "EXTENT", context, clip.EGMS_CRS)
        polygons = None
        source = self.parameterAsSource(parameters, "CLIP_LAYER", context)
        if source is not None:
            polygons = clip.features_polygon(source, source.sourceCrs())
        result = import_egms(inputs, gpkg, clip_geometry=clip.combine(area, polygons), feedback=feedback,
                             replace=self.parameterAsBoolean(parameters, "REPLACE", context))
        feedback.pushInfo(result.summary())
        uris = load_on_completion(result, context)
        return {"OUTPUT": gpkg, "LAYERS": uris, "LAYER_NAMES": ",".join(result.layers), "SUMMARY": result.summary()}


def load_on_completion(result, context, output_name="LAYERS"):
    """Have Processing load the imported layers into the project, styled by velocity; returns their uris."""
    uris = [result.target.layer_uri(name) for name in result.layers]
    for uri, name in zip(uris, result.layers):
        details = QgsProcessingContext.LayerDetails(name, context.project(), output_name)
        details.setPostProcessor(_VelocityStyle.create())
        context.addLayerToLoadOnCompletion(uri, details)
    return uris
