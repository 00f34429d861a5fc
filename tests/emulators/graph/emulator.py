"""GraphEmulator: a local Microsoft identity platform + Microsoft Graph v1.0 over HTTPS."""

from __future__ import annotations

import shutil
import ssl
import tempfile
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from . import model, render
from .errors import GraphError
from .model import (
    Calendar,
    Client,
    Contact,
    ContactFolder,
    Event,
    Instance,
    Share,
    Token,
    User,
)
from .recurrence import occurrence_starts
from .server import Headers, Request, Response, TLSServer

DEFAULT_CLIENT_ID = "3f2b8c1e-6a4d-4e7b-9c25-0d8e1f7a5b63"
DELEGATED_SCOPES = (
    "User.Read",
    "Calendars.ReadWrite",
    "Calendars.ReadWrite.Shared",
    "Contacts.ReadWrite",
)
APP_ROLES = ("User.Read.All", "Calendars.ReadWrite", "Contacts.ReadWrite")
CALENDAR_COLORS = {
    "auto": "",
    "lightBlue": "#a6d1f5",
    "lightGreen": "#87d28e",
    "lightOrange": "#fcab73",
    "lightGray": "#c0c0c0",
    "lightYellow": "#f4d07a",
    "lightTeal": "#5fd2c7",
    "lightPink": "#f08cc0",
    "lightBrown": "#ca9d7c",
    "lightRed": "#f88c9b",
}


@dataclass
class RequestRecord:
    """One request the emulator answered (``status`` is filled in when it has answered)."""

    method: str
    path: str
    query: dict[str, str]
    headers: Headers
    body: bytes
    url: str
    kind: str  # "identity", "graph" or "other"
    status: int | None = None
    user: str | None = None  # e-mail of the signed-in user (Graph requests with a valid token)

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


@dataclass
class _Throttle:
    status: int
    retry_after: float | None
    code: str


@dataclass
class DeltaState:
    """What a delta or skip token stands for (kept server side; the token is opaque)."""

    kind: str  # "events", "contacts", "folders"
    mailbox_id: str
    scope_id: str  # calendar id, contact folder id, or the mailbox id for folders
    window: tuple[datetime, datetime] | None
    path: str  # the path links are built on
    query: dict[str, str]  # window parameters to repeat in a 410 Location
    since: int | None  # change sequence the round starts after (None: initial round)
    delivered: dict[tuple[str, str], str]  # item key -> id as the client knows it
    generation: int
    # Skip-token rounds:
    entries: list[dict[str, Any]] = field(default_factory=list)
    offset: int = 0
    upto: int = 0
    next_delivered: dict[tuple[str, str], str] = field(default_factory=dict)
    empty_page_pending: bool = False
    replay_pending: bool = False
    share_role: str | None = None


class GraphEmulator:
    """See the package docstring for the whole surface."""

    def __init__(
        self,
        tenant: str = "contoso",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        private_details: str = "full",
        access_token_lifetime: int = 3600,
        mailbox_concurrency: int = 4,
        contact_folder_delta: str = "top",
        response_delay: float = 0.0,
    ) -> None:
        if private_details not in ("full", "hidden"):
            raise ValueError("private_details is 'full' or 'hidden'")
        if contact_folder_delta not in ("top", "flat"):
            raise ValueError("contact_folder_delta is 'top' or 'flat'")
        self.tenant = tenant
        self.tenant_id = str(uuid.uuid4())
        self.host = host
        self.port = port
        self.private_details = private_details
        self.access_token_lifetime = access_token_lifetime
        self.mailbox_concurrency = mailbox_concurrency
        self.contact_folder_delta = contact_folder_delta
        self.response_delay = response_delay
        self.replay_in_delta = False
        self.empty_pages = False
        self._lock = threading.RLock()
        self._seq = 0
        self.users: dict[str, User] = {}
        self.calendars: dict[str, Calendar] = {}
        self.shares: list[Share] = []
        self._events: dict[str, Event] = {}
        self._event_ids: dict[str, str] = {}  # any current id -> imm id
        self._occurrences: dict[str, tuple[str, datetime]] = {}  # occurrence id -> (imm, orig)
        self.folders: dict[str, ContactFolder] = {}
        self._contacts: dict[str, Contact] = {}
        self._contact_ids: dict[str, str] = {}
        self.clients: dict[str, Client] = {}
        self.codes: dict[str, model.AuthCode] = {}
        self.refresh_tokens: dict[str, model.RefreshToken] = {}
        self.tokens: dict[str, Token] = {}
        self.delta_tokens: dict[str, DeltaState] = {}
        self._token_generation = 0
        self._expired_answer = (410, "syncStateNotFound")
        self._throttles: list[_Throttle] = []
        self._gate: threading.Event | None = None
        self._in_flight: dict[str, int] = {}
        self._max_in_flight: dict[str, int] = {}
        self.requests: list[RequestRecord] = []
        self._login_user_id: str | None = None
        self._server: TLSServer | None = None
        self._thread: threading.Thread | None = None
        self._tmpdir: str | None = None
        self._ca_path: str | None = None
        self.client_id = self.register_client(DEFAULT_CLIENT_ID)
        from .graph_api import GraphApi
        from .identity import IdentityApi

        self._identity = IdentityApi(self)
        self._graph = GraphApi(self)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> GraphEmulator:
        import trustme

        if self._server is not None:
            raise RuntimeError("already started")
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost", "::1")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(context)
        self._tmpdir = tempfile.mkdtemp(prefix="graph-emulator-")
        ca_path = Path(self._tmpdir, "ca.pem")
        ca.cert_pem.write_to_path(str(ca_path))
        self._ca_path = str(ca_path)
        self._server = TLSServer((self.host, self.port), context, self._handle)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            daemon=True,
            name="graph-emulator",
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
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
        self._tmpdir = None

    def __enter__(self) -> GraphEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the emulator is not started")
        return self._server.base_url

    @property
    def authority_url(self) -> str:
        return f"{self.base_url}/{self.tenant}"

    @property
    def graph_url(self) -> str:
        return self.base_url

    @property
    def ca_path(self) -> str:
        if self._ca_path is None:
            raise RuntimeError("the emulator is not started")
        return self._ca_path

    def ssl_context(self) -> ssl.SSLContext:
        """A client SSL context trusting the emulator's CA (httpx: ``verify=emu.ssl_context()``)."""
        return ssl.create_default_context(cafile=self.ca_path)

    @property
    def issuer(self) -> str:
        return f"{self.base_url}/{self.tenant_id}/v2.0"

    # ------------------------------------------------------------------ clients and tokens

    def register_client(self, client_id: str | None = None, *, name: str = "Meetdesk") -> str:
        """Register a public client (loopback redirect URIs on any port are allowed)."""
        client_id = client_id or str(uuid.uuid4())
        with self._lock:
            self.clients[client_id] = Client(client_id, public=True, name=name)
        return client_id

    def register_confidential_client(
        self,
        client_id: str,
        certificate_pem: bytes | str | None = None,
        *,
        client_secret: str | None = None,
        roles: Iterable[str] = APP_ROLES,
    ) -> str:
        """A confidential client for the client-credentials grant (application permissions)."""
        if isinstance(certificate_pem, str):
            certificate_pem = certificate_pem.encode("ascii")
        with self._lock:
            self.clients[client_id] = Client(
                client_id,
                public=False,
                certificate_pem=certificate_pem,
                secret=client_secret,
                roles=frozenset(r.lower() for r in roles),
            )
        return client_id

    def issue_access_token(
        self,
        user: str,
        scopes: Iterable[str] = DELEGATED_SCOPES,
        *,
        client_id: str | None = None,
        lifetime: float | None = None,
    ) -> str:
        """A delegated access token without a sign-in (for Graph-only tests)."""
        with self._lock:
            u = self.user(user)
            return self._new_access_token(
                client_id or self.client_id, u.id, {s.lower() for s in scopes}, set(), lifetime
            ).value

    def issue_app_token(
        self, client_id: str | None = None, roles: Iterable[str] = APP_ROLES
    ) -> str:
        with self._lock:
            return self._new_access_token(
                client_id or self.client_id, None, set(), {r.lower() for r in roles}, None
            ).value

    def _new_access_token(
        self,
        client_id: str,
        user_id: str | None,
        scopes: set[str],
        roles: set[str],
        lifetime: float | None,
    ) -> Token:
        from .identity import make_access_token

        lifetime = self.access_token_lifetime if lifetime is None else lifetime
        value = make_access_token(self, client_id, user_id, scopes, roles, lifetime)
        token = Token(
            value, client_id, user_id, frozenset(scopes), frozenset(roles), time.time() + lifetime
        )
        self.tokens[value] = token
        return token

    def revoke_refresh_tokens(self, email: str) -> None:
        """Refresh grants of that user fail (invalid_grant, 50173); its access tokens get 401."""
        with self._lock:
            uid = self.user(email).id
            for rt in self.refresh_tokens.values():
                if rt.user_id == uid:
                    rt.revoked = True
            for tok in self.tokens.values():
                if tok.user_id == uid:
                    tok.revoked = True

    def expire_access_tokens(self, email: str | None = None) -> None:
        """Make access tokens (of one user, or all) expired now."""
        with self._lock:
            uid = self.user(email).id if email else None
            for tok in self.tokens.values():
                if uid is None or tok.user_id == uid:
                    tok.expires_at = 0

    # ------------------------------------------------------------------ users

    def add_user(self, email: str, display_name: str | None = None) -> str:
        with self._lock:
            if email.lower() in {u.email.lower() for u in self.users.values()}:
                raise ValueError(f"user {email} exists")
            user = User(str(uuid.uuid4()), email, display_name or email.split("@")[0])
            self.users[user.id] = user
            if self._login_user_id is None:
                self._login_user_id = user.id
            self.add_calendar(user.id, "Calendar", is_default=True)
            self.folders[user.contacts_folder_id] = ContactFolder(
                user.contacts_folder_id, user.id, "Contacts", user.root_folder_id, self._bump()
            )
            return user.id

    def user(self, ref: str | User) -> User:
        """A user by id, e-mail/UPN (case-insensitive) or User."""
        if isinstance(ref, User):
            return ref
        with self._lock:
            if ref in self.users:
                return self.users[ref]
            for u in self.users.values():
                if u.email.lower() == ref.lower():
                    return u
        raise KeyError(f"no user {ref!r}")

    def find_user(self, ref: str) -> User | None:
        try:
            return self.user(ref)
        except KeyError:
            return None

    def login_as(self, email: str) -> None:
        """The user the browser signs in as from now on."""
        with self._lock:
            self._login_user_id = self.user(email).id

    @property
    def login_user(self) -> User:
        if self._login_user_id is None:
            raise RuntimeError("add a user first")
        return self.users[self._login_user_id]

    # ------------------------------------------------------------------ calendars

    def add_calendar(
        self, user: str, name: str, *, is_default: bool = False, color: str = "auto"
    ) -> str:
        with self._lock:
            owner = self.user(user)
            if is_default:
                for cal in self.calendars.values():
                    if cal.owner_id == owner.id:
                        cal.is_default = False
            cal = Calendar(
                model.folder_id(), owner.id, name, color, CALENDAR_COLORS.get(color, ""), is_default
            )
            self.calendars[cal.id] = cal
            return cal.id

    def default_calendar(self, user: str) -> Calendar:
        owner = self.user(user)
        for cal in self.calendars.values():
            if cal.owner_id == owner.id and cal.is_default:
                return cal
        raise KeyError("no default calendar")

    def user_calendars(self, user: str) -> list[Calendar]:
        owner = self.user(user)
        return [c for c in self.calendars.values() if c.owner_id == owner.id]

    def share_calendar(
        self, owner_email: str, with_email: str, role: str, *, calendar_id: str | None = None
    ) -> str:
        """Share a calendar (default: the owner's default); returns its id as the sharee sees it."""
        if role not in model.ROLES or role == "none":
            raise ValueError(f"bad role {role!r}")
        with self._lock:
            owner = self.user(owner_email)
            sharee = self.user(with_email)
            cal = self.calendars[calendar_id] if calendar_id else self.default_calendar(owner.id)
            if cal.owner_id != owner.id:
                raise ValueError("that calendar is not the owner's")
            for share in self.shares:
                if share.calendar_id == cal.id and share.sharee_id == sharee.id:
                    share.role = role
                    return share.link_id
            share = Share(owner.id, cal.id, sharee.id, role)
            self.shares.append(share)
            return share.link_id

    def unshare_calendar(
        self, owner_email: str, with_email: str, *, calendar_id: str | None = None
    ) -> None:
        with self._lock:
            owner = self.user(owner_email)
            sharee = self.user(with_email)
            cal = self.calendars[calendar_id] if calendar_id else self.default_calendar(owner.id)
            self.shares = [
                s for s in self.shares if not (s.calendar_id == cal.id and s.sharee_id == sharee.id)
            ]

    def share_for(self, calendar_id: str, sharee_id: str) -> Share | None:
        for share in self.shares:
            if share.calendar_id == calendar_id and share.sharee_id == sharee_id:
                return share
        return None

    # ------------------------------------------------------------------ events

    def _bump(self) -> int:
        self._seq += 1
        return self._seq

    @staticmethod
    def _seed_to_graph(kwargs: dict[str, Any]) -> dict[str, Any]:
        """Python-friendly seeding keywords to a Graph event body (Graph names pass through)."""
        out: dict[str, Any] = {}
        tz = kwargs.pop("time_zone", None)
        for key, value in kwargs.items():
            if key in ("start", "end") and isinstance(value, datetime):
                if value.tzinfo is None:
                    raise ValueError(f"{key} must be an aware datetime")
                zone = tz or "UTC"
                from .timezones import resolve_zone

                local = value.astimezone(resolve_zone(zone)).replace(tzinfo=None)
                out[key] = {"dateTime": local.isoformat(), "timeZone": zone}
            elif key == "body" and isinstance(value, str):
                out["body"] = {"contentType": kwargs.get("body_type", "text"), "content": value}
            elif key == "body_type":
                continue
            elif key == "location" and isinstance(value, str):
                out["location"] = {"displayName": value}
            elif key == "attendees":
                out["attendees"] = [GraphEmulator._attendee(a) for a in value]
            elif key == "organizer" and value is not None and not isinstance(value, dict):
                name, address = value if isinstance(value, tuple) else (value, value)
                out["organizer"] = {"emailAddress": {"name": name, "address": address}}
            elif key == "organizer" and value is None:
                continue
            elif key == "extended_properties":
                out["singleValueExtendedProperties"] = [
                    {"id": k, "value": v} for k, v in (value or {}).items()
                ]
            else:
                camel = {
                    "is_online_meeting": "isOnlineMeeting",
                    "online_meeting_provider": "onlineMeetingProvider",
                    "show_as": "showAs",
                    "is_all_day": "isAllDay",
                    "transaction_id": "transactionId",
                }.get(key, key)
                out[camel] = list(value) if key == "categories" else value
        if tz and not any(k in kwargs for k in ("start", "end")):
            raise ValueError("time_zone needs start/end")
        return out

    @staticmethod
    def _attendee(value: Any) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        name, address = value if isinstance(value, tuple) else (value.split("@")[0], value)
        return {"type": "required", "emailAddress": {"name": name, "address": address}}

    def add_event(
        self,
        user: str,
        calendar_id: str | None = None,
        *,
        subject: str,
        start: datetime,
        end: datetime,
        time_zone: str = "UTC",
        body: str = "",
        body_type: str = "text",
        location: str = "",
        attendees: Iterable[Any] = (),
        organizer: str | tuple[str, str] | None = None,
        sensitivity: str = "normal",
        is_online_meeting: bool = False,
        online_meeting_provider: str | None = None,
        recurrence: dict[str, Any] | None = None,
        show_as: str = "busy",
        categories: Iterable[str] = (),
        is_all_day: bool = False,
        transaction_id: str | None = None,
        extended_properties: dict[str, str] | None = None,
        **graph_fields: Any,
    ) -> str:
        """Create an event as Outlook would; returns its immutable id (both ids work everywhere)."""
        seed: dict[str, Any] = {
            "subject": subject,
            "start": start,
            "end": end,
            "time_zone": time_zone,
            "body": body,
            "body_type": body_type,
            "location": location,
            "attendees": list(attendees),
            "organizer": organizer,
            "sensitivity": sensitivity,
            "is_online_meeting": is_online_meeting,
            "recurrence": recurrence,
            "show_as": show_as,
            "categories": list(categories),
            "is_all_day": is_all_day,
        }
        if online_meeting_provider or is_online_meeting:
            seed["online_meeting_provider"] = online_meeting_provider or "teamsForBusiness"
        if transaction_id:
            seed["transaction_id"] = transaction_id
        if extended_properties:
            seed["extended_properties"] = extended_properties
        seed.update(graph_fields)
        data = self._seed_to_graph(seed)
        with self._lock:
            owner = self.user(user)
            cal = self.calendars[calendar_id] if calendar_id else self.default_calendar(owner.id)
            if cal.owner_id != owner.id:
                raise ValueError("that calendar belongs to someone else")
            changes = render.event_changes(data, creating=True)
            return self.create_event(owner, cal, changes).imm_id

    def create_event(self, owner: User, cal: Calendar, changes: dict[str, Any]) -> Event:
        """Create from normalised changes (render.event_changes). Caller holds the lock."""
        start, stz = changes.pop("start")
        end, etz = changes.pop("end")
        if end < start:
            raise GraphError(
                400, "ErrorInvalidParameter", "The end time must not be before the start."
            )
        stamp = render.now()
        ev = Event(
            imm_id=model.immutable_id(),
            rest_id=model.rest_id(),
            owner_id=owner.id,
            calendar_id=cal.id,
            start=start,
            end=end,
            start_tz=stz,
            end_tz=etz,
            fields={},
            created=stamp,
            modified=stamp,
            ical_uid="040000008200E00074C5B7101A82E008" + uuid.uuid4().hex.upper() * 2,
            seq=0,
        )
        ev.calendars_seen.add(cal.id)
        self._apply_event_changes(ev, changes, creating=True)
        self._events[ev.imm_id] = ev
        self._event_ids[ev.imm_id] = ev.imm_id
        self._event_ids[ev.rest_id] = ev.imm_id
        ev.seq = self._bump()
        return ev

    def _apply_event_changes(self, ev: Event, changes: dict[str, Any], *, creating: bool) -> None:
        changes = dict(changes)
        if "transactionId" in changes:
            tid = changes.pop("transactionId")
            if creating:
                ev.transaction_id = tid
            elif tid != ev.transaction_id:
                raise GraphError(
                    400,
                    "ErrorInvalidPropertyUpdateSentToServer",
                    "transactionId cannot be changed.",
                )
        for pid, value in changes.pop("singleValueExtendedProperties", []):
            ev.ext_props[pid.lower()] = (pid, value)
        if "start" in changes:
            ev.start, ev.start_tz = changes.pop("start")
        if "end" in changes:
            ev.end, ev.end_tz = changes.pop("end")
        if ev.end < ev.start:
            raise GraphError(
                400, "ErrorInvalidParameter", "The end time must not be before the start."
            )
        if "recurrence" in changes:
            ev.recurrence = render.normalise_recurrence(
                changes.pop("recurrence"), ev.start, ev.start_tz
            )
        ev.fields.update(changes)
        self._settle_online_meeting(ev.fields, ev.owner_id)

    def _settle_online_meeting(self, fields: dict[str, Any], owner_id: str) -> None:
        if fields.get("isOnlineMeeting"):
            provider = fields.get("onlineMeetingProvider") or "teamsForBusiness"
            if provider == "unknown":
                provider = "teamsForBusiness"
            fields["onlineMeetingProvider"] = provider
            if not fields.get("onlineMeeting"):
                meeting = render.teams_meeting(self.tenant_id, owner_id)
                fields["onlineMeeting"] = meeting
                body = dict(fields.get("body") or {"contentType": "html", "content": ""})
                body["content"] = body.get("content", "") + render.teams_blob(
                    meeting, body.get("contentType", "text")
                )
                fields["body"] = body
        else:
            fields["onlineMeeting"] = None
            if "isOnlineMeeting" in fields:
                fields["onlineMeetingProvider"] = "unknown"

    def touch_event(self, ev: Event, *, new_key: bool = True) -> None:
        if new_key:
            ev.change_key = model.change_key()
        ev.modified = render.now()
        ev.seq = self._bump()

    def event(self, some_id: str) -> Event:
        """The stored event for an immutable or current REST id (KeyError otherwise)."""
        with self._lock:
            imm = self._event_ids.get(some_id)
            if imm is None:
                raise KeyError(some_id)
            return self._events[imm]

    def resolve_event_id(self, some_id: str) -> tuple[Event, datetime | None]:
        """An event id or an occurrence id -> (master/single event, original start or None)."""
        if some_id in self._event_ids:
            return self._events[self._event_ids[some_id]], None
        if some_id in self._occurrences:
            imm, original = self._occurrences[some_id]
            return self._events[imm], original
        raise KeyError(some_id)

    def update_event(self, event_id: str, **fields: Any) -> None:
        """Change an event as another client would (bumps changeKey and the change sequence)."""
        data = self._seed_to_graph(dict(fields))
        with self._lock:
            ev = self.event(event_id)
            if ev.deleted:
                raise KeyError(event_id)
            if "time_zone" in fields and "start" not in fields and "end" not in fields:
                raise ValueError("time_zone needs start/end")
            changes = render.event_changes(data, creating=False)
            self._apply_event_changes(ev, changes, creating=False)
            self.touch_event(ev)

    def delete_event(self, event_id: str) -> None:
        with self._lock:
            ev = self.event(event_id)
            if ev.deleted:
                raise KeyError(event_id)
            ev.deleted = True
            self.touch_event(ev, new_key=False)

    def move_event(self, event_id: str, calendar_id: str) -> str:
        """Move to another calendar of the same mailbox; the REST id changes (returned)."""
        with self._lock:
            ev = self.event(event_id)
            cal = self.calendars[calendar_id]
            if cal.owner_id != ev.owner_id:
                raise ValueError("moves stay inside one mailbox")
            ev.calendar_id = cal.id
            ev.calendars_seen.add(cal.id)
            del self._event_ids[ev.rest_id]
            ev.old_rest_ids.append(ev.rest_id)
            ev.rest_id = model.rest_id()
            self._event_ids[ev.rest_id] = ev.imm_id
            self.touch_event(ev)
            return ev.rest_id

    def rest_id(self, event_id: str) -> str:
        """The current REST (non-immutable) id of an event."""
        return self.event(event_id).rest_id

    def _original(self, ev: Event, original_start: datetime) -> datetime:
        if ev.recurrence is None:
            raise ValueError("not a series")
        original_start = original_start.astimezone(UTC)
        found = occurrence_starts(
            ev.recurrence, ev.start, original_start, original_start + timedelta(seconds=1)
        )
        if not found:
            raise ValueError(f"no occurrence starts at {original_start.isoformat()}")
        return found[0]

    def cancel_occurrence(self, master_id: str, original_start: datetime) -> None:
        with self._lock:
            ev = self.event(master_id)
            original = self._original(ev, original_start)
            ev.overrides[original] = Instance(cancelled=True, modified=render.now())
            self.touch_event(ev, new_key=False)

    def modify_occurrence(self, master_id: str, original_start: datetime, **fields: Any) -> str:
        """Turn an occurrence into an exception; returns the occurrence id (immutable flavour)."""
        data = self._seed_to_graph(dict(fields))
        with self._lock:
            ev = self.event(master_id)
            original = self._original(ev, original_start)
            changes = render.event_changes(data, creating=False, occurrence=True)
            self.apply_occurrence_changes(ev, original, changes)
            return self.occurrence_id(ev, original, immutable=True)

    def apply_occurrence_changes(
        self, ev: Event, original: datetime, changes: dict[str, Any]
    ) -> None:
        inst = ev.overrides.get(original) or Instance()
        if inst.cancelled:
            raise GraphError(404, "ErrorItemNotFound", "The occurrence was cancelled.")
        changes = dict(changes)
        changes.pop("transactionId", None)
        changes.pop("singleValueExtendedProperties", None)
        if "start" in changes:
            inst.start, inst.start_tz = changes.pop("start")
        if "end" in changes:
            inst.end, inst.end_tz = changes.pop("end")
        duration = ev.end - ev.start
        start = inst.start or original
        end = inst.end or (start + duration if inst.start else original + duration)
        if end < start:
            raise GraphError(
                400, "ErrorInvalidParameter", "The end time must not be before the start."
            )
        inst.end = end
        inst.start = start
        inst.fields.update(changes)
        if "isOnlineMeeting" in changes or "body" in changes:
            merged = {**ev.fields, **inst.fields}
            self._settle_online_meeting(merged, ev.owner_id)
            for key in ("onlineMeeting", "onlineMeetingProvider", "body"):
                inst.fields[key] = merged.get(key)
        inst.change_key = model.change_key()
        inst.modified = render.now()
        ev.overrides[original] = inst
        self.touch_event(ev, new_key=False)

    def occurrence_id(self, ev: Event, original: datetime, *, immutable: bool) -> str:
        base = ev.imm_id if immutable else ev.rest_id
        occ = model.derived_id(base, original.strftime("%Y%m%dT%H%M%SZ"))
        self._occurrences[occ] = (ev.imm_id, original)
        return occ

    def instances(
        self, ev: Event, lo: datetime, hi: datetime
    ) -> list[tuple[datetime | None, datetime, datetime, Instance | None]]:
        """(original start or None, start, end, override) of what calendarView shows in [lo, hi)."""

        def overlaps(s: datetime, e: datetime) -> bool:
            return (s < hi and e > lo) or (s == e and lo <= s < hi)

        if ev.deleted:
            return []
        if ev.recurrence is None:
            return [(None, ev.start, ev.end, None)] if overlaps(ev.start, ev.end) else []
        duration = ev.end - ev.start
        margin = timedelta(0)
        for original, inst in ev.overrides.items():
            if inst.start is not None and inst.end is not None:
                margin = max(
                    margin, abs(inst.start - original), abs(inst.end - original - duration)
                )
        result = []
        for original in occurrence_starts(
            ev.recurrence, ev.start, lo - duration - margin, hi + margin
        ):
            inst = ev.overrides.get(original)
            if inst is not None and inst.cancelled:
                continue
            s = inst.start if inst is not None and inst.start else original
            e = inst.end if inst is not None and inst.end else original + duration
            if overlaps(s, e):
                result.append((original, s, e, inst))
        return result

    def render_event(
        self,
        ev: Event,
        *,
        immutable: bool = True,
        tz: str | None = None,
        body_type: str | None = None,
        original: datetime | None = None,
        ext_filter: list[str] | None = None,
        share: Share | None = None,
    ) -> dict[str, Any]:
        owner = self.users[ev.owner_id]
        master_id = ev.imm_id if immutable else ev.rest_id
        start = end = None
        override = None
        if original is not None:
            override = ev.overrides.get(original)
            if override is not None and override.cancelled:
                raise KeyError("cancelled")
            event_id = self.occurrence_id(ev, original, immutable=immutable)
            duration = ev.end - ev.start
            start = override.start if override is not None and override.start else original
            end = override.end if override is not None and override.end else original + duration
        else:
            event_id = master_id
        payload = render.event_json(
            ev,
            event_id=event_id,
            master_id=master_id if original is not None else None,
            tz=tz,
            body_type=body_type,
            owner_email=owner.email,
            owner_name=owner.display_name,
            web_base="https://outlook.office365.com",
            original=original,
            override=override,
            start=start,
            end=end,
            ext_filter=ext_filter,
        )
        if share is not None:
            private = payload["sensitivity"] == "private"
            if share.role == "freeBusyRead":
                render.redact(payload, "hidden")
            elif private and share.role != "delegateWithPrivateEventAccess":
                if self.private_details == "hidden":
                    render.redact(payload, "hidden")
            elif share.role == "limitedRead":
                render.redact(payload, "limited")
        return payload

    def get_event(self, event_id: str, *, immutable: bool = True) -> dict[str, Any]:
        """The event (or occurrence) as Graph returns it (UTC, ids of the asked flavour)."""
        with self._lock:
            ev, original = self.resolve_event_id(event_id)
            if ev.deleted:
                raise KeyError(event_id)
            return self.render_event(ev, immutable=immutable, original=original)

    def events(self, user: str, *, include_deleted: bool = False) -> list[dict[str, Any]]:
        """Singles and series masters in all of the user's own calendars."""
        with self._lock:
            owner = self.user(user)
            return [
                self.render_event(ev)
                for ev in self._events.values()
                if ev.owner_id == owner.id and (include_deleted or not ev.deleted)
            ]

    def mailbox_events(self, owner_id: str) -> list[Event]:
        return [ev for ev in self._events.values() if ev.owner_id == owner_id]

    # ------------------------------------------------------------------ contacts

    def add_contact_folder(self, user: str, name: str, parent_id: str | None = None) -> str:
        with self._lock:
            owner = self.user(user)
            parent = parent_id or owner.contacts_folder_id
            if parent not in self.folders or self.folders[parent].owner_id != owner.id:
                raise KeyError(parent)
            folder = ContactFolder(model.folder_id(), owner.id, name, parent, self._bump())
            self.folders[folder.id] = folder
            return folder.id

    def rename_contact_folder(self, folder_id: str, name: str) -> None:
        with self._lock:
            folder = self.folders[folder_id]
            folder.name = name
            folder.seq = self._bump()

    def delete_contact_folder(self, folder_id: str) -> None:
        """Delete a folder with its subfolders and contacts."""
        with self._lock:
            folder = self.folders[folder_id]
            if folder.id == self.users[folder.owner_id].contacts_folder_id:
                raise ValueError("the default Contacts folder cannot be deleted")
            for child in [f for f in self.folders.values() if f.parent_id == folder.id]:
                if not child.deleted:
                    self.delete_contact_folder(child.id)
            for contact in self._contacts.values():
                if contact.folder_id == folder.id and not contact.deleted:
                    contact.deleted = True
                    contact.seq = self._bump()
            folder.deleted = True
            folder.seq = self._bump()

    def contact_folders(self, user: str) -> list[dict[str, Any]]:
        with self._lock:
            owner = self.user(user)
            return [
                render.folder_json(f)
                for f in self.folders.values()
                if f.owner_id == owner.id and not f.deleted
            ]

    def add_contact(self, user: str, folder_id: str | None = None, **graph_fields: Any) -> str:
        """Create a contact from Graph fields (displayName, ...); returns its immutable id."""
        with self._lock:
            owner = self.user(user)
            folder = self.folders[folder_id or owner.contacts_folder_id]
            if folder.owner_id != owner.id or folder.deleted:
                raise KeyError(folder.id)
            changes = render.contact_changes(graph_fields, creating=True)
            return self.create_contact(owner, folder, changes).imm_id

    def create_contact(
        self, owner: User, folder: ContactFolder, changes: dict[str, Any]
    ) -> Contact:
        stamp = render.now()
        changes = dict(changes)
        props = changes.pop("singleValueExtendedProperties", [])
        contact = Contact(
            model.immutable_id(),
            model.rest_id(),
            owner.id,
            folder.id,
            changes,
            stamp,
            stamp,
            self._bump(),
        )
        for pid, value in props:
            contact.ext_props[pid.lower()] = (pid, value)
        contact.folders_seen.add(folder.id)
        self._contacts[contact.imm_id] = contact
        self._contact_ids[contact.imm_id] = contact.imm_id
        self._contact_ids[contact.rest_id] = contact.imm_id
        return contact

    def contact(self, some_id: str) -> Contact:
        with self._lock:
            imm = self._contact_ids.get(some_id)
            if imm is None:
                raise KeyError(some_id)
            return self._contacts[imm]

    def touch_contact(self, contact: Contact) -> None:
        contact.change_key = model.change_key()
        contact.modified = render.now()
        contact.seq = self._bump()

    def update_contact(self, contact_id: str, **graph_fields: Any) -> None:
        with self._lock:
            contact = self.contact(contact_id)
            if contact.deleted:
                raise KeyError(contact_id)
            contact.fields.update(render.contact_changes(graph_fields, creating=False))
            self.touch_contact(contact)

    def move_contact(self, contact_id: str, folder_id: str) -> str:
        """Move a contact to another folder of its mailbox; the REST id changes (returned)."""
        with self._lock:
            contact = self.contact(contact_id)
            folder = self.folders[folder_id]
            if folder.owner_id != contact.owner_id:
                raise ValueError("moves stay inside one mailbox")
            contact.folder_id = folder.id
            contact.folders_seen.add(folder.id)
            del self._contact_ids[contact.rest_id]
            contact.old_rest_ids.append(contact.rest_id)
            contact.rest_id = model.rest_id()
            self._contact_ids[contact.rest_id] = contact.imm_id
            self.touch_contact(contact)
            return contact.rest_id

    def delete_contact(self, contact_id: str) -> None:
        with self._lock:
            contact = self.contact(contact_id)
            if contact.deleted:
                raise KeyError(contact_id)
            contact.deleted = True
            contact.seq = self._bump()

    def get_contact(self, contact_id: str, *, immutable: bool = True) -> dict[str, Any]:
        with self._lock:
            contact = self.contact(contact_id)
            if contact.deleted:
                raise KeyError(contact_id)
            return render.contact_json(
                contact, contact.imm_id if immutable else contact.rest_id, contact.folder_id
            )

    def contacts(self, user: str) -> list[dict[str, Any]]:
        with self._lock:
            owner = self.user(user)
            return [
                render.contact_json(c, c.imm_id, c.folder_id)
                for c in self._contacts.values()
                if c.owner_id == owner.id and not c.deleted
            ]

    def mailbox_contacts(self, owner_id: str) -> list[Contact]:
        return [c for c in self._contacts.values() if c.owner_id == owner_id]

    # ------------------------------------------------------------------ fault injection

    def throttle_next(
        self,
        n: int = 1,
        status: int = 429,
        retry_after: float | None = 1,
        code: str | None = None,
    ) -> None:
        """The next n Graph requests get ``status`` (429 or 503) with Retry-After."""
        if code is None:
            code = "TooManyRequests" if status == 429 else "ServiceUnavailable"
        with self._lock:
            self._throttles.extend(_Throttle(status, retry_after, code) for _ in range(n))

    def expire_delta_tokens(self, status: int = 410, code: str = "syncStateNotFound") -> None:
        """All delta/skip tokens issued so far become invalid (410 syncStateNotFound)."""
        with self._lock:
            self._token_generation += 1
            self._expired_answer = (status, code)

    def hold_requests(self) -> threading.Event:
        """Admitted Graph requests wait (up to 30 s) until the returned event is set.

        Makes concurrency deterministic in tests: hold, fire N requests, wait until
        ``in_flight(user)`` is what you expect, then ``release_requests()``.
        """
        with self._lock:
            self._gate = threading.Event()
            return self._gate

    def release_requests(self) -> None:
        with self._lock:
            gate, self._gate = self._gate, None
        if gate is not None:
            gate.set()

    def in_flight(self, user: str) -> int:
        """Graph requests for that mailbox being answered right now."""
        with self._lock:
            return self._in_flight.get(self.user(user).id, 0)

    def max_in_flight(self, user: str) -> int:
        """The highest concurrency a Graph request for that mailbox met on arrival, itself included.

        A client that never has more than 4 requests in flight keeps this at <= 4; one that
        sends a 5th while 4 are open makes it 5 (and that 5th got 429 ApplicationThrottled).
        """
        with self._lock:
            return self._max_in_flight.get(self.user(user).id, 0)

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()

    def graph_requests(self) -> list[RequestRecord]:
        with self._lock:
            return [r for r in self.requests if r.kind == "graph"]

    # ------------------------------------------------------------------ dispatch

    def _handle(self, request: Request) -> Response:
        segs = request.segments
        if segs and segs[0] in ("v1.0", "beta"):
            kind = "graph"
        elif segs and segs[0].lower() in (
            self.tenant.lower(),
            self.tenant_id,
            "common",
            "organizations",
        ):
            kind = "identity"
        else:
            kind = "other"
        record = RequestRecord(
            request.method,
            request.path,
            dict(request.query),
            request.headers,
            request.body,
            request.url,
            kind,
        )
        with self._lock:
            self.requests.append(record)
        if kind == "graph":
            response = self._graph.handle(request, record)
        elif kind == "identity":
            response = self._identity.handle(request)
        else:
            response = Response.json(
                404, {"error": {"code": "NotFound", "message": f"No route for {request.path}"}}
            )
        record.status = response.status
        return response

    # hooks used by GraphApi for throttling and concurrency

    def take_throttle(self) -> _Throttle | None:
        with self._lock:
            return self._throttles.pop(0) if self._throttles else None

    def enter_mailbox(self, mailbox_id: str) -> bool:
        with self._lock:
            level = self._in_flight.get(mailbox_id, 0) + 1
            self._max_in_flight[mailbox_id] = max(self._max_in_flight.get(mailbox_id, 0), level)
            if level > self.mailbox_concurrency:
                return False
            self._in_flight[mailbox_id] = level
            return True

    def wait_at_gate(self) -> None:
        gate = self._gate
        if gate is not None:
            gate.wait(timeout=30)

    def leave_mailbox(self, mailbox_id: str) -> None:
        with self._lock:
            self._in_flight[mailbox_id] -= 1
