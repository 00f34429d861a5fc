"""Admin policy: what the administrator enforces or recommends, and what the app ends up using.

Pure Python (no Qt) so the CLI, the UI and the tests share one implementation.
A JSON file holds {"enforced": {...}, "recommended": {...}}; see specs.SETTINGS
for the settings and loader.load_policy for how problems are reported.
"""

from desktop.policy.effective import EffectiveSettings, PolicyLocked, ResolvedSetting, Source
from desktop.policy.gates import GateDecision, gate_check, should_prompt_first_login
from desktop.policy.loader import (
    MAX_POLICY_BYTES,
    POLICY_ENV_VAR,
    Policy,
    load_policy,
    policy_path,
)
from desktop.policy.specs import (
    FEATURE_GATES,
    SETTINGS,
    FirstLoginPrompt,
    SettingSpec,
    normalise_domain,
)
from desktop.policy.versions import Version, compare_versions, parse_version

__all__ = [
    "FEATURE_GATES",
    "MAX_POLICY_BYTES",
    "POLICY_ENV_VAR",
    "SETTINGS",
    "EffectiveSettings",
    "FirstLoginPrompt",
    "GateDecision",
    "Policy",
    "PolicyLocked",
    "ResolvedSetting",
    "SettingSpec",
    "Source",
    "Version",
    "compare_versions",
    "gate_check",
    "load_policy",
    "normalise_domain",
    "parse_version",
    "policy_path",
    "should_prompt_first_login",
]
