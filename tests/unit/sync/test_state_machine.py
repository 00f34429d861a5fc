"""A stateful property test of the engine (after vdirsyncer's SyncMachine).

Random local changes through MeetingService on a real store, random changes by another
client on the in-memory server, injected faults (throttling, lost answers, 412s, revoked
sign-in, refusals, expired cursors, crashes right after the server wrote) and syncs, in any
order. Whatever happened, after the faults stop and the person resolves the conflicts:

* every item exists on both sides with the same title, start and end (overrides included);
* no duplicates: one server item per local series and one local series per server item;
* nothing is lost that nobody deleted;
* the outbox is empty.

Along the way, a conflict always shows both versions until it is resolved.
"""

from __future__ import annotations

import asyncio
import itertools
import shutil
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from desktop.domain import Account, AccountState, Calendar, Contact, Event, Folder, ServiceKind
from desktop.policy import load_policy
from desktop.profile import resolve_profile
from desktop.providers.base import AuthError, Conflict, ProviderError, TransientError
from desktop.services.contacts import ContactInput
from desktop.services.context import build_context
from desktop.services.meetings import ScheduleRequest
from desktop.sync import ConflictRule, SyncEngine, SyncProvider, SyncReport
from tests.unit.sync.memory_provider import CRASH, LOST, Crash, MemoryProvider

WORK, CAL, CAL_RID, BOOK, BOOK_RID = "work", "work-cal", "cal1", "work-book", "book1"
BASE = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
TITLES = st.sampled_from(["Plan", "Review", "1:1", "Retro", "Demo", "Lunch"])
PICK = st.integers(min_value=0, max_value=10_000)
FAULTS = st.sampled_from(
    [
        TransientError("503"),
        TransientError("429", retry_after=3),
        LOST,
        CRASH,
        AuthError("Token revoked"),
        Conflict("412"),
        ProviderError("Refused"),
    ]
)
OPS = st.sampled_from(
    [
        "calendars",
        "folders",
        "pull",
        "create",
        "update",
        "delete",
        "create_contact",
        "update_contact",
        "delete_contact",
    ]
)


def content(events: list[Event]) -> list[tuple[object, ...]]:
    return sorted(
        (
            e.recurrence_id.timestamp() if e.recurrence_id else 0,
            e.title,
            int(e.start.timestamp()),
            int(e.end.timestamp()),
        )
        for e in events
    )


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        # Ids from a counter: a step that picks "the third meeting" picks the same one when
        # Hypothesis replays and shrinks a failure.
        counter = itertools.count(1)
        self.uuids = mock.patch("uuid.uuid4", lambda: uuid.UUID(int=next(counter)))
        self.uuids.start()
        self.folder = Path(tempfile.mkdtemp(prefix="meetdesk-sync-"))
        self.ctx = build_context(resolve_profile(self.folder).ensure(), policy=load_policy())
        self.store = self.ctx.store
        self.store.save_account(Account(WORK, ServiceKind.CALDAV, "Work", "me@work.example"))
        self.store.save_calendar(Calendar(CAL, WORK, "Work", remote_id=CAL_RID))
        self.store.save_folder(Folder(BOOK, WORK, "Contacts", remote_id=BOOK_RID))
        self.server = MemoryProvider(page_size=3)
        self.server.add_calendar(CAL_RID, "Work")
        self.server.add_folder(BOOK_RID, "Contacts")
        self.loop = asyncio.new_event_loop()
        self.rule: ConflictRule = "ask"
        self.engine = self.new_engine()
        self.alive: set[str] = set()  # uids nobody deleted
        # Contacts nobody deleted: local ids of ours, remote ids of the other client's.
        self.alive_contacts: set[str] = set()
        self.alive_cards: set[str] = set()
        self.names = 0

    # -- plumbing ---------------------------------------------------------------------------

    def provider_for(self, account: Account) -> SyncProvider | None:
        return self.server if account.id == WORK else None

    def new_engine(self) -> SyncEngine:
        async def no_sleep(seconds: float) -> None:
            assert 0 <= seconds <= 64

        return SyncEngine(
            self.store,
            self.provider_for,
            sleep=no_sleep,
            jitter=lambda: 0.5,
            conflict_rule=self.rule,
        )

    def run_sync(self) -> SyncReport | None:
        try:
            return self.loop.run_until_complete(self.engine.sync_account(WORK))
        except Crash:
            self.engine = self.new_engine()  # the app starts again on the same store
            return None

    def local_items(self) -> dict[str, list[Event]]:
        rows = self.store._query(
            "SELECT id FROM events WHERE calendar_id = ? AND conflict != 'theirs' ORDER BY rowid",
            (CAL,),
        )
        items: dict[str, list[Event]] = {}
        for (event_id,) in rows:
            event = self.store.get_event(str(event_id))
            assert event is not None
            items.setdefault(event.uid, []).append(event)
        return items

    def editable(self) -> list[Event]:
        # In creation order: uuids would make the picks differ from run to run.
        return [
            e
            for events in self.local_items().values()
            for e in events
            if e.recurrence_id is None and e.scheduled_here
        ]

    def server_items(self) -> list[tuple[str, list[Event]]]:
        return sorted(self.server.events(CAL_RID).items())

    def request(self, title: str, day: int, hour: int, recurrence: str | None) -> ScheduleRequest:
        start = (BASE + timedelta(days=day)).replace(hour=hour)
        return ScheduleRequest(
            topic=title,
            start=start,
            duration_minutes=45,
            timezone="UTC",
            calendar_id=CAL,
            recurrence=recurrence,
        )

    # -- a synced start ---------------------------------------------------------------------

    @initialize(
        local=st.integers(0, 4),
        remote=st.integers(0, 4),
        series=st.booleans(),
        rule=st.sampled_from(["ask", "ask", "local_wins", "server_wins"]),
    )
    def synced_start(self, local: int, remote: int, series: bool, rule: ConflictRule) -> None:
        self.rule = rule
        self.engine = self.new_engine()
        self.local_add_contact()
        self.remote_create_contact()
        for i in range(local):
            self.local_create("Plan", i, 9, series and i == 0)
        for i in range(remote):
            self.remote_create("Review", i, series and i == 0)
        report = self.run_sync()
        assert report is not None and report.state is AccountState.UP_TO_DATE

    # -- local changes ----------------------------------------------------------------------

    @rule(title=TITLES, day=st.integers(0, 20), hour=st.integers(7, 18), series=st.booleans())
    def local_create(self, title: str, day: int, hour: int, series: bool) -> None:
        recurrence = "FREQ=DAILY;COUNT=3" if series else None
        event = self.ctx.meetings.schedule(self.request(title, day, hour, recurrence))
        self.alive.add(event.uid)

    @rule(pick=PICK, title=TITLES, day=st.integers(0, 20), hour=st.integers(7, 18))
    def local_edit(self, pick: int, title: str, day: int, hour: int) -> None:
        events = self.editable()
        if events:
            event = events[pick % len(events)]
            self.ctx.meetings.edit(event.id, self.request(title, day, hour, None))

    @rule(pick=PICK)
    def local_delete(self, pick: int) -> None:
        events = self.editable()
        if events:
            event = events[pick % len(events)]
            self.ctx.meetings.delete(event.id)
            self.alive.discard(event.uid)

    # -- another client on the server -------------------------------------------------------

    @rule(title=TITLES, day=st.integers(0, 20), override=st.booleans())
    def remote_create(self, title: str, day: int, override: bool) -> None:
        start = BASE + timedelta(days=day)
        overrides = []
        if override:
            moved = start + timedelta(days=1)
            overrides.append(
                (moved, f"{title} (moved)", moved + timedelta(hours=2), moved + timedelta(hours=3))
            )
        rid = self.server.remote_create(
            CAL_RID,
            title,
            start,
            start + timedelta(hours=1),
            rrule="FREQ=DAILY;COUNT=4" if override else None,
            overrides=overrides,
        )
        self.alive.add(self.server.items(CAL_RID)[rid].uid)

    @rule(pick=PICK, title=TITLES, hours=st.integers(-5, 5))
    def remote_edit(self, pick: int, title: str, hours: int) -> None:
        items = self.server_items()
        if items:
            rid, events = items[pick % len(items)]
            shift = timedelta(hours=hours)
            master = events[0]
            self.server.remote_edit(
                CAL_RID, rid, title=title, start=master.start + shift, end=master.end + shift
            )

    @rule(pick=PICK)
    def remote_delete(self, pick: int) -> None:
        items = self.server_items()
        if items:
            rid, events = items[pick % len(items)]
            self.server.remote_delete(CAL_RID, rid)
            self.alive.discard(events[0].uid)

    # -- both sides at once (what makes conflicts) ------------------------------------------

    def synced_editable(self, pick: int) -> Event | None:
        events = [e for e in self.editable() if e.remote_id in self.server.items(CAL_RID)]
        return events[pick % len(events)] if events else None

    @rule(pick=PICK, mine=TITLES, theirs=TITLES)
    def edit_both(self, pick: int, mine: str, theirs: str) -> None:
        event = self.synced_editable(pick)
        if event is not None:
            self.ctx.meetings.edit(event.id, self.request(f"{mine} (here)", 3, 9, None))
            self.server.remote_edit(CAL_RID, event.remote_id, title=f"{theirs} (there)")

    @rule(pick=PICK, title=TITLES)
    def edit_here_delete_there(self, pick: int, title: str) -> None:
        event = self.synced_editable(pick)
        if event is not None:
            self.ctx.meetings.edit(event.id, self.request(title, 4, 9, None))
            self.server.remote_delete(CAL_RID, event.remote_id)
            self.alive.discard(event.uid)  # deleted by someone (the edit may bring it back)

    @rule(pick=PICK, title=TITLES)
    def delete_here_edit_there(self, pick: int, title: str) -> None:
        event = self.synced_editable(pick)
        if event is not None:
            self.ctx.meetings.delete(event.id)
            self.server.remote_edit(CAL_RID, event.remote_id, title=title)
            self.alive.discard(event.uid)

    # -- contacts ---------------------------------------------------------------------------

    def name(self) -> str:
        self.names += 1
        return f"Person {self.names}"

    def local_contacts(self) -> list[Contact]:
        rows = self.store._query(
            "SELECT id FROM contacts WHERE folder_id = ? AND conflict != 'theirs' ORDER BY rowid",
            (BOOK,),
        )
        found = [self.store.get_contact(str(r[0])) for r in rows]
        return [c for c in found if c is not None]

    @rule()
    def local_add_contact(self) -> None:
        contact = self.ctx.contacts.add(ContactInput(self.name()), BOOK)
        self.alive_contacts.add(contact.id)

    @rule(pick=PICK)
    def local_edit_contact(self, pick: int) -> None:
        contacts = self.local_contacts()
        if contacts:
            contact = contacts[pick % len(contacts)]
            self.ctx.contacts.edit(contact.id, ContactInput(self.name()))

    @rule(pick=PICK)
    def local_delete_contact(self, pick: int) -> None:
        contacts = self.local_contacts()
        if contacts:
            contact = contacts[pick % len(contacts)]
            with self.store.transaction():  # what a contacts delete writes
                self.store.add_outbox(
                    account_id=WORK,
                    collection_id=BOOK,
                    item_kind="contact",
                    item_id=contact.id,
                    op="delete",
                    base_etag=contact.etag,
                    payload={"remote_id": contact.remote_id},
                )
                self.store.delete_contact(contact.id)
            self.alive_contacts.discard(contact.id)
            self.alive_cards.discard(contact.remote_id)

    @rule()
    def remote_create_contact(self) -> None:
        self.alive_cards.add(self.server.remote_create_contact(BOOK_RID, self.name()))

    @rule(pick=PICK)
    def remote_edit_contact(self, pick: int) -> None:
        cards = sorted(self.server.contacts(BOOK_RID))
        if cards:
            self.server.remote_edit_contact(
                BOOK_RID, cards[pick % len(cards)], display_name=self.name()
            )

    @rule(pick=PICK)
    def remote_delete_contact(self, pick: int) -> None:
        cards = sorted(self.server.contacts(BOOK_RID))
        if cards:
            rid = cards[pick % len(cards)]
            self.server.remote_delete(BOOK_RID, rid)
            self.alive_cards.discard(rid)
            for contact in self.local_contacts():
                if contact.remote_id == rid:
                    self.alive_contacts.discard(contact.id)

    @rule(pick=PICK)
    def edit_contact_both(self, pick: int) -> None:
        contacts = [
            c for c in self.local_contacts() if c.remote_id in self.server.contacts(BOOK_RID)
        ]
        if contacts:
            contact = contacts[pick % len(contacts)]
            self.ctx.contacts.edit(contact.id, ContactInput(self.name()))
            self.server.remote_edit_contact(BOOK_RID, contact.remote_id, display_name=self.name())

    # -- faults and syncs -------------------------------------------------------------------

    @rule(
        op=st.sampled_from(
            ["create", "update", "delete", "create_contact", "update_contact", "delete_contact"]
        )
    )
    def crash_during_push(self, op: str) -> None:
        self.server.fail(op, CRASH)
        self.run_sync()
        self.server.faults.pop(op, None)

    @rule()
    def sync_again(self) -> None:
        self.run_sync()

    @rule(op=OPS, fault=FAULTS, times=st.integers(1, 6))
    def fault(self, op: str, fault: BaseException | str, times: int) -> None:
        self.server.fail(op, fault, times=times if isinstance(fault, TransientError) else 1)

    @rule()
    def expire_cursors(self) -> None:
        self.server.expire_cursors()

    @rule()
    def sync(self) -> None:
        self.run_sync()

    @rule(pick=PICK, keep=st.sampled_from(["mine", "theirs"]))
    def resolve(self, pick: int, keep: str) -> None:
        conflicts = self.engine.conflicts()
        if conflicts:
            conflict = conflicts[pick % len(conflicts)]
            self.engine.resolve_conflict(conflict.local_id, keep)  # type: ignore[arg-type]

    @invariant()
    def conflicts_show_both_versions(self) -> None:
        for conflict in self.engine.conflicts():
            assert conflict.counterpart_ids, conflict
            pending = {e.item_id for e in self.store.pending_outbox(WORK)}
            assert conflict.local_ids or conflict.local_id in pending, conflict

    @invariant()
    def no_local_duplicates(self) -> None:
        for uid, events in self.local_items().items():
            masters = [e for e in events if e.recurrence_id is None]
            assert len(masters) <= 1, (uid, events)
            assert len({e.remote_id for e in events}) == 1, (uid, events)

    # -- after the storm --------------------------------------------------------------------

    def converge(self) -> None:
        self.server.clear_faults()
        self.engine = self.new_engine()
        for _ in range(3):
            report = self.run_sync()
            assert report is not None
            for pending in self.engine.pending_mass_deletes():
                self.engine.confirm_mass_delete(pending.account_id, pending.collection_id)
            for conflict in self.engine.conflicts():
                self.engine.resolve_conflict(conflict.local_id, "mine")
        for _ in range(2):
            report = self.run_sync()
            assert report is not None
            assert report.state is AccountState.UP_TO_DATE, report
            assert report.conflicts == 0, report

    def check_equal(self) -> None:
        assert self.store.pending_outbox(WORK) == []
        assert self.engine.conflicts() == []
        local = self.local_items()
        server: dict[str, list[Event]] = {}
        for _, events in self.server_items():
            assert events[0].uid not in server, f"two server items for {events[0].uid}"
            server[events[0].uid] = events
        assert set(local) == set(server)
        assert self.alive <= set(local), self.alive - set(local)
        for uid, events in local.items():
            assert content(events) == content(server[uid]), uid
            rid = events[0].remote_id
            assert rid and self.server.items(CAL_RID)[rid].uid == uid
        contacts = {c.remote_id: c for c in self.local_contacts()}
        cards = self.server.contacts(BOOK_RID)
        assert len(contacts) == len(self.local_contacts()), "two contacts for one card"
        assert set(contacts) == set(cards)
        for rid, contact in contacts.items():
            assert contact.display_name == cards[rid].display_name, rid
        assert self.alive_cards <= set(cards)
        by_id = {c.id for c in self.local_contacts()}
        assert self.alive_contacts <= by_id, self.alive_contacts - by_id

    def teardown(self) -> None:
        try:
            self.converge()
            self.check_equal()
        finally:
            self.uuids.stop()
            self.ctx.close()
            self.loop.close()
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.mark.slow
def test_sync_machine() -> None:
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=50,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
