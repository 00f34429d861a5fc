"""Zoom as the meeting link: sign in, then schedule/edit/delete make the Zoom meeting too."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desktop.cli import request_from_event
from desktop.services.context import AppContext
from desktop.services.errors import ValidationError
from desktop.services.meetings import ScheduleRequest
from tests.emulators.zoom import ZoomEmulator, fake_browser
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture


@pytest.fixture
def zoom(ctx: AppContext) -> Iterator[ZoomEmulator]:
    with ZoomEmulator() as emu:
        ctx.settings.set("zoom_client_id", emu.public_client_id)  # PKCE only, no secret
        ctx.settings.set("zoom_oauth_url", emu.oauth_url)
        ctx.settings.set("zoom_api_url", emu.api_url)
        yield emu


def test_a_scheduled_meeting_gets_a_zoom_meeting_with_its_details_in_the_invitation(
    ctx: AppContext,
    zoom: ZoomEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    assert not ctx.zoom.signed_in()
    email = asyncio.run(ctx.zoom.sign_in(open_browser=fake_browser()))
    assert ctx.zoom.signed_in() and "@" in email
    assert not any(token in str(memory_keyring.secrets.keys()) for token in zoom.issued)
    ctx.settings.set("meeting_link_mode", "zoom")
    ctx.settings.set(
        "invitation_template",
        "{topic}\n{join_url}\nID {meeting_id} / {passcode}\nH.323 {h323_password}\n"
        "Phone {pstn_password}\n{dial_in}",
    )

    start = (datetime.now(UTC) + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    request = ScheduleRequest(
        topic="Quarterly numbers",
        start=start,
        duration_minutes=45,
        timezone="Europe/Amsterdam",
        passcode="Fig42",
        waiting_room=True,
        mute_on_entry=True,
    )
    with pytest.raises(ValidationError):  # without the Zoom meeting, nothing is made
        ctx.meetings.schedule(request)
    conference = asyncio.run(ctx.zoom.create(request))
    event = ctx.meetings.schedule(replace(request, conference=conference))

    [made] = zoom.meetings.values()
    assert made["topic"] == "Quarterly numbers" and made["duration"] == 45
    assert made["settings"]["waiting_room"] is True and made["settings"]["mute_upon_entry"]
    assert event.join_url == made["join_url"]
    assert event.options.zoom_meeting_id == str(made["id"])
    assert conference.meeting_id.replace(" ", "") == str(made["id"])
    assert conference.meeting_id in event.description and "Fig42" in event.description
    assert made["start_url"] not in event.description  # the host's link stays with Zoom
    assert f"H.323 {made['h323_password']}" in event.description
    assert f"Phone {made['pstn_password']}" in event.description
    row = next(r for r in ctx.meetings.upcoming(days=3) if r.title == "Quarterly numbers")
    assert row.join_link is not None and row.join_link.service == "zoom"

    # Editing moves the Zoom meeting too; deleting deletes it.
    edited = replace(request_from_event(event), topic="Quarterly numbers (moved)")
    conference = asyncio.run(ctx.zoom.update(event.options.zoom_meeting_id, edited))
    ctx.meetings.edit(event.id, replace(edited, conference=conference))
    assert zoom.meetings[int(event.options.zoom_meeting_id)]["topic"] == (
        "Quarterly numbers (moved)"
    )
    asyncio.run(ctx.zoom.delete(event.options.zoom_meeting_id))
    ctx.meetings.delete(event.id)
    assert zoom.meetings == {}
    ctx.zoom.sign_out()
    assert not ctx.zoom.signed_in()


def test_zoom_options_apply_to_new_zoom_meetings_and_bad_ones_are_refused(
    ctx: AppContext,
    zoom: ZoomEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    asyncio.run(ctx.zoom.sign_in(open_browser=fake_browser()))
    with pytest.raises(ValidationError):
        ctx.settings.set("zoom_defaults", {"auto_recording": "everywhere"})
    with pytest.raises(ValidationError):
        ctx.settings.set("zoom_defaults", {"authentication_domains": ["not a domain"]})
    ctx.settings.set(
        "zoom_defaults",
        {
            "auto_recording": "cloud",
            "watermark": True,
            "approval_type": 1,
            "audio": "voip",
            "meeting_authentication": True,
            "authentication_domains": ["Example.com"],
            "close_registration": True,
            "registrants_confirmation_email": False,
            "use_pmi": False,
        },
    )
    start = (datetime.now(UTC) + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    request = ScheduleRequest(
        topic="Webinar", start=start, duration_minutes=60, timezone="UTC", host_video=True
    )
    asyncio.run(ctx.zoom.create(request))
    [made] = zoom.meetings.values()
    settings = made["settings"]
    assert settings["auto_recording"] == "cloud" and settings["watermark"] is True
    assert settings["approval_type"] == 1 and settings["audio"] == "voip"
    assert settings["meeting_authentication"] is True
    assert settings["authentication_domains"] == "example.com"
    assert settings["close_registration"] is True
    assert settings["registrants_confirmation_email"] is False
    assert settings["host_video"] is True  # from the Schedule dialog's own options


def test_an_event_asking_for_a_meeting_gets_a_zoom_meeting_at_the_next_sync(
    ctx: AppContext,
    zoom: ZoomEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    """Location "Meetdesk" in Zoom mode: the sync makes a Zoom meeting and writes its link
    and details into the event, once; unreachable Zoom leaves it for the next sync."""
    asyncio.run(ctx.zoom.sign_in(open_browser=fake_browser()))
    ctx.settings.set("meeting_link_mode", "zoom")
    ctx.settings.set("invitation_template", "{topic}: {join_url} (ID {meeting_id})")
    start = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    fmt = "%Y%m%dT%H%M%SZ"
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:ask-zoom\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start.strftime(fmt)}\r\n"
        f"DTEND:{(start + timedelta(minutes=30)).strftime(fmt)}\r\nSUMMARY:Budget talk\r\n"
        "LOCATION:Meetdesk\r\nDESCRIPTION:Agenda: numbers\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    ctx.meetings.import_ics(ics)
    assert ctx.meetings.add_links_where_asked() == []  # Zoom needs the network: not here

    async def sync() -> None:
        try:
            await ctx.sync.sync_all()
        finally:
            await ctx.sync.close()

    zoom.throttle_next(1, retry_after=600)  # Zoom says "not now": nothing is made yet
    asyncio.run(sync())
    assert not zoom.meetings and len(ctx.meetings.events_asking_for_links()) == 1

    asyncio.run(sync())
    [made] = zoom.meetings.values()
    assert made["topic"] == "Budget talk" and made["duration"] == 30
    row = next(r for r in ctx.meetings.upcoming(days=7) if r.title == "Budget talk")
    assert row.join_link is not None and row.join_link.service == "zoom"
    assert row.event.options.zoom_meeting_id == str(made["id"])
    assert row.event.description.startswith(f"Budget talk: {made['join_url']} (ID ")
    assert row.event.options.agenda == "Agenda: numbers"  # their text is kept

    asyncio.run(sync())  # once only
    assert len(zoom.meetings) == 1


def test_a_series_gets_a_recurring_zoom_meeting_and_an_endless_one_a_link_that_lasts(
    ctx: AppContext,
    zoom: ZoomEmulator,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    """A scheduled (type 2) Zoom link expires after its meeting; a series must not get one."""
    asyncio.run(ctx.zoom.sign_in(open_browser=fake_browser()))
    ctx.settings.set("meeting_link_mode", "zoom")
    start = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)  # a Monday
    weekly = ScheduleRequest(
        topic="Stand-up",
        start=start,
        duration_minutes=15,
        timezone="Europe/Amsterdam",
        recurrence="FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=30",
    )
    conference = asyncio.run(ctx.zoom.create(weekly))
    event = ctx.meetings.schedule(replace(weekly, conference=conference))
    made = zoom.meetings[int(event.options.zoom_meeting_id)]
    assert made["type"] == 8
    assert made["recurrence"] == {
        "type": 2,
        "repeat_interval": 1,
        "weekly_days": "2,4,6",
        "end_times": 30,
    }

    endless = replace(weekly, topic="Team sync", recurrence="FREQ=MONTHLY;BYDAY=-1FR")
    conference = asyncio.run(ctx.zoom.create(endless))
    made = zoom.meetings[int(conference.provider_meeting_id)]
    assert made["type"] == 3 and "recurrence" not in made
    assert conference.join_url == made["join_url"]
