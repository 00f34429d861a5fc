from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.domain import (
    LOCAL_ACCOUNT_ID,
    LOCAL_CALENDAR_ID,
    LOCAL_CONTACTS_FOLDER_ID,
    Account,
    AccountState,
    Attendee,
    Calendar,
    Contact,
    Event,
    Folder,
    MeetingOptions,
    Person,
    ResponseStatus,
    ServiceKind,
)
from desktop.store import Store, StoreError
from desktop.store.migrations import MIGRATIONS

AMS = ZoneInfo("Europe/Amsterdam")


def make_event(**changes: object) -> Event:
    start = datetime(2026, 12, 1, 9, 30, tzinfo=AMS)
    event = Event(
        id="e1",
        calendar_id=LOCAL_CALENDAR_ID,
        uid="uid-1",
        title="Planning",
        start=start,
        end=start + timedelta(hours=1),
        timezone="Europe/Amsterdam",
    )
    return replace(event, **changes)  # type: ignore[arg-type]


def test_new_database_has_schema_wal_and_the_local_address_book(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    assert store.schema_version == len(MIGRATIONS)
    mode = sqlite3.connect(tmp_path / "db.sqlite3").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert [a.id for a in store.list_accounts()] == [LOCAL_ACCOUNT_ID]
    assert [c.id for c in store.list_calendars()] == [LOCAL_CALENDAR_ID]
    assert [f.id for f in store.list_folders()] == [LOCAL_CONTACTS_FOLDER_ID]


def test_reopening_keeps_data_and_does_not_recreate_a_removed_local_account(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    store.save_event(make_event())
    store.delete_account(LOCAL_ACCOUNT_ID)
    store.close()
    again = Store(path)
    assert again.list_accounts() == []
    assert again.get_event("e1") is None  # cascaded with its calendar


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer Meetdesk"):
        Store(path)


def test_event_round_trip_keeps_every_field(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    event = make_event(
        rrule="FREQ=WEEKLY;COUNT=5",
        exdates=(datetime(2026, 12, 8, 9, 30, tzinfo=AMS),),
        recurrence_id=None,
        location="Room 4 <b>",
        description="<p>Agenda</p>",
        organizer=Person("Ann Example", "ann@example.com"),
        attendees=(
            Attendee("bob@example.com", "Bob", ResponseStatus.ACCEPTED),
            Attendee("cy@example.com", optional=True),
        ),
        join_url="https://meet.jit.si/MeetdeskAbc",
        options=MeetingOptions(passcode="x1", waiting_room=True, alternative_hosts=("a@b.co",)),
        scheduled_here=True,
        private=True,
        extra_ical="X-CUSTOM:1\r\nCATEGORIES:Work",
        remote_id="/cal/e1.ics",
        etag='"abc"',
    )
    store.save_event(event)
    loaded = store.get_event("e1")
    assert loaded == event
    assert loaded is not None and loaded.start.utcoffset() == timedelta(hours=1)


def test_occurrences_are_listed_in_time_order_and_cancelled_events_hidden(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    a = make_event(id="a", uid="a", title="B-second")
    b = make_event(id="b", uid="b", title="A-first")
    store.save_event(a)
    store.save_event(b)
    store.replace_occurrences(
        "a", [(a.start + timedelta(hours=2), a.end + timedelta(hours=2))], expanded_until=None
    )
    store.replace_occurrences("b", [(b.start, b.end)], expanded_until=None)
    window = (datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 2, tzinfo=UTC))
    assert [o.event.id for o in store.occurrences_between(*window)] == ["b", "a"]
    from desktop.domain import EventStatus

    store.save_event(replace(a, status=EventStatus.CANCELLED))
    assert [o.event.id for o in store.occurrences_between(*window)] == ["b"]


def test_transaction_rolls_back_the_change_and_its_outbox_entry_together(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    with pytest.raises(RuntimeError), store.transaction():
        store.save_event(make_event())
        store.add_outbox(
            account_id=LOCAL_ACCOUNT_ID,
            collection_id=LOCAL_CALENDAR_ID,
            item_kind="event",
            item_id="e1",
            op="create",
        )
        raise RuntimeError("crash before commit")
    assert store.get_event("e1") is None
    assert store.pending_outbox() == []


def test_contact_search_matches_prefixes_of_names_emails_and_phones(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    store.save_contacts(
        [
            Contact(
                "c1",
                LOCAL_CONTACTS_FOLDER_ID,
                "Élodie Martin",
                emails=("elodie@acme.fr",),
                phones=("+33 1 23 45 67 89",),
            ),
            Contact(
                "c2",
                LOCAL_CONTACTS_FOLDER_ID,
                "Bram de Vries",
                emails=("bram@voorbeeld.nl",),
                company="Voorbeeld BV",
            ),
        ]
    )
    assert [c.id for c in store.search_contacts("elo")] == ["c1"]
    assert [c.id for c in store.search_contacts("Elodie")] == ["c1"]  # diacritics folded
    assert [c.id for c in store.search_contacts("bram@voor")] == ["c2"]
    assert [c.id for c in store.search_contacts("voorbeeld")] == ["c2"]
    assert [c.id for c in store.search_contacts("+33")] == ["c1"]
    store.save_contact(replace(store.get_contact("c2"), display_name="Anna Jansen"))  # type: ignore[arg-type]
    assert store.search_contacts("bram d") == []
    assert [c.id for c in store.search_contacts("anna")] == ["c2"]


@pytest.mark.parametrize("text", ['"', "AND", "OR NOT", "*", "a:b", "NEAR(", "(", "'", "^x"])
def test_search_never_passes_fts_syntax_through(tmp_path: Path, text: str) -> None:
    store = Store(tmp_path / "db.sqlite3")
    store.save_contact(Contact("c1", LOCAL_CONTACTS_FOLDER_ID, "AND OR"))
    store.search_contacts(text)  # must not raise sqlite3.OperationalError


def test_removing_an_account_removes_its_calendars_events_folders_and_contacts(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    store.save_account(Account("acc", ServiceKind.CALDAV, "Work", "me@work.example"))
    store.save_calendar(Calendar("cal", "acc", "Work calendar"))
    store.save_folder(Folder("f", "acc", "Work contacts"))
    store.save_folder(Folder("f2", "acc", "Suppliers", parent_id="f"))
    store.save_contact(Contact("c", "f2", "Someone"))
    store.save_event(make_event(id="x", calendar_id="cal"))
    store.set_cursor("acc", "cal", "token-1")
    store.delete_account("acc")
    assert store.get_calendar("cal") is None
    assert store.get_event("x") is None
    assert store.get_contact("c") is None
    assert store.get_cursor("acc", "cal") is None
    assert [a.id for a in store.list_accounts()] == [LOCAL_ACCOUNT_ID]


def test_a_version_1_database_is_migrated_keeping_its_contacts(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = sqlite3.connect(path)
    from desktop.store.database import _split_sql

    for statement in _split_sql(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO accounts(id, kind, display_name, permissions, created_at)"
        " VALUES ('local', 'local', 'On this computer', '[]', 'x')"
    )
    db.execute("INSERT INTO folders(id, account_id, name) VALUES ('f', 'local', 'Contacts')")
    db.execute("INSERT INTO contacts(id, folder_id, display_name) VALUES ('c', 'f', 'Old Ann')")
    db.commit()
    db.close()
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)
    contact = store.get_contact("c")
    assert contact is not None and contact.display_name == "Old Ann" and contact.extra_vcard == ""
    assert [c.id for c in store.search_contacts("old")] == ["c"]


def test_saving_a_calendar_or_folder_again_keeps_what_is_in_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    store.save_event(make_event())
    store.save_contact(Contact("c1", LOCAL_CONTACTS_FOLDER_ID, "Ann"))
    store.save_folder(Folder("sub", LOCAL_ACCOUNT_ID, "Sub", LOCAL_CONTACTS_FOLDER_ID))
    store.save_calendar(Calendar(LOCAL_CALENDAR_ID, LOCAL_ACCOUNT_ID, "Renamed"))
    store.save_folder(Folder(LOCAL_CONTACTS_FOLDER_ID, LOCAL_ACCOUNT_ID, "Renamed"))
    assert store.get_event("e1") is not None
    assert store.get_contact("c1") is not None
    assert [f.id for f in store.list_folders()] == [LOCAL_CONTACTS_FOLDER_ID, "sub"]
    assert store.get_calendar(LOCAL_CALENDAR_ID).name == "Renamed"  # type: ignore[union-attr]


def test_a_sync_cut_short_by_a_dead_process_is_not_shown_as_running(tmp_path: Path) -> None:
    import subprocess
    import sys

    from desktop.store.database import INTERRUPTED_SYNC

    store = Store(tmp_path / "db.sqlite3")
    store.save_account(Account("dav", ServiceKind.CALDAV, "Work", "me@example.com"))
    store.set_account_state("dav", AccountState.SYNCING, "Syncing 'Work' (1 of 1)")
    # This process is alive: the state is shown as it is.
    assert store.get_account("dav").state is AccountState.SYNCING  # type: ignore[union-attr]
    # A process that has ended: what it left behind reads as an interrupted sync.
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    store._db.execute("UPDATE accounts SET syncing_pid = ?", (int(ended.stdout),))
    account = store.get_account("dav")
    assert account is not None and account.state is AccountState.ERROR
    assert account.state_reason == INTERRUPTED_SYNC
    assert [a.state for a in store.list_accounts() if a.id == "dav"] == [AccountState.ERROR]
    store.set_account_state("dav", AccountState.UP_TO_DATE)
    assert store.get_account("dav").state is AccountState.UP_TO_DATE  # type: ignore[union-attr]
    store.close()
