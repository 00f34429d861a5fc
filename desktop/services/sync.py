"""Connecting network accounts and running their sync, for the GUI and the CLI alike.

Passwords go to the keyring and nowhere else; the account row keeps only where the
server is and who signs in.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.domain import Account, AccountState, Permission, ServiceKind
from desktop.i18n import Text, message_of
from desktop.providers.base import AuthError, ProviderError
from desktop.services.errors import NotAllowed, ServiceError, ValidationError
from desktop.services.integration import IntegrationService
from desktop.services.notifications import Notifier, Topic
from desktop.services.settings import SettingsService
from desktop.store import Store
from desktop.sync import SyncEngine, SyncProvider, SyncReport

if TYPE_CHECKING:
    from desktop.auth.microsoft import MicrosoftConfig, MicrosoftSession, SignedIn

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
        # Browser sign-ins under way (MicrosoftSession), for cancel_sign_in.
        self._signing_in: set[MicrosoftSession] = set()
        # Set by build_context: MeetingService.add_links_where_asked.
        self.after_pull: Callable[[], object] | None = None
        # Set by build_context: the same for Zoom links, which need the network.
        self.after_pull_async: Callable[[], Awaitable[object]] | None = None
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
        cached = self._providers.get(account.id)
        if cached is not None:
            return cached
        if account.kind is ServiceKind.MICROSOFT365:
            provider = self._graph_provider(account)
            self._providers[account.id] = provider
            return provider
        if account.kind is not ServiceKind.CALDAV:
            return None
        from desktop.auth import secrets
        from desktop.providers.caldav import DavAccount, DavProvider

        config = self._store.account_config(account.id)
        password = secrets.read_secret(account.id, PASSWORD)
        if password is None:
            raise AuthError(Text("The password for this account is missing. Sign in again."))
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

    def _graph_provider(self, account: Account) -> SyncProvider:
        import asyncio

        from desktop.auth.microsoft import MicrosoftConfig, MicrosoftSession
        from desktop.providers.graph.client import GraphClient
        from desktop.providers.graph.provider import GraphProvider, SyncWindow
        from desktop.providers.tls import tls_context

        config = self._store.account_config(account.id)
        ms_config = MicrosoftConfig(
            str(config.get("client_id") or ""),
            str(config.get("authority") or ""),
            str(config.get("graph_url") or ""),
        )
        account_id = account.id

        def may_write() -> bool:
            current = self._store.get_account(account_id)
            return current is not None and (
                Permission.CALENDAR_WRITE in self._settings.granted(current)
            )

        window = SyncWindow.for_version(self._settings.effective().sync_version())
        if config.get("mode") == "app":
            from desktop.auth.microsoft import AppCredentials

            mailbox = str(config.get("mailbox") or "")
            try:
                app = AppCredentials(ms_config, self._certificate_path())
            except ProviderError as exc:
                raise AuthError(message_of(exc)) from None

            async def app_token(force_refresh: bool) -> str:
                return await asyncio.to_thread(app.access_token, force_refresh)

            return GraphProvider(
                account_id,
                GraphClient(app.config.graph_url, app_token, verify=tls_context()),
                me_email=mailbox,
                may_write_calendars=may_write,
                window=window,
                clock=self._clock,
                mailbox=mailbox,
            )
        home_account_id = str(config.get("home_account_id") or "")
        if not home_account_id:
            raise AuthError(Text("Sign in to Microsoft 365 again."))
        session = MicrosoftSession(
            ms_config,
            account.id,
        )
        raw_scopes = config.get("scopes")
        scopes = [str(s) for s in raw_scopes] if isinstance(raw_scopes, list) else []

        async def token(force_refresh: bool) -> str:
            # msal blocks (requests): a worker thread, never the loop's.
            return await asyncio.to_thread(
                session.access_token, scopes, home_account_id, force_refresh=force_refresh
            )

        client = GraphClient(session.config.graph_url, token, verify=tls_context())
        return GraphProvider(
            account.id,
            client,
            me_email=account.email,
            may_write_calendars=may_write,
            window=window,
            clock=self._clock,
        )

    def _certificate_path(self) -> str:
        return str(self._settings.effective().value("microsoft_certificate") or "")

    def microsoft_admin_mode(self) -> bool:
        """Whether the policy has Microsoft 365 connected with application permissions."""
        return self._settings.effective().value("microsoft_configured_by") == "admin"

    def microsoft_defaults(self) -> tuple[str, str, str]:
        """(client id, authority, Graph root) from settings or the admin policy."""
        effective = self._settings.effective()
        return (
            str(effective.value("microsoft_client_id") or ""),
            str(effective.value("microsoft_authority") or ""),
            str(effective.value("microsoft_graph_url") or ""),
        )

    async def connect_microsoft365(
        self,
        permissions: Iterable[Permission],
        *,
        client_id: str | None = None,
        authority: str | None = None,
        graph_url: str | None = None,
        first_sync: bool = True,
        sign_in_timeout: int | None = None,
        mailbox: str | None = None,
    ) -> ConnectResult:
        """Sign in in the system browser, keep the sign-in in the keyring, sync once.

        In admin mode (policy microsoft_configured_by = admin) nobody signs in: the app
        uses the policy's certificate to read `mailbox` (default: "About you" e-mail)."""

        from desktop.auth.microsoft import (
            SIGN_IN_TIMEOUT,
            MicrosoftConfig,
            MicrosoftSession,
            is_personal_authority,
            scopes_for,
        )

        granted = self._check_connect(ServiceKind.MICROSOFT365, permissions)
        default_client, default_authority, default_graph = self.microsoft_defaults()
        try:
            config = MicrosoftConfig(
                client_id or default_client,
                authority or default_authority,
                graph_url or default_graph,
            ).validated()
        except ProviderError as exc:
            raise ValidationError({"client_id": message_of(exc)}) from None
        if self.microsoft_admin_mode():
            return await self._connect_microsoft365_app(config, granted, mailbox, first_sync)
        scopes = scopes_for(
            granted, config.graph_url, shared=not is_personal_authority(config.authority)
        )
        try:
            session = MicrosoftSession(config)
            signed = await self._browser_sign_in(
                session, scopes, timeout=sign_in_timeout or SIGN_IN_TIMEOUT
            )
        except ProviderError as exc:
            raise ServiceError(message_of(exc)) from None
        effective = self._settings.effective()
        if "@" in signed.username and not effective.domain_allowed(signed.username):
            raise NotAllowed(
                Text("Your administrator does not allow accounts of this e-mail domain.")
            )
        account_id = _account_id(ServiceKind.MICROSOFT365, config.authority, signed.home_account_id)
        if self._store.get_account(account_id) is not None:
            raise ValidationError({"account": Text("This account is already connected.")})
        # The keyring first: no account without its sign-in, and never a plaintext copy.
        session.adopt(account_id)
        account = Account(
            id=account_id,
            kind=ServiceKind.MICROSOFT365,
            display_name=signed.name or signed.username,
            email=signed.username if "@" in signed.username else "",
            permissions=granted,
        )
        self._store.save_account(
            account,
            config={
                "client_id": config.client_id,
                "authority": config.authority,
                "graph_url": config.graph_url,
                "home_account_id": signed.home_account_id,
                "username": signed.username,
                "tenant_id": signed.tenant_id,
                "scopes": scopes,
            },
        )
        self._settings.set("integration_set_up", True)
        self._notifier.emit(Topic.ACCOUNTS)
        report = await self.sync_account(account_id) if first_sync else None
        return ConnectResult(account, report)

    def needs_consent(self, account_id: str, permissions: Iterable[Permission]) -> bool:
        """Whether these permissions need scopes the person has not consented to yet
        (Microsoft 365 accounts only; then Configure signs in again)."""
        from desktop.auth.microsoft import is_personal_authority, scopes_for

        account = self._store.get_account(account_id)
        if account is None or account.kind is not ServiceKind.MICROSOFT365:
            return False
        config = self._store.account_config(account_id)
        had = config.get("scopes")
        consented = {str(s) for s in had} if isinstance(had, list) else set()
        wanted = scopes_for(
            permissions,
            str(config.get("graph_url") or ""),
            shared=not is_personal_authority(str(config.get("authority") or "")),
        )
        return not set(wanted) <= consented

    async def sign_in_again(
        self,
        account_id: str,
        permissions: Iterable[Permission] | None = None,
        *,
        sign_in_timeout: int | None = None,
    ) -> SyncReport:
        """A new browser sign-in for a Microsoft 365 account (its sign-in expired or was
        revoked, or Configure asks for other permissions), then a sync."""

        from desktop.auth.microsoft import (
            SIGN_IN_TIMEOUT,
            MicrosoftConfig,
            MicrosoftSession,
            is_personal_authority,
            scopes_for,
        )

        account = self._store.get_account(account_id)
        if account is None or account.kind is not ServiceKind.MICROSOFT365:
            raise ValidationError(
                {"account": Text("Only Microsoft 365 accounts sign in again here.")}
            )
        granted = (
            self._integration.check_permissions(permissions)
            if permissions is not None
            else self._settings.granted(account)
        )
        config = self._store.account_config(account_id)
        try:
            session = MicrosoftSession(
                MicrosoftConfig(
                    str(config.get("client_id") or ""),
                    str(config.get("authority") or ""),
                    str(config.get("graph_url") or ""),
                ),
                account_id,
            )
            scopes = scopes_for(
                granted,
                session.config.graph_url,
                shared=not is_personal_authority(session.config.authority),
            )
            signed = await self._browser_sign_in(
                session,
                scopes,
                timeout=sign_in_timeout or SIGN_IN_TIMEOUT,
                login_hint=str(config.get("username") or "") or None,
            )
        except ProviderError as exc:
            raise ServiceError(message_of(exc)) from None
        if signed.home_account_id != config.get("home_account_id"):
            raise ServiceError(
                Text(
                    "You signed in as {signed_in}, not as {expected}. "
                    "Connect that account separately instead.",
                    signed_in=signed.username,
                    expected=str(config.get("username")),
                )
            )
        config["scopes"] = scopes
        old = self._providers.pop(account_id, None)
        close = getattr(old, "aclose", None)
        if close is not None:
            await close()
        self._store.save_account(
            replace(account, permissions=granted, state=AccountState.UP_TO_DATE, state_reason=""),
            config=config,
        )
        self._notifier.emit(Topic.ACCOUNTS)
        return await self.sync_account(account_id)

    async def _connect_microsoft365_app(
        self,
        config: MicrosoftConfig,
        granted: frozenset[Permission],
        mailbox: str | None,
        first_sync: bool,
    ) -> ConnectResult:
        import asyncio

        from desktop.auth.microsoft import AppCredentials

        address = (mailbox or self._settings.get_str("my_email")).strip().lower()
        if "@" not in address:
            raise ValidationError(
                {"mailbox": Text("Enter your e-mail address (Settings › About you) to connect.")}
            )
        if not self._settings.effective().domain_allowed(address):
            raise NotAllowed(
                Text("Your administrator does not allow accounts of this e-mail domain.")
            )
        try:
            app = AppCredentials(config, self._certificate_path())
            await asyncio.to_thread(app.access_token)  # the certificate works, before saving
        except ProviderError as exc:
            raise ServiceError(message_of(exc)) from None
        account_id = _account_id(ServiceKind.MICROSOFT365, config.authority, f"app:{address}")
        if self._store.get_account(account_id) is not None:
            raise ValidationError({"account": Text("This account is already connected.")})
        account = Account(
            id=account_id,
            kind=ServiceKind.MICROSOFT365,
            display_name=address,
            email=address,
            permissions=granted,
        )
        self._store.save_account(
            account,
            config={
                "mode": "app",
                "client_id": config.client_id,
                "authority": config.authority,
                "graph_url": config.graph_url,
                "mailbox": address,
            },
        )
        self._settings.set("integration_set_up", True)
        self._notifier.emit(Topic.ACCOUNTS)
        report = await self.sync_account(account_id) if first_sync else None
        return ConnectResult(account, report)

    def _check_connect(
        self, kind: ServiceKind, permissions: Iterable[Permission]
    ) -> frozenset[Permission]:
        """What connecting a service of this kind may do; NotAllowed when the policy says no."""
        reason = self._integration.connect_blocked_reason()
        if reason:
            raise NotAllowed(reason)
        locked = self._integration.locked_service()
        if locked is not None and locked is not kind:
            raise NotAllowed(Text("Your administrator requires another calendar service."))
        return self._integration.check_permissions(permissions)

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
            problems["url"] = Text("Enter the server address, like https://dav.example.com/.")
        if not username:
            problems["username"] = Text("Enter your user name.")
        if not password:
            problems["password"] = Text("Enter your password.")
        if problems:
            raise ValidationError(problems)
        granted = self._check_connect(ServiceKind.CALDAV, permissions)
        effective = self._settings.effective()
        if "@" in username and not effective.domain_allowed(username):
            raise NotAllowed(
                Text("Your administrator does not allow accounts of this e-mail domain.")
            )
        try:
            found = await discover(url, username, password)
        except ProviderError as exc:
            raise ServiceError(message_of(exc)) from None
        account_id = _account_id(ServiceKind.CALDAV, found.server_url, username)
        if self._store.get_account(account_id) is not None:
            raise ValidationError({"url": Text("This account is already connected.")})
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

    async def _browser_sign_in(
        self,
        session: MicrosoftSession,
        scopes: list[str],
        *,
        timeout: int,
        login_hint: str | None = None,
    ) -> SignedIn:
        """session.sign_in on a worker thread, cancellable with cancel_sign_in()."""
        import asyncio

        self._signing_in.add(session)
        try:
            return await asyncio.to_thread(
                session.sign_in, scopes, timeout=timeout, login_hint=login_hint
            )
        finally:
            self._signing_in.discard(session)

    def cancel_sign_in(self) -> None:
        """Stop every browser sign-in that is waiting (the person closed the wizard): each
        ends at once with "Sign-in was cancelled." instead of listening up to 5 minutes."""
        for session in list(self._signing_in):
            session.cancel_sign_in()

    async def sync_account(self, account_id: str) -> SyncReport:
        report = await self.engine.sync_account(account_id)
        if await self._after_pull():
            report = await self.engine.sync_account(account_id)  # send what was added
        return report

    async def sync_all(self) -> dict[str, SyncReport]:
        reports = await self.engine.sync_all()
        if await self._after_pull():
            reports = await self.engine.sync_all()
        return reports

    async def _after_pull(self) -> bool:
        """Work on what the sync brought (meeting links asked for); True when it changed
        something that must go back to the server."""
        changed = False
        try:
            if self.after_pull is not None:
                changed = bool(self.after_pull())
            if self.after_pull_async is not None:
                changed = bool(await self.after_pull_async()) or changed
        except Exception:
            log.exception("adding requested meeting links failed")
        return changed

    def states(self) -> list[tuple[Account, AccountState, str]]:
        return [(a, a.state, a.state_reason) for a in self._store.list_accounts()]
