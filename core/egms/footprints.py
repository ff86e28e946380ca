"""EGMS search hits on the map: a memory layer of their footprints (EPSG:4326), outlined by orbit direction.

A hit's footprint is its ``poly`` (WKT, GeoJSON, or a ring of [lon, lat] pairs), else its ``bbox``
(a list of [lon, lat] pairs, as the service gives it; or [west, south, east, north]).
"""
import json

from qgis.core import (QgsCategorizedSymbolRenderer, QgsFeature, QgsFillSymbol, QgsGeometry,
                       QgsPointXY, QgsRectangle, QgsRendererCategory, QgsVectorLayer)

from .. import compat
from ..i18n import tr

FIELDS = [("filename", compat.STRING), ("size_mb", compat.DOUBLE), ("level", compat.STRING),
          ("release", compat.STRING), ("direction", compat.STRING), ("track", compat.INT),
          ("burst", compat.INT), ("burst_id", compat.STRING), ("tile", compat.STRING)]
COLOURS = {"ASCENDING": "31,120,180", "DESCENDING": "230,97,1", "": "118,42,131"}


def footprint(hit: dict) -> QgsGeometry:
    """The footprint of a search hit as a QgsGeometry in EPSG:4326 (empty when the hit has none)."""
    geometry = _from_poly(hit.raw.get("poly"))
    if geometry is None or geometry.isEmpty():
        geometry = _from_bbox(hit.bbox or hit.raw.get("bbox"))
    return geometry or QgsGeometry()


def _from_poly(poly):
    if not poly:
        return None
    if isinstance(poly, str) and poly.lstrip().startswith("{"):
        try:
            poly = json.loads(poly)
        except ValueError:
            return None
    if isinstance(poly, dict):  # GeoJSON (QgsJsonUtils.geometryFromGeoJson is newer than QGIS 3.22)
        from osgeo import ogr

        parsed = ogr.CreateGeometryFromJson(json.dumps(poly.get("geometry", poly)))
        return QgsGeometry.fromWkt(parsed.ExportToWkt()) if parsed is not None else None
    if isinstance(poly, str):
        return QgsGeometry.fromWkt(poly)
    try:  # a ring of [lon, lat] pairs
        return QgsGeometry.fromPolygonXY([[QgsPointXY(float(x), float(y)) for x, y in poly]])
    except (TypeError, ValueError):
        return None


def _from_bbox(bbox):
    """The rectangle of a hit's ``bbox``: as the service gives it, a list of [lon, lat] pairs (two corners,
    four, or more: their minimum and maximum); [west, south, east, north] also."""
    try:
        if bbox and all(isinstance(p, (list, tuple)) for p in bbox):
            xs, ys = [float(p[0]) for p in bbox], [float(p[1]) for p in bbox]
            w, s, e, n = min(xs), min(ys), max(xs), max(ys)
        else:
            w, s, e, n = (float(v) for v in bbox)
        return QgsGeometry.fromRect(QgsRectangle(w, s, e, n))
    except (TypeError, ValueError, IndexError):
        return None


def footprints_layer(hits, layer=None) -> QgsVectorLayer:
    """A memory layer (or ``layer``, emptied) holding one footprint per hit."""
    if layer is None:
        layer = QgsVectorLayer("Polygon?crs=EPSG:4326", tr("EGMS search results"), "memory")
        layer.dataProvider().addAttributes([compat.field(name, kind) for name, kind in FIELDS])
        layer.updateFields()
        _style(layer)
    provider = layer.dataProvider()
    provider.truncate()
    features = []
    for hit in hits:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(footprint(hit))
        feature.setAttributes([hit.filename, round(hit.filesize / 1e6, 2), hit.level, hit.release,
                               (hit.direction or "").upper(), hit.track, hit.burst, hit.burst_id, hit.tile])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.triggerRepaint()
    return layer


def _style(layer):
    labels = {"ASCENDING": tr("Ascending burst"), "DESCENDING": tr("Descending burst"), "": tr("L3 tile")}
    categories = []
    for value, colour in COLOURS.items():
        symbol = QgsFillSymbol.createSimple({"color": colour + ",35", "outline_color": colour + ",255",
                                             "outline_width": "0.5"})
        categories.append(QgsRendererCategory(value, symbol, labels[value]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("direction", categories))
