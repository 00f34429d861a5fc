"""ZoomEmulator: Zoom's OAuth endpoints (zoom.us/oauth) and REST API v2 meetings, over HTTP."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .server import Headers, PlainServer, Request, Response

DEFAULT_CLIENT_ID = "mDk3ZmT2QxeYw1Zoom0Emu"
DEFAULT_CLIENT_SECRET = "s3cr3t-Zoom-Emulator-0123456789ab"
DEFAULT_PUBLIC_CLIENT_ID = "pUbL1cZoomEmuPkceOnly"
SCOPES = (
    "meeting:read:meeting",
    "meeting:write:meeting",
    "meeting:update:meeting",
    "meeting:delete:meeting",
    "user:read:user",
)
CODE_LIFETIME = 300  # Zoom: authorization codes expire after 5 minutes
PASSWORD_RE = re.compile(r"^[A-Za-z0-9@_*-]{1,10}$")
EMAIL_RE = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
BOOL_SETTINGS = (
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
DEFAULT_SETTINGS: dict[str, Any] = {
    "host_video": False,
    "participant_video": False,
    "cn_meeting": False,
    "in_meeting": False,
    "join_before_host": False,
    "jbh_time": 0,
    "mute_upon_entry": False,
    "watermark": False,
    "use_pmi": False,
    "approval_type": 2,
    "audio": "voip",
    "auto_recording": "none",
    "enforce_login": False,
    "enforce_login_domains": "",
    "alternative_hosts": "",
    "alternative_host_update_polls": False,
    "close_registration": False,
    "show_share_button": False,
    "allow_multiple_devices": False,
    "registrants_confirmation_email": True,
    "waiting_room": False,
    "request_permission_to_unmute_participants": False,
    "registrants_email_notification": True,
    "meeting_authentication": False,
    "authentication_domains": "",
    "encryption_type": "enhanced_encryption",
    "approved_or_denied_countries_or_regions": {"enable": False},
    "breakout_room": {"enable": False},
    "alternative_hosts_email_notification": True,
    "device_testing": False,
    "focus_mode": False,
    "private_meeting": False,
    "email_notification": True,
    "host_save_video_order": False,
    "continuous_meeting_chat": {"enable": False},
}
DIAL_IN_NUMBERS: tuple[dict[str, str], ...] = (
    {
        "country": "US",
        "country_name": "US",
        "city": "New York",
        "number": "+1 555 010 0123",
        "type": "toll",
    },
    {
        "country": "NL",
        "country_name": "Netherlands",
        "city": "Amsterdam",
        "number": "+31 20 555 0142",
        "type": "toll",
    },
    {"country": "DE", "country_name": "Germany", "number": "+49 30 5550 1234", "type": "toll"},
)


@dataclass
class RequestRecord:
    """One request the emulator answered (``status`` is set once it has answered)."""

    method: str
    path: str
    query: dict[str, str]
    headers: Headers
    body: bytes
    kind: str  # "oauth", "api" or "other"
    status: int | None = None

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode("utf-8"), keep_blank_values=True))


@dataclass
class AuthCode:
    client_id: str
    redirect_uri: str
    challenge: str
    expires_at: float
    used: bool = False


@dataclass
class Grant:
    client_id: str
    scope: str


@dataclass
class AccessToken:
    client_id: str
    expires_at: float


@dataclass
class _Throttle:
    retry_after: float | None


@dataclass
class ZoomUser:
    id: str = "KDcuGIm1QgePTO8WbOqwIQ"
    email: str = "alice@example.com"
    first_name: str = "Alice"
    last_name: str = "Able"
    account_id: str = "q6gBJVO5TzexKYTb_I2rpg"
    pmi: int = 3542471135
    timezone: str = "Europe/Amsterdam"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "display_name": f"{self.first_name} {self.last_name}",
            "email": self.email,
            "type": 2,
            "role_name": "Owner",
            "pmi": self.pmi,
            "use_pmi": False,
            "personal_meeting_url": f"https://us05web.zoom.us/j/{self.pmi}",
            "timezone": self.timezone,
            "verified": 1,
            "dept": "",
            "created_at": "2024-01-15T08:00:00Z",
            "last_login_time": "2026-11-20T08:00:00Z",
            "pic_url": "",
            "language": "en-US",
            "status": "active",
            "role_id": "0",
            "account_id": self.account_id,
            "account_number": 10000001,
            "cluster": "us05",
            "user_created_at": "2024-01-15T08:00:00Z",
            **self.extra,
        }


def _now_z(at: float | None = None) -> str:
    return datetime.fromtimestamp(time.time() if at is None else at, UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _oauth_error(status: int, error: str, reason: str) -> Response:
    # Zoom's token endpoint answers {"reason": ..., "error": ...}.
    return Response.json(status, {"reason": reason, "error": error})


def _api_error(status: int, code: int, message: str, **extra: Any) -> Response:
    return Response.json(status, {"code": code, "message": message, **extra})


def _invalid_fields(fields: Iterable[str]) -> Response:
    return _api_error(
        400,
        300,
        "Validation Failed.",
        errors=[{"field": name, "message": "Invalid field."} for name in fields],
    )


class ZoomEmulator:
    """See the package docstring for the whole surface."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        access_token_lifetime: int = 3600,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        public_client_id: str = DEFAULT_PUBLIC_CLIENT_ID,
    ) -> None:
        self.host = host
        self.port = port
        self.access_token_lifetime = access_token_lifetime
        self.client_id = client_id
        self.client_secret = client_secret
        self.public_client_id = public_client_id
        self.user = ZoomUser()
        self.deny_authorization = False  # the person clicks "Decline" on Zoom's page
        self._lock = threading.RLock()
        self.codes: dict[str, AuthCode] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.access_tokens: dict[str, AccessToken] = {}
        self.issued: list[str] = []  # every code and token handed out, for leak checks
        self.meetings: dict[int, dict[str, Any]] = {}
        self.requests: list[RequestRecord] = []
        self._throttles: list[_Throttle] = []
        self._server: PlainServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> ZoomEmulator:
        if self._server is not None:
            raise RuntimeError("already started")
        self._server = PlainServer((self.host, self.port), self._handle)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            daemon=True,
            name="zoom-emulator",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.close_all()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> ZoomEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("not started")
        return self._server.base_url

    @property
    def oauth_url(self) -> str:
        """Stands for https://zoom.us (authorize at /oauth/authorize, tokens at /oauth/token)."""
        return self.base_url

    @property
    def api_url(self) -> str:
        """Stands for https://api.zoom.us/v2."""
        return self.base_url + "/v2"

    # ------------------------------------------------------------------ faults and helpers

    def revoke_tokens(self) -> None:
        """The person removed the app (or an admin revoked it): every token stops working."""
        with self._lock:
            self.refresh_tokens.clear()
            self.access_tokens.clear()

    def expire_access_tokens(self) -> None:
        """Every access token expires now (refresh tokens keep working)."""
        with self._lock:
            for token in self.access_tokens.values():
                token.expires_at = 0.0

    def throttle_next(self, n: int = 1, retry_after: float | None = 1) -> None:
        """The next n API requests answer 429 (with Retry-After unless it is None)."""
        with self._lock:
            self._throttles.extend(_Throttle(retry_after) for _ in range(n))

    def issue_tokens(self, *, client_id: str | None = None) -> dict[str, Any]:
        """A token response as /oauth/token gives one, without a browser."""
        with self._lock:
            return self._issue(client_id or self.client_id, " ".join(SCOPES))

    def api_requests(self) -> list[RequestRecord]:
        return [r for r in self.requests if r.kind == "api"]

    def oauth_requests(self) -> list[RequestRecord]:
        return [r for r in self.requests if r.kind == "oauth"]

    # ------------------------------------------------------------------ dispatch

    def _handle(self, request: Request) -> Response:
        segments = request.segments
        kind = (
            "oauth" if segments[:1] == ["oauth"] else "api" if segments[:1] == ["v2"] else "other"
        )
        record = RequestRecord(
            request.method, request.path, request.query, request.headers, request.body, kind
        )
        with self._lock:
            self.requests.append(record)
            if kind == "oauth":
                response = self._oauth(request)
            elif kind == "api":
                response = self._api(request)
            else:
                response = Response.json(404, {"code": 404, "message": "Not Found"})
            record.status = response.status
        return response

    # ------------------------------------------------------------------ OAuth

    def _oauth(self, request: Request) -> Response:
        if request.segments == ["oauth", "authorize"] and request.method == "GET":
            return self._authorize(request)
        if request.segments == ["oauth", "token"] and request.method == "POST":
            return self._token(request)
        return Response.json(404, {"code": 404, "message": "Not Found"})

    def _authorize(self, request: Request) -> Response:
        q = request.query
        client_id = q.get("client_id", "")
        if client_id not in (self.client_id, self.public_client_id):
            return Response.html(400, "<p>Invalid client_id: 4,702</p>")
        redirect_uri = q.get("redirect_uri", "")
        target = urlsplit(redirect_uri)
        if (
            target.scheme != "http"
            or target.hostname not in ("127.0.0.1", "localhost")
            or target.query
            or target.fragment
        ):
            return Response.html(400, "<p>Invalid redirect: 4,700</p>")
        if q.get("response_type") != "code":
            return Response.html(400, "<p>Unsupported response type</p>")
        challenge = q.get("code_challenge", "")
        if q.get("code_challenge_method") != "S256" or not re.fullmatch(
            r"[A-Za-z0-9_-]{43}", challenge
        ):
            return Response.html(400, "<p>Invalid code_challenge (S256 required)</p>")
        state = q.get("state", "")
        if not state:
            return Response.html(400, "<p>Missing state</p>")
        if self.deny_authorization:
            params = {"error": "access_denied", "state": state}
        else:
            code = secrets.token_urlsafe(24)
            self.codes[code] = AuthCode(
                client_id, redirect_uri, challenge, time.time() + CODE_LIFETIME
            )
            self.issued.append(code)
            params = {"code": code, "state": state}
        return Response(302, b"", [("Location", f"{redirect_uri}?{urlencode(params)}")])

    def _client(self, request: Request, form: Mapping[str, str]) -> tuple[str | None, Response]:
        """(client id, error response when it is None)."""
        authorization = request.headers.get("Authorization", "")
        if authorization.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(authorization[6:].strip(), validate=True)
                client_id, _, secret = decoded.decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return None, _oauth_error(401, "invalid_client", "Invalid client.")
            if client_id != self.client_id or not hmac.compare_digest(
                secret.encode(), self.client_secret.encode()
            ):
                return None, _oauth_error(401, "invalid_client", "Invalid client_id or secret")
            return client_id, Response(200)
        client_id = form.get("client_id", "")
        if client_id == self.public_client_id:
            return client_id, Response(200)
        if client_id == self.client_id:
            # A confidential app must authenticate (Basic client_id:client_secret).
            return None, _oauth_error(
                401, "invalid_client", "Client ID or client secret is missing."
            )
        return None, _oauth_error(401, "invalid_client", "Invalid client.")

    def _token(self, request: Request) -> Response:
        # Zoom takes the parameters as form fields or in the query string.
        form = {**request.query, **request.form()}
        client_id, error = self._client(request, form)
        if client_id is None:
            return error
        grant_type = form.get("grant_type", "")
        if grant_type == "authorization_code":
            return self._exchange_code(client_id, form)
        if grant_type == "refresh_token":
            return self._refresh(client_id, form)
        return _oauth_error(400, "unsupported_grant_type", "Unsupported grant type")

    def _exchange_code(self, client_id: str, form: Mapping[str, str]) -> Response:
        code = form.get("code", "")
        entry = self.codes.get(code)
        if entry is None or entry.used or entry.expires_at < time.time():
            return _oauth_error(400, "invalid_grant", f"Invalid authorization code {code}")
        entry.used = True  # single use, whatever happens next
        if entry.client_id != client_id:
            return _oauth_error(400, "invalid_grant", f"Invalid authorization code {code}")
        if form.get("redirect_uri", "") != entry.redirect_uri:
            return _oauth_error(400, "invalid_grant", "Redirect URI mismatch.")
        verifier = form.get("code_verifier", "")
        if not re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", verifier) or not hmac.compare_digest(
            _s256(verifier), entry.challenge
        ):
            return _oauth_error(400, "invalid_grant", "Invalid code verifier.")
        return Response.json(200, self._issue(client_id, " ".join(SCOPES)))

    def _refresh(self, client_id: str, form: Mapping[str, str]) -> Response:
        token = form.get("refresh_token", "")
        grant = self.refresh_tokens.get(token)
        if grant is None or grant.client_id != client_id:
            return _oauth_error(400, "invalid_grant", "Invalid Token!")
        del self.refresh_tokens[token]  # rotation: the old refresh token stops working
        return Response.json(200, self._issue(client_id, grant.scope))

    def _issue(self, client_id: str, scope: str) -> dict[str, Any]:
        access = "eyJzv." + secrets.token_urlsafe(32)
        refresh = "eyJzr." + secrets.token_urlsafe(32)
        self.access_tokens[access] = AccessToken(
            client_id, time.time() + self.access_token_lifetime
        )
        self.refresh_tokens[refresh] = Grant(client_id, scope)
        self.issued.extend((access, refresh))
        return {
            "access_token": access,
            "token_type": "bearer",
            "refresh_token": refresh,
            "expires_in": self.access_token_lifetime,
            "scope": scope,
            "api_url": "https://api.zoom.us",
        }

    # ------------------------------------------------------------------ API v2

    def _api(self, request: Request) -> Response:
        authorization = request.headers.get("Authorization", "")
        token = authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""
        entry = self.access_tokens.get(token)
        if entry is None:
            return _api_error(401, 124, "Invalid access token.")
        if entry.expires_at <= time.time():
            return _api_error(401, 124, "Access token is expired.")
        if self._throttles:
            throttle = self._throttles.pop(0)
            headers = [
                ("X-RateLimit-Category", "Light"),
                ("X-RateLimit-Type", "QPS"),
                ("X-RateLimit-Limit", "30"),
                ("X-RateLimit-Remaining", "0"),
            ]
            if throttle.retry_after is not None:
                headers.append(("Retry-After", f"{throttle.retry_after:g}"))
            response = _api_error(
                429,
                429,
                "You have reached the maximum per-second rate limit for this API. Try again later.",
            )
            response.headers.extend(headers)
            return response
        path = request.segments[1:]
        method = request.method
        if path == ["users", "me"] and method == "GET":
            return Response.json(200, self.user.to_api())
        if (
            len(path) == 3
            and path[0] == "users"
            and path[1] in ("me", self.user.id, self.user.email)
            and path[2] == "meetings"
            and method == "POST"
        ):
            return self._create(request)
        if len(path) == 2 and path[0] == "meetings":
            meeting = self._meeting(path[1])
            if meeting is None:
                return _api_error(404, 3001, f"Meeting does not exist: {path[1]}.")
            if method == "GET":
                return Response.json(200, meeting)
            if method == "PATCH":
                return self._update(meeting, request)
            if method == "DELETE":
                del self.meetings[int(meeting["id"])]
                return Response(204)
        return _api_error(404, 404, "Not Found")

    def _meeting(self, meeting_id: str) -> dict[str, Any] | None:
        if not meeting_id.isdigit():
            return None
        return self.meetings.get(int(meeting_id))

    @staticmethod
    def _body(request: Request) -> dict[str, Any] | Response:
        try:
            body = request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return _api_error(400, 300, "Request Body should be a valid JSON object.")
        return body

    def _create(self, request: Request) -> Response:
        body = self._body(request)
        if isinstance(body, Response):
            return body
        problems = self._validate(body, creating=True)
        if problems:
            return problems
        meeting_id = 10_000_000_000 + secrets.randbelow(89_999_999_999)
        while meeting_id in self.meetings:
            meeting_id += 1
        settings = dict(DEFAULT_SETTINGS)
        settings.update(body.get("settings") or {})
        settings["global_dial_in_countries"] = sorted({n["country"] for n in DIAL_IN_NUMBERS})
        settings["global_dial_in_numbers"] = [dict(n) for n in DIAL_IN_NUMBERS]
        meeting: dict[str, Any] = {
            "uuid": base64.b64encode(secrets.token_bytes(16)).decode("ascii"),
            "id": meeting_id,
            "host_id": self.user.id,
            "host_email": self.user.email,
            "assistant_id": "",
            "topic": body.get("topic", "Zoom meeting"),
            "type": int(body.get("type", 2)),
            "status": "waiting",
            "start_time": _start_time(body),
            "duration": int(body.get("duration", 60)),
            "timezone": body.get("timezone") or self.user.timezone,
            "agenda": body.get("agenda", ""),
            "created_at": _now_z(),
            "pre_schedule": False,
            "settings": settings,
        }
        if meeting["type"] == 8:
            meeting["recurrence"] = dict(body["recurrence"])
        self._set_password(meeting, body.get("password") or _generated_password())
        meeting["start_url"] = (
            f"https://us05web.zoom.us/s/{meeting_id}?zak=eyJzak." + secrets.token_urlsafe(48)
        )
        self.issued.append(meeting["start_url"].split("zak=", 1)[1])
        self.meetings[meeting_id] = meeting
        return Response.json(201, meeting)

    def _update(self, meeting: dict[str, Any], request: Request) -> Response:
        body = self._body(request)
        if isinstance(body, Response):
            return body
        problems = self._validate(body, creating=False)
        if problems:
            return problems
        for name in ("topic", "duration", "timezone", "agenda", "type", "recurrence"):
            if name in body:
                meeting[name] = body[name]
        if meeting["type"] != 8:
            meeting.pop("recurrence", None)
        if "start_time" in body:
            meeting["start_time"] = _start_time({**meeting, **body})
        if "password" in body:
            self._set_password(meeting, body["password"])
        if isinstance(body.get("settings"), dict):
            meeting["settings"].update(body["settings"])
        return Response(204)

    def _set_password(self, meeting: dict[str, Any], password: str) -> None:
        meeting["password"] = password
        digits = password if password.isdigit() else str(secrets.randbelow(900_000) + 100_000)
        meeting["h323_password"] = digits
        meeting["pstn_password"] = digits
        meeting["encrypted_password"] = secrets.token_urlsafe(24)
        meeting["join_url"] = (
            f"https://us05web.zoom.us/j/{meeting['id']}?pwd={meeting['encrypted_password']}"
        )

    def _validate(self, body: Mapping[str, Any], *, creating: bool) -> Response | None:
        bad: list[str] = []
        if "topic" in body and (not isinstance(body["topic"], str) or len(body["topic"]) > 200):
            bad.append("topic")
        if "type" in body and body["type"] not in (1, 2, 3, 8, 10):
            bad.append("type")
        if "duration" in body and (
            not isinstance(body["duration"], int)
            or isinstance(body["duration"], bool)
            or body["duration"] <= 0
        ):
            bad.append("duration")
        if "timezone" in body:
            try:
                ZoneInfo(str(body["timezone"]))
            except (ZoneInfoNotFoundError, ValueError):
                bad.append("timezone")
        if "start_time" in body:
            if _start_time(body) is None:
                bad.append("start_time")
        elif creating and body.get("type", 2) in (2, 8):
            bad.append("start_time")
        if "agenda" in body and (not isinstance(body["agenda"], str) or len(body["agenda"]) > 2000):
            bad.append("agenda")
        if body.get("type") == 8 or "recurrence" in body:
            bad.extend(_recurrence_problems(body.get("recurrence")))
        settings = body.get("settings", {})
        if not isinstance(settings, dict):
            bad.append("settings")
            settings = {}
        for name in BOOL_SETTINGS:
            if name in settings and not isinstance(settings[name], bool):
                bad.append(f"settings.{name}")
        if "approval_type" in settings and settings["approval_type"] not in (0, 1, 2):
            bad.append("settings.approval_type")
        if "audio" in settings and settings["audio"] not in (
            "both",
            "telephony",
            "voip",
            "thirdParty",
        ):
            bad.append("settings.audio")
        if "auto_recording" in settings and settings["auto_recording"] not in (
            "local",
            "cloud",
            "none",
        ):
            bad.append("settings.auto_recording")
        hosts = settings.get("alternative_hosts", "")
        if not isinstance(hosts, str) or not all(
            EMAIL_RE.match(h.strip()) for h in hosts.replace(",", ";").split(";") if h.strip()
        ):
            bad.append("settings.alternative_hosts")
        if not isinstance(settings.get("authentication_domains", ""), str):
            bad.append("settings.authentication_domains")
        if bad:
            return _invalid_fields(bad)
        if "password" in body and (
            not isinstance(body["password"], str) or not PASSWORD_RE.match(body["password"])
        ):
            return _api_error(
                400,
                300,
                "Passcode may only contain the following characters: [a-z A-Z 0-9 @ - _ *] "
                "and can have a maximum of 10 characters.",
            )
        return None


def _start_time(body: Mapping[str, Any]) -> str | None:
    """start_time as Zoom answers it (UTC, "Z"): "…Z" is UTC, anything else local time
    in the body's timezone."""
    value = body.get("start_time")
    if not isinstance(value, str):
        return None
    try:
        if value.endswith("Z"):
            parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        else:
            local = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")
            parsed = local.replace(tzinfo=ZoneInfo(str(body.get("timezone") or "UTC")))
    except (ValueError, ZoneInfoNotFoundError):
        return None
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _generated_password() -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(6))


# Recurrence object definitions (developers.zoom.us/docs/api/references/recurrence-object-
# definitions): type 1 daily, 2 weekly, 3 monthly; repeat_interval at most 90 days, 12 weeks
# or 3 months; weekly_days "1".."7" from Sunday; monthly_day 1-31, or monthly_week (-1, 1-4)
# with monthly_week_day; end_times 1-50 or end_date_time, not both.
_MAX_REPEAT_INTERVAL = {1: 90, 2: 12, 3: 3}


def _recurrence_problems(recurrence: object) -> list[str]:
    if not isinstance(recurrence, dict):
        return ["recurrence"]
    kind = recurrence.get("type")
    if kind not in _MAX_REPEAT_INTERVAL:
        return ["recurrence.type"]
    bad = []
    interval = recurrence.get("repeat_interval", 1)
    if not isinstance(interval, int) or not 1 <= interval <= _MAX_REPEAT_INTERVAL[kind]:
        bad.append("recurrence.repeat_interval")
    if kind == 2:
        days = str(recurrence.get("weekly_days", "1")).split(",")
        if not days or any(day not in {"1", "2", "3", "4", "5", "6", "7"} for day in days):
            bad.append("recurrence.weekly_days")
    if kind == 3:
        if "monthly_day" in recurrence:
            if recurrence["monthly_day"] not in range(1, 32):
                bad.append("recurrence.monthly_day")
        elif recurrence.get("monthly_week") not in (-1, 1, 2, 3, 4) or recurrence.get(
            "monthly_week_day"
        ) not in range(1, 8):
            bad.append("recurrence.monthly_week")
    if "end_times" in recurrence:
        if "end_date_time" in recurrence or recurrence["end_times"] not in range(1, 51):
            bad.append("recurrence.end_times")
    elif (
        "end_date_time" in recurrence
        and _start_time({"start_time": recurrence["end_date_time"]}) is None
    ):
        bad.append("recurrence.end_date_time")
    return bad
