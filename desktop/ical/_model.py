"""Result and error types of the iCalendar import."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain import Event


class IcsError(ValueError):
    """The whole file is refused; the message is fit to show to a person."""


@dataclass
class ImportResult:
    """Events read from a file, and one human message per item skipped or altered."""

    events: list[Event] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # Every VEVENT met, read or skipped, and how many had no usable UID: a server item
    # must be read whole and by its own UID, or not at all (see the CalDAV provider).
    components: int = 0
    missing_uids: int = 0
