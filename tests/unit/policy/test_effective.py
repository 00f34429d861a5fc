"""Combining policy, the person's choices and defaults."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import Permission, ServiceKind
from desktop.policy import (
    SETTINGS,
    EffectiveSettings,
    FirstLoginPrompt,
    Policy,
    PolicyLocked,
    Source,
    load_policy,
)

# The write_policy fixture (conftest.py): writes a policy file, returns its path.
WritePolicy = Callable[[object], Path]

POLICY_FILE = Path("/etc/xdg/meetdesk/policy.json")


def make(
    enforced: dict[str, object] | None = None,
    recommended: dict[str, object] | None = None,
    user: dict[str, object] | None = None,
    path: Path | None = POLICY_FILE,
) -> EffectiveSettings:
    policy = Policy(enforced=enforced or {}, recommended=recommended or {}, path=path, found=True)
    return EffectiveSettings(policy, user)


# --- precedence ---------------------------------------------------------------------------


def test_defaults_without_policy_or_user_values() -> None:
    eff = EffectiveSettings(Policy())
    assert eff.integration_enabled() is True
    assert eff.default_service() is ServiceKind.LOCAL
    assert eff.allowed_permissions() == frozenset(Permission)
    assert eff.allowed_domains() == ()
    assert eff.sync_version() == 2
    assert eff.first_login_prompt() is FirstLoginPrompt.FIRST_SIGN_IN
    assert eff.delegates_see_private() is False
    assert eff.feature_gates() == {}
    assert all(item.source is Source.DEFAULT and not item.locked for item in eff.resolved())
    assert eff.problems == ()


@pytest.mark.parametrize(
    ("enforced", "user", "recommended", "expected", "source"),
    [
        (1, 2, 2, 1, Source.ENFORCED),
        (None, 1, 2, 1, Source.USER),
        (None, None, 1, 1, Source.RECOMMENDED),
        (None, None, None, 2, Source.DEFAULT),
        (2, 1, None, 2, Source.ENFORCED),
        (None, 2, 1, 2, Source.USER),
    ],
)
def test_precedence(
    enforced: int | None, user: int | None, recommended: int | None, expected: int, source: Source
) -> None:
    def layer(value: int | None) -> dict[str, object]:
        return {} if value is None else {"sync_version": value}

    eff = make(layer(enforced), layer(recommended), layer(user))
    assert eff.sync_version() == expected
    assert eff.value("sync_version") == expected
    assert eff.source("sync_version") is source
    assert eff.is_locked("sync_version") is (source is Source.ENFORCED)


def test_user_value_for_enforced_setting_is_ignored() -> None:
    eff = make(enforced={"default_service": "google"}, user={"default_service": "caldav"})
    assert eff.default_service() is ServiceKind.GOOGLE
    assert eff.source("default_service") is Source.ENFORCED
    assert eff.problems == ()


def test_invalid_user_value_falls_back_without_crashing() -> None:
    eff = make(recommended={"sync_version": 1}, user={"sync_version": 3, "first_login_prompt": 7})
    assert eff.sync_version() == 1
    assert eff.source("sync_version") is Source.RECOMMENDED
    assert eff.first_login_prompt() is FirstLoginPrompt.FIRST_SIGN_IN
    assert eff.source("first_login_prompt") is Source.DEFAULT
    assert len(eff.problems) == 2
    assert any('"sync_version": must be the number 1 or 2' in p for p in eff.problems)


def test_unknown_user_setting_is_ignored() -> None:
    eff = make(user={"theme": "dark"})
    assert eff.problems == ('your settings: unknown setting "theme"; ignored',)


def test_user_values_are_normalised() -> None:
    eff = make(user={"allowed_domains": ["A.example", "a.example"], "default_service": "caldav"})
    assert eff.allowed_domains() == ("a.example",)
    assert eff.default_service() is ServiceKind.CALDAV


def test_policy_built_in_code_is_validated_too() -> None:
    eff = make(enforced={"sync_version": "1", "bogus": True}, recommended={"sync_version": 1})
    assert eff.sync_version() == 1
    assert eff.source("sync_version") is Source.RECOMMENDED
    assert len(eff.problems) == 2


def test_policy_problems_come_first(write_policy: WritePolicy) -> None:
    path = write_policy({"enforced": {"sync_version": 9}})
    eff = EffectiveSettings(load_policy(path), {"sync_version": 0})
    assert eff.problems[0].startswith(str(path))
    assert eff.problems[1].startswith("your settings")
    assert eff.sync_version() == 2


# --- locked settings and reasons ----------------------------------------------------------


def test_locked_reason_names_the_file(write_policy: WritePolicy) -> None:
    path = write_policy(
        {"enforced": {"default_service": "exchange"}, "recommended": {"sync_version": 1}}
    )
    eff = EffectiveSettings(load_policy(path))
    locked = eff.setting("default_service")
    assert locked.locked is True
    assert locked.reason == f"Set by your administrator in {path}"
    recommended = eff.setting("sync_version")
    assert recommended.locked is False
    assert str(path) in recommended.reason and "you may change it" in recommended.reason


def test_reasons_for_user_and_default_values() -> None:
    eff = make(user={"sync_version": 1})
    assert eff.setting("sync_version").reason == "Set by you"
    assert eff.setting("integration_enabled").reason == "Default"


def test_reason_without_a_file() -> None:
    eff = make(enforced={"sync_version": 1}, path=None)
    assert eff.setting("sync_version").reason == "Set by your administrator"


def test_check_user_change_on_enforced_setting_raises_policy_locked() -> None:
    eff = make(enforced={"default_service": "microsoft365"})
    with pytest.raises(PolicyLocked) as info:
        eff.check_user_change("default_service", "google")
    message = str(info.value)
    assert "default_service" in message and str(POLICY_FILE) in message
    assert info.value.name == "default_service"
    # Even the same value: the setting is simply not the person's to change.
    with pytest.raises(PolicyLocked):
        eff.check_user_change("default_service", "microsoft365")


def test_check_user_change_validates_and_normalises() -> None:
    eff = make(recommended={"allowed_domains": ["corp.example"]})
    assert eff.check_user_change("allowed_domains", ["Corp.Example", "corp.example"]) == (
        "corp.example",
    )
    assert eff.check_user_change("sync_version", 1) == 1
    with pytest.raises(ValueError, match="must be the number 1 or 2"):
        eff.check_user_change("sync_version", "1")
    with pytest.raises(ValueError, match="unknown setting"):
        eff.check_user_change("colour", "blue")


def test_unknown_setting_name_in_queries() -> None:
    eff = make()
    with pytest.raises(KeyError, match="unknown setting"):
        eff.value("colour")
    with pytest.raises(KeyError):
        eff.is_locked("colour")


def test_resolved_lists_every_setting_in_table_order() -> None:
    eff = make(enforced={"integration_enabled": False}, recommended={"sync_version": 1})
    resolved = eff.resolved()
    assert [item.name for item in resolved] == list(SETTINGS)
    first = resolved[0]
    assert (first.value, first.source, first.locked) == (False, Source.ENFORCED, True)


def test_as_json_shape_and_serialisable() -> None:
    eff = make(
        enforced={"allowed_permissions": ["calendar_read"], "default_service": "google"},
        recommended={"feature_gates": {"first_login_prompt": "0.2.0"}},
        user={"sync_version": 1, "bogus": 1},
    )
    data = eff.as_json()
    assert json.loads(json.dumps(data)) == data
    assert data["path"] == str(POLICY_FILE)
    assert data["found"] is True
    assert data["problems"] == ['your settings: unknown setting "bogus"; ignored']
    settings_json = data["settings"]
    assert isinstance(settings_json, dict)
    assert list(settings_json) == list(SETTINGS)
    assert settings_json["allowed_permissions"] == {
        "value": ["calendar_read"],
        "source": "enforced",
        "locked": True,
        "reason": f"Set by your administrator in {POLICY_FILE}",
    }
    assert settings_json["default_service"]["value"] == "google"
    assert settings_json["sync_version"]["source"] == "user"
    assert settings_json["feature_gates"]["value"] == {"first_login_prompt": "0.2.0"}
    assert settings_json["allowed_domains"]["value"] == []


def test_as_json_without_a_path() -> None:
    assert EffectiveSettings(Policy()).as_json()["path"] is None


# --- domains ------------------------------------------------------------------------------


def test_any_domain_when_no_list() -> None:
    eff = make()
    assert eff.domain_allowed("someone@anything.example")
    assert eff.domain_allowed("not an address")


@pytest.mark.parametrize(
    ("email", "allowed"),
    [
        ("ann@example.com", True),
        ("Ann@EXAMPLE.COM", True),  # case-insensitive
        ("  ann@Example.com  ", True),
        ("ann@example.com.", True),
        ("ann@sub.example.com", False),  # a subdomain is another domain...
        ("ann@listed.sub.example.org", True),  # ...unless listed itself
        ("ann@sub.example.org", False),
        ("ann@example.org", True),
        ("ann@notexample.com", False),
        ("ann@example.com.evil.test", False),
        ('"ann@example.com"@evil.test', False),  # the last @ decides
        ("example.com", False),
        ("@example.com", False),
        ("ann@", False),
        ("", False),
        ("ann@exa mple.com", False),
        ("ann@bücher.de", True),  # IDN matches its xn-- form
    ],
)
def test_domain_allowed(email: str, allowed: bool) -> None:
    eff = make(
        enforced={
            "allowed_domains": ["Example.com", "example.org", "listed.sub.example.org", "bücher.de"]
        }
    )
    assert eff.domain_allowed(email) is allowed


# --- permissions --------------------------------------------------------------------------


def test_cap_permissions() -> None:
    eff = make(enforced={"allowed_permissions": ["calendar_read", "contacts_read"]})
    wanted = [Permission.CALENDAR_READ, Permission.CALENDAR_WRITE, Permission.CONTACTS_WRITE]
    assert eff.cap_permissions(wanted) == frozenset({Permission.CALENDAR_READ})
    assert eff.cap_permissions([]) == frozenset()
    assert eff.allowed_permissions() == {Permission.CALENDAR_READ, Permission.CONTACTS_READ}


def test_cap_permissions_all_allowed_by_default() -> None:
    assert make().cap_permissions(Permission) == frozenset(Permission)


def test_empty_permission_list_allows_nothing() -> None:
    assert make(enforced={"allowed_permissions": []}).cap_permissions(Permission) == frozenset()


# --- never raises for any mix of values ---------------------------------------------------

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=12), children, max_size=3)
    ),
    max_leaves=10,
)
layers = st.dictionaries(st.sampled_from([*SETTINGS, "bogus"]), values, max_size=5)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(enforced=layers, recommended=layers, user=layers)
def test_any_layers_resolve_to_valid_values(
    enforced: dict[str, object], recommended: dict[str, object], user: dict[str, object]
) -> None:
    eff = make(enforced, recommended, user)
    for item in eff.resolved():
        assert SETTINGS[item.name].validate(item.value) == item.value
    json.dumps(eff.as_json())
    eff.allowed_permissions(), eff.allowed_domains(), eff.feature_gates()
