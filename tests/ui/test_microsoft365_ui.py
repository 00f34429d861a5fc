"""Connecting Microsoft 365 from the wizard: the browser sign-in against the Graph emulator."""

from __future__ import annotations

import webbrowser
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.domain import AccountState, ServiceKind
from desktop.services.context import AppContext
from desktop.ui.background import BackgroundLoop
from desktop.ui.settings.connect_dialog import ConnectDialog
from tests.emulators.graph import GraphEmulator
from tests.emulators.graph.browser import FakeBrowser
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - fixture

ALICE = "alice@contoso.example"


@pytest.fixture
def emu(monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphEmulator]:
    with GraphEmulator(tenant="contoso") as emulator:
        emulator.add_user(ALICE, "Alice Able")
        monkeypatch.setenv("SSL_CERT_FILE", emulator.ca_path)
        yield emulator


def use_browser(fake: FakeBrowser, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sign-in opens in `fake` instead of a real browser."""
    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.setattr(webbrowser, "_tryorder", [])
    monkeypatch.setattr(webbrowser, "_browsers", {})
    webbrowser.register("meetdesk-test", None, fake, preferred=True)


@pytest.fixture
def background() -> Iterator[BackgroundLoop]:
    loop = BackgroundLoop()
    yield loop
    loop.stop()


def test_the_wizard_signs_in_to_microsoft_365_in_the_browser_and_syncs(
    ctx: AppContext,
    qtbot: QtBot,
    emu: GraphEmulator,
    background: BackgroundLoop,
    memory_keyring: MemoryKeyring,  # noqa: F811
    screenshot: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop.ui.settings.connect_dialog as connect_module

    monkeypatch.setattr(connect_module, "background_loop", lambda: background)
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    emu.add_event(
        ALICE,
        subject="Quarterly review",
        start=start,
        end=start + timedelta(hours=1),
        is_online_meeting=True,
        online_meeting_provider="teamsForBusiness",
    )
    fake = FakeBrowser(emu.ca_path)
    use_browser(fake, monkeypatch)

    window = build_window(ctx)
    qtbot.addWidget(window)
    wizard = ConnectDialog(ctx, window)
    wizard.show()
    radio = wizard.service_page.radios[ServiceKind.MICROSOFT365]
    assert radio.isEnabled()
    radio.setChecked(True)
    wizard.next()
    wizard.next()
    page = wizard.sign_in_page
    assert page.microsoft.isVisible() and not page.credentials.isVisible()
    # Worldwide is the preset; its addresses are shown and cannot be edited.
    assert page.authority_edit.text() == "https://login.microsoftonline.com/organizations"
    assert page.authority_edit.isReadOnly()
    page.cloud_combo.setCurrentIndex(page.cloud_combo.findData("custom"))
    assert not page.authority_edit.isReadOnly()
    page.client_id_edit.setText(emu.client_id)
    page.authority_edit.setText(emu.authority_url)
    page.graph_edit.setText(emu.graph_url)
    screenshot(wizard, "connect_dialog_microsoft365")
    with qtbot.waitSignal(wizard.accountConnected, timeout=30_000):
        wizard.next()
    fake.join()
    account = wizard.account
    assert account is not None and account.kind is ServiceKind.MICROSOFT365
    assert account.email == ALICE
    stored = ctx.store.get_account(account.id)
    assert stored is not None and stored.state is AccountState.UP_TO_DATE
    assert [r.title for r in ctx.meetings.upcoming(days=7)] == ["Quarterly review"]

    # Scheduling on that calendar offers a Teams meeting; the local calendar does not.
    from desktop.ui.meetings.schedule_dialog import ScheduleDialog

    dialog = ScheduleDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    calendars = [dialog.calendar_combo.itemData(i) for i in range(dialog.calendar_combo.count())]
    microsoft = next(c for c in calendars if str(c).startswith(account.id))
    dialog.calendar_combo.setCurrentIndex(calendars.index(microsoft))
    assert dialog.teams_check.isVisible()
    dialog.teams_check.setChecked(True)
    dialog.topic_edit.setText("Teams sync-up")
    assert dialog.link_note.text() == "Microsoft 365 creates a Teams meeting and its link."
    request = dialog.build_request()
    assert request.online_meeting == "teams" and request.calendar_id == microsoft
    screenshot(dialog, "schedule_dialog_teams")
    dialog.calendar_combo.setCurrentIndex(calendars.index("local-calendar"))
    assert not dialog.teams_check.isVisible() and not dialog.teams_check.isChecked()
    background.run(ctx.sync.close())


def test_closing_the_wizard_while_the_browser_waits_cancels_the_sign_in(
    ctx: AppContext,
    qtbot: QtBot,
    emu: GraphEmulator,
    background: BackgroundLoop,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop.ui.settings.connect_dialog as connect_module

    monkeypatch.setattr(connect_module, "background_loop", lambda: background)
    fake = FakeBrowser(emu.ca_path, "abandon")  # the person never answers in the browser
    use_browser(fake, monkeypatch)
    wizard = ConnectDialog(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.service_page.radios[ServiceKind.MICROSOFT365].setChecked(True)
    wizard.next()
    wizard.next()
    page = wizard.sign_in_page
    page.cloud_combo.setCurrentIndex(page.cloud_combo.findData("custom"))
    page.client_id_edit.setText(emu.client_id)
    page.authority_edit.setText(emu.authority_url)
    page.graph_edit.setText(emu.graph_url)
    wizard.next()  # starts the sign-in: the browser opens, msal listens for its answer
    qtbot.waitUntil(fake.was_opened.is_set, timeout=30_000)
    wizard.reject()
    task = wizard.sign_in_task
    qtbot.waitUntil(task.done, timeout=30_000)  # far sooner than msal's 5 minutes
    error = task.exception()
    assert error is not None and str(error) == "Sign-in was cancelled."
    assert [a.kind for a in ctx.store.list_accounts()] == [ServiceKind.LOCAL]
    background.run(ctx.sync.close())


def test_a_missing_client_id_is_said_before_any_browser_opens(
    ctx: AppContext,
    qtbot: QtBot,
    background: BackgroundLoop,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop.ui.settings.connect_dialog as connect_module

    monkeypatch.setattr(connect_module, "background_loop", lambda: background)
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    wizard = ConnectDialog(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.service_page.radios[ServiceKind.MICROSOFT365].setChecked(True)
    wizard.next()
    wizard.next()
    page = wizard.sign_in_page
    assert page.client_id_edit.text() == ""  # no app id in settings or policy
    wizard.next()
    qtbot.waitUntil(lambda: "client" in page.error.text().lower(), timeout=10_000)
    assert wizard.account is None and not opened


def test_settings_offers_sign_in_again_when_the_sign_in_was_revoked(
    ctx: AppContext,
    qtbot: QtBot,
    emu: GraphEmulator,
    background: BackgroundLoop,
    memory_keyring: MemoryKeyring,  # noqa: F811
    screenshot: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.domain import ALL_PERMISSIONS
    from desktop.sync import SyncScheduler

    fake = FakeBrowser(emu.ca_path)
    use_browser(fake, monkeypatch)
    connected = background.run(
        ctx.sync.connect_microsoft365(
            ALL_PERMISSIONS,
            client_id=emu.client_id,
            authority=emu.authority_url,
            graph_url=emu.graph_url,
            sign_in_timeout=30,
        ),
        timeout=60,
    )
    account_id = connected.account.id
    emu.revoke_refresh_tokens(ALICE)
    emu.expire_access_tokens(ALICE)
    report = background.run(ctx.sync.sync_account(account_id), timeout=60)
    assert report.state is AccountState.NEEDS_SIGN_IN

    window = build_window(ctx)
    qtbot.addWidget(window)
    window.attach_sync(SyncScheduler(ctx.sync.engine), background)
    window.show()
    settings = window.settings_page
    window.tabs.setCurrentWidget(settings)
    settings.refresh_accounts()
    settings.select_account(account_id)
    button = settings.sign_in_again_button
    assert button.isVisible() and button.isEnabled()
    screenshot(window, "settings_sign_in_again")

    # First the person changes their mind: Cancel sign-in ends the wait at once.
    fake.behaviour = "abandon"
    fake.was_opened.clear()
    button.click()
    cancel = settings.cancel_sign_in_button
    assert cancel.isVisible()
    qtbot.waitUntil(fake.was_opened.is_set, timeout=30_000)
    cancel.click()
    qtbot.waitUntil(lambda: not settings._syncing, timeout=30_000)
    assert settings.accounts_error.text() == "Sign-in was cancelled."
    assert not cancel.isVisible() and button.isVisible()

    fake.behaviour = "consent"
    button.click()
    qtbot.waitUntil(lambda: not settings._syncing, timeout=30_000)  # the sign-in finished
    assert not button.isVisible()
    stored = ctx.store.get_account(account_id)
    assert stored is not None and stored.state is AccountState.UP_TO_DATE
    background.run(ctx.sync.close())


def test_configure_asks_microsoft_again_when_more_permissions_are_chosen(
    ctx: AppContext,
    qtbot: QtBot,
    emu: GraphEmulator,
    background: BackgroundLoop,
    memory_keyring: MemoryKeyring,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop.ui.settings.connect_dialog as connect_module
    from desktop.domain import Permission
    from desktop.ui.settings.connect_dialog import ConfigureDialog

    monkeypatch.setattr(connect_module, "background_loop", lambda: background)
    fake = FakeBrowser(emu.ca_path)
    use_browser(fake, monkeypatch)
    connected = background.run(
        ctx.sync.connect_microsoft365(
            {Permission.CALENDAR_READ},
            client_id=emu.client_id,
            authority=emu.authority_url,
            graph_url=emu.graph_url,
            sign_in_timeout=30,
        ),
        timeout=60,
    )
    dialog = ConfigureDialog(ctx, connected.account)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.set_permissions({Permission.CALENDAR_READ, Permission.CALENDAR_WRITE})
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.save()
        assert "browser" in dialog.error.text()  # it says why it waits
    assert dialog.updated is not None
    assert Permission.CALENDAR_WRITE in dialog.updated.permissions
    scope = [r for r in emu.requests if r.path.endswith("/authorize")][-1].query["scope"]
    assert "Calendars.ReadWrite" in scope
    background.run(ctx.sync.close())
