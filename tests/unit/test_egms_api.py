"""The EGMS archive client against a loopback server with the real service's quirks."""
import pytest

from clms_egms.core.auth import TokenProvider, parse_service_key
from clms_egms.core.egms.api import EgmsApi, split_bbox
from clms_egms.core.errors import PluginError
from clms_egms.core.network import HttpError, Transport
from support.egms_server import EgmsArchive
from support.token_server import install_token_endpoint

FILES = [
    {"filename": "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip", "filesize": 2900000, "bbox": [13.1, 38.6, 13.3, 38.8],
     "productLevel": "L2B", "release": "2020-2024", "direction": "DESCENDING", "relativeOrbit": 22, "burstId": 845},
    {"filename": "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip", "filesize": 2800000, "bbox": [13.1, 38.6, 13.3, 38.8],
     "productLevel": "L2B", "release": "2020-2024", "direction": "ASCENDING", "relativeOrbit": 117, "burstId": 227},
    {"filename": "EGMS_L2b_044_0100_IW1_VV_2020_2024_1.zip", "filesize": 3000000, "bbox": [19.0, 40.0, 19.2, 40.2],
     "productLevel": "L2B", "release": "2020-2024", "direction": "ASCENDING", "relativeOrbit": 44, "burstId": 100},
    {"filename": "EGMS_L3_E45N17_100km_U_2020_2024_1.zip", "filesize": 180000, "bbox": [12.5, 38.0, 13.8, 39.0],
     "productLevel": "L3", "productType": "ORTHO-UP", "release": "2020-2024", "tileId": "E45N17"},
    {"filename": "EGMS_L3_E45N17_100km_E_2020_2024_1.zip", "filesize": 175000, "bbox": [12.5, 38.0, 13.8, 39.0],
     "productLevel": "L3", "productType": "ORTHO-EAST", "release": "2020-2024", "tileId": "E45N17"},
]


@pytest.fixture
def service(loopback):
    key_text, issued = install_token_endpoint(loopback)
    archive = EgmsArchive(FILES, token="token-1")
    base = archive.install(loopback)
    transport = Transport(timeout_s=10)
    api = EgmsApi(base, transport, TokenProvider(parse_service_key(key_text), transport), sleep=lambda s: None)
    return api, archive, issued


def test_search_by_extent(service):
    api, archive, issued = service
    hits = api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0))
    assert [h.filename for h in hits] == ["EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip",
                                         "EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip"]
    assert hits[0].filesize == 2900000 and hits[0].direction == "DESCENDING" and hits[0].track == 22
    assert len(hits[0].query_id) == 32
    assert archive.searches[0] == {"levels": ["L2B"], "releases": ["2020-2024"], "bbox": [[13.0, 38.5], [13.5, 39.0]]}
    l3 = api.search("L3E", "2020-2024", (13.0, 38.5, 13.5, 39.0))
    assert [h.filename for h in l3] == ["EGMS_L3_E45N17_100km_E_2020_2024_1.zip"]
    assert api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0), direction="ascending")[0].track == 117
    assert len(issued) == 1  # one token for all these calls


def test_a_large_area_is_split_and_merged(service):
    api, archive, _ = service
    hits = api.search("L2b", "2020-2024", (10.0, 36.0, 20.0, 41.0))  # 10 x 5 degrees
    assert len(archive.searches) == 2
    assert {h.filename for h in hits} == {f["filename"] for f in FILES if f["productLevel"] == "L2B"}
    assert all(b[2] - b[0] <= 5 and b[3] - b[1] <= 5 for b in split_bbox(-10, 30, 31, 72))


def test_an_area_too_large_is_refused_before_any_search(service):
    api, archive, _ = service
    with pytest.raises(PluginError) as info:
        api.search("L2b", "2020-2024", (-25.0, 34.0, 45.0, 72.0))  # all of Europe
    assert "too large to search" in str(info.value) and "70.0° × 38.0°" in str(info.value)
    assert archive.searches == []


def test_footprints_layer(service):
    from clms_egms.core.egms.footprints import footprints_layer

    api, archive, _ = service
    hits = api.search("L2b", "2020-2024", (10.0, 36.0, 20.0, 41.0))
    assert [h.filename[9:17] for h in hits] == ["022_0845", "044_0100", "117_0227"]
    hits[0].raw["poly"] = "POLYGON((13.1 38.6, 13.3 38.6, 13.3 38.8, 13.1 38.6))"
    hits[2].raw["poly"] = {"type": "Polygon", "coordinates": [[[13, 38], [14, 38], [14, 39], [13, 38]]]}
    layer = footprints_layer(hits)
    assert layer.isValid() and layer.featureCount() == 3 and layer.crs().authid() == "EPSG:4326"
    features = {f["filename"]: f for f in layer.getFeatures()}
    assert features[hits[0].filename].geometry().boundingBox().xMaximum() == pytest.approx(13.3)
    assert features[hits[2].filename].geometry().area() == pytest.approx(0.5)
    assert features[hits[1].filename].geometry().boundingBox().toString(1) == "19.0,40.0 : 19.2,40.2"  # its bbox
    assert features[hits[0].filename]["direction"] == "DESCENDING" and features[hits[0].filename]["track"] == 22
    footprints_layer(hits[:1], layer)  # a new search replaces the footprints
    assert layer.featureCount() == 1


def test_please_log_in(loopback):
    archive = EgmsArchive(FILES, token="secret")
    api = EgmsApi(archive.install(loopback), Transport(timeout_s=10))
    with pytest.raises(PluginError) as info:
        api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0))
    assert "asks to log in" in str(info.value) and "Settings" in str(info.value)


def test_busy_service_backs_off_and_retries(service):
    api, archive, _ = service
    waits = []
    api.sleep = waits.append
    archive.busy = 2
    assert len(api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0))) == 2
    assert waits == [2, 4]
    archive.busy = 10
    with pytest.raises(PluginError) as info:
        api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0))
    assert "busy" in str(info.value)


def test_server_error(loopback):
    loopback.routes[("POST", "/archive/search")] = lambda r: (500, {}, {"message": "Internal error"})
    with pytest.raises(HttpError) as info:
        EgmsApi(loopback.url + "/archive", Transport(timeout_s=10)).search("L2b", "2020-2024", (13, 38, 14, 39))
    assert info.value.status == 500 and "Internal error" in str(info.value)


def test_status_false_answers_say_why(loopback):
    loopback.routes[("POST", "/archive/search")] = lambda r: (200, {}, {"status": False, "message": "Invalid tile ID"})
    with pytest.raises(PluginError) as info:
        EgmsApi(loopback.url + "/archive", Transport(timeout_s=10)).search("L3U", "2020-2024", (13, 38, 14, 39))
    assert "refused the request: Invalid tile ID" in str(info.value)


def test_hits_in_the_services_shapes(service):
    """EGMS-API.ipynb, 'Hits': ``burstId`` is a string combining relativeOrbit, burstCycle, swath and
    polarization (not a number), the burst number is ``burstCycle`` (a 4-digit string), ``bbox`` a list of
    [lon, lat] pairs. The hit reads them all; the footprint is the pairs' box; the results table and the
    footprints layer show track and burst."""
    from clms_egms.core.egms.footprints import footprints_layer

    api, archive, _ = service
    (hit, _other) = api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0))
    assert hit.raw["burstId"] == "022_0845_IW2_VV" and hit.raw["burstCycle"] == "0845"
    assert (hit.track, hit.burst, hit.burst_id) == (22, 845, "022_0845_IW2_VV")
    assert hit.raw["bbox"] == [[13.1, 38.6], [13.3, 38.6], [13.3, 38.8], [13.1, 38.8]]
    (feature,) = [f for f in footprints_layer([hit]).getFeatures()]
    assert feature.geometry().boundingBox().toString(1) == "13.1,38.6 : 13.3,38.8"
    assert (feature["track"], feature["burst"], feature["burst_id"]) == (22, 845, "022_0845_IW2_VV")


@pytest.mark.parametrize("raw,expected", [
    ({"relativeOrbit": "088", "burstCycle": "0282"}, (88, 282)),  # numbers as text
    ({"relativeOrbit": None, "burstCycle": "x"}, (22, 845)),  # unreadable: the file name says
    ({}, (22, 845)),
])
def test_a_hit_is_read_whatever_form_its_numbers_take(raw, expected):
    from clms_egms.core.egms.api import _hit

    hit = _hit(dict(raw, filename="EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"), "q", {})
    assert (hit.track, hit.burst) == expected


def test_the_direction_is_spelled_as_the_service_lists_it(service):
    """The spelling of a direction is not documented: the notebook sends lower case; the client asks
    /directions once and uses its spelling (the loopback server takes only lower case)."""
    api, archive, _ = service
    assert [h.track for h in api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0), direction="DESCENDING")] == [22]
    assert [h.track for h in api.search("L2b", "2020-2024", (13.0, 38.5, 13.5, 39.0), direction="ascending")] == [117]
    assert [s["direction"] for s in archive.searches] == ["descending", "ascending"]
    assert [name for name, _auth in archive.lookups] == ["directions"]
