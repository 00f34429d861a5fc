"""The Schedule dialog: schedule, edit, .ics export, and problems shown under the fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.contacts import ContactInput
from desktop.services.context import AppContext
from desktop.services.meetings import ScheduleRequest
from desktop.ui.meetings.page import PageState
from desktop.ui.meetings.schedule_dialog import ScheduleDialog, split_addresses
from tests.ui.test_meetings_page import at, make_page, row_of, topics

Screenshot = Callable[[QWidget, str], Path]


def open_dialog(ctx: AppContext, qtbot: QtBot, **kwargs: object) -> ScheduleDialog:
    dialog = ScheduleDialog(ctx, None, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def all_events(ctx: AppContext, topic: str) -> list[str]:
    return [r.event.id for r in ctx.meetings.upcoming(days=400) if r.title == topic]


def test_schedule_through_the_dialog(ctx: AppContext, qtbot: QtBot, screenshot: Screenshot) -> None:
    ctx.contacts.add(ContactInput(name="Ada Lovelace", emails=("ada@example.com",)))
    page = make_page(ctx, qtbot)
    assert page.state is PageState.EMPTY
    dialog = page.schedule()
    qtbot.waitExposed(dialog)
    # Defaults: the person's time zone, an hour, and a note about the link the meeting gets.
    assert dialog.timezone_combo.currentText() == ctx.meetings.default_timezone()
    assert dialog.hours_spin.value() == 1 and dialog.minutes_spin.value() == 0
    assert "Jitsi" in dialog.link_note.text()
    assert not dialog.calendar_combo.currentText().startswith("Other")

    qtbot.keyClicks(dialog.topic_edit, "Design review")
    start = at(ctx, 2, 10, 30).replace(tzinfo=None)
    dialog.set_start(start)
    dialog.hours_spin.setValue(0)
    dialog.minutes_spin.setValue(45)
    qtbot.keyClicks(dialog.passcode_edit, "s3cret")
    dialog.waiting_room_check.click()
    dialog.mute_check.click()
    qtbot.keyClicks(dialog.alternative_hosts_edit, "deputy@example.com")
    qtbot.keyClicks(dialog.description_edit, "Bring the mock-ups.")

    # Attendees: typing after a comma completes from the contacts and inserts the address.
    qtbot.keyClicks(dialog.attendees_edit, "bob@example.com, lov")
    completer = dialog.attendee_completer
    assert completer.entries.rowCount() == 1
    assert completer.entries.item(0).text() == "Ada Lovelace <ada@example.com>"
    popup = completer.popup()
    assert popup is not None and popup.isVisible()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.attendees_edit.text() == "bob@example.com, ada@example.com, "
    screenshot(dialog, "schedule_dialog")

    dialog.save_button.click()
    assert not dialog.isVisible()
    assert dialog.saved_event is not None
    event = ctx.store.get_event(dialog.saved_event.id)
    assert event is not None
    assert event.title == "Design review"
    assert event.timezone == ctx.meetings.default_timezone()
    assert event.start.replace(tzinfo=None) == start
    assert event.duration == timedelta(minutes=45)
    assert [a.email for a in event.attendees] == ["bob@example.com", "ada@example.com"]
    assert event.options.passcode == "s3cret"
    assert event.options.waiting_room and event.options.mute_on_entry
    assert event.options.alternative_hosts == ("deputy@example.com",)
    assert event.options.agenda == "Bring the mock-ups."
    assert event.join_url and event.join_url.startswith("https://meet.jit.si/")
    qtbot.waitUntil(lambda: topics(page) == ["Design review"])
    # The new meeting is selected in the list.
    selected = page.selected_item()
    assert selected is not None and selected.topic == "Design review"


def test_schedule_a_weekly_series_ending_after_five(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.topic_edit, "Weekly one-to-one")
    dialog.set_start(at(ctx, 1, 9).replace(tzinfo=None))
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("weekly"))
    assert dialog.ends_row.isVisibleTo(dialog)
    dialog.ends_combo.setCurrentIndex(dialog.ends_combo.findData("after"))
    dialog.count_spin.setValue(5)
    assert dialog.save()
    assert dialog.saved_event is not None
    assert dialog.saved_event.rrule == "FREQ=WEEKLY;COUNT=5"
    assert len(all_events(ctx, "Weekly one-to-one")) == 5


def test_custom_rule_and_until_date(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.topic_edit, "Until")
    first = at(ctx, 1, 9)
    dialog.set_start(first.replace(tzinfo=None))
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("daily"))
    dialog.ends_combo.setCurrentIndex(dialog.ends_combo.findData("on"))
    last = first.date() + timedelta(days=2)
    dialog.until_edit.setDate(QDate(last.year, last.month, last.day))
    assert dialog.save()
    assert len(all_events(ctx, "Until")) == 3

    custom = open_dialog(ctx, qtbot)
    qtbot.keyClicks(custom.topic_edit, "Custom")
    custom.set_start(first.replace(tzinfo=None))
    custom.repeat_combo.setCurrentIndex(custom.repeat_combo.findData("custom"))
    assert custom.custom_rule_edit.isVisibleTo(custom) and not custom.ends_row.isVisibleTo(custom)
    qtbot.keyClicks(custom.custom_rule_edit, "RRULE:FREQ=DAILY;COUNT=2")
    assert custom.save()
    assert len(all_events(ctx, "Custom")) == 2


def test_invalid_input_shows_messages_and_saves_nothing(
    ctx: AppContext, qtbot: QtBot, screenshot: Screenshot
) -> None:
    before = ctx.store.count_events()
    dialog = open_dialog(ctx, qtbot)
    dialog.timezone_combo.setEditText("Mars/Olympus_Mons")
    dialog.hours_spin.setValue(0)
    dialog.minutes_spin.setValue(0)
    qtbot.keyClicks(dialog.attendees_edit, "ada@example.com, not-an-address")
    qtbot.keyClicks(dialog.alternative_hosts_edit, "also wrong")
    dialog.save_button.click()

    assert dialog.isVisible()
    assert ctx.store.count_events() == before
    assert dialog.problem_text("topic")
    assert "Mars/Olympus_Mons" in dialog.problem_text("timezone")
    assert dialog.problem_text("duration")
    assert "not-an-address" in dialog.problem_text("attendees")
    assert "also wrong" in dialog.problem_text("alternative_hosts")
    assert dialog.general_error.isVisible()
    for label in dialog.error_labels.values():
        assert label.textFormat() == Qt.TextFormat.PlainText
    # Focus goes to the first field with a problem.
    assert dialog.focusWidget() is dialog.topic_edit
    assert dialog.topic_edit.accessibleDescription() == dialog.problem_text("topic")
    screenshot(dialog, "schedule_dialog_errors")

    # Fixing the fields and saving again works; the messages go away.
    qtbot.keyClicks(dialog.topic_edit, "Fixed")
    dialog.timezone_combo.setEditText("Europe/Paris")
    dialog.minutes_spin.setValue(30)
    dialog.attendees_edit.clear()
    qtbot.keyClicks(dialog.attendees_edit, "ada@example.com")
    dialog.alternative_hosts_edit.clear()
    assert dialog.save()
    assert not dialog.isVisible()
    assert ctx.store.count_events() == before + 1


def test_each_single_problem_alone(ctx: AppContext, qtbot: QtBot) -> None:
    before = ctx.store.count_events()
    cases: list[tuple[str, Callable[[ScheduleDialog], None]]] = [
        ("topic", lambda d: None),
        ("timezone", lambda d: d.timezone_combo.setEditText("Nowhere/City")),
        ("duration", lambda d: (d.hours_spin.setValue(0), d.minutes_spin.setValue(0))),
        ("attendees", lambda d: d.attendees_edit.setText("bad@@example..com")),
        ("passcode", lambda d: d.passcode_edit.setText("no spaces!")),
    ]
    for field, break_it in cases:
        dialog = open_dialog(ctx, qtbot)
        if field != "topic":
            qtbot.keyClicks(dialog.topic_edit, "Topic")
        break_it(dialog)
        assert not dialog.save()
        shown = {f for f, label in dialog.error_labels.items() if label.isVisibleTo(dialog)}
        assert shown == {field, "general"}, field
        assert dialog.focusWidget() is dialog.field_widgets[field]
        dialog.reject()
    assert ctx.store.count_events() == before


def test_edit_updates_the_same_event(ctx: AppContext, qtbot: QtBot) -> None:
    original = ctx.meetings.schedule(
        ScheduleRequest(
            topic="Quarterly review",
            start=at(ctx, 3, 13).replace(tzinfo=None),
            duration_minutes=60,
            timezone="America/New_York",
            recurrence="FREQ=WEEKLY;INTERVAL=2;COUNT=4",
            passcode="pw1",
            attendees=("ada@example.com", "bob@example.com"),
            description="First agenda",
            waiting_room=True,
        )
    )
    count = ctx.store.count_events()
    page = make_page(ctx, qtbot)
    page.select_row(row_of(page, "Quarterly review"))
    details = page.show_details_of_selected()
    assert details is not None and details.edit_button is not None
    details.edit_button.click()
    dialog = page.schedule_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Edit meeting"

    # Prefilled from the event, in its own time zone; the calendar cannot change.
    assert dialog.topic_edit.text() == "Quarterly review"
    assert dialog.timezone_combo.currentText() == "America/New_York"
    assert dialog.start_value() == original.start.replace(tzinfo=None)
    assert dialog.repeat_combo.currentData() == "biweekly"
    assert dialog.ends_combo.currentData() == "after" and dialog.count_spin.value() == 4
    assert dialog.passcode_edit.text() == "pw1"
    assert dialog.waiting_room_check.isChecked()
    assert dialog.attendees_edit.text() == "ada@example.com, bob@example.com"
    assert dialog.description_edit.toPlainText() == "First agenda"
    assert not dialog.calendar_combo.isEnabled()
    assert original.join_url is not None and original.join_url in dialog.link_note.text()

    dialog.topic_edit.clear()
    qtbot.keyClicks(dialog.topic_edit, "Quarterly review (moved)")
    new_start = dialog.start_value() + timedelta(hours=2)
    dialog.set_start(new_start)
    dialog.hours_spin.setValue(2)
    dialog.save_button.click()
    assert not dialog.isVisible()

    edited = ctx.store.get_event(original.id)
    assert edited is not None
    assert edited.title == "Quarterly review (moved)"
    assert edited.start.replace(tzinfo=None) == new_start
    assert edited.duration == timedelta(hours=2)
    assert edited.join_url == original.join_url
    assert edited.uid == original.uid
    assert ctx.store.count_events() == count
    qtbot.waitUntil(lambda: "Quarterly review (moved)" in topics(page))
    assert "Quarterly review" not in topics(page)
    assert len(all_events(ctx, "Quarterly review (moved)")) == 4


def test_other_calendars_saves_an_ics_file(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    before = ctx.store.count_events()
    dialog = open_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.topic_edit, "Exported: planning / Q3")
    other = dialog.calendar_combo.findText("Other calendars (save an .ics file)")
    assert other >= 0
    dialog.calendar_combo.setCurrentIndex(other)
    assert "ics" in dialog.save_button.text()
    dialog.save_button.click()
    file_dialog = dialog.file_dialog
    assert file_dialog is not None and file_dialog.isVisible()
    target = tmp_path / "out.ics"
    file_dialog.fileSelected.emit(str(target))  # what choosing a file in the dialog does
    file_dialog.reject()
    assert dialog.exported_path == target
    data = target.read_bytes()
    assert b"BEGIN:VCALENDAR" in data and b"Exported: planning / Q3" in data
    assert ctx.store.count_events() == before
    assert not dialog.isVisible()


def test_other_calendars_with_problems_asks_for_no_file(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(ctx, qtbot)
    dialog.calendar_combo.setCurrentIndex(dialog.calendar_combo.count() - 1)
    dialog.save_button.click()
    assert dialog.file_dialog is None
    assert dialog.problem_text("topic")


def test_personal_link_note(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("meeting_link_mode", "personal")
    ctx.settings.set("personal_link", "https://zoom.us/j/1112223333")
    dialog = open_dialog(ctx, qtbot)
    assert "https://zoom.us/j/1112223333" in dialog.link_note.text()


def test_split_addresses() -> None:
    assert split_addresses(" a@x.org, Ada <ada@x.org>;b@x.org,,a@x.org ") == (
        "a@x.org",
        "ada@x.org",
        "b@x.org",
    )


def test_dialog_fits_a_small_screen(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(ctx, qtbot)
    assert dialog.height() <= 768 - 40 and dialog.width() <= 1366
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    # Every field has a label with a keyboard mnemonic.
    assert all("&" in text for text in labels), labels
    assert dialog.topic_edit.accessibleName() == "Topic"
