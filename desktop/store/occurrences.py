"""Materialising the instances of events into the occurrences table.

Shared by the services (local edits) and the sync engine (remote changes), so both
expand series the same bounded way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.domain import Event
from desktop.i18n import Text, message_of
from desktop.recurrence import RecurrenceError, expand, parse_rrule
from desktop.store.database import Store
from desktop.timezones import resolve_timezone

# Series are materialised from half a year back to this far ahead; listing beyond it
# re-expands the series that stop short.
EXPANSION_AHEAD = timedelta(days=400)
EXPANSION_BACK = timedelta(days=190)
TOO_OFTEN = Text("This series repeats too often; only part of it is shown.")


def materialise(
    store: Store, event: Event, now: datetime, overrides: Sequence[datetime] | None = None
) -> None:
    """Write the instances of `event` (one for a single meeting or an override).

    `overrides`: the recurrence ids of the series' overrides, when the caller has them;
    otherwise they are read from the store.
    """
    if not event.rrule or event.recurrence_id is not None:
        store.replace_occurrences(event.id, [(event.start, event.end)], expanded_until=None)
        return
    window_end = max(now, event.start) + EXPANSION_AHEAD
    window_start = now - EXPANSION_BACK
    zone = resolve_timezone(event.timezone) or ZoneInfo("UTC")
    if overrides is None:
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
            event.id, [(event.start, event.end)], expanded_until=None, problem=message_of(exc)
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


def materialise_series(
    store: Store,
    calendar_id: str,
    uid: str,
    now: datetime,
    events: Sequence[Event] | None = None,
) -> None:
    """Re-expand every event of a series (after its master or an override changed).

    `events`: the whole series as just written, when the caller knows it is whole
    (saves reading it back); otherwise it is read from the store.
    """
    if events is None:
        events = store.find_events_by_uid(calendar_id, uid)
    overrides = [e.recurrence_id for e in events if e.recurrence_id is not None]
    for event in sorted(events, key=lambda e: e.recurrence_id is not None):
        materialise(store, event, now, overrides)
