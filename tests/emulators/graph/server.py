"""A small TLS-wrapped threading HTTP server and the request/response values the emulator uses."""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote, urlsplit


class Headers(Mapping[str, str]):
    """A read-only, case-insensitive header mapping that keeps the names as sent."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items: dict[str, tuple[str, str]] = {}
        for name, value in items:
            key = name.lower()
            if key in self._items:
                value = self._items[key][1] + ", " + value
            self._items[key] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"


@dataclass
class Request:
    method: str
    raw_path: str  # path and query as sent
    path: str  # percent-decoded path, no query
    segments: list[str]  # percent-decoded path segments
    query: dict[str, str]  # last value wins; names as sent
    headers: Headers
    body: bytes
    base_url: str

    @property
    def url(self) -> str:
        return self.base_url + self.raw_path

    def json(self) -> Any:
        if not self.body:
            return None
        return json.loads(self.body.decode("utf-8"))

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode("utf-8"), keep_blank_values=True))

    def q(self, name: str) -> str | None:
        """A query parameter by case-insensitive name ($deltaToken and $deltatoken alike)."""
        lowered = name.lower()
        for key, value in self.query.items():
            if key.lower() == lowered:
                return value
        return None


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def json(cls, status: int, payload: Any, headers: Iterable[tuple[str, str]] = ()) -> Response:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return cls(status, body, [("Content-Type", "application/json; charset=utf-8"), *headers])

    @classmethod
    def html(cls, status: int, text: str) -> Response:
        return cls(status, text.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")])

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


def parse_target(raw_path: str) -> tuple[str, list[str], dict[str, str]]:
    parts = urlsplit(raw_path)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    return unquote(parts.path), segments, query


class EmulatorHandler(BaseHTTPRequestHandler):
    """Hands each request to the server's `app` as a Request and writes its Response. The
    Zoom emulator uses it too, with its own server name and error body."""

    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-HTTPAPI/2.0"
    sys_version = ""
    # What a bug in the emulator answers (500), in the emulated service's error format.
    error_body: ClassVar[Mapping[str, Any]] = {
        "error": {"code": "InternalServerError", "message": "emulator bug"}
    }
    server: Any  # TLSServer here, PlainServer for Zoom: both have `app` and `base_url`

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path, segments, query = parse_target(self.path)
        request = Request(
            method=self.command,
            raw_path=self.path,
            path=path,
            segments=segments,
            query=query,
            headers=Headers(self.headers.items()),
            body=body,
            base_url=self.server.base_url,
        )
        try:
            response = self.server.app(request)
        except Exception:  # the emulator must answer, and say what broke
            traceback.print_exc(file=sys.stderr)
            response = Response.json(500, dict(self.error_body))
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)
        self.wfile.flush()

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _dispatch

    def log_message(self, format: str, *args: Any) -> None:
        pass


class TLSServer(ThreadingHTTPServer):
    """Accepts plain TCP, then does the TLS handshake in the request's own thread."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        context: ssl.SSLContext,
        app: Callable[[Request], Response],
    ) -> None:
        super().__init__(address, EmulatorHandler)
        self.context = context
        self.app = app
        self.base_url = f"https://{address[0]}:{self.server_address[1]}"
        self._connections: set[ssl.SSLSocket] = set()
        self._workers: set[threading.Thread] = set()
        self._conn_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._conn_lock:
            self._workers = {t for t in self._workers if t.is_alive()}
            self._workers.add(thread)
        thread.start()

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(60)
        try:
            conn = self.context.wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError):
            return
        with self._conn_lock:
            self._connections.add(conn)
        try:
            self.RequestHandlerClass(conn, client_address, self)
        except (OSError, ssl.SSLError):
            pass
        finally:
            with self._conn_lock:
                self._connections.discard(conn)
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def close_all(self) -> None:
        """Stop serving and end every open keep-alive connection, then wait for the threads."""
        self.shutdown()
        with self._conn_lock:
            connections = list(self._connections)
            threads = list(self._workers)
        for conn in connections:
            # the plain socket's shutdown: leaves the TLS object to its own thread
            with contextlib.suppress(OSError):
                socket.socket.shutdown(conn, socket.SHUT_RDWR)
        for thread in threads:
            thread.join(timeout=5)
        self.server_close()
