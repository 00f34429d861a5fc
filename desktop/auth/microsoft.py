"""Signing in to Microsoft 365 with msal: the browser, the loopback redirect, PKCE.

msal's token cache lives in the OS keyring (in parts: it outgrows Windows' 2,560-byte
entries). Everything here blocks (msal uses requests): callers run it in a worker thread.
msal logs the authorization code at DEBUG, so its loggers are held at WARNING whatever the
app's log level.
"""

from __future__ import annotations

import contextlib
import html
import logging
import socket
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop.auth import secrets
from desktop.domain import Permission
from desktop.i18n import Text, localized, message_of
from desktop.providers.base import AuthError, ProviderError, TransientError

if TYPE_CHECKING:
    import msal

log = logging.getLogger(__name__)

# No library may write a secret into our logs: msal (authorization code at DEBUG), and the
# HTTP clients, which log URLs with delta tokens at INFO/DEBUG.
for _name in ("msal", "urllib3", "httpx", "httpcore", "requests_oauthlib", "oauthlib"):
    logging.getLogger(_name).setLevel(logging.WARNING)

TOKEN_CACHE = "token_cache"  # noqa: S105 - the keyring entry's name
DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations"
DEFAULT_GRAPH_URL = "https://graph.microsoft.com"
SIGN_IN_TIMEOUT = 300  # seconds the loopback listener waits for the browser

# Presets for the national clouds: (authority, Graph root).
CLOUDS: dict[str, tuple[str, str]] = {
    "global": (DEFAULT_AUTHORITY, DEFAULT_GRAPH_URL),
    "usgov": ("https://login.microsoftonline.us/organizations", "https://graph.microsoft.us"),
    "usgov-dod": (
        "https://login.microsoftonline.us/organizations",
        "https://dod-graph.microsoft.us",
    ),
    "china": (
        "https://login.chinacloudapi.cn/organizations",
        "https://microsoftgraph.chinacloudapi.cn",
    ),
}
# Authorities msal may check with Microsoft's instance discovery; any other is used as given.
_MICROSOFT_HOSTS = frozenset(
    {"login.microsoftonline.com", "login.microsoftonline.us", "login.chinacloudapi.cn"}
)
# Personal Microsoft accounts have no delegated (.Shared) calendars.
CONSUMER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad"
_RESERVED = {"offline_access", "openid", "profile"}  # msal adds these itself


@dataclass(frozen=True, slots=True)
class MicrosoftConfig:
    client_id: str
    authority: str = DEFAULT_AUTHORITY
    graph_url: str = DEFAULT_GRAPH_URL

    def validated(self) -> MicrosoftConfig:
        problems: list[Text] = []
        client_id = self.client_id.strip()
        if not client_id:
            problems.append(
                Text(
                    "Meetdesk has no Microsoft app (client) ID: set one in Settings or ask your "
                    "administrator."
                )
            )
        authority = self.authority.strip().rstrip("/")
        parts = urlsplit(authority)
        if parts.scheme != "https" or not parts.hostname or not parts.path.strip("/"):
            problems.append(
                Text(
                    "The sign-in address must be an https address with a tenant, like "
                    "https://login.microsoftonline.com/organizations."
                )
            )
        graph_url = self.graph_url.strip().rstrip("/")
        graph = urlsplit(graph_url)
        if graph.scheme != "https" or not graph.hostname:
            problems.append(Text("The Graph address must be an https address."))
        if problems:
            raise ProviderError(_sentences(problems))
        return MicrosoftConfig(client_id, authority, graph_url)

    @property
    def tenant(self) -> str:
        return urlsplit(self.authority).path.strip("/").split("/")[0]


def _sentences(texts: list[Text]) -> Text:
    """Whole sentences said one after the other, each still translatable."""
    said = texts[0]
    for text in texts[1:]:
        said = Text("{first} {then}", first=said, then=text)
    return said


def is_personal_authority(authority: str) -> bool:
    tenant = urlsplit(authority).path.strip("/").split("/")[0].lower()
    return tenant in ("consumers", CONSUMER_TENANT)


def scopes_for(
    permissions: Iterable[Permission], graph_url: str, *, shared: bool = True
) -> list[str]:
    """The Graph scopes a set of permissions needs (write implies read). `shared` adds the
    .Shared variants that delegated calendars need (work or school accounts only)."""
    perms = set(permissions)
    names = ["User.Read"]
    if Permission.CALENDAR_WRITE in perms:
        names.append("Calendars.ReadWrite")
        if shared:
            names.append("Calendars.ReadWrite.Shared")
    elif Permission.CALENDAR_READ in perms:
        names.append("Calendars.Read")
        if shared:
            names.append("Calendars.Read.Shared")
    if Permission.CONTACTS_WRITE in perms:
        names.append("Contacts.ReadWrite")
    elif Permission.CONTACTS_READ in perms:
        names.append("Contacts.Read")
    # Prefixed with the Graph root, so national clouds and emulators get their own tokens.
    root = graph_url.rstrip("/")
    return [f"{root}/{name}" for name in names if name not in _RESERVED]


@dataclass(frozen=True, slots=True)
class SignedIn:
    home_account_id: str
    username: str
    name: str
    tenant_id: str


def _short_error(result: dict[str, Any]) -> str:
    # error_description can be long (trace ids); its first line is the message.
    description = str(result.get("error_description") or "").strip().splitlines()
    return (description[0] if description else str(result.get("error") or "unknown"))[:200]


_SIGN_IN_AGAIN = frozenset(
    {"invalid_grant", "interaction_required", "consent_required", "login_required"}
)


class MicrosoftSession:
    """One account's msal application and token cache (kept in the keyring under
    `account_id`, or only in memory until the account exists)."""

    def __init__(self, config: MicrosoftConfig, account_id: str | None = None) -> None:
        import msal

        self.config = config.validated()
        self.account_id = account_id
        self._lock = threading.Lock()  # msal's cache is shared by the worker threads
        # The loopback listener of a browser sign-in under way, so cancel_sign_in can end it.
        self._sign_in_lock = threading.Lock()
        self._receiver: Any = None
        self._cancelled = False
        self._cache = msal.SerializableTokenCache()
        if account_id is not None:
            stored = secrets.read_large_secret(account_id, TOKEN_CACHE)
            if stored:
                try:
                    self._cache.deserialize(stored)
                except ValueError:
                    log.warning("the stored Microsoft sign-in of %s is unreadable", account_id)
        from desktop.providers.tls import requests_session

        host = (urlsplit(self.config.authority).hostname or "").lower()
        self._app: msal.PublicClientApplication = msal.PublicClientApplication(
            self.config.client_id,
            authority=self.config.authority,
            token_cache=self._cache,
            http_client=requests_session(),
            # Any authority but Microsoft's own is used as given: no call to Microsoft.
            instance_discovery=None if host in _MICROSOFT_HOSTS else False,
        )

    # -- sign-in -------------------------------------------------------------------------------

    def sign_in(
        self, scopes: list[str], *, timeout: int = SIGN_IN_TIMEOUT, login_hint: str | None = None
    ) -> SignedIn:
        """Open the system browser (webbrowser: BROWSER is honoured) and wait for the
        loopback redirect. Blocks for up to `timeout` seconds."""
        import requests
        from msal.oauth2cli.authcode import AuthCodeReceiver
        from msal.oauth2cli.oauth2 import BrowserInteractionTimeoutError

        try:
            # Our own listener (msal would make one we cannot reach): cancel_sign_in stops it.
            receiver = AuthCodeReceiver(port=0)
            with self._sign_in_lock:
                if self._cancelled:
                    receiver.close()
                    raise AuthError(Text("Sign-in was cancelled."))
                self._receiver = receiver
            try:
                result = self._sign_in_with(receiver, scopes, timeout, login_hint)
            finally:
                with self._sign_in_lock:
                    self._receiver = None
                receiver.close()
        except BrowserInteractionTimeoutError:
            if self._cancelled:
                raise AuthError(Text("Sign-in was cancelled.")) from None
            raise AuthError(
                Text("Sign-in was not finished in the browser in time. Try again.")
            ) from None
        except requests.RequestException as exc:
            raise TransientError(
                Text("Microsoft's sign-in page cannot be reached ({kind}).", kind=_kind(exc))
            ) from None
        except ValueError as exc:  # msal's own checks (authority, scopes)
            raise ProviderError(
                Text(
                    "Sign-in is not possible with these settings: {reason}",
                    reason=message_of(exc),
                )
            ) from None
        return self._signed_in(result)

    def cancel_sign_in(self) -> None:
        """End a browser sign-in that is waiting (the wizard was closed): sign_in raises
        AuthError "Sign-in was cancelled." at once instead of waiting for its timeout. Safe
        from any thread, and before the sign-in has started."""
        with self._sign_in_lock:
            self._cancelled = True
            receiver = self._receiver
        if receiver is None:
            return
        # msal's wait loop checks this flag after each request it handles: one request to
        # the listener wakes it, and it gives up as when nobody answered in time.
        receiver._closing = True
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", receiver.get_port()), timeout=2) as poke,
        ):
            poke.sendall(b"GET / HTTP/1.0\r\nHost: localhost\r\n\r\n")
            poke.recv(1024)

    def _sign_in_with(
        self, receiver: Any, scopes: list[str], timeout: int, login_hint: str | None
    ) -> dict[str, Any]:
        result: dict[str, Any] = self._app.acquire_token_interactive(
            scopes,
            prompt="select_account",
            login_hint=login_hint,
            timeout=timeout,
            port=receiver.get_port(),
            auth_code_receiver=receiver,
            success_template=_browser_page(Text("Meetdesk is signed in. You can close this page.")),
            error_template=_browser_page(
                Text(
                    "Meetdesk could not sign in: {error}. You can close this page and try again.",
                    error=_ERROR_MARK,
                )
            ),
        )
        return result

    def _signed_in(self, result: dict[str, Any] | None) -> SignedIn:
        if not result or "access_token" not in result:
            result = result or {}
            error = str(result.get("error") or "")
            if error in ("", "timeout") or "timed out" in _short_error(result).lower():
                raise AuthError(Text("Sign-in was not finished in the browser. Try again."))
            if error == "access_denied":
                raise AuthError(Text("Sign-in was cancelled or refused in the browser."))
            raise AuthError(
                Text("Microsoft refused the sign-in: {reason}", reason=_short_error(result))
            )
        claims = result.get("id_token_claims") or {}
        username = str(claims.get("preferred_username") or claims.get("email") or "")
        accounts = self._app.get_accounts(username=username or None)
        if not accounts:
            raise AuthError(Text("Microsoft signed in no account."))
        account = accounts[0]
        self._save()
        return SignedIn(
            home_account_id=str(account.get("home_account_id") or ""),
            username=username or str(account.get("username") or ""),
            name=str(claims.get("name") or ""),
            tenant_id=str(claims.get("tid") or ""),
        )

    def adopt(self, account_id: str) -> None:
        """The account now exists: keep the sign-in under its id."""
        self.account_id = account_id
        self._save(force=True)

    # -- tokens --------------------------------------------------------------------------------

    def access_token(
        self, scopes: list[str], home_account_id: str, *, force_refresh: bool = False
    ) -> str:
        """A valid access token from the cache, refreshed silently when needed.

        AuthError when only the person can fix it (revoked or expired refresh token);
        TransientError when Microsoft cannot be reached."""
        import requests

        with self._lock:
            accounts = [
                a for a in self._app.get_accounts() if a.get("home_account_id") == home_account_id
            ]
            if not accounts:
                raise AuthError(Text("Sign in to Microsoft 365 again."))
            try:
                result = self._app.acquire_token_silent_with_error(
                    scopes, accounts[0], force_refresh=force_refresh
                )
            except requests.RequestException as exc:
                raise TransientError(
                    Text("Microsoft's sign-in service cannot be reached ({kind}).", kind=_kind(exc))
                ) from None
            self._save()
        if result and "access_token" in result:
            return str(result["access_token"])
        if not result or str(result.get("error") or "") in _SIGN_IN_AGAIN:
            raise AuthError(
                Text("Your Microsoft sign-in has expired or was revoked. Sign in again.")
            )
        raise AuthError(
            Text("Microsoft refused to renew the sign-in: {reason}", reason=_short_error(result))
        )

    def _save(self, *, force: bool = False) -> None:
        if self.account_id is None:
            return
        if force or self._cache.has_state_changed:
            secrets.store_large_secret(self.account_id, TOKEN_CACHE, self._cache.serialize())
            self._cache.has_state_changed = False


# Where msal puts the error in error_template (string.Template's $error).
_ERROR_MARK = "\x00error\x00"


def _browser_page(message: Text) -> str:
    """The page the browser shows after signing in, in the interface's language."""
    shown = html.escape(localized(message)).replace("$", "$$").replace(_ERROR_MARK, "$error")
    # msal sends the page without a charset: accented letters go as character references.
    shown = shown.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return f"<html><body><p>{shown}</p></body></html>"


def _kind(exc: BaseException) -> str:
    # The class name says enough; the message may hold URLs with tokens.
    return type(exc).__name__


class AppCredentials:
    """Admin mode ("application permissions"): the app signs in as itself with the
    certificate the policy names, and reads /users/{mailbox}/…; nobody signs in.

    The certificate file (private key and certificate, PEM) is the administrator's, read
    where the policy says; Meetdesk keeps no copy. msal caches the app token in memory."""

    def __init__(self, config: MicrosoftConfig, certificate_path: str) -> None:
        import msal

        self.config = config.validated()
        if self.config.tenant.lower() in ("organizations", "common", "consumers"):
            raise ProviderError(
                Text(
                    "Application permissions need the sign-in address of your tenant, like "
                    "https://login.microsoftonline.com/contoso.onmicrosoft.com."
                )
            )
        credential = _certificate_credential(certificate_path)
        from desktop.providers.tls import requests_session

        host = (urlsplit(self.config.authority).hostname or "").lower()
        self._lock = threading.Lock()
        self._app = msal.ConfidentialClientApplication(
            self.config.client_id,
            authority=self.config.authority,
            client_credential=credential,
            http_client=requests_session(),
            instance_discovery=None if host in _MICROSOFT_HOSTS else False,
        )

    @property
    def scopes(self) -> list[str]:
        return [f"{self.config.graph_url}/.default"]

    def access_token(self, force_refresh: bool = False) -> str:
        import requests

        with self._lock:
            try:
                if force_refresh:
                    self._app.remove_tokens_for_client()
                result = self._app.acquire_token_for_client(self.scopes)
            except requests.RequestException as exc:
                raise TransientError(
                    Text("Microsoft's sign-in service cannot be reached ({kind}).", kind=_kind(exc))
                ) from None
        if result and "access_token" in result:
            return str(result["access_token"])
        raise AuthError(
            Text(
                "Microsoft refused the app's certificate: {reason}. Ask your administrator.",
                reason=_short_error(result or {}),
            )
        )


def _certificate_credential(path: str) -> dict[str, str]:
    """msal's client_credential from a PEM file holding the private key and certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    if not path:
        raise ProviderError(
            Text(
                "Your administrator set Microsoft 365 up for application permissions but named "
                "no certificate (policy microsoft_certificate)."
            )
        )
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as exc:
        raise ProviderError(
            Text(
                "The Microsoft app certificate cannot be read ({kind}): {path}",
                kind=type(exc).__name__,
                path=path,
            )
        ) from None
    try:
        certificate = x509.load_pem_x509_certificate(data)
        key = serialization.load_pem_private_key(data, password=None)
    except ValueError:
        raise ProviderError(
            Text(
                "{path} must hold the app's private key and certificate (PEM, no passphrase).",
                path=path,
            )
        ) from None
    private_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    return {
        "private_key": private_key,
        "thumbprint": certificate.fingerprint(hashes.SHA1()).hex(),  # noqa: S303 - Entra's id
    }
