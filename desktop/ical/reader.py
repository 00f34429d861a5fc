"""Reading .ics data into domain Events, defensively.

The file is refused as a whole (IcsError) only when it is too big, not an
iCalendar file, has too many components or nests them too deeply. Everything
else is decided per event: an event we cannot read faithfully is skipped and a
human message is added to ``ImportResult.problems``; smaller repairs (a made-up
UID, a shortened description) are noted there too.

Safety choices:
- One linear pass (desktop.ical._lines) builds the component tree; caps are
  checked while it runs. icalendar is not used for reading at all, so it
  never sees, let alone evaluates, a VTIMEZONE (a sub-daily RRULE inside one
  hangs icalendar for minutes on first use of DTSTART).
- VTIMEZONE blocks are never evaluated. Every TZID is resolved by name with
  desktop.timezones.resolve_timezone (IANA, Windows, Mozilla-prefixed, Outlook
  display names). When the name is unknown, the VTIMEZONE's X-LIC-LOCATION
  name, or a single fixed offset, is used; otherwise the event is skipped with
  "unknown time zone '...'" (never silently floating).
- Floating times (no TZID, no Z) and all-day dates are read in the calendar's
  X-WR-TIMEZONE if it names a known zone, else in the machine's zone
  (desktop.timezones.system_timezone_name). Our own files carry
  X-MEETDESK-TZID for all-day events so that they come back in their zone.
- A time that does not exist (DST gap) is read with fold=0 and normalised,
  so 02:30 on a spring-forward day becomes 03:30 (see desktop.recurrence).
- Without DTEND or DURATION an event lasts 1 hour (1 day if all-day), as the
  rest of the app expects; RFC 5545 would make it zero-length.
- ATTACH values that point at files or network shares (file:, \\\\host, ...)
  are removed, and alarms with ACTION:PROCEDURE are dropped.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from desktop.domain import (
    Attendee,
    Event,
    EventStatus,
    MeetingOptions,
    Person,
    ResponseStatus,
)
from desktop.i18n import Number, Text, message_of
from desktop.ical._lines import (
    ContentLine,
    clean_text,
    tokenize,
    unescape_text,
    unfold,
)
from desktop.ical._model import IcsError, ImportResult
from desktop.ical._options import OPTION_PROPERTIES, options_from_lines
from desktop.recurrence import RecurrenceError, parse_rrule
from desktop.timezones import resolve_timezone, system_timezone_name

__all__ = ["parse_ics"]

MAX_LINES = 500_000
MAX_COMPONENT_LINES = 20_000
MAX_TITLE_CHARS = 1000
MAX_LOCATION_CHARS = 2000
MAX_EXDATES = 5000
MAX_ATTENDEES = 5000
MAX_UID_CHARS = 1000
MAX_URL_CHARS = 2048

# Raised by tests to surface unexpected exceptions instead of turning them
# into a per-event problem.
STRICT = False

_UTC_ZONE = ZoneInfo("UTC")
_DATETIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DURATION = re.compile(
    r"([+-]?)P(?:(\d{1,7})W|(?:(\d{1,7})D)?(?:T(?:(\d{1,7})H)?(?:(\d{1,7})M)?(?:(\d{1,7})S)?)?)"
)
_OFFSET = re.compile(r"([+-])(\d{2})(\d{2})(\d{2})?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SOUND_NAME = re.compile(r"[A-Za-z0-9 _.-]{1,64}")

_PARTSTAT = {
    "ACCEPTED": ResponseStatus.ACCEPTED,
    "DECLINED": ResponseStatus.DECLINED,
    "TENTATIVE": ResponseStatus.TENTATIVE,
}
_STATUS = {
    "CONFIRMED": EventStatus.CONFIRMED,
    "TENTATIVE": EventStatus.TENTATIVE,
    "CANCELLED": EventStatus.CANCELLED,
}
# Join links in order of preference; the one used is not kept in extra_ical.
_JOIN_PROPERTIES = (
    "X-MEETDESK-JOIN-URL",
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "URL",
)
# Properties read into Event fields (or deliberately dropped); the rest of a
# VEVENT goes to extra_ical verbatim.
_MODELLED = frozenset(
    {
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "DURATION",
        "SUMMARY",
        "LOCATION",
        "DESCRIPTION",
        "RRULE",
        "EXRULE",
        "EXDATE",
        "RECURRENCE-ID",
        "STATUS",
        "CLASS",
        "X-MEETDESK-TZID",
        "X-MEETDESK-JOIN-URL",
        "X-MEETDESK-SCHEDULED-HERE",
        *OPTION_PROPERTIES.values(),
    }
)
# Components that may not appear inside a VEVENT; VALARM and others are kept.
_NOT_NESTABLE = frozenset(
    {"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY"}
)


class _Skip(Exception):
    """The current event cannot be imported; the message (a Text) says why."""


_NONE: list[int] = []  # shared empty result; never mutated


class _Component:
    """A component as found in the file; its lines are tokenised on first use."""

    def __init__(
        self,
        name: str,
        lines: list[ContentLine] | None = None,
        children: list[_Component] | None = None,
        closed: bool = False,
    ) -> None:
        self.name = name
        self.raw: list[str] = []
        self._lines = lines
        self.children: list[_Component] = children if children is not None else []
        self.closed = closed
        self.oversized = False
        self.bad_lines = 0
        self._index: dict[str, list[int]] | None = None

    @property
    def lines(self) -> list[ContentLine]:
        if self._lines is None:
            self._tokenize()
        assert self._lines is not None
        return self._lines

    def _tokenize(self) -> None:
        lines: list[ContentLine] = []
        for text in self.raw:
            line = tokenize(text)
            if line is None:
                self.bad_lines += 1
            else:
                lines.append(line)
        self._lines = lines
        self.raw = []

    def positions(self, name: str) -> list[int]:
        """Indexes of the lines called ``name`` (the index is built once: O(lines))."""
        index = self._index
        if index is None:
            index = self._index = {}
            for position, line in enumerate(self.lines):
                if line.name in index:
                    index[line.name].append(position)
                else:
                    index[line.name] = [position]
        return index.get(name, _NONE)

    def first(self, name: str) -> ContentLine | None:
        found = self.positions(name)
        return self.lines[found[0]] if found else None

    def all(self, name: str) -> list[ContentLine]:
        return [self.lines[i] for i in self.positions(name)]

    def raw_lines(self) -> list[str]:
        out = [f"BEGIN:{self.name}", *(line.raw for line in self.lines)]
        for child in self.children:
            out.extend(child.raw_lines())
        out.append(f"END:{self.name}")
        return out


@dataclass(frozen=True)
class _ZoneHint:
    """What a VTIMEZONE says about itself, read without evaluating it."""

    location: str | None
    offsets: frozenset[timedelta]


@dataclass
class _Calendar:
    calendar_id: str
    floating: ZoneInfo
    zones: dict[str, _ZoneHint]
    max_field_chars: int
    problems: list[str]


def _show(value: str, limit: int = 60) -> str:
    """A quoted, single-line, bounded rendering of untrusted text for messages."""
    value = _CONTROL.sub(" ", value).strip()
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return f"'{value}'"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:g}"


def _too_large(max_bytes: int) -> IcsError:
    return IcsError(Text("The file is larger than {size} MB", size=_mb(max_bytes)))


def _skipped(event: str, reason: str) -> Text:
    return Text("Event {event} skipped: {reason}", event=event, reason=reason)


def _decode(data: bytes | str, max_bytes: int, problems: list[str]) -> str:
    if isinstance(data, str):
        if len(data) > max_bytes:
            raise _too_large(max_bytes)
        return data.removeprefix("\ufeff")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("parse_ics() takes bytes or str")
    raw = bytes(data)
    if len(raw) > max_bytes:
        raise _too_large(max_bytes)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16", errors="replace").removeprefix("\ufeff")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(Text("Some characters are not valid UTF-8 and were replaced by '�'."))
        return raw.decode("utf-8", errors="replace")


def _build_tree(lines: list[str], max_components: int, max_depth: int) -> list[_Component]:
    """One pass over the unfolded lines: the component tree, with caps enforced.

    Only BEGIN/END lines are looked at here (a cheap prefix test), property
    lines are stored raw and tokenised when their component is read, so
    components we ignore (VTODO, VJOURNAL, ...) cost next to nothing.
    """
    roots: list[_Component] = []
    stack: list[_Component] = []
    components = 0
    for text in lines:
        head = text[:6].upper()
        if head == "BEGIN:":
            components += 1
            if components > max_components:
                raise IcsError(
                    Text("The file has more than {count} items", count=Number(max_components))
                )
            if len(stack) >= max_depth:
                raise IcsError(
                    Text(
                        "The file nests items more than {depth} deep, which is not valid",
                        depth=max_depth,
                    )
                )
            component = _Component(text[6:].strip().upper()[:64])
            (stack[-1].children if stack else roots).append(component)
            stack.append(component)
        elif head.startswith("END:"):
            name = text[4:].strip().upper()
            if any(c.name == name for c in stack):
                # Lenient: an END also closes components left open inside it.
                while stack:
                    component = stack.pop()
                    if component.name == name:
                        component.closed = True
                        break
        elif stack:
            top = stack[-1]
            if len(top.raw) < MAX_COMPONENT_LINES:
                top.raw.append(text)
            else:
                top.oversized = True
    return roots


def _offset(value: str) -> timedelta | None:
    match = _OFFSET.fullmatch(value.strip())
    if match is None:
        return None
    sign, hours, minutes, seconds = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    return -delta if sign == "-" else delta


def _zone_hint(component: _Component) -> tuple[str, _ZoneHint] | None:
    tzid = component.first("TZID")
    if tzid is None:
        return None
    location = component.first("X-LIC-LOCATION")
    offsets = set()
    for child in component.children:
        if child.name in ("STANDARD", "DAYLIGHT"):
            for line in child.all("TZOFFSETTO"):
                found = _offset(line.value)
                if found is not None:
                    offsets.add(found)
    name = location.value.strip() if location is not None else None
    return tzid.value.strip(), _ZoneHint(name, frozenset(offsets))


def _fixed_zone(offset: timedelta) -> ZoneInfo | None:
    seconds = int(offset.total_seconds())
    if seconds % 3600 or not -12 <= seconds // 3600 <= 14:
        return None
    hours = seconds // 3600
    return ZoneInfo("UTC") if hours == 0 else ZoneInfo(f"Etc/GMT{-hours:+d}")


def _zone_for(tzid: str, cal: _Calendar) -> ZoneInfo:
    tzid = tzid.strip()
    zone = resolve_timezone(tzid)
    if zone is None:
        hint = cal.zones.get(tzid)
        if hint is not None:
            if hint.location:
                zone = resolve_timezone(hint.location)
            if zone is None and len(hint.offsets) == 1:
                zone = _fixed_zone(next(iter(hint.offsets)))
    if zone is None:
        raise _Skip(Text("unknown time zone {zone}", zone=_show(tzid)))
    return zone


def _normalise(naive: datetime, zone: ZoneInfo) -> datetime:
    # fold=0, then through UTC so that a non-existent wall time becomes a real one.
    try:
        return naive.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)
    except OverflowError:
        raise _Skip(Text("it has a date outside the supported range")) from None


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    # All-day values stay at wall-clock midnight (fold=0), even on the few days
    # where a DST change skips midnight: they stand for the date, not an instant.
    return datetime.combine(day, time(), tzinfo=zone)


def _after(moment: datetime, elapsed: timedelta) -> datetime:
    # Elapsed time (Python's aware + timedelta would add wall-clock time).
    return (moment.astimezone(UTC) + elapsed).astimezone(moment.tzinfo)


def _read_moment(line: ContentLine, floating: ZoneInfo, cal: _Calendar) -> tuple[datetime, bool]:
    """(aware datetime, is_date) of a DATE or DATE-TIME property value."""
    return _read_value(line.value, line, floating, cal)


def _read_value(
    value: str, line: ContentLine, floating: ZoneInfo, cal: _Calendar
) -> tuple[datetime, bool]:
    value = value.strip()
    match = _DATETIME.fullmatch(value)
    if match is not None:
        y, mo, d, h, mi, s, z = match.groups()
        try:
            naive = datetime(int(y), int(mo), int(d), int(h), int(mi), min(int(s), 59))
        except ValueError:
            raise _Skip(Text("it has an impossible date {date}", date=_show(value))) from None
        if z:
            zone = _UTC_ZONE
        else:
            tzid = line.param("TZID")
            zone = _zone_for(tzid, cal) if tzid is not None else floating
        return _normalise(naive, zone), False
    match = _DATE.fullmatch(value)
    if match is not None:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            raise _Skip(Text("it has an impossible date {date}", date=_show(value))) from None
        return _midnight(day, floating), True
    raise _Skip(Text("it has an unreadable date {date}", date=_show(value)))


def _duration(value: str) -> tuple[int, timedelta]:
    """(nominal days, exact time) of an RFC 5545 DURATION."""
    match = _DURATION.fullmatch(value.strip())
    if match is None or value.strip().rstrip("T").endswith("P"):
        raise _Skip(Text("it has an unreadable duration {duration}", duration=_show(value)))
    sign, weeks, days, hours, minutes, seconds = match.groups()
    if sign == "-":
        raise _Skip(Text("it ends before it starts"))
    nominal = int(weeks or 0) * 7 + int(days or 0)
    exact = timedelta(hours=int(hours or 0), minutes=int(minutes or 0), seconds=int(seconds or 0))
    return nominal, exact


def _text(line: ContentLine | None) -> str:
    return clean_text(unescape_text(line.value)) if line is not None else ""


def _person(line: ContentLine) -> tuple[str | None, str]:
    """(email or None when the value is not an address, display name)."""
    value = line.value.strip()
    lowered = value.lower()
    email: str | None
    if lowered.startswith("mailto:"):
        email = value[7:].strip()
    elif lowered.startswith("invalid:"):
        email = ""  # what we write for a person without an address
    elif ":" not in value and "@" in value:
        email = value
    else:
        email = None
    if email is not None and (len(email) > 320 or _CONTROL.search(email)):
        email = None
    name = clean_text(line.param("CN") or "").strip()[:MAX_TITLE_CHARS]
    return email, name


def _https_url(value: str) -> str | None:
    value = value.strip()
    if not value or len(value) > MAX_URL_CHARS or "\\" in value or _CONTROL.search(value):
        return None
    if any(c.isspace() for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or not parts.hostname or "@" in parts.netloc:
        return None
    return value


def _safe_attach(line: ContentLine) -> bool:
    """False for ATTACH values that point at local files or network shares."""
    if (line.param("VALUE") or "").upper() == "BINARY" or line.param("ENCODING"):
        return True
    value = line.value.strip()
    lowered = value.lower()
    if lowered.startswith(("https:", "http:", "cid:", "mailto:")):
        return "\\" not in value
    # Bare sound names such as Apple's "Chord".
    return _SOUND_NAME.fullmatch(value) is not None and ".." not in value


class _EventReader:
    """Turns one VEVENT into an Event, raising _Skip with a reason."""

    def __init__(self, component: _Component, cal: _Calendar) -> None:
        self.c = component
        self.cal = cal
        summary = component.first("SUMMARY")
        self.title = _text(summary).strip()
        uid = component.first("UID")
        self.uid = clean_text(unescape_text(uid.value)).strip() if uid is not None else ""
        self.notes: list[str] = []

    @property
    def label(self) -> str:
        if self.title:
            return _show(self.title, 40)
        if self.uid:
            return Text("with UID {uid}", uid=_show(self.uid, 40))
        return Text("(untitled)")

    def note(self, text: Text) -> None:
        self.notes.append(Text("Event {event}: {problem}", event=self.label, problem=text))

    def read(self) -> Event:
        c = self.c
        cal = self.cal
        if c.oversized:
            raise _Skip(
                Text("it has more than {count} properties", count=Number(MAX_COMPONENT_LINES))
            )
        if c.bad_lines == 1:
            self.note(Text("1 unreadable line in it was ignored"))
        elif c.bad_lines:
            self.note(
                Text("{count} unreadable lines in it were ignored", count=Number(c.bad_lines))
            )
        title = self.title
        if len(title) > MAX_TITLE_CHARS:
            title = title[:MAX_TITLE_CHARS].rstrip()
            self.note(Text("the title was shortened to {count} characters", count=MAX_TITLE_CHARS))
        uid = self.uid
        if not uid or len(uid) > MAX_UID_CHARS:
            self.note(Text("it had no usable UID, so one was made up"))
            uid = f"{uuid.uuid4().hex}@meetdesk"

        # Zone for floating times and dates; ours carry X-MEETDESK-TZID.
        hint_line = c.first("X-MEETDESK-TZID")
        hint = resolve_timezone(hint_line.value) if hint_line is not None else None
        floating = hint or cal.floating

        dtstart = c.first("DTSTART")
        if dtstart is None:
            raise _Skip(Text("it has no start time"))
        start, all_day = _read_moment(dtstart, floating, cal)
        tzid = dtstart.param("TZID")
        if hint is not None or all_day:
            zone = floating
        elif dtstart.value.strip().upper().endswith("Z"):
            zone = _UTC_ZONE
        elif tzid is not None:
            zone = _zone_for(tzid, cal)
        else:
            zone = floating
        start = start.astimezone(zone)
        end = self._end(start, all_day, zone, floating)

        rrule = self._rrule()
        exdates = self._exdates(start, all_day, zone, floating) if rrule else ()
        recurrence_id: datetime | None = None
        rid = c.first("RECURRENCE-ID")
        if rid is not None:
            recurrence_id = _read_moment(rid, floating, cal)[0].astimezone(zone)
            if (rid.param("RANGE") or "").upper() == "THISANDFUTURE":
                self.note(Text("the change to this and all later instances applies to one only"))

        description = _text(c.first("DESCRIPTION"))
        if len(description) > cal.max_field_chars:
            description = description[: cal.max_field_chars]
            self.note(
                Text(
                    "the description was shortened to {count} characters",
                    count=Number(cal.max_field_chars),
                )
            )
        location = _text(c.first("LOCATION")).strip()
        if len(location) > MAX_LOCATION_CHARS:
            location = location[:MAX_LOCATION_CHARS].rstrip()
            self.note(
                Text("the location was shortened to {count} characters", count=MAX_LOCATION_CHARS)
            )

        consumed: set[int] = set()
        organizer = self._organizer(consumed)
        attendees = self._attendees(consumed)
        join_url = self._join_url(consumed)
        options, scheduled_here = self._options()
        status_line = c.first("STATUS")
        status = _STATUS.get(status_line.value.strip().upper() if status_line else "")
        class_line = c.first("CLASS")
        private = class_line is not None and class_line.value.strip().upper() in (
            "PRIVATE",
            "CONFIDENTIAL",
        )
        if c.first("RDATE") is not None:
            self.note(Text("its extra dates (RDATE) are kept but not shown"))
        if c.first("EXRULE") is not None:
            self.note(Text("its exclusion rule (EXRULE) is not supported and was dropped"))

        return Event(
            id=uuid.uuid4().hex,
            calendar_id=cal.calendar_id,
            uid=uid,
            title=title,
            start=start,
            end=end,
            timezone=zone.key,
            all_day=all_day,
            rrule=rrule,
            exdates=exdates,
            recurrence_id=recurrence_id,
            location=location,
            description=description,
            organizer=organizer,
            attendees=attendees,
            join_url=join_url,
            options=options,
            scheduled_here=scheduled_here,
            private=private,
            status=status or EventStatus.CONFIRMED,
            extra_ical=self._extra(consumed),
        )

    def _end(self, start: datetime, all_day: bool, zone: ZoneInfo, floating: ZoneInfo) -> datetime:
        c = self.c
        dtend = c.first("DTEND")
        try:
            if dtend is not None:
                end, end_is_date = _read_moment(dtend, floating, self.cal)
                if end_is_date and not all_day:
                    end = _normalise(datetime.combine(end.date(), time()), zone)
                end = end.astimezone(zone)
            elif (duration := c.first("DURATION")) is not None:
                # Days and weeks are calendar days; hours, minutes, seconds elapse.
                days, exact = _duration(duration.value)
                if all_day:
                    end = _midnight(start.date() + timedelta(days=days), zone)
                else:
                    end = _normalise(start.replace(tzinfo=None) + timedelta(days=days), zone)
                end = _after(end, exact) if exact else end
            elif all_day:
                end = _midnight(start.date() + timedelta(days=1), zone)
            else:
                end = _after(start, timedelta(hours=1))
        except OverflowError:
            raise _Skip(Text("it has a date outside the supported range")) from None
        if end.astimezone(UTC) < start.astimezone(UTC):
            raise _Skip(Text("it ends before it starts"))
        return end

    def _rrule(self) -> str | None:
        rules = self.c.all("RRULE")
        if not rules:
            return None
        if len(rules) > 1:
            self.note(Text("only the first of its repeat rules was kept"))
        try:
            return parse_rrule(rules[0].value).to_ical()
        except RecurrenceError as exc:
            # The rule's own sentence ("Repeating every hour is not supported"), translatable.
            raise _Skip(message_of(exc)) from None

    def _exdates(
        self, start: datetime, all_day: bool, zone: ZoneInfo, floating: ZoneInfo
    ) -> tuple[datetime, ...]:
        found: list[datetime] = []
        dropped = 0
        over = 0
        for line in self.c.all("EXDATE"):
            values = line.value.split(",")
            room = MAX_EXDATES - len(found)
            if len(values) > room:
                over += len(values) - room
                values = values[:room]
            for value in values:
                try:
                    moment, is_date = _read_value(value, line, floating, self.cal)
                except _Skip:
                    dropped += 1
                    continue
                if is_date and not all_day:
                    # A date excludes the instance on that day at the series' time.
                    naive = datetime.combine(moment.date(), start.replace(tzinfo=None).time())
                    moment = _normalise(naive, zone)
                found.append(moment.astimezone(zone))
        if dropped == 1:
            self.note(Text("one of its excluded dates could not be read and was ignored"))
        elif dropped:
            self.note(
                Text(
                    "{count} of its excluded dates could not be read and were ignored",
                    count=Number(dropped),
                )
            )
        if over:
            self.note(
                Text("only its first {count} excluded dates were kept", count=Number(MAX_EXDATES))
            )
        return tuple(found)

    def _organizer(self, consumed: set[int]) -> Person | None:
        for index in self.c.positions("ORGANIZER"):
            line = self.c.lines[index]
            email, name = _person(line)
            if email is None:
                return None  # kept verbatim in extra_ical
            consumed.add(index)
            return Person(name=name, email=email) if (name or email) else None
        return None

    def _attendees(self, consumed: set[int]) -> tuple[Attendee, ...]:
        found: list[Attendee] = []
        for index in self.c.positions("ATTENDEE"):
            line = self.c.lines[index]
            email, name = _person(line)
            if not email:
                continue  # a resource or group without an address: kept verbatim
            consumed.add(index)
            if len(found) >= MAX_ATTENDEES:
                continue
            response = _PARTSTAT.get((line.param("PARTSTAT") or "").upper())
            optional = (line.param("ROLE") or "").upper() == "OPT-PARTICIPANT"
            found.append(
                Attendee(
                    email=email,
                    name=name,
                    response=response or ResponseStatus.NEEDS_ACTION,
                    optional=optional,
                )
            )
        if len(found) >= MAX_ATTENDEES:
            self.note(
                Text("only its first {count} attendees were kept", count=Number(MAX_ATTENDEES))
            )
        return tuple(found)

    def _join_url(self, consumed: set[int]) -> str | None:
        lines = self.c.lines
        for name in _JOIN_PROPERTIES:
            for index in self.c.positions(name):
                url = _https_url(unescape_text(lines[index].value))
                if url is None:
                    continue
                consumed.add(index)
                for other in self.c.positions("URL"):
                    if lines[other].value.strip() == url:
                        consumed.add(other)  # the copy we write for other clients
                return url
        return None

    def _options(self) -> tuple[MeetingOptions, bool]:
        options = options_from_lines(self.c.first, self.cal.max_field_chars)
        here = self.c.first("X-MEETDESK-SCHEDULED-HERE")
        return options, here is not None and here.value.strip().upper() == "TRUE"

    def _extra(self, consumed: set[int]) -> str:
        budget = self.cal.max_field_chars
        kept: list[str] = []
        removed_attach = 0
        over_budget = False
        for index, line in enumerate(self.c.lines):
            if line.name in _MODELLED or index in consumed:
                continue
            if line.name == "ATTACH" and not _safe_attach(line):
                removed_attach += 1
                continue
            budget -= len(line.raw) + 2
            if budget < 0:
                over_budget = True
                break
            kept.append(line.raw)
        for child in self.c.children:
            if child.name in _NOT_NESTABLE:
                self.note(Text("a nested {item} inside it was ignored", item=_show(child.name, 20)))
                continue
            if not child.closed:
                continue
            if child.name == "VALARM":
                action = child.first("ACTION")
                if action is not None and action.value.strip().upper() == "PROCEDURE":
                    self.note(Text("a reminder that would run a program was removed"))
                    continue
                safe = [x for x in child.lines if x.name != "ATTACH" or _safe_attach(x)]
                if len(safe) != len(child.lines):
                    removed_attach += len(child.lines) - len(safe)
                    child = _Component(child.name, safe, child.children, True)
            # Nested components are kept whole or not at all (BEGIN/END stay balanced).
            lines = child.raw_lines()
            size = sum(len(line) + 2 for line in lines)
            if size > budget:
                over_budget = True
                continue
            budget -= size
            kept.extend(lines)
        if removed_attach:
            self.note(Text("links to local or network files were removed from its attachments"))
        if over_budget:
            self.note(Text("some very large unrecognised properties were dropped"))
        return "\r\n".join(kept)


def _calendar_zone(root: _Component) -> ZoneInfo:
    wr = root.first("X-WR-TIMEZONE")
    zone = resolve_timezone(wr.value) if wr is not None else None
    if zone is None:
        zone = resolve_timezone(system_timezone_name()) or _UTC_ZONE
    return zone


def parse_ics(
    data: bytes | str,
    *,
    calendar_id: str = "",
    max_bytes: int = 5_000_000,
    max_components: int = 20_000,
    max_depth: int = 8,
    max_field_chars: int = 1_000_000,
) -> ImportResult:
    """Read the VEVENTs of an iCalendar file (master events and overrides).

    Raises IcsError when the whole file is refused (larger than ``max_bytes``,
    not starting with BEGIN:VCALENDAR, more than ``max_components`` BEGIN
    lines, nesting deeper than ``max_depth`` with VCALENDAR counting as 1, or
    more than MAX_LINES lines); otherwise returns the events and a list of
    per-item problems. VTODO/VJOURNAL/VFREEBUSY are ignored.

    Each Event gets a new uuid4 ``id``. ``extra_ical`` holds the unmodelled
    properties as unfolded content lines joined by CRLF, nested components
    such as VALARM last, ready for events_to_ics. ``description`` and
    ``extra_ical`` are capped at ``max_field_chars``. Overrides carry
    ``recurrence_id``; pair them with their master by ``uid``.
    """
    problems: list[str] = []
    text = _decode(data, max_bytes, problems)
    text = text.lstrip()  # leading blank lines would otherwise unfold into BEGIN
    head = text[:15].upper()
    if not head:
        raise IcsError(Text("The file is empty"))
    if head != "BEGIN:VCALENDAR":
        raise IcsError(Text("This is not an iCalendar file"))
    lines = unfold(text)
    if len(lines) > MAX_LINES:
        raise IcsError(Text("The file has more than {count} lines", count=Number(MAX_LINES)))
    roots = _build_tree(lines, max_components, max_depth)

    result = ImportResult(problems=problems)
    seen: set[tuple[str, datetime | None]] = set()
    for root in roots:
        if root.name != "VCALENDAR":
            continue
        zones: dict[str, _ZoneHint] = {}
        for child in root.children:
            if child.name == "VTIMEZONE":
                found = _zone_hint(child)
                if found is not None:
                    zones[found[0]] = found[1]
        cal = _Calendar(calendar_id, _calendar_zone(root), zones, max_field_chars, problems)
        for child in root.children:
            if child.name != "VEVENT":
                continue
            reader = _EventReader(child, cal)
            result.components += 1
            if not reader.uid or len(reader.uid) > MAX_UID_CHARS:
                result.missing_uids += 1
            if not child.closed:
                problems.append(_skipped(reader.label, Text("the file ends in the middle of it")))
                continue
            try:
                event = reader.read()
            except _Skip as skip:
                problems.append(_skipped(reader.label, message_of(skip)))
                continue
            except Exception:
                if STRICT:
                    raise
                problems.append(_skipped(reader.label, Text("it could not be read")))
                continue
            key = (event.uid, event.recurrence_id)
            if key in seen:
                problems.append(
                    _skipped(reader.label, Text("another event in the file has the same UID"))
                )
                continue
            seen.add(key)
            problems.extend(reader.notes)
            result.events.append(event)
    return result
