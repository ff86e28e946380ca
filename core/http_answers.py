"""What comes back from a request: the errors a request ends in, the answer (``Response``), an API answer
collected within bounds (``BoundedAnswer``), and waiting when a service is busy (``retry_when_busy``, honouring
Retry-After). core/network.py's Transport makes the requests; callers import all of it from there.
"""
import json as jsonlib
import time
import zlib
from typing import Any
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import PluginError
from .i18n import tr
from .log import warn_user

RETRY_AFTER_MAX_S = 60  # the longest Retry-After honoured


class NetworkError(PluginError):
    """A request failed. ``url`` and, where the server answered, ``status`` and ``body``; ``reason``: why no
    answer came (Qt's words, e.g. "Host … not found"), where none did."""

    def __init__(self, message, url="", status=None, body=b"", reason=""):
        super().__init__(message)
        self.url = url
        self.status = status
        self.body = body
        self.reason = reason


class HttpError(NetworkError):
    """The server answered with an HTTP error status (4xx/5xx); ``headers`` its headers (lower-case names)."""

    def __init__(self, message, url="", status=None, body=b"", headers=None):
        super().__init__(message, url, status, body)
        self.headers = headers or {}


class RequestTimeout(NetworkError):
    """No answer (or no data) within the timeout."""


class RequestCancelled(NetworkError):
    """The user (or the task) cancelled the request."""


class InvalidResponse(NetworkError):
    """The server answered, but not with what was expected (e.g. not JSON)."""


class TransferInterrupted(NetworkError):
    """The connection broke while the body was arriving; ``received`` bytes had been passed on."""

    def __init__(self, message, url="", status=None, received=0):
        super().__init__(message, url, status)
        self.received = received


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    headers: dict = field(default_factory=dict)  # lower-case name -> value

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        try:
            return jsonlib.loads(self.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            raise InvalidResponse(
                tr("{host} did not answer with JSON (got: {excerpt!r}).").format(
                    host=_where(self.url), excerpt=_excerpt(self.content)
                ),
                self.url,
                self.status,
                self.content,
            ) from None


def _where(url):
    parts = urlsplit(url)
    return parts.netloc + parts.path if parts.netloc else url


def _excerpt(content, limit=120):
    text = content.decode("utf-8", errors="replace").strip().replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


def _server_message(content):
    """The message an API put in its JSON error body, if any."""
    try:
        body = jsonlib.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _excerpt(content) if content else ""
    if isinstance(body, dict):
        for key in ("message", "msg", "error_description", "error", "detail"):
            if isinstance(body.get(key), str) and body[key]:
                return body[key]
    return _excerpt(content)


class BoundedAnswer:
    """An API answer collected from stream(): at most ``max_bytes`` once inflated. Qt is asked not to inflate
    (Accept-Encoding: identity); a server that compresses all the same (gzip, deflate) is inflated here with a
    bound on the output, so a 1 MB answer cannot become gigabytes."""

    def __init__(self, url, max_bytes):
        self.url, self.max_bytes = url, max_bytes
        self.chunks, self.size, self.inflater = [], 0, None

    def start(self, status: int, headers: dict) -> None:
        encoding = headers.get("content-encoding", "").strip().lower()
        if encoding in ("gzip", "x-gzip", "deflate"):
            self.inflater = zlib.decompressobj(47)  # a gzip or zlib header, whichever comes
        elif encoding not in ("", "identity"):
            raise InvalidResponse(tr("{host} answered in an encoding the plugin does not read ({encoding}).").format(
                host=_where(self.url), encoding=encoding[:40]), self.url, status)

    def write(self, data: bytes) -> None:
        if self.inflater is None:
            self._keep(data)
            return
        while data:
            out = self.inflater.decompress(data, self.max_bytes - self.size + 1)
            self._keep(out)
            data = self.inflater.unconsumed_tail

    def _keep(self, data):
        self.size += len(data)
        if self.size > self.max_bytes:
            raise InvalidResponse(tr("{host} answered with more than {mb} MB: not read.").format(
                host=_where(self.url), mb=self.max_bytes >> 20), self.url)
        self.chunks.append(data)

    def content(self) -> bytes:
        return b"".join(self.chunks)


RETRIES_429 = 3


def retry_after(error, default: float) -> float:
    """The seconds an HTTP 429 or 503 answer's Retry-After asks to wait (a number of seconds; a date is not
    read), between 1 and RETRY_AFTER_MAX_S; ``default`` when it says nothing usable."""
    value = str(getattr(error, "headers", {}).get("retry-after", "")).strip()
    try:
        seconds = float(value)
    except ValueError:
        return default
    if seconds != seconds:  # NaN
        return default
    return int(min(max(seconds, 1), RETRY_AFTER_MAX_S))


def retry_when_busy(call, what: str, feedback=None, sleep=time.sleep, service: str = ""):
    """``call()``, tried again after 2, 4, 8… s while the service answers HTTP 429 (too many requests),
    telling the user each time (``service``: its name for the messages); a PluginError when it stays busy."""
    service = service or tr("The service")
    for attempt in range(RETRIES_429 + 1):
        try:
            return call()
        except HttpError as exc:
            if exc.status != 429:
                raise
            if attempt == RETRIES_429:
                raise PluginError(tr("{service} stayed busy (too many requests): {what} did not go through. "
                                     "Try again in a few minutes.").format(service=service, what=what)) from None
            wait = retry_after(exc, default=2 ** (attempt + 1))
            warn_user(feedback, tr("{service} is busy (too many requests): {what} is tried again in "
                                   "{seconds} s.").format(service=service, what=what, seconds=wait))
            sleep(wait)
