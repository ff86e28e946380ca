"""make live-check (tools/live_check.py) against the loopback CLMS site and EGMS archive: the tour runs through
the plugin's own clients, prints its table and keeps every raw answer; without network it stops at once with
one line."""
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
    ClmsSite(token="token-1").install(loopback)
    archive = EgmsArchive(synthetic_index(str(tmp_path / "archive"), bursts=False), token="token-1")
    egms_url = archive.install(loopback)
    key = tmp_path / "key.json"
    key.write_text(key_text)
    done = run({"CLMS_SERVICE_KEY": str(key), "CLMS_URL": loopback.url, "EGMS_URL": egms_url,
                "LIVE_OUT": str(tmp_path / "live")})
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:4] == ["call", "HTTP", "s", "parsed"]
    calls = {line.split()[0]: line.split()[1:4] for line in lines[1:-1]}
    for name in ("token", "search", "querystring_familyTitle", "search_familyTitle_key", "datasets_by_uid",
                 "projections", "format_conversion_table", "egms_levels", "egms_directions", "egms_search"):
        assert calls[name][0] == "200" and calls[name][2] == "yes", (name, calls[name])
    assert "9 families: Copernicus Land > CORINE Land Cover" in done.stdout
    assert "2 files: EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip" in done.stdout
    assert len(issued) == 1  # one token for the whole tour
    assert (tmp_path / "live" / "egms_search.json").read_bytes().startswith(b"{")
    assert sorted(os.listdir(tmp_path / "live")) == sorted(name + ".json" for name in calls)


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
