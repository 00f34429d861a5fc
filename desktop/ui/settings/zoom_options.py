"""The options of new Zoom meetings: recording, registration, authentication, watermark."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import AppContext
from desktop.services.errors import ServiceError
from desktop.ui.settings.connect_dialog import error_label, show_error
from desktop.ui.text import shown


class ZoomOptionsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("zoomOptionsDialog")
        self.setWindowTitle(self.tr("Zoom meeting options"))
        current = ctx.settings.get("zoom_defaults")
        values = dict(current) if isinstance(current, dict) else {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.recording = QComboBox(self)
        for key, label in (
            ("none", self.tr("Do not record")),
            ("local", self.tr("On this computer")),
            ("cloud", self.tr("In the Zoom cloud")),
        ):
            self.recording.addItem(label, key)
        self.recording.setCurrentIndex(
            max(0, self.recording.findData(values.get("auto_recording", "none")))
        )
        self.audio = QComboBox(self)
        for key, label in (
            ("both", self.tr("Computer audio and telephone")),
            ("voip", self.tr("Computer audio only")),
            ("telephony", self.tr("Telephone only")),
        ):
            self.audio.addItem(label, key)
        self.audio.setCurrentIndex(max(0, self.audio.findData(values.get("audio", "both"))))
        self.approval = QComboBox(self)
        for approval, label in (
            (2, self.tr("No registration")),
            (0, self.tr("Registration, approved automatically")),
            (1, self.tr("Registration, approved by me")),
        ):
            self.approval.addItem(label, approval)
        self.approval.setCurrentIndex(
            max(0, self.approval.findData(values.get("approval_type", 2)))
        )
        form.addRow(self.tr("&Record automatically:"), self.recording)
        form.addRow(self.tr("&Audio:"), self.audio)
        form.addRow(self.tr("Re&gistration:"), self.approval)
        self.checks: dict[str, QCheckBox] = {}
        for key, label, default in (
            ("watermark", self.tr("Add a &watermark to shared screens"), False),
            ("use_pmi", self.tr("Use my &personal meeting ID"), False),
            ("close_registration", self.tr("&Close registration after the meeting date"), False),
            (
                "registrants_confirmation_email",
                self.tr("Send registrants a confirmation &e-mail"),
                True,
            ),
            ("meeting_authentication", self.tr("Only signed-in &users may join"), False),
        ):
            box = QCheckBox(label, self)
            box.setChecked(bool(values.get(key, default)))
            self.checks[key] = box
            form.addRow(box)
        self.domains = QLineEdit(self)
        self.domains.setPlaceholderText("example.com, partner.example")
        self.domains.setText(", ".join(str(d) for d in values.get("authentication_domains") or []))
        form.addRow(self.tr("…from these &domains:"), self.domains)
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.domains.textEdited.connect(lambda _: show_error(self.error, ""))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        options: dict[str, object] = {
            "auto_recording": self.recording.currentData(),
            "audio": self.audio.currentData(),
            "approval_type": self.approval.currentData(),
        }
        options.update({key: box.isChecked() for key, box in self.checks.items()})
        options["authentication_domains"] = [
            d.strip() for d in self.domains.text().split(",") if d.strip()
        ]
        return options

    def save(self) -> bool:
        try:
            self.ctx.settings.set("zoom_defaults", self.values())
        except ServiceError as exc:
            show_error(self.error, shown(exc))
            return False
        self.accept()
        return True
