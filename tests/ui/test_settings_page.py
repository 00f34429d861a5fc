"""Settings page: accounts, Configure, Remove, Connect, policy, meeting links, identity."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.conferencing import DEFAULT_TEMPLATE
from desktop.domain import (
    LOCAL_ACCOUNT_ID,
    Account,
    AccountState,
    Permission,
    ServiceKind,
)
from desktop.policy import load_policy
from desktop.profile import Profile
from desktop.services.contacts import ContactInput
from desktop.services.context import AppContext, build_context
from desktop.services.meetings import ScheduleRequest
from desktop.ui.bridge import ServiceBridge
from desktop.ui.settings.connect_dialog import ConfigureDialog, ConnectDialog
from desktop.ui.settings.page import SettingsPage

Screenshot = Callable[[QWidget, str], Path]


@pytest.fixture
def make_ctx(profile: Profile, policy_file: Path) -> Iterator[Callable[[object], AppContext]]:
    """Write the policy file, then build a real context that reads it."""
    built: list[AppContext] = []

    def make(policy: object) -> AppContext:
        if isinstance(policy, str):
            policy_file.write_text(policy, encoding="utf-8")
        else:
            policy_file.write_text(json.dumps(policy), encoding="utf-8")
        context = build_context(profile, policy=load_policy())
        built.append(context)
        return context

    yield make
    for context in built:
        context.close()


def make_page(ctx: AppContext, qtbot: QtBot) -> SettingsPage:
    bridge = ServiceBridge(ctx.notifier)
    page = SettingsPage(ctx, bridge)
    bridge.setParent(page)
    qtbot.addWidget(page)
    page.resize(820, 900)
    page.show()
    return page


def shoot(page: SettingsPage, screenshot: Screenshot, name: str) -> None:
    """The whole page, not only what the scroll area shows."""
    content = page.content
    for _ in range(2):  # the policy table measures its rows once its columns have settled
        content.resize(page.viewport().width(), content.sizeHint().height())
        QApplication.processEvents()
    screenshot(content, name)


def account_text(page: SettingsPage, account_id: str = LOCAL_ACCOUNT_ID) -> str:
    return next(r.text for r in page.accounts_model.rows if r.account.id == account_id)


def test_lists_local_account_with_state_and_permissions(
    ctx: AppContext, qtbot: QtBot, screenshot: Screenshot
) -> None:
    # A second account with a long name and a problem, to see how the list copes.
    ctx.store.save_account(
        Account(
            "google-1",
            ServiceKind.GOOGLE,
            "Alexandrina Konstantinopoulou-Vanderbilt (Marketing & Events)",
            email="alexandrina.konstantinopoulou-vanderbilt@marketing.example.com",
            permissions=frozenset({Permission.CALENDAR_READ, Permission.CONTACTS_READ}),
            state=AccountState.NEEDS_SIGN_IN,
            state_reason="Your password was changed. Sign in again.",
        )
    )
    page = make_page(ctx, qtbot)
    assert page.accounts_view.isVisible() and not page.accounts_empty.isVisible()
    assert page.accounts_model.rowCount() == 2
    local = account_text(page)
    assert "On this computer" in local
    assert "State: Up to date" in local
    assert "Calendar: read and write" in local
    assert "Contacts: read and write" in local
    other = account_text(page, "google-1")
    assert "Google · alexandrina.konstantinopoulou-vanderbilt@marketing.example.com" in other
    assert "State: Needs sign-in: Your password was changed. Sign in again." in other
    assert "Calendar: read only" in other
    assert "Contacts: read only" in other
    assert page.configure_button.isEnabled()
    assert page.remove_button.isEnabled()
    # Connect: a CalDAV server can still be added.
    assert page.connect_button.isEnabled()
    shoot(page, screenshot, "settings_page")


def test_configure_changes_permissions(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    dialog = page.configure_selected()
    assert isinstance(dialog, ConfigureDialog)
    qtbot.addWidget(dialog)
    boxes = dialog.editor.boxes
    assert all(box.isChecked() and box.isEnabled() for box in boxes.values())
    boxes[Permission.CONTACTS_WRITE].click()
    # Read off: write goes with it.
    boxes[Permission.CALENDAR_READ].click()
    assert not boxes[Permission.CALENDAR_WRITE].isChecked()
    # Write on again: read comes back.
    boxes[Permission.CALENDAR_WRITE].click()
    assert boxes[Permission.CALENDAR_READ].isChecked()
    dialog.save_button.click()
    assert dialog.result() == ConfigureDialog.DialogCode.Accepted
    stored = ctx.store.get_account(LOCAL_ACCOUNT_ID)
    assert stored is not None
    assert stored.permissions == {
        Permission.CALENDAR_READ,
        Permission.CALENDAR_WRITE,
        Permission.CONTACTS_READ,
    }
    assert "Contacts: read only" in account_text(page)
    assert "Calendar: read and write" in account_text(page)


def test_configure_needs_one_permission(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    dialog = page.configure_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.editor.boxes[Permission.CALENDAR_READ].click()
    dialog.editor.boxes[Permission.CONTACTS_READ].click()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Choose at least one permission."
    stored = ctx.store.get_account(LOCAL_ACCOUNT_ID)
    assert stored is not None and stored.permissions == frozenset(Permission)


def test_permissions_beyond_policy_are_disabled(
    make_ctx: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx({"enforced": {"allowed_permissions": ["calendar_read", "contacts_read"]}})
    page = make_page(ctx, qtbot)
    # The local account was created with every permission; the page says the admin disagrees.
    assert "no longer allows: Calendar write, Contacts write" in account_text(page)
    dialog = page.configure_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    boxes = dialog.editor.boxes
    for perm in (Permission.CALENDAR_WRITE, Permission.CONTACTS_WRITE):
        assert not boxes[perm].isEnabled()
        assert not boxes[perm].isChecked()
        assert dialog.editor.notes[perm].text() == "Not allowed by your administrator"
    for perm in (Permission.CALENDAR_READ, Permission.CONTACTS_READ):
        assert boxes[perm].isEnabled() and boxes[perm].isChecked()
    assert dialog.policy_note.isVisibleTo(dialog)
    dialog.save_button.click()
    stored = ctx.store.get_account(LOCAL_ACCOUNT_ID)
    assert stored is not None
    assert stored.permissions == {Permission.CALENDAR_READ, Permission.CONTACTS_READ}
    assert "no longer allows" not in account_text(page)
    assert "Calendar: read only" in account_text(page)


def _add_meeting_and_contact(ctx: AppContext) -> None:
    start = (datetime.now() + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)
    ctx.meetings.schedule(
        ScheduleRequest(
            topic="Budget review", start=start, duration_minutes=30, timezone="Europe/Amsterdam"
        )
    )
    ctx.contacts.add(ContactInput(name="Ada Lovelace", emails=("ada@example.com",)))
    assert ctx.store.count_events() == 1
    assert ctx.store.count_contacts() == 1


def test_remove_with_confirmation_then_connect_back(
    ctx: AppContext, qtbot: QtBot, screenshot: Screenshot
) -> None:
    _add_meeting_and_contact(ctx)
    page = make_page(ctx, qtbot)

    # Cancel first: nothing happens.
    box = page.remove_selected()
    assert box is not None
    assert box.text() == (
        "Remove On this computer? Its meetings and contacts on this computer are deleted."
    )
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ctx.store.get_account(LOCAL_ACCOUNT_ID) is not None

    box = page.remove_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert ctx.integration.accounts() == []
    assert ctx.store.count_events() == 0
    assert ctx.store.count_contacts() == 0
    assert page.accounts_empty.isVisible() and not page.accounts_view.isVisible()
    assert page.empty_title.text() == "No calendar or contacts service connected"
    assert not page.configure_button.isEnabled()
    assert not page.remove_button.isEnabled()
    assert page.connect_button.isEnabled()
    assert not page.connect_reason.isVisible()

    page.connect_button.click()
    wizard = page.connect_dialog
    assert isinstance(wizard, ConnectDialog)
    qtbot.addWidget(wizard)
    assert wizard.isVisible()
    service_page = wizard.service_page
    assert service_page.selected() is ServiceKind.LOCAL
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.resize(620, 520)
    QApplication.processEvents()
    screenshot(wizard, "connect_dialog_service")

    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.permissions_page
    editor = wizard.permissions_page.editor
    assert editor.permissions() == frozenset(Permission)
    editor.boxes[Permission.CONTACTS_WRITE].click()
    QApplication.processEvents()
    screenshot(wizard, "connect_dialog_permissions")

    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.sign_in_page
    assert "need no sign-in" in wizard.sign_in_page.message.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    account = ctx.store.get_account(LOCAL_ACCOUNT_ID)
    assert account is not None
    assert account.permissions == {
        Permission.CALENDAR_READ,
        Permission.CALENDAR_WRITE,
        Permission.CONTACTS_READ,
    }
    # Back in the app: the page shows what was granted.
    assert page.accounts_view.isVisible() and not page.accounts_empty.isVisible()
    assert "Calendar: read and write" in account_text(page)
    assert "Contacts: read only" in account_text(page)
    assert page.selected_account_id() == LOCAL_ACCOUNT_ID


def test_connect_permissions_capped_and_errors_shown(
    make_ctx: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx({"enforced": {"allowed_permissions": ["calendar_read", "contacts_read"]}})
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    page = make_page(ctx, qtbot)
    wizard = page.open_connect()
    qtbot.addWidget(wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    editor = wizard.permissions_page.editor
    assert editor.permissions() == {Permission.CALENDAR_READ, Permission.CONTACTS_READ}
    assert not editor.boxes[Permission.CALENDAR_WRITE].isEnabled()
    assert not editor.boxes[Permission.CONTACTS_WRITE].isEnabled()
    # Nothing chosen: Next is off and a hint says why.
    editor.boxes[Permission.CALENDAR_READ].click()
    editor.boxes[Permission.CONTACTS_READ].click()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.permissions_page.hint.isVisible()
    editor.boxes[Permission.CALENDAR_READ].click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    # Meanwhile the local calendar got connected elsewhere (e.g. from the command line).
    ctx.integration.connect(ServiceKind.LOCAL, {Permission.CALENDAR_READ})
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert wizard.sign_in_page.error.text() == "The calendar on this computer is already connected."


def test_unavailable_services_listed_but_disabled(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    wizard = ConnectDialog(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.service_page
    for info in ctx.integration.services():
        radio = page.radios[info.kind]
        assert radio.text() == info.name
        if info.available:
            assert radio.isEnabled()
            assert page.notes[info.kind].text() == info.description
        else:
            assert not radio.isEnabled()
            assert page.notes[info.kind].text() == info.unavailable_reason
            assert info.unavailable_reason
    assert page.selected() is ctx.integration.default_service()
    assert not page.locked_note.isVisible()


def test_locked_default_service(
    make_ctx: Callable[[object], AppContext], qtbot: QtBot, policy_file: Path
) -> None:
    ctx = make_ctx({"enforced": {"default_service": "local"}})
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    wizard = ConnectDialog(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.service_page
    assert page.locked_note.isVisible()
    assert page.locked_note.text() == (
        "Your administrator requires On this computer for calendar and contacts."
    )
    enabled = [kind for kind, radio in page.radios.items() if radio.isEnabled()]
    assert enabled == [ServiceKind.LOCAL]
    assert page.selected() is ServiceKind.LOCAL

    # The settings page shows the preference read-only, with the reason.
    settings = make_page(ctx, qtbot)
    combo = settings.policy_controls["default_service"]
    assert not combo.isEnabled()
    note = settings.policy_notes["default_service"].text()
    assert note.startswith("Locked: Set by your administrator")
    assert str(policy_file) in note


def test_locked_to_an_unavailable_service(
    make_ctx: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx({"enforced": {"default_service": "google"}})
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    page = make_page(ctx, qtbot)
    assert not page.connect_button.isEnabled()
    assert page.connect_reason.text() == (
        "Your administrator requires Google: Google is not available in this build yet."
    )
    wizard = ConnectDialog(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not any(radio.isEnabled() for radio in wizard.service_page.radios.values())
    assert wizard.service_page.nothing_note.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_integration_disabled_blocks_connect(
    make_ctx: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx({"enforced": {"integration_enabled": False}})
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    page = make_page(ctx, qtbot)
    reason = ctx.integration.connect_blocked_reason()
    assert reason == "Your administrator has turned off calendar and contacts integration."
    assert not page.connect_button.isEnabled()
    assert page.connect_reason.isVisible()
    assert page.connect_reason.text() == reason
    assert page.connect_button.accessibleDescription() == reason


def test_enforced_and_recommended_settings_shown(
    make_ctx: Callable[[object], AppContext],
    qtbot: QtBot,
    policy_file: Path,
    screenshot: Screenshot,
) -> None:
    ctx = make_ctx(
        {
            "enforced": {
                "default_service": "local",
                "allowed_permissions": ["calendar_read", "contacts_read"],
                "allowed_domains": ["example.com", "example.org"],
            },
            "recommended": {"sync_version": 1, "delegates_see_private": True},
        }
    )
    page = make_page(ctx, qtbot)
    model = page.policy_model
    rows = {s.name: row for row, s in enumerate(model.settings)}
    assert set(rows) == {s.name for s in ctx.settings.effective().resolved()}

    def cell(name: str, column: int) -> str:
        return model.text(rows[name], column)

    assert cell("default_service", 1) == "On this computer"
    assert cell("allowed_permissions", 1) == "Calendar read, Contacts read"
    assert cell("allowed_domains", 1) == "example.com, example.org"
    for name in ("default_service", "allowed_permissions", "allowed_domains"):
        assert cell(name, 2) == f"Locked: Set by your administrator in {policy_file}"
        index = model.index(rows[name], 0)
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the lock icon
    assert model.index(rows["sync_version"], 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert cell("sync_version", 2) == "Recommended by your administrator"
    assert cell("sync_version", 1).startswith("Version 1")
    assert cell("delegates_see_private", 2) == "Recommended by your administrator"
    assert cell("integration_enabled", 2) == "Default"
    assert cell("integration_enabled", 1) == "On"
    assert page.policy_summary.text() == (
        f"Your administrator's policy is read from {policy_file}."
    )
    assert not page.policy_problems.isVisible()

    # Recommended: the person may change it, and the page says where it came from.
    sync = page.policy_controls["sync_version"]
    assert sync.isEnabled()
    assert page.policy_notes["sync_version"].text() == (
        "Recommended by your administrator; you may change it."
    )
    page.sync_combo.setCurrentIndex(page.sync_combo.findData(2))
    page.sync_combo.activated.emit(page.sync_combo.currentIndex())
    assert ctx.settings.get("sync_version") == 2
    assert cell("sync_version", 2) == "Set by you"
    assert not page.policy_notes["sync_version"].isVisible()
    # Enforced: read-only.
    assert not page.policy_controls["default_service"].isEnabled()
    shoot(page, screenshot, "settings_locked_policy")


def test_malformed_policy_file_shows_problems(
    make_ctx: Callable[[object], AppContext], qtbot: QtBot, policy_file: Path
) -> None:
    ctx = make_ctx('{"enforced": {"integration_enabled": tru')
    page = make_page(ctx, qtbot)
    assert page.policy_problems.isVisible()
    text = page.policy_problems.text()
    assert str(policy_file) in text
    assert "is not valid JSON" in text
    assert "the whole policy file is ignored" in text


def test_partly_wrong_policy_lists_each_problem(
    make_ctx: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    ctx = make_ctx(
        {
            "enforced": {"sync_version": 7, "integration_enabeld": False},
            "recommended": {"first_login_prompt": "Never"},
        }
    )
    page = make_page(ctx, qtbot)
    text = page.policy_problems.text()
    assert 'setting "sync_version": must be the number 1 or 2' in text
    assert 'unknown setting "integration_enabeld" (did you mean "integration_enabled"?)' in text
    assert "(values are lower-case)" in text
    assert len(text.splitlines()) == 3


def test_meeting_link_settings_saved(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    assert page.jitsi_radio.isChecked()
    assert not page.personal_link_edit.isEnabled()
    assert page.template_edit.toPlainText() == DEFAULT_TEMPLATE
    page.personal_radio.click()
    assert page.personal_link_edit.isEnabled()
    qtbot.keyClicks(page.personal_link_edit, "https://meet.example.com/ada")
    page.template_edit.setPlainText("Join {topic} at {join_url}\n")
    page.save_links_button.click()
    assert page.links_status.text() == "Saved."
    assert ctx.settings.get("meeting_link_mode") == "personal"
    assert ctx.settings.get("personal_link") == "https://meet.example.com/ada"
    assert ctx.settings.get("invitation_template") == "Join {topic} at {join_url}\n"

    page.reset_template_button.click()
    assert page.template_edit.toPlainText() == DEFAULT_TEMPLATE
    page.jitsi_radio.click()
    page.save_links_button.click()
    assert ctx.settings.get("meeting_link_mode") == "jitsi"
    assert ctx.settings.get("invitation_template") == DEFAULT_TEMPLATE


@pytest.mark.parametrize(
    "link",
    [
        "http://meet.example.com/ada",
        "javascript:alert(1)",
        "https://user@evil.example.com/",
        "file:///etc/passwd",
        "meet.example.com/ada",
        "https://exa mple.com/room",
    ],
)
def test_unsafe_personal_link_refused(ctx: AppContext, qtbot: QtBot, link: str) -> None:
    page = make_page(ctx, qtbot)
    page.personal_radio.click()
    qtbot.keyClicks(page.personal_link_edit, link)
    page.save_links_button.click()
    assert page.link_error.isVisible()
    assert "https://" in page.link_error.text()
    assert page.links_status.text() == ""
    assert ctx.settings.get("meeting_link_mode") == "jitsi"
    assert ctx.settings.get("personal_link") == ""


def test_personal_room_needs_a_link(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    page.personal_radio.click()
    page.save_links_button.click()
    assert page.link_error.text() == "Enter the link of your personal meeting room."
    assert ctx.settings.get("meeting_link_mode") == "jitsi"


def test_template_problems_shown(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    assert not page.template_problems.isVisible()
    page.template_edit.setPlainText("Hello {topik} {a.b}")
    assert page.template_problems.isVisible()
    text = page.template_problems.text()
    assert "Unknown placeholder {topik}" in text
    assert "Unsupported placeholder {a.b}" in text


def test_about_you_saved_and_bad_email_refused(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    qtbot.keyClicks(page.name_edit, "Ada  Lovelace")
    qtbot.keyClicks(page.email_edit, "ada@")
    page.save_about_button.click()
    assert page.about_error.text() == "'ada@' is not an e-mail address."
    assert ctx.settings.get("my_email") == ""
    qtbot.keyClicks(page.email_edit, "example.com")
    page.save_about_button.click()
    assert page.about_status.text() == "Saved."
    assert ctx.settings.get("my_name") == "Ada Lovelace"
    assert ctx.settings.get("my_email") == "ada@example.com"
    assert ctx.meetings.me().name == "Ada Lovelace"


def test_fields_follow_changes_made_elsewhere_but_keep_unsaved_edits(
    ctx: AppContext, qtbot: QtBot
) -> None:
    page = make_page(ctx, qtbot)
    ctx.settings.set("my_name", "Grace Hopper")  # e.g. from the command line
    assert page.name_edit.text() == "Grace Hopper"
    qtbot.keyClicks(page.email_edit, "grace@example.com")  # not saved yet
    ctx.settings.set("my_email", "other@example.com")
    assert page.email_edit.text() == "grace@example.com"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("default_service", "local"),
        ("sync_version", 1),
        ("first_login_prompt", "never"),
        ("delegates_see_private", True),
    ],
)
def test_every_enforced_preference_is_read_only(
    make_ctx: Callable[[object], AppContext], qtbot: QtBot, name: str, value: object
) -> None:
    ctx = make_ctx({"enforced": {name: value}})
    page = make_page(ctx, qtbot)
    for other, control in page.policy_controls.items():
        assert control.isEnabled() is (other != name)
    assert page.policy_notes[name].isVisible()
    assert page.policy_notes[name].text().startswith("Locked: Set by your administrator in ")


def test_the_language_choice_is_kept_for_the_next_start(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    combo = page.language_combo
    assert combo.currentData() == ""  # the system's language until chosen
    combo.setCurrentIndex(combo.findData("nl"))
    combo.activated.emit(combo.currentIndex())
    assert ctx.settings.get_str("language") == "nl"
    assert page.language_note.isVisible()
    from desktop.ui.translations import choose_language

    assert choose_language(ctx.settings.get_str("language")) == "nl"
