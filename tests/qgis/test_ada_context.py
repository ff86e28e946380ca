"""The land beneath active deformation areas from CLMS-like rasters with planted truths: a CORINE Land Cover raster
(its 1-44 indexes) half continuous urban fabric, half arable land, with a quarry; an imperviousness raster (20 m,
255 outside); an elevation model flat but for a hillside of known slope. Each area gets its dominant class and
share, its mean imperviousness and slope, and the interpretation those suggest, with the reasons."""
import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from clms_egms.core.egms.ada_context import context_of, inside
from support.rasters import cell_centres, write_raster

WEST, NORTH, SIDE = 4000000.0, 3000000.0, 10000.0  # a 10 km square, EPSG:3035
CRS = QgsCoordinateReferenceSystem("EPSG:3035")
HILL = (WEST + 6000, WEST + 9000)  # eastings of the hillside: 20 degrees
QUARRY = (WEST + 6000, NORTH - 2000, WEST + 8000, NORTH - 500)  # x0, y0, x1, y1


def write(path, cell, array, gdal_type, nodata=None):
    return write_raster(path, WEST, NORTH, cell, array, gdal_type, nodata)


def centres(cell, n):
    return cell_centres(WEST, NORTH, cell, n)


@pytest.fixture
def rasters(tmp_path):
    from osgeo import gdal

    x, y = centres(100.0, 100)
    clc = np.where(x < WEST + 5000, 1, 12).astype(np.uint8)  # 111 continuous urban fabric | 211 arable land
    clc[(x > QUARRY[0]) & (x < QUARRY[2]) & (y > QUARRY[1]) & (y < QUARRY[3])] = 7  # 131 mineral extraction
    x20, _y20 = centres(20.0, 500)
    sealed = np.where(x20 < WEST + 5000, 80, 0).astype(np.uint8)
    sealed[:, :25] = 255  # the first 500 m: outside the product
    x10, y10 = centres(10.0, 1000)
    slope = np.tan(np.radians(20.0))
    z = 100.0 + np.clip(x10 - HILL[0], 0, HILL[1] - HILL[0]) * slope  # flat, the hillside, flat again above
    return (write(tmp_path / "U2018_CLC2018.tif", 100.0, clc, gdal.GDT_Byte, 48),
            write(tmp_path / "IMD_2018_020m.tif", 20.0, sealed, gdal.GDT_Byte, 255),
            write(tmp_path / "dem.tif", 10.0, z.astype(np.float32), gdal.GDT_Float32))


def square(x0, y0, side):
    return QgsGeometry.fromWkt("MULTIPOLYGON((({a} {b}, {c} {b}, {c} {d}, {a} {d}, {a} {b})))".format(
        a=x0, b=y0, c=x0 + side, d=y0 + side))


def test_each_area_gets_its_land_and_a_suggestion_with_reasons(rasters):
    clc, sealed, dem = rasters
    town = context_of(square(WEST + 1000, NORTH - 6000, 1500), CRS, -1, clc, sealed, dem)
    assert town["clc_code"] == 111 and town["clc_share"] == pytest.approx(1.0)
    assert town["imperv_mean"] == pytest.approx(80.0) and town["slope_mean"] == pytest.approx(0.0, abs=0.1)
    assert town["interpretation"].startswith("urban subsidence")
    assert "Continuous urban fabric (100%)" in town["reasons"] and "imperviousness 80 %" in town["reasons"]

    hillside = context_of(square(HILL[0] + 500, NORTH - 9000, 1500), CRS, -1, clc, sealed, dem)
    assert hillside["clc_code"] == 211 and hillside["slope_mean"] == pytest.approx(20.0, abs=0.5)
    assert hillside["interpretation"].startswith("slope instability") and "20.0°" in hillside["reasons"]

    quarry = context_of(square(QUARRY[0] + 300, QUARRY[1] + 300, 900), CRS, -1, clc, sealed, None)
    assert quarry["clc_code"] == 131 and quarry["interpretation"].startswith("mining")
    assert quarry["slope_mean"] is None

    fields = context_of(square(WEST + 5500, NORTH - 9500, 400), CRS, -1, clc, sealed, dem)
    assert fields["clc_code"] == 211 and fields["imperv_mean"] == pytest.approx(0.0)
    assert fields["interpretation"].startswith("fluid extraction or compaction under farmland")

    # astride the border of town and fields: the larger side dominates, its share said
    astride = context_of(square(WEST + 4300, NORTH - 6000, 1000), CRS, -1, clc, None, None)
    assert astride["clc_code"] == 111 and astride["clc_share"] == pytest.approx(0.7, abs=0.05)
    rising = context_of(square(WEST + 5500, NORTH - 9500, 400), CRS, 1, clc, sealed, dem)
    assert rising["interpretation"].startswith("uplift")


def test_without_land_data_it_says_what_to_add(rasters):
    nothing = context_of(square(WEST + 1000, NORTH - 6000, 1500), CRS, -1)
    assert nothing["clc_code"] is None and nothing["imperv_mean"] is None and nothing["slope_mean"] is None
    assert "add a CLC raster" in nothing["interpretation"]
    clc, sealed, _dem = rasters
    outside = context_of(square(WEST - 50000, NORTH - 6000, 1500), CRS, -1, clc, sealed)  # beyond the rasters
    assert outside["clc_code"] is None and outside["imperv_mean"] is None
    # the imperviousness product's 255 (outside it) is no value: an area over its edge averages the rest
    edge = context_of(square(WEST, NORTH - 6000, 1000), CRS, -1, None, sealed)
    assert edge["imperv_mean"] == pytest.approx(80.0)


def test_inside_follows_holes_and_parts():
    ring = QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4)), "
                               "((20 0, 22 0, 22 2, 20 2, 20 0)))")
    x, y = np.array([1.0, 5.0, 21.0, 15.0]), np.array([1.0, 5.0, 1.0, 1.0])
    assert inside(ring, x, y).tolist() == [True, False, True, False]
