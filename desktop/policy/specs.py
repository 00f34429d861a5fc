"""The table of policy settings: one SettingSpec per setting.

To add a setting, write (or reuse) a validator and add one entry to SETTINGS.
A validator takes any object (from JSON or from the person's saved settings)
and returns the normalised value, or raises ValueError with a message meant
for a human (a desktop.i18n.Text, so the window can translate it). Validators
must be idempotent (validating a normalised value returns it unchanged) because
EffectiveSettings re-validates what it is given.
"""

from __future__ import annotations

import difflib
import enum
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeVar

from desktop.domain import Permission, ServiceKind
from desktop.i18n import Text, message_of
from desktop.policy.versions import parse_version

E = TypeVar("E", bound=enum.StrEnum)
T = TypeVar("T")


# Minimum client version each gated feature needs. A policy may raise an entry
# through the feature_gates setting, never lower it.
FEATURE_GATES: dict[str, str] = {
    "first_login_prompt": "0.1.0",
}


class FirstLoginPrompt(enum.StrEnum):
    FIRST_SIGN_IN = "first_sign_in"
    EVERY_SIGN_IN = "every_sign_in"
    NEVER = "never"


@dataclass(frozen=True)
class SettingSpec:
    name: str
    default: object
    description: str
    validate: Callable[[object], object]


# --- describing values in messages -------------------------------------------------------


def quote(text: str, limit: int = 60) -> str:
    """Quote text from a policy file safely for a message (escapes, no lone surrogates)."""
    short = text if len(text) <= limit else text[:limit] + "…"
    quoted = json.dumps(short, ensure_ascii=False)
    # Lone surrogates (from "\ud800" in JSON) would make printing the message fail later.
    return quoted.encode("utf-8", "backslashreplace").decode("utf-8")


def describe(value: object) -> str:
    """Name a value the way a policy author wrote it: true, null, the text "2", a list, ...

    JSON's own words (null, true, false) stay as written; the others are Texts.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return Text("the text {text}", text=quote(value))
    if isinstance(value, int):
        # repr() of a huge int raises ValueError (int max str digits); do not go there.
        if value.bit_length() <= 64:
            return Text("the number {number}", number=f"{value}")
        return Text("a very large number")
    if isinstance(value, float):
        return Text("the number {number}", number=repr(value))
    if isinstance(value, Mapping):
        return Text("an object")
    if isinstance(value, list | tuple | set | frozenset):
        return Text("a list")
    return Text("a value of type {type}", type=type(value).__name__)


# --- validators ---------------------------------------------------------------------------


def validate_bool(value: object) -> bool:
    # Strict: "yes", 1 or "true" are more likely mistakes than intent.
    if isinstance(value, bool):
        return value
    raise ValueError(Text("must be true or false, got {value}", value=describe(value)))


def choice(kind: type[E]) -> Callable[[object], E]:
    """A validator accepting exactly one of the enum's values."""
    allowed = ", ".join(member.value for member in kind)

    def validate(value: object) -> E:
        # isinstance first: `[] in {...}` would raise TypeError (unhashable).
        if isinstance(value, str):
            for member in kind:
                if value == member.value:
                    return member
            if value.strip().lower() in set(kind):
                raise ValueError(
                    Text(
                        "must be one of {allowed}; got {value} (values are lower-case)",
                        allowed=allowed,
                        value=describe(value),
                    )
                )
        raise ValueError(
            Text("must be one of {allowed}; got {value}", allowed=allowed, value=describe(value))
        )

    return validate


def _unique_list(
    value: object, item: Callable[[object], T], not_a_list: Callable[[str], Text]
) -> tuple[T, ...]:
    """Validate each item, drop duplicates (first one wins, order kept).

    not_a_list(described value) is the message when value is no list (a whole sentence per
    kind of list, for the translators).
    """
    if isinstance(value, set | frozenset):
        # Sets have no order; sort their text so the result is deterministic.
        value = sorted(value, key=str)
    if not isinstance(value, list | tuple):
        raise ValueError(not_a_list(describe(value)))
    seen: dict[T, None] = {}
    for raw in value:
        seen.setdefault(item(raw), None)
    return tuple(seen)


def validate_permissions(value: object) -> tuple[Permission, ...]:
    to_permission = choice(Permission)

    def item(raw: object) -> Permission:
        try:
            return to_permission(raw)
        except ValueError as exc:
            raise ValueError(
                Text(
                    "unknown permission {value}: {problem}",
                    value=describe(raw),
                    problem=message_of(exc),
                )
            ) from None

    def not_a_list(got: str) -> Text:
        return Text("must be a list of permissions, got {value}", value=got)

    found = set(_unique_list(value, item, not_a_list))
    # Declaration order, so equal sets give equal tuples.
    return tuple(p for p in Permission if p in found)


_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def normalise_domain(value: object) -> str:
    """Lower-case an e-mail domain (IDN to its xn-- form) or raise ValueError."""
    if not isinstance(value, str):
        raise ValueError(
            Text("expected a domain such as example.com, got {value}", value=describe(value))
        )
    domain = value.strip().lower()
    if domain.endswith("."):
        domain = domain[:-1]  # "example.com." is the same fully-qualified name
    problem = Text(
        "{domain} is not a valid e-mail domain (expected something like example.com)",
        domain=quote(value),
    )
    if domain.startswith("@"):
        raise ValueError(
            Text(
                "{domain} is not a valid e-mail domain (write it without the @)",
                domain=quote(value),
            )
        )
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:  # also covers lone surrogates
            raise ValueError(problem) from None
    labels = domain.split(".")
    if (
        len(domain) > 253
        or len(labels) < 2
        or labels[-1].isdigit()  # an IP address is not a domain
        or not all(_LABEL.fullmatch(label) for label in labels)
    ):
        raise ValueError(problem)
    return domain


def validate_domains(value: object) -> tuple[str, ...]:
    def not_a_list(got: str) -> Text:
        return Text("must be a list of e-mail domains, got {value}", value=got)

    return _unique_list(value, normalise_domain, not_a_list)


def validate_sync_version(value: object) -> int:
    # bool is an int subclass; true must not mean version 1.
    if isinstance(value, int) and not isinstance(value, bool) and value in (1, 2):
        return value
    raise ValueError(Text("must be the number 1 or 2, got {value}", value=describe(value)))


def choice_of(*allowed: str) -> Callable[[object], str]:
    def validate(value: object) -> str:
        if isinstance(value, str) and value in allowed:
            return value
        raise ValueError(
            Text(
                "must be one of {allowed}; got {value}",
                allowed=", ".join(allowed),
                value=describe(value),
            )
        )

    return validate


def validate_text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(Text("must be text, got {value}", value=describe(value)))
    text = value.strip()
    if len(text) > 200 or any(ord(c) < 32 for c in text):
        raise ValueError(Text("must be one short line of text, got {value}", value=describe(value)))
    return text


def validate_https_url(value: object) -> str:
    text = validate_text(value)
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.password:
        raise ValueError(Text("must be an https address, got {value}", value=describe(value)))
    return text.rstrip("/")


def validate_feature_gates(value: object) -> Mapping[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError(
            Text(
                "must be an object mapping feature names to versions, got {value}",
                value=describe(value),
            )
        )
    known = ", ".join(sorted(FEATURE_GATES))
    gates: dict[str, str] = {}
    for feature, version in value.items():
        if not isinstance(feature, str) or feature not in FEATURE_GATES:
            shown = quote(feature) if isinstance(feature, str) else describe(feature)
            raise ValueError(
                Text("unknown feature {feature} (known: {known})", feature=shown, known=known)
            )
        try:
            gates[feature] = str(parse_version(version))
        except ValueError as exc:
            raise ValueError(
                Text(
                    "feature {feature}: {problem}", feature=quote(feature), problem=message_of(exc)
                )
            ) from None
    # Read-only so a shared Policy cannot be changed by whoever reads it.
    return MappingProxyType(dict(sorted(gates.items())))


# --- the table ---------------------------------------------------------------------------


def _specs(*specs: SettingSpec) -> dict[str, SettingSpec]:
    return {spec.name: spec for spec in specs}


SETTINGS: dict[str, SettingSpec] = _specs(
    SettingSpec(
        "integration_enabled",
        True,
        "Calendar and contacts integration is available.",
        validate_bool,
    ),
    SettingSpec(
        "default_service",
        ServiceKind.LOCAL,
        "Calendar and contacts service used by default; when enforced, people must use it.",
        choice(ServiceKind),
    ),
    SettingSpec(
        "allowed_permissions",
        tuple(Permission),
        "Calendar and contacts permissions the app may use; people cannot go beyond them.",
        validate_permissions,
    ),
    SettingSpec(
        "allowed_domains",
        (),
        "Integration is limited to people whose e-mail domain is listed (empty: any domain).",
        validate_domains,
    ),
    SettingSpec(
        "sync_version",
        2,
        "Two-way sync: 1 = only meetings scheduled here, 30 days ahead; "
        "2 = all events, 6 months back to 18 months ahead.",
        validate_sync_version,
    ),
    SettingSpec(
        "first_login_prompt",
        FirstLoginPrompt.FIRST_SIGN_IN,
        "When to offer to set up integration: first_sign_in, every_sign_in (until done) or never.",
        choice(FirstLoginPrompt),
    ),
    SettingSpec(
        "delegates_see_private",
        False,
        "People you give scheduling privilege to may see your private events.",
        validate_bool,
    ),
    SettingSpec(
        "start_at_login",
        False,
        "Meetdesk starts at sign-in, in the tray (its reminders work from the start).",
        validate_bool,
    ),
    SettingSpec(
        "microsoft_client_id",
        "",
        "The Microsoft Entra app (client) ID Meetdesk signs in with.",
        validate_text,
    ),
    SettingSpec(
        "microsoft_authority",
        "https://login.microsoftonline.com/organizations",
        "Microsoft sign-in address with the tenant (national clouds have their own).",
        validate_https_url,
    ),
    SettingSpec(
        "microsoft_graph_url",
        "https://graph.microsoft.com",
        "Microsoft Graph address (national clouds have their own).",
        validate_https_url,
    ),
    SettingSpec(
        "microsoft_configured_by",
        "user",
        "Who connects Microsoft 365: user (each person signs in) or admin (application "
        "permissions with the certificate below; nobody signs in).",
        choice_of("user", "admin"),
    ),
    SettingSpec(
        "microsoft_certificate",
        "",
        "Admin mode: path of the PEM file with the app's private key and certificate.",
        validate_text,
    ),
    SettingSpec(
        "feature_gates",
        MappingProxyType({}),
        "Minimum client version per gated feature; a policy can raise the built-in "
        "minimum, never lower it.",
        validate_feature_gates,
    ),
)


def close_match(name: str, candidates: Iterable[str]) -> str | None:
    """The likely meant candidate, quoted ('"x"'), for a typo; None when nothing is close.

    Messages say it as "... (did you mean "x"?) ...", each in a whole sentence of its own.
    """
    options = list(candidates)
    lowered = {option.lower(): option for option in options}
    if name.lower() in lowered:
        return quote(lowered[name.lower()])
    matches = difflib.get_close_matches(name, options, n=1, cutoff=0.75)
    return quote(matches[0]) if matches else None
