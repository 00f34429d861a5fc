"""The .ics import dialog: preview, problems, calendar choice, import, refused files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop import ical
from desktop.domain import LOCAL_ACCOUNT_ID, LOCAL_CALENDAR_ID, Permission
from desktop.services.context import AppContext
from desktop.ui.importing.dialog import ImportDialog

Screenshot = Callable[[QWidget, str], Path]

VALID = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example//Test//EN\r
BEGIN:VEVENT\r
UID:budget-2031@example.com\r
DTSTAMP:20310101T090000Z\r
DTSTART;TZID=Europe/Amsterdam:20310303T100000\r
DTEND;TZID=Europe/Amsterdam:20310303T110000\r
SUMMARY:Quarterly budget review with the finance team and the regional managers\r
LOCATION:https://meet.example.com/budget\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:standup-2031@example.com\r
DTSTAMP:20310101T090000Z\r
DTSTART:20310304T080000Z\r
DTEND:20310304T081500Z\r
RRULE:FREQ=WEEKLY;COUNT=10\r
SUMMARY:<b>Stand-up</b>\r
END:VEVENT\r
END:VCALENDAR\r
"""

HOSTILE = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example//Test//EN\r
BEGIN:VEVENT\r
UID:flood@example.com\r
DTSTAMP:20310101T090000Z\r
DTSTART:20310304T080000Z\r
DTEND:20310304T081500Z\r
RRULE:FREQ=SECONDLY\r
SUMMARY:Flood\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:nowhere@example.com\r
DTSTAMP:20310101T090000Z\r
DTSTART;TZID=Mars/Olympus_Mons:20310305T100000\r
DTEND;TZID=Mars/Olympus_Mons:20310305T110000\r
SUMMARY:Meeting on Mars\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:planning@example.com\r
DTSTAMP:20310101T090000Z\r
DTSTART:20310306T130000Z\r
DTEND:20310306T140000Z\r
SUMMARY:Planning\r
END:VEVENT\r
END:VCALENDAR\r
"""


def open_dialog(ctx: AppContext, qtbot: QtBot, data: bytes, name: str) -> ImportDialog:
    dialog = ImportDialog(ctx, data, name)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_valid_file_imports_into_the_calendar(
    ctx: AppContext, qtbot: QtBot, screenshot: Screenshot
) -> None:
    dialog = open_dialog(ctx, qtbot, VALID, "Finance team calendar (shared by Alexandrina).ics")
    assert dialog.found.text().startswith("2 events found.")
    model = dialog.model
    assert model.rowCount() == 2
    first = model.texts(0)
    assert first[1] == "Quarterly budget review with the finance team and the regional managers"
    assert first[2] == ""
    assert "10:00" in first[0] and "11:00" in first[0]  # Amsterdam is the test's local zone
    second = model.texts(1)
    assert second[1] == "<b>Stand-up</b>"  # shown as written, never as markup
    assert second[2] == "Repeats weekly"
    assert "09:00" in second[0]
    assert not dialog.problems.isVisible()
    assert dialog.selected_calendar_id() == LOCAL_CALENDAR_ID
    assert dialog.import_button.isEnabled()
    QApplication.processEvents()
    screenshot(dialog, "import_dialog")

    dialog.import_button.click()
    assert not dialog.isVisible()
    assert dialog.summary == "Added 2, updated 0."
    assert dialog.summary_box is not None
    assert "Added 2, updated 0." in dialog.summary_box.text()
    dialog.summary_box.button(QMessageBox.StandardButton.Ok).click()
    uids = {
        e.uid for e in ctx.store.find_events_by_uid(LOCAL_CALENDAR_ID, "budget-2031@example.com")
    }
    assert uids == {"budget-2031@example.com"}
    assert ctx.store.find_events_by_uid(LOCAL_CALENDAR_ID, "standup-2031@example.com")
    assert ctx.store.count_events() == 2

    # The same file again updates instead of adding.
    again = open_dialog(ctx, qtbot, VALID, "calendar.ics")
    again.import_button.click()
    assert again.summary == "Added 0, updated 2."
    assert ctx.store.count_events() == 2


def test_hostile_file_shows_its_problems(
    ctx: AppContext, qtbot: QtBot, screenshot: Screenshot
) -> None:
    dialog = open_dialog(ctx, qtbot, HOSTILE, "hostile.ics")
    assert dialog.problems.isVisible()
    problems = dialog.problems.toPlainText()
    assert "Flood" in problems
    assert "Mars/Olympus_Mons" in problems
    QApplication.processEvents()
    screenshot(dialog, "import_dialog_problems")
    titles = [dialog.model.texts(row)[1] for row in range(dialog.model.rowCount())]
    assert titles == ["Planning"]
    assert dialog.found.text().startswith("1 event found.")
    dialog.import_button.click()
    assert dialog.summary == "Added 1, updated 0. 2 items skipped."
    assert ctx.store.find_events_by_uid(LOCAL_CALENDAR_ID, "flood@example.com") == []
    assert ctx.store.find_events_by_uid(LOCAL_CALENDAR_ID, "nowhere@example.com") == []
    assert ctx.store.count_events() == 1


def test_nothing_importable_disables_import(ctx: AppContext, qtbot: QtBot) -> None:
    only_bad = HOSTILE.split(b"BEGIN:VEVENT\r\nUID:planning")[0] + b"END:VCALENDAR\r\n"
    dialog = open_dialog(ctx, qtbot, only_bad, "flood.ics")
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert not dialog.table.isVisible()
    assert dialog.found.text() == "No event in this file can be imported."
    assert "Flood" in dialog.problems.toPlainText()
    assert ctx.store.count_events() == 0


@pytest.mark.parametrize(
    "data",
    [
        b"hello, this is not a calendar",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"",
    ],
)
def test_not_a_calendar_file_raises(ctx: AppContext, qtbot: QtBot, data: bytes) -> None:
    with pytest.raises(ical.IcsError):
        ImportDialog(ctx, data, "notes.txt")


def test_no_writable_calendar(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.integration.configure(LOCAL_ACCOUNT_ID, {Permission.CALENDAR_READ})
    dialog = open_dialog(ctx, qtbot, VALID, "calendar.ics")
    assert not dialog.calendar_combo.isEnabled()
    assert not dialog.import_button.isEnabled()
    assert "no calendar you may add meetings to" in dialog.error.text()
    assert ctx.store.get_account(LOCAL_ACCOUNT_ID) is not None
