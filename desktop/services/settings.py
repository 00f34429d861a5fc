"""The person's settings, merged with the admin policy.

Settings the policy knows (integration_enabled, default_service, ...) are resolved through
EffectiveSettings, so an enforced value always wins. App settings the policy does not know
(meeting link, invitation template, identity) are plain values in the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.conferencing import DEFAULT_TEMPLATE, CustomPattern, is_safe_web_url
from desktop.domain import Account, Permission
from desktop.i18n import Text, localized, message_of
from desktop.policy import SETTINGS as POLICY_SETTINGS
from desktop.policy import EffectiveSettings, Policy
from desktop.services.errors import ValidationError
from desktop.services.notifications import Notifier, Topic
from desktop.store import Store

MEETING_LINK_JITSI = "jitsi"
MEETING_LINK_PERSONAL = "personal"
MEETING_LINK_ZOOM = "zoom"  # a Zoom meeting through Zoom's API, made when scheduling


@dataclass(frozen=True, slots=True)
class AppSetting:
    name: str
    default: object
    description: str


APP_SETTINGS: dict[str, AppSetting] = {
    s.name: s
    for s in (
        AppSetting("my_name", "", "Your name, shown as host of the meetings you schedule"),
        AppSetting("my_email", "", "Your e-mail address, used to tell your meetings apart"),
        AppSetting(
            "meeting_link_mode",
            MEETING_LINK_JITSI,
            "Where new meetings get their join link: a new Jitsi room or your personal room",
        ),
        AppSetting("personal_link", "", "Your personal meeting room link"),
        AppSetting("invitation_template", DEFAULT_TEMPLATE, "Invitation text for new meetings"),
        AppSetting("first_login_prompted", False, "Whether the set-up prompt was shown"),
        AppSetting("integration_set_up", False, "Whether the person set up the integration"),
        AppSetting("language", "", "Language of the interface (empty: follow the system)"),
        AppSetting("reminder_minutes", 1, "Minutes before a meeting its reminder shows (0: none)"),
        AppSetting(
            "join_in_app",
            False,
            "Join through the service's desktop app (zoommtg:, msteams:) when it has one",
        ),
        AppSetting(
            "zoom_defaults",
            {},
            "Zoom meeting options for new Zoom meetings (watermark, recording, ...)",
        ),
        AppSetting("zoom_signed_in", False, "Whether a Zoom sign-in is kept in the keyring"),
        AppSetting("zoom_client_id", "", "The Zoom app (client) ID Meetdesk signs in with"),
        AppSetting("zoom_oauth_url", "https://zoom.us", "Zoom's sign-in address"),
        AppSetting("zoom_api_url", "https://api.zoom.us/v2", "Zoom's API address"),
        AppSetting("tray_hint_shown", False, "Whether 'Meetdesk keeps running' was said"),
        AppSetting(
            "auto_link_category",
            "",
            "A category that asks Meetdesk to add a meeting link (besides location Meetdesk)",
        ),
        AppSetting(
            "custom_link_patterns",
            [],
            "Your own join-link patterns: [name, regular expression] pairs",
        ),
    )
}

MAX_REMINDER_MINUTES = 24 * 60
MAX_CUSTOM_PATTERNS = 50


class SettingsService:
    def __init__(self, store: Store, policy: Policy, notifier: Notifier) -> None:
        self._store = store
        self.policy = policy
        self._notifier = notifier
        self._effective: EffectiveSettings | None = None
        self._patterns: tuple[CustomPattern, ...] | None = None

    def effective(self) -> EffectiveSettings:
        # Cached: the policy is fixed for the process and user values change only via set().
        if self._effective is None:
            user = {
                name: value
                for name, value in self._store.all_settings().items()
                if name in POLICY_SETTINGS
            }
            self._effective = EffectiveSettings(self.policy, user)
        return self._effective

    def granted(self, account: Account) -> frozenset[Permission]:
        """What an account may do: what the person chose, capped by the admin policy."""
        return account.permissions & self.effective().allowed_permissions()

    def get(self, name: str) -> object:
        if name in POLICY_SETTINGS:
            return self.effective().value(name)
        if name not in APP_SETTINGS:
            raise KeyError(name)
        default = APP_SETTINGS[name].default
        value = self._store.get_setting(name, default)
        # The built-in text saved as it is stays the built-in one (translatable) for good.
        return default if isinstance(default, Text) and value == default else value

    def get_str(self, name: str) -> str:
        value = self.get(name)
        # A built-in default may be a desktop.i18n.Text: kept so the interface can translate it.
        return value if isinstance(value, str) else str(value or "")

    def set(self, name: str, value: object) -> None:
        """Change a setting; enforced policy settings raise PolicyLocked."""
        if name in POLICY_SETTINGS:
            value = self.effective().check_user_change(name, value)
        elif name not in APP_SETTINGS:
            raise ValidationError({name: Text("Unknown setting '{name}'.", name=name)})
        else:
            value = _check_app_setting(name, value)
            default = APP_SETTINGS[name].default
            if isinstance(default, Text) and value == localized(default):
                value = str(default)  # the built-in text as shown in this language
        self._store.set_setting(name, value)
        self._effective = None
        self._patterns = None
        self._notifier.emit(Topic.SETTINGS)

    def custom_patterns(self) -> tuple[CustomPattern, ...]:
        """The person's own link patterns, compiled once per change."""
        if self._patterns is None:
            raw = self.get("custom_link_patterns")
            patterns: list[CustomPattern] = []
            for item in raw if isinstance(raw, list) else []:
                try:
                    patterns.append(CustomPattern(str(item[0]), str(item[1])))
                except (ValueError, IndexError, TypeError):
                    continue  # checked when saved; a damaged entry is skipped, not fatal
            self._patterns = tuple(patterns)
        return self._patterns


MAX_TEMPLATE_CHARS = 20_000


def _check_app_setting(name: str, value: object) -> object:
    """The same checks for the GUI and the command line; raises ValidationError."""
    # Imported here: services.meetings imports this module.
    from desktop.services.meetings import is_valid_email

    if name == "meeting_link_mode" and value not in (
        MEETING_LINK_JITSI,
        MEETING_LINK_PERSONAL,
        MEETING_LINK_ZOOM,
    ):
        raise ValidationError({name: Text("Choose a Jitsi room, your personal room link or Zoom.")})
    if name == "personal_link":
        text = str(value or "").strip()
        if text and not (text.startswith("https://") and is_safe_web_url(text)):
            raise ValidationError({name: Text("Enter a link that starts with https://.")})
        return text
    if name == "reminder_minutes":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError({name: Text("Enter a number of minutes.")})
        if not 0 <= value <= MAX_REMINDER_MINUTES:
            raise ValidationError(
                {name: Text("Choose between 0 (no reminders) and 1,440 minutes.")}
            )
        return value
    if name == "join_in_app":
        if not isinstance(value, bool):
            raise ValidationError({name: Text("Choose yes or no.")})
        return value
    if name == "custom_link_patterns":
        return _check_patterns(value)
    if name == "zoom_defaults":
        return check_zoom_defaults(value)
    if name == "my_email":
        text = str(value or "").strip()
        if text and not is_valid_email(text):
            raise ValidationError({name: Text("Not an e-mail address: {address}", address=text)})
        return text
    if name == "my_name":
        text = " ".join(str(value or "").split())
        if len(text) > 200:
            raise ValidationError(
                {name: Text("The name is too long (at most {limit} characters).", limit=200)}
            )
        return text
    if name == "invitation_template":
        text = str(value or "")
        if len(text) > MAX_TEMPLATE_CHARS:
            raise ValidationError({name: Text("The invitation template is too long.")})
        return text
    return value


def _check_patterns(value: object) -> list[list[str]]:
    """[[name, regex], ...]: every regex must compile safely (CustomPattern checks it)."""
    if not isinstance(value, list | tuple):
        raise ValidationError(
            {"custom_link_patterns": Text("Give a list of name and pattern pairs.")}
        )
    if len(value) > MAX_CUSTOM_PATTERNS:
        raise ValidationError(
            {
                "custom_link_patterns": Text(
                    "At most {limit} patterns, please.", limit=MAX_CUSTOM_PATTERNS
                )
            }
        )
    checked: list[list[str]] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, list | tuple) or len(item) != 2:
            raise ValidationError(
                {
                    "custom_link_patterns": Text(
                        "Pattern {number}: give a name and a pattern.", number=number
                    )
                }
            )
        name, regex = (" ".join(str(item[0]).split()), str(item[1]).strip())
        if not name or not regex:
            raise ValidationError(
                {
                    "custom_link_patterns": Text(
                        "Pattern {number}: give a name and a pattern.", number=number
                    )
                }
            )
        try:
            CustomPattern(name, regex)
        except ValueError as exc:
            raise ValidationError(
                {
                    "custom_link_patterns": Text(
                        "{name}: {reason}", name=name, reason=message_of(exc)
                    )
                }
            ) from None
        checked.append([name, regex])
    return checked


# The Zoom options a person sets once for all their Zoom meetings, with what each accepts.
ZOOM_OPTION_CHOICES: dict[str, tuple[object, ...]] = {
    "watermark": (False, True),
    "use_pmi": (False, True),
    "approval_type": (2, 0, 1),  # no registration, automatic, manual approval
    "audio": ("both", "telephony", "voip"),
    "auto_recording": ("none", "local", "cloud"),
    "meeting_authentication": (False, True),
    "close_registration": (False, True),
    "registrants_confirmation_email": (True, False),
}


def check_zoom_defaults(value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ValidationError({"zoom_defaults": Text("Give the Zoom options as name and value.")})
    checked: dict[str, object] = {}
    for key, item in value.items():
        if key == "authentication_domains":
            items = item if isinstance(item, list | tuple) else str(item or "").split(",")
            domains = [str(d).strip().lower() for d in items if str(d).strip()]
            for domain in domains:
                if not re.fullmatch(r"(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+", domain):
                    raise ValidationError(
                        {
                            "zoom_defaults": Text(
                                "Not a domain: {domain} (like example.com).", domain=domain
                            )
                        }
                    )
            checked[key] = domains[:20]
            continue
        choices = ZOOM_OPTION_CHOICES.get(str(key))
        if choices is None:
            raise ValidationError(
                {"zoom_defaults": Text("Unknown Zoom option '{option}'.", option=key)}
            )
        if item not in choices or type(item) is not type(choices[0]):
            raise ValidationError(
                {
                    "zoom_defaults": Text(
                        "{option} must be one of {choices}.",
                        option=key,
                        choices=", ".join(str(c).lower() for c in choices),
                    )
                }
            )
        checked[str(key)] = item
    return checked
