"""The PostGIS store (psycopg2, a saved QGIS connection)."""
