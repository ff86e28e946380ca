"""EGMS actions on the points of EGMS layers, where QGIS offers actions on features: the attribute table (a row's
context menu, "Actions on Selection" for the selected rows, the actions column), the identify results and the
feature form. Registered in QGIS's map layer action registry on load, removed on unload."""
import os

from qgis.core import Qgis, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsGui, QgsMapLayerAction
from qgis.PyQt.QtGui import QIcon

from ..core.egms.export import write_series_csv
from ..core.egms.series import LayerSeries
from ..core.errors import PluginError
from ..core.i18n import tr
from .messages import notify, run_in_background

ICONS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons")
# the targets (flags): QgsMapLayerAction's own up to QGIS 3.28, Qgis's from 3.30 (where the enum's values combine
# into a plain int, which the action does not take)
_TARGET = getattr(Qgis, "MapLayerActionTarget", None) or QgsMapLayerAction
_TARGETS = getattr(Qgis, "MapLayerActionTargets", None) or QgsMapLayerAction.Targets
SINGLE, MULTIPLE = _TARGETS(_TARGET.SingleFeature), _TARGETS(_TARGET.MultipleFeatures)


class EgmsLayers:
    """Which layers are EGMS point layers, asked once per layer and source (a PostGIS layer's answer needs a
    connection; the menus ask on every right-click)."""

    def __init__(self):
        self._known = {}

    def __call__(self, layer):
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.GeometryType.PointGeometry:
            return False
        key = (layer.id(), layer.source())
        if key not in self._known:
            series = LayerSeries.for_layer(layer)
            self._known[key] = series is not None
            if series is not None:
                series.close()
        return self._known[key]


class EgmsAction(QgsMapLayerAction):
    """A map layer action offered on EGMS point layers only."""

    def __init__(self, name, parent, targets, is_egms, object_name, icon=None):
        super().__init__(name, parent, targets, QIcon(os.path.join(ICONS, icon)) if icon else QIcon())
        self.setObjectName(object_name)
        self._is_egms = is_egms
        self.on_selection = targets == MULTIPLE

    def canRunUsingLayer(self, layer, context=None):  # noqa: N802 (QGIS API; both of its signatures)
        """On EGMS layers; an action on the selection only while several points are selected (the identify results
        and the feature form list every action, whatever its targets)."""
        return self._is_egms(layer) and (not self.on_selection or layer.selectedFeatureCount() > 1)


class AreaAction(QgsMapLayerAction):
    """An action offered on the active deformation areas found by the dock (ui.ada_panel: they name their points'
    layer)."""

    def __init__(self, name, parent, object_name):
        super().__init__(name, parent, SINGLE, QIcon(os.path.join(ICONS, "icon.svg")))
        self.setObjectName(object_name)

    def canRunUsingLayer(self, layer, context=None):  # noqa: N802 (QGIS API; both of its signatures)
        from .ada_land import SOURCE_PROPERTY

        return isinstance(layer, QgsVectorLayer) and bool(layer.customProperty(SOURCE_PROPERTY))


class LayerActions:
    """The actions, wired to the plot dock (``dock.plot_dock()`` gives it, made on first use).

    One set for a point (a row's context menu, the identify results, the feature form) and one, named for the
    selection, under the attribute table's "Actions on Selection": an action offered for both would show its label
    twice in one menu, the row's and the selection's, with nothing to tell them apart."""

    def __init__(self, iface, dock):
        self.iface, self.dock = iface, dock
        self.is_egms = EgmsLayers()
        parent = iface.mainWindow()
        spec = [
            ("plot", tr("Plot time series"), SINGLE, "clmsEgmsPlotSeries", "icon.svg", self.plot),
            ("add", tr("Add to time-series plot"), SINGLE, "clmsEgmsAddToPlot", None, self.add),
            ("reference", tr("Use as reference point"), SINGLE, "clmsEgmsUseAsReference", None, self.reference),
            ("export", tr("Export time series (CSV)…"), SINGLE, "clmsEgmsExportSeries", None, self.export),
            ("plot_selected", tr("Plot the selected points' time series"), MULTIPLE, "clmsEgmsPlotSelected",
             "icon.svg", self.plot),
            ("add_selected", tr("Add the selected points to the time-series plot"), MULTIPLE, "clmsEgmsAddSelected",
             None, self.add),
            ("export_selected", tr("Export the selected points' time series (CSV)…"), MULTIPLE,
             "clmsEgmsExportSelected", None, self.export),
        ]
        self.actions = {}
        registry = QgsGui.mapLayerActionRegistry()
        for key, name, targets, object_name, icon, handler in spec:
            action = EgmsAction(name, parent, targets, self.is_egms, object_name, icon)
            # QGIS 3.30+ triggers with a context (the V2 signals); 3.22 without
            one = getattr(action, "triggeredForFeatureV2", None) or action.triggeredForFeature
            many = getattr(action, "triggeredForFeaturesV2", None) or action.triggeredForFeatures
            if targets == MULTIPLE:  # started from one point (identify, form): it still acts on the selection
                one.connect(lambda layer, _feature, *_context, h=handler: h(layer, list(layer.selectedFeatures())))
            else:
                one.connect(lambda layer, feature, *_context, h=handler: h(layer, [feature]))
            many.connect(lambda layer, features, *_context, h=handler: h(layer, list(features)))
            registry.addMapLayerAction(action)
            self.actions[key] = action
        area = AreaAction(tr("Plot this area's mean series"), parent, "clmsEgmsPlotArea")
        (getattr(area, "triggeredForFeatureV2", None) or area.triggeredForFeature).connect(
            lambda layer, feature, *_context: self.plot_area(layer, feature))
        registry.addMapLayerAction(area)
        self.actions["plot_area"] = area

    def plot(self, layer, features):
        plot = self.dock.plot_dock()  # None without matplotlib (the message bar says so)
        return plot and plot.plot_features(layer, features, keep=False)

    def plot_area(self, areas, area):
        """An active deformation area's points selected in their layer (the attribute table shows them) and their
        mean series plotted with its envelope."""
        from qgis.core import QgsProject

        from ..core.egms.ada_features import members_of
        from .ada_land import SOURCE_PROPERTY

        points = QgsProject.instance().mapLayer(areas.customProperty(SOURCE_PROPERTY) or "")
        if not isinstance(points, QgsVectorLayer):
            notify(self.iface, tr("The points of {layer} are no longer in the project.").format(layer=areas.name()),
                   Qgis.MessageLevel.Warning)
            return None
        area = areas.getFeature(area.id())  # whole: the attribute table hands its rows over without geometry
        ids = members_of(points, area)
        if not ids:
            notify(self.iface, tr("No point of {layer} lies in this area now (its layer changed since it was "
                                  "found?).").format(layer=points.name()), Qgis.MessageLevel.Warning)
            return None
        points.selectByIds(ids)
        plot = self.dock.plot_dock()
        return plot and plot.plot_mean(points, ids, keep=False, named="ADA {}".format(area["ada_id"]))

    def add(self, layer, features):
        plot = self.dock.plot_dock()
        return plot and plot.plot_features(layer, features, keep=True)

    def reference(self, layer, features):
        plot = self.dock.plot_dock()
        return plot and plot.use_as_reference(layer, features[0])

    def export(self, layer, features, path=None):
        """Ask where (unless ``path``), then write the features' series in the background."""
        from .messages import save_path

        reader = LayerSeries.for_layer(layer)
        if reader is None or not features:
            return None
        default = "{}_{}.csv".format(layer.name(), features[0]["pid"] if len(features) == 1 and
                                     "pid" in features[0].fields().names() else "series")
        path = path or save_path(self.iface.mainWindow(), tr("Export time series"), default,
                                  [(tr("CSV files (*.csv)"), ".csv")])
        if not path:
            reader.close()
            return None

        def series():
            for feature, (dates, mm) in reader.read(features, skip_missing=True):
                yield (feature["pid"] if "pid" in feature.fields().names() else feature.id()), dates, mm

        def work(feedback):
            try:
                return write_series_csv(series(), path, len(features), feedback, empty_error=PluginError(
                    tr("None of these points has a displacement series.")))
            finally:
                reader.close()

        def done(written):
            if written is not None:
                notify(self.iface, tr("{points} series ({rows} values) saved to {path}.").format(
                    points=written[0], rows=written[1], path=path), Qgis.MessageLevel.Success)

        return run_in_background(self.iface, tr("Export {n} time series").format(n=len(features)), work,
                                 on_done=done)

    def unload(self):
        registry = QgsGui.mapLayerActionRegistry()
        for action in self.actions.values():
            registry.removeMapLayerAction(action)
            action.deleteLater()
        self.actions = {}
