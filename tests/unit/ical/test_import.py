"""Importing realistic files from Google, Outlook and Apple."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain import Attendee, Event, EventStatus, Person, ResponseStatus
from desktop.ical import ImportResult, parse_ics
from desktop.recurrence import expand_event

from .samples import APPLE, GOOGLE, OUTLOOK, crlf

NYC = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
AMS = ZoneInfo("Europe/Amsterdam")


def wrap(event_lines: str) -> str:
    return f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{event_lines}END:VEVENT\r\nEND:VCALENDAR\r\n"


def by_title(result: ImportResult) -> dict[str, Event]:
    return {e.title: e for e in result.events}


def test_google_export() -> None:
    result = parse_ics(GOOGLE.encode(), calendar_id="cal-1")
    assert result.problems == []
    events = by_title(result)
    assert set(events) == {
        "Standup",
        "Standup (moved)",
        "Presidents' Day",
        "Call with Tokyo, Berlin & London; quarterly",
    }

    standup = events["Standup"]
    assert standup.calendar_id == "cal-1"
    assert standup.uid == "7kukuqrfedlm2f9t0vr42q2jrb@google.com"
    assert len(standup.id) == 32
    assert standup.start == datetime(2026, 1, 5, 10, tzinfo=NYC)
    assert standup.end - standup.start == timedelta(minutes=15)
    assert standup.timezone == "America/New_York"
    assert standup.rrule == "FREQ=WEEKLY;BYDAY=MO,WE,FR;WKST=SU"
    assert standup.exdates == (datetime(2026, 1, 19, 10, tzinfo=NYC),)
    assert standup.organizer == Person("Alice Example", "alice@example.com")
    assert standup.attendees == (
        Attendee("alice@example.com", "Alice Example", ResponseStatus.ACCEPTED, False),
        Attendee("bob@example.com", "bob@example.com", ResponseStatus.TENTATIVE, False),
        Attendee("carol@example.com", "Carol", ResponseStatus.DECLINED, True),
    )
    assert standup.join_url == "https://meet.google.com/abc-defg-hij"
    assert standup.description.startswith("Daily standup.\n\n-::~:~::~")
    assert "Join with Google Meet: https://meet.google.com/abc-defg-hij\n" in standup.description
    assert "\nPlease do not edit this section.\n" in standup.description
    assert standup.location == ""
    assert standup.status is EventStatus.CONFIRMED
    assert not standup.private
    assert standup.recurrence_id is None
    # Unmodelled properties and the alarm are kept verbatim.
    extra = standup.extra_ical.split("\r\n")
    assert "SEQUENCE:2" in extra
    assert "TRANSP:OPAQUE" in extra
    assert "CREATED:20251220T090000Z" in extra
    assert extra[-5:] == [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H10M0S",
        "END:VALARM",
    ]
    assert not [
        line for line in extra if line.startswith(("DTSTAMP", "X-GOOGLE-CONFERENCE", "UID"))
    ]

    moved = events["Standup (moved)"]
    assert moved.uid == standup.uid
    assert moved.recurrence_id == datetime(2026, 1, 7, 10, tzinfo=NYC)
    assert moved.start == datetime(2026, 1, 7, 14, tzinfo=NYC)
    assert moved.rrule is None

    holiday = events["Presidents' Day"]
    assert holiday.all_day
    # Dates are read in the calendar's X-WR-TIMEZONE.
    assert holiday.timezone == "America/New_York"
    assert holiday.start == datetime(2026, 2, 16, tzinfo=NYC)
    assert holiday.end == datetime(2026, 2, 17, tzinfo=NYC)

    call = events["Call with Tokyo, Berlin & London; quarterly"]
    assert call.timezone == "UTC"
    assert call.start == datetime(2026, 3, 1, 15, tzinfo=UTC)
    assert call.private
    assert call.status is EventStatus.TENTATIVE


def test_google_series_expands_with_its_override() -> None:
    result = parse_ics(GOOGLE)
    events = by_title(result)
    master = events["Standup"]
    override = events["Standup (moved)"]
    assert override.recurrence_id is not None
    week = expand_event(
        master,
        datetime(2026, 1, 5, tzinfo=NYC),
        datetime(2026, 1, 24, tzinfo=NYC),
        skip=[override.recurrence_id],
    )
    assert [s.date() for s, _ in week.occurrences] == [
        date(2026, 1, 5),
        date(2026, 1, 9),
        date(2026, 1, 12),
        date(2026, 1, 14),
        date(2026, 1, 16),
        date(2026, 1, 21),
        date(2026, 1, 23),
    ]


def test_outlook_export_with_windows_zones() -> None:
    result = parse_ics(OUTLOOK.encode())
    assert result.problems == []
    events = by_title(result)
    sync = events["Team sync"]
    assert sync.timezone == "Europe/Berlin"
    assert sync.start == datetime(2026, 1, 12, 9, 30, tzinfo=BERLIN)
    assert sync.end == datetime(2026, 1, 12, 10, tzinfo=BERLIN)
    assert sync.rrule == "FREQ=WEEKLY;UNTIL=20260330T073000Z;BYDAY=MO;WKST=SU"
    assert sync.exdates == (datetime(2026, 1, 26, 9, 30, tzinfo=BERLIN),)
    assert sync.uid.startswith("040000008200E00074C5B7101A82E008")
    assert sync.uid.endswith("A1B2C3D4E5F60718293A4B5C6D7E8F90")
    assert sync.organizer == Person("Max Mustermann", "max@example.com")
    assert [a.email for a in sync.attendees] == ["jane.doe@example.com", "room412@example.com"]
    assert sync.attendees[0].name == "Doe, Jane"
    assert sync.attendees[0].optional
    assert sync.join_url is not None
    assert sync.join_url.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2M")
    assert sync.location == "Microsoft Teams Meeting"
    assert sync.description.startswith("Weekly sync, bring notes\n\n____")
    assert (
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Weekly sync\\, bring notes</p></body></html>"
        in (sync.extra_ical.split("\r\n"))
    )
    assert "X-MICROSOFT-CDO-BUSYSTATUS:BUSY" in sync.extra_ical
    # The series ends on 30 March (UNTIL is inclusive), the 26 January instance is excluded.
    series = expand_event(sync, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
    mondays = [s.date() for s, _ in series.occurrences]
    assert date(2026, 1, 26) not in mondays
    assert mondays[-1] == date(2026, 3, 30)
    assert all(s.hour == 9 and s.minute == 30 for s, _ in series.occurrences)

    deploy = events["Overnight deploy"]
    assert deploy.timezone == "America/Los_Angeles"
    # 01:00 PST to 04:30 PDT across the spring-forward night: 2.5 real hours.
    assert deploy.end.astimezone(UTC) - deploy.start.astimezone(UTC) == timedelta(
        hours=2, minutes=30
    )
    assert deploy.private

    holiday = events["Good Friday"]
    assert holiday.all_day
    assert holiday.start.date() == date(2026, 4, 10)
    assert holiday.end.date() == date(2026, 4, 11)

    vendor = events["Vendor call"]
    # An unknown TZID whose VTIMEZONE has one fixed offset maps to that offset.
    assert vendor.timezone == "Etc/GMT-1"
    assert vendor.start.astimezone(UTC) == datetime(2026, 4, 15, 13, tzinfo=UTC)
    assert vendor.end - vendor.start == timedelta(minutes=45)


def test_apple_export() -> None:
    result = parse_ics(APPLE.encode())
    assert result.problems == []
    events = by_title(result)
    concert = events["Concert 🎻 Mahler"]
    assert concert.timezone == "Europe/Amsterdam"
    assert concert.start == datetime(2026, 3, 20, 20, tzinfo=AMS)
    assert (
        concert.location == "Concertgebouw\nConcertgebouwplein 10, 1071 LN Amsterdam, Netherlands"
    )
    # An http URL is not a join link: it stays in extra_ical, as does the alarm sound name.
    assert concert.join_url is None
    assert "URL;VALUE=URI:http://www.concertgebouw.nl/" in concert.extra_ical.split("\r\n")
    assert "ATTACH;VALUE=URI:Chord" in concert.extra_ical.split("\r\n")
    assert concert.extra_ical.count("X-APPLE-STRUCTURED-LOCATION") == 1

    birthday = events["Birthday of Sam"]
    assert birthday.all_day
    assert birthday.rrule == "FREQ=YEARLY"
    assert birthday.timezone == "Europe/Amsterdam"
    years = expand_event(
        birthday, datetime(2026, 1, 1, tzinfo=AMS), datetime(2028, 1, 1, tzinfo=AMS)
    )
    assert [s.date() for s, _ in years.occurrences] == [date(2026, 6, 15), date(2027, 6, 15)]

    coffee = events["Coffee (from an old Thunderbird export)"]
    assert coffee.timezone == "Europe/Berlin"
    assert coffee.start == datetime(2026, 4, 1, 8, 30, tzinfo=BERLIN)


def test_floating_times_use_the_system_zone_without_x_wr_timezone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    text = crlf("""
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:f1
DTSTART:20260601T090000
SUMMARY:Floating
END:VEVENT
BEGIN:VEVENT
UID:f2
DTSTART;VALUE=DATE:20260602
SUMMARY:All day
END:VEVENT
END:VCALENDAR
""")
    result = parse_ics(text)
    events = by_title(result)
    assert events["Floating"].timezone == "Europe/Amsterdam"
    assert events["Floating"].start == datetime(2026, 6, 1, 9, tzinfo=AMS)
    assert events["Floating"].end - events["Floating"].start == timedelta(hours=1)  # default
    assert events["All day"].start == datetime(2026, 6, 2, tzinfo=AMS)
    assert events["All day"].end == datetime(2026, 6, 3, tzinfo=AMS)  # default: one day


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("DTSTART:20260601T090000Z\r\nDURATION:PT1H30M", timedelta(hours=1, minutes=30)),
        ("DTSTART:20260601T090000Z\r\nDURATION:P1W", timedelta(weeks=1)),
        ("DTSTART:20260601T090000Z\r\nDURATION:P1DT2H", timedelta(days=1, hours=2)),
        ("DTSTART:20260601T090000Z\r\nDTEND:20260601T090000Z", timedelta(0)),
        ("DTSTART;VALUE=DATE:20260601\r\nDURATION:P3D", timedelta(days=3)),
    ],
)
def test_durations(lines: str, expected: timedelta) -> None:
    text = wrap(f"UID:d\r\nSUMMARY:D\r\n{lines}\r\n")
    result = parse_ics(text)
    assert result.problems == []
    event = result.events[0]
    assert event.end.astimezone(UTC) - event.start.astimezone(UTC) == expected


def test_confidential_is_private_and_unknown_values_have_defaults() -> None:
    text = crlf("""
BEGIN:VCALENDAR
BEGIN:VEVENT
UID:c
DTSTART:20260601T090000Z
CLASS:CONFIDENTIAL
STATUS:WHATEVER
SUMMARY:  Secret\t
ATTENDEE;PARTSTAT=DELEGATED:mailto:x@example.com
ATTENDEE;CUTYPE=RESOURCE:urn:uuid:1234
ORGANIZER:urn:uuid:5678
END:VEVENT
END:VCALENDAR
""")
    event = parse_ics(text).events[0]
    assert event.private
    assert event.status is EventStatus.CONFIRMED
    assert event.title == "Secret"
    assert event.attendees == (Attendee("x@example.com", "", ResponseStatus.NEEDS_ACTION, False),)
    assert event.organizer is None
    # Non-address participants are kept verbatim.
    assert "ATTENDEE;CUTYPE=RESOURCE:urn:uuid:1234" in event.extra_ical
    assert "ORGANIZER:urn:uuid:5678" in event.extra_ical


def test_join_url_only_from_https() -> None:
    def read(props: str) -> Event:
        text = wrap(f"UID:j\r\nDTSTART:20260601T090000Z\r\n{props}")
        return parse_ics(text).events[0]

    assert read("URL:https://zoom.us/j/123\r\n").join_url == "https://zoom.us/j/123"
    assert read("URL:http://zoom.us/j/123\r\n").join_url is None
    assert read("URL:javascript:alert(1)\r\n").join_url is None
    assert read("URL:https://evil.example\\@zoom.us/j/1\r\n").join_url is None
    assert read("URL:https://user@zoom.us/j/1\r\n").join_url is None
    assert read("URL:file://host/share/x.exe\r\n").join_url is None
    both = read("URL:https://example.com/page\r\nX-GOOGLE-CONFERENCE:https://meet.google.com/x\r\n")
    assert both.join_url == "https://meet.google.com/x"
    assert "URL:https://example.com/page" in both.extra_ical


def test_multiple_calendars_and_duplicate_uids() -> None:
    one = "BEGIN:VEVENT\r\nUID:same\r\nDTSTART:20260601T090000Z\r\nSUMMARY:First\r\nEND:VEVENT\r\n"
    two = one.replace("First", "Second")
    text = f"BEGIN:VCALENDAR\r\n{one}END:VCALENDAR\r\nBEGIN:VCALENDAR\r\n{two}END:VCALENDAR\r\n"
    result = parse_ics(text)
    assert [e.title for e in result.events] == ["First"]
    assert result.problems == ["Event 'Second' skipped: another event in the file has the same UID"]


def test_missing_uid_is_made_up_and_noted() -> None:
    text = wrap("DTSTART:20260601T090000Z\r\nSUMMARY:No id\r\n")
    result = parse_ics(text)
    assert result.events[0].uid.endswith("@meetdesk")
    assert result.problems == ["Event 'No id': it had no usable UID, so one was made up"]


def test_bom_and_leading_whitespace_are_accepted() -> None:
    text = "\ufeff\r\n  " + GOOGLE
    assert len(parse_ics(text.encode("utf-8")).events) == 4
    assert len(parse_ics(text.encode("utf-16")).events) == 4
    assert len(parse_ics(text).events) == 4
