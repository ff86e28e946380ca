"""NUTS regions for downloads by region: the countries (NUTS 0) come with the plugin; every level, with
boundaries, from a Eurostat GISCO file the user points to (NUTS_RG_*_2021_*_LEVL_*.geojson or a file of all
levels, fields NUTS_ID, LEVL_CODE, NAME_LATN). Boundaries © EuroGeographics for the administrative boundaries.
"""
from dataclasses import dataclass

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

from ..errors import PluginError
from ..i18n import tr

# NUTS 2021 level 0 (NAME_LATN as GISCO writes them)
COUNTRIES = {
    "AL": "Shqipëria", "AT": "Österreich", "BE": "Belgique/België", "BG": "Bulgaria", "CH": "Schweiz/Suisse/Svizzera",
    "CY": "Kýpros", "CZ": "Česko", "DE": "Deutschland", "DK": "Danmark", "EE": "Eesti", "EL": "Elláda",
    "ES": "España", "FI": "Suomi/Finland", "FR": "France", "HR": "Hrvatska", "HU": "Magyarország",
    "IE": "Éire/Ireland", "IS": "Ísland", "IT": "Italia", "LI": "Liechtenstein", "LT": "Lietuva",
    "LU": "Luxembourg", "LV": "Latvija", "ME": "Crna Gora", "MK": "Severna Makedonija", "MT": "Malta",
    "NL": "Nederland", "NO": "Norge", "PL": "Polska", "PT": "Portugal", "RO": "România", "RS": "Srbija",
    "SE": "Sverige", "SI": "Slovenija", "SK": "Slovensko", "TR": "Türkiye",
}
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass
class Region:
    code: str
    name: str
    level: int
    geometry: object = None  # QgsGeometry in EPSG:4326, when the regions came from a GISCO file

    @property
    def label(self) -> str:
        return "{} – {}".format(self.code, self.name)


class NutsIndex:
    """The regions to choose from, searchable by code and name."""

    def __init__(self, regions=None, source=""):
        self.regions = regions if regions is not None else [Region(c, n, 0) for c, n in sorted(COUNTRIES.items())]
        self.source = source
        self._by_code = {r.code: r for r in self.regions}

    @classmethod
    def from_gisco(cls, path: str) -> "NutsIndex":
        layer = QgsVectorLayer(path, "nuts", "ogr")
        if not layer.isValid():
            raise PluginError(tr("{file} cannot be read as a vector file.").format(file=path))
        names = layer.fields().names()
        if "NUTS_ID" not in names:
            raise PluginError(tr("{file} is not a GISCO NUTS file (it has no NUTS_ID field).").format(file=path))
        name_field = next((f for f in ("NAME_LATN", "NUTS_NAME", "NAME") if f in names), "NUTS_ID")
        transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
        regions = []
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if not geometry.isEmpty():
                geometry.transform(transform)
            code = str(feature["NUTS_ID"])
            level = int(feature["LEVL_CODE"]) if "LEVL_CODE" in names and feature["LEVL_CODE"] is not None \
                else len(code) - 2
            regions.append(Region(code, str(feature[name_field]), level, geometry))
        if not regions:
            raise PluginError(tr("{file} holds no NUTS region.").format(file=path))
        return cls(sorted(regions, key=lambda r: r.code), path)

    def labels(self) -> list:
        return [r.label for r in self.regions]

    def find(self, text: str):
        """The region a label, a code or an exact name designates; None when there is none."""
        text = (text or "").strip()
        code = text.split(" – ")[0].strip().upper()
        if code in self._by_code:
            return self._by_code[code]
        return next((r for r in self.regions if r.name.lower() == text.lower()), None)

    def matching(self, text: str, limit: int = 50) -> list:
        """Regions whose code starts with, or whose name contains, ``text`` (for type-ahead)."""
        text = text.strip().lower()
        hits = [r for r in self.regions if r.code.lower().startswith(text) or text in r.name.lower()]
        return hits[:limit]
