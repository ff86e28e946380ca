"""The plugin's one typed settings object, stored in QgsSettings under ``clms_egms/``.

Every service address is a setting, so the same code talks to the real services on a user's
machine and to the loopback test servers in ``tests/``. Secrets never live here: the CLMS service
key goes to QGIS's authentication database and only its auth config id is kept.
"""
import dataclasses
import os
from dataclasses import dataclass, field, fields

from qgis.core import QgsSettings

PREFIX = "clms_egms/"

DEFAULT_CLMS_URL = "https://land.copernicus.eu"
DEFAULT_EGMS_URL = "https://egms.land.copernicus.eu/insar-api/archive"


def _default_download_folder():
    return os.path.join(os.path.expanduser("~"), "CLMS_EGMS")


@dataclass
class Settings:
    """Plugin settings. ``Settings.load()`` reads them, ``settings.save()`` writes them."""

    clms_api_url: str = DEFAULT_CLMS_URL
    egms_api_url: str = DEFAULT_EGMS_URL
    download_folder: str = field(default_factory=_default_download_folder)
    geopackage_path: str = ""  # empty: <download_folder>/egms.gpkg
    timeout_s: int = 60
    auth_config_id: str = ""  # id of the CLMS service key in QGIS's authentication database
    nuts_file: str = ""  # a GISCO NUTS file (GeoJSON, GeoPackage…) for downloads by region; empty: countries only
    import_store: str = "gpkg"  # where the EGMS tab imports: "gpkg" or "postgis"
    postgis_connection: str = ""  # name of a saved QGIS PostgreSQL connection (credentials stay with QGIS)
    postgis_schema: str = "public"
    max_unpack_gb: int = 50  # the most a downloaded CLMS result may unpack to (with the disk's free space)

    def __post_init__(self):
        if self.timeout_s < 1:
            raise ValueError("timeout_s must be at least 1 second")
        if self.max_unpack_gb < 1:
            raise ValueError("max_unpack_gb must be at least 1")

    @property
    def effective_geopackage_path(self) -> str:
        return self.geopackage_path or os.path.join(self.download_folder, "egms.gpkg")

    @classmethod
    def load(cls, qsettings=None) -> "Settings":
        """Read every field from QgsSettings, falling back to its default where unset or bad."""
        qs = qsettings or QgsSettings()
        defaults = cls()
        values = {}
        for f in fields(cls):
            default = getattr(defaults, f.name)
            raw = qs.value(PREFIX + f.name, default)
            try:
                value = _coerce(raw, f.type)
            except (TypeError, ValueError):
                value = default
            values[f.name] = value
        try:
            return cls(**values)
        except ValueError:
            return defaults

    def save(self, qsettings=None) -> None:
        qs = qsettings or QgsSettings()
        for f in fields(self):
            qs.setValue(PREFIX + f.name, getattr(self, f.name))
        qs.sync()

    def replace(self, **changes) -> "Settings":
        """A copy with some fields changed (validated like a new object)."""
        return dataclasses.replace(self, **changes)


def _coerce(raw, type_):
    if type_ in (int, "int"):
        return int(raw)
    if type_ in (str, "str"):
        return "" if raw is None else str(raw)
    raise TypeError(type_)


STATE = PREFIX + "state/"


def load_state(name: str, default=None, qsettings=None):
    """Something the plugin keeps between sessions (not a setting the user edits), stored as JSON."""
    import json

    raw = (qsettings or QgsSettings()).value(STATE + name, "")
    try:
        return json.loads(raw) if raw else default
    except (TypeError, ValueError, RecursionError):
        return default


def save_state(name: str, value, qsettings=None) -> None:
    import json

    qs = qsettings or QgsSettings()
    qs.setValue(STATE + name, json.dumps(value))
    qs.sync()
