"""Network work off the UI thread: an asyncio loop in its own thread.

Sync and sign-in run there with their own store connection (WAL lets the window read while
a sync writes); results come back to widgets through queued Qt signals, so nothing the
network does can freeze the window.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Relay(QObject):
    """Lives in the UI thread; signals emitted from the worker are queued to it."""

    finished = Signal(object, object)  # (callback, result)
    failed = Signal(object, object)  # (callback, exception)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(lambda callback, result: callback(result))
        self.failed.connect(lambda callback, error: callback(error))


class BackgroundLoop:
    def __init__(self, name: str = "meetdesk-network") -> None:
        self.loop = asyncio.new_event_loop()
        self._relay = _Relay()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(
        self,
        coroutine: Coroutine[Any, Any, T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """Run a coroutine in the worker; callbacks run later in the UI thread."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)

        def relay(done: Future[T]) -> None:
            if done.cancelled():
                return
            error = done.exception()
            if error is not None:
                if on_error is not None:
                    self._relay.failed.emit(on_error, error)
                else:
                    log.error("Background task failed: %s", type(error).__name__)
            elif on_done is not None:
                self._relay.finished.emit(on_done, done.result())

        future.add_done_callback(relay)
        return future

    def call_soon(self, callback: Callable[[], object]) -> None:
        self.loop.call_soon_threadsafe(callback)

    def stop(self, timeout: float = 5.0) -> None:
        if self.loop.is_closed() or not self._thread.is_alive():
            return

        async def cancel_all() -> None:
            current = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        try:
            asyncio.run_coroutine_threadsafe(cancel_all(), self.loop).result(timeout)
        except Exception:
            log.warning("Background tasks did not stop in time")
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self.loop.close()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
        """Run a coroutine in the worker and wait for it (for shutting down)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)


_shared: BackgroundLoop | None = None


def background_loop() -> BackgroundLoop:
    """The one network thread of the app, started on first use."""
    global _shared
    if _shared is None:
        _shared = BackgroundLoop()
    return _shared


def stop_background_loop() -> None:
    global _shared
    if _shared is not None:
        _shared.stop()
        _shared = None
