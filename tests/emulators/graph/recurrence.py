"""Expansion of Graph ``patternedRecurrence`` into occurrence start times."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from .timezones import resolve_zone

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
INDEXES = ["first", "second", "third", "fourth", "last"]
PATTERN_TYPES = {
    "daily",
    "weekly",
    "absoluteMonthly",
    "relativeMonthly",
    "absoluteYearly",
    "relativeYearly",
}
RANGE_TYPES = {"endDate", "noEnd", "numbered"}
# A bad seed must not hang the emulator.
MAX_INSTANCES = 1000
MAX_CANDIDATES = 200_000


class InvalidRecurrence(ValueError):
    """The recurrence is not a valid patternedRecurrence."""


def normalise(recurrence: dict, start_local: datetime, zone_name: str) -> dict:
    """Validate a patternedRecurrence and fill in Graph's defaults, as Graph returns it."""
    if not isinstance(recurrence, dict):
        raise InvalidRecurrence("recurrence must be an object")
    pattern = dict(recurrence.get("pattern") or {})
    rng = dict(recurrence.get("range") or {})
    ptype = pattern.get("type")
    if ptype not in PATTERN_TYPES:
        raise InvalidRecurrence(f"unsupported pattern type {ptype!r}")
    interval = pattern.get("interval", 1)
    if not isinstance(interval, int) or interval < 1 or interval > 99:
        raise InvalidRecurrence("interval must be between 1 and 99")
    days = [d.lower() for d in pattern.get("daysOfWeek") or []]
    if any(d not in WEEKDAYS for d in days):
        raise InvalidRecurrence("bad daysOfWeek")
    if ptype in ("weekly", "relativeMonthly", "relativeYearly") and not days:
        raise InvalidRecurrence(f"{ptype} needs daysOfWeek")
    first_day = (pattern.get("firstDayOfWeek") or "sunday").lower()
    if first_day not in WEEKDAYS:
        raise InvalidRecurrence("bad firstDayOfWeek")
    index = (pattern.get("index") or "first").lower()
    if index not in INDEXES:
        raise InvalidRecurrence("bad index")
    day_of_month = int(pattern.get("dayOfMonth") or 0)
    month = int(pattern.get("month") or 0)
    if ptype in ("absoluteMonthly", "absoluteYearly") and not 1 <= day_of_month <= 31:
        raise InvalidRecurrence(f"{ptype} needs dayOfMonth")
    if ptype in ("absoluteYearly", "relativeYearly") and not 1 <= month <= 12:
        raise InvalidRecurrence(f"{ptype} needs month")
    rtype = rng.get("type")
    if rtype not in RANGE_TYPES:
        raise InvalidRecurrence(f"unsupported range type {rtype!r}")
    start_date = rng.get("startDate") or start_local.date().isoformat()
    try:
        date.fromisoformat(start_date)
        end_date = rng.get("endDate") or "0001-01-01"
        date.fromisoformat(end_date)
    except ValueError as exc:
        raise InvalidRecurrence(str(exc)) from exc
    if rtype == "endDate" and end_date == "0001-01-01":
        raise InvalidRecurrence("endDate range needs endDate")
    count = int(rng.get("numberOfOccurrences") or 0)
    if rtype == "numbered" and count < 1:
        raise InvalidRecurrence("numbered range needs numberOfOccurrences")
    return {
        "pattern": {
            "type": ptype,
            "interval": interval,
            "month": month,
            "dayOfMonth": day_of_month,
            "daysOfWeek": days,
            "firstDayOfWeek": first_day,
            "index": index,
        },
        "range": {
            "type": rtype,
            "startDate": start_date,
            "endDate": end_date,
            "recurrenceTimeZone": rng.get("recurrenceTimeZone") or zone_name,
            "numberOfOccurrences": count if rtype == "numbered" else 0,
        },
    }


def _nth_weekday(year: int, month: int, weekdays: list[str], index: str) -> list[date]:
    last = calendar.monthrange(year, month)[1]
    result = []
    for name in weekdays:
        wd = WEEKDAYS.index(name)
        matches = [
            date(year, month, d) for d in range(1, last + 1) if date(year, month, d).weekday() == wd
        ]
        result.append(matches[-1] if index == "last" else matches[INDEXES.index(index)])
    return sorted(result)


def _candidates(pattern: dict, start: date) -> Iterator[date]:
    """Dates matching the pattern, from ``start`` on, in order (unbounded)."""
    ptype = pattern["type"]
    interval = pattern["interval"]
    if ptype == "daily":
        day = start
        while True:
            yield day
            day += timedelta(days=interval)
    elif ptype == "weekly":
        first = WEEKDAYS.index(pattern["firstDayOfWeek"])
        offsets = sorted((WEEKDAYS.index(d) - first) % 7 for d in pattern["daysOfWeek"])
        week_start = start - timedelta(days=(start.weekday() - first) % 7)
        while True:
            for off in offsets:
                day = week_start + timedelta(days=off)
                if day >= start:
                    yield day
            week_start += timedelta(weeks=interval)
    elif ptype in ("absoluteMonthly", "relativeMonthly", "absoluteYearly", "relativeYearly"):
        yearly = ptype.endswith("Yearly")
        year, month = start.year, (pattern["month"] if yearly else start.month)
        if yearly and month < start.month:
            year += 1
        step = 12 * interval if yearly else interval
        while True:
            if ptype.startswith("absolute"):
                last = calendar.monthrange(year, month)[1]
                days = [date(year, month, min(pattern["dayOfMonth"], last))]
            else:
                days = _nth_weekday(year, month, pattern["daysOfWeek"], pattern["index"])
            for day in days:
                if day >= start:
                    yield day
            month += step
            year += (month - 1) // 12
            month = (month - 1) % 12 + 1


def occurrence_starts(
    recurrence: dict,
    master_start: datetime,
    lo: datetime,
    hi: datetime,
    *,
    limit: int = MAX_INSTANCES,
) -> list[datetime]:
    """Original start times (UTC) of the occurrences whose start lies in [lo, hi).

    ``recurrence`` must be normalised; the time of day comes from ``master_start``
    seen in the recurrence time zone.
    """
    zone = resolve_zone(recurrence["range"]["recurrenceTimeZone"])
    clock: time = master_start.astimezone(zone).time()
    rng = recurrence["range"]
    start_date = date.fromisoformat(rng["startDate"])
    end_date = date.fromisoformat(rng["endDate"]) if rng["type"] == "endDate" else None
    count_limit = rng["numberOfOccurrences"] if rng["type"] == "numbered" else None
    horizon = hi.astimezone(zone).date() + timedelta(days=1)
    result: list[datetime] = []
    for n, day in enumerate(_candidates(recurrence["pattern"], start_date)):
        if n >= MAX_CANDIDATES or (count_limit is not None and n >= count_limit):
            break
        if (end_date is not None and day > end_date) or day > horizon:
            break
        local = datetime.combine(day, clock, tzinfo=zone)
        moment = local.astimezone(UTC)
        if lo <= moment < hi:
            result.append(moment)
            if len(result) >= limit:
                break
    return result
