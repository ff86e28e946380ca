"""The land beneath each active deformation area, from CLMS rasters: the dominant CORINE Land Cover class and its
share, the mean imperviousness, the mean slope of an elevation model; and a first suggested interpretation with its
reasons, as ADAclassifier suggests one (urban subsidence, slope instability, mining, soft soils, farmland
extraction, uplift). A suggestion to check, never a finding: the reasons say what it rests on."""
from typing import Optional

import numpy as np
from qgis.core import Qgis, QgsCoordinateTransform, QgsProject, QgsRectangle

from ..clms.clc import CLASSES
from ..i18n import tr
from .ada import in_ring

MAX_CELLS = 2_000_000  # of a raster read for one area; a larger area is read coarser
CONTEXT_FIELDS = ("clc_code", "clc_class", "clc_share", "imperv_mean", "slope_mean", "interpretation", "reasons")
_DTYPES = {Qgis.DataType.Byte: np.uint8, Qgis.DataType.UInt16: np.uint16, Qgis.DataType.Int16: np.int16,
           Qgis.DataType.UInt32: np.uint32, Qgis.DataType.Int32: np.int32, Qgis.DataType.Float32: np.float32,
           Qgis.DataType.Float64: np.float64}
CODE_OF_INDEX = {i + 1: code for i, (code, _rgb, _name) in enumerate(CLASSES)}  # CLC rasters index 1-44
NAME_OF_CODE = {code: name for code, _rgb, name in CLASSES}
SLOPE_UNSTABLE = 10.0  # degrees of mean slope from which slope instability is suggested
URBAN_IMPERVIOUS = 30.0  # % of sealed ground from which an area is urban


def inside(polygon, x, y) -> np.ndarray:
    """Which points (x, y) lie inside ``polygon`` (a QgsGeometry, single or multi, holes apart)."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    found = np.zeros(len(x), dtype=bool)
    parts = polygon.asMultiPolygon() if polygon.isMultipart() else [polygon.asPolygon()]
    for part in parts:
        for ring in part:  # the outer ring, then its holes: each crossing flips
            found ^= in_ring(x, y, [(p.x(), p.y()) for p in ring])
    return found


def cells_of(raster, polygon, polygon_crs, margin: int = 0) -> Optional[dict]:
    """The cells of ``raster``'s first band under ``polygon`` (a QgsGeometry in ``polygon_crs``): {"values" (2-D
    float, NaN for no data), "mask" (cell centres inside), "dx", "dy" (cell size in the raster's units), "crs"};
    ``margin`` cells more on each side (for a slope). None where they do not overlap."""
    shape = polygon.__class__(polygon)
    if polygon_crs != raster.crs():
        shape.transform(QgsCoordinateTransform(polygon_crs, raster.crs(), QgsProject.instance()))
    full, box = raster.extent(), shape.boundingBox()
    dx, dy = raster.rasterUnitsPerPixelX(), raster.rasterUnitsPerPixelY()
    if not box.intersects(full) or dx <= 0 or dy <= 0:
        return None
    # aligned on the raster's grid, margin cells more, within the raster
    x0 = max(full.xMinimum(), full.xMinimum() + (np.floor((box.xMinimum() - full.xMinimum()) / dx) - margin) * dx)
    x1 = min(full.xMaximum(), full.xMinimum() + (np.ceil((box.xMaximum() - full.xMinimum()) / dx) + margin) * dx)
    y1 = min(full.yMaximum(), full.yMaximum() - (np.floor((full.yMaximum() - box.yMaximum()) / dy) - margin) * dy)
    y0 = max(full.yMinimum(), full.yMaximum() - (np.ceil((full.yMaximum() - box.yMinimum()) / dy) + margin) * dy)
    cols, rows = max(1, int(round((x1 - x0) / dx))), max(1, int(round((y1 - y0) / dy)))
    if cols * rows > MAX_CELLS:  # coarser: the provider resamples to the size asked
        factor = np.sqrt(cols * rows / MAX_CELLS)
        cols, rows = max(1, int(cols / factor)), max(1, int(rows / factor))
        dx, dy = (x1 - x0) / cols, (y1 - y0) / rows
    provider = raster.dataProvider()
    block = provider.block(1, QgsRectangle(x0, y0, x1, y1), cols, rows)
    dtype = _DTYPES.get(block.dataType())
    if dtype is None or not block.isValid():
        return None
    values = np.frombuffer(bytes(block.data()), dtype=dtype, count=cols * rows).reshape(rows, cols).astype(np.float64)
    nodata = [provider.sourceNoDataValue(1)] if provider.sourceHasNoDataValue(1) else []
    if block.hasNoDataValue():
        nodata.append(block.noDataValue())
    for value in nodata:
        values[values == value] = np.nan
    cx = x0 + (np.arange(cols) + 0.5) * dx
    cy = y1 - (np.arange(rows) + 0.5) * dy
    gx, gy = np.meshgrid(cx, cy)
    mask = inside(shape, gx.ravel(), gy.ravel()).reshape(rows, cols)
    return {"values": values, "mask": mask, "dx": dx, "dy": dy, "crs": raster.crs(), "centre_y": (y0 + y1) / 2}


def land_cover(cells) -> tuple:
    """(dominant CLC code, its share of the area's cells with a class) of a CLC raster's cells (1-44 indexes or
    111-523 codes); (None, nan) without any."""
    values = cells["values"][cells["mask"]]
    values = values[np.isfinite(values)].astype(np.int64)
    codes = np.array([CODE_OF_INDEX.get(v, v) for v in values], dtype=np.int64)
    codes = codes[np.isin(codes, list(NAME_OF_CODE))]
    if not len(codes):
        return None, float("nan")
    found, counts = np.unique(codes, return_counts=True)
    return int(found[np.argmax(counts)]), float(counts.max() / len(codes))


def mean_inside(cells) -> float:
    values = cells["values"][cells["mask"]]
    values = values[np.isfinite(values)]
    return float(values.mean()) if len(values) else float("nan")


def mean_slope(cells) -> float:
    """The mean slope (degrees) of an elevation model's cells inside the area (read with a margin of one cell):
    numpy's central differences, the cell size in metres (degrees of a geographic DEM converted at its
    latitude)."""
    z = cells["values"]
    dx, dy = cells["dx"], cells["dy"]
    if cells["crs"].isGeographic():
        dx, dy = dx * 111320.0 * np.cos(np.radians(cells["centre_y"])), dy * 110540.0
    if z.shape[0] < 2 or z.shape[1] < 2:
        return float("nan")
    gy, gx = np.gradient(z, dy, dx)
    slope = np.degrees(np.arctan(np.hypot(gx, gy)))[cells["mask"]]
    slope = slope[np.isfinite(slope)]
    return float(slope.mean()) if len(slope) else float("nan")


def interpretation(sign: int, code: Optional[int], share: float, imperviousness: float, slope: float) -> tuple:
    """(a first suggested interpretation, its reasons) of an area moving ``sign`` (-1 down/away, +1 up/towards)
    over land of dominant CLC ``code`` (its ``share``), ``imperviousness`` (%) and mean ``slope`` (degrees); NaN
    or None where unknown."""
    reasons = []
    if code is not None:
        reasons.append(tr("land cover: {name} ({share:.0%})").format(name=tr(NAME_OF_CODE[code]), share=share))
    if imperviousness == imperviousness:
        reasons.append(tr("imperviousness {v:.0f} %").format(v=imperviousness))
    if slope == slope:
        reasons.append(tr("mean slope {v:.1f}°").format(v=slope))
    reasons.append(tr("moving down or away") if sign < 0 else tr("moving up or towards"))
    if code in (131, 132):
        return tr("mining, quarrying or a dump settling"), reasons
    if slope == slope and slope >= SLOPE_UNSTABLE:
        return tr("slope instability (landslide or creep)"), reasons
    urban = code is not None and code // 100 == 1 or (imperviousness == imperviousness
                                                      and imperviousness >= URBAN_IMPERVIOUS)
    if sign < 0 and urban:
        return tr("urban subsidence (loading, compaction, groundwater)"), reasons
    if sign < 0 and code is not None and code // 100 == 4:
        return tr("compaction of soft soils (peat, wetland)"), reasons
    if sign < 0 and code is not None and code // 100 == 2:
        return tr("fluid extraction or compaction under farmland (groundwater)"), reasons
    if sign > 0:
        return tr("uplift (swelling clays, fluid injection, volcanic or tectonic)"), reasons
    if code is None and imperviousness != imperviousness and slope != slope:
        return tr("no land data: add a CLC raster, imperviousness or a DEM to the project"), reasons[-1:]
    return tr("not explained by the land: look at the geology"), reasons


def context_of(polygon, polygon_crs, sign: int, clc=None, imperviousness=None, dem=None) -> dict:
    """The land beneath one area (a QgsGeometry in ``polygon_crs``) from the rasters given (QgsRasterLayer or
    None): {CONTEXT_FIELDS: value}, NaN/None where a raster is missing or does not cover it."""
    code, share, sealed, slope = None, float("nan"), float("nan"), float("nan")
    if clc is not None:
        cells = cells_of(clc, polygon, polygon_crs)
        if cells is not None:
            code, share = land_cover(cells)
    if imperviousness is not None:
        cells = cells_of(imperviousness, polygon, polygon_crs)
        if cells is not None:
            values = cells["values"]
            values[values > 100] = np.nan  # 254/255: outside, unclassifiable
            sealed = mean_inside(cells)
    if dem is not None:
        cells = cells_of(dem, polygon, polygon_crs, margin=1)
        if cells is not None:
            slope = mean_slope(cells)
    suggested, reasons = interpretation(sign, code, share, sealed, slope)
    return {"clc_code": code, "clc_class": tr(NAME_OF_CODE[code]) if code is not None else None,
            "clc_share": None if share != share else round(share, 3),
            "imperv_mean": None if sealed != sealed else round(sealed, 1),
            "slope_mean": None if slope != slope else round(slope, 2),
            "interpretation": suggested, "reasons": "; ".join(reasons)}
