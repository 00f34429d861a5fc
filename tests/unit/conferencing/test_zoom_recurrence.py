"""Repeat rules as Zoom's recurrence object, and the rules Zoom cannot repeat."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.conferencing.zoom import ZoomMeetingRequest, zoom_recurrence
from desktop.recurrence import parse_rrule

START = datetime(2030, 1, 7, 9, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))  # a Monday


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("FREQ=DAILY;COUNT=5", {"type": 1, "repeat_interval": 1, "end_times": 5}),
        ("FREQ=DAILY;INTERVAL=90;COUNT=2", {"type": 1, "repeat_interval": 90, "end_times": 2}),
        (
            "FREQ=WEEKLY;COUNT=10",
            {"type": 2, "repeat_interval": 1, "weekly_days": "2", "end_times": 10},
        ),
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,SA,MO;UNTIL=20300331T220000Z",
            {
                "type": 2,
                "repeat_interval": 2,
                "weekly_days": "1,2,7",
                "end_date_time": "2030-03-31T22:00:00Z",
            },
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=12",
            {"type": 3, "repeat_interval": 1, "monthly_day": 15, "end_times": 12},
        ),
        (
            "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6",
            {
                "type": 3,
                "repeat_interval": 1,
                "monthly_week": -1,
                "monthly_week_day": 6,
                "end_times": 6,
            },
        ),
        (
            "FREQ=MONTHLY;INTERVAL=3;UNTIL=20301231",
            {
                "type": 3,
                "repeat_interval": 3,
                "monthly_day": 7,
                "end_date_time": "2030-12-31T22:59:59Z",  # the end of that day in Amsterdam
            },
        ),
    ],
)
def test_rules_zoom_can_repeat(rule: str, expected: dict[str, object]) -> None:
    assert zoom_recurrence(parse_rrule(rule), START) == expected


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;BYDAY=MO",  # no end: Zoom's series always end
        "FREQ=DAILY;COUNT=51",  # more than 50 times
        "FREQ=DAILY;INTERVAL=91;COUNT=3",
        "FREQ=WEEKLY;INTERVAL=13;COUNT=3",
        "FREQ=MONTHLY;INTERVAL=4;COUNT=3",
        "FREQ=YEARLY;COUNT=3",
        "FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=4",
        "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1;COUNT=4",
        "FREQ=MONTHLY;BYDAY=5MO;COUNT=4",  # Zoom has first to fourth and last weeks only
        "FREQ=DAILY;BYDAY=MO,TU;COUNT=4",
        "FREQ=MONTHLY;BYMONTH=1,6;COUNT=4",
    ],
)
def test_rules_zoom_cannot_repeat(rule: str) -> None:
    assert zoom_recurrence(parse_rrule(rule), START) is None


def test_the_meeting_type_follows_the_series() -> None:
    base = {"topic": "T", "start": START, "duration_minutes": 30, "timezone": "UTC"}
    assert ZoomMeetingRequest(**base).to_api()["type"] == 2  # type: ignore[arg-type]
    repeating = ZoomMeetingRequest(  # type: ignore[arg-type]
        **base, repeats=True, recurrence={"type": 1, "repeat_interval": 1, "end_times": 3}
    ).to_api()
    assert repeating["type"] == 8 and repeating["recurrence"]["end_times"] == 3
    no_fixed_time = ZoomMeetingRequest(**base, repeats=True).to_api()  # type: ignore[arg-type]
    assert no_fixed_time["type"] == 3 and "recurrence" not in no_fixed_time
    assert no_fixed_time["start_time"] == START.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
