"""A tiny observer hub: services announce what changed; the UI bridge turns it into signals."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


class Topic(enum.StrEnum):
    EVENTS = "events"
    CONTACTS = "contacts"
    ACCOUNTS = "accounts"
    SETTINGS = "settings"


Listener = Callable[[Topic], None]


class Notifier:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def emit(self, topic: Topic) -> None:
        for listener in list(self._listeners):
            try:
                listener(topic)
            except Exception:
                # One broken listener must not stop the others or the service call.
                log.exception("change listener failed for %s", topic)

    def emit_all(self) -> None:
        for topic in Topic:
            self.emit(topic)
