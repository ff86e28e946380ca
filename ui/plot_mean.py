"""The plot's selection mean: the mean series of many points with its min/max envelope, read in the background,
one mean for each viewing geometry (line-of-sight values of two tracks or directions are never averaged); a click on
a large layer's overview gives the mean of the points of the cell under it."""
from qgis.core import (Qgis, QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsRectangle, QgsVectorLayer,
                       QgsVectorLayerFeatureSource)

from ..core.egms.analysis import mean_series
from ..core.egms.overviews import SIDES, scale_range
from ..core.egms.geometry import GEOMETRY_FIELDS, geometry_of
from ..core.egms.series import LayerSeries
from ..core.egms.stored_layer import overview_points
from ..core.i18n import tr
from .messages import notify, run_in_background

MAX_MEAN_POINTS = 50000


def is_overview(layer) -> bool:
    """Whether ``layer`` is a large imported layer's overview (``<layer>_overview``, its cells; either store)."""
    return isinstance(layer, QgsVectorLayer) and overview_points(layer) is not None


class SelectionMeanMixin:
    """For PlotDock: the Selection mean button and the mean of the attribute table's many rows."""

    def plot_selection_mean(self):
        """The mean series (min/max envelope, point count) of the selected points of the active layer."""
        layer = self.iface.activeLayer()
        reader = self.series_of(layer) if isinstance(layer, QgsVectorLayer) else None
        if reader is None:
            notify(self.iface, tr("Select an EGMS point layer in the Layers panel first."), Qgis.MessageLevel.Warning)
            return None
        n = layer.selectedFeatureCount()
        if n == 0:
            notify(self.iface, tr("Select points of {layer} first (a selection tool, or the filter's Select).")
                   .format(layer=layer.name()), Qgis.MessageLevel.Warning)
            return None
        return self.plot_mean(layer, layer.selectedFeatureIds(), self.keepBox.isChecked())

    def plot_cell_at(self, overview, map_point):
        """The mean series of the points of the overview's cell under ``map_point`` (map canvas CRS), of the size
        drawn at the map's scale, one mean per track: None where no cell is there."""
        canvas = self.iface.mapCanvas()
        scale = canvas.scale()
        side = next((s for s in SIDES if scale < (scale_range(s)[1] or float("inf"))), SIDES[-1])
        point = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), overview.crs(),
                                       QgsProject.instance()).transform(map_point)
        request = QgsFeatureRequest(QgsRectangle(point.x(), point.y(), point.x(), point.y()))
        request.setFilterExpression("side = {}".format(int(side)))
        cells = [f for f in overview.getFeatures(request) if f.geometry().contains(point)]
        if not cells:
            self.info.setText(tr("No cell of {layer} under the click.").format(layer=overview.name()))
            return None
        store, name = overview_points(overview)
        points = next((layer for layer in QgsProject.instance().mapLayers().values() if store.is_layer(layer, name)),
                      None)
        if points is None:  # the project's own layer (a layer made here would outlive QGIS in a task)
            notify(self.iface, tr("Add {layer} of {gpkg} to the project to plot the points of its cells.").format(
                layer=name, gpkg=store.label), Qgis.MessageLevel.Warning)
            return None
        ids = []
        for cell in cells:
            within = QgsFeatureRequest(cell.geometry().boundingBox()).setNoAttributes()
            track = cell["track"]
            within.setFilterExpression("track IS NULL" if track is None or track == "" else
                                       "track = {}".format(int(track)))
            ids += [f.id() for f in points.getFeatures(within)]
        return self.plot_mean(points, ids, self.keepBox.isChecked())

    def plot_mean(self, layer, ids, keep=False, named=""):
        """The mean series (min/max envelope, point count) of the features ``ids`` of ``layer``, read and
        computed in the background; ``named``: what the points are ("ADA 2"), said before the curve's name."""
        if len(ids) > MAX_MEAN_POINTS:
            notify(self.iface, tr("{n} points are selected: select at most {max} for a mean series.").format(
                n=len(ids), max=MAX_MEAN_POINTS), Qgis.MessageLevel.Warning)
            return None
        # tens of thousands of series take a moment; the reader and the feature source are made here and used
        # only by the task
        reader = LayerSeries.for_layer(layer)
        source, ids, name = QgsVectorLayerFeatureSource(layer), list(ids), layer.name()

        fields = [n for n in GEOMETRY_FIELDS if n in layer.fields().names()]

        def work(feedback):
            """One mean per geometry: line-of-sight values of two tracks or directions are never averaged."""
            try:
                groups = {}
                for i, (feature, row) in enumerate(reader.read(source.getFeatures(
                        QgsFeatureRequest().setFilterFids(ids)))):
                    if feedback.isCanceled():
                        return None
                    geometry = geometry_of(name, {n: feature[n] for n in fields})
                    groups.setdefault(geometry, []).append(row)
                    if i % 1000 == 0:
                        feedback.setProgress(100.0 * i / len(ids))
                return [(geometry, len(rows), mean_series(rows)) for geometry, rows in groups.items()]
            finally:
                reader.close()

        def done(result):
            self.profile.rows = None
            if not keep:
                self.curves = []
            for geometry, n, (dates, mean, low, high, _count) in result:
                label = (named + ": " if named else "") + tr("mean of {n} points").format(n=n)
                if len(result) > 1:
                    label += " ({})".format(geometry.label or "?")
                self.curves.append({"layer": name, "pid": label, "dates": dates, "mm": mean, "low": low,
                                    "high": high, "attributes": [], "geometry": geometry})
            if len(result) > 1:
                notify(self.iface, tr("The selection mixes {n} viewing geometries: one mean for each, never one of "
                                      "them all.").format(n=len(result)), Qgis.MessageLevel.Info)
            self.redraw()

        self.meanButton.setEnabled(False)
        return run_in_background(self.iface, tr("Mean series of {n} points").format(n=len(ids)), work,
                                 on_done=done, on_finished=lambda: self.meanButton.setEnabled(True))
