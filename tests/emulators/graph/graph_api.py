"""Microsoft Graph v1.0: routing, authorisation, calendars, events, contacts and delta rounds."""

from __future__ import annotations

import re
import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from . import render, timezones
from .errors import (
    RESYNC_REQUIRED,
    SYNC_STATE_NOT_FOUND,
    GraphError,
    access_denied,
    bad_request,
    not_found,
)
from .model import EDIT_ROLES, Calendar, Contact, ContactFolder, Event, Share, Token, User
from .server import Request, Response

if TYPE_CHECKING:
    from .emulator import GraphEmulator, RequestRecord

DEFAULT_PAGE = 10
MAX_EVENT_PAGE = 1000
MAX_CONTACT_PAGE = 200
CAL_READ = (
    "calendars.read",
    "calendars.readwrite",
    "calendars.read.shared",
    "calendars.readwrite.shared",
)
CAL_WRITE = ("calendars.readwrite", "calendars.readwrite.shared")
CAL_READ_SHARED = ("calendars.read.shared", "calendars.readwrite.shared")
CAL_WRITE_SHARED = ("calendars.readwrite.shared",)
CON_READ = (
    "contacts.read",
    "contacts.readwrite",
    "contacts.read.shared",
    "contacts.readwrite.shared",
)
CON_WRITE = ("contacts.readwrite", "contacts.readwrite.shared")
USER_SELF = (
    "user.read",
    "user.readwrite",
    "user.readbasic.all",
    "user.read.all",
    "user.readwrite.all",
)
USER_OTHERS = ("user.readbasic.all", "user.read.all", "user.readwrite.all")
APP_CAL_READ = ("calendars.read", "calendars.readwrite")
APP_CAL_WRITE = ("calendars.readwrite",)
APP_CON_READ = ("contacts.read", "contacts.readwrite")
APP_CON_WRITE = ("contacts.readwrite",)
APP_USER = ("user.read.all", "user.readwrite.all", "user.readbasic.all")
DELTA_FORBIDDEN = ("$select", "$expand", "$filter", "$orderby", "$search", "$top")
_PREFER = re.compile(r'([\w.\-]+)\s*=\s*(?:"([^"]*)"|([^,\s]+))')
_EXT_FILTER = re.compile(
    r"^\s*singleValueExtendedProperties/any\(\s*(\w+)\s*:\s*\1/id\s+eq\s+'((?:[^']|'')*)'\s+and\s+"
    r"\1/value\s+eq\s+'((?:[^']|'')*)'\s*\)\s*$",
    re.I,
)
_TID_FILTER = re.compile(r"^\s*transactionId\s+eq\s+'((?:[^']|'')*)'\s*$", re.I)
_EXPAND = re.compile(r"^\s*singleValueExtendedProperties(?:\(\s*\$filter\s*=\s*(.*)\))?\s*$", re.I)
_EXPAND_ID = re.compile(r"id\s+eq\s+'((?:[^']|'')*)'", re.I)


@dataclass
class Ctx:
    req: Request
    token: Token
    user: User | None
    immutable: bool = False
    tz: str | None = None
    body_type: str | None = None
    page_size: int | None = None
    applied: list[str] = field(default_factory=list)

    @property
    def app(self) -> bool:
        return self.user is None

    def has(self, wanted: tuple[str, ...]) -> bool:
        granted = self.token.roles if self.app else self.token.scopes
        return any(w in granted for w in wanted)


@dataclass
class Round:
    """One delta round: its items are fixed when the round starts."""

    kind: str
    mailbox_id: str
    scope_id: str
    window: tuple[datetime, datetime] | None
    path: str
    window_query: dict[str, str]
    entries: list[dict[str, Any]]
    upto: int
    next_delivered: dict[tuple[str, str], str]


@dataclass
class Cursor:
    round: Round
    offset: int
    empty_pending: bool
    replay_pending: bool
    generation: int


@dataclass
class DeltaLinkState:
    kind: str
    mailbox_id: str
    scope_id: str
    window: tuple[datetime, datetime] | None
    path: str
    window_query: dict[str, str]
    since: int | None
    delivered: dict[tuple[str, str], str]
    generation: int


class GraphApi:
    def __init__(self, emu: GraphEmulator) -> None:
        self.emu = emu

    # ------------------------------------------------------------------ entry

    def handle(self, req: Request, record: RequestRecord) -> Response:
        request_id = str(uuid.uuid4())
        client_request_id = req.headers.get("client-request-id") or request_id
        applied: list[str] = []
        try:
            with self.emu._lock:
                ctx = self.authenticate(req)
                record.user = ctx.user.email if ctx.user else None
            applied = ctx.applied
            throttle = self.emu.take_throttle()
            if throttle is not None:
                headers = []
                if throttle.retry_after is not None:
                    headers.append(("Retry-After", _num(throttle.retry_after)))
                message = (
                    "Please retry again later."
                    if throttle.status == 429
                    else "The service is temporarily unavailable. Please retry again later."
                )
                raise GraphError(throttle.status, throttle.code, message, headers)
            mailbox_id = self.mailbox_of(req, ctx)
            if mailbox_id is None:
                with self.emu._lock:
                    response = self.route(req, ctx)
            else:
                if not self.emu.enter_mailbox(mailbox_id):
                    raise GraphError(
                        429,
                        "ApplicationThrottled",
                        "Application is over its MailboxConcurrency limit.",
                        [("Retry-After", "1")],
                    )
                try:
                    self.emu.wait_at_gate()
                    if self.emu.response_delay:
                        time.sleep(self.emu.response_delay)
                    with self.emu._lock:
                        response = self.route(req, ctx)
                finally:
                    self.emu.leave_mailbox(mailbox_id)
        except GraphError as exc:
            response = Response.json(
                exc.status,
                {
                    "error": {
                        "code": exc.code,
                        "message": exc.message,
                        "innerError": {
                            "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                            "request-id": request_id,
                            "client-request-id": client_request_id,
                        },
                    }
                },
                exc.headers,
            )
        response.headers.append(("request-id", request_id))
        response.headers.append(("client-request-id", client_request_id))
        if applied and response.status < 300:
            response.headers.append(("Preference-Applied", ", ".join(applied)))
        return response

    def authenticate(self, req: Request) -> Ctx:
        header = req.headers.get("Authorization") or ""
        scheme, _, value = header.partition(" ")
        challenge = [
            (
                "WWW-Authenticate",
                'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/'
                'authorize", client_id="00000003-0000-0000-c000-000000000000"',
            )
        ]
        if scheme.lower() != "bearer" or not value.strip():
            raise GraphError(401, "InvalidAuthenticationToken", "Access token is empty.", challenge)
        token = self.emu.tokens.get(value.strip())
        if token is None:
            raise GraphError(
                401,
                "InvalidAuthenticationToken",
                "IDX14100: JWT is not well formed, there are no dots (.).",
                challenge,
            )
        if token.revoked:
            raise GraphError(
                401,
                "InvalidAuthenticationToken",
                "Lifetime validation failed, the token is revoked.",
                challenge,
            )
        if token.expires_at <= time.time():
            raise GraphError(
                401,
                "InvalidAuthenticationToken",
                "Lifetime validation failed, the token is expired.",
                challenge,
            )
        user = self.emu.users.get(token.user_id) if token.user_id else None
        ctx = Ctx(req, token, user)
        self.parse_prefer(ctx)
        return ctx

    def parse_prefer(self, ctx: Ctx) -> None:
        prefer = ctx.req.headers.get("Prefer") or ""
        for match in _PREFER.finditer(prefer):
            name = match.group(1).lower()
            value = match.group(2) if match.group(2) is not None else match.group(3)
            if name == "idtype":
                ctx.immutable = value.lower() == "immutableid"
                ctx.applied.append(f'IdType="{value}"')
            elif name == "outlook.timezone":
                try:
                    timezones.resolve_zone(value)
                except timezones.UnknownTimeZone:
                    raise GraphError(
                        400,
                        "TimeZoneNotSupportedException",
                        "A valid TimeZone value must be specified. The following TimeZone value is "
                        f"not supported: '{value}'.",
                    ) from None
                ctx.tz = value
                ctx.applied.append(f'outlook.timezone="{value}"')
            elif name == "outlook.body-content-type":
                ctx.body_type = value.lower()
                ctx.applied.append(f'outlook.body-content-type="{value}"')
            elif name == "odata.maxpagesize":
                try:
                    ctx.page_size = max(1, int(value))
                except ValueError:
                    raise bad_request(f"Invalid odata.maxpagesize '{value}'") from None

    def mailbox_of(self, req: Request, ctx: Ctx) -> str | None:
        segs = req.segments[1:]
        if segs[:1] == ["me"] and ctx.user is not None:
            return ctx.user.id
        if len(segs) >= 2 and segs[0] == "users":
            user = self.emu.find_user(segs[1])
            return user.id if user else None
        return None

    # ------------------------------------------------------------------ routing

    def route(self, req: Request, ctx: Ctx) -> Response:
        segs = req.segments[1:]
        if not segs:
            raise bad_request("Invalid version.", "BadRequest")
        if segs[0] == "me":
            if ctx.app:
                raise bad_request(
                    "/me request is only valid with delegated authentication flow.", "BadRequest"
                )
            assert ctx.user is not None
            mailbox, rest = ctx.user, segs[1:]
        elif segs[0] == "users" and len(segs) >= 2:
            found = self.emu.find_user(segs[1])
            if found is None:
                raise GraphError(
                    404, "ErrorInvalidUser", f"The requested user '{segs[1]}' is invalid."
                )
            mailbox, rest = found, segs[2:]
        else:
            raise bad_request(f"Resource not found for the segment '{segs[0]}'.", "BadRequest")
        method = req.method
        if not rest:
            if method != "GET":
                raise _method_not_allowed()
            return Response.json(200, self.user_json(ctx, mailbox))
        head = rest[0]
        if head in ("contacts", "contactFolders"):
            return self.route_contacts(req, ctx, mailbox, rest)
        if head == "calendars" and len(rest) == 1:
            if method == "GET":
                return self.list_calendars(ctx, mailbox)
            if method == "POST":
                return self.create_calendar(ctx, mailbox)
            raise _method_not_allowed()
        if head == "calendar":
            cal_ref: str | None = None
            tail = rest[1:]
            explicit = True
        elif head == "calendars":
            cal_ref, tail, explicit = rest[1], rest[2:], True
        elif head in ("events", "calendarView"):
            cal_ref, tail, explicit = None, rest, False
        else:
            raise bad_request(f"Resource not found for the segment '{head}'.", "BadRequest")
        return self.route_calendar(req, ctx, mailbox, cal_ref, tail, explicit)

    def route_calendar(
        self,
        req: Request,
        ctx: Ctx,
        mailbox: User,
        cal_ref: str | None,
        tail: list[str],
        explicit: bool,
    ) -> Response:
        method = req.method
        if not tail:
            if method != "GET":
                raise _method_not_allowed()
            cal, share = self.calendar_access(ctx, mailbox, cal_ref, write=False)
            return Response.json(200, self.calendar_json(cal, share, ctx, cal_ref))
        if tail == ["calendarPermissions"] and method == "GET":
            cal, share = self.calendar_access(ctx, mailbox, cal_ref, write=False)
            return Response.json(200, {"value": self.permissions(cal) if share is None else []})
        if tail == ["calendarView"] and method == "GET":
            cal, share = self.calendar_access(ctx, mailbox, cal_ref, write=False)
            return self.calendar_view(req, ctx, cal, share)
        if tail == ["calendarView", "delta"] and method == "GET":
            cal, share = self.calendar_access(ctx, mailbox, cal_ref, write=False)
            return self.delta(req, ctx, "events", cal.owner_id, cal.id, share)
        if tail == ["events"]:
            if method == "GET":
                cal, share = self.calendar_access(ctx, mailbox, cal_ref, write=False)
                return self.list_events(req, ctx, cal, share)
            if method == "POST":
                cal, share = self.calendar_access(ctx, mailbox, cal_ref, write=True)
                return self.create_event(req, ctx, cal, share)
            raise _method_not_allowed()
        if len(tail) >= 2 and tail[0] == "events":
            ev, original, cal, share = self.find_event(
                ctx,
                mailbox,
                cal_ref if explicit else None,
                tail[1],
                write=method in ("PATCH", "DELETE"),
                explicit=explicit,
            )
            if len(tail) == 2:
                if method == "GET":
                    return Response.json(200, self.event_json(req, ctx, ev, original, share))
                if method == "PATCH":
                    return self.patch_event(req, ctx, ev, original, share)
                if method == "DELETE":
                    return self.delete_event(req, ev, original)
                raise _method_not_allowed()
            if tail[2:] == ["instances"] and method == "GET":
                return self.instances(req, ctx, ev, share)
        raise bad_request(f"Resource not found for the segment '{tail[-1]}'.", "BadRequest")

    # ------------------------------------------------------------------ users and calendars

    def user_json(self, ctx: Ctx, user: User) -> dict[str, Any]:
        own = ctx.user is not None and ctx.user.id == user.id
        if ctx.app:
            allowed = ctx.has(APP_USER)
        else:
            allowed = ctx.has(USER_SELF) if own else ctx.has(USER_OTHERS)
        if not allowed:
            raise GraphError(
                403,
                "Authorization_RequestDenied",
                "Insufficient privileges to complete the operation.",
            )
        given, _, surname = user.display_name.partition(" ")
        return {
            "@odata.context": f"{self.emu.graph_url}/v1.0/$metadata#users/$entity",
            "businessPhones": [],
            "displayName": user.display_name,
            "givenName": given or None,
            "jobTitle": None,
            "mail": user.email,
            "mobilePhone": None,
            "officeLocation": None,
            "preferredLanguage": "en-US",
            "surname": surname or None,
            "userPrincipalName": user.email,
            "id": user.id,
        }

    def calendar_access(
        self, ctx: Ctx, mailbox: User, cal_ref: str | None, *, write: bool
    ) -> tuple[Calendar, Share | None]:
        """The calendar a path names and the share it is reached through (None: full access)."""
        emu = self.emu
        own_cal = (
            emu.default_calendar(mailbox.id) if cal_ref is None else emu.calendars.get(cal_ref)
        )
        if own_cal is not None and own_cal.owner_id != mailbox.id:
            own_cal = None
        if ctx.app:
            if not ctx.has(APP_CAL_WRITE if write else APP_CAL_READ):
                raise access_denied()
            if own_cal is None:
                raise not_found()
            return own_cal, None
        assert ctx.user is not None
        if mailbox.id == ctx.user.id:
            if not ctx.has(CAL_WRITE if write else CAL_READ):
                raise access_denied()
            if own_cal is not None:
                return own_cal, None
            for share in emu.shares:
                if share.link_id == cal_ref and share.sharee_id == ctx.user.id:
                    if write and share.role not in EDIT_ROLES:
                        raise access_denied()
                    return emu.calendars[share.calendar_id], share
            raise not_found()
        if not ctx.has(CAL_WRITE_SHARED if write else CAL_READ_SHARED):
            raise access_denied()
        if own_cal is None:
            raise access_denied()
        share = emu.share_for(own_cal.id, ctx.user.id)
        if share is None or (write and share.role not in EDIT_ROLES):
            raise access_denied()
        return own_cal, share

    def calendar_json(
        self, cal: Calendar, share: Share | None, ctx: Ctx, cal_ref: str | None
    ) -> dict[str, Any]:
        owner = self.emu.users[cal.owner_id]
        via_link = share is not None and cal_ref == share.link_id
        return {
            "id": share.link_id if via_link and share is not None else cal.id,
            "name": cal.name,
            "color": cal.color,
            "hexColor": cal.hex_color,
            "groupClassId": "0006f0b7-0000-0000-c000-000000000046",
            "isDefaultCalendar": cal.is_default and share is None,
            "changeKey": cal.change_key,
            "canShare": share is None,
            "canViewPrivateItems": share is None or share.role == "delegateWithPrivateEventAccess",
            "canEdit": share is None or share.role in EDIT_ROLES,
            "allowedOnlineMeetingProviders": ["teamsForBusiness"],
            "defaultOnlineMeetingProvider": "teamsForBusiness",
            "isTallyingResponses": share is None,
            "isRemovable": not (cal.is_default and share is None),
            "owner": {"name": owner.display_name, "address": owner.email},
        }

    def list_calendars(self, ctx: Ctx, mailbox: User) -> Response:
        values = []
        own = self.emu.user_calendars(mailbox.id)
        if ctx.app:
            if not ctx.has(APP_CAL_READ):
                raise access_denied()
            values = [self.calendar_json(c, None, ctx, c.id) for c in own]
        else:
            assert ctx.user is not None
            if mailbox.id == ctx.user.id:
                if not ctx.has(CAL_READ):
                    raise access_denied()
                values = [self.calendar_json(c, None, ctx, c.id) for c in own]
                for share in self.emu.shares:
                    if share.sharee_id == mailbox.id:
                        cal = self.emu.calendars[share.calendar_id]
                        values.append(self.calendar_json(cal, share, ctx, share.link_id))
            else:
                if not ctx.has(CAL_READ_SHARED):
                    raise access_denied()
                for cal in own:
                    share = self.emu.share_for(cal.id, ctx.user.id)
                    if share is not None:
                        values.append(self.calendar_json(cal, share, ctx, cal.id))
                if not values:
                    raise access_denied()
        return Response.json(200, {"value": values})

    def create_calendar(self, ctx: Ctx, mailbox: User) -> Response:
        if ctx.app:
            allowed = ctx.has(APP_CAL_WRITE)
        else:
            assert ctx.user is not None
            allowed = mailbox.id == ctx.user.id and ctx.has(CAL_WRITE)
        if not allowed:
            raise access_denied()
        body = ctx.req.json() or {}
        name = body.get("name")
        if not name:
            raise bad_request("The calendar needs a name.", "ErrorInvalidParameter")
        if any(c.name == name for c in self.emu.user_calendars(mailbox.id)):
            raise GraphError(
                409, "ErrorFolderExists", "A folder with the specified name already exists."
            )
        cal_id = self.emu.add_calendar(mailbox.id, name, color=body.get("color") or "auto")
        return Response.json(201, self.calendar_json(self.emu.calendars[cal_id], None, ctx, cal_id))

    def permissions(self, cal: Calendar) -> list[dict[str, Any]]:
        result = [
            {
                "id": "RGVmYXVsdA==",
                "isRemovable": False,
                "isInsideOrganization": True,
                "role": "freeBusyRead",
                "allowedRoles": ["none", "freeBusyRead", "limitedRead", "read"],
                "emailAddress": {"name": "My Organization"},
            }
        ]
        for share in self.emu.shares:
            if share.calendar_id == cal.id:
                sharee = self.emu.users[share.sharee_id]
                allowed = ["none", "freeBusyRead", "limitedRead", "read", "write"]
                if cal.is_default:
                    allowed += [
                        "delegateWithoutPrivateEventAccess",
                        "delegateWithPrivateEventAccess",
                    ]
                result.append(
                    {
                        "id": share.permission_id,
                        "isRemovable": True,
                        "isInsideOrganization": True,
                        "role": share.role,
                        "allowedRoles": allowed,
                        "emailAddress": {"name": sharee.display_name, "address": sharee.email},
                    }
                )
        return result

    # ------------------------------------------------------------------ events

    def ext_filter(self, req: Request) -> list[str] | None:
        expand = req.q("$expand")
        if not expand:
            return None
        match = _EXPAND.match(expand)
        if not match:
            raise bad_request(f"Parsing OData Select and Expand failed: '{expand}'.", "BadRequest")
        if match.group(1) is None:
            return []
        return [m.replace("''", "'") for m in _EXPAND_ID.findall(match.group(1))]

    def event_json(
        self, req: Request, ctx: Ctx, ev: Event, original: datetime | None, share: Share | None
    ) -> dict[str, Any]:
        try:
            return self.emu.render_event(
                ev,
                immutable=ctx.immutable,
                tz=ctx.tz,
                body_type=ctx.body_type,
                original=original,
                ext_filter=self.ext_filter(req),
                share=share,
            )
        except KeyError:
            raise not_found() from None

    def find_event(
        self,
        ctx: Ctx,
        mailbox: User,
        cal_ref: str | None,
        event_id: str,
        *,
        write: bool,
        explicit: bool,
    ) -> tuple[Event, datetime | None, Calendar, Share | None]:
        emu = self.emu
        try:
            ev, original = emu.resolve_event_id(event_id)
        except KeyError:
            raise not_found() from None
        if ev.deleted:
            raise not_found()
        if explicit:
            cal, share = self.calendar_access(ctx, mailbox, cal_ref, write=write)
            if ev.calendar_id != cal.id:
                raise not_found()
        else:
            if ev.owner_id != mailbox.id:
                raise not_found()
            cal, share = self.calendar_access(ctx, mailbox, ev.calendar_id, write=write)
        if original is not None:
            inst = ev.overrides.get(original)
            if inst is not None and inst.cancelled:
                raise not_found()
        return ev, original, cal, share

    def window(self, req: Request) -> tuple[datetime, datetime]:
        start, end = req.q("startDateTime"), req.q("endDateTime")
        if not start or not end:
            raise bad_request(
                "This request requires a time window specified by the query string parameters "
                "StartDateTime and EndDateTime.",
                "ErrorInvalidParameter",
            )
        try:
            lo, hi = timezones.parse_query_datetime(start), timezones.parse_query_datetime(end)
        except ValueError:
            raise bad_request(
                "Invalid startDateTime or endDateTime.", "ErrorInvalidParameter"
            ) from None
        if hi <= lo:
            raise bad_request(
                "The end of the time window must be after its start.", "ErrorInvalidParameter"
            )
        return lo, hi

    def view_items(
        self,
        ctx: Ctx,
        cal: Calendar,
        share: Share | None,
        lo: datetime,
        hi: datetime,
        events: list[Event] | None = None,
    ) -> list[tuple[datetime, dict[str, Any], tuple[str, str]]]:
        items = []
        for ev in events if events is not None else self.emu.mailbox_events(cal.owner_id):
            if ev.deleted or ev.calendar_id != cal.id:
                continue
            for original, start, _end, _inst in self.emu.instances(ev, lo, hi):
                payload = self.emu.render_event(
                    ev,
                    immutable=ctx.immutable,
                    tz=ctx.tz,
                    body_type=ctx.body_type,
                    original=original,
                    share=share,
                )
                key = (ev.imm_id, original.isoformat() if original else "")
                items.append((start, payload, key))
        items.sort(key=lambda item: (item[0], item[1]["id"]))
        return items

    def page(self, req: Request, ctx: Ctx, values: list[dict[str, Any]], cap: int) -> Response:
        top = req.q("$top")
        try:
            size = int(top) if top else (ctx.page_size or DEFAULT_PAGE)
            skip = int(req.q("$skip") or 0)
        except ValueError:
            raise bad_request("Invalid $top or $skip.", "BadRequest") from None
        size = max(1, min(size, cap))
        body: dict[str, Any] = {"value": values[skip : skip + size]}
        if skip + size < len(values):
            query = {k: v for k, v in req.query.items() if k.lower() != "$skip"}
            query["$skip"] = str(skip + size)
            body["@odata.nextLink"] = self.link(req.path, query)
        return Response.json(200, body)

    def link(self, path: str, query: dict[str, str]) -> str:
        return f"{self.emu.graph_url}{quote(path)}?{urlencode(query, safe='$:')}"

    def calendar_view(self, req: Request, ctx: Ctx, cal: Calendar, share: Share | None) -> Response:
        lo, hi = self.window(req)
        values = [payload for _, payload, _ in self.view_items(ctx, cal, share, lo, hi)]
        return self.page(req, ctx, values, MAX_EVENT_PAGE)

    def instances(self, req: Request, ctx: Ctx, ev: Event, share: Share | None) -> Response:
        if ev.recurrence is None:
            raise bad_request("The event is not a series master.", "ErrorInvalidRequest")
        lo, hi = self.window(req)
        cal = self.emu.calendars[ev.calendar_id]
        values = [payload for _, payload, _ in self.view_items(ctx, cal, share, lo, hi, [ev])]
        return self.page(req, ctx, values, MAX_EVENT_PAGE)

    def list_events(self, req: Request, ctx: Ctx, cal: Calendar, share: Share | None) -> Response:
        flt = req.q("$filter")
        events = [
            ev
            for ev in self.emu.mailbox_events(cal.owner_id)
            if not ev.deleted and ev.calendar_id == cal.id
        ]
        if flt:
            ext = _EXT_FILTER.match(flt)
            tid = _TID_FILTER.match(flt)
            if ext:
                pid, value = ext.group(2).replace("''", "'"), ext.group(3).replace("''", "'")
                events = [
                    ev for ev in events if ev.ext_props.get(pid.lower(), ("", None))[1] == value
                ]
            elif tid:
                events = [
                    ev for ev in events if ev.transaction_id == tid.group(1).replace("''", "'")
                ]
            else:
                raise bad_request(
                    "The query filter contains one or more invalid nodes.",
                    "ErrorInvalidUrlQueryFilter",
                )
        events.sort(key=lambda ev: (ev.start, ev.imm_id))
        ext_filter = self.ext_filter(req)
        values = [
            self.emu.render_event(
                ev,
                immutable=ctx.immutable,
                tz=ctx.tz,
                body_type=ctx.body_type,
                ext_filter=ext_filter,
                share=share,
            )
            for ev in events
        ]
        return self.page(req, ctx, values, MAX_EVENT_PAGE)

    def create_event(self, req: Request, ctx: Ctx, cal: Calendar, share: Share | None) -> Response:
        try:
            data = req.json()
        except ValueError:
            raise bad_request("Unable to read JSON request payload.", "BadRequest") from None
        changes = render.event_changes(data, creating=True)
        owner = self.emu.users[cal.owner_id]
        tid = changes.get("transactionId")
        if tid and tid in owner.transaction_ids:
            existing = self.emu._events[owner.transaction_ids[tid]]
            if not existing.deleted:
                # Undocumented on Graph; the emulator answers a repeat with the first event.
                return Response.json(201, self.event_json(req, ctx, existing, None, share))
        ev = self.emu.create_event(owner, cal, changes)
        if tid:
            owner.transaction_ids[tid] = ev.imm_id
        return Response.json(201, self.event_json(req, ctx, ev, None, share))

    def check_if_match(self, req: Request, current: str) -> None:
        header = req.headers.get("If-Match")
        if header is None:
            return
        tags = [t.strip() for t in header.split(",")]
        for tag in tags:
            if tag == "*":
                return
            bare = tag[2:] if tag.startswith(("W/", "w/")) else tag
            if bare.strip('"') == current:
                return
        raise GraphError(412, "ErrorIrresolvableConflict", render_conflict())

    def current_key(self, ev: Event, original: datetime | None) -> str:
        if original is not None:
            inst = ev.overrides.get(original)
            if inst is not None and not inst.cancelled:
                return inst.change_key
        return ev.change_key

    def patch_event(
        self, req: Request, ctx: Ctx, ev: Event, original: datetime | None, share: Share | None
    ) -> Response:
        self.check_if_match(req, self.current_key(ev, original))
        try:
            data = req.json()
        except ValueError:
            raise bad_request("Unable to read JSON request payload.", "BadRequest") from None
        changes = render.event_changes(data, creating=False, occurrence=original is not None)
        if original is not None:
            self.emu.apply_occurrence_changes(ev, original, changes)
        else:
            self.emu._apply_event_changes(ev, changes, creating=False)
            self.emu.touch_event(ev)
        return Response.json(200, self.event_json(req, ctx, ev, original, share))

    def delete_event(self, req: Request, ev: Event, original: datetime | None) -> Response:
        self.check_if_match(req, self.current_key(ev, original))
        if original is not None:
            from .model import Instance

            ev.overrides[original] = Instance(cancelled=True, modified=render.now())
            self.emu.touch_event(ev, new_key=False)
        else:
            ev.deleted = True
            self.emu.touch_event(ev, new_key=False)
        return Response(204)

    # ------------------------------------------------------------------ contacts

    def contacts_access(self, ctx: Ctx, mailbox: User, *, write: bool) -> None:
        if ctx.app:
            if not ctx.has(APP_CON_WRITE if write else APP_CON_READ):
                raise access_denied()
            return
        assert ctx.user is not None
        if mailbox.id != ctx.user.id:
            raise access_denied()
        if not ctx.has(CON_WRITE if write else CON_READ):
            raise access_denied()

    def folder(self, mailbox: User, folder_id: str) -> ContactFolder:
        folder = self.emu.folders.get(folder_id)
        if folder is None or folder.deleted or folder.owner_id != mailbox.id:
            raise not_found()
        return folder

    def route_contacts(self, req: Request, ctx: Ctx, mailbox: User, rest: list[str]) -> Response:
        method = req.method
        write = method in ("POST", "PATCH", "DELETE")
        self.contacts_access(ctx, mailbox, write=write)
        if rest[0] == "contacts":
            folder, tail = self.folder(mailbox, mailbox.contacts_folder_id), rest
            any_folder = True
        else:
            if len(rest) == 1:
                if method == "GET":
                    return self.list_folders(req, ctx, mailbox, mailbox.contacts_folder_id)
                if method == "POST":
                    return self.create_folder(req, mailbox, mailbox.contacts_folder_id)
                raise _method_not_allowed()
            if rest[1:] == ["delta"]:
                if method != "GET":
                    raise _method_not_allowed()
                return self.delta(req, ctx, "folders", mailbox.id, mailbox.id, None)
            folder = self.folder(mailbox, rest[1])
            tail = rest[2:]
            while len(tail) >= 2 and tail[0] == "childFolders":
                child = self.folder(mailbox, tail[1])
                if child.parent_id != folder.id:
                    raise not_found()
                folder, tail = child, tail[2:]
            any_folder = False
            if not tail:
                if method == "GET":
                    return Response.json(200, render.folder_json(folder))
                if method == "DELETE":
                    if folder.id == mailbox.contacts_folder_id:
                        raise access_denied()
                    self.emu.delete_contact_folder(folder.id)
                    return Response(204)
                if method == "PATCH":
                    name = (req.json() or {}).get("displayName")
                    if name:
                        self.emu.rename_contact_folder(folder.id, name)
                    return Response.json(200, render.folder_json(folder))
                raise _method_not_allowed()
            if tail == ["childFolders"]:
                if method == "GET":
                    return self.list_folders(req, ctx, mailbox, folder.id)
                if method == "POST":
                    return self.create_folder(req, mailbox, folder.id)
                raise _method_not_allowed()
        if tail == ["contacts"]:
            if method == "GET":
                contacts = [
                    c
                    for c in sorted(self.emu.mailbox_contacts(mailbox.id), key=lambda c: c.created)
                    if not c.deleted and c.folder_id == folder.id
                ]
                flt = req.q("$filter")
                if flt:
                    ext = _EXT_FILTER.match(flt)
                    if not ext:
                        raise bad_request(
                            "The query filter contains one or more invalid nodes.",
                            "ErrorInvalidUrlQueryFilter",
                        )
                    pid, value = ext.group(2).replace("''", "'"), ext.group(3).replace("''", "'")
                    contacts = [
                        c for c in contacts if c.ext_props.get(pid.lower(), ("", None))[1] == value
                    ]
                values = [self.contact_json(ctx, c) for c in contacts]
                return self.page(req, ctx, values, MAX_CONTACT_PAGE)
            if method == "POST":
                try:
                    data = req.json()
                except ValueError:
                    raise bad_request(
                        "Unable to read JSON request payload.", "BadRequest"
                    ) from None
                changes = render.contact_changes(data, creating=True)
                contact = self.emu.create_contact(mailbox, folder, changes)
                return Response.json(201, self.contact_json(ctx, contact))
            raise _method_not_allowed()
        if tail == ["contacts", "delta"] and method == "GET":
            return self.delta(req, ctx, "contacts", mailbox.id, folder.id, None)
        if len(tail) == 2 and tail[0] == "contacts":
            try:
                contact = self.emu.contact(tail[1])
            except KeyError:
                raise not_found() from None
            if contact.deleted or contact.owner_id != mailbox.id:
                raise not_found()
            if not any_folder and contact.folder_id != folder.id:
                raise not_found()
            if method == "GET":
                return Response.json(200, self.contact_json(ctx, contact))
            if method == "PATCH":
                self.check_if_match(req, contact.change_key)
                try:
                    data = req.json()
                except ValueError:
                    raise bad_request(
                        "Unable to read JSON request payload.", "BadRequest"
                    ) from None
                contact.fields.update(render.contact_changes(data, creating=False))
                self.emu.touch_contact(contact)
                return Response.json(200, self.contact_json(ctx, contact))
            if method == "DELETE":
                self.check_if_match(req, contact.change_key)
                contact.deleted = True
                contact.seq = self.emu._bump()
                return Response(204)
            raise _method_not_allowed()
        raise bad_request(
            f"Resource not found for the segment '{tail[-1] if tail else ''}'.", "BadRequest"
        )

    def contact_json(self, ctx: Ctx, contact: Contact) -> dict[str, Any]:
        return render.contact_json(
            contact, contact.imm_id if ctx.immutable else contact.rest_id, contact.folder_id
        )

    def list_folders(self, req: Request, ctx: Ctx, mailbox: User, parent_id: str) -> Response:
        values = [
            render.folder_json(f)
            for f in self.emu.folders.values()
            if f.owner_id == mailbox.id and not f.deleted and f.parent_id == parent_id
        ]
        return self.page(req, ctx, values, MAX_CONTACT_PAGE)

    def create_folder(self, req: Request, mailbox: User, parent_id: str) -> Response:
        name = (req.json() or {}).get("displayName")
        if not name:
            raise bad_request("The folder needs a displayName.", "ErrorInvalidParameter")
        for f in self.emu.folders.values():
            if f.parent_id == parent_id and not f.deleted and f.name == name:
                raise GraphError(
                    409, "ErrorFolderExists", "A folder with the specified name already exists."
                )
        folder_id = self.emu.add_contact_folder(mailbox.id, name, parent_id)
        return Response.json(201, render.folder_json(self.emu.folders[folder_id]))

    # ------------------------------------------------------------------ delta

    def delta(
        self,
        req: Request,
        ctx: Ctx,
        kind: str,
        mailbox_id: str,
        scope_id: str,
        share: Share | None,
    ) -> Response:
        emu = self.emu
        if kind == "events":
            for name in DELTA_FORBIDDEN:
                if req.q(name) is not None:
                    raise bad_request(
                        "The following parameters are not supported with change tracking over the "
                        f"'CalendarView' resource: '{name}'.",
                        "ErrorInvalidUrlQuery",
                    )
        skip, deltatoken = req.q("$skiptoken"), req.q("$deltatoken")
        if skip:
            cursor = self.load_token(skip, req, Cursor)
            assert isinstance(cursor, Cursor)
            self.check_scope(cursor.round.kind, cursor.round.scope_id, kind, scope_id)
            return self.serve(req, ctx, cursor)
        if deltatoken:
            link = self.load_token(deltatoken, req, DeltaLinkState)
            assert isinstance(link, DeltaLinkState)
            self.check_scope(link.kind, link.scope_id, kind, scope_id)
            state = link
        else:
            window = None
            window_query: dict[str, str] = {}
            if kind == "events":
                window = self.window(req)
                window_query = {
                    "startDateTime": req.q("startDateTime") or "",
                    "endDateTime": req.q("endDateTime") or "",
                }
            state = DeltaLinkState(
                kind,
                mailbox_id,
                scope_id,
                window,
                req.path,
                window_query,
                None,
                {},
                emu._token_generation,
            )
        entries, delivered = self.compute_round(state, ctx, share)
        rnd = Round(
            state.kind,
            state.mailbox_id,
            state.scope_id,
            state.window,
            state.path,
            state.window_query,
            entries,
            emu._seq,
            delivered,
        )
        cursor = Cursor(rnd, 0, emu.empty_pages, emu.replay_in_delta, emu._token_generation)
        return self.serve(req, ctx, cursor)

    def check_scope(self, token_kind: str, token_scope: str, kind: str, scope_id: str) -> None:
        if token_kind != kind or token_scope != scope_id:
            raise bad_request(
                "The sync state is not valid for this folder.", "ErrorInvalidSyncStateData"
            )

    def load_token(self, token: str, req: Request, kind: type) -> Cursor | DeltaLinkState:
        emu = self.emu
        state = emu.delta_tokens.get(token)
        if state is not None and not isinstance(state, kind):
            state = None
        if state is None or state.generation < emu._token_generation:
            status, code = emu._expired_answer if state is not None else (410, "syncStateNotFound")
            message = RESYNC_REQUIRED if code == "resyncRequired" else SYNC_STATE_NOT_FOUND
            headers = []
            if status == 410:
                if state is not None:
                    rnd = state.round if isinstance(state, Cursor) else state
                    query = dict(rnd.window_query)
                    path = rnd.path
                else:
                    query, path = {}, req.path
                query["$deltatoken"] = ""
                headers.append(("Location", self.link(path, query)))
            raise GraphError(status, code, message, headers)
        return state

    def new_token(self, state: Cursor | DeltaLinkState) -> str:
        token = secrets.token_urlsafe(48)
        self.emu.delta_tokens[token] = state
        return token

    def serve(self, req: Request, ctx: Ctx, cursor: Cursor) -> Response:
        rnd = cursor.round
        cap = MAX_EVENT_PAGE if rnd.kind == "events" else MAX_CONTACT_PAGE
        size = max(1, min(ctx.page_size or DEFAULT_PAGE, cap))
        gen = self.emu._token_generation
        if cursor.empty_pending:
            page: list[dict[str, Any]] = []
            following = Cursor(rnd, cursor.offset, False, cursor.replay_pending, gen)
        else:
            page = rnd.entries[cursor.offset : cursor.offset + size]
            replay = cursor.replay_pending and cursor.offset > 0
            if replay:
                page = [rnd.entries[cursor.offset - 1], *page]
            following = Cursor(
                rnd, cursor.offset + size, False, cursor.replay_pending and not replay, gen
            )
        body: dict[str, Any] = {
            "@odata.context": f"{self.emu.graph_url}/v1.0/$metadata"
            f"#Collection({_entity(rnd.kind)})",
            "value": page,
        }
        if following.offset < len(rnd.entries) or cursor.empty_pending:
            body["@odata.nextLink"] = self.link(rnd.path, {"$skiptoken": self.new_token(following)})
        else:
            link = DeltaLinkState(
                rnd.kind,
                rnd.mailbox_id,
                rnd.scope_id,
                rnd.window,
                rnd.path,
                rnd.window_query,
                rnd.upto,
                rnd.next_delivered,
                gen,
            )
            body["@odata.deltaLink"] = self.link(rnd.path, {"$deltatoken": self.new_token(link)})
        return Response.json(200, body)

    def compute_round(
        self, state: DeltaLinkState, ctx: Ctx, share: Share | None
    ) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
        if state.kind == "events":
            return self.event_round(state, ctx, share)
        if state.kind == "contacts":
            return self.contact_round(state, ctx)
        return self.folder_round(state)

    def event_round(
        self, state: DeltaLinkState, ctx: Ctx, share: Share | None
    ) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
        emu = self.emu
        assert state.window is not None
        lo, hi = state.window
        cal_id = state.scope_id
        delivered = dict(state.delivered)
        entries: list[tuple[datetime, dict[str, Any]]] = []
        if state.since is None:
            candidates = [
                e
                for e in emu.mailbox_events(state.mailbox_id)
                if not e.deleted and e.calendar_id == cal_id
            ]
        else:
            candidates = [
                e
                for e in emu.mailbox_events(state.mailbox_id)
                if e.seq > state.since and cal_id in e.calendars_seen
            ]
        for ev in candidates:
            current: set[tuple[str, str]] = set()
            if not ev.deleted and ev.calendar_id == cal_id:
                for original, start, _end, _inst in emu.instances(ev, lo, hi):
                    payload = emu.render_event(
                        ev,
                        immutable=ctx.immutable,
                        tz=ctx.tz,
                        body_type=ctx.body_type,
                        original=original,
                        share=share,
                    )
                    key = (ev.imm_id, original.isoformat() if original else "")
                    delivered[key] = payload["id"]
                    current.add(key)
                    entries.append((start, payload))
            if state.since is None:
                continue
            gone = [k for k in state.delivered if k[0] == ev.imm_id and k not in current]
            for key in gone:
                entries.append((ev.start, render.removed("event", state.delivered[key])))
                delivered.pop(key, None)
            if not current and not gone:
                # The documented trap: changes outside the window come as @removed too.
                some_id = ev.imm_id if ctx.immutable else ev.rest_id
                entries.append((ev.start, render.removed("event", some_id)))
        entries.sort(key=lambda item: item[0])
        return [payload for _, payload in entries], delivered

    def contact_round(
        self, state: DeltaLinkState, ctx: Ctx
    ) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
        folder = self.emu.folders.get(state.scope_id)
        if folder is None or folder.deleted:
            raise not_found()
        delivered = dict(state.delivered)
        entries = []
        for contact in sorted(self.emu.mailbox_contacts(state.mailbox_id), key=lambda c: c.seq):
            key = (contact.imm_id, "")
            here = not contact.deleted and contact.folder_id == folder.id
            if state.since is None:
                if here:
                    payload = self.contact_json(ctx, contact)
                    delivered[key] = payload["id"]
                    entries.append(payload)
                continue
            if contact.seq <= state.since or folder.id not in contact.folders_seen:
                continue
            if here:
                payload = self.contact_json(ctx, contact)
                delivered[key] = payload["id"]
                entries.append(payload)
            else:
                known = delivered.pop(key, None)
                some_id = known or (contact.imm_id if ctx.immutable else contact.rest_id)
                entries.append(render.removed("contact", some_id))
        return entries, delivered

    def folder_round(
        self, state: DeltaLinkState
    ) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
        mailbox = self.emu.users[state.mailbox_id]

        def in_scope(f: ContactFolder) -> bool:
            if f.id == mailbox.contacts_folder_id:
                return False
            if self.emu.contact_folder_delta == "flat":
                return True
            return f.parent_id == mailbox.contacts_folder_id

        delivered = dict(state.delivered)
        entries = []
        folders = sorted(
            (f for f in self.emu.folders.values() if f.owner_id == mailbox.id), key=lambda f: f.seq
        )
        for f in folders:
            key = (f.id, "")
            visible = not f.deleted and in_scope(f)
            if state.since is None:
                if visible:
                    delivered[key] = f.id
                    entries.append(render.folder_json(f))
                continue
            if f.seq <= state.since:
                continue
            if visible:
                delivered[key] = f.id
                entries.append(render.folder_json(f))
            elif key in delivered or (f.deleted and in_scope(f)):
                delivered.pop(key, None)
                entries.append(render.removed("contactFolder", f.id))
        return entries, delivered


def _entity(kind: str) -> str:
    return {"events": "event", "contacts": "contact", "folders": "contactFolder"}[kind]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _method_not_allowed() -> GraphError:
    return GraphError(
        405, "Request_BadRequest", "The HTTP method is not supported by this resource."
    )


def render_conflict() -> str:
    from .errors import CONFLICT

    return CONFLICT
