"""The reminder window (Join, Snooze, Dismiss for each due meeting) and its timer.

The window stays until acted on: it has no timeout, and closing it snoozes what it shows.
The controller asks ReminderService what is due whenever its timer fires (at the next
moment the answer can change, at most a minute away), when meetings or settings change,
and when the window is shown again after the computer wakes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import AppContext
from desktop.services.reminders import Reminder
from desktop.ui.actions import join_meeting
from desktop.ui.bridge import ServiceBridge
from desktop.ui.service_icons import service_icon
from desktop.ui.text import plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReminderWindow", text)


def when_text(reminder: Reminder, now: datetime) -> str:
    start = reminder.start
    minutes = round((start - now).total_seconds() / 60)
    local = start.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if minutes > 1:
        return _tr("Starts in {n} minutes, at {time}").format(n=minutes, time=clock)
    if minutes == 1:
        return _tr("Starts in 1 minute, at {time}").format(time=clock)
    if minutes >= 0:
        return _tr("Starts now ({time})").format(time=clock)
    return _tr("Started {n} min ago ({time})").format(n=-minutes, time=clock)


class _ReminderRow(QFrame):
    def __init__(self, window: ReminderWindow, reminder: Reminder, now: datetime) -> None:
        super().__init__(window)
        self.reminder = reminder
        self.setObjectName("reminderRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = plain_label(reminder.title, self, wrap=True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)
        self.when = plain_label(when_text(reminder, now), self)
        layout.addWidget(self.when)
        host = reminder.meeting.host.label
        if host and not reminder.meeting.hosted_by_me:
            layout.addWidget(plain_label(_tr("Host: {name}").format(name=host), self))
        buttons = QHBoxLayout()
        link = reminder.meeting.join_link
        self.join_button: QPushButton | None = None
        if link is not None:
            self.join_button = QPushButton(_tr("&Join {service}").format(service=link.name), self)
            self.join_button.setDefault(True)
            self.join_button.setIcon(service_icon(link.service, link.name))
            self.join_button.clicked.connect(lambda: window.join(reminder))
            buttons.addWidget(self.join_button)
        else:
            buttons.addWidget(plain_label(_tr("No meeting link"), self))
        self.snooze_button = QPushButton(_tr("&Snooze 5 min"), self)
        self.snooze_button.clicked.connect(lambda: window.snooze(reminder))
        self.dismiss_button = QPushButton(_tr("&Dismiss"), self)
        self.dismiss_button.clicked.connect(lambda: window.dismiss(reminder))
        buttons.addStretch(1)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        layout.addLayout(buttons)


class ReminderWindow(QWidget):
    """One window for every due reminder, on top of other windows, until acted on."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.ctx = ctx
        self.setObjectName("reminderWindow")
        self.setWindowTitle(self.tr("Meeting reminder"))
        self.setAccessibleName(self.tr("Meeting reminder"))
        self._layout = QVBoxLayout(self)
        self.rows: list[_ReminderRow] = []
        self.heading = QLabel(self)
        self._layout.addWidget(self.heading)
        self.setMinimumWidth(380)

    def show_reminders(self, reminders: list[Reminder], now: datetime) -> None:
        keys = [r.key for r in reminders]
        if keys == [row.reminder.key for row in self.rows]:
            for row in self.rows:  # same meetings: only the "starts in" text moves on
                row.when.setText(when_text(row.reminder, now))
            return
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = [_ReminderRow(self, r, now) for r in reminders[:5]]
        for row in self.rows:
            self._layout.addWidget(row)
        more = len(reminders) - len(self.rows)
        self.heading.setText(
            self.tr("{n} more meetings are starting too.").format(n=more) if more > 0 else ""
        )
        self.heading.setVisible(more > 0)
        if not reminders:
            self.hide()
            return
        self.adjustSize()
        if not self.isVisible():
            self.show()
            self.raise_()
            QApplication.alert(self)

    def join(self, reminder: Reminder) -> None:
        link = reminder.meeting.join_link
        if link is not None:
            join_meeting(link, in_app=bool(self.ctx.settings.get("join_in_app")))
        self.ctx.reminders.dismiss(reminder.key)
        self._changed()

    def snooze(self, reminder: Reminder) -> None:
        self.ctx.reminders.snooze(reminder.key)
        self._changed()

    def dismiss(self, reminder: Reminder) -> None:
        self.ctx.reminders.dismiss(reminder.key)
        self._changed()

    def _changed(self) -> None:
        controller = self.findChild(ReminderController)
        if controller is not None:
            controller.check()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing is not "I have seen it": what it showed comes back after the snooze.
        for row in self.rows:
            self.ctx.reminders.snooze(row.reminder.key)
        super().closeEvent(event)


class ReminderController(QObject):
    """Looks at what is due whenever the answer may have changed."""

    def __init__(self, ctx: AppContext, bridge: ServiceBridge, window: ReminderWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        bridge.eventsChanged.connect(self.check)
        bridge.settingsChanged.connect(self.check)

    def check(self) -> None:
        now = datetime.now(UTC)
        self.window.show_reminders(self.ctx.reminders.due(now), now)
        wait = (self.ctx.reminders.next_change(now) - datetime.now(UTC)).total_seconds()
        self.timer.start(max(250, min(60_000, int(wait * 1000) + 50)))
