"""Version gates and the first-login prompt decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.policy.specs import FEATURE_GATES, FirstLoginPrompt
from desktop.policy.versions import parse_version

if TYPE_CHECKING:
    from desktop.policy.effective import EffectiveSettings

FIRST_LOGIN_FEATURE = "first_login_prompt"


@dataclass(frozen=True)
class GateDecision:
    allowed: bool
    required_version: str
    reason: str


def gate_check(feature: str, client_version: str, settings: EffectiveSettings) -> GateDecision:
    """Whether this client is new enough for `feature`, given the built-in and policy minimums.

    Raises KeyError for a feature missing from FEATURE_GATES (a typo in our code,
    not a policy problem). An invalid client version fails closed.
    """
    if feature not in FEATURE_GATES:
        known = ", ".join(sorted(FEATURE_GATES))
        raise KeyError(f"{feature!r} is not a gated feature (known: {known})")
    builtin = parse_version(FEATURE_GATES[feature])
    required = builtin
    origin = "built-in minimum"
    note = ""
    asked = settings.feature_gates().get(feature)
    if asked is not None:
        resolved = settings.setting("feature_gates")
        try:
            wanted = parse_version(asked)
        except ValueError:  # already validated; kept so a gate never crashes the caller
            wanted = builtin
        if wanted > builtin:
            required = wanted
            origin = f"raised from {builtin}; {resolved.reason}"
        elif wanted < builtin:
            # Never lower: an old policy must not enable a feature on a client too old for it.
            note = f"; the policy asks for {asked}, but a policy can only raise the minimum"
    try:
        client = parse_version(client_version, allow_suffix=True)
    except ValueError as exc:
        return GateDecision(False, str(required), f"{feature} is off: client version {exc}")
    if client >= required:
        reason = f"{feature} needs client {required} or later ({origin}); this is {client}{note}"
        return GateDecision(True, str(required), reason)
    reason = f"{feature} is off: it needs client {required} or later ({origin}); this is {client}"
    return GateDecision(False, str(required), reason + note)


def should_prompt_first_login(
    settings: EffectiveSettings,
    *,
    integration_done: bool,
    prompted_before: bool,
    client_version: str,
) -> tuple[bool, str]:
    """Whether to offer integration at sign-in, and why (the caller logs the reason)."""
    if not settings.integration_enabled():
        return False, f"integration is disabled ({settings.setting('integration_enabled').reason})"
    if integration_done:
        return False, "integration is already set up"
    mode = settings.first_login_prompt()
    mode_reason = settings.setting("first_login_prompt").reason
    if mode is FirstLoginPrompt.NEVER:
        return False, f"first-login prompt is set to never ({mode_reason})"
    if mode is FirstLoginPrompt.FIRST_SIGN_IN and prompted_before:
        return False, f"already prompted once and the prompt is first_sign_in only ({mode_reason})"
    gate = gate_check(FIRST_LOGIN_FEATURE, client_version, settings)
    if not gate.allowed:
        return False, gate.reason
    return True, f"integration is not set up and the prompt is {mode} ({mode_reason})"
