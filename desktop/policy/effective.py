"""The settings the app actually uses: policy and the person's choices combined.

Precedence, per setting: enforced > user value > recommended > default.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from desktop.domain import Permission, ServiceKind
from desktop.i18n import Text, message_of
from desktop.policy.loader import Policy
from desktop.policy.specs import SETTINGS, FirstLoginPrompt, normalise_domain, quote

T = TypeVar("T")


class Source(enum.StrEnum):
    ENFORCED = "enforced"
    RECOMMENDED = "recommended"
    USER = "user"
    DEFAULT = "default"


@dataclass(frozen=True)
class ResolvedSetting:
    name: str
    value: object
    source: Source
    locked: bool
    reason: str


class PolicyLocked(Exception):
    """A person tried to change a setting the administrator enforces.

    message: the whole sentence to show (EffectiveSettings gives a translatable one); by
    default it is made from the reason.
    """

    def __init__(self, name: str, reason: str, message: str | None = None) -> None:
        if message is None:
            message = Text(
                "{name} cannot be changed: {reason}",
                name=name,
                reason=f"{reason[:1].lower()}{reason[1:]}",
            )
        super().__init__(message)
        self.name = name
        self.reason = reason


def _jsonable(value: object) -> object:
    """Turn normalised values (enums, tuples, read-only mappings) into plain JSON types."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, set | frozenset):
        return sorted((_jsonable(item) for item in value), key=str)
    return value


class EffectiveSettings:
    """Resolves every known setting once; cheap to rebuild when something changes."""

    def __init__(self, policy: Policy, user_values: Mapping[str, object] | None = None) -> None:
        self.policy = policy
        self._extra_problems: list[str] = []
        self._enforced_reason: str
        self._recommended_reason: str
        if policy.path is not None:
            where = f"{policy.path}"
            self._enforced_reason = Text("Set by your administrator in {path}", path=where)
            self._recommended_reason = Text(
                "Recommended by your administrator in {path}; you may change it", path=where
            )
        else:
            self._enforced_reason = Text("Set by your administrator")
            self._recommended_reason = Text("Recommended by your administrator; you may change it")
        enforced = self._checked(policy.enforced, Text("enforced policy"))
        recommended = self._checked(policy.recommended, Text("recommended policy"))
        users = self._checked(user_values or {}, Text("your settings"))
        self._resolved: dict[str, ResolvedSetting] = {}
        for name, spec in SETTINGS.items():
            if name in enforced:
                resolved = ResolvedSetting(
                    name, enforced[name], Source.ENFORCED, True, self._enforced_reason
                )
            elif name in users:
                resolved = ResolvedSetting(
                    name, users[name], Source.USER, False, Text("Set by you")
                )
            elif name in recommended:
                resolved = ResolvedSetting(
                    name, recommended[name], Source.RECOMMENDED, False, self._recommended_reason
                )
            else:
                resolved = ResolvedSetting(
                    name, spec.default, Source.DEFAULT, False, Text("Default")
                )
            self._resolved[name] = resolved

    def _checked(self, values: Mapping[str, object], origin: Text) -> dict[str, object]:
        """Re-validate (a Policy may be built in code, user values come from disk)."""
        good: dict[str, object] = {}
        for name, value in values.items():
            spec = SETTINGS.get(name)
            if spec is None:
                self._extra_problems.append(
                    Text(
                        "{origin}: unknown setting {name}; ignored", origin=origin, name=quote(name)
                    )
                )
                continue
            try:
                good[name] = spec.validate(value)
            except ValueError as exc:
                # An invalid saved value falls back to the next source instead of crashing.
                self._extra_problems.append(
                    Text(
                        "{origin}: setting {name}: {problem}; ignored",
                        origin=origin,
                        name=quote(name),
                        problem=message_of(exc),
                    )
                )
        return good

    # --- generic access --------------------------------------------------------------------

    @property
    def problems(self) -> tuple[str, ...]:
        """Policy file problems, then problems with values given in code or saved by the person."""
        return self.policy.problems + tuple(self._extra_problems)

    def setting(self, name: str) -> ResolvedSetting:
        try:
            return self._resolved[name]
        except KeyError:
            raise KeyError(f"unknown setting {name!r}") from None

    def value(self, name: str) -> object:
        return self.setting(name).value

    def source(self, name: str) -> Source:
        return self.setting(name).source

    def is_locked(self, name: str) -> bool:
        return self.setting(name).locked

    def resolved(self) -> list[ResolvedSetting]:
        """Every known setting in table order (for `meetdesk policy show`, the settings page)."""
        return list(self._resolved.values())

    def check_user_change(self, name: str, value: object) -> object:
        """Validate a change the person wants; returns the normalised value to save.

        Raises PolicyLocked when the setting is enforced, ValueError when the
        setting is unknown or the value invalid.
        """
        spec = SETTINGS.get(name)
        if spec is None:
            raise ValueError(Text("unknown setting {name}", name=quote(name)))
        resolved = self._resolved[name]
        if resolved.locked:
            raise PolicyLocked(name, resolved.reason, self._locked_message(name))
        return spec.validate(value)

    def _locked_message(self, name: str) -> Text:
        """Why `name` cannot be changed, in one sentence (the reason's words, lower-case)."""
        if self.policy.path is not None:
            return Text(
                "{name} cannot be changed: set by your administrator in {path}",
                name=name,
                path=f"{self.policy.path}",
            )
        return Text("{name} cannot be changed: set by your administrator", name=name)

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.policy.path) if self.policy.path is not None else None,
            "found": self.policy.found,
            "problems": list(self.problems),
            "settings": {
                item.name: {
                    "value": _jsonable(item.value),
                    "source": item.source.value,
                    "locked": item.locked,
                    "reason": item.reason,
                }
                for item in self._resolved.values()
            },
        }

    # --- typed helpers (validators guarantee the types; the checks guard the invariant) ----

    def _typed(self, name: str, kind: type[T]) -> T:
        value = self.value(name)
        if not isinstance(value, kind):
            raise TypeError(f"{name} should be {kind.__name__}, is {type(value).__name__}")
        return value

    def integration_enabled(self) -> bool:
        return self._typed("integration_enabled", bool)

    def default_service(self) -> ServiceKind:
        return self._typed("default_service", ServiceKind)

    def allowed_permissions(self) -> frozenset[Permission]:
        return frozenset(Permission(p) for p in self._typed("allowed_permissions", tuple))

    def allowed_domains(self) -> tuple[str, ...]:
        return tuple(str(d) for d in self._typed("allowed_domains", tuple))

    def sync_version(self) -> int:
        return self._typed("sync_version", int)

    def first_login_prompt(self) -> FirstLoginPrompt:
        return self._typed("first_login_prompt", FirstLoginPrompt)

    def delegates_see_private(self) -> bool:
        return self._typed("delegates_see_private", bool)

    def feature_gates(self) -> Mapping[str, str]:
        gates = self.value("feature_gates")
        if not isinstance(gates, Mapping):
            raise TypeError(f"feature_gates should be a mapping, is {type(gates).__name__}")
        return {str(k): str(v) for k, v in gates.items()}

    # --- decisions ---------------------------------------------------------------------------

    def domain_allowed(self, email: str) -> bool:
        """Exact domain match, case-insensitive; a subdomain counts only if listed itself."""
        allowed = self.allowed_domains()
        if not allowed:
            return True  # no list: any domain
        local, at, domain = email.strip().rpartition("@")
        if not at or not local:
            return False
        try:
            return normalise_domain(domain) in allowed
        except ValueError:
            return False

    def cap_permissions(self, wanted: Iterable[Permission]) -> frozenset[Permission]:
        """The wanted permissions the policy allows (never more)."""
        return frozenset(wanted) & self.allowed_permissions()
