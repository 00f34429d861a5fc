"""Meeting reminders: a small window that stays on top until the person acts on it."""

from desktop.ui.reminders.window import ReminderController, ReminderWindow

__all__ = ["ReminderController", "ReminderWindow"]
