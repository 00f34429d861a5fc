"""The settings table and its validators."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import Permission, ServiceKind
from desktop.policy import FEATURE_GATES, SETTINGS, FirstLoginPrompt, normalise_domain

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=20), children, max_size=5)
    ),
    max_leaves=20,
)


def test_table_is_consistent() -> None:
    assert list(SETTINGS) == [
        "integration_enabled",
        "default_service",
        "allowed_permissions",
        "allowed_domains",
        "sync_version",
        "first_login_prompt",
        "delegates_see_private",
        "start_at_login",
        "microsoft_client_id",
        "microsoft_authority",
        "microsoft_graph_url",
        "microsoft_configured_by",
        "microsoft_certificate",
        "feature_gates",
    ]
    for name, spec in SETTINGS.items():
        assert spec.name == name
        assert spec.description.strip()
        # A default must be a valid, already-normalised value.
        assert spec.validate(spec.default) == spec.default


def test_documented_defaults() -> None:
    assert SETTINGS["integration_enabled"].default is True
    assert SETTINGS["default_service"].default == "local"
    assert set(SETTINGS["allowed_permissions"].default) == set(Permission)  # type: ignore[call-overload]
    assert SETTINGS["allowed_domains"].default == ()
    assert SETTINGS["sync_version"].default == 2
    assert SETTINGS["first_login_prompt"].default == "first_sign_in"
    assert SETTINGS["delegates_see_private"].default is False
    assert SETTINGS["feature_gates"].default == {}


def validate(name: str, value: object) -> object:
    return SETTINGS[name].validate(value)


@pytest.mark.parametrize("name", ["integration_enabled", "delegates_see_private"])
@pytest.mark.parametrize("value", [1, 0, "true", "false", None, [], {}])
def test_bools_are_strict(name: str, value: object) -> None:
    with pytest.raises(ValueError, match="must be true or false"):
        validate(name, value)


@pytest.mark.parametrize("kind", list(ServiceKind))
def test_default_service_accepts_each_kind(kind: ServiceKind) -> None:
    result = validate("default_service", kind.value)
    assert result is kind


def test_default_service_rejects_other_values() -> None:
    with pytest.raises(ValueError, match="must be one of local, caldav") as info:
        validate("default_service", "outlook")
    assert '"outlook"' in str(info.value)
    with pytest.raises(ValueError, match="lower-case"):
        validate("default_service", "Google")
    for bad in (None, 3, ["google"], {"google": True}):
        with pytest.raises(ValueError):
            validate("default_service", bad)


def test_permissions_deduplicated_in_canonical_order() -> None:
    value = ["contacts_read", "calendar_read", "contacts_read", "calendar_read"]
    assert validate("allowed_permissions", value) == (
        Permission.CALENDAR_READ,
        Permission.CONTACTS_READ,
    )
    assert validate("allowed_permissions", []) == ()
    assert validate("allowed_permissions", frozenset({Permission.CALENDAR_WRITE})) == (
        Permission.CALENDAR_WRITE,
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["calendar_read", "calendar_delete"], 'unknown permission the text "calendar_delete"'),
        ("calendar_read", "must be a list of permissions"),
        ({"calendar_read": True}, "must be a list of permissions"),
        ([["calendar_read"]], "unknown permission a list"),
        ([None], "unknown permission null"),
    ],
)
def test_permissions_invalid(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        validate("allowed_permissions", value)


def test_domains_normalised_and_deduplicated() -> None:
    value = [" Example.COM ", "example.com", "sub.example.com", "example.com.", "Bücher.de"]
    assert validate("allowed_domains", value) == (
        "example.com",
        "sub.example.com",
        "xn--bcher-kva.de",
    )


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "localhost",
        "exa mple.com",
        "*.example.com",
        "user@example.com",
        "-example.com",
        "example-.com",
        "example..com",
        "1.2.3.4",
        "a" * 64 + ".com",
        "\ud800.com",
    ],
)
def test_invalid_domain_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="not a valid e-mail domain"):
        normalise_domain(bad)
    with pytest.raises(ValueError, match="not a valid e-mail domain"):
        validate("allowed_domains", ["good.example", bad])


def test_domain_with_at_sign_gets_a_hint() -> None:
    with pytest.raises(ValueError, match="without the @"):
        normalise_domain("@example.com")


def test_domains_must_be_a_list_of_text() -> None:
    with pytest.raises(ValueError, match="must be a list of e-mail domains"):
        validate("allowed_domains", "example.com")
    with pytest.raises(ValueError, match="expected a domain"):
        validate("allowed_domains", [42])


@pytest.mark.parametrize("good", [1, 2])
def test_sync_version_valid(good: int) -> None:
    assert validate("sync_version", good) == good


@pytest.mark.parametrize(
    ("bad", "shown"),
    [
        (3, "the number 3"),
        (0, "the number 0"),
        ("2", 'the text "2"'),
        (2.0, "the number 2.0"),
        (True, "true"),
        (None, "null"),
        ([2], "a list"),
        (10**400, "a very large number"),
    ],
)
def test_sync_version_invalid(bad: object, shown: str) -> None:
    with pytest.raises(ValueError, match="must be the number 1 or 2") as info:
        validate("sync_version", bad)
    assert shown in str(info.value)


@pytest.mark.parametrize("mode", list(FirstLoginPrompt))
def test_first_login_prompt_modes(mode: FirstLoginPrompt) -> None:
    assert validate("first_login_prompt", mode.value) is mode


@pytest.mark.parametrize("bad", ["always", "", "FIRST_SIGN_IN", 1, None])
def test_first_login_prompt_invalid(bad: object) -> None:
    with pytest.raises(ValueError, match="first_sign_in, every_sign_in, never"):
        validate("first_login_prompt", bad)


def test_feature_gates_valid() -> None:
    result = validate("feature_gates", {"first_login_prompt": " 0.3.0 "})
    assert result == {"first_login_prompt": "0.3.0"}
    assert isinstance(result, Mapping)
    with pytest.raises(TypeError):
        result["first_login_prompt"] = "9"  # read-only on purpose


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"teleport": "1.0"}, 'unknown feature "teleport"'),
        ({"first_login_prompt": "soon"}, "not a valid version"),
        ({"first_login_prompt": 1}, "must be text"),
        ({"first_login_prompt": "0.3.0rc1"}, "not a valid version"),
        (["first_login_prompt"], "must be an object"),
        ("0.3.0", "must be an object"),
    ],
)
def test_feature_gates_invalid(bad: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        validate("feature_gates", bad)


def test_feature_gates_follow_the_gate_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(FEATURE_GATES, "new_feature", "0.5.0")
    assert validate("feature_gates", {"new_feature": "1.0"}) == {"new_feature": "1.0"}


@pytest.mark.parametrize("name", list(SETTINGS))
@given(value=json_values)
def test_validators_only_raise_value_error_and_are_idempotent(name: str, value: object) -> None:
    spec = SETTINGS[name]
    try:
        normalised = spec.validate(value)
    except ValueError as exc:
        assert str(exc)
        return
    assert spec.validate(normalised) == normalised


@pytest.mark.parametrize(
    "value",
    ["http://login.example.com/t", "https://user:pw@login.example.com/t", "not a url", 7, ""],
)
def test_microsoft_addresses_must_be_https(value: object) -> None:
    with pytest.raises(ValueError):
        SETTINGS["microsoft_authority"].validate(value)


def test_microsoft_addresses_lose_their_trailing_slash() -> None:
    validate = SETTINGS["microsoft_graph_url"].validate
    assert validate(" https://graph.microsoft.us/ ") == "https://graph.microsoft.us"
