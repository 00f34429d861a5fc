"""The whole window as a person opens it: tabs, menus, opening .ics files, first start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import build_window, maybe_prompt_first_login
from desktop.policy import load_policy
from desktop.profile import Profile
from desktop.services.context import AppContext, build_context
from desktop.ui.importing.dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.meetings.page import DAYS_AHEAD
from desktop.ui.settings.first_login import FirstLoginPrompt

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:one\r\n"
    "DTSTAMP:20260101T000000Z\r\nDTSTART:20991201T090000Z\r\nDTEND:20991201T100000Z\r\n"
    "SUMMARY:Far future\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def window_for(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_has_the_three_sections_and_keyboard_shortcuts(
    ctx: AppContext, qtbot: QtBot, screenshot: Callable[..., Path]
) -> None:
    _some_meetings(ctx)
    window = window_for(ctx, qtbot)
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Meetings", "Contacts", "Settings"]
    assert window.schedule_action.shortcut().toString() == "Ctrl+N"
    assert window.join_action.shortcut().toString() == "Ctrl+J"
    assert window.search_action.shortcut().toString() == "Ctrl+F"
    window.search_action.trigger()
    assert window.tabs.currentWidget() is window.contacts_page
    window.tabs.setCurrentWidget(window.meetings_page)
    qtbot.waitUntil(lambda: window.meetings_page.loaded_days == DAYS_AHEAD)
    assert window.meetings_page.model.meeting_count() == 4
    screenshot(window, "main_window")


def test_contacts_and_settings_are_built_when_first_opened_and_starting_saves_nothing(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The window shows sooner without them; the start itself changes no setting (the
    reminder and join-in-app controls once saved their value back while loading)."""
    from desktop.services.notifications import Topic
    from desktop.ui.contacts.page import ContactsPage
    from desktop.ui.settings.page import SettingsPage

    emitted: list[str] = []
    ctx.notifier.subscribe(lambda topic: emitted.append(str(topic)))
    window = window_for(ctx, qtbot)
    qtbot.waitUntil(lambda: window.meetings_page.loaded_days > 0)
    assert not window.findChildren(ContactsPage) and not window.findChildren(SettingsPage)

    window.tabs.setCurrentIndex(2)  # a click on the Settings tab
    [settings] = window.findChildren(SettingsPage)
    assert settings.isVisible() and window.tabs.currentWidget() is settings
    assert window.settings_page is settings  # built once
    assert not window.findChildren(ContactsPage)
    assert str(Topic.SETTINGS) not in emitted

    window.search_action.trigger()  # Ctrl+F opens Contacts with the search box
    [contacts] = window.findChildren(ContactsPage)
    assert window.tabs.currentWidget() is contacts and contacts.isVisible()


def _some_meetings(ctx: AppContext) -> None:
    """A morning as a person would have it: their own meetings and invitations from others."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from desktop.services.meetings import ScheduleRequest

    ctx.settings.set("my_name", "Sam Jansen")
    day = (datetime.now(ZoneInfo("Europe/Amsterdam")) + timedelta(days=1)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    ctx.meetings.schedule(
        ScheduleRequest(
            "Team stand-up", day, 15, "Europe/Amsterdam", recurrence="FREQ=DAILY;COUNT=2"
        )
    )
    start = (day + timedelta(hours=2)).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    end = (day + timedelta(hours=3)).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    after = (day + timedelta(hours=4)).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    ctx.meetings.import_ics(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:q4\r\n"
            f"DTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
            "SUMMARY:Quarterly planning with Acme\r\n"
            "ORGANIZER;CN=Élodie Martin:mailto:elodie@acme.example\r\n"
            "LOCATION:https://acme.zoom.us/j/81234567890?pwd=Zx12\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:lunch\r\n"
            f"DTSTAMP:20260101T000000Z\r\nDTSTART:{end}\r\nDTEND:{after}\r\n"
            "SUMMARY:Lunch with Bram\r\nORGANIZER;CN=Bram de Vries:mailto:bram@example.nl\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
    )


def test_opening_an_ics_file_previews_it_and_imports_on_request(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_for(ctx, qtbot)
    file = tmp_path / "invite.ics"
    file.write_text(ICS)
    dialog = window.open_ics_file(str(file))
    assert isinstance(dialog, ImportDialog)
    assert ctx.store.count_events() == 0  # nothing is added before the person says so
    dialog.close()


def test_a_hostile_or_unreadable_file_gets_a_message_and_changes_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_for(ctx, qtbot)
    junk = tmp_path / "junk.ics"
    junk.write_bytes(b"MZ\x90\x00 this is an executable, not a calendar")
    for path in (junk, tmp_path / "missing.ics"):
        assert window.open_ics_file(str(path)) is None
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        assert boxes, "the person must be told why the file was not opened"
        assert path.name in boxes[-1].text()
        for box in boxes:
            box.close()
    assert ctx.store.count_events() == 0


def test_first_start_prompts_for_set_up_once(
    profile: Profile, policy_file: Path, qtbot: QtBot
) -> None:
    policy_file.write_text(json.dumps({"enforced": {"first_login_prompt": "first_sign_in"}}))
    ctx = build_context(profile, policy=load_policy())
    window = window_for(ctx, qtbot)
    prompt = maybe_prompt_first_login(window)
    assert isinstance(prompt, FirstLoginPrompt) and prompt.isVisible()
    prompt.close()
    assert maybe_prompt_first_login(window) is None
    ctx.close()


def test_the_app_starts_and_shows_its_window_as_a_process(tmp_path: Path) -> None:
    env = {**os.environ, "MEETDESK_EXIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(tmp_path / "p")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "shown_ms=" in result.stdout
    assert "Traceback" not in result.stderr
    assert (tmp_path / "p" / "data" / "meetdesk.sqlite3").exists()


def test_the_whole_app_runs_its_event_loop_and_sync_thread_and_quits_cleanly(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "MEETDESK_QUIT_AFTER_MS": "1500", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(tmp_path / "p")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_a_file_opened_from_the_finder_shows_its_import_preview(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from desktop.app import FileOpenFilter
    from desktop.ui.importing.dialog import ImportDialog

    window = build_window(ctx)
    qtbot.addWidget(window)
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.com\r\n"
        "DTSTART:20301201T090000Z\r\nDTEND:20301201T100000Z\r\nSUMMARY:From Finder\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    app = QApplication.instance()
    assert app is not None
    opener = FileOpenFilter(window)
    app.installEventFilter(opener)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(invite)))
    finally:
        app.removeEventFilter(opener)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog)]
    assert any(d.isVisible() for d in dialogs)
    for dialog in dialogs:
        dialog.close()
