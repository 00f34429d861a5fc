"""The main window: Meetings, Contacts and Settings tabs, and the menus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.cli import MAX_IMPORT_BYTES
from desktop.domain import AccountState
from desktop.platform.macos import set_dock_icon_visible
from desktop.services.context import AppContext
from desktop.sync import SyncReport, SyncScheduler
from desktop.ui.background import BackgroundLoop
from desktop.ui.bridge import ServiceBridge
from desktop.ui.meetings.page import MeetingsPage
from desktop.ui.text import message_box, shown
from desktop.ui.tray import Tray

if TYPE_CHECKING:
    from desktop.ui.contacts.page import ContactsPage
    from desktop.ui.importing.dialog import ImportDialog
    from desktop.ui.settings.page import SettingsPage

log = logging.getLogger(__name__)


class LazyPage(QWidget):
    """A tab's place holder that builds its page the first time it is needed."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._build()
            self._layout.addWidget(self._page)
            self._page.show()  # a child added to a shown holder stays hidden otherwise
        return self._page


class PageTabs(QTabWidget):
    """Tabs that answer with the page itself, not its LazyPage holder."""

    def setCurrentWidget(self, widget: QWidget) -> None:
        for index in range(self.count()):
            holder = self.widget(index)
            if holder is widget or (
                isinstance(holder, LazyPage) and holder.built and holder.page() is widget
            ):
                self.setCurrentIndex(index)
                return
        super().setCurrentWidget(widget)

    def currentWidget(self) -> QWidget:
        widget = super().currentWidget()
        return widget.page() if isinstance(widget, LazyPage) else widget


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, bridge: ServiceBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(960, 680)
        self.setMinimumSize(640, 480)

        self.tabs = PageTabs(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Main sections")
        self.meetings_page = MeetingsPage(ctx, bridge, self)
        # Contacts and Settings are built when first opened (or asked for): the window
        # shows sooner, and a day spent in the tray never pays for them.
        self._contacts_holder = LazyPage(self._build_contacts_page, self)
        self._settings_holder = LazyPage(self._build_settings_page, self)
        self.tabs.addTab(self.meetings_page, self.tr("&Meetings"))
        self.tabs.addTab(self._contacts_holder, self.tr("&Contacts"))
        self.tabs.addTab(self._settings_holder, self.tr("&Settings"))
        self.tabs.currentChanged.connect(self._tab_opened)
        self.setCentralWidget(self.tabs)
        self._scheduler: SyncScheduler | None = None
        self._background: BackgroundLoop | None = None
        self.last_sync_message = ""
        self.reminder_window: QWidget | None = None  # set by the app when reminders start
        self.tray: Tray | None = None  # set by the app when the desktop has a tray
        self.quitting = False
        self._build_menus()

    @property
    def contacts_page(self) -> ContactsPage:
        from desktop.ui.contacts.page import ContactsPage

        page = self._contacts_holder.page()
        assert isinstance(page, ContactsPage)
        return page

    @property
    def settings_page(self) -> SettingsPage:
        from desktop.ui.settings.page import SettingsPage

        page = self._settings_holder.page()
        assert isinstance(page, SettingsPage)
        return page

    def _build_contacts_page(self) -> QWidget:
        from desktop.ui.contacts.page import ContactsPage

        return ContactsPage(self.ctx, self.bridge, self)

    def _build_settings_page(self) -> QWidget:
        from desktop.ui.settings.page import SettingsPage

        page = SettingsPage(self.ctx, self.bridge, self)
        if self._scheduler is not None and self._background is not None:
            page.attach_sync(self._scheduler, self._background)
        return page

    def _tab_opened(self, index: int) -> None:
        holder = self.tabs.widget(index)
        if isinstance(holder, LazyPage):
            holder.page()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open calendar file…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_ics_file)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)

        meeting_menu = self.menuBar().addMenu(self.tr("Mee&ting"))
        self.schedule_action = QAction(self.tr("&Schedule…"), self)
        self.schedule_action.setShortcut(QKeySequence("Ctrl+N"))
        self.schedule_action.triggered.connect(self._schedule)
        meeting_menu.addAction(self.schedule_action)
        self.join_action = QAction(self.tr("&Join selected meeting"), self)
        self.join_action.setShortcut(QKeySequence("Ctrl+J"))
        self.join_action.triggered.connect(self.meetings_page.join_selected)
        meeting_menu.addAction(self.join_action)
        meeting_menu.addSeparator()
        self.sync_action = QAction(self.tr("S&ync now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setEnabled(False)  # until the app attaches its sync scheduler
        self.sync_action.triggered.connect(self.sync_now)
        meeting_menu.addAction(self.sync_action)

        contacts_menu = self.menuBar().addMenu(self.tr("&Contacts"))
        self.search_action = QAction(self.tr("&Search contacts"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self._search_contacts)
        contacts_menu.addAction(self.search_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Meetdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def attach_sync(self, scheduler: SyncScheduler, background: BackgroundLoop) -> None:
        """Let the person sync on demand; the scheduler also syncs on its own schedule."""
        self._scheduler = scheduler
        self._background = background
        self.sync_action.setEnabled(True)
        if self._settings_holder.built:
            self.settings_page.attach_sync(scheduler, background)
        # The Meetings tab's Refresh button syncs too: that is what a person expects of it.
        refresh = self.meetings_page.refresh_button
        refresh.clicked.connect(self.sync_now)
        refresh.setToolTip(self.tr("Sync with your calendar services now (F5)"))

    def sync_now(self) -> None:
        if self._scheduler is None or self._background is None:
            return
        self.sync_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Syncing…"))
        self._background.submit(self._scheduler.sync_now(), self._synced, self._sync_failed)

    def _synced(self, reports: dict[str, SyncReport]) -> None:
        self.sync_action.setEnabled(True)
        troubles = [
            f"{self._account_name(account_id)}: {shown(report.reason) or report.state.value}"
            for account_id, report in reports.items()
            if report.state is not AccountState.UP_TO_DATE
        ]
        if not reports:
            text = self.tr("Nothing to sync: connect a server in Settings.")
        elif troubles:
            text = self.tr("Sync finished with problems. {details}").format(
                details="; ".join(troubles)
            )
        else:
            text = self.tr("Everything is up to date.")
        self.statusBar().showMessage(text)
        self.last_sync_message = text

    def _sync_failed(self, error: BaseException) -> None:
        self.sync_action.setEnabled(True)
        log.error("Sync failed: %s", type(error).__name__)
        self.last_sync_message = self.tr("Sync failed. The log has the details.")
        self.statusBar().showMessage(self.last_sync_message)

    def _account_name(self, account_id: str) -> str:
        account = self.ctx.store.get_account(account_id)
        return account.display_name if account is not None else account_id

    def _schedule(self) -> None:
        self.tabs.setCurrentWidget(self.meetings_page)
        self.meetings_page.schedule()

    def _search_contacts(self) -> None:
        self.tabs.setCurrentWidget(self.contacts_page)
        self.contacts_page.focus_search()

    def _about(self) -> None:
        message_box(
            self,
            QMessageBox.Icon.Information,
            self.tr("About Meetdesk"),
            f"{APP_NAME} {__version__}\n"
            + self.tr("Your meetings and contacts, in sync with your calendar services."),
        ).exec()

    def choose_ics_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open calendar file"), str(Path.home()), self.tr("Calendar (*.ics)")
        )
        if path:
            self.open_ics_file(path)

    def open_ics_file(self, path: str) -> ImportDialog | None:
        """Show a file's events and offer to add them; bad files get a clear message."""
        # Imported on use: the iCalendar parser is not needed to show the window.
        from desktop import ical
        from desktop.ui.importing.dialog import ImportDialog

        file = Path(path)
        try:
            if file.stat().st_size > MAX_IMPORT_BYTES:
                raise ical.IcsError(self.tr("The file is larger than 5 MB."))
            data = file.read_bytes()
            dialog = ImportDialog(self.ctx, data, file.name, self)
        except (OSError, ical.IcsError) as exc:
            message_box(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Cannot open calendar file"),
                self.tr("{name} cannot be opened: {reason}").format(
                    name=file.name, reason=getattr(exc, "strerror", None) or shown(exc)
                ),
            ).open()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def bring_forward(self) -> None:
        """Show the window and put it in front (tray, a second launch)."""
        set_dock_icon_visible(True)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray is not None and not self.quitting:
            # Reminders need the app: closing the window keeps it in the tray.
            event.ignore()
            self.hide()
            set_dock_icon_visible(False)
            self.tray.closed_to_tray()
            return
        super().closeEvent(event)

    def quit_app(self) -> None:
        self.quitting = True
        QApplication.quit()
