"""make live-check (tools/live_check.py) against the loopback CLMS site and EGMS archive: the tour runs through
the plugin's own clients, prints its table and keeps every raw answer; without network it stops at once with
one line."""
import json
import os
import subprocess
import sys

from support.paths import ROOT
from support.clms_server import ClmsSite
from support.egms_server import EgmsArchive, synthetic_index
from support.token_server import install_token_endpoint


def run(env, timeout=240):
    return subprocess.run([sys.executable, str(ROOT / "tools" / "live_check.py")], capture_output=True, text=True,
                          timeout=timeout, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env))


def test_the_tour_against_the_loopback_services(loopback, tmp_path):
    key_text, issued = install_token_endpoint(loopback)
    site = ClmsSite(token="token-1")
    site.install(loopback)
    site.old_request(site.datasets[0]["UID"])
    archive = EgmsArchive(synthetic_index(str(tmp_path / "archive"), bursts=False), token="token-1")
    egms_url = archive.install(loopback)
    key = tmp_path / "key.json"
    key.write_text(key_text)
    done = run({"CLMS_SERVICE_KEY": str(key), "CLMS_URL": loopback.url, "EGMS_URL": egms_url,
                "LIVE_OUT": str(tmp_path / "live")})
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:4] == ["call", "HTTP", "s", "parsed"]
    table = lines[1:lines.index("")]
    calls = {line.split()[0]: line.split()[1:4] for line in table}
    for name in ("token", "search", "querystring_familyTitle", "search_familyTitle_key", "datasets_by_uid",
                 "projections", "format_conversion_table", "datarequest_search", "egms_levels", "egms_directions",
                 "egms_search"):
        assert calls[name][0] == "200" and calls[name][2] == "yes", (name, calls[name])
    # the row and the file of @datasets_by_uid are its own answer, not the follow-up @search's
    by_uid = json.loads((tmp_path / "live" / "datasets_by_uid.json").read_text())
    assert by_uid["@id"].endswith("/@datasets_by_uid") and set(by_uid["items"][0]) == {
        "title", "UID", "dataset_download_information", "downloadable_files"}
    assert "1 requests of yours: Finished_ok" in done.stdout  # read only: nothing was posted
    # per dataset: formats, the day limit and the collections, as they decide the requests
    assert "CORINE Land Cover 2018: formats GeoTIFF, GPKG; day limit 30; 2 collection(s): VECTOR · GDB [GDB {object}]" \
        "; RASTER · Raster 100m · Geotiff [Geotiff {object}]" in done.stdout
    # no token is written anywhere (the token row's file holds the answer without it) nor printed
    written = b"".join(p.read_bytes() for p in (tmp_path / "live").iterdir())
    assert b"token-1" not in written and b"token-1" not in done.stdout.encode()
    assert b"access_token" in (tmp_path / "live" / "token.json").read_bytes()
    assert "9 families: Copernicus Land > CORINE Land Cover" in done.stdout
    assert "2 files: EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip" in done.stdout
    assert len(issued) == 1  # one token for the whole tour
    assert (tmp_path / "live" / "egms_search.json").read_bytes().startswith(b"{")
    assert sorted(os.listdir(tmp_path / "live")) == sorted(name + ".json" for name in calls)


def test_a_refused_call_fails_its_row_and_the_exit_status(loopback, tmp_path):
    """The clients tolerate some failures (the filter choices, the conversion table, the projections fall back
    to their own): the tour does not; each such row says the HTTP status, and the exit status is 1."""
    key_text, _issued = install_token_endpoint(loopback)
    ClmsSite(token="token-1").install(loopback)
    loopback.routes[("GET", "/api/@format_conversion_table")] = lambda r: (401, {}, {"type": "Unauthorized"})
    loopback.routes[("GET", "/api/@querystring")] = lambda r: (404, {}, "<html>Not found</html>")
    loopback.routes[("GET", "/api/@projections")] = lambda r: (404, {}, {"status": "error", "msg": "no"})
    key = tmp_path / "key.json"
    key.write_text(key_text)
    archive = EgmsArchive(synthetic_index(str(tmp_path / "archive"), bursts=False), token="token-1")
    done = run({"CLMS_SERVICE_KEY": str(key), "CLMS_URL": loopback.url, "EGMS_URL": archive.install(loopback),
                "LIVE_OUT": str(tmp_path / "live")})
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    calls = {line.split()[0]: line for line in lines[1:lines.index("")]}
    assert calls["format_conversion_table"].split()[1] == "401" and " no " in calls["format_conversion_table"]
    assert "HTTP 401 from" in calls["format_conversion_table"]
    assert calls["querystring_familyTitle"].split()[1] == "404" and " no " in calls["querystring_familyTitle"]
    assert calls["projections"].split()[1] == "404" and " no " in calls["projections"]


def test_without_network_it_says_so_in_one_line(tmp_path, loopback):
    key_text, _issued = install_token_endpoint(loopback)
    key = tmp_path / "key.json"
    key.write_text(key_text)
    done = run({"CLMS_SERVICE_KEY": str(key), "CLMS_URL": "https://land.copernicus.invalid",
                "LIVE_OUT": str(tmp_path / "live")}, timeout=60)
    assert done.returncode == 2
    assert done.stdout.splitlines() == [done.stdout.strip()] and "cannot reach https://land.copernicus.invalid" in \
        done.stdout and "no network here?" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
