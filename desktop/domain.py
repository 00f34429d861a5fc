"""Plain domain objects shared by every layer (no Qt, no I/O).

Every datetime here is timezone-aware; display code converts at the edge.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta

LOCAL_ACCOUNT_ID = "local"
LOCAL_CALENDAR_ID = "local-calendar"
LOCAL_CONTACTS_FOLDER_ID = "local-contacts"


class ServiceKind(enum.StrEnum):
    LOCAL = "local"
    CALDAV = "caldav"
    MICROSOFT365 = "microsoft365"
    GOOGLE = "google"
    EXCHANGE = "exchange"


class Permission(enum.StrEnum):
    CALENDAR_READ = "calendar_read"
    CALENDAR_WRITE = "calendar_write"
    CONTACTS_READ = "contacts_read"
    CONTACTS_WRITE = "contacts_write"


ALL_PERMISSIONS: frozenset[Permission] = frozenset(Permission)


class AccountState(enum.StrEnum):
    UP_TO_DATE = "up_to_date"
    SYNCING = "syncing"
    OFFLINE = "offline"
    NEEDS_SIGN_IN = "needs_sign_in"
    ERROR = "error"


class ResponseStatus(enum.StrEnum):
    NEEDS_ACTION = "needs_action"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"


class EventStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Person:
    name: str = ""
    email: str = ""

    @property
    def label(self) -> str:
        return self.name or self.email


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str
    name: str = ""
    response: ResponseStatus = ResponseStatus.NEEDS_ACTION
    optional: bool = False

    @property
    def label(self) -> str:
        return self.name or self.email


@dataclass(frozen=True, slots=True)
class MeetingOptions:
    """The meeting settings a person picks in the Schedule dialog."""

    passcode: str = ""
    waiting_room: bool = False
    host_video: bool = True
    participant_video: bool = True
    join_before_host: bool = False
    mute_on_entry: bool = False
    alternative_hosts: tuple[str, ...] = ()
    # The person's own description; the event body holds the rendered invitation around it.
    agenda: str = ""
    # "teams": the calendar service makes the join link (Microsoft 365's Teams meeting).
    online_meeting: str = ""
    # The Zoom meeting made for this event through Zoom's API (its numeric id), if any.
    zoom_meeting_id: str = ""


@dataclass(frozen=True, slots=True)
class Account:
    id: str
    kind: ServiceKind
    display_name: str
    email: str = ""
    permissions: frozenset[Permission] = ALL_PERMISSIONS
    state: AccountState = AccountState.UP_TO_DATE
    state_reason: str = ""


@dataclass(frozen=True, slots=True)
class Calendar:
    id: str
    account_id: str
    name: str
    writable: bool = True
    owner: Person | None = None  # set for calendars shared by / delegated from someone else
    can_view_private: bool = True
    remote_id: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """One calendar event: a single meeting, a recurring master, or an override."""

    id: str
    calendar_id: str
    uid: str
    title: str
    start: datetime
    end: datetime
    timezone: str = "UTC"
    all_day: bool = False
    rrule: str | None = None
    exdates: tuple[datetime, ...] = ()
    # Set on an override of one occurrence of the master with the same uid.
    recurrence_id: datetime | None = None
    location: str = ""
    description: str = ""
    organizer: Person | None = None
    attendees: tuple[Attendee, ...] = ()
    join_url: str | None = None  # structured conference data (scheduled link, Graph joinUrl, ...)
    options: MeetingOptions = field(default_factory=MeetingOptions)
    scheduled_here: bool = False
    private: bool = False  # redacted: only the time is known
    status: EventStatus = EventStatus.CONFIRMED
    # Properties we do not model, kept verbatim so a round trip loses nothing.
    extra_ical: str = ""
    remote_id: str = ""
    etag: str = ""

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One shown instance of an event (the event itself, or one expansion of a series)."""

    event: Event
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        return f"{self.event.id}@{int(self.start.timestamp())}"


@dataclass(frozen=True, slots=True)
class Folder:
    """A contacts folder; folders nest through parent_id (None for an address book's root)."""

    id: str
    account_id: str
    name: str
    parent_id: str | None = None
    remote_id: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    folder_id: str
    display_name: str
    given_name: str = ""
    family_name: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    company: str = ""
    job_title: str = ""
    notes: str = ""
    remote_id: str = ""
    etag: str = ""
    # vCard properties we do not model, kept verbatim so a round trip loses nothing.
    extra_vcard: str = ""

    @property
    def primary_email(self) -> str:
        return self.emails[0] if self.emails else ""
