"""The tray: next meeting with Join, open, quit; closing the window keeps the app running."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.services.context import AppContext
from desktop.services.meetings import ScheduleRequest
from desktop.ui.tray import Tray


def test_the_tray_menu_shows_the_next_meeting_and_joins_it(
    ctx: AppContext, qtbot: QtBot, opened_urls: list[str]
) -> None:
    window = build_window(ctx)
    qtbot.addWidget(window)
    tray = Tray(ctx, window.bridge, window)
    assert tray.next_action.text() == "No more meetings this week"
    assert not tray.join_action.isVisible()
    start = (datetime.now(UTC) + timedelta(hours=2)).replace(second=0, microsecond=0)
    event = ctx.meetings.schedule(
        ScheduleRequest(topic="Retro", start=start, duration_minutes=30, timezone="UTC")
    )
    # Scheduling emits eventsChanged: the menu follows without waiting for its timer.
    assert tray.next_action.text().startswith("Next: Retro")
    assert tray.join_action.isVisible() and tray.join_action.text() == "Join Jitsi Meet"
    tray.join_action.trigger()
    assert opened_urls == [event.join_url]
    tray.icon.hide()


def test_closing_the_window_keeps_the_app_in_the_tray_and_says_so_once(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = build_window(ctx)
    qtbot.addWidget(window)
    tray = Tray(ctx, window.bridge, window)
    window.tray = tray
    window.show()
    assert window.close() is False  # the close was turned into hiding
    assert not window.isVisible()
    assert ctx.settings.get("tray_hint_shown") is True
    tray.open_action.trigger()
    assert window.isVisible()
    window.quitting = True  # what Quit does before quitting the application
    assert window.close() is True
    tray.icon.hide()
