"""The local service: the store itself is the authoritative copy.

It speaks the same protocol as the cloud services so the rest of the app (and the sync
engine) treats every account alike; here a pull never brings anything new and every write
is acknowledged at once with a fresh etag.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from desktop.domain import (
    LOCAL_ACCOUNT_ID,
    LOCAL_CALENDAR_ID,
    LOCAL_CONTACTS_FOLDER_ID,
    Calendar,
    Contact,
    Event,
    Folder,
)
from desktop.i18n import Text
from desktop.providers.base import Conflict, ContactPage, Page

LOCAL_CURSOR = "local"


def _etag(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(repr(p) for p in parts).encode()).hexdigest()
    return f'"{digest[:16]}"'


class LocalProvider:
    """CalendarProvider and ContactsProvider for the account 'On this computer'."""

    account_id = LOCAL_ACCOUNT_ID

    async def calendars(self) -> list[Calendar]:
        return [Calendar(LOCAL_CALENDAR_ID, LOCAL_ACCOUNT_ID, "On this computer")]

    async def pull(self, calendar: Calendar, cursor: str | None) -> Page:
        return Page(cursor=LOCAL_CURSOR)

    async def create(
        self,
        calendar: Calendar,
        event: Event,
        idempotency_key: str,
        overrides: Sequence[Event] = (),
    ) -> Event:
        return replace(event, remote_id=event.id, etag=_etag(event))

    async def update(
        self, calendar: Calendar, event: Event, if_match: str, overrides: Sequence[Event] = ()
    ) -> Event:
        if event.etag and if_match and event.etag != if_match:
            raise Conflict(Text("This meeting was changed elsewhere."))
        return replace(event, etag=_etag(event))

    async def delete(self, calendar: Calendar, remote_id: str, if_match: str) -> None:
        return None

    async def folders(self) -> list[Folder]:
        return [Folder(LOCAL_CONTACTS_FOLDER_ID, LOCAL_ACCOUNT_ID, "Contacts")]

    async def pull_contacts(self, folder: Folder, cursor: str | None) -> ContactPage:
        return ContactPage(cursor=LOCAL_CURSOR)

    async def create_contact(
        self, folder: Folder, contact: Contact, idempotency_key: str
    ) -> Contact:
        return replace(contact, remote_id=contact.id, etag=_etag(contact))

    async def update_contact(self, folder: Folder, contact: Contact, if_match: str) -> Contact:
        if contact.etag and if_match and contact.etag != if_match:
            raise Conflict(Text("This contact was changed elsewhere."))
        return replace(contact, etag=_etag(contact))

    async def delete_contact(self, folder: Folder, remote_id: str, if_match: str) -> None:
        return None
