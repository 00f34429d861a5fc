"""Writing domain Events as an iCalendar file.

Times are written in the event's zone with an IANA TZID, and a VTIMEZONE is
emitted for each zone used (RFC 5545 requires one; Outlook and CalDAV servers
rely on it). The VTIMEZONE is generated from tzdata: the years from the
earliest event (not before 1970) to a few years ahead, folded into yearly
RRULE "eras" wherever the rule is a weekday rule, and open-ended for the rule
in force at the end, so recurring series stay right in later years.

UTC events (timezone "UTC") are written with Z. Two cases also use Z and add
X-MEETDESK-TZID so the zone survives a round trip: a time in the repeated hour
of a DST fall-back (a TZID cannot express the second one), and all-day events
(a DATE cannot carry a TZID).

Meeting options and "scheduled here" go to X-MEETDESK-* properties; the join
link goes to X-MEETDESK-JOIN-URL and, for other clients, to URL unless the
event already has a URL of its own in extra_ical. extra_ical lines are written
back after checks (no properties we write ourselves, balanced BEGIN/END, no
nested calendars or events).
"""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.domain import Event, EventStatus, ResponseStatus
from desktop.ical._lines import encode_param, escape_text, fold, tokenize
from desktop.ical._options import OPTION_PROPERTIES, options_to_lines
from desktop.recurrence import WEEKDAY_CODES, RecurrenceError, parse_rrule
from desktop.timezones import resolve_timezone

__all__ = ["events_to_ics"]

_UTC_ZONE = ZoneInfo("UTC")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_FIRST_YEAR = 1970
_MAX_YEARS = 80

_PARTSTAT = {
    ResponseStatus.NEEDS_ACTION: "NEEDS-ACTION",
    ResponseStatus.ACCEPTED: "ACCEPTED",
    ResponseStatus.DECLINED: "DECLINED",
    ResponseStatus.TENTATIVE: "TENTATIVE",
}
_STATUS = {
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.TENTATIVE: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
# Written from Event fields, so never copied from extra_ical.
_OWNED = frozenset(
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
_NOT_NESTABLE = frozenset(
    {"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY"}
)


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local_text(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _second_of_fold(moment: datetime, zone: ZoneInfo) -> bool:
    """True for the later of two equal wall times (a TZID value means the first)."""
    local = moment.astimezone(zone)
    return local.fold == 1 and local.replace(fold=0).utcoffset() != local.utcoffset()


class _ZoneUse:
    """Zones referenced by TZID, with the years they are used in."""

    def __init__(self) -> None:
        self.years: dict[str, tuple[ZoneInfo, int, int]] = {}

    def add(self, zone: ZoneInfo, moment: datetime) -> None:
        year = moment.astimezone(zone).year
        known = self.years.get(zone.key)
        if known is None:
            self.years[zone.key] = (zone, year, year)
        else:
            self.years[zone.key] = (zone, min(known[1], year), max(known[2], year))


class _EventWriter:
    def __init__(self, event: Event, zones: _ZoneUse, stamp: str) -> None:
        self.event = event
        self.zones = zones
        self.stamp = stamp
        resolved = resolve_timezone(event.timezone)
        self.zone = resolved or _UTC_ZONE
        self.utc = self.zone.key == "UTC"

    def moment(self, name: str, value: datetime, *, force_utc: bool = False) -> str:
        if self.event.all_day:
            return f"{name};VALUE=DATE:{value.astimezone(self.zone).strftime('%Y%m%d')}"
        if self.utc or force_utc or _second_of_fold(value, self.zone):
            return f"{name}:{_utc_text(value)}"
        self.zones.add(self.zone, value)
        return f"{name};TZID={self.zone.key}:{_local_text(value.astimezone(self.zone))}"

    def lines(self) -> list[str]:
        e = self.event
        out = ["BEGIN:VEVENT", f"UID:{escape_text(e.uid)}", f"DTSTAMP:{self.stamp}"]
        # Both ends in UTC if either needs it, so they stay consistent.
        folded = not e.all_day and (
            _second_of_fold(e.start, self.zone) or _second_of_fold(e.end, self.zone)
        )
        out.append(self.moment("DTSTART", e.start, force_utc=folded))
        out.append(self.moment("DTEND", max(e.end, e.start), force_utc=folded))
        if e.all_day or folded:
            out.append(f"X-MEETDESK-TZID:{self.zone.key}")
        if e.rrule:
            # Stored rules come from parse_rrule; an invalid one is left out.
            with contextlib.suppress(RecurrenceError):
                out.append("RRULE:" + parse_rrule(e.rrule).to_ical())
            out.extend(self.moment("EXDATE", x) for x in e.exdates)
        if e.recurrence_id is not None:
            out.append(self.moment("RECURRENCE-ID", e.recurrence_id))
        out.append(f"SUMMARY:{escape_text(e.title)}")
        if e.location:
            out.append(f"LOCATION:{escape_text(e.location)}")
        if e.description:
            out.append(f"DESCRIPTION:{escape_text(e.description)}")
        if e.organizer is not None and (e.organizer.name or e.organizer.email):
            out.append(_address("ORGANIZER", e.organizer.name, e.organizer.email, ""))
        for attendee in e.attendees:
            role = "OPT-PARTICIPANT" if attendee.optional else "REQ-PARTICIPANT"
            params = f";ROLE={role};PARTSTAT={_PARTSTAT[attendee.response]}"
            out.append(_address("ATTENDEE", attendee.name, attendee.email, params))
        if e.private:
            out.append("CLASS:PRIVATE")
        out.append(f"STATUS:{_STATUS[e.status]}")
        extra, extra_names = _extra_lines(e.extra_ical, has_organizer=e.organizer is not None)
        if e.join_url:
            url = _CONTROL.sub("", e.join_url)
            out.append(f"X-MEETDESK-JOIN-URL:{escape_text(url)}")
            if "URL" not in extra_names:
                out.append(f"URL:{url}")
        out.extend(options_to_lines(e.options))
        if e.scheduled_here:
            out.append("X-MEETDESK-SCHEDULED-HERE:TRUE")
        out.extend(extra)
        out.append("END:VEVENT")
        return out


def _address(name: str, display: str, email: str, params: str) -> str:
    cn = f";CN={encode_param(display)}" if display else ""
    email = _CONTROL.sub("", email).strip()
    value = f"mailto:{email}" if email else "invalid:nomail"
    return f"{name}{cn}{params}:{value}"


def _extra_lines(extra: str, *, has_organizer: bool) -> tuple[list[str], set[str]]:
    """Checked extra_ical lines, and the top-level property names among them."""
    out: list[str] = []
    names: set[str] = set()
    stack: list[str] = []
    skipping = 0  # depth inside a component that may not be nested here
    for raw in extra.split("\n"):
        line = _CONTROL.sub("", raw.replace("\r", "").replace("\t", " ")).rstrip()
        parsed = tokenize(line) if line.strip() else None
        if parsed is None:
            continue
        if parsed.name in ("BEGIN", "END"):
            component = parsed.value.strip().upper()
            if parsed.name == "BEGIN":
                if skipping or component in _NOT_NESTABLE or not component:
                    skipping += 1
                    continue
                stack.append(component)
                out.append(f"BEGIN:{component}")
            elif skipping:
                skipping -= 1
            elif stack and stack[-1] == component:
                stack.pop()
                out.append(f"END:{component}")
            continue
        if skipping:
            continue
        if not stack:
            if parsed.name in _OWNED or (has_organizer and parsed.name == "ORGANIZER"):
                continue
            names.add(parsed.name)
        out.append(line)
    out.extend(f"END:{component}" for component in reversed(stack))
    return out, names


# --------------------------------------------------------------------------- VTIMEZONE


@dataclass
class _Era:
    """Consecutive years in which a zone changes offset by the same weekday rule."""

    kind: str
    month: int
    by_day: str
    onset: datetime  # local wall time (old offset) of the first change
    offset_from: timedelta
    offset_to: timedelta
    name: str
    last_utc: datetime
    first_year: int
    last_year: int


def _transitions(zone: ZoneInfo, year: int) -> list[tuple[datetime, timedelta, timedelta]]:
    """(UTC instant, offset before, offset after) of each change during ``year``."""
    found: list[tuple[datetime, timedelta, timedelta]] = []
    start = int(datetime(year, 1, 1, tzinfo=UTC).timestamp())
    stop = int(datetime(year + 1, 1, 1, tzinfo=UTC).timestamp())

    def offset(ts: int) -> timedelta:
        return datetime.fromtimestamp(ts, tz=zone).utcoffset() or timedelta(0)

    week = 7 * 86400
    t = start
    before = offset(t)
    while t < stop:
        nxt = min(t + week, stop)
        after = offset(nxt)
        if after != before:
            lo, hi = t, nxt  # offset(lo) == before, offset(hi) == after
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if offset(mid) == before:
                    lo = mid
                else:
                    hi = mid
            found.append((datetime.fromtimestamp(hi, tz=UTC), before, after))
            before = after
        t = nxt
    return found


def _format_offset(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    text = f"{sign}{seconds // 3600:02d}{seconds % 3600 // 60:02d}"
    return text + (f"{seconds % 60:02d}" if seconds % 60 else "")


def _eras(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Era]:
    eras: list[_Era] = []
    current: dict[tuple[object, ...], _Era] = {}
    for year in range(first_year, last_year + 1):
        for instant, before, after in _transitions(zone, year):
            onset = (instant + before).replace(tzinfo=None)
            local_after = instant.astimezone(zone)
            dst = local_after.dst() or timedelta(0)
            if dst == timedelta(0):
                # Leaving a "negative DST" period (Europe/Dublin winter, Morocco's
                # Ramadan) is conventionally the summer observance.
                before_dst = (instant - timedelta(seconds=1)).astimezone(zone).dst()
                kind = "DAYLIGHT" if before_dst and before_dst < timedelta(0) else "STANDARD"
            else:
                kind = "DAYLIGHT" if dst > timedelta(0) else "STANDARD"
            last_of_month = onset.day + 7 > calendar.monthrange(onset.year, onset.month)[1]
            ordinal = -1 if last_of_month else (onset.day - 1) // 7 + 1
            by_day = f"{ordinal}{WEEKDAY_CODES[onset.weekday()]}"
            name = local_after.tzname() or ""
            key = (kind, onset.month, by_day, onset.time(), before, after, name)
            era = current.get(key)
            if era is not None and era.last_year == year - 1:
                era.last_year = year
                era.last_utc = instant
                continue
            era = _Era(kind, onset.month, by_day, onset, before, after, name, instant, year, year)
            current[key] = era
            eras.append(era)
    return eras


def _vtimezone(zone: ZoneInfo, first_year: int, last_year: int) -> list[str]:
    out = ["BEGIN:VTIMEZONE", f"TZID:{zone.key}", f"X-LIC-LOCATION:{zone.key}"]
    # An opening observance fixes the offset before the first change: readers
    # otherwise use the first observance's TZOFFSETTO for earlier times.
    moment = datetime(first_year, 1, 1, tzinfo=zone)
    offset = _format_offset(moment.utcoffset() or timedelta(0))
    kind = "DAYLIGHT" if (moment.dst() or timedelta(0)) > timedelta(0) else "STANDARD"
    out += [
        f"BEGIN:{kind}",
        f"DTSTART:{first_year}0101T000000",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        f"TZNAME:{escape_text(moment.tzname() or '')}",
        f"END:{kind}",
    ]
    eras = _eras(zone, first_year, last_year)
    for era in eras:
        out += [
            f"BEGIN:{era.kind}",
            f"DTSTART:{_local_text(era.onset)}",
            f"TZOFFSETFROM:{_format_offset(era.offset_from)}",
            f"TZOFFSETTO:{_format_offset(era.offset_to)}",
        ]
        if era.name:
            out.append(f"TZNAME:{escape_text(era.name)}")
        if era.last_year == last_year:
            # The rule in force at the end is assumed to go on.
            out.append(f"RRULE:FREQ=YEARLY;BYMONTH={era.month};BYDAY={era.by_day}")
        elif era.last_year > era.first_year:
            # A day after the last change: some readers compare UNTIL with the
            # local onset as if both were wall times.
            until = _utc_text(era.last_utc + timedelta(days=1))
            out.append(f"RRULE:FREQ=YEARLY;BYMONTH={era.month};BYDAY={era.by_day};UNTIL={until}")
        out.append(f"END:{era.kind}")
    out.append("END:VTIMEZONE")
    return out


def events_to_ics(events: Sequence[Event], *, prodid: str = "-//Meetdesk//Meetdesk//EN") -> bytes:
    """A VCALENDAR (UTF-8, CRLF, folded) with one VEVENT per event."""
    now = datetime.now(UTC)
    zones = _ZoneUse()
    bodies: list[str] = []
    for event in events:
        bodies.extend(_EventWriter(event, zones, _utc_text(now)).lines())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{escape_text(_CONTROL.sub('', prodid))}",
        "CALSCALE:GREGORIAN",
    ]
    for key in sorted(zones.years):
        zone, first, last = zones.years[key]
        first_year = max(_FIRST_YEAR, first - 1)
        last_year = min(max(last, now.year) + 2, first_year + _MAX_YEARS, 9998)
        lines.extend(_vtimezone(zone, first_year, max(first_year, last_year)))
    lines.extend(bodies)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
