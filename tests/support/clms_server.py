"""A loopback CLMS site reproducing ../shared/api/CLMS.md: the catalogue (@search with batching, filters and
fullobjects), @projections, @format_conversion_table, download requests (@datarequest_post/search/status_get/
delete) with their status progression and errors, the result files (zips holding small GeoTIFFs the tests
make, Range served), and a minimal WMS for the view services. ``catalogue(base)`` makes its datasets."""
import io
import os
import re
import tempfile
import zipfile
from urllib.parse import urlencode

PROJECTIONS = ["EPSG:4326", "EPSG:3035", "EPSG:3857", "EPSG:4258"]
FORMATS = ["GDB", "GML", "GPKG", "Geojson", "Geotiff", "Netcdf", "Shapefile", "WFS"]
NUTS = {"IT": "Italia", "ITC": "Nord-Ovest", "ITC1": "Piemonte", "ITC11": "Torino", "IS": "Ísland",
        "IS0": "Ísland", "IS00": "Ísland", "IS002": "Landsbyggð", "ES": "España", "ES3": "Comunidad de Madrid",
        "ES30": "Comunidad de Madrid", "ES300": "Madrid"}
FAMILIES = {
    "corine-land-cover": "CORINE Land Cover",
    "high-resolution-layer-imperviousness": "High Resolution Layer Imperviousness",
    "high-resolution-layer-tree-cover-density": "High Resolution Layer Tree Cover Density",
    "urban-atlas": "Urban Atlas",
    "riparian-zones": "Riparian Zones",
    "high-resolution-snow-and-ice-monitoring": "High Resolution Snow and Ice Monitoring",
    "high-resolution-vegetation-phenology-and-productivity": "High Resolution Vegetation Phenology and Productivity",
    "water-and-ice": "Water and Ice",
    "european-ground-motion-service": "European Ground Motion Service",
}

# The familyTitle index holds keys of the site's product-family taxonomy (collective.taxonomy.family), which the
# client cannot know: made-up opaque keys here, told only by @querystring (the DataSetAllFamilyTitles vocabulary,
# titled "Product > Family").
FAMILY_KEYS = {slug: "{:08x}".format(0x5EED0000 + n) for n, slug in enumerate(FAMILIES)}


def querystring():
    """@querystring as plone.restapi serialises plone.app.querystring's registry reader: each query field with its
    vocabulary's values {token: {"title": …}} (eea/clms.types, profiles/default/registry/collection.xml)."""
    def field(title, vocabulary, values):
        return {"title": title, "description": "", "enabled": True, "sortable": False, "group": "Metadata",
                "operations": ["plone.app.querystring.operation.selection.any",
                               "plone.app.querystring.operation.selection.all"],
                "vocabulary": vocabulary, "fetch_vocabulary": True, "values": values}
    return {"@id": "/api/@querystring", "indexes": {
        "familyTitle": field("Family Title (Metadata)", "clms.types.DataSetAllFamilyTitles", {
            FAMILY_KEYS[slug]: {"title": "Copernicus Land > " + title} for slug, title in FAMILIES.items()}),
        "spatial_resolution": field("Spatial resolution", "clms.types.SpatialResolutionVocabulary", {
            v: {"title": v} for v in ("10", "20", "100", "1000")}),
    }, "sortable_indexes": {}}


# eea/clms.downloadtool utils.py FORMAT_CONVERSION_TABLE: which output format each stored format converts to
_VECTORS = ("Shapefile", "GDB", "GPKG", "Geojson", "GML")
CONVERSION_TABLE = {source: {target: target in allowed for target in FORMATS} for source, allowed in (
    [(v, _VECTORS) for v in ("Shapefile", "GDB", "GPKG", "Geojson")] + [
        ("Geotiff", ("Geotiff",)), ("Netcdf", ("Geotiff", "Netcdf")), ("WFS", _VECTORS + ("WFS",)),
        ("GML", ("GML",))])}
INDEXED_FORMATS = {"netCDF": "NetCDF", "GTiff": "GeoTIFF"}  # eea/clms.types indexers/distribution_format_list.py


def _resolution_index(item):
    """The spatial_resolution index of an item as eea/clms.types computes it (indexers/spatial_resolution.py):
    each comma-separated value, without the letters m and k ("10 m" -> "10", "1 km" -> "1")."""
    values = (item.get("qualitySpatialResolution_line") or "").split(",")
    return {re.sub(r"[m|km]", "", v.replace(",", ".")).strip() for v in values if v.strip().endswith("m")} | {
        v.strip() for v in values if v.strip() and not v.strip().endswith(("m", "deg"))}


def _years_index(item):
    """The temporal_extent index (indexers/temporal_extent.py): the integer years from start to end."""
    try:
        start = int(item["temporalExtentStart"][:4])
    except (KeyError, TypeError, ValueError):
        return set()
    try:
        end = int(item["temporalExtentEnd"][:4])
    except (KeyError, TypeError, ValueError):
        end = 2026
    return set(range(start, end + 1))


def _uid(n):
    return "{:032x}".format(0xC1A5000000 + n)


def _item(base, n, family, slug, title, description, resolution, formats, years, themes, start, end,
          time_series=False, view="", layers=(), files=(), infos=None, limit=0):
    api_id = "{}/api/en/products/{}/{}".format(base, family, slug)
    info_id = "{:08x}-0000-4000-8000-{:012x}".format(n, n)
    return {
        "@id": api_id, "@type": "DataSet", "UID": _uid(n), "title": title, "review_state": "published",
        "description": description,
        "familyTitle": {"token": FAMILY_KEYS[family], "title": FAMILIES[family]},  # a vocabulary term
        "dataset_full_format": formats[0] if formats else None,
        "qualitySpatialResolution_line": resolution,
        "distribution_format_list": [{"Geotiff": "GTiff", "Netcdf": "netCDF"}.get(f, f) for f in formats],
        "coordinateReferenceSystemList": ["EPSG:3035", "EPSG:4326"],
        "temporalCoverage": list(years), "temporalExtentStart": start, "temporalExtentEnd": end,
        "gemetInspireThemes": list(themes),
        "geographicCoverage": {"geolocation": [{"label": "Europe", "value": "geo-6255148"}]},
        "geographicBoundingBox": {"items": [{"west": "-31.57", "east": "44.82", "north": "71.41", "south": "27.64"}]},
        "dataset_download_information": {"items": infos if infos is not None else [
            {"@id": info_id, "collection": "", "full_format": formats[0] if formats else "Geotiff",
             "full_path": "/data/" + slug, "full_source": "EEA", "name": title, "wekeo_choices": ""}]},
        "downloadable_files": {"items": list(files)},
        "mapviewer_viewservice": view, "mapviewer_layers": {"items": [{"id": i, "title": t} for i, t in layers]},
        "mapviewer_istimeseries": time_series, "download_limit_temporal_extent": limit,
        "dataResourceAbstract": {"data": "<p>" + description + "</p>"},
    }


def catalogue(base):
    """About forty datasets shaped as the site's, across the nine families (more than one batch of 25)."""
    wms = base + "/wms/corine"
    items = []
    n = 0
    clc_abstract = ("CORINE Land Cover (CLC) is a pan-European inventory of land cover and land use in 44 classes, "
                    "with a minimum mapping unit of 25 ha for areal phenomena and a minimum width of 100 m.")
    for year in (2018, 2012, 2006, 2000, 1990):
        n += 1
        files = [{"@id": "clc{}-raster".format(year), "area": "Europe", "title": "u2018_clc{}_v2020_20u1_raster100m"
                  .format(year), "format": "Geotiff", "type": "Raster", "year": str(year), "resolution": "100 m",
                  "size": "187 MB", "source": "EEA", "version": "v2020_20u1"}]
        items.append(_item(base, n, "corine-land-cover", "clc{}".format(year), "CORINE Land Cover {}".format(year),
                           clc_abstract + " Reference year {}.".format(year), "100 m", ["Geotiff", "GPKG"],
                           [str(year)], ["Land cover", "Land use"], "{}-01-01".format(year - 1),
                           "{}-12-31".format(year), view=wms if year == 2018 else "",
                           layers=[("clc{}".format(year), "CORINE Land Cover {}".format(year))], files=files))
    for period in ("2012-2018", "2006-2012", "2000-2006", "1990-2000"):
        n += 1
        items.append(_item(base, n, "corine-land-cover", "cha-" + period, "CORINE Land Cover Change " + period,
                           "Changes in land cover between the CLC inventories of " + period + ".", "100 m",
                           ["Geotiff"], period.split("-"), ["Land cover"], period[:4] + "-01-01",
                           period[5:] + "-12-31"))
    for year, res in ((2018, "10 m"), (2015, "20 m"), (2012, "20 m"), (2009, "20 m"), (2006, "20 m")):
        n += 1
        items.append(_item(base, n, "high-resolution-layer-imperviousness", "imperviousness-density-{}".format(year),
                           "Imperviousness Density {} ({})".format(year, res.replace(" ", "")),
                           "The percentage of sealed soil per pixel, 0-100 %.", res, ["Geotiff"], [str(year)],
                           ["Land cover"], "{}-01-01".format(year), "{}-12-31".format(year),
                           view=base + "/arcgis/rest/services/GioLandPublic/HRL_ImperviousnessDensity_{}/MapServer"
                           .format(year), layers=[("0", "Imperviousness Density {}".format(year))]))
    for year in (2018, 2015, 2012):
        n += 1
        items.append(_item(base, n, "high-resolution-layer-tree-cover-density", "tree-cover-density-{}".format(year),
                           "Tree Cover Density {}".format(year), "Level of tree cover density, 0-100 %.",
                           "10 m" if year == 2018 else "20 m", ["Geotiff"], [str(year)], ["Land cover"],
                           "{}-01-01".format(year), "{}-12-31".format(year)))
    for title, slug in (("Urban Atlas 2018", "urban-atlas-2018"), ("Urban Atlas 2012", "urban-atlas-2012"),
                        ("Street Tree Layer 2018", "street-tree-layer-stl-2018"),
                        ("Building Height 2012", "building-height-2012")):
        n += 1
        items.append(_item(base, n, "urban-atlas", slug, title, "Land use and land cover of functional urban areas.",
                           "1:10000", ["GPKG", "GDB"], [slug[-4:]], ["Land use"], slug[-4:] + "-01-01",
                           slug[-4:] + "-12-31"))
    for title in ("Riparian Zones Land Cover/Land Use 2018", "Riparian Zones Green Linear Elements 2018",
                  "Riparian Zones Delineation 2012"):
        n += 1
        items.append(_item(base, n, "riparian-zones", title.lower().replace(" ", "-").replace("/", "-"), title,
                           "Land cover and land use along European rivers.", "0.5 ha", ["GPKG"], [title[-4:]],
                           ["Land cover", "Hydrography"], title[-4:] + "-01-01", title[-4:] + "-12-31"))
    for title, slug in (("Fractional Snow Cover", "fractional-snow-cover"),
                        ("Persistent Snow Area", "persistent-snow-area"),
                        ("River and Lake Ice Extent", "river-and-lake-ice-extent-s2")):
        n += 1
        items.append(_item(base, n, "high-resolution-snow-and-ice-monitoring", slug, title,
                           "Daily snow and ice products from Sentinel-2, 20 m.", "20 m", ["Geotiff"],
                           ["2020", "2021", "2022", "2023"], ["Hydrography"], "2016-09-01", "2025-10-31",
                           time_series=True, limit=31))
    for title in ("Plant Phenology Index", "Seasonal Trajectories", "Vegetation Phenology and Productivity Parameters"):
        n += 1
        items.append(_item(base, n, "high-resolution-vegetation-phenology-and-productivity",
                           title.lower().replace(" ", "-"), title, "Vegetation dynamics from Sentinel-2.", "10 m",
                           ["Geotiff"], ["2017", "2018", "2019", "2020", "2021"], ["Land cover"], "2017-01-01",
                           "2024-12-31", time_series=True, limit=366))
    for title in ("Water Bodies 2020-present (raster 100 m)", "Lake Water Quality 2016-present"):
        n += 1
        items.append(_item(base, n, "water-and-ice", title.lower()[:20].replace(" ", "-"), title,
                           "Global water bodies.", "100 m", ["Netcdf"], ["2020", "2021"], ["Hydrography"],
                           "2020-01-01", "2025-06-30", time_series=True, limit=31))
    for title in ("EGMS Ortho (vertical) 2020-2024", "EGMS Calibrated 2020-2024", "EGMS Basic 2020-2024"):
        n += 1
        items.append(_item(base, n, "european-ground-motion-service", title.lower().replace(" ", "-"), title,
                           "Ground motion from Sentinel-1 InSAR (download it from the EGMS tab).", "100 m", ["CSV"],
                           ["2020", "2024"], ["Natural risk zones"], "2020-01-01", "2024-12-31", infos=[]))
    n += 1  # not flagged a time series, but with a day limit: the download tool then requires dates too
    items.append(_item(base, n, "water-and-ice", "lake-surface-water-temperature", "Lake Surface Water Temperature",
                       "Daily lake surface temperature.", "1000 m", ["Geotiff"], ["2023", "2024"], ["Hydrography"],
                       "2023-01-01", "2024-12-31", limit=10))
    n += 1  # a dataset the site serves from the Copernicus Data Space Ecosystem: its requests are queued apart
    items.append(_item(base, n, "water-and-ice", "water-bodies-cdse", "Water Bodies 2024 (CDSE)",
                       "Water bodies from the Copernicus Data Space Ecosystem.", "1 km", ["Geotiff"], ["2024"],
                       ["Hydrography"], "2024-01-01", "2024-12-31", infos=[
                           {"@id": "cd5e0000-0000-4000-8000-000000000001", "collection": "", "full_format": "Geotiff",
                            "full_path": "/cdse/water-bodies", "full_source": "CDSE", "name": "Water Bodies 2024",
                            "wekeo_choices": ""}]))
    return items


def _tiff(path, values, nodata=None, epsg=3035, origin=(4321000.0, 2550000.0), size=100.0, dtype="Byte"):
    from osgeo import gdal, osr

    rows, cols = len(values), len(values[0])
    kind = {"Byte": gdal.GDT_Byte, "Float32": gdal.GDT_Float32}[dtype]
    ds = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, kind, ["COMPRESS=DEFLATE"])
    ds.SetGeoTransform((origin[0], size, 0, origin[1], 0, -size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    import numpy as np

    band.WriteArray(np.array(values))
    if nodata is not None:
        band.SetNoDataValue(nodata)
    ds = None


def result_zip(title, clc=True):
    """The bytes of a result zip as the service makes them: a zip holding a zip holding the raster (CLC: the
    class index 1-44 with 48 as no data, in blocks of every class), plus a metadata file."""
    with tempfile.TemporaryDirectory() as tmp:
        tif = os.path.join(tmp, "data.tif")
        if clc:
            values = [[(1 + (r // 4) * 11 + c // 5) if (r // 4) * 11 + c // 5 < 44 else 48 for c in range(55)]
                      for r in range(16)]
            _tiff(tif, values, nodata=48)
        else:
            _tiff(tif, [[(r * 7 + c * 3) % 101 for c in range(60)] for r in range(40)], nodata=255)
        inner = io.BytesIO()
        name = "".join(ch if ch.isalnum() else "_" for ch in title)
        with zipfile.ZipFile(inner, "w") as z:
            z.write(tif, "{}/Data/{}.tif".format(name, name))
        outer = io.BytesIO()
        with zipfile.ZipFile(outer, "w") as z:
            z.writestr(name + ".zip", inner.getvalue())
            z.writestr("Metadata/" + name + ".xml", "<metadata><title>{}</title></metadata>".format(title))
        return outer.getvalue()


def _png(width, height, rgb=(230, 0, 77)):
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32)
    image.fill(QColor(*rgb, 160))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


class ClmsSite:
    """Routes for LoopbackServer. ``token``: the bearer token download calls need (a token in
    ``expired_tokens`` answers "Access token expired"). A request's status moves on at each poll: Queued, then
    In_progress, then Finished_ok after ``polls_to_finish`` polls (or ``outcome[uid]``: Finished_nok,
    Rejected)."""

    def __init__(self, token="token-1"):
        self.token = token
        self.expired_tokens = set()
        self.datasets = []
        self.tasks = {}
        self.polls_to_finish = 2
        self.outcome = {}
        self.posts = []
        self.conversion_table = {k: dict(v) for k, v in CONVERSION_TABLE.items()}  # a test may change it
        self.searches = []
        self.results = {}  # FME id -> zip bytes
        self.base = ""
        self.id_prefix = ""  # put before each task id (a compromised service's ids: "../../")

    def install(self, server):
        self.base = server.url
        self.datasets = catalogue(server.url)
        r = server.routes
        r[("GET", "/api/@search")] = self.search
        r[("GET", "/api/@querystring")] = lambda q: (200, {}, querystring())
        r[("GET", "/api/@projections")] = lambda q: self._auth(q) or (200, {}, PROJECTIONS)  # logged-in users
        r[("GET", "/api/@datasets_by_uid")] = self.by_uid
        r[("GET", "/api/@format_conversion_table")] = self.conversions
        r[("POST", "/api/@datarequest_post")] = self.post
        r[("GET", "/api/@datarequest_search")] = self.request_search
        r[("GET", "/api/@datarequest_status_get")] = self.status_get
        r[("DELETE", "/api/@datarequest_delete")] = self.delete
        r[("GET", "/results/*")] = self.result
        r[("GET", "/wms/corine")] = self.wms
        return server.url

    # --- catalogue -----------------------------------------------------------------------------------------

    def search(self, request):
        q = {k: v[0] for k, v in request.query.items()}
        self.searches.append(q)

        def wanted(name):  # a KeywordIndex query: any of the values given
            return set(request.query.get(name, []))

        found = []
        text = q.get("SearchableText", "").lower()
        for item in self.datasets:
            if text and not all(w in (item["title"] + " " + item["description"]).lower() for w in text.split()):
                continue
            if q.get("UID") and item["UID"] != q["UID"]:
                continue
            if q.get("familyTitle") and item["familyTitle"]["token"] != q["familyTitle"]:  # the index holds keys
                continue
            if wanted("spatial_resolution") and not wanted("spatial_resolution") & _resolution_index(item):
                continue
            if wanted("distribution_format_list") and not wanted("distribution_format_list") & {
                    INDEXED_FORMATS.get(f, f) for f in item["distribution_format_list"]}:
                continue
            if q.get("gemetInspireThemes") and q["gemetInspireThemes"] not in item["gemetInspireThemes"]:
                continue
            if "temporal_extent" in q or "temporal_extent:int" in q:  # the index holds integers
                year = q.get("temporal_extent:int")
                if not (year and year.lstrip("-").isdigit() and int(year) in _years_index(item)):
                    continue
            found.append(item)
        start, size = int(q.get("b_start", 0)), int(q.get("b_size", 25))
        page = found[start:start + size]
        if q.get("fullobjects") != "1":
            page = [{k: i[k] for k in ("@id", "@type", "UID", "title", "description", "review_state",
                                       "dataset_full_format")} for i in page]
        url = self.base + "/api/@search?"
        query = [(k, v) for k, v in request.query.items() for v in v if k != "b_start"]
        answer = {"@id": url + urlencode(query), "items": page, "items_total": len(found)}
        if len(found) > size:
            batching = {"@id": url + urlencode(query), "first": url + urlencode(query + [("b_start", 0)]),
                        "last": url + urlencode(query + [("b_start", (len(found) - 1) // size * size)])}
            if start + size < len(found):
                batching["next"] = url + urlencode(query + [("b_start", start + size)])
            if start:
                batching["prev"] = url + urlencode(query + [("b_start", max(0, start - size))])
            answer["batching"] = batching
        return 200, {}, answer

    def by_uid(self, request):
        """eea/clms.addon restapi/cart_dataset_search/get.py: a batch object whose items carry only title, UID,
        dataset_download_information and downloadable_files."""
        uids = (request.query.get("UID") or [""])[0].split(",")
        keys = ("title", "UID", "dataset_download_information", "downloadable_files")
        items = [{k: d[k] for k in keys} for d in self.datasets if d["UID"] in uids]
        return 200, {}, {"@id": self.base + "/api/@datasets_by_uid", "items_total": len(items), "items": items}

    def conversions(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        return 200, {}, self.conversion_table

    # --- download requests ---------------------------------------------------------------------------------

    def _auth(self, request):
        header = request.headers.get("authorization", "")
        if header.startswith("Bearer ") and header[7:] in self.expired_tokens:  # ftw.tokenauth, pas/plugin.py
            return 401, {}, {"error": "invalid_token", "error_description": "Access token expired"}
        if self.token and header != "Bearer " + self.token:
            return 200, {}, {"status": "error", "msg": "You need to be logged in to use this service"}
        return None

    def _dataset(self, uid):
        return next((d for d in self.datasets if d["UID"] == uid), None)

    def post(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        body = request.json()
        self.posts.append(body)
        items = body.get("Datasets") or []
        if len(items) > 5:
            return 400, {}, {"status": "error", "msg": "The download queue can only process 5 items at a time."}
        echoes = []
        for item in items:
            problem, echo = self._check(item)
            if problem:
                return 400, {}, {"status": "error", "msg": problem}
            echoes.append(echo)
        tasks = []
        cdse = [e for e in echoes if e.get("DatasetSource") == "CDSE"]
        general = [e for e in echoes if "FileID" not in e and e.get("DatasetSource") != "CDSE"]
        for group in ([e for e in echoes if "FileID" in e], general, cdse):
            if not group:
                continue
            for task in self.tasks.values():
                if task["Status"] in ("Queued", "In_progress") and task["Datasets"] == group:
                    return 400, {}, {"status": "error", "msg": "Error, the same request is already queued"}
            task_id = self.id_prefix + str(40579776782 + len(self.tasks))
            self.tasks[task_id] = {"Datasets": group, "Status": "Queued", "Message": "",
                                   "RegistrationDateTime": "2026-11-25T10:00:00.000000", "UserID": "test-user",
                                   "polls": 0}
            if group is not cdse:  # CDSE items are queued asynchronously: never in TaskIds, seen in the search
                tasks.append({"TaskID": task_id})
        return 201, {}, {"TaskIds": tasks, "ErrorTaskIds": []}

    def _check(self, item):
        dataset = self._dataset(item.get("DatasetID"))
        if dataset is None:
            return "Error, DatasetID is not valid", None
        sources = [i.get("full_source") for i in dataset["dataset_download_information"]["items"]]
        echo = dict(item, DatasetTitle=dataset["title"], DatasetSource=(sources or ["EEA"])[0] or "EEA",
                    DatasetFormat=dataset["dataset_full_format"])
        if "FileID" in item:
            if not any(f["@id"] == item["FileID"] for f in dataset["downloadable_files"]["items"]):
                return "Error, FileID is not valid", None
            return "", echo
        infos = [i["@id"] for i in dataset["dataset_download_information"]["items"]]
        if item.get("DatasetDownloadInformationID") not in infos:
            return "Error, DatasetDownloadInformationID is not valid", None
        if not item.get("OutputGCS"):
            return "The OutputGCS parameter is mandatory.", None
        if item["OutputGCS"] not in PROJECTIONS:
            return "Error, defined GCS not in the list", None
        if item.get("OutputFormat") not in FORMATS:  # post.py: the format is checked against the table
            return "Error, the specified output format is not valid", None
        stored = next(i["full_format"] for i in dataset["dataset_download_information"]["items"]
                      if i["@id"] == item["DatasetDownloadInformationID"])
        if not self.conversion_table.get(stored, {}).get(item["OutputFormat"]):
            return "Error, specified formats are not compatible", None
        if "NUTS" in item and "BoundingBox" in item:
            return "Error, the request can not contain both NUTS and BoundingBox", None
        if "NUTS" in item:
            if item["NUTS"] not in NUTS:
                return "NUTS country error", None
            echo.update(NUTSID=item["NUTS"], NUTSName=NUTS[item["NUTS"]])
        elif "BoundingBox" in item:
            box = item["BoundingBox"]
            if not (isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) for v in box)):
                return "Error, BoundingBox is not valid", None
            west, north, east, south = box  # the documentation's order
            if north < south or east < west:
                return "Error, BoundingBox is not valid", None
            if (east - west) * (north - south) > 100:
                return "Error, the requested BoundingBox is too big", None
        # the temporal rules of datarequest_post/post.py: a TemporalFilter only where the dataset has a day limit,
        # then required (and within it), and always on time series
        limit = dataset.get("download_limit_temporal_extent") or 0
        dates = item.get("TemporalFilter")
        if dates is not None and limit <= 0:
            return "Error, temporal restriction is not allowed in not time-series enabled datasets", None
        if dataset["mapviewer_istimeseries"] and dates is None:
            return ("You are requesting to download a time series enabled dataset and you are required to request "
                    "the download of an specific date range. Please check the download documentation to get more "
                    "information"), None
        if limit > 0:
            if not isinstance(dates, dict) or {"StartDate", "EndDate"} - set(dates):
                return "Please add TemporalFilter (with StartDate and EndDate)", None
            if dates["EndDate"] < dates["StartDate"]:
                return "Error, difference between StartDate  and EndDate is not coherent", None
            if (dates["EndDate"] - dates["StartDate"]) / 86400000 > limit:
                return ("You are requesting to download a time series enabled dataset and the requested date range "
                        "is bigger than the allowed range of {} days. Please check the download documentation to "
                        "get more information").format(limit), None
        if dataset["mapviewer_istimeseries"] and "NUTS" not in item and "BoundingBox" not in item:
            return ("You have to select a specific area of interest. In case you want to download the full dataset, "
                    "please use the Auxiliary API."), None
        elif "NUTS" not in item and "BoundingBox" not in item:
            return ("Error, EEA full datasets are only available as pre-packaged files; for other sources use "
                    "the auxiliary API (@get-download-file-urls)"), None
        return "", echo

    def _advance(self, task_id):
        task = self.tasks[task_id]
        if task["Status"] in ("Finished_ok", "Finished_nok", "Rejected", "Cancelled"):
            return
        task["polls"] += 1
        if task["polls"] >= self.polls_to_finish:
            uid = task["Datasets"][0]["DatasetID"]
            outcome = self.outcome.get(uid, "Finished_ok")
            task["Status"] = outcome
            task["FinalizationDateTime"] = "2026-11-25T10:05:00.000000"
            if outcome == "Finished_ok":
                fme = 4050 + len(self.results)
                title = task["Datasets"][0]["DatasetTitle"]
                self.results[fme] = result_zip(title, clc="CORINE Land Cover 2" in title or "CORINE Land Cover 1"
                                               in title)
                task.update(Message="Download process finished successfully", FMETaskId=fme,
                            DownloadURL="{}/results/{}.zip".format(self.base, fme), FileSize=len(self.results[fme]))
            else:
                task["Message"] = "The request could not be processed: the area has no data"
        elif task["polls"] >= 1:
            task["Status"] = "In_progress"

    def _public(self, task):
        return {k: v for k, v in task.items() if k != "polls"}

    def request_search(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        status = (request.query.get("status") or [""])[0]
        if status and status not in ("Queued", "In_progress", "Finished_ok", "Finished_nok", "Rejected", "Cancelled"):
            return 400, {}, {"status": "error", "msg": "Error, status is not valid"}
        for task_id in self.tasks:
            self._advance(task_id)
        return 200, {}, {k: self._public(t) for k, t in self.tasks.items() if not status or t["Status"] == status}

    def status_get(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        task_id = (request.query.get("TaskID") or [""])[0]
        if task_id not in self.tasks:
            return 404, {}, {"status": "error", "msg": "Error, TaskID not valid"}
        self._advance(task_id)
        return 200, {}, self._public(self.tasks[task_id])

    def delete(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        task_id = str(request.json().get("TaskID", ""))  # datarequest_delete/delete.py
        if not task_id:
            return 400, {}, {"status": "error", "msg": "Error, TaskID not defined"}
        if task_id not in self.tasks:
            return 403, {}, {"status": "error", "msg": "Error, TaskID not registered"}
        if self.tasks[task_id].get("UserID") != "test-user":
            return 404, {}, {"status": "error", "msg": "Error, permission denied"}
        self.tasks[task_id]["Status"] = "Cancelled"
        return 204, {}, b""

    def result(self, request):
        fme = int(request.path.rsplit("/", 1)[-1].split(".")[0])
        data = self.results.get(fme)
        if data is None:
            return 404, {}, "Not found"
        wanted = request.headers.get("range", "")
        if wanted.startswith("bytes="):
            start = int(wanted[6:].split("-")[0] or 0)
            return 206, {"Content-Range": "bytes {}-{}/{}".format(start, len(data) - 1, len(data))}, data[start:]
        return 200, {"Content-Type": "application/zip"}, data

    # --- view service ------------------------------------------------------------------------------------------

    def wms(self, request):
        q = {k.upper(): v[0] for k, v in request.query.items()}
        kind = q.get("REQUEST", "").lower()
        if kind == "getcapabilities":
            return 200, {"Content-Type": "text/xml"}, WMS_CAPABILITIES.replace("{url}", self.base + "/wms/corine")
        if kind in ("getmap", "getlegendgraphic"):
            return 200, {"Content-Type": "image/png"}, _png(int(q.get("WIDTH", 20)), int(q.get("HEIGHT", 20)))
        return 400, {}, "unknown request"


WMS_CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
<Service><Name>WMS</Name><Title>Corine Land Cover</Title>
<OnlineResource xlink:type="simple" xlink:href="{url}"/></Service>
<Capability>
<Request>
<GetCapabilities><Format>text/xml</Format>
<DCPType><HTTP><Get><OnlineResource xlink:href="{url}?"/></Get></HTTP></DCPType>
</GetCapabilities>
<GetMap><Format>image/png</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{url}?"/></Get></HTTP></DCPType>
</GetMap>
</Request>
<Exception><Format>XML</Format></Exception>
<Layer><Title>Corine Land Cover</Title><CRS>EPSG:3857</CRS><CRS>EPSG:4326</CRS><CRS>EPSG:3035</CRS>
<EX_GeographicBoundingBox><westBoundLongitude>-31.5</westBoundLongitude><eastBoundLongitude>44.8
</eastBoundLongitude><southBoundLatitude>27.6</southBoundLatitude><northBoundLatitude>71.4</northBoundLatitude>
</EX_GeographicBoundingBox>
<Layer queryable="0"><Name>12</Name><Title>CORINE Land Cover 2018</Title>
<CRS>EPSG:3857</CRS><CRS>EPSG:4326</CRS>
<EX_GeographicBoundingBox><westBoundLongitude>-31.5</westBoundLongitude><eastBoundLongitude>44.8
</eastBoundLongitude><southBoundLatitude>27.6</southBoundLatitude><northBoundLatitude>71.4</northBoundLatitude>
</EX_GeographicBoundingBox>
<BoundingBox CRS="EPSG:4326" minx="27.6" miny="-31.5" maxx="71.4" maxy="44.8"/>
</Layer>
</Layer>
</Capability>
</WMS_Capabilities>
"""
