"""EGMS downloads against the loopback archive: resume, size check, skip, 429, expired ids and links."""
import hashlib
import os

import pytest
from qgis.core import QgsProcessingFeedback

from clms_egms.core.auth import TokenProvider, parse_service_key
from clms_egms.core.egms.api import EgmsApi
from clms_egms.core.egms.download import Downloader, items_from_hits, parse_links, read_links_file
from clms_egms.core.errors import PluginError
from clms_egms.core.network import RequestCancelled, Transport
from support.egms_server import EgmsArchive, synthetic_index
from support.token_server import install_token_endpoint

USTICA = (13.0, 38.5, 13.5, 39.0)


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__(False)
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.warnings.append(text)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return synthetic_index(str(tmp_path_factory.mktemp("archive")), bursts=False)


@pytest.fixture
def service(loopback, index):
    key_text, _issued = install_token_endpoint(loopback)
    archive = EgmsArchive([dict(f) for f in index], token="token-1")
    transport = Transport(timeout_s=10)
    api = EgmsApi(archive.install(loopback), transport, TokenProvider(parse_service_key(key_text), transport),
                  sleep=lambda s: None)
    waits = []
    return api, archive, Downloader(transport, api, sleep=waits.append), waits


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()  # nosec B324 (a checksum, not security)


def source(archive, name):
    return next(f["path"] for f in archive.files if f["filename"] == name)


def test_search_then_download_interrupted_midway_and_resumed(service, tmp_path):
    api, archive, downloader, _ = service
    (item,) = items_from_hits(api, [h for h in api.search("L2b", "2020-2024", USTICA, direction="descending")])
    assert item.filename == "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"
    archive.cut[item.filename] = item.size // 2
    feedback = Feedback()
    fetched = downloader.fetch(item, str(tmp_path), feedback)
    assert fetched.status == "downloaded"
    assert md5(fetched.path) == md5(source(archive, item.filename))
    assert [d[2] for d in archive.downloads] == ["", "bytes={}-".format(item.size // 2)]
    assert all(d[1] == item.hit.query_id for d in archive.downloads)
    assert not os.path.exists(fetched.path + ".part")
    assert feedback.progress() == 100


def test_a_part_left_by_an_earlier_session_is_resumed(service, tmp_path):
    api, archive, downloader, _ = service
    item = items_from_hits(api, api.search("L3U", "2020-2024", USTICA))[0]
    data = open(source(archive, item.filename), "rb").read()
    (tmp_path / (item.filename + ".part")).write_bytes(data[:1000])
    fetched = downloader.fetch(item, str(tmp_path))
    assert fetched.resumed_from == 1000
    assert open(fetched.path, "rb").read() == data
    assert archive.downloads[-1][2] == "bytes=1000-"


def test_a_server_that_ignores_range_gets_the_file_from_the_start(service, loopback, tmp_path):
    api, archive, downloader, _ = service
    item = items_from_hits(api, api.search("L3E", "2020-2024", USTICA))[0]
    data = open(source(archive, item.filename), "rb").read()
    (tmp_path / (item.filename + ".part")).write_bytes(b"x" * 500)  # not even the right bytes
    loopback.routes[("GET", "/insar-api/archive/download/*")] = lambda r: (200, {}, data)
    assert open(downloader.fetch(item, str(tmp_path)).path, "rb").read() == data


def test_files_already_there_are_skipped(service, tmp_path):
    api, archive, downloader, _ = service
    items = items_from_hits(api, api.search("L2b", "2020-2024", USTICA))
    assert [downloader.fetch(i, str(tmp_path)).status for i in items] == ["downloaded"] * 2
    count = len(archive.downloads)
    assert [downloader.fetch(i, str(tmp_path)).status for i in items] == ["present"] * 2
    assert len(archive.downloads) == count


def test_size_check_against_the_search_hit(service, tmp_path):
    api, archive, downloader, _ = service
    item = items_from_hits(api, api.search("L3U", "2020-2024", USTICA))[0]
    item.size += 10  # the search announced more than arrives
    with pytest.raises(PluginError) as info:
        downloader.fetch(item, str(tmp_path))
    assert "is {} bytes on the server where the search announced {}".format(item.size - 10, item.size) in str(
        info.value)
    assert os.listdir(tmp_path) == []
    assert len(archive.downloads) == 1  # told at once, not after retries


def test_a_file_smaller_than_announced_is_discarded(service, loopback, tmp_path):
    api, archive, downloader, _ = service
    item = items_from_hits(api, api.search("L3U", "2020-2024", USTICA))[0]
    item.size -= 10  # the server sends more than the search announced
    with pytest.raises(PluginError) as info:
        downloader.fetch(item, str(tmp_path))
    assert "where the search announced {}".format(item.size) in str(info.value)
    assert os.listdir(tmp_path) == []  # neither the file nor a part of it


def test_busy_service_backs_off_and_says_so(service, tmp_path):
    api, archive, downloader, waits = service
    item = items_from_hits(api, api.search("L3U", "2020-2024", USTICA))[0]
    archive.busy = 2
    feedback = Feedback()
    assert downloader.fetch(item, str(tmp_path), feedback).status == "downloaded"
    assert waits == [2, 4]
    assert len(feedback.warnings) == 2 and "busy" in feedback.warnings[0] and item.filename in feedback.warnings[0]
    other = items_from_hits(api, api.search("L3E", "2020-2024", USTICA))[0]
    archive.busy = 100
    with pytest.raises(PluginError) as info:
        downloader.fetch(other, str(tmp_path))
    assert "stayed busy" in str(info.value) and other.filename in str(info.value)


def test_expired_query_id_is_renewed_by_searching_again(service, tmp_path):
    api, archive, downloader, _ = service
    item = items_from_hits(api, api.search("L3U", "2020-2024", USTICA))[0]
    old_id = item.hit.query_id
    archive.expire_all()
    feedback = Feedback()
    fetched = downloader.fetch(item, str(tmp_path), feedback)
    assert md5(fetched.path) == md5(source(archive, item.filename))
    assert item.hit.query_id != old_id and len(archive.searches) == 2
    assert archive.searches[1] == archive.searches[0]  # the same query again
    assert any("expired" in w for w in feedback.warnings)


def test_links_route_without_a_key(loopback, index, tmp_path):
    archive = EgmsArchive([dict(f) for f in index], token=None)
    base = archive.install(loopback)
    hits = EgmsApi(base, Transport(timeout_s=10)).search("L2b", "2020-2024", USTICA)
    text = "\n".join(["# exported from the EGMS Explorer", ""] +
                     ["{}/download/{}?id={}".format(base, h.filename, h.query_id) for h in hits] +
                     ["not a link", "{}/download/{}?id={}".format(base, hits[0].filename, hits[0].query_id)])
    links = tmp_path / "egms-archive-links.txt"
    links.write_text(text)
    items = read_links_file(str(links))
    assert [i.filename for i in items] == [h.filename for h in hits]  # the repeated link once
    assert parse_links(text)[1] == ["not a link"]
    downloader = Downloader(Transport(timeout_s=10))  # no api, no key
    fetched = downloader.fetch(items[0], str(tmp_path / "out"))
    assert md5(fetched.path) == md5(source(archive, items[0].filename))
    assert "authorization" not in loopback.requests[-1].headers
    archive.expire_all()
    with pytest.raises(PluginError) as info:
        downloader.fetch(items[1], str(tmp_path / "out"))
    assert "link for {} has expired".format(items[1].filename) in str(info.value)
    assert "Export new links" in str(info.value)


def test_a_links_file_without_links(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\nworld\n")
    with pytest.raises(PluginError) as info:
        read_links_file(str(path))
    assert "notes.txt holds no EGMS download links" in str(info.value)
    with pytest.raises(PluginError) as info:
        read_links_file(str(tmp_path / "missing.txt"))
    assert "Cannot read" in str(info.value)


def test_please_log_in_instead_of_a_file(service, loopback, tmp_path):
    api, archive, downloader, _ = service
    item = items_from_hits(api, api.search("L3U", "2020-2024", USTICA))[0]
    item.size = 0  # as for a link: nothing to compare with
    loopback.routes[("GET", "/insar-api/archive/download/*")] = lambda r: (
        200, {}, {"status": False, "message": "Please log in to download"})
    with pytest.raises(PluginError) as info:
        downloader.fetch(item, str(tmp_path))
    assert "did not send {}: Please log in".format(item.filename) in str(info.value)
    assert os.listdir(tmp_path) == []


def test_file_not_on_the_server(service, loopback, tmp_path):
    api, archive, downloader, _ = service
    item = items_from_hits(api, api.search("L3U", "2020-2024", USTICA))[0]
    archive.files = [f for f in archive.files if f["filename"] != item.filename]
    with pytest.raises(PluginError) as info:
        downloader.fetch(item, str(tmp_path))
    assert "The EGMS service does not have {} (HTTP 404)".format(item.filename) in str(info.value)


def test_cancel_keeps_what_arrived(service, tmp_path):
    api, archive, downloader, _ = service
    item = items_from_hits(api, api.search("L3U", "2020-2024", USTICA))[0]
    feedback = Feedback()
    feedback.cancel()
    with pytest.raises(RequestCancelled):
        downloader.fetch(item, str(tmp_path), feedback)
    assert not (tmp_path / item.filename).exists()
