"""Feature gates and the first-login prompt decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.policy import (
    FEATURE_GATES,
    EffectiveSettings,
    GateDecision,
    Policy,
    gate_check,
    should_prompt_first_login,
)

POLICY_FILE = Path("/etc/xdg/meetdesk/policy.json")


def make(
    enforced: dict[str, object] | None = None,
    recommended: dict[str, object] | None = None,
    user: dict[str, object] | None = None,
) -> EffectiveSettings:
    policy = Policy(enforced=enforced or {}, recommended=recommended or {}, path=POLICY_FILE)
    return EffectiveSettings(policy, user)


def gates(version: str) -> dict[str, object]:
    return {"feature_gates": {"first_login_prompt": version}}


# --- gate_check ---------------------------------------------------------------------------


def test_gate_table_has_the_first_login_prompt() -> None:
    assert FEATURE_GATES["first_login_prompt"] == "0.1.0"


def test_builtin_gate() -> None:
    decision = gate_check("first_login_prompt", "0.1.0", make())
    assert decision == GateDecision(True, "0.1.0", decision.reason)
    assert "built-in minimum" in decision.reason


def test_builtin_gate_blocks_older_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(FEATURE_GATES, "first_login_prompt", "0.5.0")
    decision = gate_check("first_login_prompt", "0.4.9", make())
    assert not decision.allowed
    assert decision.required_version == "0.5.0"
    assert "needs client 0.5.0 or later" in decision.reason and "0.4.9" in decision.reason


@pytest.mark.parametrize("layer", ["enforced", "recommended"])
def test_policy_raises_the_gate(layer: str) -> None:
    eff = make(**{layer: gates("0.3.0")})
    blocked = gate_check("first_login_prompt", "0.2.9", eff)
    assert not blocked.allowed
    assert blocked.required_version == "0.3.0"
    assert str(POLICY_FILE) in blocked.reason and "raised from 0.1.0" in blocked.reason
    assert gate_check("first_login_prompt", "0.3.0", eff).allowed
    assert gate_check("first_login_prompt", "0.10.0", eff).allowed  # numeric comparison


def test_policy_never_lowers_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(FEATURE_GATES, "first_login_prompt", "0.5.0")
    eff = make(enforced=gates("0.1.0"))
    decision = gate_check("first_login_prompt", "0.4.0", eff)
    assert not decision.allowed
    assert decision.required_version == "0.5.0"
    assert "can only raise" in decision.reason
    assert gate_check("first_login_prompt", "0.5.0", eff).allowed


def test_enforced_gate_beats_user_and_recommended() -> None:
    eff = make(enforced=gates("1.0.0"), recommended=gates("0.2.0"), user=gates("0.1.0"))
    assert gate_check("first_login_prompt", "0.9.0", eff).required_version == "1.0.0"


def test_invalid_gate_in_policy_is_dropped_not_fatal() -> None:
    eff = make(enforced=gates("soon"))
    assert any("not a valid version" in problem for problem in eff.problems)
    assert gate_check("first_login_prompt", "0.1.0", eff).allowed


@pytest.mark.parametrize("client", ["0.2.0rc1", "0.2.0-dev", "0.2.0.dev0"])
def test_pre_release_does_not_meet_its_release(client: str) -> None:
    assert not gate_check("first_login_prompt", client, make(enforced=gates("0.2.0"))).allowed


def test_build_metadata_is_ignored() -> None:
    assert gate_check("first_login_prompt", "0.2.0+g1234", make(enforced=gates("0.2.0"))).allowed


@pytest.mark.parametrize("client", ["", "dev", "latest", "0..1"])
def test_invalid_client_version_fails_closed(client: str) -> None:
    decision = gate_check("first_login_prompt", client, make())
    assert not decision.allowed
    assert "not a valid version" in decision.reason


def test_unknown_feature_is_a_programming_error() -> None:
    with pytest.raises(KeyError, match="not a gated feature"):
        gate_check("first_login_promt", "1.0.0", make())


# --- should_prompt_first_login ------------------------------------------------------------


def decide(
    eff: EffectiveSettings,
    *,
    done: bool = False,
    prompted: bool = False,
    client: str = "0.1.0",
) -> tuple[bool, str]:
    return should_prompt_first_login(
        eff, integration_done=done, prompted_before=prompted, client_version=client
    )


@pytest.mark.parametrize(
    ("mode", "prompted", "expected"),
    [
        ("first_sign_in", False, True),
        ("first_sign_in", True, False),
        ("every_sign_in", False, True),
        ("every_sign_in", True, True),  # every start until done
        ("never", False, False),
        ("never", True, False),
    ],
)
def test_prompt_per_mode(mode: str, prompted: bool, expected: bool) -> None:
    eff = make(enforced={"first_login_prompt": mode})
    prompt, reason = decide(eff, prompted=prompted)
    assert prompt is expected
    assert reason


@pytest.mark.parametrize("mode", ["first_sign_in", "every_sign_in", "never"])
def test_no_prompt_once_integrated(mode: str) -> None:
    prompt, reason = decide(make(recommended={"first_login_prompt": mode}), done=True)
    assert not prompt
    assert "already set up" in reason


def test_no_prompt_when_integration_disabled() -> None:
    eff = make(enforced={"integration_enabled": False, "first_login_prompt": "every_sign_in"})
    prompt, reason = decide(eff)
    assert not prompt
    assert "integration is disabled" in reason and str(POLICY_FILE) in reason


def test_default_mode_is_first_sign_in() -> None:
    assert decide(make())[0] is True
    assert decide(make(), prompted=True)[0] is False


def test_user_may_change_a_recommended_mode() -> None:
    eff = make(
        recommended={"first_login_prompt": "every_sign_in"}, user={"first_login_prompt": "never"}
    )
    prompt, reason = decide(eff)
    assert not prompt
    assert "never" in reason


def test_never_reason_mentions_the_policy() -> None:
    prompt, reason = decide(make(enforced={"first_login_prompt": "never"}))
    assert not prompt
    assert "never" in reason and str(POLICY_FILE) in reason


def test_gate_blocks_the_prompt() -> None:
    eff = make(enforced={"first_login_prompt": "every_sign_in", **gates("0.2.0")})
    prompt, reason = decide(eff, client="0.1.5")
    assert not prompt
    assert "needs client 0.2.0 or later" in reason
    assert decide(eff, client="0.2.0")[0] is True


def test_invalid_client_version_does_not_prompt() -> None:
    prompt, reason = decide(make(), client="unknown")
    assert not prompt
    assert "not a valid version" in reason
