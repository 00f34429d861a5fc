"""The Contacts tab: address book tree, contact list, search as you type, details pane."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QLocale,
    QMetaMethod,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Contact
from desktop.services.context import AppContext
from desktop.services.errors import NotFound
from desktop.services.meetings import is_valid_email
from desktop.ui.actions import call_phone
from desktop.ui.bridge import ServiceBridge
from desktop.ui.contacts.dialog import ContactDialog
from desktop.ui.contacts.models import (
    CONTACT_ID_ROLE,
    FOLDER_ID_ROLE,
    ContactDelegate,
    ContactListModel,
    ContactRow,
    FolderTreeModel,
    plain_tooltip,
)
from desktop.ui.text import message_box, plain_label

log = logging.getLogger(__name__)

SEARCH_LIMIT = 100  # as you type: typing more narrows it (and each row costs)
# Characters a mailto: address may keep unencoded; everything else (?, &, #, %) is escaped
# so an address can never add headers or a body to the message.
_MAILTO_SAFE = b"@.!$'*+=^_`{|}~-"


def mailto_url(address: str) -> QUrl | None:
    """A mailto: URL for one valid address only, or None."""
    address = address.strip()
    if not is_valid_email(address):
        return None
    encoded = bytes(QUrl.toPercentEncoding(address, _MAILTO_SAFE).data()).decode("ascii")
    url = QUrl("mailto:" + encoded, QUrl.ParsingMode.StrictMode)
    return url if url.isValid() else None


def open_mailto(address: str) -> bool:
    url = mailto_url(address)
    if url is None:
        log.warning("Refused to open a mailto link for an invalid address")
        return False
    return bool(QDesktopServices.openUrl(url))


class ElidedLabel(QLabel):
    """A one-line plain-text label that elides instead of growing its column (long e-mails)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.full_text = text
        self.setAccessibleName(text)
        self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideMiddle, max(self.width(), 10)
        )
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(plain_tooltip(self.full_text) if shown != self.full_text else "")


def _heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ContactDetails(QFrame):
    """The right pane: one contact, every string plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Contact details"))
        self.setMinimumWidth(220)
        self.contact: Contact | None = None
        self.call_buttons: list[QPushButton] = []
        self.email_buttons: list[QPushButton] = []
        self._rows: list[QWidget] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.placeholder = plain_label(self.tr("Select a contact to see the details."), wrap=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        outer.addWidget(self.placeholder)

        self._content = QWidget(self)
        outer.addWidget(self._content)
        layout = QVBoxLayout(self._content)
        self._content_layout = layout
        layout.setContentsMargins(12, 4, 4, 4)
        layout.setSpacing(4)

        def wrapping() -> QLabel:
            label = plain_label(wrap=True)
            # Long unbroken words (addresses, 60-character names) must not widen the pane.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
            return label

        self.name_label = wrapping()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.role_label = wrapping()
        self.folder_label = wrapping()
        self.folder_label.setEnabled(False)
        layout.addWidget(self.name_label)
        layout.addWidget(self.role_label)
        layout.addWidget(self.folder_label)

        self.email_heading = _heading(self.tr("E-mail"))
        self.email_box = QVBoxLayout()
        self.email_box.setSpacing(2)
        self.phone_heading = _heading(self.tr("Phone"))
        self.phone_box = QVBoxLayout()
        self.phone_box.setSpacing(2)
        self.nothing_label = wrapping()
        self.nothing_label.setText(self.tr("No e-mail address or phone number."))
        self.nothing_label.setEnabled(False)
        self.notes_heading = _heading(self.tr("Notes"))
        self.notes_view = QPlainTextEdit(self._content)
        self.notes_view.setReadOnly(True)
        self.notes_view.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_view.setAccessibleName(self.tr("Notes"))
        self.notes_view.viewport().setAutoFillBackground(False)
        self.notes_view.document().setDocumentMargin(0)
        self.notes_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

        layout.addSpacing(8)
        layout.addWidget(self.email_heading)
        layout.addLayout(self.email_box)
        layout.addSpacing(8)
        layout.addWidget(self.phone_heading)
        layout.addLayout(self.phone_box)
        layout.addWidget(self.nothing_label)
        layout.addSpacing(8)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes_view, 1)
        self._stretch = QWidget(self._content)
        layout.addWidget(self._stretch, 1)
        self._content.hide()

    def clear(self) -> None:
        self.contact = None
        self._clear_rows()
        self._content.hide()
        self.placeholder.show()

    def _clear_rows(self) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        self.call_buttons = []
        self.email_buttons = []

    def show_contact(self, contact: Contact, folder_path: str) -> None:
        self.contact = contact
        self._clear_rows()
        self.name_label.setText(contact.display_name)
        self.name_label.setAccessibleName(contact.display_name)
        role = ", ".join(p for p in (contact.job_title, contact.company) if p)
        self.role_label.setText(role)
        self.role_label.setVisible(bool(role))
        self.folder_label.setText(
            self.tr("In {folder}").format(folder=folder_path.replace("/", " / "))
        )
        self.folder_label.setVisible(bool(folder_path))

        for address in contact.emails:
            button = QPushButton(self.tr("Write e-mail"))
            button.setAccessibleName(
                self.tr("Write an e-mail to {address}").format(address=address)
            )
            button.setToolTip(
                plain_tooltip(self.tr("Write an e-mail to {address}").format(address=address))
            )
            button.clicked.connect(lambda _=False, a=address: self._write(a))
            self.email_buttons.append(button)
            self._row(self.email_box, address, button)
        self.email_heading.setVisible(bool(contact.emails))

        for phone in contact.phones:
            button = QPushButton(self.tr("Call"))
            button.setAccessibleName(self.tr("Call {phone}").format(phone=phone))
            button.setToolTip(plain_tooltip(self.tr("Call {phone}").format(phone=phone)))
            button.clicked.connect(lambda _=False, p=phone: self._call(p))
            self.call_buttons.append(button)
            self._row(self.phone_box, phone, button)
        self.phone_heading.setVisible(bool(contact.phones))
        self.nothing_label.setVisible(not contact.emails and not contact.phones)

        has_notes = bool(contact.notes.strip())
        self.notes_view.setPlainText(contact.notes)
        self.notes_heading.setVisible(has_notes)
        self.notes_view.setVisible(has_notes)
        self._stretch.setVisible(not has_notes)
        self.placeholder.hide()
        self._content.show()
        # Place the new rows now, not on the next event loop turn (no flash at 0,0).
        self._content_layout.invalidate()
        self._content_layout.activate()

    def _row(self, box: QVBoxLayout, text: str, button: QPushButton) -> QWidget:
        row = QWidget(self._content)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = ElidedLabel(text, row)
        layout.addWidget(label, 1)
        layout.addWidget(button, 0)
        self._rows.append(row)
        box.addWidget(row)
        row.show()
        return row

    def _call(self, phone: str) -> None:
        if not call_phone(phone):
            message_box(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Cannot call"),
                self.tr("{phone} cannot be called: no phone app accepted the number.").format(
                    phone=phone
                ),
            ).open()

    def _write(self, address: str) -> None:
        if not open_mailto(address):
            message_box(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Cannot write an e-mail"),
                self.tr("No e-mail app could open {address}.").format(address=address),
            ).open()


class ContactsPage(QWidget):
    """Emits `settings_requested` from the "no address books" state's Settings button."""

    settings_requested = Signal()

    def __init__(self, ctx: AppContext, bridge: ServiceBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.setObjectName("contactsPage")
        self.setAccessibleName(self.tr("Contacts"))
        self._folder_id: str | None = None
        self._contact_id: str | None = None
        self._writable: set[str] = set()
        self._paths: dict[str, str] = {}
        self._collapsed: set[str] = set()
        self._loading = False
        self.dialog: ContactDialog | None = None

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        # Nothing is read until the tab is first shown (cold start reads only the first
        # screen); changes while hidden only mark the page stale.
        self._stale = True
        self._folder_rows: tuple[str, list[ContactRow]] | None = None
        bridge.contactsChanged.connect(self._on_data_changed)
        bridge.accountsChanged.connect(self._on_data_changed)

        self._build()

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        main = QWidget(self)
        layout = QVBoxLayout(main)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        bar = QHBoxLayout()
        self.search_edit = QLineEdit(main)
        self.search_edit.setPlaceholderText(self.tr("Search all contacts (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search all contacts"))
        self.search_edit.setAccessibleDescription(
            self.tr("Names, e-mail addresses, phone numbers and companies in every address book")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_text)
        self.search_edit.installEventFilter(self)
        bar.addWidget(self.search_edit, 1)

        self.add_button = QPushButton(self.tr("&Add contact…"), main)
        self.add_button.setAccessibleName(self.tr("Add contact"))
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button = QPushButton(self.tr("&Edit contact…"), main)
        self.edit_button.setAccessibleName(self.tr("Edit contact"))
        self.edit_button.clicked.connect(self.edit_contact)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, main)
        self.splitter.setChildrenCollapsible(False)

        # Left: the address book tree.
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        tree_heading = QLabel(self.tr("A&ddress books"), left)
        self.tree = QTreeView(left)
        tree_heading.setBuddy(self.tree)
        self.tree.setAccessibleName(self.tr("Address books and folders"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree_model = FolderTreeModel(self)
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().selectionChanged.connect(self._on_folder_selected)
        self.tree.clicked.connect(self._on_folder_clicked)
        self.tree.collapsed.connect(self._on_collapsed)
        self.tree.expanded.connect(self._on_expanded)
        left_layout.addWidget(tree_heading)
        left_layout.addWidget(self.tree)

        # Middle: the list, or one of its empty states.
        middle = QWidget(self.splitter)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.list_heading = QLabel(self.tr("Contact &list"), middle)
        middle_layout.addWidget(self.list_heading)
        self.middle_stack = QStackedWidget(middle)
        middle_layout.addWidget(self.middle_stack, 1)

        list_page = QWidget(middle)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_view = QListView(list_page)
        self.list_heading.setBuddy(self.list_view)
        self.list_view.setAccessibleName(self.tr("Contacts"))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_model = ContactListModel(self)
        self.list_view.setModel(self.list_model)
        self.list_view.setItemDelegate(ContactDelegate(self.list_view))
        self.list_view.selectionModel().selectionChanged.connect(self._on_contact_selected)
        self.list_view.activated.connect(lambda _index: self._edit_if_allowed())
        self.count_label = plain_label(parent=list_page)
        self.count_label.setEnabled(False)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addWidget(self.count_label)
        self.middle_stack.addWidget(list_page)
        self._list_page = list_page

        self.empty_page = QWidget(middle)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        self.empty_label = plain_label(self.tr("No contacts in this folder"), wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_add_button = QPushButton(self.tr("Add contact…"), self.empty_page)
        self.empty_add_button.setAccessibleName(self.tr("Add a contact to this folder"))
        self.empty_add_button.clicked.connect(self.add_contact)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.middle_stack.addWidget(self.empty_page)

        self.no_results_page = QWidget(middle)
        nr_layout = QVBoxLayout(self.no_results_page)
        nr_layout.addStretch(1)
        self.no_results_label = plain_label(wrap=True)
        self.no_results_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = plain_label(
            self.tr(
                "Search looks for names, e-mail addresses, phone numbers and companies"
                " in every address book."
            ),
            wrap=True,
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)
        self.clear_search_button = QPushButton(self.tr("Clear search"), self.no_results_page)
        self.clear_search_button.setAccessibleName(self.tr("Clear search"))
        self.clear_search_button.clicked.connect(self.clear_search)
        nr_layout.addWidget(self.no_results_label)
        nr_layout.addWidget(hint)
        nr_layout.addWidget(self.clear_search_button, 0, Qt.AlignmentFlag.AlignHCenter)
        nr_layout.addStretch(2)
        self.middle_stack.addWidget(self.no_results_page)

        # Right: details.
        self.details = ContactDetails(self.splitter)

        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([220, 320, 320])
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(main)
        self._main = main

        # No address book at all (integration removed, or Contacts read turned off).
        self.no_books_page = QWidget(self)
        nb_layout = QVBoxLayout(self.no_books_page)
        nb_layout.addStretch(1)
        self.no_books_label = plain_label(
            self.tr("No address books. Connect one in Settings."), wrap=True
        )
        self.no_books_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.no_books_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.no_books_label.setFont(big)
        self.settings_button = QPushButton(self.tr("&Open Settings"), self.no_books_page)
        self.settings_button.setAccessibleName(self.tr("Open Settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        nb_layout.addWidget(self.no_books_label)
        nb_layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignHCenter)
        nb_layout.addStretch(2)
        self.stack.addWidget(self.no_books_page)

        QWidget.setTabOrder(self.search_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.tree)
        QWidget.setTabOrder(self.tree, self.list_view)

    # -- public ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self._stale:
            self.refresh()
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        self.search_edit.clear()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def selected_folder_id(self) -> str | None:
        return self._folder_id

    @property
    def selected_contact_id(self) -> str | None:
        return self._contact_id

    def select_folder(self, folder_id: str) -> bool:
        index = self.tree_model.index_of(folder_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def select_contact(self, contact_id: str) -> bool:
        row = self.list_model.row_of(contact_id)
        if row < 0:
            return False
        index = self.list_model.index(row, 0)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_data_changed(self) -> None:
        self._folder_rows = None
        if self.isVisible():
            self._refresh_timer.start()  # several notifications in a row: one reload
        else:
            self._stale = True

    def refresh(self) -> None:
        """Reload tree, list and details from the services, keeping the selection."""
        self._refresh_timer.stop()
        self._stale = False
        self._folder_rows = None
        roots = self.ctx.contacts.tree()
        self._writable = {f.id for f in self.ctx.contacts.writable_folders()}
        self._paths = self.ctx.contacts.folder_paths()
        if not roots:
            self._loading = True
            self.tree_model.load([], set())
            self.list_model.set_rows([])
            self._loading = False
            self._folder_id = None
            self._contact_id = None
            self.details.clear()
            # The button shows only when the window listens (it switches to Settings).
            self.settings_button.setVisible(
                self.isSignalConnected(QMetaMethod.fromSignal(self.settings_requested))
            )
            self.stack.setCurrentWidget(self.no_books_page)
            self._update_actions()
            return
        self.stack.setCurrentWidget(self._main)

        wanted_folder = self._folder_id
        self._loading = True
        self.tree_model.load(roots, self._writable)
        self._restore_expansion()
        if wanted_folder is None or not self.tree_model.index_of(wanted_folder).isValid():
            wanted_folder = roots[0].folder.id
        self.tree.setCurrentIndex(self.tree_model.index_of(wanted_folder))
        self._loading = False
        self._folder_id = wanted_folder
        self._reload_list()

    # -- tree -----------------------------------------------------------------------------

    def _restore_expansion(self) -> None:
        for folder_id in self.tree_model.folder_ids():
            if folder_id not in self._collapsed:
                self.tree.expand(self.tree_model.index_of(folder_id))

    def _on_collapsed(self, index: QModelIndex) -> None:
        if not self._loading:
            self._collapsed.add(str(index.data(FOLDER_ID_ROLE)))

    def _on_expanded(self, index: QModelIndex) -> None:
        if not self._loading:
            self._collapsed.discard(str(index.data(FOLDER_ID_ROLE)))

    def _on_folder_clicked(self, _index: QModelIndex) -> None:
        # Clicking the folder already selected also ends a search and shows that folder.
        if self.search_edit.text():
            self.search_edit.clear()

    def _on_folder_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._loading:
            return
        indexes = selected.indexes()
        if not indexes:
            return
        folder_id = str(indexes[0].data(FOLDER_ID_ROLE))
        if folder_id == self._folder_id:
            return
        self._folder_id = folder_id
        if self.search_edit.text().strip():
            # A folder click ends the search: the person asked for that folder.
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
        self._contact_id = None
        self._reload_list()

    # -- list -----------------------------------------------------------------------------

    def _on_search_text(self, _text: str) -> None:
        self._contact_id = None
        self._reload_list()

    def _reload_list(self) -> None:
        text = self.search_edit.text().strip()
        keep = self._contact_id
        self._loading = True
        if text:
            results = self.ctx.contacts.search(text, limit=SEARCH_LIMIT)
            self.list_model.set_contacts(results, self._paths)
            count = len(results)
            if count == 0:
                self.no_results_label.setText(self.tr("No results for “{text}”").format(text=text))
                self.middle_stack.setCurrentWidget(self.no_results_page)
            else:
                self.middle_stack.setCurrentWidget(self._list_page)
            if count >= SEARCH_LIMIT:
                self.count_label.setText(
                    self.tr("The first {count} results. Type more to narrow the search.").format(
                        count=count
                    )
                )
            else:
                self.count_label.setText(
                    self.tr("1 result")
                    if count == 1
                    else self.tr("{count} results").format(count=count)
                )
            self.list_heading.setText(self.tr("Search results in all address books"))
            self.list_view.setAccessibleName(self.tr("Search results"))
        else:
            rows = self._rows_of_folder()
            self.list_model.set_rows(rows)
            count = len(rows)
            self.middle_stack.setCurrentWidget(self._list_page if count else self.empty_page)
            self.count_label.setText(
                self.tr("1 contact")
                if count == 1
                else self.tr("{count} contacts").format(count=QLocale().toString(count))
            )
            path = self._paths.get(self._folder_id or "", "")
            self.list_heading.setText(
                self.tr("Contact &list: {folder}").format(folder=path.replace("/", " / "))
                if path
                else self.tr("Contact &list")
            )
            self.list_view.setAccessibleName(self.tr("Contacts in {folder}").format(folder=path))
        self._loading = False
        if keep is not None and self.select_contact(keep):
            return
        if text and self.search_edit.hasFocus():
            # While the person types, the details pane waits: rebuilding it for every
            # keystroke's first result cost a third of the time per keystroke.
            self._contact_id = None
            self._show_details()
            return
        first = self.list_model.contact_id_at(0)
        if first is None or not self.select_contact(first):
            self._contact_id = None
            self._show_details()

    def _rows_of_folder(self) -> list[ContactRow]:
        """The selected folder's rows, kept until the data changes (clearing a search is free)."""
        if self._folder_id is None:
            return []
        if self._folder_rows is None or self._folder_rows[0] != self._folder_id:
            rows = [
                ContactRow(cid, name, subtitle)
                for cid, name, subtitle in self.ctx.contacts.list_rows_in(self._folder_id)
            ]
            self._folder_rows = (self._folder_id, rows)
        return self._folder_rows[1]

    def _on_contact_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._loading:
            return
        indexes = selected.indexes()
        self._contact_id = str(indexes[0].data(CONTACT_ID_ROLE)) if indexes else None
        self._show_details()

    def _show_details(self) -> None:
        contact = None
        if self._contact_id is not None:
            try:
                contact = self.ctx.contacts.get(self._contact_id)
            except NotFound:
                contact = None
        if contact is None:
            self.details.clear()
        else:
            self.details.show_contact(contact, self._paths.get(contact.folder_id, ""))
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key_event = event
            assert isinstance(key_event, QKeyEvent)
            if key_event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if key_event.key() in keys and self.list_model.rowCount():
                if not self.list_view.currentIndex().isValid():
                    self.select_contact(self.list_model.contact_id_at(0) or "")
                self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- add and edit ---------------------------------------------------------------------

    def _add_folder(self) -> str | None:
        """Where a new contact goes: the selected folder when writable, else the first one."""
        if self._folder_id is not None and self._folder_id in self._writable:
            return self._folder_id
        folders = self.ctx.contacts.writable_folders()
        return folders[0].id if folders else None

    def _update_actions(self) -> None:
        can_add = bool(self._writable)
        add_reason = (
            ""
            if can_add
            else self.tr(
                "No address book allows adding contacts. Turn on Contacts write in Settings."
            )
        )
        folder_reason = ""
        if can_add and self._folder_id is not None and self._folder_id not in self._writable:
            folder_reason = self.tr(
                "This folder is read-only; a new contact goes to a folder you can change."
            )
        for button in (self.add_button, self.empty_add_button):
            button.setEnabled(can_add)
            button.setToolTip(plain_tooltip(add_reason or folder_reason))
            button.setAccessibleDescription(add_reason or folder_reason)
        contact = self.details.contact
        if contact is None:
            edit_reason = self.tr("Select a contact to edit it.")
        elif contact.folder_id not in self._writable:
            edit_reason = self.tr(
                "This contact's folder is read-only (Contacts write is off for its account)."
            )
        else:
            edit_reason = ""
        self.edit_button.setEnabled(not edit_reason)
        self.edit_button.setToolTip(plain_tooltip(edit_reason))
        self.edit_button.setAccessibleDescription(edit_reason)

    def add_contact(self) -> ContactDialog | None:
        if not self.add_button.isEnabled():
            return None
        dialog = ContactDialog(self.ctx, self, folder_id=self._add_folder())
        return self._open_dialog(dialog)

    def edit_contact(self) -> ContactDialog | None:
        contact = self.details.contact
        if contact is None or not self.edit_button.isEnabled():
            return None
        dialog = ContactDialog(self.ctx, self, contact=contact)
        return self._open_dialog(dialog)

    def _edit_if_allowed(self) -> None:
        if self.edit_button.isEnabled():
            self.edit_contact()

    def _open_dialog(self, dialog: ContactDialog) -> ContactDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _on_saved(self, contact: Contact) -> None:
        """Show the saved contact: in its folder unless a search is on screen."""
        self.refresh()
        if not self.search_edit.text().strip() and (
            self._folder_id is None
            or contact.folder_id not in self.ctx.contacts.subtree_ids(self._folder_id)
        ):
            self.select_folder(contact.folder_id)
        self.select_contact(contact.id)
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
