"""Reminders in absolute time: before each meeting, snooze, dismiss, declined, sleep, zones."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain import Attendee, EventStatus, ResponseStatus
from desktop.profile import Profile
from desktop.services.context import AppContext, build_context
from desktop.services.meetings import ScheduleRequest
from desktop.services.reminders import LATE_GRACE

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(profile: Profile, clock: Clock) -> Iterator[AppContext]:
    context = build_context(profile, clock=clock)
    context.settings.set("my_email", "me@example.com")
    yield context
    context.close()


def schedule(app: AppContext, title: str, start: datetime, **extra: object) -> str:
    event = app.meetings.schedule(
        ScheduleRequest(
            topic=title,
            start=start,
            duration_minutes=30,
            timezone="Europe/Amsterdam",
            **extra,  # type: ignore[arg-type]
        )
    )
    return event.id


def titles(app: AppContext, now: datetime) -> list[str]:
    return [r.title for r in app.reminders.due(now)]


def test_a_reminder_shows_from_one_minute_before_until_ten_minutes_after_the_start(
    app: AppContext,
) -> None:
    start = NOW + timedelta(hours=1)
    schedule(app, "Stand-up", start)
    assert titles(app, start - timedelta(minutes=1, seconds=1)) == []
    assert titles(app, start - timedelta(minutes=1)) == ["Stand-up"]
    assert titles(app, start + LATE_GRACE) == ["Stand-up"]
    assert titles(app, start + LATE_GRACE + timedelta(seconds=1)) == []
    # The app is told when to look next: exactly when the reminder becomes due.
    assert app.reminders.next_change(start - timedelta(minutes=1, seconds=30)) == (
        start - timedelta(minutes=1)
    )
    assert app.reminders.next_change(NOW) == NOW + timedelta(minutes=1)  # never longer


def test_the_lead_follows_the_setting_and_zero_turns_reminders_off(app: AppContext) -> None:
    start = NOW + timedelta(hours=1)
    schedule(app, "Review", start)
    app.settings.set("reminder_minutes", 15)
    assert titles(app, start - timedelta(minutes=15)) == ["Review"]
    app.settings.set("reminder_minutes", 0)
    assert titles(app, start) == []


def test_snooze_hides_it_for_five_minutes_and_dismiss_for_good(app: AppContext) -> None:
    start = NOW + timedelta(hours=1)
    schedule(app, "Planning", start)
    first = start - timedelta(minutes=1)
    [reminder] = app.reminders.due(first)
    app.reminders.snooze(reminder.key, now=first)
    assert titles(app, first + timedelta(minutes=4)) == []
    assert titles(app, first + timedelta(minutes=5)) == ["Planning"]
    app.reminders.dismiss(reminder.key)
    assert titles(app, first + timedelta(minutes=6)) == []


def test_dismissed_and_snoozed_reminders_stay_so_after_a_restart(
    profile: Profile, clock: Clock
) -> None:
    """The silent start after a reboot must not bring back a reminder already closed."""
    start = NOW + timedelta(hours=1)
    first = start - timedelta(minutes=1)
    app = build_context(profile, clock=clock)
    schedule(app, "Planning", start)
    schedule(app, "Review", start)
    clock.now = first
    planning, review = sorted(app.reminders.due(first), key=lambda r: r.title)
    app.reminders.dismiss(planning.key)
    app.reminders.snooze(review.key, now=first)
    app.close()

    again = build_context(profile, clock=clock)
    try:
        assert titles(again, first + timedelta(minutes=1)) == []
        assert titles(again, first + timedelta(minutes=5)) == ["Review"]
        # Once the meeting is long over, the remembered states are pruned.
        clock.now = start + timedelta(days=3)
        assert again.store.reminder_states(clock.now) == {}
    finally:
        again.close()


def test_declined_and_cancelled_meetings_do_not_remind(app: AppContext) -> None:
    start = NOW + timedelta(hours=1)
    declined = schedule(app, "Declined", start, attendees=("me@example.com",))
    cancelled = schedule(app, "Cancelled", start)
    schedule(app, "Accepted", start, attendees=("me@example.com",))
    store = app.store
    event = store.get_event(declined)
    assert event is not None
    store.save_event(
        replace(event, attendees=(Attendee("me@example.com", response=ResponseStatus.DECLINED),))
    )
    gone = store.get_event(cancelled)
    assert gone is not None
    store.save_event(replace(gone, status=EventStatus.CANCELLED))
    assert titles(app, start) == ["Accepted"]


def test_every_instance_of_a_series_reminds_once(app: AppContext) -> None:
    start = NOW + timedelta(hours=1)
    schedule(app, "Daily", start, recurrence="FREQ=DAILY;COUNT=3")
    [today] = app.reminders.due(start)
    app.reminders.dismiss(today.key)
    assert titles(app, start) == []
    assert titles(app, start + timedelta(days=1)) == ["Daily"]  # tomorrow's is its own


def test_after_sleep_and_across_midnight_and_a_time_zone_change_it_is_still_right(
    app: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 00:00 in Amsterdam is 23:00 UTC the day before: the reminder shows at 23:59 local.
    midnight = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)
    schedule(app, "Night shift hand-over", midnight)
    # The laptop slept through the moment the reminder became due and wakes 3 minutes
    # later: it is still shown (nothing depended on a timer firing).
    woke = midnight + timedelta(minutes=2)
    assert titles(app, woke) == ["Night shift hand-over"]
    # Travelling: the machine's zone changes; the instant is the same.
    monkeypatch.setenv("TZ", "America/New_York")
    assert titles(app, woke) == ["Night shift hand-over"]
    assert titles(app, midnight - timedelta(minutes=2)) == []


def test_the_next_meeting_for_the_tray_skips_ended_and_declined_ones(app: AppContext) -> None:
    schedule(app, "Earlier", NOW - timedelta(hours=2))
    later = schedule(app, "Later", NOW + timedelta(hours=3))
    schedule(app, "Soon but declined", NOW + timedelta(hours=1), attendees=("me@example.com",))
    store = app.store
    declined = next(r for r in app.meetings.upcoming(now=NOW) if r.title == "Soon but declined")
    store.save_event(
        replace(
            declined.event,
            attendees=(Attendee("me@example.com", response=ResponseStatus.DECLINED),),
        )
    )
    nxt = app.reminders.next_meeting(NOW)
    assert nxt is not None and nxt.event.id == later
