"""Materialising the instances of events into the occurrences table.

Shared by the services (local edits) and the sync engine (remote changes), so both
expand series the same bounded way.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.domain import Event
from desktop.recurrence import RecurrenceError, expand, parse_rrule
from desktop.store.database import Store
from desktop.timezones import resolve_timezone

# Series are materialised from half a year back to this far ahead; listing beyond it
# re-expands the series that stop short.
EXPANSION_AHEAD = timedelta(days=400)
EXPANSION_BACK = timedelta(days=190)
TOO_OFTEN = "This series repeats too often; only part of it is shown."


def materialise(store: Store, event: Event, now: datetime) -> None:
    """Write the instances of `event` (one for a single meeting or an override)."""
    if not event.rrule or event.recurrence_id is not None:
        store.replace_occurrences(event.id, [(event.start, event.end)], expanded_until=None)
        return
    window_end = max(now, event.start) + EXPANSION_AHEAD
    window_start = now - EXPANSION_BACK
    zone = resolve_timezone(event.timezone) or ZoneInfo("UTC")
    overrides = [
        e.recurrence_id
        for e in store.find_events_by_uid(event.calendar_id, event.uid)
        if e.recurrence_id is not None
    ]
    try:
        rule = parse_rrule(event.rrule)
    except RecurrenceError as exc:
        # Keep the meeting visible once rather than hiding it; say why it does not repeat.
        store.replace_occurrences(
            event.id, [(event.start, event.end)], expanded_until=None, problem=str(exc)
        )
        return
    result = expand(
        event.start.astimezone(zone),
        event.end.astimezone(zone),
        zone,
        rule,
        window_start,
        window_end,
        exdates=event.exdates,
        skip=[o for o in overrides if o is not None],
    )
    store.replace_occurrences(
        event.id,
        result.occurrences,
        expanded_until=window_end,
        problem=TOO_OFTEN if result.truncated else "",
    )


def materialise_series(store: Store, calendar_id: str, uid: str, now: datetime) -> None:
    """Re-expand every event of a series (after its master or an override changed)."""
    events = store.find_events_by_uid(calendar_id, uid)
    for event in sorted(events, key=lambda e: e.recurrence_id is not None):
        materialise(store, event, now)
