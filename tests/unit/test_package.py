"""The plugin zip passes the plugins.qgis.org rules, and the validator catches what they forbid."""
import os
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import validate_zip  # noqa: E402

PB_TOOL = os.path.join(os.path.dirname(sys.executable), "pb_tool")


@pytest.mark.skipif(not os.path.exists(PB_TOOL), reason="pb_tool is in the build venv (make venv), not beside "
                                                         "this Python (the QGIS 3.44 root only runs the tests)")
def test_the_zip_pb_tool_builds_passes(tmp_path):
    """`make zip`'s route, on a copy of what pb_tool.cfg names (pb_tool writes the zip into its working folder)."""
    import configparser
    import shutil
    import subprocess  # nosec B404 (the build tool, with fixed arguments)

    cfg = configparser.ConfigParser()
    cfg.read(os.path.join(ROOT, "pb_tool.cfg"))
    work = tmp_path / "src"
    work.mkdir()
    shutil.copy(os.path.join(ROOT, "pb_tool.cfg"), work)
    for name in (cfg["files"]["python_files"] + " " + cfg["files"]["extras"]).split():
        shutil.copy(os.path.join(ROOT, name), work / name)
    for folder in cfg["files"]["extra_dirs"].split():
        shutil.copytree(os.path.join(ROOT, folder), work / folder)
    subprocess.run([PB_TOOL, "zip", "--quick", "--no-docs", "--plugin_path", str(tmp_path / "deploy")],  # nosec
                   cwd=str(work), check=True, capture_output=True, timeout=120)
    out = str(work / "clms_egms.zip")
    assert validate_zip.problems(out) == []
    names = zipfile.ZipFile(out).namelist()
    assert "clms_egms/metadata.txt" in names and "clms_egms/ui/dock.ui" in names
    assert "clms_egms/expressions/functions.py" in names and "clms_egms/resources/icons/icon.svg" in names
    assert not any(n.startswith("clms_egms/tests/") or n.startswith("clms_egms/tools/") for n in names)
    # no file whose links lead to what is not shipped (the README links into docs/)
    assert "clms_egms/README.md" not in names and not any(n.startswith("clms_egms/docs/") for n in names)
    # the user guide is in it, whole: every page, picture and anchor its links name (it opens offline)
    import re

    with zipfile.ZipFile(out) as zf:
        pages = {n: zf.read(n).decode("utf-8") for n in names if n.startswith("clms_egms/help/") and
                 n.endswith(".html")}
        assert set(pages) == {"clms_egms/help/index.html", "clms_egms/help/workshop.html"}
        anchors = {n: set(re.findall(r' id="([^"]+)"', text)) for n, text in pages.items()}
        for name, text in pages.items():
            for link in re.findall(r'(?:src|href)="([^"]+)"', text):
                if re.match(r"^https?://", link):
                    continue
                target, _, anchor = link.partition("#")
                target = "clms_egms/help/" + target if target else name
                assert target in names, (name, link)
                assert not anchor or anchor in anchors[target], (name, link)


def _zip(tmp_path, files, top="clms_egms"):
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(top + "/" + name, data)
    return str(path)


GOOD_METADATA = open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8").read()


@pytest.mark.parametrize("files,expected", [
    ({"metadata.txt": GOOD_METADATA.replace("\nemail=", "\nx_email="), "LICENSE": "gpl",
      "resources/icons/icon.svg": "<svg/>"}, "lacks email"),
    ({"metadata.txt": GOOD_METADATA, "resources/icons/icon.svg": "<svg/>"}, "no LICENSE"),
    ({"metadata.txt": GOOD_METADATA, "LICENSE": "gpl", "resources/icons/icon.svg": "<svg/>",
      "core/__pycache__/x.cpython-311.pyc": "x"}, "compiled Python"),
    ({"metadata.txt": GOOD_METADATA, "LICENSE": "gpl", "resources/icons/icon.svg": "<svg/>",
      "core/a.py": "x = eval('1')\n"}, "calls eval()"),
    ({"metadata.txt": GOOD_METADATA, "LICENSE": "gpl", "resources/icons/icon.svg": "<svg/>",
      "core/a.py": "import subprocess\nsubprocess.run('ls', shell=True)\n"}, "shell=True"),
    ({"metadata.txt": GOOD_METADATA, "LICENSE": "gpl", "resources/icons/icon.svg": "<svg/>",
      "core/a.py": "import requests\nrequests.get('u', verify=False, timeout=3)\n"}, "verify=False"),
    ({"metadata.txt": GOOD_METADATA, "LICENSE": "gpl", "resources/icons/icon.svg": "<svg/>",
      "core/a.py": "import pickle\n"}, "pickle"),
    ({"metadata.txt": GOOD_METADATA, "LICENSE": "gpl", "resources/icons/icon.svg": "<svg/>",
      "core/a.py": "import yaml\nyaml.load(s)\n"}, "yaml.load"),
    ({"metadata.txt": GOOD_METADATA, "LICENSE": "gpl", "resources/icons/icon.svg": "<svg/>",
      "key.json": '{"private_key": "-----BEGIN RSA PRIVATE KEY-----\\nMII"}'}, "private key"),
])
def test_validator_catches(tmp_path, files, expected):
    found = validate_zip.problems(_zip(tmp_path, files))
    assert any(expected in p for p in found), found


def test_validator_checks_folder_name(tmp_path):
    found = validate_zip.problems(_zip(tmp_path, {"metadata.txt": GOOD_METADATA, "LICENSE": "x"}, top="CLMS-EGMS"))
    assert any("does not match" in p for p in found)


def test_metadata_is_complete():
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(GOOD_METADATA)
    general = parser["general"]
    assert general["name"] == "CLMS & EGMS for QGIS"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    for tag in ("copernicus", "clms", "egms", "insar", "ground motion", "land cover"):
        assert tag in [t.strip() for t in general["tags"].split(",")]
    for key in ("homepage", "category", "icon", "changelog"):
        assert general[key].strip()


@pytest.mark.skipif(not os.path.exists(os.path.join(os.path.dirname(sys.executable), "detect-secrets")),
                    reason="Bandit and detect-secrets are in the build venv (make venv)")
def test_publish_check_says_what_the_site_would_flag(tmp_path, capsys):
    """tools/publish_check.py (make publish-check) runs the site's scanners: SQL built from strings, a private
    key and a shell script in a zip are each reported, and the verdict is a refusal; the metadata URLs, which
    this machine cannot reach, are 'needs network' (checked by hand), not a failure."""
    import publish_check

    key = "-----BEGIN RSA " + "PRIVATE KEY-----"
    bad = _zip(tmp_path, {"metadata.txt": GOOD_METADATA, "LICENSE": "gpl", "resources/icons/icon.svg": "<svg/>",
                          "core/a.py": "def f(t):\n    return 'SELECT * FROM {}'.format(t)\n",
                          "core/key.py": "K = '" + key + "'\n", "tool.sh": "echo"})
    assert publish_check.main([bad, "--bandit-tests", "B608"]) == 1
    out = capsys.readouterr().out
    assert "core/a.py:2 B608" in out and "core/key.py:1 Private Key" in out
    assert "tool.sh: an executable or binary file" in out and "would refuse or flag this zip" in out
    assert "validator (metadata URLs)          passes" in out
