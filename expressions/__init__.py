"""The EGMS expression functions QGIS evaluates (field calculator, Select by expression, symbology, Processing):
functions.py registers them, series_cache.py keeps what they read."""
