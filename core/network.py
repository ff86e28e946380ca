"""The plugin's one network transport, over the QGIS network stack.

Requests go through QGIS's network access manager (QgsNetworkAccessManager), so the user's proxy, SSL and
authentication settings apply. It may be called from QgsTask worker threads (the usual case) or
from the main thread. Every failure becomes a :class:`NetworkError` subclass whose message says
what went wrong and where, ready for the message bar.
"""
import json as jsonlib
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QUrl, QUrlQuery
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .errors import PluginError
from .i18n import tr
from .log import log, warn_user


STREAM_BUFFER = 1 << 20  # bytes of a streamed body held in memory at most
MAX_REDIRECTS = 5


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
    """The server answered with an HTTP error status (4xx/5xx)."""


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
    def text(self):
        return self.content.decode("utf-8", errors="replace")

    def json(self):
        try:
            return jsonlib.loads(self.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise InvalidResponse(
                tr("{host} did not answer with JSON (got: {excerpt!r}).").format(
                    host=_where(self.url), excerpt=_excerpt(self.content)
                ),
                self.url,
                self.status,
                self.content,
            ) from None


def _origin(url):
    """(scheme, host, port) of ``url``: where a credential may go."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), port or {"http": 80, "https": 443}.get(scheme)


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
    except (UnicodeDecodeError, ValueError):
        return _excerpt(content) if content else ""
    if isinstance(body, dict):
        for key in ("message", "msg", "error_description", "error", "detail"):
            if isinstance(body.get(key), str) and body[key]:
                return body[key]
    return _excerpt(content)


class Transport:
    """Blocking HTTP calls through QGIS; one instance per service client is fine.

    ``timeout_s`` bounds the wait for data on each request. Credentials go as headers of a request, never
    as a QGIS auth config applied to whatever host a request is redirected to.
    """

    def __init__(self, timeout_s=60):
        self.timeout_s = timeout_s

    def request(self, method, url, *, params=None, json=None, data=None, headers=None,
                feedback=None):
        """Send one request and return its :class:`Response`; raise a NetworkError on failure.

        ``params``: dict or list of (key, value) pairs (repeated keys allowed);
        ``json``: a body to send as JSON; ``data``: bytes or a dict sent form-encoded.
        """
        method = method.upper()
        qurl = QUrl(url)
        if params:
            query = QUrlQuery(qurl)
            for key, value in (params.items() if isinstance(params, dict) else params):
                query.addQueryItem(str(key), str(value))
            qurl.setQuery(query)
        full_url = qurl.toString()
        request = QNetworkRequest(qurl)
        body, content_type = b"", None
        if json is not None:
            body, content_type = jsonlib.dumps(json).encode("utf-8"), "application/json"
        elif isinstance(data, dict):
            body, content_type = urlencode(data).encode("ascii"), "application/x-www-form-urlencoded"
        elif data is not None:
            body, content_type = bytes(data), "application/octet-stream"
        if content_type is not None:
            request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, content_type)
        for name, value in (headers or {}).items():
            request.setRawHeader(name.encode("ascii"), str(value).encode("utf-8"))
        if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
            request.setTransferTimeout(int(self.timeout_s * 1000))

        # GET and POST, the requests background tasks send, through QgsNetworkAccessManager's blocking calls: QGIS
        # makes their QgsBlockingNetworkRequest in C++. One made here in Python is a PyQt subclass whose disconnect
        # hook needs Python's GIL while Qt's connection lock is held, as the request ends: in a task's thread
        # that deadlocks against the main thread connecting anything under the GIL (QGIS froze so, opening the
        # panel while a task read the catalogue). Both follow redirects with a fresh request, no raw header along.
        # Any other verb (the CLMS API's DELETE with a JSON body) goes through stream(), collected here.
        if method == "GET":
            reply = QgsNetworkAccessManager.blockingGet(request, "", True, feedback)
        elif method == "POST":
            reply = QgsNetworkAccessManager.blockingPost(request, QByteArray(body), "", True, feedback)
        else:
            chunks = []
            sent = dict(headers or {}, **({"Content-Type": content_type} if content_type else {}))
            response = self.stream(full_url, chunks.append, headers=sent, feedback=feedback, method=method,
                                   body=body)
            response.content = b"".join(chunks)
            return response
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        status = int(status) if status not in (None, "") else None
        content = bytes(reply.content())
        self._check(method, full_url, status, reply.error(), reply.errorString(), content, len(content), feedback)
        return Response(full_url, status, content, _headers_of(reply))

    def _check(self, method, url, status, qt_error, reason, body, received, feedback):
        """Raise the NetworkError a finished request calls for; nothing for an answer (or a redirect) received
        whole. ``body``: what came of an error answer; ``received``: the bytes of a good answer received."""
        where = _where(url)
        if feedback is not None and feedback.isCanceled():
            raise RequestCancelled(tr("Request to {host} cancelled.").format(host=where), url)
        if status is not None and status >= 400:
            message = _server_message(body)
            log.warning("%s %s answered HTTP %s: %s", method, where, status, message)
            text = tr("{host} answered HTTP {status}").format(host=where, status=status)
            raise HttpError(text + (": " + message if message else "."), url, status, body)
        if qt_error == QNetworkReply.NetworkError.NoError or (status is not None and 300 <= status < 400):
            return
        reason = reason or tr("no answer")
        if qt_error in (QNetworkReply.NetworkError.OperationCanceledError,  # Qt 5.15 aborts a transfer timeout so
                        QNetworkReply.NetworkError.TimeoutError):
            raise self._timed_out(method, url)
        if status is not None:
            log.warning("%s %s broke off after %s bytes: %s", method, where, received, reason)
            raise TransferInterrupted(tr("The transfer from {host} broke off: {reason}").format(
                host=where, reason=reason), url, status, received)
        log.warning("%s %s failed: %s", method, where, reason)
        raise NetworkError(tr("Could not reach {host}: {reason}").format(host=where, reason=reason), url,
                           reason=reason)

    def _timed_out(self, method, url):
        """The RequestTimeout of a request that got no data in time: the wait that ended it is the shorter of
        ours and QGIS's own network timeout (Options ▸ Network), which also ends requests."""
        seconds = self.timeout_s
        qgis_ms = QgsNetworkAccessManager.timeout()
        if 0 < qgis_ms < seconds * 1000:
            seconds = qgis_ms / 1000
            text = tr("{host} did not answer within {seconds:g} s (QGIS's network timeout, in Settings ▸ Options ▸ "
                      "Network).")
        else:
            text = tr("{host} did not answer within {seconds:g} s.")
        log.warning("%s %s timed out after %g s", method, _where(url), seconds)
        return RequestTimeout(text.format(host=_where(url), seconds=seconds), url)

    def stream(self, url, write, *, headers=None, feedback=None, on_headers=None, on_progress=None, method="GET",
               body=None):
        """GET ``url`` and hand its body to ``write(bytes)`` chunk by chunk as it arrives (never held whole
        in memory: for files of hundreds of MB). ``on_headers(status, headers)`` runs once, before the first
        chunk, for a successful answer; ``on_progress(received, total)`` as data arrives (total -1 when the
        server does not say). Returns the :class:`Response` (without content). Error answers raise the
        same exceptions as :meth:`request`; a connection that breaks mid-body raises
        :class:`TransferInterrupted`. Runs a local event loop, so it works in QgsTask threads.

        Redirects (of a GET) are followed here, at most :data:`MAX_REDIRECTS`, never from https to http, and
        the ``Authorization`` header goes only to the origin (scheme, host, port) of ``url``: a token is not
        handed to whatever host a server redirects to."""
        headers = dict(headers or {})
        origin = _origin(url)
        for _hop in range(MAX_REDIRECTS + 1):
            response = self._stream_once(url, write, headers, feedback, on_headers, on_progress, method, body)
            target = response.headers.get("location", "") if 300 <= response.status < 400 else ""
            if not target:
                if 300 <= response.status < 400:
                    raise InvalidResponse(tr("{host} answered HTTP {status} without saying where to.").format(
                        host=_where(url), status=response.status), url, response.status)
                return response
            following = QUrl(url).resolved(QUrl(target)).toString()
            where_to = _origin(following)
            if method != "GET" or where_to[0] not in ("http", "https") or (
                    origin[0] == "https" and where_to[0] != "https"):
                log.warning("%s %s: redirect to %s not followed", method, _where(url), _where(following))
                raise InvalidResponse(tr("{host} redirected to {target}, which is not followed (not a safe web "
                                         "address for this request).").format(host=_where(url),
                                                                             target=_where(following)),
                                      url, response.status)
            if where_to != origin:
                headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
            log.info("%s redirected to %s", _where(url), _where(following))
            url = following
        raise InvalidResponse(tr("{host} redirected more than {n} times: stopped.").format(
            host=_where(url), n=MAX_REDIRECTS), url)

    def _stream_once(self, url, write, headers, feedback, on_headers, on_progress, method, body):
        """One request of :meth:`stream`; a redirect answer is returned (its body dropped), not followed."""
        request = QNetworkRequest(QUrl(url))
        for name, value in headers.items():
            request.setRawHeader(name.encode("ascii"), str(value).encode("utf-8"))
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                             QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
            request.setTransferTimeout(int(self.timeout_s * 1000))
        if method == "GET":
            reply = QgsNetworkAccessManager.instance().get(request)
        else:  # another verb (DELETE, with or without a body)
            reply = QgsNetworkAccessManager.instance().sendCustomRequest(request, method.encode("ascii"),
                                                                         QByteArray(body or b""))
        state = {"status": None, "error_body": b"", "received": 0, "failure": None}

        def status():
            value = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            return int(value) if value not in (None, "") else None

        def take():
            """Hand over what arrived, at most STREAM_BUFFER bytes at a time (Qt's read buffer is a soft limit:
            under load it held 1.3 MiB)."""
            while state["failure"] is None:
                data = reply.read(STREAM_BUFFER)  # None (PyQt) or empty when there is nothing more
                if not data:
                    return
                handle(bytes(data))

        def handle(data):
            if state["failure"] is not None:
                return
            first = state["status"] is None
            if first:
                state["status"] = status()
            if state["status"] is not None and state["status"] >= 300:  # an error or a redirect: not the file
                state["error_body"] += data[:65536 - len(state["error_body"])]
                return
            try:
                if first and on_headers is not None:
                    on_headers(state["status"], _headers_of(reply))
                write(data)
            except Exception as exc:  # a full disk, say: stop the transfer, raise after the loop
                state["failure"] = exc
                reply.abort()
                return
            state["received"] += len(data)

        reply.setReadBufferSize(STREAM_BUFFER)  # Qt stops reading the socket beyond this: memory stays bounded
        loop = QEventLoop()
        reply.readyRead.connect(take)
        reply.finished.connect(loop.quit)
        if on_progress is not None:
            reply.downloadProgress.connect(lambda done, total: on_progress(done, total))
        if feedback is not None:
            feedback.canceled.connect(reply.abort)
        try:
            if not reply.isFinished():
                loop.exec()
            take()
        finally:
            if feedback is not None:
                try:
                    feedback.canceled.disconnect(reply.abort)
                except TypeError:
                    pass
            reply.deleteLater()
        if state["failure"] is not None:
            raise state["failure"]
        code = status() if state["status"] is None else state["status"]
        self._check(method, url, code, reply.error(), reply.errorString(), state["error_body"], state["received"],
                    feedback)
        return Response(url, code, b"", _headers_of(reply))

    def get_json(self, url, **kwargs):
        return self.request("GET", url, headers=_json_headers(kwargs), **kwargs).json()

    def post_json(self, url, body, **kwargs):
        return self.request("POST", url, json=body, headers=_json_headers(kwargs), **kwargs).json()


def _headers_of(reply):
    """A reply's headers, names in lower case."""
    return {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
            for k in reply.rawHeaderList()}


def _json_headers(kwargs):
    headers = {"Accept": "application/json"}
    headers.update(kwargs.pop("headers", None) or {})
    return headers


RETRIES_429 = 3


def retry_when_busy(call, what, feedback=None, sleep=time.sleep, service=""):
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
            wait = 2 ** (attempt + 1)
            warn_user(feedback, tr("{service} is busy (too many requests): {what} is tried again in "
                                   "{seconds} s.").format(service=service, what=what, seconds=wait))
            sleep(wait)
