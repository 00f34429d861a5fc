"""A synced account on a real store, its in-memory server, and a fake clock for back-off."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain import Account, Calendar, Event, Folder, ServiceKind
from desktop.services.context import AppContext
from desktop.services.meetings import ScheduleRequest
from desktop.store import Store
from desktop.sync import SyncEngine, SyncProvider, SyncReport
from tests.unit.sync.memory_provider import MemoryProvider

WORK = "work"
CAL = "work-cal"
CAL_RID = "cal1"
BOOK = "work-book"
BOOK_RID = "book1"


def soon(days: int = 1, hour: int = 10) -> datetime:
    base = datetime.now(UTC) + timedelta(days=days)
    return base.replace(hour=hour, minute=0, second=0, microsecond=0)


@dataclass
class Harness:
    ctx: AppContext
    servers: dict[str, MemoryProvider]
    sleeps: list[float] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def server(self) -> MemoryProvider:
        return self.servers[WORK]

    async def fake_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def provider_for(self, account: Account) -> SyncProvider | None:
        return self.servers.get(account.id)

    def engine(self, **options: object) -> SyncEngine:
        values: dict[str, object] = {
            "sleep": self.fake_sleep,
            "jitter": lambda: 0.0,
            "on_change": self.changes.append,
        }
        values.update(options)
        return SyncEngine(self.store, self.provider_for, **values)  # type: ignore[arg-type]

    async def sync(self, engine: SyncEngine | None = None, account: str = WORK) -> SyncReport:
        return await (engine or self.engine()).sync_account(account)

    # local changes, the way the app makes them

    def schedule(self, title: str, start: datetime | None = None, **extra: object) -> Event:
        request = ScheduleRequest(
            topic=title,
            start=start or soon(),
            duration_minutes=30,
            timezone="UTC",
            calendar_id=CAL,
            **extra,  # type: ignore[arg-type]
        )
        return self.ctx.meetings.schedule(request)

    def edit(self, event_id: str, title: str, start: datetime | None = None) -> Event:
        current = self.ctx.meetings.get(event_id)
        request = ScheduleRequest(
            topic=title,
            start=start or current.start,
            duration_minutes=30,
            timezone="UTC",
            calendar_id=CAL,
        )
        return self.ctx.meetings.edit(event_id, request)

    def local_events(self, calendar_id: str = CAL) -> list[Event]:
        """Every event row of a calendar (conflict counterparts included)."""
        rows = self.store._query("SELECT id FROM events WHERE calendar_id = ?", (calendar_id,))
        events = [self.store.get_event(str(r[0])) for r in rows]
        return sorted((e for e in events if e is not None), key=lambda e: (e.title, e.id))

    def titles(self, calendar_id: str = CAL) -> list[str]:
        return sorted(e.title for e in self.local_events(calendar_id) if e.recurrence_id is None)

    def server_titles(self, coll: str = CAL_RID) -> list[str]:
        return sorted(events[0].title for events in self.server.events(coll).values())

    def upcoming_titles(self) -> list[str]:
        return [row.title for row in self.ctx.meetings.upcoming(days=30)]


@pytest.fixture
def harness(ctx: AppContext) -> Harness:
    store = ctx.store
    store.save_account(Account(WORK, ServiceKind.CALDAV, "Work", "me@work.example"))
    store.save_calendar(Calendar(CAL, WORK, "Work", remote_id=CAL_RID))
    store.save_folder(Folder(BOOK, WORK, "Contacts", remote_id=BOOK_RID))
    server = MemoryProvider()
    server.add_calendar(CAL_RID, "Work")
    server.add_folder(BOOK_RID, "Contacts")
    return Harness(ctx, {WORK: server})


MakeServer = Callable[[str], MemoryProvider]
