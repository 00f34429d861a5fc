"""Errors the services raise; every message is written for the person, not the developer."""

from __future__ import annotations

from desktop.i18n import joined


class ServiceError(Exception):
    """Base class: the message is shown to the person as it is."""


class ValidationError(ServiceError):
    """Input that cannot be saved. `problems` maps a field name to what is wrong with it."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(joined(list(self.problems.values())))


class NotFound(ServiceError):
    pass


class NotAllowed(ServiceError):
    """Permissions, policy or the item's origin forbid the action."""
