"""Clip areas for the EGMS import: an extent or polygon features, as one polygon in EPSG:3035."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsFeatureRequest,
                       QgsGeometry, QgsProject)

from ..errors import PluginError
from ..i18n import tr

EGMS_CRS = QgsCoordinateReferenceSystem("EPSG:3035")


def _transformed(geometry, crs, target=EGMS_CRS):
    """``geometry`` (in ``crs``) in ``target``: first cut to the target's area of use and densified, so that a
    polygon reaching past it (a world-sized area in EPSG:4326) becomes its part there instead of garbage that
    keeps no point (0 of 200 were kept, without a word)."""
    if crs.isValid() and target.isValid() and crs != target:
        geometry = QgsGeometry(geometry)
        usable = _area_of_use(target, crs)
        if usable is not None and not usable.contains(geometry.boundingBox()):
            geometry = geometry.intersection(QgsGeometry.fromRect(usable))
        box = geometry.boundingBox()
        step = max(box.width(), box.height()) / 100
        if step > 0:
            geometry = geometry.densifyByDistance(step)
        try:
            geometry.transform(QgsCoordinateTransform(crs, target, QgsProject.instance()))
        except QgsCsException:
            raise PluginError(tr("The area cannot be expressed in {crs}: draw it within Europe.").format(
                crs=target.authid())) from None
    return geometry


def _area_of_use(target, crs):
    """The area where ``target`` is valid (its bounds, in degrees) as a rectangle in ``crs``; None if unknown."""
    bounds = target.bounds()
    if bounds.isEmpty():
        return None
    try:
        return QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                      QgsProject.instance()).transformBoundingBox(bounds)
    except QgsCsException:
        return None


def extent_polygon(rectangle, crs) -> QgsGeometry:
    """A map extent (QgsRectangle in ``crs``) as a polygon in EPSG:3035."""
    if rectangle is None or rectangle.isEmpty():
        return None
    return _transformed(QgsGeometry.fromRect(rectangle), crs)


def features_polygon(source, crs, selected_only: bool = False, target_crs=EGMS_CRS) -> QgsGeometry:
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


def combine(*polygons) -> QgsGeometry:
    """The intersection of the given clip polygons (None ones ignored); None when there are none."""
    result = None
    for polygon in polygons:
        if polygon is None:
            continue
        result = polygon if result is None else result.intersection(polygon)
    if result is not None and result.isEmpty():
        raise PluginError(tr("The clip extent and the clip layer do not overlap: nothing would be imported."))
    return result
