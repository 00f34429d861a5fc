"""Events made elsewhere that ask for a meeting get a link and invitation, once, on Radicale."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from desktop.domain import ALL_PERMISSIONS
from desktop.services.context import AppContext
from tests.integration.radicale import RadicaleServer
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture


def item(uid: str, title: str, location: str = "", extra: str = "") -> str:
    start = (datetime.now(UTC) + timedelta(days=2)).replace(hour=9, minute=0, second=0)
    fmt = "%Y%m%dT%H%M%SZ"
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other client//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start.strftime(fmt)}\r\n"
        f"DTEND:{(start + timedelta(hours=1)).strftime(fmt)}\r\nSUMMARY:{title}\r\n"
        + (f"LOCATION:{location}\r\n" if location else "")
        + "DESCRIPTION:Agenda: numbers\r\n"
        + extra
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def sync(ctx: AppContext) -> dict[str, object]:
    async def run() -> dict[str, object]:
        try:
            return dict(await ctx.sync.sync_all())
        finally:
            await ctx.sync.close()

    return asyncio.run(run())


def test_location_meetdesk_gets_a_link_once_and_the_server_gets_it_too(
    ctx: AppContext,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    collection = radicale.make_calendar("work", "Work")
    radicale.put(f"{collection}ask.ics", item("ask", "Budget talk", "Meetdesk"))
    radicale.put(f"{collection}plain.ics", item("plain", "Lunch", "Canteen"))
    radicale.put(
        f"{collection}tagged.ics",
        item("tagged", "Tagged", "Room 4", "CATEGORIES:Work,Online meeting\r\n"),
    )
    ctx.settings.set("auto_link_category", "Online meeting")

    async def connect() -> None:
        try:
            await ctx.sync.connect_caldav(
                radicale.url, radicale.username, radicale.password, ALL_PERMISSIONS
            )
        finally:
            await ctx.sync.close()

    asyncio.run(connect())
    rows = {r.title: r for r in ctx.meetings.upcoming(days=7)}
    asked = rows["Budget talk"]
    assert asked.join_link is not None and asked.join_link.service == "jitsi"
    assert "Budget talk" in asked.event.description  # the invitation
    assert "Agenda: numbers" in asked.event.description  # the original text kept in it
    assert rows["Tagged"].join_link is not None and rows["Tagged"].event.location == "Room 4"
    assert rows["Lunch"].join_link is None
    on_server = radicale.get(f"{collection}ask.ics").text
    assert asked.join_link.url in on_server and "LOCATION:Meetdesk" not in on_server

    # Once only: a later sync changes nothing, even when the server puts "Meetdesk" back.
    radicale.put(f"{collection}ask.ics", item("ask", "Budget talk", "Meetdesk"))
    reports = sync(ctx)
    assert all(r.pushed == 0 for r in reports.values())  # type: ignore[attr-defined]
    again = next(r for r in ctx.meetings.upcoming(days=7) if r.title == "Budget talk")
    assert again.event.location == "Meetdesk" and again.join_link is None
