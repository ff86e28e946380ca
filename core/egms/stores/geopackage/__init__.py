"""The GeoPackage store (sqlite3 only): the file format, its R-tree, its read-only connection."""
