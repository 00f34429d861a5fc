"""A plain-HTTP threading server for the Zoom emulator (127.0.0.1 only: no TLS needed).

Request and Response are the Graph emulator's values, so handlers read the same way.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import traceback
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.emulators.graph.server import Headers, Request, Response, parse_target

__all__ = ["Headers", "PlainServer", "Request", "Response"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ZoomEmulator/1.0"
    sys_version = ""
    server: PlainServer

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
            response = Response.json(500, {"code": 500, "message": "emulator bug"})
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


class PlainServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: Callable[[Request], Response]) -> None:
        super().__init__(address, _Handler)
        self.app = app
        self.base_url = f"http://{address[0]}:{self.server_address[1]}"
        self._connections: set[socket.socket] = set()
        self._workers: set[threading.Thread] = set()
        self._lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._lock:
            self._workers = {t for t in self._workers if t.is_alive()}
            self._workers.add(thread)
            self._connections.add(request)
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_all(self) -> None:
        """Stop serving, end every keep-alive connection, then wait for the threads."""
        self.shutdown()
        with self._lock:
            connections = list(self._connections)
            threads = list(self._workers)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(timeout=5)
        self.server_close()
