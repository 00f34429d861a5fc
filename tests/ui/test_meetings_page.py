"""The Meetings tab, driven like a person would: a real context, real SQLite, real widgets."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain import (
    LOCAL_ACCOUNT_ID,
    LOCAL_CALENDAR_ID,
    Attendee,
    Calendar,
    Event,
    Person,
    ResponseStatus,
)
from desktop.services.context import AppContext
from desktop.services.meetings import ScheduleRequest
from desktop.ui.bridge import ServiceBridge
from desktop.ui.meetings.details import MeetingDetailsDialog
from desktop.ui.meetings.page import DAYS_AHEAD, MeetingsPage, PageState

Screenshot = Callable[[QWidget, str], Path]

ZOOM_URL = "https://zoom.us/j/98765432100?pwd=abc123"
TEAMS_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0"
EVIL_TITLE = "Review <img src=//host/share/x.png> <script>alert(1)</script>"
LONG_NAME = "Maximiliaan Alexander van der Berghe-Oudenhoven de Vries Jr."  # 60 characters


def local_zone(ctx: AppContext) -> ZoneInfo:
    return ZoneInfo(ctx.meetings.default_timezone())


def at(ctx: AppContext, days: int, hour: int, minute: int = 0) -> datetime:
    """A local moment `days` days from today."""
    zone = local_zone(ctx)
    day = datetime.now(zone).date() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), zone)


def add_event(
    ctx: AppContext,
    title: str,
    start: datetime,
    minutes: int = 60,
    *,
    organizer: Person | None = None,
    location: str = "",
    description: str = "",
    join_url: str | None = None,
    rrule: str | None = None,
    calendar_id: str = LOCAL_CALENDAR_ID,
    private: bool = False,
    attendees: tuple[Attendee, ...] = (),
    timezone: str | None = None,
) -> Event:
    """An event as a sync or an import would store it, with its occurrences."""
    event_id = uuid.uuid4().hex
    event = Event(
        id=event_id,
        calendar_id=calendar_id,
        uid=f"{event_id}@test",
        title=title,
        start=start,
        end=start + timedelta(minutes=minutes),
        timezone=timezone or ctx.meetings.default_timezone(),
        rrule=rrule,
        location=location,
        description=description,
        organizer=organizer,
        attendees=attendees,
        join_url=join_url,
        private=private,
    )
    ctx.store.save_event(event)
    ctx.meetings._materialise(event)
    return event


def make_page(ctx: AppContext, qtbot: QtBot, width: int = 900, height: int = 620) -> MeetingsPage:
    bridge = ServiceBridge(ctx.notifier)
    page = MeetingsPage(ctx, bridge)
    bridge.setParent(page)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.state is not PageState.LOADING)
    # The first screen is read first; the whole month follows a moment later.
    qtbot.waitUntil(lambda: page.loaded_days == DAYS_AHEAD)
    return page


def row_of(page: MeetingsPage, topic: str) -> int:
    for number in range(page.model.rowCount()):
        item = page.model.meeting_at(number)
        if item is not None and item.topic == topic:
            return number
    raise AssertionError(f"{topic!r} is not in the list: {topics(page)}")


def topics(page: MeetingsPage) -> list[str]:
    return [item.topic for item in page.model.meetings()]


def date_label(day: datetime) -> str:
    today = datetime.now(day.tzinfo).date()
    pattern = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


# -- the list ----------------------------------------------------------------------------------


def test_meetings_are_grouped_today_tomorrow_and_by_date(
    ctx: AppContext, qtbot: QtBot, screenshot: Screenshot
) -> None:
    now = datetime.now(local_zone(ctx)).replace(second=0, microsecond=0)
    add_event(ctx, "Stand-up in progress", now - timedelta(minutes=10), 50, join_url=ZOOM_URL)
    add_event(
        ctx,
        "Weekly planning",
        at(ctx, 1, 9, 30),
        45,
        location=TEAMS_URL,
        rrule="FREQ=WEEKLY;COUNT=3",
        organizer=Person(LONG_NAME, "maximiliaan.van.der.berghe-oudenhoven@subsidiary.example.com"),
    )
    add_event(ctx, "Dentist", at(ctx, 1, 14), 30)
    in_three_days = at(ctx, 3, 12)
    add_event(
        ctx,
        "A very long topic that keeps going on and on about the quarterly budget review",
        in_three_days,
        90,
        join_url="https://meet.jit.si/MeetdeskABCDEFGHIJKLMNOPQRSTUVWX",
    )
    add_event(ctx, EVIL_TITLE, at(ctx, 4, 16), organizer=Person("", "grace@example.com"))
    add_private_meeting(ctx, at(ctx, 4, 17))

    page = make_page(ctx, qtbot)

    assert page.state is PageState.LIST
    labels = page.model.header_labels()
    assert labels[:3] == ["Today", "Tomorrow", date_label(in_three_days)]
    # Header rows are not selectable; meeting rows are.
    assert not page.model.flags(page.model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    now_row = page.model.meeting_at(row_of(page, "Stand-up in progress"))
    assert now_row is not None and now_row.now
    weekly = page.model.meeting_at(row_of(page, "Weekly planning"))
    assert weekly is not None and weekly.repeats and not weekly.now
    assert weekly.host_text == LONG_NAME
    assert weekly.service_text == "Microsoft Teams" or "Teams" in weekly.service_text
    dentist = page.model.meeting_at(row_of(page, "Dentist"))
    assert dentist is not None and dentist.join_url is None and dentist.host_text == "You"
    # Untrusted titles stay literal text in the model (the delegate paints them as text).
    assert EVIL_TITLE in topics(page)
    expected_start = at(ctx, 1, 9, 30)
    clock = QLocale().toString(expected_start.time(), QLocale.FormatType.ShortFormat)
    assert weekly.time_text.startswith(clock)
    page.select_row(row_of(page, "Weekly planning"))
    page.view.setFocus()
    screenshot(page, "meetings_list")


def test_join_button_only_with_a_link_and_a_click_opens_it(
    ctx: AppContext, qtbot: QtBot, opened_urls: list[str]
) -> None:
    add_event(ctx, "With link", at(ctx, 1, 10), join_url=ZOOM_URL)
    add_event(ctx, "Without link", at(ctx, 1, 11), location="Room 4.12")
    page = make_page(ctx, qtbot)

    with_link = row_of(page, "With link")
    without = row_of(page, "Without link")
    assert page.join_button_rect(without) is None
    rect = page.join_button_rect(with_link)
    assert rect is not None and rect.isValid()

    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened_urls) == 1
    assert opened_urls[0].startswith("https://zoom.us/j/98765432100")

    # A click elsewhere on the row selects it and opens nothing.
    elsewhere = page.view.visualRect(page.model.index(without, 0)).center()
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=elsewhere)
    assert len(opened_urls) == 1
    assert page.selected_item() is not None and page.selected_item().topic == "Without link"


def test_keyboard_enter_and_ctrl_j_join_the_selected_meeting(
    ctx: AppContext, qtbot: QtBot, opened_urls: list[str]
) -> None:
    add_event(ctx, "First", at(ctx, 1, 9), join_url="https://meet.jit.si/MeetdeskKeyboardRoom1")
    add_event(ctx, "Second", at(ctx, 1, 10), location=ZOOM_URL)
    page = make_page(ctx, qtbot)
    page.view.setFocus()
    # Focus lands on the first meeting, not on the "Tomorrow" header.
    assert page.selected_item() is not None and page.selected_item().topic == "First"
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert opened_urls == ["https://meet.jit.si/MeetdeskKeyboardRoom1"]
    QTest.keyClick(page.view, Qt.Key.Key_Down)
    assert page.selected_item().topic == "Second"
    QTest.keyClick(page.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert len(opened_urls) == 2 and opened_urls[1].startswith("https://zoom.us/j/98765432100")
    # Up from the first meeting does not stop on the header.
    QTest.keyClick(page.view, Qt.Key.Key_Up)
    QTest.keyClick(page.view, Qt.Key.Key_Up)
    assert page.selected_item().topic == "First"
    assert page.join_selected()  # what the main window's Ctrl+J calls
    assert len(opened_urls) == 3


def test_meetings_hosted_by_filter(ctx: AppContext, qtbot: QtBot) -> None:
    add_event(ctx, "My own", at(ctx, 1, 9))
    add_event(ctx, "Grace's", at(ctx, 1, 10), organizer=Person("Grace Hopper", "grace@example.com"))
    add_event(ctx, "Alan's", at(ctx, 2, 10), organizer=Person("Alan Turing", "alan@example.com"))
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:imported-1@test\r\nDTSTAMP:20250101T000000Z\r\n"
        f"DTSTART:{at(ctx, 3, 10).astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}\r\n"
        f"DTEND:{at(ctx, 3, 11).astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}\r\n"
        "SUMMARY:Imported from Grace\r\nORGANIZER;CN=Grace Hopper:mailto:grace@example.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    ctx.meetings.import_ics(ics)
    page = make_page(ctx, qtbot)

    choices = [page.host_combo.itemText(i) for i in range(page.host_combo.count())]
    assert choices == [
        "Everyone",
        "Me",
        "Alan Turing (alan@example.com)",
        "Grace Hopper (grace@example.com)",
    ]
    assert sorted(topics(page)) == sorted(["My own", "Grace's", "Alan's", "Imported from Grace"])

    page.host_combo.setCurrentIndex(choices.index("Grace Hopper (grace@example.com)"))
    assert sorted(topics(page)) == ["Grace's", "Imported from Grace"]
    assert page.model.header_labels()[0] == "Tomorrow"

    page.host_combo.setCurrentIndex(choices.index("Me"))
    assert topics(page) == ["My own"]

    # A refresh (here: a change in the store) keeps the chosen filter.
    add_event(ctx, "Another of mine", at(ctx, 2, 15))
    page.refresh()
    assert page.host_combo.currentText() == "Me"
    assert topics(page) == ["My own", "Another of mine"]

    page.host_combo.setCurrentIndex(0)
    assert len(topics(page)) == 5


def test_search_filters_rows_and_keeps_only_days_with_rows(ctx: AppContext, qtbot: QtBot) -> None:
    add_event(ctx, "Budget review", at(ctx, 1, 9))
    add_event(
        ctx, "Design sync", at(ctx, 2, 10), organizer=Person("Ada Lovelace", "ada@example.com")
    )
    add_event(ctx, "Budget follow-up", at(ctx, 3, 10))
    page = make_page(ctx, qtbot)
    assert len(page.model.header_labels()) == 3

    qtbot.keyClicks(page.search_edit, "budget")
    assert topics(page) == ["Budget review", "Budget follow-up"]
    assert len(page.model.header_labels()) == 2
    assert page.model.header_labels()[0] == "Tomorrow"

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "lovelace")
    assert topics(page) == ["Design sync"]

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "no such thing")
    assert page.state is PageState.NO_MATCH
    assert page.stack.currentWidget() is page.no_match_panel
    assert "no such thing" in page.no_match_detail.text()
    page.clear_filters_button.click()
    assert page.state is PageState.LIST
    assert len(topics(page)) == 3


def test_empty_state_offers_schedule(ctx: AppContext, qtbot: QtBot, screenshot: Screenshot) -> None:
    page = make_page(ctx, qtbot)
    assert page.state is PageState.EMPTY
    assert page.stack.currentWidget() is page.empty_panel
    texts = [label.text() for label in page.empty_panel.findChildren(QLabel)]
    assert "No upcoming meetings" in texts
    assert page.empty_schedule_button.isVisible()
    screenshot(page, "meetings_empty")
    page.empty_schedule_button.click()
    assert page.schedule_dialog is not None and page.schedule_dialog.isVisible()
    page.schedule_dialog.reject()


def test_error_state_shows_the_message_and_retry(ctx: AppContext, qtbot: QtBot) -> None:
    add_event(ctx, "Something", at(ctx, 1, 9))
    page = make_page(ctx, qtbot)
    assert page.state is PageState.LIST
    ctx.store.close()  # the cache becomes unreadable
    page.refresh_button.click()
    assert page.state is PageState.ERROR
    assert page.error_label.text()
    assert page.retry_button.isVisible()


def test_list_follows_changes_from_services(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    assert page.state is PageState.EMPTY
    ctx.meetings.schedule(
        ScheduleRequest(
            topic="Scheduled elsewhere",
            start=at(ctx, 2, 10).replace(tzinfo=None),
            duration_minutes=30,
            timezone=ctx.meetings.default_timezone(),
        )
    )
    qtbot.waitUntil(lambda: topics(page) == ["Scheduled elsewhere"])
    assert page.state is PageState.LIST


def test_a_day_with_200_meetings(ctx: AppContext, qtbot: QtBot, screenshot: Screenshot) -> None:
    first = at(ctx, 1, 7)
    for number in range(200):
        add_event(
            ctx,
            f"Meeting number {number:03d}",
            first + timedelta(minutes=3 * number),
            30,
            join_url=ZOOM_URL if number % 2 == 0 else None,
            organizer=Person(f"Host {number % 7}", f"host{number % 7}@example.com"),
        )
    page = make_page(ctx, qtbot)
    assert page.model.header_labels() == ["Tomorrow"]
    assert page.model.rowCount() == 201
    assert page.model.meeting_count() == 200
    assert topics(page)[0] == "Meeting number 000"
    assert topics(page)[-1] == "Meeting number 199"
    assert page.host_combo.count() == 2 + 7
    screenshot(page, "meetings_200_day")


def add_private_meeting(ctx: AppContext, start: datetime) -> Event:
    """A private meeting in the calendar of someone who gave the person delegate access."""
    ctx.store.save_calendar(
        Calendar(
            "boss-calendar",
            LOCAL_ACCOUNT_ID,
            "Boss",
            writable=False,
            owner=Person("The Boss", "boss@example.com"),
            can_view_private=False,
        )
    )
    return add_event(
        ctx,
        "Secret merger talks",
        start,
        calendar_id="boss-calendar",
        private=True,
        location=ZOOM_URL,
        organizer=Person("Secret Partner", "partner@rival.example"),
        attendees=(Attendee("partner@rival.example", "Secret Partner"),),
        description="Confidential agenda",
    )


def test_private_meeting_of_a_delegator_is_redacted(ctx: AppContext, qtbot: QtBot) -> None:
    add_private_meeting(ctx, at(ctx, 1, 15))
    page = make_page(ctx, qtbot)
    row = row_of(page, "Private meeting")
    item = page.model.meeting_at(row)
    assert item is not None and item.redacted and item.join_url is None
    assert page.join_button_rect(row) is None
    assert "Secret" not in " ".join(
        [item.topic, item.host_text, item.service_text, item.accessible_text]
    )
    choices = [page.host_combo.itemText(i) for i in range(page.host_combo.count())]
    assert not any("partner" in choice.lower() for choice in choices)
    qtbot.keyClicks(page.search_edit, "merger")
    assert page.state is PageState.NO_MATCH

    page.search_edit.clear()
    page.select_row(row)
    dialog = page.show_details_of_selected()
    assert dialog is not None
    assert dialog.title_label.text() == "Private meeting"
    assert dialog.description_view is None and not dialog.link_buttons
    visible_text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Secret" not in visible_text and "Confidential" not in visible_text
    assert dialog.edit_button is None and dialog.delete_button is None
    dialog.reject()


# -- details ---------------------------------------------------------------------------------


def test_details_show_hostile_text_literally_and_sanitised(
    ctx: AppContext, qtbot: QtBot, opened_urls: list[str], screenshot: Screenshot
) -> None:
    description = (
        "<p>Agenda <b>items</b> <img src=//host/share/x.png> <img src=https://tracker.example/p.gif>"
        "</p><script>alert('x')</script><style>p { background: url(//host/share/y.png) }</style>"
        '<p style="background:url(//host/share/z.png)">Join: '
        '<a href="https://evil.example/login">https://zoom.us/j/98765432100</a></p>'
        "<p>Meeting ID: 987 6543 2100<br>Passcode: 424242</p>"
    )
    zone = "America/New_York"
    start = at(ctx, 2, 16)
    add_event(
        ctx,
        EVIL_TITLE,
        start,
        location=ZOOM_URL + " or " + TEAMS_URL,
        description=description,
        organizer=Person(LONG_NAME, "maximiliaan@example.com"),
        attendees=(
            Attendee("ada@example.com", "Ada Lovelace", ResponseStatus.ACCEPTED),
            Attendee("grace@example.com", "", ResponseStatus.DECLINED),
            Attendee("<b>bold</b>@example.com", "<i>Evil</i>", ResponseStatus.TENTATIVE),
        ),
        timezone=zone,
    )
    page = make_page(ctx, qtbot)
    page.select_row(row_of(page, EVIL_TITLE))
    page.details_button.click()
    dialog = page.details_dialog
    assert isinstance(dialog, MeetingDetailsDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)

    assert dialog.title_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.title_label.text() == EVIL_TITLE
    for label in dialog.findChildren(QLabel):
        if label.buddy() is None and label.text() and "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.description_view is not None
    browser = dialog.description_view.browser
    rendered = browser.toHtml()
    assert "<img" not in rendered.lower()
    assert "alert" not in rendered and "host/share" not in rendered and "tracker" not in rendered
    assert "background" not in browser.document().toHtml().split("<body", 1)[1]
    assert "items" in browser.toPlainText()
    # The link whose text says zoom.us but goes elsewhere is flagged, its real target shown.
    assert browser.suspicious_links == [
        ("https://zoom.us/j/98765432100", "https://evil.example/login")
    ]
    assert "evil.example" in browser.toPlainText()
    # The meeting's own time zone is shown when it differs from the person's.
    assert "America/New_York" in dialog.time_label.text()
    # Every detected link, with its service and real URL, and a button.
    assert len(dialog.link_buttons) >= 2
    assert dialog.attendees_view is not None
    attendee_rows = dialog.attendees_view.model().rowCount()
    assert attendee_rows == 3
    first = dialog.attendees_view.model().index(0, 0).data()
    assert "Ada Lovelace" in first and "Accepted" in first
    # Meeting ID and passcode.
    assert dialog.copy_button is not None
    copied = dialog.copy_id_and_passcode()
    assert "987 6543 2100" in copied and "424242" in copied
    assert QApplication.clipboard().text() == copied
    dialog.link_buttons[0].click()
    assert opened_urls and opened_urls[0].startswith("https://zoom.us/j/98765432100")
    # Not scheduled from Meetdesk: no Edit or Delete.
    assert dialog.edit_button is None and dialog.delete_button is None
    screenshot(dialog, "meeting_details")
    dialog.reject()


def test_details_of_own_meeting_edit_and_delete_with_confirmation(
    ctx: AppContext, qtbot: QtBot
) -> None:
    event = ctx.meetings.schedule(
        ScheduleRequest(
            topic="Retro <b>not bold</b>",
            start=at(ctx, 1, 14).replace(tzinfo=None),
            duration_minutes=45,
            timezone=ctx.meetings.default_timezone(),
            passcode="abc123",
            attendees=("ada@example.com",),
        )
    )
    page = make_page(ctx, qtbot)
    row = row_of(page, "Retro <b>not bold</b>")
    page.select_row(row)
    dialog = page.show_details_of_selected()
    assert dialog is not None
    assert dialog.edit_button is not None and dialog.delete_button is not None

    # Cancel keeps the meeting.
    dialog.delete_button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "“Retro <b>not bold</b>”" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ctx.store.get_event(event.id) is not None
    assert dialog.isVisible()

    # Delete removes it from the store and from the list.
    dialog.delete_button.click()
    box = dialog.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert ctx.store.get_event(event.id) is None
    qtbot.waitUntil(lambda: page.state is PageState.EMPTY)


def test_keyboard_details_with_alt_enter_and_double_click(ctx: AppContext, qtbot: QtBot) -> None:
    add_event(ctx, "No link here", at(ctx, 1, 9))
    page = make_page(ctx, qtbot)
    page.view.setFocus()
    # Enter on a meeting without a link shows its details.
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert page.details_dialog is not None and page.details_dialog.isVisible()
    page.details_dialog.reject()
    QTest.keyClick(page.view, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert page.details_dialog.isVisible()
    page.details_dialog.reject()
    position = page.view.visualRect(page.model.index(row_of(page, "No link here"), 0)).center()
    # A real double-click: press and release, then the double-click event.
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert page.details_dialog.isVisible()
    page.details_dialog.reject()


def test_context_menu_offers_join_details_edit_and_delete(
    ctx: AppContext, qtbot: QtBot, opened_urls: list[str]
) -> None:
    event = ctx.meetings.schedule(
        ScheduleRequest(
            topic="Menu meeting",
            start=at(ctx, 1, 11).replace(tzinfo=None),
            duration_minutes=30,
            timezone=ctx.meetings.default_timezone(),
        )
    )
    add_event(ctx, "Imported, not ours", at(ctx, 1, 12), join_url=ZOOM_URL)
    page = make_page(ctx, qtbot)
    row = row_of(page, "Menu meeting")
    page.select_row(row)
    page.show_menu(page.view.visualRect(page.model.index(row, 0)).center())
    menu = page.context_menu
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Join", "&Copy meeting link", "&Details…", "&Edit…", "De&lete…"]
    menu.actions()[0].trigger()
    assert opened_urls == [event.join_url]
    menu.close()

    page.select_row(row_of(page, "Imported, not ours"))
    page.show_menu(page.view.visualRect(page.view.currentIndex()).center())
    assert page.context_menu is not None
    texts = [a.text() for a in page.context_menu.actions() if not a.isSeparator()]
    assert texts == ["&Join", "&Copy meeting link", "&Details…"]
    page.context_menu.close()

    page.select_row(row_of(page, "Menu meeting"))
    box = page.delete_selected()
    assert box is not None and "“Menu meeting”" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert ctx.store.get_event(event.id) is None
    qtbot.waitUntil(lambda: topics(page) == ["Imported, not ours"])


@pytest.mark.parametrize("width", [640, 1366])
def test_long_names_fit_at_small_and_large_widths(
    ctx: AppContext, qtbot: QtBot, screenshot: Screenshot, width: int
) -> None:
    add_event(
        ctx,
        "X" * 300,
        at(ctx, 1, 9),
        join_url=ZOOM_URL,
        organizer=Person(LONG_NAME, "a.very.long.address.of.somebody@department.example.com"),
        rrule="FREQ=DAILY;COUNT=2",
    )
    page = make_page(ctx, qtbot, width=width, height=400)
    rect = page.join_button_rect(row_of(page, "X" * 300))
    assert rect is not None
    assert page.view.viewport().rect().contains(rect)
    if width == 640:
        screenshot(page, "meetings_list_narrow")
