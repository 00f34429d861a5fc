"""Calendar and contacts integration: connect, configure, remove, and the first-login prompt."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace

from desktop import __version__
from desktop.domain import LOCAL_ACCOUNT_ID, Account, Permission, ServiceKind
from desktop.i18n import Text
from desktop.policy import should_prompt_first_login
from desktop.services.errors import NotAllowed, NotFound, ValidationError
from desktop.services.notifications import Notifier, Topic
from desktop.services.settings import SettingsService
from desktop.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    kind: ServiceKind
    name: str
    description: str
    available: bool
    unavailable_reason: str = ""


SERVICES: tuple[ServiceInfo, ...] = (
    ServiceInfo(
        ServiceKind.LOCAL,
        Text("On this computer"),
        Text("A calendar and address book stored on this computer only."),
        True,
    ),
    ServiceInfo(
        ServiceKind.MICROSOFT365,
        "Microsoft 365",
        Text("Outlook calendar and contacts through Microsoft Graph."),
        True,
    ),
    ServiceInfo(
        ServiceKind.GOOGLE,
        "Google",
        Text("Google Calendar and Google Contacts."),
        False,
        Text("Google is not available in this build yet."),
    ),
    ServiceInfo(
        ServiceKind.EXCHANGE,
        Text("Exchange (on-premises)"),
        Text("An Exchange server in your organisation, through EWS."),
        False,
        Text("Exchange is not available in this build yet."),
    ),
    ServiceInfo(
        ServiceKind.CALDAV,
        "CalDAV / CardDAV",
        Text("Nextcloud, Fastmail, iCloud, Radicale and other standard servers."),
        True,
    ),
)

PERMISSION_LABELS: dict[Permission, Text] = {
    Permission.CALENDAR_READ: Text("Calendar read"),
    Permission.CALENDAR_WRITE: Text("Calendar write"),
    Permission.CONTACTS_READ: Text("Contacts read"),
    Permission.CONTACTS_WRITE: Text("Contacts write"),
}


def _listed(items: list[Text]) -> Text:
    """The items as one translatable list ("Calendar write, Contacts write")."""
    listed = items[0]
    for item in items[1:]:
        listed = Text("{list}, {item}", list=listed, item=item)
    return listed


def service_info(kind: ServiceKind) -> ServiceInfo:
    return next(s for s in SERVICES if s.kind is kind)


class IntegrationService:
    def __init__(self, store: Store, settings: SettingsService, notifier: Notifier) -> None:
        self._store = store
        self._settings = settings
        self._notifier = notifier

    def accounts(self) -> list[Account]:
        return self._store.list_accounts()

    def services(self) -> tuple[ServiceInfo, ...]:
        return SERVICES

    def allowed_permissions(self) -> frozenset[Permission]:
        return self._settings.effective().allowed_permissions()

    def connect_blocked_reason(self) -> str:
        """Why Connect is unavailable, or '' when it is available."""
        effective = self._settings.effective()
        if not effective.integration_enabled():
            return Text("Your administrator has turned off calendar and contacts integration.")
        return ""

    def locked_service(self) -> ServiceKind | None:
        """The service the policy makes everyone use, if it is enforced."""
        effective = self._settings.effective()
        return effective.default_service() if effective.is_locked("default_service") else None

    def default_service(self) -> ServiceKind:
        return self._settings.effective().default_service()

    def check_permissions(self, permissions: Iterable[Permission]) -> frozenset[Permission]:
        wanted = frozenset(permissions)
        allowed = self.allowed_permissions()
        refused = wanted - allowed
        if refused:
            names = _listed([PERMISSION_LABELS[p] for p in sorted(refused)])
            raise NotAllowed(Text("Your administrator does not allow: {names}.", names=names))
        if Permission.CALENDAR_WRITE in wanted and Permission.CALENDAR_READ not in wanted:
            raise ValidationError({"permissions": Text("Calendar write needs Calendar read.")})
        if Permission.CONTACTS_WRITE in wanted and Permission.CONTACTS_READ not in wanted:
            raise ValidationError({"permissions": Text("Contacts write needs Contacts read.")})
        if not wanted:
            raise ValidationError({"permissions": Text("Choose at least one permission.")})
        return wanted

    def connect(self, kind: ServiceKind, permissions: Iterable[Permission]) -> Account:
        reason = self.connect_blocked_reason()
        if reason:
            raise NotAllowed(reason)
        locked = self.locked_service()
        if locked is not None and kind is not locked:
            name = service_info(locked).name
            raise NotAllowed(
                Text("Your administrator requires {name} for calendar and contacts.", name=name)
            )
        info = service_info(kind)
        if not info.available:
            raise NotAllowed(info.unavailable_reason)
        granted = self.check_permissions(permissions)
        if kind is ServiceKind.CALDAV:
            raise NotAllowed(
                Text("A CalDAV server needs its address and your password to connect.")
            )
        if kind is ServiceKind.LOCAL:
            if self._store.get_account(LOCAL_ACCOUNT_ID) is not None:
                raise ValidationError(
                    {"service": Text("The calendar on this computer is already connected.")}
                )
            account = self._store.create_local_account(granted)
        else:  # pragma: no cover - no other service is available in this build
            raise NotAllowed(info.unavailable_reason)
        self._settings.set("integration_set_up", True)
        self._notifier.emit(Topic.ACCOUNTS)
        self._notifier.emit(Topic.EVENTS)
        self._notifier.emit(Topic.CONTACTS)
        return account

    def configure(self, account_id: str, permissions: Iterable[Permission]) -> Account:
        account = self._store.get_account(account_id)
        if account is None:
            raise NotFound(Text("This account no longer exists."))
        granted = self.check_permissions(permissions)
        updated = replace(account, permissions=granted)
        self._store.save_account(updated)
        self._settings.set("integration_set_up", True)
        self._notifier.emit(Topic.ACCOUNTS)
        self._notifier.emit(Topic.EVENTS)
        self._notifier.emit(Topic.CONTACTS)
        return updated

    def remove(self, account_id: str) -> None:
        """Delete an account, everything cached for it, and its secrets in the keyring."""
        account = self._store.get_account(account_id)
        if account is None:
            raise NotFound(Text("This account no longer exists."))
        if account.kind is not ServiceKind.LOCAL:
            from desktop.auth import secrets  # keyring loads its backends: only when needed

            # Secrets first: if the keyring cannot be reached the account stays, and the
            # person is told, rather than leaving orphaned tokens behind.
            secrets.delete_account_secrets(account_id)
        self._store.delete_account(account_id)
        self._notifier.emit(Topic.ACCOUNTS)
        self._notifier.emit(Topic.EVENTS)
        self._notifier.emit(Topic.CONTACTS)

    def integration_done(self) -> bool:
        if any(a.kind is not ServiceKind.LOCAL for a in self._store.list_accounts()):
            return True
        return bool(self._settings.get("integration_set_up"))

    def first_login_prompt(self) -> bool:
        """Whether to ask the person to set up the integration now (logs why not)."""
        show, reason = should_prompt_first_login(
            self._settings.effective(),
            integration_done=self.integration_done(),
            prompted_before=bool(self._settings.get("first_login_prompted")),
            client_version=__version__,
        )
        if not show:
            log.info("No set-up prompt: %s", reason)
        return show

    def mark_prompted(self) -> None:
        self._settings.set("first_login_prompted", True)
