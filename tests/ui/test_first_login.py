"""The set-up prompt after sign-in: when it appears (policy, gates) and where it leads."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.domain import LOCAL_ACCOUNT_ID, Permission, ServiceKind
from desktop.policy import load_policy
from desktop.profile import Profile
from desktop.services.context import AppContext, build_context
from desktop.ui.settings.connect_dialog import ConfigureDialog, ConnectDialog
from desktop.ui.settings.first_login import FirstLoginPrompt

Screenshot = Callable[[QWidget, str], Path]


@pytest.fixture
def sign_in(profile: Profile, policy_file: Path) -> Iterator[Callable[[object], AppContext]]:
    """Each call is one start of the app (a sign-in) on the same profile, with this policy."""
    opened: list[AppContext] = []

    def start(policy: object) -> AppContext:
        while opened:
            opened.pop().close()
        policy_file.write_text(json.dumps(policy), encoding="utf-8")
        ctx = build_context(profile, policy=load_policy())
        opened.append(ctx)
        return ctx

    yield start
    for ctx in opened:
        ctx.close()


def prompt_if_due(ctx: AppContext, qtbot: QtBot) -> FirstLoginPrompt | None:
    """What app.py does once the window is shown."""
    if not ctx.integration.first_login_prompt():
        return None
    prompt = FirstLoginPrompt(ctx)
    qtbot.addWidget(prompt)
    ctx.integration.mark_prompted()
    prompt.open()
    return prompt


def test_first_sign_in_prompts_once(
    sign_in: Callable[[object], AppContext], qtbot: QtBot, screenshot: Screenshot
) -> None:
    ctx = sign_in({"enforced": {"first_login_prompt": "first_sign_in"}})
    prompt = prompt_if_due(ctx, qtbot)
    assert prompt is not None
    assert prompt.isVisible()
    assert "Connect the calendar and contacts you already use" in prompt.explanation.text()
    assert prompt.set_up_button.text() == "&Set up now"
    assert prompt.later_button.text() == "&Later"
    QApplication.processEvents()
    screenshot(prompt, "first_login_prompt")
    prompt.later_button.click()
    assert not prompt.isVisible()

    ctx = sign_in({"enforced": {"first_login_prompt": "first_sign_in"}})
    assert prompt_if_due(ctx, qtbot) is None


def test_default_policy_prompts_once(sign_in: Callable[[object], AppContext], qtbot: QtBot) -> None:
    ctx = sign_in({})
    assert prompt_if_due(ctx, qtbot) is not None
    ctx = sign_in({})
    assert prompt_if_due(ctx, qtbot) is None


def test_every_sign_in_prompts_until_set_up(
    sign_in: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    # The local service is required, and it is already there.
    policy = {"enforced": {"first_login_prompt": "every_sign_in", "default_service": "local"}}
    for _ in range(3):
        ctx = sign_in(policy)
        prompt = prompt_if_due(ctx, qtbot)
        assert prompt is not None
        prompt.later_button.click()

    ctx = sign_in(policy)
    prompt = prompt_if_due(ctx, qtbot)
    assert prompt is not None
    # The local calendar is already there: Set up now leads to its permissions.
    dialog = prompt.set_up_now()
    assert isinstance(dialog, ConfigureDialog)
    qtbot.addWidget(dialog)
    assert not prompt.isVisible()
    assert dialog.isVisible()
    dialog.editor.boxes[Permission.CONTACTS_WRITE].click()
    dialog.save_button.click()
    account = ctx.store.get_account(LOCAL_ACCOUNT_ID)
    assert account is not None and Permission.CONTACTS_WRITE not in account.permissions

    ctx = sign_in(policy)
    assert prompt_if_due(ctx, qtbot) is None


def test_never_prompts(sign_in: Callable[[object], AppContext], qtbot: QtBot) -> None:
    for _ in range(2):
        ctx = sign_in({"enforced": {"first_login_prompt": "never"}})
        assert prompt_if_due(ctx, qtbot) is None


def test_raised_feature_gate_stops_the_prompt(
    sign_in: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in({"enforced": {"feature_gates": {"first_login_prompt": "99.0.0"}}})
    assert prompt_if_due(ctx, qtbot) is None
    # The gate did not use up the one prompt: once lifted, it appears.
    ctx = sign_in({})
    assert prompt_if_due(ctx, qtbot) is not None


def test_integration_disabled_never_prompts(
    sign_in: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in({"enforced": {"integration_enabled": False}})
    assert prompt_if_due(ctx, qtbot) is None


def test_set_up_now_opens_connect_when_a_service_can_be_connected(
    sign_in: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in({})
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    prompt = prompt_if_due(ctx, qtbot)
    assert prompt is not None
    prompt.set_up_button.click()
    wizard = prompt.follow_up
    assert isinstance(wizard, ConnectDialog)
    qtbot.addWidget(wizard)
    assert wizard.isVisible()
    assert wizard.service_page.selected() is ServiceKind.LOCAL
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [a.id for a in ctx.integration.accounts()] == [LOCAL_ACCOUNT_ID]
    assert not ctx.integration.first_login_prompt()


def test_set_up_now_opens_the_connect_wizard_when_a_server_can_be_added(
    sign_in: Callable[[object], AppContext], qtbot: QtBot
) -> None:
    from desktop.ui.settings.connect_dialog import ConnectDialog

    ctx = sign_in({"enforced": {"first_login_prompt": "every_sign_in"}})
    prompt = prompt_if_due(ctx, qtbot)
    assert prompt is not None
    dialog = prompt.set_up_now()
    assert isinstance(dialog, ConnectDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
