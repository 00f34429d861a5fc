"""Turns service change notifications into Qt signals (the one place the two worlds meet)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.notifications import Notifier, Topic


class ServiceBridge(QObject):
    eventsChanged = Signal()
    contactsChanged = Signal()
    accountsChanged = Signal()
    settingsChanged = Signal()

    def __init__(self, notifier: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = notifier.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _on_change(self, topic: Topic) -> None:
        {
            Topic.EVENTS: self.eventsChanged,
            Topic.CONTACTS: self.contactsChanged,
            Topic.ACCOUNTS: self.accountsChanged,
            Topic.SETTINGS: self.settingsChanged,
        }[topic].emit()
