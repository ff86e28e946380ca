"""The CLMS client against the loopback site: catalogue search with batching and filters, requests and errors."""
import pytest

from clms_egms.core.clms.api import ClmsApi, RequestRefused
from clms_egms.core.clms.catalogue import parse_dataset, view_layer_kind
from clms_egms.core.clms.items import area_item, bbox_param, epoch_ms, file_item, output_formats
from clms_egms.core.errors import PluginError
from clms_egms.core.network import Transport
from support.clms_server import FAMILY_KEYS


def by_title(api, title):
    (dataset,) = [d for d in api.search(title).datasets if d.title == title]
    return dataset


def test_search_batches_and_details(site):
    site, api = site
    first = api.search()
    assert first.total == len(site.datasets) > 25 and len(first.datasets) == 25 and first.next_url
    second = api.search(next_url=first.next_url)
    assert len(second.datasets) == first.total - 25 and not second.next_url
    assert {d.uid for d in first.datasets}.isdisjoint(d.uid for d in second.datasets)
    assert site.searches[0]["fullobjects"] == "1" and site.searches[0]["portal_type"] == "DataSet"

    clc = by_title(api, "CORINE Land Cover 2018")
    assert clc.family == "CORINE Land Cover" and clc.resolution == "100 m"
    assert clc.temporal_text == "2017-01-01 – 2018-12-31" and clc.bbox == (-31.57, 27.64, 44.82, 71.41)
    assert clc.url.endswith("/en/products/corine-land-cover/clc2018") and "/api/" not in clc.url
    assert clc.view_service.endswith("/wms/corine") and view_layer_kind(clc.view_service) == "wms"
    # two collections whose format and source are vocabulary objects: their tokens, as the server compares them
    assert [(i.label, i.full_format, i.full_source) for i in clc.download_infos] == [
        ("VECTOR · GDB", "GDB", "EEA"), ("RASTER · Raster 100m · Geotiff", "Geotiff", "EEA")]
    assert clc.collection("raster 100m") is clc.download_infos[1] is clc.collection(1) is clc.collection("RASTER")
    assert clc.collection() is clc.download_infos[0]
    with pytest.raises(PluginError, match="no collection “10m”: choose one of VECTOR · GDB; RASTER"):
        clc.collection("10m")
    assert [f.id for f in clc.files] == ["clc2018-raster"] and clc.files[0].year == "2018"  # not the placeholder
    assert not clc.needs_dates and clc.temporal_limit_days == 30  # the schema's default limit: no dates needed
    assert "44 classes" in clc.description and clc.coverage == "Europe"


def test_filters_go_to_the_catalogue(site):
    site, api = site
    # the family index holds taxonomy keys only the site knows: its @querystring tells them, with their titles
    families = api.facets("familyTitle")
    assert ("Copernicus Land > CORINE Land Cover" in [t for _, t in families]) and len(families) == len(FAMILY_KEYS)
    (snow,) = [key for key, title in families if title.endswith("> High Resolution Snow and Ice Monitoring")]
    assert snow == FAMILY_KEYS["high-resolution-snow-and-ice-monitoring"]
    page = api.search("snow", {"familyTitle": snow, "spatial_resolution": "20 m"})
    assert [d.title for d in page.datasets] == ["Fractional Snow Cover", "Persistent Snow Area",
                                                "River and Lake Ice Extent"]
    assert site.searches[-1]["familyTitle"] == snow
    assert page.datasets[0].family == "High Resolution Snow and Ice Monitoring"  # the term's title, not its key
    assert not api.search("snow", {"familyTitle": "High Resolution Snow and Ice Monitoring"}).datasets  # a title
    assert all(d.is_time_series and d.temporal_limit_days == 31 for d in page.datasets)
    # the index values (eea/clms.types indexers): integer years, normalised format names, bare metres
    page = api.search(filters={"temporal_extent": "2006", "distribution_format_list": "GeoTIFF"})
    assert site.searches[-1]["temporal_extent:int"] == "2006" and site.searches[-1][
        "distribution_format_list"] == "GeoTIFF"
    assert sorted(d.title for d in page.datasets) == [
        "CORINE Land Cover 2006", "CORINE Land Cover Change 2000-2006", "CORINE Land Cover Change 2006-2012",
        "Imperviousness Density 2006 (20m)"]
    assert api.search("no such thing anywhere").datasets == []
    one_km = api.search(filters={"spatial_resolution": "1 km"})  # indexed "1" ("1 km" without k and m) or "1000"
    assert sorted(d.resolution for d in one_km.datasets) == ["1 km", "1000 m"]  # both index spellings found


def test_recorded_search_item_without_fullobjects():
    """An item as the real service answers a search without fullobjects (eea/clms-api-docs example)."""
    item = {"@id": "https://land.copernicus.eu/api/en/products/corine-land-cover/clc2018", "@type": "DataSet",
            "UID": "0407d497d3c44bcd93ce8fd5bf78596a", "dataset_full_format": "GDB", "description": "",
            "image_field": None, "review_state": "published", "title": "CLC 2018"}
    d = parse_dataset(item)
    assert (d.uid, d.title, d.family, d.formats) == ("0407d497d3c44bcd93ce8fd5bf78596a", "CLC 2018",
                                                      "CORINE Land Cover", ["GDB"])
    assert d.url == "https://land.copernicus.eu/en/products/corine-land-cover/clc2018" and not d.downloadable
    files = {"downloadable_files": {"items": [{"@id": "3d9e2413", "area": "u2018_clc2018_v2020_20u1_raster100m",
                                               "format": "Geotiff", "path": "H:\\x.zip", "source": "EEA"}]}}
    assert parse_dataset(dict(item, **files)).files[0].label == "u2018_clc2018_v2020_20u1_raster100m · Geotiff"


def test_view_service_kinds():
    assert view_layer_kind("https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC2018_WM/MapServer") \
        == "arcgismapserver"
    assert view_layer_kind("https://image.discomap.eea.europa.eu/arcgis/services/Corine/CLC2018_WM/MapServer/"
                           "WMSServer") == "wms"
    assert view_layer_kind("https://cryo.land.copernicus.eu/wms/FSC/") == "wms"
    assert view_layer_kind("https://example.eu/wmts/1.0.0/WMTSCapabilities.xml") == "wmts"
    assert view_layer_kind("https://example.eu/arcgis/rest/services/x/FeatureServer") == "arcgisfeatureserver"


def test_request_items():
    from clms_egms.core.clms.catalogue import Dataset, DownloadInfo, PrepackagedFile

    d = Dataset("u1", "CLC", download_infos=[DownloadInfo("i1", full_format="Geotiff")])
    assert bbox_param(7.5, 45.0, 7.9, 45.2) == [7.5, 45.2, 7.9, 45.0]  # [west, north, east, south]
    assert area_item(d, d.download_infos[0], "", "EPSG:3035", bbox=(7.5, 45.0, 7.9, 45.2)) == {
        "DatasetID": "u1", "DatasetDownloadInformationID": "i1", "OutputFormat": "Geotiff", "OutputGCS": "EPSG:3035",
        "BoundingBox": [7.5, 45.2, 7.9, 45.0]}
    assert area_item(d, d.download_infos[0], "Geotiff", "EPSG:4326", nuts="itc11")["NUTS"] == "ITC11"
    # only the conversions the service makes (eea/clms.downloadtool FORMAT_CONVERSION_TABLE)
    with pytest.raises(PluginError, match=r"CLC \(stored as Geotiff\) can be downloaded as Geotiff, not as GPKG"):
        area_item(d, d.download_infos[0], "GPKG", "EPSG:4326", nuts="itc11")
    assert output_formats("Netcdf") == ["Netcdf", "Geotiff"] and output_formats("GML") == ["GML"]
    assert output_formats("GPKG") == ["GPKG", "Shapefile", "Geojson", "GDB", "GML"]
    assert output_formats("Geotiff", {"Geotiff": {"Geotiff": True, "Netcdf": False}}) == ["Geotiff"]
    with pytest.raises(PluginError, match="delivers CLC in EPSG:3035, EPSG:4326, EPSG:3857, EPSG:4258, not in "
                                          "EPSG:32633"):  # the service refuses others ("defined GCS not in the list")
        area_item(d, d.download_infos[0], "", "EPSG:32633", nuts="itc11")
    # unless @projections offered it for the dataset
    assert area_item(d, d.download_infos[0], "", "EPSG:32633", nuts="itc11",
                     projections=["EPSG:4326", "EPSG:32633"])["OutputGCS"] == "EPSG:32633"
    # a day limit alone (the schema gives every dataset 30) asks for no dates and sends none
    static = Dataset("u3", "CLC", temporal_limit_days=30, download_infos=[DownloadInfo("i3", full_format="Geotiff")])
    assert "TemporalFilter" not in area_item(static, static.download_infos[0], "", "EPSG:3035", nuts="IT",
                                             start="2018-01-01", end="2018-01-31")
    # the service refuses NetCDF for the global water bodies (validation.py is_special): GeoTIFF is offered first
    water = Dataset("7df9bdf94fe94cb5919c11c9ef5cac65", "Water Bodies", download_infos=[
        DownloadInfo("w", full_format="Netcdf")])
    assert output_formats("Netcdf", dataset=water) == ["Geotiff"]
    assert area_item(water, water.download_infos[0], "", "EPSG:4326", nuts="IT", start="2020-01-01",
                     end="2020-01-02")["OutputFormat"] == "Geotiff"
    with pytest.raises(PluginError, match="not both"):
        area_item(d, d.download_infos[0], "", "EPSG:4326", nuts="ITC11", bbox=(7.5, 45.0, 7.9, 45.2))
    ts = Dataset("u2", "Snow", is_time_series=True, temporal_limit_days=31)
    with pytest.raises(PluginError, match="choose the start and end"):
        area_item(ts, DownloadInfo("i2"), "", "EPSG:4326", nuts="IS")
    with pytest.raises(PluginError, match="at most 31 days"):
        area_item(ts, DownloadInfo("i2"), "", "EPSG:4326", nuts="IS", start="2023-01-01", end="2023-03-01")
    item = area_item(ts, DownloadInfo("i2"), "", "EPSG:4326", nuts="IS", start="2023-01-01", end="2023-01-31")
    assert item["TemporalFilter"] == {"StartDate": 1672531200000, "EndDate": 1675123200000}
    assert epoch_ms("1970-01-02") == 86400000
    assert file_item(d, PrepackagedFile("f1")) == {"DatasetID": "u1", "FileID": "f1"}


def test_request_lifecycle(site):
    site, api = site
    clc = by_title(api, "CORINE Land Cover 2018")
    (task_id,) = api.submit([area_item(clc, clc.collection("RASTER"), "Geotiff", "EPSG:3035",
                                       bbox=(7.5, 45.0, 7.9, 45.2))])
    assert site.posts[0]["Datasets"][0]["BoundingBox"] == [7.5, 45.2, 7.9, 45.0]
    statuses = [api.requests()[task_id]["Status"] for _ in range(3)]
    assert statuses == ["In_progress", "Finished_ok", "Finished_ok"]
    record = api.status(task_id)
    assert record["DownloadURL"].endswith(".zip") and record["FileSize"] > 0
    (other,) = api.submit([area_item(clc, clc.collection("VECTOR"), "GPKG", "EPSG:3035", nuts="ITC11")])
    assert site.posts[-1]["Datasets"][0]["DatasetDownloadInformationID"] == clc.download_infos[0].id
    api.cancel(other)
    assert api.status(other)["Status"] == "Cancelled"
    assert len(site.issued) == 1


@pytest.mark.parametrize("change,message", [
    ({"DatasetID": "nope"}, "DatasetID is not valid"),
    ({"NUTS": "XX99"}, "NUTS country error"),
    ({"OutputGCS": "EPSG:32632"}, "defined GCS not in the list"),  # CLC 2018 lists 32633 and 32634, not 32632
    ({"BoundingBox": [-25.0, 72.0, 45.0, 34.0]}, "area is too large"),
    ({"TemporalFilter": {"StartDate": 2, "EndDate": 1}}, "not coherent"),
])
def test_refused_requests_say_why(site, change, message):
    site, api = site
    clc = by_title(api, "CORINE Land Cover 2018")
    item = area_item(clc, clc.collection("RASTER"), "Geotiff", "EPSG:3035", nuts="ITC11")
    if "BoundingBox" in change:
        item.pop("NUTS")
    item.update(change)
    with pytest.raises(RequestRefused) as info:
        api.submit([item])
    assert message in str(info.value) and "refused" in str(info.value)


def test_more_than_five_items_go_in_several_requests_and_duplicates_are_refused(site):
    """The download tool takes at most 5 general and CDSE items a request; pre-packaged files are not counted."""
    site, api = site
    clc = by_title(api, "CORINE Land Cover 2018")
    items = [area_item(clc, clc.collection("RASTER"), "Geotiff", "EPSG:3035", nuts=n)
             for n in ("IT", "ITC", "ITC1", "ITC11", "IS", "ES", "ES3")]
    clc2012 = by_title(api, "CORINE Land Cover 2012")
    files = [{"DatasetID": clc.uid, "FileID": "clc2018-raster"}, {"DatasetID": clc2012.uid, "FileID": "clc2012-raster"}]
    assert len(api.submit(files + items)) == 3  # the files' task and the first five; then the last two
    assert [len(p["Datasets"]) for p in site.posts] == [7, 2]
    with pytest.raises(RequestRefused, match="requested to download the same thing at least twice"):
        api.submit(items[5:])


def test_expired_and_purged_tokens_are_renewed_and_a_refused_key_said(site):
    """ftw.tokenauth answers an expired token HTTP 401 invalid_token; it purges expired tokens at every grant,
    and a purged one is then served as anonymous: plone.rest's HTTP 401 {"type": "Unauthorized"}. Both get one
    new grant; a key the service still refuses is said."""
    site, api = site
    api.requests()
    site.expired_tokens.add("token-1")
    site.token = "token-2"
    assert api.requests() == {} and len(site.issued) == 2
    site.token = "token-3"  # token-2 purged: anonymous now
    assert api.requests() == {} and len(site.issued) == 3
    site.token = "someone-else"
    with pytest.raises(PluginError, match=r"did not accept your access \(HTTP 401\).*check your service key"):
        api.requests()
    assert len(site.issued) == 4  # one new grant, then said
    with pytest.raises(PluginError, match="needs your service key"):
        ClmsApi(api.base_url, api.transport).requests()


def test_vocabulary_terms_and_lists_in_full_items_are_shown_as_text():
    """In full catalogue items (eea/clms.types; ../shared/api/CLMS.md, 'Corrections') vocabulary fields such as
    familyTitle are serialised as {"token", "title"} and geographicCoverage is a list of strings: the details
    show the titles and the names, not Python's repr of them."""
    from clms_egms.core.clms.catalogue import parse_dataset

    dataset = parse_dataset({"UID": "u", "title": "CORINE Land Cover 2018", "@id": "https://x/en/products/x/y",
                             "familyTitle": {"token": "corine-land-cover", "title": "CORINE Land Cover"},
                             "geographicCoverage": ["Europe", "EEA38"],
                             "qualitySpatialResolution_line": {"token": "100", "title": "100 m"}})
    assert dataset.family == "CORINE Land Cover"
    assert dataset.coverage == "Europe, EEA38"
    assert dataset.resolution == "100 m"


def test_cancelling_a_request_the_service_does_not_know(site):
    """datarequest_delete/delete.py: an unknown task id answers HTTP 403 "Error, TaskID not registered", another
    user's HTTP 404 "Error, permission denied": the message says the request is unknown, not that the key is
    wrong."""
    site, api = site
    (task_id,) = api.submit([{"DatasetID": site.datasets[0]["UID"], "FileID": "clc2018-raster"}])
    api.cancel(task_id)
    assert site.tasks[task_id]["Status"] == "Cancelled"
    with pytest.raises(RequestRefused, match="does not know the request 123 .* remove it from the list"):
        api.cancel("123")
    site.tasks[task_id]["UserID"] = "someone-else"
    with pytest.raises(RequestRefused, match="does not know the request {}".format(task_id)):
        api.cancel(task_id)


def test_projections_are_asked_with_the_token_once_a_session(site):
    """@projections needs a logged-in user (../shared/api/CLMS.md, 'Corrections'); it answers the service's own
    projections, plus a dataset's UTM zones where it lists several (services/utils.py get_available_gcs_values)."""
    site, api = site
    clc = by_title(api, "CORINE Land Cover 2018")
    with pytest.raises(PluginError, match="needs your service key"):
        ClmsApi(api.base_url, api.transport).projections(clc.uid)
    assert api.known_projections(clc.uid) == ["EPSG:3035", "EPSG:4326", "EPSG:3857", "EPSG:4258"]  # not read yet
    offered = api.projections(clc.uid)
    assert offered == ["EPSG:4326", "EPSG:3035", "EPSG:3857", "EPSG:4258", "EPSG:32633", "EPSG:32634"]
    assert api.known_projections(clc.uid) == offered
    site.token = "someone-else"
    assert api.projections(clc.uid) == offered  # read once a session
    # a UTM zone the service offers is asked for, and it takes it
    site.token = "token-1"
    item = area_item(clc, clc.collection("RASTER"), "Geotiff", "EPSG:32633", nuts="ITC11", projections=offered)
    assert api.submit([item]) and site.posts[-1]["Datasets"][0]["OutputGCS"] == "EPSG:32633"


def test_filter_choices_are_read_once_and_a_site_that_does_not_tell_leaves_the_plugins_own(loopback):
    calls = []
    loopback.routes[("GET", "/api/@querystring")] = lambda r: calls.append(r) or (404, {}, "<html>Not found</html>")
    api = ClmsApi(loopback.url, Transport(timeout_s=5))
    assert api.facets("familyTitle") == [] and len(calls) == 1
    answer = {"indexes": {"familyTitle": {"values": {"k2": {"title": "B > Two"}, "k1": {"title": "A > One"},
                                                     " ": {"title": "blank"}}}}}
    loopback.routes[("GET", "/api/@querystring")] = lambda r: calls.append(r) or (200, {}, answer)
    assert api.facets("familyTitle") == [("k1", "A > One"), ("k2", "B > Two")]
    assert api.facets("familyTitle") == [("k1", "A > One"), ("k2", "B > Two")] and len(calls) == 2  # once
    assert api.facets("gemetInspireThemes") == []
