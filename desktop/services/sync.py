"""Connecting network accounts and running their sync, for the GUI and the CLI alike.

Passwords go to the keyring and nowhere else; the account row keeps only where the
server is and who signs in.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from desktop.domain import Account, AccountState, Permission, ServiceKind
from desktop.providers.base import AuthError, ProviderError
from desktop.services.errors import NotAllowed, ServiceError, ValidationError
from desktop.services.integration import IntegrationService
from desktop.services.notifications import Notifier, Topic
from desktop.services.settings import SettingsService
from desktop.store import Store
from desktop.sync import SyncEngine, SyncProvider, SyncReport

log = logging.getLogger(__name__)

PASSWORD = "password"  # noqa: S105 - the name of the keyring entry, not a password


@dataclass(frozen=True, slots=True)
class ConnectResult:
    account: Account
    report: SyncReport | None


def _account_id(kind: ServiceKind, server: str, username: str) -> str:
    digest = hashlib.sha256(f"{server}\n{username}".encode()).hexdigest()[:10]
    return f"{kind.value}-{digest}"


class SyncService:
    def __init__(
        self,
        store: Store,
        settings: SettingsService,
        integration: IntegrationService,
        notifier: Notifier,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._settings = settings
        self._integration = integration
        self._notifier = notifier
        self._clock = clock
        self._providers: dict[str, SyncProvider] = {}
        self.engine = SyncEngine(
            store,
            self._provider_for,
            clock=clock,
            on_change=self._changed,
            # An unreachable server is reported as offline within seconds; the scheduler
            # tries again on its next round instead of keeping `meetdesk sync` waiting.
            max_attempts=3,
            permissions=settings.granted,
        )

    def _changed(self, what: str) -> None:
        topic = {"events": Topic.EVENTS, "contacts": Topic.CONTACTS}.get(what, Topic.ACCOUNTS)
        self._notifier.emit(topic)

    def _provider_for(self, account: Account) -> SyncProvider | None:
        if account.kind is not ServiceKind.CALDAV:
            return None
        cached = self._providers.get(account.id)
        if cached is not None:
            return cached
        from desktop.auth import secrets
        from desktop.providers.caldav import DavAccount, DavProvider

        config = self._store.account_config(account.id)
        password = secrets.read_secret(account.id, PASSWORD)
        if password is None:
            raise AuthError("The password for this account is missing. Sign in again.")
        dav = DavAccount(
            server_url=str(config["server_url"]),
            username=str(config["username"]),
            principal_url=str(config.get("principal_url") or ""),
            calendar_home=(str(config["calendar_home"]) if config.get("calendar_home") else None),
            addressbook_home=(
                str(config["addressbook_home"]) if config.get("addressbook_home") else None
            ),
        )
        provider = DavProvider(account.id, dav, password)
        self._providers[account.id] = provider
        return provider

    async def close(self) -> None:
        for provider in self._providers.values():
            close = getattr(provider, "aclose", None)
            if close is not None:
                await close()
        self._providers.clear()

    async def connect_caldav(
        self,
        url: str,
        username: str,
        password: str,
        permissions: Iterable[Permission],
        *,
        first_sync: bool = True,
    ) -> ConnectResult:
        """Find the server's calendars and address books, keep the password, sync once."""
        from desktop.auth import secrets
        from desktop.providers.caldav import discover

        url = url.strip()
        username = username.strip()
        problems: dict[str, str] = {}
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            problems["url"] = "Enter the server address, like https://dav.example.com/."
        if not username:
            problems["username"] = "Enter your user name."
        if not password:
            problems["password"] = "Enter your password."  # noqa: S105
        if problems:
            raise ValidationError(problems)
        reason = self._integration.connect_blocked_reason()
        if reason:
            raise NotAllowed(reason)
        locked = self._integration.locked_service()
        if locked is not None and locked is not ServiceKind.CALDAV:
            raise NotAllowed("Your administrator requires another calendar service.")
        granted = self._integration.check_permissions(permissions)
        effective = self._settings.effective()
        if "@" in username and not effective.domain_allowed(username):
            raise NotAllowed("Your administrator does not allow accounts of this e-mail domain.")
        try:
            found = await discover(url, username, password)
        except ProviderError as exc:
            raise ServiceError(str(exc)) from None
        account_id = _account_id(ServiceKind.CALDAV, found.server_url, username)
        if self._store.get_account(account_id) is not None:
            raise ValidationError({"url": "This account is already connected."})
        # The keyring first: no account without its password, and never a plaintext copy.
        secrets.store_secret(account_id, PASSWORD, password)
        host = urlsplit(found.server_url).hostname or found.server_url
        account = Account(
            id=account_id,
            kind=ServiceKind.CALDAV,
            display_name=f"{username} on {host}",
            email=username if "@" in username else "",
            permissions=granted,
        )
        self._store.save_account(
            account,
            config={
                "server_url": found.server_url,
                "username": username,
                "principal_url": found.principal_url,
                "calendar_home": found.calendar_home,
                "addressbook_home": found.addressbook_home,
            },
        )
        self._settings.set("integration_set_up", True)
        self._notifier.emit(Topic.ACCOUNTS)
        report = await self.sync_account(account_id) if first_sync else None
        return ConnectResult(account, report)

    async def sync_account(self, account_id: str) -> SyncReport:
        return await self.engine.sync_account(account_id)

    async def sync_all(self) -> dict[str, SyncReport]:
        return await self.engine.sync_all()

    def states(self) -> list[tuple[Account, AccountState, str]]:
        return [(a, a.state, a.state_reason) for a in self._store.list_accounts()]
