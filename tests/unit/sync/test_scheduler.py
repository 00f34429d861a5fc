"""The scheduler: sync at start, every interval, soon after pokes; one timer at a time."""

from __future__ import annotations

import asyncio

import pytest

from desktop.domain import AccountState
from desktop.sync import SyncReport, SyncScheduler

pytestmark = pytest.mark.asyncio


class FakeTime:
    """A clock that only moves when the test says so; sleeps wait for it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleepers: list[tuple[float, asyncio.Future[None]]] = []
        self.requested: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.requested.append(seconds)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (self.now + seconds, future)
        self.sleepers.append(entry)
        try:
            await future
        finally:
            self.sleepers.remove(entry)

    async def advance(self, seconds: float) -> None:
        self.now += seconds
        for deadline, future in list(self.sleepers):
            if deadline <= self.now and not future.done():
                future.set_result(None)
        await settle()

    @property
    def pending(self) -> int:
        return sum(1 for _, f in self.sleepers if not f.done())


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


class FakeEngine:
    def __init__(self) -> None:
        self.runs = 0

    async def sync_all(self) -> dict[str, SyncReport]:
        self.runs += 1
        return {"work": SyncReport("work", state=AccountState.UP_TO_DATE, pulled=self.runs)}


async def start(scheduler: SyncScheduler) -> asyncio.Task[None]:
    task = asyncio.ensure_future(scheduler.run())
    await settle()
    return task


async def stop(scheduler: SyncScheduler, task: asyncio.Task[None]) -> None:
    scheduler.stop()
    await asyncio.wait_for(task, 1)


async def test_syncs_at_start_then_every_interval_with_one_timer() -> None:
    time, engine = FakeTime(), FakeEngine()
    scheduler = SyncScheduler(engine, interval=300, clock=time.clock, sleep=time.sleep)
    task = await start(scheduler)
    assert engine.runs == 1 and time.requested == [300] and time.pending == 1
    await time.advance(299)
    assert engine.runs == 1
    await time.advance(1)
    assert engine.runs == 2 and time.pending == 1
    await time.advance(300)
    assert engine.runs == 3
    assert scheduler.last_reports["work"].pulled == 3
    await stop(scheduler, task)
    assert time.pending == 0


async def test_pokes_are_debounced_into_one_sync_soon() -> None:
    time, engine = FakeTime(), FakeEngine()
    scheduler = SyncScheduler(engine, interval=300, debounce=2, clock=time.clock, sleep=time.sleep)
    task = await start(scheduler)
    await time.advance(10)
    scheduler.poke()
    await settle()
    await time.advance(1)
    scheduler.poke()  # another change within the debounce: waits along
    await settle()
    assert time.pending == 1  # the old timer was dropped, not left running
    await time.advance(1.5)
    assert engine.runs == 1
    await time.advance(0.5)
    assert engine.runs == 2
    # The interval starts again from that sync.
    assert time.requested[-1] == 300
    await stop(scheduler, task)


async def test_sync_now_runs_at_once_and_returns_the_reports() -> None:
    time, engine = FakeTime(), FakeEngine()
    scheduler = SyncScheduler(engine, interval=300, clock=time.clock, sleep=time.sleep)
    reports = await scheduler.sync_now()
    assert reports["work"].pulled == 1 and engine.runs == 1
    task = await start(scheduler)
    assert engine.runs == 1  # the interval counts from the sync just made
    await time.advance(300)
    assert engine.runs == 2
    await stop(scheduler, task)


async def test_a_failing_engine_does_not_stop_the_schedule() -> None:
    time = FakeTime()

    class Broken:
        runs = 0

        async def sync_all(self) -> dict[str, SyncReport]:
            self.runs += 1
            raise RuntimeError("boom")

    engine = Broken()
    scheduler = SyncScheduler(engine, interval=60, clock=time.clock, sleep=time.sleep)
    task = await start(scheduler)
    await time.advance(60)
    assert engine.runs == 2 and not task.done()
    await stop(scheduler, task)


async def test_cancelling_run_leaves_no_timer() -> None:
    time, engine = FakeTime(), FakeEngine()
    scheduler = SyncScheduler(engine, interval=300, clock=time.clock, sleep=time.sleep)
    task = await start(scheduler)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert time.pending == 0
