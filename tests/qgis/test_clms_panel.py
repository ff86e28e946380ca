"""The CLMS catalogue tab driven as a user drives it, against the loopback CLMS site: search → details → view
layer → request for a drawn extent → monitor through the statuses → download → raster with the CLC legend;
a NUTS request; cancellation; monitoring after a restart; each failure's message."""
import json

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsPalettedRasterRenderer, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt

from clms_egms.core.settings import Settings
from clms_egms.ui.dock import Dock
from support import clms_server
from support.gui import draw_extent

TORINO = QgsRectangle(7.0, 44.8, 8.0, 45.4)


def shown(dock, iface):
    iface.mainWindow().show()  # as QGIS's window is
    dock.show()  # monitoring resumes when the panel is shown
    assert dock.isVisible()
    return dock


def make_dock(iface):
    """Another dock, as QGIS makes one when it starts again."""
    return shown(Dock(iface, iface.mainWindow()), iface)


@pytest.fixture
def dock(site, dock, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setExtent(TORINO)
    return shown(dock, qgis_iface)


def messages(iface, level):
    return iface.messageBar().get_messages(level)


def search(dock, wait, text=""):
    dock.catalogueText.setText(text)
    dock.catalogueSearchButton.click()
    wait(lambda: dock.catalogueSearchButton.isEnabled(), timeout=20)


def pick(dock, title):
    titles = [dock.catalogueResults.item(i).text() for i in range(dock.catalogueResults.count())]
    dock.catalogueResults.setCurrentRow(titles.index(title))


def choose(combo, starting):
    """Pick the entry of ``combo`` whose text starts with ``starting``, as a user does from its list."""
    texts = [combo.itemText(i) for i in range(combo.count())]
    (index,) = [i for i, t in enumerate(texts) if t.startswith(starting)]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def requests_table(dock):
    t = dock.clmsRequests
    return [(t.item(r, 0).text(), t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())]


def request(dock, wait):
    before = dock.clmsRequests.rowCount()
    dock.clmsRequestButton.click()
    wait(lambda: dock.clmsRequestButton.isEnabled(), timeout=20)
    return dock.clmsRequests.rowCount() > before


def refresh(dock, wait):
    dock.clmsRefresh.click()
    wait(lambda: dock.clms.requests.polling is None and not dock.clms.requests.fetching, timeout=30)


def test_search_details_view_request_monitor_download(dock, site, qgis_iface, wait, tmp_path):
    """The issue's case: CORINE Land Cover 2018 has two collections, the vector GDB first and the raster, its
    formats as vocabulary objects, the schema's 30-day limit though it is static, UTM zones among its projections
    and an empty pre-packaged placeholder; the user's requests list an old website request of it, with a result of
    its own. Its raster is requested for a drawn extent, with no dates, in a UTM zone @projections offered; its own
    result arrives styled, never the old one."""
    old = site.old_request(site.datasets[0]["UID"])
    search(dock, wait, "corine 2018")
    assert [dock.catalogueResults.item(i).text() for i in range(dock.catalogueResults.count())] == [
        "CORINE Land Cover 2018", "CORINE Land Cover Change 2012-2018"]
    assert dock.catalogueCount.text() == "2 of 2 datasets"
    pick(dock, "CORINE Land Cover 2018")
    details = dock.datasetDetails.toPlainText()
    for expected in ("CORINE Land Cover 2018", "44 classes", "CORINE Land Cover", "2017-01-01 – 2018-12-31",
                     "100 m", "GeoTIFF, GPKG", "EPSG:3035", "Land cover, Land use", "by area, 2 collections",
                     "1 pre-packaged", "Product page on land.copernicus.eu"):
        assert expected in details, expected
    assert "time series" not in details
    assert "/en/products/corine-land-cover/clc2018" in dock.datasetDetails.toHtml()
    # every collection and the one real file, by name and format; no Python text of a format object
    # (the files under a line, what else is known of the chosen one said below the box)
    assert [dock.clmsFile.itemText(i) for i in range(dock.clmsFile.count())] == [
        "VECTOR · GDB", "RASTER · Raster 100m · Geotiff", "", "2018 · Geotiff · 100 m · 187 MB"]
    assert dock.clmsFile.itemData(3, Qt.ItemDataRole.ToolTipRole) == (
        "u2018_clc2018_v2020_20u1_raster100m · 2018 · Geotiff · 100 m · 187 MB")
    choose(dock.clmsFile, "2018 · Geotiff")
    assert dock.clmsFileInfo.isVisibleTo(dock) and dock.clmsFileInfo.text().replace("\u200b", "") == (
        "Pre-packaged file u2018_clc2018_v2020_20u1_raster100m, downloaded whole.")
    choose(dock.clmsFile, "VECTOR")
    assert dock.clmsFileInfo.text().startswith("Cut to the area below")
    assert [dock.clmsFormat.itemText(i) for i in range(dock.clmsFormat.count())][0] == "GDB"
    # the projections @projections offers for it (read with the key in the background)
    wait(lambda: dock.clmsProjection.findText("EPSG:32633") >= 0, timeout=20)
    assert [dock.clmsProjection.itemText(i) for i in range(dock.clmsProjection.count())] == [
        "EPSG:4326", "EPSG:3035", "EPSG:3857", "EPSG:4258", "EPSG:32633", "EPSG:32634"]

    # view service: added to the project, nothing downloaded
    dock.addViewButton.click()
    wait(lambda: QgsProject.instance().mapLayersByName("CORINE Land Cover 2018"), timeout=20)
    (view,) = QgsProject.instance().mapLayersByName("CORINE Land Cover 2018")
    assert view.isValid() and view.providerType() == "wms" and "layers=12" in view.source()
    assert site.posts == []

    # the raster collection for a drawn extent, in a UTM zone, with no dates
    choose(dock.clmsFile, "RASTER")
    assert [dock.clmsFormat.itemText(i) for i in range(dock.clmsFormat.count())] == ["Geotiff"]
    assert not dock.clmsStart.isEnabled() and not dock.clmsEnd.isEnabled()
    draw_extent(qgis_iface.mapCanvas(), dock.clmsExtent, 7.5, 45.0, 7.9, 45.2)
    choose(dock.clmsProjection, "EPSG:32633")
    assert request(dock, wait)
    (item,) = site.posts[0]["Datasets"]
    west, north, east, south = item["BoundingBox"]
    pixel = qgis_iface.mapCanvas().mapUnitsPerPixel()
    assert [west, south, east, north] == pytest.approx([7.5, 45.0, 7.9, 45.2], abs=2 * pixel)
    assert (item["OutputFormat"], item["OutputGCS"]) == ("Geotiff", "EPSG:32633")
    assert item["DatasetDownloadInformationID"] == site.datasets[0]["dataset_download_information"]["items"][1]["@id"]
    assert "TemporalFilter" not in item
    assert requests_table(dock)[0][:2] == ("CORINE Land Cover 2018", "queued")

    # the monitor follows the statuses, then the result lands in the project with the CLC legend
    refresh(dock, wait)
    assert requests_table(dock)[0][1] == "in progress"
    refresh(dock, wait)
    wait(lambda: any(lyr.name().startswith("CORINE Land Cover 2018 (")
                     for lyr in QgsProject.instance().mapLayers().values()), timeout=30)
    assert requests_table(dock)[0][1] == "in the project"
    (raster,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                 if lyr.name().startswith("CORINE Land Cover 2018 (")]
    renderer = raster.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer) and len(renderer.classes()) == 44
    assert renderer.classes()[0].label == "111 Continuous urban fabric"
    assert renderer.classes()[0].color.name() == "#e6004d"
    assert raster.source().startswith(str(tmp_path / "downloads" / "CLMS" / ("CLMS_" + requests_table(dock)[0][2])))
    assert old not in dock.clms.requests.tracker.requests and old not in raster.source()
    assert not messages(qgis_iface, Qgis.MessageLevel.Critical)


def test_nuts_region_request_and_cancel(dock, site, qgis_iface, wait, tmp_path):
    regions = tmp_path / "NUTS_RG_20M_2021_4326.geojson"
    regions.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"NUTS_ID": c, "LEVL_CODE": len(c) - 2, "NAME_LATN": n},
         "geometry": {"type": "Polygon", "coordinates": [[[6.6, 44.6], [8.1, 44.6], [8.1, 45.6], [6.6, 44.6]]]}}
        for c, n in (("IT", "Italia"), ("ITC1", "Piemonte"), ("ITC11", "Torino"))]}))
    search(dock, wait, "corine 2018")
    pick(dock, "CORINE Land Cover 2018")
    dock.clmsAreaMode.setCurrentIndex(1)
    dock.clms.area.choose_nuts_file(str(regions))
    assert Settings.load().nuts_file == str(regions)
    completer = dock.clmsNuts.completer()
    completer.setCompletionPrefix("tori")
    assert completer.currentCompletion() == "ITC11 – Torino"
    dock.clmsNuts.setText(completer.currentCompletion())
    assert request(dock, wait)
    assert site.posts[-1]["Datasets"][0]["NUTS"] == "ITC11" and "BoundingBox" not in site.posts[-1]["Datasets"][0]

    dock.clmsNuts.setText("Atlantis")
    assert not request(dock, wait)
    assert any("“Atlantis” is not a NUTS region" in m for m in messages(qgis_iface, Qgis.MessageLevel.Warning))

    dock.clmsRequests.selectRow(0)
    dock.clmsCancel.click()
    wait(lambda: requests_table(dock)[0][1] == "cancelled", timeout=20)
    (task,) = site.tasks.values()
    assert task["Status"] == "Cancelled"


def test_monitoring_resumes_after_a_restart(dock, site, qgis_iface, wait):
    search(dock, wait, "tree cover density 2018")
    pick(dock, "Tree Cover Density 2018")
    dock.clmsAreaMode.setCurrentIndex(1)
    dock.clmsNuts.setText("IT – Italia")
    assert request(dock, wait)
    dock.unload()  # QGIS closes
    site.polls_to_finish = 1
    again = make_dock(qgis_iface)  # and starts again: the panel is shown, the request is checked
    try:
        wait(lambda: any(lyr.name().startswith("Tree Cover Density 2018 (")
                         for lyr in QgsProject.instance().mapLayers().values()), timeout=30)
        (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                    if lyr.name().startswith("Tree Cover Density 2018 (")]
        assert layer.renderer().type() == "singlebandpseudocolor"  # not the CLC legend
    finally:
        again.unload()
        again.deleteLater()


def test_prepackaged_file_and_time_series(dock, site, qgis_iface, wait):
    search(dock, wait, "corine 2012")
    pick(dock, "CORINE Land Cover 2012")
    choose(dock.clmsFile, "2012")  # its one pre-packaged file
    assert not dock.clmsFormat.isEnabled() and not dock.clmsStart.isEnabled()
    assert request(dock, wait)
    assert site.posts[-1]["Datasets"] == [{"DatasetID": site.datasets[1]["UID"], "FileID": "clc2012-raster"}]

    search(dock, wait, "fractional snow")
    pick(dock, "Fractional Snow Cover")
    assert dock.clmsStart.isEnabled() and dock.clmsEnd.isEnabled()
    dock.clmsAreaMode.setCurrentIndex(1)
    dock.clmsNuts.setText("IS")
    dock.clmsStart.setDate(dock.clmsEnd.date().addDays(-90))
    assert not request(dock, wait)
    assert any("at most 31 days" in m for m in messages(qgis_iface, Qgis.MessageLevel.Warning))
    dock.clmsStart.setDate(dock.clmsEnd.date().addDays(-10))
    assert request(dock, wait)
    assert set(site.posts[-1]["Datasets"][0]["TemporalFilter"]) == {"StartDate", "EndDate"}


def test_more_results_and_filters(dock, site, wait):
    search(dock, wait)
    assert dock.catalogueResults.count() == 25 and dock.catalogueMore.isEnabled()
    dock.catalogueMore.click()
    wait(lambda: dock.catalogueSearchButton.isEnabled(), timeout=20)
    assert dock.catalogueResults.count() == len(site.datasets) and not dock.catalogueMore.isEnabled()
    # the families are the site's own (its @querystring), sent as the taxonomy keys its index holds
    wait(lambda: dock.catalogueFamily.findText("Copernicus Land > Urban Atlas") > 0, timeout=20)
    dock.catalogueFamily.setCurrentIndex(dock.catalogueFamily.findText("Copernicus Land > Urban Atlas"))
    search(dock, wait)
    assert dock.catalogueResults.count() == 4
    assert site.searches[-1]["familyTitle"] == clms_server.FAMILY_KEYS["urban-atlas"]
    dock.catalogueFamily.setCurrentIndex(0)
    dock.catalogueYear.setValue(2006)
    dock.catalogueFormat.setCurrentText("GeoTIFF")
    search(dock, wait)
    assert site.searches[-1]["temporal_extent:int"] == "2006"  # the index holds integer years
    assert site.searches[-1]["distribution_format_list"] == "GeoTIFF"  # and normalised format names
    assert dock.catalogueResults.count() == 4


@pytest.mark.parametrize("failure,level,message", [
    ("refused", Qgis.MessageLevel.Critical, "refused the request: NUTS country error"),
    ("too big", Qgis.MessageLevel.Critical, "the area is too large"),
    ("forbidden", Qgis.MessageLevel.Critical, "did not accept your access (HTTP 403"),
    ("no key", Qgis.MessageLevel.Warning, "No CLMS service key yet"),
    ("failed", Qgis.MessageLevel.Critical, "could not prepare CORINE Land Cover 2018"),
    ("broken result", Qgis.MessageLevel.Critical, "not a complete zip"),
    ("expired result", Qgis.MessageLevel.Critical, "has expired (the CLMS keeps results for a few days)"),
    ("result gone", Qgis.MessageLevel.Critical, "has expired (the CLMS keeps results for a few days)"),
])
def test_failures_give_clear_messages(dock, site, qgis_iface, wait, loopback, monkeypatch, failure, level, message):
    search(dock, wait, "corine 2018")
    pick(dock, "CORINE Land Cover 2018")
    dock.clmsAreaMode.setCurrentIndex(1)
    dock.clmsNuts.setText("IT")
    if failure == "refused":  # a region the service does not know (it checks the country: validation.py)
        loopback.routes[("POST", "/api/@datarequest_post")] = lambda r: (400, {}, {"status": "error",
                                                                                   "msg": "NUTS country error"})
    elif failure == "too big":  # over the service's 1.6e12 (its own measure of the corners, services/utils.py)
        dock.clmsAreaMode.setCurrentIndex(0)
        qgis_iface.mapCanvas().setExtent(QgsRectangle(-25, 34, 45, 72))
    elif failure == "forbidden":
        loopback.routes[("POST", "/api/@datarequest_post")] = lambda r: (403, {}, {"status": "error",
                                                                                   "msg": "Forbidden"})
    elif failure == "no key":
        Settings.load().replace(auth_config_id="").save()
    elif failure == "failed":
        site.outcome[dock.clms.dataset.uid] = "Finished_nok"
    elif failure == "expired result":
        loopback.routes[("GET", "/results/*")] = lambda r: (401, {}, {"status": "error", "msg": "Link expired"})
    elif failure == "result gone":  # the store's answer past its days is not documented: 404 as well
        loopback.routes[("GET", "/results/*")] = lambda r: (404, {}, "<Error><Code>NoSuchKey</Code></Error>")
    request(dock, wait)
    if failure in ("failed", "broken result", "expired result", "result gone"):
        if failure == "broken result":
            site.polls_to_finish = 1
            original = site._advance

            def broken(task_id):
                original(task_id)
                task = site.tasks[task_id]
                if task.get("FMETaskId") and len(site.results[task["FMETaskId"]]) > 400:
                    site.results[task["FMETaskId"]] = site.results[task["FMETaskId"]][:400]
                    task["FileSize"] = 400
            site._advance = broken
        refresh(dock, wait)
        refresh(dock, wait)
    assert any(message in m for m in messages(qgis_iface, level)), messages(qgis_iface, level)
    if failure in ("expired result", "result gone"):
        assert dock.clms.requests.tracker.pending() == []  # not fetched again and again
    assert not [lyr for lyr in QgsProject.instance().mapLayers().values() if "(" in lyr.name()]


def test_catalogue_timeout_and_malformed_answers(dock, site, qgis_iface, wait, loopback):
    from support.http_server import slow

    loopback.routes[("GET", "/api/@search")] = slow(7)
    search(dock, wait, "corine")
    assert any("did not answer within 5 s" in m for m in messages(qgis_iface, Qgis.MessageLevel.Critical))
    loopback.routes[("GET", "/api/@search")] = lambda r: (200, {"Content-Type": "text/html"}, "<html>Maintenance")
    search(dock, wait, "corine")
    assert any("did not answer with JSON" in m and "Maintenance" in m for m in messages(qgis_iface,
                                                                                        Qgis.MessageLevel.Critical))
    loopback.routes[("GET", "/api/@search")] = lambda r: (200, {}, {"unexpected": True})
    search(dock, wait, "corine")
    assert any("not a search result" in m for m in messages(qgis_iface, Qgis.MessageLevel.Critical))


def test_the_gisco_file_of_an_earlier_session_is_read_when_nuts_is_chosen(site, qgis_iface, qgis_new_project,
                                                                          tmp_path, monkeypatch):
    from clms_egms.core.clms.nuts import NutsIndex

    regions = tmp_path / "NUTS_RG_20M_2021_4326.geojson"
    regions.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"NUTS_ID": "ITC11", "LEVL_CODE": 3, "NAME_LATN": "Torino"},
         "geometry": {"type": "Polygon", "coordinates": [[[6.6, 44.6], [8.1, 44.6], [8.1, 45.6], [6.6, 44.6]]]}}]}))
    Settings.load().replace(nuts_file=str(regions)).save()
    reads = []
    real = NutsIndex.from_gisco
    monkeypatch.setattr(NutsIndex, "from_gisco", staticmethod(lambda p: reads.append(p) or real(p)))
    dock = make_dock(qgis_iface)  # QGIS starts: nothing read yet
    try:
        assert reads == []
        dock.clmsAreaMode.setCurrentIndex(1)
        assert reads == [str(regions)] and dock.clms.area.nuts.find("Torino").code == "ITC11"
        dock.clmsAreaMode.setCurrentIndex(0)
        dock.clmsAreaMode.setCurrentIndex(1)
        assert len(reads) == 1  # once
    finally:
        dock.unload()
        dock.deleteLater()


def test_a_task_id_that_climbs_out_of_the_folder_lands_inside_it(dock, site, qgis_iface, wait, tmp_path):
    """A compromised service answers the request with the task id "../../../escaped/<n>": clicked through the
    panel (request, refresh until ready), the result is downloaded and unpacked inside the download folder and
    added to the project; nothing is written elsewhere."""
    import os

    site.id_prefix = "../../../escaped/"
    search(dock, wait, "corine 2018")
    pick(dock, "CORINE Land Cover 2018")
    dock.clmsAreaMode.setCurrentIndex(1)
    dock.clmsNuts.setText("IT")
    assert request(dock, wait)
    refresh(dock, wait)
    refresh(dock, wait)
    wait(lambda: any(lyr.name().startswith("CORINE Land Cover 2018 (")
                     for lyr in QgsProject.instance().mapLayers().values()), timeout=30)
    folder = str(tmp_path / "downloads" / "CLMS")
    written = [os.path.join(d, f) for d, _s, files in os.walk(str(tmp_path)) for f in files]
    assert written and all(path.startswith(folder + os.sep) for path in written), written
    assert sorted(os.listdir(folder)) == ["CLMS__________escaped_40579776782", "CLMS__________escaped_40579776782.zip"]
    (raster,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                 if lyr.name().startswith("CORINE Land Cover 2018 (")]
    assert raster.source().startswith(folder + os.sep)
    assert not messages(qgis_iface, Qgis.MessageLevel.Critical)


def test_a_cdse_request_queued_without_a_task_id_is_followed_to_the_project(dock, site, qgis_iface, wait):
    """Datasets served from CDSE are queued asynchronously: the answer has no task id (eea/clms.downloadtool); the
    service registers a child task a dataset at once and the parent later. @datarequest_search also lists the
    user's old website request of the same dataset, with a result of its own. Clicked as a user does: the
    request shows as queued (not as a failure), the monitor takes the parent that was not there before (never
    the old request, nor a child), follows it and puts its result in the project."""
    cdse = next(d for d in site.datasets if d["title"] == "Water Bodies 2024 (CDSE)")
    old = site.old_request(cdse["UID"])
    search(dock, wait, "water bodies 2024")
    pick(dock, "Water Bodies 2024 (CDSE)")
    dock.clmsAreaMode.setCurrentIndex(1)
    dock.clmsNuts.setText("IT")
    assert request(dock, wait)
    assert not messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert requests_table(dock)[0] == ("Water Bodies 2024 (CDSE)", "queued", "…")
    assert any("queues it" in m for m in messages(qgis_iface, Qgis.MessageLevel.Success))
    (child,) = [t for t in site.tasks if site.tasks[t].get("cdse_task_role") == "child"]
    refresh(dock, wait)
    (parent,) = [t for t in site.tasks if site.tasks[t].get("cdse_task_role") == "parent"]
    assert requests_table(dock)[0][2] == parent and old not in dock.clms.requests.tracker.requests
    refresh(dock, wait)
    refresh(dock, wait)
    wait(lambda: any(lyr.name().startswith("Water Bodies 2024 (CDSE) (")
                     for lyr in QgsProject.instance().mapLayers().values()), timeout=30)
    assert requests_table(dock)[0][1] == "in the project"
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.name().startswith("Water Bodies 2024 (CDSE) (")]
    assert "old" not in layer.source().lower() and "CLMS_" + parent in layer.source()
    assert child not in dock.clms.requests.tracker.requests
    assert not messages(qgis_iface, Qgis.MessageLevel.Critical)


def test_the_format_list_offers_only_what_the_service_converts_to(dock, site, wait):
    """eea/clms.downloadtool FORMAT_CONVERSION_TABLE: a GeoTIFF dataset comes as GeoTIFF only, a NetCDF one as
    NetCDF or GeoTIFF, a vector one in the vector formats; the dock offers only those (the service refuses
    the others: "Error, specified formats are not compatible")."""
    def formats(title, words):
        search(dock, wait, words)
        pick(dock, title)
        return [dock.clmsFormat.itemText(i) for i in range(dock.clmsFormat.count())]

    assert formats("CORINE Land Cover 2012", "corine 2012") == ["Geotiff"]  # its format a vocabulary object
    assert formats("Lake Water Quality 2016-present", "lake water") == ["Netcdf", "Geotiff"]
    # the global water bodies: the service refuses NetCDF whatever its collection says (validation.py is_special)
    assert formats("Water Bodies 2020-present (raster 100 m)", "water bodies") == ["Geotiff"]
    assert formats("Urban Atlas 2018", "urban atlas 2018") == ["GPKG", "Shapefile", "Geojson", "GDB", "GML"]


def test_a_static_dataset_with_a_day_limit_is_requested_without_dates(dock, site, qgis_iface, wait):
    """datarequest_post/post.py asks for a TemporalFilter only on time series; a day limit alone (the schema
    gives every dataset 30 days) does not: the dates stay off and none are sent."""
    search(dock, wait, "lake surface")
    pick(dock, "Lake Surface Water Temperature")
    dock.clmsAreaMode.setCurrentIndex(1)
    dock.clmsNuts.setText("IT")
    assert not dock.clmsStart.isEnabled() and not dock.clmsEnd.isEnabled()
    assert request(dock, wait)
    assert "TemporalFilter" not in site.posts[-1]["Datasets"][0]
    assert not messages(qgis_iface, Qgis.MessageLevel.Critical)


def test_the_services_own_conversion_table_has_the_last_word(dock, site, qgis_iface, wait):
    """@format_conversion_table (read with the key, once a session) wins over the table the plugin knows: a
    conversion the service no longer makes is refused before anything is sent, and no longer offered."""
    site.conversion_table["Netcdf"]["Geotiff"] = False
    search(dock, wait, "lake water")
    pick(dock, "Lake Water Quality 2016-present")
    assert [dock.clmsFormat.itemText(i) for i in range(dock.clmsFormat.count())] == ["Netcdf", "Geotiff"]
    dock.clmsFormat.setCurrentIndex(dock.clmsFormat.findText("Geotiff"))
    dock.clmsAreaMode.setCurrentIndex(1)
    dock.clmsNuts.setText("IT")
    posts = len(site.posts)
    assert not request(dock, wait)
    assert len(site.posts) == posts
    assert any("can be downloaded as Netcdf, not as Geotiff" in m for m in messages(qgis_iface,
                                                                                    Qgis.MessageLevel.Critical))
    search(dock, wait, "water bodies")
    pick(dock, "Water Bodies 2020-present (raster 100 m)")
    search(dock, wait, "lake water")
    pick(dock, "Lake Water Quality 2016-present")
    assert [dock.clmsFormat.itemText(i) for i in range(dock.clmsFormat.count())] == ["Netcdf"]
    assert request(dock, wait)
    assert site.posts[-1]["Datasets"][0]["OutputFormat"] == "Netcdf"


@pytest.mark.parametrize("locale", ["en", "de", "fr"])
def test_with_a_dataset_chosen_and_a_request_listed_nothing_is_cut_at_420_px(site, qgis_iface, wait, locale):
    """The CLMS tab with what a user fills it with (a dataset's details, its raster collection, a UTM zone, an
    extent, a request in the list) at QGIS's default dock width: no button, label or box cut, in English, German
    and French (the dock made with the plugin's and QGIS's translations, as QGIS makes it in that language)."""
    from support.gui import cut_at_width, translated

    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    qgis_iface.mapCanvas().setExtent(TORINO)
    with translated(locale):
        made = make_dock(qgis_iface)
        try:
            search(made, wait, "corine 2018")
            pick(made, "CORINE Land Cover 2018")
            choose(made.clmsFile, "RASTER")
            wait(lambda: made.clmsProjection.findText("EPSG:32633") >= 0, timeout=20)
            draw_extent(qgis_iface.mapCanvas(), made.clmsExtent, 7.5, 45.0, 7.9, 45.2)
            choose(made.clmsProjection, "EPSG:32633")
            assert request(made, wait)
            made.tabs.setCurrentIndex(0)
            assert not cut_at_width(made, 420)
            choose(made.clmsFile, "2018 · Geotiff")  # a pre-packaged file, its name below
            assert not cut_at_width(made, 420)
        finally:
            made.unload()
            made.deleteLater()
