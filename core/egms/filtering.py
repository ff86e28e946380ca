"""The velocity filter on a layer, one way for the dock and for Processing: its expression on the layer's fields,
the features that pass it (inside polygons, if given), and the layer filter (subset string) that keeps them."""
import math
from typing import Iterator

from qgis.core import QgsFeatureRequest, QgsGeometry

from .. import sql
from ..errors import PluginError
from ..i18n import tr


def filter_expression(velocity_filter, fields, layer_name: str) -> str:
    """The filter (``analysis.VelocityFilter``) as an expression on a layer with these field names; a PluginError
    naming the layer and the field for a threshold on a field it lacks (coherence on an L3 layer), or for one
    that is not a finite number (NaN kept no point at all, without a word)."""
    for name, value in vars(velocity_filter).items():
        if value is not None and not math.isfinite(float(value)):
            raise PluginError(tr("The threshold {name} is {value}, not a number: give a number or leave it empty.")
                              .format(name=name, value=value))
    try:
        return velocity_filter.expression(fields)
    except KeyError as missing:
        raise PluginError(tr("{layer} has no {field} field, needed for that threshold.").format(
            layer=layer_name, field=missing.args[0])) from None


def matching_features(source, expression: str, polygon=None, attributes: bool = True) -> Iterator:
    """The features of ``source`` (a layer, or Processing's feature source) passing ``expression`` ('' for all)
    and, with ``polygon`` (a QgsGeometry in the source's CRS), inside it: a generator."""
    request = QgsFeatureRequest()
    if not attributes:
        request.setNoAttributes()  # the expression still gets the fields it reads
    if expression:
        request.setFilterExpression(expression)
    engine = None
    if polygon is not None:
        request.setFilterRect(polygon.boundingBox())
        engine = QgsGeometry.createGeometryEngine(polygon.constGet())
        engine.prepareGeometry()
    for feature in source.getFeatures(request):
        if engine is None or engine.intersects(feature.geometry().constGet()):
            yield feature


def layer_filter(original: str, expression: str, ids=None) -> str:
    """The layer's subset string that keeps its own filter (``original``), the expression's points and, when
    ``ids`` is given, only those feature ids (the points inside the polygons)."""
    parts = [p for p in (original, expression) if p]
    if ids is not None:
        parts.append(sql.statement("fid IN ({ids})", ids=sql.joined([sql.literal(int(i)) for i in ids] or
                                                                    [sql.literal(-1)], ",")))
    return " AND ".join("({})".format(p) for p in parts)  # the layer's own filter kept as its owner wrote it
