"""Small GeoTIFFs with planted values for the tests (EPSG:3035)."""
import numpy as np


def write_raster(path, west, north, cell, array, gdal_type, nodata=None):
    """``array`` (rows from the north) as a one-band GeoTIFF at ``path`` from ``west``, ``north`` in cells of
    ``cell`` m; loaded as a raster layer."""
    from osgeo import gdal, osr
    from qgis.core import QgsRasterLayer

    raster = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1, gdal_type)
    raster.SetGeoTransform((west, cell, 0, north, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    raster.SetProjection(srs.ExportToWkt())
    band = raster.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    raster = None
    layer = QgsRasterLayer(str(path), path.stem)
    assert layer.isValid()
    return layer


def cell_centres(west, north, cell, columns, rows=None):
    """The eastings and northings of a grid's cell centres, as two (rows, columns) arrays."""
    x = west + (np.arange(columns) + 0.5) * cell
    y = north - (np.arange(rows or columns) + 0.5) * cell
    return np.meshgrid(x, y)
