"""The plugin's one network transport, over the QGIS network stack.

Requests go through QGIS's network access manager (QgsNetworkAccessManager), so the user's proxy, SSL and
authentication settings apply. It may be called from QgsTask worker threads (the usual case) or
from the main thread. Every failure becomes a :class:`NetworkError` subclass whose message says
what went wrong and where, ready for the message bar.
"""
import json as jsonlib
import time
from urllib.parse import urlencode, urlsplit

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QEventLoop, QTimer, QUrl, QUrlQuery
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .http_answers import (BoundedAnswer, HttpError, InvalidResponse, NetworkError,  # noqa: F401 (callers' door)
                           RequestCancelled, RequestTimeout, Response, TransferInterrupted, _server_message, _where,
                           retry_after, retry_when_busy)
from .i18n import tr
from .log import log


STREAM_BUFFER = 1 << 20  # bytes of a streamed body held in memory at most
MAX_REDIRECTS = 5
MAX_ANSWER = 64 << 20  # bytes of an API answer, once inflated: a catalogue batch or a request list is a few MB
DEADLINE_FACTOR = 3  # an API call, redirects included, ends within this many times the timeout in all
STALL_BYTES = 1024  # fewer bytes than this in a whole timeout is a stalled transfer (one byte every 2 s, say)


def _origin(url):
    """(scheme, host, port) of ``url``: where a credential may go."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), port or {"http": 80, "https": 443}.get(scheme)


class Transport:
    """Blocking HTTP calls through QGIS; one instance per service client is fine.

    ``timeout_s`` bounds the wait for data on each request. Credentials go as headers of a request, never
    as a QGIS auth config applied to whatever host a request is redirected to.
    """

    def __init__(self, timeout_s=60):
        self.timeout_s = timeout_s

    def request(self, method: str, url: str, *, params=None, json=None, data=None, headers=None,
                feedback=None, max_bytes: int = MAX_ANSWER) -> "Response":
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
        body, content_type = b"", None
        if json is not None:
            body, content_type = jsonlib.dumps(json).encode("utf-8"), "application/json"
        elif isinstance(data, dict):
            body, content_type = urlencode(data).encode("ascii"), "application/x-www-form-urlencoded"
        elif data is not None:
            body, content_type = bytes(data), "application/octet-stream"
        # Every verb through stream(): its answer bounded (MAX_ANSWER bytes once inflated, ``max_bytes``), its
        # redirects followed here (at most MAX_REDIRECTS, http and https only, never to http from https, the
        # Authorization header only to its origin: QGIS's blocking calls followed any number, to file:// too)
        # and the whole call within DEADLINE_FACTOR times the timeout. "Accept-Encoding: identity" is sent, so
        # Qt does not inflate an answer itself: one that comes compressed all the same is inflated here, bounded.
        sent = dict(headers or {})
        if content_type is not None:
            sent["Content-Type"] = content_type
        sent.setdefault("Accept-Encoding", "identity")
        answer = BoundedAnswer(full_url, max_bytes)
        response = self.stream(full_url, answer.write, headers=sent, feedback=feedback, method=method, body=body,
                               on_headers=answer.start,
                               deadline=time.monotonic() + DEADLINE_FACTOR * self.timeout_s)
        response.content = answer.content()
        return response

    def _check(self, method, url, status, qt_error, reason, body, received, feedback, headers=None):
        """Raise the NetworkError a finished request calls for; nothing for an answer (or a redirect) received
        whole. ``body``: what came of an error answer; ``received``: the bytes of a good answer received."""
        where = _where(url)
        if feedback is not None and feedback.isCanceled():
            raise RequestCancelled(tr("Request to {host} cancelled.").format(host=where), url)
        if status is not None and status >= 400:
            message = _server_message(body)
            log.warning("%s %s answered HTTP %s: %s", method, where, status, message)
            text = tr("{host} answered HTTP {status}").format(host=where, status=status)
            raise HttpError(text + (": " + message if message else "."), url, status, body, headers)
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

    def _timed_out(self, method, url, why="", deadline=None):
        """The RequestTimeout of a request that got no data in time: the wait that ended it is the shorter of
        ours and QGIS's own network timeout (Options ▸ Network), which also ends requests. ``why``: "stalled"
        (data came, too little to go on) or "deadline" (the call's whole time was up)."""
        if why == "stalled":
            log.warning("%s %s stalled: fewer than %d bytes in %g s", method, _where(url), STALL_BYTES,
                        self.timeout_s)
            return RequestTimeout(tr("{host} sent almost nothing for {seconds:g} s: stopped.").format(
                host=_where(url), seconds=self.timeout_s), url)
        if why == "deadline":
            seconds = DEADLINE_FACTOR * self.timeout_s
            log.warning("%s %s not done after %g s in all", method, _where(url), seconds)
            return RequestTimeout(tr("{host} did not finish answering within {seconds:g} s: stopped.").format(
                host=_where(url), seconds=seconds), url)
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

    def stream(self, url: str, write, *, headers=None, feedback=None, on_headers=None, on_progress=None,
               method: str = "GET", body=None, deadline=None):
        """GET ``url`` and hand its body to ``write(bytes)`` chunk by chunk as it arrives (never held whole
        in memory: for files of hundreds of MB). ``on_headers(status, headers)`` runs once, before the first
        chunk, for a successful answer; ``on_progress(received, total)`` as data arrives (total -1 when the
        server does not say). Returns the :class:`Response` (without content). Error answers raise the
        same exceptions as :meth:`request`; a connection that breaks mid-body raises
        :class:`TransferInterrupted`. Runs a local event loop, so it works in QgsTask threads.

        Redirects (of a GET) are followed here, at most :data:`MAX_REDIRECTS`, never from https to http, and
        the ``Authorization`` header goes only to the origin (scheme, host, port) of ``url``: a token is not
        handed to whatever host a server redirects to. A transfer that brings fewer than STALL_BYTES in a whole
        timeout is ended as timed out (a server dripping a byte every 2 s kept a 5 s timeout waiting for minutes);
        ``deadline`` (time.monotonic()) ends the whole call, redirects included."""
        headers = dict(headers or {})
        origin = _origin(url)
        for _hop in range(MAX_REDIRECTS + 1):
            response = self._stream_once(url, write, headers, feedback, on_headers, on_progress, method, body,
                                         deadline)
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

    def _stream_once(self, url, write, headers, feedback, on_headers, on_progress, method, body, deadline=None):
        """One request of :meth:`stream`; a redirect answer is returned (its body dropped), not followed."""
        request = QNetworkRequest(QUrl(url))
        for name, value in headers.items():
            request.setRawHeader(name.encode("ascii"), str(value).encode("utf-8"))
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                             QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        # Nothing from QGIS's disk cache and nothing into it: a request's status must be the service's of now, a
        # file of GBs has no place in a cache of MBs, and the cache QGIS shares between threads crashed a task's
        # thread in Qt's saving of an answer (QObject::connect on a cache device already gone) under load
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
            request.setTransferTimeout(int(self.timeout_s * 1000))
        if method == "GET":
            reply = QgsNetworkAccessManager.instance().get(request)
        else:  # another verb (DELETE, with or without a body)
            reply = QgsNetworkAccessManager.instance().sendCustomRequest(request, method.encode("ascii"),
                                                                         QByteArray(body or b""))
        state = {"status": None, "error_body": b"", "received": 0, "failure": None, "seen": 0, "at_tick": 0,
                 "ended": None}

        def status():
            value = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            return int(value) if value not in (None, "") else None

        def take():
            """Hand over what arrived, at most STREAM_BUFFER bytes at a time (Qt's read buffer is a soft limit:
            under load it held 1.3 MiB)."""
            while state["failure"] is None and reply.isOpen():
                data = reply.read(STREAM_BUFFER)  # None (PyQt) or empty when there is nothing more
                if not data:
                    return
                state["seen"] += len(data)
                handle(bytes(data))

        def tick():
            """Every timeout: end a transfer that brought fewer than STALL_BYTES since the last tick, or that
            passed the call's deadline."""
            if reply.isFinished():
                return
            if deadline is not None and time.monotonic() >= deadline:
                state["ended"] = "deadline"
                reply.abort()
            elif state["seen"] - state["at_tick"] < STALL_BYTES:
                state["ended"] = "stalled" if state["seen"] else "silent"
                reply.abort()
            state["at_tick"] = state["seen"]

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

        def guarded(slot):
            """``slot`` as Qt may call it: an exception never leaves it (PyQt aborts the process on one that
            does: QGIS 3.44's tests ended so, in a reading of the projections); it ends the transfer and is raised
            after the loop."""
            def call(*args):
                try:
                    slot(*args)
                except Exception as exc:  # noqa: BLE001 (see above)
                    if state["failure"] is None:
                        state["failure"] = exc
                    try:
                        reply.abort()
                    except RuntimeError:  # the reply is gone already
                        loop.quit()
            return call

        reply.setReadBufferSize(STREAM_BUFFER)  # Qt stops reading the socket beyond this: memory stays bounded
        loop = QEventLoop()
        on_ready, on_tick = guarded(take), guarded(tick)
        reply.readyRead.connect(on_ready)
        reply.finished.connect(loop.quit)
        timer = QTimer()
        timer.timeout.connect(on_tick)
        period = self.timeout_s * 1000
        if deadline is not None:
            period = max(1, min(period, int((deadline - time.monotonic()) * 1000)))
        timer.start(int(period))
        on_bytes = guarded(lambda done, total: on_progress(done, total)) if on_progress is not None else None
        if on_bytes is not None:
            reply.downloadProgress.connect(on_bytes)
        if feedback is not None:
            feedback.canceled.connect(reply.abort)
        try:
            if not reply.isFinished():
                loop.exec()
            on_ready()
        finally:
            timer.stop()
            if feedback is not None:
                try:
                    feedback.canceled.disconnect(reply.abort)
                except TypeError:
                    pass
            # no event of this reply reaches this call's slots once it returns (its deferred delete and any event
            # still queued for it run at this thread's next loop: another request's)
            for signal, slot in ((reply.readyRead, on_ready), (reply.finished, loop.quit),
                                 (reply.downloadProgress, on_bytes)):
                if slot is not None:
                    try:
                        signal.disconnect(slot)
                    except (TypeError, RuntimeError):
                        pass
            # what is read of the reply is read before it is handed to Qt for deletion (a deferred delete runs
            # at the next event loop of this thread, which a log handler or a slot may start)
            code = status() if state["status"] is None else state["status"]
            qt_error, reason, received_headers = reply.error(), reply.errorString(), _headers_of(reply)
            _release(reply)
        if state["failure"] is not None:
            raise state["failure"]
        if state["ended"] is not None and not (feedback is not None and feedback.isCanceled()):
            raise self._timed_out(method, url, state["ended"], deadline)
        self._check(method, url, code, qt_error, reason, state["error_body"], state["received"], feedback,
                    received_headers)
        return Response(url, code, b"", received_headers)

    def get_json(self, url: str, **kwargs):
        return self.request("GET", url, headers=_json_headers(kwargs), **kwargs).json()

    def post_json(self, url: str, body, **kwargs):
        return self.request("POST", url, json=body, headers=_json_headers(kwargs), **kwargs).json()


def _release(reply):
    """Hand a reply whose answer is read to Qt for deletion, in the main thread.

    PyQt learns that a QObject made by C++ is gone through a monitor in the main thread, told by a queued signal
    when the object dies in another thread; the monitor then forgets whatever wrapper is at that address. A reply
    deleted in a task's thread left that notice in the queue while the thread's next reply was made at the same
    address: the notice, arriving, disowned the new reply's wrapper ("wrapped C/C++ object of type QNetworkReply
    has been deleted", or a crash when the main thread was busy). A reply that dies in the main thread is forgotten
    at once, before its memory can be used again."""
    app = QCoreApplication.instance()
    main = app.thread() if app is not None else None
    if main is not None and reply.thread() != main:
        reply.setParent(None)  # an object with a parent cannot change threads
        sip.transferto(reply, None)  # C++ owns it again (setParent(None) gave it to Python)
        reply.moveToThread(main)
    reply.deleteLater()


def _headers_of(reply):
    """A reply's headers, names in lower case."""
    return {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
            for k in reply.rawHeaderList()}


def _json_headers(kwargs):
    headers = {"Accept": "application/json"}
    headers.update(kwargs.pop("headers", None) or {})
    return headers
