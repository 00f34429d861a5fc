from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.domain import (
    LOCAL_ACCOUNT_ID,
    Account,
    Calendar,
    Permission,
    Person,
    ServiceKind,
)
from desktop.policy import load_policy
from desktop.profile import Profile
from desktop.services.context import AppContext, build_context
from desktop.services.errors import NotAllowed, ValidationError
from desktop.services.meetings import HostFilter, HostScope, ScheduleRequest

AMS = ZoneInfo("Europe/Amsterdam")


def soon(days: int = 1, hour: int = 10) -> datetime:
    base = datetime.now(AMS) + timedelta(days=days)
    return base.replace(hour=hour, minute=0, second=0, microsecond=0)


def request(**changes: object) -> ScheduleRequest:
    values: dict[str, object] = {
        "topic": "Design review",
        "start": soon(),
        "duration_minutes": 45,
        "timezone": "Europe/Amsterdam",
    }
    values.update(changes)
    return ScheduleRequest(**values)  # type: ignore[arg-type]


def test_scheduled_meeting_gets_a_jitsi_link_an_invitation_and_appears_upcoming(
    ctx: AppContext,
) -> None:
    ctx.settings.set("my_name", "Sam Host")
    ctx.settings.set("my_email", "sam@example.com")
    event = ctx.meetings.schedule(request(attendees=("ann@example.com",), passcode="abc123"))
    assert event.join_url is not None and event.join_url.startswith("https://meet.jit.si/")
    assert event.scheduled_here
    assert event.organizer == Person("Sam Host", "sam@example.com")
    assert event.join_url in event.description and "abc123" in event.description
    rows = ctx.meetings.upcoming(days=7)
    assert [r.event.id for r in rows] == [event.id]
    assert rows[0].hosted_by_me
    assert rows[0].join_link is not None and rows[0].join_link.service == "jitsi"


def test_personal_room_link_is_used_when_chosen(ctx: AppContext) -> None:
    ctx.settings.set("meeting_link_mode", "personal")
    with pytest.raises(ValidationError) as problem:
        ctx.meetings.schedule(request())
    assert "meeting_link" in problem.value.problems
    ctx.settings.set("personal_link", "https://acme.zoom.us/my/sam")
    event = ctx.meetings.schedule(request())
    assert event.join_url == "https://acme.zoom.us/my/sam"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"topic": "   "}, "topic"),
        ({"topic": "x" * 301}, "topic"),
        ({"duration_minutes": 0}, "duration"),
        ({"duration_minutes": -30}, "duration"),
        ({"duration_minutes": 24 * 60 + 1}, "duration"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"timezone": "../../etc/passwd"}, "timezone"),
        ({"attendees": ("not-an-email",)}, "attendees"),
        ({"attendees": ("a@b",)}, "attendees"),
        ({"alternative_hosts": ("x@@y.com",)}, "alternative_hosts"),
        ({"passcode": "has space"}, "passcode"),
        ({"recurrence": "FREQ=SECONDLY"}, "recurrence"),
        ({"recurrence": "FREQ=DAILY;INTERVAL=0"}, "recurrence"),
        ({"calendar_id": "nope"}, "calendar"),
        ({"start": datetime(1900, 1, 1, 9, 0)}, "start"),
    ],
)
def test_invalid_requests_say_what_is_wrong_and_save_nothing(
    ctx: AppContext, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as problem:
        ctx.meetings.schedule(request(**changes))
    assert field in problem.value.problems
    assert ctx.store.count_events() == 0


def test_edit_updates_the_same_event_and_keeps_its_link(ctx: AppContext) -> None:
    event = ctx.meetings.schedule(request())
    later = soon(days=2, hour=15)
    edited = ctx.meetings.edit(event.id, request(topic="Moved review", start=later))
    assert edited.id == event.id and edited.uid == event.uid
    assert edited.join_url == event.join_url
    assert ctx.store.count_events() == 1
    rows = ctx.meetings.upcoming(days=7)
    assert [(r.title, r.occurrence.start) for r in rows] == [("Moved review", later)]


def test_only_meetings_scheduled_here_can_be_edited_or_deleted(ctx: AppContext) -> None:
    ics = _ics("ext-1", "Their meeting", soon(), organizer="boss@example.com")
    ctx.meetings.import_ics(ics)
    imported = ctx.meetings.upcoming(days=7)[0].event
    with pytest.raises(NotAllowed):
        ctx.meetings.delete(imported.id)
    with pytest.raises(NotAllowed):
        ctx.meetings.edit(imported.id, request())
    mine = ctx.meetings.schedule(request())
    ctx.meetings.delete(mine.id)
    assert ctx.store.get_event(mine.id) is None
    assert [r.event.id for r in ctx.meetings.upcoming(days=7)] == [imported.id]


def test_weekly_series_keeps_its_local_time_across_daylight_saving(profile: Profile) -> None:
    # A fixed clock in early March: the series crosses the end-of-March change in Europe.
    clock = lambda: datetime(2027, 3, 1, 8, 0, tzinfo=UTC)  # noqa: E731
    ctx = build_context(profile, policy=load_policy(), clock=clock)
    start = datetime(2027, 3, 15, 9, 0, tzinfo=AMS)
    ctx.meetings.schedule(request(start=start, recurrence="FREQ=WEEKLY;COUNT=4"))
    rows = ctx.meetings.upcoming(days=60)
    local = [r.occurrence.start.astimezone(AMS) for r in rows]
    assert [d.day for d in local] == [15, 22, 29, 5]
    assert {(d.hour, d.minute) for d in local} == {(9, 0)}
    assert [d.utcoffset() for d in local] == [timedelta(hours=1)] * 2 + [timedelta(hours=2)] * 2
    ctx.close()


def test_hosted_by_filter(ctx: AppContext) -> None:
    ctx.settings.set("my_email", "me@example.com")
    ctx.meetings.schedule(request(topic="Mine"))
    ctx.meetings.import_ics(_ics("o1", "Boss sync", soon(hour=11), organizer="boss@example.com"))
    ctx.meetings.import_ics(_ics("o2", "Peer chat", soon(hour=12), organizer="peer@example.com"))

    def topics(filter_: HostFilter) -> list[str]:
        return [r.title for r in ctx.meetings.upcoming(days=7, hosted_by=filter_)]

    assert topics(HostFilter()) == ["Mine", "Boss sync", "Peer chat"]
    assert topics(HostFilter(HostScope.ME)) == ["Mine"]
    assert topics(HostFilter(HostScope.OTHERS)) == ["Boss sync", "Peer chat"]
    assert topics(HostFilter.parse("BOSS@example.com")) == ["Boss sync"]
    hosts = ctx.meetings.hosts(ctx.meetings.upcoming(days=7))
    assert [h.email for h in hosts] == ["boss@example.com", "peer@example.com"]
    with pytest.raises(ValidationError):
        HostFilter.parse("nobody")


def test_reimporting_a_file_updates_instead_of_duplicating(ctx: AppContext) -> None:
    ctx.meetings.import_ics(_ics("same", "First title", soon()))
    report = ctx.meetings.import_ics(_ics("same", "Second title", soon()))
    assert (report.added, report.updated) == (0, 1)
    assert [r.title for r in ctx.meetings.upcoming(days=7)] == ["Second title"]


def test_synced_calendar_changes_get_an_outbox_entry_in_the_same_write(ctx: AppContext) -> None:
    ctx.store.save_account(Account("work", ServiceKind.CALDAV, "Work", "me@work.example"))
    ctx.store.save_calendar(Calendar("work-cal", "work", "Work"))
    event = ctx.meetings.schedule(request(calendar_id="work-cal"))
    ctx.meetings.edit(event.id, request(calendar_id="work-cal", topic="Renamed"))
    ctx.meetings.delete(event.id)
    ops = [(e.item_id, e.op) for e in ctx.store.pending_outbox("work")]
    assert ops == [(event.id, "create"), (event.id, "update"), (event.id, "delete")]
    # The local calendar needs no outbox: it is the source of truth.
    ctx.meetings.schedule(request())
    assert ctx.store.pending_outbox(LOCAL_ACCOUNT_ID) == []


def test_permissions_decide_what_is_shown_and_what_may_be_written(ctx: AppContext) -> None:
    ctx.meetings.schedule(request())
    ctx.integration.configure(LOCAL_ACCOUNT_ID, {Permission.CALENDAR_READ})
    assert len(ctx.meetings.upcoming(days=7)) == 1
    with pytest.raises(ValidationError) as problem:
        ctx.meetings.schedule(request())
    assert "calendar" in problem.value.problems
    ctx.integration.configure(LOCAL_ACCOUNT_ID, {Permission.CONTACTS_READ})
    assert ctx.meetings.upcoming(days=7) == []


def test_redacted_private_meeting_shows_no_title_or_link(ctx: AppContext) -> None:
    ctx.store.save_account(Account("boss", ServiceKind.CALDAV, "Boss"))
    ctx.store.save_calendar(
        Calendar(
            "boss-cal",
            "boss",
            "Boss",
            writable=False,
            owner=Person("Boss", "b@x.com"),
            can_view_private=False,
        )
    )
    # The private meeting arrives through the store, the way a provider writes it.
    from dataclasses import replace

    event = ctx.meetings.build_event(request(calendar_id=None))
    event = replace(
        event, calendar_id="boss-cal", private=True, scheduled_here=False, organizer=None
    )
    ctx.store.save_event(event)
    ctx.store.replace_occurrences(event.id, [(event.start, event.end)], expanded_until=None)
    row = ctx.meetings.upcoming(days=7)[0]
    assert row.title == "Private meeting" and row.links == () and row.redacted
    assert row.host == Person("Boss", "b@x.com") and not row.hosted_by_me


def test_export_of_an_other_calendar_meeting_is_valid_icalendar(
    ctx: AppContext, tmp_path: Path
) -> None:
    event = ctx.meetings.build_event(request(calendar_id=None, topic="Exported"))
    data = ctx.meetings.export_ics([event])
    parsed = ctx.meetings.preview_ics(data)
    assert [e.title for e in parsed.events] == ["Exported"]
    assert parsed.events[0].start == event.start
    assert ctx.store.count_events() == 0


def _ics(uid: str, title: str, start: datetime, organizer: str | None = None) -> bytes:
    utc = start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    end = (start + timedelta(hours=1)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Test//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART:{utc}",
        f"DTEND:{end}",
        f"SUMMARY:{title}",
    ]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer.split('@')[0].title()}:mailto:{organizer}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()
