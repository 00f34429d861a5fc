"""The Schedule dialog: create a meeting, or edit one scheduled from Meetdesk.

The dialog only collects what the person typed into a ScheduleRequest; the meeting service
validates it. Its problems are shown under the fields concerned, and nothing is saved until
the service accepts the request.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Event, ServiceKind
from desktop.recurrence import RecurrenceError, RecurrenceRule, parse_rrule
from desktop.services.context import AppContext
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.meetings import Conference, ScheduleRequest
from desktop.services.settings import MEETING_LINK_PERSONAL, MEETING_LINK_ZOOM
from desktop.timezones import common_timezones, resolve_timezone
from desktop.ui.background import background_loop
from desktop.ui.text import plain_label, shown

EMAIL_ROLE = Qt.ItemDataRole.UserRole + 1
OTHER_CALENDARS = "__other__"
MAX_COMPLETIONS = 20

# Repeat choices: (key, RRULE without end). "custom" reads the rule from a text field.
REPEAT_NONE = "none"
REPEAT_CUSTOM = "custom"
REPEAT_RULES: dict[str, str] = {
    "daily": "FREQ=DAILY",
    "weekdays": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    "weekly": "FREQ=WEEKLY",
    "biweekly": "FREQ=WEEKLY;INTERVAL=2",
    "monthly": "FREQ=MONTHLY",
}
ENDS_NEVER = "never"
ENDS_ON = "on"
ENDS_AFTER = "after"

_SPLIT = re.compile(r"[,;\n]+")
_ANGLE = re.compile(r"<([^<>]+)>\s*$")
_FILE_UNSAFE = re.compile(r"[^\w\- ]+")


def split_addresses(text: str) -> tuple[str, ...]:
    """E-mail addresses from a comma-separated field ("Ada <ada@x.org>" gives ada@x.org)."""
    found: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip()
        if not part:
            continue
        match = _ANGLE.search(part)
        found.append(match.group(1).strip() if match else part)
    return tuple(dict.fromkeys(found))


def _rule_key(rule: RecurrenceRule, start: date) -> tuple[str, str]:
    """(preset key, the rule without its end) for a rule read from an event."""
    bare = replace(rule, count=None, until=None).to_ical()
    weekday_of_start = ((None, start.weekday()),)
    for key, text in REPEAT_RULES.items():
        if bare == parse_rrule(text).to_ical():
            return key, bare
    if rule.freq == "WEEKLY" and rule.by_day == weekday_of_start and not rule.by_month_day:
        plain = replace(rule, count=None, until=None, by_day=())
        for key in ("weekly", "biweekly"):
            if plain.to_ical() == parse_rrule(REPEAT_RULES[key]).to_ical():
                return key, bare
    return REPEAT_CUSTOM, bare


class AttendeeCompleter(QCompleter):
    """Completes the address after the last comma from the contacts (name and e-mail shown,
    the e-mail inserted). The service does the matching; the popup shows what it found."""

    def __init__(self, ctx: AppContext, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.ctx = ctx
        self.edit = edit
        self.entries = QStandardItemModel(self)
        self.setModel(self.entries)
        self.setWidget(edit)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(8)
        self._popup().setAccessibleName(edit.tr("Matching contacts"))
        edit.textEdited.connect(self.update_for)
        self.activated[QModelIndex].connect(self.insert)  # type: ignore[index]

    def _popup(self) -> QAbstractItemView:
        popup = self.popup()
        assert popup is not None  # QCompleter always makes one
        return popup

    @staticmethod
    def current_prefix(text: str) -> str:
        return _SPLIT.split(text)[-1].strip()

    def update_for(self, text: str) -> None:
        prefix = self.current_prefix(text)
        self.entries.clear()
        if not prefix:
            self._popup().hide()
            return
        for name, email in self.ctx.contacts.autocomplete(prefix, limit=MAX_COMPLETIONS):
            label = f"{' '.join(name.split())} <{email}>" if name.strip() else email
            item = QStandardItem(label)
            item.setEditable(False)
            item.setData(email, EMAIL_ROLE)
            self.entries.appendRow(item)
        if self.entries.rowCount():
            self.complete()
        else:
            self._popup().hide()

    def insert(self, index: QModelIndex) -> None:
        email = str(index.data(EMAIL_ROLE) or "")
        if not email:
            return
        text = self.edit.text()
        parts = _SPLIT.split(text)
        kept = [p.strip() for p in parts[:-1] if p.strip()]
        kept.append(email)
        self.edit.setText(", ".join(kept) + ", ")
        self.edit.setCursorPosition(len(self.edit.text()))


class ScheduleDialog(QDialog):
    """Schedule a new meeting, or edit `event` (then the calendar cannot change).

    `on_saved(event_id)` is called after a successful save (a callback, not a signal: see
    desktop.ui.safe_browser.SafeTextBrowser)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, event: Event | None = None):
        super().__init__(parent)
        self.on_saved: Callable[[str], object] | None = None
        self.ctx = ctx
        self.meeting_event = event
        self.saved_event: Event | None = None
        self.zoom_conference: Conference | None = None  # made at Zoom, waiting to be saved
        self.exported_path: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self._pending_export: Event | None = None
        self.error_labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Edit meeting") if event else self.tr("Schedule a meeting"))
        self._build()
        if event is not None:
            self._prefill(event)
        else:
            self._defaults()
        self._update_repeat_controls()
        self._update_calendar()
        self._fit_to_screen()

    # -- construction -----------------------------------------------------------------------

    def _error_label(self, field: str, buddy: QWidget) -> QLabel:
        label = plain_label("", self, wrap=True)
        palette = label.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        red = QColor(0xFF, 0x8A, 0x80) if dark else QColor(0xC6, 0x28, 0x28)
        palette.setColor(QPalette.ColorRole.WindowText, red)
        label.setPalette(palette)
        label.setVisible(False)
        label.setAccessibleName(self.tr("Problem"))
        self.error_labels[field] = label
        self.field_widgets[field] = buddy
        return label

    def _with_error(self, field: str, widget: QWidget, focus: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error_label(field, focus or widget))
        return box

    def _row(
        self,
        form: QFormLayout,
        text: str,
        field: str,
        widget: QWidget,
        focus: QWidget | None = None,
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(focus or widget)
        form.addRow(label, self._with_error(field, widget, focus))

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroll_area)
        body = QVBoxLayout(content)
        body.setContentsMargins(20, 16, 20, 12)
        body.setSpacing(14)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        body.addLayout(form)

        self.topic_edit = QLineEdit(content)
        self.topic_edit.setMaxLength(300)
        self.topic_edit.setPlaceholderText(self.tr("What is the meeting about?"))
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self._row(form, self.tr("&Topic:"), "topic", self.topic_edit)

        self.start_edit = QDateTimeEdit(content)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setTimeZone(QTimeZone.utc())  # wall-clock fields only; no DST gaps
        time_format = self.locale().timeFormat(self.locale().FormatType.ShortFormat)
        self.start_edit.setDisplayFormat(f"ddd d MMM yyyy  {time_format}")
        self.start_edit.setAccessibleName(self.tr("Date and time"))
        self._row(form, self.tr("&Date and time:"), "start", self.start_edit)

        duration = QWidget(content)
        row = QHBoxLayout(duration)
        row.setContentsMargins(0, 0, 0, 0)
        self.hours_spin = QSpinBox(duration)
        self.hours_spin.setRange(0, 24)
        self.hours_spin.setSuffix(self.tr(" h"))
        self.hours_spin.setAccessibleName(self.tr("Duration hours"))
        self.minutes_spin = QSpinBox(duration)
        self.minutes_spin.setRange(0, 59)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Duration minutes"))
        row.addWidget(self.hours_spin)
        row.addWidget(self.minutes_spin)
        row.addStretch(1)
        self._row(form, self.tr("D&uration:"), "duration", duration, self.hours_spin)

        self.timezone_combo = QComboBox(content)
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(common_timezones())
        self.timezone_combo.setAccessibleName(self.tr("Time zone"))
        self.timezone_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.timezone_combo.setMinimumContentsLength(20)
        zone_completer = QCompleter(self.timezone_combo.model(), self.timezone_combo)
        zone_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        zone_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zone_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone_combo.setCompleter(zone_completer)
        self._row(form, self.tr("Time &zone:"), "timezone", self.timezone_combo)

        self._build_repeat(form, content)

        options = QGroupBox(self.tr("Meeting options"), content)
        options_form = QFormLayout(options)
        options_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passcode_edit = QLineEdit(options)
        self.passcode_edit.setMaxLength(10)
        self.passcode_edit.setPlaceholderText(self.tr("Optional, up to 10 characters"))
        self.passcode_edit.setAccessibleName(self.tr("Passcode"))
        self._row(options_form, self.tr("&Passcode:"), "passcode", self.passcode_edit)
        self.waiting_room_check = QCheckBox(self.tr("&Waiting room"), options)
        self.host_video_check = QCheckBox(self.tr("&Host video on"), options)
        self.participant_video_check = QCheckBox(self.tr("Participant &video on"), options)
        self.join_before_host_check = QCheckBox(
            self.tr("Allow participants to join &before the host"), options
        )
        self.mute_check = QCheckBox(self.tr("&Mute participants on entry"), options)
        for check in (
            self.waiting_room_check,
            self.host_video_check,
            self.participant_video_check,
            self.join_before_host_check,
            self.mute_check,
        ):
            check.setAccessibleName(check.text().replace("&", ""))
            options_form.addRow(check)
        self.alternative_hosts_edit = QLineEdit(options)
        self.alternative_hosts_edit.setPlaceholderText(self.tr("name@example.com, …"))
        self.alternative_hosts_edit.setAccessibleName(
            self.tr("Alternative hosts, e-mail addresses separated by commas")
        )
        self._row(
            options_form,
            self.tr("Alternative h&osts:"),
            "alternative_hosts",
            self.alternative_hosts_edit,
        )
        # One form for everything, so the labels line up; the options box spans both columns.
        form.addRow(options)
        people = form
        self.attendees_edit = QLineEdit(content)
        self.attendees_edit.setPlaceholderText(
            self.tr("Type a name or e-mail address, then a comma")
        )
        self.attendees_edit.setAccessibleName(
            self.tr("Attendees, e-mail addresses separated by commas")
        )
        self.attendee_completer = AttendeeCompleter(self.ctx, self.attendees_edit)
        self._row(people, self.tr("&Attendees:"), "attendees", self.attendees_edit)

        self.description_edit = QPlainTextEdit(content)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("Added to the invitation under the join details")
        )
        line = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setFixedHeight(line * 5 + 12)
        self._row(people, self.tr("Descr&iption:"), "description", self.description_edit)

        self.calendar_combo = QComboBox(content)
        self.calendar_combo.setAccessibleName(self.tr("Calendar to add the meeting to"))
        self.calendar_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.calendar_combo.setMinimumContentsLength(20)
        self._fill_calendars()
        self.calendar_combo.currentIndexChanged.connect(self._update_calendar)
        self._row(people, self.tr("&Calendar:"), "calendar", self.calendar_combo)
        # Microsoft 365 calendars only: Graph makes a Teams meeting and its join link.
        self.teams_check = QCheckBox(self.tr("Teams meetin&g (Microsoft 365 makes the link)"))
        self.teams_check.setObjectName("teamsMeeting")
        self.teams_check.toggled.connect(lambda _: self._update_calendar())
        people.addRow("", self._with_error("online_meeting", self.teams_check, self.teams_check))

        self.link_note = plain_label("", content, wrap=True)
        self.link_note.setAccessibleName(self.tr("Meeting link"))
        self.link_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.link_note.setMinimumWidth(200)
        # Not a field: a note (and where a problem with the link setting is shown).
        people.addRow(
            QLabel(self.tr("Meeting link:"), content),
            self._with_error("meeting_link", self.link_note, self.calendar_combo),
        )
        body.addStretch(1)

        footer = QVBoxLayout()
        footer.setContentsMargins(20, 8, 20, 14)
        self.general_error = self._error_label("general", self.topic_edit)
        self.field_widgets.pop("general")
        footer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save the meeting"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        footer.addWidget(self.buttons)
        outer.addLayout(footer)

    def _build_repeat(self, form: QFormLayout, content: QWidget) -> None:
        box = QWidget(content)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.repeat_combo = QComboBox(box)
        self.repeat_combo.setAccessibleName(self.tr("Repeats"))
        for key, text in (
            (REPEAT_NONE, self.tr("Does not repeat")),
            ("daily", self.tr("Every day")),
            ("weekdays", self.tr("Every weekday (Monday to Friday)")),
            ("weekly", self.tr("Every week")),
            ("biweekly", self.tr("Every 2 weeks")),
            ("monthly", self.tr("Every month")),
            (REPEAT_CUSTOM, self.tr("Custom rule (RRULE)…")),
        ):
            self.repeat_combo.addItem(text, key)
        self.repeat_combo.currentIndexChanged.connect(self._update_repeat_controls)
        column.addWidget(self.repeat_combo)
        self.custom_rule_edit = QLineEdit(box)
        self.custom_rule_edit.setPlaceholderText("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10")
        self.custom_rule_edit.setAccessibleName(self.tr("Custom repeat rule"))
        self.custom_rule_edit.setMaxLength(500)
        column.addWidget(self.custom_rule_edit)

        self.ends_row = QWidget(box)
        ends = QHBoxLayout(self.ends_row)
        ends.setContentsMargins(0, 0, 0, 0)
        ends_label = QLabel(self.tr("E&nds:"), self.ends_row)
        self.ends_combo = QComboBox(self.ends_row)
        self.ends_combo.setAccessibleName(self.tr("Series ends"))
        self.ends_combo.addItem(self.tr("Never"), ENDS_NEVER)
        self.ends_combo.addItem(self.tr("On date"), ENDS_ON)
        self.ends_combo.addItem(self.tr("After a number of meetings"), ENDS_AFTER)
        ends_label.setBuddy(self.ends_combo)
        self.ends_combo.currentIndexChanged.connect(self._update_repeat_controls)
        self.until_edit = QDateEdit(self.ends_row)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setAccessibleName(self.tr("Last date of the series"))
        self.count_spin = QSpinBox(self.ends_row)
        self.count_spin.setRange(1, 999)
        self.count_spin.setValue(10)
        self.count_spin.setSuffix(self.tr(" times"))
        self.count_spin.setAccessibleName(self.tr("Number of meetings in the series"))
        ends.addWidget(ends_label)
        ends.addWidget(self.ends_combo)
        ends.addWidget(self.until_edit)
        ends.addWidget(self.count_spin)
        ends.addStretch(1)
        column.addWidget(self.ends_row)
        column.addWidget(self._error_label("recurrence", self.repeat_combo))
        label = QLabel(self.tr("&Repeats:"), content)
        label.setBuddy(self.repeat_combo)
        form.addRow(label, box)

    def _fill_calendars(self) -> None:
        self.calendar_combo.clear()
        calendars = self.ctx.meetings.writable_calendars()
        if self.meeting_event is not None:
            calendar = self.ctx.store.get_calendar(self.meeting_event.calendar_id)
            name = calendar.name if calendar is not None else self.meeting_event.calendar_id
            self.calendar_combo.addItem(name, self.meeting_event.calendar_id)
            self.calendar_combo.setEnabled(False)
            self.calendar_combo.setToolTip(
                self.tr(
                    "A meeting stays in its calendar; delete it and schedule a new one to move it."
                )
            )
            return
        names = {a.id: " ".join(a.display_name.split()) for a in self.ctx.store.list_accounts()}
        several = len({c.account_id for c in calendars}) > 1
        for calendar in calendars:
            name = " ".join(calendar.name.split())
            if several and names.get(calendar.account_id):
                # Every service calls its main calendar "Calendar": say whose it is.
                name = self.tr("{calendar} ({account})").format(
                    calendar=name, account=names[calendar.account_id]
                )
            self.calendar_combo.addItem(name, calendar.id)
        self.calendar_combo.addItem(self.tr("Other calendars (save an .ics file)"), OTHER_CALENDARS)

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 640, 700
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)
        self.setMinimumSize(min(480, width), min(360, height))

    # -- values -----------------------------------------------------------------------------

    def _defaults(self) -> None:
        zone_name = self.ctx.meetings.default_timezone()
        self._set_timezone(zone_name)
        zone = resolve_timezone(zone_name) or UTC
        # The next half hour that is at least five minutes away.
        soon = datetime.now(zone).replace(second=0, microsecond=0) + timedelta(minutes=5)
        start = soon + timedelta(minutes=(30 - soon.minute % 30) % 30)
        self.set_start(start.replace(tzinfo=None))
        self.hours_spin.setValue(1)
        self.minutes_spin.setValue(0)
        self.host_video_check.setChecked(True)
        self.participant_video_check.setChecked(True)
        self.until_edit.setDate(QDate(start.year, start.month, start.day).addMonths(3))

    def _set_timezone(self, name: str) -> None:
        index = self.timezone_combo.findText(name)
        if index < 0:
            self.timezone_combo.addItem(name)
            index = self.timezone_combo.count() - 1
        self.timezone_combo.setCurrentIndex(index)

    def set_start(self, start: datetime) -> None:
        """Set the date and time fields (wall-clock time in the chosen time zone)."""
        self.start_edit.setDateTime(
            QDateTime(
                QDate(start.year, start.month, start.day),
                QTime(start.hour, start.minute),
                QTimeZone.utc(),
            )
        )

    def start_value(self) -> datetime:
        value = self.start_edit.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def _prefill(self, event: Event) -> None:
        zone = resolve_timezone(event.timezone) or UTC
        self._set_timezone(event.timezone)
        start = event.start.astimezone(zone)
        self.set_start(start.replace(tzinfo=None))
        minutes = max(int(event.duration.total_seconds() // 60), 0)
        self.hours_spin.setValue(min(minutes // 60, 24))
        self.minutes_spin.setValue(minutes % 60)
        self.topic_edit.setText(event.title)
        options = event.options
        self.passcode_edit.setText(options.passcode)
        self.waiting_room_check.setChecked(options.waiting_room)
        self.host_video_check.setChecked(options.host_video)
        self.participant_video_check.setChecked(options.participant_video)
        self.join_before_host_check.setChecked(options.join_before_host)
        self.mute_check.setChecked(options.mute_on_entry)
        self.teams_check.setChecked(options.online_meeting == "teams")
        self.alternative_hosts_edit.setText(", ".join(options.alternative_hosts))
        self.attendees_edit.setText(", ".join(a.email for a in event.attendees if a.email))
        self.description_edit.setPlainText(options.agenda)
        self.until_edit.setDate(QDate(start.year, start.month, start.day).addMonths(3))
        if event.rrule:
            self._prefill_rule(event.rrule, start)

    def _prefill_rule(self, text: str, start: datetime) -> None:
        try:
            rule = parse_rrule(text)
        except RecurrenceError:
            self._select(self.repeat_combo, REPEAT_CUSTOM)
            self.custom_rule_edit.setText(text)
            return
        key, bare = _rule_key(rule, start.date())
        self._select(self.repeat_combo, key)
        if key == REPEAT_CUSTOM:
            self.custom_rule_edit.setText(rule.to_ical())
            return
        if rule.count is not None:
            self._select(self.ends_combo, ENDS_AFTER)
            self.count_spin.setValue(min(rule.count, self.count_spin.maximum()))
        elif rule.until is not None:
            self._select(self.ends_combo, ENDS_ON)
            until = rule.until
            if isinstance(until, datetime):
                zone = resolve_timezone(self.timezone_combo.currentText()) or UTC
                until = (until if until.tzinfo else until.replace(tzinfo=UTC)).astimezone(zone)
                until = until.date()
            self.until_edit.setDate(QDate(until.year, until.month, until.day))
        del bare

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _update_repeat_controls(self) -> None:
        key = self.repeat_combo.currentData()
        self.custom_rule_edit.setVisible(key == REPEAT_CUSTOM)
        self.ends_row.setVisible(key not in (REPEAT_NONE, REPEAT_CUSTOM))
        ends = self.ends_combo.currentData()
        self.until_edit.setVisible(ends == ENDS_ON)
        self.count_spin.setVisible(ends == ENDS_AFTER)

    def is_other_calendar(self) -> bool:
        return self.meeting_event is None and self.calendar_combo.currentData() == OTHER_CALENDARS

    def _is_microsoft_calendar(self) -> bool:
        calendar_id = self.calendar_combo.currentData()
        calendar = self.ctx.store.get_calendar(str(calendar_id)) if calendar_id else None
        account = self.ctx.store.get_account(calendar.account_id) if calendar else None
        return account is not None and account.kind is ServiceKind.MICROSOFT365

    def _update_calendar(self) -> None:
        if not hasattr(self, "teams_check"):
            return  # still building the dialog
        if self.is_other_calendar():
            self.save_button.setText(self.tr("&Save .ics file…"))
        else:
            self.save_button.setText(self.tr("&Save"))
        microsoft = self._is_microsoft_calendar()
        self.teams_check.setVisible(microsoft)
        if not microsoft:
            self.teams_check.setChecked(False)
        self.link_note.setText(self.link_note_text())

    def link_note_text(self) -> str:
        if self.teams_check.isChecked() and not (
            self.meeting_event is not None and self.meeting_event.join_url
        ):
            return self.tr("Microsoft 365 creates a Teams meeting and its link.")
        if self.meeting_event is not None and self.meeting_event.join_url:
            return self.tr("The meeting keeps its link: {url}").format(
                url=self.meeting_event.join_url
            )
        mode = self.ctx.settings.get_str("meeting_link_mode")
        if mode == MEETING_LINK_ZOOM:
            return self.tr("A Zoom meeting is made for it when you save.")
        if mode == MEETING_LINK_PERSONAL:
            link = self.ctx.settings.get_str("personal_link")
            if link:
                return self.tr("Your personal meeting link is used: {url}").format(url=link)
            return self.tr("Set your personal meeting link in Settings first.")
        return self.tr("A Jitsi room link is created for this meeting.")

    def recurrence_value(self) -> str | None:
        """The RRULE the repeat controls describe (None: does not repeat)."""
        key = str(self.repeat_combo.currentData())
        if key == REPEAT_NONE:
            return None
        if key == REPEAT_CUSTOM:
            text = self.custom_rule_edit.text().strip()
            text = text[len("RRULE:") :] if text.upper().startswith("RRULE:") else text
            if not text:
                raise ValidationError(
                    {"recurrence": self.tr("Enter a repeat rule, such as FREQ=WEEKLY;BYDAY=MO.")}
                )
            return text
        rule = REPEAT_RULES[key]
        ends = self.ends_combo.currentData()
        if ends == ENDS_AFTER:
            return f"{rule};COUNT={self.count_spin.value()}"
        if ends == ENDS_ON:
            chosen = self.until_edit.date()
            last_day = date(chosen.year(), chosen.month(), chosen.day())
            if last_day < self.start_value().date():
                raise ValidationError(
                    {"recurrence": self.tr("The series must end on or after its first meeting.")}
                )
            zone = resolve_timezone(self.timezone_combo.currentText()) or UTC
            until = datetime.combine(last_day, time(23, 59, 59), zone).astimezone(UTC)
            return f"{rule};UNTIL={until.strftime('%Y%m%dT%H%M%SZ')}"
        return rule

    def build_request(self) -> ScheduleRequest:
        """What the fields say, as a ScheduleRequest (raises ValidationError for a bad rule)."""
        calendar = self.calendar_combo.currentData()
        return ScheduleRequest(
            topic=self.topic_edit.text(),
            start=self.start_value(),
            duration_minutes=self.hours_spin.value() * 60 + self.minutes_spin.value(),
            timezone=self.timezone_combo.currentText().strip(),
            recurrence=self.recurrence_value(),
            passcode=self.passcode_edit.text().strip(),
            waiting_room=self.waiting_room_check.isChecked(),
            host_video=self.host_video_check.isChecked(),
            participant_video=self.participant_video_check.isChecked(),
            join_before_host=self.join_before_host_check.isChecked(),
            mute_on_entry=self.mute_check.isChecked(),
            alternative_hosts=split_addresses(self.alternative_hosts_edit.text()),
            attendees=split_addresses(self.attendees_edit.text()),
            description=self.description_edit.toPlainText(),
            calendar_id=None if calendar == OTHER_CALENDARS else str(calendar),
            online_meeting="teams" if self.teams_check.isChecked() else "",
        )

    # -- errors -----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for field, label in self.error_labels.items():
            label.clear()
            label.setVisible(False)
            widget = self.field_widgets.get(field)
            if widget is not None:
                widget.setAccessibleDescription("")

    def show_problems(self, problems: dict[str, str]) -> None:
        """A message under each field concerned; focus goes to the first one."""
        self.clear_errors()
        unplaced: list[str] = []
        for field, message in problems.items():
            label = self.error_labels.get(field)
            if label is None or field == "general":
                unplaced.append(shown(message))
                continue
            label.setText(shown(message))
            label.setVisible(True)
            self.field_widgets[field].setAccessibleDescription(shown(message))
        summary = self.tr("The meeting was not saved. Check the messages above.")
        self.general_error.setText("\n".join([*unplaced, summary] if problems else unplaced))
        self.general_error.setVisible(bool(problems))
        for field in self.error_labels:  # dicts keep the form order
            if field in problems and field in self.field_widgets:
                widget = self.field_widgets[field]
                self.scroll_area.ensureWidgetVisible(self.error_labels[field])
                self.scroll_area.ensureWidgetVisible(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def problem_text(self, field: str) -> str:
        label = self.error_labels.get(field)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    # -- saving -----------------------------------------------------------------------------

    def _needs_zoom(self, request: ScheduleRequest) -> str | None:
        """'create' or 'update' when the Zoom meeting must be made or changed first."""
        if request.online_meeting or request.conference is not None:
            return None
        if self.meeting_event is not None:
            return "update" if self.meeting_event.options.zoom_meeting_id else None
        if self.ctx.settings.get_str("meeting_link_mode") == MEETING_LINK_ZOOM:
            return "create"
        return None

    def _save_with_zoom(self, request: ScheduleRequest, how: str) -> bool:
        """Zoom's API runs on the network thread; the dialog waits, then saves."""
        self.ctx.meetings.validate(request)  # nothing is made at Zoom for a bad request
        self.save_button.setEnabled(False)
        self.general_error.setText(self.tr("Making the Zoom meeting…"))
        self.general_error.setVisible(True)
        if how == "update" and self.meeting_event is not None:
            work = self.ctx.zoom.update(self.meeting_event.options.zoom_meeting_id, request)
        else:
            work = self.ctx.zoom.create(request)

        def done(conference: Conference) -> None:
            self.save_button.setEnabled(True)
            self.zoom_conference = conference
            self.save()

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            text = (
                shown(error)
                if isinstance(error, ServiceError)
                else self.tr("Zoom could not make the meeting. The log has the details.")
            )
            if isinstance(error, ValidationError):
                self.show_problems(error.problems)
            else:
                self.show_problems({"general": text})

        self.zoom_task = background_loop().submit(work, done, failed)
        return False

    def save(self) -> bool:
        """Schedule or edit; on problems the dialog stays open with messages under the fields."""
        try:
            request = self.build_request()
            if self.is_other_calendar():
                return self._export(request)
            if self.zoom_conference is not None:
                request = replace(request, conference=self.zoom_conference)
            how = self._needs_zoom(request)
            if how is not None:
                return self._save_with_zoom(request, how)
            if self.meeting_event is not None:
                event = self.ctx.meetings.edit(self.meeting_event.id, request)
            else:
                event = self.ctx.meetings.schedule(request)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except ServiceError as exc:
            self.show_problems({"general": shown(exc)})
            return False
        self.saved_event = event
        self.clear_errors()
        self.accept()
        if self.on_saved is not None:
            self.on_saved(event.id)
        return True

    def _export(self, request: ScheduleRequest) -> bool:
        """'Other calendars': build the event and ask where to save its .ics file."""
        self._pending_export = self.ctx.meetings.build_event(replace(request, calendar_id=None))
        self.clear_errors()
        name = _FILE_UNSAFE.sub("", request.topic).strip()[:60] or "meeting"
        dialog = QFileDialog(self, self.tr("Save calendar file"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Calendar files (*.ics)"))
        dialog.setDefaultSuffix("ics")
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(f"{name}.ics")
        dialog.fileSelected.connect(self.write_ics)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return True

    def write_ics(self, path: str) -> bool:
        event = self._pending_export
        if event is None or not path:
            return False
        target = Path(path)
        try:
            target.write_bytes(self.ctx.meetings.export_ics([event]))
        except OSError as exc:
            self.show_problems(
                {
                    "general": self.tr("The file could not be saved: {reason}").format(
                        reason=exc.strerror or shown(exc)
                    )
                }
            )
            return False
        self.exported_path = target
        self._pending_export = None
        self.accept()
        return True


__all__ = ["AttendeeCompleter", "ScheduleDialog", "split_addresses"]
