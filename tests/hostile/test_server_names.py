"""Hostile input: names, ids and redirects from a compromised or broken service never write outside the
folder the user chose, never replace a file elsewhere, and never carry the token to another host."""
import os
import zipfile

import pytest

from clms_egms.core.clms.results import fetch_result
from clms_egms.core.download import DownloadItem, Downloader
from clms_egms.core.egms.api import EgmsApi
from clms_egms.core.egms.download import Downloader as EgmsDownloader
from clms_egms.core.egms.download import items_from_hits, parse_links
from clms_egms.core.errors import PluginError
from clms_egms.core.network import Transport
from clms_egms.core.paths import inside, plain_id, plain_name
from support.clms_server import result_zip
from support.http_server import LoopbackServer

TRAVERSALS = ["../../startup.py", "../escape.zip", "/tmp/absolute.zip", "..\\..\\escape.zip", "C:\\Users\\x.zip",
              "sub/dir/x.zip", "..", ".", "", "x.zip\x00.py", "a" * 300 + ".zip", ".hidden.zip", "x.zip "]


def a_zip(tmp_path, name="payload.zip"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("payload.csv", "pid\n1\n")
    return path.read_bytes()


def everything_under(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _dirs, files in os.walk(root) for f in files)


@pytest.mark.parametrize("name", TRAVERSALS)
def test_a_server_given_name_that_is_not_plain_is_refused(tmp_path, name):
    folder = tmp_path / "downloads"
    folder.mkdir()
    with pytest.raises(PluginError, match="not a plain file name"):
        inside(str(folder), name)


def test_plain_names_and_ids():
    assert plain_name("EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip") == "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"
    assert plain_name("../../startup.py") == "startup.py"
    assert plain_name("..\\..\\x.zip") == "x.zip"
    assert plain_name("..") == plain_name(".") == plain_name("") == ""
    assert plain_id("40579776782") == "40579776782"
    assert plain_id("a/../../x") == "a_______x"
    assert plain_id("../..") == ""


def test_a_link_in_the_folder_that_leads_out_is_refused(tmp_path):
    folder, outside = tmp_path / "downloads", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (folder / "x.zip").symlink_to(outside / "x.zip")
    (folder / "y.zip.part").symlink_to(outside / "y.zip.part")
    with pytest.raises(PluginError, match="leads outside"):
        inside(str(folder), "x.zip")
    with pytest.raises(PluginError, match="leads outside"):
        inside(str(folder), "y.zip", ".part")
    assert inside(str(folder), "z.zip", ".part") == str(folder / "z.zip")


def hostile_egms(server, hits, payload):
    """An EGMS archive answering a search with ``hits`` and any download with ``payload``."""
    prefix = "/insar-api/archive"
    server.routes[("POST", prefix + "/search")] = lambda r: (200, {}, {"status": True, "id": "q1", "hits": hits,
                                                                       "message": ""})
    server.routes[("GET", prefix + "/download/*")] = lambda r: (200, {"Content-Type": "application/zip"}, payload)
    return EgmsApi(server.url + prefix, Transport(timeout_s=10), sleep=lambda s: None)


def test_an_egms_search_answer_cannot_plant_a_file_outside_the_folder(loopback, tmp_path):
    """The attack of the hostile-input run: hits naming ../../startup.py (a QGIS profile's start-up script),
    an absolute path, and a file that already exists elsewhere; the search keeps only the plain .zip name."""
    profile, folder = tmp_path / "profile" / "python", tmp_path / "downloads"
    profile.mkdir(parents=True)
    victim = tmp_path / "victim.zip"
    victim.write_bytes(b"the user's own file")
    payload = a_zip(tmp_path)
    hits = [{"filename": "../profile/python/startup.py", "filesize": len(payload)},
            {"filename": str(victim), "filesize": len(payload)},
            {"filename": "..\\victim.zip", "filesize": len(payload)},
            {"filename": "notes.txt", "filesize": len(payload)},
            {"filename": None}, "not a hit", {"filesize": 3},
            {"filename": "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip", "filesize": len(payload)}]
    api = hostile_egms(loopback, hits, payload)
    found = api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0))
    assert [h.filename for h in found] == ["EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"]
    for item in items_from_hits(api, found):
        EgmsDownloader(api.transport, api).fetch(item, str(folder))
    assert everything_under(tmp_path) == ["downloads/EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip", "payload.zip",
                                          "victim.zip"]
    assert victim.read_bytes() == b"the user's own file"


def test_the_downloader_refuses_a_traversal_name_even_when_handed_one(loopback, tmp_path):
    """Defence in depth: whatever builds a DownloadItem, the downloader itself refuses a name that is not plain,
    before it writes anything (no .part either)."""
    payload = a_zip(tmp_path)
    loopback.routes[("GET", "/f")] = lambda r: (200, {}, payload)
    folder = tmp_path / "a" / "b"
    for name in ("../../startup.py", "../x.zip", str(tmp_path / "abs.zip")):
        with pytest.raises(PluginError, match="not a plain file name"):
            Downloader(Transport(timeout_s=10)).fetch(DownloadItem(name, loopback.url + "/f", len(payload)),
                                                     str(folder))
    assert everything_under(tmp_path) == ["payload.zip"]


def test_a_link_whose_encoded_name_climbs_out_is_not_taken():
    items, rejected = parse_links("https://egms.land.copernicus.eu/insar-api/archive/download/"
                                  "..%2F..%2Fstartup.zip?id=0123456789abcdef0123456789abcdef\n")
    assert items == [] and len(rejected) == 1


def test_a_file_that_is_not_a_zip_is_never_moved_into_place_whatever_its_name(loopback, tmp_path):
    loopback.routes[("GET", "/f")] = lambda r: (200, {}, b"import os  # not data")
    with pytest.raises(PluginError, match="not a complete zip"):
        Downloader(Transport(timeout_s=10)).fetch(DownloadItem("startup.py", loopback.url + "/f", 21), str(tmp_path))
    assert everything_under(tmp_path) == []


@pytest.mark.parametrize("task_id", ["a/../../x", "../../../tmp/evil", "/etc/cron.d/x", "..\\..\\x"])
def test_a_clms_task_id_cannot_pick_a_path(loopback, tmp_path, task_id):
    payload = result_zip("CORINE Land Cover 2018")
    loopback.routes[("GET", "/result.zip")] = lambda r: (200, {}, payload)
    folder = tmp_path / "one" / "two" / "CLMS"
    files = fetch_result(Transport(timeout_s=10), task_id, loopback.url + "/result.zip", len(payload), str(folder))
    assert files and all(os.path.realpath(f).startswith(str(folder) + os.sep) for f in files)
    assert [p for p in everything_under(tmp_path) if not p.startswith("one/two/CLMS/")] == []
    names = sorted(os.listdir(folder))
    assert len(names) == 2 and names[0].startswith("CLMS_") and names[1] == names[0] + ".zip"


def test_a_clms_task_id_with_nothing_usable_is_refused(loopback, tmp_path):
    with pytest.raises(PluginError, match="cannot name a file"):
        fetch_result(Transport(timeout_s=10), "../..", loopback.url + "/x", 0, str(tmp_path))
    assert everything_under(tmp_path) == []


def test_a_symlink_entry_in_a_result_zip_gives_a_clear_message(tmp_path):
    """A zip holding an entry 'data' and then 'data/x.tif' (what a symlink entry followed by a file through it
    looks like to zipfile): a message, nothing left behind."""
    from clms_egms.core.clms.results import unpack

    path = tmp_path / "CLMS_1.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data", "/etc")
        z.writestr("data/x.tif", b"II*\x00")
    with pytest.raises(PluginError, match="could not be unpacked"):
        unpack(str(path), str(tmp_path / "CLMS_1"))
    assert sorted(os.listdir(tmp_path)) == ["CLMS_1.zip"]


def test_the_token_does_not_follow_a_redirect_to_another_origin(tmp_path):
    payload = a_zip(tmp_path)
    with LoopbackServer() as service, LoopbackServer() as other:
        other.routes[("GET", "/stolen.zip")] = lambda r: (200, {}, payload)
        service.routes[("GET", "/same.zip")] = lambda r: (200, {}, payload)
        service.routes[("GET", "/away")] = lambda r: (302, {"Location": other.url + "/stolen.zip"}, "")
        service.routes[("GET", "/here")] = lambda r: (307, {"Location": "/same.zip"}, "")
        transport, auth = Transport(timeout_s=10), {"Authorization": "Bearer SECRET"}
        chunks = []
        transport.stream(service.url + "/away", chunks.append, headers=auth)
        assert b"".join(chunks) == payload
        assert [r.headers.get("authorization") for r in other.requests] == [None]
        transport.stream(service.url + "/here", [].append, headers=auth)  # the same origin keeps it
        assert [r.headers.get("authorization") for r in service.requests] == ["Bearer SECRET"] * 3
        # API calls (searches, requests): QGIS follows with a fresh request, no header goes along
        service.routes[("GET", "/api")] = lambda r: (302, {"Location": other.url + "/api"}, "")
        other.routes[("GET", "/api")] = lambda r: (200, {}, {"ok": True})
        assert transport.get_json(service.url + "/api", headers=auth) == {"ok": True}
        assert [r.headers.get("authorization") for r in other.requests] == [None, None]


def test_redirect_loops_and_odd_targets_end_with_a_message(tmp_path):
    with LoopbackServer() as service:
        service.routes[("GET", "/loop")] = lambda r: (302, {"Location": "/loop"}, "")
        service.routes[("GET", "/file")] = lambda r: (302, {"Location": "file:///etc/passwd"}, "")
        service.routes[("GET", "/nowhere")] = lambda r: (302, {}, "")
        transport = Transport(timeout_s=10)
        with pytest.raises(PluginError, match="redirected more than 5 times"):
            transport.stream(service.url + "/loop", [].append)
        assert len(service.requests) == 6
        with pytest.raises(PluginError, match="not followed"):
            transport.stream(service.url + "/file", [].append)
        with pytest.raises(PluginError, match="without saying where"):
            transport.stream(service.url + "/nowhere", [].append)


def test_the_lint_check_finds_a_path_built_from_a_server_value(tmp_path):
    """make lint's check: the original bug (the hit's file name joined into a path) is found; the same through
    core.paths.inside() is not; the plugin's own code is clean."""
    import subprocess
    import sys

    from support.paths import ROOT

    bad, good = tmp_path / "bad", tmp_path / "good"
    bad.mkdir()
    good.mkdir()
    (bad / "download.py").write_text("import os\ndef f(folder, item, record):\n"
                                     "    dest = os.path.join(folder, item.filename)\n"
                                     "    os.makedirs(os.path.join(folder, 'CLMS_{}'.format(record['TaskID'])))\n")
    (good / "download.py").write_text("import os\nfrom .paths import inside\ndef f(folder, item):\n"
                                      "    dest = inside(folder, item.filename)\n")
    check = [sys.executable, str(ROOT / "tools" / "check_server_paths.py")]
    found = subprocess.run(check + [str(bad)], capture_output=True, text=True)
    assert found.returncode == 1
    assert "download.py:3: os.path.join() gets item.filename" in found.stdout
    assert "download.py:4: os.path.join() gets record" in found.stdout
    assert subprocess.run(check + [str(good)], capture_output=True, text=True).returncode == 0
    assert subprocess.run(check + ["core", "ui", "algorithms", "expressions"], cwd=str(ROOT), capture_output=True,
                          text=True).returncode == 0


def test_a_download_past_its_announced_size_is_stopped_and_discarded(loopback, tmp_path):
    payload = a_zip(tmp_path)
    loopback.routes[("GET", "/f")] = lambda r: (200, {}, payload + b"\0" * (20 << 20))
    with pytest.raises(PluginError, match="is {} bytes on the server where the search announced {}".format(
            len(payload) + (20 << 20), len(payload))):
        Downloader(Transport(timeout_s=10)).fetch(DownloadItem("x.zip", loopback.url + "/f", len(payload)),
                                                 str(tmp_path / "d"))
    assert os.listdir(tmp_path / "d") == []


def test_a_stalled_service_is_reported_with_the_limit_that_ended_the_wait(loopback):
    """QGIS's own network timeout (Options ▸ Network) shorter than the plugin's: the message names it, not the
    plugin's setting, which never came into play."""
    from qgis.core import QgsNetworkAccessManager

    from clms_egms.core.network import RequestTimeout
    from support.http_server import slow

    loopback.routes[("GET", "/stall")] = slow(4)
    before = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1000)
    try:
        for call in (lambda t: t.get_json(loopback.url + "/stall"),
                     lambda t: t.stream(loopback.url + "/stall", [].append)):
            with pytest.raises(RequestTimeout, match="within 1 s \\(QGIS's network timeout"):
                call(Transport(timeout_s=200))
    finally:
        QgsNetworkAccessManager.setTimeout(before)
