"""Shows the events of an .ics file before they are added to a calendar."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import ical
from desktop.domain import Event
from desktop.services.context import AppContext
from desktop.services.errors import ServiceError
from desktop.services.integration import service_info
from desktop.services.meetings import ImportReport
from desktop.timezones import resolve_timezone
from desktop.ui.text import message_box, plain_label, shown

_FREQ_RE = re.compile(r"(?:^|;)FREQ=([A-Z]+)", re.IGNORECASE)


class ImportEventsModel(QAbstractTableModel):
    """The file's events, earliest first: when (local time), title, whether it repeats."""

    COLUMNS = ("When", "Title", "Repeats")

    def __init__(
        self, events: Sequence[Event], zone: tzinfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # The zone the rest of the app shows times in (None: the process's local time).
        self.zone = zone
        self.events = sorted(events, key=lambda e: (e.start, e.recurrence_id is not None))
        self._locale = QLocale()
        self._cache: dict[int, tuple[str, str, str]] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def _date(self, value: datetime) -> str:
        return self._locale.toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")

    def _time(self, value: datetime) -> str:
        return self._locale.toString(
            QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat
        )

    def when(self, event: Event) -> str:
        if event.all_day:
            # All-day dates are calendar dates: no conversion to the local zone.
            return self.tr("{date} (all day)").format(date=self._date(event.start))
        start = event.start.astimezone(self.zone)
        end = event.end.astimezone(self.zone)
        if start.date() == end.date():
            return self.tr("{date} {start}–{end}").format(
                date=self._date(start), start=self._time(start), end=self._time(end)
            )
        return self.tr("{start_date} {start} – {end_date} {end}").format(
            start_date=self._date(start),
            start=self._time(start),
            end_date=self._date(end),
            end=self._time(end),
        )

    def repeats(self, event: Event) -> str:
        if event.recurrence_id is not None:
            return self.tr("Changes one occurrence")
        if not event.rrule:
            return ""
        match = _FREQ_RE.search(event.rrule)
        names = {
            "DAILY": self.tr("Repeats daily"),
            "WEEKLY": self.tr("Repeats weekly"),
            "MONTHLY": self.tr("Repeats monthly"),
            "YEARLY": self.tr("Repeats yearly"),
        }
        return (
            names.get(match.group(1).upper(), self.tr("Repeats")) if match else self.tr("Repeats")
        )

    def texts(self, row: int) -> tuple[str, str, str]:
        cached = self._cache.get(row)
        if cached is None:
            event = self.events[row]
            title = " ".join(event.title.split()) or self.tr("(No title)")
            cached = (self.when(event), title, self.repeats(event))
            self._cache[row] = cached
        return cached

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(index.row())[index.column()]
        return None


class ImportDialog(QDialog):
    """File name, the events found, what was skipped, a calendar, and Import / Cancel.

    Raises ical.IcsError from the constructor when the whole file is refused.
    """

    def __init__(
        self, ctx: AppContext, data: bytes, file_name: str, parent: QWidget | None = None
    ) -> None:
        preview = ctx.meetings.preview_ics(data)  # IcsError propagates: nothing to show
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.file_name = file_name
        self.report: ImportReport | None = None
        self.summary = ""
        self.summary_box: QMessageBox | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import calendar file"))
        layout = QVBoxLayout(self)

        title = plain_label(file_name, self, wrap=True)
        title.setObjectName("importFileName")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(self.tr("File"))
        layout.addWidget(title)

        zone = resolve_timezone(ctx.meetings.default_timezone())
        self.model = ImportEventsModel(list(preview.events), zone, self)
        count = self.model.rowCount()
        self.found = plain_label("", self, wrap=True)
        self.found.setObjectName("importFound")
        if count:
            found = (
                self.tr("1 event found.")
                if count == 1
                else self.tr("{count} events found.").format(count=count)
            )
            self.found.setText(found + " " + self.tr("Importing the file again updates them."))
        else:
            self.found.setText(self.tr("No event in this file can be imported."))
        layout.addWidget(self.found)

        self.table = QTableView(self)
        self.table.setObjectName("importEvents")
        self.table.setAccessibleName(self.tr("Events in the file"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(count > 0)
        layout.addWidget(self.table, 1)

        problems = [shown(problem) for problem in preview.problems]
        if not count and not problems:
            problems = [self.tr("The file holds no events.")]
        self.problems_label = QLabel(self.tr("&Problems in the file"), self)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.setTabChangesFocus(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setPlainText("\n".join(problems))
        if count:
            self.problems.setMaximumHeight(140)
        self.problems_label.setBuddy(self.problems)
        self.problems_label.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 0 if count else 1)

        form = QFormLayout()
        self.calendar_combo = QComboBox(self)
        self.calendar_combo.setObjectName("importCalendar")
        self.calendar_combo.setAccessibleName(self.tr("Calendar to add the events to"))
        calendars = ctx.meetings.writable_calendars()
        accounts = {a.id: a for a in ctx.integration.accounts()}
        many_accounts = len({c.account_id for c in calendars}) > 1
        for calendar in calendars:
            label = " ".join(calendar.name.split())
            account = accounts.get(calendar.account_id)
            if many_accounts and account is not None:
                label = f"{label} ({service_info(account.kind).name})"
            self.calendar_combo.addItem(label, calendar.id)
        self.calendar_combo.setEnabled(bool(calendars))
        form.addRow(self.tr("Add to &calendar"), self.calendar_combo)
        field_label = form.labelForField(self.calendar_combo)
        if isinstance(field_label, QLabel):
            field_label.setBuddy(self.calendar_combo)
        layout.addLayout(form)

        self.error = plain_label("", self, wrap=True)
        self.error.setObjectName("importError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Error"))
        if not calendars:
            self.error.setText(
                self.tr(
                    "There is no calendar you may add meetings to. In Settings, connect a "
                    "service or allow Calendar write."
                )
            )
        self.error.setVisible(bool(self.error.text()))
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(count > 0 and bool(calendars))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.import_events)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480 if count else 360)

    def selected_calendar_id(self) -> str | None:
        value = self.calendar_combo.currentData()
        return str(value) if value else None

    def import_events(self) -> ImportReport | None:
        calendar_id = self.selected_calendar_id()
        if calendar_id is None or not self.model.rowCount():
            return None
        try:
            report = self.ctx.meetings.import_ics(self.data, calendar_id)
        except (ServiceError, ical.IcsError) as exc:
            self.error.setText(shown(exc))
            self.error.show()
            return None
        self.report = report
        self.summary = self.tr("Added {added}, updated {updated}.").format(
            added=report.added, updated=report.updated
        )
        if report.problems:
            skipped = len(report.problems)
            self.summary += " " + (
                self.tr("1 item skipped.")
                if skipped == 1
                else self.tr("{count} items skipped.").format(count=skipped)
            )
        owner = self.parentWidget()
        self.accept()
        box = message_box(
            owner,
            QMessageBox.Icon.Information,
            self.tr("Calendar file imported"),
            self.tr("{file}: {summary}").format(file=self.file_name, summary=self.summary),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_box = box
        box.open()
        return report
