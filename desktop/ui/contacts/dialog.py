"""Add or edit a contact: name, e-mail addresses, phone numbers, company, job title, notes."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Contact
from desktop.services.contacts import MAX_NAME_CHARS, ContactInput
from desktop.services.context import AppContext
from desktop.services.errors import NotAllowed, NotFound, ValidationError
from desktop.ui.text import plain_label, shown

_EMAIL_SPLIT = re.compile(r"[\n,;]+")
_PHONE_SPLIT = re.compile(r"[\n;]+")


def split_lines(text: str, pattern: re.Pattern[str]) -> tuple[str, ...]:
    return tuple(part.strip() for part in pattern.split(text) if part.strip())


class _ErrorLabel(QLabel):
    """A per-field problem, shown literally under the field and hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.setStyleSheet("QLabel#fieldError { color: #c42b1c; }")
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class ContactDialog(QDialog):
    """Emits `saved(Contact)` after the service accepted the contact, then closes."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        contact: Contact | None = None,
        folder_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact = contact
        self.saved_contact: Contact | None = None
        editing = contact is not None
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("Add contact"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        self.general_error = _ErrorLabel(self)
        self.general_error.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.general_error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.errors: dict[str, _ErrorLabel] = {}

        def add_row(key: str, label_text: str, field: QWidget, hint: str = "") -> None:
            label = QLabel(label_text, self)
            label.setBuddy(field)
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(field)
            if hint:
                hint_label = plain_label(hint, box)
                hint_label.setEnabled(False)
                box_layout.addWidget(hint_label)
            error = _ErrorLabel(box)
            box_layout.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME_CHARS + 50)
        self.name_edit.setAccessibleName(self.tr("Name"))
        add_row("name", self.tr("&Name:"), self.name_edit)

        self.emails_edit = QPlainTextEdit(self)
        self.emails_edit.setTabChangesFocus(True)
        self.emails_edit.setAccessibleName(self.tr("E-mail addresses, one per line"))
        self.emails_edit.setFixedHeight(self._lines_height(3))
        add_row("email", self.tr("&E-mail addresses:"), self.emails_edit, self.tr("One per line"))

        self.phones_edit = QPlainTextEdit(self)
        self.phones_edit.setTabChangesFocus(True)
        self.phones_edit.setAccessibleName(self.tr("Phone numbers, one per line"))
        self.phones_edit.setFixedHeight(self._lines_height(3))
        add_row(
            "phone",
            self.tr("&Phone numbers:"),
            self.phones_edit,
            self.tr("One per line, e.g. +31 20 123 4567"),
        )

        self.company_edit = QLineEdit(self)
        self.company_edit.setAccessibleName(self.tr("Company"))
        add_row("company", self.tr("C&ompany:"), self.company_edit)

        self.job_title_edit = QLineEdit(self)
        self.job_title_edit.setAccessibleName(self.tr("Job title"))
        add_row("job_title", self.tr("&Job title:"), self.job_title_edit)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setFixedHeight(self._lines_height(4))
        add_row("notes", self.tr("No&tes:"), self.notes_edit)

        self.folder_combo = QComboBox(self)
        self.folder_combo.setAccessibleName(self.tr("Folder"))
        self.folder_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.folder_combo.setMinimumContentsLength(24)
        add_row("folder", self.tr("&Folder:"), self.folder_combo)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save contact"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill_folders(folder_id)
        if contact is not None:
            self.name_edit.setText(contact.display_name)
            self.emails_edit.setPlainText("\n".join(contact.emails))
            self.phones_edit.setPlainText("\n".join(contact.phones))
            self.company_edit.setText(contact.company)
            self.job_title_edit.setText(contact.job_title)
            self.notes_edit.setPlainText(contact.notes)
        self.name_edit.setFocus()

    def _lines_height(self, lines: int) -> int:
        metrics = self.fontMetrics()
        return metrics.lineSpacing() * lines + 12

    def _fill_folders(self, folder_id: str | None) -> None:
        paths = self.ctx.contacts.folder_paths()
        accounts = {a.id: a.display_name for a in self.ctx.integration.accounts()}
        if self.contact is not None:
            # The service edits a contact where it lives; moving is not offered.
            folder_id = self.contact.folder_id
            label = paths.get(folder_id, "")
            self.folder_combo.addItem(label.replace("/", " / "), folder_id)
            self.folder_combo.setEnabled(False)
            self.folder_combo.setToolTip(self.tr("A contact stays in its folder when edited."))
            return
        for folder in self.ctx.contacts.writable_folders():
            path = paths.get(folder.id, folder.name).replace("/", " / ")
            account = accounts.get(folder.account_id, "")
            label = (
                self.tr("{path} ({account})").format(path=path, account=account)
                if account
                else path
            )
            self.folder_combo.addItem(label, folder.id)
        if self.folder_combo.count() == 0:
            self.general_error.show_problem(
                self.tr(
                    "No address book allows adding contacts. Turn on Contacts write in Settings."
                )
            )
            self.save_button.setEnabled(False)
            return
        index = self.folder_combo.findData(folder_id) if folder_id else -1
        self.folder_combo.setCurrentIndex(max(index, 0))

    def value(self) -> ContactInput:
        return ContactInput(
            name=self.name_edit.text(),
            emails=split_lines(self.emails_edit.toPlainText(), _EMAIL_SPLIT),
            phones=split_lines(self.phones_edit.toPlainText(), _PHONE_SPLIT),
            company=self.company_edit.text(),
            job_title=self.job_title_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def _field_for(self, key: str) -> QWidget:
        return {
            "name": self.name_edit,
            "email": self.emails_edit,
            "phone": self.phones_edit,
            "company": self.company_edit,
            "job_title": self.job_title_edit,
            "notes": self.notes_edit,
            "folder": self.folder_combo,
        }.get(key, self.name_edit)

    def clear_problems(self) -> None:
        self.general_error.show_problem("")
        for key, label in self.errors.items():
            label.show_problem("")
            self._field_for(key).setAccessibleDescription("")

    def show_problems(self, problems: dict[str, str]) -> None:
        self.clear_problems()
        first: QWidget | None = None
        unplaced: list[str] = []
        for key, message in problems.items():
            label = self.errors.get(key)
            if label is None:
                unplaced.append(shown(message))
                continue
            label.show_problem(shown(message))
            field = self._field_for(key)
            field.setAccessibleDescription(shown(message))
            if first is None:
                first = field
        if unplaced:
            self.general_error.show_problem("\n".join(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Hand the input to the service; problems stay in the dialog, nothing is saved."""
        data = self.value()
        try:
            if self.contact is not None:
                contact = self.ctx.contacts.edit(self.contact.id, data)
            else:
                folder_id = self.folder_combo.currentData()
                if not isinstance(folder_id, str):
                    self.show_problems({"folder": self.tr("Choose a folder.")})
                    return
                contact = self.ctx.contacts.add(data, folder_id)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except (NotAllowed, NotFound) as exc:
            self.clear_problems()
            self.general_error.show_problem(shown(exc))
            return
        self.saved_contact = contact
        self.saved.emit(contact)
        self.accept()
