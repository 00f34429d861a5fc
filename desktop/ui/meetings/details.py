"""Meeting details: time, topic, host, attendees, every detected link, the safe description."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.conferencing import MeetingLink, extract_meeting_id_and_passcode
from desktop.domain import Attendee, Event, ResponseStatus
from desktop.recurrence import RecurrenceError, describe, parse_rrule
from desktop.services.context import AppContext
from desktop.services.errors import ServiceError
from desktop.services.meetings import UpcomingMeeting
from desktop.timezones import resolve_timezone
from desktop.ui.actions import open_web_link
from desktop.ui.meetings.model import display_zone
from desktop.ui.safe_browser import SafeDescriptionView
from desktop.ui.text import message_box, plain_label, shown

log = logging.getLogger(__name__)

MAX_LINKS_SHOWN = 8


def meeting_id_and_passcode(meeting: UpcomingMeeting) -> tuple[str | None, str | None]:
    """The meeting id and passcode of the join link, from the link and the event text."""
    link = meeting.join_link
    event = meeting.event
    meeting_id: str | None = None
    passcode: str | None = None
    if link is not None:
        meeting_id, passcode = link.meeting_id, link.passcode
        text = "\n".join(part for part in (event.location, event.description) if part)
        found_id, found_passcode = extract_meeting_id_and_passcode(text, link)
        meeting_id = found_id or meeting_id
        passcode = found_passcode or passcode
    if not passcode and event.options.passcode:
        passcode = event.options.passcode
    return meeting_id, passcode


def confirm_delete(
    parent: QWidget, ctx: AppContext, event: Event, on_deleted: Callable[[], None] | None = None
) -> QMessageBox:
    """Ask before deleting (the topic shown as plain text); delete on Yes. Opens, never blocks."""
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        parent.tr("Delete meeting"),
        parent.tr("Delete “{topic}”?\n\nThe meeting is removed from the calendar too.").format(
            topic=" ".join(event.title.split())
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(parent.tr("&Delete"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished() -> None:
        if box.clickedButton() is not yes:
            return
        try:
            ctx.meetings.delete(event.id)
        except ServiceError as exc:
            message_box(
                parent, QMessageBox.Icon.Warning, parent.tr("Cannot delete the meeting"), shown(exc)
            ).open()
            return
        if event.options.zoom_meeting_id:
            # Its Zoom meeting goes too, on the network thread; a failure is only logged
            # (the calendar event, which people see, is already gone).
            from desktop.ui.background import background_loop

            background_loop().submit(
                ctx.zoom.delete(event.options.zoom_meeting_id),
                lambda _: None,
                lambda error: log.warning("The Zoom meeting was not deleted: %s", error),
            )
        if on_deleted is not None:
            on_deleted()

    box.finished.connect(finished)
    box.open()
    return box


class MeetingDetailsDialog(QDialog):
    """Details of one meeting. `on_edit(event_id)` is called by Edit (the page opens the
    Schedule dialog), `on_deleted(event_id)` after a confirmed delete."""

    def __init__(
        self,
        ctx: AppContext,
        meeting: UpcomingMeeting,
        parent: QWidget | None = None,
        *,
        on_edit: Callable[[str], object] | None = None,
        on_deleted: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_edit = on_edit
        self.on_deleted = on_deleted
        self.ctx = ctx
        self.meeting = meeting
        self.meeting_event = meeting.event
        self.confirm_box: QMessageBox | None = None
        self.link_buttons: list[QPushButton] = []
        self.edit_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        self.copy_button: QPushButton | None = None
        self.description_view: SafeDescriptionView | None = None
        self.attendees_view: QListView | None = None
        self.setWindowTitle(self.tr("Meeting details"))
        self.setMinimumWidth(460)
        self._fit_to_screen(640, 720 if not meeting.redacted else 200)
        self._build()

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)

    # -- formatting -------------------------------------------------------------------------

    def _date(self, moment: datetime) -> str:
        return self.locale().toString(
            QDate(moment.year, moment.month, moment.day), "dddd d MMMM yyyy"
        )

    def _clock(self, moment: datetime) -> str:
        return self.locale().toString(
            QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
        )

    def _span(self, start: datetime, end: datetime) -> str:
        if end.date() == start.date():
            return self.tr("{date}, {start} – {end}").format(
                date=self._date(start), start=self._clock(start), end=self._clock(end)
            )
        return self.tr("{date} {start} – {end_date} {end}").format(
            date=self._date(start),
            start=self._clock(start),
            end_date=self._date(end),
            end=self._clock(end),
        )

    def time_text(self) -> str:
        occurrence = self.meeting.occurrence
        if self.meeting_event.all_day:
            return self.tr("{date}, all day").format(date=self._date(occurrence.start))
        local = display_zone(self.ctx.meetings.default_timezone())
        start, end = occurrence.start.astimezone(local), occurrence.end.astimezone(local)
        text = self._span(start, end)
        own = resolve_timezone(self.meeting_event.timezone)
        if own is not None and own.utcoffset(occurrence.start) != local.utcoffset(occurrence.start):
            own_start, own_end = occurrence.start.astimezone(own), occurrence.end.astimezone(own)
            text += "\n" + self.tr("{span} in the meeting's time zone ({zone})").format(
                span=self._span(own_start, own_end), zone=own.key
            )
        return text

    def _response(self, attendee: Attendee) -> str:
        return {
            ResponseStatus.ACCEPTED: self.tr("Accepted"),
            ResponseStatus.DECLINED: self.tr("Declined"),
            ResponseStatus.TENTATIVE: self.tr("Tentative"),
            ResponseStatus.NEEDS_ACTION: self.tr("No response yet"),
        }.get(attendee.response, self.tr("No response yet"))

    def attendee_lines(self) -> list[str]:
        lines = []
        for attendee in self.meeting_event.attendees:
            who = (
                f"{attendee.name} <{attendee.email}>"
                if attendee.name and attendee.email
                else attendee.label
            )
            line = self.tr("{who} — {response}").format(who=who, response=self._response(attendee))
            if attendee.optional:
                line += " " + self.tr("(optional)")
            lines.append(line)
        return lines

    # -- construction -----------------------------------------------------------------------

    def _key(self, text: str) -> QLabel:
        """A row label, at the top of its row like the first line of the value."""
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _value(self, text: str, name: str) -> QLabel:
        label = plain_label(text, self, wrap=True)
        label.setAccessibleName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setMinimumWidth(120)
        return label

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(16, 16, 16, 12)
        redacted = self.meeting.redacted
        title = (
            self.tr("Private meeting") if redacted else " ".join(self.meeting_event.title.split())
        )
        self.title_label = plain_label(title or self.tr("(No topic)"), self, wrap=True)
        self.title_label.setAccessibleName(self.tr("Topic"))
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.time_label = self._value(self.time_text(), self.tr("When"))
        form.addRow(self._key(self.tr("When:")), self.time_label)
        layout.addLayout(form)

        if not redacted:
            self._build_details(form, layout)

        buttons = QDialogButtonBox(self)
        if not redacted and self.ctx.meetings.can_edit(self.meeting_event):
            self.edit_button = buttons.addButton(
                self.tr("&Edit…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.edit_button.setAccessibleName(self.tr("Edit this meeting"))
            self.edit_button.clicked.connect(self.edit)
            self.delete_button = buttons.addButton(
                self.tr("De&lete…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setAccessibleName(self.tr("Delete this meeting"))
            self.delete_button.clicked.connect(self.delete)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_details(self, form: QFormLayout, layout: QVBoxLayout) -> None:
        event = self.meeting_event
        meeting = self.meeting
        if event.rrule:
            try:
                repeats = shown(describe(parse_rrule(event.rrule)))
            except RecurrenceError:
                repeats = event.rrule
            form.addRow(self._key(self.tr("Repeats:")), self._value(repeats, self.tr("Repeats")))
        host = self.tr("You") if meeting.hosted_by_me else meeting.host.label
        if meeting.host.email and meeting.host.name and not meeting.hosted_by_me:
            host = f"{meeting.host.name} <{meeting.host.email}>"
        self.host_label = self._value(host or self.tr("Unknown"), self.tr("Host"))
        form.addRow(self._key(self.tr("Host:")), self.host_label)
        self.calendar_label = self._value(meeting.calendar.name, self.tr("Calendar"))
        form.addRow(self._key(self.tr("Calendar:")), self.calendar_label)
        if event.location.strip():
            self.location_label = self._value(event.location.strip(), self.tr("Location"))
            form.addRow(self._key(self.tr("Location:")), self.location_label)

        meeting_id, passcode = meeting_id_and_passcode(meeting)
        self.meeting_id, self.passcode = meeting_id, passcode
        if meeting_id or passcode:
            parts = []
            if meeting_id:
                parts.append(self.tr("Meeting ID: {id}").format(id=meeting_id))
            if passcode:
                parts.append(self.tr("Passcode: {passcode}").format(passcode=passcode))
            row = QHBoxLayout()
            row.addWidget(self._value("\n".join(parts), self.tr("Meeting ID and passcode")), 1)
            self.copy_button = QPushButton(self.tr("Cop&y meeting ID and passcode"), self)
            self.copy_button.setAccessibleName(self.tr("Copy meeting ID and passcode"))
            self.copy_button.clicked.connect(self.copy_id_and_passcode)
            row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
            form.addRow(self._key(self.tr("Dial-in details:")), row)

        links = meeting.links[:MAX_LINKS_SHOWN]
        group = QGroupBox(self.tr("Meeting links"), self)
        grid = QGridLayout(group)
        grid.setColumnStretch(1, 1)
        if not links:
            grid.addWidget(plain_label(self.tr("No meeting link"), group), 0, 0, 1, 3)
        for number, link in enumerate(links):
            self._add_link_row(grid, number, link)
        layout.addWidget(group)

        if event.attendees:
            lines = self.attendee_lines()
            heading = QLabel(self.tr("&Attendees ({count}):").format(count=len(lines)), self)
            self.attendees_view = QListView(self)
            self.attendees_view.setModel(QStringListModel(lines, self.attendees_view))
            self.attendees_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.attendees_view.setAccessibleName(self.tr("Attendees"))
            self.attendees_view.setUniformItemSizes(True)
            rows = min(len(lines), 5)
            frame = self.attendees_view.frameWidth() * 2
            height = self.attendees_view.sizeHintForRow(0) * rows + frame + 4
            self.attendees_view.setFixedHeight(max(height, 30))
            heading.setBuddy(self.attendees_view)
            layout.addWidget(heading)
            layout.addWidget(self.attendees_view)

        heading = QLabel(self.tr("Descr&iption:"), self)
        self.description_view = SafeDescriptionView(self)
        self.description_view.set_description(event.description)
        self.description_view.setMinimumHeight(120)
        heading.setBuddy(self.description_view.browser)
        layout.addWidget(heading)
        layout.addWidget(self.description_view, 1)

    def _add_link_row(self, grid: QGridLayout, number: int, link: MeetingLink) -> None:
        group = grid.parentWidget()
        name = plain_label(link.name, group)
        bold = QFont(name.font())
        bold.setBold(True)
        name.setFont(bold)
        address = QLineEdit(link.url, group)
        address.setReadOnly(True)
        address.setCursorPosition(0)
        address.setAccessibleName(
            self.tr("Address of the {service} link").format(service=link.name)
        )
        text = self.tr("&Join") if number == 0 else self.tr("Open")
        button = QPushButton(text, group)
        button.setAccessibleName(
            self.tr("Join with {service}").format(service=link.name)
            if number == 0
            else self.tr("Open {service} link").format(service=link.name)
        )
        url = link.url
        button.clicked.connect(lambda: self.open_link(url))
        self.link_buttons.append(button)
        grid.addWidget(name, number, 0)
        grid.addWidget(address, number, 1)
        grid.addWidget(button, number, 2)

    # -- actions ----------------------------------------------------------------------------

    def open_link(self, url: str) -> bool:
        if open_web_link(url):
            return True
        message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Cannot open the meeting link"),
            self.tr("This link could not be opened: {url}").format(url=url),
        ).open()
        return False

    def copy_id_and_passcode(self) -> str:
        lines = []
        if self.meeting_id:
            lines.append(self.tr("Meeting ID: {id}").format(id=self.meeting_id))
        if self.passcode:
            lines.append(self.tr("Passcode: {passcode}").format(passcode=self.passcode))
        text = "\n".join(lines)
        QApplication.clipboard().setText(text)
        return text

    def edit(self) -> None:
        self.accept()
        if self.on_edit is not None:
            self.on_edit(self.meeting_event.id)

    def delete(self) -> QMessageBox:
        def deleted() -> None:
            self.accept()
            if self.on_deleted is not None:
                self.on_deleted(self.meeting_event.id)

        self.confirm_box = confirm_delete(self, self.ctx, self.meeting_event, deleted)
        return self.confirm_box
