"""Analysis tab: filter EGMS points by velocity, its std and coherence (and polygons), as a layer filter or
a selection; shows how many points match; Reset gives the layer back as it was."""
import sqlite3

from qgis.core import Qgis, QgsFeatureRequest, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QDoubleValidator
from qgis.PyQt.QtWidgets import QDockWidget

from ..core.egms.analysis import VelocityFilter
from ..core.egms.thresholds import THRESHOLDS
from ..core.egms.clip import features_polygon
from ..core.egms.filtering import filter_expression, layer_filter, matching_features
from ..core.egms.stored_layer import geopackage_table
from ..core.egms.style import apply_velocity_style
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.log import log
from .layer_actions import EgmsLayers
from .messages import notify


class FilterPanel:
    def __init__(self, iface, dock):
        self.iface = iface
        self.w = dock
        self._original = {}  # layer id -> the subset string the layer had before we filtered it
        dock.filterLayer.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        dock.filterArea.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        for threshold in THRESHOLDS:  # labels and help in the words of the Processing algorithm filter_velocity
            edit = getattr(dock, threshold.widget)
            getattr(dock, threshold.widget + "Label").setText(threshold.label())
            edit.setToolTip("{}: {}".format(threshold.unit(), threshold.help()))
            edit.setValidator(QDoubleValidator(edit))
            edit.setPlaceholderText(tr("no limit"))
            edit.returnPressed.connect(self.apply)
        dock.filterApply.clicked.connect(self.apply)
        dock.filterReset.clicked.connect(self.reset)
        dock.filterInside.toggled.connect(dock.filterArea.setEnabled)
        dock.styleButton.clicked.connect(self.style)
        dock.animateButton.clicked.connect(self.animate)
        dock.filterArea.setEnabled(False)
        # the Layer box offers EGMS point layers only (not the workshop's places, say)
        self.is_egms = EgmsLayers()
        self.plot = lambda: dock.plot  # the time-series plot, when open
        QgsProject.instance().layersAdded.connect(self.offer_egms_layers)
        self.offer_egms_layers()

    def offer_egms_layers(self, *_added):
        others = [layer for layer in QgsProject.instance().mapLayers().values()
                  if isinstance(layer, QgsVectorLayer) and not self.is_egms(layer)]
        self.w.filterLayer.setExceptedLayerList(others)

    def unload(self):
        try:
            QgsProject.instance().layersAdded.disconnect(self.offer_egms_layers)
        except TypeError:  # unloaded before
            pass

    def thresholds(self):
        values = {}
        for threshold in THRESHOLDS:
            text = getattr(self.w, threshold.widget).text().strip().replace(",", ".")
            if text:
                values[threshold.key] = float(text)
        return VelocityFilter(**values)

    def apply(self):
        layer = self.w.filterLayer.currentLayer()
        if layer is None:
            notify(self.iface, tr("Choose the EGMS point layer to filter."), Qgis.MessageLevel.Warning)
            return None
        try:
            expression = filter_expression(self.thresholds(), layer.fields().names(), layer.name())
            ids = self._inside_polygons(layer, expression) if self.w.filterInside.isChecked() else None
        except (PluginError, ValueError) as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return None
        original = self._original.setdefault(layer.id(), layer.subsetString())
        if layer.subsetString() != original:  # a filter of ours from before: start again from the layer's own
            layer.setSubsetString(original)
        total = _count(layer) if not original else None
        if self.w.filterAsSelection.isChecked():
            if ids is not None:
                layer.selectByIds(ids)
            elif expression:
                layer.selectByExpression(expression)
            else:
                layer.removeSelection()
            matching = layer.selectedFeatureCount()
        else:
            layer.setSubsetString(layer_filter(original, expression, ids))
            matching = _count(layer)
            layer.triggerRepaint()
        text = tr("{n} points match.").format(n=matching) if total is None else \
            tr("{n} of {total} points match.").format(n=matching, total=total)
        self.w.filterCount.setText(text)
        return matching

    def _inside_polygons(self, layer, expression):
        area = self.w.filterArea.currentLayer()
        if area is None:
            raise PluginError(tr("Choose the polygon layer whose selected polygons the points must be in."))
        polygon = features_polygon(area, area.crs(), selected_only=area.selectedFeatureCount() > 0,
                                   target_crs=layer.crs())
        return [f.id() for f in matching_features(layer, expression, polygon, attributes=False)]

    def style(self):
        """Style the layer by velocity: the range given, or (automatic) the data's robust spread."""
        layer = self.w.filterLayer.currentLayer()
        if layer is None or "mean_velocity" not in layer.fields().names():
            notify(self.iface, tr("Choose a layer with a mean_velocity field to style."), Qgis.MessageLevel.Warning)
            return None
        limit = apply_velocity_style(layer, limit=self.w.styleRange.value() or None)
        self.iface.layerTreeView().refreshLayerSymbology(layer.id())
        return limit

    def animate(self):
        """The layer's displacement through time on QGIS's temporal controller (shown, on its first frame)."""
        from .animation import animate

        layer = self.w.filterLayer.currentLayer()
        if layer is None:
            notify(self.iface, tr("Choose an EGMS layer to animate."), Qgis.MessageLevel.Warning)
            return None
        try:
            first, last, step, limit = animate(layer, self.iface.mapCanvas().temporalController())
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return None
        self.iface.layerTreeView().refreshLayerSymbology(layer.id())
        window = self.iface.mainWindow()
        for dock in window.findChildren(QDockWidget, "Temporal Controller"):
            dock.show()  # QGIS's temporal controller panel: play, step, export the frames
            self._beside_the_plot(window, dock)
        notify(self.iface, tr("Press play in the Temporal Controller panel. {layer}: displacement from {first} to "
                              "{last} (±{limit:g} mm), one frame every {step} days.").format(
            layer=layer.name(), first=first, last=last, limit=limit, step=step), Qgis.MessageLevel.Success)
        return first, last, step, limit

    def _beside_the_plot(self, window, controller):
        """Above the map (QGIS's place for it) the Temporal Controller took as much height as it was given: with
        the plot open below, about 240 px of map were left. With the plot docked, it shares the plot's place as a
        tab in front (beside the plot, it squeezed the plot to 220 px); else it gets the height its controls need.
        A controller the user made float stays so."""
        if controller.isFloating():
            return
        plot = self.plot()
        if plot is not None and plot.isVisible() and not plot.isFloating():
            if controller not in window.tabifiedDockWidgets(plot):
                window.tabifyDockWidget(plot, controller)
            controller.raise_()
        elif window.dockWidgetArea(controller) in (Qt.DockWidgetArea.TopDockWidgetArea,
                                                   Qt.DockWidgetArea.BottomDockWidgetArea):
            window.resizeDocks([controller], [controller.minimumSizeHint().height()], Qt.Orientation.Vertical)

    def reset(self):
        layer = self.w.filterLayer.currentLayer()
        if layer is None:
            return
        if layer.id() in self._original:
            layer.setSubsetString(self._original.pop(layer.id()))
            layer.triggerRepaint()
        layer.removeSelection()
        for threshold in THRESHOLDS:
            getattr(self.w, threshold.widget).clear()
        self.w.filterCount.setText("")


def _count(layer):
    """The layer's feature count under its filter. A filtered GeoPackage layer is counted by SQLite through a
    read-only connection of the plugin's own: QGIS's OGR provider (3.22 to 3.44) fails to count one while another
    layer of the same file is loaded (GDAL prints "ERROR 1: In ExecuteSQL(): sqlite3_step(SELECT COUNT(*) FROM
    (SELECT 1 FROM "…" LIMIT 100000)): unable to open database file" and the count is -1, so the first filter said
    "-1 of 23349 points match"), and on 3.44 even its features could then not be read (0 counted): it reads a
    GeoPackage through a connection without locks (GDAL's NOLOCK) and the filter opens the file for update, which
    puts it in WAL mode, where such a connection cannot read. Any other layer whose count fails has its features
    counted, without geometry or attributes."""
    subset = layer.subsetString()
    found = geopackage_table(layer) if subset else None
    if found is not None and layer.dataProvider().storageType() == "GPKG":
        try:
            return found[0].count_where(found[1], subset)
        except (sqlite3.Error, ValueError, PluginError) as exc:
            log.info("Counting %s with SQLite failed (%s): counting its features", layer.name(), exc)
    count = layer.featureCount()
    if count >= 0:
        return count
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setNoAttributes()
    return sum(1 for _ in layer.getFeatures(request))
