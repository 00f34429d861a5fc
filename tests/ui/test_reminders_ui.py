"""The reminder window: Join (in the browser or the service's app), Snooze, Dismiss."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services.context import AppContext
from desktop.services.meetings import ScheduleRequest
from desktop.ui.bridge import ServiceBridge
from desktop.ui.reminders import ReminderController, ReminderWindow
from tests.ui.test_settings_page import make_page

ZOOM = "https://acme.zoom.us/j/81234567890?pwd=Abc123"


def soon(seconds: int = 30) -> datetime:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).replace(microsecond=0)


def schedule(ctx: AppContext, title: str, start: datetime, location: str = "") -> None:
    event = ctx.meetings.schedule(
        ScheduleRequest(topic=title, start=start, duration_minutes=30, timezone="UTC")
    )
    if location:
        from dataclasses import replace

        ctx.store.save_event(replace(event, location=location, join_url=None))


def controller(ctx: AppContext, qtbot: QtBot) -> tuple[ReminderWindow, ReminderController]:
    window = ReminderWindow(ctx)
    qtbot.addWidget(window)
    bridge = ServiceBridge(ctx.notifier)
    bridge.setParent(window)
    return window, ReminderController(ctx, bridge, window)


def test_a_due_meeting_shows_a_reminder_that_joins_in_the_zoom_app(
    ctx: AppContext,
    qtbot: QtBot,
    opened_urls: list[str],
    screenshot: Callable[..., Path],
) -> None:
    schedule(ctx, "Design review with the very long name of the Benelux partner team", soon(), ZOOM)
    schedule(ctx, "Later today", soon(3 * 3600))
    ctx.settings.set("join_in_app", True)
    window, control = controller(ctx, qtbot)
    control.check()
    assert window.isVisible()
    assert [row.reminder.title for row in window.rows] == [
        "Design review with the very long name of the Benelux partner team"
    ]
    row = window.rows[0]
    assert row.join_button is not None and row.join_button.text() == "&Join Zoom"
    assert row.when.text().startswith(("Starts in", "Starts now"))
    assert control.timer.isActive() and 250 <= control.timer.interval() <= 60_050  # a minute
    screenshot(window, "reminder_window")
    row.join_button.click()
    assert opened_urls == ["zoommtg://zoom.us/join?action=join&confno=81234567890&pwd=Abc123"]
    assert not window.isVisible()  # joined: the reminder is done


def test_snooze_hides_it_and_dismiss_ends_it_and_the_browser_is_the_default(
    ctx: AppContext, qtbot: QtBot, opened_urls: list[str]
) -> None:
    schedule(ctx, "Stand-up", soon(), "https://meet.google.com/abc-defg-hij")
    window, control = controller(ctx, qtbot)
    control.check()
    [row] = window.rows
    row.snooze_button.click()
    assert not window.isVisible()
    assert ctx.reminders.due() == []
    # After the snooze it is back (asked 5 minutes later).
    later = datetime.now(UTC) + timedelta(minutes=5, seconds=1)
    [again] = ctx.reminders.due(later)
    ctx.reminders.dismiss(again.key)
    assert ctx.reminders.due(later) == []
    ctx.reminders._snoozed.clear()  # back to now: only the dismissal holds
    control.check()
    assert not window.isVisible()
    assert opened_urls == []


def test_reminders_follow_the_settings_page(
    ctx: AppContext, qtbot: QtBot, screenshot: Callable[..., Path]
) -> None:
    page = make_page(ctx, qtbot)
    page.reminder_spin.setValue(10)
    assert ctx.settings.get("reminder_minutes") == 10
    page.join_in_app_check.setChecked(True)
    assert ctx.settings.get("join_in_app") is True
    page.reminder_spin.setValue(0)
    assert page.reminder_spin.text() == "no reminders"
    assert ctx.reminders.lead() is None
    page.auto_category_edit.setText("Online meeting")
    page.auto_category_edit.editingFinished.emit()
    assert ctx.settings.get("auto_link_category") == "Online meeting"

    # Own patterns: a bad line is refused with the line number and nothing is saved.
    page.patterns_edit.setPlainText("Acme Meet meet.acme.example")
    assert not page.save_patterns()
    assert "Line 1" in page.patterns_error.text()
    page.patterns_edit.setPlainText("Acme Meet | (a+)+$")
    assert not page.save_patterns()
    assert page.patterns_error.text()
    assert ctx.settings.get("custom_link_patterns") == []
    page.patterns_edit.setPlainText("Acme Meet | meet\\.acme\\.example/")
    assert page.save_patterns()
    schedule(ctx, "In-house", soon(3600), "https://meet.acme.example/room/42")
    [row] = [r for r in ctx.meetings.upcoming(days=1) if r.title == "In-house"]
    assert row.join_link is not None and row.join_link.name == "Acme Meet"
    from PySide6.QtWidgets import QGroupBox

    section = page.findChild(QGroupBox, "joiningSection")
    assert section is not None
    screenshot(section, "settings_joining")
