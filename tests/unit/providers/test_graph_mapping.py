"""Graph JSON <-> domain translation (desktop.providers.graph.mapping)."""

from __future__ import annotations

import calendar as calendar_module
import copy
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

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
from desktop.providers.graph.mapping import (
    MAX_DESCRIPTION_CHARS,
    MAX_TITLE_CHARS,
    PRIVATE_TITLE,
    UnsupportedRecurrence,
    calendar_from_graph,
    contact_from_graph,
    contact_to_graph,
    event_from_graph,
    event_to_graph,
    folder_from_graph,
    parse_graph_datetime,
    recurrence_to_rrule,
    rrule_to_recurrence,
)
from desktop.recurrence import expand, parse_rrule

BERLIN = ZoneInfo("Europe/Berlin")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

OWN = Calendar(id="cal-1", account_id="acc-1", name="Calendar", remote_id="AAMkCal=")
BOSS = Person(name="Dana Swope", email="danas@contoso.com")
SHARED_NO_PRIVATE = Calendar(
    id="cal-2",
    account_id="acc-1",
    name="Dana's calendar",
    owner=BOSS,
    can_view_private=False,
    remote_id="AAMkShared=",
)
TEAMS_URL = (
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzIyNzhlMGEtM2YyZC00ZmY0"
    "%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d"
)


def teams_event() -> dict[str, Any]:
    """Shaped like the "get event" example in the Graph v1.0 docs."""
    return {
        "@odata.etag": 'W/"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ=="',
        "id": "AAMkAGIAAAoZDOFAAA=",
        "createdDateTime": "2026-11-10T03:00:50.7579581Z",
        "lastModifiedDateTime": "2026-11-10T03:00:51.245372Z",
        "changeKey": "ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==",
        "categories": ["Red category"],
        "transactionId": None,
        "originalStartTimeZone": "Pacific Standard Time",
        "originalEndTimeZone": "Pacific Standard Time",
        "iCalUId": "040000008200E00074C5B7101A82E00800000000DA2B357D94B5D201",
        "reminderMinutesBeforeStart": 15,
        "isReminderOn": True,
        "hasAttachments": False,
        "subject": "Let's go for lunch <b>now</b>",
        "bodyPreview": "Does noon work for you?",
        "importance": "normal",
        "sensitivity": "normal",
        "isAllDay": False,
        "isCancelled": False,
        "isOrganizer": False,
        "responseRequested": True,
        "seriesMasterId": None,
        "showAs": "busy",
        "type": "singleInstance",
        "webLink": "https://outlook.office365.com/owa/?itemid=AAMkAGIAAAoZDOFAAA%3D",
        "onlineMeetingUrl": None,
        "isOnlineMeeting": True,
        "onlineMeetingProvider": "teamsForBusiness",
        "responseStatus": {"response": "notResponded", "time": "0001-01-01T00:00:00Z"},
        "body": {
            "contentType": "html",
            "content": (
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                "</head><body><p>Does noon work for you?</p>"
                f'<a href="{TEAMS_URL}">Join the meeting now</a></body></html>'
            ),
        },
        "start": {"dateTime": "2026-11-23T17:00:00.0000000", "timeZone": "UTC"},
        "end": {"dateTime": "2026-11-23T18:00:00.0000000", "timeZone": "UTC"},
        "location": {
            "displayName": "Harry's Bar",
            "locationType": "default",
            "uniqueId": "Harry's Bar",
            "uniqueIdType": "private",
        },
        "locations": [{"displayName": "Harry's Bar", "locationType": "default"}],
        "recurrence": None,
        "attendees": [
            {
                "type": "required",
                "status": {"response": "none", "time": "0001-01-01T00:00:00Z"},
                "emailAddress": {"name": "Samantha Booth", "address": "samanthab@contoso.com"},
            },
            {
                "type": "optional",
                "status": {"response": "accepted", "time": "2026-11-10T04:00:00Z"},
                "emailAddress": {"name": "Alex Wilber", "address": "alexw@contoso.com"},
            },
            {
                "type": "required",
                "status": {"response": "declined", "time": "2026-11-10T05:00:00Z"},
                "emailAddress": {"name": "Megan Bowen", "address": "meganb@contoso.com"},
            },
            {
                "type": "required",
                "status": {"response": "tentativelyAccepted", "time": "2026-11-10T06:00:00Z"},
                "emailAddress": {"name": "Lee Gu", "address": "leeg@contoso.com"},
            },
            {
                "type": "required",
                "status": {"response": "organizer", "time": "0001-01-01T00:00:00Z"},
                "emailAddress": {"name": "Dana Swope", "address": "danas@contoso.com"},
            },
            {
                "type": "required",
                "status": {"response": "notResponded", "time": "0001-01-01T00:00:00Z"},
                "emailAddress": {"name": "", "address": "nobody@contoso.com"},
            },
        ],
        "organizer": {"emailAddress": {"name": "Dana Swope", "address": "danas@contoso.com"}},
        "onlineMeeting": {
            "joinUrl": TEAMS_URL,
            "conferenceId": "177513992",
            "tollNumber": "+1 425 555 0123",
        },
    }


# --------------------------------------------------------------------------- date-times


def test_graph_datetime_with_seven_digit_fraction_and_windows_zone() -> None:
    moment = parse_graph_datetime(
        {"dateTime": "2026-11-23T09:00:00.1234567", "timeZone": "W. Europe Standard Time"}
    )
    assert moment == datetime(2026, 11, 23, 9, 0, 0, 123456, tzinfo=BERLIN)
    assert moment.utcoffset() == timedelta(hours=1)
    assert getattr(moment.tzinfo, "key", None) == "Europe/Berlin"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("UTC", datetime(2026, 7, 1, 9, tzinfo=UTC)),
        ("Pacific Standard Time", datetime(2026, 7, 1, 16, tzinfo=UTC)),
        ("Europe/Amsterdam", datetime(2026, 7, 1, 7, tzinfo=UTC)),
        ("tzone://Microsoft/Utc", datetime(2026, 7, 1, 9, tzinfo=UTC)),
    ],
)
def test_graph_datetime_zone_names(zone: str, expected: datetime) -> None:
    moment = parse_graph_datetime({"dateTime": "2026-07-01T09:00:00.0000000", "timeZone": zone})
    assert moment == expected
    assert (moment.hour, moment.minute) == (9, 0)  # wall time in the named zone


def test_graph_datetime_with_offset_is_converted_to_the_zone() -> None:
    moment = parse_graph_datetime({"dateTime": "2026-07-01T09:00:00Z", "timeZone": "Europe/Berlin"})
    assert moment.hour == 11 and moment.tzinfo == BERLIN


@pytest.mark.parametrize(
    "value",
    [
        {"dateTime": "2026-11-23T09:00:00.0000000", "timeZone": "Mars Standard Time"},
        {"dateTime": "2026-11-23T09:00:00.0000000", "timeZone": None},
        {"dateTime": "2026-11-23T09:00:00.0000000"},
        {"dateTime": None, "timeZone": "UTC"},
        {"dateTime": "yesterday", "timeZone": "UTC"},
        {"dateTime": "2026-02-30T09:00:00", "timeZone": "UTC"},
        {"dateTime": "2026-11-23T09:00:00.0000000", "timeZone": "../../etc/passwd"},
    ],
)
def test_graph_datetime_refuses_unknown_zones_and_bad_values(value: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        parse_graph_datetime(value)


# --------------------------------------------------------------------------- events in


def test_teams_event_from_graph() -> None:
    event = event_from_graph(teams_event(), OWN)
    assert event.id == "" and event.calendar_id == "cal-1"
    assert event.remote_id == "AAMkAGIAAAoZDOFAAA="
    assert event.etag == 'W/"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ=="'
    assert event.uid == "040000008200E00074C5B7101A82E00800000000DA2B357D94B5D201"
    assert event.title == "Let's go for lunch <b>now</b>"  # plain text, verbatim
    # 17:00 UTC is 09:00 in Los Angeles, the zone the organizer picked.
    assert event.timezone == "America/Los_Angeles"
    assert event.start == datetime(2026, 11, 23, 9, tzinfo=LOS_ANGELES)
    assert event.start.tzinfo == LOS_ANGELES and event.start.hour == 9
    assert event.duration == timedelta(hours=1)
    assert not event.all_day and event.rrule is None and event.recurrence_id is None
    assert event.location == "Harry's Bar"
    assert event.description.startswith("<html>") and TEAMS_URL in event.description
    assert event.join_url == TEAMS_URL
    assert event.organizer == BOSS
    assert event.status is EventStatus.CONFIRMED and not event.private
    assert event.attendees == (
        Attendee("samanthab@contoso.com", "Samantha Booth", ResponseStatus.NEEDS_ACTION),
        Attendee("alexw@contoso.com", "Alex Wilber", ResponseStatus.ACCEPTED, optional=True),
        Attendee("meganb@contoso.com", "Megan Bowen", ResponseStatus.DECLINED),
        Attendee("leeg@contoso.com", "Lee Gu", ResponseStatus.TENTATIVE),
        Attendee("danas@contoso.com", "Dana Swope", ResponseStatus.ACCEPTED),
        Attendee("nobody@contoso.com", "", ResponseStatus.NEEDS_ACTION),
    )


def test_event_in_windows_zone_without_original_zone_keeps_the_value_zone() -> None:
    data = teams_event()
    data["originalStartTimeZone"] = "Customized Time Zone"  # Outlook's unnamed zone
    data["start"] = {
        "dateTime": "2026-11-23T09:00:00.0000000",
        "timeZone": "W. Europe Standard Time",
    }
    data["end"] = {"dateTime": "2026-11-23T09:30:00.0000000", "timeZone": "W. Europe Standard Time"}
    event = event_from_graph(data, OWN)
    assert event.timezone == "Europe/Berlin"
    assert event.start == datetime(2026, 11, 23, 8, tzinfo=UTC)
    assert event.duration == timedelta(minutes=30)


def test_etag_falls_back_to_change_key_and_uid_to_id() -> None:
    data = teams_event()
    data["@odata.etag"] = None
    data["iCalUId"] = None
    event = event_from_graph(data, OWN)
    assert event.etag == 'W/"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ=="'
    assert event.uid == "AAMkAGIAAAoZDOFAAA="


def test_occurrence_and_exception_instances_are_single_events() -> None:
    occurrence = teams_event()
    occurrence.update(
        id="AAMkOcc1=",
        type="occurrence",
        seriesMasterId="AAMkMaster=",
        iCalUId="040000008200E00074C5B7101A82E008000000001",
        originalStart="2026-11-30T17:00:00Z",
        start={"dateTime": "2026-11-30T17:00:00.0000000", "timeZone": "UTC"},
        end={"dateTime": "2026-11-30T18:00:00.0000000", "timeZone": "UTC"},
    )
    exception = copy.deepcopy(occurrence)
    exception.update(
        id="AAMkExc1=",
        type="exception",
        iCalUId="040000008200E00074C5B7101A82E008000000002",
        subject="Lunch moved",
        start={"dateTime": "2026-12-07T19:30:00.0000000", "timeZone": "UTC"},
        end={"dateTime": "2026-12-07T20:30:00.0000000", "timeZone": "UTC"},
    )
    first = event_from_graph(occurrence, OWN)
    second = event_from_graph(exception, OWN)
    assert first.rrule is None and second.rrule is None
    assert first.recurrence_id is None and second.recurrence_id is None
    assert first.uid != second.uid
    assert (first.remote_id, second.remote_id) == ("AAMkOcc1=", "AAMkExc1=")
    assert second.title == "Lunch moved"
    assert second.start == datetime(2026, 12, 7, 11, 30, tzinfo=LOS_ANGELES)


def test_all_day_event_is_midnight_to_midnight_in_its_zone() -> None:
    data = teams_event()
    data.update(
        isAllDay=True,
        originalStartTimeZone="W. Europe Standard Time",
        start={"dateTime": "2026-12-24T00:00:00.0000000", "timeZone": "UTC"},
        end={"dateTime": "2026-12-26T00:00:00.0000000", "timeZone": "UTC"},
    )
    event = event_from_graph(data, OWN)
    assert event.all_day and event.timezone == "Europe/Berlin"
    assert event.start == datetime(2026, 12, 24, tzinfo=BERLIN)
    assert event.end == datetime(2026, 12, 26, tzinfo=BERLIN)
    assert event.start.time() == time() and event.end.time() == time()


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"isCancelled": True, "showAs": "tentative"}, EventStatus.CANCELLED),
        ({"showAs": "tentative"}, EventStatus.TENTATIVE),
        ({"showAs": "free"}, EventStatus.CONFIRMED),
        ({"showAs": None, "isCancelled": None}, EventStatus.CONFIRMED),
    ],
)
def test_event_status(changes: dict[str, Any], expected: EventStatus) -> None:
    data = teams_event()
    data.update(changes)
    assert event_from_graph(data, OWN).status is expected


def test_nulls_everywhere_read_as_empty() -> None:
    data = {key: None for key in teams_event()}
    data.update(
        id="AAMkNulls=",
        start={"dateTime": "2026-11-23T09:00:00.0000000", "timeZone": "UTC"},
        end={"dateTime": "2026-11-23T10:00:00.0000000", "timeZone": "UTC"},
        attendees=[None, {"emailAddress": None, "status": None, "type": None}, 7, "x"],
        organizer={"emailAddress": None},
        location={"displayName": None},
        body={"contentType": None, "content": None},
        onlineMeeting={"joinUrl": None},
    )
    event = event_from_graph(data, OWN)
    assert event.title == "" and event.location == "" and event.description == ""
    assert event.attendees == () and event.organizer is None and event.join_url is None
    assert event.uid == "AAMkNulls=" and event.etag == ""
    assert event.timezone == "UTC" and not event.all_day
    assert event.status is EventStatus.CONFIRMED


def test_attendee_without_status_or_type_is_required_and_needs_action() -> None:
    data = teams_event()
    data["attendees"] = [{"emailAddress": {"address": "x@contoso.com"}}]
    [attendee] = event_from_graph(data, OWN).attendees
    assert attendee == Attendee("x@contoso.com", "", ResponseStatus.NEEDS_ACTION, False)


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "file:///etc/passwd", "", "   ", "https://user:pw@evil.example/x"],
)
def test_unsafe_or_empty_join_urls_are_dropped(url: str) -> None:
    data = teams_event()
    data["onlineMeeting"] = {"joinUrl": url}
    assert event_from_graph(data, OWN).join_url is None


def test_huge_strings_are_capped() -> None:
    data = teams_event()
    data["subject"] = "x" * 50_000
    data["body"] = {"contentType": "text", "content": "y" * (MAX_DESCRIPTION_CHARS + 10)}
    event = event_from_graph(data, OWN)
    assert len(event.title) == MAX_TITLE_CHARS == 1_000
    assert len(event.description) == MAX_DESCRIPTION_CHARS == 1_000_000


@pytest.mark.parametrize(
    "changes",
    [
        {"start": None},
        {"end": {"dateTime": None, "timeZone": "UTC"}},
        {"start": {"dateTime": "2026-11-23T09:00:00", "timeZone": "Atlantis Time"}},
        {"id": None},
        {"end": {"dateTime": "2026-11-23T08:00:00", "timeZone": "UTC"}},
    ],
)
def test_event_without_usable_times_or_id_is_refused(changes: dict[str, Any]) -> None:
    data = teams_event()
    data.update(changes)
    with pytest.raises(ValueError):
        event_from_graph(data, OWN)


def test_removed_delta_entry_is_refused() -> None:
    with pytest.raises(ValueError):
        event_from_graph(
            {
                "@odata.type": "#microsoft.graph.event",
                "id": "AAMk=",
                "@removed": {"reason": "deleted"},
            },
            OWN,
        )


# --------------------------------------------------------------------------- private events


def secret_event(sensitivity: str) -> dict[str, Any]:
    data = teams_event()
    data.update(
        sensitivity=sensitivity,
        subject="SECRET-SUBJECT merger talks",
        iCalUId="SECRET-ICALUID",
        categories=["SECRET-CATEGORY"],
        bodyPreview="SECRET-PREVIEW",
        body={"contentType": "html", "content": "<p>SECRET-BODY</p>"},
        location={"displayName": "SECRET-LOCATION"},
        attendees=[
            {
                "type": "required",
                "status": {"response": "accepted"},
                "emailAddress": {"name": "SECRET-NAME", "address": "secret-attendee@contoso.com"},
            }
        ],
        organizer={"emailAddress": {"name": "SECRET-ORGANIZER", "address": "secret-org@x.com"}},
        onlineMeeting={"joinUrl": "https://teams.microsoft.com/l/SECRET-URL"},
        onlineMeetingUrl="https://example.com/SECRET-LEGACY-URL",
        webLink="https://outlook.office365.com/SECRET-WEBLINK",
    )
    return data


@pytest.mark.parametrize("sensitivity", ["private", "confidential", "Private"])
def test_private_event_is_redacted_when_the_calendar_hides_private_items(
    sensitivity: str,
) -> None:
    data = secret_event(sensitivity)
    event = event_from_graph(data, SHARED_NO_PRIVATE)
    text = repr(event)
    assert "SECRET" not in text
    for secret in ("secret-attendee", "secret-org", "merger", "teams.microsoft.com", "Harry"):
        assert secret not in text
    assert event.title == PRIVATE_TITLE and event.private
    assert event.uid == data["id"] == event.remote_id
    assert event.etag == data["@odata.etag"]
    assert event.organizer == BOSS
    assert event.start == datetime(2026, 11, 23, 17, tzinfo=UTC)
    assert event.end == datetime(2026, 11, 23, 18, tzinfo=UTC)
    assert event.timezone == "America/Los_Angeles"
    assert event.description == "" and event.location == "" and event.attendees == ()
    assert event.join_url is None


def test_redacted_event_keeps_status_and_all_day() -> None:
    data = secret_event("private")
    data.update(
        isCancelled=True,
        isAllDay=True,
        start={"dateTime": "2026-12-24T00:00:00.0000000", "timeZone": "UTC"},
        end={"dateTime": "2026-12-25T00:00:00.0000000", "timeZone": "UTC"},
    )
    event = event_from_graph(data, SHARED_NO_PRIVATE)
    assert event.private and event.all_day and event.status is EventStatus.CANCELLED
    assert event.start == datetime(2026, 12, 24, tzinfo=LOS_ANGELES)


@pytest.mark.parametrize(
    ("sensitivity", "calendar"),
    [("normal", SHARED_NO_PRIVATE), ("personal", SHARED_NO_PRIVATE), ("private", OWN)],
)
def test_private_items_are_shown_when_allowed_or_not_private(
    sensitivity: str, calendar: Calendar
) -> None:
    event = event_from_graph(secret_event(sensitivity), calendar)
    assert event.title == "SECRET-SUBJECT merger talks" and not event.private
    assert event.location == "SECRET-LOCATION"


# --------------------------------------------------------------------------- events out


def berlin_event(**changes: Any) -> Event:
    start = datetime(2026, 11, 23, 9, tzinfo=BERLIN)
    base = Event(
        id="e1",
        calendar_id="cal-1",
        uid="uid-1",
        title="Planning",
        start=start.astimezone(UTC),
        end=start.astimezone(UTC) + timedelta(minutes=45),
        timezone="Europe/Berlin",
        description="Agenda:\n1. budget",
        attendees=(
            Attendee("a@contoso.com", "Ann"),
            Attendee("b@contoso.com", "", ResponseStatus.ACCEPTED, optional=True),
        ),
        organizer=Person("Me", "me@contoso.com"),
        remote_id="AAMkRemote=",
        etag='W/"abc"',
    )
    return replace(base, **changes)


def test_event_to_graph_body() -> None:
    body = event_to_graph(berlin_event())
    assert body == {
        "subject": "Planning",
        "body": {"contentType": "text", "content": "Agenda:\n1. budget"},
        "start": {"dateTime": "2026-11-23T09:00:00", "timeZone": "Europe/Berlin"},
        "end": {"dateTime": "2026-11-23T09:45:00", "timeZone": "Europe/Berlin"},
        "isAllDay": False,
        "attendees": [
            {"emailAddress": {"address": "a@contoso.com", "name": "Ann"}, "type": "required"},
            {"emailAddress": {"address": "b@contoso.com", "name": ""}, "type": "optional"},
        ],
        "recurrence": None,
    }
    for forbidden in ("id", "@odata.etag", "changeKey", "organizer", "iCalUId", "transactionId"):
        assert forbidden not in body


def test_event_to_graph_with_location_teams_and_transaction_id() -> None:
    body = event_to_graph(
        berlin_event(location="Room 1"), teams_meeting=True, transaction_id="tx-42"
    )
    assert body["location"] == {"displayName": "Room 1"}
    assert body["isOnlineMeeting"] is True
    assert body["onlineMeetingProvider"] == "teamsForBusiness"
    assert body["transactionId"] == "tx-42"


def test_event_to_graph_windows_zone_is_sent_as_iana() -> None:
    body = event_to_graph(berlin_event(timezone="Pacific Standard Time"))
    assert body["start"] == {"dateTime": "2026-11-23T00:00:00", "timeZone": "America/Los_Angeles"}


def test_event_to_graph_unknown_zone_is_refused() -> None:
    with pytest.raises(ValueError):
        event_to_graph(berlin_event(timezone="Mars/Olympus"))


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("<p>Hello</p>", "html"),
        ("  <div>x</div>", "html"),
        ("Line one<br>line two", "html"),
        ("See <HTML> docs", "html"),
        ("Plain text with a < sign", "text"),
        ("", "text"),
        ("a -> b", "text"),
    ],
)
def test_body_content_type(description: str, kind: str) -> None:
    body = event_to_graph(berlin_event(description=description))
    assert body["body"] == {"contentType": kind, "content": description}


def test_all_day_event_to_graph() -> None:
    event = berlin_event(
        all_day=True,
        start=datetime(2026, 12, 24, tzinfo=BERLIN),
        end=datetime(2026, 12, 26, tzinfo=BERLIN),
    )
    body = event_to_graph(event)
    assert body["isAllDay"] is True
    assert body["start"] == {"dateTime": "2026-12-24T00:00:00", "timeZone": "Europe/Berlin"}
    assert body["end"] == {"dateTime": "2026-12-26T00:00:00", "timeZone": "Europe/Berlin"}


def test_zero_length_all_day_event_gets_a_whole_day() -> None:
    day = datetime(2026, 12, 24, tzinfo=BERLIN)
    body = event_to_graph(berlin_event(all_day=True, start=day, end=day))
    assert body["end"]["dateTime"] == "2026-12-25T00:00:00"


def test_recurring_event_to_graph() -> None:
    body = event_to_graph(berlin_event(rrule="FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"))
    assert body["recurrence"] == {
        "pattern": {
            "type": "weekly",
            "interval": 1,
            "daysOfWeek": ["monday", "wednesday"],
            "firstDayOfWeek": "sunday",
        },
        "range": {
            "type": "numbered",
            "startDate": "2026-11-23",
            "recurrenceTimeZone": "Europe/Berlin",
            "numberOfOccurrences": 10,
        },
    }


def test_event_round_trips_through_graph_json() -> None:
    original = berlin_event(location="Room 1", description="<p>Hi</p>")
    body = event_to_graph(original)
    body.update(id="AAMkNew=", changeKey="ck1", iCalUId="uid-new")
    body["organizer"] = {"emailAddress": {"name": "Me", "address": "me@contoso.com"}}
    back = event_from_graph(body, OWN)
    assert (back.title, back.start, back.end, back.timezone) == (
        original.title,
        original.start,
        original.end,
        original.timezone,
    )
    assert back.location == "Room 1" and back.description == "<p>Hi</p>"
    assert [(a.email, a.optional) for a in back.attendees] == [
        ("a@contoso.com", False),
        ("b@contoso.com", True),
    ]
    assert back.etag == 'W/"ck1"'


# --------------------------------------------------------------------------- recurrence

START = datetime(2026, 1, 13, 9, 30, tzinfo=AMSTERDAM)  # a Tuesday


def _range(kind: str = "noEnd", start: str = "2026-01-13", **extra: Any) -> dict[str, Any]:
    return {"type": kind, "startDate": start, "recurrenceTimeZone": "Europe/Amsterdam", **extra}


RECURRENCE_TABLE: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("FREQ=DAILY", {"type": "daily", "interval": 1}, _range()),
    (
        "FREQ=DAILY;INTERVAL=3;COUNT=5",
        {"type": "daily", "interval": 3},
        _range("numbered", numberOfOccurrences=5),
    ),
    (
        "FREQ=WEEKLY;BYDAY=TU,TH",
        {
            "type": "weekly",
            "interval": 1,
            "daysOfWeek": ["tuesday", "thursday"],
            "firstDayOfWeek": "sunday",
        },
        _range(),
    ),
    (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU;WKST=SU",
        {
            "type": "weekly",
            "interval": 2,
            "daysOfWeek": ["monday", "tuesday"],
            "firstDayOfWeek": "sunday",
        },
        _range(),
    ),
    (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU",
        {
            "type": "weekly",
            "interval": 2,
            "daysOfWeek": ["tuesday", "sunday"],
            "firstDayOfWeek": "monday",
        },
        _range(),
    ),
    (
        "FREQ=WEEKLY;UNTIL=20260331",
        {"type": "weekly", "interval": 1, "daysOfWeek": ["tuesday"], "firstDayOfWeek": "sunday"},
        _range("endDate", endDate="2026-03-31"),
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=15",
        {"type": "absoluteMonthly", "interval": 1, "dayOfMonth": 15},
        _range(),
    ),
    (
        "FREQ=MONTHLY;INTERVAL=2",
        {"type": "absoluteMonthly", "interval": 2, "dayOfMonth": 13},
        _range(),
    ),
    (
        "FREQ=MONTHLY;BYDAY=2TU",
        {"type": "relativeMonthly", "interval": 1, "daysOfWeek": ["tuesday"], "index": "second"},
        _range(),
    ),
    (
        "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6",
        {"type": "relativeMonthly", "interval": 1, "daysOfWeek": ["friday"], "index": "last"},
        _range("numbered", numberOfOccurrences=6),
    ),
    (
        "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2",
        {"type": "relativeMonthly", "interval": 1, "daysOfWeek": ["tuesday"], "index": "second"},
        _range(),
    ),
    (
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1",
        {
            "type": "relativeMonthly",
            "interval": 1,
            "daysOfWeek": ["monday", "tuesday", "wednesday", "thursday", "friday"],
            "index": "first",
        },
        _range(),
    ),
    (
        "FREQ=YEARLY",
        {"type": "absoluteYearly", "interval": 1, "dayOfMonth": 13, "month": 1},
        _range(),
    ),
    (
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8",
        {"type": "absoluteYearly", "interval": 1, "dayOfMonth": 8, "month": 3},
        _range(),
    ),
    (
        "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
        {
            "type": "relativeYearly",
            "interval": 1,
            "daysOfWeek": ["thursday"],
            "index": "fourth",
            "month": 11,
        },
        _range(),
    ),
    (
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
        {
            "type": "weekly",
            "interval": 1,
            "daysOfWeek": ["monday", "tuesday", "wednesday", "thursday", "friday"],
            "firstDayOfWeek": "sunday",
        },
        _range(),
    ),
]


@pytest.mark.parametrize(("rrule", "pattern", "rng"), RECURRENCE_TABLE)
def test_rrule_to_recurrence_table(
    rrule: str, pattern: dict[str, Any], rng: dict[str, Any]
) -> None:
    assert rrule_to_recurrence(rrule, START, "Europe/Amsterdam") == {
        "pattern": pattern,
        "range": rng,
    }


@pytest.mark.parametrize(("rrule", "pattern", "rng"), RECURRENCE_TABLE)
def test_recurrence_round_trip(rrule: str, pattern: dict[str, Any], rng: dict[str, Any]) -> None:
    back = recurrence_to_rrule({"pattern": pattern, "range": rng})
    parse_rrule(back)  # a rule our own expander accepts
    again = rrule_to_recurrence(back, START, "Europe/Amsterdam")
    assert again == {"pattern": pattern, "range": rng}


@pytest.mark.parametrize(
    "rrule",
    [
        "FREQ=DAILY",
        "FREQ=DAILY;INTERVAL=3;COUNT=5",
        "FREQ=WEEKLY;BYDAY=TU,TH",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU;WKST=SU",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU",
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331",
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=MONTHLY;BYDAY=2TU",
        "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1",
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8",
        "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
        "FREQ=YEARLY;INTERVAL=2;BYMONTH=1;BYMONTHDAY=13;COUNT=3",
    ],
)
def test_canonical_rrules_survive_a_round_trip_unchanged(rrule: str) -> None:
    recurrence = rrule_to_recurrence(rrule, START, "Europe/Amsterdam")
    assert recurrence_to_rrule(recurrence) == parse_rrule(rrule).to_ical()


def test_weekly_without_byday_uses_the_start_weekday_in_the_series_zone() -> None:
    late = datetime(2026, 1, 13, 23, 30, tzinfo=UTC)  # Wednesday 00:30 in Amsterdam
    recurrence = rrule_to_recurrence("FREQ=WEEKLY", late, "Europe/Amsterdam")
    assert recurrence["pattern"]["daysOfWeek"] == ["wednesday"]
    assert recurrence["range"]["startDate"] == "2026-01-14"


def test_windows_zone_name_is_kept_as_recurrence_time_zone() -> None:
    recurrence = rrule_to_recurrence("FREQ=DAILY", START, "W. Europe Standard Time")
    assert recurrence["range"]["recurrenceTimeZone"] == "W. Europe Standard Time"


@pytest.mark.parametrize(
    ("until", "end_date"),
    [
        ("20260331T083000Z", "2026-03-31"),  # 10:30 local, after the 09:30 start
        ("20260331T073000Z", "2026-03-31"),  # exactly the last start (09:30 CEST)
        ("20260331T070000Z", "2026-03-30"),  # before that day's start
        ("20260331T223000Z", "2026-03-31"),  # 00:30 on 1 April locally: before its start
        ("20260401T080000Z", "2026-04-01"),
        ("20260331T093000", "2026-03-31"),  # floating wall time
    ],
)
def test_until_date_time_becomes_the_last_included_local_day(until: str, end_date: str) -> None:
    recurrence = rrule_to_recurrence(f"FREQ=DAILY;UNTIL={until}", START, "Europe/Amsterdam")
    assert recurrence["range"]["type"] == "endDate"
    assert recurrence["range"]["endDate"] == end_date


def test_last_day_of_month_maps_to_relative_last_day() -> None:
    recurrence = rrule_to_recurrence("FREQ=MONTHLY;BYMONTHDAY=-1", START, "Europe/Amsterdam")
    assert recurrence["pattern"] == {
        "type": "relativeMonthly",
        "interval": 1,
        "daysOfWeek": [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
        "index": "last",
    }


@pytest.mark.parametrize(
    ("rrule", "words"),
    [
        ("FREQ=HOURLY", "every few hours"),
        ("FREQ=MINUTELY;INTERVAL=15", "every few minutes"),
        ("FREQ=SECONDLY", "every few seconds"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,15", "several days of the month"),
        ("FREQ=YEARLY;BYWEEKNO=20", "BYWEEKNO"),
        ("FREQ=YEARLY;BYYEARDAY=100", "BYYEARDAY"),
        ("FREQ=DAILY;BYHOUR=9,17", "BYHOUR"),
        ("FREQ=DAILY;BYMINUTE=30", "BYMINUTE"),
        ("FREQ=MONTHLY;BYDAY=5FR", "first, second, third, fourth or last"),
        ("FREQ=MONTHLY;BYDAY=-2FR", "first, second, third, fourth or last"),
        ("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=5", "first, second, third, fourth or last"),
        ("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1,3", "every matching weekday"),
        ("FREQ=MONTHLY;BYDAY=1TU,3TU", "more than one numbered weekday"),
        ("FREQ=MONTHLY;BYDAY=TU", "every matching weekday"),
        ("FREQ=MONTHLY;BYMONTHDAY=1;BYSETPOS=1", "BYSETPOS"),
        ("FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR", "days of the month with weekdays"),
        ("FREQ=MONTHLY;BYMONTHDAY=-3", "end of the month"),
        ("FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=-1", "BYSETPOS"),
        ("FREQ=WEEKLY;BYMONTH=1", "some months"),
        ("FREQ=DAILY;INTERVAL=2;BYDAY=MO,FR", "every few days"),
        ("FREQ=YEARLY;BYMONTH=1,7", "several months"),
        ("FREQ=YEARLY;BYDAY=20MO", "name the month"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20260301", "both"),
        ("FREQ=DAILY;UNTIL=20250101", "ends before it starts"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL"),
        ("FREQ=FORTNIGHTLY", "Unknown repeat frequency"),
        ("nonsense", "no value"),
    ],
)
def test_unsupported_recurrence(rrule: str, words: str) -> None:
    with pytest.raises(UnsupportedRecurrence) as caught:
        rrule_to_recurrence(rrule, START, "Europe/Amsterdam")
    message = str(caught.value)
    assert message.startswith("Microsoft 365 cannot store this repeat rule: ")
    assert words in message
    assert isinstance(caught.value, ValueError)


def test_unknown_recurrence_time_zone_is_a_value_error() -> None:
    with pytest.raises(ValueError) as caught:
        rrule_to_recurrence("FREQ=DAILY", START, "Atlantis Time")
    assert not isinstance(caught.value, UnsupportedRecurrence)


@pytest.mark.parametrize(
    "recurrence",
    [
        {"pattern": {"type": "hourly", "interval": 1}, "range": _range()},
        {"pattern": {"type": "weekly", "interval": 1, "daysOfWeek": []}, "range": _range()},
        {
            "pattern": {"type": "weekly", "interval": 1, "daysOfWeek": ["caturday"]},
            "range": _range(),
        },
        {"pattern": {"type": "absoluteMonthly", "interval": 1, "dayOfMonth": 0}, "range": _range()},
        {"pattern": {"type": "daily", "interval": 0}, "range": _range()},
        {
            "pattern": {"type": "relativeMonthly", "daysOfWeek": ["monday"], "index": "fifth"},
            "range": _range(),
        },
        {"pattern": {"type": "daily"}, "range": _range("endDate", endDate="soon")},
        {"pattern": {"type": "daily"}, "range": _range("numbered", numberOfOccurrences=0)},
    ],
)
def test_recurrence_to_rrule_refuses_bad_patterns(recurrence: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedRecurrence):
        recurrence_to_rrule(recurrence)


def test_recurrence_to_rrule_with_graph_defaults() -> None:
    # Graph sends zero/empty values for fields a pattern type does not use.
    recurrence = {
        "pattern": {
            "type": "relativeMonthly",
            "interval": 1,
            "month": 0,
            "dayOfMonth": 0,
            "daysOfWeek": ["thursday"],
            "firstDayOfWeek": "sunday",
            "index": "third",
        },
        "range": {
            "type": "endDate",
            "startDate": "2026-01-15",
            "endDate": "2026-12-31",
            "recurrenceTimeZone": "W. Europe Standard Time",
            "numberOfOccurrences": 0,
        },
    }
    assert recurrence_to_rrule(recurrence) == "FREQ=MONTHLY;UNTIL=20261231;BYDAY=3TH"


# A small, independent reading of Graph's patterns, to check expansions against.


def _matches(pattern: dict[str, Any], first: date, day: date) -> bool:
    kind = pattern["type"]
    interval = pattern.get("interval", 1)
    names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    months = (day.year - first.year) * 12 + day.month - first.month
    if kind == "daily":
        return (day - first).days % interval == 0
    if kind == "weekly":
        week_start = names.index(pattern["firstDayOfWeek"])

        def week_of(d: date) -> date:
            return d - timedelta(days=(d.weekday() - week_start) % 7)

        weeks = (week_of(day) - week_of(first)).days // 7
        return names[day.weekday()] in pattern["daysOfWeek"] and weeks % interval == 0
    if kind in ("absoluteYearly", "relativeYearly"):
        if day.month != pattern["month"] or (day.year - first.year) % interval:
            return False
    elif months % interval:
        return False
    if kind in ("absoluteMonthly", "absoluteYearly"):
        return day.day == pattern["dayOfMonth"]
    length = calendar_module.monthrange(day.year, day.month)[1]
    candidates = [
        d
        for d in range(1, length + 1)
        if names[date(day.year, day.month, d).weekday()] in pattern["daysOfWeek"]
    ]
    position = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}[pattern["index"]]
    return day.day == candidates[position]


def graph_instances(
    recurrence: dict[str, Any], wall: time, tz: ZoneInfo, limit: int, window_end: date
) -> list[datetime]:
    pattern, rng = recurrence["pattern"], recurrence["range"]
    first = date.fromisoformat(rng["startDate"])
    last = window_end - timedelta(days=1)
    if rng["type"] == "endDate":
        last = min(last, date.fromisoformat(rng["endDate"]))
    out: list[datetime] = []
    day = first
    while day <= last and len(out) < limit:
        if _matches(pattern, first, day):
            out.append(datetime.combine(day, wall, tzinfo=tz))
            if rng["type"] == "numbered" and len(out) == rng["numberOfOccurrences"]:
                break
        day += timedelta(days=1)
    return out


@pytest.mark.parametrize(
    ("rrule", "start"),
    [
        ("FREQ=DAILY;INTERVAL=3;COUNT=5", datetime(2026, 3, 27, 9, 30, tzinfo=AMSTERDAM)),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU", START),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU", START),
        ("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260317T083000Z", START),
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=12", START),
        ("FREQ=MONTHLY;BYDAY=2TU", START),
        ("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", START),
        ("FREQ=MONTHLY;BYDAY=-1FR", datetime(2026, 1, 30, 16, tzinfo=AMSTERDAM)),
        ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=13", START),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", datetime(2026, 1, 31, 8, tzinfo=AMSTERDAM)),
        (
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1",
            datetime(2026, 2, 2, 8, tzinfo=AMSTERDAM),
        ),
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=13", START),
        ("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", datetime(2026, 11, 26, 12, tzinfo=AMSTERDAM)),
    ],
)
def test_rrule_and_graph_recurrence_expand_to_the_same_instances(
    rrule: str, start: datetime
) -> None:
    recurrence = rrule_to_recurrence(rrule, start, "Europe/Amsterdam")
    window_end = start + timedelta(days=4000)
    ours = expand(
        start,
        start + timedelta(hours=1),
        AMSTERDAM,
        parse_rrule(rrule),
        start,
        window_end,
        max_occurrences=12,
    )
    theirs = graph_instances(recurrence, start.time(), AMSTERDAM, 12, window_end.date())
    assert [s for s, _ in ours.occurrences] == theirs
    assert len(theirs) >= 5
    # And back: the RRULE read from Graph's pattern expands the same way.
    again = expand(
        start,
        start + timedelta(hours=1),
        AMSTERDAM,
        parse_rrule(recurrence_to_rrule(recurrence)),
        start,
        window_end,
        max_occurrences=12,
    )
    assert again.occurrences == ours.occurrences


# --------------------------------------------------------------------------- contacts

FOLDER = Folder(id="fold-1", account_id="acc-1", name="Contacts", remote_id="AAMkFolder=")


def graph_contact() -> dict[str, Any]:
    """Shaped like the "get contact" example in the Graph v1.0 docs."""
    return {
        "@odata.etag": 'W/"EQAAABYAAACFrb1Ab1BoRnpU/oo="',
        "id": "AAMkAGI2THk0AAA=",
        "createdDateTime": "2026-05-04T14:31:57Z",
        "lastModifiedDateTime": "2026-05-04T14:31:59Z",
        "changeKey": "EQAAABYAAACFrb1Ab1BoRnpU/oo=",
        "categories": [],
        "parentFolderId": "AAMkFolder=",
        "birthday": None,
        "fileAs": "",
        "displayName": "Pavel Bansky",
        "givenName": "Pavel",
        "initials": None,
        "middleName": None,
        "nickName": None,
        "surname": "Bansky",
        "title": None,
        "yomiGivenName": None,
        "imAddresses": [],
        "jobTitle": "Engineer",
        "companyName": "Contoso",
        "department": None,
        "officeLocation": None,
        "profession": None,
        "businessHomePage": None,
        "assistantName": None,
        "manager": None,
        "homePhones": ["+1 732 555 0103", ""],
        "mobilePhone": "+1 732 555 0101",
        "businessPhones": ["+1 732 555 0102", "+1 732 555 0101"],
        "spouseName": None,
        "personalNotes": "Met at Ignite",
        "children": [],
        "emailAddresses": [
            {"address": "pavelb@contoso.onmicrosoft.com", "name": "Pavel Bansky"},
            {"address": "", "name": "empty"},
            {"address": "PavelB@Contoso.onmicrosoft.com", "name": "duplicate"},
            {"address": "pavel@home.example", "name": "Pavel"},
        ],
        "homeAddress": {},
        "businessAddress": {"city": "Redmond"},
        "otherAddress": {},
    }


def test_contact_from_graph() -> None:
    contact = contact_from_graph(graph_contact(), FOLDER)
    assert contact == Contact(
        id="",
        folder_id="fold-1",
        display_name="Pavel Bansky",
        given_name="Pavel",
        family_name="Bansky",
        emails=("pavelb@contoso.onmicrosoft.com", "pavel@home.example"),
        phones=("+1 732 555 0101", "+1 732 555 0102", "+1 732 555 0103"),
        company="Contoso",
        job_title="Engineer",
        notes="Met at Ignite",
        remote_id="AAMkAGI2THk0AAA=",
        etag='W/"EQAAABYAAACFrb1Ab1BoRnpU/oo="',
    )


@pytest.mark.parametrize(
    ("changes", "name"),
    [
        ({"displayName": None}, "Pavel Bansky"),
        ({"displayName": "", "surname": None}, "Pavel"),
        (
            {"displayName": None, "givenName": None, "surname": None},
            "pavelb@contoso.onmicrosoft.com",
        ),
        (
            {"displayName": None, "givenName": "", "surname": None, "emailAddresses": None},
            "(no name)",
        ),
    ],
)
def test_contact_display_name_fallbacks(changes: dict[str, Any], name: str) -> None:
    data = graph_contact()
    data.update(changes)
    assert contact_from_graph(data, FOLDER).display_name == name


def test_contact_with_nulls_everywhere() -> None:
    data: dict[str, Any] = {key: None for key in graph_contact()}
    data["id"] = "AAMkNull="
    data["changeKey"] = "ck"
    data["emailAddresses"] = [None, {"address": None}, 5]
    contact = contact_from_graph(data, FOLDER)
    assert contact.display_name == "(no name)"
    assert contact.emails == () and contact.phones == ()
    assert (contact.company, contact.job_title, contact.notes) == ("", "", "")
    assert contact.etag == 'W/"ck"'


def test_contact_without_id_is_refused() -> None:
    data = graph_contact()
    del data["id"]
    with pytest.raises(ValueError):
        contact_from_graph(data, FOLDER)


def test_contact_to_graph() -> None:
    contact = Contact(
        id="c1",
        folder_id="fold-1",
        display_name="Pavel Bansky",
        given_name="Pavel",
        family_name="",
        emails=("a@x.example", "b@x.example", "c@x.example", "d@x.example"),
        phones=("+31 6 1234", "+31 20 5555", "+31 30 6666"),
        company="Contoso",
        job_title="",
        notes="",
        remote_id="AAMk=",
        etag='W/"x"',
    )
    assert contact_to_graph(contact) == {
        "displayName": "Pavel Bansky",
        "givenName": "Pavel",
        "surname": None,
        "emailAddresses": [
            {"address": "a@x.example", "name": "Pavel Bansky"},
            {"address": "b@x.example", "name": "Pavel Bansky"},
            {"address": "c@x.example", "name": "Pavel Bansky"},
        ],
        "mobilePhone": "+31 6 1234",
        "businessPhones": ["+31 20 5555", "+31 30 6666"],
        "homePhones": [],
        "companyName": "Contoso",
        "jobTitle": None,
        "personalNotes": None,
    }


def test_contact_without_phones_or_emails_clears_them() -> None:
    body = contact_to_graph(Contact(id="c1", folder_id="f", display_name="Nobody"))
    assert body["mobilePhone"] is None
    assert body["businessPhones"] == [] and body["emailAddresses"] == []


def test_contact_round_trip() -> None:
    original = contact_from_graph(graph_contact(), FOLDER)
    body = contact_to_graph(original)
    body.update(id=original.remote_id, changeKey="EQAAABYAAACFrb1Ab1BoRnpU/oo=")
    again = contact_from_graph(body, FOLDER)
    assert again == original


# --------------------------------------------------------------------------- containers


def test_folder_from_graph() -> None:
    data = {"id": "AAMkChild=", "parentFolderId": "AAMkFolder=", "displayName": "Suppliers"}
    assert folder_from_graph(data, "acc-1", "fold-1") == Folder(
        id="", account_id="acc-1", name="Suppliers", parent_id="fold-1", remote_id="AAMkChild="
    )


def graph_calendar(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@odata.id": "https://graph.microsoft.com/v1.0/users('x')/calendars('AAMkCal=')",
        "id": "AAMkCal=",
        "name": "Calendar",
        "color": "auto",
        "hexColor": "",
        "isDefaultCalendar": True,
        "changeKey": "nfZyf7VcrEKLNoU37KWlkQAAA0x0+w==",
        "canShare": True,
        "canViewPrivateItems": True,
        "canEdit": True,
        "allowedOnlineMeetingProviders": ["teamsForBusiness"],
        "defaultOnlineMeetingProvider": "teamsForBusiness",
        "isTallyingResponses": True,
        "isRemovable": False,
        "owner": {"name": "Samantha Booth", "address": "samanthab@contoso.com"},
    }
    data.update(changes)
    return data


def test_own_calendar() -> None:
    calendar = calendar_from_graph(
        graph_calendar(canViewPrivateItems=False), "acc-1", "SamanthaB@Contoso.com", may_write=True
    )
    assert calendar == Calendar(
        id="",
        account_id="acc-1",
        name="Calendar",
        writable=True,
        owner=None,
        can_view_private=True,
        remote_id="AAMkCal=",
    )


def test_shared_calendar_without_private_items() -> None:
    data = graph_calendar(
        id="AAMkShared=",
        name="Dana Swope",
        canEdit=False,
        canViewPrivateItems=False,
        owner={"name": "Dana Swope", "address": "danas@contoso.com"},
    )
    calendar = calendar_from_graph(data, "acc-1", "samanthab@contoso.com", may_write=True)
    assert calendar.owner == BOSS
    assert not calendar.writable and not calendar.can_view_private
    assert calendar.remote_id == "AAMkShared="


@pytest.mark.parametrize(
    ("may_write", "can_edit", "writable"),
    [(True, True, True), (False, True, False), (True, False, False), (True, None, True)],
)
def test_calendar_writable(may_write: bool, can_edit: bool | None, writable: bool) -> None:
    data = graph_calendar(canEdit=can_edit)
    calendar = calendar_from_graph(data, "acc-1", "samanthab@contoso.com", may_write=may_write)
    assert calendar.writable is writable


def test_calendar_with_missing_owner_is_own() -> None:
    data = graph_calendar(owner=None, canViewPrivateItems=False)
    del data["canEdit"]
    calendar = calendar_from_graph(data, "acc-1", "me@contoso.com", may_write=True)
    assert calendar.owner is None and calendar.can_view_private and calendar.writable


def test_a_pattern_read_from_microsoft_365_that_cannot_be_followed_says_so() -> None:
    with pytest.raises(UnsupportedRecurrence) as caught:
        recurrence_to_rrule(
            {
                "pattern": {"type": "lunar", "interval": 1},
                "range": {"type": "noEnd", "startDate": "2030-01-07"},
            }
        )
    message = str(caught.value)
    assert message.startswith("Microsoft 365's repeat pattern cannot be read here: ")
    assert "unknown pattern type 'lunar'" in message
