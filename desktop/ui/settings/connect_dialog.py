"""Connecting a calendar and contacts service, and changing what an account may use.

PermissionsEditor is shared by the Connect wizard and the Configure dialog: four
checkboxes, capped by the administrator's allowed permissions, where write implies read.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.auth.secrets import KeyringUnavailable
from desktop.domain import Account, Permission, ServiceKind
from desktop.services.context import AppContext
from desktop.services.errors import ServiceError
from desktop.services.integration import ServiceInfo, service_info
from desktop.services.sync import ConnectResult
from desktop.ui.background import background_loop
from desktop.ui.text import plain_label, shown

_CONTEXT = "Permissions"

# (permission, label with mnemonic, what it lets Meetdesk do, the permission it needs)
_PERMISSION_ROWS: tuple[tuple[Permission, str, str, Permission | None], ...] = (
    (
        Permission.CALENDAR_READ,
        "Calendar &read",
        "See your events and meetings",
        None,
    ),
    (
        Permission.CALENDAR_WRITE,
        "Calendar &write",
        "Create, edit and delete meetings",
        Permission.CALENDAR_READ,
    ),
    (
        Permission.CONTACTS_READ,
        "C&ontacts read",
        "See your contacts and their folders",
        None,
    ),
    (
        Permission.CONTACTS_WRITE,
        "Co&ntacts write",
        "Create contacts and add numbers to them",
        Permission.CONTACTS_READ,
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def permission_name(permission: Permission) -> str:
    for perm, label, _, _ in _PERMISSION_ROWS:
        if perm is permission:
            return _tr(label).replace("&", "")
    return permission.value  # pragma: no cover - every permission has a row


def not_allowed_text() -> str:
    return _tr("Not allowed by your administrator")


def error_label(parent: QWidget | None = None) -> QLabel:
    """A plain-text label for a service's message, hidden while empty."""
    label = plain_label("", parent, wrap=True)
    label.setObjectName("errorLabel")
    label.setStyleSheet("color: #b3261e;")
    label.setAccessibleName(_tr("Error"))
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class PermissionsEditor(QWidget):
    """Calendar read/write and Contacts read/write checkboxes, within what the policy allows."""

    changed = Signal()

    def __init__(self, allowed: Iterable[Permission], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allowed = frozenset(allowed)
        self.boxes: dict[Permission, QCheckBox] = {}
        self.notes: dict[Permission, QLabel] = {}
        self._requires: dict[Permission, Permission] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        for row, (perm, label, description, needs) in enumerate(_PERMISSION_ROWS):
            box = QCheckBox(self.tr(label), self)
            box.setObjectName(f"permission_{perm.value}")
            box.setAccessibleName(self.tr(label).replace("&", ""))
            box.setAccessibleDescription(self.tr(description))
            allowed_here = perm in self.allowed
            text = self.tr(description) if allowed_here else not_allowed_text()
            note = plain_label(text, self)
            if not allowed_here:
                box.setEnabled(False)
                box.setToolTip(not_allowed_text())
                font = note.font()
                font.setItalic(True)
                note.setFont(font)
            grid.addWidget(box, row, 0)
            grid.addWidget(note, row, 1)
            self.boxes[perm] = box
            self.notes[perm] = note
            if needs is not None:
                self._requires[perm] = needs
            box.toggled.connect(lambda on, p=perm: self._toggled(p, on))

    def _toggled(self, perm: Permission, on: bool) -> None:
        if on and perm in self._requires:
            self.boxes[self._requires[perm]].setChecked(True)  # write implies read
        if not on:
            for writer, reader in self._requires.items():
                if reader is perm:
                    self.boxes[writer].setChecked(False)  # no write without read
        self.changed.emit()

    def set_permissions(self, permissions: Iterable[Permission]) -> None:
        wanted = frozenset(permissions) & self.allowed
        for perm, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(perm in wanted)
            box.blockSignals(False)
        # Re-apply "write implies read" on what was given.
        for writer, reader in self._requires.items():
            if self.boxes[writer].isChecked() and not self.boxes[reader].isChecked():
                self.boxes[writer].setChecked(False)
        self.changed.emit()

    def permissions(self) -> frozenset[Permission]:
        return frozenset(p for p, box in self.boxes.items() if box.isChecked())


class ConfigureDialog(QDialog):
    """Change the permissions of a connected account."""

    def __init__(
        self,
        ctx: AppContext,
        account: Account,
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account.id
        self.updated: Account | None = None
        self.setWindowTitle(self.tr("Configure {name}").format(name=account.display_name))
        self.setObjectName("configureDialog")
        layout = QVBoxLayout(self)
        heading = plain_label(account.display_name, self, wrap=True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(
            plain_label(
                intro or self.tr("Choose what Meetdesk may use from this account."),
                self,
                wrap=True,
            )
        )
        self.editor = PermissionsEditor(ctx.integration.allowed_permissions(), self)
        self.editor.set_permissions(account.permissions)
        layout.addWidget(self.editor)
        beyond = account.permissions - self.editor.allowed
        self.policy_note = plain_label("", self, wrap=True)
        if beyond:
            names = ", ".join(permission_name(p) for p in sorted(beyond))
            self.policy_note.setText(
                self.tr(
                    "Your administrator no longer allows: {names}. Saving removes them."
                ).format(names=names)
            )
        self.policy_note.setVisible(bool(beyond))
        layout.addWidget(self.policy_note)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save permissions"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.changed.connect(lambda: show_error(self.error, ""))
        self.setMinimumWidth(460)

    def save(self) -> None:
        permissions = self.editor.permissions()
        if self.ctx.sync.needs_consent(self.account_id, permissions):
            self._consent(permissions)
            return
        try:
            self.updated = self.ctx.integration.configure(self.account_id, permissions)
        except ServiceError as exc:
            show_error(self.error, shown(exc))
            return
        self.accept()

    def _consent(self, permissions: frozenset[Permission]) -> None:
        """More than the person consented to: Microsoft asks again in the browser."""
        show_error(self.error, self.tr("Waiting for you to sign in in your web browser…"))
        self.save_button.setEnabled(False)

        def done(_report: object) -> None:
            self.updated = self.ctx.store.get_account(self.account_id)
            self.accept()

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            text = (
                shown(error)
                if isinstance(error, ServiceError | KeyringUnavailable)
                else self.tr("Signing in failed. The log has the details.")
            )
            show_error(self.error, text)

        self.consent_task = background_loop().submit(
            self.ctx.sync.sign_in_again(self.account_id, permissions), done, failed
        )


# --- the Connect wizard -------------------------------------------------------------------


def service_text(text: str) -> str:
    """A service's name, description or reason (desktop.services.integration), translated."""
    return QCoreApplication.translate("Services", text)


def unavailable_reason(
    ctx: AppContext, info: ServiceInfo, connected: set[ServiceKind] | None = None
) -> str:
    """Why this service cannot be connected now, or '' when it can."""
    if not info.available:
        return service_text(info.unavailable_reason)
    locked = ctx.integration.locked_service()
    if locked is not None and info.kind is not locked:
        return _tr("Your administrator requires {name}.").format(
            name=service_text(service_info(locked).name)
        )
    if connected is None:
        connected = {a.kind for a in ctx.integration.accounts()}
    if info.kind is ServiceKind.LOCAL and ServiceKind.LOCAL in connected:
        return _tr("Already connected.")
    return ""


def connectable_services(ctx: AppContext) -> list[ServiceInfo]:
    """The services a person could connect right now (empty when Connect is blocked)."""
    if ctx.integration.connect_blocked_reason():
        return []
    connected = {a.kind for a in ctx.integration.accounts()}
    return [s for s in ctx.integration.services() if not unavailable_reason(ctx, s, connected)]


class ServicePage(QWizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Choose a service"))
        self.setSubTitle(self.tr("Where are the calendar and contacts you want to see here?"))
        layout = QVBoxLayout(self)
        self.locked_note = plain_label("", self, wrap=True)
        self.locked_note.setObjectName("lockedServiceNote")
        layout.addWidget(self.locked_note)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.radios: dict[ServiceKind, QRadioButton] = {}
        self.notes: dict[ServiceKind, QLabel] = {}
        self.reasons: dict[ServiceKind, str] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(2)
        row = 0
        for info in ctx.integration.services():
            radio = QRadioButton(service_text(info.name), self)
            radio.setObjectName(f"service_{info.kind.value}")
            radio.setAccessibleName(service_text(info.name))
            note = plain_label("", self, wrap=True)
            note.setIndent(24)
            self.group.addButton(radio)
            self.radios[info.kind] = radio
            self.notes[info.kind] = note
            grid.addWidget(radio, row, 0)
            grid.addWidget(note, row + 1, 0)
            grid.setRowMinimumHeight(row + 2, 8)
            row += 3
            radio.toggled.connect(self.completeChanged)
        layout.addLayout(grid)
        self.nothing_note = plain_label(
            self.tr("No service can be connected right now."), self, wrap=True
        )
        layout.addWidget(self.nothing_note)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        integration = self.ctx.integration
        locked = integration.locked_service()
        connected = {a.kind for a in integration.accounts()}
        if locked is not None:
            self.locked_note.setText(
                self.tr("Your administrator requires {name} for calendar and contacts.").format(
                    name=service_text(service_info(locked).name)
                )
            )
        self.locked_note.setVisible(locked is not None)
        for info in integration.services():
            reason = unavailable_reason(self.ctx, info, connected)
            self.reasons[info.kind] = reason
            radio = self.radios[info.kind]
            radio.setEnabled(not reason)
            note = self.notes[info.kind]
            note.setText(reason or service_text(info.description))
            # The reason stays readable (not greyed out) even though the choice is off.
            font = note.font()
            font.setItalic(bool(reason))
            note.setFont(font)
            radio.setAccessibleDescription(reason or service_text(info.description))
            radio.setToolTip(reason)
        default = integration.default_service()
        choice = self.radios.get(default)
        if choice is None or not choice.isEnabled():
            choice = next((r for r in self.radios.values() if r.isEnabled()), None)
        if choice is not None:
            choice.setChecked(True)
        else:
            checked = self.group.checkedButton()
            if checked is not None:
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)
        self.nothing_note.setVisible(choice is None)
        self.completeChanged.emit()

    def selected(self) -> ServiceKind | None:
        for kind, radio in self.radios.items():
            if radio.isChecked() and radio.isEnabled():
                return kind
        return None

    def isComplete(self) -> bool:
        return self.selected() is not None


class PermissionsPage(QWizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose permissions"))
        self.setSubTitle(self.tr("Choose what Meetdesk may use. You can change this later."))
        layout = QVBoxLayout(self)
        self.editor = PermissionsEditor(ctx.integration.allowed_permissions(), self)
        self.editor.set_permissions(self.editor.allowed)
        layout.addWidget(self.editor)
        self.hint = plain_label(self.tr("Choose at least one permission."), self, wrap=True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.editor.changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.hint.setVisible(not self.editor.permissions())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.editor.permissions())


class SignInPage(QWizardPage):
    def __init__(self, dialog: ConnectDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.setTitle(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        self.message = plain_label("", self, wrap=True)
        self.message.setObjectName("signInMessage")
        layout.addWidget(self.message)

        # Server sign-in (CalDAV/CardDAV): address, user name, password.
        self.credentials = QWidget(self)
        form = QFormLayout(self.credentials)
        self.url_edit = QLineEdit(self.credentials)
        self.url_edit.setPlaceholderText("https://dav.example.com/")
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.username_edit = QLineEdit(self.credentials)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit(self.credentials)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("Server &address:"), self.url_edit)
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        note = plain_label(
            self.tr("The password is kept in your system's keyring, never in Meetdesk's files."),
            self.credentials,
            wrap=True,
        )
        form.addRow(note)
        layout.addWidget(self.credentials)

        # Microsoft 365: the sign-in happens in the browser; only where to sign in is asked.
        self.microsoft = QWidget(self)
        ms_form = QFormLayout(self.microsoft)
        self.client_id_edit = QLineEdit(self.microsoft)
        self.client_id_edit.setAccessibleName(self.tr("Microsoft app (client) ID"))
        self.client_id_edit.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.cloud_combo = QComboBox(self.microsoft)
        self.cloud_combo.setAccessibleName(self.tr("Microsoft cloud"))
        for key, label in (
            ("global", self.tr("Worldwide")),
            ("usgov", self.tr("US Government (GCC High)")),
            ("usgov-dod", self.tr("US Government (DoD)")),
            ("china", self.tr("China (21Vianet)")),
            ("custom", self.tr("Other addresses…")),
        ):
            self.cloud_combo.addItem(label, key)
        self.authority_edit = QLineEdit(self.microsoft)
        self.authority_edit.setAccessibleName(self.tr("Sign-in address"))
        self.graph_edit = QLineEdit(self.microsoft)
        self.graph_edit.setAccessibleName(self.tr("Graph address"))
        ms_form.addRow(self.tr("App (&client) ID:"), self.client_id_edit)
        ms_form.addRow(self.tr("C&loud:"), self.cloud_combo)
        ms_form.addRow(self.tr("Sign-in a&ddress:"), self.authority_edit)
        ms_form.addRow(self.tr("&Graph address:"), self.graph_edit)
        ms_form.addRow(
            plain_label(
                self.tr(
                    "Your sign-in is kept in your system's keyring, never in Meetdesk's files."
                ),
                self.microsoft,
                wrap=True,
            )
        )
        self.cloud_combo.currentIndexChanged.connect(self._cloud_changed)
        layout.addWidget(self.microsoft)

        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(False)

    def _cloud_changed(self) -> None:
        from desktop.auth.microsoft import CLOUDS

        key = str(self.cloud_combo.currentData())
        custom = key == "custom"
        if not custom:
            authority, graph = CLOUDS[key]
            self.authority_edit.setText(authority)
            self.graph_edit.setText(graph)
        self.authority_edit.setReadOnly(not custom)
        self.graph_edit.setReadOnly(not custom)

    def _load_microsoft_defaults(self) -> None:
        from desktop.auth.microsoft import CLOUDS

        client_id, authority, graph = self.dialog.ctx.sync.microsoft_defaults()
        self.client_id_edit.setText(client_id)
        preset = next((k for k, v in CLOUDS.items() if v == (authority, graph)), "custom")
        self.cloud_combo.setCurrentIndex(self.cloud_combo.findData(preset))
        self.authority_edit.setText(authority)
        self.graph_edit.setText(graph)
        self._cloud_changed()

    def initializePage(self) -> None:
        kind = self.dialog.service_page.selected()
        show_error(self.error, "")
        self.credentials.setVisible(kind is ServiceKind.CALDAV)
        self.microsoft.setVisible(kind is ServiceKind.MICROSOFT365)
        if kind is ServiceKind.LOCAL:
            self.setSubTitle(self.tr("Nothing to sign in to."))
            self.message.setText(
                self.tr(
                    "The calendar and address book on this computer need no sign-in: "
                    "your meetings and contacts stay on this computer. "
                    "Click Finish to connect them."
                )
            )
        elif kind is ServiceKind.CALDAV:
            self.setSubTitle(service_info(kind).name)
            self.message.setText(
                self.tr(
                    "Enter your server's address and your user name and password. Meetdesk "
                    "finds your calendars and address books and then keeps them in sync."
                )
            )
            self.url_edit.setFocus()
        elif kind is ServiceKind.MICROSOFT365 and self.dialog.ctx.sync.microsoft_admin_mode():
            self.setSubTitle(service_info(kind).name)
            self.microsoft.setVisible(False)
            email = self.dialog.ctx.settings.get_str("my_email")
            self.message.setText(
                self.tr(
                    "Your administrator connects Microsoft 365 for you: nobody signs in. "
                    "Click Finish to show the meetings and contacts of {email}."
                ).format(email=email)
                if email
                else self.tr(
                    "Your administrator connects Microsoft 365 for you. Enter your e-mail "
                    "address in Settings › About you first, then connect."
                )
            )
        elif kind is ServiceKind.MICROSOFT365:
            self.setSubTitle(service_info(kind).name)
            self.message.setText(
                self.tr(
                    "Click Finish to sign in to Microsoft 365 in your web browser. Meetdesk "
                    "waits for you there, then shows your Outlook meetings and contacts."
                )
            )
            if not self.client_id_edit.text():
                self._load_microsoft_defaults()
        elif kind is not None:
            self.setSubTitle(service_info(kind).name)
            self.message.setText(service_text(service_info(kind).unavailable_reason))

    def validatePage(self) -> bool:
        return self.dialog.connect_service()


class ConnectDialog(QWizard):
    """Connect → choose service → choose permissions → sign in."""

    accountConnected = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account: Account | None = None
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect a calendar and contacts service"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.service_page = ServicePage(ctx, self)
        self.permissions_page = PermissionsPage(ctx, self)
        self.sign_in_page = SignInPage(self)
        self.addPage(self.service_page)
        self.addPage(self.permissions_page)
        self.addPage(self.sign_in_page)
        for which, name in (
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.button(which).setAccessibleName(name)
        self.setMinimumSize(560, 440)

    def connect_service(self) -> bool:
        kind = self.service_page.selected()
        if kind is None:
            show_error(self.sign_in_page.error, self.tr("Choose a service first."))
            return False
        if self.account is not None:
            return True  # signed in by the background task that just finished
        if kind is ServiceKind.CALDAV:
            self._start_server_sign_in()
            return False
        if kind is ServiceKind.MICROSOFT365:
            self._start_microsoft_sign_in()
            return False
        try:
            self.account = self.ctx.integration.connect(
                kind, self.permissions_page.editor.permissions()
            )
        except (ServiceError, KeyringUnavailable) as exc:
            show_error(self.sign_in_page.error, shown(exc))
            return False
        self.accountConnected.emit(self.account.id)
        return True

    def _start_server_sign_in(self) -> None:
        """Discovery and the first sync run on the network thread; the wizard waits."""
        page = self.sign_in_page
        show_error(page.error, "")
        page.message.setText(self.tr("Connecting…"))
        self._set_busy(True)
        self.sign_in_task = background_loop().submit(
            self.ctx.sync.connect_caldav(
                page.url_edit.text(),
                page.username_edit.text(),
                page.password_edit.text(),
                self.permissions_page.editor.permissions(),
            ),
            self._signed_in,
            self._sign_in_failed,
        )

    def _start_microsoft_sign_in(self) -> None:
        """msal waits for the browser on a worker thread; the wizard stays responsive."""
        page = self.sign_in_page
        show_error(page.error, "")
        page.message.setText(
            self.tr("Waiting for you to sign in in your web browser… (up to 5 minutes)")
        )
        self._set_busy(True)
        self.sign_in_task = background_loop().submit(
            self.ctx.sync.connect_microsoft365(
                self.permissions_page.editor.permissions(),
                client_id=page.client_id_edit.text(),
                authority=page.authority_edit.text(),
                graph_url=page.graph_edit.text(),
            ),
            self._signed_in,
            self._sign_in_failed,
        )

    def reject(self) -> None:
        """Cancel (or the window closed) while the browser sign-in waits: stop its listener
        now rather than leave it up for its five minutes."""
        task = getattr(self, "sign_in_task", None)
        if task is not None and not task.done():
            background_loop().call_soon(self.ctx.sync.cancel_sign_in)
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.button(which).setEnabled(not busy)
        self.sign_in_page.credentials.setEnabled(not busy)
        self.sign_in_page.microsoft.setEnabled(not busy)

    def _signed_in(self, result: ConnectResult) -> None:
        self._set_busy(False)
        self.account = result.account
        self.accountConnected.emit(result.account.id)
        self.accept()

    def _sign_in_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.sign_in_page.initializePage()
        if isinstance(error, ServiceError | KeyringUnavailable):
            text = shown(error)
        else:
            text = self.tr("Signing in failed unexpectedly. The log has the details.")
        show_error(self.sign_in_page.error, text)


__all__ = [
    "ConfigureDialog",
    "ConnectDialog",
    "PermissionsEditor",
    "connectable_services",
    "not_allowed_text",
    "permission_name",
    "service_text",
    "unavailable_reason",
]
