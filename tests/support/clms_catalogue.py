"""The loopback CLMS site's catalogue, shaped as the site's own (eea/clms.types DataSet, served by @search with
fullobjects): about forty datasets across the nine families, with what the tests need the real service to show
(collections whose formats are vocabulary objects, several collections a dataset, the schema's 30-day limit on
static data, a pre-packaged placeholder, datasets the service refuses in NetCDF, a CDSE dataset), the result zips
it makes, and the indexes its filters search."""
import io
import os
import re
import tempfile
import zipfile

PROJECTIONS = ["EPSG:4326", "EPSG:3035", "EPSG:3857", "EPSG:4258"]  # clms.downloadtool utils.py GCS
OTHER_GCS = ["EPSG:2740"] + ["EPSG:326{:02d}".format(z) for z in (20, 22, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
                                                                    36, 37, 38)] + ["EPSG:32738", "EPSG:32740"]
MAX_AREA = 1600000000000  # clms.types.download_limits.area_extent, the registry's default
# datarequest_post/validation.py is_special: these refuse NetCDF ("Please choose the Geotiff format")
NETCDF_REFUSED = ["7df9bdf94fe94cb5919c11c9ef5cac65", "/water-bodies/water-bodies-global-v1-0-100m",
                  "0517fd1b7d944d8197a2eb5c13470db8", "/water-bodies/water-bodies-global-v2-0-300m"]
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


def _from_degrees(epsg):
    """(GDAL's transformation from EPSG:4326 (longitude, latitude) to ``epsg`` (x, y), as the server's code builds it;
    the target's spatial reference)."""
    from osgeo import osr

    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(epsg)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target), target


def _area(box):
    """services/utils.py calculate_bounding_box_area: the corners truncated to integer degrees, projected to
    EPSG:3587 (as the server does) and multiplied; 0 where the projection fails."""
    to, _target = _from_degrees(3587)
    try:
        x1, y1, _ = to.TransformPoint(float(int(box[0])), float(int(box[1])))
        x2, y2, _ = to.TransformPoint(float(int(box[2])), float(int(box[3])))
    except RuntimeError:
        return 0
    return abs((x1 - x2) * (y1 - y2))


def _uid(n):
    return "{:032x}".format(0xC1A5000000 + n)


def _item(base, n, family, slug, title, description, resolution, formats, years, themes, start, end,
          time_series=False, view="", layers=(), files=(), infos=None, limit=30, projection="EPSG:3035", path=None):
    """One DataSet as the site serialises it. ``limit``: download_limit_temporal_extent, whose schema default is 30
    (clms.types data_set.py), static data included; ``projection``: characteristics_projection ("a/b/c" when the
    dataset lists several, which brings the service's other GCS among them)."""
    api_id = "{}/api/en/products/{}".format(base, path or "{}/{}".format(family, slug))
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
        "characteristics_projection": projection, "geonetwork_identifiers": {"items": []},
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
                  "size": "187 MB", "source": "EEA", "version": "v2020_20u1",
                  "path": "/CLC/u2018_clc{}_v2020_20u1_raster100m.zip".format(year)}]
        infos = None
        if year == 2018:  # two collections, the vector GDB first (develop-branch recorded answers)
            files.append({"@id": "clc2018-placeholder", "area": "", "title": "", "format": "", "type": "",
                          "year": "", "resolution": "", "size": "", "source": "", "version": "", "path": ""})
            infos = [{"@id": "{:08x}-0000-4000-8000-00000000f0db".format(n), "collection": "Vector",
                      "full_format": {"title": "GDB", "token": "GDB"}, "full_path": "/CLC/CLC2018_GDB",
                      "full_source": {"title": "EEA", "token": "EEA"}, "name": "VECTOR", "wekeo_choices": ""},
                     {"@id": "{:08x}-0000-4000-8000-00000000071f".format(n), "collection": "Raster 100m",
                      "full_format": {"title": "Geotiff", "token": "Geotiff"}, "full_path": "/CLC/CLC2018_100m.tif",
                      "full_source": {"title": "EEA", "token": "EEA"}, "name": "RASTER", "wekeo_choices": ""}]
        elif year in (2012, 2006):  # one collection, its format and source as vocabulary objects
            infos = [{"@id": "{:08x}-0000-4000-8000-{:012x}".format(n, n), "collection": "",
                      "full_format": {"title": "Geotiff", "token": "Geotiff"}, "full_path": "/CLC/CLC{}".format(year),
                      "full_source": {"title": "EEA", "token": "EEA"}, "name": "RASTER", "wekeo_choices": ""}]
        items.append(_item(base, n, "corine-land-cover", "clc{}".format(year), "CORINE Land Cover {}".format(year),
                           clc_abstract + " Reference year {}.".format(year), "100 m", ["Geotiff", "GPKG"],
                           [str(year)], ["Land cover", "Land use"], "{}-01-01".format(year - 1),
                           "{}-12-31".format(year), view=wms if year == 2018 else "",
                           layers=[("clc{}".format(year), "CORINE Land Cover {}".format(year))], files=files,
                           infos=infos, projection="EPSG:3035/EPSG:32633/EPSG:32634" if year == 2018 else "EPSG:3035"))
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
                           .format(year), layers=[("0", "Imperviousness Density {}".format(year))],
                           infos=None if year != 2015 else [  # 20 m and 100 m, as recorded for the change layer
                               {"@id": "{:08x}-0000-4000-8000-000000000020".format(n), "collection": "20m",
                                "full_format": "Geotiff", "full_path": "/HRL/IMD_2015_020m.tif", "full_source": "EEA",
                                "name": "RASTER ", "wekeo_choices": ""},
                               {"@id": "{:08x}-0000-4000-8000-000000000100".format(n), "collection": "100m",
                                "full_format": "Geotiff", "full_path": "/HRL/IMD_2015_100m.tif", "full_source": "EEA",
                                "name": "RASTER "}]))
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
    for title, path in (("Water Bodies 2020-present (raster 100 m)", "water-bodies/water-bodies-global-v1-0-100m"),
                        ("Lake Water Quality 2016-present", None)):  # the first is one the service refuses in NetCDF
        n += 1
        items.append(_item(base, n, "water-and-ice", title.lower()[:20].replace(" ", "-"), title,
                           "Global water bodies.", "100 m", ["Netcdf"], ["2020", "2021"], ["Hydrography"],
                           "2020-01-01", "2025-06-30", time_series=True, limit=31, path=path))
    for title in ("EGMS Ortho (vertical) 2020-2024", "EGMS Calibrated 2020-2024", "EGMS Basic 2020-2024"):
        n += 1
        items.append(_item(base, n, "european-ground-motion-service", title.lower().replace(" ", "-"), title,
                           "Ground motion from Sentinel-1 InSAR (download it from the EGMS tab).", "100 m", ["CSV"],
                           ["2020", "2024"], ["Natural risk zones"], "2020-01-01", "2024-12-31", infos=[]))
    n += 1  # not flagged a time series, with a day limit of its own: dates are allowed, not needed
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


CLIPPED_CLC_INDEX = 2  # Discontinuous urban fabric (112): the class of a result clipped to a box
CLIPPED_IMPERVIOUSNESS = 45  # % sealed: the value of a non-CLC result clipped to a box


def _clipped(box, gcs):
    """The grid a result clipped to ``box`` (the request's BoundingBox in degrees, in either order of its
    latitudes) in ``gcs`` takes: (epsg, origin, cell size, rows, cols); 100 m cells in a metric projection,
    0.001 degrees in a geographic one, at most 1500 a side."""
    west, east = sorted((box[0], box[2]))
    south, north = sorted((box[1], box[3]))
    epsg = int(str(gcs).split(":")[-1])
    to, target = _from_degrees(epsg)
    corners = [to.TransformPoint(x, y)[:2] for x in (west, east) for y in (south, north)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    size = 0.001 if target.IsGeographic() else 100.0
    cols = max(1, min(1500, int((max(xs) - min(xs)) / size) + 1))
    rows = max(1, min(1500, int((max(ys) - min(ys)) / size) + 1))
    return epsg, (min(xs), max(ys)), size, rows, cols


def result_zip(title, clc=True, box=None, gcs=None):
    """The bytes of a result zip as the service makes them: a zip holding a zip holding the raster, plus a
    metadata file. Asked by BoundingBox (``box``, ``gcs``), the raster covers the box in the projection asked, as
    the service clips and reprojects, with one known value (CLC: class index CLIPPED_CLC_INDEX; otherwise
    CLIPPED_IMPERVIOUSNESS); asked by NUTS, a fixed raster (CLC: the class index 1-44 with 48 as no data, in
    blocks of every class)."""
    with tempfile.TemporaryDirectory() as tmp:
        tif = os.path.join(tmp, "data.tif")
        if box:
            epsg, origin, size, rows, cols = _clipped(box, gcs or "EPSG:4326")
            value = CLIPPED_CLC_INDEX if clc else CLIPPED_IMPERVIOUSNESS
            _tiff(tif, [[value] * cols for _ in range(rows)], nodata=48 if clc else 255, epsg=epsg, origin=origin,
                  size=size)
        elif clc:
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
