"""The tray icon: the next meeting and Join, open Meetdesk, sync now, quit.

With a tray, closing the main window keeps Meetdesk running (reminders keep working); the
first time, a message says so. Without one (some Linux desktops), closing quits as before.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from desktop.services.context import AppContext
from desktop.services.meetings import UpcomingMeeting
from desktop.ui.actions import join_meeting
from desktop.ui.bridge import ServiceBridge
from desktop.ui.service_icons import service_icon

TRAY_HINT_SETTING = "tray_hint_shown"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tray", text)


def next_meeting_text(row: UpcomingMeeting | None, now: datetime) -> str:
    if row is None:
        return _tr("No more meetings this week")
    start = row.occurrence.start.astimezone()
    clock = QLocale().toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat)
    title = row.title if len(row.title) <= 60 else row.title[:59] + "…"
    if start.date() == now.astimezone().date():
        return _tr("Next: {title} at {time}").format(title=title, time=clock)
    day = QLocale().dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
    return _tr("Next: {title}, {day} {time}").format(title=title, day=day, time=clock)


class Tray(QObject):
    """Owns the QSystemTrayIcon and its menu; `window` is the main window."""

    def __init__(self, ctx: AppContext, bridge: ServiceBridge, window: QObject) -> None:
        # A child of the window: its timer and menu go when the window goes.
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.icon = QSystemTrayIcon(QApplication.windowIcon() or QIcon(), self)
        self.icon.setToolTip("Meetdesk")
        self.menu = QMenu()
        self.destroyed.connect(self.menu.deleteLater)
        self.next_action = QAction("", self.menu)
        self.next_action.setEnabled(False)
        self.join_action = QAction(_tr("Join"), self.menu)
        self.join_action.triggered.connect(self.join_next)
        self.open_action = QAction(_tr("Open Meetdesk"), self.menu)
        self.open_action.triggered.connect(self.open_window)
        self.sync_action = QAction(_tr("Sync now"), self.menu)
        self.sync_action.triggered.connect(self._sync_now)
        self.quit_action = QAction(_tr("Quit Meetdesk"), self.menu)
        self.quit_action.triggered.connect(QApplication.quit)
        for action in (self.next_action, self.join_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.sync_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.next: UpcomingMeeting | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)  # the next meeting changes as time passes
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        bridge.eventsChanged.connect(self.refresh)
        self.refresh()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def refresh(self) -> None:
        now = datetime.now(UTC)
        self.next = self.ctx.reminders.next_meeting(now)
        self.next_action.setText(next_meeting_text(self.next, now))
        link = self.next.join_link if self.next is not None else None
        self.join_action.setVisible(link is not None)
        if link is not None:
            self.join_action.setText(_tr("Join {service}").format(service=link.name))
            self.join_action.setIcon(service_icon(link.service, link.name))
        self.icon.setToolTip(f"Meetdesk — {self.next_action.text()}")

    def join_next(self) -> bool:
        link = self.next.join_link if self.next is not None else None
        if link is None:
            return False
        return join_meeting(link, in_app=bool(self.ctx.settings.get("join_in_app")))

    def open_window(self) -> None:
        show = getattr(self.window, "bring_forward", None)
        if callable(show):
            show()

    def _sync_now(self) -> None:
        sync = getattr(self.window, "sync_now", None)
        if callable(sync):
            sync()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.open_window()

    def closed_to_tray(self) -> None:
        """The window was closed and the app keeps running: say so once."""
        if self.ctx.settings.get(TRAY_HINT_SETTING):
            return
        self.icon.showMessage(
            "Meetdesk",
            _tr(
                "Meetdesk keeps running here so that your meeting reminders still appear. "
                "Quit it from this icon's menu."
            ),
            QSystemTrayIcon.MessageIcon.Information,
            8000,
        )
        self.ctx.settings.set(TRAY_HINT_SETTING, True)
