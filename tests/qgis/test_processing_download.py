"""clms_egms:download_egms through processing.run, as models and scripts use it, against the loopback archive."""
import hashlib

import pytest
from qgis.core import QgsProcessingException, QgsProject

from clms_egms.core.settings import Settings


def run(parameters, load=False):
    import processing

    return (processing.runAndLoadResults if load else processing.run)("clms_egms:download_egms", parameters)


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()  # nosec B324 (a checksum, not security)


def test_download_and_import(provider, egms_service, tmp_path, qgis_new_project):
    folder = tmp_path / "dl"
    result = run({"EXTENT": "13.0,13.5,38.5,39.0 [EPSG:4326]", "LEVEL": 1, "RELEASE": "2020-2024", "DIRECTION": 1,
                  "OUTPUT_FOLDER": str(folder), "IMPORT_TO": str(tmp_path / "out.gpkg")}, load=True)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["EGMS_L2b_117_0226_IW2_VV_2020_2024_1.zip", "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip",
                     "EGMS_L2b_117_0228_IW2_VV_2020_2024_1.zip"]  # the ascending bursts only
    assert result["DOWNLOADED"] == 3 and len(result["FILES"].splitlines()) == 3
    for path in result["FILES"].splitlines():
        source = next(f["path"] for f in egms_service.files if path.endswith(f["filename"]))
        assert md5(path) == md5(source)
    assert egms_service.searches[0]["direction"] == "ascending"  # as the service's /directions spells it
    (uri,) = result["LAYERS"]
    assert uri == str(tmp_path / "out.gpkg") + "|layername=egms_l2b_2020_2024"
    layer = QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")
    assert layer and layer[0].featureCount() == 1200 and layer[0].renderer().type() == "graduatedSymbol"

    again = run({"EXTENT": "13.0,13.5,38.5,39.0 [EPSG:4326]", "LEVEL": 1, "RELEASE": "2020-2024", "DIRECTION": 1,
                 "OUTPUT_FOLDER": str(folder)})
    assert again["DOWNLOADED"] == 0 and again["LAYERS"] == []  # already there


def test_download_and_import_into_postgis(provider, egms_service, postgis, tmp_path, qgis_new_project):
    result = run({"EXTENT": "13.0,13.5,38.5,39.0 [EPSG:4326]", "LEVEL": 1, "RELEASE": "2020-2024", "DIRECTION": 1,
                  "OUTPUT_FOLDER": str(tmp_path / "dl"), "IMPORT_CONNECTION": postgis.connection,
                  "IMPORT_SCHEMA": "downloads"}, load=True)
    assert result["DOWNLOADED"] == 3 and result["IMPORT_TO"] == "PostGIS egms-test (downloads)"
    (uri,) = result["LAYERS"]
    assert 'table="downloads"."egms_l2b_2020_2024"' in uri
    (layer,) = QgsProject.instance().mapLayersByName("egms_l2b_2020_2024")
    assert layer.providerType() == "postgres" and layer.featureCount() == 1200
    assert layer.renderer().type() == "graduatedSymbol"


def test_l3_tile_by_track_filter_and_nothing_found(provider, egms_service, tmp_path):
    result = run({"EXTENT": "13.0,13.5,38.5,39.0 [EPSG:4326]", "LEVEL": 2, "RELEASE": "2020-2024",
                  "OUTPUT_FOLDER": str(tmp_path)})
    assert result["FILES"].endswith("EGMS_L3_E45N17_100km_U_2020_2024_1.zip")
    with pytest.raises(QgsProcessingException) as info:
        run({"EXTENT": "13.0,13.5,38.5,39.0 [EPSG:4326]", "LEVEL": 1, "RELEASE": "2020-2024", "TRACK": 44,
             "OUTPUT_FOLDER": str(tmp_path)})
    assert "No EGMS files of L2b 2020-2024 in this area" in str(info.value)


def test_without_a_key_it_says_what_to_do(provider, egms_service, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatal=False):  # noqa: N802 (QGIS API)
            self.errors.append(error)

    Settings.load().replace(auth_config_id="").save()
    feedback = Feedback()
    with pytest.raises(QgsProcessingException):
        processing.run("clms_egms:download_egms", {"EXTENT": "13.0,13.5,38.5,39.0 [EPSG:4326]",
                                                   "OUTPUT_FOLDER": str(tmp_path)}, feedback=feedback)
    assert any("No CLMS service key yet" in e and "Settings" in e for e in feedback.errors), feedback.errors
    assert egms_service.searches == []


def test_a_search_answer_naming_a_start_up_script_plants_nothing(provider, egms_service, tmp_path):
    """The attack of the hostile-input run through Processing: the archive's answer also lists the burst under
    '../profile/python/startup.py' and under an absolute path into the profile; only the real file is
    downloaded, into the chosen folder, and nothing appears in the profile."""
    import os

    profile = tmp_path / "profile" / "python"
    profile.mkdir(parents=True)
    real = next(f for f in egms_service.files if f["filename"] == "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip")
    egms_service.files += [dict(real, filename="../profile/python/startup.py"),
                           dict(real, filename=str(profile / "startup2.zip"))]
    result = run({"EXTENT": "13.0,13.5,38.5,39.0 [EPSG:4326]", "LEVEL": 1, "RELEASE": "2020-2024", "DIRECTION": 1,
                  "OUTPUT_FOLDER": str(tmp_path / "dl")})
    assert result["DOWNLOADED"] == 3
    assert all(os.path.dirname(p) == str(tmp_path / "dl") for p in result["FILES"].splitlines())
    assert list(profile.iterdir()) == []
    written = [os.path.join(d, f) for d, _s, files in os.walk(str(tmp_path)) for f in files]
    assert sorted(os.path.relpath(p, str(tmp_path)) for p in written) == sorted(
        os.path.relpath(p, str(tmp_path)) for p in result["FILES"].splitlines())


def test_a_full_disk_stops_the_algorithm_with_a_message(provider, egms_service, tmp_path, monkeypatch):
    """The disk fills while the second file is written: the algorithm stops saying why (the files after it would
    not fit either), as the EGMS tab's queue does; the first file stays downloaded."""
    from clms_egms.core import download as core_download

    real = core_download.Downloader.fetch
    asked = []

    def fetch(self, item, folder, feedback=None):
        asked.append(item.filename)
        if len(asked) == 2:
            raise OSError(28, "No space left on device")
        return real(self, item, folder, feedback)

    monkeypatch.setattr(core_download.Downloader, "fetch", fetch)
    folder = tmp_path / "dl"
    with pytest.raises(QgsProcessingException, match="could not be saved in .*No space left on device"):
        run({"EXTENT": "13.0,13.5,38.5,39.0 [EPSG:4326]", "LEVEL": 1, "RELEASE": "2020-2024", "DIRECTION": 1,
             "OUTPUT_FOLDER": str(folder)})
    assert len(asked) == 2 and sorted(p.name for p in folder.iterdir() if p.suffix == ".zip") == [asked[0]]
