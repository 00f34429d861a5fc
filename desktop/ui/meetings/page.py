"""The Meetings tab: upcoming meetings grouped by day, with Join, filters and search."""

from __future__ import annotations

import enum
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QFocusEvent, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Person
from desktop.services.context import AppContext
from desktop.services.errors import ServiceError
from desktop.services.meetings import HostFilter, HostScope, UpcomingMeeting, matches_host
from desktop.ui.actions import join_meeting, open_web_link
from desktop.ui.bridge import ServiceBridge
from desktop.ui.meetings.delegate import MeetingDelegate
from desktop.ui.meetings.details import MeetingDetailsDialog, confirm_delete
from desktop.ui.meetings.model import (
    HEADER,
    KIND_ROLE,
    MeetingItem,
    MeetingListModel,
    display_zone,
)
from desktop.ui.meetings.schedule_dialog import ScheduleDialog
from desktop.ui.text import message_box, plain_label, shown

log = logging.getLogger(__name__)

DAYS_AHEAD = 30
FIRST_SCREEN_DAYS = 2
FULL_LIST_DELAY_MS = 30
REFRESH_INTERVAL_MS = 60_000


class PageState(enum.StrEnum):
    LOADING = "loading"
    LIST = "list"
    EMPTY = "empty"
    NO_MATCH = "no_match"
    ERROR = "error"


class ListActions(Protocol):
    def activate_current(self) -> object: ...
    def join_selected(self) -> object: ...
    def show_details_of_selected(self) -> object: ...
    def show_menu(self, position: QPoint) -> object: ...


class MeetingListView(QListView):
    """The list: arrow keys skip day headers, Enter joins, Alt+Enter shows details.

    Key presses call `handler` directly (custom signals are avoided: PySide6 6.12's
    SignalInstance.emit() drops a reference to True on every call)."""

    def __init__(self, handler: ListActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handler = handler
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)

    def _is_header(self, row: int) -> bool:
        model = self.model()
        return model is not None and bool(model.data(model.index(row, 0), KIND_ROLE) == HEADER)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        model = self.model()
        if model is None or not index.isValid() or not self._is_header(index.row()):
            return index
        backwards = action in (
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
            QAbstractItemView.CursorAction.MovePrevious,
            QAbstractItemView.CursorAction.MoveLeft,
        )
        for step in (-1, 1) if backwards else (1, -1):
            row = index.row() + step
            while 0 <= row < model.rowCount() and self._is_header(row):
                row += step
            if 0 <= row < model.rowCount():
                return model.index(row, 0)
        return self.currentIndex()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        current = self.currentIndex()
        if isinstance(model, MeetingListModel) and (
            not current.isValid() or self._is_header(current.row())
        ):
            row = model.first_meeting_row()
            if row >= 0:
                self.setCurrentIndex(model.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier):
                self.handler.show_details_of_selected()
            else:
                self.handler.activate_current()
            event.accept()
            return
        if key == Qt.Key.Key_J and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.handler.join_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            position = self.visualRect(self.currentIndex()).center()
        else:
            position = event.pos()
            index = self.indexAt(position)
            if index.isValid() and not self._is_header(index.row()):
                self.setCurrentIndex(index)
        self.handler.show_menu(position)
        event.accept()


class MeetingsPage(QWidget):
    """Upcoming meetings for the next 30 days, with Join, Details, Schedule and filters."""

    def __init__(self, ctx: AppContext, bridge: ServiceBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.days = DAYS_AHEAD
        self.state = PageState.LOADING
        self.error_text = ""
        self.details_dialog: MeetingDetailsDialog | None = None
        self.schedule_dialog: ScheduleDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._all_rows: list[UpcomingMeeting] = []
        self._items: list[MeetingItem] = []
        self._all_items: list[MeetingItem] = []
        self.loaded_days = 0  # how far ahead the list has been read (the first screen: less)
        self._now = datetime.now(UTC)
        self._stale = False
        self._refresh_pending = False
        self._select_event_id: str | None = None
        self._today = self._now.astimezone(display_zone(ctx.meetings.default_timezone())).date()
        self.context_menu: QMenu | None = None

        self.model = MeetingListModel(self)
        self.delegate = MeetingDelegate(
            self, on_join=self._join_index, on_details=self._details_index
        )
        self._build()

        bridge.eventsChanged.connect(self._refresh_soon)
        bridge.accountsChanged.connect(self._refresh_soon)
        bridge.settingsChanged.connect(self._refresh_soon)
        # One timer for the whole list keeps "Today" and "Now" right; nothing per row.
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_INTERVAL_MS)
        self.timer.timeout.connect(self._on_tick)
        self.timer.start()
        self._show_state(PageState.LOADING)
        # A child timer, so it surely dies with the page (a page built and dropped at once
        # must not read into deleted widgets).
        self._first_timer = QTimer(self)
        self._first_timer.setSingleShot(True)
        self._first_timer.timeout.connect(self._first_refresh)
        self._first_timer.start(0)

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        title = QLabel(self.tr("Upcoming meetings"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        self.details_button = QPushButton(self.tr("&Details…"), self)
        self.details_button.setAccessibleName(self.tr("Show details of the selected meeting"))
        self.details_button.setEnabled(False)
        self.details_button.clicked.connect(self.show_details_of_selected)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the meetings list"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.schedule_button = QPushButton(self.tr("Sch&edule…"), self)
        self.schedule_button.setAccessibleName(self.tr("Schedule a meeting"))
        self.schedule_button.setToolTip(self.tr("Schedule a meeting (Ctrl+N)"))
        self.schedule_button.clicked.connect(self.schedule)
        for button in (self.details_button, self.refresh_button, self.schedule_button):
            top.addWidget(button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        host_label = QLabel(self.tr("Meetings hosted &by:"), self)
        self.host_combo = QComboBox(self)
        self.host_combo.setAccessibleName(self.tr("Meetings hosted by"))
        self.host_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.host_combo.setMinimumContentsLength(14)
        host_label.setBuddy(self.host_combo)
        self._fill_hosts([])
        self.host_combo.currentIndexChanged.connect(self._host_changed)
        search_label = QLabel(self.tr("Se&arch:"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Topic or host"))
        self.search_edit.setAccessibleName(self.tr("Search meetings by topic or host"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.search_edit.textChanged.connect(self._apply_filters)
        search_label.setBuddy(self.search_edit)
        filters.addWidget(host_label)
        filters.addWidget(self.host_combo, 1)
        filters.addSpacing(12)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 2)
        layout.addLayout(filters)

        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        self.loading_label = QLabel(self.tr("Loading meetings…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)

        self.view = MeetingListView(self, self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setAccessibleName(self.tr("Upcoming meetings"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        selection = self.view.selectionModel()
        selection.currentChanged.connect(self._selection_changed)
        self.stack.addWidget(self.view)

        self.empty_panel, empty_title, _ = self._panel(
            self.tr("No upcoming meetings"),
            self.tr("Meetings in the next {days} days from your calendars appear here.").format(
                days=DAYS_AHEAD
            ),
        )
        empty_title.setAccessibleName(self.tr("No upcoming meetings"))
        self.empty_schedule_button = QPushButton(self.tr("Schedule a meeti&ng…"), self)
        self.empty_schedule_button.setAccessibleName(self.tr("Schedule a meeting"))
        self.empty_schedule_button.clicked.connect(self.schedule)
        self._panel_button(self.empty_panel, self.empty_schedule_button)
        self.stack.addWidget(self.empty_panel)

        self.no_match_panel, _, self.no_match_detail = self._panel(self.tr("No meetings match"), "")
        self.clear_filters_button = QPushButton(self.tr("Clear fi&lters"), self)
        self.clear_filters_button.setAccessibleName(self.tr("Clear the host filter and search"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self._panel_button(self.no_match_panel, self.clear_filters_button)
        self.stack.addWidget(self.no_match_panel)

        self.error_panel, _, self.error_label = self._panel(
            self.tr("The meetings cannot be shown"), ""
        )
        self.retry_button = QPushButton(self.tr("Try a&gain"), self)
        self.retry_button.setAccessibleName(self.tr("Try loading the meetings again"))
        self.retry_button.clicked.connect(self.refresh)
        self._panel_button(self.error_panel, self.retry_button)
        self.stack.addWidget(self.error_panel)

        # Filters first, then the list, then the buttons acting on it.
        QWidget.setTabOrder(self.host_combo, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.view)
        QWidget.setTabOrder(self.view, self.details_button)
        QWidget.setTabOrder(self.details_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.schedule_button)

    def _panel(self, title: str, detail: str) -> tuple[QWidget, QLabel, QLabel]:
        panel = QWidget(self)
        box = QVBoxLayout(panel)
        box.addStretch(1)
        heading = plain_label(title, panel, wrap=True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        text = plain_label(detail, panel, wrap=True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(heading)
        box.addWidget(text)
        return panel, heading, text

    @staticmethod
    def _panel_button(panel: QWidget, button: QPushButton) -> None:
        layout = panel.layout()
        assert isinstance(layout, QVBoxLayout)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(2)

    # -- state ------------------------------------------------------------------------------

    def _show_state(self, state: PageState) -> None:
        self.state = state
        widget = {
            PageState.LOADING: self.loading_label,
            PageState.LIST: self.view,
            PageState.EMPTY: self.empty_panel,
            PageState.NO_MATCH: self.no_match_panel,
            PageState.ERROR: self.error_panel,
        }[state]
        shown = self.stack.currentWidget()
        had_focus = shown is not None and shown.hasFocus()
        self.stack.setCurrentWidget(widget)
        if had_focus and state is PageState.LIST:
            self.view.setFocus()
        self._selection_changed()

    # -- loading ----------------------------------------------------------------------------

    def _first_refresh(self) -> None:
        if self.state is not PageState.LOADING:
            return
        # Read only what the first screen shows, then the rest of the month a moment later:
        # the window appears at once even with thousands of meetings in the cache.
        self.days = FIRST_SCREEN_DAYS
        self.refresh()
        self.days = DAYS_AHEAD
        if self._all_rows:
            QTimer.singleShot(FULL_LIST_DELAY_MS, self, self.refresh)
        else:
            self.refresh()

    def _refresh_soon(self) -> None:
        """Coalesce a burst of change notifications (a sync) into one refresh."""
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self, self._refresh_now)

    def _refresh_now(self) -> None:
        self._refresh_pending = False
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown (the window may be in the tray)

    def _on_tick(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def current_filter(self) -> HostFilter:
        value = self.host_combo.currentData()
        return value if isinstance(value, HostFilter) else HostFilter()

    def refresh(self) -> None:
        """Read the list again (keeps the selection, the filters and the scroll position)."""
        self._now = datetime.now(UTC)
        try:
            rows = self.ctx.meetings.upcoming(days=self.days, now=self._now)
            self._fill_hosts(self.ctx.meetings.hosts([r for r in rows if not r.redacted]))
        except ServiceError as exc:
            self._show_error(shown(exc))
            return
        except Exception:
            log.exception("Reading the upcoming meetings failed")
            self._show_error(self.tr("The meetings could not be read from the local cache."))
            return
        self._all_rows = rows
        self.loaded_days = self.days
        self._set_rows(rows)

    def _show_error(self, message: str) -> None:
        self.error_text = message
        self.error_label.setText(message)
        self._show_state(PageState.ERROR)

    def _set_rows(self, rows: list[UpcomingMeeting]) -> None:
        zone = display_zone(self.ctx.meetings.default_timezone())
        self.model.locale = self.locale()
        self._all_items = self.model.make_items(rows, self._now, zone)
        self._today = self._now.astimezone(zone).date()
        self._apply_host_filter()

    def _apply_host_filter(self) -> None:
        # In memory over rows already built: a keystroke-fast choice, no new query.
        host_filter = self.current_filter()
        self._items = [i for i in self._all_items if matches_host(i.meeting, host_filter)]
        self._apply_filters()

    def _host_changed(self) -> None:
        if self.state is PageState.LOADING:
            return
        self._apply_host_filter()

    def _apply_filters(self) -> None:
        current = self.selected_item()
        key = current.key if current is not None else None
        scroll = self.view.verticalScrollBar().value()
        self.model.set_items(self._items, self._today, self.search_edit.text())
        if not self._all_rows:
            self._show_state(PageState.EMPTY)
            return
        if self.model.meeting_count() == 0:
            self._describe_no_match()
            self._show_state(PageState.NO_MATCH)
            return
        self._show_state(PageState.LIST)
        row = -1
        if self._select_event_id is not None:
            for number in range(self.model.rowCount()):
                item = self.model.meeting_at(number)
                if item is not None and item.meeting.event.id == self._select_event_id:
                    row = number
                    break
            if row >= 0:
                self._select_event_id = None
        if row < 0 and key is not None:
            row = self.model.row_of_key(key)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.view.verticalScrollBar().setValue(scroll)
        self._selection_changed()

    def _describe_no_match(self) -> None:
        text = self.search_edit.text().strip()
        host = self.host_combo.currentText()
        if text and self.current_filter().scope is not HostScope.EVERYONE:
            detail = self.tr("Nothing matches “{text}” among meetings hosted by {host}.").format(
                text=text, host=host
            )
        elif text:
            detail = self.tr("Nothing matches “{text}” in the next {days} days.").format(
                text=text, days=self.days
            )
        else:
            detail = self.tr("There are no upcoming meetings hosted by {host}.").format(host=host)
        self.no_match_detail.setText(detail)

    def _fill_hosts(self, hosts: Sequence[Person]) -> None:
        """Everyone / Me / each other host (with an e-mail address) in the list."""
        current = self.host_combo.currentData()
        self.host_combo.blockSignals(True)
        try:
            self.host_combo.clear()
            self.host_combo.addItem(self.tr("Everyone"), HostFilter())
            self.host_combo.addItem(self.tr("Me"), HostFilter(HostScope.ME))
            seen: set[str] = set()
            for person in hosts:
                email = person.email.lower()
                name = " ".join(person.name.split())
                if not email or email in seen:
                    continue
                seen.add(email)
                label = f"{name} ({email})" if name else email
                self.host_combo.addItem(label, HostFilter(HostScope.EMAIL, email))
            if (
                isinstance(current, HostFilter)
                and current.scope is HostScope.EMAIL
                and current.email not in seen
            ):
                # Keep the person's choice even when that host has nothing left.
                self.host_combo.addItem(current.email, current)
            position = 0
            if isinstance(current, HostFilter):
                for number in range(self.host_combo.count()):
                    if self.host_combo.itemData(number) == current:
                        position = number
                        break
            self.host_combo.setCurrentIndex(position)
        finally:
            self.host_combo.blockSignals(False)

    def clear_filters(self) -> None:
        self.search_edit.clear()
        if self.host_combo.currentIndex() != 0:
            self.host_combo.setCurrentIndex(0)

    # -- selection and actions --------------------------------------------------------------

    def selected_item(self) -> MeetingItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.meeting_at(index.row())

    def _selection_changed(self, *args: object) -> None:
        del args
        self.details_button.setEnabled(
            self.state is PageState.LIST and self.selected_item() is not None
        )

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def join_selected(self) -> bool:
        """Join the selected meeting (Ctrl+J); False when it has no link or none is selected."""
        item = self.selected_item()
        if item is None:
            return False
        return self.join(item)

    def join(self, item: MeetingItem) -> bool:
        if item.join_url is None:
            message_box(
                self,
                QMessageBox.Icon.Information,
                self.tr("No meeting link"),
                self.tr("“{topic}” has no meeting link to join.").format(topic=item.topic),
            ).open()
            return False
        link = item.meeting.join_link
        in_app = bool(self.ctx.settings.get("join_in_app"))
        opened = (
            join_meeting(link, in_app=in_app) if link is not None else open_web_link(item.join_url)
        )
        if not opened:
            message_box(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Cannot open the meeting link"),
                self.tr("This link could not be opened: {url}").format(url=item.join_url),
            ).open()
            return False
        return True

    def _join_index(self, index: QModelIndex) -> None:
        item = self.model.meeting_at(index.row())
        if item is not None:
            self.view.setCurrentIndex(index)
            self.join(item)

    def _details_index(self, index: QModelIndex) -> None:
        item = self.model.meeting_at(index.row())
        if item is not None:
            self.view.setCurrentIndex(index)
            self.show_details(item)

    def activate_current(self) -> None:
        """Enter: join when the meeting has a link, else show its details."""
        item = self.selected_item()
        if item is None:
            return
        if item.join_url is not None:
            self.join(item)
        else:
            self.show_details(item)

    def show_details_of_selected(self) -> MeetingDetailsDialog | None:
        item = self.selected_item()
        return self.show_details(item) if item is not None else None

    def show_details(self, item: MeetingItem) -> MeetingDetailsDialog:
        dialog = MeetingDetailsDialog(self.ctx, item.meeting, self, on_edit=self.edit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.details_dialog = dialog
        return dialog

    def schedule(self) -> ScheduleDialog:
        """Open the Schedule dialog (Ctrl+N from the main window)."""
        dialog = ScheduleDialog(self.ctx, self)
        return self._open_schedule_dialog(dialog)

    def edit(self, event_id: str) -> ScheduleDialog | None:
        try:
            event = self.ctx.meetings.get(event_id)
        except ServiceError as exc:
            message_box(
                self, QMessageBox.Icon.Warning, self.tr("Cannot edit the meeting"), shown(exc)
            ).open()
            return None
        return self._open_schedule_dialog(ScheduleDialog(self.ctx, self, event=event))

    def _open_schedule_dialog(self, dialog: ScheduleDialog) -> ScheduleDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.on_saved = self._after_save
        dialog.open()
        self.schedule_dialog = dialog
        return dialog

    def _after_save(self, event_id: str) -> None:
        self._select_event_id = event_id
        self._refresh_soon()

    def delete_selected(self) -> QMessageBox | None:
        item = self.selected_item()
        if item is None or not self.ctx.meetings.can_edit(item.meeting.event):
            return None
        self.confirm_box = confirm_delete(self, self.ctx, item.meeting.event)
        return self.confirm_box

    def show_menu(self, position: QPoint) -> None:
        item = self.selected_item()
        if item is None:
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Meeting actions"))
        if item.join_url is not None:
            join = QAction(self.tr("&Join"), menu)
            join.triggered.connect(lambda: self.join(item))
            menu.addAction(join)
            copy = QAction(self.tr("&Copy meeting link"), menu)
            url = item.join_url
            copy.triggered.connect(lambda: QApplication.clipboard().setText(url))
            menu.addAction(copy)
        details = QAction(self.tr("&Details…"), menu)
        details.triggered.connect(lambda: self.show_details(item))
        menu.addAction(details)
        event = item.meeting.event
        if not item.redacted and self.ctx.meetings.can_edit(event):
            menu.addSeparator()
            edit = QAction(self.tr("&Edit…"), menu)
            edit.triggered.connect(lambda: self.edit(event.id))
            menu.addAction(edit)
            delete = QAction(self.tr("De&lete…"), menu)
            delete.triggered.connect(self.delete_selected)
            menu.addAction(delete)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(position))
        self.context_menu = menu

    # -- for tests and the main window -------------------------------------------------------

    def join_button_rect(self, row: int) -> QRect | None:
        """Where row `row`'s Join button is painted, in viewport coordinates (None: no button)."""
        index = self.model.index(row, 0)
        return self.delegate.join_rect_for(self._option_for(index), index)

    def _option_for(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        option.rect = self.view.visualRect(index)
        option.font = self.view.font()
        return option
