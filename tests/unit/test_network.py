"""The one network transport against a loopback server: success and every kind of failure."""
import threading
from urllib.parse import parse_qs

import pytest
from qgis.core import QgsFeedback

from clms_egms.core.network import (STREAM_BUFFER, HttpError, InvalidResponse, NetworkError, RequestCancelled,
                                    RequestTimeout, TransferInterrupted, Transport)
from support.http_server import Cut, slow


def test_get_json_with_repeated_params_and_headers(loopback):
    loopback.routes[("GET", "/api/@search")] = lambda r: (200, {}, {"items": [1, 2], "q": r.query})
    body = Transport(timeout_s=5).get_json(
        loopback.url + "/api/@search",
        params=[("metadata_fields", "UID"), ("metadata_fields", "dataset_full_format"),
                ("SearchableText", "corine land")],
        headers={"Authorization": "Bearer abc"},
    )
    assert body["items"] == [1, 2]
    assert body["q"] == {"metadata_fields": ["UID", "dataset_full_format"], "SearchableText": ["corine land"]}
    request = loopback.requests[-1]
    assert request.headers["authorization"] == "Bearer abc"
    assert request.headers["accept"] == "application/json"


def test_post_json_and_form(loopback):
    loopback.routes[("POST", "/json")] = lambda r: (201, {}, {"echo": r.json(), "ct": r.headers["content-type"]})
    loopback.routes[("POST", "/form")] = lambda r: (200, {}, {"body": r.body.decode(), "ct": r.headers["content-type"]})
    t = Transport(timeout_s=5)
    answer = t.post_json(loopback.url + "/json", {"Datasets": [{"DatasetID": "x"}]})
    assert answer == {"echo": {"Datasets": [{"DatasetID": "x"}]}, "ct": "application/json"}
    form = t.request("POST", loopback.url + "/form",
                     data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": "a.b+c"}).json()
    assert form["ct"] == "application/x-www-form-urlencoded"
    # decoded as a server decodes it: a '+' left unencoded would come back as a space
    assert parse_qs(form["body"]) == {"grant_type": ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
                                      "assertion": ["a.b+c"]}


def test_response_headers_and_status(loopback):
    loopback.routes[("GET", "/file")] = lambda r: (206, {"Content-Range": "bytes 0-2/10"}, b"abc")
    response = Transport(timeout_s=5).request("GET", loopback.url + "/file", headers={"Range": "bytes=0-2"})
    assert (response.status, response.content, response.headers["content-range"]) == (206, b"abc", "bytes 0-2/10")


@pytest.mark.parametrize("status", [404, 500])
def test_http_error_is_clear(loopback, status):
    body = {"status": "error", "msg": "Error, DatasetID is not valid"}
    loopback.routes[("GET", "/fail")] = lambda r: (status, {}, body)
    with pytest.raises(HttpError) as info:
        Transport(timeout_s=5).get_json(loopback.url + "/fail")
    assert info.value.status == status
    assert "HTTP {}".format(status) in str(info.value)
    assert "Error, DatasetID is not valid" in str(info.value)
    assert "127.0.0.1" in str(info.value)


def test_not_found_without_json_body(loopback):
    with pytest.raises(HttpError) as info:
        Transport(timeout_s=5).get_json(loopback.url + "/nothing-here")
    assert info.value.status == 404


def test_timeout_is_clear(loopback):
    loopback.routes[("GET", "/slow")] = slow(4)
    with pytest.raises(RequestTimeout) as info:
        Transport(timeout_s=1).get_json(loopback.url + "/slow")
    assert "did not answer within 1 s" in str(info.value)


def test_body_that_is_not_json(loopback):
    loopback.routes[("GET", "/html")] = lambda r: (200, {"Content-Type": "text/html"}, "<html>Maintenance</html>")
    with pytest.raises(InvalidResponse) as info:
        Transport(timeout_s=5).get_json(loopback.url + "/html")
    assert "did not answer with JSON" in str(info.value)
    assert "Maintenance" in str(info.value)


def test_unreachable_host_is_clear():
    with pytest.raises(NetworkError) as info:
        Transport(timeout_s=2).get_json("http://127.0.0.1:9/api")  # discard port: nothing listens
    assert "Could not reach 127.0.0.1:9/api" in str(info.value)
    assert not isinstance(info.value, HttpError)


def test_cancel_through_feedback(loopback):
    loopback.routes[("GET", "/slow")] = slow(4)
    feedback = QgsFeedback()
    threading.Timer(0.3, feedback.cancel).start()
    with pytest.raises(RequestCancelled):
        Transport(timeout_s=10).get_json(loopback.url + "/slow", feedback=feedback)


BIG = bytes(range(256)) * 20000  # 5 MB


def test_stream_hands_the_body_over_in_chunks(loopback):
    loopback.routes[("GET", "/files/*")] = lambda r: (200, {"X-Name": r.path}, BIG)
    chunks, seen, progress = [], [], []
    response = Transport(timeout_s=5).stream(
        loopback.url + "/files/a.zip", chunks.append, headers={"Range": "bytes=0-"},
        on_headers=lambda status, headers: seen.append((status, headers["x-name"], len(chunks))),
        on_progress=lambda done, total: progress.append((done, total)))
    # never all of it at once: at most STREAM_BUFFER bytes a chunk (Qt's own buffer limit is soft: under load it
    # handed over 1.3 MiB in one read)
    assert b"".join(chunks) == BIG and max(len(c) for c in chunks) <= STREAM_BUFFER
    assert seen == [(200, "/files/a.zip", 0)]  # once, before the first chunk
    assert response.status == 200 and response.content == b""
    assert progress[-1] == (len(BIG), len(BIG))
    assert loopback.requests[-1].headers["range"] == "bytes=0-"


def test_stream_error_status_is_not_written(loopback):
    loopback.routes[("GET", "/gone")] = lambda r: (401, {}, {"message": "Query id expired"})
    chunks = []
    with pytest.raises(HttpError) as info:
        Transport(timeout_s=5).stream(loopback.url + "/gone", chunks.append)
    assert info.value.status == 401 and "Query id expired" in str(info.value)
    assert chunks == []


def test_stream_broken_off_midway(loopback):
    loopback.routes[("GET", "/cut")] = lambda r: (200, {}, Cut(BIG, 1_000_000))
    chunks = []
    with pytest.raises(TransferInterrupted) as info:
        Transport(timeout_s=5).stream(loopback.url + "/cut", chunks.append)
    assert b"".join(chunks) == BIG[:1_000_000] and info.value.received == 1_000_000
    assert "broke off" in str(info.value)


def test_a_json_answer_broken_off_midway_is_said_not_handed_on(loopback):
    """A catalogue answer cut short (the connection closed before its Content-Length): a clear error, not the
    first half of the JSON."""
    body = b'{"items": [' + b",".join(b'{"n": %d}' % i for i in range(20000)) + b"]}"
    loopback.routes[("GET", "/cut.json")] = lambda r: (200, {}, Cut(body, len(body) // 2))
    with pytest.raises(TransferInterrupted) as info:
        Transport(timeout_s=5).get_json(loopback.url + "/cut.json")
    assert "broke off" in str(info.value)


def test_stream_cancel_and_timeout(loopback):
    loopback.routes[("GET", "/slow")] = slow(4)
    feedback = QgsFeedback()
    threading.Timer(0.3, feedback.cancel).start()
    with pytest.raises(RequestCancelled):
        Transport(timeout_s=10).stream(loopback.url + "/slow", lambda b: None, feedback=feedback)
    with pytest.raises(RequestTimeout):
        Transport(timeout_s=1).stream(loopback.url + "/slow", lambda b: None)


def test_stream_write_failure_stops_the_transfer(loopback):
    loopback.routes[("GET", "/big")] = lambda r: (200, {}, BIG)

    def full_disk(data):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        Transport(timeout_s=5).stream(loopback.url + "/big", full_disk)


def test_delete_with_a_json_body(loopback):
    loopback.routes[("DELETE", "/api/@datarequest_delete")] = lambda r: (200, {}, {"got": r.json(),
                                                                                  "ct": r.headers["content-type"]})
    loopback.routes[("DELETE", "/gone")] = lambda r: (404, {}, {"status": "error", "msg": "Task not found"})
    t = Transport(timeout_s=5)
    response = t.request("DELETE", loopback.url + "/api/@datarequest_delete", json={"TaskID": "40579776782"})
    assert response.json() == {"got": {"TaskID": "40579776782"}, "ct": "application/json"}
    with pytest.raises(HttpError) as info:
        t.request("DELETE", loopback.url + "/gone", json={"TaskID": "1"})
    assert info.value.status == 404 and "Task not found" in str(info.value)


def test_no_request_is_made_in_python_as_a_qgs_blocking_network_request(loopback):
    """A QgsBlockingNetworkRequest made in Python is a PyQt subclass whose disconnect hook takes the GIL under Qt's
    connection lock: in a task's thread that deadlocked QGIS against its main thread. GET and POST go through
    QgsNetworkAccessManager's blocking calls (the request made in C++), any other verb through the streamed
    request; the transport does not use the class at all."""
    from clms_egms.core import network

    assert not hasattr(network, "QgsBlockingNetworkRequest")
    loopback.routes[("GET", "/a")] = lambda r: (200, {}, {"ok": 1})
    loopback.routes[("POST", "/b")] = lambda r: (200, {}, {"got": r.json()})
    loopback.routes[("DELETE", "/c")] = lambda r: (200, {}, {"deleted": r.json()})
    t = Transport(timeout_s=5)
    assert t.get_json(loopback.url + "/a") == {"ok": 1}
    assert t.post_json(loopback.url + "/b", {"x": 2}) == {"got": {"x": 2}}
    assert t.request("DELETE", loopback.url + "/c", json={"TaskID": "t1"}).json() == {"deleted": {"TaskID": "t1"}}


def test_answers_never_come_from_qgis_cache(loopback):
    """A request's status polled twice is the service's of now, though the answer says it may be cached for an hour
    (QGIS's disk cache would otherwise answer the second ask itself); nothing is stored there either."""
    asked = []

    def status(r):
        asked.append(1)
        return 200, {"Cache-Control": "public, max-age=3600", "Last-Modified": "Mon, 07 Dec 2026 05:00:00 GMT"}, {
            "Status": "In_progress" if len(asked) == 1 else "Finished_ok"}
    loopback.routes[("GET", "/api/@datarequest_status_get")] = status
    t = Transport(timeout_s=5)
    first = t.get_json(loopback.url + "/api/@datarequest_status_get")
    second = t.get_json(loopback.url + "/api/@datarequest_status_get")
    assert (first["Status"], second["Status"], len(asked)) == ("In_progress", "Finished_ok", 2)
