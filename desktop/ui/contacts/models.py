"""Item models for the Contacts tab: the folder tree and the (possibly huge) contact list.

The list model holds plain rows (id, name, subtitle), never Contact objects or widgets, so
20,000 contacts cost a few megabytes and a reset is one list assignment. Views show the
strings as plain text: the delegate paints them with drawText, never as HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.domain import Contact
from desktop.services.contacts import FolderNode

FOLDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WRITABLE_ROLE = Qt.ItemDataRole.UserRole + 2
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 10
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 11

_AnyIndex = QModelIndex | QPersistentModelIndex


def plain_tooltip(*lines: str) -> str:
    """A tooltip Qt shows literally: escaped text inside a paragraph."""
    return "<p>" + "<br>".join(html.escape(line) for line in lines if line) + "</p>"


class ContactRow(NamedTuple):
    contact_id: str
    name: str
    subtitle: str


def contact_subtitle(contact: Contact, folder_path: str = "") -> str:
    """The second line of a row: primary e-mail, else first phone; plus where it lives."""
    first = contact.primary_email or (contact.phones[0] if contact.phones else "")
    parts = [p for p in (first, folder_path) if p]
    return " · ".join(parts)


def rows_for(contacts: Iterable[Contact], paths: dict[str, str] | None = None) -> list[ContactRow]:
    """Plain rows for the list; with `paths`, each subtitle also says which folder holds it."""
    if paths is None:
        return [ContactRow(c.id, c.display_name, contact_subtitle(c)) for c in contacts]
    return [
        ContactRow(c.id, c.display_name, contact_subtitle(c, paths.get(c.folder_id, "")))
        for c in contacts
    ]


class FolderTreeModel(QStandardItemModel):
    """One root per address book, its folders nested below. Items are plain text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._by_id: dict[str, QStandardItem] = {}

    def load(self, roots: Sequence[FolderNode], writable_ids: set[str]) -> None:
        self.clear()
        self._by_id = {}
        top = self.invisibleRootItem()
        for node in roots:
            # Outlook's way of telling address books apart: "Contacts – account".
            label = self.tr("{folder} – {account}").format(
                folder=node.folder.name, account=node.account.display_name
            )
            top.appendRow(self._item(node, label, writable_ids))

    def _item(self, node: FolderNode, label: str, writable_ids: set[str]) -> QStandardItem:
        item = QStandardItem(label)
        item.setEditable(False)
        item.setData(node.folder.id, FOLDER_ID_ROLE)
        item.setData(node.folder.id in writable_ids, WRITABLE_ROLE)
        item.setData(label, Qt.ItemDataRole.AccessibleTextRole)
        item.setToolTip(plain_tooltip(node.path, node.account.display_name))
        self._by_id[node.folder.id] = item
        for child in node.children:
            item.appendRow(self._item(child, child.folder.name, writable_ids))
        return item

    def index_of(self, folder_id: str) -> QModelIndex:
        item = self._by_id.get(folder_id)
        return item.index() if item is not None else QModelIndex()

    def folder_ids(self) -> list[str]:
        return list(self._by_id)


class ContactListModel(QAbstractListModel):
    """Rows of (id, name, subtitle); fast at tens of thousands of rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []

    def set_rows(self, rows: Iterable[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = rows if isinstance(rows, list) else list(rows)
        self.endResetModel()

    def set_contacts(
        self, contacts: Iterable[Contact], paths: dict[str, str] | None = None
    ) -> None:
        self.set_rows(rows_for(contacts, paths))

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == SUBTITLE_ROLE:
            return row.subtitle
        if role == CONTACT_ID_ROLE:
            return row.contact_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name}, {row.subtitle}" if row.subtitle else row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.name, row.subtitle)
        return None

    def row_of(self, contact_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.contact_id == contact_id:
                return number
        return -1

    def contact_id_at(self, row: int) -> str | None:
        return self._rows[row].contact_id if 0 <= row < len(self._rows) else None


class ContactDelegate(QStyledItemDelegate):
    """Paints a row as two plain-text lines: the name (bold) and e-mail or phone (dimmed)."""

    PADDING = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        bold, normal = self._fonts(option)
        height = QFontMetrics(bold).height() + QFontMetrics(normal).height() + 3 * self.PADDING
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus frame come from the style; the text is ours.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect.adjusted(
            self.PADDING * 2, self.PADDING, -self.PADDING * 2, -self.PADDING
        )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, normal = self._fonts(opt)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(SUBTITLE_ROLE) or "")

        painter.save()
        bold_metrics = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(palette.color(group, text_role))
        name_rect = QRect(rect.left(), rect.top(), rect.width(), bold_metrics.height())
        painter.drawText(
            name_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if subtitle:
            metrics = QFontMetrics(normal)
            painter.setFont(normal)
            dim = palette.color(group, text_role)
            if not selected:
                dim = palette.color(group, QPalette.ColorRole.PlaceholderText)
            painter.setPen(dim)
            sub_rect = QRect(
                rect.left(), name_rect.bottom() + self.PADDING // 2, rect.width(), metrics.height()
            )
            painter.drawText(
                sub_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(subtitle, Qt.TextElideMode.ElideMiddle, rect.width()),
            )
        painter.restore()
