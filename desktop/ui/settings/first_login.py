"""The prompt after sign-in that offers to set up calendar and contacts integration.

app.py decides whether to show it (ctx.integration.first_login_prompt()) and records that
it was shown; this dialog only explains and leads to the Connect or Configure dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain import LOCAL_ACCOUNT_ID
from desktop.services.context import AppContext
from desktop.ui.settings.connect_dialog import (
    ConfigureDialog,
    ConnectDialog,
    connectable_services,
    error_label,
    show_error,
)
from desktop.ui.text import plain_label


class FirstLoginPrompt(QDialog):
    """ "Set up your calendar and contacts?" with Set up now / Later."""

    # Asks the main window to show the Settings tab (when there is nothing to set up here).
    openSettingsRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_up: QDialog | None = None
        self.setObjectName("firstLoginPrompt")
        self.setWindowTitle(self.tr("Set up calendar and contacts"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = plain_label(
            self.tr("See your meetings and contacts in Meetdesk"), self, wrap=True
        )
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        layout.addWidget(heading)
        self.explanation = plain_label(
            self.tr(
                "Connect the calendar and contacts you already use: Meetdesk then lists your "
                "upcoming meetings with a Join button and keeps your contacts at hand. "
                "You choose what it may read or change, and can change or remove it later "
                "in Settings."
            ),
            self,
            wrap=True,
        )
        self.explanation.setObjectName("firstLoginExplanation")
        layout.addWidget(self.explanation)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.set_up_button = QPushButton(self.tr("&Set up now"), self)
        self.set_up_button.setObjectName("setUpNow")
        self.set_up_button.setAccessibleName(self.tr("Set up now"))
        self.set_up_button.setDefault(True)
        self.later_button = QPushButton(self.tr("&Later"), self)
        self.later_button.setObjectName("later")
        self.later_button.setAccessibleName(self.tr("Later"))
        self.settings_button = QPushButton(self.tr("Open Se&ttings"), self)
        self.settings_button.setObjectName("openSettings")
        self.settings_button.setAccessibleName(self.tr("Open Settings"))
        buttons.addButton(self.set_up_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.settings_button.hide()  # after addButton, which shows it
        self.set_up_button.clicked.connect(self.set_up_now)
        self.later_button.clicked.connect(self.reject)
        self.settings_button.clicked.connect(self.open_settings)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        # Wrapped text: size the dialog for its width, not for one long line.
        self.resize(520, max(self.heightForWidth(520), 0) or self.sizeHint().height())

    def _owner(self) -> QWidget | None:
        """Dialogs opened from here outlive the prompt, so they belong to its parent."""
        return self.parentWidget()

    def set_up_now(self) -> QDialog | None:
        """Connect a service or, when the local calendar is all there is, choose its permissions."""
        show_error(self.message, "")
        blocked = self.ctx.integration.connect_blocked_reason()
        if blocked:
            self._explain(blocked)
            return None
        dialog: QDialog | None = None
        if connectable_services(self.ctx):
            dialog = ConnectDialog(self.ctx, self._owner())
        else:
            local = next(
                (a for a in self.ctx.integration.accounts() if a.id == LOCAL_ACCOUNT_ID), None
            )
            if local is not None:
                dialog = ConfigureDialog(
                    self.ctx,
                    local,
                    self._owner(),
                    intro=self.tr(
                        "Your calendar and address book on this computer are already "
                        "connected. Choose what Meetdesk may use from them."
                    ),
                )
        if dialog is None:
            self._explain(
                self.tr("No service can be connected right now. Settings shows what is set up.")
            )
            return None
        self.follow_up = dialog
        self.accept()
        dialog.open()
        return dialog

    def _explain(self, text: str) -> None:
        show_error(self.message, text)
        self.set_up_button.setEnabled(False)
        self.settings_button.show()
        self.settings_button.setFocus()

    def open_settings(self) -> None:
        self.openSettingsRequested.emit()
        window = self.parentWidget()
        tabs = getattr(window, "tabs", None)
        page = getattr(window, "settings_page", None)
        if tabs is not None and isinstance(page, QWidget) and hasattr(tabs, "setCurrentWidget"):
            tabs.setCurrentWidget(page)
        self.accept()
