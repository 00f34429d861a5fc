"""Connecting a CalDAV server from the wizard and syncing from the window, against Radicale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.domain import AccountState, ServiceKind
from desktop.services.context import AppContext
from desktop.sync import SyncScheduler
from desktop.ui.background import BackgroundLoop
from desktop.ui.meetings.page import DAYS_AHEAD
from desktop.ui.settings.connect_dialog import ConnectDialog
from tests.integration.radicale import RadicaleServer
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    server = RadicaleServer(tmp_path / "radicale")
    server.start()
    yield server
    server.close()


@pytest.fixture
def background() -> Iterator[BackgroundLoop]:
    loop = BackgroundLoop()
    yield loop
    loop.stop()


def event_text(uid: str, title: str) -> str:
    start = (datetime.now(AMS) + timedelta(days=1)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    fmt = "%Y%m%dT%H%M%S"
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Amsterdam:{start.strftime(fmt)}\r\n"
        f"DTEND;TZID=Europe/Amsterdam:{(start + timedelta(hours=1)).strftime(fmt)}\r\n"
        f"SUMMARY:{title}\r\nLOCATION:https://meet.google.com/abc-defg-hij\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_connect_a_server_in_the_wizard_then_sync_now_brings_remote_changes(
    ctx: AppContext,
    qtbot: QtBot,
    radicale: RadicaleServer,
    background: BackgroundLoop,
    memory_keyring: MemoryKeyring,  # noqa: F811
    screenshot: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop.ui.settings.connect_dialog as connect_module

    monkeypatch.setattr(connect_module, "background_loop", lambda: background)
    collection = radicale.make_calendar("work", "Work")
    radicale.put(f"{collection}a.ics", event_text("a", "Planning on the server"))
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.attach_sync(SyncScheduler(ctx.sync.engine), background)
    window.show()

    wizard = ConnectDialog(ctx, window)
    wizard.show()
    radio = wizard.service_page.radios[ServiceKind.CALDAV]
    assert radio.isEnabled()
    radio.setChecked(True)
    wizard.next()
    wizard.next()
    page = wizard.sign_in_page
    assert page.credentials.isVisible()
    screenshot(wizard, "connect_dialog_caldav")
    qtbot.keyClicks(page.url_edit, radicale.url)
    qtbot.keyClicks(page.username_edit, radicale.username)
    qtbot.keyClicks(page.password_edit, "wrong password")
    wizard.next()  # Finish is the last page's next
    qtbot.waitUntil(lambda: "refused" in page.error.text(), timeout=20_000)
    assert wizard.account is None
    page.password_edit.setText(radicale.password)
    with qtbot.waitSignal(wizard.accountConnected, timeout=20_000):
        wizard.next()
    account = wizard.account
    assert account is not None and account.kind is ServiceKind.CALDAV
    assert memory_keyring.secrets  # the password went to the keyring ...
    db = (ctx.profile.database_path).read_bytes()
    assert radicale.password.encode() not in db  # ... and nowhere else

    meetings = window.meetings_page
    qtbot.waitUntil(lambda: meetings.loaded_days == DAYS_AHEAD)
    qtbot.waitUntil(
        lambda: (
            "Planning on the server"
            in [
                meetings.model.meeting_at(r).topic
                for r in range(meetings.model.rowCount())
                if meetings.model.meeting_at(r) is not None
            ]
        ),
        timeout=20_000,
    )
    radicale.put(f"{collection}b.ics", event_text("b", "Added on the phone"))
    meetings.refresh_button.click()  # Refresh on the Meetings tab syncs too
    qtbot.waitUntil(lambda: window.sync_action.isEnabled(), timeout=20_000)
    assert window.last_sync_message == "Everything is up to date."
    qtbot.waitUntil(
        lambda: (
            "Added on the phone"
            in [
                meetings.model.meeting_at(r).topic
                for r in range(meetings.model.rowCount())
                if meetings.model.meeting_at(r) is not None
            ]
        ),
        timeout=20_000,
    )
    radicale.stop()
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_action.isEnabled(), timeout=60_000)
    assert "problems" in window.last_sync_message
    stored = ctx.store.get_account(account.id)
    assert stored is not None and stored.state is AccountState.OFFLINE
    screenshot(window, "main_window_after_sync")
    background.run(ctx.sync.close())


def test_sync_now_in_settings_syncs_the_selected_account_only(
    ctx: AppContext,
    qtbot: QtBot,
    radicale: RadicaleServer,
    background: BackgroundLoop,
    memory_keyring: MemoryKeyring,  # noqa: F811
    screenshot: Callable[..., Path],
) -> None:
    from desktop.domain import ALL_PERMISSIONS, LOCAL_ACCOUNT_ID

    collection = radicale.make_calendar("work", "Work")
    connected = background.run(
        ctx.sync.connect_caldav(
            radicale.url, radicale.username, radicale.password, ALL_PERMISSIONS
        ),
        timeout=30,
    )
    window = build_window(ctx)
    qtbot.addWidget(window)
    settings = window.settings_page
    button = settings.sync_account_button
    settings.refresh_accounts()
    settings.select_account(connected.account.id)
    assert not button.isEnabled()  # nothing to sync with until the app attaches its sync
    window.attach_sync(SyncScheduler(ctx.sync.engine), background)
    window.show()
    window.tabs.setCurrentWidget(settings)
    assert button.isVisible() and button.isEnabled()

    radicale.put(f"{collection}c.ics", event_text("c", "Booked from the web"))
    button.click()
    assert not button.isEnabled()  # one sync of an account at a time
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    titles = [e.title for e in ctx.meetings.upcoming(days=30)]
    assert "Booked from the web" in titles
    stored = ctx.store.get_account(connected.account.id)
    assert stored is not None and stored.state is AccountState.UP_TO_DATE
    screenshot(window, "settings_sync_now")

    # The computer's own calendar has nothing to sync: no button for it.
    settings.select_account(LOCAL_ACCOUNT_ID)
    assert not button.isVisible()
    background.run(ctx.sync.close())
