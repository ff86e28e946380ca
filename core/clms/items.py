"""The items of a CLMS download request (``@datarequest_post``), checked before they are sent.

An item asks for one collection of a dataset by area (a NUTS region or a bounding box, never both) in one output
format and projection, with a time interval for time-series datasets; or for a pre-packaged file by its id.
"""
import datetime as dt
from typing import List

from ..errors import PluginError
from ..i18n import tr


# The output formats the download service converts each dataset format into (eea/clms.downloadtool, utils.py:
# FORMAT_CONVERSION_TABLE, also served as @format_conversion_table); any other pair is refused ("Error,
# specified formats are not compatible").
_VECTOR = ["GPKG", "Shapefile", "Geojson", "GDB", "GML"]
CONVERSIONS = {"Geotiff": ["Geotiff"], "Netcdf": ["Netcdf", "Geotiff"], "GML": ["GML"], "WFS": _VECTOR + ["WFS"],
               **{f: list(_VECTOR) for f in ("GPKG", "Shapefile", "Geojson", "GDB")}}


# Datasets the service refuses in NetCDF whatever their collection says ("Please choose the Geotiff format as the
# NetCDF format is not allowed": datarequest_post/validation.py is_special), by UID or product path (public catalogue
# UIDs, not secrets: the pragma tells detect-secrets, which plugins.qgis.org's scan runs)
NETCDF_REFUSED = {"7df9bdf94fe94cb5919c11c9ef5cac65", "0517fd1b7d944d8197a2eb5c13470db8",  # pragma: allowlist secret
                  "/water-bodies/water-bodies-global-v1-0-100m", "/water-bodies/water-bodies-global-v2-0-300m"}


def netcdf_refused(dataset) -> bool:
    return dataset is not None and (dataset.uid in NETCDF_REFUSED or
                                    dataset.url.rstrip("/").split("/en/products")[-1] in NETCDF_REFUSED)


def output_formats(full_format: str, table=None, dataset=None) -> List[str]:
    """The formats a collection stored as ``full_format`` can be asked in, its own first (GeoTIFF first where
    ``dataset`` is one the service refuses in NetCDF, which is then left out). ``table``: the service's
    @format_conversion_table ({from: {to: bool}}) where it was read, else the known one."""
    if isinstance(table, dict) and isinstance(table.get(full_format), dict):
        allowed = [to for to, ok in table[full_format].items() if ok is True]
    else:
        allowed = CONVERSIONS.get(full_format, [full_format] if full_format else [])
    if netcdf_refused(dataset):
        allowed = [f for f in allowed if f != "Netcdf"]
    return sorted(allowed, key=lambda f: (f != full_format, allowed.index(f)))


def bbox_param(west: float, south: float, east: float, north: float) -> List[float]:
    """A bounding box (EPSG:4326 degrees) in the order the service takes. The documentation's examples read
    [west, north, east, south] (and the service echoes boxes so); the web viewer sends [west, south, east,
    north]. This is the one place to change if the service settles otherwise."""
    return [west, north, east, south]


def epoch_ms(day) -> int:
    """Midnight UTC of ``day`` (a date or "YYYY-MM-DD") in milliseconds since the epoch."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp() * 1000)


def check_format(dataset, info, output_format: str, table=None) -> None:
    """A PluginError when ``dataset`` (through ``info``) cannot be converted into ``output_format`` according to
    ``table`` (the service's conversion table, else the known one)."""
    allowed = output_formats(info.full_format, table, dataset)
    if info.full_format and allowed and output_format not in allowed:
        raise PluginError(tr("{dataset} (stored as {stored}) can be downloaded as {allowed}, not as {chosen}.").format(
            dataset=dataset.title, stored=info.full_format, allowed=", ".join(allowed), chosen=output_format))


def check_projection(dataset, crs: str, projections=None) -> None:
    """A PluginError when ``dataset`` cannot be delivered in ``crs``: ``projections`` are the dataset's as
    @projections told them, else the service's own are taken."""
    allowed = list(projections or PROJECTIONS)
    if crs not in allowed:
        raise PluginError(tr("The CLMS delivers {dataset} in {allowed}, not in {crs}: choose one of them.").format(
            dataset=dataset.title, allowed=", ".join(allowed), crs=crs))


# the projections the service gives every dataset (clms.downloadtool utils.py GCS); a dataset listing several of
# its own also gets those among the service's other EPSG codes (UTM zones): @projections?uid= tells them
PROJECTIONS = ["EPSG:3035", "EPSG:4326", "EPSG:3857", "EPSG:4258"]
MAX_ITEMS = 5  # general and CDSE items a request; pre-packaged files (FileID) are not counted


def area_item(dataset, info, output_format: str, crs: str, nuts: str = "", bbox=None, start=None, end=None,
              layer: str = "", table=None, projections=None) -> dict:
    """One item asking for ``dataset`` by area through its collection ``info``; ``table``: the service's conversion
    table where it was read; ``projections``: the dataset's as @projections told them, else the service's own."""
    if bool(nuts) == bool(bbox):
        raise PluginError(tr("Choose the area of the download: a NUTS region or an extent (not both)."))
    if not crs:
        raise PluginError(tr("Choose the projection of the download."))
    check_projection(dataset, crs, projections)
    if not output_format:
        formats = output_formats(info.full_format, table, dataset)
        output_format = formats[0] if formats else info.full_format
    check_format(dataset, info, output_format, table)
    item = {"DatasetID": dataset.uid, "DatasetDownloadInformationID": info.id,
            "OutputFormat": output_format, "OutputGCS": crs}
    if nuts:
        item["NUTS"] = nuts.strip().upper()
    else:
        west, south, east, north = bbox
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            raise PluginError(tr("The download area is not a valid extent in degrees: {box}.").format(
                box=", ".join("{:.4f}".format(v) for v in bbox)))
        item["BoundingBox"] = bbox_param(west, south, east, north)
    if dataset.needs_dates:
        if not start or not end:
            raise PluginError(tr("{dataset} is a time series: choose the start and end dates.").format(
                dataset=dataset.title))
        days = (dt.date.fromisoformat(str(end)[:10]) - dt.date.fromisoformat(str(start)[:10])).days
        if days < 0:
            raise PluginError(tr("The end date is before the start date."))
        if dataset.temporal_limit_days and days > dataset.temporal_limit_days:
            raise PluginError(tr("{dataset} can be requested for at most {limit} days at a time ({days} chosen).")
                              .format(dataset=dataset.title, limit=dataset.temporal_limit_days, days=days))
        item["TemporalFilter"] = {"StartDate": epoch_ms(start), "EndDate": epoch_ms(end)}
    if layer:
        item["Layer"] = layer
    return item


def file_item(dataset, prepackaged) -> dict:
    """One item asking for a pre-packaged file (no format or projection: it comes as it is)."""
    return {"DatasetID": dataset.uid, "FileID": prepackaged.id}


def batches(items: list) -> List[list]:
    """``items`` in requests the service takes: at most MAX_ITEMS general and CDSE items each (the download tool
    counts those, not pre-packaged files, which all go with the first)."""
    files = [i for i in items if "FileID" in i]
    general = [i for i in items if "FileID" not in i]
    out = [general[start:start + MAX_ITEMS] for start in range(0, len(general), MAX_ITEMS)] or [[]]
    out[0] = files + out[0]
    return [b for b in out if b]
