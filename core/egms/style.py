"""The velocity style: a diverging graduated ramp on mean_velocity, classes symmetric around 0."""
import math
from typing import Optional

import numpy as np
from qgis.core import (QgsClassificationRange, QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsMarkerSymbol,
                       QgsRendererRange, QgsRuleBasedRenderer, QgsUnitTypes)

from ..i18n import tr
from .overviews import SIDES, scale_range
from .stored_layer import stored_layer

FIELD = "mean_velocity"
# subsidence / away from the satellite (red) ... stable (green) ... uplift / towards (blue)
COLOURS = ["#b2182b", "#ef8a62", "#fddbc7", "#4dac26", "#d1e5f0", "#67a9cf", "#2166ac"]
STEPS = [0.2, 0.6, 1.0]  # inner edges as fractions of the limit


SPREAD_PERCENTILE = 98  # the robust spread of the velocities: this percentile of |v|


def nice_limit(values) -> float:
    """A round limit (mm/year) from the robust spread of the velocities: the 98th percentile of |v|."""
    values = np.asarray(values, dtype=np.float64)
    values = values[np.isfinite(values)]
    return round_limit(float(np.percentile(np.abs(values), SPREAD_PERCENTILE)) if values.size else None)


def stored_limit(store, layer: str) -> float:
    """``nice_limit`` of an imported layer's velocities, the percentile computed by its store (SQLite or the
    database server): no velocity comes into Python, whatever the layer's size."""
    return round_limit(store.abs_percentile(layer, FIELD, SPREAD_PERCENTILE))


def round_limit(spread: Optional[float]) -> float:
    """The round limit at or above ``spread`` (mm/year); 5 without one."""
    if spread is None:
        return 5.0
    for nice in (1, 2, 2.5, 5, 10, 15, 20, 25, 50, 100, 200, 500):
        if spread <= nice:
            return float(nice)
    return float(math.ceil(spread / 100.0) * 100)


def velocity_renderer(limit: float) -> QgsGraduatedSymbolRenderer:
    return diverging_renderer(FIELD, limit, tr("mm/year"))


def diverging_renderer(attribute: str, limit: float, unit: str, fill: bool = False) -> QgsGraduatedSymbolRenderer:
    """Seven classes symmetric around 0 up to ``limit`` on ``attribute`` (a field or an expression), labelled in
    ``unit``: red below, green around 0, blue above; points, or with ``fill`` areas."""
    edges = [-limit * s for s in reversed(STEPS)] + [limit * s for s in STEPS]
    bounds = [-1e9] + edges + [1e9]
    ranges = []
    for i, colour in enumerate(COLOURS):
        low, high = bounds[i], bounds[i + 1]
        if i == 0:
            label = tr("< {v:g} {unit}").format(v=high, unit=unit)
        elif i == len(COLOURS) - 1:
            label = tr("> {v:g} {unit}").format(v=low, unit=unit)
        else:
            label = tr("{a:g} to {b:g} {unit}").format(a=low, b=high, unit=unit)
        if fill:
            # outlined in their own colour: neighbouring cells meet without the light seams antialiasing leaves
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": colour, "outline_width": "0"})
        else:
            symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "35,35,35,160",
                                                   "outline_width": "0.1", "size": "1.8"})
            symbol.setSizeUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
        ranges.append(QgsRendererRange(QgsClassificationRange(label, low, high), symbol))
    renderer = QgsGraduatedSymbolRenderer(attribute, ranges)
    renderer.setClassAttribute(attribute)
    return renderer


def apply_velocity_style(layer, values=None, limit: Optional[float] = None) -> float:
    """Style ``layer`` by mean velocity; ``limit`` defaults to a round robust spread of ``values``
    (read from the layer when not given)."""
    if limit is None:
        stored = stored_layer(layer) if values is None else None
        if stored is not None:  # an imported layer: its store computes the spread
            limit = stored_limit(stored.store, stored.name)
        elif values is None:
            from qgis.core import QgsFeatureRequest

            index = layer.fields().indexOf(FIELD)
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
            values = [f[index] for f in layer.getFeatures(request)]
            values = [v for v in values if isinstance(v, (int, float))]
        if limit is None:
            limit = nice_limit(values)
    layer.setRenderer(velocity_renderer(limit))
    layer.triggerRepaint()
    return limit


def velocity_limits(result) -> dict:
    """{layer name: its style limit} of an import's layers (``importer.ImportResult``), from the mean_velocity
    column of their store: read where the import ran (a background task), not on QGIS's main thread."""
    return {name: stored_limit(result.target, name) for name in result.layers}


OVERVIEW_FIELD = "median_velocity"


def overview_renderer(limit: float) -> QgsRuleBasedRenderer:
    """An overview's cells (overviews.py) in the velocity style's classes, each size at its scales only (2 to 8
    pixels a cell): a rule per size, its classes below it."""
    graduated = diverging_renderer(OVERVIEW_FIELD, limit, tr("mm/year"), fill=True)
    root = QgsRuleBasedRenderer.Rule(None)
    for side in SIDES:
        zoomed_in, zoomed_out = scale_range(side)
        rule = QgsRuleBasedRenderer.Rule(None, int(round(zoomed_in)), int(round(zoomed_out)), "side = {}".format(side),
                                         tr("cells of {side:g} m: median velocity").format(side=side))
        QgsRuleBasedRenderer.refineRuleRanges(rule, graduated)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def apply_overview_style(overview, limit: float) -> None:
    """Style an overview layer (its cells at their scales, in the velocity classes of its points' layer)."""
    overview.setRenderer(overview_renderer(limit))
    overview.triggerRepaint()


def points_at_large_scales(points) -> None:
    """A large imported layer whose overview is shown too: its points drawn only where they are few enough to draw
    fast (at scales above the smallest cells' range); the cells take over below."""
    points.setScaleBasedVisibility(True)
    points.setMinimumScale(int(round(scale_range(SIDES[0])[0])))


def apply_area_style(layer, limit: float) -> None:
    """Style active deformation areas (core.egms.ada's, as clms_egms:active_deformation_areas writes them): filled
    by their median velocity in the velocity style's classes, half transparent over the points, outlined; labelled
    with their id, median velocity and quality index."""
    from qgis.core import (QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat,
                           QgsVectorLayerSimpleLabeling)

    renderer = diverging_renderer("median_velocity", limit, tr("mm/year"), fill=True)
    for i, item in enumerate(renderer.ranges()):  # copies: each given back to the renderer
        symbol = item.symbol().clone()
        fill = symbol.symbolLayer(0)
        fill.setStrokeColor(fill.color().darker(160))
        fill.setStrokeWidth(0.5)
        colour = fill.color()
        colour.setAlpha(120)  # the points beneath show through, the outline stays whole
        fill.setColor(colour)
        renderer.updateRangeSymbol(i, symbol)
    layer.setRenderer(renderer)
    text = QgsTextFormat()
    text.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    text.setBuffer(buffer)
    labels = QgsPalLayerSettings()
    labels.isExpression = True
    labels.fieldName = ("'ADA ' || \"ada_id\" || ': ' || format_number(\"median_velocity\", 1) || ' {unit} · QI ' "
                        "|| \"quality\"").format(unit=tr("mm/year"))
    labels.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()
