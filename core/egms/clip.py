"""Clip areas for the EGMS import: an extent or polygon features, as one polygon in EPSG:3035."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                       QgsProject)

from ..errors import PluginError
from ..i18n import tr

EGMS_CRS = QgsCoordinateReferenceSystem("EPSG:3035")


def _transformed(geometry, crs, target=EGMS_CRS):
    if crs.isValid() and target.isValid() and crs != target:
        geometry = QgsGeometry(geometry)
        geometry.transform(QgsCoordinateTransform(crs, target, QgsProject.instance()))
    return geometry


def extent_polygon(rectangle, crs):
    """A map extent (QgsRectangle in ``crs``) as a polygon in EPSG:3035."""
    if rectangle is None or rectangle.isEmpty():
        return None
    return _transformed(QgsGeometry.fromRect(rectangle), crs)


def features_polygon(source, crs, selected_only=False, target_crs=EGMS_CRS):
    """The union of the polygons of a layer/feature source, in ``target_crs`` (default EPSG:3035)."""
    request = QgsFeatureRequest().setNoAttributes()
    features = source.getSelectedFeatures(request) if selected_only else source.getFeatures(request)
    # an invalid polygon let through (Processing set to take invalid features as they are) is made valid first:
    # a self-intersecting one would otherwise make the union fail or cover nothing
    parts = [g if g.isGeosValid() else g.makeValid() for g in (f.geometry() for f in features if f.hasGeometry())]
    if not parts:
        raise PluginError(tr("The clip layer has no polygons{selected}.").format(
            selected=tr(" selected") if selected_only else ""))
    return _transformed(QgsGeometry.unaryUnion(parts), crs, target_crs)


def combine(*polygons):
    """The intersection of the given clip polygons (None ones ignored); None when there are none."""
    result = None
    for polygon in polygons:
        if polygon is None:
            continue
        result = polygon if result is None else result.intersection(polygon)
    if result is not None and result.isEmpty():
        raise PluginError(tr("The clip extent and the clip layer do not overlap: nothing would be imported."))
    return result
