"""Meetings: the upcoming list, schedule, edit, delete, .ics import and export.

The GUI and the CLI both call this service; it owns the rules (validation, who may
edit what, outbox entries for synced calendars) so neither front end repeats them.
"""

from __future__ import annotations

import enum
import logging
import re
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktop.conferencing import (
    CustomPattern,
    MeetingLink,
    detect_links,
    is_safe_web_url,
    new_jitsi_room_url,
    render_invitation,
)
from desktop.domain import (
    LOCAL_CALENDAR_ID,
    Attendee,
    Calendar,
    Event,
    MeetingOptions,
    Occurrence,
    Permission,
    Person,
    ServiceKind,
)
from desktop.i18n import Text, localized, long_datetime, message_of
from desktop.recurrence import RecurrenceError, parse_rrule
from desktop.services.errors import NotAllowed, NotFound, ValidationError
from desktop.services.notifications import Notifier, Topic
from desktop.services.settings import MEETING_LINK_PERSONAL, MEETING_LINK_ZOOM, SettingsService
from desktop.store import Store
from desktop.store.occurrences import materialise
from desktop.timezones import resolve_timezone, system_timezone_name

if TYPE_CHECKING:
    from desktop.ical import ImportResult

log = logging.getLogger(__name__)

MAX_DURATION_MINUTES = 24 * 60
MAX_TOPIC_CHARS = 300
MAX_DESCRIPTION_CHARS = 100_000
MAX_ATTENDEES = 500
PRIVATE_TITLE = Text("Private meeting")

_EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$"
)
_PASSCODE_RE = re.compile(r"^[A-Za-z0-9@_*-]{0,10}$")


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL_RE.match(text)) and len(text) <= 254 and ".." not in text


def duration_text(minutes: int) -> Text:
    """A meeting's length for the invitation: "30 minutes"."""
    return Text("{minutes} minutes", minutes=minutes)


class HostScope(enum.StrEnum):
    EVERYONE = "everyone"
    ME = "me"
    OTHERS = "others"
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class HostFilter:
    scope: HostScope = HostScope.EVERYONE
    email: str = ""

    @classmethod
    def parse(cls, text: str | None) -> HostFilter:
        """'me', 'others', 'everyone' or an e-mail address (the CLI's --hosted-by)."""
        if not text or text == "everyone":
            return cls()
        if text in ("me", "others"):
            return cls(HostScope(text))
        if not is_valid_email(text):
            raise ValidationError(
                {"hosted_by": Text("'{text}' is not me, others or an e-mail address.", text=text)}
            )
        return cls(HostScope.EMAIL, text.lower())


@dataclass(frozen=True, slots=True)
class UpcomingMeeting:
    """One row of the upcoming list, with what the list shows already worked out."""

    occurrence: Occurrence
    calendar: Calendar
    host: Person
    hosted_by_me: bool
    title: str
    links: tuple[MeetingLink, ...]
    recurrence_problem: str = ""

    @property
    def event(self) -> Event:
        return self.occurrence.event

    @property
    def join_link(self) -> MeetingLink | None:
        return self.links[0] if self.links else None

    @property
    def redacted(self) -> bool:
        return self.event.private and not self.calendar.can_view_private


@dataclass(frozen=True, slots=True)
class Conference:
    """A meeting made on a conferencing service for an event (Zoom through its API)."""

    provider: str  # "zoom"
    join_url: str
    meeting_id: str = ""  # as people type it: "123 4567 8901"
    passcode: str = ""
    dial_in: str = ""
    provider_meeting_id: str = ""  # the service's id, to update or delete it later
    h323_password: str = ""
    pstn_password: str = ""


@dataclass(frozen=True, slots=True)
class ScheduleRequest:
    """What the Schedule dialog and `meetdesk meetings schedule` collect."""

    topic: str
    start: datetime  # naive values are read in `timezone`
    duration_minutes: int
    timezone: str
    recurrence: str | None = None
    passcode: str = ""
    waiting_room: bool = False
    host_video: bool = True
    participant_video: bool = True
    join_before_host: bool = False
    mute_on_entry: bool = False
    alternative_hosts: tuple[str, ...] = ()
    attendees: tuple[str, ...] = ()
    description: str = ""
    # None means "Other calendars": the event is built but only exported as .ics.
    calendar_id: str | None = LOCAL_CALENDAR_ID
    # "teams": Microsoft 365 makes a Teams meeting and its join link (its calendars only).
    online_meeting: str = ""
    # A meeting already made on a conferencing service (Zoom): its link and details.
    conference: Conference | None = None


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    problems: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


# An event whose location is this asks Meetdesk for a meeting link (as Scheduler does).
AUTO_LINK_LOCATION = "meetdesk"


class MeetingService:
    def __init__(
        self,
        store: Store,
        settings: SettingsService,
        notifier: Notifier,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._settings = settings
        self._notifier = notifier
        self._clock = clock
        self._links_cache: dict[
            tuple[str, str, str, str | None, tuple[CustomPattern, ...]], tuple[MeetingLink, ...]
        ] = {}

    # -- identity -----------------------------------------------------------------------------

    def my_emails(self) -> set[str]:
        emails = {a.email.lower() for a in self._store.list_accounts() if a.email}
        mine = self._settings.get_str("my_email").lower()
        if mine:
            emails.add(mine)
        return emails

    def account_email(self, account_id: str) -> str:
        account = self._store.get_account(account_id)
        return account.email if account is not None else ""

    def me(self) -> Person:
        return Person(self._settings.get_str("my_name"), self._settings.get_str("my_email"))

    def host_of(self, event: Event, calendar: Calendar, me: Person | None = None) -> Person:
        """The organiser; for a calendar shared by someone else, its owner; else the person
        (`me`, when the caller has already read it)."""
        if event.organizer and (event.organizer.email or event.organizer.name):
            return event.organizer
        if calendar.owner is not None:
            return calendar.owner
        return me if me is not None else self.me()

    def _is_me(self, person: Person, calendar: Calendar, my_emails: set[str]) -> bool:
        if person.email:
            return person.email.lower() in my_emails
        return calendar.owner is None

    # -- listing ------------------------------------------------------------------------------

    def readable_calendars(self) -> dict[str, Calendar]:
        allowed = {
            a.id
            for a in self._store.list_accounts()
            if Permission.CALENDAR_READ in self._settings.granted(a)
        }
        return {c.id: c for c in self._store.list_calendars() if c.account_id in allowed}

    def writable_calendars(self) -> list[Calendar]:
        accounts = {a.id: a for a in self._store.list_accounts()}
        return [
            c
            for c in self._store.list_calendars()
            if c.writable
            and c.account_id in accounts
            and Permission.CALENDAR_WRITE in self._settings.granted(accounts[c.account_id])
        ]

    def upcoming(
        self,
        *,
        days: int = 30,
        hosted_by: HostFilter | None = None,
        now: datetime | None = None,
    ) -> list[UpcomingMeeting]:
        """Meetings that have not ended yet, starting within `days` days, in start order."""
        now = now or self._clock()
        end = now + timedelta(days=days)
        self.ensure_expanded(end)
        calendars = self.readable_calendars()
        my_emails = self.my_emails()
        me = self.me()  # once, not twice a row: two settings reads each
        hosted_by = hosted_by or HostFilter()
        rows: list[UpcomingMeeting] = []
        for occurrence in self._store.occurrences_between(now, end):
            calendar = calendars.get(occurrence.event.calendar_id)
            if calendar is None:
                continue
            row = self._row(occurrence, calendar, my_emails, me)
            if matches_host(row, hosted_by):
                rows.append(row)
        return rows

    def _row(
        self,
        occurrence: Occurrence,
        calendar: Calendar,
        my_emails: set[str],
        me: Person | None = None,
    ) -> UpcomingMeeting:
        event = occurrence.event
        host = self.host_of(event, calendar, me)
        redacted = event.private and not calendar.can_view_private
        return UpcomingMeeting(
            occurrence=occurrence,
            calendar=calendar,
            host=host,
            hosted_by_me=self._is_me(host, calendar, my_emails),
            title=PRIVATE_TITLE if redacted else event.title,
            links=() if redacted else self.links_of(event),
        )

    def links_of(self, event: Event) -> tuple[MeetingLink, ...]:
        custom = self._settings.custom_patterns()
        key = (event.id, event.location, event.description, event.join_url, custom)
        cached = self._links_cache.get(key)
        if cached is None:
            cached = tuple(
                detect_links(
                    location=event.location,
                    body=event.description,
                    conference_url=event.join_url,
                    custom=custom,
                )
            )
            if len(self._links_cache) > 20_000:
                self._links_cache.clear()
            self._links_cache[key] = cached
        return cached

    @staticmethod
    def hosts(rows: Sequence[UpcomingMeeting]) -> list[Person]:
        """Other hosts present in the list, for the 'Meetings hosted by' choice."""
        seen: dict[str, Person] = {}
        for row in rows:
            if row.hosted_by_me:
                continue
            key = (row.host.email or row.host.name).lower()
            if key and key not in seen:
                seen[key] = row.host
        return sorted(seen.values(), key=lambda p: p.label.lower())

    def get(self, event_id: str) -> Event:
        event = self._store.get_event(event_id)
        if event is None:
            raise NotFound(Text("This meeting no longer exists."))
        return event

    def row_for(self, event_id: str) -> UpcomingMeeting:
        """The details of one event, shaped like a list row (first occurrence)."""
        event = self.get(event_id)
        calendar = self._store.get_calendar(event.calendar_id)
        if calendar is None:
            raise NotFound(Text("This meeting's calendar no longer exists."))
        return self._row(Occurrence(event, event.start, event.end), calendar, self.my_emails())

    # -- recurrence materialisation -----------------------------------------------------------

    def ensure_expanded(self, until: datetime) -> None:
        for event in self._store.series_needing_expansion(until):
            self._materialise(event)

    def _materialise(self, event: Event) -> None:
        materialise(self._store, event, self._clock())

    # -- schedule, edit, delete ---------------------------------------------------------------

    def validate(self, request: ScheduleRequest) -> tuple[datetime, ZoneInfo]:
        """Check a request; returns the aware start and its zone or raises ValidationError."""
        problems: dict[str, str] = {}
        topic = request.topic.strip()
        if not topic:
            problems["topic"] = Text("Enter a topic for the meeting.")
        elif len(topic) > MAX_TOPIC_CHARS:
            problems["topic"] = Text(
                "The topic is too long (at most {limit} characters).", limit=MAX_TOPIC_CHARS
            )
        zone = resolve_timezone(request.timezone) if request.timezone else None
        if zone is None:
            problems["timezone"] = Text("Unknown time zone '{zone}'.", zone=request.timezone)
        if request.duration_minutes <= 0:
            problems["duration"] = Text("The meeting must end after it starts.")
        elif request.duration_minutes > MAX_DURATION_MINUTES:
            problems["duration"] = Text("A meeting can last at most 24 hours.")
        start = request.start
        if zone is not None and start.tzinfo is None:
            start = start.replace(tzinfo=zone)
        if not 1970 <= start.year <= 2200:
            problems["start"] = Text("Choose a date between 1970 and 2200.")
        if request.recurrence:
            try:
                parse_rrule(request.recurrence)
            except RecurrenceError as exc:
                problems["recurrence"] = message_of(exc)
        if not _PASSCODE_RE.match(request.passcode):
            problems["passcode"] = Text(
                "A passcode has at most 10 characters: letters, digits, @ - _ and *."
            )
        if len(request.attendees) > MAX_ATTENDEES:
            problems["attendees"] = Text("At most {limit} attendees.", limit=MAX_ATTENDEES)
        bad = [a for a in request.attendees if not is_valid_email(a.strip())]
        if bad:
            problems["attendees"] = Text("Not an e-mail address: {address}", address=bad[0])
        bad_hosts = [a for a in request.alternative_hosts if not is_valid_email(a.strip())]
        if bad_hosts:
            problems["alternative_hosts"] = Text(
                "Not an e-mail address: {address}", address=bad_hosts[0]
            )
        if len(request.description) > MAX_DESCRIPTION_CHARS:
            problems["description"] = Text("The description is too long.")
        if request.calendar_id is not None:
            calendar = self._store.get_calendar(request.calendar_id)
            if calendar is None:
                problems["calendar"] = Text(
                    "There is no calendar '{calendar}'.", calendar=request.calendar_id
                )
            elif calendar not in self.writable_calendars():
                problems["calendar"] = Text(
                    "You may not add meetings to '{calendar}'.", calendar=calendar.name
                )
            elif request.online_meeting == "teams":
                account = self._store.get_account(calendar.account_id)
                if account is None or account.kind is not ServiceKind.MICROSOFT365:
                    problems["online_meeting"] = Text(
                        "Teams meetings can only be added to a Microsoft 365 calendar."
                    )
        if request.online_meeting not in ("", "teams"):
            problems["online_meeting"] = Text(
                "Unknown online meeting '{meeting}'.", meeting=request.online_meeting
            )
        if problems or zone is None:
            raise ValidationError(problems)
        return start, zone

    def _join_url(self) -> str:
        mode = self._settings.get_str("meeting_link_mode")
        if mode == MEETING_LINK_ZOOM:
            raise ValidationError(
                {
                    "meeting_link": Text(
                        "A Zoom meeting is made when the meeting is saved; try again."
                    )
                }
            )
        if mode == MEETING_LINK_PERSONAL:
            link = self._settings.get_str("personal_link")
            if link and is_safe_web_url(link):
                return link
            raise ValidationError(
                {
                    "meeting_link": Text(
                        "Set a valid personal meeting link (https://...) in Settings."
                    )
                }
            )
        return new_jitsi_room_url()

    def _build(self, request: ScheduleRequest, base: Event | None) -> Event:
        start, zone = self.validate(request)
        end = start + timedelta(minutes=request.duration_minutes)
        contacts_by_email = self._names_for(request.attendees)
        attendees = tuple(
            Attendee(email=a.strip(), name=contacts_by_email.get(a.strip().lower(), ""))
            for a in dict.fromkeys(request.attendees)
        )
        options = MeetingOptions(
            passcode=request.passcode,
            waiting_room=request.waiting_room,
            host_video=request.host_video,
            participant_video=request.participant_video,
            join_before_host=request.join_before_host,
            mute_on_entry=request.mute_on_entry,
            alternative_hosts=tuple(a.strip() for a in request.alternative_hosts),
            agenda=request.description,
            online_meeting=request.online_meeting,
            zoom_meeting_id=(
                request.conference.provider_meeting_id
                if request.conference is not None and request.conference.provider == "zoom"
                else (base.options.zoom_meeting_id if base is not None else "")
            ),
        )
        conference = request.conference
        if conference is not None:
            join_url: str | None = conference.join_url
        elif request.online_meeting == "teams":
            # Microsoft 365 makes the link when it creates the meeting; the next sync brings it.
            join_url = base.join_url if base else None
        else:
            join_url = base.join_url if base and base.join_url else self._join_url()
        me = self.me()
        description = render_invitation(
            self._invitation_template(),
            {
                "topic": request.topic.strip(),
                # In the meeting's zone, which the line names (the start may come in UTC).
                "start": long_datetime(start.astimezone(zone)),
                "end": end.astimezone(zone).strftime("%H:%M"),
                "timezone": str(zone.key),
                "duration": localized(duration_text(request.duration_minutes)),
                "join_url": join_url or "",
                "meeting_id": conference.meeting_id if conference else "",
                "passcode": (conference.passcode if conference else "") or request.passcode,
                "host": me.label,
                "description": request.description,
                "dial_in": conference.dial_in if conference else "",
                "h323_password": conference.h323_password if conference else "",
                "pstn_password": conference.pstn_password if conference else "",
            },
        )
        fields = {
            "calendar_id": request.calendar_id or "",
            "title": request.topic.strip(),
            "start": start,
            "end": end,
            "timezone": str(zone.key),
            "rrule": parse_rrule(request.recurrence).to_ical() if request.recurrence else None,
            "description": description,
            "attendees": attendees,
            "options": options,
            "join_url": join_url,
            "organizer": me if (me.name or me.email) else None,
            "scheduled_here": True,
        }
        if base is not None:
            return replace(base, **fields)  # type: ignore[arg-type]
        event_id = uuid.uuid4().hex
        return Event(id=event_id, uid=f"{event_id}@meetdesk", **fields)  # type: ignore[arg-type]

    def _names_for(self, emails: Sequence[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        for email in emails:
            for contact in self._store.search_contacts(email, limit=5):
                if email.strip().lower() in (e.lower() for e in contact.emails):
                    names[email.strip().lower()] = contact.display_name
                    break
        return names

    def build_event(self, request: ScheduleRequest) -> Event:
        """The event a request would create, without saving it (for 'Other calendars')."""
        return self._build(request, None)

    def schedule(self, request: ScheduleRequest) -> Event:
        if request.calendar_id is None:
            raise ValidationError(
                {"calendar": Text("Choose a calendar (or export the .ics file).")}
            )
        event = self._build(request, None)
        self._write(event, "create")
        return self.get(event.id)

    def edit(self, event_id: str, request: ScheduleRequest) -> Event:
        base = self.get(event_id)
        self._check_editable(base)
        if request.calendar_id not in (None, base.calendar_id):
            raise ValidationError(
                {
                    "calendar": Text(
                        "A meeting stays in its calendar; delete it and schedule a new one."
                    )
                }
            )
        event = self._build(replace(request, calendar_id=base.calendar_id), base)
        self._write(event, "update")
        return self.get(event.id)

    def add_links_where_asked(self, now: datetime | None = None) -> list[Event]:
        """Events made elsewhere that ask for a meeting (location "Meetdesk", or the category
        set in Settings) get a join link and the invitation, once each, where the calendar
        may be written. Returns the events changed. In Zoom mode nothing happens here: a
        Zoom meeting needs the network (add_zoom_links_where_asked)."""
        if self._settings.get_str("meeting_link_mode") == MEETING_LINK_ZOOM:
            return []
        changed: list[Event] = []
        for event in self.events_asking_for_links(now):
            try:
                join_url = self._join_url()
            except ValidationError:
                return changed  # no personal link set: nothing can be added yet
            changed.append(self._add_link(event, join_url, None))
        return changed

    async def add_zoom_links_where_asked(
        self,
        make_zoom_meeting: Callable[[ScheduleRequest], Awaitable[Conference]],
        now: datetime | None = None,
    ) -> list[Event]:
        """add_links_where_asked in Zoom mode: a Zoom meeting for each event asking for one.
        A failure (Zoom unreachable, signed out) leaves the rest for the next sync."""
        if self._settings.get_str("meeting_link_mode") != MEETING_LINK_ZOOM:
            return []
        changed: list[Event] = []
        for event in self.events_asking_for_links(now):
            zone = resolve_timezone(event.timezone) or ZoneInfo("UTC")
            request = ScheduleRequest(
                topic=event.title,
                start=event.start.astimezone(zone),
                duration_minutes=max(1, int((event.end - event.start).total_seconds() // 60)),
                timezone=str(zone.key),
                description=event.description,
            )
            try:
                conference = await make_zoom_meeting(request)
            except Exception as exc:  # ZoomError, ServiceError, network: try again later
                log.warning("no Zoom meeting for an event asking for one: %s", exc)
                return changed
            # Re-read: a sync may have changed the event while Zoom answered.
            current = self._store.get_event(event.id)
            if current is None:
                continue
            changed.append(self._add_link(current, conference.join_url, conference))
        return changed

    def events_asking_for_links(self, now: datetime | None = None) -> list[Event]:
        """Events still asking for a meeting link that Meetdesk may give one."""
        now = now or self._clock()
        category = self._settings.get_str("auto_link_category")
        writable = {c.id for c in self.writable_calendars()}
        return [
            event
            for event in self._store.events_asking_for_links(AUTO_LINK_LOCATION, category)
            if event.calendar_id in writable and not event.private and event.end > now
        ]

    def _add_link(self, event: Event, join_url: str, conference: Conference | None) -> Event:
        fields = self._invitation_fields(event, join_url)
        if conference is not None:
            fields.update(
                meeting_id=conference.meeting_id,
                passcode=conference.passcode,
                dial_in=conference.dial_in,
                h323_password=conference.h323_password,
                pstn_password=conference.pstn_password,
            )
        invitation = render_invitation(self._invitation_template(), fields)
        asked_by_location = event.location.strip().lower() == AUTO_LINK_LOCATION
        location = "" if asked_by_location else event.location
        options = replace(event.options, agenda=event.description)
        if conference is not None and conference.provider == "zoom":
            options = replace(options, zoom_meeting_id=conference.provider_meeting_id)
        updated = replace(
            event,
            location=location or join_url,
            join_url=join_url,
            description=invitation,
            options=options,
        )
        with self._store.transaction():
            self._write(updated, "update")
            # Once per event: even if the server puts "Meetdesk" back, it is not redone.
            self._store.mark_auto_linked(event.calendar_id, event.uid)
        return updated

    def _invitation_template(self) -> str:
        """The invitation template; the built-in one in the interface's language."""
        return localized(self._settings.get_str("invitation_template"))

    def _invitation_fields(self, event: Event, join_url: str) -> dict[str, str]:
        zone = resolve_timezone(event.timezone) or ZoneInfo("UTC")
        start, end = event.start.astimezone(zone), event.end.astimezone(zone)
        minutes = int((event.end - event.start).total_seconds() // 60)
        return {
            "topic": event.title,
            "start": long_datetime(start),
            "end": end.strftime("%H:%M"),
            "timezone": str(zone.key),
            "duration": localized(duration_text(minutes)),
            "join_url": join_url,
            "meeting_id": "",
            "passcode": "",
            "host": (event.organizer or self.me()).label,
            "description": event.description,
            "dial_in": "",
            "h323_password": "",
            "pstn_password": "",
        }

    def delete(self, event_id: str) -> None:
        event = self.get(event_id)
        self._check_editable(event)
        calendar = self._store.get_calendar(event.calendar_id)
        account = self._store.get_account(calendar.account_id) if calendar else None
        with self._store.transaction():
            if account is not None and account.kind is not ServiceKind.LOCAL:
                self._store.add_outbox(
                    account_id=account.id,
                    collection_id=event.calendar_id,
                    item_kind="event",
                    item_id=event.id,
                    op="delete",
                    base_etag=event.etag,
                    payload={"remote_id": event.remote_id, "uid": event.uid},
                )
            self._store.delete_event(event.id)
        self._notifier.emit(Topic.EVENTS)

    def can_edit(self, event: Event) -> bool:
        try:
            self._check_editable(event)
        except NotAllowed:
            return False
        return True

    def _check_editable(self, event: Event) -> None:
        if not event.scheduled_here:
            raise NotAllowed(
                Text("Only meetings scheduled from Meetdesk can be edited or deleted here.")
            )
        if event.calendar_id not in {c.id for c in self.writable_calendars()}:
            raise NotAllowed(Text("You may not change meetings in this calendar."))

    def _write(self, event: Event, op: str) -> None:
        """Save the event, its occurrences and (for synced calendars) its outbox entry at once."""
        calendar = self._store.get_calendar(event.calendar_id)
        account = self._store.get_account(calendar.account_id) if calendar else None
        with self._store.transaction():
            self._store.save_event(event)
            self._materialise(event)
            if account is not None and account.kind is not ServiceKind.LOCAL:
                self._store.add_outbox(
                    account_id=account.id,
                    collection_id=event.calendar_id,
                    item_kind="event",
                    item_id=event.id,
                    op=op,
                    base_etag=event.etag,
                )
        self._notifier.emit(Topic.EVENTS)

    # -- iCalendar ----------------------------------------------------------------------------

    def preview_ics(self, data: bytes) -> ImportResult:
        """Parse a file for showing; raises ical.IcsError when the whole file is refused."""
        from desktop import ical  # imported on use: start-up does not need the parser

        return ical.parse_ics(data)

    def import_ics(self, data: bytes, calendar_id: str = LOCAL_CALENDAR_ID) -> ImportReport:
        """Add a file's events to a calendar; re-importing updates instead of duplicating."""
        calendar = self._store.get_calendar(calendar_id)
        if calendar is None:
            raise ValidationError(
                {"calendar": Text("There is no calendar '{calendar}'.", calendar=calendar_id)}
            )
        if calendar not in self.writable_calendars():
            raise NotAllowed(
                Text("You may not add meetings to '{calendar}'.", calendar=calendar.name)
            )
        from desktop import ical

        parsed = ical.parse_ics(data, calendar_id=calendar_id)
        report = ImportReport(problems=list(parsed.problems))
        # Masters first, so overrides find their series when it is re-expanded.
        ordered = sorted(parsed.events, key=lambda e: e.recurrence_id is not None)
        with self._store.transaction():
            masters_to_refresh: set[str] = set()
            for event in ordered:
                existing = [
                    e
                    for e in self._store.find_events_by_uid(calendar_id, event.uid)
                    if e.recurrence_id == event.recurrence_id
                ]
                if existing:
                    event = replace(
                        event,
                        id=existing[0].id,
                        scheduled_here=existing[0].scheduled_here,
                        etag=existing[0].etag,
                        remote_id=existing[0].remote_id,
                    )
                    report.updated += 1
                    op = "update"
                else:
                    event = replace(event, calendar_id=calendar_id, scheduled_here=False)
                    report.added += 1
                    op = "create"
                self._store.save_event(event)
                if event.recurrence_id is not None:
                    masters_to_refresh.add(event.uid)
                self._materialise(event)
                if calendar.account_id != "local":
                    self._store.add_outbox(
                        account_id=calendar.account_id,
                        collection_id=calendar_id,
                        item_kind="event",
                        item_id=event.id,
                        op=op,
                        base_etag=event.etag,
                    )
                report.events.append(event)
            for uid in masters_to_refresh:
                for master in self._store.find_events_by_uid(calendar_id, uid):
                    if master.recurrence_id is None:
                        self._materialise(master)
        self._notifier.emit(Topic.EVENTS)
        return report

    @staticmethod
    def export_ics(events: Sequence[Event]) -> bytes:
        from desktop import ical

        return bytes(ical.events_to_ics(events))

    @staticmethod
    def default_timezone() -> str:
        return system_timezone_name()


def matches_host(row: UpcomingMeeting, hosted_by: HostFilter) -> bool:
    if hosted_by.scope is HostScope.EVERYONE:
        return True
    if hosted_by.scope is HostScope.ME:
        return row.hosted_by_me
    if hosted_by.scope is HostScope.OTHERS:
        return not row.hosted_by_me
    return row.host.email.lower() == hosted_by.email
