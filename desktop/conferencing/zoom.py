"""Zoom meetings: sign-in (OAuth with PKCE through a loopback listener) and the REST API v2.

No Qt here: everything is async (httpx). What blocks (the OS keyring, building the TLS
context, webbrowser.open) runs in worker threads, never on the caller's event loop.

Tokens live only in the OS keyring (desktop.auth.secrets) and in memory. Zoom rotates
refresh tokens: every refresh answers a new refresh token and the old one stops working, so
the new pair is written to the keyring before the new access token is used. Nothing here
logs a token, an authorization code or a start URL: the module logger only logs status
codes and meeting ids.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import email.utils
import hashlib
import hmac
import json
import logging
import secrets as _random
import ssl
import time
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from desktop.auth import secrets
from desktop.i18n import Text, message_of
from desktop.recurrence import RecurrenceRule

__all__ = [
    "CALLBACK_PATH",
    "CLIENT_SECRET",
    "TOKENS_SECRET",
    "ZOOM_ACCOUNT",
    "ZoomAuthError",
    "ZoomClient",
    "ZoomConfig",
    "ZoomError",
    "ZoomMeeting",
    "ZoomMeetingRequest",
    "ZoomMeetingSettings",
    "ZoomNotFound",
    "ZoomTokenStore",
    "ZoomTokens",
    "ZoomTransient",
    "format_meeting_id",
    "invitation_fields",
    "read_client_secret",
    "sign_in",
    "store_client_secret",
]

log = logging.getLogger(__name__)

# The HTTP libraries log URLs and, at DEBUG, response headers: never into our logs.
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).setLevel(logging.WARNING)

ZOOM_ACCOUNT = "zoom"  # the keyring "account" the Zoom sign-in is kept under
TOKENS_SECRET = "zoom_tokens"  # noqa: S105 - the keyring entry's name
CALLBACK_PATH = "/zoom/callback"
SIGN_IN_TIMEOUT = 300.0
REFRESH_MARGIN = 60.0  # refresh this many seconds before the access token expires
MAX_RETRY_WAIT = 30.0  # seconds of Retry-After one call honours in total
MAX_THROTTLED_ATTEMPTS = 5
_HTTP_TIMEOUT = 30.0
_LISTENER_READ_TIMEOUT = 10.0

_SIGNED_IN_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Meetdesk</title></head>"
    "<body><p>Meetdesk is signed in to Zoom. You can close this page.</p></body></html>"
)
_FAILED_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Meetdesk</title></head>"
    "<body><p>Meetdesk could not sign in to Zoom: {reason}. You can close this page and "
    "try again.</p></body></html>"
)
_FOREIGN_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Meetdesk</title></head>"
    "<body><p>This page does not belong to the Zoom sign-in Meetdesk is waiting for. "
    "You can close it.</p></body></html>"
)


# ------------------------------------------------------------------------------------ values


@dataclass(frozen=True, slots=True)
class ZoomConfig:
    """The Zoom app Meetdesk signs in with. `client_secret` is only for a confidential app
    (Zoom then wants HTTP Basic client authentication on the token endpoint); the caller
    reads it from the keyring. A public client id (PKCE only) has no secret."""

    client_id: str
    client_secret: str = field(default="", repr=False)
    oauth_url: str = "https://zoom.us"
    api_url: str = "https://api.zoom.us/v2"

    def validated(self) -> ZoomConfig:
        client_id = self.client_id.strip()
        if not client_id:
            raise ZoomError(Text("Meetdesk has no Zoom app (client) ID: set one in Settings."))
        oauth_url = self.oauth_url.strip().rstrip("/")
        api_url = self.api_url.strip().rstrip("/")
        for url in (oauth_url, api_url):
            parts = urlsplit(url)
            loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
            if not parts.hostname or not (
                parts.scheme == "https" or (parts.scheme == "http" and loopback)
            ):
                raise ZoomError(Text("The Zoom address must be an https address: {url}", url=url))
        return ZoomConfig(client_id, self.client_secret, oauth_url, api_url)


@dataclass(frozen=True, slots=True)
class ZoomTokens:
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: float  # seconds since the epoch (wall clock: kept across restarts)
    scope: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_at": self.expires_at,
                "scope": self.scope,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ZoomTokens:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        access, refresh = data.get("access_token"), data.get("refresh_token")
        if not isinstance(access, str) or not isinstance(refresh, str) or not refresh:
            raise ValueError("no tokens")
        return cls(
            access, refresh, float(data.get("expires_at") or 0), str(data.get("scope") or "")
        )


@dataclass(frozen=True, slots=True)
class ZoomMeetingSettings:
    host_video: bool = False
    participant_video: bool = False
    join_before_host: bool = False
    mute_upon_entry: bool = False
    watermark: bool = False
    use_pmi: bool = False
    approval_type: int = 2  # 0 automatic, 1 manual, 2 no registration
    audio: str = "both"  # both, telephony, voip, thirdParty
    auto_recording: str = "none"  # local, cloud, none
    waiting_room: bool = False
    meeting_authentication: bool = False
    authentication_domains: tuple[str, ...] = ()
    alternative_hosts: tuple[str, ...] = ()
    close_registration: bool = False
    registrants_confirmation_email: bool = True

    def to_api(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            name: getattr(self, name)
            for name in (*_BOOL_SETTINGS, "approval_type", "audio", "auto_recording")
        }
        # Zoom takes these two as strings: domains comma-separated, hosts semicolon-separated.
        body["authentication_domains"] = ",".join(self.authentication_domains)
        body["alternative_hosts"] = ";".join(self.alternative_hosts)
        return body

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> ZoomMeetingSettings:
        default = cls()
        values: dict[str, Any] = {}
        for name in _BOOL_SETTINGS:
            value = data.get(name)
            values[name] = value if isinstance(value, bool) else getattr(default, name)
        approval = data.get("approval_type")
        values["approval_type"] = approval if isinstance(approval, int) else default.approval_type
        for name in ("audio", "auto_recording"):
            value = data.get(name)
            values[name] = value if isinstance(value, str) and value else getattr(default, name)
        values["authentication_domains"] = _split_list(data.get("authentication_domains"))
        values["alternative_hosts"] = _split_list(data.get("alternative_hosts"))
        return cls(**values)


_BOOL_SETTINGS = (
    "host_video",
    "participant_video",
    "join_before_host",
    "mute_upon_entry",
    "watermark",
    "use_pmi",
    "waiting_room",
    "meeting_authentication",
    "close_registration",
    "registrants_confirmation_email",
)


def _split_list(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        items = [str(v) for v in value]
    elif isinstance(value, str):
        items = value.replace(";", ",").split(",")
    else:
        return ()
    return tuple(item.strip() for item in items if item.strip())


@dataclass(frozen=True, slots=True)
class ZoomMeetingRequest:
    """A meeting to create, or the new state of one to update: scheduled (Zoom type 2), a
    series Zoom can repeat (type 8, with `recurrence`), or a series it cannot (type 3, "no
    fixed time": one link that stays valid, where a type-2 link would expire after the first
    meeting)."""

    topic: str
    start: datetime  # aware
    duration_minutes: int
    timezone: str  # IANA name, how Zoom shows the time
    password: str = field(default="", repr=False)  # "": Zoom's default (keeps it on update)
    agenda: str = ""
    settings: ZoomMeetingSettings = ZoomMeetingSettings()
    recurrence: Mapping[str, Any] | None = None  # Zoom's recurrence object (type 8)
    repeats: bool = False  # a series: type 8 with `recurrence`, else type 3

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.start.utcoffset() is None:
            raise ValueError(Text("a Zoom meeting's start must carry its time zone"))
        if self.duration_minutes <= 0:
            raise ValueError(Text("a Zoom meeting lasts at least a minute"))
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(Text("unknown time zone {zone}", zone=repr(self.timezone))) from None

    def to_api(self) -> dict[str, Any]:
        meeting_type = (8 if self.recurrence else 3) if self.repeats else 2
        body: dict[str, Any] = {
            "topic": self.topic,
            "type": meeting_type,
            # In UTC ("Z"); `timezone` is how Zoom shows it to people.
            "start_time": self.start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "duration": self.duration_minutes,
            "timezone": self.timezone,
            "agenda": self.agenda,
            "settings": self.settings.to_api(),
        }
        if self.password:
            body["password"] = self.password
        if meeting_type == 8 and self.recurrence:
            body["recurrence"] = dict(self.recurrence)
        return body


# Zoom's limits for a recurring meeting with a fixed time (recurrence object definitions).
ZOOM_MAX_INTERVAL = {"DAILY": 90, "WEEKLY": 12, "MONTHLY": 3}
ZOOM_MAX_END_TIMES = 50


def zoom_recurrence(rule: RecurrenceRule, start: datetime) -> dict[str, Any] | None:
    """Zoom's recurrence object for a repeat rule, or None when Zoom cannot repeat it that way
    (yearly, several monthly days, BYSETPOS, more than 50 times, no end...)."""
    frequency = str(rule.freq)
    if frequency not in ZOOM_MAX_INTERVAL or rule.interval > ZOOM_MAX_INTERVAL[frequency]:
        return None
    if rule.by_month or rule.by_set_pos:
        return None
    body: dict[str, Any] = {"repeat_interval": rule.interval}
    if rule.count is not None:
        if rule.count > ZOOM_MAX_END_TIMES:
            return None
        body["end_times"] = rule.count
    elif rule.until is not None:
        until = rule.until
        if not isinstance(until, datetime):  # a date: the whole of that day, in the start's zone
            until = datetime.combine(until, datetime.max.time(), start.tzinfo)
        body["end_date_time"] = until.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        return None  # Zoom's series end; an endless one gets a link with no fixed time
    if frequency == "DAILY":
        if rule.by_day or rule.by_month_day:
            return None
        return {"type": 1, **body}
    if frequency == "WEEKLY":
        if rule.by_month_day or any(n is not None for n, _ in rule.by_day):
            return None
        days = {weekday for _, weekday in rule.by_day} or {start.weekday()}
        # Zoom counts from Sunday = 1; Python's Monday is 0.
        zoom_days = sorted((d + 1) % 7 + 1 for d in days)
        return {"type": 2, "weekly_days": ",".join(map(str, zoom_days)), **body}
    if rule.by_day and rule.by_month_day:
        return None
    if rule.by_month_day:
        if len(rule.by_month_day) != 1 or not 1 <= rule.by_month_day[0] <= 31:
            return None
        return {"type": 3, "monthly_day": rule.by_month_day[0], **body}
    if rule.by_day:
        if len(rule.by_day) != 1:
            return None
        week, weekday = rule.by_day[0]
        if week not in (-1, 1, 2, 3, 4):
            return None
        return {
            "type": 3,
            "monthly_week": week,
            "monthly_week_day": (weekday + 1) % 7 + 1,
            **body,
        }
    return {"type": 3, "monthly_day": start.day, **body}


@dataclass(frozen=True, slots=True)
class ZoomMeeting:
    id: int
    uuid: str
    topic: str
    start: datetime | None
    duration: int
    timezone: str
    password: str = field(repr=False)
    join_url: str = field(repr=False)
    start_url: str = field(repr=False)  # the host's: starts the meeting as them
    h323_password: str = field(repr=False)
    pstn_password: str = field(repr=False)
    encrypted_password: str = field(repr=False)
    settings: ZoomMeetingSettings
    dial_in: tuple[str, ...]  # "number (city, country)"

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> ZoomMeeting:
        try:
            meeting_id = int(data["id"])
        except (KeyError, TypeError, ValueError):
            raise ZoomError(Text("Zoom answered with a meeting that has no id.")) from None
        settings = data.get("settings")
        settings = settings if isinstance(settings, dict) else {}
        numbers = settings.get("global_dial_in_numbers")
        dial_in = tuple(
            _dial_in_line(entry)
            for entry in (numbers if isinstance(numbers, list) else [])
            if isinstance(entry, dict) and entry.get("number")
        )
        return cls(
            id=meeting_id,
            uuid=_text(data, "uuid"),
            topic=_text(data, "topic"),
            start=_parse_time(data.get("start_time")),
            duration=int(data.get("duration") or 0),
            timezone=_text(data, "timezone"),
            password=_text(data, "password"),
            join_url=_text(data, "join_url"),
            start_url=_text(data, "start_url"),
            h323_password=_text(data, "h323_password"),
            pstn_password=_text(data, "pstn_password"),
            encrypted_password=_text(data, "encrypted_password"),
            settings=ZoomMeetingSettings.from_api(settings),
            dial_in=dial_in,
        )


def _text(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    return "" if value is None else str(value)


def _dial_in_line(entry: Mapping[str, Any]) -> str:
    place = ", ".join(
        str(part)
        for part in (entry.get("city"), entry.get("country_name") or entry.get("country"))
        if part
    )
    number = str(entry["number"]).strip()
    return f"{number} ({place})" if place else number


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def format_meeting_id(meeting_id: int) -> str:
    """How Zoom writes meeting ids: 123 4567 8901 (11 digits), 123 456 7890, 123 456 789."""
    digits = str(meeting_id)
    groups = {11: (3, 4, 4), 10: (3, 3, 4), 9: (3, 3, 3)}.get(len(digits))
    if groups is None:
        return digits
    parts, index = [], 0
    for size in groups:
        parts.append(digits[index : index + size])
        index += size
    return " ".join(parts)


def invitation_fields(meeting: ZoomMeeting) -> dict[str, str]:
    """Placeholders for the invitation template. The start URL is the host's secret (it
    starts the meeting as them) and is never part of an invitation."""
    return {
        "join_url": meeting.join_url,
        "meeting_id": format_meeting_id(meeting.id),
        "passcode": meeting.password,
        "dial_in": "\n".join(meeting.dial_in),
        "h323_password": meeting.h323_password,
        "pstn_password": meeting.pstn_password,
    }


# ------------------------------------------------------------------------------------ errors


class ZoomError(Exception):
    """Something about Zoom went wrong; str() is a message for a person (a desktop.i18n.Text
    when raised here, so the window can show it translated)."""

    def __init__(self, message: str, *, status: int | None = None, code: int | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code  # Zoom's own error code (300, 3001, 124, ...)


class ZoomAuthError(ZoomError):
    """Only signing in to Zoom again helps."""


class ZoomNotFound(ZoomError):
    """The meeting does not exist (any more)."""


class ZoomTransient(ZoomError):
    """Try again later (throttled, Zoom unavailable, no network)."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


def _kind(exc: BaseException) -> str:
    # The class name says enough; messages may hold URLs.
    return type(exc).__name__


# ------------------------------------------------------------------------------------ tokens


class ZoomTokenStore:
    """The Zoom sign-in in the OS keyring (as JSON, in parts if large). Blocking: the
    client calls it from worker threads."""

    def __init__(self, account: str = ZOOM_ACCOUNT, name: str = TOKENS_SECRET) -> None:
        self.account = account
        self.name = name

    def load(self) -> ZoomTokens | None:
        text = secrets.read_large_secret(self.account, self.name)
        if not text:
            return None
        try:
            return ZoomTokens.from_json(text)
        except (ValueError, TypeError):
            log.warning("the stored Zoom sign-in is unreadable; sign in again")
            return None

    def save(self, tokens: ZoomTokens) -> None:
        secrets.store_large_secret(self.account, self.name, tokens.to_json())

    def clear(self) -> None:
        secrets.delete_large_secret(self.account, self.name)


CLIENT_SECRET = "client_secret"  # noqa: S105 - the keyring entry's name


def store_client_secret(secret: str, account: str = ZOOM_ACCOUNT) -> None:
    """Keep a confidential Zoom app's client secret in the keyring ("" removes it).
    Blocking: call from a worker thread."""
    if secret:
        secrets.store_secret(account, CLIENT_SECRET, secret)
    else:
        secrets.delete_secret(account, CLIENT_SECRET)


def read_client_secret(account: str = ZOOM_ACCOUNT) -> str:
    """The client secret from the keyring, "" for a public client id. Blocking."""
    return secrets.read_secret(account, CLIENT_SECRET) or ""


def _client_auth(config: ZoomConfig, form: dict[str, str]) -> httpx.BasicAuth | None:
    """Confidential app: HTTP Basic client_id:client_secret. Public client id (no secret):
    the id in the form and no Authorization header."""
    if config.client_secret:
        return httpx.BasicAuth(config.client_id, config.client_secret)
    form["client_id"] = config.client_id
    return None


def _tokens_from(data: object, clock: Callable[[], float], previous: str = "") -> ZoomTokens:
    if not isinstance(data, dict):
        raise ZoomError(Text("Zoom answered the sign-in with something unexpected."))
    access = data.get("access_token")
    refresh = data.get("refresh_token") or previous
    try:
        lifetime = float(data.get("expires_in") or 3600)
    except (TypeError, ValueError):
        lifetime = 3600.0
    if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
        raise ZoomError(Text("Zoom answered the sign-in without tokens."))
    return ZoomTokens(access, refresh, clock() + lifetime, str(data.get("scope") or ""))


def _oauth_error(response: httpx.Response) -> str:
    """The OAuth error name only: Zoom's "reason" can echo the code or token sent."""
    try:
        data = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    error = data.get("error") if isinstance(data, dict) else None
    return str(error)[:60] if error else f"HTTP {response.status_code}"


async def _new_http_client(verify: ssl.SSLContext | bool | None) -> httpx.AsyncClient:
    if verify is None:
        from desktop.providers.tls import tls_context

        verify = await asyncio.to_thread(tls_context)  # loading the CAs takes ~50 ms
    return httpx.AsyncClient(verify=verify, timeout=_HTTP_TIMEOUT)


async def _post_token(
    client: httpx.AsyncClient, config: ZoomConfig, form: dict[str, str]
) -> httpx.Response:
    auth = _client_auth(config, form)
    try:
        if auth is None:
            return await client.post(f"{config.oauth_url}/oauth/token", data=form)
        return await client.post(f"{config.oauth_url}/oauth/token", data=form, auth=auth)
    except httpx.TransportError as exc:
        raise ZoomTransient(
            Text("Zoom's sign-in service cannot be reached ({kind}).", kind=_kind(exc))
        ) from None


# ------------------------------------------------------------------------------------ sign-in


def _pkce_pair() -> tuple[str, str]:
    verifier = _random.token_urlsafe(64)  # 86 characters of [A-Za-z0-9_-] (RFC 7636: 43-128)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return verifier, challenge


class _Listener:
    """A one-shot loopback HTTP listener on 127.0.0.1 for the OAuth redirect. Requests for
    another path or with another state are answered and ignored: it keeps waiting for the
    answer to *its* sign-in (any local process can reach a loopback port)."""

    def __init__(self, state: str) -> None:
        self.state = state
        self.result: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, host="127.0.0.1", port=0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    async def close(self) -> None:
        """Stop listening and end every connection, waiting for their handlers (a browser's
        idle keep-alive or pre-connect socket must not outlive the sign-in)."""
        self._closed = True
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        # A connection accepted just before the close gets its handler a few loop turns
        # later (accept, transport, connection_made, task); the handler sees _closed and
        # hangs up.
        for _ in range(10):
            await asyncio.sleep(0)
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=5)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        self._writers.add(writer)
        try:
            if self._closed:
                return
            try:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), _LISTENER_READ_TIMEOUT)
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
                return
            except ConnectionError:
                return
            status, page = self._answer(head.split(b"\r\n", 1)[0].decode("latin-1"))
            body = page.encode("utf-8")
            writer.write(
                (
                    f"HTTP/1.1 {status}\r\n"
                    "Content-Type: text/html; charset=utf-8\r\n"
                    f"Content-Length: {len(body)}\r\n"
                    "Cache-Control: no-store\r\n"
                    "Referrer-Policy: no-referrer\r\n"
                    "Connection: close\r\n\r\n"
                ).encode("latin-1")
                + body
            )
            with contextlib.suppress(ConnectionError):
                await writer.drain()
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            if task is not None:
                self._tasks.discard(task)

    def _answer(self, request_line: str) -> tuple[str, str]:
        parts = request_line.split(" ")
        if len(parts) != 3 or parts[0] != "GET":
            return "405 Method Not Allowed", _FOREIGN_PAGE
        target = urlsplit(parts[1])
        if target.path != CALLBACK_PATH:
            log.debug("Zoom sign-in listener: a request for another path, ignored")
            return "404 Not Found", _FOREIGN_PAGE
        params = dict(parse_qsl(target.query, keep_blank_values=True))
        state = params.get("state", "")
        if not hmac.compare_digest(state.encode("utf-8"), self.state.encode("utf-8")):
            log.debug("Zoom sign-in listener: a callback with another state, ignored")
            return "400 Bad Request", _FOREIGN_PAGE
        if self.result.done():
            return "409 Conflict", _FOREIGN_PAGE
        error = params.get("error")
        if error:
            reason = "access was refused" if error == "access_denied" else "Zoom refused"
            self.result.set_exception(
                ZoomAuthError(Text("Zoom sign-in was cancelled or refused in the browser."))
                if error == "access_denied"
                else ZoomAuthError(Text("Zoom refused the sign-in ({error}).", error=error[:60]))
            )
            return "200 OK", _FAILED_PAGE.format(reason=escape(reason))
        code = params.get("code", "")
        if not code:
            return "400 Bad Request", _FOREIGN_PAGE
        self.result.set_result(code)
        return "200 OK", _SIGNED_IN_PAGE


async def sign_in(
    config: ZoomConfig,
    *,
    open_browser: Callable[[str], bool] = webbrowser.open,
    timeout: float = SIGN_IN_TIMEOUT,
    store: ZoomTokenStore | None = None,
    verify: ssl.SSLContext | bool | None = None,
    client: httpx.AsyncClient | None = None,
    clock: Callable[[], float] = time.time,
) -> ZoomTokens:
    """Sign in to Zoom in the system browser (authorization code grant with PKCE, S256).

    `open_browser` is called in a worker thread with the authorize URL. The redirect comes
    back to a listener on 127.0.0.1 (random port) that waits up to `timeout` seconds. The
    tokens are saved to `store` when one is given. Raises ZoomAuthError (not finished,
    refused), ZoomTransient (Zoom unreachable) or ZoomError."""
    config = config.validated()
    verifier, challenge = _pkce_pair()
    state = _random.token_urlsafe(24)
    listener = _Listener(state)
    await listener.start()
    browser: asyncio.Task[bool] | None = None
    try:
        query = urlencode(
            {
                "response_type": "code",
                "client_id": config.client_id,
                "redirect_uri": listener.redirect_uri,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "state": state,
            }
        )
        url = f"{config.oauth_url}/oauth/authorize?{query}"
        log.info("Zoom sign-in: waiting for the browser on port %d", listener.port)
        browser = asyncio.ensure_future(asyncio.to_thread(open_browser, url))
        code = await _wait_for_code(listener, browser, timeout)
    finally:
        await listener.close()
        if browser is not None:
            # A fake or slow browser may still be answering: give it a moment, never fail.
            await asyncio.wait({browser}, timeout=5)
            if browser.done():
                with contextlib.suppress(BaseException):
                    browser.result()
            else:
                browser.add_done_callback(lambda task: task.cancelled() or task.exception())

    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": listener.redirect_uri,
        "code_verifier": verifier,
    }
    own_client = client is None
    http = client if client is not None else await _new_http_client(verify)
    try:
        response = await _post_token(http, config, form)
    finally:
        if own_client:
            await http.aclose()
    log.info("Zoom sign-in: token endpoint answered %d", response.status_code)
    if response.status_code in (400, 401):
        error = _oauth_error(response)
        if error == "invalid_client":
            raise ZoomError(Text("Zoom does not accept Meetdesk's app ID or secret."))
        raise ZoomAuthError(Text("Zoom refused the sign-in ({error}). Try again.", error=error))
    if response.status_code == 429 or response.status_code >= 500:
        raise ZoomTransient(
            Text(
                "Zoom's sign-in service is unavailable (HTTP {status}).",
                status=response.status_code,
            ),
            status=response.status_code,
        )
    if response.status_code != 200:
        raise ZoomError(
            Text("Zoom refused the sign-in (HTTP {status}).", status=response.status_code)
        )
    try:
        data = response.json()
    except ValueError:
        data = None
    tokens = _tokens_from(data, clock)
    if store is not None:
        await asyncio.to_thread(store.save, tokens)
    return tokens


async def _wait_for_code(listener: _Listener, browser: asyncio.Task[bool], timeout: float) -> str:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    pending: set[asyncio.Future[Any]] = {listener.result, browser}
    while not listener.result.done():
        remaining = deadline - loop.time()
        if remaining <= 0:
            break
        done, _ = await asyncio.wait(
            pending, timeout=remaining, return_when=asyncio.FIRST_COMPLETED
        )
        if browser in done and browser in pending:
            pending.discard(browser)
            failed = browser.cancelled() or browser.exception() is not None
            if (failed or not browser.result()) and not listener.result.done():
                raise ZoomError(Text("Meetdesk could not open a web browser for the Zoom sign-in."))
    if not listener.result.done():
        raise ZoomAuthError(
            Text("Zoom sign-in was not finished in the browser in time. Try again.")
        )
    return listener.result.result()


# ------------------------------------------------------------------------------------ client


class ZoomClient:
    """Zoom REST API v2 for the signed-in user ("me"). One per event loop; close with
    aclose(). Tokens come from `tokens` (the keyring) and are refreshed when needed."""

    def __init__(
        self,
        config: ZoomConfig,
        tokens: ZoomTokenStore,
        *,
        verify: ssl.SSLContext | bool | None = None,
        client: httpx.AsyncClient | None = None,
        clock: Callable[[], float] = time.time,
        max_retry_wait: float = MAX_RETRY_WAIT,
    ) -> None:
        self.config = config.validated()
        self._store = tokens
        self._verify = verify
        self._http = client
        self._own_http = client is None
        self._clock = clock
        self._max_retry_wait = max_retry_wait
        self._tokens: ZoomTokens | None = None
        self._loaded = False
        self._unsaved = False
        self._lock = asyncio.Lock()

    # -- meetings ------------------------------------------------------------------------------

    async def create_meeting(self, request: ZoomMeetingRequest) -> ZoomMeeting:
        response = await self._call("POST", "/users/me/meetings", request.to_api())
        meeting = ZoomMeeting.from_api(self._json(response))
        log.info("Zoom meeting %d created", meeting.id)
        return meeting

    async def update_meeting(self, meeting_id: int, request: ZoomMeetingRequest) -> ZoomMeeting:
        await self._call("PATCH", f"/meetings/{_checked_id(meeting_id)}", request.to_api())
        log.info("Zoom meeting %d updated", meeting_id)
        return await self.get_meeting(meeting_id)

    async def get_meeting(self, meeting_id: int) -> ZoomMeeting:
        response = await self._call("GET", f"/meetings/{_checked_id(meeting_id)}")
        return ZoomMeeting.from_api(self._json(response))

    async def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting; one that no longer exists counts as deleted."""
        try:
            await self._call("DELETE", f"/meetings/{_checked_id(meeting_id)}")
        except ZoomNotFound:
            log.info("Zoom meeting %d was already gone", meeting_id)
            return
        log.info("Zoom meeting %d deleted", meeting_id)

    async def me(self) -> dict[str, Any]:
        response = await self._call("GET", "/users/me")
        return self._json(response)

    async def aclose(self) -> None:
        if self._http is not None and self._own_http:
            await self._http.aclose()
            self._http = None

    async def __aenter__(self) -> ZoomClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- HTTP ----------------------------------------------------------------------------------

    async def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = await _new_http_client(self._verify)
        return self._http

    @staticmethod
    def _json(response: httpx.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise ZoomError(
                Text("Zoom answered with something unexpected."), status=response.status_code
            )
        return data

    async def _call(
        self, method: str, path: str, body: dict[str, Any] | None = None
    ) -> httpx.Response:
        http = await self._client()
        url = self.config.api_url + path
        refreshed = False
        waited = 0.0
        attempts = 0
        while True:
            attempts += 1
            token = await self._access_token()
            headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
            try:
                response = await http.request(method, url, headers=headers, json=body)
            except httpx.TransportError as exc:
                raise ZoomTransient(
                    Text("Zoom cannot be reached ({kind}).", kind=_kind(exc))
                ) from None
            status = response.status_code
            log.debug("Zoom %s %s -> %d", method, path, status)
            if status < 300:
                return response
            code, message = _api_error(response)
            if status == 401:
                if not refreshed:
                    refreshed = True
                    await self._access_token(stale=token)
                    continue
                raise ZoomAuthError(Text("Sign in to Zoom again."), status=status, code=code)
            if status == 429:
                retry_after = _retry_after(response)
                if retry_after is None:
                    retry_after = 1.0
                if attempts < MAX_THROTTLED_ATTEMPTS and waited + retry_after <= (
                    self._max_retry_wait
                ):
                    log.info("Zoom is throttling; waiting %.1f s", retry_after)
                    waited += retry_after
                    await asyncio.sleep(retry_after)
                    continue
                raise ZoomTransient(
                    Text("Zoom is busy (too many requests). Try again in a moment."),
                    retry_after=retry_after,
                    status=status,
                    code=code,
                )
            if status == 404 or code == 3001:
                raise ZoomNotFound(
                    Text("This Zoom meeting does not exist any more."), status=status, code=code
                )
            if status >= 500:
                raise ZoomTransient(
                    Text("Zoom is unavailable (HTTP {status}). Try again later.", status=status),
                    retry_after=_retry_after(response),
                    status=status,
                    code=code,
                )
            if status == 403:
                # Zoom's own message is English: passed on as it is.
                reason: str = message or Text("forbidden")
                raise ZoomError(
                    Text("Zoom does not allow this: {reason}", reason=reason),
                    status=status,
                    code=code,
                )
            raise ZoomError(
                Text("Zoom refused the meeting: {reason}", reason=message or f"HTTP {status}"),
                status=status,
                code=code,
            )

    # -- tokens --------------------------------------------------------------------------------

    async def _access_token(self, *, stale: str | None = None) -> str:
        """A valid access token; refreshed when it expires soon, or when `stale` (a token
        Zoom just refused) is still the current one."""
        async with self._lock:
            if not self._loaded:
                self._tokens = await asyncio.to_thread(self._store.load)
                self._loaded = True
            if self._unsaved and self._tokens is not None:
                await self._save(self._tokens)
            tokens = self._tokens
            if tokens is None:
                raise ZoomAuthError(Text("Sign in to Zoom first."))
            expired = tokens.expires_at - REFRESH_MARGIN <= self._clock()
            if expired or (stale is not None and stale == tokens.access_token):
                tokens = await self._refresh(tokens)
            return tokens.access_token

    async def _refresh(self, tokens: ZoomTokens) -> ZoomTokens:
        form = {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token}
        response = await _post_token(await self._client(), self.config, form)
        log.info("Zoom token refresh answered %d", response.status_code)
        if response.status_code in (400, 401):
            error = _oauth_error(response)
            if error == "invalid_client":
                raise ZoomError(Text("Zoom does not accept Meetdesk's app ID or secret."))
            # invalid_grant: revoked, expired, or an old (rotated) refresh token.
            raise ZoomAuthError(Text("Sign in to Zoom again."), status=response.status_code)
        if response.status_code != 200:
            raise ZoomTransient(
                Text(
                    "Zoom's sign-in service is unavailable (HTTP {status}).",
                    status=response.status_code,
                ),
                retry_after=_retry_after(response),
                status=response.status_code,
            )
        try:
            data = response.json()
        except ValueError:
            data = None
        new = _tokens_from(data, self._clock, previous=tokens.refresh_token)
        # Zoom rotated the refresh token: the old one no longer works. Keep the new one
        # (in memory and in the keyring) before anything uses the new access token.
        self._tokens = new
        await self._save(new)
        return new

    async def _save(self, tokens: ZoomTokens) -> None:
        try:
            await asyncio.to_thread(self._store.save, tokens)
        except secrets.KeyringUnavailable as exc:
            self._unsaved = True
            raise ZoomError(
                Text("The Zoom sign-in cannot be kept: {reason}", reason=message_of(exc))
            ) from None
        self._unsaved = False


def _checked_id(meeting_id: int) -> int:
    if isinstance(meeting_id, bool) or not isinstance(meeting_id, int) or meeting_id <= 0:
        raise ValueError(f"not a Zoom meeting id: {meeting_id!r}")
    return meeting_id


def _api_error(response: httpx.Response) -> tuple[int | None, str]:
    """Zoom's {"code": ..., "message": ...}; field errors appended (they name fields only)."""
    try:
        data = response.json()
    except ValueError:
        return None, ""
    if not isinstance(data, dict):
        return None, ""
    code = data.get("code")
    message = str(data.get("message") or "")[:300]
    errors = data.get("errors")
    if isinstance(errors, list):
        fields = [
            f"{e.get('field')}: {e.get('message')}"
            for e in errors[:5]
            if isinstance(e, dict) and e.get("field")
        ]
        if fields:
            message = f"{message} ({'; '.join(fields)})"
    return (code if isinstance(code, int) else None), message


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (a number or an HTTP date), None when absent or unreadable."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
