"""clms_egms:download_clms through Processing, as models and scripts use it, against the loopback CLMS site."""
import pytest
from qgis.core import QgsPalettedRasterRenderer, QgsProcessingException, QgsProcessingFeedback, QgsProject

from clms_egms.core.auth import store_service_key
from clms_egms.core.settings import Settings
from support.clms_server import ClmsSite
from support.token_server import install_token_endpoint


@pytest.fixture
def site(loopback, auth_db, tmp_path, monkeypatch):
    from clms_egms.algorithms import download_clms

    monkeypatch.setattr(download_clms, "POLL_S", 0.05)
    key_text, _issued = install_token_endpoint(loopback)
    site = ClmsSite(token="token-1")
    site.install(loopback)
    Settings(clms_api_url=loopback.url, download_folder=str(tmp_path), timeout_s=5,
             auth_config_id=store_service_key(key_text, "key.json")).save()
    yield site


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__(False)
        self.infos, self.errors = [], []

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.infos.append(text)

    def reportError(self, text, fatal=False):  # noqa: N802 (QGIS API)
        self.errors.append(text)


def test_download_clc_for_an_extent(provider, site, tmp_path, qgis_new_project):
    """The issue's case through Processing: the raster collection of CORINE Land Cover 2018 (its second; formats
    as vocabulary objects; a 30-day limit though static), with no dates, in a UTM zone @projections offers."""
    import processing

    old = site.old_request(site.datasets[0]["UID"])  # an earlier website request of it, listed by the service
    feedback = Feedback()
    result = processing.runAndLoadResults("clms_egms:download_clms", {
        "DATASET": "CORINE Land Cover 2018", "COLLECTION": "raster", "EXTENT": "7.5,7.9,45.0,45.2 [EPSG:4326]",
        "CRS": "EPSG:32633", "OUTPUT_FOLDER": str(tmp_path / "out")}, feedback=feedback)
    (item,) = site.posts[0]["Datasets"]
    assert item["BoundingBox"] == pytest.approx([7.5, 45.2, 7.9, 45.0]) and item["OutputGCS"] == "EPSG:32633"
    raster = site.datasets[0]["dataset_download_information"]["items"][1]
    assert item["DatasetDownloadInformationID"] == raster["@id"] and item["OutputFormat"] == "Geotiff"
    assert "TemporalFilter" not in item
    assert result["TASK_ID"] != old and "CLMS_" + result["TASK_ID"] in result["FILES"]
    assert result["FILES"].endswith(".tif")
    assert any("finished" in i for i in feedback.infos) and any("in progress" in i for i in feedback.infos)
    assert any("Collection: RASTER · Raster 100m · Geotiff" in i for i in feedback.infos)
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.name().startswith("CORINE Land Cover 2018 (")]
    assert isinstance(layer.renderer(), QgsPalettedRasterRenderer) and len(layer.renderer().classes()) == 44


def test_nuts_region_and_failures(provider, site, tmp_path):
    import processing

    result = processing.run("clms_egms:download_clms", {"DATASET": site.datasets[5]["UID"], "NUTS": "itc11",
                                                        "OUTPUT_FOLDER": str(tmp_path / "n")})
    assert site.posts[-1]["Datasets"][0]["NUTS"] == "ITC11" and result["FILES"]
    site.outcome[site.datasets[0]["UID"]] = "Rejected"
    refused = r"could not prepare CORINE Land Cover 2018 \(request \d+, rejected\): The request could not be processed"
    with pytest.raises(QgsProcessingException, match=refused):
        processing.run("clms_egms:download_clms", {"DATASET": "CORINE Land Cover 2018", "NUTS": "IT",
                                                   "OUTPUT_FOLDER": str(tmp_path / "r")})
    posts = len(site.posts)
    with pytest.raises(QgsProcessingException, match="has no collection “10m”: choose one of VECTOR · GDB; RASTER"):
        processing.run("clms_egms:download_clms", {"DATASET": "CORINE Land Cover 2018", "COLLECTION": "10m",
                                                   "NUTS": "IT", "OUTPUT_FOLDER": str(tmp_path / "x")})
    with pytest.raises(QgsProcessingException, match="delivers CORINE Land Cover 2012 in EPSG:4326, EPSG:3035, "
                                                     "EPSG:3857, EPSG:4258, not in EPSG:32633"):
        processing.run("clms_egms:download_clms", {"DATASET": "CORINE Land Cover 2012", "CRS": "EPSG:32633",
                                                   "NUTS": "IT", "OUTPUT_FOLDER": str(tmp_path / "x")})
    assert len(site.posts) == posts  # refused before anything was sent
    with pytest.raises(QgsProcessingException, match="No CLMS dataset is called “Atlantis 2050”"):
        processing.run("clms_egms:download_clms", {"DATASET": "Atlantis 2050", "NUTS": "IT",
                                                   "OUTPUT_FOLDER": str(tmp_path / "x")})
    with pytest.raises(QgsProcessingException, match="a NUTS region or an extent"):
        processing.run("clms_egms:download_clms", {"DATASET": "CORINE Land Cover 2018",
                                                   "OUTPUT_FOLDER": str(tmp_path / "x")})
    Settings.load().replace(auth_config_id="").save()
    feedback = Feedback()
    with pytest.raises(QgsProcessingException):
        processing.run("clms_egms:download_clms", {"DATASET": "CORINE Land Cover 2018", "NUTS": "IT",
                                                   "OUTPUT_FOLDER": str(tmp_path / "k")}, feedback=feedback)
    assert any("No CLMS service key yet" in e for e in feedback.errors)


def test_cancel_while_waiting_cancels_the_request(provider, site, tmp_path):
    import processing

    class CancelOnRequest(Feedback):
        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            super().pushInfo(text)
            if "waiting for the CLMS" in text:
                self.cancel()  # the user presses Cancel while the CLMS prepares the data

    site.polls_to_finish = 50
    with pytest.raises(QgsProcessingException, match="cancelled too"):
        processing.run("clms_egms:download_clms", {"DATASET": "CORINE Land Cover 2018", "NUTS": "IT",
                                                   "OUTPUT_FOLDER": str(tmp_path)}, feedback=CancelOnRequest())
    (task,) = site.tasks.values()
    assert task["Status"] == "Cancelled"


def test_a_time_series_asked_by_uid_carries_its_temporal_filter(provider, site, tmp_path):
    """@datasets_by_uid gives no time-series settings (eea/clms.addon, cart_dataset_search): the algorithm reads
    the full catalogue item, so the request carries the TemporalFilter the service requires, and the 31-day
    limit is applied before anything is asked."""
    import processing

    snow = next(d for d in site.datasets if d["mapviewer_istimeseries"] and d["download_limit_temporal_extent"] == 31)
    site.outcome[snow["UID"]] = "Rejected"  # the request is made; its preparation does not matter here
    with pytest.raises(QgsProcessingException, match="rejected"):
        processing.run("clms_egms:download_clms", {"DATASET": snow["UID"], "NUTS": "ITC11", "START": "2023-01-01",
                                                   "END": "2023-01-20", "OUTPUT_FOLDER": str(tmp_path / "t")})
    (item,) = site.posts[-1]["Datasets"]
    assert item["DatasetID"] == snow["UID"] and set(item["TemporalFilter"]) == {"StartDate", "EndDate"}
    with pytest.raises(QgsProcessingException, match="at most 31 days"):
        processing.run("clms_egms:download_clms", {"DATASET": snow["UID"], "NUTS": "ITC11", "START": "2023-01-01",
                                                   "END": "2023-06-01", "OUTPUT_FOLDER": str(tmp_path / "t")})


def test_a_cdse_dataset_queued_without_a_task_id(provider, site, tmp_path):
    """The request of a CDSE dataset is answered without a task id: the algorithm finds its task among the
    user's requests (the parent, registered after its child tasks; never the old website request of the same
    dataset) and follows it to the files."""
    import processing

    cdse = next(d for d in site.datasets if d["title"] == "Water Bodies 2024 (CDSE)")
    old = site.old_request(cdse["UID"])
    result = processing.run("clms_egms:download_clms", {"DATASET": "Water Bodies 2024 (CDSE)", "NUTS": "ITC11",
                                                        "OUTPUT_FOLDER": str(tmp_path / "c")})
    (parent,) = [t for t in site.tasks if site.tasks[t].get("cdse_task_role") == "parent"]
    assert result["TASK_ID"] == parent != old and result["FILES"]
    assert "CLMS_" + parent in result["FILES"]
