"""A small loopback HTTP server for tests: routes map (method, path) to a handler function.

A handler gets the request (method, path, query dict, headers, body) and returns
``(status, headers, body)``; body may be bytes, str, a JSON-able object, :class:`Cut` (the
connection breaks after part of the body) or :class:`Slow` (sent slowly). A route path ending in
``*`` matches every path with that prefix. The server binds to 127.0.0.1 on a free port and stops
when the ``with`` block ends.
"""
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Cut:
    """A body announced whole (Content-Length) but broken off after ``after`` bytes, as a dropped
    connection does."""
    payload: bytes
    after: int


@dataclass
class Slow:
    """A body sent ``chunk`` bytes at a time with ``delay`` seconds between chunks (a slow link)."""
    payload: bytes
    chunk: int = 4096
    delay: float = 0.02


class LoopbackServer:
    def __init__(self, routes=None):
        self.routes = dict(routes or {})
        self.requests = []  # every Request received, in order
        self._server = None
        self._thread = None

    @property
    def url(self):
        host, port = self._server.server_address[:2]
        return "http://{}:{}".format(host, port)

    def prefix_route(self, method, path):
        for (m, p), fn in self.routes.items():
            if m == method and p.endswith("*") and path.startswith(p[:-1]):
                return fn
        return None

    def route(self, method, path):
        def register(fn):
            self.routes[(method.upper(), path)] = fn
            return fn
        return register

    def __enter__(self):
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def _handle(self):
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(self.command, parts.path, parse_qs(parts.query),
                                  {k.lower(): v for k, v in self.headers.items()}, body)
                owner.requests.append(request)
                fn = owner.routes.get((self.command, parts.path)) or owner.prefix_route(self.command, parts.path)
                if fn is None:
                    status, headers, payload = 404, {}, {"message": "no route " + parts.path}
                else:
                    status, headers, payload = fn(request)
                if isinstance(payload, (dict, list)):
                    payload = json.dumps(payload).encode("utf-8")
                    headers = {"Content-Type": "application/json", **headers}
                elif isinstance(payload, str):
                    payload = payload.encode("utf-8")
                cut = payload if isinstance(payload, Cut) else None
                slow_body = payload if isinstance(payload, Slow) else None
                if cut is not None or slow_body is not None:
                    payload = payload.payload
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if cut is not None:
                    self.wfile.write(payload[:cut.after])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)  # socket.SHUT_RDWR: the client sees the transfer break
                elif slow_body is not None:
                    try:
                        for i in range(0, len(payload), slow_body.chunk):
                            self.wfile.write(payload[i:i + slow_body.chunk])
                            self.wfile.flush()
                            time.sleep(slow_body.delay)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                elif self.command != "HEAD":
                    try:
                        self.wfile.write(payload)
                    except (BrokenPipeError, ConnectionResetError):
                        pass

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()


def slow(seconds, status=200, body=None):
    """A handler that answers after ``seconds`` (for timeout tests)."""
    def handler(request):
        time.sleep(seconds)
        return status, {}, body if body is not None else {"ok": True}
    return handler
