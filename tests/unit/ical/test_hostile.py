"""Hostile .ics input (reliability-security.md 2.2, tests 23-29).

Every case checks the outcome (refusal, skipped event with a clear problem,
bounded expansion); none asserts a duration. A hang would show up as a test
that never ends.
"""

from __future__ import annotations

import builtins
import os
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.ical import IcsError, ImportResult, parse_ics, reader
from desktop.recurrence import expand_event

MARCH = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))


def calendar(body: str, head: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + head
        + "BEGIN:VEVENT\r\nUID:u1\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Standup\r\n"
        + body
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def one_problem(result: ImportResult) -> str:
    assert result.events == []
    assert len(result.problems) == 1
    return result.problems[0]


# --------------------------------------------------------------------------- recurrence bombs


def test_secondly_with_a_billion_count_is_refused_per_event() -> None:
    result = parse_ics(
        calendar("DTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY;COUNT=1000000000\r\n")
    )
    assert one_problem(result) == "Event 'Standup' skipped: Repeating every second is not supported"


def test_daily_with_a_billion_count_is_kept_and_expands_boundedly() -> None:
    result = parse_ics(
        calendar("DTSTART:20000101T090000Z\r\nRRULE:FREQ=DAILY;COUNT=1000000000\r\n")
    )
    assert result.problems == []
    expansion = expand_event(result.events[0], *MARCH)
    assert len(expansion.occurrences) == 31
    assert not expansion.truncated


def test_interval_zero_is_refused() -> None:
    body = (
        "DTSTART:20000101T090000Z\r\n"
        "RRULE:FREQ=MONTHLY;INTERVAL=0;BYDAY=MO;BYMONTHDAY=1;UNTIL=20260101T000000Z\r\n"
    )
    assert (
        one_problem(parse_ics(calendar(body)))
        == "Event 'Standup' skipped: INTERVAL must be at least 1"
    )


def test_rrule_and_exrule_minutely() -> None:
    body = "DTSTART:20000101T090000Z\r\nRRULE:FREQ=MINUTELY\r\nEXRULE:FREQ=MINUTELY\r\n"
    assert one_problem(parse_ics(calendar(body))) == (
        "Event 'Standup' skipped: Repeating every minute is not supported"
    )
    # A daily rule with a minutely EXRULE keeps the event and drops the EXRULE.
    kept = parse_ics(
        calendar("DTSTART:20000101T090000Z\r\nRRULE:FREQ=DAILY\r\nEXRULE:FREQ=MINUTELY\r\n")
    )
    assert kept.problems == [
        "Event 'Standup': its exclusion rule (EXRULE) is not supported and was dropped"
    ]
    assert "EXRULE" not in kept.events[0].extra_ical
    assert len(expand_event(kept.events[0], *MARCH).occurrences) == 31


def test_never_matching_rule_is_kept_and_expands_to_nothing() -> None:
    result = parse_ics(
        calendar("DTSTART:19000101T090000Z\r\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n")
    )
    assert result.problems == []
    expansion = expand_event(result.events[0], *MARCH)
    assert expansion.occurrences == []
    assert not expansion.truncated


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("FREQ=HOURLY", "Repeating every hour is not supported"),
        ("FREQ=DAILY;BYHOUR=1,2,3", "Repeating at several times of day (BYHOUR) is not supported"),
        ("FREQ=YEARLY;BYWEEKNO=1", "Repeating in numbered weeks (BYWEEKNO) is not supported"),
        ("FREQ=DAILY;COUNT=5;COUNT=6", "The repeat rule part COUNT appears more than once"),
        ("FREQ=MONTHLY;BYMONTHDAY=99", "BYMONTHDAY must be between -31 and 31, not 0"),
        ("FREQ=DAILY;X-CUSTOM=1", "Unknown repeat rule part 'X-CUSTOM'"),
    ],
)
def test_other_refused_rules_name_the_reason(rule: str, reason: str) -> None:
    result = parse_ics(calendar(f"DTSTART:20260101T090000Z\r\nRRULE:{rule}\r\n"))
    assert one_problem(result) == f"Event 'Standup' skipped: {reason}"


# --------------------------------------------------------------------------- VTIMEZONE bomb

BOMB_ZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n{extra}"
    "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nRRULE:FREQ=MINUTELY\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:19700101T000000\r\nRRULE:FREQ=SECONDLY\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


@pytest.fixture
def icalendar_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if anything in icalendar parses or evaluates a calendar during the test."""
    import icalendar
    from icalendar.cal.timezone import Timezone

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("icalendar must not be used to read untrusted files")

    monkeypatch.setattr(icalendar.Component, "from_ical", classmethod(forbidden))
    monkeypatch.setattr(Timezone, "to_tz", forbidden)


@pytest.mark.usefixtures("icalendar_untouched")
def test_vtimezone_bomb_with_an_iana_name_is_replaced_by_the_real_zone() -> None:
    text = calendar(
        "DTSTART;TZID=Europe/Berlin:20260105T090000\r\n",
        head=BOMB_ZONE.format(tzid="Europe/Berlin", extra=""),
    )
    result = parse_ics(text)
    assert result.problems == []
    event = result.events[0]
    assert event.timezone == "Europe/Berlin"
    assert event.start == datetime(2026, 1, 5, 9, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.usefixtures("icalendar_untouched")
def test_vtimezone_bomb_with_an_unknown_name_skips_the_event() -> None:
    text = calendar(
        "DTSTART;TZID=Bomb:20260105T090000\r\n", head=BOMB_ZONE.format(tzid="Bomb", extra="")
    )
    assert one_problem(parse_ics(text)) == "Event 'Standup' skipped: unknown time zone 'Bomb'"
    windows = calendar(
        "DTSTART;TZID=W. Europe Standard Time:20260105T090000\r\n",
        head=BOMB_ZONE.format(tzid="W. Europe Standard Time", extra=""),
    )
    assert parse_ics(windows).events[0].timezone == "Europe/Berlin"


def test_vtimezone_location_hint_is_used_only_when_safe() -> None:
    good = calendar(
        "DTSTART;TZID=Custom 1:20260105T090000\r\n",
        head=BOMB_ZONE.format(tzid="Custom 1", extra="X-LIC-LOCATION:Europe/Lisbon\r\n"),
    )
    assert parse_ics(good).events[0].timezone == "Europe/Lisbon"
    bad = calendar(
        "DTSTART;TZID=Custom 2:20260105T090000\r\n",
        head=BOMB_ZONE.format(tzid="Custom 2", extra="X-LIC-LOCATION:/etc/passwd\r\n"),
    )
    assert one_problem(parse_ics(bad)) == "Event 'Standup' skipped: unknown time zone 'Custom 2'"


# --------------------------------------------------------------------------- TZID tricks


@pytest.mark.parametrize(
    "tzid",
    [
        "/etc/passwd",
        "../../x",
        "//host/share/tz",
        "\\\\host\\share\\tz",
        "../../../etc/localtime",
        "/usr/share/zoneinfo/../../../etc/passwd",
        "Mars/Olympus_Mons",
        "localtime",
    ],
)
def test_path_like_and_unknown_tzids_skip_the_event(
    tzid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    real_open = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(os.fspath(file) if isinstance(file, str | Path) else repr(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    quoted = f'"{tzid}"' if any(c in tzid for c in ",;:") else tzid
    text = calendar(
        f"DTSTART;TZID={quoted}:20260105T090000\r\nDTEND;TZID={quoted}:20260105T100000\r\n"
    )
    problem = one_problem(parse_ics(text))
    assert problem == f"Event 'Standup' skipped: unknown time zone '{tzid}'"
    assert not [p for p in opened if "passwd" in p or "share" in p or "localtime" in p]


def test_unknown_tzid_in_an_exdate_is_noted_not_fatal() -> None:
    text = calendar(
        "DTSTART:20260105T090000Z\r\nRRULE:FREQ=DAILY\r\nEXDATE;TZID=/etc/passwd:20260106T090000\r\n"
    )
    result = parse_ics(text)
    assert result.events[0].exdates == ()
    assert result.problems == [
        "Event 'Standup': one of its excluded dates could not be read and was ignored"
    ]


# --------------------------------------------------------------------------- structure and size


def test_fifty_thousand_nested_vevents_are_refused() -> None:
    text = (
        "BEGIN:VCALENDAR\r\n"
        + "BEGIN:VEVENT\r\n" * 50_000
        + "END:VEVENT\r\n" * 50_000
        + "END:VCALENDAR\r\n"
    )
    with pytest.raises(IcsError, match="nests items more than 8 deep"):
        parse_ics(text)


def test_depth_limit_is_exact() -> None:
    def nested(depth: int) -> str:
        names = [f"X-C{i}" for i in range(depth - 1)]
        inner = "".join(f"BEGIN:{n}\r\n" for n in names) + "".join(
            f"END:{n}\r\n" for n in reversed(names)
        )
        return f"BEGIN:VCALENDAR\r\n{inner}END:VCALENDAR\r\n"

    parse_ics(nested(8))
    with pytest.raises(IcsError):
        parse_ics(nested(9))
    with pytest.raises(IcsError):
        parse_ics(nested(4), max_depth=3)


def test_a_nested_vevent_inside_an_event_is_ignored_with_a_note() -> None:
    text = calendar(
        "DTSTART:20260105T090000Z\r\nBEGIN:VEVENT\r\nUID:inner\r\nDTSTART:20260105T090000Z\r\nEND:VEVENT\r\n"
    )
    result = parse_ics(text)
    assert [e.uid for e in result.events] == ["u1"]
    assert result.problems == ["Event 'Standup': a nested 'VEVENT' inside it was ignored"]


def test_too_many_components_are_refused() -> None:
    events = "BEGIN:VEVENT\r\nEND:VEVENT\r\n" * 20_000
    with pytest.raises(IcsError, match="more than 20,000 items"):
        parse_ics(f"BEGIN:VCALENDAR\r\n{events}END:VCALENDAR\r\n")
    with pytest.raises(IcsError, match="more than 10 items"):
        parse_ics(
            calendar("DTSTART:20260101T090000Z\r\n" + "BEGIN:VALARM\r\nEND:VALARM\r\n" * 10),
            max_components=10,
        )


def test_hundred_thousand_events_are_refused() -> None:
    event = (
        "BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:20260101T090000Z\r\n"
        "SUMMARY:Event number {i}\r\nEND:VEVENT\r\n"
    )
    text = (
        "BEGIN:VCALENDAR\r\n"
        + "".join(event.format(i=i) for i in range(100_000))
        + "END:VCALENDAR\r\n"
    )
    assert len(text) > 9_000_000
    with pytest.raises(IcsError, match="larger than 5 MB"):
        parse_ics(text.encode())
    # Under a larger size cap the line cap refuses it; a third of it, the item cap.
    with pytest.raises(IcsError, match="more than 500,000 lines"):
        parse_ics(text, max_bytes=20_000_000)
    third = "BEGIN:VCALENDAR\r\n" + "".join(event.format(i=i) for i in range(30_000))
    with pytest.raises(IcsError, match="more than 20,000 items"):
        parse_ics(third)


def test_six_megabyte_file_is_refused() -> None:
    data = calendar("DTSTART:20260101T090000Z\r\nDESCRIPTION:" + "x" * 6_000_000 + "\r\n").encode()
    with pytest.raises(IcsError) as caught:
        parse_ics(data)
    assert str(caught.value) == "The file is larger than 5 MB"
    with pytest.raises(IcsError, match="larger than 1 MB"):
        parse_ics(data, max_bytes=1_000_000)


def test_too_many_lines_are_refused() -> None:
    text = "BEGIN:VCALENDAR\r\n" + "X:y\r\n" * 600_000 + "END:VCALENDAR\r\n"
    with pytest.raises(IcsError, match="more than 500,000 lines"):
        parse_ics(text, max_bytes=10_000_000)


def test_two_megabyte_description_is_capped() -> None:
    result = parse_ics(
        calendar("DTSTART:20260101T090000Z\r\nDESCRIPTION:" + "ab\\n" * 500_000 + "\r\n")
    )
    event = result.events[0]
    assert len(event.description) == 1_000_000
    assert event.description.startswith("ab\nab\n")
    assert result.problems == [
        "Event 'Standup': the description was shortened to 1,000,000 characters"
    ]
    small = parse_ics(
        calendar("DTSTART:20260101T090000Z\r\nDESCRIPTION:" + "x" * 5000 + "\r\n"),
        max_field_chars=100,
    )
    assert len(small.events[0].description) == 100


def test_huge_unknown_properties_are_dropped_from_extra() -> None:
    result = parse_ics(
        calendar(
            "DTSTART:20260101T090000Z\r\nX-SMALL:1\r\nX-ALT-DESC:" + "<img>" * 300_000 + "\r\n"
        ),
        max_field_chars=100_000,
    )
    event = result.events[0]
    assert event.extra_ical == "X-SMALL:1"
    assert result.problems == [
        "Event 'Standup': some very large unrecognised properties were dropped"
    ]


def test_an_event_with_too_many_properties_is_skipped() -> None:
    result = parse_ics(
        calendar("DTSTART:20260101T090000Z\r\n" + "ATTENDEE:mailto:a@b.c\r\n" * 30_000)
    )
    assert one_problem(result) == "Event 'Standup' skipped: it has more than 20,000 properties"


def test_long_lines_and_many_exdates() -> None:
    values = ",".join(
        [f"2026{m:02d}{d:02d}T090000Z" for m in range(1, 13) for d in range(1, 29)] * 20
    )
    result = parse_ics(
        calendar(f"DTSTART:20260101T090000Z\r\nRRULE:FREQ=DAILY\r\nEXDATE:{values}\r\n")
    )
    assert len(result.events[0].exdates) == 5000
    assert result.problems == ["Event 'Standup': only its first 5,000 excluded dates were kept"]


# --------------------------------------------------------------------------- bad values


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("DTSTART:20260230T090000Z\r\n", "it has an impossible date '20260230T090000Z'"),
        ("DTSTART:20261301T090000Z\r\n", "it has an impossible date '20261301T090000Z'"),
        ("DTSTART:20260101T250000Z\r\n", "it has an impossible date '20260101T250000Z'"),
        ("DTSTART;VALUE=DATE:20260230\r\n", "it has an impossible date '20260230'"),
        ("DTSTART:tomorrow\r\n", "it has an unreadable date 'tomorrow'"),
        ("DTSTART:20260101T090000Z\r\nDTEND:20260101T080000Z\r\n", "it ends before it starts"),
        ("DTSTART:20260101T090000Z\r\nDURATION:-PT1H\r\n", "it ends before it starts"),
        ("DTSTART:20260101T090000Z\r\nDURATION:P\r\n", "it has an unreadable duration 'P'"),
        (
            "DTSTART:99991231T230000Z\r\nDURATION:P9999999D\r\n",
            "it has a date outside the supported range",
        ),
        ("DTEND:20260101T090000Z\r\n", "it has no start time"),
    ],
)
def test_impossible_values_skip_the_event(body: str, reason: str) -> None:
    assert one_problem(parse_ics(calendar(body))) == f"Event 'Standup' skipped: {reason}"


def test_bad_utf8_is_replaced_and_noted() -> None:
    data = calendar("DTSTART:20260101T090000Z\r\n").encode().replace(b"Standup", b"Stand\xff\xfeup")
    result = parse_ics(data)
    assert result.events[0].title == "Stand\ufffd\ufffdup"
    assert result.problems == ["Some characters are not valid UTF-8 and were replaced by '\ufffd'."]


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", "\ufeff".encode(), ""])
def test_empty_files_are_refused(data: bytes | str) -> None:
    with pytest.raises(IcsError, match="The file is empty"):
        parse_ics(data)


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(100_000),
        b"\x00" * 1000,
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nEND:VCARD\r\n",
        b"<html><body>BEGIN:VCALENDAR</body></html>",
        b"%PDF-1.4 binary",
    ],
)
def test_binary_junk_and_other_formats_are_refused(data: bytes) -> None:
    with pytest.raises(IcsError, match="This is not an iCalendar file"):
        parse_ics(data)


def test_truncated_file_skips_the_unfinished_event() -> None:
    text = (
        calendar("DTSTART:20260101T090000Z\r\n")
        + "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:cut\r\nSUMMARY:Cut\r\nDTSTART:2026"
    )
    result = parse_ics(text)
    assert [e.title for e in result.events] == ["Standup"]
    assert result.problems == ["Event 'Cut' skipped: the file ends in the middle of it"]


def test_dangerous_attachments_and_procedure_alarms_are_removed() -> None:
    body = (
        "DTSTART:20260101T090000Z\r\n"
        "ATTACH:file:///C:/Windows/System32/calc.exe\r\n"
        "ATTACH:\\\\attacker\\share\\x.wav\r\n"
        "ATTACH:https://files.example.com/agenda.pdf\r\n"
        "BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT5M\r\nATTACH;VALUE=URI:file://attacker/share/ring.wav\r\nEND:VALARM\r\n"
        "BEGIN:VALARM\r\nACTION:PROCEDURE\r\nTRIGGER:-PT5M\r\nATTACH:file:///bin/sh\r\nEND:VALARM\r\n"
    )
    result = parse_ics(calendar(body))
    extra = result.events[0].extra_ical
    assert "calc.exe" not in extra
    assert "attacker" not in extra
    assert "/bin/sh" not in extra
    assert "ATTACH:https://files.example.com/agenda.pdf" in extra
    assert "BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT5M\r\nEND:VALARM" in extra
    assert set(result.problems) == {
        "Event 'Standup': a reminder that would run a program was removed",
        "Event 'Standup': links to local or network files were removed from its attachments",
    }


def test_unreadable_lines_inside_an_event_are_counted() -> None:
    result = parse_ics(calendar("DTSTART:20260101T090000Z\r\nthis is not a line\r\nX Y:z\r\n"))
    assert result.events[0].title == "Standup"
    assert result.problems == ["Event 'Standup': 2 unreadable lines in it were ignored"]


def test_titles_and_labels_are_plain_bounded_text() -> None:
    long_title = "T" * 5000
    result = parse_ics(
        calendar("DTSTART:20260101T090000Z\r\n").replace(
            "SUMMARY:Standup", f"SUMMARY:{long_title}\\n<b>x\x07</b>"
        )
    )
    event = result.events[0]
    assert len(event.title) == 1000
    assert result.problems == [f"Event '{'T' * 39}…': the title was shortened to 1000 characters"]
    control = parse_ics(
        calendar("DTSTART:20260101T090000Z\r\n").replace("Standup", "Stand\x1b[31mup")
    )
    assert control.events[0].title == "Stand[31mup"


# --------------------------------------------------------------------------- fuzzing

_VOCABULARY = [
    "BEGIN:VEVENT",
    "END:VEVENT",
    "BEGIN:VALARM",
    "END:VALARM",
    "BEGIN:VTIMEZONE",
    "END:VTIMEZONE",
    "BEGIN:STANDARD",
    "END:STANDARD",
    "BEGIN:VCALENDAR",
    "END:VCALENDAR",
    "UID:x",
    "UID:",
    "SUMMARY:Hi\\, there\\n",
    "SUMMARY",
    "DTSTART:20260101T090000Z",
    "DTSTART;TZID=Europe/Berlin:20260101T090000",
    "DTSTART;TZID=/etc/passwd:20260101T090000",
    "DTSTART;TZID=W. Europe Standard Time:20260101T090000",
    'DTSTART;TZID="unterminated:20260101',
    "DTSTART;VALUE=DATE:20260101",
    "DTSTART:20260230",
    "DTSTART:",
    "DTEND:20251231T000000Z",
    "DTEND;VALUE=DATE:20260102",
    "DURATION:PT1H",
    "DURATION:-P1D",
    "DURATION:P99999999W",
    "RRULE:FREQ=DAILY;COUNT=1000000000",
    "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=MONTHLY;INTERVAL=0",
    "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "RRULE:",
    "EXDATE:20260102T090000Z,garbage",
    "EXDATE;VALUE=DATE:20260103",
    "RECURRENCE-ID:20260102T090000Z",
    "RECURRENCE-ID;RANGE=THISANDFUTURE:20260102",
    'ATTENDEE;CN="A, B";PARTSTAT=ACCEPTED:mailto:a@b.c',
    "ATTENDEE:mailto:",
    "ORGANIZER;CN=^n^':invalid:nomail",
    "URL:https://zoom.us/j/1",
    "X-GOOGLE-CONFERENCE:https://meet.google.com/x",
    "X-MEETDESK-WAITING-ROOM:TRUE",
    "X-MEETDESK-ALTERNATIVE-HOSTS:a\\,b,c",
    "X-MEETDESK-TZID:Asia/Tokyo",
    "ATTACH:file:///etc/passwd",
    "ACTION:PROCEDURE",
    "CLASS:PRIVATE",
    "STATUS:CANCELLED",
    "TZID:Europe/Berlin",
    "TZOFFSETTO:+0100",
    "X-LIC-LOCATION:../../x",
    "X-WR-TIMEZONE:America/New_York",
    " folded continuation",
    "\ttab continuation",
    ":",
    ";;;",
    "\x00\x01",
    "é漢字😀",
]


@st.composite
def _ics_like(draw: st.DrawFn) -> bytes | str:
    lines = draw(st.lists(st.sampled_from(_VOCABULARY) | st.text(max_size=40), max_size=40))
    text = "BEGIN:VCALENDAR\r\n" + "\r\n".join(lines)
    if draw(st.booleans()):
        text += "\r\nEND:VCALENDAR\r\n"
    if draw(st.booleans()):
        return text.encode("utf-8", errors="surrogatepass")
    return text


@pytest.fixture
def strict(monkeypatch: pytest.MonkeyPatch) -> None:
    # Surface unexpected exceptions instead of a generic per-event problem.
    monkeypatch.setattr(reader, "STRICT", True)


@pytest.mark.usefixtures("strict")
@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=_ics_like() | st.binary(max_size=2000) | st.text(max_size=2000))
def test_fuzz_only_import_result_or_ics_error(data: bytes | str) -> None:
    try:
        result = parse_ics(data)
    except IcsError as exc:
        assert str(exc)
        return
    assert isinstance(result, ImportResult)
    for event in result.events:
        assert event.start.tzinfo is not None
        assert event.end >= event.start
        assert event.timezone
        assert len(event.title) <= 1000
