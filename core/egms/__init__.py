"""EGMS data: file formats, import into GeoPackage, time-series storage and reading.

Python API (usable from the QGIS Python console)::

    from clms_egms.core.egms import import_egms, read_series
    result = import_egms(["/data/EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"], "/data/egms.gpkg")
    print(result.summary())
    dates, mm = read_series("/data/egms.gpkg", "egms_l2b_2020_2024", "166ax5Ofja")
"""
from .formats import EgmsFileName, parse_file_name  # noqa: F401
from .importer import ImportResult, import_egms  # noqa: F401
from .stores.geopackage.reader import read_series  # noqa: F401
