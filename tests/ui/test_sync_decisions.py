"""A conflict made by editing the same meeting here and on a real server, decided in Settings."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain import Permission
from desktop.services.context import AppContext
from desktop.services.meetings import ScheduleRequest
from desktop.ui.bridge import ServiceBridge
from desktop.ui.settings.page import SettingsPage
from tests.integration.radicale import RadicaleServer
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    server = RadicaleServer(tmp_path / "radicale")
    server.start()
    yield server
    server.close()


def sync(ctx: AppContext) -> None:
    async def run() -> None:
        try:
            await ctx.sync.sync_all()
        finally:
            await ctx.sync.close()

    asyncio.run(run())


def test_both_versions_stay_until_the_person_keeps_one(
    ctx: AppContext,
    qtbot: QtBot,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,  # noqa: F811
    screenshot: Callable[..., Path],
) -> None:
    collection = radicale.make_calendar("work", "Work")

    async def connect() -> None:
        try:
            await ctx.sync.connect_caldav(
                radicale.url, radicale.username, radicale.password, set(Permission)
            )
        finally:
            await ctx.sync.close()

    asyncio.run(connect())
    [work] = [c for c in ctx.store.list_calendars() if c.name == "Work"]
    start = (datetime.now(AMS) + timedelta(days=1)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    request = ScheduleRequest("Budget", start, 30, "Europe/Amsterdam", calendar_id=work.id)
    event = ctx.meetings.schedule(request)
    sync(ctx)
    [href] = radicale.item_paths(collection)

    # Someone edits it on the server while it is edited here too.
    server_copy = radicale.get(href).text.replace("SUMMARY:Budget", "SUMMARY:Budget (server)")
    radicale.put(href, server_copy)
    from dataclasses import replace

    ctx.meetings.edit(event.id, replace(request, topic="Budget (mine)"))
    sync(ctx)

    bridge = ServiceBridge(ctx.notifier)
    page = SettingsPage(ctx, bridge)
    bridge.setParent(page)
    qtbot.addWidget(page)
    page.resize(820, 700)
    page.show()
    box = page.decisions
    assert box.isVisible()
    keys = [k for k in box.buttons if k.startswith("mine:")]
    assert len(keys) == 1
    titles = sorted(r.title for r in ctx.meetings.upcoming(days=7))
    assert titles == ["Budget (mine)", "Budget (server)"]  # both visible, nothing dropped
    screenshot(page, "settings_sync_decision")

    box.buttons[keys[0]].click()
    sync(ctx)
    assert [r.title for r in ctx.meetings.upcoming(days=7)] == ["Budget (mine)"]
    assert "SUMMARY:Budget (mine)" in radicale.get(href).text
    assert radicale.item_paths(collection) == [href]
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_server_emptied_by_mistake_deletes_nothing_until_confirmed(
    ctx: AppContext,
    qtbot: QtBot,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    collection = radicale.make_calendar("work", "Work")
    start = (datetime.now(AMS) + timedelta(days=1)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    fmt = "%Y%m%dT%H%M%S"
    for n in range(6):
        when = start + timedelta(hours=n)
        radicale.put(
            f"{collection}e{n}.ics",
            (
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\n"
                f"UID:e{n}\r\nDTSTAMP:20260101T000000Z\r\n"
                f"DTSTART;TZID=Europe/Amsterdam:{when.strftime(fmt)}\r\n"
                f"DTEND;TZID=Europe/Amsterdam:{(when + timedelta(minutes=30)).strftime(fmt)}\r\n"
                f"SUMMARY:Meeting {n}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            ),
        )

    async def connect() -> None:
        try:
            await ctx.sync.connect_caldav(
                radicale.url, radicale.username, radicale.password, set(Permission)
            )
        finally:
            await ctx.sync.close()

    asyncio.run(connect())
    assert len(ctx.meetings.upcoming(days=7)) == 6
    for href in radicale.item_paths(collection):
        radicale.delete(href)
    sync(ctx)
    assert len(ctx.meetings.upcoming(days=7)) == 6  # nothing deleted on its own

    bridge = ServiceBridge(ctx.notifier)
    page = SettingsPage(ctx, bridge)
    bridge.setParent(page)
    qtbot.addWidget(page)
    page.show()
    [key] = [k for k in page.decisions.buttons if k.startswith("delete:")]
    page.decisions.buttons[key].click()
    sync(ctx)
    assert ctx.meetings.upcoming(days=7) == []
