"""An in-memory calendar and contacts service, faithful to the provider protocol.

* every write gives the item a new etag; updates and deletes check If-Match (412 -> Conflict),
  an update of a missing item is a Conflict too, a delete of a missing item succeeds (404);
* creates are idempotent per idempotency key (Google client id / Graph transactionId);
* cursors are change counters; `expire_cursors()` makes the next incremental pull raise
  CursorExpired; a cursor of None lists everything; `page_size` splits rounds into pages;
* faults are queued per operation with `fail(op, fault)`: an exception instance is raised
  before anything happens; LOST applies the write and then raises TransientError (the answer
  was lost); CRASH applies the write and then raises Crash (the process died);
* `malformed(coll, rid)` makes an item unreadable: pulls skip it and report a problem.

The "remote_*" methods are another client changing the server.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from desktop.domain import Calendar, Contact, Event, Folder
from desktop.providers.base import (
    Conflict,
    ContactPage,
    CursorExpired,
    Page,
    ProviderError,
    TransientError,
)

LOST = "lost"
CRASH = "crash"


class Crash(BaseException):
    """The process died right after the server applied a write."""


@dataclass
class StoredItem:
    rid: str
    etag: str
    events: list[Event] = field(default_factory=list)
    contact: Contact | None = None

    @property
    def uid(self) -> str:
        return self.events[0].uid if self.events else ""


@dataclass
class _Collection:
    rid: str
    name: str
    kind: str  # event | contact
    parent: str | None = None
    items: dict[str, StoredItem] = field(default_factory=dict)
    log: list[tuple[int, str]] = field(default_factory=list)  # (seq, rid) of every change
    epoch: int = 0  # cursors of an earlier epoch are expired


Fault = BaseException | str


class MemoryProvider:
    def __init__(self, *, page_size: int = 1000) -> None:
        self.page_size = page_size
        self.collections: dict[str, _Collection] = {}
        self.seq = 0
        self._etags = itertools.count(1)
        self._ids = itertools.count(1)
        self.idempotency: dict[str, tuple[str, str]] = {}
        self.faults: dict[str, list[Fault]] = {}
        self.calls: list[tuple[str, str]] = []
        self.problems: dict[str, list[str]] = {}
        self.bad: set[tuple[str, str]] = set()
        # Called with the operation name before a write is applied (to look at the store).
        self.before_write: Callable[[str], None] | None = None

    # -- setting up and faults --------------------------------------------------------------

    def add_calendar(self, rid: str, name: str) -> None:
        self.collections[rid] = _Collection(rid, name, "event")

    def add_folder(self, rid: str, name: str, parent: str | None = None) -> None:
        self.collections[rid] = _Collection(rid, name, "contact", parent)

    def remove_collection(self, rid: str) -> None:
        del self.collections[rid]

    def fail(self, op: str, fault: Fault, times: int = 1) -> None:
        self.faults.setdefault(op, []).extend([fault] * times)

    def clear_faults(self) -> None:
        self.faults.clear()

    def expire_cursors(self, coll: str | None = None) -> None:
        for c in self.collections.values():
            if coll is None or c.rid == coll:
                c.epoch += 1

    def report_problem(self, coll: str, text: str) -> None:
        self.problems.setdefault(coll, []).append(text)

    def malformed(self, coll: str, rid: str) -> None:
        self.bad.add((coll, rid))

    def writes(self) -> list[tuple[str, str]]:
        return [c for c in self.calls if c[0] not in ("calendars", "folders", "pull")]

    # -- looking at the server --------------------------------------------------------------

    def items(self, coll: str) -> dict[str, StoredItem]:
        return self.collections[coll].items

    def events(self, coll: str) -> dict[str, list[Event]]:
        return {rid: list(item.events) for rid, item in self.items(coll).items()}

    def contacts(self, coll: str) -> dict[str, Contact]:
        return {
            rid: item.contact for rid, item in self.items(coll).items() if item.contact is not None
        }

    # -- another client changing the server -------------------------------------------------

    def remote_create(
        self,
        coll: str,
        title: str,
        start: datetime,
        end: datetime,
        *,
        uid: str | None = None,
        rrule: str | None = None,
        overrides: Sequence[tuple[datetime, str, datetime, datetime]] = (),
    ) -> str:
        """A new item; overrides are (recurrence id, title, start, end)."""
        rid = f"srv{next(self._ids)}"
        uid = uid or f"{rid}@server.example"
        master = Event("", coll, uid, title, start, end, timezone="UTC", rrule=rrule)
        events = [master] + [
            Event("", coll, uid, t, s, e, timezone="UTC", recurrence_id=r)
            for r, t, s, e in overrides
        ]
        self._store_events(self.collections[coll], rid, events)
        return rid

    def remote_edit(self, coll: str, rid: str, **changes: object) -> None:
        item = self.items(coll)[rid]
        events = [replace(item.events[0], **changes), *item.events[1:]]  # type: ignore[arg-type]
        self._store_events(self.collections[coll], rid, events)

    def remote_set_overrides(
        self, coll: str, rid: str, overrides: Sequence[tuple[datetime, str, datetime, datetime]]
    ) -> None:
        item = self.items(coll)[rid]
        master = item.events[0]
        events = [master] + [
            Event("", coll, master.uid, t, s, e, timezone="UTC", recurrence_id=r)
            for r, t, s, e in overrides
        ]
        self._store_events(self.collections[coll], rid, events)

    def remote_delete(self, coll: str, rid: str) -> None:
        c = self.collections[coll]
        del c.items[rid]
        self._changed(c, rid)

    def remote_create_contact(self, coll: str, name: str, **fields: object) -> str:
        rid = f"card{next(self._ids)}"
        contact = Contact("", coll, name, **fields)  # type: ignore[arg-type]
        self._store_contact(self.collections[coll], rid, contact)
        return rid

    def remote_edit_contact(self, coll: str, rid: str, **changes: object) -> None:
        item = self.items(coll)[rid]
        assert item.contact is not None
        self._store_contact(
            self.collections[coll],
            rid,
            replace(item.contact, **changes),  # type: ignore[arg-type]
        )

    # -- plumbing ---------------------------------------------------------------------------

    def _new_etag(self) -> str:
        return f'"e{next(self._etags)}"'

    def _changed(self, c: _Collection, rid: str) -> None:
        self.seq += 1
        c.log.append((self.seq, rid))

    def _store_events(self, c: _Collection, rid: str, events: Sequence[Event]) -> StoredItem:
        etag = self._new_etag()
        kept = [
            replace(
                e,
                id=f"{rid}/{i}",
                calendar_id=c.rid,
                remote_id=rid,
                etag=etag,
                scheduled_here=False,  # a local notion the server does not keep
            )
            for i, e in enumerate(events)
        ]
        item = StoredItem(rid, etag, kept)
        c.items[rid] = item
        self._changed(c, rid)
        return item

    def _store_contact(self, c: _Collection, rid: str, contact: Contact) -> StoredItem:
        etag = self._new_etag()
        item = StoredItem(
            rid, etag, contact=replace(contact, id=rid, folder_id=c.rid, remote_id=rid, etag=etag)
        )
        c.items[rid] = item
        self._changed(c, rid)
        return item

    def _before(self, op: str, coll: str) -> str | None:
        self.calls.append((op, coll))
        queue = self.faults.get(op)
        if queue:
            fault = queue.pop(0)
            if isinstance(fault, BaseException):
                raise copy.copy(fault)
            return fault
        return None

    @staticmethod
    def _after(fault: str | None) -> None:
        if fault == LOST:
            raise TransientError("The connection was reset.")
        if fault == CRASH:
            raise Crash()

    def _coll(self, rid: str, kind: str) -> _Collection:
        c = self.collections.get(rid)
        if c is None or c.kind != kind:
            raise ProviderError(f"There is no collection {rid}.")
        return c

    def _write_hook(self, op: str) -> None:
        if self.before_write is not None:
            self.before_write(op)

    def _page(self, c: _Collection, cursor: str | None) -> tuple[list[str], list[str], str, bool]:
        """(changed rids, deleted rids, next cursor, more)."""
        if cursor is None or cursor.startswith("f:"):
            offset = int(cursor.split(":")[2]) if cursor else 0
            snapshot = int(cursor.split(":")[1]) if cursor else self.seq
            rids = sorted(c.items)
            chunk = rids[offset : offset + self.page_size]
            more = offset + self.page_size < len(rids)
            nxt = f"f:{snapshot}:{offset + self.page_size}" if more else f"c:{c.epoch}:{snapshot}"
            return chunk, [], nxt, more
        kind, epoch, since_text = cursor.split(":")
        since = int(since_text)
        if kind != "c" or int(epoch) != c.epoch:
            raise CursorExpired("The sync token is no longer valid.")
        last: dict[str, int] = {}
        for seq, rid in c.log:
            if seq > since:
                last[rid] = seq
        ordered = sorted(last, key=lambda r: last[r])
        chunk = ordered[: self.page_size]
        more = len(ordered) > self.page_size
        nxt = f"c:{c.epoch}:{last[chunk[-1]] if more else max(self.seq, since)}"
        changed = [r for r in chunk if r in c.items]
        deleted = [r for r in chunk if r not in c.items]
        return changed, deleted, nxt, more

    # -- CalendarProvider -------------------------------------------------------------------

    async def calendars(self) -> list[Calendar]:
        self._after(self._before("calendars", ""))
        return [
            Calendar("", "", c.name, remote_id=c.rid)
            for c in self.collections.values()
            if c.kind == "event"
        ]

    async def pull(self, calendar: Calendar, cursor: str | None) -> Page:
        self._after(self._before("pull", calendar.remote_id))
        c = self._coll(calendar.remote_id, "event")
        changed, deleted, nxt, more = self._page(c, cursor)
        upserts: list[Event] = []
        problems = list(self.problems.pop(c.rid, []))
        for rid in changed:
            if (c.rid, rid) in self.bad:
                problems.append(f"{rid}: not valid iCalendar")
                continue
            upserts.extend(c.items[rid].events)
        return Page(tuple(upserts), tuple(deleted), nxt, more, tuple(problems))

    async def create(
        self,
        calendar: Calendar,
        event: Event,
        idempotency_key: str,
        overrides: Sequence[Event] = (),
    ) -> Event:
        fault = self._before("create", calendar.remote_id)
        self._write_hook("create")
        c = self._coll(calendar.remote_id, "event")
        known = self.idempotency.get(idempotency_key)
        if known is not None and known[1] in self.collections[known[0]].items:
            item = self.collections[known[0]].items[known[1]]
        else:
            rid = known[1] if known is not None else f"new{next(self._ids)}"
            self.idempotency[idempotency_key] = (c.rid, rid)
            item = self._store_events(c, rid, [event, *overrides])
        self._after(fault)
        return item.events[0]

    async def update(
        self, calendar: Calendar, event: Event, if_match: str, overrides: Sequence[Event] = ()
    ) -> Event:
        fault = self._before("update", calendar.remote_id)
        self._write_hook("update")
        c = self._coll(calendar.remote_id, "event")
        item = c.items.get(event.remote_id)
        if item is None or item.etag != if_match:
            raise Conflict("This meeting was changed or removed by someone else.")
        item = self._store_events(c, event.remote_id, [event, *overrides])
        self._after(fault)
        return item.events[0]

    async def delete(self, calendar: Calendar, remote_id: str, if_match: str) -> None:
        fault = self._before("delete", calendar.remote_id)
        self._write_hook("delete")
        c = self._coll(calendar.remote_id, "event")
        item = c.items.get(remote_id)
        if item is None:
            return  # 404: already gone
        if item.etag != if_match:
            raise Conflict("This meeting was changed by someone else.")
        del c.items[remote_id]
        self._changed(c, remote_id)
        self._after(fault)

    # -- ContactsProvider -------------------------------------------------------------------

    async def folders(self) -> list[Folder]:
        self._after(self._before("folders", ""))
        return [
            Folder("", "", c.name, parent_id=c.parent, remote_id=c.rid)
            for c in self.collections.values()
            if c.kind == "contact"
        ]

    async def pull_contacts(self, folder: Folder, cursor: str | None) -> ContactPage:
        self._after(self._before("pull", folder.remote_id))
        c = self._coll(folder.remote_id, "contact")
        changed, deleted, nxt, more = self._page(c, cursor)
        problems = list(self.problems.pop(c.rid, []))
        upserts = []
        for rid in changed:
            if (c.rid, rid) in self.bad:
                problems.append(f"{rid}: not a valid vCard")
                continue
            contact = c.items[rid].contact
            assert contact is not None
            upserts.append(contact)
        return ContactPage(tuple(upserts), tuple(deleted), nxt, more, tuple(problems))

    async def create_contact(
        self, folder: Folder, contact: Contact, idempotency_key: str
    ) -> Contact:
        fault = self._before("create_contact", folder.remote_id)
        self._write_hook("create_contact")
        c = self._coll(folder.remote_id, "contact")
        known = self.idempotency.get(idempotency_key)
        if known is not None and known[1] in self.collections[known[0]].items:
            item = self.collections[known[0]].items[known[1]]
        else:
            rid = known[1] if known is not None else f"newcard{next(self._ids)}"
            self.idempotency[idempotency_key] = (c.rid, rid)
            item = self._store_contact(c, rid, contact)
        self._after(fault)
        assert item.contact is not None
        return item.contact

    async def update_contact(self, folder: Folder, contact: Contact, if_match: str) -> Contact:
        fault = self._before("update_contact", folder.remote_id)
        self._write_hook("update_contact")
        c = self._coll(folder.remote_id, "contact")
        item = c.items.get(contact.remote_id)
        if item is None or item.etag != if_match:
            raise Conflict("This contact was changed or removed by someone else.")
        item = self._store_contact(c, contact.remote_id, contact)
        self._after(fault)
        assert item.contact is not None
        return item.contact

    async def delete_contact(self, folder: Folder, remote_id: str, if_match: str) -> None:
        fault = self._before("delete_contact", folder.remote_id)
        self._write_hook("delete_contact")
        c = self._coll(folder.remote_id, "contact")
        item = c.items.get(remote_id)
        if item is None:
            return
        if item.etag != if_match:
            raise Conflict("This contact was changed by someone else.")
        del c.items[remote_id]
        self._changed(c, remote_id)
        self._after(fault)
