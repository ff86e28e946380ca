"""Contract tests: the CLMS client against the exchanges recorded in the service's own documentation.

tests/recorded/clms/ holds requests (.req) and answers (.resp) transcribed from eea/clms-api-docs,
source/http-examples/ (each file names its source and commit, and what was trimmed). The answers are served
as recorded (status line, headers, body) by a loopback server and read through the real client and
transport; the requests the client builds are compared with the recorded ones. A change of the client that
breaks a recorded exchange fails here.
"""
import json
from pathlib import Path

import pytest

from clms_egms.core.auth import TokenProvider, parse_service_key
from clms_egms.core.clms.api import ClmsApi, RequestRefused
from clms_egms.core.clms.catalogue import Dataset, DownloadInfo, PrepackagedFile, parse_dataset
from clms_egms.core.clms.tracker import Tracked, Tracker
from clms_egms.core.clms.items import area_item, bbox_param, epoch_ms, file_item, output_formats
from clms_egms.core.network import Transport
from support.token_server import make_service_key

RECORDED = Path(__file__).resolve().parent.parent / "recorded" / "clms"


def recorded(name):
    """(start line, headers, body) of a recorded HTTP message; the body as JSON where there is one."""
    lines = [line for line in (RECORDED / name).read_text("utf-8").split("\n") if not line.startswith("# ")]
    head, _, body = "\n".join(lines).partition("\n\n")
    start, *header_lines = head.split("\n")
    headers = dict(line.split(": ", 1) for line in header_lines)
    return start, headers, json.loads(body) if body.strip() else None


def serve(loopback, method, path, name, seen=None):
    """Answer ``method path`` on the loopback server with the recorded answer ``name``."""
    start, headers, body = recorded(name)
    status = int(start.split()[1])

    def handle(request):
        if seen is not None:
            seen.append(request)
        return status, {"Content-Type": headers.get("Content-Type", "application/json")}, (
            json.dumps(body).encode("utf-8") if body is not None else b"")
    loopback.routes[(method, path)] = handle


@pytest.fixture
def api(loopback):
    """A client of the loopback site whose token endpoint answers with the recorded token answer."""
    key_text, _ = make_service_key(loopback.url + "/@@oauth2-token")
    serve(loopback, "POST", "/@@oauth2-token", "authentication-access-token-request.resp")
    transport = Transport(timeout_s=10)
    return ClmsApi(loopback.url, transport, TokenProvider(parse_service_key(key_text), transport))


def test_the_recorded_token_answer_gives_the_token(api, loopback):
    assert api.tokens.token() == "<READACTED>"
    grant = loopback.requests[-1]
    assert grant.headers["content-type"].startswith("application/x-www-form-urlencoded")
    # the recorded request spells "grant-type"; ftw.tokenauth (oauth2/browser/oauth2_token.py) reads "grant_type"
    assert b"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer" in grant.body
    assert b"&assertion=" in grant.body


def test_a_recorded_search_page(api, loopback):
    seen = []
    serve(loopback, "GET", "/api/@search", "download-search-datasets.resp", seen)
    page = api.search()
    assert page.total == 196 and "b_start=25" in page.next_url
    assert [(d.uid, d.title) for d in page.datasets] == [
        ("9b64a56b49f74f458aa401ad7809af16", "Building Height 2012"),
        ("e27dbc8330084b58bb5e282231fca74d", "Land Cover and Land Change"),
        ("59846f949047465f9670b0c9ef490a52", "Land Cover 100m: collection 3: epoch 2015: Globe")]
    assert page.datasets[2].description.startswith("Land cover maps represent")
    assert page.datasets[0].url.endswith("/products/urban-atlas/building-height-2012")
    # the recorded request (download-search-datasets.req) asks for these; so do we
    query = seen[0].query
    assert query["portal_type"] == ["DataSet"]
    assert {"UID", "dataset_full_format", "dataset_download_information"} <= set(query["metadata_fields"])


def test_a_recorded_catalogue_item_with_two_collections():
    _, _, item = recorded("download-search-datasets_colletion.resp")
    dataset = parse_dataset(item)
    assert dataset.uid == "4062d6a3814c426b84218d91ecc733ca"
    assert [(i.id, i.collection, i.full_format, i.full_source) for i in dataset.download_infos] == [
        ("af69e45f-646c-43f4-b062-b2855b5d6b5f", "20m", "Geotiff", "EEA"),
        ("43f68ebb-e498-416d-9bcd-216aa4580c3a", "100m", "Geotiff", "EEA")]
    assert output_formats(dataset.download_infos[0].full_format) == ["Geotiff"]


def _dataset(uid, info_id, time_series=False):
    dataset = Dataset(uid, "Land Cover 100m", download_infos=[DownloadInfo(info_id, full_format="Geotiff")])
    dataset.is_time_series = time_series
    return dataset


def _items(name):
    return recorded(name)[2]["Datasets"]


def test_requests_are_built_as_recorded():
    # by bounding box: the recorded box is [west, north, east, south]
    rec = _items("download-request-download-bbox.req")[0]
    dataset = _dataset(rec["DatasetID"], rec["DatasetDownloadInformationID"])
    west, north, east, south = rec["BoundingBox"]
    assert area_item(dataset, dataset.download_infos[0], "Geotiff", "EPSG:4326", bbox=(west, south, east, north)) == rec
    assert bbox_param(west, south, east, north) == rec["BoundingBox"]
    # by NUTS region
    rec = _items("download-request-download-nuts.req")[1]
    assert area_item(dataset, dataset.download_infos[0], "Geotiff", "EPSG:4326", nuts="itc1 ") == rec
    # a time series: dates as integer milliseconds since the epoch
    rec = _items("download-request-download-timeseries.req")[0]
    series = _dataset(rec["DatasetID"], rec["DatasetDownloadInformationID"], time_series=True)
    west, north, east, south = rec["BoundingBox"]
    built = area_item(series, series.download_infos[0], "Geotiff", "EPSG:4326", bbox=(west, south, east, north),
                      start="2019-01-01", end="2019-05-31")
    assert built.keys() == rec.keys() and built["TemporalFilter"].keys() == rec["TemporalFilter"].keys()
    assert all(isinstance(v, int) for v in built["TemporalFilter"].values())
    assert built["TemporalFilter"] == {"StartDate": epoch_ms("2019-01-01"), "EndDate": epoch_ms("2019-05-31")}
    assert {k: v for k, v in built.items() if k != "TemporalFilter"} == {
        k: v for k, v in rec.items() if k != "TemporalFilter"}
    # pre-packaged files
    rec = _items("download-request-download-prepackaged.req")
    clc = _dataset(rec[0]["DatasetID"], "")
    assert [file_item(clc, PrepackagedFile(r["FileID"])) for r in rec] == rec


def test_a_submitted_request_is_sent_as_recorded(api, loopback):
    seen = []
    serve(loopback, "POST", "/api/@datarequest_post", "download-request-download-prepackaged.resp", seen)
    start, headers, body = recorded("download-request-download-prepackaged.req")
    assert api.submit(body["Datasets"]) == ["65267487597"]
    sent = seen[0]
    assert start.startswith("POST /api/@datarequest_post ")
    assert sent.json() == body
    assert sent.headers["content-type"].startswith(headers["Content-type"])
    assert sent.headers["authorization"] == "Bearer <READACTED>" and sent.headers["accept"] == headers["Accept"]


@pytest.mark.parametrize("answer, ids", [
    ("download-request-download-prepackaged.resp", ["65267487597"]),
    ("download-request-combined.resp", ["40579776782", "77019354622"]),
    # the documentation's older shape, a bare TaskID: the client stays tolerant of it
    ("download-request-download-bbox.resp", ["20901119538"]),
])
def test_recorded_answers_to_a_request(api, loopback, answer, ids):
    serve(loopback, "POST", "/api/@datarequest_post", answer)
    assert api.submit(_items("download-request-download-bbox.req")[:1]) == ids


@pytest.mark.parametrize("answer, words", [
    ("download-request-download-full_dataset_nok.resp", "not an EEA dataset"),
    ("download-request-download-timeseries_nok.resp", "select a specific area of interest"),
])
def test_recorded_refusals_reach_the_user(api, loopback, answer, words):
    serve(loopback, "POST", "/api/@datarequest_post", answer)
    with pytest.raises(RequestRefused) as refused:
        api.submit(_items("download-request-download-bbox.req")[:1])
    assert words in str(refused.value) and "refused" in str(refused.value)


def test_a_recorded_status_and_request_list(api, loopback, tmp_path):
    from qgis.PyQt.QtCore import QSettings

    serve(loopback, "GET", "/api/@datarequest_status_get", "download-request-download-status.resp")
    status = api.status("14909741217")
    assert status["Status"] == "Finished_ok" and status["FileSize"] == 12874380

    tracker = Tracker(QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat))
    for task_id in ("14909741217", "31833063043", "2570221043"):
        tracker.add(Tracked(task_id, "Land Cover", str(tmp_path)))
    serve(loopback, "GET", "/api/@datarequest_search", "download-request-download-in-progress.resp")
    assert tracker.update(api.requests()) == []
    assert tracker.requests["2570221043"].status == "In_progress"
    serve(loopback, "GET", "/api/@datarequest_search", "download-request-download-finished.resp")
    ready = tracker.update(api.requests())
    assert [(t.task_id, t.url.rsplit("/", 1)[-1], t.size) for t in ready] == [
        ("14909741217", "4050.zip", 12874380), ("31833063043", "4053.zip", 9266860)]
    assert ready[0].message == "Download process finished successfully"


def test_a_recorded_cancel_projections_and_conversions(api, loopback):
    seen = []
    serve(loopback, "DELETE", "/api/@datarequest_delete", "download-request-delete.resp", seen)
    assert api.cancel("2570221043") is None
    assert seen[0].json() == {"TaskID": "2570221043"}
    serve(loopback, "GET", "/api/@projections", "download-available-projections.resp")
    assert api.projections("a8d945f0edd143a0a5240c28bafa23da") == ["EPSG:4326", "EPSG:3035", "EPSG:3857",
                                                                     "EPSG:4258"]
    serve(loopback, "GET", "/api/@format_conversion_table", "download-available-conversions.resp")
    table = api.format_conversions()
    assert output_formats("Netcdf", table) == ["Netcdf", "Geotiff"]
    assert output_formats("GML", table) == ["GML"] and output_formats("Geotiff", table) == ["Geotiff"]
    assert output_formats("GPKG", table) == ["GPKG", "GDB", "GML", "Geojson", "Shapefile"]
    # the table the client knows without asking agrees with the recorded one
    for source in table:
        assert sorted(output_formats(source)) == sorted(output_formats(source, table)), source
