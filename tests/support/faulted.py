"""Planted truths for profile tests and pictures: velocities with a step across a fault, noise and wild points,
and a DEM made from a function of easting. Shared by tests/qgis/test_profile_plot.py and
tools/screenshots/profile_faults.py."""
import numpy as np


def planted_velocity(base, offset, fault_x, seed):
    """``velocity_fn(x, y)`` for synthetic.write_egms: ``base`` mm/year west of ``fault_x``, ``base + offset`` east of
    it, 1.5 mm/year of noise and 5 % wild values anywhere in ±60."""
    rng = np.random.default_rng(seed)

    def velocity(x, y):
        v = base + offset * (np.asarray(x) > fault_x) + rng.normal(0, 1.5, len(x))
        wild = rng.random(len(x)) < 0.05
        v[wild] = rng.uniform(-60, 60, wild.sum())
        return v
    return velocity


def write_dem(path, west, north, elevation_of_x):
    """A DEM (GeoTIFF, EPSG:3035, 200 x 200 cells of 10 m from ``west``, ``north``), each column's elevation
    ``elevation_of_x(its centre's easting)``; loaded as a raster layer."""
    from osgeo import gdal, osr
    from qgis.core import QgsRasterLayer

    dem = gdal.GetDriverByName("GTiff").Create(path, 200, 200, 1, gdal.GDT_Float32)
    dem.SetGeoTransform((west, 10.0, 0, north, 0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    dem.SetProjection(srs.ExportToWkt())
    x = west + np.arange(200) * 10.0 + 5.0
    dem.GetRasterBand(1).WriteArray(np.tile(elevation_of_x(x), (200, 1)).astype(np.float32))
    dem = None
    return QgsRasterLayer(path, "dem")
