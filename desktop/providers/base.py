"""The provider protocols: what the sync engine asks of every service.

Providers are thin translators between a service's API and domain objects. They hold no
state besides their client; cursors (delta links, sync tokens) live in the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.domain import Calendar, Contact, Event, Folder


class ProviderError(Exception):
    """Base class of what a provider raises; the message is for the person."""


class CursorExpired(ProviderError):
    """The service no longer knows the cursor: list everything and reconcile."""


class Conflict(ProviderError):
    """The item changed on the server since the etag we based our change on (412)."""


class AuthError(ProviderError):
    """Credentials are missing, revoked or expired: the person must sign in again."""


class TransientError(ProviderError):
    """Timeouts, 5xx, throttling: try again later (after `retry_after` seconds if given)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Page:
    """One round of changes from a collection, and the cursor to ask from next time."""

    # Every event of every changed item, overrides of a series included; events of one
    # item share its remote_id. Ids are the provider's guess; the engine maps them to ours.
    upserts: tuple[Event, ...] = ()
    deletions: tuple[str, ...] = ()  # remote ids
    cursor: str | None = None
    more: bool = False  # another page follows: pull again with `cursor`
    # Items skipped because they could not be read (bad iCalendar, too large...): why.
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactPage:
    upserts: tuple[Contact, ...] = ()
    deletions: tuple[str, ...] = ()
    cursor: str | None = None
    more: bool = False
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Capabilities:
    incremental: bool = False
    writable: bool = True
    notes: tuple[str, ...] = field(default_factory=tuple)


class CalendarProvider(Protocol):
    async def calendars(self) -> list[Calendar]: ...

    async def pull(self, calendar: Calendar, cursor: str | None) -> Page: ...

    # A series is written whole: the master with its overrides (moved or changed instances).
    async def create(
        self,
        calendar: Calendar,
        event: Event,
        idempotency_key: str,
        overrides: Sequence[Event] = (),
    ) -> Event: ...

    async def update(
        self, calendar: Calendar, event: Event, if_match: str, overrides: Sequence[Event] = ()
    ) -> Event: ...

    async def delete(self, calendar: Calendar, remote_id: str, if_match: str) -> None: ...


class ContactsProvider(Protocol):
    async def folders(self) -> list[Folder]: ...

    async def pull_contacts(self, folder: Folder, cursor: str | None) -> ContactPage: ...

    async def create_contact(
        self, folder: Folder, contact: Contact, idempotency_key: str
    ) -> Contact: ...

    async def update_contact(self, folder: Folder, contact: Contact, if_match: str) -> Contact: ...

    async def delete_contact(self, folder: Folder, remote_id: str, if_match: str) -> None: ...
