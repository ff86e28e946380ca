"""The CLMS land data that describe the ground beneath an extent (the active deformation areas'): the newest CORINE
Land Cover and Imperviousness Density rasters, and an elevation model where the catalogue offers one to download
(EU-DEM left the CLMS portal for the Copernicus Contributing Missions: the catalogue may have none). Each is found
in the catalogue by its title, asked by area as GeoTIFF in EPSG:3035 where the dataset is offered so, and sent
through core.clms.job's one request lifecycle; the dock follows the requests as any other."""
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..errors import PluginError
from ..i18n import tr
from . import job
from .catalogue import DownloadInfo
from .items import area_item

# kind: (catalogue search text, title pattern with the year as its group, never these words)
KINDS = {
    "clc": ("CORINE Land Cover", re.compile(r"corine land cover\D{0,20}?(\d{4})", re.IGNORECASE),
            re.compile(r"change|backbone|plus|\+|accounting|\d{4}\s*-\s*\d{4}", re.IGNORECASE)),
    "imperviousness": ("Imperviousness Density", re.compile(r"imperviousness density\D{0,20}?(\d{4})", re.IGNORECASE),
                       re.compile(r"change|\d{4}\s*-\s*\d{4}", re.IGNORECASE)),
    "dem": ("elevation", re.compile(r"(?:^|\W)(?:dem|dtm|elevation)(?:\W|$)(?:\D*(\d{4}))?", re.IGNORECASE),
            re.compile(r"hillshade|slope|aspect", re.IGNORECASE)),
}
PREFERRED_CRS = "EPSG:3035"  # the CLMS rasters' own grid: no resampling of class codes
SEARCHED = 50  # datasets read per search (one batch)


@dataclass
class LandChoice:
    """The dataset chosen for one kind of land data and the collection it is asked through."""
    kind: str
    dataset: object
    info: object


def _resolution(info) -> float:
    """A collection's cell size in metres from its name ("Raster 100m", "20m"); large where it does not say."""
    found = re.search(r"(\d+(?:\.\d+)?)\s*m\b", "{} {}".format(info.collection, info.name))
    return float(found.group(1)) if found else 1e9


def raster_collection(dataset) -> Optional[DownloadInfo]:
    """The dataset's GeoTIFF collection, the finest where it has several (imperviousness: 20 m and 100 m); None
    when it has no raster to ask by area."""
    rasters = [i for i in dataset.download_infos if (i.full_format or "").lower() == "geotiff"]
    return min(rasters, key=_resolution) if rasters else None


def newest(datasets: list, kind: str) -> Optional[LandChoice]:
    """The newest dataset of ``kind`` among ``datasets`` (by the year in its title) that can be asked by area as a
    raster and is not a time series."""
    _text, pattern, never = KINDS[kind]
    best = None
    for dataset in datasets:
        found = pattern.search(dataset.title or "")
        info = raster_collection(dataset) if found else None
        if info is None or never.search(dataset.title) or dataset.needs_dates:
            continue
        year = int(found.group(1)) if found.group(1) else 0
        if best is None or year > best[0]:
            best = (year, LandChoice(kind, dataset, info))
    return best[1] if best else None


def choose(api, kinds, feedback=None) -> Tuple[List[LandChoice], List[str]]:
    """The dataset of each of ``kinds`` the catalogue offers; and the kinds it offers none of."""
    chosen, missing = [], []
    for kind in kinds:
        page = api.search(KINDS[kind][0], size=SEARCHED, feedback=feedback)
        choice = newest(page.datasets, kind)
        if choice is None:
            missing.append(kind)
        else:
            chosen.append(choice)
    return chosen, missing


def request_land(api, kinds, bbox, folder: str, feedback=None) -> dict:
    """Ask the CLMS for the land data of ``kinds`` ("clc", "imperviousness", "dem") over ``bbox`` (west, south,
    east, north in degrees), one request a dataset, into ``folder``: {"tracked": the requests to follow,
    "missing": kinds the catalogue offers none of, "refused": {kind: the service's or the check's reason}}."""
    chosen, missing = choose(api, kinds, feedback)
    out = {"tracked": [], "missing": missing, "refused": {}, "titles": {}}
    table = api.format_conversions(feedback) if chosen else None
    for choice in chosen:
        d = choice.dataset
        try:
            offered = api.projections(d.uid, feedback)
            crs = PREFERRED_CRS if PREFERRED_CRS in offered else offered[0]
            item = area_item(d, choice.info, "Geotiff", crs, bbox=bbox, table=table, projections=offered)
            out["tracked"] += job.submit(api, d, [item], folder, feedback)
            out["titles"][choice.kind] = d.title
        except PluginError as exc:
            out["refused"][choice.kind] = str(exc)
    return out


NAMES = {"clc": QT_TRANSLATE_NOOP("@default", "CORINE Land Cover"),
         "imperviousness": QT_TRANSLATE_NOOP("@default", "Imperviousness Density"),
         "dem": QT_TRANSLATE_NOOP("@default", "elevation model")}


def requested_said(outcome: dict) -> str:
    """What the user is told of ``request_land``'s outcome."""
    parts = []
    if outcome["titles"]:
        parts.append(tr("Requested from the CLMS for the areas' extent: {titles}. They land in the project when ready "
                        "(CLMS tab, Requests) and the areas are described again.").format(
            titles=", ".join(outcome["titles"].values())))
    for kind, reason in outcome["refused"].items():
        parts.append(tr("{name} was not requested: {reason}").format(name=tr(NAMES[kind]), reason=reason))
    if "dem" in outcome["missing"]:
        parts.append(tr("The CLMS catalogue offers no elevation model to download by area: add one to the project "
                        "(the Copernicus DEM, for instance) for the slope."))
    for kind in outcome["missing"]:
        if kind != "dem":
            parts.append(tr("The CLMS catalogue offers no {name} raster to download by area.").format(
                name=tr(NAMES[kind])))
    return " ".join(parts)
