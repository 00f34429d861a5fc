"""A plain-HTTP threading server for the Zoom emulator (127.0.0.1 only: no TLS needed).

Request and Response are the Graph emulator's values, so handlers read the same way.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Mapping
from http.server import ThreadingHTTPServer
from typing import Any, ClassVar

from tests.emulators.graph.server import EmulatorHandler, Headers, Request, Response

__all__ = ["Headers", "PlainServer", "Request", "Response"]


class _Handler(EmulatorHandler):
    server_version = "ZoomEmulator/1.0"
    error_body: ClassVar[Mapping[str, Any]] = {"code": 500, "message": "emulator bug"}


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
