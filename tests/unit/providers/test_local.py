from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain import LOCAL_CALENDAR_ID, Contact, Event
from desktop.providers.base import CalendarProvider, Conflict, ContactsProvider
from desktop.providers.local import LocalProvider


def event() -> Event:
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    return Event("e1", LOCAL_CALENDAR_ID, "u1", "Plan", start, start + timedelta(hours=1))


def test_local_provider_speaks_both_protocols() -> None:
    calendars: CalendarProvider = LocalProvider()
    contacts: ContactsProvider = LocalProvider()
    [calendar] = asyncio.run(calendars.calendars())
    [folder] = asyncio.run(contacts.folders())
    assert calendar.id == LOCAL_CALENDAR_ID and folder.parent_id is None
    page = asyncio.run(calendars.pull(calendar, None))
    assert page.upserts == () and page.deletions == () and page.cursor


def test_writes_get_etags_that_change_with_the_content_and_stale_ones_conflict() -> None:
    provider = LocalProvider()
    [calendar] = asyncio.run(provider.calendars())
    created = asyncio.run(provider.create(calendar, event(), "key-1"))
    assert created.remote_id == "e1" and created.etag
    renamed = replace(created, title="Plan B")
    updated = asyncio.run(provider.update(calendar, renamed, created.etag))
    assert updated.etag and updated.etag != created.etag
    with pytest.raises(Conflict):
        asyncio.run(provider.update(calendar, updated, created.etag))


def test_contacts_round_trip() -> None:
    provider = LocalProvider()
    [folder] = asyncio.run(provider.folders())
    contact = asyncio.run(provider.create_contact(folder, Contact("c1", folder.id, "Ann"), "k"))
    changed = asyncio.run(
        provider.update_contact(folder, replace(contact, company="Acme"), contact.etag)
    )
    assert changed.etag != contact.etag
