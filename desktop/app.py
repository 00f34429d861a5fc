"""Composition root of the GUI: Qt application, asyncio loop (qasync), services, main window."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import threading
import time
from pathlib import Path

_PROCESS_START = time.perf_counter()

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer  # noqa: E402 - start first
from PySide6.QtGui import QFileOpenEvent, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from desktop import APP_ID, APP_NAME, __version__  # noqa: E402
from desktop.platform.macos import set_dock_icon_visible  # noqa: E402
from desktop.platform.single_instance import SingleInstance  # noqa: E402
from desktop.profile import resolve_profile  # noqa: E402
from desktop.resources import resource_path  # noqa: E402
from desktop.services.context import AppContext, build_context  # noqa: E402
from desktop.services.notifications import Topic  # noqa: E402
from desktop.store import StoreError  # noqa: E402
from desktop.sync import SyncScheduler  # noqa: E402
from desktop.ui.background import background_loop, stop_background_loop  # noqa: E402
from desktop.ui.bridge import ServiceBridge  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.reminders import ReminderController, ReminderWindow  # noqa: E402
from desktop.ui.settings.first_login import FirstLoginPrompt  # noqa: E402
from desktop.ui.text import message_box, shown  # noqa: E402
from desktop.ui.translations import choose_language, install_translator  # noqa: E402
from desktop.ui.tray import Tray  # noqa: E402

log = logging.getLogger(__name__)

# Benchmarks and smoke tests: print the time to a shown window, then quit.
EXIT_WHEN_SHOWN_ENV = "MEETDESK_EXIT_WHEN_SHOWN"
# Smoke tests: run the whole app (event loop, sync thread) and quit after this many ms.
QUIT_AFTER_ENV = "MEETDESK_QUIT_AFTER_MS"


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "meetdesk.svg")
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(ctx: AppContext) -> MainWindow:
    bridge = ServiceBridge(ctx.notifier)
    window = MainWindow(ctx, bridge)
    bridge.setParent(window)
    return window


def maybe_prompt_first_login(window: MainWindow) -> FirstLoginPrompt | None:
    if not window.ctx.integration.first_login_prompt():
        return None
    prompt = FirstLoginPrompt(window.ctx, window)
    window.ctx.integration.mark_prompted()
    prompt.open()
    return prompt


def install_crash_handler(log_file: Path | None) -> None:
    """An unexpected exception is logged and shown briefly; the app keeps running."""
    showing: list[QMessageBox] = []

    def report(kind: type[BaseException], error: BaseException, trace: object) -> None:
        log.critical("Unexpected error", exc_info=(kind, error, trace))  # type: ignore[arg-type]
        if showing or QApplication.instance() is None:
            return  # one dialog at a time; a storm of errors is in the log
        where = str(log_file) if log_file is not None else "the log folder"
        box = message_box(
            None,
            QMessageBox.Icon.Warning,
            APP_NAME,
            QCoreApplication.translate(
                "CrashDialog",
                "Meetdesk ran into an unexpected problem and carried on. If something looks "
                "wrong, restart it. The details are in the log: {path}",
            ).format(path=where),
        )
        box.finished.connect(lambda _: showing.clear())
        showing.append(box)
        box.open()

    sys.excepthook = report

    def thread_report(hook: threading.ExceptHookArgs) -> None:
        log.critical(
            "Unexpected error in thread %s",
            hook.thread.name if hook.thread else "?",
            exc_info=(hook.exc_type, hook.exc_value, hook.exc_traceback),  # type: ignore[arg-type]
        )

    threading.excepthook = thread_report


def run_gui(args: argparse.Namespace, open_files: list[str]) -> int:
    app = create_application()
    install_crash_handler(getattr(args, "log_file", None))
    profile = resolve_profile(args.profile)
    instance = SingleInstance(profile.data_dir)
    if not os.environ.get(EXIT_WHEN_SHOWN_ENV) and not instance.claim(silent=args.silent_start):
        log.info("Meetdesk already runs: it was asked to show its window")
        return 0
    try:
        ctx = build_context(profile)
    except StoreError as exc:
        # No settings to read the language from: the system's language says it.
        install_translator(app, choose_language(""))
        message_box(None, QMessageBox.Icon.Critical, APP_NAME, shown(exc)).exec()
        return 1
    # Kept referenced for the whole run (its parent is the application too).
    translator = install_translator(app, choose_language(ctx.settings.get_str("language")))
    window = build_window(ctx)
    window.setProperty("translated", translator is not None)
    if os.environ.get(EXIT_WHEN_SHOWN_ENV):
        window.show()
        app.processEvents()
        print(f"shown_ms={(time.perf_counter() - _PROCESS_START) * 1000:.1f}", flush=True)
        ctx.close()
        return 0
    if Tray.available():
        window.tray = Tray(ctx, window.bridge, window)
        window.tray.show()
        # Hidden to the tray is not quitting: only Quit ends the app.
        app.setQuitOnLastWindowClosed(False)
    instance.showRequested.connect(window.bring_forward)
    if args.profile is None and not os.environ.get("MEETDESK_PROFILE"):
        # The login entry starts the default profile: other profiles (tests, trials) never
        # touch it.
        keep_autostart(window)
    if args.silent_start:
        set_dock_icon_visible(False)  # macOS: menu bar only until the window is opened
    else:
        window.show()
    app.installEventFilter(FileOpenFilter(window))
    for path in open_files:
        window.open_ics_file(path)
    QTimer.singleShot(0, lambda: maybe_prompt_first_login(window))
    scheduler = start_sync(window)
    start_reminders(window)  # kept alive by window.reminder_window
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), app.quit)

    import qasync  # after the window is up: it costs ~0.1 s to import

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    try:
        with loop:
            loop.run_until_complete(closing.wait())
    finally:
        scheduler.stop()
        try:
            background_loop().run(ctx.sync.close())
        except Exception:
            log.warning("Closing network connections failed")
        stop_background_loop()
        ctx.close()
    return 0


class FileOpenFilter(QObject):
    """macOS hands files opened from Finder (an .ics invitation) as FileOpen events."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path.lower().endswith(".ics"):
                self.window.bring_forward()
                self.window.open_ics_file(path)
                return True
        return False


def keep_autostart(window: MainWindow) -> None:
    """Start at login as the setting says, re-checked now and whenever settings change."""
    from desktop.platform import autostart

    settings = window.ctx.settings
    if (
        autostart.installer_asked_for_silent_start()
        and "start_at_login" not in window.ctx.store.all_settings()
        and not settings.effective().is_locked("start_at_login")
    ):
        settings.set("start_at_login", True)  # the MSI's silent-start option, once

    def apply() -> None:
        try:
            if autostart.apply(bool(window.ctx.settings.get("start_at_login"))):
                log.info("Start at login updated")
        except OSError as exc:
            log.warning("Could not update start at login: %s", type(exc).__name__)

    apply()
    window.bridge.settingsChanged.connect(apply)


def start_reminders(window: MainWindow) -> ReminderController:
    """Reminders run from start, with or without the main window shown."""
    reminder_window = ReminderWindow(window.ctx)
    controller = ReminderController(window.ctx, window.bridge, reminder_window)
    window.reminder_window = reminder_window
    QTimer.singleShot(0, controller.check)
    return controller


def start_sync(window: MainWindow) -> SyncScheduler:
    """Sync on the network thread: at start, every few minutes, soon after a local edit."""
    ctx = window.ctx
    background = background_loop()
    scheduler = SyncScheduler(ctx.sync.engine)
    window.attach_sync(scheduler, background)
    background.submit(scheduler.run())

    def on_change(topic: Topic) -> None:
        # Only edits waiting in the outbox need a sync; the sync's own changes do not.
        if topic in (Topic.EVENTS, Topic.CONTACTS) and ctx.store.pending_outbox():
            background.call_soon(scheduler.poke)

    ctx.notifier.subscribe(on_change)
    return scheduler
