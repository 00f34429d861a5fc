from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain import LOCAL_ACCOUNT_ID, Permission, ServiceKind
from desktop.policy import load_policy
from desktop.profile import Profile
from desktop.services.context import AppContext, build_context
from desktop.services.errors import NotAllowed, ValidationError

ALL = set(Permission)


def context_with_policy(profile: Profile, policy_file: Path, policy: object) -> AppContext:
    policy_file.write_text(json.dumps(policy))
    return build_context(profile, policy=load_policy())


def test_remove_deletes_data_and_connect_brings_the_local_calendar_back(ctx: AppContext) -> None:
    from desktop.services.contacts import ContactInput
    from tests.unit.services.test_meetings import request

    ctx.meetings.schedule(request())
    ctx.contacts.add(ContactInput("Ann"))
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    assert ctx.integration.accounts() == []
    assert ctx.store.count_events() == 0 and ctx.store.count_contacts() == 0
    account = ctx.integration.connect(ServiceKind.LOCAL, {Permission.CALENDAR_READ})
    assert account.permissions == {Permission.CALENDAR_READ}
    with pytest.raises(ValidationError):
        ctx.integration.connect(ServiceKind.LOCAL, ALL)


def test_unavailable_services_say_so(ctx: AppContext) -> None:
    with pytest.raises(NotAllowed, match="not available in this build"):
        ctx.integration.connect(ServiceKind.GOOGLE, ALL)
    names = {s.kind: s.available for s in ctx.integration.services()}
    assert names[ServiceKind.LOCAL] and names[ServiceKind.MICROSOFT365]
    assert not names[ServiceKind.GOOGLE]


def test_permissions_are_capped_by_policy_and_write_needs_read(
    profile: Profile, policy_file: Path
) -> None:
    ctx = context_with_policy(
        profile,
        policy_file,
        {"enforced": {"allowed_permissions": ["calendar_read", "contacts_read"]}},
    )
    with pytest.raises(NotAllowed, match="Calendar write"):
        ctx.integration.configure(LOCAL_ACCOUNT_ID, ALL)
    with pytest.raises(ValidationError):
        ctx.integration.configure(LOCAL_ACCOUNT_ID, set())
    ctx.integration.configure(LOCAL_ACCOUNT_ID, {Permission.CALENDAR_READ})
    ctx.close()


def test_integration_disabled_and_locked_service(profile: Profile, policy_file: Path) -> None:
    ctx = context_with_policy(profile, policy_file, {"enforced": {"integration_enabled": False}})
    assert "turned off" in ctx.integration.connect_blocked_reason()
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    with pytest.raises(NotAllowed, match="turned off"):
        ctx.integration.connect(ServiceKind.LOCAL, ALL)
    ctx.close()


def test_locked_default_service_refuses_others(profile: Profile, policy_file: Path) -> None:
    ctx = context_with_policy(profile, policy_file, {"enforced": {"default_service": "google"}})
    assert ctx.integration.locked_service() is ServiceKind.GOOGLE
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    with pytest.raises(NotAllowed, match="requires Google"):
        ctx.integration.connect(ServiceKind.LOCAL, ALL)
    ctx.close()


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("first_sign_in", [True, False]), ("every_sign_in", [True, True]), ("never", [False, False])],
)
def test_first_login_prompt_modes(
    profile: Profile, policy_file: Path, mode: str, expected: list[bool]
) -> None:
    ctx = context_with_policy(profile, policy_file, {"enforced": {"first_login_prompt": mode}})
    seen = []
    for _ in range(2):
        shown = ctx.integration.first_login_prompt()
        seen.append(shown)
        if shown:
            ctx.integration.mark_prompted()
    assert seen == expected
    ctx.close()


def test_prompt_stops_once_integration_is_set_up_and_respects_the_gate(
    profile: Profile, policy_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ctx = context_with_policy(
        profile,
        policy_file,
        {
            "enforced": {
                "first_login_prompt": "every_sign_in",
                "feature_gates": {"first_login_prompt": "99.0.0"},
            }
        },
    )
    with caplog.at_level("INFO"):
        assert not ctx.integration.first_login_prompt()
    assert "99.0.0" in caplog.text
    ctx.close()
    policy_file.write_text(json.dumps({"enforced": {"first_login_prompt": "every_sign_in"}}))
    ctx = build_context(profile, policy=load_policy())
    assert ctx.integration.first_login_prompt()
    ctx.integration.configure(LOCAL_ACCOUNT_ID, ALL)
    assert not ctx.integration.first_login_prompt()
    ctx.close()


def test_policy_caps_what_an_existing_account_may_do(profile: Profile, policy_file: Path) -> None:
    from desktop.services.contacts import ContactInput
    from tests.unit.services.test_meetings import request

    # The local account was created with every permission; the policy allows reading only.
    ctx = context_with_policy(
        profile,
        policy_file,
        {"enforced": {"allowed_permissions": ["calendar_read", "contacts_read"]}},
    )
    with pytest.raises(ValidationError) as problem:
        ctx.meetings.schedule(request())
    assert "calendar" in problem.value.problems
    with pytest.raises(NotAllowed):
        ctx.contacts.add(ContactInput("Ann"))
    assert [c.id for c in ctx.meetings.readable_calendars().values()] == ["local-calendar"]
    ctx.close()


def test_settings_are_checked_for_the_command_line_too(ctx: AppContext) -> None:
    for name, value in [
        ("personal_link", "javascript:alert(1)"),
        ("personal_link", "http://zoom.us/my/x"),
        ("my_email", "nobody"),
        ("meeting_link_mode", "carrier-pigeon"),
    ]:
        with pytest.raises(ValidationError):
            ctx.settings.set(name, value)
    ctx.settings.set("personal_link", " https://acme.zoom.us/my/sam ")
    assert ctx.settings.get("personal_link") == "https://acme.zoom.us/my/sam"
