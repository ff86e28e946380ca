"""Analysis tab: Find active deformation areas. The layer chosen in the tab's Layer box, its areas found in the
background (core.egms.ada through core.egms.ada_features, as Processing's clms_egms:active_deformation_areas finds
them with its defaults), the land beneath from the project's CLMS rasters (ui/ada_land: told by their names, those
missing requested from the CLMS there), written into active_deformation_areas.gpkg in the download folder, added
above the points, styled and labelled; an area's points and mean series from its row (layer_actions' area action)."""
import os

from qgis.core import (Qgis, QgsCoordinateTransformContext, QgsProject, QgsVectorFileWriter,
                       QgsVectorLayer, QgsVectorLayerFeatureSource, QgsWkbTypes)

from ..core.egms.ada_features import area_fields, median_velocities, read_points, settings_said, stored_of
from ..core.egms.style import apply_area_style, nice_limit
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.settings import Settings
from .ada_land import SOURCE_PROPERTY, AreasLand, land_rasters, land_said, open_rasters
from .messages import notify, run_in_background

FILE_NAME = "active_deformation_areas.gpkg"


class LayerSnapshot:
    """What SourcePoints reads of a layer, safe to read in a task: its features through a
    QgsVectorLayerFeatureSource made on the main thread, its fields, CRS and count."""

    def __init__(self, layer):
        self._features = QgsVectorLayerFeatureSource(layer)
        self._fields, self._crs, self._count = layer.fields(), layer.crs(), layer.featureCount()

    def fields(self):
        return self._fields

    def sourceCrs(self):  # noqa: N802 (QgsFeatureSource's name)
        return self._crs

    def featureCount(self):  # noqa: N802 (QgsFeatureSource's name)
        return self._count

    def getFeatures(self, request):  # noqa: N802 (QgsFeatureSource's name)
        return self._features.getFeatures(request)


class AreasPanel:
    def __init__(self, iface, dock):
        self.iface, self.w = iface, dock
        self.task = None
        self.land = AreasLand(iface, dock)
        dock.adaButton.clicked.connect(self.find)

    def find(self):
        """The areas of the Layer box's layer, found in the background; the result loaded when done."""
        layer = self.w.filterLayer.currentLayer()
        if not isinstance(layer, QgsVectorLayer) or "mean_velocity" not in layer.fields().names():
            notify(self.iface, tr("Choose an EGMS point layer in Layer first."), Qgis.MessageLevel.Warning)
            return None
        snapshot, name, layer_id = LayerSnapshot(layer), layer.name(), layer.id()
        context = QgsProject.instance().transformContext()
        folder = Settings.load().download_folder
        path, table = os.path.join(folder, FILE_NAME), "ada_" + name
        land = land_rasters()
        stored, subset = stored_of(layer), layer.subsetString() or ""  # read by its store in the task

        def work(feedback):
            points = read_points(snapshot, name, stored, subset, QgsCoordinateTransformContext(context), feedback)
            if points.cancelled:
                return None
            found = points.find()
            fields = area_fields()
            # the rasters opened afresh in this task (a layer of the project is drawn on the main thread)
            rasters = open_rasters(land)
            features = points.features(found, fields, feedback, rasters)
            if feedback.isCanceled():
                return None
            _write(path, table, fields, snapshot.sourceCrs(), features)
            return {"count": len(features), "said": settings_said(found) + [land_said(land)],
                    "limit": nice_limit(median_velocities(found, points.velocity))}

        def done(result):
            if result is not None:
                self.loaded(path, table, layer_id, result)

        self.task = run_in_background(self.iface, tr("Finding active deformation areas in {layer}").format(
            layer=name), work, on_done=done)
        return self.task

    def loaded(self, path, table, layer_id, result):
        """The areas written: their layer in the project above its points, styled; the message bar says what was
        found and with which threshold."""
        project = QgsProject.instance()
        for old in project.mapLayersByName(table):  # found again: the new areas replace the old
            if old.source().startswith(path):
                project.removeMapLayer(old.id())
        areas = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
        if not areas.isValid():
            notify(self.iface, tr("{path} could not be read back.").format(path=path), Qgis.MessageLevel.Critical)
            return None
        areas.setCustomProperty(SOURCE_PROPERTY, layer_id)
        apply_area_style(areas, result["limit"])
        project.addMapLayer(areas)
        said = tr("{n} active deformation areas in {layer}.").format(n=result["count"], layer=table) + " " + \
            " ".join(result["said"])
        notify(self.iface, said, Qgis.MessageLevel.Success if result["count"] else Qgis.MessageLevel.Info)
        return areas


def _write(path, table, fields, crs, features):
    """``features`` as the layer ``table`` of the GeoPackage ``path`` (made if missing; the table replaced)."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)  # the download folder before anything was downloaded
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
                                    if os.path.exists(path) else
                                    QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.MultiPolygon, crs,
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise PluginError(tr("Could not write {path}: {error}").format(path=path, error=writer.errorMessage()))
    for feature in features:
        writer.addFeature(feature)
    del writer  # closes the file
