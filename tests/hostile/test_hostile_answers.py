"""Hostile answers to API calls, through the plugin's one transport: each was taken whole, followed or waited for
without an end before (an answer inflating to gigabytes, 200 MB of JSON, 201 redirects, a redirect to file://, a
byte every two seconds, deep JSON); now each ends with a clear message, in bounded memory and time."""
import gzip
import resource
import time
import zlib

import pytest

from clms_egms.core.network import (MAX_ANSWER, InvalidResponse, RequestTimeout, Transport, retry_after,
                                    retry_when_busy)
from support.http_server import Slow


def grown_mb(before):
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024


def gzip_bomb(inflated):
    """A gzip stream of ``inflated`` bytes of "[" ... (what a JSON answer could start with), about 1/1000 of it."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * (1 << 20)
    parts = [compressor.compress(b"[")]
    parts += [compressor.compress(block) for _ in range(inflated >> 20)]
    return b"".join(parts + [compressor.flush()])


def test_an_answer_that_inflates_is_stopped_at_the_cap(loopback):
    """Content-Encoding: gzip on an API answer: Qt inflated it whole (a 1 MB answer grew QGIS by 4.1 GB)."""
    bomb = gzip_bomb(1 << 30)
    assert len(bomb) < 2 << 20
    loopback.routes[("GET", "/api/@search")] = lambda r: (200, {"Content-Encoding": "gzip",
                                                                "Content-Type": "application/json"}, bomb)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InvalidResponse, match="answered with more than 64 MB: not read"):
        Transport(timeout_s=10).get_json(loopback.url + "/api/@search")
    assert grown_mb(before) < 200  # at most the cap, and a slice
    assert loopback.requests[-1].headers["accept-encoding"] == "identity"
    # a small compressed answer still reads (a server that compresses whatever it is asked)
    loopback.routes[("GET", "/api/ok")] = lambda r: (200, {"Content-Encoding": "gzip"}, gzip.compress(b'{"a": 1}'))
    assert Transport(timeout_s=10).get_json(loopback.url + "/api/ok") == {"a": 1}


def test_a_huge_json_answer_is_refused_before_it_is_parsed(loopback):
    big = b"[" + b"1," * ((MAX_ANSWER // 2) + 10) + b"1]"
    loopback.routes[("GET", "/api/big")] = lambda r: (200, {"Content-Type": "application/json"}, big)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InvalidResponse, match="more than 64 MB"):
        Transport(timeout_s=20).get_json(loopback.url + "/api/big")
    assert grown_mb(before) < 300  # the answer itself is 64 MB; its parse (1.5 GB) never starts


def test_redirects_are_bounded_and_stay_on_the_web(loopback):
    loopback.routes[("GET", "/loop")] = lambda r: (302, {"Location": "/loop"}, b"")
    with pytest.raises(InvalidResponse, match="redirected more than 5 times"):
        Transport(timeout_s=5).get_json(loopback.url + "/loop")
    assert len([r for r in loopback.requests if r.path == "/loop"]) == 6  # it followed 201 before
    loopback.routes[("GET", "/local")] = lambda r: (302, {"Location": "file:///etc/passwd"}, b"")
    with pytest.raises(InvalidResponse, match="not followed"):
        Transport(timeout_s=5).get_json(loopback.url + "/local")
    loopback.routes[("POST", "/token")] = lambda r: (307, {"Location": "https://elsewhere.invalid/token"}, b"")
    with pytest.raises(InvalidResponse, match="not followed"):  # a POST (a token grant) is never redirected
        Transport(timeout_s=5).request("POST", loopback.url + "/token", data={"assertion": "secret"})


def test_a_dripping_answer_ends_after_a_timeout_not_minutes(loopback):
    loopback.routes[("GET", "/drip")] = lambda r: (200, {}, Slow(b'{"a": "' + b"x" * 100 + b'"}', chunk=1, delay=1.0))
    started = time.monotonic()
    with pytest.raises(RequestTimeout, match="sent almost nothing for 2 s"):
        Transport(timeout_s=2).get_json(loopback.url + "/drip")
    assert time.monotonic() - started < 10  # a timeout and a tick, not the 100 s the drip takes


def test_an_api_call_has_an_overall_deadline(loopback):
    """Enough bytes every second to pass the stall rule, for longer than the call may take in all."""
    loopback.routes[("GET", "/long")] = lambda r: (200, {}, Slow(b" " * (80 * 4096), chunk=4096, delay=0.1))
    started = time.monotonic()
    with pytest.raises(RequestTimeout, match="did not finish answering within 3 s"):
        Transport(timeout_s=1).get_json(loopback.url + "/long")
    assert time.monotonic() - started < 6


def test_deep_json_is_an_invalid_answer_not_a_recursion_error(loopback):
    loopback.routes[("GET", "/deep")] = lambda r: (200, {}, b"[" * 200000 + b"]" * 200000)
    with pytest.raises(InvalidResponse, match="did not answer with JSON"):
        Transport(timeout_s=5).get_json(loopback.url + "/deep")


def test_retry_after_is_honoured_within_a_bound(loopback):
    calls, waits = [], []
    loopback.routes[("GET", "/busy")] = lambda r: calls.append(r) or (
        (429, {"Retry-After": "7"}, b"busy") if len(calls) == 1 else (429, {"Retry-After": "86400"}, b"busy")
        if len(calls) == 2 else (200, {}, {"ok": True}))
    transport = Transport(timeout_s=5)
    assert retry_when_busy(lambda: transport.get_json(loopback.url + "/busy"), "the search",
                           sleep=waits.append) == {"ok": True}
    assert waits == [7, 60]  # as asked, and a day cut to a minute

    class Said:
        headers = {"retry-after": "Wed, 21 Oct 2026 07:28:00 GMT"}
    assert retry_after(Said(), default=4) == 4  # a date is not read: the plugin's own wait


def test_a_dripping_download_ends_in_bounded_time(loopback, tmp_path):
    """A download sent a byte every 2 s kept a 5 s timeout going for 215 s: each attempt now ends after a timeout
    with almost nothing received, and after its retries the download stops with what arrived kept to resume."""
    from clms_egms.core.download import DownloadItem, Downloader
    from clms_egms.core.errors import PluginError

    body = b"PK" + b"\0" * 200
    loopback.routes[("GET", "/files/*")] = lambda r: (200, {}, Slow(body, chunk=1, delay=0.5))
    naps = []
    started = time.monotonic()
    with pytest.raises(PluginError, match="broke off"):
        Downloader(Transport(timeout_s=1), sleep=naps.append).fetch(
            DownloadItem("EGMS_x.zip", loopback.url + "/files/EGMS_x.zip", len(body)), str(tmp_path))
    assert time.monotonic() - started < 20 and len(naps) == 4  # five attempts of about a timeout each
