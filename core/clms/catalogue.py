"""What the CLMS catalogue says about a dataset, read from its @search items (Plone REST, fullobjects).

Field names are those of the site's DataSet type (eea clms.types): ``geographicCoverage``,
``geographicBoundingBox``, ``qualitySpatialResolution_line``, ``temporalExtentStart``/``End``,
``temporalCoverage``, ``gemetInspireThemes``, ``coordinateReferenceSystemList``, ``distribution_format_list``,
``mapviewer_viewservice``, ``mapviewer_layers``, ``mapviewer_istimeseries``, ``dataset_download_information``,
``downloadable_files``, ``download_limit_temporal_extent``. Every field may be missing or empty.
"""
import re
from typing import List, Optional, Tuple
from dataclasses import dataclass, field

from ..errors import PluginError
from ..i18n import tr

# The product families the catalogue filter offers: (familyTitle as the site indexes it, the products/ folder)
FAMILIES = [
    ("CORINE Land Cover", "corine-land-cover"),
    ("High Resolution Layer Imperviousness", "high-resolution-layer-imperviousness"),
    ("High Resolution Layer Tree Cover Density", "high-resolution-layer-tree-cover-density"),
    ("Urban Atlas", "urban-atlas"),
    ("Riparian Zones", "riparian-zones"),
    ("High Resolution Snow and Ice Monitoring", "high-resolution-snow-and-ice-monitoring"),
    ("High Resolution Vegetation Phenology and Productivity", "high-resolution-vegetation-phenology-and-productivity"),
    ("Water and Ice", "water-and-ice"),
    ("European Ground Motion Service", "european-ground-motion-service"),
]


# The catalogue filters: what the user picks, and the index values sent for it. The site indexes what eea/clms.types
# indexers compute (indexers/spatial_resolution.py, temporal_extent.py, distribution_format_list.py), not the
# labels it shows: spatial_resolution holds bare metres ("10 m" -> "10"; the indexer strips the letters k and m,
# so "1 km" is indexed "1"), temporal_extent integer years, distribution_format_list normalised names (GTiff ->
# GeoTIFF, netCDF -> NetCDF). Several values for one choice are sent as one list (any of them matches).
RESOLUTION_FILTER = {"10 m": ["10"], "20 m": ["20"], "100 m": ["100"], "500 m": ["500"], "1 km": ["1000", "1"]}
FORMAT_NAMES = {"GTiff": "GeoTIFF", "netCDF": "NetCDF"}  # as the index normalises them
FORMAT_FILTER = {"GeoTIFF": ["GeoTIFF", "Geotiff"], "NetCDF": ["NetCDF", "Netcdf"], "GPKG": ["GPKG"],
                 "Shapefile": ["Shapefile"], "GeoJSON": ["Geojson", "GeoJSON"], "GDB": ["GDB"]}
# the INSPIRE themes the catalogue's gemetInspireThemes filter offers for CLMS data
THEMES = ["Land cover", "Land use", "Orthoimagery", "Hydrography", "Elevation", "Natural risk zones",
          "Habitats and biotopes"]


def facet_values(querystring: list, index: str) -> List[Tuple[str, str]]:
    """The choices the site offers for a catalogue ``index``, as (value sent, title shown) sorted by title, from
    its @querystring answer (plone.restapi: {"indexes": {name: {"values": {token: {"title": …}}}}}); empty when
    it does not tell. familyTitle is indexed by the keys of the product-family taxonomy (eea/clms.types,
    vocabularies/dataset_all_family_titles.py, the querystring field of registry/collection.xml), which only
    the site knows: its titles read "Product > Family"."""
    indexes = querystring.get("indexes") if isinstance(querystring, dict) else None
    values = (indexes.get(index) or {}).get("values") if isinstance(indexes, dict) else None
    if not isinstance(values, dict):
        return []
    choices = [(str(token), _text(v.get("title")) if isinstance(v, dict) else str(token))
               for token, v in values.items() if str(token).strip()]
    return sorted(((token, title or token) for token, title in choices), key=lambda c: c[1].lower())


def filter_params(filters: dict) -> dict:
    """Query parameters for the catalogue filters ``filters`` (index name -> the choice shown to the user)."""
    params = []
    for name, value in filters.items():
        if not value:
            continue
        if name == "spatial_resolution":
            params += [(name, v) for v in RESOLUTION_FILTER.get(value, [value])]
        elif name == "distribution_format_list":
            params += [(name, v) for v in FORMAT_FILTER.get(value, [value])]
        elif name == "temporal_extent":
            params.append(("temporal_extent:int", str(int(value))))  # Zope makes an integer of ":int" fields
        else:
            params.append((name, value))
    return params


@dataclass
class DownloadInfo:
    """One collection of a dataset, the way to download it by area (a ``dataset_download_information`` item:
    CLC 2018 has its vector GDB and its GeoTIFF raster, imperviousness its 20 m and 100 m)."""
    id: str
    name: str = ""
    full_format: str = ""  # the token the service compares ("Geotiff", "GDB"), even where it sent {token, title}
    full_source: str = ""
    collection: str = ""
    layers: list = field(default_factory=list)

    @property
    def label(self) -> str:
        """The collection as the user picks it: its name, collection and format ("RASTER · 100m · Geotiff")."""
        parts = [self.name.strip(), self.collection.strip(), self.full_format]
        seen = []
        for p in parts:
            if p and p.lower() not in [s.lower() for s in seen]:
                seen.append(p)
        return " · ".join(seen) or self.id


@dataclass
class PrepackagedFile:
    """A ready-made file of the dataset (a ``downloadable_files`` item)."""
    id: str
    title: str = ""
    area: str = ""
    year: str = ""
    version: str = ""
    resolution: str = ""
    type: str = ""
    format: str = ""
    size: str = ""

    @property
    def name(self) -> str:
        """The file as the user picks it (its title: "u2018_clc2018_v2020_20u1_raster100m")."""
        return self.title or self.area or self.id

    @property
    def details(self) -> str:
        """What else the service says of it ("2018 · Geotiff · 100 m · 187 MB")."""
        return " · ".join(p for p in (self.year, self.format, self.resolution, self.size) if p)

    @property
    def label(self) -> str:
        return " · ".join(p for p in (self.name, self.details) if p)


@dataclass
class Dataset:
    uid: str
    title: str
    url: str = ""  # the product page
    description: str = ""
    family: str = ""
    resolution: str = ""
    formats: list = field(default_factory=list)
    projections: list = field(default_factory=list)
    temporal_start: str = ""
    temporal_end: str = ""
    temporal_years: list = field(default_factory=list)
    coverage: str = ""
    bbox: tuple = None  # (west, south, east, north) in degrees
    inspire_themes: list = field(default_factory=list)
    download_infos: list = field(default_factory=list)
    files: list = field(default_factory=list)
    view_service: str = ""
    view_layers: list = field(default_factory=list)  # (id, title)
    is_time_series: bool = False
    temporal_limit_days: int = 0
    raw: dict = field(default_factory=dict, repr=False)

    @property
    def downloadable(self) -> bool:
        return bool(self.download_infos or self.files)

    @property
    def temporal_text(self) -> str:
        if self.temporal_start or self.temporal_end:
            return "{} – {}".format(_date(self.temporal_start) or "…", _date(self.temporal_end) or "…")
        return ", ".join(self.temporal_years)

    @property
    def needs_dates(self) -> bool:
        """Whether a request by area must carry dates: the download tool requires a TemporalFilter on time series
        only (eea/clms.downloadtool datarequest_post/post.py, MISSING_TEMPORAL). A day limit alone does not: the
        schema gives every dataset 30 days by default (clms.types data_set.py), CORINE included."""
        return self.is_time_series

    def collection(self, choice=None) -> Optional["DownloadInfo"]:
        """The collection (DownloadInfo) ``choice`` names: its index (an int or digits), its id, or its label,
        name or collection (case aside); the first when ``choice`` is empty. A PluginError lists the ones there
        are when none matches."""
        if not self.download_infos:
            raise PluginError(tr("{dataset} cannot be downloaded by area.").format(dataset=self.title))
        text = str(choice if choice is not None else "").strip()
        if not text:
            return self.download_infos[0]
        if text.isdigit() and int(text) < len(self.download_infos):
            return self.download_infos[int(text)]
        wanted = text.lower()
        for info in self.download_infos:
            if wanted in (info.id.lower(), info.label.lower(), info.name.strip().lower(),
                          info.collection.strip().lower()):
                return info
        raise PluginError(tr("{dataset} has no collection “{choice}”: choose one of {choices} (or its number, from "
                             "0).").format(dataset=self.title, choice=text,
                                           choices="; ".join(i.label for i in self.download_infos)))


def _items(value):
    """The objects of a list field (or of its {"items": [...]} form); anything else in it is left out."""
    if isinstance(value, dict):
        value = value.get("items", [])
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _text(value):
    """Text for display: RichText ({"data": "<p>…</p>", "content-type": …}) without its tags, a vocabulary
    term ({"token": …, "title": …}) as its title, a list as its items joined."""
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, dict):
        value = value.get("data") if "data" in value else value.get("title") or value.get("token") or ""
    if value is None:
        return ""
    return re.sub(r"<[^>]+>", "", str(value)).strip()


def token(value) -> str:
    """A vocabulary field's token: the server compares ``{"title": "GDB", "token": "GDB"}`` by its token
    (clms.downloadtool datarequest_post/utils.py, get_full_dataset_format); a plain string as it is."""
    if isinstance(value, dict):
        value = value.get("token") or value.get("title") or ""
    return str(value or "").strip()


def _strings(value):
    if isinstance(value, str):
        return [value] if value else []
    out = []
    for v in value or []:
        if isinstance(v, dict):
            v = v.get("title") or v.get("token") or v.get("value") or ""
        if v:
            out.append(str(v))
    return out


def _date(value):
    return str(value or "")[:10]


def _bbox(value):
    for item in _items(value):
        try:
            w, s = float(item["west"]), float(item["south"])
            e, n = float(item["east"]), float(item["north"])
        except (KeyError, TypeError, ValueError):
            continue
        return (min(w, e), min(s, n), max(w, e), max(s, n))
    return None


def _coverage(value):
    if isinstance(value, dict):
        names = [g.get("label") or g.get("title") or "" for g in _items(value.get("geolocation", value))]
        return ", ".join(n for n in names if n)
    return _text(value)


def family_of(item: dict) -> str:
    """The product family: the item's familyTitle, else the products/<family>/ folder of its address."""
    if item.get("familyTitle"):
        return _text(item["familyTitle"])  # a vocabulary term in full items: {"token": …, "title": …}
    m = re.search(r"/products/([^/]+)/", item.get("@id", ""))
    if not m:
        return ""
    for title, slug in FAMILIES:
        if slug == m.group(1):
            return title
    return m.group(1).replace("-", " ").capitalize()


def page_url(api_id: str) -> str:
    """The product page of an API address (https://land.copernicus.eu/api/en/products/… → /en/products/…)."""
    return re.sub(r"/api/", "/", api_id, count=1)


def is_placeholder(f: dict) -> bool:
    """A ``downloadable_files`` row that is not a file: the server takes a FileID only where the row has a path
    and a source (datarequest_post, process_file_id: "the FileID is not valid" otherwise). A row that names
    neither key is kept (the catalogue may not show them)."""
    return ("path" in f or "source" in f) and not (str(f.get("path") or "").strip()
                                                   and str(f.get("source") or "").strip())


def _file(f):
    def get(key):
        return str(f.get(key) or "")
    return PrepackagedFile(get("@id"), get("title") or get("file"), get("area"), get("year"), get("version"),
                           get("resolution"), get("type"), get("format"), get("size"))


def parse_dataset(item: dict) -> "Dataset":
    """A Dataset from one @search item (with fullobjects) or one object read from its address."""
    infos = []
    for d in _items(item.get("dataset_download_information")):
        layers = d.get("layers") or []
        infos.append(DownloadInfo(str(d.get("@id", "")), _text(d.get("name")), token(d.get("full_format")),
                                  token(d.get("full_source")), _text(d.get("collection")),
                                  [str(x) for x in layers] if isinstance(layers, list) else []))
    files = [_file(f) for f in _items(item.get("downloadable_files")) if f.get("@id") and not is_placeholder(f)]
    layers = [(str(x.get("id", "")), str(x.get("title") or x.get("id", ""))) for x in
              _items(item.get("mapviewer_layers")) if isinstance(x, dict) and x.get("id") and not x.get("hide")]
    formats = ([FORMAT_NAMES.get(f, f) for f in _strings(item.get("distribution_format_list"))]
               or sorted({i.full_format for i in infos if i.full_format}))
    if not formats and token(item.get("dataset_full_format")):
        formats = [token(item["dataset_full_format"])]
    try:
        limit = int(item.get("download_limit_temporal_extent") or 0)
    except (TypeError, ValueError):
        limit = 0
    return Dataset(
        uid=str(item.get("UID", "")), title=_text(item.get("title")), url=page_url(str(item.get("@id", ""))),
        description=_text(item.get("description")) or _text(item.get("dataResourceAbstract")),
        family=family_of(item), resolution=_text(item.get("qualitySpatialResolution_line")),
        formats=formats, projections=_strings(item.get("coordinateReferenceSystemList")),
        temporal_start=_date(item.get("temporalExtentStart")), temporal_end=_date(item.get("temporalExtentEnd")),
        temporal_years=_strings(item.get("temporalCoverage")), coverage=_coverage(item.get("geographicCoverage")),
        bbox=_bbox(item.get("geographicBoundingBox")), inspire_themes=_strings(item.get("gemetInspireThemes")),
        download_infos=infos, files=files, view_service=str(item.get("mapviewer_viewservice") or "").strip(),
        view_layers=layers, is_time_series=bool(item.get("mapviewer_istimeseries")), temporal_limit_days=limit,
        raw=item)


def view_layer_kind(url: str) -> str:
    """How the web viewer reads a view service address: "arcgismapserver", "wms", "wmts" or "arcgisfeatureserver"."""
    lower = url.lower().rstrip("/")
    if lower.endswith("mapserver") or lower.endswith("imageserver"):
        return "arcgismapserver"
    if "wmts" in lower:
        return "wmts"
    if "wms" in lower:
        return "wms"
    return "arcgisfeatureserver"
