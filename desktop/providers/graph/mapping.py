"""Pure translation between Microsoft Graph v1.0 JSON and the domain objects.

No I/O here: the Graph provider fetches and sends, this module only maps.

Reading (``*_from_graph``) is defensive: Graph sends ``null`` for many absent
values, so every field is type-checked and a wrong or missing optional field
reads as empty. What an item cannot do without (its id, start, end, or a time
zone we know) raises ValueError with a short message; the provider turns that
into "item skipped".

Facts worth knowing:

- calendarView (delta) returns expanded instances, so ``Event.rrule`` stays
  None on read and each occurrence/exception is an Event of its own. Graph's
  ``iCalUId`` is distinct per occurrence, so ``uid`` is unique per instance and
  ``recurrence_id`` is never set.
- Timed events are returned in the event's own zone (``originalStartTimeZone``
  when we can resolve it, else the zone Graph labelled the value with). All-day
  events keep Graph's wall dates, at midnight in that zone.
- An event whose calendar may not show private items (``can_view_private`` is
  False) and whose sensitivity is private or confidential is redacted: only its
  times, status and ids survive, titled PRIVATE_TITLE.
- Repeat rules map to Graph's patternedRecurrence and back; what Graph cannot
  express raises UnsupportedRecurrence. Two known differences remain between
  RFC 5545 and Graph for rules that do map: a monthly/yearly rule on day 29-31
  skips short months in RFC 5545, whereas Outlook moves it to the month's last
  day; and RFC 5545 always counts DTSTART as the first instance while Graph
  starts at the first date that matches the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desktop.conferencing import is_safe_web_url
from desktop.domain import (
    Attendee,
    Calendar,
    Contact,
    Event,
    EventStatus,
    Folder,
    Person,
    ResponseStatus,
)
from desktop.i18n import Text, message_of
from desktop.recurrence import Frequency, RecurrenceError, RecurrenceRule, parse_rrule
from desktop.timezones import resolve_timezone

__all__ = [
    "MAX_DESCRIPTION_CHARS",
    "MAX_TITLE_CHARS",
    "PRIVATE_TITLE",
    "UnsupportedRecurrence",
    "calendar_from_graph",
    "contact_from_graph",
    "contact_to_graph",
    "event_from_graph",
    "event_to_graph",
    "folder_from_graph",
    "looks_like_html",
    "parse_graph_datetime",
    "recurrence_to_rrule",
    "rrule_to_recurrence",
]

PRIVATE_TITLE = "Private meeting"
MAX_TITLE_CHARS = 1_000
MAX_DESCRIPTION_CHARS = 1_000_000
_MAX_FIELD_CHARS = 1_000  # names, addresses, locations, phone numbers...
_MAX_LIST_ITEMS = 1_000  # attendees, e-mail addresses, phones
_MAX_GRAPH_EMAILS = 3  # a Graph contact holds at most three e-mail addresses

_DATETIME_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?"
    r"(Z|[+-]\d{2}:\d{2})?"
)
_HTML_HINTS = ("<html", "<br", "<p>")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_INDEX_BY_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
_ORDINAL_BY_INDEX = {name: ordinal for ordinal, name in _INDEX_BY_ORDINAL.items()}

_RESPONSES = {
    "none": ResponseStatus.NEEDS_ACTION,
    "notresponded": ResponseStatus.NEEDS_ACTION,
    "accepted": ResponseStatus.ACCEPTED,
    "organizer": ResponseStatus.ACCEPTED,
    "declined": ResponseStatus.DECLINED,
    "tentativelyaccepted": ResponseStatus.TENTATIVE,
}


class UnsupportedRecurrence(ValueError):
    """A repeat rule Microsoft 365 cannot store, with a message fit for a person."""

    def __init__(self, reason: str, *, message: str | None = None) -> None:
        super().__init__(
            message or Text("Microsoft 365 cannot store this repeat rule: {reason}", reason=reason)
        )
        self.reason = reason


def _invalid_rule(error: RecurrenceError) -> UnsupportedRecurrence:
    """A rule our recurrence module refuses, with its reason."""
    reason = message_of(error)
    return UnsupportedRecurrence(
        reason,
        message=Text("Microsoft 365 cannot store this repeat rule: {reason}.", reason=reason),
    )


def _unreadable(reason: str) -> UnsupportedRecurrence:
    """A repeat pattern read from Microsoft 365 that Meetdesk cannot follow."""
    return UnsupportedRecurrence(
        reason,
        message=Text("Microsoft 365's repeat pattern cannot be read here: {reason}", reason=reason),
    )


# --------------------------------------------------------------------------- small readers


def _str(value: object, limit: int = _MAX_FIELD_CHARS) -> str:
    """A string field, "" for null or anything that is not a string, capped at ``limit``."""
    return value[:limit] if isinstance(value, str) else ""


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return list(value[:_MAX_LIST_ITEMS]) if isinstance(value, list) else []


def _bool(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def _etag(data: Mapping[str, Any]) -> str:
    etag = _str(data.get("@odata.etag"))
    if etag:
        return etag
    change_key = _str(data.get("changeKey"))
    return f'W/"{change_key}"' if change_key else ""


# What _remote_id says about an item without a usable id: (no id, id too long).
_ID_PROBLEMS = {
    "event": (Text("The event has no id"), Text("The event id is too long")),
    "contact": (Text("The contact has no id"), Text("The contact id is too long")),
    "contact folder": (
        Text("The contact folder has no id"),
        Text("The contact folder id is too long"),
    ),
    "calendar": (Text("The calendar has no id"), Text("The calendar id is too long")),
}


def _remote_id(data: Mapping[str, Any], what: str) -> str:
    remote_id = data.get("id")
    if not isinstance(remote_id, str) or not remote_id:
        raise ValueError(_ID_PROBLEMS[what][0])
    if len(remote_id) > 2_000:
        raise ValueError(_ID_PROBLEMS[what][1])
    return remote_id


def _person(value: object) -> Person | None:
    address = _map(_map(value).get("emailAddress"))
    name = _str(address.get("name")).strip()
    email = _str(address.get("address")).strip()
    if not name and not email:
        return None
    return Person(name=name, email=email)


def _unique(values: list[str], *, fold_case: bool) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = value.strip()
        key = value.casefold() if fold_case else value
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


def _zone(name: str) -> ZoneInfo:
    tz = resolve_timezone(name) if name else None
    if tz is None:
        raise ValueError(Text("Unknown time zone {name}", name=repr(name[:60])))
    return tz


# --------------------------------------------------------------------------- date-times


def parse_graph_datetime(value: Mapping[str, Any]) -> datetime:
    """Read a Graph dateTimeTimeZone into an aware datetime in that zone.

    ``{"dateTime": "2026-11-23T09:00:00.0000000", "timeZone": "W. Europe Standard
    Time"}`` gives 09:00 Europe/Berlin. The zone may be "UTC", an IANA name or a
    Windows name; an unknown zone or an unreadable date-time raises ValueError.
    Fractions beyond microseconds are dropped; an explicit offset or "Z" in the
    value is honoured and the result converted to the named zone.
    """
    if not isinstance(value, Mapping):
        raise ValueError(Text("The date-time is missing"))
    text = value.get("dateTime")
    if not isinstance(text, str) or len(text) > 64:
        raise ValueError(Text("The date-time is missing"))
    zone_name = value.get("timeZone")
    tz = _zone(zone_name.strip() if isinstance(zone_name, str) else "")
    match = _DATETIME_RE.fullmatch(text.strip())
    if match is None:
        raise ValueError(Text("Unreadable date-time {text}", text=repr(text[:40])))
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        wall = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            micro,
        )
    except ValueError:
        raise ValueError(Text("Unreadable date-time {text}", text=repr(text[:40]))) from None
    if offset is None:
        return wall.replace(tzinfo=tz)
    if offset == "Z":
        moment = wall.replace(tzinfo=UTC)
    else:
        sign = -1 if offset[0] == "-" else 1
        delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6]))
        if delta >= timedelta(hours=24):
            raise ValueError(Text("Unreadable date-time {text}", text=repr(text[:40])))
        moment = wall.replace(tzinfo=UTC) - sign * delta
    try:
        return moment.astimezone(tz)
    except OverflowError:
        raise ValueError(Text("Unreadable date-time {text}", text=repr(text[:40]))) from None


def _format_wall(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


# --------------------------------------------------------------------------- events


def _event_zone(data: Mapping[str, Any], start: datetime) -> ZoneInfo:
    original = _str(data.get("originalStartTimeZone"), 256)
    tz = resolve_timezone(original) if original else None
    if tz is not None:
        return tz
    assert isinstance(start.tzinfo, ZoneInfo)  # parse_graph_datetime returns ZoneInfo
    return start.tzinfo


def _event_times(data: Mapping[str, Any]) -> tuple[datetime, datetime, ZoneInfo, bool]:
    raw_start = data.get("start")
    raw_end = data.get("end")
    if not isinstance(raw_start, Mapping) or not isinstance(raw_end, Mapping):
        raise ValueError(Text("The event has no start or end"))
    start = parse_graph_datetime(raw_start)
    end = parse_graph_datetime(raw_end)
    tz = _event_zone(data, start)
    all_day = _bool(data.get("isAllDay"), False)
    if all_day:
        # All-day events are floating: keep Graph's wall dates, at midnight in our zone.
        start = datetime.combine(start.date(), time(), tzinfo=tz)
        end = datetime.combine(end.date(), time(), tzinfo=tz)
        if end <= start:
            end = start + timedelta(days=1)
    else:
        start = start.astimezone(tz)
        end = end.astimezone(tz)
        if end < start:
            raise ValueError(Text("The event ends before it starts"))
    return start, end, tz, all_day


def _event_status(data: Mapping[str, Any]) -> EventStatus:
    if _bool(data.get("isCancelled"), False):
        return EventStatus.CANCELLED
    if _str(data.get("showAs")).lower() == "tentative":
        return EventStatus.TENTATIVE
    return EventStatus.CONFIRMED


def _attendee(value: object) -> Attendee | None:
    item = _map(value)
    person = _person(item)
    if person is None:
        return None
    response = _str(_map(item.get("status")).get("response")).lower()
    return Attendee(
        email=person.email,
        name=person.name,
        response=_RESPONSES.get(response, ResponseStatus.NEEDS_ACTION),
        optional=_str(item.get("type")).lower() == "optional",
    )


def _join_url(data: Mapping[str, Any]) -> str | None:
    for candidate in (_map(data.get("onlineMeeting")).get("joinUrl"), data.get("onlineMeetingUrl")):
        url = _str(candidate, 4_000).strip()
        if url and is_safe_web_url(url):
            return url
    return None


def event_from_graph(data: Mapping[str, Any], calendar: Calendar) -> Event:
    """Map one Graph event (an instance from calendarView) to a domain Event."""
    if not isinstance(data, Mapping):
        raise ValueError(Text("The event is not an object"))
    remote_id = _remote_id(data, "event")
    start, end, tz, all_day = _event_times(data)
    status = _event_status(data)
    etag = _etag(data)
    sensitivity = _str(data.get("sensitivity")).lower()
    if not calendar.can_view_private and sensitivity in ("private", "confidential"):
        # Nothing else of ``data`` may reach this Event.
        return Event(
            id="",
            calendar_id=calendar.id,
            uid=remote_id,
            title=PRIVATE_TITLE,
            start=start,
            end=end,
            timezone=tz.key,
            all_day=all_day,
            organizer=calendar.owner,
            private=True,
            status=status,
            remote_id=remote_id,
            etag=etag,
        )
    attendees = tuple(
        a for a in (_attendee(item) for item in _list(data.get("attendees"))) if a is not None
    )
    return Event(
        id="",
        calendar_id=calendar.id,
        uid=_str(data.get("iCalUId"), 2_000) or remote_id,
        title=_str(data.get("subject"), MAX_TITLE_CHARS),
        start=start,
        end=end,
        timezone=tz.key,
        all_day=all_day,
        location=_str(_map(data.get("location")).get("displayName")),
        description=_str(_map(data.get("body")).get("content"), MAX_DESCRIPTION_CHARS),
        organizer=_person(data.get("organizer")),
        attendees=attendees,
        join_url=_join_url(data),
        status=status,
        remote_id=remote_id,
        etag=etag,
        extra_ical=_categories_line(data.get("categories")),
    )


def _categories_line(value: object) -> str:
    """Outlook's categories as an iCalendar CATEGORIES line, the form the store reads them in
    (the category that asks for a meeting link); never sent back, so Graph keeps its own."""
    names = []
    for item in _list(value)[:50]:
        name = " ".join(_str(item, 255).replace(",", " ").replace(";", " ").split())
        if name:
            names.append(name.replace("\\", "\\\\"))
    return "CATEGORIES:" + ",".join(names) if names else ""


def looks_like_html(text: str) -> bool:
    """True when a description should be sent to Graph as HTML rather than text."""
    stripped = text.strip()
    if stripped.startswith("<"):
        return True
    lowered = stripped.lower()
    return any(hint in lowered for hint in _HTML_HINTS)


def _graph_time(moment: datetime, tz: ZoneInfo, zone_name: str) -> dict[str, str]:
    local = moment.astimezone(tz) if moment.tzinfo is not None else moment
    return {"dateTime": _format_wall(local), "timeZone": zone_name}


def event_to_graph(
    event: Event, *, teams_meeting: bool = False, transaction_id: str | None = None
) -> dict[str, Any]:
    """The body for creating (POST) or updating (PATCH) an event.

    Times are wall times in the event's zone, labelled with its IANA name. Never
    carries the id, etag, organizer or other read-only fields. ``transaction_id``
    is for creates only (Graph refuses to change it later).
    """
    tz = _zone(event.timezone)
    zone_name = tz.key
    if event.all_day:
        first = (event.start.astimezone(tz) if event.start.tzinfo else event.start).date()
        last = (event.end.astimezone(tz) if event.end.tzinfo else event.end).date()
        last = max(last, first + timedelta(days=1))
        start = {"dateTime": f"{first.isoformat()}T00:00:00", "timeZone": zone_name}
        end = {"dateTime": f"{last.isoformat()}T00:00:00", "timeZone": zone_name}
    else:
        start = _graph_time(event.start, tz, zone_name)
        end = _graph_time(event.end, tz, zone_name)
    body: dict[str, Any] = {
        "subject": event.title,
        "body": {
            "contentType": "html" if looks_like_html(event.description) else "text",
            "content": event.description,
        },
        "start": start,
        "end": end,
        "isAllDay": event.all_day,
        "attendees": [
            {
                "emailAddress": {"address": a.email, "name": a.name},
                "type": "optional" if a.optional else "required",
            }
            for a in event.attendees
        ],
        "recurrence": rrule_to_recurrence(event.rrule, event.start, zone_name)
        if event.rrule
        else None,
    }
    if event.location:
        body["location"] = {"displayName": event.location}
    if teams_meeting:
        body["isOnlineMeeting"] = True
        body["onlineMeetingProvider"] = "teamsForBusiness"
    if transaction_id is not None:
        body["transactionId"] = transaction_id
    return body


# --------------------------------------------------------------------------- recurrence

_FREQ_REASONS = {
    "SECONDLY": Text("it repeats every few seconds; the shortest repeat there is daily."),
    "MINUTELY": Text("it repeats every few minutes; the shortest repeat there is daily."),
    "HOURLY": Text("it repeats every few hours; the shortest repeat there is daily."),
}
_PART_REASONS = {
    "BYSECOND": Text("it picks seconds of the minute (BYSECOND)."),
    "BYMINUTE": Text("it picks minutes of the hour (BYMINUTE)."),
    "BYHOUR": Text("it picks several times of day (BYHOUR)."),
    "BYYEARDAY": Text("it picks days of the year by number (BYYEARDAY)."),
    "BYWEEKNO": Text("it picks weeks of the year by number (BYWEEKNO)."),
}
_PART_NAME = re.compile(r"(?:^|;)\s*([A-Za-z]+)\s*=\s*([^;]*)")


def _unsupported_precheck(rrule: str) -> None:
    for name, value in _PART_NAME.findall(rrule[:2000]):
        name = name.upper()
        if name == "FREQ" and value.strip().upper() in _FREQ_REASONS:
            raise UnsupportedRecurrence(_FREQ_REASONS[value.strip().upper()])
        if name in _PART_REASONS:
            raise UnsupportedRecurrence(_PART_REASONS[name])


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    return moment.astimezone(tz) if moment.tzinfo is not None else moment


def _relative(
    rule: RecurrenceRule,
) -> tuple[list[str], str] | None:
    """(daysOfWeek, index) for a relative monthly/yearly rule, None if BYDAY is absent."""
    if not rule.by_day:
        if rule.by_set_pos:
            raise UnsupportedRecurrence(Text("it uses BYSETPOS without BYDAY."))
        return None
    if rule.by_month_day:
        raise UnsupportedRecurrence(Text("it combines days of the month with weekdays."))
    numbered = [d for d in rule.by_day if d[0] is not None]
    if numbered:
        if rule.by_set_pos:
            raise UnsupportedRecurrence(Text("it combines BYSETPOS with numbered weekdays."))
        if len(rule.by_day) != 1:
            raise UnsupportedRecurrence(
                Text("it picks more than one numbered weekday in a period.")
            )
        ordinal, weekday = numbered[0]
        assert ordinal is not None
        days = [_WEEKDAYS[weekday]]
    else:
        if len(rule.by_set_pos) != 1:
            raise UnsupportedRecurrence(
                Text(
                    "it repeats on every matching weekday of the month; only one "
                    "(like the second Tuesday) is possible."
                )
            )
        ordinal = rule.by_set_pos[0]
        days = [_WEEKDAYS[wd] for _, wd in rule.by_day]
    if ordinal not in _INDEX_BY_ORDINAL:
        raise UnsupportedRecurrence(
            Text("only the first, second, third, fourth or last weekday of a month is possible.")
        )
    return days, _INDEX_BY_ORDINAL[ordinal]


def _single_month_day(rule: RecurrenceRule, default: int) -> int:
    if not rule.by_month_day:
        return default
    if len(rule.by_month_day) != 1:
        raise UnsupportedRecurrence(Text("it repeats on several days of the month."))
    day = rule.by_month_day[0]
    if day < 1:
        raise UnsupportedRecurrence(Text("it counts days from the end of the month."))
    return day


def _pattern(rule: RecurrenceRule, first: datetime, explicit_wkst: bool) -> dict[str, Any]:
    interval = rule.interval
    if rule.freq in ("DAILY", "WEEKLY", "MONTHLY") and rule.by_month:
        raise UnsupportedRecurrence(
            Text("it limits a daily, weekly or monthly repeat to some months.")
        )
    if rule.freq == "DAILY":
        if rule.by_month_day or rule.by_set_pos:
            raise UnsupportedRecurrence(Text("it limits a daily repeat to some days of the month."))
        if not rule.by_day:
            return {"type": "daily", "interval": interval}
        if interval != 1:
            raise UnsupportedRecurrence(Text("it repeats every few days on given weekdays only."))
        # "Every weekday" as a daily rule is a weekly one in Graph.
        return {
            "type": "weekly",
            "interval": 1,
            "daysOfWeek": [_WEEKDAYS[wd] for _, wd in rule.by_day],
            "firstDayOfWeek": _WEEKDAYS[rule.week_start] if explicit_wkst else "sunday",
        }
    if rule.freq == "WEEKLY":
        if rule.by_set_pos:
            raise UnsupportedRecurrence(Text("it keeps only some of the weekdays (BYSETPOS)."))
        days = [_WEEKDAYS[wd] for _, wd in rule.by_day] or [_WEEKDAYS[first.weekday()]]
        if explicit_wkst:
            week_start = _WEEKDAYS[rule.week_start]
        elif interval > 1 and len(days) > 1:
            week_start = "monday"  # RFC 5545's default; here it changes which weeks count
        else:
            week_start = "sunday"  # Graph's default; here it makes no difference
        return {
            "type": "weekly",
            "interval": interval,
            "daysOfWeek": days,
            "firstDayOfWeek": week_start,
        }
    if rule.freq == "MONTHLY":
        if rule.by_month_day == (-1,) and not rule.by_day and not rule.by_set_pos:
            # The last day of the month: Outlook's "last day" pattern.
            return {
                "type": "relativeMonthly",
                "interval": interval,
                "daysOfWeek": list(_WEEKDAYS),
                "index": "last",
            }
        relative = _relative(rule)
        if relative is not None:
            days, index = relative
            return {
                "type": "relativeMonthly",
                "interval": interval,
                "daysOfWeek": days,
                "index": index,
            }
        return {
            "type": "absoluteMonthly",
            "interval": interval,
            "dayOfMonth": _single_month_day(rule, first.day),
        }
    # YEARLY
    if len(rule.by_month) > 1:
        raise UnsupportedRecurrence(Text("it repeats in several months of the year."))
    month = rule.by_month[0] if rule.by_month else first.month
    if rule.by_day and not rule.by_month:
        raise UnsupportedRecurrence(Text("it picks weekdays of the whole year; name the month."))
    relative = _relative(rule)
    if relative is not None:
        days, index = relative
        return {
            "type": "relativeYearly",
            "interval": interval,
            "daysOfWeek": days,
            "index": index,
            "month": month,
        }
    return {
        "type": "absoluteYearly",
        "interval": interval,
        "dayOfMonth": _single_month_day(rule, first.day),
        "month": month,
    }


def _range(rule: RecurrenceRule, first: datetime, tz: ZoneInfo, timezone: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "type": "noEnd",
        "startDate": first.date().isoformat(),
        "recurrenceTimeZone": timezone,
    }
    if rule.count is not None and rule.until is not None:
        raise UnsupportedRecurrence(Text("it has both a number of times and an end date."))
    if rule.count is not None:
        if rule.count > 999_999:
            raise UnsupportedRecurrence(Text("it repeats too many times; choose no end instead."))
        result["type"] = "numbered"
        result["numberOfOccurrences"] = rule.count
    elif rule.until is not None:
        until = rule.until
        if isinstance(until, datetime):
            # Graph ends on a whole day: the last day whose instance starts by UNTIL.
            local_until = _local(until, tz)
            end_date = local_until.date()
            if local_until.time().replace(tzinfo=None) < first.time():
                end_date -= timedelta(days=1)
        else:
            end_date = until
        if end_date < first.date():
            raise UnsupportedRecurrence(Text("it ends before it starts."))
        result["type"] = "endDate"
        result["endDate"] = end_date.isoformat()
    return result


def rrule_to_recurrence(rrule: str, start: datetime, timezone: str) -> dict[str, Any]:
    """Map an RFC 5545 RRULE to a Graph patternedRecurrence {"pattern", "range"}.

    ``start`` is the series' first instance (aware, or naive wall time in
    ``timezone``); ``timezone`` names the series' zone (IANA or Windows) and is
    sent as recurrenceTimeZone. Raises UnsupportedRecurrence for what Graph
    cannot express, ValueError for an unknown zone.
    """
    if not isinstance(rrule, str):
        raise UnsupportedRecurrence(Text("it is not a repeat rule."))
    tz = _zone(timezone)
    _unsupported_precheck(rrule)
    try:
        rule = parse_rrule(rrule)
    except RecurrenceError as error:
        raise _invalid_rule(error) from None
    explicit_wkst = re.search(r"(?:^|;)\s*WKST\s*=", rrule, re.IGNORECASE) is not None
    first = _local(start, tz).replace(tzinfo=None)
    return {
        "pattern": _pattern(rule, first, explicit_wkst),
        "range": _range(rule, first, tz, timezone),
    }


def _weekday_numbers(pattern: Mapping[str, Any]) -> list[int]:
    names = _list(pattern.get("daysOfWeek"))
    days: list[int] = []
    for name in names:
        if not isinstance(name, str) or name.lower() not in _WEEKDAYS:
            raise _unreadable(Text("unknown weekday {name}.", name=repr(str(name)[:20])))
        days.append(_WEEKDAYS.index(name.lower()))
    if not days:
        raise _unreadable(Text("the pattern names no weekday."))
    return days


def _int_field(pattern: Mapping[str, Any], name: str, low: int, high: int) -> int:
    value = pattern.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _unreadable(Text("the pattern's {name} is missing or out of range.", name=name))
    return value


def recurrence_to_rrule(recurrence: Mapping[str, Any]) -> str:
    """The RRULE (without "RRULE:") for a Graph patternedRecurrence.

    The inverse of rrule_to_recurrence. An end date becomes a date UNTIL
    (YYYYMMDD), which desktop.recurrence reads as "through that whole day in the
    series' zone", exactly Graph's meaning. WKST is written only where it changes
    the result (weekly, every few weeks, several days) and is not Monday.
    """
    pattern = _map(_map(recurrence).get("pattern"))
    rng = _map(_map(recurrence).get("range"))
    kind = _str(pattern.get("type"))
    interval = pattern.get("interval")
    if interval is None:
        interval = 1
    if not isinstance(interval, int) or isinstance(interval, bool) or interval < 1:
        raise _unreadable(Text("the pattern's interval is not a positive number."))
    count: int | None = None
    until: date | None = None
    range_type = _str(rng.get("type"))
    if range_type == "numbered":
        count = _int_field(rng, "numberOfOccurrences", 1, 10**9)
    elif range_type == "endDate":
        try:
            until = date.fromisoformat(_str(rng.get("endDate"), 10))
        except ValueError:
            raise _unreadable(Text("the range's end date is unreadable.")) from None
    elif range_type not in ("noEnd", ""):
        raise _unreadable(Text("unknown range type {kind}.", kind=repr(range_type[:30])))

    by_day: tuple[tuple[int | None, int], ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_month: tuple[int, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    week_start = 0
    freq: Frequency
    if kind == "daily":
        freq = "DAILY"
    elif kind == "weekly":
        freq = "WEEKLY"
        days = _weekday_numbers(pattern)
        by_day = tuple((None, d) for d in days)
        first_day = _str(pattern.get("firstDayOfWeek")).lower()
        if interval > 1 and len(set(days)) > 1 and first_day in _WEEKDAYS:
            week_start = _WEEKDAYS.index(first_day)
    elif kind in ("absoluteMonthly", "absoluteYearly"):
        freq = "MONTHLY" if kind == "absoluteMonthly" else "YEARLY"
        by_month_day = (_int_field(pattern, "dayOfMonth", 1, 31),)
        if kind == "absoluteYearly":
            by_month = (_int_field(pattern, "month", 1, 12),)
    elif kind in ("relativeMonthly", "relativeYearly"):
        freq = "MONTHLY" if kind == "relativeMonthly" else "YEARLY"
        days = _weekday_numbers(pattern)
        index = _str(pattern.get("index")).lower() or "first"
        if index not in _ORDINAL_BY_INDEX:
            raise _unreadable(Text("unknown week index {index}.", index=repr(index[:20])))
        ordinal = _ORDINAL_BY_INDEX[index]
        if len(set(days)) == 1:
            by_day = ((ordinal, days[0]),)
        else:
            by_day = tuple((None, d) for d in days)
            by_set_pos = (ordinal,)
        if kind == "relativeYearly":
            by_month = (_int_field(pattern, "month", 1, 12),)
    else:
        raise _unreadable(Text("unknown pattern type {kind}.", kind=repr(kind[:30])))
    try:
        rule = RecurrenceRule(
            freq=freq,
            interval=interval,
            count=count,
            until=until,
            by_day=by_day,
            by_month_day=by_month_day,
            by_month=by_month,
            by_set_pos=by_set_pos,
            week_start=week_start,
        )
    except RecurrenceError as error:
        raise _unreadable(message_of(error)) from None
    return rule.to_ical()


# --------------------------------------------------------------------------- contacts


def contact_from_graph(data: Mapping[str, Any], folder: Folder) -> Contact:
    """Map a Graph contact to a domain Contact in ``folder``."""
    if not isinstance(data, Mapping):
        raise ValueError(Text("The contact is not an object"))
    remote_id = _remote_id(data, "contact")
    given = _str(data.get("givenName")).strip()
    family = _str(data.get("surname")).strip()
    emails = _unique(
        [_str(_map(item).get("address")) for item in _list(data.get("emailAddresses"))],
        fold_case=True,
    )
    phones = _unique(
        [
            _str(item)
            for item in [
                data.get("mobilePhone"),
                *_list(data.get("businessPhones")),
                *_list(data.get("homePhones")),
            ]
        ],
        fold_case=False,
    )
    display = (
        _str(data.get("displayName")).strip()
        or f"{given} {family}".strip()
        or (emails[0] if emails else "")
        or "(no name)"
    )
    return Contact(
        id="",
        folder_id=folder.id,
        display_name=display,
        given_name=given,
        family_name=family,
        emails=emails,
        phones=phones,
        company=_str(data.get("companyName")).strip(),
        job_title=_str(data.get("jobTitle")).strip(),
        notes=_str(data.get("personalNotes"), MAX_DESCRIPTION_CHARS),
        remote_id=remote_id,
        etag=_etag(data),
    )


def _or_null(value: str) -> str | None:
    return value if value else None


def contact_to_graph(contact: Contact) -> dict[str, Any]:
    """The body for creating (POST) or updating (PATCH) a contact.

    Empty values are sent as null (strings) or [] (lists) so a PATCH clears
    them. Graph keeps at most three e-mail addresses: the first three are sent.
    Phones: the first is the mobile number, the rest business numbers; home
    numbers are sent empty, because reading merges them into the same list (a
    number the person deleted must not come back from there).
    """
    phones = [p for p in contact.phones if p]
    return {
        "displayName": contact.display_name,
        "givenName": _or_null(contact.given_name),
        "surname": _or_null(contact.family_name),
        "emailAddresses": [
            {"address": email, "name": contact.display_name}
            for email in [e for e in contact.emails if e][:_MAX_GRAPH_EMAILS]
        ],
        "mobilePhone": phones[0] if phones else None,
        "businessPhones": phones[1:],
        "homePhones": [],
        "companyName": _or_null(contact.company),
        "jobTitle": _or_null(contact.job_title),
        "personalNotes": _or_null(contact.notes),
    }


# --------------------------------------------------------------------------- containers


def folder_from_graph(data: Mapping[str, Any], account_id: str, parent_id: str | None) -> Folder:
    """A Graph contactFolder as a Folder (``id`` is left for the engine to assign)."""
    return Folder(
        id="",
        account_id=account_id,
        name=_str(data.get("displayName")),
        parent_id=parent_id,
        remote_id=_remote_id(data, "contact folder"),
    )


def calendar_from_graph(
    data: Mapping[str, Any], account_id: str, me_email: str, *, may_write: bool
) -> Calendar:
    """A Graph calendar; ``owner`` is set only when it belongs to someone else."""
    owner = _map(data.get("owner"))
    owner_email = _str(owner.get("address")).strip()
    others = bool(owner_email) and owner_email.casefold() != me_email.strip().casefold()
    return Calendar(
        id="",
        account_id=account_id,
        name=_str(data.get("name")),
        writable=may_write and _bool(data.get("canEdit"), True),
        owner=Person(name=_str(owner.get("name")).strip(), email=owner_email) if others else None,
        can_view_private=_bool(data.get("canViewPrivateItems"), True) if others else True,
        remote_id=_remote_id(data, "calendar"),
    )
