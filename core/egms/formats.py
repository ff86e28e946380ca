"""What EGMS files look like: file names, CSV columns of every release, the XML header."""
import datetime
import re
# the EGMS XML headers are small local files of the service
import xml.etree.ElementTree as ET  # nosec B405
from dataclasses import dataclass
from typing import List, Optional

import numpy as np

from ..errors import PluginError
from ..i18n import tr

DATE_RE = re.compile(r"^\d{8}$")

_L2_RE = re.compile(
    r"^EGMS_(?P<level>L2[ab])_(?P<track>\d{3})_(?P<burst>\d{4})_(?P<swath>IW[123])_(?P<pol>VV|VH|HH|HV)"
    r"(?:_(?P<y0>\d{4})_(?P<y1>\d{4})_(?P<sub>\d+))?$", re.IGNORECASE)
_L3_RE = re.compile(
    r"^EGMS_(?P<level>L3)_(?P<tile>E\d{2}N\d{2})_100km_(?P<component>[UE])"
    r"(?:_(?P<y0>\d{4})_(?P<y1>\d{4})_(?P<sub>\d+))?$", re.IGNORECASE)

FIRST_RELEASE = "2015-2021"  # files of the first release carry no year suffix


@dataclass(frozen=True)
class EgmsFileName:
    stem: str
    level: str  # "L2a", "L2b" or "L3"
    release: str  # "2020-2024"
    sub_release: int
    track: int = None
    burst: int = None
    swath: str = None
    polarisation: str = None
    tile: str = None
    component: str = None  # "U" or "E" for L3

    @property
    def dataset_key(self) -> str:
        """Files that share this key go into one layer: level, component and release."""
        parts = [self.level.lower()] + ([self.component.lower()] if self.component else [])
        return "egms_" + "_".join(parts + [self.release.replace("-", "_")])


def parse_file_name(name: str) -> Optional["EgmsFileName"]:
    """Parse an EGMS file name (with or without .zip/.csv); None when it is not one."""
    stem = re.sub(r"\.(zip|csv|xml|tiff?)$", "", name.rsplit("/", 1)[-1], flags=re.IGNORECASE)
    m = _L2_RE.match(stem)
    if m:
        return EgmsFileName(stem, "L2" + m["level"][-1].lower(), _release(m), int(m["sub"] or 1),
                            track=int(m["track"]), burst=int(m["burst"]), swath=m["swath"].upper(),
                            polarisation=m["pol"].upper())
    m = _L3_RE.match(stem)
    if m:
        return EgmsFileName(stem, "L3", _release(m), int(m["sub"] or 1), tile=m["tile"].upper(),
                            component=m["component"].upper())
    return None


def _release(m):
    return "{}-{}".format(m["y0"], m["y1"]) if m["y0"] else FIRST_RELEASE


# Columns, by their newest names; older releases' names map onto them.
ALIASES = {"height": "height_ortho", "height_wgs84": "height_ellipse", "rmse": "rmse_ts"}
INTEGER_COLUMNS = {"mp_type", "line", "pixel", "cluster_label"}
L2_COLUMNS = ["pid", "mp_type", "latitude", "longitude", "easting", "northing", "height_ortho", "height_ellipse",
              "line", "pixel", "rmse_ts", "temporal_coherence", "amplitude_dispersion", "incidence_angle",
              "track_angle", "los_east", "los_north", "los_up", "mean_velocity", "mean_velocity_std",
              "acceleration", "acceleration_std", "seasonality", "seasonality_std", "gnss_velocity"]
L2A_EXTRA = ["cluster_label"]
L3_COLUMNS = ["pid", "easting", "northing", "height_ortho", "rmse_ts", "mean_velocity", "mean_velocity_std",
              "acceleration", "acceleration_std", "seasonality", "seasonality_std", "gnss_velocity_n",
              "gnss_velocity_e", "gnss_velocity_u"]
REQUIRED = ["pid", "easting", "northing", "mean_velocity"]


def canonical(column: str) -> str:
    column = column.strip().lower()
    return ALIASES.get(column, column)


def layer_columns(level: str) -> List[str]:
    """The attribute columns of a layer of this level, in order (pid first)."""
    if level == "L3":
        return list(L3_COLUMNS)
    return L2_COLUMNS + (L2A_EXTRA if level == "L2a" else [])


@dataclass
class CsvLayout:
    """Where things are in one CSV: attribute columns (canonical names) and the date columns."""
    attributes: list  # canonical names, in file order
    dates: list  # "yyyymmdd", in file order
    first_date_index: int


def csv_layout(header_line: str, file_label: str) -> "CsvLayout":
    """Read the header line; raise PluginError naming the file when it is not an EGMS CSV."""
    names = [c.strip() for c in header_line.lstrip("\ufeff").rstrip("\r\n").split(",")]
    if names and names[-1] == "":
        names = names[:-1]
    if not names or names == [""]:
        raise PluginError(tr("{file} is empty.").format(file=file_label))
    date_idx = [i for i, n in enumerate(names) if DATE_RE.match(n)]
    attrs = [canonical(n) for n in names if not DATE_RE.match(n)]
    if "pid" not in attrs or not date_idx:
        raise PluginError(tr("{file} is not an EGMS file: it has no 'pid' column or no date columns (yyyymmdd).")
                          .format(file=file_label))
    first = date_idx[0]
    if date_idx != list(range(first, len(names))):
        raise PluginError(tr("{file} is not laid out as an EGMS file: the date columns must come last.")
                          .format(file=file_label))
    if attrs[0] != "pid":
        raise PluginError(tr("{file} is not laid out as an EGMS file: 'pid' must be the first column.")
                          .format(file=file_label))
    dates = names[first:]
    for i, text in enumerate(dates):
        try:
            valid = datetime.date(int(text[:4]), int(text[4:6]), int(text[6:])) >= datetime.date(1990, 1, 1)
        except ValueError:
            valid = False
        if not valid or (i and text <= dates[i - 1]):
            raise PluginError(tr("{file} is not an EGMS file: its date column “{column}” is not a date (yyyymmdd) "
                                 "after the one before it.").format(file=file_label, column=text))
    missing = [c for c in REQUIRED if c not in attrs]
    if missing:
        raise PluginError(tr("{file} lacks required columns: {columns}.").format(file=file_label,
                                                                                  columns=", ".join(missing)))
    return CsvLayout(attrs, names[first:], first)


def read_header_xml(data: bytes) -> dict:
    """The XML header (<BURST> or <TILE>) as a flat dict; reference/dataset images as lists of ids."""
    try:
        root = ET.fromstring(data)  # nosec B314
    except ET.ParseError:
        return {}
    out = {"kind": root.tag}
    for child in root:
        images = child.findall("image")
        if images:
            out[child.tag + "_images"] = [(img.findtext("product_id") or "").strip() for img in images]
        elif len(child):
            for sub in child:
                out[child.tag + "_" + sub.tag] = (sub.text or "").strip()
        else:
            out[child.tag] = (child.text or "").strip()
    return out


def directions(track_angles) -> list:
    """ASCENDING or DESCENDING (None where unknown) from the satellite heading, degrees from north:
    Sentinel-1 heads about 350° on ascending passes and about 190° on descending ones."""
    heading = np.mod(np.asarray(track_angles, dtype=np.float64), 360.0)
    out = np.where((heading > 90.0) & (heading < 270.0), "DESCENDING", "ASCENDING").astype(object)
    out[~np.isfinite(heading)] = None
    return out.tolist()
