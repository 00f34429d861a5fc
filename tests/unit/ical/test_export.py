"""events_to_ics: structure, VTIMEZONE correctness, sanitising, and the round trip."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import (
    Attendee,
    Event,
    EventStatus,
    MeetingOptions,
    Person,
    ResponseStatus,
)
from desktop.ical import events_to_ics, parse_ics
from desktop.ical._lines import clean_text, unfold
from desktop.recurrence import RecurrenceRule

from .samples import APPLE, GOOGLE, OUTLOOK

AMS = ZoneInfo("Europe/Amsterdam")


def event(**changes: object) -> Event:
    base = Event(
        id="e1",
        calendar_id="cal",
        uid="uid-1@example.com",
        title="Planning",
        start=datetime(2026, 1, 12, 9, 30, tzinfo=AMS),
        end=datetime(2026, 1, 12, 10, 30, tzinfo=AMS),
        timezone="Europe/Amsterdam",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def same_except_id(a: Event, b: Event) -> bool:
    return dataclasses.replace(a, id="") == dataclasses.replace(b, id="")


def round_trip(*events: Event) -> list[Event]:
    result = parse_ics(events_to_ics(events), calendar_id=events[0].calendar_id if events else "")
    assert result.problems == []
    return result.events


def test_structure_and_folding() -> None:
    data = events_to_ics([event(description="x" * 500 + "é" * 100)])
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meetdesk//Meetdesk//EN\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    lines = unfold(text)
    assert "DTSTART;TZID=Europe/Amsterdam:20260112T093000" in lines
    assert "DTEND;TZID=Europe/Amsterdam:20260112T103000" in lines
    assert "BEGIN:VTIMEZONE" in lines
    assert "TZID:Europe/Amsterdam" in lines
    assert [line for line in lines if re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", line)]
    assert events_to_ics([], prodid="-//Other//EN").startswith(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
    )


def test_icalendar_reads_our_output_the_same_way() -> None:
    # Test-only: icalendar reads our (trusted, yearly-rule) VTIMEZONEs.
    originals = [
        event(),
        event(
            uid="u2",
            title="Utc, call; now",
            start=datetime(2026, 2, 1, 15, tzinfo=UTC),
            end=datetime(2026, 2, 1, 16, tzinfo=UTC),
            timezone="UTC",
        ),
        event(
            uid="u3",
            title="Day off",
            start=datetime(2026, 3, 2, tzinfo=AMS),
            end=datetime(2026, 3, 3, tzinfo=AMS),
            all_day=True,
        ),
        event(
            uid="u4",
            timezone="America/New_York",
            start=datetime(2026, 3, 9, 9, tzinfo=ZoneInfo("America/New_York")),
            end=datetime(2026, 3, 9, 10, tzinfo=ZoneInfo("America/New_York")),
            rrule="FREQ=WEEKLY;COUNT=5",
        ),
    ]
    calendar = icalendar.Calendar.from_ical(events_to_ics(originals))
    read = {str(c["UID"]): c for c in calendar.walk("VEVENT")}
    assert str(read["u2"]["SUMMARY"]) == "Utc, call; now"
    for original in originals:
        component = read[original.uid]
        start = component.decoded("DTSTART")
        if original.all_day:
            assert start == original.start.date()
        else:
            assert start == original.start
            assert component.decoded("DTEND") == original.end


@pytest.mark.parametrize(
    "key",
    [
        "Europe/Amsterdam",
        "America/New_York",
        "Australia/Sydney",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "Asia/Kolkata",
        "America/Sao_Paulo",
        "Europe/Moscow",
        "Asia/Tehran",
        "Africa/Casablanca",
        "Europe/Dublin",
        "America/Santiago",
        "America/St_Johns",
        "America/Caracas",
        "Asia/Gaza",
        "Etc/GMT+5",
    ],
)
def test_generated_vtimezone_matches_tzdata(key: str) -> None:
    zone = ZoneInfo(key)
    start = datetime(2005, 6, 1, 9, tzinfo=zone)
    data = events_to_ics([event(timezone=key, start=start, end=start + timedelta(hours=1))])
    vtimezone = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")[0]
    theirs = vtimezone.to_tz(lookup_tzid=False)  # built from our definition, not by name
    moment = datetime(2005, 1, 1, tzinfo=UTC)
    mismatches = []
    while moment < datetime(datetime.now().year + 2, 12, 31, tzinfo=UTC):
        if moment.astimezone(theirs).utcoffset() != moment.astimezone(zone).utcoffset():
            mismatches.append(moment)
        moment += timedelta(hours=61)
    assert mismatches == []


def test_utc_events_need_no_vtimezone() -> None:
    data = events_to_ics(
        [
            event(
                start=datetime(2026, 1, 1, 9, tzinfo=UTC),
                end=datetime(2026, 1, 1, 10, tzinfo=UTC),
                timezone="UTC",
            )
        ]
    )
    lines = unfold(data.decode())
    assert "DTSTART:20260101T090000Z" in lines
    assert "BEGIN:VTIMEZONE" not in lines


def test_the_repeated_hour_is_written_in_utc_with_the_zone_kept() -> None:
    # 02:30 CET on 25 October 2026 is the second 02:30 of that night.
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(AMS)
    assert second.fold == 1
    original = event(start=second, end=second + timedelta(minutes=30))
    lines = unfold(events_to_ics([original]).decode())
    assert "DTSTART:20261025T013000Z" in lines
    assert "X-MEETDESK-TZID:Europe/Amsterdam" in lines
    (back,) = round_trip(original)
    assert same_except_id(back, original)
    assert back.start.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_join_url_meeting_options_and_flags() -> None:
    original = event(
        join_url="https://zoom.us/j/123?pwd=a,b;c",
        options=MeetingOptions(
            passcode="12;34,56\\",
            waiting_room=True,
            host_video=False,
            mute_on_entry=True,
            alternative_hosts=("a@example.com", "b,c@example.com"),
            agenda="Line 1\nLine 2, with commas; and semicolons",
        ),
        scheduled_here=True,
        private=True,
        status=EventStatus.CANCELLED,
    )
    lines = unfold(events_to_ics([original]).decode())
    assert "X-MEETDESK-JOIN-URL:https://zoom.us/j/123?pwd=a\\,b\\;c" in lines
    assert "URL:https://zoom.us/j/123?pwd=a,b;c" in lines
    assert "X-MEETDESK-WAITING-ROOM:TRUE" in lines
    assert "X-MEETDESK-HOST-VIDEO:FALSE" in lines
    assert "X-MEETDESK-PARTICIPANT-VIDEO:TRUE" not in lines  # defaults are not written
    assert "CLASS:PRIVATE" in lines
    assert "STATUS:CANCELLED" in lines
    (back,) = round_trip(original)
    assert same_except_id(back, original)


def test_an_own_url_in_extra_ical_is_kept_beside_the_join_url() -> None:
    original = event(
        join_url="https://meet.example.com/x", extra_ical="URL:https://example.com/about"
    )
    lines = unfold(events_to_ics([original]).decode())
    assert [line for line in lines if line.startswith("URL:")] == ["URL:https://example.com/about"]
    (back,) = round_trip(original)
    assert same_except_id(back, original)


def test_extra_ical_is_checked_before_it_is_written() -> None:
    hostile = "\r\n".join(
        [
            "X-KEEP:1",
            "DTSTART:19990101T000000Z",
            "UID:other",
            "END:VEVENT",
            "END:VCALENDAR",
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "SUMMARY:Injected",
            "END:VEVENT",
            "END:VCALENDAR",
            "not a content line",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-PT5M",
            "X-NUL:a\x00b",
        ]
    )
    data = events_to_ics([event(extra_ical=hostile)])
    lines = unfold(data.decode())
    assert lines.count("BEGIN:VEVENT") == 1
    assert lines.count("END:VCALENDAR") == 1
    assert "SUMMARY:Injected" not in lines
    assert "UID:other" not in lines
    assert "DTSTART:19990101T000000Z" not in lines
    assert "X-KEEP:1" in lines
    assert "X-NUL:ab" in lines
    # The unclosed VALARM is closed before the event ends.
    assert lines[lines.index("END:VEVENT") - 1] == "END:VALARM"
    (back,) = parse_ics(data).events
    assert back.title == "Planning"


def test_invalid_stored_rule_is_left_out() -> None:
    lines = unfold(events_to_ics([event(rrule="FREQ=SECONDLY")]).decode())
    vevent = lines[lines.index("BEGIN:VEVENT") :]
    assert not [line for line in vevent if line.startswith("RRULE")]


@pytest.mark.parametrize("sample", [GOOGLE, OUTLOOK, APPLE], ids=["google", "outlook", "apple"])
def test_real_files_survive_import_export_import(sample: str) -> None:
    first = parse_ics(sample)
    second = parse_ics(events_to_ics(first.events))
    assert second.problems == []
    assert len(first.events) == len(second.events)
    for a, b in zip(first.events, second.events, strict=True):
        assert same_except_id(a, b)


# --------------------------------------------------------------------------- round trip property

_ZONES = [
    "UTC",
    "Europe/Amsterdam",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/Argentina/Buenos_Aires",
    "Etc/GMT+5",
    "Asia/Tokyo",
]
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
    max_size=60,
).map(clean_text)
_LINE = _TEXT.map(str.strip)
_EMAIL = st.from_regex(r"[a-z0-9._+-]{1,12}@[a-z0-9-]{1,10}\.(com|org|nl)", fullmatch=True)


@st.composite
def _rules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    by_day: tuple[tuple[int | None, int], ...] = ()
    if draw(st.booleans()):
        ordinal = draw(st.sampled_from([None, 1, -1, 2])) if freq in ("MONTHLY", "YEARLY") else None
        weekdays = draw(st.lists(st.integers(0, 6), min_size=1, max_size=3, unique=True))
        by_day = tuple((ordinal, wd) for wd in weekdays)
    until: datetime | None = None
    if draw(st.booleans()):
        until = draw(
            st.datetimes(min_value=datetime(2027, 1, 1), max_value=datetime(2030, 1, 1))
        ).replace(microsecond=0, tzinfo=UTC)
    rule = RecurrenceRule(
        freq=freq,
        interval=draw(st.integers(1, 5)),
        count=None if until else draw(st.none() | st.integers(1, 500)),
        until=until,
        by_day=by_day,
        by_month=tuple(draw(st.lists(st.integers(1, 12), max_size=2, unique=True))),
        week_start=draw(st.integers(0, 6)),
    )
    return rule.to_ical()


@st.composite
def _events(draw: st.DrawFn) -> Event:
    timezone = draw(st.sampled_from(_ZONES))
    zone = ZoneInfo(timezone)
    all_day = draw(st.booleans())
    instant = draw(st.datetimes(min_value=datetime(1975, 1, 1), max_value=datetime(2035, 12, 31)))
    instant = instant.replace(microsecond=0, tzinfo=UTC)
    if all_day:
        day = instant.astimezone(zone).date()
        start = datetime.combine(day, time(), tzinfo=zone)
        end = datetime.combine(day + timedelta(days=draw(st.integers(0, 5))), time(), tzinfo=zone)
    else:
        start = instant.astimezone(zone)
        end = (instant + timedelta(minutes=draw(st.integers(0, 3000)))).astimezone(zone)
    rrule = draw(st.none() | _rules())
    exdates: tuple[datetime, ...] = ()
    if rrule:
        offsets = draw(st.lists(st.integers(1, 400), max_size=3))
        if all_day:
            exdates = tuple(
                datetime.combine(start.date() + timedelta(days=o), time(), tzinfo=zone)
                for o in offsets
            )
        else:
            exdates = tuple((instant + timedelta(days=o)).astimezone(zone) for o in offsets)
    recurrence_id = None
    if not rrule and draw(st.booleans()):
        recurrence_id = start - timedelta(days=draw(st.integers(0, 30))) if not all_day else start
    organizer = draw(st.none() | st.builds(Person, name=_LINE, email=_EMAIL))
    attendees = tuple(
        draw(
            st.lists(
                st.builds(
                    Attendee,
                    email=_EMAIL,
                    name=_LINE,
                    response=st.sampled_from(list(ResponseStatus)),
                    optional=st.booleans(),
                ),
                max_size=3,
            )
        )
    )
    options = draw(
        st.builds(
            MeetingOptions,
            passcode=_LINE,
            waiting_room=st.booleans(),
            host_video=st.booleans(),
            participant_video=st.booleans(),
            join_before_host=st.booleans(),
            mute_on_entry=st.booleans(),
            alternative_hosts=st.lists(_EMAIL, max_size=2).map(tuple),
            agenda=_TEXT,
        )
    )
    extra = draw(
        st.lists(
            st.sampled_from(
                [
                    "SEQUENCE:3",
                    "CATEGORIES:Work,Travel",
                    "X-ALT-DESC;FMTTYPE=text/html:<p>Hi\\, you</p>",
                    "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                    "TRANSP:TRANSPARENT",
                ]
            ),
            unique=True,
            max_size=3,
        )
    )
    if draw(st.booleans()):
        extra += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-PT15M",
            "DESCRIPTION:Soon",
            "END:VALARM",
        ]
    return Event(
        id="generated",
        calendar_id="cal-9",
        uid=draw(_LINE.filter(bool)),
        title=draw(_LINE),
        start=start,
        end=end,
        timezone=timezone,
        all_day=all_day,
        rrule=rrule,
        exdates=exdates,
        recurrence_id=recurrence_id,
        location=draw(_LINE),
        description=draw(_TEXT),
        organizer=organizer,
        attendees=attendees,
        join_url=draw(
            st.none()
            | st.from_regex(
                r"https://[a-z]{1,10}\.example\.com/j/[A-Za-z0-9?=&%,;-]{0,20}", fullmatch=True
            )
        ),
        options=options,
        scheduled_here=draw(st.booleans()),
        private=draw(st.booleans()),
        status=draw(st.sampled_from(list(EventStatus))),
        extra_ical="\r\n".join(extra),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_events(), min_size=1, max_size=4, unique_by=lambda e: (e.uid, e.recurrence_id)))
def test_round_trip_gives_equal_events(events: list[Event]) -> None:
    back = round_trip(*events)
    assert len(back) == len(events)
    for original, parsed in zip(events, back, strict=True):
        assert parsed.id != original.id
        assert same_except_id(parsed, original), (original, parsed)
