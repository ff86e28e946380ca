"""Processing: clms_egms:decompose_los, ascending + descending L2 points → vertical and east-west velocities."""
import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsFeatureRequest,
                       QgsFeatureSink, QgsFields, QgsGeometry, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterDistance, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsRectangle, QgsWkbTypes)

from ..core import compat
from ..core.egms.decompose import decompose
from ..core.errors import PluginError
from ..core.i18n import tr
from .base import Algorithm

GRID_CRS = QgsCoordinateReferenceSystem("EPSG:3035")
NEEDED = ("mean_velocity", "los_east", "los_north", "los_up")


class DecomposeLos(Algorithm):
    NAME = "decompose_los"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Decompose ascending and descending LOS into vertical and east-west")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("From an ascending and a descending EGMS L2 layer (L2a or L2b), the vertical and east-west "
                  "velocities (mm/year) on a regular grid in EPSG:3035: in each cell the mean line-of-sight "
                  "velocities of both geometries and the points' LOS unit vectors give two equations in the east "
                  "and up motion (north-south motion, which Sentinel-1 barely sees, is taken as 0, as for EGMS L3). "
                  "Cells seen from one geometry only are left empty and counted (ONE_GEOMETRY_CELLS).")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for name, label in (("ASCENDING", tr("Ascending L2 layer")), ("DESCENDING", tr("Descending L2 layer"))):
            self.add(QgsProcessingParameterFeatureSource(name, label, [QgsProcessing.SourceType.TypeVectorPoint]),
                     tr("EGMS L2 points with mean_velocity and the LOS unit vector (los_east, los_north, los_up). "
                        "An imported layer holding both directions can be given for both: each takes the points "
                        "of its direction."))
        self.add(QgsProcessingParameterDistance("CELL_SIZE", tr("Grid cell size"), 100.0, minValue=1.0),
                 tr("The side of a grid cell, in metres (EGMS L3 uses 100 m)."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Vertical and east-west velocities"),
                                                   QgsProcessing.SourceType.TypeVectorPolygon),
                 tr("One square per cell holding points: up_mm_yr, east_mm_yr (empty where one geometry only), "
                    "n_asc, n_desc, vlos_asc, vlos_desc."))
        self.addOutput(QgsProcessingOutputNumber("SOLVED_CELLS", tr("Cells with vertical and east-west velocities")))
        self.addOutput(QgsProcessingOutputNumber("ONE_GEOMETRY_CELLS", tr("Cells seen from one geometry only")))

    def _points(self, parameters, name, context, feedback):
        """The points of one geometry: all of the layer's, or, where it has a direction field (an imported layer
        merges both), those of this direction."""
        source = self.parameterAsSource(parameters, name, context)
        missing = [f for f in NEEDED if source.fields().lookupField(f) < 0]
        if missing:
            raise PluginError(tr("{layer} lacks {fields}: use EGMS L2 layers (their points carry the LOS unit "
                                 "vector).").format(layer=source.sourceName(), fields=", ".join(missing)))
        transform = QgsCoordinateTransform(source.sourceCrs(), GRID_CRS, context.transformContext())
        request = QgsFeatureRequest().setSubsetOfAttributes(list(NEEDED), source.fields())
        if source.fields().lookupField("direction") >= 0:
            request.setFilterExpression("\"direction\" = '{}'".format(name))
        xy, v, los = [], [], []
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            point = transform.transform(feature.geometry().asPoint())
            xy.append((point.x(), point.y()))
            values = [feature[f] for f in NEEDED]
            v.append(np.nan if values[0] is None else float(values[0]))
            los.append([np.nan if x is None else float(x) for x in values[1:]])
        if not xy:
            raise PluginError(tr("{layer} holds no {direction} points.").format(
                layer=source.sourceName(), direction=name.lower()))
        return np.array(xy).reshape(-1, 2), np.array(v), np.array(los).reshape(-1, 3)

    def process(self, parameters, context, feedback):
        asc_xy, asc_v, asc_los = self._points(parameters, "ASCENDING", context, feedback)
        desc_xy, desc_v, desc_los = self._points(parameters, "DESCENDING", context, feedback)
        if np.sign(np.nanmean(asc_los[:, 0])) == np.sign(np.nanmean(desc_los[:, 0])):
            raise PluginError(tr("Both layers look at the ground from the same side (their LOS east components have "
                                 "the same sign): give one ascending and one descending layer."))
        cell = self.parameterAsDouble(parameters, "CELL_SIZE", context)
        grid = decompose(asc_xy, asc_v, asc_los, desc_xy, desc_v, desc_los, cell)
        fields = QgsFields()
        for name, kind in (("up_mm_yr", compat.DOUBLE), ("east_mm_yr", compat.DOUBLE), ("n_asc", compat.INT),
                           ("n_desc", compat.INT), ("vlos_asc", compat.DOUBLE), ("vlos_desc", compat.DOUBLE)):
            fields.append(compat.field(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, GRID_CRS)

        def value(x, digits):
            return None if not np.isfinite(x) else round(float(x), digits)

        for i in range(len(grid.x0)):
            feature = QgsFeature(fields)
            x, y = grid.x0[i], grid.y0[i]
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + cell, y + cell)))
            feature.setAttributes([value(grid.up[i], 2), value(grid.east[i], 2), int(grid.n_asc[i]),
                                   int(grid.n_desc[i]), value(grid.v_asc[i], 2), value(grid.v_desc[i], 2)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{solved} cells with vertical and east-west velocities; {one} seen from one geometry "
                             "only, left empty.").format(solved=grid.solved, one=grid.one_geometry))
        return {"OUTPUT": dest, "SOLVED_CELLS": grid.solved, "ONE_GEOMETRY_CELLS": grid.one_geometry}
