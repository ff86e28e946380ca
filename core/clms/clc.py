"""The CORINE Land Cover legend (44 classes, official colours and names) and the styles of downloaded CLMS data.

CLC rasters index the classes 1-44 (48: no data); CLC vectors carry the 3-digit code (111-523) in a field
named like ``Code_18``. Other products get a sensible default: single-band rasters a colour ramp over their
2-98 % range; vectors QGIS's own style.
"""
import re

from qgis.core import (QgsCategorizedSymbolRenderer, QgsColorRampShader, QgsFillSymbol, QgsPalettedRasterRenderer,
                       QgsRasterRange, QgsRasterShader, QgsRendererCategory,
                       QgsSingleBandPseudoColorRenderer, QgsStyle)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtGui import QColor

from ..i18n import tr

# (code, official RGB, official name); QT_TRANSLATE_NOOP marks the names for pylupdate5 (tr() translates them)
CLASSES = [
    (111, "230,0,77", QT_TRANSLATE_NOOP("@default", "Continuous urban fabric")),
    (112, "255,0,0", QT_TRANSLATE_NOOP("@default", "Discontinuous urban fabric")),
    (121, "204,77,242", QT_TRANSLATE_NOOP("@default", "Industrial or commercial units")),
    (122, "204,0,0", QT_TRANSLATE_NOOP("@default", "Road and rail networks and associated land")),
    (123, "230,204,204", QT_TRANSLATE_NOOP("@default", "Port areas")),
    (124, "230,204,230", QT_TRANSLATE_NOOP("@default", "Airports")),
    (131, "166,0,204", QT_TRANSLATE_NOOP("@default", "Mineral extraction sites")),
    (132, "166,77,0", QT_TRANSLATE_NOOP("@default", "Dump sites")),
    (133, "255,77,255", QT_TRANSLATE_NOOP("@default", "Construction sites")),
    (141, "255,166,255", QT_TRANSLATE_NOOP("@default", "Green urban areas")),
    (142, "255,230,255", QT_TRANSLATE_NOOP("@default", "Sport and leisure facilities")),
    (211, "255,255,168", QT_TRANSLATE_NOOP("@default", "Non-irrigated arable land")),
    (212, "255,255,0", QT_TRANSLATE_NOOP("@default", "Permanently irrigated land")),
    (213, "230,230,0", QT_TRANSLATE_NOOP("@default", "Rice fields")),
    (221, "230,128,0", QT_TRANSLATE_NOOP("@default", "Vineyards")),
    (222, "242,166,77", QT_TRANSLATE_NOOP("@default", "Fruit trees and berry plantations")),
    (223, "230,166,0", QT_TRANSLATE_NOOP("@default", "Olive groves")),
    (231, "230,230,77", QT_TRANSLATE_NOOP("@default", "Pastures")),
    (241, "255,230,166", QT_TRANSLATE_NOOP("@default", "Annual crops associated with permanent crops")),
    (242, "255,230,77", QT_TRANSLATE_NOOP("@default", "Complex cultivation patterns")),
    (243, "230,204,77", QT_TRANSLATE_NOOP(
        "@default", "Land principally occupied by agriculture, with significant areas of natural vegetation")),
    (244, "242,204,166", QT_TRANSLATE_NOOP("@default", "Agro-forestry areas")),
    (311, "128,255,0", QT_TRANSLATE_NOOP("@default", "Broad-leaved forest")),
    (312, "0,166,0", QT_TRANSLATE_NOOP("@default", "Coniferous forest")),
    (313, "77,255,0", QT_TRANSLATE_NOOP("@default", "Mixed forest")),
    (321, "204,242,77", QT_TRANSLATE_NOOP("@default", "Natural grasslands")),
    (322, "166,255,128", QT_TRANSLATE_NOOP("@default", "Moors and heathland")),
    (323, "166,230,77", QT_TRANSLATE_NOOP("@default", "Sclerophyllous vegetation")),
    (324, "166,242,0", QT_TRANSLATE_NOOP("@default", "Transitional woodland-shrub")),
    (331, "230,230,230", QT_TRANSLATE_NOOP("@default", "Beaches, dunes, sands")),
    (332, "204,204,204", QT_TRANSLATE_NOOP("@default", "Bare rocks")),
    (333, "204,255,204", QT_TRANSLATE_NOOP("@default", "Sparsely vegetated areas")),
    (334, "0,0,0", QT_TRANSLATE_NOOP("@default", "Burnt areas")),
    (335, "166,230,204", QT_TRANSLATE_NOOP("@default", "Glaciers and perpetual snow")),
    (411, "166,166,255", QT_TRANSLATE_NOOP("@default", "Inland marshes")),
    (412, "77,77,255", QT_TRANSLATE_NOOP("@default", "Peat bogs")),
    (421, "204,204,255", QT_TRANSLATE_NOOP("@default", "Salt marshes")),
    (422, "230,230,255", QT_TRANSLATE_NOOP("@default", "Salines")),
    (423, "166,166,230", QT_TRANSLATE_NOOP("@default", "Intertidal flats")),
    (511, "0,204,242", QT_TRANSLATE_NOOP("@default", "Water courses")),
    (512, "128,242,230", QT_TRANSLATE_NOOP("@default", "Water bodies")),
    (521, "0,255,166", QT_TRANSLATE_NOOP("@default", "Coastal lagoons")),
    (522, "166,255,230", QT_TRANSLATE_NOOP("@default", "Estuaries")),
    (523, "230,242,255", QT_TRANSLATE_NOOP("@default", "Sea and ocean")),
]
NODATA_INDEX = 48
NODATA_CODE = 999
CODE_FIELD = re.compile(r"^code_?\d{2}$", re.IGNORECASE)


def is_clc(name: str) -> bool:
    """Whether a dataset title or file name is a CORINE Land Cover inventory (not one of its change layers)."""
    lower = name.lower()
    if "change" in lower or re.search(r"(^|[^a-z])cha([^a-z]|$)", lower):
        return False
    return "corine" in lower or re.search(r"(^|[^a-z])clc", lower) is not None


def _colour(rgb):
    return QColor(*(int(v) for v in rgb.split(",")))


def _label(code, name):
    return "{} {}".format(code, tr(name))


def style_raster(layer, clc: bool = False):
    """CLC: the official palette (indices 1-44 or codes 111-523, whichever the raster holds). Otherwise a
    single band gets a colour ramp over its 2-98 % range; several bands keep QGIS's own rendering."""
    provider = layer.dataProvider()
    if clc and layer.bandCount() == 1:
        stats = provider.bandStatistics(1, extent=layer.extent(), sampleSize=250000)  # all statistics
        by_code = stats.maximumValue > NODATA_INDEX
        nodata = NODATA_CODE if by_code else NODATA_INDEX
        if not provider.sourceHasNoDataValue(1):
            provider.setUserNoDataValue(1, [QgsRasterRange(nodata, nodata)])
        classes = [QgsPalettedRasterRenderer.Class(code if by_code else i + 1, _colour(rgb), _label(code, name))
                   for i, (code, rgb, name) in enumerate(CLASSES)]
        layer.setRenderer(QgsPalettedRasterRenderer(provider, 1, classes))
    elif layer.bandCount() == 1:
        low, high = _cumulative_range(layer)
        ramp = QgsStyle.defaultStyle().colorRamp("Viridis")
        shader = QgsColorRampShader(low, high, ramp)
        shader.classifyColorRamp(5, -1, layer.extent(), layer.dataProvider())
        raster_shader = QgsRasterShader()
        raster_shader.setRasterShaderFunction(shader)
        renderer = QgsSingleBandPseudoColorRenderer(provider, 1, raster_shader)
        renderer.setClassificationMin(low)
        renderer.setClassificationMax(high)
        layer.setRenderer(renderer)
    layer.triggerRepaint()


def _cumulative_range(layer):
    low, high = layer.dataProvider().cumulativeCut(1, 0.02, 0.98, layer.extent(), 250000)
    if high <= low:
        stats = layer.dataProvider().bandStatistics(1)  # all statistics
        low, high = stats.minimumValue, stats.maximumValue
    return low, high if high > low else low + 1


def style_vector(layer, clc: bool = False):
    """CLC vectors: categories of the code field in the official colours; others keep QGIS's style."""
    field = next((f.name() for f in layer.fields() if CODE_FIELD.match(f.name())), None) if clc else None
    if field is None:
        return False
    categories = []
    for code, rgb, name in CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": rgb, "outline_style": "no"})
        categories.append(QgsRendererCategory(str(code), symbol, _label(code, name)))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    layer.triggerRepaint()
    return True


def style_layer(layer, clc: bool = False):
    """A downloaded layer's style: a raster by ``style_raster``, a vector by ``style_vector``."""
    from qgis.core import QgsRasterLayer

    (style_raster if isinstance(layer, QgsRasterLayer) else style_vector)(layer, clc=clc)
