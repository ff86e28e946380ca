"""The land beneath the active deformation areas: the project's CLMS rasters (CORINE Land Cover, imperviousness, an
elevation model: told by their names), or those the project lacks requested from the CLMS for the areas' extent
(core.clms.land through the CLMS tab's requests, the one lifecycle of core.clms.job). When the last of them has
landed in the project, the areas are described again: their land fields (core.egms.ada_context) rewritten."""
import os
import re

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject,
                       QgsRasterLayer, QgsUnitTypes, QgsVectorLayer)

from ..core.clms import api as clms_api
from ..core.clms.clc import is_clc
from ..core.clms.land import request_land, requested_said
from ..core.egms.ada_context import CONTEXT_FIELDS, context_of
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.settings import Settings
from .messages import notify, run_in_background

SOURCE_PROPERTY = "clms_egms/ada_source"  # an areas layer's custom property: the id of its points' layer
LAND_TASKS = "clms_egms/ada_land_tasks"  # an areas layer's custom property: the CLMS requests of its land awaited
MARGIN_M = 1000.0  # around the areas' extent, so that the slope and the land at their edges are read
LAND = {"clc": None, "imperviousness": re.compile(r"imperv|(^|[^a-z])imd", re.IGNORECASE),
        "dem": re.compile(r"(^|[^a-z])(dem|dtm|dsm)([^a-z]|$)|elevation|height", re.IGNORECASE)}


def land_rasters() -> dict:
    """The rasters of the project that describe the land, by their names: {"clc" (a CORINE Land Cover inventory),
    "imperviousness", "dem": (source, name, provider)}, the first of each kind in the Layers panel's order."""
    found = {}
    for node in QgsProject.instance().layerTreeRoot().findLayers():
        layer = node.layer()
        if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
            continue
        for key, pattern in LAND.items():
            matches = is_clc(layer.name()) if key == "clc" else bool(pattern.search(layer.name()))
            if matches and key not in found:
                found[key] = (layer.source(), layer.name(), layer.providerType())
                break
    return found


def open_rasters(land: dict) -> dict:
    """``land_rasters()``'s rasters opened afresh (in a task: a layer of the project is drawn on the main thread)."""
    return {key: QgsRasterLayer(source, label, provider) for key, (source, label, provider) in land.items()}


def land_said(land) -> str:
    if not land:
        return tr("No land rasters in the project: add a CORINE Land Cover raster, an imperviousness raster or an "
                  "elevation model, or request them from the CLMS with Request land data for the areas.")
    return tr("The land beneath from: {names}.").format(names=", ".join(name for _s, name, _p in land.values()))


def areas_of(layer):
    """The areas layer ``layer`` is, or the newest one found from it (its points); None when there is none."""
    if not isinstance(layer, QgsVectorLayer):
        return None
    if layer.customProperty(SOURCE_PROPERTY):
        return layer
    found = [other for other in QgsProject.instance().mapLayers().values()
             if isinstance(other, QgsVectorLayer) and other.customProperty(SOURCE_PROPERTY) == layer.id()]
    return found[-1] if found else None


def extent_degrees(layer, margin_m: float = MARGIN_M) -> tuple:
    """``layer``'s extent with ``margin_m`` around it, in EPSG:4326 degrees (west, south, east, north)."""
    rect = layer.extent()
    crs = layer.crs()
    margin = margin_m if crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters else margin_m / 111000.0
    rect.grow(margin)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    rect = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transformBoundingBox(rect)
    return rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()


class AreasLand:
    """The Analysis tab's Request land data for the areas, and the areas described again once it has landed."""

    def __init__(self, iface, dock):
        self.iface, self.w = iface, dock
        dock.adaLandButton.clicked.connect(lambda: self.request())
        dock.clms.requests.listeners.append(self.landed)

    def request(self):
        """Ask the CLMS for the land rasters the project lacks, for the extent of the Layer box's areas."""
        areas = areas_of(self.w.filterLayer.currentLayer()) or areas_of(self.iface.activeLayer())
        if areas is None or areas.featureCount() == 0:
            notify(self.iface, tr("Find the active deformation areas first: their extent is what is requested."),
                   Qgis.MessageLevel.Warning)
            return None
        kinds = [kind for kind in ("clc", "imperviousness", "dem") if kind not in land_rasters()]
        if not kinds:
            notify(self.iface, tr("The project has its land rasters already: the areas are described with them."),
                   Qgis.MessageLevel.Info)
            return self.describe(areas)
        settings = Settings.load()
        try:
            api = clms_api.client(settings, with_key=True)
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning, duration=10)
            return None
        bbox, folder, areas_id = extent_degrees(areas), os.path.join(settings.download_folder, "CLMS"), areas.id()
        self.w.adaLandButton.setEnabled(False)

        def done(outcome):
            awaited = [t.task_id for t in outcome["tracked"] if not t.is_awaited]
            layer = QgsProject.instance().mapLayer(areas_id)
            if layer is not None and awaited:
                layer.setCustomProperty(LAND_TASKS, awaited)
            if outcome["tracked"]:
                self.w.clms.requests.track(outcome["tracked"])
            notify(self.iface, requested_said(outcome), Qgis.MessageLevel.Success if outcome["tracked"] else
                   Qgis.MessageLevel.Warning, duration=15)
            if layer is not None and not outcome["tracked"] and land_rasters():
                self.describe(layer)  # nothing more to come: what the project has describes them

        return run_in_background(self.iface, tr("Requesting the land beneath {layer}").format(layer=areas.name()),
                                 lambda feedback: request_land(api, kinds, bbox, folder, feedback), on_done=done,
                                 on_finished=lambda: self.w.adaLandButton.setEnabled(True))

    def landed(self, tracked, layers):
        """A CLMS request's data is in the project: put under the points and the areas (it came on top of them),
        and the areas waiting for it, once they wait for nothing more, described again."""
        for layer in list(QgsProject.instance().mapLayers().values()):
            awaited = layer.customProperty(LAND_TASKS) if isinstance(layer, QgsVectorLayer) else None
            if not awaited or tracked.task_id not in awaited:
                continue
            _to_bottom(layers)
            awaited = [task_id for task_id in awaited if task_id != tracked.task_id]
            layer.setCustomProperty(LAND_TASKS, awaited)
            if not awaited:
                self.describe(layer)

    def describe(self, areas):
        """The land fields of every area of ``areas`` from the project's land rasters, computed in the background
        and written into its file."""
        land = land_rasters()
        shapes = [(f.id(), QgsGeometry(f.geometry()), -1 if (f["mean_velocity"] or 0) < 0 else 1)
                  for f in areas.getFeatures()]
        crs, areas_id = areas.crs(), areas.id()

        def work(feedback):
            rasters = open_rasters(land)
            out = {}
            for k, (fid, shape, sign) in enumerate(shapes):
                if feedback.isCanceled():
                    return None
                out[fid] = context_of(shape, crs, sign, **rasters)
                feedback.setProgress(100 * (k + 1) / max(1, len(shapes)))
            return out

        def done(values):
            layer = QgsProject.instance().mapLayer(areas_id)
            if values is None or layer is None:
                return
            index = {name: layer.fields().indexOf(name) for name in CONTEXT_FIELDS}
            changes = {fid: {index[name]: value for name, value in context.items() if index[name] >= 0}
                       for fid, context in values.items()}
            if not layer.dataProvider().changeAttributeValues(changes):
                notify(self.iface, tr("The land of the areas could not be written into {layer}.").format(
                    layer=layer.name()), Qgis.MessageLevel.Critical)
                return
            layer.reload()
            layer.triggerRepaint()
            notify(self.iface, tr("{n} areas of {layer} described with the land beneath them.").format(
                n=len(values), layer=layer.name()) + " " + land_said(land), Qgis.MessageLevel.Success, duration=15)

        return run_in_background(self.iface, tr("Describing the land beneath {layer}").format(layer=areas.name()),
                                 work, on_done=done)


def _to_bottom(layers):
    """``layers`` moved to the bottom of the Layers panel, in their order."""
    root = QgsProject.instance().layerTreeRoot()
    for layer in layers:
        node = root.findLayer(layer.id())
        if node is not None:
            moved = node.clone()
            root.insertChildNode(len(root.children()), moved)
            node.parent().removeChildNode(node)
