"""The EGMS tab's search and download, driven as a user drives it, against the loopback EGMS archive:
search by extent → footprints → download (interrupted, resumed) → import → layer in the project; and
each quirk of the service gives its message."""
import hashlib
import os

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt

from clms_egms.core.settings import Settings

USTICA = QgsRectangle(13.0, 38.5, 13.5, 39.0)
DESCENDING = "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"
ASCENDING = "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip"


@pytest.fixture
def service(egms_service):
    return egms_service


@pytest.fixture
def dock(service, dock, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setExtent(USTICA)
    return dock


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()  # nosec B324 (a checksum, not security)


def source(archive, name):
    return next(f["path"] for f in archive.files if f["filename"] == name)


def messages(iface, level):
    return iface.messageBar().get_messages(level)


def search(dock, wait, product="L2b", release="2020-2024"):
    dock.searchProduct.setCurrentIndex(dock.searchProduct.findData(product))
    dock.searchRelease.setCurrentIndex(dock.searchRelease.findText(release))
    dock.searchButton.click()
    wait(lambda: dock.searchButton.isEnabled(), timeout=30)


def check_only(dock, names):
    table = dock.resultsTable
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)


def download(dock, wait):
    dock.downloadButton.click()
    assert not dock.downloadButton.isEnabled()
    wait(lambda: dock.downloadButton.isEnabled(), timeout=60)


def table_rows(dock):
    table = dock.resultsTable
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)] for r in range(table.rowCount())}


def test_search_footprints_download_resumed_import(dock, service, qgis_iface, wait, tmp_path, monkeypatch):
    search(dock, wait)
    rows = table_rows(dock)
    assert len(rows) == 6  # the six 2020-2024 L2b bursts around Ustica; not the older release, not Albania
    assert rows[DESCENDING][1:3] == ["022 / 0845", "Descending"]
    assert rows[ASCENDING][1:3] == ["117 / 0227", "Ascending"]
    assert rows[DESCENDING][0].endswith(" MB")
    # in a dock of QGIS's default width the file names stay readable (the table scrolls sideways)
    dock.setFloating(True)
    dock.resize(420, 900)
    from qgis.PyQt.QtCore import QCoreApplication
    QCoreApplication.processEvents()
    assert dock.resultsTable.columnWidth(0) >= 180
    (layer,) = QgsProject.instance().mapLayersByName("EGMS search results")
    assert layer.featureCount() == 6 and layer.crs().authid() == "EPSG:4326"
    assert layer.extent().intersects(USTICA)
    assert any("6 EGMS files found" in m for m in messages(qgis_iface, Qgis.MessageLevel.Success))
    view = qgis_iface.mapCanvas().extent()  # the map view as shown (widened to the canvas's shape)
    (w, s), (e, n) = service.searches[0]["bbox"]
    assert [w, s, e, n] == pytest.approx([view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum()])
    flashed = []
    monkeypatch.setattr(qgis_iface.mapCanvas(), "flashFeatureIds",
                        lambda lyr, ids: flashed.append([lyr.getFeature(i)["filename"] for i in ids]))
    dock.resultsTable.selectRow(list(rows).index(ASCENDING))
    assert flashed == [[ASCENDING]] and layer.selectedFeatureCount() == 0

    assert dock.egms_search.checked_rows() == []  # found is not chosen: nothing ticked until the user ticks it
    assert dock.resultsTable.textElideMode() == Qt.TextElideMode.ElideMiddle
    check_only(dock, {DESCENDING, ASCENDING})
    size = os.path.getsize(source(service, DESCENDING))
    service.cut[DESCENDING] = size // 2  # the connection drops halfway through
    download(dock, wait)
    folder = tmp_path / "downloads"
    for name in (DESCENDING, ASCENDING):
        assert md5(folder / name) == md5(source(service, name)), name
    assert [d[2] for d in service.downloads if d[0] == DESCENDING] == ["", "bytes={}-".format(size // 2)]
    assert sorted(os.listdir(folder)) == sorted([DESCENDING, ASCENDING])  # no .part left
    assert table_rows(dock)[DESCENDING][3] == "downloaded"
    assert "2 of 2 files finished" in dock.downloadStatus.text() or "2 downloaded" in dock.downloadStatus.text()
    assert len(service.issued_tokens) == 1  # one token for the search and both downloads

    # "import when downloaded": the files go to the GeoPackage and the layer into the project
    wait(lambda: QgsProject.instance().mapLayersByName("egms_l2b_2020_2024"), timeout=60)
    (points,) = QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")
    assert points.featureCount() == 800
    assert points.source().startswith(str(tmp_path / "egms.gpkg"))
    assert not messages(qgis_iface, Qgis.MessageLevel.Critical)

    # a second download of the same files: already there, nothing fetched again
    count = len(service.downloads)
    dock.importWhenDownloaded.setChecked(False)
    download(dock, wait)
    assert len(service.downloads) == count
    assert table_rows(dock)[ASCENDING][3] == "already there"


def test_cancel_midway_then_download_again_resumes(dock, service, qgis_iface, wait, tmp_path):
    search(dock, wait, "L3U")
    (name,) = table_rows(dock)
    dock.importWhenDownloaded.setChecked(False)
    service.slow.add(name)
    part = tmp_path / "downloads" / (name + ".part")
    assert not dock.egms_search.checked_rows()  # nothing ticked by itself
    check_only(dock, {name})
    dock.downloadButton.click()
    wait(lambda: part.exists() and part.stat().st_size > 4096, timeout=30)
    dock.cancelDownloadsButton.click()
    wait(lambda: dock.downloadButton.isEnabled(), timeout=30)
    held = part.stat().st_size
    total = os.path.getsize(source(service, name))
    assert 0 < held < total
    assert table_rows(dock)[name][3] == "cancelled"
    service.slow.discard(name)
    download(dock, wait)
    assert md5(tmp_path / "downloads" / name) == md5(source(service, name))
    assert service.downloads[-1][2] == "bytes={}-".format(held)
    assert not part.exists()


def test_busy_service_and_expired_query_are_said(dock, service, qgis_iface, wait, tmp_path):
    service.busy = 1
    search(dock, wait, "L3E")
    assert any("busy" in m and "tried again in 2 s" in m for m in messages(qgis_iface, Qgis.MessageLevel.Warning))
    (name,) = table_rows(dock)
    service.expire_all()  # the user came back from lunch
    dock.importWhenDownloaded.setChecked(False)
    check_only(dock, {name})
    download(dock, wait)
    assert md5(tmp_path / "downloads" / name) == md5(source(service, name))
    assert any("expired: searching again" in m for m in messages(qgis_iface, Qgis.MessageLevel.Warning))
    assert len(service.searches) == 2


def links_menu(dock, which, monkeypatch, answer):
    """Trigger "Paste links…" or "Open egms-archive-links.txt…" with the dialog answering ``answer``."""
    from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog

    if which == "paste":
        monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: (answer, True)))
    else:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (answer, "")))
    (action,) = [a for a in dock.addLinksButton.menu().actions() if a.text().startswith(
        "Paste" if which == "paste" else "Open")]
    action.trigger()


def test_links_route_and_expired_links(dock, service, qgis_iface, wait, tmp_path, monkeypatch):
    service.token = None  # the Explorer's own search made these links
    from clms_egms.core.egms.api import EgmsApi
    from clms_egms.core.network import Transport

    hits = EgmsApi(Settings.load().egms_api_url, Transport(10)).search("L3U", "2020-2024", (13, 38.5, 13.5, 39))
    old = EgmsApi(Settings.load().egms_api_url, Transport(10)).search("L3E", "2020-2024", (13, 38.5, 13.5, 39))
    service.expired.add(old[0].query_id)
    links = ["{}/download/{}?id={}".format(Settings.load().egms_api_url, h.filename, h.query_id) for h in hits + old]
    links_menu(dock, "paste", monkeypatch, "\n".join(links[:1] + ["hello"]))
    exported = tmp_path / "egms-archive-links.txt"
    exported.write_text("\n".join(links) + "\n")
    links_menu(dock, "open", monkeypatch, str(exported))
    rows = table_rows(dock)
    assert sorted(rows) == sorted(h.filename for h in hits + old)
    assert all(r[3] == "link" and r[0] == "?" for r in rows.values())
    assert any("1 lines are not EGMS download links" in m for m in messages(qgis_iface, Qgis.MessageLevel.Warning))
    dock.importWhenDownloaded.setChecked(False)
    download(dock, wait)
    assert md5(tmp_path / "downloads" / hits[0].filename) == md5(source(service, hits[0].filename))
    assert table_rows(dock)[old[0].filename][3] == "failed"
    assert any("link for {} has expired".format(old[0].filename) in m for m in messages(qgis_iface,
                                                                                        Qgis.MessageLevel.Critical))
    assert "1 downloaded" in dock.downloadStatus.text() and "1 failed" in dock.downloadStatus.text()
    notes = tmp_path / "notes.txt"
    notes.write_text("nothing here\n")
    links_menu(dock, "open", monkeypatch, str(notes))
    assert any("notes.txt holds no EGMS download links" in m for m in messages(qgis_iface, Qgis.MessageLevel.Warning))


def test_without_a_key(dock, service, qgis_iface):
    Settings.load().replace(auth_config_id="").save()
    dock.searchButton.click()
    assert dock.searchButton.isEnabled()
    warnings = messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert any("No CLMS service key yet" in m and "Add Explorer links" in m for m in warnings)
    assert service.searches == []


@pytest.mark.parametrize("quirk,message", [
    ("log in", "asks to log in: import your CLMS service key"),
    ("server error", "HTTP 500"),
    ("too large", "too large to search"),
])
def test_service_quirks_give_messages(dock, service, qgis_iface, wait, loopback, quirk, message):
    if quirk == "log in":
        service.token = "someone-else"
    elif quirk == "server error":
        loopback.routes[("POST", "/insar-api/archive/search")] = lambda r: (500, {}, {"message": "Internal error"})
    else:
        qgis_iface.mapCanvas().setExtent(QgsRectangle(-25, 34, 45, 72))
    search(dock, wait)
    critical = messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert any(message in m for m in critical), critical
    assert dock.resultsTable.rowCount() == 0


def test_release_list_from_the_service(dock, service, wait, qgis_iface):
    """Offline, showing the tab asks nothing (a workshop room has no network); the first search asks the release
    list quietly, without the key (the known list stays when that fails, without a message); the user's Refresh
    asks with the key (the archive's lookups may need it: the official notebook always sends it)."""
    dock.tabs.setCurrentWidget(dock.catalogueTab)
    dock.tabs.setCurrentWidget(dock.egmsTab)
    assert dock.searchRelease.count() == 4  # the known releases until the service answers
    wait_a_moment(wait)
    assert not dock.egms_search.releases_asked and not service.lookups and not service.searches
    search(dock, wait)
    wait(lambda: dock.egms_search.releases_asked and len(service.lookups) == 1)
    assert service.lookups[0][1] == ""  # quietly: without the key
    assert dock.searchRelease.count() == 4 and not messages(qgis_iface, Qgis.MessageLevel.Warning)
    dock.refreshReleases.click()
    wait(lambda: dock.searchRelease.count() == 5)
    assert [dock.searchRelease.itemText(i) for i in range(5)] == ["2020-2025", "2020-2024", "2019-2023", "2018-2022",
                                                                   "2015-2021"]
    assert dock.searchRelease.currentText() == "2020-2024"  # the user's choice is kept


def wait_a_moment(wait, seconds=1.0):
    """Let the event loop run ``seconds``: time enough for a request, were one made."""
    import time

    until = time.monotonic() + seconds
    wait(lambda: time.monotonic() >= until)


def test_search_area_drawn_on_the_map_or_from_a_layer(dock, service, qgis_iface, wait):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from support.gui import draw_extent

    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(USTICA)
    previous = draw_extent(canvas, dock.searchExtent, 13.10, 38.60, 13.30, 38.80)
    assert dock.searchExtent.isValid() and canvas.mapTool() is previous
    search(dock, wait, "L3U")
    (w, s), (e, n) = service.searches[-1]["bbox"]
    pixel = canvas.mapUnitsPerPixel()
    assert [w, s, e, n] == pytest.approx([13.10, 38.60, 13.30, 38.80], abs=2 * pixel)  # where the mouse went

    far = QgsVectorLayer("Polygon?crs=EPSG:4326", "area in Albania", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(19.3, 41.2, 19.7, 41.4)))
    far.dataProvider().addFeatures([f])
    far.updateExtents()
    dock.searchExtent.setOutputExtentFromLayer(far)  # the widget's "Calculate from Layer"
    search(dock, wait)
    assert list(table_rows(dock)) == ["EGMS_L2b_044_0100_IW2_VV_2020_2024_1.zip"]


def test_a_full_disk_stops_the_queue_with_a_message(dock, service, qgis_iface, wait, monkeypatch):
    """The disk fills while the second file is written: that file fails with a message saying why, the files
    queued after it are not started (they would not fit either), the first stays downloaded. Processing's
    download_egms follows the same rule (one core function: core.download.fetch_one)."""
    from clms_egms.core import download as core_download

    search(dock, wait)
    names = sorted(table_rows(dock))
    assert len(names) >= 3
    check_only(dock, names)
    dock.importWhenDownloaded.setChecked(False)
    real = core_download.Downloader.fetch

    def fetch(self, item, folder, feedback=None):
        if item.filename == names[1]:
            raise OSError(28, "No space left on device")
        return real(self, item, folder, feedback)

    monkeypatch.setattr(core_download.Downloader, "fetch", fetch)
    qgis_iface.messageBar().clear_messages()
    download(dock, wait)
    rows = table_rows(dock)
    assert [rows[n][3] for n in names[:3]] == ["downloaded", "failed", "cancelled"]
    assert all(rows[n][3] == "cancelled" for n in names[2:])
    said = messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert any("could not be saved" in m and "No space left on device" in m for m in said), said
