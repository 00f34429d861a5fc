"""When to sync: at start, every `interval` seconds, and soon after a local change.

Pure asyncio (the GUI runs it on qasync's loop, `meetdesk sync` on a plain one). At most
one timer is pending at a time and nothing polls: between syncs the runner waits on that
timer or on a poke.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from desktop.sync.engine import SyncReport

log = logging.getLogger(__name__)


class _Engine(Protocol):
    async def sync_all(self) -> dict[str, SyncReport]: ...

    async def sync_account(self, account_id: str) -> SyncReport: ...


class SyncScheduler:
    def __init__(
        self,
        engine: _Engine,
        *,
        interval: float = 300.0,
        debounce: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._engine = engine
        self._interval = interval
        self._debounce = debounce
        self._clock = clock
        self._sleep = sleep
        self._due = -math.inf  # the first sync runs at once
        self._poke_due: float | None = None
        self._wake: asyncio.Event | None = None
        self._lock: asyncio.Lock | None = None
        self._stopped = False
        self.last_reports: dict[str, SyncReport] = {}

    # -- for the app ------------------------------------------------------------------------

    def poke(self) -> None:
        """A local change was saved: sync soon (further pokes in the next seconds wait along)."""
        self._poke_due = self._clock() + self._debounce
        if self._wake is not None:
            self._wake.set()

    async def sync_now(self) -> dict[str, SyncReport]:
        """Sync every account at once (after a sync already running) and return the reports."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            # Changes made from here on need another sync; earlier ones are in this one.
            self._poke_due = None
            self._due = self._clock() + self._interval
            try:
                self.last_reports = await self._engine.sync_all()
            except Exception:
                log.exception("sync failed")
                self.last_reports = {}
            return self.last_reports

    async def sync_account(self, account_id: str) -> SyncReport:
        """Sync one account now (after a sync already running): its Sync now button."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            report = await self._engine.sync_account(account_id)
            self.last_reports[account_id] = report
            return report

    def stop(self) -> None:
        self._stopped = True
        if self._wake is not None:
            self._wake.set()

    async def run(self) -> None:
        """Sync at start, then every interval and after pokes, until stop() or cancellation."""
        self._stopped = False
        self._wake = asyncio.Event()
        while not self._stopped:
            delay = self._next_due() - self._clock()
            if delay > 0:
                await self._wait(delay)
                continue
            await self.sync_now()

    # -- plumbing ---------------------------------------------------------------------------

    def _next_due(self) -> float:
        return self._due if self._poke_due is None else min(self._due, self._poke_due)

    async def _wait(self, delay: float) -> None:
        """Until the timer fires or something wakes us (one timer pending at a time)."""
        assert self._wake is not None
        self._wake.clear()
        timer = asyncio.ensure_future(self._sleep(delay))
        woken = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({timer, woken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (timer, woken):
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
