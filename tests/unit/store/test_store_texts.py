"""What the store says to people (start-up errors, state reasons) stays translatable."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain import LOCAL_CALENDAR_ID, Account, AccountState, Event, ServiceKind
from desktop.i18n import CONTEXT, Text, message_of, render
from desktop.recurrence import RecurrenceError, parse_rrule
from desktop.store import Store, StoreError
from desktop.store.database import INTERRUPTED_SYNC
from desktop.store.migrations import MIGRATIONS
from desktop.store.occurrences import TOO_OFTEN, materialise

SHOUTED = {
    "The database at {path} was written by a newer Meetdesk"
    " (schema {version}, this version knows {known}).": "BASE TROP RÉCENTE ({version} > {known})",
    "Cannot open the Meetdesk database at {path}: {reason}": "IMPOSSIBLE D'OUVRIR {path}",
    "The last sync was interrupted. It runs again at the next sync.": "SYNCHRO INTERROMPUE.",
    "This series repeats too often; only part of it is shown.": "SÉRIE TROP FRÉQUENTE.",
}


def shouted(context: str, source: str) -> str:
    assert context == CONTEXT
    return SHOUTED.get(source, "")


def test_a_newer_database_is_refused_with_a_text(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.commit()
    db.close()
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert str(caught.value) == (
        f"The database at {path} was written by a newer Meetdesk"
        f" (schema {len(MIGRATIONS) + 5}, this version knows {len(MIGRATIONS)})."
    )
    assert isinstance(message_of(caught.value), Text)
    assert render(caught.value, shouted) == (
        f"BASE TROP RÉCENTE ({len(MIGRATIONS) + 5} > {len(MIGRATIONS)})"
    )


def test_a_database_that_cannot_be_opened_is_said_with_a_text(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(StoreError) as caught:
        Store(folder)
    assert str(caught.value).startswith(f"Cannot open the Meetdesk database at {folder}: ")
    assert render(caught.value, shouted) == f"IMPOSSIBLE D'OUVRIR {folder}"


def test_an_interrupted_sync_reads_back_as_a_text(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    store.save_account(Account("dav", ServiceKind.CALDAV, "Work", "me@example.com"))
    store.set_account_state("dav", AccountState.SYNCING, "Syncing")
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    store._db.execute("UPDATE accounts SET syncing_pid = ?", (int(ended.stdout),))
    account = store.get_account("dav")
    assert account is not None and account.state_reason == INTERRUPTED_SYNC
    assert render(account.state_reason, shouted) == "SYNCHRO INTERROMPUE."
    store.close()


def _series(rrule: str) -> Event:
    start = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)
    return Event(
        id="s1",
        calendar_id=LOCAL_CALENDAR_ID,
        uid="s1@example.com",
        title="Stand-up",
        start=start,
        end=start + timedelta(minutes=15),
        rrule=rrule,
    )


def test_a_recurrence_problem_keeps_its_text_through_the_store(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    event = _series("FREQ=SOMETIMES")
    store.save_event(event)
    store.replace_occurrences(event.id, [], expanded_until=None, problem=TOO_OFTEN)
    back = store.recurrence_problem(event.id)
    assert isinstance(back, Text) and back == TOO_OFTEN
    assert render(back, shouted) == "SÉRIE TROP FRÉQUENTE."
    # A rule that cannot be read: the recurrence module's message is kept as it was said.
    with pytest.raises(RecurrenceError) as expected:
        parse_rrule("FREQ=SOMETIMES")
    materialise(store, event, datetime(2030, 1, 1, tzinfo=UTC))
    problem = store.recurrence_problem(event.id)
    assert problem == message_of(expected.value)
    assert type(problem) is type(message_of(expected.value))
    store.close()
