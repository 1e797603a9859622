"""A real HTTP server on 127.0.0.1 for tests: routes, recorded requests, streaming replies.

    with LoopbackServer() as server:
        server.route("/feed", lambda req: Reply(200, {"Content-Type": "text/xml"}, b"<rss/>"))
        httpx.get(server.url("/feed"))
        assert server.requests[0].headers["user-agent"]

A handler gets a :class:`Request` and returns a :class:`Reply` (or a ``(status, headers,
body)`` tuple). ``body`` is bytes, or an iterable of byte chunks written and flushed one by
one: use it for huge or slow bodies (see :func:`trickle`). Without a ``Content-Length`` header
the body ends when the connection closes (the server speaks HTTP/1.0, one request per
connection). A client that hangs up mid-body ends the stream quietly. Unknown paths get 404;
a handler that raises gets 500 with the error text, and the error is kept in ``errors``.

Every wait has a timeout: start waits for the port, stop joins the serving thread, and
streaming helpers stop when the server stops (``server.stopping``).
"""

from __future__ import annotations

import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

JOIN_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Request:
    """A received request; header names are lower-case."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""


Handler = Callable[[Request], "Reply | tuple[int, Mapping[str, str], bytes | Iterable[bytes]]"]


def trickle(
    chunk: bytes, interval_s: float, stop: threading.Event, limit: int = 100_000
) -> Iterable[bytes]:
    """``chunk`` every ``interval_s`` until ``stop`` is set or ``limit`` chunks were sent."""
    for _ in range(limit):
        if stop.wait(interval_s):
            return
        yield chunk


def repeat(chunk: bytes, total: int) -> Iterable[bytes]:
    """``total`` bytes made of ``chunk`` (the last piece cut short)."""
    sent = 0
    while sent < total:
        piece = chunk[: total - sent]
        sent += len(piece)
        yield piece


class LoopbackServer:
    """A threaded HTTP server on a free port of ``host`` (127.0.0.1; any 127.x.y.z works on
    Linux, e.g. 127.0.0.2 for an address the fetch guard refuses); a context manager."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._routes: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self._requests: list[Request] = []
        self.errors: list[str] = []
        self.stopping = threading.Event()
        self._httpd = ThreadingHTTPServer((host, 0), self._handler_class())
        self._httpd.daemon_threads = True
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
            name=f"loopback-{self.port}", daemon=True,
        )

    # Public API -------------------------------------------------------------------------------

    def route(self, path: str, handler: Handler) -> None:
        """Answer requests to ``path`` (exact, without the query) with ``handler``."""
        with self._lock:
            self._routes[path] = handler

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    @property
    def requests(self) -> list[Request]:
        """A copy of the requests received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(JOIN_TIMEOUT_S)
            if self._thread.is_alive():
                raise RuntimeError(f"loopback server thread did not stop in {JOIN_TIMEOUT_S}s")
        self._httpd.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # Internals --------------------------------------------------------------------------------

    def _dispatch(self, request: Request) -> Reply:
        with self._lock:
            self._requests.append(request)
            handler = self._routes.get(request.path)
        if handler is None:
            return Reply(404, {"Content-Type": "text/plain"}, b"no route")
        try:
            result = handler(request)
        except Exception:
            error = traceback.format_exc()
            with self._lock:
                self.errors.append(error)
            return Reply(500, {"Content-Type": "text/plain"}, error.encode())
        return result if isinstance(result, Reply) else Reply(*result)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"
            timeout = 30  # a stuck client cannot hold a handler thread for ever

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                request = Request(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                reply = server._dispatch(request)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    body = reply.body
                    if isinstance(body, bytes | bytearray) and not any(
                        k.lower() == "content-length" for k in reply.headers
                    ):
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    for chunk in [body] if isinstance(body, bytes | bytearray) else body:
                        if server.stopping.is_set():
                            break
                        self.wfile.write(chunk)
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError, TimeoutError):
                    self.close_connection = True
                finally:
                    close = getattr(reply.body, "close", None)
                    if callable(close):
                        close()

            do_GET = do_POST = do_PUT = do_DELETE = _serve

            def log_message(self, format: str, *args: object) -> None:
                pass

        return _Handler


# Response headers that never end, for Trickler: a status line and an endless header.
HEADERS_TRICKLE = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nX-Pad: " + b"a" * 2000


class Trickler:
    """A raw TCP peer on 127.0.0.1 that sends ``data`` one byte every ``every_s`` seconds to
    each connection (headers, an SMTP greeting...): far under any per-read timeout, so only an
    overall deadline stops a client. ``hung_up_after`` records, per connection, how many bytes
    had been sent when the client went away."""

    def __init__(self, data: bytes, every_s: float = 0.25) -> None:
        self.data, self.every_s = data, every_s
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.hung_up_after: list[int] = []  # bytes sent when the client went away
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:  # closed by close()
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(0.05)
            for sent in range(len(self.data)):
                try:
                    conn.recv(65536)  # drain the request; b"" means the client closed
                except TimeoutError:
                    pass
                except OSError:
                    self.hung_up_after.append(sent)
                    return
                try:
                    conn.sendall(self.data[sent : sent + 1])
                except OSError:
                    self.hung_up_after.append(sent)
                    return
                if self.stop.wait(self.every_s):
                    return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def wait_for(predicate: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    """Poll ``predicate`` until true or ``timeout_s``; return its last value."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
